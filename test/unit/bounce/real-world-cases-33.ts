import type { RealWorldCase } from './real-world-cases.js';
import {
  DISABLED,
  IP_BLOCK,
  IP_REPUTATION,
  lines,
  MAILBOX_FULL,
  POLICY,
  PTR,
  RATE,
  SPAM,
  TOO_BIG,
  USER_UNKNOWN,
} from './real-world-expectations.js';

/*
 * A thirty-third held-out round: refusals and bounces from national and regional mailbox providers and ISPs, in
 * their own words, languages, codes and help links: Germany (T-Online, WEB.DE, GMX, 1&1 IONOS, freenet), France
 * (Orange/Wanadoo, La Poste, Free, SFR), Italy (Libero/Virgilio, Tiscali, Aruba), Spain (Movistar), the Netherlands
 * and Belgium (KPN, Ziggo, Telenet), Switzerland (Swisscom/Bluewin), Poland (WP, Onet, Interia), Czechia (Seznam),
 * Russia (Mail.ru, Yandex, Rambler), China (NetEase, QQ, Sina, Sohu, Aliyun), Korea (Naver, Daum), Japan (Yahoo!
 * JAPAN, Nifty), India (Rediffmail), Australia (Telstra, Optus, TPG), Canada (Shaw, Videotron), Brazil (UOL,
 * Terra) and Mexico (Telmex/Prodigy). Each case names the provider where its host or its own marker is in the text.
 * Written from knowledge of how these systems word their replies, none from the development corpus, measured
 * before any rule was changed:
 *   round 33  67 cases, 33 right as written (49 %). No case error found. Of the 34 wrong, 25 only named no
 *             provider: 1&1 IONOS (kundenserver.de, ionos.de), freenet, SFR (neuf.fr), Virgilio (Italiaonline,
 *             with Libero), Tiscali, Aruba, Movistar/Telefónica, KPN, Ziggo, Telenet, Swisscom/Bluewin, Rambler,
 *             Sohu, Aliyun (qiye.aliyun.com), Yahoo! JAPAN, Nifty, Rediffmail (its akadns MX), Telstra BigPond,
 *             Optus, TPG, Shaw, Vidéotron, Terra, Telmex/Prodigy were unknown. The 9 read wrongly: T-Online's
 *             'IP=… A problem occurred' without its (BL) tag read as user unknown (a 5.0.0 at RCPT) and, pasted
 *             alone, as unknown; WEB.DE's 'Sender address does not belong to logged in user' unknown; the sending
 *             IP blocked for spam in French (SFR, as connection-rejected: the reason given was lost), Dutch
 *             (Telenet), German (Swisscom) and Portuguese (UOL) read as spam in the message; WP's 'adres IP
 *             nadawcy znajduje się na czarnej liście' read as the sender listed ('nadawcy' is the sender word,
 *             the IP went unseen); Interia's 'Zbyt wiele połączeń z Twojego adresu IP' (too many connections)
 *             read as greylisting (451 4.7.1 with 'try again later').
 *   fixed     as data. Providers (providers/isp-world.ts, new providers/isp-regional.ts): the 24 above, IONOS
 *             with United Internet's phrases, Virgilio's domains under Libero; T-Online's untagged refusal an
 *             ip-reputation phrase. reply-words-languages.ts: a subject 'ip' (the sending IP named as such:
 *             'adresse IP', 'IP-Adresse', 'dirección IP', 'adres IP', 'seu IP' …, never a bare 'ip') in nine
 *             languages; the IP with a blocked word is connection-rejected, before the sender words, and the IP
 *             with a black-list word is ip-blocklisted (IP_LISTED_PAIRS, before SENDER_LISTED_PAIRS); French
 *             'bloquee' unaccented. reply-phrases.ts: the IP blocked for spam ('your ip … blocked … spam',
 *             'adresse ip … bloqu … spam', 'ip-adresse … spam … gesperrt', …) is ip-reputation, before the bare
 *             'IP blocked' (connection-rejected); too many connections in Polish, Czech, Turkish, Hungarian,
 *             Swedish and Chinese; 'not owned by auth user' and 'does not belong to logged in user' are
 *             from-not-permitted. 67 of 67 right. Corpus 366/383, reply codes 261/274.
 *   then      a second batch of 18 (SECOND_BATCH_33: T-Online and Orange inside Exim notices, Free's and SFR's
 *             too many connections, the IP on a black list in Dutch, Czech and German, the IP blocked for spam
 *             in Italian, Spanish, Russian and Polish, NetEase's MI:SPF, QQ's connection frequency, Naver in
 *             Korean, Rogers' mail at Yahoo with BL21, Telstra, UOL and Vidéotron), written after the first
 *             batch's fixes and measured before any change: 18 of 18 right as written.
 */

