import { describe, expect, it } from 'vitest';
import { readBounceRecords } from '../../../src/diagnose/diagnose-bounce.js';
import { asksForAction, headlineFor } from '../../../src/diagnose/headline.js';

/** Round 58: an auto-reply of a dead, moving or unread address is delivered, but asks the sender to act. */

const reply = (...body: string[]) =>
  [
    'From: Jane Doe <jane@example.org>',
    'To: Alice <alice@example.com>',
    'Subject: Automatic reply: Q4 order',
    'Auto-Submitted: auto-replied',
    '',
    ...body,
    '',
    '-----Original Message-----',
    'From: Alice <alice@example.com>',
    'Please forward this to accounts@example.com if you are away.',
  ].join('\n');

describe('address-retired', () => {
  it('names the replacement the reply gives, never the sender or an address of the quoted original', async () => {
    const [r] = await readBounceRecords(
      reply('Jane no longer works at Example Corp. Please contact sales@example.org.'),
    );
    expect(r?.cause).toBe('address-retired');
    expect(r?.permanent).toBe(false);
    expect(r?.steps[0]).toContain('sales@example.org');
    expect(r?.steps.join('\n')).not.toMatch(/accounts@|alice@|\{/);
  });

  it('leaves the replacement step out when the reply names none', async () => {
    const [r] = await readBounceRecords(reply('This mailbox is no longer monitored.'));
    expect(r?.cause).toBe('address-retired');
    expect(r?.steps.join('\n')).not.toMatch(/instead, the address the reply names|\{/);
  });

  it('is delivered, yet asks the sender to act', async () => {
    const records = await readBounceRecords(reply('I have retired and no longer read this mailbox.'));
    expect(asksForAction(records)).toBe(true);
    expect(headlineFor(records)).toMatch(/delivered · your side must act/);
  });

  it('is not what an out-of-office that quotes a leaver sentence from the original says', async () => {
    const text = [
      'From: Jane Doe <jane@example.org>',
      'To: Alice <alice@example.com>',
      'Subject: Automatic reply: Q4 order',
      'Auto-Submitted: auto-replied',
      '',
      'I am out of the office until Monday.',
      '',
      '> Bob no longer works at Example Corp, so I am writing to you instead.',
    ].join('\n');
    const [r] = await readBounceRecords(text);
    expect(r?.cause).toBe('auto-reply');
  });

  it('reads a leaver reply pasted under its "Automatic reply:" line, but not chat that opens "Auto:"', async () => {
    const pasted =
      'Automatic reply: RE: Order 42\n\nMark no longer works at Example. Write to orders@example.com.';
    const [r] = await readBounceRecords(pasted);
    expect(r?.cause).toBe('address-retired');
    expect(r?.steps[0]).toContain('orders@example.com');
    expect(await readBounceRecords('Auto: deploy finished\nall green, thanks')).toEqual([]);
  });
});
