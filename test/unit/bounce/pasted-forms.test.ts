import { describe, expect, it } from 'vitest';
import { readBounceRecords } from '../../../src/diagnose/diagnose-bounce.js';
import type { BounceRecord } from '../../../src/report/types.js';

/**
 * What admins paste when they do not have the whole email (issue 2, "Reading any bounce", forms 2–5):
 * the readable part copied from a mail client, one SMTP reply, MTA log lines, and SMTP transcripts.
 */

const lines = (...text: string[]) => text.join('\n');

async function only(input: string): Promise<BounceRecord> {
  const records = await readBounceRecords(input);
  expect(records).toHaveLength(1);
  return records[0] as BounceRecord;
}

describe('human-readable text copied from a mail client', () => {
  it('Outlook: "Delivery has failed to these recipients or groups"', async () => {
    const r = await only(
      lines(
        'Delivery has failed to these recipients or groups:',
        '',
        'judy@example.org',
        "The email address you entered couldn't be found. Please check the recipient's email address and try",
        'to send the message again. If the problem continues, please contact your helpdesk.',
        '',
        'Diagnostic information for administrators:',
        '',
        'Generating server: AM6PR04MB1234.eurprd04.prod.outlook.com',
        '',
        'judy@example.org',
        "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'",
      ),
    );
    expect(r).toMatchObject({
      recipient: 'judy@example.org',
      reason: 'userunknown',
      replyCode: 550,
      status: '5.1.10',
      cause: 'recipient-not-in-tenant',
      form: 'human-text',
    });
    expect(r.provider).toMatch(/microsoft/i);
  });

  it('Outlook with two recipients gives two records', async () => {
    const records = await readBounceRecords(
      lines(
        'Delivery has failed to these recipients or groups:',
        '',
        'judy@example.org',
        "The email address you entered couldn't be found.",
        '',
        'ken@example.org',
        "The recipient's mailbox is full and can't accept messages now.",
        '',
        'Diagnostic information for administrators:',
        '',
        'Generating server: AM6PR04MB1234.eurprd04.prod.outlook.com',
        '',
        'judy@example.org',
        "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'",
        '',
        'ken@example.org',
        "Remote Server returned '552 5.2.2 STOREDRV.Deliver; recipient mailbox is full'",
      ),
    );
    expect(records.map((r) => [r.recipient, r.cause, r.replyCode, r.status])).toEqual([
      ['judy@example.org', 'recipient-not-in-tenant', 550, '5.1.1'],
      ['ken@example.org', 'mailbox-full', 552, '5.2.2'],
    ]);
  });

  it('Exchange 2010 "Undeliverable:" with #550 … ## diagnostic', async () => {
    const r = await only(
      lines(
        'Undeliverable: Project update',
        '',
        'Delivery has failed to these recipients or groups:',
        '',
        'Judy Example (judy@example.org)',
        "The e-mail address you entered couldn't be found. Please check the recipient's e-mail address and",
        'try to resend the message.',
        '',
        'Diagnostic information for administrators:',
        '',
        'Generating server: exch01.example.com',
        '',
        'judy@example.org',
        '#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##',
      ),
    );
    expect(r).toMatchObject({ recipient: 'judy@example.org', reason: 'userunknown', status: '5.1.1' });
  });

  it('Gmail web view: "Mail Delivery Subsystem", Address not found', async () => {
    const r = await only(
      lines(
        'Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
        'to me',
        '',
        'Address not found',
        "Your message wasn't delivered to mia@example.net because the address couldn't be found, or is unable to receive mail.",
        'The response from the remote server was:',
        '550 5.1.1 <mia@example.net>: Recipient address rejected: User unknown in virtual mailbox table',
      ),
    );
    expect(r).toMatchObject({
      recipient: 'mia@example.net',
      reason: 'userunknown',
      cause: 'user-unknown',
      replyCode: 550,
      status: '5.1.1',
    });
  });

  it('Gmail web view: blocked by the receiving server for spam', async () => {
    const r = await only(
      lines(
        'Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
        '',
        'Message blocked',
        'Your message to ned@example.org has been blocked. See technical details below for more information.',
        'The response from the remote server was:',
        '554 5.7.1 Service unavailable; Client host [209.85.220.41] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/209.85.220.41',
      ),
    );
    expect(r).toMatchObject({
      recipient: 'ned@example.org',
      reason: 'blocked',
      cause: 'ip-blocklisted',
      replyCode: 554,
      status: '5.7.1',
      sendingIp: '209.85.220.41',
    });
    expect(r.blocklists).toContain('spamhaus');
  });
});

