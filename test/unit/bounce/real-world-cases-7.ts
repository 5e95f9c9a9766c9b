import type { RealWorldCase } from './real-world-cases.js';
import {
  DISABLED,
  EXPIRED,
  GREYLIST,
  IP_BLOCK,
  IP_REPUTATION,
  LOOP,
  lines,
  MAILBOX_FULL,
  NOT_RFC,
  POLICY,
  PORT25,
  RATE,
  RECIPIENT_RATE,
  RELAY,
  RESTRICTED,
  SPAM,
  TOO_BIG,
  USER_UNKNOWN,
  VIRUS,
} from './real-world-expectations.js';

/*
 * A seventh held-out round (issue 2), short: what admins paste most. Everyday Gmail, Outlook.com,
 * Microsoft 365, Yahoo and iCloud replies in their 2024-2026 wordings (bulk-sender authentication and
 * alignment rules), hosting providers' Exim/cPanel and Plesk texts, Zimbra, Google Groups and list
 * managers, forwarding loops, quota and size replies with numbers, and chat lines that only mention a code
 * (CHAT_7: these must give no record). Written from the providers' public documentation and common
 * knowledge of the products, none from the development corpus, each wording checked against the earlier
 * rounds before it went in. Written before any rule was changed for it, and measured as written:
 *   round 7   76 cases, 60 right as written (79 %), 71 after its fixes (rules held as data: phrases and
 *             list managers' notice sentences); chat 8 of 10 right, unchanged. Two of the sixteen wrong were
 *             this file's own expectations: a blocklist named by its zone ('zen.spamhaus.org') where the
 *             project names the operator ('spamhaus'), and Outlook.com's OU-002 dynamic-IP refusal expected
 *             as reputation where round 5 reads DY-001 as a port-25/dynamic-address block (both aligned).
 *             The rest: members-only groups and lists (Google Groups read as a refused sender; Mailman,
 *             Sympa and LISTSERV notices not taken as bounces at all), Zimbra's distribution list and
 *             maintenance state, cPanel's "suspended from sending" read as the recipient's suspended
 *             mailbox, Exim's "lines too long for transport", Plesk's "Recipient address rejected: Access
 *             denied" read as an unknown user, and Gmail's 2024 notice whose empty "550-5.7.26" lines cut
 *             the reply short (it was the reply reader's 8-line cap: 72 after it went to 16).
 *   round 7b  20 cases (whole notices as pasted: Gmail, Yahoo, Outlook, cPanel, Postfix, Zimbra), 19 right
 *             as written (95 %), 20 after; chat 2 of 4 right, unchanged.
 * In all, round 7 held out 96 replies, 79 right as written (82 %), 92 after, and 14 chat lines, 10 right.
 * What is still wrong is listed in STILL_WRONG with the reason.
 */

const DOMAIN_REPUTATION = {
  cause: ['domain-reputation', 'spam-filtered'],
  reason: ['badreputation', 'spamdetected'],
  side: 'sender',
} as const;
const AUTH_FAILED = {
  cause: ['auth-failed', 'spf-fail', 'dkim-fail', 'dmarc-fail'],
  reason: 'authfailure',
  side: 'sender',
} as const;
const SPF = { cause: ['spf-fail', 'auth-failed'], reason: 'authfailure', side: 'sender' } as const;
const DKIM = { cause: ['dkim-fail', 'auth-failed'], reason: 'authfailure', side: 'sender' } as const;
const DMARC = { cause: ['dmarc-fail', 'auth-failed'], reason: 'authfailure', side: 'sender' } as const;
const BLOCKED_BY_RECIPIENT = {
  cause: ['blocked-by-recipient', 'sender-rejected', 'recipient-restricted', 'policy-violation'],
  reason: ['rejected', 'policyviolation'],
} as const;
// Postfix's access-table REJECT of the recipient: the cause is the refusal; Sisimai names its words userunknown
// (its own unknown-user phrases list "recipient address rejected: access denied"), so that reason is kept.
const ACCESS_TABLE_RECIPIENT = {
  ...BLOCKED_BY_RECIPIENT,
  reason: [...BLOCKED_BY_RECIPIENT.reason, 'userunknown'],
} as const;
const SENDER_BLOCKED = {
  cause: ['sender-account-blocked', 'rate-limited', 'outbound-filter'],
  reason: ['rejected', 'speeding', 'spamdetected'],
  side: 'sender',
} as const;
const DOMAIN_NOT_FOUND = {
  cause: ['domain-not-found', 'recipient-domain-typo', 'no-mx'],
  reason: 'hostunknown',
} as const;
const SENDER_DOMAIN = {
  cause: ['sender-domain-invalid', 'sender-verify-failed'],
  reason: 'rejected',
  side: 'sender',
} as const;

