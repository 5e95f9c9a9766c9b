import type { RealWorldCase } from './real-world-cases.js';
import {
  DISABLED,
  IP_BLOCK,
  IP_REPUTATION,
  LOOP,
  lines,
  MAILBOX_FULL,
  MS_NOT_FOUND,
  POLICY,
  postfixNoticeHead,
  RATE,
  RELAY,
  SPAM,
  TOO_BIG,
  textEmail,
  USER_UNKNOWN,
  VIRUS,
} from './real-world-expectations.js';

/*
 * A seventy-second held-out round: replies and bounces whose signals disagree, and which one a demanding mail
 * admin trusts. An enhanced status that contradicts the words ("550 5.1.1 … Mailbox is full", "550 5.7.1 User
 * unknown", "554 5.0.0" or "553 5.3.0" with a precise reason in words, "450 4.2.0 Mailbox full" against "552
 * 5.2.2"), a basic code that contradicts the enhanced one (421 with 5.7.x, 550 with 4.2.2, 452 with 5.2.2, 554
 * with 4.4.7, amavisd-new's "250 2.7.0 Ok, discarded … - spam" in a Postfix log), a provider's reference code
 * or help link beside words (Outlook.com S3150/S3140/S775, Microsoft 365 S77714, AS(201806281), the tenant's
 * Customer Block list, Yahoo TSS04/TSS09/TS01, Gmail's ?p= topics, QQ and NetEase help links, Comcast
 * BL/RL anchors, Apple CS01/HM08, T-Online's (BL), GMX's explanation link, Barracuda's and Mimecast's
 * wrappers), DSN fields that disagree with the diagnostic (Status 5.0.0 or 5.1.1 over a 5.2.2, Action delayed
 * over a 550 5.1.1, Action failed over a 4xx greylisting), notices whose heading disagrees with the quoted
 * reply (Exchange's "wasn't found" over "Mailbox full", a German "Postfach voll" over "User unknown", Gmail's
 * "Address not found" over a 552), several replies for one recipient across retries (Postfix, Exim and
 * Sendmail logs: a 4xx, then the 5xx), and generic words beside a specific code. Where the signals really
 * disagree the case accepts every defensible reading (the words, and the status's); permanence follows the
 * basic reply code, which is what the sending server acts on, and a DSN's Action. Written from knowledge of
 * these texts, none from the development corpus, measured before any rule was changed:
 *   round 72  72 cases, 64 right as written (89 %). Two case errors of ours: Spamhaus DBL's blocklist id is
 *             'spamhaus-dbl', not 'spamhaus'; a Sendmail "553 5.3.0 … No such user" relayed in a DSN without
 *             the stage it answered is 'filtered' by the README's documented Sisimai convention (widened): 66.
 *             And two of ours too lenient, found reading the answers: amavisd-new's "250 2.7.0 Ok, discarded,
 *             id=… - spam" (and "- INFECTED: …") accepted 'delivered'; the message never reaches the
 *             recipient, so only the discard's reason is right now (both then wrong: 64 of 72). The rules'
 *             misses, all of them which signal wins:
 *             - permanence taken from the enhanced status over the basic code: "421 5.7.0 Too many
 *               concurrent SMTP connections" and "421 5.7.1 … blocked using zen.spamhaus.org" read as final,
 *               "452 5.2.2 Over quota" final, "550 4.2.2 mailbox full" and "554 4.4.7 Message expired"
 *               temporary, where the sending server retries a 4xx and returns a 5xx whatever the status says;
 *             - a DSN's "Action: delayed" over a quoted "550 5.1.1" (soft_bounce) read as final;
 *             - a 2xx from a content filter that discarded the message read as delivered.
 *   fixed     in code, diagnose-bounce.ts isPermanent: the basic reply code decides permanence when it is 4xx
 *             or 5xx (the enhanced status when there is none); a DSN's Action delayed is not final whatever
 *             the code (before, only a log's or listing's). classify.ts: a 2xx whose words say the message
 *             was discarded or quarantined is read by those words, not as delivered (data:
 *             not-failure-notices.ts DISCARDED_ON_ACCEPT). 72 of 72. Round 66's knownWrong (postmaster@[IPv6:…]
 *             refused by name) was found right since the role-address change, and moved up.
 *   then      a second batch of 15 (SECOND_BATCH_72: Outlook.com DY-001, Yahoo TSS09 in a 553, Gmail's
 *             UnsolicitedIPError, "550 5.2.2 User unknown", "550 5.1.1 Account disabled", "554 5.7.1 …
 *             Mailbox full", a Status 5.0.0 over a quoted Spamhaus block, Action failed with Status 5.1.1 over
 *             "452 4.2.2 Mailbox full", an Exim greylisting defer then "retry timeout exceeded", soft_bounce
 *             keeping a Spamhaus 550, a French "introuvable" over a 552, 5.7.23 SPF, "550 5.7.1 Requested
 *             action not taken: message refused", a Sendmail deferral then "User over quota", Comcast
 *             BL000000), written after the fixes and measured before any change: 14 of 15 right as written.
 *             Wrong: "message refused" read as a refused connection. Fixed as data (reply-phrases.ts
 *             WEAK_PHRASES): a refusal that names the message ("message refused/rejected/not accepted/blocked")
 *             is the receiving side's filter, before the connection reading. 15 of 15; corpus 366/383, reply
 *             codes 261/274, no record changed.
 *   still     none knownWrong. Debatable and left as the rules read them: Yahoo's TSS09 "will be permanently
 *             deferred; Retrying will NOT succeed" in a 421 is temporary by its code (the words say retrying
 *             is pointless); a heading that contradicts the quoted reply is decided by the reply.
 */

const FINAL = { permanent: true } as const;
const TEMPORARY = { permanent: false } as const;
// Words say the mailbox is full, the status says something else: the words are the server's precise reason,
// the status a sloppy default; an admin accepts the status's reading too.
const FULL_OR_UNKNOWN = {
  cause: ['mailbox-full', 'user-unknown'],
  reason: ['mailboxfull', 'userunknown'],
} as const;
const EXPIRED_AFTER = {
  cause: ['delivery-expired', 'greylisted', 'recipient-server-unreachable'],
  reason: ['expired', 'blocked', 'onhold'],
} as const;
const MS = /microsoft|outlook|office|exchange|hotmail/i;
const YAHOO = /yahoo|aol/i;
const GOOGLE = /google|gmail/i;

const pf = (id: string, time: string) => `Dec  5 ${time} mx1 postfix/smtp[3172]: ${id}:`;
const pfLine = (
  to: string,
  relay: string,
  dsn: string,
  status: string,
  text: string,
  time = '06:14:02',
  id = '4NZq7T2m1Kz',
) =>
  `${pf(id, time)} to=<${to}>, relay=${relay}, delay=1.4, delays=0.1/0/0.7/0.6, dsn=${dsn}, status=${status} (${text})`;

