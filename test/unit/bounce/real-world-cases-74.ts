import type { RealWorldCase } from './real-world-cases.js';
import {
  IP_BLOCK,
  IP_REPUTATION,
  lines,
  MAILBOX_FULL,
  MS_NOT_FOUND,
  postfixNoticeHead,
  RATE,
  RELAY,
  SPAM,
  TOO_BIG,
  textEmail,
  USER_UNKNOWN,
  VIRUS,
} from './real-world-expectations.js';

/*
 * A seventy-fourth held-out round: failures reported through more than one server, where the reply that
 * decides is nested inside another's words. A smarthost or relay (a Microsoft 365 outbound connector,
 * SendGrid, Mailgun, Amazon SES, an ISP smarthost, Mimecast, Proofpoint Essentials, Barracuda ESS, Google
 * Workspace SMTP relay) passing on the downstream server's reply ("Remote Server returned '…'", "The response
 * from the remote server was:", "Remote host said:", "last response:"); Exchange's chained diagnostics
 * ("<mx #5.0.0 smtp;550 …>", "mx #550 5.7.1 … ##"); Exim's "SMTP error from remote mail server after RCPT
 * TO:<…>" quoted in a Postfix bounce; a gateway that accepted then bounced two hops on; a forwarded bounce and
 * a bounce of a bounce; generic outer words over a specific inner reply, and the reverse (a specific outer
 * reason over an inner "Rejected", or the outer relay refusing the sender on its own: 5.7.708, 5.1.8, 5.7.64
 * TenantAttribution, SendGrid's Sender Identity, SES's unverified identity, Google's "Invalid credentials for
 * relay", an ISP's outbound filter and outbound limit). Single replies, log lines (Postfix, Exim, Sendmail)
 * and whole bounce emails. Written from knowledge of these texts, none from the development corpus, measured
 * before any rule was changed:
 *   round 74  63 cases, 53 right as written (84 %). Six case errors of ours: a smarthost's outer words made up
 *             as "too many hops or delivery failed" (a loop's words; reworded to "delivery failed"); Barracuda
 *             quoting "Access denied. AS(201806281)", which is Microsoft's directory-based edge blocking (no
 *             such recipient in the tenant: widened to recipient-not-in-tenant); SES's "Email address is not
 *             verified" is the relay not knowing the sender's identity (relay-not-authorised, widened); an
 *             Exim "Verification failed … Sender verify failed" is the callout on the sender (the address
 *             corrected to the sender's, sender-verify-failed expected); Gmail's "Message not delivered" over
 *             a quoted 421 is final (the notice gave up); "Delivery not authorized, message refused" is also
 *             Exchange's restricted-recipient wording (widened): 59. The rules' misses:
 *             - a relay's "Relaying denied. Please authenticate with your domain SMTP credentials" read as
 *               relay denied by either side, where it asks the sender to log in;
 *             - "452 4.3.1 Outbound message limit exceeded for account …" read by its status as a full system;
 *             - a gateway's quoted "This mailbox does not accept mail from external senders" read as the
 *               sender refused, where the recipient is restricted;
 *             - "554 5.7.1 Message rejected by mx: virus found (…) - host said: 554 5.7.1 Rejected": the inner
 *               reply alone was read, its "Rejected" taken as a refused connection.
 *   fixed     as data (reply-phrases.ts): 'relaying denied. please authenticate' is auth-required before the
 *             relay refusal; 'outbound message/mail/sending limit' beside 'outgoing message limit' (rate-limited);
 *             'accept mail from external senders' / 'from outside the organization' (recipient-restricted).
 *             In code (classify.ts): the words around a quoted x.7.x reply that says nothing but a weak
 *             "rejected" decide, as they already did for "Service unavailable". 63 of 63.
 *   then      a second batch of 14 (SECOND_BATCH_74: Exchange Online and 2016 chains with quota and blocked-
 *             sender replies, Mailjet quoting Gmail's 5.7.26, an Exim smarthost defer quoting a 421, SMTP2GO's
 *             unverified sender domain, Microsoft 365 "Unable to relay", Proofpoint quoting 5.1.10, Barracuda's
 *             own "(…:blocked)", Google relay quoting a spam refusal, an Exim bounce quoting a smarthost quoting
 *             5.2.1 disabled, a gateway DSN with an inner virus reply, an ISP relay refusal of the sender's IP, a
 *             smarthost 451 quoting 550 5.1.1, a forwarded Exchange NDR), written after the fixes and measured
 *             before any change: 12 of 14 right as written. One case error of ours: the angle address in
 *             Postfix's "Sender address rejected" is the sender's, not a recipient (corrected). Wrong: SMTP2GO's
 *             "Sender domain example.com has not been verified" read as a sender domain that does not resolve.
 *             Fixed as data (relay-not-authorised: 'verify the sender domain', 'sender domain … has not been
 *             verified'). 14 of 14; corpus 366/383, reply codes 261/274.
 *   and       the remote server and sending IP the texts state, added after (twelve cases: the downstream MX a
 *             relay names, the smarthost that refused on its own, the relay's IP a receiver names): 11 of 12 right
 *             as first checked. Wrong: a gateway's notice naming the downstream server as "Remote host:
 *             mx.example.org (198.51.100.85)" gave none. Fixed in smtp-context.ts REMOTE_PATTERNS beside
 *             Exchange's "Receiving server:" (12 of 12; corpus output byte for byte unchanged).
 *   still     none knownWrong. Debatable and left as the rules read them: a quoted 4xx inside a notice that
 *             gave up is final by the notice; the side of "Relay access denied" quoted from a downstream MX
 *             stays 'either' (the catalogue's reading: the sender's relay settings, or an MX that does not host
 *             the domain).
 */

const FINAL = { permanent: true } as const;
const TEMPORARY = { permanent: false } as const;
const MS = /microsoft|outlook|office|exchange|hotmail/i;
// The sender's own relay refused the sender (its account, its limits, its own filter).
const OWN_RELAY_OUTBOUND = {
  cause: ['outbound-filter', 'spam-filtered', 'sender-account-blocked'],
  reason: ['spamdetected', 'rejected', 'policyviolation'],
  side: 'sender',
} as const;
const RELAY_NOT_AUTH = {
  cause: ['relay-not-authorised', 'relay-denied', 'auth-required'],
  reason: ['norelaying', 'securityerror'],
  side: 'sender',
} as const;
const DMARC_ANY = {
  cause: ['dmarc-fail', 'auth-failed', 'spf-fail', 'dkim-fail'],
  reason: 'authfailure',
  side: 'sender',
} as const;

