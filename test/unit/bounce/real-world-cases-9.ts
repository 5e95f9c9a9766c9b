import type { RealWorldCase } from './real-world-cases.js';
import {
  DISABLED,
  GREYLIST,
  IP_BLOCK,
  IP_REPUTATION,
  lines,
  MAILBOX_FULL,
  MS_NOT_FOUND,
  NOT_RFC,
  POLICY,
  RATE,
  RELAY,
  SPAM,
  TOO_BIG,
  USER_UNKNOWN,
} from './real-world-expectations.js';

/*
 * A ninth held-out round (issue 2): the servers and gateways rounds 1-8 hold least. Hosting panels and
 * self-hosted MTAs (cPanel/Exim and its main log, DirectAdmin, Plesk's maillog, hMailServer's notice and
 * log, CommuniGate Pro, MDaemon's session log, SmarterMail, IceWarp, Haraka, Mailcow's postscreen and
 * Rspamd, spamass-milter, amavis, Zimbra, Coremail), Exchange 2016/2019 on premises (Get-Queue LastError,
 * SmtpSend protocol log, Get-MessageTrackingLog output, back pressure, transport agents' own replies, its
 * NDR), corporate gateways (Cisco Secure Email's mail_logs, Forcepoint, Hornetsecurity, Trend Micro,
 * Proofpoint Essentials, GoDaddy's relay notice) and regional ISPs and mailbox providers (Comcast,
 * Spectrum, Onet, Interia, Seznam, Forpsi, Naver, Daum/Kakao, Korean portals, Sina, NetEase, Yandex).
 * Written from knowledge of the servers' wordings (a few checked against the vendors' and ISPs' own pages:
 * Plesk's limit-out log line, IceWarp's 5xx table, Seznam's and Interia's help pages, Coremail's reply
 * list, Korean portals' codes), none from the development corpus, each checked against rounds 1-8 before
 * going in, and measured before any rule was changed for it:
 *   round 9   60 cases, 37 right as written (62 %). No expectation was widened. After that measurement a
 *             closer check found 5 near-duplicates of rounds 1-7 (AT&T's "alph" PTR reply, Mimecast's
 *             header-based Blocked Senders, Barracuda's "permanent failure … (virus)", RESOLVER.RST.
 *             AuthRequired, Exchange's French mailbox-full NDR; 4 of them right): they were replaced by 5
 *             new cases, measured before any rule, 2 right. The round as it stands: 35 of 60 right as
 *             written (58 %). The 25 wrong: wording missing (Exim's 535, DirectAdmin's and Plesk's outgoing
 *             limits, IceWarp's 'message is too long', Interia's 'doesn't want your mail', 'SPF
 *             unauthorized', 'blocked by SPF' and the openspf.net link, Coremail's 'user is locked' and 'host
 *             denies relay', Naver's 'your IP is filtered', Korean portals' 'too many e-mails', Daum's CCRT,
 *             Sina's AISP, NetEase's HL:ICC, Exchange's Connection Filtering refusal), data missing (NiX
 *             Spam as a blocklist; Forcepoint, Hornetsecurity, Onet, Seznam as providers), forms not read
 *             (Cisco mail_logs 'Delayed:' lines; Seznam's 'Důvod / Reason:' block; PowerShell's '{address}'
 *             list), rule order (amavis 'virus_scan FAILED' read as a virus; Proofpoint's 'sender block
 *             list' read as a DNSBL).
 *   fixed     22 of the 25 by wording and provider data (src/knowledge) and one form reader (Cisco
 *             AsyncOS mail_logs lines, whose reply is a Python tuple): 57 of 60 right (95 %); corpus score
 *             unchanged (365/383, no record changed). Left: the address reader keeps PowerShell's '{',
 *             the diagnostic reader skips Seznam's reason block, and Daum's CCRT without a Daum host.
 *             (Follow-up: PowerShell's list brace is read as the list's since, and Seznam's reason block too.)
 *             (Follow-up 2: a code the provider data flags `identifies` names its provider by itself, as
 *             Microsoft's and Yahoo's long codes do: Daum's CCRT and RUSR, NetEase's HL:ICC… 60 of 60.)
 *   round 9b  14 cases written after those fixes (SECOND_BATCH_9: receiving-side logs of postscreen, cPanel's
 *             Exim and Exchange's SmtpReceive, Exim's local delivery, Korean, Polish, Czech and Coremail
 *             replies, hMailServer), 11 right as written (79 %). The 3 wrong: wording missing (Coremail's
 *             'black ip' and 'attachment is too long') and rule order ('registered as spammer (by user's
 *             reject list)' read as a spam filter). All 3 fixed by wording: 71 of 74 right in round 9 and 9b.
 * Reply code and status are checked where a case states them (Expect.replyCode / Expect.status).
 * What is still wrong is listed in STILL_WRONG with the reason.
 */

