import type { RealWorldCase } from './real-world-cases.js';
import {
  AUTH_REQUIRED,
  EXPIRED,
  GREYLIST,
  IP_BLOCK,
  IP_REPUTATION,
  lines,
  MAILBOX_FULL,
  MS_NOT_FOUND,
  NOT_RFC,
  RATE,
  RELAY,
  RESTRICTED,
  SPAM,
  SUPPRESSED,
  TOO_BIG,
  USER_UNKNOWN,
  VIRUS,
} from './real-world-expectations.js';

/*
 * An eighth held-out round (issue 2): what a mail admin meets in 2025-2026 that rounds 1-7 do not hold.
 * Gmail's own notices in nine languages, SMTP submission refusals after basic-auth retirement (app
 * passwords, security defaults, SMTP AUTH off), Microsoft's tenant recipient limit, DNSBLs the earlier
 * rounds never named (Abusix, SpamRATS, PSBL, Mailspike, Spamhaus DQS and its "open resolver" answer),
 * ESP webhooks in their current shapes (SendGrid bounce_classification, Mailjet, Mailchimp, Postmark spam
 * complaints, Brevo, Resend, SES Reject), swaks transcripts, qmail/OpenSMTPD/Sendmail/Postfix log lines,
 * whole multipart/report emails (several recipients, ARF, delivered and relayed DSNs, auto-replies),
 * Domino, PEC and non-English notices (German, Spanish, Dutch, French, Italian, Portuguese, Polish,
 * Japanese, Russian, Chinese). Written from knowledge of the servers' wordings, none from the development
 * corpus, checked against rounds 1-7 before going in, and measured before any rule was changed for it:
 *   round 8   109 cases (99, then a second batch of 10 written after the first was measured), 68 right as
 *             written (62 %). Three expectations were widened before counting, each to agree with the
 *             vocabulary or an earlier round, not with the reader: 501 5.1.3 may be userunknown (Sisimai's
 *             reading of 5.1.3), Postfix's "Temporary lookup failure" may be a DNS error (as round 6 accepts),
 *             and a swaks transcript was rewritten to Postfix's real behaviour (the DNSBL reject at RCPT, not
 *             at connect). The 41 wrong: forms not read (ESP webhooks and API errors from Postmark, Brevo,
 *             Mailjet, Mailchimp, Resend, SES Reject, SparkPost; swaks lines inside TLS and its TLS failure;
 *             qmail-send and Postfix qmgr log lines; an MDN), wording missing (Gmail's notices in seven
 *             languages, Exchange delay notices in Spanish, Dutch and Italian, QQ's Chinese notice, Microsoft
 *             5.7.233, Mimecast's sender-DNS refusal, Exim's synchronization error, Postfix's bare <LF>),
 *             rule order (5.7.139 'basic authentication is disabled' read as a disabled mailbox, Outlook.com's
 *             OutboundSpamException as a receiver's spam filter, Spamhaus's 'open resolver' as a listing)
 *             and facts (the recipient from OpenSMTPD's and a milter line's from=, none from German, French
 *             and Italian PEC sentences; side 'either' for two of the sender's own logins).
 *   fixed     34 of the 41 by general rules and data (ESP webhook and API forms, log lines, swaks's own lines,
 *             wording in other languages, more specific wording first): 102 of 109 right (94 %). Then 5 more
 *             in the address reader: an address ends and starts at CJK punctuation, and German, French and
 *             Italian PEC notices name the recipient after "Nachricht an", "remis à", "indirizzato a": 107 of
 *             109. Then the last two: the reply code read through swaks's '<~* ' marker, and a read receipt
 *             (report-type=disposition-notification) read as one record with reason 'delivered': 109 of
 *             109. The MDN case's expectation was widened, after the choice, to the new cause id
 *             'read-receipt' (reason 'delivered', as Sisimai names a successful report): the catalogue's
 *             'delivered' speaks of a server's 2.x.x status, which a read receipt does not carry.
 * Reply code and status are checked where a case states them (Expect.replyCode / Expect.status).
 * What is still wrong is listed in STILL_WRONG with the reason.
 */

const AUTH_LOGIN = {
  cause: ['auth-required', 'security-error'],
  reason: 'securityerror',
  side: 'sender',
} as const;
const TLS_FAILED = {
  cause: ['recipient-tls-invalid', 'tls-failed', 'tls-required', 'security-error', 'tls-outdated'],
  reason: ['securityerror', 'failedstarttls'],
} as const;
const UNREACHABLE = {
  cause: ['recipient-server-unreachable', 'delivery-delayed', 'connection-refused', 'no-route-to-host'],
  reason: ['expired', 'networkerror', 'blocked'],
} as const;
const DELAYED = {
  cause: ['delivery-delayed'],
  reason: ['expired', 'onhold'],
} as const;
const FEEDBACK = { cause: 'feedback-report', reason: 'feedback', side: 'sender' } as const;
const DELIVERED = { cause: 'delivered', reason: 'delivered' } as const;
const AUTO_REPLY = { cause: 'auto-reply', reason: 'vacation' } as const;
const BLOCKED_BY_RECIPIENT = {
  cause: ['blocked-by-recipient', 'sender-rejected', 'recipient-restricted'],
  reason: ['rejected', 'policyviolation'],
} as const;
const SENDER_DOMAIN = {
  cause: ['sender-domain-invalid', 'sender-verify-failed'],
  reason: 'rejected',
  side: 'sender',
} as const;
const UNKNOWN_BOB = { ...USER_UNKNOWN, recipient: 'bob@example.org' } as const;

/** Gmail's own notices as the sender's mailbox shows them, in the languages admins forward. */
const GMAIL_NOTICES_8: RealWorldCase[] = [
  [
    'Gmail notice in German: Adresse nicht gefunden, with the remote reply',
    lines(
      'Adresse nicht gefunden',
      '',
      'Ihre Nachricht wurde nicht an bob@example.org zugestellt, weil die Adresse nicht gefunden wurde oder keine E-Mails empfangen kann.',
      '',
      'Die Antwort des Remote-Servers lautete:',
      '',
      '550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual mailbox table',
    ),
    { ...UNKNOWN_BOB, replyCode: 550, status: '5.1.1' },
  ],
  [
    'Gmail notice in French: Adresse introuvable, with the remote reply',
    lines(
      'Adresse introuvable',
      '',
      "Votre message n'a pas été distribué à bob@example.org, car l'adresse est introuvable ou ne peut pas recevoir d'e-mails.",
      '',
      'La réponse du serveur distant était :',
      '',
      '550 5.1.1 <bob@example.org>... User unknown',
    ),
    { ...UNKNOWN_BOB, replyCode: 550 },
  ],
  [
    'Gmail notice in Spanish: no se ha encontrado la dirección (human text only)',
    lines(
      'No se ha encontrado la dirección',
      '',
      'Tu mensaje no se ha entregado a bob@example.org porque no se ha encontrado la dirección o no puede recibir correo.',
    ),
    UNKNOWN_BOB,
  ],
  [
    'Gmail notice in Brazilian Portuguese: endereço não encontrado (human text only)',
    lines(
      'Endereço não encontrado',
      '',
      'Sua mensagem não foi entregue a bob@example.org porque o endereço não foi encontrado ou não pode receber e-mails.',
    ),
    UNKNOWN_BOB,
  ],
  [
    'Gmail notice in Dutch: adres niet gevonden (human text only)',
    lines(
      'Adres niet gevonden',
      '',
      'Je bericht is niet bezorgd bij bob@example.org omdat het adres niet is gevonden of geen e-mail kan ontvangen.',
    ),
    UNKNOWN_BOB,
  ],
  [
    'Gmail notice in Polish: nie znaleziono adresu (human text only)',
    lines(
      'Nie znaleziono adresu',
      '',
      'Twoja wiadomość nie została dostarczona do bob@example.org, ponieważ nie znaleziono adresu lub nie może on odbierać poczty.',
    ),
    UNKNOWN_BOB,
  ],
  [
    'Gmail notice in Italian: indirizzo non trovato, with the remote reply',
    lines(
      'Indirizzo non trovato',
      '',
      "Il tuo messaggio non è stato recapitato a bob@example.org perché l'indirizzo non è stato trovato o non è in grado di ricevere email.",
      '',
      'La risposta del server remoto è stata:',
      '',
      '550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in local recipient table',
    ),
    { ...UNKNOWN_BOB, replyCode: 550, status: '5.1.1' },
  ],
  [
    'Gmail notice in Japanese: address not found (human text only)',
    lines(
      'アドレスが見つかりませんでした',
      '',
      'bob@example.org にメールを配信できませんでした。アドレスが見つからないか、メールを受信できないアドレスです。',
    ),
    UNKNOWN_BOB,
  ],
  [
    'Gmail notice in Russian: адрес не найден (human text only)',
    lines(
      'Адрес не найден',
      '',
      'Ваше сообщение не доставлено на адрес bob@example.org, так как этот адрес не найден или не может принимать почту.',
    ),
    UNKNOWN_BOB,
  ],
  [
    'Gmail notice in simplified Chinese: 找不到地址 (human text only)',
    lines('找不到地址', '', '您的邮件未送达 bob@example.org，因为找不到该地址，或者该地址无法接收电子邮件。'),
    UNKNOWN_BOB,
  ],
  [
    'Gmail notice in German: Nachricht blockiert, the remote server names Spamhaus',
    lines(
      'Nachricht blockiert',
      '',
      'Ihre Nachricht an bob@example.org wurde blockiert. Weitere Informationen finden Sie in den technischen Details unten.',
      '',
      'Die Antwort des Remote-Servers lautete:',
      '',
      '554 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/198.51.100.7',
    ),
    { ...IP_BLOCK, recipient: 'bob@example.org', replyCode: 554 },
  ],
];

