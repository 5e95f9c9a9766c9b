import type { RealWorldCase } from './real-world-cases.js';
import {
  IP_BLOCK,
  lines,
  MAILBOX_FULL,
  postfixNoticeHead,
  TOO_BIG,
  USER_UNKNOWN,
} from './real-world-expectations.js';

/*
 * An eighteenth held-out round: forwarding follow-ups.
 * Forwarded copies that bounce at a dead, disabled or full final address (Postfix 'expanded from', Sendmail
 * 'expanded from:', Exim 'generated from', cPanel forwarders, a .qmail forward whose returned copy was delivered
 * to the alias, Microsoft 365's DSN naming the Original-Recipient, a Sieve redirect re-injected), forwarded
 * copies refused for the forwarder's IP (Spamhaus, Outlook S3140, Barracuda, Gmail 4.7.28), forwarding in log
 * lines (Postfix orig_to, Exim's parent address, Pigeonhole's 'failed to redirect message to'), ARC named in a
 * refusal, and guards that must not count as forwarding (a user's inline forward of a bounce, an alias to a
 * local mailbox or to the organisation's own mail host, a size refusal, orig_to differing only in case, an
 * Original-Recipient equal to the final one). Each case asserts cause, reason and side. Written from knowledge
 * of the servers' wordings, none from the development corpus, each wording checked against rounds 1-17.
 * Measured before any rule was changed:
 *   round 18  35 cases, 8 right as written (23 %). The 27 wrong: every forwarded copy refused for a dead,
 *             disabled or full final address read as the plain failure (user unknown with side sender, mailbox
 *             disabled or full with no word of the forward); forwarder IP refusals read as the sender's IP;
 *             Postfix's orig_to and Exim's parent address not kept from log lines; Pigeonhole's redirect
 *             failures read as a mailer error (the final server's reply unread) or not at all; 'arc=fail'
 *             not a forwarding sign; Postfix's 'error writing message: File too large' (mailbox_size_limit) not
 *             read.
 *   fixed     35 of 35, by two new causes and the address a copy was forwarded from as a fact. BounceFacts
 *             .forwardedFrom (read-bounce.ts, extract/forwarding.ts, mta-log.ts): Postfix 'expanded from',
 *             Sendmail 'expanded from:' (looked for below the recipient, past its own segment), Exim 'generated
 *             from', a DSN's Original-Recipient other than the Final-Recipient, the returned copy's
 *             X-Sieve-Redirected-From or Delivered-To, Postfix's orig_to, Exim's '** final <alias>', the mailbox
 *             whose Pigeonhole redirect failed ('failed to redirect message to <r>: reply (permanent failure)',
 *             now a log form). refinements.ts FORWARD_TARGET_REFINES turns user-unknown, mailbox-disabled,
 *             mailbox-inactive and mailbox-full into forward-target-failed, ip-blocklisted, ip-reputation and
 *             rate-limited into forwarder-ip-blocked (both side recipient), when that address is at another
 *             domain than the final one (an alias to the organisation's own mailbox or mail host stays the
 *             plain failure); classify.ts keeps the reason of the underlying cause, so Sisimai reasons do not
 *             change. 'arc=fail' and 'ARC validation failed' are forwarding signs (round 6's case re-examined
 *             and changed: only intermediaries write ARC sets). reply-phrases.ts: Postfix's 'error writing
 *             message: file too large' as mailbox full. Round 17's two forwarding-target cases now expect
 *             forward-target-failed; its Pigeonhole and orig_to cases left knownWrong. Corpus 365/383.
 *   then      a second batch of 11 (SECOND_BATCH_18: Outlook's quota, Yahoo's 'mailbox not found', orig_to with
 *             Spamhaus, Exim log lines with the parent address for a DMARC refusal and a full mailbox, a .qmail
 *             forward to a full mailbox, a cPanel forwarder on SpamCop, an Exim alias list, Yahoo TSS04 in a
 *             Postfix delay warning, an Exchange NDR whose Original-Recipient is an IMCEAEX form), written
 *             after the fixes and measured before any change: 11 of 11 right as written. A guard written with
 *             it (GUARDS_SECOND_18: the IMCEAEX form with a plain 'User unknown') was read as a forward;
 *             forwarding.ts now takes Exchange's encapsulated IMCEA… addresses for the same recipient, and a
 *             returned copy with List-Id or List-Post as a list's own (its Delivered-To names the list).
 *   in all    46 of 46 right (48 with the guards). Corpus 365/383.
 *             (The re-injected Sieve redirect was first written as a pasted text with an invented 'Undelivered
 *             message follows' line; it is now the raw MIME bounce Postfix sends, as admins save it.)
 */

