import type { Reason } from '../bounce/types.js';

/**
 * How known receivers answer an SMTP probe, as data: what an acceptance or a refusal at RCPT TO does
 * and does not prove there. Keyed by provider id (knowledge/providers), matched on the MX host name
 * and the banner, like a pasted bounce is.
 */
export interface ProbeBehaviour {
  provider: string;
  /** The verdicts the note qualifies. */
  when: readonly ('accepted' | 'catch-all' | 'rejected' | 'deferred')[];
  note: string;
}

const GATEWAY_NOTE =
  'is a filtering gateway: unless the customer turned on recipient validation, it accepts every ' +
  'address of the domain and the mailbox server behind it refuses unknown ones later, with a bounce. ' +
  'An accepted RCPT TO here does not prove the mailbox exists.';

export const PROBE_BEHAVIOURS: readonly ProbeBehaviour[] = [
  {
    provider: 'microsoft',
    when: ['accepted', 'catch-all'],
    note:
      'Microsoft 365 (Exchange Online Protection) accepts unknown recipients at RCPT TO unless the tenant ' +
      'turned on Directory-Based Edge Blocking; the refusal (550 5.4.1 or 5.1.10) then comes as a bounce ' +
      'after the message is sent. An accepted RCPT TO does not prove the mailbox exists.',
  },
  {
    provider: 'yahoo',
    when: ['accepted', 'catch-all'],
    note:
      'Yahoo and AOL accept any recipient at RCPT TO and refuse unknown ones only after DATA ("554 ' +
      'delivery error: dd This user doesn\'t have a … account"): an accepted RCPT TO proves nothing there.',
  },
  {
    provider: 'google',
    when: ['rejected', 'deferred'],
    note:
      'Gmail refuses unknown users at RCPT TO (550 5.1.1) but throttles IPs it does not know yet (421 4.7.0 ' +
      'Try again later) and rate-limits senders that ask about many addresses (421 4.7.28, 450 4.2.1): space ' +
      'repeated probes out.',
  },
  { provider: 'proofpoint', when: ['accepted', 'catch-all'], note: `Proofpoint ${GATEWAY_NOTE}` },
  { provider: 'mimecast', when: ['accepted', 'catch-all'], note: `Mimecast ${GATEWAY_NOTE}` },
  { provider: 'barracuda', when: ['accepted', 'catch-all'], note: `Barracuda ${GATEWAY_NOTE}` },
  { provider: 'messagelabs', when: ['accepted', 'catch-all'], note: `Symantec MessageLabs ${GATEWAY_NOTE}` },
];

/**
 * How the probe reads a temporary refusal (4xx) that the bounce rules word too strongly or too vaguely
 * for someone probing: greylisting is not a block, Gmail's "421 4.7.0 Try again later, closing
 * connection" to an unknown IP is throttling, not a refusal of that IP, and a bare 421 is a busy
 * server, not an internal fault. The first reading whose conditions all hold wins.
 */
export interface ProbeDeferralReading {
  id: string;
  /** Reply codes it applies to. */
  codes: readonly number[];
  /** Lower-case words, one of which the reply text must contain; omitted: any text. */
  words?: readonly string[];
  /** Causes of the bounce reading of the reply, one of which must match; omitted: any cause. */
  causes?: readonly string[];
  /** The kind of deferral, in brackets after "deferred". */
  label: string;
  /** What it means for the one probing. */
  meaning: string;
  /**
   * The Sisimai reason the probe reports; null when none fits (greylisting is not `blocked`); omitted:
   * the reason of the bounce reading.
   */
  reason?: Reason | null;
}

const GREYLISTING = {
  label: 'greylisting',
  meaning: 'a real sender retrying would likely get through',
  reason: null,
} as const;

