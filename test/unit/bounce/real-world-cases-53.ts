import type { RealWorldCase } from './real-world-cases.js';
import {
  GREYLIST,
  IP_BLOCK,
  IP_REPUTATION,
  lines,
  MAILBOX_FULL,
  postfixNoticeHead,
  RATE,
  SPAM,
  textEmail,
  USER_UNKNOWN,
  VIRUS,
} from './real-world-expectations.js';

/*
 * A fifty-third held-out round: the relay, forwarding and filtering services small domains and hosting
 * providers sit behind, in their own words. MailChannels (the shared-hosting outbound relay: Domain Lockdown
 * and "not authorized to send from", "blocked by MailChannels as spam", the account's rate limit, a relay
 * refusing a server that is no customer, a compromised-account block, a destination's refusal passed back,
 * SMTP AUTH refused), Cloudflare Email Routing (its own DMARC reject, "Upstream error" wrapping Gmail's
 * unauthenticated, unsolicited and over-quota replies, an unverified destination, no routing rule),
 * ImprovMX, Forward Email (its denylist, DMARC, an unconfigured address, phishing), SimpleLogin, addy.io,
 * Apple's private relay and Hide My Email, Firefox Relay; the cloud gateways Check Point Harmony (Avanan),
 * Hornetsecurity and Vade, Libraesva, SpamExperts / N-able Mail Assure, Cloudmark, Sophos Central Email,
 * Trellix/FireEye ETP, Cisco Secure Email, Proofpoint Essentials, Mimecast (anti-spoofing, user entry,
 * IP temporarily blacklisted, unresolvable RFC.5321 from), Barracuda (one refusal for two recipients,
 * Barracuda Reputation, intent analysis, rate control), Microsoft Defender's Tenant Allow/Block List and
 * EOP. Replies, Postfix and Exim log lines, whole DSNs and non-standard notices, some with several
 * recipients, permanent and temporary. The truths held: a hosting relay's refusal to send for a domain is the
 * sender's to fix (its relay settings), not the recipient's; an alias its owner switched off is the
 * recipient's side; a forwarder wrapping its upstream's reply is read by that reply; "Greylisted by <x>" is
 * no blocklisting. Written from knowledge of the services' wording, none from the development corpus,
 * measured before any rule was changed:
 *   round 53  71 cases, 56 right as written (79 %). No case error found. The 15 wrong:
 *             - "not authorized to send from <domain>" and MailChannels' Domain Lockdown (4, incl. a DSN with two
 *               recipients) read as a generic security error on either side, not the relay refusing the
 *               account;
 *             - MailChannels' block of a compromised-looking sender read as the IP blocklisted;
 *             - an alias switched off by its owner (SimpleLogin 'alias is disabled', Firefox Relay 'blocking
 *               all email') and Apple's private relay refusing an unregistered sender domain read as a
 *               security error (3); Firefox Relay's mozmail.com taken for a typo of hotmail.com;
 *             - ImprovMX's 'daily forwarding limit reached' (452 4.5.3) read as too many connections;
 *             - 'Greylisted by Libraesva ESG' read as a blocklisting ('listed by');
 *             - SpamExperts' 'A URL in this email (x) is listed on spamrl.com' read as the IP blocklisted;
 *             - 'Rejected by Cloudmark Sender Intelligence' read as a refused connection;
 *             - Mimecast's 451 'temporarily deferred due to unresolvable RFC.5321 from address' read as a rate;
 *             - Defender's 'blocked by the Tenant Allow/Block List' read as the IP blocklisted.
 *   fixed     as data: reply-phrases.ts ('domain lockdown' / '_mailchannels' as relay-not-authorised; 'not
 *             authorized to send from/for' as from-not-permitted; 'suspicious sending behaviour' as
 *             sender-account-blocked; aliases and masks switched off as mailbox-disabled; Apple's 'registered
 *             for Sign in with Apple' as recipient-restricted (later a cause of its own, private-relay-unregistered, side
 *             sender: the sender registers its domain with Apple); 'forwarding limit reached' as
 *             recipient-rate-limited; 'greylisted by' before the blocklist words; 'cloudmark sender
 *             intelligence' as ip-reputation; 'tenant allow/block list' as blocked-by-recipient; Mimecast's
 *             unresolvable from address, also as its own phrase, as sender-domain-invalid), SpamRL as a domain
 *             blocklist (blocklist-names.ts), alias services' domains as real (typo-domains.ts). 71 of 71.
 *             Then 23 provider checks were added (the texts name the service): 16 of them failed as written,
 *             the services being unknown or their own words not markers. New providers (providers/filters.ts):
 *             Vade, Libraesva, Check Point Harmony (Avanan), Cloudflare Email Routing, Forward Email,
 *             SimpleLogin, addy.io, Firefox Relay; markers 'mailchannels', 'hornetsecurity', 'mail assure',
 *             'barracuda email protection', 'proofpoint essentials', Cisco's "sending MTA's poor reputation";
 *             privaterelay.appleid.com is Apple's. 71 of 71 with them; whole suite green; corpus 366/383,
 *             reply codes 261/274.
 *   then      a second batch of 16 (SECOND_BATCH_53: MailChannels' daily limit and a '_mailchannels TXT record'
 *             refusal, Cloudflare's SPF fail and an upstream Outlook S3150, ImprovMX's unconfigured domain,
 *             Forward Email's rate limit, a SimpleLogin reverse alias used from another mailbox, an addy.io
 *             alias switched off, iCloud over quota, Sophos SXL, a Cisco ACL, Mimecast's Blocked Senders,
 *             Barracuda's SPF hard fail, Vade's recipient rate, an Exim bounce through Hornetsecurity with an
 *             unknown user and a virus), written after the fixes and measured before any change: 14 of 16
 *             right as written. Wrong: 'not permitted to send for example.com by its _mailchannels TXT record'
 *             read as a refused connection, SimpleLogin's 'not allowed to send … through the reverse alias' as
 *             a policy violation. Fixed as data beside the round's phrases; 16 of 16.
 */

