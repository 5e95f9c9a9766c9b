import type { RealWorldCase } from './real-world-cases.js';
import { lines, MAILBOX_FULL, postfixNoticeHead, USER_UNKNOWN } from './real-world-expectations.js';

/*
 * A sixty-second held-out round: mail that looks like a bounce but is not what it seems, as users forward it
 * to their admin. Phishing dressed as a delivery failure, a mailbox-full or quota notice, "messages held /
 * pending / on hold", "incoming messages failed", password expiry and mailbox deactivation, posing as
 * Microsoft 365, Outlook, webmail, cPanel and Zimbra: whole emails (plain, HTML only, quoted-printable,
 * base64) and pastes, in English, German, French, Spanish, Portuguese, Italian and Dutch (LURE_62: no record,
 * and "Not a bounce: this looks like phishing"). The genuine notices they imitate: quarantine digests
 * (Microsoft 365, Mimecast, Proofpoint, Barracuda, Sophos, Hornetsecurity), quota warnings (cPanel, Plesk,
 * Zimbra, Dovecot, Exchange, Microsoft 365, Google Workspace), an ESP's notice, one's own IT's password
 * reminder (NOTICE_62: never called phishing, a record only of the causes allowed). Backscatter: bounces from
 * Postfix, Exim, Sendmail, Exchange/Microsoft 365, qmail, MDaemon, Zimbra, Google, Yahoo, cPanel and a paste
 * whose returned copy failed the sender domain's SPF or DMARC where it was received (Authentication-Results,
 * Received-SPF, ARC) with no DKIM pass for it, and their look-alikes: forwarded and ARC-sealed copies, DKIM
 * passing, one's own outbound copies stamped by one's own server, refusals about authentication itself;
 * genuine bounces carrying help links (ROUND_62, in real-world-replies.test.ts).
 * Written from knowledge of these mails' wording, none from the development corpus, measured before any
 * rule was changed:
 *   round 62  61 cases (23 bounces, 25 lures, 13 genuine notices): 38 right as written (62 %); bounces 20 of
 *             23, lures 7 of 25, notices 11 of 13. Our error: Yahoo's "dd Not a valid recipient" relayed in
 *             its bounce without the stage is `filtered` by the project's Sisimai convention (widened). The
 *             rules' 22 misses:
 *             - false positives: Proofpoint Essentials' End User Digest called phishing (its portal
 *               proofpointessentials.com unknown); Zimbra's "Your mailbox size has reached 90% of your quota"
 *               from Postmaster read as a deferral with no cause;
 *             - lures missed (18): all 12 not in English (6 of them read as a bounce: mailbox-full,
 *               mailbox-disabled, unknown); in English "Re-send undelivered messages" and "Release to Inbox"
 *               (read as a system error and a refused connection), "11 messages on hold" / "3 messages are
 *               pending" not counted, and lures with neither deadline nor count linking to free page hosting
 *               (web.app, square.site);
 *             - backscatter missed: Google's copy, whose results are in ARC-Authentication-Results only; a
 *               pasted Postfix failure with the returned headers below it gave no record (its first line,
 *               "<leo@…>: host … said:", was taken for a header and the paste for a delivered message).
 *   fixed     as data: lure words in German, French, Spanish, Portuguese, Italian and Dutch
 *             (lure-phrases-languages.ts); "re-send", "release to inbox", "sign in with your password",
 *             counts of mail on hold, pending or waiting; free page hosting and dynamic DNS as a sign of its
 *             own (PAGE_HOSTS); more filters' portals (NOTICE_LINK_DOMAINS); quota warnings as no failure
 *             (QUOTA_WARNINGS, unless the text holds a reply code or failure words). In code: the links of
 *             base64 parts are read; ARC-Authentication-Results count as a copy's results; a field name never
 *             holds "<", ">" or "@"; a quoted header block may hold Authentication-Results, Received-SPF and
 *             ARC headers.
 *   second    17 cases (5 bounces, 8 lures, 4 notices), 12 right as written: false positives: an ARC-sealed
 *             forward (sealer saw SPF and DKIM pass, last hop failed) called backscatter; Hornetsecurity's
 *             "Spam report" digest read as a spam complaint; Dovecot's "Your mailbox is now 90% full" as a
 *             deferral. Misses: French imperatives ("Récupérez vos messages"), "and avoid losing your emails".
 *             Fixed: an ARC chain that vouches (arc=pass, a sealer's SPF/DMARC pass or the domain's DKIM pass),
 *             a copy your own server took from a logged-in user, or results your own server wrote, are no
 *             forgery (forged-copy.ts); a "Spam report" listing quarantined mail is no complaint; imperative
 *             forms; "N% full". All 17 right after. Nothing stays knownWrong.
 */

/** Phishing that must give no record and a "looks like phishing" answer; the third field says why one still does not. */
export type LureCase = [name: string, text: string, knownWrong?: string];
/** A genuine notice that must not be called phishing: its records (if any) only of these causes. */
export type NoticeCase = [name: string, text: string, allow: readonly string[], knownWrong?: string];

const DATE = 'Date: Fri, 4 Dec 2026 08:14:09 +0000';

/** Base64 in 76-character lines, as mail clients write it. */
const b64 = (s: string): string =>
  (
    Buffer.from(s, 'utf8')
      .toString('base64')
      .match(/.{1,76}/g) ?? []
  ).join('\n');

/** Quoted-printable (RFC 2045): UTF-8 bytes outside printable ASCII and "=" escaped, soft breaks at 76. */
function qp(s: string): string {
  const out: string[] = [];
  for (const line of s.split('\n')) {
    let enc = '';
    for (const byte of Buffer.from(line, 'utf8')) {
      enc +=
        byte === 61 || byte > 126 || (byte < 32 && byte !== 9)
          ? `=${byte.toString(16).toUpperCase().padStart(2, '0')}`
          : String.fromCharCode(byte);
    }
    let rest = enc;
    while (rest.length > 75) {
      let cut = 75;
      // never split an =XX escape
      const eq = rest.lastIndexOf('=', cut);
      if (eq > cut - 3) cut = eq;
      out.push(`${rest.slice(0, cut)}=`);
      rest = rest.slice(cut);
    }
    out.push(rest);
  }
  return out.join('\n');
}

type Encoding = 'plain' | 'qp' | 'base64';

/** A whole single-part email: headers, its type (text/plain or text/html) and the body in an encoding. */
function email(headers: string[], type: 'plain' | 'html', body: string, enc: Encoding = 'plain'): string {
  const cte = enc === 'plain' ? '8bit' : enc === 'qp' ? 'quoted-printable' : 'base64';
  const text = enc === 'plain' ? body : enc === 'qp' ? qp(body) : b64(body);
  return lines(
    ...headers,
    DATE,
    'MIME-Version: 1.0',
    `Content-Type: text/${type}; charset="utf-8"`,
    `Content-Transfer-Encoding: ${cte}`,
    '',
    text,
    '',
  );
}

const html = (...body: string[]) =>
  lines(
    '<html><head><meta charset="utf-8"></head><body style="font-family:Segoe UI,Arial">',
    ...body,
    '</body></html>',
  );

const TO_ALICE = 'To: alice@example.com';

const BACKSCATTER_UNKNOWN = { cause: 'backscatter', reason: 'userunknown', side: 'sender' } as const;
const BACKSCATTER_FULL = { cause: 'backscatter', reason: 'mailboxfull', side: 'sender' } as const;

/** A Postfix DSN (multipart/report) with the returned message's headers (text/rfc822-headers). */
function postfixDsn(host: string, rcpt: string, status: string, diag: string, returned: string[]): string {
  return lines(
    `From: MAILER-DAEMON@${host} (Mail Delivery System)`,
    'To: alice@example.com',
    'Subject: Undelivered Mail Returned to Sender',
    DATE,
    'Auto-Submitted: auto-replied',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="B62A"',
    '',
    '--B62A',
    'Content-Description: Notification',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    ...postfixNoticeHead(host),
    `<${rcpt}>: host backend.${host.replace(/^[^.]+\./, '')}[192.0.2.80] said: ${diag} (in reply to RCPT TO command)`,
    '',
    '--B62A',
    'Content-Description: Delivery report',
    'Content-Type: message/delivery-status',
    '',
    `Reporting-MTA: dns; ${host}`,
    `Arrival-Date: Fri,  4 Dec 2026 08:13:51 +0000 (UTC)`,
    '',
    `Final-Recipient: rfc822; ${rcpt}`,
    `Original-Recipient: rfc822;${rcpt}`,
    'Action: failed',
    `Status: ${status}`,
    `Remote-MTA: dns; backend.${host.replace(/^[^.]+\./, '')}`,
    `Diagnostic-Code: smtp; ${diag}`,
    '',
    '--B62A',
    'Content-Description: Undelivered Message Headers',
    'Content-Type: text/rfc822-headers',
    '',
    ...returned,
    '',
    '--B62A--',
    '',
  );
}

/** Headers of a message forged in alice@example.com's name, as the receiver `at` stamped them. */
const forgedHeaders = (at: string, auth: string[], from = 'Alice <alice@example.com>'): string[] => [
  `Return-Path: <alice@example.com>`,
  `Received: from unknown (unknown [203.0.113.99])`,
  `\tby ${at} (Postfix) with ESMTP id 4QxZ1Y2c3Kz9tK`,
  '\tfor <bob@example.org>; Fri,  4 Dec 2026 08:13:51 +0000 (UTC)',
  ...auth,
  `From: ${from}`,
  'To: bob@example.org',
  'Subject: Invoice #88213 overdue',
  'Date: Fri, 4 Dec 2026 09:13:40 +0100',
  'Message-ID: <20261204091340.5521.qwzx@vps-203-0-113-99.example.net>',
  'X-Mailer: Microsoft Outlook 16.0',
];

