import type { Reason, SmtpCommand } from '../bounce/types.js';

/**
 * The SMTP command a reply answered tells whom its words are about: "no such domain" after MAIL FROM is
 * the sender's domain, "invalid domain" after HELO is our host name, "access denied" at connect is us.
 */
export const COMMAND_REFINES: Partial<Record<SmtpCommand, Record<string, string>>> = {
  MAIL: {
    'user-unknown': 'sender-rejected',
    'recipient-not-in-tenant': 'sender-rejected',
    'domain-not-found': 'sender-domain-invalid',
    'mailbox-disabled': 'sender-rejected',
  },
  EHLO: {
    'domain-not-found': 'helo-rejected',
    'syntax-error': 'helo-rejected',
    'sender-rejected': 'helo-rejected',
    'security-error': 'connection-rejected',
    'policy-violation': 'connection-rejected',
  },
  HELO: {
    'domain-not-found': 'helo-rejected',
    'syntax-error': 'helo-rejected',
    'sender-rejected': 'helo-rejected',
    'security-error': 'connection-rejected',
    'policy-violation': 'connection-rejected',
  },
  CONN: {
    'security-error': 'connection-rejected',
    'policy-violation': 'connection-rejected',
    'system-error': 'connection-rejected',
    'sender-rejected': 'connection-rejected',
  },
};

/** A specific status code narrows a cause read from words: a "too large" reply with 5.2.3 is an admin limit. */
export const STATUS_REFINES: Record<string, Record<string, string>> = {
  'message-too-large': { '2.3': 'size-limit-exceeded' },
  // "Recipient address rejected: Access denied" with x.4.1 is Exchange Online's directory-based edge blocking
  // (no such address in the tenant); Postfix's access-table REJECT of the same words says 5.7.1.
  'recipient-restricted': { '4.1': 'recipient-not-in-tenant' },
  // x.5.4 is "invalid command arguments": "501 5.5.4 Invalid domain name" (Exchange's answer to a malformed
  // EHLO name) is a name that does not parse, not one that does not exist.
  'domain-not-found': { '5.4': 'syntax-error' },
};

/**
 * The same by the whole status, class included: "451 4.7.1 Please try again later" is a policy deferral
 * (greylisting milters answer so), not a broken server; 5.7.1 with the same words is not.
 */
export const FULL_STATUS_REFINES: Record<string, Record<string, string>> = {
  'system-error': { '4.7.1': 'greylisted' },
  'server-unavailable': { '4.7.1': 'greylisted' },
  // postscreen's "550 5.3.2 Service currently unavailable" refuses a client that failed its tests; its 450
  // 4.3.2 lets one that passed come back (reply-phrases.ts).
  greylisted: { '5.3.2': 'connection-rejected' },
  // A temporary x.4.7 ("451 4.4.7 Message delayed") is a message still queued, not one given up on.
  'delivery-expired': { '4.4.7': 'delivery-delayed' },
  // RFC 3463's x.3.2 "system not accepting network messages" is for now when temporary (421 4.3.2 shutting down).
  'not-accepting-mail': { '4.3.2': 'server-unavailable' },
  // x.4.3 is a directory (DNS) server failure: when temporary, the lookup failed for now ("CNAME lookup failed
  // temporarily. (#4.4.3)"), which says nothing of whether the domain exists.
  'domain-not-found': { '4.4.3': 'dns-failure' },
  // A client refused "for now" (421 4.3.2 Service currently unavailable) is a server not taking mail yet.
  'connection-rejected': { '4.3.2': 'server-unavailable' },
};

/**
 * By the status when the reply also names a blocklist: an x.7.1 "user unknown" that cites a list is about
 * the sender's reputation, whatever else its words say.
 */
export const LISTED_STATUS_REFINES: Record<string, Record<string, string>> = {
  'user-unknown': { '7.1': 'ip-blocklisted' },
  'recipient-restricted': { '7.1': 'ip-blocklisted' },
};

