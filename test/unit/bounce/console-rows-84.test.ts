import { describe, expect, it } from 'vitest';
import { readBounceRecords } from '../../../src/diagnose/diagnose-bounce.js';
import type { BounceRecord } from '../../../src/report/types.js';

/*
 * Round 82's two weak spots, as a fix round (round 84):
 * 1. an admin console's table copied with SEVERAL failed rows and ONE details pane below it that quotes a
 *    server reply (Google Workspace Email Log Search, Microsoft 365 message trace). The pane belongs to one
 *    row: where it names that row (its recipient, its message id, its time, or the reply names the address)
 *    the reply is that row's alone; where nothing ties it to a row it is given to none (a reply for one
 *    recipient is no reason for another), and the records say the pane quoted it. Rows whose own cells
 *    hold a reason keep it.
 * 2. a reply copied cell by cell, its words opening with the recipient ("550" / "5.7.1" / "<bob@x>:
 *    Recipient address rejected: …"): code, status and words are one reply, read as surely as on one line;
 *    a list of addresses under a notice's heading is no reply's words.
 * Written before the rules were changed: 3 of 13 as written (only the guards: one failed recipient, a pane
 * about a delivered row, an address list); 13 of 13 after (console-trace.ts: the pane's reply to the row it
 * names, a note for rows it cannot be tied to; scan-text.ts: a "<addr>: words" line under a code cell and a
 * status cell opens its part at the code). Two cases added after the fix (a message id all rows share, a list
 * above a cell-by-cell reply naming its last address) and a third after probing (code and status in one cell
 * over the "<addr>:" words: read apart, medium; now joined too): 16 of 16.
 */

const lines = (...l: string[]) => l.join('\n');
const byRecipient = (records: BounceRecord[], to: string) => {
  const r = records.find((x) => x.recipient === to);
  expect(r, `a record for ${to}`).toBeDefined();
  return r as BounceRecord;
};

