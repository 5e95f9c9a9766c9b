import type { RealWorldCase } from './real-world-cases.js';
import {
  AUTH_REQUIRED,
  DISABLED,
  lines,
  MAILBOX_FULL,
  RELAY,
  SPAM,
  TOO_BIG,
  USER_UNKNOWN,
} from './real-world-expectations.js';

/*
 * Round 16L, held out: non-English replies in wordings the language tables do not hold. Short replies with a
 * code that does not decide (550, 552, 554 without an enhanced status, or a vague x.0.0 / x.7.0) and notice
 * sentences, in 22 languages, for the common failures: no such user, mailbox full or over quota, mailbox
 * disabled, domain not found, message too large, spam, sender blocked, relay denied, authentication required,
 * temporary failure. Some are written as servers really type them: Turkish in capitals ("ALICI BULUNAMADI":
 * lower-cased it loses its dotless ı), Persian typed on an Arabic keyboard (ي and ك for ی and ک), Arabic
 * with ه for ة, Romanian with the older cedilla ş/ţ, Greek capitals without accents, Vietnamese in decomposed
 * form (NFD), Russian with ё. Written from knowledge of the servers' wordings, none from the development
 * corpus, each wording grepped against the case files and tables first, measured before any rule was changed:
 *   round 16L  71 cases (more than the ~50 planned: 3-4 per language), 1 right as written (1 %): Spanish
 *              'correo no deseado' only. The 70 wrong: every one read as unknown (the words in no table), the
 *              four 'authentication required' under 5.7.0 as security-error by the vague status alone.
 *   fixed      all 70 by restructuring the language knowledge: src/knowledge/reply-words-languages.ts holds, per
 *              language (22), subject words (mailbox/account/user, recipient/address, quota/storage, message,
 *              size, domain, sender, relay, authentication) and predicate words (missing, full, exceeded,
 *              disabled, too large, denied, required), and which subject with which predicate makes which cause;
 *              a pair matches within 40 code units of one sentence, in either order (match-phrases.ts, a second
 *              literal set scanned only when no earlier rule matched). Letter variants are folded in the reply
 *              and the tables alike (foldLetters: Turkish ı, Greek accents and ς, ё, Romanian ş/ș, Hebrew
 *              points, Arabic/Persian ي/ی/ى ك/ک ة/ه and alef forms, full-width forms, NFC). Spam and
 *              temporary-failure words by language as general words. 71 of 71 right; corpus 365/383, no
 *              record changed. These cases were written before the fix but the words were chosen with them in
 *              view: the second batch below is the fairer figure.
 *   then       a second batch of 19 (SECOND_BATCH_16L) in still other words (deleted, no longer in use, not
 *              recognised, used up, run out of space, stopped service, "there is no mailbox"), written after
 *              the fix and measured before any change: 8 of 19 right as written (42 %), against 1 of 71 before
 *              the restructuring. The 11 wrong, all read as unknown: their predicate words in no list
 *              (supprimé, erschöpft, no hay, niet meer in gebruik, не обнаружен, kullanılmıyor, 停止服务,
 *              空き容量がありません, hết dung lượng, אינו מוכר, εξαντληθεί).
 *   fixed      all 11 by words, each added in every language, not only the one that missed it: 'deleted', 'no
 *              longer in use', 'not recognised' and 'there is none' as missing; 'exhausted / used up / out of
 *              space' as full (before "there is no": "No hay espacio en el buzón" is full); compound subjects a
 *              word start cannot find ("e-mailadres", "E-Mail-Adresse", "Empfängerpostfach"). 90 of 90 right;
 *              corpus 365/383, no record changed.
 *   then       a third batch of 15 (THIRD_BATCH_16L: "no mailbox is set up", "not registered", "suspicious
 *              content", "on the black list", "unavailable", "log in first", Hungarian's split verb "le van
 *              tiltva"…), written after those fixes and measured before any change: 7 of 15 right as written
 *              (47 %). The 8 wrong: 7 read as unknown, the Arabic "log in first" under 5.7.0 as security-error.
 *   fixed      all 8 by words in every language: "not registered" as missing, German "kein" (after "kein
 *              Speicherplatz" as full), "unavailable" as disabled in Chinese, Japanese and Korean, "log in" as
 *              an authentication subject and Arabic "must" as required, "suspicious" as a spam word, a black
 *              list said of a sender (a new predicate, paired with the sender only), Hungarian's split verbs,
 *              Italian "account". 105 of 105 right; corpus 365/383, no record changed. Nothing stays wrong.
 *   figures    as written: 1 of 71 (before the words), then 8 of 19 and 7 of 15 (after): about half of a new
 *              wording is already read; the misses are vocabulary (a predicate word the lists lack), not form.
 */

