import type { RealWorldCase } from './real-world-cases.js';
import {
  AUTH_REQUIRED,
  DISABLED,
  EXPIRED,
  GREYLIST,
  IP_BLOCK,
  IP_REPUTATION,
  LOOP,
  lines,
  MAILBOX_FULL,
  MS_NOT_FOUND,
  NOT_RFC,
  ndr,
  POLICY,
  PTR,
  RATE,
  RECIPIENT_RATE,
  RELAY,
  RESTRICTED,
  SPAM,
  SUPPRESSED,
  TOO_BIG,
  USER_UNKNOWN,
  VIRUS,
} from './real-world-expectations.js';

/*
 * A sixth held-out round (issue 2): replies, NDR texts, log lines and ESP events as the providers, gateways
 * and MTAs word them, from their public documentation and common knowledge of the products, none taken from
 * the development corpus and none repeating an earlier round. It leans on what the earlier rounds covered
 * thinly: Exchange NDRs ("Remote Server returned", localised headings, 5.4.x/5.7.3xx codes), Google and
 * Yahoo variants, European, Latin American and Japanese providers in their own languages, gateways, less
 * common MTAs (OpenSMTPD, Courier, Haraka, Stalwart, MDaemon, Kerio, Zimbra), ESP event fields, the RFC 7372
 * authentication codes, DANE/MTA-STS, loops, DNS failures.
 * Written before any rule was changed for it, and measured as written:
 *   round 6   179 cases, 137 right as written (77 %), 176 after its fixes (rules held as data: phrases,
 *             headings, provider codes; one extraction line gives SES bounce subtypes their meaning); 177
 *             once Google's SMTP relay refusals got a sender-side cause of their own (relay-not-authorised).
 * The 42 wrong as written: 10 Exchange NDRs in languages without their heading or sentence (Polish, Swedish,
 * Turkish, Korean; mailbox full in Portuguese, Italian, Dutch), "domain does not exist" in four languages read
 * as an unknown user, DANE/MTA-STS words, 7 ESP events (SES subtypes without SMTP text, Brevo/Mailjet
 * blocks), and single wordings whose earlier rule won (greylisting "temporarily deferred", "thread limit").
 *   round 6b   46 cases,  40 right as written (87 %), 45 after (one by widening an expectation: see
 *             "AuthRequired"); whole notices with headers, more gateway and ESP wordings.
 *   round 6c   39 cases,  28 right as written (72 %), 39 after. Five of the eleven wrong were other
 *             wordings of what round 6 fixed ("el dominio x no existe", a Russian "домен", Exchange's
 *             "recipient thread limit"): those round-6 rules had been worded too close to their samples,
 *             and now take the domain in between. The rest: grey list in other languages, Czech and
 *             Polish NDR sentences, Exchange's [Message=…] tag, Mandrill's reject list, a Mailjet block.
 *   round 6d    3 cases written with their rule, not held out (a user named before its domain).
 *   round 6e   30 cases,  27 right as written (90 %), 30 after: gateways and regional providers no
 *             earlier round named; the three wrong wanted Dutch "relaying", NetEase's "too frequent sending"
 *             and "too many invalid recipients" (a harvest limit, not an unknown user).
 * In all, rounds 6-6e held out 294 cases (6d aside), 232 right as written (79 %), 291 right after.
 * What is still wrong is listed in STILL_WRONG with the reason.
 */

const SENDING_RATE_6 = { cause: 'rate-limited', reason: 'speeding', side: 'sender' } as const;
const CONNECTIONS = {
  cause: ['too-many-connections', 'rate-limited'],
  reason: ['toomanyconn', 'speeding'],
  side: 'sender',
} as const;
const SYSTEM = {
  cause: ['system-error', 'server-unavailable'],
  reason: 'systemerror',
  side: 'recipient',
} as const;
const SYSTEM_FULL = {
  cause: ['system-full', 'system-error'],
  reason: ['systemfull', 'systemerror'],
  side: 'recipient',
} as const;
const AUTH_FAILED = {
  cause: ['auth-failed', 'spf-fail', 'dkim-fail', 'dmarc-fail'],
  reason: 'authfailure',
  side: 'sender',
} as const;
const SPF = { cause: 'spf-fail', reason: 'authfailure', side: 'sender' } as const;
const DKIM = { cause: ['dkim-fail', 'dmarc-fail'], reason: 'authfailure', side: 'sender' } as const;
const DMARC = { cause: 'dmarc-fail', reason: 'authfailure', side: 'sender' } as const;
const ATTACHMENT = {
  cause: ['policy-violation', 'content-filtered', 'virus-found'],
  reason: ['policyviolation', 'filtered', 'virusdetected'],
} as const;
const BLOCKED_BY_RECIPIENT = {
  cause: ['blocked-by-recipient', 'sender-rejected', 'recipient-restricted'],
  reason: 'rejected',
} as const;
const UNREACHABLE = {
  cause: ['recipient-server-unreachable', 'delivery-delayed', 'connection-refused', 'no-route-to-host'],
  reason: ['expired', 'networkerror', 'blocked'],
} as const;
const DELAYED = {
  cause: ['delivery-delayed', 'recipient-server-unreachable'],
  reason: ['expired', 'networkerror'],
} as const;
const DNS_FAILURE = {
  cause: ['dns-failure', 'domain-not-found'],
  reason: ['networkerror', 'hostunknown'],
} as const;
const DOMAIN_NOT_FOUND = {
  cause: ['domain-not-found', 'recipient-domain-typo'],
  reason: 'hostunknown',
} as const;
const SENDER_DOMAIN = {
  cause: ['sender-domain-invalid', 'sender-verify-failed'],
  reason: 'rejected',
  side: 'sender',
} as const;
const TLS_FAILED = {
  cause: ['recipient-tls-invalid', 'tls-failed', 'tls-required', 'security-error'],
  reason: ['securityerror', 'failedstarttls'],
} as const;
const TLS_REQUIRED = {
  cause: ['starttls-not-used', 'recipient-tls-invalid', 'tls-required', 'tls-failed'],
  reason: ['failedstarttls', 'securityerror'],
} as const;
const FROM_NOT_PERMITTED = {
  cause: ['from-not-permitted', 'sender-rejected'],
  reason: 'rejected',
  side: 'sender',
} as const;
const HELO = { cause: 'helo-rejected', reason: 'blocked', side: 'sender' } as const;
const NOT_ACCEPTING = { cause: ['null-mx', 'not-accepting-mail'], reason: 'notaccept' } as const;
const MAILER = { cause: 'mailer-error', reason: 'mailererror', side: 'recipient' } as const;

