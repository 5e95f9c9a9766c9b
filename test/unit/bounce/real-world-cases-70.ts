import type { RealWorldCase } from './real-world-cases.js';
import {
  AUTH_REQUIRED,
  EXPIRED,
  IP_BLOCK,
  IP_REPUTATION,
  lines,
  MAILBOX_FULL,
  RATE,
  RELAY,
  SPAM,
  TOO_BIG,
  textEmail,
  USER_UNKNOWN,
  VIRUS,
} from './real-world-expectations.js';

/*
 * A seventieth held-out round: the mail transfer agents, sending platforms and security gateways earlier rounds
 * held least, in their own default wordings. MTAs and platforms: Halon (its DSN, a script's Reject(), a queue
 * log line), MailerQ (a result message of its results queue, a console line), KumoMTA (Bounce, TransientFailure,
 * Expiration records, "KumoMTA internal: failed to connect to any candidate hosts"), GreenArrow (its qmail-style
 * notice, a bounce_all log line), Momentum ("[internal] exceeded max time without delivery", "[internal] Invalid
 * Recipient Domain", "[internal] No valid hosts (too many connection failures)", a bounce log line), PowerMTA
 * accounting rows (default and custom record-fields, bounceCat bad-mailbox, spam-related, quota-issues,
 * message-expired), mox (its DSN and delay notice, "account storage full"), chasquid (its DSN, "Relay not
 * allowed", SPF), Maddy (DNSBL, rate limit, a log line), Stalwart (replies, its DSN), MailEnable (its relay
 * refusal "requires authentication when attempting to send to a non-local e-mail address", quota), Axigen,
 * CommuniGate Pro. Gateways: Zix/OpenText (a DLP hold notice, a reply), Trustwave MailMarshal (its "has stopped
 * the following message" notice, a reply), Forcepoint, Check Point Harmony Email (Avanan), Libraesva, Vade,
 * SpamTitan, Cisco Secure Email (HAT reject, "#5.1.0 Address rejected", "#5.3.4 Message size exceeds limit", SBRS,
 * mail log Bounced lines, the hourly recipient throttle), Sophos Email, Hornetsecurity, Barracuda (ESS's
 * "(r:blocked)", Barracuda Reputation), Egress Prevent (an outbound DLP hold), N-able Mail Assure, MailChannels
 * ([CS01], Domain Lockdown), SMTP2GO (unverified sender domain, its API's rate limit) and Brevo (its API's
 * inactive account, the relay's 535).
 * Written from knowledge of these texts, none from the development corpus, measured before any rule was
 * changed:
 *   round 70  76 cases, 51 right as written (67 %). Seven case errors of ours: a blocklist is named by its id
 *             ('spamhaus', not the zone); "blocked using Barracuda Reputation" is any server's use of the
 *             list, so it names no Barracuda provider (the blocklist instead); MTA software (Halon twice,
 *             KumoMTA, GreenArrow, Axigen) is no provider in the project's sense (a provider is a mailbox,
 *             gateway, forwarder or sending service, as Postfix and Exim are none): those expectations were
 *             dropped. 58 of 76. The rules' misses (18):
 *             - no record for MailerQ's result JSON nor its console line "delivery for r deferred: could not
 *               connect … Connection refused";
 *             - Momentum's "[internal] No valid hosts (too many connection failures)" read as the receiver's
 *               connection limit;
 *             - PowerMTA rows under a header with other record-fields read in the default column order (the
 *               sender taken for the recipient, a "b" row of 4.4.7 read as still queued);
 *             - no record for the hold notices of Zix, Check Point Harmony and Egress ("Your email to r … was
 *               blocked by …", "has been held and has not been sent", "has been held by ZixGateway"), nor for
 *               MailMarshal's "has stopped the following message" (and then no provider: its name stands
 *               above the recipient, outside the diagnostic);
 *             - Forcepoint's "Connection refused by Forcepoint …: the sending IP … has a poor reputation" read as
 *               a refused TCP connection; SMTP2GO's "Sender domain … has not been verified in your SMTP2GO
 *               account" as a sender domain that does not resolve; no record for SMTP2GO's API rate limit;
 *             - the product unnamed in Zix's, MailMarshal's, Forcepoint's, Vade's (2) and SpamTitan's replies.
 *   fixed     as data: providers/filters.ts, markers for Forcepoint ("forcepoint", "websense"), SpamTitan,
 *             Zix (AppRiver / Zix (OpenText): ZixGateway, ZixProtect, ZixCorp), Vade ("by vade", "(vade)",
 *             never "vade" alone), new Trustwave MailMarshal, Egress (Tessian) and SMTP2GO entries;
 *             reply-phrases.ts, "connection refused by … reputation" as the IP's reputation before the refused
 *             connection, "too many connection failures" / "[internal] no valid hosts" as an unreachable
 *             receiver before the connection limits, "has not been verified in your" with the unverified From;
 *             esp-api-errors.ts, SMTP2GO's rate limit; notice-headings.ts, a gateway's or DLP product's "your
 *             email/message … was/has been blocked/held/quarantined/stopped by/and/because" and MailMarshal's
 *             "has stopped the following message"; mta-own-words.ts, a console line "delivery for r
 *             deferred/failed:" with the words of a failed connection. In code, for new shapes: MailerQ's result
 *             JSON (mta-log-hosted.ts); a PowerMTA header row puts its rows back in the default order
 *             (mta-log.ts powerMtaInDefaultOrder); a gateway or appliance named in a text notice's opening words
 *             names the provider when nothing else does (read-bounce.ts). 76 of 76.
 *   then      a second batch of 14 (SECOND_BATCH_70: a KumoMTA Bounce record of Outlook's 5.7.606 banned IP, Halon's
 *             concurrent connections, a PowerMTA policy-related DMARC row, Momentum's "[internal] exceeded max
 *             retries", Stalwart's and Maddy's SPF and DMARC refusals, a Cisco ESA Bounced line for a full mailbox,
 *             Sophos' malware, Hornetsecurity's own blocklist, Barracuda ESS quoting the remote user unknown,
 *             MailChannels' account rate limit, Brevo's relay "Sender … is not valid. Please validate it",
 *             SMTP2GO's API NON_VALIDATED_SENDER, a Libraesva quarantine notice of a dangerous attachment),
 *             written after the fixes and measured before any change: 11 of 14 right as written. Wrong: Brevo's
 *             unvalidated sender read as a security error; no record for SMTP2GO's unverified sender; the
 *             Libraesva notice unnamed (the product stands only in its From's display name). Fixed:
 *             reply-phrases.ts, "is not valid. please validate" and "validate it in your" with the unverified
 *             From; esp-api-errors.ts, SMTP2GO's "is not a verified sender" and NON_VALIDATED_SENDER; in code
 *             (read-bounce.ts), the notice's From display name beside its opening words for a gateway that
 *             wrote it. 14 of 14; round 70 still 76 of 76; corpus 366/383, reply codes 261/274.
 *   still     nothing knownWrong.
 */

