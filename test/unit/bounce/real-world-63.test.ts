import { describe, expect, it } from 'vitest';
import { readBounceRecords } from '../../../src/diagnose/diagnose-bounce.js';
import { NOT_FAILURE_63, NOT_FAILURE_SECOND_63 } from './real-world-cases-63.js';

/**
 * Round 63: an SMTP transcript in which every step succeeded (250 to each command, 235 to the login) is no
 * failure: it gives no record, or only records whose cause the case allows. The round's failures are in
 * real-world-replies.test.ts.
 */
describe('round 63: a successful SMTP test is no failure', () => {
  const all = [...NOT_FAILURE_63, ...NOT_FAILURE_SECOND_63];
  const [right, wrong] = [all.filter((c) => !c[3]), all.filter((c) => c[3])];
  it.each(right)('%s', async (_name, text, allow) => {
    for (const r of await readBounceRecords(text)) expect(allow).toContain(r.cause);
  });
  it.runIf(wrong.length > 0).fails.each(wrong)('%s', async (_name, text, allow) => {
    for (const r of await readBounceRecords(text)) expect(allow).toContain(r.cause);
  });
  // A 'delivered' record names a recipient the session gave in RCPT TO, never the sender in the message's
  // headers (smtplib's "send: b'…From: …'") nor a Message-ID ("Message sent: <…>").
  it.each(right)('%s: delivered only to a recipient of the session', async (_name, text) => {
    for (const r of await readBounceRecords(text)) expect(SESSION_RECIPIENTS).toContain(r.recipient);
  });
});

const SESSION_RECIPIENTS = ['bob@example.org', 'friend@example.net', 'office@example.com'];

// A telnet session the server closed before any greeting is a failure at the connection; the same telnet
// lines around a dialogue, or alone, are not.
describe('round 63: a telnet session closed without a greeting', () => {
  it('reads as a connection that got no greeting, naming the host', async () => {
    const text = [
      'Trying 198.51.100.25...',
      'Connected to mx.example.org.',
      "Escape character is '^]'.",
      'Connection closed by foreign host.',
    ].join('\n');
    const [r, ...more] = await readBounceRecords(text);
    expect(more).toEqual([]);
    expect(r?.cause).toBe('recipient-server-unreachable');
    expect(r?.replyCode).toBeNull();
    expect(r?.recipient).toBeNull();
  });
  it.each([
    [
      'a greeting and a QUIT before the close',
      [
        'Connected to mx.example.org.',
        "Escape character is '^]'.",
        '220 mx.example.org ESMTP Postfix',
        'QUIT',
        '221 2.0.0 Bye',
        'Connection closed by foreign host.',
      ].join('\n'),
    ],
    ['the close line alone', 'Connection closed by foreign host.'],
  ])('%s: no failure record', async (_name, text) => {
    for (const r of await readBounceRecords(text)) expect(r.cause).toBe('delivered');
  });
});