const MICROSOFT_6: RealWorldCase[] = [
  [
    'Exchange Remote Server returned: RecipNotFound',
    lines(
      'Delivery has failed to these recipients or groups:',
      '',
      'bob@example.org',
      "The email address you entered couldn't be found.",
      '',
      'Diagnostic information for administrators:',
      'Generating server: mail.example.com',
      'bob@example.org',
      "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'",
    ),
    MS_NOT_FOUND,
  ],
  [
    'Exchange Remote Server returned: mailbox full (STOREDRV)',
    "Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception'",
    MAILBOX_FULL,
  ],
  [
    'Exchange Remote Server returned: hop count exceeded',
    "Remote Server returned '554 5.4.14 Hop count exceeded - possible mail loop ATTR34 [DB8EUR05FT012.eop-eur05.prod.protection.outlook.com]'",
    LOOP,
  ],
  [
    'Exchange Remote Server returned: anonymous mail not allowed',
    "Remote Server returned '550 5.7.57 SMTP; Client was not authenticated to send anonymous mail during MAIL FROM'",
    AUTH_REQUIRED,
  ],
  [
    'Exchange Remote Server returned: restricted to recipients permission',
    "Remote Server returned '550 5.7.129 RESOLVER.RST.RestrictedToRecipientsPermission; not authorized to send to this recipient'",
    RESTRICTED,
  ],
  [
    'Microsoft 5.7.193 group does not accept external senders',
    "550 5.7.193 UnifiedGroupAgent; Delivery failed because the sender isn't a group member or external senders aren't permitted to send to this group.",
    RESTRICTED,
  ],
  [
    'Microsoft 5.4.300 message expired',
    '550 5.4.300 Message expired -> 451 4.4.0 Primary target IP address responded with: "421 4.4.2 Connection dropped due to SocketError." Attempted failover to alternate host, but that did not succeed.',
    EXPIRED,
  ],
  [
    'Microsoft 5.4.317 message expired, cannot connect',
    '550 5.4.317 Message expired, cannot connect to remote server(SocketError)',
    EXPIRED,
  ],
  [
    'Microsoft 4.4.316 connection refused, still retrying',
    '451 4.4.316 Connection refused [Message=Socket error code 10061] [LastAttemptedServerName=mx.example.org] [LastAttemptedIP=192.0.2.25:25]',
    UNREACHABLE,
  ],
  [
    'Microsoft 5.4.312 DNS query failed',
    '550 5.4.312 Message expired, DNS query failed(ServerFailure)',
    { cause: ['dns-failure', 'delivery-expired'], reason: ['networkerror', 'expired'] },
  ],
  [
    'Exchange 4.4.0 DNS query failed',
    '451 4.4.0 DNS query failed. The error was: DNS query failed with error: ErrorRetry',
    { cause: ['dns-failure', 'delivery-delayed'], reason: ['networkerror', 'expired'] },
  ],
  [
    'Microsoft 5.7.506 bad HELO',
    '550 5.7.506 Access Denied, Bad HELO. [AM4PEPF00025F96.EURPRD84.PROD.OUTLOOK.COM]',
    HELO,
  ],
  [
    'Microsoft 5.7.512 not RFC 5322 compliant',
    '550 5.7.512 Access denied, message must be RFC 5322 section 3.6.2 compliant and include a valid From address [BN8NAM12FT052.eop-nam12.prod.protection.outlook.com]',
    NOT_RFC,
  ],
  [
    'Microsoft 5.7.60 no permission to send as this sender',
    '550 5.7.60 SMTP; Client does not have permissions to send as this sender',
    FROM_NOT_PERMITTED,
  ],
  [
    'Microsoft 5.7.25 IPv6 sender without reverse DNS',
    '550 5.7.25 Service unavailable, the sending IPv6 address [2001:db8::25] must have a reverse DNS record.',
    PTR,
  ],
  [
    'Microsoft 4.7.652 too many connections',
    '451 4.7.652 The mail server [203.0.113.7] has exceeded the maximum number of connections. (S3115)',
    CONNECTIONS,
  ],
  [
    'Microsoft 5.7.3 STARTTLS required',
    '451 5.7.3 STARTTLS is required to send mail [AM0PR02CA0012.eurprd02.prod.outlook.com]',
    TLS_REQUIRED,
  ],
  ['Microsoft 5.4.6 routing loop', '554 5.4.6 Hop count exceeded - possible mail loop', LOOP],
  [
    'Exchange 4.3.2 mailbox database thread limit',
    '432 4.3.2 STOREDRV.Deliver; mailbox database thread limit exceeded',
    SYSTEM,
  ],
  [
    'Microsoft 4.5.3 too many recipients',
    '452 4.5.3 Too many recipients (AS780090) [AM6EUR05FT040.eop-eur05.prod.protection.outlook.com]',
    { cause: ['too-many-connections', 'rate-limited'], reason: ['toomanyconn', 'speeding'], side: 'sender' },
  ],
  [
    'Microsoft 5.7.323 DANE TLSA invalid',
    '550 5.7.323 tlsa-invalid: The domain failed DANE validation',
    TLS_FAILED,
  ],
  [
    'Microsoft 4.7.322 certificate expired',
    '451 4.7.322 certificate-expired: Destination mail server certificate is expired',
    TLS_FAILED,
  ],
  [
    'Microsoft 5.7.325 certificate host mismatch',
    '550 5.7.325 certificate-host-mismatch: Remote certificate MUST have a common name or subject alternative name matching the hostname (DANE)',
    TLS_FAILED,
  ],
  [
    'Microsoft MTA-STS validation failed',
    '451 5.7.5 Remote certificate failed MTA-STS validation. Reason: CertificateNameMismatch',
    TLS_FAILED,
  ],
  [
    'Exchange new-style NDR: recipient domain does not exist',
    lines(
      "Your message to bob@nosuchdomain.example couldn't be delivered.",
      "The Domain Name System (DNS) reported that the recipient's domain does not exist.",
      '',
      'Diagnostic information for administrators:',
      "Remote Server returned '554 5.4.310 DNS domain nosuchdomain.example does not exist [Message=InfoDomainNonexistent] [LastAttemptedServerName=nosuchdomain.example]'",
    ),
    DOMAIN_NOT_FOUND,
  ],
  [
    'Exchange new-style NDR: delivery restricted',
    lines(
      "Your message to team@example.org couldn't be delivered.",
      "Delivery to this address is restricted. The group only accepts messages from people in its organization or on its allowed senders list, and your email address isn't on the list.",
    ),
    RESTRICTED,
  ],
  [
    'Exchange NDR Polish: address not found',
    ndr(
      'Nie można dostarczyć do tych adresatów lub grup:',
      'bob@example.pl',
      'Nie można znaleźć wprowadzonego adresu e-mail. Sprawdź adres e-mail adresata i spróbuj ponownie wysłać wiadomość.',
    ),
    USER_UNKNOWN,
  ],
  [
    'Exchange NDR Swedish: address not found',
    ndr(
      'Det gick inte att leverera till följande mottagare eller grupper:',
      'bob@example.se',
      'Det gick inte att hitta e-postadressen du angav. Kontrollera mottagarens e-postadress och försök skicka meddelandet igen.',
    ),
    USER_UNKNOWN,
  ],
  [
    'Exchange NDR Turkish: address not found',
    ndr(
      'Bu alıcılara veya gruplara teslim edilemedi:',
      'bob@example.com.tr',
      'Girdiğiniz e-posta adresi bulunamadı. Alıcının e-posta adresini denetleyin ve iletiyi yeniden göndermeyi deneyin.',
    ),
    USER_UNKNOWN,
  ],
  [
    'Exchange NDR Korean: address not found',
    ndr(
      '다음 받는 사람 또는 그룹에게 배달하지 못했습니다.',
      'bob@example.kr',
      '입력한 전자 메일 주소를 찾을 수 없습니다. 받는 사람의 전자 메일 주소를 확인하고 메시지를 다시 보내세요.',
    ),
    USER_UNKNOWN,
  ],
  [
    'Exchange NDR Spanish: mailbox full',
    ndr(
      'No se pudo entregar a estos destinatarios o grupos:',
      'bob@example.es',
      'El buzón del destinatario está lleno y no puede aceptar mensajes en este momento. Vuelva a intentarlo más tarde o póngase en contacto directamente con el destinatario.',
    ),
    MAILBOX_FULL,
  ],
  [
    'Exchange NDR Portuguese: mailbox full',
    ndr(
      'Não foi possível entregar a estes destinatários ou grupos:',
      'bob@example.com.br',
      'A caixa de correio do destinatário está cheia e não pode aceitar mensagens no momento. Tente enviar a mensagem novamente mais tarde ou entre em contato diretamente com o destinatário.',
    ),
    MAILBOX_FULL,
  ],
  [
    'Exchange NDR Italian: mailbox full',
    ndr(
      'Impossibile recapitare il messaggio ai destinatari o gruppi seguenti:',
      'bob@example.it',
      'La cassetta postale del destinatario è piena e non può accettare messaggi in questo momento. Riprova a inviare il messaggio più tardi o contatta direttamente il destinatario.',
    ),
    MAILBOX_FULL,
  ],
  [
    'Exchange NDR Dutch: mailbox full',
    ndr(
      'Bezorging is mislukt voor deze ontvangers of groepen:',
      'bob@example.nl',
      'Het postvak van de ontvanger is vol en kan momenteel geen berichten ontvangen. Probeer het bericht later opnieuw te verzenden of neem rechtstreeks contact op met de ontvanger.',
    ),
    MAILBOX_FULL,
  ],
  [
    'Exchange NDR German: restricted group',
    ndr(
      'Fehler bei der Zustellung an diese Empfänger oder Gruppen:',
      'team@example.de',
      'Ihre Nachricht wurde nicht übermittelt, da der Empfänger nur Nachrichten von bestimmten Absendern annimmt.',
    ),
    RESTRICTED,
  ],
  [
    'Exchange NDR French: blocked as spam',
    ndr(
      'Échec de remise à ces destinataires ou groupes :',
      'bob@example.fr',
      "Votre message n'a pas été remis, car le fournisseur de messagerie du destinataire l'a rejeté. Il a été identifié comme courrier indésirable.",
      "Remote Server returned '550 5.7.350 Remote server returned message detected as spam -> 554 5.7.1 Spam message rejected'",
    ),
    SPAM,
  ],
];

const GOOGLE_YAHOO_6: RealWorldCase[] = [
  [
    'Gmail 4.2.1 user receiving mail too quickly',
    lines(
      '450-4.2.1 The user you are trying to contact is receiving mail too quickly.',
      '450-4.2.1 Please resend your message at a later time. If the user is able to',
      '450-4.2.1 receive mail at that time, your message will be delivered.',
      '450 4.2.1  https://support.google.com/mail/?p=ReceivingRate d2si123qtb.5 - gsmtp',
    ),
    RECIPIENT_RATE,
  ],
  [
    'Gmail 4.7.28 unusual rate from your IP',
    lines(
      '421-4.7.28 Gmail has detected an unusual rate of unsolicited mail originating',
      '421-4.7.28 from your IP address. To protect our users from spam, mail sent',
      '421-4.7.28 from your IP address has been temporarily rate limited. For more',
      '421 4.7.28 information, go to https://support.google.com/mail/answer/188131 e5si.6 - gsmtp',
    ),
    RATE,
  ],
  [
    'Gmail 5.7.1 very low reputation of the sending IP',
    lines(
      '550-5.7.1 [203.0.113.7] Our system has detected that this message is likely',
      '550-5.7.1 suspicious due to the very low reputation of the sending IP address.',
      '550-5.7.1 To best protect our users from spam, the message has been blocked.',
      '550 5.7.1 https://support.google.com/mail/answer/188131 f6si.7 - gsmtp',
    ),
    IP_REPUTATION,
  ],
  [
    'Gmail 5.7.1 multiple From headers',
    lines(
      '550-5.7.1 [203.0.113.7] Our system has detected that this message is not RFC',
      "550-5.7.1 5322 compliant: 'From' header is duplicated. To reduce the amount of spam",
      '550-5.7.1 sent to Gmail, this message has been blocked. For more information, go to',
      '550 5.7.1  https://support.google.com/mail/?p=RfcMessageNonCompliant g7si.8 - gsmtp',
    ),
    NOT_RFC,
  ],
  [
    'Gmail 5.7.1 fails authentication checks (older wording)',
    lines(
      '550-5.7.1 This message does not have authentication information or fails to',
      '550-5.7.1 pass authentication checks. To best protect our users from spam, the',
      '550-5.7.1 message has been blocked. Please visit',
      '550 5.7.1  https://support.google.com/mail/answer/81126#authentication h8si.9 - gsmtp',
    ),
    AUTH_FAILED,
  ],
  [
    'Gmail 5.7.26 SPF and DKIM both do not pass',
    lines(
      '550-5.7.26 This message does not pass authentication checks (SPF and DKIM both',
      '550-5.7.26 do not pass). SPF check for [example.com] does not pass with ip:',
      '550-5.7.26 [203.0.113.7].To best protect our users from spam, the message has',
      '550 5.7.26 been blocked. https://support.google.com/mail/answer/81126#authentication i9si.10 - gsmtp',
    ),
    AUTH_FAILED,
  ],
  [
    'Gmail 4.3.0 temporarily rejected message',
    '451-4.3.0 Mail server temporarily rejected message. j1si.11 - gsmtp',
    SYSTEM,
  ],
  [
    'Google Workspace relay: invalid credentials for relay',
    lines(
      "550-5.7.1 Invalid credentials for relay [203.0.113.7]. The IP address you've",
      "550-5.7.1 registered in your G Suite SMTP Relay service doesn't match domain of",
      '550-5.7.1 the account this email is being sent from. If you are trying to relay',
      "550 5.7.1 mail from a domain that isn't registered under your G Suite account. k2si.12 - gsmtp",
    ),
    { cause: 'relay-not-authorised', reason: 'norelaying', side: 'sender' },
  ],
  [
    'Gmail 4.2.2 recipient over quota (client copy)',
    lines(
      'Message not delivered',
      "Your message couldn't be delivered to bob@example.org because the remote server's storage is full.",
      '',
      'The response was:',
      '452 4.2.2 The email account that you tried to reach is over quota.',
    ),
    MAILBOX_FULL,
  ],
  [
    'Gmail 5.2.1 account disabled',
    lines(
      '550-5.2.1 The email account that you tried to reach is disabled. Learn more at',
      '550 5.2.1  https://support.google.com/mail/?p=DisabledUser l3si.13 - gsmtp',
    ),
    DISABLED,
  ],
  [
    'Yahoo TS01 excessive user complaints',
    '421 4.7.0 [TS01] Messages from 203.0.113.7 temporarily deferred due to excessive user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes',
    RATE,
  ],
  [
    'Yahoo IPTS04 user complaints',
    '421 4.7.0 [IPTS04] Messages from 203.0.113.7 temporarily deferred due to unexpected volume or user complaints - 4.16.56.1; see https://postmaster.yahooinc.com/error-codes',
    RATE,
  ],
  [
    'Yahoo 4.16.50 temporarily deferred (old postmaster link)',
    '421 Message from (203.0.113.7) temporarily deferred - 4.16.50. Please refer to http://postmaster.yahoo.com/errors/postmaster-21.html',
    RATE,
  ],
  [
    'Yahoo over quota',
    '554 delivery error: dd Sorry, your message to bob@yahoo.com cannot be delivered. This account is over quota. - mta1012.mail.gq1.yahoo.com',
    MAILBOX_FULL,
  ],
  [
    'AOL DYN:T1 dynamic or rate',
    '421 4.7.1 : (DYN:T1) https://postmaster.aol.com/error-codes#421dynt1',
    RATE,
  ],
  [
    'AOL mailbox unavailable, 5.1.1',
    '550 5.1.1 <bob@aol.com>: Recipient address rejected: aol.com',
    USER_UNKNOWN,
  ],
];

