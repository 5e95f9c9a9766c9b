import type { RealWorldCase } from './real-world-cases.js';
import { lines, MAILBOX_FULL, MS_NOT_FOUND, SPAM, TOO_BIG, USER_UNKNOWN } from './real-world-expectations.js';

/*
 * An eighty-third held-out round: bounce notices, client errors and server replies in languages beyond English,
 * German, French, Spanish, Japanese, Russian and Chinese, as localized products word their human-readable part:
 * Microsoft 365's classic NDR in Dutch, Brazilian Portuguese, Italian, Polish, Turkish, Swedish, Czech, Danish
 * (a delay), Finnish, Norwegian, Romanian, Hungarian and Greek and its modern NDR in European Portuguese; Gmail's
 * "Address not found", "Delivery incomplete" and "Message blocked" in Portuguese, Italian, Dutch, Polish, Turkish,
 * Korean, Indonesian and Vietnamese; Roundcube (the cPanel/Plesk webmail) "SMTP Error (550): Failed to add
 * recipient" in five languages; Thunderbird's and Outlook's send errors in Italian, Polish, Dutch, Portuguese and
 * Swedish; local providers' and hosting panels' notices in Korean, Turkish, Polish, Czech, Hungarian, Romanian,
 * Ukrainian, Greek, Arabic, Hebrew, Thai, Hindi, Indonesian, Malay, Vietnamese, the Nordic languages, Italian,
 * Portuguese and Dutch, half of them with the remote reply, half saying why in their own words alone. Causes in
 * their usual proportions (unknown user, mailbox full, blocked/spam, auth/DMARC, domain not found, size,
 * expired/delayed, restriction). Written from knowledge of the products' localisations, none from the
 * development corpus or the rules, measured before any rule was changed:
 *   round 83  66 cases, 50 right as written (76 %). Case corrections of ours (2): Thunderbird's Portuguese
 *             "servidor SMTP x não foi encontrado" reworded as its localisation follows the English ("o servidor
 *             de envio (SMTP) x é desconhecido"; it gave no record either way); Outlook's Portuguese 0x800CCC0E
 *             now checks that the account in "Conta: 'x'" is no recipient (it was taken for one: seen on review,
 *             not by the test as written). The rules' 16 misses:
 *             - Roundcube's "SMTP Error (550): …" lost its code in every language, English too (6): the code
 *               stands in parentheses before a colon, which no code pattern read; with no status and a reason
 *               ("Relaying denied") the Dutch "SMTP-fout (550)" gave no record at all; once the code was read,
 *               Italian "Errore SMTP (535): Autenticazione fallita." became unknown: "authentication failed"
 *               was known only in English;
 *             - localized client framings not known (4, no record): Thunderbird's "Verzenden van bericht is
 *               mislukt" (over "… overschrijdt de globale groottelimiet") and "Falha no envio da mensagem",
 *               Outlook's "A tarefa 'x - Enviando' relatou o erro (0x800CCC0E)" and "Attività 'x - Invio in
 *               corso' - Errore segnalato (0x800CCC0F)";
 *             - notices whose only heading is the language's "could not be delivered" (6, no record): Czech
 *               "Zprávu se nepodařilo doručit", Swedish "kunde inte levereras", Danish and Norwegian "kunne ikke
 *               leveres", Finnish "Viestiä ei voitu toimittaa", Italian "non è stato consegnato" (with its
 *               expiry "tempo massimo di consegna scaduto").
 *   fixed     in code, one pattern (smtp-reply.ts): a code in parentheses after "SMTP" and the webmail's word
 *             for error, before a colon ("SMTP Error (550):", "Erro SMTP (535):", "SMTP Hatası (550):"). As
 *             data: Roundcube's framing in ten languages, Thunderbird's and Outlook's localized framings, their
 *             meanings (Outlook's 0x800CCC0E/0F words, Thunderbird's unknown outgoing server) and Outlook's
 *             localized account label ("Conta: '", "Konto: '") as client-error data (client-errors.ts); the
 *             Czech, Swedish, Danish, Norwegian, Finnish and Italian "could not be delivered" headings
 *             (notice-headings.ts); "authentication failed" in thirteen languages and Italian "tempo massimo
 *             di consegna" as an expiry (reply-phrases-languages.ts). 66 of 66; whole suite green; corpus
 *             366/383, reply codes 261/274, unchanged.
 *   then      a second batch of 15 (SECOND_BATCH_83: Microsoft 365 in Ukrainian, Korean (5.7.606 banned IP),
 *             Vietnamese (DBEB 5.4.1), European Portuguese (Outlook.com's 5.7.509 DMARC) and Arabic; Gmail in
 *             Czech, Greek, Swedish (domain not found), Hindi and Indonesian ("Pesan diblokir", Barracuda);
 *             Roundcube in Ukrainian and Hungarian; Thunderbird's Dutch login failure; Outlook's Dutch
 *             0x800CCC0F; Naver's "메일함이 가득 찼습니다"), written after the fixes and measured before any
 *             change: 13 of 15 right as written. The misses: Gmail's Indonesian "Pesan Anda ke x telah diblokir"
 *             lost its recipient (the lead knew "pesan ke", not "Pesan Anda ke"); Thunderbird's "Aanmelden bij
 *             server x met gebruikersnaam y is mislukt" read as unknown, its account taken for the recipient.
 *             Fixed as data: "pesan anda ke" as a recipient lead (scan-text.ts), Thunderbird's login failure in
 *             Dutch and Polish and its "with username" in four languages (client-errors.ts). 15 of 15.
 */

