import type { RealWorldCase } from './real-world-cases.js';
import { lines, postfixNoticeHead, textEmail } from './real-world-expectations.js';

/*
 * A fifty-eighth held-out round: replies, auto-replies and notices that say the ADDRESS IS DEAD, MOVED,
 * CHANGING OR UNMONITORED, which mail admins and list owners must act on. Auto-replies of people who left or
 * retired ("no longer with Example Corp, please contact …", "this mailbox is no longer monitored", "will be
 * deactivated on …"), of retired shared mailboxes and renamed domains, of send-only and no-reply addresses
 * (Microsoft 365's and Google's), mailbox-migration notices, in English, German, French, Spanish, Dutch,
 * Japanese, Italian and Portuguese, as whole emails, one pasted without headers and one inside Mailman's
 * "Uncaught bounce notification"; SMTP refusals of moved addresses (RFC 5321's 551 "User not local; please
 * try <x>" and 251 "will forward", 5.1.6 "destination mailbox has moved", "account has been migrated",
 * Postfix relocated_maps, Sendmail's redirect, Exim, an Exchange transport rule, German and French wordings),
 * and the guards: ordinary out-of-office replies (sick, parental and annual leave, travel, training, in
 * five languages, several naming a colleague's address or saying the mail is not forwarded) and receipt
 * confirmations (Zendesk, Freshdesk, a Japanese ticket system's send-only acknowledgement), which stay
 * "auto-reply, nothing to fix". Each replacement address a text names is checked among the fix steps
 * (`step`). Written from knowledge of the products' wordings, none from the development corpus, measured
 * before any rule was changed:
 *   round 58  64 texts: 62 cases with a record, 19 right as written (31 %); the 2 receipt confirmations of
 *             Zendesk and Freshdesk gave no record, which rounds 15 and 31 accept for an acknowledgement: our
 *             case error, moved to NOT_FAILURE_58 (no record, or only a non-failure one). The 43 wrong:
 *             - every leaver, retired, unmonitored, send-only, migrating or renamed-domain auto-reply (32, in
 *               eight languages) read as a plain out-of-office, "delivered, nothing needs fixing" on the
 *               recipient's side: there was no cause for "delivered, but the address is dead: update or
 *               remove it" (one, pasted without headers under its "Automatic reply:" line, gave no record);
 *             - the 10 refusals that name the new address (551 "please try <x>", "moved to x", "the new
 *               address is x", "Neue Adresse: x", "nouvelle adresse : x") were read right, but no step named
 *               that address (the German and French ones took it for the failed recipient);
 *             - Mailman's "Uncaught bounce notification" carrying a leaver's auto-reply gave no record.
 *   fixed     a new cause, `address-retired` (reason vacation, side sender, not permanent: "Not a bounce, but
 *             act"; the message was delivered, nobody reads it there; steps: write to the address the reply
 *             names, update or remove the old one in address books, CRMs and lists, before the date given).
 *             An auto-reply whose own text (not a quoted original) holds a phrase of the new
 *             retired-address-words.ts (8 languages) takes it; ordinary out-of-office wording ("will not be
 *             forwarded", "nicht gelesen", "please update your address book" said of an old address, a ticket
 *             system's "do not reply") is deliberately not in it. A new step placeholder `{newAddress}`: the
 *             first address of the reply (an auto-reply's own text, else the server's words) that is neither
 *             the recipient, the sender nor a robot's, named by `address-retired` and `recipient-moved`.
 *             "Neue Adresse:", "nouvelle adresse :", "nueva dirección", "nieuw adres", "nuovo indirizzo",
 *             "novo endereço" mark a contact, not the failed recipient (scan-text.ts). An auto-reply attached
 *             as message/rfc822 (Mailman's uncaught bounce, an admin's forward) is read as itself, and one
 *             pasted as text under its "Automatic reply: …" line is read when nothing else is a failure and
 *             its words say the address is dead (a pasted out-of-office, or chat opening "Auto:", gives none).
 *             Round 15's trap "left the company, mailbox no longer monitored" now expects the new cause, and
 *             its "no longer with the company" reply without auto headers allows it. 62 of 62.
 *   then      a second batch of 14 (SECOND_BATCH_58: "no longer being checked", "inbox no longer staffed",
 *             "is being retired on", German "hat unser Unternehmen verlassen", French "je ne fais plus partie",
 *             Spanish "ya no está operativo", Dutch "niet meer gecontroleerd", Japanese "廃止いたします", two
 *             refusals naming the new address, four out-of-office guards), written after the fixes and
 *             measured before any change: 6 of 14 right as written, the 8 misses all auto-replies whose
 *             wording the phrase list lacked (the refusals and guards were right). Fixed as data in
 *             retired-address-words.ts; 14 of 14.
 */

/** Delivered, but the address is dead, moving or unread: the sender updates or removes it. */
const RETIRED = {
  cause: 'address-retired',
  reason: ['vacation', 'hasmoved'],
  side: 'sender',
  permanent: false,
} as const;

/** Refused because the recipient moved (5.1.6, 551): the sender updates the address. */
const MOVED = { cause: 'recipient-moved', reason: 'hasmoved', side: 'sender', permanent: true } as const;

/** Refused because the person left: gone, moved or switched off, all final. */
const LEFT_REFUSED = {
  cause: ['recipient-moved', 'user-unknown', 'mailbox-disabled'],
  reason: ['hasmoved', 'userunknown', 'suspend'],
  permanent: true,
} as const;