const GOOGLE_7: RealWorldCase[] = [
  [
    'Gmail 2024: blocked, sender unauthenticated (SPF and DKIM both failed)',
    lines(
      '550-5.7.26 Your email has been blocked because the sender is unauthenticated.',
      '550-5.7.26 Gmail requires all senders to authenticate with either SPF or DKIM.',
      '550-5.7.26',
      '550-5.7.26  Authentication results:',
      '550-5.7.26  DKIM = did not pass',
      '550-5.7.26  SPF [example.com] with ip: [192.0.2.10] = did not pass',
      '550-5.7.26',
      '550-5.7.26  For instructions on setting up authentication, go to',
      '550 5.7.26  https://support.google.com/mail/answer/81126#authentication d2e1a72fcca58-6f4a3b2.5 - gsmtp',
    ),
    { ...AUTH_FAILED, provider: /google|gmail/i },
  ],
  [
    'Gmail 2024: 4.7.27 rate limited, SPF did not pass',
    lines(
      "421-4.7.27 Your email has been rate limited because SPF authentication didn't",
      '421-4.7.27 pass for this message. Gmail requires all bulk email senders to',
      '421-4.7.27 authenticate with SPF. Authentication results: SPF [example.com] with ip:',
      '421-4.7.27 [192.0.2.10] = did not pass. For instructions on setting up authentication, go',
      '421 4.7.27 to https://support.google.com/mail/answer/81126#authentication a1si2 - gsmtp',
    ),
    SPF,
  ],
  [
    'Gmail 2024: 4.7.30 rate limited, DKIM did not pass',
    lines(
      "421-4.7.30 Your email has been rate limited because DKIM authentication didn't",
      '421-4.7.30 pass for this message. Gmail requires all bulk email senders to',
      '421-4.7.30 authenticate with DKIM. Authentication results: DKIM = did not pass. For',
      '421-4.7.30 instructions on setting up authentication, go to',
      '421 4.7.30 https://support.google.com/mail/answer/81126#authentication b2si3 - gsmtp',
    ),
    DKIM,
  ],
  [
    'Gmail 2024: 5.7.32 From header not aligned',
    lines(
      '550-5.7.32 Your email has been blocked because the From: header (RFC5322) in this',
      "550-5.7.32 message isn't aligned with either the authenticated SPF or DKIM",
      '550-5.7.32 organizational domain. For more information, go to',
      '550 5.7.32 https://support.google.com/mail/answer/81126#authentication c3si4 - gsmtp',
    ),
    DMARC,
  ],
  [
    'Gmail 2024: 4.7.32 rate limited, From header not aligned',
    lines(
      '421-4.7.32 Your email has been rate limited because the From: header (RFC5322) in',
      "421-4.7.32 this message isn't aligned with either the authenticated SPF or DKIM",
      '421-4.7.32 organizational domain. For more information, go to',
      '421 4.7.32 https://support.google.com/mail/answer/81126#authentication d4si5 - gsmtp',
    ),
    DMARC,
  ],
  [
    'Gmail 2024: 5.7.27 SPF did not pass, blocked',
    lines(
      "550-5.7.27 Your email has been blocked because SPF authentication didn't pass for",
      '550-5.7.27 this message. Gmail requires all senders to authenticate with SPF.',
      '550 5.7.27 https://support.google.com/mail/answer/81126#authentication e5si6 - gsmtp',
    ),
    SPF,
  ],
  [
    'Gmail 2025: bulk sender without one-click unsubscribe',
    lines(
      '550-5.7.26 Your email has been blocked because it does not meet the requirements',
      '550-5.7.26 for bulk senders: messages must include a one-click unsubscribe',
      '550-5.7.26 (RFC 8058 List-Unsubscribe-Post). For more information, go to',
      '550 5.7.26 https://support.google.com/mail/answer/81126#requirements f6si7 - gsmtp',
    ),
    { ...POLICY, cause: [...POLICY.cause, 'auth-failed'], reason: [...POLICY.reason, 'authfailure'] },
  ],
  [
    'Gmail: missing Message-ID header',
    lines(
      '550-5.7.1 Messages missing a valid Message-ID header are not accepted. For more',
      '550-5.7.1 information, go to',
      '550 5.7.1 https://support.google.com/mail/?p=RfcMessageNonCompliant g7si8 - gsmtp',
    ),
    NOT_RFC,
  ],
  [
    'Gmail: 4.2.1 receiving mail too quickly for this user',
    lines(
      '452-4.2.1 The recipient you are trying to contact is receiving mail at a rate that',
      '452-4.2.1 prevents additional messages from being delivered. Please resend your',
      '452-4.2.1 message at a later time. If the user is able to receive mail at that',
      '452 4.2.1 time, your message will be delivered. h8si9 - gsmtp',
    ),
    RECIPIENT_RATE,
  ],
  [
    'Gmail: Google Groups, no permission to post',
    lines(
      'Your message to team@example.org has been blocked.',
      '',
      "You don't have permission to post to this group. If you believe you should have permission,",
      'contact the group owners at team+owners@example.org.',
      '',
      'The response from the remote server was:',
      '550 5.7.1 Unauthorized: you do not have permission to post to this group',
    ),
    RESTRICTED,
  ],
  [
    'Google Groups: group does not exist',
    lines(
      "We're writing to let you know that the group you tried to contact (sales) may not exist, or you may",
      "not have permission to post messages to the group. A few more details on why you weren't able to post:",
      '',
      ' * You might have spelled or formatted the group name incorrectly.',
      ' * The owner of the group may have removed this group.',
    ),
    { cause: ['user-unknown', 'recipient-restricted'], reason: ['userunknown', 'rejected'] },
  ],
  [
    'Gmail: message blocked, contains a potentially dangerous attachment (DMARC-style wording)',
    lines(
      '552-5.7.0 This message was blocked because its content presents a potential',
      '552-5.7.0 security issue. To review our message content and attachment content',
      '552 5.7.0 guidelines, go to https://support.google.com/mail/?p=BlockedMessage i9si1 - gsmtp',
    ),
    {
      cause: ['policy-violation', 'content-filtered', 'virus-found'],
      reason: ['policyviolation', 'filtered', 'virusdetected'],
    },
  ],
];