const MAILBOX_PROVIDERS_6: RealWorldCase[] = [
  [
    'iCloud HM08 DMARC',
    "554 5.7.1 [HM08] Message rejected due to local policy. Unauthenticated email from example.com is not accepted due to domain's DMARC policy. Please visit https://support.apple.com/en-us/HT204137",
    DMARC,
  ],
  [
    'Fastmail account disabled',
    '550 5.2.1 <bob@fastmail.com>: This account has been disabled or discontinued',
    DISABLED,
  ],
  [
    'Fastmail DMARC reject',
    '550 5.7.1 Email rejected per DMARC policy for example.com (https://www.fastmail.help/hc/en-us/articles/360058753794)',
    DMARC,
  ],
  ['Zoho mailbox size exceeded', '552 5.2.2 Mail box size exceeded for <bob@zohomail.com>', MAILBOX_FULL],
  [
    'Zoho sender not allowed to relay this address',
    '553 Sender is not allowed to relay emails with this address',
    FROM_NOT_PERMITTED,
  ],
  [
    'Yandex spam with code',
    '554 5.7.1 [2] Message rejected under suspicion of SPAM; https://ya.cc/1IrBc 1700000000-AbCdEfGh',
    SPAM,
  ],
  [
    'Yandex recipient message rate',
    '450 4.2.1 The recipient has exceeded their message rate limit. Try again later.',
    RECIPIENT_RATE,
  ],
  [
    'Mail.ru mailbox full (blocks limit)',
    '452 4.2.2 Mailbox is full / Blocks limit exceeded / Inode limit exceeded',
    MAILBOX_FULL,
  ],
  ['Russian user not found', '550 5.1.1 Пользователь не найден', USER_UNKNOWN],
  ['Russian mailbox overflowing', '552 5.2.2 Почтовый ящик переполнен', MAILBOX_FULL],
  ['Russian spam rejected', '554 5.7.1 Письмо отклонено: обнаружен спам', SPAM],
  [
    'T-Online BL',
    '554 IP=203.0.113.7 - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.) (BL)',
    IP_BLOCK,
  ],
  ['German rejected as spam', '550 5.7.1 Nachricht als Spam abgelehnt', SPAM],
  ['German domain does not exist', '550 5.1.2 Domain existiert nicht', DOMAIN_NOT_FOUND],
  [
    'Free.fr too many spams from your IP',
    '421 4.7.0 Too many spams from your IP (203.0.113.7), please visit http://postmaster.free.fr/',
    RATE,
  ],
  ['Free.fr mailbox disabled', '550 5.2.1 <bob@free.fr>: Mailbox disabled for this recipient', DISABLED],
  ['SFR unknown address', '550 5.1.1 <bob@sfr.fr>: adresse du destinataire inconnue', USER_UNKNOWN],
  ['French IP blacklisted', '554 5.7.1 Votre adresse IP est sur liste noire', IP_BLOCK],
  ['French domain does not exist', "550 5.1.2 Le domaine n'existe pas", DOMAIN_NOT_FOUND],
  ['Portuguese unknown user (UOL)', '550 5.1.1 <bob@uol.com.br>: Usuário desconhecido', USER_UNKNOWN],
  ['Portuguese mailbox full (Terra)', '552 5.2.2 <bob@terra.com.br>: Caixa postal cheia', MAILBOX_FULL],
  ['Portuguese spam suspicion', '554 5.7.1 Mensagem bloqueada: suspeita de spam', SPAM],
  ['Portuguese IP on a blacklist', '550 5.7.1 Seu IP está listado em uma lista negra', IP_BLOCK],
  ['Portuguese message over size', '552 5.3.4 Mensagem excede o tamanho máximo permitido', TOO_BIG],
  ['Portuguese domain does not exist', '550 5.1.2 Domínio inexistente', DOMAIN_NOT_FOUND],
  [
    'Spanish user does not exist (Telefónica)',
    '550 5.1.1 <bob@telefonica.net>: El usuario no existe',
    USER_UNKNOWN,
  ],
  ['Spanish message over size', '552 5.3.4 El mensaje excede el tamaño máximo permitido', TOO_BIG],
  ['Spanish relay not allowed', '550 5.7.1 Relay no permitido', RELAY],
  ['docomo unknown user', '550 Unknown user bob@docomo.ne.jp', USER_UNKNOWN],
  ['Japanese mailbox capacity full', '552 5.2.2 受信者のメールボックスの容量が一杯です', MAILBOX_FULL],
  ['Japanese judged as spam', '554 5.7.1 迷惑メールと判定されたため受信を拒否しました', SPAM],
  ['Japanese message size over limit', '552 5.3.4 メッセージサイズが制限を超えています', TOO_BIG],
];

const GATEWAYS_6: RealWorldCase[] = [
  [
    'Mimecast greylisting',
    '451 Message temporarily deferred due to greylisting - https://community.mimecast.com/docs/DOC-1369#451 [AbCdEfGhIjKlMnOp.uk161]',
    GREYLIST,
  ],
  [
    'Mimecast virus detected',
    '554 Virus Detected - https://community.mimecast.com/docs/DOC-1369#554 [AbCdEfGhIjKlMnOp.us123]',
    VIRUS,
  ],
  [
    'Mimecast service temporarily unavailable',
    '421 Service Temporarily Unavailable - https://community.mimecast.com/docs/DOC-1369#421',
    SYSTEM,
  ],
  [
    'Barracuda banned attachment',
    '550 permanent failure for one or more recipients (bob@example.org:550 5.7.1 Message contains a banned attachment)',
    ATTACHMENT,
  ],
  [
    'Barracuda virus',
    '550 permanent failure for one or more recipients (bob@example.org:550 5.7.1 Message contains a virus)',
    VIRUS,
  ],
  [
    'Barracuda spam score',
    '554 5.7.1 Message is probably spam (score 9.8), rejected by Barracuda Email Security Gateway',
    SPAM,
  ],
  [
    'IronPort too many concurrent connections',
    '421 Too many concurrent SMTP connections from this IP address; please try again later.',
    CONNECTIONS,
  ],
  [
    'IronPort bounce verification',
    '550 5.7.1 Delivery not authorized, message refused: Message rejected due to Bounce Verification',
    {
      cause: ['policy-violation', 'sender-rejected', 'recipient-restricted'],
      reason: ['policyviolation', 'rejected'],
    },
  ],
  [
    'Symantec Email Security.cloud SPF fail',
    '553-SPF (Sender Policy Framework) domain authentication fail. Refer to the Troubleshooting page at http://www.symanteccloud.com/troubleshooting for more details. (#5.7.1)',
    SPF,
  ],
  [
    'Symantec Email Security.cloud blocked by recipient',
    '553-Sorry, your email address has been blocked by the recipient. Refer to the Troubleshooting page at http://www.symanteccloud.com/troubleshooting for more details. (#5.7.1)',
    BLOCKED_BY_RECIPIENT,
  ],
  ['Proofpoint spam rejection', '554 5.7.1 Message rejected: spam (pps.example.org)', SPAM],
  [
    'Proofpoint message blocked by policy rule',
    '550 5.7.1 Message blocked due to a policy rule; see the administrator',
    POLICY,
  ],
  [
    'Trend Micro ERS temporary block',
    '451 4.7.1 Temporary failure: sender IP 203.0.113.7 is temporarily blocked by Email Reputation Services (ERS)',
    RATE,
  ],
  [
    'Trend Micro recipient does not exist',
    '550 5.1.1 Recipient address rejected: User unknown (Trend Micro Email Security)',
    USER_UNKNOWN,
  ],
  [
    'Sophos IP reputation',
    '554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked by Sophos IP reputation',
    IP_REPUTATION,
  ],
  ['Sophos content policy', '550 5.7.1 Message rejected by Sophos Email: content policy violation', POLICY],
  [
    'Spamhaus DBL via a gateway',
    '554 5.7.1 Service unavailable; Sender address [alice@example.com] blocked using dbl.spamhaus.org; https://www.spamhaus.org/query/domain/example.com',
    { cause: 'domain-blocklisted', reason: 'blocked', side: 'sender' },
  ],
];