const pf = (time: string, id = '4NZr8T3m2Lz') => `Dec  5 ${time} mx1 postfix/smtp[4172]: ${id}:`;
const pfLine = (to: string, relay: string, dsn: string, status: string, text: string, time = '06:31:12') =>
  `${pf(time)} to=<${to}>, relay=${relay}, delay=2.1, delays=0.1/0/0.9/1.1, dsn=${dsn}, status=${status} (${text})`;

function dsnMail(opts: {
  from?: string;
  subject?: string;
  human: string[];
  mta?: string;
  recipient: string;
  action: string;
  status: string;
  diag?: string;
  remote?: string;
}): string {
  const b = '74B0unce.1733386242/relay.example.com';
  return lines(
    `From: ${opts.from ?? 'MAILER-DAEMON@relay.example.com (Mail Delivery System)'}`,
    'To: alice@example.com',
    `Subject: ${opts.subject ?? 'Undelivered Mail Returned to Sender'}`,
    'Date: Sat, 5 Dec 2026 06:31:15 +0000',
    'Message-ID: <20261205063115.74B0@relay.example.com>',
    'MIME-Version: 1.0',
    `Content-Type: multipart/report; report-type=delivery-status; boundary="${b}"`,
    '',
    `--${b}`,
    'Content-Type: text/plain; charset=us-ascii',
    '',
    ...opts.human,
    '',
    `--${b}`,
    'Content-Type: message/delivery-status',
    '',
    `Reporting-MTA: dns; ${opts.mta ?? 'relay.example.com'}`,
    'Arrival-Date: Sat, 5 Dec 2026 06:31:02 +0000',
    '',
    `Final-Recipient: rfc822; ${opts.recipient}`,
    `Action: ${opts.action}`,
    `Status: ${opts.status}`,
    ...(opts.remote ? [`Remote-MTA: dns; ${opts.remote}`] : []),
    ...(opts.diag ? [`Diagnostic-Code: smtp; ${opts.diag}`] : []),
    '',
    `--${b}`,
    'Content-Type: text/rfc822-headers',
    '',
    'From: Alice <alice@example.com>',
    `To: ${opts.recipient}`,
    'Subject: Contract draft',
    'Date: Sat, 5 Dec 2026 06:31:00 +0000',
    'Message-ID: <contract-7401@example.com>',
    '',
    `--${b}--`,
    '',
  );
}

// ---- A smarthost or relay quoting the downstream server's reply ----
const RELAYED: RealWorldCase[] = [
  [
    'M365 outbound connector: Remote server returned 550 5.1.1 from the downstream MX',
    "Remote Server returned '550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual mailbox table'",
    { ...USER_UNKNOWN, recipient: 'bob@example.org', replyCode: 550, status: '5.1.1', ...FINAL },
  ],
  [
    'Exchange chained diagnostic: <mx.example.org #5.0.0 smtp;550 5.1.1 …>',
    "Remote Server returned '< #5.0.0 smtp; 550 5.1.1 <carol@example.org>... User unknown>'",
    { ...USER_UNKNOWN, recipient: 'carol@example.org', replyCode: 550, ...FINAL },
  ],
  [
    'Exchange chained diagnostic with the remote host and a mailbox-full reply',
    "Remote Server returned '<mx.example.org #5.2.2 smtp;552 5.2.2 <dave@example.org>: Mailbox full, quota exceeded>'",
    { ...MAILBOX_FULL, recipient: 'dave@example.org', replyCode: 552, status: '5.2.2', ...FINAL },
  ],
  [
    'Exchange 2010 NDR: #5.0.0 X-Postfix; host said: 550 5.7.1 Spamhaus block',
    lines(
      'Delivery has failed to these recipients or groups:',
      '',
      'erin@example.org',
      'A problem occurred during the delivery of this message to this e-mail address. Try sending this message again. If the problem continues, please contact your helpdesk.',
      '',
      'Diagnostic information for administrators:',
      '',
      'Generating server: exch01.example.com',
      '',
      'erin@example.org',
      'mx.example.org #550 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/203.0.113.7 ##',
    ),
    { ...IP_BLOCK, recipient: 'erin@example.org', replyCode: 550, status: '5.7.1', ...FINAL },
  ],
  [
    'Google Workspace SMTP relay: The response from the remote server was 550 5.1.1',
    lines(
      '** Message not delivered **',
      '',
      "Your message couldn't be delivered to frank@example.org because the remote server is misconfigured. See technical details below for more information.",
      '',
      'The response from the remote server was:',
      '550 5.1.1 <frank@example.org>: Recipient address rejected: User unknown in local recipient table',
    ),
    { ...USER_UNKNOWN, recipient: 'frank@example.org', replyCode: 550, status: '5.1.1', ...FINAL },
  ],
  [
    'Gmail relay: remote server said the mailbox is full',
    lines(
      'Delivery incomplete',
      '',
      "There was a temporary problem delivering your message to gina@example.org. Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.",
      '',
      'The response from the remote server was:',
      '452 4.2.2 <gina@example.org>: Mailbox over quota, try again later',
    ),
    { ...MAILBOX_FULL, recipient: 'gina@example.org', replyCode: 452, ...TEMPORARY },
  ],
  [
    'SendGrid event: the receiving server bounced through SendGrid',
    'bounce: 550 5.1.1 <henry@example.org>: Recipient address rejected: User unknown in relay recipient table (reason: 550 5.1.1 recipient rejected by mx.example.org)',
    { ...USER_UNKNOWN, recipient: 'henry@example.org', replyCode: 550, ...FINAL },
  ],
  [
    'Mailgun log: Remote host said 554 5.7.1 spam, from the downstream receiver',
    'Server response: 554 5.7.1 Message rejected - Remote host said: 554 5.7.1 [P1] Message blocked due to spam content in the message (in reply to end of DATA command)',
    { ...SPAM, replyCode: 554, status: '5.7.1', ...FINAL },
  ],
  [
    'Amazon SES SMTP relay: bounce diagnostic wrapping the downstream Yahoo reply',
    'smtp; 554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.7.0 [TSS04] Messages from 198.51.100.44 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes>',
    {
      cause: ['delivery-expired', 'ip-reputation', 'rate-limited'],
      reason: ['expired', 'badreputation', 'speeding', 'blocked'],
      replyCode: 554,
    },
  ],
  [
    'ISP smarthost: Remote host said 554 5.4.0 … last response: 550 user unknown',
    '554 5.4.0 Error: delivery failed - last response: 550 5.1.1 <ivan@example.org>: Recipient address rejected: User unknown',
    { ...USER_UNKNOWN, recipient: 'ivan@example.org', ...FINAL, confidence: 'high' },
  ],
  [
    'Mimecast relay: the downstream server refused with 550 5.2.1 mailbox disabled',
    "Remote Server returned '550 Rejected by downstream: host mx.example.org [198.51.100.61] said: 550 5.2.1 <jane@example.org>: Mailbox disabled for this recipient'",
    {
      cause: ['mailbox-disabled', 'mailbox-inactive'],
      reason: 'suspend',
      side: 'recipient',
      recipient: 'jane@example.org',
      remoteIp: '198.51.100.61',
      ...FINAL,
    },
  ],
  [
    'Proofpoint Essentials relay: the downstream server refused for size',
    'Delivery failed: host mx.example.org[198.51.100.62] said: 552 5.3.4 Message size exceeds fixed limit (in reply to end of DATA command)',
    { ...TOO_BIG, replyCode: 552, status: '5.3.4', remoteIp: '198.51.100.62', ...FINAL },
  ],
  [
    'Barracuda ESS outbound: the remote host rejected, quoted after "Message rejected"',
    '550 Message rejected: Remote host said: 550 5.7.1 <kim@example.org>: Recipient address rejected: Access denied. AS(201806281) [DB5EUR03FT012.eop-EUR03.prod.protection.outlook.com]',
    {
      // AS(201806281) is Microsoft's directory-based edge blocking: no such recipient in the tenant.
      cause: ['recipient-not-in-tenant', 'user-unknown', 'blocked-by-recipient'],
      reason: ['userunknown', 'rejected'],
      recipient: 'kim@example.org',
      ...FINAL,
    },
  ],
  [
    'Generic outer words, specific inner reply: Delivery failed … 550 5.1.1 does not exist',
    'Delivery failed. The response from the remote server was: 550 5.1.1 The email account that you tried to reach does not exist. - gsmtp',
    { ...USER_UNKNOWN, replyCode: 550, status: '5.1.1', ...FINAL, confidence: 'high' },
  ],
  [
    'Generic outer words, specific inner reply: Message rejected … SPF fail',
    '554 Message rejected: host mx.example.org said: 550 5.7.23 The message was rejected because of Sender Policy Framework violation',
    {
      cause: ['spf-fail', 'auth-failed'],
      reason: 'authfailure',
      side: 'sender',
      ...FINAL,
      confidence: 'high',
    },
  ],
  [
    'Relay access denied by upstream: the smarthost names the downstream relay refusal',
    '451 4.7.1 Relay access denied by upstream: host smtp.isp.example.net[203.0.113.25] said: 554 5.7.1 <lena@example.org>: Relay access denied',
    { ...RELAY, recipient: 'lena@example.org' },
  ],
  [
    "Remote server returned … the recipient server refused the relay's own IP (relay on a blocklist)",
    "Remote Server returned '550 5.7.1 Service unavailable; Client host [198.51.100.200] blocked using b.barracudacentral.org'",
    { ...IP_BLOCK, replyCode: 550, status: '5.7.1', sendingIp: '198.51.100.200', ...FINAL },
  ],
  [
    'Exchange: #5.0.0 smtp;554 5.7.1 DMARC reject from the final receiver',
    "Remote Server returned '<mx.example.org #5.0.0 smtp;550 5.7.1 Email rejected per DMARC policy for example.com>'",
    { ...DMARC_ANY, replyCode: 550, ...FINAL },
  ],
];

