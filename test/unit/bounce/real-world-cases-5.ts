import type { RealWorldCase } from './real-world-cases.js';
import {
  AUTH_REQUIRED,
  DISABLED,
  IP_BLOCK,
  IP_REPUTATION,
  lines,
  MAILBOX_FULL,
  ndr,
  POLICY,
  PORT25,
  PTR,
  RATE,
  RELAY,
  SPAM,
  SUPPRESSED,
  TOO_BIG,
  USER_UNKNOWN,
  VIRUS,
} from './real-world-expectations.js';

/*
 * A fifth set (the held-out rounds of issue 2): replies as the providers, gateways and MTAs word them, from
 * their public documentation and common knowledge of the products, none taken from the development corpus.
 * Each batch was written before the rules were changed for it, and measured as written:
 *   round 5   195 cases, 156 right as written (80 %), 193 after its fixes;
 *   round 5b   66 cases,  49 right as written (74 %), 62 after;
 *   round 5c   36 cases,  21 right as written (58 %; 11 of the 15 not read as a bounce at all), 27 after;
 *   round 5d   32 cases,  26 right as written (81 %), 32 after;
 *   round 5e   12 cases written with the extraction fixes, not held out: other wordings of the same forms.
 * What is still wrong is listed in STILL_WRONG with the reason.
 */

const SENDING_RATE = { cause: 'rate-limited', reason: 'speeding', side: 'sender' } as const;
const CONNECTIONS = { cause: 'too-many-connections', reason: 'toomanyconn', side: 'sender' } as const;
const SYSTEM = { cause: 'system-error', reason: 'systemerror', side: 'recipient' } as const;
const AUTH_FAILED = {
  cause: ['auth-failed', 'spf-fail', 'dkim-fail'],
  reason: 'authfailure',
  side: 'sender',
} as const;
const SPF = { cause: 'spf-fail', reason: 'authfailure', side: 'sender' } as const;
const DKIM = { cause: 'dkim-fail', reason: 'authfailure', side: 'sender' } as const;
const DMARC = { cause: 'dmarc-fail', reason: 'authfailure', side: 'sender' } as const;
const BLOCKED_BY_RECIPIENT = {
  cause: ['blocked-by-recipient', 'sender-rejected'],
  reason: 'rejected',
} as const;
const UNREACHABLE = {
  cause: ['recipient-server-unreachable', 'delivery-delayed', 'connection-refused'],
  reason: ['expired', 'networkerror', 'blocked'],
} as const;
const SENDER_DOMAIN = { cause: 'sender-domain-invalid', reason: 'rejected', side: 'sender' } as const;
const DOMAIN_NOT_FOUND = {
  cause: ['domain-not-found', 'recipient-domain-typo'],
  reason: 'hostunknown',
} as const;
const ACCOUNT_BLOCKED = { cause: 'sender-account-blocked', reason: 'rejected', side: 'sender' } as const;
const NOT_BARRACUDA = /^(?![\s\S]*barracuda)/i;

const GOOGLE_5: RealWorldCase[] = [
  [
    'Gmail 4.7.26 unauthenticated, rate limited',
    lines(
      '421-4.7.26 Your email has been rate limited because this message is',
      '421-4.7.26 unauthenticated. Gmail requires all senders to authenticate with',
      '421-4.7.26 either SPF or DKIM. Authentication results: DKIM = did not pass SPF',
      '421-4.7.26 [example.com] with ip: [203.0.113.7] = did not pass For more',
      '421 4.7.26 information, go to https://support.google.com/mail/answer/81126 a1si1qtb.1 - gsmtp',
    ),
    AUTH_FAILED,
  ],
  [
    'Gmail 5.7.27 SPF blocked',
    lines(
      "550-5.7.27 Your email has been blocked because SPF authentication didn't pass",
      '550-5.7.27 for this message. Gmail requires all bulk email senders to',
      '550-5.7.27 authenticate their email with SPF. Authentication results: SPF',
      '550-5.7.27 [example.com] with ip: [203.0.113.7] = Did not pass. For more',
      '550 5.7.27 information, go to https://support.google.com/mail/answer/81126 b2si2qtb.2 - gsmtp',
    ),
    SPF,
  ],
  [
    'Gmail 5.7.30 DKIM blocked',
    lines(
      "550-5.7.30 Your email has been blocked because DKIM authentication didn't pass",
      '550-5.7.30 for this message. Gmail requires all email bulk senders to',
      '550-5.7.30 authenticate their email with DKIM. Authentication results: DKIM =',
      '550 5.7.30 Did not pass. https://support.google.com/mail/answer/81126 c3si3qtb.3 - gsmtp',
    ),
    DKIM,
  ],
  [
    'Gmail 4.7.29 TLS required for bulk senders',
    lines(
      "421-4.7.29 Your email has been rate limited because this message wasn't sent",
      '421-4.7.29 over a TLS connection. Gmail requires all bulk email senders to use',
      '421-4.7.29 TLS/SSL for SMTP connections. For more information, go to',
      '421 4.7.29  https://support.google.com/mail/answer/81126 d4si4qtb.4 - gsmtp',
    ),
    { cause: ['starttls-not-used', 'tls-required'], reason: 'failedstarttls' },
  ],
  [
    'Gmail 5.7.28 unusual rate, blocked',
    lines(
      '550-5.7.28 [203.0.113.7      1] Our system has detected an unusual rate of',
      '550-5.7.28 unsolicited mail originating from your IP address. To protect our',
      '550-5.7.28 users from spam, mail sent from your IP address has been blocked.',
      '550-5.7.28 Please visit https://support.google.com/mail/?p=UnsolicitedIPError',
      '550 5.7.28 to review our Bulk Email Senders Guidelines. e5si5qtb.5 - gsmtp',
    ),
    IP_REPUTATION,
  ],
  [
    'Gmail 5.7.1 very low reputation of the sending domain',
    lines(
      '550-5.7.1 This message is suspicious due to the very low reputation of the',
      '550-5.7.1 sending domain. To best protect our users from spam, the message has',
      '550-5.7.1 been blocked. For more information, go to',
      '550 5.7.1  https://support.google.com/mail/answer/188131 f6si6qtb.6 - gsmtp',
    ),
    { cause: 'domain-reputation', reason: 'badreputation', side: 'sender' },
  ],
  [
    'Gmail 4.7.0 suspicious content and links',
    lines(
      '421-4.7.0 [203.0.113.7      15] Our system has detected that this message is',
      '421-4.7.0 suspicious due to the nature of the content and/or the links within.',
      '421-4.7.0 To best protect our users from spam, the message has been blocked.',
      '421-4.7.0 For more information, go to',
      '421 4.7.0  https://support.google.com/mail/answer/188131 g7si7qtb.7 - gsmtp',
    ),
    SPAM,
  ],
  [
    'Gmail 5.7.1 missing From address',
    lines(
      '550-5.7.1 [203.0.113.7] Messages missing a valid address in From: header, or',
      '550-5.7.1 having no From: header, are not accepted. For more information, go to',
      '550 5.7.1  https://support.google.com/mail/?p=RfcMessageNonCompliant h8si8qtb.8 - gsmtp',
    ),
    { cause: 'not-rfc-compliant', reason: 'notcompliantrfc', side: 'sender' },
  ],
  [
    'Gmail 4.2.2 out of storage and inactive',
    lines(
      "452-4.2.2 The recipient's inbox is out of storage space and inactive. Please",
      '452-4.2.2 direct the recipient to',
      '452 4.2.2  https://support.google.com/mail/?p=OverQuotaTemp i9si9qtb.9 - gsmtp',
    ),
    MAILBOX_FULL,
  ],
  [
    'Gmail 5.2.1 receiving at a rate (permanent)',
    lines(
      '550-5.2.1 The user you are trying to contact is receiving mail at a rate that',
      '550-5.2.1 prevents additional messages from being delivered. For more',
      '550 5.2.1 information, go to https://support.google.com/mail/?p=ReceivingRatePerm j1si1qtb.10 - gsmtp',
    ),
    { cause: 'recipient-rate-limited', reason: 'speeding', side: 'recipient' },
  ],
  [
    // Provider audit: Google's page as of 2026 words it "email", not "mail" (docs/provider-sources.md).
    'Gmail 5.2.1 receiving email at a rate (the 2026 wording)',
    '550 5.2.1 The user you are trying to contact is receiving email at a rate that prevents additional messages from being delivered. For more information, go to Limits for sending & getting email. - gsmtp',
    { cause: 'recipient-rate-limited', reason: 'speeding', side: 'recipient' },
  ],
  [
    // Provider audit: Microsoft's NDR table, 5.7.703: the sender's own Tenant Allow/Block List blocks the recipient.
    'Microsoft 365 5.7.703 recipient blocked by the sender organisation',
    "550 5.7.703 Your message can't be delivered because one or more recipients are blocked by your organization's tenant recipient block policy. [AM0PR01MB1234.eurprd01.prod.exchangelabs.com]",
    { cause: 'own-policy-violation', reason: 'policyviolation', side: 'sender' },
  ],
  [
    'Gmail 5.4.5 daily SMTP relay limit',
    '550 5.4.5 Daily SMTP relay limit exceeded for customer. For more information on SMTP relay sending limits please contact your administrator or visit https://support.google.com/a/answer/166852 k2sm2qtb.11 - gsmtp',
    SENDING_RATE,
  ],
  [
    'Gmail 4.3.0 temporary system problem',
    '451 4.3.0 Mail server temporarily rejected message. l3si3qtb.12 - gsmtp',
    { cause: ['system-error', 'server-unavailable'], reason: 'systemerror' },
  ],
  [
    'Gmail 4.5.3 domain policy size per transaction',
    '452 4.5.3 Domain policy size per transaction exceeded, please try this recipient in a separate transaction. m4si4qtb.13 - gsmtp',
    {
      cause: ['too-many-connections', 'rate-limited'],
      reason: ['toomanyconn', 'speeding'],
      side: 'sender',
    },
  ],
  [
    'Gmail 530 5.7.0 authentication required',
    '530-5.7.0 Authentication Required. Learn more at\n530 5.7.0  https://support.google.com/mail/?p=WantAuthError n5sm5qtb.14 - gsmtp',
    AUTH_REQUIRED,
  ],
  [
    'Gmail domain not found, as copied from the mail client',
    lines(
      'Address not found',
      '',
      "Your message wasn't delivered to bob@exmaple.org because the domain exmaple.org couldn't be found. Check for typos or unnecessary spaces and try again.",
    ),
    { ...DOMAIN_NOT_FOUND, recipient: 'bob@exmaple.org' },
  ],
  [
    'Gmail remote server misconfigured (mail loop)',
    lines(
      'Message not delivered',
      "Your message couldn't be delivered to bob@example.org because the remote server is misconfigured. See technical details below for more information.",
      '',
      'The response from the remote server was:',
      '554 5.4.14 Hop count exceeded - possible mail loop ATTR34 [AM0PR01MB1234.eurprd01.prod.exchangelabs.com]',
    ),
    { cause: 'mail-loop', reason: 'networkerror' },
  ],
];