/** An ordinary out-of-office: delivered, nothing to fix. */
const OOO = { cause: 'auto-reply', reason: 'vacation', side: 'recipient', permanent: false } as const;

/** A receipt confirmation (ticket systems): delivered, nothing to fix. */
const ACK = {
  cause: ['auto-reply', 'delivered'],
  reason: ['vacation', 'delivered'],
  permanent: false,
} as const;

const mail = (headers: string[], ...body: string[]) => lines(...headers, '', ...body, '');

/** An auto-reply as a mail client shows its source: RFC 3834 headers, then the body. */
const autoReply = (from: string, subject: string, headers: string[], ...body: string[]) =>
  mail(
    [
      `From: ${from}`,
      'To: Alice Admin <alice@example.com>',
      `Subject: ${subject}`,
      'Date: Fri, 4 Dec 2026 09:12:44 +0100',
      'Message-ID: <auto-58-0412@example.org>',
      ...headers,
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: 8bit',
    ],
    ...body,
  );

const EXCHANGE_AUTO = [
  'Auto-Submitted: auto-generated',
  'X-Auto-Response-Suppress: All',
  'X-MS-Exchange-Inbox-Rules-Loop: jane.doe@example.org',
  'Thread-Topic: Q4 order confirmation',
];
const RFC3834 = ['Auto-Submitted: auto-replied', 'Precedence: bulk'];

/** A DSN with one recipient, its status and diagnostic. */
const dsn = (recipient: string, status: string, diagnostic: string, text: string[], mta = 'mx.example.org') =>
  mail(
    [
      'From: Mail Delivery System <MAILER-DAEMON@mail.example.com>',
      'To: alice@example.com',
      'Subject: Undelivered Mail Returned to Sender',
      'Date: Fri, 4 Dec 2026 09:12:44 +0000',
      'Auto-Submitted: auto-replied',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="R58-b0und"',
    ],
    'This is a MIME-encapsulated message.',
    '',
    '--R58-b0und',
    'Content-Type: text/plain; charset=utf-8',
    '',
    ...text,
    '',
    '--R58-b0und',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mail.example.com',
    'Arrival-Date: Fri, 4 Dec 2026 09:12:40 +0000',
    '',
    `Final-Recipient: rfc822; ${recipient}`,
    `Original-Recipient: rfc822; ${recipient}`,
    'Action: failed',
    `Status: ${status}`,
    `Remote-MTA: dns; ${mta}`,
    `Diagnostic-Code: smtp; ${diagnostic}`,
    '',
    '--R58-b0und--',
  );

const postfixLog = (status: string, dsnCode: string, to: string, said: string) =>
  `Dec  4 09:12:44 mail postfix/smtp[31337]: 4QmZ1k2Lx9z7: to=<${to}>, relay=mx.example.org[198.51.100.25]:25, delay=1.2, delays=0.1/0/0.6/0.5, dsn=${dsnCode}, status=${status} (host mx.example.org[198.51.100.25] said: ${said} (in reply to RCPT TO command))`;

