import { BLOCKLIST_NAMES } from '../knowledge/blocklist-names.js';
import { EXCHANGE_SERVER, EXCHANGE_SHARED_MARKERS, MICROSOFT } from '../knowledge/providers/microsoft.js';
import { lookupCode, PROVIDERS, type Provider } from '../knowledge/providers.js';
import { isRegexSpace } from './extract/char-class.js';
import { LiteralSet } from './extract/literal-set.js';

/*
 * Everything here runs on pasted, untrusted text of up to a few MiB: plain indexOf scans and bounded
 * look-aheads only, no regex that can backtrack.
 */

/**
 * What names a provider: a receiver, a forwarder (which yields to the receiver whose words it quotes) and a
 * sending service (which only counts when no receiver is named).
 */
interface Named {
  receiver: Provider | undefined;
  forwarder: Provider | undefined;
  sending: Provider | undefined;
}

/**
 * The provider whose words the bounce carries. `hosts` in priority order (the remote MTA); `text` is the
 * server's words. Hosts win over text markers; host names match by label-boundary suffix. `later` hosts
 * name a provider only after the text's markers: the reporting MTA, the recipient's domain and the notice's
 * author (googlemail.com, yahoo.com) report or stand for a receiver whose own words, when a marker names
 * them (AS(201806281), "- gsmtp"), are that receiver's. A forwarder (Cloudflare Email Routing, SimpleLogin)
 * quotes its upstream mailbox provider's refusal ("Upstream error: 550-5.7.26 … - gsmtp"): the provider its
 * words name comes first, then the forwarder. A sending service relays the receiver's words: it only counts
 * when no receiver is named anywhere. `reporting` is the server that wrote the notice (Exchange's "Generating
 * server"): Exchange's own words with an organisation's server there are its own Exchange, not Microsoft 365.
 */
export function detectProvider(input: {
  hosts: readonly string[];
  text: string;
  later?: readonly string[];
  reporting?: string;
}): Provider | undefined {
  // Hosts and text are each read once for both kinds of provider.
  const byHosts = byHost(input.hosts);
  if (byHosts.receiver) return byHosts.receiver;
  const lower = input.text.toLowerCase();
  const byMarkers = byMarker(lower);
  if (byMarkers.receiver === MICROSOFT && isOnPremisesExchange(lower, input.reporting))
    return EXCHANGE_SERVER;
  if (byMarkers.receiver) return byMarkers.receiver;
  const forwarder = byHosts.forwarder ?? byMarkers.forwarder;
  if (forwarder) return forwarder;
  const byLater = input.later ? byHost(input.later) : NONE_NAMED;
  return byLater.receiver ?? byLater.forwarder ?? byHosts.sending ?? byLater.sending ?? byMarkers.sending;
}

const NONE_NAMED: Named = { receiver: undefined, forwarder: undefined, sending: undefined };

/** Only words every Exchange writes, from a generating server that is not one of Microsoft's. */
function isOnPremisesExchange(lower: string, reporting: string | undefined): boolean {
  const host = reporting ? normalizeHost(reporting) : '';
  if (!host.includes('.')) return false;
  if (MICROSOFT.hosts.some((suffix) => hostMatches(host, suffix))) return false;
  if (MICROSOFT.markers.some((marker) => host.includes(marker))) return false;
  return MICROSOFT.markers.every(
    (marker) => EXCHANGE_SHARED_MARKERS.includes(marker) || !lower.includes(marker),
  );
}

/** "MX.Example.COM." or "mx.example.com [192.0.2.1]" → "mx.example.com". */
function normalizeHost(raw: string): string {
  let host = raw.trim().toLowerCase();
  const cut = hostEnd(host);
  if (cut >= 0) host = host.slice(0, cut);
  while (host.endsWith('.')) host = host.slice(0, -1);
  return host;
}

/** Where /[\s[(]/ first matches, by char code (a regex call costs more than the few characters). */
export function hostEnd(host: string): number {
  for (let i = 0; i < host.length; i++) {
    const c = host.charCodeAt(i);
    if (c === 0x5b || c === 0x28 || isRegexSpace(c)) return i;
  }
  return -1;
}