// The hosting relay does not let this account send for that domain (MailChannels Domain Lockdown and kin).
const NOT_AUTHORISED = {
  cause: ['relay-not-authorised', 'from-not-permitted', 'sender-account-blocked'],
  reason: ['norelaying', 'rejected', 'securityerror'],
  side: 'sender',
} as const;
// The sender's own relay (hosting provider's smarthost) held the message as spam.
const OUTBOUND = {
  cause: ['outbound-filter', 'spam-filtered'],
  reason: 'spamdetected',
  side: 'sender',
} as const;
const RELAY_RATE = { cause: 'rate-limited', reason: 'speeding', side: 'sender', permanent: false } as const;
// The sender's own message failed authentication at the receiving forwarder or gateway.
const AUTH = {
  cause: ['dmarc-fail', 'auth-failed', 'spf-fail', 'dkim-fail'],
  reason: 'authfailure',
  side: 'sender',
} as const;
// A forwarded copy failed authentication at the final mailbox provider.
const FWD_AUTH = {
  cause: ['forwarded-auth-failed', 'auth-failed', 'dmarc-fail', 'dkim-fail', 'spf-fail'],
  reason: 'authfailure',
} as const;
// The forwarding target (final address) is gone, disabled or unverified.
const FWD_TARGET = {
  cause: ['forward-target-failed', 'user-unknown', 'mailbox-disabled'],
  reason: ['userunknown', 'suspend'],
} as const;
// An alias its owner switched off (SimpleLogin, addy.io, Firefox Relay, Hide My Email).
const ALIAS_OFF = {
  cause: [
    'mailbox-disabled',
    'mailbox-inactive',
    'blocked-by-recipient',
    'recipient-restricted',
    'user-unknown',
  ],
  reason: ['suspend', 'rejected', 'userunknown'],
} as const;
// A gateway's phishing / malicious-link verdict on the content.
const PHISH = {
  cause: ['spam-filtered', 'content-filtered', 'policy-violation', 'virus-found', 'security-error'],
  reason: ['spamdetected', 'filtered', 'policyviolation', 'virusdetected', 'securityerror'],
} as const;
const GATEWAY_POLICY = {
  cause: ['policy-violation', 'spam-filtered', 'content-filtered', 'security-error'],
  reason: ['policyviolation', 'spamdetected', 'filtered', 'securityerror', 'rejected'],
} as const;
const BLOCKED_BY_RECIPIENT = {
  cause: ['blocked-by-recipient', 'sender-rejected'],
  reason: ['rejected', 'blocked'],
} as const;
const TEMP_REPUTATION = { ...IP_REPUTATION, permanent: false } as const;
const SPAM_ANY = {
  cause: ['spam-filtered', 'content-filtered'],
  reason: ['spamdetected', 'filtered'],
} as const;

const mail = (headers: string[], ...body: string[]) => lines(...headers, '', ...body);

interface Dsn {
  from: string;
  mta: string;
  boundary: string;
  text: string[];
  recipients: { address: string; action?: string; status: string; remote?: string; diagnostic: string }[];
  subject?: string;
}

const dsnEmail = (d: Dsn) =>
  mail(
    [
      `From: ${d.from}`,
      'To: alice@example.com',
      `Subject: ${d.subject ?? 'Undelivered Mail Returned to Sender'}`,
      'Date: Fri, 4 Dec 2026 09:31:12 +0000',
      'MIME-Version: 1.0',
      `Content-Type: multipart/report; report-type=delivery-status; boundary="${d.boundary}"`,
    ],
    'This is a MIME-encapsulated message.',
    '',
    `--${d.boundary}`,
    'Content-Description: Notification',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    ...d.text,
    '',
    `--${d.boundary}`,
    'Content-Description: Delivery report',
    'Content-Type: message/delivery-status',
    '',
    `Reporting-MTA: dns; ${d.mta}`,
    'Arrival-Date: Fri,  4 Dec 2026 09:30:58 +0000 (UTC)',
    '',
    ...d.recipients.flatMap((r) => [
      `Final-Recipient: rfc822; ${r.address}`,
      `Original-Recipient: rfc822;${r.address}`,
      `Action: ${r.action ?? 'failed'}`,
      `Status: ${r.status}`,
      ...(r.remote ? [`Remote-MTA: dns; ${r.remote}`] : []),
      `Diagnostic-Code: smtp; ${r.diagnostic}`,
      '',
    ]),
    `--${d.boundary}`,
    'Content-Description: Undelivered Message Headers',
    'Content-Type: text/rfc822-headers',
    '',
    'From: Alice <alice@example.com>',
    'To: undisclosed-recipients:;',
    'Subject: December newsletter',
    '',
    `--${d.boundary}--`,
    '',
  );

const MC_LOCKDOWN =
  '550 5.7.1 [DL] Domain Lockdown: sender account hostco is not authorized to send from example.com. Publish a TXT record at _mailchannels.example.com containing "v=mc1 auth=hostco". See https://support.mailchannels.com/hc/en-us/articles/16918954360845';

const MC_LOCKDOWN_DSN = dsnEmail({
  from: 'MAILER-DAEMON@server12.hostco.example.net (Mail Delivery System)',
  mta: 'server12.hostco.example.net',
  boundary: '8C3F21A0B7.1764840672/server12.hostco.example.net',
  text: [
    ...postfixNoticeHead('server12.hostco.example.net'),
    `<bob@example.org>: host relay.mailchannels.net[198.51.100.20] said: ${MC_LOCKDOWN} (in reply to MAIL FROM command)`,
    '',
    `<carol@example.net>: host relay.mailchannels.net[198.51.100.20] said: ${MC_LOCKDOWN} (in reply to MAIL FROM command)`,
  ],
  recipients: [
    {
      address: 'bob@example.org',
      status: '5.7.1',
      remote: 'relay.mailchannels.net',
      diagnostic: MC_LOCKDOWN,
    },
    {
      address: 'carol@example.net',
      status: '5.7.1',
      remote: 'relay.mailchannels.net',
      diagnostic: MC_LOCKDOWN,
    },
  ],
});

