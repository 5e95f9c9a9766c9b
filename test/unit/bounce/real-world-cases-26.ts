import type { RealWorldCase } from './real-world-cases.js';
import {
  GREYLIST,
  IP_BLOCK,
  lines,
  PTR,
  postfixNoticeHead,
  RELAY,
  SPAM,
  TOO_BIG,
  USER_UNKNOWN,
  VIRUS,
} from './real-world-expectations.js';

/*
 * A twenty-sixth held-out round: the receiving side's own configurable restrictions. Most refusals a mail admin
 * sees from self-hosted servers are the default texts of restriction rules, not a provider's wording: Postfix's
 * smtpd restrictions (reject_unknown_sender/recipient_domain, reject_unverified_*, reject_non_fqdn_*,
 * reject_*_helo_hostname, reject_unknown_(reverse_)client_hostname, reject_rbl_client / reject_rhsbl_*,
 * check_*_access, reject_unauth_destination, reject_unlisted_recipient, smtpd_sender_login_maps, the size limit,
 * pipelining, multi-recipient bounces, postscreen, anvil), its policy services (postgrey, policyd-spf, a rate
 * limiter) and milters (rspamd, amavis, ClamAV, OpenDKIM, OpenDMARC, milter-greylist), Exim's ACL defaults and
 * cPanel's, DirectAdmin's and Plesk's, Sendmail's access db and dnsbl feature, OpenSMTPD and Haraka: single
 * replies, sending and receiving log lines, and a few whole notices. Written from knowledge of the servers'
 * default texts, none from the development corpus, measured before any rule was changed:
 *   round 26  93 cases (72 replies, 15 log lines, 6 whole notices), 74 right as written (80 %). The 19 wrong:
 *             Postfix's access-table 'Recipient address rejected: Access denied' read as an unknown user 4 times
 *             (bare, log line, Postfix and Exim notices), 'Temporary lookup failure' read as DNS 3 times (the
 *             server's own map; for the sender, as the sender refused), reject_unverified_sender's 'undeliverable
 *             address: <probe's reason>' as the sender refused (twice) and read as final under 450,
 *             'Address verification in progress' as an unknown user, 'Improper use of SMTP command pipelining'
 *             as an unknown user, 'Multi-recipient bounce' as too many connections (its 5.5.3), postscreen's
 *             '550 5.3.2 Service currently unavailable' as a host taking no mail, Policyd's 'Message count quota
 *             exceeded' as a full mailbox, Sendmail's access-db '<x>... Access denied' as a security error
 *             (twice), and three expectations too narrow: Exim's 'Unrouteable address' at RCPT (twice: the
 *             default configuration says 'Unknown user' for a missing local part, so this is as often a relayed
 *             domain that does not resolve) and OpenSMTPD's 'Delivery not authorized, message refused' (Exchange's
 *             RESOLVER.RST.NotAuthorized for a restricted recipient says the same words); one case error (a
 *             Sendmail transcript with a second, made-up reply line) fixed before measuring.
 *   fixed     wording as data (reply-phrases.ts): the access-table refusal of a recipient is recipient-restricted,
 *             after the recipient's own block list, and Exchange Online's same words with x.4.1 stay
 *             recipient-not-in-tenant (refinements.ts STATUS_REFINES), a 5.7.1 one citing a blocklist stays
 *             ip-blocklisted (LISTED_STATUS_REFINES); Sendmail's '... Access denied' is blocked-by-recipient;
 *             'Temporary lookup failure' is system-error (the receiver's own table) unless DNS is named; Postfix's
 *             'Sender address rejected: undeliverable/unverified address' is sender-verify-failed before the
 *             probe's own words; 'address verification in progress' server-unavailable; pipelining syntax-error;
 *             'multi-recipient bounce' policy-violation; 'service currently unavailable' in answer to RCPT TO
 *             connection-rejected (server-unavailable under 4.3.2); Policyd's quota rate-limited. Sisimai's
 *             reasons kept for two wordings whose cause changed (refinements.ts SISIMAI_WORDING_REASONS, used in
 *             classify.ts): 'Recipient address rejected: Access denied' is its userunknown, Sendmail's '...
 *             Access denied' its securityerror (corpus lhost-exim-30, lhost-amazonses-01, lhost-gmail-05).
 *             Widened elsewhere: round 7's two Plesk cases (out of STILL_WRONG) accept the userunknown reason, round
 *             23's 'Temporary lookup failure: retry timeout exceeded' the systemerror of its accepted system-error.
 *             92 of 93 right. Still wrong: reject_unverified_sender's 450 pasted alone reads as final, because
 *             'undeliverable' in the probe's reason is a notice's final word (notice-kind.ts). Corpus 365/383.
 *   then      a second batch of 22 (SECOND_BATCH_26: postscreen's drop, Postfix's STARTTLS-first, header and MIME
 *             checks, recipient limit, HELO required and null MX, Dovecot LMTP behind Postfix, policyd-spf on HELO,
 *             rspamd's ratelimit and DMARC, amavis's BAD-HEADER and scanner failure, Exim's 'All RCPT commands
 *             were rejected' and recipient callout, cPanel's ClamAV, Sendmail's bare 'Relaying denied',
 *             ratecontrol and conncontrol, Plesk's greylisting), written after the first batch's fixes and
 *             measured before any change: 20 of 22 right as written. Wrong: postscreen's '521 5.7.0 Error: I can
 *             break rules, too. Goodbye.' read as a security error, and Exim's 'Could not complete recipient
 *             verify callout' as a failed sender verification. Fixed in reply-phrases.ts (the first
 *             connection-rejected; the second server-unavailable, before 'verify callout'). 114 of 115 right.
 */

