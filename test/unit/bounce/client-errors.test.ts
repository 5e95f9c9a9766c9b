import { describe, expect, it } from 'vitest';
import { readBounceRecords } from '../../../src/diagnose/diagnose-bounce.js';

// Round 19: a mail client's own error is read, but chat about sending problems is not a client's error.
describe("chat about a mail client's trouble is not a client's error", () => {
  it.each([
    'I cannot send mail to my clients since yesterday, can you look at it?',
    'Outlook is unable to send messages again, the outbox is full of stuff',
    "We couldn't send your message yesterday, sorry, the form was broken.",
  ])('%s', async (text) => {
    expect(await readBounceRecords(text)).toEqual([]);
  });
});
