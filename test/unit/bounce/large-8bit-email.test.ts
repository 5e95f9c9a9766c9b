import { describe, expect, it } from 'vitest';
import { readBounceRecords } from '../../../src/diagnose/diagnose-bounce.js';

// A message the MIME parser must read (8-bit headers and a non-UTF-8 charset) is read up to its first
// 256 KiB: the bounce's own words come first, whatever follows them.
describe('a large 8-bit email in another charset', () => {
  it('is read from its head, the notice found however long the rest', async () => {
    const cp1251 = (text: string) => Buffer.from(text, 'latin1');
    const head = cp1251(
      'From: MAILER-DAEMON <mailer-daemon@example.org>\r\n' +
        'To: alice@example.org\r\n' +
        'Subject: Undelivered Mail\r\n' +
        'X-Name: \xcd\xe5 \xe4\xee\xf1\xf2\xe0\xe2\xeb\xe5\xed\xee\r\n' +
        'MIME-Version: 1.0\r\n' +
        'Content-Type: text/plain; charset=windows-1251\r\n' +
        'Content-Transfer-Encoding: 8bit\r\n\r\n' +
        '<bob@example.net>: host mx.example.net[192.0.2.25] said: 550 5.1.1 User unknown (in reply to RCPT TO command)\r\n',
    );
    const line = cp1251(
      '\xcd\xe5 \xe4\xee\xf1\xf2\xe0\xe2\xeb\xe5\xed\xee: a line of the rest of the text\r\n',
    );
    const email = Buffer.concat([head, ...Array<Buffer>(Math.ceil((2 << 20) / line.length)).fill(line)]);
    expect(email.length).toBeGreaterThan(2 << 20);
    const records = await readBounceRecords(email);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ recipient: 'bob@example.net', cause: 'user-unknown', replyCode: 550 });
  });
});
