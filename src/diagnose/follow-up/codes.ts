import type { CodeTable, Severity } from '../../report/finding-codes.js';
import type { Finding, FollowUp } from '../../report/types.js';

/**
 * The finding a bounce's report carries for each live check it ran (one per check): how the live state
 * bears on the diagnosis. Stable ids, documented in the README (a test keeps the table complete). The
 * check's own findings, with their own codes, are in the report's `followUps`.
 */
export const FOLLOW_UP_CODES = {
  'live-confirms': {
    severities: ['fail'],
    meaning: 'the check finds what the diagnosis says (listed, no such domain, no PTR, SPF fails for the IP)',
  },
  'live-contradicts': {
    severities: ['warn'],
    meaning:
      'the check finds the opposite now (not listed anywhere, the domain accepts mail): expired or fixed since; retry',
  },
  'live-contributes': {
    severities: ['warn'],
    meaning:
      'a check of a contributing factor finds a problem the reply did not name (e.g. no SPF record behind a spam refusal): worth fixing',
  },
  'live-rules-out': {
    severities: ['ok'],
    meaning: 'a check of a contributing factor finds nothing wrong (e.g. not on any public list)',
  },
  'live-inconclusive': {
    severities: ['warn', 'info'],
    meaning: 'the check answered only in part, or its answer neither confirms nor contradicts',
  },
  'live-not-run': {
    severities: ['warn'],
    meaning: 'live check could not run: DNS failures or timeouts (the reason is given)',
  },
  'live-skipped': {
    severities: ['info'],
    meaning: 'not run: the rate limit, or the bounce lacks the IP or domain it needs',
  },
} as const satisfies CodeTable;

export type FollowUpCode = keyof typeof FOLLOW_UP_CODES;

const CODE_OF_BEARING: Record<NonNullable<FollowUp['bearing']>, FollowUpCode> = {
  confirms: 'live-confirms',
  contradicts: 'live-contradicts',
  contributes: 'live-contributes',
  'rules-out': 'live-rules-out',
  inconclusive: 'live-inconclusive',
};

/** What one check's result says about the diagnosis, before it becomes a FollowUp. */
export interface Judgement {
  status: FollowUp['status'];
  bearing: FollowUp['bearing'];
  severity: Severity;
  message: string;
  /** Why it could not run or was skipped, in a few words; null when it ran. */
  why: string | null;
}

export function findingOf(j: Judgement): Finding {
  const code: FollowUpCode =
    j.status === 'could-not-run'
      ? 'live-not-run'
      : j.status === 'skipped'
        ? 'live-skipped'
        : CODE_OF_BEARING[j.bearing ?? 'inconclusive'];
  return { code, severity: j.severity, message: j.message };
}

export function done(
  bearing: NonNullable<FollowUp['bearing']>,
  severity: Severity,
  message: string,
): Judgement {
  return { status: 'done', bearing, severity, message, why: null };
}

/**
 * A check found a problem: it confirms a diagnosis it tests directly; for one it only looks at a factor of
 * (no SPF record behind a spam refusal, a listed IP behind a policy one) it is a likely part of why, not
 * proof: said so, and never called a confirmation.
 */
export function problemFound(direct: boolean, message: string): Judgement {
  return direct
    ? done('confirms', 'fail', message)
    : done('contributes', 'warn', `Likely part of why, though the reply does not name it: ${message}`);
}

/** "Live check could not run: WHY; what stays unknown." */
export function couldNotRun(why: string, unknown: string): Judgement {
  return {
    status: 'could-not-run',
    bearing: null,
    severity: 'warn',
    message: `Live check could not run: ${why}; ${unknown}.`,
    why,
  };
}
