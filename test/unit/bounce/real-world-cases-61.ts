import type { RealWorldCase } from './real-world-cases.js';
import {
  AUTH_REQUIRED,
  IP_BLOCK,
  IP_REPUTATION,
  lines,
  MAILBOX_FULL,
  PORT25,
  PTR,
  postfixNoticeHead,
  RATE,
  RELAY,
  SPAM,
  textEmail,
  USER_UNKNOWN,
} from './real-world-expectations.js';

/*
 * A sixty-first held-out round: the shared mail platforms of web hosting providers and the mail of telecom and
 * cable ISPs, in their own words and reference codes, as their customers and the people mailing them paste
 * them. Hosts: GoDaddy/secureserver.net (IB codes, bizsmtp "Connection refused", x.co/irbounce, its relay and
 * sending caps), Rackspace (emailsrvr.com), IONOS/1&1 (kundenserver.de Nemesis, "Transaction failed Reject due
 * to policy restrictions", German DSNs), Strato (rzone.de), Hetzner (your-server.de), OVH, Namecheap Private
 * Email, Titan, Hostinger, Bluehost/HostGator cPanel Exim ("JunkMail rejected … is in an RBL", "Please turn on
 * SMTP Authentication", "has exceeded the max emails per hour", cPHulk), Plesk's outgoing limit, Zoho. ISPs:
 * Comcast (BL/RL/RD codes), Cox (AUP#CX…), Charter/Spectrum (AUP#In-/Out-), Verizon's legacy 571 and AOL's
 * [#102], AT&T/sbcglobal/bellsouth (Spamhaus, DNSBL:RBL 521), EarthLink, BT, Virgin Media, Sky, Telstra,
 * Optus, Shaw, Bell, Orange (OFR_nnn), SFR, Free, T-Online (tosa), KPN, Ziggo, Telenet, Swisscom, Vodafone,
 * Telia, in English, German, French, Dutch and Swedish. Both directions: inbound refusals, and the provider
 * refusing its own customer's outgoing mail (hourly/daily caps, accounts suspended for spam, a From address
 * not owned, relaying without SMTP AUTH). Bare replies and whole bounce emails (Exim, Postfix, a German DSN).
 * Written from knowledge of these systems' wording, none from the development corpus, measured before any
 * rule was changed:
 *   round 61  83 cases, 62 right as written (75 %). 13 of the 21 misses were case errors of ours, fixed in
 *             the cases: reference codes written with meanings from memory that the providers document
 *             otherwise (GoDaddy IB401 is authentication on an inbound server, IB502 an IP as From address,
 *             IB110 an IP blocked for an hour; Cox CXSNDR is SPF/DKIM, CXTHRT and CXMJ its own customer's
 *             account limited; Spectrum 1310 too many connections, twice; Orange's 104 too many connections):
 *             9; blocklists named by zone instead of id (nixspam, spamcop): 2; Zoho's "Relaying disallowed.
 *             Invalid Domain" taken for an outbound refusal, where it is Zoho's MX not hosting the recipient
 *             domain (as round 16 holds): 1; qmail's "administratively denied", which the rules read as the
 *             receiving side's own block of the sender, a reading an admin accepts: 1. The 8 rule misses:
 *             - cPanel's "Domain x has exceeded the max emails per hour (100/100 (100%)) allowed. Message
 *               discarded." and "… max defers and failures per hour …" pasted alone: no record (2);
 *             - GoDaddy's "Relay access denied … exceeded the daily relay quota" read as relay denied;
 *             - Hostinger's "account is temporarily blocked from sending because of suspicious outgoing
 *               activity" read as the receiver's spam filter;
 *             - Telstra's "Relaying denied. Mail from ip not authenticated. Please use authenticated SMTP" read
 *               as relay denied (either side) rather than the login the sender must add;
 *             - EarthLink's "IP x is blocked by EarthLink" a refused connection, EarthLink unknown;
 *             - Rackspace unnamed when its reply names only "Rackspace RBL" and rackspace.com;
 *             - Verizon's legacy "571 Email from ip is currently blocked by Verizon Online's anti-spam
 *               system": no record (still wrong, below).
 *   fixed     as data: the cPanel caps, a relay quota, sending limits in German, French and Dutch
 *             (reply-phrases.ts, reply-phrases-languages.ts: "Tageslimit für den", "limite d'envoi"); a
 *             hosting customer's account blocked from sending; relaying refused for want of authentication
 *             as auth-required; EarthLink as a provider with its block phrase; Rackspace's markers. In code: a
 *             new MTA own-text form (cPanel's hourly caps, no reply code), whose own words for a message
 *             given up ("Message discarded") make the record final (mta-text.ts mtaOwnText); round 7's
 *             cPanel "Message will be reattempted later" case, knownWrong since round 7, is right now. Fifteen
 *             providers named that were unknown (providers/hosting.ts: Strato, Hetzner, OVHcloud, Namecheap
 *             Private Email, Titan, Hostinger, Bluehost, HostGator; BT, Virgin Media, Sky, Telia, Vodafone,
 *             Bell Canada, EarthLink), with 20 provider checks added to the cases after measuring.
 *             82 of 83 right. Still wrong: Verizon's 571 (a second digit above 5 is no reply code, and
 *             nothing else in the line marks it a bounce).
 *   then      a second batch of 14 (SECOND_BATCH_61: IONOS's German daily cap, Strato's German "Absenderadresse
 *             nicht erlaubt", OVH's French Spamhaus listing, Hetzner's German spam refusal, cPanel's sender
 *             verify, a Bluehost bounce quoting JunkMail/Barracuda, Comcast's outbound account suspension and
 *             BL000000, AT&T's ATTRBL, Spectrum's Out-1500, Telia's Swedish spam refusal, KPN's Dutch
 *             blocklist, Swisscom's French unknown recipient, Virgin Media's disabled mailbox), written after
 *             the fixes and measured before any change: 13 of 14 right as written. Wrong: IONOS's "das
 *             Tageslimit für den E-Mail-Versand Ihres Postfachs ist erreicht" read as a full mailbox
 *             ("Postfach" … "erreicht"). Fixed with the sending-limit words above. 14 of 14.
 */

