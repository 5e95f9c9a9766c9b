import type { RealWorldCase } from './real-world-cases.js';
import { GREYLIST, IP_BLOCK, lines, MAILBOX_FULL, PTR, RATE } from './real-world-expectations.js';

/*
 * A fifty-seventh held-out round: TEMPORARY refusals, and whether each really is greylisting: an admin who sees
 * a 4xx needs to know whether to wait (greylisting) or act. Greylisting in many MTAs' and tools' words:
 * postgrey (bare, receiving and sending Postfix logs, qmail-send, Sendmail), postscreen's 450 4.3.2 after its
 * deep protocol tests, rspamd's soft reject with its GREYLIST symbol, milter-greylist, Exim with greylistd
 * ("is not yet authorized to deliver mail"), Mimecast's "Internal resource temporarily unavailable", iRedAPD's
 * "Intentional policy rejection", OpenBSD spamd, delay notices (Postfix DSN, Gmail, Exim, Exchange on-premises)
 * quoting them. And the look-alikes that are something else: milter and content-filter tempfails (Postfix
 * "451 4.7.1 Service unavailable - try again later", Amavis), policy services and lookup tables ("451 4.3.5
 * Server configuration problem", "Temporary lookup failure"), DNS of the sender's or the recipient's domain,
 * recipient verification that could not finish, connection and rate limits (anvil, 4.5.3, Gmail 4.7.28,
 * Microsoft 4.7.500/4.7.650, AsyncOS), reputation deferrals (Yahoo TSS04/TS01, iCloud HM08), the receiver's
 * storage and internal errors (back pressure, Dovecot LMTP), TLS and SASL tempfails, blocklists answering 4xx,
 * a blocklist query that timed out, reverse DNS and HELO checks, an unreachable MX, and delay notices quoting
 * them. Written from knowledge of these systems, none from the development corpus, measured before any rule
 * was changed:
 *   round 57  72 cases, 67 right as written (93 %). One case error of ours: the 4xx reject_rbl_client case
 *             named its list by zone (zen.spamhaus.org) where a record names it by its key ('spamhaus').
 *             The 4 wrong:
 *             - Exchange's delay DSN: "Remote Server at x returned '400 4.4.7 Message delayed'" was taken for
 *               the server's reply, not the dated line under it quoting the greylisting (delivery-delayed);
 *             - "450 4.1.1 … Recipient address rejected: unverified address: connect to backend…: Connection
 *               timed out" read by its 4.1.1 as user unknown: the receiver's backend did not answer its probe;
 *             - "454 4.7.0 Temporary authentication failure" (the SASL backend down) as the sender's missing login;
 *             - Exim's "DNS list lookup defer (probably timeout) for <ip>.zen.spamhaus.org" as a listing.
 *             On review against the round's brief, three postscreen expectations (450 4.3.2 "Service currently
 *             unavailable" at RCPT, in the receiving log, the sending log and a log excerpt with "PASS NEW")
 *             had accepted server-unavailable, as rounds 28, 42 and 54 did; that answer (the recipient's server
 *             not taking mail, their side) is not what happened: the client passed postscreen's tests and only
 *             has to reconnect. Tightened to greylisting, they were wrong too (64 of 72 by the tightened cases).
 *   fixed     as data: 'temporary authentication failure' is the receiver's system error (before "authentication
 *             failure"); 'dns list lookup defer' a blocklist lookup that failed; 'recipient address rejected:
 *             unverified address' after the user-unknown words is the receiver's backend not answering (a probe
 *             that found no user still says so); postscreen's 'service currently unavailable' at RCPT is
 *             greylisting, its 5.3.2 refusal of a client that failed the tests connection-rejected by status
 *             (FULL_STATUS_REFINES). In code (extract/diagnostic.ts): a queue's own placeholder reply
 *             (knowledge/notice-headings.ts QUEUE_PLACEHOLDER_REPLIES, Exchange's "Message delayed") gives way
 *             to the same marker further down quoting the server. 72 of 72 right; whole suite green; corpus
 *             366/383, reply codes 261/274.
 *   then      a second batch of 15 (SECOND_BATCH_57: Sendmail's milter tempfail bare, with its milter "to error
 *             state" log and in a warning notice, Sendmail conncontrol and ratecontrol, Exchange's concurrent
 *             connection limit, Orange's "Trop de connexions", Gmail's 4.3.0 Temporary System Problem, sqlgrey,
 *             qmail's "CNAME lookup failed temporarily", an unverified-address probe that lost its connection,
 *             Yahoo's "Message temporarily deferred", a certificate not verified, reverse hostname not found,
 *             Dovecot's "Internal error occurred"), written after the fixes and measured before any change:
 *             15 of 15 right as written.
 */