const MICROSOFT_7: RealWorldCase[] = [
  [
    'Microsoft 365: 5.7.515 sending domain does not meet the required authentication level',
    "550 5.7.515 Access denied, sending domain example.com does not meet the required authentication level. The sender's domain in the 5322.From address doesn't meet the authentication requirements defined for the sender. To learn more, see https://aka.ms/EXOSmtpErrors [SJ1PEPF00001CE7.namprd03.prod.outlook.com 2025-05-06T10:11:12.345Z 08DD8C1A2B3C4D5E]",
    AUTH_FAILED,
  ],
  [
    'Outlook.com 2025: 5.7.515 in an Exchange NDR',
    lines(
      'Delivery has failed to these recipients or groups:',
      '',
      'bob@outlook.com',
      "Your message wasn't delivered because the recipient's email provider rejected it.",
      '',
      'Diagnostic information for administrators:',
      'Generating server: mail.example.com',
      'bob@outlook.com',
      "Remote Server returned '550 5.7.515 Access denied, sending domain [EXAMPLE.COM] does not meet the required authentication level.'",
    ),
    AUTH_FAILED,
  ],
  [
    'Outlook.com: OU-002 dynamic IP range',
    "550 OU-002 (SN1NAM02FT012) Unfortunately, messages from 192.0.2.10 weren't sent. Please contact your Internet service provider. You can tell them that Hotmail does not relay dynamically-assigned IP ranges. You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.",
    PORT25,
  ],
  [
    'Outlook.com: S3150 inside a Postfix log line',
    "Jun  2 08:00:01 mail postfix/smtp[4242]: 9C1D22A0: to=<bob@hotmail.com>, relay=hotmail-com.olc.protection.outlook.com[52.101.0.1]:25, delay=1.2, dsn=5.7.1, status=bounced (host hotmail-com.olc.protection.outlook.com[52.101.0.1] said: 550 5.7.1 Unfortunately, messages from [192.0.2.10] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. (in reply to MAIL FROM command))",
    IP_BLOCK,
  ],
  [
    'Outlook.com: S3140 4.7.650 temporarily deferred',
    '451 4.7.650 The mail server [192.0.2.10] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S3140) [AM0PR04CA0001.eurprd04.prod.outlook.com]',
    IP_REPUTATION,
  ],
  [
    'Outlook.com: S775 temporarily rate limited',
    '451 4.7.500 Server busy. Please try again later from [192.0.2.10]. (S775) [DB5EUR03FT003.eop-EUR03.prod.protection.outlook.com]',
    RATE,
  ],
  [
    'Microsoft 365: 5.7.509 DMARC reject, whole sentence',
    '550 5.7.509 Access denied, sending domain example.com does not pass DMARC verification and has a DMARC policy of reject. [AM4PEPF00027A5F.eurprd04.prod.outlook.com 2025-01-02T03:04:05.678Z 08DD2A1B2C3D4E5F]',
    DMARC,
  ],
  [
    'Microsoft 365: 5.1.10 recipient not found, NDR in Outlook',
    lines(
      "Your message to bob@example.org couldn't be delivered.",
      "bob wasn't found at example.org.",
      '',
      'alice     Office 365     bob',
      'Action Required                 Recipient',
      'Unknown To address',
      '',
      'Diagnostic information for administrators:',
      'Generating server: AM0PR04MB1234.eurprd04.prod.outlook.com',
      'bob@example.org',
      'Remote server returned 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient bob@example.org not found by SMTP address lookup',
    ),
    { cause: ['user-unknown', 'recipient-not-in-tenant'], reason: 'userunknown' },
  ],
  [
    'Microsoft 365: mailbox full, NDR in Outlook',
    lines(
      "Your message to bob@example.org couldn't be delivered.",
      "bob's mailbox is full.",
      '',
      'Diagnostic information for administrators:',
      'Generating server: DB7PR04MB5555.eurprd04.prod.outlook.com',
      'bob@example.org',
      'Remote server returned 554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded',
    ),
    MAILBOX_FULL,
  ],
  [
    'Microsoft 365: sender banned for spam (5.1.8)',
    '550 5.1.8 Access denied, bad outbound sender. AS(42004) [CY4PR04MB0123.namprd04.prod.outlook.com]',
    SENDER_BLOCKED,
  ],
  [
    'Microsoft 365: submission quota exceeded (daily sending limit)',
    '554 5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException; Failed to process message due to a permanent exception with message Cannot submit message.',
    SENDER_BLOCKED,
  ],
  [
    'Microsoft 365: DNS record for the domain not found (5.4.310)',
    '550 5.4.310 DNS domain example.org does not exist [Message=InfoDomainNonexistent] [LastAttemptedServerName=example.org] [DB5EUR03FT004.eop-EUR03.prod.protection.outlook.com]',
    DOMAIN_NOT_FOUND,
  ],
  [
    'Microsoft 365: message expired, 4.4.7 in an NDR',
    lines(
      'Delivery has failed to these recipients or groups:',
      '',
      'bob@example.org',
      "The recipient's email system didn't accept the message within the allowed time.",
      '',
      'Diagnostic information for administrators:',
      'Generating server: BN0PR04MB7777.namprd04.prod.outlook.com',
      'bob@example.org',
      'Remote server returned 550 4.4.7 QUEUE.Expired; message expired [Message=451 4.4.0 Error encountered while communicating with primary target IP address: "Failed to connect. Winsock error code: 10060"]',
    ),
    EXPIRED,
  ],
];