// ---------------------------------------------------------------------------------------------------------
// Phishing dressed as a bounce or a mailbox notice: no record, "Not a bounce: this looks like phishing".

export const LURE_62: LureCase[] = [
  [
    'EN plain: incoming messages failed, release pending mail',
    email(
      [
        'From: "Mail Administrator" <no-reply@example.com>',
        TO_ALICE,
        'Subject: Delivery failure: (4) incoming messages failed to deliver',
      ],
      'plain',
      lines(
        'Dear alice@example.com,',
        '',
        'Your email account has (4) pending incoming messages that failed to deliver to your inbox',
        'due to a synchronization error on the mail server.',
        '',
        'Click below to release pending messages to your inbox:',
        '',
        'RELEASE MESSAGES: https://pub-7a31c0e9b2.r2.dev/release.html#alice@example.com',
        '',
        'Failure to release within 24 hours will result in permanent deletion of the messages.',
        '',
        'Email Administrator, example.com',
      ),
    ),
  ],
  [
    'EN HTML only: mailbox storage full, upgrade quota',
    email(
      [
        'From: "example.com Webmail" <support@mailbox-alert.example.net>',
        TO_ALICE,
        'Subject: Mailbox storage full 99% - action required',
      ],
      'html',
      html(
        '<p>Hello alice,</p>',
        '<p>Your mailbox <b>alice@example.com</b> has exceeded its storage limit <b>(1.99 GB / 2 GB)</b>.</p>',
        '<p>You may not be able to send or receive new messages until your storage is upgraded.</p>',
        '<table><tr><td style="background:#d00;width:99%">&nbsp;</td></tr></table>',
        '<p><a href="https://storage-upgrade-webmail.web.app/?u=alice@example.com" style="background:#0078d4;color:#fff;padding:8px">Increase storage for free</a></p>',
        '<p>Incoming messages are currently on hold.</p>',
        '<p style="color:#888">&copy; 2026 Webmail Services. All rights reserved.</p>',
      ),
    ),
  ],
  [
    'EN: Microsoft 365 password expiry, keep current password',
    email(
      [
        'From: Microsoft 365 <security-noreply@example.com>',
        TO_ALICE,
        'Subject: Password expiry notice for alice@example.com',
      ],
      'html',
      html(
        '<div style="font-size:20px">Microsoft 365</div>',
        '<p>The password to your mailbox <b>alice@example.com</b> expires today, 12/4/2026.</p>',
        '<p>You can change your password or continue using your current password.</p>',
        '<p><a href="https://ms365-keep-password.pages.dev/owa/?email=alice@example.com">Keep Current Password</a></p>',
        '<p>If no action is taken, you will be logged out and unable to receive new mail.</p>',
        '<p>Thanks,<br>The Microsoft account team</p>',
      ),
    ),
  ],
  [
    'EN base64 HTML: cPanel webmail, 7 messages held',
    email(
      [
        'From: "cPanel Webmail" <cpanel@example.com>',
        TO_ALICE,
        'Subject: [example.com] Message Delivery Failure - 7 messages held',
      ],
      'html',
      html(
        '<p>cPanel&reg; Webmail</p>',
        '<p>Dear user alice@example.com,</p>',
        '<p>7 new messages sent to your mailbox are held on the server because your mailbox has not been updated.</p>',
        '<p>To retrieve your messages, please verify your account below.</p>',
        '<a href="https://ipfs.io/ipfs/bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi#alice@example.com">Retrieve Messages</a>',
        '<p>Messages not retrieved within 48 hours will be returned to the sender.</p>',
      ),
      'base64',
    ),
  ],
  [
    'EN quoted-printable: Zimbra mailbox deactivation',
    email(
      ['From: Zimbra Administrator <admin@example.com>', TO_ALICE, 'Subject: Account Deactivation Notice'],
      'html',
      html(
        '<p><b>Zimbra Collaboration Suite</b></p>',
        '<p>Dear Email User,</p>',
        '<p>Your mailbox alice@example.com is scheduled for deactivation within 24 hours because it has not been verified under our new security upgrade.</p>',
        '<p>To continue using your account, <a href="https://zimbra-verify-upgrade.weebly.com/">CLICK HERE</a> to verify your account now.</p>',
        '<p>Failure to verify will lead to permanent deactivation of your email account and loss of all messages.</p>',
        '<p>Zimbra Admin Team</p>',
      ),
      'qp',
    ),
  ],
  [
    'EN pasted: undelivered messages, retrieve here',
    lines(
      'Undelivered Mail Notification',
      '',
      'You have (6) undelivered messages on alice@example.com',
      '',
      'Your incoming messages were held due to a network error on the server.',
      'Retrieve Messages Here: https://mailservice-retrieve.glitch.me/index.html?e=alice@example.com',
      '',
      'Note: held messages will be deleted after 48 hours.',
      '',
      'example.com Mail Server',
    ),
  ],
  [
    'EN fake returned-mail notice asking to re-send through a link',
    email(
      [
        'From: "Mail Delivery Subsystem" <mailer-daemon@example.com>',
        TO_ALICE,
        'Subject: Returned mail: Your message could not be delivered',
      ],
      'html',
      html(
        '<p><b>Message not delivered</b></p>',
        "<p>Your message couldn't be delivered to the recipients because of a server error on your mailbox alice@example.com.</p>",
        '<p>3 messages are pending in your outbox.</p>',
        '<p><a href="https://outbox-resend.firebaseapp.com/?id=alice@example.com">Re-send undelivered messages</a></p>',
        '<p>Sign in with your email password to restore delivery.</p>',
        '<p>Mail Delivery System</p>',
      ),
    ),
  ],
  [
    'EN: some incoming messages failed, review and release',
    email(
      [
        'From: "IT Service Desk" <helpdesk@example.com>',
        TO_ALICE,
        'Subject: Incoming messages failed - 5 messages on hold',
      ],
      'plain',
      lines(
        'Some of your incoming messages failed to deliver due to a system delay.',
        '',
        'Subject                                  Received',
        'RE: Payment confirmation                  12/03/2026',
        'Purchase order PO-44912                   12/03/2026',
        'Shared document: Q4 report.pdf            12/04/2026',
        'RE: Contract signed                       12/04/2026',
        'Voice message (0:42)                      12/04/2026',
        '',
        'Review and release the messages to your inbox:',
        'https://release-messages.azurewebsites.net/review?user=alice%40example.com',
        '',
        'This is an automated message from the example.com mail server.',
      ),
    ),
  ],
  [
    'EN: cPanel quota exceeded, log in to restore',
    email(
      [
        'From: cPanel <no-reply@cpanel-mail-notice.example.net>',
        TO_ALICE,
        'Subject: Your email quota has been exceeded',
      ],
      'plain',
      lines(
        'cPanel notice for alice@example.com',
        '',
        'Your mailbox is over quota. New incoming messages are being rejected and returned to senders.',
        '',
        'Log in now to restore your mailbox and increase your quota to 10 GB at no cost:',
        'https://cpanel-quota-restore.netlify.app/login?email=alice@example.com',
        '',
        'If you do not act within 12 hours your account will be suspended.',
      ),
    ),
  ],
  [
    'EN Office 365: mailbox will be disabled, verify now',
    email(
      [
        'From: "Office365 Admin" <office365@example.com>',
        TO_ALICE,
        'Subject: Action Required: alice@example.com mailbox will be disabled',
      ],
      'html',
      html(
        '<h2>Office 365</h2>',
        '<p>Your mailbox alice@example.com will be disabled today due to failed verification.</p>',
        '<p>You have 9 pending messages that cannot be delivered until you verify your account.</p>',
        '<p><a href="https://office-verify.sharepoint-docs.example.net/verify">Verify Now</a></p>',
        '<p>Microsoft respects your privacy.</p>',
      ),
    ),
  ],
  [
    'DE: Postfach voll, Speicher erweitern',
    email(
      [
        'From: "Webmail Administrator" <postmaster@example.com>',
        TO_ALICE,
        'Subject: Ihr Postfach ist fast voll (98%)',
      ],
      'html',
      html(
        '<p>Sehr geehrter Nutzer,</p>',
        '<p>Ihr Postfach alice@example.com hat das Speicherlimit überschritten (1,97 GB / 2 GB).</p>',
        '<p>Sie können keine neuen E-Mails mehr senden oder empfangen, bis Sie Ihren Speicher erweitern.</p>',
        '<p><a href="https://postfach-speicher.webflow.io/?mail=alice@example.com">Hier klicken, um Ihren Speicher kostenlos zu erweitern</a></p>',
        '<p>Mit freundlichen Grüßen<br>Ihr Webmail-Team</p>',
      ),
      'qp',
    ),
  ],
  [
    'DE: eingehende Nachrichten zurückgehalten, freigeben',
    email(
      [
        'From: "E-Mail-Server" <noreply@example.com>',
        TO_ALICE,
        'Subject: Zustellung fehlgeschlagen: 5 eingehende Nachrichten zurückgehalten',
      ],
      'plain',
      lines(
        'Hallo alice@example.com,',
        '',
        '5 eingehende Nachrichten konnten nicht in Ihren Posteingang zugestellt werden und wurden',
        'auf dem Server zurückgehalten.',
        '',
        'Nachrichten jetzt freigeben: https://nachrichten-freigeben.vercel.app/?u=alice@example.com',
        '',
        'Nicht freigegebene Nachrichten werden nach 48 Stunden gelöscht.',
        '',
        'Ihr E-Mail-Support',
      ),
    ),
  ],
  [
    'FR quoted-printable: boîte pleine, libérer les messages',
    email(
      [
        'From: "Service Messagerie" <support@example.com>',
        TO_ALICE,
        'Subject: Votre boîte aux lettres est pleine',
      ],
      'plain',
      lines(
        'Bonjour,',
        '',
        'Votre boîte aux lettres alice@example.com a atteint sa limite de stockage.',
        "Certains messages entrants n'ont pas pu être livrés et sont en attente sur le serveur.",
        '',
        'Cliquez ici pour libérer vos messages et augmenter votre espace gratuitement :',
        'https://messagerie-liberer.wixsite.com/boite',
        '',
        'Sans action de votre part sous 24 heures, vos messages seront supprimés.',
        '',
        "L'équipe Messagerie",
      ),
      'qp',
    ),
  ],
  [
    'FR: mot de passe expire, conserver le mot de passe actuel',
    email(
      [
        'From: "Outlook Web App" <owa@example.com>',
        TO_ALICE,
        'Subject: Expiration du mot de passe de alice@example.com',
      ],
      'html',
      html(
        "<p>Le mot de passe de votre compte <b>alice@example.com</b> expire aujourd'hui.</p>",
        '<p>Pour conserver le mot de passe actuel, veuillez vous connecter ci-dessous.</p>',
        '<p><a href="https://owa-motdepasse.firebaseapp.com/">Conserver le mot de passe actuel</a></p>',
        '<p>Sinon, votre compte sera désactivé et vous ne recevrez plus de messages.</p>',
      ),
    ),
  ],
  [
    'ES: mensajes retenidos, liberar',
    email(
      [
        'From: "Administrador de correo" <admin@example.com>',
        TO_ALICE,
        'Subject: Tiene 3 mensajes retenidos',
      ],
      'html',
      html(
        '<p>Estimado usuario alice@example.com,</p>',
        '<p>Tiene <b>3 mensajes pendientes</b> que no se han entregado en su bandeja de entrada.</p>',
        '<p>Los mensajes se han retenido porque su cuenta no ha sido verificada.</p>',
        '<p><a href="https://correo-liberar.blogspot.com/">Liberar mensajes</a></p>',
        '<p>Los mensajes no liberados se eliminarán en 24 horas.</p>',
      ),
    ),
  ],
  [
    'ES base64: buzón supera el límite de almacenamiento',
    email(
      ['From: "Soporte Webmail" <soporte@example.com>', TO_ALICE, 'Subject: Su buzón de correo está lleno'],
      'plain',
      lines(
        'Su buzón alice@example.com ha superado el límite de almacenamiento asignado.',
        'Es posible que no pueda enviar ni recibir mensajes nuevos.',
        '',
        'Para aumentar su cuota, inicie sesión aquí:',
        'https://webmail-cuota.000webhostapp.com/login.php?correo=alice@example.com',
        '',
        'Gracias, Equipo de soporte',
      ),
      'base64',
    ),
  ],
  [
    'PT: caixa de correio cheia, mensagens pendentes',
    email(
      [
        'From: "Suporte de E-mail" <suporte@example.com>',
        TO_ALICE,
        'Subject: Sua caixa de correio está cheia',
      ],
      'html',
      html(
        '<p>Prezado(a) alice@example.com,</p>',
        '<p>Sua caixa de correio atingiu o limite de armazenamento. Você tem <b>8 mensagens pendentes</b> que não foram entregues.</p>',
        '<p><a href="https://caixa-liberar.web.app/?email=alice@example.com">Clique aqui para liberar suas mensagens</a></p>',
        '<p>As mensagens serão excluídas após 48 horas.</p>',
      ),
    ),
  ],
  [
    'PT: falha na entrega, desativação da conta',
    email(
      [
        'From: "Webmail" <webmail@example.com>',
        TO_ALICE,
        'Subject: Falha na entrega de mensagens - desativação da conta',
      ],
      'plain',
      lines(
        'Algumas mensagens recebidas não foram entregues na sua caixa de entrada.',
        '',
        'Sua conta alice@example.com será desativada em 24 horas se não for verificada.',
        'Verifique sua conta agora: https://verificar-conta-webmail.netlify.app/',
        '',
        'Equipe Webmail',
      ),
      'qp',
    ),
  ],
  [
    'IT: casella piena, messaggi in attesa',
    email(
      [
        'From: "Amministratore Posta" <postmaster@example.com>',
        TO_ALICE,
        'Subject: La tua casella di posta è piena',
      ],
      'html',
      html(
        '<p>Gentile utente,</p>',
        '<p>La tua casella di posta alice@example.com ha superato il limite di archiviazione.</p>',
        '<p>Hai 4 messaggi in attesa che non possono essere consegnati.</p>',
        '<p><a href="https://posta-verifica.weebly.com/">Verifica il tuo account</a> per ricevere i messaggi in attesa.</p>',
        '<p>Grazie, il team di posta</p>',
      ),
    ),
  ],
  [
    'IT: password scade oggi',
    email(
      ['From: "Webmail" <noreply@example.com>', TO_ALICE, 'Subject: La password della tua email scade oggi'],
      'plain',
      lines(
        'La password del tuo account alice@example.com scade oggi.',
        '',
        'Per mantenere la password attuale, accedi qui:',
        'https://mantieni-password.pages.dev/?utente=alice@example.com',
        '',
        'Se non agisci, il tuo account verrà sospeso e non riceverai più email.',
      ),
    ),
  ],
  [
    'NL: mailbox vol, berichten in de wacht',
    email(
      ['From: "Mailbeheer" <beheer@example.com>', TO_ALICE, 'Subject: Uw mailbox is vol'],
      'html',
      html(
        '<p>Beste alice@example.com,</p>',
        '<p>Uw mailbox heeft de opslaglimiet bereikt. Er staan <b>6 berichten in de wacht</b> die niet zijn afgeleverd.</p>',
        '<p><a href="https://mailbox-vrijgeven.webnode.page/">Klik hier om uw berichten vrij te geven</a></p>',
        '<p>Berichten die niet binnen 24 uur worden vrijgegeven, worden verwijderd.</p>',
      ),
      'base64',
    ),
  ],
  [
    'NL: account wordt gedeactiveerd',
    email(
      [
        'From: "Webmail Ondersteuning" <support@example.com>',
        TO_ALICE,
        'Subject: Uw account wordt gedeactiveerd',
      ],
      'plain',
      lines(
        'Uw e-mailaccount alice@example.com wordt binnen 24 uur gedeactiveerd.',
        '',
        'Verifieer uw account om dit te voorkomen: https://account-verifieren.firebaseapp.com/',
        '',
        'Met vriendelijke groet, Webmail Ondersteuning',
      ),
    ),
  ],
  [
    'EN pasted with a question: webmail quota alert',
    lines(
      'got this just now, is it real?',
      '',
      'Webmail Quota Alert',
      'Your mailbox alice@example.com is 98% full. Incoming mail will be suspended.',
      'Upgrade your mailbox quota here: https://quota-upgrade.square.site/',
      'Webmail Admin',
    ),
  ],
  [
    'EN: Outlook Web App messages on hold, unverified mailbox',
    email(
      ['From: "Outlook Web App" <owa-notice@example.com>', TO_ALICE, 'Subject: You have 11 messages on hold'],
      'html',
      html(
        '<p><b>Outlook</b></p>',
        '<p>You have 11 messages on hold because your mailbox has not been verified.</p>',
        '<p><a href="https://owa-messages-onhold.onrender.com/">Release messages</a></p>',
        '<p>Login with your email and password to release them.</p>',
      ),
      'qp',
    ),
  ],
  [
    'EN: Microsoft 365 undeliverable messages blocked, release to inbox',
    email(
      [
        'From: "Microsoft 365 Message center" <m365@example.com>',
        TO_ALICE,
        'Subject: Undeliverable messages: 9 incoming messages were blocked',
      ],
      'html',
      html(
        '<table><tr><td><b>Microsoft 365</b></td></tr>',
        '<tr><td>Our records indicate that 9 incoming messages to alice@example.com were blocked by the mail server.</td></tr>',
        '<tr><td><a href="https://m365-release.duckdns.org/inbox">Release to Inbox</a></td></tr>',
        '<tr><td>Messages will be automatically deleted after 3 days.</td></tr></table>',
      ),
    ),
  ],
];