const DOMAIN_NOT_FOUND = {
  cause: ['domain-not-found', 'recipient-domain-typo'],
  reason: 'hostunknown',
} as const;
// The recipient's side refuses this sender: its own list, not a DNSBL.
const SENDER_BLOCKED = {
  cause: ['sender-rejected', 'blocked-by-recipient'],
  reason: 'rejected',
} as const;
// "Temporary error, try again later" and nothing more: the receiving side is not taking mail for now.
const TEMPORARY = {
  cause: ['server-unavailable', 'system-error', 'delivery-delayed', 'greylisted'],
  reason: ['systemerror', 'expired', 'onhold', 'blocked'],
  permanent: false,
} as const;

const WESTERN_16L: RealWorldCase[] = [
  [
    'French: mailbox not found (introuvable)',
    '550 <claire@exemple.fr>: Boîte aux lettres introuvable',
    { ...USER_UNKNOWN, recipient: 'claire@exemple.fr' },
  ],
  [
    "French: the mailbox's storage is saturated",
    "552 <claire@exemple.fr>: L'espace de stockage de la boîte est saturé",
    MAILBOX_FULL,
  ],
  [
    'French: the message size goes over the allowed limit',
    '552 <claire@exemple.fr>: La taille du message dépasse la limite autorisée',
    TOO_BIG,
  ],
  ['French: authentication required', '530 5.7.0 Authentification requise', AUTH_REQUIRED],
  ['German: mailbox not present', '550 <jonas@beispiel.de>: Postfach nicht vorhanden', USER_UNKNOWN],
  [
    "German: the recipient's mailbox is locked",
    '550 <jonas@beispiel.de>: Das Postfach des Empfängers ist gesperrt',
    DISABLED,
  ],
  [
    'German: the message goes over the maximum size',
    '552 <jonas@beispiel.de>: Die Nachricht überschreitet die maximale Größe',
    TOO_BIG,
  ],
  ['German: relay access denied', '554 <jonas@beispiel.de>: Relay-Zugriff verweigert', RELAY],
  ['Spanish: recipient not found', '550 <lucia@ejemplo.es>: Destinatario no encontrado', USER_UNKNOWN],
  [
    'Spanish: the user went over their storage quota',
    '552 <lucia@ejemplo.es>: El usuario ha superado su cuota de almacenamiento',
    MAILBOX_FULL,
  ],
  [
    'Spanish: rejected as unwanted mail',
    '550 <lucia@ejemplo.es>: Mensaje rechazado por considerarse correo no deseado',
    SPAM,
  ],
  ['Spanish: authentication required', '530 5.7.0 Se requiere autenticación', AUTH_REQUIRED],
  [
    'Italian: recipient does not exist (inesistente)',
    '550 <marco@esempio.it>: Destinatario inesistente',
    USER_UNKNOWN,
  ],
  [
    "Italian: the mailbox's space is used up",
    '552 <marco@esempio.it>: Spazio della casella esaurito',
    MAILBOX_FULL,
  ],
  ['Italian: domain does not exist', '550 <marco@esempio.it>: Dominio inesistente', DOMAIN_NOT_FOUND],
  [
    'Italian: temporary error, try later',
    '451 <marco@esempio.it>: Errore temporaneo, riprovare più tardi',
    TEMPORARY,
  ],
  [
    "Brazilian Portuguese: the recipient's mailbox is packed (lotada)",
    '552 <joao@exemplo.com.br>: A caixa postal do destinatário está lotada',
    MAILBOX_FULL,
  ],
  [
    'Brazilian Portuguese: mailbox deactivated',
    '550 <joao@exemplo.com.br>: Caixa postal desativada',
    DISABLED,
  ],
  [
    'Brazilian Portuguese: classified as junk mail (lixo eletrônico)',
    '550 <joao@exemplo.com.br>: Mensagem rejeitada, classificada como lixo eletrônico',
    SPAM,
  ],
  ['Dutch: user does not exist', '550 <sanne@voorbeeld.nl>: Gebruiker bestaat niet', USER_UNKNOWN],
  [
    "Dutch: the recipient's mailbox is full (zit vol)",
    '552 <sanne@voorbeeld.nl>: De mailbox van de ontvanger zit vol',
    MAILBOX_FULL,
  ],
  ['Dutch: sender blocked', '550 <sanne@voorbeeld.nl>: Afzender geblokkeerd', SENDER_BLOCKED],
  ['Polish: unknown recipient', '550 <anna@przyklad.pl>: Nieznany odbiorca', USER_UNKNOWN],
  [
    "Polish: the mailbox's space limit exceeded (predicate first)",
    '552 <anna@przyklad.pl>: Przekroczony limit miejsca w skrzynce',
    MAILBOX_FULL,
  ],
  ['Polish: relaying forbidden', '554 <anna@przyklad.pl>: Przekazywanie poczty zabronione', RELAY],
  ['Swedish: the user is unknown', '550 <erik@exempel.se>: Användaren är okänd', USER_UNKNOWN],
  [
    'Swedish: classified as junk mail (skräppost)',
    '550 <erik@exempel.se>: Meddelandet klassades som skräppost',
    SPAM,
  ],
  ['Hungarian: the mailbox is not found', '550 <gabor@pelda.hu>: A postafiók nem található', USER_UNKNOWN],
  ["Hungarian: the message's size is too big", '552 <gabor@pelda.hu>: Az üzenet mérete túl nagy', TOO_BIG],
  [
    "Romanian: the recipient's mailbox is deactivated",
    '550 <dan@exemplu.ro>: Căsuța poștală a destinatarului este dezactivată',
    DISABLED,
  ],
  [
    "Romanian with cedilla letters: the mailbox's quota was exceeded",
    '552 <dan@exemplu.ro>: Cota căsuţei poştale a fost depăşită',
    MAILBOX_FULL,
  ],
];

