import type { RealWorldCase } from './real-world-cases.js';
import { lines } from './real-world-expectations.js';

/*
 * An eighty-eighth held-out round: mail queues as admins paste them, beyond round 52's. Postfix `mailq` /
 * `postqueue -p` with several messages and recipients (a 554 Spamhaus greeting skipped and kept queued, SASL
 * authentication failed at the relayhost, Yahoo's TSS04, TLS required but refused, "Cannot start TLS: handshake
 * failure", no route to host, Dovecot LMTP over quota, the content filter on 127.0.0.1:10024 refusing),
 * `postqueue -j` (a 450 4.1.8 sender domain for two recipients, Microsoft's 4.7.650, `forced_expire: true`),
 * `postcat -q` of a bounce notice stuck in the queue, `qshape`; Exim `exim -Mvl` (TLS verify failed, smarthost
 * authentication, refused and greylisted beside a delivered recipient, retry timeout exceeded), `exigrep`'s "has
 * not completed", `exiqgrep -b`, `exipick -zi`; Sendmail `mailq` ("(Deferred: …)" greylisting, 403 TLS handshake,
 * timeouts, mailbox full, a rate deferral over two recipients) and its client queue (`mailq -Ac`); Exchange
 * `Get-Queue | fl` (failover failed, Winsock 10060, the smarthost's 530 5.7.57, the send connector's missing
 * certificate), `Get-Message | fl` with two recipients, a Queue Viewer row; Microsoft 365 message trace Pending
 * (4.4.317 STARTTLS required, Gmail over quota), `Get-MessageTrace` with `Get-MessageTraceDetail`, a Failed
 * QUEUE.Expired; hMailServer's delivery queue and log, MDaemon's routing log, SmarterMail's spool and delivery
 * log, Kerio Connect's and IceWarp's queues, Zimbra's postqueue (amavis's virus_scan FAILED, a lost greeting),
 * cPanel's Mail Queue Manager with its delivery log and Track Delivery, Plesk's queue. Views that hold no failure
 * (qshape, ids only, empty queues, a Ready queue, an Active message, "Getting status", a message not tried yet)
 * are record counts of 0 in queue-listings-88.test.ts. Written from knowledge of the tools' output, none from the
 * development corpus or the rules, measured before any rule was changed:
 *   round 88  60 cases, 47 right as written (78 %); record counts 17 of 17. No case corrections of ours. The
 *             rules' 13 misses:
 *             - our own server at a loopback hop told to the recipient's side (2): "connect to 127.0.0.1[127.0.0.1]
 *               :10024: Connection refused" (the content filter down) and amavis's "451 4.5.0 Error in processing,
 *               … virus_scan FAILED" from 127.0.0.1;
 *             - queue views not read (5): Sendmail's client queue (a bare sender "root", the recipient without
 *               brackets) and `exiqgrep -b`'s one-line form gave no record; hMailServer's delivery queue (a
 *               retries column, no status) none; Kerio's queue (the status cell is the error, a "Delivering..."
 *               row beside) none; SmarterMail's spool ("Waiting to Retry", the reason on a "Last Failure Reason:"
 *               line under the table) lost its recipient;
 *             - a status-only row over the log under it (1): cPanel's Mail Queue Manager row "Deferred" with its
 *               delivery log (450 4.7.1 no reverse hostname) read as a delay of unknown cause;
 *             - expiry not read (2): `postqueue -j`'s forced_expire (postsuper -e) read as a deferral; `exim
 *               -Mvl`'s "** r …: retry timeout exceeded" after the recipient's deferrals, which stayed records of
 *               their own (the first a deferral);
 *             - a message inside a tool's frame (1): `postcat -q` of a bounce notice gave no record;
 *             - MDaemon's log of a message moved to the retry queue (1) gave none;
 *             - SmarterMail's "Delivery for alice@x to adam@y has been deferred" (1) took the sender for the
 *               recipient.
 *   fixed     queue-listing.ts: Sendmail's bare sender, `exiqgrep -b`, a retries column (a row tried once and
 *             still listed waits), "Waiting to Retry" / "Retrying", a status cell that is an error sentence (not
 *             an outcome word alone, a trace's "Failed"), rows being delivered passed over, a "Last Failure
 *             Reason:" under the table, a status-only table with Exim's log lines under it left to the log
 *             reader, forced_expire read as the expiry it is (the record is final), a message log's later "**"
 *             bounce drops the recipient's deferrals. New small readers: postcat.ts (the message between "***
 *             MESSAGE CONTENTS" and "*** HEADER EXTRACTED" is read), mdaemon-log.ts (the "*  To:" recipients of
 *             a message "moved to retry queue" with the last failure before it). diagnose-bounce.ts: a server
 *             failure at a loopback hop (127.0.0.0/8, ::1, localhost) is the sender's own side. As data:
 *             "alice@x to bob@y" names the sender first (scan-text.ts, beside Mailgun's arrow), MDaemon's
 *             "connect timeout" (reply-phrases.ts). 60 of 60, counts 17 of 17; whole suite green; corpus
 *             366/383, reply codes 261/274, byte for byte the same.
 *   then      a second batch of 15 (SECOND_BATCH_88: Postfix's "timed out while sending end of data",
 *             Outlook.com's 4.7.652, a postqueue -j AAAA lookup "try again" and a DANE "TLSA lookup error",
 *             Exim's "retry time not reached" alone, Sendmail's "reply: read error" and 452 4.3.1, Exchange's
 *             "Connection dropped due to ConnectionReset" and 400 4.4.7, a Microsoft 365 trace with Gmail's
 *             "Temporary System Problem", Zimbra's lost connection at RCPT TO, a Plesk row with two recipients,
 *             Kerio's remote 421, IceWarp's greylisting) and 3 more counts, written after the fixes and measured
 *             before any change: 15 of 15 right as written, counts 20 of 20.
 */

const TEMPORARY = { permanent: false } as const;
const UNREACHABLE = {
  cause: ['recipient-server-unreachable', 'delivery-delayed', 'connection-refused', 'no-route-to-host'],
  reason: ['expired', 'networkerror', 'blocked'],
  ...TEMPORARY,
} as const;
const REFUSED = {
  cause: ['connection-refused', 'recipient-server-unreachable'],
  reason: ['blocked', 'expired'],
  ...TEMPORARY,
} as const;
const GREY = { cause: 'greylisted', reason: ['blocked', 'onhold'], ...TEMPORARY } as const;
const FULL_TEMP = { cause: 'mailbox-full', reason: 'mailboxfull', side: 'recipient', ...TEMPORARY } as const;
const RATE_TEMP = {
  cause: ['rate-limited', 'too-many-connections', 'ip-reputation'],
  reason: ['speeding', 'toomanyconn', 'badreputation', 'blocked'],
  side: 'sender',
  ...TEMPORARY,
} as const;
const WAITING = {
  cause: ['delivery-delayed', 'unknown'],
  reason: ['expired', 'onhold'],
  ...TEMPORARY,
} as const;
const TLS_TEMP = {
  cause: ['starttls-not-used', 'recipient-tls-invalid', 'tls-required', 'tls-failed', 'security-error'],
  reason: ['failedstarttls', 'securityerror'],
  ...TEMPORARY,
} as const;
// The smarthost (relayhost, send connector, Exim smarthost router) wants a login the server did not give.
const SMARTHOST_AUTH = {
  cause: ['auth-required', 'auth-failed', 'relay-not-authorised'],
  reason: ['securityerror', 'authfailure', 'norelaying'],
  side: 'sender',
  ...TEMPORARY,
} as const;
const DNS_TEMP = { cause: 'dns-failure', reason: 'networkerror', ...TEMPORARY } as const;

