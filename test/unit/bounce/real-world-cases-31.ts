import type { RealWorldCase } from './real-world-cases.js';
import { lines, USER_UNKNOWN } from './real-world-expectations.js';

/*
 * A thirty-first held-out round, a second pass over round 15's ground: mail that reaches an admin looking like a
 * bounce but is NOT a failed delivery, or not yet one. The product must never claim a failure that did not
 * happen. Out-of-office replies in new wordings (Exchange 2003-2007's "Out of Office AutoReply:", Gmail's
 * vacation responder in German, Zimbra in French and Italian, Dovecot Sieve in Spanish, Dutch, Portuguese and
 * Japanese with an encoded subject, HCL Notes' "Abwesenheitsnotiz"), challenge-response systems (cPanel
 * BoxTrapper, Spam Arrest, EarthLink spamBlocker, a generic "confirm you are human" gateway), success DSNs
 * (Action: delivered / relayed / expanded from Exim, Sendmail, Postfix and Exchange, in English, German, French
 * and Spanish), read receipts (MDN displayed / deleted / processed from Gmail, Roundcube, Thunderbird and Outlook;
 * Outlook's text notices in German and French), list holds (Mailman 2 and 3 with new hold reasons, Google
 * Groups, Sympa in French, LISTSERV), quarantine digests and holds told to the recipient (Microsoft Defender,
 * Mimecast, Proofpoint, Cisco Secure Email, Google Workspace), Outlook recall messages, and delay warnings that
 * must read as not final (Gmail, Exchange 2010's 400 4.4.7 "Message delayed", Exchange Online in German and
 * French, Sendmail, Postfix, Exim). Guards that ARE failures inside such wrappers: a Sendmail DSN with one
 * recipient failed and one still delayed, an NDR of an auto-reply, a Gmail NDR whose returned message is an
 * auto-reply, Exchange's 4.4.7 QUEUE.Expired (a 4.x code, but final), Postfix giving up after its deferrals,
 * BoxTrapper's blacklist refusal, a Mailman 3 rejection and an Exchange moderation expiry.
 * ROUND_31 holds the texts that give a record; NOT_FAILURE_31 those that must give none, or only a non-failure
 * record (tested in real-world-15.test.ts). Written from knowledge of the products' wordings, none from the
 * development corpus, measured before any rule was changed:
 *   round 31  57 cases (35 with a record, 22 that must give no failure record), 50 right as written (88 %): 30
 *             of 35 with a record, 20 of 22 without. The 7 wrong: a Sendmail DSN with one recipient failed and one
 *             delayed gave the delayed one the other's 550 5.1.1 (its text mention ran on into the next group's
 *             Diagnostic-Code); Exchange's German NDR of an out-of-office ("Unzustellbar: Automatische Antwort:")
 *             read as the out-of-office, only English failure words counting in a subject; BoxTrapper's blacklist
 *             reply read as an auto-reply; Mailman 3's rejection ("The message is not from a list member") read as
 *             a refused connection; Exchange's Spanish "Entregado:" receipt from postmaster@ read as a failure
 *             of unknown cause; Mimecast's digest ("were not delivered to your inbox because they were identified
 *             as spam") read as spam-filtered; and a Sendmail delay's "451 4.3.0 Temporary system failure" read as
 *             'server-unavailable', the catalogue's other id for the same systemerror: that expectation aligned.
 *   fixed     as data: localised "Delivered:" receipts (German, French, Spanish, Italian, Portuguese) as success
 *             notices and Mimecast's "messages on hold" as a hold (not-failure-notices.ts); 'not from a list
 *             member' with the list-restriction wording (reply-phrases.ts). In code: a subject's own part that
 *             holds a notice heading word of any language (notice-headings.ts) is no auto-reply
 *             (notice-kind.ts); with several DSN recipients, a recipient's text mention is read only up to the DSN
 *             fields (read-bounce.ts), as its context already was. 56 of 57 right; BoxTrapper's blacklist reply
 *             stays knownWrong. Corpus 366/383, reply codes 261/274.
 *   then      a second batch of 17 (SECOND_BATCH_31: 9 with a record, 8 without: Sieve in European Portuguese,
 *             Zimbra in Dutch, Thunderbird's "Return Receipt (deleted)", Outlook's Spanish "Leído:" MDN, a Postfix
 *             delay for TLS not offered, a Sendmail 4-hour warning over quota, Exchange 2016's German delay text,
 *             Exim's "retry time not reached … after a long failure period", a French NDR of an out-of-office;
 *             Exim's success text pasted, BoxTrapper's release, a German challenge, Mailman 2 and 3 holds,
 *             Sophos and Barracuda digests, a French recall success), written after the fixes and measured
 *             before any change: 15 of 17 right as written. Wrong: Exchange's German delay text ("DIES IST NUR
 *             EINE WARNUNG … wurde verzögert") read as a failure of unknown cause, and the TLS delay's reason
 *             expected without Sisimai's 'failedstarttls' (our expectation, aligned). Fixed as data: Exchange's
 *             English and German delay DSN sentences as delay words (notice-headings.ts). 17 of 17 right.
 *             In all 74, 65 right as written (88 %), 73 after. Corpus 366/383, reply codes 261/274.
 */

const AUTO = { cause: 'auto-reply', reason: 'vacation', side: 'recipient', permanent: false } as const;
const DELIVERED = { cause: 'delivered', reason: 'delivered', permanent: false } as const;
const READ = { cause: 'read-receipt', reason: 'delivered', permanent: false } as const;
const DELAYED = { cause: 'delivery-delayed', reason: 'expired', permanent: false } as const;
const LIST_REFUSAL = {
  cause: ['recipient-restricted', 'blocked-by-recipient', 'policy-violation'],
  reason: ['rejected', 'securityerror', 'policyviolation'],
} as const;

/** Non-failure causes a record of an ambiguous non-bounce may carry. */
const AUTO_OR_NONE = ['auto-reply'] as const;

const mail = (headers: string[], ...body: string[]) => lines(...headers, '', ...body);

const autoReply = (from: string, subject: string, headers: string[], ...body: string[]) =>
  mail(
    [
      `From: ${from}`,
      'To: Alice <alice@example.com>',
      `Subject: ${subject}`,
      'Date: Tue, 1 Dec 2026 08:14:22 +0100',
      'Message-ID: <ar-20261201081422@example.org>',
      ...headers,
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
    ],
    ...body,
  );

const report = (
  headers: string[],
  type: 'delivery-status' | 'disposition-notification',
  text: string[],
  fields: string[],
) =>
  mail(
    [
      ...headers,
      'MIME-Version: 1.0',
      `Content-Type: multipart/report; report-type=${type}; boundary="R31-b0und"`,
    ],
    'This is a MIME-encapsulated message.',
    '',
    '--R31-b0und',
    'Content-Type: text/plain; charset=utf-8',
    '',
    ...text,
    '',
    '--R31-b0und',
    `Content-Type: message/${type}`,
    '',
    ...fields,
    '',
    '--R31-b0und--',
  );