const TEMPORARY = { permanent: false } as const;
// The recipient (or an alias or list on their side) forwards to another address, and that final address
// is dead, disabled or full: the forward is broken and only its owner can mend it. The Sisimai reason stays
// the underlying failure's.
const FORWARD_UNKNOWN = { cause: 'forward-target-failed', reason: 'userunknown', side: 'recipient' } as const;
const FORWARD_FULL = { cause: 'forward-target-failed', reason: 'mailboxfull', side: 'recipient' } as const;
const FORWARD_DISABLED = { cause: 'forward-target-failed', reason: 'suspend', side: 'recipient' } as const;
// The final server refuses the forwarded copy for the forwarder's IP (a blocklist, its reputation): the
// forwarder's address, not the sender's.
const FORWARDER_IP = {
  cause: 'forwarder-ip-blocked',
  reason: ['blocked', 'badreputation'],
  side: 'recipient',
} as const;
const FORWARDED_AUTH = { cause: 'forwarded-auth-failed', reason: 'authfailure', side: 'recipient' } as const;
// A redirect that failed without the final server's reply: the recipient's own delivery (Sieve, .forward).
const REDIRECT_FAILED = {
  cause: ['mailer-error', 'system-error', 'forward-target-failed'],
  reason: ['mailererror', 'systemerror', 'userunknown'],
  side: 'recipient',
} as const;

const postfixDsn = (recipient: string, ...text: string[]) =>
  lines(...postfixNoticeHead('mx.example.org'), `${recipient}: ${text[0] ?? ''}`, ...text.slice(1));
const eximDsn = (...text: string[]) =>
  lines(
    'This message was created automatically by mail delivery software.',
    '',
    'A message that you sent could not be delivered to one or more of its',
    'recipients. This is a permanent error. The following address(es) failed:',
    '',
    ...text,
  );
const sendmailDsn = (...text: string[]) =>
  lines(
    'The original message was received at Sat, 21 Nov 2026 09:12:40 +0100',
    'from mail.example.com [192.0.2.10]',
    '',
    '   ----- The following addresses had permanent fatal errors -----',
    ...text,
  );
const qmailBounce = (...text: string[]) =>
  lines(
    'Hi. This is the qmail-send program at mail.example.org.',
    "I'm afraid I wasn't able to deliver your message to the following addresses.",
    "This is a permanent error; I've given up. Sorry it didn't work out.",
    '',
    ...text,
  );

