import { completeFacts } from '../../bounce/read-bounce.js';
import type { Reason } from '../../bounce/types.js';
import { recordFromFacts } from '../../diagnose/diagnose-bounce.js';
import { PROBE_DEFERRAL_READINGS } from '../../knowledge/probe-behaviours.js';
import type { BounceRecord } from '../../report/types.js';
import type { Attempt } from './dialogue.js';
import type { ProbeVerdict, SmtpReply } from './types.js';

export interface Decision {
  verdict: ProbeVerdict;
  /** The attempt the verdict rests on; null when no connection was tried. */
  attempt: Attempt | null;
  /** The decisive reply read like a pasted bounce, for refusals and deferrals. */
  record: BounceRecord | null;
  reason: Reason | null;
}

/**
 * Whether an attempt ends the probe: an acceptance, a refusal of a command, a TLS failure. A 5xx
 * greeting does not: senders skip such a host and try the next MX (Postfix smtp_skip_5xx_greeting).
 */
export function isDecisive(a: Attempt): boolean {
  if (a.kind === 'rejected') return a.command !== 'CONN';
  return a.kind === 'accepted' || a.kind === 'tls-failed';
}

/** A host that took the connection but not one reply in time: a tarpit or an overloaded server. */
function isStalled(a: Attempt): boolean {
  return a.kind === 'failed' && a.stalled !== null;
}

/**
 * The verdict over every attempt, in the order they were made: the first decisive host (the probe
 * stops there); otherwise the last deferral; otherwise the first 5xx greeting; otherwise the first
 * host that stopped answering (timed-out); otherwise unreachable.
 */
export function decide(attempts: readonly Attempt[], sender: string): Decision {
  const decisive = attempts.find(isDecisive);
  const deferred = [...attempts].reverse().find((a) => a.kind === 'deferred');
  const greeting = attempts.find((a) => a.kind === 'rejected');
  const stalled = attempts.find(isStalled);
  const attempt = decisive ?? deferred ?? greeting ?? stalled ?? attempts[attempts.length - 1] ?? null;
  if (!attempt) return { verdict: 'unreachable', attempt: null, record: null, reason: null };
  switch (attempt.kind) {
    case 'accepted':
      return { verdict: attempt.catchAll ? 'catch-all' : 'accepted', attempt, record: null, reason: null };
    case 'rejected':
    case 'deferred': {
      const record = classifyReply(attempt, sender);
      const reason = record && attempt.reply ? readRefusal(attempt.reply, record).reason : null;
      return { verdict: attempt.kind, attempt, record, reason };
    }
    case 'tls-failed':
      return { verdict: 'tls-failed', attempt, record: null, reason: 'failedstarttls' };
    case 'failed':
      return {
        verdict: isStalled(attempt) ? 'timed-out' : 'unreachable',
        attempt,
        record: null,
        reason: null,
      };
  }
}

/**
 * A refusal read by the same rules as a pasted bounce, so "550 5.1.1" is "no such user" and a 5.7.1
 * blocklist reply is "your IP is blocked" — never "invalid mailbox".
 */
function classifyReply(attempt: Attempt, sender: string): BounceRecord | null {
  const reply = attempt.reply;
  if (!reply) return null;
  const facts = completeFacts({
    form: 'smtp-reply',
    ...(attempt.command === 'RCPT' && attempt.recipient ? { recipient: attempt.recipient } : {}),
    ...(sender ? { sender } : {}),
    replyCode: reply.code,
    ...(reply.status ? { status: reply.status } : {}),
    diagnostic: diagnosticOf(reply),
    ...(attempt.command ? { command: attempt.command } : {}),
    remoteHost: attempt.host,
    remoteIp: attempt.ip,
  });
  return recordFromFacts(facts);
}

/** "550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown", as a bounce quotes it. */
export function diagnosticOf(reply: SmtpReply): string {
  return [String(reply.code), reply.status, reply.text].filter((p) => p).join(' ');
}

/**
 * What a refusal means for someone probing, by cause id: the probe's own IP and sender stand where a
 * bounce has "your sending IP" and "your sender address". Causes not listed use their catalogue title.
 */