describe('one SMTP reply', () => {
  it.each([
    [
      'Postfix reply',
      '550 5.1.1 <nosuchuser@example.com>: Recipient address rejected: User unknown in virtual mailbox table',
      { recipient: 'nosuchuser@example.com', replyCode: 550, status: '5.1.1', cause: 'user-unknown' },
    ],
    [
      'multi-line 550-5.1.1 continuation (Gmail)',
      lines(
        '550-5.1.1 The email account that you tried to reach does not exist. Please try',
        "550-5.1.1 double-checking the recipient's email address for typos or",
        '550-5.1.1 unnecessary spaces. Learn more at',
        '550 5.1.1  https://support.google.com/mail/?p=NoSuchUser d2e1a72fcca58-6ed1a3c4e5si123.45 - gsmtp',
      ),
      { replyCode: 550, status: '5.1.1', cause: 'user-unknown', reason: 'userunknown' },
    ],
    [
      'multi-line 550-5.7.1 continuation with a blocklist',
      lines(
        '554-5.7.1 Service unavailable; Client host [203.0.113.7] blocked using',
        '554-5.7.1 zen.spamhaus.org; https://www.spamhaus.org/query/ip/203.0.113.7',
        '554 5.7.1 Please contact your mail provider.',
      ),
      { replyCode: 554, status: '5.7.1', cause: 'ip-blocklisted', sendingIp: '203.0.113.7' },
    ],
    [
      'smtp;550 DSN form',
      'smtp;550 5.2.2 <olga@example.org>... Mailbox full',
      { recipient: 'olga@example.org', replyCode: 550, status: '5.2.2', cause: 'mailbox-full' },
    ],
    [
      'smtp; 550 DSN form with a space',
      'smtp; 550 5.1.1 <olga@example.org>: Recipient address rejected: User unknown in local recipient table',
      { recipient: 'olga@example.org', replyCode: 550, status: '5.1.1', cause: 'user-unknown' },
    ],
    [
      'Diagnostic-Code line',
      'Diagnostic-Code: smtp; 552 5.3.4 Message size exceeds fixed maximum message size',
      { replyCode: 552, status: '5.3.4', cause: 'message-too-large', reason: 'mesgtoobig' },
    ],
    [
      'greylisting (temporary)',
      '450 4.2.0 <pat@example.org>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.org.html',
      {
        recipient: 'pat@example.org',
        replyCode: 450,
        status: '4.2.0',
        cause: 'greylisted',
        permanent: false,
      },
    ],
    [
      'Gmail DMARC',
      "550 5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy. Please contact the administrator of example.com domain if this was a legitimate mail. - gsmtp",
      { replyCode: 550, status: '5.7.26', cause: 'dmarc-fail', reason: 'authfailure' },
    ],
  ] as const)('%s', async (_name, input, expected) => {
    const r = await only(input);
    expect(r).toMatchObject(expected);
  });
});

