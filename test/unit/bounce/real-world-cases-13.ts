import type { RealWorldCase } from './real-world-cases.js';
import {
  DISABLED,
  lines,
  MAILBOX_FULL,
  MS_NOT_FOUND,
  RATE,
  SPAM,
  TOO_BIG,
  USER_UNKNOWN,
} from './real-world-expectations.js';

/*
 * A thirteenth held-out round: bounces in the languages and scripts rounds 1-12 hold least. Chinese
 * (QQ/Tencent, NetEase, Aliyun, Openfind's Mail2000 in Taiwan), Korean (Naver, Daum/Kakao, Korean hosting),
 * Turkish, Czech and Slovak (Centrum, Kerio), Hungarian, Romanian, Greek, Ukrainian, Bulgarian, the Nordic
 * languages, Hebrew, Arabic, Persian, Vietnamese, Thai, Indonesian and Malay, Brazilian hosting (Locaweb,
 * UOL, Terra) and Latin American ISPs: Microsoft 365 NDRs, Gmail's notices, hosting providers' translated
 * MTA templates and the providers' own replies, some with the English reply inside and some with only the
 * localised words. Written from knowledge of the servers' wordings, none from the development corpus,
 * checked against rounds 1-12, measured before any rule was changed:
 *   round 13  70 cases, 15 right as written (21 %). 80 were written; 10 were dropped after a first run to
 *             keep to 70, as repeats of a form already held (5 Exchange NDRs whose English reply decides,
 *             5 same-language repeats): 6 of them right, 4 wrong, so no choice by outcome. No expectation
 *             widened. The 55 wrong: 24 localised notices not read as bounces at all (no record: Gmail's
 *             notices in Korean, Turkish, Hungarian, Nordic, Hebrew, Arabic, Vietnamese, Thai, Indonesian,
 *             Portuguese and Spanish domain-not-found, QQ's delay notice, Naver's and Daum's, Openfind's,
 *             Kerio's, Locaweb's, Centrum's and a Romanian ISP's templates, Exchange's Arabic heading), 28
 *             with the cause unknown (the localised words in no phrase table: mailbox full, user unknown,
 *             disabled, too large, rate, temporary, in Chinese, Greek, Ukrainian, Bulgarian, Persian,
 *             Vietnamese, Thai, Indonesian, Malay, Hungarian, Romanian, Nordic, Turkish, Spanish and
 *             Portuguese; NetEase's HL:IHU and English 'exceeded mailsize limit' unknown too), 2 Korean
 *             5.7.1 replies read as security-error, and '黑名单' of the recipient's own list read as a DNSBL.
 *   fixed     all 55 by data and one normalisation: notice wording in 20 more languages (notice-headings.ts,
 *             Exchange's "recipients or groups" heading in 11 more), the failures' wording by language in
 *             src/knowledge/reply-phrases-languages.ts (domain not found, delayed, mailbox full, disabled and
 *             dormant, user unknown, rate; as general words: too large, spam, temporary, unreachable), the
 *             recipient's own blacklist in Chinese and Korean before the DNSBL's '黑名单', NetEase's published
 *             refusal codes (HL:IHU, RP:QRC…), and Turkish 'İ' matched as 'i' (it lower-cases to i + U+0307).
 *             70 of 70 right; corpus 365/383, no record changed.
 *   then      20 other wordings of the same failures in these languages (languages.test.ts: other servers'
 *             sentences, Exchange's text without its reply, notices naming the sender too), written after
 *             the fixes and measured before any change: 1 of 20 right as written. The tables matched the
 *             wordings they were written from and little else; the 19 needed words of their own and the
 *             translated notices' sender and recipient labels (scan-text.ts: "Gönderen:", "Alıcı:",
 *             "Odesílatel:", "Người nhận:"…). A bare "does not exist" in each language was tried and left
 *             out: the corpus guard showed Google Groups' Arabic and Ukrainian notices ("the group may not
 *             exist, or you may not post") turned into unknown users; the subject is named instead.
 *   and       14 short replies in still other words (languages.test.ts), written after those fixes: 6 of 14 right
 *             as written (43 %), 14 after, by more words. Gmail's domain-not-found notice, Exchange's delay
 *             sentence, single-part HTML notices and direction marks around addresses were fixed as found.
 * What is still wrong is listed in STILL_WRONG with the reason.
 */

