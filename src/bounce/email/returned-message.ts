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
    const atHeaders = MESSAGE_HEADER.test(text.slice(marker, marker + 80));
    start = atHeaders ? marker : eol < 0 ? text.length : eol + 1;
  }
  start = skipBlankLines(text, start);
  const end = blankLineEnd(text, start);
  return { start, headersEnd: end < 0 ? text.length : end };
}

/** Offset of the earliest marker line or quoted header block, or -1. */
export function findMarker(text: string): number {
  const lower = text.toLowerCase();
  let best = quotedHeaderBlock(text);
  const wordsAt = new Map<string, number>();
  for (const { marker, words, offset } of MARKER_WORDS) {
    let found = wordsAt.get(words);
    if (found === undefined) {
      found = lower.indexOf(words);
      wordsAt.set(words, found);
    }
    if (found < 0) continue;
    // No occurrence of the marker starts before its words' first occurrence (less their offset in it).
    const at = markerLine(lower, marker, best, Math.max(0, found - offset));
    if (at >= 0 && (best < 0 || at < best)) best = at;
  }
  return best;
}

/**
 * The first place (before `before`, when set) where `marker` opens its line or follows a separator such as
 * "------ ": in running text ("delete your own text from the attached returned message") it is no marker.
 */
function markerLine(lower: string, marker: string, before: number, from = 0): number {
  for (let at = lower.indexOf(marker, from); at >= 0; at = lower.indexOf(marker, at + marker.length)) {
    if (before >= 0 && at > before) return -1;
    // Only the 200 characters before it are read: a long line of repeated markers stays linear.
    const window = lower.slice(Math.max(0, at - 200), at);
    const newline = window.lastIndexOf('\n');
    if (newline < 0 && at > 200) continue;
    if (/^[ \t>]*(?:[-=*_#]{2,}[^\n]*)?$/.test(window.slice(newline + 1))) return at;
  }
  return -1;
}

// Header names that only an email's own header block has (not MIME part headers, not DSN fields).
const MESSAGE_HEADER =
  /^(?:received|return-path|date|from|to|cc|subject|message-id|mime-version|reply-to|references|in-reply-to|user-agent|x-mailer|dkim-signature|content-type|content-transfer-encoding|x-[\w-]{1,60}):/i;
// A summary of the message ("To:", "Subject:", "Date:" as iMail and Exchange print it) is no quoted original:
// an original message header block has a From, Received, Return-Path or Message-ID line.
const IDENTIFYING = /^(?:received|return-path|from|message-id):/i;

/**
 * Start of a quoted original message that no marker announces: three or more header lines in a row
 * (one of them From/To/Subject/Received/Message-ID), after some text that was not headers.
 */
function quotedHeaderBlock(text: string): number {
  let seenText = false;
  let runStart = -1;
  let runLength = 0;
  let identifying = false;
  // Lines are read in place (at most 5,000), not split into an array.
  for (let offset = 0, count = 0; offset <= text.length && count < 5000; count++) {
    const eol = text.indexOf('\n', offset);
    const line = text.slice(offset, eol < 0 ? text.length : eol);
    const isContinuation = runLength > 0 && /^[ \t]+\S/.test(line);
    // Every header line has a colon; most text lines have none and skip the pattern.
    if ((line.includes(':') && MESSAGE_HEADER.test(line)) || isContinuation) {
      if (runLength === 0) runStart = offset;
      if (!isContinuation) runLength++;
      identifying ||= IDENTIFYING.test(line);
      if (seenText && runLength >= 3 && identifying) return runStart;
    } else {
      if (!seenText && line.trim() !== '' && !/^--|^[\w-]{1,60}:\s/.test(line)) seenText = true;
      runLength = 0;
      identifying = false;
    }
    if (eol < 0) break;
    offset = eol + 1;
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
