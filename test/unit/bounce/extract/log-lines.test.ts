import { describe, expect, it } from 'vitest';
import { readLogLines } from '../../../../src/bounce/extract/log-lines.js';
import { readLogLine } from '../../../../src/bounce/extract/mta-log.js';

const postfix = (id: string, rest: string) => `Mar  2 10:00:00 mail postfix/smtp[1]: ${id}: ${rest}`;

describe('the lines of one message, as a grep of its queue id gives them', () => {
  it('takes the sender from the qmgr line of the same queue id, not another one', () => {
    const records = readLogLines([
      'Mar  2 10:00:00 mail postfix/qmgr[2]: AAAAA1: from=<alice@example.com>, size=10, nrcpt=1 (queue active)',
      'Mar  2 10:00:00 mail postfix/qmgr[2]: BBBBB2: from=<carol@example.com>, size=10, nrcpt=1 (queue active)',
      postfix('AAAAA1', 'to=<bob@example.org>, relay=none, dsn=5.1.1, status=bounced (unknown user)'),
    ]);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ recipient: 'bob@example.org', sender: 'alice@example.com' });
  });

  it("keeps a recipient's last outcome: deferred, then sent", () => {
    const records = readLogLines([
      postfix(
        'AAAAA1',
        'to=<bob@example.org>, relay=none, dsn=4.4.1, status=deferred (connect to x[192.0.2.1]:25: Connection timed out)',
      ),
      postfix('AAAAA1', 'to=<bob@example.org>, relay=x[192.0.2.1]:25, dsn=2.0.0, status=sent (250 2.0.0 Ok)'),
    ]);
    expect(records).toEqual([expect.objectContaining({ delivered: true, deferred: false })]);
  });

  it('turns the deferral of an expired message into its failure, and drops the expiry line', () => {
    const records = readLogLines([
      postfix(
        'AAAAA1',
        'to=<bob@example.org>, relay=none, dsn=4.4.1, status=deferred (connect to x[192.0.2.1]:25: Connection timed out)',
      ),
      'Mar  7 10:00:00 mail postfix/qmgr[2]: AAAAA1: from=<alice@example.com>, status=expired, returned to sender',
    ]);
    expect(records).toEqual([
      expect.objectContaining({ recipient: 'bob@example.org', sender: 'alice@example.com', deferred: false }),
    ]);
  });

  it('keeps the expiry line alone when no deferral of that message was pasted', () => {
    const records = readLogLines([
      'Mar  7 10:00:00 mail postfix/qmgr[2]: AAAAA1: from=<alice@example.com>, status=expired, returned to sender',
    ]);
    expect(records).toEqual([expect.objectContaining({ sender: 'alice@example.com' })]);
    expect(records[0]?.recipient).toBeUndefined();
  });

  it("joins qmail's starting delivery and info msg lines to the delivery's outcome", () => {
    const records = readLogLines([
      '@4000 info msg 77: bytes 100 from <alice@example.com> qp 1 uid 89',
      '@4000 starting delivery 5: msg 77 to remote bob@example.org',
      '@4000 delivery 5: failure: Sorry,_no_mailbox_here_by_that_name._(#5.1.1)/',
    ]);
    expect(records[0]).toMatchObject({ recipient: 'bob@example.org', sender: 'alice@example.com' });
  });

  it("joins qmail's retries of one message, each on a new delivery number", () => {
    const records = readLogLines([
      '@4000 starting delivery 5: msg 77 to remote bob@example.org',
      "@4000 delivery 5: deferral: Sorry,_I_wasn't_able_to_establish_an_SMTP_connection._(#4.4.1)/",
      '@4001 starting delivery 9: msg 77 to remote bob@example.org',
      '@4001 delivery 9: success: 192.0.2.25_accepted_message./Remote_host_said:_250_ok/',
    ]);
    expect(records).toEqual([expect.objectContaining({ recipient: 'bob@example.org', delivered: true })]);
  });

  it("takes an Exim message's sender from its <= line", () => {
    const records = readLogLines([
      '2026-03-04 11:00:00 1vT2kL-000Di9-CP <= alice@example.com H=ws [198.51.100.7] P=esmtpa S=900',
      '2026-03-04 11:00:01 1vT2kL-000Di9-CP ** bob@example.org R=dnslookup T=remote_smtp: retry timeout exceeded',
    ]);
    expect(records[0]).toMatchObject({ recipient: 'bob@example.org', sender: 'alice@example.com' });
  });
});