const MICROSOFT_5: RealWorldCase[] = [
  [
    'Microsoft 5.7.350 remote server returned spam',
    '550 5.7.350 Remote server returned message detected as spam -> 554 5.7.1 The message from (<alice@example.com>) with the subject of (Invoice 42) matches a profile the Internet community may consider spam. Please revise your message before resending.',
    SPAM,
  ],
  [
    'Outlook.com 4.7.651 IP reputation',
    '451 4.7.651 The mail server [203.0.113.7] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S843) [DB5EUR01FT044.eop-EUR01.prod.protection.outlook.com]',
    { cause: 'ip-reputation', reason: 'badreputation', side: 'sender' },
  ],
  [
    'Microsoft customer block list',
    '550 5.7.1 Service unavailable, Client host [203.0.113.7] blocked using Customer Block list (AS16012607). To request removal from this list please forward this message to delist@messaging.microsoft.com [BN8NAM11FT012.eop-nam11.prod.protection.outlook.com]',
    { cause: 'blocked-by-recipient', reason: ['rejected', 'blocked'] },
  ],
  [
    'Microsoft 5.7.515 authentication level',
    "550 5.7.515 Access denied, sending domain [example.com] doesn't meet the required authentication level. The sender's domain in the 5322.From address doesn't meet the authentication requirements defined for the sender. To learn more, see https://go.microsoft.com/fwlink/?linkid=2299386 [SA2PEPF00003F68.namprd04.prod.outlook.com]",
    AUTH_FAILED,
  ],
  [
    'Microsoft 5.4.1 Relay Access Denied ATTR35',
    '550 5.4.1 Relay Access Denied ATTR35 [SN1NAM02FT033.eop-nam02.prod.protection.outlook.com]',
    {
      cause: ['relay-denied', 'recipient-not-in-tenant'],
      reason: ['norelaying', 'userunknown'],
    },
  ],
  [
    'Microsoft 5.7.705 tenant exceeded threshold',
    '550 5.7.705 Access denied, tenant has exceeded threshold. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653 AS(7010) [BN8NAM12FT031.eop-nam12.prod.protection.outlook.com]',
    ACCOUNT_BLOCKED,
  ],
  [
    'Exchange SendAsDeniedException',
    '550 5.7.3 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception with message Cannot submit message.',
    { cause: 'from-not-permitted', reason: 'rejected', side: 'sender' },
  ],
  [
    'Microsoft 4.7.66 old TLS',
    '421 4.7.66 TLS 1.0 and 1.1 are not supported. Please upgrade/update your client to support TLS 1.2. Visit https://aka.ms/smtp_auth_tls. [MW4PR03CA0001.namprd03.prod.outlook.com]',
    { cause: 'tls-outdated', reason: 'securityerror', side: 'sender' },
  ],
  [
    'Microsoft 535 5.7.3 authentication unsuccessful',
    '535 5.7.3 Authentication unsuccessful [SN4PR0201CA0061.namprd02.prod.outlook.com]',
    AUTH_REQUIRED,
  ],
  [
    'Exchange corrupt message content',
    '554 5.6.0 Corrupt message content; STOREDRV.Deliver.Exception:ConversionFailedPermanentException; Failed to process message due to a permanent exception',
    { cause: ['content-error', 'not-rfc-compliant'], reason: ['contenterror', 'notcompliantrfc'] },
  ],
  [
    'Exchange submission quota exceeded',
    '550 5.2.2 STOREDRV.Submission.Exception:SubmissionQuotaExceededException; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot submit message.[EndDiagnosticData]',
    SENDING_RATE,
  ],
  [
    'Microsoft 5.1.90 daily recipient limit',
    "550 5.1.90 Your message can't be sent because you've reached your daily limit for message recipients. [DM6PR11MB1234.namprd11.prod.outlook.com]",
    SENDING_RATE,
  ],
  [
    'Microsoft 5.7.367 remote not permitted to relay',
    '550 5.7.367 Remote server returned not permitted to relay -> 550 5.7.1 Unable to relay',
    RELAY,
  ],
  [
    'Outlook.com RP-001 hourly limits',
    "421 RP-001 (BAY004-MC1F25) Unfortunately, some messages from 203.0.113.7 weren't sent. Please try again. We have limits for how many messages can be sent per hour and per day. You can also refer to http://mail.live.com/mail/troubleshooting.aspx#errors.",
    RATE,
  ],
  [
    'Outlook.com SC-001 dynamic ranges',
    "550 SC-001 (BAY004-MC5F12) Unfortunately, messages from 203.0.113.7 weren't sent. Please contact your Internet service provider. You can tell them that Hotmail does not relay dynamically-assigned IP ranges. You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.",
    PORT25,
  ],
  [
    'Outlook.com DY-001 dynamic IP',
    "550 DY-001 (SNT004-MC3F54) Unfortunately, messages from 203.0.113.7 weren't sent. Please contact your Internet service provider. We do not accept email from dynamic IP's. You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.",
    PORT25,
  ],
  [
    'Outlook.com SC-002 namespace mining',
    '550 SC-002 (COL004-MC3F2) Mail rejected by Windows Live Hotmail for policy reasons. The mail server IP connecting to Windows Live Hotmail has exhibited namespace mining behavior. If you are not an email/network admin please contact your E-mail/Internet Service Provider for help.',
    {
      cause: ['ip-reputation', 'ip-blocklisted', 'policy-violation'],
      reason: ['badreputation', 'blocked', 'policyviolation'],
      side: 'sender',
    },
  ],
  [
    'Hotmail policy reasons, spam-like content or reputation',
    '550 5.7.1 Mail rejected by Windows Live Hotmail for policy reasons. Reasons for rejection may be related to content with spam-like characteristics or IP/domain reputation problems. If you are not an email/network admin please contact your E-mail/Internet Service Provider for help.',
    {
      cause: ['spam-filtered', 'policy-violation', 'ip-reputation'],
      reason: ['spamdetected', 'policyviolation', 'badreputation'],
      side: 'sender',
    },
  ],
  [
    'Exchange on-premises send-as permission',
    '550 5.7.1 Client does not have permissions to send as this sender',
    { cause: 'from-not-permitted', reason: 'rejected', side: 'sender' },
  ],
  [
    'Exchange primary target IP failover',
    '451 4.4.0 Primary target IP address responded with: "421 4.4.2 Connection dropped due to SocketError." Attempted failover to alternate host, but that did not succeed. Either there are no alternate hosts, or delivery failed to all alternate hosts.',
    UNREACHABLE,
  ],
  [
    'Exchange queue expired',
    '550 4.4.7 QUEUE.Expired; message expired',
    { cause: ['delivery-expired', 'recipient-server-unreachable'], reason: 'expired' },
  ],
  [
    'Exchange 5.4.310 domain does not exist',
    '550 5.4.310 DNS domain example.org does not exist [Message=InfoDomainNonexistent] [LastAttemptedServerName=example.org] [AM6PR01MB1234.eurprd01.prod.exchangelabs.com]',
    DOMAIN_NOT_FOUND,
  ],
  [
    'Exchange NonExistentDomain',
    '550 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain',
    DOMAIN_NOT_FOUND,
  ],
  [
    'Exchange route size limit',
    '550 5.3.4 ROUTING.SizeLimit; message size exceeds fixed maximum size for route',
    TOO_BIG,
  ],
  [
    'Exchange sender not authenticated by organization',
    '550 5.7.12 The sender was not authenticated by organization',
    { cause: 'recipient-restricted', reason: ['rejected', 'securityerror'], side: 'recipient' },
  ],
  [
    'Microsoft message trace LED reason',
    'Reason: [{LED=550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient bob@example.org not found by SMTP address lookup};{MSG=};{FQDN=};{IP=};{LRT=}]. OriginalArrivalTime: 2024-06-02T08:00:00.000Z',
    { cause: ['user-unknown', 'recipient-not-in-tenant'], reason: 'userunknown' },
  ],
  [
    'Exchange NDR: recipient email provider rejected (human text only)',
    lines(
      'Delivery has failed to these recipients or groups:',
      '',
      'bob@example.org',
      "Your message wasn't delivered because the recipient's email provider rejected it.",
      '',
      'Diagnostic information for administrators:',
      'Generating server: DM6PR11MB1234.namprd11.prod.outlook.com',
      'bob@example.org',
      'mx.example.org',
      "Remote Server returned '550 5.7.1 <bob@example.org>: Recipient address rejected: Message rejected due to: SPF fail - not authorized'",
    ),
    SPF,
  ],
];

const YAHOO_APPLE_5: RealWorldCase[] = [
  [
    'Yahoo PH01 policy reasons',
    '554 Message not allowed - [PH01] Email not accepted for policy reasons. Please visit https://postmaster.yahooinc.com/error-codes',
    { ...POLICY, provider: /yahoo/i, reference: 'PH01' },
  ],
  [
    'Yahoo BL21 Spamhaus (not Barracuda)',
    "553 5.7.1 [BL21] Connections will not be accepted from 203.0.113.7, because the ip is in Spamhaus's list; see http://postmaster.yahoo.com/550-bl23.html",
    { ...IP_BLOCK, provider: /yahoo/i, blocklist: 'spamhaus' },
  ],
  [
    'Yahoo BL23 Spamhaus XBL',
    '553 5.7.1 [BL23] Connections not accepted from IP addresses on Spamhaus XBL; see http://postmaster.yahoo.com/errors/550-bl23.html [550]',
    { ...IP_BLOCK, provider: /yahoo/i },
  ],
  [
    'Yahoo GL01 new IP deferred',
    '421 4.7.0 [GL01] Message from (203.0.113.7) temporarily deferred - 4.16.50. Please refer to https://postmaster.yahooinc.com/error-codes',
    {
      cause: ['rate-limited', 'ip-reputation', 'greylisted', 'too-many-connections'],
      reason: ['speeding', 'badreputation', 'blocked', 'toomanyconn'],
      side: 'sender',
    },
  ],
  [
    'Yahoo TSS01 user complaints',
    '421 4.7.0 [TSS01] Messages from 203.0.113.7 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes',
    RATE,
  ],
  [
    'Yahoo max messages per connection',
    '421 Max message per connection reached, closing transmission channel',
    CONNECTIONS,
  ],
  [
    'Yahoo headers not RFC compliant',
    '554 Message not allowed - Headers are not RFC compliant[291]',
    { cause: 'not-rfc-compliant', reason: 'notcompliantrfc', side: 'sender' },
  ],
  ['AOL mailbox not found', '552 1 Requested mail action aborted, mailbox not found', USER_UNKNOWN],
  [
    'AOL RLY:B1 IP blocked',
    '554 RLY:B1 http://postmaster.info.aol.com/errors/554rlyb1.html',
    { ...IP_REPUTATION, provider: /yahoo|aol/i },
  ],
  [
    'iCloud HM07 local policy',
    '550 5.7.1 [HM07] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137',
    {
      cause: ['spam-filtered', 'policy-violation', 'content-filtered'],
      reason: ['spamdetected', 'policyviolation', 'filtered'],
      provider: /apple|icloud/i,
    },
  ],
  [
    'iCloud inactive email address',
    '550 5.1.1 <bob@icloud.com>: inactive email address',
    { cause: ['user-unknown', 'mailbox-inactive', 'mailbox-disabled'], reason: ['userunknown', 'suspend'] },
  ],
  [
    'iCloud CS01 deferred',
    '421 4.7.0 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/102322',
    {
      cause: ['spam-filtered', 'policy-violation', 'ip-reputation', 'rate-limited'],
      reason: ['spamdetected', 'policyviolation', 'badreputation', 'speeding'],
      provider: /apple|icloud/i,
    },
  ],
  [
    'iCloud HME1 SPF and DKIM failure',
    '550 5.7.1 [HME1] Message rejected due to local policy. Failing both SPF and DKIM authentication checks. Please visit https://support.apple.com/en-us/102322',
    { ...AUTH_FAILED, provider: /apple|icloud/i },
  ],
];

