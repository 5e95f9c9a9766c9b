import { describe, expect, it } from 'vitest';
import { diagnoseBounce, readBounceRecords } from '../../../src/diagnose/diagnose-bounce.js';
import type { BounceRecord } from '../../../src/report/types.js';

/** A recipient domain one keystroke from a common mail domain: say so, and suggest the likely address. */

async function only(input: string): Promise<BounceRecord> {
  const records = await readBounceRecords(input);
  expect(records).toHaveLength(1);
  return records[0] as BounceRecord;
}

const POSTFIX_DSN_GMIAL = [
  'From: MAILER-DAEMON@mail.example.com (Mail Delivery System)',
  'To: alice@example.com',
  'Subject: Undelivered Mail Returned to Sender',
  'MIME-Version: 1.0',
  'Content-Type: multipart/report; report-type=delivery-status; boundary="B1"',
  '',
  '--B1',
  'Content-Type: text/plain; charset=us-ascii',
  '',
  'This is the mail system at host mail.example.com.',
  '',
  '<bob@gmial.com>: Host or domain name not found. Name service error for',
  '    name=gmial.com type=AAAA: Host not found',
  '',
  '--B1',
  'Content-Type: message/delivery-status',
  '',
  'Reporting-MTA: dns; mail.example.com',
  'X-Postfix-Sender: rfc822; alice@example.com',
  '',
  'Final-Recipient: rfc822; bob@gmial.com',
  'Action: failed',
  'Status: 5.4.4',
  'Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error',
  '    for name=gmial.com type=AAAA: Host not found',
  '',
  '--B1--',
  '',
].join('\n');

describe('typo in the recipient domain', () => {
  it.each([
    [
      'bob@gmial.com, Postfix DSN (host not found)',
      POSTFIX_DSN_GMIAL,
      { recipient: 'bob@gmial.com', suggestion: 'bob@gmail.com', status: '5.4.4', form: 'dsn' },
    ],
    [
      'bob@gmial.com, Postfix log line',
      'Apr 25 10:00:00 mail postfix/smtp[4242]: 4VN0a1b2c3: to=<bob@gmial.com>, relay=none, delay=0.1, delays=0.1/0/0/0, dsn=5.4.4, status=bounced (Host or domain name not found. Name service error for name=gmial.com type=AAAA: Host not found)',
      { recipient: 'bob@gmial.com', suggestion: 'bob@gmail.com', form: 'mta-log' },
    ],
    [
      'x@exmaple.com, 5.1.2 Domain not found',
      '550 5.1.2 <x@exmaple.com>: Recipient address rejected: Domain not found',
      { recipient: 'x@exmaple.com', suggestion: 'x@example.com', replyCode: 550, status: '5.1.2' },
    ],
    [
      'x@exmaple.com, Sendmail Host unknown',
      '554 5.1.2 <x@exmaple.com>... Host unknown (Name server: exmaple.com: host not found)',
      { recipient: 'x@exmaple.com', suggestion: 'x@example.com', replyCode: 554, status: '5.1.2' },
    ],
    [
      'y@hotmial.com, 5.1.2 Bad destination system address',
      '550 5.1.2 Bad destination system address <y@hotmial.com>',
      { recipient: 'y@hotmial.com', suggestion: 'y@hotmail.com', status: '5.1.2' },
    ],
    [
      'y@hotmial.com, Exim Unrouteable address',
      [
        'This message was created automatically by mail delivery software.',
        '',
        'A message that you sent could not be delivered to one or more of its',
        'recipients. This is a permanent error. The following address(es) failed:',
        '',
        '  y@hotmial.com',
        '    Unrouteable address',
      ].join('\n'),
      { recipient: 'y@hotmial.com', suggestion: 'y@hotmail.com' },
    ],
  ] as const)('%s', async (_name, input, expected) => {
    const r = await only(input);
    expect(r).toMatchObject({ ...expected, cause: 'recipient-domain-typo', reason: 'hostunknown' });
    expect(r.side).toBe('sender');
    expect(r.title).toContain(expected.suggestion);
    expect(r.steps.join('\n')).toContain(expected.suggestion);
  });

  it('a user-unknown reply at a mistyped domain is still the typo', async () => {
    const r = await only('550 5.1.1 <bob@gmial.com>: Recipient address rejected: User unknown');
    expect(r).toMatchObject({ cause: 'recipient-domain-typo', suggestion: 'bob@gmail.com' });
  });

  it('the headline of the report names the likely address', async () => {
    const report = await diagnoseBounce(
      '550 5.1.2 <x@exmaple.com>: Recipient address rejected: Domain not found',
    );
    expect(report.kind).toBe('bounce');
    expect(report.headline).toContain('x@example.com');
  });
});

