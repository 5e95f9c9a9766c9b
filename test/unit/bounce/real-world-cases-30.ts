import type { RealWorldCase } from './real-world-cases.js';
import { IP_BLOCK, IP_REPUTATION, lines, PTR, postfixNoticeHead, SPAM } from './real-world-expectations.js';

/*
 * A thirtieth held-out round: refusals that cite a DNS blocklist or a reputation service, and whether the reading
 * gets the cause (the sending IP listed, a domain or a link in the message listed, the IP's reputation, or the
 * receiver's own DNSBL lookup failing), the side, the reason, the list named (`blocklists`, ids of
 * knowledge/blocklist-names.ts) and the sending IP where the reply states it (SENDING_IPS_30, checked by
 * real-world-30-fields.test.ts). Postfix's reject_rbl_client / reject_rhsbl_* default texts with each list's own
 * TXT record appended (Spamhaus ZEN, SBL, XBL, PBL, CSS, DQS, DBL, ZRD; Barracuda BRBL, SpamCop, UCEPROTECT levels
 * 1-3, SORBS, PSBL, SEM, s5h, Abusix, NiX Spam, Hostkarma, SpamRATS, Mailspike, Invaluement), Spamhaus's refusals
 * to answer ('Error: open resolver', 'excessive number of queries', the bare 127.255.255.254), which are the
 * receiver's DNS problem and no listing, Exim's dnslists and cPanel's, Sendmail's dnsbl feature, content filters
 * citing SURBL, URIBL, DBL and ivmURI for a link in the body, and receivers' and reputation services' own words
 * (Microsoft S3140/S3150/5.7.606/5.7.511/AS3130, Proofpoint, Mimecast, Cisco Secure Email and Talos, Trend Micro
 * ERS and RBL+, Cloudmark, Yahoo BL21/BL23/TSS09, AOL RTR:BL, Comcast, AT&T, GMX, WEB.DE, Orange, Mail.ru),
 * sending and receiving log lines, and whole notices (Postfix, Google, Exchange Online). Written from knowledge of
 * the lists' and servers' default texts, none from the development corpus, measured before any rule was changed:
 *   round 30  74 cases, 62 right as written (84 %). One was our own error: Orange's code written OFR004_104 (too
 *             many connections) under the words of OFR004_102 (source IP blocked for a spam incident), corrected.
 *             The 11 wrong: six lists not named (SEM-BLACK, JunkEmailFilter Hostkarma, Cisco Talos's reputation
 *             link, Trend Micro's Email Reputation Service and RBL+, Microsoft's 5.7.511 'banned sender' with its
 *             delist@microsoft.com); Spamhaus ZRD (newly seen domains) read as the sending IP listed, since only
 *             the broad 'spamhaus' (an IP list) matched; Invaluement's ivmURI (a domain list) read as the IP,
 *             the table holding ivmSIP and ivmURI as one IP list; Spamhaus's 'Error: excessive number of
 *             queries' and an Exim message showing the 127.255.255.254 answer read as the sender listed; and in
 *             Exim's two-line 'rejected because <ip> is in a black list at zen.spamhaus.org' / '550 Error: open
 *             resolver; …' the sending IP was lost, the reply read from its last line only ('error:' is a reply
 *             marker, and the marker sat inside the reply's last line).
 *   fixed     as data (blocklist-names.ts): Spamhaus ZRD and SEM's domain lists (SEM-URI, SEM-FRESH) as domain
 *             lists, ivmURI split from ivmSIP as a domain list, SEM-BLACK, Hostkarma, Cisco Talos (SenderBase),
 *             Trend Micro ERS (RBL+, QIL, mail-abuse.com) as IP lists, DQS's dbl/zrd zones, delist@microsoft.com
 *             for Microsoft's list; reply-phrases.ts: Spamhaus's other refusals to answer ('typing error in DNSBL
 *             name', 'excessive number of queries', the answers 127.255.255.252/254/255) are the receiver's
 *             system error beside 'error: open resolver'. In code (extract/diagnostic.ts): a reply marker found
 *             inside a multi-line reply's last line reads the reply from its first "550-" line. 74 of 74 right.
 *             Corpus 365/383, reply codes 261/274.
 *   then      a second batch of 17 (SECOND_BATCH_30: postscreen's dnsbl reply and log line, SpamCop's TXT alone,
 *             Exim's UCEPROTECT level 3 and Hostkarma, cPanel's open resolver, a 127.255.255.254 shown by
 *             Sendmail, Spamhaus's 'typing error in DNSBL name', Exchange Online Protection's older 'Blocklist 1'
 *             with delist@messaging.microsoft.com, Hotmail's SC-001, iCloud's Proofpoint dnsbl-lookup link,
 *             SpamAssassin's URIBL rule names, a phishing URL on SURBL, SpamRATS Dyna, T-Online's (BL), an Exim
 *             notice and an Exchange on-premises NDR), written after the first batch's fixes and measured before
 *             any change: 15 of 17 right as written. Wrong: the older Microsoft delist address not named, and
 *             'Message rejected as spam (score 12.3): URIBL_BLACK, URIBL_DBL_SPAM' read as the sending domain's
 *             reputation (the bare word 'uribl' is domain-reputation wording). Fixed as data: the delist address
 *             a marker of Microsoft's list; 'rejected as spam' a spam filter's verdict, before the domain-
 *             reputation wording (rule names that added to a score are no listing). 91 of 91 right.
 *   refined   UCEPROTECT's levels are three entries of one family (uceprotect, uceprotect-2, uceprotect-3): levels
 *             2 and 3 list the provider's network block and ASN, not the IP, and their names say so in the
 *             verdict's headline; the four level 2/3 cases (written as 'uceprotect') now expect the finer ids.
 */

