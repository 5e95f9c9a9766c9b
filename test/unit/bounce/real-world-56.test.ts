import { describe, expect, it } from 'vitest';
import { readBounceRecords } from '../../../src/diagnose/diagnose-bounce.js';
import { NOT_FAILURE_56, NOT_FAILURE_SECOND_56 } from './real-world-cases-56.js';

/**
 * Round 56: list and group notices that are no failure (yet): a post held for a moderator gives no record, or
 * only records whose cause the case allows. The round's failures are in real-world-replies.test.ts.
 */
describe('round 56: a held post is no failure', () => {
  const all = [...NOT_FAILURE_56, ...NOT_FAILURE_SECOND_56];
  const [right, wrong] = [all.filter((c) => !c[3]), all.filter((c) => c[3])];
  it.each(right)('%s', async (_name, text, allow) => {
    for (const r of await readBounceRecords(text)) expect(allow).toContain(r.cause);
  });
  it.runIf(wrong.length > 0).fails.each(wrong)('%s', async (_name, text, allow) => {
    for (const r of await readBounceRecords(text)) expect(allow).toContain(r.cause);
  });
});

// Mailman's own refusal words pasted alone read as the list's members-only setting, as its notices do.
describe("round 56: Mailman's non-member refusal is the list's restriction", () => {
  it.each([
    'You are not allowed to post to this mailing list, and your message has been automatically rejected.  If you think that your messages are being rejected in error, contact the mailing list owner at staff-owner@lists.example.org.',
    '550 5.7.1 Post by non-member to a members-only list',
  ])('%s', async (text) => {
    const [r, ...more] = await readBounceRecords(text);
    expect(more).toEqual([]);
    expect(r?.cause).toBe('recipient-restricted');
    expect(r?.side).toBe('recipient');
  });
});