describe('MTA log lines', () => {
  it('Postfix status=bounced (host … said: …)', async () => {
    const r = await only(
      'Apr  9 10:15:32 mail postfix/smtp[12345]: 4Q1xYz2kLMz9sTB: to=<bob@example.org>, relay=mx1.example.org[192.0.2.25]:25, delay=1.2, delays=0.1/0/0.5/0.6, dsn=5.1.1, status=bounced (host mx1.example.org[192.0.2.25] said: 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in local recipient table (in reply to RCPT TO command))',
    );
    expect(r).toMatchObject({
      form: 'mta-log',
      recipient: 'bob@example.org',
      cause: 'user-unknown',
      replyCode: 550,
      status: '5.1.1',
      command: 'RCPT',
      remoteHost: 'mx1.example.org',
      remoteIp: '192.0.2.25',
    });
  });

  it('Postfix status=deferred is temporary', async () => {
    const r = await only(
      'Apr  9 10:20:01 mail postfix/smtp[12346]: 4Q1y0A1kLMz9sTC: to=<carol@example.net>, relay=mx.example.net[198.51.100.7]:25, delay=300, delays=0.1/0/0.4/0.2, dsn=4.2.2, status=deferred (host mx.example.net[198.51.100.7] said: 452 4.2.2 <carol@example.net>: Mailbox full (in reply to RCPT TO command))',
    );
    expect(r).toMatchObject({
      recipient: 'carol@example.net',
      cause: 'mailbox-full',
      replyCode: 452,
      status: '4.2.2',
      command: 'RCPT',
      remoteIp: '198.51.100.7',
      permanent: false,
    });
  });

  it('Postfix NOQUEUE: reject: RCPT from … (the seed line)', async () => {
    const r = await only(
      'postfix/smtpd[28384]: NOQUEUE: reject: RCPT from mail-ie0-f171.google.com[209.85.223.171]: 550 5.1.1 <nosuchuser@example.com>: Recipient address rejected: User unknown in virtual mailbox table; from=<someuser@gmail.com> to=<nosuchuser@example.com> proto=ESMTP helo=<mail-ie0-f171.google.com>',
    );
    expect(r).toMatchObject({
      form: 'mta-log',
      recipient: 'nosuchuser@example.com',
      sender: 'someuser@gmail.com',
      sendingIp: '209.85.223.171',
      cause: 'user-unknown',
      replyCode: 550,
      status: '5.1.1',
      command: 'RCPT',
    });
  });

  it('several log lines give several records', async () => {
    const records = await readBounceRecords(
      lines(
        'Apr  9 10:15:32 mail postfix/smtp[12345]: 4Q1xYz2kLMz9sTB: to=<bob@example.org>, relay=mx1.example.org[192.0.2.25]:25, delay=1.2, delays=0.1/0/0.5/0.6, dsn=5.1.1, status=bounced (host mx1.example.org[192.0.2.25] said: 550 5.1.1 <bob@example.org>: User unknown (in reply to RCPT TO command))',
        'Apr  9 10:15:32 mail postfix/smtp[12345]: 4Q1xYz2kLMz9sTB: to=<carol@example.net>, relay=mx.example.net[198.51.100.7]:25, delay=1.3, delays=0.1/0/0.5/0.7, dsn=5.2.2, status=bounced (host mx.example.net[198.51.100.7] said: 552 5.2.2 <carol@example.net>: Mailbox full (in reply to RCPT TO command))',
        'Apr  9 10:15:33 mail postfix/bounce[12350]: 4Q1xYz2kLMz9sTB: sender non-delivery notification: 4Q1xZ03kLMz9sTD',
      ),
    );
    expect(records.map((r) => [r.recipient, r.cause, r.status])).toEqual([
      ['bob@example.org', 'user-unknown', '5.1.1'],
      ['carol@example.net', 'mailbox-full', '5.2.2'],
    ]);
  });

  it('Exim ** (failed delivery)', async () => {
    const r = await only(
      '2024-04-10 14:02:11 1rzXy9-0004QY-2x ** erin@example.org R=dnslookup T=remote_smtp H=mail.example.org [192.0.2.44]: SMTP error from remote mail server after RCPT TO:<erin@example.org>: 550 5.1.1 <erin@example.org>: Recipient address rejected: User unknown in virtual mailbox table',
    );
    expect(r).toMatchObject({
      form: 'mta-log',
      recipient: 'erin@example.org',
      cause: 'user-unknown',
      replyCode: 550,
      status: '5.1.1',
      command: 'RCPT',
      permanent: true,
    });
  });

  it('Exim == (deferred delivery)', async () => {
    const r = await only(
      '2024-04-10 14:05:00 1rzXz1-0004R1-3a == frank@example.net R=dnslookup T=remote_smtp defer (-44) H=mx.example.net [198.51.100.7]: SMTP error from remote mail server after RCPT TO:<frank@example.net>: 452 4.2.2 <frank@example.net>: Mailbox full',
    );
    expect(r).toMatchObject({
      recipient: 'frank@example.net',
      cause: 'mailbox-full',
      replyCode: 452,
      status: '4.2.2',
      command: 'RCPT',
      permanent: false,
    });
  });

  it('Exim rejected RCPT (a blocklist hit logged by the receiver)', async () => {
    const r = await only(
      '2024-04-10 14:06:00 H=(friend) [203.0.113.7]:52314 F=<promo@example.net> rejected RCPT <gina@example.org>: 203.0.113.7 is listed at zen.spamhaus.org',
    );
    expect(r).toMatchObject({
      recipient: 'gina@example.org',
      sender: 'promo@example.net',
      sendingIp: '203.0.113.7',
      cause: 'ip-blocklisted',
    });
    expect(r.blocklists).toContain('spamhaus');
  });

  it('Sendmail stat=', async () => {
    const r = await only(
      'Apr 12 09:27:02 relay sendmail[12345]: 43C9R2aB012345: to=<ivan@example.org>, delay=00:00:01, xdelay=00:00:01, mailer=esmtp, pri=120385, relay=mx.example.org. [192.0.2.33], dsn=5.1.1, stat=User unknown',
    );
    expect(r).toMatchObject({
      form: 'mta-log',
      recipient: 'ivan@example.org',
      cause: 'user-unknown',
      status: '5.1.1',
      remoteHost: 'mx.example.org',
      remoteIp: '192.0.2.33',
    });
  });

  it('Microsoft message trace text', async () => {
    const r = await only(
      lines(
        'Message trace details',
        'Sender: kim@example.com',
        'Recipient: judy@example.org',
        'Subject: Project update',
        'Status: Failed',
        '',
        'Date (UTC)\tEvent\tDetail',
        '15/04/2024 07:41:08\tReceive\tMessage received by: AM6PR04MB5678.eurprd04.prod.outlook.com',
        '15/04/2024 07:41:09\tFail\tReason: [{LED=550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup};{MSG=};{FQDN=};{IP=};{LRT=}];. OriginalClientIp: 203.0.113.5',
      ),
    );
    expect(r).toMatchObject({
      recipient: 'judy@example.org',
      reason: 'userunknown',
      replyCode: 550,
      status: '5.1.10',
    });
    expect(r.provider).toMatch(/microsoft/i);
  });
});