/** SMTP submission and relay-host logins after 2024-2026 basic-auth retirements: the sender's own setup. */
const SUBMISSION_8: RealWorldCase[] = [
  [
    'Gmail submission: application-specific password required',
    lines(
      '534-5.7.9 Application-specific password required. Learn more at',
      '534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor d9443c01a7336-1f2b3c4d5sm12345plb.12 - gsmtp',
    ),
    { ...AUTH_LOGIN, replyCode: 534, provider: /google|gmail/i },
  ],
  [
    'Gmail submission: please log in via your web browser',
    lines(
      '534-5.7.14 <https://accounts.google.com/signin/continue?sarp=1&scc=1&plt=AKgnsbtX0>',
      '534-5.7.14 Please log in via your web browser and then try again.',
      '534-5.7.14  Learn more at',
      '534 5.7.14  https://support.google.com/mail/answer/78754 a1sm1234567wrs.5 - gsmtp',
    ),
    AUTH_LOGIN,
  ],
  [
    'Microsoft 365: 5.7.139 user locked by security defaults',
    "535 5.7.139 Authentication unsuccessful, user is locked by your organization's security defaults policy. Contact your administrator. [PR3P191CA0012.EURP191.PROD.OUTLOOK.COM 2026-01-10T10:00:00.000Z 08DD2F4C3C1A9B1E]",
    { ...AUTH_LOGIN, replyCode: 535, status: '5.7.139' },
  ],
  [
    'Microsoft 365: 5.7.139 basic authentication is disabled',
    '535 5.7.139 Authentication unsuccessful, basic authentication is disabled. [AM0PR02CA0150.eurprd02.prod.outlook.com 2026-01-10T10:00:00.000Z 08DD2F4C3C1A9B1F]',
    AUTH_LOGIN,
  ],
  [
    'Postfix log: relayhost login refused, Microsoft 365 SMTP AUTH disabled for the tenant',
    'Jan 10 10:00:00 mail postfix/smtp[2345]: 4Q1abc2DEFz3x: to=<bob@example.org>, relay=smtp.office365.com[52.96.1.1]:587, delay=1.5, delays=0.1/0/1.2/0, dsn=4.7.0, status=deferred (SASL authentication failed; server smtp.office365.com[52.96.1.1] said: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. [AM0PR02CA0150.eurprd02.prod.outlook.com 2026-01-10T10:00:00.000Z 08DD2F4C3C1A9B20])',
    { ...AUTH_LOGIN, recipient: 'bob@example.org', provider: /microsoft|outlook|office/i },
  ],
  [
    'Postfix log: relayhost login refused by SendGrid (bad username / password)',
    'Jan 10 10:00:00 mail postfix/smtp[2345]: 4Q1abc2DEFz3x: SASL authentication failed; server smtp.sendgrid.net[167.89.1.2] said: 535 Authentication failed: Bad username / password',
    AUTH_LOGIN,
  ],
  [
    'Postfix log: no worthy mechs (SASL modules missing on the sending host)',
    lines(
      'Jan 10 10:00:00 mail postfix/smtp[2345]: warning: SASL authentication failure: No worthy mechs found',
      'Jan 10 10:00:00 mail postfix/smtp[2345]: 4Q1abc2DEFz3x: to=<bob@example.org>, relay=smtp.example.net[203.0.113.20]:587, delay=0.4, delays=0.1/0/0.3/0, dsn=4.7.0, status=deferred (SASL authentication failed; cannot authenticate to server smtp.example.net[203.0.113.20]: no mechanism available)',
    ),
    { ...AUTH_LOGIN, recipient: 'bob@example.org' },
  ],
  [
    'Yandex submission: no access rights to this service (app password needed)',
    '535 5.7.8 Error: authentication failed: This user does not have access rights to this service',
    AUTH_LOGIN,
  ],
  [
    'Mail.ru submission: application password is REQUIRED',
    '535 5.7.0 NEOBHODIM parol prilozhenia https://help.mail.ru/mail/security/protection/external / Application password is REQUIRED',
    AUTH_LOGIN,
  ],
  [
    'Amazon SES SMTP: authentication credentials invalid',
    '535 Authentication Credentials Invalid',
    AUTH_LOGIN,
  ],
  [
    'SendGrid SMTP: unauthenticated senders not allowed',
    '550 Unauthenticated senders not allowed',
    {
      ...AUTH_REQUIRED,
      cause: ['auth-required', 'relay-not-authorised'],
      reason: ['securityerror', 'norelaying'],
    },
  ],
  [
    'swaks: AUTH LOGIN refused by Postfix/Dovecot submission',
    lines(
      '=== Trying smtp.example.com:587...',
      '=== Connected to smtp.example.com.',
      '<-  220 smtp.example.com ESMTP Postfix',
      ' -> EHLO client.example.com',
      '<-  250-smtp.example.com',
      '<-  250-STARTTLS',
      '<-  250 AUTH PLAIN LOGIN',
      ' -> STARTTLS',
      '<-  220 2.0.0 Ready to start TLS',
      '=== TLS started with cipher TLSv1.3:TLS_AES_256_GCM_SHA384:256',
      ' ~> EHLO client.example.com',
      '<~  250-smtp.example.com',
      '<~  250 AUTH PLAIN LOGIN',
      ' ~> AUTH LOGIN',
      '<~  334 VXNlcm5hbWU6',
      ' ~> YWxpY2VAZXhhbXBsZS5jb20=',
      '<~  334 UGFzc3dvcmQ6',
      ' ~> c2VjcmV0',
      '<~* 535 5.7.8 Error: authentication failed: authentication failure',
      '*** No authentication type succeeded',
      ' ~> QUIT',
      '<~  221 2.0.0 Bye',
      '=== Connection closed with remote host.',
    ),
    { ...AUTH_LOGIN, replyCode: 535, status: '5.7.8' },
  ],
];

