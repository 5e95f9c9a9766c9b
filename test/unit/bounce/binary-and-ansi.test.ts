import { describe, expect, it } from 'vitest';
import { renderText } from '../../../adapters/console/render-text.js';
import { looksBinary } from '../../../src/bounce/binary-text.js';
import { diagnoseBounce, readBounceRecords } from '../../../src/diagnose/diagnose-bounce.js';

/** Pseudo-random bytes from a fixed seed, so a failure here is repeatable. */
function noise(length: number, seed: number): Buffer {
  const out = Buffer.alloc(length);
  let s = seed;
  for (let i = 0; i < length; i++) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    out[i] = s >>> 24;
  }
  return out;
}

describe('binary data is never read as a bounce', () => {
  it('random bytes holding reply-shaped pieces give no record (bulk reads them through readBounceRecords)', async () => {
    // A 1 MiB random file once held "-…226 " and was read as a deferral with reply 226.
    const bytes = Buffer.concat([
      noise(64 * 1024, 1),
      Buffer.from('\r-vr) 226 x\n550 5.1.1 <bob@example.org>: User unknown\n'),
      noise(64 * 1024, 2),
    ]);
    expect(await readBounceRecords(bytes)).toEqual([]);
    expect((await diagnoseBounce(bytes)).headline).toMatch(/binary/);
  });

  it('UTF-16 text without its byte order mark is binary to the reader', () => {
    const utf16 = Buffer.from('550 5.1.1 <bob@example.org>: User unknown', 'utf16le').toString('latin1');
    expect(looksBinary(utf16)).toBe(true);
  });
});

describe("a terminal's colour codes are not part of the paste", () => {
  it('a coloured reply is read as the reply it shows', async () => {
    const report = await diagnoseBounce('\x1b[1;31m550 5.1.1 User unknown\x1b[0m');
    expect(report.kind).toBe('bounce');
    expect(report.records[0]?.cause).toBe('user-unknown');
    expect(report.records[0]?.replyCode).toBe(550);
  });

  it('a `grep --color=always` log line read from a file keeps its recipient', async () => {
    const line = Buffer.from(
      'Dec  3 10:11:12 mx1 postfix/smtp[2000]: 4A1B2C3D4E: to=<\x1b[01;31m\x1b[Kbob@example.org\x1b[m\x1b[K>, relay=mx.example.org[198.51.100.4]:25, delay=3, dsn=5.1.1, status=bounced (host mx.example.org[198.51.100.4] said: 550 5.1.1 User unknown (in reply to RCPT TO command))\n',
    );
    const [record] = await readBounceRecords(line);
    expect(record?.recipient).toBe('bob@example.org');
    expect(record?.cause).toBe('user-unknown');
    expect(record?.diagnostic).not.toContain('\x1b');
  });
});

describe('no control character from a paste reaches the answer', () => {
  // C0 controls but tab and line feed, DEL and C1: what a terminal would act on.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
  const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

  it("an OSC title command in a DSN's reply is dropped from the record, its evidence and the text answer", async () => {
    const dsn = [
      'Final-Recipient: rfc822; bob@example.org',
      'Action: failed',
      'Status: 5.1.1',
      'Diagnostic-Code: smtp; 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown \x1b]0;owned\x07in virtual mailbox table \x1b]52;c;Y2xpcA==\x1b\\done',
      '',
    ].join('\n');
    const report = await diagnoseBounce(dsn);
    const record = report.records[0];
    expect(record?.cause).toBe('user-unknown');
    expect(record?.diagnostic).toBe(
      '550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual mailbox table done',
    );
    expect(JSON.stringify(record)).not.toMatch(/\\u001b|owned|Y2xpcA/);
    expect(renderText(report, { color: false })).not.toMatch(CONTROL);
  });

  it('a NUL decoded from quoted-printable "=00" and a lone ESC are shown as "?"', async () => {
    const email = [
      'From: MAILER-DAEMON@example.net',
      'To: alice@example.com',
      'Subject: Undelivered Mail Returned to Sender',
      'Content-Type: text/plain; charset=us-ascii',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      '<bob@example.org>: host mx.example.org[198.51.100.4] said: 550 5.1.1 User unkno=',
      'wn, see http://example.org/help?id=3D=00=1Bc42 (in reply to RCPT TO command)',
      '',
    ].join('\n');
    const [record] = (await diagnoseBounce(email)).records;
    expect(record?.cause).toBe('user-unknown');
    expect(record?.diagnostic).toContain('help?id=??c42');
    expect(JSON.stringify(record)).not.toMatch(/\\u00(?:0|1)/);
  });
});
