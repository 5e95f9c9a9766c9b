import type { RealWorldCase } from './real-world-cases.js';
import {
  IP_BLOCK,
  IP_REPUTATION,
  lines,
  MAILBOX_FULL,
  MS_NOT_FOUND,
  POLICY,
  PTR,
  RATE,
  RELAY,
  SPAM,
  USER_UNKNOWN,
} from './real-world-expectations.js';

/*
 * A forty-sixth held-out round: which provider or filter acted, and which of its reference codes, in every form a
 * bounce reaches us, where the provider is named by something other than its name in the reply: the remote MTA's
 * host in a DSN (Remote-MTA, a host in the Diagnostic-Code), Postfix's relay= and "host … said:", Exim's
 * "host …:" line, the notice's author (mailer-daemon@googlemail.com, postmaster@outlook.com, Yahoo's
 * MAILER-DAEMON, Gmail's and Outlook's French/Spanish/German notices with no DSN part), and the provider's own
 * reference codes and help links (Yahoo TSS04/TSS09/TS01/PH01, AOL, Comcast RL/BL codes, AT&T's DNSBL tags,
 * Microsoft S3150 and AS(…) and [Hostname=…], Proofpoint's pphosted hosts and anti-spoofing words, Mimecast's
 * community link, Barracuda's ESS verdicts, Trend Micro's tmes hosts, Symantec's messagelabs clusters,
 * FireEye/Trellix, Mail.ru, Yandex, QQ, WEB.DE, GMX, Orange, Apple, Zoho). And the other way round: a provider
 * named only as the sender's domain, in a returned message's headers or as the blocklist a third server uses is
 * no receiving provider (expected: none, `NONE`). A filter in front of a mailbox provider: the one whose reply
 * is quoted acted (Proofpoint refusing at RCPT; Microsoft 365 refusing behind Proofpoint, reported by it).
 * Written from knowledge of the systems' own wording, none from the development corpus, measured before any rule
 * was changed:
 *   round 46  61 cases, 54 right as written (89 %), once our own error of form was corrected: the provider was
 *             written as its id (/^google$/) where the record gives its name ('Google (Gmail / Workspace)'). One
 *             more was our error: Exim's "permanent error" notice around Gmail's 450 4.2.1 is Exim giving up
 *             after its retry time, so delivery-expired is as right as recipient-rate-limited (both listed now).
 *             The 6 wrong: Gmail's French "Vous avez atteint la limite d'envoi" (its sending limit) read unknown;
 *             Gmail's Spanish notice and Yahoo's own notice (MAILER-DAEMON@yahoo.com) without a DSN part named
 *             no provider, the author being no host the provider was read from (round 43's knownWrong too);
 *             Comcast's BL000010 named no blocklist though the code means Cloudmark CSI; Proofpoint's
 *             "Rejected by header based Anti-Spoofing policy: alice@example.org" in an Exim notice made the
 *             spoofed From a second recipient, leaving the real one with "after end of data:" read as a
 *             content filter; and Yandex's "550 5.7.1 No such user!" in a DSN naming no stage read 'filtered'.
 *   fixed     The notice's author (a mail robot's From domain: googlemail.com, yahoo.com, outlook.com) names its
 *             provider last, after the remote/reporting/recipient hosts and the text's markers (read-bounce.ts
 *             `author`, detect-provider.ts): a quoted receiver's host or marker still wins (Gmail's German notice
 *             quoting Microsoft 365 stays Microsoft's), and round 43's two Gmail knownWrong cases are right.
 *             Reference codes name the blocklists they stand for (ProviderCode `lists`: Comcast BL0000xx, Cox
 *             IPBL, Spectrum 1200-1250, GoDaddy IB104-106, Yahoo BL21/BL23), added after the lists the text names
 *             (detect-provider.ts withCodeLists). Data: Gmail's sending-limit sentence in French, Spanish, German,
 *             Italian, Portuguese (reply-phrases-languages.ts); Proofpoint's 'anti-spoofing policy' a policy
 *             refusal (providers/filters.ts); "Anti-Spoofing policy: x" casts x as the sender (scan-text.ts
 *             SENDER_BEFORE). 60 of 61 right; Yandex's stays knownWrong (the Sisimai-compatible 'filtered' for
 *             an unplaced 'user unknown' is a deliberate rule). match-phrases.test.ts's reference now lets only a
 *             same-language subject word hide a shorter one, as the matcher does since round 43 (new phrases
 *             changed its random texts and exposed the difference).
 *   then      a second batch of 17 (SECOND_BATCH_46: Outlook.com's German NDR quoting a remote full mailbox, EOP's
 *             Spamhaus refusal with (AS3130), an Exim log line with Yahoo's [TS02], [BL21] alone, AT&T's reverse
 *             DNS refusal from a prodigy.net relay, Comcast's BL000001, Mimecast's "Envelope blocked - User Entry",
 *             Proofpoint's "Local Policy Violation", Symantec's relay refusal naming its tower server, Trend Micro
 *             RBL+ from a hes.trendmicro host, Mail.ru's disabled account, Orange's OFR005_104, WEB.DE's sender
 *             domain without MX, iCloud for a custom domain, Zoho's "Relaying disallowed as", a relay whose name
 *             only contains "outlook" and "googlemail" off their label boundaries, a forward refused for Yahoo's
 *             DMARC with Yahoo only in the returned headers), written after the fixes and measured before any
 *             change: 16 of 17 right as written (94 %). Wrong: Zoho's submission refusal "553 Relaying disallowed
 *             as alice@example.com" read as relay denied; it refuses the From for the signed-in account. Fixed as
 *             data (reply-phrases.ts, the from-not-permitted wording): 17 of 17.
 *   in all    77 of 78 right (60 of 61 and 17 of 17); one knownWrong (Yandex, above).
 *   probed    after that, a Gmail DSN without Remote-MTA quoting Microsoft 365's AS(201806281) was named Google
 *             (the reporting host outranked the markers in the server's words). detect-provider.ts now reads the
 *             remote host, then the server's words, then the hosts that only report or stand for a receiver
 *             (reporting MTA, recipient's domain, the notice's author, in that order). PROBED_46 (2 cases, not in
 *             the figures above) holds it and the reverse (Microsoft 365's own outbound refusal to a gmail.com
 *             recipient stays Microsoft's). No corpus provider, cause or reason changed.
 */

const NONE = /^$/;

const GOOGLE = /^Google/;
const MICROSOFT = /^Microsoft/;
const YAHOO = /^Yahoo/;

/** A Postfix delivery log line for bob@example.org through `relay`. */
const postfixLog = (
  relay: string,
  ip: string,
  dsn: string,
  status: 'bounced' | 'deferred',
  said: string,
  stage = 'RCPT TO',
  rcpt = 'bob@example.org',
) =>
  `Dec  3 09:41:07 mail postfix/smtp[48213]: 5F1C2A0B3D: to=<${rcpt}>, relay=${relay}[${ip}]:25, delay=0.9, delays=0.02/0.01/0.41/0.46, dsn=${dsn}, status=${status} (host ${relay}[${ip}] said: ${said} (in reply to ${stage} command))`;