const FINAL = { permanent: true } as const;
const TEMP = { permanent: false } as const;

/** A Postfix sending-side log line for one recipient at a provider's MX. */
const log = (
  rcpt: string,
  relay: string,
  dsn: string,
  said: string,
  status: 'bounced' | 'deferred' = dsn.startsWith('5') ? 'bounced' : 'deferred',
  stage = 'RCPT TO',
) =>
  `Dec  3 07:01:12 mail postfix/smtp[4242]: 4Dk9Zq1Xs2z1ABC: to=<${rcpt}>, relay=${relay}[192.0.2.25]:25, delay=1.4, delays=0.1/0.02/0.7/0.6, dsn=${dsn}, status=${status} (host ${relay}[192.0.2.25] said: ${said} (in reply to ${stage} command))`;

/** Postfix's bounce notice around one "host … said:" block. */
const notice = (rcpt: string, said: string) =>
  lines(
    'From: MAILER-DAEMON@mail.example.com (Mail Delivery System)',
    'To: alice@example.com',
    'Subject: Undelivered Mail Returned to Sender',
    'Auto-Submitted: auto-replied',
    '',
    'This is the mail system at host mail.example.com.',
    '',
    "I'm sorry to have to inform you that your message could not",
    "be delivered to one or more recipients. It's attached below.",
    '',
    '                   The mail system',
    '',
    `<${rcpt}>: ${said}`,
  );

const SPF = { cause: 'spf-fail', reason: 'authfailure', side: 'sender' } as const;
const DMARC = { cause: ['dmarc-fail', 'auth-failed'], reason: 'authfailure', side: 'sender' } as const;
const NOT_OWNER = {
  cause: ['from-not-permitted', 'sender-rejected'],
  reason: 'rejected',
  side: 'sender',
} as const;
const CONNECTIONS = {
  cause: ['too-many-connections', 'rate-limited'],
  reason: ['toomanyconn', 'speeding'],
  side: 'sender',
} as const;

const GERMANY_33: RealWorldCase[] = [
  [
    'T-Online: IP=… A problem occurred, no reason tag (their sender requirements)',
    log(
      'bob@t-online.de',
      'mx00.t-online.de',
      '5.0.0',
      '554 IP=203.0.113.7 - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.)',
    ),
    { ...IP_REPUTATION, ...FINAL, replyCode: 554, recipient: 'bob@t-online.de', provider: /t-online/i },
  ],
  [
    'T-Online: refused at connect, Postfix notice',
    notice(
      'bob@t-online.de',
      'host mx03.t-online.de[192.0.2.26] refused to talk to me: 554 IP=203.0.113.7 - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.)',
    ),
    {
      cause: ['ip-reputation', 'ip-blocklisted', 'connection-rejected'],
      reason: ['badreputation', 'blocked'],
      side: 'sender',
      replyCode: 554,
      provider: /t-online/i,
    },
  ],
  [
    'T-Online: the tosa@ contact alone names Telekom',
    '554 IP=203.0.113.7 - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.)',
    { ...IP_REPUTATION, provider: /t-online/i, recipient: null },
  ],
  [
    'T-Online: mailbox full, deferred',
    log('bob@t-online.de', 'mx01.t-online.de', '4.2.2', '452 4.2.2 <bob@t-online.de>: Mailbox full'),
    { ...MAILBOX_FULL, ...TEMP, status: '4.2.2', provider: /t-online/i },
  ],
  [
    'WEB.DE: Transaction failed, Reject due to policy restrictions, case link',
    log(
      'bob@web.de',
      'mx-ha02.web.de',
      '5.0.0',
      '554-Transaction failed 554-Reject due to policy restrictions. 554 For explanation visit https://postmaster.web.de/en/case?c=hi&i=ip&v=203.0.113.7&r=1MxAbc-1qWeRt2',
      'bounced',
      'end of DATA',
    ),
    { ...POLICY, ...FINAL, replyCode: 554, provider: /web\.de/i },
  ],
  [
    'GMX: 421 Service unavailable, Reject due to policy restrictions (temporary)',
    lines(
      '421-gmx.net (mxgmx016) Nemesis ESMTP Service not available',
      '421-Service unavailable',
      '421-Reject due to policy restrictions.',
      '421 For explanation visit https://postmaster.gmx.net/en/case?c=hi&i=ip&v=203.0.113.7&r=0MbXyz-1rTuVw3',
    ),
    { ...POLICY, ...TEMP, replyCode: 421, provider: /gmx/i },
  ],
  [
    'GMX: exceeded storage allocation',
    log(
      'bob@gmx.de',
      'mx00.emig.gmx.net',
      '5.2.2',
      '552 Requested mail action aborted: exceeded storage allocation',
      'bounced',
      'end of DATA',
    ),
    { ...MAILBOX_FULL, replyCode: 552, provider: /gmx/i },
  ],
  [
    'WEB.DE submission: sender address does not belong to logged in user',
    '550 Sender address does not belong to logged in user {mo-ha01}',
    { ...NOT_OWNER },
  ],
  [
    '1&1 IONOS (kundenserver): IP address is block listed',
    log(
      'bob@example.de',
      'mx00.kundenserver.de',
      '5.0.0',
      '554-kundenserver.de (mxeue010) Nemesis ESMTP Service not available 554-No SMTP service 554-IP address is block listed. 554 For explanation visit https://www.ionos.com/help/index.php?id=2425&ip=203.0.113.7&c=bl',
      'bounced',
      'CONNECT',
    ),
    { ...IP_BLOCK, replyCode: 554, provider: /ionos/i },
  ],
  [
    '1&1 IONOS (mx00.ionos.de): mailbox unavailable',
    log('bob@example.de', 'mx00.ionos.de', '5.0.0', '550 Requested action not taken: mailbox unavailable'),
    { ...USER_UNKNOWN, replyCode: 550, provider: /ionos/i },
  ],
  [
    'freenet: user unknown',
    log(
      'bob@freenet.de',
      'mx.freenet.de',
      '5.1.1',
      '550 5.1.1 <bob@freenet.de>: Recipient address rejected: User unknown',
    ),
    { ...USER_UNKNOWN, status: '5.1.1', recipient: 'bob@freenet.de', provider: /freenet/i },
  ],
];

