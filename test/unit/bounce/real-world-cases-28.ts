import type { RealWorldCase } from './real-world-cases.js';
import { GREYLIST, lines, MAILBOX_FULL, RECIPIENT_RATE } from './real-world-expectations.js';

/*
 * A twenty-eighth held-out round: temporary refusals and throttling, as the big receivers and the common MTAs word
 * them, and whether the record says what kind of wait it is. Five kinds an admin must tell apart: greylisting (wait,
 * nothing to do), rate and connection limits (slow down, warm up), a deferral for the sending IP's or domain's
 * reputation (fix the reputation), the receiving server's own trouble (the recipient's side), and a temporary reply
 * finally given up on (final once expired). Greylisting in its default texts (postgrey, greylistd under Exim, Exim
 * ACLs, Plesk, Mailcow/rspamd, milter-greylist, sqlgrey, Policyd, Haraka, Zimbra, MDaemon, SmarterMail, Kerio,
 * IceWarp, Mimecast), rate and connection limits (Gmail 4.7.28 / 4.7.0 / 4.2.1, Exchange Online 4.7.500-699 and
 * 4.7.650/651, Yahoo and AOL, Comcast, iCloud, Mimecast, Proofpoint, Orange, Mail.ru, Yandex), server trouble
 * (4.2.0 mailbox locked, 4.3.0, 4.3.1, 4.3.2, 4.4.0, 4.1.8, 4.7.1 'please try again later' with and without a
 * reason, 4.2.2), DSNs with Action: delayed and failed, and log lines with status=deferred and expired.
 * Written from knowledge of the servers' texts, none from the development corpus, measured before any rule changed:
 *   round 28  69 cases (53 single replies, 10 log lines, 4 DSNs, a grep of one message, an Exim warning), 67 right
 *             as written (97 %). The 2 wrong: greylistd's Debian default under Exim ('<ip> is not yet authorized to deliver
 *             mail from <x> to <y>. Please try later.', no grey word) read as the receiver not taking mail (recipient
 *             side), and Gmail's 421-4.7.28 naming the SPF domain read as the domain's reputation, which the project
 *             means (google.ts: 4.7.28 is measured on what it names) and an admin accepts: that expectation was too
 *             narrow and is widened. Reading every record, not only the checked fields, showed two more: a greylisting
 *             that never passed and was returned (a Postfix DSN with Action: failed, and a grep ending in qmgr's
 *             status=expired) read 'greylisted · permanent', whose title says 'your server only has to retry'; those
 *             two expectations were tightened to delivery-expired, so 65 of 69 by the stricter reading.
 *   fixed     reply-phrases.ts: greylistd's 'not yet authorized to deliver mail' is greylisted. refinements.ts
 *             (FAILED_REFINES, later TEMPORARY_FAILED_REFINES): a greylisted or server-unavailable cause in a DSN
 *             whose Action is failed (or a grep whose message expired) is delivery-expired: the message was
 *             returned, so neither 'only retry' nor 'not taking mail right now' holds. Round 1's 'DSN: Postfix greylisting' (Action: failed) accepts
 *             delivery-expired beside greylisted. 69 of 69. Corpus 365 -> 366 of 383 (lhost-x2-05, a returned
 *             message after 'Resources temporarily unavailable', now expired as labelled); reply codes 261 of 274.
 *   then      a second batch of 18 (SECOND_BATCH_28: postgrey's old text, Exim's bare ACL defer, postscreen's 450
 *             4.3.2, Gmail 4.4.5 'Server busy' beside Microsoft's throttling 'Server busy', Gmail's EHLO deferral,
 *             Exchange Online AS770, Outlook.com RP-001 and 4.7.652, Yahoo TS01 and the old '[160]', Free.fr, Postfix
 *             anvil seen by the sender, 4.3.5, 4.4.5 disk space, Dovecot's internal error, DSNs delayed after 4.7.650
 *             and failed after days of 421 4.3.2, Sendmail stat=Deferred after TSS04), written after the fixes and
 *             measured before any change: 17 of 18 right as written. Wrong: Yahoo's old '451 Message temporarily
 *             deferred - [160]' (no host, no code table to say Yahoo) read as unknown. Fixed in reply-phrases.ts: a
 *             bare 'temporarily deferred' is general wording for rate-limited (receivers defer the sender so, not
 *             their own trouble). 18 of 18; corpus unchanged by it.
 *   then      reading whole answers: a rate or connection limit that lasted until the queue gave up read 'Deferred: too
 *             many connections … · permanent' ('Mail is retried automatically'). The greylisting rule above moved to
 *             a table of its own, TEMPORARY_FAILED_REFINES (refinements.ts), with rate-limited, too-many-connections
 *             and recipient-rate-limited beside greylisted and server-unavailable, applied only when the returned
 *             message's last reply was temporary (4xx): a first try without that condition turned 5xx refusals in
 *             returned messages ('552 Too many recipients') into expiries and cost the corpus 5 reasons, and round
 *             17's Gmail web notice without a code into one. With it the corpus is unchanged (366 of 383). 3 cases
 *             (GIVEN_UP_28) written after this fix, one a 5xx guard.
 */

const mail = (headers: string[], ...body: string[]) => lines(...headers, '', ...body);