// ---- The outer server refused on its own ----
const OWN_REFUSAL: RealWorldCase[] = [
  [
    "M365 outbound: 550 5.7.708 the tenant itself is blocked (the sender's relay refuses)",
    "Remote Server returned '550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653 AS(7230)'",
    {
      cause: ['ip-reputation', 'ip-blocklisted', 'sender-account-blocked'],
      reason: ['badreputation', 'blocked', 'rejected'],
      side: 'sender',
      replyCode: 550,
      status: '5.7.708',
      ...FINAL,
    },
  ],
  [
    "M365: 5.1.8 the sender's own account is blocked for sending spam",
    "Remote Server returned '550 5.1.8 Access denied, bad outbound sender. AS(42004)'",
    {
      cause: ['sender-account-blocked', 'outbound-filter'],
      reason: ['rejected', 'spamdetected'],
      side: 'sender',
      replyCode: 550,
      status: '5.1.8',
      ...FINAL,
    },
  ],
  [
    'M365 outbound connector: 5.7.64 TenantAttribution relay denied (the relay does not know the sender)',
    "Remote Server returned '550 5.7.64 TenantAttribution; Relay Access Denied [SN1NAM02FT0123.eop-nam02.prod.protection.outlook.com]'",
    { ...RELAY_NOT_AUTH, replyCode: 550, status: '5.7.64', ...FINAL },
  ],
  [
    'SendGrid relay refuses: 550 Unauthenticated senders not allowed',
    '550 Unauthenticated senders not allowed',
    {
      cause: ['auth-required', 'relay-not-authorised', 'relay-denied'],
      reason: ['securityerror', 'norelaying'],
      side: 'sender',
      replyCode: 550,
      ...FINAL,
    },
  ],
  [
    'SendGrid: 550 The from address does not match a verified Sender Identity',
    '550 The from address does not match a verified Sender Identity. Mail cannot be sent until this error is resolved. Visit https://sendgrid.com/docs/for-developers/sending-email/sender-identity/ to see the Sender Identity requirements',
    {
      cause: ['from-not-permitted', 'sender-rejected'],
      reason: 'rejected',
      side: 'sender',
      replyCode: 550,
      ...FINAL,
    },
  ],
  [
    'Amazon SES relay: 554 Message rejected: Email address is not verified',
    '554 Message rejected: Email address is not verified. The following identities failed the check in region EU-WEST-1: alice@example.com',
    {
      cause: ['from-not-permitted', 'sender-rejected', 'relay-not-authorised'],
      reason: ['rejected', 'norelaying'],
      side: 'sender',
      replyCode: 554,
      ...FINAL,
    },
  ],
  [
    'Google Workspace SMTP relay: 550 5.7.1 Invalid credentials for relay',
    "550-5.7.1 Invalid credentials for relay [203.0.113.7]. The IP address you've\n550-5.7.1 registered in your G Suite SMTP Relay service doesn't match domain of\n550-5.7.1 the account this email is being sent from. If you are trying to relay\n550 5.7.1 mail from a domain that isn't registered under your G Suite account - gsmtp",
    { ...RELAY_NOT_AUTH, replyCode: 550, status: '5.7.1', ...FINAL },
  ],
  [
    'ISP smarthost: 554 5.7.1 message refused by our outbound spam filter',
    '554 5.7.1 Message rejected by our outbound spam filter. Your message looks like spam and was not relayed.',
    { ...OWN_RELAY_OUTBOUND, replyCode: 554, ...FINAL },
  ],
  [
    'Mimecast: 550 Administrative prohibition - envelope blocked (Mimecast refused on its own)',
    '550 Administrative prohibition - envelope blocked - https://community.mimecast.com/docs/DOC-1369#550 [aBcDeFgHiJkLmNoPq.uk12]',
    {
      cause: ['blocked-by-recipient', 'policy-violation', 'sender-rejected'],
      reason: ['rejected', 'policyviolation', 'blocked'],
      replyCode: 550,
      ...FINAL,
    },
  ],
  [
    'Mailgun: 550 5.7.1 Relaying denied (the relay itself)',
    '550 5.7.1 Relaying denied. Please authenticate with your domain SMTP credentials',
    {
      cause: ['relay-denied', 'auth-required', 'relay-not-authorised'],
      reason: ['norelaying', 'securityerror'],
      side: 'sender',
      ...FINAL,
    },
  ],
  [
    'ISP smarthost: 452 4.3.1 outbound hourly limit exceeded',
    '452 4.3.1 Outbound message limit exceeded for account alice@example.com, please try again later',
    { cause: ['rate-limited'], reason: ['speeding'], side: 'sender', replyCode: 452, ...TEMPORARY },
  ],
];