const OUT_OF_OFFICE_31: RealWorldCase[] = [
  [
    'Exchange 2007: "Out of Office AutoReply:" with Auto-Submitted auto-generated',
    autoReply(
      'Bob Example <bob@example.org>',
      'Out of Office AutoReply: Q1 budget',
      [
        'Auto-Submitted: auto-generated',
        'X-Auto-Response-Suppress: All',
        'X-MS-Exchange-Inbox-Rules-Loop: bob@example.org',
      ],
      'I am out of the office until 7 December with limited access to email.',
      'For urgent matters please call the front desk.',
    ),
    { ...AUTO, recipient: 'bob@example.org' },
  ],
  [
    'Gmail vacation responder in German, its own subject ("Urlaub bis 14.12.")',
    autoReply(
      'Bernd Beispiel <bernd@gmail.com>',
      'Urlaub bis 14.12.',
      ['Auto-Submitted: auto-replied', 'Precedence: bulk'],
      'Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 14. Dezember im Urlaub und habe keinen Zugriff auf meine E-Mails.',
      'In dringenden Fällen wenden Sie sich bitte an carla@example.org.',
    ),
    { ...AUTO, recipient: 'bernd@gmail.com' },
  ],
  [
    'Zimbra vacation in French: "Absent jusqu\'au 14 décembre"',
    autoReply(
      'Benoît Exemple <benoit@example.org>',
      "Absent jusqu'au 14 décembre",
      ['Auto-Submitted: auto-replied (zimbra; vacation)', 'Precedence: bulk'],
      'Bonjour,',
      'Je suis absent du bureau jusqu’au 14 décembre inclus, sans accès à ma messagerie.',
      'Pour toute urgence, merci de contacter claire@example.org.',
    ),
    { ...AUTO, recipient: 'benoit@example.org' },
  ],
  [
    'Zimbra vacation in Italian: "Fuori sede" with "Re:" subject',
    autoReply(
      'bruno@example.org',
      'Re: Q1 budget',
      ['Auto-Submitted: auto-replied (zimbra; vacation)', 'Precedence: bulk'],
      'Sono fuori sede fino al 14 dicembre con accesso limitato alla posta elettronica.',
      'Per urgenze contattare chiara@example.org.',
    ),
    AUTO,
  ],
  [
    'Dovecot Sieve vacation in Spanish: "Fuera de la oficina"',
    autoReply(
      '<beatriz@example.org>',
      'Fuera de la oficina: Q1 budget',
      ['Auto-Submitted: auto-replied (vacation)'],
      'Estoy fuera de la oficina hasta el 14 de diciembre. Responderé a su mensaje a mi regreso.',
    ),
    { ...AUTO, recipient: 'beatriz@example.org' },
  ],
  [
    'Dovecot Sieve vacation in Dutch: "Afwezig" with Precedence: bulk',
    autoReply(
      '<bram@example.org>',
      'Afwezig: Q1 budget',
      ['Auto-Submitted: auto-replied (vacation)', 'Precedence: bulk'],
      'Ik ben afwezig tot en met 14 december en lees mijn e-mail niet. Voor dringende zaken kunt u contact opnemen met carla@example.org.',
    ),
    { ...AUTO, recipient: 'bram@example.org' },
  ],
  [
    'Brazilian Portuguese vacation reply: "Ausente do escritório"',
    autoReply(
      'Bruna Exemplo <bruna@example.com.br>',
      'Ausente do escritório',
      ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
      'Olá! Estou ausente do escritório até 14 de dezembro, com acesso limitado ao e-mail.',
      'Em caso de urgência, fale com carla@example.com.br.',
    ),
    { ...AUTO, recipient: 'bruna@example.com.br' },
  ],
  [
    'Japanese vacation reply, UTF-8 encoded-word subject ("不在のお知らせ")',
    autoReply(
      'Taro Yamada <taro@example.co.jp>',
      '=?UTF-8?B?5LiN5Zyo44Gu44GK55+l44KJ44GbICgx5pyIMTnml6Xjgb7jgacp?=',
      ['Auto-Submitted: auto-replied'],
      'お世話になっております。',
      '誠に勝手ながら、12月14日まで不在にしております。',
      '戻り次第、順次ご返信いたします。',
    ),
    { ...AUTO, recipient: 'taro@example.co.jp' },
  ],
  [
    'HCL Notes: "Abwesenheitsnotiz:" with $AutoForward-style headers only',
    autoReply(
      'Bettina Beispiel <bettina@example.de>',
      'Abwesenheitsnotiz: Q1 budget',
      ['Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All'],
      'Ich werde ab 01.12.2026 nicht im Büro sein. Ich kehre zurück am 14.12.2026.',
      'Ich werde Ihre Nachricht nach meiner Rückkehr beantworten.',
    ),
    { ...AUTO, recipient: 'bettina@example.de' },
  ],
];

const DELIVERED_31: RealWorldCase[] = [
  [
    'Exim success DSN: "successfully delivered to all of the following addresses", Action: delivered',
    report(
      [
        'From: Mail Delivery System <Mailer-Daemon@mail.example.com>',
        'To: alice@example.com',
        'Subject: Delivery Status Notification',
        'Auto-Submitted: auto-replied',
      ],
      'delivery-status',
      [
        'This message was created automatically by mail delivery software.',
        '',
        'Your message has been successfully delivered to all of the following addresses.',
        '',
        '  bob@example.org',
      ],
      [
        'Reporting-MTA: dns; mail.example.com',
        '',
        'Final-Recipient: rfc822;bob@example.org',
        'Action: delivered',
        'Status: 2.0.0',
        'Remote-MTA: dns; mx.example.org',
        'Diagnostic-Code: smtp; 250 2.0.0 Ok: queued as 4Qx1Ab2Cd3z',
      ],
    ),
    { ...DELIVERED, recipient: 'bob@example.org' },
  ],
  [
    'Postfix "Successful Mail Delivery Report": relayed to Gmail, 250 in the diagnostic',
    report(
      [
        'From: MAILER-DAEMON@mail.example.com (Mail Delivery System)',
        'To: alice@example.com',
        'Subject: Successful Mail Delivery Report',
        'Auto-Submitted: auto-replied',
      ],
      'delivery-status',
      [
        'This is the mail system at host mail.example.com.',
        '',
        'Your message was successfully delivered to the destination(s)',
        'listed below. If the message was delivered to mailbox you will',
        'receive no further notifications. Otherwise you may still receive',
        'notifications of mail delivery errors from other systems.',
        '',
        '                   The mail system',
        '',
        '<bob@gmail.com>: delivery via gmail-smtp-in.l.google.com[142.250.102.27]:25:',
        '    250 2.0.0 OK  1764580462 a1b2c3d4e5si123.45 - gsmtp',
      ],
      [
        'Reporting-MTA: dns; mail.example.com',
        'X-Postfix-Queue-ID: 4Qx1Ab2Cd3z',
        'Arrival-Date: Tue,  1 Dec 2026 08:14:20 +0100 (CET)',
        '',
        'Final-Recipient: rfc822; bob@gmail.com',
        'Original-Recipient: rfc822;bob@gmail.com',
        'Action: relayed',
        'Status: 2.0.0',
        'Remote-MTA: dns; gmail-smtp-in.l.google.com',
        'Diagnostic-Code: smtp; 250 2.0.0 OK  1764580462 a1b2c3d4e5si123.45 - gsmtp',
      ],
    ),
    { cause: 'delivered', reason: 'delivered', recipient: 'bob@gmail.com', permanent: false },
  ],
  [
    'Sendmail "Return receipt": alias expanded (Action: expanded)',
    report(
      [
        'From: Mail Delivery Subsystem <MAILER-DAEMON@mail.example.com>',
        'To: <alice@example.com>',
        'Subject: Return receipt',
        'Auto-Submitted: auto-generated (return-receipt)',
      ],
      'delivery-status',
      [
        'The original message was received at Tue, 1 Dec 2026 08:14:20 +0100',
        'from client.example.com [203.0.113.20]',
        '',
        '   ----- The following addresses had successful delivery notifications -----',
        '<staff@example.com>  (expanded: to multiple recipients)',
      ],
      [
        'Reporting-MTA: dns; mail.example.com',
        'Received-From-MTA: DNS; client.example.com',
        '',
        'Final-Recipient: RFC822; staff@example.com',
        'Action: expanded (to multi-recipient alias)',
        'Status: 2.0.0',
      ],
    ),
    { ...DELIVERED, recipient: 'staff@example.com' },
  ],
  [
    'Exchange German "Übermittelt:" receipt with Action: delivered',
    report(
      [
        'From: Microsoft Outlook <postmaster@example.de>',
        'To: alice@example.com',
        'Subject: Übermittelt: Q1 budget',
        'Auto-Submitted: auto-replied',
        'Content-Language: de-DE',
      ],
      'delivery-status',
      [
        'Ihre Nachricht wurde an die folgenden Empfänger übermittelt:',
        '',
        'bettina@example.de (bettina@example.de)',
        '',
        'Betreff: Q1 budget',
      ],
      [
        'Reporting-MTA: dns;mail.example.de',
        '',
        'Final-recipient: RFC822; bettina@example.de',
        'Action: delivered',
        'Status: 2.0.0',
        'X-Display-Name: Bettina Beispiel',
      ],
    ),
    { ...DELIVERED, recipient: 'bettina@example.de' },
  ],
  [
    'Exchange "Relayed:" with a relay that failed the word test ("no delivery notification")',
    report(
      ['From: postmaster@example.com', 'To: alice@example.com', 'Subject: Relayed: Contract signed?'],
      'delivery-status',
      [
        'Delivery to these recipients or groups is complete, but no delivery notification was sent by the destination server:',
        '',
        'bob@example.net (bob@example.net)',
        '',
        'Subject: Contract signed?',
      ],
      [
        'Reporting-MTA: dns;mail.example.com',
        '',
        'Final-recipient: RFC822; bob@example.net',
        'Action: relayed',
        'Status: 2.0.0',
        'Remote-MTA: dns; mx.example.net',
      ],
    ),
    { ...DELIVERED, recipient: 'bob@example.net' },
  ],
];

