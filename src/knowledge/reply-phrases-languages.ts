import type { PhraseRule } from './reply-phrases.js';
import { LANGUAGE_WORDS, type LanguageWords, WORD_PAIR_CAUSES } from './reply-words-languages.js';

/**
 * Reply and notice wording in the languages the English-first tables hold least: Chinese (simplified and
 * traditional), Korean, Turkish, Czech and Slovak, Hungarian, Romanian, Greek, Ukrainian, Bulgarian, the
 * Nordic languages, Hebrew, Arabic, Persian, Vietnamese, Thai, Indonesian and Malay, Brazilian Portuguese
 * and Latin American Spanish. Hosting providers translate their MTAs' templates and portals answer in their
 * own language, often with no telling code, so the words must decide. Lower case, grouped by cause, then by
 * language. `LANGUAGE_PHRASES` sits among the decisive rules after the specific English ones (an English
 * reply in the same notice is the more precise) and before the English catch-alls ("host not found", "does
 * not exist"); `LANGUAGE_GENERAL_PHRASES` among the general ones, before English.
 */
const LANGUAGE_SENTENCES: PhraseRule[] = [
  {
    // Round 83: "authentication failed" as localized webmail and clients word a refused login (Roundcube's
    // "Errore SMTP (535): Autenticazione fallita."): the sender's login, as the English "authentication failed".
    cause: 'auth-required',
    phrases: [
      'autenticazione fallita',
      'autenticazione non riuscita',
      'falha na autenticação',
      'falha de autenticação',
      'authenticatie mislukt',
      'błąd uwierzytelniania',
      'uwierzytelnianie nie powiodło się',
      'kimlik doğrulama başarısız',
      'ověření selhalo',
      'autentizace selhala',
      'autentificare eșuată',
      'autentificarea a eșuat',
      'hitelesítés sikertelen',
      'autentisering misslyckades',
      'godkendelse mislykkedes',
      'autentisering mislyktes',
      'todennus epäonnistui',
      // Round 91: the long tail's languages (Roundcube's "Kesalahan SMTP (535): Otentikasi gagal.", "SMTP viga
      // (535): Autentimine ebaõnnestus.").
      'otentikasi gagal',
      'autentikasi gagal',
      'pengesahan gagal',
      'xác thực thất bại',
      'xác thực không thành công',
      'การตรวจสอบสิทธิ์ล้มเหลว',
      'प्रमाणीकरण विफल',
      'فشل المصادقة',
      'احراز هویت ناموفق',
      'האימות נכשל',
      'автентифікація не вдалася',
      'помилка автентифікації',
      'удостоверяването е неуспешно',
      'autentifikacija nije uspjela',
      'autentifikacija nije uspela',
      'аутентификација није успела',
      'preverjanje pristnosti ni uspelo',
      'overitev ni uspela',
      'autentifikavimas nepavyko',
      'autentifikācija neizdevās',
      'autentimine ebaõnnestus',
      "l'autenticació ha fallat",
      'fallou a autenticación',
      'autentifikazioak huts egin du',
      'auðkenning mistókst',
    ],
  },
  {
    // Japanese carriers' reception settings (受信拒否設定, 指定受信, ドメイン指定拒否, the 迷惑メールフィルター the
    // subscriber sets): the recipient refuses this sender. Before the spam words ("迷惑メール").
    cause: 'content-filtered',
    phrases: [
      '受信拒否設定',
      '受信拒否の設定',
      '受信拒否されて',
      'からのメールの受信を拒否',
      'からの受信を拒否',
      '指定受信',
      'ドメイン指定拒否',
      '受信設定により',
      '受信者の設定により',
      '受信者の設定で',
      '受信許可リスト',
      '迷惑メールフィルター設定',
      '迷惑メールフィルタ設定',
      '迷惑メールブロック設定',
    ],
  },
  {
    // A host named as not found is the domain's, not the user's ("宛先ホストが見つかりません").
    cause: 'domain-not-found',
    phrases: [
      'ホストが見つかりません',
      'ホストが見つからない',
      'ホストが存在しません',
      'ホスト名が見つかりません',
    ],
  },
  {
    // "The delivery period ran out" (配送期限切れ): the message was given up after its retries.
    cause: 'delivery-expired',
    phrases: [
      '配送期限切れ',
      '配信期限切れ',
      '送信期限切れ',
      '配送期限を過ぎ',
      '配信期限を過ぎ',
      // French expiry notices: "délai d'acheminement dépassé" (the routing delay ran out).
      "délai d'acheminement dépassé",
      'délai de remise dépassé',
      // Italian PEC's "Avviso di mancata consegna per superamento tempi massimi" (no receipt within 24 hours);
      // Chinese "投递超时" / "发送超时" (delivery timed out); Korean "응답 시간이 초과" (the server's answer
      // timed out) and "재시도 횟수 초과" (the retries ran out).
      'superamento tempi massimi',
      'superamento dei tempi massimi',
      'superamento del tempo massimo',
      // Round 83: an Italian provider's "tempo massimo di consegna scaduto" (the delivery time ran out).
      'tempo massimo di consegna',
      '投递超时',
      '发送超时',
      '응답 시간이 초과',
      '재시도 횟수 초과',
    ],
  },
  {
    // Before "user unknown": "收件人域名不存在" names the domain, not the user.
    cause: 'domain-not-found',
    phrases: [
      // Chinese, Korean, Turkish (Gmail's "Alan adı bulunamadı"), Czech, Vietnamese.
      '域名不存在',
      '不存在的域名',
      '網域不存在',
      '도메인을 찾을 수 없',
      '존재하지 않는 도메인',
      'alan adı bulunamadı',
      'doména neexistuje',
      'tên miền không tồn tại',
      // Gmail's "Domain not found" notice in Portuguese and Spanish.
      'não foi possível encontrar o domínio',
      'domínio não encontrado',
      'no se ha encontrado el dominio',
      'no se encontró el dominio',
      'dominio no encontrado',
      // Gmail's "Domain not found" in others of its languages.
      '找不到域名',
      '找不到网域',
      '找不到網域',
      'ドメインが見つかりません',
      'домен не найден',
      'домен не знайдено',
      'nie znaleziono domeny',
      'doména nebyla nalezena',
      'domain nem található',
      'domeniul nu a fost găsit',
      'τομέας δεν βρέθηκε',
      'domänen hittades inte',
      'domænet blev ikke fundet',
      'fant ikke domenet',
      'verkkotunnusta ei löytynyt',
      'הדומיין לא נמצא',
      'لم يتم العثور على النطاق',
      'không tìm thấy miền',
      'ไม่พบโดเมน',
      'ไม่พบชื่อโดเมน',
      'domain tidak ditemukan',
      'domain nicht gefunden',
      'domaine introuvable',
      'dominio non trovato',
      'domein niet gevonden',
    ],
  },
  {
    // The sender's address does not exist (a sender check): before "不存在" of the user-unknown words.
    cause: 'sender-rejected',
    phrases: ['发件人不存在', '发件人地址不存在', '发信人不存在', '寄件者不存在', '寄件人不存在'],
  },
  {
    // A notice that says the message waits and will be tried again: QQ, Gmail in Korean, Kerio in Czech.
    cause: 'delivery-delayed',
    phrases: [
      '暂未投递成功',
      '继续尝试投递',
      '다시 시도합니다',
      'zatím nebyla doručena',
      'i nadále pokoušet',
      // Exchange's delay notice ("This message hasn't been delivered yet"): Chinese, Korean, Turkish,
      // Brazilian Portuguese, Swedish, Danish, Finnish, Greek, Romanian, Ukrainian, Hebrew, Indonesian.
      '尚未传递此邮件',
      '此邮件尚未传递',
      '尚未傳遞此郵件',
      '아직 배달되지 않았습니다',
      'henüz teslim edilmedi',
      'ainda não foi entregue',
      'har inte levererats ännu',
      'er ikke blevet leveret endnu',
      'ei ole vielä toimitettu',
      'δεν έχει παραδοθεί ακόμα',
      'nu a fost livrat încă',
      'ще не доставлено',
      'עדיין לא נמסרה',
      'belum terkirim',
      // Round 91: Vietnamese Exchange's "Thư này vẫn chưa được gửi", a Swahili provider's "bado haujawasilishwa",
      // Bulgarian Gmail's "Gmail ще опита отново".
      'vẫn chưa được gửi',
      'bado haujawasilishwa',
      'ще опита отново',
    ],
  },
  {
    cause: 'mailbox-full',
    phrases: [
      // Chinese: "对方邮箱已满", "邮箱容量已满", "收件者信箱容量已滿".
      '邮箱已满',
      '邮箱容量已满',
      '邮箱空间不足',
      '信箱已滿',
      '信箱容量已滿',
      '郵箱已滿',
      '信箱空間不足',
      '邮箱容量不足',
      '信箱容量不足',
      // Korean: "메일함 용량이 부족하여", "메일함이 가득", Exchange's "사서함이 가득 차서".
      '메일함 용량이 부족',
      '메일함이 가득',
      '메일함 용량이 초과',
      '사서함이 가득',
      '메일박스가 꽉',
      '메일함이 꽉',
      '사서함이 꽉',
      // Turkish: "Posta kutusu kotası aşıldı".
      'kotası aşıldı',
      // Hungarian: "A címzett postafiókja megtelt / betelt".
      'postafiók … megtelt',
      'postafiók … betelt',
      'postaláda … megtelt',
      'postaláda … betelt',
      // Romanian, with and without diacritics (comma-below and the older cedilla forms).
      'căsuța poștală … plină',
      'căsuţa poştală … plină',
      'casuta postala … plina',
      'cutia poștală … plină',
      // Greek: "Το γραμματοκιβώτιο του παραλήπτη είναι γεμάτο / πλήρες".
      'γραμματοκιβώτιο … γεμάτο',
      'γραμματοκιβώτιο … πλήρες',
      'θυρίδα … γεμάτη',
      // Ukrainian ("Поштова скринька одержувача переповнена") and Bulgarian ("Пощенската кутия … е пълна").
      'скриньк … переповнен',
      'перевищено квоту',
      'квоту … перевищено',
      'пощенска … пълна',
      // Norwegian, Danish, Swedish (Exchange's "Mottagarens postlåda är full"), Finnish.
      'postkasse … er full',
      'postboks … er full',
      'postkasse … er fuld',
      'postlåda … är full',
      'postilaatikko … täynnä',
      // Arabic ("صندوق بريد المستلم ممتلئ") and Persian ("صندوق پستی گیرنده پر است").
      'صندوق … ممتلئ',
      'صندوق پستی … پر است',
      // Vietnamese, Thai, Indonesian, Malay.
      'hộp thư … đầy',
      'hộp thư … vượt quá dung lượng',
      'กล่องจดหมาย … เต็ม',
      'kotak surat … penuh',
      'kotak masuk … penuh',
      'peti mel … penuh',
      // Latin American Spanish "casilla (de correo) llena"; Brazilian "excedeu a cota", "caixa postal … cheia".
      'casilla … llena',
      'excedeu a cota',
      'cota excedida',
      'caixa postal … cheia',
    ],
  },
  {
    // Frozen, suspended, deactivated or dormant accounts: the mailbox exists but takes no mail.
    cause: 'mailbox-disabled',
    phrases: [
      // Chinese: "账号已被冻结", NetEase's "处于禁用或者冻结状态", "帳號已停用".
      '已被冻结',
      '已冻结',
      '禁用或者冻结',
      '已被凍結',
      '已停用',
      '已被停用',
      '已被禁用',
      // Turkish: "Hesap devre dışı bırakılmış".
      'hesap … devre dışı',
      'hesabı … devre dışı',
      // Czech.
      'účet je zablokován',
      'schránka je zablokována',
      // Ukrainian: "Поштову скриньку заблоковано".
      'скриньку заблоковано',
      'скринька заблокована',
      'обліковий запис заблоковано',
      // Romanian, Vietnamese.
      'cont dezactivat',
      'cont suspendat',
      'tài khoản … bị khóa',
      // Brazilian Portuguese and Latin American Spanish: "A conta … está desativada", "cuenta … suspendida".
      'conta … desativada',
      'conta … bloqueada',
      'conta … suspensa',
      'cuenta … suspendida',
      'cuenta … bloqueada',
    ],
  },
  {
    // Dormant and inactive accounts (Korean portals put unused accounts to sleep: "휴면 상태", "휴면 계정").
    cause: 'mailbox-inactive',
    phrases: [
      '휴면 상태',
      '휴면 계정',
      '휴면계정',
      'akun tidak aktif',
      'akun dinonaktifkan',
      'akun telah dinonaktifkan',
      'conta inativa',
      'cuenta … inactiva',
    ],
  },
  {
    cause: 'user-unknown',
    phrases: [
      // "Does not exist in this domain": the address is unknown in a domain that exists (before the pair of
      // a domain word and a missing word, "domeniu" … "nu există", which would name the domain).
      'nu există în acest domeniu',
      'nu exista in acest domeniu',
      'nu există pe acest domeniu',
      'non esiste in questo dominio',
      'no existe en este dominio',
      'não existe neste domínio',
      'nie istnieje w tej domenie',
      'bestaat niet in dit domein',
      'v této doméně neexistuje',
      // Chinese: "收件人邮箱地址不存在", "用户不存在", "收件者帳號不存在", Gmail's traditional "找不到該地址".
      '邮箱地址不存在',
      '收件人地址不存在',
      '收件人不存在',
      '用户不存在',
      '账号不存在',
      '帐号不存在',
      '帳號不存在',
      '收件者不存在',
      '找不到該地址',
      // Korean: "메일 주소가 존재하지 않습니다", Gmail's "주소를 찾을 수 없거나".
      '주소가 존재하지 않',
      '존재하지 않는 메일 주소',
      '존재하지 않는 계정',
      '주소를 찾을 수 없',
      // Turkish: Gmail's "Adres bulunamadığı …".
      'adres bulunamadı',
      'kullanıcı mevcut değil',
      'böyle bir kullanıcı',
      'alıcı adresi geçersiz',
      'geçersiz alıcı',
      'geçersiz kullanıcı',
      // Czech and Slovak.
      'adresát neexistuje',
      'adresa neexistuje',
      'adresa nebyla nalezena',
      'používateľ neexistuje',
      'adresa … sa nenašla',
      // Hungarian: "A felhasználó nem létezik", Gmail's "a cím nem található".
      'felhasználó nem létezik',
      'ismeretlen felhasználó',
      'ismeretlen címzett',
      'cím nem található',
      // Romanian (Exchange's "Adresa de e-mail pe care ați introdus-o nu a fost găsită").
      'utilizator inexistent',
      'utilizator necunoscut',
      'destinatar necunoscut',
      'adresa … nu a fost găsită',
      // Greek: "Άγνωστος χρήστης", Gmail's "η διεύθυνση δεν βρέθηκε".
      'άγνωστος χρήστης',
      'χρήστης δεν υπάρχει',
      'παραλήπτης δεν υπάρχει',
      'θυρίδα δεν υπάρχει',
      'διεύθυνση … δεν βρέθηκε',
      // Ukrainian: "Користувача з такою адресою не існує", Gmail's "цю адресу не знайдено".
      'користувач … не існує',
      'адресу не знайдено',
      'знайти введену адресу',
      'невідомий одержувач',
      // Bulgarian.
      'потребителят не съществува',
      'адрес не може да бъде намерен',
      'адресът не е намерен',
      'адресът не бе намерен',
      // Swedish, Danish, Norwegian, Finnish (Gmail's notices).
      'adressen hittades inte',
      'adressen blev ikke fundet',
      'adressen ikke blev fundet',
      'fant ikke adressen',
      'adressen ikke ble funnet',
      'osoitetta ei löytynyt',
      'osoitetta ei löydy',
      'vastaanottajaa ei löydy',
      'vastaanottajaa ei löytynyt',
      'tuntematon vastaanottaja',
      'käyttäjää ei ole olemassa',
      'käyttäjää ei löydy',
      'okänd mottagare',
      'mottagaren finns inte',
      'ukendt modtager',
      'adresse … blev ikke fundet',
      'finner ikke e-postadressen',
      'modtageren findes ikke',
      'ukjent mottaker',
      'mottakeren finnes ikke',
      'tuntematon vastaanottaja',
      // Hebrew, Arabic (Gmail's notice and Exchange's "تعذر العثور على عنوان البريد"), Persian.
      'הכתובת לא נמצאה',
      'שהזנת לא נמצאה',
      'لم يتم العثور على العنوان',
      'تعذر العثور على عنوان',
      'المستخدم غير موجود',
      'کاربر وجود ندارد',
      'نشانی پیدا نشد',
      // Vietnamese, Thai, Indonesian, Malay.
      'tìm thấy địa chỉ',
      'địa chỉ … không tồn tại',
      'người dùng không tồn tại',
      'ไม่พบที่อยู่',
      'ไม่มีผู้ใช้',
      'alamat tidak ditemukan',
      'alamat … tidak dapat ditemukan',
      'pengguna tidak ditemukan',
      'pengguna tidak dikenal',
      'alamat email tidak valid',
      'penerima tidak valid',
      'alamat tidak ditemui',
      'alamat … tidak dapat ditemui',
      // Brazilian Portuguese.
      'usuário desconhecido',
      'usuário não encontrado',
      'destinatário desconhecido',
      // "The user / recipient / address / account does not exist", the subject named: "does not exist"
      // alone is often "may not exist" (Google Groups: "the group … may not exist, or you may not post").
      '地址不存在',
      '账户不存在',
      '帐户不存在',
      '帳戶不存在',
      '用戶不存在',
      '郵箱不存在',
      '사용자가 존재하지 않',
      '계정이 존재하지 않',
      'hesap mevcut değil',
      'alıcı mevcut değil',
      'uživatel neexistuje',
      'příjemce neexistuje',
      'schránka neexistuje',
      'príjemca neexistuje',
      'címzett nem létezik',
      'cím nem létezik',
      'postafiók nem létezik',
      'utilizatorul nu există',
      'adresa nu există',
      'destinatarul nu există',
      'contul nu există',
      'διεύθυνση δεν υπάρχει',
      'λογαριασμός δεν υπάρχει',
      'адреса не існує',
      'адреси не існує',
      'скриньки не існує',
      'одержувача не існує',
      'одержувач не існує',
      'адресът не съществува',
      'получателят не съществува',
      'användaren finns inte',
      'adressen finns inte',
      'brugeren findes ikke',
      'adressen findes ikke',
      'brukeren finnes ikke',
      'adressen finnes ikke',
      'käyttäjää ei ole olemassa',
      'osoitetta ei ole olemassa',
      'המשתמש לא קיים',
      'הנמען לא קיים',
      'הכתובת לא קיימת',
      'المستلم غير موجود',
      'العنوان غير موجود',
      'الحساب غير موجود',
      'گیرنده وجود ندارد',
      'نشانی وجود ندارد',
      'آدرس وجود ندارد',
      'tài khoản không tồn tại',
      'hộp thư không tồn tại',
      'người nhận không tồn tại',
      'pengguna tidak ada',
    ],
  },
  {
    // Too many messages in a short time (NetEase's "发件方短期内累计向该域名发送数量超出限制").
    cause: 'rate-limited',
    phrases: [
      '发送数量超出限制',
      '发信数量超出限制',
      '发送频率',
      '发信频率',
      '너무 많은 메일',
      'demasiados mensajes',
      'demasiados correos',
      'muitas mensagens',
      'çok fazla ileti',
      'çok fazla e-posta',
      // Gmail's "You have reached a limit for sending mail" in its notices' languages: the account's own cap.
      'atteint la limite d',
      'alcanzado el límite de envío',
      'limit für das senden von e-mails',
      'raggiunto il limite di invio',
      'atingiu o limite de envio',
      // Hosting providers' caps on their customer's mailbox ("das Tageslimit für den E-Mail-Versand Ihres
      // Postfachs ist erreicht", "a dépassé la limite d'envoi autorisée"): before the mailbox words read full.
      'tageslimit für den',
      'versandlimit',
      'limit für den e-mail-versand',
      "limite d'envoi",
      'verzendlimiet',
    ],
  },
];

