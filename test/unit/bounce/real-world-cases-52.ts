import type { RealWorldCase } from './real-world-cases.js';
import { lines } from './real-world-expectations.js';

/*
 * A fifty-second held-out round: what admins paste when mail is STUCK, not returned: queue listings and the
 * output of queue tools. Postfix `mailq` / `postqueue -p` (several entries, '*' active and '!' hold markers,
 * several recipients under one entry sharing a reason, entries with different reasons, soft_bounce's 5xx still
 * queued), `postqueue -j` JSON lines, `postcat -q`, Exim `exim -bp` (with 'D' delivered lines and frozen
 * messages), `exim -Mvl` message logs, `exiqgrep`, `exim -bt` routing failures, Sendmail `mailq` ('(Deferred:
 * Connection refused by x)', '(host map: lookup (x): deferred)'), qmail `qmail-qread` and `qmHandle -l`,
 * Exchange `Get-Queue` and `Get-Message | Format-List` (LastError, Status Retry), Exchange Online's message
 * trace 'Pending', PowerMTA `pmta show queue` / `show topqueues`, Zimbra `zmqstat` and the admin console's
 * queue view, Plesk and cPanel queue managers, a Microsoft 365 delay notice beside the queue view. The truths
 * held: each entry is its recipient(s) with the deferral reason the listing gives; a queued message is not
 * final (`permanent: false`), whatever the code of its last attempt, unless the listing says it bounced; an
 * empty queue, header lines and a summary with counts only are no record; a listing that gives no reason
 * (Exim -bp, qmail-qread) still says the recipient is waiting: a delay, cause unknown from the listing alone.
 * Record counts (one per deferred recipient, none for delivered 'D' / 'done' recipients or active entries
 * without a reason) are checked in queue-listings-52.test.ts.
 * Written from knowledge of the tools' output formats, none from the development corpus, measured before any
 * rule was changed:
 *   round 52  42 cases, 14 right as written (33 %); record counts (queue-listings-52.test.ts) 12 of 17 right.
 *             One case error of ours: Gmail's 421 4.7.28 "from your SPF domain" read as domain-reputation is a
 *             right reading we had not listed (case widened). The 28 wrong (27 once that case is widened):
 *             - Postfix mailq read as free text (9): its "(reason)" line stands ABOVE the recipients it
 *               belongs to, but was given to the address before it (the entry's sender line or the previous
 *               entry's recipient), so reasons moved one entry down, active ('*') and held ('!') entries
 *               without a reason became records, and the recipients under one reason got 'unknown'; a reason
 *               with no reply code ('TLS is required, but was not offered') gave no record at all;
 *             - soft_bounce's 550 5.1.1 still in the queue read as final (permanent: true);
 *             - postqueue -j (2): the active recipient without delay_reason became a record and the
 *               second recipient sharing a reason was lost; 'mail transport unavailable' gave no record;
 *             - Exim: exim -bp and exiqgrep listings gave no record (3 + 1), a message log (exim -Mvl, lines
 *               without the message id) gave none for 'defer (110): Connection timed out' and lost the
 *               recipient of a 452; exim -bt's 'cannot be resolved at this time: host lookup did not
 *               complete' gave none;
 *             - Sendmail mailq gave no record for '(Deferred: Connection refused by x.)', '(host map: lookup
 *               (x): deferred)' or two recipients under one deferral; qmail-qread and qmHandle -l none;
 *             - Exchange Get-Message | Format-List: FromAddress taken for the recipient (and a size for a
 *               reply code 429), the newer Recipients form kept its '{', 4.4.316 read as a refused session
 *               (connection-rejected) instead of a refused TCP connection;
 *             - cPanel's queue row (Frozen) gave no record; exim -bpc's bare count became a record (code 214).
 *   fixed     in code, one new reader (extract/queue-listing.ts, called from readText before the log lines):
 *             Postfix mailq and postqueue -j, Sendmail mailq, Exim -bp/exiqgrep, qmail-qread, qmHandle -l,
 *             Exchange Format-List blocks, a copied queue table with a recipient column and a reason or
 *             waiting-status column (Plesk, cPanel, Zimbra), PowerMTA's 'last error:' and exim -bt's
 *             deferral: one record per waiting recipient with the listing's reason, action delayed; a listing
 *             of header, trailer, empty queue or counts only (or a queue tool's prompt with no address) is no
 *             record. Exim's message log lines get a message id and are read as its main log, a later 'retry
 *             time not reached' keeps the earlier reason. A delayed record from a log or listing is not final
 *             whatever its code (diagnose-bounce.ts isPermanent: soft_bounce). As data (reply-phrases.ts):
 *             Exim's 'host lookup did not complete' and Sendmail's 'host map: lookup' are DNS failures,
 *             Exchange's '4.4.316 connection refused' a refused connection. 42 of 42 right, counts 17 of 17;
 *             whole suite green; corpus 366/383, reply codes 261/274.
 *   then      a second batch of 14 (SECOND_BATCH_52: Postfix long queue ids with a MAILER-DAEMON entry and a 451
 *             Barracuda listing, 421 4.3.2 at MAIL FROM, an MX host's address lookup "try again", a held
 *             postqueue -j message, Sendmail's 421 too many connections and "Name server: … host name lookup
 *             failure", exim -bp with +D, an exim -Mvl over-quota deferral, Exchange greylisting and a
 *             STARTTLS-required connector, PowerMTA's Yahoo TS03, a Zimbra over-quota row, an Exchange Online
 *             trace table with a Pending and a Delivered row) and 6 more record counts, written after the
 *             fixes and measured before any change: 13 of 14 right as written, counts 5 of 6. Wrong: the trace
 *             table gave no record (a Delivered row made it no queue table). Fixed: a delivered row of a copied
 *             queue table is passed over; a table with a failed row is still left to the failure readers.
 *             14 of 14, counts 23 of 23.
 */