const EASTERN_16L: RealWorldCase[] = [
  ['Russian: mailbox not found', '550 <ivan@primer.ru>: Почтовый ящик не найден', USER_UNKNOWN],
  ['Russian (with ё): mailbox switched off', '550 <ivan@primer.ru>: Почтовый ящик отключён', DISABLED],
  ['Russian: the letter is too big', '552 <ivan@primer.ru>: Письмо слишком большое', TOO_BIG],
  ['Russian: authentication required', '530 5.7.0 Требуется аутентификация', AUTH_REQUIRED],
  ['Ukrainian: mailbox not found', '550 <taras@pryklad.com.ua>: Поштову скриньку не знайдено', USER_UNKNOWN],
  [
    'Ukrainian: the mailbox is filled up',
    '552 <taras@pryklad.com.ua>: Поштова скринька заповнена',
    MAILBOX_FULL,
  ],
  ['Czech: unknown user', '550 <petr@priklad.cz>: Neznámý uživatel', USER_UNKNOWN],
  [
    "Czech: the recipient's mailbox is overfull",
    '552 <petr@priklad.cz>: Schránka příjemce je přeplněná',
    MAILBOX_FULL,
  ],
  ['Czech: forwarding not allowed', '554 <petr@priklad.cz>: Přeposílání není povoleno', RELAY],
  ['Turkish in capitals: recipient not found', '550 <ayse@ornek.com.tr>: ALICI BULUNAMADI', USER_UNKNOWN],
  [
    'Turkish in capitals: the user account is suspended',
    '550 <ayse@ornek.com.tr>: KULLANICI HESABI ASKIYA ALINMIŞ',
    DISABLED,
  ],
  [
    "Turkish: domain not found (Microsoft's 'etki alanı')",
    '550 <ayse@ornek.com.tr>: Etki alanı bulunamadı',
    DOMAIN_NOT_FOUND,
  ],
  [
    "Turkish: the mailbox's capacity filled up",
    '552 <ayse@ornek.com.tr>: Posta kutusu kapasitesi doldu',
    MAILBOX_FULL,
  ],
  ['Greek in capitals: unknown recipient', '550 <eleni@paradeigma.gr>: ΑΓΝΩΣΤΟΣ ΠΑΡΑΛΗΠΤΗΣ', USER_UNKNOWN],
  [
    'Greek: the account has been deactivated',
    '550 <eleni@paradeigma.gr>: Ο λογαριασμός έχει απενεργοποιηθεί',
    DISABLED,
  ],
  ['Greek: the message is too big', '552 <eleni@paradeigma.gr>: Το μήνυμα είναι πολύ μεγάλο', TOO_BIG],
  [
    "Hebrew: the recipient's mailbox does not exist",
    '550 <noa@example.co.il>: תיבת הדואר של הנמען אינה קיימת',
    USER_UNKNOWN,
  ],
  ['Hebrew: the message is too big', '552 <noa@example.co.il>: ההודעה גדולה מדי', TOO_BIG],
  ['Arabic: unknown user', '550 <omar@example.com.eg>: المستخدم غير معروف', USER_UNKNOWN],
  [
    'Arabic with ه for ة: the message size is too big',
    '552 <omar@example.com.eg>: حجم الرساله كبير جدا',
    TOO_BIG,
  ],
  ['Arabic: the sender is banned', '550 <omar@example.com.eg>: المرسل محظور', SENDER_BLOCKED],
  [
    "Persian typed with Arabic ي: the recipient's mailbox is full",
    '552 <reza@example.ir>: صندوق پستي گيرنده پر است',
    MAILBOX_FULL,
  ],
  [
    'Persian typed with Arabic ك and ي: the user was not found',
    '550 <reza@example.ir>: كاربر مورد نظر يافت نشد',
    USER_UNKNOWN,
  ],
  [
    'Persian: the user account has been deactivated',
    '550 <reza@example.ir>: حساب کاربری غیرفعال شده است',
    DISABLED,
  ],
];