const mail = (headers: string[], ...body: string[]) => lines(...headers, '', ...body);

const postfixNotice = (...said: string[]) =>
  mail(
    [
      'From: MAILER-DAEMON@mail.example.com (Mail Delivery System)',
      'To: alice@example.com',
      'Subject: Undelivered Mail Returned to Sender',
      'Date: Mon, 30 Nov 2026 10:15:02 +0100 (CET)',
      'Auto-Submitted: auto-replied',
    ],
    ...postfixNoticeHead(),
    ...said,
  );

const postfixLog = (status: 'bounced' | 'deferred', dsn: string, said: string, stage = 'RCPT TO') =>
  `Nov 30 10:15:02 mail postfix/smtp[20417]: 4ChX2k1F9Qz9sWq: to=<bob@example.org>, relay=mx.example.org[192.0.2.25]:25, delay=1.2, delays=0.05/0.01/0.6/0.5, dsn=${dsn}, status=${status} (host mx.example.org[192.0.2.25] said: ${said} (in reply to ${stage} command))`;

const noqueue = (reply: string, client = '203.0.113.7') =>
  `Nov 30 10:15:02 mx postfix/smtpd[3141]: NOQUEUE: reject: RCPT from unknown[${client}]: ${reply}; from=<alice@example.com> to=<bob@example.org> proto=ESMTP helo=<mail.example.com>`;

const rbl = (zone: string, txt?: string) =>
  `554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using ${zone}${txt ? `; ${txt}` : ''}`;

const FINAL = { permanent: true } as const;
// A URL or domain in the message, or the sender's domain, is listed: the content or the domain, not the IP.
const DOMAIN_LISTED = {
  cause: ['domain-blocklisted', 'spam-filtered'],
  reason: ['blocked', 'spamdetected'],
  side: 'sender',
} as const;
// UCEPROTECT levels 2 and 3 list the provider's network, not the IP: its own cause since (network-blocklisted),
// after round 30 read it as ip-blocklisted with the finer list ids.
const NETWORK_BLOCK = { cause: 'network-blocklisted', reason: 'blocked', side: 'sender' } as const;
// A reputation service's verdict on the sending IP (no DNSBL listing as such): reputation, or a block.
const REPUTATION = IP_REPUTATION;
// The receiver asked its DNSBL through a resolver the list refuses (Spamhaus 127.255.255.x): its own
// misconfiguration, not a listing of the sender. Its own cause since (blocklist-lookup-failed), after
// round 30 read it as system-error.
const RECEIVER_DNSBL_ERROR = {
  cause: 'blocklist-lookup-failed',
  reason: ['systemerror', 'mailererror'],
  side: 'recipient',
} as const;

