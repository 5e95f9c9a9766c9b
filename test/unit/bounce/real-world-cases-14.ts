import type { RealWorldCase } from './real-world-cases.js';
import {
  EXPIRED,
  GREYLIST,
  lines,
  MAILBOX_FULL,
  MS_NOT_FOUND,
  postfixNoticeHead,
  RATE,
  SPAM,
  USER_UNKNOWN,
} from './real-world-expectations.js';

/*
 * A fourteenth held-out round: what admins paste from logs, traces and dashboards, and delay notices. Postfix
 * lines beyond the basics (a whole `grep QUEUEID maillog`, local/virtual/pipe/lmtp delivery, a delivered
 * message), Exim main and reject log forms, Sendmail and Proofpoint's sendmail stat= lines, qmail-send's
 * "starting delivery" pairs, OpenSMTPD, Microsoft 365 message trace and Exchange tracking rows, ESP events in
 * shapes earlier rounds do not hold (SES DeliveryDelay types, Mailgun temporary and "old" failures, Postmark's
 * other bounce types, SparkPost out-of-band and delay, Mandrill deferrals, Mailjet, fragments copied from a
 * dashboard), and delay warnings (Exchange 2003-style, Sendmail's with its DSN). A deferral must read as
 * temporary (permanent false), a notice of a message still being retried as delayed, an expired one as expired.
 * Written from knowledge of the servers' wordings, none from the development corpus, checked against rounds
 * 1-12, measured before any rule was changed:
 *   round 14  57 cases, 35 right as written (61 %), 57 after its fixes. One expectation widened: Sendmail's bare
 *             5xx 'Service unavailable' is read as the receiver's refusal for good (system-error), as refinements.ts
 *             decided before this round. The 22 wrong: forms not read (a status=sent line, a qmail 'success:'
 *             line, Exim's 'rejected EHLO' and 'temporarily rejected RCPT', SES DeliveryDelay, SparkPost's msys
 *             events, a JSON fragment), lines of one grep not joined (Postfix's qmgr sender and expiry, qmail's
 *             'starting delivery' recipient, a tracking row's Recipients), and wording missing or misread (Exim's
 *             MX to non-existent hosts, Sendmail's 'host name lookup failure', OpenSMTPD's 'Network error on
 *             destination MXs', Exim's 'Could not complete sender verify', Postmark's AutoResponder, Mailjet's
 *             'no mail host').
 *   fixed     by forms and data: the lines of one message joined (src/bounce/extract/log-lines.ts: the sender
 *             from the qmgr/Sendmail 'from=<s>, size=', Exim '<=' or qmail 'info msg' line, qmail's recipient
 *             from 'starting delivery N', each recipient's last outcome, a qmgr expiry given to the deferral it
 *             ends); delivery lines read as delivered and Exim's 'temporarily rejected RCPT' / 'rejected EHLO'
 *             (mta-log.ts); SES DeliveryDelay with its delay types as data (esp-api-errors.ts), SparkPost's
 *             message events, Postmark's AutoResponder as an auto-reply, Mailgun fields copied without their
 *             braces; PowerShell's 'Recipients : {x}' as the recipient (scan-text.ts); wording in
 *             reply-phrases.ts (Exim's 'MX records point to non-existent hosts' moved from dns-failure to
 *             no-mx). Corpus 365/383, one record changed (OpenSMTPD 'Network error on destination MXs':
 *             dns-failure to no-route-to-host, both networkerror).
 *   then      a second batch of 10 (SECOND_BATCH_14: greps of one message in Exim, Postfix, Sendmail and qmail,
 *             delivered lines of OpenSMTPD, Dovecot LMTP and SES, Dovecot's own log, a Postfix delay notice, a Brevo
 *             deferral), written after the first batch's fixes and measured before any change: 7 of 10 right
 *             as written; all 10 after (qmail's retries joined by message number, OpenSMTPD result="Ok",
 *             Dovecot's 'lmtp(r): save failed to' / 'saved mail to' lines).
 *   then      a third batch of 3 (THIRD_BATCH_14: greps of one message with two outcomes, in Postfix, Sendmail and
 *             Exim), written after those fixes and measured before any change: 3 of 3 right as written.
 *             70 of 70 right; nothing stays wrong.
 */

const DELIVERED = { cause: 'delivered', reason: 'delivered' } as const;
// No connection to the receiving server (timed out, refused, unreachable): retried until the queue gives up.
const UNREACHABLE = {
  cause: ['recipient-server-unreachable', 'delivery-delayed', 'connection-refused', 'no-route-to-host'],
  reason: ['expired', 'networkerror', 'blocked'],
} as const;
const DELAYED = { cause: 'delivery-delayed', reason: ['expired', 'onhold'] } as const;
const DNS_TEMP = {
  cause: ['dns-failure', 'delivery-delayed'],
  reason: ['networkerror', 'expired'],
} as const;
const DOMAIN_NOT_FOUND = {
  cause: ['domain-not-found', 'recipient-domain-typo'],
  reason: 'hostunknown',
} as const;
const UNAVAILABLE = {
  cause: ['server-unavailable', 'connection-rejected', 'system-error'],
  reason: ['systemerror', 'blocked'],
} as const;
const TEMPORARY = { permanent: false } as const;

// One queue id, two recipients: one delivered, one refused (both lines of one grep).
const TWO_RECIPIENTS = lines(
  'Mar  2 12:00:01 mail postfix/qmgr[812]: 8E5F64B2D7: from=<alice@example.com>, size=3120, nrcpt=2 (queue active)',
  'Mar  2 12:00:02 mail postfix/smtp[1401]: 8E5F64B2D7: to=<carol@example.org>, relay=mx.example.org[192.0.2.25]:25, delay=0.8, delays=0.02/0.01/0.3/0.47, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 4fZm1a2Bc3z9xYz)',
  'Mar  2 12:00:02 mail postfix/smtp[1401]: 8E5F64B2D7: to=<bob@example.org>, relay=mx.example.org[192.0.2.25]:25, delay=0.8, delays=0.02/0.01/0.3/0.47, dsn=5.2.2, status=bounced (host mx.example.org[192.0.2.25] said: 552 5.2.2 <bob@example.org>: Mailbox full (in reply to RCPT TO command))',
  'Mar  2 12:00:02 mail postfix/bounce[1402]: 8E5F64B2D7: sender non-delivery notification: 9F6A75C3E8',
  'Mar  2 12:00:02 mail postfix/qmgr[812]: 8E5F64B2D7: removed',
);

