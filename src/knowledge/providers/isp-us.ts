import { codeRange, type Provider, type ProviderCode } from './types.js';

const listed = (note: string, ...lists: string[]): ProviderCode => ({ cause: 'ip-blocklisted', note, lists });

/** Comcast publishes its block codes at postmaster.comcast.net (BL = block list, ES = dynamic IP space). */
// Source: http://postmaster.comcast.net/mail-error-codes.html (as stored, ES000001-BL000111; the BL000111 line is
// cut short after "listed on the Sende…"), https://es.xfinity.com/support/articles/email-errors (as stored,
// ES000001 and ES000010 in full). RL000000, RL000001 and DM000001 are on neither stored page: kept as remembered.
// The older three-digit codes: https://business.comcast.com/help-and-support/internet/email-bounce-back-messages/
// (as stored, BL006 and BL007), BL004 from a hosting company's copy of Comcast's FAQ,
// http://www.behosting.com/compleat/knowledgebase.php?action=displayarticle&id=44 (Comcast's own not stored).
// The two phrases: Comcast's "Non-Specific Error Codes" (25 connections an IP; a valid rDNS required), as stored at
// https://mdpcontent-ho-1p-187062.sys.comcast.net/smtp-error-codes.php. See docs/provider-sources.md.
const COMCAST_CODES: Record<string, ProviderCode> = {
  ES000001: {
    cause: 'port25-blocked',
    note: "sent from Comcast's dynamic/residential space: use smtp.comcast.net",
  },
  ES000010: {
    cause: 'port25-blocked',
    note: 'sent from dynamic/residential IP space (or a PTR that looks dynamic)',
  },
  BL000000: {
    cause: 'ip-blocklisted',
    note: "Comcast's own block: the IP sent mail in patterns characteristic of spam",
  },
  BL000001: listed('listed on the Spamhaus ZEN blocklist', 'spamhaus'),
  BL000010: listed('listed on Cloudmark CSI', 'cloudmark'),
  BL000011: listed('listed on Spamhaus ZEN and Cloudmark CSI', 'spamhaus', 'cloudmark'),
  BL000100: listed('listed on the SenderScore blocklist', 'senderscore'),
  BL000101: listed('listed on Spamhaus ZEN and the SenderScore blocklist', 'spamhaus', 'senderscore'),
  BL000110: listed('listed on the SenderScore blocklist and Cloudmark CSI', 'senderscore', 'cloudmark'),
  BL000111: listed(
    'listed on the SenderScore blocklist, Spamhaus ZEN and Cloudmark CSI',
    'senderscore',
    'spamhaus',
    'cloudmark',
  ),
  RL000000: { cause: 'rate-limited', note: 'Comcast rate-limit code (RL family)' },
  RL000001: { cause: 'rate-limited', note: 'Comcast rate-limit code (RL family)' },
  DM000001: { cause: 'dmarc-fail', note: "rejected because of the From domain's DMARC policy" },
  // The three-digit codes of Comcast's older mail system, still quoted in its business help.
  BL004: {
    cause: 'ip-blocklisted',
    note: "Comcast's own block: the server sent mail in patterns characteristic of spam",
  },
  BL006: listed('the sending server is listed on the Spamhaus SBL/XBL', 'spamhaus'),
  BL007: listed('the sending server is listed on Cloudmark Sender Intelligence (CSI)', 'cloudmark'),
};

