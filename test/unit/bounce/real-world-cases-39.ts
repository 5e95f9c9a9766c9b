import type { RealWorldCase } from './real-world-cases.js';
import {
  lines,
  NOT_RFC,
  POLICY,
  PTR,
  postfixNoticeHead,
  SUPPRESSED,
  TOO_BIG,
} from './real-world-expectations.js';

/*
 * A thirty-ninth held-out round: the Sisimai reasons the earlier rounds held least, each in the wordings of many
 * MTAs and providers: systemfull (the whole server's disk or queue), mesgtoobig and exceedlimit (per message, per
 * recipient, per organisation), toomanyconn (concurrency), requireptr (no PTR, mismatch, generic PTR), hasmoved,
 * mailererror (pipe, procmail, maildrop, unknown mailer error), notaccept (null MX, 521, 556), syntaxerror (500,
 * 501, 503 sequence), systemerror (451 4.3.0, temporary local problem, lookup failures), suppressed (ESP lists),
 * norelaying, securityerror (SMTP AUTH, STARTTLS, certificates), policyviolation, contenterror, and the feedback
 * and vacation forms. Written from knowledge of the servers' default texts, none from the development corpus
 * (94 drafted, cut to 73 by dropping wordings earlier rounds already hold), measured before any rule was changed:
 *   round 39  73 cases, 64 right as written (88 %). No case errors found. The 9 wrong: a "generic PTR" refusal
 *             read as connection-rejected (only 'client host rejected' matched); RFC 5321's "551 User not local;
 *             please try <x>" and a placeholder MX's "554 No SMTP service here" read as unknown (onhold);
 *             Sendmail's "503 5.0.0 Need MAIL before RCPT" unknown (5.0.0 says nothing, no sequence words
 *             matched); Exim's "550 Message headers fail syntax check" unknown; Postmark's SMTP "406 Inactive
 *             recipient … a hard bounce, a spam complaint, or was manually suppressed" read as spam-filtered
 *             ('spam complaint'); and three texts not read as a bounce at all: Amazon SES's global-suppression
 *             sentence alone, Gmail's "DNS Error: … returned NULL MX record" line alone, and an older Exim's
 *             "H=host [ip] TLS error on connection (SSL_connect): …" log line (the form wanted "to host").
 *   fixed     as data: reply-phrases.ts: 'generic ptr' / 'generic dns ptr' / 'generic reverse' as reverse DNS,
 *             'user not local' as moved, 'no smtp service here' / 'does not accept smtp' as a host taking no
 *             mail (a new two-phrase rule after null MX), 'headers fail syntax check' as not RFC-compliant,
 *             'need mail before' / 'need rcpt command' / 'need mail command' as a command out of sequence;
 *             esp-api-errors.ts: SES's 'has suppressed sending to this address' and Postmark's 'was manually
 *             suppressed' as suppression refusals (read before the spam words); mta-own-words.ts: Gmail's
 *             "DNS Error: " line as an MTA's own form (with 'null mx', "doesn't receive email" or 'lookup of'),
 *             Exim's TLS-error form also with the host first and no "to host". 72 of 73 right; one stays
 *             knownWrong (the Exim TLS line is read as tls-failed but final: a log line with no code and no
 *             failure mark takes the catalogue's permanence). Corpus 366/383, reply codes 261/274.
 *   then      a second batch (SECOND_BATCH_39: a local mailbox write failing with "No space left on device", Sendmail's
 *             collect write error, RFC 3463's "Message length exceeds administrative limit", Exchange's
 *             SMTPSEND.OverAdvertisedSize, Mimecast's 554 "Message too large", Orange's OFR004_104, a bare
 *             "Too many concurrent connections (10)", IPs without reverse DNS, RFC 3463's "Destination mailbox has
 *             moved, no forwarding address", Postfix pipe's "Command time limit exceeded" and "Command died with
 *             signal 6", a server taking mail for no domain, Sendmail's "Command unrecognized", Gmail's 555 5.5.2,
 *             a 451 4.3.0 internal server error, SendGrid's dropped "Unsubscribed Address", Google Workspace's SMTP
 *             relay refusal, 5.6.1 "Body type not supported", ARF fields pasted alone), written after the fixes
 *             and measured before any change: 18 of 20 right as written. One was our own error, dropped: a NetEase
 *             "550 RP:RDN" written as "no reverse DNS" from memory, a code NetEase's published list does not hold.
 *             Wrong: "Command time limit exceeded: "/usr/local/bin/spamfilter.sh"" read as spam-filtered (the
 *             pipe's own words stood only in the general mailer wording, after 'spam', which the script's path
 *             held). Fixed as data: Postfix's 'command time limit exceeded', 'command died with status' and
 *             'command died with signal' in the decisive mailer-error rule. 19 of 19; 91 of 92 in the round.
 *             Corpus 366/383, reply codes 261/274.
 * Not asserted here, worth its own issue: in "551 User not local; please try <bob@example.net>" the only address,
 * the forward path, is read as the failed recipient.
 */

const mail = (headers: string[], ...body: string[]) => lines(...headers, '', ...body);