const MTAS_6: RealWorldCase[] = [
  ['Exim too many Received headers', '554 Too many "Received" headers - suspected mail loop', LOOP],
  [
    'Exim pipe transport failed',
    lines(
      'A message that you sent could not be delivered to one or more of its',
      'recipients. This is a permanent error. The following address(es) failed:',
      '',
      '  pipe to |/usr/local/bin/ticket-filter',
      '    generated by support@example.org',
      '    Child process of address_pipe transport returned 69 (could mean service or program unavailable)',
    ),
    MAILER,
  ],
  [
    'Exim mailbox full while writing',
    lines(
      'A message that you sent could not be delivered to one or more of its',
      'recipients. This is a permanent error. The following address(es) failed:',
      '',
      '  bob@example.org',
      '    mailbox is full (MTA-imposed quota exceeded while writing to file /var/mail/bob):',
    ),
    MAILBOX_FULL,
  ],
  [
    'Exim log: TLS certificate verify failed',
    '2024-06-02 08:00:00 1sDXyz-000abc-12 == bob@example.org R=dnslookup T=remote_smtp defer (-37) H=mx.example.org [192.0.2.25]: TLS session: (SSL_connect): error:0A000086:SSL routines::certificate verify failed',
    TLS_FAILED,
  ],
  [
    'Postfix log: mail forwarding loop',
    'Jun  2 08:00:01 mail postfix/local[4242]: 9C1D22A0: to=<bob@example.org>, relay=local, delay=0.1, dsn=5.4.6, status=bounced (mail forwarding loop for bob@example.org)',
    LOOP,
  ],
  [
    'Postfix log: insufficient system storage at MAIL FROM',
    'Jun  2 08:00:01 mail postfix/smtp[4242]: 9C1D22A0: to=<bob@example.org>, relay=mx.example.org[192.0.2.25]:25, delay=1, dsn=4.3.1, status=deferred (host mx.example.org[192.0.2.25] said: 452 4.3.1 Insufficient system storage (in reply to MAIL FROM command))',
    SYSTEM_FULL,
  ],
  [
    'Postfix temporary lookup failure',
    '451 4.3.0 <bob@example.org>: Temporary lookup failure',
    { cause: ['system-error', 'dns-failure', 'server-unavailable'], reason: ['systemerror', 'networkerror'] },
  ],
  ['Postfix message file too big', '552 5.3.4 Error: message file too big', TOO_BIG],
  [
    'Postfix log: DANE TLSA lookup error',
    'Jun  2 08:00:01 mail postfix/smtp[4242]: 9C1D22A0: to=<bob@example.org>, relay=none, delay=0.3, dsn=4.7.5, status=deferred (TLSA lookup error for mx.example.org:25)',
    {
      cause: ['recipient-tls-invalid', 'tls-failed', 'dns-failure', 'security-error'],
      reason: ['securityerror', 'networkerror'],
    },
  ],
  [
    'Postfix log: server certificate not trusted (DANE)',
    'Jun  2 08:00:01 mail postfix/smtp[4242]: 9C1D22A0: to=<bob@example.org>, relay=mx.example.org[192.0.2.25]:25, delay=0.9, dsn=4.7.5, status=deferred (Server certificate not trusted)',
    TLS_FAILED,
  ],
  [
    'Sendmail too many hops',
    '554 5.4.6 Too many hops 26 (25 max): from <alice@example.com> via localhost, to <bob@example.org>',
    LOOP,
  ],
  [
    'Sendmail transcript: mailbox full',
    lines(
      '   ----- Transcript of session follows -----',
      '... while talking to mx.example.org.:',
      '>>> DATA',
      '<<< 552 5.2.2 <bob@example.org>... Mailbox full',
      '554 5.0.0 Service unavailable',
    ),
    MAILBOX_FULL,
  ],
  [
    'Sendmail warning: could not send for 4 hours',
    lines(
      '    **********************************************',
      '    **      THIS IS A WARNING MESSAGE ONLY      **',
      '    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **',
      '    **********************************************',
      '',
      'The original message was received at Sun, 2 Jun 2024 08:00:00 +0200',
      'from localhost [127.0.0.1]',
      '',
      '   ----- Transcript of session follows -----',
      '<bob@example.org>... Deferred: Connection timed out with mx.example.org.',
      'Warning: message still undelivered after 4 hours',
      'Will keep trying until message is 5 days old',
    ),
    DELAYED,
  ],
  [
    'qmail envelope sender domain must exist',
    lines(
      '<bob@example.org>:',
      '192.0.2.25 does not like sender address <alice@nosuch.example>.',
      'Remote host said: 553 sorry, your envelope sender domain must exist (#5.7.1)',
    ),
    SENDER_DOMAIN,
  ],
  [
    'qmail listed as best-preference MX but not local',
    lines(
      '<bob@example.org>:',
      "Sorry. Although I'm listed as a best-preference MX or A for that host,",
      "it isn't in my control/locals file, so I don't treat it as local. (#5.4.6)",
    ),
    {
      cause: ['system-error', 'mail-loop', 'relay-denied'],
      reason: ['systemerror', 'networkerror', 'norelaying'],
    },
  ],
  ['OpenSMTPD invalid recipient', '550 Invalid recipient: <bob@example.org>', USER_UNKNOWN],
  [
    'OpenSMTPD bounce body',
    lines(
      'Hi!',
      '',
      'This is the MAILER-DAEMON, please DO NOT REPLY to this email.',
      '',
      'An error has occurred while attempting to deliver a message for',
      'the following list of recipients:',
      '',
      'bob@example.org: 550 5.2.2 <bob@example.org>: Mailbox is full',
      '',
      'Below is a copy of the original message:',
    ),
    MAILBOX_FULL,
  ],
  [
    'Courier undeliverable mail',
    lines(
      'This is a delivery status notification from mail.example.com,',
      'running the Courier mail server, version 1.1.',
      '',
      '                           UNDELIVERABLE MAIL',
      '',
      'Your message to the following recipients cannot be delivered:',
      '',
      '<bob@example.org>:',
      '    mx.example.org [192.0.2.25]:',
      '>>> RCPT TO:<bob@example.org>',
      '<<< 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in local recipient table',
    ),
    USER_UNKNOWN,
  ],
  [
    'Courier SPF fail',
    '517-SPF fail: example.com: 203.0.113.7 is not allowed to send mail for this domain',
    SPF,
  ],
  ['Haraka DNSBL', '550 5.7.1 host [203.0.113.7] is blacklisted by zen.spamhaus.org', IP_BLOCK],
  [
    'Haraka cannot deliver mail for',
    '550 I cannot deliver mail for <bob@example.org>',
    { cause: ['relay-denied', 'user-unknown'], reason: ['norelaying', 'userunknown'] },
  ],
  ['Haraka SPF fail', '550 5.7.1 [SPF] 203.0.113.7 is not allowed to send mail as alice@example.com', SPF],
  ['Stalwart DMARC validation failed', '550 5.7.1 DMARC validation failed.', DMARC],
  ['MDaemon greylisting', '451 4.7.1 Greylisting is enabled. Please try again later.', GREYLIST],
  ['MDaemon DNSBL', '554 5.7.1 Message refused - 203.0.113.7 listed at zen.spamhaus.org', IP_BLOCK],
  ['MDaemon disk quota exceeded', '552 5.2.2 Mailbox disk quota exceeded', MAILBOX_FULL],
  ['Kerio mailbox does not exist', '550 5.1.1 Mailbox <bob@example.org> does not exist', USER_UNKNOWN],
  ['Kerio greylisting', '450 4.7.1 Please try again later (greylisting)', GREYLIST],
  [
    'Zimbra recipient rejected naming only the domain',
    '550 5.1.1 <bob@example.org>: Recipient address rejected: example.org',
    USER_UNKNOWN,
  ],
  [
    'Dovecot Sieve reject',
    lines(
      'Your message to <bob@example.org> was automatically rejected:',
      "I don't accept mail from this address.",
    ),
    BLOCKED_BY_RECIPIENT,
  ],
  ['sqlgrey greylisting', '450 4.7.1 Temporary failure, try again later (sqlgrey)', GREYLIST],
  ['Generic greylisted, retry in seconds', '421 4.7.0 Greylisted, please retry in 300 seconds', GREYLIST],
];

const ses = (type: string, subType: string, diagnostic?: string) =>
  JSON.stringify({
    notificationType: 'Bounce',
    bounce: {
      bounceType: type,
      bounceSubType: subType,
      bouncedRecipients: [
        {
          emailAddress: 'bob@example.org',
          action: 'failed',
          ...(diagnostic ? { status: diagnostic.split(' ')[2] ?? '', diagnosticCode: diagnostic } : {}),
        },
      ],
      timestamp: '2024-06-02T08:00:00.000Z',
      feedbackId: '0100018fd1c2a3b4-abcd',
    },
    mail: { source: 'alice@example.com', destination: ['bob@example.org'] },
  });

const mailjet = (event: string, relatedTo: string, error: string) =>
  JSON.stringify({
    event,
    time: 1717315200,
    email: 'bob@example.org',
    mj_campaign_id: 0,
    mj_contact_id: 123456,
    customcampaign: '',
    blocked: event === 'blocked',
    hard_bounce: event === 'bounce',
    error_related_to: relatedTo,
    error,
  });

