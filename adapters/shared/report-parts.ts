import { isNotAFailure } from '../../src/diagnose/headline.js';
import type { BounceRecord, Finding, FollowUp, Report } from '../../src/report/types.js';

/** Report logic every chat renderer shares; each adds only its platform's markup. */

/** Whose side must act, in the words every renderer shows. */
export const SIDE_TEXT: Record<BounceRecord['side'], string> = {
  sender: 'your side (the sender) must act',
  recipient: "the recipient's side must act",
  either: 'either side may need to act',
};

/** One bounced recipient's verdict: the cause's title, and the recipient when known. */
export function verdictOf(r: BounceRecord): string {
  return r.recipient ? `${r.title}: ${r.recipient}` : r.title;
}

const SEVERITY_RANK: Record<Finding['severity'], number> = { fail: 0, warn: 1, ok: 2, info: 3 };

/**
 * A bounce's live checks, problems first, and the findings not already shown as one of them
 * (a follow-up carries its finding, which the report's findings repeat).
 */
export function liveChecks(report: Report): { followUps: FollowUp[]; rest: Finding[] } {
  const followUps = [...(report.followUps ?? [])].sort(
    (x, y) => SEVERITY_RANK[x.finding.severity] - SEVERITY_RANK[y.finding.severity],
  );
  const shown = new Set(followUps.map((f) => `${f.finding.code} ${f.finding.message}`));
  return { followUps, rest: report.findings.filter((f) => !shown.has(`${f.code} ${f.message}`)) };
}

/**
 * A report's records split for showing: those to answer one by one, and the recipients merely delivered
 * beside failures (a pasted log's "status=sent" lines), which one line lists instead of an answer each. A
 * complaint report asks the sender to act and stays an answer; so does everything when nothing failed.
 */
export function withoutDelivered(records: readonly BounceRecord[]): {
  answered: BounceRecord[];
  delivered: BounceRecord[];
} {
  const isDelivered = (r: BounceRecord) => isNotAFailure(r) && r.side !== 'sender';
  if (!records.some((r) => !isNotAFailure(r)) || !records.some(isDelivered))
    return { answered: [...records], delivered: [] };
  return { answered: records.filter((r) => !isDelivered(r)), delivered: records.filter(isDelivered) };
}

const DELIVERED_NAMED = 10;

/** "Delivered, nothing to fix (27): a@x, b@y, …, and 17 more." */
export function deliveredLine(delivered: readonly BounceRecord[]): string {
  const named = delivered.slice(0, DELIVERED_NAMED).map((r) => r.recipient ?? 'a recipient not named');
  const more = delivered.length - named.length;
  return `Delivered, nothing to fix (${delivered.length}): ${named.join(', ')}${more > 0 ? `, and ${more} more` : ''}.`;
}
