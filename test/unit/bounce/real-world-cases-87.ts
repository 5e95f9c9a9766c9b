import type { RealWorldCase } from './real-world-cases.js';
import {
  GREYLIST,
  IP_BLOCK,
  lines,
  MAILBOX_FULL,
  MS_NOT_FOUND,
  postfixNoticeHead,
  RELAY,
  TOO_BIG,
  USER_UNKNOWN,
} from './real-world-expectations.js';

/*
 * An eighty-seventh held-out round, "one failure, many forms": a consistency round. Twelve everyday failures (unknown
 * user at Gmail, mailbox full at a Postfix + Dovecot host, Microsoft 365 RecipientNotFound 5.1.10, the sending IP on
 * Spamhaus ZEN at an Exim host, Yahoo's TSS04 deferral, greylisting at a postgrey host, SPF fail at Microsoft 365
 * 5.7.23, 552 5.3.4 message too large, 554 5.7.1 relay denied, a domain that does not exist, an MX that times out
 * until the message expires after 5 days, DMARC reject at Gmail 5.7.26), each written in the forms an admin meets it:
 * the bare reply, the sending Postfix's log line, Exim's mainlog line ("**" / "=="), Sendmail's "stat=", the DSN
 * fields as pasted, the sending system's notice (Postfix's bounce(8) and delay warning, Exim's, Sendmail's, Gmail's
 * "Address not found", Microsoft 365's NDR, Dovecot LDA's rejection), a swaks transcript, and the receiving side's
 * own lines (Postfix smtpd's NOQUEUE reject, Dovecot's lmtp log, postgrey's log). Cases are named "[failure] form";
 * every form of one failure expects the same cause, reason, side, permanence and confidence (a deferral log line is
 * temporary, the final notice after the queue gave up permanent), and the recipient, reply code and status it
 * states. Written from knowledge of the MTAs' own formats, none from the development corpus or the rules, measured
 * before any rule was changed:
 *   round 87  76 cases, 69 right as written (91 %). Case correction of ours (1): our Exim "==" line was written
 *             "defer (-44): H=…", with a colon Exim writes only after a connection errno and -44 for a refusal at
 *             MAIL FROM; now "defer (-45) H=…" at MAIL, "defer (-44) H=…" at RCPT (it failed either way: counted
 *             below). The rules' 7 misses, by failure and form:
 *             - Exim's mainlog deferral of an SMTP 4xx ("== r R=dnslookup T=remote_smtp defer (-44) H=mx [ip]
 *               X=TLS1.3:…:256 CV=yes: SMTP error …") (2: [Yahoo TSS04], [postgrey greylisting]): the server's words
 *               were taken from the errno on, over the fields, so the cipher's ":256" became the reply code (256)
 *               and the MX's address the sending IP;
 *             - a mail system's own notice less sure than its log line (3: [domain not found] in Postfix's and
 *               Exim's notices and Gmail's "Address not found", medium where the Postfix, Exim and Sendmail logs
 *               and the DSN said high): words without a reply code or status were taken as possibly retold, even
 *               inside the MTA's own template;
 *             - [Dovecot mailbox full] Dovecot LDA's "Your message to <r> was automatically rejected: Quota
 *               exceeded" (1): medium and temporary ("Deferred"), where the rejection is final and the words exact;
 *             - [postgrey greylisting] postgrey's "action=greylist, reason=new, … recipient=r" (1): no record.
 *             Inconsistencies within the accepted readings, seen on the table of all records (fixed where marked):
 *             [connection timed out] high in Postfix's log (its dsn=4.4.1) but medium in Exim's "defer (110):
 *             Connection timed out H=mx [ip]", Sendmail's "Deferred: Connection timed out with mx." and Sendmail's
 *             final notice (fixed), and Exim's line took the MX's address as the sending IP (fixed: the remote
 *             host); Exim's final "retry timeout exceeded" reads delivery-expired (either side) where Postfix's and
 *             Sendmail's final notices, which name the timeout, read recipient-server-unreachable: honest, Exim's
 *             notice does not say why. [Dovecot mailbox full] Dovecot's own log line and LDA rejection state no
 *             code (none expected). [Spamhaus at Exim] Postfix's log and DSN carry its own "5.0.0", the others no
 *             status. [domain not found] Microsoft 365's NDR names Microsoft as provider (the reporting system).
 *   fixed     in code: Exim's deferral line keeps the errno and the words after the fields, leaving the fields out,
 *             and reads a host named after a connection error's words ("… timed out H=mx [ip]") as the remote host
 *             (mta-log.ts); words inside a mail system's own notice template are as sure as a reply code beside
 *             them, and so are the sending MTA's own log words of a general cause when no reply is quoted (its
 *             vague words stay a step lower) (classify.ts, notice-kind.ts); postgrey's log line (new
 *             mta-log-policy.ts). As data: the templates' words (GENERATED_NOTICE_WORDS) and "was automatically
 *             rejected:" as a final notice's words (notice-headings.ts). The timeout forms' and postgrey's
 *             expectations were then tightened (high, the remote IP, the client as sending IP). 76 of 76; whole
 *             suite green; corpus 366/383, reply codes 261/274: seven records change confidence only (six Exim-
 *             template notices medium to high, cPanel's vague "the account or domain may not exist" low to medium).
 *   then      a second batch of 15 (SECOND_BATCH_87: more forms of the same failures: Exim's and Postfix's notices of
 *             Gmail's NoSuchUser, Dovecot's 452 4.2.2 under quota_full_tempfail, swaks against Microsoft 365 (5.1.10
 *             and 5.7.23), Yahoo (refused at MAIL FROM) and Gmail (5.7.26), Exim's notice of the Spamhaus refusal
 *             and of relay denied, Exim's 24-hour delay warning of TSS04, a "delayed" DSN of greylisting,
 *             Sendmail's MaxMessageSize reply in Postfix's log, Sendmail's "Relaying denied" in Exim's log,
 *             Microsoft 365's NDR of 5.4.310 for a domain that does not exist, Postfix's delay warning of the
 *             timeout), written after the fixes and measured before any change: 13 of 15 right as written. Case
 *             correction of ours (1): swaks refused at MAIL FROM never reaches RCPT TO, so it names no recipient
 *             (we expected one). The miss: Sendmail's "552 5.2.3 Message exceeds maximum fixed size (N)" read from
 *             its status alone (medium). Fixed as data: Sendmail's default words with Postfix's and Exchange's
 *             (reply-phrases.ts); it reads size-limit-exceeded by its 5.2.3 where 5.3.4 reads message-too-large,
 *             both accepted. 15 of 15; corpus as above.
 */

const FINAL = { permanent: true } as const;
const TEMPORARY = { permanent: false } as const;
const SURE = { confidence: 'high' } as const;
const SENDER = 'alice@example.com';
const OUR_HOST = 'mail.example.com';
const OUR_IP = '198.51.100.7';

