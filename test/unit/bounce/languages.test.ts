import { describe, expect, it } from 'vitest';
import { firstMatch, foldLetters } from '../../../src/bounce/match-phrases.js';
import { readBounceRecords } from '../../../src/diagnose/diagnose-bounce.js';
import type { PhraseRule } from '../../../src/knowledge/reply-phrases.js';

/**
 * Non-English replies for the two commonest failures. The reply codes here (550, 552 and 452 without a
 * telling enhanced status) do not decide the cause: the words must.
 */

const USER_UNKNOWN: [string, string][] = [
  ['French', '550 <claire@dupont-conseil.fr>: Utilisateur inconnu'],
  ['French', '550 <claire@dupont-conseil.fr>: Destinataire inconnu'],
  ['French', "550 5.0.0 <claire@dupont-conseil.fr>: Adresse inconnue, ce destinataire n'existe pas"],
  ['German', '550 <jonas@mueller-bau.de>: Empfänger unbekannt'],
  ['Finnish', '550 <pekka@example.fi>: Vastaanottajaa ei löydy'],
  ['Finnish', '550 <pekka@example.fi>: Käyttäjää ei ole olemassa'],
  ['German', '550 <jonas@mueller-bau.de>: Benutzer unbekannt'],
  ['German', '550 5.0.0 <jonas@mueller-bau.de>: Die E-Mail-Adresse existiert nicht'],
  ['Spanish', '550 <lucia@garcia-abogados.es>: Usuario desconocido'],
  ['Spanish', '550 <lucia@garcia-abogados.es>: El usuario no existe'],
  ['Japanese', '550 <taro@yamada-shoji.co.jp>: 宛先のメールアドレスは存在しません'],
  ['Japanese', '550 <taro@yamada-shoji.co.jp>: 宛先不明'],
  ['Japanese', '550 <taro@yamada-shoji.co.jp>: ユーザが見つかりません'],
  ['Russian', '550 <ivan@petrov-group.ru>: Пользователь не существует'],
  ['Russian', '550 <ivan@petrov-group.ru>: Нет такого пользователя'],
  ['Russian', '550 <ivan@petrov-group.ru>: Неизвестный получатель'],
  ['Italian', '550 <marco@rossi-studio.it>: Utente sconosciuto'],
  ['Italian', "550 <marco@rossi-studio.it>: L'indirizzo non esiste"],
  ['Portuguese', '550 <joao@silva-advogados.com.br>: Usuário inexistente'],
  // "Does not exist" alone, as English "does not exist" is read (round 13).
  ['Chinese', '550 <wang@example.cn>: 该邮箱地址不存在'],
  ['Vietnamese', '550 <hoa@example.vn>: Tài khoản không tồn tại'],
  ['Romanian', '550 <dan@example.ro>: Adresa nu există'],
  ['Swedish', '550 <erik@example.se>: Mottagaren finns inte'],
  ['Greek', '550 <eleni@example.gr>: Ο χρήστης δεν υπάρχει'],
  ['Ukrainian', '550 <taras@example.com.ua>: Користувач не існує'],
];