/** Weaker wording, consulted only when the status code is missing or vague (as the English general rules). */
const LANGUAGE_GENERAL_SENTENCES: PhraseRule[] = [
  {
    cause: 'message-too-large',
    general: true,
    phrases: [
      // NetEase's English "exceeded mailsize limit"; Chinese "邮件大小超过限制", "邮件过大".
      'mailsize limit',
      '邮件大小超过',
      '郵件大小超過',
      '邮件过大',
      // Korean, Turkish ("İleti boyutu izin verilen sınırı aşıyor"), Czech and Slovak, Hungarian.
      '메일 크기 … 초과',
      'ileti boyutu … sınır',
      'mesaj boyutu … sınır',
      'příliš velk',
      'príliš veľk',
      'üzenet túl nagy',
      // Swedish, Danish, Finnish.
      'meddelandet är för stort',
      'meddelelsen er for stor',
      'viesti on liian suuri',
      // Brazilian Portuguese, Spanish, Vietnamese, Indonesian.
      'tamanho da mensagem excede',
      'mensagem muito grande',
      'mensaje excede el tamaño',
      'tamaño del mensaje excede',
      'mensaje demasiado grande',
      'vượt quá kích thước',
      'ukuran pesan melebihi',
    ],
  },
  {
    // "Spam" in Chinese (traditional), Korean, Turkish, Czech, Hungarian, Romanian, Greek, Hebrew, Arabic,
    // Persian, Vietnamese, Thai.
    cause: 'spam-filtered',
    general: true,
    phrases: [
      '垃圾信件',
      '스팸',
      'istenmeyen posta',
      'nevyžádan',
      'kéretlen',
      'mesaj nesolicitat',
      'ανεπιθύμητ',
      'דואר זבל',
      'بريد عشوائي',
      'غير مرغوب',
      'هرزنامه',
      'thư rác',
      'อีเมลขยะ',
      'สแปม',
    ],
  },
  {
    // Chinese "connecting to the other side's mail server timed out" (QQ's notices), "cannot connect".
    cause: 'recipient-server-unreachable',
    general: true,
    phrases: [
      '服务器超时',
      '连接超时',
      '无法连接到对方',
      '連線逾時',
      '無法連線到',
      // Japanese: "could not connect to the other side's server".
      'サーバーに接続できません',
      'サーバに接続できません',
    ],
  },
  {
    // "Temporary failure, try again later": the receiving side takes no mail for now.
    cause: 'server-unavailable',
    general: true,
    phrases: [
      'falha temporária',
      'tente novamente mais tarde',
      'error temporal',
      'intente más tarde',
      'inténtelo más tarde',
      'intente de nuevo más tarde',
      'geçici hata',
      'daha sonra tekrar deneyin',
      'dočasná chyba',
      'zkuste to později',
      '请稍后重试',
      '稍后再试',
      '잠시 후 다시 시도',
    ],
  },
];