/** A multipart/report with one recipient: the human part and the delivery-status part. */
const report = (
  subject: string,
  text: string[],
  action: string,
  status: string,
  diag: string,
  extra: string[] = [],
) =>
  lines(
    'From: MAILER-DAEMON@mail.example.com (Mail Delivery System)',
    'To: alice@example.com',
    `Subject: ${subject}`,
    'Date: Wed, 02 Dec 2026 09:40:11 +0100 (CET)',
    'Auto-Submitted: auto-replied',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="B28"',
    '',
    '--B28',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    ...text,
    '',
    '--B28',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mail.example.com',
    'Arrival-Date: Wed, 02 Dec 2026 05:32:09 +0100 (CET)',
    '',
    'Final-Recipient: rfc822; bob@example.org',
    `Action: ${action}`,
    `Status: ${status}`,
    'Remote-MTA: dns; mx.example.org',
    `Diagnostic-Code: smtp; ${diag}`,
    ...extra,
    '',
    '--B28',
    'Content-Type: text/rfc822-headers',
    '',
    'From: Alice <alice@example.com>',
    'To: bob@example.org',
    'Subject: Minutes of the board meeting',
    'Message-ID: <20261202043209.7F1A2B@example.com>',
    '',
    '--B28--',
  );

const POSTFIX_WARNING = [
  'This is the mail system at host mail.example.com.',
  '',
  '####################################################################',
  '# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #',
  '####################################################################',
  '',
  'Your message could not be delivered for more than 4 hour(s).',
  'It will be retried until it is 5 day(s) old.',
  '',
  '                   The mail system',
  '',
];
const POSTFIX_FAILED = [
  'This is the mail system at host mail.example.com.',
  '',
  "I'm sorry to have to inform you that your message could not",
  "be delivered to one or more recipients. It's attached below.",
  '',
  '                   The mail system',
  '',
];

const postfixLog = (status: 'bounced' | 'deferred', dsn: string, said: string, stage = 'RCPT TO') =>
  `Dec  2 05:32:11 mail postfix/smtp[20417]: 4DkW3m2H1Rz7tYp: to=<bob@example.org>, relay=mx.example.org[192.0.2.25]:25, delay=2.1, delays=0.05/0.01/1.4/0.6, dsn=${dsn}, status=${status} (host mx.example.org[192.0.2.25] said: ${said} (in reply to ${stage} command))`;

const noqueue = (reply: string) =>
  `Dec  2 05:32:11 mx postfix/smtpd[3141]: NOQUEUE: reject: RCPT from mail.example.com[198.51.100.9]: ${reply}; from=<alice@example.com> to=<bob@example.org> proto=ESMTP helo=<mail.example.com>`;

const TEMPORARY = { permanent: false } as const;

// Greylisting: the receiver asks every new sender/IP pair to come back; the sending server only has to retry.
const GREY = { ...GREYLIST, side: 'sender', permanent: false } as const;
// A deferral that names no reason: greylisting milters and busy servers answer alike.
const GREY_OR_BUSY = {
  cause: ['greylisted', 'server-unavailable', 'system-error'],
  reason: ['blocked', 'onhold', 'systemerror'],
  permanent: false,
} as const;
// Slow down: too much mail, or too many connections, from this IP or domain.
const SLOW_DOWN = {
  cause: ['rate-limited', 'too-many-connections', 'ip-reputation'],
  reason: ['speeding', 'toomanyconn', 'badreputation', 'blocked'],
  side: 'sender',
  permanent: false,
} as const;
const CONNECTIONS = {
  cause: ['too-many-connections', 'rate-limited'],
  reason: ['toomanyconn', 'speeding'],
  side: 'sender',
  permanent: false,
} as const;
// Deferred for the sending IP's (or domain's) reputation: the throttle is the symptom, the reputation the cause.
const REPUTATION_DEFERRAL = {
  cause: ['ip-reputation', 'rate-limited', 'domain-reputation'],
  reason: ['badreputation', 'speeding', 'blocked'],
  side: 'sender',
  permanent: false,
} as const;
// The receiving server's own trouble, for now.
const RECEIVER_TROUBLE = {
  cause: ['server-unavailable', 'system-error'],
  reason: 'systemerror',
  side: 'recipient',
  permanent: false,
} as const;
const RECEIVER_FULL = {
  cause: ['system-full', 'server-unavailable', 'system-error'],
  reason: ['systemfull', 'systemerror'],
  side: 'recipient',
  permanent: false,
} as const;
const DNS_TEMP = {
  cause: ['dns-failure'],
  reason: ['networkerror', 'hostunknown'],
  permanent: false,
} as const;
// Given up after the temporary refusals: final, the expiry or the cause of the last attempt.
// A greylist never passed: "only retry" no longer holds once the message was returned (tightened on review).
const GAVE_UP_GREY = { cause: 'delivery-expired', reason: 'expired', permanent: true } as const;
const GAVE_UP_RATE = {
  cause: ['delivery-expired', 'rate-limited', 'too-many-connections', 'ip-reputation'],
  reason: ['expired', 'speeding', 'toomanyconn', 'badreputation', 'blocked'],
  permanent: true,
} as const;

