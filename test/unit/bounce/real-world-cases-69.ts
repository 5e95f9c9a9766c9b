import type { RealWorldCase } from './real-world-cases.js';
import { base64Lines, bWord, type Charset, encode, qpLines } from './real-world-cases-37.js';
import {
  DISABLED,
  EXPIRED,
  IP_BLOCK,
  lines,
  MAILBOX_FULL,
  MS_NOT_FOUND,
  RATE,
  RELAY,
  TOO_BIG,
  USER_UNKNOWN,
} from './real-world-expectations.js';

/*
 * A sixty-ninth held-out round: bounce notices, server replies and log lines in the languages earlier rounds
 * held least (not English, French, German, Spanish, Japanese or Russian), worded as the systems of those
 * markets word them: Italian (Libero, Aruba, Virgilio/TIM, Aruba and InfoCert PEC notices, Exchange it-IT),
 * Portuguese (UOL, Terra, Locaweb, Sapo, Microsoft 365 pt-BR and pt-PT, Gmail pt-BR), Dutch (KPN, Ziggo,
 * Exchange nl-NL, Postfix's template translated), Polish (WP, Onet, Interia, home.pl, Exchange pl-PL), Czech
 * and Slovak (Seznam, Centrum), Hungarian, Romanian, Greek (Exchange el-GR), Turkish (Yandex.com.tr, Turkcell,
 * Exchange tr-TR), Danish, Norwegian, Swedish and Finnish (Exchange, Telenor, Telia, Elisa), Chinese (QQ,
 * Tencent Exmail, NetEase 163/126, Alibaba Mail, Sina, Hinet in Big5, with their English-Chinese mixed
 * texts), Korean (Naver, Daum/Kakao, Hiworks), Vietnamese, Thai, Indonesian, Hebrew and Arabic. Whole emails
 * (multipart/report and single-part, in ISO-8859-1/2, windows-1250/1253/1254/1255/1256/874, GB2312/GBK,
 * EUC-KR, Big5 and UTF-8, quoted-printable and base64, RFC 2047 subjects), the human-readable part as pasted
 * from a mail client, single replies and Postfix log lines; causes varied: no such user, mailbox full,
 * disabled or frozen accounts, spam and blocklists, relay denied, message too big, expiry and timeouts,
 * domain not found, SPF and DMARC. Written from knowledge of these texts, none from the development corpus,
 * measured before any rule was changed:
 *   round 69  69 cases, 46 right as written (67 %). One case error of ours: QQ's "550 Mailbox is frozen" was
 *             written with a help link number from memory (no=1000726) that QQ's help texts give as "mail
 *             content denied" (providers/mailbox.ts), read as spam: the case now quotes the reply in a
 *             Postfix log line without the link (right as it stood: 47 of 69). The rules' misses:
 *             - no record where a notice's heading was not known: Terra's "Sua mensagem não pôde ser
 *               entregue", Postfix's template in Dutch ("niet kon worden afgeleverd"), PEC's "Avviso di
 *               mancata consegna per superamento tempi massimi", NetEase's "您的邮件发送失败", Hiworks'
 *               "메일 발송 실패";
 *             - the recipient not named where the sentence names it: Libero's "che hai inviato a x", Swedish
 *               "Meddelandet till x", Vietnamese "gửi thư đến địa chỉ x", Indonesian "dikirim ke x", and
 *               PEC's "proveniente da "alice@…" ed indirizzato a "bob@…"" (the sender's address, first on
 *               the line, was taken and then refused);
 *             - Romanian "Adresa de email nu există în acest domeniu" read as a missing domain (the pair
 *               "domeniu" … "nu există"); Romanian "Rejected: IP listed" as a refused connection; Turkish
 *               "aktarım (relay) izniniz yok" and a Thai "ไม่พบชื่อโดเมน" and Arabic "فشل التحقق من سجل SPF"
 *               not read; an Indonesian notice whose reply was only "554 5.7.1 Service unavailable" (the
 *               notice: "alamat IP pengirim … masuk daftar hitam") read as the receiver's system error;
 *             - providers named only by their MX host in the reply ("(mx.uol.com.br)", mx.kpnmail.nl,
 *               mx.ziggo.nl, mx.wp.pl, freemx1.sinamail.sina.com.cn) or by name ("Aruba Pec S.p.A.") not
 *               recognised.
 *   fixed     as data: notice-headings.ts, the headings above ("non è stato recapitato", "avviso di mancata
 *             consegna", "não pôde ser entregue", "(niet) kon (niet) worden afgeleverd", 邮件发送失败, 投递失败,
 *             메일 발송 실패, and the Thai, Vietnamese, Indonesian and Arabic "could not send/deliver");
 *             scan-text.ts, "inviato a", "Meddelandet till", "livrat/trimis către", "đến địa chỉ", "dikirim
 *             ke", "pesan ke" name the recipient, Italian PEC's "proveniente da" the sender;
 *             reply-phrases-languages.ts, "does not exist in this domain" in seven languages as user
 *             unknown (before the domain pair), PEC's "superamento (dei) tempi massimi", 投递超时, 发送超时,
 *             "응답 시간이 초과", "재시도 횟수 초과" as expiry, "ไม่พบชื่อโดเมน" as a missing domain;
 *             reply-words-languages.ts, Turkish "aktarım", "izniniz yok"; reply-phrases.ts, "SPF check" in
 *             a dozen languages as SPF, "ip listed", Romanian "listă neagră" (indefinite) and Indonesian
 *             "daftar hitam" as a listed IP; provider markers for the MX hosts and Aruba's PEC. In code,
 *             classify.ts: an x.7.x status whose words only say the service is unavailable lets the notice's
 *             own decisive words around the recipient decide (before, "Service unavailable" made it the
 *             receiver's system error). 69 of 69.
 *   then      a second batch of 15 (SECOND_BATCH_69: an Aruba webmail notice, a Poste Italiane PEC domain
 *             error, Sapo's size limit, Locaweb's disabled account, KPN's spam notice, WP's full mailbox, a
 *             Seznam DMARC refusal, a Hungarian IP blacklist, a Greek size refusal, Yandex.com.tr's disabled
 *             account, a Norwegian relay refusal, Sina's 已被停用, Daum's spam refusal, a Hebrew unknown
 *             recipient, a Vietnamese relay refusal), written after the fixes and measured before any change:
 *             10 of 15 right as written. Wrong: Aruba's "Il messaggio non può essere consegnato" and Sina's
 *             "您的邮件未能成功发送" gave no record (headings); Hungarian "IP-címe … feketelistán" read as the
 *             sender blocked (no Hungarian IP words); Norwegian "Videresending (relé) ikke tillatt" and
 *             Vietnamese "không cho phép chuyển tiếp" as security errors. Fixed: the two headings;
 *             Hungarian "ip-cím"; Nordic "relé"; Vietnamese "không cho
 *             phép". 15 of 15; corpus 366/383, reply codes 261/274, no record changed.
 *   still     none knownWrong.
 */

