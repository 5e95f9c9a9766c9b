import type { Expect } from './real-world-cases.js';
import { encodeJa, type JaCharset } from './real-world-cases-20.js';
import { base64Lines, bWord, type Charset, encode, qpLines, qWord } from './real-world-cases-37.js';
import {
  DISABLED,
  IP_BLOCK,
  IP_REPUTATION,
  MAILBOX_FULL,
  MS_NOT_FOUND,
  SPAM,
  USER_UNKNOWN,
} from './real-world-expectations.js';
import { describeWholeEmails } from './whole-email-cases.js';

/*
 * A forty-third held-out round: WHOLE bounce emails (headers and MIME body), localized. Exchange and Microsoft 365
 * NDRs in German, French, Spanish, Italian, Dutch, Portuguese (Brazil and Portugal), Polish, Swedish, Japanese and
 * Simplified Chinese, new style ("Ihre Nachricht an x konnte nicht zugestellt werden", "Gemeldeter Fehler:") and
 * Exchange 2010-2016 style ("Die Zustellung an folgende Empfänger ... ist fehlgeschlagen", "#550 5.1.1 ... ##",
 * "Remote-Server hat '...' zurückgegeben"), with their localized subjects as Q and B encoded words, multipart/
 * alternative text and HTML in UTF-8, ISO-8859-1, ISO-8859-2, Shift_JIS, ISO-2022-JP and GB2312, quoted-printable
 * and base64, with and without the message/delivery-status part (a gateway that strips it, a relay that flattens
 * the report); Gmail's localized "Address not found" and "Message not delivered" notices; Postfix bounce templates
 * (bounce_template_file) and Exim bounce_message_file texts translated into German, French, Spanish, Russian and
 * Japanese; and national providers' notices as whole emails (Mail.ru, Yandex, Naver, Daum, QQ, 163, Libero,
 * Orange, Free, T-Online, WEB.DE/GMX). Written from knowledge of how those systems word them, with example
 * domains and invented names, none from the development corpus; bodies are encoded by round 37's and round 20's
 * encoders (checked there against the runtime's own decoders). Not repeated from earlier rounds: round 13's
 * short localized replies, round 16L's words, round 20's Japanese carriers, round 37's charsets as such.
 *   round 43  61 cases (25 Exchange/Microsoft 365, 11 Gmail, 10 translated Postfix/Exim templates, 15 national
 *             providers), measured as written: 53 of 61 right (87 %). One error was our own: the Polish NDR's
 *             blocklist written 'spamhaus-zen', an id knowledge/blocklist-names.ts does not have (ZEN is
 *             'spamhaus'), corrected: 54 of 61. The 7 wrong: Gmail's French and Spanish notices without a DSN
 *             part named no provider (only the DSN's Reporting-MTA googlemail.com did; the notice's own From,
 *             mailer-daemon@googlemail.com, was not read); the recipient not named where only the human
 *             sentence names it: Gmail's Portuguese "não foi entregue a x porque", Gmail's French DNS error
 *             "n'a pas été distribué à x, car le domaine", QQ's "未能成功投递给 x"; Mail.ru's notice with
 *             Exim's "SMTP error from remote mail server after RCPT TO:<x>:" flush left and the reply on the
 *             next line behind "host mx [ip]: " lost its code and status (the reply was taken as the words
 *             "after RCPT TO:<x>:"); Daum's "Sender address rejected by recipient" (the recipient's own
 *             refusal, 수신 거부) read as the receiver refusing the sender address (sender-rejected).
 *   fixed     scan-text.ts: the localized sentences that name the recipient before its address ("distribué à",
 *             "entregue a/para", "entregado a", "consegnato a", "recapitato a", "Votre message à", "Su mensaje
 *             para", "mensagem para", "messaggio a", "bericht aan", "meddelande till", "wiadomości do", "на
 *             адрес", 投递给, 发送给, 寄送给, 未送达) and Japanese after it ("x へのメッセージ", "x にメール").
 *             That moved a no-DSN Chinese Microsoft 365 NDR's first mention to its opening sentence, whose
 *             segment then gave "状态代码: 550 5.1.10" (the NDR's status summary) as the reply, read as a
 *             null MX (x.1.10): Microsoft 365's "Status code:" summary, by language (notice-headings.ts
 *             NDR_STATUS_LABELS), is now the reply only when no other line has a code, and Exchange's
 *             localized "Remote-Server hat '…' zurückgegeben", "Le serveur distant a retourné '…'" … and
 *             "Gemeldeter Fehler:", "Erreur signalée :" … are reply markers (LOCALIZED_REPLY_MARKERS);
 *             Exchange's "Generierender Server:", "Serveur de génération :" … and "DSN generiert von:" … name
 *             the reporting MTA (REPORTING_SERVER_LABELS, read by read-bounce.ts). diagnostic.ts: Exim's
 *             "SMTP error from remote mail server after RCPT TO:<x>:" followed by "host mx [ip]: 550 …" takes
 *             the reply from after the host (the corpus's Exim and Mail.ru diagnostics are now the reply
 *             alone, no reason changed). reply-phrases.ts: "rejected by (the) recipient" is the recipient's own
 *             block. 59 of 61 right after; the two Gmail provider misses stay (knownWrong, why below).
 *             Corpus 366/383, reply codes 261/274; 9 corpus diagnostics (Exim, Mail.ru) changed, no reason.
 *   then      a second batch of 20 (SECOND_BATCH_43: a German 5.7.133 group NDR in base64 iso-8859-1, Exchange
 *             2010 French and Spanish "#5xx … ##" NDRs, Italian, Dutch and Swedish Microsoft 365 NDRs without a
 *             DSN, a Brazilian "Unable to relay", a Polish ISO-8859-2 full mailbox, a Japanese ISO-2022-JP delay,
 *             a Chinese Exchange 2010 NDR, Gmail's Dutch, Polish and Swedish "address not found", Exim's Japanese
 *             template, Postfix's German delay template, Mail.ru's spam refusal, GMX's policy refusal, NetEase's
 *             "User suspended", Orange's OFR005_104 in a delay warning), written after the fixes and measured
 *             before any change: 17 of 20 right as written (85 %). The 3 wrong: Gmail's Dutch "niet afgeleverd
 *             bij x", Swedish "levererades inte till x" and Polish "nie została dostarczona do x" did not name the
 *             recipient (the reply quoted no address). Fixed as more words of the same list (scan-text.ts: "
 *             afgeleverd/bezorgd bij", "lever… (inte) till", "dostarcz… do", and German "nicht an"): 20 of 20.
 *             That broke round 13's Gmail Swedish notice (human text only): named now, its segment is the
 *             sentence "… eftersom adressen inte hittades …", and neither "inte hittades" (a subordinate
 *             clause's order) was a Nordic predicate nor did Swedish "adress" count inside "adressen", hidden by
 *             German/French "adresse" as a longer subject word. reply-words-languages.ts has "inte hittades",
 *             "ikke fundet", "ikke funnet"; match-phrases.ts lets only a longer subject word of the same
 *             language hide a shorter one (pairs now carry their language).
 *   in all    79 of 81 right (59 of 61 and 20 of 20); corpus 366/383, reply codes 261/274, no corpus reason,
 *             cause, status or code changed (9 Exim and Mail.ru diagnostics are now the reply alone).
 *   stays     Gmail's notices without their DSN part name no provider (knownWrong): the notice's From names
 *             Google, but a notice's author is no host the provider is read from, and reading it as the
 *             reporting host outranked the recipient's own domain (a Yahoo notice about an au recipient).
 *   later     right since round 46: the notice's author (a mail robot's domain) names its provider last,
 *             after the hosts and the text's markers (detect-provider.ts), so it outranks nothing.
 */

// ---- Building whole emails ----

type Cs = Charset | JaCharset;
type Te = 'base64' | 'quoted-printable' | '8bit' | '7bit';

const JA = new Set<Cs>(['ISO-2022-JP', 'Shift_JIS', 'UTF-8']);
const bytesOf = (text: string, charset: Cs): Buffer =>
  JA.has(charset) ? encodeJa(text, charset as JaCharset) : encode(text, charset as Charset);

/** A text part: its headers, a blank line, the text in the charset and transfer encoding. */
function textPart(text: string, charset: Cs, te: Te, type = 'text/plain', label: string = charset): string[] {
  const bytes = bytesOf(text, charset);
  const body =
    te === 'base64'
      ? base64Lines(bytes)
      : te === 'quoted-printable'
        ? qpLines(bytes)
        : te === '7bit'
          ? bytes.toString('latin1').split('\n')
          : text.split('\n');
  return [`Content-Type: ${type}; charset="${label}"`, `Content-Transfer-Encoding: ${te}`, '', ...body];
}

/** The HTML Exchange and Gmail write beside their text: each line a paragraph. */
const htmlOf = (text: string): string =>
  `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>\n${text
    .split('\n')
    .map((l) => (l ? `<p>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</p>` : ''))
    .join('\n')}\n</body></html>`;

/** A whole message from header lines and body lines. */
function mail(headers: string[], body: string[]): string {
  return [...headers, 'MIME-Version: 1.0', '', ...body, ''].join('\n');
}

/** Parts under one boundary, closed. */
function multipart(boundary: string, parts: string[][]): string[] {
  const out: string[] = ['This is a multi-part message in MIME format.', ''];
  for (const p of parts) out.push(`--${boundary}`, ...p, '');
  out.push(`--${boundary}--`, '');
  return out;
}

function alternative(boundary: string, text: string, charset: Cs, te: Te, label?: string): string[] {
  return [
    `Content-Type: multipart/alternative; differences=Content-Type; boundary="${boundary}"`,
    '',
    ...multipart(boundary, [
      textPart(text, charset, te, 'text/plain', label),
      textPart(htmlOf(text), charset, te, 'text/html', label),
    ]),
  ];
}

function dsn(recipient: string, status: string, diagnostic?: string, mta = 'EX01.example.net'): string[] {
  return [
    'Content-Type: message/delivery-status',
    '',
    `Reporting-MTA: dns;${mta}`,
    'Received-From-MTA: dns;mail.example.com',
    'Arrival-Date: Wed, 2 Dec 2026 08:12:44 +0000',
    '',
    `Final-Recipient: rfc822;${recipient}`,
    'Action: failed',
    `Status: ${status}`,
    ...(diagnostic ? [`Diagnostic-Code: smtp;${diagnostic}`] : []),
  ];
}

function returned(to: string, subject = 'Quarterly figures'): string[] {
  return [
    'Content-Type: text/rfc822-headers',
    '',
    'From: Alice Example <alice@example.com>',
    `To: <${to}>`,
    `Subject: ${subject}`,
    'Date: Wed, 2 Dec 2026 08:12:44 +0000',
    'Message-ID: <20261202081244.A1B2C3@mail.example.com>',
  ];
}

const DATE = 'Date: Wed, 2 Dec 2026 08:13:05 +0000';
const TO_ALICE = 'To: alice@example.com';
const REPORT = (b: string) => `Content-Type: multipart/report; report-type=delivery-status; boundary="${b}"`;
const MSFROM =
  'From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.onmicrosoft.com>';

interface Ndr {
  from?: string;
  subject: string;
  text: string;
  charset: Cs;
  te: Te;
  label?: string;
  /** The DSN part (recipient, status, diagnostic); null: a relay or gateway dropped it. */
  dsn: [string, string, string?] | null;
  /** Text only (no HTML alternative). */
  plainOnly?: boolean;
  /** HTML only (a gateway dropped the text part). */
  htmlOnly?: boolean;
}

/** An Exchange or Microsoft 365 NDR: multipart/report > multipart/alternative, DSN, returned headers. */
function exchangeNdr(n: Ndr): string {
  const human = n.plainOnly
    ? textPart(n.text, n.charset, n.te, 'text/plain', n.label)
    : n.htmlOnly
      ? textPart(htmlOf(n.text), n.charset, n.te, 'text/html', n.label)
      : alternative('_002_ALT43_', n.text, n.charset, n.te, n.label);
  const headers = [n.from ?? MSFROM, TO_ALICE, `Subject: ${n.subject}`, DATE];
  if (!n.dsn)
    return mail(
      [...headers, 'Content-Type: multipart/mixed; boundary="_000_MIX43_"'],
      multipart('_000_MIX43_', [human]),
    );
  const [rcpt, status, diag] = n.dsn;
  return mail(
    [...headers, REPORT('_000_REP43_')],
    multipart('_000_REP43_', [human, dsn(rcpt, status, diag), returned(rcpt)]),
  );
}

