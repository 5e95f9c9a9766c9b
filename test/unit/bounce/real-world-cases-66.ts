import type { RealWorldCase } from './real-world-cases.js';
import {
  IP_BLOCK,
  IP_REPUTATION,
  lines,
  MS_NOT_FOUND,
  PTR,
  postfixNoticeHead,
  RATE,
  RELAY,
  SPAM,
  textEmail,
  USER_UNKNOWN,
} from './real-world-expectations.js';

/*
 * A sixty-sixth held-out round: addresses and IP addresses in every form. IPv6 sending (Gmail's "[2001:db8::25]
 * Our system has detected that this message does not meet IPv6 sending guidelines regarding PTR records and
 * authentication" as a reply, a 421 and inside a Postfix log line, 5.7.25 without PTR, the count form
 * "[ip      19]"; Microsoft's 450 4.7.25 "sending IPv6 address [ip] must have reverse DNS record" and 4.7.26
 * "message sent over IPv6 [ip] must pass either SPF or DKIM", Spamhaus and S3140 network listings, S77714; an
 * Exchange NDR from a server reached over IPv6; Spamhaus, CSS /64, Barracuda, Spamcop, Comcast, Yahoo, AOL,
 * Proofpoint and GMX naming an IPv6 client, expanded and IPv4-mapped (::ffff:192.0.2.1) forms), the sending
 * side's own logs (Postfix "connect to mx[2001:db8::1]:25: Network is unreachable" in a line and a delay DSN,
 * a "[ipv6:…]" tag, a link-local zone id "fe80::1%eth0", Exim's "H=mx [ip] Network is unreachable", Sendmail's
 * "relay=mx. [IPv6:…]" and "Remote-MTA: DNS; [IPv6:…]"), and recipients and senders in unusual forms: Exchange
 * IMCEAEX addresses of stale Auto-Complete entries (on-premises, Exchange Online, a DSN's Final-Recipient),
 * SMTPUTF8 refusals (Postfix's "SMTPUTF8 is required, but was not offered", 553 5.6.7, 5.6.9, Exchange's
 * SMTPSEND.Utf8RecipientAddress, Gmail's 555 5.5.2), punycode and Unicode domains and local parts, quoted
 * local parts, plus addressing, SRS, BATV and VERP return paths, percent hack, source routes, address
 * literals, Outlook's 'quoted' and "<mailto:…>" forms, upper case, a trailing dot, a display name in
 * Final-Recipient and an xtext ORCPT.
 * An admin accepts an IMCEAEX recipient as the NDR writes it or lower-cased (every address is compared in
 * lower case), never null: it is the stale X500 entry to remove. The remote and sending IP are checked where
 * the text states them (new Expect fields remoteIp and sendingIp; an IPv4-mapped address may be given either
 * way, a zone id may be dropped).
 * Written from knowledge of these texts, none from the development corpus, measured before any rule was
 * changed:
 *   round 66  65 cases, 50 right as written (77 %). Our errors (2): a trailing dot in "bob@example.org." read as
 *             a mistyped recipient domain is as right as user unknown (widened); a DSN's IMCEAEX recipient
 *             lower-cased is right (all addresses are; widened). The rules' misses:
 *             - the sending IP not read from Microsoft's "sending IPv6 address [ip]" and "sent over IPv6 [ip]",
 *               GMX's "&i=ip&v=ip" link, nor from a reply a Postfix log line quotes after "host mx[ip] said:";
 *             - the remote IP lost in "[ipv6:2001:db8::1]", "[IPv6:…]" in a Remote-MTA field and "[fe80::1%eth0]";
 *             - no record for Exim's "H=mx.example.org [2001:db8::1] Network is unreachable";
 *             - IMCEAEX recipients null (a local part over 64 characters was no address), a quoted local part
 *               with a space in Postfix's to=<…> null, "user@[IPv6:…]" no address;
 *             - "Invalid SRS address (timestamp expired)" at 5.1.1 read as delivery-expired.
 *   fixed     in code: address literals made plain ("[IPv6:" and a zone id dropped) before the remote server is
 *             read (smtp-context.ts plainAddressLiterals, for findRemote, Remote-MTA and Postfix's relay=);
 *             sending-ip.ts reads an address that opens a reply quoted after " said: ", and the words "sending
 *             ipv6 address", "sent over ipv6", "i=ip&v="; a log record's sending IP falls back to the reply's;
 *             mta-log.ts reads Exim's host-error line and a quoted local part in to=<…>; addresses.ts takes
 *             Exchange's encapsulated addresses (IMCEA…) up to 512 characters and address literals
 *             ("@[192.0.2.1]", "@[IPv6:…]") as domains. As data: reply-phrases.ts user-unknown "invalid srs",
 *             "not an srs address", "hash invalid in srs", "time stamp out of date". 64 of 65.
 *   then      a second batch of 14 (SECOND_BATCH_66: Exim's "**" line with Gmail's IPv6 refusal after "pipelined end
 *             of data", Postfix's "No route to host" to an IPv6 MX, Exim's "== … defer (101) H=mx [ip]: Network is
 *             unreachable", Barracuda naming an IPv6 client, a /64 at zen.spamhaus.org, an Exim receiver's
 *             IPv4-mapped client "in a black list", Exchange 2007's "#5.1.1 smtp;550 … ExRecipNotFound" over an
 *             IMCEAEX address, "553 5.6.7 SMTPUTF8 is required but not supported", SMTPSEND.Utf8SenderAddress,
 *             Postfix's "501 5.1.3 Bad recipient address syntax", Sendmail's percent hack "Relaying denied",
 *             Domino's quoted display name, Gmail's notice for an upper-case plus address, Sendmail's
 *             "[IPv6:::ffff:192.0.2.10]" relay), written after the fixes and measured before any change: 13 of 14
 *             right as written. Fixed: the address that opens a reply quoted after any ": " with its code first
 *             (Exim's "SMTP error … after end of data: 550-5.7.1 [ip]") is the client, not only after " said: ".
 *             14 of 14; corpus 366/383, reply codes 261/274.
 *   later     "postmaster@[IPv6:…]" refused by name was left without a recipient (postmaster was a robot address,
 *             never taken as the failed one); a role address the reply refuses as the recipient now is it.
 */

// Gmail's and Microsoft's IPv6 sending rules: reverse DNS and SPF or DKIM; either reading is right.
const IPV6_RULES = {
  cause: ['reverse-dns-missing', 'auth-failed', 'spf-fail', 'dkim-fail'],
  reason: ['requireptr', 'authfailure'],
  side: 'sender',
} as const;
// Microsoft's 4.7.26 over IPv6: the message passed neither SPF nor DKIM.
const IPV6_AUTH = {
  cause: ['auth-failed', 'spf-fail', 'dkim-fail'],
  reason: 'authfailure',
  side: 'sender',
} as const;
// A blocklist listing the sending IPv6 address or its /64 (a network listing is as right).
const IPV6_LISTED = {
  cause: ['ip-blocklisted', 'network-blocklisted'],
  reason: 'blocked',
  side: 'sender',
} as const;
// Our own server has no IPv6 route: the sender's side (often an AAAA-only MX or a broken v6 uplink).
const NO_ROUTE = {
  cause: ['sender-network-unreachable', 'no-route-to-host'],
  reason: 'networkerror',
  permanent: false,
} as const;
// SMTPUTF8: an internationalised address the other side cannot carry.
const UTF8 = {
  cause: ['utf8-not-supported', 'syntax-error', 'not-rfc-compliant', 'content-error'],
  reason: ['syntaxerror', 'notcompliantrfc', 'contenterror'],
} as const;
// An address the receiver cannot parse: a bad address is "no such user" in Sisimai's words, or a syntax error.
const BAD_ADDRESS = {
  cause: ['user-unknown', 'syntax-error'],
  reason: ['userunknown', 'syntaxerror'],
} as const;
const FINAL = { permanent: true } as const;
const TEMPORARY = { permanent: false } as const;
const GOOGLE = /google|gmail/i;
const MS = /microsoft|outlook|office|exchange/i;

