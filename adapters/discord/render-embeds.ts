import type { APIEmbed, APIEmbedField } from 'discord.js';
import { deliveredWords, isNotAFailure, lastingWords } from '../../src/diagnose/headline.js';
import type { BounceRecord, Finding, Report, ZoneResult } from '../../src/report/types.js';
import { renderText } from '../console/render-text.js';
import { deliveredLine, liveChecks, SIDE_TEXT, verdictOf, withoutDelivered } from '../shared/report-parts.js';
import {
  clip,
  FULL_REPORT_CHARS,
  fileData,
  fitEmbeds,
  joinLines,
  LIMITS,
  linesRoom,
} from './discord-limits.js';
import { escapeMarkdown } from './escape-markdown.js';

/** A file sent with the answer (transcripts, the full report when the embeds could not hold it). */
export interface DiscordFile {
  name: string;
  data: Buffer;
}

/** One Discord message: what the adapter hands to `editReply`, `send` or `edit`. */
export interface DiscordAnswer {
  content: string;
  embeds: APIEmbed[];
  files: DiscordFile[];
}

/** The full text report's file name, attached whenever the embeds had to leave something out. */
export const FULL_REPORT_FILE = 'mailmedic-report.txt';

export const COLOUR = {
  fail: 0xda373c,
  warn: 0xf0b232,
  ok: 0x23a55a,
  info: 0x5865f2,
  neutral: 0x80848e,
} as const;

const MARK: Record<Finding['severity'], string> = { ok: '✅', info: 'ℹ️', warn: '⚠️', fail: '❌' };

// Room kept free in the 6,000-character budget for the footer that points at the attached full report.
const FOOTER_RESERVE = 200;

/** Report → one Discord message: a verdict-coloured embed per answer part, inside Discord's limits. */
export function renderReport(report: Report): DiscordAnswer {
  const cuts = new Cuts();
  const built = buildEmbeds(report, cuts);
  const fitted = fitEmbeds(built, LIMITS.embedTotal - FOOTER_RESERVE);
  const files = report.attachments.map((a) => ({
    name: fileName(a.name),
    data: fileData(a.content),
  }));
  if (fitted.cut || cuts.any) {
    files.unshift({
      name: FULL_REPORT_FILE,
      data: fileData(
        renderText({ ...report, attachments: [] }, { maxChars: FULL_REPORT_CHARS, stepsOnce: true }),
      ),
    });
    const first = fitted.embeds[0] as APIEmbed;
    first.footer = { text: `Shortened to fit Discord: the full report is attached as ${FULL_REPORT_FILE}.` };
  }
  return { content: '', embeds: fitted.embeds, files: files.slice(0, LIMITS.files) };
}

function buildEmbeds(report: Report, cuts: Cuts): APIEmbed[] {
  const colour = verdictColour(report);
  const headline = report.headline || defaultHeadline(report);
  // A headline longer than a title keeps its full words at the top of the description.
  const long = [...headline].length > LIMITS.title;
  const lead = long ? [escapeMarkdown(headline), ''] : [];
  const title = long ? clip(headline, LIMITS.title) : headline;
  const notes = report.notes.map(noteLine);
  const only = report.records.length === 1 ? report.records[0] : undefined;
  if (only) {
    const body = [...lead, ...recordLines(only), ...(notes.length ? ['', ...notes] : [])];
    return [
      {
        title,
        color: colour,
        description: cuts.lines(body, LIMITS.description),
        fields: [...recordFields(only, cuts), ...findingFields(report, cuts)],
      },
    ];
  }
  if (report.records.length > 1) {
    const { answered: records, delivered } = withoutDelivered(report.records);
    // A line per recipient, formatted only for as many as the description could hold.
    const overview = records
      .slice(0, linesRoom(LIMITS.description))
      .map(
        (r, i) =>
          `${i + 1}. ${escapeMarkdown(verdictOf(r))} — ${deliveredWords(r, SIDE_TEXT.sender) ?? `${r.permanent ? 'permanent' : 'temporary'}, ${SIDE_TEXT[r.side]}`}`,
      );
    if (delivered.length > 0 && overview.length === records.length)
      overview.push('', escapeMarkdown(deliveredLine(delivered)));
    const after = notes.length ? ['', ...notes] : [];
    const body = [...lead, ...overview, ...(overview.length < records.length ? [] : after)];
    const head: APIEmbed = {
      title,
      color: colour,
      description: cuts.lines(body, LIMITS.description, lead.length + overview.length + after.length),
      fields: findingFields(report, cuts),
    };
    // Only as many as a message can carry; the full report (attached) has the rest.
    if (records.length > LIMITS.embeds - 1) cuts.any = true;
    const details = records.slice(0, LIMITS.embeds - 1).map((r, i) => ({
      title: records.length > 1 ? `${i + 1}/${records.length}. ${verdictOf(r)}` : verdictOf(r),
      color: recordColour(r),
      description: cuts.lines(recordLines(r), LIMITS.description),
      fields: recordFields(r, cuts),
    }));
    return [head, ...details];
  }
  const findings = report.findings.map((f) => `${MARK[f.severity]} ${escapeMarkdown(f.message)}`);
  const body = [...lead, ...findings, ...(findings.length && notes.length ? [''] : []), ...notes];
  const embed: APIEmbed = { title, color: colour, fields: zoneFields(report.zones ?? [], cuts) };
  if (body.length > 0) embed.description = cuts.lines(body, LIMITS.description);
  return [embed];
}