const ESPS_6: RealWorldCase[] = [
  [
    'SES bounce notification: General with 5.1.1',
    ses('Permanent', 'General', 'smtp; 550 5.1.1 user unknown'),
    USER_UNKNOWN,
  ],
  ['SES bounce notification: NoEmail', ses('Permanent', 'NoEmail'), USER_UNKNOWN],
  ['SES bounce notification: MessageTooLarge', ses('Transient', 'MessageTooLarge'), TOO_BIG],
  [
    'SES bounce notification: OnAccountSuppressionList',
    ses('Permanent', 'OnAccountSuppressionList'),
    SUPPRESSED,
  ],
  ['SES bounce notification: ContentRejected', ses('Transient', 'ContentRejected'), POLICY],
  ['SES duplicate header', "554 Transaction failed: Duplicate header 'Subject'.", NOT_RFC],
  [
    'SendGrid dropped: bounced address',
    '[{"email":"bob@example.org","timestamp":1717315200,"event":"dropped","reason":"Bounced Address","sg_event_id":"ZHJvcC0x","sg_message_id":"abc.filter0001"}]',
    SUPPRESSED,
  ],
  [
    'SendGrid deferred: greylisted',
    '[{"email":"bob@example.org","timestamp":1717315200,"event":"deferred","response":"451 4.7.1 Greylisted, please try again later","attempt":"1","sg_event_id":"ZGVmLTE"}]',
    GREYLIST,
  ],
  [
    'SendGrid bounce: mailbox full',
    '[{"email":"bob@example.org","timestamp":1717315200,"event":"bounce","type":"bounce","status":"5.2.2","reason":"552 5.2.2 Mailbox full","sg_event_id":"Ym91bmNlLTE"}]',
    MAILBOX_FULL,
  ],
  [
    'Mailgun failed: Gmail account does not exist',
    '{"event-data": {"event": "failed", "severity": "permanent", "reason": "bounce", "recipient": "bob@example.org", "delivery-status": {"code": 550, "message": "5.1.1 The email account that you tried to reach does not exist.", "description": "", "attempt-no": 1}}}',
    USER_UNKNOWN,
  ],
  [
    'Mailgun failed: no MX for domain',
    '{"event-data": {"event": "failed", "severity": "permanent", "reason": "generic", "recipient": "bob@nosuchdomain.example", "delivery-status": {"code": 498, "message": "", "description": "No MX for nosuchdomain.example", "attempt-no": 1}}}',
    { cause: ['no-mx', 'domain-not-found', 'recipient-domain-typo'], reason: ['notaccept', 'hostunknown'] },
  ],
  [
    'Mailgun temporary failure: greylisted',
    '{"event-data": {"event": "failed", "severity": "temporary", "reason": "generic", "recipient": "bob@example.org", "delivery-status": {"code": 451, "message": "4.7.1 Greylisting in effect, please come back later", "attempt-no": 1}}}',
    GREYLIST,
  ],
  [
    'Postmark blocked: ISP block',
    '{"RecordType":"Bounce","Type":"Blocked","TypeCode":100000,"Name":"Blocked","Description":"The ISP has blocked this message.","Details":"smtp;554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org","Email":"bob@example.org","From":"alice@example.com"}',
    IP_BLOCK,
  ],
  [
    'Postmark soft bounce: mailbox full',
    '{"RecordType":"Bounce","Type":"SoftBounce","TypeCode":4096,"Name":"Soft bounce/Undeliverable","Description":"Unable to temporarily deliver this message.","Details":"smtp;452 4.2.2 Mailbox full","Email":"bob@example.org","From":"alice@example.com"}',
    MAILBOX_FULL,
  ],
  [
    'Brevo hard_bounce webhook',
    '{"event":"hard_bounce","email":"bob@example.org","id":123456,"date":"2024-06-02 10:00:00","message-id":"<202406020800.1@smtp-relay.mailin.fr>","reason":"550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown","tag":"","sending_ip":"185.41.28.109"}',
    USER_UNKNOWN,
  ],
  [
    'Brevo soft_bounce webhook: mailbox full',
    '{"event":"soft_bounce","email":"bob@example.org","id":123456,"date":"2024-06-02 10:00:00","message-id":"<202406020800.2@smtp-relay.mailin.fr>","reason":"452 4.2.2 Mailbox full","tag":""}',
    MAILBOX_FULL,
  ],
  [
    'Brevo blocked webhook',
    '{"event":"blocked","email":"bob@example.org","id":123456,"date":"2024-06-02 10:00:00","message-id":"<202406020800.3@smtp-relay.mailin.fr>","reason":"blocked : due to blacklist user","tag":""}',
    SUPPRESSED,
  ],
  ['Mailjet bounce: user unknown', mailjet('bounce', 'recipient', 'user unknown'), USER_UNKNOWN],
  ['Mailjet bounce: quota exceeded', mailjet('bounce', 'mailbox', 'quota exceeded'), MAILBOX_FULL],
  ['Mailjet bounce: mailbox inactive', mailjet('bounce', 'recipient', 'mailbox inactive'), DISABLED],
  ['Mailjet bounce: invalid domain', mailjet('bounce', 'domain', 'invalid domain'), DOMAIN_NOT_FOUND],
  ['Mailjet blocked: preblocked', mailjet('blocked', 'recipient', 'preblocked'), SUPPRESSED],
  ['Mailjet blocked: spam reporter', mailjet('blocked', 'recipient', 'spam reporter'), SUPPRESSED],
];

const AUTH_TRANSPORT_6: RealWorldCase[] = [
  ['RFC 7372 no acceptable DKIM signature', '550 5.7.21 No acceptable DKIM signature found', DKIM],
  ['RFC 7372 no valid author-matched DKIM', '550 5.7.22 No valid author-matched DKIM signature found', DKIM],
  ['RFC 7372 SPF validation failed', '550 5.7.23 SPF validation failed', SPF],
  ['RFC 7372 SPF validation error', '550 5.7.24 SPF validation error', SPF],
  ['RFC 7372 reverse DNS validation failed', '550 5.7.25 Reverse DNS validation failed', PTR],
  [
    'RFC 7372 multiple authentication checks failed',
    '550 5.7.26 Multiple authentication checks failed',
    AUTH_FAILED,
  ],
  [
    'RFC 7505 sender address has null MX',
    '550 5.7.27 Sender address has null MX',
    { cause: ['null-mx', 'sender-domain-invalid'], reason: ['notaccept', 'rejected'], side: 'sender' },
  ],
  ['RFC 7505 recipient address has null MX', '556 5.1.10 Recipient address has null MX', NOT_ACCEPTING],
  // Re-examined in round 18: a forwarder's matter, not the sender's. An ARC set is only written by a hop that
  // passes mail on after the author's domain signed it (a forwarder, a list, a gateway resealing), so arc=fail
  // says such a hop's seal or the chain it vouches for did not verify: the author's SPF, DKIM and DMARC records
  // are not what failed, and only the intermediary can mend its sealing (or stop altering the message).
  [
    'ARC validation failed',
    '550 5.7.1 Message rejected: ARC validation failed (arc=fail)',
    { cause: 'forwarded-auth-failed', reason: 'authfailure', side: 'recipient' },
  ],
  [
    'DMARC quarantine treated as reject',
    '550 5.7.1 Message rejected due to DMARC policy of example.com (p=quarantine; dis=reject)',
    DMARC,
  ],
  [
    'Unauthenticated mail from this domain not accepted',
    "550 5.7.1 Unauthenticated email from example.com is not accepted due to domain's DMARC policy",
    DMARC,
  ],
  [
    'SPF softfail rejected by policy',
    '550 5.7.1 Rejected: SPF softfail for example.com from 203.0.113.7 is not accepted here',
    SPF,
  ],
  ['SPF permerror too many DNS lookups', '550 5.7.24 SPF permerror: too many DNS lookups (example.com)', SPF],
  [
    'TLS handshake failed (generic log)',
    'status=deferred (lost connection with mx.example.org[192.0.2.25] while performing the TLS handshake)',
    TLS_FAILED,
  ],
  [
    'MTA-STS policy mismatch (postfix-mta-sts-resolver)',
    'status=deferred (Server certificate not verified: MTA-STS policy requires a certificate matching mx.example.org)',
    TLS_FAILED,
  ],
  [
    'policyd greylisting Policy Rejection',
    '450 4.7.1 <bob@example.org>: Recipient address rejected: Policy Rejection- Please try later.',
    GREYLIST,
  ],
  [
    'Quota exceeded, mailbox for user is full',
    '452 4.2.2 Quota exceeded (mailbox for user is full)',
    MAILBOX_FULL,
  ],
  ['Mailbox over quota (5.2.2 short)', '552 5.2.2 Quota exceeded', MAILBOX_FULL],
  ['Message exceeds maximum size', '552 5.2.3 Message exceeds maximum size', TOO_BIG],
  ['Message too big for system', '552 5.3.4 Message too big for system', TOO_BIG],
  [
    'Routing loop detected (Received headers)',
    '554 5.4.6 Routing loop detected -- too many Received: headers',
    LOOP,
  ],
  [
    'Gmail DNS error: no data',
    lines(
      'DNS Error: DNS server returned answer with no data for example.org',
      "The domain example.org doesn't have an MX or A record.",
    ),
    {
      cause: ['no-mx', 'dns-failure', 'domain-not-found'],
      reason: ['notaccept', 'networkerror', 'hostunknown'],
    },
  ],
  ['Temporary DNS failure', '451 4.4.3 Temporary DNS failure, please try again later', DNS_FAILURE],
];

// Round 6b: written after the round-6 fixes, before any further change: whole notices as admins forward
// them (headers and all), more provider wordings and the replies gateways relay inside their own text.
const email = (from: string, subject: string, body: string, contentType = 'text/plain; charset=utf-8') =>
  lines(
    `From: ${from}`,
    'To: alice@example.com',
    `Subject: ${subject}`,
    'MIME-Version: 1.0',
    `Content-Type: ${contentType}`,
    'Content-Transfer-Encoding: 8bit',
    '',
    body,
  );