const YAHOO_APPLE_7: RealWorldCase[] = [
  [
    'Yahoo 2024: 5.7.9 permanently deferred, unauthenticated',
    '550 5.7.9 This mail has been permanently deferred because the sender is unauthenticated. Yahoo requires all senders to authenticate with either SPF or DKIM.',
    AUTH_FAILED,
  ],
  [
    'Yahoo 2024: 5.7.9 DMARC policy of the From domain',
    '554 5.7.9 Message not accepted for policy reasons. See https://senders.yahooinc.com/error-codes',
    POLICY,
  ],
  [
    'Yahoo: 4.7.0 TSS04 deferred, complaints (Postfix log line)',
    'Jun  2 08:00:01 mail postfix/smtp[4242]: 9C1D22A0: to=<bob@yahoo.com>, relay=mta5.am0.yahoodns.net[67.195.204.72]:25, delay=0.8, dsn=4.7.0, status=deferred (host mta5.am0.yahoodns.net[67.195.204.72] said: 421 4.7.0 [TSS04] Messages from 192.0.2.10 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes (in reply to MAIL FROM command))',
    RATE,
  ],
  [
    'Yahoo: user does not have a yahoo account, ymail',
    '554 delivery error: dd Requested mail action aborted, mailbox not found - mta4210.mail.gq1.yahoo.com',
    USER_UNKNOWN,
  ],
  [
    'AOL: mailbox disabled',
    '554 delivery error: dd This account has been disabled or discontinued [#102]. - mta1010.mail.bf1.yahoo.com',
    DISABLED,
  ],
  [
    'iCloud: HM08 in a Postfix log line',
    'Jun  2 08:00:01 mail postfix/smtp[4242]: 9C1D22A0: to=<bob@icloud.com>, relay=mx01.mail.icloud.com[17.57.154.6]:25, delay=2.1, dsn=5.7.1, status=bounced (host mx01.mail.icloud.com[17.57.154.6] said: 554 5.7.1 [HM08] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137 (in reply to end of DATA command))',
    { ...POLICY, cause: [...POLICY.cause, 'ip-reputation'], reason: [...POLICY.reason, 'badreputation'] },
  ],
  [
    'iCloud: CS01 with the 2024 support link',
    '550 5.7.0 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/102322',
    { ...POLICY, cause: [...POLICY.cause, 'ip-reputation'], reason: [...POLICY.reason, 'badreputation'] },
  ],
  [
    'iCloud: user over quota with byte numbers',
    '552 5.2.2 <bob@icloud.com>: user is over quota (5368709120/5368709120 bytes)',
    MAILBOX_FULL,
  ],
  ['iCloud: account disabled', '550 5.1.1 <bob@me.com>: user is disabled', DISABLED],
];