const LEFT_EN: RealWorldCase[] = [
  [
    'Exchange automatic reply: no longer with the company, contact another address',
    autoReply(
      'Jane Doe <jane.doe@example.org>',
      'Automatic reply: Q4 order confirmation',
      EXCHANGE_AUTO,
      'Thank you for your message.',
      '',
      'Jane Doe is no longer with Example Corp. Please direct all enquiries to sales@example.org.',
      '',
      'This mailbox is not monitored and your email will not be forwarded.',
    ),
    { ...RETIRED, recipient: 'jane.doe@example.org', step: /sales@example\.org/ },
  ],
  [
    'Gmail vacation responder of a leaver: I have left, mailbox no longer monitored, colleague named',
    autoReply(
      'Tom Baker <tom.baker@example.net>',
      'Re: Contract renewal',
      RFC3834,
      'Hello,',
      '',
      'I have left Example Ltd as of 30 November 2026, and this mailbox is no longer monitored.',
      'Please contact my colleague John Smith at john.smith@example.net, who has taken over my accounts.',
      '',
      'Best wishes,',
      'Tom',
    ),
    { ...RETIRED, recipient: 'tom.baker@example.net', step: /john\.smith@example\.net/ },
  ],
  [
    'Role mailbox no longer monitored, resend to info@',
    autoReply(
      'Marketing <marketing@example.org>',
      'Automatic reply: Sponsorship proposal',
      ['Auto-Submitted: auto-replied'],
      'This mailbox is no longer monitored. Please resend your message to info@example.org.',
    ),
    { ...RETIRED, step: /info@example\.org/ },
  ],
  [
    'Address to be deactivated on a date, new address given',
    autoReply(
      'Bob Jones <bob@example.org>',
      'Automatic reply: Invoice 4471',
      EXCHANGE_AUTO,
      'Please note that this email address will be deactivated on 31 December 2026.',
      'Please update your records and use bob.jones@example.net from now on.',
    ),
    { ...RETIRED, step: /bob\.jones@example\.net/ },
  ],
  [
    'I have retired: messages to this address are not read',
    autoReply(
      'Prof. Ann Lee <ann.lee@example.edu>',
      'Re: Review request',
      RFC3834,
      'I have retired from Example University and no longer read mail sent to this address.',
      'For departmental matters please write to physics-office@example.edu.',
    ),
    { ...RETIRED, step: /physics-office@example\.edu/ },
  ],
  [
    'Domain changed: our addresses now end in @example.net, update your records',
    autoReply(
      'Carol White <carol@example.org>',
      'Automatic reply: Meeting notes',
      EXCHANGE_AUTO,
      'Dear sender,',
      '',
      'Example Group has a new name and a new email domain. Our email addresses have changed from',
      '@example.org to @example.net. Please update your records: you can reach me at carol@example.net.',
      '',
      'Messages sent to the old domain will no longer be delivered after 1 March 2027.',
    ),
    { ...RETIRED, step: /carol@example\.net/ },
  ],
  [
    'Left the company, email not forwarded, no replacement',
    autoReply(
      'Dave Green <dave.green@example.com>',
      'Automatic reply: Follow-up',
      EXCHANGE_AUTO,
      'Dave Green has left the company. Your email has not been forwarded.',
    ),
    RETIRED,
  ],
  [
    'No longer works at, please contact the main office (plain paste, no headers)',
    lines(
      'Automatic reply: RE: Purchase order 88213',
      '',
      'Mark Taylor no longer works at Example Corp. For purchasing questions please email purchasing@example.com.',
    ),
    { ...RETIRED, step: /purchasing@example\.com/ },
  ],
  [
    'Shared mailbox retired: send invoices to a new address',
    autoReply(
      'Accounts Payable <ap@example.org>',
      'Automatic reply: Invoice INV-2026-118',
      EXCHANGE_AUTO,
      'The Accounts Payable mailbox ap@example.org has been retired and is no longer monitored.',
      'Please send all invoices to invoices@example.net. Invoices sent here will not be processed.',
    ),
    { ...RETIRED, step: /invoices@example\.net/ },
  ],
  [
    'Mailbox migration notice: from a date this address stops receiving mail',
    autoReply(
      'IT Service Desk <it-notices@example.org>',
      'Re: Your ticket',
      RFC3834,
      'We are migrating to a new email system.',
      'As of 15 January 2027 this address will no longer receive email. Please use helpdesk@example.net instead.',
    ),
    { ...RETIRED, step: /helpdesk@example\.net/ },
  ],
  [
    'Send-only address: replies are not read',
    autoReply(
      'Example Billing <noreply@example.com>',
      'Re: Your statement is ready',
      ['Auto-Submitted: auto-replied'],
      'This is an unmonitored mailbox; replies sent to this address are not read.',
      'If you need help with your account, visit https://www.example.com/support or write to billing@example.com.',
    ),
    { ...RETIRED, step: /billing@example\.com/ },
  ],
  [
    'Microsoft 365 notification address: do not reply, unattended mailbox',
    autoReply(
      'Microsoft 365 Message center <o365mc@microsoft.com>',
      'Re: Message center major update',
      ['Auto-Submitted: auto-replied', 'X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent'],
      'This message was sent from an unmonitored email address. Please do not reply to this message.',
      'Replies to this mailbox are not read.',
    ),
    RETIRED,
  ],
  [
    'Google no-reply auto-response: this address does not receive replies',
    autoReply(
      'Google Workspace <workspace-noreply@google.com>',
      'Re: Your Google Workspace invoice',
      ['Auto-Submitted: auto-replied'],
      'Hi,',
      '',
      'This email address does not accept replies. Your message was not read by anyone.',
      'To contact Google Workspace support, sign in to the Admin console and open Support.',
    ),
    RETIRED,
  ],
  [
    'Moving to a new role: this address will stop working after a date',
    autoReply(
      'Eve Adams <eve.adams@example.org>',
      'Automatic reply: Budget',
      EXCHANGE_AUTO,
      'I have moved to a new role at our sister company and will only read this inbox until 31 December.',
      'After that this address will stop working. My new email address is eve.adams@example.net.',
    ),
    { ...RETIRED, step: /eve\.adams@example\.net/ },
  ],
  [
    'Gmail reply of a personal address: my new address is, please update your address book',
    autoReply(
      'Frank <frank.example@gmail.com>',
      'Re: Reunion dinner',
      RFC3834,
      'Hi! I no longer use this Gmail address. My new email address is frank@example.net.',
      'Please update your address book. This account will be closed soon.',
    ),
    { ...RETIRED, step: /frank@example\.net/ },
  ],
  [
    'Leaver notice in an Exchange auto-reply: employment ended, successor named',
    autoReply(
      'Grace Hall <grace.hall@example.com>',
      'Automatic reply: Partnership',
      EXCHANGE_AUTO,
      'Thank you for your email. Grace Hall is no longer employed by Example Inc.',
      'Her responsibilities have been taken over by Henry Ward (henry.ward@example.com).',
      'Please update your contact details accordingly.',
    ),
    { ...RETIRED, step: /henry\.ward@example\.com/ },
  ],
];