/** Postfix's reject_rbl_client default text, with each list's own TXT record appended. */
const POSTFIX_30: RealWorldCase[] = [
  [
    'Postfix: Spamhaus ZEN with its TXT (check.spamhaus.org)',
    rbl('zen.spamhaus.org', 'Listed by ZEN, see https://check.spamhaus.org/query/ip/203.0.113.7'),
    { ...IP_BLOCK, ...FINAL, blocklist: 'spamhaus', replyCode: 554, status: '5.7.1', recipient: null },
  ],
  [
    'Postfix: Spamhaus SBL record link',
    rbl('sbl.spamhaus.org', 'https://www.spamhaus.org/sbl/query/SBL654321'),
    { ...IP_BLOCK, blocklist: 'spamhaus' },
  ],
  [
    'Postfix: Spamhaus XBL (exploited host)',
    rbl('xbl.spamhaus.org', 'https://www.spamhaus.org/query/ip/203.0.113.7'),
    { ...IP_BLOCK, blocklist: 'spamhaus' },
  ],
  [
    'Postfix: Spamhaus PBL (end-user range)',
    rbl('pbl.spamhaus.org', 'Listed by PBL, see https://check.spamhaus.org/query/ip/203.0.113.7'),
    { ...IP_BLOCK, blocklist: 'spamhaus' },
  ],
  [
    'Postfix: Spamhaus CSS via ZEN',
    rbl('zen.spamhaus.org', 'Listed by CSS, see https://check.spamhaus.org/query/ip/203.0.113.7'),
    { ...IP_BLOCK, blocklist: 'spamhaus' },
  ],
  [
    'Postfix: Spamhaus DQS key zone and the check link with searchterms',
    rbl(
      'k2abcdefghijklmnopqrstuvwx.zen.dq.spamhaus.net',
      'https://check.spamhaus.org/listed/?searchterms=203.0.113.7',
    ),
    { ...IP_BLOCK, blocklist: 'spamhaus', recipient: null },
  ],
  [
    'Postfix: reject_rhsbl_sender on Spamhaus ZRD (newly registered domain)',
    '554 5.7.1 Service unavailable; Sender address [alice@example.net] blocked using zrd.spamhaus.org',
    { ...DOMAIN_LISTED, blocklist: 'spamhaus-zrd' },
  ],
  [
    'Postfix: reject_rhsbl_client on DBL (client hostname listed)',
    '554 5.7.1 Service unavailable; Client host [mail.example.net] blocked using dbl.spamhaus.org; https://www.spamhaus.org/query/domain/example.net',
    {
      cause: ['domain-blocklisted', 'ip-blocklisted'],
      reason: 'blocked',
      side: 'sender',
      blocklist: 'spamhaus-dbl',
    },
  ],
  [
    "Postfix: Spamhaus 'open resolver' answer (check.spamhaus.org returnc link)",
    rbl('zen.spamhaus.org', 'Error: open resolver; https://check.spamhaus.org/returnc/pub/198.51.100.53/'),
    RECEIVER_DNSBL_ERROR,
  ],
  [
    "Postfix: Spamhaus 'excessive number of queries' answer",
    rbl(
      'zen.spamhaus.org',
      'Error: excessive number of queries; https://check.spamhaus.org/returnc/vol/198.51.100.53/',
    ),
    RECEIVER_DNSBL_ERROR,
  ],
  [
    'Postfix: Barracuda BRBL with its reputation link',
    rbl('b.barracudacentral.org', 'http://www.barracudanetworks.com/reputation/?pr=1&ip=203.0.113.7'),
    { ...IP_BLOCK, blocklist: 'barracuda' },
  ],
  [
    'Postfix: SpamCop with its TXT',
    rbl('bl.spamcop.net', 'Blocked - see https://www.spamcop.net/bl.shtml?203.0.113.7'),
    { ...IP_BLOCK, blocklist: 'spamcop' },
  ],
  [
    'Postfix: UCEPROTECT level 1 (the IP itself)',
    rbl(
      'dnsbl-1.uceprotect.net',
      'IP 203.0.113.7 is UCEPROTECT-Level1 listed. See http://www.uceprotect.net/rblcheck.php?ipr=203.0.113.7',
    ),
    { ...IP_BLOCK, blocklist: 'uceprotect' },
  ],
  [
    'Postfix: UCEPROTECT level 2 (the /24 around the IP)',
    rbl(
      'dnsbl-2.uceprotect.net',
      'Net 203.0.113.0/24 is UCEPROTECT-Level2 listed because 4 abusers are hosted by you. See http://www.uceprotect.net/rblcheck.php?ipr=203.0.113.7',
    ),
    { ...NETWORK_BLOCK, blocklist: 'uceprotect-2' },
  ],
  [
    "Postfix: UCEPROTECT level 3 (the provider's whole ASN)",
    rbl(
      'dnsbl-3.uceprotect.net',
      'Your ISP AS64500 is UCEPROTECT-Level3 listed for hosting a total of 212 abusers. See http://www.uceprotect.net/rblcheck.php?asn=64500',
    ),
    { ...NETWORK_BLOCK, blocklist: 'uceprotect-3' },
  ],
  [
    'Postfix: SORBS (closed in 2024, still in some configurations)',
    rbl('dnsbl.sorbs.net', 'Currently Sending Spam See: http://www.sorbs.net/lookup.shtml?203.0.113.7'),
    { cause: 'ip-blocklisted', reason: 'blocked', blocklist: 'sorbs' },
  ],
  [
    'Postfix: PSBL with its TXT',
    rbl('psbl.surriel.com', 'Listed in PSBL, see http://psbl.org/listing?ip=203.0.113.7'),
    { ...IP_BLOCK, blocklist: 'psbl' },
  ],
  [
    'Postfix: SEM-BLACK (Spam Eating Monkey)',
    rbl(
      'bl.spameatingmonkey.net',
      'Blocked by SEM-BLACK - see http://spameatingmonkey.com/lookup/203.0.113.7',
    ),
    { ...IP_BLOCK, blocklist: 'sem' },
  ],
  [
    'Postfix: s5h',
    rbl('all.s5h.net', 'See http://www.usenix.org.uk/content/rbl.html'),
    { ...IP_BLOCK, blocklist: 's5h' },
  ],
  [
    'Postfix: Abusix Mail Intelligence key zone',
    rbl('0123456789abcdef.combined.mail.abusix.zone', 'https://lookup.abusix.com/search?q=203.0.113.7'),
    { ...IP_BLOCK, blocklist: 'abusix' },
  ],
  [
    'Postfix: NiX Spam with its TXT',
    rbl(
      'ix.dnsbl.manitu.net',
      'Your e-mail service was detected by mx.example.org (NiX Spam) as spamming at Mon, 30 Nov 2026 09:58:12 +0100. Your admin should visit http://www.dnsbl.manitu.net/lookup.php?value=203.0.113.7',
    ),
    { ...IP_BLOCK, blocklist: 'nixspam' },
  ],
  [
    'Postfix: JunkEmailFilter Hostkarma',
    rbl('hostkarma.junkemailfilter.com'),
    { ...IP_BLOCK, blocklist: 'hostkarma' },
  ],
  [
    'Postfix: SpamRATS spam list',
    rbl('spam.spamrats.com', 'SPAMRATS IP Addresses See: https://www.spamrats.com/lookup.php?ip=203.0.113.7'),
    { ...IP_BLOCK, blocklist: 'spamrats' },
  ],
  [
    'Postfix: SpamRATS NoPtr (no reverse DNS)',
    rbl('noptr.spamrats.com', 'RATS-NoPtr - see https://www.spamrats.com/lookup.php?ip=203.0.113.7'),
    {
      cause: ['ip-blocklisted', 'reverse-dns-missing'],
      reason: ['blocked', 'requireptr'],
      side: 'sender',
      blocklist: 'spamrats',
    },
  ],
  [
    'Postfix: Mailspike',
    rbl('bl.mailspike.net', 'Listed in Mailspike, see https://mailspike.io/ip_verify'),
    { ...REPUTATION, blocklist: 'mailspike' },
  ],
  [
    'Postfix: Invaluement ivmSIP',
    rbl('ivmsip.invaluement.com', 'Listed on ivmSIP, see https://www.invaluement.com/lookup/'),
    { ...IP_BLOCK, blocklist: 'invaluement' },
  ],
  [
    'Postfix log (sending side): Barracuda BRBL at RCPT',
    postfixLog(
      'bounced',
      '5.7.1',
      rbl('b.barracudacentral.org', 'http://www.barracudanetworks.com/reputation/?pr=1&ip=203.0.113.7'),
    ),
    { ...IP_BLOCK, blocklist: 'barracuda', recipient: 'bob@example.org', ...FINAL },
  ],
  [
    'Postfix NOQUEUE (receiving side): SpamCop',
    noqueue(rbl('bl.spamcop.net', 'Blocked - see https://www.spamcop.net/bl.shtml?203.0.113.7')),
    { ...IP_BLOCK, blocklist: 'spamcop', recipient: 'bob@example.org' },
  ],
  [
    'Postfix NOQUEUE (receiving side): open resolver',
    noqueue(
      rbl('zen.spamhaus.org', 'Error: open resolver; https://check.spamhaus.org/returnc/pub/198.51.100.53/'),
    ),
    { ...RECEIVER_DNSBL_ERROR, recipient: 'bob@example.org' },
  ],
  [
    'Postfix notice: Spamhaus ZEN on the relay',
    postfixNotice(
      '<bob@example.org>: host mx.example.org[192.0.2.25] said: 554 5.7.1 Service',
      '    unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org;',
      '    https://www.spamhaus.org/query/ip/203.0.113.7 (in reply to RCPT TO command)',
    ),
    { ...IP_BLOCK, blocklist: 'spamhaus', recipient: 'bob@example.org', ...FINAL },
  ],
  [
    'Postfix notice: open resolver on the receiving side',
    postfixNotice(
      '<bob@example.org>: host mx.example.org[192.0.2.25] said: 554 5.7.1 Service',
      '    unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org;',
      '    Error: open resolver; https://check.spamhaus.org/returnc/pub/198.51.100.53/',
      '    (in reply to RCPT TO command)',
    ),
    { ...RECEIVER_DNSBL_ERROR, recipient: 'bob@example.org' },
  ],
];

