import type { RealWorldCase } from './real-world-cases.js';
import {
  AUTH_REQUIRED,
  IP_BLOCK,
  IP_REPUTATION,
  lines,
  MAILBOX_FULL,
  MS_NOT_FOUND,
  PTR,
  RATE,
  RELAY,
  SPAM,
  TOO_BIG,
  USER_UNKNOWN,
} from './real-world-expectations.js';

/*
 * A twenty-fourth held-out round: what admins type in chat (Slack, Discord, a ticket comment) around a bounce.
 * CHAT_24: lines that only talk about a code or a reply (questions, status updates, plans, in English and some
 * German, French and Spanish) must give no record. ROUND_24: a real reply or notice pasted inside chat words
 * ("why do I get this? 550 5.7.1 …", "@mailmedic can you check this one: …", a code fence, "customer
 * forwarded:", a log grep with "?? anyone" after it) must still be diagnosed with its cause. Written from
 * knowledge of how servers word their replies and how people write in chat, none from the development corpus,
 * measured before any rule was changed:
 *   round 24  42 chat lines (CHAT_24) and 30 pastes in chat (ROUND_24), measured as written: 5 of 42 chat lines
 *             right (no record), 0 of 5 code questions answered with the codes' meaning, 29 of 30 pastes right.
 *             Wrong: every chat line with a full reply code and status ('is a 550 5.7.1 always …', 'fyi the 550
 *             5.7.26 rejections …', 'weiß jemand, was 550 5.1.1 … bedeutet?', '¿deberíamos reintentar los 451
 *             4.7.1 …?') was read as that reply, so the code explainer never answered; and Microsoft's '550 5.7.708
 *             … traffic not accepted from this IP' read as a system error (also when pasted bare: not chat).
 *             Round 7's four chat lines known wrong failed the same way.
 *   fixed     src/bounce/chat-framing.ts judges each code where it stands: pasted when it opens a line, follows a
 *             quote mark, or its sentence goes on with an address, a bracket, a web address or a server's reply
 *             phrase; talked about when a word before makes it a noun ('the', 'a', 'die', 'les', 'los'…), a word
 *             after talks about it ('bounces', 'errors', 'from', 'mean', 'or', 'Fehler', 'rebotes'…), or its
 *             sentence asks or comments (a question word or verb opening the clause, 'anyone', 'fyi', 'should',
 *             a closing '?'); word lists in src/knowledge/chat-words.ts. Chat only when no code is pasted and one is
 *             talked about; a code fence, a blockquote, more than 3 lines or 600 characters are a paste. A reply's
 *             words quoted mid-sentence in a question with no code are chat too. readText returns no record
 *             for chat (read-bounce.ts, one line). 42 of 42 chat lines, 5 of 5 code answers, 29 of 30 pastes
 *             (5.7.708 wrong: knowledge, not chat; later read as ip-reputation by its words, reply-phrases.ts);
 *             round 7's four chat lines fixed, and round 15's two
 *             chat questions quoting a notice ('Delivery Status Notification (Delay)', '"Status: 4.4.1"'). Corpus 365/383.
 *   then      a second batch (SECOND_CHAT_24: 14 chat lines; SECOND_PASTED_24: 12 pastes in chat, among them
 *             questions with no colon before the reply, Slack inline code, a log line with '?? anyone'), written
 *             after the fixes and measured before any change: 11 of 14 chat lines and 12 of 12 pastes right as
 *             written. Wrong: "auto-suppress on 421 4.7.0, it's temporary", 'TIL 550 5.7.26 is …', 'so 450 4.2.1
 *             will be retried'. Fixed: a comma right after a code and status, 'on'/'for' before it, 'will',
 *             'would', 'always', 'was'… after it, 'TIL', 'PSA', 'reminder' (chat-words.ts); the reply's own phrase
 *             is looked for before the determiners, and must be more than one word ('greylisting' is a topic). A
 *             full stop or dash ends a clause only before a space (an IP's dots do not: '203.0.113.20 does not
 *             like recipient - 550 …' stays a reply). 56 of 56 chat lines, 41 of 42 pastes. Corpus 365/383.
 *   by hand   4 chat lines and 4 pastes tried after that (BY_HAND_*): 2 of 4 chat lines and 3 of 4 pastes right as
 *             tried. Fixed: a reply of six words or more that neither asks nor comments is a paste wherever its
 *             reply phrase stands ('should I worry about 452 4.2.2 The email account … is over quota'). Still
 *             wrong: a code followed at once by its reply's words inside chat ('is a 550 5.1.1 user unknown always
 *             a typo?') reads as a paste; the cause given is the right one.
 */

