import { createDeadline } from '../../dns/deadline.js';
import { describeFailure } from '../../dns/lookup-result.js';
import { finding, type ProbeFinding } from './codes.js';
import { type Attempt, runDialogue } from './dialogue.js';
import {
  attemptLabel,
  attemptProblem,
  hostFailureFindings,
  type PolicyRefusal,
  policyFindings,
  providerFindings,
  relayFindings,
  slowFindings,
  verdictFindings,
} from './findings.js';
import { retryWithoutTls, wantsPlainRetry } from './plain-retry.js';
import { sessionFindings, tlsFallbackFindings } from './session-findings.js';
import { createTranscript } from './smtp-session.js';
import { checkTargetAddress } from './target-policy.js';
import { findHosts, type HostsProblem, isMailHostOf, type ProbePlan, planProbe } from './targets.js';
import type { ProbeOptions, ProbeResult } from './types.js';
import { type Decision, decide, isDecisive } from './verdict.js';

/** Everything the report is written from. */
export interface ProbeRun {
  plan: ProbePlan;
  result: ProbeResult;
  attempts: Attempt[];
  refusals: PolicyRefusal[];
  /** Set when the hosts could not be found. */
  hostsProblem: HostsProblem | null;
  /** Commands sent plus TLS handshakes, over every connection. */
  roundTrips: number;
}

/**
 * `/probe`: finds the hosts (the given one, or the MX hosts in preference order), applies the target
 * policy to each address, and runs the dialogue with one address after another until a host accepts,
 * refuses or fails TLS; connection failures, 4xx replies and 5xx greetings move on to the next. A failed
 * TLS handshake is retried once in plain text on the same address. Never throws for network trouble,
 * and never takes longer than the deadline.
 */
export async function runProbe(
  target: string,
  host: string | undefined,
  opts: ProbeOptions,
): Promise<ProbeRun> {
  const { settings, dns } = opts;
  const plan = planProbe(target, host);
  const deadline = createDeadline(settings.deadlineMs);
  const transcript = createTranscript();
  const lookupStep = plan.host ? `address of ${plan.host.host}` : `MX hosts of ${plan.domain}`;
  opts.onProgress?.({ step: lookupStep, state: 'running' });
  const found = await findHosts(plan, settings.port, dns, deadline);
  const attempts: Attempt[] = [];
  const refusals: PolicyRefusal[] = [];
  if (!found.ok) {
    opts.onProgress?.({ step: lookupStep, state: 'failed', detail: found.problem.kind });
    return finish(plan, attempts, refusals, found.problem, transcript.entries, settings.from);
  }
  opts.onProgress?.({ step: lookupStep, state: 'done', detail: found.hosts.map((h) => h.name).join(', ') });

  hosts: for (const h of found.hosts) {
    for (const raw of h.addresses) {
      const policy = checkTargetAddress(raw, settings.allowPrivate);
      if (!policy.ok) {
        refusals.push({ host: h.name, ip: policy.ip, what: policy.what, why: policy.why });
        continue;
      }
      if (deadline.signal.aborted) break hosts;
      const label = `${h.priority !== null ? `MX ${h.priority} ` : ''}${attemptLabel({ host: h.name, ip: policy.ip, port: h.port })}`;
      if (h.name !== raw) transcript.add({ dir: 'info', tls: false, text: label });
      opts.onProgress?.({ step: `probe ${label}`, state: 'running' });
      const input = {
        host: h.name,
        ip: policy.ip,
        port: h.port,
        recipient: plan.recipient,
        settings,
        signal: deadline.signal,
        transcript,
        tlsName: h.name === raw ? null : h.name,
      };
      let attempt = await runDialogue(input);
      if (wantsPlainRetry(attempt)) attempt = await retryWithoutTls(attempt, input);
      attempts.push(attempt);
      const detail = attempt.reply
        ? `${attempt.reply.code}${attempt.reply.status ? ` ${attempt.reply.status}` : ''}`
        : attemptProblem(attempt);
      opts.onProgress?.({
        step: `probe ${label}`,
        state: attempt.kind === 'failed' ? 'failed' : 'done',
        detail,
      });
      if (isDecisive(attempt)) break hosts;
    }
  }
  // A host asked with --host that accepted: is it the domain's own MX, or an open relay?
  const last = attempts[attempts.length - 1];
  const servesDomain =
    plan.viaHostOption && last?.kind === 'accepted'
      ? await isMailHostOf(plan.domain, { name: last.host, ip: last.ip }, dns, deadline)
      : null;
  return finish(plan, attempts, refusals, null, transcript.entries, settings.from, servesDomain);
}