const MAILBOX_FULL: [string, string][] = [
  ['French', '550 <claire@dupont-conseil.fr>: Boîte aux lettres pleine'],
  ['French', '452 4.2.2 <claire@dupont-conseil.fr>: Boite pleine, réessayez plus tard'],
  ['German', '550 <jonas@mueller-bau.de>: Postfach voll'],
  ['German', '452 <jonas@mueller-bau.de>: Das Postfach ist voll'],
  ['German', '550 <jonas@mueller-bau.de>: Speicherplatz des Postfachs überschritten'],
  ['Spanish', '550 <lucia@garcia-abogados.es>: Buzón lleno'],
  ['Spanish', '550 <lucia@garcia-abogados.es>: buzon lleno, intente mas tarde'],
  ['Japanese', '550 <taro@yamada-shoji.co.jp>: メールボックスの容量が超過しています'],
  ['Japanese', '552 <taro@yamada-shoji.co.jp>: メールボックス容量オーバー'],
  ['Russian', '550 <ivan@petrov-group.ru>: Почтовый ящик переполнен'],
  ['Russian', '552 <ivan@petrov-group.ru>: Превышен размер почтового ящика'],
  ['Italian', '550 <marco@rossi-studio.it>: Casella piena'],
  ['Portuguese', '550 <joao@silva-advogados.com.br>: Caixa postal cheia'],
  // Whole sentences as servers write them, words apart.
  ['French', '552 <claire@dupont-conseil.fr>: La boîte aux lettres du destinataire est pleine.'],
  ['German', '552 <jonas@mueller-bau.de>: Das Postfach des Empfängers ist voll'],
  ['German', '552 <jonas@mueller-bau.de>: Quota des Postfachs überschritten'],
  ['Spanish', '552 <lucia@garcia-abogados.es>: El buzón del destinatario está lleno'],
  ['Spanish', '552 <lucia@garcia-abogados.es>: Cuota de almacenamiento excedida'],
  ['Japanese', '552 <taro@yamada-shoji.co.jp>: 受信者のメールボックスがいっぱいです'],
  ['Russian', '552 <ivan@petrov-group.ru>: Ящик получателя переполнен'],
  ['Russian', '552 <ivan@petrov-group.ru>: Превышена квота почтового ящика'],
  [
    'Outlook',
    "550 5.2.2 <anna@contoso.example>: The recipient's mailbox is full and can't accept messages now.",
  ],
];

// Words that also speak of sizes and limits that are not the mailbox's.
const NOT_MAILBOX_FULL: [string, string][] = [
  ['Japanese (message size)', '552 5.3.4 <taro@yamada-shoji.co.jp>: メッセージの容量が制限を超えています'],
  ['Russian (sending limit)', '550 <ivan@petrov-group.ru>: Превышен лимит отправки сообщений'],
];

describe('size and limit words that are not a full mailbox', () => {
  it.each(NOT_MAILBOX_FULL)('%s: %s', async (_language, line) => {
    const [record] = await readBounceRecords(line);
    expect(record?.cause).not.toBe('mailbox-full');
  });
});

const recipientIn = (line: string) => /<([^>]+)>/.exec(line)?.[1];

describe('user unknown', () => {
  it.each(USER_UNKNOWN)('%s: %s', async (_language, line) => {
    const records = await readBounceRecords(line);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      recipient: recipientIn(line),
      cause: 'user-unknown',
      reason: 'userunknown',
      permanent: true,
    });
  });
});

describe('mailbox full', () => {
  it.each(MAILBOX_FULL)('%s: %s', async (_language, line) => {
    const records = await readBounceRecords(line);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      recipient: recipientIn(line),
      cause: 'mailbox-full',
      reason: 'mailboxfull',
      permanent: !line.startsWith('4'),
    });
  });
});