// The hosting provider refusing its own customer's outgoing mail for volume: an hourly or daily cap.
const SEND_LIMIT = {
  cause: ['rate-limited', 'size-limit-exceeded', 'outbound-filter'],
  reason: ['speeding', 'exceedlimit'],
  side: 'sender',
} as const;
// The provider stopped the customer's account from sending (spam, compromise): the sender must act.
const ACCOUNT_BLOCKED = {
  cause: ['sender-account-blocked', 'outbound-filter'],
  reason: ['rejected', 'spamdetected', 'securityerror', 'suspend'],
  side: 'sender',
} as const;
// Relaying refused to a customer who did not log in: authentication missing, or relay denied.
const NO_AUTH_RELAY = {
  cause: ['relay-not-authorised', 'relay-denied', 'auth-required'],
  reason: ['norelaying', 'securityerror'],
  side: 'sender',
} as const;
const FROM_NOT_OWNED = {
  cause: ['from-not-permitted', 'sender-rejected', 'relay-not-authorised'],
  reason: ['rejected', 'norelaying', 'securityerror'],
  side: 'sender',
} as const;
const POLICY_SPAM = {
  cause: ['spam-filtered', 'policy-violation', 'content-filtered', 'ip-reputation', 'ip-blocklisted'],
  reason: ['spamdetected', 'policyviolation', 'filtered', 'badreputation', 'blocked'],
  side: 'sender',
} as const;
const DISABLED = {
  cause: ['mailbox-disabled', 'mailbox-inactive'],
  reason: 'suspend',
  side: 'recipient',
} as const;
const CONNS = {
  cause: ['too-many-connections', 'rate-limited', 'ip-reputation'],
  reason: ['toomanyconn', 'speeding', 'badreputation', 'blocked'],
  side: 'sender',
  permanent: false,
} as const;
const DOMAIN_BLOCK = {
  cause: ['domain-blocklisted', 'sender-rejected', 'domain-reputation', 'sender-domain-invalid'],
  reason: ['blocked', 'rejected', 'badreputation'],
  side: 'sender',
} as const;

const GODADDY: RealWorldCase[] = [
  [
    'GoDaddy secureserver.net IB111 bizsmtp connection refused, IP blocked',
    '554 p3plibsmtp03-05.prod.phx3.secureserver.net bizsmtp IB111 203.0.113.7 Connection refused. Please visit https://www.godaddy.com/help/godaddy-smtp-error-codes-and-solutions-3358 for more information.',
    {
      ...IP_BLOCK,
      cause: ['ip-blocklisted', 'connection-rejected', 'ip-reputation'],
      reason: ['blocked', 'badreputation'],
      replyCode: 554,
      provider: /godaddy|secureserver/i,
    },
  ],
  [
    'GoDaddy IB212 spam-like content',
    '552 5.2.0 p3plibsmtp02-11.prod.phx3.secureserver.net IB212 Message has been rejected because of spam-like content. Please visit https://www.godaddy.com/help/3358',
    {
      ...SPAM,
      cause: ['spam-filtered', 'content-filtered'],
      reason: ['spamdetected', 'filtered'],
      provider: /godaddy|secureserver/i,
    },
  ],
  [
    'GoDaddy IB110 rate limited for volume',
    '421 4.7.0 p3plibsmtp01-08.prod.phx3.secureserver.net bizsmtp IB110 203.0.113.7 Connection refused. Rate limited due to high volume of email from your IP address.',
    // Case error of ours: GoDaddy documents IB110 as the IP blocked for an hour for spam; a block is right too.
    {
      ...RATE,
      cause: [...RATE.cause, 'ip-blocklisted'],
      permanent: false,
      provider: /godaddy|secureserver/i,
    },
  ],
  [
    'GoDaddy recipient not found x.co/irbounce',
    '550 5.1.1 <bob@example.net> Recipient not found.  <http://x.co/irbounce>',
    { ...USER_UNKNOWN, recipient: 'bob@example.net', replyCode: 550, status: '5.1.1' },
  ],
  [
    'GoDaddy mailbox full IR',
    '552 5.2.2 <bob@example.net> Mailbox full.  <http://x.co/irbounce>',
    { ...MAILBOX_FULL, recipient: 'bob@example.net' },
  ],
  [
    'GoDaddy administratively denied',
    '553 sorry, your mail was administratively denied. (#5.7.1)',
    // Case error of ours: the receiving side's own block of the sender (blocked-by-recipient) is a right reading.
    {
      cause: [...POLICY_SPAM.cause, 'sender-rejected', 'blocked-by-recipient'],
      reason: [...POLICY_SPAM.reason, 'rejected'],
      replyCode: 553,
    },
  ],
  [
    'GoDaddy outbound relay limit (shared hosting relay)',
    '554 5.7.1 <alice@example.com>: Relay access denied. Your hosting account has exceeded the daily relay quota of 250 messages (relay-hosting.secureserver.net)',
    {
      ...SEND_LIMIT,
      cause: [...SEND_LIMIT.cause, 'relay-not-authorised', 'relay-denied'],
      reason: [...SEND_LIMIT.reason, 'norelaying'],
    },
  ],
  [
    'GoDaddy outbound SL codes: sending limit exceeded',
    '550 5.7.1 p3plsmtpout002.prod.phx3.secureserver.net SL104 Sending limit exceeded: you have reached the maximum number of recipients allowed per 24 hours for your plan.',
    { ...SEND_LIMIT, provider: /godaddy|secureserver/i },
  ],
  [
    'GoDaddy whole bounce from secureserver.net with IB104 Spamhaus',
    textEmail(
      'mailer-daemon@p3plsmtpa06-02.prod.phx3.secureserver.net',
      'Mail delivery failed: returning message to sender',
      [
        'This message was created automatically by mail delivery software.',
        '',
        'A message that you sent could not be delivered to one or more of its',
        'recipients. This is a permanent error. The following address(es) failed:',
        '',
        '  carol@example.net',
        '    host mx.example.net [198.51.100.25]',
        '    SMTP error from remote mail server after end of data:',
        '    554 5.7.1 p3plibsmtp01-12 IB104 Your IP 203.0.113.7 is listed on Spamhaus SBL; see https://check.spamhaus.org/',
      ],
    ),
    { ...IP_BLOCK, recipient: 'carol@example.net', permanent: true, confidence: 'high' },
  ],
];