const postfixLog = (status: 'bounced' | 'deferred', dsn: string, said: string, stage = 'RCPT TO') =>
  `Dec  3 09:12:44 mail postfix/smtp[28211]: 9B3F21C0A7: to=<bob@example.org>, relay=mx.example.org[192.0.2.25]:25, delay=0.9, delays=0.04/0.01/0.4/0.45, dsn=${dsn}, status=${status} (host mx.example.org[192.0.2.25] said: ${said} (in reply to ${stage} command))`;

const postfixLocal = (status: 'bounced' | 'deferred', dsn: string, relay: string, said: string) =>
  `Dec  3 09:12:44 mx postfix/${relay === 'local' ? 'local' : 'pipe'}[30112]: 5E1A7C2B31: to=<bob@example.org>, relay=${relay}, delay=0.31, delays=0.1/0.01/0/0.2, dsn=${dsn}, status=${status} (${said})`;

const postfixNotice = (...said: string[]) =>
  mail(
    [
      'From: MAILER-DAEMON@mail.example.com (Mail Delivery System)',
      'To: alice@example.com',
      'Subject: Undelivered Mail Returned to Sender',
      'Date: Thu, 3 Dec 2026 09:12:44 +0100 (CET)',
      'Auto-Submitted: auto-replied',
    ],
    ...postfixNoticeHead(),
    ...said,
  );

const eximNotice = (...said: string[]) =>
  mail(
    [
      'From: Mail Delivery System <Mailer-Daemon@mail.example.com>',
      'To: alice@example.com',
      'Subject: Mail delivery failed: returning message to sender',
      'Date: Thu, 03 Dec 2026 09:12:44 +0000',
      'Auto-Submitted: auto-replied',
    ],
    'This message was created automatically by mail delivery software.',
    '',
    'A message that you sent could not be delivered to one or more of its',
    'recipients. This is a permanent error. The following address(es) failed:',
    '',
    ...said,
  );

const SYSTEM_FULL = {
  cause: 'system-full',
  reason: 'systemfull',
  side: 'recipient',
  permanent: false,
} as const;
// A full disk or spool can surface as a write error: the storage, or the system's own failure.
const FULL_OR_ERROR = {
  cause: ['system-full', 'system-error'],
  reason: ['systemfull', 'systemerror'],
  side: 'recipient',
} as const;
const SYSTEM = { cause: 'system-error', reason: 'systemerror', side: 'recipient' } as const;
const BUSY = {
  cause: ['system-error', 'server-unavailable'],
  reason: 'systemerror',
  side: 'recipient',
} as const;
const PER_LIMIT = { cause: 'size-limit-exceeded', reason: 'exceedlimit', side: 'sender' } as const;
const CONN = {
  cause: 'too-many-connections',
  reason: 'toomanyconn',
  side: 'sender',
  permanent: false,
} as const;
const MOVED = { cause: 'recipient-moved', reason: 'hasmoved', side: 'sender', permanent: true } as const;
const MAILER = { cause: 'mailer-error', reason: 'mailererror', side: 'recipient' } as const;
const NULL_MX = { cause: ['null-mx', 'not-accepting-mail'], reason: 'notaccept', permanent: true } as const;
const NOT_ACCEPT = {
  cause: ['not-accepting-mail', 'null-mx'],
  reason: 'notaccept',
  permanent: true,
} as const;
const SYNTAX = { cause: 'syntax-error', reason: 'syntaxerror', side: 'sender' } as const;
const SMTP_AUTH = {
  cause: ['auth-required', 'security-error'],
  reason: 'securityerror',
  side: 'sender',
} as const;
const TLS = {
  cause: ['starttls-not-used', 'recipient-tls-invalid', 'tls-required', 'tls-failed', 'security-error'],
  reason: ['failedstarttls', 'securityerror'],
} as const;
const FEEDBACK = { cause: 'feedback-report', reason: 'feedback' } as const;
const VACATION = { cause: 'auto-reply', reason: 'vacation', side: 'recipient' } as const;