const TEMP = { permanent: false } as const;
// Greylisting: the receiver asks a new sender/IP/recipient triplet to come back; the sender's MTA only retries.
const GREY = { ...GREYLIST, side: 'sender', permanent: false } as const;
// A deferral that says nothing but "try again later": a greylister, or a busy or broken receiver.
const GREY_OR_BUSY = {
  cause: ['greylisted', 'server-unavailable', 'system-error'],
  reason: ['blocked', 'onhold', 'systemerror'],
  permanent: false,
} as const;
// Postscreen's after-deep-protocol-tests 450: the client passed and must reconnect (greylisting in effect).
const POSTSCREEN = GREY;
// The receiver's own machinery failed (a milter, a policy service, a lookup table, its storage): it must act.
const RECEIVER_FAULT = {
  cause: ['system-error', 'server-unavailable'],
  reason: 'systemerror',
  side: 'recipient',
  permanent: false,
} as const;
const RECEIVER_FULL = {
  cause: ['system-full', 'system-error', 'server-unavailable'],
  reason: ['systemfull', 'systemerror'],
  side: 'recipient',
  permanent: false,
} as const;
const SLOW = { ...RATE, permanent: false } as const;
const CONNECTIONS = {
  cause: ['too-many-connections', 'rate-limited'],
  reason: ['toomanyconn', 'speeding'],
  side: 'sender',
  permanent: false,
} as const;
const REPUTATION = {
  cause: ['ip-reputation', 'rate-limited', 'ip-blocklisted'],
  reason: ['badreputation', 'speeding', 'blocked'],
  side: 'sender',
  permanent: false,
} as const;
const SENDER_DOMAIN = {
  cause: ['sender-domain-invalid', 'dns-failure'],
  reason: ['rejected', 'networkerror'],
  side: 'sender',
  permanent: false,
} as const;
const DNS_TEMP = { cause: 'dns-failure', reason: 'networkerror', permanent: false } as const;
const FULL_TEMP = { ...MAILBOX_FULL, permanent: false } as const;
const TLS_TEMP = {
  cause: ['recipient-tls-invalid', 'tls-failed', 'tls-required', 'security-error'],
  reason: ['securityerror', 'failedstarttls'],
  permanent: false,
} as const;

const sent = (dsn: string, said: string, stage = 'RCPT TO') =>
  `Dec  4 09:14:22 mail postfix/smtp[30417]: 4FqR2k1Z9Hz3xYb: to=<bob@example.org>, relay=mx.example.org[192.0.2.25]:25, delay=1.4, delays=0.08/0.01/0.9/0.4, dsn=${dsn}, status=deferred (host mx.example.org[192.0.2.25] said: ${said} (in reply to ${stage} command))`;
const noqueue = (reply: string, stage = 'RCPT') =>
  `Dec  4 09:14:22 mx postfix/smtpd[2231]: NOQUEUE: reject: ${stage} from mail.example.com[198.51.100.9]: ${reply}; from=<alice@example.com> to=<bob@example.org> proto=ESMTP helo=<mail.example.com>`;

const IS_GREYLISTING: RealWorldCase[] = [
  [
    'postgrey: bare reply with its help link',
    '450 4.2.0 <bob@example.org>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.org.html',
    { ...GREY, replyCode: 450, status: '4.2.0' },
  ],
  [
    'postgrey: receiving Postfix log line',
    noqueue(
      '450 4.2.0 <bob@example.org>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.org.html',
    ),
    { ...GREY, recipient: 'bob@example.org' },
  ],
  [
    'postgrey: sending Postfix deferral with a delay in seconds',
    sent('4.2.0', '450 4.2.0 <bob@example.org>: Recipient address rejected: Greylisted for 300 seconds'),
    { ...GREY, recipient: 'bob@example.org', replyCode: 450 },
  ],
  [
    'postscreen after deep protocol tests: receiving log line',
    'Dec  4 09:14:22 mx postfix/postscreen[1187]: NOQUEUE: reject: RCPT from [198.51.100.9]:41234: 450 4.3.2 Service currently unavailable; from=<alice@example.com>, to=<bob@example.org>, proto=ESMTP, helo=<mail.example.com>',
    { ...POSTSCREEN, replyCode: 450, status: '4.3.2' },
  ],
  [
    'postscreen 450 4.3.2 seen from the sending Postfix',
    sent('4.3.2', '450 4.3.2 Service currently unavailable'),
    { ...POSTSCREEN, recipient: 'bob@example.org' },
  ],
  [
    'postscreen PASS NEW then the 450 (log excerpt)',
    lines(
      'Dec  4 09:14:21 mx postfix/postscreen[1187]: CONNECT from [198.51.100.9]:41234 to [192.0.2.25]:25',
      'Dec  4 09:14:22 mx postfix/postscreen[1187]: PASS NEW [198.51.100.9]:41234',
      'Dec  4 09:14:22 mx postfix/postscreen[1187]: NOQUEUE: reject: RCPT from [198.51.100.9]:41234: 450 4.3.2 Service currently unavailable; from=<alice@example.com>, to=<bob@example.org>, proto=ESMTP, helo=<mail.example.com>',
      'Dec  4 09:14:22 mx postfix/postscreen[1187]: DISCONNECT [198.51.100.9]:41234',
    ),
    { ...POSTSCREEN, recipient: 'bob@example.org' },
  ],
  [
    'rspamd greylist: milter soft reject plus rspamd log with the GREYLIST symbol',
    lines(
      'Dec  4 09:14:22 mx postfix/cleanup[4412]: 4FqR2k1Z9Hz3xYb: milter-reject: END-OF-MESSAGE from mail.example.com[198.51.100.9]: 4.7.1 Try again later; from=<alice@example.com> to=<bob@example.org> proto=ESMTP helo=<mail.example.com>',
      '2026-12-04 09:14:22 #1021(normal) <8a1f2c>; task; rspamd_task_write_log: id: <20261204091420.ABC@example.com>, qid: <4FqR2k1Z9Hz3xYb>, ip: 198.51.100.9, from: <alice@example.com>, (default: F (soft reject): [3.10/15.00] [GREYLIST(0.00){greylisted;Fri, 04 Dec 2026 09:19:22 GMT;new record;},R_SPF_ALLOW(-0.20){+ip4:198.51.100.0/24;}]), len: 4821, time: 41.2ms, dns req: 12, digest: <3c1b>, rcpts: <bob@example.org>, mime_rcpts: <bob@example.org>',
    ),
    { ...GREY, recipient: 'bob@example.org' },
  ],
  [
    'milter-greylist under Sendmail: receiving log line',
    'Dec  4 09:14:22 mx sm-mta[4412]: 4B49EM1c012345: Milter: to=<bob@example.org>, reject=451 4.7.1 Greylisting in action, please come back in 00:04:52',
    { ...GREY, recipient: 'bob@example.org' },
  ],
  [
    'milter-greylist: come back later, no countdown',
    '451 4.7.1 Greylisting in action, please come back later',
    GREY,
  ],
  [
    'Exim + greylistd: receiving log line, "not yet authorized"',
    '2026-12-04 09:14:22 H=mail.example.com [198.51.100.9] F=<alice@example.com> temporarily rejected RCPT <bob@example.org>: 198.51.100.9 is not yet authorized to deliver mail from <alice@example.com> to <bob@example.org>. Please try later.',
    { ...GREY, recipient: 'bob@example.org' },
  ],
  [
    'Exim + greylistd: the reply the sender sees',
    '451 198.51.100.9 is not yet authorized to deliver mail from <alice@example.com> to <bob@example.org>. Please try later.',
    GREY,
  ],
  [
    'Exim sending side: defer after RCPT with greylisting',
    '2026-12-04 09:14:22 1tIq2B-000Q7c-2x == bob@example.org R=dnslookup T=remote_smtp defer (-44) H=mx.example.org [192.0.2.25]: SMTP error from remote mail server after RCPT TO:<bob@example.org>: 451 4.7.1 Greylisted, please try again in 5 minutes',
    { ...GREY, recipient: 'bob@example.org', replyCode: 451 },
  ],
  [
    'Mimecast greylisting: Internal resource temporarily unavailable',
    '451 Internal resource temporarily unavailable - https://community.mimecast.com/docs/DOC-1369#451',
    { ...GREY, provider: /mimecast/i },
  ],
  [
    'Mimecast greylisting in a sending Postfix log line',
    sent(
      '4.0.0',
      '451 Internal resource temporarily unavailable - https://community.mimecast.com/docs/DOC-1369#451',
    ).replace('mx.example.org[192.0.2.25]:25', 'eu-smtp-inbound-1.mimecast.com[192.0.2.77]:25'),
    { ...GREY, recipient: 'bob@example.org' },
  ],
  [
    'iRedAPD greylisting: Intentional policy rejection',
    '451 4.7.1 <bob@example.org>: Recipient address rejected: Intentional policy rejection, please try again later',
    { ...GREY, recipient: 'bob@example.org' },
  ],
  ['OpenBSD spamd greylisting: bare', '451 Temporary failure, please try again later.', GREY_OR_BUSY],
  [
    'qmail-send deferral for a postgrey reply',
    '@40000000675010ae1c9a5b3c delivery 4217: deferral: 192.0.2.25_does_not_like_recipient./Remote_host_said:_450_4.2.0_<bob@example.org>:_Recipient_address_rejected:_Greylisted,_see_http://postgrey.schweikert.ch/help/example.org.html/Giving_up_on_192.0.2.25./',
    GREY,
  ],
  [
    'Sendmail sending log line: Deferred with greylisting',
    'Dec  4 09:14:22 mail sm-mta[30417]: 4B49EM1c012345: to=<bob@example.org>, ctladdr=<alice@example.com> (1000/1000), delay=00:00:02, xdelay=00:00:01, mailer=esmtp, pri=120345, relay=mx.example.org. [192.0.2.25], dsn=4.2.0, stat=Deferred: 450 4.2.0 <bob@example.org>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.org.html',
    { ...GREY, recipient: 'bob@example.org' },
  ],
  ['SmarterMail-style greylisting with seconds', '450 Greylisted, please try again in 360 seconds', GREY],
  ['rspamd/mailcow: bare Try again later', '451 4.7.1 Try again later', GREY_OR_BUSY],
];

