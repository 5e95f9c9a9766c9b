import type { Report } from '../../report/types.js';
import { attemptLabel, attemptProblem, foreignService, stepName } from './findings.js';
import type { ProbeRun } from './run-probe.js';
import { transcriptText } from './transcript-text.js';
import { probeWording, readRefusal } from './verdict.js';

/** The verdict in one line: who answered, what it means, the reply code. */
export function probeHeadline(run: ProbeRun): string {
  const r = run.result;
  const target = r.target;
  const host = r.host ?? 'the server';
  const code = r.reply ? ` (${[r.reply.code, r.reply.status].filter((x) => x).join(' ')})` : '';
  const domain = run.plan.host && !run.plan.viaHostOption ? run.plan.host.host : run.plan.domain;
  const plain = r.findings.some((f) => f.code === 'tls-failed') && r.verdict !== 'tls-failed';
  const inPlain = plain ? ' in plain text (its TLS handshake failed)' : '';
  switch (r.verdict) {
    case 'accepted':
      // 252: "cannot verify the user, but will accept the message and attempt delivery".
      return `${target}: accepted by ${host}${inPlain}${r.reply?.code === 252 ? ' without verifying the mailbox' : ''}${code}`;
    case 'catch-all':
      return `${target}: accepted, but ${host} accepts any address at ${domain} (catch-all), so that proves nothing`;
    case 'rejected':
      if (run.hostsProblem?.kind === 'null-mx') return `${target}: ${domain} accepts no mail (null MX)`;
      if (run.hostsProblem?.kind === 'domain-not-found') return `${target}: ${domain} does not exist`;
      return `${target}: rejected by ${host}${inPlain} — ${r.record ? probeWording(r.record) : 'refused'}${code}`;
    case 'deferred': {
      const read = r.record && r.reply ? readRefusal(r.reply, r.record) : null;
      if (read?.label)
        return `${target}: deferred (${read.label}) by ${host}${inPlain}: ${read.meaning}${code}`;
      return `${target}: deferred by ${host}${inPlain} — ${read ? read.meaning : 'a temporary error'}${code}`;
    }
    case 'tls-failed':
      return r.reply
        ? `${target}: ${host} requires TLS but TLS could not be started${code}`
        : `${target}: the TLS handshake with ${host} failed`;
    case 'timed-out': {
      const stalled = run.attempts.find((a) => a.stalled && r.host?.includes(a.ip))?.stalled;
      const step = stalled ? ` to ${stalled.step === 'banner' ? 'its banner' : stepName(stalled.step)}` : '';
      return `${target}: no answer from ${host}${step} in time — it may be tarpitting; a real sender waits up to 5 minutes`;
    }
    case 'refused-by-policy': {
      const first = run.refusals[0];
      return `${target}: not probed — ${first ? `${first.ip} is ${first.what}` : 'the target policy refused it'}`;
    }
    case 'unreachable': {
      if (r.findings.some((f) => f.code === 'port-25-blocked')) {
        return `${target}: no mail host answered on port 25 — outbound port 25 is probably blocked from here`;
      }
      if (run.hostsProblem?.kind === 'no-mail-host')
        return `${target}: ${domain} has no mail host with an address`;
      if (run.hostsProblem?.kind === 'dns-failure')
        return `${target}: could not look up the mail hosts of ${domain}`;
      const only = run.attempts.length === 1 ? run.attempts[0] : undefined;
      // One host, which answered but then broke off or spoke no SMTP: say what it did, not "no host".
      const service = only ? foreignService(only) : null;
      if (only && service)
        return `${target}: ${attemptLabel(only)} is not a mail server: ${service} answered (${only.error?.message})`;
      if (only?.error?.kind === 'protocol')
        return `${target}: ${attemptLabel(only)} answered but does not speak SMTP as expected (${only.error.message})`;
      if (only?.banner && only.error && ['closed', 'network'].includes(only.error.kind))
        return `${target}: ${attemptLabel(only)} ${attemptProblem(only)}, before it gave an answer about the address`;
      // Took the connection, then hung up before its greeting was complete: a connection limit, a
      // firewall or proxy in front of a server that is down, or an MTA that fails at start.
      if (only && !only.banner && only.error?.kind === 'closed')
        return `${target}: ${attemptLabel(only)} took the connection but ${attemptProblem(only)} (often a connection limit, a proxy in front of a server that is down, or an MTA that fails at start)`;
      return `${target}: no mail host could be talked to`;
    }
  }
}

/** The platform-neutral answer: verdict, findings, the refusal read as a bounce, the transcript attached. */
export function buildProbeReport(run: ProbeRun, settings: { from: string; helo: string | null }): Report {
  const r = run.result;
  const notes: string[] = [
    `Probe sender <${settings.from}>, EHLO ${settings.helo ?? 'the system host name'}; no DATA was sent, so no mail was delivered.`,
  ];
  return {
    kind: 'check',
    headline: probeHeadline(run),
    records: r.record ? [r.record] : [],
    findings: r.findings,
    notes,
    attachments:
      r.transcript.length > 0 ? [{ name: 'smtp-transcript.txt', content: transcriptText(r.transcript) }] : [],
    probe: r,
  };
}