const SYSTEM_FULL_39: RealWorldCase[] = [
  [
    'Postfix smtpd: 452 4.3.1 Insufficient system storage (queue_minfree)',
    postfixLog('deferred', '4.3.1', '452 4.3.1 Insufficient system storage', 'MAIL FROM'),
    { ...SYSTEM_FULL, replyCode: 452, status: '4.3.1', recipient: 'bob@example.org' },
  ],
  [
    'Exchange back pressure: 452 4.3.1 Insufficient system resources (UsedDiskSpace)',
    '452 4.3.1 Insufficient system resources (UsedDiskSpace[C:\\Program Files\\Microsoft\\Exchange Server\\V15\\TransportRoles\\data\\Queue])',
    {
      cause: ['system-full', 'server-unavailable'],
      reason: ['systemfull', 'systemerror'],
      side: 'recipient',
      permanent: false,
      replyCode: 452,
      status: '4.3.1',
    },
  ],
  [
    'Sendmail: 452 4.4.5 Insufficient disk space; try again later',
    '452 4.4.5 Insufficient disk space; try again later',
    { ...SYSTEM_FULL, replyCode: 452, status: '4.4.5' },
  ],
  [
    'Exim check_spool_space: 452 Space shortage, please try later',
    '452 Space shortage, please try later',
    { ...SYSTEM_FULL, replyCode: 452 },
  ],
  [
    'qmail: qq write error or disk full (#4.3.0)',
    '451 qq write error or disk full (#4.3.0)',
    { ...FULL_OR_ERROR, permanent: false, replyCode: 451, status: '4.3.0' },
  ],
  [
    'Courier/Cyrus: 452 4.3.1 Mail system full',
    '452 4.3.1 Mail system full',
    { ...SYSTEM_FULL, replyCode: 452, status: '4.3.1' },
  ],
  [
    'Postfix notice: deferred for 5 days with 452 4.3.1 Insufficient system storage',
    postfixNotice(
      '<bob@example.org>: host mx.example.org[192.0.2.25] said: 452 4.3.1 Insufficient',
      '    system storage (in reply to MAIL FROM command)',
    ),
    {
      cause: 'system-full',
      reason: 'systemfull',
      side: 'recipient',
      recipient: 'bob@example.org',
      replyCode: 452,
      status: '4.3.1',
    },
  ],
];

const SIZE_39: RealWorldCase[] = [
  [
    'qmail: 552 sorry, that message size exceeds my databytes limit (#5.3.4)',
    '552 sorry, that message size exceeds my databytes limit (#5.3.4)',
    { ...TOO_BIG, replyCode: 552, status: '5.3.4' },
  ],
  [
    'Microsoft 365: 550 5.2.3 RESOLVER.RST.RecipSizeLimit (per recipient)',
    '550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient',
    { ...PER_LIMIT, replyCode: 550, status: '5.2.3' },
  ],
  [
    'Microsoft 365: 550 5.2.3 RESOLVER.RST.SendSizeLimit.Org (organisation limit)',
    '550 5.2.3 RESOLVER.RST.SendSizeLimit.Org; message too large for this organization',
    { ...PER_LIMIT, replyCode: 550, status: '5.2.3' },
  ],
  [
    'Sendmail: 552 5.2.3 Message exceeds maximum fixed size',
    '552 5.2.3 Message exceeds maximum fixed size (10485760)',
    { ...PER_LIMIT, replyCode: 552, status: '5.2.3' },
  ],
  [
    'Exchange on-premises NDR: RecipSizeLimit in the diagnostic block',
    lines(
      'Delivery has failed to these recipients or groups:',
      '',
      'bob@example.org',
      "The message couldn't be delivered because it's larger than the recipient's limit.",
      '',
      'Diagnostic information for administrators:',
      '',
      'Generating server: EX01.example.org',
      '',
      'bob@example.org',
      '#550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient ##',
    ),
    { ...PER_LIMIT, recipient: 'bob@example.org', status: '5.2.3' },
  ],
  [
    'Zoho: 552 5.3.4 Message size exceeds the maximum limit',
    '552 5.3.4 Message size exceeds the maximum limit of 25MB',
    { ...TOO_BIG, replyCode: 552, status: '5.3.4' },
  ],
  [
    "Exim notice: message too big for the remote host's SIZE",
    eximNotice(
      '  bob@example.org',
      '    host mx.example.org [192.0.2.25]',
      '    SMTP error from remote mail server after MAIL FROM:<alice@example.com> SIZE=31457280:',
      '    552 5.3.4 Message size exceeds fixed maximum message size',
    ),
    { ...TOO_BIG, recipient: 'bob@example.org', replyCode: 552, status: '5.3.4' },
  ],
];

const CONNECTIONS_39: RealWorldCase[] = [
  [
    'Exim smtp_accept_max_per_host: too many concurrent SMTP connections',
    '421 Too many concurrent SMTP connections from this IP address; please try again later.',
    { ...CONN, replyCode: 421 },
  ],
  [
    'Sendmail conncontrol: 421 4.3.2 Too many open connections.',
    '421 4.3.2 Too many open connections.',
    { ...CONN, replyCode: 421, status: '4.3.2' },
  ],
  [
    'Exchange: maximum number of concurrent server connections exceeded',
    '421 4.3.2 The maximum number of concurrent server connections has exceeded a limit, closing transmission channel',
    { ...CONN, replyCode: 421, status: '4.3.2' },
  ],
  [
    'Mimecast: too many concurrent connections from your IP',
    '421 [ESMTP] Too many concurrent connections from your IP 203.0.113.7 - please retry later',
    { ...CONN, replyCode: 421 },
  ],
  [
    'Postfix log: the receiver limits connections per client ("too many connections")',
    postfixLog(
      'deferred',
      '4.7.0',
      '421 4.7.0 mx.example.org Error: too many connections from 203.0.113.7',
      'EHLO',
    ),
    { ...CONN, recipient: 'bob@example.org', replyCode: 421 },
  ],
];

