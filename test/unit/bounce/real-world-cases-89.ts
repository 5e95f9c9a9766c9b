import type { RealWorldCase } from './real-world-cases.js';
import {
  GREYLIST,
  IP_BLOCK,
  IP_REPUTATION,
  lines,
  MAILBOX_FULL,
  RATE,
  RELAY,
  SPAM,
  SUPPRESSED,
  TOO_BIG,
  USER_UNKNOWN,
} from './real-world-expectations.js';

/*
 * An eighty-ninth held-out round: delivery records and logs of the MTAs earlier rounds held least, as admins paste
 * them when a message did not arrive. PowerMTA's accounting CSV (b, t and rb records with dsnStatus, dsnDiag,
 * dsnMta and bounceCat, with and without the header row) and its log; KumoMTA's JSON log records (Bounce,
 * TransientFailure, Expiration, OOB; enhanced_code as an object; "KumoMTA internal" connection and TLS errors);
 * SparkPost's webhook events (bounce, delay, policy_rejection, out_of_band) and Momentum's JSON message event;
 * GreenArrow's delivery_attempt and bounce_all events; MailerQ's result JSON (rcpt-to, data, connect and
 * starttls states); Halon's queue lines; OpenSMTPD's "mta delivery … result="PermFail"/"TempFail"" with its "mta
 * error" lines and 5.x's "relay: PermFail for"; Haraka's outbound "Temp failing" and "bouncing mail"; Stalwart's
 * events (rcpt-to-rejected, connect-error, mail-from-rejected) and 0.5's "Delivery failed. … Code: 554, Enhanced
 * code: 5.7.1"; Maddy's "queue: …\t{json}" lines; Zimbra's zmmsgtrace and mailbox.log exceptions; Postal's
 * webhooks and web UI; Mailcow's Postfix and Dovecot under `docker compose logs` prefixes. Each with a real
 * failure reply inside (Gmail, Yahoo, Microsoft, Spamhaus, Postfix, Dovecot…) or a connection or TLS failure.
 * Records of a delivery (type d, Delivery, Reception, result="Ok", delivered, MessageSent, status=sent) are
 * counts of 0 failure records in mta-records-89.test.ts. Written from knowledge of the products' formats, none
 * from the development corpus or the rules, measured before any rule was changed:
 *   round 89  65 cases, 49 right as written (75 %); counts 13 of 13. Case corrections of ours (2, both also
 *             misses): Haraka's outbound bounce reworded as Haraka logs it ("[outbound] bouncing mail: <error>",
 *             not "bounce: …"), and a "Sending bounce message to alice@…" line under it, which we could not
 *             vouch for, removed. The rules' 16 misses:
 *             - PowerMTA's dsnStatus quoted (5): its RFC 3463 words may hold a comma ("5.7.1 (delivery not
 *               authorized, message refused)"), so CSV quotes the field and the record was not read as PowerMTA's:
 *               the orig (the bounce address) was taken for the recipient;
 *             - the sending MTA's own bare "Connection refused" (2): OpenSMTPD's stat="Connection refused" read as
 *               the receiving server refusing the sender (connection-rejected), Stalwart's delivery.connect-error
 *               (it names the domain, no recipient) as a mail client's submission failure;
 *             - Haraka's outbound queue not read (3): "Temp failing … Tried all MXs: connect ETIMEDOUT" as a
 *               client's submission failure, "bouncing mail: 550 5.1.1 <r>" and its NULL MX bounce not at all;
 *             - Maddy (3): the tab Maddy writes between its message and the JSON was not expected (a greylisting
 *               gave no record, a permanent SPF error lost recipient, code and status); "remote: cannot use MX"
 *               (an x509 failure for the domain, no rcpt) read as final;
 *             - Stalwart 0.5's "Code: 554, Enhanced code: 5.7.1, Message: …" lost its reply code (1);
 *             - Zimbra mailbox.log (1): the milliseconds of "08:14:22,456 WARN" taken for reply code 456, so the
 *               552 5.3.4 below became a temporary failure;
 *             - a PowerMTA log line naming neither recipient nor reply ("Connection to ip:25 (host) for queue
 *               d/vmta failed: Connection timed out") gave no record (1; left knownWrong: our wording of that log
 *               is unsure, so no rule was fitted to it).
 *   fixed     mta-log.ts: PowerMTA's quoted dsnStatus. smtp-reply.ts and diagnostic.ts: no reply code after a
 *             time stamp's ":ss," (log4j, Python); a code labelled "Code: 554," (Stalwart; not HTTP's "status
 *             code:"). mta-log-hosted.ts: Maddy's tab, its domain-wide "cannot use MX" retried and a code opening
 *             its reason deciding finality; Stalwart's connection-level events naming a domain (retried); a
 *             reader for Haraka's outbound "Temp failing …" (retried) and "bouncing mail: …" (returned). As data
 *             (reply-phrases.ts OWN_MTA_MEANINGS, read in classify.ts): a bare "connection refused" the sending
 *             MTA writes itself, with no reply quoted, is connection-refused, not a server's refusal; this also
 *             fixed round 42's knownWrong Courier "Connection refused" line (one expected fail fewer). 64 of 65
 *             (the PowerMTA log line knownWrong), counts 13 of 13; whole suite green; corpus 366/383, reply codes
 *             261/274, byte for byte the same.
 *   then      a second batch of 15 (SECOND_BATCH_89: PowerMTA's Outlook.com 5.5.0 S2017, a t record of Gmail's
 *             OverQuotaTemp and an rb record; KumoMTA's Yahoo 5.7.9 and an OOB; SparkPost's no reverse hostname;
 *             GreenArrow's failure_toolong; MailerQ's starttls error; OpenSMTPD's Rspamd spam rejection; Haraka's
 *             Yahoo TSS04; Stalwart's mail-from-rejected; Maddy's mailbox full; zmmsgtrace's PTR deferral; Postal's
 *             SoftFail with Ruby's "Connection refused - connect(2)"; Mailcow's Outlook.com 5.7.509 DMARC), written
 *             after the fixes and measured before any change: 13 of 15 right as written. Case correction of ours
 *             (1): GreenArrow's failure_toolong quoting "Last error: 451 4.3.0 Temporary lookup failure" was read
 *             as system-error (final): the last error an expiry quotes names its cause, as for other MTAs'
 *             expiries, so system-error is listed as a second honest reading. The miss: Postal's webhooks had no
 *             reader (the HardFail one was read from its JSON values, the SoftFail with no reply code gave no
 *             record); fixed with a Postal reader (mta-log-hosted.ts: HardFail returned, SoftFail retried, Sent
 *             delivered). 15 of 15.
 */

const FINAL = { permanent: true } as const;
const TEMPORARY = { permanent: false } as const;
const UNKNOWN = { ...USER_UNKNOWN, ...FINAL } as const;
const GREY = { ...GREYLIST, ...TEMPORARY } as const;
const RATE_TEMP = { ...RATE, ...TEMPORARY } as const;
const FULL_FINAL = { ...MAILBOX_FULL, ...FINAL } as const;
const FULL_TEMP = { ...MAILBOX_FULL, ...TEMPORARY } as const;
const BLOCKED = { ...IP_BLOCK, ...FINAL } as const;
const REPUTATION = { ...IP_REPUTATION, ...FINAL } as const;
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
const EXPIRED_FINAL = {
  cause: ['delivery-expired', 'recipient-server-unreachable'],
  reason: ['expired', 'networkerror'],
  ...FINAL,
} as const;
const DOMAIN = {
  cause: ['domain-not-found', 'recipient-domain-typo', 'no-mx'],
  reason: ['hostunknown', 'notaccept'],
  ...FINAL,
} as const;
const TLS_TEMP = {
  cause: ['recipient-tls-invalid', 'tls-failed', 'tls-required', 'starttls-not-used', 'security-error'],
  reason: ['securityerror', 'failedstarttls'],
  ...TEMPORARY,
} as const;
const DMARC = { cause: 'dmarc-fail', reason: 'authfailure', side: 'sender' } as const;
const SPF = { cause: ['spf-fail', 'auth-failed'], reason: 'authfailure', side: 'sender' } as const;
const GOOGLE = /google|gmail/i;
const YAHOO = /yahoo/i;
const MICROSOFT = /microsoft|outlook|hotmail/i;

const GMAIL_NO_SUCH_USER =
  "550-5.1.1 The email account that you tried to reach does not exist. Please try 550-5.1.1 double-checking the recipient's email address for typos or 550-5.1.1 unnecessary spaces. For more information, go to 550 5.1.1  https://support.google.com/mail/?p=NoSuchUser 41be03b00d2f7-7fd4e6c8b21si12345a12.301 - gsmtp";