const GATEWAYS_5: RealWorldCase[] = [
  [
    'Barracuda Reputation in a Postfix log line (provider is not Barracuda)',
    'Jun  2 08:00:01 mail postfix/smtp[4242]: 9C1D22A0: to=<bob@example.org>, relay=mx.example.org[192.0.2.25]:25, delay=1.1, delays=0.05/0/0.4/0.6, dsn=5.7.1, status=bounced (host mx.example.org[192.0.2.25] said: 554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using b.barracudacentral.org; http://www.barracudanetworks.com/reputation/?pr=1&ip=203.0.113.7 (in reply to RCPT TO command))',
    { ...IP_BLOCK, blocklist: 'barracuda', provider: NOT_BARRACUDA },
  ],
  [
    'Barracuda Reputation named by Microsoft (provider is Microsoft)',
    '550 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using Barracuda Reputation; http://www.barracudanetworks.com/reputation/?pr=1&ip=203.0.113.7 [BN8NAM11FT012.eop-nam11.prod.protection.outlook.com]',
    { ...IP_BLOCK, blocklist: 'barracuda', provider: /microsoft/i },
  ],
  [
    'Barracuda Reputation named by an Exim server',
    '550 Rejected: 203.0.113.7 is listed at b.barracudacentral.org (127.0.0.2: http://www.barracudanetworks.com/reputation/?pr=1&ip=203.0.113.7)',
    { ...IP_BLOCK, blocklist: 'barracuda', provider: NOT_BARRACUDA },
  ],
  [
    'Barracuda ESS message rejected by intent analysis',
    '550 permanent failure for one or more recipients (bob@example.org:550 5.7.1 Message rejected by Intent Analysis)',
    // Barracuda's Intent Analysis blocks a message for a domain linked in its body that is in its database of
    // spammers' URLs (campus.barracuda.com): a domain blocklisting, not a spam score.
    { cause: 'domain-blocklisted', reason: 'blocked' },
  ],
  [
    'Mimecast user domain entry',
    '550 Envelope blocked - User Domain Entry - https://community.mimecast.com/docs/DOC-1369#550 [AbCdEf-4 .uk]',
    { ...BLOCKED_BY_RECIPIENT, provider: /mimecast/i },
  ],
  [
    'Mimecast header-based blocked senders',
    '550 Rejected by header based Blocked Senders - block policy for Header From - https://community.mimecast.com/docs/DOC-1369#550 [AbCdEf-5 .us]',
    { ...BLOCKED_BY_RECIPIENT, provider: /mimecast/i },
  ],
  [
    'Mimecast DKIM sender invalid',
    '550 DKIM Sender Invalid - envelope rejected - https://community.mimecast.com/docs/DOC-1369#550 [AbCdEf-6 .uk]',
    { ...DKIM, provider: /mimecast/i },
  ],
  [
    'Mimecast DMARC sender invalid',
    '550 DMARC Sender Invalid - envelope rejected - https://community.mimecast.com/docs/DOC-1369#550 [AbCdEf-7 .uk]',
    { ...DMARC, provider: /mimecast/i },
  ],
  [
    'Mimecast maximum email size',
    '554 Maximum email size exceeded - https://community.mimecast.com/docs/DOC-1369#554 [AbCdEf-8 .uk]',
    TOO_BIG,
  ],
  [
    'Mimecast local CT IP reputation',
    '550 Local CT IP Reputation - (reject) - https://community.mimecast.com/docs/DOC-1369#550 [AbCdEf-9 .uk]',
    { cause: 'ip-reputation', reason: 'badreputation', side: 'sender' },
  ],
  [
    'Mimecast open relay not allowed',
    '550 Open relay not allowed - https://community.mimecast.com/docs/DOC-1369#550 [AbCdEf-10 .uk]',
    RELAY,
  ],
  [
    'Mimecast administrative prohibition, envelope blocked',
    '550 Administrative prohibition - envelope blocked - https://community.mimecast.com/docs/DOC-1369#550 [AbCdEf-11 .uk]',
    BLOCKED_BY_RECIPIENT,
  ],
  [
    'Mimecast anti-spoofing inbound not allowed',
    '550 Anti-Spoofing policy - Inbound not allowed - https://community.mimecast.com/docs/DOC-1369#550 [AbCdEf-12 .uk]',
    { cause: 'policy-violation', reason: 'policyviolation', provider: /mimecast/i },
  ],
  [
    'Mimecast security policies (virus or spam score)',
    '554 Email rejected due to security policies - https://community.mimecast.com/docs/DOC-1369#554 [AbCdEf-13 .uk]',
    {
      cause: ['policy-violation', 'spam-filtered', 'virus-found'],
      reason: ['policyviolation', 'spamdetected', 'virusdetected'],
      provider: /mimecast/i,
    },
  ],
  [
    'Proofpoint DMARC evaluation',
    '554 5.7.5 Permanent error evaluating DMARC policy',
    { cause: ['dmarc-fail', 'auth-failed'], reason: 'authfailure', side: 'sender' },
  ],
  [
    'Proofpoint user unknown in a Postfix log line',
    'Jun  2 08:00:01 mail postfix/smtp[4242]: 9C1D22A0: to=<bob@example.org>, relay=mx0a-001234.pphosted.com[148.163.1.2]:25, delay=1.1, dsn=5.1.1, status=bounced (host mx0a-001234.pphosted.com[148.163.1.2] said: 550 5.1.1 User Unknown (in reply to RCPT TO command))',
    { ...USER_UNKNOWN, provider: /proofpoint/i },
  ],
  [
    'IronPort poor reputation',
    "554 5.7.1 [203.0.113.7] Your access to this mail system has been rejected due to the sending MTA's poor reputation. If you believe that this failure is in error, please contact the intended recipient via alternate means.",
    { cause: 'ip-reputation', reason: ['badreputation', 'blocked'], side: 'sender' },
  ],
  [
    'IronPort too many recipients this hour',
    '452 Too many recipients received this hour',
    {
      cause: ['rate-limited', 'too-many-connections'],
      reason: ['speeding', 'toomanyconn'],
      side: 'sender',
    },
  ],
  [
    'Trend Micro ERS-DUL',
    '421 4.7.0 Mail from 203.0.113.7 refused, see ERS-DUL: https://servicecentral.trendmicro.com/en-us/ers/ip-lookup/?ip=203.0.113.7',
    PORT25,
  ],
  [
    'Trend Micro Email Reputation database',
    '550 5.7.1 Mail from 203.0.113.7 blocked using Trend Micro Email Reputation database. Please see http://www.mail-abuse.com/cgi-bin/lookup?203.0.113.7',
    IP_BLOCK,
  ],
  ['Sophos malware', '554 5.7.1 Message rejected: malware detected (Troj/Agent-ABCD)', VIRUS],
];

const ISPS_5: RealWorldCase[] = [
  ['Zoho outgoing blocked', '554 5.1.8 Email Outgoing Blocked.', { ...ACCOUNT_BLOCKED }],
  [
    'Zoho unusual sending activity',
    '550 5.4.6 Unusual sending activity detected. Please try after sometime.',
    {
      cause: ['rate-limited', 'sender-account-blocked'],
      reason: ['speeding', 'rejected'],
      side: 'sender',
    },
  ],
  ['Zoho authentication failed', '535 Authentication Failed', AUTH_REQUIRED],
  [
    'Mail.ru user terminated',
    '550 Message was not accepted -- invalid mailbox.  Local mailbox bob@mail.ru is unavailable: user is terminated',
    DISABLED,
  ],
  [
    'Mail.ru mailbox ratelimit',
    '451 Ratelimit exceeded for mailbox bob@mail.ru. Try again later.',
    {
      cause: ['recipient-rate-limited', 'rate-limited'],
      reason: 'speeding',
    },
  ],
  [
    'Yandex policy rejection on the target address',
    '550 5.7.1 Policy rejection on the target address',
    {
      cause: ['mailbox-disabled', 'policy-violation', 'blocked-by-recipient', 'recipient-restricted'],
      reason: ['suspend', 'policyviolation', 'rejected'],
    },
  ],
  [
    'Yandex service currently unavailable',
    '451 4.7.1 Sorry, the service is currently unavailable. Please come back later.',
    {
      cause: ['server-unavailable', 'greylisted', 'rate-limited', 'system-error'],
      reason: ['systemerror', 'blocked', 'speeding', 'onhold'],
    },
  ],
  [
    'GMX invalid sender MX',
    lines(
      '550-Requested action not taken: mailbox unavailable',
      '550-invalid DNS MX or A/AAAA resource record',
      '550 For explanation visit https://postmaster.gmx.net/en/case?c=r0701',
    ),
    { ...SENDER_DOMAIN, provider: /gmx/i },
  ],
  [
    'GMX block listed (new case link)',
    lines(
      '554-gmx.net (mxgmx105) Nemesis ESMTP Service not available',
      '554-No SMTP service',
      '554-IP address is block listed.',
      '554 For explanation visit https://postmaster.gmx.net/en/case?c=ib&i=ip&v=203.0.113.7',
    ),
    { ...IP_BLOCK, provider: /gmx/i },
  ],
  [
    'Web.de headers not RFC compliant',
    lines(
      '554-Transaction failed',
      '554-Reject due to policy restrictions.',
      '554 For explanation visit https://web.de/email/senderguidelines?c=hi',
    ),
    { cause: ['policy-violation', 'not-rfc-compliant'], reason: ['policyviolation', 'notcompliantrfc'] },
  ],
  [
    'Orange IP blocked OFR006_102',
    '421 mwinf5c78 ME Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR006_102 [102]',
    { ...IP_REPUTATION, provider: /orange/i },
  ],
  [
    'Orange invalid authentication code OFR_305',
    "550 5.7.0 Code d'authentification invalide. Invalid authentication code. OFR_305 [305]",
    AUTH_REQUIRED,
  ],
  [
    'Orange invalid sender OFR_403',
    '501 5.1.0 Emetteur invalide. Invalid Sender. OFR_403 [403]',
    { cause: 'sender-rejected', reason: 'rejected', side: 'sender' },
  ],
  [
    'Orange message size OFR_514',
    '552 5.3.4 Taille du message limitee a 20 Mo. Message size limited to 20 MB. OFR_514 [514]',
    TOO_BIG,
  ],
  [
    'Orange message rejected OFR_506',
    '550 5.7.1 Message refuse. Message rejected. OFR_506 [506]',
    { ...SPAM, cause: ['spam-filtered', 'policy-violation'], reason: ['spamdetected', 'policyviolation'] },
  ],
  [
    'Comcast BL000001 Spamhaus',
    '554 resimta-po-01v.sys.comcast.net comcast 203.0.113.7 found on one or more DNSBLs, see http://postmaster.comcast.net/smtp-error-codes.php#BL000001',
    { ...IP_BLOCK, provider: /comcast/i },
  ],
  [
    'Comcast too many sessions',
    '421 resimta-h1p-01v.sys.comcast.net comcast 203.0.113.7 Too many sessions opened',
    CONNECTIONS,
  ],
  [
    'Comcast dynamic IP space ES000010',
    '554 resimta-po-15v.sys.comcast.net comcast 203.0.113.7 Comcast does not accept mail from dynamic IP space. Please see http://postmaster.comcast.net/smtp-error-codes.php#ES000010',
    PORT25,
  ],
  [
    'AT&T addressee unknown',
    '550 5.1.1 <bob@att.net>... Addressee unknown, relay=[203.0.113.7]',
    USER_UNKNOWN,
  ],
  [
    'Cox AUP#CXBL',
    '554 5.7.1 fed1rmimpi-04.cox.net cox 203.0.113.7 blocked. Refer to Error Code: AUP#CXBL https://www.cox.com/residential/support/email-error-codes.html',
    { ...IP_BLOCK, provider: /cox/i },
  ],
  [
    'Cox AUP#CXDNS',
    '554 5.7.1 fed1rmimpi-04.cox.net cox 203.0.113.7 rejected. Refer to Error Code: AUP#CXDNS https://www.cox.com/residential/support/email-error-codes.html',
    PTR,
  ],
  [
    'Cox AUP#CXCNCT',
    '421 4.7.0 fed1rmimpi-04.cox.net cox 203.0.113.7 too many connections. Refer to Error Code: AUP#CXCNCT',
    CONNECTIONS,
  ],
  [
    'Spectrum AUP#In-1310',
    '554 5.7.1 - ERROR: Mail refused - <203.0.113.7> - See https://www.spectrum.net/support/internet/understanding-email-error-codes for more information. AUP#In-1310',
    CONNECTIONS,
  ],
  [
    'Spectrum AUP#In-1220 Spamhaus',
    '554 5.7.1 - ERROR: Mail refused - <203.0.113.7> - See https://www.spectrum.net/support/internet/understanding-email-error-codes for more information. AUP#In-1220',
    IP_BLOCK,
  ],
  [
    'NetEase DT:SPM',
    '554 DT:SPM 163 smtp11,D8CowAC1234567890abcdef==.12345S2 1717315200,please see http://mail.163.com/help/help_spam_16.htm?ip=203.0.113.7&hostid=smtp11&time=1717315200',
    SPAM,
  ],
  [
    'QQ domain frequency limited',
    '550 Domain frequency limited. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000725',
    RATE,
  ],
];