const POSTFIX_HEAD = '-Queue ID-  --Size-- ----Arrival Time---- -Sender/Recipient-------';
const pad = (address: string) => `                                         ${address}`;

const POSTFIX_FOUR = lines(
  '[root@mail ~]# mailq',
  POSTFIX_HEAD,
  '3F2A81C04D      2871 Fri Dec  4 14:02:11  sales@example.com',
  '(host mx1.example.net[198.51.100.17] refused to talk to me: 554 5.7.1 Service unavailable; Client host [203.0.113.9] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/203.0.113.9)',
  pad('paul@example.net'),
  pad('quinn@example.net'),
  '',
  'A91C5E7B22     15230 Fri Dec  4 13:47:55  sales@example.com',
  '(SASL authentication failed; server smtp.relay.example.com[192.0.2.25] said: 535 5.7.8 Error: authentication failed: authentication failure)',
  pad('rita@example.org'),
  '',
  '0B7D44E9A1      4410 Fri Dec  4 12:30:02  noreply@example.com',
  '(host mx.example.io[192.0.2.77] said: 421 4.7.0 [TSS04] Messages from 203.0.113.9 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes (in reply to MAIL FROM command))',
  pad('sam@example.io'),
  '',
  'C6E2F0A8B3*     1024 Fri Dec  4 14:05:40  root@example.com',
  pad('ops@example.com'),
  '',
  '-- 23 Kbytes in 4 Requests.',
);

const POSTFIX_TLS_ROUTE = lines(
  '# postqueue -p',
  POSTFIX_HEAD,
  '4D1E9A7F30     3302 Sat Dec  5 08:14:27  alice@example.com',
  '(TLS is required, but host mx.example.org[192.0.2.50] refused to start TLS: 454 4.7.0 TLS not available due to local problem)',
  pad('tom@example.org'),
  '',
  '9E8F7A6B5C     2210 Sat Dec  5 07:55:03  alice@example.com',
  '(Cannot start TLS: handshake failure)',
  pad('uma@example.net'),
  '',
  '71AA20C3D4     1888 Sat Dec  5 06:40:19  alice@example.com',
  '(delivery temporarily suspended: connect to mx.example.co[198.51.100.80]:25: No route to host)',
  pad('vic@example.co'),
  '',
  '-- 7 Kbytes in 3 Requests.',
);

const POSTFIX_LOCAL = lines(
  POSTFIX_HEAD,
  '8B2C3D4E5F     48211 Sat Dec  5 09:01:12  newsletter@example.org',
  '(host mail.example.com[/var/run/dovecot/lmtp] said: 452 4.2.2 <wendy@example.com> Quota exceeded (mailbox for user is full) (in reply to end of DATA command))',
  pad('wendy@example.com'),
  '',
  '5A4B3C2D1E      5120 Sat Dec  5 09:03:44  bob@example.org',
  '(connect to 127.0.0.1[127.0.0.1]:10024: Connection refused)',
  pad('xena@example.com'),
  '',
  '-- 53 Kbytes in 2 Requests.',
);

const REASON_418 =
  'host mx.example.net[198.51.100.33] said: 450 4.1.8 <alice@example.com>: Sender address rejected: Domain not found (in reply to RCPT TO command)';
const POSTQUEUE_J = lines(
  `{"queue_name": "deferred", "queue_id": "2C4E6A8B0D", "arrival_time": 1764921600, "message_size": 2890, "forced_expire": false, "sender": "alice@example.com", "recipients": [{"address": "yara@example.net", "delay_reason": "${REASON_418}"}, {"address": "zed@example.net", "delay_reason": "${REASON_418}"}]}`,
  '{"queue_name": "deferred", "queue_id": "3D5F7B9C1E", "arrival_time": 1764918000, "message_size": 7712, "forced_expire": false, "sender": "alerts@example.com", "recipients": [{"address": "amy@example.org", "delay_reason": "host example-org.mail.protection.outlook.com[192.0.2.61] said: 451 4.7.650 The mail server [203.0.113.9] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://aka.ms/postmaster (S775) [Name=Protocol Filter Agent][AGT=PFA][MxId=11BB22CC33DD44EE] [AM4PEPF00027A5F.eurprd04.prod.outlook.com 2026-12-05T08:00:01.123Z 08DE1A2B3C4D5E6F] (in reply to MAIL FROM command)"}]}',
  '{"queue_name": "active", "queue_id": "4E6A8C0D2F", "arrival_time": 1764925200, "message_size": 1500, "forced_expire": false, "sender": "alice@example.com", "recipients": [{"address": "ben@example.org"}]}',
);

const EXIM_MVL_TWO = lines(
  '# exim -Mvl 1vAe5T-000P3c-2B',
  '2026-12-05 10:00:00 Received from alice@example.com U=alice P=local S=4410',
  '2026-12-05 10:00:02 gus@example.net R=dnslookup T=remote_smtp defer (111): Connection refused',
  '2026-12-05 10:00:03 hal@example.org R=dnslookup T=remote_smtp defer (-44) H=mx.example.org [192.0.2.95]: SMTP error from remote mail server after RCPT TO:<hal@example.org>: 451 4.7.1 Greylisting in effect, please come back later',
  '2026-12-05 10:00:03 => ivy@example.com R=local_user T=dovecot_lmtp',
);

const SENDMAIL_THREE = lines(
  '\t\t/var/spool/mqueue (4 requests)',
  '-----Q-ID----- --Size-- -----Q-Time----- ------------Sender/Recipient-----------',
  '4B5CaXk1012345     3012 Sat Dec  5 08:01 <alice@example.com>',
  '                 (Deferred: 450 4.2.0 <jack@example.org>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.org.html)',
  '\t\t\t\t\t <jack@example.org>',
  '4B5CbYl2012346     1877 Sat Dec  5 07:40 <alice@example.com>',
  '                 (Deferred: 403 4.7.0 TLS handshake failed.)',
  '\t\t\t\t\t <kate@example.net>',
  '4B5CcZm3012347    10440 Sat Dec  5 06:12 <alice@example.com>',
  '                 (Deferred: Connection timed out with mx.example.com.br.)',
  '\t\t\t\t\t <leo@example.com.br>',
  '4B5CdAn4012348*    2200 Sat Dec  5 08:15 <alice@example.com>',
  '\t\t\t\t\t <mia@example.org>',
  '\t\tTotal requests: 4',
);

const SENDMAIL_FULL_RATE = lines(
  '\t\t/var/spool/mqueue (2 requests)',
  '-----Q-ID----- --Size-- -----Q-Time----- ------------Sender/Recipient-----------',
  '4B5CeBo5012349     6100 Sat Dec  5 05:30 <news@example.com>',
  '                 (Deferred: 452 4.2.2 Mailbox full)',
  '\t\t\t\t\t <omar@example.org>',
  '4B5CfCp6012350     2300 Sat Dec  5 05:31 <news@example.com>',
  '                 (Deferred: 421 4.7.1 Too many messages from 203.0.113.9, slow down)',
  '\t\t\t\t\t <pia@example.net>',
  '\t\t\t\t\t <quentin@example.net>',
  '\t\tTotal requests: 2',
);