/** Microsoft 365 / Outlook.com wordings the earlier rounds do not hold. */
const MICROSOFT_8: RealWorldCase[] = [
  [
    'Microsoft 365: 5.7.233 tenant exceeded its external recipient limit (TERRL)',
    "550 5.7.233 Message can't be sent because the tenant exceeded its external recipient limit. [BN8NAM12FT064.eop-nam12.prod.protection.outlook.com 2026-01-10T10:00:00.000Z 08DD2F4C3C1A9B21]",
    {
      cause: ['rate-limited', 'outbound-filter', 'sender-account-blocked'],
      reason: ['speeding', 'rejected', 'spamdetected'],
      side: 'sender',
    },
  ],
  [
    'Microsoft 365: 5.1.0 Sender denied',
    '550 5.1.0 Sender denied [AM4PEPF00027A5F.eurprd04.prod.outlook.com 2026-01-10T10:00:00.000Z 08DD2F4C3C1A9B22]',
    BLOCKED_BY_RECIPIENT,
  ],
  [
    'Outlook.com: MailFrom domain is listed in Spamhaus',
    '550 5.7.1 Service unavailable, MailFrom domain is listed in Spamhaus. To request removal from this list see https://www.spamhaus.org/query/lookup/ (S8002) [VI1EUR06FT012.eop-eur06.prod.protection.outlook.com 2026-01-10T10:00:00.000Z 08DD2F4C3C1A9B23]',
    {
      cause: ['domain-blocklisted', 'domain-reputation'],
      reason: ['blocked', 'badreputation'],
      side: 'sender',
    },
  ],
  [
    'Microsoft 365: 4.7.321 starttls-not-supported (outbound TLS enforced)',
    '450 4.7.321 starttls-not-supported: Destination mail server must support TLS to receive mail. [BN1NAM02FT012.eop-nam02.prod.protection.outlook.com 2026-01-10T10:00:00.000Z 08DD2F4C3C1A9B24]',
    { cause: ['tls-required', 'tls-failed'], reason: ['failedstarttls', 'securityerror'] },
  ],
  [
    'Postfix log: Exchange Online directory-based edge blocking (5.4.1 Access denied)',
    'Jan 10 10:00:00 mail postfix/smtp[2345]: 4Q1abc2DEFz3x: to=<bob@example.org>, relay=example-org.mail.protection.outlook.com[52.101.68.5]:25, delay=1.2, delays=0.1/0/0.6/0.5, dsn=5.4.1, status=bounced (host example-org.mail.protection.outlook.com[52.101.68.5] said: 550 5.4.1 Recipient address rejected: Access denied. For more information see https://aka.ms/EXOSmtpErrors [AM4PEPF00025F95.EURPRD83.prod.outlook.com 2026-01-10T10:00:00.000Z 08DD2F4C3C1A9B25] (in reply to RCPT TO command))',
    {
      ...MS_NOT_FOUND,
      recipient: 'bob@example.org',
      replyCode: 550,
      status: '5.4.1',
      provider: /microsoft|outlook|office/i,
    },
  ],
  [
    'Exchange delay notice in German',
    lines(
      'Zustellung verzögert: Angebot',
      '',
      'Die Zustellung an diese Empfänger oder Gruppen ist verzögert:',
      '',
      'bob@example.org (bob@example.org)',
      '',
      'Betreff: Angebot',
      '',
      'Diese Nachricht wurde noch nicht zugestellt. Es wird weiterhin versucht, die Nachricht zuzustellen.',
      '',
      'Der Server versucht 1 Tag, 19 Stunden und 54 Minuten lang, die Nachricht zuzustellen. Sie werden benachrichtigt, wenn die Nachricht nicht zugestellt werden kann.',
    ),
    { ...DELAYED, recipient: 'bob@example.org' },
  ],
  [
    'Exchange delay notice in Spanish',
    lines(
      'Entrega retrasada: Presupuesto',
      '',
      'La entrega a estos destinatarios o grupos está retrasada:',
      '',
      'bob@example.org (bob@example.org)',
      '',
      'Asunto: Presupuesto',
      '',
      'Este mensaje todavía no se ha entregado. Seguiremos intentando entregarlo.',
      '',
      'El servidor seguirá intentando entregar el mensaje durante 1 día, 19 horas y 54 minutos. Recibirá una notificación si no se puede entregar el mensaje.',
    ),
    { ...DELAYED, recipient: 'bob@example.org' },
  ],
  [
    'Exchange delay notice in Dutch',
    lines(
      'Vertraagde levering: Offerte',
      '',
      'De bezorging bij deze ontvangers of groepen is vertraagd:',
      '',
      'bob@example.org (bob@example.org)',
      '',
      'Onderwerp: Offerte',
      '',
      'Dit bericht is nog niet bezorgd. We blijven proberen het bericht te bezorgen.',
      '',
      'De server blijft 1 dag, 19 uur en 54 minuten proberen het bericht te bezorgen. U ontvangt een melding als het bericht niet kan worden bezorgd.',
    ),
    { ...DELAYED, recipient: 'bob@example.org' },
  ],
  [
    'Exchange NDR in Japanese: mailbox full',
    lines(
      '配信不能: 見積もり',
      '',
      'bob@example.org',
      '受信者のメールボックスがいっぱいで、現在メッセージを受け付けることができません。後で再送信するか、受信者に直接連絡してください。',
      '',
      "Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'",
    ),
    { ...MAILBOX_FULL, recipient: 'bob@example.org' },
  ],
  [
    'Exchange NDR in Russian: mailbox full',
    lines(
      'Не доставлено: Предложение',
      '',
      'bob@example.org',
      'Почтовый ящик получателя переполнен, и сейчас он не может принимать сообщения. Повторите попытку позже или обратитесь непосредственно к получателю.',
    ),
    { ...MAILBOX_FULL, recipient: 'bob@example.org' },
  ],
  [
    'Exchange NDR in French: group accepts only authenticated senders',
    lines(
      'Non remis : Réunion',
      '',
      "Votre message n'a pas pu être remis à equipe@example.org, car le groupe n'accepte que les messages des personnes de son organisation ou de sa liste d'expéditeurs autorisés, et votre adresse de messagerie n'en fait pas partie.",
      '',
      "Remote Server returned '550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed as sender not authenticated'",
    ),
    { ...RESTRICTED, recipient: 'equipe@example.org' },
  ],
];

/** Block lists the earlier rounds never named, and one answer that is the receiving server's own fault. */
const BLOCKLISTS_8: RealWorldCase[] = [
  [
    'Postfix: blocked using Abusix Mail Intelligence',
    '554 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using combined.mail.abusix.zone; Listed in Abusix Mail Intelligence, see https://lookup.abusix.com/search?q=198.51.100.7',
    IP_BLOCK,
  ],
  [
    'Postfix: blocked using SpamRATS',
    '550 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using all.spamrats.com; SPAMRATS IP Addresses See: http://www.spamrats.com/bl?198.51.100.7',
    IP_BLOCK,
  ],
  [
    'Postfix: blocked using PSBL',
    '550 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using psbl.surriel.com; Listed in PSBL, see http://psbl.org/listing?ip=198.51.100.7',
    IP_BLOCK,
  ],
  [
    'Postfix: blocked using Mailspike',
    '554 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using bl.mailspike.net',
    IP_REPUTATION,
  ],
  [
    'Postfix: blocked using a Spamhaus DQS key zone',
    '554 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using abcdefghijklmnopqrstuvwxyz.zen.dq.spamhaus.net; https://check.spamhaus.org/listed/?searchterm=198.51.100.7',
    IP_BLOCK,
  ],
  [
    "Postfix: Spamhaus 'open resolver' answer (the receiver queries through a public DNS resolver)",
    '554 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using zen.spamhaus.org; Error: open resolver; https://www.spamhaus.org/returnc/pub/172.68.1.1',
    // Widened after the round: the refused lookup has its own cause (blocklist-lookup-failed) since.
    { cause: 'blocklist-lookup-failed', reason: ['systemerror', 'mailererror'], side: 'recipient' },
  ],
];