describe('whole bounce emails in legacy charsets', () => {
  const email = (charset: string, subject: string) =>
    [
      'From: MAILER-DAEMON@mx.example.net',
      'To: anna@example.com',
      `Subject: ${subject}`,
      'MIME-Version: 1.0',
      `Content-Type: text/plain; charset=${charset}`,
      'Content-Transfer-Encoding: 8bit',
      '',
      '',
    ].join('\n');

  it('German in ISO-8859-1', async () => {
    const body =
      'Ihre Nachricht konnte nicht zugestellt werden.\n\n<jonas@mueller-bau.de>: Empfänger unbekannt (550 5.1.1)\n';
    const bytes = Buffer.concat([
      Buffer.from(email('iso-8859-1', 'Unzustellbar: Angebot')),
      Buffer.from(body, 'latin1'),
    ]);
    expect(bytes.includes(0xe4)).toBe(true);
    const [r, ...rest] = await readBounceRecords(bytes);
    expect(rest).toEqual([]);
    expect(r).toMatchObject({
      recipient: 'jonas@mueller-bau.de',
      cause: 'user-unknown',
      sender: 'anna@example.com',
    });
    expect(r?.diagnostic).toContain('Empfänger unbekannt');
  });

  it.each(['windows-1251', 'koi8-r'])('Russian in %s', async (charset) => {
    const body = 'Ваше сообщение не доставлено.\n\n<ivan@petrov-group.ru>: 552 Почтовый ящик переполнен\n';
    const bytes = Buffer.concat([Buffer.from(email(charset, 'Undelivered Mail')), encode8bit(body, charset)]);
    const [r, ...rest] = await readBounceRecords(bytes);
    expect(rest).toEqual([]);
    expect(r).toMatchObject({ recipient: 'ivan@petrov-group.ru', cause: 'mailbox-full', replyCode: 552 });
    expect(r?.diagnostic).toContain('Почтовый ящик переполнен');
  });
});

/** A single-byte charset encoder built from the platform's decoder (Node has no legacy encoders). */
function encode8bit(text: string, charset: string): Buffer {
  const decoder = new TextDecoder(charset);
  const table = new Map<string, number>();
  for (let b = 0x80; b < 0x100; b++) table.set(decoder.decode(Uint8Array.of(b)), b);
  return Buffer.from(
    [...text].map((ch) => {
      const code = ch.charCodeAt(0);
      if (code < 0x80) return code;
      const byte = table.get(ch);
      if (byte === undefined) throw new Error(`${ch} is not in ${charset}`);
      return byte;
    }),
  );
}

describe('Outlook / Microsoft 365 NDRs in other languages (the reply itself says nothing)', () => {
  const ndr = (sentence: string) =>
    ['Undeliverable', '', 'judy@example.org', sentence, '', "Remote Server returned '550 5.0.0 ...'"].join(
      '\n',
    );

  it.each([
    ['German', 'Die E-Mail-Adresse, die Sie eingegeben haben, wurde nicht gefunden.', 'user-unknown'],
    ['French', "L'adresse e-mail que vous avez entrée est introuvable.", 'user-unknown'],
    ['Spanish', 'No se encontró la dirección de correo electrónico que especificó.', 'user-unknown'],
    ['Japanese', '入力したメール アドレスが見つかりませんでした。', 'user-unknown'],
    ['Russian', 'Не удалось найти указанный адрес электронной почты.', 'user-unknown'],
    [
      'German',
      'Das Postfach des Empfängers ist voll und kann derzeit keine Nachrichten annehmen.',
      'mailbox-full',
    ],
    [
      'French',
      "La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour l'instant.",
      'mailbox-full',
    ],
    [
      'Spanish',
      'El buzón del destinatario está lleno y no puede aceptar mensajes en este momento.',
      'mailbox-full',
    ],
    [
      'Japanese',
      '受信者のメールボックスがいっぱいで、現在メッセージを受け付けることができません。',
      'mailbox-full',
    ],
    [
      'Russian',
      'Почтовый ящик получателя переполнен, и сейчас он не может принимать сообщения.',
      'mailbox-full',
    ],
  ])('%s: %s', async (_language, sentence, cause) => {
    const [r, ...rest] = await readBounceRecords(ndr(sentence));
    expect(rest).toEqual([]);
    expect(r).toMatchObject({ recipient: 'judy@example.org', cause });
  });
});

/**
 * Round 13's languages (Chinese, Korean, Turkish, Central and Eastern European, Nordic, Middle Eastern and
 * South-East Asian), in wordings other than the held-out cases' (test/unit/bounce/real-world-cases-13.ts):
 * other servers' sentences for the same failures, Exchange's classic NDR text with the reply left out, and
 * notices that name the sender too, so the recipient must be told from it.
 */