const DOMAIN_NOT_FOUND = {
  cause: ['domain-not-found', 'recipient-domain-typo'],
  reason: 'hostunknown',
} as const;
// A notice that says only "not delivered yet, still trying": the delay itself, or the unreachable host.
const DELAYED = {
  cause: ['delivery-delayed', 'recipient-server-unreachable', 'server-unavailable'],
  reason: ['expired', 'onhold', 'networkerror', 'systemerror'],
} as const;
// The recipient (or the receiving side for them) refuses this sender: their own block list.
const BLOCKED_BY_RECIPIENT = {
  cause: ['blocked-by-recipient', 'content-filtered', 'sender-rejected'],
  reason: ['rejected', 'filtered'],
} as const;
// "Temporary error, try again later" and nothing more: the receiving side is not taking mail for now.
const TEMPORARY = {
  cause: ['server-unavailable', 'system-error', 'delivery-delayed', 'greylisted'],
  reason: ['systemerror', 'expired', 'onhold', 'blocked'],
} as const;

const CHINESE_13: RealWorldCase[] = [
  [
    'QQ Mail notice in Chinese with the English part: recipient address does not exist',
    lines(
      '此邮件是由系统自动发出的，请不要直接回复。',
      '',
      '很抱歉您发送的邮件被退回，以下是该邮件的相关信息：',
      '',
      '被退回的邮件：',
      '收件人：wang.lei@example.cn',
      '主题：合同草稿',
      '时间：2026年3月2日(星期一) 上午10:15',
      '',
      '退信原因：',
      '收件人邮箱地址不存在，请核实后再发送。',
      '',
      'The following message to <wang.lei@example.cn> was undeliverable.',
      'The reason for the problem:',
      "5.1.1 - Bad destination email address 'reject'",
      'Host mx.example.cn[203.0.113.20] said: 550 5.1.1 <wang.lei@example.cn>: Recipient address rejected: User unknown in virtual mailbox table',
    ),
    { ...USER_UNKNOWN, recipient: 'wang.lei@example.cn', status: '5.1.1' },
  ],
  [
    'QQ Mail notice in Chinese only: recipient address does not exist',
    lines(
      '此邮件是由系统自动发出的，请不要直接回复。',
      '',
      '很抱歉您发送的邮件被退回，以下是该邮件的相关信息：',
      '',
      '被退回的邮件：',
      '收件人：zhao.min@example.cn',
      '主题：发票',
      '',
      '退信原因：',
      '收件人邮箱地址不存在，请核实后再发送。',
    ),
    { ...USER_UNKNOWN, recipient: 'zhao.min@example.cn' },
  ],
  [
    "QQ Mail notice in Chinese only: the recipient's domain does not exist",
    lines(
      '此邮件是由系统自动发出的，请不要直接回复。',
      '',
      '很抱歉您发送的邮件被退回，以下是该邮件的相关信息：',
      '',
      '被退回的邮件：',
      '收件人：liu.yang@exmaple.cn',
      '主题：会议纪要',
      '',
      '退信原因：',
      '收件人域名不存在，请检查邮件地址是否正确。',
    ),
    { ...DOMAIN_NOT_FOUND, recipient: 'liu.yang@exmaple.cn' },
  ],
  [
    "QQ Mail notice in Chinese only: judged spam by the recipient's server",
    lines(
      '此邮件是由系统自动发出的，请不要直接回复。',
      '',
      '很抱歉您发送的邮件被退回，以下是该邮件的相关信息：',
      '',
      '被退回的邮件：',
      '收件人：chen.jie@example.com.cn',
      '主题：优惠活动',
      '',
      '退信原因：',
      '邮件被对方服务器判定为垃圾邮件而拒收。',
    ),
    { ...SPAM, recipient: 'chen.jie@example.com.cn' },
  ],
  [
    'QQ Mail notice in Chinese only: the recipient put the sender on their blacklist',
    lines(
      '此邮件是由系统自动发出的，请不要直接回复。',
      '',
      '很抱歉您发送的邮件被退回，以下是该邮件的相关信息：',
      '',
      '被退回的邮件：',
      '收件人：12345678@qq.com',
      '主题：你好',
      '',
      '退信原因：',
      '收件人已将你加入黑名单，邮件被拒收。',
    ),
    { ...BLOCKED_BY_RECIPIENT, recipient: '12345678@qq.com' },
  ],
  [
    'QQ Mail delay notice in Chinese: not yet delivered, connecting to the server timed out',
    lines(
      '此邮件是由系统自动发出的，请不要直接回复。',
      '',
      '您发送的邮件暂未投递成功，系统会在24小时内继续尝试投递，请不要重复发送。',
      '',
      '收件人：li.na@example.cn',
      '主题：周报',
      '原因：连接对方邮件服务器超时。',
    ),
    { ...DELAYED, recipient: 'li.na@example.cn' },
  ],
  [
    'NetEase 163: exceeded mailsize limit',
    '552 Requested mail action aborted: exceeded mailsize limit',
    TOO_BIG,
  ],
  [
    "NetEase 163: HL:IHU, the sending IP suspended for spam, with NetEase's Chinese explanation",
    lines(
      '554 HL:IHU 163 mx21,D8CowABnZ2kQ0mJpA1B2Cw--.30112S2 1768300000,please see http://mail.163.com/help/help_spam_16.htm?ip=203.0.113.7&hostid=mx21&time=1768300000',
      '',
      '发信IP因发送垃圾邮件或存在异常的连接行为，被暂时挂起。',
    ),
    {
      cause: ['ip-reputation', 'ip-blocklisted', 'spam-filtered'],
      reason: ['badreputation', 'blocked', 'spamdetected'],
      side: 'sender',
      replyCode: 554,
      provider: /netease|163/i,
    },
  ],
  [
    'NetEase 126: RP:QRC, too many mails to the domain in a short time',
    '451 RP:QRC 126 mx3,DcmowAAXyJQ0mJpAbcdEFg--.12345S2 1768300100,please see http://mail.163.com/help/help_spam_16.htm?ip=203.0.113.7&hostid=mx3&time=1768300100 发件方短期内累计向该域名发送数量超出限制',
    { ...RATE, replyCode: 451 },
  ],
  [
    'Aliyun mail notice in Chinese only: the recipient mailbox is full',
    lines(
      '您好，您于 2026-03-02 10:20 发送的邮件未能成功投递。',
      '',
      '收件人：zhang.wei@example.com.cn',
      '主题：季度报告',
      '退信原因：对方邮箱已满，无法接收新邮件。',
      '',
      '此为系统邮件，请勿回复。',
    ),
    { ...MAILBOX_FULL, recipient: 'zhang.wei@example.com.cn' },
  ],
  [
    'Aliyun mail notice in Chinese: the recipient account is frozen',
    lines(
      '您好，您于 2026-03-03 09:02 发送的邮件未能成功投递。',
      '',
      '收件人：sun.hao@example.com.cn',
      '主题：合作方案',
      '退信原因：收件人账号已被冻结，无法接收邮件。',
    ),
    { ...DISABLED, recipient: 'sun.hao@example.com.cn' },
  ],
  [
    'Exchange NDR in simplified Chinese: delivery delayed',
    lines(
      '延迟传递到以下收件人或组:',
      '',
      'zhou.qiang@example.cn',
      '',
      '尚未传递此邮件。将继续尝试传递。',
      '',
      '服务器将继续尝试传递该邮件 1 天 19 小时。如果此后邮件仍无法传递，你将收到通知。',
      '',
      '管理员的诊断信息:',
      '',
      '生成服务器: HK0PR03MB1234.apcprd03.prod.outlook.com',
      '收件人: zhou.qiang@example.cn',
      '远程服务器: (203.0.113.30)',
      '',
      '服务器返回: 451 4.4.0 Primary target IP address responded with: "421 4.4.2 Connection dropped due to timeout." Attempted failover to alternate host, but that did not succeed.',
    ),
    { ...DELAYED, recipient: 'zhou.qiang@example.cn' },
  ],
  [
    'Gmail notice in traditional Chinese: 找不到地址 (human text only)',
    lines(
      '找不到地址',
      '',
      '系統無法將您的郵件傳送至 lin.yu@example.com.tw，因為找不到該地址或該地址無法接收電子郵件。',
    ),
    { ...USER_UNKNOWN, recipient: 'lin.yu@example.com.tw' },
  ],
  [
    "Openfind Mail2000 (Taiwan) notice in traditional Chinese: the recipient's mailbox is full",
    lines(
      '這是 Mail2000 郵件系統自動產生的退信通知，請勿直接回覆。',
      '',
      '您寄給下列收件者的信件無法送達：',
      '',
      '  chen.mei@example.com.tw',
      '  原因：收件者信箱容量已滿',
    ),
    { ...MAILBOX_FULL, recipient: 'chen.mei@example.com.tw' },
  ],
  [
    'Openfind Mail2000 (Taiwan) notice in traditional Chinese: the recipient account does not exist',
    lines(
      '這是 Mail2000 郵件系統自動產生的退信通知，請勿直接回覆。',
      '',
      '您寄給下列收件者的信件無法送達：',
      '',
      '  huang.wen@example.com.tw',
      '  原因：收件者帳號不存在',
    ),
    { ...USER_UNKNOWN, recipient: 'huang.wen@example.com.tw' },
  ],
];