const CPANEL_MC_SPAM = textEmail(
  'Mail Delivery System <Mailer-Daemon@server7.hostco.example.net>',
  'Mail delivery failed: returning message to sender',
  [
    'This message was created automatically by mail delivery software.',
    '',
    'A message that you sent could not be delivered to one or more of its',
    'recipients. This is a permanent error. The following address(es) failed:',
    '',
    '  dave@example.org',
    '    host relay.mailchannels.net [198.51.100.21]',
    '    SMTP error from remote mail server after end of data:',
    '    550 5.7.1 [SR] This message was blocked by MailChannels as spam. If you believe this is an error,',
    '    please contact your hosting provider and quote the reference 4f2a9c. https://mailchannels.zendesk.com/hc/en-us/articles/202191674',
    '',
    '------ This is a copy of the message, including all the headers. ------',
    '',
    'From: Alice <alice@example.com>',
    'To: dave@example.org',
    'Subject: Quote request',
  ],
);

const MAILCHANNELS: RealWorldCase[] = [
  [
    'MailChannels: Exim main log, Domain Lockdown refusal through the cPanel smarthost',
    `2026-12-04 09:14:22 1vQaZx-000Fg1-3Q ** bob@example.org R=mailchannels_smarthost T=mailchannels_smtp H=relay.mailchannels.net [198.51.100.20] X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes: SMTP error from remote mail server after MAIL FROM:<alice@example.com> SIZE=4210: ${MC_LOCKDOWN}`,
    {
      provider: /mailchannels/i,
      ...NOT_AUTHORISED,
      recipient: 'bob@example.org',
      replyCode: 550,
      status: '5.7.1',
      permanent: true,
    },
  ],
  [
    'MailChannels: Postfix DSN, Domain Lockdown, first of two recipients',
    MC_LOCKDOWN_DSN,
    { ...NOT_AUTHORISED, recipient: 'bob@example.org', status: '5.7.1', permanent: true },
  ],
  [
    'MailChannels: Postfix DSN, Domain Lockdown, second of two recipients',
    MC_LOCKDOWN_DSN,
    { ...NOT_AUTHORISED, recipient: 'carol@example.net', status: '5.7.1', index: 1 },
  ],
  [
    'MailChannels: bare reply "not authorized to send from"',
    '550 5.7.1 This sender is not authorized to send from example.com. See https://support.mailchannels.com/hc/en-us/articles/16918954360845 mc3',
    { provider: /mailchannels/i, ...NOT_AUTHORISED, replyCode: 550, status: '5.7.1', permanent: true },
  ],
  [
    'MailChannels: cPanel bounce, blocked by MailChannels as spam',
    CPANEL_MC_SPAM,
    {
      provider: /mailchannels/i,
      ...OUTBOUND,
      recipient: 'dave@example.org',
      replyCode: 550,
      status: '5.7.1',
      permanent: true,
    },
  ],
  [
    'MailChannels: Postfix log, sending rate limit of the hosting account',
    'Dec  4 09:20:11 server12 postfix/smtp[28311]: 5D0E7B2C19: to=<erin@example.net>, relay=relay.mailchannels.net[198.51.100.20]:25, delay=2.1, delays=0.1/0/0.9/1.1, dsn=4.7.1, status=deferred (host relay.mailchannels.net[198.51.100.20] said: 451 4.7.1 Sending rate limit exceeded for account hostco (500 messages per hour). Please slow down and retry later. (in reply to RCPT TO command))',
    { ...RELAY_RATE, recipient: 'erin@example.net', replyCode: 451, status: '4.7.1' },
  ],
  [
    'MailChannels: relay refuses a server that is no customer',
    '554 5.7.1 Relay access denied: 203.0.113.5 is not authorized to relay through MailChannels. Please contact your hosting provider.',
    {
      provider: /mailchannels/i,
      cause: ['relay-not-authorised', 'relay-denied'],
      reason: 'norelaying',
      replyCode: 554,
      permanent: true,
    },
  ],
  [
    'MailChannels: account blocked for compromised-account behaviour',
    '550 5.7.1 Sender alice@example.com has been blocked by MailChannels due to suspicious sending behaviour (possible compromised account). Contact your hosting provider to have it reviewed.',
    {
      cause: ['sender-account-blocked', 'outbound-filter'],
      reason: ['rejected', 'spamdetected'],
      side: 'sender',
      permanent: true,
    },
  ],
  [
    'MailChannels: the destination refusal passed back through the relay',
    'Dec  4 09:25:40 server12 postfix/smtp[28402]: 41B7E9F0A2: to=<frank@example.org>, relay=relay.mailchannels.net[198.51.100.20]:25, delay=3.4, delays=0.1/0/1.2/2.1, dsn=5.1.1, status=bounced (host relay.mailchannels.net[198.51.100.20] said: 550 5.1.1 <frank@example.org>: Recipient address rejected: User unknown in virtual mailbox table (mx.example.org) (in reply to RCPT TO command))',
    { ...USER_UNKNOWN, recipient: 'frank@example.org', replyCode: 550, status: '5.1.1', permanent: true },
  ],
  [
    'MailChannels: SMTP AUTH credentials refused at the relay',
    '535 5.7.8 Error: authentication failed: invalid username or password for smtp.mailchannels.net',
    {
      cause: ['auth-required', 'relay-not-authorised', 'security-error'],
      reason: ['securityerror', 'norelaying'],
      side: 'sender',
      replyCode: 535,
      status: '5.7.8',
    },
  ],
];

const CF_DMARC =
  '550 5.7.26 Email Routing: message rejected: DMARC policy of example.com is reject and the message failed SPF and DKIM alignment. See https://developers.cloudflare.com/email-routing/postmaster/';
const CF_UPSTREAM_AUTH =
  '550 5.7.1 Upstream error, please check https://developers.cloudflare.com/email-routing/postmaster/#errors for possible reasons: 550-5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM.';

