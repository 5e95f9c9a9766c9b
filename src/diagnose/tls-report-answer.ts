import type { TlsFailure, TlsReport } from '../bounce/extract/tls-report.js';
import { TLS_RESULT_TYPES } from '../knowledge/tls-report-results.js';

/**
 * The answer to a pasted SMTP TLS report (RFC 8460): how many sessions to the domain's MX hosts
 * succeeded, each kind of failure in words with its fix, and what the policy made of them.
 */

const MAX_FAILURES_SHOWN = 8;
const POLICY_WORDS: Record<string, string> = {
  sts: 'its MTA-STS policy',
  tlsa: 'its DANE (TLSA) records',
  'no-policy-found': 'no policy (neither MTA-STS nor DANE: TLS was opportunistic)',
};

// What the failed sessions meant for the mail, by the MTA-STS policy's mode.
const STS_OUTCOME: Record<string, string> = {
  enforce:
    'The policy is in enforce mode: senders that apply it deferred the mail of these sessions; it waits in their queues until the host passes.',
  testing:
    'The policy is in testing mode: the mail was delivered anyway; in enforce mode it would have been deferred.',
};
const STS_MODE_UNKNOWN =
  'With MTA-STS in enforce mode these failures mean mail to you was deferred, not delivered; in testing mode it was delivered anyway.';

export function tlsReportAnswer(report: TlsReport): { headline: string; notes: string[] } {
  const domains = [...new Set(report.policies.map((p) => p.domain).filter(Boolean))];
  const succeeded = report.policies.reduce((n, p) => n + p.succeeded, 0);
  const failed = report.policies.reduce((n, p) => n + p.failed, 0);
  const when = report.begin ? ` (${new Date(report.begin).toISOString().slice(0, 10)})` : '';
  const headline =
    `Not a bounce: an SMTP TLS report from ${report.org} for ${domains.join(', ') || 'your domain'}${when}: ` +
    (failed === 0
      ? `all ${succeeded} TLS sessions succeeded.`
      : `${succeeded} TLS sessions succeeded, ${failed} failed.`);
  const notes: string[] = [];
  for (const p of report.policies) {
    notes.push(
      `Checked against ${POLICY_WORDS[p.type] ?? `a ${p.type} policy`}${domains.length > 1 ? ` for ${p.domain}` : ''}: ${p.succeeded} succeeded, ${p.failed} failed.`,
    );
    if (p.failed > 0 && p.type === 'sts') notes.push(STS_OUTCOME[p.mode ?? ''] ?? STS_MODE_UNKNOWN);
    if (p.failed > 0 && p.type === 'tlsa')
      notes.push('Senders that use DANE deferred mail on these failures: it waits in their queues.');
  }
  const failures = grouped(report.policies.flatMap((p) => p.failures));
  for (const f of failures.slice(0, MAX_FAILURES_SHOWN)) notes.push(failureNote(f));
  if (failures.length > MAX_FAILURES_SHOWN)
    notes.push(`And ${failures.length - MAX_FAILURES_SHOWN} more kinds of failure, each smaller.`);
  const domain = domains[0] ?? 'DOMAIN';
  notes.push(
    `Next: \`/probe ${domain}\` shows each MX host's certificate now; \`/auth ${domain}\` checks the MTA-STS and TLS-RPT records.`,
  );
  return { headline, notes };
}

/** Failures of one kind at one MX host, summed. */
function grouped(failures: TlsFailure[]): TlsFailure[] {
  const map = new Map<string, TlsFailure>();
  for (const f of failures) {
    const key = `${f.resultType}\t${f.mxHost ?? ''}`;
    const g = map.get(key);
    if (g) g.sessions += f.sessions;
    else map.set(key, { ...f });
  }
  return [...map.values()].sort((a, b) => b.sessions - a.sessions);
}

function failureNote(f: TlsFailure): string {
  const known = TLS_RESULT_TYPES[f.resultType];
  const at = f.mxHost ? ` at ${f.mxHost}` : '';
  const detail = f.detail ? ` ("${f.detail}")` : '';
  const what = known ? `${known.means}${detail}. Fix: ${known.fix}.` : `${f.resultType}${detail}.`;
  return `Failed: ${f.sessions} session${f.sessions === 1 ? '' : 's'}${at}, ${f.resultType}: ${what}`;
}
