import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { decodeBase64, decodePart, decodeQuotedPrintable } from '../../../src/bounce/email/decode-part.js';
import { readEmail } from '../../../src/bounce/email/read-email.js';
import { windows1252Punctuation } from '../../../src/bounce/email/windows-1252.js';

const headers = (type: string, encoding: string) =>
  new Map([
    ['content-type', type],
    ['content-transfer-encoding', encoding],
  ]);

/** postal-mime's reading of a single-part email: the reference our fast path must agree with. */
async function postalText(type: string, encoding: string, body: string): Promise<string> {
  const email = await PostalMime.parse(
    `Content-Type: ${type}\r\nContent-Transfer-Encoding: ${encoding}\r\n\r\n${body}`,
  );
  return email.text ?? '';
}

describe('decodePart', () => {
  const cases: [string, string, string][] = [
    ['text/plain; charset=utf-8', 'quoted-printable', 'User unknown =E2=80=94 mailbox=\r\n full=3D yes\r\n'],
    ['text/plain; charset="iso-8859-1"', 'quoted-printable', 'Adresse inconnue: r=E9essayez plus tard\r\n'],
    ['text/plain; charset=windows-1252', 'quoted-printable', 'Soft=\r\nbreak and =93quotes=94, =ZZ kept\r\n'],
    ['text/plain; charset=UTF-8', 'base64', Buffer.from('550 5.1.1 ユーザー不明\r\n').toString('base64')],
    [
      'text/plain; charset=iso-8859-1',
      'base64',
      Buffer.from('Empfänger unzustellbar\n', 'latin1').toString('base64'),
    ],
    ['text/plain; charset=shift_jis', 'base64', 'g2WDWINn\r\n'],
  ];
  it.each(cases)('reads %s %s as postal-mime does', async (type, encoding, body) => {
    const ours = decodePart(body, headers(type, encoding));
    // postal-mime shares Node 20's TextDecoder, which gives windows-1252's =93 =94 as C1 controls; ours gives “ ”.
    const theirs = windows1252Punctuation(await postalText(type, encoding, body));
    expect(ours?.trimEnd()).toBe(theirs.trimEnd());
  });

  it('leaves unencoded parts as they are', () => {
    expect(decodePart('=E9 stays', headers('text/plain; charset=iso-8859-1', '7bit'))).toBe('=E9 stays');
    expect(decodePart('plain', new Map())).toBe('plain');
  });

  it('hands charsets it does not know and flowed text to the MIME parser', () => {
    expect(
      decodePart('K0FHRS0-', headers('text/plain; charset=unicode-1-1-utf-7', 'base64')),
    ).toBeUndefined();
    expect(
      decodePart('a=\r\nb', headers('text/plain; charset=utf-8; format=flowed', 'quoted-printable')),
    ).toBe(undefined);
  });

  it('decodes base64 padded on every line, and skips what is not base64', () => {
    const padded = `${Buffer.from('ab').toString('base64')}\r\n${Buffer.from('cd').toString('base64')}`;
    expect(Buffer.from(decodeBase64(padded)).toString()).toBe('abcd');
    expect(Buffer.from(decodeBase64('aGVs!!bG8=')).toString()).toBe('hello');
  });

  it('refuses quoted-printable that is not 7-bit', () => {
    expect(decodeQuotedPrintable('caf\u00e9=20')).toBeUndefined();
    expect(Buffer.from(decodeQuotedPrintable('a=3Db=\nc=') ?? []).toString()).toBe('a=bc');
  });

  it('decodes quoted-printable byte for byte as RFC 2045 reads it, whatever the mix of escapes', () => {
    // The reading spelled out one character at a time: the reference for the in-place decoder.
    const reference = (text: string): number[] | undefined => {
      const out: number[] = [];
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c > 0x7f) return undefined;
        if (c !== 0x3d) {
          out.push(c);
          continue;
        }
        if (i + 1 === text.length) break;
        const rest = text.slice(i + 1, i + 3);
        if (rest.startsWith('\n') || rest === '\r\n') {
          i += rest.startsWith('\n') ? 1 : 2;
          continue;
        }
        // "=" and trailing blanks before the line end (or the text's end) are a soft break too.
        const blanks = /^[ \t]{1,80}(?=\r\n|\n|$)/.exec(text.slice(i + 1));
        if (blanks) {
          const after = i + 1 + blanks[0].length;
          if (after === text.length) break;
          i = after + (text[after] === '\r' ? 1 : 0);
          continue;
        }
        if (/^[0-9A-Fa-f]{2}$/.test(rest)) {
          out.push(Number.parseInt(rest, 16));
          i += 2;
        } else out.push(c);
      }
      return out;
    };
    const alphabet = ['=', '=', '\r', '\n', '3', 'D', 'e', 'F', 'g', 'z', ' ', '0'];
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let n = 0; n < 2000; n++) {
      const text = Array.from({ length: Math.floor(random() * 24) }, () =>
        random() < 0.01 ? '\u00e9' : alphabet[Math.floor(random() * alphabet.length)],
      ).join('');
      const ours = decodeQuotedPrintable(text);
      expect(ours === undefined ? undefined : [...ours], JSON.stringify(text)).toEqual(reference(text));
    }
  });
});