/** Remembers whether any text was shortened, so the full report gets attached. */
class Cuts {
  any = false;
  /** `all` may be the first of `total` lines, when the others could not fit anyway. */
  lines(all: readonly string[], max: number, total: number = all.length): string {
    // No blank line at the end (a lead or a separator with nothing after it).
    let end = all.length;
    if (total === all.length) while (end > 0 && all[end - 1] === '') end--;
    const lines = all.slice(0, end);
    const joined = joinLines(lines, max, total - (all.length - end));
    if (joined.omitted > 0 || lines.some((l) => l.length > max)) this.any = true;
    return joined.text;
  }
  clip(text: string, max: number): string {
    const out = clip(text, max);
    if (out !== text) this.any = true;
    return out;
  }
}

/** Notes indented by two spaces are commands to run by hand: shown as inline code. */
function noteLine(note: string): string {
  const command = /^ {2}(\S.*)$/.exec(note);
  return command ? `\`${(command[1] as string).replaceAll('`', "'")}\`` : escapeMarkdown(note);
}

/** Whose side must act and for how long; for a delivered message, what it is instead. */
function outcomeOf(r: BounceRecord): string {
  const delivered = deliveredWords(r, SIDE_TEXT.sender);
  if (delivered) return `**${delivered}**`;
  return `**${SIDE_TEXT[r.side]}** · ${lastingWords(r)}`;
}

function recordLines(r: BounceRecord): string[] {
  const lines = [`${outcomeOf(r)} · confidence ${r.confidence}`];
  if (r.explanation) lines.push(escapeMarkdown(r.explanation));
  const suggestion = r.suggestion;
  if (suggestion && !r.steps.some((s) => s.includes(suggestion))) {
    lines.push(`Did you mean **${escapeMarkdown(suggestion)}**?`);
  }
  if (r.steps.length > 0) lines.push('');
  r.steps.forEach((step, i) => {
    lines.push(`${i + 1}. ${escapeMarkdown(step)}`);
  });
  return lines;
}

function recordFields(r: BounceRecord, cuts: Cuts): APIEmbedField[] {
  const fields: APIEmbedField[] = [];
  const add = (name: string, value: string | null, inline = true) => {
    if (value) fields.push({ name, value: cuts.clip(value, LIMITS.fieldValue), inline });
  };
  add('Cause', `\`${r.cause}\``);
  add('Reply', [r.replyCode, r.status].filter((v) => v !== null).join(' ') || null);
  add('Receiver', r.remoteHost ? `${r.remoteHost}${r.remoteIp ? ` [${r.remoteIp}]` : ''}` : r.remoteIp);
  add('Provider', r.provider);
  add('Sending IP', r.sendingIp);
  add('Blocklists', r.blocklists.join(', ') || null);
  add('Reference codes', r.referenceCodes.join(', ') || null);
  add('Evidence', r.evidence.map((e) => escapeMarkdown(e)).join(' · ') || null, false);
  // Not always the server's words: a log's own ("delivery temporarily suspended: …") or a filter's verdict.
  if (r.diagnostic) add('Diagnostic', codeBlock(r.diagnostic, LIMITS.fieldValue, cuts), false);
  return fields;
}