const FINAL = { permanent: true } as const;
const TEMPORARY = { permanent: false } as const;

// A gateway's or a platform's own policy (DLP hold, content rule, attachment rule).
const POLICY_HOLD = {
  cause: ['policy-violation', 'content-filtered', 'outbound-filter'],
  reason: ['policyviolation', 'filtered', 'spamdetected', 'rejected'],
} as const;
// The sender's own outbound DLP stopped it: nothing left the organisation.
const OWN_DLP = {
  cause: ['outbound-filter', 'policy-violation'],
  reason: ['policyviolation', 'filtered', 'spamdetected', 'rejected'],
  side: 'sender',
} as const;
// Refused as spam, or by a spam gateway's policy that gives no more detail.
const SPAMISH = {
  cause: ['spam-filtered', 'content-filtered', 'policy-violation'],
  reason: ['spamdetected', 'filtered', 'policyviolation'],
} as const;
const BLOCKLIST = {
  cause: ['ip-blocklisted', 'ip-reputation'],
  reason: ['blocked', 'badreputation'],
  side: 'sender',
} as const;
const REFUSED_HOST = {
  cause: ['ip-blocklisted', 'ip-reputation', 'connection-rejected'],
  reason: ['blocked', 'badreputation'],
  side: 'sender',
} as const;
const TLS = { cause: ['tls-required', 'starttls-not-used'], reason: 'failedstarttls' } as const;
const SENDER_AUTH = {
  cause: ['auth-failed', 'spf-fail', 'dkim-fail', 'dmarc-fail'],
  reason: 'authfailure',
  side: 'sender',
} as const;
// Not allowed to send as this address through a relay or platform (unverified sender, domain lockdown).
const NOT_PERMITTED_FROM = {
  cause: ['from-not-permitted', 'relay-not-authorised', 'sender-rejected'],
  reason: ['rejected', 'norelaying', 'securityerror'],
  side: 'sender',
} as const;
const DISABLED = {
  cause: ['mailbox-disabled', 'mailbox-inactive'],
  reason: 'suspend',
  side: 'recipient',
} as const;
const NO_DOMAIN = {
  cause: ['domain-not-found', 'recipient-domain-typo', 'dns-failure', 'no-mx'],
  reason: ['hostunknown', 'notaccept', 'networkerror'],
} as const;
const ACCOUNT_BLOCKED = {
  cause: ['sender-account-blocked', 'auth-required', 'security-error'],
  reason: ['rejected', 'securityerror'],
  side: 'sender',
} as const;

/** A multipart/report DSN as a given MTA writes it. */
function dsn(o: {
  from: string;
  subject: string;
  human: string[];
  reportingMta: string;
  rcpt: string;
  action: string;
  status: string;
  remoteMta?: string;
  diag?: string;
  boundary?: string;
}) {
  const b = o.boundary ?? '=_r70_boundary';
  return lines(
    `From: ${o.from}`,
    'To: alice@example.com',
    `Subject: ${o.subject}`,
    'Date: Sat, 5 Dec 2026 06:14:02 +0000',
    'MIME-Version: 1.0',
    `Content-Type: multipart/report; report-type=delivery-status; boundary="${b}"`,
    '',
    `--${b}`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    ...o.human,
    '',
    `--${b}`,
    'Content-Type: message/delivery-status',
    '',
    `Reporting-MTA: dns; ${o.reportingMta}`,
    'Arrival-Date: Sat, 5 Dec 2026 06:13:40 +0000',
    '',
    `Final-Recipient: rfc822; ${o.rcpt}`,
    `Action: ${o.action}`,
    `Status: ${o.status}`,
    ...(o.remoteMta ? [`Remote-MTA: dns; ${o.remoteMta}`] : []),
    ...(o.diag ? [`Diagnostic-Code: smtp; ${o.diag}`] : []),
    '',
    `--${b}`,
    'Content-Type: text/rfc822-headers',
    '',
    'From: Alice <alice@example.com>',
    `To: ${o.rcpt}`,
    'Subject: Quarterly figures',
    'Message-ID: <r70.0001@example.com>',
    '',
    `--${b}--`,
    '',
  );
}

const kumo = (o: Record<string, unknown>) => JSON.stringify(o);