const GREYLISTING_28: RealWorldCase[] = [
  [
    'postgrey default text (450 4.2.0 Greylisted, see …)',
    '450 4.2.0 <bob@example.org>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.org.html',
    { ...GREY, replyCode: 450, status: '4.2.0' },
  ],
  [
    'postgrey, receiving NOQUEUE log line',
    noqueue(
      '450 4.2.0 <bob@example.org>: Recipient address rejected: Greylisted, see https://postgrey.schweikert.ch/help/example.org.html',
    ),
    { ...GREY, recipient: 'bob@example.org' },
  ],
  [
    'postgrey, sending log line status=deferred',
    postfixLog(
      'deferred',
      '4.2.0',
      '450 4.2.0 <bob@example.org>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.org.html',
    ),
    { ...GREY, recipient: 'bob@example.org', replyCode: 450, status: '4.2.0' },
  ],
  [
    'postgrey with a custom delay text (Greylisted for 300 seconds)',
    '450 4.2.0 <bob@example.org>: Recipient address rejected: Greylisted for 300 seconds',
    GREY,
  ],
  [
    'greylistd under Exim (Debian default): not yet authorized … please try later',
    '451 198.51.100.9 is not yet authorized to deliver mail from <alice@example.com> to <bob@example.org>. Please try later.',
    { ...GREY, replyCode: 451 },
  ],
  [
    'Exim greylisting ACL, sending side Exim defer line',
    '2026-12-02 05:32:11 1tS0aB-000Q7K-2c == bob@example.org R=dnslookup T=remote_smtp defer (-44) H=mx.example.org [192.0.2.25]: SMTP error from remote mail server after RCPT TO:<bob@example.org>: 451 4.7.1 Greylisted, please try again in 5 minutes',
    { ...GREY, recipient: 'bob@example.org' },
  ],
  ['Exim greylisting ACL, deferred: greylisted', '451 Deferred: greylisted. Please try again later.', GREY],
  [
    'cPanel-style Exim greylisting: temporarily rejected, try again later (no reason named)',
    '451 Temporarily rejected. Try again later.',
    GREY_OR_BUSY,
  ],
  [
    'Mailcow / rspamd greylist: Try again later (451 4.7.1)',
    '451 4.7.1 Try again later',
    { ...GREY, replyCode: 451, status: '4.7.1' },
  ],
  [
    'rspamd soft reject through Postfix milter, receiving log line',
    'Dec  2 05:32:11 mx postfix/cleanup[4412]: 4DkW3m2H1Rz7tYp: milter-reject: END-OF-MESSAGE from mail.example.com[198.51.100.9]: 4.7.1 Try again later; from=<alice@example.com> to=<bob@example.org> proto=ESMTP helo=<mail.example.com>',
    { ...GREY_OR_BUSY, cause: ['greylisted', 'server-unavailable'] },
  ],
  [
    'milter-greylist default text with its countdown',
    '451 4.7.1 Greylisting in action, please come back in 00:04:59',
    GREY,
  ],
  [
    'sqlgrey',
    '450 4.7.1 <bob@example.org>: Recipient address rejected: Greylisted for 300 seconds (1)',
    GREY,
  ],
  [
    'Policyd v2 (Cluebringer) greylisting, as on Zimbra',
    '451 4.7.1 <bob@example.org>: Recipient address rejected: Greylisting in effect, please come back later',
    GREY,
  ],
  ['Haraka greylist plugin', '450 4.7.1 Greylisted. Please try again later', GREY],
  ['MDaemon greylisting', '451 4.7.1 Greylisting enabled, please try again later', GREY],
  ['SmarterMail greylisting', '451 Greylisted: please try again later', GREY],
  ['Kerio Connect greylisting', '451 4.7.1 Please try again later (greylisting)', GREY],
  [
    'IceWarp greylisting',
    '451 4.7.1 <bob@example.org> Please try again later, greylisted for 120 seconds',
    GREY,
  ],
  [
    'Mimecast: 451 Internal resource temporarily unavailable (its greylisting)',
    '451 Internal resource temporarily unavailable - https://community.mimecast.com/docs/DOC-1369#451',
    { ...GREY_OR_BUSY, provider: /mimecast/i },
  ],
  [
    'Sendmail log line, stat=Deferred with greylisting',
    'Dec  2 05:32:11 mail sm-mta[8812]: 0B24WB1k008812: to=<bob@example.org>, delay=00:00:02, xdelay=00:00:01, mailer=esmtp, pri=120421, relay=mx.example.org. [192.0.2.25], dsn=4.7.1, stat=Deferred: 451 4.7.1 Greylisting in action, please come back later',
    { ...GREY, recipient: 'bob@example.org' },
  ],
];