// The forms one failure takes: written once from the words the receiving server replies.
const wrap = (text: string, width = 74): string[] => {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
};
/** Postfix smtp(8): "status=bounced (host H[IP] said: REPLY (in reply to STAGE command))", a multi-line reply joined. */
const postfixLog = (
  rcpt: string,
  host: string,
  ip: string,
  dsn: string,
  reply: string[],
  stage: string,
  status = 'bounced',
) =>
  `Nov  5 10:22:14 mail postfix/smtp[24817]: 4F1A2B3C4D: to=<${rcpt}>, relay=${host}[${ip}]:25, delay=1.4, delays=0.08/0.01/0.62/0.69, dsn=${dsn}, status=${status} (host ${host}[${ip}] said: ${reply.join(' ')} (in reply to ${stage} command))`;
/** Exim's mainlog: "** rcpt R=dnslookup T=remote_smtp H=host [ip]: SMTP error from remote mail server after STAGE: REPLY" ("\n" escaped). */
const eximLog = (rcpt: string, host: string, ip: string, reply: string[], stage: string, mark = '**') =>
  `2026-11-05 10:22:14 1tPq8Z-0004Xb-2K ${mark} ${rcpt} R=dnslookup T=remote_smtp ${mark === '==' ? `defer (${stage.startsWith('MAIL') ? -45 : -44}) ` : ''}H=${host} [${ip}] X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes: SMTP error from remote mail server after ${stage}: ${reply.join('\\n')}`;
/** Sendmail: "to=<rcpt>, … relay=host. [ip], dsn=X, stat=…". */
const sendmailLog = (rcpt: string, host: string, ip: string, dsn: string, stat: string) =>
  `Nov  5 10:22:14 mail sendmail[31107]: 4A5AMEx1031107: to=<${rcpt}>, ctladdr=<${SENDER}> (1000/1000), delay=00:00:02, xdelay=00:00:02, mailer=esmtp, pri=121874, relay=${host}. [${ip}], dsn=${dsn}, stat=${stat}`;
/** The per-recipient part of a Postfix DSN (message/delivery-status) as pasted. */
const dsnBody = (rcpt: string, host: string, status: string, diagnostic: string[], action = 'failed') =>
  lines(
    `Reporting-MTA: dns; ${OUR_HOST}`,
    'X-Postfix-Queue-ID: 4F1A2B3C4D',
    `X-Postfix-Sender: rfc822; ${SENDER}`,
    'Arrival-Date: Thu,  5 Nov 2026 10:22:12 +0000 (UTC)',
    '',
    `Final-Recipient: rfc822; ${rcpt}`,
    `Original-Recipient: rfc822;${rcpt}`,
    `Action: ${action}`,
    `Status: ${status}`,
    `Remote-MTA: dns; ${host}`,
    ...wrap(`Diagnostic-Code: smtp; ${diagnostic.join(' ')}`).map((l, i) => (i ? `    ${l}` : l)),
  );
/** Postfix's bounce notice (bounce(8)): the head, then "<rcpt>: host H[IP] said: REPLY (in reply to STAGE command)". */
const postfixNotice = (rcpt: string, host: string, ip: string, reply: string[], stage: string) =>
  lines(
    ...postfixNoticeHead(OUR_HOST),
    ...wrap(`<${rcpt}>: host ${host}[${ip}] said: ${reply.join(' ')} (in reply to ${stage} command)`).map(
      (l, i) => (i ? `    ${l}` : l),
    ),
  );
/** Exim's bounce notice: "This message was created automatically by mail delivery software." */
const eximNotice = (rcpt: string, host: string, ip: string, reply: string[], stage: string) =>
  lines(
    'This message was created automatically by mail delivery software.',
    '',
    'A message that you sent could not be delivered to one or more of its',
    'recipients. This is a permanent error. The following address(es) failed:',
    '',
    `  ${rcpt}`,
    `    host ${host} [${ip}]`,
    `    SMTP error from remote mail server after ${stage}:`,
    ...reply.map((l) => `    ${l}`),
  );
/** swaks: "<** " marks the reply that failed the transaction. */
const swaks = (
  rcpt: string,
  host: string,
  banner: string,
  reply: string[],
  failAt: 'RCPT' | 'MAIL' | 'DATA' = 'RCPT',
) =>
  lines(
    `=== Trying ${host}:25...`,
    `=== Connected to ${host}.`,
    `<-  220 ${banner}`,
    ` -> EHLO ${OUR_HOST}`,
    `<-  250-${host} Hello ${OUR_HOST} [${OUR_IP}]`,
    '<-  250-SIZE 52428800',
    '<-  250-PIPELINING',
    '<-  250 STARTTLS',
    ` -> MAIL FROM:<${SENDER}>`,
    ...(failAt === 'MAIL'
      ? reply.map((l) => `<** ${l}`)
      : [
          '<-  250 2.1.0 Ok',
          ` -> RCPT TO:<${rcpt}>`,
          ...(failAt === 'RCPT'
            ? reply.map((l) => `<** ${l}`)
            : [
                '<-  250 2.1.5 Ok',
                ' -> DATA',
                '<-  354 End data with <CR><LF>.<CR><LF>',
                ' -> Date: Thu, 05 Nov 2026 10:22:14 +0000',
                ` -> To: ${rcpt}`,
                ` -> From: ${SENDER}`,
                ' -> Subject: test Thu, 05 Nov 2026 10:22:14 +0000',
                ' -> ',
                ' -> This is a test mailing',
                ' -> ',
                ' -> .',
                ...reply.map((l) => `<** ${l}`),
              ]),
        ]),
    ' -> QUIT',
    '<-  221 2.0.0 Bye',
    '=== Connection closed with remote host.',
  );