/** ESP webhook events in the shapes they have in 2025-2026. */
const WEBHOOKS_8: RealWorldCase[] = [
  [
    'SendGrid bounce event with bounce_classification Invalid Address',
    '[{"email":"bob@example.org","timestamp":1767607200,"smtp-id":"<20260110100000.abc@example.com>","event":"bounce","type":"bounce","bounce_classification":"Invalid Address","reason":"550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient\'s email address for typos or unnecessary spaces. https://support.google.com/mail/?p=NoSuchUser a1si2 - gsmtp","status":"5.1.1","sg_event_id":"ZGVsaXZlcmVk","sg_message_id":"abc.filter0001"}]',
    { ...UNKNOWN_BOB, status: '5.1.1' },
  ],
  [
    'SendGrid blocked event with bounce_classification Reputation (Outlook.com S3150)',
    '{"email":"bob@outlook.com","timestamp":1767607200,"event":"bounce","type":"blocked","bounce_classification":"Reputation","reason":"550 5.7.1 Unfortunately, messages from [167.89.1.1] weren\'t sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [DB5EUR03FT012.eop-EUR03.prod.protection.outlook.com 2026-01-10T10:00:00.000Z 08DD2F4C3C1A9B26]","status":"5.7.1","sg_event_id":"YmxvY2tlZA","sg_message_id":"abc.filter0002"}',
    { ...IP_REPUTATION, recipient: 'bob@outlook.com', provider: /microsoft|outlook/i },
  ],
  [
    'SendGrid deferred event: Yahoo TSS04',
    '{"email":"bob@yahoo.com","timestamp":1767607200,"event":"deferred","attempt":"3","response":"421 4.7.0 [TSS04] Messages from 149.72.1.1 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes","sg_event_id":"ZGVmZXJyZWQ","sg_message_id":"abc.filter0003"}',
    { ...RATE, recipient: 'bob@yahoo.com', provider: /yahoo/i },
  ],
  [
    'Mailgun failed event: gave up after retries (reason old)',
    '{"signature":{"timestamp":"1767607200","token":"abc","signature":"def"},"event-data":{"event":"failed","severity":"permanent","reason":"old","recipient":"bob@example.org","timestamp":1767607200.5,"delivery-status":{"attempt-no":14,"code":421,"message":"4.4.1 Connection timed out","description":"","session-seconds":30.0}}}',
    { ...EXPIRED, recipient: 'bob@example.org' },
  ],
  [
    'Postmark SpamComplaint webhook',
    '{"RecordType":"SpamComplaint","MessageStream":"outbound","ID":4242,"Type":"SpamComplaint","TypeCode":512,"Name":"Spam complaint","Tag":"newsletter","MessageID":"883953f4-6105-42a2-a16a-77a8eac79483","Description":"The subscriber explicitly marked this message as spam.","Details":"","Email":"bob@example.org","From":"alice@example.com","BouncedAt":"2026-01-10T10:00:00Z","DumpAvailable":true,"Inactive":true,"CanActivate":false,"Subject":"January news"}',
    { ...FEEDBACK, recipient: 'bob@example.org' },
  ],
  [
    'Postmark HardBounce webhook with the remote reply in Details',
    '{"RecordType":"Bounce","MessageStream":"outbound","ID":4243,"Type":"HardBounce","TypeCode":1,"Name":"Hard bounce","Tag":"","MessageID":"883953f4-6105-42a2-a16a-77a8eac79484","Description":"The server was unable to deliver your message (ex: unknown user, mailbox not found).","Details":"smtp;550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual mailbox table","Email":"bob@example.org","From":"alice@example.com","BouncedAt":"2026-01-10T10:00:00Z","Inactive":true,"CanActivate":true,"Subject":"Invoice"}',
    UNKNOWN_BOB,
  ],
  [
    'Brevo invalid_email event',
    '{"event":"invalid_email","email":"bob@example..org","id":123456,"date":"2026-01-10 10:00:00","ts":1767607200,"message-id":"<202601101000.12345@smtp-relay.mailin.fr>","tag":""}',
    { cause: ['syntax-error', 'user-unknown'], reason: ['syntaxerror', 'userunknown'], side: 'sender' },
  ],
  [
    'Brevo spam event (complaint)',
    '{"event":"spam","email":"bob@example.org","id":123457,"date":"2026-01-10 10:00:00","ts":1767607200,"message-id":"<202601101000.12346@smtp-relay.mailin.fr>","tag":"newsletter"}',
    { ...FEEDBACK, recipient: 'bob@example.org' },
  ],
  [
    'Mailjet bounce event: user unknown',
    '[{"event":"bounce","time":1767607200,"MessageID":19421777835146490,"Message_GUID":"1ab23cd4-e567-8901-2345-6789f0gh1i2j","email":"bob@example.org","mj_campaign_id":7173,"mj_contact_id":320,"customcampaign":"","CustomID":"","Payload":"","blocked":false,"hard_bounce":true,"error_related_to":"recipient","error":"user unknown"}]',
    UNKNOWN_BOB,
  ],
  [
    'Mailjet bounce event: quota exceeded (soft)',
    '{"event":"bounce","time":1767607200,"MessageID":19421777835146491,"email":"bob@example.org","mj_campaign_id":7173,"mj_contact_id":321,"customcampaign":"","blocked":false,"hard_bounce":false,"error_related_to":"recipient","error":"quota exceeded"}',
    { ...MAILBOX_FULL, recipient: 'bob@example.org' },
  ],
  [
    'Mailchimp cleaned webhook (hard bounce), decoded form fields',
    'type=cleaned&fired_at=2026-01-10 10:00:00&data[list_id]=a6b5da1054&data[campaign_id]=4fjk2ma9xd&data[reason]=hard&data[email]=bob@example.org',
    {
      cause: ['suppressed', 'user-unknown'],
      reason: ['suppressed', 'userunknown'],
      recipient: 'bob@example.org',
    },
  ],
  [
    'Resend email.bounced webhook: suppressed',
    '{"type":"email.bounced","created_at":"2026-01-10T10:00:00.000Z","data":{"created_at":"2026-01-10T09:59:58.000Z","email_id":"56761188-7520-42d8-8898-ff6fc54ce618","from":"Alice <alice@example.com>","to":["bob@example.org"],"subject":"Welcome","bounce":{"message":"The recipient\'s email address is on the suppression list because it has a recent history of producing hard bounces.","subType":"Suppressed","type":"Permanent"}}}',
    { ...SUPPRESSED, recipient: 'bob@example.org' },
  ],
  [
    'Amazon SES event publishing: Reject event, bad content (virus)',
    '{"eventType":"Reject","mail":{"timestamp":"2026-01-10T10:00:00.000Z","source":"alice@example.com","sendingAccountId":"123456789012","messageId":"0100018d0000abcd-1234","destination":["bob@example.org"]},"reject":{"reason":"Bad content"}}',
    {
      cause: ['virus-found', 'content-filtered', 'policy-violation'],
      reason: ['virusdetected', 'filtered', 'policyviolation'],
      side: 'sender',
    },
  ],
];

/** swaks transcripts, as admins paste them after testing a server by hand. */
const TRANSCRIPTS_8: RealWorldCase[] = [
  [
    'swaks: user unknown at RCPT',
    lines(
      '=== Trying mx.example.org:25...',
      '=== Connected to mx.example.org.',
      '<-  220 mx.example.org ESMTP Postfix (Debian/GNU)',
      ' -> EHLO client.example.com',
      '<-  250-mx.example.org',
      '<-  250-PIPELINING',
      '<-  250-SIZE 52428800',
      '<-  250 SMTPUTF8',
      ' -> MAIL FROM:<alice@example.com>',
      '<-  250 2.1.0 Ok',
      ' -> RCPT TO:<bob@example.org>',
      '<** 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual mailbox table',
      ' -> QUIT',
      '<-  221 2.0.0 Bye',
      '=== Connection closed with remote host.',
    ),
    { ...UNKNOWN_BOB, replyCode: 550, status: '5.1.1' },
  ],
  [
    'swaks: greylisted at RCPT (postgrey)',
    lines(
      ' -> MAIL FROM:<alice@example.com>',
      '<-  250 2.1.0 Ok',
      ' -> RCPT TO:<bob@example.org>',
      '<** 450 4.2.0 <bob@example.org>: Recipient address rejected: Greylisted, see https://postgrey.schweikert.ch/help/example.org.html',
      ' -> QUIT',
      '<-  221 2.0.0 Bye',
    ),
    { ...GREYLIST, recipient: 'bob@example.org', replyCode: 450 },
  ],
  [
    'swaks: relay access denied for an outside recipient',
    lines(
      '=== Trying mail.example.com:25...',
      '=== Connected to mail.example.com.',
      '<-  220 mail.example.com ESMTP Postfix',
      ' -> EHLO laptop.local',
      '<-  250-mail.example.com',
      '<-  250 CHUNKING',
      ' -> MAIL FROM:<alice@example.com>',
      '<-  250 2.1.0 Ok',
      ' -> RCPT TO:<bob@example.net>',
      '<** 554 5.7.1 <bob@example.net>: Relay access denied',
      ' -> QUIT',
      '<-  221 2.0.0 Bye',
    ),
    { ...RELAY, recipient: 'bob@example.net', replyCode: 554 },
  ],
  [
    'swaks: refused at RCPT, client listed on Spamhaus ZEN',
    lines(
      '=== Trying mx.example.org:25...',
      '=== Connected to mx.example.org.',
      '<-  220 mx.example.org ESMTP Postfix',
      ' -> EHLO mail.example.com',
      '<-  250-mx.example.org',
      '<-  250 SMTPUTF8',
      ' -> MAIL FROM:<alice@example.com>',
      '<-  250 2.1.0 Ok',
      ' -> RCPT TO:<bob@example.org>',
      '<** 554 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/198.51.100.7',
      ' -> QUIT',
      '<-  221 2.0.0 Bye',
      '=== Connection closed with remote host.',
    ),
    { ...IP_BLOCK, recipient: 'bob@example.org', replyCode: 554 },
  ],
  [
    'swaks: message too large after DATA',
    lines(
      ' -> RCPT TO:<bob@example.org>',
      '<-  250 2.1.5 Ok',
      ' -> DATA',
      '<-  354 End data with <CR><LF>.<CR><LF>',
      ' -> 1234 lines sent',
      '<** 552 5.3.4 Message size exceeds fixed limit',
      ' -> QUIT',
      '<-  221 2.0.0 Bye',
    ),
    { ...TOO_BIG, replyCode: 552 },
  ],
  [
    'swaks: STARTTLS certificate verify failed',
    lines(
      '=== Trying mx.example.org:25...',
      '=== Connected to mx.example.org.',
      '<-  220 mx.example.org ESMTP',
      ' -> EHLO client.example.com',
      '<-  250-mx.example.org',
      '<-  250-STARTTLS',
      '<-  250 8BITMIME',
      ' -> STARTTLS',
      '<-  220 2.0.0 Ready to start TLS',
      '*** TLS startup failed (connect(): error:0A000086:SSL routines::certificate verify failed)',
      '*** STARTTLS attempted but failed',
      ' -> QUIT',
      '<-  221 2.0.0 Bye',
      '=== Connection closed with remote host.',
    ),
    TLS_FAILED,
  ],
  [
    'swaks: bare LF refused (Postfix SMTP smuggling defence)',
    lines(
      ' -> DATA',
      '<-  354 End data with <CR><LF>.<CR><LF>',
      ' -> 12 lines sent',
      '<** 521 5.5.2 mx.example.org Error: bare <LF> received',
      '=== Connection closed with remote host.',
    ),
    NOT_RFC,
  ],
];