const HOSTING_7: RealWorldCase[] = [
  [
    'cPanel Exim: JunkMail rejected, Spamhaus ZEN with a port',
    '550-JunkMail rejected - mail.example.com (mail.example.com) [192.0.2.10]:41234 is in an RBL on zen.spamhaus.org, see https://check.spamhaus.org/query/ip/192.0.2.10',
    { ...IP_BLOCK, blocklist: 'spamhaus' },
  ],
  [
    'cPanel Exim: rejected by exims SPF check',
    lines(
      "550-Rejected by exim's SPF check: 192.0.2.10 is not allowed to send mail from example.com",
      '550 Please see http://www.open-spf.org/Why?scope=mfrom;identity=alice@example.com;ip=192.0.2.10',
    ),
    SPF,
  ],
  [
    'cPanel: recipient account is currently suspended',
    '550 5.2.1 The email account that you tried to reach (bob@example.org) is currently suspended.',
    DISABLED,
  ],
  [
    'cPanel: sending domain suspended for outbound spam',
    '550 Your domain example.com is currently suspended from sending mail. Please contact your hosting provider.',
    SENDER_BLOCKED,
  ],
  [
    'cPanel: domain max emails per hour, percent form',
    'Domain example.com has exceeded the max emails per hour (150/150 (100%)) allowed.  Message will be reattempted later',
    SENDER_BLOCKED,
  ],
  [
    'cPanel: mailbox quota with megabytes',
    '552 5.2.2 Mailbox quota exceeded: bob@example.org (1024.00 MB of 1024 MB used)',
    MAILBOX_FULL,
  ],
  [
    'cPanel/Exim: message detected as spam by SpamAssassin score',
    '550 This message was classified as SPAM and may not be delivered (score 12.3, required 5.0)',
    SPAM,
  ],
  [
    'Exim: message has lines too long for transport',
    'bob@example.org\n    message has lines too long for transport',
    NOT_RFC,
  ],
  ['Exim: size with numbers', '552 Message size exceeds maximum permitted (31457280 > 26214400)', TOO_BIG],
  [
    'Plesk Postfix: Recipient address rejected: Access denied (bare)',
    '554 5.7.1 <bob@example.org>: Recipient address rejected: Access denied',
    ACCESS_TABLE_RECIPIENT,
  ],
  [
    'Plesk Postfix: Recipient address rejected: Access denied, in a log line',
    'Jun  2 08:00:01 mail postfix/smtp[4242]: 9C1D22A0: to=<bob@example.org>, relay=mx.example.org[192.0.2.25]:25, delay=0.4, dsn=5.7.1, status=bounced (host mx.example.org[192.0.2.25] said: 554 5.7.1 <bob@example.org>: Recipient address rejected: Access denied (in reply to RCPT TO command))',
    ACCESS_TABLE_RECIPIENT,
  ],
  [
    'Plesk: sender blacklisted by the receiving server (Sender address rejected: Access denied)',
    '554 5.7.1 <alice@example.com>: Sender address rejected: Access denied',
    BLOCKED_BY_RECIPIENT,
  ],
  [
    'Hostinger: daily sending limit reached',
    '550 5.7.1 Daily sending limit reached for alice@example.com. Please try again tomorrow.',
    SENDER_BLOCKED,
  ],
  [
    'OVH/IONOS-style: mailbox is full with percent',
    '452 4.2.2 <bob@example.org>: Mailbox is over quota: 2048000 of 2048000 KB used (100%)',
    MAILBOX_FULL,
  ],
];

const ZIMBRA_LISTS_7: RealWorldCase[] = [
  [
    'Zimbra: LMTP over quota',
    'Jun  2 08:00:01 zimbra postfix/lmtp[4242]: 9C1D22A0: to=<bob@example.org>, relay=zimbra.example.org[192.0.2.25]:7025, delay=0.2, dsn=5.2.2, status=bounced (host zimbra.example.org[192.0.2.25] said: 552 5.2.2 Over quota (in reply to end of DATA command))',
    MAILBOX_FULL,
  ],
  [
    'Zimbra: account closed / maintenance',
    '550 5.1.1 <bob@example.org>: Recipient address rejected: account is in maintenance state',
    {
      cause: ['mailbox-disabled', 'mailbox-inactive', 'system-error', 'server-unavailable'],
      reason: ['suspend', 'systemerror'],
    },
  ],
  [
    'Zimbra: distribution list, sender not permitted',
    '550 5.7.1 <staff@example.org>: Recipient address rejected: Sender is not allowed to send to this distribution list',
    RESTRICTED,
  ],
  [
    'Mailman 3: non-member post rejected',
    lines(
      'Your message entitled',
      '',
      '    Quarterly report',
      '',
      'was rejected by the list moderators.  Their comments follow:',
      '',
      'Non-members are not allowed to post messages to this list.',
    ),
    RESTRICTED,
  ],
  [
    'Sympa: not allowed to send to the list',
    lines(
      'Your message could not be distributed to the list staff@lists.example.org.',
      '',
      'You are not allowed to send messages to list staff@lists.example.org because you are not subscribed.',
    ),
    RESTRICTED,
  ],
  [
    'LISTSERV: not authorized to post',
    'You are not authorized to send mail to the STAFF-L list from your alice@example.com account. You might be authorized to send to the list from another of your accounts.',
    RESTRICTED,
  ],
  [
    'Mailing list: members only, Postfix reply',
    '550 5.7.1 <announce@lists.example.org>: Recipient address rejected: only list members may post to this list',
    RESTRICTED,
  ],
];

const LOOPS_7: RealWorldCase[] = [
  [
    'Postfix: mail forwarding loop in a log line',
    'Jun  2 08:00:01 mail postfix/local[4242]: 9C1D22A0: to=<bob@example.org>, relay=local, delay=0.1, dsn=5.4.6, status=bounced (mail forwarding loop for bob@example.org)',
    LOOP,
  ],
  [
    'Sendmail: too many hops',
    '554 5.4.6 Too many hops 26 (25 max): from <alice@example.com> via mx.example.org, to <bob@example.org>',
    LOOP,
  ],
  [
    'Exim: maximum hops exceeded (Received headers)',
    '550 Too many hops: 51 Received headers, max 50 - mail loop?',
    LOOP,
  ],
  [
    'Generic: mail loop detected',
    '554 5.4.6 Mail loop detected: message already passed through mx.example.org',
    LOOP,
  ],
  [
    'Dovecot/Sieve: loop detected on redirect',
    '550 5.4.6 <bob@example.org>: Message loop detected (already redirected by this server)',
    LOOP,
  ],
  ['Forwarding: hop count exceeded', '554 5.4.0 Error: too many hops', LOOP],
];

