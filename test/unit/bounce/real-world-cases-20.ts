import { TextDecoder } from 'node:util';
import type { RealWorldCase } from './real-world-cases.js';
import {
  DISABLED,
  EXPIRED,
  lines,
  MAILBOX_FULL,
  MS_NOT_FOUND,
  TOO_BIG,
  USER_UNKNOWN,
} from './real-world-expectations.js';

/*
 * A twentieth held-out round: whole bounce emails and replies from Japanese mail systems and carriers.
 * NTT docomo (mfsmax), au/KDDI (lsean.ezweb.ne.jp, msmx.au.com), SoftBank (i.softbank.jp, softbank.ne.jp),
 * BIGLOBE, @nifty, OCN, So-net, Sakura Internet, Xserver, the m-FILTER and Activehunter appliances, Trend
 * Micro InterScan MSS, HENNGE/CyberMail-style gateways, Postfix and Sendmail at Japanese ISPs writing
 * Japanese text (ISO-2022-JP 7bit, Shift_JIS and UTF-8 in base64 or quoted-printable, RFC 2047 subjects), and
 * Japanese Exchange and Microsoft 365 NDRs. The carriers answer mail their subscriber's reception settings
 * refuse (指定受信, 迷惑メールフィルター) with "550 Unknown user" after DATA: a recipient-side filter, not a
 * gone address. Written from knowledge of the systems' wordings, none from the development corpus, checked
 * against rounds 1-19, measured before any rule was changed:
 *   round 20  57 cases (46 whole emails, 11 replies and log lines), 47 right as written (82 %). The 10 wrong:
 *             the carriers' "550 Unknown user" after DATA kept the cause user-unknown (side sender; only the
 *             reason became filtered), 3; the reception-setting wording (受信拒否設定, 指定受信, "reception
 *             setting of the recipient") unknown, 3; a failed DSN's 4.4.7 / 4.4.1 (expiry) read as temporary,
 *             2; a 7-bit ISO-2022-JP body held as a string was not decoded (配送期限切れ then unknown too), 1;
 *             宛先ホストが見つかりません read as an unknown address, 1.
 *   fixed     by data and two reading steps: our own wording's "unknown user" in answer to DATA (no x.1.x status,
 *             not a provider's own words) is now the cause content-filtered, side recipient, not only the
 *             reason (refinements.ts AFTER_DATA_REFINES, classify.ts); a DSN whose Action is failed is final
 *             whatever its 4.x.x status (diagnose-bounce.ts isPermanent: the expired message was returned); a
 *             7-bit email held as a string with ISO-2022-JP's escapes still in it is read as its bytes
 *             (read-email.ts); wording in reply-phrases-languages.ts (受信拒否設定, 指定受信, ドメイン指定,
 *             受信設定により as content-filtered; ホストが見つかりません as domain-not-found; 配送期限切れ as
 *             delivery-expired; サーバーに接続できません as unreachable) and reply-phrases.ts ('reception
 *             setting', 'receive refusal'). All 57 right after. Corpus 365/383; 6 records changed cause
 *             (docomo-style '550 Unknown user' after DATA: user-unknown to content-filtered, reason filtered
 *             as before) and 22 failed DSNs with a 4.x.x status now read permanent.
 *   then      a second batch of 13 (SECOND_BATCH_20: Exim's 'after end of data' from docomo, a Shift_JIS Postfix
 *             template for SoftBank, 受信を拒否, an @nifty delay notice, Sakura's Sendmail expiry, a Japanese
 *             Exchange size-limit NDR, 解約, InterScan's MX wording, m-FILTER's black list, Activehunter's 受信容量,
 *             a SoftBank deferral, 送信元ドメイン, Microsoft 365's RecipSizeLimit), written after the first
 *             batch's fixes and measured before any change: 7 of 13 right as written (54 %). One expectation
 *             corrected, not widened in meaning: connection-refused's reason is Sisimai 'blocked' (round 14's
 *             UNREACHABLE). The 6 wrong: a bare 'Rejected' after DATA read as a refused connection; 受信を拒否
 *             unknown; a failed DSN's 451 expiry read as still retrying; 送信者のドメインはブラックリスト read as
 *             the IP's list; 受信容量を超え read as the message's size; the delay's reason (the correction).
 *             All 13 after, by data: a bare refusal word in answer to DATA is the receiving side's filter, not a
 *             refused connection (reply-phrases.ts WEAK_PHRASES, as causeFromCommand already read a bare DATA
 *             refusal); a failed DSN's delivery-delayed is delivery-expired (refinements.ts FAILED_REFINES);
 *             からの(メールの)受信を拒否 as content-filtered; 送信者/送信元 … はブラックリスト as the sender's
 *             (reply-phrases.ts, before the IP's list words); 受信容量, 保存容量, メールボックス容量 as storage
 *             words (reply-words-languages.ts: 容量 alone stays a size). Corpus 365/383; 2 records changed cause
 *             (Sendmail and Outlook failed DSNs: delivery-delayed to delivery-expired, reason expired as before).
 *   then      a third batch of 10 (THIRD_BATCH_20: InterScan's Japanese body, an SPF refusal in Japanese, SoftBank's
 *             受信者の設定により, au's 使われておりません, docomo's 保存件数, 迷惑メールと判断, an Xserver delay notice,
 *             a Japanese Postfix template's 'unknown user', Microsoft 365's RESOLVER.RST.NotAuthorized, a docomo
 *             connection limit), written after those fixes and measured before any change: 8 of 10 right as
 *             written. The 2 wrong: 受信者の設定により unknown, RESOLVER.RST.NotAuthorized unknown.
 *             Both right after (受信者の設定により/で as content-filtered, reply-phrases-languages.ts; Exchange's
 *             RESOLVER.RST.NotAuthorized as recipient-restricted, providers/microsoft.ts).
 *   in all    80 of 80 right; nothing stays wrong. Corpus 365/383.
 */

// ---- Encoders built from the runtime's own decoders, so no fixture lies about its bytes ----

/** Character -> Shift_JIS bytes, read off TextDecoder('shift_jis') for every two-byte code. */
const SJIS_CODES: ReadonlyMap<string, readonly number[]> = (() => {
  const dec = new TextDecoder('shift_jis');
  const map = new Map<string, number[]>();
  const trails = [...range(0x40, 0x7e), ...range(0x80, 0xfc)];
  for (const lead of [...range(0x81, 0x9f), ...range(0xe0, 0xfc)])
    for (const trail of trails) {
      const ch = dec.decode(Uint8Array.of(lead, trail));
      if (ch.length === 1 && ch !== '\ufffd' && !map.has(ch)) map.set(ch, [lead, trail]);
    }
  return map;
})();

/** Character -> JIS X 0208 row and cell, read off TextDecoder('iso-2022-jp') after ESC $ B. */
const JIS_CODES: ReadonlyMap<string, readonly number[]> = (() => {
  const dec = new TextDecoder('iso-2022-jp');
  const map = new Map<string, number[]>();
  for (const row of range(0x21, 0x7e))
    for (const cell of range(0x21, 0x7e)) {
      const ch = dec.decode(Uint8Array.of(0x1b, 0x24, 0x42, row, cell, 0x1b, 0x28, 0x42));
      if (ch.length === 1 && ch !== '\ufffd' && !map.has(ch)) map.set(ch, [row, cell]);
    }
  return map;
})();

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

function codeOf(table: ReadonlyMap<string, readonly number[]>, ch: string): readonly number[] {
  const code = table.get(ch);
  if (!code) throw new Error(`no code for ${JSON.stringify(ch)}`);
  return code;
}

export type JaCharset = 'ISO-2022-JP' | 'Shift_JIS' | 'UTF-8';

/** Text as the bytes a Japanese mailer writes in its charset (lines end in LF). */
export function encodeJa(text: string, charset: JaCharset): Buffer {
  if (charset === 'UTF-8') return Buffer.from(text, 'utf8');
  const out: number[] = [];
  let kanji = false;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x80) {
      if (kanji) out.push(0x1b, 0x28, 0x42);
      kanji = false;
      out.push(c);
    } else if (charset === 'Shift_JIS') out.push(...codeOf(SJIS_CODES, ch));
    else {
      if (!kanji) out.push(0x1b, 0x24, 0x42);
      kanji = true;
      out.push(...codeOf(JIS_CODES, ch));
    }
  }
  if (kanji) out.push(0x1b, 0x28, 0x42);
  return Buffer.from(out);
}

/** A transfer encoding of bytes, as lines of a body. */
export type Cte = '7bit' | 'base64' | 'quoted-printable';
export function transferEncode(bytes: Buffer, cte: Cte): string[] {
  if (cte === '7bit') return bytes.toString('latin1').split('\n');
  if (cte === 'base64') {
    const b64 = bytes.toString('base64');
    const out: string[] = [];
    for (let i = 0; i < b64.length; i += 76) out.push(b64.slice(i, i + 76));
    return out;
  }
  const out: string[] = [];
  for (const line of bytes.toString('latin1').split('\n')) {
    let cur = '';
    for (const ch of line) {
      const b = ch.charCodeAt(0);
      const piece = b >= 0x80 || ch === '=' ? `=${b.toString(16).toUpperCase().padStart(2, '0')}` : ch;
      if (cur.length + piece.length > 75) {
        out.push(`${cur}=`);
        cur = '';
      }
      cur += piece;
    }
    out.push(cur);
  }
  return out;
}

/** An RFC 2047 encoded word, as Japanese mailers write subjects. */
export function encodedWord(text: string, charset: JaCharset): string {
  return `=?${charset}?B?${encodeJa(text, charset).toString('base64')}?=`;
}

/** A body part: its Content-Type and transfer encoding headers, a blank line, the encoded text. */
function part(text: string, charset: JaCharset, cte: Cte, type = 'text/plain'): string[] {
  return [
    `Content-Type: ${type}; charset="${charset}"`,
    `Content-Transfer-Encoding: ${cte}`,
    '',
    ...transferEncode(encodeJa(text, charset), cte),
  ];
}

/** A whole message: headers, then either a single encoded body or the lines given. */
function message(headers: string[], body: string[]): string {
  return lines(...headers, 'MIME-Version: 1.0', ...body, '');
}

/** A multipart/report: its human part, its delivery-status fields, the returned headers. */
function report(boundary: string, human: string[], status: string[], returned: string[]): string[] {
  return [
    `Content-Type: multipart/report; report-type=delivery-status; boundary="${boundary}"`,
    '',
    'This is a MIME-encapsulated message.',
    '',
    `--${boundary}`,
    ...human,
    '',
    `--${boundary}`,
    'Content-Type: message/delivery-status',
    '',
    ...status,
    '',
    `--${boundary}`,
    'Content-Type: text/rfc822-headers',
    '',
    ...returned,
    '',
    `--${boundary}--`,
  ];
}

/** The returned message's headers: alice at a Japanese company wrote to someone. */
function original(to: string, subject = '=?ISO-2022-JP?B?GyRCOCtAUT1xJE4kNEF3SVUbKEI=?='): string[] {
  return [
    'Return-Path: <alice@example.co.jp>',
    'From: =?ISO-2022-JP?B?GyRCOzNFRBsoQg==?= <alice@example.co.jp>',
    `To: <${to}>`,
    `Subject: ${subject}`,
    'Date: Mon, 12 Jan 2026 09:14:02 +0900',
    'Message-ID: <20260112091402.4F2A1@mail.example.co.jp>',
  ];
}

const JST = 'Mon, 12 Jan 2026 09:14:08 +0900 (JST)';
const BOUNCE_TO = 'To: alice@example.co.jp';

// ---- What an admin expects ----

// A carrier's reception setting (指定受信, 迷惑メールフィルター, domain refusal) refused the sender: the
// recipient's own filter; they must allow the sender's domain or address.
const RECEIVE_REFUSAL = {
  cause: ['content-filtered', 'recipient-restricted', 'blocked-by-recipient'],
  reason: ['filtered', 'rejected'],
  side: 'recipient',
} as const;
const DOMAIN_NOT_FOUND = {
  cause: ['domain-not-found', 'recipient-domain-typo'],
  reason: 'hostunknown',
} as const;
const SENDER_REJECTED = {
  cause: ['sender-rejected', 'sender-domain-invalid', 'sender-verify-failed', 'blocked-by-recipient'],
  reason: ['rejected', 'hostunknown'],
} as const;
const DELAYED_FULL = {
  cause: ['mailbox-full', 'delivery-delayed'],
  reason: ['mailboxfull', 'expired', 'onhold'],
  permanent: false,
} as const;

