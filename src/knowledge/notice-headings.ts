/**
 * Wording of delivery failure and delay notices (lower case), by language: the headings and sentences a
 * mail system writes above the failed recipients. Only phrases a notice uses: "rejected" or "bounced" alone
 * is everyday chat, not evidence of a bounce.
 */
/**
 * Headings with the failed address inside the words ("Delivery to bob@example.org failed: mailbox full"):
 * patterns, lower case, each bounded.
 */
export const NOTICE_HEADING_PATTERNS: readonly RegExp[] = [
  // The colon and the reason after it make it a notice; "delivery to x failed, any idea?" is chat.
  /\bdelivery (?:to|for) <?[^\s<>@]{1,64}@[^\s<>]{1,255}?>? (?:has )?failed ?:/,
  // A gateway's or a DLP product's notice that it stopped the sender's message ("Your email to x with subject "y"
  // was blocked by …", "Your email "y" to x has been held and has not been sent", "The message you sent to x has
  // been held by …"): the verb with what follows it ("by", "and", "because") makes it a notice, not chat.
  /\b(?:your (?:e-?mail|message)|the message you sent)\b[^\n]{0,200}? (?:was|has been) (?:blocked|held|quarantined|stopped) (?:by|and|because)\b/,
];

export const NOTICE_HEADINGS: Record<string, readonly string[]> = {
  en: [
    'undeliverable',
    'undelivered mail',
    'delivery status notification',
    'delivery failure',
    'delivery failed',
    'delivery has failed',
    'delivery to the following recipient',
    'failure notice',
    'returned mail',
    'mail delivery failed',
    'mail delivery subsystem',
    'mail delivery system',
    'could not be delivered',
    "couldn't be delivered",
    'was not delivered',
    "wasn't delivered",
    'not be delivered',
    'unable to deliver',
    // An application's notice of mail it could not hand on (Jira: "Could not deliver the notification to x.").
    'could not deliver the notification to',
    'could not deliver the message to',
    "wasn't able to deliver",
    'message not delivered',
    'non-delivery',
    'nondeliverable',
    'permanent error',
    'permanent failure',
    'temporary failure',
    'delivery delayed',
    'delayed mail',
    'has not yet been delivered',
    'did not reach the following recipient',
    // Gmail's notice when no server answered ("The recipient server did not accept our requests to connect.").
    'did not accept our requests to connect',
    // Gmail's notices point to the reply below them: "Your message to x has been blocked. See technical details
    // below for more information." (a Workspace admin's rule), "… See the technical details below.".
    'see technical details below',
    'see the technical details below',
    'rejected your message',
    'message could not be delivered',
    'delivery is delayed to',
    "hasn't been delivered yet",
    // Sending services that refuse to try a suppressed address (Amazon SES, Postmark).
    'did not send the message to this address',
    'have been marked as inactive',
    // A provider's notice to its own user that the account may not send ("Your account has been temporarily
    // blocked from sending email.").
    'account has been temporarily blocked from sending',
    'account has been blocked from sending',
    // Sendmail's delay warning ("THIS IS A WARNING MESSAGE ONLY … message still undelivered after 4 hours").
    'warning message only',
    'still undelivered after',
    // Pigeonhole Sieve's reject notice, "… was automatically rejected:" and the reason on the next line (the
    // colon keeps chat such as "my mail was automatically rejected by them" out).
    'was automatically rejected:',
    // List managers' refusal notices: Mailman 3 ("was rejected by the list moderators") and 2 ("has been
    // rejected by the list moderator"), Sympa ("could not be distributed to the list"), Google Groups ("the
    // group you tried to contact … may not exist").
    'rejected by the list moderator',
    'could not be distributed to the list',
    'the group you tried to contact',
    // Mailman 2.1's refusal of a post From a domain with DMARC p=reject (dmarc_moderation_action: Reject):
    // "… and your message has been automatically rejected."
    'your message has been automatically rejected',
    // Mailman 2.1's refusal of a post by its filters ("Your message to the X mailing-list was rejected for
    // the following reasons:", wrapped where the list's name puts it), Sympa's ("You are not allowed to send this message for the following
    // reason:"), fml's report ("fml status report"), MailMarshal's blocked-message notice.
    'rejected for the following reason',
    'mailing-list was rejected',
    'not allowed to send this message',
    'fml status report',
    // fml's refusal of a post from a non-member ("You are not a member of this mailing list <x>.").
    'you are not a member of this mailing list',
    'blocked by the mailmarshal',
    // MailMarshal's notice: "MailMarshal (an automated content scanning gateway) has stopped the following message".
    'has stopped the following message',
    // Sympa's notice of a post it did not distribute (a virus found in it).
    'not been distributed to the list',
    // Lists' and groups' refusals of a post: moderators (Sympa's list editor, Exchange's moderated groups),
    // members-only lists (Sympa, ezmlm, LISTSERV, Majordomo, Yahoo Groups), a banned sender (Google Groups).
    'rejected by the list editor',
    'rejected by a moderator',
    'rejected by the moderator',
    "rejected by the group's moderator",
    'not accepted by the moderator',
    'only subscribers may post',
    'only members may post',
    'not allowed to send messages to this list',
    'not authorized to post to',
    'posts from non-members',
    'banned from this group',
    // Reply-by-email and help desks that did not take a mail in (GitHub, GitLab, Jira Service Management).
    "couldn't post your reply",
    'could not post your reply',
    'email could not be processed',
    "couldn't create a request",
    'could not create a request',
  ],
  // Sympa's "Votre message pour la liste x n'a pas été distribué".
  fr: [
    'non remis',
    'non-remise',
    'échec de la remise',
    'la remise a échoué',
    'domaine introuvable',
    "n'a pas été distribué",
  ],
  de: [
    'unzustellbar',
    'fehler bei der zustellung',
    'zustellung fehlgeschlagen',
    'nicht zugestellt',
    'domain nicht gefunden',
  ],
  es: [
    'no entregado',
    'no se pudo entregar',
    'error en la entrega',
    'no se ha encontrado la dirección',
    'entrega retrasada',
    // Gmail's "Tu mensaje no se ha entregado a …" and its domain notice; ISPs' "no pudo ser entregado".
    'no se ha entregado',
    'no se ha encontrado el dominio',
    'no pudo ser entregado',
  ],
  it: [
    'non recapitato',
    'recapito non riuscito',
    'impossibile recapitare',
    'recapito ritardato',
    'dominio non trovato',
    // Libero's "il messaggio … non è stato recapitato"; PEC's "Avviso di mancata consegna".
    'non è stato recapitato',
    'non può essere consegnato',
    'avviso di mancata consegna',
    // Round 83: "Il messaggio non è stato consegnato al destinatario".
    'non è stato consegnato',
  ],
  pt: [
    'não entregue',
    'falha na entrega',
    'a entrega falhou',
    'endereço não encontrado',
    // Gmail's "Sua mensagem não foi entregue a …"; Postfix and qmail templates translated by Brazilian hosts
    // ("Não foi possível entregar sua mensagem …").
    'não foi entregue',
    'não foi possível entregar',
    'domínio não encontrado',
    // Terra's and Microsoft 365's "Sua mensagem não pôde ser entregue".
    'não pôde ser entregue',
  ],
  nl: [
    'bezorging is mislukt',
    'onbestelbaar',
    'kan niet worden bezorgd',
    'adres niet gevonden',
    'vertraagde levering',
    'domein niet gevonden',
    // Postfix's bounce template in Dutch ("… dat uw bericht niet kon worden afgeleverd").
    'niet kon worden afgeleverd',
    'kon niet worden afgeleverd',
  ],
  ru: ['не доставлено', 'недоставлен', 'не удалось доставить', 'домен не найден'],
  ja: ['配信エラー', '配信できません', '送信できません', '配信に失敗しました', 'ドメインが見つかりません'],
  // Simplified, then traditional: "无法传递到以下收件人或组:" / "無法傳遞到下列收件者或群組:". QQ's and
  // Aliyun's notices ("您发送的邮件暂未投递成功", "发送的邮件未能成功投递"), Openfind Mail2000's (Taiwan)
  // "您寄給下列收件者的信件無法送達".
  zh: [
    '无法传递到',
    '無法傳遞到',
    '邮件无法送达',
    '郵件無法送達',
    '找不到地址',
    '邮件被退回',
    '退信原因',
    '暂未投递成功',
    '未能成功投递',
    '信件無法送達',
    '退信通知',
    '找不到域名',
    '找不到网域',
    '找不到網域',
    // NetEase's and Tencent Exmail's "您的邮件发送失败", "投递失败".
    '邮件发送失败',
    // Sina's "您的邮件未能成功发送".
    '未能成功发送',
    '投递失败',
  ],
  // Exchange's heading; Naver's "보낸 메일이 반송되었습니다", Daum's "메일 발송에 실패하였습니다", Gmail's
  // "주소를 찾을 수 없음" and "전송 미완료" (a delay).
  ko: [
    '배달하지 못했습니다',
    '반송되었습니다',
    '메일 발송에 실패',
    // Naver's "메일 발송 실패 안내", Hiworks' "메일 발송 실패".
    '메일 발송 실패',
    '주소를 찾을 수 없음',
    '전송 미완료',
    '도메인을 찾을 수 없음',
  ],
  pl: ['nie można dostarczyć', 'nie znaleziono adresu', 'nie znaleziono domeny'],
  // Gmail's "Adressen hittades inte" / "Adressen blev ikke fundet" / "Fant ikke adressen" / "Osoitetta ei
  // löytynyt", with their "… levererades inte till", "… blev ikke leveret til", "… ble ikke levert til",
  // "… ei toimitettu osoitteeseen".
  sv: [
    'det gick inte att leverera',
    'adressen hittades inte',
    'levererades inte till',
    'domänen hittades inte',
    // Round 83: a provider's "Meddelandet kunde inte levereras till …".
    'kunde inte levereras',
  ],
  da: [
    'adressen blev ikke fundet',
    'blev ikke leveret til',
    'domænet blev ikke fundet',
    'kunne ikke leveres',
  ],
  no: ['fant ikke adressen', 'ble ikke levert til', 'fant ikke domenet', 'kunne ikke leveres'],
  fi: [
    'osoitetta ei löytynyt',
    'ei toimitettu osoitteeseen',
    'verkkotunnusta ei löytynyt',
    'ei voitu toimittaa',
  ],
  // Gmail's "Adres bulunamadı" / "Alan adı bulunamadı" ("… adresine teslim edilmedi").
  tr: ['teslim edilemedi', 'teslim edilmedi', 'adres bulunamadı', 'alan adı bulunamadı'],
  // Kerio Connect's and Centrum's notices ("Tato zpráva zatím nebyla doručena", "Zprávu nebylo možné
  // doručit"), Gmail's "Adresa nebyla nalezena"; Slovak "nebola doručená".
  cs: [
    'doručení se nezdařilo',
    'nelze doručit',
    'nebyla doručena',
    'nemohla být doručena',
    'nebylo možné doručit',
    'adresa nebyla nalezena',
    'doména nebyla nalezena',
    // Round 83: "Zprávu se nepodařilo doručit".
    'nepodařilo doručit',
  ],
  sk: ['nebola doručená', 'nepodarilo sa doručiť'],
  hu: ['a cím nem található', 'nem sikerült kézbesíteni', 'domain nem található'],
  ro: ['nu a putut fi livrat', 'livrarea a eșuat', 'adresa nu a fost găsită', 'domeniul nu a fost găsit'],
  el: ['η διεύθυνση δεν βρέθηκε', 'δεν παραδόθηκε', 'τομέας δεν βρέθηκε'],
  // Ukrainian ("не доставлено" is the Russian word too), Bulgarian.
  uk: ['адресу не знайдено', 'не вдалося доставити', 'домен не знайдено'],
  bg: [
    'адресът не е намерен',
    'не бе доставено',
    'не може да бъде доставено',
    'доставката не е завършена',
    'доставката до тези получатели',
  ],
  he: [
    'הכתובת לא נמצאה',
    'לא נמסרה',
    'הדומיין לא נמצא',
    'מסירת ההודעה נכשלה',
    'לא ניתן היה למסור',
    'המסירה נכשלה',
  ],
  ar: [
    'تعذر تسليم',
    'لم يتم العثور على العنوان',
    'لم يتم تسليم رسالتك',
    'فشل التسليم',
    'لم يتم العثور على النطاق',
    'فشل تسليم',
    'تعذّر تسليم',
  ],
  fa: ['نشانی پیدا نشد', 'تحویل داده نشد'],
  vi: [
    'không thể gửi thư',
    'không tìm thấy địa chỉ',
    'chưa được gửi tới',
    'gửi thư không thành công',
    'không tìm thấy miền',
    'thư không gửi được',
    'không thể chuyển tới',
    'không gửi được tới',
  ],
  th: ['ไม่สามารถส่งข้อความ', 'ไม่พบที่อยู่', 'ไม่ได้ส่งไปยัง', 'ไม่พบโดเมน'],
  id: [
    'tidak dapat dikirim',
    'alamat tidak ditemukan',
    'tidak terkirim ke',
    'pengiriman gagal',
    'domain tidak ditemukan',
    'email tidak terkirim',
    'pesan tidak terkirim',
    'gagal dikirim',
  ],
  ms: ['penghantaran gagal', 'tidak dapat dihantar', 'mesej disekat', 'telah disekat'],
  // Round 91: the long tail's notices, as Gmail, Microsoft 365 and local providers head them: Indonesian "Email
  // tidak terkirim" / "gagal dikirim", Hindi "संदेश वितरित नहीं किया जा सका", Serbian, Croatian and Bosnian "Poruka
  // nije isporučena / dostavljena", Slovenian, Lithuanian, Latvian, Estonian, Filipino, Swahili, Catalan, Basque,
  // Galician and Icelandic ones, and the Arabic, Hebrew, Bulgarian and Vietnamese wordings earlier rounds lacked.
  hi: ['वितरित नहीं किया जा सका', 'नहीं भेजा जा सका', 'डिलीवरी विफल'],
  sh: [
    'nije isporučena',
    'nije dostavljena',
    'nije bilo moguće dostaviti',
    'isporuka nije uspjela',
    'isporuka nije uspela',
    'није испоручена',
    'није могла бити испоручена',
    'адреса није пронађена',
  ],
  sl: ['ni bilo mogoče dostaviti', 'dostava tem prejemnikom', 'pošiljanje sporočila ni uspelo'],
  lt: ['pristatyti nepavyko', 'nepavyko pristatyti'],
  lv: ['neizdevās piegādāt', 'nevarēja piegādāt', 'piegāde šiem adresātiem'],
  et: ['kohaletoimetamine ebaõnnestus', 'ei õnnestunud toimetada', 'ei saanud kohale toimetada'],
  tl: ['hindi naihatid', 'hindi nahanap ang address'],
  sw: ['haukuwasilishwa', 'haujawasilishwa', 'anwani haikupatikana'],
  ca: ["no s'ha pogut lliurar", "no s'ha lliurat", "no s'ha trobat l'adreça"],
  eu: ['ezin izan da mezua entregatu', 'ezin izan da entregatu', 'ezin izan zaio'],
  gl: ['produciuse un erro na entrega', 'non se puido entregar', 'non se entregou'],
  is: ['ekki tókst að afhenda', 'sending mistókst'],
};