const getQueue = (type: string, domain: string, lastError: string) =>
  lines(
    `[PS] C:\\Windows\\system32>Get-Queue -Identity EX01\\12 | Format-List`,
    '',
    'RunspaceId                       : 6f1c2d3e-4a5b-6c7d-8e9f-0a1b2c3d4e5f',
    `DeliveryType                     : ${type}`,
    `NextHopDomain                    : ${domain}`,
    'TlsDomain                        :',
    'NextHopConnector                 : 4ae2b1c0-9d8e-7f6a-5b4c-3d2e1f0a9b8c',
    'Status                           : Retry',
    'MessageCount                     : 37',
    `LastError                        : ${lastError}`,
    'RetryCount                       : 9',
    'LastRetryTime                    : 12/5/2026 8:41:10 AM',
    'NextRetryTime                    : 12/5/2026 8:51:10 AM',
    'FirstRetryTime                   : 12/5/2026 6:02:44 AM',
    'Velocity                         : 0',
    'RiskLevel                        : Normal',
    'Identity                         : EX01\\12',
    'IsValid                          : True',
  );

const GET_MESSAGE_TWO = lines(
  '[PS] C:\\>Get-Message -Queue EX02\\8 | Format-List Identity,Subject,Status,Size,FromAddress,LastError,Recipients',
  '',
  'Identity    : EX02\\8\\21474836512',
  'Subject     : Q4 invoice',
  'Status      : Retry',
  'Size        : 182.4 KB (186,778 bytes)',
  'FromAddress : billing@example.com',
  'LastError   : 452 4.3.1 Insufficient system resources',
  'Recipients  : {rob@example.org, sara@example.org}',
);

const traceDetail = (to: string, led: string, status = 'Pending', event = 'Defer') =>
  lines(
    'Message trace details',
    `Status: ${status}`,
    'From: alice@contoso.example',
    `To: ${to}`,
    'Message ID: <DB9PR02MB7788A1B2C3D4E5F6@DB9PR02MB7788.eurprd02.prod.outlook.com>',
    '',
    'Message events',
    'Date\tEvent\tDetail',
    '12/5/2026 8:01:13 AM\tReceive\tMessage received by: AM0PR02MB1234.eurprd02.prod.outlook.com',
    '12/5/2026 8:01:15 AM\tSubmit\tThe message was submitted.',
    `12/5/2026 8:01:20 AM\t${event}\t${led}`,
  );

const ROUND_88_POSTFIX: RealWorldCase[] = [
  [
    'Postfix mailq: a 554 Spamhaus greeting skipped, the message stays queued (first recipient)',
    POSTFIX_FOUR,
    {
      cause: 'ip-blocklisted',
      reason: 'blocked',
      side: 'sender',
      ...TEMPORARY,
      recipient: 'paul@example.net',
      replyCode: 554,
      status: '5.7.1',
    },
  ],
  [
    'Postfix mailq: the second recipient under the Spamhaus reason',
    POSTFIX_FOUR,
    { cause: 'ip-blocklisted', reason: 'blocked', ...TEMPORARY, recipient: 'quinn@example.net', index: 1 },
  ],
  [
    'Postfix mailq: SASL authentication failed at the relayhost (soft-bounced, still queued)',
    POSTFIX_FOUR,
    { ...SMARTHOST_AUTH, recipient: 'rita@example.org', replyCode: 535, index: 2 },
  ],
  [
    'Postfix mailq: Yahoo TSS04 deferral of the third message',
    POSTFIX_FOUR,
    { ...RATE_TEMP, recipient: 'sam@example.io', replyCode: 421, index: 3 },
  ],
  [
    'postqueue -p: TLS required but the next hop refused STARTTLS',
    POSTFIX_TLS_ROUTE,
    { ...TLS_TEMP, recipient: 'tom@example.org' },
  ],
  [
    'postqueue -p: Cannot start TLS: handshake failure',
    POSTFIX_TLS_ROUTE,
    { ...TLS_TEMP, recipient: 'uma@example.net', index: 1 },
  ],
  [
    'postqueue -p: delivery temporarily suspended, no route to host',
    POSTFIX_TLS_ROUTE,
    { ...UNREACHABLE, recipient: 'vic@example.co', index: 2 },
  ],
  [
    'Postfix mailq: Dovecot LMTP quota exceeded is a deferral',
    POSTFIX_LOCAL,
    { ...FULL_TEMP, recipient: 'wendy@example.com', replyCode: 452, status: '4.2.2' },
  ],
  [
    'Postfix mailq: the content filter on 127.0.0.1:10024 refuses: our own server',
    POSTFIX_LOCAL,
    {
      cause: [
        'own-filter-failed',
        'connection-refused',
        'mailer-error',
        'system-error',
        'server-unavailable',
      ],
      reason: ['blocked', 'mailererror', 'systemerror', 'expired'],
      side: 'sender',
      ...TEMPORARY,
      recipient: 'xena@example.com',
      index: 1,
    },
  ],
  [
    'postqueue -j: 450 4.1.8 sender domain not found at the receiver',
    POSTQUEUE_J,
    {
      cause: ['sender-domain-invalid', 'sender-rejected'],
      reason: 'rejected',
      side: 'sender',
      ...TEMPORARY,
      recipient: 'yara@example.net',
      replyCode: 450,
      status: '4.1.8',
    },
  ],
  [
    'postqueue -j: the second recipient of the same message',
    POSTQUEUE_J,
    {
      cause: ['sender-domain-invalid', 'sender-rejected'],
      reason: 'rejected',
      ...TEMPORARY,
      recipient: 'zed@example.net',
      index: 1,
    },
  ],
  [
    'postqueue -j: Microsoft 451 4.7.650 rate limited on IP reputation',
    POSTQUEUE_J,
    { ...RATE_TEMP, recipient: 'amy@example.org', replyCode: 451, status: '4.7.650', index: 2 },
  ],
  [
    'postqueue -j: forced_expire set by postsuper -e, the message will be returned',
    '{"queue_name": "deferred", "queue_id": "6F8A0B2C4D", "arrival_time": 1764500000, "message_size": 3300, "forced_expire": true, "sender": "alice@example.com", "recipients": [{"address": "cody@example.net", "delay_reason": "connect to mx.example.net[198.51.100.25]:25: Connection timed out"}]}',
    {
      cause: ['delivery-expired', 'recipient-server-unreachable'],
      reason: ['expired', 'networkerror'],
      permanent: true,
      recipient: 'cody@example.net',
    },
  ],
  [
    'postcat -q: the queued file is a bounce notice, its recipient unknown',
    lines(
      '# postcat -q 7A1B2C3D4E',
      '*** ENVELOPE RECORDS deferred/7/7A1B2C3D4E ***',
      'message_size:            2650             618               1               0            2650               0',
      'message_arrival_time: Sat Dec  5 10:11:12 2026',
      'create_time: Sat Dec  5 10:11:12 2026',
      'named_attribute: rewrite_context=local',
      'sender: ',
      'named_attribute: dsn_orig_rcpt=rfc822;alice@example.com',
      'original_recipient: alice@example.com',
      'recipient: alice@example.com',
      '*** MESSAGE CONTENTS deferred/7/7A1B2C3D4E ***',
      'Date: Sat,  5 Dec 2026 10:11:12 +0000 (UTC)',
      'From: MAILER-DAEMON@mail.example.com (Mail Delivery System)',
      'Subject: Undelivered Mail Returned to Sender',
      'To: alice@example.com',
      'Auto-Submitted: auto-replied',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      'This is the mail system at host mail.example.com.',
      '',
      "I'm sorry to have to inform you that your message could not",
      "be delivered to one or more recipients. It's attached below.",
      '',
      '                   The mail system',
      '',
      '<dora@example.net>: host mx.example.net[198.51.100.25] said: 550 5.1.1',
      '    <dora@example.net>: Recipient address rejected: User unknown in virtual',
      '    mailbox table (in reply to RCPT TO command)',
      '*** HEADER EXTRACTED deferred/7/7A1B2C3D4E ***',
      '*** MESSAGE FILE END deferred/7/7A1B2C3D4E ***',
    ),
    {
      cause: 'user-unknown',
      reason: 'userunknown',
      permanent: true,
      recipient: 'dora@example.net',
      replyCode: 550,
      status: '5.1.1',
    },
  ],
  [
    'Zimbra postqueue: amavis virus_scan FAILED on our own server',
    lines(
      '[zimbra@mail ~]$ /opt/zimbra/common/sbin/postqueue -p',
      POSTFIX_HEAD,
      'E21F0C1A2B     9120 Sat Dec  5 07:14:33  alice@example.com',
      '(host 127.0.0.1[127.0.0.1] said: 451 4.5.0 Error in processing, id=21444-07, virus_scan FAILED: virus scanner failure (in reply to end of DATA command))',
      pad('dina@example.com'),
      '',
      '-- 9 Kbytes in 1 Request.',
    ),
    {
      cause: ['own-filter-failed', 'system-error', 'mailer-error', 'server-unavailable'],
      reason: ['systemerror', 'mailererror'],
      side: 'sender',
      ...TEMPORARY,
      recipient: 'dina@example.com',
      replyCode: 451,
    },
  ],
  [
    'Zimbra postqueue: lost connection while receiving the initial server greeting',
    lines(
      POSTFIX_HEAD,
      '0C9D8E7F6A     3120 Sat Dec  5 05:10:02  alice@example.com',
      '(delivery temporarily suspended: lost connection with mx.example.net[198.51.100.9] while receiving the initial server greeting)',
      pad('eve@example.net'),
      '',
      '-- 3 Kbytes in 1 Request.',
    ),
    {
      cause: [
        'recipient-server-unreachable',
        'delivery-delayed',
        'connection-rejected',
        'server-unavailable',
      ],
      reason: ['expired', 'networkerror', 'blocked', 'systemerror'],
      ...TEMPORARY,
      recipient: 'eve@example.net',
    },
  ],
];

