import { describe, expect, it } from 'vitest';
import { readBounceRecords } from '../../../src/diagnose/diagnose-bounce.js';
import { NOT_FAILURE_31, ROUND_31 } from './real-world-cases-31.js';

/**
 * Round 31 (a second pass over round 15's ground): mail that is no failed delivery. Beside what
 * real-world-replies.test.ts checks of ROUND_31's first record, no record of a non-failure text (every cause
 * it allows a non-failure one) may carry a failure cause; and the texts of NOT_FAILURE_31 give no
 * record, or only records whose cause the case allows.
 */

const NOT_FAILURE = new Set([
  'auto-reply',
  'feedback-report',
  'delivered',
  'read-receipt',
  'delivery-delayed',
]);
const causes = (want: string | readonly string[]) => (typeof want === 'string' ? [want] : want);

async function causesOf(text: string): Promise<string[]> {
  return (await readBounceRecords(text)).map((r) => r.cause);
}

describe('a non-failure mail: no record invents a failure', () => {
  const nonFailure = ROUND_31.filter(
    ([, , want]) => !want.knownWrong && causes(want.cause).every((c) => NOT_FAILURE.has(c)),
  );
  it.each(nonFailure)('%s', async (_name, text, want) => {
    const got = await causesOf(text);
    expect(got.length).toBeGreaterThan(0);
    for (const cause of got) expect(causes(want.cause)).toContain(cause);
  });
});

describe('mail that is no failed delivery gives no failure record', () => {
  const [right, wrong] = [NOT_FAILURE_31.filter((c) => !c[3]), NOT_FAILURE_31.filter((c) => c[3])];
  it.each(right)('%s', async (_name, text, allow) => {
    for (const cause of await causesOf(text)) expect(allow).toContain(cause);
  });
  it.runIf(wrong.length > 0).fails.each(wrong)('%s', async (_name, text, allow) => {
    for (const cause of await causesOf(text)) expect(allow).toContain(cause);
  });
});