const MTAS_5: RealWorldCase[] = [
  ['Postfix relay access denied, temporary', '454 4.7.1 <bob@example.org>: Relay access denied', RELAY],
  ['Postfix server configuration problem', '451 4.3.5 Server configuration problem', SYSTEM],
  [
    'Postfix unverified recipient',
    '450 4.1.1 <bob@example.org>: Recipient address rejected: unverified address: host mx.example.org[192.0.2.25] said: 550 5.1.1 <bob@example.org>: User unknown (in reply to RCPT TO command)',
    USER_UNKNOWN,
  ],
  [
    'Postfix sender needs fully-qualified address',
    '504 5.5.2 <alice>: Sender address rejected: need fully-qualified address',
    {
      cause: ['sender-rejected', 'syntax-error'],
      reason: ['rejected', 'syntaxerror'],
      side: 'sender',
    },
  ],
  [
    'Postfix log: message size exceeds server limit',
    'Jun  2 08:00:01 mail postfix/smtp[4242]: 9C1D22A0: to=<bob@example.org>, relay=mx.example.org[192.0.2.25]:25, delay=2, delays=0.1/0/0.5/1.4, dsn=5.3.4, status=bounced (message size 31457280 exceeds size limit 10240000 of server mx.example.org[192.0.2.25])',
    TOO_BIG,
  ],
  [
    'Postfix log: delivery temporarily suspended, connection refused',
    'Jun  2 08:00:01 mail postfix/smtp[4242]: 9C1D22A0: to=<bob@example.org>, relay=none, delay=3600, delays=3600/0/0/0, dsn=4.4.1, status=deferred (delivery temporarily suspended: connect to mx.example.org[192.0.2.25]:25: Connection refused)',
    UNREACHABLE,
  ],
  [
    'Postfix log: loops back to myself',
    'Jun  2 08:00:01 mail postfix/smtp[4242]: 9C1D22A0: to=<bob@example.org>, relay=mx.example.org[192.0.2.25]:25, delay=0.1, dsn=5.4.6, status=bounced (mail for example.org loops back to myself)',
    { cause: 'mail-loop', reason: 'networkerror' },
  ],
  [
    'Postfix log: local unknown user',
    'Jun  2 08:00:01 mail postfix/local[4243]: 9C1D22A0: to=<bob@example.org>, relay=local, delay=0.1, dsn=5.1.1, status=bounced (unknown user: "bob")',
    USER_UNKNOWN,
  ],
  [
    'Postfix log: lost connection during greeting',
    'Jun  2 08:00:01 mail postfix/smtp[4242]: 9C1D22A0: to=<bob@example.org>, relay=mx.example.org[192.0.2.25]:25, delay=300, dsn=4.4.2, status=deferred (lost connection with mx.example.org[192.0.2.25] while receiving the initial server greeting)',
    UNREACHABLE,
  ],
  [
    'Postfix log: MX lookup try again',
    'Jun  2 08:00:01 mail postfix/smtp[4242]: 9C1D22A0: to=<bob@example.org>, relay=none, delay=0.5, dsn=4.4.3, status=deferred (Host or domain name not found. Name service error for name=example.org type=MX: Host not found, try again)',
    { cause: ['dns-failure', 'domain-not-found'], reason: ['networkerror', 'hostunknown'] },
  ],
  [
    'Postfix log: TLS required but not offered',
    'Jun  2 08:00:01 mail postfix/smtp[4242]: 9C1D22A0: to=<bob@example.org>, relay=mx.example.org[192.0.2.25]:25, delay=0.6, dsn=4.7.4, status=deferred (TLS is required, but was not offered by host mx.example.org[192.0.2.25])',
    { cause: 'tls-required', reason: ['failedstarttls', 'securityerror'] },
  ],
  [
    'Postfix log: server certificate not verified',
    'Jun  2 08:00:01 mail postfix/smtp[4242]: 9C1D22A0: to=<bob@example.org>, relay=mx.example.org[192.0.2.25]:25, delay=0.6, dsn=4.7.5, status=deferred (Server certificate not verified)',
    {
      cause: ['recipient-tls-invalid', 'tls-failed', 'tls-required'],
      reason: ['securityerror', 'failedstarttls'],
    },
  ],
  [
    'Postfix NOQUEUE: cannot find your hostname',
    'Jun  2 08:00:01 mx postfix/smtpd[2222]: NOQUEUE: reject: RCPT from unknown[203.0.113.7]: 450 4.7.25 Client host rejected: cannot find your hostname, [203.0.113.7]; from=<alice@example.com> to=<bob@example.org> proto=ESMTP helo=<mail.example.com>',
    PTR,
  ],
  [
    'Postfix NOQUEUE: size limit at MAIL',
    'Jun  2 08:00:01 mx postfix/smtpd[2222]: NOQUEUE: reject: MAIL from mail.example.com[203.0.113.7]: 552 5.3.4 Message size exceeds fixed limit; proto=ESMTP helo=<mail.example.com>',
    TOO_BIG,
  ],
  [
    'Postfix header_checks content rejected',
    '550 5.7.1 Message content rejected',
    {
      cause: ['spam-filtered', 'content-filtered', 'policy-violation'],
      reason: ['spamdetected', 'filtered', 'policyviolation'],
    },
  ],
  [
    'Postfix smtpd timeout',
    '421 4.4.2 mx.example.org Error: timeout exceeded',
    {
      cause: ['recipient-server-unreachable', 'system-error', 'delivery-delayed', 'server-unavailable'],
      reason: ['networkerror', 'systemerror', 'expired'],
    },
  ],
  [
    'Exim log: spam after end of data',
    '2024-06-02 08:00:01 1sDkzA-000abc-12 ** bob@example.org R=dnslookup T=remote_smtp H=mx.example.org [192.0.2.25]: SMTP error from remote mail server after end of data: 550 5.7.1 Message rejected as spam',
    SPAM,
  ],
  [
    'Exim log: rejected RCPT relay not permitted',
    '2024-06-02 08:00:01 H=(mail.example.com) [203.0.113.7] F=<alice@example.com> rejected RCPT <bob@example.org>: relay not permitted',
    RELAY,
  ],
  [
    'Exim log: rejected RCPT JunkMail RBL',
    '2024-06-02 08:00:01 H=(mail.example.com) [203.0.113.7] F=<alice@example.com> rejected RCPT <bob@example.org>: JunkMail rejected - (mail.example.com) [203.0.113.7] is in an RBL: https://www.spamhaus.org/query/ip/203.0.113.7',
    IP_BLOCK,
  ],
  [
    'cPanel max emails per hour',
    '550-Domain example.com has exceeded the max emails per hour (250/250 (100%)) allowed.  Message discarded.',
    SENDING_RATE,
  ],
  [
    'Exim could not complete sender verify callout',
    '451 Could not complete sender verify callout',
    { cause: 'sender-verify-failed', reason: 'rejected', side: 'sender' },
  ],
  [
    'Exim retry timeout exceeded bounce',
    lines(
      'From: Mail Delivery System <Mailer-Daemon@mail.example.com>',
      'To: alice@example.com',
      'Subject: Mail delivery failed: returning message to sender',
      '',
      'This message was created automatically by mail delivery software.',
      '',
      'A message that you sent could not be delivered to one or more of its',
      'recipients. This is a permanent error. The following address(es) failed:',
      '',
      '  bob@example.org',
      '    retry timeout exceeded',
    ),
    { cause: ['delivery-expired', 'recipient-server-unreachable'], reason: 'expired' },
  ],
  [
    'Sendmail sender domain does not resolve',
    '451 4.1.8 Domain of sender address alice@example.com does not resolve',
    { ...SENDER_DOMAIN, recipient: null },
  ],
  ['Sendmail connection rate limit', '421 4.3.2 Connection rate limit exceeded.', CONNECTIONS],
  ['Sendmail too many open connections', '421 4.3.2 Too many open connections.', CONNECTIONS],
  [
    'Sendmail domain name required for sender',
    '553 5.5.4 <alice>... Domain name required for sender address alice',
    {
      cause: ['sender-rejected', 'syntax-error', 'sender-domain-invalid'],
      reason: ['rejected', 'syntaxerror'],
      side: 'sender',
    },
  ],
  ['Sendmail message size exceeds maximum value', '552 5.2.3 Message size exceeds maximum value', TOO_BIG],
  ['qmail qq temporary problem', '451 qq temporary problem (#4.3.0)', SYSTEM],
  [
    'qmail looping Delivered-To',
    'This message is looping: it already has my Delivered-To line. (#5.4.6)',
    { cause: 'mail-loop', reason: 'networkerror' },
  ],
  [
    'qmail no host by that name',
    "Sorry, I couldn't find any host named example.org. (#5.1.2)",
    DOMAIN_NOT_FOUND,
  ],
  [
    'qmail could not establish a connection',
    "Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)",
    UNREACHABLE,
  ],
  [
    'qmail CNAME lookup failed temporarily',
    'CNAME lookup failed temporarily. (#4.4.3)',
    { cause: 'dns-failure', reason: 'networkerror' },
  ],
  [
    'Kerio relaying denied, authentication required',
    '550 5.7.1 Relaying to <bob@example.org> denied (authentication required)',
    { cause: ['relay-denied', 'auth-required'], reason: ['norelaying', 'securityerror'] },
  ],
  ['Courier relaying denied', '513 Relaying denied.', RELAY],
  [
    'Dovecot LMTP internal error',
    '451 4.3.0 <bob@example.org> Internal error occurred. Refer to server log for more information.',
    SYSTEM,
  ],
  [
    'Dovecot LMTP mailbox name not valid',
    "550 5.1.1 <bob+foo@example.org> Mailbox doesn't exist: foo",
    USER_UNKNOWN,
  ],
  ['MDaemon SPF fail', '550 5.7.1 Message rejected: SPF fail - not authorized (example.com)', SPF],
  ['Zimbra mailbox over quota, temporary', '452 4.2.2 <bob@example.org>: Over quota', MAILBOX_FULL],
  [
    'Exchange on-premises body type not supported',
    '554 5.6.1 Body type not supported by Remote Host',
    { cause: ['content-error', 'not-rfc-compliant'], reason: ['contenterror', 'notcompliantrfc'] },
  ],
  [
    'Exchange on-premises temporary server error PRX',
    '451 4.7.0 Temporary server error. Please try again later. PRX5',
    { cause: ['system-error', 'server-unavailable'], reason: 'systemerror', side: 'recipient' },
  ],
];