const FINAL = { permanent: true } as const;
const TEMPORARY = { permanent: false } as const;
const HOST_UNKNOWN = { cause: ['domain-not-found', 'recipient-domain-typo'], reason: 'hostunknown' } as const;
const SPF = { cause: ['spf-fail', 'auth-failed'], reason: 'authfailure', side: 'sender' } as const;
const DMARC = { cause: ['dmarc-fail', 'auth-failed'], reason: 'authfailure', side: 'sender' } as const;
// An account closed or cancelled: a disabled mailbox, or (gone for good) an address that no longer exists.
const CLOSED = {
  cause: ['mailbox-disabled', 'mailbox-inactive', 'user-unknown'],
  reason: ['suspend', 'userunknown'],
  side: 'recipient',
} as const;
const SPAM_OR_CONTENT = {
  cause: ['spam-filtered', 'content-filtered'],
  reason: ['spamdetected', 'filtered'],
  side: 'sender',
} as const;
const MS = /microsoft|outlook|office|exchange/i;
const QQ = /qq|tencent/i;
const NETEASE = /netease|163/i;

// ---- Text helpers: charsets beyond round 37's encoder (Central European, Greek and Turkish Windows pages) ----
type Cs = Charset | 'windows-1250' | 'windows-1253' | 'windows-1254';
const EXTRA = new Set(['windows-1250', 'windows-1253', 'windows-1254']);
const SB = new Map<string, Map<string, number>>();
function singleByte(text: string, cs: string): Buffer {
  let map = SB.get(cs);
  if (!map) {
    map = new Map();
    const dec = new TextDecoder(cs);
    for (let b = 0x80; b <= 0xff; b++) {
      const ch = dec.decode(Uint8Array.of(b));
      if (ch.length === 1 && ch !== '\ufffd' && !map.has(ch)) map.set(ch, b);
    }
    SB.set(cs, map);
  }
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    out.push(c < 0x80 ? c : (map.get(ch) ?? 0x3f));
  }
  return Buffer.from(out);
}
const bytesOf = (text: string, cs: Cs): Buffer =>
  EXTRA.has(cs) ? singleByte(text, cs) : encode(text, cs as Charset);
const b64Word = (text: string, cs: Cs, label: string = cs): string =>
  EXTRA.has(cs)
    ? `=?${label}?B?${bytesOf(text, cs).toString('base64')}?=`
    : bWord(text, cs as Charset, label);

type Te = 'base64' | 'quoted-printable' | '8bit';
function textPart(text: string, cs: Cs, te: Te, label: string = cs): string[] {
  const head = [`Content-Type: text/plain; charset="${label}"`, `Content-Transfer-Encoding: ${te}`, ''];
  if (te === '8bit') return [...head, text];
  const bytes = bytesOf(text, cs);
  return [...head, ...(te === 'base64' ? base64Lines(bytes) : qpLines(bytes))];
}
function dsnPart(
  mta: string,
  recipient: string,
  status: string,
  action: string,
  diag?: string,
  remote?: string,
) {
  return [
    'Content-Type: message/delivery-status',
    '',
    `Reporting-MTA: dns; ${mta}`,
    'Arrival-Date: Sat, 5 Dec 2026 09:14:02 +0100',
    '',
    `Final-Recipient: rfc822; ${recipient}`,
    `Original-Recipient: rfc822; ${recipient}`,
    `Action: ${action}`,
    `Status: ${status}`,
    ...(remote ? [`Remote-MTA: dns; ${remote}`] : []),
    ...(diag ? [`Diagnostic-Code: smtp; ${diag}`] : []),
  ];
}
const returned = (to: string, subject = 'Preventivo 2027') => [
  'Content-Type: text/rfc822-headers',
  '',
  'From: Alice <alice@example.com>',
  `To: ${to}`,
  `Subject: ${subject}`,
  'Date: Sat, 5 Dec 2026 09:13:58 +0100',
  'Message-ID: <20261205091358.4411@example.com>',
];
interface Mail {
  from: string;
  subject: string;
  to?: string;
  parts: string[][];
  report?: boolean;
}
function mail(m: Mail): string {
  const b = '----=_NextPart_69_0042';
  const type = m.report
    ? `Content-Type: multipart/report; report-type=delivery-status; boundary="${b}"`
    : `Content-Type: multipart/mixed; boundary="${b}"`;
  const body: string[] = [];
  for (const p of m.parts) body.push(`--${b}`, ...p, '');
  body.push(`--${b}--`, '');
  return lines(
    `From: ${m.from}`,
    `To: ${m.to ?? 'alice@example.com'}`,
    `Subject: ${m.subject}`,
    'Date: Sat, 5 Dec 2026 09:14:05 +0100',
    'Message-ID: <bounce-69-0042@example.net>',
    'MIME-Version: 1.0',
    type,
    '',
    'This is a multi-part message in MIME format.',
    '',
    ...body,
  );
}
/** A one-part email: the notice alone, in its charset and transfer encoding. */
function single(from: string, subject: string, text: string, cs: Cs, te: Te, label: string = cs): string {
  return lines(
    `From: ${from}`,
    'To: alice@example.com',
    `Subject: ${subject}`,
    'Date: Sat, 5 Dec 2026 09:14:05 +0100',
    'MIME-Version: 1.0',
    ...textPart(text, cs, te, label),
    '',
  );
}
const pf = 'Dec  5 09:14:02 mx1 postfix/smtp[2211]: 4NXb2K1r0z:';
const pfLine = (to: string, relay: string, dsn: string, status: string, text: string) =>
  `${pf} to=<${to}>, relay=${relay}, delay=1.2, delays=0.1/0/0.6/0.5, dsn=${dsn}, status=${status} (${text})`;