const RACKSPACE: RealWorldCase[] = [
  [
    'Rackspace emailsrvr.com user unknown',
    '550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown in virtual mailbox table (mx1.dfw1.emailsrvr.com)',
    { ...USER_UNKNOWN, recipient: 'bob@example.net' },
  ],
  [
    'Rackspace blocked by its own blocklist',
    '554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using Rackspace RBL; see https://www.rackspace.com/email-hosting/support/rbl',
    { ...IP_BLOCK, provider: /rackspace/i },
  ],
  [
    'Rackspace outbound: not logged in (sender address rejected)',
    '553 5.7.1 <alice@example.com>: Sender address rejected: not logged in (smtp.emailsrvr.com)',
    {
      ...NO_AUTH_RELAY,
      cause: [...NO_AUTH_RELAY.cause, 'from-not-permitted', 'sender-rejected'],
      reason: [...NO_AUTH_RELAY.reason, 'rejected'],
    },
  ],
  [
    'Rackspace outbound: hourly sending limit',
    '451 4.7.1 Your account has sent too many messages in the past hour. Rackspace limits each mailbox to 10000 recipients per day; please try again later.',
    { ...SEND_LIMIT, permanent: false },
  ],
  [
    'Rackspace spam rejected',
    '550 5.7.1 Message rejected as spam by the Rackspace Cloud Office spam filter (mx2.iad1.emailsrvr.com)',
    { ...SPAM, confidence: 'high' },
  ],
];

const IONOS: RealWorldCase[] = [
  [
    'IONOS kundenserver.de Nemesis: IP block listed',
    lines(
      '554-kundenserver.de (mxeue109) Nemesis ESMTP Service not available',
      '554-No SMTP service',
      '554-IP address is block listed.',
      '554 For explanation visit https://www.ionos.com/help/index.php?id=2425&ip=203.0.113.7&c=bl',
    ),
    { ...IP_BLOCK, replyCode: 554, provider: /ionos|1&1|kundenserver/i },
  ],
  [
    'IONOS Nemesis: bad DNS PTR',
    lines(
      '554-kundenserver.de (mxeue010) Nemesis ESMTP Service not available',
      '554-No SMTP service',
      '554-Bad DNS PTR resource record.',
      '554 For explanation visit https://postmaster.1und1.de/en/error-messages?ip=203.0.113.7&c=rdns',
    ),
    PTR,
  ],
  [
    'IONOS Transaction failed Reject due to policy restrictions',
    '550 Transaction failed Reject due to policy restrictions. For explanation visit https://www.ionos.com/help/e-mail/troubleshooting-mailbasicmailpro/error-messages/?c=policy',
    POLICY_SPAM,
  ],
  [
    'IONOS: sender domain without MX or A record',
    '550-Requested action not taken: mailbox unavailable\n550 invalid DNS MX or A/AAAA resource record',
    {
      cause: ['sender-domain-invalid', 'sender-rejected', 'domain-not-found'],
      reason: ['rejected', 'hostunknown'],
      side: 'sender',
    },
  ],
  [
    'IONOS outbound: sender address not owned',
    '550 Requested action not taken: mailbox unavailable. Sender address is not allowed (from alice@example.org, smtp.ionos.de)',
    FROM_NOT_OWNED,
  ],
  [
    'IONOS German DSN: Postfach voll',
    lines(
      'From: Mail Delivery System <MAILER-DAEMON@mout.kundenserver.de>',
      'To: alice@example.com',
      'Subject: Unzustellbar: Rechnung November',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Die Nachricht konnte nicht zugestellt werden.',
      '',
      '<bob@example.net>: Das Postfach des Empfängers ist voll.',
      '  Remote-Server: mx00.ionos.de[198.51.100.40]',
      '  552 5.2.2 Mailbox quota exceeded',
    ),
    { ...MAILBOX_FULL, recipient: 'bob@example.net', confidence: 'high' },
  ],
  [
    'IONOS too many mails per hour',
    '421 Too many mails from 203.0.113.7 in the last hour. Please try again later. (mxeue001, kundenserver.de)',
    { ...RATE, permanent: false },
  ],
];