const POSTFIX_14: RealWorldCase[] = [
  [
    'Postfix grep of one queue id: bounced, sender in the qmgr line',
    lines(
      'Mar  2 10:14:07 mail postfix/pickup[1187]: 5B2C31E0A4: uid=1000 from=<alice>',
      'Mar  2 10:14:07 mail postfix/cleanup[1201]: 5B2C31E0A4: message-id=<20260302091407.5B2C31E0A4@mail.example.com>',
      'Mar  2 10:14:07 mail postfix/qmgr[812]: 5B2C31E0A4: from=<alice@example.com>, size=1843, nrcpt=1 (queue active)',
      'Mar  2 10:14:08 mail postfix/smtp[1203]: 5B2C31E0A4: to=<bob@example.org>, relay=mx.example.org[192.0.2.25]:25, delay=1.1, delays=0.05/0.01/0.6/0.44, dsn=5.1.1, status=bounced (host mx.example.org[192.0.2.25] said: 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command))',
      'Mar  2 10:14:08 mail postfix/bounce[1204]: 5B2C31E0A4: sender non-delivery notification: 7E4D52F1B6',
      'Mar  2 10:14:08 mail postfix/qmgr[812]: 5B2C31E0A4: removed',
    ),
    {
      ...USER_UNKNOWN,
      recipient: 'bob@example.org',
      sender: 'alice@example.com',
      replyCode: 550,
      status: '5.1.1',
      permanent: true,
    },
  ],
  [
    'Postfix grep of one queue id: deferred for days, then qmgr status=expired',
    lines(
      'Mar  2 09:12:01 mail postfix/qmgr[812]: 3F2A1B4C5D: from=<alice@example.com>, size=40211, nrcpt=1 (queue active)',
      'Mar  7 08:42:31 mail postfix/smtp[1201]: 3F2A1B4C5D: to=<bob@example.org>, relay=none, delay=429030, delays=429000/0.02/30/0, dsn=4.4.1, status=deferred (connect to mx.example.org[192.0.2.25]:25: Connection timed out)',
      'Mar  7 09:12:02 mail postfix/qmgr[812]: 3F2A1B4C5D: from=<alice@example.com>, status=expired, returned to sender',
      'Mar  7 09:12:02 mail postfix/bounce[1202]: 3F2A1B4C5D: sender non-delivery notification: 4B7C2D1E0F',
      'Mar  7 09:12:02 mail postfix/qmgr[812]: 3F2A1B4C5D: removed',
    ),
    {
      ...EXPIRED,
      recipient: 'bob@example.org',
      sender: 'alice@example.com',
    },
  ],
  [
    'Postfix grep of one queue id: deferred once, then sent through the second MX',
    lines(
      'Mar  2 10:20:11 mail postfix/qmgr[812]: 6C3D42F0B5: from=<alice@example.com>, size=2210, nrcpt=1 (queue active)',
      'Mar  2 10:20:41 mail postfix/smtp[1210]: 6C3D42F0B5: to=<bob@example.org>, relay=none, delay=30, delays=0.02/0.01/30/0, dsn=4.4.1, status=deferred (connect to mx.example.org[192.0.2.25]:25: Connection timed out)',
      'Mar  2 10:31:12 mail postfix/qmgr[812]: 6C3D42F0B5: from=<alice@example.com>, size=2210, nrcpt=1 (queue active)',
      'Mar  2 10:31:13 mail postfix/smtp[1290]: 6C3D42F0B5: to=<bob@example.org>, relay=mx2.example.org[192.0.2.26]:25, delay=662, delays=661/0.01/0.4/0.6, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 4fZk2x0Yq1z9sVb)',
      'Mar  2 10:31:13 mail postfix/qmgr[812]: 6C3D42F0B5: removed',
    ),
    {
      ...DELIVERED,
      recipient: 'bob@example.org',
    },
  ],
  [
    'Postfix status=sent to Gmail: delivered, nothing to fix',
    'Mar  2 11:02:44 mail postfix/smtp[1301]: 7D4E53A1C6: to=<bob@gmail.com>, relay=gmail-smtp-in.l.google.com[142.250.102.26]:25, delay=0.93, delays=0.03/0.01/0.31/0.58, dsn=2.0.0, status=sent (250 2.0.0 OK  1772449364 a1b2c3si998877wrb.12 - gsmtp)',
    { ...DELIVERED, recipient: 'bob@gmail.com', replyCode: 250, status: '2.0.0' },
  ],
  [
    'Postfix virtual: mailbox file size limit, File too large',
    'Mar  3 08:02:19 mail postfix/virtual[2301]: 8A1B2C3D4E: to=<bob@example.org>, relay=virtual, delay=0.12, delays=0.06/0.01/0/0.05, dsn=5.2.2, status=bounced (cannot update mailbox /var/mail/vhosts/example.org/bob for user bob. error writing message: File too large)',
    { ...MAILBOX_FULL, recipient: 'bob@example.org', status: '5.2.2' },
  ],
  [
    'Postfix local: disk full, No space left on device (deferred)',
    'Mar  3 08:05:44 mail postfix/local[2310]: 9B2C3D4E5F: to=<bob@mail.example.org>, orig_to=<bob@example.org>, relay=local, delay=0.2, delays=0.1/0/0/0.1, dsn=4.3.0, status=deferred (cannot update mailbox /var/mail/bob for user bob. error writing message: No space left on device)',
    {
      cause: ['system-full', 'system-error'],
      reason: ['systemfull', 'systemerror'],
      recipient: 'bob@mail.example.org',
      status: '4.3.0',
      ...TEMPORARY,
    },
  ],
  [
    'Postfix pipe to dovecot-lda: quota full, deferred (quota_full_tempfail)',
    "Mar  3 08:07:02 mail postfix/pipe[2320]: AC3D4E5F6A: to=<bob@example.org>, relay=dovecot, delay=0.31, delays=0.1/0/0/0.21, dsn=4.3.0, status=deferred (temporary failure. Command output: lda(bob@example.org)<2321><>: Error: sieve: Failed to save message to mailbox 'INBOX': Quota exceeded (mailbox for user is full) )",
    { ...MAILBOX_FULL, recipient: 'bob@example.org', ...TEMPORARY },
  ],
  [
    "Postfix lmtp to Dovecot: User doesn't exist, as a log line",
    "Mar  3 08:09:15 mail postfix/lmtp[2330]: BD4E5F6A7B: to=<bob@example.org>, relay=mail.example.org[private/dovecot-lmtp], delay=0.05, delays=0.02/0.01/0.01/0.01, dsn=5.1.1, status=bounced (host mail.example.org[private/dovecot-lmtp] said: 550 5.1.1 <bob@example.org> User doesn't exist: bob@example.org (in reply to RCPT TO command))",
    { ...USER_UNKNOWN, recipient: 'bob@example.org', replyCode: 550, status: '5.1.1' },
  ],
  [
    'Postfix error agent: mail transport unavailable (own configuration)',
    'Mar  3 08:11:40 mail postfix/error[2340]: CE5F6A7B8C: to=<bob@example.org>, relay=none, delay=0.3, delays=0.2/0/0/0.1, dsn=4.3.0, status=deferred (mail transport unavailable)',
    {
      cause: ['system-error', 'mailer-error'],
      reason: ['systemerror', 'mailererror'],
      recipient: 'bob@example.org',
      ...TEMPORARY,
    },
  ],
  [
    'Postfix expired DSN: Action failed with the last 4.4.1 (returned after the queue lifetime)',
    lines(
      'From: MAILER-DAEMON@mail.example.com (Mail Delivery System)',
      'To: alice@example.com',
      'Subject: Undelivered Mail Returned to Sender',
      'Auto-Submitted: auto-replied',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="3F2A1B4C5D.1772871122/mail.example.com"',
      '',
      '--3F2A1B4C5D.1772871122/mail.example.com',
      'Content-Description: Notification',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      ...postfixNoticeHead(),
      '<bob@example.org>: delivery temporarily suspended: connect to',
      '    mx.example.org[192.0.2.25]:25: Connection timed out',
      '',
      '--3F2A1B4C5D.1772871122/mail.example.com',
      'Content-Description: Delivery report',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mail.example.com',
      'X-Postfix-Queue-ID: 3F2A1B4C5D',
      'X-Postfix-Sender: rfc822; alice@example.com',
      'Arrival-Date: Mon,  2 Mar 2026 09:12:01 +0100 (CET)',
      '',
      'Final-Recipient: rfc822; bob@example.org',
      'Original-Recipient: rfc822;bob@example.org',
      'Action: failed',
      'Status: 4.4.1',
      'Diagnostic-Code: X-Postfix; delivery temporarily suspended: connect to',
      '    mx.example.org[192.0.2.25]:25: Connection timed out',
      '',
      '--3F2A1B4C5D.1772871122/mail.example.com--',
    ),
    { ...EXPIRED, recipient: 'bob@example.org', sender: 'alice@example.com' },
  ],
  [
    'Postfix grep, two recipients: the delivered one is reported as delivered',
    TWO_RECIPIENTS,
    {
      ...DELIVERED,
      recipient: 'carol@example.org',
    },
  ],
  [
    'Postfix grep, two recipients: the refused one is mailbox full, with the sender',
    TWO_RECIPIENTS,
    {
      ...MAILBOX_FULL,
      index: 1,
      recipient: 'bob@example.org',
      sender: 'alice@example.com',
      status: '5.2.2',
    },
  ],
  [
    'Postfix local to procmail: Quota exceeded while writing (deferred)',
    'Mar  3 08:13:02 mail postfix/local[2350]: DF6A7B8C9D: to=<bob@example.org>, relay=local, delay=0.4, delays=0.1/0/0/0.3, dsn=4.3.0, status=deferred (temporary failure. Command output: procmail: Quota exceeded while writing "/var/mail/bob" )',
    { ...MAILBOX_FULL, recipient: 'bob@example.org', ...TEMPORARY },
  ],
  [
    'Postfix to its own content filter (amavis on 10024): connection refused, deferred',
    'Mar  3 08:15:21 mail postfix/smtp[2360]: E07B8C9D0E: to=<bob@example.org>, relay=none, delay=0.02, delays=0.01/0/0.01/0, dsn=4.4.1, status=deferred (connect to 127.0.0.1[127.0.0.1]:10024: Connection refused)',
    {
      cause: [
        'connection-refused',
        'system-error',
        'recipient-server-unreachable',
        'mailer-error',
        'own-filter-failed',
      ],
      reason: ['blocked', 'systemerror', 'expired', 'mailererror'],
      recipient: 'bob@example.org',
      ...TEMPORARY,
    },
  ],
];

