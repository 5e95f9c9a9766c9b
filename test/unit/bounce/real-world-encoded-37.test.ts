import { TextDecoder } from 'node:util';
import { decodeWords } from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { parseHeaderBlock } from '../../../src/bounce/email/header-block.js';
import { windows1252Punctuation as mend } from '../../../src/bounce/email/windows-1252.js';
import { readBounceRecords } from '../../../src/diagnose/diagnose-bounce.js';
import type { BounceRecord } from '../../../src/report/types.js';
import {
  base64Lines,
  bWord,
  type Charset,
  encode,
  qpLines,
  qWord,
  splitBWords,
} from './real-world-cases-37.js';

/**
 * Round 37 builds its bodies with encoders read off the runtime's own decoders: each must give back the
 * text it encodes, through every transfer encoding, or a fixture would lie about its bytes. Then the
 * round's raw 8-bit emails (Content-Transfer-Encoding: 8bit, or raw 8-bit headers), which only bytes can
 * carry: a case file holds strings, so these are read here as a file's bytes are.
 */

const SAMPLES: Record<Charset, string> = {
  gbk: '很抱歉您发送的邮件被退回。退信原因：收件人地址不存在 (550 User not found)',
  gb18030: '很遗憾，您的邮件无法发送到 wang.fang@qq.com；退信原因：收件人邮箱不存在',
  big5: '您寄給下列收件者的信件無法送達：收件者的信箱已滿',
  'euc-kr': '보낸 메일이 반송되었습니다. 받는 사람의 메일 주소가 존재하지 않습니다.',
  'koi8-r': 'Сообщение не было доставлено следующим адресатам: ящик переполнен',
  'windows-1251': 'Не удалось доставить сообщение следующим получателям или группам',
  'iso-8859-2': 'Vaši zprávu se nepodařilo doručit; Wiadomość nie mogła zostać dostarczona',
  'windows-1252': 'The recipient’s mailbox is full – “mailbox full” … Jörg O’Neill',
  'iso-8859-15': "Délai d'acheminement dépassé : cœur de réseau, 0 €",
  'utf-8': 'δοκιμή@example.org – 系统退信 – jørn',
  'iso-8859-7': 'Δεν ήταν δυνατή η παράδοση στους παρακάτω παραλήπτες',
  'iso-8859-9': 'İletiniz adresine teslim edilmedi, çünkü adres bulunamadı',
  'windows-1256': 'تعذر التسليم إلى هؤلاء المستلمين أو المجموعات',
  'windows-1255': 'ההודעה לא נמסרה לנמען הבא',
  'windows-874': 'ไม่สามารถส่งไปยังผู้รับหรือกลุ่มเหล่านี้',
};

