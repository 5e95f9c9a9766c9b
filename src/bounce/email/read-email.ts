import { isAscii } from 'node:buffer';
import PostalMime from 'postal-mime';
import { decodePart } from './decode-part.js';
import { decodedHeaderValue, findBlankLine, parseHeaderBlock, splitHeaders } from './header-block.js';
import { htmlToText, plainParts } from './plain-parts.js';
import { findReturnedMessage } from './returned-message.js';
import { windows1252Punctuation } from './windows-1252.js';

/** What the diagnosis needs from a bounce email, decoded to text. */
export interface EmailView {
  /** Top-level headers, lower-case names. */
  headers: Map<string, string>;
  /** Readable text, delivery-status and feedback-report parts, without the returned message's body. */
  body: string;
  /** Headers of the returned original message, when it was attached or quoted. */
  returned: Map<string, string>;
  /** Those headers as written (every line, in order), or '' when there were none. */
  returnedText: string;
  /** The top-level Content-Type, lower case. */
  contentType: string;
}

// What needs each part decoded by its own charset: a charset other than UTF-8 when there are 8-bit bytes
// (ASCII reads the same in all of them; unlabelled ISO-2022-JP is sniffed). Transfer encodings are decoded
// part by part (decode-part.ts); encoded words in headers by header-block.ts with postal-mime's decodeWords.
const OTHER_CHARSET = /charset="?(?!(?:us-ascii|utf-?8|ascii)\b)[\w-]/i;

function needsCharsetDecoding(raw: string | Uint8Array, kept: string): raw is Uint8Array {
  // The 8-bit test first (on the bytes: `kept` is their latin1 reading); most bounces are pure ASCII.
  return typeof raw !== 'string' && !isAscii(raw.subarray(0, kept.length)) && OTHER_CHARSET.test(kept);
}

/**
 * Reads an email. The returned message's body is cut off first (never needed, often large); what is left
 * is read part by part, and goes through postal-mime only when a part needs more than we decode.
 */
export async function readEmail(input: string | Uint8Array): Promise<EmailView> {
  // An email held as a string with ISO-2022-JP's escapes still in it (a 7-bit body nobody decoded) is read
  // as the bytes it is, so the escapes are decoded as they are for a file.
  const raw = typeof input === 'string' && isRawIso2022Jp(input) ? Buffer.from(input, 'latin1') : input;
  const latin =
    typeof raw === 'string'
      ? raw
      : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('latin1');
  const cut = findReturnedMessage(latin, topHeadersEnd(latin), false);
  const kept = cut ? latin.slice(0, cut.headersEnd) : latin;
  const returnedHeaders = cut ? sliceText(raw, cut.start, cut.headersEnd) : '';

  const bodyEnd = cut ? cut.start : latin.length;
  // 8-bit text in another charset is read as bytes (latin1) and each part decoded by its label, when the
  // top-level headers are ASCII; postal-mime (~0.5 ms a message, Blob machinery) reads the rest.
  const labelled = needsCharsetDecoding(raw, kept);
  const plain = !labelled
    ? readPlain(sliceText(raw, 0, bodyEnd), returnedHeaders)
    : isAscii(raw.subarray(0, topHeadersEnd(latin)))
      ? readPlain(withLineFeeds(latin.slice(0, bodyEnd)), returnedHeaders, true)
      : undefined;
  if (plain) return plain;
  return readWithMimeParser(typeof raw === 'string' ? kept : raw.subarray(0, kept.length), returnedHeaders);
}

/**
 * The email read part by part with our own splitter, transfer encodings decoded with Buffer; undefined
 * when a part needs the full MIME parser (8-bit text in a non-UTF-8 charset, an unknown charset, flowed text).
 */