/** Postfix's bounce notice from mail.example.com, the recipient line written by the caller. */
const postfixNotice = (...said: string[]) =>
  lines(
    'From: MAILER-DAEMON@mail.example.com (Mail Delivery System)',
    'To: alice@example.com',
    'Subject: Undelivered Mail Returned to Sender',
    'Date: Thu,  3 Dec 2026 09:41:08 +0000 (UTC)',
    'Auto-Submitted: auto-replied',
    '',
    'This is the mail system at host mail.example.com.',
    '',
    "I'm sorry to have to inform you that your message could not",
    "be delivered to one or more recipients. It's attached below.",
    '',
    'For further assistance, please send mail to postmaster.',
    '',
    'If you do so, please include this problem report. You can',
    'delete your own text from the attached returned message.',
    '',
    '                   The mail system',
    '',
    ...said,
  );

/** Exim's "Mail delivery failed" notice from mail.example.com. */
const eximNotice = (rcpt: string, host: string, ip: string, stage: string, ...reply: string[]) =>
  lines(
    'From: Mail Delivery System <Mailer-Daemon@mail.example.com>',
    'To: alice@example.com',
    'Subject: Mail delivery failed: returning message to sender',
    'Date: Thu, 03 Dec 2026 09:41:08 +0000',
    'Auto-Submitted: auto-replied',
    '',
    'This message was created automatically by mail delivery software.',
    '',
    'A message that you sent could not be delivered to one or more of its',
    'recipients. This is a permanent error. The following address(es) failed:',
    '',
    `  ${rcpt}`,
    `    host ${host} [${ip}]`,
    `    SMTP error from remote mail server after ${stage}:`,
    ...reply.map((r) => `    ${r}`),
  );

interface Dsn {
  from?: string;
  subject?: string;
  reporting: string;
  remote?: string;
  rcpt?: string;
  status: string;
  action?: string;
  diag: string;
  text?: string[];
  returned?: string[];
}

/** An RFC 3464 report; `returned` are the returned message's headers. */
const dsn = (d: Dsn) => {
  const b = '=_r46.1764754868';
  return lines(
    `From: ${d.from ?? 'MAILER-DAEMON@mail.example.com (Mail Delivery System)'}`,
    'To: alice@example.com',
    `Subject: ${d.subject ?? 'Undelivered Mail Returned to Sender'}`,
    'Date: Thu, 3 Dec 2026 09:41:08 +0000',
    'Auto-Submitted: auto-replied',
    'MIME-Version: 1.0',
    `Content-Type: multipart/report; report-type=delivery-status; boundary="${b}"`,
    '',
    `--${b}`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    ...(d.text ?? ['Your message could not be delivered to one or more recipients.']),
    '',
    `--${b}`,
    'Content-Type: message/delivery-status',
    '',
    `Reporting-MTA: dns; ${d.reporting}`,
    'Arrival-Date: Thu, 3 Dec 2026 09:41:05 +0000',
    '',
    `Final-Recipient: rfc822; ${d.rcpt ?? 'bob@example.org'}`,
    `Action: ${d.action ?? 'failed'}`,
    `Status: ${d.status}`,
    ...(d.remote ? [`Remote-MTA: dns; ${d.remote}`] : []),
    `Diagnostic-Code: smtp; ${d.diag}`,
    '',
    `--${b}`,
    'Content-Type: text/rfc822-headers',
    '',
    ...(d.returned ?? [
      'From: Alice <alice@example.com>',
      'To: Bob <bob@example.org>',
      'Subject: Quarterly figures',
      'Message-ID: <r46.0001@mail.example.com>',
      'Date: Thu, 3 Dec 2026 09:41:04 +0000',
    ]),
    '',
    `--${b}--`,
    '',
  );
};

/** A plain notice without a DSN part, from `from`. */
const textNotice = (from: string, subject: string, ...body: string[]) =>
  lines(
    `From: ${from}`,
    'To: alice@example.com',
    `Subject: ${subject}`,
    'Date: Thu, 3 Dec 2026 09:41:08 +0000',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    ...body,
    '',
  );

const GMAIL_DAEMON = 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>';