const FRANCE_33: RealWorldCase[] = [
  [
    'Orange: archived recipient mailbox (OFR_420)',
    '550 5.1.1 Boite du destinataire archivee. Archived recipient. OFR_420 [420]',
    { ...DISABLED, reference: 'OFR_420', provider: /orange/i, replyCode: 550 },
  ],
  [
    'Orange: blocked recipient account (OFR_426)',
    '550 5.2.1 Compte du destinataire bloque. Blocked recipient account. OFR_426 [426]',
    { ...DISABLED, reference: 'OFR_426', provider: /orange/i },
  ],
  [
    'Orange: SPF refusal (OFR_401)',
    "550 5.7.1 Adresse IP non autorisee par la politique SPF du domaine de l'emetteur. IP not allowed by the SPF policy of the sender domain. OFR_401 [401]",
    { ...SPF, reference: 'OFR_401', provider: /orange/i },
  ],
  [
    "Orange submission: MAIL FROM not the user's (OFR_421), the bracket is no reply code",
    "550 5.7.0 L'adresse d'expedition n'appartient pas a l'utilisateur authentifie. MAIL FROM not owned by the authenticated user. OFR_421 [421]",
    { ...NOT_OWNER, reference: 'OFR_421', replyCode: 550, status: '5.7.0' },
  ],
  [
    'Orange at smtp-in.orange.fr: service refused, try later (OFR004_103)',
    log(
      'bob@wanadoo.fr',
      'smtp-in.orange.fr',
      '4.0.0',
      '421 mwinf5c40 ME Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR004_103 [103]',
      'deferred',
      'CONNECT',
    ),
    {
      cause: ['connection-rejected', 'ip-reputation'],
      reason: ['blocked', 'badreputation'],
      side: 'sender',
      ...TEMP,
      replyCode: 421,
      reference: 'OFR_103',
      provider: /orange/i,
    },
  ],
  [
    'La Poste: recipient over quota (LPN007_417)',
    '550 5.2.2 Boite du destinataire pleine. Recipient overquota. LPN007_417 [417]',
    { ...MAILBOX_FULL, reference: 'LPN_417', provider: /la poste/i },
  ],
  [
    'La Poste: too many connections (LPN007_104)',
    log(
      'bob@laposte.net',
      'smtpz4.laposte.net',
      '4.0.0',
      '421 smtpz4 ME Trop de connexions, veuillez verifier votre configuration. Too many connections, slow down. LPN007_104 [104]',
      'deferred',
      'CONNECT',
    ),
    { ...CONNECTIONS, ...TEMP, reference: 'LPN_104', provider: /la poste/i },
  ],
  [
    'Free: greylisting, come back later',
    log(
      'bob@free.fr',
      'mx1.free.fr',
      '4.7.1',
      '450 4.7.1 <bob@free.fr>: Recipient address rejected: Greylisted for 300 seconds, see http://postmaster.free.fr/',
    ),
    { cause: 'greylisted', reason: ['blocked', 'onhold'], ...TEMP, provider: /free/i },
  ],
  [
    'Free: no reverse DNS for the sending IP',
    log(
      'bob@free.fr',
      'mx2.free.fr',
      '5.7.1',
      '554 5.7.1 <unknown[203.0.113.7]>: Client host rejected: Bad reverse DNS, see http://postmaster.free.fr/',
    ),
    { ...PTR, provider: /free/i },
  ],
  [
    'SFR (neuf.fr): IP blocked for spam, French only',
    log(
      'bob@neuf.fr',
      'mx.sfr.fr',
      '5.7.1',
      '550 5.7.1 Service refuse : votre adresse IP 203.0.113.7 est bloquee pour envoi de spam',
    ),
    { ...IP_REPUTATION, provider: /sfr/i },
  ],
];