describe('a console table with several failed rows and one details pane', () => {
  it('Email Log Search: the pane names its recipient, the reply is that row’s only', async () => {
    const records = await readBounceRecords(
      lines(
        'Email log search',
        'Date\tSubject\tEvent\tSender\tRecipient\tSender IP\tStatus',
        'Dec 3, 2026, 9:02:11 AM\tQ1 plan\tSend\talice@example.com\tcarl@example.net\t192.0.2.17\tBounced',
        'Dec 3, 2026, 9:02:11 AM\tQ1 plan\tSend\talice@example.com\tdora@example.org\t192.0.2.17\tBounced',
        'Dec 3, 2026, 9:02:12 AM\tQ1 plan\tSend\talice@example.com\temil@example.com\t192.0.2.17\tDelivered',
        '',
        'Message details',
        'Message ID\t<CAF1x2y3z4=AbCdEf@mail.gmail.com>',
        'Recipient\tcarl@example.net',
        'Delivery status\tBounced',
        'SMTP response\t550 5.1.1 <carl@example.net>: Recipient address rejected: User unknown in virtual mailbox table',
      ),
    );
    expect(records.map((r) => r.recipient).sort()).toEqual(['carl@example.net', 'dora@example.org']);
    const carl = byRecipient(records, 'carl@example.net');
    expect(carl).toMatchObject({
      cause: 'user-unknown',
      replyCode: 550,
      status: '5.1.1',
      confidence: 'high',
    });
    const dora = byRecipient(records, 'dora@example.org');
    expect(dora.replyCode).toBeNull();
    expect(dora.cause).not.toBe('user-unknown');
  });

  it('Email Log Search: the pane names only the message id, one row holds it', async () => {
    const records = await readBounceRecords(
      lines(
        'Date\tMessage ID\tSender\tRecipient\tStatus',
        'Dec 3, 2026, 9:02:11 AM\t<CAF1aaa=Q1@mail.gmail.com>\talice@example.com\tfred@example.net\tBounced',
        'Dec 3, 2026, 9:05:40 AM\t<CAF1bbb=Q2@mail.gmail.com>\talice@example.com\tgina@example.org\tBounced',
        '',
        'Message details',
        'Message ID\t<CAF1bbb=Q2@mail.gmail.com>',
        'Subject\tInvoice 42',
        'Delivery status\tBounced',
        'SMTP response\t552 5.2.2 Mailbox quota exceeded',
      ),
    );
    expect(records).toHaveLength(2);
    const gina = byRecipient(records, 'gina@example.org');
    expect(gina).toMatchObject({ cause: 'mailbox-full', replyCode: 552, status: '5.2.2' });
    const fred = byRecipient(records, 'fred@example.net');
    expect(fred.replyCode).toBeNull();
    expect(fred.cause).not.toBe('mailbox-full');
  });

  it('Email Log Search: the pane names only the time, one row was sent then', async () => {
    const records = await readBounceRecords(
      lines(
        'Date\tSubject\tSender\tRecipient\tStatus',
        'Dec 3, 2026, 9:02:11 AM\tQ1 plan\talice@example.com\thana@example.net\tBounced',
        'Dec 3, 2026, 9:14:52 AM\tQ1 plan\talice@example.com\tivan@example.org\tBounced',
        '',
        'Message details',
        'Date\tDec 3, 2026, 9:14:52 AM',
        'Delivery status\tBounced',
        'SMTP response\t554 5.7.1 Service unavailable; Client host [192.0.2.17] blocked using bl.spamcop.net',
      ),
    );
    expect(records).toHaveLength(2);
    const ivan = byRecipient(records, 'ivan@example.org');
    expect(ivan).toMatchObject({ cause: 'ip-blocklisted', replyCode: 554 });
    expect(ivan.blocklists).toContain('spamcop');
    const hana = byRecipient(records, 'hana@example.net');
    expect(hana.replyCode).toBeNull();
    expect(hana.blocklists).toEqual([]);
  });

  it('the reply itself names one row’s address', async () => {
    const records = await readBounceRecords(
      lines(
        'Date\tSender\tRecipient\tStatus',
        'Dec 3, 2026, 10:01:00 AM\talice@example.com\tjon@example.net\tBounced',
        'Dec 3, 2026, 10:01:00 AM\talice@example.com\tkim@example.net\tBounced',
        '',
        'Message details',
        'Delivery status\tBounced',
        'SMTP response\t550 5.1.1 <kim@example.net>: Recipient address rejected: User unknown in local recipient table',
      ),
    );
    expect(records).toHaveLength(2);
    expect(byRecipient(records, 'kim@example.net')).toMatchObject({
      cause: 'user-unknown',
      replyCode: 550,
      status: '5.1.1',
    });
    expect(byRecipient(records, 'jon@example.net').replyCode).toBeNull();
  });

  it('a pane nothing ties to a row: no row takes its reply, and the records say it was quoted', async () => {
    const records = await readBounceRecords(
      lines(
        'Date\tSubject\tSender\tRecipient\tStatus',
        'Dec 3, 2026, 9:02:11 AM\tQ1 plan\talice@example.com\tlee@example.net\tBounced',
        'Dec 3, 2026, 9:02:11 AM\tQ1 plan\talice@example.com\tmia@example.org\tBounced',
        '',
        'Message details',
        'Subject\tQ1 plan',
        'Delivery status\tBounced',
        'SMTP response\t550 5.7.1 Email rejected per DMARC policy for example.com',
      ),
    );
    expect(records).toHaveLength(2);
    for (const r of records) {
      expect(r.replyCode).toBeNull();
      expect(r.cause).not.toMatch(/dmarc|auth/);
      expect(r.evidence.join('\n')).toMatch(/550 5\.7\.1 Email rejected per DMARC/);
      expect(r.evidence.join('\n')).toMatch(/not .*which|which .*not|no row|does not say/i);
    }
  });

  it('rows that hold their own reason keep it; the pane’s reply goes to the row it names', async () => {
    const records = await readBounceRecords(
      lines(
        'Date (UTC)\tSender\tRecipient\tSubject\tStatus\tDetail',
        '12/3/2026 9:12 AM\talice@example.com\tnora@example.net\tQ1 plan\tFailed\t550 5.2.2 <nora@example.net>: Mailbox full',
        '12/3/2026 9:12 AM\talice@example.com\toscar@example.org\tQ1 plan\tFailed\t',
        '12/3/2026 9:12 AM\talice@example.com\tpia@example.org\tQ1 plan\tDelivered\t250 2.0.0 OK',
        '',
        'Message trace details',
        'Recipient\toscar@example.org',
        'Status\tFailed',
        'Reason\t550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [DB5EUR03FT012.eop-EUR03.prod.protection.outlook.com]',
      ),
    );
    expect(records.map((r) => r.recipient).sort()).toEqual(['nora@example.net', 'oscar@example.org']);
    expect(byRecipient(records, 'nora@example.net')).toMatchObject({ cause: 'mailbox-full', replyCode: 550 });
    expect(byRecipient(records, 'oscar@example.org')).toMatchObject({ replyCode: 550, status: '5.4.1' });
  });

  it('M365 message trace: two Failed rows, the pane names its recipient above a Fail event', async () => {
    const records = await readBounceRecords(
      lines(
        'Date (UTC+01:00)\tSender\tRecipient\tSubject\tStatus',
        '12/3/2026, 11:20 AM\talice@example.com\tquinn@example.net\tQ1 plan\tFailed',
        '12/3/2026, 11:20 AM\talice@example.com\trosa@example.net\tQ1 plan\tFailed',
        '',
        'Message trace details',
        'Sender: alice@example.com',
        'Recipient: rosa@example.net',
        'Status: Failed',
        'Reason: [{LED=550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup};{MSG=};{FQDN=};{IP=};{LRT=}]',
      ),
    );
    expect(records).toHaveLength(2);
    expect(byRecipient(records, 'rosa@example.net')).toMatchObject({
      reason: 'userunknown',
      status: '5.1.10',
    });
    const quinn = byRecipient(records, 'quinn@example.net');
    expect(quinn.status).toBeNull();
    expect(quinn.reason).not.toBe('userunknown');
  });

  it('M365 message trace: one message to two recipients, the pane names only the shared message id', async () => {
    const records = await readBounceRecords(
      lines(
        'Received\tSender address\tRecipient address\tSubject\tStatus\tMessage ID',
        '12/3/2026 9:40 AM\talice@example.com\tvera@example.net\tQ1 plan\tFailed\t<PH0PR11MB1234ABCD@PH0PR11MB1234.namprd11.prod.outlook.com>',
        '12/3/2026 9:40 AM\talice@example.com\twill@example.net\tQ1 plan\tFailed\t<PH0PR11MB1234ABCD@PH0PR11MB1234.namprd11.prod.outlook.com>',
        '',
        'Message trace details',
        'Message ID: <PH0PR11MB1234ABCD@PH0PR11MB1234.namprd11.prod.outlook.com>',
        'Status: Failed',
        'Reason: [{LED=550 5.7.1 Service unavailable, Client host [40.107.1.2] blocked using Spamhaus};{MSG=};{FQDN=mx.example.net};{IP=203.0.113.9};{LRT=}]',
      ),
    );
    expect(records).toHaveLength(2);
    for (const r of records) {
      expect(r.replyCode).toBeNull();
      expect(r.blocklists).toEqual([]);
      expect(r.evidence.join('\n')).toMatch(/details pane quotes '550 5\.7\.1 Service unavailable/);
    }
  });

  it('a pane for a row that was delivered gives no failed row a reply', async () => {
    const records = await readBounceRecords(
      lines(
        'Date\tSender\tRecipient\tStatus',
        'Dec 3, 2026, 9:02:11 AM\talice@example.com\tsam@example.net\tBounced',
        'Dec 3, 2026, 9:02:11 AM\talice@example.com\tted@example.net\tBounced',
        'Dec 3, 2026, 9:02:11 AM\talice@example.com\tuma@example.net\tDelivered',
        '',
        'Message details',
        'Recipient\tuma@example.net',
        'Delivery status\tDelivered',
        'SMTP response\t250 2.0.0 OK 1733216531 a1si123456',
      ),
    );
    expect(records).toHaveLength(2);
    for (const r of records) expect(r.replyCode).toBeNull();
  });

  it('one failed recipient (round 82) still takes the pane’s reply', async () => {
    const records = await readBounceRecords(
      lines(
        'Date\tSubject\tEvent\tSender\tRecipient\tSender IP\tStatus',
        'Dec 3, 2026, 9:02:11 AM\tQ1 plan\tSend\talice@example.com\temil@example.org\t192.0.2.17\tBounced',
        '',
        'Message details',
        'Delivery status\tBounced',
        'SMTP response\t552 5.2.2 <emil@example.org>: Recipient address rejected: Mailbox quota exceeded',
      ),
    );
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ cause: 'mailbox-full', replyCode: 552, confidence: 'high' });
  });
});