// Genuine notices that look like the lures: never called phishing; a record, when any, only of these causes.
const NO_RECORD: readonly string[] = [];
const QUOTA_OK = ['mailbox-full'] as const;

export const NOTICE_62: NoticeCase[] = [
  [
    'Microsoft 365 quarantine notification',
    email(
      [
        'From: quarantine@messaging.microsoft.com',
        TO_ALICE,
        'Subject: Microsoft 365 security: You have messages in quarantine',
      ],
      'html',
      html(
        '<p>Microsoft 365 security: You have messages in quarantine</p>',
        '<p>Review these messages within 30 days of receipt by going to the Quarantine page in the Security Center.</p>',
        '<table><tr><td>Sender: invoices@example.net</td><td>Subject: Invoice 4471</td><td>Date: 12/3/2026</td></tr>',
        '<tr><td><a href="https://security.microsoft.com/quarantine?id=9c1d">Review Message</a></td><td><a href="https://security.microsoft.com/quarantine?release=9c1d">Release</a></td></tr></table>',
        '<p>Sent by Microsoft Exchange Online Protection.</p>',
      ),
    ),
    NO_RECORD,
  ],
  [
    'Mimecast hold digest',
    email(
      [
        'From: Mimecast Personal Portal <postmaster@example.com>',
        TO_ALICE,
        'Subject: Mimecast Hold Digest: 2 messages on hold',
      ],
      'html',
      html(
        '<p>Mimecast</p>',
        '<p>The following messages have been placed on hold for your attention.</p>',
        '<table><tr><td>From: newsletter@example.net</td><td>Subject: Your weekly deals</td>',
        '<td><a href="https://eu-api.mimecast.com/mimecast/click?release=a1b2">Release</a> | <a href="https://eu-api.mimecast.com/mimecast/click?block=a1b2">Block</a> | <a href="https://eu-api.mimecast.com/mimecast/click?permit=a1b2">Permit</a></td></tr></table>',
        '<p>Messages on hold will be deleted after 30 days.</p>',
      ),
    ),
    NO_RECORD,
  ],
  [
    'Proofpoint Essentials end user digest',
    email(
      [
        'From: Quarantine Digest <quarantine@us2.proofpointessentials.com>',
        TO_ALICE,
        'Subject: End User Digest: 3 New Messages',
      ],
      'html',
      html(
        '<p>Proofpoint Essentials</p>',
        '<p>You have 3 new messages in your quarantine since your last digest.</p>',
        '<table><tr><td>promo@example.net</td><td>Last chance!</td><td><a href="https://us2.proofpointessentials.com/index01.php?mod_id=11&release=1">Release</a></td></tr></table>',
        '<p>Quarantined messages are kept for 30 days.</p>',
      ),
    ),
    NO_RECORD,
  ],
  [
    'Barracuda quarantine digest',
    email(
      [
        'From: "Barracuda Email Security Service" <quarantine@ess.barracudanetworks.com>',
        TO_ALICE,
        'Subject: Quarantine Digest for alice@example.com',
      ],
      'html',
      html(
        '<p>Barracuda Email Security Service - Quarantine Digest</p>',
        '<p>The following 2 messages have been quarantined since the last notification.</p>',
        '<table><tr><td>offers@example.net</td><td>Exclusive offer</td><td><a href="https://ess.barracudanetworks.com/quarantine/deliver?id=55">Deliver</a></td><td><a href="https://ess.barracudanetworks.com/quarantine/whitelist?id=55">Whitelist</a></td></tr></table>',
      ),
    ),
    NO_RECORD,
  ],
  [
    'Sophos quarantine summary',
    email(
      [
        'From: Sophos Central <do-not-reply@central.sophos.com>',
        TO_ALICE,
        'Subject: Quarantine summary: 4 messages',
      ],
      'plain',
      lines(
        'Sophos Email Quarantine Summary for alice@example.com',
        '',
        'The following 4 messages were quarantined as spam in the last 24 hours.',
        'Release or delete them in the Self Service Portal: https://central.sophos.com/manage/selfservice/quarantine',
        '',
        'Messages in quarantine are deleted after 30 days.',
      ),
    ),
    NO_RECORD,
  ],
  [
    'cPanel mailbox quota warning (own server)',
    email(
      [
        'From: "cPanel on example.com" <cpanel@server1.example.com>',
        TO_ALICE,
        'Subject: [server1.example.com] Mailbox quota warning for "alice@example.com"',
      ],
      'plain',
      lines(
        'The email account "alice@example.com" is using 85% of its quota (850 MB of 1000 MB).',
        '',
        'If the account reaches its quota, new messages sent to it will be returned to their senders.',
        'To free space, delete old messages, or ask your hosting provider to increase the quota.',
        '',
        'Manage the account: https://server1.example.com:2083/cpsess0000000000/frontend/jupiter/email_accounts/index.html',
        '',
        'Do not reply to this automated message.',
        '',
        'cp_email_quota_warning',
      ),
    ),
    QUOTA_OK,
  ],
  [
    'Plesk mailbox almost full',
    email(
      ['From: Plesk <plesk@example.com>', TO_ALICE, 'Subject: Your mailbox is almost full'],
      'plain',
      lines(
        'Dear alice@example.com,',
        '',
        'your mailbox is almost full: it uses 95% of the 500 MB allowed.',
        'When the mailbox is full, you will no longer receive new email messages.',
        'Please delete unnecessary messages or contact your administrator.',
        '',
        'Plesk on mail.example.com',
      ),
    ),
    QUOTA_OK,
  ],
  [
    'Zimbra quota warning',
    email(
      ['From: Postmaster <postmaster@example.com>', TO_ALICE, 'Subject: Quota warning'],
      'plain',
      lines(
        'Your mailbox size has reached 90% of your quota, which is 5 GB.',
        '',
        'Please delete some messages to avoid exceeding your quota.',
      ),
    ),
    QUOTA_OK,
  ],
  [
    'Exchange on-premises: your mailbox is almost full',
    email(
      [
        'From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com>',
        TO_ALICE,
        'Subject: Your mailbox is almost full.',
      ],
      'html',
      html(
        '<p><b>Your mailbox is almost full.</b></p>',
        '<p>alice@example.com</p>',
        '<p>1.91 GB / 2 GB</p>',
        '<p>Your mailbox has exceeded one or more size limits set by your administrator. You may not be able to send or receive new items until you reduce your mailbox size.</p>',
        '<p>To make more space available, delete any items you no longer need and empty your Deleted Items folder.</p>',
      ),
    ),
    QUOTA_OK,
  ],
  [
    'Microsoft 365: your mailbox is full',
    email(
      [
        'From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.onmicrosoft.com>',
        TO_ALICE,
        'Subject: Your mailbox is full.',
      ],
      'html',
      html(
        '<p><b>Your mailbox is full.</b></p>',
        '<p>You can no longer send or receive new messages. To make more space, delete items you no longer need, or archive them.</p>',
        '<p><a href="https://outlook.office.com/mail/">Open Outlook on the web</a></p>',
        '<p><a href="https://go.microsoft.com/fwlink/?linkid=2108119">Learn more about mailbox storage</a></p>',
      ),
    ),
    QUOTA_OK,
  ],
  [
    'Google Workspace storage almost full',
    email(
      [
        'From: Google <no-reply@accounts.google.com>',
        TO_ALICE,
        'Subject: Your Google Workspace storage is almost full',
      ],
      'html',
      html(
        '<p>Your storage is 95% full</p>',
        "<p>alice@example.com has used 28.5 GB of 30 GB. When you run out of storage, you won't be able to send or receive emails in Gmail.</p>",
        '<p><a href="https://one.google.com/storage">Manage storage</a> or ask your administrator for more.</p>',
        '<p>Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</p>',
      ),
    ),
    QUOTA_OK,
  ],
  [
    'Mailgun: domain disabled for high bounce rate',
    email(
      [
        'From: Mailgun <support@mailgun.com>',
        TO_ALICE,
        'Subject: Your domain mg.example.com has been disabled',
      ],
      'plain',
      lines(
        'Hello,',
        '',
        'We have temporarily disabled sending for mg.example.com because of a high bounce rate (14%).',
        'Please review your list hygiene and reply to this ticket to have sending re-enabled.',
        '',
        'Review your logs: https://app.mailgun.com/app/sending/domains/mg.example.com/logs',
        '',
        'Mailgun Support',
      ),
    ),
    ['suppressed', 'domain-reputation', 'policy-violation', 'rate-limited'],
  ],
  [
    'Own IT: password will expire, self-service on own domain',
    email(
      [
        'From: "Example IT" <it-noreply@example.com>',
        TO_ALICE,
        'Subject: Your password will expire in 5 days',
      ],
      'plain',
      lines(
        'Hello Alice,',
        '',
        'The password of your account EXAMPLE\\alice will expire in 5 days (09 Dec 2026).',
        'Change it from a domain computer with Ctrl+Alt+Del > Change a password, or at the',
        'self-service portal: https://passwordreset.example.com/',
        '',
        'IT never asks for your password by email.',
        'Example IT Service Desk, extension 4400',
      ),
    ),
    NO_RECORD,
  ],
];

