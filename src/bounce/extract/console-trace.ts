import {
  DELAYED_OUTCOMES,
  DELIVERED_OUTCOMES,
  FAILED_OUTCOMES,
  OUTCOME_LABELS,
  OUTCOME_OF_COLUMN,
  OUTCOME_WORDS,
  REASON_LABELS,
  RECIPIENT_LABELS,
} from '../../knowledge/console-trace.js';
import { LOCALIZED_REPLY_MARKERS } from '../../knowledge/notice-headings.js';
import { escapeRegex } from './escape-regex.js';
import { csvFields } from './mta-log-hosted.js';

/**
 * A record copied out of an admin console or tracking tool (src/knowledge/console-trace.ts): a table with a
 * header row, tab-separated, comma-separated (a CSV download) or space-aligned over a row of dashes
 * (PowerShell's Format-Table), one row per
 * recipient; or a detail pane of "Label: value" lines (Format-List's "Label   : value", a tab for the colon).
 * A row or pane needs an outcome field: a failed or held one is an entry, a delivered one none. The reason is
 * the field that holds a server reply (its LED= part in Exchange's "[{LRT=};{LED=…};…]"), else the console's
 * own reason fields, else the outcome itself.
 */
export interface ConsoleEntry {
  recipient?: string;
  reason: string;
  outcome: 'failed' | 'delayed';
}

type Outcome = ConsoleEntry['outcome'] | 'delivered' | undefined;