function readPlain(email: string, returnedText: string, latin1 = false): EmailView | undefined {
  const { headers, body } = splitHeaders(email);
  const rawType = headers.get('content-type') ?? 'text/plain';
  const contentType = rawType.toLowerCase();
  const multipart = contentType.trimStart().startsWith('multipart/');
  // A single-part email is its own only part.
  const text = multipart ? body : decodePart(body, headers, latin1);
  if (text === undefined) return undefined;
  const parts = plainParts(text, rawType, multipart && latin1);
  if (parts.undecodable) return undefined;
  const texts = parts.texts.map(splitQuoted);
  const returned = parseHeaderBlock(returnedText);
  const quoted = returned.size > 0 ? undefined : firstQuoted(texts);
  return {
    headers,
    body: joinBody(texts, parts.reports),
    returned: quoted?.headers ?? returned,
    returnedText: quoted ? quoted.text : returnedText,
    contentType,
  };
}

/**
 * The texts without their quoted originals, then the reports, a blank line between each. Pushed one by one:
 * spreading arrays of differently built kinds ([] stays an array of small integers) deoptimised readPlain.
 */
function joinBody(texts: readonly Quoted[], reports: readonly string[]): string {
  const pieces: string[] = [];
  for (const t of texts) pieces.push(t.text);
  for (const report of reports) pieces.push(report);
  return pieces.join('\n\n');
}

// postal-mime gathers each part line by line into a Blob, about 1 ms per KiB of 8-bit text on the development
// machine: a message that needs it is read up to here (a bounce's own parts come first; past them lie
// attachments), so a 4 MiB paste takes a fraction of a second, not seconds.
const MIME_PARSER_MAX_BYTES = 256 * 1024;

/** The first MIME_PARSER_MAX_BYTES of a message, ending at a line end. */
function headForParser(raw: string | Uint8Array): string | Uint8Array {
  if (raw.length <= MIME_PARSER_MAX_BYTES) return raw;
  const end =
    typeof raw === 'string'
      ? raw.lastIndexOf('\n', MIME_PARSER_MAX_BYTES)
      : raw.lastIndexOf(0x0a, MIME_PARSER_MAX_BYTES);
  return raw.slice(0, end > 0 ? end + 1 : MIME_PARSER_MAX_BYTES);
}

async function readWithMimeParser(raw: string | Uint8Array, returnedHeaders: string): Promise<EmailView> {
  const email = await PostalMime.parse(headForParser(raw), { attachmentEncoding: 'utf8' });
  const headers = new Map<string, string>();
  // Its header values are raw: encoded words are decoded as our own reader does. postal-mime decodes with
  // TextDecoder too, so windows-1252 text needs the same punctuation mend.
  for (const h of email.headers)
    if (!headers.has(h.key)) headers.set(h.key, windows1252Punctuation(decodedHeaderValue(h.value)));
  const main = splitQuoted(windows1252Punctuation(email.text ?? htmlToText(email.html ?? '')));
  const parts: string[] = [main.text];
  let returned = parseHeaderBlock(returnedHeaders);
  let returnedText = returnedHeaders;
  if (returned.size === 0) ({ headers: returned, text: returnedText } = firstQuoted([main]));
  for (const a of email.attachments) {
    const type = a.mimeType.toLowerCase();
    const content = windows1252Punctuation(
      typeof a.content === 'string' ? a.content : new TextDecoder().decode(a.content),
    );
    if (
      type.includes('delivery-status') ||
      type.includes('feedback-report') ||
      type.includes('disposition-notification') ||
      type === 'text/plain'
    ) {
      parts.push(content);
    } else if (type === 'message/rfc822' || type.endsWith('-headers') || type === 'message/global') {
      const own = splitHeaders(content).headers;
      if (own.size > returned.size) {
        returned = own;
        returnedText = headerSection(content);
      }
    }
  }
  return {
    headers,
    body: parts.join('\n\n'),
    returned,
    returnedText,
    contentType: (headers.get('content-type') ?? 'text/plain').toLowerCase(),
  };
}

function topHeadersEnd(text: string): number {
  return Math.max(0, findBlankLine(text, 0));
}