// Exchange's stale Auto-Complete entry: an admin wants the IMCEAEX address as the NDR writes it.
const IMCEAEX =
  'IMCEAEX-_O=EXAMPLE_OU=EXCHANGE+20ADMINISTRATIVE+20GROUP+20+28FYDIBOHF23SPDLT+29_CN=RECIPIENTS_CN=JSMITH@example.com';
const IMCEAEX_EXO =
  'IMCEAEX-_o=ExchangeLabs_ou=Exchange+20Administrative+20Group+20+28FYDIBOHF23SPDLT+29_cn=Recipients_cn=3f2a9c1d7e5b4a6c8d0e2f4a6b8c0d1e-John+20Smith@namprd04.prod.outlook.com';

const pfx = 'Dec  5 01:02:03 mail postfix/smtp[21873]: 4F2A81C0123:';

/** One Postfix log line for a delivery attempt. */
const postfixLog = (to: string, relay: string, dsn: string, status: string, text: string) =>
  `${pfx} to=<${to}>, relay=${relay}, delay=1.4, delays=0.02/0.01/0.6/0.8, dsn=${dsn}, status=${status} (${text})`;

/** A Postfix bounce (or delay) notice with its delivery-status part. */
function postfixDsn(o: {
  to: string;
  human: string;
  status: string;
  diag: string;
  remoteMta?: string;
  action?: string;
  envelopeTo?: string;
  finalType?: string;
  orcpt?: string;
}): string {
  return lines(
    'From: MAILER-DAEMON@mail.example.com (Mail Delivery System)',
    `To: ${o.envelopeTo ?? 'alice@example.com'}`,
    `Subject: ${o.action === 'delayed' ? 'Delayed Mail (still being retried)' : 'Undelivered Mail Returned to Sender'}`,
    'Date: Sat,  5 Dec 2026 01:02:09 +0000 (UTC)',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="4F2A81C0123.1764896529/mail.example.com"',
    '',
    '--4F2A81C0123.1764896529/mail.example.com',
    'Content-Description: Notification',
    'Content-Type: text/plain; charset=utf-8',
    '',
    ...postfixNoticeHead(),
    o.human,
    '',
    '--4F2A81C0123.1764896529/mail.example.com',
    'Content-Description: Delivery report',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mail.example.com',
    'X-Postfix-Queue-ID: 4F2A81C0123',
    'X-Postfix-Sender: rfc822; alice@example.com',
    'Arrival-Date: Sat,  5 Dec 2026 01:02:03 +0000 (UTC)',
    '',
    `Final-Recipient: ${o.finalType ?? 'rfc822'}; ${o.to}`,
    ...(o.orcpt ? [`Original-Recipient: ${o.orcpt}`] : []),
    `Action: ${o.action ?? 'failed'}`,
    `Status: ${o.status}`,
    ...(o.remoteMta ? [`Remote-MTA: dns; ${o.remoteMta}`] : []),
    `Diagnostic-Code: ${o.diag}`,
    '',
    '--4F2A81C0123.1764896529/mail.example.com--',
    '',
  );
}

/** Exchange on-premises' classic NDR, with the diagnostic block for administrators. */
function exchangeNdr(display: string, address: string, reply: string, remote?: string): string {
  return textEmail(
    'Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com>',
    'Undeliverable: Q4 figures',
    [
      'Delivery has failed to these recipients or groups:',
      '',
      display,
      "The e-mail address you entered couldn't be found. Please check the recipient's e-mail address and try to resend the message. If the problem continues, please contact your helpdesk.",
      '',
      '',
      '',
      '',
      '',
      'Diagnostic information for administrators:',
      '',
      'Generating server: EX01.corp.example.com',
      '',
      address,
      remote ? `Remote Server at ${remote} returned '${reply}'` : `#${reply} ##`,
      '',
      'Original message headers:',
      '',
      'Received: from EX02.corp.example.com (2001:db8:10::12) by EX01.corp.example.com',
      ' (2001:db8:10::11) with Microsoft SMTP Server (version=TLS1_2,',
      ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.4; Sat, 5 Dec 2026',
      ' 01:02:03 +0000',
      'From: Alice Example <alice@example.com>',
      `To: ${display}`,
      'Subject: Q4 figures',
    ],
  );
}