// 1. Unknown user at Gmail.
const G_RCPT = 'jdoe.example@gmail.com';
const G_MX = 'gmail-smtp-in.l.google.com';
const G_IP = '142.250.102.27';
const G_UNKNOWN = [
  '550-5.1.1 The email account that you tried to reach does not exist. Please try',
  "550-5.1.1 double-checking the recipient's email address for typos or",
  '550-5.1.1 unnecessary spaces. For more information, go to',
  '550 5.1.1  https://support.google.com/mail/?p=NoSuchUser a640c23a62f3a-b2d1e5c7si1184566b.312 - gsmtp',
];
const GMAIL_UNKNOWN = { ...USER_UNKNOWN, ...FINAL, side: 'sender', ...SURE } as const;
const GMAIL_UNKNOWN_CASES: RealWorldCase[] = [
  [
    '[Gmail unknown user] bare reply',
    lines(...G_UNKNOWN),
    { ...GMAIL_UNKNOWN, replyCode: 550, status: '5.1.1', provider: /google|gmail/i },
  ],
  [
    '[Gmail unknown user] Postfix log',
    postfixLog(G_RCPT, G_MX, G_IP, '5.1.1', G_UNKNOWN, 'RCPT TO'),
    { ...GMAIL_UNKNOWN, recipient: G_RCPT, replyCode: 550, status: '5.1.1', provider: /google|gmail/i },
  ],
  [
    '[Gmail unknown user] Exim mainlog',
    eximLog(G_RCPT, G_MX, G_IP, G_UNKNOWN, `RCPT TO:<${G_RCPT}>`),
    { ...GMAIL_UNKNOWN, recipient: G_RCPT, replyCode: 550, status: '5.1.1', provider: /google|gmail/i },
  ],
  [
    '[Gmail unknown user] Sendmail log',
    sendmailLog(G_RCPT, G_MX, G_IP, '5.1.1', 'User unknown'),
    { ...GMAIL_UNKNOWN, recipient: G_RCPT, status: '5.1.1' },
  ],
  [
    '[Gmail unknown user] DSN',
    dsnBody(G_RCPT, G_MX, '5.1.1', G_UNKNOWN),
    { ...GMAIL_UNKNOWN, recipient: G_RCPT, replyCode: 550, status: '5.1.1' },
  ],
  [
    "[Gmail unknown user] Gmail's Address not found",
    lines(
      'Address not found',
      '',
      `Your message wasn't delivered to ${G_RCPT} because the address couldn't be found, or is unable to receive mail.`,
      '',
      'LEARN MORE',
      '',
      'The response was:',
      '',
      "The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser",
    ),
    { ...GMAIL_UNKNOWN, recipient: G_RCPT, provider: /google|gmail/i },
  ],
  [
    '[Gmail unknown user] swaks',
    swaks(
      G_RCPT,
      'gmail-smtp-in.l.google.com',
      'mx.google.com ESMTP b2d1e5c7si1184566b.312 - gsmtp',
      G_UNKNOWN,
    ),
    { ...GMAIL_UNKNOWN, recipient: G_RCPT, replyCode: 550, status: '5.1.1' },
  ],
];

// 2. Mailbox full at a Postfix + Dovecot host (Dovecot's default quota_exceeded_message; quota-status's default reply).
const D_RCPT = 'bob@example.org';
const D_QUOTA = [`552 5.2.2 <${D_RCPT}> Quota exceeded (mailbox for user is full)`];
const FULL = { ...MAILBOX_FULL, ...SURE } as const;
const DOVECOT_FULL_CASES: RealWorldCase[] = [
  [
    '[Dovecot mailbox full] bare LMTP reply',
    lines(...D_QUOTA),
    { ...FULL, ...FINAL, recipient: D_RCPT, replyCode: 552, status: '5.2.2' },
  ],
  [
    '[Dovecot mailbox full] Postfix lmtp log',
    `Nov  5 10:22:15 mail postfix/lmtp[8812]: 9C2D3E4F5A: to=<${D_RCPT}>, relay=mail.example.org[private/dovecot-lmtp], delay=0.21, delays=0.1/0/0.01/0.1, dsn=5.2.2, status=bounced (host mail.example.org[private/dovecot-lmtp] said: ${D_QUOTA[0]} (in reply to end of DATA command))`,
    { ...FULL, ...FINAL, recipient: D_RCPT, replyCode: 552, status: '5.2.2' },
  ],
  [
    '[Dovecot mailbox full] Postfix notice',
    lines(
      ...postfixNoticeHead('mail.example.org'),
      `<${D_RCPT}>: host mail.example.org[private/dovecot-lmtp] said: 552 5.2.2`,
      `    <${D_RCPT}> Quota exceeded (mailbox for user is full) (in reply to end`,
      '    of DATA command)',
    ),
    { ...FULL, ...FINAL, recipient: D_RCPT, replyCode: 552, status: '5.2.2' },
  ],
  [
    '[Dovecot mailbox full] DSN',
    dsnBody(D_RCPT, 'mail.example.org', '5.2.2', D_QUOTA),
    { ...FULL, ...FINAL, recipient: D_RCPT, replyCode: 552, status: '5.2.2' },
  ],
  [
    '[Dovecot mailbox full] Dovecot log',
    `Nov  5 10:22:15 mail dovecot: lmtp(${D_RCPT})<8813><kJ3nF2dGKmctIgAAx9cBRg>: Error: msgid=<20261105102212.4F1A2B3C4D@mail.example.com>: save failed to INBOX: Quota exceeded (mailbox for user is full)`,
    { ...FULL, recipient: D_RCPT },
  ],
  [
    "[Dovecot mailbox full] Dovecot LDA's rejection",
    lines(
      `Your message to <${D_RCPT}> was automatically rejected:`,
      'Quota exceeded (mailbox for user is full)',
    ),
    { ...FULL, ...FINAL, recipient: D_RCPT },
  ],
  [
    '[Dovecot mailbox full] Exim mainlog (quota-status at RCPT)',
    eximLog(
      D_RCPT,
      'mail.example.org',
      '203.0.113.25',
      [`552 5.2.2 <${D_RCPT}>: Recipient address rejected: Mailbox is full`],
      `RCPT TO:<${D_RCPT}>`,
    ),
    { ...FULL, ...FINAL, recipient: D_RCPT, replyCode: 552, status: '5.2.2' },
  ],
];

