import { detectProvider } from '../../bounce/detect-provider.js';
import {
  FOREIGN_SERVICES,
  PROBE_BEHAVIOURS,
  TLS_FAILURE_READINGS,
} from '../../knowledge/probe-behaviours.js';
import { capitalise } from '../mx/wording.js';
import { finding, type ProbeFinding } from './codes.js';
import { type Attempt, postmasterOf } from './dialogue.js';
import { replyLines } from './reply-parser.js';
import { hostPort, seconds } from './smtp-session.js';
import type { ProbePlan } from './targets.js';
import type { ProbeVerdict, SmtpReply } from './types.js';
import { type Decision, diagnosticOf, PROBE_IP_CAUSES, probeWording, readRefusal } from './verdict.js';

/** An address the target policy kept the probe from. */
export interface PolicyRefusal {
  host: string;
  ip: string;
  /** "a loopback address" */
  what: string;
  why: string;
}

/** "mx1.example.org [192.0.2.1]:25", or "[192.0.2.1]:25" for a host given as an address. */
export function attemptLabel(a: Pick<Attempt, 'host' | 'ip' | 'port'>): string {
  return a.host === a.ip ? hostPort(a.ip, a.port) : `${a.host} [${a.ip}]:${a.port}`;
}

/** A reply as findings quote it: its diagnostic text in double quotes. */
export function quoted(reply: SmtpReply): string {
  return `"${diagnosticOf(reply)}"`;
}

/** Why a TLS handshake failed, without the "TLS handshake failed:" the step error leads with. */
export function tlsDetail(e: { message: string } | null): string {
  return e ? e.message.replace(/^TLS handshake failed: /, '') : 'no detail';
}

/** What a failed handshake means, in words (knowledge/probe-behaviours), as a sentence; '' when unknown. */
export function tlsMeaning(e: { message: string } | null): string {
  const detail = tlsDetail(e).toLowerCase();
  const reading = TLS_FAILURE_READINGS.find((r) => r.words.some((w) => detail.includes(w)));
  if (!reading) return '';
  return ` That means ${reading.meaning}.`;
}

/**
 * The service that answered in place of a mail server, when a protocol error quotes a first line that
 * is known (an SSH, HTTP or POP3 banner); null otherwise.
 */
export function foreignService(a: Pick<Attempt, 'error' | 'banner'>): string | null {
  if (a.banner || a.error?.kind !== 'protocol') return null;
  const quoted = /not an SMTP reply line: "(.*)"$/s.exec(a.error.message)?.[1];
  if (quoted === undefined) return null;
  return FOREIGN_SERVICES.find((s) => s.pattern.test(quoted))?.name ?? null;
}

/** "an SSH server answered on this port, not a mail server: ..." */
export function foreignServiceAdvice(name: string): string {
  return (
    `${name} answered on this port, not a mail server: check that the MX record names the mail server ` +
    'and that the port reaches its MTA (a port forward or firewall rule may send it elsewhere)'
  );
}

/** What went wrong with an attempt that decided nothing, in a few words. */
export function attemptProblem(a: Attempt): string {
  if (a.kind === 'deferred' && a.reply) return `deferred ${commandWords(a)} with ${quoted(a.reply)}`;
  if (a.kind === 'rejected' && a.reply) return `refused ${commandWords(a)} with ${quoted(a.reply)}`;
  const e = a.error;
  if (!e) return 'gave no usable answer';
  switch (e.kind) {
    case 'connect-refused':
      return 'refused the connection (nothing listens on that port)';
    case 'connect-timeout':
      return `did not answer the connection (${e.message})`;
    case 'timeout':
      return `stopped answering ${a.banner ? `after ${lastStep(a)}` : 'before its banner'} (${e.message})`;
    case 'closed':
      return `closed the connection ${a.banner ? `after ${lastStep(a)}` : 'before its banner'}`;
    default:
      return e.message;
  }
}

function lastStep(a: Attempt): string {
  if (a.kind === 'accepted') return 'RCPT TO';
  if (a.starttls === 'done') return 'STARTTLS';
  if (a.capabilities) return 'EHLO';
  return 'the banner';
}

function commandWords(a: Attempt): string {
  return a.command === 'CONN'
    ? 'the connection (banner)'
    : a.command === 'RCPT'
      ? 'RCPT TO'
      : (a.command ?? 'a command');
}