const TARGETS_18: RealWorldCase[] = [
  [
    'Postfix forwarder: Outlook.com mailbox unavailable at the final address (expanded from)',
    postfixDsn(
      '<bob.old@outlook.com> (expanded from <bob@example.org>)',
      'host outlook-com.olc.protection.outlook.com[52.101.68.12] said: 550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). [AM4PEPF00027A61.eurprd04.prod.outlook.com 2026-11-21T08:00:00.000Z 08DD0A1B2C3D4E70] (in reply to RCPT TO command)',
    ),
    { ...FORWARD_UNKNOWN, replyCode: 550 },
  ],
  [
    'Postfix forwarder: Yahoo has no such account at the final address (expanded from)',
    postfixDsn(
      '<bob_old@yahoo.com> (expanded from <bob@example.org>)',
      "host mta6.am0.yahoodns.net[67.195.204.77] said: 554 delivery error: dd This user doesn't have a yahoo.com account (bob_old@yahoo.com) [0] - mta4172.mail.bf1.yahoo.com (in reply to end of DATA command)",
    ),
    { ...FORWARD_UNKNOWN, replyCode: 554 },
  ],
  [
    'Exim forwarder: Gmail NoSuchUser after RCPT (generated from)',
    eximDsn(
      '  bob.private@gmail.com',
      '    (generated from bob@example.org)',
      '    host gmail-smtp-in.l.google.com [142.250.27.27]',
      '    SMTP error from remote mail server after RCPT TO:<bob.private@gmail.com>:',
      '    550-5.1.1 The email account that you tried to reach does not exist. Please try',
      "    550-5.1.1 double-checking the recipient's email address for typos or",
      '    550-5.1.1 unnecessary spaces. For more information, go to',
      '    550 5.1.1  https://support.google.com/mail/?p=NoSuchUser e5si5678901wrs.9 - gsmtp',
    ),
    { ...FORWARD_UNKNOWN, replyCode: 550, status: '5.1.1' },
  ],
  [
    'Sendmail alias to an external address that is gone (expanded from:)',
    sendmailDsn(
      '<bob.old@partner.example>',
      '    (reason: 550 5.1.1 <bob.old@partner.example>... User unknown)',
      '    (expanded from: <bob@example.org>)',
      '',
      '   ----- Transcript of session follows -----',
      '... while talking to mx.partner.example.:',
      '>>> RCPT To:<bob.old@partner.example>',
      '<<< 550 5.1.1 <bob.old@partner.example>... User unknown',
      '550 5.1.1 <bob.old@partner.example>... User unknown',
    ),
    { ...FORWARD_UNKNOWN, replyCode: 550, status: '5.1.1' },
  ],
  [
    'Postfix forwarder: Gmail says the final account is disabled (expanded from)',
    postfixDsn(
      '<bob.smith@gmail.com> (expanded from <bob@example.org>)',
      'host gmail-smtp-in.l.google.com[142.250.27.26] said: 550-5.2.1 The email account that you tried to reach is disabled. Learn more at 550 5.2.1 https://support.google.com/mail/?p=DisabledUser f6si6789012wrs.10 - gsmtp (in reply to RCPT TO command)',
    ),
    { ...FORWARD_DISABLED, replyCode: 550, status: '5.2.1' },
  ],
  [
    'cPanel forwarder (Exim): Yahoo mailbox disabled 554.30 (generated from)',
    eximDsn(
      '  bob.smith@yahoo.com',
      '    (generated from sales@shop.example)',
      '    host mta5.am0.yahoodns.net [98.136.96.75]',
      '    SMTP error from remote mail server after RCPT TO:<bob.smith@yahoo.com>:',
      '    554 delivery error: dd Sorry your message to bob.smith@yahoo.com cannot be delivered. This mailbox is disabled (554.30). - mta4204.mail.gq1.yahoo.com',
    ),
    { ...FORWARD_DISABLED, replyCode: 554 },
  ],
  [
    'Postfix forwarder: Gmail final mailbox over quota (expanded from)',
    postfixDsn(
      '<bob.smith@gmail.com> (expanded from <bob@example.org>)',
      'host gmail-smtp-in.l.google.com[142.250.27.26] said: 552-5.2.2 The email account that you tried to reach is over quota. Please direct 552-5.2.2 the recipient to 552 5.2.2 https://support.google.com/mail/?p=OverQuotaPerm g7si7890123wrs.11 - gsmtp (in reply to RCPT TO command)',
    ),
    { ...FORWARD_FULL, replyCode: 552, status: '5.2.2' },
  ],
  [
    'cPanel forwarder (Exim): iCloud address does not exist (generated from)',
    eximDsn(
      '  bob.smith@icloud.com',
      '    (generated from info@shop.example)',
      '    host mx01.mail.icloud.com [17.57.154.6]',
      '    SMTP error from remote mail server after RCPT TO:<bob.smith@icloud.com>:',
      '    550 5.1.1 <bob.smith@icloud.com>: user does not exist',
    ),
    { ...FORWARD_UNKNOWN, replyCode: 550, status: '5.1.1' },
  ],
  [
    'Exim forwarder: GMX final mailbox full, temporary (generated from)',
    lines(
      'This message was created automatically by mail delivery software.',
      '',
      'A message that you sent has not yet been delivered to one or more of its',
      'recipients after more than 24 hours on the queue on mx.example.org.',
      '',
      'The message identifier is:     1vT2kL-000Di9-CP',
      '',
      'The address(es) which have not yet been delivered are:',
      '',
      '  bob.private@gmx.net',
      '    (generated from bob@example.org)',
      '    host mx00.emig.gmx.net [212.227.15.9]',
      '    Delay reason: SMTP error from remote mail server after RCPT TO:<bob.private@gmx.net>:',
      '    452 4.2.2 Mailbox full',
      '',
      'No action is required on your part. Delivery attempts will continue for',
      'some time, and this warning may be repeated at intervals if the message',
      'remains undelivered. Eventually the mail delivery software will give up,',
      'and when that happens, the message will be returned to you.',
    ),
    { ...FORWARD_FULL, replyCode: 452, ...TEMPORARY },
  ],
  [
    'qmail .qmail forward: Gmail NoSuchUser, the returned copy was delivered to the alias',
    qmailBounce(
      '<bob.old@gmail.com>:',
      '142.250.27.26 does not like recipient.',
      'Remote host said: 550-5.1.1 The email account that you tried to reach does not exist. Please try',
      "550-5.1.1 double-checking the recipient's email address for typos or",
      '550 5.1.1 unnecessary spaces. https://support.google.com/mail/?p=NoSuchUser h8si8901234wrs.12 - gsmtp',
      'Giving up on 142.250.27.26.',
      '',
      '--- Below this line is a copy of the message.',
      '',
      'Return-Path: <alice@example.com>',
      'Received: (qmail 4242 invoked by uid 89); 21 Nov 2026 08:05:00 -0000',
      'Delivered-To: bob@example.org',
      'Received: from mail.example.com (HELO mail.example.com) (192.0.2.10)',
      '  by mail.example.org with ESMTPS; 21 Nov 2026 08:04:59 -0000',
      'From: Alice <alice@example.com>',
      'To: bob@example.org',
      'Subject: Quote for December',
    ),
    { ...FORWARD_UNKNOWN, replyCode: 550 },
  ],
  [
    'Microsoft 365 forwarding to a gone external address: DSN with Original-Recipient',
    lines(
      'Delivery has failed to these recipients or groups:',
      '',
      'bob.old@gmail.com',
      "The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.",
      '',
      'Diagnostic information for administrators:',
      '',
      'Generating server: AM9PR04MB1234.eurprd04.prod.outlook.com',
      '',
      'bob.old@gmail.com',
      'gmail-smtp-in.l.google.com',
      "Remote Server returned '550 5.1.1 The email account that you tried to reach does not exist. i9si9012345wrs.13 - gsmtp'",
      '',
      'Reporting-MTA: dns; AM9PR04MB1234.eurprd04.prod.outlook.com',
      '',
      'Final-Recipient: rfc822; bob.old@gmail.com',
      'Original-Recipient: rfc822;bob@contoso.example',
      'Action: failed',
      'Status: 5.1.1',
      'Remote-MTA: dns; gmail-smtp-in.l.google.com',
      'Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist. i9si9012345wrs.13 - gsmtp',
    ),
    { ...FORWARD_UNKNOWN, status: '5.1.1' },
  ],
  [
    'Postfix alias list: one member of team@ unknown (expanded from)',
    postfixDsn(
      '<carol@partner.example> (expanded from <team@example.org>)',
      'host mx.partner.example[198.51.100.80] said: 550 5.1.1 <carol@partner.example>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)',
    ),
    { ...FORWARD_UNKNOWN, replyCode: 550, status: '5.1.1' },
  ],
  [
    'Postfix virtual alias to a departed employee at a sister company (expanded from)',
    postfixDsn(
      '<j.doe@subsidiary.example> (expanded from <jdoe@example.org>)',
      'host mail.subsidiary.example[198.51.100.90] said: 550 5.2.1 <j.doe@subsidiary.example>: Recipient address rejected: Mailbox disabled for this recipient (in reply to RCPT TO command)',
    ),
    { ...FORWARD_DISABLED, replyCode: 550, status: '5.2.1' },
  ],
  [
    'Sieve redirect re-injected: final address unknown, the copy names X-Sieve-Redirected-From',
    lines(
      'From: MAILER-DAEMON@mx.example.org (Mail Delivery System)',
      'Subject: Undelivered Mail Returned to Sender',
      'To: alice@example.com',
      'Auto-Submitted: auto-replied',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="B1"',
      '',
      '--B1',
      'Content-Description: Notification',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      'This is the mail system at host mx.example.org.',
      '',
      "I'm sorry to have to inform you that your message could not",
      "be delivered to one or more recipients. It's attached below.",
      '',
      '<bob@elsewhere.example>: host mx.elsewhere.example[198.51.100.120] said: 550 5.1.1',
      '    <bob@elsewhere.example>: Recipient address rejected: User unknown in local',
      '    recipient table (in reply to RCPT TO command)',
      '',
      '--B1',
      'Content-Description: Undelivered Message',
      'Content-Type: message/rfc822',
      '',
      'Return-Path: <alice@example.com>',
      'X-Sieve-Redirected-From: bob@example.org',
      'Delivered-To: bob@example.org',
      'From: Alice <alice@example.com>',
      'To: bob@example.org',
      'Subject: Quote for December',
      '',
      'Hello Bob',
      '',
      '--B1--',
    ),
    { ...FORWARD_UNKNOWN, replyCode: 550, status: '5.1.1' },
  ],
];