describe('round 13 languages: other wordings of the same failures', () => {
  const exchange = (heading: string, address: string, sentence: string) =>
    [heading, '', address, sentence].join('\n');

  it.each([
    ['Chinese', '550 <wu.fang@example.cn>: 该用户邮箱已被禁用', 'mailbox-disabled', 'wu.fang@example.cn'],
    ['Korean', '550 <yoon@example.co.kr>: 존재하지 않는 계정입니다', 'user-unknown', 'yoon@example.co.kr'],
    [
      'Korean',
      '550 <kang@example.co.kr>: 받는 사람이 수신을 거부하였습니다',
      'blocked-by-recipient',
      'kang@example.co.kr',
    ],
    ['Turkish', '550 <cem@example.com.tr>: Böyle bir kullanıcı yok', 'user-unknown', 'cem@example.com.tr'],
    ['Greek', '550 <eleni@example.gr>: Ο παραλήπτης δεν υπάρχει', 'user-unknown', 'eleni@example.gr'],
    ['Hungarian', '552 <bela@example.hu>: A címzett postafiókja betelt', 'mailbox-full', 'bela@example.hu'],
    ['Danish', '550 <soren@example.dk>: Ukendt modtager', 'user-unknown', 'soren@example.dk'],
    ['Norwegian', '550 <ola@example.no>: Ukjent mottaker', 'user-unknown', 'ola@example.no'],
    ['Finnish', '550 <pekka@example.fi>: Tuntematon vastaanottaja', 'user-unknown', 'pekka@example.fi'],
    ['Vietnamese', '550 <hoa@example.vn>: Địa chỉ email không tồn tại', 'user-unknown', 'hoa@example.vn'],
    [
      'Indonesian',
      '550 <rina@example.co.id>: Pengguna tidak ditemukan',
      'user-unknown',
      'rina@example.co.id',
    ],
    [
      'Romanian',
      exchange(
        'Livrarea a eșuat către acești destinatari sau grupuri:',
        'dan@example.ro',
        'Adresa de e-mail pe care ați introdus-o nu a fost găsită.',
      ),
      'user-unknown',
      'dan@example.ro',
    ],
    [
      'Indonesian',
      exchange(
        'Pengiriman gagal ke penerima atau grup ini:',
        'sari@example.co.id',
        'Alamat email yang Anda masukkan tidak dapat ditemukan. Periksa alamat email penerima dan coba kirim pesan lagi.',
      ),
      'user-unknown',
      'sari@example.co.id',
    ],
    [
      'Vietnamese',
      exchange(
        'Gửi thư không thành công đến những người nhận hoặc nhóm này:',
        'minh@example.vn',
        'Hộp thư của người nhận đã đầy và không thể nhận thư ngay bây giờ. Vui lòng thử gửi lại thư sau hoặc liên hệ trực tiếp với người nhận.',
      ),
      'mailbox-full',
      'minh@example.vn',
    ],
    [
      'Greek',
      exchange(
        'Η παράδοση σε αυτούς τους παραλήπτες ή τις ομάδες απέτυχε:',
        'dimitris@example.gr',
        'Το γραμματοκιβώτιο του παραλήπτη είναι πλήρες και δεν μπορεί να δεχτεί μηνύματα αυτήν τη στιγμή.',
      ),
      'mailbox-full',
      'dimitris@example.gr',
    ],
    [
      'Hebrew',
      exchange(
        'המסירה לנמענים או לקבוצות אלה נכשלה:',
        'dana@example.co.il',
        'כתובת הדואר האלקטרוני שהזנת לא נמצאה. בדוק את כתובת הדואר האלקטרוני של הנמען ונסה לשלוח שוב את ההודעה.',
      ),
      'user-unknown',
      'dana@example.co.il',
    ],
    [
      'Ukrainian',
      exchange(
        'Не вдалося доставити повідомлення цим одержувачам або групам:',
        'oksana@example.com.ua',
        'Не вдалося знайти введену адресу електронної пошти. Перевірте адресу електронної пошти одержувача та спробуйте надіслати повідомлення ще раз.',
      ),
      'user-unknown',
      'oksana@example.com.ua',
    ],
    [
      'Turkish',
      [
        'İleti teslim edilemedi.',
        '',
        'Gönderen: alice@example.com',
        'Alıcı: deniz@example.com.tr',
        'Neden: Posta kutusu dolu.',
      ].join('\n'),
      'mailbox-full',
      'deniz@example.com.tr',
    ],
    [
      'Czech',
      [
        'Zprávu nebylo možné doručit.',
        '',
        'Odesílatel: alice@example.com',
        'Příjemce: tomas@example.cz',
        'Důvod: Schránka příjemce je plná.',
      ].join('\n'),
      'mailbox-full',
      'tomas@example.cz',
    ],
    [
      'Vietnamese',
      [
        'Gửi thư không thành công.',
        '',
        'Người gửi: alice@example.com',
        'Người nhận: lan@example.vn',
        'Lý do: Hộp thư của người nhận đã đầy.',
      ].join('\n'),
      'mailbox-full',
      'lan@example.vn',
    ],
  ])('%s: %s', async (_language, text, cause, recipient) => {
    const [r] = await readBounceRecords(text);
    expect(r).toMatchObject({ recipient, cause });
  });
});