const READ_31: RealWorldCase[] = [
  [
    'Gmail (Workspace) read receipt: "has been displayed on the recipient\'s computer"',
    report(
      ['From: Bob Example <bob@example.org>', 'To: alice@example.com', 'Subject: Read: Q1 budget'],
      'disposition-notification',
      [
        'This is a receipt for the mail you sent to',
        'bob@example.org',
        'at 12/1/2026, 8:14 AM',
        '',
        "This receipt verifies that the message has been displayed on the recipient's computer at 12/1/2026, 9:02 AM",
      ],
      [
        'Reporting-UA: Gmail',
        'Final-Recipient: rfc822; bob@example.org',
        'Original-Message-ID: <CAF31abcd@mail.gmail.com>',
        'Disposition: manual-action/MDN-sent-manually; displayed',
      ],
    ),
    { ...READ, recipient: 'bob@example.org' },
  ],
  [
    'Roundcube return receipt ("only acknowledges that the message was displayed")',
    report(
      ['From: bob@example.org', 'To: alice@example.com', 'Subject: Read: Q1 budget'],
      'disposition-notification',
      [
        'This is a return receipt for the mail that you sent to bob@example.org.',
        '',
        "Note: This return receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.",
      ],
      [
        'Reporting-UA: Roundcube Webmail',
        'Original-Recipient: rfc822;bob@example.org',
        'Final-Recipient: rfc822;bob@example.org',
        'Original-Message-ID: <a31b2c3d@example.com>',
        'Disposition: manual-action/MDN-sent-manually; displayed',
      ],
    ),
    { ...READ, recipient: 'bob@example.org' },
  ],
  [
    'Thunderbird German "Empfangsbestätigung (angezeigt)"',
    report(
      [
        'From: Bernd Beispiel <bernd@example.de>',
        'To: alice@example.com',
        'Subject: Empfangsbestätigung (angezeigt) - Q1 budget',
      ],
      'disposition-notification',
      [
        'Dies ist eine Empfangsbestätigung für die Nachricht, die Sie an Bernd Beispiel <bernd@example.de> gesendet haben.',
        '',
        'Hinweis: Diese Empfangsbestätigung sagt nur aus, dass die Nachricht angezeigt wurde. Es gibt keine Garantie, dass der Inhalt gelesen oder verstanden wurde.',
      ],
      [
        'Reporting-UA: example.de; Thunderbird 128.5.0',
        'Final-Recipient: rfc822;bernd@example.de',
        'Original-Message-ID: <b31c2d3e@example.com>',
        'Disposition: manual-action/MDN-sent-manually; displayed',
      ],
    ),
    { ...READ, recipient: 'bernd@example.de' },
  ],
  [
    'Outlook "Not read:" MDN: deleted without being read',
    report(
      ['From: Bob Example <bob@example.org>', 'To: alice@example.com', 'Subject: Not read: Q1 budget'],
      'disposition-notification',
      [
        'Your message',
        '',
        '  To: Bob Example',
        '  Subject: Q1 budget',
        '  Sent: Tuesday, December 1, 2026 8:14:20 AM (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna',
        '',
        ' was deleted without being read on Tuesday, December 1, 2026 10:40:03 AM (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.',
      ],
      [
        'Final-Recipient: RFC822; bob@example.org',
        'Disposition: automatic-action/MDN-sent-automatically; deleted',
        'X-MSExch-Correlation-Key: c2VjcmV0',
        'Original-Message-ID: <c31d2e3f@example.com>',
      ],
    ),
    { ...READ, recipient: 'bob@example.org' },
  ],
  [
    'MDN "processed" from a ticket system (no failure, only processed)',
    report(
      ['From: helpdesk@example.org', 'To: alice@example.com', 'Subject: Disposition notification'],
      'disposition-notification',
      ['The message you sent to helpdesk@example.org was processed.'],
      [
        'Reporting-UA: helpdesk.example.org; Example Helpdesk 5.2',
        'Final-Recipient: rfc822;helpdesk@example.org',
        'Original-Message-ID: <d31e2f3a@example.com>',
        'Disposition: automatic-action/MDN-sent-automatically; processed',
      ],
    ),
    { ...READ, recipient: 'helpdesk@example.org' },
  ],
];

