import type { RealWorldCase } from './real-world-cases.js';
import {
  AUTH_REQUIRED,
  IP_BLOCK,
  LOOP,
  lines,
  MAILBOX_FULL,
  MS_NOT_FOUND,
  NOT_RFC,
  PTR,
  RELAY,
  RESTRICTED,
  TOO_BIG,
  USER_UNKNOWN,
} from './real-world-expectations.js';

/*
 * A sixty-fourth held-out round: Microsoft's mail systems in depth, beyond the common codes round 16 took from
 * the NDR reference. Exchange Online's rarer and newer codes (5.7.124, 5.7.129, 5.7.133-136, moderation
 * rejected and expired, 5.7.501-512, 5.7.515, 5.7.520, 5.7.606, 5.7.705/708/750, 5.1.8, 5.1.10, 5.1.90, 5.2.2,
 * 5.2.121/122, 5.3.190, 5.4.1 with AS(201806281) and ATTR35, 5.4.6, 5.4.8, 5.4.14 ATTR34, 5.4.300, 5.4.310,
 * 5.4.312, 4.4.316/5.4.316, 4.4.317/5.4.317 for a certificate and for STARTTLS, 5.4.318, 5.6.11, 5.7.23,
 * 5.7.25, 5.7.54, 5.7.57, 5.7.60, 5.7.64), in the forms admins see: the 2017 NDR layout ("Your message to x
 * couldn't be delivered", "Action Required", "How to Fix It", "More Info for Email Admins", "Original Message
 * Details", "Error Details"), Exchange Server 2013-2019's "Diagnostic information for administrators …
 * Remote Server returned '…'" and 2007/2010's "#550 … ##" form, a delay notice, Get-Queue's LastError (list
 * and table), Get-MessageTraceDetail's "Reason: [{LED=…};{MSG=};{FQDN=};{IP=};{LRT=}]", and Outlook.com and
 * Hotmail's replies (S3140, S3150, S775, S843, S3114, 4.7.500 with AS codes, RP-001, mailbox unavailable,
 * Microsoft's own Spamhaus wording); RESOLVER.ADR/RST, ROUTING, STOREDRV, QUEUE and SMTPSEND diagnostics.
 * Written from knowledge of these texts, none from the development corpus, measured before any rule was
 * changed:
 *   round 64  79 cases, 71 right as written (90 %). One miss our error: 5.2.121's "limit of messages it can
 *             receive from this sender per hour" is as fairly the sender's own rate to that mailbox (widened).
 *             Two expectations widened beside a miss of the rules: Microsoft documents 5.7.501-503 as a
 *             sending account banned for spam, not only an IP; 5.4.8 is as often the sender's hybrid routing
 *             as the recipient's DNS (side no longer asserted). The rules' misses (7):
 *             - no provider recognised where the text is plainly Microsoft's, so its code table went unused:
 *               an NDR whose only host is "….prod.exchangelabs.com" (5.4.8 gave unknown), 5.7.503 with only
 *               delist@microsoft.com (read as spam content from the word "spam"), 5.3.190 in an on-premises
 *               NDR (unknown), 5.2.122 "RecipientThresholdExceeded … exceeded its hourly receiving limit"
 *               (read as a full mailbox);
 *             - 5.7.64 TenantAttribution read as a plain relay refusal ("Relay Access Denied" outranked the
 *               code): it is the sender's server that no inbound connector recognised;
 *             - STOREDRV.Deliver StoragePermanentException.MapiExceptionNoAccess read as an unknown user
 *               from the NDR's "mailbox is unavailable";
 *             - Get-Queue's "certificate specified in TlsCertificateName of the SendConnector could not be
 *               found" read as a security error on either side, when it is the sender's own server.
 *   fixed     as data (providers/microsoft.ts): markers prod.exchangelabs.com, delist@microsoft.com, "journaling
 *             archive", RecipientThresholdExceeded; its words TenantAttribution (relay-not-authorised),
 *             RecipientThresholdExceeded (recipient-rate-limited), StoragePermanentException (system-error);
 *             in reply-phrases.ts "failed to resolve to public ip" (no working MX), "hourly receiving limit"
 *             and "messages it can receive" (the recipient's rate). real-world-cases.ts's 5.7.64 case widened to
 *             relay-not-authorised. 78 of 79 right; corpus 366/383, reply codes 261/274 unchanged.
 *   then      a second batch of 14 (SECOND_BATCH_64: S3150 relayed in Exchange 2010's "#< #5.7.1 smtp;…>" form,
 *             Postfix log lines of Outlook.com's 4.7.650 and 5.7.515, trace details of 5.7.708 and 5.7.513,
 *             5.4.1 AS(201806281) in the NDR layout, 5.4.317 over a remote's "STARTTLS is required", Hotmail's
 *             SC-001, Queue Viewer's "Connection dropped due to TimedOut", Get-MessageTrackingLog's
 *             RecipientStatus, RESOLVER.RST.NotAuthorized under newer user text, STOREDRV.Submission's
 *             SubmissionQuotaExceededException behind "mailbox full", a delay notice whose reason is "Server at
 *             x returned '451 4.4.0 DNS query failed …'", 5.7.502), written after the fixes and measured before
 *             any change: 14 of 14 right as written, but the delay notice only because its expectation took
 *             "delivery-delayed": the record kept the queue's placeholder "400 4.4.7 Message delayed". Tightened
 *             to the DNS failure and fixed in code (extract/diagnostic.ts): a placeholder gives way to the next
 *             quoted reply under any marker, and "returned '" is one. 14 of 14; whole suite green; corpus
 *             366/383, reply codes 261/274, no record changed.
 *   review    two first-batch cases were right as written only by a reading we had let through, and were
 *             tightened: 5.4.317 "cannot connect to remote server(UntrustedRoot)" read as a plain expiry (now
 *             the receiver's certificate: "untrustedroot" and "partialchain" beside "subjectmismatch" in
 *             reply-phrases.ts), ROUTING.NoConnectorForAddressType read by its 5.4.4 as a domain without MX
 *             (now an address that resolves to no recipient: "unable to route for address type"). Still 78 of
 *             79, the same one knownWrong; corpus unchanged.
 *   still     knownWrong: the send connector's missing certificate: no cause is the sender's own TLS setup
 *             (tls-failed and security-error are 'either').
 */

const MS = /microsoft|outlook|office|exchange/i;
const FINAL = { permanent: true } as const;
const TEMPORARY = { permanent: false } as const;

// Microsoft's own block list of sending IPs (banned sending IP, banned sender, spam source): delisting at
// sender.office.com; a listed IP is also an IP with a poor reputation.
const MS_BANNED = {
  cause: ['ip-blocklisted', 'ip-reputation'],
  reason: ['blocked', 'badreputation'],
  side: 'sender',
} as const;
// A tenant (or account) that Microsoft stopped from sending: the sender's own provider acts, not the receiver.
const TENANT_BLOCKED = {
  cause: ['sender-account-blocked', 'outbound-filter'],
  reason: ['rejected', 'spamdetected', 'blocked'],
  side: 'sender',
} as const;
// Outlook.com throttling an IP for its reputation: a deferral the sender must cure.
const THROTTLED = {
  cause: ['ip-reputation', 'rate-limited', 'too-many-connections'],
  reason: ['badreputation', 'speeding', 'toomanyconn', 'blocked'],
  side: 'sender',
  permanent: false,
} as const;
const GROUP_RESTRICTED = {
  cause: ['recipient-restricted', 'blocked-by-recipient'],
  reason: ['rejected', 'securityerror'],
  side: 'recipient',
} as const;
const AUTH = {
  cause: ['auth-failed', 'dmarc-fail', 'spf-fail', 'dkim-fail'],
  reason: 'authfailure',
  side: 'sender',
} as const;
const DOMAIN_GONE = {
  cause: ['domain-not-found', 'recipient-domain-typo'],
  reason: 'hostunknown',
} as const;
const REFUSED_TEMP = {
  cause: ['connection-refused', 'recipient-server-unreachable', 'delivery-delayed'],
  reason: ['blocked', 'expired', 'networkerror'],
  permanent: false,
} as const;
const EXPIRED_REFUSED = {
  cause: ['delivery-expired', 'connection-refused', 'recipient-server-unreachable'],
  reason: ['expired', 'blocked', 'networkerror'],
  permanent: true,
} as const;
const UNREACHABLE_TEMP = {
  cause: ['recipient-server-unreachable', 'delivery-delayed', 'connection-refused', 'no-route-to-host'],
  reason: ['expired', 'networkerror', 'blocked'],
  permanent: false,
} as const;
const CERT = {
  cause: ['recipient-tls-invalid', 'tls-failed'],
  reason: ['securityerror', 'expired'],
} as const;
const TLS_NEEDED = {
  cause: ['tls-required', 'starttls-not-used', 'tls-failed'],
  reason: ['failedstarttls', 'securityerror'],
} as const;
const SENDING_LIMIT = {
  cause: ['rate-limited', 'sender-account-blocked'],
  reason: ['speeding', 'rejected'],
  side: 'sender',
} as const;
const RECIPIENT_RATE = { cause: 'recipient-rate-limited', reason: 'speeding', side: 'recipient' } as const;

