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
  MS_NOT_FOUND,
  RATE,
  SPAM,
  TOO_BIG,
  USER_UNKNOWN,
  VIRUS,
} from './real-world-expectations.js';

/*
 * A forty-second held-out round: the log lines and delivery/accounting records of the MTAs hosting providers and
 * ESPs run, beyond round 9's, 14's and 21's Postfix/Exim/Sendmail basics: PowerMTA's accounting CSV (with its
 * header row, rb remote-bounce records, the dsnMta column naming the server), KumoMTA's JSON log records
 * (Bounce, TransientFailure, Expiration; response {code, enhanced_code, content}, peer_address), Haraka's outbound
 * "bouncing mail" / "Temp failing" lines and its rcpt hook log, OpenSMTPD's older "relay: PermFail for …" form and
 * its "smtp failed-command" line, GreenArrow's event JSON, hMailServer's and MDaemon's logs, Zimbra's Postfix with
 * amavis, Exchange message tracking rows (the raw CSV and Get-MessageTrackingLog's table), Stalwart, Maddy and
 * chasquid, qmail-send's deferrals and failures, Courier's reply-then-status pairs, and Postfix's verify(8),
 * postscreen and qmgr "status=expired". Besides the cause: permanence where the log says it without a code
 * ("deferral", "TempFail", "(temporary)", a "t" record are not final; "failure", "PermFail", "b" are), one record
 * per recipient when several rows belong to one message (FIELDS_42, checked by real-world-42-fields.test.ts with
 * the remote server the row names). Written from knowledge of the systems' formats, none from the development
 * corpus, measured before any rule was changed:
 *   round 42  51 cases, 25 right as written (49 %); of the 21 field checks (FIELDS_42) 9 right. The 26 wrong: no
 *             record at all for KumoMTA's JSON records (6), Stalwart, amavis's Blocked SPAM / INFECTED, OpenSMTPD's
 *             'smtp failed-command' and Haraka's hook DENY line; a temporary outcome read as final where only the
 *             log's word says it (OpenSMTPD 5.x 'TempFail' read by the Sendmail stat= reader, postscreen's
 *             '450 4.3.2' and 'all server ports busy', whose 'RCPT from [ip]:port' names no host), the wrong
 *             recipient (chasquid's from= taken, Exchange tracking rows' message-id and sender taken before the
 *             recipient, Maddy's rcpt field not read), a greeting's 220 taken as MDaemon's reply, GreenArrow's
 *             failure_toolong read as still queued, hMailServer's 'Scheduling it for later delivery' unknown,
 *             Courier's reply and 'status: failure' lines read as two records; a refused connection read as the
 *             receiving server's refusal or a client library's (KumoMTA, chasquid, Courier), and an expiry
 *             (PowerMTA 4.4.7) read as its last deferral. Remote host and IP were not read from PowerMTA's dsnMta,
 *             KumoMTA's peer_address, GreenArrow's mx_hostname/mx_ip, Exchange's FQDN/IP, Stalwart's hostname,
 *             Maddy's remote_server, hMailServer's SMTPC column, OpenSMTPD 5.x's relay=.
 *   fixed     readers for the hosted MTAs' records (new src/bounce/extract/mta-log-hosted.ts, called from
 *             mta-log.ts): KumoMTA and GreenArrow JSON records, Maddy's 'module: message {json}', Stalwart's
 *             'Title (delivery.event) key = value', chasquid's maillog, OpenSMTPD 5.x 'relay:/delivery: PermFail for',
 *             OpenSMTPD's 'smtp failed-command', Haraka's hook results, amavis's Blocked/Passed, Exchange tracking
 *             rows (raw CSV and Get-MessageTrackingLog's table, FQDN/IP from RecipientStatus), hMailServer's SMTPC
 *             error replies and APPLICATION 'Scheduling it for later delivery'; each takes permanence from the
 *             log's own word (TempFail, deferral, (temporary), DENYSOFT, TransientFailure, a 't' record).
 *             PowerMTA's record is read by its CSV fields (dsnMta: the remote server; rb/tq records). Courier's
 *             'status:' line keeps the words of the reply line before it (one record per recipient: log-lines.ts).
 *             Postfix's reject 'from [ip]:port' without a host (postscreen), and a CONNECT reject without a code
 *             (postscreen answered 421). Data: 'all server ports busy' is a connection limit; an MTA's own
 *             'failed to connect to any candidate hosts: … connection refused' / 'all MXs failed: … connection
 *             refused' is a refused connection to the MX, read before a client library's '(os error 111)'
 *             (reply-phrases.ts). A transcript's greeting in a recipient's first segment gives way to a later
 *             error reply (diagnostic.ts). 49 of 51 right, 21 of 21 field checks. Still wrong (knownWrong): the
 *             PowerMTA 4.4.7 expiry after Yahoo's TSS04 (the provider's reference decides first, as in a DSN),
 *             and Courier's bare 'Connection refused'. Corpus 366/383, reply codes 261/274.
 */

const FINAL = { permanent: true } as const;
const TEMPORARY = { permanent: false } as const;
const DELIVERED = { cause: 'delivered', reason: 'delivered' } as const;
// No connection to the receiving server (refused, timed out, unreachable): retried until the queue gives up.
const UNREACHABLE = {
  cause: ['recipient-server-unreachable', 'delivery-delayed', 'connection-refused', 'no-route-to-host'],
  reason: ['expired', 'networkerror', 'blocked'],
} as const;
// A receiver's temporary "try again later" without a stated reason: greylisting, a throttle or a busy server.
const TRY_LATER = {
  cause: ['greylisted', 'rate-limited', 'server-unavailable', 'too-many-connections', 'delivery-delayed'],
  reason: ['blocked', 'onhold', 'speeding', 'toomanyconn', 'systemerror', 'expired'],
} as const;
const GIVEN_UP = { ...EXPIRED, permanent: true } as const;

const PMTA_HEADER =
  'type,timeLogged,timeQueued,orig,rcpt,orcpt,dsnAction,dsnStatus,dsnDiag,dsnMta,bounceCat,srcType,srcMta,dlvType,dlvSourceIp,dlvDestinationIp,dlvEsmtpAvailable,dlvSize,vmta,jobId,envId,queue,vmtaPool';

const kumo = (
  type: string,
  rcpt: string,
  code: number,
  enhanced: string | null,
  content: string,
  peer?: string,
) => {
  const [klass, subject, detail] = (enhanced ?? '').split('.').map(Number);
  return JSON.stringify({
    type,
    id: '0b5e1f2a9c3d11ef8a1b0242ac120002',
    sender: 'alice@example.com',
    recipient: rcpt,
    queue: rcpt.split('@')[1],
    site: `unspecified->${peer ?? 'mx.example.org'}@smtp_client`,
    size: 2345,
    response: {
      code,
      enhanced_code: enhanced ? { class: klass, subject, detail } : null,
      content,
      command: code >= 500 || code < 300 ? `RCPT TO:<${rcpt}>\r\n` : null,
    },
    peer_address: peer === '' ? null : { name: peer ?? 'mx.example.org', addr: '192.0.2.25' },
    timestamp: 1764497702,
    created: 1764497700,
    num_attempts: type === 'TransientFailure' ? 2 : 0,
    bounce_classification: 'Uncategorized',
    egress_pool: 'pool-1',
    egress_source: 'source-1',
    feedback_report: null,
    meta: {},
    headers: {},
    delivery_protocol: 'ESMTP',
    reception_protocol: 'ESMTP',
    nodeid: '9a2c6f1e-0d4b-4c1a-9a53-0d6f9f7b2a11',
    tls_cipher: null,
    source_address: { address: '203.0.113.7:41234', server_name: 'mx1.example.com' },
  });
};

