import type { RealWorldCase } from './real-world-cases.js';
import {
  GREYLIST,
  IP_BLOCK,
  lines,
  MAILBOX_FULL,
  PTR,
  postfixNoticeHead,
  RELAY,
  SPAM,
  TOO_BIG,
  textEmail,
  USER_UNKNOWN,
  VIRUS,
} from './real-world-expectations.js';

/*
 * A fifty-fourth held-out round: self-hosted mail suites and privacy-focused providers, in their own words.
 * rspamd (Mailcow, mailbox.org): its milter replies ("Spam message rejected", "Gtube pattern", 'Ratelimit "to"
 * exceeded', "Try again later", "Rejected due to DMARC Policy"), its own task log lines (reject, soft reject for
 * GREYLIST, a forced DMARC reject naming two recipients) and Postfix's milter tempfail when it is down; Postfix
 * sender login maps ("not logged in", "not owned by user"); Dovecot LMTP and LDA (quota at DATA and at RCPT,
 * "User doesn't exist", "Temporary user lookup failure", "Internal error occurred", dovecot-lda's exit codes
 * under Postfix pipe), Dovecot's own log lines (save failed with and without "Error:", Sieve's failed store and
 * its reject), the quota-status policy service ("552 5.2.2 Mailbox is full", one and two recipients),
 * Pigeonhole's rejection MDN; postscreen (DNSBL, deep protocol tests, ports busy, too many connections);
 * iRedMail's Amavisd (spam, INFECTED, BANNED, a failed scan) and iRedAPD ("Policy rejection not logged in",
 * "Sender not authorized", "Intentional policy rejection", "Blacklisted"); Stalwart (replies and its DSN, a
 * delay notice), Maddy, chasquid, Haraka (rcpt, dns-list, rspamd, karma); Cyrus lmtpd; Zimbra LMTP; CommuniGate
 * Pro, Kerio Connect, MDaemon, SmarterMail, hMailServer, Axigen, IceWarp; Proton Mail, Tuta, Posteo, Fastmail,
 * Migadu, Purelymail, Runbox, Zoho, Infomaniak, HEY, Modoboa. Written from knowledge of these programs' texts,
 * none from the development corpus, measured before any rule was changed:
 *   round 54  80 cases, 63 right as written (79 %). Four case errors of ours: blocklists are named by list id
 *             ('spamhaus', not the zone), Exim's "Unrouteable address" is also read as an unknown domain
 *             (Sisimai's hostunknown), and 530 "Must issue a STARTTLS command first" is tls-required, which
 *             is either side (cases corrected: 67 of 80). The 13 wrong:
 *             - rspamd's own log line gave no record (2): a new form;
 *             - Postfix's milter tempfail "451 4.7.1 Service unavailable - try again later" read as
 *               greylisting (the 4.7.1 refinement of "try again later");
 *             - Dovecot's own log (3): "Error: msgid=…: save failed to INBOX" (the level before msgid) and
 *               Sieve's "failed to store into mailbox 'INBOX'" and "rejected message from <s> (reject)" gave
 *               no record;
 *             - Pigeonhole's rejection MDN (automatic-action; deleted) read as a read receipt;
 *             - iRedAPD (3): "Policy rejection not logged in" as a sender rejection, "Recipient address
 *               rejected: Sender not authorized" as a security error, "Intentional policy rejection, please
 *               try again later" (its greylisting) as a policy violation;
 *             - Stalwart's delay notice "connection to 'mx' failed: Connection refused (os error 111)" as a
 *               mail client's own server unreachable; hMailServer's "No mail servers appear to exists" as
 *               unknown; IceWarp's "blocked by Intrusion Prevention" as a security error.
 *   fixed     in code: an rspamd task-log reader (mta-log-hosted.ts: reject final, soft reject deferred, every
 *             rcpt a record, the text rspamd gave the client by the symbol that forced the action: GREYLIST,
 *             RATELIMIT, DMARC_POLICY_REJECT, GTUBE, *VIRUS*, else its default); Dovecot's log head takes a
 *             level ("Error: ") and Sieve's failed INBOX store and reject are read (mta-log.ts); a "deleted" MDN
 *             whose human part says "was automatically rejected:" (Sieve's reject, RFC 5429) is a refusal,
 *             its reason that part; a client's deleted-unread receipt stays a receipt (read-bounce.ts,
 *             MDN_REFUSAL_WORDS in notice-headings.ts); a phrase rule may hold against the refinement by the
 *             whole status (`overStatus`, reply-phrases.ts and classify.ts). As data (reply-phrases.ts): the milter
 *             tempfail, iRedAPD's three texts, Stalwart's refused connection, hMailServer's no-MX text,
 *             IceWarp's intrusion prevention. 80 of 80 right.
 *   then      a second batch of 13 (SECOND_BATCH_54: an rspamd forced DMARC reject with two rcpts, Dovecot's
 *             "Not enough disk space" as log and reply, postscreen's too many connections, Amavisd's failed
 *             spam scan, Haraka karma, SmarterMail, Zoho DMARC, mailbox.org, iRedAPD greylisting in a Postfix
 *             delay warning with two recipients, CommuniGate's unknown user account, Kerio quota, Proton
 *             spam), written after the fixes and measured before any change: 10 of 13 right as written.
 *             Wrong: Dovecot's "Not enough disk space" without a code (unknown), Amavisd's "Error in
 *             processing, id=… spam_scan FAILED" (read as spam), Haraka's "very bad karma score" (a security
 *             error). Fixed as data: 'not enough disk space' is a full system, amavis's 'error in processing,
 *             id=' the receiver's fault, 'bad karma' the IP's reputation. 13 of 13.
 */