const IP_18: RealWorldCase[] = [
  [
    "Postfix forwarder: Spamhaus lists the forwarder's IP at the final server (expanded from)",
    postfixDsn(
      '<bob@partner.example> (expanded from <bob@example.org>)',
      'host mx.partner.example[198.51.100.80] refused to talk to me: 554 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/198.51.100.7',
    ),
    { ...FORWARDER_IP, replyCode: 554 },
  ],
  [
    "Exim forwarder: Outlook S3140 for the forwarder's network (generated from)",
    eximDsn(
      '  bob.smith@outlook.com',
      '    (generated from bob@example.org)',
      '    host outlook-com.olc.protection.outlook.com [52.101.68.12]',
      '    SMTP error from remote mail server after RCPT TO:<bob.smith@outlook.com>:',
      "    550 5.7.1 Unfortunately, messages from [198.51.100.7] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [AM4PEPF00027A62.eurprd04.prod.outlook.com 2026-11-21T08:10:00.000Z 08DD0A1B2C3D4E71]",
    ),
    { ...FORWARDER_IP, replyCode: 550 },
  ],
  [
    'Sendmail alias forward: Barracuda blocklist names the forwarder (expanded from:)',
    sendmailDsn(
      '<bob@partner.example>',
      '    (reason: 554 Service unavailable; Client host [198.51.100.7] blocked using b.barracudacentral.org)',
      '    (expanded from: <bob@example.org>)',
    ),
    { ...FORWARDER_IP, replyCode: 554 },
  ],
  [
    "Postfix log at the forwarder: orig_to, Gmail 4.7.28 for the forwarder's IP",
    'Nov 21 08:20:00 mx postfix/smtp[9300]: 9C0D1E2F3A: to=<bob.smith@gmail.com>, orig_to=<bob@example.org>, relay=gmail-smtp-in.l.google.com[142.250.27.26]:25, delay=0.9, delays=0.1/0/0.4/0.4, dsn=4.7.28, status=deferred (host gmail-smtp-in.l.google.com[142.250.27.26] said: 421-4.7.28 Gmail has detected an unusual rate of unsolicited mail originating 421-4.7.28 from your IP address [198.51.100.7]. To protect our users from spam, 421 4.7.28 mail sent from your IP address has been temporarily rate limited. j1si1123456wrs.14 - gsmtp (in reply to end of DATA command))',
    {
      cause: ['forwarder-ip-blocked', 'rate-limited', 'ip-reputation'],
      reason: ['blocked', 'badreputation', 'speeding'],
      side: 'recipient',
      ...TEMPORARY,
    },
  ],
];

