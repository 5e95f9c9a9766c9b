import type { RealWorldCase } from './real-world-cases.js';
import {
  AUTH_REQUIRED,
  DISABLED,
  GREYLIST,
  IP_BLOCK,
  IP_REPUTATION,
  LOOP,
  lines,
  MAILBOX_FULL,
  postfixNoticeHead,
  RATE,
  RELAY,
  SPAM,
  TOO_BIG,
  textEmail,
  USER_UNKNOWN,
} from './real-world-expectations.js';

/*
 * A seventy-seventh held-out round, a gap hunt: after 76 rounds the common forms score about 95 % as written,
 * so where is the product still weak? Step A: from the round headings alone (not the rules), eight families
 * of real bounces, replies and notices that the earlier rounds held least, eight varied cases each: [cn] the
 * big Chinese providers in their own English replies (QQ Mail / Tencent's "Mailbox not found", "Ip
 * frequency limited", "Mail content denied", NetEase's DT:SPM and MI:SFQ codes, "User not found", "exceeded
 * mailsize limit"); [ru] Yandex, Mail.ru and Central European providers (Yandex "No such user!", "suspicion
 * of SPAM", Mail.ru's "invalid mailbox … user not found / account is disabled", "spam message rejected", a
 * Polish refusal); [scan] scanners, copiers, NAS boxes and appliances that send mail (Microsoft 365's 5.7.139
 * SMTP AUTH disabled, 5.7.57, SendAsDenied, TLS 1.0 refused, Direct Send 5.7.68, Gmail BadCredentials from a
 * Synology, a Xerox job log's 530 STARTTLS, a Canon #752 panel); [syntax] SMTP protocol and address-syntax
 * errors (501 5.1.3, Gmail's 555 5.5.2, protocol synchronization, Exim's "503 sender already given",
 * Sendmail's "Domain name required", a firewall fixup's "XXXX" EHLO, Postfix's "no valid recipients");
 * [groupware] Domino ("not listed in Domino Directory", "Maximum hop count exceeded"), hMailServer ("Delivery
 * is not allowed to this address", "Unknown user"), Kerio, Zimbra LMTP, SmarterMail, GroupWise; [dns] DNS and
 * routing failures in the sending MTA's words (Postfix "Host not found, try again", NXDOMAIN, "loops back to
 * myself", nullMX, Exim "Unrouteable address", "all relevant MX records point to non-existent hosts",
 * Exchange ErrorRetry and 5.4.310); [isp] ISPs outside the US/EU core (Rogers on Yahoo, Cox AUP#CXBL and
 * AUP#CXDNS, Spectrum's AUP, Telstra BigPond on Microsoft, UOL and Terra in Portuguese, Rediffmail); [sms]
 * carriers' email-to-SMS/MMS gateways (AT&T's discontinued email-to-text, Sprint's gone domain, vtext,
 * tmomail rate limit and spam filter, vzwpix size, greylisting). Step B: 31 more cases for the three weakest
 * families (13 syntax: Postfix, qmail, Exchange, Exim, Sendmail command errors; 10 scan: HP, Ricoh, Konica
 * Minolta, QNAP 5.7.60, a DVR's app password, 5.7.3, Gmail WantAuthError, 5.7.64, 5.7.54, a TLS failure; 8
 * dns: Sendmail Host unknown and lookup failure, Exim's host lookup defer, malformed reply, an MX without an
 * address, 4.4.312, SMTPSEND.DNS.NonExistentDomain, TLSA lookup error). Bare replies, Postfix and Exim
 * notices and log lines, Domino/GroupWise/Outlook notices, device panels and job logs. Written from knowledge
 * of how these systems word their failures, none from the development corpus or the rules, measured before
 * any rule was changed. As written, per family (the main result):
 *   cn         8/8     ru        8/8     groupware  8/8     sms   8/8    isp   7/8 (Spectrum's "Mail refused -
 *              <ip>": no sending IP)
 *   dns        7/8 + 8/8 of step B = 15/16 (Postfix's nullMX to a noreply@ address: no recipient)
 *   scan       7/8 + 6/10 of step B = 13/18 (device panels without a reply code, Canon #752, HP "Unable to
 *              connect to the SMTP server", Ricoh's "Authentication with the SMTP server has failed", Konica
 *              Minolta's "SMTP server connection error", a copier's TLS failure: no record at all)
 *   syntax     4/8 + 11/13 of step B = 15/21 (Exchange's "500 5.3.3 Unrecognized command" as a content error
 *              by its status, "501 5.5.4 Invalid domain name" as a domain that does not exist, Exim's "503
 *              sender already given" unknown, protocol synchronization as a refused connection, a fixup's
 *              "Command unrecognized" after EHLO as the HELO name refused, "no valid recipients" at DATA as
 *              content filtered)
 *   all        82 of 95 right as written (86 %); step A 57/64 (89 %), step B 25/31 (81 %). One case error of
 *              ours: the protocol-synchronization case framed a Postfix smtpd log line with an invented
 *              "client reply:" line (rewritten as Exim reports the reply).
 *   fixed      as data: appliances' own framing of a failed send (client-errors.ts: "unable to connect to the
 *              smtp server", "smtp server connection error", "check the smtp server name", "authentication
 *              with the smtp server has failed", "secure … connection with the smtp server"); "unrecognized
 *              command", "improper command pipelining" and a second MAIL FROM ("sender already given",
 *              "sender already specified", "nested mail command") as syntax errors before the status
 *              (reply-phrases.ts); x.5.4 narrows a domain "not found" to a syntax error (refinements.ts:
 *              "invalid command arguments"); Postfix's "does not accept mail (nullMX)" as its own line
 *              (mta-own-words.ts); Spectrum's "Mail refused - <ip>" names the sending IP (sending-ip.ts); in
 *              code (scan-text.ts): a robot-looking address (noreply@) is the recipient where Postfix's own
 *              words for a domain that takes no mail follow it. 92 of 95 after; corpus 366/383, reply codes
 *              261/274, unchanged.
 *   knownWrong (3): a firewall fixup's "500 5.5.1 Command unrecognized" after EHLO (read as helo-rejected:
 *              COMMAND_REFINES takes any syntax error after EHLO to be about the name; fixed after the round:
 *              a 500 or x.5.1 "invalid command" stays a syntax error); Postfix's "554 5.5.1
 *              Error: no valid recipients" in answer to DATA (AFTER_DATA_REFINES turns its unknown user into
 *              content filtered); Konica Minolta's "SMTP server connection error: timed out connecting to
 *              host:25" (the generic reply marker "error:" cuts the device's framing off). The last two fixed
 *              in session 2026-12-05 (fifth): words that report every recipient refused before DATA keep the
 *              unknown-user reading (RECIPIENTS_REFUSED_EARLIER), and a device's own server is read by its noun
 *              and a failure word in one sentence (own-server-failure.ts).
 *   then       a second batch of 15 (SECOND_BATCH_77, same three families: Sendmail's HTTP on port 25,
 *              Exchange's invalid arguments, Gmail's 502 5.5.1, qmail "MAIL first", Exim's "Valid RCPT command
 *              must precede DATA"; a Sharp and a Kyocera panel, a pfSense notification, Microsoft 365's 5.7.501
 *              banned account, IIS "Unable to relay"; a Postfix return after DNS deferrals, Exchange Online's
 *              5.4.300 after 4.4.312, Sendmail's 5.1.8, Postfix's 450 4.1.2, Gmail's "DNS Error … SERVFAIL"),
 *              written after the fixes and measured before any change: 11 of 15 right as written (syntax 5/5,
 *              scan 2/5, dns 4/5). Rules' misses: the Sharp, Kyocera and pfSense wordings gave no record
 *              ("authentication failed with the smtp server", "smtp authentication failed", "could not start
 *              tls": added as data). Case errors of ours (2): a Postfix line with "delivery temporarily
 *              suspended" under the failure notice's head held to be a deferral (it is the message returned:
 *              permanent); a pfSense TLS failure held to the sender's side (tls-failed is 'either' in the
 *              catalogue, as round 19 checks it). 15 of 15.
 */