export const ROUND_46: RealWorldCase[] = [
  // --- Google, named by its hosts and its notices ---
  [
    'Postfix log: relay alt2.aspmx.l.google.com, 5.7.26 unauthenticated (words end before "gsmtp")',
    postfixLog(
      'alt2.aspmx.l.google.com',
      '142.250.150.27',
      '5.7.26',
      'bounced',
      '550-5.7.26 This mail has been blocked because the sender is unauthenticated. 550-5.7.26 Gmail requires all senders to authenticate with either SPF or DKIM. 550-5.7.26 Authentication results: DKIM = did not pass SPF [example.com] with ip: [203.0.113.7] = did not pass',
      'end of DATA',
    ),
    {
      cause: ['auth-failed', 'spf-fail', 'dkim-fail'],
      reason: 'authfailure',
      side: 'sender',
      provider: GOOGLE,
    },
  ],
  [
    'Exim gave up: host aspmx.l.google.com for a Workspace domain, 4.2.1 receiving rate (Google reads 4.2.1 so)',
    eximNotice(
      'bob@example.org',
      'aspmx.l.google.com',
      '142.250.27.26',
      'RCPT TO:<bob@example.org>',
      '450-4.2.1 The user you are trying to contact is receiving mail at a rate that',
      '450-4.2.1 prevents additional messages from being delivered. Please resend',
      '450 4.2.1 your message at a later point.',
    ),
    // Exim's "permanent error" notice around a 450 is its retry time running out: an expiry, caused by the rate.
    {
      cause: ['recipient-rate-limited', 'delivery-expired'],
      reason: ['speeding', 'expired'],
      provider: GOOGLE,
      replyCode: 450,
    },
  ],
  [
    'DSN: Remote-MTA aspmx.l.google.com, 4.7.28 rate of unsolicited mail from the IP',
    dsn({
      reporting: 'mail.example.com',
      remote: 'aspmx.l.google.com',
      action: 'delayed',
      status: '4.7.28',
      diag: '421-4.7.28 Gmail has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily rate limited.',
    }),
    {
      ...IP_REPUTATION,
      cause: ['ip-reputation', 'rate-limited'],
      reason: ['badreputation', 'speeding'],
      provider: GOOGLE,
      permanent: false,
    },
  ],
  [
    'Gmail notice (From mailer-daemon@googlemail.com) in French, sending limit reached: Google acted',
    textNotice(
      GMAIL_DAEMON,
      'Delivery Status Notification (Failure)',
      "Limite d'envoi atteinte",
      '',
      "Vous avez atteint la limite d'envoi de messages. Votre message n'a pas été envoyé.",
      '',
      'En savoir plus : https://support.google.com/mail/answer/22839',
    ),
    { cause: 'rate-limited', reason: 'speeding', side: 'sender', provider: GOOGLE },
  ],
  [
    'Gmail notice in Spanish, no DSN part: address not found at a remote Postfix (author Google)',
    textNotice(
      GMAIL_DAEMON,
      'Delivery Status Notification (Failure)',
      'No se ha encontrado la dirección',
      '',
      'Tu mensaje no se ha entregado a bob@example.org porque no se ha encontrado la dirección o esta no puede recibir correo.',
      '',
      'La respuesta del servidor remoto ha sido:',
      '550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual mailbox table',
    ),
    { ...USER_UNKNOWN, recipient: 'bob@example.org', provider: GOOGLE, replyCode: 550, status: '5.1.1' },
  ],
  [
    'Gmail notice in German quoting Microsoft 365 behind it: the remote (Microsoft) acted, not Google',
    textNotice(
      GMAIL_DAEMON,
      'Delivery Status Notification (Failure)',
      'Adresse nicht gefunden',
      '',
      'Ihre Nachricht wurde nicht an bob@example.org zugestellt, weil die Adresse nicht gefunden wurde oder keine E-Mails empfangen kann.',
      '',
      'Antwort des Remoteservers:',
      '550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [AM2PEPF0001C713.eurprd05.prod.outlook.com 2026-12-03T09:41:07.123Z 08DD1A2B3C4D5E6F]',
    ),
    { ...MS_NOT_FOUND, provider: MICROSOFT, reference: 'AS(201806281)', status: '5.4.1' },
  ],
  [
    "Gmail DSN from googlemail.com: Remote-MTA is a Proofpoint host, its reply is Proofpoint's",
    dsn({
      from: GMAIL_DAEMON,
      subject: 'Delivery Status Notification (Failure)',
      reporting: 'googlemail.com',
      remote: 'mx0a-00112233.pphosted.com',
      status: '5.7.1',
      diag: '550 5.7.1 Rejected by header based Anti-Spoofing policy: alice@example.com',
      text: [
        'Message blocked',
        '',
        'Your message to bob@example.org has been blocked. See technical details below for more information.',
      ],
    }),
    {
      ...POLICY,
      cause: ['policy-violation', 'auth-failed', 'dmarc-fail', 'spam-filtered'],
      reason: ['policyviolation', 'authfailure', 'spamdetected'],
      provider: /^Proofpoint/,
    },
  ],

  // --- Microsoft, by its hosts, its codes and its NDR's own fields ---
  [
    'Postfix log: relay example-org.mail.protection.outlook.com, 5.4.1 Access denied (no link, no bracket)',
    postfixLog(
      'example-org.mail.protection.outlook.com',
      '52.101.68.12',
      '5.4.1',
      'bounced',
      '550 5.4.1 Recipient address rejected: Access denied.',
    ),
    {
      ...MS_NOT_FOUND,
      cause: ['recipient-not-in-tenant', 'user-unknown'],
      provider: MICROSOFT,
      status: '5.4.1',
    },
  ],
  [
    'Postfix notice "host … said:" Outlook.com consumer MX, S3150 without any link',
    postfixNotice(
      '<bob@outlook.com>: host outlook-com.olc.protection.outlook.com[52.101.42.0]',
      "    said: 550 5.7.1 Unfortunately, messages from [203.0.113.7] weren't sent.",
      '    Please contact your Internet service provider since part of their network',
      '    is on our block list (S3150). (in reply to MAIL FROM command)',
    ),
    { ...IP_BLOCK, provider: MICROSOFT, reference: 'S3150', recipient: 'bob@outlook.com' },
  ],
  [
    'Bare reply: S3150 alone names Microsoft (no host, no link)',
    "550 5.7.1 Unfortunately, messages from [203.0.113.7] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150).",
    { ...IP_BLOCK, provider: MICROSOFT, reference: 'S3150', confidence: 'high' },
  ],
  [
    'Exchange Online DSN: 5.7.708 traffic not accepted from this IP, [Hostname=…] the only Microsoft name',
    dsn({
      from: 'Microsoft Outlook <postmaster@example.com>',
      subject: 'Undeliverable: Quarterly figures',
      reporting: 'AM9PR01MB7711.eurprd01.prod.exchangelabs.com',
      status: '5.7.708',
      diag: '550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. [Hostname=AM9PR01MB7711.eurprd01.prod.exchangelabs.com]',
    }),
    {
      cause: ['sender-account-blocked', 'ip-reputation', 'ip-blocklisted'],
      reason: ['rejected', 'badreputation', 'blocked'],
      side: 'sender',
      provider: MICROSOFT,
    },
  ],
  [
    'Outlook.com NDR (postmaster@outlook.com) in French: the recipient does not exist at Outlook.com',
    textNotice(
      'postmaster@outlook.com',
      'Non remis : Quarterly figures',
      "Votre message n'a pas pu être remis à bob@hotmail.com, car le domaine hotmail.com n'existe pas ou l'adresse est introuvable.",
      '',
      'Informations de diagnostic pour les administrateurs :',
      '',
      'Serveur de génération : DM6NAM12HT123.eop-nam12.prod.protection.outlook.com',
      '',
      'bob@hotmail.com',
      "Remote Server returned '550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). [DM6NAM12FT004.eop-nam12.prod.protection.outlook.com 2026-12-03T09:41:07.000Z 08DD1A2B3C4D5E6F]'",
    ),
    { ...USER_UNKNOWN, provider: MICROSOFT, recipient: 'bob@hotmail.com' },
  ],
  [
    'Microsoft 365 NDR in Spanish, no DSN part: sender tenant blocked for spam (5.1.8), author postmaster of the tenant',
    textNotice(
      'Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com>',
      'No se puede entregar: Quarterly figures',
      'No se pudo entregar el mensaje a bob@example.org porque su cuenta se ha bloqueado por enviar demasiados correos no deseados.',
      '',
      'Información de diagnóstico para administradores:',
      '',
      'Servidor de generación: PA4PR05MB8812.eurprd05.prod.outlook.com',
      '',
      'bob@example.org',
      "Remote Server returned '550 5.1.8 Access denied, bad outbound sender AS(42004)'",
    ),
    {
      cause: 'sender-account-blocked',
      reason: 'rejected',
      side: 'sender',
      provider: MICROSOFT,
      status: '5.1.8',
    },
  ],
  [
    'Exim: host *.mail.protection.outlook.com, 5.7.606 banned sending IP without the delist link',
    eximNotice(
      'bob@example.org',
      'example-org.mail.protection.outlook.com',
      '52.101.73.1',
      'MAIL FROM:<alice@example.com> SIZE=4521',
      '550 5.7.606 Access denied, banned sending IP [203.0.113.7].',
    ),
    { ...IP_BLOCK, provider: MICROSOFT, status: '5.7.606' },
  ],

  // --- Yahoo / AOL: codes and yahoodns hosts ---
  [
    'Postfix log: relay mta6.am0.yahoodns.net, [TSS04] deferral',
    postfixLog(
      'mta6.am0.yahoodns.net',
      '67.195.228.106',
      '4.7.0',
      'deferred',
      '421 4.7.0 [TSS04] Messages from 203.0.113.7 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1',
      'MAIL FROM',
      'bob@yahoo.com',
    ),
    { ...IP_REPUTATION, provider: YAHOO, reference: 'TSS04', permanent: false },
  ],
  [
    'AOL MX through yahoodns (mx-aol.mail.gm0.yahoodns.net), recipient at aol.com but Exim names only the host',
    eximNotice(
      'bob@example.org',
      'mx-aol.mail.gm0.yahoodns.net',
      '67.195.204.79',
      'MAIL FROM:<alice@example.com>',
      '553 5.7.1 [TSS09] All messages from 203.0.113.7 will be permanently deferred; Retrying will NOT succeed.',
    ),
    { ...IP_REPUTATION, provider: YAHOO, reference: 'TSS09' },
  ],
  [
    'Bare reply: the older [TS01] code alone names Yahoo',
    '421 4.7.0 [TS01] Messages from 203.0.113.7 temporarily deferred due to user complaints - 4.16.56.1',
    { ...IP_REPUTATION, provider: YAHOO, reference: 'TS01', permanent: false },
  ],
  [
    "Yahoo PH01 policy refusal in a DSN from the sender's Postfix, Remote-MTA a yahoodns host",
    dsn({
      reporting: 'mail.example.com',
      remote: 'mta7.am0.yahoodns.net',
      rcpt: 'bob@ymail.com',
      status: '5.0.0',
      diag: '554 Message not allowed - [PH01] Email not accepted for policy reasons.',
    }),
    { ...POLICY, provider: YAHOO, reference: 'PH01', confidence: ['low', 'medium'] },
  ],
  [
    "Yahoo's own notice (MAILER-DAEMON@yahoo.com): a remote Postfix's user unknown",
    textNotice(
      'MAILER-DAEMON@yahoo.com',
      'Failure Notice',
      'Sorry, we were unable to deliver your message to the following address.',
      '',
      '<bob@example.org>:',
      'Remote host said: 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in local recipient table [RCPT_TO]',
    ),
    { ...USER_UNKNOWN, recipient: 'bob@example.org', replyCode: 550, provider: YAHOO, confidence: 'high' },
  ],
  [
    'Yahoo 5.7.9 unauthenticated sender via Postfix relay name only',
    postfixLog(
      'mta5.am0.yahoodns.net',
      '98.136.96.91',
      '5.7.9',
      'bounced',
      '550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo requires all senders to authenticate with either SPF or DKIM.',
      'end of DATA',
      'bob@yahoo.com',
    ),
    {
      cause: ['auth-failed', 'spf-fail', 'dkim-fail'],
      reason: 'authfailure',
      side: 'sender',
      provider: YAHOO,
    },
  ],

  // --- AT&T and Comcast: their codes ---
  [
    'AT&T: DNSBL:ATTRBL through relay ff-ip4-mx-vip1.prodigy.net',
    postfixLog(
      'ff-ip4-mx-vip1.prodigy.net',
      '144.160.159.21',
      '5.3.0',
      'bounced',
      '553 5.3.0 alph766 DNSBL:ATTRBL 521< 203.0.113.7 >_is_blocked.For assistance forward this error to abuse_rbl@abuse-att.net',
      'MAIL FROM',
      'bob@att.net',
    ),
    { ...IP_BLOCK, provider: /^AT&T/, reference: 'ATTRBL' },
  ],
  [
    'AT&T: bare DNSBL:RBL refusal, the abuse-att.net address the only name',
    '553 5.3.0 flph829 DNSBL:RBL 521< 203.0.113.7 >_is_blocked.For assistance forward this error to abuse_rbl@abuse-att.net',
    { ...IP_BLOCK, provider: /^AT&T/ },
  ],
  [
    'Comcast: BL000010 with its resimta host in the reply (Cloudmark CSI)',
    postfixLog(
      'mx2c1.comcast.net',
      '96.114.157.81',
      '5.0.0',
      'bounced',
      '554 resimta-po-26v.sys.comcast.net resimta-po-26v.sys.comcast.net 203.0.113.7 found on one or more DNSBLs, see http://postmaster.comcast.net/smtp-error-codes.php#BL000010',
      'MAIL FROM',
      'bob@comcast.net',
    ),
    { ...IP_BLOCK, provider: /^Comcast/, reference: 'BL000010', blocklist: 'cloudmark' },
  ],
  [
    'Comcast: RL000001 rate limit, only the code and the error-code page',
    '452 4.7.0 resimta-ch2-09v.sys.comcast.net Too many messages from 203.0.113.7, please retry later. http://postmaster.comcast.net/smtp-error-codes.php#RL000001',
    { ...RATE, provider: /^Comcast/, reference: 'RL000001', permanent: false },
  ],
  [
    'Comcast: BL000000 without a host, the code alone',
    '554 5.7.1 203.0.113.7 Comcast block for spam. Please see https://postmaster.comcast.net/smtp-error-codes.php#BL000000',
    {
      ...IP_BLOCK,
      cause: ['ip-blocklisted', 'ip-reputation'],
      reason: ['blocked', 'badreputation'],
      provider: /^Comcast/,
      reference: 'BL000000',
    },
  ],

  // --- Filters ---
  [
    'Proofpoint refuses at RCPT for a Microsoft 365 customer: relay mx0b-…pphosted.com, Proofpoint acted',
    postfixLog('mx0b-00654321.pphosted.com', '148.163.159.24', '5.1.1', 'bounced', '550 5.1.1 User Unknown'),
    { ...USER_UNKNOWN, provider: /^Proofpoint/ },
  ],
  [
    "Proofpoint accepted, Microsoft 365 behind it refused: the Proofpoint DSN's Remote-MTA is Microsoft",
    dsn({
      from: 'MAILER-DAEMON@mx0a-00654321.pphosted.com (Mail Delivery System)',
      reporting: 'mx0a-00654321.pphosted.com',
      remote: 'example-org.mail.protection.outlook.com',
      status: '5.4.1',
      diag: '550 5.4.1 Recipient address rejected: Access denied. AS(201806281)',
    }),
    { ...MS_NOT_FOUND, provider: MICROSOFT, reference: 'AS(201806281)' },
  ],
  [
    'Proofpoint: its own IP reputation refusal through a pphosted relay',
    postfixLog(
      'mx0a-00112233.pphosted.com',
      '148.163.156.1',
      '5.7.1',
      'bounced',
      '554 Blocked - see https://ipcheck.proofpoint.com/?ip=203.0.113.7',
      'MAIL FROM',
    ),
    {
      ...IP_BLOCK,
      cause: ['ip-blocklisted', 'ip-reputation'],
      reason: ['blocked', 'badreputation'],
      provider: /^Proofpoint/,
    },
  ],
  [
    'Proofpoint Essentials (ppe-hosted): anti-spoofing by header, in an Exim notice',
    eximNotice(
      'bob@example.org',
      'mx1-us1.ppe-hosted.com',
      '67.231.154.162',
      'end of data',
      '550 5.7.1 Rejected by header based Anti-Spoofing policy: alice@example.org',
    ),
    {
      ...POLICY,
      cause: ['policy-violation', 'auth-failed', 'dmarc-fail', 'spam-filtered'],
      reason: ['policyviolation', 'authfailure', 'spamdetected'],
      provider: /^Proofpoint/,
    },
  ],
  [
    'Mimecast: blocked senders, the community link the only name, no host',
    '550 Rejected by header based Blocked Senders - Block policy for Header From - https://community.mimecast.com/docs/DOC-1369#550 [Kx1vZbQmP2q9sWmJk4xR4w.uk233]',
    {
      cause: ['blocked-by-recipient', 'policy-violation'],
      reason: ['rejected', 'policyviolation'],
      side: 'recipient',
      provider: /^Mimecast/,
    },
  ],
  [
    'Mimecast in front of Microsoft 365: relay eu-smtp-inbound-1.mimecast.com, invalid recipient',
    postfixLog(
      'eu-smtp-inbound-1.mimecast.com',
      '195.130.217.221',
      '5.0.0',
      'bounced',
      '550 Invalid Recipient - https://community.mimecast.com/docs/DOC-1369#550 [9xUeR2bMOKm3J1b4p0Qz2A.uk194]',
    ),
    { ...USER_UNKNOWN, provider: /^Mimecast/ },
  ],
  [
    'Mimecast: anti-spoofing inbound policy, US host in a DSN',
    dsn({
      reporting: 'mail.example.com',
      remote: 'us-smtp-inbound-2.mimecast.com',
      status: '5.0.0',
      diag: '550 Rejected by header based Anti-Spoofing policy - https://community.mimecast.com/docs/DOC-1369#550 [aBcDeFgHiJ.us471]',
    }),
    {
      ...POLICY,
      cause: ['policy-violation', 'auth-failed', 'dmarc-fail', 'spam-filtered'],
      reason: ['policyviolation', 'authfailure', 'spamdetected'],
      provider: /^Mimecast/,
    },
  ],
  [
    'Barracuda ESS in front of Google Workspace: relay d…ess.barracudanetworks.com, per-recipient :blocked',
    postfixLog(
      'd272804a.ess.barracudanetworks.com',
      '209.222.82.252',
      '5.0.0',
      'bounced',
      '550 permanent failure for one or more recipients (bob@example.org:blocked)',
      'end of DATA',
    ),
    {
      cause: ['content-filtered', 'spam-filtered', 'policy-violation'],
      reason: ['filtered', 'spamdetected', 'policyviolation'],
      provider: /^Barracuda/,
    },
  ],
  [
    'Barracuda ESS refuses with its own reputation list: the filter acted, and the list is named',
    postfixLog(
      'd123456b.ess.barracudanetworks.com',
      '209.222.82.253',
      '5.7.1',
      'bounced',
      '554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using Barracuda Reputation; http://www.barracudanetworks.com/reputation/?r=1&ip=203.0.113.7',
      'MAIL FROM',
    ),
    { ...IP_BLOCK, provider: /^Barracuda/, blocklist: 'barracuda' },
  ],
  [
    'Trend Micro Email Security: relay …in.tmes.trendmicro.eu, ERS reputation refusal',
    postfixLog(
      'example-org.in.tmes.trendmicro.eu',
      '18.185.115.10',
      '5.7.1',
      'bounced',
      '550 5.7.1 Mail from 203.0.113.7 blocked using Trend Micro Email Reputation database. Please see http://www.mail-abuse.com/cgi-bin/lookup?203.0.113.7',
      'MAIL FROM',
    ),
    { ...IP_BLOCK, provider: /^Trend Micro/, blocklist: 'trend-micro' },
  ],
  [
    'Trend Micro (tmes host in a DSN): recipient unknown at the filter',
    dsn({
      reporting: 'mail.example.com',
      remote: 'example-org.in.tmes.trendmicro.com',
      status: '5.1.1',
      diag: '550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown',
    }),
    { ...USER_UNKNOWN, provider: /^Trend Micro/ },
  ],
  [
    'Symantec Email Security.cloud: cluster host, connection rejected by policy [7.7]',
    postfixLog(
      'cluster1.eu.messagelabs.com',
      '85.158.142.0',
      '5.0.0',
      'bounced',
      '501 Connection rejected by policy [7.7] 20635, please visit www.symanteccloud.com/troubleshooting for more details about this error message.',
      'MAIL FROM',
    ),
    {
      ...IP_REPUTATION,
      cause: ['ip-reputation', 'ip-blocklisted', 'connection-rejected', 'policy-violation'],
      reason: ['badreputation', 'blocked', 'policyviolation'],
      provider: /Symantec|MessageLabs/,
    },
  ],
  [
    'Symantec Email Security.cloud: SPF fail in its own three-line wording, Exim notice with cluster5a host',
    eximNotice(
      'bob@example.org',
      'cluster5a.us.messagelabs.com',
      '67.219.246.1',
      'MAIL FROM:<alice@example.com>',
      '553-SPF (Sender Policy Framework) domain authentication',
      '553-fail. Refer to the Troubleshooting page at',
      '553-http://www.symanteccloud.com/troubleshooting for more',
      '553 information. (#5.7.1)',
    ),
    { cause: 'spf-fail', reason: 'authfailure', side: 'sender', provider: /Symantec|MessageLabs/ },
  ],
  [
    'Symantec Email Security.cloud: invalid recipient, Postfix notice naming the cluster host',
    postfixNotice(
      '<bob@example.org>: host cluster9.us.messagelabs.com[67.219.250.100] said:',
      '    550-Invalid recipient <bob@example.org> 550 (#5.1.1) (in reply to RCPT TO',
      '    command)',
    ),
    { ...USER_UNKNOWN, recipient: 'bob@example.org', provider: /Symantec|MessageLabs/ },
  ],
  [
    'FireEye/Trellix Email Security cloud host: DMARC ETP205',
    postfixLog(
      'mx1.us.fireeyecloud.com',
      '34.205.10.20',
      '5.7.1',
      'bounced',
      '550 5.7.1 ETP205 Message rejected due to DMARC policy of the sender domain',
      'end of DATA',
    ),
    {
      cause: 'dmarc-fail',
      reason: 'authfailure',
      side: 'sender',
      provider: /FireEye|Trellix/,
      reference: 'ETP205',
    },
  ],

  // --- Apple, Zoho, and the European and Asian providers by their own hosts, words and links ---
  [
    'iCloud custom domain: relay mx01.mail.icloud.com, [CS01] local policy',
    postfixLog(
      'mx01.mail.icloud.com',
      '17.57.155.23',
      '5.7.1',
      'bounced',
      '550 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137',
      'end of DATA',
    ),
    { ...POLICY, provider: /^Apple/, reference: 'CS01' },
  ],
  [
    'iCloud: [HME1] failing both SPF and DKIM, the code alone',
    '554 5.7.1 [HME1] This message was blocked for failing both SPF and DKIM authentication checks.',
    {
      cause: ['auth-failed', 'spf-fail', 'dkim-fail'],
      reason: 'authfailure',
      side: 'sender',
      provider: /^Apple/,
      reference: 'HME1',
    },
  ],
  [
    'Zoho: relay mx.zoho.eu for a hosted domain, user does not exist',
    postfixLog(
      'mx.zoho.eu',
      '185.20.209.4',
      '5.1.1',
      'bounced',
      '550 5.1.1 User does not exist - <bob@example.org>',
    ),
    { ...USER_UNKNOWN, provider: /^Zoho/ },
  ],
  [
    "Zoho as the sender's relay (relay smtppro.zoho.eu): unusual sending activity, the account held back",
    postfixLog(
      'smtppro.zoho.eu',
      '185.20.211.44',
      '5.4.6',
      'bounced',
      '550 5.4.6 Unusual sending activity detected. Please try after sometime.',
      'end of DATA',
    ),
    {
      cause: ['sender-account-blocked', 'rate-limited'],
      reason: ['rejected', 'speeding'],
      side: 'sender',
      provider: /^Zoho/,
    },
  ],
  [
    'Mail.ru hosted domain (biz.mail.ru): relay emx.mail.ru, spam message rejected with the notspam link',
    postfixLog(
      'emx.mail.ru',
      '94.100.180.104',
      '5.0.0',
      'bounced',
      '550 spam message rejected. Please visit http://help.mail.ru/notspam-support/id?c=AbCdEfGhIjKlMnOp or report details to abuse@corp.mail.ru. Error code: 1A2B3C4D5E6F7A8B. ID: 00000001A2B3C4D5.',
      'end of DATA',
    ),
    { ...SPAM, provider: /^Mail\.ru/ },
  ],
  [
    'Mail.ru: invalid mailbox, user not found; host only in the Exim line',
    eximNotice(
      'bob@example.ru',
      'mxs.mail.ru',
      '217.69.139.150',
      'RCPT TO:<bob@example.ru>',
      '550 Message was not accepted -- invalid mailbox.  Local mailbox bob@example.ru is unavailable: user not found',
    ),
    { ...USER_UNKNOWN, provider: /^Mail\.ru/, recipient: 'bob@example.ru' },
  ],
  [
    'Yandex 360 domain: relay mx.yandex.net, rejected under suspicion of SPAM with its ya.cc link',
    postfixLog(
      'mx.yandex.net',
      '77.88.21.249',
      '5.7.1',
      'bounced',
      '554 5.7.1 Message rejected under suspicion of SPAM; https://ya.cc/1IrBc 1764754867-AbCdEfGh1Ij-RM4ebWq0',
      'end of DATA',
    ),
    { ...SPAM, provider: /^Yandex/ },
  ],
  [
    'Yandex: "No such user!" from mx.yandex.ru in a DSN',
    dsn({
      reporting: 'mail.example.com',
      remote: 'mx.yandex.ru',
      rcpt: 'bob@example.ru',
      status: '5.7.1',
      diag: '550 5.7.1 No such user!',
    }),
    {
      ...USER_UNKNOWN,
      provider: /^Yandex/,
      recipient: 'bob@example.ru',
      knownWrong:
        "reason 'filtered': a DSN's 'user unknown' under a 5.7.1 status with no stage named is read as Sisimai's filtered (classify.ts isUnplacedRefusal); Yandex says 'No such user!' at RCPT TO, which this DSN does not show",
    },
  ],
  [
    'QQ enterprise mail: relay mxbiz1.qq.com, mailbox not found with the exmail help link',
    postfixLog(
      'mxbiz1.qq.com',
      '183.3.255.59',
      '5.0.0',
      'bounced',
      '550 Mailbox not found. http://service.exmail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000728',
    ),
    { ...USER_UNKNOWN, provider: /QQ|Tencent/, reference: '1000728' },
  ],
  [
    'QQ: frequency limited at the connection (Postfix notice, host mx3.qq.com said)',
    postfixNotice(
      '<bob@qq.com>: host mx3.qq.com[203.205.219.57] said: 550 Ip frequency limited.',
      '    http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1002742 (in',
      '    reply to MAIL FROM command)',
    ),
    { ...RATE, provider: /QQ|Tencent/, recipient: 'bob@qq.com' },
  ],
  [
    'WEB.DE: (mxweb…) tag and its sender-guidelines link, IP block listed',
    lines(
      '554-web.de (mxweb112) Nemesis ESMTP Service not available',
      '554-No SMTP service',
      '554-IP address is block listed.',
      '554 For explanation visit https://web.de/email/senderguidelines?ip=203.0.113.7&c=bl',
    ),
    { ...IP_BLOCK, provider: /^WEB\.DE/ },
  ],
  [
    'GMX: relay mx00.emig.gmx.net for a gmx.de recipient, mailbox unavailable',
    postfixLog(
      'mx00.emig.gmx.net',
      '212.227.15.9',
      '5.0.0',
      'bounced',
      '550 Requested action not taken: mailbox unavailable',
      'RCPT TO',
      'bob@gmx.de',
    ),
    { ...USER_UNKNOWN, provider: /^GMX/ },
  ],
  [
    'GMX: policy restrictions with (mxgmx…) tag, hosted domain',
    lines(
      '554-gmx.net (mxgmx117) Nemesis ESMTP Service not available',
      '554-Reject due to policy restrictions.',
      '554 For explanation visit https://www.gmx.net/mail/senderguidelines?c=hi',
    ),
    {
      ...POLICY,
      cause: ['policy-violation', 'ip-reputation', 'spam-filtered'],
      reason: ['policyviolation', 'badreputation', 'spamdetected'],
      provider: /^GMX/,
      confidence: ['low', 'medium'],
    },
  ],
  [
    'Orange: smtp-in.orange.fr host with OFR004_102, a wanadoo.fr recipient',
    postfixLog(
      'smtp-in.orange.fr',
      '80.12.242.132',
      '5.0.0',
      'bounced',
      '550 mwinf5c17 ME Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR004_102 [102]',
      'MAIL FROM',
      'bob@wanadoo.fr',
    ),
    {
      ...IP_BLOCK,
      cause: ['ip-blocklisted', 'ip-reputation'],
      reason: ['blocked', 'badreputation'],
      provider: /^Orange/,
      reference: 'OFR_102',
    },
  ],
  [
    'Orange: invalid recipient OFR_416, the code alone',
    '550 5.1.1 <bob@example.fr>: Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]',
    { ...USER_UNKNOWN, provider: /^Orange/, reference: 'OFR_416' },
  ],

  // --- A provider named only as the sender's domain, in returned headers, or as a list: no receiving provider ---
  [
    'Sender at gmail.com refused by a plain Postfix for DMARC: Google is the sender, not the receiver',
    postfixLog(
      'mx.example.org',
      '192.0.2.25',
      '5.7.1',
      'bounced',
      '550 5.7.1 <alice@gmail.com>: Sender address rejected: DMARC policy of gmail.com is reject and the message failed',
      'end of DATA',
    ),
    { cause: 'dmarc-fail', reason: 'authfailure', side: 'sender', provider: NONE },
  ],
  [
    'Postfix DSN, Remote-MTA mx.example.org; the returned headers are a Gmail and Outlook thread',
    dsn({
      reporting: 'mail.example.com',
      remote: 'mx.example.org',
      status: '5.2.2',
      diag: '552 5.2.2 <bob@example.org>: Mailbox full',
      returned: [
        'Received: from mail-wr1-f41.google.com (mail-wr1-f41.google.com [209.85.221.41])',
        '\tby mail.example.com (Postfix) with ESMTPS id 5F1C2A0B3D',
        'DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmail.com; s=20230601',
        'From: Alice <alice@gmail.com>',
        'To: Bob <bob@example.org>',
        'Cc: carol@outlook.com',
        'In-Reply-To: <DB9PR01MB1234ABCD@DB9PR01MB1234.eurprd01.prod.outlook.com>',
        'Subject: Re: Quarterly figures',
      ],
    }),
    { ...MAILBOX_FULL, provider: NONE, confidence: 'high' },
  ],
  [
    "A plain Postfix receiver citing Barracuda's public list: Barracuda is the list, not the receiver",
    postfixNotice(
      '<bob@example.org>: host mx.example.org[192.0.2.25] said: 554 5.7.1 Service',
      '    unavailable; Client host [203.0.113.7] blocked using b.barracudacentral.org;',
      '    http://www.barracudanetworks.com/reputation/?pr=1&ip=203.0.113.7 (in reply',
      '    to RCPT TO command)',
    ),
    { ...IP_BLOCK, provider: NONE, blocklist: 'barracuda' },
  ],
  [
    "Exim receiver: sender verify failed for an outlook.com sender (Microsoft only the sender's domain)",
    eximNotice(
      'bob@example.org',
      'mx.example.org',
      '192.0.2.25',
      'RCPT TO:<bob@example.org>',
      '550-Verification failed for <alice@outlook.com>',
      '550-Called:   52.101.9.33',
      '550-Sent:     RCPT TO:<alice@outlook.com>',
      '550-Response: 550 5.5.0 Requested action not taken: mailbox unavailable.',
      '550 Sender verify failed',
    ),
    {
      cause: ['sender-verify-failed', 'sender-rejected'],
      reason: 'rejected',
      side: 'sender',
      provider: NONE,
    },
  ],
  [
    'Relay denied by mx.example.org to a message from a Yahoo address: Yahoo only in the envelope',
    postfixLog(
      'mx.example.org',
      '192.0.2.25',
      '5.7.1',
      'bounced',
      '554 5.7.1 <bob@example.org>: Relay access denied; from=<alice@yahoo.com> to=<bob@example.org>',
    ),
    { ...RELAY, provider: NONE },
  ],
  [
    "The receiver's own Postfix log: its client is a Google host and the sender a gmail.com address",
    'Dec  3 09:41:07 mx postfix/smtpd[3141]: NOQUEUE: reject: RCPT from mail-ed1-f54.google.com[209.85.208.54]: 550 5.7.1 <bob@example.org>: Recipient address rejected: Access denied; from=<alice@gmail.com> to=<bob@example.org> proto=ESMTP helo=<mail-ed1-f54.google.com>',
    {
      cause: [
        'recipient-restricted',
        'blocked-by-recipient',
        'policy-violation',
        'recipient-not-in-tenant',
        'user-unknown',
      ],
      reason: ['rejected', 'securityerror', 'policyviolation', 'userunknown'],
      provider: NONE,
    },
  ],
];