const SIZES_QUOTAS_7: RealWorldCase[] = [
  [
    'Postfix: message size exceeds size limit of server, with numbers',
    'Jun  2 08:00:01 mail postfix/smtp[4242]: 9C1D22A0: to=<bob@example.org>, relay=mx.example.org[192.0.2.25]:25, delay=3, dsn=5.3.4, status=bounced (message size 31457280 exceeds size limit 20480000 of server mx.example.org[192.0.2.25])',
    TOO_BIG,
  ],
  [
    'Generic: 552 message too big with bytes',
    '552 5.3.4 Message too big (31457280 bytes > 20971520 allowed)',
    TOO_BIG,
  ],
  [
    'Gmail: 5.2.3 message exceeded size limit',
    lines(
      "552-5.2.3 Your message exceeded Google's message size limits. Please visit",
      '552-5.2.3 https://support.google.com/mail/?p=MaxSizeError to view our size',
      '552 5.2.3 guidelines. j1si2 - gsmtp',
    ),
    TOO_BIG,
  ],
  [
    'Dovecot: quota exceeded with numbers',
    '552 5.2.2 <bob@example.org> Quota exceeded (mailbox for user is full) - 5242880/5242880 kB',
    MAILBOX_FULL,
  ],
  [
    'Generic: mailbox full, size in MB',
    '452 4.2.2 bob@example.org: mailbox full (used 2.0 GB of 2.0 GB)',
    MAILBOX_FULL,
  ],
  ['Courier-style: maildir over quota', '522 5.2.2 bob@example.org: maildir over quota.', MAILBOX_FULL],
  [
    'Exchange: message too large for recipient, with sizes',
    '552 5.3.4 Message size exceeds fixed maximum message size. Size: 48 MB, Max: 35 MB',
    TOO_BIG,
  ],
];

const OTHERS_7: RealWorldCase[] = [
  [
    'Postfix: greylisted, try again later (policyd-weight style)',
    '450 4.7.1 <bob@example.org>: Recipient address rejected: Greylisted, see https://postgrey.schweikert.ch/help/example.org.html',
    GREYLIST,
  ],
  [
    'Exim: sender verify failed, no MX for sender domain',
    lines(
      '550-Verification failed for <alice@example.com>',
      '550-Unrouteable address',
      '550 Sender verify failed',
    ),
    SENDER_DOMAIN,
  ],
  [
    'Postfix: relay access denied, log line',
    'Jun  2 08:00:01 mail postfix/smtp[4242]: 9C1D22A0: to=<bob@example.org>, relay=mx.example.org[192.0.2.25]:25, delay=0.4, dsn=5.7.1, status=bounced (host mx.example.org[192.0.2.25] said: 554 5.7.1 <bob@example.org>: Relay access denied (in reply to RCPT TO command))',
    RELAY,
  ],
  [
    'ClamAV via Exim: virus in message',
    '550 This message contains a virus or other harmful content (Win.Trojan.Agent-1234567)',
    VIRUS,
  ],
  [
    'Spamhaus DBL on a URL in the message',
    '554 5.7.1 Service unavailable; message contains a URL listed in dbl.spamhaus.org (example-bad.com)',
    {
      cause: ['domain-blocklisted', 'spam-filtered', 'content-filtered'],
      reason: ['blocked', 'spamdetected', 'filtered'],
      side: 'sender',
    },
  ],
  ['Generic: spam content, score', '550 5.7.1 Message rejected as spam by Content Filtering.', SPAM],
  [
    'Comcast: sender IP blocked (BL000010)',
    '554 resimta-ch2-01v.sys.comcast.net comcast 192.0.2.10 Comcast block for spam. Please see http://postmaster.comcast.net/smtp-error-codes.php#BL000010',
    IP_BLOCK,
  ],
  [
    'Gmail: IP low reputation, sending domain',
    lines(
      '550-5.7.1 [192.0.2.10] Gmail has detected that this message is likely',
      '550-5.7.1 suspicious due to the very low reputation of the sending domain. To',
      '550-5.7.1 best protect our users from spam, the message has been blocked.',
      '550 5.7.1 https://support.google.com/mail/answer/188131 k2si3 - gsmtp',
    ),
    DOMAIN_REPUTATION,
  ],
];

