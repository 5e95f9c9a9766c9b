import { describe, expect, it } from 'vitest';
import { readHostedLogLine } from '../../../src/bounce/extract/mta-log-hosted.js';
import { findReplyCode } from '../../../src/bounce/extract/smtp-reply.js';
import { readBounceRecords } from '../../../src/diagnose/diagnose-bounce.js';
import { COUNTS_89 } from './real-world-cases-89.js';

/**
 * Round 89: records of a successful or in-progress delivery in the logs and events of PowerMTA, KumoMTA,
 * SparkPost, GreenArrow, MailerQ, OpenSMTPD, Haraka, Stalwart, Maddy, Zimbra, Postal and Mailcow give no
 * failure record (a `delivered` record is fine: nothing failed).
 */
const failures = async (text: string) =>
  (await readBounceRecords(text)).filter((r) => r.cause !== 'delivered').length;

describe('MTA records of delivery give no failure (round 89)', () => {
  it.each(COUNTS_89.filter((c) => !c[3]))('%s', async (_name, text, want) => {
    expect(await failures(text)).toBe(want);
  });
  it.runIf(COUNTS_89.some((c) => c[3])).fails.each(COUNTS_89.filter((c) => c[3]))(
    '%s',
    async (_name, text, want) => {
      expect(await failures(text)).toBe(want);
    },
  );
});

// The patterns round 89 added see every pasted line: 1 MiB of what they look for stays linear.
describe('round 89 patterns: 1 MiB adversarial input finishes in bounded time', () => {
  const MIB = 1 << 20;
  const fragments = [
    '[outbound] Temp failing xxxxxxxx for 64 seconds',
    '[outbound] Temp failing ',
    '{"payload":{"status":"SoftFail","message":{',
    'queue: x\t{"rcpt":"a@b.c",',
    '08:14:22,456 ',
    'Code: 55',
    'status code: 550',
  ];
  it.each(fragments)('%j', (fragment) => {
    const long = fragment.repeat(Math.ceil(MIB / fragment.length)).slice(0, MIB);
    for (const text of [long, long.replace(/(.{4000})/gs, '$1\n')]) {
      const before = process.cpuUsage();
      for (const line of text.split('\n')) readHostedLogLine(line);
      findReplyCode(text);
      const used = process.cpuUsage(before);
      expect((used.user + used.system) / 1000).toBeLessThan(3000);
    }
  });
});