const mail = (headers: string[], ...body: string[]) => lines(...headers, '', ...body);

const postfixNotice = (...said: string[]) =>
  mail(
    [
      'From: MAILER-DAEMON@mail.example.com (Mail Delivery System)',
      'To: alice@example.com',
      'Subject: Undelivered Mail Returned to Sender',
      'Date: Tue, 24 Nov 2026 12:15:02 +0100 (CET)',
      'Auto-Submitted: auto-replied',
    ],
    ...postfixNoticeHead(),
    ...said,
  );

const postfixLog = (status: 'bounced' | 'deferred', dsn: string, said: string, stage = 'RCPT TO') =>
  `Nov 24 12:15:02 mail postfix/smtp[20417]: 4ChX2k1F9Qz9sWq: to=<bob@example.org>, relay=mx.example.org[192.0.2.25]:25, delay=1.2, delays=0.05/0.01/0.6/0.5, dsn=${dsn}, status=${status} (host mx.example.org[192.0.2.25] said: ${said} (in reply to ${stage} command))`;

const noqueue = (reply: string, from = 'alice@example.com', to = 'bob@example.org') =>
  `Nov 24 12:15:02 mx postfix/smtpd[3141]: NOQUEUE: reject: RCPT from mail.example.com[198.51.100.9]: ${reply}; from=<${from}> to=<${to}> proto=ESMTP helo=<mail.example.com>`;

const TEMPORARY = { permanent: false } as const;
const FINAL = { permanent: true } as const;

const SENDER_DOMAIN = {
  cause: ['sender-domain-invalid', 'sender-rejected', 'sender-verify-failed'],
  reason: ['rejected', 'hostunknown'],
  side: 'sender',
} as const;
const RECIPIENT_DOMAIN = {
  cause: ['domain-not-found', 'dns-failure'],
  reason: ['hostunknown', 'networkerror'],
} as const;
// Exim's "Unrouteable address" at RCPT: no router took the address. The default configuration says "Unknown user"
// for a local part it lacks, so this is as often a relayed domain that does not resolve as an unknown user.
const UNROUTEABLE = {
  cause: ['user-unknown', 'domain-not-found'],
  reason: ['userunknown', 'hostunknown'],
} as const;
const SENDER_VERIFY = { cause: 'sender-verify-failed', reason: 'rejected', side: 'sender' } as const;
const HELO = { cause: 'helo-rejected', reason: 'blocked', side: 'sender' } as const;
const DOMAIN_BLOCK = {
  cause: ['domain-blocklisted', 'sender-rejected'],
  reason: ['blocked', 'rejected'],
  side: 'sender',
} as const;
// An access-table REJECT: the receiving side's own decision about you (your IP, sender or this recipient).
const ACCESS = {
  cause: [
    'blocked-by-recipient',
    'recipient-restricted',
    'sender-rejected',
    'policy-violation',
    'connection-rejected',
  ],
  reason: ['rejected', 'policyviolation', 'blocked'],
} as const;
// The same REJECT keyed on the recipient ("Recipient address rejected: Access denied"): Sisimai names these words
// userunknown (its unknown-user phrases list them), so that reason is accepted beside the refusal's causes.
const RECIPIENT_ACCESS = { ...ACCESS, reason: [...ACCESS.reason, 'userunknown'] } as const;
// Sendmail's access-database REJECT ("<x>... Access denied"): Sisimai names these words securityerror.
const SENDMAIL_ACCESS = { ...ACCESS, reason: [...ACCESS.reason, 'securityerror'] } as const;
// The receiving server's own lookup table (MySQL, LDAP, a hash map) failed: its problem, and only for now.
const OWN_LOOKUP = {
  cause: ['system-error', 'server-unavailable'],
  reason: 'systemerror',
  side: 'recipient',
  permanent: false,
} as const;
const FROM_NOT_PERMITTED = {
  cause: ['from-not-permitted', 'auth-required', 'sender-rejected'],
  reason: ['rejected', 'securityerror'],
  side: 'sender',
} as const;
const SYNTAX = {
  cause: ['syntax-error', 'not-rfc-compliant', 'policy-violation', 'connection-rejected'],
  reason: ['syntaxerror', 'notcompliantrfc', 'policyviolation', 'blocked'],
  side: 'sender',
} as const;
const BOT_BLOCK = {
  cause: ['connection-rejected', 'ip-blocklisted', 'ip-reputation'],
  reason: ['blocked', 'badreputation'],
  side: 'sender',
} as const;
const CONNECTIONS = {
  cause: ['too-many-connections', 'rate-limited'],
  reason: ['toomanyconn', 'speeding'],
  side: 'sender',
  permanent: false,
} as const;
const RATE_LIMIT = {
  cause: ['rate-limited', 'too-many-connections', 'sender-account-blocked'],
  reason: ['speeding', 'toomanyconn', 'rejected'],
  side: 'sender',
} as const;
const SPF = { cause: ['spf-fail', 'auth-failed'], reason: 'authfailure', side: 'sender' } as const;
const DKIM = { cause: ['dkim-fail', 'auth-failed'], reason: 'authfailure', side: 'sender' } as const;
const DMARC = { cause: ['dmarc-fail', 'auth-failed'], reason: 'authfailure', side: 'sender' } as const;
const BANNED = {
  cause: ['content-filtered', 'policy-violation', 'virus-found'],
  reason: ['filtered', 'policyviolation', 'virusdetected'],
} as const;
const NOT_RFC = {
  cause: ['not-rfc-compliant', 'content-error'],
  reason: ['notcompliantrfc', 'contenterror'],
  side: 'sender',
} as const;

