import { authHeadline } from '../../checks/auth/auth-report.js';
import type { AuthCheck } from '../../checks/auth/types.js';
import { describeFailure } from '../../dns/lookup-result.js';
import { unicodeName } from '../../dns/names.js';
import type { Finding } from '../../report/types.js';
import { couldNotRun, done, type Judgement, problemFound } from './codes.js';
import type { PlannedCheck } from './plan.js';
import { AUTH_PARTS, SPF_PASS_SUFFICES, testsDirectly } from './purposes.js';

const ALL_PARTS = ['spf', 'dkim', 'dmarc'] as const;
const FAILING_SPF = new Set(['fail', 'softfail', 'permerror', 'none', 'neutral']);

/**
 * `/auth` of the sender's domain for a bounce (with SPF evaluated for the sending IP when the bounce
 * names it): SPF failing for that IP, or broken records, confirm an authentication diagnosis (and are a
 * likely part of why for another, such as a spam refusal); SPF passing
 * for the IP contradicts an SPF one. Valid records alone prove little: the message itself may have failed
 * (an unsigned sender, a signature broken in transit), so that is said, not called a contradiction.
 */
export function judgeAuth(c: PlannedCheck, check: AuthCheck): Judgement {
  const d = unicodeName(check.domain);
  const failures = [...check.spf.failures, ...check.dmarc.failures, ...check.dkim.failures];
  if (check.spf.summary === 'unknown' && check.dmarc.summary === 'unknown' && failures[0]) {
    return couldNotRun(describeFailure(failures[0]), `the SPF and DMARC records of ${d} are unknown`);
  }
  if (c.causes.every((cause) => cause === 'backscatter')) return forgeryGuard(d, check);
  const ip = check.ipResult;
  const ipFinding = check.findings.find((f) => f.code.startsWith('spf-result-'));
  const direct = testsDirectly(c);
  const parts = new Set<string>(c.causes.flatMap((cause) => AUTH_PARTS[cause] ?? ALL_PARTS));
  const broken = check.findings.filter(
    (f) => f.severity === 'fail' && !f.code.startsWith('spf-result-') && parts.has(partOf(f)),
  );
  if (ip && ipFinding && FAILING_SPF.has(ip.result) && parts.has('spf')) {
    return problemFound(direct, join([ipFinding, ...broken]));
  }
  if (broken.length > 0) return problemFound(direct, join(broken));
  if (ip?.result === 'pass' && c.causes.some((cause) => SPF_PASS_SUFFICES.has(cause))) {
    return done(
      'contradicts',
      'warn',
      `${ipFinding?.message ?? `SPF passes for ${ip.ip}`} now: the record has been fixed since, the mail was ` +
        'forwarded (SPF breaks on plain forwarding), or it left from another address. Resend, and check ' +
        'the Authentication-Results header of the bounced copy.',
    );
  }
  const headline = authHeadline(check);
  if (!direct) return done('rules-out', 'ok', `${headline}: no broken record.`);
  return done(
    'inconclusive',
    'info',
    `${headline}. The records themselves are valid, so this message failed on its own: a sending service ` +
      'not in SPF, mail without a DKIM signature for the domain, or a signature broken in transit (footers, ' +
      'forwarding). The Authentication-Results header of a sent copy says which.',
  );
}

/**
 * For backscatter: does the domain ask receivers to refuse mail forged in its name? Without DMARC at
 * enforcement (or with SPF that lets any host pass) they deliver forgeries, or accept and bounce them.
 */
function forgeryGuard(d: string, check: AuthCheck): Judgement {
  const open = check.findings.filter((f) => FORGERY_LET_THROUGH.has(f.code));
  if (open.length > 0) {
    return done(
      'contributes',
      'warn',
      `${join(open)} Receivers are not asked to refuse mail forged in the name of ${d}, so they deliver it ` +
        'or accept it and bounce it to you: publish DMARC at p=quarantine, then p=reject, once your aggregate ' +
        'reports show every real source aligned.',
    );
  }
  return done(
    'rules-out',
    'ok',
    `${authHeadline(check)}: ${d} already asks receivers to refuse forgeries. The server that bounced this ` +
      'accepted it anyway; nothing to change on your side but filtering such bounces.',
  );
}

// /auth findings that leave forgeries of a domain unrefused.
const FORGERY_LET_THROUGH = new Set([
  'dmarc-missing',
  'dmarc-multiple',
  'dmarc-invalid',
  'dmarc-policy-none',
  'dmarc-testing',
  'spf-missing',
  'spf-pass-all',
  'spf-neutral-all',
  'spf-no-all',
]);

function partOf(f: Finding): string {
  return f.code.split('-')[0] as string;
}

function join(findings: Finding[]): string {
  const shown = findings.slice(0, 3).map((f) => f.message);
  const more =
    findings.length > shown.length ? ` (and ${findings.length - shown.length} more: run the check)` : '';
  return `${shown.join(' ')}${more}`;
}
