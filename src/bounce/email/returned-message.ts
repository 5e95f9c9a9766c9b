import { codeAt, isFoldedLine } from './header-block.js';

/**
 * Where the returned (original) message starts. Its body is never needed for a diagnosis, and cutting it
 * off keeps large attachments out of the MIME parser; its headers tell us the original recipient.
 */
// MIME part holding the original message or its headers (RFC 6533's message/global and message/global-headers;
// not message/global-delivery-status, which is the report itself).
const RETURNED_PART =
  /^content-type:[ \t]*(?:message\/(?:rfc822|global)(?:-headers)?|text\/rfc822-headers)(?![\w-])/im;

// Lines MTAs print before quoting the original message in a non-MIME bounce (lower case, literal).
const RETURNED_MARKERS = [
  '--- below this line is a copy of the message',
  '------ this is a copy of the message',
  '------ this is a copy of your message',
  '----- original message -----',
  '----- unsent message follows -----',
  '----- message header follows -----',
  '--- the header of the original message is following',
  'original message headers:',
  '------ original message ------',
  '--- original message follows ---',
  'the original message was:',
  '----- the original message -----',
  '------ a copy of the original message',
  '----- original message follows -----',
  '-- original message --',
  '---------- original message ----------',
  'message headers follow',
  'original message follows',
  'original message:',
  'original message header',
  'returned message',
  'header of the original message',
  'copy of the message',
  'content-type: message/rfc822',
];

// Words most markers share: a marker is looked for only where its shared words are (one scan for the
// words instead of one per marker, and most texts have none of them). Each distinct word group has a
// number, so positions are kept in an array by number rather than in a map keyed by text.
const SHARED_WORDS = ['original message', 'copy of', 'message header'];
const wordsOf = (marker: string) => SHARED_WORDS.find((w) => marker.includes(w)) ?? marker;
const WORDS = [...new Set(RETURNED_MARKERS.map(wordsOf))];
const MARKER_WORDS = RETURNED_MARKERS.map((marker) => {
  const words = wordsOf(marker);
  return { marker, word: WORDS.indexOf(words), offset: marker.indexOf(words) };
});

// The words are found through the word most of them hold ("message"): one case-insensitive scan for the
// anchors, then a look at each place one occurs, instead of one scan per word (or per marker).
interface AnchoredWords {
  word: number;
  words: string;
  /** Where the anchor sits in the words. */
  offset: number;
}
const ANCHOR = 'message';
const BY_ANCHOR = new Map<string, AnchoredWords[]>();
WORDS.forEach((words, word) => {
  const offset = words.indexOf(ANCHOR);
  const anchor = offset >= 0 ? ANCHOR : words;
  const list = BY_ANCHOR.get(anchor) ?? [];
  list.push({ word, words, offset: Math.max(0, offset) });
  BY_ANCHOR.set(anchor, list);
});
const ANCHORS = [...BY_ANCHOR];
// The anchors are plain words: nothing to escape, and the alternation never backtracks beyond one word.
const ANCHOR_PATTERN = new RegExp(ANCHORS.map(([anchor]) => anchor).join('|'), 'gi');

export interface ReturnedCut {
  /** Offset where the returned message's own text begins (after any part headers). */
  start: number;
  /** Offset where its header block ends. */
  headersEnd: number;
}

/**
 * Finds the returned message: a MIME part, or in decoded text a marker line or a quoted header block.
 * A raw email is searched for the MIME part only (`markers` false): its encoded parts may quote anything.
 */
export function findReturnedMessage(text: string, from = 0, markers = true): ReturnedCut | undefined {
  const part = RETURNED_PART.exec(from > 0 ? text.slice(from) : text);
  if (part) part.index += from;
  let start = -1;
  if (part) {
    const partHeadersEnd = blankLineEnd(text, part.index);
    if (partHeadersEnd >= 0) start = partHeadersEnd;
  }
  if (start < 0) {
    if (!markers) return undefined;
    const found = findMarker(from > 0 ? text.slice(from) : text);
    if (found < 0) return undefined;
    const marker = found + from;
    const eol = text.indexOf('\n', marker);
    const atHeaders = startsWith(MESSAGE_HEADER, text, marker);
    start = atHeaders ? marker : eol < 0 ? text.length : eol + 1;
  }
  start = skipBlankLines(text, start);
  const end = blankLineEnd(text, start);
  return { start, headersEnd: end < 0 ? text.length : end };
}

/** Offset of the earliest marker line or quoted header block, or -1. */
export function findMarker(text: string): number {
  let best = quotedHeaderBlock(text);
  // Markers are compared without a lower-case copy of the text. toLowerCase() turns "İ" (U+0130) into two
  // characters, and offsets were always read in the lower-case text: such a (rare) text is still copied.
  const hay = text.includes('\u0130') ? text.toLowerCase() : text;
  const wordsAt = wordPositions(hay);
  if (!wordsAt) return best;
  for (const { marker, word, offset } of MARKER_WORDS) {
    const positions = wordsAt[word];
    if (!positions) continue;
    const at = markerLine(hay, marker, best, positions, offset);
    if (at >= 0 && (best < 0 || at < best)) best = at;
  }
  return best;
}

/**
 * Where each marker word group occurs, in any case (every occurrence, in order), by its number; groups that
 * do not occur have no entry; undefined when none occurs.
 */
function wordPositions(text: string): number[][] | undefined {
  let found: number[][] | undefined;
  ANCHOR_PATTERN.lastIndex = 0;
  for (let hit = ANCHOR_PATTERN.exec(text); hit; hit = ANCHOR_PATTERN.exec(text)) {
    const at = hit.index;
    for (const { word, words, offset } of anchorWords(text, at)) {
      const start = at - offset;
      if (start < 0 || !startsWithFolded(text, words, start)) continue;
      found ??= [];
      const list = found[word];
      if (list) list.push(start);
      else found[word] = [start];
    }
  }
  return found;
}