const DELAY_NOTICES_GREY: RealWorldCase[] = [
  [
    'Postfix delay notice (DSN) with a greylisting Diagnostic-Code',
    lines(
      'From: MAILER-DAEMON@mail.example.com (Mail Delivery System)',
      'To: alice@example.com',
      'Subject: Delayed Mail (still being retried)',
      'Date: Fri,  4 Dec 2026 13:14:22 +0000 (UTC)',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="4FqR2k1Z9Hz3xYb.1764854062/mail.example.com"',
      '',
      '--4FqR2k1Z9Hz3xYb.1764854062/mail.example.com',
      'Content-Description: Notification',
      'Content-Type: text/plain; charset=us-ascii',
      '',
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
      '<bob@example.org>: host mx.example.org[192.0.2.25] said: 451 4.7.1 Greylisting',
      '    in action, please come back in 00:05:00 (in reply to RCPT TO command)',
      '',
      '--4FqR2k1Z9Hz3xYb.1764854062/mail.example.com',
      'Content-Description: Delivery report',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mail.example.com',
      'X-Postfix-Queue-ID: 4FqR2k1Z9Hz3xYb',
      'Arrival-Date: Fri,  4 Dec 2026 09:14:20 +0000 (UTC)',
      '',
      'Final-Recipient: rfc822; bob@example.org',
      'Original-Recipient: rfc822;bob@example.org',
      'Action: delayed',
      'Status: 4.7.1',
      'Remote-MTA: dns; mx.example.org',
      'Diagnostic-Code: smtp; 451 4.7.1 Greylisting in action, please come back in',
      '    00:05:00',
      'Will-Retry-Until: Wed,  9 Dec 2026 09:14:20 +0000 (UTC)',
      '',
      '--4FqR2k1Z9Hz3xYb.1764854062/mail.example.com--',
      '',
    ),
    { ...GREY, recipient: 'bob@example.org', status: '4.7.1' },
  ],
  [
    'Gmail "Delivery incomplete" quoting a greylisting reply',
    lines(
      'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
      'To: alice@example.com',
      'Subject: Delivery Status Notification (Delay)',
      'Date: Fri, 4 Dec 2026 10:14:22 -0800',
      'Content-Type: text/plain; charset=UTF-8',
      '',
      '** Delivery incomplete **',
      '',
      "There was a temporary problem delivering your message to bob@example.org. Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.",
      '',
      'The response from the remote server was:',
      '450 4.2.0 <bob@example.org>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.org.html',
      '',
    ),
    { ...GREY, recipient: 'bob@example.org' },
  ],
  [
    'Exim delay warning quoting greylistd',
    lines(
      'From: Mail Delivery System <Mailer-Daemon@mail.example.com>',
      'To: alice@example.com',
      'Subject: Warning: message 1tIq2B-000Q7c-2x delayed 24 hours',
      'Date: Sat, 05 Dec 2026 09:14:22 +0000',
      '',
      'This message was created automatically by mail delivery software.',
      'A message that you sent has not yet been delivered to one or more of its',
      'recipients after more than 24 hours on the queue on mail.example.com.',
      '',
      'The message identifier is:     1tIq2B-000Q7c-2x',
      'The subject of the message is: Quarterly figures',
      'The date of the message is:    Fri, 04 Dec 2026 09:14:20 +0000',
      '',
      'The address to which the message has not yet been delivered is:',
      '',
      '  bob@example.org',
      '    host mx.example.org [192.0.2.25]',
      '    Delay reason: SMTP error from remote mail server after RCPT TO:<bob@example.org>:',
      '    451 198.51.100.9 is not yet authorized to deliver mail from',
      '    <alice@example.com> to <bob@example.org>. Please try later.',
      '',
      'No action is required on your part. Delivery attempts will continue for',
      'some time, and this warning may be repeated at intervals if the message',
      'remains undelivered. Eventually the mail delivery software will give up,',
      'and when that happens, the message will be returned to you.',
      '',
    ),
    { ...GREY, recipient: 'bob@example.org' },
  ],
  [
    'Exchange on-premises delay DSN: 400 4.4.7 with a greylisting last error',
    lines(
      'From: postmaster@example.com',
      'To: alice@example.com',
      'Subject: Delivery delayed:Quarterly figures',
      'Date: Fri, 4 Dec 2026 13:14:22 +0000',
      'Content-Type: text/plain; charset="us-ascii"',
      '',
      'Delivery is delayed to these recipients or groups:',
      '',
      'bob@example.org (bob@example.org)',
      '',
      'Subject: Quarterly figures',
      '',
      "This message hasn't been delivered yet. Delivery will continue to be attempted.",
      '',
      "The server will keep trying to deliver this message for the next 1 days, 19 hours and 58 minutes. You'll be notified if the message can't be delivered by that time.",
      '',
      'Diagnostic information for administrators:',
      '',
      'Generating server: EX01.example.com',
      'Receiving server: mx.example.org (192.0.2.25)',
      '',
      'bob@example.org',
      "Remote Server at mx.example.org (192.0.2.25) returned '400 4.4.7 Message delayed'",
      "12/4/2026 1:12:03 PM - Remote Server at mx.example.org (192.0.2.25) returned '451 4.7.1 Greylisted, please try again later'",
      '',
    ),
    { ...GREY, recipient: 'bob@example.org' },
  ],
];