/**
 * Exchange and Microsoft 365 head every NDR and delay notice with one line about "these recipients or
 * groups", in the reader's language: "Delivery has failed to these recipients or groups:", "Delivery is
 * delayed to these recipients or groups:", "Recapito non riuscito per questi destinatari o gruppi:". The
 * words count only in a heading: a line of its own that ends with a colon (chat that asks to "add these
 * recipients or groups: bob@…" goes on after the colon).
 */
export const RECIPIENT_GROUP_WORDS: readonly string[] = [
  'recipients or groups',
  'destinataires ou groupes',
  'empfänger oder gruppen',
  'destinatarios o grupos',
  'destinatari o gruppi',
  'destinatari o ai gruppi',
  'destinatários ou grupos',
  'ontvangers of groepen',
  'получателям или группам',
  '受信者またはグループ',
  '收件人或组',
  '收件者或群組',
  '받는 사람 또는 그룹',
  'adresatów lub grup',
  'mottagare eller grupper',
  'alıcılara veya gruplara',
  'příjemcům nebo skupinám',
  'címzetteknek vagy csoportoknak',
  'destinatari sau grupuri',
  'modtagere eller grupper',
  'mottakere eller grupper',
  'vastaanottajille tai ryhmille',
  'المستلمين أو المجموعات',
  'παραλήπτες ή τις ομάδες',
  'παραλήπτες ή ομάδες',
  'לנמענים או לקבוצות',
  'одержувачам або групам',
  'получатели или групи',
  'người nhận hoặc nhóm',
  'penerima atau grup',
  'penerima atau kumpulan',
  'ผู้รับหรือกลุ่ม',
  'گیرندگان یا گروه',
];