const AUTH_LOGIN = {
  cause: ['auth-required', 'security-error'],
  reason: 'securityerror',
  side: 'sender',
} as const;
// The sender's own host or hosting plan refusing to send more: a limit on the sender's side.
const OUTBOUND_LIMIT = {
  cause: ['rate-limited', 'sender-account-blocked', 'outbound-filter'],
  reason: ['speeding', 'rejected', 'spamdetected'],
  side: 'sender',
} as const;
const UNREACHABLE = {
  cause: ['recipient-server-unreachable', 'delivery-delayed', 'connection-refused', 'no-route-to-host'],
  reason: ['expired', 'networkerror', 'blocked'],
} as const;
const TOO_MANY_CONNECTIONS = {
  cause: ['too-many-connections', 'rate-limited'],
  reason: ['toomanyconn', 'speeding'],
  side: 'sender',
} as const;
const SENDER_NOT_OWNED = {
  cause: ['from-not-permitted', 'sender-rejected'],
  reason: 'rejected',
  side: 'sender',
} as const;
const BLOCKED_BY_RECIPIENT = {
  cause: ['blocked-by-recipient', 'sender-rejected', 'recipient-restricted'],
  reason: ['rejected', 'policyviolation'],
} as const;
const UNKNOWN_BOB = { ...USER_UNKNOWN, recipient: 'bob@example.org' } as const;

/** cPanel/Exim, DirectAdmin and Plesk: the hosting panels' own texts and their logs. */
const HOSTING_9: RealWorldCase[] = [
  [
    'Exim main log: ** bounced after RCPT, remote user unknown (dkim_lookuphost router)',
    '2026-01-12 09:14:03 1vQx2L-0004Ab-3K ** bob@example.org R=dkim_lookuphost T=dkim_remote_smtp H=mx.example.org [192.0.2.25] X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes: SMTP error from remote mail server after RCPT TO:<bob@example.org>: 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual mailbox table',
    { ...UNKNOWN_BOB, replyCode: 550, status: '5.1.1' },
  ],
  [
    'Exim main log: == deferred (-44), greylisted at RCPT',
    '2026-01-12 09:20:41 1vQx8A-0005Cd-Qz == bob@example.org R=dkim_lookuphost T=dkim_remote_smtp defer (-44) H=mx.example.org [192.0.2.25]: SMTP error from remote mail server after RCPT TO:<bob@example.org>: 451 4.7.1 <bob@example.org>: Recipient address rejected: Please try again later',
    { ...GREYLIST, recipient: 'bob@example.org', replyCode: 451 },
  ],
  [
    'Exim main log: ** Unrouteable address (the domain does not resolve)',
    '2026-01-12 10:02:11 1vQxmZ-0007Ef-1a ** bob@no-such-domain.example: Unrouteable address',
    {
      cause: ['domain-not-found', 'no-mx'],
      reason: ['hostunknown', 'notaccept'],
      recipient: 'bob@no-such-domain.example',
    },
  ],
  [
    'cPanel Exim: domain exceeded the max defers and failures per hour',
    '550 Domain example.com has exceeded the max defers and failures per hour (5/5 (100%)) allowed.  Message discarded.',
    OUTBOUND_LIMIT,
  ],
  ['Exim submission: 535 Incorrect authentication data', '535 Incorrect authentication data', AUTH_LOGIN],
  [
    "DirectAdmin exim.pl: the user's daily email limit is reached",
    '550 You (alice) have reached your daily email limit of 200 emails',
    OUTBOUND_LIMIT,
  ],
  [
    "Exim's default DNSBL reject: in a black list at bl.spamcop.net, the list's text on the last line",
    lines(
      '550-rejected because 203.0.113.7 is in a black list at bl.spamcop.net',
      '550 Blocked - see https://www.spamcop.net/bl.shtml?203.0.113.7',
    ),
    { ...IP_BLOCK, blocklist: 'spamcop', replyCode: 550 },
  ],
  [
    "Plesk maillog: psa-pc-remote 'limit-out' milter-reject, outgoing message limit exceeded",
    'Jan 12 10:15:02 web01 postfix/cleanup[7018]: AE16288F80: milter-reject: END-OF-MESSAGE from localhost[::1]: 5.7.0 Your message could not be sent. The limit on the number of allowed outgoing messages was exceeded. Try again later.; from=<alice@example.com> to=<bob@example.org> proto=ESMTP helo=<webmail.example.com>',
    { ...OUTBOUND_LIMIT, recipient: 'bob@example.org', status: '5.7.0' },
  ],
  [
    'cPanel notice: Exim whole bounce, remote spam filter score after end of data',
    lines(
      'Return-Path: <>',
      'Received: from mailnull by server1.hostingco.example with local (Exim 4.98)',
      '\tid 1vQyAb-0009Gh-2x',
      '\tfor alice@example.com; Mon, 12 Jan 2026 11:00:02 +0000',
      'X-Failed-Recipients: bob@example.org',
      'Auto-Submitted: auto-replied',
      'From: Mail Delivery System <Mailer-Daemon@server1.hostingco.example>',
      'To: alice@example.com',
      'Content-Type: text/plain; charset=us-ascii',
      'Subject: Mail delivery failed: returning message to sender',
      'Message-Id: <E1vQyAb-0009Gh-2x@server1.hostingco.example>',
      'Date: Mon, 12 Jan 2026 11:00:02 +0000',
      '',
      'This message was created automatically by mail delivery software.',
      '',
      'A message that you sent could not be delivered to one or more of its',
      'recipients. This is a permanent error. The following address(es) failed:',
      '',
      '  bob@example.org',
      '    host mx.example.org [192.0.2.25]',
      '    SMTP error from remote mail server after end of data:',
      '    550 5.7.1 Message rejected as spam (score 11.4 > 6.0)',
    ),
    { ...SPAM, recipient: 'bob@example.org', replyCode: 550, status: '5.7.1' },
  ],
];