const POSTFIX_26: RealWorldCase[] = [
  [
    'Postfix reject_unknown_sender_domain, temporary (450 4.1.8)',
    '450 4.1.8 <alice@example.com>: Sender address rejected: Domain not found',
    { ...SENDER_DOMAIN, ...TEMPORARY, replyCode: 450, status: '4.1.8' },
  ],
  [
    'Postfix reject_unknown_sender_domain, permanent (550 5.1.8), in a sending log line',
    postfixLog(
      'bounced',
      '5.1.8',
      '550 5.1.8 <alice@example.com>: Sender address rejected: Domain not found',
    ),
    { ...SENDER_DOMAIN, ...FINAL, recipient: 'bob@example.org', replyCode: 550, status: '5.1.8' },
  ],
  [
    'Postfix reject_unknown_recipient_domain (550 5.1.2)',
    '550 5.1.2 <bob@example.invalid>: Recipient address rejected: Domain not found',
    { ...RECIPIENT_DOMAIN, ...FINAL, replyCode: 550, status: '5.1.2' },
  ],
  [
    'Postfix reject_unknown_recipient_domain, temporary, receiving log line',
    noqueue(
      '450 4.1.2 <bob@example.invalid>: Recipient address rejected: Domain not found',
      'alice@example.com',
      'bob@example.invalid',
    ),
    { ...RECIPIENT_DOMAIN, ...TEMPORARY, recipient: 'bob@example.invalid', replyCode: 450, status: '4.1.2' },
  ],
  [
    'Postfix reject_unverified_recipient: the probe found no such user',
    '450 4.1.1 <bob@example.org>: Recipient address rejected: undeliverable address: host mail.internal.example.org[10.1.2.3] said: 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in local recipient table (in reply to RCPT TO command)',
    { ...USER_UNKNOWN, replyCode: 450 },
  ],
  [
    'Postfix reject_unverified_recipient: local probe, unknown user',
    '550 5.1.1 <bob@example.org>: Recipient address rejected: undeliverable address: unknown user: "bob"',
    { ...USER_UNKNOWN, ...FINAL, replyCode: 550, status: '5.1.1' },
  ],
  [
    'Postfix reject_unverified_recipient: verification still in progress',
    '450 4.1.1 <bob@example.org>: Recipient address rejected: unverified address: Address verification in progress',
    {
      cause: ['greylisted', 'server-unavailable', 'delivery-delayed'],
      reason: ['blocked', 'onhold', 'systemerror', 'expired'],
      ...TEMPORARY,
    },
  ],
  [
    'Postfix reject_unverified_sender: the sender probe found no mailbox',
    '450 4.1.7 <alice@example.com>: Sender address rejected: undeliverable address: host mx.example.com[203.0.113.5] said: 550 5.1.1 <alice@example.com>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)',
    {
      ...SENDER_VERIFY,
      ...TEMPORARY,
      replyCode: 450,
      status: '4.1.7',
    },
  ],
  [
    'Postfix reject_unverified_sender: the sender domain could not be reached',
    postfixLog(
      'bounced',
      '5.1.7',
      '550 5.1.7 <alice@example.com>: Sender address rejected: undeliverable address: connect to mx.example.com[203.0.113.5]:25: Connection timed out',
    ),
    { ...SENDER_VERIFY, ...FINAL, recipient: 'bob@example.org', replyCode: 550 },
  ],
  [
    'Postfix reject_non_fqdn_helo_hostname',
    '504 5.5.2 <localhost>: Helo command rejected: need fully-qualified hostname',
    { ...HELO, replyCode: 504, status: '5.5.2' },
  ],
  [
    'Postfix reject_invalid_helo_hostname',
    '501 5.5.2 <mail_server.local>: Helo command rejected: Invalid name',
    { ...HELO, replyCode: 501 },
  ],
  [
    'Postfix reject_unknown_helo_hostname (450)',
    '450 4.7.1 <mail.example.local>: Helo command rejected: Host not found',
    { ...HELO, ...TEMPORARY, replyCode: 450, status: '4.7.1' },
  ],
  [
    'Postfix reject_unknown_helo_hostname in a sending log line',
    postfixLog('deferred', '4.7.1', '450 4.7.1 <pc01.office.lan>: Helo command rejected: Host not found'),
    { ...HELO, ...TEMPORARY, recipient: 'bob@example.org' },
  ],
  [
    'Postfix reject_non_fqdn_sender',
    '504 5.5.2 <alice>: Sender address rejected: need fully-qualified address',
    {
      cause: ['sender-rejected', 'sender-domain-invalid', 'syntax-error'],
      reason: ['rejected', 'syntaxerror'],
      side: 'sender',
    },
  ],
  [
    'Postfix reject_non_fqdn_recipient',
    '504 5.5.2 <bob>: Recipient address rejected: need fully-qualified address',
    {
      cause: ['syntax-error', 'user-unknown', 'domain-not-found'],
      reason: ['syntaxerror', 'userunknown', 'hostunknown'],
    },
  ],
  [
    'Postfix reject_unknown_client_hostname (450)',
    '450 4.7.1 Client host rejected: cannot find your hostname, [198.51.100.9]',
    { ...PTR, ...TEMPORARY, replyCode: 450 },
  ],
  [
    'Postfix reject_unknown_reverse_client_hostname (550), receiving log line',
    noqueue('550 5.7.1 Client host rejected: cannot find your reverse hostname, [198.51.100.9]'),
    { ...PTR, ...FINAL, recipient: 'bob@example.org' },
  ],
  [
    'Postfix reject_rbl_client zen.spamhaus.org',
    '554 5.7.1 Service unavailable; Client host [198.51.100.9] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/198.51.100.9',
    { ...IP_BLOCK, blocklist: 'spamhaus', replyCode: 554 },
  ],
  [
    'Postfix reject_rbl_client Barracuda, sending log line',
    postfixLog(
      'bounced',
      '5.7.1',
      '554 5.7.1 Service unavailable; Client host [198.51.100.9] blocked using b.barracudacentral.org; http://www.barracudanetworks.com/reputation/?pr=1&ip=198.51.100.9',
    ),
    { ...IP_BLOCK, recipient: 'bob@example.org', blocklist: 'barracuda' },
  ],
  [
    'Postfix reject_rhsbl_sender dbl.spamhaus.org',
    '554 5.7.1 Service unavailable; Sender address [alice@example.com] blocked using dbl.spamhaus.org; https://www.spamhaus.org/query/domain/example.com',
    DOMAIN_BLOCK,
  ],
  [
    'Postfix reject_rhsbl_helo',
    '554 5.7.1 Service unavailable; Helo command [mail.example.com] blocked using dbl.spamhaus.org',
    { cause: ['domain-blocklisted', 'helo-rejected'], reason: 'blocked', side: 'sender' },
  ],
  [
    'Postfix check_client_access REJECT',
    '554 5.7.1 <mail.example.com[198.51.100.9]>: Client host rejected: Access denied',
    ACCESS,
  ],
  [
    'Postfix check_sender_access REJECT',
    '554 5.7.1 <alice@example.com>: Sender address rejected: Access denied',
    ACCESS,
  ],
  [
    'Postfix check_sender_access REJECT with the admin text',
    '554 5.7.1 <alice@example.com>: Sender address rejected: Mail from your domain is not accepted here',
    ACCESS,
  ],
  [
    'Postfix check_recipient_access REJECT (5.7.1 Access denied): a policy refusal, not an unknown user',
    '554 5.7.1 <bob@example.org>: Recipient address rejected: Access denied',
    { ...RECIPIENT_ACCESS, replyCode: 554, status: '5.7.1' },
  ],
  [
    'Postfix check_recipient_access REJECT, in a sending log line (550 5.7.1)',
    postfixLog('bounced', '5.7.1', '550 5.7.1 <bob@example.org>: Recipient address rejected: Access denied'),
    { ...RECIPIENT_ACCESS, ...FINAL, recipient: 'bob@example.org' },
  ],
  [
    'Exchange Online directory-based edge blocking (5.4.1 Access denied): an unknown recipient',
    '550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [AM4PEPF00025F95.EURPRD83.prod.outlook.com 2026-11-24T11:15:02.000Z 08DD2F4C3C1A9B25]',
    { cause: ['recipient-not-in-tenant', 'user-unknown'], reason: 'userunknown', status: '5.4.1' },
  ],
  [
    'Postfix check_helo_access REJECT: HELO with the receiver own name',
    '554 5.7.1 <mx.example.org>: Helo command rejected: You are not me',
    HELO,
  ],
  [
    'Postfix check_client_access: a dynamic address told to use its ISP relay',
    "554 5.7.1 <dsl-198-51-100-9.dyn.example.net[198.51.100.9]>: Client host rejected: Dynamic IP space, please use your ISP's mail relay",
    {
      cause: ['port25-blocked', 'ip-blocklisted', 'connection-rejected'],
      reason: 'blocked',
      side: 'sender',
    },
  ],
  [
    'Postfix reject_unauth_destination',
    '554 5.7.1 <bob@example.org>: Relay access denied',
    { ...RELAY, replyCode: 554 },
  ],
  [
    'Postfix defer_unauth_destination, receiving log line',
    noqueue('454 4.7.1 <bob@example.org>: Relay access denied'),
    { ...RELAY, ...TEMPORARY, recipient: 'bob@example.org' },
  ],
  [
    'Postfix reject_unlisted_recipient: local recipient table',
    '550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in local recipient table',
    { ...USER_UNKNOWN, ...FINAL },
  ],
  [
    'Postfix reject_unlisted_recipient: virtual mailbox table',
    '550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual mailbox table',
    USER_UNKNOWN,
  ],
  [
    'Postfix reject_unlisted_recipient: virtual alias table, sending log line',
    postfixLog(
      'bounced',
      '5.1.1',
      '550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual alias table',
    ),
    { ...USER_UNKNOWN, recipient: 'bob@example.org' },
  ],
  [
    'Postfix relay_recipient_maps: relay recipient table',
    '550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in relay recipient table',
    USER_UNKNOWN,
  ],
  [
    'Postfix Temporary lookup failure (its own MySQL map)',
    '451 4.3.0 <bob@example.org>: Temporary lookup failure',
    { ...OWN_LOOKUP, replyCode: 451, status: '4.3.0' },
  ],
  [
    'Postfix Temporary lookup failure in a sending log line',
    postfixLog('deferred', '4.3.0', '451 4.3.0 <bob@example.org>: Temporary lookup failure'),
    { ...OWN_LOOKUP, recipient: 'bob@example.org' },
  ],
  [
    'Postfix Temporary lookup failure for the sender, receiving log line',
    noqueue('451 4.3.0 <alice@example.com>: Sender address rejected: Temporary lookup failure'),
    OWN_LOOKUP,
  ],
  [
    'Postfix smtpd_sender_login_maps: not owned by user',
    '553 5.7.1 <ceo@example.com>: Sender address rejected: not owned by user alice@example.com',
    FROM_NOT_PERMITTED,
  ],
  [
    'Postfix reject_sender_login_mismatch, not logged in',
    '553 5.7.1 <alice@example.com>: Sender address rejected: not logged in',
    FROM_NOT_PERMITTED,
  ],
  [
    'Postfix message_size_limit',
    '552 5.3.4 Message size exceeds fixed limit',
    { ...TOO_BIG, replyCode: 552 },
  ],
  [
    'Postfix message_size_limit in a sending log line, after DATA',
    postfixLog('bounced', '5.3.4', '552 5.3.4 Message size exceeds fixed limit', 'end of DATA'),
    { ...TOO_BIG, recipient: 'bob@example.org' },
  ],
  [
    'Postfix reject_unauth_pipelining',
    '503 5.5.0 <bob@example.org>: Recipient address rejected: Improper use of SMTP command pipelining',
    SYNTAX,
  ],
  [
    'Postfix reject_multi_recipient_bounce',
    '550 5.5.3 <DATA>: Data command rejected: Multi-recipient bounce',
    SYNTAX,
  ],
  [
    'postscreen DNSBL enforce, receiving log line',
    'Nov 24 12:15:02 mx postfix/postscreen[2718]: NOQUEUE: reject: RCPT from [198.51.100.9]:51234: 550 5.7.1 Service unavailable; client [198.51.100.9] blocked using zen.spamhaus.org; from=<alice@example.com>, to=<bob@example.org>, proto=ESMTP, helo=<mail.example.com>',
    { ...IP_BLOCK, blocklist: 'spamhaus', recipient: 'bob@example.org' },
  ],
  [
    'postscreen PREGREET, then Service currently unavailable',
    lines(
      'Nov 24 12:15:01 mx postfix/postscreen[2718]: PREGREET 11 after 0.08 from [198.51.100.9]:51234: EHLO mail\\r\\n',
      'Nov 24 12:15:02 mx postfix/postscreen[2718]: NOQUEUE: reject: RCPT from [198.51.100.9]:51234: 550 5.3.2 Service currently unavailable; from=<alice@example.com>, to=<bob@example.org>, proto=ESMTP, helo=<mail>',
    ),
    BOT_BLOCK,
  ],
  [
    'postscreen / anvil: too many connections',
    '421 4.7.0 mx.example.org Error: too many connections from 198.51.100.9',
    CONNECTIONS,
  ],
  ['anvil: too much mail from the client', '450 4.7.1 Error: too much mail from 198.51.100.9', CONNECTIONS],
  [
    'postgrey',
    '450 4.2.0 <bob@example.org>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.org.html',
    { ...GREYLIST, ...TEMPORARY },
  ],
  [
    'policyd-spf: SPF fail',
    '550 5.7.23 <bob@example.org>: Recipient address rejected: Message rejected due to: SPF fail - not authorized. Please see http://www.openspf.net/Why?s=mfrom;id=alice@example.com;ip=198.51.100.9;r=<UNKNOWN>',
    SPF,
  ],
  [
    'policyd (cluebringer) quota: message count exceeded',
    '450 4.7.1 <alice@example.com>: Sender address rejected: Policy rejection; Message count quota exceeded',
    { ...RATE_LIMIT, ...TEMPORARY },
  ],
  ['rspamd milter: spam', '554 5.7.1 Spam message rejected', SPAM],
  [
    'rspamd milter: its greylisting',
    '451 4.7.1 Try again later',
    {
      cause: ['greylisted', 'server-unavailable', 'delivery-delayed'],
      reason: ['blocked', 'onhold', 'systemerror', 'expired'],
      ...TEMPORARY,
    },
  ],
  ['amavis before queue: spam', '554 5.7.0 Reject, id=12345-01 - spam', SPAM],
  [
    'amavis: banned attachment',
    '554 5.7.0 Reject, id=12345-02 - BANNED: multipart/mixed | application/x-msdownload,.exe,.exe-ms,invoice.exe',
    BANNED,
  ],
  [
    'amavis after queue: banned, in a sending log line (the content filter on your own server)',
    'Nov 24 12:15:02 mail postfix/smtp[20417]: 4ChX2k1F9Qz9sWq: to=<bob@example.org>, relay=127.0.0.1[127.0.0.1]:10024, delay=1.2, delays=0.05/0.01/0.1/1, dsn=5.7.0, status=bounced (host 127.0.0.1[127.0.0.1] said: 554 5.7.0 id=20417-07 - BANNED: P=p003,L=1,M=multipart/mixed | P=p002,L=1/2,M=application/x-msdownload,T=exe,N=invoice.exe (in reply to end of DATA command))',
    { ...BANNED, recipient: 'bob@example.org' },
  ],
  ['amavis: infected', '554 5.7.0 Reject, id=12345-03 - INFECTED: Eicar-Signature', VIRUS],
  ['clamav-milter: virus found', '554 5.7.1 Virus found: Win.Test.EICAR_HDB-1', VIRUS],
  ['OpenDKIM: bad signature', '550 5.7.0 bad DKIM signature data', DKIM],
  ['OpenDMARC: rejected by policy', '550 5.7.1 rejected by DMARC policy for example.com', DMARC],
  [
    'milter-greylist',
    '451 4.7.1 Greylisting in action, please come back in 00:05:00',
    { ...GREYLIST, ...TEMPORARY },
  ],
];