const THROTTLING_28: RealWorldCase[] = [
  [
    'Gmail 421-4.7.28 unsolicited rate from the SPF domain',
    lines(
      '421-4.7.28 Gmail has detected an unusual rate of unsolicited mail originating',
      '421-4.7.28 from your SPF domain [example.com      12]. To protect our users from',
      '421-4.7.28 spam, mail sent from your domain has been temporarily rate limited.',
      '421-4.7.28 For more information, go to',
      '421-4.7.28  https://support.google.com/mail/?p=UnsolicitedRateLimitError to',
      '421 4.7.28 review our Bulk Email Senders Guidelines. a640c23a62f3a-7b2c1si.88 - gsmtp',
    ),
    {
      ...SLOW_DOWN,
      // Widened after measuring: Gmail measures 4.7.28 on what it names, here the SPF domain's reputation.
      cause: [...SLOW_DOWN.cause, 'domain-reputation'],
      replyCode: 421,
      status: '4.7.28',
      provider: /google|gmail/i,
    },
  ],
  [
    'Gmail 421-4.7.0 older unsolicited rate from the IP',
    lines(
      '421-4.7.0 [203.0.113.7      15] Our system has detected an unusual rate of',
      '421-4.7.0 unsolicited mail originating from your IP address. To protect our',
      '421-4.7.0 users from spam, mail sent from your IP address has been temporarily',
      '421-4.7.0 rate limited. Please visit',
      '421-4.7.0  https://support.google.com/mail/?p=UnsolicitedIPError to review our',
      '421 4.7.0 Bulk Email Senders Guidelines. d9si456789qkj.77 - gsmtp',
    ),
    { ...SLOW_DOWN, replyCode: 421, status: '4.7.0' },
  ],
  [
    'Gmail 421-4.7.0 very low reputation of the sending IP',
    lines(
      '421-4.7.0 This message is suspicious due to the very low reputation of the',
      '421-4.7.0 sending IP address. To protect our users from spam, mail sent from',
      '421-4.7.0 your IP address has been temporarily rate limited. For more',
      '421-4.7.0 information, go to',
      '421 4.7.0  https://support.google.com/mail/answer/188131 k3si112233qvb.5 - gsmtp',
    ),
    { ...REPUTATION_DEFERRAL, replyCode: 421 },
  ],
  [
    'Gmail 452-4.2.1 recipient receiving mail too quickly',
    lines(
      '452-4.2.1 The recipient you are trying to contact is receiving mail at a rate',
      '452-4.2.1 that prevents additional messages from being delivered. Please',
      '452-4.2.1 resend your message at a later point. If the recipient is able to',
      '452-4.2.1 receive mail at that time, your message will be delivered. For more',
      '452-4.2.1 information, go to',
      '452 4.2.1  https://support.google.com/mail/?p=ReceivingRatePerm u4si99887ejd.44 - gsmtp',
    ),
    { ...RECIPIENT_RATE, ...TEMPORARY, replyCode: 452, status: '4.2.1' },
  ],
  [
    'Google Workspace SMTP relay: peak relay limit for the customer',
    '450-4.2.1 Peak SMTP relay limit exceeded for customer. This is a temporary error. For more information on SMTP relay limits, please contact your administrator or visit https://support.google.com/a/answer/6140680 s2si1234ejd.9 - gsmtp',
    { cause: ['rate-limited'], reason: 'speeding', side: 'sender', permanent: false },
  ],
  [
    'Gmail 421-4.3.0 temporary system problem',
    lines(
      '421-4.3.0 Temporary System Problem.  Try again later (10). For more information,',
      '421-4.3.0 go to',
      '421 4.3.0  https://support.google.com/mail/?p=TempFail h7si554433ybq.12 - gsmtp',
    ),
    { ...RECEIVER_TROUBLE, replyCode: 421, status: '4.3.0' },
  ],
  [
    'Exchange Online 451 4.7.500 server busy (new or throttled IP)',
    '451 4.7.500 Server busy. Please try again later from [203.0.113.7]. (S77719) [DM6NAM11FT057.eop-nam11.prod.protection.outlook.com 2026-12-02T04:32:11.000Z 08DD12AB34CD56EF]',
    { ...SLOW_DOWN, replyCode: 451, status: '4.7.500' },
  ],
  [
    'Exchange Online 451 4.7.650 temporarily rate limited due to IP reputation',
    '451 4.7.650 The mail server [203.0.113.7] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S775) [Name=Protocol Filter Agent][AGT=PFA][MxId=11BA7F39A6C38B2F] [BN1NAM02FT012.eop-nam02.prod.protection.outlook.com]',
    { ...REPUTATION_DEFERRAL, replyCode: 451, status: '4.7.650' },
  ],
  [
    'Outlook.com 421 4.7.650, sending log line deferred',
    postfixLog(
      'deferred',
      '4.7.650',
      '421 4.7.650 The mail server [203.0.113.7] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S775)',
      'end of DATA',
    ),
    { ...REPUTATION_DEFERRAL, recipient: 'bob@example.org' },
  ],
  [
    'Outlook.com 451 4.7.651 exceeded the rate limit, reason reputation',
    '451 4.7.651 The mail server IP connecting to Outlook.com server has exceeded the rate limit allowed. Reason for rate limitation is related to IP/domain reputation. If you are not an email/network admin please contact your E-mail/Internet Service Provider for help. For e-mail delivery information, see https://postmaster.live.com (S843)',
    { ...REPUTATION_DEFERRAL, status: '4.7.651' },
  ],
  [
    'Exchange 421 4.3.2 maximum number of concurrent server connections',
    '421 4.3.2 The maximum number of concurrent server connections has exceeded a limit, closing transmission channel',
    { ...CONNECTIONS, replyCode: 421 },
  ],
  [
    'Yahoo 421 4.7.0 [TSS04] unexpected volume or user complaints',
    '421 4.7.0 [TSS04] Messages from 203.0.113.7 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes',
    { ...REPUTATION_DEFERRAL, replyCode: 421, status: '4.7.0', provider: /yahoo/i },
  ],
  [
    'Yahoo [TSS04] in a Postfix deferred log line',
    postfixLog(
      'deferred',
      '4.7.0',
      '421 4.7.0 [TSS04] Messages from 203.0.113.7 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes',
      'MAIL FROM',
    ),
    { ...REPUTATION_DEFERRAL, recipient: 'bob@example.org' },
  ],
  [
    'Yahoo 421 4.7.0 [GL01] temporarily deferred',
    '421 4.7.0 [GL01] Message from (203.0.113.7) temporarily deferred - 4.16.50. Please refer to https://postmaster.yahooinc.com/error-codes',
    {
      ...REPUTATION_DEFERRAL,
      cause: [...REPUTATION_DEFERRAL.cause, 'greylisted'],
      reason: [...REPUTATION_DEFERRAL.reason, 'onhold'],
    },
  ],
  [
    'Yahoo [TS03]: permanently deferred, retrying will not succeed (4xx code, a block in words)',
    '421 4.7.0 [TS03] All messages from 203.0.113.7 will be permanently deferred; Retrying will NOT succeed. See https://postmaster.yahooinc.com/error-codes',
    {
      cause: ['ip-reputation', 'ip-blocklisted'],
      reason: ['badreputation', 'blocked'],
      side: 'sender',
      replyCode: 421,
    },
  ],
  [
    'AOL (old) 421 DYN:T1',
    '421 4.7.1 : (DYN:T1) http://postmaster.info.aol.com/errors/421dynt1.html',
    { ...SLOW_DOWN, cause: [...SLOW_DOWN.cause, 'ip-blocklisted', 'port25-blocked'] },
  ],
  [
    'Comcast RL000001 too many sessions',
    '421 4.7.0 mx.comcast.net comcast 203.0.113.7 Too many sessions opened RL000001 https://postmaster.comcast.net/smtp-error-codes.php#RL000001',
    { ...CONNECTIONS, reference: 'RL000001' },
  ],
  [
    'iCloud 421 4.7.1 rate limited',
    '421 4.7.1 mx.icloud.com Too many messages from your IP (203.0.113.7), please try again later. https://support.apple.com/102322',
    SLOW_DOWN,
  ],
  [
    'Mimecast 451 rate limit exceeded',
    '451 Rate limit exceeded - https://community.mimecast.com/docs/DOC-1369#451',
    { ...SLOW_DOWN, replyCode: 451 },
  ],
  [
    'Proofpoint 421 too many concurrent SMTP connections',
    '421 Too many concurrent SMTP connections from this IP address; please try again later.',
    CONNECTIONS,
  ],
  [
    'Orange 421 too many connections (OFR005)',
    '421 mwinf5c12 ME Trop de connexions, veuillez verifier votre configuration. Too many connections, slow down. OFR005_104 [104]',
    CONNECTIONS,
  ],
  [
    'Mail.ru 451 too many mails from your IP',
    '451 4.7.1 Too many mails from your IP 203.0.113.7, try again later.',
    SLOW_DOWN,
  ],
  [
    'Yandex 451 4.7.1 service currently unavailable, come back later (its deferral of suspect mail)',
    '451 4.7.1 Sorry, the service is currently unavailable. Please come back later. 1733113931-wQbKr3XgKiE0-Ab12Cd34',
    {
      ...GREY_OR_BUSY,
      cause: [...GREY_OR_BUSY.cause, 'ip-reputation'],
      reason: [...GREY_OR_BUSY.reason, 'badreputation'],
    },
  ],
  [
    'a reason given: please try again later, messages per hour exceeded',
    '451 4.7.1 Please try again later: maximum messages per hour from your IP exceeded',
    SLOW_DOWN,
  ],
  [
    'a reason given: please try again later, poor IP reputation',
    '451 4.7.1 Please try again later, your IP address 203.0.113.7 has a poor reputation',
    REPUTATION_DEFERRAL,
  ],
  ['no reason given: 451 4.7.1 please try again later', '451 4.7.1 Please try again later', GREY_OR_BUSY],
];

