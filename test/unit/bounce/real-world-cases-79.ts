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
  RELAY,
  RESTRICTED,
  SPAM,
  TOO_BIG,
  textEmail,
  USER_UNKNOWN,
  VIRUS,
} from './real-world-expectations.js';

/*
 * A seventy-ninth held-out round: an ordinary week at a corporate IT / managed-service-provider helpdesk (not a
 * hosting company: round 75 did that), in the proportions such a desk meets them: unknown recipients (typos and
 * leavers; Microsoft 365 as copied out of Outlook, the classic "Delivery has failed to these recipients or
 * groups" layout, on-prem Exchange 2016/2019 RecipNotFound, Get-MessageTrackingLog's RecipientStatus, Google
 * Workspace's "Address not found", Mimecast, Cisco's LDAP "#5.1.0 Address rejected", Proofpoint), domain typos
 * (.con, 5.4.310), a suspended Workspace user, full mailboxes (STOREDRV.Deliver, Gmail) and the sender's own
 * quotas (STOREDRV.Submission, 5.1.90, Gmail's daily sending limit), groups and shared mailboxes (AuthRequired,
 * NotAuthorized, 5.7.133/5.7.134, SendAsDenied 5.2.252, 5.7.60, a moderator's rejection), external forwarding
 * blocked (5.7.520), Microsoft 365's outbound protection (5.1.8, 5.7.501, 5.7.705), large attachments
 * (RecipSizeLimit, ROUTING.SizeLimit, Postfix, Gmail), a vendor sending as the domain (Gmail 5.7.26, 5.7.509,
 * Cisco's DMARC text, 5.7.23, policyd-spf, 5.7.515, Mimecast's anti-spoofing), partner gateways (Cisco
 * SenderBase, Proofpoint ipcheck, Barracuda, Trend Micro ERS, Mimecast greylisting and envelope block, Sophos,
 * Exchange Edge's content filter, a virus), routing and delays (hop count, ATTR36, TenantAttribution, Exchange's
 * delay notice with Winsock 10060, QUEUE.Expired, Get-Queue's DNS failure, Gmail's "Delivery incomplete",
 * 4.7.500), what users take for bounces (out-of-office replies in English, German and French, a leaver's
 * auto-reply, a delivery report, a "Not read:" receipt), the same failures in German, French, Spanish and Dutch
 * NDRs, and vague ones forwarded with the user's own words. Each case sets `confidence` where the text is
 * clearly vague or clearly specific. Written from knowledge of these texts, none from the development corpus or
 * the rules, measured before any rule was changed:
 *   round 79  79 cases, 71 right as written (90 %). No case error of ours, but one expectation named a cause the
 *             catalogue lacked: the sender's own mailbox over its send quota (Exchange's "554 5.2.2 mailbox full;
 *             STOREDRV.Submission.Exception:QuotaExceededException", Outlook's "couldn't be sent because your
 *             mailbox is full") was written as mailbox-full on the sender's side, and read as the recipient's full
 *             mailbox (side recipient); it now names the new cause sender-mailbox-full. The rules' other misses:
 *             - Microsoft 365's 5.7.501 "spam abuse detected. The sending account has been banned" alone (no
 *               Microsoft marker) read as a receiver's spam filter;
 *             - three size refusals at medium, not high: "RESOLVER.RST.RecipSizeLimit; message too large for this
 *               recipient", "ROUTING.SizeLimit; message size exceeds fixed maximum size for route" and Postfix's
 *               "552 5.3.4 Error: message file too big" were decided by their status alone (the size words are
 *               general wording, not consulted beside a specific status);
 *             - Mimecast's greylisting 451 quoted in Exchange's "Remote Server returned '451 Internal resource
 *               temporarily unavailable …'" gave no record: a reply without an enhanced status inside Exchange's
 *               quote was not taken for a reply (so was "Remote Server returned '550 Invalid Recipient'");
 *             - Outlook's "Not read:" receipt in words (no RFC 8098 fields) gave no record;
 *             - a German Microsoft 365 NDR ("Die Gruppe … akzeptiert nur Nachrichten von Personen in ihrer
 *               Organisation", "Statuscode: 550 5.7.133") read as unknown: Microsoft was not recognised from the
 *               German label, and the German words were unknown.
 *   fixed     as data: sender-mailbox-full (catalogue, README) with Exchange's submission words, read before
 *             "mailbox full"; "spam abuse detected" and "sending account has been banned" as sender-account-blocked;
 *             the size limits' own default texts as decisive words ("message file too big", "message size exceeds
 *             fixed", "routing.sizelimit"; "recipsizelimit" as the recipient's size limit); Microsoft 365's
 *             group and mailbox restriction in German, French, Spanish and Dutch and "delivery to this address is
 *             restricted"; the localized "Status code:" labels of Microsoft 365's NDR ("Statuscode:", "Código de
 *             estado:", …) as Microsoft markers; Outlook's text receipts ("was deleted without being read", "was
 *             read on" under a "Read:"/"Not read:" subject) as READ_RECEIPT_WORDS. In code: such a receipt read
 *             as one (read-bounce.ts), and a reply code right after Exchange's opening quote taken as opening the
 *             reply (LEADING_CODE). 79 of 79.
 *   then      a second batch of 15 (SECOND_BATCH_79: Exchange 2010's "did not reach some or all", a partner's quota
 *             in the classic layout, Google Groups' "may not have permission to post", Proofpoint's "rejected per
 *             DMARC policy", a Sophos spam notice, Cisco's "SPF unauthorized mail is prohibited", Trend Micro RBL+,
 *             Mimecast's blocked-senders policy, a German NDR with only "Statuscode: 550 5.7.520", a French delay
 *             notice, a Spanish full mailbox, a Dutch out-of-office, a "Read:" receipt, 5.7.708, Exchange's
 *             SubmissionQuotaExceededException), written after the fixes and measured before any change: 13 of 15
 *             right as written. The German external-forwarding NDR read as unknown (5.7.520's words only in
 *             German; a 5.7.520 status override was tried and dropped: Outlook.com also uses 5.7.520 for outbound
 *             spam content, round 17), and the Spanish "No se pudo entregar su mensaje a x" named no recipient.
 *             Fixed as data: 5.7.520's words in German, French, Spanish and Dutch; "mensaje a" before the address
 *             as the recipient's (scan-text.ts). 15 of 15, first batch still 79 of 79.
 */

const HIGH = { confidence: 'high' } as const;
const SURE = { confidence: ['high', 'medium'] } as const;
const UNSURE = { confidence: ['low', 'medium'] } as const;