export const ROUND_70: RealWorldCase[] = [
  // ---- Halon ----
  [
    'Halon: DSN, remote 550 5.1.1 user unknown',
    dsn({
      from: 'Mail Delivery System <MAILER-DAEMON@mx1.example.com>',
      subject: 'Undelivered Mail Returned to Sender',
      human: [
        'This is the mail system at host mx1.example.com (Halon).',
        '',
        'Your message could not be delivered to one or more recipients.',
        '',
        '<bob@example.net>: host mx.example.net[192.0.2.25] said: 550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown in local recipient table',
      ],
      reportingMta: 'mx1.example.com',
      rcpt: 'bob@example.net',
      action: 'failed',
      status: '5.1.1',
      remoteMta: 'mx.example.net',
      diag: '550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown in local recipient table',
    }),
    {
      ...USER_UNKNOWN,
      recipient: 'bob@example.net',
      replyCode: 550,
      status: '5.1.1',
      ...FINAL,
      confidence: 'high',
    },
  ],
  [
    'Halon: script Reject() default spam text',
    '550 5.7.1 Message rejected as spam (score 14.2) by Halon',
    { ...SPAM, replyCode: 550, status: '5.7.1', ...FINAL },
  ],
  [
    'Halon: queue log, deferred on rate (421 4.7.28 from Gmail)',
    '2026-12-05T06:02:11Z halon smtpd[1881]: [2f1c9a4e-7b1d-11ef-9c3a-0050569a1b2c] queue: retry in 900s: bob@example.net: 421-4.7.28 [203.0.113.7 15] Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily rate limited. - gsmtp',
    {
      cause: ['ip-reputation', 'rate-limited', 'ip-blocklisted'],
      reason: ['badreputation', 'blocked', 'speeding'],
      side: 'sender',
      recipient: 'bob@example.net',
      ...TEMPORARY,
    },
  ],

  [
    'Halon: submission listener, authentication required',
    '530 5.7.0 Authentication required',
    { ...AUTH_REQUIRED, replyCode: 530, status: '5.7.0', ...FINAL },
  ],

  // ---- MailerQ ----
  [
    'MailerQ: result JSON, 552 mailbox full',
    JSON.stringify({
      envelope: 'alice@example.com',
      recipient: 'bob@example.net',
      state: 'error',
      results: [
        {
          ip: '198.51.100.20',
          state: 'error',
          code: 552,
          extended: '5.2.2',
          description: 'Mailbox full: bob@example.net has exceeded the storage quota',
          type: 'rcpt',
          time: '2026-12-05 06:01:12',
        },
      ],
    }),
    { ...MAILBOX_FULL, recipient: 'bob@example.net', replyCode: 552, status: '5.2.2' },
  ],
  [
    'MailerQ: console log, connection refused by host, will retry',
    '2026-12-05 06:04:55 mailerq[2211]: delivery for bob@example.net deferred: could not connect to mx.example.net (192.0.2.30:25): Connection refused, next attempt in 600 seconds',
    {
      cause: ['connection-refused', 'recipient-server-unreachable'],
      reason: ['blocked', 'expired', 'networkerror'],
      recipient: 'bob@example.net',
      ...TEMPORARY,
    },
  ],

  // ---- KumoMTA ----
  [
    'KumoMTA: Bounce log record, InvalidRecipient',
    kumo({
      type: 'Bounce',
      id: '1d98076abbbc11ed940250ebf67f93bd',
      sender: 'alice@example.com',
      recipient: 'bob@example.net',
      queue: 'example.net',
      site: '(alt1|alt2|alt3|alt4)?.gmail-smtp-in.l.google.com:25',
      size: 1047,
      response: {
        code: 550,
        enhanced_code: { class: 5, subject: 1, detail: 1 },
        content:
          "The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. https://support.google.com/mail/?p=NoSuchUser a1si123456qkb.12 - gsmtp",
        command: 'RCPT TO:<bob@example.net>\r\n',
      },
      peer_address: { name: 'gmail-smtp-in.l.google.com.', addr: '192.0.2.27' },
      timestamp: 1764914522,
      created: 1764914520,
      num_attempts: 0,
      bounce_classification: 'InvalidRecipient',
      egress_pool: 'pool-1',
      egress_source: 'ip-1',
    }),
    { ...USER_UNKNOWN, recipient: 'bob@example.net', replyCode: 550, status: '5.1.1', ...FINAL },
  ],
  [
    'KumoMTA: TransientFailure, 451 greylisting',
    kumo({
      type: 'TransientFailure',
      id: '5a0c7e1ebbbd11ed940250ebf67f93bd',
      sender: 'alice@example.com',
      recipient: 'carol@example.org',
      queue: 'example.org',
      response: {
        code: 451,
        enhanced_code: { class: 4, subject: 7, detail: 1 },
        content: 'Greylisted, please try again in 300 seconds',
        command: 'RCPT TO:<carol@example.org>\r\n',
      },
      peer_address: { name: 'mx.example.org.', addr: '198.51.100.40' },
      bounce_classification: 'Uncategorized',
    }),
    { cause: 'greylisted', reason: ['blocked', 'onhold'], recipient: 'carol@example.org', ...TEMPORARY },
  ],
  [
    'KumoMTA: Expiration record (551 5.4.7 next delivery time exceeds expiry)',
    kumo({
      type: 'Expiration',
      id: '9f3b8c2abbbe11ed940250ebf67f93bd',
      sender: 'alice@example.com',
      recipient: 'dave@example.net',
      queue: 'example.net',
      response: {
        code: 551,
        enhanced_code: { class: 5, subject: 4, detail: 7 },
        content: "Next delivery time '2026-12-06 06:00:00 UTC' > expiry time '2026-12-05 06:00:00 UTC'",
        command: null,
      },
      num_attempts: 14,
      bounce_classification: 'Uncategorized',
    }),
    { ...EXPIRED, recipient: 'dave@example.net', ...FINAL },
  ],
  [
    'KumoMTA: internal, failed to connect to any candidate hosts',
    kumo({
      type: 'TransientFailure',
      sender: 'alice@example.com',
      recipient: 'erin@example.org',
      queue: 'example.org',
      response: {
        code: 400,
        enhanced_code: null,
        content:
          'KumoMTA internal: failed to connect to any candidate hosts: connect to 198.51.100.41:25 and read initial banner: Connection timed out',
        command: null,
      },
      bounce_classification: 'Uncategorized',
    }),
    {
      cause: ['recipient-server-unreachable', 'connection-refused', 'no-route-to-host'],
      reason: ['expired', 'networkerror', 'blocked'],
      recipient: 'erin@example.org',
      ...TEMPORARY,
    },
  ],
  [
    'KumoMTA: Bounce, 554 blocked using Spamhaus',
    kumo({
      type: 'Bounce',
      sender: 'alice@example.com',
      recipient: 'frank@example.net',
      queue: 'example.net',
      response: {
        code: 554,
        enhanced_code: { class: 5, subject: 7, detail: 1 },
        content:
          'Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/203.0.113.7',
        command: 'RCPT TO:<frank@example.net>\r\n',
      },
      peer_address: { name: 'mx.example.net.', addr: '192.0.2.31' },
      bounce_classification: 'SpamBlock',
    }),
    { ...IP_BLOCK, recipient: 'frank@example.net', replyCode: 554, blocklist: 'spamhaus', ...FINAL },
  ],

  // ---- GreenArrow ----
  [
    'GreenArrow Engine: qmail-style notice, mailbox full',
    textEmail('MAILER-DAEMON@mta1.example.com', 'failure notice', [
      'Hi. This is the GreenArrow Engine program at mta1.example.com.',
      "I'm afraid I wasn't able to deliver your message to the following addresses.",
      "This is a permanent error; I've given up. Sorry it didn't work out.",
      '',
      '<bob@example.net>:',
      '192.0.2.25 failed after I sent the message.',
      'Remote host said: 552 5.2.2 Mailbox full: quota exceeded',
      '',
    ]),
    {
      ...MAILBOX_FULL,
      recipient: 'bob@example.net',
      replyCode: 552,
      status: '5.2.2',
      confidence: 'high',
    },
  ],
  [
    'GreenArrow: bounce_all log line, bounce type h, 550 relay not permitted',
    'bounce_all: time=1764914522 email=carol@example.org bounce_type=h bounce_code=10 bounce_text="550 5.7.1 <carol@example.org>... Relaying denied. Proper authentication required." is_local=0 mailing_list=news',
    { ...RELAY, recipient: 'carol@example.org', replyCode: 550, status: '5.7.1', ...FINAL },
  ],

  // ---- Momentum / SparkPost on-prem ----
  [
    'Momentum: [internal] exceeded max time without delivery',
    '550 5.4.7 [internal] exceeded max time without delivery',
    { ...EXPIRED, replyCode: 550, status: '5.4.7', ...FINAL },
  ],
  [
    'Momentum: bounce log, class 22 mailbox full',
    '1764914522@4A/00-22911-A1B2C3D4@bob@example.net@alice@example.com@22@552 5.2.2 <bob@example.net>: Recipient address rejected: Mailbox full@mx.example.net@192.0.2.25@default@',
    { ...MAILBOX_FULL, recipient: 'bob@example.net', replyCode: 552, status: '5.2.2' },
  ],
  [
    'Momentum: [internal] Invalid Recipient Domain',
    '554 5.4.4 [internal] Invalid Recipient Domain: no MX or A records for example.invalid',
    { ...NO_DOMAIN, replyCode: 554, status: '5.4.4', ...FINAL },
  ],
  [
    'Momentum: 421 [internal] no valid hosts, too many connection failures',
    '451 4.4.1 [internal] No valid hosts (too many connection failures)',
    {
      cause: ['recipient-server-unreachable', 'connection-refused', 'delivery-delayed'],
      reason: ['expired', 'networkerror', 'blocked'],
      ...TEMPORARY,
    },
  ],

  // ---- PowerMTA accounting ----
  [
    'PowerMTA: accounting CSV row, bounceCat bad-mailbox',
    lines(
      'type,timeLogged,timeQueued,orig,rcpt,orcpt,dsnAction,dsnStatus,dsnDiag,dsnMta,bounceCat,srcType,srcMta,dlvType,dlvSourceIp,dlvDestinationIp,dlvEsmtpAvailable,dlvSize,vmta',
      'b,2026-12-05 06:01:22+0000,2026-12-05 06:01:20+0000,alice@example.com,bob@example.net,,failed,5.1.1 (bad destination mailbox address),smtp;550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown,mx.example.net (192.0.2.25),bad-mailbox,smtp,,smtp,203.0.113.7,192.0.2.25,"PIPELINING,8BITMIME,SIZE,STARTTLS",2311,vmta1',
    ),
    { ...USER_UNKNOWN, recipient: 'bob@example.net', replyCode: 550, status: '5.1.1', ...FINAL },
  ],
  [
    'PowerMTA: accounting row, bounceCat spam-related, Yahoo TSS04',
    lines(
      'type,timeLogged,timeQueued,orig,rcpt,orcpt,dsnAction,dsnStatus,dsnDiag,dsnMta,bounceCat,srcType,srcMta,dlvType,dlvSourceIp,dlvDestinationIp,dlvEsmtpAvailable,dlvSize,vmta',
      'b,2026-12-05 06:03:10+0000,2026-12-05 06:01:20+0000,alice@example.com,carol@yahoo.com,,failed,5.7.9 (delivery not authorized),"smtp;554 5.7.9 Message not accepted for policy reasons.  See https://postmaster.yahooinc.com/error-codes",mta5.am0.yahoodns.net (198.51.100.60),spam-related,smtp,,smtp,203.0.113.7,198.51.100.60,"PIPELINING,8BITMIME,SIZE",2311,vmta1',
    ),
    {
      cause: ['policy-violation', 'spam-filtered', 'ip-reputation', 'domain-reputation'],
      reason: ['policyviolation', 'spamdetected', 'badreputation', 'blocked'],
      recipient: 'carol@yahoo.com',
      replyCode: 554,
      ...FINAL,
    },
  ],
  [
    'PowerMTA: accounting row, bounceCat quota-issues (452, transient)',
    lines(
      'type,timeLogged,orig,rcpt,dsnAction,dsnStatus,dsnDiag,dsnMta,bounceCat',
      't,2026-12-05 06:05:00+0000,alice@example.com,dave@example.org,delayed,4.2.2 (mailbox full),smtp;452 4.2.2 Mailbox is full,mx.example.org (198.51.100.40),quota-issues',
    ),
    { ...MAILBOX_FULL, recipient: 'dave@example.org', replyCode: 452, ...TEMPORARY },
  ],
  [
    'PowerMTA: accounting row, bounceCat message-expired',
    lines(
      'type,timeLogged,orig,rcpt,dsnAction,dsnStatus,dsnDiag,dsnMta,bounceCat',
      'b,2026-12-05 06:06:00+0000,alice@example.com,erin@example.net,failed,4.4.7 (delivery time expired),smtp;421 4.4.2 mx.example.net: connection timed out,,message-expired',
    ),
    { ...EXPIRED, recipient: 'erin@example.net', ...FINAL },
  ],

  // ---- mox ----
  [
    'mox: DSN, delivery failed permanently, no such user',
    dsn({
      from: 'Mail Delivery Subsystem <postmaster@mail.example.com>',
      subject: 'mail delivery failed',
      human: [
        'Delivery has failed permanently for your email to:',
        '',
        '\tbob@example.net',
        '',
        'No further deliveries will be attempted.',
        '',
        'Error during the last delivery attempt:',
        '',
        '\t550 5.1.1 no such user',
      ],
      reportingMta: 'mail.example.com',
      rcpt: 'bob@example.net',
      action: 'failed',
      status: '5.1.1',
      remoteMta: 'mail.example.net',
      diag: '550 5.1.1 no such user',
    }),
    {
      ...USER_UNKNOWN,
      recipient: 'bob@example.net',
      replyCode: 550,
      status: '5.1.1',
      ...FINAL,
      confidence: 'high',
    },
  ],
  [
    'mox: delay notice, TLS required (REQUIRETLS / MTA-STS)',
    dsn({
      from: 'Mail Delivery Subsystem <postmaster@mail.example.com>',
      subject: 'mail delivery delayed',
      human: [
        'Delivery has been delayed of your email to:',
        '',
        '\tcarol@example.org',
        '',
        'Next attempts to deliver: in 4h0m0s, 8h0m0s, 16h0m0s',
        '',
        'Error during the last delivery attempt:',
        '',
        '\tstarttls required by policy, but remote smtp server does not support starttls',
      ],
      reportingMta: 'mail.example.com',
      rcpt: 'carol@example.org',
      action: 'delayed',
      status: '4.7.10',
    }),
    { ...TLS, recipient: 'carol@example.org', ...TEMPORARY },
  ],
  [
    'mox: reply, account storage full',
    '452 4.2.2 account storage full',
    { ...MAILBOX_FULL, replyCode: 452, ...TEMPORARY },
  ],

  // ---- chasquid ----
  [
    'chasquid: DSN, failed permanently',
    dsn({
      from: 'Mail Delivery System <MAILER-DAEMON@mail.example.com>',
      subject: 'Mail delivery failed: returning message to sender',
      human: [
        'Delivery to the following recipient(s) failed permanently:',
        '',
        '  - dave@example.net',
        '',
        '',
        '----- Technical details -----',
        '- "dave@example.net" (SMTP) failed permanently and will not be retried anymore:',
        '  550 5.1.1 <dave@example.net>: Recipient address rejected: User unknown',
      ],
      reportingMta: 'mail.example.com',
      rcpt: 'dave@example.net',
      action: 'failed',
      status: '5.1.1',
      diag: '550 5.1.1 <dave@example.net>: Recipient address rejected: User unknown',
    }),
    { ...USER_UNKNOWN, recipient: 'dave@example.net', replyCode: 550, ...FINAL },
  ],
  [
    'chasquid: reply, relay not allowed',
    '503 5.7.1 Relay not allowed',
    { ...RELAY, replyCode: 503, status: '5.7.1', ...FINAL },
  ],
  [
    'chasquid: reply, SPF check failed',
    '550 5.7.23 SPF check failed: 203.0.113.7 is not allowed to send mail from example.com',
    { ...SENDER_AUTH, replyCode: 550, status: '5.7.23', ...FINAL },
  ],

  // ---- Maddy ----
  [
    'Maddy: DNSBL check reject',
    '554 5.7.0 Client identity is listed in the used DNSBL',
    { ...BLOCKLIST, replyCode: 554, status: '5.7.0', ...FINAL },
  ],
  [
    'Maddy: rate limit',
    '451 4.4.5 Message rejected due to a rate limit',
    { ...RATE, replyCode: 451, ...TEMPORARY },
  ],
  [
    'Maddy: log line, delivery failed, remote user unknown',
    'smtp: delivery failed {"msg_id":"2b8d7c1a","rcpt":"erin@example.org","reason":"550 5.1.1 User does not exist","remote_server":"mx.example.org"}',
    { ...USER_UNKNOWN, recipient: 'erin@example.org', replyCode: 550, ...FINAL, confidence: 'high' },
  ],

  // ---- Stalwart ----
  [
    'Stalwart: reply, mailbox does not exist',
    '550 5.1.2 Mailbox does not exist.',
    { ...USER_UNKNOWN, replyCode: 550, ...FINAL },
  ],
  [
    'Stalwart: DSN, message too big',
    dsn({
      from: 'Mail Delivery Subsystem <MAILER-DAEMON@mail.example.com>',
      subject: 'Failed to deliver message',
      human: [
        'Your message could not be delivered to the following recipients:',
        '',
        "    <frank@example.net> (host 'mx.example.net' rejected message: '552 5.3.4 Message too big for system')",
      ],
      reportingMta: 'mail.example.com',
      rcpt: 'frank@example.net',
      action: 'failed',
      status: '5.3.4',
      remoteMta: 'mx.example.net',
      diag: '552 5.3.4 Message too big for system',
    }),
    { ...TOO_BIG, recipient: 'frank@example.net', replyCode: 552, status: '5.3.4', ...FINAL },
  ],
  [
    'Stalwart: reply, rate limit exceeded',
    '452 4.4.5 Rate limit exceeded, try again later.',
    { ...RATE, replyCode: 452, ...TEMPORARY },
  ],

  // ---- MailEnable ----
  [
    'MailEnable: relay requires authentication',
    '503 This mail server requires authentication when attempting to send to a non-local e-mail address. Please check your mail client settings or contact your administrator to verify that the domain or address is defined for this server.',
    {
      cause: ['auth-required', 'relay-denied'],
      reason: ['securityerror', 'norelaying'],
      side: 'sender',
      replyCode: 503,
      ...FINAL,
    },
  ],
  [
    'MailEnable: reply, mailbox over quota',
    '452 Mailbox size limit exceeded for bob@example.net',
    { ...MAILBOX_FULL, replyCode: 452, ...TEMPORARY },
  ],

  // ---- Axigen ----
  [
    'Axigen: DSN, unknown user',
    dsn({
      from: 'MAILER-DAEMON@mail.example.com',
      subject: 'Delivery Status Notification (Failure)',
      human: [
        'This is an automatically generated Delivery Status Notification.',
        '',
        'Delivery to the following recipients failed permanently:',
        '',
        '    carol@example.org',
        '',
        'Technical details of permanent failure:',
        'The remote server mx.example.org replied: 550 5.1.1 Mailbox unavailable: no such user',
      ],
      reportingMta: 'mail.example.com',
      rcpt: 'carol@example.org',
      action: 'failed',
      status: '5.1.1',
      diag: '550 5.1.1 Mailbox unavailable: no such user',
    }),
    { ...USER_UNKNOWN, recipient: 'carol@example.org', ...FINAL },
  ],
  [
    'Axigen: reply, sender rejected by antispam (SPF)',
    '550 5.7.1 Message rejected by Axigen AntiSpam: SPF fail for domain example.com',
    { ...SENDER_AUTH, replyCode: 550, ...FINAL },
  ],

  [
    'Axigen: reply, account disabled',
    '550 5.2.1 <erin@example.org> Account disabled',
    { ...DISABLED, recipient: 'erin@example.org', replyCode: 550, ...FINAL },
  ],

  // ---- CommuniGate Pro ----
  [
    'CommuniGate Pro: reply, unknown user account',
    '550 5.1.1 <bob@example.net> unknown user account',
    { ...USER_UNKNOWN, recipient: 'bob@example.net', replyCode: 550, ...FINAL, confidence: 'high' },
  ],
  [
    'CommuniGate Pro: text notice, account is full',
    textEmail('Mail Delivery System <postmaster@mail.example.com>', 'Undeliverable mail: Quarterly figures', [
      "Failed to deliver to '<dave@example.org>'",
      'SMTP module(domain example.org) reports:',
      ' host mx.example.org says:',
      ' 552 5.2.2 Account is full (quota exceeded)',
    ]),
    { ...MAILBOX_FULL, recipient: 'dave@example.org', replyCode: 552, ...FINAL },
  ],

  // ---- Zix / OpenText ----
  [
    'Zix: DLP hold notice to the sender',
    textEmail('ZixCorp Secure Email <no-reply@zixmessagecenter.com>', 'Message Held: Quarterly figures', [
      'The message you sent to bob@example.net has been held by ZixGateway because it may contain sensitive',
      "information (Social Security Number) and violates your organization's data loss prevention policy.",
      '',
      'The message has not been delivered. Please contact your administrator if you believe it should be released.',
    ]),
    { provider: /zix/i, ...OWN_DLP, ...FINAL },
  ],
  [
    'Zix: reply, rejected by policy',
    '550 5.7.1 Message rejected by ZixProtect: content policy violation',
    { provider: /zix/i, ...POLICY_HOLD, replyCode: 550, ...FINAL },
  ],

  // ---- Trustwave MailMarshal ----
  [
    'MailMarshal: blocked executable attachment notice',
    textEmail('MailMarshal <mailmarshal@example.net>', 'Message blocked: Quarterly figures', [
      'MailMarshal (an automated content scanning gateway) has stopped the following message:',
      '',
      '   Message: B000a1b2c3.00000001.mml',
      '   From:    alice@example.com',
      '   To:      bob@example.net',
      '   Subject: Quarterly figures',
      '',
      'Because the message contains an executable attachment (invoice.exe) which is not permitted by the Block Executable Attachments rule.',
      '',
      'The message has not been delivered to the recipient.',
    ]),
    {
      provider: /mailmarshal|trustwave/i,
      cause: ['content-filtered', 'policy-violation', 'security-error'],
      reason: ['filtered', 'policyviolation', 'securityerror', 'contenterror'],
      ...FINAL,
    },
  ],
  [
    'MailMarshal: reply, spam',
    '554 5.7.1 Message rejected by MailMarshal SEG: classified as spam (SpamCensor)',
    { provider: /mailmarshal|trustwave/i, ...SPAM, replyCode: 554, ...FINAL },
  ],

  // ---- Forcepoint ----
  [
    'Forcepoint: reply, IP reputation',
    '550 5.7.1 Connection refused by Forcepoint Email Security: the sending IP 203.0.113.7 has a poor reputation',
    { provider: /forcepoint/i, ...REFUSED_HOST, replyCode: 550, ...FINAL },
  ],
  [
    'Forcepoint: virus reply',
    '554 5.7.1 Message rejected by Forcepoint Email Security: virus detected (Trojan.Generic)',
    { provider: /forcepoint/i, ...VIRUS, replyCode: 554, ...FINAL },
  ],

  // ---- Check Point Harmony Email (Avanan) ----
  [
    'Avanan: DLP quarantine notice',
    textEmail('Check Point Harmony Email <no-reply@avanan.net>', 'Your email was blocked', [
      'Your email to bob@example.net with subject "Quarterly figures" was blocked by Check Point Harmony Email & Collaboration',
      'because it matched a Data Loss Prevention (DLP) policy of your organization (PCI - Credit Card Numbers).',
      '',
      'If you believe this is a mistake, contact your IT administrator.',
    ]),
    { provider: /avanan|check ?point/i, ...OWN_DLP, ...FINAL },
  ],
  [
    'Avanan: reply, phishing detected',
    '550 5.7.1 Message blocked by Avanan: phishing detected',
    {
      provider: /avanan|check ?point/i,
      cause: ['spam-filtered', 'content-filtered', 'security-error', 'virus-found'],
      reason: ['spamdetected', 'filtered', 'securityerror', 'virusdetected'],
      replyCode: 550,
      ...FINAL,
    },
  ],

  // ---- Libraesva ----
  [
    'Libraesva ESG: Postfix-style, blocked using Libraesva reputation',
    '554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using rbl.libraesva.com; see https://www.libraesva.com/',
    { provider: /libraesva/i, ...IP_BLOCK, replyCode: 554, status: '5.7.1', ...FINAL },
  ],
  [
    'Libraesva ESG: spam content rejected',
    '550 5.7.1 Message content rejected by Libraesva ESG (spam score too high)',
    { provider: /libraesva/i, ...SPAM, replyCode: 550, ...FINAL },
  ],

  // ---- Vade ----
  [
    'Vade: reply, spam',
    '554 5.7.1 Message rejected by Vade: identified as spam',
    { provider: /vade/i, ...SPAM, replyCode: 554, ...FINAL },
  ],
  [
    'Vade: reply, rate limit',
    '421 4.7.0 Too many messages from 203.0.113.7, please slow down (Vade)',
    { provider: /vade/i, ...RATE, replyCode: 421, ...TEMPORARY },
  ],

  // ---- SpamTitan ----
  [
    'SpamTitan: recipient verification, undeliverable address',
    '550 5.1.1 <carol@example.org>: Recipient address rejected: undeliverable address: host mail.example.org[198.51.100.45] said: 550 5.1.1 <carol@example.org>: Recipient address rejected: User unknown in local recipient table (in reply to RCPT TO command)',
    { ...USER_UNKNOWN, recipient: 'carol@example.org', replyCode: 550, status: '5.1.1', ...FINAL },
  ],
  [
    'SpamTitan: blocked as spam',
    '550 5.7.1 Message blocked by SpamTitan: spam score 12.4 exceeds threshold',
    { provider: /spamtitan|titanhq/i, ...SPAM, replyCode: 550, ...FINAL },
  ],

  // ---- Cisco Secure Email (IronPort) ----
  [
    'Cisco ESA: HAT reject',
    '554 Your access to submit messages to this e-mail system has been rejected.',
    { ...REFUSED_HOST, replyCode: 554, ...FINAL, confidence: ['low', 'medium'] },
  ],
  [
    'Cisco ESA: LDAP accept query, address rejected',
    '550 #5.1.0 Address rejected.',
    { ...USER_UNKNOWN, replyCode: 550, status: '5.1.0', ...FINAL, confidence: ['low', 'medium'] },
  ],
  [
    'Cisco ESA: SBRS reject with reputation text',
    '554 5.7.1 Your IP address 203.0.113.7 has a poor SenderBase reputation score; connection refused',
    { provider: /cisco|ironport/i, ...IP_REPUTATION, replyCode: 554, ...FINAL },
  ],
  [
    'Cisco ESA: message size exceeds limit',
    '552 #5.3.4 Message size exceeds limit',
    { ...TOO_BIG, replyCode: 552, status: '5.3.4', ...FINAL },
  ],
  [
    'Cisco ESA: mail log, bounced, delivery expired',
    "Sat Dec  5 06:10:44 2026 Info: Bounced: DCID 0 MID 4410223 to RID 0 - 5.4.7 - Delivery expired (message too old) ('000', ['bob@example.net'])",
    { ...EXPIRED, ...FINAL },
  ],
  [
    'Cisco ESA: mail log, unknown address error',
    "Sat Dec  5 06:11:02 2026 Info: Bounced: DCID 882211 MID 4410224 to RID 0 - 5.1.0 - Unknown address error ('550', ['5.1.1 <dave@example.net>: Recipient address rejected: User unknown in virtual mailbox table']) []",
    { ...USER_UNKNOWN, recipient: 'dave@example.net', ...FINAL },
  ],
  [
    'Cisco ESA: throttled, too many recipients this hour',
    '452 Too many recipients received this hour',
    { ...RATE, replyCode: 452, ...TEMPORARY },
  ],

  // ---- Sophos Email ----
  [
    'Sophos Email: reply, rejected as spam',
    '550 5.7.1 Your message was rejected by Sophos Email because it was identified as spam',
    { provider: /sophos/i, ...SPAM, replyCode: 550, ...FINAL },
  ],
  [
    'Sophos Email: recipient does not exist',
    '550 5.1.1 <erin@example.net>: Recipient address rejected: Recipient does not exist (Sophos Email)',
    {
      provider: /sophos/i,
      ...USER_UNKNOWN,
      recipient: 'erin@example.net',
      replyCode: 550,
      ...FINAL,
      confidence: 'high',
    },
  ],

  // ---- Hornetsecurity ----
  [
    'Hornetsecurity: virus',
    '554 5.7.1 Message rejected: virus found (Hornetsecurity Antivirus)',
    { provider: /hornet/i, ...VIRUS, replyCode: 554, ...FINAL },
  ],
  [
    'Hornetsecurity: TLS required by receiving policy',
    '530 5.7.0 Must issue a STARTTLS command first (TLS enforced by Hornetsecurity)',
    { provider: /hornet/i, ...TLS, side: 'sender', replyCode: 530, ...FINAL },
  ],

  // ---- Barracuda ESS ----
  [
    'Barracuda ESS: permanent failure for one or more recipients (blocked)',
    '550 permanent failure for one or more recipients (bob@example.net:blocked)',
    {
      cause: ['spam-filtered', 'content-filtered', 'policy-violation', 'blocked-by-recipient'],
      reason: ['spamdetected', 'filtered', 'policyviolation', 'rejected', 'blocked'],
      recipient: 'bob@example.net',
      replyCode: 550,
      ...FINAL,
      confidence: ['low', 'medium'],
    },
  ],
  [
    'Barracuda: Barracuda Reputation block',
    '554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using Barracuda Reputation; http://www.barracudanetworks.com/reputation/?pr=1&ip=203.0.113.7',
    { ...IP_BLOCK, blocklist: 'barracuda', replyCode: 554, status: '5.7.1', ...FINAL },
  ],

  // ---- Egress / Tessian outbound DLP ----
  [
    'Egress Prevent: outbound DLP hold',
    textEmail('Egress Prevent <noreply@egress.com>', 'Your email has not been sent', [
      'Your email "Quarterly figures" to bob@example.net has been held and has not been sent.',
      "Egress Prevent detected content that your organisation's data loss prevention policy does not allow to be sent externally.",
      'Contact your administrator to request its release.',
    ]),
    { provider: /egress/i, ...OWN_DLP, ...FINAL },
  ],

  // ---- N-able Mail Assure ----
  [
    'Mail Assure: reply, spam classification',
    '550 5.7.1 Message rejected due to SPAM classification (N-able Mail Assure)',
    { provider: /mail ?assure|n-able|spamexperts/i, ...SPAM, replyCode: 550, ...FINAL },
  ],
  [
    'Mail Assure: reply, domain not configured (relay denied)',
    '550 5.7.1 Relaying denied: the recipient domain example.org is not configured on this filtering cluster',
    { ...RELAY, replyCode: 550, ...FINAL },
  ],

  // ---- MailChannels ----
  [
    'MailChannels: [CS01] rejected due to local policy',
    '550 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.mailchannels.com/hc/en-us/articles/4413041236749 for more information.',
    {
      provider: /mailchannels/i,
      ...SPAMISH,
      replyCode: 550,
      status: '5.7.1',
      ...FINAL,
      confidence: ['low', 'medium'],
    },
  ],
  [
    'MailChannels: Domain Lockdown, sender not authorized',
    '550 5.7.1 This sender is not authorized to send from example.com. Learn more about Domain Lockdown: https://support.mailchannels.com/hc/en-us/articles/16918954360845',
    { provider: /mailchannels/i, ...NOT_PERMITTED_FROM, replyCode: 550, ...FINAL },
  ],

  // ---- SMTP2GO and Brevo ----
  [
    'SMTP2GO: SMTP reply, sender domain not verified',
    '550 5.7.1 Sender domain example.com has not been verified in your SMTP2GO account',
    { provider: /smtp2go/i, ...NOT_PERMITTED_FROM, replyCode: 550, ...FINAL },
  ],
  [
    'SMTP2GO: API error JSON, rate limited',
    JSON.stringify({
      request_id: 'aa253464-0bd0-467a-b24b-6159dcd7be60',
      data: {
        error: 'You have exceeded your sending rate limit. Please try again shortly.',
        error_code: 'E_ApiResponseCodes.RATE_LIMIT_EXCEEDED',
      },
    }),
    { ...RATE, ...TEMPORARY },
  ],
  [
    'Brevo: API error, SMTP account not activated',
    JSON.stringify({
      code: 'permission_denied',
      message:
        'Unable to send email. Your SMTP account is not yet activated. Please contact us at contact@brevo.com to get it activated.',
    }),
    { provider: /brevo|sendinblue/i, ...ACCOUNT_BLOCKED },
  ],
  [
    'Brevo: relay reply, authentication failed',
    '535 5.7.8 Authentication failed',
    {
      cause: ['auth-required', 'security-error'],
      reason: 'securityerror',
      side: 'sender',
      replyCode: 535,
    },
  ],
];