// Words of round 13's languages that look like another failure's: the sending IP on a blacklist is not the
// recipient's own block list, spam refused "by reception" is not the recipient refusing the sender, and a
// domain or a sender that does not exist is not an unknown user.
describe('round 13 languages: look-alike wording keeps its own cause', () => {
  it.each([
    ['Chinese (IP on a blacklist)', '554 5.7.1 您的IP已被加入黑名单', 'ip-blocklisted'],
    ['Korean (refused as spam)', '550 5.7.1 스팸으로 분류되어 수신이 거부되었습니다', 'spam-filtered'],
    ['Chinese (domain)', '550 <a@exmaple.cn>: 收件人域名不存在', 'domain-not-found'],
    ['Turkish (domain)', '550 <a@exmaple.com.tr>: Alan adı bulunamadı', 'domain-not-found'],
    ['Chinese (sender)', '550 5.1.0 发件人地址不存在', 'sender-rejected'],
    ['Chinese (domain, in English too)', '550 Domain does not exist: 不存在的域名', 'domain-not-found'],
  ])('%s: %s', async (_language, line, cause) => {
    const [r] = await readBounceRecords(line);
    expect(r?.cause).toBe(cause);
  });

  // "不存在于" is "is not in": an IP not on an allowed list is no unknown user.
  it('Chinese: 不存在于 (is not in) an allowed list', async () => {
    const [r] = await readBounceRecords('554 5.7.1 您的IP不存在于白名单中');
    expect(r?.cause).not.toBe('user-unknown');
  });
});

// Outlook and Gmail in Hebrew, Arabic and Persian put right-to-left and left-to-right marks (U+200F, U+200E)
// at the start of lines and around addresses: invisible, no part of the address or of the words.
describe('right-to-left notices with direction marks', () => {
  const [rlm, lrm] = ['\u200f', '\u200e'];
  it.each([
    [
      'Hebrew',
      [
        `${rlm}המסירה לנמענים או לקבוצות אלה נכשלה:`,
        '',
        `${rlm}${lrm}dana@example.co.il${lrm}`,
        `${rlm}תיבת הדואר של הנמען מלאה ואין באפשרותה לקבל הודעות כעת.`,
      ].join('\n'),
      'dana@example.co.il',
      'mailbox-full',
    ],
    [
      'Arabic',
      [
        `${rlm}فشل التسليم إلى هؤلاء المستلمين أو المجموعات:`,
        '',
        `${lrm}fatima@example.ae${lrm}`,
        `${rlm}تعذر العثور على عنوان البريد الإلكتروني الذي أدخلته.`,
      ].join('\n'),
      'fatima@example.ae',
      'user-unknown',
    ],
  ])('%s', async (_language, text, recipient, cause) => {
    const [r, ...rest] = await readBounceRecords(text);
    expect(rest).toEqual([]);
    expect(r).toMatchObject({ recipient, cause });
  });
});

