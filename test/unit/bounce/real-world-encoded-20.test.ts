import { TextDecoder } from 'node:util';
import { describe, expect, it } from 'vitest';
import { type Cte, encodedWord, encodeJa, type JaCharset, transferEncode } from './real-world-cases-20.js';

/**
 * Round 20 builds its Japanese bodies with encoders read off the runtime's own decoders: each must give
 * back the text it encodes, through every transfer encoding, or a fixture would lie about its bytes.
 */
const TEXT =
  'このメールは「m-FILTER」が自動的に発行しています。\n宛先: bob@example.jp\n配送期限切れ (5.4.7) ＝ 容量超過';

function undo(encoded: string[], cte: Cte): Buffer {
  const text = encoded.join('\n');
  if (cte === 'base64') return Buffer.from(text, 'base64');
  if (cte === '7bit') return Buffer.from(text, 'latin1');
  const joined = text.replace(/=\n/g, '');
  return Buffer.from(
    joined.replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
    'latin1',
  );
}

describe("round 20's Japanese encoders give back their text", () => {
  const charsets: JaCharset[] = ['ISO-2022-JP', 'Shift_JIS', 'UTF-8'];
  const ctes: Cte[] = ['7bit', 'base64', 'quoted-printable'];
  for (const charset of charsets)
    for (const cte of ctes) {
      if (cte === '7bit' && charset !== 'ISO-2022-JP') continue; // 8-bit charsets need a transfer encoding
      it(`${charset} in ${cte}`, () => {
        const encoded = transferEncode(encodeJa(TEXT, charset), cte);
        // 7-bit only (ISO-2022-JP's escape byte aside), and short lines where the encoding wraps them.
        const sevenBit = (line: string) => [...line].every((c) => c === '\u001b' || (c >= ' ' && c <= '~'));
        expect(encoded.every(sevenBit)).toBe(true);
        if (cte !== '7bit') expect(encoded.every((line) => line.length <= 76)).toBe(true);
        expect(new TextDecoder(charset).decode(undo(encoded, cte))).toBe(TEXT);
      });
    }
  it('encoded words', () => {
    for (const charset of charsets) {
      const b64 = encodedWord('配送不能通知', charset).split('?')[3] ?? '';
      expect(new TextDecoder(charset).decode(Buffer.from(b64, 'base64'))).toBe('配送不能通知');
    }
  });
});