/**
 * A notice's own words that the message is still queued and will be tried again (a delay warning), lower
 * case: Sendmail's and Postfix's "warning only", Exim's "delivery attempts will continue", Gmail's and
 * Exchange's "has been delayed". Read before the final words: a warning also says when the server will give up.
 */
export const NOTICE_DELAY_WORDS: readonly string[] = [
  'warning message only',
  'this is a warning only',
  'you do not need to resend',
  'still undelivered after',
  'has not yet been delivered',
  'not yet been delivered',
  "hasn't been delivered yet",
  'could not yet be delivered',
  'delivery is delayed',
  'delivery has been delayed',
  'will be retried',
  'will retry',
  'will try again',
  'will keep trying',
  'will continue attempting',
  'will continue trying',
  'still trying to deliver',
  'not delivered yet',
  'not been delivered yet',
  'will continue to try',
  'delivery attempts will continue',
  'still being retried',
  'no action is required on your part',
  // Gmail's "There was a temporary problem delivering your message … Gmail will retry for 46 more hours", its
  // older "Message will be retried for 2 more day(s)"; Exchange's "Delivery will continue to be attempted";
  // OpenSMTPD's "this is only a temporary failure report"; queues that keep the message ("is still in the
  // queue", "will be attempted again").
  'temporary problem delivering',
  'delivery will continue to be attempted',
  'only a temporary failure report',
  'still in the mail queue',
  'still in the queue',
  'will be attempted again',
  // Exchange's and Gmail's delay notices in other languages: German ("Diese Nachricht wurde noch nicht
  // zugestellt. Es wird weiterhin versucht …", "Gmail versucht es noch 46 Stunden lang"), French ("Ce message
  // n'a pas encore été remis. La remise sera tentée à nouveau."), Spanish ("Este mensaje aún no se ha entregado.
  // Se seguirá intentando la entrega."), Japanese ("このメッセージはまだ配信されていません。配信は引き続き試行されます。").
  'noch nicht zugestellt',
  'wird weiterhin versucht',
  "n'a pas encore été remis",
  'sera tentée à nouveau',
  'aún no se ha entregado',
  'todavía no se ha entregado',
  'se seguirá intentando',
  'まだ配信されていません',
  '引き続き試行されます',
  // Exchange 2007-2016's delay DSN text, in English and German ("THIS IS A WARNING MESSAGE ONLY. … Delivery to
  // the following recipients has been delayed." / "DIES IST NUR EINE WARNUNG. SIE MÜSSEN IHRE NACHRICHT NICHT
  // ERNEUT SENDEN. Die Übermittlung an folgende Empfänger wurde verzögert.").
  'following recipients has been delayed',
  'dies ist nur eine warnung',
  'ihre nachricht nicht erneut senden',
  'an folgende empfänger wurde verzögert',
  // Round 91: Gmail's "Delivery incomplete" in Bulgarian ("Gmail ще опита отново след 44 часа"), Exchange's delay in
  // Vietnamese ("Thư này vẫn chưa được gửi … sẽ tiếp tục thử gửi"), a Swahili provider's "bado haujawasilishwa".
  'ще опита отново',
  'vẫn chưa được gửi',
  'tiếp tục thử gửi',
  'bado haujawasilishwa',
  'itaendelea kujaribu',
];