const FINAL = { permanent: true } as const;
const TEMPORARY = { permanent: false } as const;
const UNKNOWN = { ...USER_UNKNOWN, ...FINAL } as const;
const FULL = { ...MAILBOX_FULL } as const;
const DOMAIN = {
  cause: ['domain-not-found', 'recipient-domain-typo', 'no-mx'],
  reason: 'hostunknown',
  ...FINAL,
} as const;
const DELAYED = {
  cause: ['delivery-delayed', 'recipient-server-unreachable', 'server-unavailable', 'connection-refused'],
  reason: ['expired', 'onhold', 'networkerror', 'systemerror'],
  ...TEMPORARY,
} as const;
const EXPIRED_FINAL = {
  cause: ['delivery-expired', 'recipient-server-unreachable', 'delivery-delayed'],
  reason: ['expired', 'networkerror'],
  permanent: true,
} as const;
const BLOCKED_IP = {
  cause: ['ip-blocklisted', 'ip-reputation'],
  reason: ['blocked', 'badreputation'],
  side: 'sender',
} as const;
const DMARC = {
  cause: ['dmarc-fail', 'auth-failed', 'spf-fail', 'dkim-fail'],
  reason: 'authfailure',
  side: 'sender',
} as const;
const RESTRICTED = {
  cause: ['recipient-restricted', 'blocked-by-recipient', 'outside-domain-not-allowed'],
  reason: ['rejected', 'securityerror'],
} as const;
const AUTH = { cause: ['auth-required', 'auth-failed'], reason: 'securityerror', side: 'sender' } as const;
const SUBMISSION = {
  cause: ['submission-unreachable', 'connection-refused', 'recipient-server-unreachable'],
  reason: ['networkerror', 'blocked'],
  side: 'sender',
} as const;