/** True when `host` is `suffix` or ends with "." + `suffix`: evilgoogle.com is not google.com. */
export function hostMatches(host: string, suffix: string): boolean {
  if (host === suffix) return true;
  return (
    host.length > suffix.length && host.endsWith(suffix) && host[host.length - suffix.length - 1] === '.'
  );
}

/**
 * The first host (in order) with a receiver's suffix, its longest one first; the same for a forwarder and a
 * sending service.
 */
function byHost(hosts: readonly string[]): Named {
  let sending: Provider | undefined;
  let forwarder: Provider | undefined;
  for (let i = 0; i < hosts.length; i++) {
    // Normalised here, not into a new list: an empty host matches nothing (no suffix is empty).
    const host = normalizeHost(hosts[i] as string);
    // The host itself, then what follows each dot: the first one listed is the longest matching suffix.
    for (let at = 0; at >= 0; at = host.indexOf('.', at) + 1 || -1) {
      const named = BY_SUFFIX.get(host.slice(at));
      if (!named) continue;
      if (named.receiver) return { receiver: named.receiver, forwarder, sending };
      forwarder ??= named.forwarder;
      sending ??= named.sending;
    }
  }
  return { receiver: undefined, forwarder, sending };
}

// Host suffix → the first receiver, forwarder and sending service (in order) that list it.
const BY_SUFFIX = suffixIndex();

function suffixIndex(): Map<string, Named> {
  const index = new Map<string, Named>();
  for (const provider of PROVIDERS) {
    for (const suffix of provider.hosts) {
      if (!suffix) continue;
      const named = index.get(suffix) ?? { receiver: undefined, forwarder: undefined, sending: undefined };
      if (provider.kind === 'sending-service') named.sending ??= provider;
      else if (provider.kind === 'forwarder') named.forwarder ??= provider;
      else named.receiver ??= provider;
      index.set(suffix, named);
    }
  }
  return index;
}

/**
 * The receiver whose marker appears first in the text (the first such provider in order on a tie), the same
 * for a forwarder, and for a sending service when its marker appears before any receiver's, in one scan of
 * all markers.
 */
function byMarker(text: string): Named {
  let receiver = -1;
  let receiverAt = -1;
  let forwarder = -1;
  let forwarderAt = -1;
  let sending = -1;
  let sendingAt = -1;
  MARKER_SET.scan(text, (marker, at) => {
    const owner = MARKER_OWNER[marker] as number;
    const kind = (PROVIDERS[owner] as Provider).kind;
    if (kind === 'forwarder') {
      if (forwarder >= 0 && !earlier(at, owner, forwarderAt, forwarder)) return;
      forwarder = owner;
      forwarderAt = at;
    } else if (kind !== 'sending-service') {
      if (receiver >= 0 && !earlier(at, owner, receiverAt, receiver)) return;
      receiver = owner;
      receiverAt = at;
    } else {
      if (sending >= 0 && !earlier(at, owner, sendingAt, sending)) return;
      sending = owner;
      sendingAt = at;
    }
  });
  return {
    receiver: PROVIDERS[receiver],
    forwarder: PROVIDERS[forwarder],
    sending: sending >= 0 && (receiver < 0 || sendingAt < receiverAt) ? PROVIDERS[sending] : undefined,
  };
}

/** True when a marker at `at` of provider `owner` comes before the one kept: earlier, or a tie won by order. */
function earlier(at: number, owner: number, keptAt: number, kept: number): boolean {
  return at < keptAt || (at === keptAt && owner < kept);
}

// All markers in one literal set, and per marker the index of its provider in PROVIDERS.
const MARKER_SET = new LiteralSet(PROVIDERS.flatMap((p) => p.markers));
const MARKER_OWNER = PROVIDERS.flatMap((p, owner) => p.markers.map(() => owner));

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