const PTR_39: RealWorldCase[] = [
  [
    'Gmail 5.7.25: no PTR record or the forward name does not point back',
    lines(
      '550-5.7.25 [203.0.113.7] The IP address sending this message does not have a',
      '550-5.7.25 PTR record setup, or the corresponding forward DNS entry does not',
      '550-5.7.25 point to the sending IP. As a policy, Gmail does not accept messages',
      '550-5.7.25 from IPs with missing PTR records. For more information, go to',
      '550 5.7.25  https://support.google.com/mail/answer/81126#ip-practices a1si1234567pfb.99 - gsmtp',
    ),
    { ...PTR, provider: /google|gmail/i, replyCode: 550, status: '5.7.25' },
  ],
  [
    'Exim verify = reverse_host_lookup',
    '550 Reverse DNS lookup failed for host 203.0.113.7.',
    { ...PTR, replyCode: 550 },
  ],
  [
    'Sendmail require_rdns: Fix reverse DNS',
    '550 5.7.1 Fix reverse DNS for 203.0.113.7',
    { ...PTR, replyCode: 550, status: '5.7.1' },
  ],
  [
    'Mimecast: Reverse DNS lookup failed',
    '550 Reverse DNS lookup failed - https://community.mimecast.com/docs/DOC-1369#550 [abcDEF12345.uk12]',
    { ...PTR, replyCode: 550 },
  ],
  [
    'FCrDNS mismatch: the PTR name does not resolve back to the IP',
    "550 5.7.1 Client host rejected: the reverse DNS name mail.example.com of 203.0.113.7 doesn't resolve back to it",
    { ...PTR, replyCode: 550 },
  ],
  [
    'Generic PTR: dynamic-looking reverse name refused',
    "554 5.7.1 Client host rejected: generic PTR (203-0-113-7.dyn.example.net); use your provider's smarthost or set a proper PTR",
    {
      cause: ['reverse-dns-missing', 'ip-blocklisted', 'ip-reputation'],
      reason: ['requireptr', 'blocked', 'badreputation'],
      side: 'sender',
      replyCode: 554,
    },
  ],
  [
    'Postfix log: the receiver cannot find our hostname',
    postfixLog(
      'deferred',
      '4.7.25',
      '450 4.7.25 Client host rejected: cannot find your hostname, [203.0.113.7]',
    ),
    { ...PTR, permanent: false, recipient: 'bob@example.org', replyCode: 450, status: '4.7.25' },
  ],
];

const MOVED_39: RealWorldCase[] = [
  [
    'Postfix relocated_maps: 550 5.1.6 User has moved to',
    '550 5.1.6 <bob@example.org>: Recipient address rejected: User has moved to bob@example.net',
    { ...MOVED, replyCode: 550, status: '5.1.6', recipient: 'bob@example.org' },
  ],
  [
    'Sendmail redirect feature: 551 User has moved; please try',
    '551 5.1.1 <bob@example.org>... User has moved; please try <bob@example.net>',
    { ...MOVED, replyCode: 551 },
  ],
  [
    'RFC 5321: 551 User not local; please try',
    '551 User not local; please try <bob@example.net>',
    {
      cause: ['recipient-moved', 'user-unknown'],
      reason: ['hasmoved', 'userunknown'],
      replyCode: 551,
    },
  ],
  [
    'Address replaced by a new one (5.1.6)',
    '550 5.1.6 The address bob@example.org has been replaced by bob@example.net',
    { ...MOVED, replyCode: 550, status: '5.1.6' },
  ],
];

const MAILER_39: RealWorldCase[] = [
  [
    'Postfix pipe: Command died with status 1 (a script)',
    postfixLocal(
      'bounced',
      '5.3.0',
      'helpdesk',
      'Command died with status 1: "/usr/local/bin/ticket-import". Command output: ticket-import: cannot connect to database',
    ),
    { ...MAILER, recipient: 'bob@example.org' },
  ],
  [
    'Postfix local: procmail failed (Command died with status 73)',
    postfixLocal(
      'deferred',
      '4.3.0',
      'local',
      'temporary failure. Command output: procmail: Couldn\'t create "/var/mail/bob"',
    ),
    { ...MAILER, permanent: false },
  ],
  [
    'Postfix local: maildrop dot-lock (status 75)',
    postfixLocal(
      'deferred',
      '4.3.0',
      'local',
      'Command died with status 75: "/usr/bin/maildrop". Command output: maildrop: Unable to create a dot-lock.',
    ),
    { ...MAILER, permanent: false },
  ],
  [
    'Sendmail: 554 5.3.0 unknown mailer error 1',
    '554 5.3.0 unknown mailer error 1',
    { ...MAILER, replyCode: 554, status: '5.3.0' },
  ],
  [
    "Exim notice: the pipe transport's program failed",
    eximNotice(
      '  pipe to |/usr/local/bin/autoresponder',
      '    generated by bob@example.org',
      '    local delivery failed',
      '',
      'The following text was generated during the delivery attempt:',
      '',
      '------ pipe to |/usr/local/bin/autoresponder',
      '       generated by bob@example.org ------',
      '',
      'Child process of address_pipe transport returned 69 (could mean service or program unavailable) from command:',
      '/usr/local/bin/autoresponder',
    ),
    MAILER,
  ],
  [
    'Postfix: mail for <domain> loops back to myself',
    postfixLocal('bounced', '5.4.6', 'none', 'mail for example.org loops back to myself'),
    {
      cause: ['mail-loop', 'system-error'],
      reason: ['networkerror', 'systemerror'],
      recipient: 'bob@example.org',
      status: '5.4.6',
    },
  ],
  [
    'Sendmail: config error: mail loops back to me (MX problem?)',
    '553 5.3.5 mx.example.org. config error: mail loops back to me (MX problem?)',
    {
      cause: ['mail-loop', 'system-error'],
      reason: ['networkerror', 'systemerror'],
      replyCode: 553,
      status: '5.3.5',
    },
  ],
];