const SOUTH_33: RealWorldCase[] = [
  [
    'Libero (Italiaonline): rejected as spam, Italian and English',
    log(
      'bob@libero.it',
      'smtp-in.libero.it',
      '5.7.1',
      "554 5.7.1 Il messaggio e' stato rifiutato perche' considerato spam. Message rejected as spam",
      'bounced',
      'end of DATA',
    ),
    { ...SPAM, provider: /libero/i },
  ],
  [
    'Virgilio: mailbox disabled',
    log(
      'bob@virgilio.it',
      'mxin.virgilio.it',
      '5.2.1',
      '550 5.2.1 <bob@virgilio.it>: casella disabilitata / mailbox disabled',
    ),
    { ...DISABLED, recipient: 'bob@virgilio.it', provider: /libero|virgilio|italiaonline/i },
  ],
  [
    'Tiscali: casella piena (over quota)',
    log('bob@tiscali.it', 'mx.tiscali.it', '5.2.2', '552 5.2.2 <bob@tiscali.it>: casella piena (over quota)'),
    { ...MAILBOX_FULL, provider: /tiscali/i },
  ],
  [
    'Aruba: sending IP in a blacklist, Italian and English',
    log(
      'bob@example.it',
      'mx.aruba.it',
      '5.7.1',
      "550 5.7.1 Messaggio rifiutato: l'indirizzo IP 203.0.113.7 e' in blacklist. Message rejected: IP blacklisted",
    ),
    { ...IP_BLOCK, provider: /aruba/i },
  ],
  [
    'Movistar (Telefónica): IP on a black list, Spanish',
    log(
      'bob@movistar.es',
      'mx.movistar.es',
      '5.7.1',
      '550 5.7.1 Mensaje rechazado: la dirección IP 203.0.113.7 está en una lista negra',
    ),
    { ...IP_BLOCK, provider: /movistar|telef/i },
  ],
  [
    'Telefónica: buzón lleno',
    log('bob@telefonica.net', 'mx.telefonica.net', '5.2.2', '552 5.2.2 <bob@telefonica.net>: Buzón lleno'),
    { ...MAILBOX_FULL, provider: /movistar|telef/i },
  ],
];

const BENELUX_ALPS_33: RealWorldCase[] = [
  [
    'KPN: message refused as spam, Dutch',
    log(
      'bob@kpnmail.nl',
      'mx.kpnmail.nl',
      '5.7.1',
      '554 5.7.1 Bericht geweigerd: het bericht is als spam aangemerkt',
      'bounced',
      'end of DATA',
    ),
    { ...SPAM, provider: /kpn/i },
  ],
  [
    'Ziggo: recipient unknown, Dutch',
    log('bob@ziggo.nl', 'mx.ziggo.nl', '5.1.1', '550 5.1.1 <bob@ziggo.nl>: Ontvanger onbekend'),
    { ...USER_UNKNOWN, recipient: 'bob@ziggo.nl', provider: /ziggo/i },
  ],
  [
    'Telenet: mailbox of the recipient is full, Dutch (deferred)',
    log('bob@telenet.be', 'mx.telenet.be', '4.2.2', '452 4.2.2 De mailbox van de ontvanger is vol'),
    { ...MAILBOX_FULL, ...TEMP, provider: /telenet/i },
  ],
  [
    'Telenet: IP address blocked for spam, Dutch',
    log(
      'bob@telenet.be',
      'mx.telenet.be',
      '5.7.1',
      '554 5.7.1 Uw IP-adres 203.0.113.7 is geblokkeerd wegens het versturen van spam',
    ),
    { ...IP_REPUTATION, provider: /telenet/i },
  ],
  [
    'Bluewin (Swisscom): recipient unknown, German',
    log(
      'bob@bluewin.ch',
      'mxbw.bluewin.ch',
      '5.1.1',
      '550 5.1.1 <bob@bluewin.ch>: Empfängeradresse unbekannt',
    ),
    { ...USER_UNKNOWN, recipient: 'bob@bluewin.ch', provider: /swisscom|bluewin/i },
  ],
  [
    'Swisscom: IP blocked for spam, German',
    log(
      'bob@bluewin.ch',
      'mxbw.bluewin.ch',
      '5.7.1',
      '554 5.7.1 Ihre IP-Adresse 203.0.113.7 wurde wegen Spam gesperrt',
      'bounced',
      'CONNECT',
    ),
    { ...IP_REPUTATION, provider: /swisscom|bluewin/i },
  ],
];