export const PROBE_DEFERRAL_READINGS: readonly ProbeDeferralReading[] = [
  {
    id: 'greylisting-named',
    codes: [421, 450, 451, 452],
    words: ['greylist', 'grey-list', 'grey list', 'graylist', 'gray-list', 'gray list', 'postgrey'],
    ...GREYLISTING,
  },
  {
    // Gmail to an IP it does not know (or trust) yet, at MAIL or RCPT: "421-4.7.0 Try again later,
    // closing connection. (EHLO)" and variants; senders that retry later get through.
    id: 'throttling',
    codes: [421],
    words: ['try again later, closing connection'],
    label: 'rate limiting or reputation throttling',
    meaning:
      'the server slows down senders it does not know yet, such as a new or rarely used IP like the ' +
      "probe's; it is temporary, and a real sender retrying later would likely get through",
    reason: 'speeding',
  },
  {
    // A 4xx the bounce rules read as the sending IP's reputation is throttling, not a refusal: Gmail's
    // "421-4.7.0 ... unusual rate of unsolicited mail ... temporarily rate limited", Yahoo's "421 4.7.0
    // [TSS04] ... temporarily deferred due to unexpected volume or user complaints", Microsoft 365's
    // "451 4.7.500 Server busy. Please try again later from [IP]". The reason stays the bounce reading's.
    id: 'reputation-throttling',
    codes: [421, 450, 451, 452],
    causes: ['ip-reputation'],
    label: 'rate limiting or reputation throttling',
    meaning:
      "the server is temporarily holding back mail from your probe IP because of that IP's reputation or " +
      'volume (little history, complaints or spam seen from it); it says nothing about the address, and ' +
      'mail from a sending IP with a good reputation, or later, would likely get through',
  },
  { id: 'greylisting-read', codes: [450, 451, 452], causes: ['greylisted'], ...GREYLISTING },
  {
    // "451 4.7.1 Please try again later" from a greylisting milter the bounce rules call a fault.
    id: 'greylisting-try-later',
    codes: [450, 451],
    words: ['try again later', 'try later', 'come back later'],
    causes: ['system-error', 'server-unavailable'],
    ...GREYLISTING,
  },
  {
    // A connection limit: Postfix "421 4.7.0 host Error: too many connections from 192.0.2.1", Exchange
    // "421 4.3.2 The maximum number of concurrent connections has exceeded a limit", Exim "421 Too many
    // concurrent SMTP connections from this IP address; please try again later".
    id: 'too-many-connections',
    codes: [421, 450, 451, 452],
    words: [
      'too many connections',
      'too many concurrent',
      'concurrent connections',
      'too many smtp sessions',
      'too many sessions',
      'connection limit',
    ],
    label: 'too many connections',
    meaning:
      'the server limits how many connections it takes at once (from your probe IP, or from everyone) and ' +
      'turned this one away; it is temporary, says nothing about the address, and a real sender retries later',
    reason: 'toomanyconn',
  },
  {
    // RFC 5321 421 "Service not available, closing transmission channel": busy, restarting, limiting.
    id: 'service-unavailable',
    codes: [421],
    causes: ['system-error', 'server-unavailable', 'not-accepting-mail'],
    label: 'service not available',
    meaning:
      'the server is not taking mail right now and closed the connection (busy, restarting or limiting ' +
      'connections); it is temporary, and a real sender retries later',
    reason: 'systemerror',
  },
];

/**
 * Services that answer on port 25 in place of a mail server (a port forward or firewall rule sending
 * port 25 elsewhere, or an MX record naming the wrong host), known by the first line they send.
 */
export interface ForeignService {
  /** Matches the start of the first line the peer sent. */
  pattern: RegExp;
  /** "an SSH server" */
  name: string;
}

export const FOREIGN_SERVICES: readonly ForeignService[] = [
  { pattern: /^SSH-\d/, name: 'an SSH server' },
  { pattern: /^HTTP\/\d/i, name: 'a web server (HTTP)' },
  { pattern: /^<(!doctype|html)/i, name: 'a web server (HTTP)' },
  { pattern: /^\+OK\b/, name: 'a POP3 server' },
  { pattern: /^\* (OK|PREAUTH|BYE)\b/i, name: 'an IMAP server' },
  { pattern: /^RFB \d/, name: 'a VNC server' },
];

/**
 * Why a STARTTLS handshake failed, in words, by the OpenSSL reason the failure carries. The first
 * reading whose words occur (lower case) wins.
 */
export interface TlsFailureReading {
  words: readonly string[];
  meaning: string;
}

export const TLS_FAILURE_READINGS: readonly TlsFailureReading[] = [
  {
    words: ['protocol version', 'unsupported protocol', 'no protocols available'],
    meaning:
      'the server and the probe share no TLS version: the server most likely offers only TLS 1.0 or 1.1, ' +
      'which current senders (OpenSSL 3 and its users: Postfix, Exim, Gmail, Microsoft 365) no longer accept. ' +
      'Enable TLS 1.2 and 1.3 (Postfix: smtpd_tls_protocols = >=TLSv1.2)',
  },
  {
    words: ['no shared cipher', 'handshake failure', 'insufficient security'],
    meaning:
      'the server and the probe share no cipher suite: the server offers only old or weak ciphers. Allow ' +
      'the current defaults (Postfix: smtpd_tls_ciphers = medium)',
  },
  {
    words: ['wrong version number', 'packet length too long', 'record layer failure', 'unknown protocol'],
    meaning:
      'after "220 Ready to start TLS" the server sent something that is not TLS: its TLS is not set up ' +
      '(or a proxy in front of it strips STARTTLS)',
  },
];