const postfix = (line: string) => `Nov 30 10:15:02 mail ${line}`;

export const ROUND_42: RealWorldCase[] = [
  // PowerMTA accounting CSV
  [
    'PowerMTA acct: b record, Gmail spam refusal with a quoted dsnDiag and the dsnMta column',
    'b,2026-11-30 10:15:02+0000,2026-11-30 10:14:58+0000,bounces@news.example.com,bob@gmail.com,,failed,5.7.1 (delivery not authorized; message refused),"smtp;550-5.7.1 [203.0.113.7] Gmail has detected that this message is likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been blocked. For more information, go to https://support.google.com/mail/?p=UnsolicitedMessageError a1si1234567wrb.45 - gsmtp",gmail-smtp-in.l.google.com (142.250.27.26),spam-related,smtp,app01.example.com (192.0.2.10),smtp,203.0.113.7,142.250.27.26,"PIPELINING,8BITMIME,SIZE,STARTTLS,ENHANCEDSTATUSCODES,CHUNKING,SMTPUTF8",12345,vmta-news-1,camp-2026-11,,gmail.com/vmta-news-1,pool-news',
    {
      ...SPAM,
      recipient: 'bob@gmail.com',
      sender: 'bounces@news.example.com',
      replyCode: 550,
      status: '5.7.1',
      provider: /google|gmail/i,
      ...FINAL,
    },
  ],
  [
    'PowerMTA acct: with its header row, a delivered and a bounced recipient of one job',
    lines(
      PMTA_HEADER,
      'd,2026-11-30 10:15:01+0000,2026-11-30 10:14:58+0000,bounces@example.com,carol@example.net,,relayed,2.0.0 (success),smtp;250 2.0.0 Ok: queued as 4ChX2k1F9Qz9sWq,mx.example.net (198.51.100.25),,smtp,app01.example.com (192.0.2.10),smtp,203.0.113.7,198.51.100.25,"PIPELINING,8BITMIME,SIZE,STARTTLS",4567,vmta-pool-2,job-42,,example.net/vmta-pool-2,pool-2',
      'b,2026-11-30 10:15:02+0000,2026-11-30 10:14:58+0000,bounces@example.com,bob@example.org,,failed,5.1.1 (bad destination mailbox address),smtp;550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual mailbox table,mx.example.org (192.0.2.25),bad-mailbox,smtp,app01.example.com (192.0.2.10),smtp,203.0.113.7,192.0.2.25,"PIPELINING,8BITMIME,SIZE,STARTTLS",4567,vmta-pool-2,job-42,,example.org/vmta-pool-2,pool-2',
    ),
    { ...USER_UNKNOWN, index: 1, recipient: 'bob@example.org', replyCode: 550, status: '5.1.1', ...FINAL },
  ],
  [
    'PowerMTA acct: rb (remote bounce) record of a mailbox full reported back by DSN',
    'rb,2026-11-30 11:02:40+0000,2026-11-30 10:15:02+0000,bounces@example.com,bob@example.org,,failed,5.2.2 (mailbox full),smtp;552 5.2.2 <bob@example.org>: Mailbox full,mail.example.org,quota-issues,,,,,,,,vmta-pool-2,job-42,,,',
    { ...MAILBOX_FULL, recipient: 'bob@example.org', replyCode: 552, status: '5.2.2', confidence: 'high' },
  ],
  [
    'PowerMTA acct: b record, message-expired after Yahoo deferrals (4.4.7)',
    'b,2026-12-03 10:15:02+0000,2026-11-30 10:15:02+0000,bounces@example.com,bob@yahoo.com,,failed,4.4.7 (delivery time expired),"smtp;421 4.7.0 [TSS04] Messages from 203.0.113.7 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes",mta6.am0.yahoodns.net (67.195.204.79),message-expired,smtp,app01.example.com (192.0.2.10),smtp,203.0.113.7,67.195.204.79,"PIPELINING,8BITMIME,SIZE,STARTTLS",4567,vmta-pool-2,job-42,,yahoo.com/vmta-pool-2,pool-2',
    {
      cause: 'delivery-expired',
      reason: 'expired',
      recipient: 'bob@yahoo.com',
      ...FINAL,
      knownWrong:
        "read as ip-reputation: Yahoo's TSS04 reference decides before the record's own 4.4.7 'delivery time expired' (a DSN with Status 4.4.7 from Yahoo's MX reads the same)",
    },
  ],
  [
    'PowerMTA acct: b record, inactive-mailbox (Gmail 5.2.1 disabled)',
    'b,2026-11-30 10:15:02+0000,2026-11-30 10:14:58+0000,bounces@example.com,bob@gmail.com,,failed,5.2.1 (mailbox disabled; not accepting messages),"smtp;550-5.2.1 The email account that you tried to reach is disabled. For more information, go to https://support.google.com/mail/?p=DisabledUser b3si2345678ejc.12 - gsmtp",gmail-smtp-in.l.google.com (142.250.27.26),inactive-mailbox,smtp,app01.example.com (192.0.2.10),smtp,203.0.113.7,142.250.27.26,"PIPELINING,8BITMIME,SIZE,STARTTLS",4567,vmta-pool-2,job-42,,gmail.com/vmta-pool-2,pool-2',
    { ...DISABLED, recipient: 'bob@gmail.com', replyCode: 550, status: '5.2.1', ...FINAL },
  ],
  [
    'PowerMTA acct: t record, Microsoft 4.7.650 IP reputation deferral (transient)',
    't,2026-11-30 10:15:02+0000,2026-11-30 10:14:58+0000,bounces@example.com,bob@outlook.com,,delayed,4.7.650 (other or undefined security status),"smtp;451 4.7.650 The mail server [203.0.113.7] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://aka.ms/postmaster (S775) [Name=Protocol Filter Agent][AGT=PFA][MxId=11BB5B8A6F8C3E21] [AM4PEPF00027A6C.eurprd04.prod.outlook.com 2026-11-30T10:15:02.123Z 08DE1A2B3C4D5E6F]",outlook-com.olc.protection.outlook.com (52.101.68.4),policy-related,smtp,app01.example.com (192.0.2.10),smtp,203.0.113.7,52.101.68.4,"PIPELINING,8BITMIME,SIZE,STARTTLS",4567,vmta-pool-2,job-42,,outlook.com/vmta-pool-2,pool-2',
    { ...RATE, recipient: 'bob@outlook.com', replyCode: 451, status: '4.7.650', ...TEMPORARY },
  ],
  // KumoMTA JSON log records
  [
    'KumoMTA log: Bounce, user unknown at RCPT',
    kumo(
      'Bounce',
      'bob@example.org',
      550,
      '5.1.1',
      '<bob@example.org>: Recipient address rejected: User unknown in virtual mailbox table',
    ),
    {
      ...USER_UNKNOWN,
      recipient: 'bob@example.org',
      sender: 'alice@example.com',
      replyCode: 550,
      status: '5.1.1',
      ...FINAL,
    },
  ],
  [
    'KumoMTA log: TransientFailure, Gmail 4.7.28 rate limit',
    kumo(
      'TransientFailure',
      'bob@gmail.com',
      421,
      '4.7.28',
      '[203.0.113.7] Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily rate limited. For more information, go to https://support.google.com/mail/?p=UnsolicitedRateLimitError a1si1234567wrb.45 - gsmtp',
      'gmail-smtp-in.l.google.com',
    ),
    { ...RATE, recipient: 'bob@gmail.com', replyCode: 421, status: '4.7.28', ...TEMPORARY },
  ],
  [
    'KumoMTA log: TransientFailure, internal connection refused to every candidate host',
    kumo(
      'TransientFailure',
      'bob@example.org',
      400,
      null,
      'KumoMTA internal: failed to connect to any candidate hosts: connect to 192.0.2.25:25 and read initial banner: Connection refused (os error 111)',
      '',
    ),
    { ...UNREACHABLE, recipient: 'bob@example.org', ...TEMPORARY },
  ],
  [
    'KumoMTA log: Expiration, next delivery time beyond the expiry',
    kumo(
      'Expiration',
      'bob@example.org',
      551,
      '5.4.7',
      'Next delivery time 2026-12-03 10:20:02.000000 UTC > expiration 2026-12-03 10:15:00.000000 UTC',
      '',
    ),
    { ...GIVEN_UP, recipient: 'bob@example.org' },
  ],
  [
    'KumoMTA log: Bounce, Microsoft S3150 block list',
    kumo(
      'Bounce',
      'bob@hotmail.com',
      550,
      '5.7.1',
      "Unfortunately, messages from [203.0.113.7] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [DB5PEPF00014B8F.eurprd02.prod.outlook.com 2026-11-30T10:15:02.123Z 08DE1A2B3C4D5E6F]",
      'hotmail-com.olc.protection.outlook.com',
    ),
    { ...IP_REPUTATION, recipient: 'bob@hotmail.com', reference: 'S3150', ...FINAL },
  ],
  [
    'KumoMTA log: a Delivery and a Bounce record of one message (JSON lines)',
    lines(
      kumo('Delivery', 'carol@example.net', 250, '2.0.0', 'Ok: queued as 4ChX2k1F9Qz9sWq', 'mx.example.net'),
      kumo(
        'Bounce',
        'bob@example.org',
        552,
        '5.2.2',
        '<bob@example.org>: Recipient address rejected: Mailbox is full',
      ),
    ),
    { ...MAILBOX_FULL, index: 1, recipient: 'bob@example.org', replyCode: 552, status: '5.2.2' },
  ],
  // Haraka
  [
    'Haraka log: outbound bouncing mail, upstream user unknown',
    '2026-11-30T10:15:02.345Z [INFO] [4F2A8123-4B5C-4D6E-8F90-A1B2C3D4E5F6.1.1] [outbound] bouncing mail: Upstream error: 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual mailbox table',
    { ...USER_UNKNOWN, recipient: 'bob@example.org', replyCode: 550, status: '5.1.1', ...FINAL },
  ],
  [
    'Haraka log: outbound Temp failing for 64 seconds, greylisted upstream',
    '2026-11-30T10:15:02.345Z [INFO] [-] [outbound] Temp failing 1764497702345_1764497702345_0_4321_AbCdEf_1_haraka for 64 seconds: Upstream error: 451 4.7.1 <bob@example.org>: Recipient address rejected: Greylisted, see https://postgrey.schweikert.ch/help/example.org.html',
    { ...GREYLIST, replyCode: 451, ...TEMPORARY },
  ],
  [
    'Haraka log: rcpt hook DENY, I cannot deliver mail for',
    '2026-11-30T10:15:02.345Z [INFO] [4F2A8123-4B5C-4D6E-8F90-A1B2C3D4E5F6.1] [core] hook=rcpt plugin=rcpt_to.in_host_list function=hook_rcpt params=<bob@example.org> retval=DENY msg="I cannot deliver mail for <bob@example.org>"',
    {
      cause: ['relay-denied', 'user-unknown'],
      reason: ['norelaying', 'userunknown'],
      recipient: 'bob@example.org',
    },
  ],
  // OpenSMTPD
  [
    'OpenSMTPD 5.x/6.0 log: relay: PermFail for … stat=550 user unknown',
    'Nov 30 10:15:02 mail smtpd[4711]: relay: PermFail for 9b2a3c4d5e6f7a8b: session=1a2b3c4d5e6f7a8b, from=<alice@example.com>, to=<bob@example.org>, rcpt=<->, source=203.0.113.7, relay=192.0.2.25 (mx.example.org), delay=2s, stat=550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown',
    {
      ...USER_UNKNOWN,
      recipient: 'bob@example.org',
      sender: 'alice@example.com',
      replyCode: 550,
      status: '5.1.1',
      ...FINAL,
    },
  ],
  [
    'OpenSMTPD 5.x/6.0 log: relay: TempFail for … stat=421 try again later',
    'Nov 30 10:15:02 mail smtpd[4711]: relay: TempFail for 9b2a3c4d5e6f7a8c: session=1a2b3c4d5e6f7a8c, from=<alice@example.com>, to=<bob@example.org>, rcpt=<->, source=203.0.113.7, relay=192.0.2.25 (mx.example.org), delay=5m, stat=421 4.3.2 Service not available, closing transmission channel',
    {
      ...TRY_LATER,
      recipient: 'bob@example.org',
      replyCode: 421,
      ...TEMPORARY,
      confidence: ['low', 'medium'],
    },
  ],
  [
    'OpenSMTPD 5.x log: delivery: TempFail, Network error on destination MXs (no code)',
    'Nov 30 10:15:02 mail smtpd[4711]: delivery: TempFail for 9b2a3c4d5e6f7a8d: from=<alice@example.com>, to=<bob@example.org>, user=_smtpd, method=mta, delay=4h, stat=Network error on destination MXs',
    { ...UNREACHABLE, recipient: 'bob@example.org', ...TEMPORARY },
  ],
  [
    'OpenSMTPD receiving log: smtp failed-command RCPT, invalid recipient',
    'Nov 30 10:15:02 mx smtpd[4711]: 3c4d5e6f7a8b9c0d smtp failed-command command="RCPT TO:<bob@example.org>" result="550 Invalid recipient: <bob@example.org>"',
    { ...USER_UNKNOWN, recipient: 'bob@example.org', replyCode: 550, ...FINAL },
  ],
  [
    'OpenSMTPD log: mta delivery PermFail over IPv6, Spamhaus block',
    'Nov 30 10:15:02 mail smtpd[4711]: 5e6f7a8b9c0d1e2f mta delivery evpid=9b2a3c4d5e6f7a8e from=<alice@example.com> to=<bob@example.org> rcpt=<-> source="2001:db8::7" relay="2001:db8::25 (mx.example.org)" delay=1s result="PermFail" stat="554 5.7.1 Service unavailable; Client host [2001:db8::7] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/2001:db8::7"',
    { ...IP_BLOCK, recipient: 'bob@example.org', replyCode: 554, blocklist: 'spamhaus', ...FINAL },
  ],
  // GreenArrow events
  [
    'GreenArrow event: bounce_all, hard bounce, user unknown',
    '{"event_type":"bounce_all","event_time":1764497702,"email":"bob@example.org","listid":"a12","list_name":"Newsletter","sendid":"2026-11-30","bounce_type":"h","bounce_code":10,"bounce_text":"550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual mailbox table","is_retry":0,"mtaid":"mta1"}',
    { ...USER_UNKNOWN, recipient: 'bob@example.org', replyCode: 550, status: '5.1.1' },
  ],
  [
    'GreenArrow event: delivery_attempt deferral, Yahoo TSS04',
    '{"event_type":"delivery_attempt","event_time":1764497702,"email":"bob@yahoo.com","status":"deferral","is_retry":1,"message":"421 4.7.0 [TSS04] Messages from 203.0.113.7 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes","mx_hostname":"mta7.am0.yahoodns.net","mx_ip":"67.195.204.77","mtaid":"mta1","sendid":"2026-11-30","listid":"a12"}',
    { ...RATE, recipient: 'bob@yahoo.com', replyCode: 421, reference: 'TSS04', ...TEMPORARY },
  ],
  [
    'GreenArrow event: delivery_attempt failure_toolong (gave up after retries)',
    '{"event_type":"delivery_attempt","event_time":1764497702,"email":"bob@example.org","status":"failure_toolong","is_retry":1,"message":"451 4.3.0 Temporary failure, please try again later","mx_hostname":"mx.example.org","mx_ip":"192.0.2.25","mtaid":"mta1","sendid":"2026-11-30","listid":"a12"}',
    { ...GIVEN_UP, recipient: 'bob@example.org' },
  ],
  // hMailServer, MDaemon
  [
    'hMailServer log: SMTPC session, SPF fail refused after RCPT',
    lines(
      '"SMTPC"\t4712\t15\t"2026-11-30 10:15:02.345"\t"192.0.2.25"\t"SENT: MAIL FROM:<alice@example.com>"',
      '"SMTPC"\t4712\t15\t"2026-11-30 10:15:02.401"\t"192.0.2.25"\t"RECEIVED: 250 2.1.0 Ok"',
      '"SMTPC"\t4712\t15\t"2026-11-30 10:15:02.402"\t"192.0.2.25"\t"SENT: RCPT TO:<bob@example.org>"',
      '"SMTPC"\t4712\t15\t"2026-11-30 10:15:02.456"\t"192.0.2.25"\t"RECEIVED: 550 5.7.23 <bob@example.org>: Recipient address rejected: Message rejected due to: SPF fail - not authorized. Please see http://www.openspf.net/Why?s=mfrom;id=alice@example.com;ip=203.0.113.7;r=bob@example.org"',
    ),
    {
      cause: 'spf-fail',
      reason: 'authfailure',
      side: 'sender',
      recipient: 'bob@example.org',
      replyCode: 550,
    },
  ],
  [
    'hMailServer log: APPLICATION, message could not be delivered, scheduled for later delivery',
    lines(
      '"APPLICATION"\t4712\t"2026-11-30 10:15:02.345"\t"SMTPDeliverer - Message 4711: Delivering message from alice@example.com to bob@example.org. File: C:\\Program Files (x86)\\hMailServer\\Data\\{A1B2C3D4-E5F6-4A7B-8C9D-0E1F2A3B4C5D}.eml"',
      '"APPLICATION"\t4712\t"2026-11-30 10:15:32.345"\t"SMTPDeliverer - Message 4711: Message could not be delivered. Scheduling it for later delivery in 60 minutes."',
    ),
    {
      cause: ['delivery-delayed', 'recipient-server-unreachable'],
      reason: ['expired', 'networkerror'],
      ...TEMPORARY,
    },
  ],
  [
    'MDaemon SMTP (out) log: greylisted at RCPT',
    lines(
      'Mon 2026-11-30 10:15:02.123: Session 12345; child 1; thread 4567',
      'Mon 2026-11-30 10:15:02.123: Parsing message <c:\\mdaemon\\queues\\remote\\md50000001234.msg>',
      'Mon 2026-11-30 10:15:02.123: *  From: alice@example.com',
      'Mon 2026-11-30 10:15:02.123: *  To: bob@example.org',
      'Mon 2026-11-30 10:15:02.345: Attempting SMTP connection to [192.0.2.25:25]',
      'Mon 2026-11-30 10:15:02.400: Connection established (192.0.2.10:51234 -> 192.0.2.25:25)',
      'Mon 2026-11-30 10:15:02.450: <-- 220 mx.example.org ESMTP Postfix',
      'Mon 2026-11-30 10:15:02.460: --> EHLO mail.example.com',
      'Mon 2026-11-30 10:15:02.500: --> MAIL From:<alice@example.com> SIZE=2345',
      'Mon 2026-11-30 10:15:02.550: <-- 250 2.1.0 Ok',
      'Mon 2026-11-30 10:15:02.560: --> RCPT To:<bob@example.org>',
      'Mon 2026-11-30 10:15:02.610: <-- 450 4.7.1 <bob@example.org>: Recipient address rejected: Greylisted for 5 minutes',
      'Mon 2026-11-30 10:15:02.620: --> QUIT',
    ),
    { ...GREYLIST, recipient: 'bob@example.org', replyCode: 450, status: '4.7.1', ...TEMPORARY },
  ],
  // Zimbra (Postfix with amavis)
  [
    'Zimbra zimbra.log: amavis 554 spam reject through 127.0.0.1:10032',
    postfix(
      'postfix/smtp[23456]: 9A8B7C6D5E: to=<bob@example.org>, relay=127.0.0.1[127.0.0.1]:10032, delay=1.8, delays=0.1/0/0.1/1.6, dsn=5.7.0, status=bounced (host 127.0.0.1[127.0.0.1] said: 554 5.7.0 Reject, id=12345-07 - spam (in reply to end of DATA command))',
    ),
    { ...SPAM, recipient: 'bob@example.org', replyCode: 554, status: '5.7.0', ...FINAL },
  ],
  [
    'Zimbra zimbra.log: LMTP to the mailbox server, over quota',
    postfix(
      'postfix/lmtp[23457]: 9A8B7C6D5F: to=<bob@example.org>, relay=mbox1.example.org[192.0.2.30]:7025, delay=0.4, delays=0.1/0/0.1/0.2, dsn=5.2.2, status=bounced (host mbox1.example.org[192.0.2.30] said: 552 5.2.2 Over quota (in reply to RCPT TO command))',
    ),
    { ...MAILBOX_FULL, recipient: 'bob@example.org', replyCode: 552, status: '5.2.2' },
  ],
  [
    'Zimbra zimbra.log: amavis Blocked SPAM {RejectedInbound}',
    'Nov 30 10:15:02 mail amavis[12345]: (12345-07) Blocked SPAM {RejectedInbound}, [203.0.113.7]:51234 [203.0.113.7] <alice@example.com> -> <bob@example.org>, Queue-ID: 4ChX2k1F9Qz9sWq, Message-ID: <20261130101501.ABC@example.com>, mail_id: aB3dE5fG7hJ9, Hits: 12.345, size: 4567, 1234 ms',
    { ...SPAM, recipient: 'bob@example.org', ...FINAL },
  ],
  [
    'Zimbra zimbra.log: amavis Blocked INFECTED (Eicar-Signature)',
    'Nov 30 10:15:02 mail amavis[12345]: (12345-08) Blocked INFECTED (Eicar-Signature) {DiscardedInbound,Quarantined}, [203.0.113.7]:51234 [203.0.113.7] <alice@example.com> -> <bob@example.org>, quarantine: virus-aB3dE5fG7hJ9, Queue-ID: 4ChX2k1F9Qz9sWr, Message-ID: <20261130101502.ABD@example.com>, mail_id: aB3dE5fG7hJ9, Hits: -, size: 2345, 345 ms',
    { ...VIRUS, recipient: 'bob@example.org', confidence: 'high' },
  ],
  // Exchange message tracking
  [
    'Exchange MessageTracking log file: raw CSV FAIL row, 550 5.1.10 RecipientNotFound',
    lines(
      '#Fields: date-time,client-ip,client-hostname,server-ip,server-hostname,source-context,connector-id,source,event-id,internal-message-id,message-id,network-message-id,recipient-address,recipient-status,total-bytes,recipient-count,related-recipient-address,reference,message-subject,sender-address,return-path,message-info,directionality,tenant-id,original-client-ip,original-server-ip,custom-data,transport-traffic-type,log-id,schema-version',
      '2026-11-30T10:15:02.345Z,,,,EX01,,,ROUTING,FAIL,12345678901234,<20261130101501.ABC@example.com>,a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d,bob@example.org,550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient bob@example.org not found by SMTP address lookup,4567,1,,,Quote 2026-031,alice@example.com,alice@example.com,,Originating,,,,S:DeliveryPriority=Normal,Email,08DE3A1B2C3D4E5F,15.02.1544.004',
    ),
    { ...MS_NOT_FOUND, recipient: 'bob@example.org', replyCode: 550, status: '5.1.10', ...FINAL },
  ],
  [
    'Exchange Get-MessageTrackingLog | ft: RECEIVE and FAIL rows, remote 5.4.1 access denied',
    lines(
      'Timestamp             EventId Source Sender            Recipients        RecipientStatus',
      '---------             ------- ------ ------            ----------        ---------------',
      '11/30/2026 10:15:01 AM RECEIVE SMTP   alice@example.com {bob@example.org} {}',
      '11/30/2026 10:15:02 AM FAIL    SMTP   alice@example.com {bob@example.org} {[{LRT=11/30/2026 10:15:02 AM};{LED=550 5.4.1 Recipient address rejected: Access denied. [BN8NAM12FT054.eop-nam12.prod.protection.outlook.com 2026-11-30T10:15:02.123Z 08DE1A2B3C4D5E6F]};{FQDN=example-org.mail.protection.outlook.com};{IP=52.101.40.1}]}',
    ),
    { ...MS_NOT_FOUND, recipient: 'bob@example.org', replyCode: 550, status: '5.4.1', ...FINAL },
  ],
  // Stalwart, Maddy, chasquid
  [
    'Stalwart log: delivery.rcpt-to-rejected, user unknown',
    '2026-11-30T10:15:02Z INFO Recipient rejected (delivery.rcpt-to-rejected) queueId = 2876543210, from = "alice@example.com", to = "bob@example.org", hostname = "mx.example.org", code = 550, details = "5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual mailbox table", elapsed = 120ms',
    { ...USER_UNKNOWN, recipient: 'bob@example.org', replyCode: 550, status: '5.1.1', ...FINAL },
  ],
  [
    'Maddy log: remote RCPT error with smtp_code and smtp_enchcode',
    'remote: RCPT error {"attempt":1,"msg_id":"0a1b2c3d","rcpt":"bob@example.org","reason":"mx.example.org said: 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown","remote_server":"mx.example.org","smtp_code":550,"smtp_enchcode":"5.1.1","smtp_msg":"<bob@example.org>: Recipient address rejected: User unknown","target":"remote"}',
    { ...USER_UNKNOWN, recipient: 'bob@example.org', replyCode: 550, status: '5.1.1', ...FINAL },
  ],
  [
    'Maddy log: queue delivery attempt failed, greylisted (temporary)',
    'queue: delivery attempt failed {"msg_id":"0a1b2c3d","rcpt":"bob@example.org","reason":"mx.example.org said: 451 4.7.1 Greylisted, please try again later","remote_server":"mx.example.org","smtp_code":451,"smtp_enchcode":"4.7.1","smtp_msg":"Greylisted, please try again later","target":"remote"}',
    {
      ...GREYLIST,
      recipient: 'bob@example.org',
      replyCode: 451,
      status: '4.7.1',
      ...TEMPORARY,
      confidence: 'high',
    },
  ],
  [
    'chasquid maillog: failed (permanent), RCPT TO user unknown',
    '2026-11-30 10:15:02.123456 a1b2c3d4e5f6 from=alice@example.com to=bob@example.org failed (permanent): RCPT TO: 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown',
    {
      ...USER_UNKNOWN,
      recipient: 'bob@example.org',
      sender: 'alice@example.com',
      replyCode: 550,
      status: '5.1.1',
      ...FINAL,
    },
  ],
  [
    'chasquid maillog: failed (temporary), connection refused by every MX',
    '2026-11-30 10:15:02.123456 a1b2c3d4e5f6 from=alice@example.com to=bob@example.org failed (temporary): all MXs failed: [mx.example.org: dial tcp 192.0.2.25:25: connect: connection refused]',
    { ...UNREACHABLE, recipient: 'bob@example.org', ...TEMPORARY },
  ],
  // qmail-send
  [
    'qmail-send log: failure, does_not_like_recipient, mailbox full, giving up',
    '@400000006924a1b20a1b2c3d delivery 4711: failure: 192.0.2.25_does_not_like_recipient./Remote_host_said:_552_5.2.2_<bob@example.org>:_Recipient_address_rejected:_Mailbox_full/Giving_up_on_192.0.2.25./',
    { ...MAILBOX_FULL, recipient: 'bob@example.org', replyCode: 552, status: '5.2.2' },
  ],
  [
    "qmail-send log: deferral, wasn't able to establish an SMTP connection (#4.4.1)",
    "@400000006924a1b20a1b2c3e delivery 4712: deferral: Sorry,_I_wasn't_able_to_establish_an_SMTP_connection._(#4.4.1)/",
    { ...UNREACHABLE, ...TEMPORARY },
  ],
  [
    'qmail-send log: deferral, sender rejected with a 451 domain not found',
    '@400000006924a1b20a1b2c3f delivery 4713: deferral: Connected_to_192.0.2.25_but_sender_was_rejected./Remote_host_said:_451_4.1.8_<alice@example.com>:_Sender_address_rejected:_Domain_not_found/',
    { cause: 'sender-domain-invalid', reason: ['rejected', 'hostunknown'], replyCode: 451, ...TEMPORARY },
  ],
  [
    'qmail-send log: failure, message is looping (#5.4.6)',
    '@400000006924a1b20a1b2c40 delivery 4714: failure: This_message_is_looping:_it_already_has_my_Delivered-To_line._(#5.4.6)/',
    { ...LOOP, ...FINAL, confidence: 'high' },
  ],
  [
    'qmail-send log: grep of one message, greeting failed with 421 (deferral)',
    lines(
      '@400000006924a1b10a1b2c3d new msg 1048601',
      '@400000006924a1b10a1b2c3e info msg 1048601: bytes 2211 from <alice@example.com> qp 4242 uid 89',
      '@400000006924a1b10a1b2c3f starting delivery 17: msg 1048601 to remote bob@example.org',
      '@400000006924a1b20a1b2c40 delivery 17: deferral: Connected_to_192.0.2.25_but_greeting_failed./Remote_host_said:_421_4.3.2_Service_shutting_down,_closing_transmission_channel/',
    ),
    { ...TRY_LATER, recipient: 'bob@example.org', sender: 'alice@example.com', replyCode: 421, ...TEMPORARY },
  ],
  // Courier
  [
    'Courier log: courieresmtp reply line then status: failure (one recipient)',
    lines(
      'Nov 30 10:15:02 mail courieresmtp: id=00123456.6924A1B2.00004321,from=<alice@example.com>,addr=<bob@example.org>: 550 5.1.1 <bob@example.org>... User unknown',
      'Nov 30 10:15:02 mail courieresmtp: id=00123456.6924A1B2.00004321,from=<alice@example.com>,addr=<bob@example.org>,status: failure',
    ),
    { ...USER_UNKNOWN, recipient: 'bob@example.org', replyCode: 550, status: '5.1.1', ...FINAL },
  ],
  [
    'Courier log: courieresmtp connection refused, then status: deferred',
    lines(
      'Nov 30 10:15:02 mail courieresmtp: id=00123456.6924A1B2.00004322,from=<alice@example.com>,addr=<bob@example.org>: Connection refused',
      'Nov 30 10:15:02 mail courieresmtp: id=00123456.6924A1B2.00004322,from=<alice@example.com>,addr=<bob@example.org>,status: deferred',
    ),
    {
      ...UNREACHABLE,
      recipient: 'bob@example.org',
      ...TEMPORARY,
    },
  ],
  // Postfix: verify(8), reject_unverified_recipient, postscreen, status=expired, size
  [
    'Postfix verify probe: status=undeliverable, user unknown',
    postfix(
      'postfix/smtp[31337]: 1A2B3C4D5E: to=<bob@example.org>, relay=mx.example.org[192.0.2.25]:25, delay=0.9, delays=0.01/0.01/0.5/0.4, dsn=5.1.1, status=undeliverable (host mx.example.org[192.0.2.25] said: 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command))',
    ),
    { ...USER_UNKNOWN, recipient: 'bob@example.org', replyCode: 550, status: '5.1.1', ...FINAL },
  ],
  [
    'Postfix verify probe: status=deliverable, the address exists',
    postfix(
      'postfix/smtp[31338]: 1A2B3C4D5F: to=<bob@example.org>, relay=mx.example.org[192.0.2.25]:25, delay=0.7, delays=0.01/0.01/0.4/0.3, dsn=2.1.5, status=deliverable (250 2.1.5 Ok)',
    ),
    { ...DELIVERED },
  ],
  [
    'Postfix smtpd: reject_unverified_recipient 450, undeliverable address: host said 550 user unknown',
    'Nov 30 10:15:02 mx postfix/smtpd[3141]: NOQUEUE: reject: RCPT from mail.example.com[203.0.113.7]: 450 4.1.1 <bob@example.org>: Recipient address rejected: undeliverable address: host mbox.example.org[192.0.2.30] said: 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in local recipient table (in reply to RCPT TO command); from=<alice@example.com> to=<bob@example.org> proto=ESMTP helo=<mail.example.com>',
    { ...USER_UNKNOWN, recipient: 'bob@example.org', replyCode: 450, ...TEMPORARY },
  ],
  [
    'Postfix postscreen: 450 4.3.2 Service currently unavailable after the deep protocol tests',
    'Nov 30 10:15:02 mx postfix/postscreen[2211]: NOQUEUE: reject: RCPT from [203.0.113.7]:51234: 450 4.3.2 Service currently unavailable; from=<alice@example.com>, to=<bob@example.org>, proto=ESMTP, helo=<mail.example.com>',
    {
      ...TRY_LATER,
      recipient: 'bob@example.org',
      replyCode: 450,
      status: '4.3.2',
      ...TEMPORARY,
      confidence: ['low', 'medium'],
    },
  ],
  [
    'Postfix postscreen: NOQUEUE reject CONNECT, all server ports busy',
    'Nov 30 10:15:02 mx postfix/postscreen[2211]: NOQUEUE: reject: CONNECT from [203.0.113.7]:51234: all server ports busy',
    { ...TRY_LATER, ...TEMPORARY },
  ],
  [
    'Postfix qmgr alone: status=expired, returned to sender',
    postfix('postfix/qmgr[812]: 7F1C2A0B3C: from=<alice@example.com>, status=expired, returned to sender'),
    { ...GIVEN_UP, sender: 'alice@example.com' },
  ],
  [
    'Postfix smtp: message size exceeds the size limit of the server (no reply)',
    postfix(
      'postfix/smtp[23458]: 9A8B7C6D60: to=<bob@example.org>, relay=mx.example.org[192.0.2.25]:25, delay=2.1, delays=0.1/0/0.5/1.5, dsn=5.3.4, status=bounced (message size 31457280 exceeds size limit 26214400 of server mx.example.org[192.0.2.25])',
    ),
    { ...TOO_BIG, recipient: 'bob@example.org', status: '5.3.4', ...FINAL },
  ],
  [
    'Postfix grep: two recipients of one queue id, one bounced, one sent',
    lines(
      postfix('postfix/qmgr[812]: 3D4E5F6A7B: from=<alice@example.com>, size=4120, nrcpt=2 (queue active)'),
      postfix(
        'postfix/smtp[23459]: 3D4E5F6A7B: to=<carol@example.net>, relay=mx.example.net[198.51.100.25]:25, delay=1.1, delays=0.1/0/0.5/0.5, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 8C9D0E1F2A)',
      ),
      postfix(
        'postfix/smtp[23460]: 3D4E5F6A7B: to=<bob@example.org>, relay=mx.example.org[192.0.2.25]:25, delay=1.2, delays=0.1/0/0.6/0.5, dsn=5.7.1, status=bounced (host mx.example.org[192.0.2.25] said: 554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using b.barracudacentral.org (in reply to RCPT TO command))',
      ),
      postfix('postfix/qmgr[812]: 3D4E5F6A7B: removed'),
    ),
    {
      ...IP_BLOCK,
      index: 1,
      recipient: 'bob@example.org',
      sender: 'alice@example.com',
      replyCode: 554,
      ...FINAL,
    },
  ],
];

