import { BLOCKLIST_NAMES } from '../knowledge/blocklist-names.js';
import { PROVIDERS, type Provider } from '../knowledge/providers.js';
import { literalAlternation } from './match-phrases.js';

/*
 * Everything here runs on pasted, untrusted text of up to a few MiB: plain indexOf scans and bounded
 * look-aheads only, no regex that can backtrack.
 */

const RECEIVERS = PROVIDERS.filter((p) => p.kind !== 'sending-service');
// A sending service relays the receiver's words: it only counts when no receiver is named anywhere.
const SENDING_SERVICES = PROVIDERS.filter((p) => p.kind === 'sending-service');

/**
 * The provider whose words the bounce carries. `hosts` in priority order (remote MTA first); `text` is
 * the diagnostic and bounce text. Hosts win over text markers; host names match by label-boundary suffix.
 */
export function detectProvider(input: { hosts: readonly string[]; text: string }): Provider | undefined {
  const text = input.text.toLowerCase();
  return (
    byHost(input.hosts, RECEIVERS) ??
    byMarker(text, RECEIVERS) ??
    byHost(input.hosts, SENDING_SERVICES) ??
    byMarker(text, SENDING_SERVICES)
  );
}

/** "MX.Example.COM." or "mx.example.com [192.0.2.1]" → "mx.example.com". */
function normalizeHost(raw: string): string {
  let host = raw.trim().toLowerCase();
  const cut = host.search(/[\s[(]/);
  if (cut >= 0) host = host.slice(0, cut);
  while (host.endsWith('.')) host = host.slice(0, -1);
  return host;
}

/** True when `host` is `suffix` or ends with "." + `suffix`: evilgoogle.com is not google.com. */
export function hostMatches(host: string, suffix: string): boolean {
  if (host === suffix) return true;
  return (
    host.length > suffix.length && host.endsWith(suffix) && host[host.length - suffix.length - 1] === '.'
  );
}

function byHost(hosts: readonly string[], providers: readonly Provider[]): Provider | undefined {
  const bySuffix = suffixIndex(providers);
  for (let i = 0; i < hosts.length; i++) {
    // Normalised here, not into a new list: an empty host matches nothing (no suffix is empty).
    const host = normalizeHost(hosts[i] as string);
    // The host itself, then what follows each dot: the first one listed is the longest matching suffix.
    for (let at = 0; at >= 0; at = host.indexOf('.', at) + 1 || -1) {
      const provider = bySuffix.get(host.slice(at));
      if (provider) return provider;
    }
  }
  return undefined;
}

// Host suffix → the first provider (in order) that lists it.
const SUFFIX_INDEXES = new WeakMap<readonly Provider[], Map<string, Provider>>();

function suffixIndex(providers: readonly Provider[]): Map<string, Provider> {
  let index = SUFFIX_INDEXES.get(providers);
  if (!index) {
    index = new Map();
    for (const provider of providers) {
      for (const suffix of provider.hosts) if (suffix && !index.has(suffix)) index.set(suffix, provider);
    }
    SUFFIX_INDEXES.set(providers, index);
  }
  return index;
}

/** The provider whose marker appears first in the text (the first such provider in order on a tie). */
function byMarker(text: string, providers: readonly Provider[]): Provider | undefined {
  const any = markerScan(providers);
  any.lastIndex = 0;
  // The leftmost match of the alternation is the earliest position any marker occurs at.
  const at = any.exec(text)?.index;
  if (at === undefined) return undefined;
  return providers.find((p) => p.markers.some((marker) => text.startsWith(marker, at)));
}

// All markers of a provider list as one alternation of escaped strings: no quantifiers, no backtracking.
const MARKER_SCANS = new WeakMap<readonly Provider[], RegExp>();

function markerScan(providers: readonly Provider[]): RegExp {
  let scan = MARKER_SCANS.get(providers);
  if (!scan) {
    scan = literalAlternation(
      providers.flatMap((p) => p.markers),
      'g',
    );
    MARKER_SCANS.set(providers, scan);
  }
  return scan;
}

function isAlnum(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** First index of `needle` in `haystack` not glued to a letter or digit on either side, or -1. */
export function indexOfWord(haystack: string, needle: string): number {
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
const DISTINCTIVE_CODES: readonly string[] = [
  ...new Set(PROVIDERS.flatMap((p) => Object.keys(p.codes ?? {}))),
].filter((code) => code.length >= 5 && /[A-Z]/.test(code) && /\d/.test(code));

const GENERIC_CODE = /^[A-Z]{1,4}\d{1,9}$/;
const SPECTRUM_STYLE = /^[A-Z]{0,3}-?(\d{4})$/;
const FRANCE_STYLE = /\b(ofr|lpn|ouk)\d{0,3}_(\d{3})\b/g;
const MAX_BRACKETED = 16;

type Add = (code: string, at: number) => void;

/**
 * Reference codes in a reply, upper case, in order of appearance: the provider's known codes, other
 * providers' distinctive codes, and generic shapes: "[CS01]", "(S3150)", "AS(201806281)", "AUP#CXBL",
 * "AUP#In-1310" (→ AUP#1310), "LPN007_416" (→ LPN_416).
 */
export function findReferenceCodes(text: string, provider?: Provider): string[] {
  const lower = text.toLowerCase();
  const found = new Map<string, number>();
  const add: Add = (code, at) => {
    const seen = found.get(code);
    if (seen === undefined || at < seen) found.set(code, at);
  };
  const own = providerCodes(provider);
  knownCodes(lower, own, add);
  bracketedCodes(text, add);
  aupCodes(lower, add);
  // Every such code holds "_": most replies have none and skip the pattern.
  if (lower.includes('_'))
    for (const m of lower.matchAll(FRANCE_STYLE)) add(`${m[1]?.toUpperCase()}_${m[2]}`, m.index);
  return byPosition(found);
}

/** The keys of a key → position map, by position (in insertion order on a tie). */
function byPosition(found: ReadonlyMap<string, number>): string[] {
  const out = stringList();
  if (found.size === 0) return out;
  const entries = [...found.entries()].sort((a, b) => a[1] - b[1]);
  for (let i = 0; i < entries.length; i++) out.push((entries[i] as [string, number])[0]);
  return out;
}

/**
 * An empty list already of the elements kind strings give it: an empty `[]` starts as a list of small
 * integers, so empty and filled lists (and their copies in the facts) would have two hidden classes, and
 * the code reading the facts would be deoptimised when the second one first shows up.
 */
function stringList(): string[] {
  const list = [''];
  list.length = 0;
  return list;
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
 * (DT:SPM, AS(…)) are searched one by one. The provider's own codes first, then the distinctive ones.
 */
function knownCodes(lower: string, own: CodeSet | undefined, add: Add): void {
  if (own) otherCodes(lower, own, add);
  otherCodes(lower, DISTINCTIVE_SET, add);
  // Runs are found by char code; only a run as long as some code is cut out and looked up.
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    if (i < lower.length && isTokenCode(lower.charCodeAt(i))) {
      if (start < 0) start = i;
      continue;
    }
    if (start < 0) continue;
    const length = i - start;
    if (own?.lengths.has(length) || DISTINCTIVE_SET.lengths.has(length)) {
      const token = lower.slice(start, i);
      const code = own?.plain.get(token) ?? DISTINCTIVE_SET.plain.get(token);
      if (code) add(code, start);
    }
    start = -1;
  }
}

function otherCodes(lower: string, set: CodeSet, add: Add): void {
  for (const [key, code] of set.other) {
    const at = indexOfWord(lower, key);
    if (at >= 0) add(code, at);
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
      add(spectrum ? `AUP#${spectrum[1]}` : `AUP#${token}`, at);
    }
    at = lower.indexOf('aup#', end);
  }
}

/** Ids of the blocklists the text names (knowledge/blocklist-names.ts), in order of appearance. */
export function findBlocklists(text: string): string[] {
  const lower = text.toLowerCase();
  // Most replies name no list: one scan for any marker at all spares the word-by-word search.
  if (!BLOCKLIST_SCAN.test(lower)) return stringList();
  const hits = new Map<string, number>();
  const precise = new Set<string>();
  for (const list of BLOCKLIST_NAMES) {
    const at = firstWord(lower, list.markers);
    if (at < 0) continue;
    hits.set(list.id, at);
    if (list.family) precise.add(list.family);
  }
  for (const list of BLOCKLIST_NAMES) {
    if (!list.broadMarkers || hits.has(list.id) || (list.family && precise.has(list.family))) continue;
    const at = firstWord(lower, list.broadMarkers);
    if (at >= 0) hits.set(list.id, at);
  }
  return byPosition(hits);
}

// Every blocklist marker, precise or broad, as one alternation of escaped literals (no backtracking).
const BLOCKLIST_SCAN = literalAlternation(
  BLOCKLIST_NAMES.flatMap((list) => [...list.markers, ...(list.broadMarkers ?? [])]).filter((m) => m !== ''),
);

function firstWord(lower: string, markers: readonly string[]): number {
  let best = -1;
  for (const marker of markers) {
    const at = indexOfWord(lower, marker);
    if (at >= 0 && (best < 0 || at < best)) best = at;
  }
  return best;
}

/** The one provider whose code table holds one of `codes` (OFR_999 is Orange's), when exactly one does. */
export function providerOwningCode(codes: readonly string[]): Provider | undefined {
  for (const code of codes) {
    const owners = PROVIDERS.filter((p) => p.codes?.[code] !== undefined);
    if (owners.length === 1) return owners[0];
  }
  return undefined;
}