const EXIM_26: RealWorldCase[] = [
  [
    'Exim ACL: Unrouteable address, receiving log line',
    '2026-11-24 12:15:02 H=mail.example.com [198.51.100.9] F=<alice@example.com> rejected RCPT <bob@example.org>: Unrouteable address',
    { ...UNROUTEABLE, recipient: 'bob@example.org' },
  ],
  ['Exim ACL: Unrouteable address, reply', '550 Unrouteable address', UNROUTEABLE],
  [
    'Exim ACL: relay not permitted, receiving log line',
    '2026-11-24 12:15:02 H=(pc01) [198.51.100.9] F=<alice@example.com> rejected RCPT <bob@example.org>: relay not permitted',
    { ...RELAY, recipient: 'bob@example.org' },
  ],
  [
    'Exim ACL: sender verify failed (multi-line reply)',
    lines(
      '550-Verification failed for <alice@example.com>',
      '550-Unrouteable address',
      '550 Sender verify failed',
    ),
    SENDER_VERIFY,
  ],
  [
    'Exim ACL: sender verify callout could not complete',
    lines(
      '451-Could not complete sender verify callout for <alice@example.com>.',
      '451-The mail server(s) for the domain may be temporarily unreachable, or',
      '451-they may be permanently unreachable from this server. In the latter case,',
      '451-you need to change the address or create an MX record for its domain',
      '451-if it is supposed to be generally accessible from the Internet.',
      '451 Talk to your mail administrator for details.',
    ),
    { ...SENDER_VERIFY, ...TEMPORARY },
  ],
  [
    'Exim ACL default dnslists message',
    '550 Rejected because 198.51.100.9 is in a black list at zen.spamhaus.org',
    { ...IP_BLOCK, blocklist: 'spamhaus' },
  ],
  [
    'cPanel: JunkMail rejected, is in an RBL',
    '550-JunkMail rejected - mail.example.com [198.51.100.9]:51234 is in an RBL: Blocked - see https://www.spamcop.net/bl.shtml?198.51.100.9',
    { ...IP_BLOCK, blocklist: 'spamcop' },
  ],
  [
    'DirectAdmin: RBL message',
    '550 RBL: Message from 198.51.100.9 rejected - see https://www.spamhaus.org/query/ip/198.51.100.9',
    { ...IP_BLOCK, blocklist: 'spamhaus' },
  ],
  [
    'DirectAdmin / cPanel: banned attachment',
    '550 5.7.1 Your message has been rejected because it contains a banned attachment (.exe)',
    BANNED,
  ],
  [
    'cPanel: the account or domain may not exist',
    '550 The mail server could not deliver mail to bob@example.org.  The account or domain may not exist, they may be blacklisted, or missing the proper dns entries.',
    {
      cause: ['user-unknown', 'domain-not-found', 'relay-denied'],
      reason: ['userunknown', 'hostunknown', 'norelaying'],
    },
  ],
  [
    'cPanel: turn on SMTP authentication',
    '550-Please turn on SMTP Authentication in your mail client. (pc01) [198.51.100.9]:51234 is not permitted to relay through this server without authentication.',
    { cause: ['auth-required', 'relay-denied'], reason: ['securityerror', 'norelaying'], side: 'sender' },
  ],
  ['cPanel :fail: No Such User Here', '550 No Such User Here', USER_UNKNOWN],
  [
    'Exim: Administrative prohibition',
    '550 Administrative prohibition',
    { ...ACCESS, cause: [...ACCESS.cause, 'ip-blocklisted'] },
  ],
  ['Exim: Temporary local problem', '451 Temporary local problem - please try later', OWN_LOOKUP],
  [
    'Exim bounce: remote Postfix refused by reject_rbl_client',
    mail(
      [
        'From: Mail Delivery System <Mailer-Daemon@mail.example.com>',
        'To: alice@example.com',
        'Subject: Mail delivery failed: returning message to sender',
        'Auto-Submitted: auto-replied',
      ],
      'This message was created automatically by mail delivery software.',
      '',
      'A message that you sent could not be delivered to one or more of its',
      'recipients. This is a permanent error. The following address(es) failed:',
      '',
      '  bob@example.org',
      '    host mx.example.org [192.0.2.25]',
      '    SMTP error from remote mail server after RCPT TO:<bob@example.org>:',
      '    554 5.7.1 Service unavailable; Client host [198.51.100.9] blocked using bl.spamcop.net; Blocked - see https://www.spamcop.net/bl.shtml?198.51.100.9',
    ),
    { ...IP_BLOCK, recipient: 'bob@example.org', blocklist: 'spamcop', ...FINAL },
  ],
  [
    'Exim bounce: remote Postfix access-table refusal of the recipient',
    mail(
      [
        'From: Mail Delivery System <Mailer-Daemon@mail.example.com>',
        'To: alice@example.com',
        'Subject: Mail delivery failed: returning message to sender',
      ],
      'This message was created automatically by mail delivery software.',
      '',
      'A message that you sent could not be delivered to one or more of its',
      'recipients. This is a permanent error. The following address(es) failed:',
      '',
      '  bob@example.org',
      '    host mx.example.org [192.0.2.25]',
      '    SMTP error from remote mail server after RCPT TO:<bob@example.org>:',
      '    554 5.7.1 <bob@example.org>: Recipient address rejected: Access denied',
    ),
    { ...RECIPIENT_ACCESS, recipient: 'bob@example.org' },
  ],
];