/*
 * SECOND_BATCH_42: written after the first batch's fixes, new wordings of the same systems (PowerMTA's DMARC and
 * S3140 records, a dsnMta without an address, KumoMTA without an enhanced code and its OOB record, Haraka's
 * greylist hook, OpenSMTPD's TempFail and failed MAIL FROM, GreenArrow's failure, Maddy's permanent error,
 * Stalwart's 452, chasquid's Spamhaus refusal, qmail's 'failed after I sent the message', courierlocal's maildir
 * quota, an Exchange DEFER row in the raw CSV, amavis's BANNED, hMailServer's 421, an MDaemon 552 after DATA),
 * measured as written: 16 of 18 right. Wrong: Haraka's 'hook=rcpt_ok' (the greylist plugin) named no recipient
 * (only 'hook=rcpt' was taken as the RCPT stage), and MDaemon's '<-- 552 … Error: …' read from after its 'Error:'
 * marker, so the greeting's 220 won (the timestamped '<-- ' was no reply marker). Fixed: a Haraka hook's stage is
 * its first word (mta-log-hosted.ts); MDaemon's timestamped '<-- ' is a transcript's reply marker
 * (smtp-reply.ts; parse-reply.test.ts's reference copy of that pattern follows). 18 of 18 right. Corpus 366/383,
 * reply codes 261/274.
 */
