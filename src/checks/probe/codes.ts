import { type CodeTable, type FindingOf, findingFactory } from '../../report/finding-codes.js';

/**
 * Every finding code `/probe` can give: stable ids, documented in the README (a test keeps the table
 * complete). `severities` lists what the code can carry, the usual one first.
 */
export const PROBE_CODES = {
  'rcpt-accepted': {
    severities: ['ok'],
    meaning: 'the server accepted the recipient at RCPT TO (and refused a random address)',
  },
  'rcpt-rejected': {
    severities: ['fail'],
    meaning: 'the recipient was refused; the reply is read like a pasted bounce (cause, whose side, steps)',
  },
  'catch-all': {
    severities: ['warn'],
    meaning: 'a random address on the same domain was accepted too: acceptance proves nothing',
  },
  deferred: {
    severities: ['warn'],
    meaning: 'a 4xx reply (greylisting, rate limit, a temporary fault): what it means and when to retry',
  },
  'banner-refused': {
    severities: ['fail'],
    meaning: 'the server refused the session in its greeting (554 banner, or a 5xx)',
  },
  'helo-rejected': { severities: ['fail'], meaning: "the server refused the probe's EHLO and HELO" },
  'sender-rejected': {
    severities: ['fail'],
    meaning: "the server refused the probe's envelope sender (MAIL FROM); the recipient was not asked",
  },
  unreachable: {
    severities: ['fail', 'warn'],
    meaning:
      'a host could not be connected to (refused, timed out, network); warn when another MX host gave the verdict',
  },
  'port-25-blocked': {
    severities: ['fail'],
    meaning:
      "every MX host timed out on port 25: outbound port 25 from the bot's network is probably blocked",
  },
  'connection-lost': {
    severities: ['fail', 'warn'],
    meaning:
      'the server closed the connection in the middle of the dialogue; warn when another MX host gave the verdict',
  },
  'step-timeout': {
    severities: ['warn'],
    meaning:
      'the server took the connection but did not answer a step in time: maybe a tarpit; real senders wait up to 5 minutes',
  },
  'protocol-error': {
    severities: ['fail', 'warn'],
    meaning: 'the peer does not speak SMTP (an unreadable reply); warn when another MX host gave the verdict',
  },
  'host-fallback': {
    severities: ['info'],
    meaning: 'a host deferred (4xx) or refused its greeting, so the next MX host (or address) was tried',
  },
  'slow-server': {
    severities: ['warn'],
    meaning: 'a reply came slowly (a tarpit or greeting delay): reported, not counted as a failure',
  },
  capabilities: {
    severities: ['info'],
    meaning:
      'what the server announced after EHLO: SIZE, STARTTLS, PIPELINING, 8BITMIME, SMTPUTF8, REQUIRETLS',
  },
  tls: {
    severities: ['ok'],
    meaning: 'STARTTLS worked: protocol, cipher, certificate subject, issuer, expiry',
  },
  'no-starttls': {
    severities: ['warn'],
    meaning:
      'STARTTLS is not offered: mail to this host travels unencrypted (tls-failed instead if it requires TLS)',
  },
  'starttls-refused': {
    severities: ['warn'],
    meaning: 'STARTTLS is offered but refused when asked (tls-failed instead if the host then requires TLS)',
  },
  'tls-failed': {
    severities: ['fail'],
    meaning:
      'the TLS handshake after STARTTLS failed (the verdict then comes from a plain-text retry), or TLS is required but cannot start',
  },
  'cert-self-signed': {
    severities: ['warn'],
    meaning:
      'the certificate is self-signed: opportunistic TLS works, MTA-STS and DANE-less verification fail',
  },
  'cert-name-mismatch': {
    severities: ['warn'],
    meaning: 'the certificate does not name the host connected to',
  },
  'cert-untrusted': {
    severities: ['warn'],
    meaning: 'the certificate chain does not verify (other than self-signed), e.g. a missing intermediate',
  },
  'cert-expired': { severities: ['fail'], meaning: 'the certificate has expired (or is not valid yet)' },
  'cert-expiring': { severities: ['warn'], meaning: 'the certificate expires within 14 days' },
  'open-relay': {
    severities: ['warn'],
    meaning:
      'a host given with --host accepted a recipient in another domain: an open relay, unless it serves that domain',
  },
  'provider-note': {
    severities: ['info'],
    meaning: "a known receiver's probe behaviour (e.g. Microsoft 365 accepts unknown users at RCPT)",
  },
  'target-refused': {
    severities: ['fail', 'info'],
    meaning:
      'an address was not connected to under the target policy (private, loopback...); fail when none was left',
  },
  'null-mx': {
    severities: ['fail'],
    meaning: 'the domain publishes a null MX (RFC 7505): it accepts no mail',
  },
  'domain-not-found': { severities: ['fail'], meaning: 'the domain (or host) does not exist (NXDOMAIN)' },
  'no-mail-host': { severities: ['fail'], meaning: 'no MX host (or the host given) has an address' },
  'dns-failure': {
    severities: ['fail'],
    meaning: 'the DNS lookup of the MX hosts or their addresses failed (SERVFAIL, REFUSED, timeout)',
  },
} as const satisfies CodeTable;

export type ProbeCode = keyof typeof PROBE_CODES;

export type ProbeFinding = FindingOf<ProbeCode>;

export const finding = findingFactory(PROBE_CODES);