/** A single-part notice (providers, translated templates without a DSN). */
function notice(
  headers: string[],
  text: string,
  charset: Cs,
  te: Te,
  label?: string,
  type = 'text/plain',
): string {
  const part = textPart(text, charset, te, type, label);
  return mail([...headers, ...part.slice(0, 2)], part.slice(3));
}

/** A notice with a DSN part: text, delivery-status, returned headers. */
function noticeWithDsn(
  headers: string[],
  text: string,
  charset: Cs,
  te: Te,
  d: [string, string, string?],
  label?: string,
  mta?: string,
): string {
  return mail(
    [...headers, REPORT('=_report43')],
    multipart('=_report43', [
      textPart(text, charset, te, 'text/plain', label),
      dsn(d[0], d[1], d[2], mta),
      returned(d[0]),
    ]),
  );
}

const ls = (...l: string[]) => l.join('\n');

const NOT_FOUND_DIAG =
  '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup';
const QUOTA_DIAG =
  '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot open mailbox.[EndDiagnosticData]';
const FULL = { ...MAILBOX_FULL, permanent: true } as const;
const NOT_FOUND = { ...MS_NOT_FOUND, permanent: true } as const;
const RESTRICTED_MS = {
  cause: ['recipient-restricted', 'blocked-by-recipient'],
  reason: ['rejected', 'securityerror'],
  side: 'recipient',
} as const;
const EXPIRED_FINAL = {
  cause: ['delivery-expired', 'recipient-server-unreachable', 'connection-refused'],
  reason: ['expired', 'networkerror', 'blocked'],
  permanent: true,
} as const;
const DELAY = {
  cause: ['delivery-delayed', 'recipient-server-unreachable', 'server-unavailable', 'connection-refused'],
  reason: ['expired', 'onhold', 'networkerror', 'systemerror', 'blocked'],
  permanent: false,
} as const;
const DOMAIN_NOT_FOUND = {
  cause: ['domain-not-found', 'recipient-domain-typo'],
  reason: 'hostunknown',
} as const;
const MS = /microsoft|outlook|office|exchange/i;

type Case = [name: string, input: string, want: Expect];

// ---- Exchange and Microsoft 365, localized ----