/** Cox codes follow "AUP#" in the reply (www.cox.com email error codes page). */
// Source: http://postmaster.cox.net/confluence/display/postmaster/Error+Codes (as stored, CXBL, CDRBL and
// IPBL0001-IPBL1000). Cox's later page (www.cox.com/residential/support/email-error-codes.html, not stored) as
// quoted code by code in Sisimai's Cox table, https://metacpan.org/source/AKXLIX/Sisimai-v5.2.0/lib/Sisimai/Rhost/Cox.pm
// (as stored; in full in github.com/sisimai/p5-sisimai lib/Sisimai/Rhost/Cox.pm): CXDNS, CXSNDR, CXSMTP, CXCNCT,
// CXMXRT, CXTHRT, CXMJ, IPBL1001-IPBL1111, IPBL00001, the URLBL codes and Cox's reply wordings (the phrases below).
// CXMJ also in Cox's reply as quoted in
// https://forums.cox.com/discussions/internet/aupcxsndr----error-trigger-depends-upon-message-content/109845.
const COX_CODES: Record<string, ProviderCode> = {
  'AUP#CXBL': { cause: 'ip-blocklisted', note: 'the IP is blocked by Cox for spam-like behaviour' },
  'AUP#CDRBL': { cause: 'ip-blocklisted', note: 'the IP is temporarily blocked by Cox (at most 24 hours)' },
  'AUP#CXDNS': { cause: 'reverse-dns-missing', note: 'reverse DNS lookup of the sending IP failed' },
  'AUP#CXSNDR': { cause: 'auth-failed', note: "failed SPF/DKIM checks of the sender's domain" },
  'AUP#CXSMTP': {
    cause: 'sender-rejected',
    note: 'SMTP protocol violation: could not verify a legitimate sender',
  },
  'AUP#CXCNCT': { cause: 'too-many-connections', note: 'too many concurrent connections from the IP' },
  'AUP#CXMXRT': { cause: 'rate-limited', note: 'sent to too many recipients; wait before sending more' },
  'AUP#CXTHRT': { cause: 'sender-account-blocked', note: 'sending limited for suspicious account activity' },
  'AUP#CXMJ': {
    cause: 'sender-account-blocked',
    note: 'sending blocked for suspicious activity on the Cox account',
  },
  'AUP#IPBL0001': listed('listed on Spamhaus ZEN', 'spamhaus'),
  'AUP#IPBL0010': listed('listed on the Return Path blocklist', 'senderscore'),
  'AUP#IPBL0100': listed('listed on Invaluement ivmSIP', 'invaluement'),
  'AUP#IPBL0011': listed('listed on Spamhaus ZEN and Return Path', 'spamhaus', 'senderscore'),
  'AUP#IPBL0101': listed('listed on Spamhaus ZEN and Invaluement ivmSIP', 'spamhaus', 'invaluement'),
  'AUP#IPBL0110': listed('listed on Return Path and Invaluement ivmSIP', 'senderscore', 'invaluement'),
  'AUP#IPBL0111': listed(
    'listed on Spamhaus ZEN, Return Path and Invaluement ivmSIP',
    'spamhaus',
    'senderscore',
    'invaluement',
  ),
  'AUP#IPBL1000': listed('listed on Cloudmark CSI', 'cloudmark'),
  'AUP#IPBL1001': listed('listed on Cloudmark CSI and Spamhaus ZEN', 'cloudmark', 'spamhaus'),
  'AUP#IPBL1010': listed('listed on Cloudmark CSI and Return Path', 'cloudmark', 'senderscore'),
  'AUP#IPBL1011': listed(
    'listed on Cloudmark CSI, Spamhaus ZEN and Return Path',
    'cloudmark',
    'spamhaus',
    'senderscore',
  ),
  'AUP#IPBL1100': listed('listed on Cloudmark CSI and Invaluement ivmSIP', 'cloudmark', 'invaluement'),
  'AUP#IPBL1101': listed(
    'listed on Cloudmark CSI, Spamhaus ZEN and Invaluement ivmSIP',
    'cloudmark',
    'spamhaus',
    'invaluement',
  ),
  'AUP#IPBL1110': listed(
    'listed on Cloudmark CSI, Return Path and Invaluement ivmSIP',
    'cloudmark',
    'senderscore',
    'invaluement',
  ),
  'AUP#IPBL1111': listed(
    'listed on Cloudmark CSI, Spamhaus ZEN, Return Path and Invaluement ivmSIP',
    'cloudmark',
    'spamhaus',
    'senderscore',
    'invaluement',
  ),
  'AUP#IPBL00001': listed('listed on a Spamhaus blocklist', 'spamhaus'),
  'AUP#URLBL011': { cause: 'domain-blocklisted', note: 'a URL in the message is on SURBL and Spamhaus DBL' },
  'AUP#URLBL101': { cause: 'domain-blocklisted', note: 'a URL in the message is on SURBL and ivmURI' },
  'AUP#URLBL110': { cause: 'domain-blocklisted', note: 'a URL in the message is on Spamhaus DBL and ivmURI' },
  'AUP#URLBL1001': { cause: 'domain-blocklisted', note: 'a URL in the message is on a Spamhaus blocklist' },
};