const LEFT_OTHER_LANGUAGES: RealWorldCase[] = [
  [
    'German: nicht mehr im Unternehmen tätig, nicht weitergeleitet, info@ genannt',
    autoReply(
      'Klaus Müller <k.mueller@example.org>',
      'Automatische Antwort: Angebot 2027',
      EXCHANGE_AUTO,
      'Vielen Dank für Ihre Nachricht.',
      '',
      'Herr Müller ist nicht mehr in unserem Unternehmen tätig. Ihre E-Mail wird nicht weitergeleitet.',
      'Bitte wenden Sie sich an info@example.org.',
    ),
    { ...RETIRED, step: /info@example\.org/ },
  ],
  [
    'German: Postfach wird nicht mehr abgerufen, neue Adresse',
    autoReply(
      'Vertrieb <vertrieb@example.org>',
      'Automatische Antwort: Anfrage',
      ['Auto-Submitted: auto-replied'],
      'Dieses Postfach wird nicht mehr abgerufen.',
      'Bitte senden Sie Ihre Nachricht erneut an sales@example.net.',
    ),
    { ...RETIRED, step: /sales@example\.net/ },
  ],
  [
    'German: E-Mail-Adressen haben sich geändert, Adressbuch aktualisieren',
    autoReply(
      'Sabine Schmidt <s.schmidt@example.org>',
      'AW: Termin',
      RFC3834,
      'Sehr geehrte Damen und Herren,',
      '',
      'unsere E-Mail-Adressen haben sich geändert. Sie erreichen mich ab sofort unter sabine.schmidt@example.net.',
      'Bitte aktualisieren Sie Ihr Adressbuch. Die alte Adresse wird zum 31.01.2027 abgeschaltet.',
    ),
    { ...RETIRED, step: /sabine\.schmidt@example\.net/ },
  ],
  [
    'German: aus dem Unternehmen ausgeschieden',
    autoReply(
      'Peter Wagner <p.wagner@example.com>',
      'Abwesenheitsnotiz: Rechnung',
      EXCHANGE_AUTO,
      'Herr Wagner ist zum 30.11.2026 aus dem Unternehmen ausgeschieden.',
      'Ihre Nachricht wurde nicht gelesen. Ihr neuer Ansprechpartner ist Herr Beck, beck@example.com.',
    ),
    { ...RETIRED, step: /beck@example\.com/ },
  ],
  [
    'French: ne fait plus partie de la société, écrire à contact@',
    autoReply(
      'Marie Dupont <marie.dupont@example.org>',
      'Réponse automatique : Devis',
      EXCHANGE_AUTO,
      'Bonjour,',
      '',
      "Mme Dupont ne fait plus partie de la société Example. Merci d'adresser vos messages à contact@example.org.",
    ),
    { ...RETIRED, step: /contact@example\.org/ },
  ],
  [
    "French: cette adresse n'est plus consultée, écrire désormais à",
    autoReply(
      'Service client <sav@example.org>',
      'Réponse automatique : Commande 5521',
      ['Auto-Submitted: auto-replied'],
      "Cette adresse e-mail n'est plus consultée. Merci d'écrire désormais à support@example.net.",
    ),
    { ...RETIRED, step: /support@example\.net/ },
  ],
  [
    "French: j'ai pris ma retraite",
    autoReply(
      'Jean Martin <jean.martin@example.org>',
      'Re: Colloque',
      RFC3834,
      "J'ai pris ma retraite le 1er octobre. Cette adresse ne sera bientôt plus active.",
      'Pour toute question, merci de contacter secretariat@example.org.',
    ),
    { ...RETIRED, step: /secretariat@example\.org/ },
  ],
  [
    'Spanish: ya no trabaja en la empresa, diríjase a ventas@',
    autoReply(
      'Juan Pérez <juan.perez@example.com>',
      'Respuesta automática: Pedido',
      EXCHANGE_AUTO,
      'Juan Pérez ya no trabaja en Example S.A. Por favor, diríjase a ventas@example.com.',
    ),
    { ...RETIRED, step: /ventas@example\.com/ },
  ],
  [
    'Spanish: esta cuenta ya no está en uso, nueva dirección',
    autoReply(
      'Laura Gómez <laura@example.org>',
      'Re: Presupuesto',
      RFC3834,
      'Esta cuenta de correo ya no está en uso y no se revisa.',
      'Mi nueva dirección de correo es laura.gomez@example.net. Por favor, actualice sus contactos.',
    ),
    { ...RETIRED, step: /laura\.gomez@example\.net/ },
  ],
  [
    'Dutch: niet meer werkzaam bij, niet doorgestuurd',
    autoReply(
      'Jan de Vries <j.devries@example.org>',
      'Automatisch antwoord: Offerte',
      EXCHANGE_AUTO,
      'Jan de Vries is niet meer werkzaam bij Example B.V. Uw e-mail wordt niet doorgestuurd.',
      'Neem voor vragen contact op met info@example.org.',
    ),
    { ...RETIRED, step: /info@example\.org/ },
  ],
  [
    'Dutch: dit e-mailadres is niet langer in gebruik, nieuw adres',
    autoReply(
      'Administratie <administratie@example.org>',
      'Automatisch antwoord: Factuur',
      ['Auto-Submitted: auto-replied'],
      'Dit e-mailadres is niet langer in gebruik. Ons nieuwe e-mailadres is boekhouding@example.net.',
      'Wilt u uw adresboek aanpassen?',
    ),
    { ...RETIRED, step: /boekhouding@example\.net/ },
  ],
  [
    'Japanese: 退職いたしました, successor named',
    autoReply(
      'Yamada Taro <yamada@example.co.jp>',
      '自動応答: お見積りの件',
      RFC3834,
      'いつもお世話になっております。',
      '山田は2026年11月30日付で退職いたしました。',
      '今後のご連絡は後任の佐藤（sato@example.co.jp）までお願いいたします。',
    ),
    { ...RETIRED, step: /sato@example\.co\.jp/ },
  ],
  [
    'Japanese: このメールアドレスは現在使用されておりません, new address',
    autoReply(
      'Suzuki <suzuki@example.jp>',
      '自動返信: ご案内',
      ['Auto-Submitted: auto-replied'],
      'このメールアドレスは現在使用されておりません。',
      '新しいメールアドレス suzuki.h@example.net 宛てにお送りください。',
    ),
    { ...RETIRED, step: /suzuki\.h@example\.net/ },
  ],
  [
    'Japanese: メールアドレス変更のお知らせ (domain change)',
    autoReply(
      'Example Trading <info@example.jp>',
      'メールアドレス変更のお知らせ',
      RFC3834,
      '平素は格別のご高配を賜り、厚く御礼申し上げます。',
      '弊社のメールアドレスのドメインを example.jp から example.net に変更いたしました。',
      'お手数ですが、アドレス帳の登録変更をお願いいたします。旧アドレスは2027年3月末で廃止いたします。',
    ),
    RETIRED,
  ],
  [
    'Italian: non fa più parte della nostra azienda',
    autoReply(
      'Luca Rossi <l.rossi@example.org>',
      'Risposta automatica: Ordine',
      EXCHANGE_AUTO,
      'Luca Rossi non fa più parte della nostra azienda. Per informazioni scrivere a info@example.org.',
    ),
    { ...RETIRED, step: /info@example\.org/ },
  ],
  [
    'Portuguese: não trabalha mais na empresa',
    autoReply(
      'Ana Souza <ana.souza@example.com>',
      'Resposta automática: Proposta',
      EXCHANGE_AUTO,
      'Ana Souza não trabalha mais na Example Ltda. Por favor, entre em contato com comercial@example.com.',
    ),
    { ...RETIRED, step: /comercial@example\.com/ },
  ],
];

