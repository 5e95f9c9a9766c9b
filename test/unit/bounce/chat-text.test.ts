import { describe, expect, it } from 'vitest';
import { diagnoseBounce } from '../../../src/diagnose/diagnose-bounce.js';

// Text that talks about mail, or is mail, without being a bounce must never get an invented cause.
describe('ordinary mail and chat are not bounces', () => {
  it.each([
    [
      'a normal email',
      'From: Alice <alice@example.com>\nTo: Bob <bob@example.org>\nSubject: lunch\n\nHi Bob,\nlunch at noon? Write to carol@example.net too.\nAlice\n',
    ],
    [
      'chat that says "bounced" and "rejected"',
      'Hi team, the deploy bounced back again, rejected by CI. Ping bob@example.org',
    ],
    ['chat that mentions a number', 'we sent 550 newsletters to bob@example.org yesterday'],
    // Each half of an MTA's own text, or of an Exchange heading, is not enough on its own.
    ['an address line that opens like Postfix', '<bob@example.org>: hi, can you check this?'],
    ['MTA words in chat', 'the disk quota exceeded again on the file server, ping bob@example.org'],
    ['"Deferred:" in chat', 'Deferred: the meeting moved to 3pm, ask bob@example.org'],
    [
      "Exchange's heading words in a sentence",
      'please add these recipients or groups: bob@example.org, carol@example.org',
    ],
  ])('%s', async (_name, text) => {
    const report = await diagnoseBounce(text);
    expect(report.kind).toBe('not-a-bounce');
    expect(report.records).toEqual([]);
    expect(report.notes.join(' ')).toMatch(/bob@example\.org/);
  });

  it('still reads a bare reply with its code', async () => {
    const report = await diagnoseBounce(
      '550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown',
    );
    expect(report.kind).toBe('bounce');
    expect(report.records[0]?.cause).toBe('user-unknown');
  });
});