/** Spectrum documents numbered ranges after "AUP#", written with a direction: "In-" or "Out-". */
// Source: Spectrum's https://www.spectrumbusiness.net/support/internet/understanding-email-error-codes (not stored)
// as quoted code by code in Sisimai's Spectrum table (github.com/sisimai/p5-sisimai lib/Sisimai/Rhost/Spectrum.pm):
// every range below agrees with it; 1260 (no IPv6) added. "AUP#I…" codes answer mail from outside, "AUP#O…" a
// Spectrum user's own outgoing mail: 1010-1080 ("this email account … blocked from sending") mean the sender's own
// Spectrum account only when outgoing. A Spectrum employee on AUP#In-1020,
// https://community.spectrum.net/discussion/172891/ (as stored): a block on the sending address (recipients marking
// its mail as spam), not an IP blocklist, lifted on its own.
const SPECTRUM_ANY_DIRECTION: Record<string, ProviderCode> = {
  'AUP#1000': { cause: 'ip-blocklisted', note: 'the IP is blocked by Spectrum for suspicious activity' },
  'AUP#1010': {
    cause: 'sender-account-blocked',
    note: 'the account is blocked from sending (suspicious activity)',
  },
  ...codeRange('AUP#', 1020, 1080, 10, {
    cause: 'sender-account-blocked',
    note: 'sending limited for suspicious activity',
  }),
  'AUP#1090': { cause: 'system-error', note: 'the message could not be processed; try again later' },
  ...codeRange('AUP#', 1100, 1150, 10, {
    cause: 'reverse-dns-missing',
    note: 'Spectrum requires full-circle reverse DNS',
  }),
  ...codeRange('AUP#', 1160, 1190, 10, {
    cause: 'policy-violation',
    note: "against the sender domain's security policy",
  }),
  ...codeRange('AUP#', 1200, 1210, 10, listed('flagged by Cloudmark CSI', 'cloudmark')),
  ...codeRange('AUP#', 1220, 1250, 10, listed('listed by Spamhaus', 'spamhaus')),
  'AUP#1260': { cause: 'connection-rejected', note: 'Spectrum takes no mail over IPv6: connect over IPv4' },
  ...codeRange('AUP#', 1300, 1340, 10, {
    cause: 'too-many-connections',
    note: 'too many (concurrent) connections',
  }),
  ...codeRange('AUP#', 1350, 1490, 10, { cause: 'rate-limited', note: 'too many messages or recipients' }),
  'AUP#1500': { cause: 'from-not-permitted', note: 'sending as a different address than the one signed in' },
  'AUP#1520': { cause: 'from-not-permitted', note: 'sending as a domain Spectrum does not host' },
  'AUP#1530': { cause: 'message-too-large', note: 'larger than the 20 MB maximum' },
  'AUP#1540': { cause: 'rate-limited', note: 'too many messages in one session' },
  'AUP#1550': { cause: 'rate-limited', note: 'too many recipients in one message' },
  'AUP#1560': { cause: 'policy-violation', note: 'too many invalid recipients' },
  'AUP#1580': { cause: 'rate-limited', note: 'too many recipients in a short time' },
};

/** Mail from outside: "this email account" is the outside sender's address, which Spectrum blocks. */
const SPECTRUM_INBOUND_ONLY: Record<string, ProviderCode> = codeRange('AUP#', 1010, 1080, 10, {
  cause: 'sender-rejected',
  note: "Spectrum blocks mail from this sender address (suspicious activity or recipients' spam reports); the block expires on its own",
});

/** Each code as findReferenceCodes spells it: AUP#1010, AUP#IN-1010, AUP#OUT-1010. */
const SPECTRUM_CODES: Record<string, ProviderCode> = Object.fromEntries(
  Object.entries(SPECTRUM_ANY_DIRECTION).flatMap(([code, meaning]) => {
    const number = code.slice('AUP#'.length);
    const inbound = SPECTRUM_INBOUND_ONLY[code] ?? meaning;
    return [
      [code, meaning],
      [`AUP#IN-${number}`, inbound],
      [`AUP#OUT-${number}`, meaning],
    ];
  }),
);