/** Exim's dnslists and cPanel's, Sendmail's dnsbl feature, content filters citing URI lists. */
const MTAS_30: RealWorldCase[] = [
  [
    'Exim dnslists default with dnslist_text',
    lines(
      '550-rejected because 203.0.113.7 is in a black list at zen.spamhaus.org',
      '550 https://www.spamhaus.org/query/ip/203.0.113.7',
    ),
    { ...IP_BLOCK, blocklist: 'spamhaus' },
  ],
  [
    'Exim dnslists: Mailspike z zone',
    '550 rejected because 203.0.113.7 is in a black list at z.mailspike.net',
    { ...REPUTATION, blocklist: 'mailspike' },
  ],
  [
    'Exim dnslists: UCEPROTECT level 2 text',
    lines(
      '550-rejected because 203.0.113.7 is in a black list at dnsbl-2.uceprotect.net',
      '550 Net 203.0.113.0/24 is UCEPROTECT-Level2 listed because 9 abusers are hosted by you. See http://www.uceprotect.net/rblcheck.php?ipr=203.0.113.7',
    ),
    { ...NETWORK_BLOCK, blocklist: 'uceprotect-2' },
  ],
  [
    'Exim dnslists: open resolver text',
    lines(
      '550-rejected because 203.0.113.7 is in a black list at zen.spamhaus.org',
      '550 Error: open resolver; https://check.spamhaus.org/returnc/pub/198.51.100.53/',
    ),
    RECEIVER_DNSBL_ERROR,
  ],
  [
    'Exim custom message showing the 127.255.255.254 answer',
    '550 Rejected: 203.0.113.7 is listed at zen.spamhaus.org (127.255.255.254)',
    RECEIVER_DNSBL_ERROR,
  ],
  [
    'cPanel JunkMail rejected (SpamCop)',
    '550 JunkMail rejected - mail.example.com [203.0.113.7]:49152 is in an RBL on bl.spamcop.net, see Blocked - see https://www.spamcop.net/bl.shtml?203.0.113.7',
    { ...IP_BLOCK, blocklist: 'spamcop' },
  ],
  [
    'cPanel JunkMail rejected (Spamhaus)',
    '550 JunkMail rejected - mail.example.com [203.0.113.7]:49152 is in an RBL on zen.spamhaus.org, see https://www.spamhaus.org/query/ip/203.0.113.7',
    { ...IP_BLOCK, blocklist: 'spamhaus' },
  ],
  [
    'Exim log (sending side): rejected RCPT with Barracuda',
    '2026-11-30 10:15:02 1rAbCd-000123-Xy ** bob@example.org R=dnslookup T=remote_smtp H=mx.example.org [192.0.2.25]: SMTP error from remote mail server after RCPT TO:<bob@example.org>: 554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using Barracuda Reputation; http://www.barracudanetworks.com/reputation/?r=1&ip=203.0.113.7',
    { ...IP_BLOCK, blocklist: 'barracuda', recipient: 'bob@example.org' },
  ],
  [
    'Sendmail dnsbl feature default',
    '550 5.7.1 Rejected: 203.0.113.7 listed at bl.spamcop.net',
    { ...IP_BLOCK, blocklist: 'spamcop' },
  ],
  [
    'Sendmail log (receiving side): check_relay with Spamhaus',
    'Nov 30 10:15:02 mx sm-mta[4242]: ruleset=check_relay, arg1=[203.0.113.7], arg2=203.0.113.7, relay=[203.0.113.7], reject=550 5.7.1 Rejected: 203.0.113.7 listed at zen.spamhaus.org',
    { ...IP_BLOCK, blocklist: 'spamhaus' },
  ],
  [
    'Content filter: URL in the body listed on SURBL',
    '550 5.7.1 Message rejected: it contains a URL (bad-example.net) listed in multi.surbl.org',
    { ...DOMAIN_LISTED, blocklist: 'surbl' },
  ],
  [
    'Content filter: domain in the body listed on URIBL black',
    '554 5.7.1 Rejected: bad-example.net is listed in black.uribl.com, see http://lookup.uribl.com/?domain=bad-example.net',
    { ...DOMAIN_LISTED, blocklist: 'uribl' },
  ],
  [
    'Content filter: link in the body on Spamhaus DBL',
    lines(
      '550-Message rejected: it contains a link to a domain listed in dbl.spamhaus.org',
      '550 (bad-example.net)',
    ),
    { ...DOMAIN_LISTED, blocklist: 'spamhaus-dbl' },
  ],
  [
    'Content filter: Invaluement ivmURI',
    '554 5.7.1 Message rejected: contains a domain listed on ivmURI (bad-example.net)',
    { ...DOMAIN_LISTED, blocklist: 'invaluement-uri' },
  ],
];