// ---------------------------------------------------------------------------------------------------------
// Bounces: backscatter, its look-alikes, and genuine bounces that carry help links.

const AR_FAIL = (at: string) => [
  `Authentication-Results: ${at};`,
  '\tspf=fail (sender IP is 203.0.113.99) smtp.mailfrom=alice@example.com;',
  '\tdkim=none; dmarc=fail (p=none dis=none) header.from=example.com',
];

export const ROUND_62: RealWorldCase[] = [
  [
    'Postfix gateway backscatter: user unknown, copy failed SPF and DMARC',
    postfixDsn(
      'mx1.example.org',
      'bob@example.org',
      '5.1.1',
      '550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual mailbox table',
      forgedHeaders('mx1.example.org', AR_FAIL('mx1.example.org')),
    ),
    { ...BACKSCATTER_UNKNOWN, recipient: 'bob@example.org' },
  ],
  [
    'Exim backscatter: quota exceeded, Received-SPF fail in the copy',
    lines(
      'From: Mail Delivery System <Mailer-Daemon@mail.example.org>',
      'To: alice@example.com',
      'Subject: Mail delivery failed: returning message to sender',
      DATE,
      'Auto-Submitted: auto-replied',
      '',
      'This message was created automatically by mail delivery software.',
      '',
      'A message that you sent could not be delivered to one or more of its',
      'recipients. This is a permanent error. The following address(es) failed:',
      '',
      '  carol@example.org',
      '    mailbox is full: retry timeout exceeded',
      '',
      '------ This is a copy of the message, including all the headers. ------',
      '',
      'Return-path: <alice@example.com>',
      'Received: from [203.0.113.45] (helo=example.com)',
      '\tby mail.example.org with esmtp (Exim 4.96)',
      '\t(envelope-from <alice@example.com>)',
      '\tid 1tK9xQ-0003Ab-2m',
      '\tfor carol@example.org; Fri, 04 Dec 2026 08:01:12 +0000',
      'Received-SPF: fail (mail.example.org: domain of example.com does not designate 203.0.113.45 as permitted sender) client-ip=203.0.113.45; envelope-from=alice@example.com; helo=example.com;',
      'From: "Alice" <alice@example.com>',
      'To: carol@example.org',
      'Subject: Re: Your parcel is waiting',
      'Message-ID: <8812.3374.ab@203.0.113.45>',
      '',
      'Click here to track your parcel.',
    ),
    { ...BACKSCATTER_FULL, recipient: 'carol@example.org' },
  ],
  [
    'Sendmail backscatter: softfail plus DMARC fail, user unknown',
    lines(
      'From: Mail Delivery Subsystem <MAILER-DAEMON@relay.example.org>',
      'To: <alice@example.com>',
      'Subject: Returned mail: see transcript for details',
      DATE,
      'Auto-Submitted: auto-generated (failure)',
      '',
      'The original message was received at Fri, 4 Dec 2026 08:10:02 GMT',
      'from [203.0.113.71]',
      '',
      '   ----- The following addresses had permanent fatal errors -----',
      '<dave@example.org>',
      '    (reason: 550 5.1.1 <dave@example.org>... User unknown)',
      '',
      '   ----- Transcript of session follows -----',
      '... while talking to store.example.org.:',
      '>>> RCPT To:<dave@example.org>',
      '<<< 550 5.1.1 <dave@example.org>... User unknown',
      '550 5.1.1 <dave@example.org>... User unknown',
      '',
      '   ----- Original message follows -----',
      '',
      'Return-Path: <alice@example.com>',
      'Received: from [203.0.113.71] ([203.0.113.71])',
      '\tby relay.example.org (8.17.1/8.17.1) with ESMTP id 4B48A2fQ001234',
      '\tfor <dave@example.org>; Fri, 4 Dec 2026 08:10:02 GMT',
      'Authentication-Results: relay.example.org; dkim=none; spf=softfail smtp.mailfrom=example.com; dmarc=fail (p=quarantine dis=none) header.from=example.com',
      'From: alice@example.com',
      'To: dave@example.org',
      'Subject: Your account statement',
      '',
      'See attached.',
    ),
    { ...BACKSCATTER_UNKNOWN, recipient: 'dave@example.org' },
  ],
  [
    'Microsoft 365 NDR backscatter: RecipientNotFound, original headers fail SPF and DMARC',
    lines(
      'From: Microsoft Outlook <postmaster@example.org>',
      'To: alice@example.com',
      'Subject: Undeliverable: Payment advice',
      DATE,
      'Content-Type: text/plain; charset="us-ascii"',
      '',
      "Your message to erin@example.org couldn't be delivered.",
      "erin wasn't found at example.org.",
      '',
      'alice      Office 365      erin',
      'Action Required                 Recipient',
      'Unknown To address',
      '',
      'Diagnostic information for administrators:',
      '',
      'Generating server: AM9PR04MB1234.eurprd04.prod.outlook.com',
      '',
      'erin@example.org',
      "Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient erin@example.org not found by SMTP address lookup'",
      '',
      'Original message headers:',
      '',
      'Received: from DB8EUR05FT012.eop-eur05.prod.protection.outlook.com (2603:10a6:20b:3e0::12)',
      ' by AM9PR04MB1234.eurprd04.prod.outlook.com with HTTPS; Fri, 4 Dec 2026 08:12:40 +0000',
      'Authentication-Results: spf=fail (sender IP is 203.0.113.45)',
      ' smtp.mailfrom=example.com; dkim=none (message not signed)',
      ' header.d=none;dmarc=fail action=none header.from=example.com;compauth=fail',
      ' reason=001',
      'Received-SPF: Fail (protection.outlook.com: domain of example.com does not',
      ' designate 203.0.113.45 as permitted sender) receiver=protection.outlook.com;',
      ' client-ip=203.0.113.45; helo=mail.example.com;',
      'From: Alice <alice@example.com>',
      'To: <erin@example.org>',
      'Subject: Payment advice',
      'Message-ID: <BN6PR11MB0001.fake@203.0.113.45>',
    ),
    { ...BACKSCATTER_UNKNOWN, recipient: 'erin@example.org' },
  ],
  [
    'qmail backscatter: no mailbox here, Received-SPF fail',
    lines(
      'From: MAILER-DAEMON@mail.example.org',
      'To: alice@example.com',
      'Subject: failure notice',
      DATE,
      '',
      'Hi. This is the qmail-send program at mail.example.org.',
      "I'm afraid I wasn't able to deliver your message to the following addresses.",
      "This is a permanent error; I've given up. Sorry it didn't work out.",
      '',
      '<frank@example.org>:',
      'Sorry, no mailbox here by that name. (#5.1.1)',
      '',
      '--- Below this line is a copy of the message.',
      '',
      'Return-Path: <alice@example.com>',
      'Received: (qmail 22911 invoked from network); 4 Dec 2026 08:05:33 -0000',
      'Received-SPF: fail (mail.example.org: SPF record at example.com does not designate 198.51.100.66 as permitted sender)',
      'Received: from unknown (HELO example.com) (198.51.100.66)',
      '  by mail.example.org with SMTP; 4 Dec 2026 08:05:33 -0000',
      'From: alice@example.com',
      'To: frank@example.org',
      'Subject: Hi',
    ),
    { ...BACKSCATTER_UNKNOWN, recipient: 'frank@example.org' },
  ],
  [
    'MDaemon backscatter: unknown user, DMARC fail in the copy',
    lines(
      'From: Mail Delivery System <MDaemon@mail.example.org>',
      'To: alice@example.com',
      'Subject: Permanent Delivery Failure',
      DATE,
      'X-MDaemon-Deliver-To: alice@example.com',
      '',
      'The attached message had PERMANENT fatal delivery errors!',
      '',
      'After one or more unsuccessful delivery attempts the attached message has',
      'been removed from the mail queue on this server. The number and frequency',
      'of delivery attempts are determined by local configuration parameters.',
      '',
      'YOU DO NOT NEED TO RESEND YOUR MESSAGE TO THE ADDRESSES BELOW.',
      '',
      '--- Session Transcript ---',
      ' Fri 2026-12-04 08:20:11.000: Parsing message <mdaemon-pd50001234.msg>',
      ' Fri 2026-12-04 08:20:11.010: * To: grace@example.org',
      ' Fri 2026-12-04 08:20:11.150: Attempting SMTP connection to [store.example.org]',
      ' Fri 2026-12-04 08:20:11.310: --> RCPT To:<grace@example.org>',
      ' Fri 2026-12-04 08:20:11.330: <-- 550 5.1.1 <grace@example.org>: unknown user',
      '--- End Transcript ---',
      '',
      ': Message contains [1] file attachments',
      '',
      '--- Original message headers ---',
      'Return-Path: <alice@example.com>',
      'Authentication-Results: mail.example.org;',
      '\tspf=fail smtp.mailfrom=alice@example.com;',
      '\tdmarc=fail header.from=example.com',
      'Received: from example.com (unknown [203.0.113.120]) by mail.example.org (MDaemon PRO v23.0.2)',
      '\twith ESMTP id md50001234.msg for <grace@example.org>; Fri, 04 Dec 2026 08:20:09 +0000',
      'From: alice@example.com',
      'To: grace@example.org',
      'Subject: Document shared with you',
    ),
    { ...BACKSCATTER_UNKNOWN, recipient: 'grace@example.org' },
  ],
  [
    'Zimbra (Postfix) backscatter: amavis-stamped SPF fail',
    postfixDsn(
      'zimbra.example.org',
      'heidi@example.org',
      '5.1.1',
      '550 5.1.1 <heidi@example.org>: Recipient address rejected: example.org',
      [
        'Return-Path: <alice@example.com>',
        'Received: from localhost (localhost [127.0.0.1])',
        '\tby zimbra.example.org (Postfix) with ESMTP id 9C1F2A0012',
        '\tfor <heidi@example.org>; Fri,  4 Dec 2026 08:30:00 +0000 (UTC)',
        'X-Virus-Scanned: amavisd-new at zimbra.example.org',
        'Authentication-Results: zimbra.example.org (amavisd-new); dkim=none; spf=fail (zimbra.example.org: domain of alice@example.com does not designate 203.0.113.150 as permitted sender) smtp.mailfrom=alice@example.com',
        'Received: from example.com (unknown [203.0.113.150])',
        '\tby zimbra.example.org (Postfix) with ESMTP id 77AA1A0011',
        '\tfor <heidi@example.org>; Fri,  4 Dec 2026 08:29:58 +0000 (UTC)',
        'From: alice@example.com',
        'To: heidi@example.org',
        'Subject: Urgent wire transfer',
      ],
    ),
    { ...BACKSCATTER_UNKNOWN, recipient: 'heidi@example.org' },
  ],
  [
    'Google Workspace backscatter: address not found, ARC-stamped SPF and DMARC fail',
    lines(
      'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
      'To: alice@example.com',
      'Subject: Delivery Status Notification (Failure)',
      DATE,
      'Content-Type: text/plain; charset="UTF-8"',
      '',
      '** Address not found **',
      '',
      "Your message wasn't delivered to ivan@example.org because the address couldn't be found, or is unable to receive mail.",
      '',
      'Learn more here: https://support.google.com/mail/?p=NoSuchUser',
      '',
      'The response was:',
      '',
      "The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser",
      '',
      '----- Original message -----',
      '',
      'ARC-Seal: i=1; a=rsa-sha256; t=1796371200; cv=none; d=google.com; s=arc-20240605; b=abc',
      'ARC-Authentication-Results: i=1; mx.google.com;',
      '       spf=fail (google.com: domain of alice@example.com does not designate 203.0.113.200 as permitted sender) smtp.mailfrom=alice@example.com;',
      '       dmarc=fail (p=NONE sp=NONE dis=NONE) header.from=example.com',
      'Return-Path: <alice@example.com>',
      'Received: from example.com ([203.0.113.200])',
      '        by mx.google.com with ESMTP id a1b2c3d4e5si123456;',
      '        Fri, 04 Dec 2026 00:12:01 -0800 (PST)',
      'From: alice@example.com',
      'To: ivan@example.org',
      'Subject: Quick question',
    ),
    { ...BACKSCATTER_UNKNOWN, recipient: 'ivan@example.org' },
  ],
  [
    'Yahoo backscatter: no yahoo.com account, DMARC reject failed in the copy',
    lines(
      'From: MAILER-DAEMON@yahoo.com',
      'To: alice@example.com',
      'Subject: Failure Notice',
      DATE,
      '',
      'Sorry, we were unable to deliver your message to the following address.',
      '',
      '<judy@yahoo.com>:',
      "554: delivery error: dd This user doesn't have a yahoo.com account (judy@yahoo.com) [0] - mta1234.mail.gq1.yahoo.com",
      '',
      '--- Below this line is a copy of the message.',
      '',
      'Received: from 203.0.113.77 (EHLO example.com)',
      '  by mta1234.mail.gq1.yahoo.com with SMTP; Fri, 04 Dec 2026 08:40:00 +0000',
      'Authentication-Results: atlas-production.v2-mail-prod1-gq1.omega.yahoo.com;',
      ' dkim=unknown; spf=fail smtp.mailfrom=example.com; dmarc=fail(p=REJECT) header.from=example.com;',
      'From: alice@example.com',
      'To: judy@yahoo.com',
      'Subject: You won',
    ),
    { ...BACKSCATTER_UNKNOWN, recipient: 'judy@yahoo.com' },
  ],
  [
    'cPanel Exim backscatter: no such user, SPF fail stamped by the host',
    lines(
      'From: Mail Delivery System <Mailer-Daemon@server7.example.net>',
      'To: alice@example.com',
      'Subject: Mail delivery failed: returning message to sender',
      DATE,
      '',
      'This message was created automatically by mail delivery software.',
      '',
      'A message that you sent could not be delivered to one or more of its',
      'recipients. This is a permanent error. The following address(es) failed:',
      '',
      '  ken@example.net',
      '    No Such User Here',
      '',
      '------ This is a copy of the message, including all the headers. ------',
      '',
      'Return-path: <alice@example.com>',
      'Received: from [198.51.100.23] (port=51234 helo=example.com)',
      '\tby server7.example.net with esmtp (Exim 4.97)',
      '\t(envelope-from <alice@example.com>)',
      '\tid 1tKAaB-0009Qw-1x',
      '\tfor ken@example.net; Fri, 04 Dec 2026 08:44:00 +0000',
      'Authentication-Results: server7.example.net; spf=fail smtp.mailfrom=example.com; dkim=none; dmarc=fail header.from=example.com',
      'From: alice@example.com',
      'To: ken@example.net',
      'Subject: Re: order',
    ),
    { ...BACKSCATTER_UNKNOWN, recipient: 'ken@example.net' },
  ],
  [
    'Pasted backscatter: Postfix text and returned headers',
    lines(
      '<leo@example.org>: host store.example.org[192.0.2.81] said: 550 5.1.1 <leo@example.org>: Recipient',
      '    address rejected: User unknown in local recipient table (in reply to RCPT TO',
      '    command)',
      '',
      'Return-Path: <alice@example.com>',
      'Received: from mail.example.com (unknown [203.0.113.66]) by mx.example.org (Postfix) with ESMTP id 4QxAB',
      'Received-SPF: Fail (mailfrom) identity=mailfrom; client-ip=203.0.113.66; helo=mail.example.com; envelope-from=alice@example.com; receiver=<UNKNOWN>',
      'Authentication-Results: mx.example.org; dmarc=fail (p=none dis=none) header.from=example.com',
      'From: alice@example.com',
      'To: leo@example.org',
      'Subject: Payment',
    ),
    { ...BACKSCATTER_UNKNOWN, recipient: 'leo@example.org' },
  ],
  // Look-alikes: not backscatter.
  [
    'Forwarded copy: the forwarder passed SPF and DKIM, the final hop failed SPF',
    postfixDsn(
      'mx.example.net',
      'bob@example.net',
      '5.1.1',
      '550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown in virtual mailbox table',
      [
        'Return-Path: <SRS0=Ab12=Z3=example.com=alice@example.org>',
        'Received: from mail.example.org (mail.example.org [198.51.100.10])',
        '\tby mx.example.net (Postfix) with ESMTP id 4QxFW1',
        '\tfor <bob@example.net>; Fri,  4 Dec 2026 08:50:02 +0000 (UTC)',
        'Authentication-Results: mx.example.net; spf=fail smtp.mailfrom=example.com; dkim=pass header.d=example.com; dmarc=pass header.from=example.com',
        'Received: from mail.example.com (mail.example.com [192.0.2.25])',
        '\tby mail.example.org (Postfix) with ESMTPS id 4QxFV9',
        '\tfor <bob@example.org>; Fri,  4 Dec 2026 08:50:01 +0000 (UTC)',
        'Authentication-Results: mail.example.org; spf=pass smtp.mailfrom=alice@example.com; dkim=pass header.d=example.com',
        'DKIM-Signature: v=1; a=rsa-sha256; d=example.com; s=mail; h=from:to:subject; bh=abc=; b=def',
        'From: Alice <alice@example.com>',
        'To: bob@example.org',
        'Subject: Meeting notes',
        'Message-ID: <a1b2c3@mail.example.com>',
      ],
    ),
    { cause: ['user-unknown', 'forward-target-failed'], reason: 'userunknown', recipient: 'bob@example.net' },
  ],
  [
    'Copy with DKIM pass for the domain: SPF fail alone is no forgery',
    postfixDsn(
      'mx1.example.org',
      'mallory@example.org',
      '5.1.1',
      '550 5.1.1 <mallory@example.org>: Recipient address rejected: User unknown in virtual mailbox table',
      [
        'Return-Path: <alice@example.com>',
        'Received: from out.example-esp.net (out.example-esp.net [198.51.100.200])',
        '\tby mx1.example.org (Postfix) with ESMTPS id 4QxG1',
        '\tfor <mallory@example.org>; Fri,  4 Dec 2026 08:55:00 +0000 (UTC)',
        'Authentication-Results: mx1.example.org;',
        '\tspf=fail (sender IP is 198.51.100.200) smtp.mailfrom=alice@example.com;',
        '\tdkim=pass (2048-bit key) header.d=example.com header.i=@example.com header.b=Xy12;',
        '\tdmarc=pass (p=reject dis=none) header.from=example.com',
        'From: Alice <alice@example.com>',
        'To: mallory@example.org',
        'Subject: December newsletter',
      ],
    ),
    { ...USER_UNKNOWN, recipient: 'mallory@example.org' },
  ],
  [
    'Own outbound copy stamped by own gateway with an SPF fail',
    lines(
      'From: Mail Delivery System <MAILER-DAEMON@smtp.example.com>',
      'To: alice@example.com',
      'Subject: Undelivered Mail Returned to Sender',
      DATE,
      '',
      ...postfixNoticeHead('smtp.example.com'),
      '<nina@example.org>: host mx.example.org[198.51.100.30] said: 550 5.1.1',
      '    <nina@example.org>: Recipient address rejected: User unknown in virtual',
      '    mailbox table (in reply to RCPT TO command)',
      '',
      '--- returned headers ---',
      'Return-Path: <alice@example.com>',
      'Received: from laptop.example.com (unknown [192.0.2.140])',
      '\t(Authenticated sender: alice@example.com)',
      '\tby smtp.example.com (Postfix) with ESMTPSA id 4QxH2',
      '\tfor <nina@example.org>; Fri,  4 Dec 2026 09:00:00 +0000 (UTC)',
      'Authentication-Results: smtp.example.com; spf=fail smtp.mailfrom=alice@example.com; dmarc=fail header.from=example.com',
      'From: Alice <alice@example.com>',
      'To: nina@example.org',
      'Subject: Lunch?',
    ),
    { ...USER_UNKNOWN, recipient: 'nina@example.org' },
  ],
  [
    'Bounce about DMARC itself, copy failing DMARC: stays dmarc-fail',
    postfixDsn(
      'mx.example.org',
      'oscar@example.org',
      '5.7.1',
      '550 5.7.1 Email rejected per DMARC policy for example.com',
      forgedHeaders('mx.example.org', AR_FAIL('mx.example.org')),
    ),
    {
      cause: ['dmarc-fail', 'auth-failed'],
      reason: 'authfailure',
      side: 'sender',
      recipient: 'oscar@example.org',
    },
  ],
  [
    'Bounce about SPF itself (Exim), Received-SPF fail: stays spf-fail',
    lines(
      'From: Mail Delivery System <Mailer-Daemon@relay.example.org>',
      'To: alice@example.com',
      'Subject: Mail delivery failed: returning message to sender',
      DATE,
      '',
      'This message was created automatically by mail delivery software.',
      '',
      'A message that you sent could not be delivered to one or more of its',
      'recipients. This is a permanent error. The following address(es) failed:',
      '',
      '  pat@example.net',
      '    host mx.example.net [198.51.100.44]',
      '    SMTP error from remote mail server after MAIL FROM:<alice@example.com> SIZE=2211:',
      '    550 5.7.23 SPF validation failed: 192.0.2.55 is not allowed to send mail from example.com',
      '',
      '------ This is a copy of the message, including all the headers. ------',
      '',
      'Return-path: <alice@example.com>',
      'Received-SPF: fail (relay.example.org: domain of example.com does not designate 192.0.2.55 as permitted sender)',
      'From: alice@example.com',
      'To: pat@example.net',
      'Subject: Hello',
    ),
    {
      cause: ['spf-fail', 'auth-failed'],
      reason: 'authfailure',
      side: 'sender',
      recipient: 'pat@example.net',
      confidence: 'high',
    },
  ],
  // Genuine bounces that carry help links (never phishing) with their usual cause.
  [
    'Gmail bounce with help link: address not found',
    lines(
      'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
      'To: alice@example.com',
      'Subject: Delivery Status Notification (Failure)',
      DATE,
      '',
      '** Address not found **',
      '',
      "Your message wasn't delivered to quinn@gmail.com because the address couldn't be found, or is unable to receive mail.",
      '',
      'Learn more here: https://support.google.com/mail/?p=NoSuchUser',
      '',
      'The response from the remote server was:',
      "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser a1si123 - gsmtp",
    ),
    { ...USER_UNKNOWN, recipient: 'quinn@gmail.com', confidence: 'high' },
  ],
  [
    'Gmail bounce: recipient inbox full, help link',
    lines(
      'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
      'To: alice@example.com',
      'Subject: Delivery Status Notification (Failure)',
      DATE,
      '',
      '** Message not delivered **',
      '',
      "Your message couldn't be delivered to rita@gmail.com because the recipient's inbox is full.",
      '',
      'Learn more here: https://support.google.com/mail/?p=OverQuotaPerm',
      '',
      'The response was:',
      '552 5.2.2 The email account that you tried to reach is over quota. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaPerm b2si456 - gsmtp',
    ),
    { ...MAILBOX_FULL, recipient: 'rita@gmail.com' },
  ],
  [
    'Outlook.com NDR with How to Fix It link: mailbox full',
    email(
      ['From: Microsoft Outlook <postmaster@outlook.com>', TO_ALICE, 'Subject: Undeliverable: Photos'],
      'html',
      html(
        "<p>Your message to sam@outlook.com couldn't be delivered.</p>",
        "<p>sam's mailbox is full.</p>",
        '<p>alice &nbsp; Office 365 &nbsp; sam<br>Action Required &nbsp; Recipient<br>Mailbox full</p>',
        "<p><b>How to Fix It</b><br>The recipient's mailbox is full and can't accept messages now. Try resending your message later, or contact the recipient directly.</p>",
        '<p><a href="https://go.microsoft.com/fwlink/?LinkId=532972">More Info for Email Admins</a></p>',
        '<p>Diagnostic information for administrators:</p>',
        '<p>Generating server: BY5PR12MB4321.namprd12.prod.outlook.com</p>',
        "<p>sam@outlook.com<br>Remote server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'</p>",
      ),
      'qp',
    ),
    { ...MAILBOX_FULL, recipient: 'sam@outlook.com' },
  ],
  [
    'Microsoft 365 NDR with help link: recipient not found',
    email(
      [
        'From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com>',
        TO_ALICE,
        'Subject: Undeliverable: Agenda',
      ],
      'html',
      html(
        "<p>Your message to tom@example.net couldn't be delivered.</p>",
        "<p>tom wasn't found at example.net.</p>",
        "<p><b>How to Fix It</b><br>The address may be misspelled or may not exist. Try one or more of the following: Retype the recipient's address, then resend the message.</p>",
        '<p><a href="https://learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-550-5-1-1-through-5-1-20-in-exchange-online">More Info for Email Admins</a></p>',
        "<p>Remote server returned '550 5.1.1 &lt;tom@example.net&gt;: Recipient address rejected: User unknown in local recipient table'</p>",
      ),
      'base64',
    ),
    { ...USER_UNKNOWN, recipient: 'tom@example.net' },
  ],
  [
    'Postfix delay notice: message still being retried (not held by a lure)',
    lines(
      'From: MAILER-DAEMON@mail.example.com (Mail Delivery System)',
      'To: alice@example.com',
      'Subject: Delayed Mail (still being retried)',
      DATE,
      '',
      'This is the mail system at host mail.example.com.',
      '',
      '####################################################################',
      '# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #',
      '####################################################################',
      '',
      'Your message could not be delivered for 4.0 hours.',
      'It will be retried until it is 5.0 days old.',
      '',
      '<uma@example.org>: connect to mx.example.org[198.51.100.90]:25: Connection timed out',
    ),
    {
      cause: ['delivery-delayed', 'recipient-server-unreachable'],
      reason: ['expired', 'networkerror'],
      permanent: false,
      recipient: 'uma@example.org',
    },
  ],
  [
    'Exim bounce: mailbox quota exceeded, genuine',
    lines(
      'From: Mail Delivery System <Mailer-Daemon@mail.example.com>',
      'To: alice@example.com',
      'Subject: Mail delivery failed: returning message to sender',
      DATE,
      '',
      'This message was created automatically by mail delivery software.',
      '',
      'A message that you sent could not be delivered to one or more of its',
      'recipients. This is a permanent error. The following address(es) failed:',
      '',
      '  vera@example.net',
      '    host mx.example.net [198.51.100.12]',
      '    SMTP error from remote mail server after RCPT TO:<vera@example.net>:',
      '    552 5.2.2 <vera@example.net>: Mailbox quota exceeded',
    ),
    { ...MAILBOX_FULL, recipient: 'vera@example.net' },
  ],
  [
    'Yahoo bounce with help link: not a valid recipient',
    lines(
      'From: MAILER-DAEMON@yahoo.com',
      'To: alice@example.com',
      'Subject: Failure Notice',
      DATE,
      '',
      'Sorry, we were unable to deliver your message to the following address.',
      '',
      '<walt@yahoo.com>:',
      '554: delivery error: dd Not a valid recipient - atlas114.free.mail.gq1.yahoo.com',
      '',
      'For help, see https://senders.yahooinc.com/smtp-error-codes',
    ),
    // Relayed in a bounce without the stage it answered: `filtered` by the project's Sisimai convention (README).
    { ...USER_UNKNOWN, reason: ['userunknown', 'filtered'], recipient: 'walt@yahoo.com' },
  ],
];