const KOREAN_13: RealWorldCase[] = [
  [
    'Naver returned-mail notice in Korean with the SMTP reply',
    lines(
      '보낸 메일이 반송되었습니다.',
      '',
      '받는 사람: kim.minsu@example.co.kr',
      '제목: 견적서 송부',
      '',
      '반송 사유: 받는 사람의 메일 주소가 존재하지 않습니다.',
      '',
      '550 5.1.1 <kim.minsu@example.co.kr>: Recipient address rejected: User unknown in local recipient table',
    ),
    { ...USER_UNKNOWN, recipient: 'kim.minsu@example.co.kr', replyCode: 550, status: '5.1.1' },
  ],
  [
    'Naver returned-mail notice in Korean only: the mailbox has no room',
    lines(
      '보낸 메일이 반송되었습니다.',
      '',
      '받는 사람: lee.jiwon@naver.com',
      '제목: 회의 자료',
      '',
      '반송 사유: 받는 사람의 메일함 용량이 부족하여 메일을 받을 수 없습니다.',
    ),
    { ...MAILBOX_FULL, recipient: 'lee.jiwon@naver.com' },
  ],
  [
    "Daum/Kakao notice in Korean only: the recipient's account is dormant",
    lines(
      '메일 발송에 실패하였습니다.',
      '',
      '받는 사람: park.sora@hanmail.net',
      '실패 사유: 받는 사람의 계정이 휴면 상태이므로 메일을 받을 수 없습니다.',
    ),
    { ...DISABLED, recipient: 'park.sora@hanmail.net' },
  ],
  ['Korean hosting: refused as spam, in Korean', '550 5.7.1 스팸으로 분류되어 수신이 거부되었습니다', SPAM],
  [
    'Korean hosting: too many mails in a short time, in Korean',
    '450 4.7.1 단시간에 너무 많은 메일을 발송하여 일시적으로 수신이 제한되었습니다',
    { ...RATE, replyCode: 450 },
  ],
  [
    'Gmail notice in Korean: 주소를 찾을 수 없음 (human text only)',
    lines(
      '주소를 찾을 수 없음',
      '',
      'choi.yuna@example.co.kr 주소를 찾을 수 없거나 해당 주소에서 메일을 받을 수 없어 메일이 전송되지 않았습니다.',
    ),
    { ...USER_UNKNOWN, recipient: 'choi.yuna@example.co.kr' },
  ],
  [
    'Gmail notice in Korean: 전송 미완료, a temporary problem, retrying',
    lines(
      '전송 미완료',
      '',
      'jung.hoon@example.co.kr 주소로 메일을 전송하는 동안 일시적인 문제가 발생했습니다. Gmail에서 46시간 동안 다시 시도합니다. 전송이 영구적으로 실패하면 알려드리겠습니다.',
    ),
    { ...DELAYED, recipient: 'jung.hoon@example.co.kr' },
  ],
];