const NOT_ACCEPT_39: RealWorldCase[] = [
  [
    'Postfix: the domain does not accept mail (nullMX)',
    postfixLocal('bounced', '5.1.10', 'none', 'Domain example.org does not accept mail (nullMX)'),
    { ...NULL_MX, recipient: 'bob@example.org', status: '5.1.10' },
  ],
  [
    'Exim: an MX or SRV record indicated no SMTP service',
    eximNotice('  bob@example.org', '    an MX or SRV record indicated no SMTP service'),
    { ...NULL_MX, recipient: 'bob@example.org' },
  ],
  [
    'RFC 7504: 521 5.3.2 host does not accept mail',
    '521 5.3.2 mx.example.org does not accept mail',
    { ...NOT_ACCEPT, replyCode: 521, status: '5.3.2' },
  ],
  [
    'A dummy MX: 554 No SMTP service here',
    '554 mx.example.org No SMTP service here',
    { ...NOT_ACCEPT, replyCode: 554 },
  ],
  [
    "Gmail: the domain doesn't receive email (NULL MX)",
    "DNS Error: The domain example.org doesn't receive email according to the administrator's returned NULL MX record.",
    NULL_MX,
  ],
];

const SYNTAX_39: RealWorldCase[] = [
  [
    'Postfix: 500 5.5.2 Error: bad syntax',
    '500 5.5.2 Error: bad syntax',
    { ...SYNTAX, replyCode: 500, status: '5.5.2' },
  ],
  [
    'Postfix: 501 5.5.4 Syntax: MAIL FROM:<address>',
    postfixLog('bounced', '5.5.4', '501 5.5.4 Syntax: MAIL FROM:<address>', 'MAIL FROM'),
    { ...SYNTAX, replyCode: 501, status: '5.5.4' },
  ],
  [
    'Postfix: 503 5.5.1 Error: need RCPT command',
    '503 5.5.1 Error: need RCPT command',
    { ...SYNTAX, replyCode: 503, status: '5.5.1' },
  ],
  [
    'Sendmail: 503 5.0.0 Need MAIL before RCPT',
    '503 5.0.0 Need MAIL before RCPT',
    { ...SYNTAX, replyCode: 503 },
  ],
  [
    'Exchange: 503 5.5.1 Bad sequence of commands',
    '503 5.5.1 Bad sequence of commands',
    { ...SYNTAX, replyCode: 503, status: '5.5.1' },
  ],
  [
    'qmail: 555 syntax error (#5.5.4)',
    '555 syntax error (#5.5.4)',
    { ...SYNTAX, replyCode: 555, status: '5.5.4' },
  ],
  [
    'Command line too long: 500 5.5.0 Line too long',
    '500 5.5.0 Line too long',
    {
      cause: ['syntax-error', 'not-rfc-compliant', 'content-error'],
      reason: ['syntaxerror', 'notcompliantrfc', 'contenterror'],
      side: 'sender',
      replyCode: 500,
    },
  ],
];

const SYSTEM_ERROR_39: RealWorldCase[] = [
  [
    'Postfix cleanup: 451 4.3.0 Error: queue file write error',
    '451 4.3.0 Error: queue file write error',
    { ...FULL_OR_ERROR, permanent: false, replyCode: 451, status: '4.3.0' },
  ],
  [
    'RFC 5321: 451 Requested action aborted: local error in processing',
    '451 4.3.0 Requested action aborted: local error in processing',
    { ...SYSTEM, permanent: false, replyCode: 451, status: '4.3.0' },
  ],
  [
    'Postfix: 451 4.3.5 Server configuration problem',
    '451 4.3.5 Server configuration problem',
    { ...SYSTEM, permanent: false, replyCode: 451, status: '4.3.5' },
  ],
  [
    'Dovecot LMTP: 451 4.3.0 Temporary internal error',
    '451 4.3.0 <bob@example.org> Temporary internal error',
    { ...SYSTEM, permanent: false, replyCode: 451, recipient: 'bob@example.org' },
  ],
  [
    'Gmail: 451-4.3.0 Mail server temporarily rejected message',
    lines(
      '451-4.3.0 Mail server temporarily rejected message. For more information, go to',
      '451 4.3.0  https://support.google.com/a/answer/3221692 s12si3456789qkb.201 - gsmtp',
    ),
    { ...BUSY, permanent: false, provider: /google|gmail/i, replyCode: 451 },
  ],
  [
    'Exchange: 432 4.3.2 STOREDRV.Deliver; mailbox server is too busy',
    '432 4.3.2 STOREDRV.Deliver; mailbox server is too busy',
    { ...BUSY, permanent: false, replyCode: 432, status: '4.3.2' },
  ],
];

