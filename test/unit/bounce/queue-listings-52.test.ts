import { describe, expect, it } from 'vitest';
import { readBounceRecords } from '../../../src/diagnose/diagnose-bounce.js';
import { COUNTS_52 } from './real-world-cases-52.js';

/**
 * Round 52: a queue listing gives one record per recipient that is deferred or failed, none for a recipient
 * already delivered, an entry being delivered without a reason, the header and trailer lines, an empty
 * queue or a summary with counts only.
 */
const waiting = async (text: string) =>
  (await readBounceRecords(text)).filter((r) => r.cause !== 'delivered').length;

describe('queue listings: records per deferred recipient (round 52)', () => {
  it.each(COUNTS_52.filter((c) => !c[3]))('%s', async (_name, text, want) => {
    expect(await waiting(text)).toBe(want);
  });
  it.runIf(COUNTS_52.some((c) => c[3])).fails.each(COUNTS_52.filter((c) => c[3]))(
    '%s',
    async (_name, text, want) => {
      expect(await waiting(text)).toBe(want);
    },
  );
});