/** A Postfix notice pasted as text (no MIME): the head and one recipient line. */
function postfixText(rcpt: string, notice: string, host = 'mail.example.com'): string {
  return lines(...postfixNoticeHead(host), `<${rcpt}>: ${notice}`, '');
}

/** An Exim notice body as pasted: the failed address and its indented reply. */
function eximText(rcpt: string, ...reply: string[]): string {
  return lines(
    'This message was created automatically by mail delivery software.',
    '',
    'A message that you sent could not be delivered to one or more of its',
    'recipients. This is a permanent error. The following address(es) failed:',
    '',
    `  ${rcpt}`,
    ...reply.map((l) => `    ${l}`),
    '',
  );
}

const NOT_FOUND_DOMAIN = {
  cause: ['domain-not-found', 'recipient-domain-typo'],
  reason: 'hostunknown',
} as const;
const DNS_TEMP = { cause: 'dns-failure', reason: 'networkerror', permanent: false } as const;
const SYNTAX = { cause: 'syntax-error', reason: 'syntaxerror', side: 'sender' } as const;
const TOO_MANY_CONN = {
  cause: ['too-many-connections', 'rate-limited'],
  reason: ['toomanyconn', 'speeding'],
  side: 'sender',
} as const;
const SUBMISSION = {
  cause: 'submission-unreachable',
  reason: 'networkerror',
  side: 'sender',
} as const;
const STARTTLS = {
  cause: ['starttls-not-used', 'tls-required'],
  reason: ['failedstarttls', 'securityerror'],
  side: 'sender',
} as const;
const SPAM_OR_POLICY = {
  cause: ['spam-filtered', 'content-filtered', 'policy-violation'],
  reason: ['spamdetected', 'filtered', 'policyviolation'],
} as const;
const GATEWAY_GONE = {
  cause: [
    'not-accepting-mail',
    'user-unknown',
    'mailbox-disabled',
    'domain-not-found',
    'recipient-restricted',
  ],
  reason: ['notaccept', 'userunknown', 'suspend', 'hostunknown', 'rejected'],
} as const;

// ---------------------------------------------------------------------------------------------------------
// [cn] The big Chinese mailbox providers in their own (English) replies: Tencent QQ Mail / Exmail, NetEase.
const CN: RealWorldCase[] = [
  [
    '[cn] QQ Mail mailbox not found',
    '550 Mailbox not found. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000728',
    { ...USER_UNKNOWN, replyCode: 550 },
  ],
  [
    '[cn] QQ Mail ip frequency limited',
    postfixText(
      '1234567890@qq.com',
      'host mx3.qq.com[203.205.219.57] said: 550 Ip frequency limited. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000725 (in reply to RCPT TO command)',
    ),
    { ...RATE, recipient: '1234567890@qq.com', provider: /qq|tencent/i },
  ],
  [
    '[cn] QQ Mail content denied',
    '550 Mail content denied. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000726',
    { ...SPAM_OR_POLICY, side: 'sender' },
  ],
  [
    '[cn] QQ Mail connection frequency limited',
    'Dec  4 10:21:07 mail postfix/smtp[22817]: 4F1A21C0AB: to=<88776655@qq.com>, relay=mx2.qq.com[203.205.219.58]:25, delay=1.2, delays=0.1/0/0.9/0.2, dsn=4.0.0, status=deferred (host mx2.qq.com[203.205.219.58] said: 421 Connection frequency limited. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000723 (in reply to end of DATA command))',
    { ...TOO_MANY_CONN, permanent: false, recipient: '88776655@qq.com' },
  ],
  [
    '[cn] NetEase 163 DT:SPM',
    postfixText(
      'zhangwei@163.com',
      'host 163mx02.mxmail.netease.com[220.181.14.161] said: 554 DT:SPM 163 mx14,QMCowAD3uqaJ8l1nM0cMBQ--.10339S2 1764836512, please see http://mail.163.com/help/help_spam_16.htm?ip=203.0.113.7&hostid=mx14&time=1764836512 (in reply to end of DATA command)',
    ),
    { ...SPAM, recipient: 'zhangwei@163.com', provider: /netease|163/i },
  ],
  [
    '[cn] NetEase 126 user not found',
    'SMTP error from remote mail server after RCPT TO:<liming@126.com>:\n    550 User not found: liming@126.com',
    { ...USER_UNKNOWN, recipient: 'liming@126.com' },
  ],
  [
    '[cn] NetEase MI:SFQ sender frequency',
    '451 MI:SFQ 163 mx7,C8CowAB3l8Q7Ql9nT2FZAA--.4711S2 1764836600, please see http://mail.163.com/help/help_spam_16.htm?ip=203.0.113.7&hostid=mx7&time=1764836600',
    { ...RATE, permanent: false },
  ],
  ['[cn] NetEase message size limit', '552 Requested mail action aborted: exceeded mailsize limit', TOO_BIG],
];