// ---- The carriers ----

const CARRIERS_20: RealWorldCase[] = [
  [
    'docomo: Sendmail DSN, "550 Unknown user" to RCPT TO at mfsmax (the address is gone)',
    message(
      [
        'From: Mail Delivery Subsystem <MAILER-DAEMON@mail.example.co.jp>',
        BOUNCE_TO,
        'Subject: Returned mail: see transcript for details',
        `Date: ${JST}`,
        'Auto-Submitted: auto-generated (failure)',
      ],
      report(
        '0AC9E1B2.1768176848/mail.example.co.jp',
        [
          'The original message was received at Mon, 12 Jan 2026 09:14:02 +0900',
          'from localhost [127.0.0.1]',
          '',
          '   ----- The following addresses had permanent fatal errors -----',
          '<taro.yamada@docomo.ne.jp>',
          '    (reason: 550 Unknown user taro.yamada@docomo.ne.jp)',
          '',
          '   ----- Transcript of session follows -----',
          '... while talking to mfsmax.docomo.ne.jp.:',
          '>>> RCPT To:<taro.yamada@docomo.ne.jp>',
          '<<< 550 Unknown user taro.yamada@docomo.ne.jp',
          '550 5.1.1 <taro.yamada@docomo.ne.jp>... User unknown',
        ],
        [
          'Reporting-MTA: dns; mail.example.co.jp',
          'Received-From-MTA: DNS; localhost',
          'Arrival-Date: Mon, 12 Jan 2026 09:14:02 +0900',
          '',
          'Final-Recipient: RFC822; taro.yamada@docomo.ne.jp',
          'Action: failed',
          'Status: 5.1.1',
          'Remote-MTA: DNS; mfsmax.docomo.ne.jp',
          'Diagnostic-Code: SMTP; 550 Unknown user taro.yamada@docomo.ne.jp',
          `Last-Attempt-Date: ${JST}`,
        ],
        original('taro.yamada@docomo.ne.jp'),
      ),
    ),
    { ...USER_UNKNOWN, recipient: 'taro.yamada@docomo.ne.jp', replyCode: 550, provider: /docomo/i },
  ],
  [
    'docomo: Sendmail DSN, "550 Unknown user" in answer to DATA (the subscriber refuses the sender)',
    message(
      [
        'From: Mail Delivery Subsystem <MAILER-DAEMON@smtp.example-shop.jp>',
        'To: info@example-shop.jp',
        'Subject: Returned mail: see transcript for details',
        `Date: ${JST}`,
      ],
      report(
        '0BB1F0C3.1768176850/smtp.example-shop.jp',
        [
          'The original message was received at Mon, 12 Jan 2026 09:14:03 +0900',
          'from web01.example-shop.jp [192.0.2.21]',
          '',
          '   ----- The following addresses had permanent fatal errors -----',
          '<hanako-0312@docomo.ne.jp>',
          '    (reason: 550 Unknown user hanako-0312@docomo.ne.jp)',
          '',
          '   ----- Transcript of session follows -----',
          '... while talking to mfsmax.docomo.ne.jp.:',
          '>>> DATA',
          '<<< 550 Unknown user hanako-0312@docomo.ne.jp',
          '554 5.0.0 Service unavailable',
        ],
        [
          'Reporting-MTA: dns; smtp.example-shop.jp',
          'Arrival-Date: Mon, 12 Jan 2026 09:14:03 +0900',
          '',
          'Final-Recipient: RFC822; hanako-0312@docomo.ne.jp',
          'Action: failed',
          'Status: 5.0.0',
          'Remote-MTA: DNS; mfsmax.docomo.ne.jp',
          'Diagnostic-Code: SMTP; 550 Unknown user hanako-0312@docomo.ne.jp',
        ],
        ['From: info@example-shop.jp', 'To: hanako-0312@docomo.ne.jp', 'Subject: ご注文ありがとうございます'],
      ),
    ),
    { ...RECEIVE_REFUSAL, recipient: 'hanako-0312@docomo.ne.jp', replyCode: 550 },
  ],
  [
    'docomo: Postfix with a Japanese template in ISO-2022-JP, refused after end of DATA (receive refusal)',
    message(
      [
        'From: MAILER-DAEMON@mx01.example-isp.ne.jp (Mail Delivery System)',
        BOUNCE_TO,
        `Subject: ${encodedWord('配信不能のお知らせ', 'ISO-2022-JP')}`,
        `Date: ${JST}`,
        'Auto-Submitted: auto-replied',
      ],
      report(
        'B3E4A1C02F.1768176851/mx01.example-isp.ne.jp',
        part(
          [
            'このメールは mx01.example-isp.ne.jp のメールシステムから自動的に送信されています。',
            '',
            '申し訳ありませんが、お客様のメールを以下の宛先に配信できませんでした。',
            'このメールに返信しないでください。',
            '',
            '<misaki.k@docomo.ne.jp>: host mfsmax.docomo.ne.jp[203.138.181.112] said: 550',
            '    Unknown user misaki.k@docomo.ne.jp (in reply to end of DATA command)',
          ].join('\n'),
          'ISO-2022-JP',
          '7bit',
        ),
        [
          'Reporting-MTA: dns; mx01.example-isp.ne.jp',
          'X-Postfix-Queue-ID: B3E4A1C02F',
          'X-Postfix-Sender: rfc822; alice@example.co.jp',
          'Arrival-Date: Mon, 12 Jan 2026 09:14:02 +0900 (JST)',
          '',
          'Final-Recipient: rfc822; misaki.k@docomo.ne.jp',
          'Original-Recipient: rfc822;misaki.k@docomo.ne.jp',
          'Action: failed',
          'Status: 5.0.0',
          'Remote-MTA: dns; mfsmax.docomo.ne.jp',
          'Diagnostic-Code: smtp; 550 Unknown user misaki.k@docomo.ne.jp',
        ],
        original('misaki.k@docomo.ne.jp'),
      ),
    ),
    { ...RECEIVE_REFUSAL, recipient: 'misaki.k@docomo.ne.jp', replyCode: 550 },
  ],
  [
    'docomo: Postfix DSN, message larger than the carrier takes (552 5.3.4)',
    message(
      [
        'From: MAILER-DAEMON@mail.example.co.jp (Mail Delivery System)',
        BOUNCE_TO,
        'Subject: Undelivered Mail Returned to Sender',
        `Date: ${JST}`,
      ],
      report(
        'C81D2F00A1.1768176852/mail.example.co.jp',
        [
          'Content-Description: Notification',
          'Content-Type: text/plain; charset=us-ascii',
          '',
          'This is the mail system at host mail.example.co.jp.',
          '',
          "I'm sorry to have to inform you that your message could not",
          "be delivered to one or more recipients. It's attached below.",
          '',
          '<kenji.s@docomo.ne.jp>: host mfsmax.docomo.ne.jp[203.138.181.240] said: 552',
          '    5.3.4 Message size exceeds fixed limit (in reply to end of DATA command)',
        ],
        [
          'Reporting-MTA: dns; mail.example.co.jp',
          'X-Postfix-Queue-ID: C81D2F00A1',
          '',
          'Final-Recipient: rfc822; kenji.s@docomo.ne.jp',
          'Action: failed',
          'Status: 5.3.4',
          'Remote-MTA: dns; mfsmax.docomo.ne.jp',
          'Diagnostic-Code: smtp; 552 5.3.4 Message size exceeds fixed limit',
        ],
        original('kenji.s@docomo.ne.jp'),
      ),
    ),
    { ...TOO_BIG, recipient: 'kenji.s@docomo.ne.jp', replyCode: 552, status: '5.3.4' },
  ],
  [
    'docomo: Sendmail, mistyped carrier domain (docomo.ne.jo): Host unknown',
    message(
      [
        'From: Mail Delivery Subsystem <MAILER-DAEMON@mail.example.co.jp>',
        BOUNCE_TO,
        'Subject: Returned mail: see transcript for details',
        `Date: ${JST}`,
      ],
      report(
        '0CD2E1A4.1768176853/mail.example.co.jp',
        [
          'The original message was received at Mon, 12 Jan 2026 09:14:02 +0900',
          'from localhost [127.0.0.1]',
          '',
          '   ----- The following addresses had permanent fatal errors -----',
          '<yuki.t@docomo.ne.jo>',
          '    (reason: 550 Host unknown)',
          '',
          '   ----- Transcript of session follows -----',
          '550 5.1.2 <yuki.t@docomo.ne.jo>... Host unknown (Name server: docomo.ne.jo: host not found)',
        ],
        [
          'Reporting-MTA: dns; mail.example.co.jp',
          '',
          'Final-Recipient: RFC822; yuki.t@docomo.ne.jo',
          'Action: failed',
          'Status: 5.1.2',
          'Remote-MTA: DNS; docomo.ne.jo',
          'Diagnostic-Code: SMTP; 550 Host unknown',
        ],
        original('yuki.t@docomo.ne.jo'),
      ),
    ),
    { ...DOMAIN_NOT_FOUND, recipient: 'yuki.t@docomo.ne.jo', status: '5.1.2' },
  ],
  [
    'au (EZweb): Sendmail transcript, "550 : User unknown" after DATA at lsean (domain refusal)',
    message(
      [
        'From: Mail Delivery Subsystem <MAILER-DAEMON@relay.example-school.ed.jp>',
        'To: renraku@example-school.ed.jp',
        'Subject: Returned mail: see transcript for details',
        `Date: ${JST}`,
      ],
      report(
        '0DE3F2B5.1768176854/relay.example-school.ed.jp',
        [
          'The original message was received at Mon, 12 Jan 2026 07:30:11 +0900',
          'from [192.0.2.44]',
          '',
          '   ----- The following addresses had permanent fatal errors -----',
          '<sakura_mama@ezweb.ne.jp>',
          '    (reason: 550 : User unknown)',
          '',
          '   ----- Transcript of session follows -----',
          '... while talking to lsean.ezweb.ne.jp.:',
          '>>> DATA',
          '<<< 550 : User unknown',
          '554 5.0.0 Service unavailable',
        ],
        [
          'Reporting-MTA: dns; relay.example-school.ed.jp',
          '',
          'Final-Recipient: RFC822; sakura_mama@ezweb.ne.jp',
          'Action: failed',
          'Status: 5.0.0',
          'Remote-MTA: DNS; lsean.ezweb.ne.jp',
          'Diagnostic-Code: SMTP; 550 : User unknown',
        ],
        ['From: renraku@example-school.ed.jp', 'To: sakura_mama@ezweb.ne.jp', 'Subject: 連絡網'],
      ),
    ),
    { ...RECEIVE_REFUSAL, recipient: 'sakura_mama@ezweb.ne.jp', replyCode: 550, provider: /kddi|au/i },
  ],
  [
    'au (au.com): Postfix DSN, unknown address at msmx to RCPT TO',
    message(
      [
        'From: MAILER-DAEMON@mail.example.co.jp (Mail Delivery System)',
        BOUNCE_TO,
        'Subject: Undelivered Mail Returned to Sender',
        `Date: ${JST}`,
      ],
      report(
        'D93E3011B2.1768176855/mail.example.co.jp',
        [
          'Content-Description: Notification',
          'Content-Type: text/plain; charset=us-ascii',
          '',
          'This is the mail system at host mail.example.co.jp.',
          '',
          '<jiro-2525@au.com>: host msmx.au.com[111.86.247.10] said: 550 5.1.1',
          '    <jiro-2525@au.com>: Recipient address rejected: User unknown (in reply to',
          '    RCPT TO command)',
        ],
        [
          'Reporting-MTA: dns; mail.example.co.jp',
          '',
          'Final-Recipient: rfc822; jiro-2525@au.com',
          'Action: failed',
          'Status: 5.1.1',
          'Remote-MTA: dns; msmx.au.com',
          'Diagnostic-Code: smtp; 550 5.1.1 <jiro-2525@au.com>: Recipient address rejected: User unknown',
        ],
        original('jiro-2525@au.com'),
      ),
    ),
    { ...USER_UNKNOWN, recipient: 'jiro-2525@au.com', replyCode: 550, status: '5.1.1' },
  ],
  [
    "au: the carrier's own Japanese notice (ISO-2022-JP) that the subscriber's mailbox is full",
    message(
      [
        'From: Postmaster@ezweb.ne.jp',
        BOUNCE_TO,
        `Subject: ${encodedWord('メール送信エラー', 'ISO-2022-JP')}`,
        `Date: ${JST}`,
      ],
      part(
        [
          'お客様が送信されたメールは、以下の宛先に届けることができませんでした。',
          '',
          '宛先: ayaka.m@ezweb.ne.jp',
          '',
          '受信者のメールボックスの保存容量が上限に達しているため、',
          'メールを保存できませんでした。',
          '時間をおいて再度送信してください。',
          '',
          '552 5.2.2 <ayaka.m@ezweb.ne.jp>: Mailbox full',
        ].join('\n'),
        'ISO-2022-JP',
        '7bit',
      ),
    ),
    { ...MAILBOX_FULL, recipient: 'ayaka.m@ezweb.ne.jp', replyCode: 552 },
  ],
  [
    'au: Postfix DSN, the subscriber\'s line is suspended ("利用停止中")',
    message(
      [
        'From: MAILER-DAEMON@mail.example.co.jp (Mail Delivery System)',
        BOUNCE_TO,
        'Subject: Undelivered Mail Returned to Sender',
        `Date: ${JST}`,
      ],
      report(
        'E04F4122C3.1768176856/mail.example.co.jp',
        [
          'Content-Type: text/plain; charset=us-ascii',
          '',
          'This is the mail system at host mail.example.co.jp.',
          '',
          '<shota.n@ezweb.ne.jp>: host lsean.ezweb.ne.jp[27.90.174.5] said: 550 5.2.1',
          '    <shota.n@ezweb.ne.jp>: Mailbox disabled, the service of this user is',
          '    suspended (in reply to RCPT TO command)',
        ],
        [
          'Reporting-MTA: dns; mail.example.co.jp',
          '',
          'Final-Recipient: rfc822; shota.n@ezweb.ne.jp',
          'Action: failed',
          'Status: 5.2.1',
          'Remote-MTA: dns; lsean.ezweb.ne.jp',
          'Diagnostic-Code: smtp; 550 5.2.1 <shota.n@ezweb.ne.jp>: Mailbox disabled, the service of this user is suspended',
        ],
        original('shota.n@ezweb.ne.jp'),
      ),
    ),
    { ...DISABLED, recipient: 'shota.n@ezweb.ne.jp', replyCode: 550, status: '5.2.1' },
  ],
  [
    'au: Sendmail, delivery given up after five days (lsean did not answer)',
    message(
      [
        'From: Mail Delivery Subsystem <MAILER-DAEMON@mail.example.co.jp>',
        BOUNCE_TO,
        'Subject: Returned mail: see transcript for details',
        'Date: Sat, 17 Jan 2026 09:20:41 +0900 (JST)',
      ],
      report(
        '0EF4A3C6.1768608041/mail.example.co.jp',
        [
          'The original message was received at Mon, 12 Jan 2026 09:14:02 +0900',
          'from localhost [127.0.0.1]',
          '',
          '   ----- The following addresses had permanent fatal errors -----',
          '<mai.o@ezweb.ne.jp>',
          '    (reason: Deferred: Connection timed out with lsean.ezweb.ne.jp.)',
          '',
          '   ----- Transcript of session follows -----',
          '<mai.o@ezweb.ne.jp>... Deferred: Connection timed out with lsean.ezweb.ne.jp.',
          'Message could not be delivered for 5 days',
          'Message will be deleted from queue',
        ],
        [
          'Reporting-MTA: dns; mail.example.co.jp',
          '',
          'Final-Recipient: RFC822; mai.o@ezweb.ne.jp',
          'Action: failed',
          'Status: 4.4.7',
          'Diagnostic-Code: SMTP; 550 4.4.7 Message could not be delivered for 5 days',
        ],
        original('mai.o@ezweb.ne.jp'),
      ),
    ),
    { ...EXPIRED, recipient: 'mai.o@ezweb.ne.jp', permanent: true },
  ],
  [
    'SoftBank (i.softbank.jp): Postfix DSN, unknown address in its virtual table',
    message(
      [
        'From: MAILER-DAEMON@mail.example.co.jp (Mail Delivery System)',
        BOUNCE_TO,
        'Subject: Undelivered Mail Returned to Sender',
        `Date: ${JST}`,
      ],
      report(
        'F1504233D4.1768176857/mail.example.co.jp',
        [
          'Content-Type: text/plain; charset=us-ascii',
          '',
          'This is the mail system at host mail.example.co.jp.',
          '',
          '<riku.h@i.softbank.jp>: host mx.i.softbank.jp[126.240.66.10] said: 550 5.1.1',
          '    <riku.h@i.softbank.jp>: Recipient address rejected: User unknown in virtual',
          '    mailbox table (in reply to RCPT TO command)',
        ],
        [
          'Reporting-MTA: dns; mail.example.co.jp',
          '',
          'Final-Recipient: rfc822; riku.h@i.softbank.jp',
          'Action: failed',
          'Status: 5.1.1',
          'Remote-MTA: dns; mx.i.softbank.jp',
          'Diagnostic-Code: smtp; 550 5.1.1 <riku.h@i.softbank.jp>: Recipient address rejected: User unknown in virtual mailbox table',
        ],
        original('riku.h@i.softbank.jp'),
      ),
    ),
    { ...USER_UNKNOWN, recipient: 'riku.h@i.softbank.jp', replyCode: 550, status: '5.1.1' },
  ],
  [
    "SoftBank (softbank.ne.jp): refused by the subscriber's reception setting (迷惑メールブロック)",
    message(
      [
        'From: MAILER-DAEMON@mail.example.co.jp (Mail Delivery System)',
        BOUNCE_TO,
        'Subject: Undelivered Mail Returned to Sender',
        `Date: ${JST}`,
      ],
      report(
        'A2615344E5.1768176858/mail.example.co.jp',
        [
          'Content-Type: text/plain; charset=us-ascii',
          '',
          'This is the mail system at host mail.example.co.jp.',
          '',
          '<natsumi@softbank.ne.jp>: host mx.softbank.ne.jp[126.240.66.20] said: 550 5.7.1',
          '    <natsumi@softbank.ne.jp>: Rejected by the reception setting of the',
          '    recipient (in reply to end of DATA command)',
        ],
        [
          'Reporting-MTA: dns; mail.example.co.jp',
          '',
          'Final-Recipient: rfc822; natsumi@softbank.ne.jp',
          'Action: failed',
          'Status: 5.7.1',
          'Remote-MTA: dns; mx.softbank.ne.jp',
          'Diagnostic-Code: smtp; 550 5.7.1 <natsumi@softbank.ne.jp>: Rejected by the reception setting of the recipient',
        ],
        original('natsumi@softbank.ne.jp'),
      ),
    ),
    { ...RECEIVE_REFUSAL, recipient: 'natsumi@softbank.ne.jp', replyCode: 550 },
  ],
  [
    'SoftBank (softbank.ne.jp): Sendmail DSN, the carrier\'s size limit ("552 5.3.4 Message too big")',
    message(
      [
        'From: Mail Delivery Subsystem <MAILER-DAEMON@mail.example.co.jp>',
        BOUNCE_TO,
        'Subject: Returned mail: see transcript for details',
        `Date: ${JST}`,
      ],
      report(
        '0FA5B4D7.1768176859/mail.example.co.jp',
        [
          '   ----- The following addresses had permanent fatal errors -----',
          '<daichi.w@softbank.ne.jp>',
          '    (reason: 552 5.3.4 Message too big for this recipient)',
          '',
          '   ----- Transcript of session follows -----',
          '... while talking to mx.softbank.ne.jp.:',
          '>>> DATA',
          '<<< 552 5.3.4 Message too big for this recipient',
          '554 5.0.0 Service unavailable',
        ],
        [
          'Reporting-MTA: dns; mail.example.co.jp',
          '',
          'Final-Recipient: RFC822; daichi.w@softbank.ne.jp',
          'Action: failed',
          'Status: 5.3.4',
          'Remote-MTA: DNS; mx.softbank.ne.jp',
          'Diagnostic-Code: SMTP; 552 5.3.4 Message too big for this recipient',
        ],
        original('daichi.w@softbank.ne.jp'),
      ),
    ),
    { ...TOO_BIG, recipient: 'daichi.w@softbank.ne.jp', replyCode: 552 },
  ],
  [
    "SoftBank: a Japanese ISP's notice in Shift_JIS, base64: the subscriber's contract has ended",
    message(
      [
        'From: postmaster@mail.example-isp.ne.jp',
        BOUNCE_TO,
        `Subject: ${encodedWord('メール配送エラー', 'Shift_JIS')}`,
        `Date: ${JST}`,
      ],
      part(
        [
          'メール配送エラーのお知らせ',
          '',
          '以下の宛先にメールを配送できませんでした。',
          '',
          '宛先: kaito.f@softbank.ne.jp',
          'エラー内容: 宛先のユーザーは解約済みのため、このアドレスは現在使用されていません。',
          '',
          'リモートサーバーの応答: 550 5.1.1 <kaito.f@softbank.ne.jp>: Unknown user',
        ].join('\n'),
        'Shift_JIS',
        'base64',
      ),
    ),
    { ...USER_UNKNOWN, recipient: 'kaito.f@softbank.ne.jp', replyCode: 550 },
  ],
  [
    'docomo: a Postfix delay notice, the carrier answers 452 4.2.2 (mailbox full, still retrying)',
    message(
      [
        'From: MAILER-DAEMON@mail.example.co.jp (Mail Delivery System)',
        BOUNCE_TO,
        'Subject: Delayed Mail (still being retried)',
        `Date: ${JST}`,
      ],
      report(
        'B3726455F6.1768176860/mail.example.co.jp',
        [
          'Content-Type: text/plain; charset=us-ascii',
          '',
          'This is the mail system at host mail.example.co.jp.',
          '',
          '####################################################################',
          '# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #',
          '####################################################################',
          '',
          'Your message could not be delivered for more than 4 hour(s).',
          'It will be retried until it is 5 day(s) old.',
          '',
          '<haruka.i@docomo.ne.jp>: host mfsmax.docomo.ne.jp[203.138.181.112] said: 452',
          '    4.2.2 Mailbox full (in reply to RCPT TO command)',
        ],
        [
          'Reporting-MTA: dns; mail.example.co.jp',
          '',
          'Final-Recipient: rfc822; haruka.i@docomo.ne.jp',
          'Action: delayed',
          'Status: 4.2.2',
          'Remote-MTA: dns; mfsmax.docomo.ne.jp',
          'Diagnostic-Code: smtp; 452 4.2.2 Mailbox full',
          'Will-Retry-Until: Sat, 17 Jan 2026 09:14:02 +0900 (JST)',
        ],
        original('haruka.i@docomo.ne.jp'),
      ),
    ),
    { ...DELAYED_FULL, recipient: 'haruka.i@docomo.ne.jp' },
  ],
];