const ITALIAN: RealWorldCase[] = [
  [
    'Libero: Postfix log, 550 5.1.1 casella inesistente',
    pfLine(
      'marco.bianchi@example.it',
      'smtp-in.libero.it[198.51.100.21]:25',
      '5.1.1',
      'bounced',
      'host smtp-in.libero.it[198.51.100.21] said: 550 5.1.1 <marco.bianchi@example.it>: casella inesistente / mailbox unavailable (in reply to RCPT TO command)',
    ),
    {
      ...USER_UNKNOWN,
      recipient: 'marco.bianchi@example.it',
      replyCode: 550,
      status: '5.1.1',
      provider: /libero|italiaonline/i,
      ...FINAL,
    },
  ],
  [
    'Libero: notice pasted from webmail, casella del destinatario piena',
    lines(
      'Gentile utente,',
      '',
      'il messaggio che hai inviato a giulia.verdi@example.it non è stato recapitato.',
      '',
      'Motivo: la casella di posta del destinatario è piena (spazio disponibile esaurito).',
      'Il destinatario potrà ricevere nuovi messaggi solo dopo aver liberato spazio.',
      '',
      'Risposta del server: 552 5.2.2 Quota superata',
      '',
      'Libero Mail - Italiaonline S.p.A.',
    ),
    {
      ...MAILBOX_FULL,
      recipient: 'giulia.verdi@example.it',
      replyCode: 552,
      status: '5.2.2',
      confidence: 'high',
    },
  ],
  [
    'Aruba: 554 5.7.1 client bloccato da zen.spamhaus.org',
    "554 5.7.1 Servizio non disponibile; l'host client [203.0.113.7] è bloccato da zen.spamhaus.org - mx.aruba.it",
    { ...IP_BLOCK, replyCode: 554, status: '5.7.1', blocklist: 'spamhaus', ...FINAL },
  ],
  [
    'Aruba PEC: AVVISO DI MANCATA CONSEGNA, 5.1.1 indirizzo non valido',
    mail({
      from: '"Per conto di: alice@pec.example.com" <posta-certificata@pec.aruba.it>',
      subject: 'AVVISO DI MANCATA CONSEGNA: Fattura n. 118/2026',
      to: 'alice@pec.example.com',
      parts: [
        textPart(
          lines(
            'Avviso di mancata consegna',
            '',
            'Il giorno 05/12/2026 alle ore 09:14:02 (+0100) nel messaggio',
            '"Fattura n. 118/2026" proveniente da "alice@pec.example.com"',
            'ed indirizzato a "amministrazione@pec.example.org"',
            'è stato rilevato un problema che ne impedisce la consegna.',
            '',
            'Errore: 5.1.1 - Aruba Pec S.p.A. - indirizzo non valido',
            '',
            'Il messaggio non è stato consegnato.',
            'Identificativo messaggio: opec21012.20261205091402.04411.12.1.7@pec.aruba.it',
          ),
          'iso-8859-15',
          'quoted-printable',
          'iso-8859-1',
        ),
      ],
    }),
    { ...USER_UNKNOWN, recipient: 'amministrazione@pec.example.org', status: '5.1.1', provider: /aruba/i },
  ],
  [
    'PEC: mancata consegna per superamento dei tempi massimi (24 ore)',
    lines(
      'Avviso di mancata consegna per superamento tempi massimi',
      '',
      'Il giorno 04/12/2026 alle ore 09:20:11 (+0100) è stato spedito il messaggio "Contratto firmato"',
      'proveniente da "alice@pec.example.com" ed indirizzato a:',
      'ufficio.legale@pec.example.org',
      '',
      'Entro le 24 ore successive non è pervenuta al gestore mittente la ricevuta di avvenuta consegna',
      'dal gestore del destinatario. Il messaggio potrebbe non essere stato consegnato.',
      '',
      'Identificativo messaggio: opec29.20261204092011.18822.7.1.3@pec.example.com',
    ),
    { ...EXPIRED, recipient: 'ufficio.legale@pec.example.org' },
  ],
  [
    'InfoCert PEC: Errore 5.2.2 casella piena',
    lines(
      'AVVISO DI MANCATA CONSEGNA',
      '',
      'Il giorno 05/12/2026 alle ore 10:02:44 (+0100) nel messaggio "Sollecito pagamento"',
      'proveniente da "alice@pec.example.com" ed indirizzato a "tributi@pec.example.org"',
      'si è verificato un errore di consegna.',
      '',
      'Errore: 5.2.2 - InfoCert S.p.A. - casella piena',
    ),
    { ...MAILBOX_FULL, recipient: 'tributi@pec.example.org', status: '5.2.2' },
  ],
  [
    'Virgilio (TIM): 550 5.2.1 casella disattivata',
    '550 5.2.1 <paolo.neri@example.it>: casella disattivata per inutilizzo / mailbox disabled (mx.virgilio.it)',
    { ...DISABLED, recipient: 'paolo.neri@example.it', replyCode: 550, status: '5.2.1' },
  ],
  [
    'Exchange it-IT: messaggio troppo grande (whole email, UTF-8 quoted-printable)',
    mail({
      from: 'Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com>',
      subject: `Non recapitabile: ${b64Word('Offerta con allegati', 'utf-8', 'utf-8')}`,
      report: true,
      parts: [
        textPart(
          lines(
            'Impossibile recapitare il messaggio a luca.ferri@example.org.',
            '',
            'Il messaggio è troppo grande per essere recapitato. Riduci le dimensioni degli allegati',
            'o inviali come collegamenti a file condivisi e riprova.',
            '',
            'Informazioni di diagnostica per gli amministratori:',
            '',
            'Server di generazione: AM0PR10MB3321.EURPRD10.PROD.OUTLOOK.COM',
            '',
            'luca.ferri@example.org',
            'Errore segnalato: 552 5.3.4 Message size exceeds fixed maximum message size',
          ),
          'utf-8',
          'quoted-printable',
        ),
        dsnPart(
          'AM0PR10MB3321.EURPRD10.PROD.OUTLOOK.COM',
          'luca.ferri@example.org',
          '5.3.4',
          'failed',
          '552 5.3.4 Message size exceeds fixed maximum message size',
        ),
        returned('luca.ferri@example.org', 'Offerta con allegati'),
      ],
    }),
    { ...TOO_BIG, recipient: 'luca.ferri@example.org', status: '5.3.4', ...FINAL },
  ],
];

const PORTUGUESE: RealWorldCase[] = [
  [
    'UOL: 550 5.1.1 usuário inexistente',
    '550 5.1.1 <joao.silva@example.com.br>: Recipient address rejected: usuário inexistente (mx.uol.com.br)',
    {
      ...USER_UNKNOWN,
      recipient: 'joao.silva@example.com.br',
      replyCode: 550,
      status: '5.1.1',
      provider: /uol/i,
      confidence: 'high',
    },
  ],
  [
    'Terra: notice pasted, caixa postal do destinatário cheia',
    lines(
      'Sua mensagem não pôde ser entregue ao(s) seguinte(s) destinatário(s):',
      '',
      '    maria.souza@example.com.br',
      '',
      'Motivo: a caixa postal do destinatário está cheia e não pode receber novas mensagens no momento.',
      'Tente enviar novamente mais tarde.',
      '',
      '--',
      'Terra Mail - mx.terra.com.br',
    ),
    { ...MAILBOX_FULL, recipient: 'maria.souza@example.com.br' },
  ],
  [
    'Locaweb: 554 5.7.1 IP listado em blacklist (Barracuda)',
    '554 5.7.1 Mensagem rejeitada: o IP 203.0.113.7 está listado na blacklist b.barracudacentral.org. Solicite a remoção e tente novamente.',
    { ...IP_BLOCK, replyCode: 554, status: '5.7.1', blocklist: 'barracuda', ...FINAL },
  ],
  [
    'Sapo (pt-PT): 550 5.1.1 o endereço de destino não existe',
    '550 5.1.1 <rui.santos@example.pt>: o endereço de destino não existe neste servidor',
    { ...USER_UNKNOWN, recipient: 'rui.santos@example.pt', replyCode: 550, status: '5.1.1', ...FINAL },
  ],
  [
    'Microsoft 365 pt-BR: caixa de correio cheia (whole email, base64)',
    mail({
      from: 'Postmaster <postmaster@example.com.br>',
      subject: `${bWord('Não é possível entregar: Reunião de segunda', 'utf-8', 'utf-8')}`,
      report: true,
      parts: [
        textPart(
          lines(
            'Sua mensagem para ana.lima@example.org não pôde ser entregue.',
            '',
            'A caixa de correio do destinatário está cheia e não pode aceitar mensagens agora.',
            'Tente reenviar a mensagem mais tarde ou entre em contato diretamente com o destinatário.',
            '',
            'Informações de diagnóstico para administradores:',
            '',
            'Servidor de geração: CP2PR80MB4321.lamprd80.prod.outlook.com',
            '',
            'ana.lima@example.org',
            'Erro relatado: 554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded',
          ),
          'utf-8',
          'base64',
        ),
        dsnPart('CP2PR80MB4321.lamprd80.prod.outlook.com', 'ana.lima@example.org', '5.2.2', 'failed'),
      ],
    }),
    { ...MAILBOX_FULL, recipient: 'ana.lima@example.org', status: '5.2.2', provider: MS },
  ],
  [
    'Microsoft 365 pt-PT: rejeitada por violação de SPF (pasted)',
    lines(
      'A sua mensagem para pedro.costa@example.org não pôde ser entregue.',
      '',
      'A mensagem foi rejeitada devido a uma violação do Sender Policy Framework (SPF) do domínio do remetente.',
      '',
      'pedro.costa@example.org',
      'Erro comunicado: 550 5.7.23 The message was rejected because of Sender Policy Framework violation',
    ),
    { ...SPF, recipient: 'pedro.costa@example.org', replyCode: 550, status: '5.7.23' },
  ],
  [
    'Gmail pt-BR: Mensagem não entregue, relay negado',
    lines(
      'Mensagem não entregue',
      'Houve um problema ao entregar sua mensagem para contato@example.net. Veja os detalhes técnicos abaixo.',
      '',
      'A resposta do servidor remoto foi:',
      '554 5.7.1 <contato@example.net>: Relay access denied',
    ),
    { ...RELAY, recipient: 'contato@example.net', replyCode: 554, status: '5.7.1', ...FINAL },
  ],
  [
    'Locaweb: prazo de entrega expirado após 5 dias (pasted notice)',
    lines(
      'Não foi possível entregar a sua mensagem ao destinatário abaixo.',
      '',
      '<compras@example.net>',
      '',
      'O servidor de destino não respondeu e a mensagem permaneceu na fila por 5 dias.',
      'O prazo de entrega expirou e a mensagem foi devolvida.',
      '',
      'Último erro: connect to mx.example.net[198.51.100.40]:25: Connection timed out',
    ),
    { ...EXPIRED, recipient: 'compras@example.net' },
  ],
];