// Round 7b, written after round 7's fixes and measured as written: whole notices as admins paste them.
const WHOLE_NOTICES_7B: RealWorldCase[] = [
  [
    'Gmail notice: Address not found (whole)',
    lines(
      'Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
      '** Address not found **',
      '',
      "Your message wasn't delivered to bob@example.org because the address couldn't be found, or is unable to receive mail.",
      '',
      'Learn more here: https://support.google.com/mail/?p=NoSuchUser',
      '',
      'The response was:',
      '',
      "The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser",
    ),
    USER_UNKNOWN,
  ],
  [
    'Gmail notice: Message blocked, DMARC (whole)',
    lines(
      '** Message blocked **',
      '',
      'Your message to bob@gmail.com has been blocked. See technical details below for more information.',
      '',
      'The response from the remote server was:',
      "550 5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy. Please contact the administrator of example.com domain if this was a legitimate mail. To learn about the DMARC initiative, go to https://support.google.com/mail/?p=DmarcRejection l5si1 - gsmtp",
    ),
    DMARC,
  ],
  [
    'Gmail notice: Message not delivered, domain not found',
    lines(
      '** Message not delivered **',
      '',
      'There was a problem delivering your message to bob@exmaple.org. See the technical details below.',
      '',
      "DNS Error: DNS type 'mx' lookup of exmaple.org responded with code NXDOMAIN",
      'Domain name not found: exmaple.org',
      'Learn more at https://support.google.com/mail/?p=BadRcptDomain',
    ),
    DOMAIN_NOT_FOUND,
  ],
  [
    'Gmail notice: Delivery incomplete, temporary (whole)',
    lines(
      '** Delivery incomplete **',
      '',
      "There was a temporary problem delivering your message to bob@example.org. Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.",
      '',
      'The response was:',
      '',
      'The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720 [mx.example.org. 192.0.2.25: timed out]',
    ),
    {
      cause: ['recipient-server-unreachable', 'delivery-delayed', 'connection-refused'],
      reason: ['expired', 'networkerror'],
    },
  ],
  [
    'Yahoo: Failure Notice with quoted reply (whole)',
    lines(
      'Sorry, we were unable to deliver your message to the following address.',
      '',
      '<bob@example.org>:',
      '552: 5.2.2 <bob@example.org>: user over quota',
      '',
      '--- Below this line is a copy of the message.',
    ),
    MAILBOX_FULL,
  ],
  [
    'Outlook.com notice: Undeliverable, blocked by the recipient (whole)',
    lines(
      'Undeliverable: Invoice 2025-11',
      '',
      "Your message to bob@example.org couldn't be delivered.",
      'bob@example.org has blocked your email address.',
      '',
      'Diagnostic information for administrators:',
      'Generating server: PH0PR04MB1234.namprd04.prod.outlook.com',
      'bob@example.org',
      'Remote server returned 550 5.7.1 RESOLVER.RST.AuthRequired; authentication required',
    ),
    {
      cause: ['auth-required', 'recipient-restricted', 'blocked-by-recipient'],
      reason: ['securityerror', 'rejected'],
    },
  ],
  [
    'cPanel notice: Mail delivery failed, quota in the Exim block (whole)',
    lines(
      'Subject: Mail delivery failed: returning message to sender',
      '',
      'This message was created automatically by mail delivery software.',
      '',
      'A message that you sent could not be delivered to one or more of its',
      'recipients. This is a permanent error. The following address(es) failed:',
      '',
      '  bob@example.org',
      '    Mailbox quota exceeded',
    ),
    MAILBOX_FULL,
  ],
  [
    'cPanel notice: remote host said, JunkMail with spamcop (whole)',
    lines(
      'A message that you sent could not be delivered to one or more of its',
      'recipients. This is a permanent error. The following address(es) failed:',
      '',
      '  bob@example.org',
      '    host mx.example.org [192.0.2.25]',
      '    SMTP error from remote mail server after RCPT TO:<bob@example.org>:',
      '    550-JunkMail rejected - mail.example.com [192.0.2.10]:52311 is in an RBL: Blocked - see',
      '    550 https://www.spamcop.net/bl.shtml?192.0.2.10',
    ),
    { ...IP_BLOCK, blocklist: 'spamcop' },
  ],
  [
    'cPanel notice: retry time not reached for any host after a long failure period',
    lines(
      'A message that you sent could not be delivered to one or more of its',
      'recipients. This is a permanent error. The following address(es) failed:',
      '',
      '  bob@example.org',
      '    retry timeout exceeded',
    ),
    EXPIRED,
  ],
  [
    'Postfix notice: Undelivered Mail Returned to Sender, Access denied reply',
    lines(
      'This is the mail system at host mail.example.com.',
      '',
      "I'm sorry to have to inform you that your message could not",
      "be delivered to one or more recipients. It's attached below.",
      '',
      '<bob@example.org>: host mx.example.org[192.0.2.25] said: 550 5.7.1',
      '    <bob@example.org>: Recipient address rejected: Your message was',
      '    rejected as spam (in reply to RCPT TO command)',
    ),
    SPAM,
  ],
  [
    'Postfix notice: mailbox full with Dovecot numbers (whole)',
    lines(
      'This is the mail system at host mail.example.com.',
      '',
      "I'm sorry to have to inform you that your message could not",
      'be delivered to one or more recipients.',
      '',
      '<bob@example.org>: host mail.example.org[private/dovecot-lmtp] said: 552',
      '    5.2.2 <bob@example.org> Quota exceeded (mailbox for user is full)',
      '    (in reply to end of DATA command)',
    ),
    MAILBOX_FULL,
  ],
  [
    'Zimbra notice: delivery failed, account closed',
    lines(
      'Delivery failed',
      '',
      '<bob@example.org>: host zimbra.example.org[192.0.2.25] said: 550 5.1.1',
      '    <bob@example.org>: Recipient address rejected: account is closed',
      '    (in reply to RCPT TO command)',
    ),
    { ...DISABLED, cause: [...DISABLED.cause, 'user-unknown'], reason: ['suspend', 'userunknown'] },
  ],
  [
    'iCloud: CS02 local policy',
    '554 5.7.1 [CS02] Message rejected due to local policy. Please visit https://support.apple.com/en-us/102322',
    { ...POLICY, cause: [...POLICY.cause, 'ip-reputation'], reason: [...POLICY.reason, 'badreputation'] },
  ],
  [
    'Gmail: IP not authorised to send directly (use your provider relay)',
    lines(
      "550-5.7.1 [192.0.2.10] The IP you're using to send mail is not authorized to",
      '550-5.7.1 send email directly to our servers. Please use the SMTP relay at your',
      '550-5.7.1 service provider instead. For more information, go to',
      '550 5.7.1  https://support.google.com/mail/?p=NotAuthorizedError m6si2 - gsmtp',
    ),
    PORT25,
  ],
  [
    'Microsoft 365: 5.7.134 sender not authenticated for group',
    '550 5.7.134 RESOLVER.RST.SenderNotAuthenticatedForGroup; sender not authenticated for group [Stage: CreateMessage]',
    RESTRICTED,
  ],
  [
    'Microsoft 365: submission quota, recipients per day',
    '550 5.5.4 Message rejected. Recipient rate limit exceeded: this account has exceeded its daily recipient limit.',
    SENDER_BLOCKED,
  ],
  [
    'Exim: sender domain has no MX (sender verify)',
    '550 Sender domain example.invalid has no MX or A record',
    SENDER_DOMAIN,
  ],
  [
    'Hosting: outgoing mail suspended for the mailbox',
    '550 5.7.1 Outgoing mail from alice@example.com has been suspended',
    SENDER_BLOCKED,
  ],
  [
    'Google Workspace: sending limit exceeded',
    lines(
      '550-5.4.5 Daily user sending limit exceeded. For more information on Gmail',
      '550-5.4.5 sending limits go to',
      '550 5.4.5  https://support.google.com/a/answer/166852 n7si3 - gsmtp',
    ),
    SENDER_BLOCKED,
  ],
  [
    'Proton: recipient address rejected, mailbox full',
    '552 5.2.2 <bob@proton.me>: Recipient address rejected: Mailbox is full',
    MAILBOX_FULL,
  ],
];