/** MTA log lines in forms the earlier rounds do not hold. */
const LOGS_8: RealWorldCase[] = [
  [
    'qmail-send log: delivery failure with underscores',
    '@400000006780b4a21c3d4e5f delivery 42: failure: 192.0.2.25_does_not_like_recipient./Remote_host_said:_550_5.1.1_<bob@example.org>:_Recipient_address_rejected:_User_unknown_in_virtual_mailbox_table/Giving_up_on_192.0.2.25./',
    UNKNOWN_BOB,
  ],
  [
    'qmail-send log: deferral, no SMTP connection',
    "@400000006780b4a21c3d4e60 delivery 43: deferral: Sorry,_I_wasn't_able_to_establish_an_SMTP_connection._(#4.4.1)/",
    UNREACHABLE,
  ],
  [
    'OpenSMTPD log: PermFail',
    'Jan 10 10:00:00 mail smtpd[123]: 1a2b3c4d5e6f7a8b mta delivery evpid=0123456789abcdef from=<alice@example.com> to=<bob@example.org> rcpt=<-> source="198.51.100.7" relay="192.0.2.25 (mx.example.org)" delay=2s result="PermFail" stat="550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in local recipient table"',
    { ...UNKNOWN_BOB, replyCode: 550, status: '5.1.1' },
  ],
  [
    'OpenSMTPD log: TempFail, mailbox full at the remote end',
    'Jan 10 10:00:00 mail smtpd[123]: 1a2b3c4d5e6f7a8c mta delivery evpid=0123456789abcdf0 from=<alice@example.com> to=<bob@example.org> rcpt=<-> source="198.51.100.7" relay="192.0.2.25 (mx.example.org)" delay=3s result="TempFail" stat="452 4.2.2 <bob@example.org>: Mailbox full"',
    { ...MAILBOX_FULL, recipient: 'bob@example.org' },
  ],
  [
    'Exim log: relay denied after pipelined RCPT',
    '2026-01-10 10:00:00 1tWxyz-000ABC-12 ** bob@example.org R=dnslookup T=remote_smtp H=mx.example.org [192.0.2.25] X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes: SMTP error from remote mail server after pipelined RCPT TO:<bob@example.org>: 554 5.7.1 <bob@example.org>: Relay access denied',
    { ...RELAY, recipient: 'bob@example.org', replyCode: 554 },
  ],
  [
    'Exim log: deferred, Gmail 4.7.28 rate limited',
    '2026-01-10 10:00:00 1tWxyz-000ABC-13 == bob@gmail.com R=dnslookup T=remote_smtp defer (-45) H=gmail-smtp-in.l.google.com [142.250.1.26]: SMTP error from remote mail server after end of data: 421-4.7.28 Gmail has detected an unusual rate of unsolicited mail. To protect our users from spam, mail has been temporarily rate limited. For more information, go to 421 4.7.28 https://support.google.com/mail/?p=UnsolicitedRateLimitError a1si2 - gsmtp',
    { ...RATE, recipient: 'bob@gmail.com', provider: /google|gmail/i },
  ],
  [
    'Postfix log: TLS unsupported protocol (remote offers only TLS 1.0)',
    lines(
      'Jan 10 10:00:00 mail postfix/smtp[2345]: SSL_connect error to mx.example.org[192.0.2.25]:25: -1',
      'Jan 10 10:00:00 mail postfix/smtp[2345]: warning: TLS library problem: error:0A000102:SSL routines::unsupported protocol:../ssl/statem/statem_lib.c:1985:',
      'Jan 10 10:00:00 mail postfix/smtp[2345]: 4Q1abc2DEFz3x: to=<bob@example.org>, relay=mx.example.org[192.0.2.25]:25, delay=0.5, delays=0.1/0/0.4/0, dsn=4.7.5, status=deferred (Cannot start TLS: handshake failure)',
    ),
    { ...TLS_FAILED, recipient: 'bob@example.org' },
  ],
  [
    'Postfix log: lost connection while sending end of data',
    'Jan 10 10:00:00 mail postfix/smtp[2345]: 4Q1abc2DEFz3x: to=<bob@example.org>, relay=mx.example.org[192.0.2.25]:25, delay=302, delays=0.1/0/0.5/301, dsn=4.4.2, status=deferred (lost connection with mx.example.org[192.0.2.25] while sending end of data -- message may be sent more than once)',
    {
      cause: ['recipient-server-unreachable', 'no-route-to-host', 'delivery-delayed', 'server-unavailable'],
      reason: ['networkerror', 'expired', 'systemerror'],
      recipient: 'bob@example.org',
    },
  ],
  [
    'Postfix log: recipient moved (relocated table)',
    'Jan 10 10:00:00 mx postfix/smtpd[2345]: NOQUEUE: reject: RCPT from mail.example.com[198.51.100.7]: 550 5.1.6 <bob@example.org>: Recipient address rejected: User has moved to bob@example.net; from=<alice@example.com> to=<bob@example.org> proto=ESMTP helo=<mail.example.com>',
    { cause: 'recipient-moved', reason: 'hasmoved', recipient: 'bob@example.org' },
  ],
  [
    'Postfix: bad recipient address syntax',
    '501 5.1.3 Bad recipient address syntax',
    // Sisimai files 5.1.3 (bad destination mailbox syntax) under userunknown; either way the sender fixes it.
    { cause: ['syntax-error', 'user-unknown'], reason: ['syntaxerror', 'userunknown'], side: 'sender' },
  ],
];

const TWO_RECIPIENTS_DSN = lines(
  'Return-Path: <>',
  'Date: Sat, 10 Jan 2026 10:00:05 +0100 (CET)',
  'From: MAILER-DAEMON@mail.example.com (Mail Delivery System)',
  'Subject: Undelivered Mail Returned to Sender',
  'To: alice@example.com',
  'Auto-Submitted: auto-replied',
  'MIME-Version: 1.0',
  'Content-Type: multipart/report; report-type=delivery-status;',
  '\tboundary="4Q1abc2DEFz3x.1767607205/mail.example.com"',
  '',
  'This is a MIME-encapsulated message.',
  '',
  '--4Q1abc2DEFz3x.1767607205/mail.example.com',
  'Content-Description: Notification',
  'Content-Type: text/plain; charset=us-ascii',
  '',
  'This is the mail system at host mail.example.com.',
  '',
  "I'm sorry to have to inform you that your message could not",
  "be delivered to one or more recipients. It's attached below.",
  '',
  '<bob@example.org>: host mx.example.org[192.0.2.25] said: 550 5.1.1',
  '    <bob@example.org>: Recipient address rejected: User unknown in virtual',
  '    mailbox table (in reply to RCPT TO command)',
  '',
  '<carol@example.net>: host mx.example.net[192.0.2.40] said: 552 5.2.2',
  '    <carol@example.net>: Mailbox full (in reply to RCPT TO command)',
  '',
  '--4Q1abc2DEFz3x.1767607205/mail.example.com',
  'Content-Description: Delivery report',
  'Content-Type: message/delivery-status',
  '',
  'Reporting-MTA: dns; mail.example.com',
  'X-Postfix-Queue-ID: 4Q1abc2DEFz3x',
  'X-Postfix-Sender: rfc822; alice@example.com',
  'Arrival-Date: Sat, 10 Jan 2026 10:00:01 +0100 (CET)',
  '',
  'Final-Recipient: rfc822; bob@example.org',
  'Original-Recipient: rfc822;bob@example.org',
  'Action: failed',
  'Status: 5.1.1',
  'Remote-MTA: dns; mx.example.org',
  'Diagnostic-Code: smtp; 550 5.1.1 <bob@example.org>: Recipient address rejected:',
  '    User unknown in virtual mailbox table',
  '',
  'Final-Recipient: rfc822; carol@example.net',
  'Original-Recipient: rfc822;carol@example.net',
  'Action: failed',
  'Status: 5.2.2',
  'Remote-MTA: dns; mx.example.net',
  'Diagnostic-Code: smtp; 552 5.2.2 <carol@example.net>: Mailbox full',
  '',
  '--4Q1abc2DEFz3x.1767607205/mail.example.com',
  'Content-Description: Undelivered Message Headers',
  'Content-Type: text/rfc822-headers',
  '',
  'From: Alice <alice@example.com>',
  'To: bob@example.org, carol@example.net',
  'Subject: Meeting',
  '',
  '--4Q1abc2DEFz3x.1767607205/mail.example.com--',
);