// ---------------------------------------------------------------------------------------------------------
// [ru] Yandex, Mail.ru and the Central European providers (Seznam, Onet, WP) in their replies.
const RU: RealWorldCase[] = [
  [
    '[ru] Yandex no such user',
    postfixText(
      'ivan.petrov@yandex.ru',
      'host mx.yandex.ru[77.88.21.249] said: 550 5.7.1 No such user! (in reply to RCPT TO command)',
    ),
    { ...USER_UNKNOWN, recipient: 'ivan.petrov@yandex.ru', provider: /yandex/i },
  ],
  [
    '[ru] Yandex suspicion of spam',
    '554 5.7.1 [2] Message rejected under suspicion of SPAM; https://ya.cc/1IrBc 1764836512-aBcDeF12-xyz',
    SPAM,
  ],
  ['[ru] Yandex mailbox size limit', '552 5.2.2 Mailbox size limit exceeded', MAILBOX_FULL],
  [
    '[ru] Yandex service unavailable come back later',
    '451 4.7.1 Sorry, the service is currently unavailable. Please come back later.',
    {
      cause: ['server-unavailable', 'greylisted', 'rate-limited'],
      reason: ['systemerror', 'blocked', 'onhold', 'speeding'],
      permanent: false,
    },
  ],
  [
    '[ru] Mail.ru invalid mailbox user not found',
    '550 Message was not accepted -- invalid mailbox.  Local mailbox sergey@mail.ru is unavailable: user not found',
    { ...USER_UNKNOWN, recipient: 'sergey@mail.ru' },
  ],
  [
    '[ru] Mail.ru account is disabled',
    '550 Message was not accepted -- invalid mailbox.  Local mailbox olga@list.ru is unavailable: account is disabled',
    { ...DISABLED, recipient: 'olga@list.ru' },
  ],
  [
    '[ru] Mail.ru spam message rejected',
    'SMTP error from remote mail server after end of data:\n    550 spam message rejected. Please visit https://help.mail.ru/notspam-support/id?c=abc123 or report details to abuse@corp.mail.ru. Error code: 9F8E7D6C5B4A. ID: 0A1B2C3D.',
    SPAM,
  ],
  [
    '[ru] Onet Polish spam refusal',
    '554 5.7.1 Wiadomosc odrzucona: podejrzenie spamu / Message rejected: suspected spam (onet.pl)',
    SPAM,
  ],
];

// ---------------------------------------------------------------------------------------------------------
// [scan] Scanners, copiers, NAS boxes and cameras that send mail, as their job logs and test buttons show it.
const SCAN: RealWorldCase[] = [
  [
    '[scan] Microsoft 365 SMTP AUTH disabled for the tenant',
    'Scan to Email failed: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. [AM0PR10CA0012.EURPRD10.PROD.OUTLOOK.COM]',
    { ...AUTH_REQUIRED, replyCode: 535, status: '5.7.139' },
  ],
  [
    '[scan] Microsoft 365 client not authenticated',
    'Send error: 530 5.7.57 Client not authenticated to send mail. [DB8PR04CA0021.eurprd04.prod.outlook.com 2026-12-04T09:12:44.123Z 08DD1234ABCD5678]',
    { ...AUTH_REQUIRED, replyCode: 530 },
  ],
  [
    '[scan] Microsoft 365 SendAsDenied from a shared scanner account',
    lines(
      'Your message could not be delivered to one or more recipients.',
      '554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot submit message. 0.35250:0A000000, 1.36674:0A000000[EndDiagnosticData]',
    ),
    { cause: 'from-not-permitted', reason: ['rejected', 'securityerror'], side: 'sender' },
  ],
  [
    '[scan] Microsoft 365 TLS 1.0 from an old copier',
    '421 4.7.66 TLS 1.0 and 1.1 are not supported. Please upgrade/update your client to support TLS 1.2. Visit https://aka.ms/smtp_auth_tls. [AS8PR04CA0155.eurprd04.prod.outlook.com]',
    { cause: 'tls-outdated', reason: 'securityerror', side: 'sender' },
  ],
  [
    '[scan] Synology test mail with Gmail bad credentials',
    lines(
      'Failed to send the test message. Please check your SMTP server settings.',
      'SMTP server response: 535-5.7.8 Username and Password not accepted. For more information, go to',
      '535 5.7.8  https://support.google.com/mail/?p=BadCredentials d2e1a72fcca58-7259a1b2c3dsm123456b3a.12 - gsmtp',
    ),
    { ...AUTH_REQUIRED, replyCode: 535 },
  ],
  [
    '[scan] Xerox job log STARTTLS required',
    'Job 1234 Scan to E-mail: Failed. SMTP Server Error: 530 5.7.0 Must issue a STARTTLS command first',
    STARTTLS,
  ],
  [
    '[scan] Canon #752 cannot reach SMTP server',
    lines(
      'Error Code: #752',
      'Cannot send the e-mail. Check the SMTP server name and the network settings.',
      'SMTP server: smtp.example.com  Port: 587',
    ),
    SUBMISSION,
  ],
  [
    '[scan] Microsoft 365 Direct Send rejected',
    '550 5.7.68 TenantInboundAttribution; Direct Send not allowed for this organization from unauthorized sources [PR3PR02MB6123.eurprd02.prod.outlook.com]',
    {
      cause: ['relay-not-authorised', 'policy-violation', 'connection-rejected', 'relay-denied'],
      reason: ['norelaying', 'policyviolation', 'blocked', 'rejected'],
      side: 'sender',
    },
  ],
];