// Gmail's "Domain not found" notice ("Your message wasn't delivered to x because the domain y couldn't be
// found"), human text only: the domain, not the address, is at fault.
describe("Gmail's domain-not-found notice in other languages", () => {
  it.each([
    [
      'Korean',
      '도메인을 찾을 수 없음',
      'exmaple.co.kr 도메인을 찾을 수 없어 jin@exmaple.co.kr 주소로 메일이 전송되지 않았습니다.',
    ],
    [
      'Greek',
      'Ο τομέας δεν βρέθηκε',
      'Το μήνυμά σας δεν παραδόθηκε στη διεύθυνση jin@exmaple.gr, επειδή ο τομέας exmaple.gr δεν βρέθηκε.',
    ],
    [
      'Indonesian',
      'Domain tidak ditemukan',
      'Pesan Anda tidak terkirim ke jin@exmaple.co.id karena domain exmaple.co.id tidak ditemukan.',
    ],
    [
      'Vietnamese',
      'Không tìm thấy miền',
      'Thư của bạn chưa được gửi tới jin@exmaple.vn vì không tìm thấy miền exmaple.vn.',
    ],
    [
      'Japanese',
      'ドメインが見つかりません',
      'ドメイン exmaple.jp が見つからなかったため、jin@exmaple.jp にメールを配信できませんでした。',
    ],
  ])('%s: %s', async (_language, heading, sentence) => {
    const [r] = await readBounceRecords([heading, '', sentence].join('\n'));
    expect(r?.cause).toBe('domain-not-found');
    expect(r?.recipient).toMatch(/^jin@exmaple\./);
  });
});

// Korean portals send their notices as one text/html part, no plain text beside it.
describe('a single-part HTML notice', () => {
  it("Naver's returned-mail notice, base64 UTF-8 HTML", async () => {
    const html = [
      '<html><body><p>보낸 메일이 반송되었습니다.<br><br>받는 사람: lee.jiwon@naver.com<br>제목: 회의 자료<br><br>',
      '반송 사유: 받는 사람의 메일함 용량이 부족하여 메일을 받을 수 없습니다.</p></body></html>',
    ].join('');
    const email = [
      'From: mailer-daemon@naver.com',
      'To: kim@example.co.kr',
      `Subject: =?UTF-8?B?${Buffer.from('[반송] 회의 자료').toString('base64')}?=`,
      'MIME-Version: 1.0',
      'Content-Type: text/html; charset=UTF-8',
      'Content-Transfer-Encoding: base64',
      '',
      Buffer.from(html).toString('base64'),
    ].join('\r\n');
    const [r, ...rest] = await readBounceRecords(email);
    expect(rest).toEqual([]);
    expect(r).toMatchObject({ recipient: 'lee.jiwon@naver.com', cause: 'mailbox-full' });
    expect(r?.diagnostic).not.toContain('<');
  });
});

// Exchange's delay notice ("This message hasn't been delivered yet. Delivery will continue to be attempted."),
// its reply left out: still being tried, not failed.
describe("Exchange's delay notice in round 13's languages", () => {
  it.each([
    [
      'Turkish',
      'Bu alıcılara veya gruplara teslim gecikti:',
      'Bu ileti henüz teslim edilmedi. Teslim etme denemesi sürecek.',
    ],
    [
      'Korean',
      '다음 받는 사람 또는 그룹에게 배달이 지연되었습니다:',
      '이 메시지는 아직 배달되지 않았습니다. 배달을 계속 시도합니다.',
    ],
    [
      'Brazilian Portuguese',
      'A entrega está atrasada para estes destinatários ou grupos:',
      'Esta mensagem ainda não foi entregue. A entrega continuará sendo tentada.',
    ],
  ])('%s', async (_language, heading, sentence) => {
    const [r] = await readBounceRecords([heading, '', 'bob@example.org', '', sentence].join('\n'));
    expect(r).toMatchObject({ recipient: 'bob@example.org', cause: 'delivery-delayed' });
  });
});