export const SECOND_BATCH_46: RealWorldCase[] = [
  [
    'Outlook.com NDR in German (postmaster@outlook.com), no DSN: a remote Postfix says the mailbox is full',
    textNotice(
      'postmaster@outlook.com',
      'Unzustellbar: Quarterly figures',
      'Ihre Nachricht hat bob@example.org nicht erreicht, weil das Postfach des Empfängers voll ist.',
      '',
      'Diagnoseinformationen für Administratoren:',
      '',
      'Generierender Server: AS8PR04MB7654.eurprd04.prod.outlook.com',
      '',
      'bob@example.org',
      "Remote-Server hat '552 5.2.2 <bob@example.org>: Recipient address rejected: Mailbox is full' zurückgegeben",
    ),
    { ...MAILBOX_FULL, recipient: 'bob@example.org', status: '5.2.2', provider: MICROSOFT },
  ],
  [
    'Exchange Online Protection: Spamhaus listing with (AS3130) and the EOP server in brackets',
    '550 5.7.1 Service unavailable, Client host [203.0.113.7] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/203.0.113.7 (AS3130). [BN8NAM11FT012.eop-nam11.prod.protection.outlook.com 2026-12-03T09:41:07.000Z 08DD1A2B3C4D5E6F]',
    { ...IP_BLOCK, provider: MICROSOFT, reference: 'AS3130', blocklist: 'spamhaus', confidence: 'high' },
  ],
  [
    'Exim log line: H=mta5.am0.yahoodns.net, [TS02] deferral after MAIL FROM',
    '2026-12-03 09:41:07 1vQxYz-000AbC-3d == bob@example.net R=dnslookup T=remote_smtp defer (-46) H=mta5.am0.yahoodns.net [67.195.204.72]: SMTP error from remote mail server after MAIL FROM:<alice@example.com> SIZE=5123: 421 4.7.0 [TS02] Messages from 203.0.113.7 temporarily deferred - 4.16.56.1; see https://postmaster.yahooinc.com/error-codes',
    { ...IP_REPUTATION, provider: YAHOO, reference: 'TS02', permanent: false },
  ],
  [
    'Yahoo [BL21] without its link or host: the code names Yahoo and Spamhaus',
    "553 5.7.1 [BL21] Connections will not be accepted from 203.0.113.7, because the ip is in Spamhaus's list",
    { ...IP_BLOCK, provider: YAHOO, reference: 'BL21', blocklist: 'spamhaus' },
  ],
  [
    'AT&T: reverse DNS refusal, relay al-ip4-mx-vip1.prodigy.net',
    postfixLog(
      'al-ip4-mx-vip1.prodigy.net',
      '144.160.235.143',
      '5.7.1',
      'bounced',
      '550 5.7.1 Connections not accepted from servers without a valid sender domain.flph840 Fix reverse DNS for 203.0.113.7',
      'MAIL FROM',
      'bob@sbcglobal.net',
    ),
    { ...PTR, provider: /^AT&T/ },
  ],
  [
    'Comcast: BL000001 (Spamhaus), resimta host in the reply, no link text beyond the code page',
    '554 resimta-po-33v.sys.comcast.net resimta-po-33v.sys.comcast.net 203.0.113.7 found on one or more DNSBLs, see http://postmaster.comcast.net/smtp-error-codes.php#BL000001',
    { ...IP_BLOCK, provider: /^Comcast/, reference: 'BL000001', blocklist: 'spamhaus' },
  ],
  [
    'Mimecast: envelope blocked by a user entry, relay us-smtp-inbound-1.mimecast.com',
    postfixLog(
      'us-smtp-inbound-1.mimecast.com',
      '205.139.110.61',
      '5.0.0',
      'bounced',
      '550 Envelope blocked - User Entry - https://community.mimecast.com/docs/DOC-1369#550 [mZx8bVq3Pp2K1dWw9aQ.us472]',
    ),
    {
      cause: ['blocked-by-recipient', 'policy-violation'],
      reason: ['rejected', 'policyviolation'],
      side: 'recipient',
      provider: /^Mimecast/,
    },
  ],
  [
    'Proofpoint: "Local Policy Violation" through a pphosted relay, nothing else named',
    postfixLog(
      'mx0b-00998877.pphosted.com',
      '148.163.158.5',
      '5.7.0',
      'bounced',
      '550 5.7.0 Local Policy Violation',
      'end of DATA',
    ),
    { ...POLICY, provider: /^Proofpoint/ },
  ],
  [
    'Symantec Email Security.cloud: relay refusal naming its tower server and the troubleshooting page',
    lines(
      '553-you are trying to use me [server-3.tower-201.messagelabs.com] as a relay, but I have not',
      '553-been configured to let you [203.0.113.7, mail.example.com] do this.',
      '553-Please visit www.symanteccloud.com/troubleshooting for more details about this',
      '553 error message and instructions to resolve this issue. (#5.7.1)',
    ),
    {
      cause: ['relay-denied', 'relay-not-authorised'],
      reason: 'norelaying',
      provider: /Symantec|MessageLabs/,
    },
  ],
  [
    'Trend Micro: RBL+ refusal from a hes.trendmicro host (Exim notice)',
    eximNotice(
      'bob@example.org',
      'example-org.in.hes.trendmicro.com',
      '150.70.226.41',
      'MAIL FROM:<alice@example.com>',
      '550 5.7.1 Service unavailable; Client host [203.0.113.7] blocked by Trend Micro RBL+.',
    ),
    { ...IP_BLOCK, provider: /^Trend Micro/, blocklist: 'trend-micro', confidence: 'high' },
  ],
  [
    'Mail.ru hosted domain: relay emx.mail.ru, the account is disabled',
    postfixLog(
      'emx.mail.ru',
      '217.69.139.90',
      '5.0.0',
      'bounced',
      '550 Message was not accepted -- invalid mailbox.  Local mailbox bob@example.ru is unavailable: account is disabled',
      'RCPT TO',
      'bob@example.ru',
    ),
    {
      cause: ['mailbox-disabled', 'mailbox-inactive'],
      reason: 'suspend',
      side: 'recipient',
      provider: /^Mail\.ru/,
    },
  ],
  [
    'Orange: too many connections, OFR005_104, relay smtp-in.orange.fr',
    postfixLog(
      'smtp-in.orange.fr',
      '193.252.22.65',
      '4.0.0',
      'deferred',
      '421 mwinf5c40 ME Trop de connexions, veuillez verifier votre configuration. Too many connections, slow down. OFR005_104 [104]',
      'MAIL FROM',
      'bob@orange.fr',
    ),
    { ...RATE, provider: /^Orange/, reference: 'OFR_104', permanent: false },
  ],
  [
    'WEB.DE: sender domain without MX, relay mx-ha03.web.de',
    postfixLog(
      'mx-ha03.web.de',
      '212.227.17.8',
      '5.0.0',
      'bounced',
      '550-Requested action not taken: mailbox unavailable 550 invalid DNS MX or A/AAAA resource record',
      'MAIL FROM',
      'bob@web.de',
    ),
    { cause: 'sender-domain-invalid', reason: 'rejected', side: 'sender', provider: /^WEB\.DE/ },
  ],
  [
    'iCloud custom domain: Exim host mx02.mail.icloud.com, user does not exist',
    eximNotice(
      'bob@example.org',
      'mx02.mail.icloud.com',
      '17.57.154.33',
      'RCPT TO:<bob@example.org>',
      '550 5.1.1 <bob@example.org>: user does not exist',
    ),
    { ...USER_UNKNOWN, recipient: 'bob@example.org', provider: /^Apple/ },
  ],
  [
    'Zoho as the sender\'s relay: "Relaying disallowed as" the From it may not use',
    postfixLog(
      'smtp.zoho.com',
      '204.141.32.56',
      '5.0.0',
      'bounced',
      '553 Relaying disallowed as alice@example.com',
      'MAIL FROM',
    ),
    {
      cause: ['from-not-permitted', 'relay-not-authorised', 'sender-rejected'],
      reason: ['rejected', 'norelaying'],
      side: 'sender',
      provider: /^Zoho/,
    },
  ],
  [
    'No provider: a relay whose name only contains "outlook" and "googlemail" off their label boundaries',
    postfixLog(
      'mx.outlook-example.org',
      '192.0.2.26',
      '5.1.1',
      'bounced',
      '550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual mailbox table',
      'RCPT TO',
      'bob@googlemail.example.net',
    ),
    { ...USER_UNKNOWN, provider: NONE },
  ],
  [
    "No provider: a plain receiver refusing a forward for the original sender's (Yahoo) DMARC, DSN from the forwarder",
    dsn({
      reporting: 'mail.example.com',
      remote: 'mx.example.org',
      status: '5.7.1',
      diag: "550 5.7.1 Unauthenticated email from yahoo.com is not accepted due to domain's DMARC policy",
      returned: [
        'Received: from sonic301-2.consmr.mail.bf2.yahoo.com (sonic301-2.consmr.mail.bf2.yahoo.com [74.6.129.41])',
        'From: Carol <carol@yahoo.com>',
        'To: bob@example.com',
        'Subject: Quarterly figures',
      ],
    }),
    { cause: ['dmarc-fail', 'forwarded-auth-failed'], reason: 'authfailure', provider: NONE },
  ],
];

