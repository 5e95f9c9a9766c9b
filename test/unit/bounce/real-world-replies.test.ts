import { describe, expect, it } from 'vitest';
import { readBounceRecords } from '../../../src/diagnose/diagnose-bounce.js';
import type { BounceRecord } from '../../../src/report/types.js';
import { CASES, type RealWorldCase } from './real-world-cases.js';
import { CHAT_7 } from './real-world-cases-7.js';

/**
 * Replies and bounce texts as real servers word them (Gmail, Microsoft 365, Yahoo, Postfix, Exim…), none
 * taken from the development corpus, with what a mail admin would say each one means. Where the Sisimai
 * vocabulary allows two readings (an IP "rate limited for unsolicited mail" is both a block and bad
 * reputation), the case lists every reading an admin would accept.
 */

async function diagnose(input: string, index = 0): Promise<BounceRecord> {
  const records = await readBounceRecords(input);
  expect(records.length).toBeGreaterThan(index);
  return records[index] as BounceRecord;
}

const oneOf = (want: string | readonly string[]): readonly string[] =>
  typeof want === 'string' ? [want] : want;

function check(r: BounceRecord, c: RealWorldCase): void {
  const [, , want] = c;
  expect(oneOf(want.cause)).toContain(r.cause);
  expect(oneOf(want.reason)).toContain(r.reason);
  if (want.side) expect(r.side).toBe(want.side);
  if (want.permanent !== undefined) expect(r.permanent).toBe(want.permanent);
  if (want.provider) expect(r.provider ?? '').toMatch(want.provider);
  if (want.step) expect(r.steps.join('\n')).toMatch(want.step);
  if (want.reference) expect(r.referenceCodes).toContain(want.reference);
  if (want.blocklist) expect(r.blocklists).toContain(want.blocklist);
  if (typeof want.recipient === 'object' && want.recipient !== null)
    expect(want.recipient).toContain(r.recipient);
  else if (want.recipient !== undefined) expect(r.recipient).toBe(want.recipient);
  const ip = (got: string | null, w: string | readonly string[] | null | undefined) => {
    if (w === undefined) return;
    if (w === null) expect(got).toBeNull();
    else expect(oneOf(w)).toContain(got);
  };
  ip(r.remoteIp, want.remoteIp);
  ip(r.sendingIp, want.sendingIp);
  if (want.sender) expect(r.sender).toBe(want.sender);
  if (want.replyCode !== undefined) expect(r.replyCode).toBe(want.replyCode);
  if (want.status !== undefined) expect(r.status).toBe(want.status);
  if (want.confidence) expect(oneOf(want.confidence)).toContain(r.confidence);
}

const right = CASES.filter(([, , want]) => !want.knownWrong);
const wrong = CASES.filter(([, , want]) => want.knownWrong);

describe('real-world replies and bounce texts', () => {
  it.each(right)('%s', async (...c) => {
    check(await diagnose(c[1], c[2].index), c);
  });
});

// Listed with the reason they are still wrong; a fix makes these fail, and the case moves up.
describe.runIf(wrong.length > 0)('real-world cases still diagnosed wrongly', () => {
  it.fails.each(wrong)('%s', async (...c) => {
    check(await diagnose(c[1], c[2].index), c);
  });
});

// Chat that only mentions a code (round 7): no record. One still read as a bounce carries why.
describe('chat that mentions a code is not a bounce', () => {
  const [chatRight, chatWrong] = [CHAT_7.filter((c) => !c[2]), CHAT_7.filter((c) => c[2])];
  it.each(chatRight)('%s', async (_name, text) => {
    expect(await readBounceRecords(text)).toEqual([]);
  });
  it.runIf(chatWrong.length > 0).fails.each(chatWrong)('%s', async (_name, text) => {
    expect(await readBounceRecords(text)).toEqual([]);
  });
});