const FULL_TEMP = { ...MAILBOX_FULL, permanent: false } as const;
const FULL_PERM = { ...MAILBOX_FULL, permanent: true } as const;
const UNKNOWN_PERM = { ...USER_UNKNOWN, permanent: true } as const;
const SYSTEM_TEMP = {
  cause: ['system-error', 'server-unavailable'],
  reason: 'systemerror',
  side: 'recipient',
  permanent: false,
} as const;
const SPAM_PERM = { ...SPAM, permanent: true } as const;
// Mail from an address of the server's own domains without logging in, or as an address the login does not own.
const NOT_LOGGED_IN = {
  cause: ['auth-required', 'from-not-permitted'],
  reason: ['securityerror', 'rejected'],
  side: 'sender',
} as const;
const FROM_NOT_OWNED = {
  cause: ['from-not-permitted', 'sender-rejected'],
  reason: 'rejected',
  side: 'sender',
} as const;
const SENDER_LIMIT = {
  cause: ['rate-limited', 'sender-account-blocked'],
  reason: ['speeding', 'rejected'],
  side: 'sender',
} as const;
const RECIPIENT_FILTER = {
  cause: ['content-filtered', 'blocked-by-recipient', 'recipient-restricted'],
  reason: ['filtered', 'rejected'],
  side: 'recipient',
} as const;
const CONTENT_BAD = {
  cause: ['content-error', 'not-rfc-compliant'],
  reason: ['contenterror', 'notcompliantrfc'],
  side: 'sender',
  permanent: true,
} as const;
const DMARC = { cause: 'dmarc-fail', reason: 'authfailure', side: 'sender' } as const;

const LMTP = 'mail.example.com[private/dovecot-lmtp]';
const postfixLog = (queueId: string, to: string, relay: string, status: string, text: string) =>
  `Dec  3 10:14:07 mail postfix/lmtp[20417]: ${queueId}: to=<${to}>, relay=${relay}, delay=0.21, delays=0.05/0.01/0.02/0.13, dsn=${text.match(/\d\.\d{1,3}\.\d{1,3}/)?.[0] ?? '5.0.0'}, status=${status} (${text})`;

/** A bounce with a delivery-status part: the human part, then one per-recipient block each. */
function dsnEmail(
  from: string,
  subject: string,
  human: string[],
  mta: string,
  recipients: { to: string; action: string; status: string; code: string }[],
): string {
  return lines(
    `From: ${from}`,
    'To: alice@example.com',
    `Subject: ${subject}`,
    'Date: Thu, 3 Dec 2026 10:22:14 +0000',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="B54"',
    '',
    '--B54',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    ...human,
    '',
    '--B54',
    'Content-Type: message/delivery-status',
    '',
    `Reporting-MTA: dns; ${mta}`,
    'Arrival-Date: Thu, 3 Dec 2026 10:21:58 +0000',
    ...recipients.flatMap((r) => [
      '',
      `Final-Recipient: rfc822; ${r.to}`,
      `Original-Recipient: rfc822; ${r.to}`,
      `Action: ${r.action}`,
      `Status: ${r.status}`,
      `Diagnostic-Code: smtp; ${r.code}`,
    ]),
    '',
    '--B54',
    'Content-Type: text/rfc822-headers',
    '',
    'From: Alice <alice@example.com>',
    `To: ${recipients.map((r) => r.to).join(', ')}`,
    'Subject: Quarterly figures',
    'Message-ID: <q4-2026@example.com>',
    '',
    '--B54--',
    '',
  );
}

