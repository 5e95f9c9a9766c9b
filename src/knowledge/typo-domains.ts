import { domainToUnicode } from 'node:url';
import { editDistance } from '../edit-distance.js';
import { LOOKALIKE_LETTERS } from './lookalike-letters.js';

/** Well-known mailbox domains; a recipient domain one or two keystrokes away from one is likely a typo. */
const COMMON_MAIL_DOMAINS = [
  'gmail.com',
  'googlemail.com',
  'yahoo.com',
  'yahoo.co.uk',
  'yahoo.co.jp',
  'yahoo.fr',
  'ymail.com',
  'hotmail.com',
  'hotmail.co.uk',
  'hotmail.fr',
  'outlook.com',
  'live.com',
  'msn.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'protonmail.com',
  'proton.me',
  'gmx.com',
  'gmx.de',
  'gmx.net',
  'web.de',
  't-online.de',
  'mail.ru',
  'yandex.ru',
  'yandex.com',
  'qq.com',
  '163.com',
  'orange.fr',
  'wanadoo.fr',
  'free.fr',
  'laposte.net',
  'libero.it',
  'comcast.net',
  'att.net',
  'verizon.net',
  'zoho.com',
  'fastmail.com',
  'naver.com',
  'example.com',
  'example.org',
  'example.net',
];

/**
 * Real, well-known mail domains that sit one keystroke from a common one (mail.com/gmail.com, the
 * country versions of the big providers): they are never "corrected".
 */
const REAL_NEAR_MISSES = [
  'mail.com',
  'email.com',
  'gmail.co.uk',
  'mail.de',
  'mail.be',
  'aim.com',
  'yahoo.de',
  'yahoo.es',
  'yahoo.it',
  'yahoo.ca',
  'yahoo.in',
  'yahoo.gr',
  'yahoo.ie',
  'yahoo.se',
  'hotmail.de',
  'hotmail.it',
  'hotmail.es',
  'hotmail.be',
  'hotmail.nl',
  'live.fr',
  'live.de',
  'live.it',
  'live.nl',
  'live.be',
  'live.ca',
  'live.net',
  'outlook.fr',
  'outlook.de',
  'outlook.es',
  'outlook.it',
  'gmx.at',
  'gmx.ch',
  'gmx.fr',
  'gmx.us',
  'aol.de',
  'aol.fr',
  'msn.fr',
  'web.com',
  'inbox.ru',
  'list.ru',
  'bk.ru',
  'ya.ru',
  'yandex.ua',
  'yandex.by',
  'yandex.kz',
  'qq.cn',
  '126.com',
  '139.com',
  'free.com',
  'orange.com',
  'verizon.com',
  'att.com',
  // Alias (masking) services' domains, near a common one by chance (mozmail.com is two keys from hotmail.com).
  'mozmail.com',
  'duck.com',
  'simplelogin.com',
  'slmail.me',
  'aleeas.com',
  'anonaddy.me',
  'anonaddy.com',
  'passmail.net',
];

// Top-level domains real enough that "hotmail.de" or "example.fr" is a domain of its own, not a typo of
// ".fr"/".com". Left out on purpose: "co", "cm", "om" (real, but far more often a mistyped ".com").
const REAL_TLDS = new Set(
  (
    'com net org edu gov mil int info biz io me us uk de fr es it nl be ch at ru jp cn br au ca pl se no dk fi ' +
    'cz sk pt ie in mx ar cl pe kr tw hk sg nz za tr gr hu ro bg ua by kz il ae eu lu li is ee lv lt si hr rs ' +
    'ba mk al md ge am az uz vn th my id ph pk bd lk np ir sa qa kw eg ma tn ng ke gh tv cc ws fm ai app dev ' +
    'mobi name pro asia tel xyz online site email'
  ).split(' '),
);

const KNOWN = new Set([...COMMON_MAIL_DOMAINS, ...REAL_NEAR_MISSES]);