const DELAYS_31: RealWorldCase[] = [
  [
    'Gmail delay: greylisted 451 4.7.1, "Gmail will retry for 47 more hours"',
    mail(
      [
        'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
        'To: alice@gmail.com',
        'Subject: Delivery Status Notification (Delay)',
      ],
      '** Message delayed **',
      '',
      "There was a temporary problem delivering your message to bob@example.org. Gmail will retry for 47 more hours. You'll be notified if the delivery fails permanently.",
      '',
      'The response from the remote server was:',
      '451 4.7.1 <bob@example.org>: Recipient address rejected: Greylisted, see https://postgrey.schweikert.ch/help/example.org.html',
    ),
    {
      cause: ['delivery-delayed', 'greylisted'],
      reason: ['expired', 'blocked', 'onhold'],
      recipient: 'bob@example.org',
      replyCode: 451,
      status: '4.7.1',
      permanent: false,
    },
  ],
  [
    'Exchange 2010 "Delivery Status Notification (Delay)": 400 4.4.7 Message delayed',
    report(
      [
        'From: postmaster@example.com',
        'To: alice@example.com',
        'Subject: Delivery Status Notification (Delay)',
      ],
      'delivery-status',
      [
        'This is an automatically generated Delivery Status Notification.',
        '',
        'THIS IS A WARNING MESSAGE ONLY.',
        '',
        'YOU DO NOT NEED TO RESEND YOUR MESSAGE.',
        '',
        'Delivery to the following recipients has been delayed.',
        '',
        '       bob@example.org',
      ],
      [
        'Reporting-MTA: dns;EX01.example.com',
        'Received-From-MTA: dns;EX01.example.com',
        'Arrival-Date: Tue, 1 Dec 2026 08:14:20 +0000',
        '',
        'Final-Recipient: rfc822;bob@example.org',
        'Action: delayed',
        'Status: 4.4.7',
        'Diagnostic-Code: smtp;400 4.4.7 Message delayed',
        'Will-Retry-Until: Thu, 3 Dec 2026 08:14:20 +0000',
      ],
    ),
    { ...DELAYED, recipient: 'bob@example.org' },
  ],
  [
    'Exchange Online in German: "Zustellung verzögert:"',
    mail(
      ['From: postmaster@example.de', 'To: alice@example.de', 'Subject: Zustellung verzögert: Q1 budget'],
      'Die Zustellung an diese Empfänger oder Gruppen ist verzögert:',
      '',
      'bob@example.org (bob@example.org)',
      '',
      'Betreff: Q1 budget',
      '',
      'Diese Nachricht wurde noch nicht zugestellt. Es wird weiterhin versucht, die Nachricht zuzustellen.',
      '',
      'Der Server versucht noch 1 Tage, 19 Stunden und 52 Minuten lang, die Nachricht zuzustellen. Sie werden benachrichtigt, wenn die Nachricht bis dahin nicht zugestellt werden kann.',
    ),
    { ...DELAYED, recipient: 'bob@example.org' },
  ],
  [
    'Exchange Online in French: "Remise différée :"',
    mail(
      ['From: postmaster@example.fr', 'To: alice@example.fr', 'Subject: Remise différée : Q1 budget'],
      'La remise à ces destinataires ou groupes est différée :',
      '',
      'bob@example.org (bob@example.org)',
      '',
      'Objet : Q1 budget',
      '',
      "Ce message n'a pas encore été remis. La remise sera tentée à nouveau.",
      '',
      "Le serveur va continuer d'essayer de remettre ce message pendant 1 jours, 19 heures et 52 minutes. Vous serez averti si le message ne peut pas être remis pendant ce délai.",
    ),
    { ...DELAYED, recipient: 'bob@example.org' },
  ],
  [
    'Sendmail 4-hour warning: 451 4.3.0 temporary failure, with Action: delayed',
    report(
      [
        'From: Mail Delivery Subsystem <MAILER-DAEMON@mail.example.com>',
        'To: <alice@example.com>',
        'Subject: Warning: could not send message for past 4 hours',
        'Auto-Submitted: auto-generated (warning-timeout)',
      ],
      'delivery-status',
      [
        '    **********************************************',
        '    **      THIS IS A WARNING MESSAGE ONLY      **',
        '    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **',
        '    **********************************************',
        '',
        'The original message was received at Tue, 1 Dec 2026 04:10:00 +0100',
        'from client.example.com [203.0.113.20]',
        '',
        '   ----- Transcript of session follows -----',
        '... while talking to mx.example.org.:',
        '>>> DATA',
        '<<< 451 4.3.0 Temporary system failure. Please try again later.',
        '<bob@example.org>... Deferred: 451 4.3.0 Temporary system failure. Please try again later.',
        'Warning: message still undelivered after 4 hours',
        'Will keep trying until message is 5 days old',
      ],
      [
        'Reporting-MTA: dns; mail.example.com',
        '',
        'Final-Recipient: RFC822; bob@example.org',
        'Action: delayed',
        'Status: 4.3.0',
        'Remote-MTA: DNS; mx.example.org',
        'Diagnostic-Code: SMTP; 451 4.3.0 Temporary system failure. Please try again later.',
        'Will-Retry-Until: Sun, 6 Dec 2026 04:10:00 +0100',
      ],
    ),
    {
      // Aligned after measuring: 'server-unavailable' is the catalogue's other id for a receiver's temporary
      // system failure (reason systemerror all the same).
      cause: ['delivery-delayed', 'system-error', 'server-unavailable'],
      reason: ['expired', 'systemerror'],
      recipient: 'bob@example.org',
      replyCode: 451,
      status: '4.3.0',
      permanent: false,
    },
  ],
  [
    'Postfix "Delayed Mail (still being retried)": Host not found, try again',
    report(
      [
        'From: MAILER-DAEMON@mail.example.com (Mail Delivery System)',
        'To: alice@example.com',
        'Subject: Delayed Mail (still being retried)',
        'Auto-Submitted: auto-replied',
      ],
      'delivery-status',
      [
        'This is the mail system at host mail.example.com.',
        '',
        '####################################################################',
        '# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #',
        '####################################################################',
        '',
        'Your message could not be delivered for more than 4 hour(s).',
        'It will be retried until it is 5 day(s) old.',
        '',
        '<bob@example.org>: Host or domain name not found. Name service error for',
        '    name=example.org type=MX: Host not found, try again',
      ],
      [
        'Reporting-MTA: dns; mail.example.com',
        '',
        'Final-Recipient: rfc822; bob@example.org',
        'Action: delayed',
        'Status: 4.4.3',
        'Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error',
        '    for name=example.org type=MX: Host not found, try again',
        'Will-Retry-Until: Sun, 6 Dec 2026 08:14:20 +0100 (CET)',
      ],
    ),
    {
      cause: ['delivery-delayed', 'dns-failure'],
      reason: ['expired', 'networkerror'],
      recipient: 'bob@example.org',
      status: '4.4.3',
      permanent: false,
    },
  ],
  [
    'Exim "Warning: message delayed 48 hours": 452 4.2.2 mailbox full',
    mail(
      [
        'From: Mail Delivery System <Mailer-Daemon@mail.example.com>',
        'To: alice@example.com',
        'Subject: Warning: message 1vQz8X-0004Ab-3C delayed 48 hours',
        'Auto-Submitted: auto-replied',
      ],
      'This message was created automatically by mail delivery software.',
      '',
      'A message that you sent has not yet been delivered to one or more of its',
      'recipients after more than 48 hours on the queue on mail.example.com.',
      '',
      'The message identifier is:     1vQz8X-0004Ab-3C',
      'The subject of the message is: Q1 budget',
      'The date of the message is:    Tue, 01 Dec 2026 08:14:20 +0100',
      '',
      'The address to which the message has not yet been delivered is:',
      '',
      '  bob@example.org',
      '    host mx.example.org [192.0.2.25]',
      '    Delay reason: SMTP error from remote mail server after RCPT TO:<bob@example.org>:',
      '    452 4.2.2 <bob@example.org>: Mailbox is full',
      '',
      'No action is required on your part. Delivery attempts will continue for',
      'some time, and this warning may be repeated at intervals if the message',
      'remains undelivered. Eventually the mail delivery software will give up,',
      'and when that happens, the message will be returned to you.',
    ),
    {
      cause: ['mailbox-full', 'delivery-delayed'],
      reason: ['mailboxfull', 'expired'],
      recipient: 'bob@example.org',
      replyCode: 452,
      status: '4.2.2',
      permanent: false,
    },
  ],
];

