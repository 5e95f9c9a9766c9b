import { describe, expect, it } from 'vitest';
import { readBounceRecords } from '../../../src/diagnose/diagnose-bounce.js';
import { NOT_FAILURE_15, ROUND_15 } from './real-world-cases-15.js';
import { NOT_FAILURE_31, ROUND_31 } from './real-world-cases-31.js';
import { NOT_FAILURE_58, ROUND_58 } from './real-world-cases-58.js';

/**
 * Rounds 15, 31 (a second pass over the same ground) and 58 (auto-replies of dead or moved addresses): mail
 * that is no failed delivery. Beside what
 * real-world-replies.test.ts checks of each round's first record, no record of a non-failure text may carry a
 * failure cause; and the texts of NOT_FAILURE_15, _31 and _58 give no record, or only records whose
 * cause the case allows.
 */

const NOT_FAILURE = new Set([
  'auto-reply',
  'address-retired',
  'feedback-report',
  'delivered',
  'read-receipt',
  'delivery-delayed',
]);
const causes = (want: string | readonly string[]) => (typeof want === 'string' ? [want] : want);

async function causesOf(text: string): Promise<string[]> {
  return (await readBounceRecords(text)).map((r) => r.cause);
}

// Round 31 also holds guards of several recipients, one failed and one delayed: only cases whose every cause
// is a non-failure one are checked record by record there.
describe.each([
  ['15', ROUND_15, NOT_FAILURE_15, 'some'],
  ['31', ROUND_31, NOT_FAILURE_31, 'every'],
  ['58', ROUND_58, NOT_FAILURE_58, 'every'],
] as const)('round %s', (_round, cases, notFailure, which) => {
  describe('a non-failure mail: no record invents a failure', () => {
    const isNonFailure = (want: string | readonly string[]) =>
      which === 'some'
        ? causes(want).some((c) => NOT_FAILURE.has(c))
        : causes(want).every((c) => NOT_FAILURE.has(c));
    const nonFailure = cases.filter(([, , want]) => !want.knownWrong && isNonFailure(want.cause));
    it.each(nonFailure)('%s', async (_name, text, want) => {
      const got = await causesOf(text);
      expect(got.length).toBeGreaterThan(0);
      for (const cause of got) expect(causes(want.cause)).toContain(cause);
    });
  });

  describe('mail that is no failed delivery gives no failure record', () => {
    const [right, wrong] = [notFailure.filter((c) => !c[3]), notFailure.filter((c) => c[3])];
    it.each(right)('%s', async (_name, text, allow) => {
      for (const cause of await causesOf(text)) expect(allow).toContain(cause);
    });
    it.runIf(wrong.length > 0).fails.each(wrong)('%s', async (_name, text, allow) => {
      for (const cause of await causesOf(text)) expect(allow).toContain(cause);
    });
  });
});

// What the round's rules must not swallow: real bounces that look like the mail above.
describe('bounces that look like non-failure mail stay bounces', () => {
  it('a gateway notice sent as Auto-Submitted from no robot address, its reply opening a line', async () => {
    const text = [
      'From: Mail Gateway <gateway@example.org>',
      'To: alice@example.com',
      'Subject: Message not accepted',
      'Auto-Submitted: auto-generated',
      '',
      'Your message to bob@example.org was not accepted by the remote server:',
      '550 5.7.1 Message rejected as spam',
    ].join('\n');
    expect(await causesOf(text)).toEqual(['spam-filtered']);
  });
  it('an NDR of an out-of-office ("Undeliverable: Automatic reply:") is a bounce, not an auto-reply', async () => {
    const text = [
      'From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.org>',
      'To: bob@example.org',
      'Subject: Undeliverable: Automatic reply: Q1 budget',
      'Auto-Submitted: auto-replied',
      '',
      'Delivery has failed to these recipients or groups:',
      '',
      'alice@example.net',
      "The email address you entered couldn't be found.",
      '',
      "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'",
    ].join('\n');
    const [cause, ...more] = await causesOf(text);
    expect(more).toEqual([]);
    expect(['user-unknown', 'recipient-not-in-tenant']).toContain(cause);
  });
  it('a mail robot\'s "Auto-Reply: message undeliverable" is a bounce', async () => {
    const text = [
      'From: MAILER-DAEMON@gateway.example.org',
      'To: alice@example.com',
      'Subject: Auto-Reply: Message undeliverable',
      'Auto-Submitted: auto-replied',
      '',
      '<bob@example.org>: 550 5.1.1 User unknown',
    ].join('\n');
    expect(await causesOf(text)).toEqual(['user-unknown']);
  });
  it('a list rejection sent while the mail was first held is still a refusal when it says so', async () => {
    const text = [
      'Subject: Your message to Staff awaits moderator approval',
      '',
      'Your message could not be delivered: 550 5.7.1 Non-members are not allowed to post to this list.',
    ].join('\n');
    expect((await causesOf(text)).length).toBeGreaterThan(0);
  });
});