const EAST_33: RealWorldCase[] = [
  [
    'WP.pl: sender IP on a black list, Polish',
    log(
      'bob@wp.pl',
      'mx.wp.pl',
      '5.7.1',
      '550 5.7.1 Wiadomość odrzucona: adres IP nadawcy znajduje się na czarnej liście',
    ),
    { ...IP_BLOCK, provider: /wp/i },
  ],
  [
    "Onet: the recipient's mailbox is full, Polish",
    log('bob@onet.pl', 'mx.poczta.onet.pl', '5.2.2', '552 5.2.2 Skrzynka odbiorcy jest pełna'),
    { ...MAILBOX_FULL, provider: /onet/i },
  ],
  [
    'Interia: too many connections from your IP, Polish (deferred)',
    log(
      'bob@interia.pl',
      'mx.poczta.interia.pl',
      '4.7.1',
      '451 4.7.1 Zbyt wiele połączeń z Twojego adresu IP, spróbuj ponownie później',
      'deferred',
      'CONNECT',
    ),
    { ...CONNECTIONS, ...TEMP, provider: /interia/i },
  ],
  [
    'Seznam: szn; mailbox blocked, Czech and English',
    log(
      'bob@seznam.cz',
      'mx1.seznam.cz',
      '5.2.1',
      '550 5.2.1 szn; Schránka je zablokována / Mailbox is disabled',
    ),
    { ...DISABLED, provider: /seznam/i },
  ],
  [
    'Seznam: szn; mailbox full (deferred)',
    log('bob@email.cz', 'mx2.seznam.cz', '4.2.2', '452 4.2.2 szn; Mailbox is full'),
    { ...MAILBOX_FULL, ...TEMP, provider: /seznam/i },
  ],
  [
    'Mail.ru: invalid mailbox, user not found',
    log(
      'bob@mail.ru',
      'mxs.mail.ru',
      '5.0.0',
      '550 Message was not accepted -- invalid mailbox.  Local mailbox bob@mail.ru is unavailable: user not found',
    ),
    { ...USER_UNKNOWN, recipient: 'bob@mail.ru', replyCode: 550, provider: /mail\.ru/i },
  ],
  [
    "Mail.ru: the recipient's mailbox rate limit (deferred)",
    log(
      'bob@list.ru',
      'mxs.mail.ru',
      '4.0.0',
      '451 Ratelimit exceeded for mailbox bob@list.ru. Try again later.',
    ),
    {
      cause: ['recipient-rate-limited', 'rate-limited'],
      reason: 'speeding',
      ...TEMP,
      provider: /mail\.ru/i,
    },
  ],
  [
    'Yandex: No such user!',
    log('bob@yandex.ru', 'mx.yandex.ru', '5.7.1', '550 5.7.1 No such user!'),
    { ...USER_UNKNOWN, recipient: 'bob@yandex.ru', provider: /yandex/i },
  ],
  [
    'Yandex: rejected per DMARC policy',
    log(
      'bob@yandex.ru',
      'mx.yandex.ru',
      '5.7.1',
      '550 5.7.1 Email rejected per DMARC policy for example.com',
      'bounced',
      'end of DATA',
    ),
    { ...DMARC, provider: /yandex/i },
  ],
  [
    'Yandex submission: sender address not owned by auth user',
    '553 5.7.1 Sender address rejected: not owned by auth user.',
    { ...NOT_OWNER, replyCode: 553 },
  ],
  [
    'Rambler: user unknown',
    log(
      'bob@rambler.ru',
      'mx.rambler.ru',
      '5.1.1',
      '550 5.1.1 <bob@rambler.ru>: Recipient address rejected: User unknown',
    ),
    { ...USER_UNKNOWN, provider: /rambler/i },
  ],
];