function dsnMail(opts: {
  from?: string;
  subject?: string;
  human: string[];
  mta?: string;
  recipient: string;
  action: string;
  status: string;
  diag?: string;
  remote?: string;
}): string {
  const b = '72B0unce.1733385242/mail.example.com';
  return lines(
    `From: ${opts.from ?? 'MAILER-DAEMON@mail.example.com (Mail Delivery System)'}`,
    'To: alice@example.com',
    `Subject: ${opts.subject ?? 'Undelivered Mail Returned to Sender'}`,
    'Date: Sat, 5 Dec 2026 06:14:05 +0000',
    'Message-ID: <20261205061405.72B0@mail.example.com>',
    'MIME-Version: 1.0',
    `Content-Type: multipart/report; report-type=delivery-status; boundary="${b}"`,
    '',
    `--${b}`,
    'Content-Type: text/plain; charset=us-ascii',
    '',
    ...opts.human,
    '',
    `--${b}`,
    'Content-Type: message/delivery-status',
    '',
    `Reporting-MTA: dns; ${opts.mta ?? 'mail.example.com'}`,
    'Arrival-Date: Sat, 5 Dec 2026 06:13:58 +0000',
    '',
    `Final-Recipient: rfc822; ${opts.recipient}`,
    `Original-Recipient: rfc822;${opts.recipient}`,
    `Action: ${opts.action}`,
    `Status: ${opts.status}`,
    ...(opts.remote ? [`Remote-MTA: dns; ${opts.remote}`] : []),
    ...(opts.diag ? [`Diagnostic-Code: smtp; ${opts.diag}`] : []),
    '',
    `--${b}`,
    'Content-Type: text/rfc822-headers',
    '',
    'From: Alice <alice@example.com>',
    `To: ${opts.recipient}`,
    'Subject: Q4 figures',
    'Date: Sat, 5 Dec 2026 06:13:57 +0000',
    'Message-ID: <q4-figures-7212@example.com>',
    '',
    `--${b}--`,
    '',
  );
}

// ---- The enhanced status against the words ----
const STATUS_VS_WORDS: RealWorldCase[] = [
  [
    '550 5.1.1 whose words say the mailbox is full',
    '550 5.1.1 <bob@example.org>: Recipient address rejected: Mailbox is full',
    { ...FULL_OR_UNKNOWN, recipient: 'bob@example.org', replyCode: 550, status: '5.1.1', ...FINAL },
  ],
  [
    'Exchange-style 550 5.1.1 with "mailbox quota exceeded" in a Postfix log',
    pfLine(
      'carol@example.org',
      'mail.example.org[198.51.100.25]:25',
      '5.1.1',
      'bounced',
      'host mail.example.org[198.51.100.25] said: 550 5.1.1 Requested action not taken: mailbox quota exceeded (in reply to RCPT TO command)',
    ),
    { ...FULL_OR_UNKNOWN, recipient: 'carol@example.org', replyCode: 550, status: '5.1.1', ...FINAL },
  ],
  [
    'sloppy filter: 550 5.7.1 User unknown',
    '550 5.7.1 <dave@example.org>... User unknown',
    {
      ...USER_UNKNOWN,
      recipient: 'dave@example.org',
      replyCode: 550,
      status: '5.7.1',
      ...FINAL,
      confidence: ['high', 'medium'],
    },
  ],
  [
    '554 5.0.0 with the precise reason in words (unknown user)',
    '554 5.0.0 <erin@example.org>: Recipient address rejected: User unknown in virtual mailbox table',
    {
      ...USER_UNKNOWN,
      recipient: 'erin@example.org',
      replyCode: 554,
      status: '5.0.0',
      ...FINAL,
      confidence: ['high', 'medium'],
    },
  ],
  [
    '554 5.0.0 with the precise reason in words (size)',
    '554 5.0.0 Message size 31457280 exceeds the fixed maximum message size of 26214400 bytes',
    { ...TOO_BIG, replyCode: 554, status: '5.0.0', ...FINAL },
  ],
  [
    '450 4.2.0 Mailbox full (temporary)',
    '450 4.2.0 <frank@example.org>: Mailbox full, try again later',
    {
      ...MAILBOX_FULL,
      recipient: 'frank@example.org',
      replyCode: 450,
      status: '4.2.0',
      ...TEMPORARY,
      confidence: ['high', 'medium'],
    },
  ],
  [
    '552 5.2.2 Mailbox full (final)',
    '552 5.2.2 <frank@example.org>: Mailbox full',
    {
      ...MAILBOX_FULL,
      recipient: 'frank@example.org',
      replyCode: 552,
      status: '5.2.2',
      ...FINAL,
      confidence: 'high',
    },
  ],
  [
    '553 5.3.0 No such user here (a system status over a user reason)',
    '553 5.3.0 <gina@example.org>... No such user here',
    { ...USER_UNKNOWN, recipient: 'gina@example.org', replyCode: 553, ...FINAL },
  ],
  [
    '550 5.1.1 Requested action not taken: mailbox unavailable (generic words, precise status)',
    '550 5.1.1 Requested action not taken: mailbox unavailable',
    { ...USER_UNKNOWN, replyCode: 550, status: '5.1.1', ...FINAL, confidence: ['high', 'medium'] },
  ],
  [
    '550 5.2.1 Requested action not taken: mailbox unavailable (disabled by status)',
    '550 5.2.1 Requested action not taken: mailbox unavailable',
    {
      cause: ['mailbox-disabled', 'mailbox-inactive', 'user-unknown'],
      reason: ['suspend', 'userunknown'],
      replyCode: 550,
      status: '5.2.1',
      ...FINAL,
    },
  ],
  [
    '550 5.7.1 Relay access denied (policy status, relay words)',
    '550 5.7.1 <henry@example.net>: Relay access denied',
    {
      ...RELAY,
      recipient: 'henry@example.net',
      replyCode: 550,
      status: '5.7.1',
      ...FINAL,
      confidence: 'high',
    },
  ],
  [
    '554 5.7.1 Message rejected (generic words) as spam',
    '554 5.7.1 Message rejected: spam content detected (score 14.2)',
    { ...SPAM, replyCode: 554, status: '5.7.1', ...FINAL },
  ],
  [
    '450 4.1.1 unverified address whose probe got 550 5.1.1',
    '450 4.1.1 <ivan@example.org>: Recipient address rejected: unverified address: host mx.example.org[198.51.100.30] said: 550 5.1.1 <ivan@example.org>: Recipient address rejected: User unknown in local recipient table (in reply to RCPT TO command)',
    { ...USER_UNKNOWN, recipient: 'ivan@example.org', replyCode: 450, ...TEMPORARY },
  ],
  [
    '450 4.1.8 Sender address rejected: Domain not found',
    '450 4.1.8 <alice@mail.example.com>: Sender address rejected: Domain not found',
    {
      cause: ['sender-domain-invalid', 'sender-rejected', 'sender-verify-failed'],
      reason: ['rejected'],
      replyCode: 450,
      status: '4.1.8',
      ...TEMPORARY,
    },
  ],
];

