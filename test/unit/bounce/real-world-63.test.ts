import { describe, expect, it } from 'vitest';
import { readBounceRecords } from '../../../src/diagnose/diagnose-bounce.js';
import { NOT_FAILURE_63 } from './real-world-cases-63.js';

/**
 * Round 63: an SMTP transcript in which every step succeeded (250 to each command, 235 to the login) is no
 * failure: it gives no record, or only records whose cause the case allows. The round's failures are in
 * real-world-replies.test.ts.
 */
describe('round 63: a successful SMTP test is no failure', () => {
  const [right, wrong] = [NOT_FAILURE_63.filter((c) => !c[3]), NOT_FAILURE_63.filter((c) => c[3])];
  it.each(right)('%s', async (_name, text, allow) => {
    for (const r of await readBounceRecords(text)) expect(allow).toContain(r.cause);
  });
  it.runIf(wrong.length > 0).fails.each(wrong)('%s', async (_name, text, allow) => {
    for (const r of await readBounceRecords(text)) expect(allow).toContain(r.cause);
  });
});