/** The verdict's own finding: what the server said and what it means. */
export function verdictFindings(plan: ProbePlan, d: Decision, attempts: readonly Attempt[]): ProbeFinding[] {
  const a = d.attempt;
  if (!a) return [];
  const host = attemptLabel(a);
  const rcpt = `<${plan.recipient}>`;
  switch (d.verdict) {
    case 'accepted': {
      const reply = a.reply ? ` (${diagnosticOf(a.reply)})` : '';
      const unverified = a.reply?.code === 252;
      const random =
        a.catchAll === false
          ? unverified
            ? `, and refused a random address at ${plan.domain}; but 252 means it could not verify the mailbox and ` +
              'will only attempt delivery, so this proves nothing about it: a refusal may still come as a bounce'
            : `, and refused a random address at ${plan.domain}: the mailbox exists, as far as SMTP can tell before DATA`
          : `; whether it accepts any address is unknown (the random address got ${a.randomReply ? quoted(a.randomReply) : 'no answer'})${
              unverified ? '; 252 means it could not verify the mailbox and will only attempt delivery' : ''
            }`;
      return [finding('rcpt-accepted', 'ok', `${host} accepted ${rcpt} at RCPT TO${reply}${random}.`)];
    }
    case 'catch-all':
      return [
        finding(
          'catch-all',
          'warn',
          `${host} accepted ${rcpt} and also the random address <${a.randomRecipient}>: it accepts any address at ` +
            `${plan.domain} (catch-all), so acceptance says nothing about whether the mailbox exists. Unknown ` +
            'recipients are bounced later, or silently kept.',
        ),
      ];
    case 'rejected': {
      const reply = a.reply as SmtpReply;
      const what = d.record ? probeWording(d.record) : 'refused';
      const code =
        a.command === 'CONN'
          ? 'banner-refused'
          : a.command === 'MAIL'
            ? 'sender-rejected'
            : a.command === 'EHLO' || a.command === 'HELO'
              ? 'helo-rejected'
              : 'rcpt-rejected';
      const subject =
        code === 'banner-refused'
          ? `${host} refused the session in its greeting`
          : code === 'sender-rejected'
            ? `${host} refused the probe's sender before ${rcpt} could be asked`
            : code === 'helo-rejected'
              ? `${host} refused the probe's EHLO and HELO`
              : `${host} refused ${rcpt} at RCPT TO`;
      return [finding(code, 'fail', `${subject}: ${what}. Reply: ${quoted(reply)}.${refusalNote(plan, d)}`)];
    }
    case 'deferred': {
      const reply = a.reply as SmtpReply;
      const read = d.record ? readRefusal(reply, d.record) : null;
      const what = read
        ? `${read.label ? ` (${read.label})` : ''}: ${read.meaning}`
        : ': a temporary refusal';
      // A reading that already says the address is not judged needs no second sentence.
      const ip = read?.meaning.includes('says nothing about') ? '' : ipNote(plan, d);
      return [
        finding(
          'deferred',
          'warn',
          `${host} deferred ${commandWords(a)} with a temporary error${what}. Reply: ${quoted(reply)}. A real ` +
            'sender keeps the message queued and retries (every few minutes at first, for up to 5 days); ' +
            `run the probe again in 5 to 30 minutes.${ip}`,
        ),
      ];
    }
    case 'tls-failed':
      if (a.reply) {
        const why =
          a.starttls === 'refused' && a.starttlsReply
            ? `refused STARTTLS with ${quoted(a.starttlsReply)}`
            : a.starttls === 'not-offered'
              ? 'does not offer STARTTLS'
              : a.tlsFallback
                ? `its TLS handshake failed (${tlsDetail(a.tlsFallback)}), and it refuses plain text too`
                : 'could not start TLS';
        return [
          finding(
            'tls-failed',
            'fail',
            `${host} requires TLS before ${commandWords(a)} (${quoted(a.reply)}) but ${why}: no mail can reach it ` +
              `until its TLS works.${a.tlsFallback ? tlsMeaning(a.tlsFallback) : ''} Check the server's certificate and TLS settings (e.g. Postfix ` +
              'smtpd_tls_cert_file, smtpd_tls_security_level).',
          ),
        ];
      }
      return [
        finding(
          'tls-failed',
          'fail',
          `${host} offered STARTTLS but the TLS handshake failed: ${tlsDetail(a.error)}.${tlsMeaning(a.error)} Senders that ` +
            'require TLS (MTA-STS enforce, DANE) cannot deliver; most others retry without TLS. Check the ' +
            "server's certificate and TLS settings (e.g. Postfix smtpd_tls_cert_file, smtpd_tls_protocols).",
        ),
      ];
    case 'unreachable':
      return unreachableFindings(attempts);
    case 'timed-out':
      return [
        stalledFinding(a),
        ...hostFailureFindings(
          attempts.filter((x) => x !== a && x.kind === 'failed'),
          null,
        ),
      ];
    case 'refused-by-policy':
      return [];
  }
}