const ASIAN_16L: RealWorldCase[] = [
  ['Chinese: invalid mailbox address', '550 <wang@example.cn>: 邮箱地址无效', USER_UNKNOWN],
  [
    "QQ Mail notice in Chinese: the recipient mailbox's capacity went over the limit",
    lines(
      '此邮件是由系统自动发出的，请不要直接回复。',
      '',
      '很抱歉您发送的邮件被退回，以下是该邮件的相关信息：',
      '',
      '被退回的邮件：',
      '收件人：sun.li@example.cn',
      '主题：报价单',
      '',
      '退信原因：',
      '收件人邮箱容量超出限制，无法接收新邮件。',
    ),
    { ...MAILBOX_FULL, recipient: 'sun.li@example.cn' },
  ],
  [
    'Chinese (traditional): this user cannot be found',
    '550 <chen@example.com.tw>: 找不到此使用者',
    USER_UNKNOWN,
  ],
  [
    'Chinese (traditional): the mail is over the size limit',
    '552 <chen@example.com.tw>: 郵件超過大小限制',
    TOO_BIG,
  ],
  ['Chinese: please authenticate first', '530 请先进行身份验证', AUTH_REQUIRED],
  [
    'Japanese: the recipient cannot be found',
    '550 <taro@example.co.jp>: 受信者が見つかりません',
    USER_UNKNOWN,
  ],
  [
    'Japanese: the message size is over the upper limit',
    '552 <taro@example.co.jp>: メッセージサイズが上限を超えています',
    TOO_BIG,
  ],
  [
    'Japanese: this account is stopped',
    '550 <taro@example.co.jp>: このアカウントは停止されています',
    DISABLED,
  ],
  [
    'Japanese: a temporary error, send again after a while',
    '451 一時的なエラーです。しばらくしてから再送してください',
    TEMPORARY,
  ],
  [
    "Korean: the recipient's mailbox capacity is exceeded (사서함)",
    '552 <minsu@example.co.kr>: 받는 사람의 사서함 용량이 초과되었습니다',
    MAILBOX_FULL,
  ],
  [
    'Korean: the recipient cannot be found',
    '550 <minsu@example.co.kr>: 수신자를 찾을 수 없습니다',
    USER_UNKNOWN,
  ],
  [
    'Korean: the domain does not exist',
    '550 <minsu@example.co.kr>: 도메인이 존재하지 않습니다',
    DOMAIN_NOT_FOUND,
  ],
  ['Korean: authentication is required', '530 5.7.0 인증이 필요합니다', AUTH_REQUIRED],
  [
    'Vietnamese in decomposed form (NFD): the mailbox has been disabled',
    `550 <hoa@example.vn>: ${'Hộp thư đã bị vô hiệu hóa'.normalize('NFD')}`,
    DISABLED,
  ],
  [
    'Vietnamese: the recipient cannot be found',
    '550 <hoa@example.vn>: Không tìm thấy người nhận',
    USER_UNKNOWN,
  ],
  ['Vietnamese: the message is too large', '552 <hoa@example.vn>: Thư quá lớn', TOO_BIG],
];

