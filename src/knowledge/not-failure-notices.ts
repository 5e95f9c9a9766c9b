/**
 * Notices about mail that did not fail, in the products' own words (lower case). A text that says one of
 * these, and is no failure notice besides, gets no failure record.
 */

/** A message held, not refused: it may still be delivered (list moderation, quarantine digests). */
export const HELD_NOTICES: readonly string[] = [
  // Mailman 2 and 3: "Your mail to 'Staff' … Is being held until the list moderator can review it for
  // approval." The reason given ("Post by non-member to a members-only list") is why it is held.
  'held until the list moderator can review it',
  'awaits moderator approval',
  // A recipient's quarantine digest: Microsoft 365 ("3 messages are being held for you to review"),
  // gateways' hold summaries, Proofpoint's End User Digest.
  'held for you to review',
  'have been held for you',
  'have been placed in your personal quarantine',
  // Mimecast's digest ("You have 2 messages on hold. The following messages were not delivered to your inbox
  // because they were identified as spam.").
  'messages on hold',
  'have 1 message on hold',
];

/**
 * A mailbox nearly full, told to its own user by their server (Zimbra's "Your mailbox size has reached 90% of
 * your quota", cPanel's "is using 85% of its quota", Exchange's and Plesk's "Your mailbox is almost full"):
 * a warning, no message failed. Lower-case text; linear patterns.
 */
export const QUOTA_WARNINGS: readonly RegExp[] = [
  /\b(?:has reached|is using|is at|has used|uses) [1-9]?\d(?:[.,]\d{1,2})? ?% of (?:your|its|the) (?:\d{1,6} ?[kmgt]b )?(?:quota|storage|mailbox)/,
  /\b(?:mailbox|storage|inbox) is (?:now )?(?:almost|nearly) full\b/,
  // Dovecot's quota-warning script: "Your mailbox is now 90% full."
  /\b(?:mailbox|storage|inbox) is (?:now )?[1-9]?\d ?% full\b/,
];

/**
 * A delivery report of success, as the sending server words it when no DSN part says so: the action it
 * stands for (RFC 3464's "delivered", or "relayed" to a server that reports no further).
 */
export const SUCCESS_NOTICES: readonly { text: string; action: 'delivered' | 'relayed' }[] = [
  // Sendmail's return receipt: "----- The following addresses had successful delivery notifications -----".
  { text: 'had successful delivery notifications', action: 'delivered' },
  // Postfix's "Successful Mail Delivery Report".
  { text: 'your message was successfully delivered to the destination', action: 'delivered' },
  // Exchange's "Delivered:" receipt.
  { text: 'your message has been delivered to the following recipients', action: 'delivered' },
  // Exchange's "Relayed:" notice.
  {
    text: 'delivery to these recipients or groups is complete, but no delivery notification was sent',
    action: 'relayed',
  },
  // Exchange's "Delivered:" receipt in German ("Übermittelt:"), French ("Remis :"), Spanish ("Entregado:"),
  // Italian ("Recapitato:"), Portuguese ("Entregue:").
  { text: 'ihre nachricht wurde an die folgenden empfänger übermittelt', action: 'delivered' },
  { text: 'votre message a été remis aux destinataires suivants', action: 'delivered' },
  { text: 'su mensaje se entregó a los siguientes destinatarios', action: 'delivered' },
  { text: 'il messaggio è stato recapitato ai seguenti destinatari', action: 'delivered' },
  { text: 'sua mensagem foi entregue aos seguintes destinatários', action: 'delivered' },
];

/**
 * An accepting (2xx) reply whose words say the message was thrown away or held, not delivered: amavisd-new's
 * "250 2.7.0 Ok, discarded, id=28811-07 - spam" (or "- INFECTED: …", "- BANNED: …") and a filter's "accepted
 * for quarantine". The SMTP dialogue succeeded, but the recipient never sees the message, so the words after
 * the code are read like a refusal's.
 */
export const DISCARDED_ON_ACCEPT: readonly string[] = [
  'ok, discarded',
  'message discarded',
  'discarded as spam',
  'accepted for quarantine',
  'quarantined as spam',
];

/**
 * A read receipt in words, where Outlook and Exchange send one without the RFC 8098 fields (a plain "Read:" or
 * "Not read:" message): what the recipient's client did with a delivered message, never a failure. Lower case;
 * `needsSubject`: words that could stand in other text, taken only under a receipt's subject.
 */
export const READ_RECEIPT_WORDS: readonly {
  text: string;
  disposition: 'displayed' | 'deleted';
  needsSubject?: boolean;
}[] = [
  { text: 'was deleted without being read', disposition: 'deleted' },
  { text: 'was read on', disposition: 'displayed', needsSubject: true },
  // Outlook in German, French, Spanish, Dutch, Italian and Portuguese: "wurde am … ungelesen gelöscht", "a été
  // supprimé sans avoir été lu le …", then the read ones ("wurde am … gelesen", "a été lu le …").
  { text: 'ungelesen gelöscht', disposition: 'deleted', needsSubject: true },
  { text: 'ohne gelesen zu werden', disposition: 'deleted', needsSubject: true },
  { text: 'sans avoir été lu', disposition: 'deleted', needsSubject: true },
  { text: 'sin ser leído', disposition: 'deleted', needsSubject: true },
  { text: 'sin leerse', disposition: 'deleted', needsSubject: true },
  { text: 'sin haber sido leído', disposition: 'deleted', needsSubject: true },
  { text: 'zonder te zijn gelezen', disposition: 'deleted', needsSubject: true },
  { text: 'zonder gelezen te zijn', disposition: 'deleted', needsSubject: true },
  { text: 'senza essere stato letto', disposition: 'deleted', needsSubject: true },
  { text: 'senza essere letto', disposition: 'deleted', needsSubject: true },
  { text: 'sem ser lida', disposition: 'deleted', needsSubject: true },
  { text: 'sem ser lido', disposition: 'deleted', needsSubject: true },
  { text: 'gelesen', disposition: 'displayed', needsSubject: true },
  { text: 'a été lu', disposition: 'displayed', needsSubject: true },
  { text: 'se leyó', disposition: 'displayed', needsSubject: true },
  { text: 'fue leído', disposition: 'displayed', needsSubject: true },
  { text: 'se ha leído', disposition: 'displayed', needsSubject: true },
  { text: 'is gelezen', disposition: 'displayed', needsSubject: true },
  { text: 'è stato letto', disposition: 'displayed', needsSubject: true },
  { text: 'foi lida', disposition: 'displayed', needsSubject: true },
  { text: 'foi lido', disposition: 'displayed', needsSubject: true },
];

/** The subject of a read receipt as Outlook writes it ("Read: …", "Not read: …", "Gelesen: …"), lower case. */
export const READ_RECEIPT_SUBJECT =
  /^(?:not read|read|gelesen|nicht gelesen|lu|non lu|leído|no leído|gelezen|niet gelezen|letto|non letto|lido|não lido|lida|não lida)[ \t\u00a0]?:/;