const EXIM_14: RealWorldCase[] = [
  [
    'Exim reject log: temporarily rejected RCPT, could not complete sender verify',
    '2026-03-04 11:02:33 H=mail.example.com [198.51.100.7]:41234 I=[192.0.2.25]:25 F=<alice@example.com> temporarily rejected RCPT <bob@example.org>: Could not complete sender verify',
    {
      cause: 'sender-verify-failed',
      reason: 'rejected',
      recipient: 'bob@example.org',
      sender: 'alice@example.com',
      ...TEMPORARY,
    },
  ],
  [
    'Exim main log: == defer (-1), host lookup did not complete',
    '2026-03-04 11:05:10 1vT2aB-000Dd4-7K == bob@example.org R=dnslookup defer (-1): host lookup did not complete',
    { ...DNS_TEMP, recipient: 'bob@example.org', ...TEMPORARY },
  ],
  [
    'Exim main log: ** retry timeout exceeded (the message expired)',
    '2026-03-09 11:05:10 1vT2aB-000Dd4-7K ** bob@example.org R=dnslookup T=remote_smtp: retry timeout exceeded',
    { ...EXPIRED, recipient: 'bob@example.org' },
  ],
  [
    'Exim main log: == defer (-22), local quota (MTA-imposed quota)',
    '2026-03-04 11:07:55 1vT2cD-000De5-8L == bob@example.org R=virtual_user T=virtual_userdelivery defer (-22): mailbox is full (MTA-imposed quota exceeded while writing to /home/acct/mail/example.org/bob/new/1772622475.H53P2.server1)',
    { ...MAILBOX_FULL, recipient: 'bob@example.org', ...TEMPORARY },
  ],
  [
    'Exim main log: == defer (-46), queue file write error after end of data',
    '2026-03-04 11:12:40 1vT2gH-000Dg7-AN == bob@example.org R=dnslookup T=remote_smtp defer (-46) H=mx.example.org [192.0.2.25]: SMTP error from remote mail server after end of data: 451 4.3.0 Error: queue file write error',
    {
      cause: ['system-error', 'system-full'],
      reason: ['systemerror', 'systemfull'],
      recipient: 'bob@example.org',
      replyCode: 451,
      status: '4.3.0',
      ...TEMPORARY,
    },
  ],
  [
    'Exim main log: ** all relevant MX records point to non-existent hosts',
    '2026-03-04 11:15:02 1vT2iJ-000Dh8-BO ** bob@example.org F=<alice@example.com> R=dnslookup: all relevant MX records point to non-existent hosts',
    {
      cause: ['domain-not-found', 'no-mx', 'dns-failure'],
      reason: ['hostunknown', 'notaccept'],
      recipient: 'bob@example.org',
    },
  ],
  [
    'Exim reject log: rejected EHLO, syntactically invalid argument',
    '2026-03-04 11:18:40 rejected EHLO from [198.51.100.7]: syntactically invalid argument(s): mail_server.local',
    {
      cause: ['helo-rejected', 'connection-rejected'],
      reason: 'blocked',
      side: 'sender',
    },
  ],
  [
    'Exim main log: => delivered line (C="250 …"): delivered, nothing to fix',
    '2026-03-04 11:20:00 1vT2kL-000Di9-CP => bob@example.org R=dnslookup T=remote_smtp H=mx.example.org [192.0.2.25] X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes C="250 2.0.0 Ok: queued as 4fZk3y1Zr2z9tWc"',
    { ...DELIVERED, recipient: 'bob@example.org' },
  ],
];