const SUPPRESSED_39: RealWorldCase[] = [
  [
    'Amazon SES: on the account-level suppression list (bounce notification JSON)',
    '{"notificationType":"Bounce","bounce":{"feedbackId":"0100018c-abcd","bounceType":"Permanent","bounceSubType":"OnAccountSuppressionList","bouncedRecipients":[{"emailAddress":"bob@example.org","action":"failed","status":"5.1.1","diagnosticCode":"Amazon SES did not send the message to this address because it is on the suppression list for your account."}],"timestamp":"2026-12-03T09:12:44.000Z","reportingMTA":"dns; amazonses.com"},"mail":{"source":"alice@example.com","destination":["bob@example.org"]}}',
    { ...SUPPRESSED, recipient: 'bob@example.org' },
  ],
  [
    'Amazon SES: global suppression list (Suppressed subtype)',
    'Amazon SES has suppressed sending to this address because it has a recent history of bouncing as an invalid address.',
    SUPPRESSED,
  ],
  [
    'SendGrid: dropped event, Bounced Address',
    '{"email":"bob@example.org","timestamp":1764753164,"event":"dropped","reason":"Bounced Address","sg_event_id":"ZHJvcC0xMjM","sg_message_id":"xyz789.filter0002.1.2.0"}',
    { ...SUPPRESSED, recipient: 'bob@example.org' },
  ],
  [
    'Mandrill: rejected, reject_reason hard-bounce (send API answer)',
    '[{"email":"bob@example.org","status":"rejected","reject_reason":"hard-bounce","_id":"abc123def456"}]',
    { ...SUPPRESSED, recipient: 'bob@example.org' },
  ],
  [
    'Postmark: 406 inactive recipient (SMTP reply)',
    '406 Inactive recipient - bob@example.org has generated a hard bounce, a spam complaint, or was manually suppressed',
    {
      cause: ['suppressed', 'unknown'],
      reason: ['suppressed', 'onhold'],
      side: 'sender',
    },
  ],
];

const RELAY_39: RealWorldCase[] = [
  [
    'Microsoft 365: 550 5.7.64 TenantAttribution; Relay Access Denied',
    '550 5.7.64 TenantAttribution; Relay Access Denied [DM6NAM12FT012.eop-nam12.prod.protection.outlook.com]',
    {
      cause: ['relay-not-authorised', 'relay-denied'],
      reason: 'norelaying',
      replyCode: 550,
      status: '5.7.64',
    },
  ],
  [
    'Sendmail: Relaying denied. Proper authentication required.',
    '550 5.7.1 <bob@example.org>... Relaying denied. Proper authentication required.',
    {
      cause: ['relay-not-authorised', 'relay-denied', 'auth-required'],
      reason: ['norelaying', 'securityerror'],
      replyCode: 550,
    },
  ],
];

const SECURITY_39: RealWorldCase[] = [
  [
    'Postfix SASL: 535 5.7.8 Error: authentication failed',
    '535 5.7.8 Error: authentication failed: authentication failure',
    { ...SMTP_AUTH, replyCode: 535, status: '5.7.8' },
  ],
  [
    'Postfix smtpd: 454 4.7.0 TLS not available due to local problem',
    '454 4.7.0 TLS not available due to local problem',
    { ...TLS, permanent: false, replyCode: 454, status: '4.7.0' },
  ],
  [
    'Exim log: TLS certificate verify failed toward the MX',
    '2026-12-03 09:12:44 1vQ3aB-000Abc-7Z H=mx.example.org [192.0.2.25] TLS error on connection (SSL_connect): error:0A000086:SSL routines::certificate verify failed',
    {
      ...TLS,
      permanent: false,
      knownWrong:
        'read as tls-failed, but final: a log line with no reply code and no failure mark takes the catalogue default (permanent), where Exim defers and retries after a TLS error',
    },
  ],
];

const POLICY_CONTENT_39: RealWorldCase[] = [
  [
    'Microsoft 365 transport rule: TRANSPORT.RULES.RejectMessage',
    '550 5.7.1 TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy',
    { ...POLICY, replyCode: 550, status: '5.7.1' },
  ],
  [
    'Proofpoint: Message blocked due to organizational policy',
    '550 5.7.1 Message blocked due to organizational policy',
    POLICY,
  ],
  [
    'Gmail: 552-5.7.0 content presents a potential security issue (attachment)',
    lines(
      '552-5.7.0 This message was blocked because its content presents a potential',
      '552-5.7.0 security issue. Please visit',
      '552-5.7.0  https://support.google.com/mail/?p=BlockedMessage to review our',
      '552 5.7.0 message content and attachment content guidelines. a1si98765qtb.4 - gsmtp',
    ),
    {
      cause: ['policy-violation', 'virus-found', 'content-filtered', 'spam-filtered'],
      reason: ['policyviolation', 'virusdetected', 'contenterror', 'filtered', 'spamdetected'],
      replyCode: 552,
      status: '5.7.0',
    },
  ],
  [
    'Exim: 550 Message headers fail syntax check',
    '550 Message headers fail syntax check',
    { ...NOT_RFC, replyCode: 550 },
  ],
  [
    'Content error: 554 5.6.0 invalid MIME structure',
    '554 5.6.0 Message rejected: invalid MIME structure',
    { ...NOT_RFC, replyCode: 554, status: '5.6.0' },
  ],
];