const ESPS_5: RealWorldCase[] = [
  [
    'Amazon SES sending paused',
    '554 Message rejected: Sending paused for this account. For more information, please check the AWS Management Console.',
    ACCOUNT_BLOCKED,
  ],
  ['Amazon SES maximum sending rate', '454 Throttling failure: Maximum sending rate exceeded.', SENDING_RATE],
  ['Amazon SES daily quota', '454 Throttling failure: Daily message quota exceeded.', SENDING_RATE],
  [
    'Amazon SES missing final domain',
    "554 Transaction failed: Missing final '@domain'",
    { cause: ['syntax-error', 'user-unknown'], reason: ['syntaxerror', 'userunknown'], side: 'sender' },
  ],
  ['Amazon SES credentials invalid', '535 Authentication Credentials Invalid', AUTH_REQUIRED],
  [
    'Amazon SES mailbox full notification',
    JSON.stringify({
      notificationType: 'Bounce',
      bounce: {
        bounceType: 'Transient',
        bounceSubType: 'MailboxFull',
        bouncedRecipients: [
          {
            emailAddress: 'bob@example.org',
            action: 'failed',
            status: '5.2.2',
            diagnosticCode: 'smtp; 552 5.2.2 <bob@example.org>: Recipient address rejected: Mailbox is full',
          },
        ],
        reportingMTA: 'dsn; a1-2.smtp-out.amazonses.com',
      },
      mail: { source: 'alice@example.com', destination: ['bob@example.org'] },
    }),
    { ...MAILBOX_FULL, recipient: 'bob@example.org' },
  ],
  [
    'SendGrid dropped: unsubscribed address',
    '{"email":"bob@example.org","timestamp":1700000000,"event":"dropped","reason":"Unsubscribed Address","sg_event_id":"ZHJvcC0xMjM","sg_message_id":"abc.filter0001.1.2.0"}',
    SUPPRESSED,
  ],
  [
    'SendGrid dropped: spam reporting address',
    '{"email":"bob@example.org","timestamp":1700000000,"event":"dropped","reason":"Spam Reporting Address","sg_event_id":"ZHJvcC0xMjQ","sg_message_id":"abc.filter0001.1.3.0"}',
    SUPPRESSED,
  ],
  [
    'SendGrid blocked bounce event',
    '{"email":"bob@example.org","timestamp":1700000000,"event":"bounce","type":"blocked","status":"5.7.1","reason":"554 5.7.1 Service unavailable; Client host [167.89.1.2] blocked using zen.spamhaus.org","sg_event_id":"Ymxv","sg_message_id":"abc.filter0001.1.4.0"}',
    { ...IP_BLOCK, recipient: 'bob@example.org' },
  ],
  [
    'Mailgun suppress-complaint',
    '{"event-data": {"event": "failed", "severity": "permanent", "reason": "suppress-complaint", "recipient": "bob@example.org", "delivery-status": {"code": 607, "message": "", "description": "Not delivering to a user who marked your messages as spam", "attempt-no": 1}}}',
    SUPPRESSED,
  ],
  [
    'Mailgun suppress-unsubscribe',
    '{"event-data": {"event": "failed", "severity": "permanent", "reason": "suppress-unsubscribe", "recipient": "bob@example.org", "delivery-status": {"code": 606, "message": "", "description": "Not delivering to unsubscribed address", "attempt-no": 1}}}',
    SUPPRESSED,
  ],
  [
    'Mandrill hard_bounce webhook',
    '{"event":"hard_bounce","msg":{"email":"bob@example.org","sender":"alice@example.com","state":"bounced","bounce_description":"bad_mailbox","diag":"smtp;550 5.1.1 The email account that you tried to reach does not exist."}}',
    { ...USER_UNKNOWN, recipient: 'bob@example.org' },
  ],
  [
    'Postmark DNS error bounce',
    '{"RecordType":"Bounce","Type":"DnsError","TypeCode":512,"Name":"DNS error","Description":"The server was unable to deliver your message because of a DNS problem.","Details":"smtp;550 5.1.2 Host unknown (Name server: exmaple.org: host not found)","Email":"bob@exmaple.org","From":"alice@example.com","BouncedAt":"2024-06-02T08:00:00Z"}',
    { ...DOMAIN_NOT_FOUND, recipient: 'bob@exmaple.org' },
  ],
];

const LANGUAGES_5: RealWorldCase[] = [
  ['French relay not authorised', '550 5.7.1 Relais non autorisé', RELAY],
  ['French virus', '554 5.7.1 Message refusé : contient un virus', VIRUS],
  [
    'French too many messages',
    '421 4.7.0 Trop de messages envoyés, veuillez réessayer plus tard',
    SENDING_RATE,
  ],
  ['French IP on a black list', '550 5.7.1 Votre adresse IP est listée dans une liste noire', IP_BLOCK],
  ['French account disabled', '550 5.2.1 Ce compte a été désactivé', DISABLED],
  ['French message too big', '552 5.3.4 Message trop volumineux', TOO_BIG],
  ['German message too big', '552 5.3.4 Nachricht zu groß', TOO_BIG],
  ['German IP on a block list', '550 5.7.1 Ihre IP-Adresse steht auf einer Sperrliste', IP_BLOCK],
  [
    'German greylisting',
    '451 4.7.1 Greylisting aktiv, bitte versuchen Sie es später erneut',
    { cause: 'greylisted', reason: ['blocked', 'onhold'] },
  ],
  ['German mailbox deactivated', '550 5.2.1 Das Postfach ist deaktiviert', DISABLED],
  ['German virus', '554 5.7.1 Die Nachricht enthält einen Virus', VIRUS],
  [
    'German sender rejected',
    '550 5.7.1 Absender abgelehnt',
    { cause: ['sender-rejected', 'blocked-by-recipient'], reason: 'rejected', side: 'sender' },
  ],
  ['Spanish message too big', '552 5.3.4 El mensaje es demasiado grande', TOO_BIG],
  ['Spanish IP on a black list', '550 5.7.1 Su dirección IP está en una lista negra', IP_BLOCK],
  ['Spanish account disabled', '550 5.2.1 La cuenta está deshabilitada', DISABLED],
  ['Spanish too many connections', '421 4.7.0 Demasiadas conexiones', CONNECTIONS],
  ['Italian user unknown', '550 5.1.1 Utente sconosciuto', USER_UNKNOWN],
  ['Italian spam', '554 5.7.1 Messaggio rifiutato perché considerato spam', SPAM],
  ['Italian message too big', '552 5.3.4 Messaggio troppo grande', TOO_BIG],
  ['Italian address does not exist', "550 5.1.1 L'indirizzo email non esiste", USER_UNKNOWN],
  ['Portuguese user unknown', '550 5.1.1 Usuário desconhecido', USER_UNKNOWN],
  ['Portuguese address does not exist', '550 5.1.1 O endereço de e-mail não existe', USER_UNKNOWN],
  ['Portuguese mailbox full', '552 5.2.2 Caixa postal cheia', MAILBOX_FULL],
  ['Portuguese relay not allowed', '550 5.7.1 Relay não permitido', RELAY],
  ['Dutch user unknown', '550 5.1.1 Gebruiker onbekend', USER_UNKNOWN],
  ['Dutch address does not exist', '550 5.1.1 Dit e-mailadres bestaat niet', USER_UNKNOWN],
  ['Dutch mailbox full', '552 5.2.2 Mailbox is vol', MAILBOX_FULL],
  ['Polish user does not exist', '550 5.1.1 Użytkownik nie istnieje', USER_UNKNOWN],
  ['Polish mailbox full', '552 5.2.2 Skrzynka pocztowa jest pełna', MAILBOX_FULL],
  ['Japanese message too big', '552 5.3.4 メールのサイズが大きすぎます', TOO_BIG],
  ['Japanese mailbox full (満杯)', '452 4.2.2 メールボックスが満杯です', MAILBOX_FULL],
  ['Japanese spam', '550 5.7.1 スパムと判定されたため受信を拒否しました', SPAM],
  ['Chinese user does not exist', '550 5.1.1 用户不存在', USER_UNKNOWN],
  ['Chinese mailbox full', '552 5.2.2 邮箱已满', MAILBOX_FULL],
  ['Chinese spam', '550 5.7.1 邮件被判定为垃圾邮件', SPAM],
  ['Russian message too big', '552 5.3.4 Размер сообщения превышает допустимый', TOO_BIG],
  ['Russian IP on a black list', '550 5.7.1 Ваш IP-адрес находится в черном списке', IP_BLOCK],
  ['Russian mailbox blocked', '550 5.2.1 Почтовый ящик заблокирован', DISABLED],
  ['Russian too many connections', '421 4.7.0 Слишком много соединений', CONNECTIONS],
];