// Codes specific enough to look for whichever provider sent them: long, with letters and digits (IB508,
// S3150, TSS04...), or flagged in the data as only their provider's (Daum's CCRT, NetEase's HL:ICC).
const DISTINCTIVE_CODES: readonly string[] = [
  ...new Set(
    PROVIDERS.flatMap((p) =>
      Object.entries(p.codes ?? {})
        .filter(([code, meaning]) => meaning.identifies || hasDistinctiveShape(code))
        .map(([code]) => code),
    ),
  ),
];

function hasDistinctiveShape(code: string): boolean {
  return code.length >= 5 && /[A-Z]/.test(code) && /\d/.test(code);
}

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
export function findReferenceCodes(text: string, provider?: Provider): string[] {
  const lower = text.toLowerCase();
  const found = new Map<string, number>();
  const add: Add = (code, at) => {
    const seen = found.get(code);
    if (seen === undefined || at < seen) found.set(code, at);
  };
  const own = providerCodes(provider);
  knownCodes(lower, own, add);
  letteredCodes(text, add);
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
  /** Every plain code holds a digit (as all distinctive ones do): a run of letters alone is not looked up. */
  needsDigit: boolean;
  other: readonly [key: string, code: string][];
  /**
   * Plain codes without a digit, searched one by one (a lookup of every run of letters would cost each word)
   * and only as written, in capitals: "CCRT" is Daum's code, "ccrt@example.com" somebody's address.
   */
  lettered: readonly string[];
}

/** `letteredApart`: plain codes without a digit go to `lettered`, so the runs still need a digit. */
function compileCodes(codes: readonly string[], letteredApart = false): CodeSet {
  const plain = new Map<string, string>();
  const other: [string, string][] = [];
  const lettered: string[] = [];
  for (const code of codes) {
    const key = code.toLowerCase();
    if (![...key].every(isTokenChar)) {
      if (!code.startsWith('AUP#')) other.push([key, code]);
    } else if (letteredApart && !/\d/.test(key)) lettered.push(code);
    else plain.set(key, code);
  }
  const keys = [...plain.keys()];
  return {
    plain,
    lengths: new Set(keys.map((key) => key.length)),
    needsDigit: keys.every((key) => /\d/.test(key)),
    other,
    lettered,
  };
}

const DISTINCTIVE_SET = compileCodes(DISTINCTIVE_CODES, true);
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
  // Runs are found by char code; only a run as long as some code (and holding a digit when all its codes
  // do: most runs are plain words) is cut out and looked up.
  let start = -1;
  let digits = false;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 0;
    if (isTokenCode(c)) {
      if (start < 0) start = i;
      if (c >= 48 && c <= 57) digits = true;
      continue;
    }
    if (start < 0) continue;
    const length = i - start;
    const inOwn = own !== undefined && (digits || !own.needsDigit) && own.lengths.has(length);
    const inDistinctive = (digits || !DISTINCTIVE_SET.needsDigit) && DISTINCTIVE_SET.lengths.has(length);
    if (inOwn || inDistinctive) {
      const token = lower.slice(start, i);
      const code = (inOwn ? own?.plain.get(token) : undefined) ?? DISTINCTIVE_SET.plain.get(token);
      if (code) add(code, start);
    }
    start = -1;
    digits = false;
  }
}

function otherCodes(lower: string, set: CodeSet, add: Add): void {
  for (const [key, code] of set.other) {
    const at = indexOfWord(lower, key);
    if (at >= 0) add(code, at);
  }
}

/** The distinctive codes without a digit, in the text as written (see `CodeSet.lettered`). */
function letteredCodes(text: string, add: Add): void {
  for (const code of DISTINCTIVE_SET.lettered) {
    const at = indexOfRun(text, code);
    if (at >= 0) add(code, at);
  }
}

/** First index of `needle` as a whole run of [A-Za-z0-9_-] that is not an address's local part, or -1. */
function indexOfRun(haystack: string, needle: string): number {
  let at = haystack.indexOf(needle);
  while (at >= 0) {
    const end = at + needle.length;
    const after = end < haystack.length ? haystack.charCodeAt(end) : 0;
    const alone =
      (at === 0 || !isTokenCode(haystack.charCodeAt(at - 1))) && !isTokenCode(after) && after !== 0x40;
    if (alone) return at;
    at = haystack.indexOf(needle, at + 1);
  }
  return -1;
}