const YAHOO_TSS04 =
  '421 4.7.0 [TSS04] Messages from 192.0.2.10 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes';
const SPAMHAUS =
  '554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.10';
const POSTFIX_UNKNOWN = (rcpt: string) =>
  `550 5.1.1 <${rcpt}>: Recipient address rejected: User unknown in virtual mailbox table`;

// PowerMTA accounting file (acct-*.csv): the default record fields, as admins paste them with or without the header.
const PMTA_HEADER =
  'type,timeLogged,timeQueued,orig,rcpt,orcpt,dsnAction,dsnStatus,dsnDiag,dsnMta,bounceCat,srcType,srcMta,dlvType,dlvSourceIp,dlvDestinationIp,dlvEsmtpAvailable,dlvSize,vmta,jobId,envId,queue,vmtaPool';
const csv = (v: string) => (/[",]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const pmta = (
  type: 'b' | 't' | 'd' | 'rb',
  rcpt: string,
  action: string,
  status: string,
  diag: string,
  mta: string,
  cat: string,
  destIp = '198.51.100.25',
) =>
  [
    type,
    '2026-12-05 08:14:22+0000',
    '2026-12-05 08:14:19+0000',
    'bounces+n81234@mail.example.com',
    rcpt,
    '',
    action,
    status,
    diag,
    mta,
    cat,
    'smtp',
    'app1.example.com (10.0.0.15)',
    'smtp',
    '192.0.2.10',
    destIp,
    'PIPELINING,8BITMIME,SIZE,STARTTLS,ENHANCEDSTATUSCODES',
    '18342',
    'vmta-ip10',
    'newsletter-2026-12',
    '',
    `${rcpt.split('@')[1]}/vmta-ip10`,
    'pool-marketing',
  ]
    .map(csv)
    .join(',');

const POWERMTA: RealWorldCase[] = [
  [
    'PowerMTA acct: b record, Postfix user unknown, with the header line',
    lines(
      PMTA_HEADER,
      pmta(
        'b',
        'kdawson@example.net',
        'failed',
        '5.1.1 (bad destination mailbox address)',
        `smtp;${POSTFIX_UNKNOWN('kdawson@example.net')}`,
        'mx.example.net (198.51.100.25)',
        'bad-mailbox',
      ),
    ),
    {
      ...UNKNOWN,
      recipient: 'kdawson@example.net',
      replyCode: 550,
      status: '5.1.1',
      confidence: 'high',
    },
  ],
  [
    'PowerMTA acct: b record, Gmail NoSuchUser, no header',
    pmta(
      'b',
      'maria.lopez1987@gmail.com',
      'failed',
      '5.1.1 (bad destination mailbox address)',
      `smtp;${GMAIL_NO_SUCH_USER}`,
      'gmail-smtp-in.l.google.com (142.250.102.27)',
      'bad-mailbox',
      '142.250.102.27',
    ),
    { ...UNKNOWN, recipient: 'maria.lopez1987@gmail.com', replyCode: 550, status: '5.1.1', provider: GOOGLE },
  ],
  [
    'PowerMTA acct: t record, Yahoo TSS04 deferral',
    lines(
      PMTA_HEADER,
      pmta(
        't',
        'jim_h42@yahoo.com',
        'delayed',
        '4.7.0 (delivery not authorized, message refused)',
        `smtp;${YAHOO_TSS04}`,
        'mta7.am0.yahoodns.net (67.195.204.72)',
        'policy-related',
        '67.195.204.72',
      ),
    ),
    { ...RATE_TEMP, recipient: 'jim_h42@yahoo.com', replyCode: 421, status: '4.7.0', provider: YAHOO },
  ],
  [
    'PowerMTA acct: b record, Outlook.com S3150 network on block list',
    pmta(
      'b',
      'sam.wright@hotmail.com',
      'failed',
      '5.7.1 (delivery not authorized, message refused)',
      "smtp;550 5.7.1 Unfortunately, messages from [192.0.2.10] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [DB5PEPF00014B9A.eurprd02.prod.outlook.com 2026-12-05T08:14:22.000Z 08DD1234ABCD5678]",
      'hotmail-com.olc.protection.outlook.com (52.101.68.16)',
      'spam-related',
      '52.101.68.16',
    ),
    {
      cause: ['network-blocklisted', 'ip-blocklisted', 'ip-reputation'],
      reason: ['blocked', 'badreputation'],
      side: 'sender',
      ...FINAL,
      recipient: 'sam.wright@hotmail.com',
      replyCode: 550,
      status: '5.7.1',
      provider: MICROSOFT,
    },
  ],
  [
    'PowerMTA acct: b record, Spamhaus ZEN listing',
    pmta(
      'b',
      'info@example.org',
      'failed',
      '5.7.1 (delivery not authorized, message refused)',
      `smtp;${SPAMHAUS}`,
      'mail.example.org (203.0.113.40)',
      'spam-related',
      '203.0.113.40',
    ),
    { ...BLOCKED, recipient: 'info@example.org', replyCode: 554, status: '5.7.1', confidence: 'high' },
  ],
  [
    'PowerMTA acct: b record, mailbox full (quota-issues)',
    pmta(
      'b',
      'p.novak@example.cz',
      'failed',
      '5.2.2 (mailbox full)',
      'smtp;552 5.2.2 <p.novak@example.cz>: Mailbox full, quota exceeded',
      'mx1.example.cz (198.51.100.61)',
      'quota-issues',
    ),
    { ...FULL_FINAL, recipient: 'p.novak@example.cz', replyCode: 552, status: '5.2.2' },
  ],
  [
    'PowerMTA acct: t record, postgrey greylisting',
    pmta(
      't',
      'office@example.at',
      'delayed',
      '4.2.0 (mailbox status)',
      'smtp;450 4.2.0 <office@example.at>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.at.html',
      'mail.example.at (198.51.100.72)',
      'other',
    ),
    { ...GREY, recipient: 'office@example.at', replyCode: 450, status: '4.2.0' },
  ],
  [
    'PowerMTA acct: b record, delivery expired (message too old)',
    pmta(
      'b',
      'orders@example.net',
      'failed',
      '4.4.7 (delivery time expired)',
      "smtp;554 5.4.7 delivery expired (message too old) 'timeout' (delivery attempts: 37)",
      '',
      'message-expired',
      '',
    ),
    { ...EXPIRED_FINAL, recipient: 'orders@example.net' },
  ],
  [
    'PowerMTA acct: b record, Gmail DMARC rejection',
    pmta(
      'b',
      'hr.team@gmail.com',
      'failed',
      '5.7.26 (delivery not authorized, message refused)',
      "smtp;550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's 550-5.7.26 DMARC policy. Please contact the administrator of example.com domain 550-5.7.26 if this was a legitimate mail. To learn about the DMARC initiative, go 550 5.7.26  https://support.google.com/mail/?p=DmarcRejection 5b1f17b1804b1-434a1c2f3d4si123456f8.412 - gsmtp",
      'gmail-smtp-in.l.google.com (142.250.102.27)',
      'policy-related',
      '142.250.102.27',
    ),
    {
      ...DMARC,
      ...FINAL,
      recipient: 'hr.team@gmail.com',
      replyCode: 550,
      status: '5.7.26',
      provider: GOOGLE,
    },
  ],
  [
    'PowerMTA acct: b record, recipient domain has no mail host (bad-domain)',
    pmta(
      'b',
      'sales@exmaple-shop.net',
      'failed',
      '5.1.2 (bad destination system: no such domain)',
      'smtp;550 5.1.2 Domain exmaple-shop.net does not exist (NXDOMAIN)',
      '',
      'bad-domain',
      '',
    ),
    { ...DOMAIN, recipient: 'sales@exmaple-shop.net', status: '5.1.2' },
  ],
  [
    'PowerMTA acct: t record, Microsoft 4.7.650 rate limited on IP reputation',
    pmta(
      't',
      'lena.k@outlook.com',
      'delayed',
      '4.7.650 (delivery not authorized, message refused)',
      'smtp;451 4.7.650 The mail server [192.0.2.10] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S775) [Name=Protocol Filter Agent][AGT=PFA][MxId=11BB2E4D5F6A7B8C] [AM4PEPF00027A66.eurprd04.prod.outlook.com 2026-12-05T08:14:22.000Z 08DD1234ABCD9999]',
      'outlook-com.olc.protection.outlook.com (52.101.42.2)',
      'spam-related',
      '52.101.42.2',
    ),
    { ...RATE_TEMP, recipient: 'lena.k@outlook.com', replyCode: 451, status: '4.7.650', provider: MICROSOFT },
  ],
  [
    'PowerMTA acct: b record, message too large at DATA',
    pmta(
      'b',
      'archive@example.org',
      'failed',
      '5.3.4 (message too big for system)',
      'smtp;552 5.3.4 Message size exceeds fixed maximum message size',
      'mx.example.org (198.51.100.88)',
      'content-related',
    ),
    { ...TOO_BIG, ...FINAL, recipient: 'archive@example.org', replyCode: 552, status: '5.3.4' },
  ],
  [
    'PowerMTA log: connection timed out for a queue',
    lines(
      '2026-12-05 08:21:44 Connection to 198.51.100.25:25 (mx.example.net) for queue example.net/vmta-ip10 failed: Connection timed out',
      '2026-12-05 08:21:44 Queue example.net/vmta-ip10 is now in backoff mode; 1412 recipients waiting',
    ),
    {
      ...UNREACHABLE,
      knownWrong:
        'no record: a time-stamped line naming neither a recipient nor a reply code, only "Connection to ip:25 (host) for queue d/vmta failed: Connection timed out", is not read as a failure (our wording of PowerMTA\'s log is unsure, so no rule was fitted to it)',
    },
  ],
  [
    'PowerMTA log: 421 greeting from Yahoo for a vmta queue',
    '2026-12-05 08:22:01 yahoo.com/vmta-ip10: 421 4.7.0 [TSS04] Messages from 192.0.2.10 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes (mta6.am0.yahoodns.net, 67.195.228.94)',
    { ...RATE_TEMP, replyCode: 421, status: '4.7.0', provider: YAHOO },
  ],
];

// KumoMTA's JSON log records (one JSON object per line, as `tail` of /var/log/kumomta shows them after zstdcat).
const kumo = (
  type: string,
  recipient: string,
  code: number,
  enhanced: [number, number, number] | null,
  content: string,
  classification: string,
  peer: { name: string; addr: string } | null = { name: 'mx.example.net', addr: '198.51.100.25' },
  command: string | null = `RCPT TO:<${recipient}>\r\n`,
) =>
  JSON.stringify({
    type,
    id: '1d98076abbbc11ef9b2b0242ac110002',
    sender: 'bounces@mail.example.com',
    recipient,
    queue: recipient.split('@')[1],
    site: `unspecified->${peer?.name ?? recipient.split('@')[1]}`,
    size: 18342,
    response: {
      code,
      enhanced_code: enhanced ? { class: enhanced[0], subject: enhanced[1], detail: enhanced[2] } : null,
      content,
      command,
    },
    peer_address: peer,
    timestamp: 1796458462,
    created: 1796458460,
    num_attempts: type === 'TransientFailure' ? 2 : 0,
    bounce_classification: classification,
    egress_pool: 'pool-marketing',
    egress_source: 'ip-10',
    feedback_report: null,
    meta: {},
    headers: {},
    delivery_protocol: 'ESMTP',
    reception_protocol: 'HTTP',
    nodeid: '557f3ad4-2c8c-11ee-976e-782d7e12e173',
  });

const KUMOMTA: RealWorldCase[] = [
  [
    'KumoMTA Bounce: user unknown, enhanced_code as an object',
    kumo(
      'Bounce',
      'tom.baker@example.net',
      550,
      [5, 1, 1],
      '<tom.baker@example.net>: Recipient address rejected: User unknown in local recipient table',
      'InvalidRecipient',
    ),
    { ...UNKNOWN, recipient: 'tom.baker@example.net', replyCode: 550, status: '5.1.1', confidence: 'high' },
  ],
  [
    'KumoMTA TransientFailure: greylisted',
    kumo(
      'TransientFailure',
      'billing@example.de',
      451,
      [4, 7, 1],
      'Greylisting in action, please come back later',
      'Uncategorized',
      { name: 'mx00.example.de', addr: '198.51.100.90' },
    ),
    { ...GREY, recipient: 'billing@example.de', replyCode: 451, status: '4.7.1' },
  ],
  [
    'KumoMTA TransientFailure: Gmail 421-4.7.28 unusual rate from the IP',
    kumo(
      'TransientFailure',
      'd.kim.design@gmail.com',
      421,
      [4, 7, 28],
      '[192.0.2.10      15] Gmail has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily rate limited. For more information, go to  https://support.google.com/mail/?p=UnsolicitedRateLimitError to review our Bulk Email Senders Guidelines. 41be03b00d2f7-7fd4e6c8b21si12345a12.188 - gsmtp',
      'SpamBlock',
      { name: 'gmail-smtp-in.l.google.com', addr: '142.250.102.27' },
      'MAIL FROM:<bounces@mail.example.com>\r\n',
    ),
    {
      ...RATE_TEMP,
      recipient: 'd.kim.design@gmail.com',
      replyCode: 421,
      status: '4.7.28',
      provider: GOOGLE,
    },
  ],
  [
    'KumoMTA Bounce: Outlook.com 5.7.606 banned sending IP',
    kumo(
      'Bounce',
      'greg.h@outlook.com',
      550,
      [5, 7, 606],
      'Access denied, banned sending IP [192.0.2.10]. To request removal from this list please visit https://sender.office.com/ and follow the directions. For more information please go to  http://go.microsoft.com/fwlink/?LinkID=526655 AS(1430) [DB1PEPF000509EA.eurprd03.prod.outlook.com 2026-12-05T08:14:22.000Z 08DD1AB2C3D4E5F6]',
      'SpamBlock',
      { name: 'outlook-com.olc.protection.outlook.com', addr: '52.101.42.2' },
      'MAIL FROM:<bounces@mail.example.com>\r\n',
    ),
    {
      ...REPUTATION,
      recipient: 'greg.h@outlook.com',
      replyCode: 550,
      status: '5.7.606',
      provider: MICROSOFT,
    },
  ],
  [
    'KumoMTA TransientFailure: connection refused by every MX',
    kumo(
      'TransientFailure',
      'support@example.io',
      400,
      [4, 4, 0],
      'KumoMTA internal: failed to connect to any candidate hosts: connect to 198.51.100.130:25 (mail.example.io) failed: Connection refused (os error 111)',
      'Uncategorized',
      null,
      null,
    ),
    { ...REFUSED, recipient: 'support@example.io' },
  ],
  [
    'KumoMTA Bounce: MX lookup NXDOMAIN',
    kumo(
      'Bounce',
      'j.smith@examp1e-corp.com',
      550,
      [5, 4, 4],
      'MX lookup for examp1e-corp.com failed: NXDOMAIN',
      'BadDomain',
      null,
      null,
    ),
    { ...DOMAIN, recipient: 'j.smith@examp1e-corp.com' },
  ],
  [
    'KumoMTA Expiration: max age reached',
    kumo(
      'Expiration',
      'events@example.org',
      551,
      [5, 4, 7],
      'Next delivery time would be at 2026-12-06 08:14:22 UTC which exceeds the expiry time 2026-12-05 20:00:00 UTC configured via set_max_age',
      'Uncategorized',
      null,
      null,
    ),
    { ...EXPIRED_FINAL, recipient: 'events@example.org' },
  ],
  [
    'KumoMTA TransientFailure: TLS required, certificate not valid for the name',
    kumo(
      'TransientFailure',
      'ap@example.com.au',
      400,
      [4, 4, 0],
      'KumoMTA internal: failed to connect to any candidate hosts: TLS handshake with mail.example.com.au:25 failed: invalid peer certificate: NotValidForName',
      'Uncategorized',
      { name: 'mail.example.com.au', addr: '203.0.113.55' },
      null,
    ),
    { ...TLS_TEMP, recipient: 'ap@example.com.au' },
  ],
];

// SparkPost (Momentum's hosted form) webhook events, and Momentum's own JSON message events.
const sparkpost = (event: Record<string, unknown>) =>
  JSON.stringify([{ msys: { message_event: event } }], null, 2);

const SPARKPOST: RealWorldCase[] = [
  [
    'SparkPost bounce event: Gmail NoSuchUser, bounce_class 10',
    sparkpost({
      type: 'bounce',
      bounce_class: '10',
      campaign_id: 'winter-sale',
      customer_id: '123456',
      delv_method: 'esmtp',
      error_code: '550',
      event_id: '92356927693813856',
      friendly_from: 'news@example.com',
      ip_address: '142.250.102.27',
      message_id: '000443ee14578172be22',
      msg_from: 'msprvs1=18290qww0=bounces-123456@sparkpostmail.com',
      raw_rcpt_to: 'hannah.m@gmail.com',
      raw_reason: GMAIL_NO_SUCH_USER,
      reason: GMAIL_NO_SUCH_USER,
      rcpt_to: 'hannah.m@gmail.com',
      sending_ip: '192.0.2.10',
      subject: 'Winter sale ends tonight',
      timestamp: '1796458462',
    }),
    { ...UNKNOWN, recipient: 'hannah.m@gmail.com', replyCode: 550, status: '5.1.1', provider: GOOGLE },
  ],
  [
    'SparkPost delay event: Yahoo TSS04',
    sparkpost({
      type: 'delay',
      bounce_class: '21',
      error_code: '421',
      num_retries: '3',
      queue_time: '12854',
      raw_reason: YAHOO_TSS04,
      reason: YAHOO_TSS04,
      rcpt_to: 'mike.r@yahoo.com',
      raw_rcpt_to: 'mike.r@yahoo.com',
      sending_ip: '192.0.2.10',
      msg_from: 'msprvs1=18290qww0=bounces-123456@sparkpostmail.com',
      timestamp: '1796458462',
    }),
    { ...RATE_TEMP, recipient: 'mike.r@yahoo.com', replyCode: 421, status: '4.7.0', provider: YAHOO },
  ],
  [
    'SparkPost policy_rejection: recipient on the suppression list',
    sparkpost({
      type: 'policy_rejection',
      bounce_class: '25',
      error_code: '554',
      raw_reason: '554 5.7.1 recipient address was suppressed due to customer policy',
      reason: '554 5.7.1 recipient address was suppressed due to customer policy',
      rcpt_to: 'old.customer@example.net',
      raw_rcpt_to: 'old.customer@example.net',
      friendly_from: 'news@example.com',
      timestamp: '1796458462',
    }),
    { ...SUPPRESSED, recipient: 'old.customer@example.net', replyCode: 554 },
  ],
  [
    'SparkPost out_of_band bounce: mailbox unavailable',
    sparkpost({
      type: 'out_of_band',
      bounce_class: '10',
      error_code: '550',
      raw_reason: '550 5.1.1 <r.chen@example.org>... User unknown',
      reason: '550 5.1.1 <r.chen@example.org>... User unknown',
      rcpt_to: 'r.chen@example.org',
      raw_rcpt_to: 'r.chen@example.org',
      friendly_from: 'news@example.com',
      timestamp: '1796458462',
    }),
    { ...UNKNOWN, recipient: 'r.chen@example.org', replyCode: 550, status: '5.1.1' },
  ],
  [
    'SparkPost bounce event: Spamhaus block, bounce_class 51',
    sparkpost({
      type: 'bounce',
      bounce_class: '51',
      error_code: '554',
      raw_reason: SPAMHAUS,
      reason: SPAMHAUS,
      rcpt_to: 'contact@example.org',
      raw_rcpt_to: 'contact@example.org',
      sending_ip: '192.0.2.10',
      timestamp: '1796458462',
    }),
    { ...BLOCKED, recipient: 'contact@example.org', replyCode: 554, status: '5.7.1' },
  ],
  [
    'Momentum message event (JSON): mailbox full, bounce_class 22',
    JSON.stringify({
      msys: {
        message_event: {
          type: 'bounce',
          bounce_class: '22',
          error_code: '552',
          raw_reason: '552 5.2.2 <anna.berg@example.se>: user is over quota',
          reason: '552 5.2.2 <anna.berg@example.se>: user is over quota',
          rcpt_to: 'anna.berg@example.se',
          binding: 'mkt-binding-02',
          binding_group: 'marketing',
          sending_ip: '192.0.2.11',
          timestamp: '1796458462',
        },
      },
    }),
    { ...FULL_FINAL, recipient: 'anna.berg@example.se', replyCode: 552, status: '5.2.2' },
  ],
];

// GreenArrow event notifications (JSON) and MailerQ's result messages (the "results" queue).
const GREENARROW_MAILERQ: RealWorldCase[] = [
  [
    'GreenArrow delivery_attempt: failure, user unknown',
    JSON.stringify({
      id: 88123,
      event_type: 'delivery_attempt',
      event_time: 1796458462,
      email: 'lucy.v@example.net',
      listid: 'a17',
      list_name: 'Customers',
      sendid: 'a21b',
      bounce_type: 'h',
      bounce_code: 10,
      message:
        '550 5.1.1 <lucy.v@example.net>: Recipient address rejected: User unknown in relay recipient table',
      status: 'failure',
      is_retry: 0,
      mtaid: 'ga-mta1',
      sender: 'news@example.com',
      channel: 'remote',
    }),
    { ...UNKNOWN, recipient: 'lucy.v@example.net', replyCode: 550, status: '5.1.1' },
  ],
  [
    'GreenArrow delivery_attempt: deferral, Microsoft 4.7.650',
    JSON.stringify({
      id: 88124,
      event_type: 'delivery_attempt',
      event_time: 1796458462,
      email: 'tkeller@hotmail.com',
      message:
        '451 4.7.650 The mail server [192.0.2.10] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S775)',
      status: 'deferral',
      is_retry: 1,
      mtaid: 'ga-mta1',
      sender: 'news@example.com',
      channel: 'remote',
    }),
    {
      ...RATE_TEMP,
      recipient: 'tkeller@hotmail.com',
      replyCode: 451,
      status: '4.7.650',
      provider: MICROSOFT,
    },
  ],
  [
    'GreenArrow bounce_all: mailbox full hard bounce',
    JSON.stringify({
      id: 88125,
      event_type: 'bounce_all',
      event_time: 1796458462,
      email: 'carla.r@example.it',
      bounce_type: 'h',
      bounce_code: 30,
      bounce_text: '552 5.2.2 <carla.r@example.it>: Mailbox full: user quota exceeded',
      mtaid: 'ga-mta1',
      sender: 'news@example.com',
    }),
    { ...FULL_FINAL, recipient: 'carla.r@example.it', replyCode: 552, status: '5.2.2' },
  ],
  [
    'MailerQ result: rcpt-to error, Gmail NoSuchUser',
    JSON.stringify({
      envelope: 'bounces@mail.example.com',
      recipient: 'peter.s1990@gmail.com',
      mta: 'gmail-smtp-in.l.google.com',
      ip: '142.250.102.27',
      result: 'error',
      results: [
        {
          ip: '142.250.102.27',
          from: '192.0.2.10',
          state: 'rcpt-to',
          result: 'error',
          code: 550,
          extended: '5.1.1',
          description:
            "The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser 41be03b00d2f7-7fd4e6c8b21si12345a12.301 - gsmtp",
          time: '2026-12-05 08:14:22',
        },
      ],
    }),
    { ...UNKNOWN, recipient: 'peter.s1990@gmail.com', replyCode: 550, status: '5.1.1', provider: GOOGLE },
  ],
  [
    'MailerQ result: rcpt-to error, SpamCop listing',
    JSON.stringify({
      envelope: 'bounces@mail.example.com',
      recipient: 'admin@example.org',
      mta: 'mail.example.org',
      result: 'error',
      results: [
        {
          ip: '203.0.113.40',
          from: '192.0.2.10',
          state: 'rcpt-to',
          result: 'error',
          code: 554,
          extended: '5.7.1',
          description: 'Service unavailable; Client host [192.0.2.10] blocked using bl.spamcop.net',
          time: '2026-12-05 08:14:22',
        },
      ],
    }),
    { ...BLOCKED, recipient: 'admin@example.org', replyCode: 554, status: '5.7.1' },
  ],
  [
    'MailerQ result: data error, message too large',
    JSON.stringify({
      envelope: 'bounces@mail.example.com',
      recipient: 'scans@example.org',
      mta: 'mx.example.org',
      result: 'error',
      results: [
        {
          ip: '198.51.100.88',
          from: '192.0.2.10',
          state: 'data',
          result: 'error',
          code: 552,
          extended: '5.3.4',
          description: 'Message size exceeds fixed limit',
          time: '2026-12-05 08:14:22',
        },
      ],
    }),
    { ...TOO_BIG, ...FINAL, recipient: 'scans@example.org', replyCode: 552, status: '5.3.4' },
  ],
  [
    'MailerQ result: connect error, connection timed out (final after retries)',
    JSON.stringify({
      envelope: 'bounces@mail.example.com',
      recipient: 'team@example.biz',
      mta: 'mail.example.biz',
      result: 'error',
      results: [
        {
          ip: '198.51.100.140',
          from: '192.0.2.10',
          state: 'connect',
          result: 'error',
          description: 'Connection timed out',
          time: '2026-12-05 06:14:22',
        },
        {
          ip: '198.51.100.140',
          from: '192.0.2.10',
          state: 'connect',
          result: 'error',
          description: 'Connection timed out',
          time: '2026-12-05 08:14:22',
        },
      ],
    }),
    {
      cause: ['recipient-server-unreachable', 'delivery-expired', 'delivery-delayed'],
      reason: ['expired', 'networkerror'],
      recipient: 'team@example.biz',
    },
  ],
];

// Halon's syslog lines, OpenSMTPD's mta lines, Haraka's outbound log.
const HALON_OPENSMTPD_HARAKA: RealWorldCase[] = [
  [
    'Halon: delivery failed with retry, greylisted',
    'Dec  5 08:14:22 halon-out1 smtpd[2231]: [1c8f2a3e-b2e3-11ef-9d1a-005056a1b2c3] Queue: Delivery failed (retry 1) to <ines@example.pt> via mx.example.pt[198.51.100.77]:25: 451 4.7.1 Greylisting in action, please come back later',
    { ...GREY, recipient: 'ines@example.pt', replyCode: 451, status: '4.7.1' },
  ],
  [
    'Halon: delivery failed permanently, user unknown, bounced',
    lines(
      'Dec  5 08:14:22 halon-out1 smtpd[2231]: [1c8f2a3e-b2e3-11ef-9d1a-005056a1b2c3] Queue: Delivery failed (permanent) to <x.doe@example.net> via mx.example.net[198.51.100.25]:25: 550 5.1.1 <x.doe@example.net>: Recipient address rejected: User unknown in local recipient table',
      'Dec  5 08:14:22 halon-out1 smtpd[2231]: [1c8f2a3e-b2e3-11ef-9d1a-005056a1b2c3] Queue: Bounce (DSN) sent to <alice@example.com>',
    ),
    { ...UNKNOWN, recipient: 'x.doe@example.net', replyCode: 550, status: '5.1.1' },
  ],
  [
    'Halon: connection timed out, retried',
    'Dec  5 08:14:22 halon-out1 smtpd[2231]: [3a4b5c6d-b2e3-11ef-9d1a-005056a1b2c3] Queue: Delivery failed (retry 2) to <ops@example.com.br> via mail.example.com.br[203.0.113.91]:25: Connection timed out',
    { ...UNREACHABLE, recipient: 'ops@example.com.br' },
  ],
  [
    'OpenSMTPD: mta delivery PermFail, user unknown',
    'Dec  5 08:14:22 mail smtpd[4242]: 5d0f7c1a9e3b2a44 mta delivery evpid=3f9a1b2c4d5e6f70 from=<alice@example.com> to=<bob@example.net> rcpt=<-> source="192.0.2.10" relay="198.51.100.25 (mx.example.net)" delay=2s result="PermFail" stat="550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown in virtual mailbox table"',
    { ...UNKNOWN, recipient: 'bob@example.net', replyCode: 550, status: '5.1.1', confidence: 'high' },
  ],
  [
    'OpenSMTPD: mta delivery TempFail, greylisted',
    'Dec  5 08:14:22 mail smtpd[4242]: 5d0f7c1a9e3b2a44 mta delivery evpid=8e1d2c3b4a596870 from=<alice@example.com> to=<kurt@example.de> rcpt=<-> source="192.0.2.10" relay="198.51.100.90 (mx00.example.de)" delay=1s result="TempFail" stat="450 4.2.0 <kurt@example.de>: Recipient address rejected: Greylisted, see https://postgrey.schweikert.ch/help/example.de.html"',
    { ...GREY, recipient: 'kurt@example.de', replyCode: 450, status: '4.2.0' },
  ],
  [
    'OpenSMTPD: mta error connection refused, then TempFail',
    lines(
      'Dec  5 08:14:22 mail smtpd[4242]: 7a1b2c3d4e5f6071 mta connecting address=smtp://198.51.100.130:25 host=mail.example.io',
      'Dec  5 08:14:22 mail smtpd[4242]: 7a1b2c3d4e5f6071 mta error reason=Connection refused',
      'Dec  5 08:14:22 mail smtpd[4242]: 7a1b2c3d4e5f6071 mta delivery evpid=0c1d2e3f40516273 from=<alice@example.com> to=<help@example.io> rcpt=<-> source="192.0.2.10" relay="198.51.100.130 (mail.example.io)" delay=0s result="TempFail" stat="Connection refused"',
    ),
    { ...REFUSED, recipient: 'help@example.io' },
  ],
  [
    'OpenSMTPD 5.x: relay PermFail, SPF rejection',
    'Dec  5 08:14:22 mail smtpd[4242]: relay: PermFail for 3f9a1b2c4d5e6f70: session=5d0f7c1a9e3b2a44, from=<alice@example.com>, to=<cfo@example.org>, rcpt=<->, source=192.0.2.10, relay=203.0.113.40 (mail.example.org), delay=3s, stat=550 5.7.23 <cfo@example.org>: Recipient address rejected: Message rejected due to: SPF fail - not authorized. Please see http://www.openspf.net/Why?s=mfrom;id=alice@example.com;ip=192.0.2.10;r=<UNKNOWN>',
    { ...SPF, ...FINAL, recipient: 'cfo@example.org', replyCode: 550, status: '5.7.23' },
  ],
  [
    'OpenSMTPD: TLS certificate verify failed, TempFail',
    lines(
      'Dec  5 08:14:22 mail smtpd[4242]: 9b8a7c6d5e4f3021 mta error reason=IO Error: error:0A000086:SSL routines::certificate verify failed',
      'Dec  5 08:14:22 mail smtpd[4242]: 9b8a7c6d5e4f3021 mta delivery evpid=4d5e6f7081920a1b from=<alice@example.com> to=<it@example.nl> rcpt=<-> source="192.0.2.10" relay="198.51.100.66 (mx.example.nl)" delay=1s result="TempFail" stat="IO Error: error:0A000086:SSL routines::certificate verify failed"',
    ),
    { ...TLS_TEMP, recipient: 'it@example.nl' },
  ],
  [
    'OpenSMTPD: PermFail, mailbox full at Dovecot',
    'Dec  5 08:14:22 mail smtpd[4242]: 5d0f7c1a9e3b2a44 mta delivery evpid=1a2b3c4d5e6f7081 from=<alice@example.com> to=<olga@example.ru> rcpt=<-> source="192.0.2.10" relay="198.51.100.45 (mx.example.ru)" delay=2s result="PermFail" stat="552 5.2.2 <olga@example.ru> Quota exceeded (mailbox for user is full)"',
    { ...FULL_FINAL, recipient: 'olga@example.ru', replyCode: 552, status: '5.2.2' },
  ],
  [
    'Haraka: Temp failing, Gmail over quota',
    "[INFO] [-] [outbound] Temp failing 1796458462123_1796458462123_0_12345_aBcDeF_1_mail for 64 seconds: Upstream error: 452 4.2.2 The recipient's inbox is out of storage space and inactive. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp 41be03b00d2f7-7fd4e6c8b21si12345a12.301 - gsmtp",
    { ...FULL_TEMP, replyCode: 452, status: '4.2.2', provider: GOOGLE },
  ],
  [
    'Haraka: bounce, user unknown',
    lines(
      '[INFO] [E8A1F2C3-4B5D-4E6F-9A0B-1C2D3E4F5A6B.1.1] [outbound] bouncing mail: Upstream error: 550 5.1.1 <n.ortiz@example.net>: Recipient address rejected: User unknown in virtual mailbox table',
    ),
    { ...UNKNOWN, recipient: 'n.ortiz@example.net', replyCode: 550, status: '5.1.1' },
  ],
  [
    'Haraka: Temp failing, connect timed out to every MX',
    '[INFO] [-] [outbound] Temp failing 1796458462123_1796458462123_0_12345_qRsTuV_2_mail for 128 seconds: Tried all MXs: connect ETIMEDOUT 203.0.113.91:25',
    { ...UNREACHABLE },
  ],
  [
    'Haraka: bounce, null MX',
    '[INFO] [-] [outbound] bouncing mail: Domain noreply.example.com sends and receives no email (NULL MX)',
    {
      cause: ['null-mx', 'not-accepting-mail'],
      reason: 'notaccept',
      ...FINAL,
    },
  ],
];

// Stalwart Mail Server and Maddy logs.
const STALWART_MADDY: RealWorldCase[] = [
  [
    'Stalwart: RCPT TO rejected event',
    '2026-12-05T08:14:22Z INFO SMTP RCPT TO rejected (delivery.rcpt-to-rejected) queueId = 231498265372, hostname = "mx.example.net", to = "lars@example.net", code = 550, enhancedCode = "5.1.1", details = "<lars@example.net>: Recipient address rejected: User unknown in virtual mailbox table", elapsed = 212ms',
    { ...UNKNOWN, recipient: 'lars@example.net', replyCode: 550 },
  ],
  [
    'Stalwart: connection error event, refused',
    '2026-12-05T08:14:22Z WARN Connection error (delivery.connect-error) queueId = 231498265373, domain = "example.io", hostname = "mail.example.io", remoteIp = 198.51.100.130, remotePort = 25, details = "Connection refused (os error 111)", elapsed = 3ms',
    { ...REFUSED },
  ],
  [
    'Stalwart 0.5: delivery failed, Spamhaus at RCPT',
    `2026-12-05T08:14:22.123456Z  INFO smtp::outbound::delivery: Delivery failed. context="queue" event="completed" id=231498265374 domain="example.org" rcpt="press@example.org" reason="Unexpected response from 'mail.example.org': Code: 554, Enhanced code: 5.7.1, Message: Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org"`,
    { ...BLOCKED, recipient: 'press@example.org', replyCode: 554, status: '5.7.1' },
  ],
  [
    'Stalwart: DSN text, rejected command with code',
    lines(
      'Your message could not be delivered to the following recipients:',
      '',
      "<nina@example.fi> (host 'mx.example.fi' rejected command 'RCPT TO:<nina@example.fi>' with code 552 (5.2.2) 'Mailbox quota exceeded')",
    ),
    { ...FULL_FINAL, recipient: 'nina@example.fi', replyCode: 552, status: '5.2.2' },
  ],
  [
    'Maddy: not delivered, permanent error (SPF)',
    'queue: not delivered, permanent error	{"attempt":1,"msg_id":"0fa8c9d2","rcpt":"anders@example.dk","reason":"SPF validation failed","remote_server":"mx.example.dk","smtp_code":550,"smtp_enchcode":"5.7.23","smtp_msg":"mx.example.dk said: SPF validation failed: 192.0.2.10 is not allowed to send for example.com","target":"remote"}',
    { ...SPF, ...FINAL, recipient: 'anders@example.dk', replyCode: 550, status: '5.7.23' },
  ],
  [
    'Maddy: delivery attempt failed, greylisted',
    'queue: delivery attempt failed	{"msg_id":"1b9d0e3f","rcpt":"sofia@example.es","reason":"Greylisted, please try again later","remote_server":"mx.example.es","smtp_code":451,"smtp_enchcode":"4.7.1","smtp_msg":"mx.example.es said: Greylisted, please try again later","target":"remote"}',
    { ...GREY, recipient: 'sofia@example.es', replyCode: 451, status: '4.7.1' },
  ],
  [
    'Maddy: remote TLS failure under MTA-STS enforce',
    'remote: cannot use MX	{"domain":"example.ch","io_op":"dial","msg_id":"2c0e1f4a","reason":"x509: certificate signed by unknown authority","remote_server":"mx1.example.ch","target":"remote"}',
    { ...TLS_TEMP },
  ],
];

// Zimbra (zmmsgtrace, mailbox.log), Postal, Mailcow (Postfix and Dovecot in Docker).
const zmTrace = (rcpt: string, line: string) =>
  lines(
    'Tracing messages',
    '\tfrom alice@example.com',
    `\tto ${rcpt}`,
    '',
    "Message ID '<a7c1e2f3-9b8d-4c6e-8f0a-1b2c3d4e5f60@example.com>'",
    'alice@example.com -->',
    `  ${rcpt}`,
    `    Recipient ${rcpt}`,
    `    ${line}`,
  );

const ZIMBRA_POSTAL_MAILCOW: RealWorldCase[] = [
  [
    'Zimbra zmmsgtrace: bounced, user unknown',
    zmTrace(
      'f.muller@example.de',
      '2026-12-05 08:14:22 - mail.example.com (192.0.2.10) --> mx00.example.de (198.51.100.90) status bounced (host mx00.example.de[198.51.100.90] said: 550 5.1.1 <f.muller@example.de>: Recipient address rejected: User unknown in local recipient table (in reply to RCPT TO command))',
    ),
    { ...UNKNOWN, recipient: 'f.muller@example.de', replyCode: 550, status: '5.1.1' },
  ],
  [
    'Zimbra zmmsgtrace: deferred, connection timed out',
    zmTrace(
      'ops@example.com.br',
      '2026-12-05 08:14:22 - mail.example.com (192.0.2.10) --> mail.example.com.br (203.0.113.91) status deferred (connect to mail.example.com.br[203.0.113.91]:25: Connection timed out)',
    ),
    { ...UNREACHABLE, recipient: 'ops@example.com.br' },
  ],
  [
    'Zimbra mailbox.log: SMTPAddressFailedException relay access denied',
    lines(
      '2026-12-05 08:14:22,123 WARN  [qtp1234567890-4321:https://mail.example.com/service/soap/SendMsgRequest] [name=alice@example.com;mid=12;ip=192.0.2.44;ua=ZimbraWebClient - FF120 (Win)/10.0.6_GA_4200;soapId=6e1a2b3c;] mailbox - Unable to send message',
      'com.zimbra.cs.mailbox.MailSender$SafeSendFailedException: Invalid Addresses; chained exception is:',
      '\tcom.sun.mail.smtp.SMTPAddressFailedException: 554 5.7.1 <guest@example.org>: Relay access denied',
    ),
    { ...RELAY, recipient: 'guest@example.org', replyCode: 554, status: '5.7.1' },
  ],
  [
    'Zimbra mailbox.log: SMTPSendFailedException message too large',
    lines(
      '2026-12-05 08:14:22,456 WARN  [qtp1234567890-4322:https://mail.example.com/service/soap/SendMsgRequest] [name=alice@example.com;mid=12;ip=192.0.2.44;ua=ZimbraWebClient - FF120 (Win)/10.0.6_GA_4200;] mailbox - Unable to send message',
      'com.zimbra.cs.mailbox.MailServiceException: Message send failure (service.SEND_FAILURE)',
      'Caused by: com.sun.mail.smtp.SMTPSendFailedException: 552 5.3.4 Message size exceeds fixed limit',
    ),
    { ...TOO_BIG, ...FINAL, replyCode: 552, status: '5.3.4' },
  ],
  [
    'Postal webhook MessageDeliveryFailed: HardFail, user unknown',
    JSON.stringify(
      {
        event: 'MessageDeliveryFailed',
        timestamp: 1796458462.123,
        payload: {
          message: {
            id: 4721,
            token: 'Xk3mPq9Lr2Ts',
            direction: 'outgoing',
            message_id: 'c1a2b3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d@rp.postal.example.com',
            to: 'emma.w@example.co.uk',
            from: 'invoices@example.com',
            subject: 'Invoice 2026-1187',
            timestamp: 1796458460.5,
            spam_status: 'NotChecked',
            tag: null,
          },
          status: 'HardFail',
          details: 'Permanent SMTP delivery error when sending to mx.example.co.uk (198.51.100.33)',
          output:
            '550 5.1.1 <emma.w@example.co.uk>: Recipient address rejected: User unknown in virtual mailbox table',
          sent_with_ssl: true,
          timestamp: 1796458462.1,
          time: 0.52,
        },
      },
      null,
      2,
    ),
    { ...UNKNOWN, recipient: 'emma.w@example.co.uk', replyCode: 550, status: '5.1.1' },
  ],
  [
    'Postal webhook MessageDelayed: SoftFail, Yahoo TSS04',
    JSON.stringify({
      event: 'MessageDelayed',
      timestamp: 1796458462.123,
      payload: {
        message: {
          id: 4722,
          token: 'Ab7cDe8fGh9i',
          direction: 'outgoing',
          to: 'kate_p@yahoo.com',
          from: 'invoices@example.com',
          subject: 'Invoice 2026-1188',
        },
        status: 'SoftFail',
        details: 'Temporary SMTP delivery error when sending to mta6.am0.yahoodns.net (67.195.228.94)',
        output: YAHOO_TSS04,
        sent_with_ssl: true,
        timestamp: 1796458462.1,
        time: 0.31,
      },
    }),
    { ...RATE_TEMP, recipient: 'kate_p@yahoo.com', replyCode: 421, status: '4.7.0', provider: YAHOO },
  ],
  [
    'Postal web UI delivery attempt: HardFail with its output',
    lines(
      'Delivery Attempts',
      'HardFail',
      '5 December 2026 at 08:14',
      'Permanent SMTP delivery error when sending to mail.example.org (203.0.113.40)',
      `Output: ${SPAMHAUS}`,
    ),
    { ...BLOCKED, replyCode: 554, status: '5.7.1' },
  ],
  [
    'Mailcow (docker compose logs): Postfix bounced, Spamhaus',
    'postfix-mailcow-1  | Dec  5 08:14:22 mail postfix/smtp[1187]: 4R2F8C1K9Zz3xB: to=<press@example.org>, relay=mail.example.org[203.0.113.40]:25, delay=1.4, delays=0.1/0.02/1.2/0.08, dsn=5.7.1, status=bounced (host mail.example.org[203.0.113.40] said: 554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.10 (in reply to RCPT TO command))',
    { ...BLOCKED, recipient: 'press@example.org', replyCode: 554, status: '5.7.1', confidence: 'high' },
  ],
  [
    'Mailcow (container name prefix): TLS handshake failure, deferred',
    'mailcowdockerized-postfix-mailcow-1  | Dec  5 08:14:22 mail postfix/smtp[1190]: 4R2F8D2L0Aa4yC: to=<hr@example.nl>, relay=mx.example.nl[198.51.100.66]:25, delay=302, delays=0.1/0/302/0, dsn=4.7.5, status=deferred (Cannot start TLS: handshake failure)',
    { ...TLS_TEMP, recipient: 'hr@example.nl', status: '4.7.5' },
  ],
  [
    'Mailcow: Dovecot LMTP over quota on a private Docker address, deferred',
    'postfix-mailcow-1  | Dec  5 08:14:22 mail postfix/lmtp[1201]: 4R2F8E3M1Bb5zD: to=<bob@example.com>, relay=dovecot[172.22.1.250]:24, delay=0.31, delays=0.05/0.01/0.01/0.24, dsn=4.2.2, status=deferred (host dovecot[172.22.1.250] said: 452 4.2.2 <bob@example.com> Quota exceeded (mailbox for user is full) (in reply to end of DATA command))',
    { ...FULL_TEMP, recipient: 'bob@example.com', replyCode: 452, status: '4.2.2' },
  ],
];

export const ROUND_89: RealWorldCase[] = [
  ...POWERMTA,
  ...KUMOMTA,
  ...SPARKPOST,
  ...GREENARROW_MAILERQ,
  ...HALON_OPENSMTPD_HARAKA,
  ...STALWART_MADDY,
  ...ZIMBRA_POSTAL_MAILCOW,
];

const PTR_TEMP = {
  cause: 'reverse-dns-missing',
  reason: 'requireptr',
  side: 'sender',
  ...TEMPORARY,
} as const;
const SECOND_BATCH_CASES: RealWorldCase[] = [
  [
    'PowerMTA acct: b record, Outlook.com 5.5.0 mailbox unavailable (S2017)',
    pmta(
      'b',
      'no.such.person@outlook.com',
      'failed',
      '5.5.0 (other or undefined protocol status)',
      'smtp;550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). [AM4PEPF00025F9B.EURPRD83.prod.outlook.com 2026-12-05T08:14:22.000Z 08DD1234ABCD7777]',
      'outlook-com.olc.protection.outlook.com (52.101.42.2)',
      'bad-mailbox',
      '52.101.42.2',
    ),
    { ...UNKNOWN, recipient: 'no.such.person@outlook.com', replyCode: 550, provider: MICROSOFT },
  ],
  [
    'PowerMTA acct: t record, Gmail over quota (temporary)',
    pmta(
      't',
      'busy.inbox@gmail.com',
      'delayed',
      '4.2.2 (mailbox full)',
      "smtp;452-4.2.2 The recipient's inbox is out of storage space. Please direct the 452-4.2.2 recipient to 452 4.2.2  https://support.google.com/mail/?p=OverQuotaTemp 41be03b00d2f7-7fd4e6c8b21si12345a12.301 - gsmtp",
      'gmail-smtp-in.l.google.com (142.250.102.27)',
      'quota-issues',
      '142.250.102.27',
    ),
    { ...FULL_TEMP, recipient: 'busy.inbox@gmail.com', replyCode: 452, status: '4.2.2', provider: GOOGLE },
  ],
  [
    'PowerMTA acct: rb record, a remote bounce received by DSN',
    pmta(
      'rb',
      'left.company@example.org',
      'failed',
      '5.1.1 (bad destination mailbox address)',
      'smtp;550 5.1.1 <left.company@example.org>... User unknown',
      'mail.example.org',
      'bad-mailbox',
      '',
    ),
    { ...UNKNOWN, recipient: 'left.company@example.org', replyCode: 550, status: '5.1.1' },
  ],
  [
    'KumoMTA Bounce: Yahoo 554 5.7.9 policy reasons',
    kumo(
      'Bounce',
      'fan.club@yahoo.com',
      554,
      [5, 7, 9],
      'Message not accepted for policy reasons.  See https://postmaster.yahooinc.com/error-codes',
      'PolicyRelated',
      { name: 'mta5.am0.yahoodns.net', addr: '67.195.204.79' },
      '.\r\n',
    ),
    {
      cause: ['policy-violation', 'spam-filtered', 'content-filtered'],
      reason: ['policyviolation', 'spamdetected', 'filtered'],
      ...FINAL,
      recipient: 'fan.club@yahoo.com',
      replyCode: 554,
      status: '5.7.9',
      provider: YAHOO,
      confidence: ['medium', 'low'],
    },
  ],
  [
    'KumoMTA OOB: an asynchronous bounce of an accepted message',
    kumo(
      'OOB',
      'gone@example.net',
      550,
      [5, 1, 1],
      '<gone@example.net>: Recipient address rejected: User unknown in local recipient table',
      'InvalidRecipient',
      null,
      null,
    ),
    { ...UNKNOWN, recipient: 'gone@example.net', replyCode: 550, status: '5.1.1' },
  ],
  [
    'SparkPost bounce event: no reverse hostname, bounce_class 50',
    sparkpost({
      type: 'bounce',
      bounce_class: '50',
      error_code: '450',
      raw_reason: '450 4.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.10]',
      reason: '450 4.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.10]',
      rcpt_to: 'desk@example.fr',
      raw_rcpt_to: 'desk@example.fr',
      sending_ip: '192.0.2.10',
      timestamp: '1796458462',
    }),
    {
      cause: 'reverse-dns-missing',
      reason: 'requireptr',
      side: 'sender',
      recipient: 'desk@example.fr',
      replyCode: 450,
      status: '4.7.1',
    },
  ],
  [
    'GreenArrow delivery_attempt: failure_toolong (queue lifetime exceeded)',
    JSON.stringify({
      id: 88127,
      event_type: 'delivery_attempt',
      event_time: 1796458462,
      email: 'slow.host@example.org',
      message: 'Message has been in the queue too long. Last error: 451 4.3.0 Temporary lookup failure',
      status: 'failure_toolong',
      is_retry: 1,
      mtaid: 'ga-mta1',
      sender: 'news@example.com',
      channel: 'remote',
    }),
    {
      cause: ['delivery-expired', 'recipient-server-unreachable', 'system-error'],
      reason: ['expired', 'networkerror', 'systemerror'],
      ...FINAL,
      recipient: 'slow.host@example.org',
    },
  ],
  [
    'MailerQ result: starttls error, certificate verify failed',
    JSON.stringify({
      envelope: 'bounces@mail.example.com',
      recipient: 'secure@example.ch',
      mta: 'mx1.example.ch',
      result: 'error',
      results: [
        {
          ip: '198.51.100.150',
          from: '192.0.2.10',
          state: 'starttls',
          result: 'error',
          description: 'TLS handshake failed: certificate verify failed',
          time: '2026-12-05 08:14:22',
        },
      ],
    }),
    {
      cause: ['recipient-tls-invalid', 'tls-failed', 'tls-required', 'security-error'],
      reason: ['securityerror', 'failedstarttls'],
      recipient: 'secure@example.ch',
    },
  ],
  [
    'OpenSMTPD: PermFail, Rspamd spam rejection at DATA',
    'Dec  5 08:14:22 mail smtpd[4242]: 5d0f7c1a9e3b2a44 mta delivery evpid=2b3c4d5e6f708192 from=<alice@example.com> to=<quotes@example.net> rcpt=<-> source="192.0.2.10" relay="198.51.100.25 (mx.example.net)" delay=3s result="PermFail" stat="554 5.7.1 Spam message rejected"',
    { ...SPAM, ...FINAL, recipient: 'quotes@example.net', replyCode: 554, status: '5.7.1' },
  ],
  [
    'Haraka: Temp failing, Yahoo TSS04',
    `[INFO] [-] [outbound] Temp failing 1796458462123_1796458462123_0_12345_wXyZaB_3_mail for 256 seconds: Upstream error: ${YAHOO_TSS04}`,
    { ...RATE_TEMP, replyCode: 421, status: '4.7.0', provider: YAHOO },
  ],
  [
    'Stalwart: MAIL FROM rejected, sender domain not found',
    '2026-12-05T08:14:22Z INFO SMTP MAIL FROM rejected (delivery.mail-from-rejected) queueId = 231498265375, domain = "example.org", hostname = "mx.example.org", from = "alice@example.com", code = 550, details = "5.1.8 <alice@example.com>: Sender address rejected: Domain not found", elapsed = 95ms',
    {
      cause: ['sender-domain-invalid', 'sender-rejected', 'sender-verify-failed'],
      reason: 'rejected',
      side: 'sender',
      ...FINAL,
      replyCode: 550,
      status: '5.1.8',
    },
  ],
  [
    'Maddy: not delivered, permanent error, mailbox full',
    'queue: not delivered, permanent error\t{"attempt":3,"msg_id":"3d1f2a5b","rcpt":"eva@example.sk","reason":"mailbox full","remote_server":"mx.example.sk","smtp_code":552,"smtp_enchcode":"5.2.2","smtp_msg":"mx.example.sk said: Mailbox full","target":"remote"}',
    { ...FULL_FINAL, recipient: 'eva@example.sk', replyCode: 552, status: '5.2.2' },
  ],
  [
    'Zimbra zmmsgtrace: deferred, no reverse hostname',
    zmTrace(
      'desk@example.fr',
      '2026-12-05 08:14:22 - mail.example.com (192.0.2.10) --> mx.example.fr (198.51.100.101) status deferred (host mx.example.fr[198.51.100.101] said: 450 4.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.10] (in reply to RCPT TO command))',
    ),
    { ...PTR_TEMP, recipient: 'desk@example.fr', replyCode: 450, status: '4.7.1' },
  ],
  [
    'Postal webhook MessageDelayed: connection refused (Ruby Errno)',
    JSON.stringify({
      event: 'MessageDelayed',
      payload: {
        message: { id: 4724, token: 'St4uVw5xYz6a', direction: 'outgoing', to: 'help@example.io' },
        status: 'SoftFail',
        details: 'Could not connect to any servers for example.io',
        output: 'Connection refused - connect(2) for "198.51.100.130" port 25',
        sent_with_ssl: false,
        time: 0.02,
      },
    }),
    { ...REFUSED, recipient: 'help@example.io' },
  ],
  [
    'Mailcow: Postfix bounced, Outlook.com 5.7.509 DMARC reject',
    'postfix-mailcow-1  | Dec  5 08:14:22 mail postfix/smtp[1192]: 4R2F8F4N2Cc6aE: to=<board@hotmail.com>, relay=hotmail-com.olc.protection.outlook.com[52.101.68.16]:25, delay=1.1, delays=0.1/0/0.5/0.5, dsn=5.7.509, status=bounced (host hotmail-com.olc.protection.outlook.com[52.101.68.16] said: 550 5.7.509 Access denied, sending domain example.com does not pass DMARC verification and has a DMARC policy of reject. [DB5PEPF00014B9A.eurprd02.prod.outlook.com 2026-12-05T08:14:22.000Z 08DD1234ABCD8888] (in reply to end of DATA command))',
    {
      ...DMARC,
      ...FINAL,
      recipient: 'board@hotmail.com',
      replyCode: 550,
      status: '5.7.509',
      provider: MICROSOFT,
    },
  ],
];

export const SECOND_BATCH_89: RealWorldCase[] = SECOND_BATCH_CASES;

/** Records of successful or in-progress delivery: no failure record (delivered records are not counted). */
export const COUNTS_89: [name: string, input: string, failures: number, knownWrong?: string][] = [
  [
    'PowerMTA acct: d record, relayed to Gmail',
    lines(
      PMTA_HEADER,
      pmta(
        'd',
        'maria.lopez1987@gmail.com',
        'relayed',
        '2.0.0 (success)',
        'smtp;250 2.0.0 OK  1796458462 41be03b00d2f7-7fd4e6c8b21si12345a12.301 - gsmtp',
        'gmail-smtp-in.l.google.com (142.250.102.27)',
        '',
        '142.250.102.27',
      ),
    ),
    0,
  ],
  [
    'KumoMTA Delivery record',
    kumo(
      'Delivery',
      'tom.baker@example.net',
      250,
      [2, 0, 0],
      'Ok: queued as 4R2F8C1K9Zz3xB',
      '',
      undefined,
      '.\r\n',
    ),
    0,
  ],
  [
    'KumoMTA Reception record',
    JSON.stringify({
      type: 'Reception',
      id: '1d98076abbbc11ef9b2b0242ac110002',
      sender: 'bounces@mail.example.com',
      recipient: 'tom.baker@example.net',
      queue: 'example.net',
      site: '',
      size: 18342,
      response: { code: 250, enhanced_code: null, content: '', command: null },
      peer_address: { name: '', addr: '10.0.0.15' },
      timestamp: 1796458460,
      created: 1796458460,
      num_attempts: 0,
      bounce_classification: 'Uncategorized',
      reception_protocol: 'HTTP',
    }),
    0,
  ],
  [
    'SparkPost delivery event',
    sparkpost({
      type: 'delivery',
      delv_method: 'esmtp',
      ip_address: '142.250.102.27',
      message_id: '000443ee14578172be22',
      outbound_tls: '1',
      queue_time: '1202',
      raw_rcpt_to: 'hannah.m@gmail.com',
      rcpt_to: 'hannah.m@gmail.com',
      sending_ip: '192.0.2.10',
      timestamp: '1796458462',
    }),
    0,
  ],
  [
    'GreenArrow delivery_attempt success',
    JSON.stringify({
      id: 88126,
      event_type: 'delivery_attempt',
      event_time: 1796458462,
      email: 'lucy.v@example.net',
      message: '250 2.0.0 Ok: queued as 4R2F8C1K9Zz3xB',
      status: 'success',
      is_retry: 0,
      mtaid: 'ga-mta1',
      sender: 'news@example.com',
      channel: 'remote',
    }),
    0,
  ],
  [
    'MailerQ result: ok',
    JSON.stringify({
      envelope: 'bounces@mail.example.com',
      recipient: 'peter.s1990@gmail.com',
      result: 'ok',
      results: [
        {
          ip: '142.250.102.27',
          from: '192.0.2.10',
          state: 'data',
          result: 'ok',
          code: 250,
          extended: '2.0.0',
          description: 'OK  1796458462 41be03b00d2f7-7fd4e6c8b21si12345a12.301 - gsmtp',
          time: '2026-12-05 08:14:22',
        },
      ],
    }),
    0,
  ],
  [
    'OpenSMTPD: mta delivery Ok',
    'Dec  5 08:14:22 mail smtpd[4242]: 5d0f7c1a9e3b2a44 mta delivery evpid=3f9a1b2c4d5e6f71 from=<alice@example.com> to=<carol@example.net> rcpt=<-> source="192.0.2.10" relay="198.51.100.25 (mx.example.net)" delay=1s result="Ok" stat="250 2.0.0 Ok: queued as 4R2F8C1K9Zz3xB"',
    0,
  ],
  [
    'Haraka: delivered',
    '[NOTICE] [-] [outbound] delivered file=1796458462123_1796458462123_0_12345_aBcDeF_1_mail domain=example.net host=mx.example.net ip=198.51.100.25 port=25 mode=SMTP tls=Y auth=N response="Message Queued (250 2.0.0 Ok: queued as 4R2F8C1K9Zz3xB)" delay=1.21 fails=0 rcpts=1/0/0',
    0,
  ],
  [
    'Stalwart: message delivered event',
    '2026-12-05T08:14:22Z INFO Message delivered (delivery.delivered) queueId = 231498265372, hostname = "mx.example.net", to = "lars@example.net", code = 250, details = "2.0.0 Ok: queued as 4R2F8C1K9Zz3xB", elapsed = 402ms',
    0,
  ],
  ['Maddy: delivered', 'queue: delivered	{"attempt":1,"msg_id":"0fa8c9d2","rcpt":"anders@example.dk"}', 0],
  [
    'Zimbra zmmsgtrace: sent',
    zmTrace(
      'f.muller@example.de',
      '2026-12-05 08:14:22 - mail.example.com (192.0.2.10) --> mx00.example.de (198.51.100.90) status sent (250 2.0.0 Ok: queued as 4R2F8C1K9Zz3xB)',
    ),
    0,
  ],
  [
    'Postal webhook MessageSent',
    JSON.stringify({
      event: 'MessageSent',
      payload: {
        message: { id: 4723, token: 'Jk1lMn2oPq3r', direction: 'outgoing', to: 'emma.w@example.co.uk' },
        status: 'Sent',
        details: 'Message for emma.w@example.co.uk accepted by mx.example.co.uk (198.51.100.33)',
        output: '250 2.0.0 Ok: queued as 4R2F8C1K9Zz3xB',
        sent_with_ssl: true,
        time: 0.41,
      },
    }),
    0,
  ],
  [
    'Mailcow: Postfix sent through rspamd milter',
    'postfix-mailcow-1  | Dec  5 08:14:22 mail postfix/smtp[1187]: 4R2F8C1K9Zz3xB: to=<press@example.org>, relay=mail.example.org[203.0.113.40]:25, delay=0.9, delays=0.1/0.02/0.4/0.38, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 9Q3G7H2J8Kk1pL)',
    0,
  ],
];
