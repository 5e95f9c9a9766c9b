/** Email addresses and hosts in free text. Patterns are bounded and have no nested ambiguity. */

// Letters beyond ASCII (internationalised addresses), without CJK and full-width punctuation: Chinese and
// Japanese notices write "收件人：bob@example.org，因为…", and the "：" or "，" is no part of the address.
// Nor General Punctuation (U+2000-U+206F: typographic quotes and dashes, invisible spaces, direction marks)
// or U+FEFF: Word and Outlook type “bob@example.org”, and Outlook and Gmail in Hebrew, Arabic and Persian put
// left-to-right and right-to-left marks around an address.
export const WIDE_LETTERS =
  '\\u00C0-\\u1FFF\\u2070-\\u2FFF\\u3040-\\uFEFE\\uFF10-\\uFF19\\uFF21-\\uFF3A\\uFF41-\\uFF5A\\uFF66-\\uFFFF';
// Han, Kana and Hangul (a part of WIDE_LETTERS). Chinese, Japanese and Korean run their words into an address
// without a space ("宛先kijitora@example.jpは…"): a local part that ends in other letters starts after them.
export const CJK_LETTERS =
  '\\u1100-\\u11FF\\u2E80-\\u2FFF\\u3040-\\u9FFF\\uA960-\\uA97F\\uAC00-\\uD7AF\\uF900-\\uFAFF\\uFF66-\\uFFDC';
const LOCAL_CHAR = `A-Za-z0-9._%+'=/!#$&*?^\`{|}~${WIDE_LETTERS}-`;
const NOT_CJK_LOCAL = `(?:(?![${CJK_LETTERS}])[${LOCAL_CHAR}])`;
// The whole run of local characters before the "@" when it ends in a CJK letter ("山田@例え.jp"), else the
// run's end after its last CJK letter ("收件人bob@…" is bob's). What nextAddress scans for, as a pattern.
// Or an Exchange encapsulated address's, up to 512 characters (see MAX_ENCAPSULATED).
const LOCAL = `(?:(?<![${LOCAL_CHAR}])[Ii][Mm][Cc][Ee][Aa][${LOCAL_CHAR}]{60,507}(?=@)|(?<![${LOCAL_CHAR}])[${LOCAL_CHAR}]{0,63}[${CJK_LETTERS}]|(?<!${NOT_CJK_LOCAL})${NOT_CJK_LOCAL}{1,64})`;
// The final label is one script: ASCII ("jp") or not ("中国", "рф"); no top-level domain mixes the two. An
// address glued to the words after it ("kijitora@example.jp您好，") ends where the script changes.
const TLD = `(?:[A-Za-z]{2,24}|[${WIDE_LETTERS}]{2,24})`;
// Or an address literal (RFC 5321 §4.1.3): "postmaster@[192.0.2.1]", "postmaster@[IPv6:2001:db8::1]".
const LITERAL = '\\[(?:(?:\\d{1,3}\\.){3}\\d{1,3}|[Ii][Pp][Vv]6:[0-9A-Fa-f:.]{2,45})\\]';
const DOMAIN = `(?:(?:[A-Za-z0-9${WIDE_LETTERS}][A-Za-z0-9${WIDE_LETTERS}-]{0,62}\\.){1,10}${TLD}|${LITERAL})`;
// PowerShell prints a list in braces ("Recipients : {bob@example.org}"); "{" is legal in a local part, so a
// brace that opens the run before the address and closes right after its domain is the list's, not the
// address's. The same local part after that brace (the run less the "{", so at most 63 characters):
const LOCAL_IN_BRACES = `(?:(?<=(?<![${LOCAL_CHAR}])\\{)[${LOCAL_CHAR}]{0,62}[${CJK_LETTERS}]|(?<=(?<!${NOT_CJK_LOCAL})\\{)${NOT_CJK_LOCAL}{1,63})`;
const IN_BRACES = `${LOCAL_IN_BRACES}@${DOMAIN}(?=\\})`;
export const ADDRESS_SOURCE = `(?:${IN_BRACES}|(?!\\{[${LOCAL_CHAR}]{1,63}@${DOMAIN}\\})${LOCAL}@${DOMAIN})`;
// The domain, tried right after an "@" (sticky).
const DOMAIN_AT = new RegExp(DOMAIN, 'y');
const MAX_LOCAL = 64;
// Exchange's encapsulated addresses run longer: "IMCEAEX-_O=EXAMPLE_OU=…_CN=RECIPIENTS_CN=JSMITH@example.com"
// (an X500 address from a stale Auto-Complete entry), IMCEAX500-, IMCEANOTES-, IMCEAINVALID-.
const MAX_ENCAPSULATED = 512;