// ---- Postfix logs and bounces quoting Exim, Exchange, or a gateway ----
const IN_LOGS: RealWorldCase[] = [
  [
    'Postfix log: smarthost said 550 with the downstream Exim reply quoted',
    pfLine(
      'mia@example.org',
      'smtp.isp.example.net[203.0.113.25]:587',
      '5.0.0',
      'bounced',
      'host smtp.isp.example.net[203.0.113.25] said: 550 SMTP error from remote mail server after RCPT TO:<mia@example.org>: 550 Unrouteable address (in reply to end of DATA command)',
    ),
    {
      cause: ['user-unknown', 'domain-not-found'],
      reason: ['userunknown', 'hostunknown'],
      recipient: 'mia@example.org',
      ...FINAL,
    },
  ],
  [
    'Postfix log via an Exchange relay: 550 5.7.1 RESOLVER.RST.NotAuthorized from the far side',
    pfLine(
      'nina@example.org',
      'relay.example.com[198.51.100.10]:25',
      '5.7.1',
      'bounced',
      'host relay.example.com[198.51.100.10] said: 550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized to send to this recipient (in reply to end of DATA command)',
    ),
    {
      cause: ['recipient-restricted', 'blocked-by-recipient'],
      reason: ['rejected', 'securityerror'],
      side: 'recipient',
      recipient: 'nina@example.org',
      ...FINAL,
    },
  ],
  [
    'Postfix log: relay answered 554 after end of data, quoting a gateway virus verdict',
    pfLine(
      'omar@example.org',
      'gw.example.net[198.51.100.77]:25',
      '5.7.0',
      'bounced',
      'host gw.example.net[198.51.100.77] said: 554 5.7.0 Reject, id=12345-07 - INFECTED: Eicar-Signature (in reply to end of DATA command)',
    ),
    { ...VIRUS, recipient: 'omar@example.org', replyCode: 554, ...FINAL },
  ],
  [
    'Postfix log: the smarthost deferred, quoting the downstream greylisting',
    pfLine(
      'pia@example.org',
      'smtp.isp.example.net[203.0.113.25]:25',
      '4.7.1',
      'deferred',
      'host smtp.isp.example.net[203.0.113.25] said: 451 4.7.1 Upstream said: 451 4.7.1 <pia@example.org>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.org.html (in reply to RCPT TO command)',
    ),
    { cause: 'greylisted', reason: ['blocked', 'onhold'], recipient: 'pia@example.org', ...TEMPORARY },
  ],
  [
    'Postfix log: the smarthost refused the sender itself (SASL login failed)',
    pfLine(
      'quinn@example.org',
      'smtp.sendgrid.net[198.51.100.90]:587',
      '5.7.8',
      'bounced',
      'SASL authentication failed; server smtp.sendgrid.net[198.51.100.90] said: 535 Authentication failed: Bad username / password',
    ),
    {
      cause: ['auth-required', 'relay-not-authorised', 'security-error'],
      reason: ['securityerror', 'norelaying'],
      side: 'sender',
      remoteIp: '198.51.100.90',
      ...FINAL,
    },
  ],
  [
    'Exim log: relay said 550 quoting the recipient MX mailbox full',
    '2026-12-05 06:33:21 1tJq3Z-0004Ab-7Q ** rosa@example.org R=smarthost T=remote_smtp_smarthost H=smtp.isp.example.net [203.0.113.25]: SMTP error from remote mail server after end of data: 550 5.2.2 Delivery to rosa@example.org failed: remote host said: 552 5.2.2 Mailbox full',
    { ...MAILBOX_FULL, recipient: 'rosa@example.org', ...FINAL },
  ],
  [
    'Exim log: smarthost 550 relay not permitted (the smarthost refused on its own)',
    '2026-12-05 06:33:40 1tJq3Z-0004Ac-8R ** sam@example.org R=smarthost T=remote_smtp_smarthost H=mail.isp.example.net [203.0.113.26]: SMTP error from remote mail server after RCPT TO:<sam@example.org>: 550 relay not permitted',
    { ...RELAY, recipient: 'sam@example.org', remoteIp: '203.0.113.26', ...FINAL },
  ],
  [
    'Sendmail log: the relay quoted the final host saying no such user',
    'Dec  5 06:34:02 mx1 sm-mta[2211]: 4B56Y2aA002211: to=<tom@example.org>, delay=00:00:03, xdelay=00:00:02, mailer=relay, pri=120412, relay=smarthost.example.net. [198.51.100.33], dsn=5.1.1, stat=User unknown',
    { ...USER_UNKNOWN, recipient: 'tom@example.org', ...FINAL },
  ],
];