// ---- The basic code against the enhanced one ----
const CODE_VS_STATUS: RealWorldCase[] = [
  [
    '421 with 5.7.0: too many connections (the 4xx code rules: retried)',
    '421 5.7.0 Too many concurrent SMTP connections from this IP address; please try again later',
    {
      cause: ['too-many-connections', 'rate-limited'],
      reason: ['toomanyconn', 'speeding'],
      replyCode: 421,
      ...TEMPORARY,
    },
  ],
  [
    '421 with 5.7.1 blocked using zen.spamhaus.org',
    '421 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org',
    { ...IP_BLOCK, replyCode: 421, blocklist: 'spamhaus', ...TEMPORARY, confidence: 'high' },
  ],
  [
    '550 with 4.2.2 mailbox full (the 5xx code rules: returned)',
    '550 4.2.2 <judy@example.org>: mailbox full',
    {
      ...MAILBOX_FULL,
      recipient: 'judy@example.org',
      replyCode: 550,
      ...FINAL,
      confidence: ['high', 'medium'],
    },
  ],
  [
    '452 with 5.2.2 over quota (the 4xx code rules: retried)',
    '452 5.2.2 <judy@example.org>: Over quota',
    { ...MAILBOX_FULL, recipient: 'judy@example.org', replyCode: 452, ...TEMPORARY, confidence: 'high' },
  ],
  [
    'Postfix log: dsn=4.7.0 over a 421 5.7.0 reply (deferred)',
    pfLine(
      'kim@example.org',
      'mx.example.org[198.51.100.40]:25',
      '4.7.0',
      'deferred',
      'host mx.example.org[198.51.100.40] refused to talk to me: 421 5.7.0 mx.example.org Too many connections from 203.0.113.7, try again later',
    ),
    {
      cause: ['too-many-connections', 'rate-limited'],
      reason: ['toomanyconn', 'speeding'],
      recipient: 'kim@example.org',
      replyCode: 421,
      ...TEMPORARY,
    },
  ],
  [
    'Postfix log: 250 from amavisd-new, discarded as spam',
    pfLine(
      'leo@example.org',
      'mx.example.org[198.51.100.41]:25',
      '2.7.0',
      'sent',
      '250 2.7.0 Ok, discarded, id=28811-07 - spam',
    ),
    {
      cause: ['spam-filtered', 'content-filtered'],
      reason: ['spamdetected', 'filtered'],
      recipient: 'leo@example.org',
    },
  ],
  [
    'Postfix log: 250 from amavisd-new, discarded as INFECTED',
    pfLine(
      'leo@example.org',
      'mx.example.org[198.51.100.41]:25',
      '2.7.0',
      'sent',
      '250 2.7.0 Ok, discarded, id=28811-08 - INFECTED: Win.Trojan.Agent-1234567',
    ),
    { ...VIRUS, recipient: 'leo@example.org' },
  ],
  [
    '554 with 4.4.7 message expired',
    '554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.0 Unable to lookup DNS for example.org>',
    {
      cause: ['delivery-expired', 'dns-failure', 'recipient-server-unreachable'],
      reason: ['expired', 'networkerror'],
      replyCode: 554,
      ...FINAL,
    },
  ],
];