/** Why no host gave an answer: port 25 blocked, connections refused, a server that hung up or stalled. */
export function unreachableFindings(attempts: readonly Attempt[]): ProbeFinding[] {
  if (attempts.length === 0) return [];
  const timedOut = attempts.every((a) => a.error?.kind === 'connect-timeout');
  const out: ProbeFinding[] = [];
  if (timedOut && attempts.every((a) => a.port === 25)) {
    out.push(
      finding(
        'port-25-blocked',
        'fail',
        `Every mail host timed out on port 25 (${attempts.length} tried). Outbound port 25 from the bot's network is ` +
          'probably blocked, as it is by default on most clouds (AWS, GCP, Azure) and home ISPs; the hosts ' +
          'themselves may be fine. Run the probe from a network that may send mail, or ask the provider to ' +
          'open port 25.',
      ),
    );
  }
  return [...out, ...hostFailureFindings(attempts, null)];
}

/**
 * What went wrong with hosts that gave no answer. `answered`: the host that gave the verdict instead;
 * then one dead MX host is a warning (mail still arrives through the other), not a failure.
 */
export function hostFailureFindings(attempts: readonly Attempt[], answered: Attempt | null): ProbeFinding[] {
  const severity = answered ? 'warn' : 'fail';
  const instead = answered
    ? `; ${attemptLabel(answered)} answered instead, so mail still arrives, but senders try this host first and ` +
      'lose time on it: fix it or take it out of the MX records'
    : '';
  const out: ProbeFinding[] = [];
  const stalled = attempts.filter((a) => a.stalled);
  const lost = attempts.filter(
    (a) => !a.stalled && a.error && ['timeout', 'closed', 'network'].includes(a.error.kind) && a.banner,
  );
  const protocol = attempts.filter((a) => a.error?.kind === 'protocol');
  const unreached = attempts.filter(
    (a) => !stalled.includes(a) && !lost.includes(a) && !protocol.includes(a),
  );
  for (const a of stalled) out.push(stalledFinding(a, instead));
  for (const a of protocol) {
    const service = foreignService(a);
    out.push(
      finding(
        'protocol-error',
        severity,
        `${attemptLabel(a)} does not speak SMTP as expected: ${a.error?.message}${
          service ? `. ${capitalise(foreignServiceAdvice(service))}` : ''
        }${instead}.`,
      ),
    );
  }
  for (const a of lost) {
    out.push(finding('connection-lost', severity, `${attemptLabel(a)} ${attemptProblem(a)}${instead}.`));
  }
  if (unreached.length > 0) {
    out.push(
      finding(
        'unreachable',
        severity,
        `Could not talk to ${unreached.map((a) => `${attemptLabel(a)}, which ${attemptProblem(a)}`).join('; ')}${instead}.`,
      ),
    );
  }
  return out;
}

const STEP_NAMES: Readonly<Record<string, string>> = {
  banner: 'its banner (greeting)',
  MAIL: 'MAIL FROM',
  RCPT: 'RCPT TO',
};

/** A step of the dialogue as the answer names it: "MAIL FROM", "RCPT TO", "its banner (greeting)". */
export function stepName(step: string): string {
  return STEP_NAMES[step] ?? step;
}

/**
 * A refusal (or deferral) of the IP the probe runs from judges neither the address nor the domain's mail
 * from other senders; '' for any other cause.
 */
function ipNote(plan: ProbePlan, d: Decision): string {
  if (!PROBE_IP_CAUSES.has(d.record?.cause ?? '')) return '';
  const command = d.attempt?.command;
  const when =
    command === 'CONN'
      ? ', before any command was sent'
      : command === 'RCPT'
        ? ''
        : `, before <${plan.recipient}> was asked`;
  return (
    ` This says nothing about <${plan.recipient}> or about mail from other senders: the server ${
      d.verdict === 'deferred' ? 'held back' : 'refused'
    } the IP the probe runs from${when}, not the address. Check the bot's public IP with /blacklist, or run ` +
    'the probe from another network.'
  );
}

/**
 * What a refusal does not say: a refusal of the probe's IP judges nothing about the address (or the
 * domain's mail from other senders); a refused postmaster@ breaks RFC 5321 §4.5.1.
 */
function refusalNote(plan: ProbePlan, d: Decision): string {
  const a = d.attempt;
  const ip = ipNote(plan, d);
  if (ip) return ip;
  if (a?.command === 'RCPT' && /^postmaster@/i.test(plan.recipient)) {
    return (
      ` RFC 5321 §4.5.1 requires every domain that takes mail to accept postmaster@ (RFC 2142 too): refusing ` +
      'it means reports about problems with the domain reach no one. Add a postmaster alias.'
    );
  }
  return a?.command === 'RCPT' ? postmasterNote(plan, a.postmasterReply) : '';
}

