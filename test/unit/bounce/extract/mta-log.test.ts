import { describe, expect, it } from 'vitest';
import { isLogLine, readLogLine } from '../../../../src/bounce/extract/mta-log.js';

describe('log lines of OpenSMTPD, qmail-send and Postfix qmgr', () => {
  it('reads an OpenSMTPD result with its relay, the recipient from to= and the sender from from=', () => {
    const line =
      'smtpd[1]: 0a mta delivery evpid=01 from=<a@example.com> to=<b@example.org> rcpt=<-> source="198.51.100.7" relay="192.0.2.25 (mx.example.org)" delay=1s result="TempFail" stat="421 4.7.0 try later"';
    expect(isLogLine(line)).toBe(true);
    expect(readLogLine(line)).toEqual({
      recipient: 'b@example.org',
      sender: 'a@example.com',
      diagnostic: '421 4.7.0 try later',
      remoteIp: '192.0.2.25',
      remoteHost: 'mx.example.org',
      deferred: true,
    });
  });

  it('turns qmail-send underscores and slashes back into words, a deferral being a delay', () => {
    const line =
      '@4000 delivery 7: deferral: Connected_to_192.0.2.25_but_greeting_failed./Remote_host_said:_421_busy/';
    expect(readLogLine(line)).toMatchObject({
      diagnostic: 'Connected to 192.0.2.25 but greeting failed. Remote host said: 421 busy',
      deferred: true,
    });
  });

  it('leaves a line that only says "failure:" outside qmail alone', () => {
    expect(readLogLine('app[1]: job 3: failure: disk quota')).toBeUndefined();
  });

  it('reads a qmgr expiry as the sender’s message given up, without a recipient', () => {
    const line = 'postfix/qmgr[812]: 4Q1: from=<a@example.com>, status=expired, returned to sender';
    expect(readLogLine(line)).toMatchObject({ sender: 'a@example.com', deferred: false });
    expect(readLogLine(line)?.recipient).toBeUndefined();
  });
});

describe("Cisco Secure Email's mail_logs", () => {
  it('joins the reply AsyncOS prints as a Python tuple, a Delayed line being a delay', () => {
    const line =
      "Mon Jan 12 10:51:00 2026 Info: Delayed: DCID 4712 MID 88124 to RID [0] - 4.4.0 - Other network problem ('421', ['4.7.0 [TSS04] Messages from 203.0.113.7 temporarily deferred', \"due to user's complaints\"])";
    expect(isLogLine(line)).toBe(true);
    expect(readLogLine(line)).toEqual({
      recipient: undefined,
      diagnostic: "421 4.7.0 [TSS04] Messages from 203.0.113.7 temporarily deferred due to user's complaints",
      deferred: true,
    });
  });

  it('takes the recipient from a Bounced reply that names it', () => {
    const line =
      "Info: Bounced: DCID 1 MID 2 to RID 0 - Bounced by destination server with response: 5.1.0 - Unknown address error ('550', ['5.1.1 <Bob@example.org>: Recipient address rejected'])";
    expect(readLogLine(line)).toMatchObject({
      recipient: 'bob@example.org',
      diagnostic: '550 5.1.1 <Bob@example.org>: Recipient address rejected',
      deferred: false,
    });
  });

  it('keeps the text after the RID when no reply tuple follows', () => {
    const line = 'Info: Delayed: DCID 3 MID 4 to RID [0] - 4.4.0 - Other network problem';
    expect(readLogLine(line)?.diagnostic).toBe('4.4.0 - Other network problem');
  });

  it("reads Exim's host error line, a quoted local part and an address literal's relay", () => {
    expect(
      readLogLine(
        '2026-12-05 01:02:03 1vAbCd-000123-Ab H=mx.example.org [2001:db8::1] Network is unreachable',
      ),
    ).toMatchObject({ remoteHost: 'mx.example.org', remoteIp: '2001:db8::1', deferred: true });
    const quoted =
      'Dec  5 01:02:03 mail postfix/smtp[1]: 4F2A8: to=<"john smith"@example.org>, relay=mx.example.org[ipv6:2001:db8::1]:25, dsn=5.1.1, status=bounced (host said: 550 5.1.1 unknown)';
    expect(readLogLine(quoted)).toMatchObject({
      recipient: '"john smith"@example.org',
      remoteIp: '2001:db8::1',
    });
  });
});

describe("Postfix's status copied without the rest of its line", () => {
  it('reads "status=deferred (…)" alone as a delay in the MTA’s own words', () => {
    const line = 'status=deferred (TLS is required, but was not offered by host mx.example.net[192.0.2.10])';
    expect(isLogLine(line)).toBe(true);
    expect(readLogLine(line)).toMatchObject({
      diagnostic: 'TLS is required, but was not offered by host mx.example.net[192.0.2.10]',
      deferred: true,
    });
  });

  it('keeps the dsn= before it, and the address the quoted reply names', () => {
    const line =
      'dsn=5.1.1, status=bounced (host mx.example.net[192.0.2.10] said: 550 5.1.1 <bob@example.net>: Recipient address rejected (in reply to RCPT TO command))';
    expect(readLogLine(line)).toMatchObject({
      status: '5.1.1',
      recipient: 'bob@example.net',
      deferred: false,
    });
  });

  it('reads a line that starts with to=', () => {
    const line =
      'to=<bob@example.net>, relay=none, delay=0.5, dsn=4.4.1, status=deferred (connect to mx.example.net[192.0.2.10]:25: Connection refused)';
    expect(readLogLine(line)).toMatchObject({
      recipient: 'bob@example.net',
      status: '4.4.1',
      deferred: true,
    });
  });

  it('leaves chat that mentions a status alone', () => {
    expect(readLogLine('I see status=bounced (something) in my logs, what does it mean?')).toBeUndefined();
  });
});