// 3. Microsoft 365: RecipientNotFound 5.1.10.
const M_RCPT = 'jan.devries@example.nl';
const M_MX = 'example-nl.mail.protection.outlook.com';
const M_IP = '52.101.68.14';
const M_REPLY = ['550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'];
const M365_NOT_FOUND = { ...MS_NOT_FOUND, ...FINAL, ...SURE } as const;
const M365_CASES: RealWorldCase[] = [
  [
    '[M365 RecipientNotFound] bare reply',
    lines(...M_REPLY),
    { ...M365_NOT_FOUND, replyCode: 550, status: '5.1.10' },
  ],
  [
    '[M365 RecipientNotFound] Postfix log',
    postfixLog(M_RCPT, M_MX, M_IP, '5.1.10', M_REPLY, 'RCPT TO'),
    { ...M365_NOT_FOUND, recipient: M_RCPT, replyCode: 550, status: '5.1.10' },
  ],
  [
    '[M365 RecipientNotFound] Exim mainlog',
    eximLog(M_RCPT, M_MX, M_IP, M_REPLY, `RCPT TO:<${M_RCPT}>`),
    { ...M365_NOT_FOUND, recipient: M_RCPT, replyCode: 550, status: '5.1.10' },
  ],
  [
    '[M365 RecipientNotFound] Exim notice',
    eximNotice(M_RCPT, M_MX, M_IP, M_REPLY, `RCPT TO:<${M_RCPT}>`),
    { ...M365_NOT_FOUND, recipient: M_RCPT, replyCode: 550, status: '5.1.10' },
  ],
  [
    '[M365 RecipientNotFound] DSN',
    dsnBody(M_RCPT, M_MX, '5.1.10', M_REPLY),
    { ...M365_NOT_FOUND, recipient: M_RCPT, replyCode: 550, status: '5.1.10' },
  ],
  [
    '[M365 RecipientNotFound] Microsoft 365 NDR',
    lines(
      `Your message to ${M_RCPT} couldn't be delivered.`,
      "jan.devries wasn't found at example.nl.",
      '',
      'alice\tOffice 365\tjan.devries',
      'Action Required\t\tRecipient',
      '',
      'Unknown To address',
      '',
      'How to Fix It',
      'The address may be misspelled or may not exist. Try one or more of the following:',
      '',
      'More Info for Email Admins',
      'Status code: 550 5.1.10',
      '',
      "This error occurs because the recipient's email address wasn't found by the remote server. The address could be misspelled, or it might not exist.",
      '',
      'Original Message Details',
      'Created Date:\t11/5/2026 10:22:12 AM',
      'Sender Address:\talice@contoso.example',
      `Recipient Address:\t${M_RCPT}`,
      'Subject:\tQuarterly figures',
      '',
      'Error Details',
      `Error:\t550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient ${M_RCPT} not found by SMTP address lookup`,
      'Message rejected by:\tAM0PR04MB6433.eurprd04.prod.outlook.com',
      '',
      'Notification Details',
      'Sent by:\tDB9PR04MB8412.eurprd04.prod.outlook.com',
    ),
    {
      ...M365_NOT_FOUND,
      recipient: M_RCPT,
      replyCode: 550,
      status: '5.1.10',
      provider: /microsoft|outlook|office/i,
    },
  ],
];

// 4. The sending IP on Spamhaus ZEN, rejected by an Exim host (Exim's default dnslists message).
const S_RCPT = 'sales@example.de';
const S_MX = 'mx1.example.de';
const S_IP = '203.0.113.40';
const S_REPLY = [
  `550-Rejected because ${OUR_IP} is in a black list at zen.spamhaus.org`,
  `550 https://check.spamhaus.org/query/ip/${OUR_IP}`,
];
const LISTED = { ...IP_BLOCK, ...FINAL, sendingIp: OUR_IP, ...SURE } as const;
const SPAMHAUS_CASES: RealWorldCase[] = [
  ['[Spamhaus at Exim] bare reply', lines(...S_REPLY), { ...LISTED, replyCode: 550 }],
  [
    '[Spamhaus at Exim] Postfix log',
    postfixLog(S_RCPT, S_MX, S_IP, '5.0.0', S_REPLY, 'RCPT TO'),
    { ...LISTED, recipient: S_RCPT, replyCode: 550 },
  ],
  [
    '[Spamhaus at Exim] Exim mainlog',
    eximLog(S_RCPT, S_MX, S_IP, S_REPLY, `RCPT TO:<${S_RCPT}>`),
    { ...LISTED, recipient: S_RCPT, replyCode: 550 },
  ],
  [
    '[Spamhaus at Exim] Postfix notice',
    postfixNotice(S_RCPT, S_MX, S_IP, S_REPLY, 'RCPT TO'),
    { ...LISTED, recipient: S_RCPT, replyCode: 550 },
  ],
  [
    '[Spamhaus at Exim] DSN',
    dsnBody(S_RCPT, S_MX, '5.0.0', S_REPLY),
    { ...LISTED, recipient: S_RCPT, replyCode: 550 },
  ],
  [
    '[Spamhaus at Exim] swaks',
    swaks(S_RCPT, S_MX, `${S_MX} ESMTP Exim 4.97 Thu, 05 Nov 2026 10:22:14 +0100`, S_REPLY),
    { ...LISTED, recipient: S_RCPT, replyCode: 550 },
  ],
];

// 5. Yahoo's TSS04 deferral (complaints or unexpected volume from the sending IP).
const Y_RCPT = 'carol.example@yahoo.com';
const Y_MX = 'mta7.am0.yahoodns.net';
const Y_IP = '67.195.204.79';
const Y_REPLY = [
  `421 4.7.0 [TSS04] Messages from ${OUR_IP} temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes`,
];
const TSS04 = {
  cause: ['rate-limited', 'ip-reputation', 'too-many-connections'],
  reason: ['speeding', 'badreputation', 'blocked', 'toomanyconn'],
  sendingIp: OUR_IP,
  ...SURE,
} as const;
const TSS04_DEFERRED = { ...TSS04, side: 'sender', ...TEMPORARY, replyCode: 421, status: '4.7.0' } as const;
const YAHOO_CASES: RealWorldCase[] = [
  ['[Yahoo TSS04] bare reply', lines(...Y_REPLY), { ...TSS04_DEFERRED, provider: /yahoo/i }],
  [
    '[Yahoo TSS04] Postfix log',
    postfixLog(Y_RCPT, Y_MX, Y_IP, '4.7.0', Y_REPLY, 'MAIL FROM', 'deferred'),
    { ...TSS04_DEFERRED, recipient: Y_RCPT, provider: /yahoo/i },
  ],
  [
    '[Yahoo TSS04] Exim mainlog',
    eximLog(Y_RCPT, Y_MX, Y_IP, Y_REPLY, `MAIL FROM:<${SENDER}> SIZE=18342`, '=='),
    { ...TSS04_DEFERRED, recipient: Y_RCPT, provider: /yahoo/i },
  ],
  [
    '[Yahoo TSS04] Sendmail log',
    sendmailLog(Y_RCPT, Y_MX, Y_IP, '4.7.0', `Deferred: ${Y_REPLY[0]}`),
    { ...TSS04_DEFERRED, recipient: Y_RCPT },
  ],
  [
    '[Yahoo TSS04] Postfix delay warning',
    lines(
      ...postfixNoticeHead(OUR_HOST).slice(0, 2),
      '####################################################################',
      '# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #',
      '####################################################################',
      '',
      'Your message could not be delivered for more than 4 hour(s).',
      'It will be retried until it is 5 day(s) old.',
      '',
      'For further assistance, please send mail to postmaster.',
      '',
      '                   The mail system',
      '',
      ...wrap(`<${Y_RCPT}>: host ${Y_MX}[${Y_IP}] said: ${Y_REPLY[0]} (in reply to MAIL FROM command)`).map(
        (l, i) => (i ? `    ${l}` : l),
      ),
    ),
    { ...TSS04_DEFERRED, recipient: Y_RCPT },
  ],
  [
    '[Yahoo TSS04] Postfix notice after 5 days',
    lines(
      postfixNotice(Y_RCPT, Y_MX, Y_IP, Y_REPLY, 'MAIL FROM'),
      '',
      dsnBody(Y_RCPT, Y_MX, '4.7.0', Y_REPLY),
    ),
    {
      ...TSS04,
      cause: [...TSS04.cause, 'delivery-expired'],
      reason: [...TSS04.reason, 'expired'],
      ...FINAL,
      recipient: Y_RCPT,
      replyCode: 421,
      status: '4.7.0',
    },
  ],
];