// ---- The ISPs and hosts ----

const ISPS_20: RealWorldCase[] = [
  [
    'BIGLOBE: its own notice in ISO-2022-JP, "Non-delivered information", no such user',
    message(
      ['From: postmaster@biglobe.ne.jp', BOUNCE_TO, 'Subject: Returned mail: User unknown', `Date: ${JST}`],
      [
        'Content-Type: multipart/mixed; boundary="biglobe-r20-1"',
        '',
        '--biglobe-r20-1',
        ...part(
          [
            '----- The following addresses had delivery problems -----',
            'tanaka-h@mub.biglobe.ne.jp',
            '',
            '----- Non-delivered information -----',
            'The address is not a valid user of this system.',
            '(宛先のメールアドレスは登録されていません)',
          ].join('\n'),
          'ISO-2022-JP',
          '7bit',
        ),
        '',
        '--biglobe-r20-1',
        'Content-Type: message/rfc822',
        '',
        ...original('tanaka-h@mub.biglobe.ne.jp'),
        '',
        '--biglobe-r20-1--',
      ],
    ),
    { ...USER_UNKNOWN, recipient: 'tanaka-h@mub.biglobe.ne.jp' },
  ],
  [
    "BIGLOBE: its own notice, the number of messages in the recipient's mailbox exceeded the limit",
    message(
      ['From: postmaster@biglobe.ne.jp', BOUNCE_TO, 'Subject: Returned mail: Mailbox full', `Date: ${JST}`],
      [
        'Content-Type: multipart/mixed; boundary="biglobe-r20-2"',
        '',
        '--biglobe-r20-2',
        ...part(
          [
            '----- The following addresses had delivery problems -----',
            'suzuki-m@kdb.biglobe.ne.jp',
            '',
            '----- Non-delivered information -----',
            "The number of messages in recipient's mailbox exceeded the local limit.",
            '(受信者のメールボックスの保存件数が上限を超えています)',
          ].join('\n'),
          'ISO-2022-JP',
          '7bit',
        ),
        '',
        '--biglobe-r20-2',
        'Content-Type: message/rfc822',
        '',
        ...original('suzuki-m@kdb.biglobe.ne.jp'),
        '',
        '--biglobe-r20-2--',
      ],
    ),
    { ...MAILBOX_FULL, recipient: 'suzuki-m@kdb.biglobe.ne.jp' },
  ],
  [
    '@nifty: a Japanese notice in ISO-2022-JP quoting "550 5.1.1 ... User unknown"',
    message(
      [
        'From: MAILER-DAEMON@nifty.com',
        BOUNCE_TO,
        `Subject: ${encodedWord('メールが届きませんでした', 'ISO-2022-JP')}`,
        `Date: ${JST}`,
      ],
      part(
        [
          'このメールは、@nifty のメールシステムから自動的に送信されています。',
          '',
          'お客様が送信したメールは、宛先のメールアドレスに誤りがあるため配送できませんでした。',
          'メールアドレスをご確認のうえ、再度送信してください。',
          '',
          '宛先メールアドレス: ishikawa.r@nifty.com',
          '',
          '--- 詳細情報 ---',
          '550 5.1.1 <ishikawa.r@nifty.com>... User unknown',
        ].join('\n'),
        'ISO-2022-JP',
        '7bit',
      ),
    ),
    { ...USER_UNKNOWN, recipient: 'ishikawa.r@nifty.com', replyCode: 550, status: '5.1.1' },
  ],
  [
    '@nifty: a Japanese notice, base64 UTF-8, the mailbox is over its capacity (no English)',
    message(
      [
        'From: MAILER-DAEMON@nifty.com',
        BOUNCE_TO,
        `Subject: ${encodedWord('メール配信エラーのお知らせ', 'UTF-8')}`,
        `Date: ${JST}`,
      ],
      part(
        [
          'お客様が送信したメールは、以下の宛先に配信できませんでした。',
          '',
          '宛先: mori.kazuya@nifty.com',
          '理由: 宛先のメールボックスの容量が上限に達しています。',
          '',
          '受信者の方がメールボックスを整理されるまで、このアドレスにはメールを配信できません。',
        ].join('\n'),
        'UTF-8',
        'base64',
      ),
    ),
    { ...MAILBOX_FULL, recipient: 'mori.kazuya@nifty.com' },
  ],
  [
    'OCN: Postfix with a Japanese template in ISO-2022-JP, unknown in local recipient table',
    message(
      [
        'From: MAILER-DAEMON@mbkd0123.ocn.ad.jp (Mail Delivery System)',
        BOUNCE_TO,
        `Subject: ${encodedWord('配信できなかったメールの返送', 'ISO-2022-JP')}`,
        `Date: ${JST}`,
      ],
      report(
        '4Zk1Lq6Fv2z9Xb.1768176861/mbkd0123.ocn.ad.jp',
        part(
          [
            'このメッセージは mbkd0123.ocn.ad.jp のメールシステムが自動的に作成しました。',
            '',
            '残念ながら、送信されたメールを次の宛先に配信できませんでした。',
            '',
            '<yamamoto@abc.ocn.ne.jp>: host mfbk0456.ocn.ad.jp[153.149.232.10] said: 550',
            '    5.1.1 <yamamoto@abc.ocn.ne.jp>: Recipient address rejected: User unknown in',
            '    local recipient table (in reply to RCPT TO command)',
          ].join('\n'),
          'ISO-2022-JP',
          '7bit',
        ),
        [
          'Reporting-MTA: dns; mbkd0123.ocn.ad.jp',
          '',
          'Final-Recipient: rfc822; yamamoto@abc.ocn.ne.jp',
          'Action: failed',
          'Status: 5.1.1',
          'Remote-MTA: dns; mfbk0456.ocn.ad.jp',
          'Diagnostic-Code: smtp; 550 5.1.1 <yamamoto@abc.ocn.ne.jp>: Recipient address rejected: User unknown in local recipient table',
        ],
        original('yamamoto@abc.ocn.ne.jp'),
      ),
    ),
    { ...USER_UNKNOWN, recipient: 'yamamoto@abc.ocn.ne.jp', replyCode: 550, status: '5.1.1' },
  ],
  [
    "OCN: the sender's domain does not resolve (553 5.1.8, Japanese prelude)",
    message(
      [
        'From: MAILER-DAEMON@mbkd0123.ocn.ad.jp (Mail Delivery System)',
        'To: info@example-kougyou.jp',
        `Subject: ${encodedWord('配信できなかったメールの返送', 'ISO-2022-JP')}`,
        `Date: ${JST}`,
      ],
      report(
        '4Zk1Lq7Gw3a0Yc.1768176862/mbkd0123.ocn.ad.jp',
        part(
          [
            'このメッセージは mbkd0123.ocn.ad.jp のメールシステムが自動的に作成しました。',
            '',
            '残念ながら、送信されたメールを次の宛先に配信できませんでした。',
            '',
            '<kobayashi@xyz.ocn.ne.jp>: host mfbk0456.ocn.ad.jp[153.149.232.10] said: 553',
            '    5.1.8 <info@example-kougyou.jp>: Sender address rejected: Domain not found',
            '    (in reply to RCPT TO command)',
          ].join('\n'),
          'ISO-2022-JP',
          '7bit',
        ),
        [
          'Reporting-MTA: dns; mbkd0123.ocn.ad.jp',
          '',
          'Final-Recipient: rfc822; kobayashi@xyz.ocn.ne.jp',
          'Action: failed',
          'Status: 5.1.8',
          'Remote-MTA: dns; mfbk0456.ocn.ad.jp',
          'Diagnostic-Code: smtp; 553 5.1.8 <info@example-kougyou.jp>: Sender address rejected: Domain not found',
        ],
        ['From: info@example-kougyou.jp', 'To: kobayashi@xyz.ocn.ne.jp', 'Subject: お見積りの件'],
      ),
    ),
    {
      ...SENDER_REJECTED,
      side: 'sender',
      recipient: 'kobayashi@xyz.ocn.ne.jp',
      replyCode: 553,
      status: '5.1.8',
    },
  ],
  [
    'So-net: a Japanese notice in Shift_JIS, quoted-printable, mailbox full',
    message(
      [
        'From: MAILER-DAEMON@so-net.ne.jp',
        BOUNCE_TO,
        `Subject: ${encodedWord('配送不能通知', 'Shift_JIS')}`,
        `Date: ${JST}`,
      ],
      part(
        [
          '送信されたメールは次の宛先に配送できませんでした。',
          '',
          '  nakamura.k@ab.so-net.ne.jp',
          '',
          '原因: 受信者のメールボックスが容量制限を超過しています。',
          '',
          '詳細: 552 5.2.2 <nakamura.k@ab.so-net.ne.jp>... Mailbox quota exceeded',
        ].join('\n'),
        'Shift_JIS',
        'quoted-printable',
      ),
    ),
    { ...MAILBOX_FULL, recipient: 'nakamura.k@ab.so-net.ne.jp', replyCode: 552, status: '5.2.2' },
  ],
  [
    'So-net: "送信者のアドレスは受け付けられません" after MAIL FROM (sender refused)',
    message(
      [
        'From: MAILER-DAEMON@so-net.ne.jp',
        BOUNCE_TO,
        `Subject: ${encodedWord('配送不能通知', 'ISO-2022-JP')}`,
        `Date: ${JST}`,
      ],
      part(
        [
          '送信されたメールは次の宛先に配送できませんでした。',
          '',
          '  watanabe.y@cd.so-net.ne.jp',
          '',
          '原因: 送信者のメールアドレスは受け付けられません。',
          '',
          '詳細: 550 5.7.1 <alice@example.co.jp>... 送信者のアドレスは拒否されました (in reply to MAIL FROM command)',
        ].join('\n'),
        'ISO-2022-JP',
        '7bit',
      ),
    ),
    { ...SENDER_REJECTED, recipient: 'watanabe.y@cd.so-net.ne.jp', replyCode: 550 },
  ],
  [
    'Sakura Internet: Sendmail at a rental server, "User unknown" with a Japanese subject',
    message(
      [
        'From: Mail Delivery Subsystem <MAILER-DAEMON@www1234.sakura.ne.jp>',
        'To: info@example-cafe.jp',
        'Subject: Returned mail: see transcript for details',
        `Date: ${JST}`,
      ],
      report(
        '60C1N2a3012345.www1234.sakura.ne.jp',
        [
          'The original message was received at Mon, 12 Jan 2026 09:14:02 +0900',
          'from localhost [127.0.0.1]',
          '',
          '   ----- The following addresses had permanent fatal errors -----',
          '<yoyaku@example-ryokan.jp>',
          '    (reason: 550 5.1.1 <yoyaku@example-ryokan.jp>... User unknown)',
          '',
          '   ----- Transcript of session follows -----',
          '... while talking to mx.example-ryokan.jp.:',
          '>>> RCPT To:<yoyaku@example-ryokan.jp>',
          '<<< 550 5.1.1 <yoyaku@example-ryokan.jp>... User unknown',
          '550 5.1.1 <yoyaku@example-ryokan.jp>... User unknown',
        ],
        [
          'Reporting-MTA: dns; www1234.sakura.ne.jp',
          '',
          'Final-Recipient: RFC822; yoyaku@example-ryokan.jp',
          'Action: failed',
          'Status: 5.1.1',
          'Remote-MTA: DNS; mx.example-ryokan.jp',
          'Diagnostic-Code: SMTP; 550 5.1.1 <yoyaku@example-ryokan.jp>... User unknown',
        ],
        ['From: info@example-cafe.jp', 'To: yoyaku@example-ryokan.jp', 'Subject: ご予約について'],
      ),
    ),
    { ...USER_UNKNOWN, recipient: 'yoyaku@example-ryokan.jp', replyCode: 550, status: '5.1.1' },
  ],
  [
    "Sakura Internet: the rental server's local delivery, the user's mailbox is over quota",
    message(
      [
        'From: Mail Delivery Subsystem <MAILER-DAEMON@www1234.sakura.ne.jp>',
        BOUNCE_TO,
        'Subject: Returned mail: see transcript for details',
        `Date: ${JST}`,
      ],
      report(
        '60C1N2b4012346.www1234.sakura.ne.jp',
        [
          '   ----- The following addresses had permanent fatal errors -----',
          '<info@example-cafe.jp>',
          '    (reason: 552 5.2.2 Over quota)',
          '    (expanded from: <info@example-cafe.jp>)',
          '',
          '   ----- Transcript of session follows -----',
          'mail.local: /var/mail/example-cafe/info: Disc quota exceeded',
          '552 5.2.2 <info@example-cafe.jp>... Over quota',
        ],
        [
          'Reporting-MTA: dns; www1234.sakura.ne.jp',
          '',
          'Final-Recipient: RFC822; info@example-cafe.jp',
          'Action: failed',
          'Status: 5.2.2',
          'Diagnostic-Code: X-Unix; Over quota',
        ],
        original('info@example-cafe.jp'),
      ),
    ),
    { ...MAILBOX_FULL, recipient: 'info@example-cafe.jp' },
  ],
  [
    "Xserver: Postfix's maildir quota ('overdrawn his diskspace quota')",
    message(
      [
        'From: MAILER-DAEMON@sv1234.xserver.jp (Mail Delivery System)',
        BOUNCE_TO,
        'Subject: Undelivered Mail Returned to Sender',
        `Date: ${JST}`,
      ],
      report(
        '4F1B2C3D4E.1768176863/sv1234.xserver.jp',
        [
          'Content-Type: text/plain; charset=us-ascii',
          '',
          'This is the mail system at host sv1234.xserver.jp.',
          '',
          "<contact@example-kensetsu.co.jp>: maildir delivery failed: Sorry, the user's",
          '    maildir has overdrawn his diskspace quota, please try again later.',
        ],
        [
          'Reporting-MTA: dns; sv1234.xserver.jp',
          '',
          'Final-Recipient: rfc822; contact@example-kensetsu.co.jp',
          'Action: failed',
          'Status: 5.2.2',
          "Diagnostic-Code: x-unix; maildir delivery failed: Sorry, the user's maildir has overdrawn his diskspace quota, please try again later.",
        ],
        original('contact@example-kensetsu.co.jp'),
      ),
    ),
    { ...MAILBOX_FULL, recipient: 'contact@example-kensetsu.co.jp' },
  ],
  [
    'Xserver: Postfix DSN, the recipient domain has no DNS (Host or domain name not found)',
    message(
      [
        'From: MAILER-DAEMON@sv1234.xserver.jp (Mail Delivery System)',
        BOUNCE_TO,
        'Subject: Undelivered Mail Returned to Sender',
        `Date: ${JST}`,
      ],
      report(
        '4F1B2C3D4F.1768176864/sv1234.xserver.jp',
        [
          'Content-Type: text/plain; charset=us-ascii',
          '',
          'This is the mail system at host sv1234.xserver.jp.',
          '',
          '<sato@example-shouji.co.jpp>: Host or domain name not found. Name service error',
          '    for name=example-shouji.co.jpp type=A: Host not found',
        ],
        [
          'Reporting-MTA: dns; sv1234.xserver.jp',
          '',
          'Final-Recipient: rfc822; sato@example-shouji.co.jpp',
          'Action: failed',
          'Status: 5.4.4',
          'Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error for name=example-shouji.co.jpp type=A: Host not found',
        ],
        original('sato@example-shouji.co.jpp'),
      ),
    ),
    { ...DOMAIN_NOT_FOUND, recipient: 'sato@example-shouji.co.jpp' },
  ],
  [
    'Postfix with a Japanese UTF-8 template, quoted-printable: delivery expired (配送期限切れ)',
    message(
      [
        'From: MAILER-DAEMON@mail.example-isp.ne.jp (Mail Delivery System)',
        BOUNCE_TO,
        `Subject: ${encodedWord('配送期限切れのため返送されたメール', 'UTF-8')}`,
        'Date: Sat, 17 Jan 2026 09:15:00 +0900 (JST)',
      ],
      report(
        'A9B8C7D6E5.1768608900/mail.example-isp.ne.jp',
        part(
          [
            'このメールは mail.example-isp.ne.jp のメールシステムから自動送信されています。',
            '',
            '5日間配送を試みましたが、相手先のメールサーバーに接続できなかったため、',
            '配送期限切れとなりました。メールは配送されていません。',
            '',
            '<office@example-seimitsu.co.jp>: connect to mx.example-seimitsu.co.jp[198.51.100.25]:25:',
            '    Connection timed out',
          ].join('\n'),
          'UTF-8',
          'quoted-printable',
        ),
        [
          'Reporting-MTA: dns; mail.example-isp.ne.jp',
          '',
          'Final-Recipient: rfc822; office@example-seimitsu.co.jp',
          'Action: failed',
          'Status: 4.4.1',
          'Diagnostic-Code: X-Postfix; connect to mx.example-seimitsu.co.jp[198.51.100.25]:25: Connection timed out',
        ],
        original('office@example-seimitsu.co.jp'),
      ),
    ),
    { ...EXPIRED, recipient: 'office@example-seimitsu.co.jp', permanent: true },
  ],
  [
    'Sendmail at a Japanese ISP, Japanese prelude in ISO-2022-JP: host unknown (宛先ドメインが存在しません)',
    message(
      [
        'From: Mail Delivery Subsystem <MAILER-DAEMON@smtp.example-isp.ne.jp>',
        BOUNCE_TO,
        `Subject: ${encodedWord('エラーメール: 宛先不明', 'ISO-2022-JP')}`,
        `Date: ${JST}`,
      ],
      report(
        '0AB1C2D3.1768176865/smtp.example-isp.ne.jp',
        part(
          [
            '送信されたメールは以下の宛先に配送できませんでした。',
            '宛先のドメインが存在しないか、DNSに登録されていません。',
            '',
            '   ----- The following addresses had permanent fatal errors -----',
            '<kimura@example-denki.cojp>',
            '    (reason: 550 Host unknown)',
            '',
            '   ----- Transcript of session follows -----',
            '550 5.1.2 <kimura@example-denki.cojp>... Host unknown (Name server: example-denki.cojp: host not found)',
          ].join('\n'),
          'ISO-2022-JP',
          '7bit',
        ),
        [
          'Reporting-MTA: dns; smtp.example-isp.ne.jp',
          '',
          'Final-Recipient: RFC822; kimura@example-denki.cojp',
          'Action: failed',
          'Status: 5.1.2',
          'Diagnostic-Code: SMTP; 550 Host unknown',
        ],
        original('kimura@example-denki.cojp'),
      ),
    ),
    { ...DOMAIN_NOT_FOUND, recipient: 'kimura@example-denki.cojp' },
  ],
  [
    'Postfix with a Japanese template, base64 UTF-8: the recipient server refused the message as too large',
    message(
      [
        'From: MAILER-DAEMON@mail.example-isp.ne.jp (Mail Delivery System)',
        BOUNCE_TO,
        `Subject: ${encodedWord('配信不能のお知らせ', 'UTF-8')}`,
        `Date: ${JST}`,
      ],
      report(
        'A9B8C7D6E6.1768176866/mail.example-isp.ne.jp',
        part(
          [
            'このメールは mail.example-isp.ne.jp のメールシステムから自動送信されています。',
            '',
            'メールのサイズが相手先サーバーの上限を超えているため、配信できませんでした。',
            '添付ファイルを小さくするか、ファイル転送サービスをご利用ください。',
            '',
            '<somu@example-kikaku.co.jp>: host mx.example-kikaku.co.jp[198.51.100.40] said:',
            '    552 5.3.4 Error: message file too big (in reply to end of DATA command)',
          ].join('\n'),
          'UTF-8',
          'base64',
        ),
        [
          'Reporting-MTA: dns; mail.example-isp.ne.jp',
          '',
          'Final-Recipient: rfc822; somu@example-kikaku.co.jp',
          'Action: failed',
          'Status: 5.3.4',
          'Remote-MTA: dns; mx.example-kikaku.co.jp',
          'Diagnostic-Code: smtp; 552 5.3.4 Error: message file too big',
        ],
        original('somu@example-kikaku.co.jp'),
      ),
    ),
    { ...TOO_BIG, recipient: 'somu@example-kikaku.co.jp', replyCode: 552, status: '5.3.4' },
  ],
];