export const SECOND_BATCH_62: RealWorldCase[] = [
  [
    'Postfix backscatter: mailbox full downstream, DMARC fail with SPF softfail',
    postfixDsn(
      'gw.example.org',
      'xena@example.org',
      '5.2.2',
      '552 5.2.2 <xena@example.org>: Mailbox full',
      forgedHeaders('gw.example.org', [
        'Authentication-Results: gw.example.org; dkim=none (no signatures found);',
        '\tspf=softfail smtp.mailfrom=example.com; dmarc=fail (p=quarantine) header.from=example.com',
      ]),
    ),
    { ...BACKSCATTER_FULL, recipient: 'xena@example.org' },
  ],
  [
    'Exchange on-premises NDR in German: backscatter, Received-SPF Fail in the original headers',
    lines(
      'From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.org>',
      'To: alice@example.com',
      'Subject: Unzustellbar: Rechnung 2026-118',
      DATE,
      'Content-Type: text/plain; charset="utf-8"',
      '',
      'Die Nachricht konnte an folgende Empfänger oder Gruppen nicht übermittelt werden:',
      '',
      'yann@example.org',
      'Die E-Mail-Adresse, die Sie eingegeben haben, wurde nicht gefunden.',
      '',
      'Diagnoseinformationen für Administratoren:',
      '',
      'Generierender Server: EXCH01.corp.example.org',
      '',
      'yann@example.org',
      "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'",
      '',
      'Ursprüngliche Nachrichtenkopfzeilen:',
      '',
      'Received: from edge.example.org (192.0.2.90) by EXCH01.corp.example.org',
      ' (192.0.2.91) with Microsoft SMTP Server id 15.2.1544.4; Fri, 4 Dec 2026 09:01:02 +0100',
      'Received-SPF: Fail (EXCH01.corp.example.org: domain of alice@example.com does not',
      ' designate 203.0.113.180 as permitted sender) receiver=EXCH01.corp.example.org;',
      ' client-ip=203.0.113.180; helo=example.com;',
      'From: <alice@example.com>',
      'To: <yann@example.org>',
      'Subject: Rechnung 2026-118',
    ),
    { cause: 'backscatter', reason: 'userunknown', side: 'sender', recipient: 'yann@example.org' },
  ],
  [
    'Own outbound copy in a DSN part: submitted with a login, own gateway stamped SPF fail',
    postfixDsn(
      'mx.example.org',
      'zoe@example.org',
      '5.1.1',
      '550 5.1.1 <zoe@example.org>: Recipient address rejected: User unknown in virtual mailbox table',
      [
        'Return-Path: <alice@example.com>',
        'Received: from smtp.example.com (smtp.example.com [192.0.2.25])',
        '\tby mx.example.org (Postfix) with ESMTPS id 4QxJ7',
        '\tfor <zoe@example.org>; Fri,  4 Dec 2026 09:05:00 +0000 (UTC)',
        'Authentication-Results: smtp.example.com; spf=fail smtp.mailfrom=alice@example.com; dmarc=fail header.from=example.com',
        'Received: from [192.0.2.140] (unknown [192.0.2.140])',
        '\t(Authenticated sender: alice@example.com)',
        '\tby smtp.example.com (Postfix) with ESMTPSA id 4QxJ6',
        '\tfor <zoe@example.org>; Fri,  4 Dec 2026 09:04:59 +0000 (UTC)',
        'From: Alice <alice@example.com>',
        'To: zoe@example.org',
        'Subject: Minutes',
      ],
    ),
    { ...USER_UNKNOWN, recipient: 'zoe@example.org' },
  ],
  [
    'Forwarded by an ARC-sealing forwarder: i=1 passed there, the last hop failed SPF, DKIM and DMARC',
    postfixDsn(
      'mx.example.net',
      'abe@example.net',
      '5.1.1',
      '550 5.1.1 <abe@example.net>: Recipient address rejected: User unknown in virtual mailbox table',
      [
        'Return-Path: <alice@example.com>',
        'ARC-Seal: i=1; a=rsa-sha256; cv=none; d=example.org; s=arc; b=xyz',
        'ARC-Authentication-Results: i=1; fwd.example.org; spf=pass smtp.mailfrom=alice@example.com; dkim=pass header.d=example.com; dmarc=pass header.from=example.com',
        'Received: from fwd.example.org (fwd.example.org [198.51.100.15])',
        '\tby mx.example.net (Postfix) with ESMTP id 4QxK1',
        '\tfor <abe@example.net>; Fri,  4 Dec 2026 09:10:00 +0000 (UTC)',
        'Authentication-Results: mx.example.net; spf=fail smtp.mailfrom=example.com; dkim=fail (body hash did not verify) header.d=example.com; dmarc=fail header.from=example.com; arc=pass (i=1)',
        'From: Alice <alice@example.com>',
        'To: bob@example.org',
        'Subject: Rota',
      ],
    ),
    { cause: ['user-unknown', 'forward-target-failed'], reason: 'userunknown', recipient: 'abe@example.net' },
  ],
  [
    'Microsoft 365 5.7.509 DMARC reject of a forgery: stays dmarc-fail',
    lines(
      'From: Microsoft Outlook <postmaster@example.org>',
      'To: alice@example.com',
      'Subject: Undeliverable: Invoice',
      DATE,
      '',
      "Your message to bea@example.org couldn't be delivered.",
      '',
      "Remote server returned '550 5.7.509 Access denied, sending domain example.com does not pass DMARC verification and has a DMARC policy of reject.'",
      '',
      'Original message headers:',
      '',
      'Authentication-Results: spf=fail (sender IP is 203.0.113.45)',
      ' smtp.mailfrom=example.com; dkim=none (message not signed)',
      ' header.d=none;dmarc=fail action=oreject header.from=example.com;',
      'From: <alice@example.com>',
      'To: <bea@example.org>',
      'Subject: Invoice',
    ),
    {
      cause: ['dmarc-fail', 'auth-failed'],
      reason: 'authfailure',
      side: 'sender',
      recipient: 'bea@example.org',
    },
  ],
];