describe('delivery lines and the Exim forms round 14 added', () => {
  it('reads an Exim => line as delivered only after a message id', () => {
    const line =
      '2026-03-04 11:20:00 1vT2kL-000Di9-CP => bob@example.org R=dnslookup T=remote_smtp H=mx.example.org [192.0.2.25] C="250 2.0.0 Ok: queued as X"';
    expect(readLogLine(line)).toMatchObject({
      delivered: true,
      diagnostic: '250 2.0.0 Ok: queued as X',
      remoteIp: '192.0.2.25',
    });
    expect(readLogLine('see the map: a => b@example.org, then c == d')).not.toMatchObject({
      delivered: true,
    });
  });

  it('reads a Sendmail stat=Sent line as delivered', () => {
    const line =
      'sendmail[1]: 625E: to=<bob@example.org>, delay=00:00:01, mailer=esmtp, relay=mx.example.org. [192.0.2.25], dsn=2.0.0, stat=Sent (X Message accepted for delivery)';
    expect(readLogLine(line)).toMatchObject({ delivered: true, deferred: false });
  });

  it('reads "temporarily rejected RCPT" as a deferral', () => {
    const line =
      '2026-03-04 11:02:33 H=mail.example.com [198.51.100.7] F=<a@example.com> temporarily rejected RCPT <b@example.org>: greylisted';
    expect(readLogLine(line)).toMatchObject({ recipient: 'b@example.org', deferred: true, command: 'RCPT' });
  });

  it("reads Exim's rejected EHLO line with the client's address", () => {
    const line =
      '2026-03-04 11:18:40 rejected EHLO from [198.51.100.7]: syntactically invalid argument(s): a_b.local';
    expect(readLogLine(line)).toMatchObject({
      sendingIp: '198.51.100.7',
      command: 'EHLO',
      diagnostic: 'syntactically invalid argument(s): a_b.local',
    });
  });

  it('reads an OpenSMTPD result="Ok" as delivered', () => {
    const line =
      'smtpd[1]: 0a mta delivery evpid=01 from=<a@example.com> to=<b@example.org> rcpt=<-> result="Ok" stat="250 2.0.0 Ok"';
    expect(readLogLine(line)).toMatchObject({ recipient: 'b@example.org', delivered: true });
  });

  it("reads Dovecot's own delivery log, 2.3 and 2.2 forms, saved or not", () => {
    const failed =
      'dovecot: lmtp(bob@example.org)<2412><kJ3m>: msgid=<a@b.c>: save failed to INBOX: Quota exceeded (mailbox for user is full)';
    expect(readLogLine(failed)).toMatchObject({
      recipient: 'bob@example.org',
      diagnostic: 'save failed to INBOX: Quota exceeded (mailbox for user is full)',
      deferred: false,
    });
    expect(
      readLogLine('dovecot: lmtp(2412, bob@example.org): msgid=<a@b.c>: saved mail to INBOX'),
    ).toMatchObject({
      delivered: true,
    });
    expect(
      readLogLine('dovecot: lda(bob): msgid=<a@b.c>: save failed to INBOX: Quota exceeded')?.recipient,
    ).toBeUndefined();
  });
});

describe('a line that names several recipients gives one record each, with the same outcome', () => {
  it('amavis: "<s> -> <r>,<r2>"', () => {
    const records = readLogLines([
      'Dec  3 10:01:02 mx1 amavis[2231]: (02231-07) Blocked SPAM {RejectedInbound}, [198.51.100.7]:41822 [198.51.100.7] <news@example.net> -> <Bob@example.com>,<carol@example.com>, Queue-ID: 4XyZ1, Hits: 14.2, size: 8812, 1234 ms',
    ]);
    expect(records.map((r) => r.recipient)).toEqual(['bob@example.com', 'carol@example.com']);
    for (const record of records)
      expect(record).toMatchObject({
        sender: 'news@example.net',
        diagnostic: 'Blocked SPAM',
        deferred: false,
      });
  });

  it('Sendmail: "to=<r>,<r2>, delay=…" for the recipients it sent to one host', () => {
    const records = readLogLines([
      'Dec  3 10:05:00 mx2 sm-mta[4411]: 5B3A1x01: to=<ann@example.com>,<dan@example.com>, delay=00:00:02, mailer=esmtp, pri=120345, relay=mx.example.com. [192.0.2.25], dsn=4.0.0, stat=Deferred: Connection refused by mx.example.com.',
    ]);
    expect(records.map((r) => r.recipient)).toEqual(['ann@example.com', 'dan@example.com']);
    for (const record of records)
      expect(record).toMatchObject({ deferred: true, remoteHost: 'mx.example.com', remoteIp: '192.0.2.25' });
  });

  it('Sendmail: one recipient, and a ctladdr after it, stay one record', () => {
    const records = readLogLines([
      'Dec  3 10:05:00 mx2 sm-mta[4411]: 5B3A1x01: to=ann@example.com, ctladdr=<root@example.net> (0/0), delay=00:00:02, mailer=esmtp, relay=mx.example.com. [192.0.2.25], dsn=5.1.1, stat=User unknown',
    ]);
    expect(records.map((r) => r.recipient)).toEqual(['ann@example.com']);
  });

  it('Exchange message tracking: "r;r2" in the recipient field', () => {
    const records = readLogLines([
      '2026-11-30T10:15:02.123Z,192.0.2.10,EX01,203.0.113.5,mx.example.org,;250 2.1.5 Recipient OK;ClientSubmitTime:,Outbound,SMTP,FAIL,123456,<msg1@example.net>,a1b2c3,ann@example.org;dan@example.org,550 5.1.1 User unknown,2048,2,,,Report,alice@example.net,,,',
    ]);
    expect(records.map((r) => r.recipient)).toEqual(['ann@example.org', 'dan@example.org']);
  });
});