// ---- Whole bounce emails ----
const EMAILS: RealWorldCase[] = [
  [
    'Postfix bounce quoting an Exim SMTP error from remote mail server after RCPT TO',
    textEmail(
      'MAILER-DAEMON@relay.example.com (Mail Delivery System)',
      'Undelivered Mail Returned to Sender',
      [
        ...postfixNoticeHead('relay.example.com'),
        '<uma@example.org>: host smtp.isp.example.net[203.0.113.25] said: 550 Delivery',
        '    failed: SMTP error from remote mail server after RCPT TO:<uma@example.org>:',
        '    550-Verification failed for <alice@example.com> 550-No Such User Here 550',
        '    Sender verify failed (in reply to end of DATA command)',
      ],
    ),
    {
      cause: ['sender-verify-failed', 'sender-rejected'],
      reason: 'rejected',
      side: 'sender',
      recipient: 'uma@example.org',
      ...FINAL,
    },
  ],
  [
    'DSN two hops on: gateway accepted then the inner server bounced after end of data',
    dsnMail({
      mta: 'gw.example.org',
      from: 'MAILER-DAEMON@gw.example.org (Mail Delivery System)',
      human: [
        'This is the mail system at host gw.example.org.',
        '',
        'Your message was accepted by the gateway but could not be delivered to the internal mailbox.',
        '',
        '<vera@example.org>: host exch-int.example.org[10.1.2.3] said: 550 5.1.1',
        '    RESOLVER.ADR.RecipNotFound; not found (in reply to RCPT TO command)',
      ],
      recipient: 'vera@example.org',
      action: 'failed',
      status: '5.1.1',
      remote: 'exch-int.example.org',
      diag: '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found',
    }),
    { ...MS_NOT_FOUND, recipient: 'vera@example.org', ...FINAL },
  ],
  [
    'Exchange NDR with a chained diagnostic from a downstream Postfix (mailbox full)',
    lines(
      'From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com>',
      'To: alice@example.com',
      'Subject: Undeliverable: Contract draft',
      'Date: Sat, 5 Dec 2026 06:35:00 +0000',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      "Your message to walt@example.org couldn't be delivered.",
      "walt@example.org's mailbox is full.",
      '',
      'Diagnostic information for administrators:',
      'Generating server: AM0PR01MB1234.eurprd01.prod.exchangelabs.com',
      'walt@example.org',
      "Remote Server returned '550 5.7.1 Delivery failed; host mx.example.org [198.51.100.81] said: 552 5.2.2 walt@example.org Mailbox quota exceeded'",
      '',
    ),
    { ...MAILBOX_FULL, recipient: 'walt@example.org', ...FINAL },
  ],
  [
    'Exchange NDR: the outer 550 5.7.1 is generic, inner says user unknown',
    lines(
      'From: postmaster@example.com',
      'To: alice@example.com',
      'Subject: Undeliverable: Contract draft',
      'Date: Sat, 5 Dec 2026 06:35:10 +0000',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      'Delivery has failed to these recipients or groups:',
      '',
      'xena@example.org',
      "The e-mail address you entered couldn't be found.",
      '',
      'Diagnostic information for administrators:',
      '',
      'Generating server: exch01.example.com',
      '',
      'xena@example.org',
      'smarthost.example.net #550 5.7.1 Message rejected: host mx.example.org[198.51.100.82] said: 550 5.1.1 <xena@example.org>: Recipient address rejected: User unknown ##',
      '',
    ),
    {
      ...USER_UNKNOWN,
      recipient: 'xena@example.org',
      remoteIp: '198.51.100.82',
      ...FINAL,
      confidence: 'high',
    },
  ],
  [
    'Forwarded bounce of a bounce: Fwd of an Undeliverable with the quoted 550 5.1.1',
    lines(
      'From: Alice <alice@example.com>',
      'To: helpdesk@example.com',
      'Subject: Fwd: Undelivered Mail Returned to Sender',
      'Date: Sat, 5 Dec 2026 06:36:00 +0000',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      'Can you see why this keeps failing?',
      '',
      '---------- Forwarded message ---------',
      'From: Mail Delivery System <MAILER-DAEMON@relay.example.com>',
      'Date: Sat, 5 Dec 2026 at 06:31',
      'Subject: Undelivered Mail Returned to Sender',
      'To: <alice@example.com>',
      '',
      'This is the mail system at host relay.example.com.',
      '',
      '<yuri@example.org>: host mx.example.org[198.51.100.83] said: 550 5.1.1',
      '    <yuri@example.org>: Recipient address rejected: User unknown in virtual',
      '    mailbox table (in reply to RCPT TO command)',
      '',
    ),
    { ...USER_UNKNOWN, recipient: 'yuri@example.org', ...FINAL },
  ],
  [
    'Bounce of a bounce: the bounce itself could not be returned (original reason quoted)',
    textEmail(
      'MAILER-DAEMON@relay.example.com (Mail Delivery System)',
      'Postmaster Copy: Undelivered Mail',
      [
        'This is the mail system at host relay.example.com.',
        '',
        'The original message could not be delivered, and the delivery status notification',
        'could not be returned to its sender either.',
        '',
        '<zoe@example.org>: host mx.example.org[198.51.100.84] said: 552 5.2.2 <zoe@example.org>:',
        '    Mailbox full (in reply to RCPT TO command)',
      ],
      'postmaster@example.com',
    ),
    { ...MAILBOX_FULL, recipient: 'zoe@example.org', ...FINAL },
  ],
  [
    'Mimecast bounce: the downstream server rejected after Mimecast accepted',
    textEmail('Mimecast <postmaster@mimecast.example.com>', 'Message Delivery Failure', [
      'Your message could not be delivered to the following recipient(s):',
      '',
      'Recipient: abe@example.org',
      'Reason: Remote server rejected the message: 550 5.7.1 <abe@example.org>: Recipient address rejected: This mailbox does not accept mail from external senders',
      'Remote host: mx.example.org (198.51.100.85)',
    ]),
    {
      cause: ['recipient-restricted', 'blocked-by-recipient'],
      reason: ['rejected', 'securityerror'],
      side: 'recipient',
      recipient: 'abe@example.org',
      remoteIp: '198.51.100.85',
      ...FINAL,
    },
  ],
  [
    'Barracuda ESS bounce: the remote server rejected the message as spam',
    textEmail(
      'Barracuda Email Security Service <noreply@barracuda.example.com>',
      'Undeliverable: Contract draft',
      [
        'The message could not be delivered.',
        '',
        'Recipient: bea@example.org',
        'Remote host said: 554 5.7.1 Message rejected due to content restrictions (spam score 12.3)',
      ],
    ),
    { ...SPAM, recipient: 'bea@example.org', ...FINAL },
  ],
  [
    'Proofpoint Essentials: downstream reported 5.4.1 recipient address rejected (M365 DBEB)',
    textEmail(
      'Proofpoint Essentials <mailer-daemon@proofpoint.example.com>',
      'Delivery Status Notification (Failure)',
      [
        'Delivery to the following recipients failed permanently:',
        '',
        '    cam@example.org',
        '',
        'Technical details of permanent failure:',
        'Remote host said: 550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [AM4PEPF00027A6E.eurprd04.prod.outlook.com]',
      ],
    ),
    { ...MS_NOT_FOUND, recipient: 'cam@example.org', ...FINAL },
  ],
  [
    'SES bounce: downstream 550 5.7.1 blocklisted relay IP named by the receiver',
    dsnMail({
      mta: 'dsn; a27-12.smtp-out.eu-west-1.amazonses.com',
      from: 'MAILER-DAEMON@amazonses.com',
      subject: 'Delivery Status Notification (Failure)',
      human: [
        'An error occurred while trying to deliver the mail to the following recipients:',
        'dan@example.org',
      ],
      recipient: 'dan@example.org',
      action: 'failed',
      status: '5.7.1',
      remote: 'mx.example.org',
      diag: '550 5.7.1 Service unavailable, Client host [198.51.100.150] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/198.51.100.150',
    }),
    { ...IP_BLOCK, recipient: 'dan@example.org', ...FINAL },
  ],
  [
    'Postfix bounce via smarthost: Relay access denied said by the far MX (MX does not host the domain)',
    textEmail(
      'MAILER-DAEMON@relay.example.com (Mail Delivery System)',
      'Undelivered Mail Returned to Sender',
      [
        ...postfixNoticeHead('relay.example.com'),
        '<eve@example.org>: host mx.example.org[198.51.100.86] said: 554 5.7.1',
        '    <eve@example.org>: Relay access denied (in reply to RCPT TO command)',
      ],
    ),
    { ...RELAY, recipient: 'eve@example.org', replyCode: 554, remoteIp: '198.51.100.86', ...FINAL },
  ],
  [
    'Postfix bounce: smarthost refused the sender (Sender address rejected: not owned by user)',
    textEmail(
      'MAILER-DAEMON@mail.example.com (Mail Delivery System)',
      'Undelivered Mail Returned to Sender',
      [
        ...postfixNoticeHead('mail.example.com'),
        '<fay@example.org>: host smtp.isp.example.net[203.0.113.25] said: 553 5.7.1',
        '    <alice@example.com>: Sender address rejected: not owned by user',
        '    alice@isp.example.net (in reply to RCPT TO command)',
      ],
    ),
    {
      cause: ['from-not-permitted', 'sender-rejected'],
      reason: 'rejected',
      side: 'sender',
      replyCode: 553,
      ...FINAL,
    },
  ],
  [
    'Postfix bounce: delivery temporarily suspended, last reply quoted from the downstream',
    textEmail(
      'MAILER-DAEMON@relay.example.com (Mail Delivery System)',
      'Undelivered Mail Returned to Sender',
      [
        ...postfixNoticeHead('relay.example.com'),
        '<gus@example.org>: delivery temporarily suspended: host mx.example.org[198.51.100.87]',
        '    refused to talk to me: 554 5.7.1 Your IP 198.51.100.200 is listed on bl.spamcop.net',
      ],
    ),
    { ...IP_BLOCK, remoteIp: '198.51.100.87', recipient: 'gus@example.org' },
  ],
  [
    'Exim bounce from an ISP smarthost: retry timeout exceeded with the last remote error',
    textEmail(
      'Mail Delivery System <Mailer-Daemon@mail.isp.example.net>',
      'Mail delivery failed: returning message to sender',
      [
        'This message was created automatically by mail delivery software.',
        '',
        'A message that you sent could not be delivered to one or more of its',
        'recipients. This is a permanent error. The following address(es) failed:',
        '',
        '  hal@example.org',
        '    retry timeout exceeded',
        '    host mx.example.org [198.51.100.88]: SMTP error from remote mail server after RCPT TO:<hal@example.org>:',
        '    451 4.3.0 Temporary lookup failure',
      ],
    ),
    {
      cause: ['delivery-expired', 'server-unavailable', 'system-error', 'recipient-server-unreachable'],
      reason: ['expired', 'systemerror'],
      recipient: 'hal@example.org',
      ...FINAL,
    },
  ],
  [
    "Exim bounce: the smarthost passed on the far server's 550 after end of data (DMARC)",
    textEmail(
      'Mail Delivery System <Mailer-Daemon@mail.example.com>',
      'Mail delivery failed: returning message to sender',
      [
        'This message was created automatically by mail delivery software.',
        '',
        'A message that you sent could not be delivered to one or more of its',
        'recipients. This is a permanent error. The following address(es) failed:',
        '',
        '  ida@example.org',
        '    host smtp.isp.example.net [203.0.113.25]',
        '    SMTP error from remote mail server after end of data:',
        "    550 5.7.1 Remote server said: 550 5.7.1 Unauthenticated email from example.com is not accepted due to domain's DMARC policy",
      ],
    ),
    { ...DMARC_ANY, recipient: 'ida@example.org', ...FINAL },
  ],
  [
    'Google relay NDR: gave up after the remote server deferred with Yahoo TS01',
    lines(
      '** Message not delivered **',
      '',
      "Your message couldn't be delivered to jon@example.org because the remote server rejected it.",
      '',
      'The response from the remote server was:',
      '421 4.7.0 [TS01] Messages from 209.85.220.41 temporarily deferred due to user complaints - 4.16.55.1',
    ),
    // Gmail's notice says it gave up ("Message not delivered"): final, whatever the quoted 421.
    { ...RATE, ...FINAL },
  ],
];