const LOGS_18: RealWorldCase[] = [
  [
    'Postfix log at the forwarder: orig_to, Gmail NoSuchUser at the final address',
    "Nov 21 08:30:00 mx postfix/smtp[9301]: 0D1E2F3A4B: to=<bob.old@gmail.com>, orig_to=<bob@example.org>, relay=gmail-smtp-in.l.google.com[142.250.27.26]:25, delay=0.8, delays=0.1/0/0.3/0.4, dsn=5.1.1, status=bounced (host gmail-smtp-in.l.google.com[142.250.27.26] said: 550-5.1.1 The email account that you tried to reach does not exist. Please try 550-5.1.1 double-checking the recipient's email address for typos or 550-5.1.1 unnecessary spaces. 550 5.1.1 https://support.google.com/mail/?p=NoSuchUser k2si2234567wrs.15 - gsmtp (in reply to RCPT TO command))",
    { ...FORWARD_UNKNOWN, status: '5.1.1' },
  ],
  [
    'Postfix log at the forwarder: orig_to, Outlook SPF refusal of the forwarded copy',
    'Nov 21 08:31:00 mx postfix/smtp[9302]: 1E2F3A4B5C: to=<bob.smith@outlook.com>, orig_to=<bob@example.org>, relay=outlook-com.olc.protection.outlook.com[52.101.68.12]:25, delay=1.1, delays=0.1/0/0.5/0.5, dsn=5.7.23, status=bounced (host outlook-com.olc.protection.outlook.com[52.101.68.12] said: 550 5.7.23 The message was rejected because of Sender Policy Framework violation [AM4PEPF00027A63.eurprd04.prod.outlook.com 2026-11-21T08:31:00.000Z 08DD0A1B2C3D4E72] (in reply to end of DATA command))',
    { ...FORWARDED_AUTH, status: '5.7.23' },
  ],
  [
    'Postfix log at the forwarder: orig_to, final mailbox full (deferred)',
    'Nov 21 08:32:00 mx postfix/smtp[9303]: 2F3A4B5C6D: to=<bob@partner.example>, orig_to=<bob@example.org>, relay=mx.partner.example[198.51.100.80]:25, delay=600, delays=599/0/0.3/0.2, dsn=4.2.2, status=deferred (host mx.partner.example[198.51.100.80] said: 452 4.2.2 <bob@partner.example>: Recipient address rejected: Mailbox is full (in reply to RCPT TO command))',
    { ...FORWARD_FULL, status: '4.2.2', ...TEMPORARY },
  ],
  [
    'Exim log at the forwarder: the parent address in angle brackets, final address unknown',
    '2026-11-21 08:33:00 1vT3aB-000Ej1-DQ ** bob.old@partner.example <bob@example.org> R=dnslookup T=remote_smtp H=mx.partner.example [198.51.100.80]: SMTP error from remote mail server after RCPT TO:<bob.old@partner.example>: 550 5.1.1 <bob.old@partner.example>: Recipient address rejected: User unknown',
    { ...FORWARD_UNKNOWN, status: '5.1.1' },
  ],
  [
    'Pigeonhole: redirect refused by the final server (permanent failure)',
    'Nov 21 08:34:00 mx dovecot: lmtp(bob@example.org)<4321><Xy1Ab2Cd3Ef5>: sieve: msgid=<d4@example.com>: failed to redirect message to <bob@elsewhere.example>: 550 5.1.1 <bob@elsewhere.example>: Recipient address rejected: User unknown in virtual mailbox table (permanent failure)',
    FORWARD_UNKNOWN,
  ],
  [
    'Pigeonhole: redirect deferred, final mailbox full (temporary failure)',
    'Nov 21 08:35:00 mx dovecot: lmtp(bob@example.org)<4322><Xy1Ab2Cd3Ef6>: sieve: msgid=<e5@example.com>: failed to redirect message to <bob@elsewhere.example>: 452 4.2.2 <bob@elsewhere.example>: Recipient address rejected: Mailbox is full (temporary failure)',
    { ...FORWARD_FULL, ...TEMPORARY },
  ],
  [
    'Pigeonhole: redirect action failed, refer to the server log',
    'Nov 21 08:36:00 mx dovecot: lda(bob@example.org)<4323><Xy1Ab2Cd3Ef7>: sieve: msgid=<f6@example.com>: redirect action: failed to redirect message to <bob@elsewhere.example> (refer to server log for more information)',
    REDIRECT_FAILED,
  ],
];