const ASIA_33: RealWorldCase[] = [
  [
    'NetEase: MI:NHD, empty HELO',
    '550 MI:NHD 163 smtp9,DcCowAC3mWZ1cHtnXxYzAA--.12345S2 1733209272 http://mail.163.com/help/help_spam_16.htm?ip=203.0.113.7&hostid=smtp9&time=1733209272',
    { cause: 'helo-rejected', reason: 'blocked', side: 'sender', reference: 'MI:NHD', provider: /netease/i },
  ],
  [
    "NetEase: RP:TRC, the sender's recipients for the day (deferred)",
    log(
      'bob@126.com',
      '126mx01.mxmail.netease.com',
      '4.0.0',
      '450 RP:TRC 126 mx14,QMCowAB3mWZ1cHtnXxYzAA--.9876S3 1733209272 http://mail.163.com/help/help_spam_16.htm?ip=203.0.113.7&hostid=mx14&time=1733209272',
    ),
    { ...RATE, ...TEMP, reference: 'RP:TRC', provider: /netease/i },
  ],
  [
    'NetEase: User not found',
    log('bob@163.com', '163mx01.mxmail.netease.com', '5.0.0', '550 User not found: bob@163.com'),
    { ...USER_UNKNOWN, recipient: 'bob@163.com', provider: /netease/i },
  ],
  [
    'NetEase: HL:MEP, the IP forges many sending domains',
    '451 HL:MEP 163 mx20,PsCowAB3mWZ1cHtnXxYzAA--.5555S2 1733209272 http://mail.163.com/help/help_spam_16.htm?ip=203.0.113.7&hostid=mx20&time=1733209272',
    { ...IP_REPUTATION, ...TEMP, reference: 'HL:MEP', provider: /netease/i },
  ],
  [
    'NetEase: exceeded mailsize limit',
    log(
      'bob@163.com',
      '163mx02.mxmail.netease.com',
      '5.0.0',
      '552 Requested mail action aborted: exceeded mailsize limit',
      'bounced',
      'end of DATA',
    ),
    { ...TOO_BIG, provider: /netease/i },
  ],
  [
    'QQ Mail: domain frequency limited',
    log(
      'bob@qq.com',
      'mx3.qq.com',
      '5.0.0',
      '550 Domain frequency limited [MzQ1Njc4OTA=]. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000722',
    ),
    { ...RATE, provider: /qq|tencent/i },
  ],
  [
    'QQ Mail: mailbox is frozen',
    log('bob@qq.com', 'mx1.qq.com', '5.0.0', '550 Mailbox is frozen [MTIzNDU2Nzg=]'),
    { ...DISABLED, provider: /qq|tencent/i },
  ],
  [
    'Sina: user unknown at freemx',
    log(
      'bob@sina.com',
      'freemx1.sinamail.sina.com.cn',
      '5.1.1',
      '550 5.1.1 <bob@sina.com>: Recipient address rejected: User unknown in local recipient table',
    ),
    { ...USER_UNKNOWN, provider: /sina/i },
  ],
  [
    'Sohu: mailbox not found',
    log('bob@sohu.com', 'mx.sohu.com', '5.1.1', '550 5.1.1 <bob@sohu.com>: Mailbox not found'),
    { ...USER_UNKNOWN, provider: /sohu/i },
  ],
  [
    'Aliyun enterprise mail: mailbox unavailable',
    log(
      'bob@example.cn',
      'mx1.qiye.aliyun.com',
      '5.1.1',
      '551 5.1.1 <bob@example.cn>: Recipient address rejected: mailbox unavailable',
    ),
    { ...USER_UNKNOWN, provider: /aliyun|alibaba/i },
  ],
  [
    'Naver: user unknown at mx1.naver.com',
    log(
      'bob@naver.com',
      'mx1.naver.com',
      '5.1.1',
      '550 5.1.1 <bob@naver.com>: Recipient address rejected: User unknown',
    ),
    { ...USER_UNKNOWN, recipient: 'bob@naver.com', provider: /naver/i },
  ],
  [
    'Daum: RUSR in a log line',
    log('bob@hanmail.net', 'mx1.hanmail.net', '5.1.1', '550 5.1.1 RUSR <bob@hanmail.net> Unknown user'),
    { ...USER_UNKNOWN, reference: 'RUSR', provider: /daum/i },
  ],
  [
    'Yahoo! JAPAN: not authenticated, rejected',
    log(
      'bob@yahoo.co.jp',
      'mx1.mail.yahoo.co.jp',
      '5.7.1',
      '550 5.7.1 Email rejected: this message did not pass SPF or DKIM authentication',
      'bounced',
      'end of DATA',
    ),
    {
      cause: ['auth-failed', 'spf-fail', 'dkim-fail'],
      reason: 'authfailure',
      side: 'sender',
      provider: /yahoo.*japan/i,
    },
  ],
  [
    'Nifty: user unknown',
    log('bob@nifty.com', 'mx.nifty.com', '5.1.1', '550 5.1.1 <bob@nifty.com>... User unknown'),
    { ...USER_UNKNOWN, provider: /nifty/i },
  ],
];

