import { describe, expect, it } from 'vitest';
import { readMdaemonRetries } from '../../../src/bounce/extract/mdaemon-log.js';
import { postcatMessage } from '../../../src/bounce/extract/postcat.js';
import { readQueueListing } from '../../../src/bounce/extract/queue-listing.js';
import { readBounceRecords } from '../../../src/diagnose/diagnose-bounce.js';
import { COUNTS_88 } from './real-world-cases-88.js';

/**
 * Round 88: queue views beyond round 52's give one record per recipient that waits with a reason (or failed),
 * none for a recipient delivered or being delivered, and none for a view that holds no failure (qshape,
 * message ids only, empty queues, a Ready queue, a trace still "Getting status").
 */
const waiting = async (text: string) =>
  (await readBounceRecords(text)).filter((r) => r.cause !== 'delivered').length;

describe('queue listings: records per deferred recipient (round 88)', () => {
  it.each(COUNTS_88.filter((c) => !c[3]))('%s', async (_name, text, want) => {
    expect(await waiting(text)).toBe(want);
  });
  it.runIf(COUNTS_88.some((c) => c[3])).fails.each(COUNTS_88.filter((c) => c[3]))(
    '%s',
    async (_name, text, want) => {
      expect(await waiting(text)).toBe(want);
    },
  );
});

// The readers round 88 added see every pasted text: 1 MiB of what their patterns look for stays linear.
describe('round 88 readers: 1 MiB adversarial input finishes in bounded time', () => {
  const MIB = 1 << 20;
  const fragments = [
    'Sat 2026-12-05 08:20:11.123: *  To: a@b.c ',
    '1vAc11-000N2a-0C From: <a@b.c> To: ',
    '*** MESSAGE CONTENTS deferred/1/A ***\n',
    'To\tStatus\tNumber of retries\nx a@b.c\tCannot x x',
    'a@b.c\tcannot  connect  x\t',
    '4B5A1c2d003321       88 Sat Dec  5 04:00 ',
  ];
  it.each(fragments)('%j', (fragment) => {
    const long = fragment.repeat(Math.ceil(MIB / fragment.length)).slice(0, MIB);
    for (const text of [long, long.replace(/(.{4000})/gs, '$1\n')]) {
      const before = process.cpuUsage();
      readQueueListing(text);
      readMdaemonRetries(text.split('\n'));
      postcatMessage(text);
      const used = process.cpuUsage(before);
      expect((used.user + used.system) / 1000).toBeLessThan(3000);
    }
  });
});