/**
 * A third look at round 13's languages (written after the fixes above, measured before any change): short
 * replies in still other words, as hosting MTAs and portals translate them. 6 of 14 right as written (3 by
 * round 13's words, 3 by words the tables held before); 14 after, by more words.
 */
describe('round 13 languages: short replies in still other words', () => {
  it.each([
    ['Chinese', '554 发送的邮件内容包含了未被许可的信息，或被系统识别为垃圾邮件', 'spam-filtered'],
    ['Chinese', '452 收件人邮箱容量不足', 'mailbox-full'],
    ['Korean', '552 메일박스가 꽉 찼습니다', 'mailbox-full'],
    ['Turkish', '550 Alıcı adresi geçersiz', 'user-unknown'],
    ['Czech', '550 Schránka příjemce neexistuje', 'user-unknown'],
    ['Brazilian Portuguese', '550 Caixa postal inexistente', 'user-unknown'],
    ['Spanish', '550 La dirección de correo no existe', 'user-unknown'],
    ['Vietnamese', '552 Hộp thư đã vượt quá dung lượng cho phép', 'mailbox-full'],
    ['Indonesian', '550 Alamat email tidak valid', 'user-unknown'],
    ['Hungarian', '552 A postafiók tárhelye betelt', 'mailbox-full'],
    ['Greek', '550 Η θυρίδα δεν υπάρχει', 'user-unknown'],
    ['Arabic', '552 صندوق البريد ممتلئ', 'mailbox-full'],
    ['Thai', '550 ไม่มีผู้ใช้นี้ในระบบ', 'user-unknown'],
    ['Ukrainian', '552 Перевищено квоту поштової скриньки', 'mailbox-full'],
  ])('%s: %s', async (_language, line, cause) => {
    const [r] = await readBounceRecords(line);
    expect(r?.cause).toBe(cause);
  });
});

// A reply's reason line copied alone, no code: Chinese and Japanese write it without a space.
describe('a CJK reason line pasted alone', () => {
  it.each([
    ['收件人邮箱地址不存在', 'user-unknown'],
    ['对方邮箱已满', 'mailbox-full'],
    ['宛先不明', 'user-unknown'],
  ])('%s', async (line, cause) => {
    const [r, ...rest] = await readBounceRecords(line);
    expect(rest).toEqual([]);
    expect(r?.cause).toBe(cause);
  });

  it('not a question about it', async () => {
    expect(await readBounceRecords('邮箱地址不存在怎么办？我发给他好几次了都被退回来')).toEqual([]);
  });
});

// Letter variants are folded in the reply and in the tables alike (round 16L).
describe('letter variants', () => {
  it.each([
    ['Turkish capitals lose the dotless ı', 'ALICI BULUNAMADI'.toLowerCase(), 'alıcı bulunamadı'],
    ['Persian typed on an Arabic keyboard', 'كاربر يافت نشد', 'کاربر یافت نشد'],
    ['Arabic ه for ة, ى for ي', 'الرساله كبيره جدا', 'الرسالة كبيرة جدا'],
    ['Greek capitals carry no accents', 'ΑΓΝΩΣΤΟΣ ΧΡΗΣΤΗΣ'.toLowerCase(), 'άγνωστος χρήστης'],
    ['Russian ё', 'отключён', 'отключен'],
    ['Romanian cedilla and comma below', 'depăşită', 'depășită'],
    ['full-width forms', 'ｕｓｅｒ\u3000ｕｎｋｎｏｗｎ', 'user unknown'],
    ['decomposed accents', 'vô hiệu hóa'.normalize('NFD'), 'vô hiệu hóa'],
  ])('%s', (_what, written, tabled) => {
    expect(foldLetters(written)).toBe(foldLetters(tabled));
  });

  it('leaves English alone', () => {
    const text = 'user unknown';
    expect(foldLetters(text)).toBe(text);
  });
});