// ---- A provider's reference code or help link beside words ----
const REFERENCES: RealWorldCase[] = [
  [
    'Outlook.com S3150: part of their network is on our block list',
    "550 5.7.1 Unfortunately, messages from [203.0.113.7] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [BN1NAM02FT012.eop-nam02.prod.protection.outlook.com]",
    {
      cause: ['network-blocklisted', 'ip-blocklisted'],
      reason: 'blocked',
      side: 'sender',
      replyCode: 550,
      status: '5.7.1',
      provider: MS,
      ...FINAL,
    },
  ],
  [
    'Outlook.com S3140 in a Postfix log',
    pfLine(
      'mia@hotmail.com',
      'hotmail-com.olc.protection.outlook.com[104.47.58.33]:25',
      '5.7.1',
      'bounced',
      "host hotmail-com.olc.protection.outlook.com[104.47.58.33] said: 550 5.7.1 Unfortunately, messages from [203.0.113.7] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [DM6NAM12FT044.eop-nam12.prod.protection.outlook.com 2026-12-05T06:14:02.000Z 08DC13A1B2C3D4E5] (in reply to MAIL FROM command)",
    ),
    {
      cause: ['network-blocklisted', 'ip-blocklisted'],
      reason: 'blocked',
      side: 'sender',
      recipient: 'mia@hotmail.com',
      provider: MS,
      ...FINAL,
    },
  ],
  [
    'Outlook.com 451 4.7.650 rate limited due to IP reputation (S775)',
    '451 4.7.650 The mail server [203.0.113.7] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S775) [Name=Protocol Filter Agent][AGT=PFA][MxId=11BB2C3D4E5F6A7B] [BL02EPF0001A0FF.namprd09.prod.outlook.com 2026-12-05T06:14:02.000Z 08DC13A1B2C3D4E5]',
    {
      ...IP_REPUTATION,
      cause: ['ip-reputation', 'rate-limited'],
      reason: ['badreputation', 'speeding', 'blocked'],
      replyCode: 451,
      ...TEMPORARY,
    },
  ],
  [
    'Microsoft 365 451 4.7.500 Server busy (S77714)',
    '451 4.7.500 Server busy. Please try again later from [203.0.113.7]. (S77714) [Hostname=SN1PEPF000252A1.namprd05.prod.outlook.com]',
    {
      cause: ['rate-limited', 'too-many-connections', 'ip-reputation', 'server-unavailable'],
      reason: ['speeding', 'toomanyconn', 'badreputation', 'blocked', 'systemerror'],
      replyCode: 451,
      ...TEMPORARY,
    },
  ],
  [
    'Microsoft 365 550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP',
    '550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653 AS(7230) [SA2PR10MB4620.namprd10.prod.outlook.com 2026-12-05T06:14:02.000Z 08DC13A1B2C3D4E5]',
    { ...IP_REPUTATION, replyCode: 550, status: '5.7.708', ...FINAL },
  ],
  [
    "Microsoft 365 550 5.7.1 blocked using Customer Block list (the tenant's own list)",
    '550 5.7.1 Service unavailable, Client host [203.0.113.7] blocked using Customer Block list (AS16012607) [CO1NAM11FT055.eop-nam11.prod.protection.outlook.com]',
    {
      cause: ['blocked-by-recipient', 'ip-blocklisted'],
      reason: ['rejected', 'blocked'],
      replyCode: 550,
      status: '5.7.1',
      ...FINAL,
    },
  ],
  [
    'Microsoft 365 550 5.4.1 Recipient address rejected: Access denied. AS(201806281)',
    '550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [BN8NAM12FT012.eop-nam12.prod.protection.outlook.com 2026-12-05T06:14:02.000Z 08DC13A1B2C3D4E5]',
    { ...MS_NOT_FOUND, replyCode: 550, status: '5.4.1', provider: MS, ...FINAL },
  ],
  [
    'Yahoo TSS04 deferred due to unexpected volume or user complaints',
    '421 4.7.0 [TSS04] Messages from 203.0.113.7 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes',
    { ...RATE, replyCode: 421, status: '4.7.0', provider: YAHOO, ...TEMPORARY },
  ],
  [
    'Yahoo TSS09 "permanently deferred" in a 421 (a block worded as final, coded as temporary)',
    '421 4.7.0 [TSS09] All messages from 203.0.113.7 will be permanently deferred; Retrying will NOT succeed. See https://postmaster.yahooinc.com/error-codes',
    {
      cause: ['ip-reputation', 'ip-blocklisted', 'rate-limited'],
      reason: ['badreputation', 'blocked', 'speeding'],
      side: 'sender',
      replyCode: 421,
      provider: YAHOO,
    },
  ],
  [
    'Yahoo TS01 temporarily deferred due to user complaints (old help link)',
    '421 4.7.0 [TS01] Messages from 203.0.113.7 temporarily deferred due to user complaints - 4.16.55.1; see https://help.yahoo.com/kb/postmaster/SLN3434.html',
    { ...RATE, replyCode: 421, provider: YAHOO, ...TEMPORARY },
  ],
  [
    'Yahoo 554 5.7.9 Message not accepted for policy reasons',
    '554 5.7.9 Message not accepted for policy reasons.  See https://postmaster.yahooinc.com/error-codes',
    {
      ...POLICY,
      cause: [...POLICY.cause, 'auth-failed', 'dmarc-fail'],
      reason: [...POLICY.reason, 'authfailure'],
      replyCode: 554,
      ...FINAL,
      confidence: ['low', 'medium'],
    },
  ],
  [
    'Gmail UnsolicitedRateLimitError 421 4.7.28',
    lines(
      '421-4.7.28 [203.0.113.7      15] Our system has detected an unusual rate of',
      '421-4.7.28 unsolicited mail originating from your IP address. To protect our',
      '421-4.7.28 users from spam, mail sent from your IP address has been temporarily',
      '421-4.7.28 rate limited. For more information, go to',
      '421-4.7.28  https://support.google.com/mail/?p=UnsolicitedRateLimitError to',
      '421 4.7.28 review our Bulk Email Senders Guidelines. d9443c01a7336-2a1b3c4d5e6f.88 - gsmtp',
    ),
    {
      ...IP_REPUTATION,
      cause: ['ip-reputation', 'rate-limited', 'ip-blocklisted'],
      reason: ['badreputation', 'blocked', 'speeding'],
      replyCode: 421,
      provider: GOOGLE,
      ...TEMPORARY,
    },
  ],
  [
    'Gmail 552 5.7.0 BlockedMessage: content presents a potential security issue',
    lines(
      '552-5.7.0 This message was blocked because its content presents a potential',
      '552-5.7.0 security issue. Please visit',
      '552-5.7.0  https://support.google.com/mail/?p=BlockedMessage to review our',
      '552 5.7.0 message content and attachment content guidelines. a640c23a62f3a-abc123.45 - gsmtp',
    ),
    {
      cause: ['virus-found', 'content-filtered', 'security-error', 'spam-filtered', 'policy-violation'],
      reason: ['virusdetected', 'filtered', 'securityerror', 'spamdetected', 'policyviolation'],
      replyCode: 552,
      provider: GOOGLE,
      ...FINAL,
    },
  ],
  [
    'Gmail 550 5.7.1 IPv6AuthError: PTR records and authentication',
    lines(
      '550-5.7.1 [2001:db8:5::25] Our system has detected that this message does not',
      '550-5.7.1 meet IPv6 sending guidelines regarding PTR records and',
      '550-5.7.1 authentication. For more information, go to',
      '550 5.7.1  https://support.google.com/mail/?p=IPv6AuthError 5b1f17b1804b1-42f.12 - gsmtp',
    ),
    {
      cause: ['reverse-dns-missing', 'auth-failed', 'spf-fail'],
      reason: ['requireptr', 'authfailure'],
      side: 'sender',
      replyCode: 550,
      provider: GOOGLE,
      ...FINAL,
    },
  ],
  [
    'Gmail 550 5.2.1 DisabledUser',
    lines(
      '550-5.2.1 The email account that you tried to reach is disabled. For more',
      '550-5.2.1 information, go to',
      '550 5.2.1  https://support.google.com/mail/?p=DisabledUser 6a1803df08f44-88b.3 - gsmtp',
    ),
    { ...DISABLED, replyCode: 550, status: '5.2.1', provider: GOOGLE, ...FINAL, confidence: 'high' },
  ],
  [
    'QQ Mail: Mailbox not found with a help link number',
    '550 Mailbox not found. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000728',
    { ...USER_UNKNOWN, replyCode: 550, provider: /qq|tencent/i, ...FINAL, confidence: ['high', 'medium'] },
  ],
  [
    'NetEase 554 DT:SPM with only a help link (content judged spam)',
    '554 DT:SPM 163 mx5,QtKowAD3DxTsWlBnq3IrAw--.52711S2 1733379242, please see http://mail.163.com/help/help_spam_16.htm?ip=203.0.113.7&hostid=mx5&time=1733379242',
    { ...SPAM, replyCode: 554, provider: /netease|163/i, ...FINAL },
  ],
  [
    'NetEase 550 User not found beside a help link',
    '550 User not found: nina@163.com http://mail.163.com/help/help_spam_16.htm?ip=203.0.113.7&hostid=mx3',
    { ...USER_UNKNOWN, recipient: 'nina@163.com', replyCode: 550, ...FINAL, confidence: ['high', 'medium'] },
  ],
  [
    'Comcast BL000010: found on DNSBLs (reference link and words agree)',
    '554 resimta-po-21v.sys.comcast.net comcast 203.0.113.7 found on one or more DNSBLs, see http://postmaster.comcast.net/smtp-error-codes.php#BL000010',
    {
      ...IP_BLOCK,
      cause: ['ip-blocklisted', 'ip-reputation'],
      reason: ['blocked', 'badreputation'],
      replyCode: 554,
      provider: /comcast/i,
      ...FINAL,
    },
  ],
  [
    'Comcast RL000001: too many sessions, only the anchor says rate limit',
    '421 resimta-ch2-18v.sys.comcast.net comcast 203.0.113.7 Too many sessions opened from 203.0.113.7, see http://postmaster.comcast.net/smtp-error-codes.php#RL000001',
    {
      cause: ['too-many-connections', 'rate-limited'],
      reason: ['toomanyconn', 'speeding'],
      replyCode: 421,
      ...TEMPORARY,
    },
  ],
  [
    'Apple iCloud CS01: Message rejected due to local policy (content)',
    '554 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137',
    {
      ...POLICY,
      replyCode: 554,
      status: '5.7.1',
      provider: /apple|icloud/i,
      ...FINAL,
      confidence: ['low', 'medium'],
    },
  ],
  [
    'Apple iCloud HM08: Message rejected due to local policy (header)',
    '550 5.7.0 [HM08] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137',
    {
      cause: [...POLICY.cause, 'auth-failed', 'not-rfc-compliant'],
      reason: [...POLICY.reason, 'authfailure', 'notcompliantrfc'],
      replyCode: 550,
      provider: /apple|icloud/i,
      ...FINAL,
      confidence: ['low', 'medium'],
    },
  ],
  [
    'T-Online 554 "A problem occurred" with the (BL) tag',
    '554 IP=203.0.113.7 - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.) (BL)',
    {
      cause: ['ip-blocklisted', 'ip-reputation', 'connection-rejected'],
      reason: ['blocked', 'badreputation'],
      side: 'sender',
      replyCode: 554,
      ...FINAL,
      confidence: ['low', 'medium'],
    },
  ],
  [
    'GMX "Reject due to policy restrictions" whose help link names reverse DNS',
    lines(
      '554-gmx.net (mxgmx017) Nemesis ESMTP Service not available',
      '554-No SMTP service',
      '554-Reject due to policy restrictions.',
      '554 For explanation visit https://postmaster.gmx.net/en/case?c=r0301&i=ip&v=203.0.113.7&r=1MxV1J-1t9Xyz0abc-00yQ5e',
    ),
    {
      cause: [
        'policy-violation',
        'ip-reputation',
        'ip-blocklisted',
        'reverse-dns-missing',
        'connection-rejected',
      ],
      reason: ['policyviolation', 'badreputation', 'blocked', 'requireptr'],
      side: 'sender',
      replyCode: 554,
      ...FINAL,
    },
  ],
  [
    'Barracuda wrapper "permanent failure for one or more recipients" over a 5.1.1',
    '550 permanent failure for one or more recipients (oscar@example.org:550 5.1.1 <oscar@example.org>: Recipient address rejected: User unknown in virtual mailbox table)',
    { ...USER_UNKNOWN, recipient: 'oscar@example.org', replyCode: 550, ...FINAL },
  ],
  [
    'Mimecast 550 Invalid Recipient with its help link',
    '550 Invalid Recipient - https://community.mimecast.com/docs/DOC-1369#550 [dL3fG9xQOZyP7u2n1aKcVw.uk112]',
    { ...USER_UNKNOWN, replyCode: 550, provider: /mimecast/i, ...FINAL, confidence: 'high' },
  ],
];