const REFUSED_MOVED: RealWorldCase[] = [
  [
    'RFC 5321: 551 User not local; please try <new> (5.1.6)',
    '551 5.1.6 User not local; please try <bob@example.net>',
    { ...MOVED, replyCode: 551, status: '5.1.6', step: /bob@example\.net/ },
  ],
  [
    'RFC 5321: 251 User not local; will forward (delivered, update the address)',
    lines(
      'RCPT TO:<bob@example.org>',
      '251 2.1.5 User not local; will forward to <bob@example.net>',
      'DATA',
      '354 Start mail input; end with <CRLF>.<CRLF>',
      '.',
      '250 2.0.0 Ok: queued as 7C1A2B3D4E',
    ),
    {
      cause: ['delivered', 'address-retired'],
      reason: ['delivered', 'hasmoved'],
      permanent: false,
    },
  ],
  [
    '5.1.6 Recipient mailbox has moved, destination mailbox address has changed',
    '550 5.1.6 Recipient mailbox has moved; destination mailbox address has changed',
    { ...MOVED, replyCode: 550, status: '5.1.6' },
  ],
  [
    '5.1.6 Destination mailbox has moved, no forwarding address',
    '550 5.1.6 <carol@example.org>: Destination mailbox has moved, no forwarding address',
    { ...MOVED, recipient: 'carol@example.org' },
  ],
  [
    'Address changed, new address is (5.1.6)',
    '550 5.1.6 Address changed. The new address is carol.white@example.net',
    { ...MOVED, step: /carol\.white@example\.net/ },
  ],
  [
    'Postfix log: 551 5.1.6 User has moved; please try',
    postfixLog(
      'bounced',
      '5.1.6',
      'dan@example.org',
      '551 5.1.6 User has moved; please try <dan@example.net>',
    ),
    { ...MOVED, recipient: 'dan@example.org', replyCode: 551, step: /dan@example\.net/ },
  ],
  [
    'DSN: account has been migrated, new address given',
    dsn(
      'erin@example.org',
      '5.1.6',
      '550 5.1.6 Account has been migrated to our new platform; the new address is erin@example.net',
      [
        ...postfixNoticeHead(),
        '<erin@example.org>: host mx.example.org[198.51.100.25] said: 550 5.1.6 Account has been',
        '    migrated to our new platform; the new address is erin@example.net (in reply to RCPT TO command)',
      ],
    ),
    { ...MOVED, recipient: 'erin@example.org', status: '5.1.6', step: /erin@example\.net/ },
  ],
  [
    'ISP shut down its mail: account migrated to a new provider, no longer receives mail here',
    '550 5.1.1 <fred@example.net>: This email account has been migrated to a new provider and no longer receives mail here',
    { ...LEFT_REFUSED, replyCode: 550 },
  ],
  [
    'Postfix relocated: 550 5.1.6 user has moved to (in a bounce notice)',
    textEmail(
      'MAILER-DAEMON@mail.example.com (Mail Delivery System)',
      'Undelivered Mail Returned to Sender',
      [
        ...postfixNoticeHead(),
        '<gina@example.org>: host mx.example.org[198.51.100.25] said: 550 5.1.6',
        '    <gina@example.org>: Recipient address rejected: User has moved to',
        '    gina@example.net (in reply to RCPT TO command)',
      ],
    ),
    { ...MOVED, recipient: 'gina@example.org', step: /gina@example\.net/ },
  ],
  [
    'Refusal: no longer works at Example, contact info@ (5.1.1)',
    '550 5.1.1 <harry@example.org>: Recipient address rejected: Harry no longer works at Example, please contact info@example.org',
    { ...LEFT_REFUSED, recipient: 'harry@example.org' },
  ],
  [
    'Exchange transport rule NDR: the recipient is no longer with the organisation',
    lines(
      'Delivery has failed to these recipients or groups:',
      '',
      'ivy@example.org',
      'Ivy Chen is no longer with Example Corp. Please send your message to customer.service@example.org.',
      '',
      'Diagnostic information for administrators:',
      '',
      'Generating server: DB8PR01MB1234.eurprd01.prod.outlook.com',
      '',
      'ivy@example.org',
      "Remote Server returned '550 5.7.1 TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy'",
    ),
    {
      cause: ['recipient-moved', 'user-unknown', 'mailbox-disabled', 'content-filtered', 'policy-violation'],
      reason: ['hasmoved', 'userunknown', 'suspend', 'filtered', 'policyviolation', 'rejected'],
      permanent: true,
      recipient: 'ivy@example.org',
    },
  ],
  [
    'Exim: address no longer in use, the user has moved to',
    textEmail(
      'Mail Delivery System <Mailer-Daemon@mail.example.com>',
      'Mail delivery failed: returning message to sender',
      [
        'This message was created automatically by mail delivery software.',
        '',
        'A message that you sent could not be delivered to one or more of its',
        'recipients. This is a permanent error. The following address(es) failed:',
        '',
        '  jack@example.org',
        '    host mx.example.org [198.51.100.25]',
        '    SMTP error from remote mail server after RCPT TO:<jack@example.org>:',
        '    550 This address is no longer in use; the user has moved to jack@example.net',
      ],
    ),
    {
      cause: ['recipient-moved', 'user-unknown'],
      reason: ['hasmoved', 'userunknown'],
      permanent: true,
      recipient: 'jack@example.org',
      step: /jack@example\.net/,
    },
  ],
  [
    'Sendmail redirect: 551 5.1.6 User has moved; please try',
    '551 5.1.6 <kate@example.org>... User has moved; please try <kate@example.net>',
    { ...MOVED, replyCode: 551, recipient: 'kate@example.org', step: /kate@example\.net/ },
  ],
  [
    '553 mailbox moved to a new address',
    '553 5.1.6 Mailbox moved to liam@example.net',
    { ...MOVED, replyCode: 553, step: /liam@example\.net/ },
  ],
  [
    'German refusal: Empfängeradresse hat sich geändert, neue Adresse',
    '550 5.1.6 Die Empfängeradresse hat sich geändert. Neue Adresse: mia@example.net',
    { ...MOVED, step: /mia@example\.net/ },
  ],
  [
    'French refusal: adresse du destinataire a changé',
    "550 5.1.6 L'adresse du destinataire a changé ; nouvelle adresse : noah@example.net",
    { ...MOVED, step: /noah@example\.net/ },
  ],
  [
    'Gmail-style DSN text: the account has moved, 5.1.6 in the Status field',
    dsn('olivia@example.org', '5.1.6', '550 5.1.6 The recipient has moved to a new email address', [
      'Delivery to the following recipient failed permanently:',
      '',
      '     olivia@example.org',
      '',
      'Technical details of permanent failure:',
      'The recipient has moved to a new email address.',
    ]),
    { ...MOVED, recipient: 'olivia@example.org', status: '5.1.6' },
  ],
];