// 6. Greylisting at a postgrey host (Postfix's check_policy_service answer).
const P_RCPT = 'dave@example.net';
const P_MX = 'mx.example.net';
const P_IP = '203.0.113.60';
const P_REPLY = [
  `450 4.2.0 <${P_RCPT}>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.net.html`,
];
const GREY = { ...GREYLIST, ...TEMPORARY, ...SURE } as const;
const GREYLIST_CASES: RealWorldCase[] = [
  [
    '[postgrey greylisting] bare reply',
    lines(...P_REPLY),
    { ...GREY, recipient: P_RCPT, replyCode: 450, status: '4.2.0' },
  ],
  [
    '[postgrey greylisting] Postfix log',
    postfixLog(P_RCPT, P_MX, P_IP, '4.2.0', P_REPLY, 'RCPT TO', 'deferred'),
    { ...GREY, recipient: P_RCPT, replyCode: 450, status: '4.2.0' },
  ],
  [
    '[postgrey greylisting] Exim mainlog',
    eximLog(P_RCPT, P_MX, P_IP, P_REPLY, `RCPT TO:<${P_RCPT}>`, '=='),
    { ...GREY, recipient: P_RCPT, replyCode: 450, status: '4.2.0' },
  ],
  [
    '[postgrey greylisting] Sendmail log',
    sendmailLog(P_RCPT, P_MX, P_IP, '4.2.0', `Deferred: ${P_REPLY[0]}`),
    { ...GREY, recipient: P_RCPT, replyCode: 450, status: '4.2.0' },
  ],
  [
    "[postgrey greylisting] the receiver's smtpd log",
    `Nov  5 10:22:14 mx postfix/smtpd[5521]: NOQUEUE: reject: RCPT from ${OUR_HOST}[${OUR_IP}]: ${P_REPLY[0]}; from=<${SENDER}> to=<${P_RCPT}> proto=ESMTP helo=<${OUR_HOST}>`,
    { ...GREY, recipient: P_RCPT, replyCode: 450, status: '4.2.0', sendingIp: OUR_IP },
  ],
  [
    '[postgrey greylisting] postgrey log',
    `Nov  5 10:22:14 mx postgrey[1187]: action=greylist, reason=new, client_name=${OUR_HOST}, client_address=${OUR_IP}, sender=${SENDER}, recipient=${P_RCPT}`,
    { ...GREY, recipient: P_RCPT, sendingIp: OUR_IP },
  ],
  [
    '[postgrey greylisting] swaks',
    swaks(P_RCPT, P_MX, `${P_MX} ESMTP Postfix (Debian/GNU)`, P_REPLY),
    { ...GREY, recipient: P_RCPT, replyCode: 450, status: '4.2.0' },
  ],
];

// 7. SPF fail at Microsoft 365 (5.7.23).
const F_RCPT = 'finance@example.co.uk';
const F_MX = 'example-co-uk.mail.protection.outlook.com';
const F_IP = '52.101.73.9';
const F_REPLY = [
  '550 5.7.23 The message was rejected because of Sender Policy Framework violation -> A DNS lookup of the sender domain SPF record failed or the sending IP address is not authorized [LO2GBR01FT012.eop-gbr01.prod.protection.outlook.com 2026-11-05T10:22:14.512Z 08DCF7E1A2B3C4D5]',
];
const SPF = {
  cause: ['spf-fail', 'auth-failed', 'dmarc-fail'],
  reason: 'authfailure',
  side: 'sender',
  ...FINAL,
  ...SURE,
} as const;
const SPF_CASES: RealWorldCase[] = [
  ['[M365 SPF fail 5.7.23] bare reply', lines(...F_REPLY), { ...SPF, replyCode: 550, status: '5.7.23' }],
  [
    '[M365 SPF fail 5.7.23] Postfix log',
    postfixLog(F_RCPT, F_MX, F_IP, '5.7.23', F_REPLY, 'end of DATA'),
    { ...SPF, recipient: F_RCPT, replyCode: 550, status: '5.7.23' },
  ],
  [
    '[M365 SPF fail 5.7.23] Exim mainlog',
    eximLog(F_RCPT, F_MX, F_IP, F_REPLY, 'end of data'),
    { ...SPF, recipient: F_RCPT, replyCode: 550, status: '5.7.23' },
  ],
  [
    '[M365 SPF fail 5.7.23] Postfix notice',
    postfixNotice(F_RCPT, F_MX, F_IP, F_REPLY, 'end of DATA'),
    { ...SPF, recipient: F_RCPT, replyCode: 550, status: '5.7.23' },
  ],
  [
    '[M365 SPF fail 5.7.23] DSN',
    dsnBody(F_RCPT, F_MX, '5.7.23', F_REPLY),
    { ...SPF, recipient: F_RCPT, replyCode: 550, status: '5.7.23' },
  ],
];

// 8. Message too large: 552 5.3.4 (Postfix's message_size_limit answer), and the sending Postfix's SIZE check.
const B_RCPT = 'erin@example.org';
const B_MX = 'mx.example.org';
const B_IP = '203.0.113.25';
const B_REPLY = ['552 5.3.4 Message size exceeds fixed limit'];
const BIG = { ...TOO_BIG, ...FINAL, ...SURE } as const;
const SIZE_CASES: RealWorldCase[] = [
  ['[552 5.3.4 too large] bare reply', lines(...B_REPLY), { ...BIG, replyCode: 552, status: '5.3.4' }],
  [
    '[552 5.3.4 too large] Postfix log',
    postfixLog(B_RCPT, B_MX, B_IP, '5.3.4', B_REPLY, 'end of DATA'),
    { ...BIG, recipient: B_RCPT, replyCode: 552, status: '5.3.4' },
  ],
  [
    '[552 5.3.4 too large] Postfix log, the SIZE extension',
    `Nov  5 10:22:14 mail postfix/smtp[24817]: 4F1A2B3C4D: to=<${B_RCPT}>, relay=${B_MX}[${B_IP}]:25, delay=0.9, delays=0.3/0.01/0.5/0.1, dsn=5.3.4, status=bounced (message size 31457280 exceeds size limit 10240000 of server ${B_MX}[${B_IP}])`,
    { ...BIG, recipient: B_RCPT, status: '5.3.4' },
  ],
  [
    '[552 5.3.4 too large] Exim mainlog',
    eximLog(B_RCPT, B_MX, B_IP, B_REPLY, 'end of data'),
    { ...BIG, recipient: B_RCPT, replyCode: 552, status: '5.3.4' },
  ],
  [
    '[552 5.3.4 too large] Exim notice',
    eximNotice(B_RCPT, B_MX, B_IP, B_REPLY, 'end of data'),
    { ...BIG, recipient: B_RCPT, replyCode: 552, status: '5.3.4' },
  ],
  [
    '[552 5.3.4 too large] DSN',
    dsnBody(B_RCPT, B_MX, '5.3.4', B_REPLY),
    { ...BIG, recipient: B_RCPT, replyCode: 552, status: '5.3.4' },
  ],
  [
    '[552 5.3.4 too large] swaks',
    swaks(B_RCPT, B_MX, `${B_MX} ESMTP Postfix`, B_REPLY, 'DATA'),
    { ...BIG, recipient: B_RCPT, replyCode: 552, status: '5.3.4' },
  ],
];