const HOSTS: RealWorldCase[] = [
  [
    'Strato rzone.de German bounce: Benutzer unbekannt',
    textEmail('MAILER-DAEMON@mo4-p00-ob.smtp.rzone.de', 'Mail delivery failed: returning message to sender', [
      'Diese Nachricht wurde automatisch vom Mailsystem erstellt.',
      '',
      'Eine von Ihnen gesendete Nachricht konnte an einen oder mehrere Empfänger nicht zugestellt werden.',
      'Dies ist ein dauerhafter Fehler. Folgende Adresse(n) schlug(en) fehl:',
      '',
      '  dave@example.org',
      '    550 5.1.1 Benutzer unbekannt / user unknown',
    ]),
    { ...USER_UNKNOWN, recipient: 'dave@example.org', provider: /strato/i },
  ],
  [
    'Strato outbound: too many messages',
    '554 5.7.0 Your message was rejected: you have exceeded the number of messages allowed per day for your STRATO mail package.',
    SEND_LIMIT,
  ],
  [
    'Hetzner your-server.de spam rejected',
    '554 5.7.1 Spam message rejected (www418.your-server.de)',
    { ...SPAM, provider: /hetzner/i },
  ],
  [
    'Hetzner manitu RBL',
    '554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using ix.dnsbl.manitu.net; Your e-mail service was detected by mx.example.net (NiX Spam) as spamming at Thu, 03 Dec 2026 09:14:00 +0100.',
    { ...IP_BLOCK, blocklist: 'nixspam' },
  ],
  [
    'OVH French: boite pleine',
    '552 5.2.2 <bob@example.net>: La boîte aux lettres du destinataire est pleine (quota dépassé) - mx1.mail.ovh.net',
    { ...MAILBOX_FULL, recipient: 'bob@example.net', provider: /ovh/i, confidence: 'high' },
  ],
  [
    'OVH outbound: sending limit for MX Plan',
    "550 5.7.1 Votre compte a dépassé la limite d'envoi autorisée (200 emails par heure). Your account exceeded its sending limit. ssl0.ovh.net",
    { ...SEND_LIMIT, provider: /ovh/i },
  ],
  [
    'Namecheap Private Email: relay access denied',
    '554 5.7.1 <bob@example.net>: Relay access denied (mail.privateemail.com)',
    {
      ...RELAY,
      cause: ['relay-denied', 'relay-not-authorised', 'auth-required'],
      reason: ['norelaying', 'securityerror'],
      provider: /namecheap|privateemail/i,
    },
  ],
  [
    'Namecheap Private Email: sender rate limit',
    '451 4.7.1 <alice@example.com>: Sender rate limit exceeded. Please try again later. (mail.privateemail.com)',
    { ...SEND_LIMIT, permanent: false, provider: /namecheap|privateemail/i },
  ],
  [
    'Titan: daily sending limit',
    '550 5.4.6 Daily sending limit exceeded for alice@example.com. Please try again after 24 hours. (smtp.titan.email)',
    { ...SEND_LIMIT, provider: /titan/i },
  ],
  [
    'Titan: account suspended for spam',
    '554 5.7.1 Your account alice@example.com has been suspended for sending spam. Please contact support. (titan.email)',
    { ...ACCOUNT_BLOCKED, provider: /titan/i },
  ],
  [
    'Hostinger: outbound spam blocked',
    '550 5.7.1 Message rejected: your account is temporarily blocked from sending because of suspicious outgoing activity (smtp.hostinger.com)',
    { ...ACCOUNT_BLOCKED, provider: /hostinger/i },
  ],
];

