import { describe, expect, it } from 'vitest';
import { decodePart } from '../../../src/bounce/email/decode-part.js';
import { windows1252Punctuation } from '../../../src/bounce/email/windows-1252.js';

const part = (charset: string, encoding: string) =>
  new Map([
    ['content-type', `text/plain; charset="${charset}"`],
    ['content-transfer-encoding', encoding],
  ]);

describe("windows-1252's punctuation (bytes 0x80-0x9F) survives decoding", () => {
  it.each(['windows-1252', 'iso-8859-1', 'us-ascii'])('quoted-printable labelled %s', (charset) => {
    expect(decodePart('couldn=92t =93quoted=94 =80 5 =96 ok', part(charset, 'quoted-printable'))).toBe(
      'couldn’t “quoted” € 5 – ok',
    );
  });

  it('base64 labelled windows-1252', () => {
    const body = Buffer.from([0x72, 0x65, 0x63, 0x69, 0x70, 0x69, 0x65, 0x6e, 0x74, 0x92, 0x73]).toString(
      'base64',
    );
    expect(decodePart(body, part('windows-1252', 'base64'))).toBe('recipient’s');
  });

  it('leaves text without C1 characters, and the five undefined bytes, as they are', () => {
    expect(windows1252Punctuation('plain ascii')).toBe('plain ascii');
    expect(windows1252Punctuation('\u0081\u008d\u008f\u0090\u009d')).toBe('\u0081\u008d\u008f\u0090\u009d');
  });
});