/** Chat that only talks about a code or a reply: it must give no record. */
export const CHAT_TEXTS_24: [name: string, text: string][] = [
  [
    'asks whether 550 5.1.1 means deleted',
    'does 550 5.1.1 mean the mailbox was deleted or just never existed?',
  ],
  ['asks why 421 4.7.0 happens', 'why would outlook give us 421 4.7.0 only in the mornings?'],
  ['anyone seen 554 5.7.1 from yahoo', 'anyone seen 554 5.7.1 from yahoo this week? our volume is normal'],
  ['should we retry 452 4.2.2', 'should we retry 452 4.2.2 bounces or just suppress them after 3 days?'],
  ['is 5.7.1 always spam', 'is a 550 5.7.1 always a spam block or can it be a relay thing?'],
  ['fyi 550 5.7.26 gone', 'fyi the 550 5.7.26 rejections from gmail are gone since DKIM went live'],
  [
    'status update on 451 4.7.650',
    'status: still seeing 451 4.7.650 from outlook.com, ticket open with microsoft',
  ],
  [
    'plan to suppress 550 5.1.1',
    'plan for tomorrow: suppress every address that got a 550 5.1.1 in the last 30 days',
  ],
  ['can someone explain 553 5.7.1', 'can someone explain 553 5.7.1 to me like I am five'],
  ['quotes a reply mid-sentence', "the client keeps getting 'mailbox unavailable' and blames us, thoughts?"],
  ['how many 550 5.1.1 this week', 'how many 550 5.1.1 did we get this week compared to last?'],
  ['we fixed 550 5.7.23', 'we fixed the SPF record, so the 550 5.7.23 bounces should stop now'],
  ['wondering about 4.7.28', 'wondering if 421 4.7.28 is per IP or per domain at google'],
  ['thread title style', 'Re: 550 5.4.1 Recipient address rejected - any update on this?'],
  ['asks who handles 5.2.2', 'who is on call for the 552 5.2.2 tickets today?'],
  ['asks for docs on 550 5.7.606', 'is there a doc for 550 5.7.606 delisting or do we just use the portal?'],
  ['reports 421 rate gone', 'good news: no more 421 4.7.0 from gmail since we split the IP pool 🎉'],
  ['mentions S3140 question', 'what does S3140 mean in an outlook.com bounce? is it the same as S3150?'],
  [
    'complains about 550 5.7.1 noise',
    'so many 550 5.7.1 in the logs today, is something wrong with our PTR?',
  ],
  ['asks if 4xx is permanent', 'is a 451 4.3.0 permanent or will postfix keep retrying it?'],
  ['explains to a colleague', 'fwiw 550 5.1.1 is almost always a typo in the address, nothing we can fix'],
  ['asks in a DM', 'hey quick q, is 554 5.7.1 service unavailable a blocklist thing?'],
  ['asks about 5.7.708', 'do you know why microsoft would send 550 5.7.708 to a brand new tenant?'],
  ['talks about a ticket queue', 'I closed all the 550 5.2.1 tickets, those users were disabled on purpose'],
  ['question mark in the middle', 'getting 550 5.7.1 from comcast? check their blocklist lookup first'],
  ['asks how to read a quote', 'what does "relay access denied" mean exactly, is it our smarthost?'],
  ['compares two codes', 'is 550 5.1.10 different from 550 5.1.1 at microsoft or is it the same thing?'],
  ['asks whether to alert', 'should the bot alert on 421 4.4.2 timeouts or only on 5xx?'],
  ['meeting note', 'note from standup: 550 5.7.509 from microsoft means our DMARC is off, Anna is on it'],
  [
    'asks about a quoted 5.7.1 text',
    "can someone tell me if 'Message rejected due to local policy' is a blocklist?",
  ],
  ['German question', 'weiß jemand, was 550 5.1.1 bei web.de genau bedeutet?'],
  ['German status', 'die 421 4.7.0 Fehler von GMX sind seit gestern weg, danke!'],
  ['German plan', 'sollen wir bei 452 4.2.2 einfach weiter zustellen oder den Kunden informieren?'],
  ['French question', "quelqu'un sait pourquoi orange renvoie 550 5.7.1 sur nos envois ?"],
  ['French update', 'pour info les erreurs 421 4.7.0 de free ont disparu depuis ce matin'],
  ['French explain', "tu peux m'expliquer ce que veut dire 554 5.7.1 chez laposte ?"],
  ['Spanish question', '¿alguien sabe qué significa 550 5.7.1 en los rebotes de hotmail?'],
  ['Spanish update', 'ya no recibimos 550 5.1.1 de gmail desde que limpiamos la lista'],
  ['Spanish plan', '¿deberíamos reintentar los 451 4.7.1 o dejarlos así?'],
  ['status code only in a question', 'is 5.7.1 the same as 5.7.0 for spam blocks?'],
  ['talks about a rate in prose', 'we hit 421 4.7.28 again at 9am, going to slow the queue to 50/min'],
  ['asks which code to expect', 'if a mailbox is full do we get 452 4.2.2 or 552 5.2.2 from gmail?'],
];