const CLOUDFLARE: RealWorldCase[] = [
  [
    'Cloudflare Email Routing: inbound DMARC reject of the sender own message',
    `<info@example.org>: host route1.mx.cloudflare.net[198.51.100.31] said: ${CF_DMARC} (in reply to end of DATA command)`,
    {
      provider: /cloudflare email routing/i,
      ...AUTH,
      recipient: 'info@example.org',
      replyCode: 550,
      status: '5.7.26',
      permanent: true,
    },
  ],
  [
    'Cloudflare Email Routing: Postfix DSN, upstream Gmail refuses the forwarded copy as unauthenticated',
    dsnEmail({
      from: 'MAILER-DAEMON@mail.example.com (Mail Delivery System)',
      mta: 'mail.example.com',
      boundary: '2A9B4C6D8E.1764840999/mail.example.com',
      text: [
        ...postfixNoticeHead(),
        `<contact@example.org>: host route2.mx.cloudflare.net[198.51.100.32] said: ${CF_UPSTREAM_AUTH} (in reply to end of DATA command)`,
      ],
      recipients: [
        {
          address: 'contact@example.org',
          status: '5.7.1',
          remote: 'route2.mx.cloudflare.net',
          diagnostic: CF_UPSTREAM_AUTH,
        },
      ],
    }),
    { ...FWD_AUTH, recipient: 'contact@example.org', permanent: true },
  ],
  [
    'Cloudflare Email Routing: destination address not verified',
    '550 5.1.1 Email Routing: the destination address for sales@example.org has not been verified; the routing rule is inactive.',
    {
      provider: /cloudflare email routing/i,
      ...FWD_TARGET,
      recipient: 'sales@example.org',
      replyCode: 550,
      permanent: true,
    },
  ],
  [
    'Cloudflare Email Routing: no routing rule, catch-all off',
    '550 5.1.1 Address does not exist: no Email Routing rule matches nobody@example.org',
    { ...USER_UNKNOWN, recipient: 'nobody@example.org', replyCode: 550, status: '5.1.1', confidence: 'high' },
  ],
  [
    'Cloudflare Email Routing: temporary upstream error',
    '451 4.3.0 Email Routing: temporary upstream error while forwarding to the destination, please try again later',
    {
      cause: ['server-unavailable', 'system-error', 'delivery-delayed', 'forward-target-failed'],
      reason: ['systemerror', 'expired', 'onhold', 'userunknown'],
      replyCode: 451,
      permanent: false,
      confidence: ['low', 'medium'],
    },
  ],
  [
    'Cloudflare Email Routing: upstream Gmail calls the forwarded copy unsolicited',
    '550 5.7.1 Upstream error, please check https://developers.cloudflare.com/email-routing/postmaster/#errors for possible reasons: 550-5.7.1 [104.30.0.10] Our system has detected that this message is likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been blocked.',
    {
      cause: ['spam-filtered', 'forwarder-ip-blocked', 'ip-reputation'],
      reason: ['spamdetected', 'blocked', 'badreputation'],
      replyCode: 550,
      permanent: true,
    },
  ],
  [
    'Cloudflare Email Routing: upstream mailbox full (temporary)',
    "452 4.2.2 Upstream error, please check https://developers.cloudflare.com/email-routing/postmaster/#errors for possible reasons: 452-4.2.2 The recipient's inbox is out of storage space. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp",
    {
      cause: ['mailbox-full', 'forward-target-failed'],
      reason: 'mailboxfull',
      side: 'recipient',
      replyCode: 452,
      permanent: false,
    },
  ],
];

