import { printableText } from '../../src/bounce/binary-text.js';
import { deliveredWords, lastingWords } from '../../src/diagnose/headline.js';
import type { BounceRecord, Finding, FollowUp, Report } from '../../src/report/types.js';
import { deliveredLine, liveChecks, SIDE_TEXT, verdictOf, withoutDelivered } from '../shared/report-parts.js';

/**
 * Report -> plain text for a terminal; used by the console chat and the CLI's text output. Text from
 * outside (a DNS record, a server's reply) passes printableText: no escape code of theirs reaches a terminal.
 */
export interface RenderOptions {
  /** ANSI colours; only when writing to a terminal. */
  color?: boolean;
  /**
   * Records stop once the text passes this many characters (a chat file under an upload limit): the
   * rest are counted in one line, and the live checks, findings and notes still close the text.
   */
  maxChars?: number;
  /**
   * A record whose explanation and steps are those of an earlier one points at it instead of
   * repeating them: in a bulk paste's file, where thousands share a cause, the steps come once.
   */
  stepsOnce?: boolean;
}

type Paint = (code: string, s: string) => string;

const MARK: Record<Finding['severity'], [string, string]> = {
  ok: ['ok  ', '32'],
  info: ['info', '36'],
  warn: ['warn', '33'],
  fail: ['FAIL', '31'],
};

const HEADLINE_COLOR: Record<Report['kind'], string> = {
  bounce: '1',
  check: '1',
  'not-a-bounce': '1',
  help: '1',
  usage: '33',
  refused: '33',
  error: '31',
};

export function renderText(report: Report, options: RenderOptions = {}): string {
  const paint: Paint = options.color ? (code, s) => `\u001b[${code}m${s}\u001b[0m` : (_code, s) => s;
  const out: string[] = [];
  const only = report.records.length === 1 ? report.records[0] : undefined;
  const headline = report.headline || (only ? verdictOf(only) : defaultHeadline(report));
  out.push(paint(HEADLINE_COLOR[report.kind], printableText(headline)));
  if (only) {
    renderRecord(out, only, paint, '');
  } else if (report.records.length > 1) {
    // A bulk paste runs to tens of thousands of records: each is pushed line by line, no array per record.
    const { answered, delivered } = withoutDelivered(report.records);
    const total = answered.length;
    const max = options.maxChars ?? Number.POSITIVE_INFINITY;
    let size = out[0]?.length ?? 0;
    const answers = options.stepsOnce ? new SeenAnswers() : null;
    for (let i = 0; i < total; i++) {
      if (size > max) {
        out.push('', leftOut(total - i));
        break;
      }
      const r = answered[i] as BounceRecord;
      const from = out.length;
      out.push('', paint('1', total > 1 ? `${i + 1}/${total}. ${verdictOf(r)}` : verdictOf(r)));
      const earlier = answers?.earlier(r, i + 1) ?? null;
      renderRecord(out, r, paint, '   ', earlier === null ? null : `${earlier}/${total}`);
      for (let j = from; j < out.length; j++) size += (out[j] as string).length + 1;
    }
    if (delivered.length > 0) out.push('', paint('2', deliveredLine(delivered)));
  }
  const { followUps, rest: findings } = liveChecks(report);
  if (followUps.length > 0) {
    out.push('', paint('1', 'Live checks:'), ...followUps.map((f) => followUpLine(f, paint)));
  }
  if (findings.length > 0) {
    out.push('');
    for (const f of findings) {
      const [mark, color] = MARK[f.severity];
      out.push(`${paint(color, mark)} ${printableText(f.message)}`);
    }
  }
  if (report.notes.length > 0) out.push(...(out.length > 1 ? [''] : []), ...report.notes.map(printableText));
  for (const a of report.attachments) {
    out.push('', paint('2', `--- ${printableText(a.name)} ---`), printableText(a.content.trimEnd()));
  }
  return `${out.join('\n')}\n`;
}