// ---- Appliances and gateways ----

const APPLIANCES_20: RealWorldCase[] = [
  [
    'm-FILTER: its Japanese notice in ISO-2022-JP, server message "550 5.1.1 User unknown" to RCPT TO',
    message(
      [
        'From: m-FILTER <postmaster@mfilter.example-corp.co.jp>',
        BOUNCE_TO,
        `Subject: ${encodedWord('送信エラー通知', 'ISO-2022-JP')}`,
        `Date: ${JST}`,
      ],
      part(
        [
          'このメールは「m-FILTER」が自動的に発行しています。',
          '',
          '以下の宛先へのメール送信に失敗しました。',
          '',
          'okada@example-partner.co.jp',
          '',
          '-------server message',
          '550 5.1.1 <okada@example-partner.co.jp>... User unknown',
          '',
          '-------SMTP command',
          'RCPT TO',
          '',
          '------original message',
          'From: alice@example.co.jp',
          'To: okada@example-partner.co.jp',
        ].join('\n'),
        'ISO-2022-JP',
        '7bit',
      ),
    ),
    { ...USER_UNKNOWN, recipient: 'okada@example-partner.co.jp', replyCode: 550, status: '5.1.1' },
  ],
  [
    'm-FILTER: server message "452 4.2.2 Mailbox full" to DATA (mailbox full)',
    message(
      [
        'From: m-FILTER <postmaster@mfilter.example-corp.co.jp>',
        BOUNCE_TO,
        `Subject: ${encodedWord('送信エラー通知', 'ISO-2022-JP')}`,
        `Date: ${JST}`,
      ],
      part(
        [
          'このメールは「m-FILTER」が自動的に発行しています。',
          '',
          '以下の宛先へのメール送信に失敗しました。',
          '',
          'fujita@example-partner.co.jp',
          '',
          '-------server message',
          '552 5.2.2 <fujita@example-partner.co.jp>: Mailbox full',
          '',
          '-------SMTP command',
          'DATA',
        ].join('\n'),
        'ISO-2022-JP',
        '7bit',
      ),
    ),
    { ...MAILBOX_FULL, recipient: 'fujita@example-partner.co.jp', replyCode: 552 },
  ],
  [
    'm-FILTER: server message "552 5.3.4" in answer to MAIL FROM (the message is too large)',
    message(
      [
        'From: m-FILTER <postmaster@mfilter.example-corp.co.jp>',
        BOUNCE_TO,
        `Subject: ${encodedWord('送信エラー通知', 'ISO-2022-JP')}`,
        `Date: ${JST}`,
      ],
      part(
        [
          'このメールは「m-FILTER」が自動的に発行しています。',
          '',
          '以下の宛先へのメール送信に失敗しました。',
          '',
          'hayashi@example-partner.co.jp',
          '',
          '-------server message',
          '552 5.3.4 Message size exceeds fixed maximum message size',
          '',
          '-------SMTP command',
          'MAIL FROM',
        ].join('\n'),
        'ISO-2022-JP',
        '7bit',
      ),
    ),
    { ...TOO_BIG, recipient: 'hayashi@example-partner.co.jp', replyCode: 552 },
  ],
  [
    'Activehunter: its failure notice with a session transcript, user unknown',
    message(
      [
        'From: MAILER-DAEMON@ah.example-corp.co.jp',
        BOUNCE_TO,
        'Subject: FAILURE NOTICE :',
        `Date: ${JST}`,
        'X-AHMAILID: 1768176867.8812.ah01',
      ],
      [
        'Content-Type: text/plain; charset="ISO-2022-JP"',
        'Content-Transfer-Encoding: 7bit',
        '',
        '|--------------------------------------------------------------------|',
        '|                  Activehunter Mail Delivery Notice                  |',
        '|--------------------------------------------------------------------|',
        '',
        '  ----- The following addresses had permanent fatal errors -----',
        '',
        '<mizuno@example-torihiki.co.jp>',
        '',
        '  ----- Transcript of session follows -----',
        '',
        '550 5.1.1 <mizuno@example-torihiki.co.jp>... User Unknown',
      ],
    ),
    { ...USER_UNKNOWN, recipient: 'mizuno@example-torihiki.co.jp', replyCode: 550, status: '5.1.1' },
  ],
  [
    'Activehunter: the remote server refused the sender at MAIL FROM',
    message(
      [
        'From: MAILER-DAEMON@ah.example-corp.co.jp',
        BOUNCE_TO,
        'Subject: FAILURE NOTICE :',
        `Date: ${JST}`,
        'X-AHMAILID: 1768176868.8813.ah01',
      ],
      [
        'Content-Type: text/plain; charset="ISO-2022-JP"',
        'Content-Transfer-Encoding: 7bit',
        '',
        '  ----- The following addresses had permanent fatal errors -----',
        '',
        '<ueda@example-torihiki.co.jp>',
        '',
        '  ----- Transcript of session follows -----',
        '',
        '>>> MAIL FROM:<alice@example.co.jp>',
        '<<< 553 5.7.1 <alice@example.co.jp>... Sender address rejected: Access denied',
      ],
    ),
    { ...SENDER_REJECTED, recipient: 'ueda@example-torihiki.co.jp', replyCode: 553 },
  ],
  [
    'InterScan MSS: its Japanese-subject notice, "Sent <<< RCPT TO" / "Received >>> 550 5.1.1"',
    message(
      [
        'From: postmaster@imss.example-corp.co.jp',
        BOUNCE_TO,
        `Subject: ${encodedWord('メール配信に失敗しました', 'ISO-2022-JP')}`,
        `Date: ${JST}`,
      ],
      [
        'Content-Type: text/plain; charset="us-ascii"',
        'Content-Transfer-Encoding: 7bit',
        '',
        'Unable to deliver message to <kato@example-supplier.co.jp>.',
        '',
        'Sent <<< RCPT TO:<kato@example-supplier.co.jp>',
        'Received >>> 550 5.1.1 <kato@example-supplier.co.jp>: Recipient address rejected: User unknown',
        '',
        '--- Original message headers ---',
        ...original('kato@example-supplier.co.jp'),
      ],
    ),
    { ...USER_UNKNOWN, recipient: 'kato@example-supplier.co.jp', replyCode: 550, status: '5.1.1' },
  ],
  [
    'InterScan MSS: gave up after its retry period, the recipient domain did not answer',
    message(
      [
        'From: postmaster@imss.example-corp.co.jp',
        BOUNCE_TO,
        `Subject: ${encodedWord('メール配信に失敗しました', 'ISO-2022-JP')}`,
        `Date: ${JST}`,
      ],
      [
        'Content-Type: text/plain; charset="us-ascii"',
        '',
        'Unable to deliver message to <endo@example-supplier2.co.jp> (and other recipients in the same domain).',
        '',
        'The message has been in the queue for too long and has expired.',
        'Last error: Connection to mx.example-supplier2.co.jp (198.51.100.77) timed out.',
      ],
    ),
    { ...EXPIRED, recipient: 'endo@example-supplier2.co.jp' },
  ],
  [
    'InterScan MSS: the remote server said the message is too large (Japanese subject, English body)',
    message(
      [
        'From: postmaster@imss.example-corp.co.jp',
        BOUNCE_TO,
        `Subject: ${encodedWord('メール配信に失敗しました', 'ISO-2022-JP')}`,
        `Date: ${JST}`,
      ],
      [
        'Content-Type: text/plain; charset="us-ascii"',
        '',
        'Unable to deliver message to <ogawa@example-supplier.co.jp>.',
        '',
        'Sent <<< MAIL FROM:<alice@example.co.jp> SIZE=31457280',
        'Received >>> 552 5.3.4 Message size exceeds fixed maximum message size',
      ],
    ),
    { ...TOO_BIG, recipient: 'ogawa@example-supplier.co.jp', replyCode: 552, status: '5.3.4' },
  ],
  [
    'HENNGE-style gateway: a Japanese and English notice in UTF-8 base64 (宛先不明 / User unknown)',
    message(
      [
        'From: "Mail Delivery System" <mailer-daemon@gw.hdems.example.jp>',
        BOUNCE_TO,
        `Subject: ${encodedWord('【配信エラー】メールを配信できませんでした', 'UTF-8')}`,
        `Date: ${JST}`,
      ],
      report(
        'hdems-r20-1',
        part(
          [
            '送信されたメールは、以下の宛先に配信できませんでした。',
            'Your message could not be delivered to the following recipient.',
            '',
            '宛先 / Recipient: ikeda@example-kaisha.co.jp',
            '理由 / Reason: 宛先のメールアドレスが存在しません / The recipient address does not exist.',
            '',
            'サーバーの応答 / Remote server said:',
            '550 5.1.1 <ikeda@example-kaisha.co.jp>: Recipient address rejected: User unknown',
          ].join('\n'),
          'UTF-8',
          'base64',
        ),
        [
          'Reporting-MTA: dns; gw.hdems.example.jp',
          '',
          'Final-Recipient: rfc822; ikeda@example-kaisha.co.jp',
          'Action: failed',
          'Status: 5.1.1',
          'Diagnostic-Code: smtp; 550 5.1.1 <ikeda@example-kaisha.co.jp>: Recipient address rejected: User unknown',
        ],
        original('ikeda@example-kaisha.co.jp'),
      ),
    ),
    { ...USER_UNKNOWN, recipient: 'ikeda@example-kaisha.co.jp', replyCode: 550, status: '5.1.1' },
  ],
  [
    'CyberMail-style gateway: Japanese notice in ISO-2022-JP, delivery given up (配送期限切れ), no reply quoted',
    message(
      [
        'From: MAILER-DAEMON@cm01.example-cybermail.jp',
        BOUNCE_TO,
        `Subject: ${encodedWord('配送期限切れ通知', 'ISO-2022-JP')}`,
        `Date: ${JST}`,
      ],
      part(
        [
          'このメールはメールシステムから自動的に送信されています。',
          '',
          '以下の宛先へのメールは、一定期間配送を試みましたが配送できませんでした。',
          '配送期限切れのため、メールを破棄しました。',
          '',
          '宛先: nishimura@example-tsuhan.co.jp',
          '最終エラー: 相手先サーバーに接続できませんでした',
        ].join('\n'),
        'ISO-2022-JP',
        '7bit',
      ),
    ),
    { ...EXPIRED, recipient: 'nishimura@example-tsuhan.co.jp' },
  ],
];

