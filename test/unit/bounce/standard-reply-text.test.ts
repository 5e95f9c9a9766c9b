import { describe, expect, it } from 'vitest';
import { readBounceRecords } from '../../../src/diagnose/diagnose-bounce.js';

async function causeOf(reply: string): Promise<string | undefined> {
  const [record] = await readBounceRecords(reply);
  return record?.cause;
}

// RFC 5321's standard texts open many replies; the server's own words after one say what happened.
describe('RFC 5321 standard reply texts', () => {
  it.each([
    [
      '550 Requested action not taken: mailbox unavailable (Mail rejected due to policy. Ref: 20261201)',
      'policy-violation',
    ],
    ['550 Requested action not taken: mailbox unavailable (spam detected)', 'spam-filtered'],
    [
      '450 Requested mail action not taken: mailbox unavailable (greylisted, try again in 5 minutes)',
      'greylisted',
    ],
    [
      '552 Requested mail action aborted: exceeded storage allocation (message size exceeds limit)',
      'message-too-large',
    ],
    ['550 Requested action not taken: mailbox unavailable (user not found)', 'user-unknown'],
  ])('%s: the words after it decide', async (reply, cause) => {
    expect(await causeOf(reply)).toBe(cause);
  });

  it.each([
    ['550 Requested action not taken: mailbox unavailable', 'user-unknown'],
    ['550 Requested action not taken: mailbox unavailable (in reply to RCPT TO command)', 'user-unknown'],
    ['552 Requested mail action aborted: exceeded storage allocation', 'mailbox-full'],
  ])('%s: alone, it is read as it stands', async (reply, cause) => {
    expect(await causeOf(reply)).toBe(cause);
  });

  it.each([
    ['550 5.2.1 Requested action not taken: mailbox unavailable', 'mailbox-disabled'],
    ['550 5.2.2 Requested action not taken: mailbox unavailable', 'mailbox-full'],
    ['550 5.0.0 Requested action not taken: mailbox unavailable', 'user-unknown'],
  ])('%s: a specific status decides over the standard text, a vague one does not', async (reply, cause) => {
    expect(await causeOf(reply)).toBe(cause);
  });

  it("Exim's default ACL words give way to what follows them", async () => {
    expect(
      await causeOf('550 Administrative prohibition: sender IP 198.51.100.7 is listed on bl.spamcop.net'),
    ).toBe('ip-blocklisted');
    // Alone, it is any ACL "deny" (sender, recipient, host or content): the receiver's policy, not the sender.
    expect(await causeOf('550 Administrative prohibition')).toBe('policy-violation');
  });

  it("Cisco AsyncOS: RFC 3463's description before the reply it quotes as a Python tuple", async () => {
    expect(await causeOf("Delivery not authorized, message refused ('550', ['5.7.1 Relaying denied'])")).toBe(
      'relay-denied',
    );
    const [multi] = await readBounceRecords(
      "5.1.0 - Unknown address error ('550', ['5.1.1 The email account that you tried to reach does not exist. Please try', '5.1.1 double-checking the recipient\\'s email address'])",
    );
    expect(multi?.cause).toBe('user-unknown');
    expect(multi?.replyCode).toBe(550);
  });

  it('a weak word after a standard text ("rejected", "blocked") says no more than the standard text', async () => {
    expect(
      await causeOf(
        '550 5.7.1 Delivery not authorized, message refused: Message rejected due to Bounce Verification',
      ),
    ).toBe('recipient-restricted');
  });

  it('a status code still outranks the words after it', async () => {
    expect(await causeOf('550 5.1.1 Requested action not taken: mailbox unavailable (spam detected)')).toBe(
      'user-unknown',
    );
  });
});