const DUTCH: RealWorldCase[] = [
  [
    'KPN: 550 5.1.1 ontvanger onbekend',
    '550 5.1.1 <jan.devries@example.nl>: Recipient address rejected: ontvanger onbekend (mx.kpnmail.nl)',
    {
      ...USER_UNKNOWN,
      recipient: 'jan.devries@example.nl',
      replyCode: 550,
      status: '5.1.1',
      provider: /kpn/i,
      confidence: 'high',
    },
  ],
  [
    'Ziggo: 554 5.7.1 IP-adres staat op een zwarte lijst',
    '554 5.7.1 Bericht geweigerd: het IP-adres 203.0.113.7 van de verzendende server staat op een zwarte lijst (mx.ziggo.nl)',
    { ...IP_BLOCK, replyCode: 554, status: '5.7.1', provider: /ziggo/i, ...FINAL },
  ],
  [
    'Exchange nl-NL: afzenderdomein voldoet niet aan DMARC (whole email, iso-8859-1 quoted-printable)',
    mail({
      from: 'Microsoft Outlook <postmaster@example.nl>',
      subject: 'Onbestelbaar: Offerteaanvraag',
      report: true,
      parts: [
        textPart(
          lines(
            'Uw bericht aan sanne.bakker@example.org kan niet worden bezorgd.',
            '',
            'Het e-mailsysteem van de ontvanger heeft uw bericht geweigerd omdat het domein van de afzender',
            'niet slaagt voor de DMARC-controle en een beleid van "reject" heeft.',
            '',
            'Diagnostische informatie voor beheerders:',
            '',
            'sanne.bakker@example.org',
            'Gerapporteerde fout: 550 5.7.509 Access denied, sending domain example.com does not pass DMARC verification and has a DMARC policy of reject.',
          ),
          'iso-8859-15',
          'quoted-printable',
          'iso-8859-1',
        ),
        dsnPart('AM9PR09MB4567.eurprd09.prod.outlook.com', 'sanne.bakker@example.org', '5.7.509', 'failed'),
      ],
    }),
    { ...DMARC, recipient: 'sanne.bakker@example.org', status: '5.7.509' },
  ],
  [
    'Postfix notice translated into Dutch: host of domeinnaam niet gevonden',
    lines(
      'Dit is het mailsysteem op host mail.example.nl.',
      '',
      'Het spijt ons u te moeten meedelen dat uw bericht niet kon worden afgeleverd',
      'bij een of meer ontvangers. Het oorspronkelijke bericht is bijgevoegd.',
      '',
      '                   Het mailsysteem',
      '',
      '<piet@voorbeeld-bestaatniet.example>: Host of domeinnaam niet gevonden. Naamservicefout voor',
      '    name=voorbeeld-bestaatniet.example type=A: Host not found',
    ),
    { ...HOST_UNKNOWN, recipient: 'piet@voorbeeld-bestaatniet.example' },
  ],
];

const POLISH: RealWorldCase[] = [
  [
    'WP: 550 5.1.1 adresat nie istnieje',
    '550 5.1.1 <jan.kowalski@example.pl>: Adresat nie istnieje / Recipient does not exist (mx.wp.pl)',
    {
      ...USER_UNKNOWN,
      recipient: 'jan.kowalski@example.pl',
      replyCode: 550,
      status: '5.1.1',
      provider: /wp/i,
    },
  ],
  [
    'Onet: konto odbiorcy zablokowane z powodu braku aktywności',
    '550 5.2.1 <anna.nowak@example.pl>: Konto odbiorcy jest zablokowane z powodu długotrwałego braku aktywności',
    { ...DISABLED, recipient: 'anna.nowak@example.pl', replyCode: 550, status: '5.2.1' },
  ],
  [
    'Interia: 554 5.7.1 wiadomość odrzucona, podejrzenie spamu',
    '554 5.7.1 Wiadomość odrzucona przez filtr antyspamowy: podejrzenie spamu (mx.poczta.interia.pl)',
    { ...SPAM_OR_CONTENT, replyCode: 554, status: '5.7.1', ...FINAL },
  ],
  [
    'home.pl: przekroczony czas doręczenia (whole email, iso-8859-2 quoted-printable)',
    single(
      'MAILER-DAEMON@example.pl (System pocztowy home.pl)',
      `${b64Word('Niedoręczona wiadomość', 'iso-8859-2')}`,
      lines(
        'Wiadomość nie mogła zostać dostarczona do następujących adresatów:',
        '',
        '  <biuro@example.net>',
        '',
        'Serwer adresata nie odpowiadał przez 5 dni. Przekroczono maksymalny czas',
        'doręczenia i wiadomość została usunięta z kolejki.',
        '',
        'Ostatni błąd: connect to mx.example.net[198.51.100.40]:25: Connection timed out',
      ),
      'iso-8859-2',
      'quoted-printable',
    ),
    { ...EXPIRED, recipient: 'biuro@example.net' },
  ],
  [
    'Exchange pl-PL: brak zgody na przekazywanie (550 5.7.54 relay)',
    lines(
      'Dostarczanie do tych adresatów lub grup nie powiodło się:',
      '',
      'tomasz.wisniewski@example.net',
      'Serwer poczty e-mail adresata nie zezwala na przekazywanie wiadomości z Twojego serwera.',
      '',
      'Informacje diagnostyczne dla administratorów:',
      '',
      'tomasz.wisniewski@example.net',
      "Serwer zdalny zwrócił: '550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain'",
    ),
    { ...RELAY, recipient: 'tomasz.wisniewski@example.net', replyCode: 550, status: '5.7.54' },
  ],
];