/** The word groups that hold the anchor found at `at`. */
function anchorWords(text: string, at: number): AnchoredWords[] {
  for (const [anchor, words] of ANCHORS) if (startsWithFolded(text, anchor, at)) return words;
  return [];
}

/**
 * True when `text` at `at` reads as `lower` (lower-case ASCII) once lower-cased, as toLowerCase() would
 * read it: only A-Z fold, since no other character lower-cases to ASCII but "K" (U+212A, no marker has a k).
 */
function startsWithFolded(text: string, lower: string, at: number): boolean {
  if (at + lower.length > text.length) return false;
  for (let i = 0; i < lower.length; i++) {
    const c = text.charCodeAt(at + i);
    if ((c >= 0x41 && c <= 0x5a ? c + 0x20 : c) !== lower.charCodeAt(i)) return false;
  }
  return true;
}

/**
 * The first place (before `before`, when set) where `marker` opens its line or follows a separator such as
 * "------ ": in running text ("delete your own text from the attached returned message") it is no marker.
 * The marker can only start `offset` before an occurrence of its words (`wordsAt`): those are the places
 * looked at, not the whole text once per marker. Occurrences are read as indexOf would step through them,
 * each search resuming after the last one.
 */
function markerLine(text: string, marker: string, before: number, wordsAt: number[], offset: number): number {
  let next = 0;
  for (const word of wordsAt) {
    const at = word - offset;
    if (at < next || !startsWithFolded(text, marker, at)) continue;
    if (before >= 0 && at > before) return -1;
    next = at + marker.length;
    // Only the 200 characters before it are read: a long line of repeated markers stays linear.
    // (The separator pattern has no letters: case does not change what it matches.)
    const window = text.slice(Math.max(0, at - 200), at);
    const newline = window.lastIndexOf('\n');
    if (newline < 0 && at > 200) continue;
    if (/^[ \t>]*(?:[-=*_#]{2,}[^\n]*)?$/.test(window.slice(newline + 1))) return at;
  }
  return -1;
}

// Header names that only an email's own header block has (not MIME part headers, not DSN fields).
// Sticky: tried at a line's start in the whole text (no slice per line); no alternative crosses a line end.
const MESSAGE_HEADER =
  /(?:received|received-spf|authentication-results|arc-[\w-]{1,40}|return-path|date|from|to|cc|subject|message-id|mime-version|reply-to|references|in-reply-to|user-agent|x-mailer|dkim-signature|content-type|content-transfer-encoding|x-[\w-]{1,60}):/iy;
// A summary of the message ("To:", "Subject:", "Date:" as iMail and Exchange print it) is no quoted original:
// an original message header block has a From, Received, Return-Path or Message-ID line.
const IDENTIFYING = /(?:received|return-path|from|message-id):/iy;

function startsWith(pattern: RegExp, text: string, at: number): boolean {
  pattern.lastIndex = at;
  return pattern.test(text);
}

/**
 * Start of a quoted original message that no marker announces: three or more header lines in a row
 * (one of them From/To/Subject/Received/Message-ID), after some text that was not headers.
 */
export function quotedHeaderBlock(text: string): number {
  let seenText = false;
  let runStart = -1;
  let runLength = 0;
  let identifying = false;
  // Every header line has a colon: the next one is remembered, so most text lines cost one indexOf.
  let nextColon = -1;
  // Lines are read in place (at most 5,000), not split into an array.
  for (let offset = 0, count = 0; offset <= text.length && count < 5000; count++) {
    const next = text.indexOf('\n', offset);
    const eol = next < 0 ? text.length : next;
    if (nextColon < offset) {
      const found = text.indexOf(':', offset);
      nextColon = found < 0 ? Number.POSITIVE_INFINITY : found;
    }
    const isContinuation = runLength > 0 && isFoldedLine(text, offset, eol);
    if ((nextColon < eol && startsWith(MESSAGE_HEADER, text, offset)) || isContinuation) {
      if (runLength === 0) runStart = offset;
      if (!isContinuation) runLength++;
      identifying ||= startsWith(IDENTIFYING, text, offset);
      if (seenText && runLength >= 3 && identifying) return runStart;
    } else {
      if (!seenText) {
        const line = text.slice(offset, eol);
        if (line.trim() !== '' && !/^--|^[\w-]{1,60}:\s/.test(line)) seenText = true;
      }
      runLength = 0;
      identifying = false;
    }
    if (next < 0) break;
    offset = next + 1;
  }
  return -1;
}

function skipBlankLines(text: string, at: number): number {
  let i = at;
  while (i < text.length) {
    const eol = text.indexOf('\n', i);
    const line = text.slice(i, eol < 0 ? text.length : eol);
    if (line.trim() !== '' || eol < 0) break;
    i = eol + 1;
  }
  return i;
}

/**
 * Offset just after the first empty line at or after `from`, or -1: the end of the first match of
 * /\r?\n[ \t]*\r?\n/g from `from`, found line feed by line feed (the pattern, with its optional first
 * CR, tried every character of a long part).
 */
export function blankLineEnd(text: string, from: number): number {
  for (let i = text.indexOf('\n', from); i >= 0; i = text.indexOf('\n', i + 1)) {
    let j = i + 1;
    while (codeAt(text, j) === 0x20 || codeAt(text, j) === 0x09) j++;
    if (codeAt(text, j) === 0x0d) j++;
    if (codeAt(text, j) === 0x0a) return j + 1;
  }
  return -1;
}
