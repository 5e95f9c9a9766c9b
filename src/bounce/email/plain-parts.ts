import { parseHeaderBlock } from './header-block.js';

/**
 * The parts of a message that needs no decoding (no transfer encoding, no 8-bit charset), read as they
 * stand: boundary lines and part headers are dropped, readable parts kept apart from delivery-status and
 * feedback-report parts. Anything that needs decoding goes to the MIME parser instead (read-email.ts).
 */
export interface PlainParts {
  texts: string[];
  reports: string[];
}

const BOUNDARY = /boundary="?([^";\s]{1,200})"?/gi;

/** `contentType` as written: boundaries are case-sensitive. */
export function plainParts(body: string, contentType: string): PlainParts {
  if (!/^\s*multipart\//i.test(contentType)) return { texts: [body], reports: [] };
  const boundaries = new Set<string>();
  for (const source of [contentType, body]) {
    for (const m of source.matchAll(BOUNDARY)) if (m[1]) boundaries.add(`--${m[1]}`);
  }
  const out: PlainParts = { texts: [], reports: [] };
  let part: string[] | undefined;
  const flush = () => {
    if (part) addPart(part.join('\n'), out);
  };
  for (const line of body.split('\n')) {
    const trimmed = line.trimEnd();
    if (boundaries.has(trimmed) || (trimmed.endsWith('--') && boundaries.has(trimmed.slice(0, -2)))) {
      flush();
      part = [];
      continue;
    }
    part?.push(line);
  }
  flush();
  // A "multipart" message without a single boundary line is plain text that claims otherwise.
  return part === undefined ? { texts: [body], reports: [] } : out;
}

function addPart(part: string, out: PlainParts): void {
  const hasHeaders = /^[\w-]{1,60}:/.test(part);
  const end = hasHeaders ? part.search(/\n[ \t]*\n/) : -1;
  const headers = hasHeaders
    ? parseHeaderBlock(end < 0 ? part : part.slice(0, end))
    : new Map<string, string>();
  const content = hasHeaders ? (end < 0 ? '' : part.slice(end).trimStart()) : part;
  const type = (headers.get('content-type') ?? 'text/plain').toLowerCase();
  if (type.startsWith('multipart/')) return;
  if (type.includes('delivery-status') || type.includes('feedback-report')) out.reports.push(content);
  else if (type.startsWith('text/html')) out.texts.push(htmlToText(content));
  else if (type.startsWith('text/')) out.texts.push(content);
}

/** Enough of HTML to read an error message: tags dropped, breaks kept, the common entities decoded. */
export function htmlToText(html: string): string {
  return dropTags(html.replace(/<(?:br|\/p|\/div|\/tr|\/li|\/h\d)\b[^>]{0,200}>/gi, '\n'))
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
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