export const ROUND_54: RealWorldCase[] = [
  // ---------- rspamd (Mailcow, mailbox.org, self-hosted) ----------
  [
    'rspamd milter: Spam message rejected at end of DATA (Postfix notice)',
    lines(
      ...postfixNoticeHead('mail.example.com'),
      '<bob@example.net>: host mx.example.net[198.51.100.25] said: 554 5.7.1 Spam',
      '    message rejected (in reply to end of DATA command)',
    ),
    { ...SPAM_PERM, recipient: 'bob@example.net', replyCode: 554, status: '5.7.1' },
  ],
  ['rspamd milter: Gtube pattern', '554 5.7.1 Gtube pattern', { ...SPAM_PERM, replyCode: 554 }],
  [
    'rspamd ratelimit "to" exceeded (soft reject)',
    '451 4.7.1 Ratelimit "to" exceeded',
    {
      cause: ['recipient-rate-limited', 'rate-limited'],
      reason: 'speeding',
      permanent: false,
      replyCode: 451,
    },
  ],
  [
    'rspamd ratelimit "user" exceeded: the sender\'s own Mailcow (submission)',
    'Dec  3 09:02:11 mx postfix/submission/smtpd[4121]: NOQUEUE: milter-reject: END-OF-MESSAGE from unknown[192.0.2.44]: 4.7.1 Ratelimit "user" exceeded; from=<alice@example.com> to=<bob@example.net> proto=ESMTP helo=<[192.168.1.20]>',
    {
      cause: 'rate-limited',
      reason: 'speeding',
      side: 'sender',
      permanent: false,
      recipient: 'bob@example.net',
    },
  ],
  [
    'rspamd soft reject "Try again later"',
    '451 4.7.1 Try again later',
    {
      cause: ['greylisted', 'server-unavailable', 'rate-limited'],
      reason: ['blocked', 'onhold', 'systemerror', 'speeding'],
      permanent: false,
    },
  ],
  [
    'rspamd log line: reject action, BAYES_SPAM',
    '2026-12-03 10:14:02 #2876(rspamd_proxy) <6e2a1b>; proxy; rspamd_task_write_log: id: <7f3c2@example.net>, qid: <4FQx1m2Zz1zK>, ip: 203.0.113.7, from: <promo@example.net>, (default: T (reject): [17.83/15.00] [BAYES_SPAM(5.10){99.97%;},ABUSE_SURBL(5.50){example.net:url;},MIME_GOOD(-0.10){text/plain;}]), len: 4211, time: 182.4ms, dns req: 31, digest: <c1a4>, rcpts: <bob@example.com>, mime_rcpts: <bob@example.com>',
    { ...SPAM, recipient: 'bob@example.com' },
  ],
  [
    'rspamd log line: soft reject for GREYLIST',
    '2026-12-03 10:15:44 #2876(rspamd_proxy) <9b0d44>; proxy; rspamd_task_write_log: id: <a81@example.net>, qid: <4FQx2B7Lh8zM>, ip: 203.0.113.9, from: <news@example.net>, (default: F (soft reject): [6.40/15.00] [GREYLIST(0.00){greylisted;Thu, 03 Dec 2026 10:20:44 GMT;new record;},R_SPF_ALLOW(-0.20){+ip4:203.0.113.0/24;}]), len: 2048, time: 96.1ms, dns req: 19, digest: <0d17>, rcpts: <carol@example.com>, mime_rcpts: <carol@example.com>',
    { ...GREYLIST, permanent: false, recipient: 'carol@example.com' },
  ],
  [
    'rspamd DMARC reject (mailbox.org)',
    lines(
      '<bob@mailbox.org>: host mxext1.mailbox.org[80.241.60.212] said: 554 5.7.1',
      '    Rejected due to DMARC Policy (in reply to end of DATA command)',
    ),
    { ...DMARC, recipient: 'bob@mailbox.org', replyCode: 554, permanent: true, confidence: 'high' },
  ],
  [
    'rspamd down: Postfix milter tempfail',
    'Dec  3 10:20:05 mx postfix/cleanup[8812]: 6B1F12C0A3: milter-reject: END-OF-MESSAGE from mail.example.net[203.0.113.7]: 4.7.1 Service unavailable - try again later; from=<alice@example.net> to=<bob@example.com> proto=ESMTP helo=<mail.example.net>',
    { ...SYSTEM_TEMP, recipient: 'bob@example.com' },
  ],
  [
    'Mailcow: Sender address rejected: not logged in',
    '553 5.7.1 <ceo@example.com>: Sender address rejected: not logged in',
    { ...NOT_LOGGED_IN, replyCode: 553, permanent: true },
  ],
  [
    'Mailcow: Sender address rejected: not owned by user',
    'Dec  3 11:01:32 mx postfix/submission/smtpd[5120]: NOQUEUE: reject: RCPT from unknown[192.0.2.44]: 553 5.7.1 <ceo@example.com>: Sender address rejected: not owned by user alice@example.com; from=<ceo@example.com> to=<bob@example.net> proto=ESMTP helo=<laptop>',
    { ...FROM_NOT_OWNED, recipient: 'bob@example.net', replyCode: 553 },
  ],

  // ---------- Dovecot LMTP / LDA / quota-status ----------
  [
    'Dovecot LMTP over quota at end of DATA (Postfix log)',
    postfixLog(
      '3C9A11D2E7',
      'bob@example.com',
      LMTP,
      'bounced',
      'host mail.example.com[private/dovecot-lmtp] said: 552 5.2.2 <bob@example.com> Quota exceeded (mailbox for user is full) (in reply to end of DATA command)',
    ),
    { ...FULL_PERM, recipient: 'bob@example.com', replyCode: 552, status: '5.2.2' },
  ],
  [
    'Dovecot LMTP quota_full_tempfail at RCPT (Postfix log)',
    postfixLog(
      '4D0B22E3F8',
      'bob@example.com',
      LMTP,
      'deferred',
      'host mail.example.com[private/dovecot-lmtp] said: 452 4.2.2 <bob@example.com> Quota exceeded (mailbox for user is full) (in reply to RCPT TO command)',
    ),
    { ...FULL_TEMP, recipient: 'bob@example.com', replyCode: 452 },
  ],
  [
    "Dovecot LMTP: User doesn't exist",
    postfixLog(
      '5E1C33F409',
      'nobody@example.com',
      LMTP,
      'bounced',
      "host mail.example.com[private/dovecot-lmtp] said: 550 5.1.1 <nobody@example.com> User doesn't exist: nobody@example.com (in reply to RCPT TO command)",
    ),
    { ...UNKNOWN_PERM, recipient: 'nobody@example.com', replyCode: 550 },
  ],
  [
    'Dovecot LMTP: Temporary user lookup failure',
    '451 4.3.0 <bob@example.com> Temporary user lookup failure',
    { ...SYSTEM_TEMP, recipient: 'bob@example.com' },
  ],
  [
    'Dovecot LMTP: Internal error occurred (deferred)',
    postfixLog(
      '6F2D44A51B',
      'bob@example.com',
      LMTP,
      'deferred',
      'host mail.example.com[private/dovecot-lmtp] said: 451 4.2.0 <bob@example.com> Internal error occurred. Refer to server log for more information. [2026-12-03 10:14:07] (in reply to end of DATA command)',
    ),
    { ...SYSTEM_TEMP, recipient: 'bob@example.com' },
  ],
  [
    "Dovecot's own log: lmtp save failed, quota exceeded",
    'Dec  3 10:14:07 mail dovecot: lmtp(bob@example.com)<20433><kQ3hB9x1Z2a>: Error: msgid=<q4-2026@example.net>: save failed to INBOX: Quota exceeded (mailbox for user is full)',
    { ...MAILBOX_FULL, recipient: 'bob@example.com' },
  ],
  [
    "Dovecot's own log: sieve failed to store, quota",
    "Dec  3 10:16:31 mail dovecot: lmtp(carol@example.com)<20471><aB9cD0eF1gH>: sieve: msgid=<inv-889@example.net>: failed to store into mailbox 'INBOX': Quota exceeded (mailbox for user is full)",
    { ...MAILBOX_FULL, recipient: 'carol@example.com' },
  ],
  [
    'dovecot-lda exit 77 under Postfix: permission denied, quota',
    'Dec  3 10:18:40 mail postfix/pipe[21022]: 7A3E55B62C: to=<bob@example.com>, relay=dovecot, delay=0.4, delays=0.1/0/0/0.3, dsn=5.2.2, status=bounced (permission denied. Command output: Quota exceeded (mailbox for user is full) )',
    { ...FULL_PERM, recipient: 'bob@example.com' },
  ],
  [
    'dovecot-lda exit 75 under Postfix: temporary failure, quota',
    'Dec  3 10:19:02 mail postfix/pipe[21040]: 8B4F66C73D: to=<bob@example.com>, relay=dovecot, delay=0.3, delays=0.1/0/0/0.2, dsn=4.3.0, status=deferred (temporary failure. Command output: Quota exceeded (mailbox for user is full) )',
    { ...FULL_TEMP, recipient: 'bob@example.com' },
  ],
  [
    'dovecot-lda exit 67 under Postfix: user unknown',
    'Dec  3 10:21:13 mail postfix/pipe[21077]: 9C5077D84E: to=<nobdy@example.com>, relay=dovecot, delay=0.1, delays=0.05/0/0/0.05, dsn=5.1.1, status=bounced (user unknown. Command output: Unknown user )',
    { ...UNKNOWN_PERM, recipient: 'nobdy@example.com' },
  ],
  [
    'Dovecot quota-status policy service via Postfix (Mail-in-a-Box)',
    'Dec  3 10:25:48 box postfix/smtpd[3319]: NOQUEUE: reject: RCPT from mail.example.net[203.0.113.7]: 552 5.2.2 <bob@example.com>: Recipient address rejected: Mailbox is full; from=<alice@example.net> to=<bob@example.com> proto=ESMTP helo=<mail.example.net>',
    { ...FULL_PERM, recipient: 'bob@example.com', replyCode: 552 },
  ],
  [
    'Dovecot quota-status as the sender sees it, two recipients',
    lines(
      ...postfixNoticeHead('mail.example.net'),
      '<bob@example.com>: host box.example.com[198.51.100.40] said: 552 5.2.2',
      '    <bob@example.com>: Recipient address rejected: Mailbox is full (in reply to',
      '    RCPT TO command)',
      '',
      '<carol@example.com>: host box.example.com[198.51.100.40] said: 552 5.2.2',
      '    <carol@example.com>: Recipient address rejected: Mailbox is full (in reply',
      '    to RCPT TO command)',
    ),
    { ...FULL_PERM, recipient: 'carol@example.com', index: 1 },
  ],
  [
    'Pigeonhole sieve reject: rejection MDN "Automatically rejected mail"',
    lines(
      'From: Mail Delivery System <MAILER-DAEMON@example.com>',
      'To: <alice@example.net>',
      'Subject: Automatically rejected mail',
      'Date: Thu, 3 Dec 2026 10:30:12 +0000',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=disposition-notification; boundary="S54"',
      '',
      '--S54',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Your message to <bob@example.com> was automatically rejected:',
      'I no longer accept mail from this address.',
      '',
      '--S54',
      'Content-Type: message/disposition-notification',
      '',
      'Reporting-UA: mail.example.com; Dovecot Mail Delivery Agent',
      'Final-Recipient: rfc822; bob@example.com',
      'Original-Message-ID: <note-17@example.net>',
      'Disposition: automatic-action/MDN-sent-automatically; deleted',
      '',
      '--S54--',
      '',
    ),
    { ...RECIPIENT_FILTER, recipient: 'bob@example.com' },
  ],
  [
    "Dovecot's own log: sieve rejected message",
    'Dec  3 10:30:12 mail dovecot: lmtp(bob@example.com)<20588><cD3eF4gH5iJ>: sieve: msgid=<note-17@example.net>: rejected message from <alice@example.net> (reject)',
    { ...RECIPIENT_FILTER, recipient: 'bob@example.com' },
  ],

  // ---------- Postfix postscreen ----------
  [
    'postscreen: DNSBL enforce',
    'Dec  3 10:40:19 mx postfix/postscreen[1187]: NOQUEUE: reject: RCPT from [203.0.113.7]:41234: 550 5.7.1 Service unavailable; client [203.0.113.7] blocked using zen.spamhaus.org; from=<alice@example.net>, to=<bob@example.com>, proto=ESMTP, helo=<mail.example.net>',
    { ...IP_BLOCK, recipient: 'bob@example.com', blocklist: 'spamhaus', permanent: true },
  ],
  [
    'postscreen: deep protocol test 450 4.3.2 Service currently unavailable',
    'Dec  3 10:41:02 mx postfix/postscreen[1187]: NOQUEUE: reject: RCPT from [203.0.113.9]:51022: 450 4.3.2 Service currently unavailable; from=<news@example.net>, to=<carol@example.com>, proto=ESMTP, helo=<mail.example.net>',
    {
      cause: ['greylisted', 'server-unavailable', 'connection-rejected'],
      reason: ['blocked', 'onhold', 'systemerror'],
      permanent: false,
      recipient: 'carol@example.com',
    },
  ],
  [
    'postscreen: all server ports busy, as the sender sees it',
    lines(
      'Dec  3 10:42:33 out postfix/smtp[9921]: 1D2E3F4A5B: to=<bob@example.com>, relay=none, delay=1.2, delays=0.1/0/1.1/0, dsn=4.3.2, status=deferred (host mx.example.com[198.51.100.10] refused to talk to me: 421 4.3.2 All server ports are busy)',
    ),
    {
      cause: ['server-unavailable', 'too-many-connections'],
      reason: ['systemerror', 'toomanyconn'],
      permanent: false,
      recipient: 'bob@example.com',
    },
  ],

  // ---------- iRedMail: Amavisd and iRedAPD ----------
  [
    'iRedMail Amavisd: Reject - spam (Postfix notice)',
    lines(
      ...postfixNoticeHead('mail.example.net'),
      '<bob@example.com>: host mail.example.com[198.51.100.30] said: 554 5.7.0',
      '    Reject, id=21875-07 - spam (in reply to end of DATA command)',
    ),
    { ...SPAM_PERM, recipient: 'bob@example.com', replyCode: 554 },
  ],
  [
    'iRedMail Amavisd: INFECTED',
    '554 5.7.0 Reject, id=21875-09 - INFECTED: Eicar-Signature',
    { ...VIRUS, permanent: true },
  ],
  [
    'iRedMail Amavisd: BANNED attachment',
    '554 5.7.0 Reject, id=31002-02 - BANNED: P=p003,L=1,M=multipart/mixed | P=p002,L=1/2,M=application/x-msdownload,T=exe,N=invoice.exe',
    {
      cause: ['content-filtered', 'policy-violation', 'virus-found'],
      reason: ['filtered', 'policyviolation', 'virusdetected'],
      permanent: true,
    },
  ],
  [
    'iRedAPD: Policy rejection not logged in',
    '554 5.7.1 <alice@example.com>: Sender address rejected: Policy rejection not logged in',
    { ...NOT_LOGGED_IN, replyCode: 554 },
  ],
  [
    'iRedAPD: Sender not authorized (restricted mailing list)',
    lines(
      ...postfixNoticeHead('mail.example.net'),
      '<allstaff@example.com>: host mail.example.com[198.51.100.30] said: 554 5.7.1',
      '    <allstaff@example.com>: Recipient address rejected: Sender not authorized',
      '    (in reply to RCPT TO command)',
    ),
    {
      cause: ['recipient-restricted', 'blocked-by-recipient', 'sender-rejected'],
      reason: ['rejected', 'securityerror'],
      recipient: 'allstaff@example.com',
      permanent: true,
    },
  ],
  [
    'iRedAPD: greylisting, Intentional policy rejection',
    '451 4.7.1 <bob@example.com>: Recipient address rejected: Intentional policy rejection, please try again later',
    { ...GREYLIST, permanent: false },
  ],
  [
    'iRedAPD: sender blacklisted by the recipient domain',
    '554 5.7.1 <bob@example.com>: Recipient address rejected: Blacklisted',
    {
      cause: ['blocked-by-recipient', 'ip-blocklisted', 'sender-rejected'],
      reason: ['rejected', 'blocked'],
      permanent: true,
    },
  ],

  // ---------- Stalwart, Maddy, chasquid, Haraka ----------
  [
    'Stalwart: Mailbox does not exist',
    '550 5.1.2 Mailbox does not exist.',
    { ...UNKNOWN_PERM, replyCode: 550 },
  ],
  ['Stalwart: Relay not allowed', '550 5.1.2 Relay not allowed.', { ...RELAY, permanent: true }],
  [
    'Stalwart: rate limit exceeded',
    '452 4.4.5 Rate limit exceeded, try again later.',
    {
      cause: ['rate-limited', 'too-many-connections'],
      reason: ['speeding', 'toomanyconn'],
      permanent: false,
    },
  ],
  [
    'Stalwart: SPF validation failed',
    '550 5.7.23 SPF validation failed, status: fail.',
    { cause: ['spf-fail', 'auth-failed'], reason: 'authfailure', side: 'sender', confidence: 'high' },
  ],
  [
    'Stalwart DSN: two recipients, unknown mailbox and over quota',
    dsnEmail(
      'Mail Delivery Subsystem <MAILER-DAEMON@mail.example.com>',
      'Failed to deliver message',
      [
        'Your message could not be delivered to the following recipients:',
        '',
        "    <bob@example.net> (host 'mx.example.net' rejected command 'RCPT TO:<bob@example.net>' with code 550 (5.1.1) 'Mailbox does not exist')",
        "    <carol@example.org> (host 'mx.example.org' rejected command 'RCPT TO:<carol@example.org>' with code 552 (5.2.2) 'Mailbox is full')",
      ],
      'mail.example.com',
      [
        {
          to: 'bob@example.net',
          action: 'failed',
          status: '5.1.1',
          code: '550 5.1.1 Mailbox does not exist',
        },
        { to: 'carol@example.org', action: 'failed', status: '5.2.2', code: '552 5.2.2 Mailbox is full' },
      ],
    ),
    { ...FULL_PERM, recipient: 'carol@example.org', index: 1 },
  ],
  [
    'Stalwart DSN: temporary problem, connection refused',
    textEmail(
      'Mail Delivery Subsystem <MAILER-DAEMON@mail.example.com>',
      'Warning: Delay in message delivery',
      [
        'There was a temporary problem delivering your message to the following recipients:',
        '',
        "    <dave@example.org> (connection to 'mx.example.org' failed: Connection refused (os error 111))",
        '',
        'The message will be retried.',
      ],
    ),
    {
      cause: ['connection-refused', 'recipient-server-unreachable', 'delivery-delayed'],
      reason: ['blocked', 'expired', 'networkerror'],
      permanent: false,
      recipient: 'dave@example.org',
    },
  ],
  ['Maddy: DNSBL', '554 5.7.0 Client identity is listed in the used DNSBL', { ...IP_BLOCK, permanent: true }],
  [
    'Maddy DSN: no such user',
    dsnEmail(
      'Mail Delivery Subsystem <MAILER-DAEMON@mx.example.com>',
      'Undelivered Mail Returned to Sender',
      [
        'This is the mail delivery system at mx.example.com.',
        '',
        'Unfortunately, your message could not be delivered to one or more',
        'recipients. The usual cause of this problem is invalid',
        'recipient addresses or maintenance at the recipient side.',
        '',
        'Contact the postmaster for further assistance, provide the Message-ID',
        'of your message.',
      ],
      'mx.example.com',
      [
        {
          to: 'erin@example.org',
          action: 'failed',
          status: '5.1.1',
          code: '550 5.1.1 User does not exist (msg ID = 7f1c0a2b)',
        },
      ],
    ),
    { ...UNKNOWN_PERM, recipient: 'erin@example.org', confidence: 'high' },
  ],
  [
    'chasquid DSN: failed permanently, user unknown',
    textEmail(
      'Mail Delivery System <postmaster-dsn@mail.example.com>',
      'Mail delivery failed: returning message to sender',
      [
        'Delivery of your message to the following recipient(s) failed permanently:',
        '',
        '  - frank@example.org',
        '',
        '',
        '----- Technical details -----',
        '- "frank@example.org" (SMTP) failed permanently with error:',
        '    550 5.1.1 <frank@example.org>: Recipient address rejected: User unknown in virtual mailbox table',
        '',
      ],
    ),
    { ...UNKNOWN_PERM, recipient: 'frank@example.org' },
  ],
  [
    'chasquid: destination address is unknown',
    '550 5.1.1 Destination address is unknown (recipient does not exist)',
    { ...UNKNOWN_PERM, confidence: 'high' },
  ],
  ['chasquid: relay not allowed', '503 5.7.1 Relay not allowed', { ...RELAY, permanent: true }],
  [
    'Haraka: I cannot deliver mail for',
    '550 I cannot deliver mail for <bob@example.org>',
    { cause: ['relay-denied', 'user-unknown'], reason: ['norelaying', 'userunknown'], permanent: true },
  ],
  [
    'Haraka dns-list plugin',
    '550 5.7.1 host [203.0.113.7] is listed on zen.spamhaus.org',
    { ...IP_BLOCK, blocklist: 'spamhaus' },
  ],
  ['Haraka rspamd plugin: Detected as spam', '550 5.7.1 Detected as spam', SPAM_PERM],

  // ---------- Cyrus, Zimbra ----------
  [
    'Cyrus lmtpd: Mailbox unknown',
    lines(
      '550-Mailbox unknown.  Either there is no mailbox associated with this',
      '550-name or you do not have authorization to see it.',
      '550 5.1.1 User unknown',
    ),
    { ...UNKNOWN_PERM, confidence: 'high' },
  ],
  [
    'Cyrus lmtpd over quota with SESSIONID (Postfix log, deferred)',
    'Dec  3 11:04:51 mail postfix/lmtp[30111]: 2B3C4D5E6F: to=<bob@example.com>, relay=127.0.0.1[127.0.0.1]:24, delay=0.3, delays=0.1/0/0.1/0.1, dsn=4.2.2, status=deferred (host 127.0.0.1[127.0.0.1] said: 452 4.2.2 Over quota SESSIONID=<cyrus-30422-1764759891-1-8812377> (in reply to RCPT TO command))',
    { ...FULL_TEMP, recipient: 'bob@example.com' },
  ],
  ['Cyrus lmtpd: Message contains NUL characters', '554 5.6.0 Message contains NUL characters', CONTENT_BAD],
  ['Cyrus lmtpd: Message contains invalid header', '554 5.6.0 Message contains invalid header', CONTENT_BAD],
  [
    'Zimbra LMTP: 452 4.2.2 Over quota (zimbraLmtpPermanentFailureWhenOverQuota off)',
    'Dec  3 11:10:02 zimbra postfix/lmtp[4410]: 3C4D5E6F70: to=<bob@example.com>, relay=zimbra.example.com[192.0.2.15]:7025, delay=0.5, delays=0.1/0/0.1/0.3, dsn=4.2.2, status=deferred (host zimbra.example.com[192.0.2.15] said: 452 4.2.2 Over quota (in reply to RCPT TO command))',
    { ...FULL_TEMP, recipient: 'bob@example.com' },
  ],
  [
    'Zimbra LMTP: No such user here',
    'Dec  3 11:11:40 zimbra postfix/lmtp[4410]: 4D5E6F7081: to=<old.user@example.com>, relay=zimbra.example.com[192.0.2.15]:7025, delay=0.2, delays=0.1/0/0.1/0, dsn=5.1.1, status=bounced (host zimbra.example.com[192.0.2.15] said: 550 5.1.1 No such user here (in reply to RCPT TO command))',
    { ...UNKNOWN_PERM, recipient: 'old.user@example.com' },
  ],

  // ---------- Windows mail servers ----------
  [
    'CommuniGate Pro: account is full',
    textEmail('MAILER-DAEMON@mail.example.org', 'Undeliverable mail: Quarterly figures', [
      "Failed to deliver to '<grace@example.org>'",
      'LOCAL module(account grace@example.org) reports:',
      ' account is full (quota exceeded)',
    ]),
    { ...MAILBOX_FULL, recipient: 'grace@example.org' },
  ],
  [
    'CommuniGate Pro: SMTP module reports remote unknown user',
    textEmail('MAILER-DAEMON@mail.example.com', 'Undeliverable mail: Quarterly figures', [
      "Failed to deliver to '<henry@example.net>'",
      'SMTP module(domain example.net) reports:',
      ' host mx.example.net says:',
      ' 550 5.1.1 <henry@example.net>: Recipient address rejected: User unknown in local recipient table',
    ]),
    { ...UNKNOWN_PERM, recipient: 'henry@example.net' },
  ],
  [
    'Kerio Connect: relaying denied (authentication required)',
    '550 5.7.1 Relaying to <bob@example.net> denied (authentication required)',
    { cause: ['auth-required', 'relay-denied'], reason: ['securityerror', 'norelaying'], permanent: true },
  ],
  [
    'MDaemon: PERMANENT fatal delivery errors with a session transcript',
    textEmail('MDaemon@mail.example.com', 'Permanent Delivery Failure', [
      'The attached message had PERMANENT fatal delivery errors!',
      '',
      'After one or more unsuccessful delivery attempts the attached message',
      'has been removed from the mail queue on this server.  The number and',
      'frequency of delivery attempts are determined by local configuration',
      'parameters.',
      '',
      'YOUR MESSAGE WAS NOT DELIVERED TO ONE OR MORE RECIPIENTS!',
      '',
      '--- Session Transcript ---',
      ' Thu 2026-12-03 10:22:01.431: Parsing message <mail.example.com\\pd50001000012.msg>',
      ' Thu 2026-12-03 10:22:01.431: *  From: alice@example.com',
      ' Thu 2026-12-03 10:22:01.431: *  To: ivan@example.net',
      ' Thu 2026-12-03 10:22:01.612: Attempting SMTP connection to [mx.example.net : 25]',
      ' Thu 2026-12-03 10:22:01.790: --> RCPT TO:<ivan@example.net>',
      ' Thu 2026-12-03 10:22:01.955: <-- 550 5.1.1 <ivan@example.net>: Recipient address rejected: User unknown in virtual mailbox table',
      ' Thu 2026-12-03 10:22:01.955: --> QUIT',
      '--- End Transcript ---',
    ]),
    { ...UNKNOWN_PERM, recipient: 'ivan@example.net' },
  ],
  ['MDaemon: Recipient unknown', '550 5.1.1 <bob@example.com>, Recipient unknown', UNKNOWN_PERM],
  [
    'SmarterMail: Authentication is required for relay',
    '550 Authentication is required for relay',
    { cause: ['auth-required', 'relay-denied'], reason: ['securityerror', 'norelaying'], side: 'sender' },
  ],
  [
    'hMailServer NDR: no mail servers appear to exist (DNS)',
    textEmail('mailer-daemon@mail.example.com', 'Message undeliverable: Quarterly figures', [
      'Your message did not reach some or all of the intended recipients.',
      '',
      '   Sent: Thu, 3 Dec 2026 10:15:02 +0100',
      '   Subject: Quarterly figures',
      '',
      'The following recipient(s) could not be reached:',
      '',
      'judy@exmaple.net',
      '   Error Type: DNS',
      '   No mail servers appear to exists for the recipients address.',
      '   Please check that you have not misspelled the recipients email address.',
      '',
      'hMailServer',
    ]),
    {
      cause: ['domain-not-found', 'no-mx', 'recipient-domain-typo'],
      reason: ['hostunknown', 'notaccept'],
      recipient: 'judy@exmaple.net',
      permanent: true,
    },
  ],

  // ---------- providers ----------
  [
    'Proton Mail: Address does not exist',
    lines(
      '<bob@proton.me>: host mail.protonmail.ch[185.70.42.128] said: 550 5.1.1',
      '    <bob@proton.me>: Recipient address rejected: Address does not exist (in',
      '    reply to RCPT TO command)',
    ),
    { ...UNKNOWN_PERM, recipient: 'bob@proton.me' },
  ],
  [
    'Tuta: Mailbox full',
    lines(
      '<bob@tutanota.com>: host mail.tutanota.de[81.3.6.162] said: 552 5.2.2',
      '    <bob@tutanota.com>: Recipient address rejected: Mailbox full (in reply to',
      '    RCPT TO command)',
    ),
    { ...FULL_PERM, recipient: 'bob@tutanota.com' },
  ],
  [
    'Posteo: over quota, deferred',
    'Dec  3 12:01:17 out postfix/smtp[7730]: 5E6F708192: to=<bob@posteo.de>, relay=mx04.posteo.de[89.146.220.134]:25, delay=2.1, delays=0.1/0/0.9/1.1, dsn=4.2.2, status=deferred (host mx04.posteo.de[89.146.220.134] said: 452 4.2.2 <bob@posteo.de>: Recipient address rejected: Mailbox over quota (in reply to RCPT TO command))',
    { ...FULL_TEMP, recipient: 'bob@posteo.de' },
  ],
  [
    'Fastmail: Over quota (Cyrus behind)',
    lines(
      '<bob@fastmail.com>: host in1-smtp.messagingengine.com[103.168.172.221] said:',
      '    552 5.2.2 <bob@fastmail.com> Over quota (in reply to RCPT TO command)',
    ),
    { ...FULL_PERM, recipient: 'bob@fastmail.com', confidence: 'high' },
  ],
  [
    'Migadu: daily outgoing limit reached',
    '550 5.7.1 Daily outgoing message limit reached, please upgrade your plan',
    SENDER_LIMIT,
  ],
  [
    'Runbox (Exim): Unrouteable address',
    textEmail(
      'Mail Delivery System <Mailer-Daemon@mail.example.com>',
      'Mail delivery failed: returning message to sender',
      [
        'This message was created automatically by mail delivery software.',
        '',
        'A message that you sent could not be delivered to one or more of its',
        'recipients. This is a permanent error. The following address(es) failed:',
        '',
        '  bob@runbox.com',
        '    host mx.runbox.com [185.226.149.37]',
        '    SMTP error from remote mail server after RCPT TO:<bob@runbox.com>:',
        '    550 Unrouteable address',
      ],
    ),
    {
      cause: ['user-unknown', 'domain-not-found'],
      reason: ['userunknown', 'hostunknown'],
      permanent: true,
      recipient: 'bob@runbox.com',
    },
  ],
  [
    'Zoho: Relaying disallowed as',
    '553 Relaying disallowed as alice@example.com',
    {
      cause: ['from-not-permitted', 'relay-denied', 'relay-not-authorised'],
      reason: ['rejected', 'norelaying'],
      side: 'sender',
      permanent: true,
    },
  ],
  [
    'Zoho: Email Outgoing Blocked',
    '554 5.1.8 Email Outgoing Blocked.',
    { cause: 'sender-account-blocked', reason: 'rejected', side: 'sender', permanent: true },
  ],
  [
    'Zoho: Unusual sending activity detected',
    '550 5.4.6 Unusual sending activity detected. Please try after sometime.',
    {
      cause: ['rate-limited', 'sender-account-blocked'],
      reason: ['speeding', 'rejected'],
      side: 'sender',
    },
  ],
  [
    'Infomaniak: message too big',
    '552 5.3.4 Message size exceeds fixed limit',
    { ...TOO_BIG, permanent: true },
  ],
  [
    'Mail-in-a-Box: reverse hostname (postfix), deferred',
    '450 4.7.1 Client host rejected: cannot find your reverse hostname, [203.0.113.7]',
    { ...PTR, permanent: false, confidence: 'high' },
  ],
  [
    'Mailcow: SASL login failed at submission',
    '535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6',
    {
      cause: ['auth-required', 'security-error'],
      reason: 'securityerror',
      side: 'sender',
    },
  ],
  [
    'Purelymail: Recipient address rejected, two recipients in one notice',
    lines(
      ...postfixNoticeHead('mail.example.net'),
      '<kate@example.org>: host smtp.purelymail.com[34.202.96.95] said: 550 5.1.1',
      '    No such user (in reply to RCPT TO command)',
      '',
      '<leo@example.org>: host smtp.purelymail.com[34.202.96.95] said: 550 5.1.1',
      '    No such user (in reply to RCPT TO command)',
    ),
    { ...UNKNOWN_PERM, recipient: 'leo@example.org', index: 1 },
  ],
  [
    'Auth required: Postfix submission without login',
    '530 5.7.0 Must issue a STARTTLS command first',
    {
      cause: ['starttls-not-used', 'tls-required', 'auth-required'],
      reason: ['failedstarttls', 'securityerror'],
    },
  ],
  [
    'Modoboa policy daemon: daily sending limit',
    '554 5.7.1 <alice@example.com>: Sender address rejected: Daily limit reached',
    SENDER_LIMIT,
  ],
  [
    'Axigen: mailbox over quota, deferred',
    '452 4.2.2 Mailbox <bob@example.com> is over quota, try again later',
    { ...FULL_TEMP, recipient: 'bob@example.com', confidence: 'high' },
  ],
  [
    'IceWarp: intrusion prevention block',
    '554 5.7.1 Access denied - IP address 203.0.113.7 blocked by Intrusion Prevention',
    {
      cause: ['ip-blocklisted', 'connection-rejected', 'ip-reputation'],
      reason: ['blocked', 'badreputation'],
      side: 'sender',
      permanent: true,
    },
  ],
  [
    'HEY: account no longer active',
    '550 5.2.1 <bob@hey.com>: Recipient address rejected: This account is no longer active',
    {
      cause: ['mailbox-disabled', 'mailbox-inactive'],
      reason: 'suspend',
      side: 'recipient',
      recipient: 'bob@hey.com',
      confidence: 'high',
    },
  ],
];