const MAX_LINES = 5000;
const norm = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, '');
const RECIPIENT = new Set(RECIPIENT_LABELS);
const OUTCOME = new Set(OUTCOME_LABELS);
const REASON = new Set(REASON_LABELS);
const FAILED = new Set(FAILED_OUTCOMES);
const DELAYED = new Set(DELAYED_OUTCOMES);
const DELIVERED = new Set(DELIVERED_OUTCOMES);
const ADDRESS = /<?([^\s<>@{}[\],;:"']{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,63})>?/g;
// A server reply in a value: a code with an enhanced status, or a 4xx/5xx code before words.
const HAS_REPLY = /(?:^|[\s;:=(['"])[245]\d\d[ -](?:[245]\.\d{1,3}\.\d{1,3}|[A-Za-z#<])/;
const LED = /\{LED=([^}]{1,4000})\}/;
// Lines that make a paste an email or a delivery-status report: those are read as such.
const NOT_CONSOLE =
  /^(?:Final-Recipient|Original-Recipient|Reporting-MTA|Diagnostic-Code|Content-Type|MIME-Version|Received|Return-Path|Arrival-Date):/im;
// Cisco Secure Email's processing details: "Message 48213 was dropped by content filter …", "Message 48211 to
// r bounced by destination server": the sentence is the outcome when the pane has no outcome field.
// Microsoft 365's NDR pasted as text quotes the reply under "Reported error:" (localized "Gemeldeter Fehler:"):
// a notice, whose "Label: value" lines ("Recipient Address:", "Status code:") are no console's detail pane.
const NDR_REPLY_FIELD = new RegExp(
  `^[ \\t]{0,8}(?:${LOCALIZED_REPLY_MARKERS.filter((m) => m.endsWith(':'))
    .map(escapeRegex)
    .join('|')})`,
  'im',
);
const ASYNCOS_OUTCOME =
  /\bMessage \d{1,20} (?:to \S{1,320} )?(?:was )?(bounced|dropped|quarantined|delayed|aborted)\b/;
const FIELD =
  /^[ \t]{0,4}([A-Za-z][A-Za-z0-9 ./()_-]{0,40}?)[ \t]{0,30}(?::[ \t]|:$|\t)[ \t]{0,30}(.{0,4000})$/;

function outcomeOf(values: string[]): Outcome {
  const words = values.map(norm);
  if (words.some((w) => DELAYED.has(w))) return 'delayed';
  if (words.some((w) => FAILED.has(w))) return 'failed';
  if (words.some((w) => DELIVERED.has(w))) return 'delivered';
  return undefined;
}

/** A reason value as the server wrote it: Exchange's LED part, else the value. */
function replyIn(value: string): string {
  return LED.exec(value)?.[1]?.trim() ?? value.trim();
}

function addressesIn(value: string): string[] {
  return [...value.matchAll(ADDRESS)].map((m) => m[1] ?? '').filter(Boolean);
}

/** The reason out of labelled values (and lines without a label): a reply first, else the console's words. */
function reasonOf(fields: [label: string, value: string][], loose: string[], outcome: string[]): string {
  const reasons = fields.filter(([l, v]) => REASON.has(l) && v.trim() !== '');
  const replies = [...reasons.map(([, v]) => v), ...loose].map(replyIn).filter((v) => HAS_REPLY.test(v));
  if (replies[0]) return replies[0];
  const words = reasons
    .map(([, v]) => replyIn(v).replace(/_/g, ' '))
    .filter((v) => outcomeOf([v]) === undefined);
  if (words.length > 0) return words.join('; ');
  if (loose.length > 0) return loose.join(' ');
  return outcome.map((o) => OUTCOME_WORDS[norm(o)] ?? '').find(Boolean) ?? '';
}

// An error reply (4xx or 5xx): a delivered row's "250 2.0.0 OK" is no reason for another row.
const ERROR_REPLY = /(?:^|[\s;:=(['"])[45]\d\d[ -](?:[45]\.\d{1,3}\.\d{1,3}|[A-Za-z#<])/;

/** The first error reply of a pane's reason fields and unlabelled lines (a table's own rows left out). */
function firstReply(fields: [label: string, value: string][], loose: string[]): string | undefined {
  const reasons = fields.filter(([l, v]) => REASON.has(l) && v.trim() !== '').map(([, v]) => v);
  const lines = loose.filter((l) => !l.includes('\t'));
  return [...reasons, ...lines].map(replyIn).find((v) => ERROR_REPLY.test(v));
}

/** The entries of a console record, or undefined when the text is none. */
export function readConsoleTrace(text: string): ConsoleEntry[] | undefined {
  if (NOT_CONSOLE.test(text) || NDR_REPLY_FIELD.test(text)) return undefined;
  const lines = text.split('\n', MAX_LINES).map((l) => l.trimEnd());
  const pane = detailPane(lines);
  const table = readTable(lines);
  const only = pane?.recipients.length === 1 ? pane.recipients[0] : undefined;
  // A row whose reason is only its outcome ("Bounced") takes the reply the details pane below it quotes
  // ("SMTP response<tab>552 5.2.2 …"), when the table has one failed recipient.
  const single = table && new Set(table.map((e) => e.recipient)).size === 1;
  const reply = single ? pane?.reply : undefined;
  const entries =
    table?.map((e) => ({
      ...e,
      recipient: e.recipient ?? only,
      reason: reply && !HAS_REPLY.test(e.reason) ? reply : e.reason,
    })) ?? pane?.entries;
  // A record that names its recipient in no field but somewhere in its text is left to the readers that
  // find it there ("Recipient bob@x not found" in the reply, "To        bob@x" aligned by spaces).
  if (entries?.some((e) => !e.recipient) && addressesIn(text).length > 0) return undefined;
  return entries;
}

interface Pane {
  recipients: string[];
  entries?: ConsoleEntry[];
  /** The first server reply among the pane's reason fields and unlabelled lines, whatever its outcome. */
  reply?: string;
}

/** A detail pane's "Label: value" lines; entries only when it has a failed or held outcome. */
function detailPane(lines: string[]): Pane | undefined {
  const fields: [string, string][] = [];
  const loose: string[] = [];
  const bare: string[] = [];
  for (const line of lines) {
    if (line.trim() === '' || /^\s*-{3,}/.test(line)) continue;
    const m = FIELD.exec(line);
    const label = m?.[1] ? norm(m[1]) : undefined;
    const known = label && (RECIPIENT.has(label) || OUTCOME.has(label) || REASON.has(label));
    if (m && label && (known || OUTCOME_OF_COLUMN[label])) {
      fields.push([label, (m[2] ?? '').trim()]);
      continue;
    }
    // An unnamed field (an event row's "Fail<tab><tab>Reason: […]") counts for the reply it holds.
    if (m && label && HAS_REPLY.test(replyIn(m[2] ?? ''))) loose.push(m[2] ?? '');
    if (m && label) continue;
    if (outcomeOf([line.trim()]) && line.trim().split(/\s+/).length <= 3) bare.push(line.trim());
    else if (!m) loose.push(line.trim());
    const sentence = m ? undefined : ASYNCOS_OUTCOME.exec(line)?.[1];
    if (sentence) bare.push(sentence === 'aborted' ? 'failed' : sentence);
  }
  const recipients = fields.filter(([l]) => RECIPIENT.has(l)).flatMap(([, v]) => addressesIn(v));
  const outcomes = [...fields.filter(([l]) => OUTCOME.has(l)).map(([, v]) => v), ...bare];
  const implied = fields.map(([l]) => OUTCOME_OF_COLUMN[l]).find(Boolean);
  const outcome = outcomeOf(outcomes) ?? implied;
  const pane: Pane = { recipients, reply: firstReply(fields, loose) };
  if (outcome !== 'failed' && outcome !== 'delayed') return pane;
  if (recipients.length === 0 && !fields.some(([l]) => REASON.has(l))) return pane;
  // Exchange's RecipientStatus: one "[{LRT=};{LED=…};…]" per recipient, in the order of Recipients.
  const status = fields.find(([l]) => l === 'recipientstatus')?.[1];
  const each = status?.split(/\],\s{0,4}\[/) ?? [];
  if (recipients.length > 1 && each.length === recipients.length) {
    pane.entries = recipients.map((recipient, i) => ({ recipient, reason: replyIn(each[i] ?? ''), outcome }));
    return pane;
  }
  const reason = reasonOf(fields, loose, outcomes);
  pane.entries = (recipients.length > 0 ? recipients : [undefined]).map((recipient) => ({
    recipient,
    reason,
    outcome,
  }));
  return pane;
}

/**
 * A table's columns: from tabs, from commas of a console's CSV download (a header naming the recipient or the
 * outcome), or from the starts of a dash row under a space-aligned header.
 */
function columnsOf(lines: string[], at: number): ((line: string) => string[]) | undefined {
  const head = lines[at] ?? '';
  if (head.includes('\t')) return (line) => line.split('\t').map((c) => c.trim());
  if (head.includes(',') && isCsvHeader(head)) return (line) => csvFields(line).map((c) => c.trim());
  const dashes = lines[at + 1] ?? '';
  if (!/^-{2,}(?: {1,40}-{2,}){1,20}\s*$/.test(dashes)) return undefined;
  const starts = [...dashes.matchAll(/-+/g)].map((m) => m.index ?? 0);
  return (line) => starts.map((s, i) => line.slice(s, starts[i + 1]).trim());
}

function isCsvHeader(head: string): boolean {
  const names = csvFields(head).map(norm);
  return names.length >= 3 && names.some((n) => RECIPIENT.has(n)) && names.some((n) => OUTCOME.has(n));
}

function readTable(lines: string[]): ConsoleEntry[] | undefined {
  for (let at = 0; at < lines.length; at++) {
    const split = columnsOf(lines, at);
    if (!split) continue;
    const names = split(lines[at] ?? '').map(norm);
    const outcomeColumns = names.flatMap((n, i) => (OUTCOME.has(n) ? [i] : []));
    const implied = names.map((n) => OUTCOME_OF_COLUMN[n]).find(Boolean);
    const to = names.findIndex((n) => RECIPIENT.has(n));
    const reasonColumns = names.flatMap((n, i) => (REASON.has(n) ? [i] : []));
    if (outcomeColumns.length === 0 && !implied) continue;
    if (to < 0 && reasonColumns.length === 0) continue;
    const entries: ConsoleEntry[] = [];
    let rows = 0;
    for (const line of lines.slice(at + 1)) {
      if (line.trim() === '' || /^[-\s]+$/.test(line)) continue;
      const cells = split(line);
      if (cells.length < 2) break;
      rows++;
      const outcomeCells = outcomeColumns.map((i) => cells[i] ?? '');
      const outcome = outcomeOf(outcomeCells) ?? implied;
      if (outcome !== 'failed' && outcome !== 'delayed') continue;
      const fields = reasonColumns.map((i): [string, string] => [names[i] ?? '', cells[i] ?? '']);
      const reason = reasonOf(fields, [], outcomeCells);
      const recipients = to >= 0 ? addressesIn(cells[to] ?? '') : [];
      for (const recipient of recipients.length > 0 ? recipients : [undefined])
        entries.push({ recipient, reason, outcome });
    }
    if (rows > 0) return entries.length > 0 ? entries : undefined;
  }
  return undefined;
}
