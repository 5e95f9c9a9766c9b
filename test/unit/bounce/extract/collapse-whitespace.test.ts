import { describe, expect, it } from 'vitest';
import { collapseSpace, collapseWhitespace } from '../../../../src/bounce/extract/smtp-reply.js';
import { realTexts } from './sample-texts.js';

// Every character \s matches, so the fast path is checked against the regex it stands in for.
const SPACES = [...Array(0x10000).keys()].map((c) => String.fromCharCode(c)).filter((ch) => /\s/.test(ch));

describe('collapseWhitespace', () => {
  it('knows every whitespace character \\s knows', () => {
    for (const ch of SPACES) {
      expect(collapseWhitespace(`a${ch}b`)).toBe('a b');
      expect(collapseWhitespace(`a ${ch}b`)).toBe('a b');
    }
  });

  it('returns a text with single spaces only as it is', () => {
    const text = '550 5.1.1 <bob@example.org>: Recipient address rejected';
    expect(collapseWhitespace(text)).toBe(text);
    expect(collapseSpace(` ${text} `)).toBe(text);
  });

  it('gives what /\\s+/g gives on mixed texts', () => {
    const pieces = ['550', ' ', '  ', '\t', '\r\n', 'user', '\u00a0', '\u3000', 'é', '-', '\u2028'];
    let seed = 7;
    for (let n = 0; n < 2000; n++) {
      let text = '';
      for (let k = 0; k < 12; k++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        text += pieces[seed % pieces.length];
      }
      expect(collapseWhitespace(text)).toBe(text.replace(/\s+/g, ' '));
      expect(collapseSpace(text)).toBe(text.replace(/\s+/g, ' ').trim());
    }
  });

  it('gives what /\\s+/g gives on real bounces and their lines', () => {
    for (const text of realTexts()) expect(collapseWhitespace(text)).toBe(text.replace(/\s+/g, ' '));
  });
});