const TURKISH_13: RealWorldCase[] = [
  [
    'Gmail notice in Turkish: Adres bulunamadı (human text only)',
    lines(
      'Adres bulunamadı',
      '',
      'Adres bulunamadığı veya e-posta alamadığı için iletiniz ayse.yilmaz@example.com.tr adresine teslim edilmedi.',
    ),
    { ...USER_UNKNOWN, recipient: 'ayse.yilmaz@example.com.tr' },
  ],
  [
    'Gmail notice in Turkish: Alan adı bulunamadı',
    lines(
      'Alan adı bulunamadı',
      '',
      'İletiniz mehmet@exmaple.com.tr adresine teslim edilmedi çünkü exmaple.com.tr alan adı bulunamadı. Yazım hatalarını veya gereksiz boşlukları kontrol edip tekrar deneyin.',
    ),
    { ...DOMAIN_NOT_FOUND, recipient: 'mehmet@exmaple.com.tr' },
  ],
  [
    'Turkish hosting: mailbox quota exceeded, in Turkish',
    '552 5.2.2 <emre@example.com.tr>: Posta kutusu kotası aşıldı',
    { ...MAILBOX_FULL, recipient: 'emre@example.com.tr' },
  ],
  [
    'Turkish hosting: message size over the limit, in Turkish without a code',
    lines(
      'İleti teslim edilemedi.',
      '',
      'Alıcı: zeynep@example.com.tr',
      'Neden: İleti boyutu izin verilen sınırı aşıyor.',
    ),
    { ...TOO_BIG, recipient: 'zeynep@example.com.tr' },
  ],
  [
    'Turkish hosting: the account is disabled, in Turkish',
    '550 5.2.1 <burak@example.com.tr>: Hesap devre dışı bırakılmış',
    { ...DISABLED, recipient: 'burak@example.com.tr' },
  ],
];