const SECOND_LOOK_6: RealWorldCase[] = [
  [
    'Exchange NDR email, French subject: address not found',
    email(
      'Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.fr>',
      'Non remis : Facture juin',
      ndr(
        'Échec de remise à ces destinataires ou groupes :',
        'bob@example.fr',
        "L'adresse e-mail que vous avez entrée est introuvable. Vérifiez l'adresse e-mail du destinataire et essayez de renvoyer le message.",
        '',
        'Informations de diagnostic pour les administrateurs :',
        'Serveur de génération : PR1P264MB1234.FRAP264.PROD.OUTLOOK.COM',
        'bob@example.fr',
        "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'",
      ),
    ),
    { ...MS_NOT_FOUND, recipient: 'bob@example.fr' },
  ],
  [
    'Exchange NDR email, German subject: mailbox full',
    email(
      'Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.de>',
      'Unzustellbar: Angebot',
      ndr(
        'Fehler bei der Zustellung an diese Empfänger oder Gruppen:',
        'bob@example.de',
        'Das Postfach des Empfängers ist voll, und es können zurzeit keine Nachrichten angenommen werden.',
        '',
        'Diagnoseinformationen für Administratoren:',
        "Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'",
      ),
    ),
    MAILBOX_FULL,
  ],
  [
    'Exchange 2003-style Remote Server returned with embedded reply',
    "Remote Server returned '< #5.1.1 smtp;550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual alias table>'",
    USER_UNKNOWN,
  ],
  [
    'Exchange NDR: sender blocked by a transport rule (Remote Server returned)',
    "Remote Server returned '550 5.7.1 TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy'",
    { cause: ['policy-violation', 'content-filtered'], reason: ['policyviolation', 'filtered'] },
  ],
  [
    'Exchange NDR: recipient requires authentication (AuthRequired)',
    '550 5.7.1 RESOLVER.RST.AuthRequired; authentication required [Stage: CreateMessage]',
    // Widened after measuring: the group takes only authenticated senders, so "authenticate" (an internal
    // sender that sent anonymously) is as right as the group's restriction (Sisimai: securityerror).
    {
      cause: ['recipient-restricted', 'auth-required'],
      reason: ['rejected', 'securityerror'],
    },
  ],
  [
    'Exchange Online 5.7.750 with client blocked wording',
    '550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653',
    // (Also from-not-permitted since 2026-12-06: Microsoft's NDR table says to add and verify the From domains
    // in the tenant, which is that cause's fix; rounds 64, 67 and 86 accept it.)
    {
      cause: ['sender-account-blocked', 'sender-domain-invalid', 'from-not-permitted'],
      reason: 'rejected',
      side: 'sender',
    },
  ],
  [
    'Microsoft 5.7.705 tenant blocked for spam',
    '550 5.7.705 Access denied, tenant has exceeded threshold. For more information please go to https://aka.ms/EXOSmtpErrors',
    {
      cause: ['sender-account-blocked', 'outbound-filter'],
      reason: ['rejected', 'spamdetected'],
      side: 'sender',
    },
  ],
  [
    'Outlook.com S3140 dynamically-assigned IP ranges',
    "550 5.7.1 Unfortunately, messages from [203.0.113.7] weren't sent. Please contact your Internet service provider. You can tell them that Hotmail does not relay dynamically-assigned IP ranges. (S3140) [DM6NAM11FT012.eop-nam11.prod.protection.outlook.com]",
    { cause: ['port25-blocked', 'ip-blocklisted'], reason: 'blocked', side: 'sender' },
  ],
  [
    'Gmail rejected by the recipient domain (client copy)',
    lines(
      'Message blocked',
      'Your message to bob@example.org has been blocked. See technical details below for more information.',
      '',
      'The response from the remote server was:',
      "550 5.7.1 <bob@example.org>: Recipient address rejected: Access denied. Sender's domain is on the recipient's block list",
    ),
    BLOCKED_BY_RECIPIENT,
  ],
  [
    'Gmail relayed error from another server',
    lines(
      "Your message wasn't delivered to bob@example.org because Google tried to deliver your message, but it was rejected by the server for the recipient domain example.org by mx.example.org. [192.0.2.25].",
      '',
      'The error that the other server returned was:',
      '554 5.7.1 Service unavailable; Client host [209.85.220.41] blocked using zen.spamhaus.org',
    ),
    IP_BLOCK,
  ],
  [
    'Gmail 5.4.4 unable to route',
    lines(
      '550-5.4.4 [bob@example.org] Unable to route to domain example.org. Please fix the',
      '550 5.4.4 DNS records of the domain and try again. 4si.14 - gsmtp',
    ),
    {
      cause: ['no-mx', 'dns-failure', 'domain-not-found'],
      reason: ['notaccept', 'networkerror', 'hostunknown'],
    },
  ],
  [
    'Google Groups: not permitted to post',
    lines(
      "You don't have permission to post to this group. Please contact the group owner.",
      '',
      '550 5.7.1 permission denied: you do not have permission to post to team@example.org',
    ),
    { cause: ['recipient-restricted', 'sender-rejected'], reason: ['rejected', 'securityerror'] },
  ],
  [
    'Yahoo failure notice with 554 30 disabled',
    lines(
      'Sorry, we were unable to deliver your message to the following address.',
      '',
      '<bob@yahoo.com>:',
      'Remote host said: 554 30 Sorry, your message to bob@yahoo.com cannot be delivered. This mailbox is disabled (554.30). [RCPT_TO]',
    ),
    DISABLED,
  ],
  [
    'Yahoo failure notice: connection timed out',
    lines(
      'Sorry, we were unable to deliver your message to the following address.',
      '',
      '<bob@example.org>:',
      'Connection timed out',
    ),
    UNREACHABLE,
  ],
  [
    'iCloud bounce: CS01 in the mail body',
    lines(
      'This message was created automatically by mail delivery software.',
      '',
      'A message that you sent could not be delivered to one or more of its recipients. This is a permanent error. The following address(es) failed:',
      '',
      'bob@icloud.com',
      'host mx01.mail.icloud.com [17.57.154.6]',
      'SMTP error from remote mail server after end of data:',
      '554 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137',
    ),
    POLICY,
  ],
  [
    'GMX German NDR text: mailbox full',
    lines(
      'Diese Nachricht wurde automatisch vom Mailsystem erstellt.',
      '',
      'Ihre Nachricht konnte an folgende Empfänger nicht zugestellt werden:',
      '',
      'bob@gmx.de',
      '    452 4.2.2 Speicherplatz des Postfachs überschritten / mailbox quota exceeded',
    ),
    MAILBOX_FULL,
  ],
  [
    'Mail.ru Russian bounce: user not found',
    lines(
      'Это письмо создано автоматически сервером Mail.ru.',
      'Ваше сообщение не было доставлено следующим получателям:',
      '',
      'bob@mail.ru',
      'Причина: 550 Message was not accepted -- invalid mailbox.  Local mailbox bob@mail.ru is unavailable: user not found',
    ),
    USER_UNKNOWN,
  ],
  [
    'Yandex Russian bounce: mailbox full',
    lines(
      'Сообщение не доставлено следующим получателям:',
      '',
      'bob@yandex.ru',
      'Причина: 552 5.2.2 Mailbox size limit exceeded',
    ),
    MAILBOX_FULL,
  ],
  [
    'Orange French bounce text: invalid recipient',
    lines(
      "Votre message n'a pas pu être remis aux destinataires suivants :",
      '',
      'bob@orange.fr',
      '    550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]',
    ),
    USER_UNKNOWN,
  ],
  [
    'Italian bounce text: user unknown (Libero)',
    lines(
      'Il messaggio non è stato recapitato ai seguenti destinatari:',
      '',
      'bob@libero.it',
      '    550 5.1.1 <bob@libero.it>: Recipient address rejected: utente sconosciuto',
    ),
    USER_UNKNOWN,
  ],
  [
    'Brazilian Portuguese bounce (UOL): mailbox full',
    lines(
      'Sua mensagem não pôde ser entregue para os seguintes destinatários:',
      '',
      'bob@uol.com.br',
      '    552 5.2.2 Caixa postal do destinatário está cheia',
    ),
    MAILBOX_FULL,
  ],
  [
    'Japanese carrier bounce (au): user unknown',
    lines(
      'このメールは送信できませんでした。',
      '',
      '<bob@au.com>: 550 5.1.1 <bob@au.com>: Recipient address rejected: User unknown',
    ),
    USER_UNKNOWN,
  ],
  [
    'SoftBank MMS: user unknown in Japanese',
    '550 5.1.1 <bob@i.softbank.jp>... 宛先不明のため送信できませんでした',
    USER_UNKNOWN,
  ],
  [
    'Proofpoint Essentials: sender on a block list',
    '550 5.7.1 Message rejected: sender alice@example.com is on the recipient block list (Proofpoint Essentials)',
    BLOCKED_BY_RECIPIENT,
  ],
  [
    'Proofpoint: relayed spam rejection with pphosted',
    '554 5.7.1 Message rejected: message identified as spam by mx0a-001.pphosted.com',
    SPAM,
  ],
  [
    'Mimecast: sender IP blocked by recipient policy',
    '550 Rejected by envelope IP policy: 203.0.113.7 is blocked - https://community.mimecast.com/docs/DOC-1369#550',
    {
      cause: ['blocked-by-recipient', 'ip-blocklisted', 'connection-rejected'],
      reason: ['rejected', 'blocked'],
    },
  ],
  [
    'Barracuda rate control',
    '421 4.7.0 Rejected: too many connections from your IP (rate control), try again later',
    CONNECTIONS,
  ],
  [
    'Cisco Secure Email: sender domain reputation',
    '554 5.7.1 Your message was rejected because the sending domain has a poor reputation (SDR)',
    { cause: ['domain-reputation', 'ip-reputation'], reason: ['badreputation', 'blocked'], side: 'sender' },
  ],
  [
    'Trend Micro: attachment blocked by policy',
    '550 5.7.1 Message blocked: attachment type not allowed by the recipient policy (Trend Micro Email Security)',
    ATTACHMENT,
  ],
  [
    'Postfix bounce: host said mailbox unavailable (Exchange quota)',
    lines(
      'This is the mail system at host mail.example.com.',
      '',
      "I'm sorry to have to inform you that your message could not",
      'be delivered to one or more recipients.',
      '',
      '<bob@example.org>: host example-org.mail.protection.outlook.com[52.101.68.5]',
      '    said: 552 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException',
      '    (in reply to end of DATA command)',
    ),
    MAILBOX_FULL,
  ],
  [
    'Postfix bounce: TLS policy made delivery fail',
    lines(
      'This is the mail system at host mail.example.com.',
      '',
      '<bob@example.org>: TLS is required, but host mx.example.org[192.0.2.25] refused',
      '    to start TLS: 454 4.7.0 TLS not available due to local problem',
    ),
    TLS_REQUIRED,
  ],
  [
    'Exim log: SMTP timeout after RCPT',
    '2024-06-02 08:00:00 1sDXyz-000abc-12 == bob@example.org R=dnslookup T=remote_smtp defer (110): Connection timed out H=mx.example.org [192.0.2.25]: SMTP timeout after RCPT TO:<bob@example.org>',
    UNREACHABLE,
  ],
  [
    'Exim log: rejected after DATA, DKIM',
    '2024-06-02 08:00:00 1sDXyz-000abc-12 ** bob@example.org R=dnslookup T=remote_smtp H=mx.example.org [192.0.2.25]: SMTP error from remote mail server after end of data: 550 5.7.1 DKIM signature verification failed',
    DKIM,
  ],
  [
    'Sendmail DSN: unknown mailer error',
    lines(
      '   ----- The following addresses had permanent fatal errors -----',
      '"|/usr/local/bin/procmail -f-"',
      '    (reason: 1)',
      '    (expanded from: <bob@example.org>)',
      '',
      '   ----- Transcript of session follows -----',
      '554 5.3.0 unknown mailer error 1',
    ),
    MAILER,
  ],
  [
    'qmail-remote: recipient over quota',
    lines(
      '<bob@example.org>:',
      '192.0.2.25 failed after I sent the message.',
      'Remote host said: 552 5.2.2 Mailbox quota exceeded',
    ),
    MAILBOX_FULL,
  ],
  [
    'Courier: no such user in local delivery',
    lines(
      '<bob@example.org>:',
      '    ##########################',
      '    #  Delivery failed  #',
      '    ##########################',
      '550 User unknown.',
    ),
    USER_UNKNOWN,
  ],
  ['Stalwart: rate limit on the sender', '452 4.4.5 Rate limit exceeded, try again later.', SENDING_RATE_6],
  [
    'MDaemon: sender blacklisted',
    '552 5.7.1 Sender alice@example.com is blacklisted on this server',
    { cause: ['sender-rejected', 'blocked-by-recipient'], reason: 'rejected', side: 'sender' },
  ],
  [
    'Kerio: message size exceeds limit',
    '552 5.3.4 Message size exceeds the maximum allowed size (25 MB)',
    TOO_BIG,
  ],
  [
    'Zimbra: mailbox in maintenance',
    '451 4.2.1 Mailbox bob@example.org is in maintenance mode, try again later',
    { cause: ['server-unavailable', 'system-error', 'mailbox-disabled'], reason: ['systemerror', 'suspend'] },
  ],
  [
    'SES delivery delay event',
    '{"eventType":"DeliveryDelay","mail":{"source":"alice@example.com","destination":["bob@example.org"]},"deliveryDelay":{"delayType":"MailboxFull","expirationTime":"2024-06-03T08:00:00.000Z","delayedRecipients":[{"emailAddress":"bob@example.org","status":"4.2.2","diagnosticCode":"smtp; 452 4.2.2 Mailbox full"}],"timestamp":"2024-06-02T08:00:00.000Z"}}',
    MAILBOX_FULL,
  ],
  [
    'SendGrid blocked: DMARC',
    '[{"email":"bob@example.org","timestamp":1717315200,"event":"bounce","type":"blocked","status":"5.7.1","reason":"550 5.7.1 Unauthenticated email from example.com is not accepted due to domain\'s DMARC policy","sg_event_id":"YmxvY2stMQ"}]',
    DMARC,
  ],
  [
    'Postmark: hard bounce, domain not found',
    '{"RecordType":"Bounce","Type":"HardBounce","TypeCode":1,"Name":"Hard bounce","Description":"The server was unable to deliver your message (ex: unknown user, mailbox not found).","Details":"smtp;550 5.1.2 Host unknown: domain nosuchdomain.example does not exist","Email":"bob@nosuchdomain.example","From":"alice@example.com"}',
    DOMAIN_NOT_FOUND,
  ],
  [
    'Mailgun: delivery to a disabled mailbox',
    '{"event-data": {"event": "failed", "severity": "permanent", "reason": "bounce", "recipient": "bob@example.org", "delivery-status": {"code": 550, "message": "5.2.1 The email account that you tried to reach is disabled.", "attempt-no": 1}}}',
    DISABLED,
  ],
  [
    'DMARC reject quoted by a receiving Postfix (OpenDMARC milter)',
    'Jun  2 08:00:01 mx postfix/cleanup[4242]: 9C1D22A0: milter-reject: END-OF-MESSAGE from mail.example.com[203.0.113.7]: 5.7.1 rejected by DMARC policy for example.com; from=<alice@example.com> to=<bob@example.org> proto=ESMTP helo=<mail.example.com>',
    DMARC,
  ],
  [
    'SPF temperror deferral',
    '451 4.7.24 SPF temporary error: DNS timeout looking up example.com',
    { cause: ['spf-fail', 'dns-failure'], reason: ['authfailure', 'networkerror'] },
  ],
];