// ---------------------------------------------------------------------------------------------------------
// [syntax] SMTP protocol and address-syntax errors, in the main MTAs' words.
const SYNTAX_CASES: RealWorldCase[] = [
  [
    '[syntax] Postfix bad recipient address syntax',
    postfixText(
      'bob@@example.org',
      'host mx.example.org[198.51.100.20] said: 501 5.1.3 Bad recipient address syntax (in reply to RCPT TO command)',
    ),
    { cause: ['syntax-error', 'user-unknown'], reason: ['syntaxerror', 'userunknown'], side: 'sender' },
  ],
  [
    '[syntax] Gmail 555 MAIL FROM parameters',
    '555-5.5.2 Syntax error, cannot decode response. For more information, go to\n555-5.5.2  https://support.google.com/a/answer/3221692 and review RFC 5321\n555 5.5.2 specifications. a640c23a62f3a-aa53e1b2c3dsi1234567866b.99 - gsmtp',
    { ...SYNTAX, replyCode: 555 },
  ],
  [
    '[syntax] Postfix protocol synchronization error as Exim reports it',
    'SMTP error from remote mail server after pipelined MAIL FROM:<alice@example.com> SIZE=4096:\n    554 5.5.0 Error: SMTP protocol synchronization',
    SYNTAX,
  ],
  [
    '[syntax] Exim 503 sender already given',
    'SMTP error from remote mail server after pipelined MAIL FROM:<alice@example.com> SIZE=2048:\n    503 sender already given',
    SYNTAX,
  ],
  [
    '[syntax] Sendmail 553 domain name required',
    '553 5.5.4 <alice>... Domain name required for sender address alice',
    {
      cause: ['syntax-error', 'sender-rejected', 'sender-domain-invalid'],
      reason: ['syntaxerror', 'rejected'],
      side: 'sender',
    },
  ],
  [
    '[syntax] Exchange 501 invalid address',
    '501 5.1.3 Invalid address',
    { cause: ['syntax-error', 'user-unknown'], reason: ['syntaxerror', 'userunknown'] },
  ],
  [
    '[syntax] 500 command unrecognized through a firewall fixup',
    lines(
      'SMTP error from remote mail server after EHLO mail.example.com:',
      '    500 5.5.1 Command unrecognized: "XXXX mail.example.com"',
    ),
    SYNTAX,
  ],
  [
    '[syntax] Postfix need RCPT command',
    'host mx.example.org[198.51.100.20] said: 554 5.5.1 Error: no valid recipients (in reply to DATA command)',
    {
      cause: ['syntax-error', 'user-unknown', 'unknown'],
      reason: ['syntaxerror', 'userunknown', 'onhold'],
      confidence: ['medium', 'low'],
    },
  ],
];

// ---------------------------------------------------------------------------------------------------------
// [groupware] The groupware and Windows mail servers still run by many organisations: HCL/Lotus Domino,
// GroupWise, hMailServer, Kerio Connect, Zimbra, SmarterMail, MDaemon.
const GROUPWARE: RealWorldCase[] = [
  [
    '[groupware] Domino not listed in Domino Directory',
    textEmail(
      'Postmaster@notes.example.org',
      'DELIVERY FAILURE: User bob (bob@example.org) not listed in Domino Directory',
      [
        'Your message',
        '',
        '  Subject: Tender documents',
        '',
        'was not delivered to:',
        '',
        '  bob@example.org',
        '',
        'because:',
        '',
        '  User bob (bob@example.org) not listed in Domino Directory',
      ],
    ),
    { ...USER_UNKNOWN, recipient: 'bob@example.org' },
  ],
  [
    '[groupware] Domino maximum hop count exceeded',
    textEmail('Postmaster@notes.example.org', 'DELIVERY FAILURE: Maximum hop count exceeded.', [
      'Your message',
      '',
      '  Subject: Re: meeting',
      '',
      'was not delivered to:',
      '',
      '  sales@example.org',
      '',
      'because:',
      '',
      '  Maximum hop count exceeded.  Message probably in a routing loop.',
    ]),
    { ...LOOP, recipient: 'sales@example.org' },
  ],
  [
    '[groupware] hMailServer delivery is not allowed to this address',
    '550 Delivery is not allowed to this address.',
    RELAY,
  ],
  [
    '[groupware] hMailServer unknown user',
    lines(
      'Your message did not reach some or all of the intended recipients.',
      '',
      '   Sent: Fri, 4 Dec 2026 10:12:33 +0100',
      '   Subject: Invoice 4711',
      '',
      'The following recipient(s) could not be reached:',
      '',
      'carol@example.org',
      '   Error Type: SMTP',
      '   Remote server (198.51.100.31) issued an error.',
      '   hMailServer sent: RCPT TO:<carol@example.org>',
      '   Remote server replied: 550 Unknown user',
    ),
    { ...USER_UNKNOWN, recipient: 'carol@example.org' },
  ],
  [
    '[groupware] Kerio relaying denied authentication required',
    '550 5.7.1 Relaying to <partner@example.net> denied (authentication required)',
    { cause: ['relay-denied', 'auth-required'], reason: ['norelaying', 'securityerror'] },
  ],
  [
    '[groupware] Zimbra LMTP over quota',
    postfixText(
      'dave@example.org',
      'host zimbra.example.org[198.51.100.40] said: 552 5.2.2 Over quota (in reply to RCPT TO command)',
      'zimbra.example.org',
    ),
    { ...MAILBOX_FULL, recipient: 'dave@example.org' },
  ],
  [
    '[groupware] SmarterMail no such user here',
    '550 <erin@example.org> No such user here',
    { ...USER_UNKNOWN, recipient: 'erin@example.org' },
  ],
  [
    '[groupware] GroupWise mailbox full',
    textEmail('GroupWise Internet Agent <postmaster@gw.example.org>', 'Message status - undeliverable', [
      'The message that you sent was not delivered to the following recipient:',
      '',
      '  frank@example.org',
      '',
      'Undeliverable: Mailbox is full',
      '',
      'Status: 552 5.2.2 Mailbox full',
    ]),
    { ...MAILBOX_FULL, recipient: 'frank@example.org' },
  ],
];