export const SECOND_BATCH_42: RealWorldCase[] = [
  [
    'b: PowerMTA acct: b record, Gmail 5.7.26 DMARC policy, dsnMta without an address',
    'b,2026-11-30 10:15:02+0000,2026-11-30 10:14:58+0000,bounces@example.com,bob@gmail.com,,failed,5.7.26 (other or undefined security status),"smtp;550-5.7.26 Unauthenticated email from example.com is not accepted due to domain\'s DMARC policy. Please contact the administrator of example.com domain if this was a legitimate mail. To learn about the DMARC initiative, go to https://support.google.com/mail/?p=DmarcRejection a1si1234567wrb.45 - gsmtp",gmail-smtp-in.l.google.com,policy-related,smtp,app01.example.com (192.0.2.10),smtp,203.0.113.7,,"PIPELINING,8BITMIME,SIZE,STARTTLS",4567,vmta-pool-2,job-42,,gmail.com/vmta-pool-2,pool-2',
    {
      cause: 'dmarc-fail',
      reason: 'authfailure',
      side: 'sender',
      recipient: 'bob@gmail.com',
      replyCode: 550,
      ...FINAL,
    },
  ],
  [
    'b: PowerMTA acct: b record, Outlook.com S3140 network on the block list',
    'b,2026-11-30 10:15:02+0000,2026-11-30 10:14:58+0000,bounces@example.com,bob@outlook.com,,failed,5.7.1 (delivery not authorized; message refused),"smtp;550 5.7.1 Unfortunately, messages from [203.0.113.7] weren\'t sent. Please contact your Internet service provider since part of their network is on our block list (S3140). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [AM4PEPF00027A6C.eurprd04.prod.outlook.com 2026-11-30T10:15:02.123Z 08DE1A2B3C4D5E6F]",outlook-com.olc.protection.outlook.com (52.101.68.4),spam-related,smtp,app01.example.com (192.0.2.10),smtp,203.0.113.7,52.101.68.4,"PIPELINING,8BITMIME,SIZE,STARTTLS",4567,vmta-pool-2,job-42,,outlook.com/vmta-pool-2,pool-2',
    { ...IP_REPUTATION, recipient: 'bob@outlook.com', reference: 'S3140', ...FINAL },
  ],
  [
    'b: KumoMTA log: Bounce without an enhanced code, SpamCop listing',
    kumo(
      'Bounce',
      'bob@example.org',
      554,
      null,
      'Service unavailable; Client host [203.0.113.7] blocked using bl.spamcop.net; Blocked - see https://www.spamcop.net/bl.shtml?203.0.113.7',
    ),
    { ...IP_BLOCK, recipient: 'bob@example.org', replyCode: 554, blocklist: 'spamcop', ...FINAL },
  ],
  [
    'b: KumoMTA log: OOB, an out-of-band bounce of an unknown user',
    kumo(
      'OOB',
      'bob@example.org',
      550,
      '5.1.1',
      'The email account that you tried to reach does not exist.',
      '',
    ),
    { ...USER_UNKNOWN, recipient: 'bob@example.org', replyCode: 550, status: '5.1.1', ...FINAL },
  ],
  [
    'b: Haraka log: outbound bouncing mail, upstream mailbox full',
    '2026-11-30T10:15:02.345Z [INFO] [-] [outbound] bouncing mail: Upstream error: 552 5.2.2 <bob@example.org>: Recipient address rejected: Mailbox full',
    { ...MAILBOX_FULL, recipient: 'bob@example.org', replyCode: 552, status: '5.2.2', confidence: 'high' },
  ],
  [
    'b: Haraka log: greylist plugin, rcpt_ok hook DENYSOFT',
    '2026-11-30T10:15:02.345Z [INFO] [4F2A8123-4B5C-4D6E-8F90-A1B2C3D4E5F6.1] [core] hook=rcpt_ok plugin=greylist function=hook_rcpt_ok params=<bob@example.org> retval=DENYSOFT msg="Greylisted, please come back later"',
    { ...GREYLIST, recipient: 'bob@example.org', ...TEMPORARY },
  ],
  [
    'b: OpenSMTPD log: mta delivery TempFail, too many connections',
    'Nov 30 10:15:02 mail smtpd[4711]: 5e6f7a8b9c0d1e30 mta delivery evpid=9b2a3c4d5e6f7a90 from=<alice@example.com> to=<bob@example.org> rcpt=<-> source="203.0.113.7" relay="192.0.2.25 (mx.example.org)" delay=12m result="TempFail" stat="421 4.7.0 mx.example.org Error: too many connections from 203.0.113.7"',
    { ...RATE, recipient: 'bob@example.org', replyCode: 421, ...TEMPORARY },
  ],
  [
    'b: OpenSMTPD receiving log: smtp failed-command MAIL FROM, SPF fail',
    'Nov 30 10:15:02 mx smtpd[4711]: 3c4d5e6f7a8b9c0e smtp failed-command command="MAIL FROM:<alice@example.com> " result="550 5.7.23 SPF validation failed for alice@example.com"',
    { cause: 'spf-fail', reason: 'authfailure', side: 'sender', replyCode: 550, ...FINAL },
  ],
  [
    'b: GreenArrow event: delivery_attempt failure, Gmail user unknown',
    '{"event_type":"delivery_attempt","event_time":1764497702,"email":"bob@gmail.com","status":"failure","is_retry":0,"message":"550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient\'s email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser a1si1234567wrb.45 - gsmtp","mx_hostname":"gmail-smtp-in.l.google.com","mx_ip":"142.250.27.26","mtaid":"mta1","sendid":"2026-11-30","listid":"a12"}',
    { ...USER_UNKNOWN, recipient: 'bob@gmail.com', replyCode: 550, status: '5.1.1', ...FINAL },
  ],
  [
    'b: Maddy log: queue not delivered, permanent error, mailbox full',
    'queue: not delivered, permanent error {"msg_id":"0a1b2c3e","rcpt":"bob@example.org","reason":"mx.example.org said: 552 5.2.2 Mailbox full","remote_server":"mx.example.org","smtp_code":552,"smtp_enchcode":"5.2.2","smtp_msg":"Mailbox full","target":"remote"}',
    { ...MAILBOX_FULL, recipient: 'bob@example.org', replyCode: 552, status: '5.2.2', ...FINAL },
  ],
  [
    'b: Stalwart log: rcpt-to-rejected with a 452 over quota (temporary)',
    '2026-11-30T10:15:02Z WARN Recipient rejected (delivery.rcpt-to-rejected) queueId = 2876543211, from = "alice@example.com", to = "bob@example.org", hostname = "mx.example.org", code = 452, details = "4.2.2 <bob@example.org>: Recipient address rejected: Mailbox over quota", elapsed = 98ms',
    { ...MAILBOX_FULL, recipient: 'bob@example.org', replyCode: 452, ...TEMPORARY },
  ],
  [
    'b: chasquid maillog: failed (permanent), Spamhaus refusal at RCPT',
    '2026-11-30 10:15:02.123456 a1b2c3d4e5f7 from=alice@example.com to=bob@example.org failed (permanent): RCPT TO: 554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org',
    {
      ...IP_BLOCK,
      recipient: 'bob@example.org',
      sender: 'alice@example.com',
      blocklist: 'spamhaus',
      ...FINAL,
      confidence: 'high',
    },
  ],
  [
    'b: qmail-send log: deferral, failed after I sent the message (451 queue file write error)',
    '@400000006924a1b20a1b2c41 delivery 4715: deferral: 192.0.2.25_failed_after_I_sent_the_message./Remote_host_said:_451_4.3.0_Error:_queue_file_write_error/',
    {
      cause: ['system-error', 'server-unavailable', 'system-full'],
      reason: ['systemerror', 'systemfull'],
      replyCode: 451,
      ...TEMPORARY,
    },
  ],
  [
    'b: Courier log: courierlocal maildir over quota, then status: deferred',
    lines(
      'Nov 30 10:15:02 mail courierlocal: id=00123456.6924A1B2.00004323,from=<alice@example.com>,addr=<bob@example.org>: maildrop: maildir over quota.',
      'Nov 30 10:15:02 mail courierlocal: id=00123456.6924A1B2.00004323,from=<alice@example.com>,addr=<bob@example.org>,status: deferred',
    ),
    { ...MAILBOX_FULL, recipient: 'bob@example.org', ...TEMPORARY },
  ],
  [
    'b: Exchange MessageTracking log file: raw CSV DEFER row, failover to every host failed',
    '2026-11-30T10:15:02.345Z,10.0.0.5,EX01,192.0.2.25,mx.example.org,;250 2.1.5 Recipient OK,Outbound to Internet,SMTP,DEFER,12345678901235,<20261130101503.ABE@example.com>,a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5e,bob@example.org,"[{LRT=11/30/2026 10:15:02 AM};{LED=451 4.4.0 Primary target IP address responded with: ""421 4.3.2 Service not available, closing transmission channel."" Attempted failover to alternate host, but that did not succeed. Either there are no alternate hosts, or delivery failed to all alternate hosts. The last endpoint attempted was 192.0.2.25:25};{FQDN=mx.example.org};{IP=192.0.2.25}]",4567,1,,,Quote 2026-032,alice@example.com,alice@example.com,,Originating,,,,S:DeliveryPriority=Normal,Email,08DE3A1B2C3D4E60,15.02.1544.004',
    { ...TRY_LATER, recipient: 'bob@example.org', ...TEMPORARY },
  ],
  [
    'b: Zimbra zimbra.log: amavis Blocked BANNED, an .exe in the attachment',
    'Nov 30 10:15:02 mail amavis[12346]: (12346-01) Blocked BANNED (multipart/mixed | application/x-msdownload,.exe,.exe-ms,invoice.exe) {RejectedInbound}, [203.0.113.7]:51234 [203.0.113.7] <alice@example.com> -> <bob@example.org>, quarantine: banned-aB3dE5fG7hJ0, Queue-ID: 4ChX2k1F9Qz9sWs, Message-ID: <20261130101504.ABF@example.com>, mail_id: aB3dE5fG7hJ0, Hits: -, size: 84567, 120 ms',
    {
      cause: ['content-filtered', 'policy-violation'],
      reason: ['filtered', 'policyviolation', 'contenterror'],
      recipient: 'bob@example.org',
      ...FINAL,
    },
  ],
  [
    'b: hMailServer log: SMTPC, 421 too many connections from the IP',
    '"SMTPC"\t4713\t16\t"2026-11-30 10:15:02.456"\t"192.0.2.25"\t"RECEIVED: 421 4.7.0 mx.example.org Error: too many connections from 203.0.113.7"',
    { ...RATE, replyCode: 421, ...TEMPORARY },
  ],
  [
    'b: MDaemon SMTP (out) log: 552 message size exceeds fixed limit after DATA',
    lines(
      'Mon 2026-11-30 10:15:02.123: Session 12346; child 1; thread 4568',
      'Mon 2026-11-30 10:15:02.123: *  To: bob@example.org',
      'Mon 2026-11-30 10:15:02.345: Attempting SMTP connection to [192.0.2.25:25]',
      'Mon 2026-11-30 10:15:02.450: <-- 220 mx.example.org ESMTP Postfix',
      'Mon 2026-11-30 10:15:02.560: --> RCPT To:<bob@example.org>',
      'Mon 2026-11-30 10:15:02.610: <-- 250 2.1.5 Ok',
      'Mon 2026-11-30 10:15:02.620: --> DATA',
      'Mon 2026-11-30 10:15:02.630: <-- 354 End data with <CR><LF>.<CR><LF>',
      'Mon 2026-11-30 10:15:04.900: <-- 552 5.3.4 Error: message file too big',
    ),
    { ...TOO_BIG, recipient: 'bob@example.org', replyCode: 552, status: '5.3.4', ...FINAL },
  ],
];