// Round 6c: written after the round-6b fixes, before any further change: common causes in more languages,
// other wordings of what rounds 6 and 6b fixed (to see whether those rules reach past their samples), and
// more sending services.
const THIRD_LOOK_6: RealWorldCase[] = [
  ['Polish user does not exist', '550 5.1.1 Użytkownik nie istnieje', USER_UNKNOWN],
  ['Polish mailbox full', '552 5.2.2 Skrzynka odbiorcy jest pełna', MAILBOX_FULL],
  ['Polish spam', '550 5.7.1 Wiadomość odrzucona jako spam', SPAM],
  ['Czech mailbox full', '552 5.2.2 Schránka příjemce je plná', MAILBOX_FULL],
  ['Dutch user unknown', '550 5.1.1 Gebruiker onbekend', USER_UNKNOWN],
  ['Dutch mailbox full', '552 5.2.2 Mailbox is vol', MAILBOX_FULL],
  ['Swedish mailbox full', '552 5.2.2 Brevlådan är full', MAILBOX_FULL],
  ['Italian mailbox full', '552 5.2.2 La casella di posta è piena', MAILBOX_FULL],
  ['Italian IP blocked', '554 5.7.1 Il tuo indirizzo IP è in una lista nera', IP_BLOCK],
  ['Italian domain does not exist', '550 5.1.2 Il dominio non esiste', DOMAIN_NOT_FOUND],
  ['Spanish domain does not exist (named)', '550 5.1.2 El dominio example.es no existe', DOMAIN_NOT_FOUND],
  ['French domain does not exist (named)', "550 5.1.2 Le domaine example.fr n'existe pas", DOMAIN_NOT_FOUND],
  [
    'German greylisting (Graylisting)',
    '451 4.7.1 Graylisting aktiv, bitte später erneut versuchen',
    GREYLIST,
  ],
  ['Spanish greylisting', '450 4.7.1 Lista gris: inténtelo de nuevo más tarde', GREYLIST],
  ['Portuguese too many connections', '421 4.7.0 Muitas conexões do seu IP, tente mais tarde', CONNECTIONS],
  ['Russian message too big', '552 5.3.4 Размер письма превышает допустимый', TOO_BIG],
  ['Russian domain not found', '550 5.1.2 Домен не существует', DOMAIN_NOT_FOUND],
  ['Japanese relay denied', '554 5.7.1 リレーは許可されていません', RELAY],
  ['Chinese user not found', '550 5.1.1 收件人不存在', USER_UNKNOWN],
  ['Chinese mailbox full', '552 5.2.2 收件人邮箱已满', MAILBOX_FULL],
  [
    'Exchange NDR Czech: address not found',
    ndr(
      'Doručení následujícím příjemcům nebo skupinám se nezdařilo:',
      'bob@example.cz',
      'E-mailová adresa, kterou jste zadali, nebyla nalezena. Zkontrolujte e-mailovou adresu příjemce a zkuste zprávu odeslat znovu.',
    ),
    USER_UNKNOWN,
  ],
  [
    'Exchange NDR Polish: mailbox full',
    ndr(
      'Nie można dostarczyć do tych adresatów lub grup:',
      'bob@example.pl',
      'Skrzynka pocztowa adresata jest pełna i nie może teraz przyjmować wiadomości.',
    ),
    MAILBOX_FULL,
  ],
  [
    'Microsoft 5.7.324 DNSSEC invalid',
    '550 5.7.324 dnssec-invalid: Destination domain returned invalid DNSSEC records',
    {
      cause: ['recipient-tls-invalid', 'tls-failed', 'dns-failure', 'security-error'],
      reason: ['securityerror', 'networkerror'],
    },
  ],
  [
    'Exchange MTA-STS: no STARTTLS (4.4.317)',
    '451 4.4.317 Cannot connect to remote server [Message=The remote server did not offer STARTTLS, which MTA-STS requires]',
    TLS_REQUIRED,
  ],
  [
    'Postfix log: certificate has expired',
    'Jun  2 08:00:01 mail postfix/smtp[4242]: 9C1D22A0: to=<bob@example.org>, relay=mx.example.org[192.0.2.25]:25, delay=0.5, dsn=4.7.5, status=deferred (Server certificate not verified: certificate has expired)',
    TLS_FAILED,
  ],
  [
    'Yahoo 4.16.55 with the new postmaster link',
    '421 4.7.0 [TSS04] Messages from 203.0.113.7 temporarily deferred - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes',
    RATE,
  ],
  [
    'Mimecast greylisting, other wording',
    '451 Greylisting in action, please come back later - https://community.mimecast.com/docs/DOC-1369#451',
    GREYLIST,
  ],
  [
    'Microsoft 365 group: only members can send',
    "550 5.7.193 UnifiedGroupAgent; Delivery failed because the sender isn't a member of the group",
    RESTRICTED,
  ],
  [
    'Mail.ru: recipient rate limit',
    '450 4.2.1 The recipient has exceeded their message rate limit (mail.ru)',
    RECIPIENT_RATE,
  ],
  [
    'SparkPost bounce event',
    '[{"msys":{"message_event":{"type":"bounce","bounce_class":"10","rcpt_to":"bob@example.org","raw_reason":"550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown","reason":"550 5.1.1 ...@... Recipient address rejected: User unknown","error_code":"550"}}}]',
    USER_UNKNOWN,
  ],
  [
    'Mandrill rejected: hard-bounce reject list',
    '[{"email":"bob@example.org","status":"rejected","reject_reason":"hard-bounce","_id":"abc123"}]',
    SUPPRESSED,
  ],
  [
    'Mandrill soft bounce: mailbox full',
    '[{"event":"soft_bounce","msg":{"email":"bob@example.org","state":"soft-bounced","bounce_description":"mailbox_full","diag":"smtp;552 5.2.2 Mailbox full"}}]',
    MAILBOX_FULL,
  ],
  [
    'Elastic Email: no such user',
    'Status: Bounced. Category: NoMailbox. Message: 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown',
    USER_UNKNOWN,
  ],
  [
    'Brevo soft_bounce: greylisted',
    '{"event":"soft_bounce","email":"bob@example.org","id":123456,"date":"2024-06-02 10:00:00","reason":"451 4.7.1 Greylisted, please try again later","tag":""}',
    GREYLIST,
  ],
  [
    'Mailjet blocked: duplicate in campaign',
    '{"event":"blocked","time":1717315200,"email":"bob@example.org","error_related_to":"recipient","error":"duplicate in campaign"}',
    { cause: ['suppressed', 'unknown'], reason: ['suppressed', 'onhold'] },
  ],
  [
    'SES bounce: AttachmentRejected',
    '{"notificationType":"Bounce","bounce":{"bounceType":"Permanent","bounceSubType":"AttachmentRejected","bouncedRecipients":[{"emailAddress":"bob@example.org"}],"timestamp":"2024-06-02T08:00:00.000Z"},"mail":{"source":"alice@example.com"}}',
    ATTACHMENT,
  ],
  [
    'Exchange 4.3.2 thread limit per mailbox',
    '432 4.3.2 STOREDRV.Deliver; recipient thread limit exceeded',
    SYSTEM,
  ],
  [
    'Sieve reject with a personal reason',
    lines(
      'Your message to <bob@example.org> was automatically rejected:',
      'This address no longer accepts mail from you.',
    ),
    BLOCKED_BY_RECIPIENT,
  ],
  [
    'Haraka: relay denied, other wording',
    '550 I cannot deliver mail for <bob@example.org> (relaying denied)',
    RELAY,
  ],
];