const FORWARDERS: RealWorldCase[] = [
  [
    'ImprovMX: alias does not exist',
    '550 5.1.1 <sales@example.org>: Recipient address rejected: this alias does not exist on ImprovMX',
    {
      provider: /improvmx/i,
      ...USER_UNKNOWN,
      recipient: 'sales@example.org',
      replyCode: 550,
      status: '5.1.1',
      permanent: true,
    },
  ],
  [
    'ImprovMX SMTP: sender domain not verified on the account',
    '550 5.7.1 Sender address rejected: the domain example.com is not verified on this ImprovMX account, you cannot send as alice@example.com',
    {
      cause: ['from-not-permitted', 'relay-not-authorised', 'sender-rejected'],
      reason: ['rejected', 'norelaying'],
      side: 'sender',
      replyCode: 550,
      permanent: true,
    },
  ],
  [
    'ImprovMX: daily forwarding limit of the receiving domain',
    '452 4.5.3 Daily forwarding limit reached for example.org (free plan), try again tomorrow',
    {
      cause: ['recipient-rate-limited', 'rate-limited'],
      reason: ['speeding', 'exceedlimit'],
      replyCode: 452,
      permanent: false,
    },
  ],
  [
    'ImprovMX: owner notice, the forward to the final mailbox failed (mailbox full)',
    textEmail(
      'ImprovMX <notifications@improvmx.com>',
      'Delivery failure for contact@example.org',
      [
        'Hi,',
        '',
        'We could not forward an email sent to your alias contact@example.org.',
        '',
        'From:        alice@example.com',
        'Forwarded to: owner@example.net',
        '',
        'The destination server responded with:',
        '552 5.2.2 <owner@example.net>: Mailbox full, quota exceeded',
        '',
        'The ImprovMX team',
      ],
      'owner@example.net',
    ),
    {
      cause: ['mailbox-full', 'forward-target-failed'],
      reason: 'mailboxfull',
      side: 'recipient',
      replyCode: 552,
    },
  ],
  [
    'Forward Email: sending IP on its denylist',
    '554 5.7.1 The IP 203.0.113.5 is denylisted by forwardemail.net. To request removal, please visit https://forwardemail.net/denylist?q=203.0.113.5',
    { provider: /forward email/i, ...IP_BLOCK, replyCode: 554, status: '5.7.1', permanent: true },
  ],
  [
    'Forward Email: failed DMARC',
    '550 5.7.1 The email sent has failed DMARC and has been rejected (p=reject for example.com). See https://forwardemail.net/faq#do-you-support-dmarc',
    { ...AUTH, replyCode: 550, permanent: true },
  ],
  [
    'Forward Email: address not configured for forwarding',
    '550 5.1.1 ghost@example.org is not configured for forwarding (no forward-email TXT record matches this address)',
    { ...USER_UNKNOWN, recipient: 'ghost@example.org', replyCode: 550, permanent: true },
  ],
  [
    'Forward Email: phishing verdict',
    '554 5.7.1 Message detected as spam and rejected by Forward Email: phishing link detected',
    { ...PHISH, replyCode: 554, permanent: true },
  ],
  [
    'Forward Email: the final mailbox refused the forward (account disabled)',
    '550 5.7.1 Forwarding failed: destination gmail-smtp-in.l.google.com said 550-5.2.1 The email account that you tried to reach is disabled.',
    { ...FWD_TARGET, replyCode: 550, permanent: true },
  ],
  [
    'SimpleLogin: alias disabled by its owner',
    '550 5.7.1 <news.x7k2@simplelogin.com>: alias is disabled by its owner',
    {
      provider: /simplelogin/i,
      ...ALIAS_OFF,
      recipient: 'news.x7k2@simplelogin.com',
      replyCode: 550,
      permanent: true,
    },
  ],
  [
    'SimpleLogin: notice, the mailbox behind the alias refused a forwarded email',
    textEmail(
      'SimpleLogin <noreply@simplelogin.io>',
      'Email cannot be forwarded to your mailbox',
      [
        'Hi owner@example.net,',
        '',
        'An email sent to your alias shop.q2@simplelogin.com from shop@example.com was refused by your mailbox owner@example.net.',
        '',
        'The receiving server says: 552 5.2.2 Mailbox full',
        '',
        'Please make sure your mailbox can receive emails.',
        '',
        'Best,',
        'SimpleLogin team.',
      ],
      'owner@example.net',
    ),
    { cause: ['mailbox-full', 'forward-target-failed'], reason: 'mailboxfull', side: 'recipient' },
  ],
  [
    'addy.io: deleted alias',
    '550 5.1.1 <old@alias.example.org>: Recipient address rejected: Address does not exist',
    {
      ...USER_UNKNOWN,
      recipient: 'old@alias.example.org',
      replyCode: 550,
      status: '5.1.1',
      confidence: 'high',
    },
  ],
  [
    'addy.io: alias deactivated',
    '550 5.1.1 <promo@alias.example.org>: this alias is inactive (deactivated by its owner)',
    { ...ALIAS_OFF, recipient: 'promo@alias.example.org', replyCode: 550, permanent: true },
  ],
  [
    'addy.io: monthly bandwidth of the alias owner exhausted',
    '552 5.2.2 <news@alias.example.org>: the owner of this alias has reached their monthly bandwidth limit',
    {
      cause: ['mailbox-full', 'recipient-rate-limited', 'size-limit-exceeded'],
      reason: ['mailboxfull', 'speeding', 'exceedlimit'],
      side: 'recipient',
      replyCode: 552,
    },
  ],
  [
    'Apple private relay: sender domain not registered for Sign in with Apple',
    '550 5.7.1 <x7k2p9qz4r@privaterelay.appleid.com>: the sending domain example.com is not registered for Sign in with Apple private email relay',
    {
      provider: /apple/i,
      cause: 'private-relay-unregistered',
      reason: 'rejected',
      side: 'sender',
      recipient: 'x7k2p9qz4r@privaterelay.appleid.com',
      replyCode: 550,
      permanent: true,
    },
  ],
  [
    'iCloud: CS01 local policy',
    '554 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137',
    {
      cause: ['policy-violation', 'spam-filtered', 'content-filtered', 'ip-reputation'],
      reason: ['policyviolation', 'spamdetected', 'filtered', 'badreputation', 'blocked'],
      replyCode: 554,
      status: '5.7.1',
      permanent: true,
      confidence: ['low', 'medium'],
    },
  ],
  [
    'iCloud Hide My Email: address deactivated',
    '550 5.1.1 <quiet-owl.0k@icloud.com>: user does not exist (Hide My Email address deactivated)',
    { ...ALIAS_OFF, recipient: 'quiet-owl.0k@icloud.com', replyCode: 550, permanent: true },
  ],
  [
    'Firefox Relay: mask deleted',
    '550 5.1.1 Address not found: the Firefox Relay mask abc123@mozmail.com no longer exists',
    {
      provider: /firefox relay/i,
      ...USER_UNKNOWN,
      recipient: 'abc123@mozmail.com',
      replyCode: 550,
      permanent: true,
    },
  ],
  [
    'Firefox Relay: mask blocking all email',
    '550 5.7.1 The owner of the Firefox Relay mask def456@mozmail.com is blocking all email to it',
    { ...ALIAS_OFF, recipient: 'def456@mozmail.com', replyCode: 550, permanent: true },
  ],
];

const MIMECAST_REF = 'https://community.mimecast.com/docs/DOC-1369';