const SENDMAIL_QMAIL_14: RealWorldCase[] = [
  [
    'Sendmail log: dsn=4.0.0, stat=Deferred: Connection timed out with the MX',
    'Mar  5 14:22:31 mail sendmail[4410]: 625EMVxK004408: to=<bob@example.org>, ctladdr=<alice@example.com> (1000/1000), delay=00:00:30, xdelay=00:00:30, mailer=esmtp, pri=121840, relay=mx.example.org. [192.0.2.25], dsn=4.0.0, stat=Deferred: Connection timed out with mx.example.org.',
    { ...UNREACHABLE, recipient: 'bob@example.org', ...TEMPORARY },
  ],
  [
    'Proofpoint PPS (sendmail) log: dsn=5.0.0, stat=Service unavailable',
    'Mar  5 14:25:02 pps01 sendmail[5512]: 625EP1aB005510: to=<bob@example.org>, delay=00:00:01, xdelay=00:00:01, mailer=esmtp, tls_verify=NONE, pri=122103, relay=mx.example.org. [192.0.2.25], dsn=5.0.0, stat=Service unavailable',
    {
      // Widened after measuring: a 5xx "Service unavailable" that gives no reason is read as the receiver's
      // refusal for good (refinements.ts PERMANENT_REFINES), which an admin can accept as well.
      cause: ['connection-rejected', 'server-unavailable', 'unknown', 'system-error'],
      reason: ['blocked', 'systemerror', 'onhold'],
      recipient: 'bob@example.org',
      permanent: true,
    },
  ],
  [
    'Sendmail log: dsn=4.4.3, stat=Deferred: host name lookup failure',
    'Mar  5 14:28:40 mail sendmail[4420]: 625ESeQm004418: to=<bob@example.org>, delay=00:00:00, mailer=esmtp, pri=30512, relay=example.org, dsn=4.4.3, stat=Deferred: Name server: example.org.: host name lookup failure',
    {
      ...DNS_TEMP,
      recipient: 'bob@example.org',
      ...TEMPORARY,
    },
  ],
  [
    'Sendmail log: dsn=5.1.2, stat=Host unknown (Name server: host not found)',
    'Mar  5 14:30:11 mail sendmail[4430]: 625EUBx1004428: to=<bob@example.invalid>, delay=00:00:00, mailer=esmtp, pri=30512, relay=example.invalid, dsn=5.1.2, stat=Host unknown (Name server: example.invalid: host not found)',
    { ...DOMAIN_NOT_FOUND, recipient: 'bob@example.invalid', status: '5.1.2' },
  ],
  [
    'qmail-send log: starting delivery, then deferral: greeting failed',
    lines(
      '@4000000069a8f3a21c3d4e60 starting delivery 17: msg 1048601 to remote bob@example.org',
      '@4000000069a8f3a31c3d4e61 delivery 17: deferral: Connected_to_192.0.2.25_but_greeting_failed./Remote_host_said:_421_4.3.2_Service_not_available,_closing_transmission_channel/',
    ),
    {
      ...UNAVAILABLE,
      recipient: 'bob@example.org',
      replyCode: 421,
      ...TEMPORARY,
    },
  ],
  [
    "qmail-send log: starting delivery, then failure: couldn't find any host named",
    lines(
      '@4000000069a8f4b21c3d4e60 starting delivery 18: msg 1048602 to remote bob@example.invalid',
      "@4000000069a8f4b31c3d4e61 delivery 18: failure: Sorry,_I_couldn't_find_any_host_named_example.invalid._(#5.1.2)/",
    ),
    {
      ...DOMAIN_NOT_FOUND,
      recipient: 'bob@example.invalid',
      status: '5.1.2',
    },
  ],
  [
    'qmail-send log: local delivery failure, no mailbox here by that name',
    lines(
      '@4000000069a8f5c21c3d4e60 starting delivery 21: msg 1048610 to local bob@example.org',
      '@4000000069a8f5c21c3d4e62 delivery 21: failure: Sorry,_no_mailbox_here_by_that_name._(#5.1.1)/',
    ),
    {
      ...USER_UNKNOWN,
      recipient: 'bob@example.org',
      status: '5.1.1',
    },
  ],
  [
    "qmail bounce: connection died, I'm not going to try again (queue too long)",
    lines(
      'Hi. This is the qmail-send program at mail.example.com.',
      "I'm afraid I wasn't able to deliver your message to the following addresses.",
      "This is a permanent error; I've given up. Sorry it didn't work out.",
      '',
      '<bob@example.org>:',
      'Connected to 192.0.2.25 but connection died. (#4.4.2)',
      "I'm not going to try again; this message has been in the queue too long.",
      '',
      '--- Below this line is a copy of the message.',
    ),
    { ...EXPIRED, recipient: 'bob@example.org' },
  ],
  [
    'Sendmail log: stat=Sent: delivered, nothing to fix',
    'Mar  5 14:33:12 mail sendmail[4440]: 625EXCa4004438: to=<bob@example.org>, ctladdr=<alice@example.com> (1000/1000), delay=00:00:01, xdelay=00:00:01, mailer=esmtp, pri=121840, relay=mx.example.org. [192.0.2.25], dsn=2.0.0, stat=Sent (4fZk3y1Zr2z9tWc Message accepted for delivery)',
    { ...DELIVERED, recipient: 'bob@example.org' },
  ],
  [
    'qmail-send log: delivery success: delivered, nothing to fix',
    lines(
      '@4000000069a8f6d21c3d4e60 starting delivery 23: msg 1048620 to remote bob@example.org',
      '@4000000069a8f6d31c3d4e61 delivery 23: success: 192.0.2.25_accepted_message./Remote_host_said:_250_2.0.0_Ok:_queued_as_4fZk3y1Zr2z9tWc/',
    ),
    {
      ...DELIVERED,
      recipient: 'bob@example.org',
    },
  ],
  [
    'OpenSMTPD log: TempFail, Network error on destination MXs',
    'Mar  6 09:30:02 mail smtpd[71234]: 3c1a9f0e2b7d4c55 mta delivery evpid=8f2e4d1c0b9a7654 from=<alice@example.com> to=<bob@example.org> rcpt=<-> source="198.51.100.7" relay="192.0.2.25 (mx.example.org)" delay=4h2m result="TempFail" stat="Network error on destination MXs"',
    {
      ...UNREACHABLE,
      recipient: 'bob@example.org',
      sender: 'alice@example.com',
      ...TEMPORARY,
    },
  ],
  [
    'OpenSMTPD log: TempFail, Temporary failure in MX lookup',
    'Mar  6 09:31:40 mail smtpd[71234]: 3c1a9f0e2b7d4c56 mta delivery evpid=8f2e4d1c0b9a7655 from=<alice@example.com> to=<bob@example.org> rcpt=<-> delay=1m result="TempFail" stat="Temporary failure in MX lookup"',
    { ...DNS_TEMP, recipient: 'bob@example.org', ...TEMPORARY },
  ],
];

const MICROSOFT_14: RealWorldCase[] = [
  [
    'Get-MessageTraceDetail | Format-List: a Defer event, 441 4.4.1 failed to connect (Winsock 10060)',
    lines(
      'PS C:\\> Get-MessageTrace -RecipientAddress bob@example.org -StartDate 3/1/2026 -EndDate 3/3/2026 | Get-MessageTraceDetail | Format-List Date,Event,Detail',
      '',
      'Date   : 3/2/2026 9:41:07 AM',
      'Event  : Receive',
      'Detail : Message received by: AM9PR04MB8123.eurprd04.prod.outlook.com',
      '',
      'Date   : 3/2/2026 9:41:09 AM',
      'Event  : Defer',
      'Detail : Reason: [{LED=441 4.4.1 Error encountered while communicating with primary target IP address: "Failed to connect. Winsock error code: 10060, Win32 error code: 10060." Attempted failover to alternate host, but that did not succeed. Either there are no alternate hosts, or delivery failed to all alternate hosts. The last endpoint attempted was 192.0.2.25:25};{MSG=};{FQDN=mx.example.org};{IP=192.0.2.25};{LRT=3/2/2026 9:41:09 AM}]. OriginalArrivalTime: 2026-03-02T09:41:07.000Z',
    ),
    { ...UNREACHABLE, replyCode: 441, status: '4.4.1', ...TEMPORARY },
  ],
  [
    'Exchange admin center message trace events, tab-separated: Fail with LED RecipientNotFound',
    lines(
      'Message events',
      'Date (UTC+01:00)\tEvent\tAction\tDetail',
      '3/2/2026, 10:12 AM\tReceive\t\tMessage received by: DB9PR04MB8410.eurprd04.prod.outlook.com using TLS1.3 with AES256',
      '3/2/2026, 10:12 AM\tSubmit\t\tThe message was submitted.',
      '3/2/2026, 10:12 AM\tFail\t\tReason: [{LED=550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient bob@example.org not found by SMTP address lookup};{MSG=};{FQDN=};{IP=};{LRT=}]. OriginalArrivalTime: 2026-03-02T09:12:31.000Z. Message not delivered.',
    ),
    { ...MS_NOT_FOUND, recipient: 'bob@example.org', replyCode: 550, status: '5.1.10' },
  ],
  [
    'Exchange Get-MessageTrackingLog | Format-List: DEFER row, Connection dropped due to SocketError',
    lines(
      'Timestamp               : 3/2/2026 11:20:04 AM',
      'ClientIp                : 10.0.0.12',
      'ServerHostname          : EX01',
      'Source                  : SMTP',
      'EventId                 : DEFER',
      'Recipients              : {bob@example.org}',
      'RecipientStatus         : {[{LRT=3/2/2026 11:20:04 AM};{LED=421 4.4.2 Connection dropped due to SocketError};{FQDN=mx.example.org};{IP=192.0.2.25}]}',
      'TotalBytes              : 48211',
      'MessageSubject          : Quote 2026-031',
      'Sender                  : alice@example.com',
    ),
    {
      ...UNREACHABLE,
      recipient: 'bob@example.org',
      replyCode: 421,
      status: '4.4.2',
      ...TEMPORARY,
    },
  ],
];