// Round 5b: written after the round-5 fixes, before any further change, to see whether they generalise.
const SECOND_LOOK_5: RealWorldCase[] = [
  [
    'Gmail 4.7.0 very low reputation of the sending domain',
    lines(
      '421-4.7.0 [203.0.113.7      15] Our system has detected that this message is',
      '421-4.7.0 suspicious due to the very low reputation of the sending domain. To',
      '421-4.7.0 best protect our users from spam, the message has been blocked.',
      '421 4.7.0  https://support.google.com/mail/answer/188131 p1si1qtb.21 - gsmtp',
    ),
    { cause: 'domain-reputation', reason: 'badreputation', side: 'sender' },
  ],
  [
    'Gmail 5.7.26 sender is unauthenticated',
    lines(
      '550-5.7.26 This mail has been blocked because the sender is unauthenticated.',
      '550-5.7.26 Gmail requires all senders to authenticate with either SPF or DKIM.',
      '550-5.7.26 Authentication results: DKIM = did not pass SPF [example.com] with',
      '550-5.7.26 ip: [203.0.113.7] = did not pass For instructions on setting up',
      '550 5.7.26 authentication, go to https://support.google.com/mail/answer/81126 q2si2qtb.22 - gsmtp',
    ),
    AUTH_FAILED,
  ],
  [
    'Google Workspace SMTP relay: registered IP does not match',
    "550-5.7.1 Invalid credentials for relay [203.0.113.7]. The IP address you've\n550-5.7.1 registered in your Workspace SMTP Relay service doesn't match the\n550-5.7.1 domain of the account this email is being sent from. If you are\n550 5.7.1 trying to relay mail from a domain that isn't registered under your Workspace account. r3sm3qtb.23 - gsmtp",
    { cause: 'relay-not-authorised', reason: 'norelaying', side: 'sender' },
  ],
  [
    'Gmail recipient inbox full (client text)',
    lines(
      'Recipient inbox full',
      '',
      "Your message couldn't be delivered to bob@example.org. Their inbox is full, or it's getting too much mail right now.",
      '',
      'The response was:',
      "452 4.2.2 The recipient's inbox is out of storage space. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp s4si4qtb.24 - gsmtp",
    ),
    MAILBOX_FULL,
  ],
  [
    'Microsoft RecipSizeLimit',
    '550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient',
    TOO_BIG,
  ],
  [
    'Microsoft SendSizeLimit',
    '550 5.2.3 RESOLVER.RST.SendSizeLimit.Sender; message too large for this sender',
    TOO_BIG,
  ],
  [
    'Microsoft RecipLimit too many recipients',
    '550 5.5.3 RESOLVER.ADR.RecipLimit; too many recipients',
    {
      cause: ['too-many-connections', 'rate-limited'],
      reason: ['toomanyconn', 'speeding'],
      side: 'sender',
    },
  ],
  [
    'Microsoft 5.7.136 sender not authenticated for mailbox',
    '550 5.7.136 RESOLVER.RST.SenderNotAuthenticatedForMailbox; authentication required; Delivery restriction check failed as sender not authenticated',
    { cause: 'recipient-restricted', reason: ['rejected', 'securityerror'], side: 'recipient' },
  ],
  [
    'Microsoft ExRecipNotFound',
    '550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found',
    { cause: ['user-unknown', 'recipient-not-in-tenant'], reason: 'userunknown' },
  ],
  [
    'Microsoft 5.6.211 invalid MIME content',
    "550 5.6.211 Invalid MIME Content: Single text value size (32789) exceeded allowed maximum (32768) for the 'Name' property.",
    {
      cause: ['content-error', 'not-rfc-compliant'],
      reason: ['contenterror', 'notcompliantrfc'],
      side: 'sender',
    },
  ],
  [
    'Microsoft 5.7.232 trial tenant external limit',
    "550 5.7.232 Your message can't be sent because your trial tenant has exceeded its daily limit for sending email to external recipients (tenant external recipient rate limit). [DM6PR11MB1234.namprd11.prod.outlook.com]",
    SENDING_RATE,
  ],
  [
    'Microsoft 4.7.500 access denied, try later (AS8000)',
    '451 4.7.500 Access denied, please try again later. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653. (AS8000) [BN8NAM11FT055.eop-nam11.prod.protection.outlook.com]',
    IP_REPUTATION,
  ],
  [
    'Outlook NDR (new style): recipient not found',
    lines(
      "Your message to bob@example.org couldn't be delivered.",
      "bob wasn't found at example.org.",
      '',
      'alice        Office 365        bob',
      'Action Required                 Recipient',
      '',
      'Unknown To address',
    ),
    { ...USER_UNKNOWN, recipient: 'bob@example.org' },
  ],
  [
    'Outlook NDR (new style): mailbox full',
    lines(
      "Your message to bob@example.org couldn't be delivered.",
      "bob's mailbox is full.",
      '',
      'alice        Office 365        bob',
      'Action Required                 Recipient',
      '',
      'Mailbox full',
    ),
    { ...MAILBOX_FULL, recipient: 'bob@example.org' },
  ],
  [
    'Outlook NDR (new style): suspected spam',
    lines(
      "Your message to bob@example.org couldn't be delivered.",
      'example.org suspects your message is spam and rejected it.',
      '',
      'alice        Office 365        example.org',
      'Action Required                 Sender',
      '',
      'Messages suspected as spam',
    ),
    SPAM,
  ],
  [
    'Yahoo TSS11 permanently deferred',
    '421 4.7.0 [TSS11] All messages from 203.0.113.7 will be permanently deferred; Retrying will NOT succeed. See https://senders.yahooinc.com/error-codes',
    IP_REPUTATION,
  ],
  ['NetEase user not found', '550 User not found: bob@163.com', USER_UNKNOWN],
  ['IronPort message size exceeds limit', '552 5.3.4 Message size exceeds limit', TOO_BIG],
  [
    'Postfix sender unknown in local recipient table',
    '550 5.1.0 <alice@example.com>: Sender address rejected: User unknown in local recipient table',
    {
      cause: ['sender-rejected', 'sender-verify-failed'],
      reason: 'rejected',
      side: 'sender',
      recipient: null,
    },
  ],
  [
    'Postfix null MX sender domain',
    '556 5.7.27 <alice@example.com>: Sender address rejected: Domain example.com does not accept mail (nullMX)',
    { ...SENDER_DOMAIN, recipient: null },
  ],
  [
    'Postfix too many errors',
    '421 4.7.0 mx.example.org Error: too many errors',
    {
      cause: ['syntax-error', 'too-many-connections', 'connection-rejected'],
      reason: ['syntaxerror', 'toomanyconn', 'blocked'],
      side: 'sender',
    },
  ],
  [
    'Postfix too many recipients',
    '452 4.5.3 Error: too many recipients',
    {
      cause: ['too-many-connections', 'rate-limited'],
      reason: ['toomanyconn', 'speeding'],
      side: 'sender',
    },
  ],
  [
    'Postfix log: no route to host',
    'Jun  2 08:00:01 mail postfix/smtp[4242]: 9C1D22A0: to=<bob@example.org>, relay=none, delay=30, dsn=4.4.1, status=deferred (connect to mx.example.org[192.0.2.25]:25: No route to host)',
    { cause: ['no-route-to-host', 'recipient-server-unreachable'], reason: ['networkerror', 'expired'] },
  ],
  [
    'Postfix log: network is unreachable (IPv6)',
    'Jun  2 08:00:01 mail postfix/smtp[4242]: 9C1D22A0: to=<bob@example.org>, relay=none, delay=0.1, dsn=4.4.1, status=deferred (connect to mx.example.org[2001:db8::25]:25: Network is unreachable)',
    {
      cause: ['sender-network-unreachable', 'no-route-to-host', 'recipient-server-unreachable'],
      reason: ['networkerror', 'expired'],
    },
  ],
  [
    'Postfix log: refused to talk to me, not accepting from IP',
    'Jun  2 08:00:01 mail postfix/smtp[4242]: 9C1D22A0: to=<bob@example.org>, relay=mx.example.org[192.0.2.25]:25, delay=0.4, dsn=5.7.1, status=bounced (host mx.example.org[192.0.2.25] refused to talk to me: 554 5.7.1 mx.example.org ESMTP not accepting messages from 203.0.113.7)',
    {
      cause: ['connection-rejected', 'ip-blocklisted', 'ip-reputation'],
      reason: ['blocked', 'badreputation'],
      side: 'sender',
    },
  ],
  [
    'Postfix log: refused to talk to me, too many connections',
    'Jun  2 08:00:01 mail postfix/smtp[4242]: 9C1D22A0: to=<bob@example.org>, relay=mx.example.org[192.0.2.25]:25, delay=0.4, dsn=4.7.0, status=deferred (host mx.example.org[192.0.2.25] refused to talk to me: 421 4.7.0 mx.example.org Error: too many connections from 203.0.113.7)',
    CONNECTIONS,
  ],
  [
    'Postfix log: conversation timed out after end of data',
    'Jun  2 08:00:01 mail postfix/smtp[4242]: 9C1D22A0: to=<bob@example.org>, relay=mx.example.org[192.0.2.25]:25, delay=610, dsn=4.4.2, status=deferred (conversation with mx.example.org[192.0.2.25] timed out while sending end of data -- message may be sent more than once)',
    UNREACHABLE,
  ],
  [
    'Exim recipient callout verification failed',
    lines(
      '550-Callout verification failed:',
      '550 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in local recipient table',
    ),
    USER_UNKNOWN,
  ],
  [
    'Exim log: mailbox full deferral',
    '2024-06-02 08:00:01 1sDkzA-000abc-12 == bob@example.org R=dnslookup T=remote_smtp defer (-44) H=mx.example.org [192.0.2.25]: SMTP error from remote mail server after RCPT TO:<bob@example.org>: 452 4.2.2 Mailbox full',
    MAILBOX_FULL,
  ],
  [
    'cPanel turn on SMTP authentication',
    lines(
      '550-Please turn on SMTP Authentication in your mail client. (mail.example.com)',
      '550-[203.0.113.7]:54321 is not permitted to relay through this server without',
      '550 authentication.',
    ),
    { cause: ['relay-denied', 'auth-required'], reason: ['norelaying', 'securityerror'], side: 'sender' },
  ],
  ['Sendmail read error', 'Deferred: 451 4.4.1 reply: read error from mx.example.org.', UNREACHABLE],
  ['Sendmail connection refused', 'Deferred: Connection refused by mx.example.org.', UNREACHABLE],
  [
    'Sendmail host unknown, no data known',
    '550 5.1.2 <bob@example.org>... Host unknown (Name server: mx.example.org: no data known)',
    DOMAIN_NOT_FOUND,
  ],
  [
    'qmail no mail exchanger',
    "Sorry, I couldn't find a mail exchanger or IP address. (#5.4.4)",
    {
      cause: ['domain-not-found', 'no-mx'],
      reason: ['hostunknown', 'notaccept'],
    },
  ],
  [
    'qmail badmailfrom',
    lines(
      '<bob@example.org>:',
      'Connected to 192.0.2.25 but sender was rejected.',
      'Remote host said: 553 sorry, your envelope sender is in my badmailfrom list (#5.7.1)',
    ),
    { cause: ['sender-rejected', 'blocked-by-recipient'], reason: 'rejected', side: 'sender' },
  ],
  [
    'qmail connection died',
    lines('<bob@example.org>:', 'Connected to 192.0.2.25 but connection died. (#4.4.2)'),
    UNREACHABLE,
  ],
  [
    'qmail over the allowed quota',
    lines('<bob@example.org>:', 'The users mailfolder is over the allowed quota (size). (#5.2.2)'),
    MAILBOX_FULL,
  ],
  [
    'Exchange content filter agent',
    '550 5.7.1 Message rejected due to content restrictions',
    {
      cause: ['content-filtered', 'policy-violation', 'spam-filtered'],
      reason: ['filtered', 'policyviolation', 'spamdetected'],
    },
  ],
  [
    'Exchange Sender ID not permitted',
    '550 5.7.1 Sender ID (PRA) Not Permitted',
    { cause: ['spf-fail', 'auth-failed'], reason: 'authfailure', side: 'sender' },
  ],
  ['hMailServer delivery not allowed', '550 Delivery is not allowed to this address.', RELAY],
  ['hMailServer SMTP authentication required', '530 SMTP authentication is required.', AUTH_REQUIRED],
  [
    'Amazon SES complaint notification',
    JSON.stringify({
      notificationType: 'Complaint',
      complaint: {
        complainedRecipients: [{ emailAddress: 'bob@example.org' }],
        complaintFeedbackType: 'abuse',
        feedbackId: '0100018f-abcd',
      },
      mail: { source: 'alice@example.com', destination: ['bob@example.org'] },
    }),
    { cause: 'feedback-report', reason: 'feedback' },
  ],
  [
    'SendGrid sender identity not verified',
    '550 The from address does not match a verified Sender Identity. Mail cannot be sent until this error is resolved. Visit https://sendgrid.com/docs/for-developers/sending-email/sender-identity/ to see the Sender Identity requirements',
    { cause: 'from-not-permitted', reason: 'rejected', side: 'sender' },
  ],
  [
    'SendGrid maximum credits exceeded',
    '451 Authentication failed: Maximum credits exceeded',
    {
      cause: ['rate-limited', 'sender-account-blocked'],
      reason: ['speeding', 'rejected'],
      side: 'sender',
    },
  ],
  [
    'Mailgun sandbox domain not allowed to send',
    'Domain sandbox123.mailgun.org is not allowed to send: Free accounts are for test purposes only. Please upgrade or add the address to authorized recipients in Account Settings.',
    {
      cause: ['sender-account-blocked', 'from-not-permitted', 'relay-denied'],
      reason: ['rejected', 'norelaying'],
      side: 'sender',
    },
  ],
  [
    'Postmark From is not a Sender Signature',
    "The 'From' address you supplied (alice@example.com) is not a Sender Signature on your account. Please add and confirm this address in order to be able to use it in the 'From' field of your messages.",
    { cause: 'from-not-permitted', reason: 'rejected', side: 'sender' },
  ],
  [
    'SparkPost suppressed due to customer policy',
    '554 5.7.1 recipient address suppressed due to customer policy',
    SUPPRESSED,
  ],
  ['French address does not exist (inexistante)', '550 5.1.1 Adresse email inexistante', USER_UNKNOWN],
  [
    'French sender not authorised',
    '550 5.7.1 Expéditeur non autorisé',
    { cause: ['sender-rejected', 'from-not-permitted'], reason: 'rejected', side: 'sender' },
  ],
  [
    'German IP blocked (gesperrt)',
    '554 5.7.1 Zugriff verweigert: Ihre IP-Adresse ist gesperrt',
    {
      cause: ['ip-blocklisted', 'connection-rejected'],
      reason: 'blocked',
      side: 'sender',
    },
  ],
  [
    'German too many connections from your IP',
    '421 4.7.0 Zu viele Verbindungen von Ihrer IP-Adresse',
    CONNECTIONS,
  ],
  [
    'Spanish sender not authorised',
    '550 5.7.1 Remitente no autorizado',
    { cause: ['sender-rejected', 'from-not-permitted'], reason: 'rejected', side: 'sender' },
  ],
  ['Spanish mailbox quota exceeded', '552 5.2.2 Cuota de buzón excedida', MAILBOX_FULL],
  ['Italian mailbox full (casella di posta piena)', '452 4.2.2 Casella di posta piena', MAILBOX_FULL],
  ['Italian too many connections', '421 4.7.0 Troppe connessioni', CONNECTIONS],
  ['Portuguese user not found', '550 5.1.1 Usuário não encontrado', USER_UNKNOWN],
  ['Dutch unknown user', '550 5.1.1 Onbekende gebruiker', USER_UNKNOWN],
  ['Dutch relay not allowed', '550 5.7.1 Relay niet toegestaan', RELAY],
  ['Polish unknown user', '550 5.1.1 Nieznany użytkownik', USER_UNKNOWN],
  ['Japanese relay not allowed', '550 5.7.1 リレーは許可されていません', RELAY],
  ['Japanese user not found (ユーザー)', '550 5.1.1 ユーザーが見つかりません', USER_UNKNOWN],
  ['Chinese recipient does not exist', '550 5.1.1 收件人不存在', USER_UNKNOWN],
  ['Chinese mailbox space full', '552 5.2.2 收件人邮箱空间已满', MAILBOX_FULL],
  [
    'Russian sender rejected',
    '550 5.7.1 Отправитель отклонён',
    { cause: ['sender-rejected', 'blocked-by-recipient'], reason: 'rejected', side: 'sender' },
  ],
  ['Korean user does not exist', '550 5.1.1 존재하지 않는 사용자입니다', USER_UNKNOWN],
  [
    'DSN: Microsoft 5.7.708 in a Postfix bounce',
    lines(
      'From: MAILER-DAEMON@mx1.example.com (Mail Delivery System)',
      'To: alice@example.com',
      'Subject: Undelivered Mail Returned to Sender',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="E1"',
      '',
      '--E1',
      'Content-Type: text/plain',
      '',
      'This is the mail system at host mx1.example.com.',
      '',
      "I'm sorry to have to inform you that your message could not",
      'be delivered to one or more recipients.',
      '',
      '<bob@example.org>: host example-org.mail.protection.outlook.com[52.101.1.2] said:',
      '    550 5.7.708 Service unavailable. Access denied, traffic not accepted from',
      '    this IP. (in reply to MAIL FROM command)',
      '',
      '--E1',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mx1.example.com',
      '',
      'Final-Recipient: rfc822; bob@example.org',
      'Action: failed',
      'Status: 5.7.708',
      'Remote-MTA: dns; example-org.mail.protection.outlook.com',
      'Diagnostic-Code: smtp; 550 5.7.708 Service unavailable. Access denied, traffic',
      '    not accepted from this IP.',
      '',
      '--E1--',
    ),
    {
      cause: ['ip-reputation', 'ip-blocklisted', 'sender-account-blocked'],
      reason: ['badreputation', 'blocked', 'rejected'],
      side: 'sender',
      provider: /microsoft/i,
      recipient: 'bob@example.org',
    },
  ],
];

