import { describe, expect, it } from 'vitest';
import { readBounceRecords } from '../../../src/diagnose/diagnose-bounce.js';

/**
 * Non-English replies for the two commonest failures. The reply codes here (550, 552 and 452 without a
 * telling enhanced status) do not decide the cause: the words must.
 */

const USER_UNKNOWN: [string, string][] = [
  ['French', '550 <claire@dupont-conseil.fr>: Utilisateur inconnu'],
  ['French', '550 <claire@dupont-conseil.fr>: Destinataire inconnu'],
  ['French', "550 5.0.0 <claire@dupont-conseil.fr>: Adresse inconnue, ce destinataire n'existe pas"],
  ['German', '550 <jonas@mueller-bau.de>: Empfänger unbekannt'],
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