// ---------------------------------------------------------------------------------------------------------
// [dns] DNS and routing failures reported by the sending MTA itself.
const DNS: RealWorldCase[] = [
  [
    '[dns] Postfix Host not found, try again',
    'Dec  4 09:00:01 mail postfix/smtp[1212]: 5C2A31C0B1: to=<bob@example.net>, relay=none, delay=3611, delays=3611/0.01/0/0, dsn=4.4.3, status=deferred (Host or domain name not found. Name service error for name=example.net type=MX: Host not found, try again)',
    { ...DNS_TEMP, recipient: 'bob@example.net' },
  ],
  [
    '[dns] Postfix NXDOMAIN for a mistyped domain',
    postfixText(
      'bob@exmaple.com',
      'Host or domain name not found. Name service error for name=exmaple.com type=A: Host not found',
    ),
    { ...NOT_FOUND_DOMAIN, recipient: 'bob@exmaple.com' },
  ],
  [
    '[dns] Postfix mail loops back to myself',
    postfixText('info@example.com', 'mail for example.com loops back to myself'),
    {
      cause: ['mail-loop', 'no-mx', 'not-accepting-mail'],
      reason: ['networkerror', 'systemerror', 'mailererror', 'notaccept'],
    },
  ],
  [
    '[dns] Postfix null MX',
    postfixText('noreply@example.net', 'Domain example.net does not accept mail (nullMX)'),
    { cause: 'null-mx', reason: 'notaccept', recipient: 'noreply@example.net' },
  ],
  [
    '[dns] Exim unrouteable address',
    eximText('bob@example.invalid', 'Unrouteable address'),
    { ...NOT_FOUND_DOMAIN, recipient: 'bob@example.invalid' },
  ],
  [
    '[dns] Exim all relevant MX records point to non-existent hosts',
    eximText('bob@example.net', 'all relevant MX records point to non-existent hosts'),
    {
      cause: ['no-mx', 'domain-not-found', 'not-accepting-mail'],
      reason: ['notaccept', 'hostunknown'],
      side: 'recipient',
    },
  ],
  [
    '[dns] Exchange DNS query failed ErrorRetry',
    '451 4.4.0 DNS query failed. The error was: DNS query failed with error ErrorRetry',
    DNS_TEMP,
  ],
  [
    '[dns] Exchange Online nonexistent domain',
    lines(
      'Delivery has failed to these recipients or groups:',
      '',
      'bob@example-shop.invalid',
      "The email address you entered couldn't be found.",
      '',
      'Diagnostic information for administrators:',
      '',
      'Generating server: AM9PR01MB7342.eurprd01.prod.outlook.com',
      '',
      'bob@example-shop.invalid',
      "Remote Server returned '550 5.4.310 DNS domain example-shop.invalid does not exist [Message=InfoDomainNonexistent] [LastAttemptedServerName=example-shop.invalid] [AM9PR01MB7342.eurprd01.prod.outlook.com]'",
    ),
    { ...NOT_FOUND_DOMAIN, recipient: 'bob@example-shop.invalid', status: '5.4.310' },
  ],
];

// ---------------------------------------------------------------------------------------------------------
// [isp] ISPs outside the US/EU core: Canada (Rogers on Yahoo, Bell, Shaw), Australia (Telstra, Optus),
// Brazil (UOL, Terra), India (Rediffmail), and the US cable ISPs' codes (Cox, Spectrum).
const ISP: RealWorldCase[] = [
  [
    '[isp] Rogers on Yahoo no such account',
    "554 delivery error: dd This user doesn't have a rogers.com account (jsmith@rogers.com) [0] - mta4019.mail.bf1.yahoo.com",
    { ...USER_UNKNOWN, recipient: 'jsmith@rogers.com', provider: /yahoo/i },
  ],
  [
    '[isp] Cox AUP#CXBL',
    '554 5.7.1 cox.net rejected: 203.0.113.7 is blocked. For assistance, forward this error to unblock.request@cox.net AUP#CXBL',
    { ...IP_BLOCK, sendingIp: '203.0.113.7' },
  ],
  [
    '[isp] Cox AUP#CXDNS no reverse DNS',
    '554 5.7.1 cox.net rejected: 203.0.113.7 has no reverse DNS AUP#CXDNS',
    { cause: 'reverse-dns-missing', reason: 'requireptr', side: 'sender' },
  ],
  [
    '[isp] Spectrum IP blocked AUP',
    '554 5.7.1 - ERROR: Mail refused - <203.0.113.7> - See https://www.spectrum.net/support/internet/understanding-email-error-codes for more information. AUP#1000',
    { ...IP_REPUTATION, sendingIp: '203.0.113.7' },
  ],
  [
    '[isp] Telstra Bigpond blocked sender IP',
    postfixText(
      'mary.jones@bigpond.com',
      'host bigpond-com.mail.protection.outlook.com[52.101.68.1] said: 550 5.7.606 Access denied, banned sending IP [203.0.113.7]. To request removal from this list please visit https://sender.office.com/ and follow the directions. For more information please go to http://go.microsoft.com/fwlink/?LinkID=526655 AS(1430) (in reply to RCPT TO command)',
    ),
    { ...IP_REPUTATION, recipient: 'mary.jones@bigpond.com' },
  ],
  [
    '[isp] UOL Portuguese mailbox full',
    '552 5.2.2 A caixa postal do destinatario esta cheia / Mailbox full (uol.com.br)',
    MAILBOX_FULL,
  ],
  [
    '[isp] Terra Portuguese unknown user',
    '550 5.1.1 <joao@terra.com.br>: Usuario desconhecido / User unknown',
    { ...USER_UNKNOWN, recipient: 'joao@terra.com.br' },
  ],
  [
    '[isp] Rediffmail user does not exist',
    'SMTP error from remote mail server after RCPT TO:<ravi.k@rediffmail.com>:\n    550 5.1.1 Recipient address rejected: ravi.k@rediffmail.com: User does not exist',
    { ...USER_UNKNOWN, recipient: 'ravi.k@rediffmail.com' },
  ],
];