describe('transcripts', () => {
  it('qmail "Remote host said:" transcript', async () => {
    const r = await only(
      lines(
        '<grace@example.net>:',
        '198.51.100.20 does not like recipient.',
        'Remote host said: 550 5.1.1 <grace@example.net>... No such user here',
        'Giving up on 198.51.100.20.',
      ),
    );
    expect(r).toMatchObject({
      form: 'transcript',
      recipient: 'grace@example.net',
      cause: 'user-unknown',
      replyCode: 550,
      status: '5.1.1',
      command: 'RCPT',
      remoteIp: '198.51.100.20',
    });
  });

  it('swaks excerpt: -> RCPT TO:<x> / <** 550 5.1.1', async () => {
    const r = await only(
      lines(
        ' -> RCPT TO:<nobody@example.org>',
        '<** 550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown in local recipient table',
      ),
    );
    expect(r).toMatchObject({
      form: 'transcript',
      recipient: 'nobody@example.org',
      cause: 'user-unknown',
      replyCode: 550,
      status: '5.1.1',
      command: 'RCPT',
    });
  });

  it('swaks excerpt with two rejected recipients gives two records', async () => {
    const records = await readBounceRecords(
      lines(
        ' -> RCPT TO:<nobody@example.org>',
        '<** 550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown in local recipient table',
        ' -> RCPT TO:<full@example.org>',
        '<** 452 4.2.2 <full@example.org>: Recipient address rejected: Mailbox full',
        ' -> QUIT',
        '<-  221 2.0.0 Bye',
      ),
    );
    expect(records.map((r) => [r.recipient, r.cause, r.replyCode, r.command, r.permanent])).toEqual([
      ['nobody@example.org', 'user-unknown', 550, 'RCPT', true],
      ['full@example.org', 'mailbox-full', 452, 'RCPT', false],
    ]);
  });

  it("Postfix's own words name the receiving server, never the sender's IP", async () => {
    const connect = await only(
      '<bob@example.org>: connect to mx.example.org[192.0.2.79]:25: Connection timed out',
    );
    expect(connect).toMatchObject({ remoteHost: 'mx.example.org', remoteIp: '192.0.2.79', sendingIp: null });
    const refused = await only(
      lines(
        '<carol@example.org>: host mx.example.org[192.0.2.80] refused to talk to me:',
        '    421 Service not available, closing transmission channel',
      ),
    );
    expect(refused).toMatchObject({ remoteIp: '192.0.2.80', sendingIp: null });
    const responded = await only(
      '<dave@example.org>: mx.example.org[192.0.2.81] responded with failure: 552 mailbox over quota',
    );
    expect(responded).toMatchObject({ remoteIp: '192.0.2.81', sendingIp: null, cause: 'mailbox-full' });
  });

  it('a reply quoted after "host <ip>:" and Gmail\'s "[host ip: timed out]" name the receiving server', async () => {
    const x3 = await only(
      '<bob@example.org>... SMTP:RCPT host 192.0.2.8: 553 5.3.0 <bob@example.org>... Addressee unknown',
    );
    expect(x3).toMatchObject({ remoteIp: '192.0.2.8', sendingIp: null });
    const gmail = await only(
      lines(
        '** Message not delivered **',
        'There was a problem delivering your message to bob@example.org. See the technical details below.',
        'The recipient server did not accept our requests to connect. [mx.example.org. 192.0.2.5: timed out]',
      ),
    );
    expect(gmail).toMatchObject({ remoteHost: 'mx.example.org', remoteIp: '192.0.2.5', sendingIp: null });
  });

  it('telnet session', async () => {
    const r = await only(
      lines(
        '$ telnet mx.example.org 25',
        'Trying 192.0.2.25...',
        'Connected to mx.example.org.',
        '220 mx.example.org ESMTP Postfix',
        'EHLO client.example.com',
        '250-mx.example.org',
        '250 PIPELINING',
        'MAIL FROM:<alice@example.com>',
        '250 2.1.0 Ok',
        'RCPT TO:<nobody@example.org>',
        '550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown in local recipient table',
      ),
    );
    expect(r).toMatchObject({
      recipient: 'nobody@example.org',
      cause: 'user-unknown',
      replyCode: 550,
      status: '5.1.1',
      command: 'RCPT',
    });
  });

  it('sendmail-style >>> / <<< transcript answering MAIL FROM', async () => {
    const r = await only(
      lines(
        '... while talking to mx.example.org.:',
        '>>> MAIL From:<alice@example.com> SIZE=1024',
        '<<< 553 5.7.1 <alice@example.com>: Sender address rejected: not owned by user alice',
        '554 5.0.0 Service unavailable',
      ),
    );
    expect(r).toMatchObject({
      command: 'MAIL',
      replyCode: 553,
      status: '5.7.1',
      remoteHost: 'mx.example.org',
    });
    expect(r.side).toBe('sender');
  });
});

