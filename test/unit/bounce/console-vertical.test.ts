import { describe, expect, it } from 'vitest';
import { readBounceRecords } from '../../../src/diagnose/diagnose-bounce.js';

/*
 * A console's results grid copied one cell per line (selected in the browser and pasted into a plain-text box
 * or a chat app that drops the tabs): the column names on their own lines, then each row's cells in the same
 * order. Before, such a paste gave no record at all ("not a bounce"); a tab-separated copy of the same grid
 * gave one record per failed row.
 */

const lines = (...l: string[]) => l.join('\n');

describe('a console table copied one cell per line', () => {
  it('Email Log Search under its title: every failed row, the details pane to the row it names', async () => {
    const records = await readBounceRecords(
      lines(
        'Email log search',
        'Date',
        'Subject',
        'Event',
        'Sender',
        'Recipient',
        'Status',
        'Dec 5, 2026, 10:02:11 AM',
        'Invoice 2291',
        'Send',
        'alice@example.com',
        'bob@example.com',
        'Bounced',
        'Dec 5, 2026, 10:05:40 AM',
        'Invoice 2291',
        'Send',
        'alice@example.com',
        'carol@example.org',
        'Bounced',
        'Dec 5, 2026, 10:06:02 AM',
        'Invoice 2291',
        'Send',
        'alice@example.com',
        'dave@example.net',
        'Delivered',
        '',
        'Message details',
        'Recipient\tcarol@example.org',
        'SMTP response\t552 5.2.2 The email account that you tried to reach is over quota.',
      ),
    );
    expect(records.map((r) => r.recipient)).toEqual(['bob@example.com', 'carol@example.org']);
    expect(records[1]?.cause).toBe('mailbox-full');
    expect(records[0]?.cause).not.toBe('mailbox-full'); // the pane is carol's, not bob's
    // bob's row says only "Bounced": the answer points at the console's details for the reply.
    expect(records[0]?.evidence.join(' ')).toMatch(/no server reply here: its message details/);
  });

  it('Microsoft 365 message trace with blank lines between rows: the failed row only', async () => {
    const records = await readBounceRecords(
      lines(
        'Date (UTC)',
        'Sender',
        'Recipient',
        'Subject',
        'Status',
        '',
        '12/5/2026, 9:14 AM',
        'alice@contoso.com',
        'bob@fabrikam.com',
        'Quote',
        'Failed',
        '',
        '12/5/2026, 9:15 AM',
        'alice@contoso.com',
        'carol@fabrikam.com',
        'Quote',
        'Delivered',
      ),
    );
    expect(records.map((r) => r.recipient)).toEqual(['bob@fabrikam.com']);
    expect(records[0]?.permanent).toBe(true);
  });

  it('a cell left out of the copy ends the table instead of shifting the rows after it', async () => {
    const records = await readBounceRecords(
      lines(
        'Sender',
        'Recipient',
        'Subject',
        'Status',
        'alice@example.com',
        'bob@example.com',
        'Hello',
        'Bounced',
        'alice@example.com',
        'carol@example.org',
        'Delivered',
        'alice@example.com',
      ),
    );
    expect(records.map((r) => r.recipient)).toEqual(['bob@example.com']);
  });

  it('short lines that only look like column names are no table', async () => {
    const records = await readBounceRecords(
      lines('Hi team', 'Recipient', 'Status', 'Any idea', 'bob@example.com', 'Bounced again', 'Thanks'),
    );
    expect(records).toEqual([]);
  });
});