const HOPS = [
  'Message Hops',
  'HOP\tTIME (UTC)\tFROM\tTO\tWITH\tRELAY TIME',
  '1\t12/4/2026 9:14:02 AM\tAM6PR01MB1234.eurprd01.prod.exchangelabs.com\tAM6PR01MB1234.eurprd01.prod.exchangelabs.com\tmapi\t*',
];

/** Exchange Online's NDR as the sender's Outlook shows it (the 2017 layout), pasted as text. */
function exo(o: {
  to: string;
  headline: string;
  actor: 'Sender' | 'Recipient';
  action: string;
  fix: string[];
  admin: string[];
  code: string;
  error: string;
  remote?: string;
}): string {
  const user = o.to.split('@')[0] ?? o.to;
  return lines(
    `Your message to ${o.to} couldn't be delivered.`,
    o.headline,
    `alice\tOffice 365\t${user}`,
    `Action Required\t\t\t${o.actor}`,
    o.action,
    '',
    'How to Fix It',
    ...o.fix,
    '',
    'Was this helpful? Send feedback to Microsoft.',
    '',
    'More Info for Email Admins',
    `Status code: ${o.code}`,
    '',
    ...o.admin,
    '',
    'Original Message Details',
    'Created Date:\t12/4/2026 9:14:02 AM',
    'Sender Address:\talice@example.com',
    `Recipient Address:\t${o.to}`,
    'Subject:\tQ4 figures',
    '',
    'Error Details',
    `Reported error:\t${o.error}`,
    'DSN generated by:\tAM6PR01MB1234.eurprd01.prod.exchangelabs.com',
    ...(o.remote ? [`Remote server:\t${o.remote}`] : []),
    '',
    ...HOPS,
  );
}

/** Exchange Server 2013-2019's NDR: the user text, then "Diagnostic information for administrators". */
function onPrem(to: string, userText: string, returned: string, receiving?: string): string {
  return lines(
    'Delivery has failed to these recipients or groups:',
    '',
    to,
    userText,
    '',
    '',
    '',
    '',
    '',
    'Diagnostic information for administrators:',
    '',
    'Generating server: EX01.corp.example.com',
    ...(receiving ? [`Receiving server: ${receiving}`] : []),
    '',
    to,
    `Remote Server returned '${returned}'`,
    '',
    'Original message headers:',
    '',
    'Received: from EX02.corp.example.com (192.0.2.11) by EX01.corp.example.com',
    ' (192.0.2.10) with Microsoft SMTP Server (version=TLS1_2,',
    ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.4; Fri, 4 Dec 2026',
    ' 09:14:02 +0000',
    'From: Alice Archer <alice@example.com>',
    `To: <${to}>`,
    'Subject: Q4 figures',
    'Date: Fri, 4 Dec 2026 09:14:01 +0000',
    'Message-ID: <3f2a9c@EX02.corp.example.com>',
    'MIME-Version: 1.0',
  );
}

/** Exchange 2007/2010's older NDR: the '#code ##' line under the generating server. */
function legacy(to: string, userText: string, diag: string, org?: string): string {
  return lines(
    'Delivery has failed to these recipients or groups:',
    '',
    to,
    userText,
    ...(org ? ['', `The following organization rejected your message: ${org}.`] : []),
    '',
    '',
    '',
    'Diagnostic information for administrators:',
    '',
    'Generating server: EX2010.corp.example.com',
    '',
    to,
    diag,
    '',
    'Original message headers:',
    '',
    'Received: from EX2010.corp.example.com ([192.0.2.20]) by EX2010.corp.example.com',
    ' ([192.0.2.20]) with mapi; Fri, 4 Dec 2026 09:14:02 +0000',
    'From: Alice Archer <alice@example.com>',
    `To: "${to}" <${to}>`,
    'Subject: Q4 figures',
  );
}

/** Get-MessageTraceDetail's Fail/Defer event detail as it is copied out of the admin centre. */
const trace = (event: string, led: string, fqdn = '', ip = '', lrt = '') =>
  lines(
    'Date        : 12/4/2026 9:14:07 AM',
    `Event       : ${event}`,
    'Action      :',
    `Detail      : Reason: [{LED=${led}};{MSG=};{FQDN=${fqdn}};{IP=${ip}};{LRT=${lrt}}]. OutboundProxyTargetIP: ${ip}. OutboundProxyTargetHostName: ${fqdn}`,
    'Data        : <root><MEP Name="ConnectorId" String="To_DefaultOpportunisticTLS"/><MEP Name="RecipientReference" String=""/></root>',
  );