const SERVER_TROUBLE_28: RealWorldCase[] = [
  [
    'Cyrus or Dovecot LMTP behind Postfix: mailbox is locked',
    postfixLog(
      'deferred',
      '4.2.0',
      '451 4.2.0 <bob@example.org> Mailbox is locked, try again later',
      'end of DATA',
    ),
    {
      ...RECEIVER_TROUBLE,
      cause: [...RECEIVER_TROUBLE.cause, 'mailer-error'],
      reason: ['systemerror', 'mailererror'],
      recipient: 'bob@example.org',
    },
  ],
  [
    'Sendmail 450 4.2.0 mailbox busy',
    '450 4.2.0 <bob@example.org>... Mailbox busy, try again later',
    {
      ...RECEIVER_TROUBLE,
      cause: [...RECEIVER_TROUBLE.cause, 'mailer-error'],
      reason: ['systemerror', 'mailererror'],
    },
  ],
  [
    '451 4.3.0 local error in processing',
    '451 4.3.0 Requested action aborted: local error in processing',
    { ...RECEIVER_TROUBLE, replyCode: 451, status: '4.3.0' },
  ],
  ['Postfix 451 4.3.0 queue file write error', '451 4.3.0 Error: queue file write error', RECEIVER_TROUBLE],
  [
    'Postfix 452 4.3.1 insufficient system storage',
    '452 4.3.1 Insufficient system storage',
    { ...RECEIVER_FULL, replyCode: 452, status: '4.3.1' },
  ],
  [
    'Exchange back pressure: 452 4.3.1 insufficient system resources',
    '452 4.3.1 Insufficient system resources (UsedDiskSpace[C:\\Program Files\\Microsoft\\Exchange Server\\V15\\TransportRoles\\data\\Queue])',
    RECEIVER_FULL,
  ],
  [
    '421 4.3.2 service not available, closing transmission channel',
    '421 4.3.2 Service not available, closing transmission channel',
    { ...RECEIVER_TROUBLE, replyCode: 421, status: '4.3.2' },
  ],
  ['Exchange 421 4.3.2 service not active', '421 4.3.2 Service not active', RECEIVER_TROUBLE],
  [
    'Exim 421 shutting down (a restart or spool problem)',
    '421 mx.example.org lost input connection, closing channel. System shutting down',
    RECEIVER_TROUBLE,
  ],
  [
    'Exchange Online 451 4.7.0 temporary server error (PRX)',
    '451 4.7.0 Temporary server error. Please try again later. PRX5 [AM6PR04MB5678.eurprd04.prod.outlook.com 2026-12-02T04:32:11.000Z 08DD12AB34CD56EF]',
    RECEIVER_TROUBLE,
  ],
  [
    'Exchange 432 4.3.2 STOREDRV mailbox server too busy',
    '432 4.3.2 STOREDRV.Deliver; mailbox server is too busy',
    RECEIVER_TROUBLE,
  ],
  [
    'Exchange 451 4.4.0 DNS query failed (ErrorRetry)',
    '451 4.4.0 DNS query failed. The error was: DNS query failed with error: ErrorRetry',
    { ...DNS_TEMP, status: '4.4.0' },
  ],
  [
    'Postfix deferred: name service error, try again',
    'Dec  2 05:32:11 mail postfix/smtp[20417]: 4DkW3m2H1Rz7tYp: to=<bob@example.org>, relay=none, delay=31, delays=0.02/0/31/0, dsn=4.4.3, status=deferred (Host or domain name not found. Name service error for name=example.org type=MX: Host not found, try again)',
    { ...DNS_TEMP, recipient: 'bob@example.org' },
  ],
  [
    'Sendmail 451 4.1.8 sender domain does not resolve (temporary DNS)',
    '451 4.1.8 Domain of sender address alice@example.com does not resolve',
    {
      cause: ['sender-domain-invalid', 'dns-failure', 'sender-rejected'],
      reason: ['rejected', 'hostunknown', 'networkerror'],
      side: 'sender',
      permanent: false,
    },
  ],
  [
    'Dovecot LMTP 452 4.2.2 quota exceeded (temporary)',
    '452 4.2.2 <bob@example.org> Quota exceeded (mailbox for user is full)',
    { ...MAILBOX_FULL, ...TEMPORARY, replyCode: 452, status: '4.2.2' },
  ],
  ['Exim 452 space shortage', '452 Space shortage, please try later', RECEIVER_FULL],
];