// ---- Exchange and Microsoft 365 in Japanese ----

/** A Microsoft 365 NDR: a text part (UTF-8, base64 or QP) and a delivery-status part. */
function m365(subject: string, text: string, cte: Cte, status: string[], recipient: string): string {
  return message(
    [
      'From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.co.jp>',
      BOUNCE_TO,
      `Subject: ${encodedWord(subject, 'UTF-8')}`,
      `Date: ${JST}`,
      'Content-Language: ja-JP',
      'X-MS-Exchange-Message-Is-Ndr:',
    ],
    report('_000_r20ndr_', part(text, 'UTF-8', cte), status, original(recipient)),
  );
}

const EXCHANGE_20: RealWorldCase[] = [
  [
    'Microsoft 365 (ja-JP), base64: the recipient address was not found (5.1.10)',
    m365(
      '配信不能: 見積書のご送付',
      [
        'メッセージを配信できませんでした',
        '',
        'hiroshi.k@example-torihiki.co.jp の電子メール アドレスが見つからなかったため、メッセージを配信できませんでした。',
        'アドレスを確認してから、もう一度送信してください。',
        '',
        '診断情報 (管理者向け):',
        '',
        'リモート サーバーからのエラー:',
        '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient hiroshi.k@example-torihiki.co.jp not found by SMTP address lookup',
      ].join('\n'),
      'base64',
      [
        'Reporting-MTA: dns;TYCP286MB1234.JPNP286.PROD.OUTLOOK.COM',
        '',
        'Final-Recipient: rfc822;hiroshi.k@example-torihiki.co.jp',
        'Action: failed',
        'Status: 5.1.10',
        'Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient hiroshi.k@example-torihiki.co.jp not found by SMTP address lookup',
      ],
      'hiroshi.k@example-torihiki.co.jp',
    ),
    { ...MS_NOT_FOUND, recipient: 'hiroshi.k@example-torihiki.co.jp', replyCode: 550, status: '5.1.10' },
  ],
  [
    'Microsoft 365 (ja-JP), quoted-printable: the recipient mailbox is full (QuotaExceededException)',
    m365(
      '配信不能: 打ち合わせ日程',
      [
        '受信者のメールボックスがいっぱいのため、メッセージを配信できませんでした',
        '',
        'ほかの人へのメッセージは配信できる可能性があります。',
        '受信者にメールボックスの不要なアイテムを削除してもらってから、再送信してください。',
        '',
        'リモート サーバーからのエラー:',
        '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded',
      ].join('\n'),
      'quoted-printable',
      [
        'Reporting-MTA: dns;OS3P286MB2345.JPNP286.PROD.OUTLOOK.COM',
        '',
        'Final-Recipient: rfc822;matsumoto@example-torihiki.co.jp',
        'Action: failed',
        'Status: 5.2.2',
        'Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded',
      ],
      'matsumoto@example-torihiki.co.jp',
    ),
    { ...MAILBOX_FULL, recipient: 'matsumoto@example-torihiki.co.jp', replyCode: 554, status: '5.2.2' },
  ],
  [
    'Exchange 2016 (ja-JP), base64: the message is larger than the route allows (ROUTING.SizeLimit)',
    m365(
      '配信できませんでした: 図面データ',
      [
        '次の受信者またはグループへの配信に失敗しました:',
        '',
        'inoue@example-sekkei.co.jp',
        'メッセージのサイズが大きすぎるため、配信できませんでした。添付ファイルを小さくして再送信してください。',
        '',
        '#550 5.3.4 ROUTING.SizeLimit; message size exceeds fixed maximum size for route ##',
      ].join('\n'),
      'base64',
      [
        'Reporting-MTA: dns;EXCH01.example.co.jp',
        '',
        'Final-Recipient: rfc822;inoue@example-sekkei.co.jp',
        'Action: failed',
        'Status: 5.3.4',
        'Diagnostic-Code: smtp;550 5.3.4 ROUTING.SizeLimit; message size exceeds fixed maximum size for route',
      ],
      'inoue@example-sekkei.co.jp',
    ),
    { ...TOO_BIG, recipient: 'inoue@example-sekkei.co.jp', status: '5.3.4' },
  ],
  [
    'Microsoft 365 (ja-JP): the message expired in the queue (4.4.7 QUEUE.Expired)',
    m365(
      '配信不能: 請求書送付のご案内',
      [
        'メッセージを配信できませんでした',
        '',
        '受信者の電子メール システムへの配信が長時間にわたって試行されましたが、成功しませんでした。',
        'このメッセージの有効期限が切れたため、配信は中止されました。',
        '',
        '診断情報 (管理者向け):',
        '',
        '生成元サーバー: TYWP286MB3456.JPNP286.PROD.OUTLOOK.COM',
        '',
        'kikuchi@example-unyu.co.jp',
        "Remote server returned '550 4.4.7 QUEUE.Expired; message expired'",
      ].join('\n'),
      'base64',
      [
        'Reporting-MTA: dns;TYWP286MB3456.JPNP286.PROD.OUTLOOK.COM',
        '',
        'Final-Recipient: rfc822;kikuchi@example-unyu.co.jp',
        'Action: failed',
        'Status: 4.4.7',
        'Diagnostic-Code: smtp;550 4.4.7 QUEUE.Expired; message expired',
      ],
      'kikuchi@example-unyu.co.jp',
    ),
    { ...EXPIRED, recipient: 'kikuchi@example-unyu.co.jp', status: '4.4.7' },
  ],
  [
    'Microsoft 365 (ja-JP): the recipient domain does not exist (5.4.310)',
    m365(
      '配信不能: 会議資料',
      [
        'メッセージを配信できませんでした',
        '',
        '受信者のドメイン example-bussan.cojp の DNS レコードが存在しないため、メッセージを配信できませんでした。',
        '',
        '診断情報 (管理者向け):',
        '',
        'murakami@example-bussan.cojp',
        "Remote server returned '550 5.4.310 DNS domain example-bussan.cojp does not exist [Message=InfoDomainNonexistent] [LastAttemptedServerName=example-bussan.cojp]'",
      ].join('\n'),
      'base64',
      [
        'Reporting-MTA: dns;TYCP286MB4567.JPNP286.PROD.OUTLOOK.COM',
        '',
        'Final-Recipient: rfc822;murakami@example-bussan.cojp',
        'Action: failed',
        'Status: 5.4.310',
        'Diagnostic-Code: smtp;550 5.4.310 DNS domain example-bussan.cojp does not exist [Message=InfoDomainNonexistent]',
      ],
      'murakami@example-bussan.cojp',
    ),
    { ...DOMAIN_NOT_FOUND, recipient: 'murakami@example-bussan.cojp', status: '5.4.310' },
  ],
  [
    'Microsoft 365 (ja-JP): the recipient organisation rejected the sender (5.7.1 sender not allowed)',
    m365(
      '配信不能: ご案内',
      [
        'メッセージを配信できませんでした',
        '',
        '受信者の組織のポリシーにより、送信者からのメッセージの受信が拒否されました。',
        '',
        'リモート サーバーからのエラー:',
        "550 5.7.1 Delivery not authorized, message refused. Sender 'alice@example.co.jp' is blocked by the recipient's organization",
      ].join('\n'),
      'base64',
      [
        'Reporting-MTA: dns;OS0P286MB5678.JPNP286.PROD.OUTLOOK.COM',
        '',
        'Final-Recipient: rfc822;sasaki@example-ginko.co.jp',
        'Action: failed',
        'Status: 5.7.1',
        "Diagnostic-Code: smtp;550 5.7.1 Delivery not authorized, message refused. Sender 'alice@example.co.jp' is blocked by the recipient's organization",
      ],
      'sasaki@example-ginko.co.jp',
    ),
    {
      cause: ['blocked-by-recipient', 'sender-rejected', 'recipient-restricted'],
      reason: ['rejected'],
      recipient: 'sasaki@example-ginko.co.jp',
    },
  ],
];

