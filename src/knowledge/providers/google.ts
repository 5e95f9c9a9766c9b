import type { Provider } from './types.js';

/**
 * Gmail and Google Workspace. Gmail overloads several codes: 5.7.26 covers DMARC, SPF -all and plain
 * unauthenticated mail; 5.2.1 is a disabled account but also "receiving mail at a rate…"; 5.7.27 is SPF
 * (not RFC 7505's null-MX sender); 4.7.23 is a missing PTR (not SPF); 5.7.1 is decided by its wording.
 */
export const GOOGLE: Provider = {
  id: 'google',
  name: 'Google (Gmail / Workspace)',
  kind: 'mailbox',
  hosts: ['google.com', 'googlemail.com', 'gmail.com', 'googlegroups.com'],
  markers: [
    '- gsmtp',
    'support.google.com/mail',
    'support.google.com/a/',
    'gmail-smtp-in.l.google.com',
    'aspmx.l.google.com',
    // Sentences only Gmail's replies hold: they name it when a forwarder quotes them without "- gsmtp".
    'gmail requires all senders',
    'spam sent to gmail',
    'gmail has detected that this message',
  ],
  postmaster: 'https://support.google.com/mail/answer/81126',
  // Source: Google's "Gmail SMTP errors and codes", https://support.google.com/a/answer/3726730, as archived on
  // 2026-02-15 in https://github.com/azumakuniyuki/feb-2024-no-auth-no-entry (google-3726730-smtp-errors-and-codes/):
  // every override and phrase below agrees with it, the older wordings from its earlier copies in the same archive
  // (the 2026 page writes "email" where they wrote "mail"; both are kept). See docs/provider-sources.md.
  statusOverrides: {
    '5.7.26': 'auth-failed',
    '4.7.26': 'auth-failed',
    '5.2.1': 'mailbox-disabled',
    '4.2.1': 'recipient-rate-limited',
    '5.7.27': 'spf-fail',
    '4.7.27': 'spf-fail',
    '5.7.24': 'spf-fail',
    '4.7.24': 'spf-fail',
    '4.7.23': 'reverse-dns-missing',
    '5.7.25': 'reverse-dns-missing',
    '5.7.28': 'ip-reputation',
    '4.7.28': 'ip-reputation',
    '5.7.29': 'tls-required',
    '4.7.29': 'tls-required',
    '5.7.30': 'dkim-fail',
    '4.7.30': 'dkim-fail',
    // "… the sender domain aligns with the header from domain for either SPF or DKIM" (Google's SMTP error
    // reference): DMARC alignment, refused (5.7.32) or deferred (4.7.32).
    '4.7.32': 'dmarc-fail',
    '5.7.32': 'dmarc-fail',
    '5.4.5': 'rate-limited',
  },
  phrases: [
    { text: 'receiving mail at a rate that prevents', cause: 'recipient-rate-limited' },
    { text: 'receiving mail too quickly', cause: 'recipient-rate-limited' },
    // The page's current wording (2026) says "email": its 550 5.2.1 "… receiving email at a rate that prevents
    // additional messages from being delivered" is the recipient's receiving rate, not a disabled mailbox.
    { text: 'receiving email at a rate that prevents', cause: 'recipient-rate-limited' },
    // 5.7.32's "requires that the sender domain aligns with the header from domain for either SPF or DKIM":
    // DMARC alignment, though it opens with "the sender is unauthenticated".
    { text: 'aligns with the header from domain', cause: 'dmarc-fail' },
    { text: 'receiving email too quickly', cause: 'recipient-rate-limited' },
    { text: 'peak smtp relay limit exceeded', cause: 'rate-limited' },
    // 421 4.7.0 to a connection Gmail does not trust yet: throttling, not an outage at Google.
    // It says no more than "later" (Google's reference gives no reason): the likely reading, not a sure one.
    { text: 'try again later, closing connection', cause: 'rate-limited', vague: true },
    { text: 'daily user sending limit exceeded', cause: 'rate-limited' },
    { text: 'daily sending quota exceeded', cause: 'rate-limited' },
    { text: 'daily smtp relay limit exceeded', cause: 'rate-limited' },
    // 550 5.7.1 "Email quota exceeded": the sending account's quota, not a recipient's full mailbox.
    { text: 'email quota exceeded', cause: 'rate-limited' },
    { text: 'account that you tried to reach is disabled', cause: 'mailbox-disabled' },
    { text: 'account that you tried to reach is inactive', cause: 'mailbox-disabled' },
    { text: 'account that you tried to reach does not exist', cause: 'user-unknown' },
    // Gmail's own bounce when the recipient's server answered RCPT TO with an unknown user. Its sentence hedges
    // ("couldn't be found, or is unable to receive mail"): alone, without the response below it, not sure.
    { text: "because the address couldn't be found", cause: 'user-unknown', vague: true },
    { text: 'inbox is out of storage space', cause: 'mailbox-full' },
    { text: 'account that you tried to reach is over quota', cause: 'mailbox-full' },
    { text: "is not accepted due to domain's dmarc policy", cause: 'dmarc-fail' },
    { text: 'has an spf record with a hard fail policy', cause: 'spf-fail' },
    { text: 'fails to pass spf checks', cause: 'spf-fail' },
    { text: 'spf record of the sending domain has one or more suspicious entries', cause: 'spf-fail' },
    { text: 'senders to authenticate with either spf or dkim', cause: 'auth-failed' },
    { text: 'fails to pass authentication checks', cause: 'auth-failed' },
    { text: 'does not have a ptr record', cause: 'reverse-dns-missing' },
    // 4.7.23's current wording: "… doesn't have a PTR record, or the PTR record's forward DNS entry doesn't
    // point to the sending IP address … mail sent from your IP address has been rate limited" (the PTR, not a block).
    { text: "doesn't have a ptr record", cause: 'reverse-dns-missing' },
    { text: "ptr record's forward dns entry", cause: 'reverse-dns-missing' },
    { text: 'does not match the ip address of the hostname', cause: 'reverse-dns-missing' },
    { text: 'very low reputation of the sending domain', cause: 'domain-reputation' },
    { text: 'very low reputation of the sending ip', cause: 'ip-reputation' },
    // 4.7.28 names what the rate was measured on: a DKIM, SPF or URL domain is the domain's reputation.
    { text: 'originating from your dkim domain', cause: 'domain-reputation' },
    { text: 'originating from your spf domain', cause: 'domain-reputation' },
    { text: 'containing one of your url domains', cause: 'domain-reputation' },
    { text: 'unusual rate of unsolicited mail', cause: 'ip-reputation' },
    // 4.7.28 also counts one sender's messages that share a Message-ID: a quota, not the IP's reputation.
    { text: 'messages that have the same message-id', cause: 'rate-limited' },
    { text: 'likely unsolicited mail', cause: 'spam-filtered' },
    { text: 'due to the nature of the content or the links within', cause: 'spam-filtered' },
    { text: 'not rfc 5322 compliant', cause: 'not-rfc-compliant' },
    { text: 'missing a valid message-id', cause: 'not-rfc-compliant' },
    { text: 'missing a valid date header', cause: 'not-rfc-compliant' },
    { text: 'missing a valid address in the from: header', cause: 'not-rfc-compliant' },
    { text: 'multiple addresses in from: header', cause: 'not-rfc-compliant' },
    // "Encoded-word syntax is not permitted in message header …": a header written against RFC 5322/2047.
    { text: 'encoded-word syntax is not permitted', cause: 'not-rfc-compliant' },
    { text: 'is not authorized to send email directly to our servers', cause: 'port25-blocked' },
    // "Email relay denied <ip>. The sending email account has been temporarily suspended due to abuse."
    { text: 'temporarily suspended due to abuse', cause: 'sender-account-blocked' },
    // Gmail's own "Message blocked" card when Gmail itself stopped the outgoing message: "Your message to x has
    // been blocked. See technical details below …" over "The response was: Message rejected. See
    // https://support.google.com/mail/answer/69585 …" (the link's path is not read: its host stays), no server's
    // reply. A Groups or Workspace rule in the same card words its own reason instead.
    { text: 'message rejected. see support.google.com', cause: 'outbound-filter' },
    { text: 'mail relay denied', cause: 'relay-not-authorised' },
    { text: 'invalid credentials for relay', cause: 'relay-not-authorised' },
    { text: 'tls required for rcpt domain', cause: 'starttls-not-used' },
    { text: 'must issue a starttls command first', cause: 'starttls-not-used' },
    { text: 'ip not in whitelist for rcpt domain', cause: 'recipient-restricted' },
    { text: "exceeded google's message size limits", cause: 'message-too-large' },
    { text: "exceeds google's message size limit", cause: 'message-too-large' },
    { text: 'message exceeded 50 hops', cause: 'mail-loop' },
    { text: 'helo/ehlo argument is invalid', cause: 'helo-rejected' },
    { text: 'empty helo/ehlo argument', cause: 'helo-rejected' },
    { text: 'username and password not accepted', cause: 'auth-required' },
    { text: 'application-specific password required', cause: 'auth-required' },
    // The submission server's protocol replies: the client's AUTH mechanism or command order, its own setup.
    { text: 'unrecognized authentication type', cause: 'auth-required' },
    { text: 'too many unauthenticated commands', cause: 'auth-required' },
    { text: 'no identity changes permitted', cause: 'syntax-error' },
    { text: 'illegal attachment', cause: 'policy-violation' },
    { text: 'content presents a potential security issue', cause: 'policy-violation' },
    { text: 'has a policy that prohibited the mail', cause: 'policy-violation' },
  ],
};
