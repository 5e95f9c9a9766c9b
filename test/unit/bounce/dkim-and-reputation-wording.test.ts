import { describe, expect, it } from 'vitest';
import { readBounceRecords } from '../../../src/diagnose/diagnose-bounce.js';

async function causeOf(reply: string): Promise<string | undefined> {
  return (await readBounceRecords(reply))[0]?.cause;
}

// Receivers name DKIM when it passed too, or to name the domain they judge: the word alone is no failure.
describe('a reply that names DKIM', () => {
  it.each([
    ['550 5.7.1 Message rejected as spam (DKIM pass, SPF pass) - see policy', 'spam-filtered'],
    ['554 5.7.1 Content rejected: dkim=pass header.d=example.com; message looks like spam', 'spam-filtered'],
    ['550 5.7.1 DKIM signature valid, but the message was rejected as spam', 'spam-filtered'],
  ])('is read by its other words when DKIM passed: %s', async (reply, cause) => {
    expect(await causeOf(reply)).toBe(cause);
  });

  it.each([
    '550 5.7.1 DKIM signature verification failed',
    '550 5.7.1 Message rejected: dkim=fail (body hash did not verify)',
    '550 5.7.1 Email rejected: no DKIM signature found for example.com',
    '550 5.7.1 Messages from example.com must be DKIM signed',
    '554 5.7.5 Permanent error evaluating DKIM: invalid DKIM key record',
    '550 DKIM',
  ])('is a DKIM failure when its words say the signature failed or is missing: %s', async (reply) => {
    expect(await causeOf(reply)).toBe('dkim-fail');
  });
});

// "Sender domain" alone reads as a sender domain that does not resolve; its reputation is another cause.
describe("a reply about the sending domain's reputation", () => {
  it.each([
    '421 4.7.0 Try again later, closing connection. (DKIM domain example.com has low reputation)',
    '550 5.7.1 The sending domain example.com has a poor reputation',
    '554 5.7.1 Rejected due to low sender domain reputation',
  ])('is domain reputation: %s', async (reply) => {
    expect(await causeOf(reply)).toBe('domain-reputation');
  });

  it('leaves a sender domain that does not exist as such', async () => {
    expect(await causeOf('550 5.1.8 Sender domain does not exist')).toBe('sender-domain-invalid');
  });
});