/** Self-hosted MTAs and filters: their replies, notices and log lines. */
const SELF_HOSTED_9: RealWorldCase[] = [
  [
    'hMailServer notice: remote server replied user unknown after RCPT (whole notice text)',
    lines(
      'Your message did not reach some or all of the intended recipients.',
      '',
      '   Sent: Mon, 12 Jan 2026 10:20:00 +0100',
      '   Subject: Angebot',
      '',
      'The following recipient(s) could not be reached:',
      '',
      'bob@example.org',
      '   Error Type: SMTP',
      '   Remote server (192.0.2.25) issued an error.',
      '   hMailServer sent: RCPT TO:<bob@example.org>',
      '   Remote server replied: 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in local recipient table',
    ),
    { ...UNKNOWN_BOB, replyCode: 550, status: '5.1.1' },
  ],
  [
    'hMailServer notice: remote server replied with a Barracuda BRBL block at DATA',
    lines(
      'Your message did not reach some or all of the intended recipients.',
      '',
      '   Sent: Mon, 12 Jan 2026 10:25:00 +0100',
      '   Subject: Rechnung 2026-014',
      '',
      'The following recipient(s) could not be reached:',
      '',
      'bob@example.org',
      '   Error Type: SMTP',
      '   Remote server (192.0.2.25) issued an error.',
      '   hMailServer sent: MAIL FROM:<alice@example.com>',
      '   Remote server replied: 554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using b.barracudacentral.org; http://www.barracudanetworks.com/reputation/?pr=1&ip=203.0.113.7',
    ),
    { ...IP_BLOCK, blocklist: 'barracuda', recipient: 'bob@example.org', replyCode: 554 },
  ],
  [
    'hMailServer log: SMTPC line RECEIVED a mailbox-full reply',
    '"SMTPC"\t4040\t12\t"2026-01-12 11:05:06.123"\t"192.0.2.25"\t"RECEIVED: 552 5.2.2 <bob@example.org>: Recipient address rejected: Mailbox is full"',
    { ...MAILBOX_FULL, recipient: 'bob@example.org', replyCode: 552, status: '5.2.2' },
  ],
  [
    'CommuniGate Pro notice: SMTP module reports the remote host says user unknown',
    lines(
      "Failed to deliver to '<bob@example.org>'",
      'SMTP module(domain example.org) reports:',
      ' host mx.example.org says:',
      ' 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown',
    ),
    { ...UNKNOWN_BOB, replyCode: 550 },
  ],
  ['CommuniGate Pro reply: unknown user account', '550 5.1.1 unknown user account', USER_UNKNOWN],
  [
    'MDaemon SMTP (out) session log: RCPT answered 550 user unknown',
    lines(
      'Mon 2026-01-12 11:02:03.412: --> RCPT TO:<bob@example.org>',
      'Mon 2026-01-12 11:02:03.498: <-- 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in local recipient table',
    ),
    { ...UNKNOWN_BOB, replyCode: 550 },
  ],
  [
    'SmarterMail: authentication is required for relay',
    '550 Authentication is required for relay',
    {
      cause: ['relay-denied', 'auth-required', 'relay-not-authorised'],
      reason: ['norelaying', 'securityerror'],
    },
  ],
  [
    "Haraka data.headers: required header 'Date' missing",
    "550 5.6.0 Required header 'Date' missing",
    NOT_RFC,
  ],
  [
    'Mailcow postscreen: blocked using ix.dnsbl.manitu.net (NiX Spam)',
    '550 5.7.1 Service unavailable; client [203.0.113.7] blocked using ix.dnsbl.manitu.net',
    { ...IP_BLOCK, blocklist: 'nixspam' },
  ],
  [
    'Rspamd multimap: forbidden attachment name extension',
    '554 5.7.1 Forbidden attachment name extension',
    {
      cause: ['policy-violation', 'content-filtered', 'virus-found'],
      reason: ['policyviolation', 'filtered', 'virusdetected'],
      side: 'sender',
    },
  ],
  ['spamass-milter: 5.7.1 Blocked by SpamAssassin', '550 5.7.1 Blocked by SpamAssassin', SPAM],
  [
    'amavis: BAD-HEADER reject, 8-bit data in a header',
    "554 5.6.0 Reject, id=34567-05 - BAD-HEADER-0: Non-encoded 8-bit data (char C3 hex) in message header 'Subject'",
    NOT_RFC,
  ],
  [
    'amavis: temporary failure, virus scanners failed',
    '451 4.5.0 Error in processing, id=12345-07, virus_scan FAILED: virus scanners failed',
    { cause: ['system-error', 'content-filtered'], reason: ['systemerror', 'filtered'], side: 'recipient' },
  ],
  [
    'Zimbra (Postfix) submission: sender address not owned by the logged-in user',
    '553 5.7.1 <alice@example.com>: Sender address rejected: not owned by user carol@example.com',
    SENDER_NOT_OWNED,
  ],
  ['IceWarp: 501 5.7.1 Message is too long', '501 5.7.1 Message is too long', TOO_BIG],
  ['IceWarp: 501 5.7.0 Authentication failed at submission', '501 5.7.0 Authentication failed', AUTH_LOGIN],
];