// No connection to the receiving server (refused, timed out, unreachable): retried until the queue gives up.
const UNREACHABLE = {
  cause: ['recipient-server-unreachable', 'delivery-delayed', 'connection-refused', 'no-route-to-host'],
  reason: ['expired', 'networkerror', 'blocked'],
  permanent: false,
} as const;
const REFUSED = {
  cause: ['connection-refused', 'recipient-server-unreachable'],
  reason: ['blocked', 'expired'],
  permanent: false,
} as const;
const DNS_TEMP = { cause: 'dns-failure', reason: 'networkerror', permanent: false } as const;
const GREY = { cause: 'greylisted', reason: ['blocked', 'onhold'], permanent: false } as const;
const FULL_TEMP = {
  cause: 'mailbox-full',
  reason: 'mailboxfull',
  side: 'recipient',
  permanent: false,
} as const;
const RATE_TEMP = {
  cause: ['rate-limited', 'too-many-connections', 'ip-reputation'],
  reason: ['speeding', 'toomanyconn', 'badreputation', 'blocked'],
  side: 'sender',
  permanent: false,
} as const;
// A listing that gives no reason at all: the recipient waits in the queue, why is not in the text.
const WAITING = {
  cause: ['delivery-delayed', 'unknown'],
  reason: ['expired', 'onhold'],
  permanent: false,
} as const;
const TLS_TEMP = {
  cause: ['starttls-not-used', 'recipient-tls-invalid', 'tls-required', 'tls-failed', 'security-error'],
  reason: ['failedstarttls', 'securityerror'],
  permanent: false,
} as const;

const POSTFIX_HEAD = '-Queue ID-  --Size-- ----Arrival Time---- -Sender/Recipient-------';
const pad = (address: string) => `                                         ${address}`;

const POSTFIX_MIXED = lines(
  POSTFIX_HEAD,
  '8C3F21A0B7*    3187 Thu Dec  3 09:41:07  alice@example.com',
  pad('zoe@example.net'),
  '',
  '5D0E7B2C19     6402 Thu Dec  3 07:12:55  alice@example.com',
  '(connect to mx.example.net[198.51.100.25]:25: Connection timed out)',
  pad('bob@example.net'),
  pad('carol@example.net'),
  '',
  '2A9B4C6D8E!    1510 Thu Dec  3 06:03:19  newsletter@example.com',
  pad('dave@example.org'),
  '',
  'E7F1D3C5B2    12044 Wed Dec  2 22:50:31  billing@example.com',
  '(host mx1.example.org[192.0.2.31] said: 452 4.2.2 <erin@example.org>: Mailbox full (in reply to RCPT TO command))',
  pad('erin@example.org'),
  '',
  '-- 23 Kbytes in 4 Requests.',
);

const POSTFIX_ONE_ENTRY_TWO_REASONS = lines(
  POSTFIX_HEAD,
  '41B7E9F0A2     9310 Thu Dec  3 08:20:14  hr@example.com',
  '(host mx.example.org[192.0.2.40] said: 450 4.7.1 <frank@example.org>: Recipient address rejected: Greylisted, see https://postgrey.example.org/help/example.org.html (in reply to RCPT TO command))',
  pad('frank@example.org'),
  '(Host or domain name not found. Name service error for name=example.info type=MX: Host not found, try again)',
  pad('gina@example.info'),
  pad('hank@example.info'),
  '',
  '-- 9 Kbytes in 1 Request.',
);

const POSTQUEUE_J = lines(
  '{"queue_name": "deferred", "queue_id": "7B1C0D2E3F", "arrival_time": 1764750851, "message_size": 4821, "forced_expire": false, "sender": "alice@example.com", "recipients": [{"address": "ivan@example.net", "delay_reason": "connect to mx.example.net[198.51.100.25]:25: Connection refused"}]}',
  '{"queue_name": "active", "queue_id": "9F8E7D6C5B", "arrival_time": 1764756020, "message_size": 1203, "forced_expire": false, "sender": "alice@example.com", "recipients": [{"address": "judy@example.org"}]}',
  '{"queue_name": "deferred", "queue_id": "3C4D5E6F70", "arrival_time": 1764740400, "message_size": 22310, "forced_expire": false, "sender": "reports@example.com", "recipients": [{"address": "kate@example.org", "delay_reason": "host mx.example.org[192.0.2.10] said: 421 4.7.0 Too many concurrent connections from 203.0.113.5, try again later (in reply to end of DATA command)"}, {"address": "leo@example.org", "delay_reason": "host mx.example.org[192.0.2.10] said: 421 4.7.0 Too many concurrent connections from 203.0.113.5, try again later (in reply to end of DATA command)"}]}',
);

const EXIM_BP = lines(
  ' 25m  2.9K 1vQaZx-000Fg1-3Q <alice@example.com>',
  '          mia@example.org',
  '',
  '  2h  4.1K 1vQ9Kc-000Dd7-7K <alice@example.com>',
  '        D nick@example.com',
  '          olga@example.net',
  '          pete@example.net',
  '',
  '  3d  1.2K 1vNxYb-0003Pq-2F <> *** frozen ***',
  '          quinn@example.info',
  '',
);

const SENDMAIL_MAILQ = lines(
  '\t\t/var/spool/mqueue (3 requests)',
  '-----Q-ID----- --Size-- -----Q-Time----- ------------Sender/Recipient-----------',
  '4B3A9f1c012345     2345 Thu Dec  3 09:14 <alice@example.com>',
  '                 (Deferred: Connection refused by mx.example.net.)',
  '\t\t\t\t\t <rita@example.net>',
  '4B38dA2e012346     5120 Thu Dec  3 08:02 <alice@example.com>',
  '                 (host map: lookup (example.info): deferred)',
  '\t\t\t\t\t <sam@example.info>',
  '4B37cC3f012347*    1288 Thu Dec  3 09:40 <alice@example.com>',
  '\t\t\t\t\t <tina@example.org>',
  '\t\tTotal requests: 3',
);

const GET_QUEUE_TABLE = lines(
  'Identity     DeliveryType  Status MessageCount Velocity RiskLevel OutboundIPPool NextHopDomain',
  '--------     ------------  ------ ------------ -------- --------- -------------- -------------',
  'EX01\\18      DnsConnec...  Retry  7            0        Normal    0              example.net',
  'EX01\\Submission Undefined  Ready  0            0        Normal    0              Submission',
);