/**
 * The words of reply-words-languages.ts as rules: per cause, one pair of subject and predicate words per
 * language (a subject and a predicate of one language close together in one sentence), and the words that
 * decide alone (spam, temporary failure) as general phrases.
 */
function pairRules(general: boolean): PhraseRule[] {
  const languages = Object.entries(LANGUAGE_WORDS);
  return WORD_PAIR_CAUSES.filter((c) => !!c.general === general).map(({ cause, subjects, predicates }) => ({
    cause,
    phrases: [],
    ...(general ? { general: true } : {}),
    pairs: languages
      .map(([language, words]) => ({
        subjects: subjects.flatMap((kind) => words[kind] ?? []),
        predicates: predicates.flatMap((kind) => words[kind] ?? []),
        language,
      }))
      .filter((pair) => pair.subjects.length > 0 && pair.predicates.length > 0),
  }));
}

const wordsOf = (kind: keyof LanguageWords): string[] =>
  Object.values(LANGUAGE_WORDS).flatMap((words) => words[kind] ?? []);

export const LANGUAGE_PHRASES: PhraseRule[] = [...LANGUAGE_SENTENCES, ...pairRules(false)];

/**
 * The sending IP said to be on a black list ("adres IP nadawcy znajduje się na czarnej liście", "Ihre
 * IP-Adresse steht auf einer schwarzen Liste"): the IP listed, before the sender words of the same sentence.
 */