/** Facts beyond the cause: how many records the text gives, and the remote server the row names. */
export const FIELDS_42: Record<
  string,
  { records?: number; remoteHost?: string | null; remoteIp?: string | null }
> = {
  'PowerMTA acct: b record, Gmail spam refusal with a quoted dsnDiag and the dsnMta column': {
    records: 1,
    remoteHost: 'gmail-smtp-in.l.google.com',
    remoteIp: '142.250.27.26',
  },
  'PowerMTA acct: with its header row, a delivered and a bounced recipient of one job': { records: 2 },
  'PowerMTA acct: t record, Microsoft 4.7.650 IP reputation deferral (transient)': {
    records: 1,
    remoteHost: 'outlook-com.olc.protection.outlook.com',
    remoteIp: '52.101.68.4',
  },
  'KumoMTA log: Bounce, user unknown at RCPT': {
    records: 1,
    remoteHost: 'mx.example.org',
    remoteIp: '192.0.2.25',
  },
  'KumoMTA log: a Delivery and a Bounce record of one message (JSON lines)': { records: 2 },
  'OpenSMTPD 5.x/6.0 log: relay: PermFail for … stat=550 user unknown': {
    records: 1,
    remoteHost: 'mx.example.org',
    remoteIp: '192.0.2.25',
  },
  'OpenSMTPD log: mta delivery PermFail over IPv6, Spamhaus block': {
    records: 1,
    remoteHost: 'mx.example.org',
    remoteIp: '2001:db8::25',
  },
  'GreenArrow event: delivery_attempt deferral, Yahoo TSS04': {
    records: 1,
    remoteHost: 'mta7.am0.yahoodns.net',
    remoteIp: '67.195.204.77',
  },
  'hMailServer log: SMTPC session, SPF fail refused after RCPT': { records: 1, remoteIp: '192.0.2.25' },
  'MDaemon SMTP (out) log: greylisted at RCPT': { records: 1, remoteIp: '192.0.2.25' },
  'Exchange Get-MessageTrackingLog | ft: RECEIVE and FAIL rows, remote 5.4.1 access denied': {
    records: 1,
    remoteHost: 'example-org.mail.protection.outlook.com',
    remoteIp: '52.101.40.1',
  },
  'Exchange MessageTracking log file: raw CSV FAIL row, 550 5.1.10 RecipientNotFound': { records: 1 },
  'Stalwart log: delivery.rcpt-to-rejected, user unknown': { records: 1, remoteHost: 'mx.example.org' },
  'Maddy log: remote RCPT error with smtp_code and smtp_enchcode': {
    records: 1,
    remoteHost: 'mx.example.org',
  },
  'qmail-send log: failure, does_not_like_recipient, mailbox full, giving up': {
    records: 1,
    remoteIp: '192.0.2.25',
  },
  'qmail-send log: grep of one message, greeting failed with 421 (deferral)': {
    records: 1,
    remoteIp: '192.0.2.25',
  },
  'Courier log: courieresmtp reply line then status: failure (one recipient)': { records: 1 },
  'Courier log: courieresmtp connection refused, then status: deferred': { records: 1 },
  'Postfix grep: two recipients of one queue id, one bounced, one sent': { records: 2 },
  'Postfix smtp: message size exceeds the size limit of the server (no reply)': {
    records: 1,
    remoteHost: 'mx.example.org',
    remoteIp: '192.0.2.25',
  },
  'Zimbra zimbra.log: LMTP to the mailbox server, over quota': {
    records: 1,
    remoteHost: 'mbox1.example.org',
    remoteIp: '192.0.2.30',
  },
};
