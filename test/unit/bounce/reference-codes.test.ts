import { describe, expect, it } from 'vitest';
import { findReferenceCodes } from '../../../src/bounce/detect-provider.js';
import { PROVIDERS, type Provider } from '../../../src/knowledge/providers.js';

/*
 * The reference-code reader as it was before its scans were sped up (token runs looked up whatever their
 * letters, every character visited for brackets): the fast one must give the same codes on any text.
 */
function isAlnum(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** First index of `needle` in `haystack` not glued to a letter or digit on either side, or -1. */
function indexOfWord(haystack: string, needle: string): number {
  if (needle.length === 0) return -1;
  const checkBefore = isAlnum(needle[0]);
  const checkAfter = isAlnum(needle[needle.length - 1]);
  let at = haystack.indexOf(needle);
  while (at >= 0) {
    const beforeOk = !checkBefore || !isAlnum(haystack[at - 1]);
    const afterOk = !checkAfter || !isAlnum(haystack[at + needle.length]);
    if (beforeOk && afterOk) return at;
    at = haystack.indexOf(needle, at + 1);
  }
  return -1;
}

// Codes long and specific enough to look for whichever provider sent them (IB508, S3150, TSS04...).
// (Since follow-up 2: codes the data flags as only their provider's count whatever their shape; those
// without a digit only as written, in capitals, and not as an address's local part: LETTERED below.)
const LETTERED = PROVIDERS.flatMap((p) =>
  Object.entries(p.codes ?? {})
    .filter(([code, meaning]) => meaning.identifies && /^[A-Z]+$/.test(code))
    .map(([code]) => code),
);
const DISTINCTIVE_CODES: readonly string[] = [
  ...new Set(
    PROVIDERS.flatMap((p) =>
      Object.entries(p.codes ?? {})
        .filter(
          ([code, meaning]) =>
            meaning.identifies || (code.length >= 5 && /[A-Z]/.test(code) && /\d/.test(code)),
        )
        .map(([code]) => code)
        .filter((code) => !LETTERED.includes(code)),
    ),
  ),
];

const GENERIC_CODE = /^[A-Z]{1,4}\d{1,9}$/;
const SPECTRUM_STYLE = /^([A-Z]{0,3})-?(\d{4})$/;
const FRANCE_STYLE = /\b(ofr|lpn|ouk)\d{0,3}_(\d{3})\b/g;
const MAX_BRACKETED = 16;

type Add = (code: string, at: number) => void;

/**
 * Reference codes in a reply, upper case, in order of appearance: the provider's known codes, other
 * providers' distinctive codes, and generic shapes: "[CS01]", "(S3150)", "AS(201806281)", "AUP#CXBL",
 * "AUP#In-1310" (→ AUP#IN-1310), "LPN007_416" (→ LPN_416).
 */
function oldFindReferenceCodes(text: string, provider?: Provider): string[] {
  const lower = text.toLowerCase();
  const found = new Map<string, number>();
  const add: Add = (code, at) => {
    const seen = found.get(code);
    if (seen === undefined || at < seen) found.set(code, at);
  };
  const own = providerCodes(provider);
  knownCodes(lower, own ? [own, DISTINCTIVE_SET] : [DISTINCTIVE_SET], add);
  for (const code of LETTERED) {
    const m = new RegExp(`(?<![A-Za-z0-9_-])${code}(?![A-Za-z0-9_@-])`).exec(text);
    if (m) add(code, m.index);
  }
  bracketedCodes(text, add);
  aupCodes(lower, add);
  // Every such code holds "_": most replies have none and skip the pattern.
  if (lower.includes('_'))
    for (const m of lower.matchAll(FRANCE_STYLE)) add(`${m[1]?.toUpperCase()}_${m[2]}`, m.index);
  return [...found.entries()].sort((a, b) => a[1] - b[1]).map(([code]) => code);
}

/** isTokenChar by char code: "-", "_", ASCII letters and digits. */
function isTokenCode(c: number): boolean {
  return c === 0x2d || c === 0x5f || (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function isTokenChar(ch: string | undefined): boolean {
  return ch === '-' || ch === '_' || isAlnum(ch);
}

/** Codes split once into those that are plain tokens (one lookup per word) and those searched one by one. */
interface CodeSet {
  plain: ReadonlyMap<string, string>;
  /** The lengths of the plain codes: a run of another length is not looked up. */
  lengths: ReadonlySet<number>;
  other: readonly [key: string, code: string][];
}

function compileCodes(codes: readonly string[]): CodeSet {
  const plain = new Map<string, string>();
  const other: [string, string][] = [];
  for (const code of codes) {
    const key = code.toLowerCase();
    if ([...key].every(isTokenChar)) plain.set(key, code);
    else if (!code.startsWith('AUP#')) other.push([key, code]);
  }
  return { plain, lengths: new Set([...plain.keys()].map((key) => key.length)), other };
}

const DISTINCTIVE_SET = compileCodes(DISTINCTIVE_CODES);
const PROVIDER_SETS = new WeakMap<Provider, CodeSet>();

function providerCodes(provider: Provider | undefined): CodeSet | undefined {
  if (!provider?.codes) return undefined;
  let set = PROVIDER_SETS.get(provider);
  if (!set) {
    set = compileCodes(Object.keys(provider.codes));
    PROVIDER_SETS.set(provider, set);
  }
  return set;
}

/**
 * One pass over whole runs of [a-z0-9_-] (so "550-bl23.html" is not BL23); codes with other punctuation
 * (DT:SPM, AS(…)) are searched one by one.
 */
function knownCodes(lower: string, sets: readonly CodeSet[], add: Add): void {
  for (const set of sets) {
    for (const [key, code] of set.other) {
      const at = indexOfWord(lower, key);
      if (at >= 0) add(code, at);
    }
  }
  const lookup = (token: string) => {
    for (const set of sets) {
      const code = set.plain.get(token);
      if (code) return code;
    }
    return undefined;
  };
  // Runs are found by char code; only a run as long as some code is cut out and looked up.
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    if (i < lower.length && isTokenCode(lower.charCodeAt(i))) {
      if (start < 0) start = i;
      continue;
    }
    if (start < 0) continue;
    if (sets.some((set) => set.lengths.has(i - start))) {
      const code = lookup(lower.slice(start, i));
      if (code) add(code, start);
    }
    start = -1;
  }
}

/** "[CS01]", "(S3150)", "(AS16012611)" and Microsoft's "AS(201806281)". */
function bracketedCodes(text: string, add: Add): void {
  for (let i = 0; i < text.length; i++) {
    const open = text[i];
    if (open !== '[' && open !== '(') continue;
    const close = open === '[' ? ']' : ')';
    let j = i + 1;
    while (j < text.length && j - i <= MAX_BRACKETED && isAlnum(text[j])) j++;
    if (text[j] !== close || j === i + 1) continue;
    const inner = text.slice(i + 1, j).toUpperCase();
    const prefix = text.slice(Math.max(0, i - 2), i).toUpperCase();
    if (open === '(' && prefix === 'AS' && !isAlnum(text[i - 3]) && /^\d+$/.test(inner))
      add(`AS(${inner})`, i - 2);
    // "(RFC5322)" cites a standard; it is no provider's reference code.
    else if (GENERIC_CODE.test(inner) && !inner.startsWith('RFC')) add(inner, i + 1);
    i = j;
  }
}

/** Cox and Spectrum: "AUP#CXBL", "AUP#In-1310". */
function aupCodes(lower: string, add: Add): void {
  let at = lower.indexOf('aup#');
  while (at >= 0) {
    let end = at + 4;
    while (end < lower.length && end - at < 28 && (isAlnum(lower[end]) || lower[end] === '-')) end++;
    const token = lower.slice(at + 4, end).toUpperCase();
    if (token.length > 0) {
      const spectrum = SPECTRUM_STYLE.exec(token);
      const way = spectrum?.[1]?.startsWith('I') ? 'IN-' : spectrum?.[1]?.startsWith('O') ? 'OUT-' : '';
      add(spectrum ? `AUP#${way}${spectrum[2]}` : `AUP#${token}`, at);
    }
    at = lower.indexOf('aup#', end);
  }
}

describe('findReferenceCodes against the previous reading', () => {
  it('agrees on texts made of real codes, brackets and noise', () => {
    const codes = PROVIDERS.flatMap((p) => Object.keys(p.codes ?? {}));
    const noise = [
      '550',
      ' ',
      '-',
      '_',
      '[',
      ']',
      '(',
      ')',
      'as',
      'AS',
      'rfc5322',
      'see',
      '.html',
      'x1',
      '#',
      'aup#',
      'In-',
      'LPN007_',
      'ofr',
      'é',
      '\n',
      '12345678901234567',
    ];
    const withCodes = PROVIDERS.filter((p) => p.codes);
    let seed = 3;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const pick = (list: readonly string[]) => list[random(list.length)] ?? '';
    for (let i = 0; i < 4000; i++) {
      const text = Array.from({ length: 1 + random(8) }, () => {
        const code = pick(codes);
        const piece = random(2) ? code : pick(noise);
        return random(3) === 0 ? piece.toLowerCase() : piece;
      }).join(random(2) ? '' : ' ');
      const provider: Provider | undefined =
        random(3) === 0 ? undefined : withCodes[random(withCodes.length)];
      expect(findReferenceCodes(text, provider), JSON.stringify({ text, p: provider?.id })).toEqual(
        oldFindReferenceCodes(text, provider),
      );
    }
  });
});