const STAY_AUTO_REPLY: RealWorldCase[] = [
  [
    'Sick leave: back on a date',
    autoReply(
      'Paul Scott <paul.scott@example.org>',
      'Automatic reply: Report',
      EXCHANGE_AUTO,
      'I am currently on sick leave and will return on 14 December.',
      'I will answer your email as soon as possible after my return.',
    ),
    { ...OOO, recipient: 'paul.scott@example.org' },
  ],
  [
    'Parental leave: email will not be forwarded, team address for urgent matters',
    autoReply(
      'Rachel Kim <rachel.kim@example.org>',
      'Automatic reply: Project plan',
      EXCHANGE_AUTO,
      'I am on parental leave until June 2027. Your email will not be forwarded.',
      'For urgent matters please contact the team at projects@example.org.',
    ),
    OOO,
  ],
  [
    'Vacation: a colleague covers, his address given',
    autoReply(
      'Sam Lee <sam.lee@example.com>',
      'Out of Office: Shipment',
      EXCHANGE_AUTO,
      'I am out of the office on annual leave until Monday 11 January, with no access to email.',
      'In my absence please contact Tim Holt at tim.holt@example.com.',
    ),
    OOO,
  ],
  [
    'Travelling, reading email occasionally',
    autoReply(
      'Uma Patel <uma@example.net>',
      'Re: Conference',
      RFC3834,
      'I am travelling this week and checking email only occasionally. I will reply when I am back on 9 December.',
    ),
    OOO,
  ],
  [
    'German: nicht im Büro bis, dringende Fälle an Kollegin',
    autoReply(
      'Uwe Braun <u.braun@example.org>',
      'Abwesenheitsnotiz: Lieferung',
      EXCHANGE_AUTO,
      'Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 18.12.2026 nicht im Büro.',
      'Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an Frau Koch, koch@example.org.',
    ),
    OOO,
  ],
  [
    'German: Elternzeit bis, nicht weitergeleitet',
    autoReply(
      'Vera Lang <v.lang@example.org>',
      'Automatische Antwort: Planung',
      EXCHANGE_AUTO,
      'Ich befinde mich bis zum 30.06.2027 in Elternzeit. Ihre E-Mail wird nicht gelesen und nicht weitergeleitet.',
    ),
    OOO,
  ],
  [
    "French: absent du bureau jusqu'au",
    autoReply(
      'Luc Bernard <luc.bernard@example.org>',
      'Réponse automatique : Facture',
      EXCHANGE_AUTO,
      "Je suis absent du bureau jusqu'au 4 janvier avec un accès limité à mes e-mails.",
      "En cas d'urgence, merci de contacter accueil@example.org.",
    ),
    OOO,
  ],
  [
    'Spanish: fuera de la oficina hasta',
    autoReply(
      'Carlos Ruiz <carlos@example.com>',
      'Respuesta automática: Reunión',
      EXCHANGE_AUTO,
      'Estaré fuera de la oficina hasta el 7 de enero. Para asuntos urgentes, escriba a soporte@example.com.',
    ),
    OOO,
  ],
  [
    'Dutch: afwezig tot en met',
    autoReply(
      'Pieter Jansen <p.jansen@example.org>',
      'Automatisch antwoord: Planning',
      EXCHANGE_AUTO,
      'Ik ben afwezig tot en met 3 januari en lees mijn e-mail niet. Voor dringende zaken: info@example.org.',
    ),
    OOO,
  ],
  [
    'Japanese: 休暇をいただいております',
    autoReply(
      'Tanaka <tanaka@example.co.jp>',
      '自動応答: 打ち合わせの件',
      RFC3834,
      '誠に勝手ながら、12月28日から1月5日まで休暇をいただいております。',
      '1月6日以降に順次ご返信いたします。',
    ),
    OOO,
  ],
  [
    'Japanese ticket acknowledgement from a send-only address (the acknowledgement is not the dead address)',
    autoReply(
      'Example サポート <support@example.jp>',
      '【自動返信】お問い合わせありがとうございます',
      ['Auto-Submitted: auto-replied'],
      'この度はお問い合わせいただき、誠にありがとうございます。',
      '以下の内容でお問い合わせを受け付けました。担当者より2営業日以内にご連絡いたします。',
      '',
      '※本メールは送信専用アドレスから自動送信しております。',
    ),
    ACK,
  ],
  [
    'Training course: limited access to email, back on a date',
    autoReply(
      'Wendy Fox <wendy.fox@example.org>',
      'Automatic reply: Handover',
      EXCHANGE_AUTO,
      'I am attending a training course until 10 December with limited access to email.',
      'I will respond to your message when I return.',
    ),
    OOO,
  ],
];