const NOTICES_28: RealWorldCase[] = [
  [
    'Postfix delay DSN (Action: delayed) after greylisting',
    report(
      'Delayed Mail (still being retried)',
      POSTFIX_WARNING,
      'delayed',
      '4.2.0',
      '450 4.2.0 <bob@example.org>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.org.html',
      ['Will-Retry-Until: Mon, 7 Dec 2026 05:32:09 +0100 (CET)'],
    ),
    {
      ...GREY,
      cause: ['greylisted', 'delivery-delayed'],
      reason: ['blocked', 'onhold', 'expired'],
      recipient: 'bob@example.org',
    },
  ],
  [
    'Postfix delay DSN (Action: delayed) after Yahoo TSS04',
    report(
      'Delayed Mail (still being retried)',
      POSTFIX_WARNING,
      'delayed',
      '4.7.0',
      '421 4.7.0 [TSS04] Messages from 203.0.113.7 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes',
    ),
    {
      cause: [...REPUTATION_DEFERRAL.cause, 'delivery-delayed'],
      reason: [...REPUTATION_DEFERRAL.reason, 'expired'],
      ...TEMPORARY,
      recipient: 'bob@example.org',
    },
  ],
  [
    'Postfix failed DSN (Action: failed, 4.x.x) after a greylisting that never passed',
    report(
      'Undelivered Mail Returned to Sender',
      POSTFIX_FAILED,
      'failed',
      '4.2.0',
      '450 4.2.0 <bob@example.org>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.org.html',
    ),
    { ...GAVE_UP_GREY, recipient: 'bob@example.org' },
  ],
  [
    'Postfix failed DSN (Action: failed) after Exchange Online 4.7.650 until expiry',
    report(
      'Undelivered Mail Returned to Sender',
      POSTFIX_FAILED,
      'failed',
      '4.7.650',
      '451 4.7.650 The mail server [203.0.113.7] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S775)',
    ),
    GAVE_UP_RATE,
  ],
  [
    'Postfix expired in a grep of one message: greylisted, then qmgr status=expired',
    lines(
      'Dec  2 05:32:09 mail postfix/qmgr[1022]: 4DkW3m2H1Rz7tYp: from=<alice@example.com>, size=4120, nrcpt=1 (queue active)',
      'Dec  2 05:32:11 mail postfix/smtp[20417]: 4DkW3m2H1Rz7tYp: to=<bob@example.org>, relay=mx.example.org[192.0.2.25]:25, delay=2.1, delays=0.05/0.01/1.4/0.6, dsn=4.2.0, status=deferred (host mx.example.org[192.0.2.25] said: 450 4.2.0 <bob@example.org>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.org.html (in reply to RCPT TO command))',
      'Dec  7 05:40:02 mail postfix/qmgr[1022]: 4DkW3m2H1Rz7tYp: from=<alice@example.com>, status=expired, returned to sender',
    ),
    GAVE_UP_GREY,
  ],
  [
    'Exim: retry timeout exceeded after Outlook rate limiting',
    '2026-12-06 05:40:02 1tS0aB-000Q7K-2c ** bob@example.org R=dnslookup T=remote_smtp H=mx.example.org [192.0.2.25]: SMTP error from remote mail server after MAIL FROM:<alice@example.com> SIZE=4120: 451 4.7.500 Server busy. Please try again later from [203.0.113.7]. (S77719): retry timeout exceeded',
    GAVE_UP_RATE,
  ],
  [
    'Exim warning (delayed) after greylisting',
    mail(
      [
        'From: Mail Delivery System <Mailer-Daemon@mail.example.com>',
        'To: alice@example.com',
        'Subject: Warning: message 1tS0aB-000Q7K-2c delayed 24 hours',
        'Auto-Submitted: auto-replied',
      ],
      'This message was created automatically by mail delivery software.',
      'A message that you sent has not yet been delivered to one or more of its',
      'recipients after more than 24 hours on the queue on mail.example.com.',
      '',
      'The message identifier is:     1tS0aB-000Q7K-2c',
      'The subject of the message is: Minutes of the board meeting',
      '',
      'The address to which the message has not yet been delivered is:',
      '',
      '  bob@example.org',
      '    host mx.example.org [192.0.2.25]',
      '    Delay reason: SMTP error from remote mail server after RCPT TO:<bob@example.org>:',
      '    451 4.7.1 Greylisting in action, please come back later',
      '',
      'No action is required on your part. Delivery attempts will continue for',
      'some time, and this warning may be repeated at intervals if the message',
      'remains undelivered. Eventually the mail delivery software will give up,',
      'and when that happens, the message will be returned to you.',
    ),
    {
      ...GREY,
      cause: ['greylisted', 'delivery-delayed'],
      reason: ['blocked', 'onhold', 'expired'],
      recipient: 'bob@example.org',
    },
  ],
];

