import type { Reason } from '../../bounce/types.js';
import type { DnsClient } from '../../dns/resolver.js';
import type { BounceRecord, Finding, Progress } from '../../report/types.js';

/** What the probe concludes about the target address (or domain). */
export const PROBE_VERDICTS = [
  'accepted',
  'rejected',
  'catch-all',
  'deferred',
  'unreachable',
  'timed-out',
  'tls-failed',
  'refused-by-policy',
] as const;
export type ProbeVerdict = (typeof PROBE_VERDICTS)[number];

/** One SMTP reply, multi-line replies joined. `status` is the RFC 3463 enhanced code when given. */
export interface SmtpReply {
  code: number;
  status: string | null;
  /** The text of every line without code and status, in order. */
  lines: string[];
  /** The lines joined with a space. */
  text: string;
}

/** One transcript line: `->` sent, `<-` received, `===` what the probe did; `tls` once encrypted. */
export interface TranscriptEntry {
  /** Milliseconds since the probe started. */
  at: number;
  dir: 'send' | 'recv' | 'info';
  tls: boolean;
  text: string;
  /** For a reply: milliseconds it took to come, counted from the command (or the connection). */
  ms?: number;
}

/** The certificate and session the server showed after STARTTLS. */
export interface TlsInfo {
  protocol: string | null;
  cipher: string | null;
  subject: string | null;
  /** DNS names and IP addresses of the subjectAltName extension. */
  altNames: string[];
  issuer: string | null;
  validFrom: string | null;
  validTo: string | null;
  /** Whole days until expiry; negative once expired. */
  daysLeft: number | null;
  /** The certificate names the host connected to (RFC 6125 rules, as node:tls checks them). */
  hostnameMatches: boolean;
  selfSigned: boolean;
  /** Whether the chain verifies against the system's CAs, and why not. */
  trusted: boolean;
  trustError: string | null;
}

/** A host to try: its name (for SNI and wording), its addresses and port, its MX preference. */
export interface ProbeHost {
  name: string;
  /** null for a host given as an address or with --host. */
  priority: number | null;
  addresses: string[];
  port: number;
}

export interface ProbeSettings {
  /** Port of the MX hosts (MAILMEDIC_SMTP_PORT, --smtp-port); a HOST:PORT target overrides it. */
  port: number;
  /** Envelope sender; '' is the null sender <>. */
  from: string;
  /** EHLO name; null: the system's host name. */
  helo: string | null;
  /** Let the probe connect to private, loopback, link-local... addresses. */
  allowPrivate: boolean;
  /** Milliseconds to wait for a TCP connection. */
  connectTimeoutMs: number;
  /** Milliseconds to wait for each reply (and for the TLS handshake). */
  stepTimeoutMs: number;
  /** The whole probe's budget, DNS included. */
  deadlineMs: number;
  /** A reply slower than this is reported as slow (a tarpit or greeting delay), not as a failure. */
  slowStepMs: number;
}

export const PROBE_DEFAULTS: ProbeSettings = {
  port: 25,
  from: '',
  helo: null,
  allowPrivate: false,
  connectTimeoutMs: 10_000,
  stepTimeoutMs: 30_000,
  deadlineMs: 60_000,
  slowStepMs: 5_000,
};

export interface ProbeOptions {
  dns: DnsClient;
  settings: ProbeSettings;
  onProgress?: (progress: Progress) => void;
}

/** The JSON contract of the probe (DESIGN.md, issue 4). */
export interface ProbeResult {
  target: string;
  /** The host that gave the verdict, as `name [ip]:port`; null when none answered. */
  host: string | null;
  verdict: ProbeVerdict;
  /** Sisimai reason of a rejection or deferral; null otherwise. */
  reason: Reason | null;
  /** The reply the verdict rests on. */
  reply: { code: number; status: string | null; text: string } | null;
  tls: TlsInfo | null;
  /** true: a random address was accepted too; false: it was refused; null: not asked or no answer. */
  catchAll: boolean | null;
  transcript: TranscriptEntry[];
  findings: Finding[];
  /** A rejection read like a pasted bounce: cause, side, steps. */
  record: BounceRecord | null;
}