const GUARDS_31: RealWorldCase[] = [
  [
    'Guard: Sendmail DSN, one recipient failed (record 1 of 2: carol, 550 5.1.1, final)',
    sendmailMixed(),
    { ...USER_UNKNOWN, recipient: 'carol@example.net', replyCode: 550, status: '5.1.1', permanent: true },
  ],
  [
    'Guard: Sendmail DSN, one recipient still delayed (record 2 of 2: bob, not final)',
    sendmailMixed(),
    {
      cause: ['delivery-delayed', 'recipient-server-unreachable'],
      reason: ['expired', 'networkerror'],
      recipient: 'bob@example.org',
      permanent: false,
      index: 1,
    },
  ],
  [
    'Guard: German NDR of an out-of-office ("Unzustellbar: Automatische Antwort:")',
    mail(
      [
        'From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.de>',
        'To: bettina@example.de',
        'Subject: Unzustellbar: Automatische Antwort: Q1 budget',
        'Auto-Submitted: auto-replied',
        'Content-Language: de-DE',
      ],
      'Die Zustellung an folgende Empfänger oder Gruppen ist fehlgeschlagen:',
      '',
      'alice@example.com',
      'Die eingegebene E-Mail-Adresse wurde nicht gefunden.',
      '',
      "Remote Server returned '550 5.1.1 <alice@example.com>: Recipient address rejected: User unknown in virtual mailbox table'",
    ),
    { ...USER_UNKNOWN, recipient: 'alice@example.com', replyCode: 550, status: '5.1.1', permanent: true },
  ],
  [
    'Guard: Gmail NDR whose returned message is an auto-reply (its Auto-Submitted in the attachment)',
    mail(
      [
        'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
        'To: bob@gmail.com',
        'Subject: Delivery Status Notification (Failure)',
        'MIME-Version: 1.0',
        'Content-Type: multipart/mixed; boundary="g31"',
      ],
      '--g31',
      'Content-Type: text/plain; charset=UTF-8',
      '',
      '** Address not found **',
      '',
      "Your message wasn't delivered to alice@example.com because the address couldn't be found, or is unable to receive mail.",
      '',
      'The response from the remote server was:',
      '550 5.1.1 <alice@example.com>: Recipient address rejected: User unknown in local recipient table',
      '',
      '--g31',
      'Content-Type: message/rfc822',
      '',
      'From: Bob <bob@gmail.com>',
      'To: alice@example.com',
      'Subject: Automatic reply: Q1 budget',
      'Auto-Submitted: auto-replied',
      '',
      'I am on holiday until 14 December.',
      '--g31--',
    ),
    { ...USER_UNKNOWN, recipient: 'alice@example.com', replyCode: 550, permanent: true },
  ],
  [
    'Guard: Exchange Online gives up, 550 4.4.7 QUEUE.Expired (a 4.x status, but final)',
    mail(
      [
        'From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com>',
        'To: alice@example.com',
        'Subject: Undeliverable: Q1 budget',
      ],
      'Delivery has failed to these recipients or groups:',
      '',
      'bob@example.org',
      "The message couldn't be delivered because the destination email server didn't respond within the allowed time. Please try sending the message again later, or contact the recipient's email administrator.",
      '',
      'Diagnostic information for administrators:',
      '',
      'Generating server: AM0PR01MB1234.eurprd01.prod.exchangelabs.com',
      '',
      'bob@example.org',
      "Remote Server returned '550 4.4.7 QUEUE.Expired; message expired'",
    ),
    {
      cause: ['delivery-expired', 'recipient-server-unreachable'],
      reason: 'expired',
      recipient: 'bob@example.org',
      status: '4.4.7',
      permanent: true,
    },
  ],
  [
    'Guard: Postfix gives up after its deferrals ("delivery temporarily suspended", Action: failed)',
    report(
      [
        'From: MAILER-DAEMON@mail.example.com (Mail Delivery System)',
        'To: alice@example.com',
        'Subject: Undelivered Mail Returned to Sender',
        'Auto-Submitted: auto-replied',
      ],
      'delivery-status',
      [
        'This is the mail system at host mail.example.com.',
        '',
        "I'm sorry to have to inform you that your message could not",
        "be delivered to one or more recipients. It's attached below.",
        '',
        '                   The mail system',
        '',
        '<bob@example.org>: delivery temporarily suspended: connect to',
        '    mx.example.org[192.0.2.25]:25: Connection timed out',
      ],
      [
        'Reporting-MTA: dns; mail.example.com',
        '',
        'Final-Recipient: rfc822; bob@example.org',
        'Action: failed',
        'Status: 4.4.1',
        'Diagnostic-Code: X-Postfix; delivery temporarily suspended: connect to',
        '    mx.example.org[192.0.2.25]:25: Connection timed out',
      ],
    ),
    {
      cause: ['delivery-expired', 'recipient-server-unreachable'],
      reason: ['expired', 'networkerror'],
      recipient: 'bob@example.org',
      permanent: true,
    },
  ],
  [
    'Guard: cPanel BoxTrapper blacklist reply (a real refusal)',
    autoReply(
      'bob@example.org',
      'Re: Q1 budget',
      ['X-Boxtrapper: yes', 'Auto-Submitted: auto-replied', 'Precedence: bulk'],
      'The email account bob@example.org has BoxTrapper enabled.',
      '',
      'The message you sent to bob@example.org was rejected because your email address is on the recipient’s blacklist.',
      'Your message was not delivered.',
    ),
    {
      cause: ['blocked-by-recipient', 'recipient-restricted'],
      reason: ['rejected', 'securityerror'],
      permanent: true,
    },
  ],
  [
    'Guard: Mailman 3 rejection ("was rejected for the following reasons")',
    mail(
      [
        'From: staff-owner@lists.example.org',
        'To: alice@example.com',
        'Subject: Request to mailing list "Staff" rejected',
      ],
      'Your message to the Staff mailing-list was rejected for the following',
      'reasons:',
      '',
      'The message is not from a list member',
      '',
      'The original message as received by Mailman is attached.',
    ),
    LIST_REFUSAL,
  ],
  [
    'Guard: Exchange moderated group, approval expired ("wasn\'t approved by a moderator")',
    mail(
      [
        'From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.org>',
        'To: alice@example.com',
        'Subject: Undeliverable: Q1 budget',
      ],
      'Delivery has failed to these recipients or groups:',
      '',
      'Staff (staff@example.org)',
      "Your message wasn't delivered because it wasn't approved by a moderator within the time allowed.",
      '',
      'Diagnostic information for administrators:',
      '',
      'Generating server: EX02.example.org',
      '',
      'staff@example.org',
      '#550 5.2.0 MODERATION.Expired; message approval expired ##',
    ),
    {
      cause: ['recipient-restricted', 'blocked-by-recipient', 'policy-violation', 'delivery-expired'],
      reason: ['rejected', 'securityerror', 'policyviolation', 'expired'],
      recipient: 'staff@example.org',
      permanent: true,
    },
  ],
];

function sendmailMixed(): string {
  return report(
    [
      'From: Mail Delivery Subsystem <MAILER-DAEMON@mail.example.com>',
      'To: <alice@example.com>',
      'Subject: Returned mail: see transcript for details',
      'Auto-Submitted: auto-generated (failure)',
    ],
    'delivery-status',
    [
      'The original message was received at Tue, 1 Dec 2026 04:10:00 +0100',
      'from client.example.com [203.0.113.20]',
      '',
      '   ----- The following addresses had permanent fatal errors -----',
      '<carol@example.net>',
      '    (reason: 550 5.1.1 <carol@example.net>... User unknown)',
      '',
      '   ----- The following addresses had transient non-fatal errors -----',
      '<bob@example.org>',
      '',
      '   ----- Transcript of session follows -----',
      '... while talking to mx.example.net.:',
      '>>> RCPT To:<carol@example.net>',
      '<<< 550 5.1.1 <carol@example.net>... User unknown',
      '550 5.1.1 <carol@example.net>... User unknown',
      '<bob@example.org>... Deferred: Connection timed out with mx.example.org.',
    ],
    [
      'Reporting-MTA: dns; mail.example.com',
      '',
      'Final-Recipient: RFC822; carol@example.net',
      'Action: failed',
      'Status: 5.1.1',
      'Remote-MTA: DNS; mx.example.net',
      'Diagnostic-Code: SMTP; 550 5.1.1 <carol@example.net>... User unknown',
      '',
      'Final-Recipient: RFC822; bob@example.org',
      'Action: delayed',
      'Status: 4.4.1',
      'Will-Retry-Until: Sun, 6 Dec 2026 04:10:00 +0100',
    ],
  );
}