export const SECOND_BATCH_28: RealWorldCase[] = [
  [
    'postgrey, its old text and help address',
    '450 4.7.1 <bob@example.org>: Recipient address rejected: Greylisted for 300 seconds (see http://isg.ee.ethz.ch/tools/postgrey/help/example.org.html)',
    { ...GREY, replyCode: 450, status: '4.7.1' },
  ],
  [
    'Exim ACL defer without a message (a greylisting ACL or a local problem)',
    '451 Temporary local problem - please try later',
    GREY_OR_BUSY,
  ],
  [
    'postscreen after-220 tests: the client must come back (450 4.3.2)',
    '450 4.3.2 Service currently unavailable',
    {
      ...GREY_OR_BUSY,
      cause: [...GREY_OR_BUSY.cause, 'connection-rejected'],
      reason: [...GREY_OR_BUSY.reason, 'blocked'],
    },
  ],
  [
    'Gmail 421-4.4.5 server busy (Google itself busy, not throttling)',
    lines(
      '421-4.4.5 Server busy, try again later. For more information, go to',
      '421 4.4.5  https://support.google.com/mail/?p=TempFail q12si8765432pjb.3 - gsmtp',
    ),
    { ...RECEIVER_TROUBLE, replyCode: 421, provider: /google|gmail/i },
  ],
  [
    'Gmail 421-4.7.0 try again later, closing connection (EHLO)',
    lines(
      '421-4.7.0 Try again later, closing connection. (EHLO) For more information, go to',
      '421 4.7.0  https://support.google.com/a/answer/3221692 j5si1122334qtn.21 - gsmtp',
    ),
    {
      cause: ['greylisted', 'server-unavailable', 'too-many-connections', 'rate-limited', 'ip-reputation'],
      reason: ['blocked', 'onhold', 'systemerror', 'toomanyconn', 'speeding', 'badreputation'],
      permanent: false,
    },
  ],
  [
    'Exchange Online 451 4.7.500 access denied, please try again later (AS770)',
    '451 4.7.500 Access denied, please try again later. For more information please go to https://go.microsoft.com/fwlink/?LinkId=526653. (AS770) [HE1EUR02FT041.eop-EUR02.prod.protection.outlook.com]',
    {
      ...REPUTATION_DEFERRAL,
      cause: [...REPUTATION_DEFERRAL.cause, 'too-many-connections'],
      reason: [...REPUTATION_DEFERRAL.reason, 'toomanyconn'],
    },
  ],
  [
    'Outlook.com RP-001: limits per hour and per day',
    "421 RP-001 (BAY004-MC5F20) Unfortunately, some messages from 203.0.113.7 weren't sent. Please try again. We have limits for how many messages can be sent per hour and per day. You can also refer to http://mail.live.com/mail/troubleshooting.aspx#errors.",
    SLOW_DOWN,
  ],
  [
    'Outlook.com 451 4.7.652 maximum number of connections',
    '451 4.7.652 The mail server [203.0.113.7] has exceeded the maximum number of connections. (S3115) [AMS0EPF000001A5.eurprd05.prod.outlook.com]',
    { ...CONNECTIONS, status: '4.7.652' },
  ],
  [
    'Yahoo [TS01] temporarily deferred due to user complaints',
    '421 4.7.0 [TS01] Messages from 203.0.113.7 temporarily deferred due to user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes',
    { ...REPUTATION_DEFERRAL, provider: /yahoo/i },
  ],
  [
    'Yahoo (old) 451 message temporarily deferred [160]',
    '451 Message temporarily deferred - [160]',
    {
      ...REPUTATION_DEFERRAL,
      cause: [...REPUTATION_DEFERRAL.cause, 'greylisted'],
      reason: [...REPUTATION_DEFERRAL.reason, 'onhold'],
    },
  ],
  [
    'Free.fr 421 too many spams from your IP',
    '421 Too many spams from your IP (203.0.113.7), please visit http://postmaster.free.fr/',
    {
      cause: ['ip-reputation', 'rate-limited', 'ip-blocklisted', 'spam-filtered'],
      reason: ['badreputation', 'speeding', 'blocked', 'spamdetected'],
      side: 'sender',
      permanent: false,
    },
  ],
  [
    'Postfix anvil limit seen from the sending side: refused to talk to me, too many connections',
    'Dec  2 05:32:11 mail postfix/smtp[20417]: 4DkW3m2H1Rz7tYp: to=<bob@example.org>, relay=none, delay=0.4, delays=0.05/0.01/0.3/0, dsn=4.7.0, status=deferred (host mx.example.org[192.0.2.25] refused to talk to me: 421 4.7.0 mx.example.org Error: too many connections from 203.0.113.7)',
    { ...CONNECTIONS, recipient: 'bob@example.org' },
  ],
  [
    'Postfix 451 4.3.5 server configuration problem',
    '451 4.3.5 Server configuration problem',
    RECEIVER_TROUBLE,
  ],
  [
    'Sendmail 452 4.4.5 insufficient disk space',
    '452 4.4.5 Insufficient disk space; try again later',
    RECEIVER_FULL,
  ],
  [
    'Dovecot LMTP 451 4.3.0 internal error occurred',
    '451 4.3.0 <bob@example.org> Internal error occurred. Refer to server log for more information. [2026-12-02 05:32:11]',
    RECEIVER_TROUBLE,
  ],
  [
    'Postfix delay DSN (Action: delayed) after Outlook.com 4.7.650',
    report(
      'Delayed Mail (still being retried)',
      POSTFIX_WARNING,
      'delayed',
      '4.7.650',
      '451 4.7.650 The mail server [203.0.113.7] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S775)',
    ),
    {
      cause: [...REPUTATION_DEFERRAL.cause, 'delivery-delayed'],
      reason: [...REPUTATION_DEFERRAL.reason, 'expired'],
      ...TEMPORARY,
      recipient: 'bob@example.org',
    },
  ],
  [
    'Postfix failed DSN (Action: failed) after days of 421 4.3.2 service not available',
    report(
      'Undelivered Mail Returned to Sender',
      POSTFIX_FAILED,
      'failed',
      '4.3.2',
      '421 4.3.2 Service not available, closing transmission channel',
    ),
    {
      cause: 'delivery-expired',
      reason: ['expired', 'systemerror'],
      permanent: true,
      recipient: 'bob@example.org',
    },
  ],
  [
    'Sendmail log line, stat=Deferred after Yahoo TSS04',
    'Dec  2 05:32:11 mail sm-mta[8812]: 0B24WB1k008812: to=<bob@example.org>, delay=00:00:02, xdelay=00:00:01, mailer=esmtp, pri=120421, relay=mta5.am0.yahoodns.net. [192.0.2.66], dsn=4.7.0, stat=Deferred: 421 4.7.0 [TSS04] Messages from 203.0.113.7 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes',
    { ...REPUTATION_DEFERRAL, recipient: 'bob@example.org' },
  ],
];