const CPANEL: RealWorldCase[] = [
  [
    'cPanel Exim JunkMail rejected, in an RBL',
    lines(
      '550-JunkMail rejected - mail.example.com [203.0.113.7]:41235 is in an RBL:',
      '550 Blocked - see https://www.spamcop.net/bl.shtml?203.0.113.7',
    ),
    { ...IP_BLOCK, blocklist: 'spamcop' },
  ],
  [
    'cPanel Exim: turn on SMTP authentication',
    lines(
      '550-Please turn on SMTP Authentication in your mail client.',
      '550-(laptop) [203.0.113.7]:51234 is not permitted to relay through this server',
      '550 without authentication.',
    ),
    NO_AUTH_RELAY,
  ],
  [
    'cPanel: max emails per hour, message discarded',
    'Domain example.com has exceeded the max emails per hour (100/100 (100%)) allowed.  Message discarded.',
    { ...SEND_LIMIT, permanent: true },
  ],
  [
    'cPanel: max defers and failures per hour',
    'Domain example.com has exceeded the max defers and failures per hour (5/5 (100%)) allowed. Message discarded.',
    SEND_LIMIT,
  ],
  [
    'cPanel whole bounce: max emails per hour, reattempted later',
    textEmail(
      'Mail Delivery System <Mailer-Daemon@box1234.bluehost.com>',
      'Mail delivery failed: returning message to sender',
      [
        'This message was created automatically by mail delivery software.',
        '',
        'A message that you sent has not yet been delivered to one or more of its',
        'recipients after more than 24 hours on the queue on box1234.bluehost.com.',
        '',
        'The message identifier is:     1tAbCd-0007Xy-2Q',
        '',
        'The address to which the message has not yet been delivered is:',
        '',
        '  erin@example.net',
        '    Domain example.com has exceeded the max emails per hour (150/150 (100%)) allowed.  Message will be reattempted later',
        '',
        'No action is required on your part. Delivery attempts will continue for',
        'some time, and this warning may be repeated at intervals if the message',
        'remains undelivered. Eventually the mail delivery software will give up,',
        'and when that happens, the message will be returned to you.',
      ],
    ),
    { ...SEND_LIMIT, recipient: 'erin@example.net', permanent: false, provider: /bluehost/i },
  ],
  [
    'HostGator: No Such User Here',
    '550 No Such User Here',
    { ...USER_UNKNOWN, replyCode: 550, confidence: ['high', 'medium'] },
  ],
  [
    'cPanel: Your IP has been blocked (cPHulk / firewall)',
    '550 Your IP 203.0.113.7 has been blocked by this server (gator4321.hostgator.com) due to too many failed login attempts',
    {
      cause: ['ip-blocklisted', 'connection-rejected', 'auth-failed'],
      reason: ['blocked', 'securityerror', 'authfailure'],
      side: 'sender',
      provider: /hostgator/i,
    },
  ],
  [
    'cPanel: classified as spam by SpamAssassin',
    '550 This message was classified as SPAM and may not be delivered',
    SPAM,
  ],
  [
    'Plesk: outgoing mail limit exceeded',
    '550 5.7.0 Your message could not be sent. The limit on the number of allowed outgoing messages was exceeded. Try again later.',
    SEND_LIMIT,
  ],
  [
    'Plesk: sender address not owned by user',
    '553 5.7.1 <alice@example.org>: Sender address rejected: not owned by user alice@example.com',
    FROM_NOT_OWNED,
  ],
  ['Zoho: outgoing blocked', '554 5.1.8 Email Outgoing Blocked.', ACCOUNT_BLOCKED],
  [
    'Zoho: unusual sending activity',
    '550 5.4.6 Unusual sending activity detected. Please try after sometime.',
    {
      ...ACCOUNT_BLOCKED,
      cause: [...ACCOUNT_BLOCKED.cause, 'rate-limited'],
      reason: [...ACCOUNT_BLOCKED.reason, 'speeding'],
    },
  ],
  [
    // Case error of ours: Zoho's MX says this of a recipient domain it does not host (not set up or verified at
    // Zoho), as round 16 holds; it is no refusal of Zoho's own customer's outgoing mail.
    'Zoho: relaying disallowed, invalid domain',
    '553 Relaying disallowed. Invalid Domain - example.org',
    {
      cause: ['relay-denied', 'domain-not-found', 'not-accepting-mail'],
      reason: ['norelaying', 'hostunknown', 'notaccept'],
    },
  ],
  [
    'SMTP AUTH required on submission port 587',
    '530 5.7.0 Authentication required (smtp.secureserver.net:587)',
    AUTH_REQUIRED,
  ],
];