const FORWARDED_TO_ADMINS: RealWorldCase[] = [
  [
    'Mailman uncaught bounce notification wrapping a leaver auto-reply',
    mail(
      [
        'From: news-owner@lists.example.com',
        'To: news-owner@lists.example.com',
        'Subject: Uncaught bounce notification',
        'Date: Fri, 4 Dec 2026 09:20:01 +0000',
        'MIME-Version: 1.0',
        'Content-Type: multipart/mixed; boundary="mm58"',
      ],
      '--mm58',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      'The attached message was received as a bounce, but either the bounce',
      'format was not recognized, or no member addresses could be extracted',
      'from it.  This mailing list has been configured to send all',
      'unrecognized bounce messages to the list administrator(s).',
      '',
      '--mm58',
      'Content-Type: message/rfc822',
      '',
      'From: Zoe Hart <zoe.hart@example.org>',
      'To: news-bounces@lists.example.com',
      'Subject: Automatic reply: [News] December issue',
      'Auto-Submitted: auto-generated',
      '',
      'Zoe Hart no longer works at Example Corp and this mailbox is no longer monitored.',
      'Please contact office@example.org.',
      '',
      '--mm58--',
    ),
    { ...RETIRED, step: /office@example\.org/ },
  ],
];

/** Receipt confirmations that must give no record, or only a non-failure one (tested in real-world-15.test.ts). */
export const NOT_FAILURE_58: [name: string, text: string, allow: readonly string[], knownWrong?: string][] = [
  [
    'Zendesk: your request has been received',
    autoReply(
      'Example Support <support@example.zendesk.com>',
      '[Example Support] Re: Login problem',
      ['Auto-Submitted: auto-generated', 'X-Mailer: Zendesk Mailer'],
      '##- Please type your reply above this line -##',
      '',
      'Your request (48213) has been received and is being reviewed by our support staff.',
      '',
      'To add additional comments, reply to this email.',
    ),
    ['auto-reply', 'delivered'],
  ],
  [
    'Freshdesk-style acknowledgement: ticket created',
    autoReply(
      'Helpdesk <help@example.freshdesk.com>',
      'Ticket Received - Printer jam',
      ['Auto-Submitted: auto-generated'],
      'Dear Alice,',
      '',
      'We would like to acknowledge that we have received your request and a ticket has been created.',
      'A support representative will be reviewing your request and will send you a personal response, usually within 24 hours.',
      '',
      'Ticket number: #10452',
    ),
    ['auto-reply', 'delivered'],
  ],
];

export const ROUND_58: RealWorldCase[] = [
  ...LEFT_EN,
  ...LEFT_OTHER_LANGUAGES,
  ...REFUSED_MOVED,
  ...STAY_AUTO_REPLY,
  ...FORWARDED_TO_ADMINS,
];