// A subject word and a predicate word of one language close together in one sentence (round 16L).
describe('word pairs', () => {
  const rules: PhraseRule[] = [
    { cause: 'full', phrases: [], pairs: [{ subjects: ['postfach', 'mailbox'], predicates: ['voll'] }] },
    { cause: 'message', phrases: [], pairs: [{ subjects: ['メール'], predicates: ['超え'] }] },
    { cause: 'mailbox', phrases: [], pairs: [{ subjects: ['メールボックス'], predicates: ['超え'] }] },
  ];
  const cause = (text: string) => firstMatch(rules, text)?.rule.cause;

  it('in either order, with words between', () => {
    expect(cause('das postfach des empfängers ist voll')).toBe('full');
    expect(cause('voll ist das postfach')).toBe('full');
  });

  it('side by side, reported as written', () => {
    expect(firstMatch(rules, 'postfach voll')?.phrase).toBe('postfach voll');
    expect(firstMatch(rules, 'das postfach ist voll')?.phrase).toBe('postfach … voll');
  });

  it('not across a sentence end, nor far apart', () => {
    expect(cause('postfach gefunden. voll')).toBeUndefined();
    expect(cause('postfach example.org voll')).toBe('full');
    expect(cause(`postfach ${'x'.repeat(60)} voll`)).toBeUndefined();
  });

  it('whole words in spaced scripts', () => {
    expect(cause('mailbox unvoll')).toBeUndefined();
    expect(cause('ip-postfach voll')).toBeUndefined();
    expect(cause('mailbox: voll')).toBe('full');
  });

  it('the longer subject counts where one lies inside another', () => {
    expect(cause('メールボックスの容量を超えました')).toBe('mailbox');
    expect(cause('メールのサイズが上限を超えています')).toBe('message');
  });
});

// Other words of the same failures, as servers word them: the words, not the sentences, decide (round 16L).
describe('subject and predicate words by language', () => {
  it.each([
    ['French', '550 <a@example.fr>: Adresse du destinataire inconnue', 'user-unknown'],
    ['German', '550 <a@example.de>: Empfängeradresse ungültig', 'user-unknown'],
    ['Spanish', '550 <a@example.es>: La cuenta del usuario está suspendida', 'mailbox-disabled'],
    ['Russian', '550 <a@example.ru>: Домен получателя не найден', 'domain-not-found'],
    ['Turkish', '550 <a@example.com.tr>: GÖNDEREN ENGELLENDİ', 'sender-rejected'],
    ['Chinese', '554 <a@example.cn>: 不允许中继', 'relay-denied'],
    // Word order decides between readings: a full mailbox before "there is no", the message's size apart
    // from the mailbox's, the sender before the mailbox.
    ['Spanish', '552 <a@example.es>: No hay espacio en el buzón', 'mailbox-full'],
    ['German', '552 <a@example.de>: Kein Speicherplatz im Postfach', 'mailbox-full'],
    ['Japanese', '552 <a@example.jp>: メッセージの容量が制限を超えています', 'message-too-large'],
    ['Japanese', '552 <a@example.jp>: メールボックスの容量を超えています', 'mailbox-full'],
    ['Italian', '550 <a@example.it>: La casella del mittente è bloccata', 'sender-rejected'],
  ])('%s: %s', async (_language, line, want) => {
    const [r] = await readBounceRecords(line);
    expect(r?.cause).toBe(want);
  });
});