// Microsoft 365 / Exchange Online NDRs as a localized mailbox shows them (the classic "Delivery has failed" body).
const M365: RealWorldCase[] = [
  [
    'Microsoft 365 Dutch: address not found, RecipientNotFound',
    lines(
      'Bezorging is mislukt voor deze ontvangers of groepen:',
      '',
      'jan.devries@example.org (jan.devries@example.org)',
      'Het e-mailadres dat u hebt ingevoerd, is niet gevonden. Controleer het e-mailadres van de ontvanger en probeer het bericht opnieuw te verzenden. Neem contact op met de helpdesk als het probleem zich blijft voordoen.',
      '',
      'Diagnostische gegevens voor beheerders:',
      '',
      'Genererende server: AM0PR04MB1234.eurprd04.prod.outlook.com',
      '',
      'jan.devries@example.org',
      "Externe server heeft '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup' geretourneerd",
    ),
    { ...MS_NOT_FOUND, ...FINAL, recipient: 'jan.devries@example.org', status: '5.1.10', confidence: 'high' },
  ],
  [
    'Microsoft 365 Portuguese (BR): address not found',
    lines(
      'Falha na entrega para estes destinatários ou grupos:',
      '',
      'joao.silva@example.com.br',
      'O endereço de email digitado não foi encontrado. Verifique o endereço de email do destinatário e tente reenviar a mensagem. Se o problema persistir, contate o suporte técnico.',
      '',
      'Informações de diagnóstico para administradores:',
      '',
      'Servidor de geração: CP2PR80MB4321.lamprd80.prod.outlook.com',
      '',
      'joao.silva@example.com.br',
      "O Servidor Remoto retornou '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'",
    ),
    {
      ...MS_NOT_FOUND,
      ...FINAL,
      recipient: 'joao.silva@example.com.br',
      status: '5.1.1',
      confidence: 'high',
    },
  ],
  [
    'Microsoft 365 Italian: mailbox full',
    lines(
      'Recapito non riuscito per questi destinatari o gruppi:',
      '',
      'giulia.rossi@example.it',
      'La cassetta postale del destinatario è piena e non può accettare messaggi in questo momento. Riprova a inviare il messaggio più tardi oppure contatta direttamente il destinatario.',
      '',
      'Informazioni di diagnostica per gli amministratori:',
      '',
      'Server di generazione: DB8PR09MB5555.eurprd09.prod.outlook.com',
      '',
      'giulia.rossi@example.it',
      "Il server remoto ha restituito '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'",
    ),
    { ...FULL, recipient: 'giulia.rossi@example.it', status: '5.2.2', confidence: 'high' },
  ],
  [
    'Microsoft 365 Polish: address not found',
    lines(
      'Dostarczenie do tych adresatów lub grup nie powiodło się:',
      '',
      'anna.kowalska@example.pl',
      'Nie znaleziono wprowadzonego adresu e-mail. Sprawdź adres e-mail adresata i spróbuj ponownie wysłać wiadomość. Jeśli problem będzie nadal występować, skontaktuj się z pomocą techniczną.',
      '',
      'Informacje diagnostyczne dla administratorów:',
      '',
      'Serwer generujący: VI1PR07MB2222.eurprd07.prod.outlook.com',
      '',
      'anna.kowalska@example.pl',
      "Serwer zdalny zwrócił '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'",
    ),
    { ...MS_NOT_FOUND, ...FINAL, recipient: 'anna.kowalska@example.pl', confidence: 'high' },
  ],
  [
    'Microsoft 365 Turkish: address not found',
    lines(
      'Şu alıcılara veya gruplara teslim başarısız oldu:',
      '',
      'mehmet.yilmaz@example.com.tr',
      'Girdiğiniz e-posta adresi bulunamadı. Lütfen alıcının e-posta adresini kontrol edip iletiyi yeniden göndermeyi deneyin. Sorun devam ederse yardım masanıza başvurun.',
      '',
      'Yöneticiler için tanılama bilgileri:',
      '',
      'mehmet.yilmaz@example.com.tr',
      "Uzak Sunucu '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup' döndürdü",
    ),
    { ...MS_NOT_FOUND, ...FINAL, recipient: 'mehmet.yilmaz@example.com.tr', confidence: 'high' },
  ],
  [
    'Microsoft 365 Swedish: blocked by Spamhaus at the recipient',
    lines(
      'Leveransen misslyckades till följande mottagare eller grupper:',
      '',
      'erik.lindqvist@example.se',
      'Ditt meddelande nådde inte mottagaren. Den mottagande e-postservern avvisade meddelandet.',
      '',
      'Diagnostikinformation för administratörer:',
      '',
      'erik.lindqvist@example.se',
      'mx.example.se',
      "Fjärrservern returnerade '550 5.7.1 Service unavailable; Client host [203.0.113.45] blocked using zen.spamhaus.org'",
    ),
    { ...BLOCKED_IP, ...FINAL, recipient: 'erik.lindqvist@example.se', status: '5.7.1' },
  ],
  [
    'Microsoft 365 Czech: restricted group',
    lines(
      'Doručení těmto příjemcům nebo skupinám se nezdařilo:',
      '',
      'vedeni@example.cz',
      'Vaše zpráva nebyla doručena, protože nemáte oprávnění odesílat zprávy této skupině.',
      '',
      'Diagnostické informace pro správce:',
      '',
      'vedeni@example.cz',
      "Vzdálený server vrátil '550 5.7.1 RESOLVER.RST.AuthRequired; authentication required'",
    ),
    { ...RESTRICTED, ...FINAL, recipient: 'vedeni@example.cz', status: '5.7.1' },
  ],
  [
    'Microsoft 365 Danish: delay notice',
    lines(
      'Leveringen er forsinket til disse modtagere eller grupper:',
      '',
      'lars.nielsen@example.dk',
      '',
      'Emne: Tilbud 2026',
      '',
      'Denne meddelelse er endnu ikke blevet leveret. Der forsøges fortsat at levere den.',
      '',
      'Serveren vil fortsætte med at forsøge at levere meddelelsen i 1 dag, 19 timer og 58 minutter. Du får besked, hvis meddelelsen ikke kan leveres i dette tidsrum.',
      '',
      'Diagnosticeringsoplysninger til administratorer:',
      '',
      'Der er opstået en fejl på serveren. Den seneste fejl var \'451 4.4.0 Primary target IP address responded with: "421 4.4.2 Connection dropped due to timeout." Attempted failover to alternate host, but that did not succeed.\'',
    ),
    { ...DELAYED, recipient: 'lars.nielsen@example.dk' },
  ],
  [
    'Microsoft 365 Finnish: message too large',
    lines(
      'Toimitus epäonnistui näille vastaanottajille tai ryhmille:',
      '',
      'mikko.virtanen@example.fi',
      'Viesti on liian suuri. Pienennä viestin kokoa ja lähetä se uudelleen.',
      '',
      'Diagnostiikkatiedot järjestelmänvalvojille:',
      '',
      'mikko.virtanen@example.fi',
      "Etäpalvelin palautti '552 5.3.4 Message size exceeds fixed maximum message size'",
    ),
    { ...TOO_BIG, ...FINAL, recipient: 'mikko.virtanen@example.fi', status: '5.3.4', confidence: 'high' },
  ],
  [
    'Microsoft 365 Norwegian: domain not found',
    lines(
      'Leveringen mislyktes for disse mottakerne eller gruppene:',
      '',
      'kari.nordmann@exampel.no',
      'Domenet i e-postadressen du skrev inn, finnes ikke. Kontroller at adressen er riktig, og prøv igjen.',
      '',
      'Diagnostikkinformasjon for administratorer:',
      '',
      'kari.nordmann@exampel.no',
      "Ekstern server returnerte '550 5.4.310 DNS domain exampel.no does not exist [Message=InfoDomainNonexistent]'",
    ),
    { ...DOMAIN, recipient: 'kari.nordmann@exampel.no', status: '5.4.310' },
  ],
  [
    'Microsoft 365 modern NDR, Portuguese (PT): not found at the domain',
    lines(
      'Não foi possível entregar a sua mensagem para rui.costa@example.pt.',
      'rui.costa não foi encontrado em example.pt.',
      '',
      'Ação Necessária',
      'Destinatário',
      'Endereço desconhecido',
      '',
      'Informações de diagnóstico para administradores',
      'Erro: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient rui.costa@example.pt not found by SMTP address lookup',
    ),
    { ...MS_NOT_FOUND, ...FINAL, recipient: 'rui.costa@example.pt', status: '5.1.10', confidence: 'high' },
  ],
  [
    'Microsoft 365 Romanian: DMARC reject at Gmail',
    lines(
      'Livrarea a eșuat pentru acești destinatari sau grupuri:',
      '',
      'andrei.popescu@gmail.com',
      'Serverul de e-mail al destinatarului a respins mesajul.',
      '',
      'Informații de diagnosticare pentru administratori:',
      '',
      'andrei.popescu@gmail.com',
      'mx.google.com',
      "Serverul la distanță a returnat '550-5.7.26 Unauthenticated email from example.ro is not accepted due to domain's DMARC policy. Please contact the administrator of example.ro domain if this was a legitimate mail. 550 5.7.26 https://support.google.com/mail/?p=DmarcRejection a1si123 - gsmtp'",
    ),
    { ...DMARC, ...FINAL, recipient: 'andrei.popescu@gmail.com', status: '5.7.26' },
  ],
  [
    'Microsoft 365 Hungarian: unknown recipient',
    lines(
      'A kézbesítés a következő címzetteknek vagy csoportoknak nem sikerült:',
      '',
      'nagy.peter@example.hu',
      'A megadott e-mail-cím nem található. Ellenőrizze a címzett e-mail-címét, és próbálja meg újra elküldeni az üzenetet.',
      '',
      'nagy.peter@example.hu',
      "A távoli kiszolgáló a következőt adta vissza: '550 5.1.1 <nagy.peter@example.hu>: Recipient address rejected: User unknown in virtual mailbox table'",
    ),
    { ...UNKNOWN, recipient: 'nagy.peter@example.hu', status: '5.1.1', confidence: 'high' },
  ],
  [
    'Microsoft 365 Greek: mailbox full',
    lines(
      'Η παράδοση απέτυχε για αυτούς τους παραλήπτες ή τις ομάδες:',
      '',
      'nikos.papadopoulos@example.gr',
      'Το γραμματοκιβώτιο του παραλήπτη είναι πλήρες και δεν μπορεί να δεχτεί μηνύματα αυτήν τη στιγμή.',
      '',
      'nikos.papadopoulos@example.gr',
      "Ο απομακρυσμένος διακομιστής επέστρεψε '552 5.2.2 <nikos.papadopoulos@example.gr>: mailbox is full'",
    ),
    { ...FULL, recipient: 'nikos.papadopoulos@example.gr', status: '5.2.2', confidence: 'high' },
  ],
];