/** Exchange Server 2016/2019 on premises: queue errors, logs, agents' own replies and its NDR. */
const EXCHANGE_ONPREM_9: RealWorldCase[] = [
  [
    'Exchange 2019 Get-Queue LastError: 4.4.397 SocketError, the host does not respond',
    '451 4.4.397 Error communicating with target host. -> 421 4.2.1 Unable to connect -> SocketError: A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond 192.0.2.25:25',
    UNREACHABLE,
  ],
  [
    'Exchange 2019 SmtpSend protocol log: Spamhaus reject at RCPT',
    '2026-01-12T10:40:05.512Z,Outbound to Internet,08DE3A1B2C3D4E5F,7,10.0.0.5:50412,192.0.2.25:25,<,550 5.7.1 Service unavailable; client [198.51.100.7] blocked using zen.spamhaus.org,',
    { ...IP_BLOCK, blocklist: 'spamhaus', replyCode: 550 },
  ],
  [
    'Exchange Get-MessageTrackingLog FAIL: RecipientStatus carries the remote LED',
    lines(
      'Timestamp       : 1/12/2026 10:45:00 AM',
      'EventId         : FAIL',
      'Source          : SMTP',
      'Sender          : alice@example.com',
      'Recipients      : {bob@example.org}',
      'RecipientStatus : {[{LRT=1/12/2026 10:44:59 AM};{LED=550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual mailbox table};{FQDN=mx.example.org};{IP=192.0.2.25}]}',
      'MessageSubject  : Quote 2026-02',
    ),
    { ...UNKNOWN_BOB, replyCode: 550 },
  ],
  [
    'Exchange on premises back pressure: 452 4.3.1 Insufficient system resources (UsedDiskSpace)',
    'Jan 12 10:50:00 mail postfix/smtp[5566]: 7F1C2A0B3C: to=<bob@example.org>, relay=ex01.example.org[192.0.2.40]:25, delay=1800, delays=1799/0.01/0.3/0.2, dsn=4.3.1, status=deferred (host ex01.example.org[192.0.2.40] said: 452 4.3.1 Insufficient system resources (UsedDiskSpace[C:\\Program Files\\Microsoft\\Exchange Server\\V15\\TransportRoles\\data\\Queue]) (in reply to MAIL FROM command))',
    {
      cause: ['system-full', 'system-error'],
      reason: ['systemfull', 'systemerror'],
      side: 'recipient',
      recipient: 'bob@example.org',
      replyCode: 452,
    },
  ],
  [
    'Exchange Connection Filtering: external client does not have permissions to submit',
    '550 5.7.1 External client with IP address 203.0.113.7 does not have permissions to submit to this server. Visit https://support.microsoft.com/kb/928123 for more information.',
    {
      cause: ['ip-blocklisted', 'connection-rejected'],
      reason: 'blocked',
      side: 'sender',
    },
  ],
  [
    'Exchange Attachment Filtering agent: unacceptable attachments',
    '550 5.7.1 Message rejected due to unacceptable attachments',
    POLICY,
  ],
  [
    'Exchange 2016 NDR: relay access denied by the remote organisation (whole text)',
    lines(
      'Delivery has failed to these recipients or groups:',
      '',
      'bob@example.org',
      "Your message couldn't be delivered. Despite repeated attempts to deliver your message, the recipient's email system refused to accept a connection from your email system.",
      '',
      'The following organization rejected your message: mx.example.org.',
      '',
      'Diagnostic information for administrators:',
      '',
      'Generating server: EX01.corp.example.com',
      '',
      'bob@example.org',
      'mx.example.org',
      "Remote Server returned '554 5.7.1 <bob@example.org>: Relay access denied'",
    ),
    { ...RELAY, recipient: 'bob@example.org', replyCode: 554 },
  ],
  [
    'Exchange 2019 NDR: recipient not found in the local organisation (RESOLVER.ADR)',
    lines(
      'Delivery has failed to these recipients or groups:',
      '',
      'Bob Example (bob@corp.example.com)',
      "The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.",
      '',
      'Diagnostic information for administrators:',
      '',
      'Generating server: EX02.corp.example.com',
      '',
      'bob@corp.example.com',
      "Remote Server returned '550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found'",
    ),
    { ...MS_NOT_FOUND, recipient: 'bob@corp.example.com', status: '5.1.1' },
  ],
  ['Coremail: host denies relay', '553 host denies relay.', RELAY],
  ['Interia: account not found', '550 5.1.1 Account not found', USER_UNKNOWN],
];