const ALL_7: RealWorldCase[] = [
  ...GOOGLE_7,
  ...MICROSOFT_7,
  ...YAHOO_APPLE_7,
  ...HOSTING_7,
  ...ZIMBRA_LISTS_7,
  ...LOOPS_7,
  ...SIZES_QUOTAS_7,
  ...OTHERS_7,
  ...WHOLE_NOTICES_7B,
];

// Round 24 fixed the four chat lines once here (a full code and status inside a question or a status update):
// chat-framing.ts reads how the sentence uses the code. A line still read as a bounce would be listed with why.
const CHAT_WRONG: Record<string, string> = {};

/** Chat that only mentions a code or a bounce word: it must give no record. */
const CHAT_TEXTS_7: [name: string, text: string][] = [
  [
    'asks what 5.7.26 means',
    'anyone know what 5.7.26 from gmail means? started yesterday for our newsletter',
  ],
  ['says S3150 is gone', 'update: microsoft delisted us, no more S3150 since this morning 🎉'],
  ['asks about 550 5.1.1', 'is a 550 5.1.1 always a typo on their side or can it be our DNS?'],
  ['reports mailbox full fixed', "bob cleared his inbox, the 'mailbox full' thing should be fixed now"],
  [
    'asks about rate limit 421',
    'we keep hitting 421 4.7.28 from google around 9am, should we throttle the queue?',
  ],
  [
    'talks about DMARC policy',
    'planning to move DMARC from p=none to p=quarantine next week, any objections?',
  ],
  [
    'quotes a code in a ticket title',
    'Ticket #4411: customer says mails to yahoo get TSS04, can someone look?',
  ],
  [
    'asks about Spamhaus listing',
    'are we on spamhaus? someone said zen lists 192.0.2.10 but I can not find it',
  ],
  [
    'mentions a loop in a config chat',
    'careful with that forward rule, last time it made a mail loop between the two servers',
  ],
  ['says iCloud errors stopped', 'fyi the 550 5.7.1 errors from icloud stopped after we fixed the PTR'],
  [
    'asks what a Plesk text means',
    "can someone explain 'Recipient address rejected: Access denied' in plesk?",
  ],
  [
    'warns about DKIM rotation',
    'our DKIM selector s1 gets rotated tonight, watch for 4.7.30 deferrals from gmail',
  ],
  [
    'asks about message size',
    "what's the max message size on m365 now, 35 MB or 150 MB? a user got 'message too large'",
  ],
  [
    'asks about 5.7.515',
    'does 5.7.515 mean we need DKIM on the subdomain too or is SPF enough for Microsoft?',
  ],
];

export const CHAT_7: [name: string, text: string, knownWrong?: string][] = CHAT_TEXTS_7.map(
  ([name, text]) => {
    const knownWrong = CHAT_WRONG[name];
    return knownWrong ? [name, text, knownWrong] : [name, text];
  },
);

/** Still wrong, with why (see `knownWrong`). */
const STILL_WRONG: Record<string, string> = {
  'LISTSERV: not authorized to post':
    "LISTSERV's refusal has no code, no notice heading and no failed-recipient block; 'you are not authorized to send mail to the … list' alone is what chat could say, so it is not taken as a bounce",
};

export const ROUND_7: RealWorldCase[] = ALL_7.map(([name, input, want]) => {
  const knownWrong = STILL_WRONG[name];
  return knownWrong ? [name, input, { ...want, knownWrong }] : [name, input, want];
});