const dsnWithAction = (action: string, status: string, diagnostic: string) =>
  lines(
    'From: MAILER-DAEMON@mx.example.org (Mail Delivery System)',
    `Subject: Successful Mail Delivery Report`,
    'To: alice@example.com',
    'Auto-Submitted: auto-replied',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="B0UND"',
    '',
    '--B0UND',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    'This is the mail system at host mx.example.org.',
    '',
    'Your message was successfully delivered to the destination(s)',
    'listed below. If the message was delivered to mailbox you will',
    'receive no further notifications. Otherwise you may still receive',
    'notifications of mail delivery errors from other systems.',
    '',
    `<bob@example.org>: ${diagnostic}`,
    '',
    '--B0UND',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.example.org',
    '',
    'Final-Recipient: rfc822; bob@example.org',
    `Action: ${action}`,
    `Status: ${status}`,
    '',
    '--B0UND--',
  );

/** Whole emails as they land in the sender's mailbox: multipart/report, ARF, DSNs that are not failures. */
const WHOLE_EMAILS_8: RealWorldCase[] = [
  [
    'Postfix DSN with two recipients: the first, user unknown',
    TWO_RECIPIENTS_DSN,
    { ...UNKNOWN_BOB, replyCode: 550, status: '5.1.1' },
  ],
  [
    'Postfix DSN with two recipients: the second, mailbox full',
    TWO_RECIPIENTS_DSN,
    { ...MAILBOX_FULL, index: 1, recipient: 'carol@example.net', replyCode: 552, status: '5.2.2' },
  ],
  [
    'ARF abuse report from a feedback loop (multipart/report; report-type=feedback-report)',
    lines(
      'From: feedback@arf.mail.yahoo.com',
      'To: fbl@example.com',
      'Subject: FW: January news',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=feedback-report; boundary="ARF-B0UND"',
      '',
      '--ARF-B0UND',
      'Content-Type: text/plain; charset="US-ASCII"',
      '',
      'This is an email abuse report for an email message received from IP 198.51.100.7 on Sat, 10 Jan 2026 10:00:00 +0000',
      '',
      '--ARF-B0UND',
      'Content-Type: message/feedback-report',
      '',
      'Feedback-Type: abuse',
      'User-Agent: Yahoo!-Mail-Feedback/2.0',
      'Version: 1',
      'Original-Mail-From: <bounces@example.com>',
      'Original-Rcpt-To: <bob@yahoo.com>',
      'Arrival-Date: Sat, 10 Jan 2026 10:00:00 +0000',
      'Source-IP: 198.51.100.7',
      'Reported-Domain: example.com',
      'Authentication-Results: mta1001.mail.bf1.yahoo.com; dkim=pass header.d=example.com; spf=pass smtp.mailfrom=example.com',
      '',
      '--ARF-B0UND',
      'Content-Type: text/rfc822-headers',
      '',
      'From: News <news@example.com>',
      'To: bob@yahoo.com',
      'Subject: January news',
      '',
      '--ARF-B0UND--',
    ),
    FEEDBACK,
  ],
  [
    'Delivered DSN (NOTIFY=SUCCESS): not a failure',
    dsnWithAction('delivered', '2.0.0', 'delivery via dovecot service (delivered via dovecot service)'),
    { ...DELIVERED, recipient: 'bob@example.org' },
  ],
  [
    'Relayed DSN: handed to a server that does not return DSNs, not a failure',
    dsnWithAction('relayed', '2.0.0', 'relayed to non-DSN-aware mailer'),
    { ...DELIVERED, recipient: 'bob@example.org' },
  ],
  [
    'Out-of-office auto-reply (RFC 3834 headers): not a bounce',
    lines(
      'From: Bob <bob@example.org>',
      'To: alice@example.com',
      'Subject: Automatic reply: Meeting',
      'Auto-Submitted: auto-replied',
      'X-Auto-Response-Suppress: All',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'I am out of the office until 19 January with limited access to email.',
      'For urgent matters please contact carol@example.org.',
    ),
    AUTO_REPLY,
  ],
  [
    'German out-of-office reply from Exchange (Automatische Antwort): not a bounce',
    lines(
      'From: Bob Beispiel <bob@example.org>',
      'To: alice@example.com',
      'Subject: Automatische Antwort: Angebot',
      'Auto-Submitted: auto-generated',
      'X-MS-Exchange-Inbox-Rules-Loop: bob@example.org',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Vielen Dank für Ihre Nachricht. Ich bin bis zum 19.01.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails.',
      'In dringenden Fällen wenden Sie sich bitte an carol@example.org.',
    ),
    AUTO_REPLY,
  ],
  [
    'Exim delay warning: not yet delivered after 24 hours, temporary lookup failure',
    lines(
      'From: Mail Delivery System <Mailer-Daemon@mail.example.com>',
      'To: alice@example.com',
      'Subject: Warning: message 1tWxyz-000ABC-12 delayed 24 hours',
      'Auto-Submitted: auto-replied',
      '',
      'This message was created automatically by mail delivery software.',
      'A message that you sent has not yet been delivered to one or more of its',
      'recipients after more than 24 hours on the queue on mail.example.com.',
      '',
      'The message identifier is:     1tWxyz-000ABC-12',
      'The subject of the message is: Quote',
      'The date of the message is:    Fri, 09 Jan 2026 10:00:00 +0100',
      '',
      'The address to which the message has not yet been delivered is:',
      '',
      '  bob@example.org',
      '    host mx.example.org [192.0.2.25]',
      '    Delay reason: SMTP error from remote mail server after RCPT TO:<bob@example.org>:',
      '    451 4.3.0 <bob@example.org>: Temporary lookup failure',
      '',
      'No action is required on your part. Delivery attempts will continue for',
      'some time, and this warning may be repeated at intervals if the message',
      'remains undelivered. Eventually the mail delivery software will give up,',
      'and when that happens, the message will be returned to you.',
    ),
    {
      // Round 6 reads Postfix's "Temporary lookup failure" as a system or DNS error too.
      cause: ['delivery-delayed', 'system-error', 'dns-failure'],
      reason: ['expired', 'onhold', 'systemerror', 'networkerror'],
      recipient: 'bob@example.org',
    },
  ],
  [
    'Exim bounce (whole, X-Failed-Recipients): Microsoft 5.7.606 banned sending IP',
    lines(
      'From: Mail Delivery System <Mailer-Daemon@mail.example.com>',
      'To: alice@example.com',
      'Subject: Mail delivery failed: returning message to sender',
      'X-Failed-Recipients: bob@example.org',
      'Auto-Submitted: auto-replied',
      '',
      'This message was created automatically by mail delivery software.',
      '',
      'A message that you sent could not be delivered to one or more of its',
      'recipients. This is a permanent error. The following address(es) failed:',
      '',
      '  bob@example.org',
      '    host example-org.mail.protection.outlook.com [52.101.68.5]',
      '    SMTP error from remote mail server after RCPT TO:<bob@example.org>:',
      '    550 5.7.606 Access denied, banned sending IP [198.51.100.7]. To request removal from this list please visit https://sender.office.com/ and follow the directions. For more information please go to  http://go.microsoft.com/fwlink/?LinkID=526655 AS(1430) [AM4PEPF00025F95.EURPRD83.prod.outlook.com 2026-01-10T10:00:00.000Z 08DD2F4C3C1A9B27]',
    ),
    {
      ...IP_REPUTATION,
      recipient: 'bob@example.org',
      replyCode: 550,
      status: '5.7.606',
      provider: /microsoft|outlook|office/i,
    },
  ],
  [
    'HCL Domino notice: not listed in Domino Directory (whole)',
    lines(
      'From: Mail Router <postmaster@example.org>',
      'To: alice@example.com',
      'Subject: DELIVERY FAILURE: User bob (bob@example.org) not listed in Domino Directory',
      '',
      'Your message',
      '',
      '  Subject: Quote',
      '',
      'was not delivered to:',
      '',
      '  bob@example.org',
      '',
      'because:',
      '',
      '  User bob (bob@example.org) not listed in Domino Directory',
    ),
    UNKNOWN_BOB,
  ],
  [
    'Italian PEC: avviso di mancata consegna, casella inesistente',
    lines(
      'Subject: AVVISO DI MANCATA CONSEGNA: Fattura 12',
      'From: posta-certificata@pec.aruba.it',
      '',
      'Errore nella consegna del messaggio',
      '',
      'Il giorno 10/01/2026 alle ore 10:00:00 (+0100) nel messaggio',
      '"Fattura 12" proveniente da "alice@pec.example.it"',
      'ed indirizzato a "bob@pec.example.org"',
      "si e' verificato un errore di consegna.",
      'Errore: 5.1.1 - Aruba Pec S.p.A. - casella inesistente',
    ),
    { ...USER_UNKNOWN, recipient: 'bob@pec.example.org' },
  ],
  [
    'Zoho Mail notice: ERROR CODE form',
    lines(
      'Subject: Undelivered Mail Returned to Sender',
      'From: mailer-daemon@mail.zoho.eu',
      '',
      'This message was created automatically by mail delivery software.',
      'A message that you sent could not be delivered to one or more of its recipients. This is a permanent error.',
      '',
      'bob@example.org, ERROR CODE :550 - 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in relay recipient table',
    ),
    { ...UNKNOWN_BOB, replyCode: 550, status: '5.1.1' },
  ],
  [
    'Mail.ru notice in Russian: could not be delivered, remote user unknown',
    lines(
      'Subject: Недоставленное сообщение',
      'From: MAILER-DAEMON@corp.mail.ru',
      '',
      'Это письмо создано автоматически сервером Mail.Ru, отвечать на него не нужно.',
      '',
      'К сожалению, Ваше письмо не может быть доставлено одному или нескольким получателям:',
      '',
      'bob@example.org',
      '',
      'Рекомендуем Вам проверить корректность указания адресов получателей.',
      '',
      'SMTP error from remote mail server after RCPT TO:<bob@example.org>:',
      '550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown',
    ),
    { ...UNKNOWN_BOB, replyCode: 550 },
  ],
  [
    'Exchange Online NDR (multipart/report) for a Gmail recipient over quota',
    lines(
      'From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com>',
      'To: alice@example.com',
      'Subject: Undeliverable: Quote',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="_000_NDR"',
      '',
      '--_000_NDR',
      'Content-Type: text/plain; charset="us-ascii"',
      '',
      "Your message to bob@gmail.com couldn't be delivered.",
      "The recipient's mailbox is full and can't accept messages now. Please try resending your message later, or contact the recipient directly.",
      '',
      '--_000_NDR',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns;AM0PR02MB1234.eurprd02.prod.outlook.com',
      '',
      'Final-Recipient: rfc822;bob@gmail.com',
      'Action: failed',
      'Status: 5.2.2',
      'Remote-MTA: dns;gmail-smtp-in.l.google.com',
      "Diagnostic-Code: smtp;552-5.2.2 The recipient's inbox is out of storage space and inactive. Please direct the recipient to 552 5.2.2  https://support.google.com/mail/?p=OverQuotaPerm a1si2 - gsmtp",
      '',
      '--_000_NDR--',
    ),
    {
      cause: ['mailbox-full', 'mailbox-inactive'],
      reason: ['mailboxfull', 'suspend'],
      side: 'recipient',
      recipient: 'bob@gmail.com',
      status: '5.2.2',
    },
  ],
];