// ---- Nested replies where the outer words are the specific ones ----
const OUTER_SPECIFIC: RealWorldCase[] = [
  [
    'Outer words specific, inner generic: rejected by mx.example.org: virus found - host said: 554 5.7.1 Rejected',
    "Remote Server returned '554 5.7.1 Message rejected by mx.example.org: virus found (Win.Trojan.Agent-12345) - host said: 554 5.7.1 Rejected'",
    { ...VIRUS, replyCode: 554, ...FINAL, confidence: ['high', 'medium'] },
  ],
  [
    "Outer refused on its own: 550 5.7.1 the relay's own blocklist of the recipient domain",
    '550 5.7.1 Delivery not authorized, message refused: our relay does not deliver to example.org',
    {
      // "Delivery not authorized, message refused" is also Exchange's words for a restricted recipient.
      cause: [
        'own-policy-violation',
        'policy-violation',
        'relay-denied',
        'content-filtered',
        'recipient-restricted',
      ],
      reason: ['policyviolation', 'norelaying', 'filtered', 'rejected'],
      ...FINAL,
    },
  ],
  [
    'Inner 4xx quoted in a 5xx after the relay gave up: mailbox full at the last attempt',
    "550 5.4.7 Delivery expired (message too old) 'Remote server said: 452 4.2.2 The email account that you tried to reach is over quota'",
    { cause: ['mailbox-full', 'delivery-expired'], reason: ['mailboxfull', 'expired'], ...FINAL },
  ],
  [
    'Nested Exchange chain: 5.4.4 hop count exceeded between two relays (loop)',
    "Remote Server returned '554 5.4.14 Hop count exceeded - possible mail loop ATTR34 [VI1EUR02FT040.eop-EUR02.prod.protection.outlook.com]'",
    { cause: 'mail-loop', reason: 'networkerror', replyCode: 554, ...FINAL },
  ],
  [
    'Relay quotes the downstream Gmail PTR refusal',
    "Remote Server returned '550 5.7.25 [198.51.100.150] The IP address sending this message does not have a PTR record setup, or the corresponding forward DNS entry does not match the sending IP. - gsmtp'",
    {
      cause: 'reverse-dns-missing',
      reason: 'requireptr',
      side: 'sender',
      replyCode: 550,
      status: '5.7.25',
      ...FINAL,
    },
  ],
  [
    "Relay quotes the downstream Outlook.com S3150 block of the relay's IP",
    "The response from the remote server was: 550 5.7.1 Unfortunately, messages from [198.51.100.150] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.",
    {
      ...IP_REPUTATION,
      cause: ['ip-blocklisted', 'network-blocklisted', 'ip-reputation'],
      sendingIp: '198.51.100.150',
      ...FINAL,
    },
  ],
  [
    'Relay quotes an Outlook.com 5.7.1 content block in a Postfix bounce line',
    "<kai@example.org>: host smtp.isp.example.net[203.0.113.25] said: 550 5.7.1 Remote host said: 550 5.7.1 Unfortunately, messages from [198.51.100.150] weren't sent. Please contact your Internet service provider. You can tell them that this message was rejected as spam (in reply to end of DATA command)",
    {
      cause: ['spam-filtered', 'ip-reputation', 'ip-blocklisted'],
      reason: ['spamdetected', 'badreputation', 'blocked'],
      side: 'sender',
      recipient: 'kai@example.org',
      ...FINAL,
    },
  ],
  [
    'Relay wrapped a DNS failure at the far end: 550 host said 550 5.1.2 domain not found',
    "Remote Server returned '550 5.1.2 RESOLVER.ADR.RecipientDomainNotFound; host said: 550 5.1.2 <leo@exampel.org>: Recipient address rejected: Domain not found'",
    {
      cause: ['domain-not-found', 'recipient-domain-typo'],
      reason: 'hostunknown',
      recipient: 'leo@exampel.org',
      ...FINAL,
    },
  ],
  [
    'Relay quoting downstream policy: 550 5.7.1 message content rejected by the receiver',
    'Delivery failed. host mx.example.org[198.51.100.89] said: 550 5.7.1 Message content rejected by policy (attachment type .exe not allowed)',
    {
      cause: ['policy-violation', 'content-filtered', 'spam-filtered'],
      reason: ['policyviolation', 'filtered', 'spamdetected'],
      ...FINAL,
    },
  ],
  [
    'Relay quotes a downstream 5.7.606 banned IP (Microsoft)',
    "Remote Server returned '550 5.7.606 Access denied, banned sending IP [198.51.100.150]. To request removal from this list please visit https://sender.office.com/ and follow the directions. For more information please go to http://go.microsoft.com/fwlink/?LinkID=526655 AS(1430)'",
    {
      ...IP_BLOCK,
      cause: ['ip-blocklisted', 'ip-reputation'],
      reason: ['blocked', 'badreputation'],
      replyCode: 550,
      status: '5.7.606',
      provider: MS,
      sendingIp: '198.51.100.150',
      ...FINAL,
    },
  ],
];