const ROUND_88_EXIM: RealWorldCase[] = [
  [
    'exim -Mvl: TLS certificate verify failed at the next hop',
    lines(
      '# exim -Mvl 1vAbCd-000Kx2-3Q',
      '2026-12-05 08:10:01 Received from alice@example.com U=alice P=local S=2044',
      '2026-12-05 08:10:03 ellen@example.org R=dnslookup T=remote_smtp defer (-37) H=mx.example.org [192.0.2.90]: TLS session: (SSL_connect): error:0A000086:SSL routines::certificate verify failed',
      '2026-12-05 08:25:03 ellen@example.org R=dnslookup T=remote_smtp defer (-37) H=mx.example.org [192.0.2.90]: TLS session: (SSL_connect): error:0A000086:SSL routines::certificate verify failed',
    ),
    { ...TLS_TEMP, recipient: 'ellen@example.org' },
  ],
  [
    'exim -Mvl: authentication at the smarthost failed, deferred',
    lines(
      '# exim -Mvl 1vAc0F-000L1a-5K',
      '2026-12-05 09:00:00 Received from alice@example.com H=(laptop) [10.0.0.5] P=esmtpsa A=dovecot_plain:alice S=3120',
      '2026-12-05 09:00:01 fred@example.net R=smarthost T=remote_smtp_smarthost defer (-42): authentication required but authentication attempt(s) failed',
    ),
    { ...SMARTHOST_AUTH, recipient: 'fred@example.net' },
  ],
  [
    'exigrep: a message that has not completed, 452 4.2.2 mailbox full',
    lines(
      '# exigrep gina@example.org /var/log/exim4/mainlog',
      '+++ 1vAbZz-000LmN-7T has not completed +++',
      '2026-12-05 07:30:11 1vAbZz-000LmN-7T <= alice@example.com H=web.example.com [192.0.2.14] P=esmtp S=5120 id=20261205073011.abc@web.example.com',
      '2026-12-05 07:30:13 1vAbZz-000LmN-7T == gina@example.org R=dnslookup T=remote_smtp defer (-44) H=mx.example.org [192.0.2.95]: SMTP error from remote mail server after RCPT TO:<gina@example.org>: 452 4.2.2 Mailbox full',
      '2026-12-05 08:30:15 1vAbZz-000LmN-7T == gina@example.org R=dnslookup T=remote_smtp defer (-44) H=mx.example.org [192.0.2.95]: SMTP error from remote mail server after RCPT TO:<gina@example.org>: 452 4.2.2 Mailbox full',
    ),
    { ...FULL_TEMP, recipient: 'gina@example.org', replyCode: 452, status: '4.2.2' },
  ],
  [
    'exim -Mvl: retry timeout exceeded, the recipient bounced',
    lines(
      '# exim -Mvl 1vzQ1a-0001Aa-0B',
      '2026-12-01 06:00:00 Received from alice@example.com U=alice P=local S=1900',
      '2026-12-01 06:00:32 hugo@example.net R=dnslookup T=remote_smtp defer (110): Connection timed out',
      '2026-12-03 06:02:10 hugo@example.net R=dnslookup T=remote_smtp defer (110): Connection timed out',
      '2026-12-05 06:05:00 ** hugo@example.net R=dnslookup T=remote_smtp: retry timeout exceeded',
    ),
    {
      cause: ['delivery-expired', 'recipient-server-unreachable'],
      reason: ['expired', 'networkerror'],
      permanent: true,
      recipient: 'hugo@example.net',
    },
  ],
  [
    'exiqgrep -b: a brief listing, the recipient waits without a reason',
    lines(
      '# exiqgrep -b -f alice@example.com',
      '1vAc11-000N2a-0C From: <alice@example.com> To: iris@example.com',
    ),
    { ...WAITING, recipient: 'iris@example.com' },
  ],
  [
    'exim -Mvl: connection refused for the first recipient',
    EXIM_MVL_TWO,
    { ...REFUSED, recipient: 'gus@example.net' },
  ],
  [
    'exim -Mvl: greylisting for the second, the delivered one gives none',
    EXIM_MVL_TWO,
    { ...GREY, recipient: 'hal@example.org', replyCode: 451, index: 1 },
  ],
  [
    'cPanel Mail Queue Manager: a deferred row with its delivery log, no reverse hostname',
    lines(
      'Message ID\tSender\tRecipients\tTime\tSize\tStatus',
      '1vAdQ2-0009Zx-8F\talice@example.com\terik@example.org\t12/05/2026 06:01\t8.2 KB\tDeferred',
      '',
      'Delivery Log',
      '2026-12-05 06:01:09 erik@example.org R=dkim_lookuphost T=dkim_remote_smtp defer (-44) H=mx.example.org [192.0.2.101]: SMTP error from remote mail server after RCPT TO:<erik@example.org>: 450 4.7.1 Client host rejected: cannot find your reverse hostname, [203.0.113.9]',
    ),
    {
      cause: 'reverse-dns-missing',
      reason: 'requireptr',
      side: 'sender',
      ...TEMPORARY,
      recipient: 'erik@example.org',
      replyCode: 450,
    },
  ],
  [
    'cPanel Track Delivery: a defer event, Microsoft 451 4.7.500 server busy',
    lines(
      'Event\tUser\tSender\tSent Time\tSender IP\tRecipient\tResult\tRouter\tTransport\tOut Server',
      'defer\texampleco\talice@example.com\t12/5/2026 8:44:10 AM\t192.0.2.14\tdirk@example.net\t451 4.7.500 Server busy. Please try again later from [203.0.113.9]. (AS800)\tdkim_lookuphost\tdkim_remote_smtp\texample-net.mail.protection.outlook.com',
    ),
    {
      cause: ['rate-limited', 'too-many-connections', 'ip-reputation', 'server-unavailable'],
      reason: ['speeding', 'toomanyconn', 'badreputation', 'blocked', 'systemerror'],
      ...TEMPORARY,
      recipient: 'dirk@example.net',
      replyCode: 451,
    },
  ],
];