// Round 6d: not held out. Written with the rule they check: a user named before its domain and "does not
// exist" is the user, so the wider round-6c domain wording does not take it.
const GENERALISED_6D: RealWorldCase[] = [
  [
    'Spanish user of a domain does not exist',
    '550 5.1.1 El usuario bob del dominio example.es no existe',
    USER_UNKNOWN,
  ],
  [
    'French user of a domain does not exist',
    "550 5.1.1 L'utilisateur bob du domaine example.fr n'existe pas",
    USER_UNKNOWN,
  ],
  [
    'German user does not exist in the domain',
    '550 Der Benutzer existiert nicht in der Domain example.de',
    USER_UNKNOWN,
  ],
];

// Round 6e: written after the round-6d change, before any further one: gateways and regional providers no
// earlier round named (Hornetsecurity, SpamExperts, FortiMail, Libraesva, Proton, Seznam, WP, Naver, 163…).
const FOURTH_LOOK_6: RealWorldCase[] = [
  [
    'Hornetsecurity: rejected as spam',
    '554 5.7.1 Message rejected: spam detected by Hornetsecurity (https://www.hornetsecurity.com/)',
    SPAM,
  ],
  [
    'SpamExperts: sender IP on a local blacklist',
    '554 5.7.1 Your IP 203.0.113.7 is listed on the local blacklist of this server (SpamExperts)',
    IP_BLOCK,
  ],
  [
    'SpamExperts: recipient verification failed',
    '550 5.1.1 Recipient verification failed: <bob@example.org> (No such user)',
    USER_UNKNOWN,
  ],
  [
    'FortiMail: DNSBL',
    '550 5.7.1 Connection refused: 203.0.113.7 is listed on bl.spamcop.net (FortiMail)',
    IP_BLOCK,
  ],
  [
    'FortiMail: sender reputation',
    '451 4.7.1 Sender reputation is too low, please try again later',
    IP_REPUTATION,
  ],
  ['Libraesva: virus found', '550 5.7.0 Message contains a virus: Eicar-Test-Signature', VIRUS],
  [
    'Cloudflare Email Routing: SPF fail for forwarded mail',
    '550 5.7.26 Email failed SPF and DKIM checks; refusing to forward it (Cloudflare Email Routing)',
    AUTH_FAILED,
  ],
  [
    'Proton: recipient mailbox over storage',
    '552 5.2.2 The recipient mailbox is full: storage quota exceeded',
    MAILBOX_FULL,
  ],
  ['Tuta: recipient not found', '550 5.1.1 Recipient not found: bob@tuta.com', USER_UNKNOWN],
  ['Seznam: spam rejection', '554 5.7.1 Zpráva byla odmítnuta, protože byla vyhodnocena jako spam', SPAM],
  ['Seznam: user does not exist', '550 5.1.1 Uživatel nebyl nalezen', USER_UNKNOWN],
  ['WP.pl: mailbox full', '552 5.2.2 Skrzynka jest przepełniona', MAILBOX_FULL],
  ['Interia: user not found', '550 5.1.1 Nie znaleziono użytkownika', USER_UNKNOWN],
  ['Daum: mailbox full (Korean)', '552 5.2.2 받는 사람의 메일함 용량이 가득 찼습니다', MAILBOX_FULL],
  [
    'NetEase 163: MI:SFQ sending frequency',
    '451 MI:SFQ Sender is temporarily restricted because of too frequent sending, please try again later',
    SENDING_RATE_6,
  ],
  [
    'QQ: mailbox full',
    '552 Mailbox size exceeded: the recipient mailbox is full. https://service.mail.qq.com/detail/0/1000',
    MAILBOX_FULL,
  ],
  [
    'Rediffmail: user does not exist',
    '550 5.1.1 No such mailbox: bob@rediffmail.com does not exist',
    USER_UNKNOWN,
  ],
  [
    'Telstra BigPond: blocked by reputation',
    '554 5.7.1 Message from 203.0.113.7 rejected due to poor sender reputation',
    IP_REPUTATION,
  ],
  ['KPN: relay not permitted', '550 5.7.1 Relaying is niet toegestaan', RELAY],
  ['Ziggo: IP blocked, Dutch', '554 5.7.1 Uw IP-adres staat op een zwarte lijst', IP_BLOCK],
  [
    'Libero: account suspended (Italian)',
    '550 5.2.1 La casella di posta del destinatario è sospesa',
    DISABLED,
  ],
  [
    'Virgilio: message too large (Italian)',
    '552 5.3.4 Il messaggio supera la dimensione massima consentita',
    TOO_BIG,
  ],
  ['SFR: mailbox full', '452 4.2.2 <bob@sfr.fr>: Boite pleine / mailbox full', MAILBOX_FULL],
  ['La Poste: IP blocked', '550 5.7.1 Service refuse. Veuillez essayer plus tard. LPN007_102', IP_BLOCK],
  [
    'Comcast: too many invalid recipients',
    '421 4.7.0 Too many invalid recipients: comcast will not accept mail from 203.0.113.7 for now. RL000010',
    {
      cause: ['rate-limited', 'ip-reputation', 'too-many-connections'],
      reason: ['speeding', 'badreputation', 'toomanyconn', 'blocked'],
      side: 'sender',
    },
  ],
  [
    'Verizon (Yahoo-hosted): mailbox unavailable',
    '554 delivery error: dd Sorry, your message to bob@verizon.net cannot be delivered. This mailbox is disabled (554.30)',
    DISABLED,
  ],
  [
    'mail.com (United Internet): mailbox unavailable',
    lines(
      '550-Requested action not taken: mailbox unavailable',
      '550 invalid DNS MX or A/AAAA resource record (mxmailcom001)',
    ),
    SENDER_DOMAIN,
  ],
  [
    'Exchange on-premises: 5.3.4 message too big for the organization',
    "Remote Server returned '552 5.3.4 Requested action not taken; message size exceeds fixed maximum message size'",
    TOO_BIG,
  ],
  [
    'Postfix bounce in an Exchange NDR: greylisted',
    "Remote Server returned '450 4.7.1 <bob@example.org>: Recipient address rejected: Greylisted for 300 seconds'",
    GREYLIST,
  ],
  [
    'Gmail: rejected by recipient domain DMARC after forwarding',
    lines(
      '550-5.7.26 Unauthenticated email from example.com is not accepted due to',
      "550-5.7.26 domain's DMARC policy, but temporary DNS failures prevented",
      '550 5.7.26 evaluating DMARC policy. k5si.15 - gsmtp',
    ),
    { cause: ['dmarc-fail', 'dns-failure'], reason: ['authfailure', 'networkerror'] },
  ],
];

const ALL_6: RealWorldCase[] = [
  ...MICROSOFT_6,
  ...GOOGLE_YAHOO_6,
  ...MAILBOX_PROVIDERS_6,
  ...GATEWAYS_6,
  ...MTAS_6,
  ...ESPS_6,
  ...AUTH_TRANSPORT_6,
  ...SECOND_LOOK_6,
  ...THIRD_LOOK_6,
  ...GENERALISED_6D,
  ...FOURTH_LOOK_6,
];

/** Still wrong, with why (see `knownWrong`). */
const STILL_WRONG: Record<string, string> = {
  'Mimecast: sender IP blocked by recipient policy':
    "an 'envelope IP policy' wording not in Mimecast's documented list: read as Mimecast's policy refusal; no rule was fitted to it",
  'Gmail DNS error: no data':
    "Gmail's two DNS lines without the notice around them: 'DNS Error:' alone is not taken as a bounce (chat says it too), and NODATA has no rule of its own",
};

export const ROUND_6: RealWorldCase[] = ALL_6.map(([name, input, want]) => {
  const knownWrong = STILL_WRONG[name];
  return knownWrong ? [name, input, { ...want, knownWrong }] : [name, input, want];
});
