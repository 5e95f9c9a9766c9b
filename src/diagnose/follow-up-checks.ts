import { authHeadline } from '../checks/auth/auth-report.js';
import { checkAuth } from '../checks/auth/check-auth.js';
import { blacklistHeadline } from '../checks/blacklist/blacklist-report.js';
import { checkBlacklist } from '../checks/blacklist/check-blacklist.js';
import { checkMx } from '../checks/mx/check-mx.js';
import { mxHeadline } from '../checks/mx/mx-report.js';
import { suggestDomain } from '../checks/mx/suggest-domain.js';
import { checkPtr } from '../checks/ptr/check-ptr.js';
import { createDeadline, DEFAULT_CHECK_DEADLINE_MS, type Deadline } from '../dns/deadline.js';
import type { DnsClient } from '../dns/resolver.js';
import { DNSBL_ZONES, type DnsblZone } from '../knowledge/dnsbl-zones.js';
import type { Finding, FollowUp, Progress, Report, ZoneResult } from '../report/types.js';
import { couldNotRun, findingOf, type Judgement } from './follow-up/codes.js';
import { judgeAuth } from './follow-up/judge-auth.js';
import { judgeBlacklist } from './follow-up/judge-blacklist.js';
import { judgeMx } from './follow-up/judge-mx.js';
import { judgePtr } from './follow-up/judge-ptr.js';
import { type FollowUpPlan, type PlannedCheck, planFollowUps } from './follow-up/plan.js';

export interface FollowUpOptions {
  dns: DnsClient;
  /** One deadline for all the checks together, in milliseconds (default 10 s). */
  deadlineMs?: number;
  dnsbl?: { zones?: readonly DnsblZone[]; dqsKey?: string | null };
  /** Each check's start and end, for adapters that show progress. */
  onProgress?: (progress: Progress) => void;
}

interface Outcome {
  judgement: Judgement;
  summary: string;
  findings: Finding[];
  zones?: ZoneResult[];
}

/**
 * "Bounces run their checks": the live checks a bounce's causes call for (`BounceRecord.checks`), run
 * in parallel under one deadline, deduplicated across records, and folded into the report: one finding
 * per check saying whether it confirms the diagnosis, the check's own findings in `followUps`. DNS
 * trouble never fails the answer: the diagnosis still comes, marked "live checks could not run".
 */
export async function runFollowUpChecks(report: Report, opts: FollowUpOptions): Promise<Report> {
  if (report.kind !== 'bounce') return report;
  const plan = planFollowUps(report.records);
  if (plan.checks.length === 0 && plan.unplanned.length === 0) return report;
  const deadline = createDeadline(opts.deadlineMs ?? DEFAULT_CHECK_DEADLINE_MS);
  const ran = await Promise.all(plan.checks.map((c) => runOne(c, report, deadline, opts)));
  return fold(report, [...ran, ...untargeted(plan)]);
}

/**
 * The checks the bounce lacks a target for (no sending IP, no sender), marked not run with how to run
 * them; no lookup is made. For a report that `needsFollowUps` says has nothing to look up.
 */
export function untargetedFollowUps(report: Report): Report {
  if (report.kind !== 'bounce') return report;
  const plan = planFollowUps(report.records);
  return plan.unplanned.length === 0 ? report : fold(report, untargeted(plan));
}

function untargeted(plan: FollowUpPlan): FollowUp[] {
  return plan.unplanned.map((u) => {
    const step = stepName(u.check);
    return skipped(
      { check: u.check, target: '', step, causes: u.causes, named: [] },
      `${step} not run: ${u.reason} — ${u.howToRun}.`,
      u.reason,
    );
  });
}

/** Does the report call for live checks (a bounce whose causes list some)? */
export function needsFollowUps(report: Report): boolean {
  if (report.kind !== 'bounce') return false;
  const plan = planFollowUps(report.records);
  return plan.checks.length > 0;
}

/**
 * The same report with every planned check marked as not run, and why (the rate limit, `--offline`):
 * the user still sees which checks would confirm the diagnosis.
 */
export function skipFollowUpChecks(report: Report, why: string): Report {
  if (report.kind !== 'bounce') return report;
  const plan = planFollowUps(report.records);
  if (plan.checks.length === 0 && plan.unplanned.length === 0) return report;
  return fold(report, [
    ...plan.checks.map((c) => skipped(c, `${c.step} not run, because of ${why}`, why)),
    ...untargeted(plan),
  ]);
}

