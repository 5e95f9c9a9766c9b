/** What the held-out rounds expect again and again (and their text helpers): one definition each. */

export const lines = (...l: string[]) => l.join('\n');
export const ndr = (heading: string, address: string, ...text: string[]) =>
  lines(heading, '', address, ...text);
export const AUTH_REQUIRED = { cause: 'auth-required', reason: 'securityerror', side: 'sender' } as const;
export const DISABLED = {
  cause: ['mailbox-disabled', 'mailbox-inactive'],
  reason: 'suspend',
  side: 'recipient',
} as const;
export const EXPIRED = {
  cause: ['delivery-expired', 'recipient-server-unreachable'],
  reason: 'expired',
} as const;
export const GREYLIST = { cause: 'greylisted', reason: ['blocked', 'onhold'] } as const;
export const IP_BLOCK = { cause: 'ip-blocklisted', reason: 'blocked', side: 'sender' } as const;
export const IP_REPUTATION = {
  cause: ['ip-reputation', 'ip-blocklisted'],
  reason: ['badreputation', 'blocked'],
  side: 'sender',
} as const;
export const LOOP = { cause: 'mail-loop', reason: 'networkerror' } as const;
export const MAILBOX_FULL = { cause: 'mailbox-full', reason: 'mailboxfull', side: 'recipient' } as const;
// Exchange's RecipientNotFound: no such address in the receiving tenant (a typo, or an unsynced address).
export const MS_NOT_FOUND = {
  cause: ['user-unknown', 'recipient-not-in-tenant'],
  reason: 'userunknown',
} as const;
export const NOT_RFC = {
  cause: ['not-rfc-compliant', 'content-error'],
  reason: ['notcompliantrfc', 'contenterror'],
  side: 'sender',
} as const;
export const POLICY = {
  cause: ['policy-violation', 'spam-filtered', 'content-filtered'],
  reason: ['policyviolation', 'spamdetected', 'filtered'],
  side: 'sender',
} as const;
export const PORT25 = {
  cause: ['port25-blocked', 'ip-blocklisted', 'connection-rejected'],
  reason: 'blocked',
  side: 'sender',
} as const;
export const PTR = { cause: 'reverse-dns-missing', reason: 'requireptr', side: 'sender' } as const;
export const RATE = {
  cause: ['rate-limited', 'too-many-connections', 'ip-reputation'],
  reason: ['speeding', 'toomanyconn', 'badreputation', 'blocked'],
  side: 'sender',
} as const;
export const RECIPIENT_RATE = {
  cause: 'recipient-rate-limited',
  reason: 'speeding',
  side: 'recipient',
} as const;
// Relay denied is "either" side in the catalogue: the sender's relay settings, or an MX that does not host the domain.
export const RELAY = { cause: 'relay-denied', reason: 'norelaying' } as const;
export const RESTRICTED = {
  cause: ['recipient-restricted', 'blocked-by-recipient'],
  reason: ['rejected', 'securityerror'],
  side: 'recipient',
} as const;
export const SPAM = { cause: 'spam-filtered', reason: 'spamdetected', side: 'sender' } as const;
export const SUPPRESSED = { cause: 'suppressed', reason: 'suppressed', side: 'sender' } as const;
export const TOO_BIG = {
  cause: ['message-too-large', 'size-limit-exceeded'],
  reason: ['mesgtoobig', 'exceedlimit'],
  side: 'sender',
} as const;
export const USER_UNKNOWN = { cause: 'user-unknown', reason: 'userunknown' } as const;
export const VIRUS = { cause: 'virus-found', reason: 'virusdetected' } as const;

/** The head of Postfix's bounce notice (bounce(8)'s "failure" template) up to the recipients, for `host`. */
export const postfixNoticeHead = (host = 'mail.example.com'): string[] => [
  `This is the mail system at host ${host}.`,
  '',
  "I'm sorry to have to inform you that your message could not",
  "be delivered to one or more recipients. It's attached below.",
  '',
  'For further assistance, please send mail to postmaster.',
  '',
  'If you do so, please include this problem report. You can',
  'delete your own text from the attached returned message.',
  '',
  '                   The mail system',
  '',
];

/** A bounce email without a delivery-status part (qmail, Exim, Courier text, OpenSMTPD...). */
export function textEmail(from: string, subject: string, body: string[], to = 'alice@example.com'): string {
  return lines(
    `From: ${from}`,
    `To: ${to}`,
    `Subject: ${subject}`,
    'Date: Thu, 5 Nov 2026 10:22:14 +0000',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    ...body,
    '',
  );
}

// What devices and applications that send through their own server meet (rounds 78 and 81).
export const STARTTLS = {
  cause: ['starttls-not-used', 'tls-required'],
  reason: ['failedstarttls', 'securityerror'],
  side: 'sender',
} as const;
// A TLS mismatch between the device and its server (SSL on the STARTTLS port, or the reverse; a handshake).
export const TLS_CLIENT = {
  cause: [
    'tls-failed',
    'tls-outdated',
    'starttls-not-used',
    'tls-required',
    'security-error',
    'submission-unreachable',
  ],
  reason: ['securityerror', 'failedstarttls', 'networkerror'],
} as const;
export const CERT = {
  cause: ['tls-failed', 'security-error', 'submission-unreachable'],
  reason: ['securityerror', 'networkerror'],
} as const;
export const OLD_TLS = { cause: ['tls-outdated', 'tls-failed'], reason: 'securityerror' } as const;
export const SEND_AS = {
  cause: 'from-not-permitted',
  reason: ['rejected', 'securityerror'],
  side: 'sender',
} as const;
export const DEVICE_RELAY = {
  cause: ['relay-denied', 'relay-not-authorised'],
  reason: 'norelaying',
} as const;