// ---------------------------------------------------------------------------------------------------------
// [sms] Mail to carriers' email-to-SMS/MMS gateways (alerting systems still send there).
const SMS: RealWorldCase[] = [
  [
    '[sms] AT&T email-to-text discontinued',
    postfixText(
      '5551234567@txt.att.net',
      'host txt.att.net[144.160.159.21] said: 550 5.7.1 This service is no longer supported. AT&T has discontinued email-to-text (in reply to RCPT TO command)',
    ),
    { ...GATEWAY_GONE, recipient: '5551234567@txt.att.net' },
  ],
  [
    '[sms] Sprint gateway domain gone',
    postfixText(
      '5559876543@messaging.sprintpcs.com',
      'Host or domain name not found. Name service error for name=messaging.sprintpcs.com type=A: Host not found',
    ),
    { ...NOT_FOUND_DOMAIN, recipient: '5559876543@messaging.sprintpcs.com' },
  ],
  [
    '[sms] Verizon vtext invalid recipient',
    '550 5.1.1 <5552223333@vtext.com>: Recipient address rejected: User unknown',
    { ...USER_UNKNOWN, recipient: '5552223333@vtext.com' },
  ],
  [
    '[sms] T-Mobile gateway rate limit',
    'Dec  4 12:00:09 alerts postfix/smtp[901]: 7A1B2C3D4E: to=<5554445555@tmomail.net>, relay=mx.tmomail.net[198.51.100.80]:25, delay=0.9, dsn=4.7.1, status=deferred (host mx.tmomail.net[198.51.100.80] said: 421 4.7.1 Message rate limit exceeded for this recipient, try again later (in reply to RCPT TO command))',
    {
      cause: ['recipient-rate-limited', 'rate-limited'],
      reason: 'speeding',
      permanent: false,
      recipient: '5554445555@tmomail.net',
    },
  ],
  ['[sms] T-Mobile spam filter', '554 5.7.1 Message blocked by spam filter (tmomail.net)', SPAM],
  [
    '[sms] Verizon MMS message too large',
    '552 5.3.4 Message size exceeds maximum permitted for vzwpix.com',
    TOO_BIG,
  ],
  [
    '[sms] AT&T MMS gateway blocked sender',
    '553 5.7.1 <alerts@example.com>: Sender address rejected: sender blocked by mms.att.net policy',
    {
      cause: ['sender-rejected', 'blocked-by-recipient', 'policy-violation'],
      reason: ['rejected', 'policyviolation'],
    },
  ],
  [
    '[sms] Carrier gateway greylisting',
    '450 4.7.1 <5556667777@mms.cricketwireless.net>: Recipient address rejected: Greylisted, please try again in 300 seconds',
    { ...GREYLIST, permanent: false },
  ],
];

// ---------------------------------------------------------------------------------------------------------
// Step B: more of the three weakest families as first measured (syntax 4/8, scan 7/8, dns 7/8).
const SYNTAX_B: RealWorldCase[] = [
  ['[syntax] Postfix need MAIL command', '503 5.5.1 Error: need MAIL command', SYNTAX],
  [
    '[syntax] Postfix send HELO/EHLO first',
    '503 5.5.1 Error: send HELO/EHLO first',
    {
      cause: ['syntax-error', 'helo-rejected'],
      reason: ['syntaxerror', 'blocked'],
      side: 'sender',
    },
  ],
  ['[syntax] Postfix bad syntax', '500 5.5.2 Error: bad syntax', SYNTAX],
  ['[syntax] Postfix command not recognized', '502 5.5.2 Error: command not recognized', SYNTAX],
  ['[syntax] Postfix unsupported option', '555 5.5.4 Unsupported option: AUTH=<>', SYNTAX],
  [
    '[syntax] Postfix bad sender address syntax',
    postfixText(
      'bob@example.org',
      'host mx.example.org[198.51.100.20] said: 501 5.1.7 Bad sender address syntax (in reply to MAIL FROM command)',
    ),
    { cause: ['syntax-error', 'sender-rejected'], reason: ['syntaxerror', 'rejected'], side: 'sender' },
  ],
  ['[syntax] qmail syntax error', '555 syntax error (#5.5.4)', SYNTAX],
  ['[syntax] Exchange unrecognized command', "500 5.3.3 Unrecognized command 'XEXCH50'", SYNTAX],
  ['[syntax] Exchange need mail command', '503 5.5.2 Need mail command', SYNTAX],
  [
    '[syntax] Exchange invalid domain name in EHLO',
    '501 5.5.4 Invalid domain name',
    {
      cause: ['syntax-error', 'helo-rejected'],
      reason: ['syntaxerror', 'blocked'],
      side: 'sender',
    },
  ],
  [
    '[syntax] Exim malformed address',
    'SMTP error from remote mail server after RCPT TO:<bob@@example.org>:\n    501 <bob@@example.org>: malformed address: @example.org> may not follow <bob@',
    {
      cause: ['syntax-error', 'user-unknown'],
      reason: ['syntaxerror', 'userunknown'],
      side: 'sender',
    },
  ],
  [
    '[syntax] Postfix HELO needs a fully-qualified hostname',
    '504 5.5.2 <localhost>: Helo command rejected: need fully-qualified hostname',
    {
      cause: 'helo-rejected',
      reason: ['blocked', 'syntaxerror'],
      side: 'sender',
    },
  ],
  [
    '[syntax] Sendmail syntax error in parameters',
    '501 5.5.2 Syntax error in parameters scanning "TO"',
    SYNTAX,
  ],
];

