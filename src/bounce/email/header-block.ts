import { decodeWords } from 'postal-mime';
import { isRegexSpace } from '../extract/char-class.js';

/** Reading an RFC 5322 header block; encoded words (=?charset?B?...?=) are decoded by postal-mime. */

/** True when the text starts with something that looks like mail headers. */
export function looksLikeEmail(text: string): boolean {
  const first = text.slice(0, 4096);
  // CRs are not part of a line. Those that end a line are stepped over in place; any other CR is removed
  // first (a copy of the head, rare).
  const head = hasLoneCr(first) ? first.replace(/\r/g, '') : first;
  const length = head.length;
  const oddBreaks = head.includes('\u2028') || head.includes('\u2029');
  let headerish = 0;
  // The first 12 lines, read in place by offset (no slice, no trimmed copy per line).
  for (let at = 0, count = 0; count < 12; count++) {
    const eol = head.indexOf('\n', at);
    const next = eol < 0 ? length : eol;
    const end = next > at && head.charCodeAt(next - 1) === 0x0d ? next - 1 : next;
    if (isBlank(head, at, end)) break;
    const c = head.charCodeAt(at);
    if (isHeaderLine(head, at, end, oddBreaks) || c === 0x20 || c === 0x09 || head.startsWith('From ', at))
      headerish++;
    else return false;
    if (eol < 0) break;
    at = eol + 1;
  }
  return (
    headerish >= 2 &&
    /^(?:from|received|return-path|content-type|subject|date|to|message-id|mime-version|delivered-to|x-[\w-]+):/im.test(
      head,
    )
  );
}

/** True when a CR stands anywhere but before a line feed or at the very end. */
function hasLoneCr(text: string): boolean {
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) {
    if (i + 1 < text.length && text.charCodeAt(i + 1) !== 0x0a) return true;
  }
  return false;
}

/** True when [from, to) is only white space, as `trim() === ''` reads it. */
function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isRegexSpace(text.charCodeAt(i))) return false;
  return true;
}

/**
 * "Name: value" as /^([!-9;-~]+):[ \t]*(.*)$/ reads the line [from, to) without CR: a name of printable
 * ASCII up to the first colon, and no other line break in the value (looked for only when the text has
 * any). By character code: this runs on every input's head.
 */
function isHeaderLine(text: string, from: number, to: number, oddBreaks: boolean): boolean {
  const colon = text.indexOf(':', from);
  if (colon <= from || colon >= to || !isFieldName(text, from, colon)) return false;
  if (!oddBreaks) return true;
  const ls = text.indexOf('\u2028', from);
  const ps = text.indexOf('\u2029', from);
  return (ls < 0 || ls >= to) && (ps < 0 || ps >= to);
}

/** Splits "headers\n\nbody" and unfolds the headers into a map of lower-case name → first value. */
export function splitHeaders(text: string): { headers: Map<string, string>; body: string } {
  const end = findBlankLine(text, 0);
  const block = end < 0 ? text : text.slice(0, end);
  // The separator is dropped by offset: a replace would copy the whole body.
  const body =
    end < 0 ? '' : text.slice(end + (/^\r?\n\r?\n?/.exec(text.slice(end, end + 4))?.[0].length ?? 0));
  return { headers: parseHeaderBlock(block), body };
}

const ODD_BREAK = /[\r\u2028\u2029]/;

export function parseHeaderBlock(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  // Only the first value of a name is kept, so a repeated header is neither read nor joined.
  let name = '';
  let value = '';
  // Lines are read in place by offset (no split, no slice per line); this runs on every header block.
  const oddBreaks = block.includes('\r') || block.includes('\u2028') || block.includes('\u2029');
  // The length is read once: blocks come as strings of many representations (sliced, flat, joined),
  // and a length read per line would be a megamorphic property load.
  const length = block.length;
  // Joining folded lines puts a space between them: no value holds "=?" unless the block does.
  const encodedWords = block.includes('=?');
  for (let at = 0; at <= length; ) {
    const next = block.indexOf('\n', at);
    const eol = next < 0 ? length : next;
    const first = codeAt(block, at);
    if (first === 0x20 || first === 0x09) {
      if (name !== '') value += ` ${block.slice(at, eol).trim()}`;
    } else {
      if (name !== '') headers.set(name, headerValue(value, encodedWords));
      name = '';
      // "Name: value" as HEADER_LINE reads it (one trailing CR dropped): the name is printable ASCII
      // without ":"; the value may not hold a line break.
      const end = eol > at && block.charCodeAt(eol - 1) === 0x0d ? eol - 1 : eol;
      const colon = fieldNameEnd(block, at, end);
      if (colon > 0) {
        const key = block.slice(at, colon).toLowerCase();
        if (!headers.has(key)) {
          let start = colon + 1;
          while (start < end && (block.charCodeAt(start) === 0x20 || block.charCodeAt(start) === 0x09))
            start++;
          const rest = block.slice(start, end);
          // "." in HEADER_LINE stops at these line breaks (looked for per value only when the block has any).
          if (!oddBreaks || !ODD_BREAK.test(rest)) {
            name = key;
            value = rest;
          }
        }
      }
    }
    if (next < 0) break;
    at = next + 1;
  }
  if (name !== '') headers.set(name, headerValue(value, encodedWords));
  return headers;
}