// Item 3 (see round 6's 'ARC validation failed'): an ARC set is only written by an intermediary, so a
// refusal that names ARC is about a forwarding hop.
const ARC_18: RealWorldCase[] = [
  [
    'Forwarded copy: ARC seal of the forwarder failed, DMARC cannot be overridden',
    '550 5.7.1 Message rejected: DMARC policy of example.com is reject; arc=fail (i=2 seal by lists.example.net invalid)',
    { ...FORWARDED_AUTH, replyCode: 550 },
  ],
  [
    'Exim forwarder: Gmail rejects the forwarded copy, ARC validation failed (generated from)',
    eximDsn(
      '  bob.smith@gmail.com',
      '    (generated from bob@example.org)',
      '    host gmail-smtp-in.l.google.com [142.250.27.27]',
      '    SMTP error from remote mail server after end of data:',
      "    550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's",
      '    550-5.7.26 DMARC policy. Please contact the administrator of example.com domain if',
      '    550 5.7.26 this was a legitimate mail. l3si3345678wrs.16 - gsmtp',
    ),
    { ...FORWARDED_AUTH, replyCode: 550, status: '5.7.26' },
  ],
];

// Guards: no forwarding sign, or a sign that is not the server's; the sender's own reading stays.
const GUARDS_18: RealWorldCase[] = [
  [
    "Gmail inline forward above a Postfix user unknown: the sender's own address",
    lines(
      'Any idea why this bounced?',
      '',
      '---------- Forwarded message ---------',
      'From: Mail Delivery System <MAILER-DAEMON@mail.example.com>',
      'Date: Sat, 21 Nov 2026 at 09:00',
      'Subject: Undelivered Mail Returned to Sender',
      'To: <alice@example.com>',
      '',
      'This is the mail system at host mail.example.com.',
      '',
      "I'm sorry to have to inform you that your message could not",
      'be delivered to one or more recipients.',
      '',
      '<bob.smith@gmail.com>: host gmail-smtp-in.l.google.com[142.250.27.26] said: 550-5.1.1 The email account that you tried to reach does not exist. 550 5.1.1 https://support.google.com/mail/?p=NoSuchUser m4si4456789wrs.17 - gsmtp (in reply to RCPT TO command)',
    ),
    { ...USER_UNKNOWN, side: 'sender', replyCode: 550 },
  ],
  [
    'Outlook forwarded bounce (FW:) of a Spamhaus refusal: still the sender IP',
    lines(
      'Please look at this, our customer never got it.',
      '',
      '________________________________',
      'From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com>',
      'Sent: Saturday, November 21, 2026 09:05',
      'To: Alice <alice@example.com>',
      'Subject: Undeliverable: Quote for December',
      '',
      'Delivery has failed to these recipients or groups:',
      '',
      'bob@partner.example',
      '',
      'Diagnostic information for administrators:',
      '',
      "Remote Server returned '554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org'",
    ),
    { ...IP_BLOCK, replyCode: 554 },
  ],
  [
    'Postfix local alias to a local mailbox that is full: the same domain, no forward off the server',
    postfixDsn(
      '<bob.smith@example.org> (expanded from <sales@example.org>)',
      'cannot update mailbox /var/mail/bob.smith for user bob.smith. error writing message: File too large',
    ),
    MAILBOX_FULL,
  ],
  [
    'Postfix virtual alias to the internal mail host: unknown user there, same organisation',
    postfixDsn(
      '<bob.smith@mail.example.org> (expanded from <bob@example.org>)',
      'host mail.example.org[192.0.2.30] said: 550 5.1.1 <bob.smith@mail.example.org>: Recipient address rejected: User unknown in local recipient table (in reply to RCPT TO command)',
    ),
    { ...USER_UNKNOWN, replyCode: 550 },
  ],
  [
    'Postfix forwarder: the final server finds the message too large (expanded from)',
    postfixDsn(
      '<bob.smith@gmail.com> (expanded from <bob@example.org>)',
      "host gmail-smtp-in.l.google.com[142.250.27.26] said: 552-5.3.4 Your message exceeded Google's message size limits. 552 5.3.4 https://support.google.com/mail/?p=MaxSizeError n5si5567890wrs.18 - gsmtp (in reply to end of DATA command)",
    ),
    { ...TOO_BIG, replyCode: 552 },
  ],
  [
    'Postfix bounce with no expansion: Gmail NoSuchUser, the sender mistyped',
    postfixDsn(
      '<bob.smiht@gmail.com>',
      "host gmail-smtp-in.l.google.com[142.250.27.26] said: 550-5.1.1 The email account that you tried to reach does not exist. Please try 550-5.1.1 double-checking the recipient's email address for typos or 550-5.1.1 unnecessary spaces. 550 5.1.1 https://support.google.com/mail/?p=NoSuchUser o6si6678901wrs.19 - gsmtp (in reply to RCPT TO command)",
    ),
    { ...USER_UNKNOWN, side: 'sender', replyCode: 550, status: '5.1.1' },
  ],
  [
    'Postfix log: orig_to differing only in case is no forward',
    'Nov 21 08:40:00 mail postfix/smtp[9400]: 3A4B5C6D7E: to=<bob@partner.example>, orig_to=<Bob@Partner.example>, relay=mx.partner.example[198.51.100.80]:25, delay=0.5, delays=0.1/0/0.2/0.2, dsn=5.1.1, status=bounced (host mx.partner.example[198.51.100.80] said: 550 5.1.1 <bob@partner.example>: Recipient address rejected: User unknown (in reply to RCPT TO command))',
    { ...USER_UNKNOWN, side: 'sender', status: '5.1.1' },
  ],
  [
    'Exchange DSN: Original-Recipient the same address as the final one',
    lines(
      'Delivery has failed to these recipients or groups:',
      '',
      'bob@partner.example',
      "The email address you entered couldn't be found.",
      '',
      'Reporting-MTA: dns; EXCH01.corp.example.com',
      '',
      'Final-Recipient: rfc822; bob@partner.example',
      'Original-Recipient: rfc822;bob@partner.example',
      'Action: failed',
      'Status: 5.1.1',
      'Diagnostic-Code: smtp; 550 5.1.1 User unknown',
    ),
    { ...USER_UNKNOWN, side: 'sender', status: '5.1.1' },
  ],
];

