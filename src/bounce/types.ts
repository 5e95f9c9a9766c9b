/** The Sisimai 5.1 reason vocabulary (see README "Reasons"), so results compare one-to-one. */
export const REASONS = [
  'authfailure',
  'badreputation',
  'blocked',
  'contenterror',
  'delivered',
  'exceedlimit',
  'expired',
  'failedstarttls',
  'feedback',
  'filtered',
  'hasmoved',
  'hostunknown',
  'mailboxfull',
  'mailererror',
  'mesgtoobig',
  'networkerror',
  'notaccept',
  'norelaying',
  'notcompliantrfc',
  'onhold',
  'policyviolation',
  'rejected',
  'requireptr',
  'securityerror',
  'spamdetected',
  'speeding',
  'suppressed',
  'suspend',
  'syntaxerror',
  'systemerror',
  'systemfull',
  'toomanyconn',
  'undefined',
  'userunknown',
  'vacation',
  'virusdetected',
] as const;
export type Reason = (typeof REASONS)[number];

/** Whose side must act to fix the problem. */
export type Side = 'sender' | 'recipient' | 'either';

/** The shape of the text the facts were read from. */
export type InputForm =
  | 'dsn' // RFC 3464 multipart/report
  | 'mta-bounce' // a non-standard bounce email (qmail, Exim, Exchange...)
  | 'human-text' // the readable part only, copied from a mail client
  | 'smtp-reply' // one SMTP reply
  | 'mta-log' // Postfix/Exim/Sendmail log lines, message trace
  | 'transcript' // "Remote host said:", swaks, telnet
  | 'feedback-report' // ARF (RFC 5965)
  | 'auto-reply' // RFC 3834 vacation and similar
  | 'read-receipt'; // RFC 8098 message disposition notification

/** The SMTP command a reply answered. */
export type SmtpCommand = 'CONN' | 'HELO' | 'EHLO' | 'STARTTLS' | 'AUTH' | 'MAIL' | 'RCPT' | 'DATA' | 'QUIT';

/** A message still in the sending server's queue, as its log line or queue listing names it. */
export interface QueuedMessage {
  mta: 'postfix' | 'sendmail' | 'exim' | 'exchange';
  /**
   * The queue id (Postfix, Sendmail), message id (Exim) or message identity (Exchange, EX01\3\1234): only
   * letters, digits, '-' and Exchange's backslashes.
   */
  id: string;
}

/**
 * What the returned copy's headers say of the original's authentication at the server that bounced it, when
 * they show it failed the sender domain's SPF or DMARC with no DKIM signature of the domain passing.
 */
export interface ForgedCopy {
  /** The domain whose authentication failed (the original's sender domain). */
  domain: string;
  /** The results in short: "spf=fail, dkim=none, dmarc=fail". */
  results: string;
  /** The receiver that checked them (authserv-id). */
  checkedBy?: string;
  /** The address the copy came from, as that receiver saw it. */
  sendingIp?: string;
  /** The returned copy's Message-ID, to look for in the sender's own logs. */
  messageId?: string;
}

/** Everything read from a bounce about one failed (or reported) recipient. Nothing here is a judgement. */
export interface BounceFacts {
  form: InputForm;
  recipient?: string;
  sender?: string;
  /** SMTP reply code, e.g. 550. */
  replyCode?: number;
  /** RFC 3463 enhanced status code, e.g. "5.1.1". */
  status?: string;
  /**
   * The DSN Action field, when the bounce had one (failed, delayed, delivered, ...); for a read receipt, its
   * disposition type (displayed, deleted, processed, ...), or failed when it reports a failure.
   */
  action?: string;
  /**
   * The text is a mail client's, sending library's or device's own report of failing to send (Outlook, a
   * scanner's panel, a NAS box's test button): its words about "the mail server" are its own server's.
   */
  clientError?: boolean;
  /** The server's own words, joined onto one line. */
  diagnostic?: string;
  command?: SmtpCommand;
  /** The reply came back only after DATA was sent (a pipelined RCPT TO answer in a transcript). */
  afterData?: boolean;
  remoteHost?: string;
  remoteIp?: string;
  reportingMta?: string;
  /** The IP the message was sent from, when the bounce states it. */
  sendingIp?: string;
  /**
   * The address the failed recipient was reached through, when the bounce or log names one (Postfix
   * "(expanded from <x>)" and orig_to, Exim "(generated from x)" and its parent address, a DSN's
   * Original-Recipient, the returned copy's X-Sieve-Redirected-From or Delivered-To): an alias or forward.
   */
  forwardedFrom?: string;
  /** The returned copy's own headers show it failed the sender domain's authentication (backscatter?). */
  forgedCopy?: ForgedCopy;
  /** Provider id from the knowledge base, e.g. "google". */
  provider?: string;
  /** Provider reference codes found in the text: S3150, BL21, TSS04, CS01... */
  referenceCodes: string[];
  /** Blocklist ids named in the text (knowledge/blocklists.ts). */
  blocklists: string[];
  /** The sending MTA's own verdict on the failure, e.g. PowerMTA's X-PowerMTA-BounceCategory "bad-mailbox". */
  mtaCategory?: string;
  /**
   * The reason is a console's or sending platform's own category or words ("Hard bounce", "Mailbox Full",
   * "Spam Blocker"), no server reply: its reading of a reply we cannot see, so never read with high confidence.
   */
  platformWords?: boolean;
  /**
   * The reporting MTA decided the failure itself: a DSN group whose Diagnostic-Code is of its own type
   * (X-Notes, X-Postfix, X-Unix…, not smtp) and that names no Remote-MTA. Its words are taken as meant.
   */
  decidedLocally?: boolean;
  /**
   * The DSN Diagnostic-Code's type when it is not smtp (X-Unix, X-Postfix, X-Notes…), upper case: X-Unix is a
   * local program's result (a pipe, procmail, mail.local, an LDA), whatever status the MTA mapped its exit to.
   */
  diagnosticType?: string;
  /** ARF feedback type, for feedback reports. */
  feedbackType?: string;
  /** Where the message waits, when a log line or queue listing gives its MTA and queue id. */
  queued?: QueuedMessage;
  /** The subject of the bounce email, when there was one. */
  subject?: string;
  /** The bounce's own readable text around the recipient (bounded), for when the reply itself says little. */
  context?: string;
  /**
   * The readable text above the bounce's list of recipients (its end, bounded): where a notice may state the
   * reason once for all ("Your account has been blocked from sending … Your message to x was not sent.").
   */
  preamble?: string;
  /**
   * What the reading found beside the facts and a reader should know, shown with the evidence: a console's
   * details pane quoting a reply it does not say is this recipient's (never a reason for this one).
   */
  notes?: string[];
}