/** A second batch of chat lines, written after the first batch's fixes and measured before any change. */
export const SECOND_CHAT_24: [name: string, text: string][] = [
  ['asks the difference', "what's the difference between 550 5.7.1 and 554 5.7.1?"],
  ['counts bounces overnight', 'we got like 300 550 5.1.1 bounces overnight, list import gone wrong?'],
  ['asks not to suppress', "pls don't auto-suppress on 421 4.7.0, it's temporary"],
  ['TIL', 'TIL 550 5.7.26 is about SPF/DKIM alignment, not the content'],
  ['asks for tips', 'any tips on getting rid of 451 4.7.1 greylisting delays?'],
  [
    'asks if others see it',
    'does anyone else see 421 4.7.0 from gmail right now? status page says all green',
  ],
  ['asks if normal', 'is it normal that 452 4.2.2 comes back for 5 days?'],
  ['German: others too', 'Bekommt ihr auch gerade 421 4.7.0 von Gmail?'],
  ['French: others too', 'vous avez aussi des 550 5.7.1 chez Orange depuis hier ?'],
  ['Spanish: others too', '¿a alguien más le llegan 554 5.7.1 de yahoo hoy?'],
  ['closes a ticket', 'closing this ticket, the 550 5.1.1 was just a typo in the address'],
  ['reminder of classes', 'reminder: 5xx = permanent, 4xx = temporary, so 450 4.2.1 will be retried'],
  ['asks how to stop', 'how do I stop the 550 5.7.1 from comcast'],
  ['quick poll with a quoted reply', "quick poll: who else gets 'mailbox unavailable' from yahoo today?"],
];

/** Tried by hand after the second batch's fixes (see the header). */
const BY_HAND_CHAT_24: [name: string, text: string][] = [
  [
    'asks with a reason and a question',
    'we keep hitting 421 4.7.28 because our IP has a poor reputation, should we throttle?',
  ],
  ['asks if it means a listing', 'does anyone know if 550 5.7.1 means we are blocked by spamhaus?'],
  ['asks with the reply words after the code', 'is a 550 5.1.1 user unknown always a typo?'],
  [
    'comments with the reply words after the code',
    'I think the 550 5.2.2 mailbox full ones are fine to retry next week',
  ],
];

// A chat line still read as a bounce, with why (none after the fixes).
const CHAT_WRONG_24: Record<string, string> = {
  'asks with the reply words after the code':
    "a code followed by its reply's own words ('550 5.1.1 user unknown') reads as a pasted reply even inside a question; the words after it ('always a typo?') would have to outweigh the reply's phrase (the diagnosis is at least the right cause)",
  'comments with the reply words after the code':
    "the same: '550 5.2.2 mailbox full ones' reads as a pasted reply, 'the' before it and 'ones' after it notwithstanding",
};

export const CHAT_24: [name: string, text: string, knownWrong?: string][] = [
  ...CHAT_TEXTS_24,
  ...SECOND_CHAT_24,
  ...BY_HAND_CHAT_24,
].map(([name, text]) => {
  const knownWrong = CHAT_WRONG_24[name];
  return knownWrong ? [name, text, knownWrong] : [name, text];
});