// Written after the first batch's fixes, in the same theme, and measured before any change.
const SECOND_BATCH_18: RealWorldCase[] = [
  [
    'Postfix forwarder: Outlook quota exceeded at the final mailbox (expanded from)',
    postfixDsn(
      '<bob.smith@outlook.com> (expanded from <bob@example.org>)',
      'host outlook-com.olc.protection.outlook.com[52.101.68.12] said: 554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot open mailbox. [EndDiagnosticData] (in reply to end of DATA command)',
    ),
    { ...FORWARD_FULL, replyCode: 554, status: '5.2.2' },
  ],
  [
    'Exim forwarder: Yahoo mailbox not found (generated from)',
    eximDsn(
      '  bob_old@yahoo.com',
      '    (generated from bob@example.org)',
      '    host mta7.am0.yahoodns.net [67.195.204.72]',
      '    SMTP error from remote mail server after RCPT TO:<bob_old@yahoo.com>:',
      '    552 1 Requested mail action aborted, mailbox not found',
    ),
    { ...FORWARD_UNKNOWN, replyCode: 552 },
  ],
  [
    'Postfix log at the forwarder: orig_to, Spamhaus refuses the forwarder',
    'Nov 21 09:00:00 mx postfix/smtp[9500]: 4B5C6D7E8F: to=<bob@partner.example>, orig_to=<bob@example.org>, relay=mx.partner.example[198.51.100.80]:25, delay=0.6, delays=0.1/0/0.3/0.2, dsn=5.7.1, status=bounced (host mx.partner.example[198.51.100.80] said: 554 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/198.51.100.7 (in reply to RCPT TO command))',
    { ...FORWARDER_IP, status: '5.7.1' },
  ],
  [
    'Exim log at the forwarder: parent address, Outlook DMARC refusal of the copy',
    '2026-11-21 09:01:00 1vT3bC-000Ek2-ER ** bob.smith@hotmail.com <bob@example.org> R=dnslookup T=remote_smtp H=hotmail-com.olc.protection.outlook.com [52.101.68.1]: SMTP error from remote mail server after end of data: 550 5.7.509 Access denied, sending domain EXAMPLE.COM does not pass DMARC verification and has a DMARC policy of reject.',
    FORWARDED_AUTH,
  ],
  [
    'Exim log at the forwarder: deferral with parent address, final mailbox full',
    '2026-11-21 09:02:00 1vT3cD-000El3-FS == bob@partner.example <bob@example.org> R=dnslookup T=remote_smtp defer (-44) H=mx.partner.example [198.51.100.80]: SMTP error from remote mail server after RCPT TO:<bob@partner.example>: 452 4.2.2 Mailbox full',
    { ...FORWARD_FULL, ...TEMPORARY },
  ],
  [
    'qmail .qmail forward: final mailbox full, the returned copy was delivered to the alias',
    qmailBounce(
      '<bob@partner.example>:',
      '198.51.100.80 failed after I sent the message.',
      'Remote host said: 552 5.2.2 <bob@partner.example>... Mailbox full',
      '',
      '--- Below this line is a copy of the message.',
      '',
      'Return-Path: <alice@example.com>',
      'Received: (qmail 5151 invoked by alias); 21 Nov 2026 09:03:00 -0000',
      'Delivered-To: bob@example.org',
      'From: Alice <alice@example.com>',
      'To: bob@example.org',
      'Subject: Quote for December',
    ),
    { ...FORWARD_FULL, replyCode: 552 },
  ],
  [
    'cPanel forwarder (Exim): SpamCop lists the forwarder (generated from)',
    eximDsn(
      '  bob@partner.example',
      '    (generated from info@shop.example)',
      '    host mx.partner.example [198.51.100.80]',
      '    SMTP error from remote mail server after RCPT TO:<bob@partner.example>:',
      '    550 5.7.1 Blocked - see https://www.spamcop.net/bl.shtml?198.51.100.7',
    ),
    { ...FORWARDER_IP, replyCode: 550 },
  ],
  [
    'Exim alias list: one member address unknown at GMX (generated from)',
    eximDsn(
      '  carol@gmx.net',
      '    (generated from board@club.example)',
      '    host mx01.emig.gmx.net [212.227.17.5]',
      '    SMTP error from remote mail server after RCPT TO:<carol@gmx.net>:',
      '    550 Requested action not taken: mailbox unavailable',
    ),
    { ...FORWARD_UNKNOWN, replyCode: 550 },
  ],
  [
    'Postfix delay warning from a forwarder: Yahoo TSS04 for the forwarder IP (expanded from)',
    lines(
      'This is the mail system at host mx.example.org.',
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
      '<bob_smith@yahoo.com> (expanded from <bob@example.org>): host',
      '    mta6.am0.yahoodns.net[67.195.204.77] said: 421 4.7.0 [TSS04] Messages from',
      '    198.51.100.7 temporarily deferred due to unexpected volume or user complaints',
      '    - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes (in reply to MAIL',
      '    FROM command)',
    ),
    {
      cause: ['forwarder-ip-blocked', 'rate-limited', 'ip-reputation'],
      reason: ['blocked', 'badreputation', 'speeding'],
      side: 'recipient',
      ...TEMPORARY,
    },
  ],
  [
    'Microsoft 365 NDR: Original-Recipient is an X.500 (IMCEAEX) form of the same address',
    lines(
      'Delivery has failed to these recipients or groups:',
      '',
      'bob@partner.example',
      "The email address you entered couldn't be found.",
      '',
      'Reporting-MTA: dns; DM6PR04MB5678.namprd04.prod.outlook.com',
      '',
      'Final-Recipient: rfc822; bob@partner.example',
      'Original-Recipient: rfc822;IMCEAEX-_o=ExchangeLabs_ou=Exchange+20Administrative+20Group+20+28FYDIBOHF23SPDLT+29_cn=Recipients_cn=5f2a1b3c4d5e6f7a8b9c0d1e2f3a4b5c-bob@namprd04.prod.outlook.com',
      'Action: failed',
      'Status: 5.1.1',
      'Diagnostic-Code: smtp; 550 5.1.1 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup',
    ),
    { cause: ['user-unknown', 'recipient-not-in-tenant'], reason: 'userunknown', status: '5.1.1' },
  ],
];

