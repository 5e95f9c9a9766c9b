import { deliveredWords, lastingWords } from '../../src/diagnose/headline.js';
import type { BounceRecord, Finding, Report, ReportKind, ZoneResult } from '../../src/report/types.js';
import { renderText } from '../console/render-text.js';
import { deliveredLine, SIDE_TEXT, verdictOf, withoutDelivered } from '../shared/report-parts.js';
import { type Block, BlockBudget, bold } from './block-budget.js';
import { escapeMrkdwn, truncate } from './mrkdwn.js';
import { SLACK_LIMITS } from './slack-limits.js';

/** A Report as Slack sends it: notification text, blocks, and files for the thread. */
export interface SlackMessage {
  text: string;
  blocks: Block[];
  files: { name: string; content: string }[];
}

/** The whole report as plain text, attached when the blocks cannot hold it. */
export const FULL_REPORT_FILE = 'mailmedic-report.txt';
// Records shown in full; the others of a bulk paste get one line each (and all of them go in the file).
const FULL_RECORDS = 3;
// "• " and a verdict (a cause's title) of at least one character.
const COMPACT_LINE_MIN = 3;

const KIND_EMOJI: Record<ReportKind, string> = {
  bounce: ':incoming_envelope:',
  check: ':mag:',
  'not-a-bounce': ':speech_balloon:',
  help: ':books:',
  usage: ':pencil2:',
  refused: ':hourglass_flowing_sand:',
  error: ':x:',
};

const SEVERITY_EMOJI: Record<Finding['severity'], string> = {
  ok: ':white_check_mark:',
  info: ':information_source:',
  warn: ':warning:',
  fail: ':x:',
};

/** Report -> Block Kit, inside Slack's limits; long material and overflow become files. */
export function renderBlocks(report: Report): SlackMessage {
  const out = new BlockBudget();
  const headline = headlineOf(report);
  out.section(`${KIND_EMOJI[report.kind]} ${bold(headline)}`);
  renderRecords(out, report.records);
  renderFindings(out, report.findings);
  if (report.zones && report.zones.length > 0) renderZones(out, report.zones);
  if (report.notes.length > 0) out.sectionLines('', report.notes.map(escapeMrkdwn));

  const files = report.attachments.map((a) => ({ name: a.name, content: a.content }));
  const closing: string[] = [];
  if (files.length > 0) {
    closing.push(
      `:paperclip: Attached in this thread: ${files.map((f) => escapeMrkdwn(f.name)).join(', ')}.`,
    );
  }
  if (out.overflow) {
    // The text file holds everything the blocks left out; transcripts stay in their own files.
    files.push({
      name: FULL_REPORT_FILE,
      content: renderText({ ...report, attachments: [] }, { stepsOnce: true }),
    });
    closing.push(`:page_facing_up: Too long for one message: the full report is in ${FULL_REPORT_FILE}.`);
  }
  if (closing.length > 0) out.closing(closing.join(' '));
  const text = truncate(`${KIND_EMOJI[report.kind]} ${escapeMrkdwn(headline)}`, SLACK_LIMITS.messageText);
  return { text, blocks: out.blocks, files };
}

function headlineOf(report: Report): string {
  if (report.headline) return report.headline;
  if (report.records.length > 1) return `${report.records.length} recipients bounced`;
  return report.records[0]?.title ?? report.kind;
}

function renderRecords(out: BlockBudget, all: BounceRecord[]): void {
  const { answered: records, delivered } = withoutDelivered(all);
  const shown = new Set<string>();
  const compact: BounceRecord[] = [];
  records.forEach((r, i) => {
    // One full answer per cause: the same steps repeated for every recipient add nothing.
    if (shown.size >= FULL_RECORDS || shown.has(r.cause)) {
      compact.push(r);
      return;
    }
    shown.add(r.cause);
    const title = records.length > 1 ? `${i + 1}/${records.length}. ${verdictOf(r)}` : null;
    renderRecord(out, r, title);
  });
  if (compact.length > 0) {
    // Formatted only as far as the budget could take them: a bulk paste has tens of thousands.
    const lines = compact
      .slice(0, out.linesRoom(COMPACT_LINE_MIN))
      .map((r) => `• ${escapeMrkdwn(verdictOf(r))}`);
    out.sectionLines(`*…and ${compact.length} more:*`, lines, compact.length);
  }
  if (delivered.length > 0) out.context([escapeMrkdwn(deliveredLine(delivered))]);
}