/** Chat lines that mention codes: diagnoseBounce answers with what the codes mean. */
export const CHAT_CODES_24: [text: string, mentions: RegExp][] = [
  ['does 550 5.1.1 mean the mailbox was deleted or just never existed?', /5\.1\.1/],
  ['should we retry 452 4.2.2 bounces or just suppress them after 3 days?', /4\.2\.2/],
  ['weiß jemand, was 550 5.1.1 bei web.de genau bedeutet?', /5\.1\.1/],
  ['¿alguien sabe qué significa 550 5.7.1 en los rebotes de hotmail?', /5\.7\.1/],
  ['is a 550 5.7.1 always a spam block or can it be a relay thing?', /5\.7\.1/],
];

/** A real reply or notice pasted inside chat words: it must be diagnosed. */
const PASTED_24: RealWorldCase[] = [
  [
    'why do I get this: relaying denied',
    'why do I get this? 550 5.7.1 Relaying denied',
    { ...RELAY, replyCode: 550 },
  ],
  ['why quoted relay denied', "why do I get '550 5.7.1 Relaying denied'?", RELAY],
  [
    'what does this mean: Postfix virtual user unknown',
    'what does this mean: 550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in virtual mailbox table',
    { ...USER_UNKNOWN, recipient: 'bob@example.com' },
  ],
  [
    'bot mention, Gmail NoSuchUser on one line',
    "@mailmedic can you check this one: 550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces.",
    USER_UNKNOWN,
  ],
  [
    'got this from gmail in a code fence',
    lines(
      'got this from gmail:',
      '```',
      '550-5.7.26 This mail is unauthenticated, which poses a security risk to the',
      '550-5.7.26 sender and Gmail users, and has been blocked. The sender must',
      '550-5.7.26 authenticate with at least one of SPF or DKIM. For this message,',
      '550-5.7.26 DKIM checks did not pass and SPF check for [example.com] did not',
      '550 5.7.26 pass with ip: [203.0.113.9]. gsmtp',
      '```',
    ),
    { cause: ['auth-failed', 'spf-fail', 'dkim-fail'], reason: 'authfailure', side: 'sender' },
  ],
  [
    'log grep then ?? anyone',
    'Mar  3 10:12:01 mx1 postfix/smtp[2211]: 4F1A22C0: to=<carol@example.net>, relay=mx.example.net[198.51.100.7]:25, delay=1.2, delays=0.1/0/0.6/0.5, dsn=5.2.2, status=bounced (host mx.example.net[198.51.100.7] said: 552 5.2.2 <carol@example.net>: Mailbox full (in reply to RCPT TO command)) ?? anyone',
    { ...MAILBOX_FULL, recipient: 'carol@example.net' },
  ],
  [
    'customer forwarded a Postfix notice',
    lines(
      'customer forwarded:',
      '',
      'This is the mail system at host mail.example.com.',
      '',
      "I'm sorry to have to inform you that your message could not",
      "be delivered to one or more recipients. It's attached below.",
      '',
      '                   The mail system',
      '',
      '<dave@example.org>: host mx.example.org[192.0.2.25] said: 550 5.1.1',
      '    <dave@example.org>: Recipient address rejected: User unknown in local',
      '    recipient table (in reply to RCPT TO command)',
    ),
    { ...USER_UNKNOWN, recipient: 'dave@example.org' },
  ],
  [
    'Microsoft block list with a question',
    "hi all, one of our users gets this when mailing hotmail, any idea? 550 5.7.1 Unfortunately, messages from [203.0.113.45] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.",
    { ...IP_BLOCK, reference: 'S3150' },
  ],
  [
    'Yahoo deferral pasted after a status line',
    'still seeing these from yahoo: 421 4.7.0 [TSS04] Messages from 203.0.113.20 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes',
    { ...RATE, reference: 'TSS04' },
  ],
  [
    'blockquote paste in Slack',
    lines(
      '> 550 5.7.1 Service unavailable; Client host [203.0.113.77] blocked using zen.spamhaus.org',
      '',
      'what do we do?',
    ),
    { ...IP_BLOCK, blocklist: 'spamhaus' },
  ],
  [
    'Exchange RecipientNotFound with a plea',
    "can anyone help with this bounce pls: Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'",
    MS_NOT_FOUND,
  ],
  [
    'Gmail mailbox full pasted after help',
    lines(
      'help, client can not email her sister:',
      "452-4.2.2 The recipient's inbox is out of storage space. Please direct the",
      '452-4.2.2 recipient to',
      '452 4.2.2  https://support.google.com/mail/?p=OverQuotaTemp x12si1234567qkd.55 - gsmtp',
    ),
    MAILBOX_FULL,
  ],
  [
    'German question with a paste',
    'Weiß jemand, was das heißt? 550 5.1.1 <anna@example.de>: Recipient address rejected: User unknown',
    { ...USER_UNKNOWN, recipient: 'anna@example.de' },
  ],
  [
    'French question with a paste',
    "quelqu'un comprend ça ? 554 5.7.1 <paul@example.fr>: Relay access denied",
    RELAY,
  ],
  [
    'Spanish question with a paste',
    '¿qué significa esto?\n550 5.7.1 Message rejected as spam by Content Filtering.',
    SPAM,
  ],
  [
    'PTR refusal with context',
    'our new VPS cannot send to anyone, this is what comes back:\n550 5.7.25 [203.0.113.88] The IP address sending this message does not have a PTR record setup, or the corresponding forward DNS entry does not point to the sending IP.',
    PTR,
  ],
  [
    'message too large, fenced',
    lines(
      'user tried to send a 40MB video:',
      '```',
      '552 5.3.4 Message size exceeds fixed maximum message size',
      '```',
      'is there a way around it?',
    ),
    TOO_BIG,
  ],
  [
    'auth required from a printer',
    'scanner-to-email stopped working, the printer log says "530 5.7.57 Client not authenticated to send mail. [AM0PR01CA0001.eurprd01.prod.exchangelabs.com]" any ideas?',
    AUTH_REQUIRED,
  ],
  [
    'Spamhaus block via Outlook thread',
    lines(
      'from the customer thread, they pasted:',
      "> Remote Server returned '550 5.7.1 Service unavailable, Client host [198.51.100.3] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/198.51.100.3 (AS3130).'",
    ),
    { ...IP_BLOCK, blocklist: 'spamhaus' },
  ],
  [
    'Exim unrouteable with ?',
    lines('exim says this, is it DNS on their side?', '', '  bob@example.invalid', '    Unrouteable address'),
    {
      cause: ['domain-not-found', 'dns-failure', 'routing-error'],
      reason: ['hostunknown', 'systemerror', 'norelaying'],
    },
  ],
  [
    'Microsoft 5.7.708 with a question',
    'new tenant, every message bounces with: 550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. why??',
    IP_REPUTATION,
  ],
  [
    'bot command plus paste',
    '/diagnose 550 5.2.1 <eve@example.org>: Mailbox disabled for this recipient',
    { cause: ['mailbox-disabled', 'mailbox-inactive'], reason: 'suspend' },
  ],
  [
    'ticket comment with the reply',
    'Ticket #5521 - customer reports bounce. Reply was: 550 5.1.1 <frank@example.com>... User unknown',
    { ...USER_UNKNOWN, recipient: 'frank@example.com' },
  ],
  [
    'iCloud reputation paste with fyi',
    'fyi icloud is doing it again: 550 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137',
    {
      cause: ['policy-violation', 'spam-filtered', 'ip-reputation', 'content-filtered'],
      reason: ['policyviolation', 'spamdetected', 'badreputation', 'blocked', 'filtered'],
      side: 'sender',
    },
  ],
  [
    'Outlook.com rate paste with update',
    'update: outlook.com now says 451 4.7.650 The mail server [203.0.113.5] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S775)',
    RATE,
  ],
  [
    'paste then question',
    '550 5.1.1 <greg@example.net>: Recipient address rejected: User unknown in relay recipient table\n\nis this on us or them?',
    { ...USER_UNKNOWN, recipient: 'greg@example.net' },
  ],
  [
    'mention with the code first on a new line',
    '@mailmedic\n554 5.7.1 <hank@example.org>: Relay access denied',
    RELAY,
  ],
  [
    'whole Exchange NDR text pasted by a user',
    lines(
      'user sent me this, thoughts?',
      '',
      "Your message to ivy@example.com couldn't be delivered.",
      "ivy wasn't found at example.com.",
      '',
      "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'",
    ),
    MS_NOT_FOUND,
  ],
  [
    'greylisting with a shrug',
    'got 450 4.7.1 <jo@example.org>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.org.html - is that bad?',
    { cause: 'greylisted', reason: ['blocked', 'onhold'] },
  ],
  [
    'Comcast block with a comment',
    'comcast again lol: 554 5.7.1 [203.0.113.66] Comcast block for spam. Please see http://postmaster.comcast.net/smtp-error-codes.php#BL000010',
    {
      cause: ['ip-blocklisted', 'ip-reputation', 'spam-filtered'],
      reason: ['blocked', 'badreputation', 'spamdetected'],
      side: 'sender',
    },
  ],
];