function unQp(lines: string[]): Buffer {
  const joined = lines.join('\n').replace(/=\n/g, '');
  return Buffer.from(
    joined.replace(/=([0-9A-Fa-f]{2})/g, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
    'latin1',
  );
}

describe("round 37's encoders give back their text", () => {
  for (const [charset, text] of Object.entries(SAMPLES) as [Charset, string][]) {
    const decode = (bytes: Uint8Array) => new TextDecoder(charset).decode(bytes);
    // Node 20 reads windows-1252's 0x80-0x9F as C1 controls; the encoder maps through the project's mend.
    const read = charset === 'windows-1252' ? (b: Uint8Array) => mend(decode(b)) : decode;
    it(`${charset}: bytes, base64, quoted-printable (upper and lower hex)`, () => {
      const bytes = encode(text, charset);
      expect(read(bytes)).toBe(text);
      const b64 = base64Lines(bytes);
      expect(b64.every((l) => l.length <= 76)).toBe(true);
      expect(read(Buffer.from(b64.join(''), 'base64'))).toBe(text);
      expect(read(Buffer.from(base64Lines(bytes, 76, false).join(''), 'base64'))).toBe(text);
      for (const lower of [false, true]) {
        const qp = qpLines(bytes, lower);
        expect(qp.every((l) => l.length <= 76 && /^[\x20-\x7e]*$/.test(l))).toBe(true);
        expect(read(unQp(qp))).toBe(text);
      }
    });
    it(`${charset}: encoded words (B, Q, and B cut mid-character over folded lines)`, () => {
      const label = charset === 'windows-1252' ? 'windows-1252' : charset;
      expect(mend(decodeWords(bWord(text, charset, label)))).toBe(text);
      expect(mend(decodeWords(qWord(text, charset, label)))).toBe(text);
      // Cut mid-character: our header reader joins adjacent words of one charset before decoding them.
      const folded = `Subject: ${splitBWords(text, charset, 7, label)}\nTo: bob@example.org`;
      expect(mend(parseHeaderBlock(folded).get('subject') ?? '')).toBe(text);
    });
  }
});

// ---- Raw 8-bit emails ----

interface ByteCase {
  name: string;
  bytes: Buffer;
  want: {
    cause: readonly string[];
    reason: readonly string[];
    recipient?: string | null;
    status?: string;
    replyCode?: number;
    permanent?: boolean;
    knownWrong?: string;
  };
}

/** A message of lines, each line either text (ASCII, or written in `charset`) or raw bytes. */
function bytesOf(charset: Charset, ...lines: string[]): Buffer {
  return Buffer.concat(lines.map((l) => Buffer.concat([encode(l, charset), Buffer.from('\n')])));
}

const UNKNOWN = { cause: ['user-unknown'], reason: ['userunknown'] } as const;
const FULL = { cause: ['mailbox-full'], reason: ['mailboxfull'], permanent: true } as const;

const BYTE_CASES: ByteCase[] = [
  {
    name: 'Coremail notice in raw 8-bit GBK (Content-Transfer-Encoding: 8bit, charset=GBK)',
    bytes: bytesOf(
      'gbk',
      'From: Postmaster <postmaster@mail.example.cn>',
      'To: alice@example.com',
      'Subject: =?GBK?B?z7XNs83L0MU=?=',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=GBK',
      'Content-Transfer-Encoding: 8bit',
      '',
      '很抱歉您发送的邮件被退回，以下是该邮件的相关信息：',
      '收件人：ma.chao@example.cn',
      '退信原因：收件人邮箱空间已满',
      '远程服务器返回信息：552 5.2.2 Mailbox quota exceeded',
    ),
    want: { ...FULL, recipient: 'ma.chao@example.cn', status: '5.2.2' },
  },
  {
    name: 'Mail.ru-style notice in raw 8-bit KOI8-R, unknown user (in reply to RCPT TO)',
    bytes: bytesOf(
      'koi8-r',
      'From: Mail Delivery System <mailer-daemon@mx.example.ru>',
      'To: alice@example.com',
      'Subject: Undelivered Mail Returned to Sender',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=koi8-r',
      'Content-Transfer-Encoding: 8bit',
      '',
      'Сообщение не было доставлено следующим адресатам:',
      '',
      '<orlov@example.ru>: host mx.example.ru[198.51.100.71] said: 550 5.1.1',
      '    <orlov@example.ru>: Recipient address rejected: User unknown (in reply to RCPT TO command)',
    ),
    want: { ...UNKNOWN, recipient: 'orlov@example.ru', status: '5.1.1' },
  },
  {
    name: 'Postfix DSN with a raw 8-bit cp1251 human part (label cp1251), mailbox full',
    bytes: bytesOf(
      'windows-1251',
      'From: MAILER-DAEMON@mx.example.ru (Mail Delivery System)',
      'To: alice@example.com',
      'Subject: Undelivered Mail Returned to Sender',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="cp1251-b"',
      '',
      '--cp1251-b',
      'Content-Type: text/plain; charset=cp1251',
      'Content-Transfer-Encoding: 8bit',
      '',
      'Почтовый ящик получателя переполнен.',
      '<belova@example.ru>: host mx.example.ru[198.51.100.71] said: 552 5.2.2 Mailbox full (in reply to RCPT TO command)',
      '',
      '--cp1251-b',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mx.example.ru',
      '',
      'Final-Recipient: rfc822; belova@example.ru',
      'Action: failed',
      'Status: 5.2.2',
      '',
      '--cp1251-b--',
    ),
    want: { ...FULL, recipient: 'belova@example.ru', status: '5.2.2' },
  },
  {
    name: 'Daum notice in raw 8-bit ks_c_5601-1987, "550 5.1.1 RUSR" (Daum\'s own code)',
    bytes: bytesOf(
      'euc-kr',
      'From: MAILER-DAEMON@daum.net',
      'To: alice@example.com',
      'Subject: Returned mail',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset="ks_c_5601-1987"',
      'Content-Transfer-Encoding: 8bit',
      '',
      '메일 발송에 실패하였습니다.',
      '받는 사람: choi.yuna@daum.net',
      '550 5.1.1 RUSR choi.yuna@daum.net: 받는 사람의 메일 주소가 존재하지 않습니다.',
    ),
    want: { ...UNKNOWN, recipient: 'choi.yuna@daum.net', status: '5.1.1' },
  },
  {
    name: 'Taiwanese notice in raw 8-bit Big5, Postfix reply to RCPT TO',
    bytes: bytesOf(
      'big5',
      'From: MAILER-DAEMON@mail.example.com.tw',
      'To: alice@example.com',
      'Subject: Undelivered Mail Returned to Sender',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=big5',
      'Content-Transfer-Encoding: 8bit',
      '',
      '您寄給下列收件者的信件無法送達：',
      '<tsai.ming@example.com.tw>: host mx.example.com.tw[203.0.113.90] said: 550 5.1.1',
      '    <tsai.ming@example.com.tw>: Recipient address rejected: User unknown in local recipient table (in reply to RCPT TO command)',
    ),
    want: { ...UNKNOWN, recipient: 'tsai.ming@example.com.tw', status: '5.1.1' },
  },
  {
    name: 'Postfix part labelled unknown-8bit holding UTF-8 bytes (a Chinese recipient name)',
    bytes: bytesOf(
      'utf-8',
      'From: MAILER-DAEMON@mail.example.org (Mail Delivery System)',
      'To: alice@example.com',
      'Subject: Undelivered Mail Returned to Sender',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=unknown-8bit',
      'Content-Transfer-Encoding: 8bit',
      '',
      '"王小明" <wang.xm@example.org>: host mx.example.org[192.0.2.10] said: 550 5.1.1',
      '    <wang.xm@example.org>: Recipient address rejected: User unknown in local',
      '    recipient table (in reply to RCPT TO command)',
    ),
    want: { ...UNKNOWN, recipient: 'wang.xm@example.org', status: '5.1.1' },
  },
  {
    name: "Notice labelled cp936 (Windows' name for GBK, unknown to TextDecoder), raw 8-bit GBK",
    bytes: bytesOf(
      'gbk',
      'From: Postmaster <postmaster@mail.example.cn>',
      'To: alice@example.com',
      'Subject: Delivery failure',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=cp936',
      'Content-Transfer-Encoding: 8bit',
      '',
      '您发送的邮件未能成功投递。',
      '收件人：he.jun@example.cn',
      '原因：550 5.1.1 <he.jun@example.cn>: Recipient address rejected: User unknown (in reply to RCPT TO command)',
    ),
    want: { ...UNKNOWN, recipient: 'he.jun@example.cn', status: '5.1.1' },
  },
  {
    name: 'Raw 8-bit GBK in the top headers (Subject and From not encoded) and the body',
    bytes: bytesOf(
      'gbk',
      'From: 系统管理员 <postmaster@mail.example.cn>',
      'To: alice@example.com',
      'Subject: 退信通知',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=gb2312',
      'Content-Transfer-Encoding: 8bit',
      '',
      '您发送的邮件被退回。',
      '收件人：xu.tao@example.cn',
      '退信原因：552 Requested mail action aborted: exceeded mailsize limit',
    ),
    want: {
      cause: ['message-too-large', 'size-limit-exceeded'],
      reason: ['mesgtoobig', 'exceedlimit'],
      recipient: 'xu.tao@example.cn',
      replyCode: 552,
    },
  },
  {
    name: 'RFC 6533 report in raw UTF-8: global-delivery-status and global-headers, 8-bit throughout',
    bytes: bytesOf(
      'utf-8',
      'From: Mail Delivery System <MAILER-DAEMON@mx.example.org>',
      'To: alice@example.com',
      'Subject: Undelivered Mail Returned to Sender',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=global-delivery-status; boundary="eai-raw"',
      '',
      '--eai-raw',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: 8bit',
      '',
      'Die Nachricht an müller@beispiel.example konnte nicht zugestellt werden: Postfach voll.',
      '',
      '--eai-raw',
      'Content-Type: message/global-delivery-status',
      '',
      'Reporting-MTA: dns; mx.example.org',
      '',
      'Final-Recipient: utf-8; müller@beispiel.example',
      'Original-Recipient: utf-8; müller@beispiel.example',
      'Action: failed',
      'Status: 5.2.2',
      'Diagnostic-Code: smtp; 552 5.2.2 Mailbox full',
      '',
      '--eai-raw',
      'Content-Type: message/global-headers',
      '',
      'From: Alice <alice@example.com>',
      'To: müller@beispiel.example',
      'Subject: Grüße',
      '',
      '--eai-raw--',
    ),
    want: { ...FULL, recipient: 'müller@beispiel.example', status: '5.2.2', replyCode: 552 },
  },
];

function check(r: BounceRecord | undefined, want: ByteCase['want']): void {
  expect(r).toBeDefined();
  if (!r) return;
  expect(want.cause).toContain(r.cause);
  expect(want.reason).toContain(r.reason);
  if (want.recipient !== undefined) expect(r.recipient).toBe(want.recipient);
  if (want.status !== undefined) expect(r.status).toBe(want.status);
  if (want.replyCode !== undefined) expect(r.replyCode).toBe(want.replyCode);
  if (want.permanent !== undefined) expect(r.permanent).toBe(want.permanent);
}

describe('adjacent encoded words', () => {
  it('keeps the text between words that are not adjacent, and joins only one charset and encoding', () => {
    const value = (v: string) => parseHeaderBlock(`Subject: ${v}`).get('subject');
    expect(value('=?UTF-8?B?5Lit?= and =?UTF-8?B?5paH?=')).toBe('中 and 文');
    expect(value('=?UTF-8?B?5Lg=?= =?UTF-8?B?reaWhw==?=')).toBe('中文');
    expect(value('=?UTF-8?Q?a?= =?ISO-8859-1?Q?=E9?=b')).toBe('aéb');
    expect(value('(=?UTF-8?Q?Caf=C3?= =?utf-8?q?=A9?=)')).toBe('(Café)');
  });
});

describe("round 37's raw 8-bit emails, read as a file's bytes", () => {
  for (const c of BYTE_CASES) {
    const run = c.want.knownWrong ? it.fails : it;
    run(c.name, async () => {
      const [first] = await readBounceRecords(new Uint8Array(c.bytes));
      check(first, c.want);
    });
  }
});