/** Corporate gateways: their log lines and replies. */
const GATEWAYS_9: RealWorldCase[] = [
  [
    'Cisco Secure Email mail_logs: Bounced by destination server, unknown address error',
    "Mon Jan 12 10:50:02 2026 Info: Bounced: DCID 4711 MID 88123 to RID 0 - Bounced by destination server with response: 5.1.0 - Unknown address error ('550', ['5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual mailbox table'])",
    { ...USER_UNKNOWN, replyCode: 550 },
  ],
  [
    'Cisco Secure Email mail_logs: Delayed, other network problem, greylisted',
    "Mon Jan 12 10:51:00 2026 Info: Delayed: DCID 4712 MID 88124 to RID [0] - 4.4.0 - Other network problem ('451', ['4.7.1 Greylisting in effect, please come back later'])",
    { ...GREYLIST, replyCode: 451 },
  ],
  [
    'Cisco Secure Email: SPF unauthorized mail is prohibited',
    '550 #5.7.1 SPF unauthorized mail is prohibited.',
    { cause: ['spf-fail', 'auth-failed'], reason: 'authfailure', side: 'sender' },
  ],
  [
    'Forcepoint Email Security Cloud (mailcontrol.com): suspected spam in a Postfix log',
    'Jan 12 11:10:00 mail postfix/smtp[7788]: 3A2B1C0D9E: to=<bob@example.org>, relay=cluster-a.mailcontrol.com[85.115.54.190]:25, delay=2.1, delays=0.1/0/0.9/1.1, dsn=5.7.1, status=bounced (host cluster-a.mailcontrol.com[85.115.54.190] said: 550 5.7.1 Message rejected: suspected spam (in reply to end of DATA command))',
    { ...SPAM, recipient: 'bob@example.org', replyCode: 550, provider: /forcepoint|mailcontrol/i },
  ],
  [
    'Hornetsecurity: unknown recipient behind the filter (Postfix log)',
    'Jan 12 11:12:00 mail postfix/smtp[7790]: 4B3C2D1E0F: to=<bob@example.org>, relay=mx01.hornetsecurity.com[94.100.132.1]:25, delay=0.9, delays=0.1/0/0.4/0.4, dsn=5.1.1, status=bounced (host mx01.hornetsecurity.com[94.100.132.1] said: 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown (in reply to RCPT TO command))',
    { ...UNKNOWN_BOB, replyCode: 550, provider: /hornet/i },
  ],
  [
    'Proofpoint Essentials: sender on the recipient organisation block list',
    '550 5.7.1 Rejected by sender block list: alice@example.com',
    BLOCKED_BY_RECIPIENT,
  ],
  [
    'Trend Micro Email Security: message blocked by the recipient policy (tmes host)',
    'Jan 12 11:15:00 mail postfix/smtp[7801]: 5C4D3E2F1A: to=<bob@example.org>, relay=in.tmes.trendmicro.eu[18.185.115.10]:25, delay=1.4, delays=0.1/0/0.6/0.7, dsn=5.7.1, status=bounced (host in.tmes.trendmicro.eu[18.185.115.10] said: 550 5.7.1 Message blocked by policy (in reply to end of DATA command))',
    { ...POLICY, recipient: 'bob@example.org', provider: /trend/i },
  ],
  [
    "GoDaddy relay notice: the destination host's SPF refusal (openspf.net link)",
    lines(
      'Delivery to the following recipients failed permanently:',
      '',
      '     bob@example.org',
      '',
      'Reason: There was an error while attempting to deliver your message with [Subject: "Offer"] to bob@example.org. MTA p3plsmtpa06-05.prod.phx3.secureserver.net received this response from the destination host IP - 192.0.2.25 - 550 , 550 5.7.0 Please see http://www.openspf.net/why.html?sender=alice%40example.com',
    ),
    {
      cause: ['spf-fail', 'auth-failed'],
      reason: 'authfailure',
      side: 'sender',
      recipient: 'bob@example.org',
      replyCode: 550,
      provider: /godaddy/i,
    },
  ],
  [
    'Czech hosting (Forpsi): spam detected, with its queue id',
    '552 5.2.0 0biL1i00V1cmcpM01biL4w spam detected',
    SPAM,
  ],
];