/** A cause that only holds for a temporary reply, and what the same words mean in a permanent one. */
export const PERMANENT_REFINES: Record<string, string> = {
  // "554 Service unavailable" is no pause: the server refused for good, for a reason it does not give.
  'server-unavailable': 'system-error',
  // A 5xx reply ends delivery: Exchange's "550 4.4.7 QUEUE.Expired" is no longer a message in the queue.
  'delivery-delayed': 'delivery-expired',
};

/**
 * A cause that only holds once a message was given up, and what it means while the notice says it is still
 * retried: a warning's "Delivery attempts will continue" is no expiry.
 */
export const DELAYED_REFINES: Record<string, string> = {
  'delivery-expired': 'delivery-delayed',
};

/**
 * A DSN group the reporting MTA decided itself, by its Diagnostic-Code type, when the words say nothing
 * decisive: X-Unix is a local program's exit (procmail, a pipe command, mail.local, an LDA), and the status
 * Sendmail or Postfix maps it to (5.6.0 for EX_DATAERR, 5.3.0 for "Command died with status 1") is that
 * exit's number, not the message's content or the receiver's system. Sisimai's 'mailererror'. `over`: the
 * status details (besides vague ones) the type outranks; a mailbox status (5.2.2 for a maildir over quota,
 * 5.1.1) is the MTA's own reading of the program's words and stays.
 */
export const LOCAL_DIAGNOSTIC_CAUSES: Record<string, { cause: string; over: RegExp }> = {
  'X-UNIX': { cause: 'mailer-error', over: /^[36]\./ },
};

/** A cause that only holds while a message is retried, and what it means once a DSN says the message failed. */
export const FAILED_REFINES: Record<string, string> = {
  // Sendmail returns an expired message with its last 4xx: "451 4.4.0 Cannot send message for 3 days".
  'delivery-delayed': 'delivery-expired',
};

/**
 * The same for a cause that is a deferral only when the server said so: when a returned message's last reply was
 * temporary (4xx), the queue gave up on it (a 5xx, or a notice's own words without a code, is final as it is).
 * A greylist that never let the message through, a server that stayed unavailable, a throttle that lasted: "only
 * retry", "not taking mail right now" and "retried automatically" no longer hold; the expiry's steps say to fix
 * the last attempt's cause and resend.
 */
export const TEMPORARY_FAILED_REFINES: Record<string, { cause: string; after: string }> = {
  // `after`: the deferral the queue gave up after, in the title's words ("… (every attempt was deferred:
  // greylisting)"), so the expiry still says what to fix.
  greylisted: { cause: 'delivery-expired', after: 'greylisting' },
  'server-unavailable': { cause: 'delivery-expired', after: 'the receiving server was not taking mail' },
  'rate-limited': { cause: 'delivery-expired', after: 'rate limiting' },
  'too-many-connections': { cause: 'delivery-expired', after: 'connection limits' },
  'recipient-rate-limited': { cause: 'delivery-expired', after: "the recipient's incoming-mail limit" },
};

/**
 * A refusal in answer to DATA (the recipients were already accepted at RCPT TO) that says the address is
 * unknown, without an x.1.x status, is a filter on the recipient's side hiding behind those words: Japanese
 * carriers (docomo, au, SoftBank) answer mail their subscriber's reception settings refuse (指定受信,
 * 迷惑メールフィルター) "550 Unknown user" after DATA. Sisimai's 'filtered'; the recipient must allow the sender.
 */
export const AFTER_DATA_REFINES: Record<string, string> = {
  'user-unknown': 'content-filtered',
};

/**
 * A server's words at DATA that only report every recipient was refused before it (Postfix "554 5.5.1 Error:
 * no valid recipients"): the refusals at RCPT TO are the cause, not a filter on the message.
 */
export const RECIPIENTS_REFUSED_EARLIER = [
  'no valid recipients',
  'no recipients specified',
  'need rcpt command',
];

/**
 * A sender-authentication refusal of a copy the recipient's side forwarded is the forward's fault, not the
 * sender's records: the forwarder sent from its own IP without rewriting the envelope (SRS), or broke the
 * signature. The signs are the bounce naming the address the copy was forwarded from (Postfix "(expanded
 * from <x>)", Exim "(generated from x)") or the reply itself speaking of the forwarder, SRS or an ARC chain (a
 * user's "Forwarded message" above a pasted bounce is not one).
 */