export const SECOND_BATCH_58: RealWorldCase[] = [
  [
    'Second batch: left, account no longer being checked',
    autoReply(
      'Nina Ross <nina.ross@example.org>',
      'Automatic reply: Catalogue 2027',
      EXCHANGE_AUTO,
      'Please note that I have left Example Ltd and this account is no longer being checked.',
      'For orders please write to orders@example.org.',
    ),
    { ...RETIRED, step: /orders@example\.org/ },
  ],
  [
    'Second batch: office closed permanently, inbox no longer staffed',
    autoReply(
      'Reception <reception@example.com>',
      'Re: Booking',
      RFC3834,
      'Thank you for your email. Our Leeds office has closed permanently and this inbox is no longer staffed.',
    ),
    RETIRED,
  ],
  [
    'Second batch: address being retired on a date, use orders@',
    autoReply(
      'Sales <sales@example.org>',
      'Automatic reply: Quote',
      EXCHANGE_AUTO,
      'This address is being retired on 1 February 2027. Please use orders@example.net for all quotes and orders.',
    ),
    { ...RETIRED, step: /orders@example\.net/ },
  ],
  [
    'Second batch: German, hat unser Unternehmen verlassen',
    autoReply(
      'Anna Weber <a.weber@example.org>',
      'Automatische Antwort: Rahmenvertrag',
      EXCHANGE_AUTO,
      'Frau Weber hat unser Unternehmen verlassen. Bitte richten Sie Ihre Anfrage an einkauf@example.org.',
    ),
    { ...RETIRED, step: /einkauf@example\.org/ },
  ],
  [
    "Second batch: French, je ne fais plus partie de l'équipe",
    autoReply(
      'Paul Girard <paul.girard@example.org>',
      'Réponse automatique : Partenariat',
      EXCHANGE_AUTO,
      "Je ne fais plus partie de l'équipe Example depuis le 1er décembre. Vous pouvez écrire à equipe@example.org.",
    ),
    { ...RETIRED, step: /equipe@example\.org/ },
  ],
  [
    'Second batch: Spanish, este buzón ya no está operativo',
    autoReply(
      'Compras <compras@example.com>',
      'Respuesta automática: Factura',
      ['Auto-Submitted: auto-replied'],
      'Este buzón ya no está operativo. Por favor, escriba a administracion@example.com.',
    ),
    { ...RETIRED, step: /administracion@example\.com/ },
  ],
  [
    'Second batch: Dutch, mailbox wordt niet meer gecontroleerd',
    autoReply(
      'Support <support@example.org>',
      'Automatisch antwoord: Storing',
      ['Auto-Submitted: auto-replied'],
      'Deze mailbox wordt niet meer gecontroleerd. Stuur uw bericht naar servicedesk@example.org.',
    ),
    { ...RETIRED, step: /servicedesk@example\.org/ },
  ],
  [
    'Second batch: Japanese, 本アドレスは廃止いたします',
    autoReply(
      'Kobayashi <kobayashi@example.jp>',
      '自動返信: ご連絡',
      RFC3834,
      '本メールアドレスは2027年1月末をもって廃止いたします。',
      '今後は kobayashi.k@example.net 宛てにご連絡ください。',
    ),
    { ...RETIRED, step: /kobayashi\.k@example\.net/ },
  ],
  [
    'Second batch: 550 5.1.6 mailbox moved to another system, new address in parentheses',
    '550 5.1.6 <oscar@example.org>: Mailbox has been moved to another system (new address: oscar@example.net)',
    { ...MOVED, recipient: 'oscar@example.org', step: /oscar@example\.net/ },
  ],
  [
    'Second batch: Postfix log, recipient has changed address',
    postfixLog(
      'bounced',
      '5.1.6',
      'pia@example.org',
      '550 5.1.6 <pia@example.org>: recipient has changed address, please write to pia.lund@example.net',
    ),
    { ...MOVED, recipient: 'pia@example.org', step: /pia\.lund@example\.net/ },
  ],
  [
    'Second batch guard: maternity leave, not checking email until March',
    autoReply(
      'Quinn Hale <quinn.hale@example.org>',
      'Automatic reply: Renewal',
      EXCHANGE_AUTO,
      'I am on maternity leave and will not be checking email until March 2027.',
      'My colleague Ray (ray@example.org) will be handling my accounts in the meantime.',
    ),
    OOO,
  ],
  [
    'Second batch guard: working remotely, replies delayed',
    autoReply(
      'Ruth Moss <ruth@example.net>',
      'Re: Agenda',
      RFC3834,
      "I'm working remotely this week and my responses may be delayed. Thanks for your patience.",
    ),
    OOO,
  ],
  [
    'Second batch guard: German, im Urlaub, ab dem 5. Januar wieder erreichbar',
    autoReply(
      'Stefan Roth <s.roth@example.org>',
      'Abwesenheitsnotiz: Projekt',
      EXCHANGE_AUTO,
      'Ich bin im Urlaub und ab dem 5. Januar wieder erreichbar. Ihre Nachricht wird nicht weitergeleitet.',
    ),
    OOO,
  ],
  [
    'Second batch guard: Spanish, de vacaciones',
    autoReply(
      'Marta Díaz <marta@example.com>',
      'Respuesta automática: Catálogo',
      EXCHANGE_AUTO,
      'Estoy de vacaciones hasta el 10 de enero, sin acceso al correo. Para urgencias: oficina@example.com.',
    ),
    OOO,
  ],
];
