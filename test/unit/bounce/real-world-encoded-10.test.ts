import { TextDecoder } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ENCODED_10, type EncodedBody } from './real-world-encoded-10.js';

/** Bytes of one body as the MIME layer sees them before the charset is applied. */
function bytesOf(e: EncodedBody): Buffer {
  const text = e.body.join('\n');
  if (e.encoding === 'base64') return Buffer.from(text, 'base64');
  if (e.encoding === 'encoded-word') return Buffer.from(text.split('?')[3] ?? '', 'base64');
  if (e.encoding === '7bit') return Buffer.from(`${text}\n`, 'latin1');
  const unfolded = text.replace(/=\n/g, '');
  return Buffer.from(
    unfolded.replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
    'latin1',
  );
}

// Node 20's TextDecoder reads windows-1252 as ISO-8859-1 (0x80-0x9F become C1 controls): the test maps
// those 27 bytes itself, as the WHATWG Encoding table does, so the check does not share the runtime's bug.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decode(charset: string, bytes: Buffer): string {
  if (charset.toLowerCase() !== 'windows-1252') return new TextDecoder(charset).decode(bytes);
  return [...bytes]
    .map((b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b)))
    .join('');
}

describe("round 10's encoded bodies decode to the text they claim", () => {
  it.each(Object.entries(ENCODED_10))('%s', (_name, e) => {
    const plain = e.encoding === 'quoted-printable' ? e.plain.replace(/\n$/, '') : e.plain;
    expect(decode(e.charset, bytesOf(e))).toBe(plain);
  });
});