/** A whole run [start, at) that is an Exchange encapsulated address's local part ("IMCEA…-"). */
function isEncapsulated(text: string, start: number, at: number): boolean {
  if (at - start > MAX_ENCAPSULATED || (start > 0 && isLocalCode(text.charCodeAt(start - 1)))) return false;
  return text.slice(start, start + 5).toUpperCase() === 'IMCEA';
}

const IPV4 = /(?<![\d.])(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}(?![\d.]?\d)/;
const IPV4_G = new RegExp(IPV4.source, 'g');
// IPv6 inside brackets or after "IPv6:", as MTAs print it.
const IPV6_BRACKET = /\[(?:IPv6:)?([0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})\]/;

/** A character of LOCAL_CHAR, by char code. */
function isLocalCode(c: number): boolean {
  if (c >= 0xc0) return isWideLetter(c);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
  return c < 128 && LOCAL_PUNCTUATION.has(c);
}
/** A character of CJK_LETTERS. */
function isCjkLetter(c: number): boolean {
  if (c < 0x1100) return false;
  if (c < 0x3040) return c <= 0x11ff || (c >= 0x2e80 && c <= 0x2fff);
  return (
    c <= 0x9fff ||
    (c >= 0xa960 && c <= 0xa97f) ||
    (c >= 0xac00 && c <= 0xd7af) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xff66 && c <= 0xffdc)
  );
}

/** A character of WIDE_LETTERS (c >= U+00C0). */
function isWideLetter(c: number): boolean {
  if (c < 0x2000) return true;
  if (c < 0x3000) return c >= 0x2070;
  if (c < 0xff00) return c >= 0x3040 && c !== 0xfeff;
  return (
    (c >= 0xff10 && c <= 0xff19) ||
    (c >= 0xff21 && c <= 0xff3a) ||
    (c >= 0xff41 && c <= 0xff5a) ||
    c >= 0xff66
  );
}
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const LOCAL_PUNCTUATION = new Set([..."._%+'=/!#$&*?^`{|}~-"].map((ch) => ch.charCodeAt(0)));

// Where the address nextAddress found last starts and ends: kept here so that finding one builds nothing.
let foundStart = 0;
let foundEnd = 0;

/**
 * Finds the first address that starts at or after `from`, as the pattern ADDRESS_SOURCE would match it
 * with the g flag and lastIndex `from`, and leaves its offsets in foundStart and foundEnd.
 * Found from the "@" outwards: a regex starting at every character would try each word of the text.
 */
function nextAddress(text: string, from: number): boolean {
  for (let at = text.indexOf('@', from); at >= 0; at = text.indexOf('@', at + 1)) {
    // The local part is the whole run of local characters before the "@" (at most 64), or its end after
    // the last CJK letter when it ends in another character; starting at or after where the last ended.
    const endsInCjk = at > 0 && isCjkLetter(text.charCodeAt(at - 1));
    let start = at;
    while (start > 0 && at - start <= MAX_ENCAPSULATED) {
      const c = text.charCodeAt(start - 1);
      if (!isLocalCode(c) || (!endsInCjk && isCjkLetter(c))) break;
      start--;
    }
    if (start === at || start < from) continue;
    if (at - start > MAX_LOCAL && !isEncapsulated(text, start, at)) continue;
    DOMAIN_AT.lastIndex = at + 1;
    if (!DOMAIN_AT.test(text)) continue;
    foundEnd = DOMAIN_AT.lastIndex;
    // "{bob@example.org}": the braces are a list's (IN_BRACES), the address starts after the "{".
    const braced = text.charCodeAt(start) === OPEN_BRACE && text.charCodeAt(foundEnd) === CLOSE_BRACE;
    foundStart = braced && start + 1 < at ? start + 1 : start;
    return true;
  }
  return false;
}

/** Addresses with the offsets where they start, quotes and field names before them left out. */
export function findAddresses(text: string): { address: string; index: number }[] {
  const out: { address: string; index: number }[] = [];
  for (let from = 0; nextAddress(text, from); from = foundEnd) {
    const [start, end] = cleanBounds(text, foundStart, foundEnd);
    out.push({ address: text.slice(start, end).toLowerCase(), index: start });
  }
  return out;
}

/** The text with every address replaced by `by`. */
export function replaceAddresses(text: string, by: string): string {
  let out = '';
  let last = 0;
  for (let from = 0; nextAddress(text, from); from = foundEnd) {
    out += text.slice(last, foundStart) + by;
    last = foundEnd;
  }
  return last === 0 ? text : out + text.slice(last);
}

