import { isFoldedLine } from './header-block.js';

/**
 * Where the returned (original) message starts. Its body is never needed for a diagnosis, and cutting it
 * off keeps large attachments out of the MIME parser; its headers tell us the original recipient.
 */
// MIME part holding the original message or its headers.
const RETURNED_PART = /^content-type:[ \t]*(?:message\/(?:rfc822|global)|text\/rfc822-headers)\b/im;

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
// words instead of one per marker, and most texts have none of them).
const SHARED_WORDS = ['original message', 'copy of', 'message header'];
const MARKER_WORDS = RETURNED_MARKERS.map((marker) => {
  const words = SHARED_WORDS.find((w) => marker.includes(w)) ?? marker;
  return { marker, words, offset: marker.indexOf(words) };
});

// The words are found through the word most of them hold ("message"): one indexOf scan for it, then a
// look at each place it occurs, instead of one scan per word (a regex alternation of them is slower still).
const ANCHOR = 'message';
const BY_ANCHOR = new Map<string, { words: string; offset: number }[]>();
for (const words of new Set(MARKER_WORDS.map((m) => m.words))) {
  const offset = words.indexOf(ANCHOR);
  const anchor = offset >= 0 ? ANCHOR : words;
  const list = BY_ANCHOR.get(anchor) ?? [];
  list.push({ words, offset: Math.max(0, offset) });
  BY_ANCHOR.set(anchor, list);
}

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
  const lower = text.toLowerCase();
  const wordsAt = wordPositions(lower);
  for (const { marker, words, offset } of MARKER_WORDS) {
    const positions = wordsAt.get(words);
    if (!positions) continue;
    const at = markerLine(lower, marker, best, positions, offset);
    if (at >= 0 && (best < 0 || at < best)) best = at;
  }
  return best;
}

/** Where each marker word occurs (every occurrence, in order); words that do not occur are absent. */
function wordPositions(lower: string): Map<string, number[]> {
  const found = new Map<string, number[]>();
  for (const [anchor, words] of BY_ANCHOR) {
    for (let at = lower.indexOf(anchor); at >= 0; at = lower.indexOf(anchor, at + 1)) {
      for (const { words: w, offset } of words) {
        const start = at - offset;
        if (start < 0 || !lower.startsWith(w, start)) continue;
        const list = found.get(w);
        if (list) list.push(start);
        else found.set(w, [start]);
      }
    }
  }
  return found;
}

/**
 * The first place (before `before`, when set) where `marker` opens its line or follows a separator such as
 * "------ ": in running text ("delete your own text from the attached returned message") it is no marker.
 * The marker can only start `offset` before an occurrence of its words (`wordsAt`): those are the places
 * looked at, not the whole text once per marker. Occurrences are read as indexOf would step through them,
 * each search resuming after the last one.
 */
function markerLine(
  lower: string,
  marker: string,
  before: number,
  wordsAt: number[],
  offset: number,
): number {
  let next = 0;
  for (const word of wordsAt) {
    const at = word - offset;
    if (at < next || !lower.startsWith(marker, at)) continue;
    if (before >= 0 && at > before) return -1;
    next = at + marker.length;
    // Only the 200 characters before it are read: a long line of repeated markers stays linear.
    const window = lower.slice(Math.max(0, at - 200), at);
    const newline = window.lastIndexOf('\n');
    if (newline < 0 && at > 200) continue;
    if (/^[ \t>]*(?:[-=*_#]{2,}[^\n]*)?$/.test(window.slice(newline + 1))) return at;
  }
  return -1;
}

// Header names that only an email's own header block has (not MIME part headers, not DSN fields).
// Sticky: tried at a line's start in the whole text (no slice per line); no alternative crosses a line end.
const MESSAGE_HEADER =
  /(?:received|return-path|date|from|to|cc|subject|message-id|mime-version|reply-to|references|in-reply-to|user-agent|x-mailer|dkim-signature|content-type|content-transfer-encoding|x-[\w-]{1,60}):/iy;
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
function quotedHeaderBlock(text: string): number {
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

/** Offset just after the first empty line at or after `from`, or -1. */
function blankLineEnd(text: string, from: number): number {
  const m = /\r?\n[ \t]*\r?\n/g;
  m.lastIndex = from;
  const hit = m.exec(text);
  return hit ? hit.index + hit[0].length : -1;
}
