import { type Provider, statusRange } from './types.js';

/**
 * Outlook.com, Hotmail, Exchange Online (Microsoft 365) and on-premises Exchange NDRs. Microsoft reuses
 * standard codes with its own meaning: 5.4.1 and 5.1.10 are "recipient not found", not routing or null MX;
 * 5.1.8 is an account blocked for spam, not a bad sender domain.
 */
export const MICROSOFT: Provider = {
  id: 'microsoft',
  name: 'Microsoft (Outlook.com / Microsoft 365)',
  kind: 'mailbox',
  hosts: [
    'outlook.com',
    'hotmail.com',
    'live.com',
    'msn.com',
    'office365.com',
    'outlook.cn',
    'exchangelabs.com',
  ],
  markers: [
    'protection.outlook.com',
    'prod.outlook.com',
    'resolver.adr.',
    'smtpsend.dns.',
    'sender.office.com',
    'olcsupport.office.com',
    'sendersupport.olc.protection.outlook.com',
    'mail.live.com/mail/troubleshooting',
    'go.microsoft.com/fwlink',
    '(as160126',
    'as(201806281)',
    // Exchange's own diagnostic fields and agent names.
    '[lastattemptedservername=',
    'aka.ms/exosmtperrors',
    // Exchange's "[Message=…]" diagnostic tag (the reply rules drop bracketed tags as metadata).
    '[message=',
    'storedrv.deliver',
    'unifiedgroupagent',
    // The new-style NDR's "More Info for Email Admins" line, the diagnostic when its table is flattened.
    'status code: ',
  ],
  postmaster: 'https://sendersupport.olc.protection.outlook.com/pm/',
  codes: {
    S3150: { cause: 'ip-blocklisted', note: "the sending IP's network is on Outlook.com's block list" },
    S3140: { cause: 'ip-blocklisted', note: "the sending IP's network is on Outlook.com's block list" },
    S8001: { cause: 'domain-blocklisted', note: 'the HELO domain is listed in Spamhaus' },
    S8002: { cause: 'domain-blocklisted', note: 'the MAIL FROM domain is listed in Spamhaus' },
    S775: { cause: 'ip-reputation', note: 'temporarily rate limited because of the IP reputation' },
    AS16012607: {
      cause: 'blocked-by-recipient',
      note: "the sending IP is on the recipient organisation's own block list",
    },
    AS16012609: { cause: 'ip-blocklisted', note: 'banned sending IP; delist at sender.office.com' },
    AS16012611: { cause: 'ip-blocklisted', note: 'client host blocked using Spamhaus' },
    'AS(7555)': {
      cause: 'external-forwarding-blocked',
      note: 'automatic forwarding to outside addresses is off in the outbound spam policy (5.7.520)',
    },
    'AS(201806281)': {
      cause: 'recipient-not-in-tenant',
      note: 'recipient not found in the receiving directory (5.4.1)',
    },
  },
  statusOverrides: {
    '5.4.1': 'recipient-not-in-tenant',
    '5.1.10': 'user-unknown',
    '5.5.0': 'user-unknown',
    '5.7.504': 'user-unknown',
    '5.7.505': 'mailbox-disabled',
    '5.1.8': 'sender-account-blocked',
    '5.1.90': 'rate-limited',
    '5.2.121': 'recipient-rate-limited',
    '5.2.122': 'recipient-rate-limited',
    '4.4.316': 'recipient-server-unreachable',
    '5.4.316': 'recipient-server-unreachable',
    '5.4.300': 'delivery-expired',
    '5.4.14': 'mail-loop',
    // 5.4.8: the recipient domain's MX points back to Exchange Online (hybrid set-ups): a routing loop.
    '5.4.8': 'mail-loop',
    // 5.3.190: journal reports from on-premises refused while the tenant's journaling archive is disabled.
    '5.3.190': 'policy-violation',
    '4.4.317': 'tls-required',
    '5.4.317': 'tls-required',
    '4.7.321': 'tls-required',
    '5.7.321': 'tls-required',
    // 4.7.322 to 4.7.325: the destination's certificate expired, its TLSA or DNSSEC invalid, its certificate
    // for another host (Exchange Online's DANE checks outbound): the receiving side's to fix.
    '4.7.322': 'recipient-tls-invalid',
    '5.7.322': 'recipient-tls-invalid',
    '4.7.324': 'recipient-tls-invalid',
    '5.7.324': 'recipient-tls-invalid',
    '4.7.323': 'recipient-tls-invalid',
    '5.7.323': 'recipient-tls-invalid',
    '4.7.325': 'recipient-tls-invalid',
    '5.7.325': 'recipient-tls-invalid',
    '5.6.11': 'content-error',
    '5.7.12': 'recipient-restricted',
    '5.7.124': 'recipient-restricted',
    '5.7.133': 'recipient-restricted',
    '5.7.134': 'recipient-restricted',
    '5.7.135': 'recipient-restricted',
    '5.7.136': 'recipient-restricted',
    '5.7.193': 'recipient-restricted',
    '5.7.57': 'auth-required',
    '5.7.64': 'relay-not-authorised',
    // 5.7.51 TenantInboundAttribution: a partner connector for the recipient's domain wants the sender's
    // certificate or one of its listed IPs, and the sending server matched neither.
    '5.7.51': 'relay-not-authorised',
    '5.7.506': 'helo-rejected',
    '5.7.507': 'blocked-by-recipient',
    '5.7.508': 'rate-limited',
    '5.7.509': 'dmarc-fail',
    // "does not accept email over IPv6": the connection's address family is refused; send over IPv4.
    '5.7.510': 'connection-rejected',
    // Outlook.com's high-volume sender rule: the From domain must pass SPF, DKIM and DMARC.
    '5.7.515': 'auth-failed',
    '5.7.511': 'ip-blocklisted',
    '5.7.512': 'not-rfc-compliant',
    '5.7.513': 'blocked-by-recipient',
    ...statusRange('5.7.', 501, 503, 'sender-account-blocked'),
    // 4.7.500-699: "Server busy / access denied, try again later": the IP is throttled while under review.
    ...statusRange('4.7.', 500, 699, 'ip-reputation'),
    ...statusRange('5.7.', 606, 649, 'ip-blocklisted'),
    ...statusRange('5.7.', 700, 750, 'sender-account-blocked'),
  },
  phrases: [
    // Exchange Online's 5.4.1: no such recipient in the tenant (Postfix's access tables say the same words).
    { text: 'recipient address rejected: access denied', cause: 'recipient-not-in-tenant' },
    // Outlook.com's consumer servers answer a nonexistent address so (with a "(-NNN:NNN:-NNN)" trace).
    { text: 'requested action not taken: mailbox unavailable', cause: 'user-unknown' },
    { text: 'part of their network is on our block list', cause: 'ip-blocklisted' },
    { text: 'banned sending ip', cause: 'ip-blocklisted' },
    { text: 'submission quota exceeded', cause: 'rate-limited' },
    { text: 'daily limit for message recipients', cause: 'rate-limited' },
    { text: 'bad outbound sender', cause: 'sender-account-blocked' },
    { text: 'tenantinboundattribution', cause: 'relay-not-authorised' },
    // 4.4.4 ATTR5: the domain sits in a tenant with no Exchange Online licence; nothing there takes mail.
    { text: 'no mail-enabled subscriptions', cause: 'not-accepting-mail' },
    // RESOLVER.RST.AuthRequired: the recipient (group, public folder) takes only authenticated senders.
    { text: 'resolver.rst.authrequired', cause: 'recipient-restricted' },
    // RESOLVER.RST.NotAuthorized: the group's or mailbox's delivery restrictions do not list this sender.
    { text: 'resolver.rst.notauthorized', cause: 'recipient-restricted' },
    // 5.2.0 STOREDRV ObjectNotFoundException: the mailbox's directory object is gone (a deleted or unsynced user).
    { text: "active directory user wasn't found", cause: 'recipient-not-in-tenant' },
    { text: 'spam abuse detected', cause: 'sender-account-blocked' },
    { text: 'does not pass dmarc verification', cause: 'dmarc-fail' },
    { text: 'must pass either spf or dkim', cause: 'auth-failed' },
    { text: 'must have a reverse dns record', cause: 'reverse-dns-missing' },
    { text: 'access denied, bad helo', cause: 'helo-rejected' },
    { text: 'using customer block list', cause: 'blocked-by-recipient' },
    { text: 'delivery not authorized', cause: 'recipient-restricted' },
    { text: 'sender not in allowed-senders list', cause: 'recipient-restricted' },
    { text: 'client was not authenticated', cause: 'auth-required' },
    { text: 'unable to relay', cause: 'relay-denied' },
    { text: 'hop count exceeded', cause: 'mail-loop' },
    { text: 'routing loop detected', cause: 'mail-loop' },
    { text: 'rate limited due to ip reputation', cause: 'ip-reputation' },
  ],
};