const ISP_US: RealWorldCase[] = [
  [
    'Comcast BL000001 found on DNSBLs',
    '554 resimta-po-24v.sys.comcast.net resimta-po-24v.sys.comcast.net 203.0.113.7 found on one or more DNSBLs, see http://postmaster.comcast.net/smtp-error-codes.php#BL000001',
    { ...IP_BLOCK, replyCode: 554, provider: /comcast/i },
  ],
  [
    'Comcast RL000001 too many sessions',
    '421 resimta-ch2-05v.sys.comcast.net resimta-ch2-05v.sys.comcast.net 203.0.113.7 Too many sessions opened from 203.0.113.7, see http://postmaster.comcast.net/smtp-error-codes.php#RL000001',
    { ...CONNS, provider: /comcast/i },
  ],
  [
    'Comcast Not our Customer',
    '550 5.1.1 <bob@comcast.net> Not our Customer',
    { ...USER_UNKNOWN, recipient: 'bob@comcast.net' },
  ],
  [
    'Comcast RD reverse DNS',
    '554 resimta-h1p-028594.sys.comcast.net 203.0.113.7 rDNS is missing, see http://postmaster.comcast.net/smtp-error-codes.php#RD000001',
    { ...PTR, provider: /comcast/i },
  ],
  [
    'Comcast outbound: port 25 connection refused from customer',
    'Connection refused: connect to smtp.comcast.net[96.118.30.1]:25 from residential customer; use port 587 with authentication',
    {
      ...PORT25,
      cause: [...PORT25.cause, 'connection-refused', 'auth-required'],
      reason: ['blocked', 'securityerror'],
    },
  ],
  [
    'Cox CXBL',
    '554 5.7.1 cxr.mx.a.cox.net cxr 203.0.113.7 rejected. IP blocked. Please see https://www.cox.com/residential/support/email-error-codes.html AUP#CXBL',
    { ...IP_BLOCK, provider: /cox/i },
  ],
  [
    'Cox CXSNDR',
    '550 5.1.0 cxr.mx.a.cox.net <alice@example.com> sender rejected. Please see https://www.cox.com/residential/support/email-error-codes.html AUP#CXSNDR',
    // Case error of ours: Cox documents CXSNDR as the sender domain failing SPF/DKIM checks.
    {
      ...DOMAIN_BLOCK,
      cause: [...DOMAIN_BLOCK.cause, 'auth-failed', 'spf-fail', 'dkim-fail'],
      reason: [...DOMAIN_BLOCK.reason, 'authfailure'],
      provider: /cox/i,
    },
  ],
  [
    // Case error of ours: CXTHRT and CXMJ are Cox's codes for its own customer's account limited for
    // suspicious activity (outbound), not content verdicts; the texts are rewritten to what they answer.
    'Cox CXTHRT (outbound, smtp.cox.net)',
    '550 5.1.0 smtp.cox.net <alice@cox.net> sending limited due to suspicious activity on your account. AUP#CXTHRT',
    { ...ACCOUNT_BLOCKED, provider: /cox/i },
  ],
  [
    'Cox CXMJ (outbound, smtp.cox.net)',
    '554 5.7.1 smtp.cox.net <alice@cox.net> account blocked from sending. AUP#CXMJ',
    { ...ACCOUNT_BLOCKED, provider: /cox/i },
  ],
  [
    'Spectrum AUP#In-1000 blocked IP',
    '554 5.7.1 - ERROR: Mail refused - <203.0.113.7> - See https://www.spectrum.net/support/internet/understanding-email-error-codes AUP#In-1000',
    {
      ...IP_BLOCK,
      cause: ['ip-blocklisted', 'ip-reputation'],
      reason: ['blocked', 'badreputation'],
      provider: /charter|spectrum/i,
    },
  ],
  [
    'Charter outbound AUP#Out-1380 daily limit',
    '550 5.7.1 <alice@charter.net> sender rejected: exceeded daily outbound message limit AUP#Out-1380',
    {
      ...SEND_LIMIT,
      cause: [...SEND_LIMIT.cause, 'sender-account-blocked'],
      reason: [...SEND_LIMIT.reason, 'rejected'],
    },
  ],
  [
    'Verizon legacy 571 anti-spam block',
    "571 Email from 203.0.113.7 is currently blocked by Verizon Online's anti-spam system. The email sender or Email Service Provider may visit http://www.verizon.net/whitelist and request removal of the block. 120301",
    {
      ...IP_BLOCK,
      cause: ['ip-blocklisted', 'ip-reputation'],
      reason: ['blocked', 'badreputation'],
      provider: /verizon/i,
      knownWrong:
        "Verizon's historical 571 is no standard reply code (a second digit above 5): it is not read as one, and nothing else in the line marks it a bounce",
    },
  ],
  [
    'AOL/Verizon account disabled [#102]',
    '550 5.1.1 <bob@verizon.net>: Recipient address rejected: This account has been disabled or discontinued [#102].',
    {
      ...DISABLED,
      cause: ['mailbox-disabled', 'mailbox-inactive', 'user-unknown'],
      reason: ['suspend', 'userunknown'],
      recipient: 'bob@verizon.net',
    },
  ],
  [
    'AT&T Spamhaus connections not accepted',
    '550 5.7.1 Connections not accepted from IP addresses on Spamhaus XBL',
    { ...IP_BLOCK, replyCode: 550, status: '5.7.1' },
  ],
  [
    'AT&T flph DNSBL:RBL 521',
    '553 5.3.0 flph829 DNSBL:RBL 521< 203.0.113.7 >_is_blocked.For assistance forward this error to abuse_rbl@abuse-att.net',
    {
      ...IP_BLOCK,
      cause: ['ip-blocklisted', 'ip-reputation'],
      reason: ['blocked', 'badreputation'],
      provider: /at&?t|att/i,
    },
  ],
  [
    'AT&T sbcglobal whole bounce quoting 550 Spamhaus',
    lines(
      ...postfixNoticeHead('mail.example.com'),
      '<frank@sbcglobal.net>: host ff-ip4-mx-vip1.prodigy.net[144.160.159.21] said:',
      '    550 5.7.1 Connections not accepted from IP addresses on Spamhaus PBL (in',
      '    reply to MAIL FROM command)',
    ),
    {
      ...IP_BLOCK,
      cause: ['ip-blocklisted', 'network-blocklisted'],
      recipient: 'frank@sbcglobal.net',
      permanent: true,
      confidence: 'high',
    },
  ],
  [
    'EarthLink IP blocked',
    '550 IP 203.0.113.7 is blocked by EarthLink. Go to earthlink.net/block for details.',
    {
      ...IP_BLOCK,
      cause: ['ip-blocklisted', 'ip-reputation'],
      reason: ['blocked', 'badreputation'],
      provider: /earthlink/i,
    },
  ],
];

