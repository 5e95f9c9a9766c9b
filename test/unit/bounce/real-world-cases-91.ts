import type { RealWorldCase } from './real-world-cases.js';
import { lines, MAILBOX_FULL, MS_NOT_FOUND, SPAM, TOO_BIG, USER_UNKNOWN } from './real-world-expectations.js';

/*
 * A ninety-first held-out round: bounce notices, server replies and mail-client send errors in the long tail of
 * languages earlier rounds held least: Vietnamese, Indonesian and Malay, Thai, Hindi, Arabic, Persian, Hebrew,
 * Ukrainian, Bulgarian, Serbian/Croatian/Bosnian (Latin and Cyrillic), Slovenian, Lithuanian, Latvian, Estonian,
 * Filipino, Swahili, Catalan, Basque, Galician and Icelandic. Microsoft 365's classic NDR (Indonesian, Thai,
 * Hebrew, Bulgarian, Serbian, Croatian, Slovenian, Lithuanian, Latvian, Vietnamese delay, Malay, Icelandic) and its
 * modern one (Estonian, Catalan) over the English reply; Gmail's "Address not found", "Message blocked" and
 * "Delivery incomplete" in Vietnamese, Thai, Hebrew, Persian, Bulgarian, Catalan, Filipino, Swahili, Ukrainian,
 * Arabic and Malay; Roundcube's "SMTP Error (550): …" framing in nine of them, SquirrelMail in Bulgarian, Zimbra in
 * Indonesian; Outlook's, Thunderbird's and iOS Mail's send errors; Exim/cPanel and Plesk templates as hosting
 * providers translate them; local providers' own words. About half carry the remote English reply, half say why
 * in their language alone (user unknown, mailbox full, domain not found, spam, too large, delay, login).
 * Written from knowledge of the products' localisations, none from the development corpus or the rules,
 * measured before any rule was changed:
 *   round 91  68 cases, 34 right as written (50 %). Case corrections of ours (2): Roundcube's Galician "450 4.1.2
 *             … Domain not found" now also accepts networkerror (a temporary domain-not-found is a DNS failure
 *             to Sisimai, as round 26 has it); the Lithuanian Spamhaus case named the zone where the record
 *             names the list ("spamhaus"). The rules' 32 misses:
 *             - no record at all (19): the language's heading or client framing not known, and mostly its words
 *               for why either: Roundcube's "Kesalahan SMTP (535): Otentikasi gagal." and "SMTP viga (535):
 *               Autentimine ebaõnnestus."; Zimbra's "Pesan tidak terkirim; satu atau lebih alamat tidak diterima";
 *               Outlook's "Tugas 'x - Mengirim' melaporkan kesalahan (0x800CCC0F)", its Arabic 0x800CCC0E and Hindi
 *               0x8004210B; Thunderbird's Slovenian size limit; iOS Mail's Indonesian "Tidak Dapat Mengirim Email";
 *               Exim's template in Vietnamese ("Đây là lỗi vĩnh viễn" over "Hộp thư … đã đầy"); Plesk in
 *               Bulgarian; providers' notices in Arabic ("فشل تسليم الرسالة"), Hindi, Estonian, Croatian,
 *               Filipino, Swahili (a delay), Icelandic, Lithuanian and Serbian Cyrillic;
 *             - recipient lost (9): the language's "to x" not known as a lead: Catalan "per a", Thai "ไปยัง",
 *               Persian "پیام شما به", Filipino "mensahe sa", Ukrainian "повідомлення для", Malay "kepada",
 *               Bosnian "na adresu", Vietnamese "gửi tới", Indonesian "Email Anda ke";
 *             - wrong cause (4): a Malay provider's "Domain penerima tidak wujud" unknown (no Malay domain words);
 *               iOS Mail's Vietnamese "Người nhận … đã bị máy chủ từ chối" unknown; "The recipient has blocked
 *               mail from your address" (English, in a Malay NDR) read as a refused connection; Gmail's "[internal]
 *               no MXs for this domain could be reached" read as domain not found by its "no mx".
 *   fixed     as data: the subject and predicate words of sixteen languages (Indonesian/Malay, Thai, Hindi,
 *             Bulgarian, Serbo-Croatian in both scripts, Slovenian, Lithuanian, Latvian, Estonian, Filipino,
 *             Swahili, Catalan, Basque, Galician, Icelandic) in a new reply-words-long-tail.ts, merged into
 *             LANGUAGE_WORDS, so each language's "mailbox … full", "address … not found", "message … too large"
 *             pairs decide as the older languages' do (Indonesian's "alamat IP" words with them: its sender and
 *             black-list words alone had turned round 69's "alamat IP pengirim masuk daftar hitam" into a
 *             refused sender); headings, delay words and Exim's translated "permanent error" in those languages
 *             (notice-headings.ts); "authentication failed" in twenty-four more wordings and three delay sentences
 *             (reply-phrases-languages.ts); Roundcube's framing in seventeen more languages, Thunderbird's,
 *             Outlook's, Zimbra's and iOS Mail's localized framings and Outlook's connection words
 *             (client-errors.ts); two English phrases (reply-phrases.ts); the recipient leads above
 *             (scan-text.ts). 68 of 68; whole suite green; corpus 366/383, reply codes 261/274, byte for byte.
 *   then      a second batch of 15 (SECOND_BATCH_91: Microsoft 365 in Hindi (5.7.708) and Persian; Gmail in
 *             Icelandic, Latvian, Galician, Filipino (a delay) and Basque; Roundcube in Croatian and Slovenian;
 *             Thunderbird's Bulgarian size limit; Exim's template in Catalan; Hebrew, Malay and Ukrainian
 *             providers; an Indonesian phone app), written after the fixes and measured before any change: 13 of
 *             15 right as written. The misses: Roundcube's Slovenian "Overitev ni uspela" (Slovenian's other word
 *             for authentication); Thunderbird's Bulgarian "надвишава глобалното ограничение за размер" (that form
 *             of "exceeds" not among the words). Fixed as data (both words, and Catalan "és un error permanent"
 *             as a final notice, which the Catalan case now checks): 15 of 15.
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
// A "blocked as spam" notice in the language alone: the message's content or the sender's reputation.
const BLOCKED_VAGUE = {
  cause: ['spam-filtered', 'content-filtered', 'policy-violation', 'ip-reputation', 'ip-blocklisted'],
  reason: ['spamdetected', 'filtered', 'policyviolation', 'blocked', 'badreputation'],
  side: 'sender',
} as const;
const DMARC = {
  cause: ['dmarc-fail', 'auth-failed', 'spf-fail', 'dkim-fail'],
  reason: 'authfailure',
  side: 'sender',
} as const;
const AUTH = { cause: ['auth-required', 'auth-failed'], reason: 'securityerror', side: 'sender' } as const;
const RELAYING = {
  cause: ['relay-denied', 'relay-not-authorised', 'auth-required'],
  reason: ['norelaying', 'securityerror'],
} as const;
const VAGUE = ['medium', 'low'] as const;

// Microsoft 365 / Exchange Online NDRs as a localized mailbox shows them: the classic body ("Delivery has failed to
// these recipients or groups") or the modern one ("Your message to x couldn't be delivered"), English reply kept.
const M365: RealWorldCase[] = [
  [
    'Microsoft 365 Indonesian: RecipientNotFound',
    lines(
      'Pengiriman gagal ke penerima atau grup ini:',
      '',
      'budi.santoso@example.co.id',
      'Alamat email yang Anda masukkan tidak dapat ditemukan. Periksa alamat email penerima dan coba kirim ulang pesan. Jika masalah berlanjut, hubungi staf dukungan Anda.',
      '',
      'Informasi diagnostik untuk administrator:',
      '',
      'Server yang menghasilkan: SI2PR02MB5555.apcprd02.prod.outlook.com',
      '',
      'budi.santoso@example.co.id',
      "Server Jarak Jauh mengembalikan '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'",
    ),
    {
      ...MS_NOT_FOUND,
      ...FINAL,
      recipient: 'budi.santoso@example.co.id',
      status: '5.1.10',
      confidence: 'high',
    },
  ],
  [
    'Microsoft 365 Thai: mailbox full',
    lines(
      'การจัดส่งล้มเหลวไปยังผู้รับหรือกลุ่มเหล่านี้:',
      '',
      'somchai@example.co.th',
      'กล่องจดหมายของผู้รับเต็มและไม่สามารถรับข้อความได้ในขณะนี้ โปรดลองส่งข้อความอีกครั้งในภายหลัง หรือติดต่อผู้รับโดยตรง',
      '',
      'ข้อมูลการวินิจฉัยสำหรับผู้ดูแลระบบ:',
      '',
      'เซิร์ฟเวอร์ที่สร้าง: SG2PR06MB1111.apcprd06.prod.outlook.com',
      '',
      'somchai@example.co.th',
      "เซิร์ฟเวอร์ระยะไกลส่งกลับ '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'",
    ),
    { ...FULL, recipient: 'somchai@example.co.th', status: '5.2.2', confidence: 'high' },
  ],
  [
    'Microsoft 365 Hebrew: sender IP on the blocked list (5.7.511)',
    lines(
      'המסירה נכשלה לנמענים או לקבוצות אלה:',
      '',
      'dana@outlook.co.il',
      '',
      'מידע אבחון עבור מנהלי מערכת:',
      '',
      'שרת מפיק: mail.example.co.il',
      '',
      'dana@outlook.co.il',
      "השרת המרוחק החזיר '550 5.7.511 Access denied, banned sender[203.0.113.45]. To request removal from this list please forward this message to delist@microsoft.com. For more information please go to https://go.microsoft.com/fwlink/?LinkId=526653.'",
    ),
    { ...BLOCKED_IP, ...FINAL, recipient: 'dana@outlook.co.il', status: '5.7.511' },
  ],
  [
    'Microsoft 365 Bulgarian: message too large',
    lines(
      'Доставката до тези получатели или групи е неуспешна:',
      '',
      'ivan.petrov@example.bg',
      'Съобщението е твърде голямо, за да бъде доставено. Опитайте да намалите размера на прикачените файлове или да ги изпратите поотделно.',
      '',
      'Диагностична информация за администратори:',
      '',
      'Генериращ сървър: VI1PR08MB2222.eurprd08.prod.outlook.com',
      '',
      'ivan.petrov@example.bg',
      "Отдалеченият сървър върна '552 5.3.4 Message size exceeds fixed maximum message size'",
    ),
    { ...TOO_BIG, ...FINAL, recipient: 'ivan.petrov@example.bg', status: '5.3.4' },
  ],
  [
    'Microsoft 365 Serbian Latin: DMARC reject',
    lines(
      'Isporuka nije uspela za ove primaoce ili grupe:',
      '',
      'marko@example.rs',
      '',
      'Dijagnostičke informacije za administratore:',
      '',
      'Server koji je generisao: DB9PR03MB3333.eurprd03.prod.outlook.com',
      '',
      'marko@example.rs',
      "Udaljeni server je vratio '550 5.7.1 Unauthenticated email from example.com is not accepted due to domain's DMARC policy. Please contact the administrator of example.com domain if this was a legitimate mail.'",
    ),
    { ...DMARC, ...FINAL, recipient: 'marko@example.rs', status: '5.7.1' },
  ],
  [
    'Microsoft 365 Croatian: unknown user at a Postfix receiver',
    lines(
      'Isporuka nije uspjela za ove primatelje ili grupe:',
      '',
      'ana.horvat@example.hr',
      '',
      'ana.horvat@example.hr',
      "Udaljeni poslužitelj vratio je '550 5.1.1 <ana.horvat@example.hr>: Recipient address rejected: User unknown in local recipient table'",
    ),
    { ...UNKNOWN, recipient: 'ana.horvat@example.hr', status: '5.1.1', confidence: 'high' },
  ],
  [
    'Microsoft 365 Slovenian: domain not found',
    lines(
      'Dostava tem prejemnikom ali skupinam ni uspela:',
      '',
      'janez@exampel.si',
      'Domene ni bilo mogoče najti. Preverite, ali je naslov e-pošte prejemnika pravilen.',
      '',
      'janez@exampel.si',
      "Oddaljeni strežnik je vrnil '550 5.4.310 DNS domain exampel.si does not exist [Message=InfoDomainNonexistent] [LastAttemptedServerName=exampel.si]'",
    ),
    { ...DOMAIN, recipient: 'janez@exampel.si', status: '5.4.310', confidence: 'high' },
  ],
  [
    'Microsoft 365 Lithuanian: delivery expired',
    lines(
      'Pristatyti šiems gavėjams ar grupėms nepavyko:',
      '',
      'jonas@example.lt',
      'Jūsų laiško nepavyko pristatyti. Serveris kelis kartus bandė jį pristatyti, bet gavėjo serveris neatsakė.',
      '',
      'jonas@example.lt',
      "Nuotolinis serveris grąžino '550 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection dropped due to SocketError>'",
    ),
    { ...EXPIRED_FINAL, recipient: 'jonas@example.lt', status: '4.4.7' },
  ],
  [
    'Microsoft 365 Latvian: recipient restricted to its organisation',
    lines(
      'Piegāde šiem adresātiem vai grupām neizdevās:',
      '',
      'valde@example.lv',
      '',
      'valde@example.lv',
      "Attālais serveris atgrieza '550 5.7.1 RESOLVER.RST.AuthRequired; authentication required [Stage: CreateMessage]'",
    ),
    {
      cause: ['recipient-restricted', 'outside-domain-not-allowed', 'blocked-by-recipient'],
      reason: ['rejected', 'securityerror'],
      ...FINAL,
      recipient: 'valde@example.lv',
      status: '5.7.1',
    },
  ],
  [
    'Microsoft 365 Estonian modern NDR: address not found',
    lines(
      'Teie sõnumit adressaadile mari@example.ee ei saanud kohale toimetada.',
      '',
      'Adressaati mari ei leitud domeenis example.ee.',
      '',
      'Kuidas parandada',
      'Saatke sõnum uuesti. Kui kasutasite aadressi automaatset täitmist, kustutage see ja tippige aadress käsitsi.',
      '',
      'Lisateave meiliadministraatoritele',
      'Error Details',
      'Reported error: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient mari@example.ee not found by SMTP address lookup',
      'DSN generated by: HE1PR07MB4444.eurprd07.prod.outlook.com',
    ),
    { ...MS_NOT_FOUND, ...FINAL, recipient: 'mari@example.ee', status: '5.1.10', confidence: 'high' },
  ],
  [
    'Microsoft 365 Catalan modern NDR: blocked as spam by the recipient',
    lines(
      "El missatge per a jordi@example.cat no s'ha pogut lliurar.",
      '',
      "El sistema de correu electrònic del destinatari ha rebutjat el missatge perquè l'ha considerat correu brossa.",
      '',
      'Informació addicional per als administradors del correu electrònic',
      'Reported error: 550 5.7.1 Message rejected as spam by Content Filtering.',
      'DSN generated by: mx.example.cat',
    ),
    { ...SPAM, ...FINAL, recipient: 'jordi@example.cat', status: '5.7.1' },
  ],
  [
    'Microsoft 365 Vietnamese: delay notice (not yet delivered)',
    lines(
      'Chưa gửi được tới những người nhận hoặc nhóm sau:',
      '',
      'lan.nguyen@example.vn',
      'Thư này vẫn chưa được gửi. Hệ thống sẽ tiếp tục thử gửi thư này.',
      'Máy chủ sẽ tiếp tục thử gửi thư trong 1 ngày, 19 giờ và 55 phút. Bạn sẽ được thông báo nếu không thể gửi được thư trong thời gian đó.',
      '',
      'Thông tin chẩn đoán dành cho người quản trị:',
      '',
      'Lỗi cuối cùng: 451 4.4.0 Primary target IP address responded with: "421 4.4.2 Connection timed out." Attempted failover to alternate host, but that did not succeed.',
    ),
    { ...DELAYED, recipient: 'lan.nguyen@example.vn', status: '4.4.0' },
  ],
  [
    'Microsoft 365 Malay: recipient blocked the sender',
    lines(
      'Penghantaran telah gagal kepada penerima atau kumpulan ini:',
      '',
      'aminah@example.com.my',
      '',
      'aminah@example.com.my',
      "Pelayan Jauh mengembalikan '550 5.7.1 Your message to aminah@example.com.my was rejected. The recipient has blocked mail from your address.'",
    ),
    {
      cause: ['blocked-by-recipient', 'recipient-restricted'],
      reason: ['rejected', 'blocked', 'securityerror'],
      ...FINAL,
      recipient: 'aminah@example.com.my',
      status: '5.7.1',
    },
  ],
  [
    'Microsoft 365 Icelandic: unknown recipient',
    lines(
      'Sending mistókst til þessara viðtakenda eða hópa:',
      '',
      'jon@example.is',
      'Netfangið sem þú færðir inn fannst ekki. Athugaðu netfang viðtakandans og reyndu að senda skilaboðin aftur.',
      '',
      'jon@example.is',
      "Fjarlægur þjónn skilaði '550 5.1.1 <jon@example.is>: Recipient address rejected: User unknown'",
    ),
    { ...UNKNOWN, recipient: 'jon@example.is', status: '5.1.1', confidence: 'high' },
  ],
];

// Gmail's own notices as a localized Gmail shows them ("Address not found", "Message blocked", "Delivery incomplete").
const GMAIL: RealWorldCase[] = [
  [
    'Gmail Vietnamese: address not found',
    lines(
      'Không tìm thấy địa chỉ',
      'Thư của bạn chưa được gửi tới hoang@example.vn vì không tìm thấy địa chỉ hoặc địa chỉ không thể nhận thư.',
      '',
      'Phản hồi từ máy chủ từ xa là:',
      '550 5.1.1 <hoang@example.vn>: Recipient address rejected: User unknown in virtual mailbox table',
    ),
    { ...UNKNOWN, recipient: 'hoang@example.vn', confidence: 'high' },
  ],
  [
    'Gmail Thai: address not found, domain does not exist',
    lines(
      'ไม่พบที่อยู่',
      'ข้อความของคุณไม่ได้ส่งไปยัง niran@exmaple.co.th เนื่องจากไม่พบโดเมน exmaple.co.th โปรดตรวจสอบการสะกดผิดหรือการเว้นวรรคที่ไม่จำเป็น',
      '',
      'การตอบกลับจากเซิร์ฟเวอร์ระยะไกลคือ:',
      "DNS Error: DNS type 'mx' lookup of exmaple.co.th responded with code NXDOMAIN",
      'Domain name not found: exmaple.co.th',
    ),
    { ...DOMAIN, recipient: 'niran@exmaple.co.th' },
  ],
  [
    'Gmail Hebrew: address not found',
    lines(
      'הכתובת לא נמצאה',
      'ההודעה שלך לא נמסרה אל yossi@example.co.il כי הכתובת לא נמצאה או שלא ניתן לקבל בה אימייל.',
      '',
      'התגובה מהשרת המרוחק:',
      '550 5.1.1 <yossi@example.co.il>... User unknown',
    ),
    { ...UNKNOWN, recipient: 'yossi@example.co.il' },
  ],
  [
    'Gmail Persian: message blocked by the remote',
    lines(
      'پیام مسدود شد',
      'پیام شما به reza@example.ir مسدود شد. برای اطلاعات بیشتر، جزئیات فنی زیر را ببینید.',
      '',
      'پاسخ از سرور راه دور:',
      '554 5.7.1 Service unavailable; Client host [209.85.128.41] blocked using bl.spamcop.net',
    ),
    { ...BLOCKED_IP, recipient: 'reza@example.ir', replyCode: 554, status: '5.7.1' },
  ],
  [
    'Gmail Bulgarian: delivery incomplete (temporary)',
    lines(
      'Доставката не е завършена',
      'Възникна временен проблем при доставянето на съобщението ви до georgi@example.bg. Gmail ще опита отново след 44 часа. Ще бъдете уведомени, ако доставката се провали окончателно.',
      '',
      'Отговорът от отдалечения сървър бе:',
      '421 4.4.0 [internal] no MXs for this domain could be reached at this time',
    ),
    { ...DELAYED, recipient: 'georgi@example.bg' },
  ],
  [
    'Gmail Catalan: address not found (mailbox full)',
    lines(
      "No s'ha trobat l'adreça",
      "El missatge no s'ha lliurat a montse@example.cat perquè no s'ha trobat l'adreça o no pot rebre correu.",
      '',
      'La resposta del servidor remot ha estat:',
      '552 5.2.2 <montse@example.cat>: Mailbox full: quota exceeded',
    ),
    { ...FULL, recipient: 'montse@example.cat', status: '5.2.2' },
  ],
  [
    'Gmail Filipino: address not found',
    lines(
      'Hindi nahanap ang address',
      'Hindi naihatid ang iyong mensahe sa juan.delacruz@example.ph dahil hindi mahanap ang address, o hindi ito makakatanggap ng mail.',
      '',
      'Ang tugon mula sa remote server ay:',
      '550 5.1.1 The email account that you tried to reach does not exist.',
    ),
    { ...UNKNOWN, recipient: 'juan.delacruz@example.ph' },
  ],
  [
    'Gmail Swahili: address not found',
    lines(
      'Anwani haikupatikana',
      'Ujumbe wako haukuwasilishwa kwa wanjiru@example.co.ke kwa sababu anwani haikupatikana, au haiwezi kupokea barua pepe.',
      '',
      'Jibu kutoka kwa seva ya mbali lilikuwa:',
      '550 5.1.1 <wanjiru@example.co.ke>: Recipient address rejected: User unknown',
    ),
    { ...UNKNOWN, recipient: 'wanjiru@example.co.ke' },
  ],
  [
    'Gmail Ukrainian: message blocked (DMARC)',
    lines(
      'Повідомлення заблоковано',
      'Ваше повідомлення для taras@example.ua заблоковано. Докладніше дивіться технічні відомості нижче.',
      '',
      'Відповідь від віддаленого сервера:',
      "550 5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy.",
    ),
    { ...DMARC, recipient: 'taras@example.ua', status: '5.7.26' },
  ],
  [
    'Gmail Arabic: address not found, no reply (only the notice)',
    lines(
      'لم يتم العثور على العنوان',
      'لم يتم تسليم رسالتك إلى omar@example.sa لأنه تعذّر العثور على العنوان أو أنه غير قادر على تلقي البريد.',
    ),
    { ...USER_UNKNOWN, recipient: 'omar@example.sa' },
  ],
  [
    'Gmail Malay: message blocked, size',
    lines(
      'Mesej disekat',
      'Mesej anda kepada siti@example.com.my telah disekat. Lihat butiran teknikal di bawah untuk maklumat lanjut.',
      '',
      'Respons daripada pelayan jauh ialah:',
      '552 5.3.4 Message size exceeds fixed limit',
    ),
    { ...TOO_BIG, recipient: 'siti@example.com.my', status: '5.3.4' },
  ],
];

// Webmail (Roundcube, SquirrelMail, Zimbra) errors in the language, around the SMTP reply.
const WEBMAIL: RealWorldCase[] = [
  [
    'Roundcube Vietnamese: failed to add recipient',
    'Lỗi SMTP (550): Thất bại trong việc thêm người nhận "minh@example.vn" (5.1.1 <minh@example.vn>: Recipient address rejected: User unknown in virtual mailbox table).',
    { ...UNKNOWN, recipient: 'minh@example.vn', replyCode: 550, status: '5.1.1' },
  ],
  [
    'Roundcube Indonesian: authentication failed',
    'Kesalahan SMTP (535): Otentikasi gagal.',
    { ...AUTH, replyCode: 535, recipient: null },
  ],
  [
    'Roundcube Catalan: relay denied',
    'Error SMTP (550): No s\'ha pogut afegir el destinatari "pere@example.org" (Relaying denied. Proper authentication required.).',
    { ...RELAYING, recipient: 'pere@example.org', replyCode: 550 },
  ],
  [
    'Roundcube Persian: failed to add recipient (mailbox full)',
    'خطای SMTP (552): افزودن گیرنده "ali@example.ir" ناموفق بود (5.2.2 <ali@example.ir>: mailbox is full).',
    { ...FULL, recipient: 'ali@example.ir', replyCode: 552, status: '5.2.2' },
  ],
  [
    'Roundcube Lithuanian: blocked sender IP (Spamhaus)',
    'SMTP klaida (554): nepavyko pridėti gavėjo „rasa@example.lt“ (5.7.1 Service unavailable; Client host [198.51.100.23] blocked using zen.spamhaus.org).',
    { ...BLOCKED_IP, recipient: 'rasa@example.lt', replyCode: 554, status: '5.7.1', blocklist: 'spamhaus' },
  ],
  [
    'Roundcube Estonian: authentication failed',
    'SMTP viga (535): Autentimine ebaõnnestus.',
    { ...AUTH, replyCode: 535 },
  ],
  [
    'Roundcube Hebrew: failed to set sender',
    'שגיאת SMTP (553): נכשל בקביעת השולח "noa@example.co.il" (5.7.1 <noa@example.co.il>: Sender address rejected: not owned by user info@example.co.il).',
    {
      cause: ['from-not-permitted', 'sender-rejected'],
      reason: ['rejected', 'securityerror'],
      side: 'sender',
      replyCode: 553,
    },
  ],
  [
    'Roundcube Galician: failed to add recipient (domain not found)',
    'Erro SMTP (450): Non foi posíbel engadir o destinatario "xoan@exemplo.gal" (4.1.2 <xoan@exemplo.gal>: Recipient address rejected: Domain not found).',
    {
      cause: ['domain-not-found', 'recipient-domain-typo', 'no-mx', 'dns-failure'],
      reason: ['hostunknown', 'networkerror'],
      recipient: 'xoan@exemplo.gal',
      replyCode: 450,
      status: '4.1.2',
    },
  ],
  [
    'SquirrelMail Bulgarian: server replied with an unknown user',
    lines(
      'ГРЕШКА:',
      'Съобщението не беше изпратено. Сървърът отговори:',
      '550 5.1.1 <dimitar@example.bg>: Recipient address rejected: User unknown in local recipient table',
    ),
    { ...UNKNOWN, recipient: 'dimitar@example.bg', replyCode: 550, status: '5.1.1' },
  ],
  [
    'Zimbra Indonesian: message not sent, address not accepted',
    lines(
      'Pesan tidak terkirim; satu atau lebih alamat tidak diterima.',
      'Alamat tidak valid: dewi@example.co.id',
    ),
    {
      cause: ['user-unknown', 'syntax-error', 'relay-denied'],
      reason: ['userunknown', 'norelaying', 'syntaxerror'],
      recipient: 'dewi@example.co.id',
      confidence: VAGUE,
    },
  ],
  [
    'Roundcube Serbian Cyrillic: message too large',
    'SMTP грешка (552): Додавање примаоца "milan@example.rs" није успело (5.3.4 Message size exceeds fixed maximum message size).',
    { ...TOO_BIG, recipient: 'milan@example.rs', replyCode: 552, status: '5.3.4' },
  ],
];

// Desktop and phone mail clients' send errors in the language.
const CLIENTS: RealWorldCase[] = [
  [
    'Outlook Vietnamese: 0x800CCC79 relay not permitted',
    "Tác vụ 'mail.example.vn - Đang gửi' đã báo cáo lỗi (0x800CCC79) : 'Máy chủ e-mail gửi đi (SMTP) của bạn đã báo cáo lỗi nội bộ. Nếu bạn vẫn tiếp tục nhận được thông báo này, hãy liên hệ với người quản trị máy chủ hoặc Nhà cung cấp dịch vụ Internet (ISP). Máy chủ đã phản hồi: 550 5.7.1 Unable to relay'",
    { ...RELAYING, replyCode: 550, status: '5.7.1' },
  ],
  [
    'Outlook Indonesian: 0x800CCC0F connection interrupted',
    "Tugas 'mail.example.co.id - Mengirim' melaporkan kesalahan (0x800CCC0F) : 'Koneksi ke server telah terputus. Jika masalah berlanjut, hubungi administrator server atau penyedia layanan Internet (ISP) Anda.'",
    {
      cause: ['submission-unreachable', 'client-send-failed', 'connection-refused'],
      reason: ['networkerror', 'blocked'],
      side: 'sender',
      confidence: VAGUE,
    },
  ],
  [
    'Outlook Arabic: 0x800CCC0E cannot connect',
    "المهمة 'mail.example.sa - جارٍ الإرسال' أبلغت عن خطأ (0x800CCC0E): 'تعذّر الاتصال بالخادم. إذا استمرت في تلقي هذه الرسالة، فاتصل بمسؤول الخادم أو موفر خدمة إنترنت (ISP).'",
    {
      cause: ['submission-unreachable', 'connection-refused', 'client-send-failed'],
      reason: ['networkerror', 'blocked'],
      side: 'sender',
      confidence: VAGUE,
    },
  ],
  [
    'Thunderbird Ukrainian: mail server responded, unknown user',
    lines(
      'Не вдалося надіслати повідомлення.',
      'Під час надсилання пошти сталася помилка. Поштовий сервер відповів:',
      '550 5.1.1 <oksana@example.ua>: Recipient address rejected: User unknown in virtual mailbox table.',
      'Перевірте одержувача повідомлення «oksana@example.ua» і спробуйте знову.',
    ),
    { ...UNKNOWN, recipient: 'oksana@example.ua', replyCode: 550, status: '5.1.1' },
  ],
  [
    'Thunderbird Slovenian: size limit',
    lines(
      'Pošiljanje sporočila ni uspelo.',
      'Velikost sporočila, ki ga poskušate poslati, presega globalno omejitev velikosti (10485760 bajtov) strežnika. Sporočilo ni bilo poslano; zmanjšajte velikost sporočila in poskusite znova.',
    ),
    { ...TOO_BIG, confidence: ['high', 'medium'] },
  ],
  [
    'Thunderbird Catalan: authentication failed',
    lines(
      "No s'ha pogut enviar el missatge.",
      "L'autenticació ha fallat en enviar el correu. El servidor de correu ha respost: 535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6",
    ),
    { ...AUTH, replyCode: 535, status: '5.7.8' },
  ],
  [
    'iOS Mail Indonesian: recipient rejected by the server',
    lines('Tidak Dapat Mengirim Email', 'Penerima “rina@example.co.id” ditolak oleh server.'),
    {
      cause: ['user-unknown', 'relay-denied', 'recipient-restricted', 'client-send-failed'],
      reason: ['userunknown', 'norelaying', 'rejected', 'onhold', 'undefined'],
      recipient: 'rina@example.co.id',
      confidence: VAGUE,
    },
  ],
  [
    'iOS Mail Vietnamese: recipient rejected by the server',
    lines('Không thể gửi thư', 'Người nhận “quang@example.vn” đã bị máy chủ từ chối.'),
    {
      cause: ['user-unknown', 'relay-denied', 'recipient-restricted', 'client-send-failed'],
      reason: ['userunknown', 'norelaying', 'rejected', 'onhold', 'undefined'],
      recipient: 'quang@example.vn',
      confidence: VAGUE,
    },
  ],
  [
    'Outlook Hindi: 0x8004210B timed out',
    "कार्य 'mail.example.in - भेज रहा है' ने त्रुटि (0x8004210B) रिपोर्ट की: 'ऑपरेशन का समय समाप्त हो गया, सर्वर से प्रतिसाद की प्रतीक्षा कर रहा है। यदि आप यह संदेश प्राप्त करना जारी रखते हैं, तो अपने सर्वर व्यवस्थापक या इंटरनेट सेवा प्रदाता (ISP) से संपर्क करें।'",
    {
      cause: [
        'submission-unreachable',
        'client-send-failed',
        'connection-refused',
        'recipient-server-unreachable',
      ],
      reason: ['networkerror', 'expired', 'blocked'],
      side: 'sender',
      confidence: VAGUE,
    },
  ],
];

// Hosting panels (cPanel/Exim, Plesk) and local providers in their own words, with or without the reply.
const LOCAL: RealWorldCase[] = [
  [
    'cPanel Exim Indonesian template: unknown user with the reply',
    lines(
      'Pesan ini dibuat secara otomatis oleh program pengiriman email di server host.example.co.id.',
      '',
      'Pesan yang Anda kirim tidak dapat dikirimkan ke satu atau lebih penerima. Ini adalah kesalahan permanen. Alamat berikut gagal:',
      '',
      '  agus@example.co.id',
      '    host mx.example.co.id [203.0.113.10]',
      '    SMTP error from remote mail server after RCPT TO:<agus@example.co.id>:',
      '    550 5.1.1 <agus@example.co.id>: Recipient address rejected: User unknown in virtual mailbox table',
    ),
    { ...UNKNOWN, recipient: 'agus@example.co.id', replyCode: 550, status: '5.1.1' },
  ],
  [
    'Exim Vietnamese template: permanent error, mailbox full',
    lines(
      'Đây là thư được tạo tự động bởi chương trình gửi thư trên máy chủ mail.example.vn.',
      '',
      'Thư bạn gửi không thể chuyển tới một hoặc nhiều người nhận. Đây là lỗi vĩnh viễn. Các địa chỉ sau bị lỗi:',
      '',
      '  tuan@example.vn',
      '    Hộp thư của người nhận đã đầy',
    ),
    { ...FULL, ...FINAL, recipient: 'tuan@example.vn', confidence: VAGUE },
  ],
  [
    'Exim Ukrainian host: retry time not reached, timeout',
    lines(
      'Це повідомлення згенеровано автоматично програмою доставки пошти на сервері mail.example.ua.',
      '',
      'Ваше повідомлення не вдалося доставити одному або кільком одержувачам. Це постійна помилка. Такі адреси не пройшли:',
      '',
      '  petro@example.com.ua',
      '    retry timeout exceeded',
    ),
    { ...EXPIRED_FINAL, recipient: 'petro@example.com.ua' },
  ],
  [
    'Plesk Bulgarian webhost: mailbox does not exist',
    lines(
      'Това е автоматично съобщение от пощенския сървър mail.example.bg.',
      '',
      'Съжаляваме, но съобщението ви не може да бъде доставено до следния получател:',
      '',
      '<nikolay@example.bg>: Пощенската кутия не съществува.',
    ),
    { ...UNKNOWN, recipient: 'nikolay@example.bg', confidence: VAGUE },
  ],
  [
    'Arabic host notice: delivery failed, mailbox full',
    lines(
      'فشل تسليم الرسالة',
      '',
      'تعذّر تسليم رسالتك إلى المستلم التالي:',
      'fatima@example.ae',
      '',
      'السبب: صندوق بريد المستلم ممتلئ.',
    ),
    { ...FULL, recipient: 'fatima@example.ae', confidence: VAGUE },
  ],
  [
    'Persian host notice: user does not exist',
    lines(
      'پیام شما تحویل داده نشد',
      '',
      'پیام شما به گیرنده زیر تحویل داده نشد:',
      'sara@example.ir',
      '',
      'علت: کاربر وجود ندارد.',
    ),
    { ...UNKNOWN, recipient: 'sara@example.ir', confidence: VAGUE },
  ],
  [
    'Hebrew provider: delivery failed with the reply',
    lines(
      'מסירת ההודעה נכשלה',
      '',
      'לא ניתן היה למסור את ההודעה שלך לנמען הבא:',
      'avi@example.co.il',
      '',
      'תשובת השרת המרוחק:',
      '550 5.7.1 Message rejected due to spam content',
    ),
    { ...SPAM, recipient: 'avi@example.co.il', replyCode: 550, status: '5.7.1' },
  ],
  [
    'Thai provider: user unknown in Thai only',
    lines(
      'ไม่สามารถส่งข้อความได้',
      '',
      'ข้อความของคุณไม่สามารถส่งถึงผู้รับต่อไปนี้:',
      'malee@example.co.th',
      '',
      'สาเหตุ: ไม่มีผู้ใช้นี้ในระบบ',
    ),
    { ...UNKNOWN, recipient: 'malee@example.co.th', confidence: VAGUE },
  ],
  [
    'Hindi provider: mailbox full, Hindi only',
    lines(
      'संदेश वितरित नहीं किया जा सका',
      '',
      'आपका संदेश निम्नलिखित प्राप्तकर्ता को नहीं भेजा जा सका:',
      'priya@example.in',
      '',
      'कारण: प्राप्तकर्ता का मेलबॉक्स भर गया है।',
    ),
    { ...FULL, recipient: 'priya@example.in', confidence: VAGUE },
  ],
  [
    'Malay provider: domain not found, Malay only',
    lines(
      'Mesej tidak dapat dihantar',
      '',
      'Mesej anda kepada penerima berikut tidak dapat dihantar:',
      'ahmad@contoh-salah.my',
      '',
      'Sebab: Domain penerima tidak wujud.',
    ),
    { ...DOMAIN, recipient: 'ahmad@contoh-salah.my', confidence: VAGUE },
  ],
  [
    'Latvian provider: user unknown with the reply',
    lines(
      'Vēstuli neizdevās piegādāt',
      '',
      'Jūsu vēstuli nevarēja piegādāt šim adresātam:',
      'liga@example.lv',
      '',
      'Attālā servera atbilde:',
      '550 5.1.1 <liga@example.lv>: Recipient address rejected: User unknown in local recipient table',
    ),
    { ...UNKNOWN, recipient: 'liga@example.lv', replyCode: 550, status: '5.1.1' },
  ],
  [
    'Estonian provider: mailbox full, Estonian only',
    lines(
      'Kirja kohaletoimetamine ebaõnnestus',
      '',
      'Teie kirja ei õnnestunud toimetada järgmisele adressaadile:',
      'kalle@example.ee',
      '',
      'Põhjus: adressaadi postkast on täis.',
    ),
    { ...FULL, recipient: 'kalle@example.ee', confidence: VAGUE },
  ],
  [
    'Croatian provider: blocked as spam, Croatian only',
    lines(
      'Poruka nije isporučena',
      '',
      'Vaša poruka primatelju ivana@example.hr nije isporučena jer ju je poslužitelj primatelja označio kao neželjenu poštu (spam).',
    ),
    { ...BLOCKED_VAGUE, recipient: 'ivana@example.hr', confidence: VAGUE },
  ],
  [
    'Bosnian provider: address does not exist with the reply',
    lines(
      'Poruka nije dostavljena',
      '',
      'Vašu poruku nije bilo moguće dostaviti na adresu emir@example.ba.',
      'Odgovor udaljenog servera:',
      '550 5.1.1 User unknown',
    ),
    { ...UNKNOWN, recipient: 'emir@example.ba', replyCode: 550, status: '5.1.1' },
  ],
  [
    'Filipino provider: mailbox full, Tagalog only',
    lines(
      'Hindi naihatid ang mensahe',
      '',
      'Hindi naihatid ang iyong mensahe kay maria@example.ph dahil puno na ang mailbox ng tatanggap.',
    ),
    { ...FULL, recipient: 'maria@example.ph', confidence: VAGUE },
  ],
  [
    'Swahili provider: delivery delayed, Swahili only',
    lines(
      'Ujumbe bado haujawasilishwa',
      '',
      'Ujumbe wako kwa baraka@example.co.tz bado haujawasilishwa. Seva itaendelea kujaribu kuutuma kwa siku 3.',
    ),
    { ...DELAYED, recipient: 'baraka@example.co.tz', confidence: VAGUE },
  ],
  [
    'Basque provider: user unknown with the reply',
    lines(
      'Ezin izan da mezua entregatu',
      '',
      'Zure mezua ezin izan zaio hartzaile honi entregatu: mikel@example.eus',
      'Urruneko zerbitzariaren erantzuna:',
      '550 5.1.1 <mikel@example.eus>: Recipient address rejected: User unknown in virtual mailbox table',
    ),
    { ...UNKNOWN, recipient: 'mikel@example.eus', replyCode: 550, status: '5.1.1' },
  ],
  [
    'Icelandic provider: mailbox full, Icelandic only',
    lines(
      'Ekki tókst að afhenda skilaboð',
      '',
      'Ekki tókst að afhenda skilaboðin þín til gudrun@example.is. Pósthólf viðtakandans er fullt.',
    ),
    { ...FULL, recipient: 'gudrun@example.is', confidence: VAGUE },
  ],
  [
    'Lithuanian provider: message too large, Lithuanian only',
    lines(
      'Laiško pristatyti nepavyko',
      '',
      'Jūsų laiško gavėjui tomas@example.lt pristatyti nepavyko: laiškas per didelis.',
    ),
    { ...TOO_BIG, recipient: 'tomas@example.lt', confidence: VAGUE },
  ],
  [
    'Serbian Cyrillic provider: address does not exist',
    lines(
      'Порука није испоручена',
      '',
      'Ваша порука није могла бити испоручена примаоцу jelena@example.rs: адреса не постоји.',
    ),
    { ...UNKNOWN, recipient: 'jelena@example.rs', confidence: VAGUE },
  ],
  [
    'Vietnamese ISP: blocked as spam with the reply',
    lines(
      'Thư không gửi được',
      '',
      'Thư của bạn gửi tới hung@example.vn đã bị từ chối.',
      'Phản hồi từ máy chủ nhận:',
      '550 5.7.1 Message rejected as spam by Content Filtering.',
    ),
    { ...SPAM, recipient: 'hung@example.vn', replyCode: 550, status: '5.7.1' },
  ],
  [
    'Ukrainian provider: mailbox full, Ukrainian only',
    lines(
      'Лист не доставлено',
      '',
      'Ваш лист для адресата ira@example.ua не доставлено: поштова скринька одержувача переповнена.',
    ),
    { ...FULL, recipient: 'ira@example.ua', confidence: VAGUE },
  ],
  [
    'Indonesian hosting: message too large with the reply',
    lines(
      'Email tidak terkirim',
      '',
      'Email Anda ke rudi@example.co.id gagal dikirim.',
      'Respons server tujuan:',
      '552 5.3.4 Error: message file too big',
    ),
    { ...TOO_BIG, recipient: 'rudi@example.co.id', replyCode: 552, status: '5.3.4' },
  ],
];

export const ROUND_91: RealWorldCase[] = [...M365, ...GMAIL, ...WEBMAIL, ...CLIENTS, ...LOCAL];

// Written after the fixes, measured before any further change.
export const SECOND_BATCH_91: RealWorldCase[] = [
  [
    'R91b Microsoft 365 Hindi modern NDR: traffic not accepted from this IP',
    lines(
      'arjun@example.in को आपका संदेश वितरित नहीं किया जा सका.',
      '',
      'ईमेल व्यवस्थापकों के लिए अधिक जानकारी',
      'Reported error: 550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653',
      'DSN generated by: BM1PR01MB0001.INDPRD01.PROD.OUTLOOK.COM',
    ),
    { ...BLOCKED_IP, ...FINAL, recipient: 'arjun@example.in', status: '5.7.708' },
  ],
  [
    'R91b Microsoft 365 Persian: unknown user at the remote',
    lines(
      'تحویل به این گیرندگان یا گروه‌ها انجام نشد:',
      '',
      'maryam@example.ir',
      '',
      'maryam@example.ir',
      "سرور راه دور '550 5.1.1 <maryam@example.ir>: Recipient address rejected: User unknown in local recipient table' را برگرداند",
    ),
    { ...UNKNOWN, recipient: 'maryam@example.ir', status: '5.1.1' },
  ],
  [
    'R91b Gmail Icelandic: address not found',
    lines(
      'Netfang fannst ekki',
      'Skilaboðin þín voru ekki afhent til sigrun@example.is vegna þess að netfangið fannst ekki eða það getur ekki tekið við pósti.',
      '',
      'Svarið frá ytri þjóninum var:',
      '550 5.1.1 <sigrun@example.is>: Recipient address rejected: User unknown in virtual mailbox table',
    ),
    { ...UNKNOWN, recipient: 'sigrun@example.is', status: '5.1.1' },
  ],
  [
    'R91b Gmail Latvian: message blocked as spam',
    lines(
      'Ziņojums bloķēts',
      'Jūsu ziņojums adresātam janis@example.lv tika bloķēts. Plašāku informāciju skatiet tālāk esošajā tehniskajā informācijā.',
      '',
      'Attālā servera atbilde:',
      '550 5.7.1 Message rejected as spam by Content Filtering.',
    ),
    { ...SPAM, recipient: 'janis@example.lv', status: '5.7.1' },
  ],
  [
    'R91b Gmail Galician: address not found, mailbox full',
    lines(
      'Non se atopou o enderezo',
      'A túa mensaxe non se entregou a brais@example.gal porque non se atopou o enderezo ou non pode recibir correo.',
      '',
      'A resposta do servidor remoto foi:',
      '552 5.2.2 <brais@example.gal>: Mailbox full',
    ),
    { ...FULL, recipient: 'brais@example.gal', status: '5.2.2' },
  ],
  [
    'R91b Gmail Filipino: delivery incomplete (temporary)',
    lines(
      'Hindi pa kumpleto ang paghahatid',
      'Nagkaroon ng pansamantalang problema sa paghahatid ng iyong mensahe sa rosa@example.ph. Susubukang muli ng Gmail nang 45 pang oras. Aabisuhan ka kung permanenteng mabigo ang paghahatid.',
      '',
      'Ang tugon mula sa remote server ay:',
      '421 4.7.0 Try again later, closing connection.',
    ),
    {
      cause: ['delivery-delayed', 'server-unavailable', 'rate-limited', 'greylisted'],
      reason: ['expired', 'onhold', 'systemerror', 'speeding', 'blocked'],
      ...TEMPORARY,
      recipient: 'rosa@example.ph',
    },
  ],
  [
    'R91b Roundcube Croatian: spam content',
    'SMTP greška (554): Dodavanje primatelja "luka@example.hr" nije uspjelo (5.7.1 Message rejected: spam content detected).',
    { ...SPAM, recipient: 'luka@example.hr', replyCode: 554, status: '5.7.1' },
  ],
  [
    'R91b Roundcube Slovenian: authentication failed',
    'Napaka SMTP (535): Overitev ni uspela.',
    { ...AUTH, replyCode: 535 },
  ],
  [
    'R91b Thunderbird Bulgarian: size limit',
    lines(
      'Изпращането на съобщението е неуспешно.',
      'Размерът на съобщението, което се опитвате да изпратите, надвишава глобалното ограничение за размер (26214400 байта) на сървъра. Съобщението не е изпратено; намалете размера му и опитайте отново.',
    ),
    { ...TOO_BIG, confidence: ['high', 'medium'] },
  ],
  [
    'R91b Exim Catalan template: mailbox full',
    lines(
      "Aquest missatge s'ha generat automàticament pel programa de lliurament de correu del servidor mail.example.cat.",
      '',
      "No s'ha pogut lliurar el missatge a un o més destinataris. Aquest és un error permanent. Les adreces següents han fallat:",
      '',
      '  nuria@example.cat',
      '    La bústia del destinatari està plena.',
    ),
    { ...FULL, ...FINAL, recipient: 'nuria@example.cat', confidence: VAGUE },
  ],
  [
    'R91b Hebrew provider: recipient account disabled, Hebrew only',
    lines(
      'מסירת ההודעה נכשלה',
      '',
      'לא ניתן היה למסור את ההודעה שלך לנמען הבא:',
      'moshe@example.co.il',
      '',
      'סיבה: חשבון הנמען מושבת.',
    ),
    {
      cause: ['mailbox-disabled', 'mailbox-inactive'],
      reason: 'suspend',
      side: 'recipient',
      recipient: 'moshe@example.co.il',
      confidence: VAGUE,
    },
  ],
  [
    'R91b Basque Gmail: address not found',
    lines(
      'Ez da aurkitu helbidea',
      'Zure mezua ez zaio ane@example.eus helbideari entregatu, ez delako aurkitu helbidea edo ezin duelako posta jaso.',
      '',
      'Urruneko zerbitzariaren erantzuna:',
      '550 5.1.1 <ane@example.eus>: Recipient address rejected: User unknown',
    ),
    { ...UNKNOWN, recipient: 'ane@example.eus', status: '5.1.1' },
  ],
  [
    'R91b Indonesian phone app: SMTP server refused, message too large',
    lines(
      'Gagal mengirim pesan',
      'Server SMTP menolak pesan: 552 5.3.4 Message size exceeds fixed maximum message size',
    ),
    { ...TOO_BIG, replyCode: 552, status: '5.3.4' },
  ],
  [
    'R91b Malay hosting notice: quota exceeded, Malay only',
    lines(
      'Penghantaran mesej gagal',
      '',
      'Mesej anda tidak dapat dihantar kepada nurul@example.com.my kerana kuota peti mel penerima telah melebihi had.',
    ),
    { ...FULL, recipient: 'nurul@example.com.my', confidence: VAGUE },
  ],
  [
    'R91b Ukrainian provider: blocked by a DNSBL with the reply',
    lines(
      'Лист не доставлено',
      '',
      'Ваш лист для адресата andriy@example.ua не доставлено.',
      'Відповідь сервера одержувача:',
      '554 5.7.1 Service unavailable; Client host [198.51.100.77] blocked using b.barracudacentral.org',
    ),
    { ...BLOCKED_IP, recipient: 'andriy@example.ua', replyCode: 554, status: '5.7.1' },
  ],
];