const CENTRAL_EUROPE_13: RealWorldCase[] = [
  [
    'Centrum.cz notice in Czech only: the addressee does not exist',
    lines(
      'Zprávu nebylo možné doručit následujícímu adresátovi:',
      '',
      '<pavel.novak@centrum.cz>',
      'Adresát neexistuje.',
    ),
    { ...USER_UNKNOWN, recipient: 'pavel.novak@centrum.cz' },
  ],
  [
    'Kerio Connect delay notice in Czech: not yet delivered, still trying',
    lines(
      'Tato zpráva zatím nebyla doručena následujícím příjemcům:',
      '',
      'jana.dvorakova@example.cz',
      '',
      'Server se bude i nadále pokoušet zprávu doručit. Pokud se doručení nepodaří do 5 dnů, obdržíte další zprávu.',
    ),
    { ...DELAYED, recipient: 'jana.dvorakova@example.cz' },
  ],
  ['Czech hosting: the message is too large, in Czech', '552 5.3.4 Zpráva je příliš velká', TOO_BIG],
  [
    'Slovak hosting: the recipient mailbox is full, in Slovak',
    '552 <peter.horvath@example.sk>: Schránka príjemcu je plná',
    { ...MAILBOX_FULL, recipient: 'peter.horvath@example.sk' },
  ],
  [
    'Gmail notice in Hungarian: A cím nem található (human text only)',
    lines(
      'A cím nem található',
      '',
      'Az üzenetet nem sikerült kézbesíteni a(z) kovacs.anna@example.hu címre, mert a cím nem található, vagy nem tud e-maileket fogadni.',
    ),
    { ...USER_UNKNOWN, recipient: 'kovacs.anna@example.hu' },
  ],
  [
    'Hungarian hosting: the recipient mailbox is full, in Hungarian only',
    '552 <szabo.peter@example.hu>: A címzett postafiókja megtelt',
    { ...MAILBOX_FULL, recipient: 'szabo.peter@example.hu' },
  ],
  [
    'Romanian ISP notice: the mailbox is full, in Romanian only',
    lines(
      'Mesajul nu a putut fi livrat următorului destinatar:',
      '',
      'andrei.popescu@example.ro',
      'Motiv: Căsuța poștală a destinatarului este plină.',
    ),
    { ...MAILBOX_FULL, recipient: 'andrei.popescu@example.ro' },
  ],
  [
    'Romanian hosting: nonexistent user, with a bare 550',
    '550 <ioana.ionescu@example.ro>: Utilizator inexistent',
    { ...USER_UNKNOWN, recipient: 'ioana.ionescu@example.ro' },
  ],
];

