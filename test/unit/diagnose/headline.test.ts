import { describe, expect, it } from 'vitest';
import { diagnoseBounce } from '../../../src/diagnose/diagnose-bounce.js';
import { headlineFor, lastingWords } from '../../../src/diagnose/headline.js';
import { AUTO_REPLY, COMPLAINT, DELIVERED_DSN, READ_RECEIPT } from './not-failure-samples.js';

describe('the headline of an outcome that is not a failure', () => {
  it.each([
    ['a delivery report', DELIVERED_DSN, 'delivered'],
    ['a read receipt', READ_RECEIPT, 'read-receipt'],
    ['an out-of-office reply', AUTO_REPLY, 'auto-reply'],
  ])('%s says it was delivered and nothing needs fixing', async (_name, input, cause) => {
    const report = await diagnoseBounce(input);
    expect(report.records[0]?.cause).toBe(cause);
    expect(report.headline).toMatch(/ · delivered · nothing needs fixing$/);
    expect(report.headline).not.toMatch(/temporary|permanent|may need to act/);
  });

  it('a complaint report says it was delivered, and keeps that the sender must act', async () => {
    const report = await diagnoseBounce(COMPLAINT);
    expect(report.records[0]?.cause).toBe('feedback-report');
    expect(report.headline).toMatch(/ · delivered · your side must act$/);
    expect(report.headline).not.toMatch(/temporary|nothing needs fixing/);
  });

  it('a failure keeps its permanence and side', async () => {
    const report = await diagnoseBounce(
      '550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown',
    );
    expect(report.headline).toMatch(/ · permanent · /);
    expect(report.headline).not.toMatch(/delivered/);
  });
});

/** A delivery status report with one block per recipient, as an MTA sends it (RFC 3464). */
function statusReport(...recipients: string[][]): string {
  return [
    'From: MAILER-DAEMON@mx.example.org (Mail Delivery System)',
    'Subject: Delivery Status Notification',
    'To: alice@example.com',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="B0UND"',
    '',
    '--B0UND',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    'This is the mail system at host mx.example.org.',
    '',
    '--B0UND',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.example.org',
    '',
    ...recipients.flatMap((fields) => [...fields, '']),
    '--B0UND--',
    '',
  ].join('\r\n');
}

const DELIVERED = ['Final-Recipient: rfc822; bob@example.org', 'Action: delivered', 'Status: 2.0.0'];
const RELAYED = [
  'Final-Recipient: rfc822; carol@example.org',
  'Action: relayed',
  'Status: 2.0.0',
  'Remote-MTA: dns; legacy.example.net',
];
// RFC 3464 "expanded": delivered to a list that sent it on; MTAs often give it no status.
const EXPANDED = ['Final-Recipient: rfc822; team@example.org', 'Action: expanded'];
const UNKNOWN_USER = [
  'Final-Recipient: rfc822; dan@example.org',
  'Action: failed',
  'Status: 5.1.1',
  'Diagnostic-Code: smtp; 550 5.1.1 <dan@example.org>: Recipient address rejected: User unknown',
];
const FULL_MAILBOX = [
  'Final-Recipient: rfc822; erin@example.org',
  'Action: failed',
  'Status: 5.2.2',
  'Diagnostic-Code: smtp; 552 5.2.2 <erin@example.org>: Mailbox full',
];