// 9. Relay denied: 554 5.7.1 (Postfix's reject_unauth_destination), met by a sender using the wrong host as relay.
const R_RCPT = 'frank@example.net';
const R_MX = 'smtp.example.org';
const R_IP = '203.0.113.26';
const R_REPLY = [`554 5.7.1 <${R_RCPT}>: Relay access denied`];
const DENIED = { ...RELAY, ...FINAL, recipient: R_RCPT, replyCode: 554, status: '5.7.1', ...SURE } as const;
const RELAY_CASES: RealWorldCase[] = [
  ['[relay denied 554 5.7.1] bare reply', lines(...R_REPLY), DENIED],
  [
    '[relay denied 554 5.7.1] Postfix log',
    postfixLog(R_RCPT, R_MX, R_IP, '5.7.1', R_REPLY, 'RCPT TO'),
    DENIED,
  ],
  [
    '[relay denied 554 5.7.1] Exim mainlog',
    eximLog(R_RCPT, R_MX, R_IP, R_REPLY, `RCPT TO:<${R_RCPT}>`),
    DENIED,
  ],
  ['[relay denied 554 5.7.1] Postfix notice', postfixNotice(R_RCPT, R_MX, R_IP, R_REPLY, 'RCPT TO'), DENIED],
  ['[relay denied 554 5.7.1] DSN', dsnBody(R_RCPT, R_MX, '5.7.1', R_REPLY), DENIED],
  [
    "[relay denied 554 5.7.1] the receiver's smtpd log",
    `Nov  5 10:22:14 smtp postfix/smtpd[7730]: NOQUEUE: reject: RCPT from unknown[${OUR_IP}]: ${R_REPLY[0]}; from=<${SENDER}> to=<${R_RCPT}> proto=ESMTP helo=<alices-laptop>`,
    DENIED,
  ],
  ['[relay denied 554 5.7.1] swaks', swaks(R_RCPT, R_MX, `${R_MX} ESMTP Postfix`, R_REPLY), DENIED],
];

// 10. The recipient's domain does not exist (a typo: exmaple.com): no MX, no A.
const N_RCPT = 'grace@exmaple.com';
const NOT_FOUND = {
  cause: ['domain-not-found', 'recipient-domain-typo', 'no-mx'],
  reason: 'hostunknown',
  ...FINAL,
  recipient: N_RCPT,
  ...SURE,
} as const;
const NO_DOMAIN_CASES: RealWorldCase[] = [
  [
    '[domain not found] Postfix log',
    `Nov  5 10:22:14 mail postfix/smtp[24817]: 4F1A2B3C4D: to=<${N_RCPT}>, relay=none, delay=0.31, delays=0.1/0.01/0.2/0, dsn=5.4.4, status=bounced (Host or domain name not found. Name service error for name=exmaple.com type=A: Host not found)`,
    { ...NOT_FOUND, status: '5.4.4' },
  ],
  [
    '[domain not found] Postfix notice',
    lines(
      ...postfixNoticeHead(OUR_HOST),
      `<${N_RCPT}>: Host or domain name not found. Name service error for`,
      '    name=exmaple.com type=A: Host not found',
    ),
    NOT_FOUND,
  ],
  [
    '[domain not found] DSN',
    lines(
      `Reporting-MTA: dns; ${OUR_HOST}`,
      'X-Postfix-Queue-ID: 4F1A2B3C4D',
      `X-Postfix-Sender: rfc822; ${SENDER}`,
      'Arrival-Date: Thu,  5 Nov 2026 10:22:13 +0000 (UTC)',
      '',
      `Final-Recipient: rfc822; ${N_RCPT}`,
      `Original-Recipient: rfc822;${N_RCPT}`,
      'Action: failed',
      'Status: 5.4.4',
      'Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error',
      '    for name=exmaple.com type=A: Host not found',
    ),
    { ...NOT_FOUND, status: '5.4.4' },
  ],
  [
    '[domain not found] Exim mainlog',
    `2026-11-05 10:22:14 1tPq8Z-0004Xb-2K ** ${N_RCPT}: Unrouteable address`,
    NOT_FOUND,
  ],
  [
    '[domain not found] Exim notice',
    lines(
      'This message was created automatically by mail delivery software.',
      '',
      'A message that you sent could not be delivered to one or more of its',
      'recipients. This is a permanent error. The following address(es) failed:',
      '',
      `  ${N_RCPT}`,
      '    Unrouteable address',
    ),
    NOT_FOUND,
  ],
  [
    '[domain not found] Sendmail log',
    `Nov  5 10:22:14 mail sendmail[31107]: 4A5AMEx1031107: to=<${N_RCPT}>, ctladdr=<${SENDER}> (1000/1000), delay=00:00:00, xdelay=00:00:00, mailer=esmtp, pri=30453, relay=exmaple.com., dsn=5.1.2, stat=Host unknown (Name server: exmaple.com.: host not found)`,
    { ...NOT_FOUND, status: '5.1.2' },
  ],
  [
    "[domain not found] Gmail's Address not found",
    lines(
      'Address not found',
      '',
      `Your message wasn't delivered to ${N_RCPT} because the domain exmaple.com couldn't be found. Check for typos or unnecessary spaces and try again.`,
    ),
    NOT_FOUND,
  ],
];