export const LURE_SECOND_62: LureCase[] = [
  [
    'EN: incoming mail suspended, validate mailbox',
    email(
      [
        'From: "Mail Support" <support@example.com>',
        TO_ALICE,
        'Subject: Mail Quota Exceeded - incoming emails suspended',
      ],
      'plain',
      lines(
        'Your mailbox alice@example.com has reached its storage limit and your incoming emails are now suspended.',
        '',
        'Validate your mailbox to restore incoming mail: https://mailbox-validate.github.io/restore/',
        '',
        'Support Team',
      ),
    ),
  ],
  [
    'DE quoted-printable: Microsoft 365 Passwort läuft heute ab',
    email(
      ['From: "Microsoft 365" <noreply@example.com>', TO_ALICE, 'Subject: Ihr Passwort läuft heute ab'],
      'html',
      html(
        '<p><b>Microsoft 365</b></p>',
        '<p>Das Passwort für alice@example.com läuft heute ab.</p>',
        '<p><a href="https://m365-passwort.workers.dev/">Aktuelles Passwort beibehalten</a></p>',
        '<p>Andernfalls wird Ihr Konto gesperrt und Sie erhalten keine E-Mails mehr.</p>',
      ),
      'qp',
    ),
  ],
  [
    'FR base64: échec de livraison, 7 messages en attente',
    email(
      [
        'From: "Administrateur Webmail" <admin@example.com>',
        TO_ALICE,
        'Subject: Échec de livraison : 7 messages en attente',
      ],
      'plain',
      lines(
        'Bonjour alice@example.com,',
        '',
        "Vous avez 7 messages en attente qui n'ont pas été livrés dans votre boîte de réception.",
        'Récupérez vos messages ici : https://recuperer-messages.azurewebsites.net/',
        '',
        'Administrateur Webmail',
      ),
      'base64',
    ),
  ],
  [
    'ES: Zimbra, su cuenta será desactivada',
    email(
      ['From: "Zimbra Soporte" <zimbra@example.com>', TO_ALICE, 'Subject: Aviso: su cuenta será desactivada'],
      'plain',
      lines(
        'Estimado usuario:',
        '',
        'Su cuenta de correo alice@example.com será desactivada porque no ha completado la actualización de seguridad.',
        'Verifique su cuenta ahora: https://zimbra-actualizacion.typeform.com/to/x9Ab',
        '',
        'Equipo de Soporte Zimbra',
      ),
    ),
  ],
  [
    'IT HTML: cPanel, messaggi in sospeso',
    email(
      ['From: "cPanel Webmail" <webmail@example.com>', TO_ALICE, 'Subject: Messaggi non consegnati'],
      'html',
      html(
        '<p>cPanel Webmail</p>',
        '<p>Hai 5 messaggi in sospeso sul server per alice@example.com.</p>',
        '<p><a href="https://webmail-rilascio.onrender.com/">Clicca qui</a> per rilasciare i messaggi nella tua casella.</p>',
      ),
    ),
  ],
  [
    'NL pasted: mailbox bijna vol, opslag verhogen',
    lines(
      'Uw mailbox is bijna vol (96%).',
      'Nieuwe berichten worden tegengehouden.',
      'Klik hier om uw opslag gratis te verhogen: https://mailbox-opslag.glitch.me/',
      'Webmail Beheer',
    ),
  ],
  [
    'PT pasted: mensagens retidas, faça login',
    lines(
      'Aviso do servidor de e-mail',
      '',
      'Você tem 4 mensagens retidas para alice@example.com.',
      'Faça login para liberar suas mensagens: https://liberar-mensagens.herokuapp.com/login',
    ),
  ],
  [
    'EN: storage limit reached, messages no longer syncing, look-alike domain',
    email(
      [
        'From: "Outlook Team" <noreply@outlook-storage-alerts.example.net>',
        TO_ALICE,
        'Subject: Storage limit reached: your messages are no longer syncing',
      ],
      'html',
      html(
        '<p>Your mailbox alice@example.com is full. New messages are no longer syncing to your devices.</p>',
        '<p>Click here to upgrade your storage and avoid losing your emails:</p>',
        '<p><a href="https://outlook-storage-alerts.example.net/upgrade?user=alice@example.com">Get more storage</a></p>',
      ),
    ),
  ],
];