const DELAY_NOTICES_14: RealWorldCase[] = [
  [
    'Exchange 2003-era Delivery Status Notification (Delay): warning only, 4.4.7',
    lines(
      'From: postmaster@example.com',
      'To: alice@example.com',
      'Subject: Delivery Status Notification (Delay)',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="9B095B5ADSN=_01DA6C2B3E4F5A6000000001mail.example.c"',
      '',
      '--9B095B5ADSN=_01DA6C2B3E4F5A6000000001mail.example.c',
      'Content-Type: text/plain; charset=unicode-1-1-utf-7',
      '',
      'This is an automatically generated Delivery Status Notification.',
      '',
      'THIS IS A WARNING MESSAGE ONLY.',
      '',
      'YOU DO NOT NEED TO RESEND YOUR MESSAGE.',
      '',
      'Delivery to the following recipients has been delayed.',
      '',
      '       bob@example.org',
      '',
      '--9B095B5ADSN=_01DA6C2B3E4F5A6000000001mail.example.c',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns;mail.example.com',
      'Received-From-MTA: dns;ws01.example.com',
      'Arrival-Date: Mon, 2 Mar 2026 09:00:00 +0100',
      '',
      'Final-Recipient: rfc822;bob@example.org',
      'Action: delayed',
      'Status: 4.4.7',
      'Will-Retry-Until: Wed, 4 Mar 2026 09:00:00 +0100',
      '',
      '--9B095B5ADSN=_01DA6C2B3E4F5A6000000001mail.example.c--',
    ),
    { ...DELAYED, recipient: 'bob@example.org', status: '4.4.7', ...TEMPORARY },
  ],
  [
    'Sendmail warning-timeout DSN: could not send message for past 4 hours, greylisting',
    lines(
      'From: Mail Delivery Subsystem <MAILER-DAEMON@mail.example.com>',
      'To: <alice@example.com>',
      'Subject: Warning: could not send message for past 4 hours',
      'Auto-Submitted: auto-generated (warning-timeout)',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="625EMVxK004408.1772627000/mail.example.com"',
      '',
      '--625EMVxK004408.1772627000/mail.example.com',
      '',
      '    **********************************************',
      '    **      THIS IS A WARNING MESSAGE ONLY      **',
      '    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **',
      '    **********************************************',
      '',
      'The original message was received at Thu, 5 Mar 2026 10:22:01 +0100',
      'from ws01.example.com [198.51.100.20]',
      '',
      '   ----- Transcript of session follows -----',
      '<bob@example.org>... Deferred: 451 4.7.1 Greylisting in action, please come back later',
      'Warning: message still undelivered after 4 hours',
      'Will keep trying until message is 5 days old',
      '',
      '--625EMVxK004408.1772627000/mail.example.com',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mail.example.com',
      'Arrival-Date: Thu, 5 Mar 2026 10:22:01 +0100',
      '',
      'Final-Recipient: RFC822; bob@example.org',
      'Action: delayed',
      'Status: 4.7.1',
      'Remote-MTA: DNS; mx.example.org',
      'Diagnostic-Code: SMTP; 451 4.7.1 Greylisting in action, please come back later',
      'Last-Attempt-Date: Thu, 5 Mar 2026 14:22:31 +0100',
      'Will-Retry-Until: Tue, 10 Mar 2026 10:22:01 +0100',
      '',
      '--625EMVxK004408.1772627000/mail.example.com--',
    ),
    {
      cause: ['greylisted', 'delivery-delayed'],
      reason: ['blocked', 'onhold', 'expired'],
      recipient: 'bob@example.org',
      status: '4.7.1',
      ...TEMPORARY,
    },
  ],
];