export const ROUND_74: RealWorldCase[] = [
  ...RELAYED,
  ...OWN_REFUSAL,
  ...IN_LOGS,
  ...EMAILS,
  ...OUTER_SPECIFIC,
];

export const SECOND_BATCH_74: RealWorldCase[] = [
  [
    'R74b Exchange Online: Remote server returned with the downstream Postfix quota words',
    "Remote Server returned '552 5.2.2 <nell@example.org>: Recipient address rejected: Quota exceeded (mailbox for user is full)'",
    { ...MAILBOX_FULL, recipient: 'nell@example.org', replyCode: 552, status: '5.2.2', ...FINAL },
  ],
  [
    'R74b Exchange 2016 chained: <#5.0.0 smtp;554 5.7.1 sender blocked by the recipient>',
    "Remote Server returned '<#5.0.0 smtp;554 5.7.1 <alice@example.com>: Sender address rejected: Access denied by the recipient (blocked sender list)>'",
    {
      cause: ['blocked-by-recipient', 'sender-rejected'],
      reason: ['rejected', 'blocked'],
      // Postfix's angle address in a 'Sender address rejected' is the sender's.

      ...FINAL,
    },
  ],
  [
    'R74b Postfix log via Mailjet relay: the far Gmail 5.7.26 quoted',
    pfLine(
      'pam@example.org',
      'in-v3.mailjet.com[198.51.100.120]:587',
      '5.7.26',
      'bounced',
      'host in-v3.mailjet.com[198.51.100.120] said: 550 Downstream server said: 550-5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM. (in reply to end of DATA command)',
    ),
    { ...DMARC_ANY, recipient: 'pam@example.org', ...FINAL },
  ],
  [
    'R74b Exim smarthost log: defer with the downstream 421 too many connections',
    '2026-12-05 06:41:10 1tJq9Z-0005Xy-2C == rex@example.org R=smarthost T=remote_smtp_smarthost defer (-46) H=smtp.isp.example.net [203.0.113.25]: SMTP error from remote mail server after RCPT TO:<rex@example.org>: 451 4.7.1 Upstream host mx.example.org said: 421 4.7.0 Too many concurrent connections from your IP',
    {
      cause: ['too-many-connections', 'rate-limited'],
      reason: ['toomanyconn', 'speeding'],
      recipient: 'rex@example.org',
      ...TEMPORARY,
    },
  ],
  [
    'R74b SMTP2GO relay: 550 sender domain not verified (the relay refuses the sender)',
    '550 5.7.1 Sender domain example.com has not been verified. Please verify the sender domain in your SMTP2GO account before sending',
    {
      cause: ['relay-not-authorised', 'from-not-permitted', 'sender-rejected'],
      reason: ['norelaying', 'rejected'],
      side: 'sender',
      ...FINAL,
    },
  ],
  [
    'R74b Microsoft 365 relay of an on-premises server: 550 5.7.1 Unable to relay (the connector refuses)',
    "Remote Server returned '550 5.7.1 Unable to relay for sue@example.org [AM6EUR05FT012.eop-eur05.prod.protection.outlook.com]'",
    { ...RELAY, recipient: 'sue@example.org', replyCode: 550, status: '5.7.1', ...FINAL },
  ],
  [
    'R74b Proofpoint relay: the far server 550 5.1.10 RecipientNotFound quoted',
    'Delivery failed: remote server mx.example.org (198.51.100.91) said: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient ted@example.org not found by SMTP address lookup',
    { ...MS_NOT_FOUND, recipient: 'ted@example.org', remoteIp: '198.51.100.91', ...FINAL },
  ],
  [
    "R74b Barracuda outbound: its own RBL refused the sender's IP, downstream never reached",
    '550 permanent failure for one or more recipients (una@example.org:blocked)',
    {
      cause: [
        'blocked-by-recipient',
        'ip-blocklisted',
        'policy-violation',
        'connection-rejected',
        'content-filtered',
      ],
      reason: ['blocked', 'rejected', 'policyviolation', 'filtered'],
      ...FINAL,
    },
  ],
  [
    'R74b Google Workspace relay notice: remote server said 550 5.7.1 message content refused as spam',
    lines(
      '** Message blocked **',
      '',
      'Your message to vic@example.org has been blocked. See technical details below for more information.',
      '',
      'The response from the remote server was:',
      '554 5.7.1 Message rejected: Spam message rejected by content filter (score 18.9)',
    ),
    { ...SPAM, recipient: 'vic@example.org', ...FINAL },
  ],
  [
    'R74b Exim bounce quoting the smarthost which quoted the far Exchange mailbox-disabled',
    textEmail(
      'Mail Delivery System <Mailer-Daemon@mail.example.com>',
      'Mail delivery failed: returning message to sender',
      [
        'This message was created automatically by mail delivery software.',
        '',
        'A message that you sent could not be delivered to one or more of its',
        'recipients. This is a permanent error. The following address(es) failed:',
        '',
        '  wes@example.org',
        '    host smtp.isp.example.net [203.0.113.25]',
        '    SMTP error from remote mail server after end of data:',
        '    550 Delivery failed: host mx.example.org said: 550 5.2.1 The email account that you tried to reach is disabled.',
      ],
    ),
    {
      cause: ['mailbox-disabled', 'mailbox-inactive'],
      reason: 'suspend',
      side: 'recipient',
      recipient: 'wes@example.org',
      ...FINAL,
    },
  ],
  [
    "R74b DSN from a gateway two hops on: Diagnostic-Code carrying the inner server's virus reply",
    dsnMail({
      mta: 'gw2.example.org',
      from: 'MAILER-DAEMON@gw2.example.org (Mail Delivery System)',
      human: ['Your message was accepted for delivery but the internal server refused it after end of data.'],
      recipient: 'xia@example.org',
      action: 'failed',
      status: '5.7.1',
      remote: 'mail-int.example.org',
      diag: '554 5.7.1 Rejected by internal server: 554 5.7.1 Message contains a virus (Heuristics.Phishing.Email.SpoofedDomain)',
    }),
    { ...VIRUS, recipient: 'xia@example.org', ...FINAL },
  ],
  [
    'R74b ISP smarthost refused on its own: 554 5.7.1 your IP is not allowed to relay through us',
    '554 5.7.1 <yan@example.org>: Relay access denied: your IP 203.0.113.7 is not permitted to send through smtp.isp.example.net',
    { ...RELAY, recipient: 'yan@example.org', replyCode: 554, ...FINAL },
  ],
  [
    'R74b Postfix log: smarthost 451 quoting the far side 550 user unknown (still retrying)',
    pfLine(
      'zed@example.org',
      'smtp.isp.example.net[203.0.113.25]:25',
      '4.0.0',
      'deferred',
      'host smtp.isp.example.net[203.0.113.25] said: 451 4.0.0 Temporary failure: downstream said 550 5.1.1 <zed@example.org>... User unknown (in reply to RCPT TO command)',
    ),
    { ...USER_UNKNOWN, recipient: 'zed@example.org', ...TEMPORARY },
  ],
  [
    'R74b Forwarded bounce: Fwd: Undeliverable with an Exchange chained full mailbox',
    lines(
      'From: Alice <alice@example.com>',
      'To: it@example.com',
      'Subject: FW: Undeliverable: Contract draft',
      'Date: Sat, 5 Dec 2026 06:44:00 +0000',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      'Another one, please check.',
      '',
      '-----Original Message-----',
      'From: Microsoft Outlook <postmaster@example.com>',
      'Sent: Saturday, December 5, 2026 6:40 AM',
      'To: Alice <alice@example.com>',
      'Subject: Undeliverable: Contract draft',
      '',
      'Delivery has failed to these recipients or groups:',
      '',
      'amy@example.org',
      '',
      'Diagnostic information for administrators:',
      '',
      'Generating server: exch01.example.com',
      '',
      'amy@example.org',
      "Remote Server returned '<mx.example.org #5.2.2 smtp;552 5.2.2 Quota exceeded. The recipient mailbox is full>'",
      '',
    ),
    { ...MAILBOX_FULL, recipient: 'amy@example.org', ...FINAL },
  ],
];