const SCAN_B: RealWorldCase[] = [
  [
    '[scan] HP MFP cannot connect to the SMTP server',
    lines(
      'Scan to Email',
      'Unable to connect to the SMTP server smtp.office365.com. Verify the server address and port number (587) and try again.',
    ),
    SUBMISSION,
  ],
  [
    '[scan] Ricoh SMTP authentication failed',
    lines(
      'Transmission Result: Error',
      'Authentication with the SMTP server has failed. Check the SMTP authentication user name and password.',
    ),
    AUTH_REQUIRED,
  ],
  [
    '[scan] Konica Minolta SMTP connection timeout',
    'Job result: Failed (SMTP server connection error: timed out connecting to smtp.example.com:25)',
    SUBMISSION,
  ],
  [
    '[scan] QNAP notification SendAs denied 5.7.60',
    'Failed to send test e-mail. SMTP error: 550 5.7.60 SMTP; Client does not have permissions to send as this sender',
    {
      cause: 'from-not-permitted',
      reason: ['rejected', 'securityerror'],
      side: 'sender',
    },
  ],
  [
    '[scan] camera DVR Gmail app password required',
    lines(
      'Email test failed:',
      '534-5.7.9 Application-specific password required. Learn more at',
      '534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor 41be03b00d2f7-7fc4e1b2c3dsm123456a12.44 - gsmtp',
    ),
    AUTH_REQUIRED,
  ],
  [
    '[scan] Microsoft 365 authentication unsuccessful 5.7.3',
    'SMTP test failed: 535 5.7.3 Authentication unsuccessful [PA7P264CA0101.FRAP264.PROD.OUTLOOK.COM 2026-12-04T10:01:02.555Z 08DD0000AAAA1111]',
    AUTH_REQUIRED,
  ],
  [
    '[scan] Gmail authentication required from a printer',
    lines(
      'Send failed: 530-5.7.0 Authentication Required. For more information, go to',
      '530 5.7.0  https://support.google.com/mail/?p=WantAuthError 5b1f17b1804b1-434a1b2c3d4sm12345675e9.1 - gsmtp',
    ),
    AUTH_REQUIRED,
  ],
  [
    '[scan] Microsoft 365 connector relay access denied 5.7.64',
    '550 5.7.64 TenantAttribution; Relay Access Denied [DB5EUR03FT012.eop-EUR03.prod.protection.outlook.com]',
    {
      cause: ['relay-not-authorised', 'relay-denied'],
      reason: 'norelaying',
      side: 'sender',
    },
  ],
  [
    '[scan] Exchange unable to relay non-accepted domain 5.7.54',
    'SMTP error 550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain',
    RELAY,
  ],
  [
    '[scan] copier TLS handshake failure',
    lines(
      'Scan to E-mail error',
      'Failed to establish a secure (TLS) connection with the SMTP server smtp.example.com. The server certificate or TLS version is not supported by the device.',
    ),
    {
      cause: ['tls-failed', 'tls-outdated', 'submission-unreachable'],
      reason: ['securityerror', 'networkerror'],
      side: 'sender',
    },
  ],
];

const DNS_B: RealWorldCase[] = [
  [
    '[dns] Sendmail host unknown',
    '550 5.1.2 <bob@exampel.org>... Host unknown (Name server: exampel.org: host not found)',
    {
      ...NOT_FOUND_DOMAIN,
      recipient: 'bob@exampel.org',
    },
  ],
  [
    '[dns] Sendmail name server lookup failure deferral',
    'Dec  4 09:30:12 relay sm-mta[3010]: 4B49UCx3003010: to=<bob@example.net>, delay=00:00:10, xdelay=00:00:00, mailer=esmtp, pri=120456, relay=example.net., dsn=4.4.3, stat=Deferred: Name server: example.net.: host name lookup failure',
    {
      ...DNS_TEMP,
      recipient: 'bob@example.net',
    },
  ],
  [
    '[dns] Exim host lookup did not complete',
    '2026-12-04 09:31:40 1tQkZr-0003xP-1F == bob@example.net R=dnslookup defer (-1): host lookup did not complete',
    {
      ...DNS_TEMP,
      recipient: 'bob@example.net',
    },
  ],
  [
    '[dns] Postfix malformed name server reply',
    'Dec  4 09:32:01 mail postfix/smtp[1313]: 9D8E7F6A5B: to=<bob@example.net>, relay=none, delay=0.2, dsn=4.4.3, status=deferred (Host or domain name not found. Name service error for name=example.net type=MX: Malformed or unexpected name server reply)',
    {
      ...DNS_TEMP,
      recipient: 'bob@example.net',
    },
  ],
  [
    '[dns] Postfix MX host without address',
    postfixText(
      'bob@example.net',
      'Host or domain name not found. Name service error for name=mx1.example.net type=AAAA: Host found but no data record of requested type',
    ),
    {
      cause: ['no-mx', 'dns-failure', 'domain-not-found', 'not-accepting-mail'],
      reason: ['notaccept', 'networkerror', 'hostunknown'],
    },
  ],
  [
    '[dns] Exchange Online DNS query failed ServerFailure',
    '450 4.4.312 DNS query failed. The error was: DNS query failed with error ServerFailure',
    DNS_TEMP,
  ],
  [
    '[dns] Exchange on-premises nonexistent domain',
    '550 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain',
    NOT_FOUND_DOMAIN,
  ],
  [
    '[dns] Postfix TLSA lookup error',
    'Dec  4 09:40:00 mail postfix/smtp[1414]: 1A2B3C4D5E: to=<bob@example.net>, relay=none, delay=301, dsn=4.7.5, status=deferred (TLSA lookup error for mx1.example.net:25)',
    {
      cause: ['dns-failure', 'recipient-tls-invalid'],
      reason: ['networkerror', 'securityerror'],
      permanent: false,
      recipient: 'bob@example.net',
    },
  ],
];