const OTHERS_26: RealWorldCase[] = [
  [
    'Sendmail access db REJECT on the sender',
    '550 5.7.1 <alice@example.com>... Access denied',
    SENDMAIL_ACCESS,
  ],
  [
    'Sendmail: Relaying denied. Proper authentication required.',
    '550 5.7.1 <bob@example.org>... Relaying denied. Proper authentication required.',
    { cause: ['relay-denied', 'auth-required'], reason: ['norelaying', 'securityerror'] },
  ],
  [
    'Sendmail: Relaying denied. IP name lookup failed',
    '550 5.7.1 <bob@example.org>... Relaying denied. IP name lookup failed [198.51.100.9]',
    {
      cause: ['relay-denied', 'reverse-dns-missing'],
      reason: ['norelaying', 'requireptr'],
    },
  ],
  [
    'Sendmail dnsbl feature: Rejected, listed at',
    '550 5.7.1 Rejected: 198.51.100.9 listed at zen.spamhaus.org',
    { ...IP_BLOCK, blocklist: 'spamhaus' },
  ],
  [
    'Sendmail: domain of sender address does not exist',
    '553 5.1.8 <alice@example.com>... Domain of sender address alice@example.com does not exist',
    SENDER_DOMAIN,
  ],
  [
    'Sendmail: domain of sender address does not resolve (temporary)',
    '451 4.1.8 Domain of sender address alice@example.com does not resolve',
    { ...SENDER_DOMAIN, ...TEMPORARY },
  ],
  [
    'Sendmail notice: access db REJECT at the recipient (whole notice)',
    mail(
      [
        'From: Mail Delivery Subsystem <MAILER-DAEMON@mail.example.com>',
        'To: <alice@example.com>',
        'Subject: Returned mail: see transcript for details',
        'Auto-Submitted: auto-generated (failure)',
      ],
      'The original message was received at Tue, 24 Nov 2026 12:15:00 +0100',
      'from pc01.example.com [10.0.0.12]',
      '',
      '   ----- The following addresses had permanent fatal errors -----',
      '<bob@example.org>',
      '    (reason: 550 5.7.1 <bob@example.org>... Access denied)',
      '',
      '   ----- Transcript of session follows -----',
      '... while talking to mx.example.org.:',
      '>>> RCPT To:<bob@example.org>',
      '<<< 550 5.7.1 <bob@example.org>... Access denied',
    ),
    { ...SENDMAIL_ACCESS, recipient: 'bob@example.org' },
  ],
  ['OpenSMTPD: Invalid recipient', '550 Invalid recipient: <bob@example.org>', USER_UNKNOWN],
  [
    'OpenSMTPD: Delivery not authorized, message refused',
    '550 5.7.1 Delivery not authorized, message refused',
    // Exchange's on-premises RESOLVER.RST.NotAuthorized says the same words for a restricted recipient.
    {
      cause: ['relay-denied', 'recipient-restricted', 'blocked-by-recipient'],
      reason: ['norelaying', 'rejected'],
    },
  ],
  [
    'OpenSMTPD filter-senderscore',
    '550 your IP reputation is too low for this MX',
    { cause: ['ip-reputation', 'ip-blocklisted'], reason: ['badreputation', 'blocked'], side: 'sender' },
  ],
  [
    'Haraka: I cannot deliver mail for',
    '550 I cannot deliver mail for <bob@example.org>',
    { cause: ['relay-denied', 'user-unknown'], reason: ['norelaying', 'userunknown'] },
  ],
  [
    'Haraka dns-list',
    '550 5.7.1 host [198.51.100.9] is listed by zen.spamhaus.org',
    { ...IP_BLOCK, blocklist: 'spamhaus' },
  ],
  ['Haraka data.headers: missing Date', "550 5.6.0 Required header 'Date' missing", NOT_RFC],
  [
    'Postfix notice: remote reject_unknown_reverse_client_hostname',
    postfixNotice(
      '<bob@example.org>: host mx.example.org[192.0.2.25] said: 550 5.7.1 Client host',
      '    rejected: cannot find your reverse hostname, [198.51.100.9] (in reply to',
      '    RCPT TO command)',
    ),
    { ...PTR, recipient: 'bob@example.org', ...FINAL },
  ],
  [
    'Postfix notice: remote reject_unknown_sender_domain',
    postfixNotice(
      '<bob@example.org>: host mx.example.org[192.0.2.25] said: 550 5.1.8',
      '    <alice@example.com>: Sender address rejected: Domain not found (in reply to',
      '    RCPT TO command)',
    ),
    { ...SENDER_DOMAIN, recipient: 'bob@example.org', ...FINAL },
  ],
  [
    'Postfix notice: remote check_recipient_access REJECT',
    postfixNotice(
      '<bob@example.org>: host mx.example.org[192.0.2.25] said: 554 5.7.1',
      '    <bob@example.org>: Recipient address rejected: Access denied (in reply to',
      '    RCPT TO command)',
    ),
    { ...RECIPIENT_ACCESS, recipient: 'bob@example.org', ...FINAL },
  ],
];