const CZECH_SLOVAK: RealWorldCase[] = [
  [
    'Seznam: 550 5.1.1 adresát neexistuje',
    '550 5.1.1 <petr.novak@example.cz>: Adresát neexistuje / Recipient address rejected (mx1.seznam.cz)',
    {
      ...USER_UNKNOWN,
      recipient: 'petr.novak@example.cz',
      replyCode: 550,
      status: '5.1.1',
      ...FINAL,
      confidence: 'high',
    },
  ],
  [
    'Seznam: 554 5.7.1 zpráva vyhodnocena jako nevyžádaná pošta',
    '554 5.7.1 Zpráva byla vyhodnocena jako nevyžádaná pošta (spam) a byla odmítnuta. mx2.seznam.cz',
    { ...SPAM_OR_CONTENT, replyCode: 554, status: '5.7.1', ...FINAL },
  ],
  [
    'Centrum.cz: schránka příjemce je plná (whole email, windows-1250 base64)',
    mail({
      from: 'Mail Delivery System <MAILER-DAEMON@centrum.cz>',
      subject: b64Word('Nedoručitelná zpráva', 'windows-1250'),
      report: true,
      parts: [
        textPart(
          lines(
            'Vaši zprávu nebylo možné doručit následujícímu příjemci:',
            '',
            '  jana.dvorakova@example.cz',
            '',
            'Důvod: schránka příjemce je plná. Příjemce musí nejprve uvolnit místo.',
          ),
          'windows-1250',
          'base64',
        ),
        dsnPart(
          'mx.centrum.cz',
          'jana.dvorakova@example.cz',
          '4.2.2',
          'failed',
          '452 4.2.2 Mailbox full',
          'mx.example.cz',
        ),
      ],
    }),
    { ...MAILBOX_FULL, recipient: 'jana.dvorakova@example.cz' },
  ],
  [
    'Slovak notice pasted: poštová schránka adresáta bola zrušená',
    lines(
      'Správu nebolo možné doručiť.',
      '',
      'Adresát: martin.horvath@example.sk',
      'Dôvod: poštová schránka adresáta bola zrušená.',
      '',
      'Odpoveď servera: 550 5.2.1 Mailbox disabled',
    ),
    { ...CLOSED, recipient: 'martin.horvath@example.sk', replyCode: 550, status: '5.2.1' },
  ],
  [
    'Czech reply: 552 5.3.4 zpráva je příliš velká',
    '552 5.3.4 Zpráva je příliš velká (maximální povolená velikost je 30 MB)',
    { ...TOO_BIG, replyCode: 552, status: '5.3.4', ...FINAL },
  ],
];

const HUNGARIAN_ROMANIAN_GREEK: RealWorldCase[] = [
  [
    'Freemail (HU): 550 5.1.1 a címzett nem létezik',
    '550 5.1.1 <kovacs.peter@example.hu>: A címzett nem létezik (ismeretlen felhasználó)',
    { ...USER_UNKNOWN, recipient: 'kovacs.peter@example.hu', replyCode: 550, status: '5.1.1', ...FINAL },
  ],
  [
    'Hungarian notice: a címzett postafiókja megtelt (whole email, iso-8859-2 quoted-printable)',
    single(
      'Levelezőrendszer <MAILER-DAEMON@example.hu>',
      b64Word('Kézbesíthetetlen levél', 'iso-8859-2'),
      lines(
        'A levelet nem sikerült kézbesíteni a következő címzettnek:',
        '',
        '  nagy.eszter@example.hu',
        '',
        'Ok: a címzett postafiókja megtelt, új levelet nem tud fogadni.',
        '',
        'A távoli kiszolgáló válasza: 552 5.2.2 Mailbox quota exceeded',
      ),
      'iso-8859-2',
      'quoted-printable',
    ),
    { ...MAILBOX_FULL, recipient: 'nagy.eszter@example.hu', replyCode: 552, status: '5.2.2' },
  ],
  [
    'Romanian reply: 550 5.1.1 adresa de email nu există',
    '550 5.1.1 <andrei.popescu@example.ro>: Adresa de email nu există în acest domeniu',
    { ...USER_UNKNOWN, recipient: 'andrei.popescu@example.ro', replyCode: 550, status: '5.1.1', ...FINAL },
  ],
  [
    'Romanian notice: adresa IP este pe lista neagră',
    lines(
      'Mesajul dumneavoastră nu a putut fi livrat către elena.ionescu@example.ro.',
      '',
      'Serverul destinatarului a respins mesajul deoarece adresa IP a serverului expeditor (203.0.113.7)',
      'se află pe o listă neagră (blacklist).',
      '',
      'Răspunsul serverului: 550 5.7.1 Rejected: IP listed',
    ),
    { ...IP_BLOCK, recipient: 'elena.ionescu@example.ro', replyCode: 550, status: '5.7.1' },
  ],
  [
    'Exchange el-GR: RecipNotFound (whole email, windows-1253 base64)',
    mail({
      from: 'Microsoft Outlook <postmaster@example.gr>',
      subject: b64Word('Δεν είναι δυνατή η παράδοση: Προσφορά', 'windows-1253'),
      report: true,
      parts: [
        textPart(
          lines(
            'Η παράδοση σε αυτούς τους παραλήπτες ή ομάδες απέτυχε:',
            '',
            'nikos.papadopoulos@example.org',
            'Δεν ήταν δυνατή η εύρεση της διεύθυνσης ηλεκτρονικού ταχυδρομείου που καταχωρήσατε.',
            'Ελέγξτε τη διεύθυνση του παραλήπτη και προσπαθήστε να στείλετε ξανά το μήνυμα.',
            '',
            'Διαγνωστικές πληροφορίες για διαχειριστές:',
            '',
            'Αναφερόμενο σφάλμα: 550 5.1.1 RESOLVER.ADR.RecipNotFound; not found',
          ),
          'windows-1253',
          'base64',
        ),
        dsnPart('EX02.example.gr', 'nikos.papadopoulos@example.org', '5.1.1', 'failed'),
      ],
    }),
    { ...MS_NOT_FOUND, recipient: 'nikos.papadopoulos@example.org', status: '5.1.1', ...FINAL },
  ],
  [
    'Greek ISP notice pasted: το γραμματοκιβώτιο του παραλήπτη είναι πλήρες',
    lines(
      'Το μήνυμά σας δεν παραδόθηκε στον παραλήπτη maria.georgiou@example.gr.',
      '',
      'Αιτία: Το γραμματοκιβώτιο του παραλήπτη είναι πλήρες.',
    ),
    { ...MAILBOX_FULL, recipient: 'maria.georgiou@example.gr' },
  ],
];

const TURKISH: RealWorldCase[] = [
  [
    'Yandex.com.tr: böyle bir kullanıcı yok (pasted notice)',
    lines(
      'Bu mesaj Yandex.Mail sunucusu tarafından otomatik olarak oluşturulmuştur.',
      '',
      'Mesajınız aşağıdaki alıcılara teslim edilemedi:',
      '',
      'mehmet.yilmaz@example.com.tr: Böyle bir kullanıcı yok.',
    ),
    { ...USER_UNKNOWN, recipient: 'mehmet.yilmaz@example.com.tr' },
  ],
  [
    'Turkcell: 552 5.2.2 alıcının posta kutusu dolu',
    '552 5.2.2 <ayse.demir@example.com.tr>: Alıcının posta kutusu dolu',
    {
      ...MAILBOX_FULL,
      recipient: 'ayse.demir@example.com.tr',
      replyCode: 552,
      status: '5.2.2',
      confidence: 'high',
    },
  ],
  [
    'Exchange tr-TR: ileti boyut sınırını aşıyor (whole email, windows-1254 quoted-printable)',
    mail({
      from: 'Microsoft Outlook <postmaster@example.com.tr>',
      subject: b64Word('Teslim Edilemiyor: Sözleşme taslağı', 'windows-1254'),
      report: true,
      parts: [
        textPart(
          lines(
            'Bu alıcılara veya gruplara teslim başarısız oldu:',
            '',
            'emre.celik@example.org',
            'İleti, alıcının e-posta sisteminin izin verdiği boyut sınırını aştığından teslim edilemedi.',
            '',
            'Yöneticiler için tanılama bilgileri:',
            '',
            'Bildirilen hata: 552 5.3.4 Message size exceeds fixed maximum message size',
          ),
          'windows-1254',
          'quoted-printable',
        ),
        dsnPart('EX01.example.com.tr', 'emre.celik@example.org', '5.3.4', 'failed'),
      ],
    }),
    { ...TOO_BIG, recipient: 'emre.celik@example.org', status: '5.3.4', ...FINAL },
  ],
  [
    'Turkish reply: 550 5.7.1 aktarım (relay) izni yok',
    '550 5.7.1 <destek@example.net>: Bu sunucu üzerinden aktarım (relay) izniniz yok',
    { ...RELAY, recipient: 'destek@example.net', replyCode: 550, status: '5.7.1', ...FINAL },
  ],
];