// Gmail's own notices, in the sending user's language, with the remote reply quoted.
const GMAIL: RealWorldCase[] = [
  [
    'Gmail Portuguese (BR): address not found',
    lines(
      'Endereço não encontrado',
      'Sua mensagem não foi entregue a maria.souza@example.com.br porque o endereço não foi encontrado ou não pode receber e-mails.',
      '',
      'A resposta do servidor remoto foi:',
      '550 5.1.1 <maria.souza@example.com.br>: Recipient address rejected: User unknown in virtual mailbox table',
    ),
    { ...UNKNOWN, recipient: 'maria.souza@example.com.br', replyCode: 550, confidence: 'high' },
  ],
  [
    'Gmail Italian: address not found',
    lines(
      'Indirizzo non trovato',
      "Il tuo messaggio non è stato consegnato a luca.bianchi@example.it perché l'indirizzo non è stato trovato o non è in grado di ricevere email.",
      '',
      'La risposta del server remoto è stata:',
      '550 5.1.1 <luca.bianchi@example.it>: Recipient address rejected: User unknown in local recipient table',
    ),
    { ...UNKNOWN, recipient: 'luca.bianchi@example.it', confidence: 'high' },
  ],
  [
    'Gmail Dutch: address not found',
    lines(
      'Adres niet gevonden',
      'Je bericht is niet bezorgd bij pieter@example.nl omdat het adres niet is gevonden of geen e-mail kan ontvangen.',
      '',
      'Het antwoord van de externe server was:',
      '550 5.1.1 pieter@example.nl: recipient does not exist here',
    ),
    { ...UNKNOWN, recipient: 'pieter@example.nl', confidence: 'high' },
  ],
  [
    'Gmail Polish: address not found',
    lines(
      'Nie znaleziono adresu',
      'Twoja wiadomość nie została dostarczona do tomasz.nowak@example.pl, ponieważ nie znaleziono adresu lub nie może on odbierać poczty.',
      '',
      'Odpowiedź serwera zdalnego:',
      '550 5.1.1 <tomasz.nowak@example.pl>: Recipient address rejected: User unknown',
    ),
    { ...UNKNOWN, recipient: 'tomasz.nowak@example.pl', confidence: 'high' },
  ],
  [
    'Gmail Turkish: address not found',
    lines(
      'Adres bulunamadı',
      'İletiniz ayse.demir@example.com.tr adresine teslim edilemedi. Adres bulunamadı veya adres posta alamıyor.',
      '',
      'Uzak sunucunun yanıtı:',
      '550 5.1.1 <ayse.demir@example.com.tr>: Recipient address rejected: User unknown in virtual mailbox table',
    ),
    { ...UNKNOWN, recipient: 'ayse.demir@example.com.tr', confidence: 'high' },
  ],
  [
    'Gmail Korean: address not found',
    lines(
      '주소를 찾을 수 없음',
      '주소를 찾을 수 없거나 주소에서 메일을 받을 수 없으므로 minji.kim@example.co.kr(으)로 메일이 전송되지 않았습니다.',
      '',
      '원격 서버 응답:',
      '550 5.1.1 <minji.kim@example.co.kr>: Recipient address rejected: User unknown in virtual mailbox table',
    ),
    { ...UNKNOWN, recipient: 'minji.kim@example.co.kr', confidence: 'high' },
  ],
  [
    'Gmail Indonesian: address not found',
    lines(
      'Alamat tidak ditemukan',
      'Pesan Anda tidak terkirim ke budi.santoso@example.co.id karena alamat tidak ditemukan, atau tidak dapat menerima email.',
      '',
      'Respons dari server jarak jauh adalah:',
      '550 5.1.1 <budi.santoso@example.co.id>: Recipient address rejected: User unknown in virtual mailbox table',
    ),
    { ...UNKNOWN, recipient: 'budi.santoso@example.co.id', confidence: 'high' },
  ],
  [
    'Gmail Vietnamese: address not found',
    lines(
      'Không tìm thấy địa chỉ',
      'Thư của bạn chưa được gửi tới nguyen.van.an@example.vn vì không tìm thấy địa chỉ hoặc địa chỉ không thể nhận thư.',
      '',
      'Phản hồi từ máy chủ từ xa là:',
      '550 5.1.1 <nguyen.van.an@example.vn>: Recipient address rejected: User unknown',
    ),
    { ...UNKNOWN, recipient: 'nguyen.van.an@example.vn', confidence: 'high' },
  ],
  [
    'Gmail Portuguese (BR): domain not found, no reply',
    lines(
      'Endereço não encontrado',
      'Sua mensagem não foi entregue a carlos@exemplo-loja.com.br porque o domínio exemplo-loja.com.br não foi encontrado. Verifique se há erros de digitação ou espaços desnecessários e tente novamente.',
      '',
      'A resposta foi:',
      "DNS Error: DNS type 'mx' lookup of exemplo-loja.com.br responded with code NXDOMAIN Domain name not found: exemplo-loja.com.br",
    ),
    { ...DOMAIN, recipient: 'carlos@exemplo-loja.com.br' },
  ],
  [
    'Gmail Italian: delivery incomplete (delay)',
    lines(
      'Consegna incompleta',
      'Si è verificato un problema temporaneo durante la consegna del messaggio a francesca@example.it. Gmail riproverà per altre 44 ore. Riceverai una notifica se la consegna non va a buon fine in modo definitivo.',
      '',
      'La risposta del server remoto è stata:',
      'The recipient server did not accept our requests to connect. [mx.example.it 198.51.100.20: timed out]',
    ),
    { ...DELAYED, recipient: 'francesca@example.it' },
  ],
  [
    'Gmail Portuguese (BR): message blocked',
    lines(
      'Mensagem bloqueada',
      'Sua mensagem para contato@example.com.br foi bloqueada. Consulte os detalhes técnicos abaixo para mais informações.',
      '',
      'A resposta do servidor remoto foi:',
      '550 5.7.1 Message rejected as spam by Content Filtering.',
    ),
    { ...SPAM, ...FINAL, recipient: 'contato@example.com.br', status: '5.7.1' },
  ],
  [
    'Gmail Dutch: mailbox full at the remote',
    lines(
      'Adres niet gevonden',
      'Je bericht is niet bezorgd bij sanne@example.nl omdat het adres niet is gevonden of geen e-mail kan ontvangen.',
      '',
      'Het antwoord van de externe server was:',
      '552 5.2.2 <sanne@example.nl>: Mailbox full',
    ),
    { ...FULL, recipient: 'sanne@example.nl', replyCode: 552 },
  ],
];