export const IP_LISTED_PAIRS: PhraseRule = {
  cause: 'ip-blocklisted',
  phrases: [],
  pairs: Object.entries(LANGUAGE_WORDS)
    .map(([language, words]) => ({ subjects: words.ip ?? [], predicates: words.listed ?? [], language }))
    .filter((pair) => pair.subjects.length > 0 && pair.predicates.length > 0),
};

/**
 * The sender said to be on a black list ("Адрес отправителя находится в черном списке", "发件人在黑名单中"):
 * checked before the bare black-list words, which are a DNSBL's listing of the IP (reply-phrases.ts).
 */
export const SENDER_LISTED_PAIRS: PhraseRule = {
  cause: 'sender-rejected',
  phrases: [],
  pairs: Object.entries(LANGUAGE_WORDS)
    .map(([language, words]) => ({ subjects: words.sender ?? [], predicates: words.listed ?? [], language }))
    .filter((pair) => pair.subjects.length > 0 && pair.predicates.length > 0),
};

export const LANGUAGE_GENERAL_PHRASES: PhraseRule[] = [
  ...LANGUAGE_GENERAL_SENTENCES,
  ...pairRules(true),
  { cause: 'spam-filtered', general: true, phrases: wordsOf('spam') },
  { cause: 'server-unavailable', general: true, phrases: wordsOf('temporary') },
];