// Round 5c: written after the round-5b fixes, before any further change: NDR texts in other languages,
// Postfix/Exim/Sendmail bounce texts and a few more single replies.
const THIRD_LOOK_5: RealWorldCase[] = [
  [
    'Exchange NDR Spanish: address not found',
    ndr(
      'No se pudo entregar a estos destinatarios o grupos:',
      'bob@example.es',
      'La dirección de correo electrónico que escribió no se encuentra. Compruebe la dirección de correo electrónico del destinatario e intente reenviar el mensaje.',
    ),
    USER_UNKNOWN,
  ],
  [
    'Exchange NDR Italian: address not found',
    ndr(
      'Recapito non riuscito per questi destinatari o gruppi:',
      'bob@example.it',
      "Impossibile trovare l'indirizzo di posta elettronica immesso. Controlla l'indirizzo di posta elettronica del destinatario e prova a inviare di nuovo il messaggio.",
    ),
    USER_UNKNOWN,
  ],
  [
    'Exchange NDR Portuguese: address not found',
    ndr(
      'Falha na entrega para estes destinatários ou grupos:',
      'bob@example.com.br',
      'O endereço de email que você inseriu não foi encontrado. Verifique o endereço de email do destinatário e tente reenviar a mensagem.',
    ),
    USER_UNKNOWN,
  ],
  [
    'Exchange NDR Dutch: address not found',
    ndr(
      'Bezorging is mislukt voor deze ontvangers of groepen:',
      'bob@example.nl',
      'Het e-mailadres dat u hebt ingevoerd, is niet gevonden. Controleer het e-mailadres van de ontvanger en probeer het bericht opnieuw te verzenden.',
    ),
    USER_UNKNOWN,
  ],
  [
    'Exchange NDR German: mailbox full',
    ndr(
      'Fehler bei der Zustellung an diese Empfänger oder Gruppen:',
      'bob@example.de',
      'Das Postfach des Empfängers ist voll, und es können zurzeit keine Nachrichten angenommen werden. Versuchen Sie später, die Nachricht erneut zu senden, oder wenden Sie sich direkt an den Empfänger.',
    ),
    MAILBOX_FULL,
  ],
  [
    'Exchange NDR French: mailbox full',
    ndr(
      'Échec de la remise à ces destinataires ou groupes :',
      'bob@example.fr',
      'La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour le moment. Réessayez plus tard ou contactez directement le destinataire.',
    ),
    MAILBOX_FULL,
  ],
  [
    'Exchange NDR Japanese: address not found',
    ndr(
      '次の受信者またはグループへの配信に失敗しました:',
      'bob@example.jp',
      '入力したメール アドレスが見つかりませんでした。受信者のメール アドレスを確認して、メッセージを再送信してください。',
    ),
    USER_UNKNOWN,
  ],
  [
    'Exchange NDR Chinese: address not found',
    ndr(
      '无法传递到以下收件人或组:',
      'bob@example.cn',
      '找不到你输入的电子邮件地址。请检查收件人的电子邮件地址，然后尝试重新发送邮件。',
    ),
    USER_UNKNOWN,
  ],
  [
    'Exchange delay notification',
    lines(
      'Delivery is delayed to these recipients or groups:',
      '',
      'bob@example.org',
      '',
      'Subject: Quarterly report',
      '',
      "This message hasn't been delivered yet. Delivery will continue to be attempted.",
      '',
      "The server will keep trying to deliver this message for the next 1 days, 19 hours and 52 minutes. You'll be notified if the message can't be delivered by that time.",
    ),
    { cause: ['delivery-delayed', 'recipient-server-unreachable'], reason: ['expired', 'networkerror'] },
  ],
  [
    'Postfix bounce text: size at end of DATA',
    '<bob@example.org>: host mx.example.org[192.0.2.25] said: 552 5.3.4 Message size exceeds fixed limit (in reply to end of DATA command)',
    TOO_BIG,
  ],
  [
    'Postfix bounce text: spam at end of DATA',
    '<bob@example.org>: host mx.example.org[192.0.2.25] said: 554 5.7.1 Spam message rejected (in reply to end of DATA command)',
    SPAM,
  ],
  [
    'Postfix local delivery: disk quota exceeded',
    '<bob@example.org> (expanded from <info@example.org>): cannot update mailbox /var/mail/bob for user bob. error writing message: Disk quota exceeded',
    MAILBOX_FULL,
  ],
  [
    'Postfix sender domain not found, answered to RCPT',
    '<bob@example.org>: host mx.example.org[192.0.2.25] said: 450 4.1.8 <alice@example.com>: Sender address rejected: Domain not found (in reply to RCPT TO command)',
    SENDER_DOMAIN,
  ],
  [
    'Exim sender rejected after pipelined MAIL FROM',
    lines(
      '  bob@example.org',
      '    host mx.example.org [192.0.2.25]',
      '    SMTP error from remote mail server after pipelined MAIL FROM:<alice@example.com> SIZE=1234:',
      '    550 5.7.1 Sender rejected',
    ),
    { cause: ['sender-rejected', 'blocked-by-recipient'], reason: 'rejected', side: 'sender' },
  ],
  [
    'Exim size after end of data',
    lines(
      '  bob@example.org',
      '    host mx.example.org [192.0.2.25]',
      '    SMTP error from remote mail server after end of data:',
      '    552 5.3.4 Message size exceeds fixed limit',
    ),
    TOO_BIG,
  ],
  [
    'Exim appendfile quota',
    lines(
      '  bob@example.org',
      '    mailbox is full (MTA-imposed quota exceeded while writing to file /home/bob/mail/inbox):',
    ),
    MAILBOX_FULL,
  ],
  [
    'Exim hosts failing for a long time',
    lines(
      '  bob@example.org',
      "    all hosts for 'example.org' have been failing for a long time (and retry time not reached)",
    ),
    { cause: ['delivery-expired', 'recipient-server-unreachable'], reason: 'expired' },
  ],
  [
    'Exim MX records point to non-existent hosts',
    lines('  bob@example.org', '    all relevant MX records point to non-existent hosts'),
    {
      cause: ['no-mx', 'domain-not-found', 'dns-failure'],
      reason: ['notaccept', 'hostunknown', 'networkerror'],
    },
  ],
  ['Exim no such person', '550 No such person at this address.', USER_UNKNOWN],
  [
    'qmail temporary DNS for host',
    "Sorry, I couldn't find any host by that name. (#4.1.2)",
    { cause: ['dns-failure', 'domain-not-found'], reason: ['networkerror', 'hostunknown'] },
  ],
  [
    'Sendmail transcript: spam after DATA',
    lines(
      '   ----- Transcript of session follows -----',
      '... while talking to mx.example.org.:',
      '>>> DATA',
      '<<< 554 5.7.1 Message rejected: spam',
      '554 5.0.0 Service unavailable',
    ),
    SPAM,
  ],
  [
    'Sendmail could not be delivered for 5 days',
    lines(
      '   ----- Transcript of session follows -----',
      '<bob@example.org>... Deferred: Connection timed out with mx.example.org.',
      'Message could not be delivered for 5 days',
      'Message will be deleted from queue',
    ),
    { cause: ['delivery-expired', 'recipient-server-unreachable'], reason: 'expired' },
  ],
  [
    'GroupWise user not found',
    lines(
      'The message that you sent was undeliverable to the following:',
      '\tbob@example.org (user not found)',
      '',
      'Possibly truncated original message follows:',
    ),
    USER_UNKNOWN,
  ],
  [
    'Local policy violation',
    '550 5.7.0 Local Policy Violation',
    {
      cause: ['policy-violation', 'blocked-by-recipient', 'security-error'],
      reason: ['policyviolation', 'rejected', 'securityerror'],
    },
  ],
  [
    'Executable attachment',
    '550 5.7.1 Your email was rejected because it contains an executable attachment',
    {
      cause: ['policy-violation', 'content-filtered'],
      reason: ['policyviolation', 'filtered'],
      side: 'sender',
    },
  ],
  ['Spam filter score', '550 5.7.1 Rejected by spam filter (score 12.3)', SPAM],
  [
    'Data loss prevention',
    "554 5.7.1 Your message has been blocked by the recipient's data loss prevention policy",
    {
      cause: ['policy-violation', 'content-filtered'],
      reason: ['policyviolation', 'filtered'],
    },
  ],
  [
    'Gmail relays an Outlook.com block of its own IP',
    lines(
      '** Message blocked **',
      '',
      'Your message to bob@hotmail.com has been blocked. See technical details below for more information.',
      '',
      'The response was:',
      "550 5.7.1 Unfortunately, messages from [209.85.220.41] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [DB5EUR03FT012.eop-EUR03.prod.protection.outlook.com]",
    ),
    { ...IP_BLOCK, provider: /microsoft/i },
  ],
  [
    'Yahoo rejected by this user',
    lines(
      'Sorry, we were unable to deliver your message to the following address.',
      '',
      '<bob@example.org>:',
      '550: 5.7.1 Your message was rejected by this user and was not delivered.',
    ),
    {
      cause: ['blocked-by-recipient', 'content-filtered', 'recipient-restricted'],
      reason: ['rejected', 'filtered'],
    },
  ],
  [
    'Exchange mailbox disabled (RecipientDisabled)',
    '550 5.2.1 Mailbox cannot be accessed; STOREDRV.Deliver.Exception:MailboxDisabled',
    DISABLED,
  ],
  [
    'Microsoft 4.4.7 message delayed',
    '451 4.4.7 Message delayed',
    { cause: ['delivery-delayed', 'recipient-server-unreachable'], reason: ['expired', 'networkerror'] },
  ],
  [
    'Microsoft 5.7.510 no IPv6',
    '550 5.7.510 Access denied, example.org does not accept email over IPv6 [DB5EUR03FT012.eop-EUR03.prod.protection.outlook.com]',
    {
      cause: ['connection-rejected', 'policy-violation', 'not-accepting-mail'],
      reason: ['blocked', 'policyviolation', 'notaccept'],
      side: 'sender',
    },
  ],
  [
    'Zimbra account locked out',
    '550 5.2.1 <bob@example.org>: Recipient address rejected: account is locked out',
    DISABLED,
  ],
  [
    'Spamhaus CSS via Postfix',
    '554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using sbl.spamhaus.org; https://www.spamhaus.org/query/ip/203.0.113.7 (CSS)',
    { ...IP_BLOCK, blocklist: 'spamhaus' },
  ],
  [
    'Hostkarma / junkemailfilter',
    '554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using hostkarma.junkemailfilter.com; Blacklisted - see http://ipadmin.junkemailfilter.com/remove.php?ip=203.0.113.7',
    IP_BLOCK,
  ],
  [
    'SORBS dynamic',
    '554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using dnsbl.sorbs.net; Dynamic IP Addresses See: http://www.sorbs.net/lookup.shtml?203.0.113.7',
    {
      cause: ['ip-blocklisted', 'port25-blocked'],
      reason: 'blocked',
      side: 'sender',
    },
  ],
];