const ROUND_88_SENDMAIL: RealWorldCase[] = [
  [
    'Sendmail mailq: a postgrey deferral',
    SENDMAIL_THREE,
    { ...GREY, recipient: 'jack@example.org', replyCode: 450 },
  ],
  [
    'Sendmail mailq: 403 4.7.0 TLS handshake failed',
    SENDMAIL_THREE,
    { ...TLS_TEMP, recipient: 'kate@example.net', index: 1 },
  ],
  [
    'Sendmail mailq: connection timed out with the MX',
    SENDMAIL_THREE,
    { ...UNREACHABLE, recipient: 'leo@example.com.br', index: 2 },
  ],
  [
    'Sendmail mailq: 452 4.2.2 mailbox full is a deferral',
    SENDMAIL_FULL_RATE,
    { ...FULL_TEMP, recipient: 'omar@example.org', replyCode: 452, status: '4.2.2' },
  ],
  [
    'Sendmail mailq: too many messages, slow down (first of two recipients)',
    SENDMAIL_FULL_RATE,
    { ...RATE_TEMP, recipient: 'pia@example.net', replyCode: 421, index: 1 },
  ],
  [
    'Sendmail mailq: the second recipient under the rate deferral',
    SENDMAIL_FULL_RATE,
    { ...RATE_TEMP, recipient: 'quentin@example.net', index: 2 },
  ],
  [
    'Sendmail mailq -Ac: the client queue cannot reach the local MTA',
    lines(
      '# mailq -Ac',
      '\t\t/var/spool/clientmqueue (1 request)',
      '-----Q-ID----- --Size-- -----Q-Time----- ------------Sender/Recipient-----------',
      '4B5A1c2d003321       88 Sat Dec  5 04:00 root',
      '                 (Deferred: Connection refused by [127.0.0.1])',
      '\t\t\t\t\t nina@example.com',
      '\t\tTotal requests: 1',
    ),
    {
      cause: ['submission-unreachable', 'own-filter-failed', 'connection-refused'],
      reason: ['networkerror', 'blocked'],
      side: 'sender',
      ...TEMPORARY,
      recipient: 'nina@example.com',
    },
  ],
];

const ROUND_88_EXCHANGE: RealWorldCase[] = [
  [
    'Exchange Get-Queue | fl: 421 4.2.1 Unable to connect, failover failed',
    getQueue(
      'DnsConnectorDelivery',
      'example.org',
      '451 4.4.0 Primary target IP address responded with: "421 4.2.1 Unable to connect." Attempted failover to alternate host, but that did not succeed. Either there are no alternate hosts, or delivery failed to all alternate hosts. The last endpoint attempted was 192.0.2.120:25',
    ),
    { ...UNREACHABLE, recipient: null },
  ],
  [
    'Exchange Get-Queue | fl: Winsock 10060, the next hop times out',
    getQueue(
      'DnsConnectorDelivery',
      'example.net',
      '441 4.4.1 Error encountered while communicating with primary target IP address: "Failed to connect. Winsock error code: 10060, Win32 error code: 10060." Attempted failover to alternate host, but that did not succeed. Either there are no alternate hosts, or delivery failed to all alternate hosts. The last endpoint attempted was 198.51.100.150:25',
    ),
    { ...UNREACHABLE, recipient: null },
  ],
  [
    'Exchange Get-Queue | fl: the smarthost answers 530 5.7.57 client not authenticated',
    getQueue(
      'SmartHostConnectorDelivery',
      'example-com.mail.protection.outlook.com',
      '451 4.4.395 Target host responded with error. -> 530 5.7.57 Client not authenticated to send mail. [BN8NAM11FT012.eop-nam11.prod.protection.outlook.com 2026-12-05T08:00:00.000Z 08DE1122AABBCCDD]',
    ),
    { ...SMARTHOST_AUTH, recipient: null },
  ],
  [
    "Exchange Get-Queue | fl: the send connector's TLS certificate cannot be found",
    getQueue(
      'SmartHostConnectorDelivery',
      'relay.example.net',
      '454 4.7.5 The certificate specified in TlsCertificateName of the SendConnector could not be found.',
    ),
    {
      cause: ['sender-tls-setup', 'tls-failed'],
      reason: ['failedstarttls', 'securityerror'],
      side: 'sender',
      ...TEMPORARY,
      recipient: null,
    },
  ],
  [
    'Exchange Get-Message | fl: two recipients, 452 4.3.1 insufficient system resources',
    GET_MESSAGE_TWO,
    {
      cause: ['system-full', 'server-unavailable'],
      reason: ['systemfull', 'systemerror'],
      ...TEMPORARY,
      recipient: 'rob@example.org',
      replyCode: 452,
    },
  ],
  [
    'Exchange Get-Message | fl: the second recipient in the braces',
    GET_MESSAGE_TWO,
    {
      cause: ['system-full', 'server-unavailable'],
      reason: ['systemfull', 'systemerror'],
      ...TEMPORARY,
      recipient: 'sara@example.org',
      index: 1,
    },
  ],
  [
    'Exchange Queue Viewer row: DNS NonExistentDomain while still retrying',
    lines(
      'Next Hop Domain\tDelivery Type\tStatus\tMessage Count\tVelocity\tNext Retry Time\tLast Error',
      'example.net\tDNS Connector Delivery\tRetry\t14\t0\t12/5/2026 9:20 AM\t451 4.4.0 DNS query failed. The error was: SMTPSEND.DNS.NonExistentDomain; nonexistent domain',
      'Submission\tUndefined\tReady\t0\t0\t\t',
    ),
    {
      cause: ['domain-not-found', 'dns-failure'],
      reason: ['hostunknown', 'networkerror'],
      ...TEMPORARY,
      recipient: null,
    },
  ],
  [
    'Microsoft 365 message trace Pending: 4.4.317 STARTTLS is required by the receiver',
    traceDetail(
      'theo@example.org',
      'The message was deferred. Reason: [{LED=450 4.4.317 Cannot connect to remote server [Message=451 5.7.3 STARTTLS is required to send mail] [LastAttemptedServerName=mx.example.org] [LastAttemptedIP=192.0.2.44:25]};{MSG=};{FQDN=mx.example.org};{IP=192.0.2.44};{LRT=12/5/2026 8:01:20 AM}]. OutboundProxyTargetIP: 192.0.2.44. OutboundProxyTargetHostName: mx.example.org',
    ),
    { ...TLS_TEMP, recipient: 'theo@example.org' },
  ],
  [
    'Microsoft 365 message trace Pending: Gmail 452 4.2.2 over quota',
    traceDetail(
      'ursula@example.com',
      "The message was deferred. Reason: [{LED=452-4.2.2 The recipient's inbox is out of storage space. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp 6a1b2c3d4e5f6-123abc.45 - gsmtp};{MSG=};{FQDN=gmail-smtp-in.l.google.com};{IP=192.0.2.27};{LRT=12/5/2026 8:01:20 AM}]",
    ),
    { ...FULL_TEMP, recipient: 'ursula@example.com', status: '4.2.2' },
  ],
  [
    'Get-MessageTrace | fl Pending with Get-MessageTraceDetail: Winsock 10060',
    lines(
      'PS C:\\> Get-MessageTrace -RecipientAddress lena@example.net | Format-List Received,SenderAddress,RecipientAddress,Subject,Status',
      '',
      'Received         : 12/5/2026 7:45:03 AM',
      'SenderAddress    : alice@contoso.example',
      'RecipientAddress : lena@example.net',
      'Subject          : Contract draft',
      'Status           : Pending',
      '',
      'PS C:\\> Get-MessageTrace -RecipientAddress lena@example.net | Get-MessageTraceDetail | Format-List Event,Detail',
      '',
      'Event  : Receive',
      'Detail : Message received by: AM0PR02MB1234.eurprd02.prod.outlook.com',
      '',
      'Event  : Defer',
      'Detail : The message was deferred. Reason: [{LED=441 4.4.1 Error encountered while communicating with primary target IP address: "Failed to connect. Winsock error code: 10060, Win32 error code: 10060." Attempted failover to alternate host, but that did not succeed. Either there are no alternate hosts, or delivery failed to all alternate hosts. The last endpoint attempted was 198.51.100.150:25};{MSG=};{FQDN=mx.example.net};{IP=198.51.100.150};{LRT=12/5/2026 7:50:03 AM}]',
    ),
    { ...UNREACHABLE, recipient: 'lena@example.net' },
  ],
  [
    'Microsoft 365 message trace Failed: QUEUE.Expired after the deferrals',
    traceDetail(
      'milo@example.net',
      'Reason: [{LED=550 4.4.7 QUEUE.Expired; message expired};{MSG=};{FQDN=};{IP=};{LRT=12/7/2026 8:01:20 AM}]',
      'Failed',
      'Fail',
    ),
    {
      cause: ['delivery-expired', 'recipient-server-unreachable'],
      reason: ['expired', 'networkerror'],
      permanent: true,
      recipient: 'milo@example.net',
    },
  ],
];