/** Single replies and API answers from providers, gateways and servers the earlier rounds did not read. */
const REPLIES_8: RealWorldCase[] = [
  [
    "Google Workspace outbound: TLS negotiation failed, certificate doesn't match the host",
    "421 4.7.0 TLS Negotiation failed, the certificate doesn't match the host.",
    TLS_FAILED,
  ],
  [
    'Gmail: 421 4.7.0 try again later, closing connection (EHLO)',
    '421-4.7.0 Try again later, closing connection. (EHLO)\n421 4.7.0  s5si2345678pgk.123 - gsmtp',
    { ...RATE, provider: /google|gmail/i },
  ],
  [
    'Mimecast: sender has no A, AAAA or MX DNS records',
    '550 Sender has no A, AAAA, or MX DNS records. - https://community.mimecast.com/docs/DOC-1369#550 [aBcDeFgHiJkLmNoPqRsTuV.uk123]',
    { ...SENDER_DOMAIN, provider: /mimecast/i },
  ],
  [
    'Exim: SMTP protocol synchronization error (client spoke before the greeting)',
    '554 SMTP synchronization error',
    {
      cause: ['syntax-error', 'not-rfc-compliant', 'connection-rejected', 'helo-rejected'],
      reason: ['syntaxerror', 'notcompliantrfc', 'blocked'],
      side: 'sender',
    },
  ],
  [
    'Postmark API: account pending approval, recipients must share the From domain',
    '{"ErrorCode":412,"Message":"While your account is pending approval, all recipient addresses must share the same domain as the \'From\' address."}',
    { cause: ['outside-domain-not-allowed', 'sender-account-blocked'], reason: 'rejected', side: 'sender' },
  ],
  [
    'Brevo API: SMTP account not yet activated',
    '{"code":"permission_denied","message":"Unable to send email. Your SMTP account is not yet activated. Please contact us at contact@brevo.com to activate your account."}',
    {
      cause: ['sender-account-blocked', 'auth-required'],
      reason: ['rejected', 'securityerror'],
      side: 'sender',
    },
  ],
  [
    'SparkPost API: unconfigured sending domain',
    '{"errors":[{"message":"Invalid domain","description":"Unconfigured Sending Domain <example.com>","code":"7001"}]}',
    { cause: ['from-not-permitted', 'sender-domain-invalid'], reason: 'rejected', side: 'sender' },
  ],
  [
    'Outlook.com submission: OutboundSpamException, account suspended (WASCL verdict)',
    '554 5.2.0 STOREDRV.Submission.Exception:OutboundSpamException; Failed to process message due to a permanent exception with message WASCL UserAction verdict is not None. Actual verdict is Suspend, ShowTierUpgrade. OutboundSpamException: WASCL UserAction verdict is not None. Actual verdict is Suspend, ShowTierUpgrade.[Hostname=AM0PR02MB1234.eurprd02.prod.outlook.com]',
    {
      cause: ['sender-account-blocked', 'outbound-filter'],
      reason: ['rejected', 'spamdetected'],
      side: 'sender',
    },
  ],
  ['Zoho submission: 535 Authentication Failed', '535 Authentication Failed', AUTH_LOGIN],
  [
    'Cyrus LMTP: mailbox unknown',
    lines(
      '550-Mailbox unknown.  Either there is no mailbox associated with this',
      '550-name or you do not have authorization to see it.',
      '550 5.1.1 User unknown',
    ),
    USER_UNKNOWN,
  ],
  [
    'Proxmox Mail Gateway greylisting: Service is unavailable (try later)',
    '451 4.7.1 <bob@example.org>: Recipient address rejected: Service is unavailable (try later)',
    { ...GREYLIST, recipient: 'bob@example.org' },
  ],
  [
    'Postfix log: recipient domain typo (gmial.com) has no host',
    'Jan 10 10:00:00 mail postfix/smtp[2345]: 4Q1abc2DEFz3x: to=<bob@gmial.com>, relay=none, delay=0.3, delays=0.1/0/0.2/0, dsn=5.4.4, status=bounced (Host or domain name not found. Name service error for name=gmial.com type=A: Host not found)',
    {
      cause: ['recipient-domain-typo', 'domain-not-found'],
      reason: 'hostunknown',
      side: 'sender',
      recipient: 'bob@gmial.com',
    },
  ],
  [
    'QQ Mail notice in Chinese: returned, recipient mailbox full',
    lines(
      '此邮件是由系统自动发出的，请不要直接回复。',
      '',
      '很抱歉您发送的邮件被退回，以下是该邮件的相关信息：',
      '',
      '被退回的邮件：',
      '收件人：bob@example.org',
      '主题：报价',
      '',
      '退信原因：',
      '收件人邮箱空间已满，无法接收新邮件。',
    ),
    { ...MAILBOX_FULL, recipient: 'bob@example.org' },
  ],
  [
    'German spam refusal with status (Die Nachricht wurde als Spam eingestuft)',
    '550 5.7.1 Die Nachricht wurde als Spam eingestuft und abgelehnt',
    SPAM,
  ],
  [
    'ClamAV milter via Postfix: virus found in a log line',
    'Jan 10 10:00:00 mx postfix/cleanup[2345]: 4Q1abc2DEFz3x: milter-reject: END-OF-MESSAGE from mail.example.com[198.51.100.7]: 5.7.1 Virus found: Win.Test.EICAR_HDB-1; from=<alice@example.com> to=<bob@example.org> proto=ESMTP helo=<mail.example.com>',
    { ...VIRUS, recipient: 'bob@example.org' },
  ],
];