const OTHERS_33: RealWorldCase[] = [
  [
    'Rediffmail: mailbox quota exceeded',
    log(
      'bob@rediffmail.com',
      'mx.rediffmail.rediff.akadns.net',
      '5.2.2',
      '552 5.2.2 <bob@rediffmail.com>: Mailbox quota exceeded',
    ),
    { ...MAILBOX_FULL, provider: /rediff/i },
  ],
  [
    'Telstra BigPond: IP blocked',
    log(
      'bob@bigpond.com',
      'extmail.bigpond.com',
      '5.7.1',
      '554 5.7.1 Rejected: 203.0.113.7 is on the Telstra block list',
      'bounced',
      'CONNECT',
    ),
    { ...IP_BLOCK, provider: /telstra|bigpond/i },
  ],
  [
    'Optus: user unknown',
    log(
      'bob@optusnet.com.au',
      'mx.optusnet.com.au',
      '5.1.1',
      '550 5.1.1 <bob@optusnet.com.au>: Recipient address rejected: User unknown',
    ),
    { ...USER_UNKNOWN, provider: /optus/i },
  ],
  [
    'TPG: mailbox full',
    log('bob@tpg.com.au', 'mx.tpg.com.au', '5.2.2', '552 5.2.2 <bob@tpg.com.au>: Mailbox full'),
    { ...MAILBOX_FULL, provider: /tpg/i },
  ],
  [
    'Shaw: recipient unknown',
    log('bob@shaw.ca', 'mx.shaw.ca', '5.1.1', '550 5.1.1 <bob@shaw.ca>... User unknown'),
    { ...USER_UNKNOWN, provider: /shaw/i },
  ],
  [
    'Vidéotron: boîte aux lettres pleine, French',
    log(
      'bob@videotron.ca',
      'mx.videotron.ca',
      '5.2.2',
      '552 5.2.2 <bob@videotron.ca>: Boîte aux lettres pleine',
    ),
    { ...MAILBOX_FULL, provider: /vid[eé]otron/i },
  ],
  [
    'UOL: IP blocked for sending spam, Portuguese',
    log(
      'bob@uol.com.br',
      'mx.uol.com.br',
      '5.7.1',
      '554 5.7.1 Seu IP 203.0.113.7 foi bloqueado por envio de spam. Consulte http://postmaster.uol.com.br/',
      'bounced',
      'CONNECT',
    ),
    { ...IP_REPUTATION, provider: /uol/i },
  ],
  [
    'Terra: message refused by the spam policy, Portuguese',
    log(
      'bob@terra.com.br',
      'mx.terra.com.br',
      '5.7.1',
      '550 5.7.1 Mensagem recusada por política anti-spam',
      'bounced',
      'end of DATA',
    ),
    { ...SPAM, provider: /terra/i },
  ],
  [
    'Telmex (Prodigy): the mailbox does not exist, Spanish',
    log(
      'bob@prodigy.net.mx',
      'mx.prodigy.net.mx',
      '5.1.1',
      '550 5.1.1 <bob@prodigy.net.mx>: El buzón del destinatario no existe',
    ),
    { ...USER_UNKNOWN, provider: /telmex|prodigy/i },
  ],
];

/** Exim's notice for one recipient: the host line and the indented reply. */
const exim = (rcpt: string, host: string, stage: string, ...reply: string[]) =>
  lines(
    'From: Mail Delivery System <Mailer-Daemon@mail.example.com>',
    'To: alice@example.com',
    'Subject: Mail delivery failed: returning message to sender',
    'Auto-Submitted: auto-replied',
    '',
    'This message was created automatically by mail delivery software.',
    '',
    'A message that you sent could not be delivered to one or more of its',
    'recipients. This is a permanent error. The following address(es) failed:',
    '',
    `  ${rcpt}`,
    `    host ${host} [192.0.2.25]`,
    `    SMTP error from remote mail server after ${stage}:`,
    ...reply.map((l) => `    ${l}`),
  );

