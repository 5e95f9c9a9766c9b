import { describe, expect, it } from 'vitest';
import { readBounceRecords } from '../../../src/diagnose/diagnose-bounce.js';
import type { BounceRecord } from '../../../src/report/types.js';
import {
  MULTI_RECIPIENT_CASES,
  type MultiCase,
  type RecipientExpect,
  SECOND_BATCH_22,
} from './multi-recipient-cases.js';

/**
 * Round 22: bounces naming several recipients, checked record by record (see multi-recipient-cases.ts). The
 * records must be one per recipient, no more; each is found by its recipient and compared as one object, so a
 * failure shows every wrong field at once. A cause or reason given as a list accepts any of its values.
 */

function oneOf(want: string | readonly string[], got: string): string | readonly string[] {
  return (typeof want === 'string' ? want === got : want.includes(got)) ? want : got;
}

function picked(r: BounceRecord | undefined, want: RecipientExpect): Record<string, unknown> {
  if (!r) return { recipient: 'no record' };
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(want) as (keyof RecipientExpect)[]) {
    if (key === 'cause' || key === 'reason') out[key] = oneOf(want[key], r[key]);
    else out[key] = r[key];
  }
  return out;
}

async function check([, input, want]: MultiCase): Promise<void> {
  const records = await readBounceRecords(input);
  expect(records.map((r) => r.recipient).sort()).toEqual(want.map((w) => w.recipient).sort());
  for (const w of want) {
    const r = records.find((x) => x.recipient === w.recipient);
    expect(picked(r, w)).toEqual({ ...w });
  }
}

const ALL = [...MULTI_RECIPIENT_CASES, ...SECOND_BATCH_22];
const right = ALL.filter((c) => !c[3]);
const wrong = ALL.filter((c) => c[3]);

describe('bounces with several recipients, record by record', () => {
  it.each(right)('%s', async (...c) => {
    await check(c);
  });
});

// Listed with the reason they are still wrong; a fix makes these fail, and the case moves up.
describe.runIf(wrong.length > 0)('bounces with several recipients still read wrongly', () => {
  it.fails.each(wrong)('%s', async (...c) => {
    await check(c);
  });
});

describe('a delivered recipient among failed ones keeps its own Diagnostic-Code', () => {
  it('"250 2.0.0 Ok" stays the delivered one\'s diagnostic, not the notice\'s words about the others', async () => {
    const dsn = [
      'From: MAILER-DAEMON@mx.example.org',
      'To: alice@example.net',
      'Subject: Delivery Status Notification',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
      '',
      '--b1',
      'Content-Type: text/plain',
      '',
      'Delivery to the following recipient failed permanently:',
      '',
      '     bob@example.org',
      '',
      'Your message was delivered to:',
      '',
      '     carol@example.org',
      '',
      '--b1',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mx.example.org',
      '',
      'Final-Recipient: rfc822; bob@example.org',
      'Action: failed',
      'Status: 5.1.1',
      'Diagnostic-Code: smtp; 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown',
      '',
      'Final-Recipient: rfc822; carol@example.org',
      'Action: delivered',
      'Status: 2.0.0',
      'Diagnostic-Code: smtp; 250 2.0.0 Ok',
      '',
      '--b1--',
      '',
    ].join('\n');
    const records = await readBounceRecords(dsn);
    const carol = records.find((r) => r.recipient === 'carol@example.org');
    expect(carol).toMatchObject({ reason: 'delivered', diagnostic: '250 2.0.0 Ok' });
    expect(records.find((r) => r.recipient === 'bob@example.org')?.cause).toBe('user-unknown');
  });
});