/** "[CS01]", "(S3150)", "(AS16012611)" and Microsoft's "AS(201806281)". */
function bracketedCodes(text: string, add: Add): void {
  // From one "[" or "(" to the next, found by indexOf: most of a reply has none.
  let square = text.indexOf('[');
  let round = text.indexOf('(');
  let i = Math.min(square < 0 ? text.length : square, round < 0 ? text.length : round);
  while (i < text.length) {
    const next = bracketedCode(text, i, add);
    if (square >= 0 && square < next) square = text.indexOf('[', next);
    if (round >= 0 && round < next) round = text.indexOf('(', next);
    i = Math.min(square < 0 ? text.length : square, round < 0 ? text.length : round);
  }
}

/** Reads the code bracketed from `i` (an opening bracket) if any; where to look on from. */
function bracketedCode(text: string, i: number, add: Add): number {
  const open = text[i];
  const close = open === '[' ? ']' : ')';
  let j = i + 1;
  while (j < text.length && j - i <= MAX_BRACKETED && isAlnum(text[j])) j++;
  if (text[j] !== close || j === i + 1) return i + 1;
  const inner = text.slice(i + 1, j).toUpperCase();
  const prefix = text.slice(Math.max(0, i - 2), i).toUpperCase();
  if (open === '(' && prefix === 'AS' && !isAlnum(text[i - 3]) && /^\d+$/.test(inner))
    add(`AS(${inner})`, i - 2);
  // "(RFC5322)" cites a standard; it is no provider's reference code.
  else if (GENERIC_CODE.test(inner) && !inner.startsWith('RFC')) add(inner, i + 1);
  return j + 1;
}

/**
 * Cox and Spectrum: "AUP#CXBL", "AUP#In-1310". Spectrum's letters say the direction ("In-"/"I-": mail from
 * outside; "Out-"/"O-": its own users' outgoing mail), which changes what some codes mean, so they are kept
 * in one spelling: AUP#IN-1310, AUP#OUT-1310 (AUP#1310 when none is written).
 */
function aupCodes(lower: string, add: Add): void {
  let at = lower.indexOf('aup#');
  while (at >= 0) {
    let end = at + 4;
    while (end < lower.length && end - at < 28 && (isAlnum(lower[end]) || lower[end] === '-')) end++;
    const token = lower.slice(at + 4, end).toUpperCase();
    if (token.length > 0) {
      const spectrum = SPECTRUM_STYLE.exec(token);
      add(spectrum ? `AUP#${direction(spectrum[1] ?? '')}${spectrum[2]}` : `AUP#${token}`, at);
    }
    at = lower.indexOf('aup#', end);
  }
}

function direction(letters: string): string {
  if (letters.startsWith('I')) return 'IN-';
  if (letters.startsWith('O')) return 'OUT-';
  return '';
}

/** Ids of the blocklists the text names (knowledge/blocklist-names.ts), in order of appearance. */
export function findBlocklists(text: string): string[] {
  const lower = text.toLowerCase();
  // Most replies name no list: one scan for any marker at all spares the word-by-word search.
  if (!BLOCKLIST_SET.occursIn(lower)) return stringList();
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

// Every blocklist marker, precise or broad, in one literal set.
const BLOCKLIST_SET = new LiteralSet(
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

/**
 * `named` (the lists the text names, not changed) with the lists the reference codes stand for after them:
 * Comcast's BL000010 is Cloudmark, Yahoo's BL21 Spamhaus. The same list when no code stands for one.
 */
export function withCodeLists(
  named: readonly string[],
  codes: readonly string[],
  provider: Provider | undefined,
): readonly string[] {
  let out: string[] | undefined;
  for (const code of codes) {
    for (const list of lookupCode(code, provider)?.code.lists ?? []) {
      if (named.includes(list) || out?.includes(list)) continue;
      out ??= [...named];
      out.push(list);
    }
  }
  return out ?? named;
}