/** Receivers' and reputation services' own wording. */
const RECEIVERS_30: RealWorldCase[] = [
  [
    'Microsoft: S3140 network on our block list',
    "550 5.7.1 Unfortunately, messages from [203.0.113.7] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [AM4PEPF00027A5C.eurprd04.prod.outlook.com 2026-11-30T09:15:02.123Z 08DD0F1A2B3C4D5E]",
    { ...IP_BLOCK, blocklist: 'outlook-com', provider: /microsoft|outlook/i },
  ],
  [
    'Microsoft: S3150',
    "550 5.7.1 Unfortunately, messages from [203.0.113.7] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [DB5PEPF00014B9A.eurprd02.prod.outlook.com 2026-11-30T09:15:02.456Z 08DD0F1A2B3C4D5F]",
    { ...IP_BLOCK, blocklist: 'outlook-com' },
  ],
  [
    'Microsoft 365: 5.7.606 banned sending IP',
    '550 5.7.606 Access denied, banned sending IP [203.0.113.7]. To request removal from this list please visit https://sender.office.com/ and follow the directions. For more information please go to http://go.microsoft.com/fwlink/?LinkID=526655 AS(1430) [BN8NAM12FT011.eop-nam12.prod.protection.outlook.com 2026-11-30T09:15:02.789Z 08DD0F1A2B3C4D60]',
    { ...IP_BLOCK, blocklist: 'microsoft-365', status: '5.7.606' },
  ],
  [
    'Microsoft 365: 5.7.511 banned sender (delist by mail)',
    '550 5.7.511 Access denied, banned sender[203.0.113.7]. To request removal from this list please forward this message to delist@microsoft.com. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653. AS(1410) [SN1NAM02FT012.eop-nam02.prod.protection.outlook.com]',
    { ...IP_BLOCK, blocklist: 'microsoft-365' },
  ],
  [
    'Microsoft 365: blocked using Spamhaus (AS3130)',
    '550 5.7.1 Service unavailable, Client host [203.0.113.7] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/203.0.113.7 (AS3130). [BN8NAM12FT011.eop-nam12.prod.protection.outlook.com 2026-11-30T09:15:02.000Z 08DD0F1A2B3C4D61]',
    { ...IP_BLOCK, blocklist: 'spamhaus', provider: /microsoft|outlook/i },
  ],
  [
    'Proofpoint: blocked, see ipcheck',
    '554 5.7.0 Blocked - see https://ipcheck.proofpoint.com/?ip=203.0.113.7',
    { ...REPUTATION, blocklist: 'proofpoint' },
  ],
  [
    'Proofpoint: Dynamic Reputation',
    '554 5.7.1 Mail from 203.0.113.7 refused by Proofpoint Dynamic Reputation - see https://ipcheck.proofpoint.com/?ip=203.0.113.7',
    { ...REPUTATION, blocklist: 'proofpoint' },
  ],
  [
    'Mimecast: rejected due to IP reputation',
    '554 5.7.1 Email rejected due to IP reputation - https://community.mimecast.com/docs/DOC-1369#554 [aBcDeFgHiJ12KlMnOp.uk123]',
    { ...REPUTATION, provider: /mimecast/i },
  ],
  [
    'Mimecast: IP found in RBL',
    '550 Rejected by Mimecast - IP found in RBL - https://community.mimecast.com/docs/DOC-1369#550 [XyZ12AbC34.us45]',
    { ...IP_BLOCK, provider: /mimecast/i },
  ],
  [
    "Cisco Secure Email: the default HAT reject (sending MTA's poor reputation)",
    "554 Your access to this mail system has been rejected due to the sending MTA's poor reputation. If you believe that this failure is in error, please contact the intended recipient via alternate means.",
    REPUTATION,
  ],
  [
    'Cisco Secure Email: Talos reputation link',
    '554 5.7.1 Rejected by reputation filtering: see https://talosintelligence.com/reputation_center/lookup?search=203.0.113.7',
    { ...REPUTATION, blocklist: 'talos' },
  ],
  [
    'Trend Micro: Email Reputation Service',
    '550 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using Trend Micro Email Reputation database. Please see http://www.mail-abuse.com/cgi-bin/lookup?ip_address=203.0.113.7',
    { ...REPUTATION, blocklist: 'trend-micro' },
  ],
  [
    'Trend Micro: RBL+',
    '550 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using Trend Micro RBL+. Please see http://www.mail-abuse.com/cgi-bin/lookup?ip_address=203.0.113.7',
    { ...IP_BLOCK, blocklist: 'trend-micro' },
  ],
  [
    'Cloudmark CSI: poor reputation, reset link',
    '550 5.7.1 Mail from 203.0.113.7 refused: poor reputation. See https://csi.cloudmark.com/reset-request/?ip=203.0.113.7',
    { ...REPUTATION, blocklist: 'cloudmark' },
  ],
  [
    'Yahoo: BL21 IP in Spamhaus list',
    "553 5.7.1 [BL21] Connections will not be accepted from 203.0.113.7, because the ip is in Spamhaus's list; see https://postmaster.yahooinc.com/error-codes",
    { ...IP_BLOCK, blocklist: 'spamhaus', provider: /yahoo/i },
  ],
  [
    'Yahoo: BL23 Spamhaus XBL',
    '553 5.7.1 [BL23] Connections not accepted from IP addresses on Spamhaus XBL; see http://postmaster.yahoo.com/errors/550-bl23.html [550]',
    { ...IP_BLOCK, blocklist: 'spamhaus' },
  ],
  [
    'Yahoo: TSS09 permanently deferred',
    '553 5.7.2 [TSS09] All messages from 203.0.113.7 will be permanently deferred; Retrying will NOT succeed. See https://postmaster.yahooinc.com/error-codes',
    REPUTATION,
  ],
  ['AOL: RTR:BL', '554 5.7.1 (RTR:BL) https://postmaster.aol.com/error-codes#554rtrbl', IP_BLOCK],
  [
    'Comcast: BL000001 found on one or more DNSBLs',
    '554 resimta-ch2-08v.sys.comcast.net comcast 203.0.113.7 found on one or more DNSBLs, see http://postmaster.comcast.net/smtp-error-codes.php#BL000001',
    { ...IP_BLOCK, provider: /comcast/i },
  ],
  [
    'Comcast: BL000010 block for spam',
    '554 5.7.1 resimta-po-12v.sys.comcast.net Comcast block for spam. Please see http://postmaster.comcast.net/smtp-error-codes.php#BL000010',
    IP_BLOCK,
  ],
  [
    'AT&T: DNSBL:RBL 521 blocked',
    '553 5.3.0 flph829 DNSBL:RBL 521< 203.0.113.7 >_is_blocked.For assistance forward this error to abuse_rbl@abuse-att.net',
    { ...IP_BLOCK, recipient: null },
  ],
  [
    'GMX: IP address is block listed',
    lines(
      '554-gmx.net (mxgmx117) Nemesis ESMTP Service not available',
      '554-No SMTP service',
      '554-IP address is block listed.',
      '554 For explanation visit https://postmaster.gmx.net/en/case?c=r0301&i=ip&v=203.0.113.7&r=1AbCdE-1xYz2a3B4c',
    ),
    { ...IP_BLOCK, provider: /gmx|1&1|united/i },
  ],
  [
    'WEB.DE: IP address is black listed',
    lines(
      '554-web.de (mxweb112) Nemesis ESMTP Service not available',
      '554-No SMTP service',
      '554-IP address is black listed.',
      '554 For explanation visit https://web.de/email/senderguidelines?ip=203.0.113.7&c=bl',
    ),
    IP_BLOCK,
  ],
  [
    'Orange: source IP blocked for a spam incident (OFR004_102)',
    '550 mwinf5c11 ME Adresse IP source bloquee pour incident de spam. Please visit http://postmaster.orange.fr/index.php?action=contact and read the FAQ. OFR004_102 [102]',
    IP_BLOCK,
  ],
  [
    'Mail.ru: spam message rejected (content, not the IP)',
    '550 spam message rejected. Please visit https://help.mail.ru/notspam-support/id?c=AbCdEfGhIjKl0123 or report details to abuse@corp.mail.ru. Error code: 0123456789ABCDEF. ID: 00000001AB12CD34.',
    { ...SPAM, recipient: null },
  ],
  [
    'A lookup link with searchterms: no recipient read from it',
    '550 5.7.1 Your IP 203.0.113.7 is listed. Check https://check.spamhaus.org/listed/?searchterms=203.0.113.7 and https://mxtoolbox.com/SuperTool.aspx?action=blacklist%3a203.0.113.7',
    { ...IP_BLOCK, blocklist: 'spamhaus', recipient: null },
  ],
  [
    'Google Workspace notice relayed: rejected by SpamCop at the final hop',
    mail(
      [
        'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
        'To: alice@example.com',
        'Subject: Delivery Status Notification (Failure)',
      ],
      '** Message blocked **',
      '',
      'Your message to bob@example.org has been blocked. See technical details below for more information.',
      '',
      'The response from the remote server was:',
      '554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using bl.spamcop.net; Blocked - see https://www.spamcop.net/bl.shtml?203.0.113.7',
    ),
    { ...IP_BLOCK, blocklist: 'spamcop', recipient: 'bob@example.org' },
  ],
  [
    'Exchange Online NDR: remote server cites Spamhaus',
    lines(
      'Delivery has failed to these recipients or groups:',
      '',
      'bob@example.org',
      "Your message couldn't be delivered. Despite repeated attempts to deliver your message, the recipient's email system refused to accept a connection from your email system.",
      '',
      'Diagnostic information for administrators:',
      '',
      'Generating server: AM0PR04MB1234.eurprd04.prod.outlook.com',
      '',
      'bob@example.org',
      'mx.example.org',
      "Remote Server returned '550 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/203.0.113.7'",
    ),
    { ...IP_BLOCK, blocklist: 'spamhaus', recipient: 'bob@example.org' },
  ],
  [
    'PTR guard: Spamhaus is not named, only reverse DNS',
    '550 5.7.1 Client host rejected: cannot find your reverse hostname, [203.0.113.7]',
    PTR,
  ],
];

