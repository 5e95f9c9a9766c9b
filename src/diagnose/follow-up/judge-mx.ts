import { mxHeadline } from '../../checks/mx/mx-report.js';
import type { MxCheck } from '../../checks/mx/types.js';
import { describeFailure } from '../../dns/lookup-result.js';
import { unicodeName } from '../../dns/names.js';
import { couldNotRun, done, type Judgement } from './codes.js';
import type { PlannedCheck } from './plan.js';
import { testsDirectly } from './purposes.js';

/**
 * `/mx` of the recipient's (or sender's) domain for a bounce: a domain that cannot receive mail confirms
 * a routing diagnosis, in the check's own words (NXDOMAIN with a typo suggestion, null MX...); a domain
 * that accepts mail now contradicts it (fixed since, or the failure was the receiver's DNS).
 */
export function judgeMx(c: PlannedCheck, check: MxCheck, suggestion: string | null): Judgement {
  const v = check.verdict;
  const d = unicodeName(check.domain);
  const failing = check.findings.find((f) => f.severity === 'fail');
  switch (v.kind) {
    case 'lookup-failed':
      return couldNotRun(describeFailure(v.failure), `whether ${d} can receive mail is unknown`);
    case 'unresolved':
      return done('inconclusive', 'warn', `${mxHeadline(check)}: whether it can receive mail is unknown.`);
    case 'not-found':
    case 'null-mx':
    case 'no-mail-host':
    case 'no-usable-host':
    case 'private':
      return done('confirms', 'fail', failing?.message ?? mxHeadline(check));
    case 'accepts':
    case 'implicit': {
      const direct = testsDirectly(c);
      if (c.causes.includes('recipient-domain-typo') && suggestion) {
        return done(
          'inconclusive',
          'warn',
          `${mxHeadline(check)}: the domain exists, but it is not ${suggestion}. If ${suggestion} was meant, correct the address.`,
        );
      }
      if (direct) {
        return done(
          'contradicts',
          'warn',
          `${mxHeadline(check)} now: the failure was temporary (the receiver's DNS), or the domain has been fixed since. Resend the message.`,
        );
      }
      return done('rules-out', 'ok', `${mxHeadline(check)}.`);
    }
  }
}