// Answers remembered per explanation: steps that name each recipient never match, so few are kept.
const ANSWERS_PER_EXPLANATION = 8;

/** The records whose explanation and steps were written out in full, to point later ones at. */
class SeenAnswers {
  readonly #byExplanation = new Map<string, { steps: readonly string[]; n: number }[]>();

  /** The number of an earlier record with the same explanation and steps, or null (then it is remembered). */
  earlier(r: BounceRecord, n: number): number | null {
    if (r.steps.length === 0 && !r.explanation) return null;
    const seen = this.#byExplanation.get(r.explanation);
    const same = seen?.find(
      (a) => a.steps.length === r.steps.length && a.steps.every((s, i) => s === r.steps[i]),
    );
    if (same) return same.n;
    if (!seen) this.#byExplanation.set(r.explanation, [{ steps: r.steps, n }]);
    else if (seen.length < ANSWERS_PER_EXPLANATION) seen.push({ steps: r.steps, n });
    return null;
  }
}

function leftOut(n: number): string {
  return `… and ${n} more ${n === 1 ? 'recipient' : 'recipients'}, left out to keep this file within the upload limit. Run the mailmedic CLI on the paste for everything.`;
}

/** One live check of a bounce: its verdict on the diagnosis, after the check as the user would type it. */
function followUpLine(f: FollowUp, paint: Paint): string {
  const [mark, color] = MARK[f.finding.severity];
  const step = f.status === 'skipped' ? '' : `${paint('2', f.step)}: `;
  return `${paint(color, mark)} ${step}${printableText(f.finding.message)}`;
}

function defaultHeadline(report: Report): string {
  if (report.kind === 'bounce' && report.records.length > 1)
    return `${report.records.length} recipients bounced:`;
  if (report.kind === 'bounce') return 'No failed recipient found in this text.';
  return report.kind;
}

/** One record's lines, each after `pad`, onto `out`; `sameAs` names an earlier record with its steps. */
function renderRecord(
  out: string[],
  r: BounceRecord,
  paint: Paint,
  pad: string,
  sameAs: string | null = null,
): void {
  // A delivered message (receipt, auto-reply, complaint) neither lasts nor retries: say what it is instead.
  const outcome = deliveredWords(r, SIDE_TEXT.sender) ?? `${SIDE_TEXT[r.side]} · ${lastingWords(r)}`;
  const facts = `${outcome} · confidence ${r.confidence}`;
  out.push(pad + paint('2', facts));
  if (sameAs === null && r.explanation) out.push(pad + r.explanation);
  const suggestion = r.suggestion;
  if (suggestion && !r.steps.some((s) => s.includes(suggestion))) {
    out.push(`${pad}Did you mean ${paint('1', suggestion)}?`);
  }
  if (sameAs !== null) out.push(`${pad}What happened and what to do: as for ${sameAs} above.`);
  else for (let i = 0; i < r.steps.length; i++) out.push(`${pad}${i + 1}. ${r.steps[i]}`);
  const evidence = evidenceOf(r);
  if (evidence) out.push(pad + paint('2', `Evidence: ${evidence}`));
}

function evidenceOf(r: BounceRecord): string {
  const parts: string[] = [];
  if (r.replyCode !== null) parts.push(`reply ${r.replyCode}`);
  if (r.status) parts.push(`status ${r.status}`);
  for (const e of r.evidence) if (!parts.includes(e)) parts.push(e);
  if (r.provider && !parts.includes(`provider ${r.provider}`)) parts.push(`provider ${r.provider}`);
  if (r.remoteHost) parts.push(`receiver ${r.remoteHost}${r.remoteIp ? ` [${r.remoteIp}]` : ''}`);
  if (r.diagnostic)
    parts.push(`"${r.diagnostic.length > 300 ? `${r.diagnostic.slice(0, 300)}…` : r.diagnostic}"`);
  return parts.join(', ');
}