const SENDMAIL_TWO = lines(
  '\t\t/var/spool/mqueue (1 request)',
  '-----Q-ID----- --Size-- -----Q-Time----- ------------Sender/Recipient-----------',
  '4B3E1b2c013102    15633 Thu Dec  3 05:02 <events@example.com>',
  '                 (Deferred: Connection timed out with mx.example.net.)',
  '\t\t\t\t\t <elsa@example.net>',
  '\t\t\t\t\t <finn@example.net>',
  '\t\tTotal requests: 1',
);

const ROUND_52_POSTFIX: RealWorldCase[] = [
  [
    'Postfix mailq: several entries, the timed-out one first deferred recipient',
    POSTFIX_MIXED,
    { ...UNREACHABLE, recipient: 'bob@example.net', replyCode: null, index: 0 },
  ],
  [
    'Postfix mailq: the second recipient under one entry shares its reason',
    POSTFIX_MIXED,
    { ...UNREACHABLE, recipient: 'carol@example.net', index: 1 },
  ],
  [
    'Postfix mailq: an entry with a 452 4.2.2 mailbox full is a deferral, not final',
    POSTFIX_MIXED,
    { ...FULL_TEMP, recipient: 'erin@example.org', replyCode: 452, status: '4.2.2', index: 2 },
  ],
  [
    'Postfix mailq: one entry, greylisted recipient beside DNS-deferred ones',
    POSTFIX_ONE_ENTRY_TWO_REASONS,
    { ...GREY, recipient: 'frank@example.org', replyCode: 450, status: '4.7.1', index: 0 },
  ],
  [
    'Postfix mailq: one entry, the MX lookup "try again" recipients',
    POSTFIX_ONE_ENTRY_TWO_REASONS,
    { ...DNS_TEMP, recipient: 'gina@example.info', replyCode: null, index: 1 },
  ],
  [
    'Postfix mailq: one entry, the second recipient under the DNS reason',
    POSTFIX_ONE_ENTRY_TWO_REASONS,
    { ...DNS_TEMP, recipient: 'hank@example.info', index: 2 },
  ],
  [
    'Postfix postqueue -p: delivery temporarily suspended after a refused connection',
    lines(
      POSTFIX_HEAD,
      'B2C4E6A8D0     2788 Thu Dec  3 10:02:41  alice@example.com',
      '(delivery temporarily suspended: connect to mail.example.net[203.0.113.80]:25: Connection refused)',
      pad('uma@example.net'),
      '',
      '-- 3 Kbytes in 1 Request.',
    ),
    { ...REFUSED, recipient: 'uma@example.net', replyCode: null },
  ],
  [
    'Postfix mailq: Gmail 421 4.7.28 rate limit still queued',
    lines(
      POSTFIX_HEAD,
      'C81D93A4F6    18220 Thu Dec  3 05:33:09  promo@example.com',
      '(host gmail-smtp-in.l.google.com[192.0.2.27] said: 421-4.7.28 Gmail has detected an unusual rate of unsolicited mail originating from your SPF domain [example.com 5]. To protect our users from spam, mail sent from your domain has been temporarily rate limited. (in reply to end of DATA command))',
      pad('victor@gmail.com'),
      '',
      '-- 18 Kbytes in 1 Request.',
    ),
    {
      ...RATE_TEMP,
      // Case widened after measuring: "from your SPF domain" makes the domain's reputation a right reading too.
      cause: [...RATE_TEMP.cause, 'domain-reputation'],
      recipient: 'victor@gmail.com',
      replyCode: 421,
      status: '4.7.28',
      provider: /google|gmail/i,
    },
  ],
  [
    'Postfix mailq with soft_bounce: a 550 5.1.1 still in the queue is not final',
    lines(
      POSTFIX_HEAD,
      'D4E5F60718     3902 Thu Dec  3 08:48:02  alice@example.com',
      '(host mx.example.org[192.0.2.12] said: 550 5.1.1 <wendy@example.org>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command))',
      pad('wendy@example.org'),
      '',
      '-- 4 Kbytes in 1 Request.',
    ),
    {
      cause: 'user-unknown',
      reason: 'userunknown',
      recipient: 'wendy@example.org',
      replyCode: 550,
      status: '5.1.1',
      permanent: false,
    },
  ],
  [
    'Postfix mailq: TLS required but not offered by the next hop',
    lines(
      POSTFIX_HEAD,
      'F1E2D3C4B5     6641 Thu Dec  3 09:00:18  legal@example.com',
      '(TLS is required, but was not offered by host mx.example.net[198.51.100.44])',
      pad('xena@example.net'),
      '',
      '-- 7 Kbytes in 1 Request.',
    ),
    { ...TLS_TEMP, recipient: 'xena@example.net', replyCode: null },
  ],
  [
    'Postfix mailq: lost connection while sending the body',
    lines(
      POSTFIX_HEAD,
      'A0B1C2D3E4    40960 Thu Dec  3 07:07:07  alice@example.com',
      '(lost connection with mx.example.org[192.0.2.50] while sending end of data -- message may be sent more than once)',
      pad('yuri@example.org'),
      '',
      '-- 40 Kbytes in 1 Request.',
    ),
    {
      cause: ['server-unavailable', 'recipient-server-unreachable', 'delivery-delayed', 'system-error'],
      reason: ['systemerror', 'expired', 'networkerror'],
      recipient: 'yuri@example.org',
      permanent: false,
    },
  ],
  [
    'Postfix postqueue -j: the deferred recipient with connection refused',
    POSTQUEUE_J,
    { ...REFUSED, recipient: 'ivan@example.net', replyCode: null, index: 0 },
  ],
  [
    'Postfix postqueue -j: two recipients of one message share a 421 too many connections',
    POSTQUEUE_J,
    {
      cause: ['too-many-connections', 'rate-limited'],
      reason: ['toomanyconn', 'speeding'],
      recipient: 'leo@example.org',
      replyCode: 421,
      status: '4.7.0',
      permanent: false,
      index: 2,
    },
  ],
  [
    'Postfix postqueue -j: a single line with a Microsoft 451 4.7.500 server busy',
    '{"queue_name": "deferred", "queue_id": "6A5B4C3D2E", "arrival_time": 1764748800, "message_size": 3377, "forced_expire": false, "sender": "alice@example.com", "recipients": [{"address": "zack@example.net", "delay_reason": "host example-net.mail.protection.outlook.com[198.51.100.60] said: 451 4.7.500 Server busy. Please try again later from [203.0.113.5]. (S77714) [BN8NAM12FT045.eop-nam12.prod.protection.outlook.com 2026-12-03T08:00:05.123Z 08DE12AB34CD56EF] (in reply to RCPT TO command)"}]}',
    {
      cause: ['rate-limited', 'ip-reputation', 'server-unavailable'],
      reason: ['speeding', 'badreputation', 'blocked', 'systemerror'],
      recipient: 'zack@example.net',
      replyCode: 451,
      status: '4.7.500',
      permanent: false,
      provider: /microsoft|outlook|office/i,
    },
  ],
  [
    'Postfix mailq: the greeting timed out',
    lines(
      POSTFIX_HEAD,
      '0F1E2D3C4B     5008 Thu Dec  3 04:19:55  alice@example.com',
      '(conversation with mx2.example.net[198.51.100.26] timed out while receiving the initial server greeting)',
      pad('abby@example.net'),
      '',
      '-- 5 Kbytes in 1 Request.',
    ),
    {
      ...UNREACHABLE,
      cause: [...UNREACHABLE.cause, 'server-unavailable'],
      reason: [...UNREACHABLE.reason, 'systemerror'],
      recipient: 'abby@example.net',
    },
  ],
  [
    'Postfix mailq: 450 4.7.1 no reverse hostname, still queued',
    lines(
      POSTFIX_HEAD,
      '9A8B7C6D5E     2210 Thu Dec  3 09:30:00  alice@example.com',
      '(host mx.example.org[192.0.2.61] said: 450 4.7.1 Client host rejected: cannot find your reverse hostname, [203.0.113.5] (in reply to RCPT TO command))',
      pad('bart@example.org'),
      '',
      '-- 3 Kbytes in 1 Request.',
    ),
    {
      cause: 'reverse-dns-missing',
      reason: 'requireptr',
      side: 'sender',
      recipient: 'bart@example.org',
      replyCode: 450,
      status: '4.7.1',
      permanent: false,
    },
  ],
  [
    'Postfix postqueue -j: mail transport unavailable is our own side',
    '{"queue_name": "deferred", "queue_id": "1A2B3C4D5F", "arrival_time": 1764751000, "message_size": 1999, "forced_expire": false, "sender": "root@example.com", "recipients": [{"address": "cora@example.com", "delay_reason": "mail transport unavailable"}]}',
    {
      cause: ['mailer-error', 'system-error'],
      reason: ['mailererror', 'systemerror'],
      recipient: 'cora@example.com',
      permanent: false,
    },
  ],
];