export const SECOND_BATCH_54: RealWorldCase[] = [
  [
    'rspamd log line: forced reject by DMARC policy, two recipients',
    '2026-12-03 12:40:11 #3104(rspamd_proxy) <1f7e0c>; proxy; rspamd_task_write_log: id: <inv-2026@example.net>, qid: <4FR0aA1Zq3zT>, ip: 203.0.113.12, from: <billing@example.net>, (default: T (reject): [9.10/15.00] [DMARC_POLICY_REJECT(2.00){example.net;reject;},R_SPF_FAIL(1.00){-all;},R_DKIM_NA(0.00){}]), len: 3310, time: 75.0ms, dns req: 12, digest: <9a1f>, rcpts: <dave@example.com>,<erin@example.com>, mime_rcpts: <dave@example.com>',
    { ...DMARC, recipient: 'erin@example.com', index: 1, permanent: true },
  ],
  [
    "Dovecot's own log: save failed, Not enough disk space",
    'Dec  3 12:44:02 mail dovecot: lmtp(frank@example.com)<31022><Zx9yW8vU7tS>: Error: msgid=<r-3@example.net>: save failed to INBOX: Not enough disk space',
    {
      cause: ['system-full', 'system-error'],
      reason: ['systemfull', 'systemerror'],
      side: 'recipient',
      recipient: 'frank@example.com',
    },
  ],
  [
    'Dovecot LMTP: 452 4.3.1 Not enough disk space',
    '452 4.3.1 <frank@example.com> Not enough disk space',
    { cause: 'system-full', reason: 'systemfull', side: 'recipient', permanent: false },
  ],
  [
    'postscreen: too many connections from one client',
    'Dec  3 12:50:19 mx postfix/postscreen[1187]: NOQUEUE: reject: CONNECT from [203.0.113.7]:40112: too many connections',
    {
      cause: ['too-many-connections', 'rate-limited'],
      reason: ['toomanyconn', 'speeding'],
      side: 'sender',
      permanent: false,
    },
  ],
  [
    'Amavisd: spam scan failed, tempfail',
    '451 4.5.0 Error in processing, id=04321-02, spam_scan FAILED: Timed out',
    { ...SYSTEM_TEMP },
  ],
  [
    'Haraka karma: very bad karma score',
    '550 5.7.1 very bad karma score: -12',
    {
      cause: ['ip-reputation', 'connection-rejected', 'spam-filtered'],
      reason: ['badreputation', 'blocked', 'spamdetected'],
      side: 'sender',
    },
  ],
  [
    'SmarterMail: No such user here',
    '550 <bob@example.com> No such user here',
    { ...UNKNOWN_PERM, confidence: ['high', 'medium'] },
  ],
  [
    'Zoho: Email rejected per DMARC policy',
    '550 5.7.1 Email rejected per DMARC policy for example.net',
    { ...DMARC, permanent: true, confidence: 'high' },
  ],
  [
    'mailbox.org: Spam message rejected with a contact hint',
    '554 5.7.1 Spam message rejected; If this is not spam contact abuse at mailbox.org',
    SPAM_PERM,
  ],
  [
    'iRedAPD greylisting in a Postfix delay warning, two recipients',
    lines(
      'This is the mail system at host mail.example.net.',
      '',
      '####################################################################',
      '# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #',
      '####################################################################',
      '',
      'Your message could not be delivered for more than 4 hour(s).',
      'It will be retried until it is 5 day(s) old.',
      '',
      'For further assistance, please send mail to postmaster.',
      '',
      '                   The mail system',
      '',
      '<gina@example.org>: host mail.example.org[198.51.100.60] said: 451 4.7.1',
      '    <gina@example.org>: Recipient address rejected: Intentional policy',
      '    rejection, please try again later (in reply to RCPT TO command)',
      '',
      '<hal@example.org>: host mail.example.org[198.51.100.60] said: 451 4.7.1',
      '    <hal@example.org>: Recipient address rejected: Intentional policy',
      '    rejection, please try again later (in reply to RCPT TO command)',
    ),
    { ...GREYLIST, permanent: false, recipient: 'hal@example.org', index: 1 },
  ],
  [
    'CommuniGate Pro: unknown user account',
    textEmail('MAILER-DAEMON@mail.example.org', 'Undeliverable mail: Quarterly figures', [
      "Failed to deliver to '<ivy@example.org>'",
      'LOCAL module(account ivy@example.org) reports:',
      ' unknown user account',
    ]),
    { ...UNKNOWN_PERM, recipient: 'ivy@example.org' },
  ],
  ['Kerio Connect: Mailbox quota exceeded', '552 5.2.2 Mailbox quota exceeded', FULL_PERM],
  [
    'Proton Mail: message rejected due to spam content',
    lines(
      '<jack@proton.me>: host mailsec.protonmail.ch[185.70.42.129] said: 554 5.7.1',
      '    Message rejected due to spam content (in reply to end of DATA command)',
    ),
    { ...SPAM_PERM, recipient: 'jack@proton.me' },
  ],
];