/** Written after the first batch's fixes: new wordings of the same area. */
const SECOND_BATCH_30: RealWorldCase[] = [
  [
    'postscreen: dnsbl reply map text',
    '550 5.7.1 Service unavailable; client [203.0.113.7] blocked using zen.spamhaus.org',
    { ...IP_BLOCK, blocklist: 'spamhaus' },
  ],
  [
    'postscreen log line (receiving side)',
    'Nov 30 10:15:02 mx postfix/postscreen[1234]: NOQUEUE: reject: RCPT from [203.0.113.7]:41234: 550 5.7.1 Service unavailable; client [203.0.113.7] blocked using zen.spamhaus.org; from=<alice@example.com>, to=<bob@example.org>, proto=ESMTP, helo=<mail.example.com>',
    { ...IP_BLOCK, blocklist: 'spamhaus', recipient: 'bob@example.org' },
  ],
  [
    "SpamCop's TXT alone as the reply",
    '554 5.7.1 Blocked - see https://www.spamcop.net/bl.shtml?203.0.113.7',
    { ...IP_BLOCK, blocklist: 'spamcop' },
  ],
  [
    'Exim dnslists: UCEPROTECT level 3 with the ASN name',
    lines(
      '550-rejected because 203.0.113.7 is in a black list at dnsbl-3.uceprotect.net',
      '550 Your ISP AS64500/Example Hosting is UCEPROTECT-Level3 listed for hosting a total of 318 abusers. See http://www.uceprotect.net/rblcheck.php?asn=64500',
    ),
    { ...NETWORK_BLOCK, blocklist: 'uceprotect-3' },
  ],
  [
    'cPanel JunkMail rejected: open resolver',
    '550 JunkMail rejected - mail.example.com [203.0.113.7]:49152 is in an RBL on zen.spamhaus.org, see Error: open resolver; https://check.spamhaus.org/returnc/pub/198.51.100.53/',
    RECEIVER_DNSBL_ERROR,
  ],
  [
    'Sendmail dnsbl custom message with the answer 127.255.255.254',
    '550 5.7.1 Rejected: 203.0.113.7 listed at zen.spamhaus.org (query returned 127.255.255.254)',
    RECEIVER_DNSBL_ERROR,
  ],
  [
    "Postfix: Spamhaus 'typing error in DNSBL name'",
    rbl('sbl-xbl.spamhaus.org', 'Error: typing error in DNSBL name'),
    RECEIVER_DNSBL_ERROR,
  ],
  [
    'Exchange Online Protection (FOPE era): Blocklist 1, delist by mail',
    '550 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using Blocklist 1; To request removal from this list please forward this message to delist@messaging.microsoft.com',
    { ...IP_BLOCK, blocklist: 'microsoft-365' },
  ],
  [
    'Hotmail SC-001: network on our block list',
    "550 SC-001 (SNT004-MC1F43) Unfortunately, messages from 203.0.113.7 weren't sent. Please contact your Internet service provider since part of their network is on our block list. You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.",
    { ...IP_BLOCK, blocklist: 'outlook-com' },
  ],
  [
    'iCloud (Proofpoint): blocked, see dnsbl-lookup',
    '550 5.7.1 Blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi?ip=203.0.113.7',
    { ...REPUTATION, blocklist: 'proofpoint' },
  ],
  [
    'Exim dnslists: Hostkarma with its TXT',
    lines(
      '550-rejected because 203.0.113.7 is in a black list at hostkarma.junkemailfilter.com',
      '550 Blacklisted - see http://ipadmin.junkemailfilter.com/remove.php?ip=203.0.113.7',
    ),
    { ...IP_BLOCK, blocklist: 'hostkarma' },
  ],
  [
    'SpamAssassin rules in the reply: URIBL and DBL hits',
    '550 5.7.1 Message rejected as spam (score 12.3): URIBL_BLACK, URIBL_DBL_SPAM, BAYES_99',
    { cause: ['spam-filtered', 'domain-blocklisted'], reason: ['spamdetected', 'blocked'], side: 'sender' },
  ],
  [
    'Exim: a phishing URL on SURBL',
    '550 Rejected: message contains a URL listed in multi.surbl.org (phishing): bad-example.net',
    { ...DOMAIN_LISTED, blocklist: 'surbl' },
  ],
  [
    'Postfix: SpamRATS Dyna (dynamic range)',
    rbl('dyna.spamrats.com', 'RATS-Dyna - see https://www.spamrats.com/lookup.php?ip=203.0.113.7'),
    {
      cause: ['ip-blocklisted', 'reverse-dns-missing'],
      reason: ['blocked', 'requireptr'],
      side: 'sender',
      blocklist: 'spamrats',
    },
  ],
  [
    "T-Online: the provider's own block (BL)",
    '554 IP=203.0.113.7 - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.) (BL)',
    { ...IP_BLOCK, recipient: null },
  ],
  [
    'Exim notice: SpamCop at RCPT',
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
      '    550-rejected because 203.0.113.7 is in a black list at bl.spamcop.net',
      '    550 Blocked - see https://www.spamcop.net/bl.shtml?203.0.113.7',
    ),
    { ...IP_BLOCK, blocklist: 'spamcop', recipient: 'bob@example.org', ...FINAL },
  ],
  [
    'Exchange on-premises NDR: Barracuda BRBL at the remote server',
    lines(
      'Delivery has failed to these recipients or groups:',
      '',
      'bob@example.org',
      "The recipient's email system refused to accept your message.",
      '',
      'Diagnostic information for administrators:',
      '',
      'Generating server: EX01.example.com',
      '',
      'bob@example.org',
      "Remote Server at mx.example.org (192.0.2.25) returned '550 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using b.barracudacentral.org; http://www.barracudanetworks.com/reputation/?pr=1&ip=203.0.113.7'",
    ),
    { ...IP_BLOCK, blocklist: 'barracuda', recipient: 'bob@example.org' },
  ],
];