// Guards written with the second batch's fixes (not counted in the figures): Exchange's X.500 form of the same
// address in Original-Recipient is no forward, nor is a mailing list's own copy delivered to the list.
const GUARDS_SECOND_18: RealWorldCase[] = [
  [
    'Exchange DSN: IMCEAEX Original-Recipient and a plain user unknown',
    lines(
      'Delivery has failed to these recipients or groups:',
      '',
      'bob@partner.example',
      "The email address you entered couldn't be found.",
      '',
      'Reporting-MTA: dns; DM6PR04MB5678.namprd04.prod.outlook.com',
      '',
      'Final-Recipient: rfc822; bob@partner.example',
      'Original-Recipient: rfc822;IMCEAEX-_o=ExchangeLabs_ou=Exchange+20Administrative+20Group+20+28FYDIBOHF23SPDLT+29_cn=Recipients_cn=5f2a1b3c4d5e6f7a8b9c0d1e2f3a4b5c-bob@namprd04.prod.outlook.com',
      'Action: failed',
      'Status: 5.1.1',
      'Diagnostic-Code: smtp; 550 5.1.1 User unknown',
    ),
    { ...USER_UNKNOWN, side: 'sender', status: '5.1.1' },
  ],
  [
    "qmail bounce of a list post: the list's copy (List-Id) delivered to the list is no forward of the member",
    qmailBounce(
      '<carol@partner.example>:',
      '198.51.100.80 does not like recipient.',
      'Remote host said: 550 5.1.1 <carol@partner.example>: Recipient address rejected: User unknown',
      'Giving up on 198.51.100.80.',
      '',
      '--- Below this line is a copy of the message.',
      '',
      'Return-Path: <team-bounces@lists.example.org>',
      'Delivered-To: team@lists.example.org',
      'List-Id: Team <team.lists.example.org>',
      'List-Post: <mailto:team@lists.example.org>',
      'From: Alice <alice@example.com>',
      'To: team@lists.example.org',
      'Subject: Meeting notes',
    ),
    { ...USER_UNKNOWN, replyCode: 550 },
  ],
];

// Still read wrongly, and what they got (round 18 as written); a fix moves the case out of this list.
const KNOWN_WRONG_18: Record<string, string> = {};

export const ROUND_18: RealWorldCase[] = [
  ...TARGETS_18,
  ...IP_18,
  ...LOGS_18,
  ...ARC_18,
  ...GUARDS_18,
  ...SECOND_BATCH_18,
  ...GUARDS_SECOND_18,
].map(([name, input, want]): RealWorldCase => {
  const why = KNOWN_WRONG_18[name];
  return why ? [name, input, { ...want, knownWrong: why }] : [name, input, want];
});