describe('Postfix folding and boilerplate', () => {
  const boilerplate = lines(
    'This is the mail system at host mail.example.com.',
    '',
    "I'm sorry to have to inform you that your message could not",
    "be delivered to one or more recipients. It's attached below.",
    '',
    'For further assistance, please send mail to postmaster.',
    '',
    'If you do so, please include this problem report. You can',
    'delete your own text from the attached returned message.',
    '',
    '                   The mail system',
    '',
  );

  it('"delete your own text from the attached returned message" does not hide the report', async () => {
    const r = await only(
      lines(
        boilerplate,
        '<bob@example.org>: host mx.example.org[192.0.2.10] said: 554 5.7.1 Service',
        '    unavailable; Client host [203.0.113.5] blocked using zen.spamhaus.org;',
        '    https://www.spamhaus.org/query/ip/203.0.113.5 (in reply to RCPT TO',
        '    command)',
      ),
    );
    expect(r).toMatchObject({ recipient: 'bob@example.org', reason: 'blocked', status: '5.7.1' });
    expect(r.blocklists).toContain('spamhaus');
  });

  it('a folded line opening with "<recipient>:" continues the reply: 5.7.1 blocklisted, not user unknown', async () => {
    const r = await only(
      lines(
        boilerplate,
        '<bob@example.org>: host mx.example.org[192.0.2.10] said: 554 5.7.1',
        '    <bob@example.org>: Recipient address rejected: Access denied, blocked using',
        '    zen.spamhaus.org (in reply to RCPT TO command)',
      ),
    );
    expect(r).toMatchObject({ recipient: 'bob@example.org', cause: 'ip-blocklisted', status: '5.7.1' });
    expect(r.diagnostic).toContain('blocked using zen.spamhaus.org');
  });
});

