import { describe, expect, it } from 'vitest';
import { diagnoseBounce } from '../../../src/diagnose/diagnose-bounce.js';

// A queue listing with nothing waiting gets its own answer, not "this does not look like a bounce".
describe('a pasted queue listing with no message waiting', () => {
  it.each([
    ['Postfix empty queue', 'Mail queue is empty'],
    ['mailq after a shell prompt', 'root@mx1:~# mailq\nMail queue is empty\n'],
    ['exim -bpc count only', 'root@mx1:~# exim -bpc\n0\n'],
    [
      'an active entry being delivered now (no reason)',
      [
        '-Queue ID-  --Size-- ----Arrival Time---- -Sender/Recipient-------',
        '8F2C41A0B3*    4122 Thu Dec  3 09:12:44  alice@example.org',
        '                                         bob@example.net',
        '',
        '-- 4 Kbytes in 1 Request.',
      ].join('\r\n'),
    ],
  ])('%s: says nothing is stuck', async (_name, text) => {
    const report = await diagnoseBounce(text);
    expect(report.kind).toBe('not-a-bounce');
    expect(report.records).toHaveLength(0);
    expect(report.headline).toMatch(/queue listing shows no message waiting/);
    expect(report.notes.join(' ')).toMatch(/grep QUEUEID/);
  });

  it('a listing with a deferred recipient is still diagnosed', async () => {
    const text = [
      '-Queue ID-  --Size-- ----Arrival Time---- -Sender/Recipient-------',
      '8F2C41A0B3     4122 Thu Dec  3 09:12:44  alice@example.org',
      '(connect to mx.example.net[203.0.113.9]:25: Connection timed out)',
      '                                         bob@example.net',
    ].join('\n');
    const report = await diagnoseBounce(text);
    expect(report.kind).toBe('bounce');
    expect(report.records.map((r) => [r.recipient, r.permanent])).toEqual([['bob@example.net', false]]);
  });

  it('text that is no listing keeps the general answer', async () => {
    const report = await diagnoseBounce('Hello, could you check why my mail to bob@example.net bounced?');
    expect(report.headline).toMatch(/does not look like a bounce/);
  });
});