const ROUND_88_OTHERS: RealWorldCase[] = [
  [
    'hMailServer delivery queue: a message retried four times, no reason shown',
    lines(
      'Delivery queue',
      'ID\tCreated\tFrom\tTo\tNext try\tNumber of retries',
      '48211\t2026-12-05 06:10:44\talice@example.com\tvera@example.net\t2026-12-05 10:10:44\t4',
    ),
    { ...WAITING, recipient: 'vera@example.net' },
  ],
  [
    'hMailServer log: greylisted at RCPT, scheduled for later delivery',
    lines(
      '"SMTPC"\t3148\t1021\t"2026-12-05 08:12:04.310"\t"192.0.2.70"\t"RECEIVED: 220 mx.example.org ESMTP"',
      '"SMTPC"\t3148\t1021\t"2026-12-05 08:12:04.402"\t"192.0.2.70"\t"SENT: EHLO mail.example.com"',
      '"SMTPC"\t3148\t1021\t"2026-12-05 08:12:04.600"\t"192.0.2.70"\t"SENT: MAIL FROM:<alice@example.com>"',
      '"SMTPC"\t3148\t1021\t"2026-12-05 08:12:04.690"\t"192.0.2.70"\t"SENT: RCPT TO:<xavier@example.org>"',
      '"SMTPC"\t3148\t1021\t"2026-12-05 08:12:04.781"\t"192.0.2.70"\t"RECEIVED: 450 4.7.1 <xavier@example.org>: Recipient address rejected: Greylisted, please try again in 300 seconds"',
      '"APPLICATION"\t3148\t"2026-12-05 08:12:04.790"\t"SMTPDeliverer - Message 48230: Message could not be delivered. Scheduling it for later delivery in 15 minutes."',
    ),
    { ...GREY, recipient: 'xavier@example.org', replyCode: 450 },
  ],
  [
    'MDaemon routing log: connect timeout, moved to the retry queue',
    lines(
      'Sat 2026-12-05 08:20:11.123: Parsing message <c:\\mdaemon\\queues\\remote\\md50000012345.msg>',
      'Sat 2026-12-05 08:20:11.124: *  From: alice@example.com',
      'Sat 2026-12-05 08:20:11.124: *  To: yusuf@example.net',
      'Sat 2026-12-05 08:20:11.300: Attempting SMTP connection to [mx.example.net : 25]',
      'Sat 2026-12-05 08:20:32.301: Socket connect timeout to [198.51.100.90 : 25]',
      'Sat 2026-12-05 08:20:32.305: Message moved to retry queue: c:\\mdaemon\\queues\\retry\\md50000012345.msg',
    ),
    { ...UNREACHABLE, recipient: 'yusuf@example.net' },
  ],
  [
    'SmarterMail spool: waiting to retry, too many connections',
    lines(
      'Spool',
      'Status\tType\tFile Name\tSender\tRecipients\tSize\tTime in Queue\tAttempts\tNext Attempt',
      'Waiting to Retry\tSMTP\t4523.eml\talice@example.com\tzara@example.org\t18 KB\t02:14:06\t5\t12/5/2026 10:30 AM',
      '',
      'Last Failure Reason: 421 4.7.0 mx.example.org Error: too many connections from 203.0.113.9',
    ),
    { ...RATE_TEMP, recipient: 'zara@example.org', replyCode: 421 },
  ],
  [
    'SmarterMail delivery log: deferred, quota exceeded',
    '09:14:02.110 [81234] Delivery for alice@example.com to adam@example.net has been deferred. Reason: 452 4.2.2 Quota exceeded for this recipient',
    { ...FULL_TEMP, recipient: 'adam@example.net', replyCode: 452 },
  ],
  [
    'Kerio Connect message queue: connection refused, the other row is being delivered',
    lines(
      'ID\tCreated\tNext Try\tSize\tFrom\tTo\tStatus',
      '6938a1c2-0012\t2026-12-05 07:02\t2026-12-05 09:32\t42 KB\talice@example.com\tbella@example.org\tCannot connect to remote SMTP server mx.example.org (192.0.2.130): Connection refused',
      '6938a1c2-0013\t2026-12-05 09:31\t\t3 KB\talice@example.com\tcasey@example.net\tDelivering...',
    ),
    { ...REFUSED, recipient: 'bella@example.org' },
  ],
  [
    'IceWarp outgoing queue: the relay cannot resolve the recipient domain for now',
    lines(
      'Date\tFrom\tTo\tSize\tRetry\tError',
      '2026-12-05 08:00\talice@example.com\tcarl@example.net\t12 kB\t3\t450 4.1.2 <carl@example.net>: Recipient address rejected: Domain not found',
    ),
    {
      cause: ['domain-not-found', 'dns-failure', 'recipient-domain-typo'],
      reason: ['hostunknown', 'networkerror'],
      ...TEMPORARY,
      recipient: 'carl@example.net',
      replyCode: 450,
    },
  ],
  [
    'Plesk mail queue: Gmail 421 4.7.26 unauthenticated mail rate limited',
    lines(
      'Subject\tSender\tRecipient\tDate\tSize\tStatus\tReason',
      'Order #4471\tshop@example.com\tfay@gmail.com\tDec 5, 2026 08:20\t14 KB\tdeferred\thost gmail-smtp-in.l.google.com[192.0.2.27] said: 421-4.7.26 This mail has been rate limited because it is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM. Authentication results: DKIM = did not pass SPF [example.com] with ip: [203.0.113.9] = did not pass (in reply to end of DATA command)',
    ),
    {
      cause: ['auth-failed', 'spf-fail', 'dkim-fail', 'rate-limited'],
      reason: ['authfailure', 'speeding'],
      side: 'sender',
      ...TEMPORARY,
      recipient: 'fay@gmail.com',
      replyCode: 421,
    },
  ],
];