// Webmail (Roundcube on cPanel/Plesk/DirectAdmin), Thunderbird and Outlook in other languages.
const CLIENTS: RealWorldCase[] = [
  [
    'Roundcube Portuguese (BR): failed to add recipient',
    'Erro SMTP (550): Falha ao adicionar o destinatário "paulo@example.com.br" (5.1.1 <paulo@example.com.br>: Recipient address rejected: User unknown in virtual mailbox table).',
    { ...UNKNOWN, recipient: 'paulo@example.com.br', replyCode: 550 },
  ],
  [
    'Roundcube Dutch: failed to add recipient, relay denied',
    'SMTP-fout (550): Toevoegen van ontvanger "klant@example.net" mislukt (Relaying denied).',
    {
      cause: ['relay-denied', 'relay-not-authorised', 'auth-required'],
      reason: ['norelaying', 'securityerror'],
      recipient: 'klant@example.net',
      replyCode: 550,
    },
  ],
  [
    'Roundcube Italian: authentication failed',
    'Errore SMTP (535): Autenticazione fallita.',
    { ...AUTH, replyCode: 535 },
  ],
  [
    'Roundcube Polish: failed to add recipient, mailbox full',
    'Błąd SMTP (552): Nie udało się dodać odbiorcy "ewa@example.pl" (5.2.2 <ewa@example.pl>: Mailbox quota exceeded).',
    { ...FULL, recipient: 'ewa@example.pl', replyCode: 552 },
  ],
  [
    'Roundcube Turkish: failed to set sender (SPF)',
    'SMTP Hatası (550): Gönderen "satis@example.com.tr" ayarlanamadı (5.7.1 Sender address rejected: SPF check failed).',
    {
      cause: ['spf-fail', 'auth-failed', 'sender-rejected', 'from-not-permitted'],
      reason: ['authfailure', 'rejected', 'securityerror'],
      side: 'sender',
      replyCode: 550,
    },
  ],
  [
    'Roundcube Czech: failed to add recipient',
    'Chyba SMTP (550): Nepodařilo se přidat příjemce "petr.novak@example.cz" (5.1.1 <petr.novak@example.cz>: Recipient address rejected: User unknown in local recipient table).',
    { ...UNKNOWN, recipient: 'petr.novak@example.cz', replyCode: 550 },
  ],
  [
    'Thunderbird Italian: the mail server responded, unknown user',
    lines(
      'Invio del messaggio non riuscito.',
      "Si è verificato un errore durante l'invio della posta. Il server di posta ha risposto:",
      '550 5.1.1 <marco@example.it>: Recipient address rejected: User unknown in virtual mailbox table.',
      'Controllare il destinatario del messaggio e riprovare.',
    ),
    { ...UNKNOWN, recipient: 'marco@example.it', replyCode: 550 },
  ],
  [
    'Thunderbird Polish: the mail server responded, spam',
    lines(
      'Wysyłanie wiadomości nie powiodło się.',
      'Wystąpił błąd podczas wysyłania poczty. Serwer pocztowy odpowiedział:',
      '554 5.7.1 Message rejected: spam content detected.',
      'Sprawdź wiadomość i spróbuj ponownie.',
    ),
    {
      cause: ['spam-filtered', 'content-filtered', 'outbound-filter'],
      reason: ['spamdetected', 'filtered'],
      side: 'sender',
      replyCode: 554,
    },
  ],
  [
    'Thunderbird Dutch: size over the server limit',
    lines(
      'Verzenden van bericht is mislukt.',
      'De grootte van het bericht dat u probeert te verzenden overschrijdt de globale groottelimiet (26214400 bytes) van de server. Het bericht is niet verzonden; verklein de berichtgrootte en probeer het opnieuw.',
    ),
    { ...TOO_BIG },
  ],
  [
    'Thunderbird Portuguese (BR): outgoing server unknown',
    lines(
      'Falha no envio da mensagem.',
      'A mensagem não pôde ser enviada porque o servidor de envio (SMTP) smtp.example.com.br é desconhecido. O servidor pode estar configurado incorretamente. Verifique se as configurações do servidor de envio (SMTP) estão corretas e tente novamente.',
    ),
    {
      cause: ['submission-unreachable', 'dns-failure'],
      reason: ['networkerror', 'hostunknown'],
      side: 'sender',
    },
  ],
  [
    'Thunderbird Swedish: the mail server responded, authentication required',
    lines(
      'Det gick inte att skicka meddelandet.',
      'Ett fel uppstod när e-post skickades. E-postservern svarade:',
      '530 5.7.0 Authentication required.',
      'Kontrollera meddelandet och försök igen.',
    ),
    { ...AUTH, replyCode: 530 },
  ],
  [
    'Outlook Portuguese (BR): send/receive error 0x800CCC0E',
    "A tarefa 'smtp.example.com.br - Enviando' relatou o erro (0x800CCC0E): 'Falha na conexão com o servidor. Conta: 'contato@example.com.br', Servidor: 'smtp.example.com.br', Protocolo: SMTP, Porta: 587, Segura (SSL): Não, Erro de Soquete: 10061, Número do erro: 0x800CCC0E'",
    { ...SUBMISSION, recipient: null },
  ],
  [
    'Outlook Italian: 0x800CCC0F connection interrupted',
    "Attività 'smtp.example.it - Invio in corso' - Errore segnalato (0x800CCC0F): 'La connessione al server è stata interrotta. Se il problema persiste, contattare l'amministratore del server o il provider di servizi Internet (ISP).'",
    {
      cause: ['submission-unreachable', 'connection-refused', 'tls-failed'],
      reason: ['networkerror', 'blocked'],
      side: 'sender',
    },
  ],
];