// A second batch, written after the first batch's fixes and measured before any further change.
const SECOND_BATCH_31: RealWorldCase[] = [
  [
    'Dovecot Sieve vacation in European Portuguese: "Ausência:" subject',
    autoReply(
      '<beatriz@example.pt>',
      'Ausência: Q1 budget',
      ['Auto-Submitted: auto-replied (vacation)', 'Precedence: bulk'],
      'Encontro-me ausente até 14 de dezembro, sem acesso ao correio eletrónico.',
      'Para assuntos urgentes, contacte carla@example.pt.',
    ),
    { ...AUTO, recipient: 'beatriz@example.pt' },
  ],
  [
    'Zimbra vacation in Dutch: "Afwezigheidsbericht" subject',
    autoReply(
      'bram@example.nl',
      'Afwezigheidsbericht',
      ['Auto-Submitted: auto-replied (zimbra; vacation)', 'Precedence: bulk'],
      'Tot en met 14 december ben ik met vakantie. Uw bericht wordt niet doorgestuurd.',
    ),
    { ...AUTO, recipient: 'bram@example.nl' },
  ],
  [
    'Thunderbird "Return Receipt (deleted)": MDN deleted by hand',
    report(
      ['From: bob@example.org', 'To: alice@example.com', 'Subject: Return Receipt (deleted) - Q1 budget'],
      'disposition-notification',
      [
        'This is a Return Receipt for the mail that you sent to bob@example.org.',
        '',
        'Note: The message was deleted without being displayed. There is no guarantee that the message will not be read later.',
      ],
      [
        'Reporting-UA: example.org; Thunderbird 128.5.0',
        'Final-Recipient: rfc822;bob@example.org',
        'Original-Message-ID: <e31f2a3b@example.com>',
        'Disposition: manual-action/MDN-sent-manually; deleted',
      ],
    ),
    { ...READ, recipient: 'bob@example.org' },
  ],
  [
    'Outlook Spanish "Leído:" MDN',
    report(
      ['From: Beatriz Ejemplo <beatriz@example.es>', 'To: alicia@example.es', 'Subject: Leído: Q1 budget'],
      'disposition-notification',
      [
        'Su mensaje',
        '',
        '  Para: Beatriz Ejemplo',
        '  Asunto: Q1 budget',
        '  Enviado: martes, 1 de diciembre de 2026 8:14:20 (UTC+01:00) Bruselas, Copenhague, Madrid, París',
        '',
        ' se leyó el martes, 1 de diciembre de 2026 9:02:11 (UTC+01:00) Bruselas, Copenhague, Madrid, París.',
      ],
      [
        'Final-Recipient: RFC822; beatriz@example.es',
        'Disposition: automatic-action/MDN-sent-automatically; displayed',
        'Original-Message-ID: <f31a2b3c@example.es>',
      ],
    ),
    { ...READ, recipient: 'beatriz@example.es' },
  ],
  [
    'Postfix delayed DSN: TLS required but not offered (4.7.4), still retried',
    report(
      [
        'From: MAILER-DAEMON@mail.example.com (Mail Delivery System)',
        'To: alice@example.com',
        'Subject: Delayed Mail (still being retried)',
        'Auto-Submitted: auto-replied',
      ],
      'delivery-status',
      [
        'This is the mail system at host mail.example.com.',
        '',
        '####################################################################',
        '# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #',
        '####################################################################',
        '',
        'Your message could not be delivered for more than 4 hour(s).',
        'It will be retried until it is 5 day(s) old.',
        '',
        '<bob@example.org>: TLS is required, but was not offered by host',
        '    mx.example.org[192.0.2.25]',
      ],
      [
        'Reporting-MTA: dns; mail.example.com',
        '',
        'Final-Recipient: rfc822; bob@example.org',
        'Action: delayed',
        'Status: 4.7.4',
        'Diagnostic-Code: X-Postfix; TLS is required, but was not offered by host',
        '    mx.example.org[192.0.2.25]',
      ],
    ),
    {
      cause: ['delivery-delayed', 'tls-required', 'tls-failed'],
      // Aligned after measuring: Sisimai's reason for a missing STARTTLS is failedstarttls, left out as written.
      reason: ['expired', 'securityerror', 'networkerror', 'failedstarttls'],
      recipient: 'bob@example.org',
      status: '4.7.4',
      permanent: false,
    },
  ],
  [
    'Sendmail 4-hour warning: Deferred: 452 4.2.2 Over quota (text only)',
    mail(
      [
        'From: Mail Delivery Subsystem <MAILER-DAEMON@mail.example.com>',
        'To: <alice@example.com>',
        'Subject: Warning: could not send message for past 4 hours',
      ],
      '    **********************************************',
      '    **      THIS IS A WARNING MESSAGE ONLY      **',
      '    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **',
      '    **********************************************',
      '',
      'The original message was received at Tue, 1 Dec 2026 04:10:00 +0100',
      'from client.example.com [203.0.113.20]',
      '',
      '   ----- Transcript of session follows -----',
      '<bob@example.org>... Deferred: 452 4.2.2 Over quota',
      'Warning: message still undelivered after 4 hours',
      'Will keep trying until message is 5 days old',
    ),
    {
      cause: ['mailbox-full', 'delivery-delayed'],
      reason: ['mailboxfull', 'expired'],
      recipient: 'bob@example.org',
      replyCode: 452,
      status: '4.2.2',
      permanent: false,
    },
  ],
  [
    'Exchange 2016 delay DSN in German, text only ("DIES IST NUR EINE WARNUNG")',
    mail(
      [
        'From: postmaster@example.de',
        'To: alice@example.de',
        'Subject: Benachrichtigung zum Übermittlungsstatus (Verzögerung)',
      ],
      'Dies ist eine automatisch erstellte Benachrichtigung über den Übermittlungsstatus.',
      '',
      'DIES IST NUR EINE WARNUNG.',
      '',
      'SIE MÜSSEN IHRE NACHRICHT NICHT ERNEUT SENDEN.',
      '',
      'Die Übermittlung an folgende Empfänger wurde verzögert.',
      '',
      '       bob@example.org',
    ),
    { ...DELAYED, recipient: 'bob@example.org' },
  ],
  [
    'Guard: Exim gives up, "retry time not reached for any host after a long failure period"',
    mail(
      [
        'From: Mail Delivery System <Mailer-Daemon@mail.example.com>',
        'To: alice@example.com',
        'Subject: Mail delivery failed: returning message to sender',
        'Auto-Submitted: auto-replied',
      ],
      'This message was created automatically by mail delivery software.',
      '',
      'A message that you sent could not be delivered to one or more of its',
      'recipients. This is a permanent error. The following address(es) failed:',
      '',
      '  bob@example.org',
      "    retry time not reached for any host for 'example.org' after a long failure period",
    ),
    {
      cause: ['delivery-expired', 'recipient-server-unreachable'],
      reason: ['expired', 'networkerror'],
      recipient: 'bob@example.org',
      permanent: true,
    },
  ],
  [
    'Guard: French NDR of an out-of-office ("Non remis : Réponse automatique :")',
    mail(
      [
        'From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.fr>',
        'To: benoit@example.fr',
        'Subject: Non remis : Réponse automatique : Q1 budget',
        'Auto-Submitted: auto-replied',
      ],
      'La remise à ces destinataires ou groupes a échoué :',
      '',
      'alice@example.com',
      "L'adresse de messagerie que vous avez entrée est introuvable.",
      '',
      "Remote Server returned '550 5.1.1 <alice@example.com>: Recipient address rejected: User unknown'",
    ),
    { ...USER_UNKNOWN, recipient: 'alice@example.com', replyCode: 550, permanent: true },
  ],
];

const ALL_31: RealWorldCase[] = [
  ...OUT_OF_OFFICE_31,
  ...DELIVERED_31,
  ...READ_31,
  ...DELAYS_31,
  ...GUARDS_31,
  ...SECOND_BATCH_31,
];

/** Still wrong, with why (see `knownWrong`). */
const STILL_WRONG: Record<string, string> = {
  'Guard: cPanel BoxTrapper blacklist reply (a real refusal)':
    "Auto-Submitted: auto-replied under a 'Re:' subject, no code, no robot sender: its refusal sentence is what an out-of-office could say too ('my old address no longer works'), so it stays an auto-reply",
};

export const ROUND_31: RealWorldCase[] = ALL_31.map(([name, input, want]) => {
  const knownWrong = STILL_WRONG[name];
  return knownWrong ? [name, input, { ...want, knownWrong }] : [name, input, want];
});