export const ROUND_88: RealWorldCase[] = [
  ...ROUND_88_POSTFIX,
  ...ROUND_88_EXIM,
  ...ROUND_88_SENDMAIL,
  ...ROUND_88_EXCHANGE,
  ...ROUND_88_OTHERS,
];

const SYSTEM_FULL_TEMP = {
  cause: ['system-full', 'server-unavailable'],
  reason: ['systemfull', 'systemerror'],
  ...TEMPORARY,
} as const;
const BUSY_TEMP = {
  cause: ['server-unavailable', 'rate-limited', 'too-many-connections'],
  reason: ['systemerror', 'speeding', 'toomanyconn', 'blocked'],
  ...TEMPORARY,
} as const;

const PLESK_TWO = lines(
  'Subject\tSender\tRecipient\tDate\tSize\tStatus\tReason',
  'Newsletter December\tnews@example.com\tgreta@example.net, henrik@example.net\tDec 5, 2026 07:02\t88 KB\tdeferred\tconnect to mx.example.net[198.51.100.7]:25: Connection timed out',
);

const SECOND_BATCH_CASES: RealWorldCase[] = [
  [
    'Postfix mailq: timed out while sending end of data, may be sent twice',
    lines(
      POSTFIX_HEAD,
      '1F2E3D4C5B    20480 Sat Dec  5 09:40:12  alice@example.com',
      '(conversation with mx.example.org[192.0.2.9] timed out while sending end of data -- message may be sent more than once)',
      pad('ines@example.org'),
      '',
      '-- 20 Kbytes in 1 Request.',
    ),
    { ...UNREACHABLE, recipient: 'ines@example.org' },
  ],
  [
    'Postfix mailq: Outlook.com 451 4.7.652 too many connections',
    lines(
      POSTFIX_HEAD,
      '6B5A4C3D2E     2048 Sat Dec  5 09:41:55  alerts@example.com',
      '(host outlook-com.olc.protection.outlook.com[192.0.2.160] said: 451 4.7.652 The mail server [203.0.113.9] has exceeded the maximum number of connections. (S3115) [AM2PEPF0001C70A.eurprd05.prod.outlook.com 2026-12-05T09:41:58.000Z 08DE0011AABB2233] (in reply to MAIL FROM command))',
      pad('jonas@outlook.com'),
      '',
      '-- 2 Kbytes in 1 Request.',
    ),
    { ...RATE_TEMP, recipient: 'jonas@outlook.com', replyCode: 451, status: '4.7.652' },
  ],
  [
    'postqueue -j: the MX host name does not resolve for now',
    '{"queue_name": "deferred", "queue_id": "8C7B6A5F4E", "arrival_time": 1764926000, "message_size": 1700, "forced_expire": false, "sender": "alice@example.com", "recipients": [{"address": "karl@example.de", "delay_reason": "Host or domain name not found. Name service error for name=mx01.example.de type=AAAA: Host not found, try again"}]}',
    { ...DNS_TEMP, recipient: 'karl@example.de' },
  ],
  [
    'postqueue -j: DANE, TLSA lookup error',
    '{"queue_name": "deferred", "queue_id": "9D8C7B6A5F", "arrival_time": 1764926100, "message_size": 1800, "forced_expire": false, "sender": "alice@example.com", "recipients": [{"address": "lotte@example.nl", "delay_reason": "TLSA lookup error for mx.example.nl:25"}]}',
    {
      cause: ['recipient-tls-invalid', 'dns-failure', 'tls-failed'],
      reason: ['securityerror', 'networkerror'],
      ...TEMPORARY,
      recipient: 'lotte@example.nl',
    },
  ],
  [
    'Exim main log: retry time not reached alone, the recipient waits',
    "2026-12-05 09:50:01 1vAf1K-000Q2d-6C == marta@example.net R=dnslookup T=remote_smtp defer (-53): retry time not reached for any host for 'example.net'",
    {
      ...WAITING,
      cause: ['delivery-delayed', 'unknown', 'recipient-server-unreachable'],
      recipient: 'marta@example.net',
    },
  ],
  [
    'Sendmail mailq: reply read error from the MX',
    lines(
      '\t\t/var/spool/mqueue (1 request)',
      '-----Q-ID----- --Size-- -----Q-Time----- ------------Sender/Recipient-----------',
      '4B5DgDq7012351     4410 Sat Dec  5 09:02 <alice@example.com>',
      '                 (Deferred: 451 4.4.1 reply: read error from mx.example.org.)',
      '\t\t\t\t\t <nils@example.org>',
      '\t\tTotal requests: 1',
    ),
    { ...UNREACHABLE, recipient: 'nils@example.org' },
  ],
  [
    'Sendmail mailq: 452 4.3.1 insufficient system storage at the receiver',
    lines(
      '\t\t/var/spool/mqueue (1 request)',
      '-----Q-ID----- --Size-- -----Q-Time----- ------------Sender/Recipient-----------',
      '4B5DhEr8012352    30120 Sat Dec  5 08:50 <alice@example.com>',
      '                 (Deferred: 452 4.3.1 Insufficient system storage)',
      '\t\t\t\t\t <olga@example.org>',
      '\t\tTotal requests: 1',
    ),
    { ...SYSTEM_FULL_TEMP, recipient: 'olga@example.org', replyCode: 452 },
  ],
  [
    'Exchange Get-Queue | fl: connection dropped due to ConnectionReset',
    getQueue('DnsConnectorDelivery', 'example.com.au', '421 4.4.2 Connection dropped due to ConnectionReset'),
    {
      cause: ['recipient-server-unreachable', 'connection-rejected', 'delivery-delayed'],
      reason: ['expired', 'networkerror', 'blocked'],
      ...TEMPORARY,
      recipient: null,
    },
  ],
  [
    'Exchange Get-Message | fl: 400 4.4.7 message delayed, one recipient',
    lines(
      'Identity    : EX03\\21\\21474836601',
      'Subject     : Board pack',
      'Status      : Retry',
      'FromAddress : ceo@example.com',
      'LastError   : 400 4.4.7 Message delayed',
      'Recipients  : {pavel@example.cz}',
    ),
    { ...WAITING, recipient: 'pavel@example.cz' },
  ],
  [
    'Microsoft 365 message trace Pending: Gmail temporary system problem',
    traceDetail(
      'quirin@gmail.com',
      'The message was deferred. Reason: [{LED=421 4.7.0 Temporary System Problem.  Try again later (10). 6a1b2c3d4e5f6-123abc.45 - gsmtp};{MSG=};{FQDN=gmail-smtp-in.l.google.com};{IP=192.0.2.27};{LRT=12/5/2026 8:01:20 AM}]',
    ),
    { ...BUSY_TEMP, recipient: 'quirin@gmail.com', replyCode: 421 },
  ],
  [
    'Zimbra postqueue: lost connection with the mailbox server while sending RCPT TO',
    lines(
      POSTFIX_HEAD,
      'AB12CD34EF     6620 Sat Dec  5 09:12:44  alice@example.com',
      '(lost connection with mbx1.example.com[192.0.2.20] while sending RCPT TO)',
      pad('rolf@example.com'),
      '',
      '-- 6 Kbytes in 1 Request.',
    ),
    {
      cause: [
        'recipient-server-unreachable',
        'delivery-delayed',
        'server-unavailable',
        'connection-rejected',
      ],
      reason: ['expired', 'networkerror', 'systemerror', 'blocked'],
      ...TEMPORARY,
      recipient: 'rolf@example.com',
    },
  ],
  [
    'Plesk mail queue: two recipients in one row, connection timed out',
    PLESK_TWO,
    { ...UNREACHABLE, recipient: 'greta@example.net' },
  ],
  [
    'Plesk mail queue: the second recipient of the row',
    PLESK_TWO,
    { ...UNREACHABLE, recipient: 'henrik@example.net', index: 1 },
  ],
  [
    'Kerio Connect message queue: remote server error, try again later',
    lines(
      'ID\tCreated\tNext Try\tSize\tFrom\tTo\tStatus',
      '6938a1c2-0020\t2026-12-05 08:02\t2026-12-05 09:02\t12 KB\talice@example.com\tsven@example.se\tRemote SMTP server error: 421 4.7.0 Try again later, closing connection.',
    ),
    { ...BUSY_TEMP, recipient: 'sven@example.se', replyCode: 421 },
  ],
  [
    'IceWarp outgoing queue: greylisting in action',
    lines(
      'Date\tFrom\tTo\tSize\tRetry\tError',
      '2026-12-05 08:30\talice@example.com\ttina@example.at\t4 kB\t1\t451 4.7.1 Greylisting in action, please come back later',
    ),
    { ...GREY, recipient: 'tina@example.at', replyCode: 451 },
  ],
];