/** A second batch of pastes in chat, written after the first batch's fixes and measured before any change. */
const SECOND_PASTED_24: RealWorldCase[] = [
  ['why am I getting, no colon', 'why am I getting 550 5.7.1 Relaying denied when sending to gmail', RELAY],
  [
    'anyone know this one, SpamCop',
    'anyone know this one? 554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using bl.spamcop.net',
    { ...IP_BLOCK, blocklist: 'spamcop' },
  ],
  ['the error is', 'the error is 550 5.1.1 User unknown', USER_UNKNOWN],
  [
    'keeps getting mailbox full, any idea',
    'I keep getting 552 5.2.2 Mailbox full when sending to my colleague, any idea?',
    MAILBOX_FULL,
  ],
  [
    'inline code in Slack',
    'getting `550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in local recipient table` from their server, what gives?',
    { ...USER_UNKNOWN, recipient: 'bob@example.com' },
  ],
  [
    'help pls then Gmail spam block',
    lines(
      'help pls',
      '',
      '550 5.7.1 [203.0.113.4] Our system has detected that this message is likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been blocked.',
    ),
    {
      cause: ['spam-filtered', 'ip-reputation'],
      reason: ['spamdetected', 'badreputation', 'blocked'],
      side: 'sender',
    },
  ],
  [
    'German: always this one',
    'Kunde bekommt immer das hier: 550 5.1.1 <kai@example.de>... User unknown. Was tun?',
    { ...USER_UNKNOWN, recipient: 'kai@example.de' },
  ],
  ['French: message in return', "j'ai ce message en retour : 552 5.2.2 Mailbox quota exceeded", MAILBOX_FULL],
  ['Spanish: what do I do', 'me sale este error al enviar: 550 5.7.1 Relaying denied. ¿qué hago?', RELAY],
  ['status alone after a colon', 'error is: 5.1.1 Recipient address rejected: User unknown', USER_UNKNOWN],
  [
    'Exim log line with ?? anyone',
    '2025-03-03 10:00:00 1tXyZ-000123-AB ** bob@example.org R=dnslookup T=remote_smtp H=mx.example.org [192.0.2.5]: SMTP error from remote mail server after RCPT TO:<bob@example.org>: 550 5.1.1 User unknown ?? anyone',
    { ...USER_UNKNOWN, recipient: 'bob@example.org' },
  ],
  [
    'is this a blocklist, then the reply',
    'is this a blocklist thing 554 5.7.1 Service unavailable; Client host [198.51.100.8] blocked using zen.spamhaus.org',
    { ...IP_BLOCK, blocklist: 'spamhaus' },
  ],
];

/** Tried by hand after the second batch's fixes (see the header). */
const BY_HAND_PASTED_24: RealWorldCase[] = [
  [
    'a long reply after "about"',
    'should I worry about 452 4.2.2 The email account that you tried to reach is over quota',
    MAILBOX_FULL,
  ],
  ['said, no colon', 'Remote server said 550 5.1.1 mailbox does not exist', USER_UNKNOWN],
  ['is this our fault, no colon', 'is this our fault 550 5.7.1 Relaying denied', RELAY],
  ['relay denied then why', 'our relay keeps returning 554 5.7.1 Relay access denied for bob, why?', RELAY],
];

/** Still wrong, with why (see `knownWrong`). */
const STILL_WRONG_24: Record<string, string> = {};

export const ROUND_24: RealWorldCase[] = [...PASTED_24, ...SECOND_PASTED_24, ...BY_HAND_PASTED_24].map(
  ([name, input, want]) => {
    const knownWrong = STILL_WRONG_24[name];
    return knownWrong ? [name, input, { ...want, knownWrong }] : [name, input, want];
  },
);