export const ROUND_64: RealWorldCase[] = [
  // --- Exchange Online NDRs, the user-facing layout ---------------------------------------------------------
  [
    'EXO NDR 5.1.10 RecipientNotFound by SMTP address lookup',
    exo({
      to: 'bob@example.org',
      headline: "bob wasn't found at example.org.",
      actor: 'Sender',
      action: 'Unknown To address',
      fix: [
        'The address may be misspelled or may not exist. Try one or more of the following:',
        "- Retype the recipient's address, then resend the message.",
        "- If you're using the Auto-Complete List in Outlook, remove the entry and type the address again.",
      ],
      admin: [
        "The recipient's email address wasn't found in the recipient's email system (RecipientNotFound).",
        'For Email Admins',
        'Check that the address exists and that directory synchronization has completed.',
      ],
      code: '550 5.1.10',
      error:
        '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient bob@example.org not found by SMTP address lookup',
      remote: 'AM6PR01MB5678.eurprd01.prod.exchangelabs.com',
    }),
    { ...MS_NOT_FOUND, recipient: 'bob@example.org', replyCode: 550, status: '5.1.10', ...FINAL },
  ],
  [
    'EXO NDR 5.7.124 sender not in the group allowed senders',
    exo({
      to: 'board@example.org',
      headline:
        "Your message couldn't be delivered to the recipient because you aren't allowed to send to this group.",
      actor: 'Recipient',
      action: 'Sender not in the allowed senders list',
      fix: ['Ask the group owner to add you to the list of people allowed to send to the group.'],
      admin: [
        "The sender isn't in the group's allowed senders list (the group's delivery management settings).",
      ],
      code: '550 5.7.124',
      error: '550 5.7.124 Sender not in allowed-senders list',
    }),
    { ...GROUP_RESTRICTED, recipient: 'board@example.org', replyCode: 550, status: '5.7.124' },
  ],
  [
    'EXO NDR 5.7.133 group requires authenticated senders',
    exo({
      to: 'finance-team@example.org',
      headline:
        "Your message couldn't be delivered because the group only accepts messages from people in its organization.",
      actor: 'Recipient',
      action: 'Authentication required',
      fix: ['Contact the group owner and ask them to allow messages from people outside the organization.'],
      admin: [
        "The group is configured to reject messages from senders that aren't authenticated (RequireSenderAuthenticationEnabled).",
      ],
      code: '550 5.7.133',
      error:
        '550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed because the sender was not authenticated when sending to this group',
    }),
    { ...GROUP_RESTRICTED, recipient: 'finance-team@example.org', replyCode: 550, status: '5.7.133' },
  ],
  [
    'EXO reply 5.7.134 mailbox accepts authenticated senders only',
    '550 5.7.134 RESOLVER.RST.SenderNotAuthenticatedForMailbox; authentication required; Delivery restriction check failed because the sender was not authenticated when sending to this mailbox [Stage: CreateMessage] [AM6PR01MB5678.eurprd01.prod.exchangelabs.com]',
    { ...GROUP_RESTRICTED, replyCode: 550, status: '5.7.134' },
  ],
  [
    'EXO reply 5.7.136 mail user accepts authenticated senders only',
    '550 5.7.136 RESOLVER.RST.SenderNotAuthenticatedForMailUser; authentication required; Delivery restriction check failed because the sender was not authenticated when sending to this mail user',
    { ...GROUP_RESTRICTED, replyCode: 550, status: '5.7.136' },
  ],
  [
    'EXO NDR 5.7.129 restricted to recipients permission',
    exo({
      to: 'ceo@example.org',
      headline:
        "Your message couldn't be delivered because you aren't on the recipient's list of allowed senders.",
      actor: 'Recipient',
      action: 'Not authorized',
      fix: ['Contact the recipient by some other means and ask to be added to their allowed senders.'],
      admin: [
        'The recipient mailbox accepts messages only from the senders listed in its delivery restrictions.',
      ],
      code: '550 5.7.129',
      error:
        "550 5.7.129 RESOLVER.RST.RestrictedToRecipientsPermission; not authorized to send to recipient because the sender isn't on the recipient's list of senders to accept mail from",
    }),
    { ...GROUP_RESTRICTED, recipient: 'ceo@example.org', status: '5.7.129' },
  ],
  [
    'EXO moderation rejected (on-prem form)',
    onPrem(
      'all-staff@example.com',
      'Your message was rejected by the moderator of the group. The moderator did not give a reason.',
      '550 5.2.0 MODERATION.Reject; message was rejected by moderator',
    ),
    {
      cause: ['recipient-restricted', 'blocked-by-recipient', 'policy-violation'],
      reason: ['rejected', 'securityerror', 'policyviolation'],
      recipient: 'all-staff@example.com',
      ...FINAL,
    },
  ],
  [
    'EXO moderation expired',
    lines(
      "Your message to all-staff@example.com couldn't be delivered.",
      "Your message wasn't delivered because the group's moderator didn't approve or reject it before the message expired.",
      '',
      'Diagnostic information for administrators:',
      '',
      'Generating server: DB8PR01MB1234.eurprd01.prod.exchangelabs.com',
      '',
      'all-staff@example.com',
      "Remote Server returned '550 5.2.0 MODERATION.MessageExpired; message expired'",
    ),
    {
      cause: ['delivery-expired', 'recipient-restricted', 'policy-violation'],
      reason: ['expired', 'rejected', 'policyviolation'],
      recipient: 'all-staff@example.com',
      ...FINAL,
    },
  ],
  [
    'EXO NDR 5.7.515 Outlook.com high-volume authentication rule',
    exo({
      to: 'dana@outlook.com',
      headline:
        "Your message wasn't delivered because the sender's domain doesn't meet Outlook.com's authentication requirements.",
      actor: 'Sender',
      action: 'Authentication required',
      fix: ['Ask your email admin to set up SPF, DKIM and DMARC for your domain.'],
      admin: ['Domains sending high volumes to Outlook.com must pass SPF, DKIM and DMARC (p=none at least).'],
      code: '550 5.7.515',
      error:
        "550 5.7.515 Access denied, sending domain [EXAMPLE.COM] doesn't meet the required authentication level. The sender's domain in the 5322.From address doesn't meet the authentication requirements defined for the sender. To learn more about email authentication requirements, visit https://go.microsoft.com/fwlink/?linkid=2260064",
      remote: 'DM6NAM12FT045.mail.protection.outlook.com',
    }),
    { ...AUTH, recipient: 'dana@outlook.com', replyCode: 550, status: '5.7.515' },
  ],
  [
    'EXO reply 5.7.1 Spamhaus (Microsoft wording, AS3130)',
    '550 5.7.1 Service unavailable, Client host [198.51.100.23] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/198.51.100.23 (AS3130). [BN8NAM11FT021.eop-nam11.prod.protection.outlook.com 2026-12-04T09:14:02.512Z 08DD13B5D1D6F2A1]',
    { ...IP_BLOCK, replyCode: 550, status: '5.7.1', ...FINAL },
  ],
  [
    'EXO reply 5.7.606 banned sending IP',
    '550 5.7.606 Access denied, banned sending IP [198.51.100.23]. To request removal from this list please visit https://sender.office.com/ and follow the directions. For more information please go to http://go.microsoft.com/fwlink/?LinkID=526655 AS(1430) [MW2NAM12FT011.eop-nam12.prod.protection.outlook.com]',
    { ...MS_BANNED, replyCode: 550, status: '5.7.606' },
  ],
  [
    'EXO reply 5.7.511 banned sender',
    '550 5.7.511 Access denied, banned sender[198.51.100.23]. To request removal from this list, forward this message to delist@microsoft.com. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653 AS(1434) [VI1EUR04FT014.eop-eur04.prod.protection.outlook.com]',
    { ...MS_BANNED, replyCode: 550, status: '5.7.511' },
  ],
  [
    'EXO reply 5.7.501 spam abuse detected',
    '550 5.7.501 Access denied, spam abuse detected. To request removal from this list, forward this message to delist@microsoft.com. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653. AS(1422) [SN1NAM02FT015.eop-nam02.prod.protection.outlook.com]',
    {
      cause: ['ip-blocklisted', 'ip-reputation', 'spam-filtered', 'sender-account-blocked'],
      reason: ['blocked', 'badreputation', 'spamdetected', 'rejected'],
      side: 'sender',
      status: '5.7.501',
    },
  ],
  [
    'EXO reply 5.7.503 banned spam source',
    '550 5.7.503 Access denied, banned spam source [198.51.100.23]. To request removal from this list, forward this message to delist@microsoft.com. AS(1452)',
    // Widened: Microsoft documents 5.7.501-503 as a sending account banned for spam as well.
    {
      ...MS_BANNED,
      cause: [...MS_BANNED.cause, 'sender-account-blocked'],
      reason: ['blocked', 'badreputation', 'rejected'],
      status: '5.7.503',
    },
  ],
  [
    'EXO reply 5.7.506 bad HELO',
    '550 5.7.506 Access Denied, Bad HELO. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653 AS(1440) [CO1NAM11FT032.eop-nam11.prod.protection.outlook.com]',
    { cause: 'helo-rejected', reason: 'blocked', side: 'sender', status: '5.7.506' },
  ],
  [
    'EXO reply 5.7.507 rejected by recipient',
    '550 5.7.507 Access denied, rejected by recipient. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653 AS(7001)',
    { cause: 'blocked-by-recipient', reason: ['rejected', 'blocked'], side: 'recipient', status: '5.7.507' },
  ],
  [
    'EXO reply 5.7.508 exceeded permitted limits',
    '550 5.7.508 Access denied, [198.51.100.23] has exceeded permitted limits within 198.51.100.0/24 range. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653 AS(1460)',
    {
      cause: ['ip-reputation', 'rate-limited', 'ip-blocklisted', 'network-blocklisted'],
      reason: ['badreputation', 'speeding', 'blocked'],
      side: 'sender',
      status: '5.7.508',
    },
  ],
  [
    'EXO reply 5.7.509 DMARC',
    '550 5.7.509 Access denied, sending domain [EXAMPLE.COM] does not pass DMARC verification and has a DMARC policy of reject. [AM4PEPF00027A6C.eurprd04.prod.outlook.com]',
    { cause: ['dmarc-fail', 'auth-failed'], reason: 'authfailure', side: 'sender', status: '5.7.509' },
  ],
  [
    'EXO reply 5.7.510 no mail over IPv6',
    '550 5.7.510 Access denied, example.org does not accept email over IPv6. Please contact your administrator. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653 AS(2004)',
    {
      cause: ['connection-rejected', 'policy-violation', 'not-accepting-mail'],
      reason: ['blocked', 'policyviolation', 'notaccept'],
      status: '5.7.510',
    },
  ],
  [
    'EXO reply 5.7.512 not RFC 5322 3.6.2 compliant',
    '550 5.7.512 Access denied, message must be RFC 5322 section 3.6.2 compliant and include a valid From address. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653 AS(2008)',
    { ...NOT_RFC, status: '5.7.512' },
  ],
  [
    'EXO NDR 5.7.520 external forwarding blocked',
    exo({
      to: 'carol.personal@example.net',
      headline:
        "Your message couldn't be delivered. The message was forwarded to an external address, and your organization doesn't allow that.",
      actor: 'Sender',
      action: 'Forwarding blocked',
      fix: ['Contact your email admin.'],
      admin: [
        'The outbound spam filter policy (automatic forwarding) blocks forwarding to external recipients.',
      ],
      code: '550 5.7.520',
      error:
        '550 5.7.520 Access denied, Your organization does not allow external forwarding. Please contact your administrator for further assistance. AS(7555)',
    }),
    {
      cause: 'external-forwarding-blocked',
      reason: 'rejected',
      side: 'sender',
      recipient: 'carol.personal@example.net',
      status: '5.7.520',
    },
  ],
  [
    'EXO reply 5.7.705 tenant exceeded threshold',
    '550 5.7.705 Access denied, tenant has exceeded threshold. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653 AS(2200) [DB5EUR03FT049.eop-EUR03.prod.protection.outlook.com]',
    { ...TENANT_BLOCKED, status: '5.7.705' },
  ],
  [
    'EXO reply 5.7.708 traffic not accepted from this IP',
    '550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653 AS(2210) [BN1NAM02FT063.eop-nam02.prod.protection.outlook.com]',
    {
      cause: ['sender-account-blocked', 'ip-reputation', 'ip-blocklisted'],
      reason: ['rejected', 'badreputation', 'blocked'],
      side: 'sender',
      status: '5.7.708',
    },
  ],
  [
    'EXO reply 5.7.750 unregistered domains',
    '550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653 AS(2300) [SN6PR04MB4048.namprd04.prod.outlook.com]',
    {
      cause: ['sender-account-blocked', 'from-not-permitted', 'sender-domain-invalid'],
      reason: 'rejected',
      side: 'sender',
      status: '5.7.750',
    },
  ],
  [
    'EXO NDR 5.1.8 restricted sender (outbound spam)',
    exo({
      to: 'bob@example.org',
      headline: "Your message couldn't be delivered because you weren't recognized as a valid sender.",
      actor: 'Sender',
      action: 'Restricted sender',
      fix: [
        'Your account has been blocked from sending email, probably because it was sending spam.',
        'Contact your email admin.',
      ],
      admin: [
        'The sender has been added to the Restricted entities list for sending outbound spam.',
        'Remove the user from the Restricted entities page in the Microsoft Defender portal after securing the account.',
      ],
      code: '550 5.1.8',
      error: '550 5.1.8 Access denied, bad outbound sender AS(42004)',
    }),
    {
      cause: ['sender-account-blocked', 'outbound-filter'],
      reason: ['rejected', 'spamdetected'],
      side: 'sender',
      replyCode: 550,
      status: '5.1.8',
    },
  ],
  [
    'EXO reply 5.1.90 daily recipient limit (other wording)',
    "550 5.1.90 Your message can't be sent because you've reached your daily limit for message recipients. Please try again in 24 hours. [MW4PR04MB7412.namprd04.prod.outlook.com 2026-12-04T09:14:02.000Z 08DD13B5D1D6F2A1]",
    { ...SENDING_LIMIT, status: '5.1.90' },
  ],
  [
    'EXO NDR 5.2.2 mailbox full',
    exo({
      to: 'erin@example.org',
      headline: "erin's mailbox is full.",
      actor: 'Recipient',
      action: 'Mailbox full',
      fix: [
        'Try resending your message later, or contact the recipient by some other means and let them know their mailbox is full.',
      ],
      admin: ["The recipient's mailbox has exceeded its storage quota."],
      code: '554 5.2.2',
      error:
        '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot open mailbox.[EndDiagnosticData]',
    }),
    { ...MAILBOX_FULL, recipient: 'erin@example.org', replyCode: 554, status: '5.2.2' },
  ],
  [
    'EXO reply 5.2.121 per-sender hourly receive limit',
    '550 5.2.121 RecipientThresholdExceeded; Sorry, your message cannot be delivered. This mailbox has exceeded the limit of messages it can receive from this sender per hour. Please try again later.',
    // Our error as written: the sender's own rate to this one mailbox is as fair a reading.
    {
      cause: ['recipient-rate-limited', 'rate-limited'],
      reason: 'speeding',
      status: '5.2.121',
    },
  ],
  [
    'EXO reply 5.2.122 hourly receive limit',
    '550 5.2.122 RecipientThresholdExceeded; Sorry, your message cannot be delivered. This mailbox has exceeded its hourly receiving limit. Please try again later.',
    { ...RECIPIENT_RATE, status: '5.2.122' },
  ],
  [
    'EXO NDR 5.3.190 journaling not supported',
    onPrem(
      'journal@example.mail.onmicrosoft.com',
      "Your message couldn't be delivered.",
      '550 5.3.190 Journaling on-premises messages to Microsoft 365 or Office 365 not supported when Journaling Archive is disabled for tenant.',
    ),
    {
      cause: ['policy-violation', 'recipient-restricted', 'relay-not-authorised'],
      reason: ['policyviolation', 'rejected', 'norelaying'],
      status: '5.3.190',
    },
  ],
  [
    'EXO reply 5.4.1 recipient address rejected (DBEB)',
    '550 5.4.1 Recipient address rejected: Access denied. For more information see https://aka.ms/EXOSmtpErrors [SN1NAM02FT012.eop-nam02.prod.protection.outlook.com]',
    { ...MS_NOT_FOUND, replyCode: 550, status: '5.4.1' },
  ],
  [
    'EXO reply 5.4.1 Relay Access Denied ATTR35',
    '550 5.4.1 Relay Access Denied ATTR35 [CO1NAM11FT045.eop-nam11.prod.protection.outlook.com 2026-12-04T09:14:02.000Z 08DD13B5D1D6F2A1]',
    {
      cause: ['relay-denied', 'recipient-not-in-tenant'],
      reason: ['norelaying', 'userunknown'],
      status: '5.4.1',
    },
  ],
  [
    'EXO reply 5.7.64 TenantAttribution relay access denied',
    '550 5.7.64 TenantAttribution; Relay Access Denied [SN1NAM02FT020.eop-nam02.prod.protection.outlook.com]',
    {
      cause: ['relay-not-authorised', 'relay-denied'],
      reason: 'norelaying',
      side: 'sender',
      status: '5.7.64',
    },
  ],
  [
    'EXO reply 5.7.57 anonymous mail during MAIL FROM',
    '530 5.7.57 Client not authenticated to send mail. Error: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. [BY5PR04CA0022.namprd04.prod.outlook.com]',
    {
      cause: ['auth-required', 'auth-failed'],
      reason: ['securityerror', 'authfailure'],
      side: 'sender',
      replyCode: 530,
    },
  ],
  [
    'Exchange on-prem 5.7.57 client was not authenticated',
    '5.7.57 SMTP; Client was not authenticated to send anonymous mail during MAIL FROM',
    { ...AUTH_REQUIRED, status: '5.7.57' },
  ],
  [
    'EXO reply 5.4.14 hop count exceeded ATTR34',
    '554 5.4.14 Hop count exceeded - possible mail loop ATTR34 [DB8EUR05FT021.eop-eur05.prod.protection.outlook.com]',
    { ...LOOP, replyCode: 554, status: '5.4.14', ...FINAL },
  ],
  [
    'Exchange on-prem 5.4.6 routing loop',
    onPrem(
      'frank@example.com',
      "Your message couldn't be delivered because it was caught in a routing loop between servers.",
      '554 5.4.6 Routing loop detected',
    ),
    { ...LOOP, recipient: 'frank@example.com', status: '5.4.6' },
  ],
  [
    'EXO NDR 5.4.310 DNS domain does not exist',
    exo({
      to: 'gina@exmaple.org',
      headline:
        "Your message to gina@exmaple.org couldn't be delivered. The domain exmaple.org doesn't exist.",
      actor: 'Sender',
      action: 'Domain not found',
      fix: ["Check the spelling of the domain in the recipient's address, then resend the message."],
      admin: ["The recipient's domain wasn't found in DNS."],
      code: '550 5.4.310',
      error:
        '550 5.4.310 DNS domain exmaple.org does not exist [Message=InfoDomainNonexistent] [LastAttemptedServerName=exmaple.org] [AM6PR01MB1234.eurprd01.prod.exchangelabs.com]',
    }),
    { ...DOMAIN_GONE, recipient: 'gina@exmaple.org', status: '5.4.310', ...FINAL },
  ],
  [
    'EXO reply 5.4.312 message expired DNS query failed',
    '550 5.4.312 Message expired, DNS query failed(ServerFailure) [Message=ServerFailure] [LastAttemptedServerName=example.org] [AM6PR01MB1234.eurprd01.prod.exchangelabs.com]',
    {
      cause: ['dns-failure', 'delivery-expired'],
      reason: ['networkerror', 'expired'],
      status: '5.4.312',
      ...FINAL,
    },
  ],
  [
    'EXO reply 5.4.316 expired, connection refused',
    '550 5.4.316 Message expired, connection refused(Socket error code 10061) [LastAttemptedServerName=mx.example.org] [LastAttemptedIP=203.0.113.10:25] [AM6PR01MB1234.eurprd01.prod.exchangelabs.com]',
    { ...EXPIRED_REFUSED, status: '5.4.316' },
  ],
  [
    'EXO trace 4.4.316 connection refused (Defer)',
    trace(
      'Defer',
      '451 4.4.316 Connection refused [Message=Socket error code 10061] [LastAttemptedServerName=mx.example.org] [LastAttemptedIP=203.0.113.10:25]',
      'mx.example.org',
      '203.0.113.10',
      '12/4/2026 9:09:41 AM',
    ),
    { ...REFUSED_TEMP, status: '4.4.316' },
  ],
  [
    'EXO reply 4.4.317 certificate subject mismatch',
    '451 4.4.317 Cannot connect to remote server [Message=SubjectMismatch] [LastAttemptedServerName=mx.example.org] [LastAttemptedIP=203.0.113.10:25] [AM6PR01MB1234.eurprd01.prod.exchangelabs.com]',
    { ...CERT, status: '4.4.317', ...TEMPORARY },
  ],
  [
    'EXO NDR 5.4.317 expired, untrusted root',
    onPrem(
      'hal@example.org',
      "Your message couldn't be delivered. Despite repeated attempts to deliver your message, the recipient's email system couldn't be reached over a secure connection.",
      '550 5.4.317 Message expired, cannot connect to remote server(UntrustedRoot) [Message=UntrustedRoot] [LastAttemptedServerName=mx.example.org] [LastAttemptedIP=203.0.113.10:25]',
      'AM6PR01MB1234.eurprd01.prod.exchangelabs.com',
    ),
    // Tightened after measuring (right as written only because delivery-expired was accepted): the
    // chain's "UntrustedRoot" is what failed, the receiver's certificate.
    {
      ...CERT,
      recipient: 'hal@example.org',
      status: '5.4.317',
      ...FINAL,
    },
  ],
  [
    'EXO reply 4.4.317 STARTTLS required by the remote',
    '451 4.4.317 Cannot connect to remote server [Message=451 5.7.3 STARTTLS is required to send mail] [LastAttemptedServerName=mx.example.org] [LastAttemptedIP=203.0.113.10:25] [AM6PR01MB1234.eurprd01.prod.exchangelabs.com]',
    { ...TLS_NEEDED, ...TEMPORARY },
  ],
  [
    'EXO reply 5.4.318 expired, connection closed abruptly',
    '550 5.4.318 Message expired, connection was closed abruptly [LastAttemptedServerName=mx.example.org] [LastAttemptedIP=203.0.113.10:25] [AM6PR01MB1234.eurprd01.prod.exchangelabs.com]',
    {
      cause: ['delivery-expired', 'recipient-server-unreachable'],
      reason: ['expired', 'networkerror'],
      status: '5.4.318',
      ...FINAL,
    },
  ],
  [
    'EXO reply 5.4.300 message expired',
    '550 5.4.300 Message expired -> 451 4.4.0 Primary target IP address responded with: "421 4.4.2 mx.example.org Error: timeout exceeded" Attempted failover to alternate host, but that did not succeed. Either there are no alternate hosts, or delivery failed to all alternate hosts. The last endpoint attempted was 203.0.113.10:25',
    {
      cause: ['delivery-expired', 'recipient-server-unreachable'],
      reason: ['expired', 'networkerror'],
      status: '5.4.300',
      ...FINAL,
    },
  ],
  [
    'EXO reply 5.4.8 MX resolves to private address',
    "550 5.4.8 MX hosts of 'example.org' failed to resolve to public IP addresses [AM6PR01MB1234.eurprd01.prod.exchangelabs.com]",
    {
      cause: ['no-mx', 'dns-failure', 'mail-loop', 'recipient-server-unreachable'],
      reason: ['notaccept', 'networkerror', 'hostunknown'],
      status: '5.4.8',
    },
  ],
  [
    'Exchange 5.6.11 bare linefeeds',
    onPrem(
      'ivan@example.org',
      "Your message couldn't be delivered because it contains formatting the recipient's email system doesn't support.",
      '554 5.6.11 SMTPSEND.BareLinefeedsAreIllegal; message contains bare linefeeds, which cannot be sent via DATA and receiving system does not support BDAT',
      'mx.example.org',
    ),
    { ...NOT_RFC, recipient: 'ivan@example.org', status: '5.6.11', ...FINAL },
  ],
  // --- Exchange Server on-premises, both layouts ----------------------------------------------------------
  [
    'Exchange 2010 RESOLVER.ADR.ExRecipNotFound',
    legacy(
      'jack@example.com',
      "The e-mail address you entered couldn't be found. Please check the recipient's e-mail address and try to resend the message. If the problem continues, please contact your helpdesk.",
      '#550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found ##',
    ),
    { ...MS_NOT_FOUND, recipient: 'jack@example.com', replyCode: 550, status: '5.1.1' },
  ],
  [
    'Exchange 2010 RESOLVER.RST.NotAuthorized',
    legacy(
      'board@example.com',
      'You do not have permission to send to this recipient. For assistance, contact your system administrator.',
      '#550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized ##',
    ),
    { ...RESTRICTED, recipient: 'board@example.com', status: '5.7.1' },
  ],
  [
    'Exchange 2010 remote user unknown via organization',
    legacy(
      'kim@example.org',
      "The recipient's e-mail address was not found in the recipient's e-mail system. Microsoft Exchange will not try to redeliver this message for you. Please check the e-mail address and try resending this message, or provide the following diagnostic text to your system administrator.",
      'mx.example.org #550 5.1.1 <kim@example.org>: Recipient address rejected: User unknown in virtual mailbox table ##',
      'mx.example.org',
    ),
    { ...USER_UNKNOWN, recipient: 'kim@example.org', replyCode: 550, status: '5.1.1' },
  ],
  [
    'Exchange 2016 RESOLVER.ADR.RecipLimit',
    onPrem(
      'everyone@example.com',
      'This message has too many recipients. Please try to resend with fewer recipients.',
      '550 5.5.3 RESOLVER.ADR.RecipLimit; too many recipients',
    ),
    {
      cause: ['too-many-connections', 'rate-limited', 'size-limit-exceeded'],
      reason: ['toomanyconn', 'speeding', 'exceedlimit'],
      side: 'sender',
      status: '5.5.3',
    },
  ],
  [
    'Exchange 2016 RESOLVER.RST.RecipSizeLimit',
    onPrem(
      'lee@example.com',
      "Your message is too big for the recipient's mailbox.",
      '552 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient',
    ),
    { ...TOO_BIG, recipient: 'lee@example.com', status: '5.2.3' },
  ],
  [
    'Exchange 2013 ROUTING.NoConnectorForAddressType',
    onPrem(
      'IMCEAEX-_o=ExchangeLabs_ou=Exchange+20Administrative+20Group_cn=Recipients_cn=mike@corp.example.com',
      "The recipient's address type isn't supported. Delete the recipient from your Auto-Complete list and type the address again.",
      '550 5.4.4 ROUTING.NoConnectorForAddressType; unable to route for address type',
    ),
    // Tightened after measuring (right as written only because no-mx was accepted): the X500 address
    // resolves to no recipient; nothing is wrong with any domain's MX.
    { ...MS_NOT_FOUND, status: '5.4.4' },
  ],
  [
    'Exchange 2019 STOREDRV.Submit SendAs denied',
    onPrem(
      'nina@example.org',
      "You can't send a message on behalf of this user unless you have permission to do so.",
      '554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception with message Cannot submit message.',
    ),
    { cause: ['from-not-permitted', 'sender-rejected'], reason: 'rejected', side: 'sender', status: '5.2.0' },
  ],
  [
    'Exchange 2016 STOREDRV.Deliver store error',
    onPrem(
      'oscar@example.com',
      "The recipient's mailbox is unavailable.",
      '554 5.2.0 STOREDRV.Deliver.Exception:StoragePermanentException.MapiExceptionNoAccess; Failed to process message due to a permanent exception with message Cannot open mailbox /o=Example/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=oscar.',
    ),
    {
      cause: ['system-error', 'mailbox-disabled'],
      reason: ['systemerror', 'suspend', 'mailererror'],
      side: 'recipient',
      recipient: 'oscar@example.com',
    },
  ],
  [
    'Exchange 2016 SMTPSEND.DNS.NonExistentDomain',
    onPrem(
      'pat@example.invalid',
      'The domain name in the email address is incorrect. Check the address.',
      '554 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain',
    ),
    { ...DOMAIN_GONE, recipient: 'pat@example.invalid', status: '5.4.4', ...FINAL },
  ],
  [
    'Exchange 2016 SMTPSEND.DNS.MxLoopback',
    onPrem(
      'quinn@example.net',
      "Your message couldn't be delivered because the recipient's mail server is configured incorrectly.",
      '554 5.4.4 SMTPSEND.DNS.MxLoopback; DNS config issue',
    ),
    {
      cause: ['mail-loop', 'dns-failure', 'no-mx'],
      reason: ['networkerror', 'notaccept'],
      recipient: 'quinn@example.net',
    },
  ],
  [
    'Exchange 2019 SMTPSEND.Utf8RecipientAddress',
    onPrem(
      'rené@example.fr',
      "Your message couldn't be delivered because the recipient's email system doesn't support addresses with international characters.",
      '550 5.6.7 SMTPSEND.Utf8RecipientAddress; UTF-8 recipient address not supported.',
      'mx.example.fr',
    ),
    {
      cause: [
        'utf8-not-supported',
        'content-error',
        'not-rfc-compliant',
        'syntax-error',
        'not-accepting-mail',
      ],
      reason: ['contenterror', 'notcompliantrfc', 'syntaxerror', 'notaccept'],
      status: '5.6.7',
    },
  ],
  [
    'Exchange 2013 QUEUE.Expired',
    onPrem(
      'rita@example.org',
      "Your message couldn't be delivered. Despite repeated attempts to deliver your message, the recipient's email system refused to accept a connection from your email system.",
      '550 4.4.7 QUEUE.Expired; message expired',
      'mx.example.org',
    ),
    {
      cause: ['delivery-expired', 'recipient-server-unreachable', 'connection-refused'],
      reason: ['expired', 'blocked'],
      recipient: 'rita@example.org',
      ...FINAL,
    },
  ],
  [
    'Exchange Online delay notice, 4.4.7 over 4.4.1 refused',
    lines(
      'Delivery is delayed to these recipients or groups:',
      '',
      'sam@example.org',
      '',
      'Subject: Q4 figures',
      '',
      "This message hasn't been delivered yet. Delivery will continue to be attempted.",
      '',
      "The server will keep trying to deliver this message for the next 1 days, 19 hours and 52 minutes. You'll be notified if the message can't be delivered by that time.",
      '',
      'Diagnostic information for administrators:',
      '',
      'Generating server: AM6PR01MB1234.eurprd01.prod.exchangelabs.com',
      'Receiving server: mx.example.org (203.0.113.10)',
      '',
      'sam@example.org',
      "Remote Server at mx.example.org (203.0.113.10) returned '400 4.4.7 Message delayed'",
      '12/4/2026 1:20:54 PM - Remote Server at mx.example.org (203.0.113.10) returned \'441 4.4.1 Error encountered while communicating with primary target IP address: "Failed to connect. Winsock error code: 10061, Win32 error code: 10061." Attempted failover to alternate host, but that did not succeed. Either there are no alternate hosts, or delivery failed to all alternate hosts. The last endpoint attempted was 203.0.113.10:25\'',
    ),
    { ...REFUSED_TEMP, recipient: 'sam@example.org' },
  ],
  // --- Get-Queue and message trace --------------------------------------------------------------------------
  [
    'Get-Queue LastError 4.4.1 winsock 10060',
    lines(
      '[PS] C:\\>Get-Queue -Identity EX01\\2317 | Format-List',
      '',
      'DeliveryType                     : DnsConnectorDelivery',
      'NextHopDomain                    : example.org',
      'Status                           : Retry',
      'MessageCount                     : 14',
      'LastError                        : 441 4.4.1 Error encountered while communicating with primary target IP address: "Failed to connect. Winsock error code: 10060, Win32 error code: 10060." Attempted failover to alternate host, but that did not succeed. Either there are no alternate hosts, or delivery failed to all alternate hosts. The last endpoint attempted was 203.0.113.10:25',
      'LastRetryTime                    : 12/4/2026 9:41:07 AM',
      'NextRetryTime                    : 12/4/2026 9:51:07 AM',
      'Identity                         : EX01\\2317',
    ),
    UNREACHABLE_TEMP,
  ],
  [
    'Get-Queue LastError DNS ErrorRetry',
    lines(
      'Identity     DeliveryType         Status MessageCount Velocity RiskLevel OutboundIPPool NextHopDomain',
      '--------     ------------         ------ ------------ -------- --------- -------------- -------------',
      'EX01\\2318   DnsConnectorDelivery Retry  3            0        Normal    0              example.net',
      '',
      '[PS] C:\\>(Get-Queue EX01\\2318).LastError',
      '451 4.4.0 DNS query failed. The error was: DNS query failed with error ErrorRetry',
    ),
    { cause: 'dns-failure', reason: 'networkerror', permanent: false },
  ],
  [
    'Get-Queue LastError send connector certificate missing',
    lines(
      'Identity        : EX01\\2320',
      'DeliveryType    : SmartHostConnectorDelivery',
      'NextHopDomain   : outbound relay',
      'Status          : Retry',
      'MessageCount    : 57',
      'LastError       : 454 4.7.5 The certificate specified in TlsCertificateName of the SendConnector could not be found.',
    ),
    {
      cause: 'sender-tls-setup',
      reason: ['failedstarttls', 'securityerror'],
      side: 'sender',
      permanent: false,
    },
  ],
  [
    'EXO trace Fail 5.1.10',
    trace('Fail', '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'),
    { ...MS_NOT_FOUND, replyCode: 550, status: '5.1.10' },
  ],
  [
    'EXO trace Defer Outlook.com S775 throttling',
    trace(
      'Defer',
      '421 4.7.650 The mail server [198.51.100.23] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://aka.ms/postmaster (S775) [Name=Protocol Filter Agent][AGT=PFA][MxId=11BA21A8E9F4C3D2] [AM4PEPF00027A5F.eurprd04.prod.outlook.com]',
      'outlook-com.olc.protection.outlook.com',
      '52.101.68.12',
      '12/4/2026 9:10:11 AM',
    ),
    { ...THROTTLED, status: '4.7.650' },
  ],
  [
    'EXO trace Fail S3150 part of network on block list',
    trace(
      'Fail',
      "550 5.7.1 Unfortunately, messages from [198.51.100.23] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [AM4PEPF00027A5F.eurprd04.prod.outlook.com 2026-12-04T09:14:02.123Z 08DD13B5D1D6F2A1]",
      'hotmail-com.olc.protection.outlook.com',
      '52.101.68.12',
    ),
    {
      cause: ['network-blocklisted', 'ip-blocklisted'],
      reason: 'blocked',
      side: 'sender',
      replyCode: 550,
      status: '5.7.1',
    },
  ],
  [
    'EXO trace Defer Gmail 4.7.26 unauthenticated',
    trace(
      'Defer',
      '421 4.7.26 [198.51.100.23] This mail has been rate limited because it is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM. Authentication results: DKIM = did not pass SPF [example.com] with ip: [198.51.100.23] = did not pass - gsmtp',
      'gmail-smtp-in.l.google.com',
      '142.250.27.26',
    ),
    { ...AUTH, permanent: false, status: '4.7.26' },
  ],
  // --- Outlook.com / Hotmail replies to senders -------------------------------------------------------------
  [
    'Outlook.com S3140 dynamic IP range',
    "550 5.7.1 Unfortunately, messages from [198.51.100.23] weren't sent. Please contact your Internet service provider. You can tell them that Hotmail does not relay dynamically-assigned IP ranges. You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. (S3140) [DB5EUR03FT063.eop-EUR03.prod.protection.outlook.com]",
    {
      cause: ['port25-blocked', 'ip-blocklisted', 'network-blocklisted', 'ip-reputation'],
      reason: ['blocked', 'badreputation'],
      side: 'sender',
      status: '5.7.1',
    },
  ],
  [
    'Outlook.com 4.7.500 server busy S3114',
    '451 4.7.500 Server busy. Please try again later from [198.51.100.23]. (S3114) [VI1EUR04FT012.eop-eur04.prod.protection.outlook.com]',
    { ...THROTTLED, replyCode: 451, status: '4.7.500' },
  ],
  [
    'Outlook.com 4.7.500 access denied try again later AS code',
    '451 4.7.500 Access denied, please try again later. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653. AS(7230) [BN8NAM12FT044.eop-nam12.prod.protection.outlook.com]',
    { ...THROTTLED, status: '4.7.500' },
  ],
  [
    'Outlook.com mailbox unavailable S2017062302',
    '550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). [DM6NAM12FT012.eop-nam12.prod.protection.outlook.com 2026-12-04T09:14:02.000Z 08DD13B5D1D6F2A1]',
    { ...USER_UNKNOWN, replyCode: 550, provider: MS },
  ],
  [
    'Hotmail RP-001 hourly and daily limits',
    "421 RP-001 (BAY004-MC4F21) Unfortunately, some messages from 198.51.100.23 weren't sent. Please try again. We have limits for how many messages can be sent per hour and per day. You can also refer to http://mail.live.com/mail/troubleshooting.aspx#errors.",
    {
      cause: ['rate-limited', 'too-many-connections', 'ip-reputation'],
      reason: ['speeding', 'toomanyconn', 'badreputation'],
      side: 'sender',
      ...TEMPORARY,
    },
  ],
  [
    'EXO reply 5.7.23 SPF violation relayed from the remote',
    onPrem(
      'tom@example.org',
      "Your message wasn't delivered because the recipient's email provider rejected it.",
      '550 5.7.23 The message was rejected because of Sender Policy Framework violation',
      'mx.example.org (203.0.113.10)',
    ),
    {
      cause: ['spf-fail', 'auth-failed'],
      reason: 'authfailure',
      side: 'sender',
      recipient: 'tom@example.org',
      status: '5.7.23',
    },
  ],
  [
    'EXO reply 5.7.25 IPv6 sender needs a PTR',
    '550 5.7.25 Access denied, the sending IPv6 address [2001:db8:4:1::25] must have a reverse DNS record. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653 AS(2501) [AM6PR01MB1234.eurprd01.prod.exchangelabs.com]',
    { ...PTR, replyCode: 550, status: '5.7.25' },
  ],
  [
    'Exchange 2016 5.7.54 unable to relay in non-accepted domain',
    onPrem(
      'uma@example.net',
      "Your message wasn't delivered because the email server isn't allowed to relay to this domain.",
      '550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain',
    ),
    { ...RELAY, recipient: 'uma@example.net', status: '5.7.54' },
  ],
  [
    'Exchange 2010 #< #5.7.1 smtp; unable to relay>',
    legacy(
      'val@example.net',
      'You do not have permission to send to this recipient. For assistance, contact your system administrator.',
      '#< #5.7.1 smtp;550 5.7.1 Unable to relay> #SMTP#',
      'smtp.isp.example',
    ),
    { ...RELAY, recipient: 'val@example.net', replyCode: 550, status: '5.7.1' },
  ],
  [
    'EXO reply 5.7.60 send as denied (SMTP AUTH)',
    '550 5.7.60 SMTP; Client does not have permissions to send as this sender [AM6PR01MB1234.eurprd01.prod.exchangelabs.com]',
    {
      cause: ['from-not-permitted', 'sender-rejected'],
      reason: 'rejected',
      side: 'sender',
      status: '5.7.60',
    },
  ],
  [
    'EXO trace Defer 4.7.651 rate limited IP reputation',
    trace(
      'Defer',
      '451 4.7.651 The mail server [198.51.100.23] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://aka.ms/postmaster (S843) [DB5EUR03FT049.eop-EUR03.prod.protection.outlook.com]',
      'outlook-com.olc.protection.outlook.com',
      '52.101.68.12',
    ),
    { ...THROTTLED, replyCode: 451, status: '4.7.651' },
  ],
];