const GREEK_CYRILLIC_13: RealWorldCase[] = [
  [
    'Exchange NDR in Greek: recipient not found in the tenant',
    lines(
      'Η παράδοση σε αυτούς τους παραλήπτες ή τις ομάδες απέτυχε:',
      '',
      'nikos.papadopoulos@example.gr',
      'Η διεύθυνση ηλεκτρονικού ταχυδρομείου που καταχωρήσατε δεν βρέθηκε. Ελέγξτε τη διεύθυνση ηλεκτρονικού ταχυδρομείου του παραλήπτη και δοκιμάστε να στείλετε ξανά το μήνυμα.',
      '',
      'Διαγνωστικές πληροφορίες για διαχειριστές:',
      '',
      'Διακομιστής δημιουργίας: DB9PR04MB1234.eurprd04.prod.outlook.com',
      '',
      'nikos.papadopoulos@example.gr',
      "Ο απομακρυσμένος διακομιστής επέστρεψε '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'",
    ),
    { ...MS_NOT_FOUND, recipient: 'nikos.papadopoulos@example.gr', status: '5.1.10' },
  ],
  [
    'Greek ISP: the recipient mailbox is full, in Greek only',
    '552 <maria.georgiou@example.gr>: Το γραμματοκιβώτιο του παραλήπτη είναι γεμάτο',
    { ...MAILBOX_FULL, recipient: 'maria.georgiou@example.gr' },
  ],
  [
    'Greek hosting: unknown user, with a bare 550',
    '550 <kostas@example.gr>: Άγνωστος χρήστης',
    { ...USER_UNKNOWN, recipient: 'kostas@example.gr' },
  ],
  [
    'ukr.net: the recipient mailbox is overfull, in Ukrainian',
    '552 <olena.shevchenko@ukr.net>: Поштова скринька одержувача переповнена',
    { ...MAILBOX_FULL, recipient: 'olena.shevchenko@ukr.net' },
  ],
  [
    'Ukrainian hosting: no such user, with a bare 550',
    '550 <taras@example.com.ua>: Користувача з такою адресою не існує',
    { ...USER_UNKNOWN, recipient: 'taras@example.com.ua' },
  ],
  [
    'Gmail notice in Ukrainian: Адресу не знайдено (human text only)',
    lines(
      'Адресу не знайдено',
      '',
      'Ваше повідомлення не доставлено на адресу iryna.bondarenko@example.com.ua, оскільки цю адресу не знайдено або вона не може отримувати електронні листи.',
    ),
    { ...USER_UNKNOWN, recipient: 'iryna.bondarenko@example.com.ua' },
  ],
  [
    'Ukrainian hosting: the mailbox is blocked, in Ukrainian',
    '550 5.2.1 <andriy@example.com.ua>: Поштову скриньку заблоковано',
    { ...DISABLED, recipient: 'andriy@example.com.ua' },
  ],
  [
    'abv.bg: the recipient mailbox is full, in Bulgarian',
    '552 <ivan.petrov@abv.bg>: Пощенската кутия на получателя е пълна',
    { ...MAILBOX_FULL, recipient: 'ivan.petrov@abv.bg' },
  ],
];

const NORDIC_13: RealWorldCase[] = [
  [
    'Norwegian ISP: the mailbox is full, in Norwegian only',
    '552 <kari.nordmann@example.no>: Postkassen til mottakeren er full',
    { ...MAILBOX_FULL, recipient: 'kari.nordmann@example.no' },
  ],
  [
    'Finnish ISP: the recipient mailbox is full, in Finnish only',
    '552 <matti.virtanen@example.fi>: Vastaanottajan postilaatikko on täynnä',
    { ...MAILBOX_FULL, recipient: 'matti.virtanen@example.fi' },
  ],
  [
    'Gmail notice in Finnish: Osoitetta ei löytynyt (human text only)',
    lines(
      'Osoitetta ei löytynyt',
      '',
      'Viestiäsi ei toimitettu osoitteeseen liisa.korhonen@example.fi, koska osoitetta ei löytynyt tai se ei voi vastaanottaa viestejä.',
    ),
    { ...USER_UNKNOWN, recipient: 'liisa.korhonen@example.fi' },
  ],
  [
    'Gmail notice in Swedish: Adressen hittades inte (human text only)',
    lines(
      'Adressen hittades inte',
      '',
      'Ditt meddelande levererades inte till erik.andersson@example.se eftersom adressen inte hittades eller inte kan ta emot e-post.',
    ),
    { ...USER_UNKNOWN, recipient: 'erik.andersson@example.se' },
  ],
];