const EXCHANGE_43: Case[] = [
  [
    'M365 German: "Unzustellbar:" Q subject, UTF-8 QP alternative, DSN, RecipientNotFound',
    exchangeNdr({
      subject: qWord('Unzustellbar: Quartalszahlen für März', 'windows-1252', 'iso-8859-1'),
      text: ls(
        'Ihre Nachricht an jonas.becker@example.de konnte nicht zugestellt werden.',
        'jonas.becker wurde bei example.de nicht gefunden.',
        '',
        'alice      Office 365      jonas.becker',
        'Aktion erforderlich        Empfänger',
        '',
        'Unbekannte An-Adresse',
        '',
        'So beheben Sie das Problem',
        'Die Adresse ist möglicherweise falsch geschrieben oder nicht vorhanden. Versuchen Sie eine oder mehrere der folgenden Maßnahmen:',
        '',
        'Weitere Informationen für E-Mail-Administratoren',
        'Statuscode: 550 5.1.10',
        '',
        'Ursprüngliche Nachrichtendetails',
        'Erstellungsdatum: 02.12.2026 08:12:44',
        'Absenderadresse: alice@example.com',
        'Empfängeradresse: jonas.becker@example.de',
        'Betreff: Quartalszahlen für März',
        '',
        'Fehlerdetails',
        `Gemeldeter Fehler: ${NOT_FOUND_DIAG}`,
        'DSN generiert von: FR2P281MB0123.DEUP281.PROD.OUTLOOK.COM',
      ),
      charset: 'utf-8',
      te: 'quoted-printable',
      dsn: ['jonas.becker@example.de', '5.1.10', NOT_FOUND_DIAG],
    }),
    { ...NOT_FOUND, recipient: 'jonas.becker@example.de', status: '5.1.10', replyCode: 550, provider: MS },
  ],
  [
    'M365 German, no DSN part (a gateway dropped it): base64 UTF-8 text only, mailbox full',
    exchangeNdr({
      subject: bWord('Unzustellbar: Angebot', 'utf-8', 'UTF-8'),
      text: ls(
        'Ihre Nachricht an petra.wolf@example.de konnte nicht zugestellt werden.',
        'Das Postfach des Empfängers ist voll und kann derzeit keine Nachrichten annehmen.',
        'Versuchen Sie später, die Nachricht erneut zu senden, oder wenden Sie sich direkt an den Empfänger.',
        '',
        'Weitere Informationen für E-Mail-Administratoren',
        'Statuscode: 554 5.2.2',
        '',
        'Absenderadresse: alice@example.com',
        'Empfängeradresse: petra.wolf@example.de',
        '',
        `Gemeldeter Fehler: ${QUOTA_DIAG}`,
      ),
      charset: 'utf-8',
      te: 'base64',
      dsn: null,
      plainOnly: true,
    }),
    { ...FULL, recipient: 'petra.wolf@example.de', status: '5.2.2', replyCode: 554 },
  ],
  [
    'Exchange 2010 German: "Die Zustellung an folgende Empfänger ... fehlgeschlagen", iso-8859-1 QP, "#550 ... ##", no DSN',
    exchangeNdr({
      from: 'From: Systemadministrator <postmaster@example.de>',
      subject: qWord('Unzustellbar: Rechnung 4711', 'windows-1252', 'iso-8859-1'),
      text: ls(
        'Die Zustellung an folgende Empfänger oder Gruppen ist fehlgeschlagen:',
        '',
        'Klaus Schröder',
        'Die eingegebene E-Mail-Adresse wurde nicht gefunden. Überprüfen Sie die E-Mail-Adresse des Empfängers, und versuchen Sie, die Nachricht erneut zu senden. Wenden Sie sich an Ihren Helpdesk, falls das Problem weiterhin besteht.',
        '',
        'Diagnoseinformationen für Administratoren:',
        '',
        'Generierender Server: EX01.example.de',
        '',
        'k.schroeder@example.de',
        '#550 5.1.1 RESOLVER.ADR.RecipientNotFound; not found ##',
      ),
      charset: 'windows-1252',
      label: 'iso-8859-1',
      te: 'quoted-printable',
      dsn: null,
      plainOnly: true,
    }),
    { ...NOT_FOUND, recipient: 'k.schroeder@example.de', status: '5.1.1' },
  ],
  [
    'Exchange 2016 German: "Remote-Server hat \'...\' zurückgegeben", mailbox full, with DSN',
    exchangeNdr({
      from: 'From: Microsoft Outlook <postmaster@example.at>',
      subject: qWord('Unzustellbar: Termin', 'windows-1252', 'iso-8859-1'),
      text: ls(
        'Die Nachricht konnte nicht an folgende Empfänger oder Gruppen übermittelt werden:',
        '',
        'maria.huber@example.at',
        'Das Postfach des Empfängers ist voll.',
        '',
        'Diagnoseinformationen für Administratoren:',
        '',
        'Generierender Server: EX02.example.at',
        '',
        'maria.huber@example.at',
        `Remote-Server hat '${QUOTA_DIAG}' zurückgegeben`,
      ),
      charset: 'windows-1252',
      label: 'iso-8859-1',
      te: 'quoted-printable',
      dsn: ['maria.huber@example.at', '5.2.2', QUOTA_DIAG],
    }),
    { ...FULL, recipient: 'maria.huber@example.at', status: '5.2.2' },
  ],
  [
    'M365 German delay: "Zustellung verzögert:", 4.4.7 not yet given up',
    exchangeNdr({
      subject: qWord('Zustellung verzögert: Angebot', 'windows-1252', 'iso-8859-1'),
      text: ls(
        'Die Zustellung an folgende Empfänger oder Gruppen wurde verzögert:',
        '',
        'stefan.koch@example.de',
        '',
        'Betreff: Angebot',
        '',
        'Diese Nachricht wurde noch nicht zugestellt. Es wird weiterhin versucht, die Nachricht zuzustellen.',
        '',
        'Der Server versucht 1 Tag, 19 Stunden und 57 Minuten lang, die Nachricht zuzustellen. Sie werden benachrichtigt, falls die Nachricht bis dahin nicht zugestellt werden kann.',
        '',
        'Diagnoseinformationen für Administratoren:',
        '',
        'Generierender Server: AM0PR01MB1234.eurprd01.prod.outlook.com',
        'stefan.koch@example.de',
        'Remote-Server hat \'451 4.4.0 Primary target IP address responded with: "421 4.4.2 Connection dropped due to SocketError." Attempted failover to alternate host, but that did not succeed.\' zurückgegeben',
      ),
      charset: 'utf-8',
      te: 'quoted-printable',
      dsn: null,
      plainOnly: true,
    }),
    { ...DELAY, recipient: 'stefan.koch@example.de' },
  ],
  [
    'M365 French: "Non remis :" Q subject, UTF-8 QP alternative, DSN, RecipientNotFound',
    exchangeNdr({
      subject: qWord('Non remis : Chiffres trimestriels', 'utf-8', 'utf-8'),
      text: ls(
        "Votre message à camille.dubois@example.fr n'a pas pu être remis.",
        'camille.dubois est introuvable sur example.fr.',
        '',
        'Action requise     Destinataire',
        'Adresse À inconnue',
        '',
        'Comment résoudre le problème',
        "L'adresse est peut-être mal orthographiée ou n'existe pas.",
        '',
        "Plus d'informations pour les administrateurs de messagerie",
        "Code d'état : 550 5.1.10",
        '',
        "Détails du message d'origine",
        'Date de création : 02/12/2026 08:12:44',
        "Adresse de l'expéditeur : alice@example.com",
        'Adresse du destinataire : camille.dubois@example.fr',
        'Objet : Chiffres trimestriels',
        '',
        "Détails de l'erreur",
        `Erreur signalée : ${NOT_FOUND_DIAG}`,
        'DSN généré par : PR1P264MB0456.FRAP264.PROD.OUTLOOK.COM',
      ),
      charset: 'utf-8',
      te: 'quoted-printable',
      dsn: ['camille.dubois@example.fr', '5.1.10', NOT_FOUND_DIAG],
    }),
    { ...NOT_FOUND, recipient: 'camille.dubois@example.fr', status: '5.1.10', provider: MS },
  ],
  [
    'Exchange 2013 French: "La remise à ces destinataires ou groupes a échoué", base64 iso-8859-1, no DSN, full',
    exchangeNdr({
      from: 'From: Microsoft Outlook <postmaster@example.fr>',
      subject: qWord('Non remis : Devis', 'windows-1252', 'iso-8859-1'),
      text: ls(
        'La remise à ces destinataires ou groupes a échoué :',
        '',
        'Julien Moreau (julien.moreau@example.fr)',
        "La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour l'instant. Veuillez renvoyer votre message plus tard ou contacter directement le destinataire.",
        '',
        'Informations de diagnostic pour les administrateurs :',
        '',
        'Serveur de génération : EX01.example.fr',
        '',
        'julien.moreau@example.fr',
        `Le serveur distant a retourné '${QUOTA_DIAG}'`,
      ),
      charset: 'windows-1252',
      label: 'iso-8859-1',
      te: 'base64',
      dsn: null,
    }),
    { ...FULL, recipient: 'julien.moreau@example.fr', status: '5.2.2' },
  ],
  [
    'M365 French HTML only (text/plain dropped), DSN, NotAuthorized (restricted group)',
    exchangeNdr({
      subject: qWord('Non remis : Invitation', 'utf-8', 'UTF-8'),
      text: ls(
        "Votre message à direction@example.fr n'a pas pu être remis.",
        "Vous n'êtes pas autorisé à envoyer des messages à ce destinataire. Contactez l'administrateur du destinataire pour obtenir de l'aide.",
        '',
        "Code d'état : 550 5.7.1",
        '',
        "Erreur signalée : 550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized; Delivery restriction check failed because the sender isn't authorized to send to this recipient.",
      ),
      charset: 'utf-8',
      te: 'base64',
      htmlOnly: true,
      dsn: [
        'direction@example.fr',
        '5.7.1',
        "550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized; Delivery restriction check failed because the sender isn't authorized to send to this recipient.",
      ],
    }),
    { ...RESTRICTED_MS, recipient: 'direction@example.fr', status: '5.7.1' },
  ],
  [
    'M365 Spanish: "No se puede entregar:" B subject, UTF-8 base64 alternative, DSN, RecipientNotFound',
    exchangeNdr({
      subject: bWord('No se puede entregar: Cifras trimestrales', 'utf-8', 'utf-8'),
      text: ls(
        'Su mensaje para lucia.fernandez@example.es no se pudo entregar.',
        'No se encontró a lucia.fernandez en example.es.',
        '',
        'Acción necesaria    Destinatario',
        'Dirección de destinatario desconocida',
        '',
        'Más información para administradores de correo electrónico',
        'Código de estado: 550 5.1.10',
        '',
        'Detalles del mensaje original',
        'Dirección del remitente: alice@example.com',
        'Dirección del destinatario: lucia.fernandez@example.es',
        'Asunto: Cifras trimestrales',
        '',
        'Detalles del error',
        `Error notificado: ${NOT_FOUND_DIAG}`,
        'DSN generado por: DB9PR01MB7777.eurprd01.prod.outlook.com',
      ),
      charset: 'utf-8',
      te: 'base64',
      dsn: ['lucia.fernandez@example.es', '5.1.10', NOT_FOUND_DIAG],
    }),
    { ...NOT_FOUND, recipient: 'lucia.fernandez@example.es', status: '5.1.10', provider: MS },
  ],
  [
    'M365 Spanish, no DSN: "El servidor remoto devolvió" 5.4.1 Access denied (not in the tenant)',
    exchangeNdr({
      subject: bWord('No se puede entregar: Pedido', 'utf-8', 'UTF-8'),
      text: ls(
        'Error al entregar a estos destinatarios o grupos:',
        '',
        'pablo.ruiz@example.es',
        'No se encontró la dirección de correo electrónico que escribió. Compruebe la dirección de correo del destinatario e intente volver a enviar el mensaje.',
        '',
        'Información de diagnóstico para administradores:',
        '',
        'Servidor de generación: VI1PR01MB3333.eurprd01.prod.outlook.com',
        '',
        'pablo.ruiz@example.es',
        "El servidor remoto devolvió '550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [AM4PEPF00012345.eurprd01.prod.outlook.com]'",
      ),
      charset: 'utf-8',
      te: 'quoted-printable',
      dsn: null,
    }),
    { ...NOT_FOUND, recipient: 'pablo.ruiz@example.es', status: '5.4.1' },
  ],
  [
    'M365 Italian: "Non recapitabile:" iso-8859-1 QP alternative, DSN, mailbox full',
    exchangeNdr({
      subject: qWord('Non recapitabile: Preventivo', 'windows-1252', 'iso-8859-1'),
      text: ls(
        'Impossibile recapitare il messaggio a giulia.rossi@example.it.',
        'La cassetta postale del destinatario è piena e non può accettare messaggi in questo momento. Riprova a inviare il messaggio più tardi o contatta direttamente il destinatario.',
        '',
        'Ulteriori informazioni per gli amministratori di posta elettronica',
        'Codice di stato: 554 5.2.2',
        '',
        `Errore segnalato: ${QUOTA_DIAG}`,
      ),
      charset: 'windows-1252',
      label: 'iso-8859-1',
      te: 'quoted-printable',
      dsn: ['giulia.rossi@example.it', '5.2.2', QUOTA_DIAG],
    }),
    { ...FULL, recipient: 'giulia.rossi@example.it', status: '5.2.2', replyCode: 554 },
  ],
  [
    'Exchange 2016 Italian, no DSN: "Recapito non riuscito per i seguenti destinatari o gruppi", not found',
    exchangeNdr({
      from: 'From: Microsoft Outlook <postmaster@example.it>',
      subject: qWord('Non recapitabile: Ordine', 'windows-1252', 'iso-8859-1'),
      text: ls(
        'Recapito non riuscito per i seguenti destinatari o gruppi:',
        '',
        'marco.bianchi@example.it',
        "Impossibile trovare l'indirizzo di posta elettronica immesso. Controllare l'indirizzo di posta elettronica del destinatario e provare a inviare di nuovo il messaggio.",
        '',
        'Informazioni diagnostiche per gli amministratori:',
        '',
        'Server di generazione: EX01.example.it',
        '',
        'marco.bianchi@example.it',
        "Il server remoto ha restituito '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'",
      ),
      charset: 'windows-1252',
      label: 'iso-8859-1',
      te: 'base64',
      dsn: null,
      plainOnly: true,
    }),
    { ...NOT_FOUND, recipient: 'marco.bianchi@example.it', status: '5.1.10' },
  ],
  [
    'Exchange Italian: QUEUE.Expired after two days, no DSN, "Non recapitabile:"',
    exchangeNdr({
      from: 'From: Microsoft Outlook <postmaster@example.it>',
      subject: qWord('Non recapitabile: Fattura', 'utf-8', 'utf-8'),
      text: ls(
        'Recapito non riuscito per i seguenti destinatari o gruppi:',
        '',
        'amministrazione@example.org',
        'Il server non riesce a recapitare il messaggio. Il destinatario non ha accettato il messaggio entro i tempi previsti.',
        '',
        'Informazioni diagnostiche per gli amministratori:',
        '',
        'Server di generazione: EX01.example.it',
        '',
        'amministrazione@example.org',
        "Il server remoto ha restituito '550 4.4.7 QUEUE.Expired; message expired'",
      ),
      charset: 'utf-8',
      te: 'quoted-printable',
      dsn: null,
    }),
    { ...EXPIRED_FINAL, recipient: 'amministrazione@example.org' },
  ],
  [
    'M365 Dutch: "Onbestelbaar:" UTF-8 base64 alternative, DSN, RecipientNotFound',
    exchangeNdr({
      subject: bWord('Onbestelbaar: Kwartaalcijfers', 'utf-8', 'UTF-8'),
      text: ls(
        'Uw bericht aan sanne.devries@example.nl kan niet worden bezorgd.',
        'sanne.devries is niet gevonden op example.nl.',
        '',
        'Actie vereist    Ontvanger',
        'Onbekend Aan-adres',
        '',
        'Meer informatie voor e-mailbeheerders',
        'Statuscode: 550 5.1.10',
        '',
        'Adres van afzender: alice@example.com',
        'Adres van ontvanger: sanne.devries@example.nl',
        '',
        `Gemelde fout: ${NOT_FOUND_DIAG}`,
      ),
      charset: 'utf-8',
      te: 'base64',
      dsn: ['sanne.devries@example.nl', '5.1.10', NOT_FOUND_DIAG],
    }),
    { ...NOT_FOUND, recipient: 'sanne.devries@example.nl', status: '5.1.10' },
  ],
  [
    'Exchange Dutch, no DSN: "Kan niet worden bezorgd bij de volgende ontvangers", 5.4.316 expired, connection refused',
    exchangeNdr({
      from: 'From: Microsoft Outlook <postmaster@example.nl>',
      subject: 'Onbestelbaar: Offerte',
      text: ls(
        'Kan niet worden bezorgd bij de volgende ontvangers of groepen:',
        '',
        'info@example.org',
        'Er is een probleem opgetreden bij het bezorgen van dit bericht bij dit e-mailadres. Probeer het bericht later opnieuw te verzenden.',
        '',
        'Diagnostische informatie voor beheerders:',
        '',
        'Server genereren: EX01.example.nl',
        '',
        'info@example.org',
        '#550 5.4.316 Message expired, connection refused(Socket error code 10061) ##',
      ),
      charset: 'windows-1252',
      label: 'iso-8859-1',
      te: 'quoted-printable',
      dsn: null,
      plainOnly: true,
    }),
    { ...EXPIRED_FINAL, recipient: 'info@example.org', status: '5.4.316' },
  ],
  [
    'M365 Portuguese (Brazil): "Não é possível entregar:" B subject, UTF-8 QP alternative, DSN, not found',
    exchangeNdr({
      subject: bWord('Não é possível entregar: Números trimestrais', 'utf-8', 'utf-8'),
      text: ls(
        'Sua mensagem para joao.silva@example.com.br não pôde ser entregue.',
        'joao.silva não foi encontrado em example.com.br.',
        '',
        'Ação necessária    Destinatário',
        'Endereço Para desconhecido',
        '',
        'Mais informações para administradores de email',
        'Código de status: 550 5.1.10',
        '',
        'Endereço do remetente: alice@example.com',
        'Endereço do destinatário: joao.silva@example.com.br',
        '',
        `Erro relatado: ${NOT_FOUND_DIAG}`,
      ),
      charset: 'utf-8',
      te: 'quoted-printable',
      dsn: ['joao.silva@example.com.br', '5.1.10', NOT_FOUND_DIAG],
    }),
    { ...NOT_FOUND, recipient: 'joao.silva@example.com.br', status: '5.1.10' },
  ],
  [
    'Exchange Portuguese (Portugal), no DSN: "A sua mensagem ... não foi entregue", iso-8859-1 QP, mailbox full',
    exchangeNdr({
      from: 'From: Microsoft Outlook <postmaster@example.pt>',
      subject: qWord('Não é possível entregar: Orçamento', 'windows-1252', 'iso-8859-1'),
      text: ls(
        'Falha na entrega a estes destinatários ou grupos:',
        '',
        'ana.costa@example.pt',
        'A caixa de correio do destinatário está cheia e não pode aceitar mensagens neste momento. Tente reenviar a mensagem mais tarde ou contacte diretamente o destinatário.',
        '',
        'Informações de diagnóstico para administradores:',
        '',
        'Servidor de geração: EX01.example.pt',
        '',
        'ana.costa@example.pt',
        `O servidor remoto devolveu '${QUOTA_DIAG}'`,
      ),
      charset: 'windows-1252',
      label: 'iso-8859-1',
      te: 'quoted-printable',
      dsn: null,
      plainOnly: true,
    }),
    { ...FULL, recipient: 'ana.costa@example.pt', status: '5.2.2' },
  ],
  [
    'M365 Polish: "Niedostarczalne:" Q iso-8859-2 subject, ISO-8859-2 QP alternative, DSN, not found',
    exchangeNdr({
      subject: qWord('Niedostarczalne: Wyniki kwartalne', 'iso-8859-2', 'iso-8859-2'),
      text: ls(
        'Nie można dostarczyć wiadomości do piotr.nowak@example.pl.',
        'Nie znaleziono adresata piotr.nowak w domenie example.pl.',
        '',
        'Wymagana akcja    Adresat',
        'Nieznany adres Do',
        '',
        'Więcej informacji dla administratorów poczty e-mail',
        'Kod stanu: 550 5.1.10',
        '',
        'Adres nadawcy: alice@example.com',
        'Adres adresata: piotr.nowak@example.pl',
        '',
        `Zgłoszony błąd: ${NOT_FOUND_DIAG}`,
      ),
      charset: 'iso-8859-2',
      te: 'quoted-printable',
      dsn: ['piotr.nowak@example.pl', '5.1.10', NOT_FOUND_DIAG],
    }),
    { ...NOT_FOUND, recipient: 'piotr.nowak@example.pl', status: '5.1.10' },
  ],
  [
    'Exchange Polish, no DSN: "Dostarczenie do tych adresatów lub grup nie powiodło się", blocked IP (Spamhaus)',
    exchangeNdr({
      from: 'From: Microsoft Outlook <postmaster@example.pl>',
      subject: bWord('Niedostarczalne: Faktura', 'utf-8', 'UTF-8'),
      text: ls(
        'Dostarczenie do tych adresatów lub grup nie powiodło się:',
        '',
        'biuro@example.org',
        'Wystąpił problem z dostarczeniem wiadomości na ten adres e-mail.',
        '',
        'Informacje diagnostyczne dla administratorów:',
        '',
        'Serwer generujący: EX01.example.pl',
        '',
        'biuro@example.org',
        "Serwer zdalny zwrócił '554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/203.0.113.7'",
      ),
      charset: 'utf-8',
      te: 'base64',
      dsn: null,
    }),
    { ...IP_BLOCK, recipient: 'biuro@example.org', status: '5.7.1', blocklist: 'spamhaus' },
  ],
  [
    'M365 Swedish: "Olevererbart:" Q subject, UTF-8 QP alternative, DSN, mailbox full',
    exchangeNdr({
      subject: qWord('Olevererbart: Offert', 'utf-8', 'UTF-8'),
      text: ls(
        'Det gick inte att leverera ditt meddelande till erik.lindqvist@example.se.',
        'Mottagarens postlåda är full och kan inte ta emot meddelanden just nu. Försök skicka meddelandet senare eller kontakta mottagaren direkt.',
        '',
        'Mer information för e-postadministratörer',
        'Statuskod: 554 5.2.2',
        '',
        `Rapporterat fel: ${QUOTA_DIAG}`,
      ),
      charset: 'utf-8',
      te: 'quoted-printable',
      dsn: ['erik.lindqvist@example.se', '5.2.2', QUOTA_DIAG],
    }),
    { ...FULL, recipient: 'erik.lindqvist@example.se', status: '5.2.2' },
  ],
  [
    'Exchange Swedish, no DSN: "Det gick inte att leverera till följande mottagare eller grupper", not found',
    exchangeNdr({
      from: 'From: Microsoft Outlook <postmaster@example.se>',
      subject: qWord('Olevererbart: Möte', 'windows-1252', 'iso-8859-1'),
      text: ls(
        'Det gick inte att leverera till följande mottagare eller grupper:',
        '',
        'karin.berg@example.se',
        'E-postadressen du angav hittades inte. Kontrollera mottagarens e-postadress och försök sedan skicka meddelandet igen.',
        '',
        'Diagnostisk information för administratörer:',
        '',
        'Genererande server: EX01.example.se',
        '',
        'karin.berg@example.se',
        '#550 5.1.1 RESOLVER.ADR.RecipientNotFound; not found ##',
      ),
      charset: 'windows-1252',
      label: 'iso-8859-1',
      te: 'quoted-printable',
      dsn: null,
    }),
    { ...NOT_FOUND, recipient: 'karin.berg@example.se', status: '5.1.1' },
  ],
  [
    'M365 Japanese: "配信不能:" ISO-2022-JP B subject, UTF-8 base64 alternative, DSN, not found',
    exchangeNdr({
      subject: `=?ISO-2022-JP?B?${encodeJa('配信不能: 四半期の数字', 'ISO-2022-JP').toString('base64')}?=`,
      text: ls(
        'tanaka.hiroshi@example.jp へのメッセージを配信できませんでした。',
        'tanaka.hiroshi が example.jp で見つかりませんでした。',
        '',
        '必要な操作    受信者',
        '不明な宛先アドレス',
        '',
        'メール管理者向けの詳細情報',
        '状態コード: 550 5.1.10',
        '',
        '送信者のアドレス: alice@example.com',
        '受信者のアドレス: tanaka.hiroshi@example.jp',
        '',
        `報告されたエラー: ${NOT_FOUND_DIAG}`,
      ),
      charset: 'UTF-8',
      te: 'base64',
      dsn: ['tanaka.hiroshi@example.jp', '5.1.10', NOT_FOUND_DIAG],
    }),
    { ...NOT_FOUND, recipient: 'tanaka.hiroshi@example.jp', status: '5.1.10' },
  ],
  [
    'Exchange 2013 Japanese, no DSN: Shift_JIS base64, "次の受信者またはグループへの配信に失敗しました", full',
    exchangeNdr({
      from: 'From: Microsoft Outlook <postmaster@example.co.jp>',
      subject: `=?shift_jis?B?${encodeJa('配信不能: 見積書', 'Shift_JIS').toString('base64')}?=`,
      text: ls(
        '次の受信者またはグループへの配信に失敗しました:',
        '',
        'suzuki.yumi@example.co.jp',
        '受信者のメールボックスがいっぱいのため、現在メッセージを受け付けることができません。後でメッセージを再送信するか、受信者に直接連絡してください。',
        '',
        '管理者用の診断情報:',
        '',
        '生成サーバー: EX01.example.co.jp',
        '',
        'suzuki.yumi@example.co.jp',
        `リモート サーバーから '${QUOTA_DIAG}' が返されました`,
      ),
      charset: 'Shift_JIS',
      label: 'shift_jis',
      te: 'base64',
      dsn: null,
      plainOnly: true,
    }),
    { ...FULL, recipient: 'suzuki.yumi@example.co.jp', status: '5.2.2' },
  ],
  [
    'M365 Simplified Chinese: "无法投递:" gb2312 B subject, UTF-8 QP alternative, no DSN, not found',
    exchangeNdr({
      subject: bWord('无法投递: 季度数字', 'gbk', 'gb2312'),
      text: ls(
        '你发送给 liu.yang@example.cn 的邮件无法投递。',
        '在 example.cn 中找不到 liu.yang。',
        '',
        '需要执行操作    收件人',
        '未知的收件人地址',
        '',
        '针对电子邮件管理员的详细信息',
        '状态代码: 550 5.1.10',
        '',
        '发件人地址: alice@example.com',
        '收件人地址: liu.yang@example.cn',
        '',
        `报告的错误: ${NOT_FOUND_DIAG}`,
      ),
      charset: 'utf-8',
      te: 'quoted-printable',
      dsn: null,
    }),
    { ...NOT_FOUND, recipient: 'liu.yang@example.cn', status: '5.1.10' },
  ],
  [
    'Exchange Simplified Chinese, gb2312 base64, DSN, 5.7.606 banned sending IP',
    exchangeNdr({
      subject: bWord('无法投递: 报价', 'gbk', 'gb2312'),
      text: ls(
        '无法传递到以下收件人或组:',
        '',
        'zhou.min@example.org',
        '传递此邮件时出现问题。',
        '',
        '管理员诊断信息:',
        '',
        '生成服务器: SG2PR01MB2222.apcprd01.prod.outlook.com',
        '',
        'zhou.min@example.org',
        "远程服务器返回 '550 5.7.606 Access denied, banned sending IP [203.0.113.7]. To request removal from this list please visit https://sender.office.com/ and follow the directions.'",
      ),
      charset: 'gbk',
      label: 'gb2312',
      te: 'base64',
      plainOnly: true,
      dsn: ['zhou.min@example.org', '5.7.606'],
    }),
    { ...IP_REPUTATION, recipient: 'zhou.min@example.org', status: '5.7.606' },
  ],
];