const ISP_INTL: RealWorldCase[] = [
  [
    'Orange OFR_416 invalid recipient (French/English)',
    "501 5.1.3 Adresse d'au moins un destinataire invalide. Invalid recipient. OFR_416 [416]",
    {
      ...USER_UNKNOWN,
      cause: ['user-unknown', 'syntax-error'],
      reason: ['userunknown', 'syntaxerror'],
      provider: /orange/i,
    },
  ],
  [
    'Orange OFR005_104 too many connections',
    '421 mwinf5c10 ME Trop de connexions, veuillez verifier votre configuration. Too many connections, slow down. OFR005_104 [104]',
    { ...CONNS, provider: /orange/i },
  ],
  [
    'Orange OFR004_103 service refused',
    '550 5.7.1 Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR004_103 [103]',
    {
      ...IP_REPUTATION,
      cause: ['ip-reputation', 'ip-blocklisted', 'connection-rejected', 'policy-violation'],
      reason: ['badreputation', 'blocked', 'policyviolation'],
      provider: /orange/i,
    },
  ],
  [
    'Free.fr too many spams from your IP',
    '421 Too many spams from your IP (203.0.113.7), please visit http://postmaster.free.fr/',
    {
      ...IP_REPUTATION,
      cause: ['ip-reputation', 'ip-blocklisted', 'rate-limited'],
      reason: ['badreputation', 'blocked', 'speeding'],
      permanent: false,
    },
  ],
  [
    'SFR service refused',
    '554 5.7.1 Mail refuse pour raison de politique de securite. Mail rejected for policy reasons [SFR-IN-203.0.113.7]',
    POLICY_SPAM,
  ],
  [
    'T-Online IP problem tosa',
    '554 IP=203.0.113.7 - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.)',
    {
      ...IP_BLOCK,
      cause: ['ip-blocklisted', 'ip-reputation', 'connection-rejected'],
      reason: ['blocked', 'badreputation'],
      provider: /t-online|telekom/i,
    },
  ],
  [
    'T-Online: Postfach voll (German)',
    '552 5.2.2 <bob@t-online.de>: Das Postfach des Empfängers ist voll / mailbox full',
    { ...MAILBOX_FULL, recipient: 'bob@t-online.de' },
  ],
  [
    'BT btinternet rejected by mail policy',
    '550 5.7.1 Message rejected due to BT mail policy. If you believe this is in error please visit https://www.bt.com/help/email-blocked (mx.bt.lon5.cpcloud.co.uk)',
    POLICY_SPAM,
  ],
  [
    'Virgin Media cmsmtp IP blocked',
    '554 cmsmtp 203.0.113.7 blocked. Please see https://www.virginmedia.com/help/email-blocked for more information.',
    {
      ...IP_BLOCK,
      cause: ['ip-blocklisted', 'ip-reputation', 'connection-rejected'],
      reason: ['blocked', 'badreputation'],
    },
  ],
  [
    'Sky: mailbox unavailable',
    '550 5.1.1 <grace@sky.com>: mailbox unavailable (user does not exist)',
    { ...USER_UNKNOWN, recipient: 'grace@sky.com', provider: /sky/i, confidence: 'high' },
  ],
  [
    'Telstra BigPond: relaying denied, not authenticated',
    '550 5.7.1 Relaying denied. Mail from 203.0.113.7 not authenticated. Please use authenticated SMTP on port 587 (mail.bigpond.com)',
    NO_AUTH_RELAY,
  ],
  [
    'Optus: IP blacklisted',
    '553 5.7.1 Sorry, your IP 203.0.113.7 is blacklisted. Please contact postmaster@optusnet.com.au',
    IP_BLOCK,
  ],
  [
    'Shaw: blocked by Shaw',
    '550 5.7.1 203.0.113.7 has been blocked by Shaw. Please see http://www.shaw.ca/support/email-blocked',
    {
      ...IP_BLOCK,
      cause: ['ip-blocklisted', 'ip-reputation', 'connection-rejected'],
      reason: ['blocked', 'badreputation'],
    },
  ],
  [
    'Bell Canada sympatico user unknown',
    '550 5.1.1 <henry@sympatico.ca>... User unknown',
    { ...USER_UNKNOWN, recipient: 'henry@sympatico.ca', provider: /bell/i },
  ],
  [
    'KPN Dutch: ontvanger onbekend',
    '550 5.1.1 <ivo@kpnmail.nl>: Ontvanger onbekend / recipient unknown',
    { ...USER_UNKNOWN, recipient: 'ivo@kpnmail.nl', confidence: 'high' },
  ],
  [
    'Ziggo: geweigerd wegens spam',
    '554 5.7.1 Bericht geweigerd: gemarkeerd als spam. Message rejected as spam (ziggo.nl)',
    SPAM,
  ],
  [
    'Telenet: IP in dynamic range',
    "554 5.7.1 Rejected: 203.0.113.7 is in a dynamic IP range; please use your ISP's mail server (telenet.be)",
    {
      cause: ['network-blocklisted', 'ip-blocklisted', 'reverse-dns-missing', 'port25-blocked'],
      reason: ['blocked', 'requireptr'],
      side: 'sender',
    },
  ],
  [
    'Swisscom Bluewin: German, Absender abgelehnt',
    '550 5.7.1 <alice@example.com>: Absender abgelehnt, IP-Adresse 203.0.113.7 ist auf einer Sperrliste (bluewin.ch)',
    IP_BLOCK,
  ],
  [
    'Vodafone.de: Empfänger unbekannt',
    '550 5.1.1 <jan@vodafone.de>: Empfänger unbekannt',
    { ...USER_UNKNOWN, recipient: 'jan@vodafone.de', provider: /vodafone/i },
  ],
  [
    'Telia Swedish: brevlådan full',
    '452 4.2.2 <karin@telia.com>: Mottagarens brevlåda är full / mailbox full',
    { ...MAILBOX_FULL, recipient: 'karin@telia.com', permanent: false, provider: /telia/i },
  ],
];