/** Texts that must give no record, or only records whose cause `allow` lists. */
const NOT_FAILURE_TEXTS_31: [name: string, text: string, allow?: readonly string[]][] = [
  // Challenge-response: the message waits for the sender to prove itself; nothing failed yet.
  [
    'cPanel BoxTrapper verification request',
    autoReply(
      'bob@example.org',
      'Re: Q1 budget verify#bob@example.org-1764573262-2e5a',
      ['X-Boxtrapper: yes', 'Auto-Submitted: auto-replied', 'Precedence: bulk'],
      'The user bob@example.org is using a challenge/response email verification system.',
      '',
      'The message you sent requires that you verify that you are a real live human being and not a spam source.',
      '',
      'To complete this verification, simply reply to this message and leave the subject line intact or click the link below:',
      '',
      'https://example.org:2096/cgi-sys/bxd.cgi?a=bob@example.org&verify=2e5a',
      '',
      'The headers of the message sent from your address are shown below:',
      '',
      'From alice@example.com Tue Dec 01 08:14:22 2026',
      'Subject: Q1 budget',
    ),
    AUTO_OR_NONE,
  ],
  [
    'Spam Arrest verification request',
    autoReply(
      'Bob Example <bob@example.org>',
      'Re: Q1 budget [Verification Required]',
      ['Auto-Submitted: auto-replied', 'X-SpamArrest-Verify: yes'],
      'Hello,',
      '',
      'I protect myself from receiving junk mail with Spam Arrest. Please click the link below to complete the verification process. You have to do this only once.',
      '',
      'https://www.spamarrest.com/verify?id=31abcdef',
      '',
      'Your message will be delivered as soon as you verify your address.',
      'Unverified messages are deleted after 7 days.',
    ),
    AUTO_OR_NONE,
  ],
  [
    'EarthLink spamBlocker: "only from senders I have approved beforehand"',
    autoReply(
      'bob@earthlink.net',
      'Re: Q1 budget',
      ['Auto-Submitted: auto-replied'],
      'I apologize for this automatic reply to your email.',
      '',
      'To control spam, I now allow incoming messages only from senders I have approved beforehand.',
      '',
      'If you would like to be added to my list of approved senders, please fill out the short request form (see link below). Once I approve you, I will receive your original message in my inbox. You do not need to resend your message. I apologize for this one-time inconvenience.',
      '',
      'https://spamblocker.example.net/request?u=bob&k=31',
    ),
    AUTO_OR_NONE,
  ],
  [
    'generic gateway: "please confirm you are human", message held until then',
    mail(
      [
        'From: Spam Protection <no-reply@filter.example.org>',
        'To: alice@example.com',
        'Subject: Please confirm your message to bob@example.org',
        'Auto-Submitted: auto-generated',
      ],
      'This is an automated message from the spam protection system at example.org.',
      '',
      'Your message to bob@example.org with the subject "Q1 budget" has not been delivered yet: it is held until you confirm that you are a human sender.',
      '',
      'Please click the link below to confirm. You only need to do this once.',
      'https://filter.example.org/confirm/31f0c2',
      '',
      'Messages not confirmed within 7 days will be deleted.',
    ),
    AUTO_OR_NONE,
  ],
  // Success notices as text, in other languages.
  [
    'Exchange French "Remis :" receipt pasted as text',
    lines(
      'Remis : Q1 budget',
      '',
      'Votre message a été remis aux destinataires suivants :',
      '',
      'benoit@example.fr (benoit@example.fr)',
      '',
      'Objet : Q1 budget',
    ),
    ['delivered'],
  ],
  [
    'Exchange Spanish "Entregado:" receipt with headers',
    mail(
      ['From: postmaster@example.es', 'To: alicia@example.es', 'Subject: Entregado: Q1 budget'],
      'Su mensaje se entregó a los siguientes destinatarios:',
      '',
      'beatriz@example.es (beatriz@example.es)',
      '',
      'Asunto: Q1 budget',
    ),
    ['delivered'],
  ],
  // Outlook read notices as text, in other languages.
  [
    'Outlook German "Gelesen:" notice',
    mail(
      ['From: Bernd Beispiel <bernd@example.de>', 'To: alice@example.com', 'Subject: Gelesen: Q1 budget'],
      'Ihre Nachricht',
      '',
      '  An: Bernd Beispiel',
      '  Betreff: Q1 budget',
      '  Gesendet: Dienstag, 1. Dezember 2026 08:14:20 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien',
      '',
      ' wurde am Dienstag, 1. Dezember 2026 09:02:11 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien gelesen.',
    ),
    ['read-receipt'],
  ],
  [
    'Outlook French "Non lu :" notice (deleted without being read)',
    mail(
      ['From: Benoît Exemple <benoit@example.fr>', 'To: alice@example.com', 'Subject: Non lu : Q1 budget'],
      'Votre message',
      '',
      '  À : Benoît Exemple',
      '  Objet : Q1 budget',
      '  Envoyé : mardi 1 décembre 2026 08:14:20 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris',
      '',
      ' a été supprimé sans avoir été lu le mardi 1 décembre 2026 10:40:03 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.',
    ),
    ['read-receipt'],
  ],
  // List holds: waiting for a moderator, not refused.
  [
    'Mailman 2 hold: "Message has implicit destination"',
    mail(
      [
        'From: staff-bounces@lists.example.org',
        'To: alice@example.com',
        'Subject: Your message to Staff awaits moderator approval',
      ],
      "Your mail to 'Staff' with the subject",
      '',
      '    Q1 budget',
      '',
      'Is being held until the list moderator can review it for approval.',
      '',
      'The reason it is being held:',
      '',
      '    Message has implicit destination',
      '',
      'Either the message will get posted to the list, or you will receive',
      "notification of the moderator's decision.",
    ),
  ],
  [
    'Mailman 2 hold: "Message body is too big" (a size reason, still only held)',
    mail(
      [
        'From: staff-bounces@lists.example.org',
        'To: alice@example.com',
        'Subject: Your message to Staff awaits moderator approval',
      ],
      "Your mail to 'Staff' with the subject",
      '',
      '    Slides for Thursday',
      '',
      'Is being held until the list moderator can review it for approval.',
      '',
      'The reason it is being held:',
      '',
      '    Message body is too big: 2483021 bytes with a limit of 40 KB',
      '',
      'Either the message will get posted to the list, or you will receive',
      "notification of the moderator's decision.",
    ),
  ],
  [
    'Mailman 3 hold: "The message comes from a moderated member"',
    mail(
      [
        'From: staff-owner@lists.example.org',
        'To: alice@example.com',
        'Subject: Your message to staff@lists.example.org awaits moderator approval',
      ],
      'Your message to staff@lists.example.org with subject',
      '',
      '  Q1 budget',
      '',
      'is being held until the list moderator can review it for approval.',
      '',
      'The message is being held because:',
      '',
      '  The message comes from a moderated member',
      '',
      'Either the message will get posted to the list, or you will receive',
      "notification of the moderator's decision.",
    ),
  ],
  [
    'Google Groups: "pending moderation" with the group web address',
    mail(
      [
        'From: Google Groups <noreply@googlegroups.com>',
        'To: alice@example.com',
        'Subject: Your message to staff@example.com has been received and is pending moderation',
      ],
      'Your message to the group staff@example.com is pending moderation.',
      'A manager or owner of the group will review it. If it is approved, it will be posted to the group.',
      '',
      'Visit this group: https://groups.google.com/a/example.com/g/staff',
    ),
  ],
  [
    'Sympa in French: message transmis aux modérateurs',
    mail(
      [
        'From: SYMPA <sympa@lists.example.fr>',
        'To: alice@example.fr',
        'Subject: Modération de votre message',
      ],
      'Votre message pour la liste staff@lists.example.fr a été transmis aux modérateurs de la liste.',
      'Il sera diffusé dès qu’un modérateur l’aura accepté.',
    ),
  ],
  [
    'LISTSERV: submitted to the moderator',
    mail(
      [
        'From: "L-Soft list server at LISTS.EXAMPLE.ORG (17.0)" <LISTSERV@LISTS.EXAMPLE.ORG>',
        'To: alice@example.com',
        'Subject: Message "Q1 budget" sent to the moderator of the STAFF list',
      ],
      'Your message dated Tue, 1 Dec 2026 08:14:20 +0100 with subject "Q1 budget" has been submitted to the moderator of the STAFF list: carol@example.org.',
    ),
  ],
  // Quarantine notices sent to the recipient side: held, not bounced.
  [
    'Microsoft Defender quarantine notification ("Blocked" column, Release)',
    mail(
      [
        'From: Microsoft 365 <quarantine@messaging.microsoft.com>',
        'To: bob@example.org',
        'Subject: Microsoft 365 security: You have messages in quarantine',
      ],
      'Quarantine notification',
      '',
      '2 messages are being held for you to review',
      'Review these messages within 15 days of the received date by going to the Quarantine page.',
      '',
      'Sender           alice@example.com',
      'Subject          Q1 budget',
      'Date             12/1/2026 8:14:22 AM',
      'Quarantine reason High confidence spam',
      '',
      'Release   Review message   Block sender',
    ),
  ],
  [
    'Mimecast digest: "were not delivered to your inbox because they were identified as spam"',
    mail(
      [
        'From: Mimecast <postmaster@mimecast.com>',
        'To: bob@example.org',
        'Subject: Mimecast Digest: 2 messages on hold',
      ],
      'You have 2 messages on hold.',
      'The following messages were not delivered to your inbox because they were identified as spam.',
      'Click Release to deliver a message, Block to reject future messages from the sender, or Permit to always allow the sender.',
      '',
      'alice@example.com   Q1 budget   Spam Signature   Release | Block | Permit',
    ),
  ],
  [
    'Proofpoint: a message addressed to you is held for review (suspected phish)',
    mail(
      [
        'From: Proofpoint Email Protection <quarantine@example.org>',
        'To: bob@example.org',
        'Subject: A message addressed to you has been quarantined',
      ],
      'A message addressed to you has been quarantined by the email security system and is held for review.',
      '',
      'From: alice@example.com',
      'Subject: Q1 budget',
      'Reason: Suspected Phish',
      '',
      'If you believe this message is legitimate, click Request Release.',
    ),
  ],
  [
    'Cisco Secure Email spam quarantine notification ("blocked by your administrator")',
    mail(
      [
        'From: Spam Quarantine <spamquarantine@example.org>',
        'To: bob@example.org',
        'Subject: Spam Quarantine Notification',
      ],
      'Spam Quarantine Notification',
      '',
      'The message(s) below have been blocked by your administrator as suspected spam.',
      '',
      'There are 3 new messages in your Email Quarantine since you received your last Spam Quarantine Notification. If the messages below are spam, you do not need to take any action. Messages will be automatically removed from the quarantine after 14 day(s).',
      '',
      'From            Subject        Date',
      'alice@example.com  Q1 budget   01 Dec 2026',
      'Release',
    ),
  ],
  [
    'Google Workspace admin quarantine notice',
    mail(
      [
        'From: The Google Workspace Team <workspace-noreply@google.com>',
        'To: admin@example.org',
        'Subject: Message quarantined: Default inbound quarantine',
      ],
      'A message sent to bob@example.org from alice@example.com has been quarantined in "Default inbound quarantine" by a content compliance rule.',
      'Review it in the Admin console to release it to the recipient or reject it.',
    ),
  ],
  // Outlook recall messages.
  [
    'Outlook recall request as the recipient sees it ("would like to recall the message")',
    mail(
      [
        'From: Alice Example <alice@example.com>',
        'To: Bob Example <bob@example.org>',
        'Subject: Recall: Q1 budget',
      ],
      'Alice Example would like to recall the message, "Q1 budget".',
    ),
  ],
  [
    'Outlook German recall failure ("konnte nicht zurückgerufen werden")',
    mail(
      [
        'From: Bernd Beispiel <bernd@example.de>',
        'To: alice@example.com',
        'Subject: Fehler beim Nachrichtenrückruf: Q1 budget',
      ],
      'Ihre Nachricht',
      '',
      'An: Bernd Beispiel',
      'Betreff: Q1 budget',
      'Gesendet: Dienstag, 1. Dezember 2026 08:14:20 (UTC+01:00)',
      '',
      'konnte am Dienstag, 1. Dezember 2026 08:20:00 (UTC+01:00) nicht zurückgerufen werden.',
    ),
  ],
  // An out-of-office pasted without any header.
  [
    'German "Automatische Antwort:" pasted as text, no headers',
    lines(
      'Automatische Antwort: Q1 budget',
      '',
      'Vielen Dank für Ihre Nachricht. Ich bin bis zum 14.12. nicht im Büro. In dringenden Fällen wenden Sie sich an carla@example.de.',
    ),
    AUTO_OR_NONE,
  ],
  // Second batch, written after the first batch's fixes and measured before any further change.
  [
    'Exim success notice pasted as text, no DSN part',
    lines(
      'This message was created automatically by mail delivery software.',
      '',
      'Your message has been successfully delivered to all of the following addresses.',
      '',
      '  bob@example.org',
    ),
    ['delivered'],
  ],
  [
    'cPanel BoxTrapper: message released after verification',
    autoReply(
      'bob@example.org',
      'Re: Q1 budget',
      ['X-Boxtrapper: yes', 'Auto-Submitted: auto-replied'],
      'Your email address has been verified. The message you sent to bob@example.org has been released from the queue and delivered.',
    ),
    AUTO_OR_NONE,
  ],
  [
    'German challenge-response: "Bitte bestätigen Sie Ihre Nachricht" (held until confirmed)',
    mail(
      [
        'From: Spamschutz <no-reply@filter.example.de>',
        'To: alice@example.com',
        'Subject: Bitte bestätigen Sie Ihre Nachricht an bernd@example.de',
        'Auto-Submitted: auto-generated',
      ],
      'Ihre Nachricht an bernd@example.de mit dem Betreff "Q1 budget" wurde zurückgehalten, bis Sie bestätigen, dass Sie kein Spam-Versender sind.',
      'Bitte klicken Sie auf den folgenden Link: https://filter.example.de/bestaetigen/31ab',
      'Nicht bestätigte Nachrichten werden nach 7 Tagen gelöscht.',
    ),
    AUTO_OR_NONE,
  ],
  [
    'Mailman 2 hold: "Post to moderated list"',
    mail(
      [
        'From: staff-bounces@lists.example.org',
        'To: alice@example.com',
        'Subject: Your message to Staff awaits moderator approval',
      ],
      "Your mail to 'Staff' with the subject",
      '',
      '    Q1 budget',
      '',
      'Is being held until the list moderator can review it for approval.',
      '',
      'The reason it is being held:',
      '',
      '    Post to moderated list',
    ),
  ],
  [
    'Mailman 3 hold: "Message has more than 10 recipients"',
    mail(
      ['Subject: Your message to staff@lists.example.org awaits moderator approval'],
      'Your message to staff@lists.example.org with subject',
      '',
      '  Q1 budget',
      '',
      'is being held until the list moderator can review it for approval.',
      '',
      'The message is being held because:',
      '',
      '  Message has more than 10 recipients',
    ),
  ],
  [
    'Sophos quarantine digest: "quarantined because they were detected as spam"',
    mail(
      [
        'From: Sophos Email <do-not-reply@notifications.example.com>',
        'To: bob@example.org',
        'Subject: Quarantine digest: 3 messages',
      ],
      'You have 3 messages in your quarantine.',
      'These messages were quarantined because they were detected as spam. They will be deleted after 30 days.',
      '',
      'alice@example.com   Q1 budget   Spam   Release | Release and allow sender | Delete',
    ),
  ],
  [
    'Barracuda quarantine summary',
    mail(
      [
        'From: Barracuda Email Security Service <quarantine_notification@example.com>',
        'To: bob@example.org',
        'Subject: Quarantine Summary for bob@example.org',
      ],
      'The following messages have been quarantined since your last quarantine summary.',
      'Deliver: deliver the message to your inbox. Allow List: always deliver mail from this sender. Delete: remove the message.',
      '',
      'From: alice@example.com  Subject: Q1 budget  Deliver | Allow List | Delete',
    ),
  ],
  [
    'Outlook French recall success ("Rappel du message réussi")',
    mail(
      [
        'From: Benoît Exemple <benoit@example.fr>',
        'To: alice@example.com',
        'Subject: Rappel du message réussi : Q1 budget',
      ],
      'Votre message',
      '',
      'À : Benoît Exemple',
      'Objet : Q1 budget',
      'Envoyé : mardi 1 décembre 2026 08:14:20 (UTC+01:00)',
      '',
      'a été rappelé le mardi 1 décembre 2026 08:20:00 (UTC+01:00).',
    ),
  ],
];

/** Still wrong among the texts above, with why. */
const NOT_FAILURE_WRONG: Record<string, string> = {};

export const NOT_FAILURE_31: [name: string, text: string, allow: readonly string[], knownWrong?: string][] =
  NOT_FAILURE_TEXTS_31.map(([name, text, allow = []]) => {
    const knownWrong = NOT_FAILURE_WRONG[name];
    return knownWrong ? [name, text, allow, knownWrong] : [name, text, allow];
  });