// ---- Single replies and log lines ----

const SINGLES_20: RealWorldCase[] = [
  [
    'Postfix log: docomo refused after end of DATA, "550 Unknown user" (receive refusal)',
    'Jan 12 09:14:05 mail postfix/smtp[28711]: 4F2A1B3C5D: to=<sora.a@docomo.ne.jp>, relay=mfsmax.docomo.ne.jp[203.138.181.240]:25, delay=2.1, delays=0.05/0/0.61/1.4, dsn=5.0.0, status=bounced (host mfsmax.docomo.ne.jp[203.138.181.240] said: 550 Unknown user sora.a@docomo.ne.jp (in reply to end of DATA command))',
    { ...RECEIVE_REFUSAL, recipient: 'sora.a@docomo.ne.jp', replyCode: 550 },
  ],
  [
    'Postfix log: au refused after end of DATA, "550 : User unknown" (domain refusal)',
    'Jan 12 09:14:06 mail postfix/smtp[28712]: 5A3B2C4D6E: to=<kota.s@au.com>, relay=msmx.au.com[111.86.247.10]:25, delay=1.8, delays=0.04/0/0.52/1.2, dsn=5.0.0, status=bounced (host msmx.au.com[111.86.247.10] said: 550 : User unknown (in reply to end of DATA command))',
    { ...RECEIVE_REFUSAL, recipient: 'kota.s@au.com', replyCode: 550 },
  ],
  [
    'Sendmail log: EZweb unknown at RCPT TO, dsn=5.1.1 stat=User unknown',
    'Jan 12 09:14:07 mail sm-mta[4411]: 60C0E7ab004411: to=<rin.k@ezweb.ne.jp>, delay=00:00:02, xdelay=00:00:02, mailer=esmtp, pri=120398, relay=lsean.ezweb.ne.jp. [27.90.174.5], dsn=5.1.1, stat=User unknown',
    { ...USER_UNKNOWN, recipient: 'rin.k@ezweb.ne.jp', status: '5.1.1' },
  ],
  [
    "Japanese reply: refused by the recipient's reception settings (受信拒否設定)",
    '550 5.7.1 <yui.m@example-mobile.ne.jp>: 受信者の受信拒否設定により、メールを受け付けられませんでした',
    { ...RECEIVE_REFUSAL, recipient: 'yui.m@example-mobile.ne.jp', replyCode: 550 },
  ],
  [
    "Japanese reply: the recipient's designated-reception setting (指定受信) does not allow this sender",
    '554 5.7.1 受信者の指定受信設定により受信できません',
    RECEIVE_REFUSAL,
  ],
  [
    'Japanese reply: the message exceeds the size the recipient can receive',
    '552 5.3.4 <mio.t@example.ne.jp>: メールサイズが受信可能な上限値を超えています',
    { ...TOO_BIG, replyCode: 552, status: '5.3.4' },
  ],
  [
    'Japanese reply: the destination host was not found (宛先ホストが見つかりません)',
    '550 5.1.2 <ren@example-kogyo.jpp>: 宛先ホストが見つかりません',
    { ...DOMAIN_NOT_FOUND, replyCode: 550, status: '5.1.2' },
  ],
  [
    "Japanese reply: the sender's domain does not exist",
    '553 5.1.8 <info@example-hanbai.jp>: 送信者のドメインが存在しません',
    { ...SENDER_REJECTED, side: 'sender', replyCode: 553, status: '5.1.8' },
  ],
  [
    "Japanese reply: the recipient's account is suspended (利用停止)",
    '550 5.2.1 <hinata@example-isp.ne.jp>: このアカウントは利用停止中です',
    { ...DISABLED, replyCode: 550, status: '5.2.1' },
  ],
  [
    'Japanese reply: the address is not registered (宛先不明, 登録なし)',
    '550 5.1.1 <tsubasa@example-isp.ne.jp>: 宛先不明: 指定されたメールアドレスは登録されていません',
    { ...USER_UNKNOWN, replyCode: 550, status: '5.1.1' },
  ],
  [
    'Japanese delay reply: temporarily the mailbox cannot take more (一時的に容量不足)',
    '452 4.2.2 <aoi@example-isp.ne.jp>: 受信者のメールボックスの容量が不足しているため、一時的に受信できません',
    { ...MAILBOX_FULL, replyCode: 452, permanent: false },
  ],
];