export const SECOND_BATCH_70: RealWorldCase[] = [
  [
    'KumoMTA: Bounce record, Outlook 5.7.606 banned sending IP',
    kumo({
      type: 'Bounce',
      sender: 'alice@example.com',
      recipient: 'bob@outlook.com',
      queue: 'outlook.com',
      response: {
        code: 550,
        enhanced_code: { class: 5, subject: 7, detail: 606 },
        content:
          'Access denied, banned sending IP [203.0.113.7]. To request removal from this list please visit https://sender.office.com/ and follow the directions. For more information please go to http://go.microsoft.com/fwlink/?LinkID=526655 AS(1430) [BN8NAM11FT012.eop-nam11.prod.protection.outlook.com]',
        command: 'RCPT TO:<bob@outlook.com>\r\n',
      },
      peer_address: { name: 'outlook-com.olc.protection.outlook.com.', addr: '192.0.2.60' },
      bounce_classification: 'SpamBlock',
    }),
    { ...IP_BLOCK, recipient: 'bob@outlook.com', replyCode: 550, status: '5.7.606', ...FINAL },
  ],
  [
    'Halon: too many connections from your IP',
    '421 4.7.0 Too many concurrent connections from your IP address, try again later',
    { ...RATE, replyCode: 421, ...TEMPORARY },
  ],
  [
    'PowerMTA: accounting row, bounceCat policy-related, DMARC',
    lines(
      'type,timeLogged,timeQueued,orig,rcpt,orcpt,dsnAction,dsnStatus,dsnDiag,dsnMta,bounceCat,srcType,srcMta,dlvType,dlvSourceIp,dlvDestinationIp,dlvEsmtpAvailable,dlvSize,vmta',
      'b,2026-12-05 07:01:22+0000,2026-12-05 07:01:20+0000,alice@example.com,carol@example.org,,failed,5.7.1 (delivery not authorized),"smtp;550 5.7.1 Email rejected per DMARC policy for example.com",mx.example.org (198.51.100.40),policy-related,smtp,,smtp,203.0.113.7,198.51.100.40,"PIPELINING,SIZE",4120,vmta2',
    ),
    { cause: 'dmarc-fail', reason: 'authfailure', side: 'sender', recipient: 'carol@example.org', ...FINAL },
  ],
  [
    'Momentum: [internal] exceeded max retries',
    '554 5.4.7 [internal] exceeded max retries',
    { ...EXPIRED, replyCode: 554, status: '5.4.7', ...FINAL },
  ],
  [
    'Stalwart: SPF validation failed',
    '550 5.7.23 SPF validation failed, message rejected.',
    { ...SENDER_AUTH, replyCode: 550, status: '5.7.23', ...FINAL },
  ],
  ['Maddy: DMARC check failed', '550 5.7.1 DMARC check failed', { ...SENDER_AUTH, replyCode: 550, ...FINAL }],
  [
    'Cisco ESA: mail log, bounced, mailbox full',
    "Sat Dec  5 07:02:10 2026 Info: Bounced: DCID 882212 MID 4410225 to RID 0 - 5.2.2 - Mailbox full ('552', ['5.2.2 <erin@example.org>: user is over quota']) []",
    { ...MAILBOX_FULL, recipient: 'erin@example.org', ...FINAL },
  ],
  [
    'Sophos Email: malware',
    '550 5.7.1 Rejected by Sophos Email: the message contains malware (Troj/DocDl-ABC)',
    { ...VIRUS, provider: /sophos/i, replyCode: 550, ...FINAL },
  ],
  [
    'Hornetsecurity: sending IP on its blocklist',
    '554 5.7.1 Client host rejected: the sending IP 203.0.113.7 is listed on the Hornetsecurity blocklist',
    { ...BLOCKLIST, provider: /hornet/i, replyCode: 554, ...FINAL },
  ],
  [
    'Barracuda ESS: permanent failure with the remote reply for one recipient',
    '550 permanent failure for one or more recipients (carol@example.org:550 5.1.1 <carol@example.org>: Recipient address rejected: User unknown in local recipient table)',
    { ...USER_UNKNOWN, recipient: 'carol@example.org', replyCode: 550, ...FINAL },
  ],
  [
    'MailChannels: sending rate limit for the hosting account',
    '451 4.7.1 Sending rate limit exceeded for this account; messages will be accepted again later (MailChannels)',
    { ...RATE, provider: /mailchannels/i, replyCode: 451, ...TEMPORARY },
  ],
  [
    'Brevo: relay, sender not valid',
    '550 5.7.1 Sender alice@example.com is not valid. Please validate it in your Brevo account before sending',
    { ...NOT_PERMITTED_FROM, provider: /brevo|sendinblue/i, replyCode: 550, ...FINAL },
  ],
  [
    'SMTP2GO: API error, sender not validated',
    JSON.stringify({
      request_id: '0d3a3c1e-61f2-11ef-8d9a-f23c92e1a001',
      data: {
        error: 'The sender address alice@example.com is not a verified sender on this account',
        error_code: 'E_ApiResponseCodes.NON_VALIDATED_SENDER',
      },
    }),
    { ...NOT_PERMITTED_FROM, provider: /smtp2go/i },
  ],
  [
    'Libraesva ESG: quarantine notice, dangerous attachment',
    textEmail('Libraesva ESG <noreply@esg.example.net>', 'Message quarantined: Quarterly figures', [
      'Your message to bob@example.net has been quarantined because it contains a potentially dangerous attachment (invoice.docm).',
      'The message was not delivered. If you think this is an error, contact the recipient organisation.',
    ]),
    {
      cause: ['content-filtered', 'policy-violation', 'security-error', 'virus-found'],
      reason: ['filtered', 'policyviolation', 'securityerror', 'virusdetected', 'contenterror'],
      provider: /libraesva/i,
      ...FINAL,
    },
  ],
];