const PROBE_WORDING: Readonly<Record<string, string>> = {
  'user-unknown': 'no such user',
  'recipient-not-in-tenant': 'no such user in the Microsoft 365 organisation',
  'mailbox-disabled': 'the mailbox is disabled',
  'mailbox-inactive': 'the mailbox is inactive',
  'mailbox-full': 'the mailbox is full',
  'recipient-moved': 'the recipient has moved',
  'recipient-restricted': 'the recipient only accepts mail from approved senders',
  'ip-blocklisted': 'your probe IP is blocked (it is on a blocklist)',
  'network-blocklisted': "your probe IP's whole network is on a blocklist (not the IP alone)",
  'ip-reputation': "your probe IP's reputation is too poor",
  'domain-blocklisted': "the probe's sender or EHLO domain is on a blocklist",
  'connection-rejected': 'the server refuses connections from your probe IP',
  'blocked-by-recipient': 'the receiving organisation blocks your probe IP or sender',
  'reverse-dns-missing': 'your probe IP has no valid reverse DNS',
  'port25-blocked': 'your probe IP is on a dynamic or residential range that may not send mail directly',
  'helo-rejected': "the probe's EHLO name was refused",
  'relay-denied': 'relaying denied: this server does not take mail for that domain',
  'sender-rejected': "the probe's sender address (MAIL FROM) was refused",
  'from-not-permitted': "the probe's sender address (MAIL FROM) is not one this server lets the probe use",
  'sender-verify-failed': "the probe's sender address could not be verified",
  'sender-domain-invalid': "the probe's sender domain does not resolve",
  greylisted: 'greylisting: a real sender retrying would likely get through',
  'rate-limited': 'rate limited: too many messages or probes from your IP',
  'too-many-connections': 'too many connections from your IP',
  'system-full': 'the server is out of storage',
  'system-error': 'the server has an internal problem',
  'blocklist-lookup-failed': "the server's blocklist lookup failed (its DNS setup), not a listing",
  'blocklist-checked-private-ip':
    'the server checked a private address on its blocklist (its own setup), not your IP',
  'server-unavailable': 'the server is not taking mail right now (busy, restarting or in maintenance)',
  'syntax-error': "the server did not understand the probe's command",
  'tls-required': 'the server requires TLS',
  'auth-required':
    'the server wants a login (SMTP AUTH) before it takes mail: it acts as a submission server, not as an MX ' +
    'that receives mail from other servers (e.g. an Exchange receive connector without anonymous access)',
};

/**
 * Causes that refuse the IP the probe runs from (or its network), not the address asked about: the
 * answer must say that the target's mail is not judged by such a refusal.
 */
export const PROBE_IP_CAUSES: ReadonlySet<string> = new Set([
  'ip-blocklisted',
  'network-blocklisted',
  'ip-reputation',
  'connection-rejected',
  'reverse-dns-missing',
  'port25-blocked',
]);

/**
 * Causes that speak of a command the probe sent: in a greeting (CONN) no command was sent yet, so
 * such a reading cannot be what the server meant (postscreen's "521 5.5.1 Protocol error" after a
 * failed pregreet or blocklist test, a 554 "Protocol error" banner).
 */
const COMMAND_CAUSES: ReadonlySet<string> = new Set(['syntax-error']);

const TURNED_AWAY_IN_GREETING =
  'the server turned the probe away in its greeting, before any command was sent (it takes no mail ' +
  'from this connection: often a blocklist or early-talker test on your probe IP)';

export function probeWording(record: BounceRecord): string {
  if (record.command === 'CONN' && COMMAND_CAUSES.has(record.cause)) return TURNED_AWAY_IN_GREETING;
  // The headline already says "rejected by"; a catalogue title's own "Rejected: " would repeat it.
  return PROBE_WORDING[record.cause] ?? record.title.replace(/^Rejected: /, '');
}

/** A refusal as the probe words it: the kind of deferral (if a reading knows it), what it means, the reason. */
export interface RefusalReading {
  /** "greylisting", "rate limiting or reputation throttling"...; null for a reply no reading covers. */
  label: string | null;
  meaning: string;
  reason: Reason | null;
}

/** The probe's reading of a refusal: a deferral reading (knowledge/probe-behaviours) or the bounce cause. */
export function readRefusal(reply: Pick<SmtpReply, 'code' | 'text'>, record: BounceRecord): RefusalReading {
  const text = reply.text.toLowerCase();
  const reading = PROBE_DEFERRAL_READINGS.find(
    (r) =>
      r.codes.includes(reply.code) &&
      (!r.words || r.words.some((w) => text.includes(w))) &&
      (!r.causes || r.causes.includes(record.cause)),
  );
  if (reading)
    return {
      label: reading.label,
      meaning: reading.meaning,
      reason: reading.reason === undefined ? record.reason : reading.reason,
    };
  return { label: null, meaning: probeWording(record), reason: record.reason };
}