describe('replies the reader used to miss', () => {
  it('classic Gmail: the reply on the line after "The error that the other server returned was:"', async () => {
    const r = await only(
      lines(
        'Delivery to the following recipient failed permanently:',
        '',
        '     bob@example.org',
        '',
        'Technical details of permanent failure:',
        'Google tried to deliver your message, but it was rejected by the server for the recipient domain example.org by mx.example.org. [192.0.2.5].',
        '',
        'The error that the other server returned was:',
        '550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual mailbox table',
      ),
    );
    expect(r).toMatchObject({
      recipient: 'bob@example.org',
      reason: 'userunknown',
      replyCode: 550,
      status: '5.1.1',
      remoteHost: 'mx.example.org',
      remoteIp: '192.0.2.5',
    });
  });

  it("Gmail's Remote-MTA field: host and IP read apart", async () => {
    const r = await only(
      lines(
        'Final-Recipient: rfc822; bob@example.org',
        'Action: failed',
        'Status: 5.1.1',
        'Remote-MTA: dns; mx.example.org. (192.0.2.5, the server for the domain example.org.)',
        'Diagnostic-Code: smtp; 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown',
      ),
    );
    expect(r).toMatchObject({
      recipient: 'bob@example.org',
      remoteHost: 'mx.example.org',
      remoteIp: '192.0.2.5',
    });
  });

  it('Comcast: "Recipient unavailable" is an unknown recipient', async () => {
    const r = await only('smtp;550 5.2.0 <bob@comcast.net> - Recipient unavailable');
    expect(r).toMatchObject({ recipient: 'bob@comcast.net', cause: 'user-unknown' });
  });
});

describe('replies pasted without a code (seed examples)', () => {
  it.each([
    ['Mailbox is inactive', 'mailbox-inactive'],
    ['22.222.22.222 does not like recipient.', 'user-unknown'],
  ])('%s', async (text, cause) => {
    const r = await only(text);
    expect(r.cause).toBe(cause);
  });

  it('qmail callout failure: the sender is the address that failed verification', async () => {
    const r = await only(
      lines(
        '240.240.240.240 does not like recipient.',
        'Remote host said: 550-Verification failed for <John.Doe@YourDomain.com>',
        '550-Previous (cached) callout verification failure',
        '550 Sender verify failed',
        'Giving up on 240.240.240.240.',
      ),
    );
    expect(r).toMatchObject({
      cause: 'sender-verify-failed',
      sender: 'john.doe@yourdomain.com',
      recipient: null,
      remoteIp: '240.240.240.240',
    });
  });
});