// ---- DSN fields that disagree with the diagnostic ----
const DSN_FIELDS: RealWorldCase[] = [
  [
    'DSN: Status 5.0.0 over a Diagnostic-Code 550 5.2.2 mailbox full',
    dsnMail({
      human: [
        ...postfixNoticeHead(),
        '<paul@example.org>: host mx.example.org[198.51.100.50] said: 550 5.2.2',
        '    mailbox full (in reply to RCPT TO command)',
      ],
      recipient: 'paul@example.org',
      action: 'failed',
      status: '5.0.0',
      remote: 'mx.example.org',
      diag: '550 5.2.2 <paul@example.org>: mailbox full',
    }),
    { ...MAILBOX_FULL, recipient: 'paul@example.org', status: '5.2.2', ...FINAL },
  ],
  [
    'DSN: Status 5.1.1 over a Diagnostic-Code 552 5.2.2 quota exceeded',
    dsnMail({
      from: 'postmaster@gateway.example.com',
      subject: 'Delivery Status Notification (Failure)',
      mta: 'gateway.example.com',
      human: ['Delivery to the following recipient failed permanently:', '', '     quinn@example.org'],
      recipient: 'quinn@example.org',
      action: 'failed',
      status: '5.1.1',
      remote: 'mx.example.org',
      diag: '552 5.2.2 Mailbox quota exceeded for this recipient',
    }),
    { ...FULL_OR_UNKNOWN, recipient: 'quinn@example.org', ...FINAL },
  ],
  [
    'DSN: Action delayed over a 550 5.1.1 (soft_bounce keeps it queued)',
    dsnMail({
      subject: 'Delayed Mail (still being retried)',
      human: [
        'This is the mail system at host mail.example.com.',
        '',
        '####################################################################',
        '# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #',
        '####################################################################',
        '',
        'Your message could not be delivered for more than 4 hour(s).',
        'It will be retried until it is 5 day(s) old.',
        '',
        '<rita@example.org>: host mx.example.org[198.51.100.52] said: 550 5.1.1',
        '    <rita@example.org>: Recipient address rejected: User unknown (in reply to',
        '    RCPT TO command)',
      ],
      recipient: 'rita@example.org',
      action: 'delayed',
      status: '5.1.1',
      remote: 'mx.example.org',
      diag: '550 5.1.1 <rita@example.org>: Recipient address rejected: User unknown',
    }),
    { ...USER_UNKNOWN, recipient: 'rita@example.org', ...TEMPORARY },
  ],
  [
    'DSN: Action failed, Status 4.7.1 (expired) with a greylisting diagnostic',
    dsnMail({
      human: [
        ...postfixNoticeHead(),
        '<sam@example.org>: host mx.example.org[198.51.100.53] said: 450 4.7.1',
        '    <sam@example.org>: Recipient address rejected: Greylisted, see',
        '    http://postgrey.schweikert.ch/help/example.org.html (in reply to RCPT TO',
        '    command)',
      ],
      recipient: 'sam@example.org',
      action: 'failed',
      status: '4.7.1',
      remote: 'mx.example.org',
      diag: '450 4.7.1 <sam@example.org>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.org.html',
    }),
    { ...EXPIRED_AFTER, recipient: 'sam@example.org', ...FINAL },
  ],
  [
    'DSN: Status 5.0.0 over 554 5.4.14 hop count exceeded',
    dsnMail({
      from: 'postmaster@example.org',
      subject: 'Undeliverable: Q4 figures',
      mta: 'EX01.example.org',
      human: [
        'Delivery has failed to these recipients or groups:',
        '',
        'tom@example.org',
        "The message couldn't be delivered.",
      ],
      recipient: 'tom@example.org',
      action: 'failed',
      status: '5.0.0',
      diag: '554 5.4.14 Hop count exceeded - possible mail loop ATTR34 [AM0PR02MB5105.eurprd02.prod.outlook.com]',
    }),
    { ...LOOP, recipient: 'tom@example.org', ...FINAL },
  ],
  [
    'DSN: Status 5.0.0, Sendmail-style "553 5.3.0 ... No such user"',
    dsnMail({
      from: 'Mail Delivery Subsystem <MAILER-DAEMON@mail.example.com>',
      subject: 'Returned mail: see transcript for details',
      human: [
        'The original message was received at Sat, 5 Dec 2026 06:13:58 GMT',
        'from localhost [127.0.0.1]',
        '',
        '   ----- The following addresses had permanent fatal errors -----',
        '<uma@example.org>',
        '    (reason: 553 5.3.0 <uma@example.org>... No such user)',
      ],
      recipient: 'uma@example.org',
      action: 'failed',
      status: '5.0.0',
      remote: 'mx.example.org',
      diag: '553 5.3.0 <uma@example.org>... No such user',
    }),
    { ...USER_UNKNOWN, reason: ['userunknown', 'filtered'], recipient: 'uma@example.org', ...FINAL },
  ],
  [
    'DSN: Status 4.0.0 with Action failed over "421 Service unavailable" (expired)',
    dsnMail({
      human: [
        ...postfixNoticeHead(),
        '<vera@example.org>: host mx.example.org[198.51.100.54] refused to talk to me: 421',
        '    Service unavailable',
      ],
      recipient: 'vera@example.org',
      action: 'failed',
      status: '4.0.0',
      remote: 'mx.example.org',
      diag: '421 Service unavailable',
    }),
    {
      cause: [
        'delivery-expired',
        'server-unavailable',
        'connection-rejected',
        'recipient-server-unreachable',
      ],
      reason: ['expired', 'systemerror', 'blocked'],
      recipient: 'vera@example.org',
      ...FINAL,
    },
  ],
];

