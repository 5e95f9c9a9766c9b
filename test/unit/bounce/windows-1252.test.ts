import { describe, expect, it } from 'vitest';
import { decodePart } from '../../../src/bounce/email/decode-part.js';
import { readEmail } from '../../../src/bounce/email/read-email.js';
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

describe('windows-1252 text that only the full MIME parser reads (postal-mime)', () => {
  // format=flowed and an 8-bit top-level header send the email to postal-mime, which decodes with
  // TextDecoder as well.
  const email = (subject: string, contentType: string) =>
    [
      'From: Microsoft Outlook <postmaster@example.org>',
      'To: alice@example.com',
      `Subject: ${subject}`,
      'MIME-Version: 1.0',
      `Content-Type: ${contentType}`,
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'Your message to bob@example.org couldn=92t be delivered. =93bob=94 wasn=92t found.',
      '',
    ].join('\r\n');

  it('a flowed windows-1252 body keeps its punctuation', async () => {
    const view = await readEmail(
      email('Undeliverable: Quote', 'text/plain; charset=windows-1252; format=flowed'),
    );
    expect(view.body).toContain('couldn’t be delivered. “bob” wasn’t found.');
    expect(view.body).not.toMatch(/[\u0080-\u009f]/);
  });

  it('an encoded-word subject in windows-1252 keeps its punctuation', async () => {
    const view = await readEmail(
      email(
        '=?windows-1252?Q?Undeliverable:_=93Quote=94?=',
        'text/plain; charset=windows-1252; format=flowed',
      ),
    );
    expect(view.headers.get('subject')).toBe('Undeliverable: “Quote”');
  });
});