/** An unfolded header value read elsewhere (postal-mime gives them raw), trimmed, its encoded words decoded. */
export function decodedHeaderValue(unfolded: string): string {
  return headerValue(unfolded, true);
}

/** A header's unfolded value, trimmed, its encoded words decoded (when the block has any). */
function headerValue(unfolded: string, encodedWords: boolean): string {
  const value = unfolded.trim();
  if (!encodedWords || !value.includes('=?')) return value;
  return decodeWords(value.indexOf('=?') !== value.lastIndexOf('=?') ? joinAdjacentWords(value) : value);
}

// Adjacent B or Q encoded words (only blanks between them), charset and encoding captured.
const ADJACENT_WORDS =
  /=\?([\w.:-]{1,40})(?:\*[\w-]{1,20})?\?([BbQq])\?([^?\s]{0,1000})\?=(?:[ \t]+(?==\?))?/g;

/**
 * Adjacent encoded words of one charset and encoding made one word: mailers cut long subjects every so many
 * bytes, mid-character ("=?UTF-8?B?5Lit?= =?UTF-8?B?5paH?=" may split a character's bytes), and each word
 * decoded on its own would give replacement characters. The blanks between adjacent words are not text
 * (RFC 2047 6.2), so joining them loses nothing.
 */
function joinAdjacentWords(value: string): string {
  let out = '';
  let last = 0;
  let run:
    | { charset: string; kind: string; parts: string[]; start: number; end: number; blanks: string }
    | undefined;
  const flush = () => {
    if (!run) return;
    out += value.slice(last, run.start) + joinedWord(run.charset, run.kind, run.parts) + run.blanks;
    last = run.end;
    run = undefined;
  };
  ADJACENT_WORDS.lastIndex = 0;
  for (let m = ADJACENT_WORDS.exec(value); m; m = ADJACENT_WORDS.exec(value)) {
    const charset = (m[1] ?? '').toLowerCase();
    const kind = (m[2] ?? '').toLowerCase();
    const end = m.index + m[0].length;
    const blanks = m[0].slice(m[0].lastIndexOf('?=') + 2);
    if (run && run.end === m.index && run.charset === charset && run.kind === kind) {
      run.parts.push(m[3] ?? '');
      run.end = end;
      run.blanks = blanks;
    } else {
      flush();
      run = { charset, kind, parts: [m[3] ?? ''], start: m.index, end, blanks };
    }
  }
  flush();
  return out + value.slice(last);
}

/** One encoded word from several: base64 pieces decoded to bytes and encoded again, Q text joined. */
function joinedWord(charset: string, kind: string, parts: string[]): string {
  if (parts.length === 1) return `=?${charset}?${kind}?${parts[0]}?=`;
  const text =
    kind === 'b'
      ? Buffer.concat(parts.map((p) => Buffer.from(p, 'base64'))).toString('base64')
      : parts.join('');
  return `=?${charset}?${kind}?${text}?=`;
}

/**
 * Offset of the colon that ends the field name opening the line [from, end): printable ASCII up to the
 * line's first colon; -1 when there is none. Read character by character (no search of the block for the
 * next colon): the scan stops at the first character a name cannot hold, so each line is read once.
 */
function fieldNameEnd(text: string, from: number, end: number): number {
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3a) return i > from ? i : -1;
    if (c < 0x21 || c > 0x7e) return -1;
  }
  return -1;
}

function isFieldName(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // An address before a colon ("<bob@example.org>: host … said: 550 …") opens a bounce's text, not a header.
    if (c < 0x21 || c > 0x7e || c === 0x3c || c === 0x3e || c === 0x40) return false;
  }
  return true;
}

/** Index of the first empty line (the header/body separator) at or after `from`, or -1. */
export function findBlankLine(text: string, from: number): number {
  // Line by line: searching "\n\n" and "\n\r\n" separately scans the whole message for the one that is absent.
  for (let i = text.indexOf('\n', from); i >= 0; i = text.indexOf('\n', i + 1)) {
    const next = codeAt(text, i + 1);
    if (next === 0x0a || (next === 0x0d && codeAt(text, i + 2) === 0x0a)) return i;
  }
  return -1;
}

/**
 * The character code at `i`, or -1 past the end. charCodeAt there gives NaN, and once a call site has read
 * past the end V8 stops inlining charCodeAt in that function (a builtin call per character after that).
 */
export function codeAt(text: string, i: number): number {
  return i < text.length ? text.charCodeAt(i) : -1;
}

/** True when the line [at, end) is folded: blanks, then something that is not white space (/^[ \t]+\S/). */
export function isFoldedLine(text: string, at: number, end: number): boolean {
  let i = at;
  while (i < end && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
  return i > at && i < end && !isRegexSpace(text.charCodeAt(i));
}