/** Written after the first batch's fixes and measured before any further change. */
export const SECOND_BATCH_33: RealWorldCase[] = [
  [
    'T-Online in an Exim notice, after the initial connection',
    exim(
      'bob@t-online.de',
      'mx01.t-online.de',
      'initial connection',
      '554 IP=203.0.113.7 - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.)',
    ),
    {
      cause: ['ip-reputation', 'ip-blocklisted', 'connection-rejected'],
      reason: ['badreputation', 'blocked'],
      side: 'sender',
      recipient: 'bob@t-online.de',
      provider: /t-online/i,
    },
  ],
  [
    'Orange in an Exim notice: invalid recipient (OFR_416)',
    exim(
      'bob@orange.fr',
      'smtp-in.orange.fr',
      'RCPT TO:<bob@orange.fr>',
      '550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]',
    ),
    {
      ...USER_UNKNOWN,
      recipient: 'bob@orange.fr',
      reference: 'OFR_416',
      replyCode: 550,
      provider: /orange/i,
    },
  ],
  [
    'Free: too many connections from your IP',
    '421 4.7.0 Too many connections from your IP (203.0.113.7), see http://postmaster.free.fr/',
    { ...CONNECTIONS, ...TEMP, provider: /free/i },
  ],
  [
    'SFR: too many connections from your IP address, French',
    log(
      'bob@sfr.fr',
      'mx.sfr.fr',
      '4.7.0',
      '421 4.7.0 Trop de connexions depuis votre adresse IP, reessayez plus tard',
      'deferred',
      'CONNECT',
    ),
    { ...CONNECTIONS, ...TEMP, provider: /sfr/i },
  ],
  [
    'KPN: the IP address is on a black list, Dutch',
    '554 5.7.1 Het IP-adres 203.0.113.7 staat op een zwarte lijst',
    { ...IP_BLOCK },
  ],
  [
    'Libero: your IP blocked for sending spam, Italian',
    '550 5.7.1 Il tuo indirizzo IP 203.0.113.7 è stato bloccato per invio di spam',
    { ...IP_REPUTATION },
  ],
  [
    'Movistar: your IP address blocked for sending spam, Spanish',
    '554 5.7.1 Su dirección IP ha sido bloqueada por el envío de spam',
    { ...IP_REPUTATION },
  ],
  [
    'Seznam: the IP address on a black list, Czech',
    '554 5.7.1 szn; IP adresa 203.0.113.7 je na černé listině',
    { ...IP_BLOCK },
  ],
  [
    'Mail.ru: your IP address blocked for sending spam, Russian',
    '550 5.7.1 Ваш IP-адрес заблокирован за рассылку спама',
    { ...IP_REPUTATION },
  ],
  [
    'Onet: your IP address blocked because of spam, Polish',
    '554 5.7.1 Twój adres IP został zablokowany z powodu wysyłania spamu',
    { ...IP_REPUTATION },
  ],
  [
    'Swisscom: the IP address on a black list, German',
    '550 5.7.1 Ihre IP-Adresse 203.0.113.7 steht auf einer schwarzen Liste',
    { ...IP_BLOCK },
  ],
  [
    'NetEase: MI:SPF, the IP not permitted by SPF',
    '550 MI:SPF 163 mx10,H8CowAB3mWZ1cHtnXxYzAA--.777S2 1733209272 http://mail.163.com/help/help_spam_16.htm?ip=203.0.113.7&hostid=mx10&time=1733209272',
    { ...SPF, reference: 'MI:SPF', provider: /netease/i },
  ],
  [
    'QQ Mail: connection frequency limited',
    '550 Connection frequency limited. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000722',
    { ...CONNECTIONS, provider: /qq|tencent/i },
  ],
  [
    'Naver: the recipient address does not exist, Korean',
    log('bob@naver.com', 'mx2.naver.com', '5.1.1', '550 5.1.1 수신자 주소가 존재하지 않습니다'),
    { ...USER_UNKNOWN, provider: /naver/i },
  ],
  [
    'Rogers (mail at Yahoo): BL21, the IP in Spamhaus list',
    log(
      'bob@rogers.com',
      'mx-rogers.mail.am0.yahoodns.net',
      '5.7.1',
      "553 5.7.1 [BL21] Connections will not be accepted from 203.0.113.7, because the ip is in Spamhaus's list; see https://postmaster.yahooinc.com/error-codes",
      'bounced',
      'CONNECT',
    ),
    { ...IP_BLOCK, reference: 'BL21', provider: /yahoo/i },
  ],
  [
    'Telstra BigPond: mailbox over quota',
    log('bob@bigpond.com', 'mail.bigpond.com', '5.2.2', '552 5.2.2 Mailbox over quota'),
    { ...MAILBOX_FULL, provider: /telstra|bigpond/i },
  ],
  [
    "UOL: the recipient's mailbox is full, Portuguese",
    log('bob@uol.com.br', 'mx.uol.com.br', '5.2.2', '552 5.2.2 A caixa postal do destinatário está cheia'),
    { ...MAILBOX_FULL, provider: /uol/i },
  ],
  [
    'Vidéotron: unknown recipient address, French',
    log(
      'bob@videotron.ca',
      'mx.videotron.ca',
      '5.1.1',
      '550 5.1.1 <bob@videotron.ca>: Adresse du destinataire inconnue',
    ),
    { ...USER_UNKNOWN, recipient: 'bob@videotron.ca', provider: /vid[eé]otron/i },
  ],
];

export const ROUND_33: RealWorldCase[] = [
  ...GERMANY_33,
  ...FRANCE_33,
  ...SOUTH_33,
  ...BENELUX_ALPS_33,
  ...EAST_33,
  ...ASIA_33,
  ...OTHERS_33,
  ...SECOND_BATCH_33,
];