// 11. The MX does not answer: "Connection timed out" deferrals, then the message expires after 5 days.
const T_RCPT = 'heidi@example.net';
const T_MX = 'mx.example.net';
const T_IP = '203.0.113.50';
const TIMING_OUT = {
  cause: ['recipient-server-unreachable', 'delivery-delayed', 'server-unavailable'],
  reason: ['expired', 'networkerror'],
  ...TEMPORARY,
  recipient: T_RCPT,
  ...SURE,
} as const;
const TIMED_OUT_FINAL = {
  cause: ['delivery-expired', 'recipient-server-unreachable'],
  reason: ['expired', 'networkerror'],
  ...FINAL,
  recipient: T_RCPT,
  ...SURE,
} as const;
const TIMEOUT_CASES: RealWorldCase[] = [
  [
    '[connection timed out] Postfix log, deferred',
    `Nov  5 10:22:44 mail postfix/smtp[24817]: 4F1A2B3C4D: to=<${T_RCPT}>, relay=none, delay=30, delays=0.1/0.01/30/0, dsn=4.4.1, status=deferred (connect to ${T_MX}[${T_IP}]:25: Connection timed out)`,
    { ...TIMING_OUT, status: '4.4.1', remoteIp: T_IP },
  ],
  [
    '[connection timed out] Exim mainlog, deferred',
    `2026-11-05 10:22:44 1tPq8Z-0004Xb-2K == ${T_RCPT} R=dnslookup T=remote_smtp defer (110): Connection timed out H=${T_MX} [${T_IP}]`,
    { ...TIMING_OUT, remoteIp: T_IP, sendingIp: null },
  ],
  [
    '[connection timed out] Sendmail log, deferred',
    `Nov  5 10:22:44 mail sendmail[31107]: 4A5AMEx1031107: to=<${T_RCPT}>, ctladdr=<${SENDER}> (1000/1000), delay=00:00:30, xdelay=00:00:30, mailer=esmtp, pri=121874, relay=${T_MX}. [${T_IP}], dsn=4.0.0, stat=Deferred: Connection timed out with ${T_MX}.`,
    { ...TIMING_OUT, remoteIp: T_IP },
  ],
  [
    '[connection timed out] Postfix notice after 5 days',
    lines(
      ...postfixNoticeHead(OUR_HOST),
      `<${T_RCPT}>: connect to ${T_MX}[${T_IP}]:25: Connection timed out`,
      '',
      `Reporting-MTA: dns; ${OUR_HOST}`,
      'X-Postfix-Queue-ID: 4F1A2B3C4D',
      `X-Postfix-Sender: rfc822; ${SENDER}`,
      'Arrival-Date: Sat, 31 Oct 2026 10:22:14 +0000 (UTC)',
      '',
      `Final-Recipient: rfc822; ${T_RCPT}`,
      `Original-Recipient: rfc822;${T_RCPT}`,
      'Action: failed',
      'Status: 4.4.1',
      `Diagnostic-Code: X-Postfix; connect to ${T_MX}[${T_IP}]:25: Connection timed out`,
    ),
    { ...TIMED_OUT_FINAL, status: '4.4.1', remoteIp: T_IP },
  ],
  [
    '[connection timed out] Exim notice, retry timeout exceeded',
    lines(
      'This message was created automatically by mail delivery software.',
      '',
      'A message that you sent could not be delivered to one or more of its',
      'recipients. This is a permanent error. The following address(es) failed:',
      '',
      `  ${T_RCPT}`,
      '    retry timeout exceeded',
    ),
    TIMED_OUT_FINAL,
  ],
  [
    '[connection timed out] Sendmail notice after 5 days',
    lines(
      'The original message was received at Sat, 31 Oct 2026 10:22:14 GMT',
      `from localhost [127.0.0.1]`,
      '',
      '   ----- The following addresses had permanent fatal errors -----',
      `<${T_RCPT}>`,
      `    (reason: Connection timed out with ${T_MX}.)`,
      '',
      '   ----- Transcript of session follows -----',
      `<${T_RCPT}>... Deferred: Connection timed out with ${T_MX}.`,
      'Message could not be delivered for 5 days',
      'Message will be deleted from queue',
    ),
    TIMED_OUT_FINAL,
  ],
];

// 12. DMARC reject at Gmail (5.7.26).
const A_RCPT = 'ivan.example@gmail.com';
const A_REPLY = [
  "550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's",
  '550-5.7.26 DMARC policy. Please contact the administrator of example.com domain',
  '550-5.7.26 if this was a legitimate mail. To learn about the DMARC initiative,',
  '550 5.7.26 go to  https://support.google.com/mail/?p=DmarcRejection 41be03b00d2f7-7c2e1a9f5d2si912345a12.300 - gsmtp',
];
const DMARC = {
  cause: ['dmarc-fail', 'auth-failed'],
  reason: 'authfailure',
  side: 'sender',
  ...FINAL,
  replyCode: 550,
  status: '5.7.26',
  ...SURE,
} as const;
const DMARC_CASES: RealWorldCase[] = [
  ['[Gmail DMARC reject 5.7.26] bare reply', lines(...A_REPLY), { ...DMARC, provider: /google|gmail/i }],
  [
    '[Gmail DMARC reject 5.7.26] Postfix log',
    postfixLog(A_RCPT, G_MX, G_IP, '5.7.26', A_REPLY, 'end of DATA'),
    { ...DMARC, recipient: A_RCPT, provider: /google|gmail/i },
  ],
  [
    '[Gmail DMARC reject 5.7.26] Exim mainlog',
    eximLog(A_RCPT, G_MX, G_IP, A_REPLY, 'end of data'),
    { ...DMARC, recipient: A_RCPT, provider: /google|gmail/i },
  ],
  [
    '[Gmail DMARC reject 5.7.26] Exim notice',
    eximNotice(A_RCPT, G_MX, G_IP, A_REPLY, 'end of data'),
    { ...DMARC, recipient: A_RCPT },
  ],
  [
    '[Gmail DMARC reject 5.7.26] DSN',
    dsnBody(A_RCPT, G_MX, '5.7.26', A_REPLY),
    { ...DMARC, recipient: A_RCPT },
  ],
];

export const ROUND_87: RealWorldCase[] = [
  ...GMAIL_UNKNOWN_CASES,
  ...DOVECOT_FULL_CASES,
  ...M365_CASES,
  ...SPAMHAUS_CASES,
  ...YAHOO_CASES,
  ...GREYLIST_CASES,
  ...SPF_CASES,
  ...SIZE_CASES,
  ...RELAY_CASES,
  ...NO_DOMAIN_CASES,
  ...TIMEOUT_CASES,
  ...DMARC_CASES,
];