const NORDIC: RealWorldCase[] = [
  [
    'Exchange da-DK: levering udløbet (4.4.7)',
    lines(
      'Levering mislykkedes til disse modtagere eller grupper:',
      '',
      'lars.nielsen@example.dk',
      'Meddelelsen kunne ikke leveres inden for den tilladte tid. Modtagerens server svarede ikke.',
      '',
      'Diagnosticeringsoplysninger for administratorer:',
      '',
      'Genererende server: EX01.example.dk',
      '',
      'lars.nielsen@example.dk',
      "Fjernserveren returnerede '550 4.4.7 QUEUE.Expired; message expired'",
    ),
    { ...EXPIRED, recipient: 'lars.nielsen@example.dk', status: '4.4.7' },
  ],
  [
    'Telenor (NO): 550 5.1.1 mottakeradressen finnes ikke',
    '550 5.1.1 <kari.hansen@example.no>: Mottakeradressen finnes ikke',
    { ...USER_UNKNOWN, recipient: 'kari.hansen@example.no', replyCode: 550, status: '5.1.1', ...FINAL },
  ],
  [
    'Telia (SE): mottagarens brevlåda är full (pasted notice)',
    lines(
      'Ditt meddelande kunde inte levereras till följande mottagare:',
      '',
      'erik.johansson@example.se',
      '',
      'Orsak: Mottagarens brevlåda är full.',
      'Fjärrservern svarade: 552 5.2.2 Mailbox full (mx.telia.com)',
    ),
    {
      ...MAILBOX_FULL,
      recipient: 'erik.johansson@example.se',
      replyCode: 552,
      status: '5.2.2',
      confidence: 'high',
    },
  ],
  [
    'Elisa (FI): vastaanottajan verkkotunnusta ei löytynyt',
    lines(
      'Viestiä ei voitu toimittaa seuraavalle vastaanottajalle:',
      '',
      'matti.virtanen@example-ei-ole.fi',
      '',
      'Syy: vastaanottajan verkkotunnusta ei löytynyt (DNS-virhe).',
    ),
    { ...HOST_UNKNOWN, recipient: 'matti.virtanen@example-ei-ole.fi' },
  ],
  [
    'Swedish notice: avsändarens SPF-kontroll misslyckades',
    lines(
      'Meddelandet till anna.lindberg@example.se kunde inte levereras.',
      '',
      'Meddelandet avvisades eftersom avsändardomänens SPF-kontroll misslyckades.',
      '',
      'Fjärrservern svarade: 550 5.7.1 SPF check failed',
    ),
    { ...SPF, recipient: 'anna.lindberg@example.se', replyCode: 550, status: '5.7.1' },
  ],
];

const CHINESE: RealWorldCase[] = [
  [
    'QQ Mail: 550 Mailbox not found (with the help link)',
    '550 Mailbox not found. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000728',
    { ...USER_UNKNOWN, replyCode: 550, provider: QQ, ...FINAL },
  ],
  [
    'QQ Mail: 550 Mailbox is frozen',
    pfLine(
      'xiaoming@example.cn',
      'mx3.qq.com[198.51.100.88]:25',
      '5.0.0',
      'bounced',
      'host mx3.qq.com[198.51.100.88] said: 550 Mailbox is frozen. (in reply to RCPT TO command)',
    ),
    { ...DISABLED, recipient: 'xiaoming@example.cn', replyCode: 550, provider: QQ },
  ],
  [
    'QQ Mail: Tencent notice, 收件人邮箱已满 (whole email, GB2312 base64)',
    single(
      'QQ邮箱 <PostMaster@qq.com>',
      bWord('退信通知: 会议纪要', 'gbk', 'GB2312'),
      lines(
        '很遗憾，您的邮件没有发送成功。',
        '',
        '收件人：zhangwei@example.cn',
        '原邮件主题：会议纪要',
        '退信原因：收件人邮箱已满，无法接收新邮件。',
        '',
        '对方服务器返回：552 5.2.2 mailbox full',
      ),
      'gbk',
      'base64',
      'GB2312',
    ),
    { ...MAILBOX_FULL, recipient: 'zhangwei@example.cn', replyCode: 552, status: '5.2.2', provider: QQ },
  ],
  [
    'NetEase 163: 554 DT:SPM (spam content)',
    '554 DT:SPM 163 smtp14,EsCowAD3z0RyT1dlEGh4Aw--.29517S2 1701763698, please see http://mail.163.com/help/help_spam_16.htm?ip=203.0.113.7&hostid=smtp14&time=1701763698',
    { ...SPAM_OR_CONTENT, replyCode: 554, provider: NETEASE, ...FINAL },
  ],
  [
    'NetEase 163: Chinese notice pasted, 收件人不存在',
    lines(
      '抱歉，您的邮件被退回来了……',
      '',
      '原邮件信息：',
      '时　间：2026-12-05 09:14:02',
      '收件人：liuyang@example.cn',
      '',
      '退信原因：收件人不存在。请检查收件人地址是否正确。',
      '',
      '远程服务器返回：550 User not found: liuyang@example.cn',
    ),
    { ...USER_UNKNOWN, recipient: 'liuyang@example.cn', replyCode: 550 },
  ],
  [
    'NetEase 126: 550 User suspended',
    '550 User suspended: wang.fang@example.cn (126mx01.mxmail.netease.com)',
    { ...DISABLED, recipient: 'wang.fang@example.cn', replyCode: 550, provider: NETEASE },
  ],
  [
    'Alibaba Mail: 邮件大小超过限制 (whole email, GBK base64 with a DSN)',
    mail({
      from: '系统退信 <MAILER-DAEMON@mxhichina.com>',
      subject: bWord('退信：邮件发送失败', 'gbk', 'GBK'),
      report: true,
      parts: [
        textPart(
          lines(
            '您发送的邮件未能送达以下收件人：',
            '',
            'chenjing@example.cn',
            '',
            '错误原因：邮件大小超过了收件方服务器允许的上限。',
            '建议：请压缩附件或使用超大附件功能后重新发送。',
          ),
          'gbk',
          'base64',
          'GBK',
        ),
        dsnPart(
          'mx1.qiye.aliyun.com',
          'chenjing@example.cn',
          '5.3.4',
          'failed',
          '552 5.3.4 Message size exceeds limit',
          'mx.example.cn',
        ),
      ],
    }),
    { ...TOO_BIG, recipient: 'chenjing@example.cn', status: '5.3.4', ...FINAL },
  ],
  [
    'Sina: 554 IP 已被列入黑名单',
    '554 5.7.1 IP 203.0.113.7 已被列入新浪邮箱黑名单，拒绝接收 (freemx1.sinamail.sina.com.cn)',
    { ...IP_BLOCK, replyCode: 554, status: '5.7.1', provider: /sina/i, ...FINAL },
  ],
  [
    'Tencent Exmail: mixed Chinese-English notice, 不允许转发 (relay denied)',
    lines(
      '投递失败 / Delivery failed',
      '',
      '收件人 (Recipient)：sales@example.net',
      '失败原因 (Reason)：对方服务器拒绝转发该邮件 / relay not permitted',
      '对方服务器返回 (Remote server)：553 5.7.1 <sales@example.net>: Relaying denied',
    ),
    { ...RELAY, recipient: 'sales@example.net', replyCode: 553, status: '5.7.1' },
  ],
  [
    'Hinet (Big5): 收件者網域不存在 (whole email, Big5 base64)',
    single(
      'Mail Delivery Subsystem <MAILER-DAEMON@msa.hinet.net>',
      bWord('無法投遞的郵件', 'big5', 'big5'),
      lines(
        '您的郵件無法送達下列收件者：',
        '',
        'lin.meiling@example-nodomain.tw',
        '',
        '原因：收件者網域不存在 (找不到網域名稱)。',
      ),
      'big5',
      'base64',
    ),
    { ...HOST_UNKNOWN, recipient: 'lin.meiling@example-nodomain.tw' },
  ],
  [
    'NetEase: 发送超时，无法连接到对方服务器',
    lines(
      '您的邮件发送失败。',
      '',
      '收件人：zhao.lei@example.net',
      '失败原因：投递超时。在 48 小时内无法连接到对方邮件服务器，系统已停止重试。',
    ),
    { ...EXPIRED, recipient: 'zhao.lei@example.net' },
  ],
  [
    'QQ Mail: 550 Ip frequency limited',
    '550 Ip frequency limited. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000725',
    { ...RATE, replyCode: 550, provider: QQ },
  ],
];