const GATEWAYS: RealWorldCase[] = [
  [
    'Check Point Harmony Email (Avanan): phishing',
    '554 5.7.1 Message rejected by Check Point Harmony Email & Collaboration: phishing detected (ref: a1b2c3d4)',
    { provider: /check point/i, ...PHISH, replyCode: 554, status: '5.7.1', permanent: true },
  ],
  [
    'Avanan: own organisation DLP policy blocked the outgoing mail',
    "550 5.7.1 Your message to bob@example.org was blocked by your organization's DLP policy (Avanan)",
    {
      cause: ['outbound-filter', 'policy-violation', 'content-filtered'],
      reason: ['spamdetected', 'policyviolation', 'filtered'],
      replyCode: 550,
      permanent: true,
    },
  ],
  [
    'Hornetsecurity: spam content',
    '554 5.7.1 Message rejected by Hornetsecurity: spam content detected',
    { provider: /hornetsecurity/i, ...SPAM, replyCode: 554, permanent: true },
  ],
  [
    'Hornetsecurity: IP temporarily blocked for poor reputation',
    '421 4.7.0 Your IP 203.0.113.5 is temporarily blocked due to poor reputation (hornetsecurity.com)',
    { ...TEMP_REPUTATION, replyCode: 421, status: '4.7.0' },
  ],
  [
    'Vade: spam',
    '550 5.7.1 Message blocked by Vade Secure: spam',
    { provider: /vade/i, ...SPAM, replyCode: 550, permanent: true },
  ],
  [
    'Libraesva: virus',
    '550 5.7.1 Virus found: Win.Trojan.Agent-1234 (Libraesva ESG)',
    { provider: /libraesva/i, ...VIRUS, replyCode: 550, permanent: true },
  ],
  [
    'Libraesva: greylisted',
    '451 4.7.1 Greylisted by Libraesva ESG, please try again later',
    { ...GREYLIST, replyCode: 451, permanent: false },
  ],
  [
    'SpamExperts: a URL of the message on a URI blocklist',
    '550 A URL in this email (example.net) is listed on https://spamrl.com/. Please resolve and retry',
    {
      cause: ['domain-blocklisted', 'spam-filtered', 'content-filtered'],
      reason: ['blocked', 'spamdetected', 'filtered'],
      side: 'sender',
      replyCode: 550,
      permanent: true,
    },
  ],
  [
    'N-able Mail Assure: spam',
    '550 5.7.1 Your message was rejected because it was classified as spam (N-able Mail Assure)',
    { provider: /mail assure/i, ...SPAM, replyCode: 550, permanent: true },
  ],
  [
    'Cloudmark Sender Intelligence: IP rejected',
    '550 5.7.1 Rejected by Cloudmark Sender Intelligence (CSI) - see https://csi.cloudmark.com/reset-request/?ip=203.0.113.5',
    { ...IP_REPUTATION, replyCode: 550, permanent: true },
  ],
  [
    'Cloudmark: spam',
    '554 5.7.1 Message rejected as spam by Cloudmark Authority',
    { ...SPAM, replyCode: 554, permanent: true, confidence: 'high' },
  ],
  [
    'Sophos Central Email: spam signature',
    '550 5.7.1 Your message was blocked by Sophos Email: message content matched a spam signature',
    { provider: /sophos/i, ...SPAM_ANY, replyCode: 550, permanent: true },
  ],
  [
    'Sophos Central Email: unknown user',
    '550 5.1.1 <gina@example.org>: Recipient address rejected: User unknown in Sophos Central directory',
    { ...USER_UNKNOWN, recipient: 'gina@example.org', replyCode: 550, status: '5.1.1', confidence: 'high' },
  ],
  [
    'Trellix Email Security: malicious URL',
    '554 5.7.1 Message rejected by Trellix Email Security (ETP): malicious URL detected',
    { provider: /trellix/i, ...PHISH, replyCode: 554, permanent: true },
  ],
  [
    'FireEye ETP: sender IP on the block list',
    '550 5.7.1 Rejected by FireEye ETP: sender IP 203.0.113.5 is on the block list',
    {
      cause: ['ip-blocklisted', 'blocked-by-recipient'],
      reason: ['blocked', 'rejected'],
      replyCode: 550,
      permanent: true,
    },
  ],
  [
    'Cisco Secure Email: SBRS poor reputation',
    "554 Your access to this mail system has been rejected due to the sending MTA's poor reputation. If you believe that this failure is in error, please contact the intended recipient via alternate means.",
    { provider: /cisco/i, ...IP_REPUTATION, replyCode: 554, permanent: true },
  ],
  [
    'Cisco Secure Email: bounce email, unknown address error',
    textEmail(
      'Mail Delivery System <MAILER-DAEMON@esa1.example.org>',
      'Delivery Status Notification (Failure)',
      [
        'The following message to <hank@example.org> was undeliverable.',
        'The reason for the problem:',
        "5.1.0 - Unknown address error 550-'#5.1.0 Address rejected.'",
      ],
    ),
    { ...USER_UNKNOWN, recipient: 'hank@example.org', replyCode: 550, permanent: true },
  ],
  [
    'Cisco Secure Email: hourly recipient limit',
    '452 #4.3.0 Too many recipients received this hour. Please see our rate limit policy',
    { ...RATE, replyCode: 452, permanent: false },
  ],
  [
    'Proofpoint Essentials: ipcheck block',
    '554 5.7.1 Blocked - see https://ipcheck.proofpoint.com/?ip=203.0.113.5',
    { ...IP_REPUTATION, replyCode: 554, status: '5.7.1', permanent: true },
  ],
  [
    'Proofpoint Essentials: recipient filter rule',
    "550 5.7.1 Delivery not authorized, message refused: blocked by the recipient's filter rule (Proofpoint Essentials)",
    {
      provider: /proofpoint/i,
      cause: ['content-filtered', 'blocked-by-recipient', 'recipient-restricted'],
      reason: ['filtered', 'rejected'],
      side: 'recipient',
      replyCode: 550,
      permanent: true,
    },
  ],
  [
    'Mimecast: header based anti-spoofing policy',
    `550 Rejected by header based Anti-Spoofing policy: bob@example.org - ${MIMECAST_REF}#550 [Tx3YpRz0NQGv1kIQA8fV4g.us186]`,
    {
      cause: ['policy-violation', 'dmarc-fail', 'auth-failed', 'sender-rejected', 'spf-fail'],
      reason: ['policyviolation', 'authfailure', 'rejected'],
      side: 'sender',
      replyCode: 550,
      permanent: true,
    },
  ],
  [
    'Mimecast: envelope blocked by a user entry',
    `550 Envelope blocked - User Entry - ${MIMECAST_REF}#550 [aB3dE5fG7hJ9kL1mN3pQ5r.uk12]`,
    { ...BLOCKED_BY_RECIPIENT, replyCode: 550, permanent: true },
  ],
  [
    'Mimecast: IP temporarily blacklisted',
    `451 IP temporarily blacklisted - ${MIMECAST_REF}#451`,
    { ...TEMP_REPUTATION, replyCode: 451 },
  ],
  [
    'Mimecast: invalid recipient in an Exchange relay log',
    `550 Invalid Recipient - ${MIMECAST_REF}#550 [x9Y8z7W6v5U4t3S2r1Q0pO.us11]`,
    { ...USER_UNKNOWN, replyCode: 550, permanent: true },
  ],
  [
    'Mimecast: security policies',
    `554 Email rejected due to security policies - ${MIMECAST_REF}#554`,
    {
      provider: /mimecast/i,
      ...GATEWAY_POLICY,
      replyCode: 554,
      permanent: true,
      confidence: ['low', 'medium'],
    },
  ],
  [
    'Mimecast: unresolvable envelope sender domain (temporary)',
    `451 Message temporarily deferred due to unresolvable RFC.5321 from address - ${MIMECAST_REF}#451`,
    {
      cause: ['sender-domain-invalid', 'sender-verify-failed'],
      reason: 'rejected',
      side: 'sender',
      replyCode: 451,
      permanent: false,
    },
  ],
  [
    'Barracuda: Postfix DSN, one refusal for two recipients (first)',
    dsnEmail({
      from: 'MAILER-DAEMON@mail.example.com (Mail Delivery System)',
      mta: 'mail.example.com',
      boundary: 'E7F1D3C5B2.1764841234/mail.example.com',
      text: [
        ...postfixNoticeHead(),
        '<ivan@example.org>: host d123456.ess.barracudanetworks.com[198.51.100.44] said: 550 permanent failure for one or more recipients (ivan@example.org:blocked,judy@example.org:blocked) (in reply to end of DATA command)',
        '',
        '<judy@example.org>: host d123456.ess.barracudanetworks.com[198.51.100.44] said: 550 permanent failure for one or more recipients (ivan@example.org:blocked,judy@example.org:blocked) (in reply to end of DATA command)',
      ],
      recipients: ['ivan@example.org', 'judy@example.org'].map((address) => ({
        address,
        status: '5.0.0',
        remote: 'd123456.ess.barracudanetworks.com',
        diagnostic:
          '550 permanent failure for one or more recipients (ivan@example.org:blocked,judy@example.org:blocked)',
      })),
    }),
    {
      provider: /barracuda/i,
      cause: ['spam-filtered', 'content-filtered', 'policy-violation', 'blocked-by-recipient'],
      reason: ['spamdetected', 'filtered', 'policyviolation', 'rejected', 'blocked'],
      recipient: 'ivan@example.org',
      replyCode: 550,
      permanent: true,
    },
  ],
  [
    'Barracuda: Barracuda Reputation block',
    '554 Service unavailable; Client host [203.0.113.5] blocked using Barracuda Reputation; http://www.barracudanetworks.com/reputation/?r=1&ip=203.0.113.5',
    { ...IP_BLOCK, replyCode: 554, permanent: true },
  ],
  [
    'Barracuda Email Protection: intent analysis',
    '550 5.7.1 Message rejected by Barracuda Email Protection: Intent analysis (phishing)',
    // Intent Analysis blocks a message for a domain linked in its body that is in Barracuda's database of
    // spammers' and phishers' URLs (campus.barracuda.com): a domain blocklisting.
    {
      provider: /barracuda/i,
      cause: 'domain-blocklisted',
      reason: 'blocked',
      replyCode: 550,
      permanent: true,
    },
  ],
  [
    'Barracuda: rate control deferral',
    '421 4.7.0 Rate limit exceeded for 203.0.113.5, try again later (Barracuda rate control)',
    { ...RATE, replyCode: 421, permanent: false },
  ],
  [
    'Microsoft Defender for Office 365: Tenant Allow/Block List',
    "Remote server returned '550 5.7.1 Message rejected: the sender alice@example.com is blocked by the Tenant Allow/Block List of the recipient organization'",
    { ...BLOCKED_BY_RECIPIENT, replyCode: 550, status: '5.7.1', permanent: true },
  ],
  [
    'Exchange Online: outbound policy blocks automatic forwarding',
    "Remote server returned '550 5.7.520 Access denied, Your organization does not allow external forwarding. Please contact your administrator for further assistance. AS(7555)'",
    {
      cause: 'external-forwarding-blocked',
      reason: 'rejected',
      side: 'sender',
      replyCode: 550,
      status: '5.7.520',
    },
  ],
  [
    'Exchange Online Protection: traffic not accepted from this IP',
    "Remote server returned '550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653 AS(7230)'",
    { ...IP_REPUTATION, replyCode: 550, status: '5.7.708', permanent: true },
  ],
  [
    'Exim log: two recipients refused by a Proofpoint Essentials gateway, the second',
    lines(
      '2026-12-04 10:02:11 1vQbC1-000Gh2-5T ** kate@example.org R=dnslookup T=remote_smtp H=mx1-us1.ppe-hosted.com [198.51.100.50] X=TLS1.2:ECDHE-RSA-AES256-GCM-SHA384:256 CV=yes: SMTP error from remote mail server after RCPT TO:<kate@example.org>: 550 5.1.1 User Unknown',
      '2026-12-04 10:02:11 1vQbC1-000Gh2-5T == leo@example.org R=dnslookup T=remote_smtp defer (-44) H=mx1-us1.ppe-hosted.com [198.51.100.50]: SMTP error from remote mail server after RCPT TO:<leo@example.org>: 452 4.2.2 Mailbox over quota',
    ),
    {
      ...MAILBOX_FULL,
      recipient: 'leo@example.org',
      replyCode: 452,
      status: '4.2.2',
      permanent: false,
      index: 1,
    },
  ],
  [
    'Postfix delay notice: Hornetsecurity greylisting-like deferral',
    lines(
      'This is the mail system at host mail.example.com.',
      '',
      '####################################################################',
      '# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #',
      '####################################################################',
      '',
      'Your message could not be delivered for more than 4 hour(s).',
      'It will be retried until it is 5 day(s) old.',
      '',
      '<mia@example.org>: host mx01.hornetsecurity.com[198.51.100.60] said: 421 4.7.0 Your IP 203.0.113.5 is temporarily blocked due to poor reputation (hornetsecurity.com) (in reply to MAIL FROM command)',
    ),
    { ...TEMP_REPUTATION, recipient: 'mia@example.org', replyCode: 421 },
  ],
];