async function runOne(
  c: PlannedCheck,
  report: Report,
  deadline: Deadline,
  opts: FollowUpOptions,
): Promise<FollowUp> {
  opts.onProgress?.({ step: c.step, state: 'running' });
  let outcome: Outcome;
  try {
    outcome = await check(c, report, deadline, opts);
  } catch (err) {
    // A bug or a library surprise in one check must not cost the answer.
    const why = err instanceof Error ? err.message : String(err);
    outcome = { judgement: couldNotRun(why, 'what it would find is unknown'), summary: why, findings: [] };
  }
  const { judgement } = outcome;
  opts.onProgress?.({
    step: c.step,
    state: judgement.status === 'done' ? 'done' : 'failed',
    detail: judgement.status === 'done' ? outcome.summary : judgement.message,
  });
  return followUpOf(c, outcome);
}

function followUpOf(c: PlannedCheck, { judgement, summary, findings, zones }: Outcome): FollowUp {
  return {
    check: c.check,
    step: c.step,
    target: c.target,
    causes: c.causes,
    status: judgement.status,
    bearing: judgement.bearing,
    summary,
    reason: judgement.why,
    finding: findingOf(judgement),
    findings,
    ...(zones ? { zones } : {}),
  };
}

async function check(
  c: PlannedCheck,
  report: Report,
  deadline: Deadline,
  opts: FollowUpOptions,
): Promise<Outcome> {
  const { dns } = opts;
  switch (c.check) {
    case 'blacklist': {
      const known = opts.dnsbl?.zones ?? DNSBL_ZONES;
      const result = await checkBlacklist(c.target, {
        dns,
        deadline,
        known,
        ...(opts.dnsbl?.dqsKey ? { dqsKey: opts.dnsbl.dqsKey } : {}),
      });
      return {
        judgement: judgeBlacklist(c, result, known),
        summary: blacklistHeadline(result, known),
        findings: result.findings,
        zones: result.results,
      };
    }
    case 'mx': {
      const result = await checkMx(c.target, { dns, deadline });
      const suggestion =
        report.records.find((r) => r.suggestion && r.recipient?.endsWith(`@${c.target}`))?.suggestion ?? null;
      const suggested = suggestion
        ? suggestion.slice(suggestion.lastIndexOf('@') + 1)
        : suggestDomain(c.target);
      return {
        judgement: judgeMx(c, result, suggested),
        summary: mxHeadline(result),
        findings: result.findings,
      };
    }
    case 'auth': {
      const result = await checkAuth(
        { domain: c.target, selectors: [], ...(c.ip ? { ip: c.ip, from: c.from } : {}) },
        { dns, deadline },
      );
      return { judgement: judgeAuth(c, result), summary: authHeadline(result), findings: result.findings };
    }
    case 'ptr': {
      const result = await checkPtr(c.target, { dns, deadline });
      return { judgement: judgePtr(c, result), summary: result.finding.message, findings: [result.finding] };
    }
  }
}

function skipped(c: PlannedCheck, message: string, why: string): FollowUp {
  const judgement: Judgement = { status: 'skipped', bearing: null, severity: 'info', message, why };
  return followUpOf(c, { judgement, summary: message, findings: [] });
}

/** A check without a target, as a user would name it: there is no `/ptr` command. */
function stepName(check: FollowUp['check']): string {
  return check === 'ptr' ? 'reverse DNS check' : `/${check}`;
}

/** The follow-ups into the report: their findings (confirmations first), and a note when none could run. */
function fold(report: Report, followUps: FollowUp[]): Report {
  const ran = followUps.filter((f) => f.status !== 'skipped');
  const notes = [...report.notes];
  if (ran.length > 0 && ran.every((f) => f.status === 'could-not-run')) {
    notes.push(
      `Live checks could not run (${(ran[0] as FollowUp).reason}): the diagnosis rests on the bounce alone; ` +
        'run the checks again later.',
    );
  }
  const rank = { fail: 0, warn: 1, ok: 2, info: 3 } as const;
  const findings = [...followUps.map((f) => f.finding)].sort((x, y) => rank[x.severity] - rank[y.severity]);
  return { ...report, findings: [...report.findings, ...findings], notes, followUps };
}