/** Regional ISPs and mailbox providers, in their own words and languages. */
const ISPS_9: RealWorldCase[] = [
  [
    'Comcast: rate limited, RL000001',
    '421 4.7.0 resimta-po-11v.sys.comcast.net comcast 203.0.113.7 Rate limit exceeded.  Please see http://postmaster.comcast.net/smtp-error-codes.php#RL000001',
    { ...RATE, provider: /comcast/i },
  ],
  [
    'Korean portal: too many e-mails, no more sending within 24 hours',
    '550 5.7.1 <bob@example.kr>... Error.your access was denied. Since you sent too many e-mails,you are not allowed to send more e-mails within 24 hours.After 24 hours,you can send e-mails as usual.',
    RATE,
  ],
  [
    'Spectrum (Charter): mailbox full, in a Postfix log',
    'Jan 12 11:20:00 mail postfix/smtp[7810]: 6D5E4F3A2B: to=<bob@charter.net>, relay=charter.net.inbound10.mxlogic.net[208.65.145.3]:25, delay=1.0, delays=0.1/0/0.5/0.4, dsn=5.2.2, status=bounced (host charter.net.inbound10.mxlogic.net[208.65.145.3] said: 552 5.2.2 <bob@charter.net>: Mailbox full (in reply to RCPT TO command))',
    { ...MAILBOX_FULL, recipient: 'bob@charter.net', replyCode: 552, provider: /spectrum|charter/i },
  ],
  [
    'Onet: user unknown at mx.poczta.onet.pl',
    'Jan 12 11:22:00 mail postfix/smtp[7812]: 7E6F5A4B3C: to=<bob@onet.pl>, relay=mx.poczta.onet.pl[213.180.142.190]:25, delay=0.8, delays=0.1/0/0.4/0.3, dsn=5.1.1, status=bounced (host mx.poczta.onet.pl[213.180.142.190] said: 550 5.1.1 <bob@onet.pl>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command))',
    { ...USER_UNKNOWN, recipient: 'bob@onet.pl', provider: /onet/i },
  ],
  [
    "Interia: the recipient doesn't want your mail",
    "550 5.7.1 Recipient doesn't want your mail",
    BLOCKED_BY_RECIPIENT,
  ],
  [
    "Seznam notice, Czech and English: szn; user hasn't got the service mapped",
    lines(
      'Vaše zpráva pro <bob@seznam.cz> ze dne 12.01.2026 nemohla být doručena.',
      'Zpráva je přiložena.',
      '',
      'Your message for <bob@seznam.cz> from 2026/01/12 could not be delivered.',
      "It's attached below.",
      '',
      'Důvod / Reason:',
      '---------------',
      '',
      "5.1.1 szn; User hasn't got the service mapped",
      '',
      'Permanentní chyba na straně uživatele.',
      'Permanent Failure - Bad destination mailbox address',
    ),
    { ...USER_UNKNOWN, recipient: 'bob@seznam.cz', status: '5.1.1', provider: /seznam/i },
  ],
  [
    'Forpsi (Czech hosting): blocked by SPF, with its queue id',
    '550 5.1.0 0bcW1i00G0jifNx01bcmHa blocked by SPF',
    { cause: ['spf-fail', 'auth-failed'], reason: 'authfailure', side: 'sender' },
  ],
  [
    'Naver: your IP is filtered, register it at realip.naver.com',
    '421 4.3.2 Your IP(203.0.113.7) is filtered and this connection will be closed. You must register your IP to http://realip.naver.com',
    { ...IP_REPUTATION, provider: /naver/i },
  ],
  [
    'Daum/Kakao: RUSR no such user',
    '550 5.1.1 RUSR 203.0.113.7: No such user: <bob@daum.net>',
    { ...USER_UNKNOWN, recipient: 'bob@daum.net' },
  ],
  [
    "Daum/Kakao: CCRT connection refused, the spam center's temporary IP block",
    '421 4.4.5 CCRT 203.0.113.7: Connection refused. Server is busy(RT)',
    IP_REPUTATION,
  ],
  [
    'Sina: mail data refused by AISP',
    '553 Mail data refused by AISP, rule [169648].',
    {
      cause: ['spam-filtered', 'content-filtered', 'policy-violation'],
      reason: ['spamdetected', 'filtered', 'policyviolation'],
    },
  ],
  [
    'NetEase 126: HL:ICC too many connections from the IP',
    '421 HL:ICC 126 mx12,PMCowAB7oT0NnYBpKkQBAA--.12345S2 1768212000,please see http://mail.163.com/help/help_spam_16.htm?ip=203.0.113.7&hostid=mx12&time=1768212000',
    { ...TOO_MANY_CONNECTIONS, provider: /netease|163/i },
  ],
  ['Coremail: rbl deny', '554 rbl deny.', { ...IP_BLOCK }],
  ['Coremail: user is locked', '550 user is locked.', DISABLED],
  ['Coremail: message rejected by anti-spam engine', '552 message rejected by anti-spam engine.', SPAM],
  [
    'Yandex submission: sender address not owned by the auth user',
    '553 5.7.1 Sender address rejected: not owned by auth user.',
    SENDER_NOT_OWNED,
  ],
];