/** "hotmail.de" → ["hotmail", "de"]; "yahoo.co.uk" → ["yahoo", "co.uk"]. */
function splitDomain(domain: string): [string, string] {
  const dot = domain.indexOf('.');
  return dot < 0 ? [domain, ''] : [domain.slice(0, dot), domain.slice(dot + 1)];
}

/** True when the domain ends in a real TLD (so a different ending is another real domain, not a typo). */
function hasRealTld(domain: string): boolean {
  return REAL_TLDS.has(domain.slice(domain.lastIndexOf('.') + 1));
}

/**
 * A known domain may replace `domain` only when the difference is a plausible slip: a misspelt name with
 * the same ending (gmial.com), or a misspelt ending that is no real TLD (gmail.con). A different real
 * ending (hotmail.de, example.fr) is a different domain.
 */
function canCorrect(domain: string, known: string): boolean {
  const [name, suffix] = splitDomain(domain);
  const [knownName, knownSuffix] = splitDomain(known);
  if (suffix === knownSuffix) return name !== knownName;
  return !hasRealTld(domain);
}

/**
 * "bob@gmial.com" → "bob@gmail.com", and "bob@gmаil.com" (Cyrillic а; or its ASCII form xn--gmil-63d.com) →
 * "bob@gmail.com"; undefined when the domain is known or not close to one.
 */
export function suggestAddress(address: string | undefined): string | undefined {
  if (!address) return undefined;
  const at = address.lastIndexOf('@');
  if (at < 1) return undefined;
  const written = unicodeDomain(address.slice(at + 1));
  const domain = asLatin(written);
  if ((KNOWN.has(domain) && domain === written) || domain.length > 64) return undefined;
  const near = KNOWN.has(domain) ? domain : nearestKnown(domain);
  return near ? `${address.slice(0, at)}@${near}` : undefined;
}

/** The letters of an address's domain that only look Latin: "“а” (Cyrillic) where “a” belongs". */
export function lookalikesIn(address: string | undefined): string | undefined {
  const domain = unicodeDomain(address?.slice(address.lastIndexOf('@') + 1) ?? '');
  const found = [...new Set(domain)].flatMap((letter) => {
    const known = LOOKALIKE_LETTERS[letter];
    if (!known) return [];
    const code = letter.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0');
    return [`“${letter}” (U+${code}, ${known[1]}) where “${known[0]}” belongs`];
  });
  return found.length > 0 ? found.join('; ') : undefined;
}

/** Lower case, fullwidth letters folded (NFKC), and an ASCII-encoded IDN label (xn--…) in its Unicode form. */
function unicodeDomain(domain: string): string {
  const folded = domain.normalize('NFKC').toLowerCase();
  return folded.includes('xn--') ? domainToUnicode(folded) || folded : folded;
}

/** The domain with each look-alike letter replaced by the Latin letter it passes for. */
function asLatin(domain: string): string {
  if (!/[^ -~]/.test(domain)) return domain; // printable ASCII only: nothing to replace
  return Array.from(domain, (letter) => LOOKALIKE_LETTERS[letter]?.[0] ?? letter).join('');
}

const NEAREST = new Map<string, string | null>();

/** The well-known domain within one or two edits, remembered per domain (bulk runs repeat domains). */
function nearestKnown(domain: string): string | undefined {
  const cached = NEAREST.get(domain);
  if (cached !== undefined) return cached ?? undefined;
  if (NEAREST.size > 10_000) NEAREST.clear();
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const known of KNOWN) {
    if (Math.abs(known.length - domain.length) > 2 || !canCorrect(domain, known)) continue;
    const d = editDistance(domain, known);
    if (d < bestDistance) {
      best = known;
      bestDistance = d;
    }
  }
  const allowed = domain.length >= 9 ? 2 : 1;
  const near = best && bestDistance <= allowed ? best : undefined;
  NEAREST.set(domain, near ?? null);
  return near;
}