// ---- The notice's words against the quoted reply ----
const NOTICE_VS_REPLY: RealWorldCase[] = [
  [
    'Exchange NDR "couldn\'t be found" (from 5.1.1) over a reply that says the mailbox is full',
    textEmail('Microsoft Outlook <postmaster@example.com>', 'Undeliverable: Q4 figures', [
      "Your message to walt@example.org couldn't be delivered.",
      '',
      "walt wasn't found at example.org.",
      '',
      'alice          Office 365          walt',
      'Action Required                    Recipient',
      '',
      'Unknown To address',
      '',
      'Diagnostic information for administrators:',
      '',
      'Generating server: AM6PR04MB5432.eurprd04.prod.outlook.com',
      '',
      'walt@example.org',
      "Remote Server returned '550 5.1.1 <walt@example.org>: Recipient address rejected: Mailbox full'",
    ]),
    { ...FULL_OR_UNKNOWN, recipient: 'walt@example.org', ...FINAL },
  ],
  [
    'German notice "Postfach voll" heading over "550 5.1.1 User unknown"',
    textEmail(
      'Mail Delivery System <MAILER-DAEMON@mail.example.de>',
      'Unzustellbar: Postfach des Empfängers ist voll',
      [
        'Ihre Nachricht an xaver@example.org konnte nicht zugestellt werden,',
        'weil das Postfach des Empfängers voll ist.',
        '',
        'Antwort des Empfängerservers:',
        '550 5.1.1 <xaver@example.org>: Recipient address rejected: User unknown in local recipient table',
      ],
    ),
    { ...FULL_OR_UNKNOWN, recipient: 'xaver@example.org', ...FINAL },
  ],
  [
    'Yahoo Mail notice with "550 5.7.1 ... User unknown [RCPT_TO]"',
    textEmail('MAILER-DAEMON@yahoo.com', 'Failure Notice', [
      'Sorry, we were unable to deliver your message to the following address.',
      '',
      '<yara@example.org>:',
      'Remote host said: 550 5.7.1 <yara@example.org>... User unknown [RCPT_TO]',
    ]),
    { ...USER_UNKNOWN, recipient: 'yara@example.org', ...FINAL },
  ],
  [
    'Gmail "Address not found" heading over a 552 mailbox full reply',
    textEmail(
      'Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
      'Delivery Status Notification (Failure)',
      [
        '** Address not found **',
        '',
        "Your message wasn't delivered to zoe@example.org because the address couldn't be found, or is unable to receive mail.",
        '',
        'The response from the remote server was:',
        '552 5.2.2 <zoe@example.org>: Recipient address rejected: Mailbox full',
      ],
    ),
    { ...FULL_OR_UNKNOWN, recipient: 'zoe@example.org', ...FINAL },
  ],
  [
    'Helpdesk notice "Message rejected" over a quoted spam-blocklist reply',
    textEmail('Postmaster <postmaster@example.com>', 'Message rejected', [
      'Message rejected.',
      '',
      'Your message to adam@example.org was rejected by the receiving server.',
      '',
      'Server reply: 554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using bl.spamcop.net; Blocked - see https://www.spamcop.net/bl.shtml?203.0.113.7',
    ]),
    { ...IP_BLOCK, recipient: 'adam@example.org', blocklist: 'spamcop', ...FINAL, confidence: 'high' },
  ],
  [
    'qmail: "#4.4.1" connection failure, but "I\'m not going to try again"',
    textEmail('MAILER-DAEMON@mail.example.com', 'failure notice', [
      'Hi. This is the qmail-send program at mail.example.com.',
      "I'm afraid I wasn't able to deliver your message to the following addresses.",
      "This is a permanent error; I've given up. Sorry it didn't work out.",
      '',
      '<beth@example.org>:',
      "I'm not going to try again; this message has been in the queue too long.",
      '',
      'Last error was:',
      "Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)",
    ]),
    {
      cause: ['delivery-expired', 'recipient-server-unreachable', 'connection-refused'],
      reason: ['expired', 'networkerror', 'blocked'],
      recipient: 'beth@example.org',
      ...FINAL,
    },
  ],
];

// ---- Several replies for one recipient across retries ----
const RETRIES: RealWorldCase[] = [
  [
    'Postfix log: 450 greylisted, then 550 5.1.1 user unknown for the same recipient',
    lines(
      pfLine(
        'cody@example.org',
        'mx.example.org[198.51.100.60]:25',
        '4.7.1',
        'deferred',
        'host mx.example.org[198.51.100.60] said: 450 4.7.1 <cody@example.org>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.org.html (in reply to RCPT TO command)',
        '06:14:02',
      ),
      pfLine(
        'cody@example.org',
        'mx.example.org[198.51.100.60]:25',
        '5.1.1',
        'bounced',
        'host mx.example.org[198.51.100.60] said: 550 5.1.1 <cody@example.org>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)',
        '06:19:31',
      ),
    ),
    { ...USER_UNKNOWN, recipient: 'cody@example.org', replyCode: 550, status: '5.1.1', ...FINAL },
  ],
  [
    'Exim mainlog: defer 451 then ** 550 No such user',
    lines(
      '2026-12-05 06:14:02 1t9Xyz-000Abc-3Q == dina@example.org R=dnslookup T=remote_smtp defer (-44) H=mx.example.org [198.51.100.61]: SMTP error from remote mail server after RCPT TO:<dina@example.org>: 451 4.7.1 Please try again later',
      '2026-12-05 06:29:40 1t9Xyz-000Abc-3Q ** dina@example.org R=dnslookup T=remote_smtp H=mx.example.org [198.51.100.61]: SMTP error from remote mail server after RCPT TO:<dina@example.org>: 550 5.1.1 <dina@example.org>: No such user',
    ),
    { ...USER_UNKNOWN, recipient: 'dina@example.org', replyCode: 550, ...FINAL },
  ],
  [
    'Sendmail log: Deferred 451 then stat=User unknown',
    lines(
      'Dec  5 06:14:02 mail sendmail[4411]: 4B56E2aB004411: to=<eli@example.org>, delay=00:00:03, xdelay=00:00:03, mailer=esmtp, pri=120385, relay=mx.example.org. [198.51.100.62], dsn=4.3.0, stat=Deferred: 451 4.3.0 Temporary system failure, please try later',
      'Dec  5 06:44:09 mail sendmail[4502]: 4B56E2aB004411: to=<eli@example.org>, delay=00:30:10, xdelay=00:00:01, mailer=esmtp, pri=210385, relay=mx.example.org. [198.51.100.62], dsn=5.1.1, stat=User unknown',
    ),
    { ...USER_UNKNOWN, recipient: 'eli@example.org', ...FINAL },
  ],
  [
    'Postfix log: 550 user unknown, then a later 421 for another message to the same recipient',
    lines(
      pfLine(
        'fay@example.org',
        'mx.example.org[198.51.100.63]:25',
        '5.1.1',
        'bounced',
        'host mx.example.org[198.51.100.63] said: 550 5.1.1 <fay@example.org>: Recipient address rejected: User unknown (in reply to RCPT TO command)',
        '06:14:02',
        '4NZq7T2m1Kz',
      ),
      pfLine(
        'fay@example.org',
        'mx.example.org[198.51.100.63]:25',
        '4.3.2',
        'deferred',
        'host mx.example.org[198.51.100.63] said: 421 4.3.2 Service not available, closing transmission channel (in reply to MAIL FROM command)',
        '06:20:44',
        '4NZqFh0Qz9z',
      ),
    ),
    { ...USER_UNKNOWN, recipient: 'fay@example.org', replyCode: 550, status: '5.1.1', ...FINAL },
  ],
];