const KOREAN: RealWorldCase[] = [
  [
    'Naver: 메일 발송 실패 안내, 주소가 존재하지 않습니다 (whole email, EUC-KR base64)',
    single(
      '네이버 메일 <MAILER-DAEMON@naver.com>',
      bWord('메일 발송 실패 안내', 'euc-kr', 'EUC-KR'),
      lines(
        '메일 발송 실패 안내',
        '',
        '보내신 메일이 다음 수신자에게 전달되지 못했습니다.',
        '',
        '받는 사람: kim.minsu@example.kr',
        '실패 사유: 받는 사람의 메일 주소가 존재하지 않습니다.',
        '',
        '서버 응답: 550 5.1.1 Recipient address rejected',
      ),
      'euc-kr',
      'base64',
      'EUC-KR',
    ),
    {
      ...USER_UNKNOWN,
      recipient: 'kim.minsu@example.kr',
      replyCode: 550,
      status: '5.1.1',
      provider: /naver/i,
    },
  ],
  [
    'Daum/Kakao: 받는 사람의 메일함 용량이 부족합니다',
    lines(
      '메일이 반송되었습니다.',
      '',
      '수신자: lee.jiwon@example.kr',
      '반송 사유: 받는 사람의 메일함 용량이 부족하여 메일을 전달하지 못했습니다.',
    ),
    { ...MAILBOX_FULL, recipient: 'lee.jiwon@example.kr' },
  ],
  [
    'Hiworks: 수신 서버 응답 시간 초과',
    lines(
      '[하이웍스] 메일 발송 실패',
      '',
      '받는 사람: park.sungho@example.net',
      '실패 사유: 수신 서버의 응답 시간이 초과되어 메일을 발송하지 못했습니다. (최대 재시도 횟수 초과)',
    ),
    { ...EXPIRED, recipient: 'park.sungho@example.net' },
  ],
  [
    'Naver: 550 5.7.1 스팸으로 판단되어 수신 거부',
    '550 5.7.1 스팸으로 판단되어 메일 수신이 거부되었습니다. (mx2.naver.com)',
    { ...SPAM_OR_CONTENT, replyCode: 550, status: '5.7.1', ...FINAL },
  ],
];

const OTHER: RealWorldCase[] = [
  [
    'Vietnamese notice: địa chỉ email không tồn tại',
    lines(
      'Không thể gửi thư đến địa chỉ nguyen.van.an@example.vn.',
      '',
      'Lý do: Địa chỉ email không tồn tại. Vui lòng kiểm tra lại địa chỉ người nhận.',
      '',
      'Phản hồi từ máy chủ: 550 5.1.1 User unknown',
    ),
    { ...USER_UNKNOWN, recipient: 'nguyen.van.an@example.vn', replyCode: 550, status: '5.1.1' },
  ],
  [
    'Vietnamese notice: hộp thư của người nhận đã đầy',
    lines(
      'Thư của bạn chưa được gửi tới tran.thi.binh@example.vn',
      '',
      'Nguyên nhân: Hộp thư của người nhận đã đầy.',
    ),
    { ...MAILBOX_FULL, recipient: 'tran.thi.binh@example.vn' },
  ],
  [
    'Thai: ไม่พบชื่อโดเมนของผู้รับ (whole email, windows-874 base64)',
    single(
      'Mail Delivery System <MAILER-DAEMON@example.co.th>',
      bWord('ส่งข้อความไม่สำเร็จ', 'windows-874', 'windows-874'),
      lines(
        'ไม่สามารถส่งข้อความถึงผู้รับต่อไปนี้ได้:',
        '',
        'somchai@example-nodomain.co.th',
        '',
        'สาเหตุ: ไม่พบชื่อโดเมนของผู้รับ',
      ),
      'windows-874',
      'base64',
    ),
    { ...HOST_UNKNOWN, recipient: 'somchai@example-nodomain.co.th' },
  ],
  [
    'Indonesian notice: kotak surat penerima penuh',
    lines(
      'Pesan Anda tidak dapat dikirim ke budi.santoso@example.co.id.',
      '',
      'Alasan: Kotak surat penerima penuh.',
      'Balasan server: 452 4.2.2 Mailbox full',
    ),
    { ...MAILBOX_FULL, recipient: 'budi.santoso@example.co.id', replyCode: 452, status: '4.2.2' },
  ],
  [
    'Indonesian notice: alamat IP pengirim masuk daftar hitam',
    lines(
      'Pengiriman pesan ke siti.rahayu@example.co.id gagal.',
      '',
      'Server penerima menolak pesan karena alamat IP pengirim (203.0.113.7) masuk daftar hitam (blacklist).',
      '',
      'Balasan server: 554 5.7.1 Service unavailable',
    ),
    { ...IP_BLOCK, recipient: 'siti.rahayu@example.co.id', replyCode: 554, status: '5.7.1' },
  ],
  [
    'Exchange he-IL: תיבת הדואר של הנמען מלאה (whole email, windows-1255 base64)',
    mail({
      from: 'Microsoft Outlook <postmaster@example.co.il>',
      subject: bWord('לא ניתן למסור: הצעת מחיר', 'windows-1255', 'windows-1255'),
      report: true,
      parts: [
        textPart(
          lines(
            'המסירה לנמענים או לקבוצות אלה נכשלה:',
            '',
            'yossi.cohen@example.org',
            'תיבת הדואר של הנמען מלאה ואינה יכולה לקבל הודעות כעת.',
            '',
            'מידע אבחון עבור מנהלי מערכת:',
            '',
            'שגיאה שדווחה: 554 5.2.2 mailbox full',
          ),
          'windows-1255',
          'base64',
        ),
        dsnPart('EX01.example.co.il', 'yossi.cohen@example.org', '5.2.2', 'failed'),
      ],
    }),
    { ...MAILBOX_FULL, recipient: 'yossi.cohen@example.org', status: '5.2.2' },
  ],
  [
    'Arabic notice: عنوان البريد الإلكتروني غير موجود (whole email, windows-1256 base64)',
    single(
      'Mail Delivery System <MAILER-DAEMON@example.com.sa>',
      bWord('فشل تسليم الرسالة', 'windows-1256', 'windows-1256'),
      lines(
        'تعذر تسليم رسالتك إلى المستلم التالي:',
        '',
        'ahmed.alharbi@example.com.sa',
        '',
        'السبب: عنوان البريد الإلكتروني غير موجود.',
        '',
        'رد الخادم: 550 5.1.1 User unknown',
      ),
      'windows-1256',
      'base64',
    ),
    { ...USER_UNKNOWN, recipient: 'ahmed.alharbi@example.com.sa', replyCode: 550, status: '5.1.1' },
  ],
  [
    'Arabic notice: فشل التحقق من SPF',
    lines(
      'لم يتم تسليم رسالتك إلى omar.khalil@example.ae.',
      '',
      'تم رفض الرسالة بسبب فشل التحقق من سجل SPF لنطاق المرسل.',
    ),
    { ...SPF, recipient: 'omar.khalil@example.ae' },
  ],
];