const ESP_14: RealWorldCase[] = [
  [
    'SES bounce notification: Transient General, Message expired: unable to deliver in 840 minutes',
    '{"notificationType":"Bounce","bounce":{"feedbackId":"0102018e0000abcd-33333333-2222-3333-4444-555555555555-000000","bounceType":"Transient","bounceSubType":"General","bouncedRecipients":[{"emailAddress":"bob@example.org","action":"failed","status":"4.4.7","diagnosticCode":"smtp; 550 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.0 Unable to lookup DNS for example.org>"}],"timestamp":"2026-03-02T23:00:00.000Z","reportingMTA":"dns; a48-30.smtp-out.amazonses.com"},"mail":{"timestamp":"2026-03-02T09:00:00.000Z","source":"alice@example.com","sourceArn":"arn:aws:ses:us-east-1:123456789012:identity/example.com","messageId":"0102018e0000abcd-44444444-2222-3333-4444-555555555555-000000","destination":["bob@example.org"]}}',
    { ...EXPIRED, recipient: 'bob@example.org', sender: 'alice@example.com' },
  ],
  [
    'SES complaint inside its SNS envelope (the event as an escaped string)',
    '{"Type":"Notification","MessageId":"5b7c9d1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e","TopicArn":"arn:aws:sns:us-east-1:123456789012:ses-complaints","Message":"{\\"notificationType\\":\\"Complaint\\",\\"complaint\\":{\\"feedbackId\\":\\"0102018e0000abcd-55555555\\",\\"complaintSubType\\":null,\\"complainedRecipients\\":[{\\"emailAddress\\":\\"bob@example.org\\"}],\\"timestamp\\":\\"2026-03-02T10:00:00.000Z\\",\\"userAgent\\":\\"Yahoo!-Mail-Feedback/2.0\\",\\"complaintFeedbackType\\":\\"abuse\\"},\\"mail\\":{\\"timestamp\\":\\"2026-03-02T09:00:00.000Z\\",\\"source\\":\\"alice@example.com\\",\\"destination\\":[\\"bob@example.org\\"]}}","Timestamp":"2026-03-02T10:00:01.000Z","SignatureVersion":"1"}',
    {
      cause: 'feedback-report',
      reason: 'feedback',
      recipient: 'bob@example.org',
      sender: 'alice@example.com',
    },
  ],
  [
    'Resend email.delivery_delayed webhook',
    '{"type":"email.delivery_delayed","created_at":"2026-03-02T09:30:00.000Z","data":{"created_at":"2026-03-02T09:00:00.000Z","email_id":"4ef9a417-02e9-4d39-ad75-9611e0fcc33c","from":"Alice <alice@example.com>","to":["bob@example.org"],"subject":"Quote"}}',
    { ...DELAYED, recipient: 'bob@example.org', sender: 'alice@example.com', ...TEMPORARY },
  ],
  [
    'Brevo soft_bounce webhook: Gmail 4.2.1 receiving rate for the recipient',
    '{"event":"soft_bounce","email":"bob@gmail.com","id":123456,"date":"2026-03-02 10:40:00","ts":1772444400,"message-id":"<202603021040.12345678901@smtp-relay.mailin.fr>","ts_event":1772444400,"subject":"Quote","tag":"","sending_ip":"185.41.28.109","ts_epoch":1772444400123,"reason":"450-4.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered. Please resend your message at a later time. If the user is able to receive mail at that time, your message will be delivered. For more information, go to https://support.google.com/mail/?p=ReceivingRate a1b2c3si9988.12 - gsmtp"}',
    { cause: 'recipient-rate-limited', reason: 'speeding', recipient: 'bob@gmail.com', ...TEMPORARY },
  ],
  [
    'SES DeliveryDelay event: TransientCommunicationFailure, 421 connection timed out',
    '{"eventType":"DeliveryDelay","mail":{"timestamp":"2026-03-02T09:00:00.000Z","source":"alice@example.com","sendingAccountId":"123456789012","messageId":"0102018e0000abcd-11111111-2222-3333-4444-555555555555-000000","destination":["bob@example.org"]},"deliveryDelay":{"timestamp":"2026-03-02T09:14:01.000Z","delayType":"TransientCommunicationFailure","expirationTime":"2026-03-02T21:00:00.000Z","delayedRecipients":[{"emailAddress":"bob@example.org","status":"4.4.1","diagnosticCode":"smtp; 421 4.4.1 Connection timed out"}]}}',
    {
      ...UNREACHABLE,
      recipient: 'bob@example.org',
      sender: 'alice@example.com',
      ...TEMPORARY,
    },
  ],
  [
    'SES DeliveryDelay event: IPFailure, no diagnostic code',
    '{"eventType":"DeliveryDelay","mail":{"timestamp":"2026-03-02T09:00:00.000Z","source":"alice@example.com","sendingAccountId":"123456789012","messageId":"0102018e0000abcd-22222222-2222-3333-4444-555555555555-000000","destination":["bob@example.org"]},"deliveryDelay":{"timestamp":"2026-03-02T09:20:00.000Z","delayType":"IPFailure","expirationTime":"2026-03-02T21:00:00.000Z","delayedRecipients":[{"emailAddress":"bob@example.org"}]}}',
    {
      cause: ['ip-reputation', 'ip-blocklisted', 'rate-limited'],
      reason: ['badreputation', 'blocked', 'speeding'],
      recipient: 'bob@example.org',
      ...TEMPORARY,
    },
  ],
  [
    'Mailgun failed event, severity temporary: Outlook.com 4.7.500 server busy (S77714)',
    '{"event-data":{"event":"failed","severity":"temporary","reason":"generic","log-level":"warn","recipient":"bob@outlook.com","recipient-domain":"outlook.com","envelope":{"sender":"alice@mg.example.com","transport":"smtp","targets":"bob@outlook.com"},"delivery-status":{"attempt-no":2,"code":451,"message":"4.7.500 Server busy. Please try again later from [198.61.254.7]. (S77714) [DB5PEPF00014B8F.eurprd02.prod.outlook.com 2026-03-02T09:21:07.123Z 08DC3A1B2C3D4E5F]","description":"","mx-host":"outlook-com.olc.protection.outlook.com","retry-seconds":600,"session-seconds":1.2,"tls":true}}}',
    { ...RATE, recipient: 'bob@outlook.com', provider: /microsoft|outlook/i, ...TEMPORARY },
  ],
  [
    'Mailgun failed event, reason old: gave up retrying (expired)',
    '{"event":"failed","severity":"permanent","reason":"old","log-level":"error","recipient":"bob@example.org","envelope":{"sender":"alice@mg.example.com"},"delivery-status":{"attempt-no":9,"code":421,"message":"4.4.2 mx.example.org Error: timeout exceeded","description":"Too old","retry-seconds":0}}',
    { ...EXPIRED, recipient: 'bob@example.org' },
  ],
  [
    'SendGrid dropped event, reason Invalid (the address is malformed)',
    '{"email":"bob@example..org","timestamp":1772441400,"smtp-id":"<20260302091000.abc@example.com>","event":"dropped","reason":"Invalid","sg_event_id":"ZHJvcC1pbnZhbGlk","sg_message_id":"abc123.filter0002.1.2.0"}',
    { cause: ['suppressed', 'syntax-error'], reason: ['suppressed', 'syntaxerror'] },
  ],
  [
    'Postmark bounce webhook: SpamNotification (rejected as spam by content filtering)',
    '{"RecordType":"Bounce","MessageStream":"outbound","ID":4323372036854775807,"Type":"SpamNotification","TypeCode":512,"Name":"Spam notification","Tag":"","MessageID":"883953f4-6105-42a2-a16a-77a8eac79483","ServerID":23,"Description":"The message was delivered, but was either blocked by the user, or classified as spam, bulk mail, or had rejected content.","Details":"smtp;550 5.7.1 Message rejected as spam by Content Filtering.","Email":"bob@example.org","From":"alice@example.com","BouncedAt":"2026-03-02T09:30:00Z","DumpAvailable":true,"Inactive":true,"CanActivate":true,"Subject":"Quote"}',
    { ...SPAM, recipient: 'bob@example.org' },
  ],
  [
    'Postmark bounce webhook: AutoResponder (an out-of-office, not a failure)',
    '{"RecordType":"Bounce","MessageStream":"outbound","ID":4323372036854775808,"Type":"AutoResponder","TypeCode":64,"Name":"Auto responder","Tag":"","MessageID":"993953f4-6105-42a2-a16a-77a8eac79484","ServerID":23,"Description":"Automatic email responder (ex: \\"Out of Office\\" or \\"On Vacation\\").","Details":"Thank you for your message. I am out of the office until 9 March with limited access to email.","Email":"bob@example.org","From":"alice@example.com","BouncedAt":"2026-03-02T09:31:00Z","DumpAvailable":true,"Inactive":false,"CanActivate":true,"Subject":"Quote"}',
    {
      cause: 'auto-reply',
      reason: 'vacation',
      recipient: 'bob@example.org',
    },
  ],
  [
    'Postmark bounce webhook: Transient (message delayed), timeout at the receiver',
    '{"RecordType":"Bounce","MessageStream":"outbound","ID":4323372036854775809,"Type":"Transient","TypeCode":2,"Name":"Message delayed","Tag":"","MessageID":"aa3953f4-6105-42a2-a16a-77a8eac79485","ServerID":23,"Description":"The server could not temporarily deliver your message (ex: Message is delayed due to network troubles).","Details":"smtp;421 4.4.2 mx.example.org Error: timeout exceeded","Email":"bob@example.org","From":"alice@example.com","BouncedAt":"2026-03-02T09:32:00Z","DumpAvailable":true,"Inactive":false,"CanActivate":true,"Subject":"Quote"}',
    { ...UNREACHABLE, recipient: 'bob@example.org', ...TEMPORARY },
  ],
  [
    'SparkPost out_of_band bounce (a bounce that came back later), Exchange RecipNotFound',
    '[{"msys":{"message_event":{"type":"out_of_band","bounce_class":"10","campaign_id":"spring","customer_id":"1","error_code":"550","event_id":"92356927693813856","friendly_from":"alice@example.com","message_id":"000443ee14578172be22","raw_reason":"smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found","reason":"smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found","rcpt_to":"bob@example.org","sending_ip":"198.51.100.40","timestamp":"1772441400"}}}]',
    {
      ...MS_NOT_FOUND,
      recipient: 'bob@example.org',
    },
  ],
  [
    'SparkPost delay event: mailbox full, still being retried',
    '[{"msys":{"message_event":{"type":"delay","bounce_class":"70","error_code":"452","num_retries":"3","queue_time":"12000","raw_reason":"452 4.2.2 <bob@example.org>: Mailbox full","reason":"452 4.2.2 <bob@example.org>: Mailbox full","rcpt_to":"bob@example.org","sending_ip":"198.51.100.40","timestamp":"1772441400"}}}]',
    {
      cause: ['mailbox-full', 'delivery-delayed'],
      reason: ['mailboxfull', 'expired', 'onhold'],
      recipient: 'bob@example.org',
      ...TEMPORARY,
    },
  ],
  [
    'Mandrill deferral webhook: greylisted, smtp_events',
    '[{"event":"deferral","ts":1772441400,"_id":"7761629","msg":{"ts":1772441000,"email":"bob@example.org","sender":"alice@example.com","state":"deferred","subject":"Quote","smtp_events":[{"ts":1772441400,"type":"deferred","diag":"451 4.7.1 Greylisting in action, please come back later","source_ip":"198.2.128.1","destination_ip":"192.0.2.25","size":0}]}}]',
    { ...GREYLIST, recipient: 'bob@example.org', ...TEMPORARY },
  ],
  [
    'Mailjet bounce event: no mail host (the domain has no MX)',
    '{"event":"bounce","time":1772441400,"MessageID":19421777835146490,"Message_GUID":"1ab23cd4-e567-8901-2345-6789f0ab1c2d","email":"bob@example.org","mj_campaign_id":7257,"mj_contact_id":4,"customcampaign":"","CustomID":"","Payload":"","blocked":false,"hard_bounce":true,"error_related_to":"domain","error":"no mail host"}',
    {
      cause: ['no-mx', 'domain-not-found'],
      reason: ['notaccept', 'hostunknown'],
      recipient: 'bob@example.org',
    },
  ],
  [
    'SendGrid event as copied from the activity feed: fields without the braces',
    lines(
      '"email": "bob@example.org",',
      '"event": "bounce",',
      '"reason": "550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual mailbox table",',
      '"status": "5.1.1",',
      '"type": "bounce"',
    ),
    { ...USER_UNKNOWN, recipient: 'bob@example.org', status: '5.1.1' },
  ],
  [
    'Mailgun delivery-status fragment copied from the log view: temporary, over quota',
    lines(
      '"severity": "temporary",',
      '"delivery-status": {',
      '    "attempt-no": 3,',
      '    "code": 452,',
      '    "message": "4.2.2 The email account that you tried to reach is over quota. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp a1b2c3si9988.12 - gsmtp",',
      '    "mx-host": "gmail-smtp-in.l.google.com",',
      '    "retry-seconds": 1800',
      '},',
      '"recipient": "bob@gmail.com",',
    ),
    {
      ...MAILBOX_FULL,
      recipient: 'bob@gmail.com',
      ...TEMPORARY,
    },
  ],
];