/**
 * A notice's own words that the message was given up and returned (a failure notice without DSN fields),
 * lower case: qmail's "permanent error; I've given up", Exim's "This is a permanent error", Sendmail's
 * "permanent fatal errors", Gmail's "failed permanently", Exchange's "has stopped trying", Postfix's "could
 * not be delivered to one or more recipients".
 */
export const NOTICE_FINAL_WORDS: readonly string[] = [
  'permanent error',
  'permanent fatal error',
  'failed permanently',
  'permanently failed',
  'permanent failure',
  "i've given up",
  'i have given up',
  'not going to try again',
  'has stopped trying',
  // Domino's failure report ("Your message … was not delivered to: <addr> because: …"); it sends no delay report.
  'was not delivered to:',
  'will not be retried',
  'no further delivery attempts',
  'could not be delivered to one or more recipients',
  'delivery has failed to these recipients',
  // Round 91: Exim's "This is a permanent error" as hosting providers translate its template (Vietnamese,
  // Catalan, Indonesian, Ukrainian).
  'lỗi vĩnh viễn',
  'és un error permanent',
  'kesalahan permanen',
  'постійна помилка',
  // The queue's own words that it gave up: Exchange's "QUEUE.Expired; message expired", Domino's "Delivery time
  // expired", OpenSMTPD's "Envelope expired", Exim's "retry timeout exceeded", qmail's "in the queue too long",
  // Sendmail's "Message could not be delivered for 5 days … will be deleted from queue", MDaemon's "PERMANENT
  // fatal delivery errors … removed from the mail queue".
  'queue.expired',
  'message expired',
  'delivery time expired',
  'envelope expired',
  'retry timeout exceeded',
  'in the queue too long',
  'message could not be delivered for',
  'will be deleted from queue',
  'permanent fatal delivery error',
  'removed from the mail queue',
  // The returned message's notice: Postfix's "Undelivered Mail Returned to Sender", Exim's "returning message to
  // sender", Gmail's and others' "Delivery Status Notification (Failure)", Exchange's "Undeliverable:".
  'returned to sender',
  'returning message to sender',
  // Gmail's notice once it has given up ("Message not delivered"; its delay is "Delivery incomplete").
  'message not delivered',
  'delivery status notification (failure)',
  'undeliverable',
  // A notice that says only that delivery failed, with no code ("Mail delivery failed … The recipient mailbox
  // is full."): given up, whatever the cause's usual class; a delay notice's own words are read before these.
  'mail delivery failed',
  'could not be delivered',
  // A Sieve or LDA reject (Pigeonhole, Dovecot's LDA "Your message to <x> was automatically rejected:"): refused.
  'was automatically rejected:',
];