export function firstAddress(text: string): string | undefined {
  return nextAddress(text, 0) ? cleanAddress(text.slice(foundStart, foundEnd)) : undefined;
}

export function cleanAddress(address: string): string {
  const [start, end] = cleanBounds(address, 0, address.length);
  return (start === 0 && end === address.length ? address : address.slice(start, end)).toLowerCase();
}

/**
 * The address within the run [from, to) that the scan found: without quotes around it, a trailing dot, a
 * log field or URL before it, or the "{" of Python's printed dict or set ("{'bob@example.org': (550, …)}").
 * Trimmed by hand: /[.'"]+$/ rescans a long run of dots from each of its characters.
 */
function cleanBounds(text: string, from: number, to: number): [start: number, end: number] {
  let start = from;
  let end = to;
  if (text.charCodeAt(start) === OPEN_BRACE && isQuote(text.charCodeAt(start + 1))) start++;
  while (start < end && isLeadingJunk(text.charCodeAt(start))) start++;
  while (end > start && isTrailingJunk(text.charCodeAt(end - 1))) end--;
  return [afterUrlOrField(text, start), end];
}

/**
 * "/", "?", "=" and "&" are legal in a local part, so the run before an "@" can be a URL's path and query
 * ("https://host/check?addr=bob@example.org" gives "//host/check?addr=bob") or a log's field
 * ("to=bob@example.org"): the address starts after them. Other "=" stay (SRS0=…, prvs=… are addresses).
 */
function afterUrlOrField(text: string, start: number): number {
  // The run holds its "@" within 65 characters; "=" is looked for only up to it (a search of the whole text
  // per address would make a text of many addresses quadratic).
  const at = text.indexOf('@', start);
  if (at < 0) return start;
  if (text.startsWith('//', start)) {
    let last = start + 1;
    for (let i = start + 2; i < at; i++) if (URL_PUNCTUATION.has(text.charCodeAt(i))) last = i;
    return last + 1 < at ? last + 1 : start;
  }
  let eq = start + 1;
  while (eq < at && text.charCodeAt(eq) !== 0x3d) eq++;
  return eq < at && FIELD_NAMES.has(text.slice(start, eq).toLowerCase()) ? eq + 1 : start;
}

const URL_PUNCTUATION = new Set([...'/?=&'].map((ch) => ch.charCodeAt(0)));
// Field names that log lines, URLs and authentication headers write before an address ("to=", "rcpt=",
// "?email=", "smtp.mailfrom="), never a local part's own start.
const FIELD_NAMES = new Set([
  'to',
  'from',
  'rcpt',
  'rcpt_to',
  'mail_from',
  'orig_to',
  'recipient',
  'sender',
  'addr',
  'address',
  'email',
  'mail',
  'mailbox',
  'user',
  'ctladdr',
  // Authentication-Results and Received-SPF properties (RFC 8601, RFC 7208).
  'smtp.mailfrom',
  'smtp.rcptto',
  'header.from',
  'header.sender',
  'header.i',
  'envelope-from',
  'envelope-to',
]);

/** ' " = */
function isLeadingJunk(c: number): boolean {
  return isQuote(c) || c === 0x3d;
}

function isQuote(c: number): boolean {
  return c === 0x27 || c === 0x22;
}

/** . ' " */
function isTrailingJunk(c: number): boolean {
  return c === 0x2e || c === 0x27 || c === 0x22;
}

/** Addresses that are never the failed recipient: the bounce's own robots. */
export function isRobotAddress(address: string): boolean {
  const local = address.slice(0, address.indexOf('@')).toLowerCase();
  return /^(?:mailer-daemon|postmaster|mail-daemon|mailerdaemon|maildelivery|bounce[s]?|no-?reply|abuse)$/.test(
    local,
  );
}

export function findIpv4(text: string): string | undefined {
  return IPV4.exec(text)?.[0];
}

export function findAllIpv4(text: string): string[] {
  return text.match(IPV4_G) ?? [];
}

export function findIpv6(text: string): string | undefined {
  const ip = IPV6_BRACKET.exec(text)?.[1];
  if (!ip) return undefined;
  return ip.includes('::') || ip.split(':').length === 8 ? ip : undefined;
}

export function domainOf(address: string | undefined): string | undefined {
  if (!address) return undefined;
  const at = address.lastIndexOf('@');
  return at >= 0 ? address.slice(at + 1).toLowerCase() : undefined;
}