// Written after the first batch's fixes: more forms of the same failures.
export const SECOND_BATCH_87: RealWorldCase[] = [
  [
    '[Gmail unknown user] Exim notice',
    eximNotice(G_RCPT, G_MX, G_IP, G_UNKNOWN, `RCPT TO:<${G_RCPT}>`),
    { ...GMAIL_UNKNOWN, recipient: G_RCPT, replyCode: 550, status: '5.1.1', provider: /google|gmail/i },
  ],
  [
    '[Gmail unknown user] Postfix notice',
    postfixNotice(G_RCPT, G_MX, G_IP, G_UNKNOWN, 'RCPT TO'),
    { ...GMAIL_UNKNOWN, recipient: G_RCPT, replyCode: 550, status: '5.1.1', provider: /google|gmail/i },
  ],
  [
    '[Dovecot mailbox full] Postfix lmtp log, quota_full_tempfail',
    `Nov  5 10:22:15 mail postfix/lmtp[8812]: 9C2D3E4F5A: to=<${D_RCPT}>, relay=mail.example.org[private/dovecot-lmtp], delay=0.2, delays=0.1/0/0.01/0.09, dsn=4.2.2, status=deferred (host mail.example.org[private/dovecot-lmtp] said: 452 4.2.2 <${D_RCPT}> Quota exceeded (mailbox for user is full) (in reply to end of DATA command))`,
    { ...FULL, ...TEMPORARY, recipient: D_RCPT, replyCode: 452, status: '4.2.2' },
  ],
  [
    '[M365 RecipientNotFound] swaks',
    swaks(
      M_RCPT,
      M_MX,
      `AM4PEPF00027A6C.mail.protection.outlook.com Microsoft ESMTP MAIL Service ready at Thu, 5 Nov 2026 10:22:14 +0000 [08DCF7E1A2B3C4D5]`,
      M_REPLY,
    ),
    { ...M365_NOT_FOUND, recipient: M_RCPT, replyCode: 550, status: '5.1.10' },
  ],
  [
    '[Spamhaus at Exim] Exim notice',
    eximNotice(S_RCPT, S_MX, S_IP, S_REPLY, `RCPT TO:<${S_RCPT}>`),
    { ...LISTED, recipient: S_RCPT, replyCode: 550 },
  ],
  [
    '[Yahoo TSS04] swaks',
    swaks(Y_RCPT, Y_MX, 'mtaproxy311.free.mail.gq1.yahoo.com', Y_REPLY, 'MAIL'),
    // Refused at MAIL FROM: the transcript never reaches RCPT TO, so it names no recipient.
    { ...TSS04_DEFERRED, recipient: null },
  ],
  [
    '[Yahoo TSS04] Exim delay warning',
    lines(
      'This message was created automatically by mail delivery software.',
      '',
      'A message that you sent has not yet been delivered to one or more of its',
      `recipients after more than 24 hours on the queue on ${OUR_HOST}.`,
      '',
      'The message identifier is:     1tPq8Z-0004Xb-2K',
      'The subject of the message is: Your November invoice',
      'The date of the message is:    Thu, 05 Nov 2026 10:22:12 +0000',
      '',
      'The address to which the message has not yet been delivered is:',
      '',
      `  ${Y_RCPT}`,
      `    host ${Y_MX} [${Y_IP}]`,
      `    Delay reason: SMTP error from remote mail server after MAIL FROM:<${SENDER}> SIZE=18342:`,
      `    ${Y_REPLY[0]}`,
      '',
      'No action is required on your part. Delivery attempts will continue for',
      'some time, and this warning may be repeated at intervals if the message',
      'remains undelivered. Eventually the mail delivery software will give up,',
      'and when that happens, the message will be returned to you.',
    ),
    { ...TSS04_DEFERRED, recipient: Y_RCPT },
  ],
  [
    '[postgrey greylisting] DSN, delayed',
    dsnBody(P_RCPT, P_MX, '4.2.0', P_REPLY, 'delayed'),
    { ...GREY, recipient: P_RCPT, replyCode: 450, status: '4.2.0' },
  ],
  [
    '[M365 SPF fail 5.7.23] swaks',
    swaks(
      F_RCPT,
      F_MX,
      'LO2GBR01FT012.mail.protection.outlook.com Microsoft ESMTP MAIL Service ready',
      F_REPLY,
      'DATA',
    ),
    { ...SPF, recipient: F_RCPT, replyCode: 550, status: '5.7.23' },
  ],
  [
    "[552 5.3.4 too large] Postfix log, Sendmail's MaxMessageSize",
    postfixLog(
      B_RCPT,
      B_MX,
      B_IP,
      '5.2.3',
      ['552 5.2.3 Message exceeds maximum fixed size (10485760)'],
      'MAIL FROM',
    ),
    { ...BIG, recipient: B_RCPT, replyCode: 552, status: '5.2.3' },
  ],
  [
    "[relay denied 554 5.7.1] Exim mainlog, Sendmail's Relaying denied",
    eximLog(R_RCPT, R_MX, R_IP, [`550 5.7.1 <${R_RCPT}>... Relaying denied`], `RCPT TO:<${R_RCPT}>`),
    { ...DENIED, replyCode: 550 },
  ],
  [
    '[relay denied 554 5.7.1] Exim notice',
    eximNotice(R_RCPT, R_MX, R_IP, R_REPLY, `RCPT TO:<${R_RCPT}>`),
    DENIED,
  ],
  [
    '[domain not found] Microsoft 365 NDR, 5.4.310',
    lines(
      'Delivery has failed to these recipients or groups:',
      '',
      `${N_RCPT} (${N_RCPT})`,
      'The domain name in the email address is incorrect. Check the address.',
      '',
      'Diagnostic information for administrators:',
      '',
      'Generating server: AM0PR04MB6433.eurprd04.prod.outlook.com',
      '',
      N_RCPT,
      "Remote Server returned '550 5.4.310 DNS domain exmaple.com does not exist [Message=InfoDomainNonexistent] [LastAttemptedServerName=exmaple.com] [AM0PR04MB6433.eurprd04.prod.outlook.com 2026-11-05T10:22:14.123Z 08DCF7E1A2B3C4D5]'",
    ),
    { ...NOT_FOUND, replyCode: 550, status: '5.4.310' },
  ],
  [
    '[connection timed out] Postfix delay warning',
    lines(
      ...postfixNoticeHead(OUR_HOST).slice(0, 2),
      '####################################################################',
      '# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #',
      '####################################################################',
      '',
      'Your message could not be delivered for more than 4 hour(s).',
      'It will be retried until it is 5 day(s) old.',
      '',
      'For further assistance, please send mail to postmaster.',
      '',
      '                   The mail system',
      '',
      `<${T_RCPT}>: connect to ${T_MX}[${T_IP}]:25: Connection timed out`,
    ),
    { ...TIMING_OUT, remoteIp: T_IP },
  ],
  [
    '[Gmail DMARC reject 5.7.26] swaks',
    swaks(A_RCPT, G_MX, 'mx.google.com ESMTP 7c2e1a9f5d2si912345a12.300 - gsmtp', A_REPLY, 'DATA'),
    { ...DMARC, recipient: A_RCPT, provider: /google|gmail/i },
  ],
];
