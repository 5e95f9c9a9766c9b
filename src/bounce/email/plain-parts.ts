import { decodePart } from './decode-part.js';
import { parseHeaderBlock } from './header-block.js';

/**
 * The parts of a message that needs no decoding (no transfer encoding, no 8-bit charset), read as they
 * stand: boundary lines and part headers are dropped, readable parts kept apart from delivery-status and
 * feedback-report parts. Anything that needs decoding goes to the MIME parser instead (read-email.ts).
 */
export interface PlainParts {
  texts: string[];
  reports: string[];
  /** A part needs what only the MIME parser does (an unknown charset, format=flowed). */
  undecodable: boolean;
}

// Every result has every field (one object shape for the readers of PlainParts).
/** HTML parts are kept apart: they are read only when there is no text/plain (the alternative's twin). */
type Collected = PlainParts & { html: string[]; trailing: string[] };

// boundary="…" may hold blanks (RFC 2046: "----=_Part 12 34"); an unquoted one ends at ";" or a blank.
const BOUNDARY = /boundary=(?:"([^"\n]{1,200})"|([^";\s]{1,200}))/gi;
// RFC 2231 continuations: boundary*0="…"; boundary*1="…" (a long boundary some mailers split).
const CONTINUED_BOUNDARY = /boundary\*(\d{1,2})\*?=(?:"([^"\n]{0,200})"|([^";\s]{0,200}))/gi;

/**
 * `contentType` as written: boundaries are case-sensitive. `latin1`: the body is raw bytes read one
 * character a byte, and each part is decoded by its own charset.
 */
export function plainParts(body: string, contentType: string, latin1 = false): PlainParts {
  if (!/^\s*multipart\//i.test(contentType)) {
    // A single-part HTML notice (Naver's and Daum's, some Exchange servers') is read as its text.
    const text = /^\s*text\/html/i.test(contentType) ? htmlToText(body) : body;
    return { texts: [text], reports: [], undecodable: false };
  }
  const boundaries = new Set<string>();
  for (const source of [contentType, body]) {
    // An exec loop: matchAll builds an iterator and copies the pattern per call.
    BOUNDARY.lastIndex = 0;
    for (let m = BOUNDARY.exec(source); m; m = BOUNDARY.exec(source)) {
      const boundary = (m[1] ?? m[2] ?? '').trimEnd();
      if (boundary) boundaries.add(`--${boundary}`);
    }
    if (source.includes('boundary*')) addContinuedBoundaries(source, boundaries);
  }
  const out: Collected = { texts: [], reports: [], undecodable: false, html: [], trailing: [] };
  // 0: no boundary line, 1: an opening one (a part follows), 2: a closing one (what follows is epilogue).
  const boundaryKind = (line: string) => {
    const trimmed = line.trimEnd();
    if (boundaries.has(trimmed)) return 1;
    return trimmed.endsWith('--') && boundaries.has(trimmed.slice(0, -2)) ? 2 : 0;
  };
  // Parts are slices between boundary lines; only lines starting with "--" are looked at, found by one
  // search for "\n--" (not line by line).
  let partStart = -1;
  let epilogue = false;
  for (let at = body.startsWith('--') ? 0 : dashLine(body, 0); at >= 0; at = dashLine(body, at)) {
    const eol = body.indexOf('\n', at);
    const lineEnd = eol < 0 ? body.length : eol;
    const kind = boundaryKind(body.slice(at, lineEnd));
    if (kind > 0) {
      if (partStart >= 0) addPart(body.slice(partStart, at - 1), out, latin1, epilogue);
      partStart = lineEnd + 1;
      epilogue = kind === 2;
    }
  }
  if (partStart >= 0) addPart(body.slice(partStart), out, latin1, epilogue);
  // A "multipart" message without a single boundary line is plain text that claims otherwise.
  // (As bytes it has no part to take a charset from: the MIME parser reads it.)
  if (partStart < 0) return { texts: latin1 ? [] : [body], reports: [], undecodable: latin1 };
  // HTML is read when no text/plain part says anything (HTML-only notices: Exchange Online's, Gmail's);
  // text after a closing boundary (an epilogue, or text a broken mailer put there) comes last.
  const texts = out.texts.length > 0 ? out.texts : out.html;
  return {
    texts: out.trailing.length > 0 ? texts.concat(out.trailing) : texts,
    reports: out.reports,
    undecodable: out.undecodable,
  };
}

