import type { PtrCheck } from '../../checks/ptr/check-ptr.js';
import { describeFailure } from '../../dns/lookup-result.js';
import { couldNotRun, done, type Judgement, problemFound } from './codes.js';
import type { PlannedCheck } from './plan.js';
import { testsDirectly } from './purposes.js';

/** Reverse DNS of the sending IP: missing or unconfirmed confirms a reverse-DNS rejection (a likely part of why for another); fine contradicts it. */
export function judgePtr(c: PlannedCheck, check: PtrCheck): Judgement {
  const f = check.finding;
  switch (f.code) {
    case 'ptr-missing':
    case 'ptr-not-confirmed':
      return problemFound(testsDirectly(c), f.message);
    case 'ptr-unknown': {
      const failures = check.reverse?.status === 'unknown' ? check.reverse.failures : [];
      const why = failures.map(describeFailure).join('; ') || 'the lookup failed';
      return couldNotRun(why, `whether ${check.ip} has working reverse DNS is unknown`);
    }
    case 'ptr-not-public':
      return done('inconclusive', 'info', f.message);
    case 'ptr-ok': {
      const direct = testsDirectly(c);
      return direct
        ? done(
            'contradicts',
            'warn',
            `${f.message} Reverse DNS is fine now: it was fixed since, or the receiver's DNS lookup failed. Retry the queued mail (\`postqueue -f\`).`,
          )
        : done('rules-out', 'ok', f.message);
    }
  }
}