export const ROUND_66: RealWorldCase[] = [
  // --- IPv6 sending: Gmail
  [
    'Gmail 550-5.7.1 IPv6 sending guidelines (PTR records and authentication)',
    lines(
      '550-5.7.1 [2001:db8::25] Our system has detected that this message does not',
      '550-5.7.1 meet IPv6 sending guidelines regarding PTR records and',
      '550-5.7.1 authentication. Please review',
      '550-5.7.1  https://support.google.com/mail/?p=IPv6AuthError for more information',
      '550 5.7.1 . a1si1234567wra.201 - gsmtp',
    ),
    { ...IPV6_RULES, ...FINAL, replyCode: 550, status: '5.7.1', sendingIp: '2001:db8::25', provider: GOOGLE },
  ],
  [
    'Gmail 421-4.7.0 IPv6 sending guidelines, deferred',
    lines(
      '421-4.7.0 [2001:db8:4c2::1:25] Our system has detected that this message does',
      '421-4.7.0 not meet IPv6 sending guidelines regarding PTR records and',
      '421-4.7.0 authentication. Please review',
      '421-4.7.0  https://support.google.com/mail/?p=IPv6AuthError for more information',
      '421 4.7.0 . h7si2233445qkn.88 - gsmtp',
    ),
    { ...IPV6_RULES, ...TEMPORARY, replyCode: 421, status: '4.7.0', sendingIp: '2001:db8:4c2::1:25' },
  ],
  [
    'Gmail IPv6 guidelines in a Postfix log line (host over IPv6)',
    postfixLog(
      'bob@gmail.com',
      'gmail-smtp-in.l.google.com[2001:db8:f00d:c07::1a]:25',
      '5.7.1',
      'bounced',
      'host gmail-smtp-in.l.google.com[2001:db8:f00d:c07::1a] said: 550-5.7.1 [2001:db8:1::25] Our system has detected that this message does not 550-5.7.1 meet IPv6 sending guidelines regarding PTR records and 550-5.7.1 authentication. Please review 550-5.7.1  https://support.google.com/mail/?p=IPv6AuthError for more information 550 5.7.1 . k3si5566778ejc.12 - gsmtp (in reply to end of DATA command)',
    ),
    {
      ...IPV6_RULES,
      ...FINAL,
      recipient: 'bob@gmail.com',
      replyCode: 550,
      status: '5.7.1',
      remoteIp: '2001:db8:f00d:c07::1a',
      sendingIp: '2001:db8:1::25',
    },
  ],
  [
    'Gmail 550-5.7.25 IPv6 address without PTR',
    lines(
      '550-5.7.25 [2001:db8::25] The IP address sending this message does not have a',
      '550-5.7.25 PTR record setup, or the corresponding forward DNS entry does not',
      '550-5.7.25 point to the sending IP. As a policy, Gmail does not accept messages',
      '550-5.7.25 from IPs with missing PTR records. For more information, go to',
      '550 5.7.25  https://support.google.com/mail/answer/81126#ip-practices b2si99887766pgd.55 - gsmtp',
    ),
    { ...PTR, ...FINAL, replyCode: 550, status: '5.7.25', sendingIp: '2001:db8::25' },
  ],
  [
    'Gmail 5.7.1 likely unsolicited, IPv6 with the count',
    lines(
      '550-5.7.1 [2001:db8:77::25      19] Our system has detected that this message is',
      '550-5.7.1 likely unsolicited mail. To reduce the amount of spam sent to Gmail,',
      '550-5.7.1 this message has been blocked. For more information, go to',
      '550 5.7.1  https://support.google.com/mail/?p=UnsolicitedMessageError c9si4455667ejx.41 - gsmtp',
    ),
    { ...SPAM, replyCode: 550, status: '5.7.1', sendingIp: '2001:db8:77::25' },
  ],
  [
    'Gmail 421-4.7.0 unusual rate from your IPv6 address',
    lines(
      '421-4.7.0 [2001:db8:77::25      15] Our system has detected an unusual rate of',
      '421-4.7.0 unsolicited mail originating from your IP address. To protect our',
      '421-4.7.0 users from spam, mail sent from your IP address has been temporarily',
      '421-4.7.0 rate limited. For more information, go to',
      '421 4.7.0  https://support.google.com/mail/?p=UnsolicitedRateLimitError p5si987654plk.3 - gsmtp',
    ),
    { ...IP_REPUTATION, ...TEMPORARY, replyCode: 421, sendingIp: '2001:db8:77::25' },
  ],
  // --- IPv6 sending: Microsoft
  [
    'Microsoft 450 4.7.25 sending IPv6 address must have reverse DNS record',
    '450 4.7.25 Service unavailable, sending IPv6 address [2001:db8:5::25] must have reverse DNS record. [AM4PEPF00025F97.EURPRD83.prod.outlook.com 2026-12-05T01:02:03.456Z 08DD1A2B3C4D5E6F]',
    { ...PTR, ...TEMPORARY, replyCode: 450, status: '4.7.25', sendingIp: '2001:db8:5::25' },
  ],
  [
    'Microsoft 450 4.7.26 message sent over IPv6 must pass SPF or DKIM',
    '450 4.7.26 Service unavailable, message sent over IPv6 [2001:db8:5::25] must pass either SPF or DKIM validation, this message is not signed [DB5PEPF00014B8F.eurprd02.prod.outlook.com 2026-12-05T01:02:03.456Z 08DD1A2B3C4D5E6F]',
    { ...IPV6_AUTH, ...TEMPORARY, replyCode: 450, status: '4.7.26', sendingIp: '2001:db8:5::25' },
  ],
  [
    'Outlook.com 550 5.7.1 Client host [IPv6] blocked using Spamhaus',
    '550 5.7.1 Service unavailable, Client host [2001:db8:abcd:12::25] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/2001:db8:abcd:12::25 (AS3130). [BN8NAM12FT012.eop-nam12.prod.protection.outlook.com 2026-12-05T01:02:03.000Z 08DD1A2B3C4D5E6F]',
    {
      ...IP_BLOCK,
      ...FINAL,
      replyCode: 550,
      status: '5.7.1',
      sendingIp: '2001:db8:abcd:12::25',
      blocklist: 'spamhaus',
    },
  ],
  [
    'Outlook.com S3140: part of their network is on our block list (IPv6)',
    "550 5.7.1 Unfortunately, messages from [2001:db8:abcd:12::25] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [VI1EUR04FT012.eop-eur04.prod.protection.outlook.com 2026-12-05T01:02:03.000Z 08DD1A2B3C4D5E6F]",
    { ...IPV6_LISTED, ...FINAL, replyCode: 550, sendingIp: '2001:db8:abcd:12::25', provider: MS },
  ],
  [
    'Outlook.com 451 4.7.500 Server busy (S77714) from an IPv6 address',
    '451 4.7.500 Server busy. Please try again later from [2001:db8:abcd:12::25]. (S77714) [BN1NAM02FT045.eop-nam02.prod.protection.outlook.com 2026-12-05T01:02:03.000Z 08DD1A2B3C4D5E6F]',
    { ...RATE, ...TEMPORARY, replyCode: 451, status: '4.7.500', sendingIp: '2001:db8:abcd:12::25' },
  ],
  [
    'Exchange on-premises NDR: remote server over IPv6 refuses a Spamcop-listed IPv6 sender',
    exchangeNdr(
      'bob@example.org',
      'bob@example.org',
      '554 5.7.1 Service unavailable; Client host [2001:db8:10::25] blocked using bl.spamcop.net; Blocked - see https://www.spamcop.net/bl.shtml?2001:db8:10::25',
      'mx.example.org (2001:db8::1)',
    ),
    {
      ...IP_BLOCK,
      recipient: 'bob@example.org',
      replyCode: 554,
      status: '5.7.1',
      remoteIp: '2001:db8::1',
      sendingIp: '2001:db8:10::25',
    },
  ],
  // --- IPv6 blocklists and receivers elsewhere
  [
    'Postfix receiver: Client host [IPv6] blocked using zen.spamhaus.org (log line of the refusing side)',
    'Dec  5 01:02:03 mx1 postfix/smtpd[3321]: NOQUEUE: reject: RCPT from unknown[2001:db8:abcd:12::25]: 554 5.7.1 Service unavailable; Client host [2001:db8:abcd:12::25] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/2001:db8:abcd:12::25; from=<alice@example.com> to=<bob@example.org> proto=ESMTP helo=<mail.example.com>',
    {
      ...IP_BLOCK,
      recipient: 'bob@example.org',
      replyCode: 554,
      status: '5.7.1',
      sendingIp: '2001:db8:abcd:12::25',
      blocklist: 'spamhaus',
    },
  ],
  [
    'Spamhaus CSS listing the /64 of an IPv6 sender',
    '550 5.7.1 Mail from 2001:db8:abcd:12::25 refused: the /64 2001:db8:abcd:12::/64 is listed on the Spamhaus CSS. See https://check.spamhaus.org/ for delisting.',
    { ...IPV6_LISTED, ...FINAL, replyCode: 550, status: '5.7.1', sendingIp: '2001:db8:abcd:12::25' },
  ],
  [
    'Expanded IPv6 form in a blocklist refusal',
    '554 5.7.1 Service unavailable; Client host [2001:0db8:0000:0000:0000:0000:0000:0025] blocked using b.barracudacentral.org; http://www.barracudanetworks.com/reputation/?pr=1&ip=2001:0db8:0000:0000:0000:0000:0000:0025',
    {
      ...IP_BLOCK,
      replyCode: 554,
      status: '5.7.1',
      sendingIp: ['2001:db8::25', '2001:0db8:0000:0000:0000:0000:0000:0025'],
    },
  ],
  [
    'Comcast: IPv6 address found on one or more DNSBLs',
    '554 resimta-po-22v.sys.comcast.net resimta-po-22v.sys.comcast.net 2001:db8:abcd:12::25 found on one or more DNSBLs, see http://postmaster.comcast.net/smtp-error-codes.php#BL000001',
    { ...IP_BLOCK, replyCode: 554, sendingIp: '2001:db8:abcd:12::25' },
  ],
  [
    'Yahoo 421 4.7.0 [TSS04] deferred from an IPv6 address',
    '421 4.7.0 [TSS04] Messages from 2001:db8:abcd:12::25 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes',
    { ...RATE, ...TEMPORARY, replyCode: 421, status: '4.7.0', sendingIp: '2001:db8:abcd:12::25' },
  ],
  [
    'AOL/Yahoo 553 5.7.1 [BL21] Spamhaus for an IPv6 address',
    "553 5.7.1 [BL21] Connections will not be accepted from 2001:db8:abcd:12::25, because the ip is in Spamhaus's list; see https://postmaster.yahooinc.com/error-codes",
    {
      ...IP_BLOCK,
      ...FINAL,
      replyCode: 553,
      status: '5.7.1',
      sendingIp: '2001:db8:abcd:12::25',
      confidence: 'high',
    },
  ],
  [
    'Proofpoint 554 5.7.0 Blocked, IPv6 in the ipcheck URL',
    '554 5.7.0 Blocked - see https://ipcheck.proofpoint.com/?ip=2001:db8:abcd:12::25',
    {
      cause: ['ip-blocklisted', 'ip-reputation', 'connection-rejected'],
      reason: ['blocked', 'badreputation'],
      side: 'sender',
      replyCode: 554,
      status: '5.7.0',
      sendingIp: '2001:db8:abcd:12::25',
    },
  ],
  [
    'GMX 554 IP address is black listed, IPv6 in the explanation link',
    lines(
      '554-gmx.net (mxgmx017) Nemesis ESMTP Service not available',
      '554-No SMTP service',
      '554-IP address is black listed.',
      '554 For explanation visit https://postmaster.gmx.net/en/case?c=r0301&i=ip&v=2001:db8:abcd:12::25&r=1MzA8c-1q2w3e4r5t6y',
    ),
    { ...IP_BLOCK, replyCode: 554, sendingIp: '2001:db8:abcd:12::25' },
  ],
  [
    'Receiver policy: mail over IPv6 needs a PTR record',
    '550 5.7.1 Mail from IPv6 address 2001:db8:abcd:12::25 rejected: no PTR record found; IPv6 senders must have valid reverse DNS',
    { ...PTR, ...FINAL, replyCode: 550, status: '5.7.1', sendingIp: '2001:db8:abcd:12::25' },
  ],
  [
    'Postfix receiver: cannot find your hostname, IPv4-mapped client',
    'Dec  5 01:02:03 mx1 postfix/smtpd[3321]: NOQUEUE: reject: RCPT from unknown[::ffff:192.0.2.1]: 450 4.7.25 Client host rejected: cannot find your hostname, [::ffff:192.0.2.1]; from=<alice@example.com> to=<bob@example.org> proto=ESMTP helo=<mail.example.com>',
    {
      ...PTR,
      ...TEMPORARY,
      recipient: 'bob@example.org',
      replyCode: 450,
      status: '4.7.25',
      sendingIp: ['192.0.2.1', '::ffff:192.0.2.1'],
    },
  ],
  [
    'Postfix receiver: cannot find your reverse hostname, IPv6 client',
    'Dec  5 01:02:03 mx1 postfix/smtpd[3321]: NOQUEUE: reject: RCPT from unknown[2001:db8:abcd:12::25]: 450 4.7.1 Client host rejected: cannot find your reverse hostname, [2001:db8:abcd:12::25]; from=<alice@example.com> to=<bob@example.org> proto=ESMTP helo=<mail.example.com>',
    {
      ...PTR,
      ...TEMPORARY,
      recipient: 'bob@example.org',
      replyCode: 450,
      status: '4.7.1',
      sendingIp: '2001:db8:abcd:12::25',
    },
  ],
  // --- IPv6 on the sending side's logs
  [
    'Postfix: connect to mx[IPv6]:25: Network is unreachable',
    `${pfx} to=<bob@example.org>, relay=none, delay=0.31, delays=0.02/0.01/0.28/0, dsn=4.4.1, status=deferred (connect to mx.example.org[2001:db8::1]:25: Network is unreachable)`,
    { ...NO_ROUTE, recipient: 'bob@example.org', remoteIp: '2001:db8::1' },
  ],
  [
    'Postfix delay notice: IPv6 network unreachable in the DSN',
    postfixDsn({
      to: 'bob@example.org',
      human: '<bob@example.org>: connect to mx.example.org[2001:db8::1]:25: Network is\n    unreachable',
      status: '4.4.1',
      action: 'delayed',
      diag: 'X-Postfix; connect to mx.example.org[2001:db8::1]:25: Network is\n    unreachable',
    }),
    { ...NO_ROUTE, recipient: 'bob@example.org', remoteIp: '2001:db8::1' },
  ],
  [
    'Postfix: host mx[ipv6:…] said 550 5.1.1 (a relay that writes the ipv6: tag)',
    postfixLog(
      'carol@example.org',
      'mx.example.org[ipv6:2001:db8::1]:25',
      '5.1.1',
      'bounced',
      'host mx.example.org[ipv6:2001:db8::1] said: 550 5.1.1 <carol@example.org>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)',
    ),
    { ...USER_UNKNOWN, ...FINAL, recipient: 'carol@example.org', replyCode: 550, remoteIp: '2001:db8::1' },
  ],
  [
    'Postfix: connect to relay with a link-local zone id, connection refused',
    `${pfx} to=<bob@example.org>, relay=none, delay=0.05, delays=0.01/0.01/0.03/0, dsn=4.4.1, status=deferred (connect to relay.example.com[fe80::1%eth0]:25: Connection refused)`,
    {
      cause: ['connection-refused', 'recipient-server-unreachable'],
      reason: ['blocked', 'expired', 'networkerror'],
      ...TEMPORARY,
      recipient: 'bob@example.org',
      remoteIp: ['fe80::1', 'fe80::1%eth0'],
    },
  ],
  [
    'Postfix: IPv6 connect timed out, then deferred',
    `${pfx} to=<bob@example.net>, relay=none, delay=30, delays=0.02/0.01/30/0, dsn=4.4.1, status=deferred (connect to mx1.example.net[2001:db8:5::10]:25: Connection timed out)`,
    {
      cause: ['recipient-server-unreachable', 'no-route-to-host', 'connection-refused', 'port25-blocked'],
      reason: ['expired', 'networkerror', 'blocked'],
      ...TEMPORARY,
      recipient: 'bob@example.net',
      remoteIp: '2001:db8:5::10',
    },
  ],
  [
    'Exim: H=mx [IPv6] Network is unreachable',
    '2026-12-05 01:02:03 1vAbCd-000123-Ab H=mx.example.org [2001:db8::1] Network is unreachable',
    { ...NO_ROUTE, remoteIp: '2001:db8::1' },
  ],
  [
    'Exim: ** user unknown from a host reached over IPv6',
    '2026-12-05 01:02:03 1vAbCd-000123-Ab ** bob@example.org R=dnslookup T=remote_smtp H=mx.example.org [2001:db8::1]:25 X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes: SMTP error from remote mail server after RCPT TO:<bob@example.org>: 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual mailbox table',
    { ...USER_UNKNOWN, ...FINAL, recipient: 'bob@example.org', replyCode: 550, remoteIp: '2001:db8::1' },
  ],
  [
    'Sendmail: relay=mx. [IPv6:…], stat=User unknown',
    'Dec  5 01:02:03 mail sm-mta[4321]: 5B51234AbC012345: to=<bob@example.org>, ctladdr=<alice@example.com> (1000/1000), delay=00:00:01, xdelay=00:00:01, mailer=esmtp, pri=120443, relay=mx.example.org. [IPv6:2001:db8::1], dsn=5.1.1, stat=User unknown',
    { ...USER_UNKNOWN, recipient: 'bob@example.org', remoteIp: '2001:db8::1' },
  ],
  [
    'Sendmail DSN: Remote-MTA as an IPv6 address literal',
    lines(
      'From: Mail Delivery Subsystem <MAILER-DAEMON@mail.example.com>',
      'To: <alice@example.com>',
      'Subject: Returned mail: see transcript for details',
      'Date: Sat, 5 Dec 2026 01:02:09 GMT',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="5B51234AbC012345.1764896529/mail.example.com"',
      '',
      '--5B51234AbC012345.1764896529/mail.example.com',
      '',
      'The original message was received at Sat, 5 Dec 2026 01:02:03 GMT',
      'from localhost [IPv6:::1]',
      '',
      '   ----- The following addresses had permanent fatal errors -----',
      '<dave@example.org>',
      '    (reason: 550 5.2.1 Mailbox disabled for this recipient)',
      '',
      '   ----- Transcript of session follows -----',
      '... while talking to [IPv6:2001:db8::1]:',
      '>>> RCPT To:<dave@example.org>',
      '<<< 550 5.2.1 Mailbox disabled for this recipient',
      '550 5.2.1 <dave@example.org>... Mailbox disabled for this recipient',
      '',
      '--5B51234AbC012345.1764896529/mail.example.com',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mail.example.com',
      'Received-From-MTA: DNS; localhost',
      'Arrival-Date: Sat, 5 Dec 2026 01:02:03 GMT',
      '',
      'Final-Recipient: RFC822; dave@example.org',
      'Action: failed',
      'Status: 5.2.1',
      'Remote-MTA: DNS; [IPv6:2001:db8::1]',
      'Diagnostic-Code: SMTP; 550 5.2.1 Mailbox disabled for this recipient',
      'Last-Attempt-Date: Sat, 5 Dec 2026 01:02:09 GMT',
      '',
      '--5B51234AbC012345.1764896529/mail.example.com--',
      '',
    ),
    {
      cause: ['mailbox-disabled', 'mailbox-inactive'],
      reason: 'suspend',
      side: 'recipient',
      recipient: 'dave@example.org',
      replyCode: 550,
      status: '5.2.1',
      remoteIp: '2001:db8::1',
    },
  ],
  // --- Exchange X500 / IMCEAEX recipients
  [
    'Exchange on-premises NDR to a stale IMCEAEX Auto-Complete entry',
    exchangeNdr('John Smith', IMCEAEX, '550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found'),
    {
      ...MS_NOT_FOUND,
      ...FINAL,
      recipient: [IMCEAEX, IMCEAEX.toLowerCase()],
      replyCode: 550,
      status: '5.1.1',
    },
  ],
  [
    'Exchange Online NDR to an IMCEAEX address (ExchangeLabs legacyExchangeDN)',
    textEmail('Microsoft Outlook <postmaster@example.onmicrosoft.com>', 'Undeliverable: Project plan', [
      "Your message to John Smith couldn't be delivered.",
      '',
      "John Smith wasn't found at example.com.",
      '',
      'alice\tOffice 365\tJohn Smith',
      'Action Required\t\tRecipient',
      '',
      'Unknown To address',
      '',
      'How to Fix It',
      'The address may be misspelled or may not exist. Try one or more of the following: If you used the Outlook Auto-Complete list, remove the entry and type the address again.',
      '',
      'Diagnostic information for administrators:',
      '',
      'Generating server: DM6PR04MB1234.namprd04.prod.outlook.com',
      '',
      IMCEAEX_EXO,
      "Remote Server returned '550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found'",
      '',
      'Original message headers:',
      '',
      'Received: from DM6PR04MB1234.namprd04.prod.outlook.com (2603:10b6:5:1a2::15) by',
      ' DM6PR04MB1234.namprd04.prod.outlook.com with HTTPS; Sat, 5 Dec 2026 01:02:03 +0000',
    ]),
    {
      ...MS_NOT_FOUND,
      ...FINAL,
      recipient: [IMCEAEX_EXO, IMCEAEX_EXO.toLowerCase()],
      replyCode: 550,
      status: '5.1.1',
      provider: MS,
    },
  ],
  [
    'Exchange DSN part: Final-Recipient an IMCEAEX address',
    lines(
      'From: postmaster@example.com',
      'To: alice@example.com',
      'Subject: Undeliverable: Budget',
      'Date: Sat, 5 Dec 2026 01:02:09 +0000',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="_000_ndr_"',
      '',
      '--_000_ndr_',
      'Content-Type: text/plain; charset="us-ascii"',
      '',
      'Delivery has failed to these recipients or groups:',
      '',
      'Jane Doe',
      "The e-mail address you entered couldn't be found.",
      '',
      '--_000_ndr_',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns;EX01.corp.example.com',
      'Received-From-MTA: dns;EX02.corp.example.com',
      'Arrival-Date: Sat, 5 Dec 2026 01:02:03 +0000',
      '',
      'Original-Recipient: rfc822;IMCEAEX-_O=EXAMPLE_OU=FIRST+20ADMINISTRATIVE+20GROUP_CN=RECIPIENTS_CN=JDOE@example.com',
      'Final-Recipient: rfc822;IMCEAEX-_O=EXAMPLE_OU=FIRST+20ADMINISTRATIVE+20GROUP_CN=RECIPIENTS_CN=JDOE@example.com',
      'Action: failed',
      'Status: 5.1.1',
      'X-Display-Name: Jane Doe',
      '',
      '--_000_ndr_--',
      '',
    ),
    {
      ...MS_NOT_FOUND,
      ...FINAL,
      recipient: [
        'IMCEAEX-_O=EXAMPLE_OU=FIRST+20ADMINISTRATIVE+20GROUP_CN=RECIPIENTS_CN=JDOE@example.com',
        'imceaex-_o=example_ou=first+20administrative+20group_cn=recipients_cn=jdoe@example.com',
      ],
      status: '5.1.1',
    },
  ],
  // --- Internationalised addresses
  [
    'Postfix: SMTPUTF8 is required, but was not offered by host',
    postfixLog(
      'jürgen@example.org',
      'mx.example.org[192.0.2.10]:25',
      '5.6.7',
      'bounced',
      'SMTPUTF8 is required, but was not offered by host mx.example.org[192.0.2.10]',
    ),
    { ...UTF8, ...FINAL, recipient: 'jürgen@example.org', status: '5.6.7', remoteIp: '192.0.2.10' },
  ],
  [
    'Postfix bounce: 553 5.6.7 non-ASCII addresses not permitted for that recipient',
    postfixDsn({
      to: 'jürgen@example.org',
      finalType: 'utf-8',
      orcpt: 'utf-8; jürgen@example.org',
      human:
        '<jürgen@example.org>: host mx.example.org[192.0.2.10] said: 553 5.6.7\n    Non-ASCII addresses are not permitted for that recipient (in reply to RCPT\n    TO command)',
      status: '5.6.7',
      remoteMta: 'mx.example.org',
      diag: 'smtp; 553 5.6.7 Non-ASCII addresses are not permitted for that recipient',
    }),
    { ...UTF8, ...FINAL, recipient: 'jürgen@example.org', replyCode: 553, status: '5.6.7' },
  ],
  [
    'Exchange Online 5.6.7 SMTPSEND.Utf8RecipientAddress',
    "Remote Server returned '550 5.6.7 SMTPSEND.Utf8RecipientAddress; UTF-8 recipient address not supported.'",
    { ...UTF8, ...FINAL, replyCode: 550, status: '5.6.7' },
  ],
  [
    'RFC 6531 550 5.6.9 UTF-8 header message cannot be transferred',
    '550 5.6.9 UTF-8 header message cannot be transferred to one or more recipients so the message must be rejected',
    { ...UTF8, ...FINAL, replyCode: 550, status: '5.6.9' },
  ],
  [
    'Gmail 555 5.5.2 Syntax error for a UTF-8 MAIL FROM',
    '555 5.5.2 Syntax error, cannot decode response. For more information, go to https://support.google.com/a/answer/3221692 and review RFC 5321 specifications. d9443c01a7336-21f1e2d3c4bsm1234567wmq.5 - gsmtp',
    { cause: 'syntax-error', reason: 'syntaxerror', side: 'sender', replyCode: 555, status: '5.5.2' },
  ],
  [
    'Postfix: IDN punycode domain not found',
    `${pfx} to=<bob@xn--mller-kva.example.org>, relay=none, delay=0.12, delays=0.02/0.01/0.09/0, dsn=5.4.4, status=bounced (Host or domain name not found. Name service error for name=xn--mller-kva.example.org type=AAAA: Host not found)`,
    {
      cause: ['domain-not-found', 'recipient-domain-typo'],
      reason: 'hostunknown',
      ...FINAL,
      recipient: 'bob@xn--mller-kva.example.org',
    },
  ],
  [
    'Gmail web notice: Address not found for a Unicode domain',
    textEmail(
      'Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
      'Delivery Status Notification (Failure)',
      [
        '** Address not found **',
        '',
        "Your message wasn't delivered to bob@müller.example.org because the domain müller.example.org couldn't be found. Check for typos or unnecessary spaces and try again.",
        '',
        'Learn more here: https://support.google.com/mail/?p=BadRcptDomain',
      ],
    ),
    {
      cause: ['domain-not-found', 'recipient-domain-typo'],
      reason: 'hostunknown',
      recipient: ['bob@müller.example.org', 'bob@xn--mller-kva.example.org'],
    },
  ],
  [
    'Unicode local part refused at RCPT: 550 5.1.1 user unknown',
    postfixLog(
      'zoë.martin@example.org',
      'mx.example.org[192.0.2.10]:25',
      '5.1.1',
      'bounced',
      'host mx.example.org[192.0.2.10] said: 550 5.1.1 <zoë.martin@example.org>: Recipient address rejected: User unknown in local recipient table (in reply to RCPT TO command)',
    ),
    {
      ...USER_UNKNOWN,
      ...FINAL,
      recipient: 'zoë.martin@example.org',
      replyCode: 550,
      remoteIp: '192.0.2.10',
    },
  ],
  // --- Unusual local parts and return paths
  [
    'Quoted local part with a space, user unknown',
    postfixLog(
      '"john smith"@example.org',
      'mx.example.org[192.0.2.10]:25',
      '5.1.1',
      'bounced',
      'host mx.example.org[192.0.2.10] said: 550 5.1.1 <"john smith"@example.org>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)',
    ),
    {
      ...USER_UNKNOWN,
      ...FINAL,
      recipient: '"john smith"@example.org',
      replyCode: 550,
      remoteIp: '192.0.2.10',
    },
  ],
  [
    'Plus-addressed recipient unknown (a receiver without sub-addressing)',
    '550 5.1.1 <bob+newsletter@example.org>: Recipient address rejected: User unknown in local recipient table',
    { ...USER_UNKNOWN, ...FINAL, recipient: 'bob+newsletter@example.org', replyCode: 550, status: '5.1.1' },
  ],
  [
    'Exchange Online 5.1.10 for a plus-addressed recipient',
    "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient bob+invoices@example.org not found by SMTP address lookup'",
    { ...MS_NOT_FOUND, ...FINAL, recipient: 'bob+invoices@example.org', replyCode: 550, status: '5.1.10' },
  ],
  [
    'Bounce returned to an SRS forwarding address: the failed recipient is the final one',
    postfixDsn({
      envelopeTo: 'SRS0=hx7Q=ZA=example.com=alice@fwd.example.net',
      to: 'bob@example.org',
      human:
        '<bob@example.org>: host mx.example.org[192.0.2.10] said: 550 5.1.1\n    <bob@example.org>: Recipient address rejected: User unknown (in reply to\n    RCPT TO command)',
      status: '5.1.1',
      remoteMta: 'mx.example.org',
      diag: 'smtp; 550 5.1.1 <bob@example.org>: Recipient address rejected: User\n    unknown',
    }),
    { ...USER_UNKNOWN, ...FINAL, recipient: 'bob@example.org', replyCode: 550, status: '5.1.1' },
  ],
  [
    'SRS address itself refused: stale SRS timestamp',
    '550 5.1.1 <SRS0=hx7Q=ZA=example.com=alice@fwd.example.net>: Recipient address rejected: Invalid SRS address (timestamp expired)',
    {
      ...BAD_ADDRESS,
      ...FINAL,
      recipient: [
        'SRS0=hx7Q=ZA=example.com=alice@fwd.example.net',
        'srs0=hx7q=za=example.com=alice@fwd.example.net',
      ],
      replyCode: 550,
      status: '5.1.1',
    },
  ],
  [
    'Postfix log: BATV prvs= sender, the failed recipient is named',
    'Dec  5 01:02:02 mail postfix/qmgr[1102]: 4F2A81C0123: from=<prvs=0123a4b5c6=alice@example.com>, size=4123, nrcpt=1 (queue active)\n' +
      'Dec  5 01:02:03 mail postfix/smtp[21873]: 4F2A81C0123: to=<carol@example.org>, orig_to=<carol@example.org>, relay=mx.example.org[192.0.2.10]:25, delay=0.8, delays=0.1/0/0.3/0.4, dsn=5.2.2, status=bounced (host mx.example.org[192.0.2.10] said: 552 5.2.2 <carol@example.org>: Recipient address rejected: Mailbox full (in reply to RCPT TO command))',
    {
      cause: 'mailbox-full',
      reason: 'mailboxfull',
      side: 'recipient',
      recipient: 'carol@example.org',
      replyCode: 552,
      remoteIp: '192.0.2.10',
    },
  ],
  [
    'BATV prvs= sender refused: sender domain not found',
    '553 5.1.8 <prvs=0123a4b5c6=alice@example.com>: Sender address rejected: Domain not found',
    {
      cause: ['sender-domain-invalid', 'sender-rejected'],
      reason: 'rejected',
      side: 'sender',
      recipient: null,
      replyCode: 553,
      status: '5.1.8',
    },
  ],
  [
    'qmail bounce sent to a VERP return path',
    textEmail(
      'MAILER-DAEMON@mx.example.org',
      'failure notice',
      [
        'Hi. This is the qmail-send program at mx.example.org.',
        "I'm afraid I wasn't able to deliver your message to the following addresses.",
        "This is a permanent error; I've given up. Sorry it didn't work out.",
        '',
        '<erin@example.org>:',
        'Sorry, no mailbox here by that name. (#5.1.1)',
        '',
        '--- Below this line is a copy of the message.',
        '',
        'Return-Path: <list-return-4711-erin=example.org@lists.example.com>',
      ],
      'list-return-4711-erin=example.org@lists.example.com',
    ),
    { ...USER_UNKNOWN, ...FINAL, recipient: 'erin@example.org', status: '5.1.1' },
  ],
  [
    'Postfix log: VERP sender, deferred by greylisting',
    'Dec  5 01:02:03 lists postfix/smtp[9911]: 7C1D2E3F4A: to=<frank@example.org>, relay=mx.example.org[192.0.2.10]:25, delay=2.1, delays=0.1/0/1.2/0.8, dsn=4.7.1, status=deferred (host mx.example.org[192.0.2.10] said: 450 4.7.1 <frank@example.org>: Recipient address rejected: Greylisted, see https://postgrey.schweikert.ch/help/example.org.html (in reply to RCPT TO command))',
    {
      cause: 'greylisted',
      reason: ['blocked', 'onhold'],
      ...TEMPORARY,
      recipient: 'frank@example.org',
      replyCode: 450,
      remoteIp: '192.0.2.10',
    },
  ],
  [
    'Percent-hack recipient: relay access denied',
    '554 5.7.1 <bob%example.org@relay.example.net>: Relay access denied',
    { ...RELAY, ...FINAL, recipient: 'bob%example.org@relay.example.net', replyCode: 554, status: '5.7.1' },
  ],
  [
    'Source-routed recipient refused',
    '550 5.7.1 <@relay.example.net:bob@example.org>: Relay access denied',
    {
      ...RELAY,
      recipient: ['bob@example.org', '@relay.example.net:bob@example.org'],
      replyCode: 550,
      status: '5.7.1',
    },
  ],
  [
    'Address literal recipient: relay access denied (log line)',
    postfixLog(
      'postmaster@[192.0.2.10]',
      '192.0.2.10[192.0.2.10]:25',
      '5.7.1',
      'bounced',
      'host 192.0.2.10[192.0.2.10] said: 554 5.7.1 <postmaster@[192.0.2.10]>: Relay access denied (in reply to RCPT TO command)',
    ),
    { ...RELAY, ...FINAL, recipient: 'postmaster@[192.0.2.10]', replyCode: 554, remoteIp: '192.0.2.10' },
  ],
  [
    'IPv6 address-literal recipient refused as unknown',
    '550 5.1.1 <postmaster@[IPv6:2001:db8::1]>: Recipient address rejected: User unknown in local recipient table',
    {
      ...USER_UNKNOWN,
      ...FINAL,
      recipient: ['postmaster@[IPv6:2001:db8::1]', 'postmaster@[ipv6:2001:db8::1]'],
      replyCode: 550,
      status: '5.1.1',
    },
  ],
  // --- Addresses wrapped, quoted, upper-cased, with a trailing dot
  [
    'Exchange Online NDR copied as text: address<mailto:address>',
    textEmail('Microsoft Outlook <postmaster@example.onmicrosoft.com>', 'Undeliverable: Invoice', [
      "Your message to bob@example.org<mailto:bob@example.org> couldn't be delivered.",
      "bob wasn't found at example.org.",
      '',
      'Diagnostic information for administrators:',
      '',
      'Generating server: DM6PR04MB1234.namprd04.prod.outlook.com',
      '',
      'bob@example.org<mailto:bob@example.org>',
      "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'",
    ]),
    { ...MS_NOT_FOUND, ...FINAL, recipient: 'bob@example.org', replyCode: 550, status: '5.1.10' },
  ],
  [
    "Outlook's classic NDR: 'address' on date, quoted in single quotes",
    lines(
      'Your message did not reach some or all of the intended recipients.',
      '',
      '      Subject:\tQ4 figures',
      '      Sent:\t12/5/2026 1:02 AM',
      '',
      'The following recipient(s) cannot be reached:',
      '',
      "      'bob@example.org' on 12/5/2026 1:02 AM",
      '            550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown',
    ),
    { ...USER_UNKNOWN, ...FINAL, recipient: 'bob@example.org', replyCode: 550, status: '5.1.1' },
  ],
  [
    'Upper-case domain and mixed-case local part',
    '550 5.1.1 <Bob.Smith@EXAMPLE.ORG>: Recipient address rejected: User unknown in virtual mailbox table',
    {
      ...USER_UNKNOWN,
      ...FINAL,
      recipient: ['Bob.Smith@EXAMPLE.ORG', 'Bob.Smith@example.org', 'bob.smith@example.org'],
      replyCode: 550,
    },
  ],
  [
    'Trailing-dot domain in the recipient',
    postfixLog(
      'bob@example.org.',
      'mx.example.org[192.0.2.10]:25',
      '5.1.1',
      'bounced',
      'host mx.example.org[192.0.2.10] said: 550 5.1.1 <bob@example.org.>: Recipient address rejected: User unknown in local recipient table (in reply to RCPT TO command)',
    ),
    {
      // The trailing dot is the sender's typo as much as the address is unknown: either reading is right.
      cause: ['user-unknown', 'recipient-domain-typo'],
      reason: 'userunknown',
      ...FINAL,
      recipient: ['bob@example.org.', 'bob@example.org'],
      replyCode: 550,
      remoteIp: '192.0.2.10',
    },
  ],
  [
    'Gmail 553-5.1.3 not a valid RFC-5321 address (double dot)',
    lines(
      '553-5.1.3 The recipient address <bob..smith@example.org> is not a valid RFC-5321',
      '553 5.1.3 address. For more information, go to https://support.google.com/a/answer/3221692 e5si1234567ejb.14 - gsmtp',
    ),
    { ...BAD_ADDRESS, ...FINAL, recipient: 'bob..smith@example.org', replyCode: 553, status: '5.1.3' },
  ],
  [
    'Gmail 553-5.1.7 sender address is not a valid RFC-5321 address (address literal)',
    lines(
      '553-5.1.7 The sender address <alice@[203.0.113.7]> is not a valid RFC-5321',
      '553 5.1.7 address. For more information, go to https://support.google.com/a/answer/3221692 f6si2345678ejc.15 - gsmtp',
    ),
    {
      cause: ['sender-rejected', 'sender-domain-invalid'],
      reason: ['rejected', 'syntaxerror'],
      side: 'sender',
      recipient: null,
      replyCode: 553,
      status: '5.1.7',
    },
  ],
  [
    'DSN Final-Recipient with a display name and quotes',
    postfixDsn({
      to: '"Smith, Bob" <bob@example.org>',
      human:
        '<bob@example.org>: host mx.example.org[192.0.2.10] said: 550 5.1.1 User\n    unknown (in reply to RCPT TO command)',
      status: '5.1.1',
      remoteMta: 'mx.example.org',
      diag: 'smtp; 550 5.1.1 User unknown',
    }),
    {
      ...USER_UNKNOWN,
      ...FINAL,
      recipient: 'bob@example.org',
      replyCode: 550,
      status: '5.1.1',
      confidence: 'high',
    },
  ],
  [
    'DSN: Original-Recipient in xtext (bob+2Bnews), Final-Recipient plain',
    postfixDsn({
      to: 'bob+news@example.org',
      orcpt: 'rfc822;bob+2Bnews@example.org',
      human:
        '<bob+news@example.org>: host mx.example.org[192.0.2.10] said: 552 5.2.2\n    Mailbox full (in reply to RCPT TO command)',
      status: '5.2.2',
      remoteMta: 'mx.example.org',
      diag: 'smtp; 552 5.2.2 Mailbox full',
    }),
    {
      cause: 'mailbox-full',
      reason: 'mailboxfull',
      side: 'recipient',
      recipient: 'bob+news@example.org',
      replyCode: 552,
      status: '5.2.2',
    },
  ],
  [
    'DSN: upper-case RFC822 type and address',
    postfixDsn({
      to: 'GINA@EXAMPLE.NET',
      finalType: 'RFC822',
      human:
        '<GINA@EXAMPLE.NET>: host mx.example.net[198.51.100.20] said: 550 5.1.1\n    <GINA@EXAMPLE.NET>: Recipient address rejected: User unknown (in reply to\n    RCPT TO command)',
      status: '5.1.1',
      remoteMta: 'mx.example.net',
      diag: 'smtp; 550 5.1.1 <GINA@EXAMPLE.NET>: Recipient address rejected: User unknown',
    }),
    {
      ...USER_UNKNOWN,
      ...FINAL,
      recipient: ['GINA@EXAMPLE.NET', 'gina@example.net'],
      replyCode: 550,
      status: '5.1.1',
    },
  ],
];

