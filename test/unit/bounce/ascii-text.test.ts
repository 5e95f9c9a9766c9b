import { describe, expect, it } from 'vitest';
import { asciiText } from '../../../src/bounce/email/read-email.js';

/** The byte-level reading: ASCII without an ISO-2022-JP escape (ESC $ B or ESC $ @) reads as itself. */
function reference(bytes: Uint8Array): string | undefined {
  if (bytes.some((b) => b > 0x7f)) return undefined;
  for (let i = 0; i + 2 < bytes.length; i++) {
    if (bytes[i] === 0x1b && bytes[i + 1] === 0x24 && (bytes[i + 2] === 0x42 || bytes[i + 2] === 0x40))
      return undefined;
  }
  return Buffer.from(bytes).toString('latin1');
}

describe('asciiText', () => {
  it('passes ASCII on as text, not 8-bit or ISO-2022-JP bytes', () => {
    expect(asciiText(Buffer.from('550 user unknown'))).toBe('550 user unknown');
    expect(asciiText(Buffer.from('caf\u00e9'))).toBeUndefined();
    expect(asciiText(Buffer.from('x\x1b$B$3\x1b(B'))).toBeUndefined();
    expect(asciiText(Buffer.from('x\x1b$('))).toBe('x\x1b$(');
  });

  it('agrees with the byte-level reading on random bytes', () => {
    const alphabet = [0x1b, 0x24, 0x42, 0x40, 0x28, 0x61, 0x0a, 0x80, 0xe9];
    let seed = 13;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor((seed / 2147483648) * n);
    };
    for (let n = 0; n < 5000; n++) {
      const bytes = new Uint8Array(random(12));
      for (let i = 0; i < bytes.length; i++) bytes[i] = alphabet[random(alphabet.length - (n % 2) * 2)] ?? 0;
      expect(asciiText(bytes), JSON.stringify([...bytes])).toBe(reference(bytes));
    }
  });
});