const NOT_GREYLISTING: RealWorldCase[] = [
  // Milters and content filters that failed on the receiving side.
  [
    'Postfix milter_default_action=tempfail: receiving log with the milter down',
    lines(
      'Dec  4 09:14:22 mx postfix/smtpd[2231]: warning: connect to Milter service inet:127.0.0.1:11332: Connection refused',
      'Dec  4 09:14:22 mx postfix/smtpd[2231]: NOQUEUE: milter-reject: RCPT from mail.example.com[198.51.100.9]: 451 4.7.1 Service unavailable - try again later; from=<alice@example.com> to=<bob@example.org> proto=ESMTP helo=<mail.example.com>',
    ),
    RECEIVER_FAULT,
  ],
  [
    "Postfix's milter tempfail text, bare",
    '451 4.7.1 Service unavailable - try again later',
    { ...RECEIVER_FAULT, replyCode: 451, status: '4.7.1', confidence: ['low', 'medium'] },
  ],
  [
    'Postfix milter tempfail seen by the sender after DATA',
    sent('4.7.1', '451 4.7.1 Service unavailable - try again later', 'end of DATA'),
    { ...RECEIVER_FAULT, recipient: 'bob@example.org' },
  ],
  [
    'Amavis: all virus scanners failed',
    '451 4.5.0 Error in processing, id=22314-04, virus_scan FAILED: virus_scan: ALL VIRUS SCANNERS FAILED',
    {
      cause: ['system-error', 'server-unavailable', 'mailer-error'],
      reason: ['systemerror', 'mailererror'],
      ...TEMP,
    },
  ],
  [
    "Amavis on the sender's own host: Temporary MTA failure on relaying",
    'Dec  4 09:14:22 mail postfix/smtp[30417]: 4FqR2k1Z9Hz3xYb: to=<bob@example.org>, relay=127.0.0.1[127.0.0.1]:10024, delay=3.1, delays=0.05/0.01/0.02/3, dsn=4.5.0, status=deferred (host 127.0.0.1[127.0.0.1] said: 451 4.5.0 id=22314-04 - Temporary MTA failure on relaying, From MTA() during fwd-connect (Negative greeting: 421 4.3.2 All server ports are busy): id=22314-04 (in reply to end of DATA command))',
    {
      cause: ['system-error', 'server-unavailable', 'mailer-error', 'too-many-connections'],
      reason: ['systemerror', 'mailererror', 'toomanyconn'],
      ...TEMP,
    },
  ],
  [
    'Amavis 4.3.0 temporary failure at the receiver',
    '451 4.3.0 Temporary failure, id=01234-05, try again later',
    {
      cause: ['system-error', 'server-unavailable', 'greylisted'],
      reason: ['systemerror', 'blocked', 'onhold'],
      ...TEMP,
    },
  ],
  ['Postfix cleanup: queue file write error', '451 4.3.0 Error: queue file write error', RECEIVER_FULL],
  // Policy services and lookup tables.
  [
    'Postfix policy service down: 451 4.3.5 with the warning before it',
    lines(
      'Dec  4 09:14:22 mx postfix/smtpd[2231]: warning: problem talking to server private/policyd-spf: Connection refused',
      noqueue('451 4.3.5 Server configuration problem'),
    ),
    { ...RECEIVER_FAULT, recipient: 'bob@example.org' },
  ],
  [
    'Postfix 451 4.3.5 seen from the sending side',
    sent('4.3.5', '451 4.3.5 Server configuration problem'),
    { ...RECEIVER_FAULT, recipient: 'bob@example.org' },
  ],
  [
    'Postfix: Temporary lookup failure (a map backend down)',
    '451 4.3.0 <bob@example.org>: Temporary lookup failure',
    { ...RECEIVER_FAULT, replyCode: 451, status: '4.3.0' },
  ],
  [
    'Sendmail Deferred: 451 4.3.5 in a warning notice',
    lines(
      'From: Mail Delivery Subsystem <MAILER-DAEMON@mail.example.com>',
      'To: alice@example.com',
      'Subject: Warning: could not send message for past 4 hours',
      'Date: Fri, 4 Dec 2026 13:14:22 GMT',
      '',
      '    **********************************************',
      '    **      THIS IS A WARNING MESSAGE ONLY      **',
      '    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **',
      '    **********************************************',
      '',
      'The original message was received at Fri, 4 Dec 2026 09:14:20 GMT',
      'from localhost [127.0.0.1]',
      '',
      '   ----- Transcript of session follows -----',
      '<bob@example.org>... Deferred: 451 4.3.5 Server configuration problem',
      'Warning: message still undelivered after 4 hours',
      'Will keep trying until message is 5 days old',
      '',
    ),
    { ...RECEIVER_FAULT, recipient: 'bob@example.org' },
  ],
  // DNS: the sender's domain, the recipient's domain.
  [
    'Postfix reject_unknown_sender_domain: 450 4.1.8 Domain not found',
    '450 4.1.8 <alice@example.com>: Sender address rejected: Domain not found',
    { ...SENDER_DOMAIN, replyCode: 450, status: '4.1.8' },
  ],
  [
    'Postfix reject_unknown_sender_domain, receiving log line',
    noqueue('450 4.1.8 <alice@example.com>: Sender address rejected: Domain not found'),
    SENDER_DOMAIN,
  ],
  [
    'Sendmail: Domain of sender address does not resolve',
    '451 4.1.8 Domain of sender address alice@example.com does not resolve',
    SENDER_DOMAIN,
  ],
  [
    'Exim: could not complete sender verify',
    '451 Could not complete sender verify',
    {
      cause: ['sender-verify-failed', 'dns-failure', 'server-unavailable'],
      reason: ['rejected', 'networkerror', 'systemerror'],
      ...TEMP,
    },
  ],
  [
    'Postfix sending side: MX lookup tempfail',
    'Dec  4 09:14:22 mail postfix/smtp[30417]: 4FqR2k1Z9Hz3xYb: to=<bob@example.org>, relay=none, delay=0.6, delays=0.05/0.01/0.5/0, dsn=4.4.3, status=deferred (Host or domain name not found. Name service error for name=example.org type=MX: Host not found, try again)',
    { ...DNS_TEMP, recipient: 'bob@example.org' },
  ],
  [
    'Exchange: 451 4.4.0 DNS query failed',
    '451 4.4.0 DNS query failed. The error was: DNS query failed with error: ErrorRetry',
    { ...DNS_TEMP, confidence: 'high' },
  ],
  [
    'Postfix relay: 450 4.1.2 recipient domain not found',
    '450 4.1.2 <bob@example.org>: Recipient address rejected: Domain not found',
    { cause: ['dns-failure', 'domain-not-found'], reason: ['networkerror', 'hostunknown'], ...TEMP },
  ],
  // Recipient verification that could not finish.
  [
    'Postfix reject_unverified_recipient: the backend could not be reached',
    '450 4.1.1 <bob@example.org>: Recipient address rejected: unverified address: connect to backend.example.org[192.0.2.30]:25: Connection timed out',
    {
      ...RECEIVER_FAULT,
      cause: ['server-unavailable', 'system-error', 'recipient-server-unreachable'],
      reason: ['systemerror', 'expired'],
    },
  ],
  [
    'Exim: could not complete recipient verify callout',
    '451 4.3.0 Could not complete recipient verify callout',
    RECEIVER_FAULT,
  ],
  // Rate and connection limits.
  [
    'Postfix anvil: too many connections',
    '421 4.7.0 mx.example.org Error: too many connections from 198.51.100.9',
    { ...CONNECTIONS, replyCode: 421, status: '4.7.0', confidence: 'high' },
  ],
  [
    'Postfix: 452 4.5.3 too many recipients',
    '452 4.5.3 Error: too many recipients',
    {
      cause: ['rate-limited', 'too-many-connections', 'size-limit-exceeded'],
      reason: ['speeding', 'toomanyconn', 'exceedlimit'],
      side: 'sender',
      ...TEMP,
    },
  ],
  [
    'Gmail 4.7.28 unsolicited rate limit',
    lines(
      '421-4.7.28 [203.0.113.7      15] Our system has detected an unusual rate of',
      '421-4.7.28 unsolicited mail originating from your IP address. To protect our',
      '421-4.7.28 users from spam, mail sent from your IP address has been temporarily',
      '421-4.7.28 rate limited. Please visit',
      '421-4.7.28  https://support.google.com/mail/?p=UnsolicitedRateLimitError to',
      '421 4.7.28 review our Bulk Email Senders Guidelines. a1si1234567qkb.301 - gsmtp',
    ),
    { ...SLOW, provider: /google|gmail/i },
  ],
  [
    'Microsoft 451 4.7.500 Server busy',
    '451 4.7.500 Server busy. Please try again later from [203.0.113.7]. (S77714) [BN1NAM02FT016.eop-nam02.prod.protection.outlook.com]',
    { ...SLOW },
  ],
  [
    'Microsoft 451 4.7.650 IP reputation',
    '451 4.7.650 The mail server [203.0.113.7] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S775) [Name=Protocol Filter Agent][AGT=PFA][MxId=11B9A8C7D6E5F4A3] [DM6PR01MB1234.namprd01.prod.outlook.com]',
    REPUTATION,
  ],
  ['Cisco AsyncOS: too many recipients this hour', '452 Too many recipients received this hour', SLOW],
  // Reputation deferrals.
  [
    'Yahoo TSS04',
    '421 4.7.0 [TSS04] Messages from 203.0.113.7 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes',
    { ...SLOW, provider: /yahoo/i },
  ],
  [
    'Yahoo TS01 in a sending Postfix log',
    'Dec  4 09:14:22 mail postfix/smtp[30417]: 4FqR2k1Z9Hz3xYb: host mta7.am0.yahoodns.net[192.0.2.66] refused to talk to me: 421 4.7.0 [TS01] Messages from 203.0.113.7 temporarily deferred due to user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes',
    {
      ...REPUTATION,
      cause: ['ip-reputation', 'rate-limited'],
      reason: ['badreputation', 'speeding', 'blocked'],
    },
  ],
  [
    'iCloud HM08 local-policy deferral',
    '450 4.7.1 [HM08] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137',
    {
      cause: ['ip-reputation', 'rate-limited', 'policy-violation', 'spam-filtered'],
      reason: ['badreputation', 'speeding', 'blocked', 'policyviolation', 'spamdetected'],
      side: 'sender',
      ...TEMP,
      confidence: ['low', 'medium'],
    },
  ],
  [
    'Gmail 421 4.7.0 Try again later, closing connection',
    '421-4.7.0 Try again later, closing connection. (EHLO)\n421 4.7.0  https://support.google.com/a/answer/3221692 x12si123456qkb.55 - gsmtp',
    {
      cause: [
        'rate-limited',
        'ip-reputation',
        'server-unavailable',
        'connection-rejected',
        'too-many-connections',
      ],
      reason: ['speeding', 'badreputation', 'blocked', 'systemerror', 'toomanyconn'],
      ...TEMP,
    },
  ],
  // Resource shortage at the receiver.
  [
    'Exchange back pressure in a sending log',
    sent('4.3.1', '452 4.3.1 Insufficient system resources', 'MAIL FROM'),
    RECEIVER_FULL,
  ],
  [
    'Dovecot LMTP: temporary quota (4.2.2) behind Postfix',
    'Dec  4 09:14:22 mx postfix/lmtp[5120]: 4FqR2k1Z9Hz3xYb: to=<bob@example.org>, relay=mx.example.org[private/dovecot-lmtp], delay=0.2, delays=0.1/0/0/0.1, dsn=4.2.2, status=deferred (host mx.example.org[private/dovecot-lmtp] said: 452 4.2.2 <bob@example.org> Quota exceeded (mailbox for user is full) (in reply to end of DATA command))',
    { ...FULL_TEMP, recipient: 'bob@example.org' },
  ],
  [
    'Dovecot LMTP: temporary internal error',
    '451 4.3.0 <bob@example.org> Temporary internal error',
    RECEIVER_FAULT,
  ],
  [
    'Exim: Temporary local problem - please try later',
    '451 Temporary local problem - please try later',
    GREY_OR_BUSY,
  ],
  [
    'Exchange front end proxy error PRX4',
    '451 4.7.0 Temporary server error. Please try again later. PRX4',
    RECEIVER_FAULT,
  ],
  // TLS and authentication.
  [
    'Postfix: TLS not available due to local problem',
    sent('4.7.0', '454 4.7.0 TLS not available due to local problem', 'STARTTLS'),
    { ...TLS_TEMP, recipient: 'bob@example.org' },
  ],
  [
    'Microsoft 421 4.7.66 TLS 1.0 and 1.1',
    '421 4.7.66 TLS 1.0 and 1.1 are not supported. Please upgrade/update your client to support TLS 1.2. Visit https://aka.ms/smtp_auth_tls. [AM0PR01CA0123.eurprd01.prod.exchangelabs.com]',
    { cause: ['tls-outdated'], reason: 'securityerror', side: 'sender', ...TEMP },
  ],
  [
    'Submission: 454 4.7.0 Temporary authentication failure',
    '454 4.7.0 Temporary authentication failure',
    {
      cause: ['system-error', 'server-unavailable', 'auth-failed', 'security-error'],
      reason: ['systemerror', 'securityerror', 'authfailure'],
      ...TEMP,
    },
  ],
  // Blocklists and client checks that defer.
  [
    'Postfix reject_rbl_client with a 4xx code',
    '451 4.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/203.0.113.7',
    { ...IP_BLOCK, ...TEMP, blocklist: 'spamhaus' },
  ],
  [
    'Exim: temporarily rejected, listed in SpamCop',
    '451 4.7.1 Temporarily rejected: 203.0.113.7 is listed in bl.spamcop.net',
    { ...IP_BLOCK, ...TEMP },
  ],
  [
    'Exim: DNS list lookup defer (the receiver could not ask its blocklist)',
    '2026-12-04 09:14:22 H=mail.example.com [198.51.100.9] F=<alice@example.com> temporarily rejected RCPT <bob@example.org>: DNS list lookup defer (probably timeout) for 9.100.51.198.zen.spamhaus.org',
    {
      cause: ['blocklist-lookup-failed', 'system-error', 'dns-failure'],
      reason: ['systemerror', 'networkerror'],
      side: 'recipient',
      ...TEMP,
    },
  ],
  [
    'Postfix 450 4.7.25 cannot find your hostname',
    '450 4.7.25 Client host rejected: cannot find your hostname, [198.51.100.9]',
    { ...PTR, ...TEMP, confidence: 'high' },
  ],
  [
    'Postfix 450 4.7.1 Helo command rejected: Host not found',
    noqueue('450 4.7.1 <mail.example.com>: Helo command rejected: Host not found'),
    { cause: 'helo-rejected', reason: 'blocked', side: 'sender', ...TEMP },
  ],
  // Not reaching the server at all.
  [
    'Postfix sending side: connection timed out',
    'Dec  4 09:14:22 mail postfix/smtp[30417]: connect to mx.example.org[192.0.2.25]:25: Connection timed out\nDec  4 09:14:52 mail postfix/smtp[30417]: 4FqR2k1Z9Hz3xYb: to=<bob@example.org>, relay=none, delay=30, delays=0.05/0.01/30/0, dsn=4.4.1, status=deferred (connect to mx.example.org[192.0.2.25]:25: Connection timed out)',
    {
      cause: ['recipient-server-unreachable', 'delivery-delayed'],
      reason: ['expired', 'networkerror'],
      recipient: 'bob@example.org',
      ...TEMP,
    },
  ],
  // Delay notices quoting something other than greylisting.
  [
    'Microsoft 365 delay notice quoting 451 4.7.650',
    lines(
      'From: Microsoft Outlook <MAILER-DAEMON@EUR01-AM0-obe.outbound.protection.outlook.com>',
      'To: alice@example.com',
      'Subject: Delivery delayed:Quarterly figures',
      'Date: Fri, 4 Dec 2026 13:14:22 +0000',
      'Content-Type: text/plain; charset="us-ascii"',
      '',
      'Delivery is delayed to these recipients or groups:',
      '',
      'bob@example.org (bob@example.org)',
      '',
      'Subject: Quarterly figures',
      '',
      "This message hasn't been delivered yet. Delivery will continue to be attempted.",
      '',
      'Diagnostic information for administrators:',
      '',
      'Generating server: AM0PR01MB1234.eurprd01.prod.exchangelabs.com',
      'Receiving server: example-org.mail.protection.outlook.com',
      '',
      'bob@example.org',
      "Remote Server returned '451 4.7.650 The mail server [203.0.113.7] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S775)'",
      '',
    ),
    { ...REPUTATION, recipient: 'bob@example.org' },
  ],
  [
    'Postfix delay DSN quoting Yahoo TSS04',
    lines(
      'From: MAILER-DAEMON@mail.example.com (Mail Delivery System)',
      'To: alice@example.com',
      'Subject: Delayed Mail (still being retried)',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="B57.1764854062/mail.example.com"',
      '',
      '--B57.1764854062/mail.example.com',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      '# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #',
      '',
      '<carol@yahoo.com>: host mta5.am0.yahoodns.net[192.0.2.67] refused to talk to',
      '    me: 421 4.7.0 [TSS04] Messages from 203.0.113.7 temporarily deferred due to',
      '    unexpected volume or user complaints - 4.16.55.1; see',
      '    https://postmaster.yahooinc.com/error-codes',
      '',
      '--B57.1764854062/mail.example.com',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mail.example.com',
      '',
      'Final-Recipient: rfc822; carol@yahoo.com',
      'Action: delayed',
      'Status: 4.7.0',
      'Remote-MTA: dns; mta5.am0.yahoodns.net',
      'Diagnostic-Code: smtp; 421 4.7.0 [TSS04] Messages from 203.0.113.7 temporarily',
      '    deferred due to unexpected volume or user complaints - 4.16.55.1; see',
      '    https://postmaster.yahooinc.com/error-codes',
      '',
      '--B57.1764854062/mail.example.com--',
      '',
    ),
    { ...SLOW, recipient: 'carol@yahoo.com' },
  ],
  [
    'Exim delay warning quoting a mailbox over quota (temporary)',
    lines(
      'From: Mail Delivery System <Mailer-Daemon@mail.example.com>',
      'To: alice@example.com',
      'Subject: Warning: message 1tIq2B-000Q7c-2x delayed 24 hours',
      '',
      'This message was created automatically by mail delivery software.',
      'A message that you sent has not yet been delivered to one or more of its',
      'recipients after more than 24 hours on the queue on mail.example.com.',
      '',
      'The address to which the message has not yet been delivered is:',
      '',
      '  bob@example.org',
      '    host mx.example.org [192.0.2.25]',
      '    Delay reason: SMTP error from remote mail server after end of data:',
      '    452 4.2.2 <bob@example.org>: Mailbox full',
      '',
      'No action is required on your part. Delivery attempts will continue for',
      'some time, and this warning may be repeated at intervals if the message',
      'remains undelivered.',
      '',
    ),
    { ...FULL_TEMP, recipient: 'bob@example.org' },
  ],
  [
    'Gmail delay notice quoting a milter tempfail',
    lines(
      'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
      'To: alice@example.com',
      'Subject: Delivery Status Notification (Delay)',
      'Content-Type: text/plain; charset=UTF-8',
      '',
      '** Delivery incomplete **',
      '',
      "There was a temporary problem delivering your message to bob@example.org. Gmail will retry for 40 more hours. You'll be notified if the delivery fails permanently.",
      '',
      'The response from the remote server was:',
      '451 4.7.1 Service unavailable - try again later',
      '',
    ),
    { ...RECEIVER_FAULT, recipient: 'bob@example.org', confidence: ['low', 'medium'] },
  ],
];