export const SECOND_BATCH_66: RealWorldCase[] = [
  [
    'R66b Exim ** Gmail IPv6 sending guidelines after pipelined end of data',
    lines(
      '2026-12-05 01:02:03 1vAbCd-000123-Ab ** bob@gmail.com R=dnslookup T=remote_smtp H=gmail-smtp-in.l.google.com [2001:db8:f00d::1b] X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes: SMTP error from remote mail server after pipelined end of data: 550-5.7.1 [2001:db8:1::25] Our system has detected that this message does not\\n550-5.7.1 meet IPv6 sending guidelines regarding PTR records and\\n550-5.7.1 authentication. Please review\\n550-5.7.1  https://support.google.com/mail/?p=IPv6AuthError for more information\\n550 5.7.1 . m4si1234567ejb.77 - gsmtp',
    ),
    {
      ...IPV6_RULES,
      ...FINAL,
      recipient: 'bob@gmail.com',
      replyCode: 550,
      remoteIp: '2001:db8:f00d::1b',
      sendingIp: '2001:db8:1::25',
    },
  ],
  [
    'R66b Postfix: connect to mx[IPv6]:25: No route to host',
    `${pfx} to=<bob@example.org>, relay=none, delay=3.1, delays=0.02/0.01/3.1/0, dsn=4.4.1, status=deferred (connect to mx.example.org[2001:db8::1]:25: No route to host)`,
    { ...NO_ROUTE, recipient: 'bob@example.org', remoteIp: '2001:db8::1' },
  ],
  [
    'R66b Exim == defer (101) H=mx [IPv6]: Network is unreachable',
    '2026-12-05 01:02:03 1vAbCd-000123-Ab == bob@example.org R=dnslookup T=remote_smtp defer (101) H=mx.example.org [2001:db8::1]: Network is unreachable',
    { ...NO_ROUTE, recipient: 'bob@example.org', remoteIp: '2001:db8::1' },
  ],
  [
    'R66b Barracuda Reputation blocks an IPv6 client',
    '554 Service unavailable; Client host [2001:db8:abcd:12::25] blocked using Barracuda Reputation; http://www.barracudanetworks.com/reputation/?r=1&ip=2001:db8:abcd:12::25',
    { ...IP_BLOCK, replyCode: 554, sendingIp: '2001:db8:abcd:12::25' },
  ],
  [
    'R66b a /64 listed at zen.spamhaus.org (no single address stated)',
    '550 5.7.1 Rejected: 2001:db8:abcd:12::/64 listed at zen.spamhaus.org (127.0.0.3); see https://check.spamhaus.org/',
    { ...IPV6_LISTED, ...FINAL, replyCode: 550, status: '5.7.1' },
  ],
  [
    'R66b Exim receiver: IPv4-mapped client in a black list',
    '2026-12-05 01:02:03 H=(mail.example.com) [::ffff:198.51.100.9] F=<alice@example.com> rejected RCPT <bob@example.org>: rejected because ::ffff:198.51.100.9 is in a black list at zen.spamhaus.org',
    {
      ...IP_BLOCK,
      recipient: 'bob@example.org',
      sendingIp: ['198.51.100.9', '::ffff:198.51.100.9'],
    },
  ],
  [
    'R66b Exchange 2007 NDR: IMCEAEX with #< #5.1.1 smtp;550 … #SMTP#',
    textEmail('System Administrator <postmaster@corp.example.com>', 'Undeliverable: Meeting notes', [
      'Your message did not reach some or all of the intended recipients.',
      '',
      '      Subject:\tMeeting notes',
      '      Sent:\t12/5/2026 1:02 AM',
      '',
      'The following recipient(s) cannot be reached:',
      '',
      '      John Smith on 12/5/2026 1:02 AM',
      "            The e-mail address you entered couldn't be found. Please check the recipient's e-mail address and try to resend the message.",
      `            <EX01.corp.example.com #5.1.1 smtp;550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found>`,
      '',
      `IMCEAEX-_O=CORP_OU=EXCHANGE+20ADMINISTRATIVE+20GROUP+20+28FYDIBOHF23SPDLT+29_CN=RECIPIENTS_CN=JSMITH4F2@corp.example.com`,
    ]),
    {
      ...MS_NOT_FOUND,
      ...FINAL,
      recipient: [
        'IMCEAEX-_O=CORP_OU=EXCHANGE+20ADMINISTRATIVE+20GROUP+20+28FYDIBOHF23SPDLT+29_CN=RECIPIENTS_CN=JSMITH4F2@corp.example.com',
        'imceaex-_o=corp_ou=exchange+20administrative+20group+20+28fydibohf23spdlt+29_cn=recipients_cn=jsmith4f2@corp.example.com',
      ],
      status: '5.1.1',
    },
  ],
  [
    'R66b 553 5.6.7 SMTPUTF8 is required but not supported',
    '553 5.6.7 SMTPUTF8 is required but not supported',
    { ...UTF8, ...FINAL, replyCode: 553, status: '5.6.7' },
  ],
  [
    'R66b Exchange 5.6.7 SMTPSEND.Utf8SenderAddress',
    "Remote Server returned '550 5.6.7 SMTPSEND.Utf8SenderAddress; UTF-8 sender address not supported.'",
    { ...UTF8, ...FINAL, replyCode: 550, status: '5.6.7' },
  ],
  [
    'R66b Postfix receiver: 501 5.1.3 Bad recipient address syntax',
    'Dec  5 01:02:03 mx1 postfix/smtpd[3321]: NOQUEUE: reject: RCPT from mail.example.com[192.0.2.1]: 501 5.1.3 Bad recipient address syntax; from=<alice@example.com> to=<bob smith@example.org> proto=ESMTP helo=<mail.example.com>',
    { ...BAD_ADDRESS, ...FINAL, replyCode: 501, status: '5.1.3', sendingIp: '192.0.2.1' },
  ],
  [
    'R66b Sendmail: percent-hack recipient, Relaying denied',
    '550 5.7.1 <bob%example.org@mx.example.net>... Relaying denied',
    { ...RELAY, ...FINAL, recipient: 'bob%example.org@mx.example.net', replyCode: 550, status: '5.7.1' },
  ],
  [
    'R66b Domino: not delivered to "Name" <address>, not listed in Domino Directory',
    lines(
      'Your message',
      '',
      '  Subject: Budget',
      '',
      'was not delivered to:',
      '',
      '  "Carol Example" <carol@example.org>',
      '',
      'because:',
      '',
      '  User carol (carol@example.org) not listed in Domino Directory',
    ),
    { ...USER_UNKNOWN, recipient: 'carol@example.org' },
  ],
  [
    'R66b Gmail notice: plus-addressed, upper-case address not found',
    textEmail(
      'Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
      'Delivery Status Notification (Failure)',
      [
        '** Address not found **',
        '',
        "Your message wasn't delivered to Bob.Smith+Invoices@EXAMPLE.COM because the address couldn't be found, or is unable to receive mail.",
        '',
        'Learn more here: https://support.google.com/mail/?p=NoSuchUser',
        '',
        'The response was:',
        '',
        "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser a1si1234567ejb.5 - gsmtp",
      ],
    ),
    {
      ...USER_UNKNOWN,
      ...FINAL,
      recipient: ['Bob.Smith+Invoices@EXAMPLE.COM', 'bob.smith+invoices@example.com'],
      replyCode: 550,
      status: '5.1.1',
    },
  ],
  [
    'R66b Sendmail: relay [IPv6:::ffff:ipv4], Deferred: Connection refused',
    'Dec  5 01:02:03 mail sm-mta[4321]: 5B51234AbC012345: to=<bob@example.org>, delay=00:00:03, xdelay=00:00:03, mailer=esmtp, pri=120443, relay=mx.example.org. [IPv6:::ffff:192.0.2.10], dsn=4.0.0, stat=Deferred: Connection refused by mx.example.org.',
    {
      cause: ['connection-refused', 'recipient-server-unreachable'],
      reason: ['blocked', 'expired', 'networkerror'],
      ...TEMPORARY,
      recipient: 'bob@example.org',
      remoteIp: ['192.0.2.10', '::ffff:192.0.2.10'],
    },
  ],
];