function finish(
  plan: ProbePlan,
  attempts: Attempt[],
  refusals: PolicyRefusal[],
  problem: HostsProblem | null,
  transcript: ProbeResult['transcript'],
  sender: string,
  servesDomain: boolean | null = null,
): ProbeRun {
  const roundTrips = attempts.reduce((n, a) => n + a.roundTrips, 0);
  const base = { plan, attempts, refusals, hostsProblem: problem, roundTrips };
  if (problem) return { ...base, result: dnsResult(plan, problem, transcript) };
  if (attempts.length === 0 && refusals.length > 0) {
    return {
      ...base,
      result: {
        ...noHostResult(plan, transcript),
        verdict: 'refused-by-policy',
        reason: null,
        findings: policyFindings(refusals, true),
      },
    };
  }
  if (attempts.length === 0) {
    // Hosts were found but none was tried: the deadline passed first (a slow DNS answer, say).
    return {
      ...base,
      result: {
        ...noHostResult(plan, transcript),
        verdict: 'unreachable',
        reason: null,
        findings: [
          finding(
            'unreachable',
            'fail',
            'The probe ran out of time before it could connect to any host (MAILMEDIC_PROBE_DEADLINE). Try again.',
          ),
        ],
      },
    };
  }
  const d = decide(attempts, sender);
  return { ...base, result: resultOf(plan, d, attempts, refusals, transcript, servesDomain) };
}

function resultOf(
  plan: ProbePlan,
  d: Decision,
  attempts: Attempt[],
  refusals: PolicyRefusal[],
  transcript: ProbeResult['transcript'],
  servesDomain: boolean | null,
): ProbeResult {
  const a = d.attempt;
  // With no host that answered, the verdict's own findings cover every host.
  const others =
    d.verdict === 'unreachable' || d.verdict === 'timed-out' ? [] : attempts.filter((x) => x !== a);
  // Hosts that gave no answer at all are a warning; a host that deferred or refused its greeting is not broken.
  const dead = others.filter((x) => x.kind === 'failed');
  const findings: ProbeFinding[] = [
    ...verdictFindings(plan, d, attempts),
    ...hostFailureFindings(dead, a),
    ...others
      .filter((x) => !dead.includes(x))
      .map((x) =>
        finding('host-fallback', 'info', `${attemptLabel(x)} ${attemptProblem(x)}; another host was tried.`),
      ),
    ...(a ? sessionFindings(a) : []),
    // A host that deferred in plain text after its TLS broke: the broken TLS is still worth fixing.
    ...others.flatMap(tlsFallbackFindings),
    ...slowFindings(attempts),
    ...providerFindings(a, d.verdict),
    ...relayFindings(plan, d, servesDomain),
    ...policyFindings(refusals, false),
  ];
  return {
    target: plan.target,
    host: a && d.verdict !== 'unreachable' ? attemptLabel(a) : null,
    verdict: d.verdict,
    reason: d.reason,
    reply:
      a?.reply && d.verdict !== 'unreachable'
        ? { code: a.reply.code, status: a.reply.status, text: a.reply.text }
        : null,
    tls: a?.tls ?? null,
    catchAll: a?.catchAll ?? null,
    transcript,
    findings,
    record: d.record,
  };
}

/** The fields of a result no host answered: no host, reply, TLS or record. */
function noHostResult(plan: ProbePlan, transcript: ProbeResult['transcript']) {
  return {
    target: plan.target,
    host: null,
    reply: null,
    tls: null,
    catchAll: null,
    transcript,
    record: null,
  };
}

/** No host to talk to: what DNS said, as a verdict. */
function dnsResult(
  plan: ProbePlan,
  problem: HostsProblem,
  transcript: ProbeResult['transcript'],
): ProbeResult {
  const where = plan.host ? plan.host.host : plan.domain;
  const base = noHostResult(plan, transcript);
  switch (problem.kind) {
    case 'null-mx':
      return {
        ...base,
        verdict: 'rejected',
        reason: 'notaccept',
        findings: [
          finding(
            'null-mx',
            'fail',
            `${where} publishes a null MX (MX 0 .): it accepts no mail (RFC 7505), and senders bounce mail to ` +
              "it at once (556 5.1.10). This is the owner's choice; if it should receive mail, it needs real MX records.",
          ),
        ],
      };
    case 'domain-not-found':
      return {
        ...base,
        verdict: 'rejected',
        reason: 'hostunknown',
        findings: [
          finding(
            'domain-not-found',
            'fail',
            `${where} does not exist (NXDOMAIN): mail to it bounces with "Host or domain name not found". Check the spelling.`,
          ),
        ],
      };
    case 'no-mail-host':
      return {
        ...base,
        verdict: 'unreachable',
        reason: 'hostunknown',
        findings: [
          finding(
            'no-mail-host',
            'fail',
            `${where} has no mail host with an address (no A or AAAA record): mail to it cannot be delivered. Check with /mx ${plan.domain}.`,
          ),
        ],
      };
    case 'dns-failure':
      return {
        ...base,
        verdict: 'unreachable',
        reason: null,
        findings: [
          finding(
            'dns-failure',
            'fail',
            `Could not find where to connect: ${describeFailure(problem.failure)}. Try again; check the resolver (--resolver or MAILMEDIC_RESOLVERS).`,
          ),
        ],
      };
  }
}