const DMARC = { cause: ['dmarc-fail', 'auth-failed'], reason: 'authfailure', side: 'sender' } as const;
const SPF = { cause: ['spf-fail', 'auth-failed'], reason: 'authfailure', side: 'sender' } as const;
const AUTH_ANY = {
  cause: ['auth-failed', 'spf-fail', 'dkim-fail', 'dmarc-fail'],
  reason: 'authfailure',
  side: 'sender',
} as const;
const FROM_DENIED = {
  cause: 'from-not-permitted',
  reason: ['rejected', 'securityerror'],
  side: 'sender',
} as const;
const FORWARDING = {
  cause: 'external-forwarding-blocked',
  reason: ['rejected', 'securityerror', 'policyviolation'],
  side: 'sender',
} as const;
const ACCOUNT_BLOCKED = {
  cause: ['sender-account-blocked', 'outbound-filter'],
  reason: ['rejected', 'spamdetected'],
  side: 'sender',
} as const;
const SENDING_LIMIT = {
  cause: ['rate-limited', 'sender-account-blocked', 'size-limit-exceeded'],
  reason: ['speeding', 'rejected', 'exceedlimit'],
  side: 'sender',
} as const;
const DELAYED = { cause: 'delivery-delayed', reason: 'expired', permanent: false } as const;
const AUTO_REPLY = { cause: 'auto-reply', reason: 'vacation', side: 'recipient' } as const;
const FILTERED = {
  cause: ['content-filtered', 'policy-violation', 'spam-filtered'],
  reason: ['filtered', 'policyviolation', 'spamdetected'],
} as const;
const DOMAIN_TYPO = {
  cause: ['recipient-domain-typo', 'domain-not-found'],
  reason: 'hostunknown',
} as const;

const OUTLOOK_FOOTER = [
  '',
  'Original Message Details',
  'Created Date:\t12/2/2026 9:14:02 AM',
  'Sender Address:\talice@example.com',
];

/** Microsoft 365 notice as copied out of Outlook (the newer layout, with "Original Message Details"). */
const outlookNdr = (to: string, head: string[], status: string, error: string, extra: string[] = []) =>
  lines(
    ...head,
    '',
    'How to Fix It',
    ...extra,
    '',
    'More Info for Email Admins',
    `Status code: ${status}`,
    '',
    ...OUTLOOK_FOOTER,
    `Recipient Address:\t${to}`,
    'Subject:\tRE: Q4 invoice',
    '',
    'Error Details',
    `Reported error:\t${error}`,
    'DSN generated by:\tDM6PR11MB4321.namprd11.prod.outlook.com',
    '',
  );

/** Classic Exchange layout ("Delivery has failed to these recipients or groups:"), as pasted. */
const classicNdr = (
  to: string,
  user: string,
  server: string,
  remote: string,
  generating = 'EXCH01.corp.example.com',
) =>
  lines(
    'Delivery has failed to these recipients or groups:',
    '',
    to,
    user,
    '',
    '',
    '',
    '',
    'Diagnostic information for administrators:',
    '',
    `Generating server: ${generating}`,
    '',
    to,
    server,
    remote,
    '',
    'Original message headers:',
    '',
    'Received: from EXCH01.corp.example.com (10.0.0.12) by EXCH01.corp.example.com',
    ' (10.0.0.12) with Microsoft SMTP Server (version=TLS1_2,',
    ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.39; Wed, 2 Dec 2026',
    ' 09:14:03 +0100',
    'From: Alice Example <alice@example.com>',
    `To: ${to}`,
    'Subject: Angebot 2027',
    '',
  );