const MIDDLE_EAST_13: RealWorldCase[] = [
  [
    'Gmail notice in Hebrew: הכתובת לא נמצאה (human text only)',
    lines(
      'הכתובת לא נמצאה',
      '',
      'ההודעה שלך לא נמסרה אל yossi.cohen@example.co.il כי הכתובת לא נמצאה או שאין לה אפשרות לקבל אימייל.',
    ),
    { ...USER_UNKNOWN, recipient: 'yossi.cohen@example.co.il' },
  ],
  [
    'Gmail notice in Arabic: لم يتم العثور على العنوان (human text only)',
    lines(
      'لم يتم العثور على العنوان',
      '',
      'لم يتم تسليم رسالتك إلى ahmed.ali@example.com.sa لأنه لم يتم العثور على العنوان أو أنه لا يمكنه تلقي البريد الإلكتروني.',
    ),
    { ...USER_UNKNOWN, recipient: 'ahmed.ali@example.com.sa' },
  ],
  [
    'Exchange NDR in Arabic: mailbox full',
    lines(
      'فشل التسليم إلى هؤلاء المستلمين أو المجموعات:',
      '',
      'fatima@example.ae',
      'صندوق بريد المستلم ممتلئ ولا يمكنه قبول الرسائل الآن. الرجاء محاولة إعادة إرسال الرسالة لاحقاً، أو الاتصال بالمستلم مباشرة.',
    ),
    { ...MAILBOX_FULL, recipient: 'fatima@example.ae' },
  ],
  [
    'Iranian hosting: the recipient mailbox is full, in Persian',
    '552 <reza.ahmadi@example.ir>: صندوق پستی گیرنده پر است',
    { ...MAILBOX_FULL, recipient: 'reza.ahmadi@example.ir' },
  ],
  [
    'Iranian hosting: the user does not exist, in Persian with a bare 550',
    '550 <sara@example.ir>: کاربر وجود ندارد',
    { ...USER_UNKNOWN, recipient: 'sara@example.ir' },
  ],
];

const SOUTHEAST_ASIA_13: RealWorldCase[] = [
  [
    'Gmail notice in Vietnamese: Không tìm thấy địa chỉ (human text only)',
    lines(
      'Không tìm thấy địa chỉ',
      '',
      'Thư của bạn chưa được gửi tới nguyen.van.an@example.vn vì không tìm thấy địa chỉ hoặc địa chỉ không thể nhận thư.',
    ),
    { ...USER_UNKNOWN, recipient: 'nguyen.van.an@example.vn' },
  ],
  [
    'Vietnamese hosting: the recipient mailbox is full, in Vietnamese',
    '552 <tran.thi.binh@example.vn>: Hộp thư của người nhận đã đầy',
    { ...MAILBOX_FULL, recipient: 'tran.thi.binh@example.vn' },
  ],
  [
    'Gmail notice in Thai: ไม่พบที่อยู่ (human text only)',
    lines(
      'ไม่พบที่อยู่',
      '',
      'ข้อความของคุณไม่ได้ส่งไปยัง somchai@example.co.th เนื่องจากไม่พบที่อยู่ดังกล่าวหรือที่อยู่ดังกล่าวรับอีเมลไม่ได้',
    ),
    { ...USER_UNKNOWN, recipient: 'somchai@example.co.th' },
  ],
  [
    'Thai hosting: the recipient mailbox is full, in Thai',
    '552 <suda@example.co.th>: กล่องจดหมายของผู้รับเต็ม',
    { ...MAILBOX_FULL, recipient: 'suda@example.co.th' },
  ],
  [
    'Gmail notice in Indonesian: Alamat tidak ditemukan (human text only)',
    lines(
      'Alamat tidak ditemukan',
      '',
      'Pesan Anda tidak terkirim ke budi.santoso@example.co.id karena alamat tidak ditemukan, atau alamat tidak dapat menerima email.',
    ),
    { ...USER_UNKNOWN, recipient: 'budi.santoso@example.co.id' },
  ],
  [
    'Indonesian hosting: the recipient mailbox is full, in Indonesian',
    '552 <dewi@example.co.id>: Kotak surat penerima penuh',
    { ...MAILBOX_FULL, recipient: 'dewi@example.co.id' },
  ],
  [
    'Indonesian hosting: the account is inactive, in Indonesian',
    '550 <agus@example.co.id>: Akun tidak aktif',
    { ...DISABLED, recipient: 'agus@example.co.id' },
  ],
  [
    'Malaysian hosting: the recipient mailbox is full, in Malay',
    '552 <aminah@example.com.my>: Peti mel penerima penuh',
    { ...MAILBOX_FULL, recipient: 'aminah@example.com.my' },
  ],
];

