import { TextDecoder } from 'node:util';
import { windows1252Punctuation } from './windows-1252.js';
/**
 * Decoding one MIME part's body (base64 or quoted-printable, then its charset) with Buffer and
 * TextDecoder. postal-mime does the same through a Blob per part, which costs ~0.6 ms a message in
 * Node 20; the parts a bounce is read from are few and small, so decoding them here is the fast path.
 * Anything unusual (a charset TextDecoder does not know, format=flowed) is left to postal-mime.
 */

/**
 * The part's text, or undefined when only the full MIME parser should read it. `latin1`: the content is
 * raw bytes read one character a byte, so 8-bit text is decoded here by its charset (ISO-2022-JP, EUC-JP…).
 */
export function decodePart(
  content: string,
  headers: ReadonlyMap<string, string>,
  latin1 = false,
): string | undefined {
  const transfer = headers.get('content-transfer-encoding');
  const encoding = transfer ? /^\s*"?([\w-]*)/.exec(transfer)?.[1]?.toLowerCase() : undefined;
  if (encoding !== 'base64' && encoding !== 'quoted-printable') {
    return latin1 && !isAsciiText(content) ? decode8bit(content, headers) : content;
  }
  const decoder = textDecoder(headers);
  if (!decoder) return undefined;
  const bytes = encoding === 'base64' ? decodeBase64(content) : decodeQuotedPrintable(content);
  const text = bytes && decodeWith(decoder, bytes);
  return text?.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** The decoder for the part's charset; null when the part needs the full MIME parser (flowed text, unknown charset). */
function textDecoder(headers: ReadonlyMap<string, string>): TextDecoder | null {
  const type = headers.get('content-type') ?? '';
  if (/;\s*format\s*=\s*"?flowed/i.test(type)) return null;
  return decoderFor(/;\s*charset\s*=\s*"?([^";\s]{1,60})/i.exec(type)?.[1]);
}

/**
 * 8-bit text as the MIME parser reads it: decoded by its charset (UTF-8 when none is given). Only for
 * charsets where a byte below 0x80 is always that ASCII character (line breaks were already read as bytes).
 */
function decode8bit(content: string, headers: ReadonlyMap<string, string>): string | undefined {
  const decoder = textDecoder(headers);
  if (!decoder || decoder.encoding.startsWith('utf-16')) return undefined;
  return decodeWith(decoder, Buffer.from(content, 'latin1'));
}

/** The bytes decoded, windows-1252's punctuation put back where the runtime gives C1 controls. */
function decodeWith(decoder: TextDecoder, bytes: Uint8Array): string {
  const text = decoder.decode(bytes);
  return decoder.encoding === 'windows-1252' ? windows1252Punctuation(text) : text;
}

/** ASCII exactly when UTF-8 needs one byte a character (a native count, faster than a pattern). */
function isAsciiText(text: string): boolean {
  return Buffer.byteLength(text, 'utf8') === text.length;
}

const DECODERS = new Map<string, TextDecoder | null>();

/** A decoder for a charset label (UTF-8 when none is given); null when the runtime does not know it. */
function decoderFor(label: string | undefined): TextDecoder | null {
  const key = (label ?? 'utf-8').toLowerCase();
  let decoder = DECODERS.get(key);
  if (decoder === undefined) {
    try {
      decoder = new TextDecoder(key);
    } catch {
      decoder = null;
    }
    if (DECODERS.size < 64) DECODERS.set(key, decoder);
  }
  return decoder;
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

/** Base64 to bytes; "=" ends a unit (some mailers pad every line), other non-alphabet characters are skipped. */
export function decodeBase64(text: string): Uint8Array {
  const units = text.replace(/[^A-Za-z0-9+/=]+/g, '').split(/=+/);
  if (units.length <= 2) return Buffer.from(units[0] ?? '', 'base64');
  return Buffer.concat(units.map((unit) => Buffer.from(unit, 'base64')));
}

/** After "=" and a blank at `from` - 1: the offset past the line end when only blanks come first, else -1. */
function softBreakEnd(buf: Uint8Array, from: number): number {
  let j = from;
  while (j < buf.length && (buf[j] === 0x20 || buf[j] === 0x09) && j - from < 80) j++;
  if (j === buf.length) return j;
  if (buf[j] === 0x0a) return j + 1;
  return buf[j] === 0x0d && buf[j + 1] === 0x0a ? j + 2 : -1;
}

/**
 * RFC 2045 quoted-printable to bytes, in one pass: "=XX" escapes, "=" at a line end joins the lines.
 * Undefined when the text is not 7-bit (it was decoded from 8-bit bytes we no longer have). The text is
 * copied to bytes natively, then each run between "=" signs is moved down in place (a per-character
 * loop over a long HTML part cost ~0.5 ms).
 */
export function decodeQuotedPrintable(text: string): Uint8Array | undefined {
  if (!isAsciiText(text)) return undefined;
  const buf = Buffer.from(text, 'latin1');
  const length = buf.length;
  let n = 0; // bytes written
  let i = 0; // next byte to read
  for (let eq = buf.indexOf(0x3d, 0); eq >= 0; eq = buf.indexOf(0x3d, i)) {
    if (n !== i) buf.copyWithin(n, i, eq);
    n += eq - i;
    if (eq + 1 === length) return buf.subarray(0, n); // a soft break that ends the text
    const next = buf[eq + 1] ?? -1;
    if (next === 0x0a || (next === 0x0d && buf[eq + 2] === 0x0a)) {
      i = eq + (next === 0x0d ? 3 : 2); // soft line break
      continue;
    }
    // "=" then blanks a mailer or a paste left at the line's end: still a soft break (RFC 2045 6.7 (3)).
    if (next === 0x20 || next === 0x09) {
      const end = softBreakEnd(buf, eq + 2);
      if (end >= 0) {
        i = end;
        continue;
      }
    }
    const hi = hexValue(next);
    const lo = hexValue(buf[eq + 2] ?? -1);
    if (hi < 0 || lo < 0) {
      buf[n++] = 0x3d;
      i = eq + 1;
      continue;
    }
    buf[n++] = (hi << 4) | lo;
    i = eq + 3;
  }
  if (n !== i) buf.copyWithin(n, i, length);
  return buf.subarray(0, n + (length - i));
}