// Written after the first batch's fixes, measured as written before any further change (see the header).
const SECOND_BATCH_26: RealWorldCase[] = [
  ['postscreen drop: I can break rules, too', '521 5.7.0 Error: I can break rules, too. Goodbye.', BOT_BLOCK],
  [
    'Postfix smtpd_tls_auth_only / reject_plaintext_session',
    '530 5.7.0 Must issue a STARTTLS command first',
    {
      cause: ['starttls-not-used', 'tls-required', 'auth-required'],
      reason: ['failedstarttls', 'securityerror'],
    },
  ],
  [
    'Postfix notice: remote reject_unauth_destination',
    postfixNotice(
      '<bob@example.org>: host mx.example.org[192.0.2.25] said: 554 5.7.1',
      '    <bob@example.org>: Relay access denied (in reply to RCPT TO command)',
    ),
    { ...RELAY, recipient: 'bob@example.org', ...FINAL },
  ],
  [
    'Postfix header_checks REJECT, default text',
    '550 5.7.1 message content rejected',
    {
      cause: ['content-filtered', 'policy-violation', 'spam-filtered'],
      reason: ['filtered', 'policyviolation', 'spamdetected'],
    },
  ],
  [
    'Postfix mime_header_checks REJECT with the admin text, in a sending log line',
    postfixLog('bounced', '5.7.1', '550 5.7.1 Attachment type not allowed: invoice.exe', 'end of DATA'),
    { ...BANNED, recipient: 'bob@example.org' },
  ],
  [
    'Postfix smtpd_recipient_limit',
    '452 4.5.3 Error: too many recipients',
    {
      ...CONNECTIONS,
      cause: [...CONNECTIONS.cause, 'size-limit-exceeded'],
      reason: [...CONNECTIONS.reason, 'exceedlimit'],
    },
  ],
  [
    'Postfix smtpd_helo_required',
    '503 5.5.1 Error: send HELO/EHLO first',
    { cause: ['syntax-error', 'helo-rejected'], reason: ['syntaxerror', 'blocked'], side: 'sender' },
  ],
  [
    'Postfix reject_unknown_sender_domain when the sender domain has a null MX',
    '556 5.1.10 <bob@example.org>: Recipient address rejected: Domain example.org does not accept mail (nullMX)',
    { cause: 'null-mx', reason: 'notaccept' },
  ],
  [
    'Dovecot LMTP behind Postfix: over quota',
    '552 5.2.2 <bob@example.org> Quota exceeded (mailbox for user is full)',
    { cause: 'mailbox-full', reason: 'mailboxfull', side: 'recipient' },
  ],
  [
    'Dovecot LMTP behind Postfix: no such user',
    "550 5.1.1 <bob@example.org> User doesn't exist: bob@example.org",
    USER_UNKNOWN,
  ],
  [
    'policyd-spf: HELO identity fails',
    '550 5.7.1 <bob@example.org>: Recipient address rejected: Message rejected due to: SPF fail - not authorized. Please see https://www.openspf.org/Why?s=helo;id=mail.example.com;ip=198.51.100.9;r=<UNKNOWN>',
    SPF,
  ],
  ['rspamd: ratelimit', '451 4.7.1 Ratelimit exceeded', { ...RATE_LIMIT, ...TEMPORARY }],
  ['rspamd: DMARC reject policy', '550 5.7.1 Rejected due to DMARC Policy', DMARC],
  [
    'amavis: bad header',
    '554 5.6.0 Reject, id=12345-05 - BAD-HEADER: Improper use of control character (char 0D hex) in message header',
    NOT_RFC,
  ],
  [
    'amavis: its own scanner failed (temporary)',
    '451 4.5.0 Error in processing, id=12345-06, virus_scan FAILED: virus scanner failure',
    { ...OWN_LOOKUP, cause: [...OWN_LOOKUP.cause, 'mailer-error'], reason: ['systemerror', 'mailererror'] },
  ],
  [
    'Exim: all RCPT commands were rejected (relay)',
    lines(
      '503-All RCPT commands were rejected with this error:',
      '503-550 relay not permitted',
      '503 Valid RCPT command must precede DATA',
    ),
    RELAY,
  ],
  [
    'Exim: recipient verify callout could not complete',
    '451 Could not complete recipient verify callout',
    {
      cause: ['server-unavailable', 'recipient-server-unreachable', 'system-error'],
      reason: ['systemerror', 'expired'],
      ...TEMPORARY,
    },
  ],
  [
    'cPanel ClamAV: this message contains malware',
    '550 This message contains malware (Win.Test.EICAR_HDB-1)',
    VIRUS,
  ],
  ['Sendmail: Relaying denied (bare)', '550 5.7.1 <bob@example.org>... Relaying denied', RELAY],
  ['Sendmail ratecontrol', '421 4.3.2 Connection rate limit exceeded.', CONNECTIONS],
  ['Sendmail conncontrol', '421 4.3.2 Too many open connections.', CONNECTIONS],
  [
    'Plesk greylisting',
    '451 4.7.1 Greylisting in action, please come back later',
    { ...GREYLIST, ...TEMPORARY },
  ],
];

export const ROUND_26: RealWorldCase[] = [...POSTFIX_26, ...EXIM_26, ...OTHERS_26, ...SECOND_BATCH_26];