/**
 * Words only a mail system's own generated notice carries, lower case: its template's opening (Postfix's bounce(8)
 * "This is the mail system at host", Exim's "created automatically by mail delivery software", Sendmail's "The
 * original message was received at"), or Gmail's and Pigeonhole's fixed sentence around the reason. The reason
 * such a notice gives is the server's own words, as sure as a reply code beside them; a person retelling a
 * bounce does not write these.
 */
export const GENERATED_NOTICE_WORDS: readonly string[] = [
  'this is the mail system at host',
  'this message was created automatically by mail delivery software',
  'the original message was received at',
  "your message wasn't delivered to",
  'was automatically rejected:',
];

/**
 * Headings above a list of recipients that say what happened to those recipients alone, lower case: a notice
 * may hold two lists with different outcomes (Sendmail's "----- The following addresses had permanent fatal
 * errors -----" above or below "----- The following addresses had transient non-fatal errors -----", or its
 * 4-hour warning above a fatal list). A recipient named under a heading gets the heading's outcome, whatever
 * the rest of the notice says: `failed` (given up, returned) or `delayed` (still queued and retried).
 */
export const NOTICE_SECTION_HEADINGS: readonly { text: string; action: 'failed' | 'delayed' }[] = [
  // Sendmail.
  { text: 'addresses had permanent fatal errors', action: 'failed' },
  { text: 'addresses had transient non-fatal errors', action: 'delayed' },
  // Gmail's old notices ("Delivery to the following recipient(s) failed permanently:" / "has been delayed:").
  { text: 'delivery to the following recipient failed permanently', action: 'failed' },
  { text: 'delivery to the following recipients failed permanently', action: 'failed' },
  { text: 'delivery to the following recipient has been delayed', action: 'delayed' },
  { text: 'delivery to the following recipients has been delayed', action: 'delayed' },
  { text: 'delivery to the following recipients have been delayed', action: 'delayed' },
  // Exchange and Microsoft 365.
  { text: 'delivery has failed to these recipients or groups', action: 'failed' },
  { text: 'delivery is delayed to these recipients or groups', action: 'delayed' },
  // Exim ("The following address(es) failed:" / "The address(es) to which the message has not yet been
  // delivered is/are:"), and notices that copy its wording.
  { text: 'the following address(es) failed', action: 'failed' },
  { text: 'to which the message has not yet been delivered', action: 'delayed' },
  { text: 'has not yet been delivered to the following', action: 'delayed' },
];