/** What postmaster@, asked after the target was refused, says of that refusal. */
function postmasterNote(plan: ProbePlan, reply: SmtpReply | null): string {
  if (!reply) return '';
  const postmaster = postmasterOf(plan.recipient);
  if (reply.code >= 500) {
    return (
      ` The server refused ${postmaster} too (${quoted(reply)}), which RFC 5321 §4.5.1 says ` +
      'every domain taking mail must accept: it refuses every recipient here (it does not take mail for this ' +
      `domain, or it refuses the probe), so this does not show that <${plan.recipient}> does not exist. Check ` +
      'that the MX records point at the right servers, and that the domain is set up on them.'
    );
  }
  if (reply.code >= 200 && reply.code < 300) {
    return ` The server accepted ${postmaster} in the same session: it takes mail for the domain, and refused <${plan.recipient}> alone.`;
  }
  return '';
}

/**
 * A host that took the connection and then did not answer a step in time. RFC 5321 §4.5.3.2 lets a
 * sender wait 5 minutes for the banner, MAIL and RCPT replies; chat cannot, so this is a warning of its
 * own — a tarpit, a greeting delay or an overloaded server — never "unreachable".
 */
function stalledFinding(a: Attempt, instead = ''): ProbeFinding {
  const s = a.stalled as NonNullable<Attempt['stalled']>;
  const step = stepName(s.step);
  const limit = s.deadline
    ? `before the probe's whole deadline ran out (${seconds(s.ms)} of waiting; MAILMEDIC_PROBE_DEADLINE)`
    : `within ${seconds(s.ms)} (MAILMEDIC_PROBE_TIMEOUT)`;
  return finding(
    'step-timeout',
    'warn',
    `No answer from ${attemptLabel(a)} to ${step} ${limit}: the server may be tarpitting (a greeting delay ` +
      'such as Postfix postscreen, or a deliberate slow-down of unknown senders) or be overloaded. It took the ' +
      'connection, so it is not down, and a real sender waits up to 5 minutes for each reply (RFC 5321 ' +
      `§4.5.3.2)${instead || '. Run the probe again, or raise MAILMEDIC_PROBE_TIMEOUT and MAILMEDIC_PROBE_DEADLINE to wait longer'}.`,
  );
}

/** Slow replies from any host: a tarpit is reported, never counted as a failure. */
export function slowFindings(attempts: readonly Attempt[]): ProbeFinding[] {
  return attempts
    .filter((a) => a.slow.length > 0)
    .map((a) =>
      finding(
        'slow-server',
        'warn',
        `${attemptLabel(a)} answered slowly: ${a.slow.map((s) => `${s.step} took ${seconds(s.ms)}`).join(', ')}. ` +
          'A tarpit or greeting delay (e.g. Postfix postscreen) does this on purpose; senders wait (RFC 5321 ' +
          'allows 5 minutes for the banner), so it is not a failure.',
      ),
    );
}

/** What a known receiver's acceptance or refusal does and does not prove. */
export function providerFindings(a: Attempt | null, verdict: ProbeVerdict): ProbeFinding[] {
  if (!a) return [];
  const banner = a.banner ? replyLines(a.banner).join(' ') : '';
  const provider = detectProvider({ hosts: [a.host, banner.split(/\s+/)[1] ?? ''], text: banner });
  if (!provider) return [];
  return PROBE_BEHAVIOURS.filter(
    (b) => b.provider === provider.id && (b.when as readonly string[]).includes(verdict),
  ).map((b) => finding('provider-note', 'info', b.note));
}

/**
 * A host asked directly (--host) that accepts mail for someone else's domain. `servesDomain`: whether
 * it is one of the domain's MX hosts (null: the MX hosts could not be looked up).
 */
export function relayFindings(plan: ProbePlan, d: Decision, servesDomain: boolean | null): ProbeFinding[] {
  const a = d.attempt;
  if (!plan.viaHostOption || !a || (d.verdict !== 'accepted' && d.verdict !== 'catch-all')) return [];
  if (servesDomain === true || a.host === plan.domain || a.host.endsWith(`.${plan.domain}`)) return [];
  const lead =
    servesDomain === false
      ? `${attemptLabel(a)} accepted <${plan.recipient}> though it is not an MX host of ${plan.domain}: unless it relays for ${plan.domain} on purpose (a backup MX, an outbound gateway), it is an open relay that spammers will find.`
      : `${attemptLabel(a)} accepted <${plan.recipient}> for ${plan.domain}: unless it is a mail host for ${plan.domain} (or relays for it on purpose), it is an open relay that spammers will find.`;
  return [
    finding(
      'open-relay',
      'warn',
      `${lead} Allow relaying only for your own networks and logged-in users (Postfix: ` +
        'smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination).',
    ),
  ];
}

export function policyFindings(refusals: readonly PolicyRefusal[], noneLeft: boolean): ProbeFinding[] {
  return refusals.map((r) =>
    finding(
      'target-refused',
      noneLeft ? 'fail' : 'info',
      `Not connecting to ${r.host === r.ip ? r.ip : `${r.host} [${r.ip}]`}: ${r.why}`,
    ),
  );
}