// Local providers' and hosting panels' notices in their own language (often with the reply, sometimes without).
const LOCAL: RealWorldCase[] = [
  [
    'Naver (Korean): recipient does not exist',
    lines(
      '메일이 정상적으로 발송되지 않았습니다.',
      '받는 사람: seoyeon@example.co.kr',
      '실패 사유: 받는 사람의 메일 주소가 존재하지 않습니다.',
      '550 5.1.1 <seoyeon@example.co.kr>: Recipient address rejected: User unknown',
    ),
    { ...UNKNOWN, recipient: 'seoyeon@example.co.kr', replyCode: 550 },
  ],
  [
    'Korean notice alone: mailbox capacity exceeded',
    lines(
      '메일 발송 실패 안내',
      '받는 사람: jihoon@example.co.kr',
      '실패 사유: 받는 사람의 메일함 용량이 초과되었습니다.',
    ),
    { ...FULL, recipient: 'jihoon@example.co.kr' },
  ],
  [
    'Turkish hosting notice: mailbox full',
    lines(
      'İleti teslim edilemedi.',
      'Alıcı: emre@example.com.tr',
      'Sebep: Alıcının posta kutusu dolu.',
      '452 4.2.2 <emre@example.com.tr>: Mailbox is full',
    ),
    { ...FULL, recipient: 'emre@example.com.tr', replyCode: 452 },
  ],
  [
    'Polish provider notice: recipient does not exist',
    lines(
      'Wiadomość nie została dostarczona.',
      'Adresat: kasia@example.pl',
      'Powód: Adresat nie istnieje.',
      '550 5.1.1 <kasia@example.pl>: Recipient address rejected: User unknown',
    ),
    { ...UNKNOWN, recipient: 'kasia@example.pl', replyCode: 550 },
  ],
  [
    'Czech notice: recipient mailbox full, no reply',
    lines('Zprávu se nepodařilo doručit.', 'Příjemce: jana@example.cz', 'Důvod: Schránka příjemce je plná.'),
    { ...FULL, recipient: 'jana@example.cz' },
  ],
  [
    'Hungarian notice: unknown recipient, no reply',
    lines(
      'Az üzenetet nem sikerült kézbesíteni a következő címzettnek:',
      'kovacs.anna@example.hu',
      'Ok: Ismeretlen címzett.',
    ),
    { ...UNKNOWN, recipient: 'kovacs.anna@example.hu' },
  ],
  [
    'Romanian notice: mailbox full',
    lines(
      'Mesajul nu a putut fi livrat către următorul destinatar:',
      'ioana@example.ro',
      'Motiv: Căsuța poștală a destinatarului este plină.',
      '552 5.2.2 Mailbox full',
    ),
    { ...FULL, recipient: 'ioana@example.ro' },
  ],
  [
    'Ukrainian notice: recipient not found',
    lines(
      'Повідомлення не доставлено.',
      'Одержувач: oksana@example.com.ua',
      'Причина: адресата не існує.',
      '550 5.1.1 <oksana@example.com.ua>: Recipient address rejected: User unknown in virtual mailbox table',
    ),
    { ...UNKNOWN, recipient: 'oksana@example.com.ua', replyCode: 550 },
  ],
  [
    'Ukrainian notice alone: mailbox full',
    lines(
      'Повідомлення не доставлено адресату taras@example.com.ua.',
      'Поштова скринька одержувача переповнена.',
    ),
    { ...FULL, recipient: 'taras@example.com.ua' },
  ],
  [
    'Greek notice: recipient not found',
    lines(
      'Το μήνυμα δεν ήταν δυνατό να παραδοθεί στον παραλήπτη:',
      'maria@example.gr',
      'Ο παραλήπτης δεν βρέθηκε.',
      '550 5.1.1 <maria@example.gr>: Recipient address rejected: User unknown in local recipient table',
    ),
    { ...UNKNOWN, recipient: 'maria@example.gr', replyCode: 550 },
  ],
  [
    'Arabic notice: mailbox full',
    lines(
      'تعذر تسليم الرسالة إلى المستلم التالي:',
      'ahmed@example.com.sa',
      'صندوق بريد المستلم ممتلئ.',
      '552 5.2.2 <ahmed@example.com.sa>: Mailbox full',
    ),
    { ...FULL, recipient: 'ahmed@example.com.sa', replyCode: 552 },
  ],
  [
    'Arabic notice alone: address does not exist',
    lines('تعذر تسليم الرسالة إلى omar@example.ae', 'عنوان البريد الإلكتروني غير موجود.'),
    { ...UNKNOWN, recipient: 'omar@example.ae' },
  ],
  [
    'Hebrew notice: recipient not found',
    lines(
      'ההודעה לא נמסרה לנמען הבא:',
      'dana@example.co.il',
      'כתובת הדואר האלקטרוני לא נמצאה.',
      '550 5.1.1 <dana@example.co.il>: Recipient address rejected: User unknown',
    ),
    { ...UNKNOWN, recipient: 'dana@example.co.il', replyCode: 550 },
  ],
  [
    'Hebrew notice alone: mailbox full',
    lines('ההודעה לא נמסרה אל yossi@example.co.il', 'תיבת הדואר של הנמען מלאה.'),
    { ...FULL, recipient: 'yossi@example.co.il' },
  ],
  [
    'Thai notice: recipient address not found',
    lines(
      'ไม่สามารถส่งข้อความถึงผู้รับต่อไปนี้ได้:',
      'somchai@example.co.th',
      'ไม่พบที่อยู่อีเมลของผู้รับ',
      '550 5.1.1 <somchai@example.co.th>: Recipient address rejected: User unknown',
    ),
    { ...UNKNOWN, recipient: 'somchai@example.co.th', replyCode: 550 },
  ],
  [
    'Thai notice alone: mailbox full',
    lines('ไม่สามารถส่งข้อความถึง malee@example.co.th ได้', 'กล่องจดหมายของผู้รับเต็ม'),
    { ...FULL, recipient: 'malee@example.co.th' },
  ],
  [
    'Hindi notice: mailbox full',
    lines(
      'संदेश वितरित नहीं किया जा सका:',
      'rahul@example.in',
      'प्राप्तकर्ता का मेलबॉक्स भरा हुआ है।',
      '552 5.2.2 <rahul@example.in>: Mailbox full',
    ),
    { ...FULL, recipient: 'rahul@example.in', replyCode: 552 },
  ],
  [
    'Indonesian hosting notice alone: mailbox full',
    lines('Pesan tidak dapat dikirim ke dewi@example.co.id.', 'Kotak surat penerima penuh.'),
    { ...FULL, recipient: 'dewi@example.co.id' },
  ],
  [
    'Malay notice alone: recipient mailbox full',
    lines('Mesej tidak dapat dihantar kepada aisyah@example.com.my.', 'Peti mel penerima penuh.'),
    { ...FULL, recipient: 'aisyah@example.com.my' },
  ],
  [
    'Vietnamese notice alone: mailbox full',
    lines('Không thể gửi thư tới hoa.tran@example.vn.', 'Hộp thư của người nhận đã đầy.'),
    { ...FULL, recipient: 'hoa.tran@example.vn' },
  ],
  [
    'Swedish notice alone: unknown recipient',
    lines('Meddelandet kunde inte levereras till anders@example.se.', 'Okänd mottagare.'),
    { ...UNKNOWN, recipient: 'anders@example.se' },
  ],
  [
    'Danish notice alone: recipient mailbox full',
    lines('Meddelelsen kunne ikke leveres til mette@example.dk.', 'Modtagerens postkasse er fuld.'),
    { ...FULL, recipient: 'mette@example.dk' },
  ],
  [
    'Norwegian notice alone: unknown recipient',
    lines('Meldingen kunne ikke leveres til ole@example.no.', 'Ukjent mottaker.'),
    { ...UNKNOWN, recipient: 'ole@example.no' },
  ],
  [
    'Finnish notice alone: recipient mailbox full',
    lines(
      'Viestiä ei voitu toimittaa vastaanottajalle liisa@example.fi.',
      'Vastaanottajan postilaatikko on täynnä.',
    ),
    { ...FULL, recipient: 'liisa@example.fi' },
  ],
  [
    'Italian provider notice: message expired after retries',
    lines(
      'Il messaggio non è stato consegnato al destinatario:',
      'sara@example.it',
      'Motivo: tempo massimo di consegna scaduto. Il server del destinatario non ha risposto per 5 giorni.',
    ),
    { ...EXPIRED_FINAL, recipient: 'sara@example.it' },
  ],
  [
    'Portuguese (PT) notice: blocked as spam, with reply',
    lines(
      'A mensagem não pôde ser entregue a ana@example.pt.',
      'Motivo: a mensagem foi rejeitada como spam pelo servidor do destinatário.',
      '550 5.7.1 Message rejected as spam',
    ),
    { ...SPAM, ...FINAL, recipient: 'ana@example.pt' },
  ],
  [
    'Dutch provider notice: sender IP on a blocklist',
    lines(
      'Uw bericht kon niet worden afgeleverd bij bram@example.nl.',
      'De ontvangende server heeft het bericht geweigerd omdat het IP-adres van de verzender op een zwarte lijst staat.',
      '554 5.7.1 Service unavailable; Client host [198.51.100.77] blocked using bl.spamcop.net',
    ),
    { ...BLOCKED_IP, ...FINAL, recipient: 'bram@example.nl' },
  ],
];