describe('no typo where there is none', () => {
  it.each([
    ['550 5.1.1 <bob@gmail.com>: User unknown', 'user-unknown'],
    ['550 5.1.1 <kate@yahoo.de>: User unknown', 'user-unknown'],
    ['550 5.1.1 <kate@gmx.at>: User unknown', 'user-unknown'],
    ['550 5.1.1 <kate@outlook.de>: User unknown', 'user-unknown'],
    ['550 5.1.1 <kate@live.fr>: User unknown', 'user-unknown'],
    ['550 5.1.2 <ann@example-shop.de>: Recipient address rejected: Domain not found', 'domain-not-found'],
  ])('%s', async (input, cause) => {
    const r = await only(input);
    expect(r.cause).toBe(cause);
    expect(r.suggestion).toBeNull();
  });

  it('a blocklist reply stays a blocklist reply whatever the recipient domain', async () => {
    const r = await only(
      '554 5.7.1 <bob@gmial.com>: Client host [203.0.113.7] blocked using zen.spamhaus.org',
    );
    expect(r.cause).toBe('ip-blocklisted');
  });
});

describe('a real domain is never corrected', () => {
  it.each([
    'bob@mail.com',
    'bob@hotmail.de',
    'bob@yahoo.de',
    'bob@example.fr',
    'bob@live.fr',
    'bob@gmx.at',
    'bob@outlook.de',
    'bob@email.com',
    'bob@inbox.ru',
  ])('%s', async (address) => {
    const r = await only(`550 5.1.1 <${address}>: Recipient address rejected: User unknown`);
    expect(r.recipient).toBe(address);
    expect(r.suggestion).toBeNull();
  });

  it.each([
    ['bob@gmail.con', 'bob@gmail.com'],
    ['bob@hotmial.de', 'bob@hotmail.de'],
    ['bob@exmaple.com', 'bob@example.com'],
    ['bob@yaho.fr', 'bob@yahoo.fr'],
  ])('a slip is still caught: %s', async (address, suggested) => {
    const r = await only(`550 5.1.1 <${address}>: Recipient address rejected: User unknown`);
    expect(r.suggestion).toBe(suggested);
  });
});

describe('a domain with letters of another alphabet that look Latin', () => {
  const notFound = (address: string) =>
    `<${address}>: Host or domain name not found. Name service error for name=${address.split('@')[1]} type=MX: Host not found`;

  it('suggests the Latin domain and names the look-alike letter (Cyrillic а typed for a)', async () => {
    const record = await only(notFound('bob@gm\u0430il.com'));
    expect(record.cause).toBe('recipient-domain-typo');
    expect(record.suggestion).toBe('bob@gmail.com');
    expect(record.steps.join('\n')).toContain('“\u0430” (U+0430, Cyrillic) where “a” belongs');
    // The command takes the domain's ASCII form, which dig needs.
    expect(record.steps.join('\n')).toContain('`dig +short MX xn--gmil-63d.com`');
  });

  it('reads the ASCII form of such a domain (xn--…) the same way', async () => {
    const record = await only(notFound('bob@xn--gmil-63d.com'));
    expect(record.suggestion).toBe('bob@gmail.com');
    expect(record.steps.join('\n')).toContain('U+0430, Cyrillic');
  });

  it('adds no look-alike step to an ordinary typo', async () => {
    const record = await only(notFound('bob@gmial.com'));
    expect(record.suggestion).toBe('bob@gmail.com');
    expect(record.steps.join('\n')).not.toContain('another alphabet');
  });

  it('leaves a real internationalised domain alone', async () => {
    const record = await only(notFound('bob@bücher.example'));
    expect(record.suggestion).toBeNull();
    expect(record.cause).toBe('domain-not-found');
  });
});