describe('a whole swaks session', () => {
  it('gives one record, for the rejected RCPT, without the next command in its reply', async () => {
    const r = await only(
      lines(
        '=== Trying mx.example.org:25...',
        '=== Connected to mx.example.org.',
        '<-  220 mx.example.org ESMTP Postfix',
        ' -> EHLO client.example.com',
        '<-  250-mx.example.org',
        '<-  250 8BITMIME',
        ' -> MAIL FROM:<alice@example.com>',
        '<-  250 2.1.0 Ok',
        ' -> RCPT TO:<bob@example.org>',
        '<** 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in local recipient table',
        ' -> QUIT',
        '<-  221 2.0.0 Bye',
        '=== Connection closed with remote host.',
      ),
    );
    expect(r).toMatchObject({
      recipient: 'bob@example.org',
      sender: 'alice@example.com',
      cause: 'user-unknown',
      command: 'RCPT',
      replyCode: 550,
      status: '5.1.1',
    });
    expect(r.diagnostic).not.toContain('QUIT');
  });
});

describe('Microsoft: recipient not in the tenant', () => {
  it.each([
    "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'",
    '550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [AM6PR04MB1234.eurprd04.prod.outlook.com]',
  ])('the explanation claims no status code the reply did not give: %s', async (reply) => {
    const r = await only(`judy@example.org\n${reply}`);
    expect(r.cause).toBe('recipient-not-in-tenant');
    const other = r.status === '5.4.1' ? '5.1.10' : '5.4.1';
    expect(r.explanation).not.toContain(other);
  });
});

describe("au (KDDI): the reception filter's reply", () => {
  it('"550 : User unknown" without an address is the recipient\'s filter', async () => {
    const r = await only(
      '<taro@ezweb.ne.jp>: host lsean.ezweb.ne.jp[192.0.2.80] said: 550 : User unknown (in reply to end of DATA command)',
    );
    expect(r).toMatchObject({ recipient: 'taro@ezweb.ne.jp', cause: 'content-filtered', reason: 'filtered' });
  });

  it('"550 <addr>: User unknown" is an unknown address', async () => {
    const r = await only(
      '<taro@ezweb.ne.jp>: host lsean.ezweb.ne.jp[192.0.2.80] said: 550 <taro@ezweb.ne.jp>: User unknown (in reply to RCPT TO command)',
    );
    expect(r).toMatchObject({ recipient: 'taro@ezweb.ne.jp', cause: 'user-unknown', reason: 'userunknown' });
  });
});

describe('DNS trouble versus a domain that does not exist', () => {
  it('a broken name server reply is a DNS failure', async () => {
    const r = await only(
      'Apr  9 10:15:32 mail postfix/smtp[12345]: 4Q1xYz2kLMz9sTB: to=<bob@example.org>, relay=none, delay=0.1, delays=0.1/0/0/0, dsn=5.4.4, status=bounced (Name service error for name=example.org type=MX: Malformed or unexpected name server reply)',
    );
    expect(r).toMatchObject({ cause: 'dns-failure', reason: 'networkerror' });
  });

  it('the resolver\'s "try again" (Postfix dsn=4.4.3) and a name server timeout are DNS failures', async () => {
    const postfix = await only(
      'Dec  2 10:00:00 mx postfix/smtp[1]: 4AB: to=<bob@example.org>, relay=none, delay=1, dsn=4.4.3, status=deferred (Host or domain name not found. Name service error for name=example.org type=MX: Host not found, try again)',
    );
    expect(postfix).toMatchObject({ cause: 'dns-failure', reason: 'networkerror', permanent: false });
    const sendmail = await only('Deferred: 451 4.4.3 Name server timeout with example.org');
    expect(sendmail).toMatchObject({ cause: 'dns-failure', reason: 'networkerror' });
  });

  it('a domain not found on a temporary (4.x.x) attempt is a network error for now', async () => {
    const r = await only(
      "smtp; 450 4.4.3 <bob@example.org>: DNS type 'mx' lookup of example.org responded with code NXDOMAIN Domain name not found: example.org",
    );
    expect(r.reason).toBe('networkerror');
  });
});