export const ROUND_53: RealWorldCase[] = [...MAILCHANNELS, ...CLOUDFLARE, ...FORWARDERS, ...GATEWAYS];

const HORNET_TWO = textEmail(
  'Mail Delivery System <Mailer-Daemon@mail.example.com>',
  'Mail delivery failed: returning message to sender',
  [
    'This message was created automatically by mail delivery software.',
    '',
    'A message that you sent could not be delivered to one or more of its',
    'recipients. This is a permanent error. The following address(es) failed:',
    '',
    '  nina@example.org',
    '    host mx-01.hornetsecurity.com [198.51.100.61]',
    '    SMTP error from remote mail server after RCPT TO:<nina@example.org>:',
    '    550 5.1.1 <nina@example.org>: Recipient address rejected: No such user',
    '  oscar@example.org',
    '    host mx-01.hornetsecurity.com [198.51.100.61]',
    '    SMTP error from remote mail server after end of data:',
    '    554 5.7.1 Message rejected: virus found (Eicar-Test-Signature)',
  ],
);

export const SECOND_BATCH_53: RealWorldCase[] = [
  [
    'MailChannels: daily sending limit of the hosting account (final)',
    '554 5.7.1 Your account has exceeded its daily sending limit of 1000 messages via MailChannels. Contact your hosting provider.',
    {
      cause: ['rate-limited', 'sender-account-blocked'],
      reason: ['speeding', 'rejected'],
      side: 'sender',
      replyCode: 554,
    },
  ],
  [
    'MailChannels: mailbox not permitted by the domain _mailchannels record',
    '550 5.7.0 Message rejected: the sending account is not permitted to send for example.com by its _mailchannels TXT record',
    { ...NOT_AUTHORISED, replyCode: 550, status: '5.7.0', permanent: true },
  ],
  [
    'Cloudflare Email Routing: SPF hard fail of the sender',
    '550 5.7.1 Email Routing: message rejected because the SPF check for example.com failed (-all)',
    { ...AUTH, replyCode: 550, permanent: true },
  ],
  [
    'Cloudflare Email Routing: upstream Outlook blocks the forwarding network',
    "550 5.7.1 Upstream error, please check https://developers.cloudflare.com/email-routing/postmaster/#errors for possible reasons: 550 5.7.1 Unfortunately, messages from [104.30.0.20] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150).",
    {
      cause: ['forwarder-ip-blocked', 'ip-blocklisted', 'network-blocklisted'],
      reason: 'blocked',
      replyCode: 550,
      permanent: true,
    },
  ],
  [
    'ImprovMX: domain not set up on the forwarder',
    '550 5.7.1 Relaying denied: the domain example.org is not set up on ImprovMX',
    {
      cause: ['relay-denied', 'not-accepting-mail', 'domain-not-found'],
      reason: ['norelaying', 'notaccept', 'hostunknown'],
      replyCode: 550,
      permanent: true,
    },
  ],
  [
    'Forward Email: too many emails from the IP',
    '421 4.7.0 Too many emails from your IP 203.0.113.5, please try again in 10 minutes (forwardemail.net rate limit)',
    { ...RATE, replyCode: 421, permanent: false },
  ],
  [
    'SimpleLogin: reverse alias used from a mailbox not allowed to send',
    '550 5.7.1 Your mailbox owner@example.net is not allowed to send emails through the reverse alias ra+shop@simplelogin.co',
    {
      cause: ['from-not-permitted', 'sender-rejected', 'relay-not-authorised'],
      reason: ['rejected', 'norelaying'],
      side: 'sender',
      replyCode: 550,
      permanent: true,
    },
  ],
  [
    'addy.io: alias switched off',
    '550 5.1.1 <sale@alias.example.org>: Mailbox unavailable: this alias has been deactivated by its owner',
    { ...ALIAS_OFF, recipient: 'sale@alias.example.org', replyCode: 550, permanent: true },
  ],
  [
    'iCloud: over quota',
    '552 5.2.2 <paul@icloud.com>: user is over quota',
    { ...MAILBOX_FULL, recipient: 'paul@icloud.com', replyCode: 552, status: '5.2.2' },
  ],
  [
    'Sophos Email: poor IP reputation (SXL)',
    '550 Rejected by Sophos Email: sender IP 203.0.113.5 has a poor reputation (SXL)',
    { ...IP_REPUTATION, replyCode: 550, permanent: true },
  ],
  [
    'Cisco Secure Email: ACL rejection for sender reputation',
    "554 5.7.1 ACL: Rejecting due to sender IP reputation. Contact the recipient's administrator",
    { ...IP_REPUTATION, replyCode: 554, status: '5.7.1', permanent: true },
  ],
  [
    'Mimecast: blocked senders policy for the header From',
    `550 Rejected by header based Blocked Senders - Block policy for Header From - ${MIMECAST_REF}#550 [Qz1Wx2Ec3Rv4Tb5Yn6Um7.eu4]`,
    { ...BLOCKED_BY_RECIPIENT, replyCode: 550, permanent: true },
  ],
  [
    'Barracuda Email Protection: SPF hard fail',
    '550 5.7.1 Sender rejected: SPF hard fail for example.com (Barracuda Email Protection)',
    { ...AUTH, replyCode: 550, permanent: true },
  ],
  [
    'Vade: too many recipients from the IP (temporary)',
    '451 4.7.1 Vade: too many recipients from 203.0.113.5, slow down and retry later',
    { ...RATE, replyCode: 451, permanent: false },
  ],
  [
    'Hornetsecurity: Exim bounce, the unknown first recipient',
    HORNET_TWO,
    {
      ...USER_UNKNOWN,
      recipient: 'nina@example.org',
      replyCode: 550,
      status: '5.1.1',
      permanent: true,
      confidence: 'high',
    },
  ],
  [
    'Hornetsecurity: Exim bounce, the second recipient refused for a virus',
    HORNET_TWO,
    { ...VIRUS, recipient: 'oscar@example.org', replyCode: 554, status: '5.7.1', permanent: true, index: 1 },
  ],
];