const NOT_BOUNCES_39: RealWorldCase[] = [
  [
    'ARF abuse report (feedback loop)',
    mail(
      [
        'From: Feedback Loop <fbl@example.net>',
        'To: fbl-reports@example.com',
        'Subject: FW: Weekly offers',
        'Date: Thu, 3 Dec 2026 08:40:11 +0000',
        'MIME-Version: 1.0',
        'Content-Type: multipart/report; report-type=feedback-report; boundary="ARF39"',
      ],
      '--ARF39',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      'This is an email abuse report for an email message received from IP 203.0.113.7 on Thu, 3 Dec 2026 08:31:02 +0000.',
      '',
      '--ARF39',
      'Content-Type: message/feedback-report',
      '',
      'Feedback-Type: abuse',
      'User-Agent: ExampleFBL/1.0',
      'Version: 1',
      'Original-Mail-From: <bounces@example.com>',
      'Original-Rcpt-To: <bob@example.net>',
      'Arrival-Date: Thu, 3 Dec 2026 08:31:02 +0000',
      'Source-IP: 203.0.113.7',
      'Reported-Domain: example.com',
      '',
      '--ARF39',
      'Content-Type: text/rfc822-headers',
      '',
      'From: Offers <news@example.com>',
      'To: bob@example.net',
      'Subject: Weekly offers',
      'Message-ID: <offer-4711@example.com>',
      '',
      '--ARF39--',
    ),
    { ...FEEDBACK, side: 'sender' },
  ],
  [
    'Microsoft 365 "Automatic reply:" out of office',
    mail(
      [
        'From: Bob Example <bob@example.org>',
        'To: Alice <alice@example.com>',
        'Subject: Automatic reply: Contract draft',
        'Date: Thu, 3 Dec 2026 09:01:12 +0000',
        'Auto-Submitted: auto-replied',
        'X-MS-Exchange-Inbox-Rules-Loop: bob@example.org',
        'Content-Type: text/plain; charset=utf-8',
      ],
      'Thank you for your message. I am out of the office until 14 December with no access to email.',
      'For urgent matters please contact carol@example.org.',
    ),
    { ...VACATION, permanent: false },
  ],
  [
    'Vacation(1) reply: "I am on vacation"',
    mail(
      [
        'From: bob@example.org',
        'To: alice@example.com',
        'Subject: away from my mail',
        'Precedence: junk',
        'Auto-Submitted: auto-replied',
      ],
      'I will not be reading my mail for a while. I am on vacation until 5 January.',
      'Your mail regarding "Invoice 2026-114" will be read when I return.',
    ),
    VACATION,
  ],
];

/**
 * The second batch, written after the first batch's fixes, in new wordings of the same reasons, and measured
 * before any further change (figures in the header).
 */