export const SECOND_BATCH_88: RealWorldCase[] = SECOND_BATCH_CASES;

/** Views and their record counts (one per waiting or failed recipient; none for a view that holds no failure). */
export const COUNTS_88: [name: string, input: string, records: number, knownWrong?: string][] = [
  ['Postfix mailq: four messages, the active one gives none', POSTFIX_FOUR, 4],
  ['postqueue -p: three deferred messages', POSTFIX_TLS_ROUTE, 3],
  ['postqueue -j: three deferred recipients, the active one none', POSTQUEUE_J, 3],
  ['exim -Mvl: the delivered recipient gives none', EXIM_MVL_TWO, 2],
  ['Sendmail mailq: the active entry gives none', SENDMAIL_THREE, 3],
  ['Sendmail mailq: two recipients under one deferral', SENDMAIL_FULL_RATE, 3],
  ['Exchange Get-Message: two recipients', GET_MESSAGE_TWO, 2],
  [
    'qshape deferred: counts by domain and age',
    lines(
      '$ qshape deferred',
      '                                    T  5 10 20 40 80 160 320 640 1280 1280+',
      '                             TOTAL 42  0  1  3  5  9  12   8   4    0     0',
      '                       example.net 30  0  0  2  4  7   9   5   3    0     0',
      '                       example.org 12  0  1  1  1  2   3   3   1    0     0',
    ),
    0,
  ],
  [
    'qshape -s deferred: counts by sender domain',
    lines(
      '# qshape -s deferred | head',
      '                         T  5 10 20 40 80 160 320 640 1280 1280+',
      '                  TOTAL  9  0  0  1  1  2   2   2   1    0     0',
      '            example.com  9  0  0  1  1  2   2   2   1    0     0',
    ),
    0,
  ],
  ['exipick -zi: frozen message ids only', lines('# exipick -zi', '1vAc9Z-000O7b-4D', '1vAcA0-000O8c-5E'), 0],
  [
    'Debian Sendmail mailq: both queues empty',
    lines(
      'MSP Queue status...',
      '\t\t/var/spool/mqueue-client is empty',
      '\t\tTotal requests: 0',
      'MTA Queue status...',
      '\t\t/var/spool/mqueue is empty',
      '\t\tTotal requests: 0',
    ),
    0,
  ],
  [
    'Exchange Get-Queue | fl: a Ready queue without an error',
    lines(
      'Identity       : EX01\\Submission',
      'DeliveryType   : Undefined',
      'NextHopDomain  : Submission',
      'Status         : Ready',
      'MessageCount   : 0',
      'LastError      :',
      'RetryCount     : 0',
      'Velocity       : 0',
    ),
    0,
  ],
  [
    'Exchange Get-Message | fl: a message being delivered, no error',
    lines(
      'Identity    : EX01\\14\\21474836590',
      'Subject     : Minutes',
      'Status      : Active',
      'FromAddress : alice@example.com',
      'LastError   :',
      'Recipients  : {nils@example.org}',
    ),
    0,
  ],
  [
    'Microsoft 365 message trace: Getting status',
    lines(
      'Date (UTC)\tSender\tRecipient\tSubject\tStatus',
      '12/5/2026 9:59 AM\talice@contoso.example\turi@example.net\tWeekly report\tGetting status',
    ),
    0,
  ],
  [
    'hMailServer delivery queue: a message not tried yet',
    lines(
      'Delivery queue',
      'ID\tCreated\tFrom\tTo\tNext try\tNumber of retries',
      '48215\t2026-12-05 09:58:02\talice@example.com\twalt@example.org\tImmediately\t0',
    ),
    0,
  ],
  [
    'cPanel Mail Queue Manager: no messages',
    lines('Mail Queue Manager', 'There are no messages in the mail queue.'),
    0,
  ],
  [
    'postqueue -j: incoming messages only',
    '{"queue_name": "incoming", "queue_id": "9A8B7C6D5E", "arrival_time": 1764925300, "message_size": 900, "forced_expire": false, "sender": "alice@example.com", "recipients": [{"address": "olaf@example.org"}, {"address": "pam@example.org"}]}',
    0,
  ],
  ['second batch: Plesk row with two recipients', PLESK_TWO, 2],
  [
    'second batch: Sendmail mailq, entries skipped for load (X) give none',
    lines(
      '\t\t/var/spool/mqueue (1 request)',
      '-----Q-ID----- --Size-- -----Q-Time----- ------------Sender/Recipient-----------',
      '4B5DiFs9012353X    1200 Sat Dec  5 09:30 <alice@example.com>',
      '\t\t\t\t\t <uwe@example.org>',
      '\t\tTotal requests: 1',
    ),
    0,
  ],
  [
    'second batch: exim -bp, every recipient delivered',
    lines(
      ' 5m  1.9K 1vAf3M-000Q4f-8E <alice@example.com>',
      '        D vera@example.com',
      '        D walt@example.com',
    ),
    0,
  ],
];