// ---- Gmail's localized notices ----

const gmail = (
  subject: string,
  text: string,
  te: Te,
  d: [string, string, string?] | null,
  htmlOnly = false,
) => {
  const headers = [
    'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
    TO_ALICE,
    `Subject: ${subject}`,
    DATE,
  ];
  const human = htmlOnly
    ? textPart(htmlOf(text), 'utf-8', te, 'text/html', 'UTF-8')
    : alternative('000000000000gm43alt', text, 'utf-8', te, 'UTF-8');
  if (!d)
    return mail(
      [...headers, 'Content-Type: multipart/mixed; boundary="000000000000gm43"'],
      multipart('000000000000gm43', [human]),
    );
  return mail(
    [...headers, REPORT('000000000000gm43')],
    multipart('000000000000gm43', [
      human,
      [
        'Content-Type: message/delivery-status',
        '',
        'Reporting-MTA: dns; googlemail.com',
        'Received-From-MTA: dns; alice@example.com',
        'Arrival-Date: Wed, 02 Dec 2026 00:12:44 -0800 (PST)',
        '',
        `Final-Recipient: rfc822; ${d[0]}`,
        'Action: failed',
        `Status: ${d[1]}`,
        `Remote-MTA: dns; mx.example.net. (192.0.2.25, the server for the domain example.net.)`,
        ...(d[2] ? [`Diagnostic-Code: smtp; ${d[2]}`] : []),
        'Last-Attempt-Date: Wed, 02 Dec 2026 00:13:04 -0800 (PST)',
      ],
      returned(d[0]),
    ]),
  );
};
const DSN_SUBJECT = 'Delivery Status Notification (Failure)';
const GM = /google|gmail/i;

const GMAIL_43: Case[] = [
  [
    'Gmail German: "Adresse nicht gefunden", UTF-8 QP alternative, DSN',
    gmail(
      DSN_SUBJECT,
      ls(
        'Adresse nicht gefunden',
        'Ihre Nachricht wurde nicht an lena.schulz@example.net zugestellt, weil die Adresse nicht gefunden wurde oder keine E-Mails empfangen kann.',
        'WEITERE INFORMATIONEN',
        'Die Antwort vom Remote-Server lautet:',
        '550 5.1.1 <lena.schulz@example.net>: Recipient address rejected: User unknown in virtual mailbox table',
      ),
      'quoted-printable',
      [
        'lena.schulz@example.net',
        '5.1.1',
        '550 5.1.1 <lena.schulz@example.net>: Recipient address rejected: User unknown in virtual mailbox table',
      ],
    ),
    { ...USER_UNKNOWN, recipient: 'lena.schulz@example.net', status: '5.1.1', replyCode: 550, provider: GM },
  ],
  [
    'Gmail French: "Adresse introuvable", base64, no DSN',
    gmail(
      DSN_SUBJECT,
      ls(
        'Adresse introuvable',
        "Votre message n'a pas été distribué à hugo.lambert@example.net, car l'adresse est introuvable ou ne peut pas recevoir d'e-mails.",
        'EN SAVOIR PLUS',
        'La réponse du serveur distant était :',
        '550 5.1.1 <hugo.lambert@example.net>: Recipient address rejected: User unknown in local recipient table',
      ),
      'base64',
      null,
    ),
    {
      ...USER_UNKNOWN,
      recipient: 'hugo.lambert@example.net',
      status: '5.1.1',
      provider: GM,
    },
  ],
  [
    'Gmail Spanish: "No se ha encontrado la dirección", HTML only, QP, no DSN',
    gmail(
      DSN_SUBJECT,
      ls(
        'No se ha encontrado la dirección',
        'Tu mensaje no se ha entregado a sofia.martin@example.net porque no se ha encontrado la dirección o no puede recibir correo.',
        'MÁS INFORMACIÓN',
        'La respuesta del servidor remoto ha sido:',
        '550 5.1.1 <sofia.martin@example.net>... User unknown',
      ),
      'quoted-printable',
      null,
      true,
    ),
    {
      ...USER_UNKNOWN,
      recipient: 'sofia.martin@example.net',
      status: '5.1.1',
      provider: GM,
    },
  ],
  [
    'Gmail Italian: "Indirizzo non trovato", DSN, account disabled',
    gmail(
      DSN_SUBJECT,
      ls(
        'Indirizzo non trovato',
        "Il tuo messaggio non è stato consegnato a paolo.greco@example.net perché l'indirizzo non è stato trovato oppure non può ricevere posta.",
        'ULTERIORI INFORMAZIONI',
        'La risposta del server remoto è stata:',
        '550 5.2.1 <paolo.greco@example.net>: Recipient address rejected: account disabled',
      ),
      'quoted-printable',
      [
        'paolo.greco@example.net',
        '5.2.1',
        '550 5.2.1 <paolo.greco@example.net>: Recipient address rejected: account disabled',
      ],
    ),
    { ...DISABLED, recipient: 'paolo.greco@example.net', status: '5.2.1' },
  ],
  [
    'Gmail Japanese: "アドレスが見つかりません", UTF-8 base64, DSN',
    gmail(
      DSN_SUBJECT,
      ls(
        'アドレスが見つかりません',
        'このアドレスが見つからないか、メールを受信できないアドレスであるため、ito.ken@example.net にメールを配信できませんでした。',
        '詳細',
        'リモート サーバーからの応答:',
        '550 5.1.1 <ito.ken@example.net>: Recipient address rejected: User unknown in virtual mailbox table',
      ),
      'base64',
      [
        'ito.ken@example.net',
        '5.1.1',
        '550 5.1.1 <ito.ken@example.net>: Recipient address rejected: User unknown in virtual mailbox table',
      ],
    ),
    { ...USER_UNKNOWN, recipient: 'ito.ken@example.net', status: '5.1.1' },
  ],
  [
    'Gmail Portuguese (Brazil): "Endereço não encontrado", no DSN, Gmail recipient NoSuchUser',
    gmail(
      DSN_SUBJECT,
      ls(
        'Endereço não encontrado',
        'Sua mensagem não foi entregue a carla.souza@gmail.com porque o endereço não foi encontrado ou não pode receber e-mails.',
        'SAIBA MAIS',
        'A resposta do servidor remoto foi:',
        "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser",
      ),
      'quoted-printable',
      null,
    ),
    { ...USER_UNKNOWN, recipient: 'carla.souza@gmail.com', status: '5.1.1', provider: GM },
  ],
  [
    'Gmail Russian: "Адрес не найден", base64, DSN',
    gmail(
      DSN_SUBJECT,
      ls(
        'Адрес не найден',
        'Ваше сообщение не доставлено на адрес sidorov@example.net, так как этот адрес не найден или не может получать письма.',
        'ПОДРОБНЕЕ',
        'Ответ удаленного сервера:',
        '550 5.1.1 <sidorov@example.net>: Recipient address rejected: User unknown',
      ),
      'base64',
      ['sidorov@example.net', '5.1.1'],
    ),
    { ...USER_UNKNOWN, recipient: 'sidorov@example.net', status: '5.1.1' },
  ],
  [
    'Gmail Simplified Chinese: "找不到地址", QP, no DSN',
    gmail(
      DSN_SUBJECT,
      ls(
        '找不到地址',
        '您的邮件未送达 xu.lei@example.net，因为找不到该地址或该地址无法接收邮件。',
        '了解详情',
        '远程服务器返回的响应：',
        '550 5.1.1 <xu.lei@example.net>: Recipient address rejected: User unknown',
      ),
      'quoted-printable',
      null,
    ),
    { ...USER_UNKNOWN, recipient: 'xu.lei@example.net', status: '5.1.1' },
  ],
  [
    'Gmail French: "Message non distribué", DNS error (domain not found), no DSN',
    gmail(
      DSN_SUBJECT,
      ls(
        'Message non distribué',
        "Votre message n'a pas été distribué à remi@example-typo.invalid, car le domaine example-typo.invalid est introuvable. Vérifiez l'orthographe du domaine, et qu'il ne contient pas d'espaces ni de fautes de frappe.",
        'EN SAVOIR PLUS',
        "DNS Error: DNS type 'mx' lookup of example-typo.invalid responded with code NXDOMAIN Domain name not found: example-typo.invalid",
      ),
      'quoted-printable',
      null,
    ),
    { ...DOMAIN_NOT_FOUND, recipient: 'remi@example-typo.invalid' },
  ],
  [
    'Gmail German delay: "Nachricht nicht zugestellt", temporary problem, Gmail retries',
    gmail(
      'Delivery Status Notification (Delay)',
      ls(
        'Nachricht nicht zugestellt',
        'Beim Zustellen Ihrer Nachricht an tim.vogel@example.net ist ein vorübergehendes Problem aufgetreten. Gmail versucht es noch 45 Stunden lang. Sie werden benachrichtigt, wenn der Zustellversuch endgültig fehlschlägt.',
        'Die Antwort vom Remote-Server lautet:',
        '421 4.4.2 mx.example.net Error: timeout exceeded',
      ),
      'quoted-printable',
      null,
    ),
    { ...DELAY, recipient: 'tim.vogel@example.net' },
  ],
  [
    'Gmail Spanish: "Mensaje bloqueado" (spam), QP, DSN',
    gmail(
      DSN_SUBJECT,
      ls(
        'Mensaje bloqueado',
        'Tu mensaje a diego.torres@example.net se ha bloqueado. Consulta los detalles técnicos a continuación para obtener más información.',
        'La respuesta del servidor remoto ha sido:',
        '550 5.7.1 Message rejected as spam by Content Filtering.',
      ),
      'quoted-printable',
      ['diego.torres@example.net', '5.7.1', '550 5.7.1 Message rejected as spam by Content Filtering.'],
    ),
    { ...SPAM, recipient: 'diego.torres@example.net', status: '5.7.1' },
  ],
];