/** A second batch, written after the first was measured and before any rule changed. */
const MORE_8: RealWorldCase[] = [
  [
    'Sendmail DSN with two recipients: the second, mailbox full',
    lines(
      'From: Mail Delivery Subsystem <MAILER-DAEMON@mail.example.com>',
      'To: <alice@example.com>',
      'Subject: Returned mail: see transcript for details',
      'Auto-Submitted: auto-generated (failure)',
      '',
      'The original message was received at Sat, 10 Jan 2026 10:00:00 +0100',
      'from localhost [127.0.0.1]',
      '',
      '   ----- The following addresses had permanent fatal errors -----',
      '<bob@example.org>',
      '    (reason: 550 5.1.1 <bob@example.org>... User unknown)',
      '<carol@example.net>',
      '    (reason: 552 5.2.2 <carol@example.net>... Mailbox full)',
      '',
      '   ----- Transcript of session follows -----',
      '... while talking to mx.example.org.:',
      '>>> DATA',
      '<<< 550 5.1.1 <bob@example.org>... User unknown',
      '550 5.1.1 <bob@example.org>... User unknown',
      '... while talking to mx.example.net.:',
      '>>> DATA',
      '<<< 552 5.2.2 <carol@example.net>... Mailbox full',
      '554 5.0.0 Service unavailable',
    ),
    { ...MAILBOX_FULL, index: 1, recipient: 'carol@example.net' },
  ],
  [
    'Postfix log: qmgr status=expired, returned to sender',
    'Jan 15 10:00:00 mail postfix/qmgr[812]: 4Q1abc2DEFz3x: from=<alice@example.com>, status=expired, returned to sender',
    EXPIRED,
  ],
  [
    'Read receipt (MDN, disposition-notification): not a bounce',
    lines(
      'From: Bob <bob@example.org>',
      'To: alice@example.com',
      'Subject: Read: Quote',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=disposition-notification; boundary="MDN-B0UND"',
      '',
      '--MDN-B0UND',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Your message was read on Saturday, 10 January 2026 10:05:00 (UTC+01:00).',
      '',
      '--MDN-B0UND',
      'Content-Type: message/disposition-notification',
      '',
      'Reporting-UA: mail.example.org; Microsoft Outlook 16.0',
      'Final-Recipient: rfc822;bob@example.org',
      'Original-Message-ID: <20260110100000.abc@example.com>',
      'Disposition: automatic-action/MDN-sent-automatically; displayed',
      '',
      '--MDN-B0UND--',
    ),
    { cause: ['delivered', 'auto-reply', 'read-receipt'], reason: ['delivered', 'vacation'] },
  ],
  [
    'Russian out-of-office reply (Автоматический ответ): not a bounce',
    lines(
      'From: Боб <bob@example.org>',
      'To: alice@example.com',
      'Subject: Автоматический ответ: Предложение',
      'Auto-Submitted: auto-replied',
      '',
      'Здравствуйте! Я в отпуске до 19 января и не имею доступа к почте.',
      'По срочным вопросам обращайтесь к carol@example.org.',
    ),
    AUTO_REPLY,
  ],
  [
    'Spanish out-of-office reply (Respuesta automática): not a bounce',
    lines(
      'From: Bob <bob@example.org>',
      'To: alice@example.com',
      'Subject: Respuesta automática: Presupuesto',
      'Auto-Submitted: auto-replied',
      '',
      'Estaré fuera de la oficina hasta el 19 de enero, con acceso limitado al correo.',
      'Para asuntos urgentes, escriba a carol@example.org.',
    ),
    AUTO_REPLY,
  ],
  [
    'Exchange delay notice in Italian',
    lines(
      'Recapito ritardato: Preventivo',
      '',
      'Il recapito ai destinatari o ai gruppi seguenti è in ritardo:',
      '',
      'bob@example.org (bob@example.org)',
      '',
      'Oggetto: Preventivo',
      '',
      'Il messaggio non è stato ancora recapitato. Verranno effettuati altri tentativi di recapito.',
      '',
      "Il server tenterà di recapitare il messaggio per 1 giorni, 19 ore e 54 minuti. L'utente riceverà una notifica se il messaggio non può essere recapitato.",
    ),
    { ...DELAYED, recipient: 'bob@example.org' },
  ],
  [
    'Gmail notice in Spanish: Mensaje no entregado, remote mailbox full',
    lines(
      'Mensaje no entregado',
      '',
      'Tu mensaje no se ha entregado a bob@example.org porque el buzón está lleno.',
      '',
      'La respuesta del servidor remoto fue:',
      '',
      '552 5.2.2 <bob@example.org>: Recipient address rejected: Mailbox full',
    ),
    { ...MAILBOX_FULL, recipient: 'bob@example.org', replyCode: 552, status: '5.2.2' },
  ],
  [
    'Postfix log: bounced, Yahoo 5.7.9 DMARC policy of the From domain',
    'Jan 10 10:00:00 mail postfix/smtp[2345]: 4Q1abc2DEFz3x: to=<bob@yahoo.com>, relay=mta7.am0.yahoodns.net[67.195.204.77]:25, delay=1.1, delays=0.1/0/0.5/0.5, dsn=5.7.9, status=bounced (host mta7.am0.yahoodns.net[67.195.204.77] said: 550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo requires all senders to authenticate with either SPF or DKIM. Authentication results: DKIM = Did not pass ; SPF [example.com] with ip: [198.51.100.7] = Did not pass. For instructions on setting up authentication, go to https://senders.yahooinc.com/smtp-error-codes#unauthenticated-messages (in reply to end of DATA command))',
    {
      cause: ['auth-failed', 'spf-fail', 'dkim-fail', 'dmarc-fail'],
      reason: 'authfailure',
      side: 'sender',
      recipient: 'bob@yahoo.com',
      replyCode: 550,
      status: '5.7.9',
      provider: /yahoo/i,
    },
  ],
  [
    'Exchange Online NDR in Portuguese: address not found at a remote domain (new style)',
    lines(
      'Não é possível entregar: Orçamento',
      '',
      'Sua mensagem para bob@example.org não pôde ser entregue.',
      'bob não foi encontrado em example.org.',
      '',
      "Remote Server returned '550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual mailbox table'",
    ),
    { ...UNKNOWN_BOB, replyCode: 550 },
  ],
  [
    'SES bounce notification: Permanent General, Microsoft S3150 for the SES shared pool',
    '{"notificationType":"Bounce","bounce":{"feedbackId":"0100018d-abc","bounceType":"Permanent","bounceSubType":"General","bouncedRecipients":[{"emailAddress":"bob@outlook.com","action":"failed","status":"5.7.1","diagnosticCode":"smtp; 550 5.7.1 Unfortunately, messages from [54.240.1.1] weren\'t sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [DB5EUR03FT012.eop-EUR03.prod.protection.outlook.com]"}],"timestamp":"2026-01-10T10:00:00.000Z","reportingMTA":"dns; a1-2.smtp-out.eu-west-1.amazonses.com"},"mail":{"source":"alice@example.com","destination":["bob@outlook.com"]}}',
    { ...IP_REPUTATION, recipient: 'bob@outlook.com', provider: /microsoft|outlook/i },
  ],
];

const ALL_8: RealWorldCase[] = [
  ...GMAIL_NOTICES_8,
  ...SUBMISSION_8,
  ...MICROSOFT_8,
  ...BLOCKLISTS_8,
  ...WEBHOOKS_8,
  ...TRANSCRIPTS_8,
  ...LOGS_8,
  ...WHOLE_EMAILS_8,
  ...REPLIES_8,
  ...MORE_8,
];

/** Still wrong, with why (see `knownWrong`). */
const STILL_WRONG: Record<string, string> = {};

export const ROUND_8: RealWorldCase[] = ALL_8.map(([name, input, want]) => {
  const knownWrong = STILL_WRONG[name];
  return knownWrong ? [name, input, { ...want, knownWrong }] : [name, input, want];
});