/** Round 9b: written after the fixes above, measured as written (see the header). */
const SECOND_BATCH_9: RealWorldCase[] = [
  [
    'Postfix postscreen log: NOQUEUE reject at RCPT from [ip]:port, Spamhaus',
    'Jan 12 12:00:01 mx postfix/postscreen[2211]: NOQUEUE: reject: RCPT from [203.0.113.7]:51234: 550 5.7.1 Service unavailable; client [203.0.113.7] blocked using zen.spamhaus.org; from=<alice@example.com>, to=<bob@example.org>, proto=ESMTP, helo=<mail.example.com>',
    {
      ...IP_BLOCK,
      blocklist: 'spamhaus',
      recipient: 'bob@example.org',
      sender: 'alice@example.com',
      replyCode: 550,
    },
  ],
  ["Exim ACL: 'This message scored N spam points'", '550 This message scored 12.3 spam points.', SPAM],
  [
    'cPanel Exim rejectlog: JunkMail rejected at RCPT, SpamCop',
    '2026-01-12 12:05:00 H=(mail.example.com) [203.0.113.7]:51234 F=<alice@example.com> rejected RCPT <bob@example.org>: JunkMail rejected - (mail.example.com) [203.0.113.7]:51234 is in an RBL: Blocked - see https://www.spamcop.net/bl.shtml?203.0.113.7',
    { ...IP_BLOCK, blocklist: 'spamcop', recipient: 'bob@example.org', sender: 'alice@example.com' },
  ],
  [
    'cPanel Exim main log: ** mailbox is full (MTA-imposed quota), local delivery',
    '2026-01-12 12:10:00 1vR0aB-000Cde-Fg ** bob@example.org R=virtual_user T=virtual_userdelivery: mailbox is full (MTA-imposed quota exceeded while writing to /home/acct/mail/example.org/bob/new/1768219800.H1P2.server1)',
    { ...MAILBOX_FULL, recipient: 'bob@example.org' },
  ],
  [
    "Korean portal: registered as spammer by the user's reject list",
    "550 You are registered as spammer (by user's reject list)",
    BLOCKED_BY_RECIPIENT,
  ],
  [
    'Korean portal: mail is denied by the spam filter',
    '554 5.0.0 Service unavailable (bob: mail is denied, by spam filter)',
    { cause: ['spam-filtered', 'content-filtered'], reason: ['spamdetected', 'filtered'] },
  ],
  [
    'Interia: 5.2.1 mailbox not available',
    '550 5.2.1 Mailbox not available',
    { cause: ['user-unknown', 'mailbox-disabled'], reason: ['userunknown', 'suspend'] },
  ],
  [
    'Interia: [SPF] host not allowed to send mail from the domain',
    '550 5.7.0 [SPF] 203.0.113.7 is not allowed to send mail from example.com',
    { cause: ['spf-fail', 'auth-failed'], reason: 'authfailure', side: 'sender' },
  ],
  [
    "Czech hosting: the sender is on the recipient's blacklist",
    '550 5.1.1 <alice@example.com> sender is blacklisted',
    BLOCKED_BY_RECIPIENT,
  ],
  [
    'Czech hosting (qmail chkuser): final recipient mailbox is full, two statuses',
    '552 5.1.1 5.2.2 sorry, final recipient mailbox is full (chkuser)',
    MAILBOX_FULL,
  ],
  ['Coremail: black ip', '550 black ip.', IP_BLOCK],
  ['Coremail: attachment is too long', '554 attachment is too long.', TOO_BIG],
  [
    'Exchange 2019 SmtpReceive protocol log: unable to relay to a non-accepted domain',
    '2026-01-12T12:20:00.000Z,EX01\\Default Frontend EX01,08DE3A1B2C3D4E60,12,10.0.0.5:25,203.0.113.7:51234,>,550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain,',
    { cause: ['relay-denied', 'relay-not-authorised'], reason: 'norelaying' },
  ],
  [
    'hMailServer notice: remote server replied to DATA, message size exceeds fixed limit',
    lines(
      'Your message did not reach some or all of the intended recipients.',
      '',
      '   Sent: Mon, 12 Jan 2026 12:30:00 +0100',
      '   Subject: Pläne',
      '',
      'The following recipient(s) could not be reached:',
      '',
      'bob@example.org',
      '   Error Type: SMTP',
      '   Remote server (192.0.2.25) issued an error.',
      '   hMailServer sent: DATA',
      '   Remote server replied: 552 5.3.4 Message size exceeds fixed limit',
    ),
    { ...TOO_BIG, recipient: 'bob@example.org', replyCode: 552, status: '5.3.4' },
  ],
];

const ALL_9: RealWorldCase[] = [
  ...HOSTING_9,
  ...SELF_HOSTED_9,
  ...EXCHANGE_ONPREM_9,
  ...GATEWAYS_9,
  ...ISPS_9,
  ...SECOND_BATCH_9,
];

/** Still wrong, with why (see `knownWrong`). */
const STILL_WRONG: Record<string, string> = {};

export const ROUND_9: RealWorldCase[] = ALL_9.map(([name, input, want]) => {
  const knownWrong = STILL_WRONG[name];
  return knownWrong ? [name, input, { ...want, knownWrong }] : [name, input, want];
});