export const FORWARDED_REFINES: Record<string, string> = {
  'spf-fail': 'forwarded-auth-failed',
  'dmarc-fail': 'forwarded-auth-failed',
  'dkim-fail': 'forwarded-auth-failed',
  'auth-failed': 'forwarded-auth-failed',
};
export const FORWARDING_SIGNS =
  /\((?:expanded|generated) from[ :]|\barc=fail\b|\barc validation failed|\bforwarded (?:message|mail|copy) (?:was )?(?:rejected|refused)|\bforwarding (?:server|host)|\bthe forwarder\b|\buse srs\b|\(srs\)|\barc chain\b/i;

/**
 * A forwarded copy that failed at the final address for what that address is (gone, its domain gone,
 * disabled, full) or for
 * the forwarder's IP: the forward is broken and only the recipient's side can mend it. Applied when the bounce
 * names the address the copy was forwarded from (BounceFacts.forwardedFrom) at another domain than the final
 * one; an alias to a mailbox of the same organisation is its own routing, read as the plain failure. The
 * Sisimai reason stays the underlying failure's (classify.ts).
 */
export const FORWARD_TARGET_REFINES: Record<string, string> = {
  'user-unknown': 'forward-target-failed',
  // A forward to a domain that no longer exists (or takes no mail) is as broken as one to a deleted mailbox.
  'domain-not-found': 'forward-target-failed',
  'null-mx': 'forward-target-failed',
  'mailbox-disabled': 'forward-target-failed',
  'mailbox-inactive': 'forward-target-failed',
  'mailbox-full': 'forward-target-failed',
  'ip-blocklisted': 'forwarder-ip-blocked',
  'ip-reputation': 'forwarder-ip-blocked',
  'rate-limited': 'forwarder-ip-blocked',
};

/**
 * Wording whose Sisimai reason differs from our cause's: the cause stays the refusal it is, the reason keeps
 * Sisimai's name for those words. Postfix's access-table "Recipient address rejected: Access denied" is among
 * Sisimai's unknown-user phrases; Sendmail's access-database "<x>... Access denied" is its security error.
 */
export const SISIMAI_WORDING_REASONS: readonly { cause: string; wording: RegExp; reason: Reason }[] = [
  {
    cause: 'recipient-restricted',
    wording: /recipient address rejected: access denied/i,
    reason: 'userunknown',
  },
  { cause: 'blocked-by-recipient', wording: /\.\.\. ?access denied/i, reason: 'securityerror' },
];

/**
 * Causes a forged returned copy (BounceFacts.forgedCopy: it failed the sender domain's SPF or DMARC where it
 * was received) leaves as they are; any other failure of such a copy is `backscatter`. Authentication
 * refusals already say what failed and how to tell your own mail from a forgery; what is no failure stays
 * what it is; a forward's failure is the forward's; and a refusal by your own server or service (login,
 * relay, outbound filter, blocked port) is about your own sending, not a forgery's.
 */
export const FORGED_COPY_KEEPS: ReadonlySet<string> = new Set([
  'spf-fail',
  'dkim-fail',
  'dmarc-fail',
  'auth-failed',
  'forwarded-auth-failed',
  'delivered',
  'auto-reply',
  'address-retired',
  'feedback-report',
  'read-receipt',
  'forward-target-failed',
  'forwarder-ip-blocked',
  'submission-unreachable',
  'auth-required',
  'relay-not-authorised',
  'outbound-filter',
  'sender-account-blocked',
  'port25-blocked',
]);

/**
 * ARF reports by Feedback-Type (RFC 5965, 6591) whose cause is not a complaint: a DMARC failure report
 * (auth-failure) is the receiver telling the domain's owner that mail in its name failed authentication.
 */
export const FEEDBACK_TYPE_CAUSES: Readonly<Record<string, string>> = {
  'auth-failure': 'auth-failure-report',
};