const ROUND_52_EXIM: RealWorldCase[] = [
  [
    'Exim exim -bp: a queued message with no reason shown is still waiting',
    EXIM_BP,
    { ...WAITING, recipient: 'mia@example.org', index: 0, confidence: ['low', 'medium'] },
  ],
  [
    'Exim exim -bp: a D line is delivered, the next undelivered recipient waits',
    EXIM_BP,
    { ...WAITING, recipient: 'olga@example.net', index: 1 },
  ],
  [
    'Exim exim -bp: a frozen bounce is stuck, not final',
    EXIM_BP,
    { ...WAITING, recipient: 'quinn@example.info', index: 3 },
  ],
  [
    'Exim exim -Mvl: greylisted then deferred, the last attempt counts',
    lines(
      '2026-12-03 09:14:02 Received from alice@example.com U=alice P=local S=2934 id=20261203091402.ABC123@example.com',
      '2026-12-03 09:14:03 amy@example.org R=dnslookup T=remote_smtp defer (-44) H=mx.example.org [192.0.2.21]: SMTP error from remote mail server after RCPT TO:<amy@example.org>: 451 4.7.1 Greylisting in action, please come back later',
      '2026-12-03 09:29:11 amy@example.org R=dnslookup T=remote_smtp defer (-44) H=mx.example.org [192.0.2.21]: SMTP error from remote mail server after RCPT TO:<amy@example.org>: 451 4.7.1 Greylisting in action, please come back later',
    ),
    { ...GREY, recipient: 'amy@example.org', replyCode: 451, status: '4.7.1' },
  ],
  [
    'Exim exim -Mvl: connection timed out then retry time not reached',
    lines(
      '2026-12-03 06:00:41 Received from billing@example.com U=www-data P=local S=8120',
      '2026-12-03 06:00:42 ben@example.net R=dnslookup T=remote_smtp defer (110): Connection timed out H=mx.example.net [198.51.100.33]',
      "2026-12-03 06:15:42 ben@example.net R=dnslookup T=remote_smtp defer (-53): retry time not reached for any host for 'example.net'",
    ),
    { ...UNREACHABLE, recipient: 'ben@example.net', replyCode: null },
  ],
  [
    'Exim exim -Mvl: a recipient that bounced is final',
    lines(
      '2026-12-03 10:10:10 Received from alice@example.com U=alice P=local S=1880',
      '2026-12-03 10:10:11 ** cleo@example.org R=dnslookup T=remote_smtp H=mx.example.org [192.0.2.21]: SMTP error from remote mail server after RCPT TO:<cleo@example.org>: 550 5.1.1 <cleo@example.org>: Recipient address rejected: User unknown in local recipient table',
      '2026-12-03 10:10:11 cleo@example.org: error ignored',
    ),
    {
      cause: 'user-unknown',
      reason: 'userunknown',
      recipient: 'cleo@example.org',
      replyCode: 550,
      permanent: true,
    },
  ],
  [
    'Exim exiqgrep -r: a frozen message for one domain',
    lines(
      '$ exiqgrep -r example.net',
      ' 18h  6.6K 1vPmTq-0008Hk-5C <orders@example.com> *** frozen ***',
      '          dina@example.net',
      '',
    ),
    { ...WAITING, recipient: 'dina@example.net' },
  ],
  [
    'Exim exim -bt: an unrouteable address',
    lines('# exim -bt eli@example.invalid', 'eli@example.invalid is undeliverable: Unrouteable address'),
    {
      cause: ['domain-not-found', 'user-unknown'],
      reason: ['hostunknown', 'userunknown'],
      recipient: 'eli@example.invalid',
      permanent: true,
    },
  ],
  [
    'Exim exim -bt: host lookup did not complete is a temporary DNS failure',
    lines(
      '# exim -bt fay@example.info',
      'fay@example.info cannot be resolved at this time:',
      '  host lookup did not complete',
    ),
    { ...DNS_TEMP, recipient: 'fay@example.info' },
  ],
  [
    'Exim exim -Mvl: 452 insufficient system storage after DATA',
    lines(
      '2026-12-03 07:40:00 Received from alice@example.com H=client.example.com [203.0.113.9] P=esmtpsa S=51200',
      '2026-12-03 07:40:02 dirk@example.org R=dnslookup T=remote_smtp defer (-46) H=mx.example.org [192.0.2.23]: SMTP error from remote mail server after end of data: 452 4.3.1 Insufficient system storage',
    ),
    {
      cause: 'system-full',
      reason: 'systemfull',
      side: 'recipient',
      recipient: 'dirk@example.org',
      replyCode: 452,
      status: '4.3.1',
      permanent: false,
    },
  ],
];

