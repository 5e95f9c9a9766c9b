import { findReferenceCodes } from '../bounce/detect-provider.js';
import { escapeRegex } from '../bounce/extract/escape-regex.js';
import { getCause } from '../causes/catalogue.js';
import { PROVIDER_NAMES } from '../knowledge/provider-names.js';
import { findProvider, lookupCode, type Provider } from '../knowledge/providers.js';
import { REPLY_CODE_MEANINGS } from '../knowledge/reply-code-meanings.js';
import { STATUS_CAUSES, VAGUE_STATUSES } from '../knowledge/status-codes.js';
import { SIDE_WORDS } from './headline.js';

/**
 * What the codes mentioned in chat mean ("anyone know what 5.7.26 from gmail means?"), for text that is not
 * a bounce: nothing is diagnosed, but a question about a code still gets its answer. Each line names the
 * code, whose meaning it is (a provider's own or the standard's) and the cause it stands for; a provider's
 * page for senders follows its lines.
 */
export function explainCodes(text: string): string[] {
  const sample = text.slice(0, MAX_SAMPLE);
  const named = namedProvider(sample);
  const lines = new Set<string>();
  const providers = new Set<Provider>();
  const paired = new Set<string>();
  for (const m of sample.matchAll(STATUS_CODES)) {
    if (m[1]) paired.add(m[1]);
    const code = `${m[2]}.${m[3]}.${m[4]}`;
    const own = named?.statusOverrides?.[code];
    if (named && own) {
      providers.add(named);
      lines.add(`${code} at ${named.name}: ${describeCause(own, code[0])}.`);
    } else lines.add(explainStandardStatus(code));
  }
  for (const code of findReferenceCodes(sample, named)) {
    const known = lookupCode(code, named);
    if (!known) continue;
    providers.add(known.provider);
    lines.add(`${code} at ${known.provider.name}: ${known.code.note}; ${describeCause(known.code.cause)}.`);
  }
  for (const m of sample.matchAll(REPLY_CODES)) {
    const code = m[1] as string;
    const meaning = REPLY_CODE_MEANINGS[code];
    if (meaning && !paired.has(code) && namedAsCode(sample, m.index, code.length))
      lines.add(`${code}: ${meaning}.`);
  }
  const out = [...lines].slice(0, MAX_LINES);
  for (const p of providers) if (p.postmaster) out.push(`${p.name}'s page for senders: ${p.postmaster}`);
  return out;
}

const MAX_SAMPLE = 4096;
const MAX_LINES = 5;

// An enhanced status code, with the reply code written just before it ("550 5.7.26", "550-5.7.26").
const STATUS_CODES = /(?<![\w.])(?:([245]\d\d)[ -])?([245])\.(\d{1,3})\.(\d{1,3})(?![\w.]?\d)/g;
const REPLY_CODES = /(?<![\w.$#-])([2-5]\d\d)(?![\w.,:/%-]?\d|[\w%$€£])/g;
// A lone number is a reply code only with a word next to it that says so ("error 550", "550 errors", "421
// from google", "what does 554 mean?"): "we send 500 mails a day" asks nothing.
const CODE_BEFORE = /\b(?:error|code|reply|response|smtp|status)\s+$/i;
const CODE_AFTER =
  /^(?:\s*[?!]|\s*$|\s+(?:errors?|repl(?:y|ies)|responses?|codes?|from|means?|rejections?|refusals?|bounces? from)\b)/i;

function namedAsCode(text: string, at: number, length: number): boolean {
  return (
    CODE_BEFORE.test(text.slice(Math.max(0, at - 24), at)) ||
    CODE_AFTER.test(text.slice(at + length, at + length + 24))
  );
}

/** The standard's meaning (RFC 3463 and its registry), or why the code alone cannot say. */
function explainStandardStatus(code: string): string {
  if (code.startsWith('2.')) return `${code}: success, the message was accepted.`;
  const detail = code.slice(code.indexOf('.') + 1);
  const cause = STATUS_CAUSES[detail];
  if (!cause || VAGUE_STATUSES.has(detail))
    return `${code} is too general to name a cause on its own: the words of the reply decide, so paste the whole reply.`;
  return `${code}: ${describeCause(cause, code[0])}.`;
}

/** The cause's title, whether it lasts (by the code's class when there is one) and whose side must act. */
function describeCause(causeId: string, codeClass?: string): string {
  const cause = getCause(causeId);
  const temporary = codeClass ? codeClass === '4' : !cause.permanent;
  return `${cause.title} · ${temporary ? 'temporary, the sending server retries' : 'permanent'} · ${SIDE_WORDS[cause.side]}`;
}

const NAMES: ReadonlyMap<string, string> = new Map(
  Object.entries(PROVIDER_NAMES).flatMap(([id, names]) => names.map((name): [string, string] => [name, id])),
);
// Longest names first, so "office 365" is not read as "office"; whole words only ("cox", not "coxswain").
const PROVIDER_NAME = new RegExp(
  `(?<![\\w&.-])(${[...NAMES.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex)
    .join('|')})(?![\\w&-])`,
  'i',
);

/** The provider the text names first, by the names chat uses. */
function namedProvider(text: string): Provider | undefined {
  const id = NAMES.get(PROVIDER_NAME.exec(text)?.[1]?.toLowerCase() ?? '');
  return id ? findProvider(id) : undefined;
}