/** A check report's findings beside bounce records (rare), as fields of at most 1,024 characters. */
function findingFields(report: Report, cuts: Cuts): APIEmbedField[] {
  const fields: APIEmbedField[] = [];
  const { followUps, rest } = liveChecks(report);
  if (followUps.length > 0) {
    // Each live check of a bounce: what it says about the diagnosis, after the check as one would type it.
    const lines = followUps.map(
      (f) =>
        `${MARK[f.finding.severity]} ${f.status === 'skipped' ? '' : `\`${f.step}\`: `}${escapeMarkdown(f.finding.message)}`,
    );
    fields.push({ name: 'Live checks', value: cuts.lines(lines, LIMITS.fieldValue), inline: false });
  }
  if (rest.length > 0) {
    const lines = rest.map((f) => `${MARK[f.severity]} ${escapeMarkdown(f.message)}`);
    fields.push({ name: 'Checks', value: cuts.lines(lines, LIMITS.fieldValue), inline: false });
  }
  return fields;
}

/** `/blacklist`: a field per listing (what the code means, where to ask for removal), then the clean lists by name. */
function zoneFields(zones: readonly ZoneResult[], cuts: Cuts): APIEmbedField[] {
  // The target is named only when several were checked (a domain and its mail hosts).
  const several = new Set(zones.map((z) => z.target)).size > 1;
  const listed = zones
    .filter((z) => z.listed === true)
    .map((z) => ({
      name: `🔴 ${z.list} (${z.zone})${several ? ` — ${z.target}` : ''}`,
      value: cuts.clip(
        [z.meaning ?? z.answer ?? 'listed', z.delist ? `Removal: ${z.delist}` : null]
          .filter((v) => v !== null)
          .map((v) => escapeMarkdown(v as string))
          .join('\n'),
        LIMITS.fieldValue,
      ),
      inline: false,
    }));
  // Lists that could not tell are in the findings already, with their reason.
  const fields: APIEmbedField[] = [];
  const clean = zones.filter((z) => z.listed === false);
  if (clean.length > 0) {
    const names = escapeMarkdown([...new Set(clean.map((z) => z.list))].join(', '));
    fields.push({
      name: `🟢 Clean on ${clean.length}`,
      value: cuts.clip(names, LIMITS.fieldValue),
      inline: false,
    });
  }
  // Listings first; when there are more than the fields allow, the summaries still come last.
  if (listed.length > LIMITS.fields - fields.length) cuts.any = true;
  return [...listed.slice(0, LIMITS.fields - fields.length), ...fields];
}

function codeBlock(text: string, max: number, cuts: Cuts): string {
  const fence = '```';
  return `${fence}\n${cuts.clip(text.replaceAll(fence, "'''"), max - 2 * fence.length - 2)}\n${fence}`;
}

function defaultHeadline(report: Report): string {
  if (report.kind === 'bounce' && report.records.length > 1)
    return `${report.records.length} recipients bounced`;
  if (report.kind === 'bounce') return 'No failed recipient found in this text.';
  return report.kind;
}

function recordColour(r: BounceRecord): number {
  if (isNotAFailure(r)) return r.side === 'sender' ? COLOUR.warn : COLOUR.ok;
  return r.permanent ? COLOUR.fail : COLOUR.warn;
}

/** The verdict's colour: red for failures, amber for what will retry or needs attention, green when clean. */
function verdictColour(report: Report): number {
  switch (report.kind) {
    case 'bounce':
      if (report.records.length === 0) return COLOUR.neutral;
      // Delivered outcomes (receipts, auto-replies) are green; a complaint still asks the sender to act.
      if (report.records.every(isNotAFailure))
        return report.records.some((r) => r.side === 'sender') ? COLOUR.warn : COLOUR.ok;
      return report.records.some((r) => r.permanent) ? COLOUR.fail : COLOUR.warn;
    case 'check': {
      const severities = new Set(report.findings.map((f) => f.severity));
      if (severities.has('fail') || report.zones?.some((z) => z.listed === true)) return COLOUR.fail;
      if (severities.has('warn')) return COLOUR.warn;
      return COLOUR.ok;
    }
    case 'help':
      return COLOUR.info;
    case 'error':
      return COLOUR.fail;
    case 'not-a-bounce':
      return COLOUR.neutral;
    default:
      return COLOUR.warn;
  }
}

/** Attachment names as Discord shows them: no path, no odd characters. */
function fileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const safe = base.replace(/[^\w.-]+/g, '_').slice(0, 100);
  return safe === '' || safe.startsWith('.') ? `mailmedic-${safe || 'attachment'}.txt` : safe;
}