/** The boundaries written in RFC 2231 continuations in `source`, joined piece by piece in their order. */
function addContinuedBoundaries(source: string, boundaries: Set<string>): void {
  const pieces: string[] = [];
  CONTINUED_BOUNDARY.lastIndex = 0;
  for (let m = CONTINUED_BOUNDARY.exec(source); m; m = CONTINUED_BOUNDARY.exec(source)) {
    const n = Number(m[1]);
    // A new "*0" starts another parameter's pieces (a nested part's own boundary).
    if (n === 0 && pieces.length > 0) addJoined(pieces, boundaries);
    pieces[n] = m[2] ?? m[3] ?? '';
  }
  addJoined(pieces, boundaries);
}

function addJoined(pieces: string[], boundaries: Set<string>): void {
  const boundary = pieces.join('').trimEnd();
  if (boundary) boundaries.add(`--${boundary}`);
  pieces.length = 0;
}

/** Start of the next line after `from` that opens with "--", or -1. */
function dashLine(text: string, from: number): number {
  const at = text.indexOf('\n--', from);
  return at < 0 ? -1 : at + 1;
}

function addPart(part: string, out: Collected, latin1: boolean, epilogue = false): void {
  const hasHeaders = /^[\w-]{1,60}:/.test(part);
  // Blank lines between parts, or after the last one, are no part.
  if (!hasHeaders && part.trim() === '') return;
  const blank = hasHeaders ? /\n[ \t]*\n/.exec(part) : null;
  const end = blank ? blank.index : -1;
  const headers = hasHeaders
    ? parseHeaderBlock(end < 0 ? part : part.slice(0, end))
    : new Map<string, string>();
  const type = (headers.get('content-type') ?? 'text/plain').toLowerCase();
  if (type.startsWith('multipart/')) return;
  // RFC 8098 read receipts carry their fields in a message/disposition-notification part.
  const report =
    type.includes('delivery-status') ||
    type.includes('feedback-report') ||
    type.includes('disposition-notification');
  if (!report && !type.startsWith('text/')) return;
  // The body starts after the blank line; its own leading blank lines are kept, as postal-mime keeps them.
  const body = hasHeaders ? (blank ? part.slice(blank.index + blank[0].length) : '') : part;
  const content = decodePart(body, headers, latin1);
  if (content === undefined) out.undecodable = true;
  else if (report) out.reports.push(content);
  else if (type.startsWith('text/html')) out.html.push(htmlToText(content));
  else if (epilogue && !hasHeaders) out.trailing.push(content);
  else out.texts.push(content);
}

/** Enough of HTML to read an error message: tags dropped, breaks kept, the common entities decoded. */
export function htmlToText(html: string): string {
  const linked = html.includes('mailto:') ? html.replace(MAILTO_LINK, withLinkedAddress) : html;
  return dropTags(linked.replace(/<(?:br|\/p|\/div|\/tr|\/li|\/h\d)\b[^>]{0,200}>/gi, '\n'))
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

// A mailto link whose text is a name ("<a href="mailto:bob@example.org">Bob King</a>"): the address would be
// lost with the tag, so the text gives it where the link stood, the name after it ("bob@… (Bob King)").
// No "<" inside the tag: a run of unclosed "<a mailto:" then ends each try at the next "<" instead of
// rescanning 300 characters from every one of them (3 s a MiB before).
const MAILTO_LINK = /<a\s[^<>]{0,300}?mailto:([^"'?<>\s]{1,320})[^<>]{0,300}>([^<]{0,200})<\/a>/gi;

function withLinkedAddress(link: string, address: string, text: string): string {
  return text.includes('@') ? link : `${address} (${text})`;
}

const MAX_TAG = 2000;

/**
 * Removes tags ("<" up to the next ">" within MAX_TAG characters) in one pass. A regex like
 * /<[^>]{0,2000}>/g rescans up to 2,000 characters from every "<" of a run of them.
 */
function dropTags(html: string): string {
  let out = '';
  let from = 0;
  let nextClose = -1;
  for (let open = html.indexOf('<'); open >= 0; open = html.indexOf('<', open + 1)) {
    if (open < from) continue;
    if (nextClose < open) nextClose = html.indexOf('>', open);
    if (nextClose < 0) break;
    if (nextClose - open - 1 > MAX_TAG) continue;
    out += html.slice(from, open);
    from = nextClose + 1;
    open = nextClose;
  }
  return out + html.slice(from);
}
