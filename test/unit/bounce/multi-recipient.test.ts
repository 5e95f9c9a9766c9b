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