// ---- Postfix and Exim with the admin's translated texts ----

const postfixDe = ls(
  'Dies ist das Mailsystem auf dem Rechner mail.example.de.',
  '',
  'Leider konnte Ihre Nachricht nicht an einen oder mehrere Empfänger',
  'zugestellt werden. Sie ist unten angehängt.',
  '',
  'Für weitere Hilfe senden Sie bitte eine Mail an postmaster.',
  '',
  'Wenn Sie das tun, fügen Sie bitte diesen Fehlerbericht bei. Sie können',
  'Ihren eigenen Text aus der angehängten Nachricht löschen.',
  '',
  '                   Das Mailsystem',
  '',
);

const TEMPLATES_43: Case[] = [
  [
    'Postfix German template (bounce_template_file), Q subject, DSN, user unknown at RCPT',
    noticeWithDsn(
      [
        'From: MAILER-DAEMON@mail.example.de (Mail-Zustellsystem)',
        TO_ALICE,
        `Subject: ${qWord('Unzustellbare Nachricht an den Absender zurückgesendet', 'windows-1252', 'iso-8859-1')}`,
        DATE,
      ],
      ls(
        postfixDe,
        '<frank.meier@example.org>: host mx.example.org[192.0.2.25] said: 550 5.1.1',
        '    <frank.meier@example.org>: Recipient address rejected: User unknown in',
        '    virtual mailbox table (in reply to RCPT TO command)',
      ),
      'windows-1252',
      'quoted-printable',
      [
        'frank.meier@example.org',
        '5.1.1',
        '550 5.1.1 <frank.meier@example.org>: Recipient address rejected: User unknown in virtual mailbox table',
      ],
      'iso-8859-1',
      'mail.example.de',
    ),
    {
      ...USER_UNKNOWN,
      recipient: 'frank.meier@example.org',
      status: '5.1.1',
      replyCode: 550,
      permanent: true,
    },
  ],
  [
    'Postfix German template, no DSN (text only, base64 UTF-8), mailbox full after DATA',
    notice(
      [
        'From: MAILER-DAEMON@mail.example.de (Mail-Zustellsystem)',
        TO_ALICE,
        'Subject: Unzustellbare Nachricht',
        DATE,
      ],
      ls(
        postfixDe,
        '<nina.roth@example.org>: host mx.example.org[192.0.2.25] said: 552 5.2.2',
        '    <nina.roth@example.org>: Mailbox full (in reply to RCPT TO command)',
      ),
      'utf-8',
      'base64',
    ),
    { ...FULL, recipient: 'nina.roth@example.org', status: '5.2.2' },
  ],
  [
    'Postfix French template, no DSN, iso-8859-1 QP, mailbox full',
    notice(
      [
        'From: MAILER-DAEMON@mail.example.fr (Systeme de distribution du courrier)',
        TO_ALICE,
        `Subject: ${qWord("Message non distribué retourné à l'expéditeur", 'windows-1252', 'ISO-8859-1')}`,
        DATE,
      ],
      ls(
        'Ceci est le système de messagerie du serveur mail.example.fr.',
        '',
        "J'ai le regret de vous informer que votre message n'a pas pu être",
        'distribué à un ou plusieurs destinataires. Il est joint ci-dessous.',
        '',
        "Pour plus d'aide, veuillez écrire au postmaster.",
        '',
        '                   Le système de messagerie',
        '',
        '<manon.girard@example.org>: host mx.example.org[192.0.2.25] said: 552 5.2.2',
        '    <manon.girard@example.org>: Mailbox full (in reply to RCPT TO command)',
      ),
      'windows-1252',
      'quoted-printable',
      'iso-8859-1',
    ),
    { ...FULL, recipient: 'manon.girard@example.org', status: '5.2.2', replyCode: 552 },
  ],
  [
    'Postfix Spanish template with DSN: given up after connection timeouts (4.4.1, Action failed)',
    noticeWithDsn(
      [
        'From: MAILER-DAEMON@mail.example.es (Sistema de entrega de correo)',
        TO_ALICE,
        `Subject: ${qWord('Correo no entregado devuelto al remitente', 'utf-8', 'UTF-8')}`,
        DATE,
      ],
      ls(
        'Este es el sistema de correo del servidor mail.example.es.',
        '',
        'Lamento informarle de que su mensaje no pudo ser entregado a uno o más',
        'destinatarios. Se adjunta a continuación.',
        '',
        'Para más ayuda, envíe un correo al postmaster.',
        '',
        '                   El sistema de correo',
        '',
        '<ventas@example.org>: connect to mx.example.org[192.0.2.25]:25: Connection timed out',
      ),
      'utf-8',
      'quoted-printable',
      ['ventas@example.org', '4.4.1', undefined],
      'UTF-8',
      'mail.example.es',
    ),
    { ...EXPIRED_FINAL, recipient: 'ventas@example.org' },
  ],
  [
    'Postfix Russian template, koi8-r base64, spam refusal after DATA',
    notice(
      [
        'From: MAILER-DAEMON@mail.example.ru (Mail Delivery System)',
        TO_ALICE,
        `Subject: ${bWord('Недоставленное письмо возвращено отправителю', 'koi8-r', 'koi8-r')}`,
        DATE,
      ],
      ls(
        'Это почтовая система сервера mail.example.ru.',
        '',
        'К сожалению, ваше сообщение не удалось доставить одному или нескольким',
        'получателям. Оно приложено ниже.',
        '',
        '                   Почтовая система',
        '',
        '<smirnova@example.org>: host mx.example.org[192.0.2.25] said: 550 5.7.1',
        '    Message rejected as spam (in reply to end of DATA command)',
      ),
      'koi8-r',
      'base64',
    ),
    { ...SPAM, recipient: 'smirnova@example.org', status: '5.7.1' },
  ],
  [
    'Postfix Japanese template, ISO-2022-JP 7bit, user unknown',
    notice(
      [
        'From: MAILER-DAEMON@mail.example.jp (Mail Delivery System)',
        TO_ALICE,
        `Subject: =?ISO-2022-JP?B?${encodeJa('配送不能のメールを送信者に返送します', 'ISO-2022-JP').toString('base64')}?=`,
        DATE,
      ],
      ls(
        'こちらは mail.example.jp のメールシステムです。',
        '',
        '申し訳ありませんが、あなたのメッセージを 1 人以上の受信者に配信できませんでした。',
        'メッセージは以下に添付されています。',
        '',
        '                   メールシステム',
        '',
        '<kato.mai@example.org>: host mx.example.org[192.0.2.25] said: 550 5.1.1',
        '    <kato.mai@example.org>: Recipient address rejected: User unknown in local',
        '    recipient table (in reply to RCPT TO command)',
      ),
      'ISO-2022-JP',
      '7bit',
    ),
    { ...USER_UNKNOWN, recipient: 'kato.mai@example.org', status: '5.1.1' },
  ],
  [
    'Exim German bounce_message_file: permanent error, local delivery, quota exceeded',
    notice(
      [
        'From: Mail Delivery System <Mailer-Daemon@mail.example.de>',
        TO_ALICE,
        `Subject: ${qWord('Nachricht nicht zustellbar: Rücksendung an den Absender', 'windows-1252', 'iso-8859-1')}`,
        DATE,
        'Auto-Submitted: auto-replied',
      ],
      ls(
        'Diese Nachricht wurde automatisch vom Mailsystem erzeugt.',
        '',
        'Eine von Ihnen gesendete Nachricht konnte an einen oder mehrere',
        'Empfänger nicht zugestellt werden. Dies ist ein permanenter Fehler.',
        'Folgende Adresse(n) schlugen fehl:',
        '',
        '  uwe.krause@example.de',
        '    Postfach ist voll: mailbox is full: retry timeout exceeded',
      ),
      'windows-1252',
      'quoted-printable',
      'iso-8859-1',
    ),
    { ...FULL, recipient: 'uwe.krause@example.de' },
  ],
  [
    'Exim French bounce_message_file: remote 550 after RCPT TO',
    notice(
      [
        'From: Mail Delivery System <Mailer-Daemon@mail.example.fr>',
        TO_ALICE,
        `Subject: ${qWord("Échec de la distribution : retour du message à l'expéditeur", 'utf-8', 'UTF-8')}`,
        DATE,
        'Auto-Submitted: auto-replied',
      ],
      ls(
        'Ce message a été créé automatiquement par le logiciel de distribution du courrier.',
        '',
        "Un message que vous avez envoyé n'a pas pu être distribué à un ou plusieurs",
        'de ses destinataires. Ceci est une erreur permanente. Les adresses suivantes ont échoué :',
        '',
        '  nicolas.petit@example.org',
        '    erreur SMTP du serveur distant après RCPT TO:<nicolas.petit@example.org>:',
        '    hôte mx.example.org [192.0.2.25]: 550 5.1.1 <nicolas.petit@example.org>: Recipient address rejected: User unknown',
      ),
      'utf-8',
      'quoted-printable',
      'UTF-8',
    ),
    { ...USER_UNKNOWN, recipient: 'nicolas.petit@example.org', status: '5.1.1', replyCode: 550 },
  ],
  [
    'Exim Russian bounce_message_file (windows-1251 base64): "No such user" after RCPT TO',
    notice(
      [
        'From: Mail Delivery System <Mailer-Daemon@mail.example.ru>',
        TO_ALICE,
        `Subject: ${bWord('Ошибка доставки: сообщение возвращено отправителю', 'windows-1251', 'windows-1251')}`,
        DATE,
        'Auto-Submitted: auto-replied',
      ],
      ls(
        'Это сообщение создано автоматически программой доставки почты.',
        '',
        'Отправленное вами сообщение не может быть доставлено одному или нескольким',
        'получателям. Это постоянная ошибка. Не удалось доставить по следующим адресам:',
        '',
        '  kuznetsov@example.org',
        '    Ошибка SMTP от удаленного сервера после RCPT TO:<kuznetsov@example.org>:',
        '    host mx.example.org [192.0.2.25]: 550 No such user here',
      ),
      'windows-1251',
      'base64',
    ),
    { ...USER_UNKNOWN, recipient: 'kuznetsov@example.org', replyCode: 550 },
  ],
  [
    'Exim Spanish bounce_message_file: "Unrouteable address" (no such domain)',
    notice(
      [
        'From: Mail Delivery System <Mailer-Daemon@mail.example.es>',
        TO_ALICE,
        `Subject: ${qWord('Fallo en la entrega: mensaje devuelto al remitente', 'utf-8', 'UTF-8')}`,
        DATE,
        'Auto-Submitted: auto-replied',
      ],
      ls(
        'Este mensaje fue creado automáticamente por el software de entrega de correo.',
        '',
        'Un mensaje que usted envió no pudo ser entregado a uno o más de sus',
        'destinatarios. Este es un error permanente. Las siguientes direcciones fallaron:',
        '',
        '  carmen@example-nodomain.invalid',
        '    Dirección no enrutable (Unrouteable address)',
      ),
      'utf-8',
      'quoted-printable',
      'UTF-8',
    ),
    { ...DOMAIN_NOT_FOUND, recipient: 'carmen@example-nodomain.invalid', permanent: true },
  ],
];