describe('the headline of several recipients', () => {
  it('delivered, relayed and expanded recipients: delivered, none failed', async () => {
    const report = await diagnoseBounce(statusReport(DELIVERED, RELAYED, EXPANDED));
    expect(report.records.map((r) => r.cause)).toEqual(['delivered', 'delivered', 'delivered']);
    expect(report.headline).toBe(
      'Not an error: the message was delivered — 3 recipients · delivered · nothing needs fixing',
    );
  });

  it('one failure among deliveries is counted as one of them', async () => {
    const report = await diagnoseBounce(statusReport(DELIVERED, UNKNOWN_USER, RELAYED));
    expect(report.headline).toMatch(
      /^Rejected: .+ \(dan@example\.org\) — 1 of 3 recipients, 2 delivered · permanent · your side must act$/,
    );
  });

  it('failures for several reasons among deliveries: only the failures are counted as failed', async () => {
    const report = await diagnoseBounce(statusReport(DELIVERED, UNKNOWN_USER, FULL_MAILBOX));
    expect(report.headline).toMatch(
      /^2 of 3 recipients failed for 2 different reasons, 1 delivered; first: Rejected: .+ \(dan@example\.org\)$/,
    );
  });

  it('failures only keep the count of reasons', async () => {
    const report = await diagnoseBounce(statusReport(UNKNOWN_USER, FULL_MAILBOX));
    expect(report.headline).toMatch(/^2 recipients failed for 2 different reasons; first: Rejected: /);
  });

  it('outcomes of several kinds, none a failure, say none failed', async () => {
    const records = await Promise.all(
      [DELIVERED_DSN, READ_RECEIPT, AUTO_REPLY].map(async (input) => (await diagnoseBounce(input)).records),
    );
    const headline = headlineFor(records.flat());
    expect(headline).toMatch(/^None of the 3 recipients failed \(3 kinds of report\); first: Not an error: /);
    expect(headline).toMatch(/ · delivered · nothing needs fixing$/);
    expect(headline).not.toMatch(/failed for/);
  });

  it('a complaint among them keeps that the sender must act', async () => {
    const records = await Promise.all(
      [DELIVERED_DSN, COMPLAINT].map(async (input) => (await diagnoseBounce(input)).records),
    );
    expect(headlineFor(records.flat())).toMatch(
      /^None of the 2 recipients failed .+ · delivered · your side must act$/,
    );
  });
});

describe('the title of a delivery the queue gave up on', () => {
  const greylistedTillExpiry = [
    'Final-Recipient: rfc822; fay@example.org',
    'Action: failed',
    'Status: 4.2.0',
    'Diagnostic-Code: smtp; 450 4.2.0 <fay@example.org>: Recipient address rejected: Greylisted, see https://postgrey.schweikert.ch/help/example.org.html',
  ];

  it('names the deferral it gave up after', async () => {
    const [record] = (await diagnoseBounce(statusReport(greylistedTillExpiry))).records;
    expect(record?.cause).toBe('delivery-expired');
    expect(record?.permanent).toBe(true);
    expect(record?.title).toMatch(/ \(every attempt was deferred: greylisting\)$/);
    expect(record?.evidence).toContain('gave up after greylisting');
  });

  it('a deferral still being retried, or a cause that is no deferral, gets no such words', async () => {
    const delayed = greylistedTillExpiry.map((l) => l.replace('Action: failed', 'Action: delayed'));
    const [stillTrying] = (await diagnoseBounce(statusReport(delayed))).records;
    expect(stillTrying?.cause).toBe('greylisted');
    const [unknown] = (await diagnoseBounce(statusReport(UNKNOWN_USER))).records;
    for (const r of [stillTrying, unknown]) expect(r?.title).not.toMatch(/every attempt was deferred/);
  });
});

describe('how long a failure lasts, in words', () => {
  it('says "will retry" only where a sending server queues the message', async () => {
    const words = async (text: string) => {
      const [record] = (await diagnoseBounce(text)).records;
      return record ? lastingWords(record) : undefined;
    };
    expect(await words('450 4.2.0 <bob@example.org>: Recipient address rejected: Greylisted')).toBe(
      'temporary (will retry)',
    );
    expect(await words('550 5.1.1 <bob@example.org>: User unknown')).toBe('permanent');
    // A test tool's timeout and a typed session: nothing queues them.
    expect(
      await words(
        '=== Trying mx.example.org:25...\n*** Error connecting to mx.example.org:25:\n***\tIO::Socket::INET6: connect: timeout',
      ),
    ).toBe('temporary');
    const swaks = [
      '=== Trying mx.example.org:25...',
      '<-  220 mx.example.org ESMTP',
      ' -> RCPT TO:<bob@example.org>',
      '<** 450 4.2.0 <bob@example.org>: Recipient address rejected: Greylisted',
    ].join('\n');
    expect(await words(swaks)).toBe('temporary');
  });

  it('says so where the receiver says its retries are in vain (Yahoo TSS09)', async () => {
    const [record] = (
      await diagnoseBounce(
        '421 4.7.0 [TSS09] All messages from 203.0.113.7 will be permanently deferred; Retrying will NOT succeed. See https://postmaster.yahooinc.com/error-codes',
      )
    ).records;
    expect(record?.permanent).toBe(false);
    expect(record && lastingWords(record)).toBe('temporary, but the receiver says retries will not succeed');
  });
});