// ---- Generic words beside a specific code ----
const GENERIC_WORDS: RealWorldCase[] = [
  [
    '421 4.3.2 Service not available, closing transmission channel',
    '421 4.3.2 Service not available, closing transmission channel',
    {
      cause: ['server-unavailable', 'connection-rejected', 'system-error'],
      reason: ['systemerror', 'blocked'],
      replyCode: 421,
      status: '4.3.2',
      ...TEMPORARY,
      confidence: ['low', 'medium'],
    },
  ],
  [
    '550 5.7.606 Access denied, banned sending IP',
    '550 5.7.606 Access denied, banned sending IP [203.0.113.7]. To request removal from this list please visit https://sender.office.com/ and follow the directions. For more information please go to http://go.microsoft.com/fwlink/?LinkID=526655 AS(1430)',
    {
      ...IP_REPUTATION,
      cause: ['ip-blocklisted', 'ip-reputation'],
      replyCode: 550,
      status: '5.7.606',
      ...FINAL,
      confidence: 'high',
    },
  ],
  [
    '554 5.7.1 Service unavailable; Sender address blocked using dbl.spamhaus.org',
    '554 5.7.1 Service unavailable; Sender address [alice@spam-domain.example.com] blocked using dbl.spamhaus.org; https://www.spamhaus.org/query/domain/spam-domain.example.com',
    {
      cause: 'domain-blocklisted',
      reason: 'blocked',
      side: 'sender',
      replyCode: 554,
      blocklist: 'spamhaus-dbl',
      ...FINAL,
      confidence: 'high',
    },
  ],
  [
    '550 Requested action not taken: mailbox unavailable (no status, generic words)',
    '550 Requested action not taken: mailbox unavailable',
    {
      cause: ['user-unknown', 'mailbox-disabled', 'mailbox-inactive'],
      reason: ['userunknown', 'suspend'],
      replyCode: 550,
      ...FINAL,
      confidence: ['low', 'medium'],
    },
  ],
  [
    '550 5.7.1 Message rejected as spam by Content Filtering',
    '550 5.7.1 Message rejected as spam by Content Filtering.',
    {
      ...SPAM,
      cause: ['spam-filtered', 'content-filtered'],
      reason: ['spamdetected', 'filtered'],
      replyCode: 550,
      ...FINAL,
      confidence: ['high', 'medium'],
    },
  ],
  [
    '550 5.7.26 unauthenticated, DMARC policy (Gmail help link)',
    lines(
      '550-5.7.26 Unauthenticated email from example.com is not accepted due to',
      "550-5.7.26 domain's DMARC policy. Please contact the administrator of",
      '550-5.7.26 example.com domain if this was a legitimate mail. To learn about the',
      '550-5.7.26 DMARC initiative, go to',
      '550 5.7.26  https://support.google.com/mail/?p=DmarcRejection 4fb4d7f45d1cf-5a.71 - gsmtp',
    ),
    {
      cause: ['dmarc-fail', 'auth-failed'],
      reason: 'authfailure',
      side: 'sender',
      replyCode: 550,
      provider: GOOGLE,
      ...FINAL,
      confidence: 'high',
    },
  ],
  [
    'Proofpoint 554 5.7.0 Blocked - see ipcheck',
    '554 5.7.0 Blocked - see https://ipcheck.proofpoint.com/?ip=203.0.113.7',
    { ...IP_REPUTATION, cause: ['ip-blocklisted', 'ip-reputation'], replyCode: 554, ...FINAL },
  ],
  [
    '554 Transaction failed with a 5.7.1 virus text',
    '554 5.7.1 Transaction failed: Message rejected: infected by Eicar-Test-Signature',
    { ...VIRUS, replyCode: 554, ...FINAL, confidence: 'high' },
  ],
];

export const ROUND_72: RealWorldCase[] = [
  ...STATUS_VS_WORDS,
  ...CODE_VS_STATUS,
  ...REFERENCES,
  ...DSN_FIELDS,
  ...NOTICE_VS_REPLY,
  ...RETRIES,
  ...GENERIC_WORDS,
];

