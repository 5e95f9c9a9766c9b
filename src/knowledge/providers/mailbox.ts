import type { Provider } from './types.js';

/** Large mailbox providers other than Google and Microsoft. */
export const MAILBOX_PROVIDERS: readonly Provider[] = [
  {
    id: 'yahoo',
    name: 'Yahoo / AOL',
    kind: 'mailbox',
    hosts: ['yahoodns.net', 'yahoo.com', 'yahoo.net', 'aol.com', 'aim.com'],
    markers: [
      'yahoodns.net',
      'senders.yahooinc.com',
      'postmaster.yahooinc.com',
      'postmaster.yahoo.com',
      'help.yahoo.com/kb/postmaster',
      // The submission server's replies link Yahoo's help pages ("From address not verified - see …/kb/SLN…").
      'help.yahoo.com/kb/sln',
      'postmaster.verizonmedia.com',
      'postmaster.aol.com',
      'postmaster.info.aol.com',
      'aol will not accept delivery',
      // Its 2024 sender-requirement reply names it ("550 5.7.9 … Yahoo requires all senders to authenticate …").
      'yahoo requires all senders',
      "doesn't have a yahoo.com account",
      // Its MX answers every RCPT refusal "554 delivery error: dd <why> - <its host>" (AOL's addresses too).
      'delivery error: dd ',
    ],
    postmaster: 'https://senders.yahooinc.com/',
    // Source: Yahoo's https://senders.yahooinc.com/smtp-error-codes/ as archived on 2026-02-15 in
    // https://github.com/azumakuniyuki/feb-2024-no-auth-no-entry (yahoo-senders-smtp-error-codes/text/; covers the
    // TS* deferrals and the PH* content blocks by family, not code by code); TS03 in
    // http://help.yahoo.com/kb/index?page=content&y=PROD_MAIL_MOBILE&locale=en_US&id=SLN3436&impressions=false;
    // 5.7.9 "not accepted for policy reasons" read as failed SPF/DKIM/DMARC in https://help.yahoo.com/kb/SLN7253.html
    // (2014; the current page lists authentication and content policy under its 5xx, so the override stays).
    // AOL's codes: http://postmaster.info.aol.com/errors/ (as stored, RTR:DU and RLY:B1),
    // http://postmaster-us.info.aol.com/errors/554hvub1.html (HVU:B1); RTR:BB, RTR:CH, RTR:RD from a forum copy of
    // AOL's later page, http://community.hostcheetah.com/topic/267/aol-postmaster/; RLY:SN in AOL's words quoted
    // by https://www.wordtothewise.com/2012/08/aol-bounces-and-false-positives. BL21, BL23 ("Connections not accepted
    // from IP addresses on Spamhaus XBL"), TSS09 and TSS11 ("All messages from <ip> will be permanently deferred") as
    // Yahoo's replies word them, collected in Sisimai's table (github.com/sisimai/p5-sisimai
    // lib/Sisimai/Rhost/YahooInc.pm). GL01, RLY:B2/B3, DYN:T1, RLY:CH, RLY:IR, RTR:BL, CON:B1, DNS:NR, DNS:P1: no stored
    // source, kept as remembered. Its deferrals ("temporarily deferred": the IP or its subnet's poor reputation) in
    // https://help.yahoo.com/kb/postmaster/SLN3437.html. See docs/provider-sources.md.
    codes: {
      TSS04: { cause: 'ip-reputation', note: 'temporarily deferred: unexpected volume or user complaints' },
      TSS09: { cause: 'ip-reputation', note: 'all messages from this IP permanently deferred' },
      TSS11: { cause: 'ip-reputation', note: 'all messages from this IP permanently deferred' },
      // The older TS codes of the same system: TS01/TS02 temporary deferrals, TS03 permanent.
      TS01: { cause: 'ip-reputation', note: 'messages from this IP temporarily deferred' },
      TS02: { cause: 'ip-reputation', note: 'messages from this IP temporarily deferred' },
      TS03: { cause: 'ip-reputation', note: 'all messages from this IP permanently deferred' },
      BL21: { cause: 'ip-blocklisted', note: "the IP is in Spamhaus's list", lists: ['spamhaus'] },
      BL23: { cause: 'ip-blocklisted', note: 'the IP is on Spamhaus XBL', lists: ['spamhaus'] },
      // Its words say only "not accepted for policy reasons": the cause is the generic one (round 80).
      PH01: {
        cause: 'policy-violation',
        note: "content Yahoo won't accept for policy reasons: a virus, phishing, malware or a link to one",
        vague: true,
      },
      GL01: {
        cause: 'ip-reputation',
        note: 'temporarily deferred: unusual traffic from this IP (often a new IP without history)',
      },
      'RLY:B1': {
        cause: 'ip-reputation',
        note: "AOL blocked the IP: its members' complaints went over the threshold (lifted within 24 hours once below)",
      },
      'RLY:B2': { cause: 'ip-reputation', note: 'AOL blocked the IP for a spike in spam complaints' },
      'RLY:B3': { cause: 'ip-reputation', note: 'AOL blocked the IP for a spike in spam complaints' },
      'DYN:T1': { cause: 'rate-limited', note: 'AOL throttles mail from this (dynamic or new) IP for now' },
      // AOL's other colon codes (postmaster.aol.com/error-codes).
      'RLY:CH': { cause: 'ip-reputation', note: 'AOL defers the IP for its complaint rate' },
      'RLY:IR': { cause: 'ip-reputation', note: 'AOL defers the IP for its reputation' },
      'RTR:BL': { cause: 'ip-blocklisted', note: "the IP is on AOL's block list" },
      // AOL keeps these lists of dynamic and residential ranges with Spamhaus (RTR:DU) and ISPs (RTR:BB).
      'RTR:DU': {
        cause: 'port25-blocked',
        note: 'AOL takes no mail sent directly from dynamic or residential IPs',
      },
      'RTR:BB': {
        cause: 'port25-blocked',
        note: 'AOL takes no mail sent directly from dynamic or residential IPs',
      },
      'RTR:RD': { cause: 'reverse-dns-missing', note: "the IP's reverse DNS looks like a dynamic address's" },
      'RTR:CH': {
        cause: 'ip-blocklisted',
        note: 'AOL blocked the IP: a computer on its network may be compromised, sending mail like known spam',
      },
      'RLY:SN': {
        cause: 'from-not-permitted',
        note: 'a disallowed AOL address in From or Reply-To, or an AOL affiliate sent from an unauthorised IP',
      },
      'CON:B1': { cause: 'ip-blocklisted', note: "the IP is on AOL's block list" },
      'DNS:NR': { cause: 'reverse-dns-missing', note: 'the sending IP has no reverse DNS (PTR)' },
      'DNS:P1': { cause: 'reverse-dns-missing', note: 'the reverse DNS of the sending IP looks dynamic' },
      'HVU:B1': {
        cause: 'domain-blocklisted',
        note: "a domain in the message draws many AOL members' complaints: AOL blocks mail that holds it",
      },
    },
    statusOverrides: { '5.7.9': 'policy-violation' },
    phrases: [
      { text: 'yahoo requires all senders to authenticate', cause: 'auth-failed' },
      { text: "dd this user doesn't have a", cause: 'user-unknown' },
      { text: 'this mailbox is disabled', cause: 'mailbox-disabled' },
      { text: 'is no longer valid', cause: 'mailbox-disabled' },
      { text: 'relaying denied for', cause: 'relay-denied' },
      { text: 'user is receiving mail too quickly', cause: 'recipient-rate-limited' },
      { text: 'max message per connection reached', cause: 'too-many-connections' },
      // Yahoo's "Unresolvable RFC.5321 or RFC.5322 from domain": the MAIL FROM or From: domain has no SOA.
      { text: 'unresolvable rfc.5321', cause: 'sender-domain-invalid' },
      { text: 'unresolvable rfc.5322', cause: 'sender-domain-invalid' },
      // "Excessive unknown recipients - possible Open Relay": the sending server mails many addresses that do not
      // exist (and may be an open relay); Yahoo takes no mail from it. Not a relay refused to the sender.
      { text: 'excessive unknown recipients', cause: 'ip-reputation' },
      { text: 'headers are not rfc compliant', cause: 'not-rfc-compliant' },
      { text: 'will be permanently deferred', cause: 'ip-reputation' },
      { text: 'deferred due to unexpected volume or user complaints', cause: 'ip-reputation' },
      // Every Yahoo deferral of "messages from <IP>" is about that IP's traffic ("… deferred - 4.16.50").
      { text: 'temporarily deferred', cause: 'ip-reputation' },
      { text: 'not accepted for policy reasons', cause: 'policy-violation', vague: true },
      // AOL's 521 5.2.1 refuses the sending IP (complaints, reputation), not a disabled mailbox.
      { text: 'will not accept delivery of this message', cause: 'ip-reputation', vague: true },
    ],
  },
  {
    id: 'apple',
    name: 'Apple iCloud Mail',
    kind: 'mailbox',
    // privaterelay.appleid.com: Hide My Email and Sign in with Apple's private relay addresses.
    hosts: ['icloud.com', 'me.com', 'mac.com', 'apple.com', 'privaterelay.appleid.com'],
    markers: ['mail.icloud.com', 'en-us/ht204137', 'en-us/102322'],
    postmaster: 'https://support.apple.com/en-us/102322',
    // Source: Apple's https://support.apple.com/en-us/102322 (as stored, and as archived on 2025-02-26 in
    // https://github.com/azumakuniyuki/feb-2024-no-auth-no-entry) lists no reference codes. Its replies' words, as
    // quoted by https://smtp.codes/icloud (CS01 "Message rejected due to local policy") and
    // https://bentonow.com/smtp-errors/apple/554-5-7-1-hme1 (HME1: both SPF and DKIM failed), and collected in
    // Sisimai's Apple table (github.com/sisimai/p5-sisimai lib/Sisimai/Rhost/Apple.pm): codes and phrases agree.
    codes: {
      CS01: {
        cause: 'policy-violation',
        note: 'rejected due to local policy (content or sending reputation)',
        vague: true,
      },
      HME1: { cause: 'auth-failed', note: 'failed both SPF and DKIM authentication checks' },
    },
    phrases: [
      { text: "'s dmarc policy", cause: 'dmarc-fail' },
      { text: 'failing both spf and dkim', cause: 'auth-failed' },
      { text: 'recipient no longer on server', cause: 'recipient-moved' },
      { text: 'user is over quota', cause: 'mailbox-full' },
      { text: 'inactive email address', cause: 'user-unknown' },
      { text: 'unknown or illegal alias', cause: 'user-unknown' },
      { text: 'deferred due to excessive volume', cause: 'recipient-rate-limited' },
      { text: 'not accepting connections', cause: 'connection-rejected' },
    ],
  },
  {
    id: 'zoho',
    name: 'Zoho Mail',
    kind: 'mailbox',
    hosts: ['zoho.com', 'zoho.eu', 'zoho.in', 'zoho.com.au', 'zoho.jp', 'zohomail.com'],
    markers: ['mx.zoho.', 'zohomail'],
  },
  {
    // Amazon WorkMail: its users' mail leaves from smtp.mail.<region>.awsapps.com, its robot writes from there.
    id: 'workmail',
    name: 'Amazon WorkMail',
    kind: 'mailbox',
    hosts: ['awsapps.com'],
    markers: ['awsapps.com'],
  },
  {
    // Facebook's @facebook.com addresses (retired) and its mail robots; replies link its postmaster codes page.
    id: 'facebook',
    name: 'Facebook',
    kind: 'mailbox',
    hosts: ['facebook.com', 'facebookmail.com'],
    markers: ['facebook.com/postmaster'],
  },
  {
    id: 'fastmail',
    name: 'Fastmail',
    kind: 'mailbox',
    hosts: ['messagingengine.com', 'fastmail.com'],
    markers: ['messagingengine.com'],
  },
  {
    id: 'proton',
    name: 'Proton Mail',
    kind: 'mailbox',
    hosts: ['protonmail.ch', 'protonmail.com', 'proton.me'],
    markers: ['mail.protonmail.ch'],
  },
  {
    id: 'yandex',
    name: 'Yandex Mail',
    kind: 'mailbox',
    hosts: ['yandex.net', 'yandex.ru', 'yandex.com', 'ya.ru'],
    markers: ['mx.yandex.', 'yandex.net', 'postmaster.yandex'],
    postmaster: 'https://postmaster.yandex.ru/',
    // Source: https://yandex.com/support/mail/bounces/yandex/message-rejected-under-suspicion-of-spam.html?lang=en
    // (as stored: the contents were recognised as spam).
    phrases: [{ text: 'rejected under suspicion of spam', cause: 'spam-filtered' }],
  },
  {
    id: 'mailru',
    name: 'Mail.ru',
    kind: 'mailbox',
    hosts: ['mail.ru', 'list.ru', 'bk.ru', 'inbox.ru'],
    markers: ['help.mail.ru', 'notspam-support', 'mxs.mail.ru', 'postmaster.mail.ru'],
    postmaster: 'https://postmaster.mail.ru/',
    // Source: none of Mail.ru's own stored; its replies as a Russian mailing service's blog explains them,
    // https://mailout.ru/2015/09 (as stored): "550 message sending for this account is disabled" is fixed by changing
    // the password of, or proving ownership of, the sending mailbox (suspected of being hacked and spamming).
    phrases: [
      // The sender's own Mail.ru account, stopped from sending: not the recipient's disabled mailbox.
      { text: 'message sending for this account is disabled', cause: 'sender-account-blocked' },
      { text: 'account is disabled', cause: 'mailbox-disabled' },
      // "Local mailbox x is unavailable: account is blocked" follows "invalid mailbox": the account is stopped.
      { text: 'account is blocked', cause: 'mailbox-disabled' },
      { text: 'user is terminated', cause: 'mailbox-disabled' },
      { text: 'spam message rejected', cause: 'spam-filtered' },
      { text: 'we do not accept mail from dynamic ips', cause: 'port25-blocked' },
      { text: 'invalid mailbox', cause: 'user-unknown' },
    ],
  },
  {
    id: 'tencent',
    name: 'QQ Mail / Tencent',
    kind: 'mailbox',
    hosts: ['qq.com', 'foxmail.com'],
    markers: ['exmail.qq.com', 'service.mail.qq.com', 'mail.qq.com/cgi-bin/help', 'id=20022&&no='],
    // Source: QQ's help texts as quoted by https://smtp.codes/qq (1000726, 1000728, 1000730, 1000723 and their
    // wordings) and copied in http://qiao.yimirj.com/article/detail/2261 (the "… frequency limited" family: mails per
    // minute, hour and day from one sender, domain or IP; "Mailbox unavailable or access denied": the recipient is
    // getting too much mail). The help link numbers differ between copies (1000722-1000725 for the IP and domain
    // limits): only 1000723 is taken as a code. QQ's own help pages for each wording (service.mail.qq.com/detail/122/…,
    // not stored) are listed in Sisimai's Tencent table (github.com/sisimai/p5-sisimai lib/Sisimai/Rhost/Tencent.pm).
    // Weak: a reply's own words ("Mailbox is frozen") beat a number that other copies give to another refusal.
    codes: {
      '1000728': { cause: 'user-unknown', note: 'mailbox not found', weak: true },
      '1000726': {
        cause: 'spam-filtered',
        note: 'mail content denied: content sent in bulk and reported as spam by many users',
        weak: true,
      },
      '1000730': { cause: 'syntax-error', note: 'bad address syntax', weak: true },
      '1000723': {
        cause: 'rate-limited',
        note: "the sender's mails per minute, hour or day are over QQ's limit",
        weak: true,
      },
    },
    phrases: [
      { text: 'mailbox not found', cause: 'user-unknown' },
      { text: 'is a deactivated mailbox', cause: 'mailbox-disabled' },
      { text: 'mail content denied', cause: 'spam-filtered' },
      { text: 'spam is embedded in the email', cause: 'spam-filtered' },
      { text: 'suspected spam ip', cause: 'ip-reputation' },
      { text: 'connection denied', cause: 'connection-rejected' },
      // "… frequency limited": mails per minute, hour or day over QQ's limits. Counted per sender or sender domain,
      // a sending rate; per IP or connection ("Ip/Connection frequency limited"), the sending server's volume.
      { text: 'sender frequency limited', cause: 'rate-limited' },
      { text: 'domain frequency limited', cause: 'rate-limited' },
      { text: 'frequency limited', cause: 'too-many-connections' },
      { text: 'mailbox unavailable or access denied', cause: 'recipient-rate-limited' },
      { text: 'spf check failed', cause: 'spf-fail' },
      { text: 'dmarc check failed', cause: 'dmarc-fail' },
      { text: 'message too large', cause: 'message-too-large' },
      { text: 'mail is rejected by recipients', cause: 'blocked-by-recipient' },
      { text: 'bad address syntax', cause: 'syntax-error' },
    ],
  },
  {
    id: 'netease',
    name: 'NetEase (163.com / 126.com)',
    kind: 'mailbox',
    hosts: ['netease.com', '163.com', '126.com', 'yeah.net'],
    markers: ['mxmail.netease.com', 'mail.163.com/help', 'help.163.com'],
    // Source: NetEase's list of its refusal codes as copied in https://biecuoliao.com/pa/MBRrwEM.html and
    // https://www.51yue.net/news/thread/20200123/14841169.html (NetEase's own page not stored; the copies cover
    // HL:REP/ICC/IFC/MEP, MI:CEL/DMC/CCL/SFQ, RP:DRC/CCL/CEL, DT:RBL/SPM, WM:BLI/BLU). The others: kept as remembered.
    codes: {
      // "XX:YYY" right after the reply code is NetEase's own format: the code alone names NetEase.
      'DT:SPM': { cause: 'spam-filtered', note: 'content identified as spam', identifies: true },
      'HL:ICC': {
        cause: 'too-many-connections',
        note: 'too many concurrent connections from the IP',
        identifies: true,
      },
      'HL:IFC': {
        cause: 'rate-limited',
        note: 'too many messages from the IP in a short time',
        identifies: true,
      },
      'HL:REP': {
        cause: 'ip-reputation',
        note: 'the IP sends abnormally (many recipients that do not exist) and is held off for a while',
        identifies: true,
      },
      // NetEase's published list of its refusal codes (the rest), looked for once NetEase is known (its replies
      // all link mail.163.com/help).
      'HL:IHU': { cause: 'ip-reputation', note: 'the sending IP is suspended for spam or odd connections' },
      'HL:IPB': { cause: 'ip-blocklisted', note: "the sending IP is not on NetEase's allowed list" },
      'HL:MEP': { cause: 'ip-reputation', note: 'the sending IP forges many sending domains' },
      'DT:RBL': { cause: 'ip-blocklisted', note: 'the sending IP is on one or more RBLs' },
      'DT:SUM': { cause: 'sender-rejected', note: 'envelope sender and From header do not match' },
      'MI:CEL': { cause: 'too-many-connections', note: 'too many erroneous commands from the sender' },
      'RP:CEL': { cause: 'too-many-connections', note: 'too many erroneous commands from the sender' },
      'MI:CCL': { cause: 'too-many-connections', note: 'the sender sent more commands than normal' },
      'RP:CCL': { cause: 'too-many-connections', note: 'the sender sent more commands than normal' },
      'MI:DMC': { cause: 'rate-limited', note: 'too many messages on this connection' },
      'RP:DRC': { cause: 'rate-limited', note: 'too many recipients on this connection' },
      'RP:QRC': { cause: 'rate-limited', note: 'too many messages to this domain in a short time' },
      'RP:RCL': { cause: 'rate-limited', note: 'too many recipients for one message' },
      'RP:TRC': { cause: 'rate-limited', note: "the sender's recipients for the day exceed the limit" },
      'MI:STC': {
        cause: 'rate-limited',
        note: "the sender's connections or messages for the day exceed the limit",
      },
      'MI:SFQ': { cause: 'rate-limited', note: 'the sender sent too many messages in 15 minutes' },
      'MI:NHD': { cause: 'helo-rejected', note: 'the HELO command was empty' },
      'MI:IMF': { cause: 'sender-rejected', note: "the sender's address is malformed" },
      'MI:SPF': { cause: 'spf-fail', note: 'the sending IP is not permitted by SPF' },
      'MI:DMA': { cause: 'dmarc-fail', note: "the message is not permitted by the sender domain's DMARC" },
      'RP:FRL': { cause: 'relay-denied', note: 'NetEase does not relay anonymously' },
      'WM:BLI': { cause: 'ip-blocklisted', note: "the sending IP is not on NetEase's allowed list" },
      'WM:BLU': { cause: 'sender-rejected', note: "the sender is not on NetEase's allowed list" },
    },
  },
  {
    id: 'naver',
    name: 'Naver Mail',
    kind: 'mailbox',
    hosts: ['naver.com'],
    markers: ['mx.naver.com', 'realip.naver.com'],
  },
  {
    // Daum/Kakao: four-letter codes after the status ("550 5.1.1 RUSR …", "421 4.4.5 CCRT …").
    id: 'daum',
    name: 'Daum / Kakao Mail',
    kind: 'mailbox',
    hosts: ['daum.net', 'hanmail.net', 'kakao.com'],
    markers: [],
    // Source: none of Daum's own stored; RUSR ("No such user") and CCRT ("spam center detected the IP as a spam IP
    // and temporarily blocked connection") as a Korean admin's list quotes them, https://oliveit.tistory.com/39.
    codes: {
      // Four capitals no other provider writes: the code alone names Daum, with or without its host.
      RUSR: { cause: 'user-unknown', note: 'no such user', identifies: true },
      CCRT: {
        cause: 'ip-reputation',
        note: 'the spam centre holds the sending IP off for a while',
        identifies: true,
      },
    },
  },
  {
    id: 'sina',
    name: 'Sina Mail',
    kind: 'mailbox',
    hosts: ['sina.com', 'sina.cn', 'sina.com.cn'],
    // Its MX hosts' names (freemx1.sinamail.sina.com.cn), which its replies carry.
    markers: ['sinamail.sina.com.cn'],
  },
];