describe('wording that decides over the status code', () => {
  it.each([
    [
      '550 5.1.1 RCP-P2 http://postmaster.facebook.com/response_codes?ip=192.0.2.135#rcp Refused due to recipient preferences',
      'content-filtered',
    ],
    [
      '450 service permits 2 unverifyable sending IPs - mail.example.com is not 203.0.113.222',
      'reverse-dns-missing',
    ],
    ['550 malformed address: <bob@example.org> may not follow <alice@example.com>', 'syntax-error'],
    ['550 5.1.1 Recipient is only accepting mail from specific email addresses', 'content-filtered'],
    ['550 5.7.1 You have been blocked by the recipient', 'content-filtered'],
    ['550 5.1.1 The email account that you tried to reach is disabled.', 'mailbox-disabled'],
    ['550 Sender IP address rejected', 'connection-rejected'],
    ['550 Server does not accept mail from alice@example.com', 'sender-rejected'],
    ['550 Administrative prohibition', 'policy-violation'],
    ['451 4.3.0 Temporary local problem - please try later', 'system-error'],
    ['550 Recipient domain must exist', 'domain-not-found'],
    ["552 The user's space has been used up", 'mailbox-full'],
    ['552 5.2.2 Mailbox would be over the allowed quota', 'mailbox-full'],
    ['550 5.7.1 REJECTED - Blacklisted URL in message', 'spam-filtered'],
    ['554 5.4.6 Too many hops', 'mail-loop'],
    ['550 5.4.6 Mail forwarding loop for bob@example.org', 'mail-loop'],
    ['535 5.7.8 Authentication failure', 'auth-required'],
    ['550 This is a closed mailing list', 'policy-violation'],
    ['421 Too many errors from your IP', 'too-many-connections'],
    [
      '550-5.7.1 [192.0.2.222 13] Messages with multiple addresses in From: header are not accepted.',
      'not-rfc-compliant',
    ],
  ])('%s', async (reply, cause) => {
    const [r] = await readBounceRecords(reply);
    expect(r?.cause).toBe(cause);
  });
});

describe("cPanel's hedged failure text", () => {
  it('"may be blacklisted" among the possibilities is no blocklist listing', async () => {
    const r = await only(
      lines(
        'This message was created automatically by mail delivery software.',
        '',
        'A message that you sent could not be delivered to one or more of its recipients. This is a permanent error.',
        '',
        'The mail server could not deliver mail to bob@example.org.  The account or domain may not exist, they may be blacklisted, or missing the proper dns entries.',
      ),
    );
    expect(r).toMatchObject({ recipient: 'bob@example.org', cause: 'domain-not-found', blocklists: [] });
  });
});

describe('DSN fields pasted alone', () => {
  it('with extension fields among them (a header block without a body): read as the fields they are', async () => {
    const r = await only(
      lines(
        'Final-Recipient: rfc822; bob@example.org',
        'Action: failed',
        'Status: 5.1.1',
        'X-Postfix-Sender: rfc822; alice@sender.example',
        'Reporting-MTA: dns; mail.sender.example',
        'Diagnostic-Code: smtp; 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual mailbox table',
      ),
    );
    expect(r).toMatchObject({
      recipient: 'bob@example.org',
      sender: 'alice@sender.example',
      reportingMta: 'mail.sender.example',
      reason: 'userunknown',
      status: '5.1.1',
    });
  });

  it('a header block that is no bounce still gives no record', async () => {
    expect(
      await readBounceRecords(
        lines('From: alice@example.org', 'To: bob@example.org', 'X-Mailer: Thunderbird'),
      ),
    ).toEqual([]);
  });
});