// A second batch, written after the first batch's fixes and measured before any further change.
const SECOND_BATCH_14: RealWorldCase[] = [
  [
    'Exim grep of one message: <= arrival, two == defers, then ** retry timeout exceeded',
    lines(
      '2026-03-02 09:00:01 1vS9aA-000Ab1-2C <= alice@example.com H=ws01.example.com [198.51.100.20] P=esmtpsa X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=no A=dovecot_plain:alice S=18231 id=20260302090001.abc@example.com',
      '2026-03-02 09:00:31 1vS9aA-000Ab1-2C == bob@example.org R=dnslookup T=remote_smtp defer (110): Connection timed out H=mx.example.org [192.0.2.25]',
      "2026-03-03 09:10:02 1vS9aA-000Ab1-2C == bob@example.org R=dnslookup T=remote_smtp defer (-53): retry time not reached for any host for 'example.org'",
      '2026-03-06 09:10:02 1vS9aA-000Ab1-2C ** bob@example.org R=dnslookup T=remote_smtp: retry timeout exceeded',
      '2026-03-06 09:10:02 1vS9aA-000Ab1-2C Completed',
    ),
    { ...EXPIRED, recipient: 'bob@example.org', sender: 'alice@example.com' },
  ],
  [
    'Postfix grep: the same recipient deferred three times, still in the queue',
    lines(
      'Mar  2 09:00:01 mail postfix/qmgr[812]: 1A2B3C4D5E: from=<alice@example.com>, size=5120, nrcpt=1 (queue active)',
      'Mar  2 09:00:31 mail postfix/smtp[1501]: 1A2B3C4D5E: to=<bob@example.org>, relay=none, delay=30, delays=0.01/0/30/0, dsn=4.4.1, status=deferred (connect to mx.example.org[192.0.2.25]:25: Connection timed out)',
      'Mar  2 09:05:31 mail postfix/smtp[1544]: 1A2B3C4D5E: to=<bob@example.org>, relay=none, delay=330, delays=300/0/30/0, dsn=4.4.1, status=deferred (connect to mx.example.org[192.0.2.25]:25: Connection timed out)',
      'Mar  2 09:15:31 mail postfix/smtp[1602]: 1A2B3C4D5E: to=<bob@example.org>, relay=none, delay=930, delays=900/0/30/0, dsn=4.4.1, status=deferred (connect to mx.example.org[192.0.2.25]:25: Connection timed out)',
    ),
    {
      ...UNREACHABLE,
      recipient: 'bob@example.org',
      sender: 'alice@example.com',
      status: '4.4.1',
      ...TEMPORARY,
    },
  ],
  [
    'Sendmail grep of one queue id: from= line, Deferred, then Sent',
    lines(
      'Mar  5 10:22:01 mail sendmail[4401]: 625ALM1x004401: from=<alice@example.com>, size=2048, class=0, nrcpts=1, msgid=<20260305102201.625ALM1x004401@mail.example.com>, proto=ESMTP, daemon=MTA, relay=ws01.example.com [198.51.100.20]',
      'Mar  5 10:22:31 mail sendmail[4403]: 625ALM1x004401: to=<bob@example.org>, delay=00:00:30, xdelay=00:00:30, mailer=esmtp, pri=32048, relay=mx.example.org. [192.0.2.25], dsn=4.0.0, stat=Deferred: Connection timed out with mx.example.org.',
      'Mar  5 10:52:33 mail sendmail[4477]: 625ALM1x004401: to=<bob@example.org>, delay=00:30:32, xdelay=00:00:01, mailer=esmtp, pri=122048, relay=mx.example.org. [192.0.2.25], dsn=2.0.0, stat=Sent (4fZp8Q2xYz Message accepted for delivery)',
    ),
    { ...DELIVERED, recipient: 'bob@example.org' },
  ],
  [
    'qmail grep of one message: deferred, then delivered on a later delivery number',
    lines(
      '@4000000069a8f3a01c3d4e60 info msg 1048700: bytes 2211 from <alice@example.com> qp 4242 uid 89',
      '@4000000069a8f3a21c3d4e60 starting delivery 40: msg 1048700 to remote bob@example.org',
      "@4000000069a8f3b21c3d4e61 delivery 40: deferral: Sorry,_I_wasn't_able_to_establish_an_SMTP_connection._(#4.4.1)/",
      '@4000000069a8fbb21c3d4e60 starting delivery 52: msg 1048700 to remote bob@example.org',
      '@4000000069a8fbb31c3d4e61 delivery 52: success: 192.0.2.25_accepted_message./Remote_host_said:_250_2.0.0_Ok:_queued_as_4fZq1R3aBc/',
      '@4000000069a8fbb31c3d4e62 end msg 1048700',
    ),
    {
      ...DELIVERED,
      recipient: 'bob@example.org',
    },
  ],
  [
    'OpenSMTPD log: result="Ok": delivered, nothing to fix',
    'Mar  6 09:40:02 mail smtpd[71234]: 3c1a9f0e2b7d4c60 mta delivery evpid=8f2e4d1c0b9a7660 from=<alice@example.com> to=<bob@example.org> rcpt=<-> source="198.51.100.7" relay="192.0.2.25 (mx.example.org)" delay=1s result="Ok" stat="250 2.0.0 Ok: queued as 4fZr2S4bCd"',
    {
      ...DELIVERED,
      recipient: 'bob@example.org',
    },
  ],
  [
    'Postfix lmtp to Dovecot: status=sent, Saved: delivered, nothing to fix',
    'Mar  3 08:30:01 mail postfix/lmtp[2401]: F18C9D0E1F: to=<bob@example.org>, relay=mail.example.org[private/dovecot-lmtp], delay=0.08, delays=0.03/0.01/0.01/0.03, dsn=2.0.0, status=sent (250 2.0.0 <bob@example.org> kJ3mB0XGpWYpXQAAmQ6Pkw Saved)',
    { ...DELIVERED, recipient: 'bob@example.org' },
  ],
  [
    "Dovecot's own log: lmtp save failed to INBOX, quota exceeded",
    'Mar  3 08:31:12 mail dovecot: lmtp(bob@example.org)<2412><kJ3mB0XGpWYpXQAAmQ6Pkx>: msgid=<20260303083110.ABC123@example.com>: save failed to INBOX: Quota exceeded (mailbox for user is full)',
    {
      ...MAILBOX_FULL,
      recipient: 'bob@example.org',
    },
  ],
  [
    'Postfix delay notice (still being retried): greylisted at RCPT',
    lines(
      'From: MAILER-DAEMON@mail.example.com (Mail Delivery System)',
      'To: alice@example.com',
      'Subject: Delayed Mail (still being retried)',
      'Auto-Submitted: auto-replied',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="9C1D22A0.1772700000/mail.example.com"',
      '',
      '--9C1D22A0.1772700000/mail.example.com',
      'Content-Description: Notification',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      'This is the mail system at host mail.example.com.',
      '',
      '####################################################################',
      '# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #',
      '####################################################################',
      '',
      'Your message could not be delivered for more than 4 hour(s).',
      'It will be retried until it is 5 day(s) old.',
      '',
      '<bob@example.org>: host mx.example.org[192.0.2.25] said: 450 4.2.0',
      '    <bob@example.org>: Recipient address rejected: Greylisted, see',
      '    https://postgrey.schweikert.ch/help/example.org.html (in reply to RCPT TO',
      '    command)',
      '',
      '--9C1D22A0.1772700000/mail.example.com',
      'Content-Description: Delivery report',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mail.example.com',
      'X-Postfix-Queue-ID: 9C1D22A0',
      'X-Postfix-Sender: rfc822; alice@example.com',
      'Arrival-Date: Thu,  5 Mar 2026 08:00:00 +0100 (CET)',
      '',
      'Final-Recipient: rfc822; bob@example.org',
      'Original-Recipient: rfc822;bob@example.org',
      'Action: delayed',
      'Status: 4.2.0',
      'Remote-MTA: dns; mx.example.org',
      'Diagnostic-Code: smtp; 450 4.2.0 <bob@example.org>: Recipient address rejected:',
      '    Greylisted, see https://postgrey.schweikert.ch/help/example.org.html',
      'Will-Retry-Until: Tue, 10 Mar 2026 08:00:00 +0100 (CET)',
      '',
      '--9C1D22A0.1772700000/mail.example.com--',
    ),
    {
      cause: ['greylisted', 'delivery-delayed'],
      reason: ['blocked', 'onhold', 'expired'],
      recipient: 'bob@example.org',
      sender: 'alice@example.com',
      status: '4.2.0',
      ...TEMPORARY,
    },
  ],
  [
    'SES Delivery notification: delivered, nothing to fix',
    '{"notificationType":"Delivery","mail":{"timestamp":"2026-03-02T09:00:00.000Z","source":"alice@example.com","messageId":"0102018e0000abcd-66666666-2222-3333-4444-555555555555-000000","destination":["bob@example.org"]},"delivery":{"timestamp":"2026-03-02T09:00:02.000Z","processingTimeMillis":2011,"recipients":["bob@example.org"],"smtpResponse":"250 2.0.0 OK  1772441402 a1b2c3si998877wrb.12 - gsmtp","remoteMtaIp":"142.250.102.26","reportingMTA":"a48-30.smtp-out.amazonses.com"}}',
    { ...DELIVERED, recipient: 'bob@example.org' },
  ],
  [
    'Brevo deferred webhook: greylisting, still retrying',
    '{"event":"deferred","email":"bob@example.org","id":123457,"date":"2026-03-02 10:50:00","ts":1772445000,"message-id":"<202603021050.12345678902@smtp-relay.mailin.fr>","ts_event":1772445000,"subject":"Quote","tag":"","sending_ip":"185.41.28.109","ts_epoch":1772445000123,"reason":"451 4.7.1 Greylisting in action, please come back later"}',
    { ...GREYLIST, recipient: 'bob@example.org', ...TEMPORARY },
  ],
];