/** Decoded text can quote the original message inline: what follows is not the bounce, but its headers help. */
function splitQuoted(text: string): Quoted {
  const cut = findReturnedMessage(text);
  if (!cut) return { text, quotedHeaders: '' };
  return { text: text.slice(0, cut.start), quotedHeaders: text.slice(cut.start, cut.headersEnd) };
}

/** A text without its quoted original, and that original's header lines (parsed only when needed). */
interface Quoted {
  text: string;
  quotedHeaders: string;
}

/** The first quoted header block that holds a header (only read when no returned part had any). */
function firstQuoted(texts: readonly Quoted[]): { headers: Map<string, string>; text: string } {
  for (const t of texts) {
    const quoted = parseHeaderBlock(t.quotedHeaders);
    if (quoted.size > 0) return { headers: quoted, text: t.quotedHeaders };
  }
  return { headers: new Map(), text: '' };
}

/** A message's header lines: the text up to its first blank line. */
function headerSection(message: string): string {
  const blank = findBlankLine(message, 0);
  return blank < 0 ? message : message.slice(0, blank);
}

/** A slice by byte offsets (strings are indexed as they are), decoded to text. */
function sliceText(raw: string | Uint8Array, start: number, end: number): string {
  return withLineFeeds(
    typeof raw === 'string' ? raw.slice(start, end) : decodeBytes(raw.subarray(start, end)),
  );
}

function withLineFeeds(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/**
 * The text of bytes that every reading gives as is (ASCII, and no ISO-2022-JP escape), else undefined.
 * Such input reads the same as a string, so it can be decoded once and passed on as one.
 */
export function asciiText(bytes: Uint8Array): string | undefined {
  if (!isAscii(bytes)) return undefined;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  // The escape is 7-bit, so it is looked for in the text: a string search costs less than Buffer's indexOf.
  return hasIso2022JpEscapeText(text) ? undefined : text;
}

/** A 7-bit string that carries ISO-2022-JP's escapes undecoded. */
function isRawIso2022Jp(text: string): boolean {
  return (
    text.includes('\x1b$') && hasIso2022JpEscapeText(text) && Buffer.byteLength(text, 'utf8') === text.length
  );
}

/** hasIso2022JpEscape for bytes read one character a byte. */
function hasIso2022JpEscapeText(text: string): boolean {
  for (let i = text.indexOf('\x1b$'); i >= 0; i = text.indexOf('\x1b$', i + 1)) {
    const set = i + 2 < text.length ? text.charCodeAt(i + 2) : -1;
    if (set === 0x42 || set === 0x40) return true;
  }
  return false;
}

/** UTF-8 when valid, else Windows-1252 (what a mail client would show for unlabelled 8-bit text). */
export function decodeBytes(bytes: Uint8Array): string {
  // Japanese mail often carries ISO-2022-JP without a charset label; its escape "ESC $ B" gives it away.
  if (hasIso2022JpEscape(bytes)) return ISO_2022_JP.decode(bytes);
  // Most bounces are ASCII, which every reading below gives as is: one copy, no decoder.
  if (isAscii(bytes)) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  try {
    return UTF8.decode(bytes);
  } catch {
    return windows1252Punctuation(WINDOWS_1252.decode(bytes));
  }
}

function hasIso2022JpEscape(bytes: Uint8Array): boolean {
  for (let i = bytes.indexOf(0x1b); i >= 0 && i < bytes.length - 2; i = bytes.indexOf(0x1b, i + 1)) {
    if (bytes[i + 1] === 0x24 && (bytes[i + 2] === 0x42 || bytes[i + 2] === 0x40)) return true;
  }
  return false;
}

const ISO_2022_JP = new TextDecoder('iso-2022-jp');
const UTF8 = new TextDecoder('utf-8', { fatal: true });
const WINDOWS_1252 = new TextDecoder('windows-1252');
