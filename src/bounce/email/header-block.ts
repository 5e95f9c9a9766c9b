import { decodeWords } from 'postal-mime';

/** Reading an RFC 5322 header block; encoded words (=?charset?B?...?=) are decoded by postal-mime. */

const HEADER_LINE = /^([!-9;-~]+):[ \t]*(.*)$/;

/** True when the text starts with something that looks like mail headers. */
export function looksLikeEmail(text: string): boolean {
  const head = text.slice(0, 4096).replace(/\r/g, '');
  const lines = head.split('\n', 12);
  let headerish = 0;
  for (const line of lines) {
    if (line.trim() === '') break;
    if (HEADER_LINE.test(line) || /^[ \t]/.test(line) || line.startsWith('From ')) headerish++;
    else return false;
  }
  return (
    headerish >= 2 &&
    /^(?:from|received|return-path|content-type|subject|date|to|message-id|mime-version|delivered-to|x-[\w-]+):/im.test(
      head,
    )
  );
}

/** Splits "headers\n\nbody" and unfolds the headers into a map of lower-case name → first value. */
export function splitHeaders(text: string): { headers: Map<string, string>; body: string } {
  const end = findBlankLine(text, 0);
  const block = end < 0 ? text : text.slice(0, end);
  const body = end < 0 ? '' : text.slice(end).replace(/^\r?\n\r?\n?/, '');
  return { headers: parseHeaderBlock(block), body };
}

export function parseHeaderBlock(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  let name = '';
  let value = '';
  const flush = () => {
    if (name && !headers.has(name))
      headers.set(name, value.includes('=?') ? decodeWords(value.trim()) : value.trim());
  };
  for (const line of block.split('\n')) {
    if ((line.startsWith(' ') || line.startsWith('\t')) && name) {
      value += ` ${line.trim()}`;
      continue;
    }
    flush();
    const m = HEADER_LINE.exec(line.replace(/\r$/, ''));
    name = m ? (m[1] ?? '').toLowerCase() : '';
    value = m ? (m[2] ?? '') : '';
  }
  flush();
  return headers;
}

/** Index of the first empty line (the header/body separator) at or after `from`, or -1. */
export function findBlankLine(text: string, from: number): number {
  const lf = text.indexOf('\n\n', from);
  const crlf = text.indexOf('\n\r\n', from);
  if (lf < 0) return crlf;
  if (crlf < 0) return lf;
  return Math.min(lf, crlf);
}