export const ROUND_79: RealWorldCase[] = [
  // --- unknown recipients: typos and people who have left (the bulk of any week) ---
  [
    'M365 Outlook copy: wasn’t found at example.org (5.1.10)',
    outlookNdr(
      'bob.smith@example.org',
      [
        'Your message to bob.smith@example.org couldn’t be delivered.',
        'bob.smith wasn’t found at example.org.',
        '',
        'alice\tOffice 365\tbob.smith',
        'Action Required\t\tRecipient',
        '',
        'Unknown To address',
      ],
      '550 5.1.10',
      '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient bob.smith@example.org not found by SMTP address lookup',
      [
        'The address may be misspelled or may not exist. Try one or more of the following:',
        '- Send the message again following these steps: In Outlook, open this non-delivery report (NDR) and choose Send Again from the Report ribbon.',
      ],
    ),
    {
      ...MS_NOT_FOUND,
      recipient: 'bob.smith@example.org',
      replyCode: 550,
      status: '5.1.10',
      permanent: true,
      ...HIGH,
    },
  ],
  [
    'Classic Exchange NDR: remote Postfix user unknown',
    classicNdr(
      'j.doe@example.net',
      "The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.",
      'mx1.example.net #550 5.1.1 <j.doe@example.net>: Recipient address rejected: User unknown in virtual mailbox table ##',
      '',
    ),
    { ...USER_UNKNOWN, recipient: 'j.doe@example.net', replyCode: 550, status: '5.1.1', ...HIGH },
  ],
  [
    'On-prem Exchange 2016: ExRecipNotFound for a leaver',
    classicNdr(
      'm.weber@example.com',
      "The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.",
      'EXCH01.corp.example.com',
      '#550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found ##',
    ),
    { ...MS_NOT_FOUND, recipient: 'm.weber@example.com', status: '5.1.1', permanent: true, ...HIGH },
  ],
  [
    'Get-MessageTrackingLog FAIL with DBEB 5.4.1 in RecipientStatus',
    lines(
      'PS C:\\> Get-MessageTrackingLog -Sender alice@example.com -EventId FAIL -Start "12/2/2026" | fl',
      '',
      'Timestamp               : 12/2/2026 10:14:22 AM',
      'ClientIp                :',
      'ServerHostname          : EXCH02',
      'Source                  : SMTP',
      'EventId                 : FAIL',
      'Recipients              : {k.tanaka@example.org}',
      'RecipientStatus         : {[{LRT=12/2/2026 10:14:20 AM};{LED=550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [SN1NAM02FT0012.eop-nam02.prod.protection.outlook.com 2026-12-02T09:14:21.512Z 08DB0123456789AB]};{FQDN=example-org.mail.protection.outlook.com};{IP=198.51.100.20}]}',
      'TotalBytes              : 48213',
      'MessageSubject          : Contract draft v3',
      'Sender                  : alice@example.com',
    ),
    { ...MS_NOT_FOUND, recipient: 'k.tanaka@example.org', replyCode: 550, status: '5.4.1' },
  ],
  [
    'Google Workspace "Address not found" as pasted by the user',
    lines(
      'Address not found',
      '',
      "Your message wasn't delivered to finance@example.org because the address couldn't be found, or is unable to receive mail.",
      '',
      'LEARN MORE',
      '',
      'The response from the remote server was:',
      '550 5.1.1 <finance@example.org>: Recipient address rejected: User unknown in local recipient table',
    ),
    { ...USER_UNKNOWN, recipient: 'finance@example.org', replyCode: 550, status: '5.1.1', ...HIGH },
  ],
  [
    'Gmail to Gmail: NoSuchUser with a typo in the name',
    lines(
      'Address not found',
      '',
      "Your message wasn't delivered to jon.smiht@gmail.com because the address couldn't be found, or is unable to receive mail.",
      '',
      'The response was:',
      '',
      "The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser",
    ),
    { ...USER_UNKNOWN, recipient: 'jon.smiht@gmail.com', ...HIGH },
  ],
  [
    'Mimecast: Invalid Recipient',
    '550 Invalid Recipient - https://community.mimecast.com/docs/DOC-1369#550 [kQvD4WfXN9u1Zr2yJpT6mg.uk123]',
    { ...USER_UNKNOWN, replyCode: 550, provider: /mimecast/i },
  ],
  [
    'Cisco Secure Email: #5.1.0 Address rejected (LDAP accept query)',
    classicNdr(
      'h.martin@example.org',
      'Your message wasn’t delivered to h.martin@example.org because the address couldn’t be found. Check for typos or unnecessary spaces and try again.',
      'esa1.hc1234-67.iphmx.com',
      "Remote Server returned '550 #5.1.0 Address rejected.'",
      'AM9PR05MB1234.eurprd05.prod.outlook.com',
    ),
    { ...USER_UNKNOWN, recipient: 'h.martin@example.org', replyCode: 550, status: '5.1.0' },
  ],
  [
    'Proofpoint: 550 5.1.1 User Unknown inside an Exchange Online NDR',
    lines(
      'Your message to p.rossi@example.it couldn’t be delivered.',
      'p.rossi wasn’t found at example.it.',
      '',
      'More Info for Email Admins',
      'Status code: 550 5.1.1',
      '',
      'Reported error:\t550 5.1.1 <p.rossi@example.it>: User Unknown',
      'DSN generated by:\tAM0PR02MB5678.eurprd02.prod.outlook.com',
      'Remote server:\tmx0a-00123456.pphosted.com',
    ),
    { ...USER_UNKNOWN, recipient: 'p.rossi@example.it', replyCode: 550, status: '5.1.1' },
  ],
  [
    'Gmail: recipient domain typo .con',
    lines(
      'Address not found',
      '',
      "Your message wasn't delivered to orders@example-supplies.con because the domain example-supplies.con couldn't be found. Check for typos or unnecessary spaces and try again.",
      '',
      'The response was:',
      '',
      "DNS Error: DNS type 'mx' lookup of example-supplies.con responded with code NXDOMAIN Domain name not found: example-supplies.con",
    ),
    { ...DOMAIN_TYPO, recipient: 'orders@example-supplies.con', permanent: true },
  ],
  [
    'M365: 5.4.310 DNS domain does not exist',
    lines(
      'Your message to sales@exmaple.com couldn’t be delivered.',
      'The domain exmaple.com doesn’t exist or couldn’t be reached.',
      '',
      'Status code: 550 5.4.310',
      '',
      'Reported error:\t550 5.4.310 DNS domain exmaple.com does not exist [Message=InfoDomainNonexistent] [LastAttemptedServerName=exmaple.com] [BN8NAM12FT055.eop-nam12.prod.protection.outlook.com 2026-12-02T10:01:12.114Z 08DB0123456789CD]',
    ),
    { ...DOMAIN_TYPO, recipient: 'sales@exmaple.com', replyCode: 550, status: '5.4.310', ...HIGH },
  ],
  [
    'Google Workspace: suspended user 5.2.1',
    lines(
      '550-5.2.1 The email account that you tried to reach is disabled. Learn more at',
      '550 5.2.1  https://support.google.com/mail/?p=DisabledUser d75a77b69052e-4a1b2c3d4e5si123456cf.77 - gsmtp',
    ),
    { ...DISABLED, replyCode: 550, status: '5.2.1', ...HIGH },
  ],
  // --- full mailboxes, and the sender's own quota ---
  [
    'M365: recipient mailbox full (QuotaExceededException)',
    lines(
      'Your message to c.lee@example.org couldn’t be delivered.',
      'The recipient’s mailbox is full and can’t accept messages now. Please try resending your message later, or contact the recipient directly.',
      '',
      'Status code: 554 5.2.2',
      '',
      'Reported error:\t554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot open mailbox /o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=0123456789abcdef-c.lee. 16.55847:E8030000[EndDiagnosticData]',
    ),
    { ...MAILBOX_FULL, recipient: 'c.lee@example.org', replyCode: 554, status: '5.2.2', ...HIGH },
  ],
  [
    'On-prem Exchange: STOREDRV.Deliver mailbox full',
    classicNdr(
      'empfang@example.com',
      "The recipient's mailbox is full and can't accept messages now. Please try resending your message later, or contact the recipient directly.",
      'EXCH02.corp.example.com',
      '#550 5.2.2 STOREDRV.Deliver: mailbox full. The following information should help identify the cause: "MapiExceptionShutoffQuotaExceeded:16.18969:3C000000, 17.27161:00000000". ##',
    ),
    { ...MAILBOX_FULL, recipient: 'empfang@example.com', status: '5.2.2' },
  ],
  [
    'Gmail: recipient over quota',
    lines(
      'Message not delivered',
      '',
      "Your message couldn't be delivered to anna.k@gmail.com because the remote server is misconfigured. See technical details below for more information.",
      '',
      'The response from the remote server was:',
      '552 5.2.2 The email account that you tried to reach is over quota. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaPerm',
    ),
    { ...MAILBOX_FULL, recipient: 'anna.k@gmail.com', replyCode: 552, status: '5.2.2' },
  ],
  [
    'Sender’s own mailbox over its send quota (Submission quota)',
    lines(
      'Your message couldn’t be sent because your mailbox is full.',
      '',
      'Status code: 554 5.2.2',
      '',
      'Reported error:\t554 5.2.2 mailbox full; STOREDRV.Submission.Exception:QuotaExceededException.MapiExceptionQuotaExceeded; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot submit message.[EndDiagnosticData]',
    ),
    { cause: 'sender-mailbox-full', reason: 'mailboxfull', side: 'sender', status: '5.2.2' },
  ],
  [
    'M365: daily recipient limit reached (5.1.90)',
    lines(
      'Your message couldn’t be delivered because you’ve reached your daily limit for message recipients.',
      '',
      'Status code: 550 5.1.90',
      '',
      "Reported error:\t550 5.1.90 Your message can't be sent because you've reached your daily limit for message recipients. [PH0PR11MB1234.namprd11.prod.outlook.com 2026-12-03T15:02:44.000Z 08DB0123456789EF]",
    ),
    { ...SENDING_LIMIT, replyCode: 550, status: '5.1.90' },
  ],
  [
    'Google Workspace: daily user sending limit exceeded',
    lines(
      'You have reached a limit for sending mail. Your message was not sent.',
      '',
      'The response was:',
      '550 5.4.5 Daily user sending limit exceeded. For more information on Gmail sending limits go to https://support.google.com/a/answer/166852',
    ),
    { ...SENDING_LIMIT, replyCode: 550, status: '5.4.5' },
  ],
  // --- shared mailboxes, groups, send-as ---
  [
    'On-prem distribution group: RESOLVER.RST.AuthRequired',
    classicNdr(
      'Sales Team (sales@example.com)',
      "Your message can't be delivered because delivery to this address is restricted.",
      'EXCH01.corp.example.com',
      '#550 5.7.1 RESOLVER.RST.AuthRequired; authentication required ##',
    ),
    { ...RESTRICTED, status: '5.7.1', ...SURE },
  ],
  [
    'M365: group only accepts messages from its organization (5.7.133)',
    lines(
      'Your message to all-staff@example.com couldn’t be delivered.',
      'The group all-staff only accepts messages from people in its organization or on its allowed senders list, and your email address isn’t on the list.',
      '',
      'Status code: 550 5.7.133',
      '',
      'Reported error:\t550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed because the sender was not authenticated when sending to this group',
    ),
    { ...RESTRICTED, recipient: 'all-staff@example.com', status: '5.7.133', ...HIGH },
  ],
  [
    'M365: shared mailbox only accepts internal senders (5.7.134)',
    lines(
      'Your message to invoices@example.com couldn’t be delivered.',
      'The mailbox invoices only accepts messages from people in its organization or on its allowed senders list.',
      '',
      'Reported error:\t550 5.7.134 RESOLVER.RST.SenderNotAuthenticatedForMailbox; authentication required; Delivery restriction check failed as sender not authenticated for mailbox',
    ),
    { ...RESTRICTED, recipient: 'invoices@example.com', status: '5.7.134' },
  ],
  [
    'Exchange: NotAuthorized to send to a restricted group',
    classicNdr(
      'board@example.com',
      "You don't have permission to send to this recipient. For assistance, contact your system administrator.",
      'EXCH01.corp.example.com',
      '#550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized ##',
    ),
    { ...RESTRICTED, recipient: 'board@example.com', status: '5.7.1' },
  ],
  [
    'Send As denied on a shared mailbox (5.2.252)',
    lines(
      'Your message couldn’t be delivered.',
      'This message could not be sent. Try sending the message again later, or contact your network administrator. You do not have the permission to send the message on behalf of the specified user.',
      '',
      'Reported error:\t554 5.2.252 SendAsDenied; alice@example.com not allowed to send as office@example.com; STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot submit message. 0.35250:0A00F481[EndDiagnosticData]',
    ),
    { ...FROM_DENIED, replyCode: 554, status: '5.2.252', ...HIGH },
  ],
  [
    'Exchange 2019: 5.7.60 send-as from an app relay',
    '530 5.7.60 SMTP; Client does not have permissions to send as this sender',
    { ...FROM_DENIED, replyCode: 530, status: '5.7.60' },
  ],
  [
    'Distribution group moderator rejected the message',
    textEmail(
      'Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com>',
      'Rejected: Office closure over Christmas',
      [
        'Your message to All Staff wasn’t delivered.',
        '',
        'Your message wasn’t delivered because the group’s moderator rejected it.',
        '',
        'Your message was rejected by the moderator for the group All Staff (all-staff@example.com).',
      ],
    ),
    { ...RESTRICTED, cause: ['recipient-restricted', 'content-filtered'], reason: ['rejected', 'filtered'] },
  ],
  // --- forwarding and the sender's own outbound protection ---
  [
    'M365: external forwarding blocked (5.7.520)',
    lines(
      'Your message to alice.private@gmail.com couldn’t be delivered.',
      'Your organization does not allow external forwarding. Please contact your administrator for further assistance.',
      '',
      'Status code: 550 5.7.520',
      '',
      'Reported error:\t550 5.7.520 Access denied, Your organization does not allow external forwarding. Please contact your administrator for further assistance. AS(7555)',
    ),
    { ...FORWARDING, replyCode: 550, status: '5.7.520', ...HIGH },
  ],
  [
    'M365: external forwarding blocked as a bare line from the admin center',
    '550 5.7.520 Access denied, Your organization does not allow external forwarding. AS(7555)',
    { ...FORWARDING, status: '5.7.520' },
  ],
  [
    'M365: restricted sender, bad outbound sender (5.1.8)',
    lines(
      'Your message couldn’t be delivered because you weren’t recognized as a valid sender. The most common reason for this is that your email address is suspected of sending spam and it’s no longer allowed to send messages outside of your organization. Contact your email admin for assistance.',
      '',
      "Remote Server returned '550 5.1.8 Access denied, bad outbound sender. AS(42) [DB8EUR05FT012.eop-eur05.prod.protection.outlook.com]'",
    ),
    { ...ACCOUNT_BLOCKED, replyCode: 550, status: '5.1.8', ...HIGH },
  ],
  [
    'M365: spam abuse detected, account banned (5.7.501)',
    '550 5.7.501 Access denied, spam abuse detected. The sending account has been banned due to detected spam activity.',
    { ...ACCOUNT_BLOCKED, status: '5.7.501' },
  ],
  [
    'M365: tenant outbound limit (5.7.705)',
    '550 5.7.705 Access denied, tenant has exceeded threshold. The majority of traffic from your tenant has been detected as suspicious and has resulted in a ban on sending ability for the tenant.',
    { ...ACCOUNT_BLOCKED, status: '5.7.705' },
  ],
  // --- large attachments ---
  [
    'M365: message too large for this recipient (RecipSizeLimit)',
    lines(
      'Your message to procurement@example.org couldn’t be delivered.',
      'The message is too big to be delivered to procurement@example.org.',
      '',
      'Reported error:\t550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient',
    ),
    { ...TOO_BIG, recipient: 'procurement@example.org', status: '5.2.3', ...HIGH },
  ],
  [
    'Exchange 2016: ROUTING.SizeLimit',
    classicNdr(
      'planung@example.de',
      'Your message is too big to be delivered. Try sending the message again with smaller attachments or fewer attachments.',
      'EXCH01.corp.example.com',
      '#550 5.3.4 ROUTING.SizeLimit; message size exceeds fixed maximum size for route ##',
    ),
    { ...TOO_BIG, status: '5.3.4', ...HIGH },
  ],
  [
    'Partner Postfix: 552 5.3.4 message size exceeds fixed limit',
    "Remote Server returned '552 5.3.4 Error: message file too big'",
    { ...TOO_BIG, replyCode: 552, status: '5.3.4', ...HIGH },
  ],
  [
    'Gmail: exceeded Google’s message size limits',
    lines(
      "552-5.3.4 Your message exceeded Google's message size limits. Please visit",
      '552-5.3.4  https://support.google.com/mail/?p=MaxSizeError to view our size',
      '552 5.3.4 guidelines. 5b1f17b1804b1-43d123456789si1234567f9.301 - gsmtp',
    ),
    { ...TOO_BIG, replyCode: 552, status: '5.3.4', provider: /google|gmail/i, ...HIGH },
  ],
  // --- a vendor starts sending as the domain: SPF/DKIM/DMARC ---
  [
    'Gmail rejects invoice platform mail sent as our domain (DMARC)',
    lines(
      "550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's",
      '550-5.7.26 DMARC policy. Please contact the administrator of example.com domain',
      '550-5.7.26 if this was a legitimate mail. To learn about the DMARC initiative, go',
      '550 5.7.26  https://support.google.com/mail/?p=DmarcRejection 41be03b00d2f7-7c1234567si12345a12.88 - gsmtp',
    ),
    { ...DMARC, replyCode: 550, status: '5.7.26', ...HIGH },
  ],
  [
    'M365 receiver: 5.7.509 DMARC reject for the vendor’s mail',
    "Remote Server returned '550 5.7.509 Access denied, sending domain EXAMPLE.COM does not pass DMARC verification and has a DMARC policy of reject. [AM4PEPF00012345.eurprd04.prod.outlook.com 2026-12-03T08:12:55.000Z 08DB0123456789AA]'",
    { ...DMARC, status: '5.7.509', ...HIGH },
  ],
  [
    'Cisco Secure Email: DMARC unauthenticated mail is prohibited',
    '550 5.7.1 DMARC unauthenticated mail is prohibited',
    { ...DMARC, replyCode: 550, status: '5.7.1', ...HIGH },
  ],
  [
    'M365: SPF violation (5.7.23)',
    '550 5.7.23 The message was rejected because of Sender Policy Framework violation',
    { ...SPF, status: '5.7.23', ...HIGH },
  ],
  [
    'Partner Postfix policyd-spf rejects the CRM’s mail',
    '550 5.7.23 <buyer@example.org>: Recipient address rejected: Message rejected due to: SPF fail - not authorized. Please see http://www.openspf.net/Why?s=mfrom;id=news@example.com;ip=203.0.113.45;r=<UNKNOWN>',
    { ...SPF, recipient: 'buyer@example.org', status: '5.7.23', ...HIGH },
  ],
  [
    'Outlook.com: 5.7.515 authentication level not met',
    "550 5.7.515 Access denied, sending domain [EXAMPLE.COM] doesn't meet the required authentication level. The sender's domain in the 5322.From address doesn't meet the authentication requirements defined for the sender. To learn more about 5322.From address authentication requirements, visit https://aka.ms/AuthRequirements",
    { ...AUTH_ANY, status: '5.7.515' },
  ],
  [
    'Mimecast: anti-spoofing policy blocks the vendor sending as us',
    '550 Rejected by header based Anti-Spoofing policy: accounts@example.com - https://community.mimecast.com/docs/DOC-1369#550 [a1B2c3D4e5F6g7H8i9J0kL.uk85]',
    {
      cause: ['from-not-permitted', 'policy-violation', 'auth-failed', 'spf-fail', 'dmarc-fail'],
      reason: ['rejected', 'policyviolation', 'authfailure'],
      side: 'sender',
      provider: /mimecast/i,
    },
  ],
  // --- partner and supplier gateways ---
  [
    'Cisco Secure Email: poor SenderBase reputation',
    "554 Your access to this mail system has been rejected due to the sending MTA's poor reputation. If you believe that this failure is in error, please contact the intended recipient via alternate means.",
    { ...IP_REPUTATION, replyCode: 554 },
  ],
  [
    'Proofpoint: blocked, see ipcheck',
    '554 Blocked - see https://ipcheck.proofpoint.com/?ip=203.0.113.45',
    { ...IP_REPUTATION, replyCode: 554, sendingIp: '203.0.113.45' },
  ],
  [
    'Barracuda: blocked using Barracuda Reputation',
    '554 Service unavailable; Client host [203.0.113.45] blocked using Barracuda Reputation; http://www.barracudanetworks.com/reputation/?r=1&ip=203.0.113.45',
    {
      ...IP_BLOCK,
      cause: ['ip-blocklisted', 'ip-reputation'],
      reason: ['blocked', 'badreputation'],
      sendingIp: '203.0.113.45',
    },
  ],
  [
    'Barracuda: permanent failure (…:blocked)',
    '550 permanent failure for one or more recipients (d.novak@example.org:blocked)',
    {
      cause: ['spam-filtered', 'content-filtered', 'policy-violation', 'blocked-by-recipient'],
      reason: ['spamdetected', 'filtered', 'policyviolation', 'rejected'],
      recipient: 'd.novak@example.org',
      ...UNSURE,
    },
  ],
  [
    'Trend Micro Email Reputation Services',
    '550 5.7.1 Service unavailable, Client host [203.0.113.45] blocked using Trend Micro Email Reputation database. Please see http://www.mail-abuse.com/cgi-bin/lookup?ip_address=203.0.113.45',
    { ...IP_BLOCK, sendingIp: '203.0.113.45', ...HIGH },
  ],
  [
    'Mimecast greylisting: Internal resource temporarily unavailable',
    "Remote Server returned '451 Internal resource temporarily unavailable - https://community.mimecast.com/docs/DOC-1369#451 [Z9y8X7w6V5u4T3s2R1q0pO.uk45]'",
    { ...GREYLIST, permanent: false, provider: /mimecast/i },
  ],
  [
    'Mimecast: envelope blocked by the partner',
    '550 Administrative prohibition - envelope blocked - https://community.mimecast.com/docs/DOC-1369#550 [Ab12Cd34Ef56Gh78Ij90Kl.uk67]',
    {
      cause: ['blocked-by-recipient', 'policy-violation'],
      reason: ['rejected', 'policyviolation', 'blocked'],
      provider: /mimecast/i,
    },
  ],
  [
    'Sophos Email notice: prohibited attachment',
    textEmail('Sophos Email <do-not-reply@sophos.com>', 'Message blocked: Quote and drawings', [
      'Your message to t.berg@example.org was blocked by the recipient’s email security.',
      '',
      'Reason: The message contained an attachment type that is not allowed (drawings.zip contains .exe).',
      '',
      'If you believe this is an error, please contact the recipient by other means.',
    ]),
    { ...FILTERED, recipient: 't.berg@example.org' },
  ],
  [
    'Exchange Edge content filter: rejected as spam',
    "Remote Server returned '550 5.7.1 Message rejected as spam by Content Filtering.'",
    { ...SPAM, ...HIGH },
  ],
  [
    'Partner gateway: virus found in the attachment',
    '554 5.7.1 Message rejected: Virus found: Trojan.PDF.Phishing.Gen in Invoice_0458.pdf',
    { ...VIRUS, side: 'sender', replyCode: 554 },
  ],
  [
    'Gmail: blocked attachment content',
    lines(
      'Message blocked',
      '',
      'Your message to m.garcia@gmail.com has been blocked. See technical details below for more information.',
      '',
      'The response was:',
      '552-5.7.0 This message was blocked because its content presents a potential',
      '552-5.7.0 security issue. To review our message content and attachment content',
      '552 5.7.0 guidelines, go to https://support.google.com/mail/?p=BlockedMessage',
    ),
    {
      cause: ['policy-violation', 'content-filtered', 'virus-found', 'spam-filtered'],
      reason: ['policyviolation', 'filtered', 'virusdetected', 'spamdetected'],
      side: 'sender',
      replyCode: 552,
      status: '5.7.0',
    },
  ],
  [
    'M365 relaying a partner’s blocklist refusal: Spamhaus',
    lines(
      'Your message to ops@example.net couldn’t be delivered.',
      'The recipient’s email system rejected your message.',
      '',
      "Remote Server returned '554 5.7.1 Service unavailable; Client host [203.0.113.45] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/203.0.113.45'",
    ),
    { ...IP_BLOCK, sendingIp: '203.0.113.45', blocklist: 'spamhaus' },
  ],
  [
    'Outlook.com: our ISP range on the block list (S3150)',
    "550 5.7.1 Unfortunately, messages from [203.0.113.45] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [DB5EUR03FT012.eop-EUR03.prod.protection.outlook.com 2026-12-03T11:20:13.000Z 08DB0123456789BB]",
    { cause: ['ip-blocklisted', 'network-blocklisted'], reason: 'blocked', side: 'sender', ...SURE },
  ],
  // --- routing, relaying, delays ---
  [
    'M365 hybrid: hop count exceeded, mail loop',
    "Remote Server returned '554 5.4.14 Hop count exceeded - possible mail loop ATTR34 [BN8NAM11FT012.eop-nam11.prod.protection.outlook.com 2026-12-03T12:01:01.000Z]'",
    { ...LOOP, status: '5.4.14' },
  ],
  [
    'M365: ATTR36 relay access denied',
    '550 5.4.1 Relay Access Denied ATTR36 [DM6NAM10FT012.eop-nam10.prod.protection.outlook.com 2026-12-03T12:05:01.000Z]',
    { ...RELAY, status: '5.4.1' },
  ],
  [
    'M365 connector: TenantAttribution relay denied for the scanner',
    '550 5.7.64 TenantAttribution; Relay Access Denied [SN1NAM02FT0061.eop-nam02.prod.protection.outlook.com]',
    { cause: ['relay-not-authorised', 'relay-denied'], reason: 'norelaying', status: '5.7.64' },
  ],
  [
    'Exchange delay notice: 400 4.4.7 Message delayed',
    lines(
      'Delivery is delayed to these recipients or groups:',
      '',
      'r.kowalski@example.pl',
      '',
      'Subject: Lieferschein 4711',
      '',
      "This message hasn't been delivered yet. Delivery will continue to be attempted.",
      '',
      "The server will keep trying to deliver this message for the next 1 days, 19 hours and 52 minutes. You'll be notified if the message can't be delivered by that time.",
      '',
      'Diagnostic information for administrators:',
      '',
      'Generating server: EXCH01.corp.example.com',
      'Receiving server: mail.example.pl (198.51.100.77)',
      '',
      'r.kowalski@example.pl',
      "Remote Server at mail.example.pl (198.51.100.77) returned '400 4.4.7 Message delayed'",
      '12/3/2026 1:14:22 PM - Remote Server at mail.example.pl (198.51.100.77) returned \'441 4.4.1 Error encountered while communicating with primary target IP address: "Failed to connect. Winsock error code: 10060, Win32 error code: 10060." Attempted failover to alternate host, but that did not succeed. Either there are no alternate hosts, or delivery failed to all alternate hosts. The last endpoint attempted was 198.51.100.77:25\'',
    ),
    {
      cause: ['delivery-delayed', 'recipient-server-unreachable'],
      reason: 'expired',
      permanent: false,
      recipient: 'r.kowalski@example.pl',
    },
  ],
  [
    'Exchange: QUEUE.Expired after two days',
    classicNdr(
      'r.kowalski@example.pl',
      "The message couldn't be delivered in the time allowed. Please try resending it later.",
      'EXCH01.corp.example.com',
      '#550 4.4.7 QUEUE.Expired; message expired ##',
    ),
    { ...EXPIRED, recipient: 'r.kowalski@example.pl', permanent: true },
  ],
  [
    'Get-Queue LastError: DNS query failed',
    lines(
      'Identity          : EXCH01\\8',
      'DeliveryType      : SmtpDeliveryToMailbox',
      'Status            : Retry',
      'MessageCount      : 14',
      'NextHopDomain     : example.org',
      'LastError         : 451 4.4.0 DNS query failed. The error was: DNS query failed with error: ErrorRetry',
    ),
    {
      cause: ['dns-failure', 'delivery-delayed'],
      reason: ['networkerror', 'expired'],
      permanent: false,
      status: '4.4.0',
    },
  ],
  [
    'Gmail: delivery incomplete, will retry',
    lines(
      'Delivery incomplete',
      '',
      'There was a temporary problem delivering your message to l.brown@example.org. Gmail will retry for 46 more hours. You’ll be notified if the delivery fails permanently.',
      '',
      'The response was:',
      '',
      'The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720 [mx.example.org. 198.51.100.30: timed out]',
    ),
    {
      cause: ['delivery-delayed', 'recipient-server-unreachable'],
      reason: 'expired',
      permanent: false,
      recipient: 'l.brown@example.org',
    },
  ],
  [
    'Exchange Online 4.7.500 server busy from our IP',
    '451 4.7.500 Server busy. Please try again later from [203.0.113.45]. (AS761) [AM6EUR05FT012.eop-eur05.prod.protection.outlook.com]',
    { ...RATE, permanent: false, status: '4.7.500' },
  ],
  // --- not bounces at all ---
  [
    'Out of office taken for a bounce',
    textEmail('Bob Smith <bob.smith@example.org>', 'Automatic reply: Q4 invoice', [
      'Thank you for your email. I am out of the office until Monday 14 December with limited access to email.',
      'For urgent matters please contact accounts@example.org.',
      '',
      'Kind regards,',
      'Bob',
    ]),
    AUTO_REPLY,
  ],
  [
    'Leaver’s auto-reply: no longer with the company',
    textEmail('Sarah Jones <s.jones@example.org>', 'Automatic reply: Purchase order 88231', [
      'Thank you for your message. Sarah Jones has left Example Ltd and this mailbox is no longer monitored.',
      'Please resend your message to purchasing@example.org.',
    ]),
    { cause: ['address-retired', 'auto-reply'], reason: 'vacation' },
  ],
  [
    'German out of office (Automatische Antwort)',
    textEmail('Thomas Müller <t.mueller@example.de>', 'Automatische Antwort: Angebot 2027', [
      'Sehr geehrte Damen und Herren,',
      '',
      'vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 18.12.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails.',
      'In dringenden Fällen wenden Sie sich bitte an vertrieb@example.de.',
      '',
      'Mit freundlichen Grüßen',
      'Thomas Müller',
    ]),
    AUTO_REPLY,
  ],
  [
    'French out of office (Réponse automatique)',
    textEmail('Marie Dupont <marie.dupont@example.fr>', 'Réponse automatique : Commande 2027-114', [
      'Bonjour,',
      '',
      'Je suis absente du bureau jusqu’au 4 janvier inclus. Pour toute urgence, merci de contacter service.client@example.fr.',
      '',
      'Cordialement,',
      'Marie Dupont',
    ]),
    AUTO_REPLY,
  ],
  [
    'Delivery report: completed, no notification from the destination',
    lines(
      'Your message has been delivered to the following recipients:',
      '',
      'bob.smith@example.org (bob.smith@example.org)',
      '',
      'Subject: Q4 invoice',
      '',
      'Delivery has completed for these recipients or groups, but no delivery notification was sent by the destination server:',
      '',
      'bob.smith@example.org',
    ),
    { cause: 'delivered', reason: 'delivered' },
  ],
  [
    'Read receipt: deleted without being read',
    textEmail('Bob Smith <bob.smith@example.org>', 'Not read: Q4 invoice', [
      'Your message',
      '',
      '  To:\tBob Smith',
      '  Subject:\tQ4 invoice',
      '  Sent:\tWednesday, 2 December 2026 09:14:02 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna',
      '',
      'was deleted without being read on Thursday, 3 December 2026 08:01:44 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.',
    ]),
    { cause: 'read-receipt', reason: 'delivered' },
  ],
  // --- the same failures as German, French, Spanish and Dutch offices see them ---
  [
    'German Exchange NDR: E-Mail-Adresse wurde nicht gefunden',
    lines(
      'Die Nachricht konnte nicht an folgende Empfänger oder Gruppen übermittelt werden:',
      '',
      'h.schulz@example.de',
      'Die eingegebene E-Mail-Adresse wurde nicht gefunden. Überprüfen Sie die E-Mail-Adresse des Empfängers, und versuchen Sie, die Nachricht erneut zu senden. Wenn das Problem weiterhin besteht, wenden Sie sich an Ihr Helpdesk.',
      '',
      'Diagnoseinformationen für Administratoren:',
      '',
      'Generierender Server: EXCH01.corp.example.de',
      '',
      'h.schulz@example.de',
      'mail.example.de',
      "Remote Server returned '550 5.1.1 <h.schulz@example.de>: Recipient address rejected: User unknown in virtual mailbox table'",
    ),
    { ...USER_UNKNOWN, recipient: 'h.schulz@example.de', status: '5.1.1', ...HIGH },
  ],
  [
    'German M365: Postfach des Empfängers ist voll',
    lines(
      'Ihre Nachricht an buchhaltung@example.de konnte nicht zugestellt werden.',
      'Das Postfach des Empfängers ist voll und kann derzeit keine Nachrichten annehmen. Versuchen Sie später erneut, die Nachricht zu senden, oder wenden Sie sich direkt an den Empfänger.',
      '',
      'Weitere Informationen für E-Mail-Administratoren',
      'Statuscode: 554 5.2.2',
      '',
      'Gemeldeter Fehler:\t554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded',
    ),
    { ...MAILBOX_FULL, recipient: 'buchhaltung@example.de', status: '5.2.2' },
  ],
  [
    'German: Gruppe akzeptiert nur Nachrichten aus der Organisation',
    lines(
      'Ihre Nachricht an einkauf@example.de konnte nicht zugestellt werden.',
      'Die Gruppe einkauf akzeptiert nur Nachrichten von Personen in ihrer Organisation oder in der Liste der zulässigen Absender, und Ihre E-Mail-Adresse ist nicht in der Liste enthalten.',
      '',
      'Statuscode: 550 5.7.133',
    ),
    { ...RESTRICTED, recipient: 'einkauf@example.de', status: '5.7.133' },
  ],
  [
    'French Exchange: boîte aux lettres pleine',
    lines(
      'La remise à ces destinataires ou groupes a échoué :',
      '',
      'compta@example.fr',
      "La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour l'instant. Réessayez d'envoyer votre message plus tard ou contactez directement le destinataire.",
      '',
      'Informations de diagnostic pour les administrateurs :',
      '',
      'Serveur de génération : PR1P264MB1234.FRAP264.PROD.OUTLOOK.COM',
      '',
      'compta@example.fr',
      "Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'",
    ),
    { ...MAILBOX_FULL, recipient: 'compta@example.fr', status: '5.2.2' },
  ],
  [
    'French: message trop volumineux',
    lines(
      'Votre message à achats@example.fr n’a pas pu être remis.',
      'Le message est trop volumineux pour être remis à achats@example.fr.',
      '',
      'Code d’état : 550 5.2.3',
    ),
    { ...TOO_BIG, recipient: 'achats@example.fr', status: '5.2.3' },
  ],
  [
    'Spanish Exchange: dirección no encontrada',
    lines(
      'No se pudo entregar a estos destinatarios o grupos:',
      '',
      'compras@example.es',
      'No se encontró la dirección de correo electrónico que escribió. Compruebe la dirección de correo electrónico del destinatario e intente volver a enviar el mensaje. Si el problema continúa, póngase en contacto con el departamento de soporte técnico.',
      '',
      'Información de diagnóstico para administradores:',
      '',
      'Servidor de generación: EXCH01.corp.example.es',
      '',
      'compras@example.es',
      "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'",
    ),
    { ...MS_NOT_FOUND, recipient: 'compras@example.es', status: '5.1.1' },
  ],
  [
    'Spanish: reenvío externo no permitido',
    lines(
      'No se pudo entregar el mensaje a pedro.personal@gmail.com.',
      'Su organización no permite el reenvío externo.',
      '',
      "Remote Server returned '550 5.7.520 Access denied, Your organization does not allow external forwarding. Please contact your administrator for further assistance. AS(7555)'",
    ),
    { ...FORWARDING, status: '5.7.520' },
  ],
  [
    'Dutch Exchange: e-mailadres niet gevonden',
    lines(
      'Bezorging is mislukt voor deze ontvangers of groepen:',
      '',
      'j.dejong@example.nl',
      'Het e-mailadres dat u hebt ingevoerd, is niet gevonden. Controleer het e-mailadres van de ontvanger en probeer het bericht opnieuw te verzenden. Neem contact op met uw helpdesk als het probleem zich blijft voordoen.',
      '',
      'Diagnostische gegevens voor beheerders:',
      '',
      'Genererende server: AM8P191MB1234.EURP191.PROD.OUTLOOK.COM',
      '',
      'j.dejong@example.nl',
      "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'",
    ),
    { ...MS_NOT_FOUND, recipient: 'j.dejong@example.nl', status: '5.1.10' },
  ],
  [
    'Dutch: bezorging beperkt (group restriction)',
    lines(
      'Bezorging is mislukt voor deze ontvangers of groepen:',
      '',
      'directie@example.nl',
      'Uw bericht kan niet worden bezorgd, omdat bezorging aan dit adres beperkt is.',
      '',
      'Diagnostische gegevens voor beheerders:',
      '',
      'directie@example.nl',
      "Remote Server returned '550 5.7.1 RESOLVER.RST.AuthRequired; authentication required'",
    ),
    { ...RESTRICTED, recipient: 'directie@example.nl', status: '5.7.1' },
  ],
  // --- vague ones an office user forwards with their own words ---
  [
    'User’s own words around a bare "Undeliverable" with 5.7.1 delivery not authorized',
    lines(
      'Hi IT, I keep getting this when I email our auditor, can you look? Thanks, Alice',
      '',
      '-----Original Message-----',
      'From: Microsoft Outlook',
      'Subject: Undeliverable: Year-end documents',
      '',
      'Delivery has failed to these recipients or groups:',
      '',
      'audit@example.net',
      '',
      "Remote Server returned '550 5.7.1 Delivery not authorized, message refused'",
    ),
    {
      cause: [
        'policy-violation',
        'content-filtered',
        'blocked-by-recipient',
        'unknown',
        'recipient-restricted',
      ],
      reason: ['policyviolation', 'filtered', 'rejected', 'onhold', 'securityerror'],
      recipient: 'audit@example.net',
      ...UNSURE,
    },
  ],
  [
    'M365 NDR with only a code: 550 5.7.1 and no words',
    lines(
      'Your message to legal@example.net couldn’t be delivered.',
      '',
      'Status code: 550 5.7.1',
      '',
      'Reported error:\t550 5.7.1',
    ),
    {
      cause: [
        'policy-violation',
        'content-filtered',
        'spam-filtered',
        'blocked-by-recipient',
        'unknown',
        'security-error',
      ],
      reason: ['policyviolation', 'filtered', 'spamdetected', 'rejected', 'onhold', 'securityerror'],
      confidence: 'low',
    },
  ],
];

