import { describe, expect, it } from 'vitest';
import { readBounceRecords } from '../../../src/diagnose/diagnose-bounce.js';

/**
 * A blocklist refusal that names a private client address: no public list holds one, so the receiver
 * checked a hop inside its own network (or its resolver answers every lookup). The answer must not tell the
 * sender to delist, and must put the fix on the receiver.
 */
const record = async (text: string) => {
  const [first] = await readBounceRecords(text);
  if (!first) throw new Error('no record');
  return first;
};

describe('a blocklist refusal naming a private client address', () => {
  it.each([
    [
      'Postfix reply, RFC 1918 client',
      '554 5.7.1 Service unavailable; Client host [10.20.0.5] blocked using bl.spamcop.net; Blocked - see https://www.spamcop.net/bl.shtml?10.20.0.5',
    ],
    [
      'Postfix reply, 192.168/16 client, Spamhaus',
      '554 5.7.1 Service unavailable; Client host [192.168.1.20] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.168.1.20',
    ],
    [
      'IPv6 unique local client',
      '550 5.7.1 Client host [fd12:3456::25] blocked using b.barracudacentral.org',
    ],
    [
      "the receiver's own log of the refusal",
      'Dec  3 10:00:00 mx1 postfix/smtpd[812]: NOQUEUE: reject: RCPT from relay.internal[172.16.4.2]: 554 5.7.1 Service unavailable; Client host [172.16.4.2] blocked using zen.spamhaus.org; from=<alice@example.net> to=<bob@example.com> proto=ESMTP helo=<relay.internal>',
    ],
  ])('%s: the receiver must act, nobody is told to delist', async (_name, text) => {
    const r = await record(text);
    expect(r.cause).toBe('blocklist-checked-private-ip');
    expect(r.side).toBe('recipient');
    expect(r.reason).toBe('blocked');
    const answer = [r.title, r.explanation, ...r.steps].join(' ');
    expect(answer).not.toMatch(/request removal|delist|is on a blocklist/i);
    expect(answer).toMatch(/private/);
  });

  it.each([
    [
      'a public client',
      '554 5.7.1 Service unavailable; Client host [203.0.113.9] blocked using bl.spamcop.net',
    ],
    [
      'an IP blanked out as 0.0.0.0 by whoever pasted it',
      '550 5.7.1 Service unavailable; Client host [0.0.0.0] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/0.0.0.0',
    ],
    [
      "a smarthost's log of a public client's refusal",
      'Dec  3 10:00:00 relay postfix/smtp[812]: 4XyZ1: to=<bob@example.com>, relay=mx.example.com[198.51.100.25]:25, dsn=5.7.1, status=bounced (host mx.example.com[198.51.100.25] said: 554 5.7.1 Service unavailable; Client host [203.0.113.9] blocked using zen.spamhaus.org (in reply to RCPT TO command))',
    ],
  ])('%s stays a listing of the sending IP', async (_name, text) => {
    expect((await record(text)).cause).toBe('ip-blocklisted');
  });
});