// Written after the first batch's fixes, in other systems' forms and words, and measured before any change.
const SECOND_BATCH_20: RealWorldCase[] = [
  [
    'Exim: docomo refused after end of data, "550 Unknown user" (receive refusal)',
    message(
      [
        'From: Mail Delivery System <Mailer-Daemon@mx.example-hotel.jp>',
        'To: reserve@example-hotel.jp',
        'Subject: Mail delivery failed: returning message to sender',
        `Date: ${JST}`,
        'Auto-Submitted: auto-replied',
      ],
      [
        'Content-Type: text/plain; charset=us-ascii',
        '',
        'This message was created automatically by mail delivery software.',
        '',
        'A message that you sent could not be delivered to one or more of its',
        'recipients. This is a permanent error. The following address(es) failed:',
        '',
        '  kazuki.y@docomo.ne.jp',
        '    host mfsmax.docomo.ne.jp [203.138.181.112]',
        '    SMTP error from remote mail server after end of data:',
        '    550 Unknown user kazuki.y@docomo.ne.jp',
      ],
    ),
    { ...RECEIVE_REFUSAL, recipient: 'kazuki.y@docomo.ne.jp', replyCode: 550 },
  ],
  [
    'Postfix with a Japanese template in Shift_JIS, base64: SoftBank says the recipient refuses this sender',
    message(
      [
        'From: MAILER-DAEMON@mail.example-isp.ne.jp (Mail Delivery System)',
        BOUNCE_TO,
        `Subject: ${encodedWord('配信不能のお知らせ', 'Shift_JIS')}`,
        `Date: ${JST}`,
      ],
      part(
        [
          'このメールはシステムから自動送信されています。',
          '',
          '以下の宛先にメールを配信できませんでした。',
          '受信者の設定により、お客様のメールアドレスからのメールは受信拒否されています。',
          '',
          '<minami.o@softbank.ne.jp>: host mx.softbank.ne.jp[126.240.66.20] said: 550 5.7.1',
          '    Rejected (in reply to end of DATA command)',
        ].join('\n'),
        'Shift_JIS',
        'base64',
      ),
    ),
    { ...RECEIVE_REFUSAL, recipient: 'minami.o@softbank.ne.jp', replyCode: 550 },
  ],
  [
    'Japanese reply: this address refuses to receive mail from you (受信を拒否しています)',
    '550 5.7.1 <takumi@example-mobile.ne.jp>: このメールアドレスはあなたからのメールの受信を拒否しています',
    { ...RECEIVE_REFUSAL, replyCode: 550 },
  ],
  [
    '@nifty: a Japanese delay notice in ISO-2022-JP, still being retried (配送遅延)',
    message(
      [
        'From: MAILER-DAEMON@nifty.com',
        BOUNCE_TO,
        `Subject: ${encodedWord('配送遅延のお知らせ（再送の必要はありません）', 'ISO-2022-JP')}`,
        `Date: ${JST}`,
      ],
      report(
        'nifty-r20-delay',
        part(
          [
            'このメールは警告です。メールを再送する必要はありません。',
            '',
            '以下の宛先へのメールは、まだ配送できていません。',
            '引き続き配送を試みます。',
            '',
            '<ono.s@example-koumuten.co.jp>: connect to mx.example-koumuten.co.jp[198.51.100.61]:25:',
            '    Connection refused',
          ].join('\n'),
          'ISO-2022-JP',
          '7bit',
        ),
        [
          'Reporting-MTA: dns; mta.nifty.com',
          '',
          'Final-Recipient: rfc822; ono.s@example-koumuten.co.jp',
          'Action: delayed',
          'Status: 4.4.1',
          'Diagnostic-Code: X-Postfix; connect to mx.example-koumuten.co.jp[198.51.100.61]:25: Connection refused',
          'Will-Retry-Until: Sat, 17 Jan 2026 09:14:02 +0900',
        ],
        original('ono.s@example-koumuten.co.jp'),
      ),
    ),
    {
      // connection-refused's catalogue reason is Sisimai's 'blocked', as round 14's UNREACHABLE reads it.
      cause: ['delivery-delayed', 'recipient-server-unreachable', 'connection-refused'],
      reason: ['expired', 'networkerror', 'onhold', 'blocked'],
      recipient: 'ono.s@example-koumuten.co.jp',
      permanent: false,
    },
  ],
  [
    'Sakura Internet: Sendmail gave up after 3 days, the host kept timing out (451 4.4.0)',
    message(
      [
        'From: Mail Delivery Subsystem <MAILER-DAEMON@www1234.sakura.ne.jp>',
        'To: info@example-cafe.jp',
        'Subject: Returned mail: see transcript for details',
        'Date: Thu, 15 Jan 2026 09:20:41 +0900 (JST)',
      ],
      report(
        '60C1N2c5012347.www1234.sakura.ne.jp',
        [
          '   ----- The following addresses had permanent fatal errors -----',
          '<order@example-nouen.jp>',
          '    (reason: 451 4.4.0 Cannot send message for 3 days)',
          '',
          '   ----- Transcript of session follows -----',
          '<order@example-nouen.jp>... Deferred: Connection timed out with mx.example-nouen.jp.',
          'Message could not be delivered for 3 days',
          'Message will be deleted from queue',
        ],
        [
          'Reporting-MTA: dns; www1234.sakura.ne.jp',
          '',
          'Final-Recipient: RFC822; order@example-nouen.jp',
          'Action: failed',
          'Status: 4.4.7',
        ],
        ['From: info@example-cafe.jp', 'To: order@example-nouen.jp', 'Subject: 発注書'],
      ),
    ),
    { ...EXPIRED, recipient: 'order@example-nouen.jp', permanent: true },
  ],
  [
    'Exchange (ja-JP): the mailbox size limit was exceeded (メールボックスのサイズ制限)',
    m365(
      '配信できませんでした: 月次報告',
      [
        '次の受信者またはグループへの配信に失敗しました:',
        '',
        'yoshida@example-tosho.co.jp',
        '受信者のメールボックスのサイズ制限を超えているため、メッセージを配信できませんでした。',
        '',
        '#550 5.2.2 STOREDRV.Deliver; recipient mailbox limit exceeded ##',
      ].join('\n'),
      'base64',
      [
        'Reporting-MTA: dns;EXCH02.example.co.jp',
        '',
        'Final-Recipient: rfc822;yoshida@example-tosho.co.jp',
        'Action: failed',
        'Status: 5.2.2',
      ],
      'yoshida@example-tosho.co.jp',
    ),
    { ...MAILBOX_FULL, recipient: 'yoshida@example-tosho.co.jp', status: '5.2.2' },
  ],
  [
    'Japanese reply: the account has been cancelled (解約されています)',
    '550 5.1.1 <kenta@example-isp.ne.jp>: このアカウントは解約されています',
    {
      cause: ['user-unknown', 'mailbox-disabled', 'mailbox-inactive'],
      reason: ['userunknown', 'suspend'],
      replyCode: 550,
    },
  ],
  [
    'InterScan MSS: a Japanese body, the recipient domain has no MX (MXレコードが見つかりません)',
    message(
      [
        'From: postmaster@imss.example-corp.co.jp',
        BOUNCE_TO,
        `Subject: ${encodedWord('メール配信に失敗しました', 'ISO-2022-JP')}`,
        `Date: ${JST}`,
      ],
      part(
        [
          '次の宛先へのメッセージを配信できませんでした。',
          '',
          '宛先: abe@example-nosuch.co.jp',
          '理由: 宛先ドメインのMXレコードおよびAレコードが見つかりません。',
        ].join('\n'),
        'ISO-2022-JP',
        '7bit',
      ),
    ),
    {
      cause: ['domain-not-found', 'no-mx', 'recipient-domain-typo'],
      reason: 'hostunknown',
      recipient: 'abe@example-nosuch.co.jp',
    },
  ],
  [
    "m-FILTER: the remote server's Japanese answer, the sender's domain is black-listed",
    message(
      [
        'From: m-FILTER <postmaster@mfilter.example-corp.co.jp>',
        BOUNCE_TO,
        `Subject: ${encodedWord('送信エラー通知', 'ISO-2022-JP')}`,
        `Date: ${JST}`,
      ],
      part(
        [
          'このメールは「m-FILTER」が自動的に発行しています。',
          '',
          '以下の宛先へのメール送信に失敗しました。',
          '',
          'shimizu@example-partner.co.jp',
          '',
          '-------server message',
          '550 5.7.1 送信者のドメインはブラックリストに登録されています',
          '',
          '-------SMTP command',
          'MAIL FROM',
        ].join('\n'),
        'ISO-2022-JP',
        '7bit',
      ),
    ),
    {
      cause: ['sender-rejected', 'domain-blocklisted', 'blocked-by-recipient'],
      reason: ['rejected', 'blocked'],
      recipient: 'shimizu@example-partner.co.jp',
    },
  ],
  [
    "Activehunter: a Japanese answer, the recipient's receiving capacity is exceeded (受信容量)",
    message(
      [
        'From: MAILER-DAEMON@ah.example-corp.co.jp',
        BOUNCE_TO,
        'Subject: FAILURE NOTICE :',
        `Date: ${JST}`,
        'X-AHMAILID: 1768176869.8814.ah01',
      ],
      [
        'Content-Type: text/plain; charset="ISO-2022-JP"',
        'Content-Transfer-Encoding: 7bit',
        '',
        '  ----- The following addresses had permanent fatal errors -----',
        '',
        '<miura@example-torihiki.co.jp>',
        '',
        '  ----- Transcript of session follows -----',
        '',
        ...transferEncode(
          encodeJa('552 <miura@example-torihiki.co.jp>... 受信者の受信容量を超えています', 'ISO-2022-JP'),
          '7bit',
        ),
      ],
    ),
    { ...MAILBOX_FULL, recipient: 'miura@example-torihiki.co.jp', replyCode: 552 },
  ],
  [
    'Postfix log: SoftBank deferred, 452 4.2.2 the mailbox is full (retried)',
    'Jan 12 09:14:09 mail postfix/smtp[28713]: 6B4C3D5E7F: to=<yuna.k@i.softbank.jp>, relay=mx.i.softbank.jp[126.240.66.10]:25, delay=3.2, delays=0.1/0/0.9/2.2, dsn=4.2.2, status=deferred (host mx.i.softbank.jp[126.240.66.10] said: 452 4.2.2 <yuna.k@i.softbank.jp>: Mailbox full, try again later (in reply to RCPT TO command))',
    { ...MAILBOX_FULL, recipient: 'yuna.k@i.softbank.jp', permanent: false },
  ],
  [
    "Japanese reply: the sending domain's DNS record was not found (送信元ドメイン)",
    '550 5.7.1 <info@example-shinsei.jp>: 送信元ドメインのDNSレコードが見つかりません',
    { ...SENDER_REJECTED, side: 'sender', replyCode: 550 },
  ],
  [
    'Microsoft 365 (ja-JP): the message was too large for the recipient (5.2.3 RecipSizeLimit)',
    m365(
      '配信不能: 写真データ',
      [
        'メッセージを配信できませんでした',
        '',
        'メッセージのサイズが受信者に許可されている上限を超えています。',
        '',
        'リモート サーバーからのエラー:',
        '550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient',
      ].join('\n'),
      'quoted-printable',
      [
        'Reporting-MTA: dns;TYCP286MB6789.JPNP286.PROD.OUTLOOK.COM',
        '',
        'Final-Recipient: rfc822;okamoto@example-shashin.co.jp',
        'Action: failed',
        'Status: 5.2.3',
        'Diagnostic-Code: smtp;550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient',
      ],
      'okamoto@example-shashin.co.jp',
    ),
    { ...TOO_BIG, recipient: 'okamoto@example-shashin.co.jp', replyCode: 550, status: '5.2.3' },
  ],
];

