import { describe, expect, it } from 'vitest';
import { asEximMainLog, readQueueListing } from '../../../src/bounce/extract/queue-listing.js';
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

// The reader sees every pasted text: 1 MiB of what its patterns look for stays linear (see redos.test.ts).
describe('queue listings: 1 MiB adversarial input finishes in bounded time (round 52)', () => {
  const MIB = 1 << 20;
  const fragments = [' ', '\t', '(', '{"queue_name"', 'Status : Retry\n', 'To\tReason\tx\n', '  a@b.c\n'];
  const fragmentsMore = ['2026-12-03 09:14:03 a@b.c R=x defer (', '4B3A9f1c012345 1 Thu Dec  3 09:14 <'];
  it.each([...fragments, ...fragmentsMore])('%j', (fragment) => {
    const long = fragment.repeat(Math.ceil(MIB / fragment.length)).slice(0, MIB);
    for (const text of [long, long.replace(/(.{4000})/gs, '$1\n')]) {
      const before = process.cpuUsage();
      readQueueListing(text);
      asEximMainLog(text.split('\n'));
      const used = process.cpuUsage(before);
      expect((used.user + used.system) / 1000).toBeLessThan(3000);
    }
  });
});