const SECOND_BATCH_39: RealWorldCase[] = [
  [
    'Postfix local: error writing message: No space left on device',
    postfixLocal(
      'deferred',
      '4.3.0',
      'local',
      'cannot update mailbox /var/mail/bob for user bob. error writing message: No space left on device',
    ),
    {
      cause: ['system-full', 'mailbox-full', 'mailer-error'],
      reason: ['systemfull', 'mailboxfull', 'mailererror'],
      side: 'recipient',
      permanent: false,
      recipient: 'bob@example.org',
    },
  ],
  [
    'Sendmail collect: Cannot write ./df… No space left on device',
    '421 4.3.0 collect: Cannot write ./dfB3C9ab12001234 (bfcommit, uid=0, gid=25): No space left on device',
    { ...FULL_OR_ERROR, permanent: false, replyCode: 421, status: '4.3.0' },
  ],
  [
    'RFC 3463 wording: 552 5.2.3 Message length exceeds administrative limit',
    '552 5.2.3 Message length exceeds administrative limit',
    { ...PER_LIMIT, replyCode: 552, status: '5.2.3' },
  ],
  [
    'Exchange: SMTPSEND.OverAdvertisedSize',
    '552 5.3.4 SMTPSEND.OverAdvertisedSize; message size exceeds fixed maximum size limit',
    { ...TOO_BIG, replyCode: 552, status: '5.3.4' },
  ],
  [
    'Mimecast: 554 Message too large',
    '554 Message too large - https://community.mimecast.com/docs/DOC-1369#554 [xYz987ABCDE.uk45]',
    { ...TOO_BIG, replyCode: 554 },
  ],
  [
    'Orange: OFR004_104 too many connections',
    '421 mwinf5c12 ME Trop de connexions, veuillez verifier votre configuration. Too many connections, slow down. OFR004_104 [104]',
    { ...CONN, replyCode: 421 },
  ],
  [
    'Generic: 421 4.7.0 Too many concurrent connections (n)',
    '421 4.7.0 Too many concurrent connections (10) from 203.0.113.7 - try again later',
    { ...CONN, replyCode: 421, status: '4.7.0' },
  ],
  [
    'Generic: connections from IPs without reverse DNS are not accepted',
    '554 5.7.1 Connections from IP addresses without reverse DNS are not accepted',
    { ...PTR, replyCode: 554, status: '5.7.1' },
  ],
  [
    'RFC 3463 wording: 551 5.1.6 Destination mailbox has moved, no forwarding address',
    '551 5.1.6 Destination mailbox has moved, no forwarding address',
    { ...MOVED, replyCode: 551, status: '5.1.6' },
  ],
  [
    'Postfix pipe: Command time limit exceeded',
    postfixLocal(
      'deferred',
      '4.3.0',
      'spamfilter',
      'Command time limit exceeded: "/usr/local/bin/spamfilter.sh"',
    ),
    { ...MAILER, permanent: false, recipient: 'bob@example.org' },
  ],
  [
    'Postfix pipe: Dovecot deliver died with signal 6',
    postfixLocal('deferred', '4.3.0', 'dovecot', 'Command died with signal 6: "/usr/lib/dovecot/deliver"'),
    { ...MAILER, permanent: false },
  ],
  [
    'Exim: 550 This server does not accept mail',
    '550 5.3.2 This server does not accept mail for any domain',
    { ...NOT_ACCEPT, replyCode: 550 },
  ],
  [
    'Sendmail: 500 5.5.1 Command unrecognized',
    '500 5.5.1 Command unrecognized: "XEXCH50 2048 2"',
    { ...SYNTAX, replyCode: 500, status: '5.5.1' },
  ],
  [
    'Gmail: 555-5.5.2 Syntax error, cannot decode response',
    lines(
      '555-5.5.2 Syntax error, cannot decode response. For more information, go to',
      '555-5.5.2  https://support.google.com/a/answer/3221692 and review RFC 5321',
      '555 5.5.2 specifications. a640c23a62f3a-a9a1b2c3d4esm12345a.11 - gsmtp',
    ),
    { ...SYNTAX, replyCode: 555, status: '5.5.2' },
  ],
  [
    'Generic: 451 4.3.0 Internal server error',
    '451 4.3.0 Internal server error, please try again later',
    { ...BUSY, permanent: false, replyCode: 451, status: '4.3.0' },
  ],
  [
    'SendGrid: dropped event, Unsubscribed Address',
    '{"email":"bob@example.org","timestamp":1764753200,"event":"dropped","reason":"Unsubscribed Address","sg_event_id":"ZHJvcC00NTY","sg_message_id":"xyz790.filter0002.1.2.0"}',
    { ...SUPPRESSED, recipient: 'bob@example.org' },
  ],
  [
    'Google Workspace SMTP relay: 550-5.7.0 Mail relay denied',
    lines(
      '550-5.7.0 Mail relay denied [203.0.113.7]. Invalid credentials for relay for',
      '550-5.7.0 one of the domains in: example.com (as obtained from HELO and MAIL',
      "550-5.7.0 FROM). Email is being sent from a domain or IP address which isn't",
      '550-5.7.0 registered in your Workspace account. Please login to your Workspace',
      '550-5.7.0 account and verify that your sending device IP address has been',
      '550-5.7.0 registered within the Workspace SMTP Relay Settings. For more',
      '550-5.7.0 information, go to',
      '550 5.7.0  https://support.google.com/a/answer/6140680#invalidcred d1a2b3c4sm12345.0 - gsmtp',
    ),
    { cause: ['relay-not-authorised', 'relay-denied'], reason: 'norelaying', side: 'sender', replyCode: 550 },
  ],
  [
    'Content: 554 5.6.1 Body type not supported',
    '554 5.6.1 Body type not supported by remote host',
    {
      cause: ['content-error', 'not-rfc-compliant'],
      reason: ['contenterror', 'notcompliantrfc'],
      side: 'sender',
      replyCode: 554,
      status: '5.6.1',
    },
  ],
  [
    'ARF fields pasted alone (Feedback-Type: abuse)',
    lines(
      'Feedback-Type: abuse',
      'User-Agent: ExampleFBL/2.1',
      'Version: 1',
      'Original-Mail-From: <bounces@example.com>',
      'Original-Rcpt-To: <bob@example.net>',
      'Arrival-Date: Wed, 2 Dec 2026 17:04:33 +0000',
      'Source-IP: 203.0.113.7',
    ),
    FEEDBACK,
  ],
];

export const ROUND_39: RealWorldCase[] = [
  ...SYSTEM_FULL_39,
  ...SIZE_39,
  ...CONNECTIONS_39,
  ...PTR_39,
  ...MOVED_39,
  ...MAILER_39,
  ...NOT_ACCEPT_39,
  ...SYNTAX_39,
  ...SYSTEM_ERROR_39,
  ...SUPPRESSED_39,
  ...RELAY_39,
  ...SECURITY_39,
  ...POLICY_CONTENT_39,
  ...NOT_BOUNCES_39,
  ...SECOND_BATCH_39,
];