/** GoDaddy puts an "IBnnn" code at the end of its replies (GoDaddy help: email bounce-back meanings). */
// Source: https://help-center.dc-aws.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685 (as stored: its
// IB tables are past what the stored copy shows), quoted code by code with its reply texts in Sisimai's GoDaddy
// table (github.com/sisimai/p5-sisimai lib/Sisimai/Rhost/GoDaddy.pm): every code below agrees with it. Hosting
// companies' copies of the older page also give IB101 (https://itegy.com/en/help-list/office-365-from/what-does-my-email-bounceback-mean),
// IB506, IB508, IB108, IB605 (http://topwebhostingoffers.com/various-email-bounce-backs-on-a-cpanel-server/) and
// IB212 (https://support.tigertech.net/godaddy-ib212).
const GODADDY_CODES: Record<string, ProviderCode> = {
  IB401: {
    cause: 'auth-required',
    note: 'authentication is not allowed on the inbound servers: wrong SMTP server',
  },
  IB501: { cause: 'not-rfc-compliant', note: 'blank From: address' },
  IB502: { cause: 'not-rfc-compliant', note: 'an IP address used as From: address' },
  IB506: { cause: 'sender-domain-invalid', note: 'From: domain has no valid MX or A records' },
  IB508: { cause: 'spf-fail', note: "the sending server is not in the domain's SPF record" },
  IB108: { cause: 'reverse-dns-missing', note: 'reverse DNS of the sending IP failed' },
  IB212: { cause: 'spam-filtered', note: 'content judged to be spam' },
  IB705: { cause: 'virus-found', note: 'virus-infected message' },
  IB605: { cause: 'too-many-connections', note: 'too many recipients in the message' },
  IB007: { cause: 'too-many-connections', note: 'too many sessions from this IP' },
  IB101: {
    cause: 'server-unavailable',
    note: "server temporarily unavailable: GoDaddy's mail queue has more than its usual volume",
  },
  IB110: { cause: 'ip-blocklisted', note: 'IP blocked for an hour: too much spam' },
  IB111: { cause: 'ip-blocklisted', note: 'IP blocked for the day: too much spam' },
  IB112: { cause: 'ip-blocklisted', note: 'IP blocked for an hour: too many invalid recipients' },
  IB113: { cause: 'ip-blocklisted', note: 'IP blocked for the day: too many invalid recipients' },
  IB504: { cause: 'rate-limited', note: 'too many messages from this IP this hour' },
  IB510: { cause: 'rate-limited', note: 'too many messages in this session' },
  IB607: { cause: 'rate-limited', note: 'too many recipients from this IP this hour' },
  IB103: { cause: 'ip-reputation', note: 'poor reputation on Cloudmark Sender Intelligence' },
  IB104: listed('listed on the Spamhaus SBL', 'spamhaus'),
  IB105: listed('listed on the Spamhaus XBL', 'spamhaus'),
  IB106: listed('listed on the Spamhaus PBL', 'spamhaus'),
};

