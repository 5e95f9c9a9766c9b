import { describe, expect, it } from 'vitest';
import { readBounceRecords } from '../../../src/diagnose/diagnose-bounce.js';

/** A one-line notice naming the address inside its heading, and the chat question that looks like it. */
describe('"Delivery to ADDRESS failed: REASON"', () => {
  it.each([
    ['Delivery to bob@example.org failed: mailbox full', 'mailbox-full'],
    ['Delivery to <bob@example.org> has failed: user unknown', 'user-unknown'],
    ['Delivery for bob@example.org failed : No such user here', 'user-unknown'],
    ['Delivery to bob@example.org failed: the mailbox has reached 99% of its quota.', 'mailbox-full'],
  ])('%s', async (text, cause) => {
    const [r, ...more] = await readBounceRecords(text);
    expect(more).toEqual([]);
    expect(r?.recipient).toBe('bob@example.org');
    expect(r?.cause).toBe(cause);
  });

  it('is chat without the colon and a reason', async () => {
    expect(await readBounceRecords('delivery to bob@example.org failed, any idea why?')).toEqual([]);
  });
});