/**
 * Labels before the name of the server that wrote a notice (lower case): Postfix's and qmail's openings,
 * Exchange's "Generating server:" and Microsoft 365's "DSN generated by:" in the languages the NDR is sent in
 * (their colon may have a blank before it, or be full-width). What follows is the reporting MTA.
 */
export const REPORTING_SERVER_LABELS: readonly string[] = [
  'mail system at host',
  'qmail-send program at',
  'generating server:',
  'dsn generated by:',
  // German, French, Spanish, Italian, Dutch, Portuguese, Polish, Swedish, Japanese, Chinese.
  'generierender server:',
  'dsn generiert von:',
  'serveur de génération:',
  'dsn généré par:',
  'servidor de generación:',
  'dsn generado por:',
  'server di generazione:',
  'dsn generato da:',
  'server genereren:',
  'dsn gegenereerd door:',
  'servidor de geração:',
  'dsn gerado por:',
  'serwer generujący:',
  'dsn wygenerowany przez:',
  'genererande server:',
  'dsn genererad av:',
  '生成サーバー:',
  'dsn の生成元:',
  '生成服务器:',
  'dsn 生成者:',
];

/**
 * Exchange's and Microsoft 365's words before the remote server's reply in a localized NDR (lower case):
 * "Remote-Server hat '550 …' zurückgegeben", "Gemeldeter Fehler: 550 …" ("Remote Server returned" and
 * "Reported error:" in English). A marker that ends in a quote opens the reply.
 */