/** US internet providers and hosters. */
export const US_ISPS: readonly Provider[] = [
  {
    id: 'att',
    name: 'AT&T',
    kind: 'mailbox',
    hosts: ['att.net', 'prodigy.net', 'sbcglobal.net', 'bellsouth.net'],
    markers: ['abuse-att.net', 'dnsbl:attrbl'],
    // Source: none stored for ATTRBL. AT&T's reply list, http://worldnet.att.net/general-info/bls_info/block_enduser.html
    // and http://rbl.att.net/block_enduser.html (as stored), has no reference codes; its wordings are the phrases.
    codes: {
      ATTRBL: {
        cause: 'ip-blocklisted',
        note: "the IP is on AT&T's own block list (abuse_rbl@abuse-att.net)",
      },
    },
    // AT&T answers unknown addressees with 5.2.1 ("Addressee unknown"), not a disabled mailbox.
    statusOverrides: { '5.2.1': 'user-unknown' },
    phrases: [
      { text: 'addressee unknown', cause: 'user-unknown' },
      { text: 'blank mailhost', cause: 'user-unknown' },
      // AT&T's reply list: "421-failure in DNS look-up" is the sending IP's reverse DNS; "521 <ip> is blocked" and
      // "blocked by ldap:ou=rblmx" its own block of a spam source; "unauthorized interface for <ip>" a system not
      // recognised as a mail source (use a major provider's or host's mail system).
      { text: 'failure in dns look-up', cause: 'reverse-dns-missing' },
      { text: 'blocked by ldap:ou=rblmx', cause: 'ip-blocklisted' },
      { text: '> is blocked', cause: 'ip-blocklisted' },
      { text: 'unauthorized interface for', cause: 'port25-blocked' },
    ],
  },
  {
    id: 'comcast',
    name: 'Comcast (Xfinity)',
    kind: 'mailbox',
    hosts: ['comcast.net', 'xfinity.com'],
    // Its MX names itself in every reply ("554 resimta-po-24v.sys.comcast.net resimta-po-24v.sys.comcast.net …").
    markers: ['postmaster.comcast.net', 'help.comcast.net', 'xfinity.com/support', '.sys.comcast.net'],
    postmaster: 'https://postmaster.comcast.net/',
    codes: COMCAST_CODES,
    phrases: [
      { text: 'too many sessions opened', cause: 'too-many-connections' },
      { text: 'reverse dns failure', cause: 'reverse-dns-missing' },
    ],
  },
  {
    id: 'cox',
    name: 'Cox',
    kind: 'mailbox',
    hosts: ['cox.net', 'cxr.mx.a.cloudfilter.net'],
    markers: ['cox.com/residential/support', 'cox too many bad commands'],
    postmaster: 'https://www.cox.com/residential/support/email-error-codes.html',
    codes: COX_CODES,
    // Cox's reply wordings as its error code page explains them (source above COX_CODES).
    phrases: [
      // The sending IP went over Cox's threshold of invalid recipients and is blocked.
      { text: 'too many invalid recipients', cause: 'ip-blocklisted' },
      { text: 'dns check failure', cause: 'reverse-dns-missing' },
      // Cox requires every sender domain to resolve to a valid MX or A record.
      { text: 'sender rejected', cause: 'sender-domain-invalid' },
      // Cox's own systems cannot take new mail for now.
      { text: 'esmtp server temporarily not available', cause: 'server-unavailable' },
      // Over one of Cox's rate limits (temporarily blocked), or the 100 messages a connection.
      { text: 'requested action aborted: try again later', cause: 'too-many-connections' },
      { text: 'message threshold exceeded', cause: 'too-many-connections' },
    ],
  },
  {
    id: 'spectrum',
    name: 'Spectrum (Charter)',
    kind: 'mailbox',
    hosts: ['charter.net', 'spectrum.net', 'rr.com', 'twc.com'],
    markers: ['spectrum.net/support', 'spectrumbusiness.net/support'],
    postmaster: 'https://www.spectrum.net/support/internet/understanding-email-error-codes',
    codes: SPECTRUM_CODES,
  },
  {
    id: 'verizon',
    name: 'Verizon',
    kind: 'mailbox',
    hosts: ['verizon.net'],
    markers: [],
  },
  {
    id: 'godaddy',
    name: 'GoDaddy',
    kind: 'mailbox',
    hosts: ['secureserver.net'],
    markers: ['secureserver.net', 'x.co/rlbounce', 'x.co/srbounce', 'godaddy.com/help'],
    postmaster: 'https://www.godaddy.com/help/what-does-my-email-bounceback-mean-3568',
    codes: GODADDY_CODES,
    // "552 Message rejected for spam or virus content": its filters took a link, attachment or pattern for spam.
    phrases: [{ text: 'message rejected for spam or virus content', cause: 'spam-filtered' }],
  },
  {
    id: 'rackspace',
    name: 'Rackspace Email',
    kind: 'mailbox',
    hosts: ['emailsrvr.com'],
    markers: ['emailsrvr.com', 'rackspace.com', 'rackspace rbl'],
  },
  {
    id: 'earthlink',
    name: 'EarthLink',
    kind: 'mailbox',
    hosts: ['earthlink.net', 'mindspring.com'],
    markers: ['earthlink.net/block', 'blocked by earthlink'],
    // "550 IP x is blocked by EarthLink. Go to earthlink.net/block for details.": its own IP block list.
    phrases: [{ text: 'is blocked by earthlink', cause: 'ip-blocklisted' }],
  },
  { id: 'hey', name: 'HEY', kind: 'mailbox', hosts: ['hey.com'], markers: [] },
  { id: 'improvmx', name: 'ImprovMX', kind: 'mailbox', hosts: ['improvmx.com'], markers: ['improvmx'] },
];