// Written after the fixes above, in still other words, and measured before any change.
const DELETED = {
  cause: ['user-unknown', 'mailbox-disabled', 'mailbox-inactive'],
  reason: ['userunknown', 'suspend'],
} as const;
const SECOND_BATCH_16L: RealWorldCase[] = [
  [
    'French: this mail account was deleted',
    '550 <luc@exemple.fr>: Ce compte de messagerie a été supprimé',
    DELETED,
  ],
  [
    "German: the recipient's storage allowance is used up (erschöpft)",
    '552 <lena@beispiel.de>: Das Speicherkontingent des Empfängers ist erschöpft',
    MAILBOX_FULL,
  ],
  [
    'Spanish: there is no mailbox of that name',
    '550 <pablo@ejemplo.es>: No hay ningún buzón con ese nombre',
    USER_UNKNOWN,
  ],
  [
    'Italian: the message goes over the largest size allowed',
    '552 <giulia@esempio.it>: Il messaggio supera la dimensione massima consentita',
    TOO_BIG,
  ],
  [
    'European Portuguese: the destination address does not exist',
    '550 <rui@exemplo.pt>: O endereço de destino não existe',
    USER_UNKNOWN,
  ],
  [
    'Dutch: this address is no longer in use',
    '550 <bram@voorbeeld.nl>: Dit e-mailadres is niet meer in gebruik',
    DELETED,
  ],
  [
    "Polish: the recipient's account has been blocked",
    '550 <ola@przyklad.pl>: Konto odbiorcy zostało zablokowane',
    DISABLED,
  ],
  ['Russian: addressee not detected (обнаружен)', '550 <oleg@primer.ru>: Адресат не обнаружен', USER_UNKNOWN],
  [
    'Turkish in capitals: this address is not in use',
    '550 <can@ornek.com.tr>: BU E-POSTA ADRESİ KULLANILMIYOR',
    DELETED,
  ],
  [
    'Arabic: there is no user of this name',
    '550 <ali@example.com.sa>: لا يوجد مستخدم بهذا الاسم',
    USER_UNKNOWN,
  ],
  [
    "Chinese: the recipient's mailbox has stopped service",
    '550 <zhou@example.cn>: 对方邮箱已停止服务',
    DISABLED,
  ],
  [
    'Japanese: the mailbox has no free space left',
    '552 <hana@example.co.jp>: メールボックスの空き容量がありません',
    MAILBOX_FULL,
  ],
  [
    "Korean: the recipient's mail account is suspended",
    '550 <jisu@example.co.kr>: 받는 사람의 메일 계정이 정지되었습니다',
    DISABLED,
  ],
  [
    "Vietnamese: the recipient's mailbox has run out of space",
    '552 <lan@example.vn>: Hộp thư của người nhận đã hết dung lượng',
    MAILBOX_FULL,
  ],
  ['Hebrew: the recipient is not recognised', '550 <dana@example.co.il>: הנמען אינו מוכר', USER_UNKNOWN],
  [
    "Greek: the recipient's storage space is exhausted",
    '552 <nikos@paradeigma.gr>: Ο χώρος αποθήκευσης του παραλήπτη έχει εξαντληθεί',
    MAILBOX_FULL,
  ],
  [
    'Persian: sending from this sender is blocked',
    '550 <ali@example.ir>: ارسال از این فرستنده مسدود شده است',
    SENDER_BLOCKED,
  ],
  ['Hungarian: authentication needed to send', '530 5.7.0 Azonosítás szükséges a küldéshez', AUTH_REQUIRED],
  ['Swedish: forwarding is not allowed', '554 <anna@exempel.se>: Vidarebefordran är inte tillåten', RELAY],
];