export const SECOND_BATCH_79: RealWorldCase[] = [
  [
    'b: Exchange 2010-style "did not reach some or all" with a relay-table unknown user',
    lines(
      'Your message did not reach some or all of the intended recipients.',
      '',
      '      Subject:\tRahmenvertrag',
      '      Sent:\t03.12.2026 11:02',
      '',
      'The following recipient(s) cannot be reached:',
      '',
      "      'k.fischer@example.de' on 03.12.2026 11:02",
      '            The e-mail address you entered could not be found.',
      '            <mail.example.de #5.1.1 smtp;550 5.1.1 <k.fischer@example.de>: Recipient address rejected: User unknown in relay recipient table>',
    ),
    { ...USER_UNKNOWN, recipient: 'k.fischer@example.de', status: '5.1.1', ...HIGH },
  ],
  [
    'b: Outlook classic layout: recipient quota exceeded at a partner',
    classicNdr(
      's.moreau@example.fr',
      "The recipient's mailbox is full and can't accept messages now. Please try resending your message later, or contact the recipient directly.",
      'mx.example.fr',
      "Remote Server returned '552 5.2.2 <s.moreau@example.fr>: Recipient address rejected: Mailbox quota exceeded'",
      'AM9PR05MB1234.eurprd05.prod.outlook.com',
    ),
    { ...MAILBOX_FULL, recipient: 's.moreau@example.fr', replyCode: 552, status: '5.2.2', ...HIGH },
  ],
  [
    'b: Google Groups: no permission to post to the group',
    lines(
      "We're writing to let you know that the group you tried to contact (accounts) may not exist, or you may not have permission to post messages to the group. A few more details on why you weren't able to post:",
      '',
      ' * You might have spelled or formatted the group name incorrectly.',
      ' * The owner of the group may have removed this group.',
      ' * You may need to join the group before receiving permission to post.',
      ' * This group may not be open to posting.',
    ),
    {
      ...RESTRICTED,
      cause: ['recipient-restricted', 'user-unknown'],
      reason: ['rejected', 'securityerror', 'userunknown'],
    },
  ],
  [
    'b: Proofpoint: rejected per DMARC policy',
    '550 5.7.1 Email rejected per DMARC policy for example.com (ifgVerified)',
    { ...DMARC, replyCode: 550, status: '5.7.1', ...HIGH },
  ],
  [
    'b: Sophos notice: identified as spam by the recipient’s protection',
    textEmail('Sophos Email <do-not-reply@sophos.com>', 'Undeliverable: Newsletter December', [
      'Your email to k.schmidt@example.de could not be delivered because it was identified as spam by the recipient’s email protection.',
      '',
      'Please contact the recipient by other means if you believe this is a mistake.',
    ]),
    { ...SPAM, recipient: 'k.schmidt@example.de' },
  ],
  [
    'b: Cisco Secure Email: SPF unauthorized mail is prohibited',
    '550 #5.7.1 SPF unauthorized mail is prohibited.',
    { ...SPF, replyCode: 550, status: '5.7.1', ...HIGH },
  ],
  [
    'b: Trend Micro RBL+ through Exchange',
    "Remote Server returned '550 5.7.1 Service unavailable; client [203.0.113.45] blocked using Trend Micro RBL+. Please see http://www.mail-abuse.com/cgi-bin/lookup?ip_address=203.0.113.45'",
    { ...IP_BLOCK, sendingIp: '203.0.113.45', ...HIGH },
  ],
  [
    'b: Mimecast: blocked senders policy for the header From',
    '550 Rejected by header based Blocked Senders - Block policy for Header From - https://community.mimecast.com/docs/DOC-1369#550 [Qw12Er34Ty56Ui78Op90As.uk12]',
    {
      cause: 'blocked-by-recipient',
      reason: ['rejected', 'blocked'],
      side: 'recipient',
      provider: /mimecast/i,
    },
  ],
  [
    'b: German M365: externe Weiterleitung, only the status code in English',
    lines(
      'Ihre Nachricht an max.privat@gmx.de konnte nicht zugestellt werden.',
      'Ihre Organisation lässt keine externe Weiterleitung zu. Wenden Sie sich an Ihren Administrator.',
      '',
      'Statuscode: 550 5.7.520',
    ),
    { ...FORWARDING, status: '5.7.520' },
  ],
  [
    'b: French Exchange delay notice (remise retardée)',
    lines(
      'La remise est retardée pour ces destinataires ou groupes :',
      '',
      'p.lambert@example.fr',
      '',
      "Ce message n'a pas encore été remis. La remise continuera à être tentée.",
      '',
      'Le serveur tentera de remettre ce message pendant les 1 jours, 19 heures et 52 minutes suivants. Vous serez averti si le message ne peut pas être remis dans ce délai.',
      '',
      'Informations de diagnostic pour les administrateurs :',
      '',
      'Serveur de génération : EXCH01.corp.example.com',
      '',
      'p.lambert@example.fr',
      "Remote Server returned '400 4.4.7 Message delayed'",
    ),
    { ...DELAYED, recipient: 'p.lambert@example.fr' },
  ],
  [
    'b: Spanish M365: el buzón del destinatario está lleno',
    lines(
      'No se pudo entregar su mensaje a l.ortega@example.es.',
      'El buzón del destinatario está lleno y no puede aceptar mensajes en este momento. Intente volver a enviar el mensaje más tarde o póngase en contacto directamente con el destinatario.',
      '',
      'Código de estado: 554 5.2.2',
    ),
    { ...MAILBOX_FULL, recipient: 'l.ortega@example.es', status: '5.2.2' },
  ],
  [
    'b: Dutch out of office (Automatisch antwoord)',
    textEmail('Jan de Vries <j.devries@example.nl>', 'Automatisch antwoord: Offerte 2027', [
      'Beste afzender,',
      '',
      'Ik ben afwezig tot en met maandag 4 januari. Uw e-mail wordt niet doorgestuurd. Voor dringende zaken kunt u contact opnemen met info@example.nl.',
      '',
      'Met vriendelijke groet,',
      'Jan de Vries',
    ]),
    AUTO_REPLY,
  ],
  [
    'b: Read receipt: read on',
    textEmail('Bob Smith <bob.smith@example.org>', 'Read: Q4 invoice', [
      'Your message',
      '',
      '  To: Bob Smith',
      '  Subject: Q4 invoice',
      '  Sent: Wednesday, 2 December 2026 09:14:02 (UTC+00:00) Dublin, Edinburgh, Lisbon, London',
      '',
      'was read on Wednesday, 2 December 2026 09:31:17 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.',
    ]),
    { cause: 'read-receipt', reason: 'delivered' },
  ],
  [
    'b: M365 5.7.708 traffic not accepted from this IP',
    '550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653 AS(843) [BN3NAM04FT012.eop-NAM04.prod.protection.outlook.com]',
    {
      cause: ['sender-account-blocked', 'ip-reputation', 'ip-blocklisted'],
      reason: ['rejected', 'badreputation', 'blocked'],
      side: 'sender',
      status: '5.7.708',
    },
  ],
  [
    'b: Exchange on-prem submission quota exceeded',
    lines(
      'Delivery has failed to these recipients or groups:',
      '',
      'newsletter-list@example.com',
      "Your message wasn't delivered because you've exceeded the number of recipients you're allowed to send to in a day.",
      '',
      'Diagnostic information for administrators:',
      '',
      'Generating server: EXCH01.corp.example.com',
      '',
      '#554 5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException; Failed to process message due to a permanent exception with message Cannot submit message. ##',
    ),
    { ...SENDING_LIMIT, status: '5.2.0' },
  ],
];