const ROUND_52_SENDMAIL_QMAIL: RealWorldCase[] = [
  [
    'Sendmail mailq: Deferred: Connection refused by the MX',
    SENDMAIL_MAILQ,
    { ...REFUSED, recipient: 'rita@example.net', replyCode: null, index: 0 },
  ],
  [
    'Sendmail mailq: host map lookup deferred is a DNS failure',
    SENDMAIL_MAILQ,
    { ...DNS_TEMP, recipient: 'sam@example.info', index: 1 },
  ],
  [
    'Sendmail mailq: a 451 4.7.1 try again later',
    lines(
      '\t\t/var/spool/mqueue (1 request)',
      '-----Q-ID----- --Size-- -----Q-Time----- ------------Sender/Recipient-----------',
      '4B3F0a9b013001     9120 Thu Dec  3 06:48 <sales@example.com>',
      '                 (Deferred: 451 4.7.1 Please try again later)',
      '\t\t\t\t\t <gus@example.org>',
      '\t\tTotal requests: 1',
    ),
    {
      cause: ['greylisted', 'rate-limited', 'server-unavailable'],
      reason: ['blocked', 'onhold', 'speeding', 'systemerror'],
      recipient: 'gus@example.org',
      replyCode: 451,
      status: '4.7.1',
      permanent: false,
      confidence: ['low', 'medium'],
    },
  ],
  [
    'qmail qmail-qread: a remote recipient not done yet',
    lines(
      '3 Dec 2026 07:12:45 GMT  #3277841  4410  <alice@example.com> ',
      '\tdone\tremote\thelen@example.com',
      '\tremote\tian@example.net',
    ),
    { ...WAITING, recipient: 'ian@example.net' },
  ],
  [
    'qmail qmHandle -l: a queued message with its To',
    lines(
      '3277912 (11, R)',
      '  Return-path: alice@example.com',
      '  From: Alice Example <alice@example.com>',
      '  To: jack@example.org',
      '  Subject: Contract draft',
      '  Date: Thu, 3 Dec 2026 08:01:22 +0000',
      '  Size: 14502 bytes',
      '',
      'Messages in local queue: 0',
      'Messages in remote queue: 1',
      'Messages in todo queue: 0',
    ),
    { ...WAITING, recipient: 'jack@example.org' },
  ],
  [
    'Sendmail mailq: connection timed out, two recipients of one message',
    SENDMAIL_TWO,

    { ...UNREACHABLE, recipient: 'finn@example.net', index: 1 },
  ],
];

const ROUND_52_EXCHANGE: RealWorldCase[] = [
  [
    'Exchange Get-Queue | Format-List: Retry with 451 4.4.0 DNS query failed',
    lines(
      'Identity           : EX01\\18',
      'DeliveryType       : DnsConnectorDelivery',
      'NextHopDomain      : example.net',
      'Status             : Retry',
      'MessageCount       : 7',
      'LastError          : 451 4.4.0 DNS query failed. The error was: DNS query failed with error ErrorRetry',
      'RetryCount         : 4',
      'LastRetryTime      : 12/3/2026 9:14:02 AM',
      'NextRetryTime      : 12/3/2026 9:24:02 AM',
    ),
    { ...DNS_TEMP, recipient: null, replyCode: 451, status: '4.4.0' },
  ],
  [
    'Exchange Get-Message | Format-List: 4.4.316 Connection refused',
    lines(
      'Identity          : EX02\\22\\4810363129857',
      'Subject           : Quarterly figures',
      'Status            : Retry',
      'Size              : 88.31 KB (90,429 bytes)',
      'MessageSourceName : SMTP:Default EX02',
      'FromAddress       : alice@example.com',
      'Recipients        : {kim@example.net}',
      'LastError         : 451 4.4.0 Primary target IP address responded with: "421 4.4.316 Connection refused." Attempted failover to alternate host, but that did not succeed. Either there are no alternate hosts, or delivery failed to all alternate hosts. The last endpoint attempted was 198.51.100.70:25',
      'Queue             : EX02\\22',
    ),
    { ...REFUSED, recipient: 'kim@example.net', replyCode: 451, status: '4.4.0' },
  ],
  [
    'Exchange Get-Message: Recipients with LED status in the newer form',
    lines(
      'Identity          : EX01\\31\\5317169463297',
      'Subject           : Delivery schedule',
      'Status            : Retry',
      'FromAddress       : logistics@example.com',
      'Recipients        : {lars@example.org;2;2;[{LRT=12/3/2026 8:50:11 AM};{LED=451 4.4.397 Error communicating with target host. -> 421 4.4.2 Connection dropped due to SocketError};{FQDN=mx.example.org};{IP=192.0.2.88}];0;CN=Outbound,CN=Connections;0}',
      'LastError         : 451 4.4.397 Error communicating with target host. -> 421 4.4.2 Connection dropped due to SocketError',
    ),
    { ...UNREACHABLE, recipient: 'lars@example.org', replyCode: 451, status: '4.4.397' },
  ],
  [
    'Exchange Online message trace detail: Defer event with a 450 4.7.0 from the receiver',
    lines(
      'Message trace details',
      'Sender: alice@example.com',
      'Recipient: mona@example.org',
      'Status: Pending',
      '',
      'Date\tEvent\tDetail',
      '12/3/2026 8:02:15 AM\tReceive\tMessage received by: AM0PR01MB1234.eurprd01.prod.exchangelabs.com',
      '12/3/2026 8:02:16 AM\tDefer\tThe message has been deferred. [{LED=450 4.7.0 mx.example.org: Temporarily rejected. Try again later.};{MSG=};{FQDN=mx.example.org};{IP=192.0.2.95};{LRT=}]',
    ),
    {
      cause: ['greylisted', 'rate-limited', 'server-unavailable', 'delivery-delayed'],
      reason: ['blocked', 'onhold', 'speeding', 'systemerror', 'expired'],
      recipient: 'mona@example.org',
      replyCode: 450,
      status: '4.7.0',
      permanent: false,
      confidence: ['low', 'medium'],
    },
  ],
  [
    'Microsoft 365 Delivery has been delayed notice, the queue view under it',
    lines(
      'Delivery is delayed to these recipients or groups:',
      '',
      'ned@example.net (ned@example.net)',
      'Subject: Purchase order 4471',
      '',
      "This message hasn't been delivered yet. Delivery will continue to be attempted.",
      '',
      "The server will keep trying to deliver this message for the next 1 days, 19 hours and 52 minutes. You'll be notified if the message can't be delivered by that time.",
      '',
      'Diagnostic information for administrators:',
      'Generating server: DB9PR02MB7777.eurprd02.prod.outlook.com',
      'Receiving server: mx.example.net (198.51.100.90)',
      'ned@example.net',
      'Remote server returned \'451 4.4.0 Primary target IP address responded with: "421 4.4.2 Connection dropped due to ConnectionReset." Attempted failover to alternate host, but that did not succeed.\'',
      '',
      'Queue view (Get-Message): Status Retry, LastError 451 4.4.0 Primary target IP address responded with: "421 4.4.2 Connection dropped due to ConnectionReset."',
    ),
    { ...UNREACHABLE, recipient: 'ned@example.net', replyCode: 451, status: '4.4.0' },
  ],
];