// A third batch of 3, written after the second batch's fixes and measured before any further change.
const THIRD_BATCH_14: RealWorldCase[] = [
  [
    'Postfix grep, two recipients: one still deferred (greylisted), one sent',
    lines(
      'Mar  2 13:00:01 mail postfix/qmgr[812]: 2B3C4D5E6F: from=<alice@example.com>, size=4096, nrcpt=2 (queue active)',
      'Mar  2 13:00:02 mail postfix/smtp[1701]: 2B3C4D5E6F: to=<bob@example.org>, relay=mx.example.org[192.0.2.25]:25, delay=0.9, delays=0.02/0.01/0.4/0.47, dsn=4.2.0, status=deferred (host mx.example.org[192.0.2.25] said: 450 4.2.0 <bob@example.org>: Recipient address rejected: Greylisted, see https://postgrey.schweikert.ch/help/example.org.html (in reply to RCPT TO command))',
      'Mar  2 13:00:02 mail postfix/smtp[1702]: 2B3C4D5E6F: to=<carol@example.net>, relay=mx.example.net[198.51.100.60]:25, delay=1, delays=0.02/0.01/0.5/0.47, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 4fZs3T5cDe)',
    ),
    { ...GREYLIST, recipient: 'bob@example.org', sender: 'alice@example.com', ...TEMPORARY },
  ],
  [
    'Sendmail grep of one queue id: Deferred, then User unknown on the retry',
    lines(
      'Mar  5 11:00:01 mail sendmail[4501]: 625B01aZ004501: from=<alice@example.com>, size=2048, class=0, nrcpts=1, msgid=<20260305110001.625B01aZ004501@mail.example.com>, proto=ESMTP, daemon=MTA, relay=ws01.example.com [198.51.100.20]',
      'Mar  5 11:00:31 mail sendmail[4503]: 625B01aZ004501: to=<bob@example.org>, delay=00:00:30, xdelay=00:00:30, mailer=esmtp, pri=32048, relay=mx.example.org. [192.0.2.25], dsn=4.0.0, stat=Deferred: Connection refused by mx.example.org.',
      'Mar  5 11:30:33 mail sendmail[4577]: 625B01aZ004501: to=<bob@example.org>, delay=00:30:32, xdelay=00:00:01, mailer=esmtp, pri=122048, relay=mx.example.org. [192.0.2.25], dsn=5.1.1, stat=User unknown',
    ),
    { ...USER_UNKNOWN, recipient: 'bob@example.org', sender: 'alice@example.com', permanent: true },
  ],
  [
    'Exim grep of one message: == defer, then => delivered on the next run',
    lines(
      '2026-03-02 09:00:01 1vS9bB-000Ac2-3D <= alice@example.com H=ws01.example.com [198.51.100.20] P=esmtpsa S=4211 id=20260302090001.def@example.com',
      '2026-03-02 09:00:02 1vS9bB-000Ac2-3D == bob@example.org R=dnslookup T=remote_smtp defer (-44) H=mx.example.org [192.0.2.25]: SMTP error from remote mail server after RCPT TO:<bob@example.org>: 451 4.7.1 Greylisting in action, please come back later',
      '2026-03-02 09:15:40 1vS9bB-000Ac2-3D => bob@example.org R=dnslookup T=remote_smtp H=mx.example.org [192.0.2.25] X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes C="250 2.0.0 Ok: queued as 4fZt4U6dEf"',
      '2026-03-02 09:15:40 1vS9bB-000Ac2-3D Completed',
    ),
    { ...DELIVERED, recipient: 'bob@example.org' },
  ],
];

export const ROUND_14: RealWorldCase[] = [
  ...POSTFIX_14,
  ...EXIM_14,
  ...SENDMAIL_QMAIL_14,
  ...MICROSOFT_14,
  ...DELAY_NOTICES_14,
  ...ESP_14,
  ...SECOND_BATCH_14,
  ...THIRD_BATCH_14,
];