// ---- National providers' notices ----

const PROVIDERS_43: Case[] = [
  [
    'Mail.ru outbound notice (windows-1251 base64): "К сожалению, Ваше письмо не может быть доставлено", user unknown',
    notice(
      [
        'From: Mail Delivery System <mailer-daemon@corp.mail.ru>',
        TO_ALICE.replace('alice@example.com', 'alice@mail.ru'),
        `Subject: ${bWord('Не удалось доставить письмо', 'windows-1251', 'windows-1251')}`,
        DATE,
      ],
      ls(
        'Это письмо создано автоматически сервером Mail.Ru, отвечать на него не нужно.',
        '',
        'К сожалению, Ваше письмо не может быть доставлено одному или нескольким получателям:',
        '',
        '  volkov@example.org',
        '',
        'Рекомендуем Вам проверить корректность указания адресов получателей.',
        '',
        'SMTP error from remote mail server after RCPT TO:<volkov@example.org>:',
        'host mx.example.org [192.0.2.25]: 550 5.1.1 <volkov@example.org>: Recipient address rejected: User unknown',
      ),
      'windows-1251',
      'base64',
    ),
    { ...USER_UNKNOWN, recipient: 'volkov@example.org', status: '5.1.1' },
  ],
  [
    'Exim notice for a Mail.ru recipient: "Local mailbox ... is unavailable: account is disabled"',
    notice(
      [
        'From: Mail Delivery System <Mailer-Daemon@mail.example.com>',
        TO_ALICE,
        'Subject: Mail delivery failed: returning message to sender',
        DATE,
      ],
      ls(
        'This message was created automatically by mail delivery software.',
        '',
        'A message that you sent could not be delivered to one or more of its',
        'recipients. This is a permanent error. The following address(es) failed:',
        '',
        '  ivanova.olga@mail.ru',
        '    host mxs.mail.ru [94.100.180.31]',
        '    SMTP error from remote mail server after RCPT TO:<ivanova.olga@mail.ru>:',
        '    550 Message was not accepted -- invalid mailbox.  Local mailbox ivanova.olga@mail.ru is unavailable: account is disabled',
      ),
      'utf-8',
      '8bit',
    ),
    { ...DISABLED, recipient: 'ivanova.olga@mail.ru', provider: /mail\.ru/i },
  ],
  [
    'Yandex notice: "Недоставленное сообщение", UTF-8 base64 with DSN, mailbox full',
    noticeWithDsn(
      [
        'From: mailer-daemon@yandex.ru',
        'To: alice@yandex.ru',
        `Subject: ${bWord('Недоставленное сообщение', 'utf-8', 'utf-8')}`,
        DATE,
      ],
      ls(
        'Это письмо отправлено вам почтовым роботом Яндекса.',
        '',
        'Ваше сообщение не удалось доставить одному или нескольким адресатам.',
        '',
        '<popova@example.org>: host mx.example.org[192.0.2.25] said: 552 5.2.2',
        '    <popova@example.org>: Mailbox full (in reply to RCPT TO command)',
      ),
      'utf-8',
      'base64',
      ['popova@example.org', '5.2.2', '552 5.2.2 <popova@example.org>: Mailbox full'],
      'utf-8',
      'forward100.mail.yandex.net',
    ),
    { ...FULL, recipient: 'popova@example.org', status: '5.2.2', provider: /yandex/i },
  ],
  [
    'Postfix notice for a Yandex recipient: "Message rejected under suspicion of SPAM"',
    noticeWithDsn(
      [
        'From: MAILER-DAEMON@mail.example.com (Mail Delivery System)',
        TO_ALICE,
        'Subject: Undelivered Mail Returned to Sender',
        DATE,
      ],
      ls(
        'This is the mail system at host mail.example.com.',
        '',
        '<egorov@yandex.ru>: host mx.yandex.ru[77.88.21.249] said: 554 5.7.1 [2]',
        '    Message rejected under suspicion of SPAM; https://ya.cc/1IrBc 1764634385-AbCdEfGh12-xyz (in reply to end of DATA command)',
      ),
      'utf-8',
      '7bit',
      [
        'egorov@yandex.ru',
        '5.7.1',
        '554 5.7.1 [2] Message rejected under suspicion of SPAM; https://ya.cc/1IrBc 1764634385-AbCdEfGh12-xyz',
      ],
      'us-ascii',
      'mail.example.com',
    ),
    { ...SPAM, recipient: 'egorov@yandex.ru', status: '5.7.1', provider: /yandex/i },
  ],
  [
    'Naver notice (UTF-8 base64 HTML only): "메일 발송 실패", mailbox over quota',
    notice(
      [
        'From: MAILER-DAEMON@naver.com',
        'To: alice@naver.com',
        `Subject: ${bWord('[네이버 메일] 메일 발송 실패 안내', 'utf-8', 'UTF-8')}`,
        DATE,
      ],
      htmlOf(
        ls(
          '메일이 정상적으로 발송되지 않았습니다.',
          '받는 사람: kim.jisoo@example.co.kr',
          '실패 사유: 받는 사람의 메일함 용량이 초과되어 메일을 받을 수 없습니다.',
          '서버 응답: 552 5.2.2 <kim.jisoo@example.co.kr>: Mailbox full',
        ),
      ),
      'utf-8',
      'base64',
      'UTF-8',
      'text/html',
    ),
    { ...FULL, recipient: 'kim.jisoo@example.co.kr', status: '5.2.2' },
  ],
  [
    'Daum notice (EUC-KR QP): the recipient refuses the sender ("수신 거부")',
    notice(
      [
        'From: MAILER-DAEMON@daum.net',
        'To: alice@daum.net',
        `Subject: ${bWord('메일 반송 안내', 'euc-kr', 'euc-kr')}`,
        DATE,
      ],
      ls(
        '보내신 메일이 반송되었습니다.',
        '받는 사람: park.minho@example.co.kr',
        '반송 사유: 받는 사람이 보낸 사람의 메일을 수신 거부하였습니다.',
        '서버 응답: 550 5.7.1 <park.minho@example.co.kr>: Sender address rejected by recipient',
      ),
      'euc-kr',
      'quoted-printable',
      'euc-kr',
    ),
    { ...RESTRICTED_MS, recipient: 'park.minho@example.co.kr', status: '5.7.1' },
  ],
  [
    'QQ Mail notice (GB18030 base64): "收件人邮箱空间已满"',
    notice(
      [
        'From: "PostMaster" <PostMaster@qq.com>',
        'To: alice@qq.com',
        `Subject: ${bWord('退信: Quarterly figures', 'gb18030', 'GB18030')}`,
        DATE,
      ],
      ls(
        '很遗憾，您的邮件未能成功投递给 zhao.qiang@example.cn。',
        '退信原因：收件人邮箱空间已满，无法接收新邮件。',
        '服务器返回：552 5.2.2 Mailbox quota exceeded',
      ),
      'gb18030',
      'base64',
      'GB18030',
    ),
    { ...FULL, recipient: 'zhao.qiang@example.cn', status: '5.2.2' },
  ],
  [
    'NetEase 163 notice (gb2312 base64): "DT:SPM" spam refusal',
    notice(
      [
        'From: Postmaster <postmaster@163.com>',
        'To: alice@163.com',
        `Subject: ${bWord('系统退信', 'gbk', 'GB2312')}`,
        DATE,
      ],
      ls(
        '很抱歉您发送的邮件被退回，以下是该邮件的相关信息：',
        '    收件人：wu.hao@126.com',
        '退信原因：邮件被判定为垃圾邮件',
        '远程服务器返回信息：554 DT:SPM 126 smtp2,C8mowABnD1s1Zm5l: http://mail.163.com/help/help_spam_16.htm?ip=203.0.113.7',
      ),
      'gbk',
      'base64',
      'gb2312',
    ),
    { ...SPAM, recipient: 'wu.hao@126.com', replyCode: 554, provider: /netease|163/i },
  ],
  [
    'Libero notice (iso-8859-1 QP): "Messaggio non consegnato", mailbox full',
    notice(
      [
        'From: Mail Delivery System <MAILER-DAEMON@libero.it>',
        'To: alice@libero.it',
        `Subject: ${qWord('Messaggio non consegnato', 'windows-1252', 'iso-8859-1')}`,
        DATE,
      ],
      ls(
        'Questo è un messaggio generato automaticamente dal sistema di posta.',
        '',
        'Non è stato possibile consegnare il messaggio ai seguenti destinatari:',
        '',
        '<luca.ferri@example.it>: host mx.example.it[192.0.2.25] said: 552 5.2.2',
        '    <luca.ferri@example.it>: casella di posta piena (mailbox full) (in reply to RCPT TO command)',
      ),
      'windows-1252',
      'quoted-printable',
      'iso-8859-1',
    ),
    { ...FULL, recipient: 'luca.ferri@example.it', status: '5.2.2' },
  ],
  [
    'Postfix notice for an Orange recipient: "Adresse d au moins un destinataire invalide" OFR_416',
    noticeWithDsn(
      [
        'From: MAILER-DAEMON@mail.example.com (Mail Delivery System)',
        TO_ALICE,
        'Subject: Undelivered Mail Returned to Sender',
        DATE,
      ],
      ls(
        'This is the mail system at host mail.example.com.',
        '',
        '<jean.martin@orange.fr>: host smtp-in.orange.fr[193.252.22.65] said: 550 5.1.1',
        '    <jean.martin@orange.fr>: Adresse d au moins un destinataire invalide.',
        '    Invalid recipient. OFR_416 [416] (in reply to RCPT TO command)',
      ),
      'utf-8',
      '7bit',
      [
        'jean.martin@orange.fr',
        '5.1.1',
        '550 5.1.1 <jean.martin@orange.fr>: Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]',
      ],
      'us-ascii',
      'mail.example.com',
    ),
    { ...USER_UNKNOWN, recipient: 'jean.martin@orange.fr', status: '5.1.1', provider: /orange/i },
  ],
  [
    'Orange notice in French (Exim-style, iso-8859-1 QP): "Boite du destinataire pleine" OFR_417',
    notice(
      [
        'From: Mail Delivery System <MAILER-DAEMON@orange.fr>',
        'To: alice@orange.fr',
        `Subject: ${qWord('Message non remis', 'windows-1252', 'iso-8859-1')}`,
        DATE,
      ],
      ls(
        "Votre message n'a pas pu être remis à un ou plusieurs destinataires.",
        '',
        '  claire.roux@orange.fr',
        '    552 5.2.2 <claire.roux@orange.fr>: Boite du destinataire pleine. Recipient mailbox full. OFR_417 [417]',
      ),
      'windows-1252',
      'quoted-printable',
      'iso-8859-1',
    ),
    { ...FULL, recipient: 'claire.roux@orange.fr', status: '5.2.2', provider: /orange/i },
  ],
  [
    'Free.fr notice in French (Postfix template, UTF-8 QP): over quota',
    notice(
      [
        'From: MAILER-DAEMON@free.fr (Systeme de distribution du courrier)',
        'To: alice@free.fr',
        `Subject: ${qWord('Message non délivré', 'utf-8', 'UTF-8')}`,
        DATE,
      ],
      ls(
        'Ceci est le système de messagerie de Free.',
        '',
        "Votre message n'a pas pu être délivré au(x) destinataire(s) suivant(s) :",
        '',
        '<thomas.leroy@free.fr>: host mx1.free.fr[212.27.48.6] said: 552 5.2.2',
        '    <thomas.leroy@free.fr>: Quota exceeded (mailbox for user is full) (in reply to RCPT TO command)',
      ),
      'utf-8',
      'quoted-printable',
      'UTF-8',
    ),
    { ...FULL, recipient: 'thomas.leroy@free.fr', status: '5.2.2', provider: /free/i },
  ],
  [
    'T-Online refusal in a German Postfix template: "(BL)" IP blocked, tosa@rx.t-online.de',
    notice(
      [
        'From: MAILER-DAEMON@mail.example.de (Mail-Zustellsystem)',
        TO_ALICE,
        'Subject: Unzustellbare Nachricht',
        DATE,
      ],
      ls(
        postfixDe,
        '<hans.weber@t-online.de>: host mx00.t-online.de[194.25.134.8] said: 554',
        '    IP=203.0.113.7 - A problem occurred. (Ask your postmaster for help or to',
        '    contact tosa@rx.t-online.de to clarify.) (BL) (in reply to MAIL FROM command)',
      ),
      'utf-8',
      'quoted-printable',
      'UTF-8',
    ),
    {
      cause: ['ip-blocklisted', 'ip-reputation'],
      reason: ['blocked', 'badreputation'],
      side: 'sender',
      recipient: 'hans.weber@t-online.de',
      replyCode: 554,
      provider: /t-online|telekom/i,
    },
  ],
  [
    'WEB.DE notice in German (iso-8859-1 QP): "Postfach voll" 552 exceeded storage allocation',
    notice(
      [
        'From: Mail Delivery System <MAILER-DAEMON@web.de>',
        'To: alice@web.de',
        `Subject: ${qWord('Unzustellbar: Rückläufer', 'windows-1252', 'iso-8859-1')}`,
        DATE,
      ],
      ls(
        'Dies ist eine automatisch erstellte Nachricht des WEB.DE Mailsystems.',
        '',
        'Ihre Nachricht konnte nicht an folgenden Empfänger zugestellt werden:',
        '',
        '  sabine.keller@example.de',
        '    host mx.example.de [192.0.2.25]',
        '    SMTP error from remote server for RCPT TO command, host: mx.example.de (192.0.2.25) reason: 552 Requested mail action aborted: exceeded storage allocation',
      ),
      'windows-1252',
      'quoted-printable',
      'iso-8859-1',
    ),
    { ...FULL, recipient: 'sabine.keller@example.de', replyCode: 552 },
  ],
  [
    'GMX recipient refused in an English Exim notice: "mailbox unavailable" 550',
    notice(
      [
        'From: Mail Delivery System <Mailer-Daemon@mail.example.com>',
        TO_ALICE,
        'Subject: Mail delivery failed: returning message to sender',
        DATE,
      ],
      ls(
        'This message was created automatically by mail delivery software.',
        '',
        'A message that you sent could not be delivered to one or more of its',
        'recipients. This is a permanent error. The following address(es) failed:',
        '',
        '  dieter.braun@gmx.de',
        '    host mx00.emig.gmx.net [212.227.15.9]',
        '    SMTP error from remote mail server after RCPT TO:<dieter.braun@gmx.de>:',
        '    550 Requested action not taken: mailbox unavailable',
      ),
      'utf-8',
      '8bit',
    ),
    { ...USER_UNKNOWN, recipient: 'dieter.braun@gmx.de', replyCode: 550, provider: /gmx|1&1|ionos|united/i },
  ],
];