export const SECOND_BATCH_72: RealWorldCase[] = [
  [
    'R72b Outlook.com DY-001: does not relay dynamically-assigned IP ranges',
    "550 DY-001 (SNT004-MC1F43) Unfortunately, messages from 203.0.113.7 weren't sent. Please contact your Internet service provider. You can tell them that Hotmail does not relay dynamically-assigned IP ranges. You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.",
    {
      cause: ['port25-blocked', 'ip-blocklisted', 'network-blocklisted', 'ip-reputation'],
      reason: ['blocked', 'badreputation'],
      side: 'sender',
      replyCode: 550,
      ...FINAL,
    },
  ],
  [
    'R72b Yahoo TSS09 in a 553 5.7.2 (final this time)',
    '553 5.7.2 [TSS09] All messages from 203.0.113.7 will be permanently deferred; Retrying will NOT succeed. See https://postmaster.yahooinc.com/error-codes',
    {
      cause: ['ip-reputation', 'ip-blocklisted', 'rate-limited'],
      reason: ['badreputation', 'blocked', 'speeding'],
      side: 'sender',
      replyCode: 553,
      provider: YAHOO,
      ...FINAL,
    },
  ],
  [
    'R72b Gmail 421 4.7.0 UnsolicitedIPError: very low reputation of the sending IP',
    lines(
      '421-4.7.0 [203.0.113.7      15] Our system has detected that this message is',
      '421-4.7.0 suspicious due to the very low reputation of the sending IP address.',
      '421-4.7.0 To protect our users from spam, mail sent from your IP address has',
      '421-4.7.0 been temporarily rate limited. For more information, go to',
      '421 4.7.0  https://support.google.com/mail/?p=UnsolicitedIPError 41be03b00d2f7-7c.58 - gsmtp',
    ),
    {
      ...IP_REPUTATION,
      cause: ['ip-reputation', 'rate-limited', 'ip-blocklisted'],
      reason: ['badreputation', 'blocked', 'speeding'],
      replyCode: 421,
      provider: GOOGLE,
      ...TEMPORARY,
    },
  ],
  [
    'R72b 550 5.2.2 whose words say the user is unknown',
    '550 5.2.2 <hugo@example.org>: User unknown',
    { ...FULL_OR_UNKNOWN, recipient: 'hugo@example.org', replyCode: 550, ...FINAL },
  ],
  [
    'R72b 550 5.1.1 whose words say the account is disabled',
    '550 5.1.1 <iris@example.org>: Account disabled',
    {
      cause: ['mailbox-disabled', 'mailbox-inactive', 'user-unknown'],
      reason: ['suspend', 'userunknown'],
      recipient: 'iris@example.org',
      replyCode: 550,
      ...FINAL,
    },
  ],
  [
    'R72b 554 5.7.1 whose words say the mailbox is full',
    '554 5.7.1 <jack@example.org>: Recipient address rejected: Mailbox full',
    { ...MAILBOX_FULL, recipient: 'jack@example.org', replyCode: 554, ...FINAL },
  ],
  [
    'R72b DSN: Status 5.0.0 over a quoted Spamhaus block (5.7.1)',
    dsnMail({
      from: 'postmaster@example.com',
      subject: 'Undeliverable: Q4 figures',
      mta: 'EX02.example.com',
      human: [
        'Delivery has failed to these recipients or groups:',
        '',
        'kate@example.org',
        "The message couldn't be delivered.",
      ],
      recipient: 'kate@example.org',
      action: 'failed',
      status: '5.0.0',
      diag: '550 5.7.1 Service unavailable, Client host [203.0.113.7] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/203.0.113.7 (AS3130)',
    }),
    { ...IP_BLOCK, recipient: 'kate@example.org', status: '5.7.1', blocklist: 'spamhaus', ...FINAL },
  ],
  [
    'R72b DSN: Action failed, Status 5.1.1 over a 452 4.2.2 mailbox full',
    dsnMail({
      human: [
        ...postfixNoticeHead(),
        '<liam@example.org>: host mx.example.org[198.51.100.70] said: 452 4.2.2',
        '    Mailbox full (in reply to RCPT TO command)',
      ],
      recipient: 'liam@example.org',
      action: 'failed',
      status: '5.1.1',
      remote: 'mx.example.org',
      diag: '452 4.2.2 Mailbox full',
    }),
    {
      ...FULL_OR_UNKNOWN,
      cause: ['mailbox-full', 'user-unknown', 'delivery-expired'],
      reason: ['mailboxfull', 'userunknown', 'expired'],
      recipient: 'liam@example.org',
      ...FINAL,
    },
  ],
  [
    'R72b Exim mainlog: greylisting defers, then retry timeout exceeded',
    lines(
      '2026-12-01 06:14:02 1t8Abc-000Def-7Q == mona@example.org R=dnslookup T=remote_smtp defer (-44) H=mx.example.org [198.51.100.71]: SMTP error from remote mail server after RCPT TO:<mona@example.org>: 451 4.7.1 Greylisting in action, please come back later',
      '2026-12-05 06:14:40 1t8Abc-000Def-7Q ** mona@example.org: retry timeout exceeded',
    ),
    { ...EXPIRED_AFTER, recipient: 'mona@example.org', ...FINAL },
  ],
  [
    'R72b Postfix log with soft_bounce: a 550 5.7.1 Spamhaus block kept as deferred',
    pfLine(
      'ned@example.org',
      'mx.example.org[198.51.100.72]:25',
      '4.7.1',
      'deferred',
      'host mx.example.org[198.51.100.72] said: 550 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org (in reply to RCPT TO command)',
    ),
    { ...IP_BLOCK, recipient: 'ned@example.org', blocklist: 'spamhaus', ...TEMPORARY },
  ],
  [
    'R72b French notice "Adresse introuvable" over a 552 5.2.2 quota reply',
    textEmail('Microsoft Outlook <postmaster@example.fr>', 'Non remis : Q4 figures', [
      "Votre message à olga@example.org n'a pas pu être remis.",
      '',
      'olga est introuvable sur example.org.',
      '',
      'Informations de diagnostic pour les administrateurs :',
      '',
      'olga@example.org',
      "Le serveur distant a retourné '552 5.2.2 <olga@example.org>: Quota exceeded (mailbox for user is full)'",
    ]),
    { ...FULL_OR_UNKNOWN, recipient: 'olga@example.org', ...FINAL },
  ],
  [
    'R72b 550 5.7.23 "The message was rejected because of Sender Policy Framework violation"',
    '550 5.7.23 The message was rejected because of Sender Policy Framework violation',
    { cause: ['spf-fail', 'auth-failed'], reason: 'authfailure', side: 'sender', replyCode: 550, ...FINAL },
  ],
  [
    'R72b 550 5.7.1 Requested action not taken: message refused (generic, policy status)',
    '550 5.7.1 Requested action not taken: message refused',
    {
      cause: [...POLICY.cause, 'content-filtered', 'security-error'],
      reason: [...POLICY.reason, 'securityerror'],
      replyCode: 550,
      ...FINAL,
      confidence: ['low', 'medium'],
    },
  ],
  [
    'R72b Sendmail log: dsn=4.2.2 deferred over "452 4.2.2 Over quota", then dsn=5.2.2 bounced',
    lines(
      'Dec  4 06:14:02 mail sendmail[5511]: 4B46E2aB005511: to=<paula@example.org>, delay=00:00:02, xdelay=00:00:02, mailer=esmtp, pri=120385, relay=mx.example.org. [198.51.100.73], dsn=4.2.2, stat=Deferred: 452 4.2.2 Over quota',
      'Dec  5 06:14:09 mail sendmail[5620]: 4B46E2aB005511: to=<paula@example.org>, delay=1+00:00:09, xdelay=00:00:01, mailer=esmtp, pri=930385, relay=mx.example.org. [198.51.100.73], dsn=5.2.2, stat=User over quota',
    ),
    { ...MAILBOX_FULL, recipient: 'paula@example.org', ...FINAL },
  ],
  [
    'R72b Comcast 554 with BL000000 anchor and generic words',
    '554 resimta-ch2-05v.sys.comcast.net comcast 203.0.113.7 Comcast block for spam.  Please see http://postmaster.comcast.net/smtp-error-codes.php#BL000000',
    {
      cause: ['ip-blocklisted', 'ip-reputation', 'spam-filtered'],
      reason: ['blocked', 'badreputation', 'spamdetected'],
      side: 'sender',
      replyCode: 554,
      provider: /comcast/i,
      ...FINAL,
    },
  ],
];