export const LOCALIZED_REPLY_MARKERS: readonly string[] = [
  'reported error:',
  "remote-server hat '",
  'gemeldeter fehler:',
  "le serveur distant a retourné '",
  'erreur signalée :',
  "el servidor remoto devolvió '",
  'error notificado:',
  "il server remoto ha restituito '",
  'errore segnalato:',
  "externe server heeft '",
  'gemelde fout:',
  "o servidor remoto retornou '",
  "o servidor remoto devolveu '",
  'erro relatado:',
  'erro comunicado:',
  "serwer zdalny zwrócił '",
  'zgłoszony błąd:',
  "fjärrservern returnerade '",
  'rapporterat fel:',
  "リモート サーバーから '",
  '報告されたエラー:',
  "远程服务器返回 '",
  '报告的错误:',
];

/**
 * Microsoft 365's summary label before the status in its NDR ("Status code: 550 5.1.10"), by language (lower
 * case, without the colon): a field of the notice, not the server's words, which follow "Reported error:".
 */
export const NDR_STATUS_LABELS: readonly string[] = [
  'status code',
  'statuscode',
  "code d'état",
  'código de estado',
  'codice di stato',
  'código de status',
  'kod stanu',
  'statuskod',
  '状態コード',
  '状态代码',
];

/**
 * A disposition notification (MDN) that is a refusal, not a read receipt: Sieve's `reject` answers with an MDN
 * whose disposition is "automatic-action/MDN-sent-automatically; deleted" (RFC 5429 §2.1), the same field as
 * a client's "deleted without being read", so its human-readable words tell them apart (Pigeonhole: "Your
 * message to <r> was automatically rejected:" and the script's reason).
 */
export const MDN_REFUSAL_WORDS: readonly string[] = ['was automatically rejected:'];

/**
 * A reply a queue writes for itself, not the remote server's words (lower case, after the code and status):
 * Exchange's delay notice opens its diagnostic with "Remote Server at x returned '400 4.4.7 Message delayed'"
 * and quotes the server's last replies on the dated lines under it ("12/4/2026 1:12:03 PM - Remote Server at
 * x returned '451 4.7.1 Greylisted …'"): those say why.
 */
export const QUEUE_PLACEHOLDER_REPLIES: readonly string[] = ['message delayed'];