// ---------------------------------------------------------------------------------------------------------
// Second batch, written after the fixes: the same three families in other wordings.
const SECOND: RealWorldCase[] = [
  ['[syntax] Sendmail HTTP spoken to port 25', '500 5.5.1 Command unrecognized: "GET / HTTP/1.1"', SYNTAX],
  ['[syntax] Exchange invalid arguments', '501 5.5.4 Invalid arguments', SYNTAX],
  [
    '[syntax] Gmail unrecognized command',
    lines(
      '502-5.5.1 Unrecognized command. For more information, go to',
      '502 5.5.1  https://support.google.com/a/answer/3221692 5b1f17b1804b1-434b1c2d3e4sm123456f09.3 - gsmtp',
    ),
    { ...SYNTAX, replyCode: 502 },
  ],
  ['[syntax] qmail MAIL first', '503 MAIL first (#5.5.1)', SYNTAX],
  [
    '[syntax] Exim valid RCPT must precede DATA',
    lines(
      'SMTP error from remote mail server after pipelined DATA:',
      '    503-All RCPT commands were rejected with this error:',
      '    503-550 Unknown user',
      '    503 Valid RCPT command must precede DATA',
    ),
    { cause: ['user-unknown', 'syntax-error'], reason: ['userunknown', 'syntaxerror'] },
  ],
  [
    '[scan] Sharp MFP authentication failed with SMTP server',
    lines(
      'Scan to E-mail: Send Error',
      'Authentication failed with the SMTP server. Check the user name and password.',
    ),
    AUTH_REQUIRED,
  ],
  [
    '[scan] Kyocera error 1102 SMTP authentication',
    'Error 1102: Sending failed. SMTP authentication failed (check the login user name and password).',
    AUTH_REQUIRED,
  ],
  [
    '[scan] pfSense notification could not start TLS',
    'Could not send the message to smtp.example.com -- Error: could not start TLS connection encryption protocol',
    {
      cause: ['tls-failed', 'starttls-not-used', 'submission-unreachable'],
      reason: ['securityerror', 'failedstarttls', 'networkerror'],
      // Our case error: tls-failed is 'either' in the catalogue; a client's handshake is checked for cause and
      // reason only (as in round 19).
    },
  ],
  [
    '[scan] Microsoft 365 scanner account banned for spam',
    '550 5.7.501 Service unavailable. Spam abuse detected from IP range. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653. Access denied, spam abuse detected. The sending account has been banned due to detected spam activity.',
    {
      cause: 'sender-account-blocked',
      reason: ['rejected', 'blocked', 'securityerror', 'spamdetected'],
      side: 'sender',
    },
  ],
  [
    '[scan] IIS SMTP relay for devices unable to relay',
    'Scan failed: 550 5.7.1 Unable to relay for bob@example.net',
    RELAY,
  ],
  [
    '[dns] Postfix return after Host not found try again',
    postfixText(
      'bob@example.net',
      'delivery temporarily suspended: Host or domain name not found. Name service error for name=example.net type=MX: Host not found, try again',
    ),
    // Our case error: written as a deferral, but under the failure notice's head it is the message given up.
    {
      cause: ['dns-failure', 'delivery-expired'],
      reason: ['networkerror', 'expired'],
      permanent: true,
      recipient: 'bob@example.net',
    },
  ],
  [
    '[dns] Exchange Online expired after DNS query failed',
    lines(
      'Delivery has failed to these recipients or groups:',
      '',
      'bob@example.net',
      "Your message couldn't be delivered. Despite repeated attempts to deliver your message, querying the Domain Name System (DNS) for the recipient's domain location information failed.",
      '',
      'Diagnostic information for administrators:',
      '',
      'Generating server: DB9PR01MB7342.eurprd01.prod.exchangelabs.com',
      '',
      'bob@example.net',
      "Remote server returned '550 5.4.300 Message expired -> 451 4.4.312 DNS query failed. The error was: DNS query failed with error ServerFailure'",
    ),
    {
      cause: ['delivery-expired', 'dns-failure'],
      reason: ['expired', 'networkerror'],
      recipient: 'bob@example.net',
    },
  ],
  [
    '[dns] Sendmail domain of sender address does not exist',
    '553 5.1.8 <alice@example.com>... Domain of sender address alice@example.com does not exist',
    { cause: 'sender-domain-invalid', reason: 'rejected', side: 'sender' },
  ],
  [
    '[dns] Postfix recipient domain not found',
    '450 4.1.2 <bob@example.nett>: Recipient address rejected: Domain not found',
    {
      cause: ['domain-not-found', 'recipient-domain-typo', 'dns-failure'],
      reason: ['hostunknown', 'networkerror'],
    },
  ],
  [
    '[dns] Gmail DNS error SERVFAIL',
    lines(
      'Message not delivered',
      "There was a temporary problem delivering your message to bob@example.net. Gmail will retry for 47 more hours. You'll be notified if the delivery fails permanently.",
      '',
      'The response was:',
      '',
      "DNS Error: DNS type 'mx' lookup of example.net responded with code SERVFAIL",
    ),
    { ...DNS_TEMP, recipient: 'bob@example.net' },
  ],
];

export const ROUND_77: RealWorldCase[] = [
  ...CN,
  ...RU,
  ...SCAN,
  ...SYNTAX_CASES,
  ...GROUPWARE,
  ...DNS,
  ...ISP,
  ...SMS,
  ...SYNTAX_B,
  ...SCAN_B,
  ...DNS_B,
];
export const SECOND_BATCH_77: RealWorldCase[] = SECOND;