function renderRecord(out: BlockBudget, r: BounceRecord, title: string | null): void {
  if (title) out.section(bold(title));
  const delivered = deliveredWords(r, SIDE_TEXT.sender);
  const facts = [
    ...(delivered ? [`*${delivered}*`] : [`*${SIDE_TEXT[r.side]}*`, lastingWords(r)]),
    `confidence ${r.confidence}`,
    `cause \`${escapeMrkdwn(r.cause)}\``,
  ];
  out.context([facts.join(' · ')]);
  const about: string[] = [];
  if (r.explanation) about.push(escapeMrkdwn(r.explanation));
  const suggestion = r.suggestion;
  if (suggestion && !r.steps.some((s) => s.includes(suggestion))) {
    about.push(`Did you mean ${bold(suggestion)}?`);
  }
  if (about.length > 0) out.section(about.join('\n'));
  if (r.steps.length > 0) {
    out.section(`*What to do:*\n${r.steps.map((s, i) => `${i + 1}. ${escapeMrkdwn(s)}`).join('\n')}`);
  }
  const evidence = evidenceOf(r);
  if (evidence.length > 0) out.context([`*Evidence:* ${evidence.map(escapeMrkdwn).join(' · ')}`]);
}

function evidenceOf(r: BounceRecord): string[] {
  const parts: string[] = [];
  if (r.replyCode !== null) parts.push(`reply ${r.replyCode}`);
  if (r.status) parts.push(`status ${r.status}`);
  if (r.recipient) parts.push(`recipient ${r.recipient}`);
  for (const e of r.evidence) if (!parts.includes(e)) parts.push(e);
  if (r.provider && !parts.includes(`provider ${r.provider}`)) parts.push(`provider ${r.provider}`);
  if (r.remoteHost) parts.push(`receiver ${r.remoteHost}${r.remoteIp ? ` [${r.remoteIp}]` : ''}`);
  if (r.diagnostic) parts.push(`"${truncate(r.diagnostic, 300)}"`);
  return parts;
}

function renderFindings(out: BlockBudget, findings: Finding[]): void {
  if (findings.length === 0) return;
  const lines = findings.map((f) => `${SEVERITY_EMOJI[f.severity]} ${escapeMrkdwn(f.message)}`);
  if (!out.section(lines.join('\n'))) {
    // Too much at once: keep what fits, problems first.
    const order: Finding['severity'][] = ['fail', 'warn', 'info', 'ok'];
    const sorted = [...findings].sort((a, b) => order.indexOf(a.severity) - order.indexOf(b.severity));
    for (const f of sorted)
      if (!out.section(`${SEVERITY_EMOJI[f.severity]} ${escapeMrkdwn(f.message)}`)) break;
  }
}

/** `/blacklist`: listings in detail, lists that could not tell with their reason, clean ones by name. */
function renderZones(out: BlockBudget, zones: ZoneResult[]): void {
  const targets = [...new Set(zones.map((z) => z.target))];
  for (const target of targets) {
    const mine = zones.filter((z) => z.target === target);
    const listed = mine.filter((z) => z.listed === true);
    const unknown = mine.filter((z) => z.listed === null && z.status !== 'dead');
    const clean = mine.filter((z) => z.listed === false);
    const dead = mine.filter((z) => z.status === 'dead');
    const lines = [bold(target)];
    for (const z of listed) {
      const answer = [z.answer, z.meaning].filter(Boolean).join(': ');
      const delist = z.delist ? ` · delist: ${escapeMrkdwn(z.delist)}` : '';
      lines.push(
        `:red_circle: *${escapeMrkdwn(z.list)}* (${escapeMrkdwn(z.zone)}) ${escapeMrkdwn(answer)}${delist}`,
      );
    }
    for (const z of unknown) {
      lines.push(`:grey_question: ${escapeMrkdwn(z.list)}: ${escapeMrkdwn(z.reason ?? z.status)}`);
    }
    if (out.sectionLines(lines[0] as string, lines.slice(1)) < lines.length - 1) return;
    const small: string[] = [];
    if (clean.length > 0) small.push(`:large_green_circle: clean on ${clean.length}: ${names(clean)}`);
    if (dead.length > 0) small.push(`not asked (dead lists): ${names(dead)}`);
    if (!out.context(small)) return;
  }
}

function names(zones: ZoneResult[]): string {
  return escapeMrkdwn(truncate(zones.map((z) => z.list).join(', '), 600));
}