const ROUND_52_OTHERS: RealWorldCase[] = [
  [
    'PowerMTA pmta show queue: a domain queue with its last error',
    lines(
      '$ pmta show queue yahoo.com/mta3',
      'yahoo.com/mta3',
      '  paused: no   mode: backoff   retry: yes (in 00:07:41)',
      '  recipients: 1274 (6.2 MB)   connections: 0/20',
      '  last error: 421 4.7.0 [TSS04] Messages from 203.0.113.5 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes',
    ),
    { ...RATE_TEMP, recipient: null, replyCode: 421, status: '4.7.0', reference: 'TSS04' },
  ],
  [
    'Zimbra admin console queue view: deferred row with its reason',
    lines(
      'Mail Queues: mta01.example.com  Deferred (3)',
      'ID\tRecipients\tSender\tOrigin IP\tReason',
      '7E6D5C4B3A\toscar@example.net\talice@example.com\t10.0.0.12\tconnect to mx.example.net[198.51.100.25]:25: No route to host',
    ),
    {
      cause: ['no-route-to-host', 'recipient-server-unreachable'],
      reason: ['networkerror', 'expired'],
      recipient: 'oscar@example.net',
      permanent: false,
    },
  ],
  [
    'Plesk Mail Queue row: deferred with a greylisting reply',
    lines(
      'Mail Queue',
      'Subject\tFrom\tTo\tDate\tSize\tReason',
      'Invoice 2026-118\tinfo@example.com\tpaula@example.org\tDec 3, 2026 08:41\t21.4 KB\thost mx.example.org[192.0.2.77] said: 450 4.2.0 <paula@example.org>: Recipient address rejected: Greylisted for 300 seconds (in reply to RCPT TO command)',
    ),
    { ...GREY, recipient: 'paula@example.org', replyCode: 450, status: '4.2.0' },
  ],
  [
    'cPanel Mail Queue Manager: a frozen message row',
    lines(
      'Mail Queue Manager',
      'Message ID\tFrom\tTo\tAge\tSize\tStatus',
      '1vQ2Rs-0005Tu-9W\tnoreply@example.com\tquentin@example.net\t2d\t3.4 KB\tFrozen',
    ),
    { ...WAITING, recipient: 'quentin@example.net', confidence: ['low', 'medium'] },
  ],
];

export const ROUND_52: RealWorldCase[] = [
  ...ROUND_52_POSTFIX,
  ...ROUND_52_EXIM,
  ...ROUND_52_SENDMAIL_QMAIL,
  ...ROUND_52_EXCHANGE,
  ...ROUND_52_OTHERS,
];

/** Written after the fixes (see the header). */
const POSTFIX_LONG_IDS = lines(
  POSTFIX_HEAD,
  '4dLqM23Xk9z1Bw2    4821 Thu Dec  3 09:14:02  MAILER-DAEMON',
  '(connect to mail.example.net[198.51.100.3]:25: Connection refused)',
  pad('gail@example.net'),
  '',
  '4dLqK97Tm2z3Cx8*   1177 Thu Dec  3 09:52:40  alice@example.com',
  pad('hugo@example.org'),
  '',
  '4dLpZ11Rb6z8Dy5   30551 Thu Dec  3 06:40:13  alice@example.com',
  '(host mx.example.org[192.0.2.5] said: 451 4.7.1 Service unavailable - try again later; client [203.0.113.5] blocked using b.barracudacentral.org (in reply to RCPT TO command))',
  pad('iris@example.org'),
  pad('joel@example.org'),
  '',
  '-- 36 Kbytes in 3 Requests.',
);

const EXIM_BP_PLUS_D = lines(
  '# exim -bp',
  '  6h  9.8K 1vQ5Tt-0007Lm-4N <events@example.com>',
  '       +D list@example.com',
  '        D kara@example.com',
  '          liam@example.net',
  '',
);