// Written after the second batch's fixes, and measured before any change.
const THIRD_BATCH_20: RealWorldCase[] = [
  [
    'InterScan MSS: a Japanese body quoting the remote reply, the address does not exist',
    message(
      [
        'From: postmaster@imss.example-corp.co.jp',
        BOUNCE_TO,
        `Subject: ${encodedWord('メール配信に失敗しました', 'ISO-2022-JP')}`,
        `Date: ${JST}`,
      ],
      part(
        [
          '宛先のメールアドレスが存在しないため、次の宛先にメッセージを配信できませんでした。',
          '',
          '<nomura@example-supplier3.co.jp>',
          '',
          'Sent <<< RCPT TO:<nomura@example-supplier3.co.jp>',
          'Received >>> 550 5.1.1 <nomura@example-supplier3.co.jp>... User unknown',
        ].join('\n'),
        'ISO-2022-JP',
        '7bit',
      ),
    ),
    { ...USER_UNKNOWN, recipient: 'nomura@example-supplier3.co.jp', replyCode: 550, status: '5.1.1' },
  ],
  [
    'HENNGE-style gateway: the receiver refused the sender after its SPF check failed (Japanese)',
    '550 5.7.23 <hara@example-shoken.co.jp>: 送信者認証（SPF）に失敗したため受信を拒否しました',
    {
      cause: ['spf-fail', 'auth-failed'],
      reason: ['authfailure'],
      side: 'sender',
      replyCode: 550,
      status: '5.7.23',
    },
  ],
  [
    "SoftBank: the recipient's settings do not let this mail in (受信者の設定により)",
    '554 5.7.1 <mei.s@softbank.ne.jp>: このメールは受信者の設定により受信できません',
    { ...RECEIVE_REFUSAL, replyCode: 554 },
  ],
  [
    'au: the address is no longer in use (現在使われておりません)',
    '550 5.1.1 <takeru@ezweb.ne.jp>: 宛先のアドレスは現在使われておりません',
    { ...USER_UNKNOWN, replyCode: 550, status: '5.1.1' },
  ],
  [
    'docomo: the number of stored messages reached its limit (保存件数が上限に達しています)',
    '552 5.2.2 <nana.o@docomo.ne.jp>: メールボックスの保存件数が上限に達しています',
    { ...MAILBOX_FULL, replyCode: 552, status: '5.2.2' },
  ],
  [
    'Japanese reply: judged as unsolicited mail and refused (迷惑メールと判断)',
    '550 5.7.1 迷惑メールと判断されたため、受信を拒否しました',
    { cause: ['spam-filtered'], reason: 'spamdetected', side: 'sender', replyCode: 550 },
  ],
  [
    'Xserver: a Japanese delay notice in UTF-8 base64 (送信遅延), still being retried',
    message(
      [
        'From: MAILER-DAEMON@sv1234.xserver.jp (Mail Delivery System)',
        BOUNCE_TO,
        `Subject: ${encodedWord('送信遅延のお知らせ', 'UTF-8')}`,
        `Date: ${JST}`,
      ],
      report(
        '4F1B2C3D50.1768176870/sv1234.xserver.jp',
        part(
          [
            'これは警告メールです。メールを再送する必要はありません。',
            '',
            '以下の宛先へのメールは4時間以上配送できていません。',
            '5日間、配送を再試行します。',
            '',
            '<keiri@example-yakuhin.co.jp>: host mx.example-yakuhin.co.jp[198.51.100.88] said:',
            '    421 4.3.2 Service shutting down, closing transmission channel (in reply to',
            '    MAIL FROM command)',
          ].join('\n'),
          'UTF-8',
          'base64',
        ),
        [
          'Reporting-MTA: dns; sv1234.xserver.jp',
          '',
          'Final-Recipient: rfc822; keiri@example-yakuhin.co.jp',
          'Action: delayed',
          'Status: 4.3.2',
          'Remote-MTA: dns; mx.example-yakuhin.co.jp',
          'Diagnostic-Code: smtp; 421 4.3.2 Service shutting down, closing transmission channel',
        ],
        original('keiri@example-yakuhin.co.jp'),
      ),
    ),
    {
      cause: ['delivery-delayed', 'server-unavailable', 'recipient-server-unreachable'],
      reason: ['expired', 'onhold', 'systemerror', 'networkerror'],
      recipient: 'keiri@example-yakuhin.co.jp',
      permanent: false,
    },
  ],
  [
    'Japanese Postfix template, ISO-2022-JP: the user was not found (ユーザーが見つかりません) with a 5.1.1 DSN',
    message(
      [
        'From: MAILER-DAEMON@mx01.example-isp.ne.jp (Mail Delivery System)',
        BOUNCE_TO,
        `Subject: ${encodedWord('配信不能のお知らせ', 'ISO-2022-JP')}`,
        `Date: ${JST}`,
      ],
      report(
        'B3E4A1C030.1768176871/mx01.example-isp.ne.jp',
        part(
          [
            'このメールは mx01.example-isp.ne.jp のメールシステムから自動的に送信されています。',
            '',
            '<uchida@example-isp.ne.jp>: 指定されたユーザーが見つかりません',
          ].join('\n'),
          'ISO-2022-JP',
          '7bit',
        ),
        [
          'Reporting-MTA: dns; mx01.example-isp.ne.jp',
          '',
          'Final-Recipient: rfc822; uchida@example-isp.ne.jp',
          'Action: failed',
          'Status: 5.1.1',
          'Diagnostic-Code: X-Postfix; unknown user: "uchida"',
        ],
        original('uchida@example-isp.ne.jp'),
      ),
    ),
    { ...USER_UNKNOWN, recipient: 'uchida@example-isp.ne.jp', status: '5.1.1' },
  ],
  [
    'Microsoft 365 (ja-JP): the sender is not allowed to send to this group (5.7.1 RESOLVER.RST)',
    m365(
      '配信不能: 全社連絡',
      [
        'メッセージを配信できませんでした',
        '',
        'このグループにメッセージを送信するためのアクセス許可がありません。',
        'グループの所有者に連絡してください。',
        '',
        'リモート サーバーからのエラー:',
        '550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized',
      ].join('\n'),
      'base64',
      [
        'Reporting-MTA: dns;OS3P286MB7890.JPNP286.PROD.OUTLOOK.COM',
        '',
        'Final-Recipient: rfc822;all-staff@example-torihiki.co.jp',
        'Action: failed',
        'Status: 5.7.1',
        'Diagnostic-Code: smtp;550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized',
      ],
      'all-staff@example-torihiki.co.jp',
    ),
    {
      cause: ['recipient-restricted', 'blocked-by-recipient'],
      reason: ['rejected', 'securityerror'],
      side: 'recipient',
      recipient: 'all-staff@example-torihiki.co.jp',
    },
  ],
  [
    'Postfix log: docomo deferred, the carrier refuses too many connections (421)',
    'Jan 12 09:14:10 mail postfix/smtp[28714]: 7C5D4E6F80: to=<aoi.n@docomo.ne.jp>, relay=mfsmax.docomo.ne.jp[203.138.181.240]:25, delay=1.1, delays=0.1/0/1/0, dsn=4.0.0, status=deferred (host mfsmax.docomo.ne.jp[203.138.181.240] refused to talk to me: 421 Too many connections from your host)',
    {
      cause: ['too-many-connections', 'rate-limited'],
      reason: ['toomanyconn', 'speeding', 'blocked'],
      side: 'sender',
      permanent: false,
    },
  ],
];

// Still read wrongly, and what they got (round 20 as written); a fix moves the case out of this list.
const KNOWN_WRONG_20: Record<string, string> = {};

export const ROUND_20: RealWorldCase[] = [
  ...CARRIERS_20,
  ...ISPS_20,
  ...APPLIANCES_20,
  ...EXCHANGE_20,
  ...SINGLES_20,
  ...SECOND_BATCH_20,
  ...THIRD_BATCH_20,
].map(([name, input, want]): RealWorldCase => {
  const why = KNOWN_WRONG_20[name];
  return why ? [name, input, { ...want, knownWrong: why }] : [name, input, want];
});