describe('readEmail with encoded parts', () => {
  const boundary = 'b1';
  const alt = 'b2';
  const email = [
    'From: MAILER-DAEMON@example.org',
    'To: sender@example.com',
    'Subject: Undelivered Mail',
    `Content-Type: multipart/report; report-type=delivery-status; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    `Content-Type: multipart/alternative; boundary="${alt}"`,
    '',
    `--${alt}`,
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    '',
    Buffer.from('Delivery to kijitora@example.net failed: 550 5.1.1 user unknown\n').toString('base64'),
    `--${alt}`,
    'Content-Type: text/html; charset=utf-8',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    '<p>HTML twin =E2=80=94 not read</p>',
    `--${alt}--`,
    `--${boundary}`,
    'Content-Type: message/delivery-status',
    '',
    'Final-Recipient: rfc822; kijitora@example.net',
    'Status: 5.1.1',
    `--${boundary}--`,
    '',
  ].join('\r\n');

  it('decodes the text part and reads the plain twin of an alternative, not the HTML', async () => {
    const view = await readEmail(Buffer.from(email));
    expect(view.body).toContain('550 5.1.1 user unknown');
    expect(view.body).toContain('Final-Recipient: rfc822; kijitora@example.net');
    expect(view.body).not.toContain('HTML twin');
    expect(view.headers.get('subject')).toBe('Undelivered Mail');
  });

  it('falls back to postal-mime for a charset it cannot decode, with the same text', async () => {
    const utf7 = email.replace('text/plain; charset=utf-8', 'text/plain; charset=unicode-1-1-utf-7');
    const view = await readEmail(Buffer.from(utf7));
    expect(view.body).toContain('Final-Recipient: rfc822; kijitora@example.net');
  });
});

describe('readEmail with 8-bit parts in another charset', () => {
  /** A multipart bounce whose text part is raw 8-bit bytes in `charset`. */
  const bounce = (charset: string, text: Buffer, subject = 'Returned Mail') =>
    Buffer.concat([
      Buffer.from(
        [
          'From: Postmaster@example.jp',
          `Subject: ${subject}`,
          'Content-Type: multipart/mixed; boundary="==_b"',
          '',
          '--==_b',
          `Content-Type: text/plain; charset="${charset}"`,
          'Content-Transfer-Encoding: 7bit',
          '',
          '',
        ].join('\r\n'),
        'utf8',
      ),
      text,
      Buffer.from('\r\nThe user(s) account is disabled.\r\n\r\n--==_b--\r\n'),
    ]);
  const cases: [string, string, Buffer][] = [
    // EUC-JP bytes labelled ISO-2022-JP, as EZweb sends them: both readings give replacement characters.
    ['iso-2022-jp', 'EUC-JP labelled ISO-2022-JP', Buffer.from('a4b3a4cee5bd', 'hex')],
    ['shift_jis', 'Shift_JIS', Buffer.from('83658358836790a1', 'hex')],
    ['iso-8859-1', 'Latin-1', Buffer.from('Empf\u00e4nger unzustellbar', 'latin1')],
    ['euc-kr', 'EUC-KR', Buffer.from('c7d1b1b9', 'hex')],
  ];
  it.each(cases)('decodes a %s part (%s) as postal-mime does', async (charset, _name, text) => {
    const raw = bounce(charset, text);
    const ours = await readEmail(raw);
    const reference = await PostalMime.parse(raw);
    expect(ours.body.trimEnd()).toBe((reference.text ?? '').trimEnd());
    expect(ours.body).toContain('account is disabled');
    expect(ours.headers.get('subject')).toBe('Returned Mail');
  });

  it('leaves 8-bit top-level headers to postal-mime (read as UTF-8)', async () => {
    const raw = bounce('shift_jis', Buffer.from('83658358836790a1', 'hex'), 'R\u00fcckl\u00e4ufer');
    expect((await readEmail(raw)).headers.get('subject')).toBe('R\u00fcckl\u00e4ufer');
  });
});