export const ROUND_57: RealWorldCase[] = [...IS_GREYLISTING, ...DELAY_NOTICES_GREY, ...NOT_GREYLISTING];

// Written after the fixes, in other wordings of the same family, and measured before any further change.
export const SECOND_BATCH_57: RealWorldCase[] = [
  ["Sendmail's milter tempfail text, bare", '451 4.3.2 Please try again later', GREY_OR_BUSY],
  [
    'Sendmail: a milter in error state, then the tempfail (receiving log)',
    lines(
      'Dec  4 09:14:22 mx sm-mta[4412]: 4B49EM1c012345: Milter (opendkim): local socket name /run/opendkim/opendkim.sock unsafe',
      'Dec  4 09:14:22 mx sm-mta[4412]: 4B49EM1c012345: Milter (opendkim): to error state',
      'Dec  4 09:14:22 mx sm-mta[4412]: 4B49EM1c012345: Milter: to=<bob@example.org>, reject=451 4.3.2 Please try again later',
    ),
    { ...RECEIVER_FAULT, recipient: 'bob@example.org' },
  ],
  ['Sendmail conncontrol: too many open connections', '421 4.3.2 Too many open connections.', CONNECTIONS],
  [
    'Sendmail ratecontrol: connection rate limit exceeded',
    '421 4.3.2 Connection rate limit exceeded.',
    CONNECTIONS,
  ],
  [
    'Exchange: maximum number of concurrent server connections',
    '421 4.3.2 The maximum number of concurrent server connections has exceeded a limit, closing transmission channel',
    CONNECTIONS,
  ],
  [
    'Orange: Trop de connexions (OFR004_104)',
    '421 mwinf5c20 ME Trop de connexions, veuillez verifier votre configuration. OFR004_104 [104]',
    CONNECTIONS,
  ],
  [
    'Gmail 4.3.0 Temporary System Problem',
    lines(
      '421-4.3.0 Temporary System Problem.  Try again later (10). For more information,',
      '421-4.3.0 go to',
      '421 4.3.0  https://support.google.com/a/answer/3221692 b2si9876543qkb.12 - gsmtp',
    ),
    { ...RECEIVER_FAULT, provider: /google|gmail/i },
  ],
  ['sqlgrey-style greylisting with minutes', '450 4.7.1 Greylisted for 5 minutes (sqlgrey)', GREY],
  [
    'qmail-send: CNAME lookup failed temporarily',
    '@40000000675010ae1c9a5b3c delivery 81: deferral: CNAME_lookup_failed_temporarily._(#4.4.3)/',
    DNS_TEMP,
  ],
  [
    'Postfix reject_unverified_recipient: lost connection to the backend',
    '450 4.1.1 <bob@example.org>: Recipient address rejected: unverified address: lost connection with backend.example.org[192.0.2.30] while receiving the initial server greeting',
    RECEIVER_FAULT,
  ],
  [
    'Sendmail warning notice quoting a milter tempfail',
    lines(
      'From: Mail Delivery Subsystem <MAILER-DAEMON@mail.example.com>',
      'To: alice@example.com',
      'Subject: Warning: could not send message for past 4 hours',
      '',
      '    **********************************************',
      '    **      THIS IS A WARNING MESSAGE ONLY      **',
      '    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **',
      '    **********************************************',
      '',
      '   ----- Transcript of session follows -----',
      '<bob@example.org>... Deferred: 451 4.3.2 Please try again later',
      'Warning: message still undelivered after 4 hours',
      'Will keep trying until message is 5 days old',
      '',
    ),
    { ...GREY_OR_BUSY, recipient: 'bob@example.org' },
  ],
  [
    'Yahoo: Message temporarily deferred after DATA (sending Postfix log)',
    'Dec  4 09:14:22 mail postfix/smtp[30417]: 4FqR2k1Z9Hz3xYb: to=<carol@yahoo.com>, relay=mta6.am0.yahoodns.net[192.0.2.68]:25, delay=2.1, delays=0.05/0.01/0.6/1.4, dsn=4.0.0, status=deferred (host mta6.am0.yahoodns.net[192.0.2.68] said: 451 Message temporarily deferred - 4.16.50 (in reply to end of DATA command))',
    { ...SLOW, recipient: 'carol@yahoo.com' },
  ],
  [
    'Postfix sending side: server certificate not verified',
    'Dec  4 09:14:22 mail postfix/smtp[30417]: 4FqR2k1Z9Hz3xYb: to=<bob@example.org>, relay=mx.example.org[192.0.2.25]:25, delay=0.9, delays=0.05/0.01/0.8/0, dsn=4.7.5, status=deferred (Server certificate not verified)',
    { ...TLS_TEMP, recipient: 'bob@example.org' },
  ],
  [
    'Postfix 450 4.7.1 cannot find your reverse hostname',
    '450 4.7.1 Client host rejected: cannot find your reverse hostname, [198.51.100.9]',
    { ...PTR, ...TEMP, confidence: 'high' },
  ],
  [
    'Dovecot LMTP: Internal error occurred',
    '451 4.3.0 <bob@example.org> Internal error occurred. Refer to server log for more information.',
    RECEIVER_FAULT,
  ],
];
