import { describe, expect, it } from 'vitest';
import { asMbox, mboxMessages } from '../../../src/bounce/email/mbox.js';
import { withFiles } from '../../../src/commands/with-files.js';
import { diagnoseBounce } from '../../../src/diagnose/diagnose-bounce.js';

/** A Postfix DSN for one recipient, as a saved .eml. */
function dsn(rcpt: string, status: string, reply: string): string {
  return [
    'From: MAILER-DAEMON@mail.example.com (Mail Delivery System)',
    'To: alice@example.com',
    'Subject: Undelivered Mail Returned to Sender',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="B1"',
    '',
    '--B1',
    'Content-Type: text/plain',
    '',
    `<${rcpt}>: host mx.example.net[192.0.2.25] said: ${reply}`,
    '',
    '--B1',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mail.example.com',
    '',
    `Final-Recipient: rfc822; ${rcpt}`,
    'Action: failed',
    `Status: ${status}`,
    `Diagnostic-Code: smtp; ${reply}`,
    '',
    '--B1--',
    '',
  ].join('\n');
}

const read = async (text: string) => ({ ok: true as const, text });

describe('several emails shared at once', () => {
  it('each is read as the email it is, not the first with the others as its body', async () => {
    const files = [
      dsn('ada@example.net', '5.1.1', '550 5.1.1 <ada@example.net>: User unknown'),
      dsn('bo@example.org', '5.2.2', '552 5.2.2 <bo@example.org>: Mailbox full'),
      dsn(
        'cy@example.com',
        '5.7.1',
        '554 5.7.1 Service unavailable; Client host [192.0.2.9] blocked using zen.spamhaus.org',
      ),
    ];
    const joined = await withFiles('three from this morning', files, read);
    if (!joined.ok) throw new Error('not joined');
    const report = await diagnoseBounce(joined.text);
    expect(report.records.map((r) => [r.recipient, r.cause])).toEqual([
      ['ada@example.net', 'user-unknown'],
      ['bo@example.org', 'mailbox-full'],
      ['cy@example.com', 'ip-blocklisted'],
    ]);
  });

  it('one email with a log file keeps the one-text reading', async () => {
    const eml = dsn('ada@example.net', '5.1.1', '550 5.1.1 <ada@example.net>: User unknown');
    const joined = await withFiles('', [eml, 'a log line'], read);
    expect(joined).toEqual({ ok: true, text: `${eml}\n\na log line` });
  });

  it('a pasted mbox is read message by message', async () => {
    const mbox = [
      'From MAILER-DAEMON Thu Jun  4 10:00:00 2026',
      dsn('ada@example.net', '5.1.1', '550 5.1.1 <ada@example.net>: User unknown'),
      'From MAILER-DAEMON Thu Jun  4 10:05:00 2026',
      dsn('bo@example.org', '5.2.2', '552 5.2.2 <bo@example.org>: Mailbox full'),
    ].join('\n');
    const report = await diagnoseBounce(mbox);
    expect(report.records.map((r) => r.recipient)).toEqual(['ada@example.net', 'bo@example.org']);
  });

  it('asMbox quotes body lines that read as envelopes, and the splitter gives the texts back', () => {
    const texts = [
      'Subject: a\n\nFrom MAILER-DAEMON Thu Jun  4 10:00:00 2026\n>From quoted\nend\n',
      'Subject: b\n\nFrom what I can see it bounced\n',
    ];
    const parts = mboxMessages(Buffer.from(asMbox(texts)), 1 << 20);
    expect(parts?.map((p) => p?.toString())).toEqual(texts);
  });
});
