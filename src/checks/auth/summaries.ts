import { describeFailure, type FailureStatus, type LookupFailed } from '../../dns/lookup-result.js';
import { mxHeadline } from '../mx/mx-report.js';
import type { MxCheck } from '../mx/types.js';
import { type AuthCode, type AuthFinding, finding } from './codes.js';

const MX_SEVERITY: Record<MxCheck['verdict']['kind'], AuthFinding['severity']> = {
  accepts: 'ok',
  implicit: 'warn',
  'null-mx': 'info',
  'no-mail-host': 'fail',
  'not-found': 'fail',
  'no-usable-host': 'fail',
  private: 'fail',
  unresolved: 'warn',
  'lookup-failed': 'warn',
};

/** The /mx check in one or two findings: its verdict, and reverse DNS of the hosts. */
export function mxSummary(mx: MxCheck): AuthFinding[] {
  const problems = mx.findings.filter((f) => f.severity === 'warn' || f.severity === 'fail').length;
  const out = [
    finding(
      'mx-summary',
      MX_SEVERITY[mx.verdict.kind],
      `MX: ${mxHeadline(mx)}${mx.verdict.kind === 'accepts' && problems > 0 ? ' (run /mx for the detail)' : ''}`,
    ),
  ];
  const addresses = mx.hosts.flatMap((h) => h.addresses).filter((a) => a.reverse.status !== 'skipped');
  if (addresses.length === 0) return out;
  const missing = addresses.filter((a) => a.reverse.status === 'missing').map((a) => a.ip);
  const unconfirmed = addresses.filter((a) => a.reverse.status === 'not-confirmed').map((a) => a.ip);
  if (missing.length === 0 && unconfirmed.length === 0) {
    const confirmed = addresses.filter((a) => a.reverse.status === 'confirmed').length;
    if (confirmed > 0) {
      out.push(
        finding(
          'ptr-summary',
          'ok',
          `Reverse DNS: ${confirmed === addresses.length ? 'every' : `${confirmed} of ${addresses.length}`} MX host ` +
            'address has a PTR that resolves back (forward-confirmed)',
        ),
      );
    }
    return out;
  }
  const parts = [
    ...(missing.length > 0 ? [`no PTR for ${missing.join(', ')}`] : []),
    ...(unconfirmed.length > 0 ? [`PTR not forward-confirmed for ${unconfirmed.join(', ')}`] : []),
  ];
  out.push(
    finding(
      'ptr-summary',
      'warn',
      `Reverse DNS: ${parts.join('; ')}. Receivers that check reverse DNS refuse mail these hosts send; ` +
        'run /mx for the fix.',
    ),
  );
  return out;
}

const FAILURE_CODE: Record<FailureStatus, AuthCode> = {
  nxdomain: 'dns-error',
  nodata: 'dns-error',
  servfail: 'dns-servfail',
  refused: 'dns-refused',
  timeout: 'dns-timeout',
  error: 'dns-error',
};

/** Unanswered lookups, one warning per kind, naming what could not be checked. */
export function failureFindings(failures: LookupFailed[]): AuthFinding[] {
  const seen = new Set<string>();
  const byCode = new Map<AuthCode, LookupFailed[]>();
  for (const f of failures) {
    const key = `${f.type} ${f.name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const code = FAILURE_CODE[f.status];
    byCode.set(code, [...(byCode.get(code) ?? []), f]);
  }
  return [...byCode].map(([code, fs]) => {
    const shown = fs.slice(0, 4).map(describeFailure);
    const more = fs.length > shown.length ? ` (and ${fs.length - shown.length} more)` : '';
    return finding(
      code,
      'warn',
      `Part of this check is unknown: ${shown.join('; ')}${more}. Try again; if it keeps happening, check the ` +
        "domain's name servers or the resolver (--resolver, MAILMEDIC_RESOLVERS).",
    );
  });
}