export const ROUND_69: RealWorldCase[] = [
  ...ITALIAN,
  ...PORTUGUESE,
  ...DUTCH,
  ...POLISH,
  ...CZECH_SLOVAK,
  ...HUNGARIAN_ROMANIAN_GREEK,
  ...TURKISH,
  ...NORDIC,
  ...CHINESE,
  ...KOREAN,
  ...OTHER,
];

export const SECOND_BATCH_69: RealWorldCase[] = [
  [
    'Aruba webmail notice: destinatario sconosciuto',
    lines(
      'Il messaggio non può essere consegnato al seguente destinatario:',
      '',
      'francesca.russo@example.it',
      '',
      "Motivo: destinatario sconosciuto. Verificare che l'indirizzo sia scritto correttamente.",
    ),
    { ...USER_UNKNOWN, recipient: 'francesca.russo@example.it' },
  ],
  [
    'Poste Italiane PEC: Errore 5.4.1 il dominio del destinatario non esiste',
    lines(
      'AVVISO DI MANCATA CONSEGNA',
      '',
      'Il giorno 05/12/2026 alle ore 11:40:02 (+0100) nel messaggio "Istanza"',
      'proveniente da "alice@pec.example.com" ed indirizzato a "protocollo@pec.example-inesistente.it"',
      'si è verificato un errore di consegna.',
      '',
      'Errore: 5.4.1 - Poste Italiane PEC - il dominio del destinatario non esiste',
    ),
    { ...HOST_UNKNOWN, recipient: 'protocollo@pec.example-inesistente.it' },
  ],
  [
    'Sapo (pt-PT): 552 a mensagem excede o tamanho máximo permitido',
    '552 5.3.4 A mensagem excede o tamanho máximo permitido (25 MB)',
    { ...TOO_BIG, replyCode: 552, status: '5.3.4', ...FINAL },
  ],
  [
    'Locaweb: 550 5.2.1 conta de e-mail desativada',
    '550 5.2.1 <financeiro@example.com.br>: Conta de e-mail desativada pelo administrador',
    { ...DISABLED, recipient: 'financeiro@example.com.br', replyCode: 550, status: '5.2.1' },
  ],
  [
    'KPN notice: bericht geweigerd omdat het als spam werd aangemerkt',
    lines(
      'Uw bericht aan thijs.visser@example.nl is niet afgeleverd.',
      '',
      'Het bericht is geweigerd omdat het door het spamfilter van de ontvanger als spam werd aangemerkt.',
      '',
      'Antwoord van de server: 550 5.7.1 Message rejected as spam',
    ),
    { ...SPAM_OR_CONTENT, recipient: 'thijs.visser@example.nl', replyCode: 550, status: '5.7.1' },
  ],
  [
    'WP: 452 4.2.2 skrzynka odbiorcy jest pełna',
    '452 4.2.2 <ewa.zielinska@example.pl>: Skrzynka odbiorcy jest pełna, spróbuj później',
    { ...MAILBOX_FULL, recipient: 'ewa.zielinska@example.pl', replyCode: 452, status: '4.2.2', ...TEMPORARY },
  ],
  [
    'Seznam: 550 5.7.1 zpráva nesplňuje politiku DMARC domény odesílatele',
    '550 5.7.1 Zpráva nesplňuje politiku DMARC domény odesílatele (p=reject)',
    { ...DMARC, replyCode: 550, status: '5.7.1', ...FINAL },
  ],
  [
    'Hungarian reply: a küldő szerver IP-címe feketelistán szerepel',
    '554 5.7.1 Elutasítva: a küldő szerver IP-címe (203.0.113.7) feketelistán szerepel',
    { ...IP_BLOCK, replyCode: 554, status: '5.7.1', ...FINAL },
  ],
  [
    'Greek reply: 552 το μήνυμα είναι πολύ μεγάλο',
    '552 5.3.4 Το μήνυμα είναι πολύ μεγάλο (μέγιστο επιτρεπόμενο μέγεθος 20 MB)',
    { ...TOO_BIG, replyCode: 552, status: '5.3.4', ...FINAL },
  ],
  [
    'Yandex.com.tr: alıcı hesabı devre dışı bırakıldı',
    '550 5.2.1 <can.ozturk@example.com.tr>: Alıcı hesabı devre dışı bırakıldı',
    { ...DISABLED, recipient: 'can.ozturk@example.com.tr', replyCode: 550, status: '5.2.1' },
  ],
  [
    'Norwegian reply: 554 5.7.1 videresending (relé) ikke tillatt',
    '554 5.7.1 <post@example.net>: Videresending (relé) ikke tillatt fra din adresse',
    { ...RELAY, recipient: 'post@example.net', replyCode: 554, status: '5.7.1', ...FINAL },
  ],
  [
    'Sina: 收件人邮箱已被停用 (pasted notice)',
    lines('很抱歉，您的邮件未能成功发送。', '', '收件人：sun.li@example.cn', '原因：收件人邮箱已被停用。'),
    { ...DISABLED, recipient: 'sun.li@example.cn' },
  ],
  [
    'Daum: 수신 서버가 스팸으로 분류하여 거부',
    lines(
      '메일 발송에 실패하였습니다.',
      '',
      '받는 사람: choi.yuna@example.kr',
      '실패 사유: 수신 서버가 메일을 스팸으로 분류하여 거부했습니다.',
    ),
    { ...SPAM_OR_CONTENT, recipient: 'choi.yuna@example.kr' },
  ],
  [
    'Hebrew notice: הנמען אינו קיים',
    lines('ההודעה שלך לא נמסרה אל avi.levi@example.co.il', '', 'סיבה: הנמען אינו קיים במערכת.'),
    { ...USER_UNKNOWN, recipient: 'avi.levi@example.co.il' },
  ],
  [
    'Vietnamese reply: máy chủ không cho phép chuyển tiếp',
    '550 5.7.1 <hotro@example.net>: Máy chủ không cho phép chuyển tiếp (relay) thư này',
    { ...RELAY, recipient: 'hotro@example.net', replyCode: 550, status: '5.7.1', ...FINAL },
  ],
];