const LATIN_AMERICA_13: RealWorldCase[] = [
  [
    'Locaweb: Postfix notice in Brazilian Portuguese, quota exceeded',
    lines(
      'Esta é uma mensagem automática do sistema de e-mail da Locaweb.',
      '',
      'Não foi possível entregar sua mensagem para um ou mais destinatários.',
      '',
      '<carla@cliente.com.br>: a caixa postal do destinatário excedeu a cota de armazenamento',
    ),
    { ...MAILBOX_FULL, recipient: 'carla@cliente.com.br' },
  ],
  [
    'UOL: the recipient account is deactivated, in Portuguese',
    '550 5.2.1 <rafael@uol.com.br>: A conta do destinatário está desativada',
    { ...DISABLED, recipient: 'rafael@uol.com.br' },
  ],
  [
    'Terra: qmail notice in Portuguese, no mailbox by that name',
    lines(
      'Olá. Este é o programa qmail-send em mx.terra.com.br.',
      'Infelizmente não foi possível entregar sua mensagem aos endereços abaixo.',
      'Este é um erro permanente; desisti.',
      '',
      '<juliana@terra.com.br>:',
      'Desculpe, não existe caixa postal com esse nome. (#5.1.1)',
    ),
    { ...USER_UNKNOWN, recipient: 'juliana@terra.com.br' },
  ],
  [
    'Brazilian hosting: the message is larger than allowed, in Portuguese',
    '552 5.3.4 O tamanho da mensagem excede o limite permitido',
    TOO_BIG,
  ],
  [
    'Gmail notice in Brazilian Portuguese: Domínio não encontrado',
    lines(
      'Domínio não encontrado',
      '',
      'Sua mensagem não foi entregue a bruno@exmaple.com.br porque não foi possível encontrar o domínio exmaple.com.br. Verifique se há erros de digitação ou espaços desnecessários e tente novamente.',
    ),
    { ...DOMAIN_NOT_FOUND, recipient: 'bruno@exmaple.com.br' },
  ],
  [
    'Brazilian hosting: temporary failure, try again later, in Portuguese',
    '451 Falha temporária, tente novamente mais tarde',
    { ...TEMPORARY, replyCode: 451 },
  ],
  [
    'Argentine ISP: the mailbox (casilla) is full, in Spanish',
    '552 <martin.gomez@example.com.ar>: La casilla de correo del destinatario está llena',
    { ...MAILBOX_FULL, recipient: 'martin.gomez@example.com.ar' },
  ],
  [
    'Mexican ISP: the mail account is suspended, in Spanish',
    '550 5.2.1 <alejandra@example.com.mx>: La cuenta de correo está suspendida',
    { ...DISABLED, recipient: 'alejandra@example.com.mx' },
  ],
  [
    'Colombian hosting: too many messages sent, in Spanish',
    '421 4.7.0 Ha enviado demasiados mensajes. Intente de nuevo más tarde',
    { ...RATE, replyCode: 421 },
  ],
  [
    'Gmail notice in Spanish: Dominio no encontrado',
    lines(
      'No se ha encontrado el dominio',
      '',
      'Tu mensaje no se ha entregado a sofia@exmaple.com.co porque no se ha encontrado el dominio exmaple.com.co. Comprueba si hay errores tipográficos o espacios innecesarios y vuelve a intentarlo.',
    ),
    { ...DOMAIN_NOT_FOUND, recipient: 'sofia@exmaple.com.co' },
  ],
];

const ALL_13: RealWorldCase[] = [
  ...CHINESE_13,
  ...KOREAN_13,
  ...TURKISH_13,
  ...CENTRAL_EUROPE_13,
  ...GREEK_CYRILLIC_13,
  ...NORDIC_13,
  ...MIDDLE_EAST_13,
  ...SOUTHEAST_ASIA_13,
  ...LATIN_AMERICA_13,
];

/** Still wrong, with why (see `knownWrong`). */
const STILL_WRONG: Record<string, string> = {};

export const ROUND_13: RealWorldCase[] = ALL_13.map(([name, input, want]) => {
  const knownWrong = STILL_WRONG[name];
  return knownWrong ? [name, input, { ...want, knownWrong }] : [name, input, want];
});