export const ROUND_61: RealWorldCase[] = [
  ...GODADDY,
  ...RACKSPACE,
  ...IONOS,
  ...HOSTS,
  ...CPANEL,
  ...ISP_US,
  ...ISP_INTL,
];

export const SECOND_BATCH_61: RealWorldCase[] = [
  [
    'IONOS German outbound: Tageslimit erreicht',
    '550 5.7.1 Die Nachricht wurde nicht versendet: das Tageslimit für den E-Mail-Versand Ihres Postfachs ist erreicht. Bitte versuchen Sie es morgen erneut. (smtp.ionos.de)',
    SEND_LIMIT,
  ],
  [
    'Strato German outbound: Absenderadresse nicht erlaubt',
    '553 5.7.1 Absenderadresse <alice@example.org> nicht erlaubt: die Adresse gehört nicht zu Ihrem Benutzerkonto (smtp.strato.de)',
    { ...FROM_NOT_OWNED, provider: /strato/i },
  ],
  [
    'OVH French: IP listée chez Spamhaus',
    '550 5.7.1 Votre adresse IP 203.0.113.7 est listée sur Spamhaus ZEN, message refusé (mx2.mail.ovh.net)',
    { ...IP_BLOCK, blocklist: 'spamhaus', provider: /ovh/i },
  ],
  [
    'Hetzner German: als Spam abgelehnt',
    '550 5.7.1 Nachricht als Spam abgelehnt (www123.your-server.de)',
    { ...SPAM, provider: /hetzner/i },
  ],
  [
    'cPanel Exim sender verify failed, unrouteable address',
    lines(
      '550-Verification failed for <alice@example.org>',
      '550-Unrouteable address',
      '550 Sender verify failed',
    ),
    {
      cause: ['sender-verify-failed', 'sender-domain-invalid'],
      reason: 'rejected',
      side: 'sender',
      replyCode: 550,
    },
  ],
  [
    'Bluehost whole bounce: JunkMail rejected at the recipient',
    textEmail(
      'Mail Delivery System <Mailer-Daemon@box5678.bluehost.com>',
      'Mail delivery failed: returning message to sender',
      [
        'This message was created automatically by mail delivery software.',
        '',
        'A message that you sent could not be delivered to one or more of its',
        'recipients. This is a permanent error. The following address(es) failed:',
        '',
        '  lena@example.net',
        '    host mail.example.net [198.51.100.60]',
        '    SMTP error from remote mail server after RCPT TO:<lena@example.net>:',
        '    550-JunkMail rejected - box5678.bluehost.com [203.0.113.7]:43210 is in an',
        '    550 RBL: Client host blocked using b.barracudacentral.org',
      ],
    ),
    { ...IP_BLOCK, recipient: 'lena@example.net', permanent: true, provider: /bluehost/i },
  ],
  [
    'Comcast outbound: account suspended from sending',
    '550 5.7.1 <alice@comcast.net> Your account has been temporarily suspended from sending email because of unusual activity. Visit xfinity.com/support',
    { ...ACCOUNT_BLOCKED, provider: /comcast/i },
  ],
  [
    'Comcast BL000000 own block',
    '554 resimta-po-12v.sys.comcast.net comcast 203.0.113.7 Comcast block for spam.  Please see http://postmaster.comcast.net/smtp-error-codes.php#BL000000',
    { ...IP_BLOCK, provider: /comcast/i },
  ],
  [
    'AT&T bellsouth ATTRBL 521',
    '553 5.3.0 alph756 DNSBL:ATTRBL 521< 203.0.113.7 >_is_blocked.For assistance forward this error to abuse_rbl@abuse-att.net',
    { ...IP_BLOCK, provider: /at&?t/i },
  ],
  [
    'Spectrum outbound AUP#Out-1500 different sender address',
    '550 5.1.0 <alice@example.org> sender rejected: you may only send as your own Spectrum address. AUP#Out-1500',
    { ...FROM_NOT_OWNED, provider: /spectrum|charter/i },
  ],
  [
    'Telia Swedish: avvisat som skräppost',
    '550 5.7.1 Meddelandet avvisades eftersom det klassades som skräppost (mx.telia.com)',
    SPAM,
  ],
  [
    'KPN Dutch: IP-adres op zwarte lijst',
    '554 5.7.1 Uw IP-adres 203.0.113.7 staat op een zwarte lijst; bericht geweigerd (mx.kpnmail.nl)',
    IP_BLOCK,
  ],
  [
    'Swisscom Bluewin French: destinataire inconnu',
    '550 5.1.1 <marc@bluewin.ch>: Destinataire inconnu / unknown recipient',
    { ...USER_UNKNOWN, recipient: 'marc@bluewin.ch', confidence: 'high' },
  ],
  [
    'Virgin Media: mailbox disabled',
    '550 5.2.1 <nina@virginmedia.com>: This mailbox has been disabled',
    { ...DISABLED, recipient: 'nina@virginmedia.com', provider: /virgin/i },
  ],
];