// Round 5d: written after the round-5c fixes, before any further change.
const FOURTH_LOOK_5: RealWorldCase[] = [
  [
    'Gmail 5.7.1 From header missing',
    "550-5.7.1 [203.0.113.7] Our system has detected that this message is not RFC\n550-5.7.1 5322 compliant: 'From' header is missing. To reduce the amount of spam\n550 5.7.1 sent to Gmail, this message has been blocked. t5si5qtb.30 - gsmtp",
    { cause: 'not-rfc-compliant', reason: 'notcompliantrfc', side: 'sender' },
  ],
  [
    'Gmail over quota and inactive',
    '552-5.2.2 The email account that you tried to reach is over quota and inactive.\n552 5.2.2  https://support.google.com/mail/?p=OverQuotaPerm u6si6qtb.31 - gsmtp',
    MAILBOX_FULL,
  ],
  [
    'Gmail 4.3.0 temporary system problem',
    '421-4.3.0 Temporary System Problem.  Try again later (10). v7si7qtb.32 - gsmtp',
    { cause: ['system-error', 'server-unavailable'], reason: 'systemerror', side: 'recipient' },
  ],
  [
    'Gmail 5.6.0 malformed message',
    '554 5.6.0 Mail message is malformed. Not accepted. w8si8qtb.33 - gsmtp',
    {
      cause: ['content-error', 'not-rfc-compliant'],
      reason: ['contenterror', 'notcompliantrfc'],
      side: 'sender',
    },
  ],
  [
    'Gmail submission: recipient domain not found',
    "553-5.1.2 We weren't able to find the recipient domain. Please check for any\n553-5.1.2 spelling errors, and make sure you didn't enter any spaces, periods,\n553 5.1.2 or other punctuation after the recipient's email address. x9sm9qtb.34 - gsmtp",
    DOMAIN_NOT_FOUND,
  ],
  [
    'Gmail submission: not a valid RFC 5321 address',
    '553-5.1.3 The recipient address <bob@example> is not a valid RFC-5321\n553 5.1.3 address. y1sm1qtb.35 - gsmtp',
    { cause: ['syntax-error', 'user-unknown'], reason: ['syntaxerror', 'userunknown'], side: 'sender' },
  ],
  [
    'Google Workspace mail sending denied',
    '550-5.7.0 Mail Sending denied. This error occurs if the sender account is\n550-5.7.0 disabled or not registered within your Google Workspace domain.\n550 5.7.0 z2sm2qtb.36 - gsmtp',
    {
      cause: ['sender-account-blocked', 'from-not-permitted', 'relay-denied'],
      reason: ['rejected', 'norelaying'],
      side: 'sender',
    },
  ],
  [
    'Microsoft transport rule reject',
    '550 5.7.1 TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy',
    {
      cause: ['content-filtered', 'policy-violation'],
      reason: ['filtered', 'policyviolation'],
    },
  ],
  [
    'Microsoft delivery not authorized',
    '550 5.7.1 Delivery not authorized, message refused',
    { cause: ['recipient-restricted', 'blocked-by-recipient'], reason: 'rejected' },
  ],
  [
    'Microsoft sender thread limit',
    '432 4.3.2 STOREDRV.ClientSubmit; sender thread limit exceeded',
    {
      cause: ['rate-limited', 'too-many-connections'],
      reason: ['speeding', 'toomanyconn'],
      side: 'sender',
    },
  ],
  [
    'Microsoft partner connector requires TLS',
    "451 5.7.3 Must issue a STARTTLS command first. TenantInboundAttribution; There is a partner connector configured that matched the message's recipient domain. The partner connector requires that the sending server use TLS.",
    { cause: ['starttls-not-used', 'tls-required'], reason: 'failedstarttls' },
  ],
  [
    'AOL will not accept delivery',
    '521 5.2.1 :  AOL will not accept delivery of this message.',
    {
      cause: ['ip-reputation', 'policy-violation', 'ip-blocklisted', 'spam-filtered', 'connection-rejected'],
      reason: ['badreputation', 'policyviolation', 'blocked', 'spamdetected'],
      side: 'sender',
    },
  ],
  [
    'iCloud Spamhaus SBL',
    '550 5.7.1 Mail from IP 203.0.113.7 was rejected due to listing in Spamhaus SBL. For details please see http://www.spamhaus.org/query/bl?ip=203.0.113.7',
    { ...IP_BLOCK, blocklist: 'spamhaus' },
  ],
  [
    'Zoho unauthenticated from this domain',
    '550 5.7.1 Unauthenticated email is not accepted from this domain',
    AUTH_FAILED,
  ],
  [
    'policyd-weight: appeared to be spam or forged',
    '554 5.7.1 <bob@example.org>: Recipient address rejected: Mail appeared to be SPAM or forged. Ask your Mail/DNS-Administrator to correct HELO and DNS MX settings or to get removed from DNSBLs; MTA helo: mail.example.local, MTA hostname: unknown[203.0.113.7] (helo/hostname mismatch)',
    {
      cause: [
        'spam-filtered',
        'helo-rejected',
        'ip-blocklisted',
        'reverse-dns-missing',
        'connection-rejected',
      ],
      reason: ['spamdetected', 'blocked', 'requireptr'],
      side: 'sender',
    },
  ],
  [
    'policyd-weight: listed in too many DNSBLs',
    '550 5.7.1 <alice@example.com>: Sender address rejected: Your MTA is listed in too many DNSBLs; check http://www.robtex.com/rbls/203.0.113.7.html',
    IP_BLOCK,
  ],
  [
    'Postfix postscreen reject',
    '550 5.3.2 Service currently unavailable',
    {
      cause: ['connection-rejected', 'ip-blocklisted', 'not-accepting-mail'],
      reason: ['blocked', 'notaccept'],
    },
  ],
  [
    'Postfix postscreen all ports busy',
    '421 4.3.2 All server ports are busy',
    {
      cause: ['server-unavailable', 'too-many-connections'],
      reason: ['systemerror', 'toomanyconn'],
    },
  ],
  [
    'Exim SpamAssassin score',
    '550-5.7.1 Your message was rejected by SpamAssassin (score=8.1, required 5.0)',
    SPAM,
  ],
  [
    'Exim bad HELO impersonating',
    '550 Bad HELO - Host impersonating [mx.example.org]',
    { cause: 'helo-rejected', reason: 'blocked', side: 'sender' },
  ],
  [
    'Exim in a black list at',
    '550 rejected because 203.0.113.7 is in a black list at zen.spamhaus.org',
    { ...IP_BLOCK, blocklist: 'spamhaus' },
  ],
  [
    'qmail do not authenticate or not in rcpthosts',
    "553 sorry, your don't authenticate or the domain isn't in my list of allowed rcpthosts(#5.7.1)",
    { cause: ['relay-denied', 'auth-required'], reason: ['norelaying', 'securityerror'] },
  ],
  [
    'qmail DNS temporary failure',
    '451 DNS temporary failure (#4.3.0)',
    { cause: ['dns-failure', 'system-error'], reason: ['networkerror', 'systemerror'] },
  ],
  [
    'Amazon SES illegal character in domain',
    '554 Message rejected: Domain contains illegal character',
    {
      cause: ['syntax-error', 'content-error', 'user-unknown'],
      reason: ['syntaxerror', 'contenterror', 'userunknown'],
      side: 'sender',
    },
  ],
  ['Swedish user does not exist', '550 5.1.1 Användaren finns inte', USER_UNKNOWN],
  ['Czech user does not exist', '550 5.1.1 Uživatel neexistuje', USER_UNKNOWN],
  ['Turkish user not found', '550 5.1.1 Kullanıcı bulunamadı', USER_UNKNOWN],
  ['Korean mailbox quota exceeded', '552 5.2.2 메일함 용량이 초과되었습니다', MAILBOX_FULL],
  ['Italian relay denied', '554 5.7.1 Relay negato', RELAY],
  ['Portuguese mailbox quota exceeded', '452 4.2.2 Cota da caixa postal excedida', MAILBOX_FULL],
  [
    'French greylisting',
    '450 4.7.1 Greylisting en cours, veuillez réessayer plus tard',
    {
      cause: 'greylisted',
      reason: ['blocked', 'onhold'],
    },
  ],
  ['Spanish spam', '554 5.7.1 Mensaje rechazado: detectado como correo basura', SPAM],
];

/** Still wrong, with why (see `knownWrong`). */
// Round 5e: not held out. Other real wordings of the forms the round-5c/5d extraction fixes read (a reply's
// closing "550 " line, Exchange's "recipients or groups" heading in more languages, MTAs' own texts, ESP API
// refusals), written with those fixes to show each rule reads more than the sample it was made for.
const GENERALISED_5E: RealWorldCase[] = [
  [
    'WEB.DE policy reject named only by its last line',
    lines(
      '554-Transaction failed',
      '554-Reject due to policy restrictions.',
      '554 For explanation visit https://web.de/email/senderguidelines?ip=203.0.113.7&c=hi',
    ),
    { ...POLICY, provider: /web\.de/i },
  ],
  [
    'Exim callout quoting a Sendmail reply',
    lines('550-Callout verification failed:', '550 550 5.1.1 <carol@example.net>... User unknown'),
    { ...USER_UNKNOWN, recipient: 'carol@example.net' },
  ],
  [
    'Exchange NDR traditional Chinese: address not found',
    ndr(
      '無法傳遞到下列收件者或群組:',
      'bob@example.tw',
      '找不到您輸入的電子郵件地址。請檢查收件者的電子郵件地址，然後嘗試重新傳送郵件。',
    ),
    USER_UNKNOWN,
  ],
  [
    'Exchange NDR Russian: address not found',
    ndr(
      'Не удалось доставить сообщение следующим получателям или группам:',
      'bob@example.ru',
      'Не удалось найти указанный адрес электронной почты. Проверьте адрес получателя и повторите отправку.',
    ),
    USER_UNKNOWN,
  ],
  [
    'Exchange delay notification in French',
    lines(
      'La remise est retardée pour ces destinataires ou groupes :',
      '',
      'bob@example.fr',
      '',
      "Ce message n'a pas encore été remis. De nouvelles tentatives de remise seront effectuées.",
    ),
    { cause: ['delivery-delayed', 'recipient-server-unreachable'], reason: ['expired', 'networkerror'] },
  ],
  ['Postfix local delivery: unknown user', '<bob@example.org>: unknown user: "bob"', USER_UNKNOWN],
  [
    'Postfix maildir delivery: disk quota exceeded',
    '<bob@example.org>: maildir delivery failed: create maildir file /home/bob/Maildir/tmp/1700000000.P123.mx: Disk quota exceeded',
    MAILBOX_FULL,
  ],
  [
    'Exim retry timeout exceeded',
    lines('  bob@example.org', '    retry timeout exceeded'),
    { cause: ['delivery-expired', 'recipient-server-unreachable'], reason: 'expired' },
  ],
  [
    'Exim unrouteable address block',
    lines('  bob@nosuchdomain.example', '    Unrouteable address'),
    DOMAIN_NOT_FOUND,
  ],
  ['Sendmail connection timed out', 'Deferred: Connection timed out with mx.example.org.', UNREACHABLE],
  [
    'SendGrid from address not a verified Sender Identity',
    'The from address does not match a verified Sender Identity. Mail cannot be sent until this error is resolved.',
    { cause: 'from-not-permitted', reason: 'rejected', side: 'sender' },
  ],
  [
    'Mailgun sandbox subdomain, authorized recipients only',
    'Sandbox subdomains are for test purposes only. Please add your own domain or add the address to authorized recipients in Account Settings.',
    {
      cause: ['sender-account-blocked', 'from-not-permitted', 'relay-denied'],
      reason: ['rejected', 'norelaying'],
      side: 'sender',
    },
  ],
];

const STILL_WRONG: Record<string, string> = {};

const ALL_5: RealWorldCase[] = [
  ...GOOGLE_5,
  ...MICROSOFT_5,
  ...YAHOO_APPLE_5,
  ...GATEWAYS_5,
  ...ISPS_5,
  ...MTAS_5,
  ...ESPS_5,
  ...LANGUAGES_5,
  ...SECOND_LOOK_5,
  ...THIRD_LOOK_5,
  ...FOURTH_LOOK_5,
  ...GENERALISED_5E,
];

export const ROUND_5: RealWorldCase[] = ALL_5.map(([name, input, want]) => {
  const knownWrong = STILL_WRONG[name];
  return knownWrong ? [name, input, { ...want, knownWrong }] : [name, input, want];
});