// Written after the second batch's fixes, in still other words and forms, and measured before any change.
const FILTERED = {
  cause: ['spam-filtered', 'content-filtered', 'policy-violation'],
  reason: ['spamdetected', 'filtered', 'policyviolation'],
} as const;
const THIRD_BATCH_16L: RealWorldCase[] = [
  [
    'French: the recipient reached their storage limit',
    '552 <marie@exemple.fr>: Le destinataire a atteint sa limite de stockage',
    MAILBOX_FULL,
  ],
  [
    'German: no mailbox is set up at this address',
    '550 <tom@beispiel.de>: Unter dieser Adresse ist kein Postfach eingerichtet',
    USER_UNKNOWN,
  ],
  [
    'Spanish: rejected for suspicious content',
    '554 <ana@ejemplo.es>: El servidor rechazó el mensaje por contenido sospechoso',
    FILTERED,
  ],
  [
    "Italian: the recipient's account was suspended for inactivity",
    "550 <luca@esempio.it>: L'account del destinatario è stato sospeso per inattività",
    DISABLED,
  ],
  [
    'Brazilian Portuguese: invalid destination domain',
    '550 <bia@exemplo.com.br>: Domínio de destino inválido',
    DOMAIN_NOT_FOUND,
  ],
  [
    'Russian: no such mailbox is registered',
    '550 <olga@primer.ru>: Такой почтовый ящик не зарегистрирован',
    USER_UNKNOWN,
  ],
  [
    'Polish: the message goes over the allowed size',
    '552 <jan@przyklad.pl>: Wiadomość przekracza dopuszczalny rozmiar',
    TOO_BIG,
  ],
  [
    "Turkish: the sender's address is on the black list",
    '550 <ece@ornek.com.tr>: Gönderen adresi kara listede',
    SENDER_BLOCKED,
  ],
  ["Chinese: the recipient's mailbox is unavailable", '550 <xu@example.cn>: 收件人邮箱不可用', DELETED],
  [
    "Japanese: the destination's domain does not exist",
    '550 <ken@example.co.jp>: 宛先のドメインが存在しません',
    DOMAIN_NOT_FOUND,
  ],
  [
    'Korean: the message size goes over the allowed limit',
    '552 <yuna@example.co.kr>: 메시지 크기가 허용 한도를 초과했습니다',
    TOO_BIG,
  ],
  [
    "Greek: the recipient's domain does not exist",
    '550 <maria@paradeigma.gr>: Ο τομέας του παραλήπτη δεν υπάρχει',
    DOMAIN_NOT_FOUND,
  ],
  [
    "Czech: the recipient's mailbox was cancelled",
    '550 <jana@priklad.cz>: Schránka příjemce byla zrušena',
    DELETED,
  ],
  ['Arabic: you must log in first', '530 5.7.0 يجب تسجيل الدخول أولاً', AUTH_REQUIRED],
  [
    "Hungarian: the recipient's mailbox is disabled (split verb 'le van tiltva')",
    '550 <eva@pelda.hu>: A címzett postafiókja le van tiltva',
    DISABLED,
  ],
];

// Wrong as written (round 16L before its fixes), with what they got; moved out as fixes land.
const KNOWN_WRONG_16L = new Map<string, string>([]);

export const ROUND_16L: RealWorldCase[] = [
  ...WESTERN_16L,
  ...EASTERN_16L,
  ...ASIAN_16L,
  ...SECOND_BATCH_16L,
  ...THIRD_BATCH_16L,
].map(([name, input, want]) => {
  const why = KNOWN_WRONG_16L.get(name);
  return [name, input, why ? { ...want, knownWrong: why } : want];
});