const TRACE_TABLE = lines(
  'Date (UTC)\tSender\tRecipient\tSubject\tStatus',
  '12/3/2026 9:02 AM\talice@example.com\tnora@example.net\tBoard pack\tPending',
  '12/3/2026 9:01 AM\talice@example.com\tomar@example.com\tBoard pack\tDelivered',
);

const SECOND_BATCH_CASES: RealWorldCase[] = [
  [
    'Postfix mailq (long queue ids): a bounce stuck on a refused connection',
    POSTFIX_LONG_IDS,
    { ...REFUSED, recipient: 'gail@example.net', index: 0 },
  ],
  [
    'Postfix mailq (long queue ids): a 451 Barracuda listing, second recipient',
    POSTFIX_LONG_IDS,
    {
      cause: 'ip-blocklisted',
      reason: 'blocked',
      side: 'sender',
      recipient: 'joel@example.org',
      replyCode: 451,
      status: '4.7.1',
      permanent: false,
      blocklist: 'barracuda',
      index: 2,
    },
  ],
  [
    'Postfix mailq: 421 4.3.2 service not available at MAIL FROM',
    lines(
      POSTFIX_HEAD,
      '7C6B5A4F3E     2602 Thu Dec  3 10:11:12  alice@example.com',
      '(host mx.example.org[192.0.2.14] said: 421 4.3.2 Service not available, closing transmission channel (in reply to MAIL FROM command))',
      pad('kyle@example.org'),
      '',
      '-- 3 Kbytes in 1 Request.',
    ),
    {
      cause: ['server-unavailable', 'system-error'],
      reason: 'systemerror',
      side: 'recipient',
      recipient: 'kyle@example.org',
      replyCode: 421,
      status: '4.3.2',
      permanent: false,
      confidence: ['low', 'medium'],
    },
  ],
  [
    'Postfix mailq: the MX host has no address for now',
    lines(
      POSTFIX_HEAD,
      '3E2D1C0B9A     7104 Thu Dec  3 08:30:45  alice@example.com',
      '(Host or domain name not found. Name service error for name=mx.example.net type=A: Host not found, try again)',
      pad('lena@example.net'),
      '',
      '-- 7 Kbytes in 1 Request.',
    ),
    { ...DNS_TEMP, recipient: 'lena@example.net', replyCode: null },
  ],
  [
    'postqueue -j: a held message keeps its deferral reason',
    '{"queue_name": "hold", "queue_id": "5F4E3D2C1B", "arrival_time": 1764744000, "message_size": 2048, "forced_expire": false, "sender": "alice@example.com", "recipients": [{"address": "milo@example.org", "delay_reason": "host mx.example.org[192.0.2.8] said: 451 4.3.0 <milo@example.org>: Temporary lookup failure (in reply to RCPT TO command)"}]}',
    {
      cause: ['system-error', 'server-unavailable'],
      reason: 'systemerror',
      side: 'recipient',
      recipient: 'milo@example.org',
      replyCode: 451,
      status: '4.3.0',
      permanent: false,
    },
  ],
  [
    'Sendmail mailq: 421 too many concurrent connections',
    lines(
      '\t\t/var/spool/mqueue (1 request)',
      '-----Q-ID----- --Size-- -----Q-Time----- ------------Sender/Recipient-----------',
      '4B3G2c4d014455     3310 Thu Dec  3 09:21 <alice@example.com>',
      '                 (Deferred: 421 4.7.0 mx.example.org Too many concurrent SMTP connections; please try again later.)',
      '\t\t\t\t\t <nina@example.org>',
      '\t\tTotal requests: 1',
    ),
    {
      cause: ['too-many-connections', 'rate-limited'],
      reason: ['toomanyconn', 'speeding'],
      recipient: 'nina@example.org',
      replyCode: 421,
      status: '4.7.0',
      permanent: false,
    },
  ],
  [
    'Sendmail mailq: Name server host name lookup failure',
    lines(
      '\t\t/var/spool/mqueue (1 request)',
      '-----Q-ID----- --Size-- -----Q-Time----- ------------Sender/Recipient-----------',
      '4B3H5e6f014456     1820 Thu Dec  3 07:55 <alice@example.com>',
      '                 (Deferred: Name server: example.info.: host name lookup failure)',
      '\t\t\t\t\t <otto@example.info>',
      '\t\tTotal requests: 1',
    ),
    { ...DNS_TEMP, recipient: 'otto@example.info' },
  ],
  [
    'Exim exim -bp: +D and D delivered, one recipient waits',
    EXIM_BP_PLUS_D,
    { ...WAITING, recipient: 'liam@example.net' },
  ],
  [
    'Exim exim -Mvl: over quota at RCPT, deferred',
    lines(
      '2026-12-03 05:10:00 Received from alice@example.com U=alice P=local S=4410',
      '2026-12-03 05:10:01 pia@example.org R=dnslookup T=remote_smtp defer (-44) H=mx.example.org [192.0.2.66]: SMTP error from remote mail server after RCPT TO:<pia@example.org>: 452 4.2.2 <pia@example.org>: Mailbox over quota',
    ),
    { ...FULL_TEMP, recipient: 'pia@example.org', replyCode: 452, status: '4.2.2' },
  ],
  [
    'Exchange Get-Message | Format-List: greylisted at the receiver',
    lines(
      'Identity          : EX03\\9\\6871947673601',
      'Subject           : Meeting notes',
      'Status            : Retry',
      'FromAddress       : alice@example.com',
      'Recipients        : {rosa@example.org}',
      'LastError         : 451 4.4.0 Primary target IP address responded with: "451 4.7.1 Greylisted, please try again in 300 seconds." Attempted failover to alternate host, but that did not succeed.',
    ),
    { ...GREY, recipient: 'rosa@example.org', replyCode: 451 },
  ],
  [
    'Exchange Get-Queue | Format-List: TLS required by the send connector',
    lines(
      'Identity       : EX01\\27',
      'DeliveryType   : SmartHostConnectorDelivery',
      'NextHopDomain  : [smtp.example.net]',
      'Status         : Retry',
      'MessageCount   : 12',
      'LastError      : 451 5.7.3 STARTTLS is required to send mail',
    ),
    { ...TLS_TEMP, recipient: null, replyCode: 451 },
  ],
  [
    'PowerMTA pmta show queue: Yahoo TS03 deferral',
    lines(
      '$ pmta show queue yahoo.com/mta2',
      'yahoo.com/mta2',
      '  paused: no   mode: backoff   retry: yes (in 01:12:09)',
      '  recipients: 310 (1.4 MB)   connections: 0/20',
      '  last error: 421 4.7.0 [TS03] All messages from 203.0.113.6 will be permanently deferred; Retrying will NOT succeed. See https://postmaster.yahooinc.com/error-codes',
    ),
    {
      cause: ['ip-reputation', 'ip-blocklisted', 'rate-limited'],
      reason: ['badreputation', 'blocked', 'speeding'],
      side: 'sender',
      recipient: null,
      replyCode: 421,
      permanent: false,
      reference: 'TS03',
    },
  ],
  [
    'Zimbra queue view: deferred row, over quota',
    lines(
      'Mail Queues: mta02.example.com  Deferred (1)',
      'ID\tRecipients\tSender\tOrigin IP\tReason',
      '2B3C4D5E6F\tquin@example.org\talice@example.com\t10.0.0.14\thost mx.example.org[192.0.2.71] said: 452 4.2.2 Over quota (in reply to RCPT TO command)',
    ),
    { ...FULL_TEMP, recipient: 'quin@example.org', replyCode: 452 },
  ],
  [
    'Exchange Online message trace table: the pending row beside a delivered one',
    TRACE_TABLE,
    { ...WAITING, recipient: 'nora@example.net' },
  ],
];