export const ROUND_83: RealWorldCase[] = [...M365, ...GMAIL, ...CLIENTS, ...LOCAL];

// Written after the fixes, measured before any further change.
export const SECOND_BATCH_83: RealWorldCase[] = [
  [
    'R83b Microsoft 365 Ukrainian: mailbox full',
    lines(
      'Не вдалося доставити повідомлення цим одержувачам або групам:',
      '',
      'olena@example.com.ua',
      'Поштова скринька одержувача заповнена, і зараз вона не може приймати повідомлення.',
      '',
      'olena@example.com.ua',
      "Віддалений сервер повернув '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'",
    ),
    { ...FULL, recipient: 'olena@example.com.ua', status: '5.2.2', confidence: 'high' },
  ],
  [
    'R83b Microsoft 365 Korean: banned sending IP',
    lines(
      '다음 받는 사람 또는 그룹에 배달하지 못했습니다.',
      '',
      'hyejin@example.co.kr',
      '',
      'hyejin@example.co.kr',
      "원격 서버에서 '550 5.7.606 Access denied, banned sending IP [203.0.113.9]. To request removal from this list please visit https://sender.office.com/ and follow the directions.' 반환",
    ),
    { ...BLOCKED_IP, ...FINAL, recipient: 'hyejin@example.co.kr', status: '5.7.606' },
  ],
  [
    'R83b Microsoft 365 Vietnamese: directory-based edge blocking',
    lines(
      'Không gửi được tới những người nhận hoặc nhóm này:',
      '',
      'thanh@example.vn',
      '',
      'thanh@example.vn',
      "Máy chủ từ xa đã trả về '550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [SG2APC01FT012.eop-APC01.prod.protection.outlook.com]'",
    ),
    { ...MS_NOT_FOUND, ...FINAL, recipient: 'thanh@example.vn', status: '5.4.1' },
  ],
  [
    'R83b Microsoft 365 Portuguese (PT): DMARC reject at Outlook.com',
    lines(
      'A entrega falhou para estes destinatários ou grupos:',
      '',
      'ines@outlook.pt',
      '',
      'ines@outlook.pt',
      "O servidor remoto devolveu '550 5.7.509 Access denied, sending domain example.pt does not pass DMARC verification and has a DMARC policy of reject.'",
    ),
    { ...DMARC, ...FINAL, recipient: 'ines@outlook.pt', status: '5.7.509' },
  ],
  [
    'R83b Microsoft 365 Arabic: unknown user at the remote',
    lines(
      'فشل التسليم إلى هؤلاء المستلمين أو المجموعات:',
      '',
      'khaled@example.com.eg',
      '',
      'khaled@example.com.eg',
      "الخادم البعيد أرجع '550 5.1.1 <khaled@example.com.eg>: Recipient address rejected: User unknown in virtual mailbox table'",
    ),
    { ...UNKNOWN, recipient: 'khaled@example.com.eg', status: '5.1.1', confidence: 'high' },
  ],
  [
    'R83b Gmail Czech: address not found',
    lines(
      'Adresa nebyla nalezena',
      'Vaše zpráva nebyla doručena na adresu pavel@example.cz, protože adresa nebyla nalezena nebo nemůže přijímat poštu.',
      '',
      'Odpověď ze vzdáleného serveru:',
      '550 5.1.1 <pavel@example.cz>: Recipient address rejected: User unknown in virtual mailbox table',
    ),
    { ...UNKNOWN, recipient: 'pavel@example.cz', confidence: 'high' },
  ],
  [
    'R83b Gmail Greek: address not found',
    lines(
      'Η διεύθυνση δεν βρέθηκε',
      'Το μήνυμά σας δεν παραδόθηκε στη διεύθυνση eleni@example.gr, επειδή η διεύθυνση δεν βρέθηκε ή δεν μπορεί να λάβει μηνύματα.',
      '',
      'Η απάντηση από τον απομακρυσμένο διακομιστή ήταν:',
      '550 5.1.1 <eleni@example.gr>: Recipient address rejected: User unknown in local recipient table',
    ),
    { ...UNKNOWN, recipient: 'eleni@example.gr', confidence: 'high' },
  ],
  [
    'R83b Gmail Swedish: domain not found',
    lines(
      'Adressen hittades inte',
      'Meddelandet levererades inte till lisa@exampel.se eftersom domänen exampel.se inte hittades. Kontrollera om det finns stavfel eller onödiga mellanslag och försök igen.',
    ),
    { ...DOMAIN, recipient: 'lisa@exampel.se' },
  ],
  [
    'R83b Gmail Hindi: address not found',
    lines(
      'पता नहीं मिला',
      'आपका संदेश vikram@example.in पर डिलीवर नहीं किया गया क्योंकि पता नहीं मिला या वह ईमेल प्राप्त नहीं कर सकता.',
      '',
      '550 5.1.1 <vikram@example.in>: Recipient address rejected: User unknown in virtual mailbox table',
    ),
    { ...UNKNOWN, recipient: 'vikram@example.in', confidence: 'high' },
  ],
  [
    'R83b Gmail Indonesian: message blocked, Barracuda',
    lines(
      'Pesan diblokir',
      'Pesan Anda ke rina@example.co.id telah diblokir. Lihat detail teknis di bawah untuk informasi selengkapnya.',
      '',
      'Respons dari server jarak jauh adalah:',
      '550 5.7.1 Service unavailable; Client host [203.0.113.9] blocked using b.barracudacentral.org',
    ),
    { ...BLOCKED_IP, ...FINAL, recipient: 'rina@example.co.id' },
  ],
  [
    'R83b Roundcube Ukrainian: failed to add recipient',
    'Помилка SMTP (550): Не вдалося додати одержувача "ivan@example.com.ua" (5.1.1 <ivan@example.com.ua>: Recipient address rejected: User unknown in local recipient table).',
    { ...UNKNOWN, recipient: 'ivan@example.com.ua', replyCode: 550 },
  ],
  [
    'R83b Roundcube Hungarian: authentication failed',
    'SMTP hiba (535): Hitelesítés sikertelen.',
    { ...AUTH, replyCode: 535 },
  ],
  [
    'R83b Thunderbird Dutch: login to the server failed',
    lines(
      'Verzenden van bericht is mislukt.',
      'Aanmelden bij server smtp.example.nl met gebruikersnaam jan@example.nl is mislukt.',
    ),
    { ...AUTH, recipient: null },
  ],
  [
    'R83b Outlook Dutch: 0x800CCC0F, the connection was broken',
    "Taak 'smtp.example.nl - Verzenden' heeft fout (0x800CCC0F) gerapporteerd: 'De verbinding met de server is verbroken. Neem contact op met de serverbeheerder of internetprovider (ISP) als het probleem zich blijft voordoen.'",
    {
      cause: ['submission-unreachable', 'connection-refused', 'tls-failed'],
      reason: ['networkerror', 'blocked'],
      side: 'sender',
      recipient: null,
    },
  ],
  [
    'R83b Naver Korean notice alone: mailbox is full',
    lines(
      '메일 발송 실패 안내',
      '받는 사람: sujin@example.co.kr',
      '실패 사유: 받는 사람의 메일함이 가득 찼습니다.',
    ),
    { ...FULL, recipient: 'sujin@example.co.kr' },
  ],
];