export const SECOND_BATCH_64: RealWorldCase[] = [
  [
    'Exchange 2010 relayed S3150 in #< # > form',
    legacy(
      'wes@hotmail.com',
      'Delivery to the following recipient failed permanently.',
      "#< #5.7.1 smtp;550 5.7.1 Unfortunately, messages from [198.51.100.23] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [DB5EUR03FT063.eop-EUR03.prod.protection.outlook.com]> #SMTP#",
      'hotmail-com.olc.protection.outlook.com',
    ),
    {
      cause: ['network-blocklisted', 'ip-blocklisted'],
      reason: 'blocked',
      side: 'sender',
      recipient: 'wes@hotmail.com',
      status: '5.7.1',
    },
  ],
  [
    'Postfix log: Outlook.com 4.7.650 deferral',
    'Dec  4 09:14:02 mx1 postfix/smtp[22817]: 4F2A1C0D1E: to=<xena@outlook.com>, relay=outlook-com.olc.protection.outlook.com[52.101.68.12]:25, delay=1.2, delays=0.1/0/0.8/0.3, dsn=4.7.650, status=deferred (host outlook-com.olc.protection.outlook.com[52.101.68.12] said: 451 4.7.650 The mail server [198.51.100.23] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://aka.ms/postmaster (S775) [Name=Protocol Filter Agent][AGT=PFA][MxId=11BA21A8E9F4C3D2] [AM4PEPF00027A5F.eurprd04.prod.outlook.com] (in reply to MAIL FROM command))',
    { ...THROTTLED, recipient: 'xena@outlook.com', replyCode: 451, status: '4.7.650' },
  ],
  [
    'Postfix log: Outlook.com 5.7.515 bounced',
    "Dec  4 09:20:11 mx1 postfix/smtp[22901]: 7C1D2E3F4A: to=<yuri@hotmail.com>, relay=hotmail-com.olc.protection.outlook.com[52.101.68.12]:25, delay=0.9, delays=0.1/0/0.4/0.4, dsn=5.7.515, status=bounced (host hotmail-com.olc.protection.outlook.com[52.101.68.12] said: 550 5.7.515 Access denied, sending domain [NEWSLETTER.EXAMPLE.COM] doesn't meet the required authentication level. The sender's domain in the 5322.From address doesn't meet the authentication requirements defined for the sender. (in reply to end of DATA command))",
    { ...AUTH, recipient: 'yuri@hotmail.com', replyCode: 550, status: '5.7.515', ...FINAL },
  ],
  [
    'EXO trace Fail 5.7.708 traffic not accepted',
    trace(
      'Fail',
      '550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653 AS(2210) [BN1NAM02FT063.eop-nam02.prod.protection.outlook.com]',
      'example-org.mail.protection.outlook.com',
      '52.101.11.4',
    ),
    {
      cause: ['sender-account-blocked', 'ip-reputation', 'ip-blocklisted'],
      reason: ['rejected', 'badreputation', 'blocked'],
      side: 'sender',
      status: '5.7.708',
    },
  ],
  [
    'EXO NDR 5.4.1 AS(201806281) recipient not in tenant',
    exo({
      to: 'zoe@example.org',
      headline: "zoe wasn't found at example.org.",
      actor: 'Sender',
      action: 'Unknown To address',
      fix: ['The address may be misspelled or may not exist. Check the address and resend.'],
      admin: [
        "The recipient's domain is hosted in Microsoft 365, but the address doesn't exist in the recipient's organization (Directory-Based Edge Blocking).",
      ],
      code: '550 5.4.1',
      error:
        '550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [SN1NAM02FT012.eop-nam02.prod.protection.outlook.com]',
      remote: 'SN1NAM02FT012.eop-nam02.prod.protection.outlook.com',
    }),
    { ...MS_NOT_FOUND, recipient: 'zoe@example.org', replyCode: 550, status: '5.4.1' },
  ],
  [
    'EXO 5.4.317 final, remote requires STARTTLS',
    onPrem(
      'adam@example.net',
      "Your message couldn't be delivered. The recipient's email server requires a secure connection, but a secure connection couldn't be established.",
      '550 5.4.317 Message expired, cannot connect to remote server [Message=451 5.7.3 STARTTLS is required to send mail] [LastAttemptedServerName=mx.example.net] [LastAttemptedIP=203.0.113.44:25]',
      'AM6PR01MB1234.eurprd01.prod.exchangelabs.com',
    ),
    {
      cause: ['tls-required', 'starttls-not-used', 'tls-failed', 'delivery-expired'],
      reason: ['failedstarttls', 'securityerror', 'expired'],
      recipient: 'adam@example.net',
      status: '5.4.317',
      ...FINAL,
    },
  ],
  [
    'Hotmail SC-001 policy reasons',
    "550 SC-001 (BAY004-MC3F31) Unfortunately, messages from 198.51.100.23 weren't sent. Please contact your Internet service provider. Mail rejected by Windows Live Hotmail for policy reasons. Reasons for rejection may be related to content with spam-like characteristics or IP/domain reputation problems. If you are not an email/network admin please contact your E-mail/Internet Service Provider for help.",
    {
      cause: ['ip-reputation', 'spam-filtered', 'policy-violation', 'ip-blocklisted'],
      reason: ['badreputation', 'spamdetected', 'policyviolation', 'blocked'],
      side: 'sender',
      replyCode: 550,
    },
  ],
  [
    'Exchange Queue Viewer: connection dropped, timed out',
    lines(
      'Next Hop Domain: example.org',
      'Delivery Type: SMTP Relay to Remote Active Directory Site',
      'Status: Retry',
      'Message Count: 6',
      'Next Retry Time: 12/4/2026 9:55:00 AM',
      'Last Error: 421 4.4.2 Connection dropped due to TimedOut',
    ),
    { ...UNREACHABLE_TEMP },
  ],
  [
    'Get-MessageTrackingLog FAIL RecipientStatus',
    lines(
      'Timestamp        : 12/4/2026 9:14:03 AM',
      'EventId          : FAIL',
      'Source           : ROUTING',
      'Sender           : alice@example.com',
      'Recipients       : {bill@example.com}',
      'RecipientStatus  : {[{LRT=};{LED=550 5.1.1 RESOLVER.ADR.RecipNotFound; not found};{FQDN=};{IP=}]}',
      'MessageSubject   : Q4 figures',
    ),
    { ...MS_NOT_FOUND, recipient: 'bill@example.com', status: '5.1.1' },
  ],
  [
    'Exchange 2013 restricted delivery, newer user text',
    onPrem(
      'execs@example.com',
      "Your message can't be delivered because delivery to this address is restricted.",
      '550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized',
    ),
    { ...RESTRICTED, recipient: 'execs@example.com', replyCode: 550, status: '5.7.1' },
  ],
  [
    'EXO 5.2.2 submission quota exceeded (sender)',
    onPrem(
      'carl@example.org',
      "Your message couldn't be sent because you've reached your limit for the number of messages you can send.",
      '554 5.2.2 mailbox full; STOREDRV.Submission.Exception:SubmissionQuotaExceededException; Failed to process message due to a permanent exception with message Cannot submit message.',
    ),
    { ...SENDING_LIMIT, status: '5.2.2' },
  ],
  [
    'EXO trace Fail 5.7.513 customer block list',
    trace(
      'Fail',
      '550 5.7.513 Service unavailable, Client host [198.51.100.23] blocked by example.org using Customer Block list (AS16012607)',
      'example-org.mail.protection.outlook.com',
      '52.101.11.4',
    ),
    { cause: 'blocked-by-recipient', reason: ['rejected', 'blocked'], side: 'recipient', status: '5.7.513' },
  ],
  [
    'Exchange 2016 delay DSN, DNS server failure',
    lines(
      'Delivery is delayed to these recipients or groups:',
      '',
      'dina@example.net',
      '',
      'Subject: Q4 figures',
      '',
      "This message hasn't been delivered yet. Delivery will continue to be attempted.",
      '',
      'Diagnostic information for administrators:',
      '',
      'Generating server: EX01.corp.example.com',
      '',
      'dina@example.net',
      "Remote Server returned '400 4.4.7 Message delayed'",
      "12/4/2026 10:02:11 AM - Server at EX01.corp.example.com returned '451 4.4.0 DNS query failed. The error was: DNS query failed with error ServerFailure'",
    ),
    // Tightened after measuring (right as written only because delivery-delayed was accepted): the record
    // kept the queue's placeholder "400 4.4.7 Message delayed" and not the DNS failure below it.
    {
      cause: 'dns-failure',
      reason: 'networkerror',
      recipient: 'dina@example.net',
      permanent: false,
    },
  ],
  [
    'EXO reply 5.7.502 banned sender, other agent wording',
    '550 5.7.502 Access denied, banned sender. To request removal from this list, please forward this message to delist@microsoft.com. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653 AS(1421) [MW2NAM12FT022.eop-nam12.prod.protection.outlook.com]',
    {
      cause: ['sender-account-blocked', 'ip-blocklisted', 'ip-reputation'],
      reason: ['rejected', 'blocked', 'badreputation'],
      side: 'sender',
      status: '5.7.502',
    },
  ],
];