/**
 * Written after the second batch to probe one rule (not held out, not in the figures): a reporting MTA's host
 * no longer outranks a receiver the server's own words name, and still outranks the recipient's domain.
 */
export const PROBED_46: RealWorldCase[] = [
  [
    "Gmail DSN without Remote-MTA: the Diagnostic-Code is Microsoft 365's (AS(201806281)), not Google's",
    dsn({
      from: GMAIL_DAEMON,
      subject: 'Delivery Status Notification (Failure)',
      reporting: 'googlemail.com',
      status: '5.4.1',
      diag: '550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [AM2PEPF0001C713.eurprd05.prod.outlook.com 2026-12-03T09:41:07.123Z 08DD1A2B3C4D5E6F]',
    }),
    { ...MS_NOT_FOUND, provider: MICROSOFT, reference: 'AS(201806281)' },
  ],
  [
    'Microsoft 365 DSN of its own outbound refusal to a gmail.com recipient: the reporting host names Microsoft',
    dsn({
      from: 'Microsoft Outlook <postmaster@example.com>',
      subject: 'Undeliverable: Quarterly figures',
      reporting: 'AM9PR01MB7711.eurprd01.prod.exchangelabs.com',
      rcpt: 'bob@gmail.com',
      status: '5.7.708',
      diag: '550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP.',
    }),
    {
      cause: ['sender-account-blocked', 'ip-reputation', 'ip-blocklisted'],
      reason: ['rejected', 'badreputation', 'blocked'],
      side: 'sender',
      provider: MICROSOFT,
    },
  ],
];