// Written after both batches, from reading whole answers: a throttle that lasted until the queue gave up read
// 'Deferred: … · permanent' ('Mail is retried automatically'); a 5xx refusal in a returned message stays itself.
const GIVEN_UP_28: RealWorldCase[] = [
  [
    'Postfix failed DSN after days of 421 too many connections (anvil)',
    report(
      'Undelivered Mail Returned to Sender',
      POSTFIX_FAILED,
      'failed',
      '4.7.0',
      '421 4.7.0 mx.example.org Error: too many connections from 203.0.113.7',
    ),
    {
      cause: 'delivery-expired',
      reason: ['expired', 'toomanyconn'],
      permanent: true,
      recipient: 'bob@example.org',
    },
  ],
  [
    'Postfix failed DSN after days of Gmail 452-4.2.1 receiving rate',
    report(
      'Undelivered Mail Returned to Sender',
      POSTFIX_FAILED,
      'failed',
      '4.2.1',
      '452-4.2.1 The recipient you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered. Please resend your message at a later point. - gsmtp',
    ),
    { cause: 'delivery-expired', reason: ['expired', 'speeding'], permanent: true },
  ],
  [
    'Postfix failed DSN with a 5xx recipient limit stays that limit (no expiry)',
    report(
      'Undelivered Mail Returned to Sender',
      POSTFIX_FAILED,
      'failed',
      '5.5.3',
      '552 5.5.3 Error: too many recipients',
    ),
    { ...CONNECTIONS, permanent: true },
  ],
];

export const ROUND_28: RealWorldCase[] = [
  ...GREYLISTING_28,
  ...THROTTLING_28,
  ...SERVER_TROUBLE_28,
  ...NOTICES_28,
  ...SECOND_BATCH_28,
  ...GIVEN_UP_28,
];