/** The sending IP each case states (checked in real-world-30-fields.test.ts); null where none is stated. */
export const SENDING_IPS_30: Readonly<Record<string, string | null>> = {
  'Postfix: Spamhaus ZEN with its TXT (check.spamhaus.org)': '203.0.113.7',
  "Postfix: UCEPROTECT level 3 (the provider's whole ASN)": '203.0.113.7',
  "Postfix: Spamhaus 'open resolver' answer (check.spamhaus.org returnc link)": '203.0.113.7',
  'Postfix NOQUEUE (receiving side): SpamCop': '203.0.113.7',
  'Exim dnslists default with dnslist_text': '203.0.113.7',
  'Exim dnslists: open resolver text': '203.0.113.7',
  'cPanel JunkMail rejected (SpamCop)': '203.0.113.7',
  'Sendmail dnsbl feature default': '203.0.113.7',
  'Content filter: URL in the body listed on SURBL': null,
  'Microsoft 365: 5.7.606 banned sending IP': '203.0.113.7',
  'Microsoft: S3140 network on our block list': '203.0.113.7',
  'Proofpoint: Dynamic Reputation': '203.0.113.7',
  'Yahoo: BL21 IP in Spamhaus list': '203.0.113.7',
  'Yahoo: BL23 Spamhaus XBL': null,
  'Comcast: BL000001 found on one or more DNSBLs': '203.0.113.7',
  'AT&T: DNSBL:RBL 521 blocked': '203.0.113.7',
  'A lookup link with searchterms: no recipient read from it': '203.0.113.7',
  'Postfix log (sending side): Barracuda BRBL at RCPT': '203.0.113.7',
  'Exchange Online NDR: remote server cites Spamhaus': '203.0.113.7',
  'postscreen: dnsbl reply map text': '203.0.113.7',
  'Exim dnslists: UCEPROTECT level 3 with the ASN name': '203.0.113.7',
  'cPanel JunkMail rejected: open resolver': '203.0.113.7',
  'Hotmail SC-001: network on our block list': '203.0.113.7',
  "T-Online: the provider's own block (BL)": '203.0.113.7',
  'Exim notice: SpamCop at RCPT': '203.0.113.7',
  'Exchange on-premises NDR: Barracuda BRBL at the remote server': '203.0.113.7',
  'Exim: a phishing URL on SURBL': null,
};

export const ROUND_30: RealWorldCase[] = [...POSTFIX_30, ...MTAS_30, ...RECEIVERS_30, ...SECOND_BATCH_30];