// ---- Second batch: written after the fixes above, new wordings of the same area ----

const SECOND_BATCH_43: Case[] = [
  [
    'Exchange German, no DSN, base64 iso-8859-1: 5.7.133 group takes only authenticated senders',
    exchangeNdr({
      from: 'From: Microsoft Outlook <postmaster@example.de>',
      subject: qWord('Unzustellbar: Einladung', 'windows-1252', 'iso-8859-1'),
      text: ls(
        'Ihre Nachricht an vertrieb@example.de konnte nicht zugestellt werden.',
        'Die Gruppe vertrieb akzeptiert nur Nachrichten von Personen in ihrer Organisation oder in der Liste zulässiger Absender.',
        '',
        'Weitere Informationen für E-Mail-Administratoren',
        'Statuscode: 550 5.7.133',
        '',
        'Gemeldeter Fehler: 550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed as sender not authenticated',
      ),
      charset: 'windows-1252',
      label: 'iso-8859-1',
      te: 'base64',
      dsn: null,
      plainOnly: true,
    }),
    { ...RESTRICTED_MS, recipient: 'vertrieb@example.de', status: '5.7.133' },
  ],
  [
    'Exchange 2010 French: "Échec de la remise aux destinataires ou groupes suivants", "#554 5.2.2 ... ##", no DSN',
    exchangeNdr({
      from: 'From: Administrateur système <postmaster@example.fr>',
      subject: qWord('Non remis : Réunion', 'windows-1252', 'iso-8859-1'),
      text: ls(
        'Échec de la remise aux destinataires ou groupes suivants :',
        '',
        'Sophie Laurent',
        'La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour le moment.',
        '',
        'Informations de diagnostic pour les administrateurs :',
        '',
        'Serveur de génération : EX2010.example.fr',
        '',
        's.laurent@example.fr',
        '#554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded ##',
      ),
      charset: 'windows-1252',
      label: 'iso-8859-1',
      te: 'quoted-printable',
      dsn: null,
      plainOnly: true,
    }),
    { ...FULL, recipient: 's.laurent@example.fr', status: '5.2.2' },
  ],
  [
    'Exchange Spanish: "No se pudo entregar a los siguientes destinatarios o grupos", RecipNotFound, no DSN',
    exchangeNdr({
      from: 'From: Microsoft Outlook <postmaster@example.com.mx>',
      subject: qWord('No se puede entregar: Cotización', 'windows-1252', 'iso-8859-1'),
      text: ls(
        'No se pudo entregar a los siguientes destinatarios o grupos:',
        '',
        'jorge.hernandez@example.com.mx',
        'No se encontró la dirección de correo electrónico que escribió. Compruebe la dirección de correo del destinatario e intente volver a enviar el mensaje.',
        '',
        'Información de diagnóstico para administradores:',
        '',
        'Servidor de generación: EXCH01.example.com.mx',
        '',
        'jorge.hernandez@example.com.mx',
        '#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##',
      ),
      charset: 'windows-1252',
      label: 'iso-8859-1',
      te: 'quoted-printable',
      dsn: null,
    }),
    { ...NOT_FOUND, recipient: 'jorge.hernandez@example.com.mx', status: '5.1.1' },
  ],
  [
    'M365 Italian new style, no DSN: "Impossibile recapitare il messaggio a x", "Errore segnalato:" 5.1.10',
    exchangeNdr({
      subject: bWord('Non recapitabile: Riunione', 'utf-8', 'UTF-8'),
      text: ls(
        'Impossibile recapitare il messaggio a francesca.conti@example.it.',
        'francesca.conti non è stato trovato in example.it.',
        '',
        'Azione richiesta    Destinatario',
        'Indirizzo A sconosciuto',
        '',
        'Ulteriori informazioni per gli amministratori di posta elettronica',
        'Codice di stato: 550 5.1.10',
        '',
        'Indirizzo mittente: alice@example.com',
        'Indirizzo destinatario: francesca.conti@example.it',
        '',
        `Errore segnalato: ${NOT_FOUND_DIAG}`,
      ),
      charset: 'utf-8',
      te: 'base64',
      dsn: null,
    }),
    { ...NOT_FOUND, recipient: 'francesca.conti@example.it', status: '5.1.10' },
  ],
  [
    'M365 Dutch, no DSN: "Het postvak van de ontvanger is vol", "Gemelde fout:" 5.2.2',
    exchangeNdr({
      subject: qWord('Onbestelbaar: Factuur', 'utf-8', 'utf-8'),
      text: ls(
        'Uw bericht aan daan.jansen@example.nl kan niet worden bezorgd.',
        'Het postvak van de ontvanger is vol en kan momenteel geen berichten ontvangen. Probeer het bericht later opnieuw te verzenden of neem rechtstreeks contact op met de ontvanger.',
        '',
        'Meer informatie voor e-mailbeheerders',
        'Statuscode: 554 5.2.2',
        '',
        `Gemelde fout: ${QUOTA_DIAG}`,
      ),
      charset: 'utf-8',
      te: 'quoted-printable',
      dsn: null,
    }),
    { ...FULL, recipient: 'daan.jansen@example.nl', status: '5.2.2' },
  ],
  [
    'Exchange Portuguese (Brazil): "Falha na entrega para estes destinatários ou grupos", 5.7.1 Unable to relay',
    exchangeNdr({
      from: 'From: Microsoft Outlook <postmaster@example.com.br>',
      subject: bWord('Não é possível entregar: Proposta', 'utf-8', 'UTF-8'),
      text: ls(
        'Falha na entrega para estes destinatários ou grupos:',
        '',
        'contato@example.org',
        'Ocorreu um problema ao entregar a mensagem a este endereço de email.',
        '',
        'Informações de diagnóstico para administradores:',
        '',
        'Servidor de geração: EX01.example.com.br',
        '',
        'contato@example.org',
        "O servidor remoto retornou '550 5.7.1 Unable to relay'",
      ),
      charset: 'utf-8',
      te: 'quoted-printable',
      dsn: ['contato@example.org', '5.7.1', '550 5.7.1 Unable to relay'],
    }),
    { cause: 'relay-denied', reason: 'norelaying', recipient: 'contato@example.org', status: '5.7.1' },
  ],
  [
    'Exchange Polish, no DSN, ISO-8859-2 base64: "Skrzynka pocztowa adresata jest pełna", "#554 5.2.2 ... ##"',
    exchangeNdr({
      from: 'From: Microsoft Outlook <postmaster@example.pl>',
      subject: qWord('Niedostarczalne: Zamówienie', 'iso-8859-2', 'iso-8859-2'),
      text: ls(
        'Nie można dostarczyć do tych adresatów lub grup:',
        '',
        'Katarzyna Wiśniewska (k.wisniewska@example.pl)',
        'Skrzynka pocztowa adresata jest pełna i nie może teraz przyjmować wiadomości.',
        '',
        'Informacje diagnostyczne dla administratorów:',
        '',
        'Serwer generujący: EX01.example.pl',
        '',
        'k.wisniewska@example.pl',
        '#554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded ##',
      ),
      charset: 'iso-8859-2',
      te: 'base64',
      dsn: null,
      plainOnly: true,
    }),
    { ...FULL, recipient: 'k.wisniewska@example.pl', status: '5.2.2' },
  ],
  [
    'M365 Swedish, no DSN: "hittades inte på", "Rapporterat fel:" 5.1.10',
    exchangeNdr({
      subject: qWord('Olevererbart: Faktura', 'utf-8', 'UTF-8'),
      text: ls(
        'Det gick inte att leverera ditt meddelande till oskar.nilsson@example.se.',
        'oskar.nilsson hittades inte på example.se.',
        '',
        'Åtgärd krävs    Mottagare',
        'Okänd Till-adress',
        '',
        'Mer information för e-postadministratörer',
        'Statuskod: 550 5.1.10',
        '',
        `Rapporterat fel: ${NOT_FOUND_DIAG}`,
      ),
      charset: 'utf-8',
      te: 'base64',
      dsn: null,
    }),
    { ...NOT_FOUND, recipient: 'oskar.nilsson@example.se', status: '5.1.10' },
  ],
  [
    'Exchange Japanese delay: "配信の遅延:" ISO-2022-JP, still retrying (451 4.4.0)',
    exchangeNdr({
      from: 'From: Microsoft Outlook <postmaster@example.co.jp>',
      subject: `=?ISO-2022-JP?B?${encodeJa('配信の遅延: 会議資料', 'ISO-2022-JP').toString('base64')}?=`,
      text: ls(
        '次の受信者またはグループへの配信が遅延しています:',
        '',
        'mori.takeshi@example.org',
        '',
        'このメッセージはまだ配信されていません。配信の試行は継続されます。',
        '',
        '管理者用の診断情報:',
        '',
        '生成サーバー: EX01.example.co.jp',
        'mori.takeshi@example.org',
        'リモート サーバーから \'451 4.4.0 Primary target IP address responded with: "421 4.2.1 Unable to connect." Attempted failover to alternate host, but that did not succeed.\' が返されました',
      ),
      charset: 'ISO-2022-JP',
      label: 'iso-2022-jp',
      te: '7bit',
      dsn: null,
      plainOnly: true,
    }),
    { ...DELAY, recipient: 'mori.takeshi@example.org' },
  ],
  [
    'Exchange 2010 Simplified Chinese: "传递到这些收件人或组失败", gb2312 QP, "#550 5.1.1 ... ##"',
    exchangeNdr({
      from: 'From: Microsoft Outlook <postmaster@example.cn>',
      subject: bWord('无法投递: 会议通知', 'gbk', 'gb2312'),
      text: ls(
        '传递到这些收件人或组失败:',
        '',
        'huang.wei@example.cn',
        '找不到您输入的电子邮件地址。请检查收件人的电子邮件地址，然后尝试重新发送该邮件。',
        '',
        '管理员的诊断信息:',
        '',
        '生成服务器: EX01.example.cn',
        '',
        'huang.wei@example.cn',
        '#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##',
      ),
      charset: 'gbk',
      label: 'gb2312',
      te: 'quoted-printable',
      dsn: null,
      plainOnly: true,
    }),
    { ...NOT_FOUND, recipient: 'huang.wei@example.cn', status: '5.1.1' },
  ],
  [
    'Gmail Dutch: "Adres niet gevonden", no DSN, the reply without the address',
    gmail(
      DSN_SUBJECT,
      ls(
        'Adres niet gevonden',
        'Je bericht is niet afgeleverd bij bram.smit@example.net omdat het adres niet is gevonden of geen e-mail kan ontvangen.',
        'MEER INFORMATIE',
        'Het antwoord van de externe server was:',
        '550 5.1.1 User unknown',
      ),
      'quoted-printable',
      null,
    ),
    { ...USER_UNKNOWN, recipient: 'bram.smit@example.net', status: '5.1.1' },
  ],
  [
    'Gmail Polish: "Nie znaleziono adresu", base64, no DSN, "nie została dostarczona do x"',
    gmail(
      DSN_SUBJECT,
      ls(
        'Nie znaleziono adresu',
        'Twoja wiadomość nie została dostarczona do tomasz.zielinski@example.net, ponieważ nie znaleziono adresu lub nie może on odbierać poczty.',
        'WIĘCEJ INFORMACJI',
        'Odpowiedź serwera zdalnego:',
        '550 5.1.1 User unknown',
      ),
      'base64',
      null,
    ),
    { ...USER_UNKNOWN, recipient: 'tomasz.zielinski@example.net', status: '5.1.1' },
  ],
  [
    'Gmail Swedish: "Adressen hittades inte", QP, no DSN, "levererades inte till x"',
    gmail(
      DSN_SUBJECT,
      ls(
        'Adressen hittades inte',
        'Ditt meddelande levererades inte till ingrid.holm@example.net eftersom adressen inte hittades eller inte kan ta emot e-post.',
        'LÄS MER',
        'Svaret från fjärrservern var:',
        '550 5.1.1 No such user',
      ),
      'quoted-printable',
      null,
    ),
    { ...USER_UNKNOWN, recipient: 'ingrid.holm@example.net', status: '5.1.1' },
  ],
  [
    'Exim Japanese bounce_message_file (ISO-2022-JP 7bit): user unknown after RCPT TO',
    notice(
      [
        'From: Mail Delivery System <Mailer-Daemon@mail.example.jp>',
        TO_ALICE,
        `Subject: =?ISO-2022-JP?B?${encodeJa('配信失敗: 送信者にメッセージを返送します', 'ISO-2022-JP').toString('base64')}?=`,
        DATE,
        'Auto-Submitted: auto-replied',
      ],
      ls(
        'このメッセージはメール配送ソフトウェアによって自動的に作成されました。',
        '',
        '送信したメッセージは 1 つ以上の受信者に配信できませんでした。これは永続的なエラーです。',
        '次のアドレスへの配信に失敗しました:',
        '',
        '  yamada.taro@example.org',
        '    SMTP error from remote mail server after RCPT TO:<yamada.taro@example.org>:',
        '    550 5.1.1 <yamada.taro@example.org>: Recipient address rejected: User unknown in virtual mailbox table',
      ),
      'ISO-2022-JP',
      '7bit',
      'iso-2022-jp',
    ),
    { ...USER_UNKNOWN, recipient: 'yamada.taro@example.org', status: '5.1.1', replyCode: 550 },
  ],
  [
    'Postfix German delay template ("Verzögerte Nachricht") with DSN Action delayed',
    mail(
      [
        'From: MAILER-DAEMON@mail.example.de (Mail-Zustellsystem)',
        TO_ALICE,
        `Subject: ${qWord('Verzögerte Nachricht', 'windows-1252', 'iso-8859-1')}`,
        DATE,
        REPORT('=_delay43'),
      ],
      multipart('=_delay43', [
        textPart(
          ls(
            'Dies ist das Mailsystem auf dem Rechner mail.example.de.',
            '',
            '####################################################################',
            '# DIES IST NUR EINE WARNUNG. SIE MÜSSEN DIE NACHRICHT NICHT ERNEUT SENDEN. #',
            '####################################################################',
            '',
            'Ihre Nachricht konnte seit 4 Stunden nicht zugestellt werden.',
            'Es wird noch bis zu 5 Tage lang versucht, sie zuzustellen.',
            '',
            '<einkauf@example.org>: connect to mx.example.org[192.0.2.25]:25: Connection timed out',
          ),
          'windows-1252',
          'quoted-printable',
          'text/plain',
          'iso-8859-1',
        ),
        [
          'Content-Type: message/delivery-status',
          '',
          'Reporting-MTA: dns; mail.example.de',
          '',
          'Final-Recipient: rfc822; einkauf@example.org',
          'Action: delayed',
          'Status: 4.4.1',
          'Diagnostic-Code: X-Postfix; connect to mx.example.org[192.0.2.25]:25: Connection timed out',
          'Will-Retry-Until: Mon, 7 Dec 2026 08:12:44 +0100 (CET)',
        ],
      ]),
    ),
    { ...DELAY, recipient: 'einkauf@example.org' },
  ],
  [
    'Postfix Russian template, Mail.ru recipient: "spam message rejected" with help.mail.ru link',
    notice(
      [
        'From: MAILER-DAEMON@mail.example.ru (Mail Delivery System)',
        TO_ALICE,
        `Subject: ${bWord('Недоставленное письмо возвращено отправителю', 'utf-8', 'UTF-8')}`,
        DATE,
      ],
      ls(
        'Это почтовая система сервера mail.example.ru.',
        '',
        'К сожалению, ваше сообщение не удалось доставить одному или нескольким',
        'получателям. Оно приложено ниже.',
        '',
        '<belov@mail.ru>: host mxs.mail.ru[94.100.180.31] said: 550 spam message',
        '    rejected. Please visit http://help.mail.ru/notspam-support/id?c=AbCdEf123 or',
        '    report details to abuse@corp.mail.ru. Error code: 1A2B3C4D. ID: 0000000A (in reply to end of DATA command)',
      ),
      'utf-8',
      'base64',
    ),
    { ...SPAM, recipient: 'belov@mail.ru', replyCode: 550, provider: /mail\.ru/i },
  ],
  [
    'GMX refusal in a German Exim notice: "Reject due to policy restrictions" with the postmaster.gmx.net case link',
    notice(
      [
        'From: Mail Delivery System <Mailer-Daemon@mail.example.de>',
        TO_ALICE,
        `Subject: ${qWord('Nachricht nicht zustellbar: Rücksendung an den Absender', 'utf-8', 'UTF-8')}`,
        DATE,
      ],
      ls(
        'Diese Nachricht wurde automatisch vom Mailsystem erzeugt.',
        '',
        'Eine von Ihnen gesendete Nachricht konnte an einen oder mehrere',
        'Empfänger nicht zugestellt werden. Dies ist ein permanenter Fehler.',
        'Folgende Adresse(n) schlugen fehl:',
        '',
        '  monika.lange@gmx.de',
        '    host mx00.emig.gmx.net [212.227.15.9]',
        '    SMTP error from remote mail server after end of data:',
        '    554-Transaction failed',
        '    554-Reject due to policy restrictions.',
        '    554 For explanation visit https://postmaster.gmx.net/en/case?c=hi&i=ip&v=203.0.113.7&r=1AbCdE-1aBcDe2FgH',
      ),
      'utf-8',
      'quoted-printable',
      'UTF-8',
    ),
    {
      cause: ['policy-violation', 'ip-reputation', 'ip-blocklisted', 'spam-filtered'],
      reason: ['policyviolation', 'badreputation', 'blocked', 'spamdetected'],
      side: 'sender',
      recipient: 'monika.lange@gmx.de',
      replyCode: 554,
      provider: /gmx|1&1|ionos|united/i,
    },
  ],
  [
    'NetEase 163 notice (gb2312 QP): "发送给 x 的邮件被退回", 550 User suspended',
    notice(
      [
        'From: Postmaster <postmaster@163.com>',
        'To: alice@163.com',
        `Subject: ${bWord('系统退信', 'gbk', 'GB2312')}`,
        DATE,
      ],
      ls(
        '您好：',
        '您发送给 zheng.hui@126.com 的邮件被退回。',
        '退信原因：收件人帐户已被冻结',
        '远程服务器返回信息：550 User suspended: zheng.hui@126.com',
      ),
      'gbk',
      'quoted-printable',
      'gb2312',
    ),
    { ...DISABLED, recipient: 'zheng.hui@126.com', replyCode: 550 },
  ],
  [
    'Postfix delay warning for an Orange recipient: "Trop de connexions" OFR005_104',
    mail(
      [
        'From: MAILER-DAEMON@mail.example.com (Mail Delivery System)',
        TO_ALICE,
        'Subject: Delayed Mail (still being retried)',
        DATE,
        REPORT('=_ofr43'),
      ],
      multipart('=_ofr43', [
        textPart(
          ls(
            'This is the mail system at host mail.example.com.',
            '',
            '####################################################################',
            '# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #',
            '####################################################################',
            '',
            '<pierre.blanc@orange.fr>: host smtp-in.orange.fr[193.252.22.65] said: 421',
            '    mwinf5c00 ME Trop de connexions, veuillez verifier votre configuration.',
            '    Too many connections, slow down. OFR005_104 [104] (in reply to end of DATA command)',
          ),
          'utf-8',
          '7bit',
          'text/plain',
          'us-ascii',
        ),
        [
          'Content-Type: message/delivery-status',
          '',
          'Reporting-MTA: dns; mail.example.com',
          '',
          'Final-Recipient: rfc822; pierre.blanc@orange.fr',
          'Action: delayed',
          'Status: 4.0.0',
          'Remote-MTA: dns; smtp-in.orange.fr',
          'Diagnostic-Code: smtp; 421 mwinf5c00 ME Trop de connexions, veuillez verifier votre configuration. Too many connections, slow down. OFR005_104 [104]',
        ],
      ]),
    ),
    {
      cause: ['too-many-connections', 'rate-limited', 'delivery-delayed'],
      reason: ['toomanyconn', 'speeding', 'expired', 'onhold'],
      recipient: 'pierre.blanc@orange.fr',
      permanent: false,
      provider: /orange/i,
    },
  ],
];

const CASES_43: Case[] = [...EXCHANGE_43, ...GMAIL_43, ...TEMPLATES_43, ...PROVIDERS_43, ...SECOND_BATCH_43];

describeWholeEmails("round 43's localized whole bounce emails", CASES_43);