describe('a reply copied cell by cell, its words opening with the recipient', () => {
  it.each([
    [
      'a Gmail card: 550 / 5.7.1 / <bob@x>: Recipient address rejected: Access denied',
      lines(
        'Message not delivered',
        'Your message couldn’t be delivered to bob@example.org.',
        'The response from the remote server was:',
        '550',
        '5.7.1',
        '<bob@example.org>: Recipient address rejected: Access denied',
      ),
      { recipient: 'bob@example.org', replyCode: 550, status: '5.7.1' },
    ],
    [
      'a Gmail card: 550 / 5.1.1 / <bob@x>: Recipient address rejected: User unknown in virtual mailbox table',
      lines(
        'Message not delivered',
        'Your message couldn’t be delivered to bob@example.org.',
        'The response from the remote server was:',
        '550',
        '5.1.1',
        '<bob@example.org>: Recipient address rejected: User unknown in virtual mailbox table',
      ),
      { recipient: 'bob@example.org', replyCode: 550, status: '5.1.1', cause: 'user-unknown' },
    ],
    [
      'an OWA card: Remote server returned / 552 / 5.2.2 / <cy@x>: Recipient address rejected: Mailbox is full',
      lines(
        'Delivery has failed to these recipients or groups:',
        'cy@example.net',
        'The recipient’s mailbox is full and can’t accept messages now.',
        '',
        'Remote server returned',
        '552',
        '5.2.2',
        '<cy@example.net>: Recipient address rejected: Mailbox is full',
      ),
      { recipient: 'cy@example.net', replyCode: 552, status: '5.2.2', cause: 'mailbox-full' },
    ],
    [
      'a phone copy with code and status in one cell: 550 5.1.1 / <dee@x>: Recipient address rejected: User unknown',
      lines(
        'Message not delivered',
        'Your message couldn’t be delivered to dee@example.org.',
        'The response from the remote server was:',
        '550 5.1.1',
        '<dee@example.org>: Recipient address rejected: User unknown in local recipient table',
      ),
      { recipient: 'dee@example.org', replyCode: 550, status: '5.1.1', cause: 'user-unknown' },
    ],
  ])('%s: one reply, high confidence', async (_name, text, want) => {
    const records = await readBounceRecords(text);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ ...want, confidence: 'high' });
  });

  it('a list under a heading, the cell-by-cell reply naming the last address: that address’s own', async () => {
    const records = await readBounceRecords(
      lines(
        'Delivery has failed to these recipients or groups:',
        '',
        'dan@example.net',
        'eve@example.net',
        '',
        'Remote server returned',
        '550',
        '5.1.1',
        '<eve@example.net>: Recipient address rejected: User unknown in relay recipient table',
      ),
    );
    expect(records.map((r) => r.recipient).sort()).toEqual(['dan@example.net', 'eve@example.net']);
    const eve = byRecipient(records, 'eve@example.net');
    expect(eve).toMatchObject({ cause: 'user-unknown', replyCode: 550, status: '5.1.1', confidence: 'high' });
    expect(byRecipient(records, 'dan@example.net').status).not.toBe('5.1.1');
  });

  it('a list of addresses under a notice heading is not read as the words of a code above it', async () => {
    const records = await readBounceRecords(
      lines(
        'Delivery has failed to these recipients or groups:',
        '',
        '550',
        '5.1.1',
        '<dan@example.net>:',
        '<eve@example.net>:',
        'Recipient address rejected: User unknown in relay recipient table',
      ),
    );
    expect(records.map((r) => r.recipient).sort()).toEqual(['dan@example.net', 'eve@example.net']);
  });
});