export const NOTICE_SECOND_62: NoticeCase[] = [
  [
    'Hornetsecurity spam report digest',
    email(
      [
        'From: Hornetsecurity <noreply@hornetsecurity.com>',
        TO_ALICE,
        'Subject: Spam report for alice@example.com: 5 messages quarantined',
      ],
      'html',
      html(
        '<p>Spam report</p>',
        '<p>5 messages were moved to quarantine in the last 24 hours.</p>',
        '<table><tr><td>deals@example.net</td><td>Flash sale</td><td><a href="https://cp.hornetsecurity.com/quarantine/release?id=77">Release</a></td></tr></table>',
      ),
    ),
    NO_RECORD,
  ],
  [
    'Microsoft 365 quarantine notification in German',
    email(
      [
        'From: quarantine@messaging.microsoft.com',
        TO_ALICE,
        'Subject: Microsoft 365-Sicherheit: Sie haben Nachrichten in der Quarantäne',
      ],
      'html',
      html(
        '<p>Microsoft 365-Sicherheit: Sie haben Nachrichten in der Quarantäne</p>',
        '<p>Überprüfen Sie diese Nachrichten innerhalb von 30 Tagen nach Erhalt auf der Quarantäneseite im Security Center.</p>',
        '<p><a href="https://security.microsoft.com/quarantine?id=3f">Nachricht überprüfen</a> <a href="https://security.microsoft.com/quarantine?release=3f">Freigeben</a></p>',
      ),
      'qp',
    ),
    NO_RECORD,
  ],
  [
    'Dovecot quota-warning script: mailbox 90% full',
    email(
      ['From: postmaster@example.com', TO_ALICE, 'Subject: Quota warning'],
      'plain',
      lines('Your mailbox is now 90% full.', '', 'Please delete old messages or empty the Trash folder.'),
    ),
    QUOTA_OK,
  ],
  [
    'Google Workspace admin alert: a user out of storage',
    email(
      [
        'From: Google Workspace Alerts <google-workspace-alerts-noreply@google.com>',
        TO_ALICE,
        'Subject: Alert: User out of storage',
      ],
      'html',
      html(
        "<p>The user bob@example.com has run out of storage and can't receive new email in Gmail.</p>",
        '<p><a href="https://admin.google.com/ac/users">View user in the Admin console</a></p>',
        '<p>You can buy more storage or free up space.</p>',
      ),
    ),
    QUOTA_OK,
  ],
];