export const SECOND_BATCH_52: RealWorldCase[] = SECOND_BATCH_CASES;

/** Listings and their record counts (one per deferred or failed recipient, none for a summary). */
export const COUNTS_52: [name: string, input: string, records: number, knownWrong?: string][] = [
  ['Postfix mailq: active and hold without reason give none, 3 deferred', POSTFIX_MIXED, 3],
  ['Postfix mailq: one entry, two reasons, 3 recipients', POSTFIX_ONE_ENTRY_TWO_REASONS, 3],
  ['postqueue -j: the active recipient gives none', POSTQUEUE_J, 3],
  ['exim -bp: D delivered is not a waiting recipient', EXIM_BP, 4],
  ['Sendmail mailq: the active entry gives none', SENDMAIL_MAILQ, 2],
  ['Sendmail mailq: two recipients under one deferral', SENDMAIL_TWO, 2],
  ['Postfix: Mail queue is empty', 'Mail queue is empty', 0],
  ['second batch: Postfix long queue ids, the active entry gives none', POSTFIX_LONG_IDS, 3],
  ['second batch: exim -bp with +D and D, one waits', EXIM_BP_PLUS_D, 1],
  ['second batch: message trace table, one pending', TRACE_TABLE, 1],
  ['second batch: mailq prompt and an empty queue', lines('$ mailq', 'Mail queue is empty'), 0],
  ['second batch: postqueue -j with nothing queued', lines('# postqueue -j', '# '), 0],
  [
    'second batch: Postfix listing with active entries only',
    lines(
      POSTFIX_HEAD,
      '1A1B1C1D1E*    1999 Thu Dec  3 10:20:01  alice@example.com',
      pad('sven@example.org'),
      '',
      '-- 2 Kbytes in 1 Request.',
    ),
    0,
  ],
  ['Postfix: postqueue -p header and trailer only', lines(POSTFIX_HEAD, '-- 0 Kbytes in 0 Requests.'), 0],
  ['Sendmail: mqueue is empty', lines('\t\t/var/spool/mqueue is empty', '\t\tTotal requests: 0'), 0],
  ['Exim: exim -bpc count only', lines('# exim -bpc', '214'), 0],
  [
    'Exim: exiqgrep -i message ids only',
    lines('$ exiqgrep -i -z', '1vPmTq-0008Hk-5C', '1vQ2Rs-0005Tu-9W'),
    0,
  ],
  [
    'Exim: exim -bp | exiqsumm summary',
    lines(
      'Count  Volume  Oldest  Newest  Domain',
      '-----  ------  ------  ------  ------',
      '',
      '   12   340KB     3d     25m  example.net',
      '    4    18KB     2h      2h  example.org',
      '---------------------------------------------------------------',
      '   16   358KB     3d     25m  TOTAL',
    ),
    0,
  ],
  ['Zimbra zmqstat counts', lines('hold=0', 'corrupt=0', 'deferred=12', 'active=1', 'incoming=0'), 0],
  ['qmail-qstat counts', lines('messages in queue: 17', 'messages in queue but not yet preprocessed: 0'), 0],
  [
    'PowerMTA show topqueues summary',
    lines(
      '$ pmta show topqueues',
      'Queue                         Rcpts    KB     Conn  Paused  Retry',
      'gmail.com/mta1                  812    4210    12   no      no',
      'yahoo.com/mta3                 1274    6340     0   no      yes',
      'example.org/mta1                  3      14     0   no      no',
    ),
    0,
  ],
  ['Exchange Get-Queue table with counts only', GET_QUEUE_TABLE, 0],
  [
    'Postfix postcat -q: envelope and contents give no failure',
    lines(
      '*** ENVELOPE RECORDS deferred/5/5D0E7B2C19 ***',
      'message_size:            6402             412               2               0            6402               0',
      'message_arrival_time: Thu Dec  3 07:12:55 2026',
      'create_time: Thu Dec  3 07:12:55 2026',
      'named_attribute: rewrite_context=local',
      'sender: alice@example.com',
      'original_recipient: bob@example.net',
      'recipient: bob@example.net',
      '*** MESSAGE CONTENTS deferred/5/5D0E7B2C19 ***',
      'Received: by mail.example.com (Postfix, from userid 1000)',
      '\tid 5D0E7B2C19; Thu,  3 Dec 2026 07:12:55 +0000 (UTC)',
      'From: Alice <alice@example.com>',
      'To: bob@example.net',
      'Subject: Minutes of Tuesday',
      '',
      'Hi Bob, the minutes are attached.',
      '*** HEADER EXTRACTED deferred/5/5D0E7B2C19 ***',
      '*** MESSAGE FILE END deferred/5/5D0E7B2C19 ***',
    ),
    0,
  ],
];
