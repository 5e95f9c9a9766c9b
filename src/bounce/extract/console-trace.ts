import {
  COMPLAINT_OUTCOMES,
  DELAYED_OUTCOMES,
  DELIVERED_OUTCOMES,
  FAILED_OUTCOMES,
  OUTCOME_LABELS,
  OUTCOME_OF_COLUMN,
  OUTCOME_WORDS,
  REASON_LABELS,
  REASON_OF_COLUMN,
  RECIPIENT_LABELS,
} from '../../knowledge/console-trace.js';
import { LOCALIZED_REPLY_MARKERS } from '../../knowledge/notice-headings.js';
import { escapeRegex } from './escape-regex.js';
import { asObject, parseJsonSpan } from './json-values.js';
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
  /** A complaint is the recipient marking the message as spam: a feedback report, no failure. */
  outcome: 'failed' | 'delayed' | 'complaint';
  /** The reason holds no server reply: the console's or platform's own words or category. */
  platformWords?: boolean;
  /** What the record says beside the row, for the evidence: a details pane's reply no field ties to this row. */
  note?: string;
}

type Outcome = ConsoleEntry['outcome'] | 'delivered' | undefined;
const isEntry = (o: Outcome): o is ConsoleEntry['outcome'] =>
  o === 'failed' || o === 'delayed' || o === 'complaint';

const MAX_LINES = 5000;
const norm = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, '');
const RECIPIENT = new Set(RECIPIENT_LABELS);
const OUTCOME = new Set(OUTCOME_LABELS);
const REASON = new Set(REASON_LABELS);
const FAILED = new Set(FAILED_OUTCOMES);
const DELAYED = new Set(DELAYED_OUTCOMES);
const DELIVERED = new Set(DELIVERED_OUTCOMES);
const COMPLAINED = new Set(COMPLAINT_OUTCOMES);
// A category as a key of OUTCOME_WORDS: letters and digits only ("Domain doesn't exist", "Soft Bounce - General").
const wordKey = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
const categoryWords = (s: string): string | undefined => OUTCOME_WORDS[wordKey(s)];
// A value that says nothing ("--", "n/a", "None provided"): no reason, no outcome.
const PLACEHOLDER = /^\s{0,4}(?:-{1,3}|—|–|n\/?a|none(?: provided)?|null|\(none\)|not available)\s{0,4}$/i;
const stated = (v: string) => v.trim() !== '' && !PLACEHOLDER.test(v);
// An address opening a listing's line, its outcome the first word after it ("bob@x    Bounced Mar 6, 2026").
const LISTED_ROW =
  /^\s{0,4}<?([^\s<>@]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,63})>?(?:\s{2,40}|\t)([A-Za-z]{2,30})(?=\s|$)/;
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
  // An event's dotted name is read by its last part ("users.messages.email.SoftBounce").
  const words = values.map((v) => norm(v.slice(v.lastIndexOf('.') + 1)));
  if (words.some((w) => COMPLAINED.has(w))) return 'complaint';
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
  const reasons = fields.filter(([l, v]) => REASON.has(l) && stated(v));
  const replies = [...reasons.map(([, v]) => v), ...loose].map(replyIn).filter((v) => HAS_REPLY.test(v));
  if (replies[0]) return replies[0];
  // A platform's category in a reason field ("UNKNOWN_USER", "Soft Bounce - Mailbox Full") in words.
  const words = reasons
    .map(([, v]) => categoryWords(v) ?? replyIn(v).replace(/_/g, ' '))
    .filter((v) => outcomeOf([v]) === undefined);
  if (words.length > 0) return words.join('; ');
  const named = outcome.map((o) => categoryWords(o) ?? '').find(Boolean);
  if (named) return named;
  if (loose.length > 0) return loose.map((l) => categoryWords(l) ?? l).join(' ');
  return '';
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
  const exported = jsonRecords(text)?.flatMap((lines) => detailPane(lines)?.entries ?? []);
  if (exported && exported.length > 0) return finish(exported);
  const lines = text.split('\n', MAX_LINES).map((l) => l.trimEnd());
  const pane = detailPane(lines);
  const rows = readTable(joinVerticalTable(lines.filter((l) => l.trim() !== '')));
  const only = pane?.recipients.length === 1 ? pane.recipients[0] : undefined;
  if (rows && pane?.reply) paneReplyToRow(rows, pane, pane.reply);
  const entries =
    rows?.flatMap((row) => row.entries.map((e) => ({ ...e, recipient: e.recipient ?? only }))) ??
    pane?.entries;
  // A record that names its recipient in no field but somewhere in its text is left to the readers that
  // find it there ("Recipient bob@x not found" in the reply, "To        bob@x" aligned by spaces).
  if (entries?.some((e) => !e.recipient) && addressesIn(text).length > 0) return undefined;
  return entries && finish(entries);
}

function finish(entries: ConsoleEntry[]): ConsoleEntry[] {
  for (const e of entries) {
    if (!e.reason && !e.note && e.outcome !== 'complaint') e.note = NO_REASON[e.outcome];
    if (!HAS_REPLY.test(e.reason)) e.platformWords = true;
  }
  return entries;
}

const MAX_RECORDS = 1000;

/**
 * A platform's exported records as JSON (Campaign Monitor's bounce list, Iterable's and Braze's events): each
 * object's own text and number fields as a details pane's "Label: value" lines; undefined when the text is no
 * JSON object or array of them, or no record has an outcome or a recipient field.
 */
function jsonRecords(text: string): string[][] | undefined {
  const start = text.trimStart();
  if (!start.startsWith('{') && !start.startsWith('[')) return undefined;
  const parsed = parseJsonSpan(text, { arrays: true, unfold: false });
  const list = Array.isArray(parsed) ? parsed.slice(0, MAX_RECORDS) : [parsed];
  const records = list.flatMap((item) => {
    const o = asObject(item);
    if (!o) return [];
    const fields = Object.entries(o).filter(
      (e): e is [string, string | number] =>
        (typeof e[1] === 'string' && !e[1].includes('\n')) || typeof e[1] === 'number',
    );
    const keys = fields.map(([k]) => norm(k));
    if (!keys.some((k) => RECIPIENT.has(k)) || !keys.some((k) => OUTCOME.has(k))) return [];
    // A record that gives no reason (Mandrill's "reject_reason", listmonk's nested event) is left to the
    // readers that know its service; a complaint needs none.
    const outcomes = fields.filter(([k]) => OUTCOME.has(norm(k))).map(([, v]) => String(v));
    const reasoned = fields.some(([k, v]) => REASON.has(norm(k)) && stated(String(v)));
    if (!reasoned && outcomeOf(outcomes) !== 'complaint') return [];
    return [fields.map(([k, v]) => `${k}: ${v}`)];
  });
  return records.length > 0 ? records : undefined;
}

// What to look at when a row or pane gives only its outcome: the console holds the reply one click further.
const NO_REASON: Record<'failed' | 'delayed', string> = {
  failed:
    'the console marks it failed but shows no server reply here: its message details (SMTP response, reason) say why',
  delayed:
    'the console marks it held or deferred but shows no server reply here: its message details (SMTP response, reason) say why',
};

/**
 * A row whose reason is only its outcome ("Bounced") takes the reply the details pane below the table quotes
 * ("SMTP response<tab>552 5.2.2 …") when the pane is that row's: when the table's failed rows are one
 * recipient's, or when the pane names the row (its recipient, message id or time: a value of the pane that
 * some rows hold and others not, or the address the reply names). A pane nothing ties to one recipient's rows
 * gives its reply to none (a reply for one recipient is no reason for another): each row without a reply of
 * its own says the pane quoted it. In place.
 */
function paneReplyToRow(rows: Row[], pane: Pane, reply: string): void {
  const failed = rows.filter((r) => r.entries.length > 0);
  const owners = new Set(failed.flatMap((r) => r.entries.map((e) => e.recipient)));
  const tied = owners.size === 1 ? failed : rowsNamed(rows, pane, reply);
  const mine = tied?.filter((r) => r.entries.length > 0) ?? [];
  const one = new Set(mine.flatMap((r) => r.entries.map((e) => e.recipient))).size === 1;
  // Tied to a delivered row (a deferral before delivery) or to another recipient's row: nothing for the rest.
  const unsaid = !tied || (mine.length > 0 && !one);
  for (const row of failed)
    for (const e of row.entries) {
      if (HAS_REPLY.test(e.reason)) continue;
      if (one && mine.includes(row)) e.reason = reply;
      else if (unsaid)
        e.note = `the details pane quotes '${reply.slice(0, 300)}' but not which row it is for`;
    }
}

/**
 * The rows a details pane names: each value of the pane (and each address its reply names) that some rows
 * hold and others not narrows them down. Undefined when nothing narrows, or the values name different rows.
 */
function rowsNamed(rows: Row[], pane: Pane, reply: string): Row[] | undefined {
  // Each cell's value and each recipient, once: which rows hold it.
  const holding = new Map<string, Set<Row>>();
  const hold = (key: string, row: Row) => {
    const held = holding.get(key);
    if (held) held.add(row);
    else holding.set(key, new Set([row]));
  };
  for (const row of rows) {
    for (const cell of row.cells) hold(cellKey(cell), row);
    for (const address of row.recipients) hold(`to:${cellKey(address)}`, row);
  }
  const keys = [
    ...pane.values.map(cellKey).filter((v) => v.length >= 4),
    ...[...pane.recipients, ...addressesIn(reply)].map((a) => `to:${cellKey(a)}`),
  ];
  let named: Set<Row> | undefined;
  for (const key of new Set(keys)) {
    const holders = holding.get(key);
    if (!holders || holders.size === rows.length) continue;
    named = new Set([...(named ?? holders)].filter((r) => holders.has(r)));
  }
  return named && named.size > 0 ? rows.filter((r) => named?.has(r)) : undefined;
}

/** A cell or field value as compared: case, spacing and the angle brackets or quotes around it left out. */
function cellKey(value: string): string {
  const v = value
    .trim()
    .replace(/^[<"']{1,4}/, '')
    .replace(/[>"']{1,4}$/, '');
  return v.trim().toLowerCase().replace(/\s+/g, ' ');
}

interface Pane {
  recipients: string[];
  /** The values of the pane's labelled fields (one cell each), to find the table row the pane is about. */
  values: string[];
  entries?: ConsoleEntry[];
  /** The first server reply among the pane's reason fields and unlabelled lines, whatever its outcome. */
  reply?: string;
}

/** A detail pane's "Label: value" lines; entries only when it has a failed or held outcome. */
function detailPane(lines: string[]): Pane | undefined {
  const fields: [string, string][] = [];
  const loose: string[] = [];
  const bare: string[] = [];
  const values: string[] = [];
  const listed: string[] = [];
  for (const line of lines) {
    if (line.trim() === '' || /^\s*-{3,}/.test(line)) continue;
    const m = FIELD.exec(line);
    const label = m?.[1] ? norm(m[1]) : undefined;
    const known = label && (RECIPIENT.has(label) || OUTCOME.has(label) || REASON.has(label));
    if (m && label && !(m[2] ?? '').includes('\t')) values.push((m[2] ?? '').trim());
    if (m && label && (known || OUTCOME_OF_COLUMN[label])) {
      fields.push([label, (m[2] ?? '').trim()]);
      continue;
    }
    // An unnamed field (an event row's "Fail<tab><tab>Reason: […]") counts for the reply it holds.
    if (m && label && HAS_REPLY.test(replyIn(m[2] ?? ''))) loose.push(m[2] ?? '');
    if (m && label) continue;
    const row = m ? undefined : LISTED_ROW.exec(line);
    if (row?.[1] && row[2] && outcomeOf([row[2]])) {
      listed.push(row[1]);
      bare.push(row[2]);
      continue;
    }
    if (outcomeOf([line.trim()]) && line.trim().split(/\s+/).length <= 4) bare.push(line.trim());
    else if (!m) loose.push(line.trim());
    const sentence = m ? undefined : ASYNCOS_OUTCOME.exec(line)?.[1];
    if (sentence) bare.push(sentence === 'aborted' ? 'failed' : sentence);
  }
  const recipients = [
    ...fields.filter(([l]) => RECIPIENT.has(l)).flatMap(([, v]) => addressesIn(v)),
    ...listed,
  ];
  const outcomes = [...fields.filter(([l]) => OUTCOME.has(l)).map(([, v]) => v), ...bare];
  const implied = fields.map(([l, v]) => (stated(v) ? OUTCOME_OF_COLUMN[l] : undefined)).find(Boolean);
  const outcome = outcomeOf(outcomes) ?? implied;
  const pane: Pane = { recipients, values, reply: firstReply(fields, loose) };
  if (!isEntry(outcome)) return pane;
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
  // A CSV download: commas, or semicolons where a comma is the decimal mark (Brevo's exports in Europe).
  for (const separator of [',', ';'])
    if (head.includes(separator) && isCsvHeader(head, separator))
      return (line) => csvFields(line, separator).map((c) => c.trim());
  const dashes = lines[at + 1] ?? '';
  if (!/^-{2,}(?: {1,40}-{2,}){1,20}\s*$/.test(dashes)) return spaceAligned(head);
  const starts = [...dashes.matchAll(/-+/g)].map((m) => m.index ?? 0);
  return (line) => starts.map((s, i) => line.slice(s, starts[i + 1]).trim());
}

function isCsvHeader(head: string, separator: string): boolean {
  const names = csvFields(head, separator).map(norm);
  return (
    names.length >= 3 &&
    names.some((n) => RECIPIENT.has(n)) &&
    names.some((n) => OUTCOME.has(n) || OUTCOME_OF_COLUMN[n] !== undefined)
  );
}

// A header of column names set apart by two spaces or more, with no dash row under it (a web report's grid
// copied as text): each name a word or few, one naming the recipient and one the outcome.
const ALIGNED_NAME = /^[A-Za-z][A-Za-z ()./_-]{0,29}$/;
function spaceAligned(head: string): ((line: string) => string[]) | undefined {
  const split = (line: string) => line.trim().split(/ {2,40}|\t/);
  const names = split(head);
  if (names.length < 2 || names.length > MAX_COLUMNS || !names.every((n) => ALIGNED_NAME.test(n)))
    return undefined;
  const keys = names.map(norm);
  if (!keys.some((n) => RECIPIENT.has(n)) || !keys.some((n) => OUTCOME.has(n))) return undefined;
  return split;
}

/** A table's row: its cells, the recipients its recipient column names, its entries (none when delivered). */
interface Row {
  cells: string[];
  recipients: string[];
  entries: ConsoleEntry[];
}

/** The rows of the first table with an outcome column, or undefined when none has a failed or held row. */
function readTable(lines: string[]): Row[] | undefined {
  for (let at = 0; at < lines.length; at++) {
    const split = columnsOf(lines, at);
    if (!split) continue;
    const names = split(lines[at] ?? '').map(norm);
    const outcomeColumns = names.flatMap((n, i) => (OUTCOME.has(n) ? [i] : []));
    const impliedColumns = names.flatMap((n, i) => (OUTCOME_OF_COLUMN[n] ? [i] : []));
    const to = names.findIndex((n) => RECIPIENT.has(n));
    const reasonColumns = names.flatMap((n, i) => (REASON.has(n) ? [i] : []));
    if (outcomeColumns.length === 0 && impliedColumns.length === 0) continue;
    if (to < 0 && reasonColumns.length === 0) continue;
    const rows: Row[] = [];
    for (const line of lines.slice(at + 1)) {
      if (line.trim() === '' || /^[-\s]+$/.test(line)) continue;
      const cells = split(line);
      if (cells.length < 2) break;
      const recipients = to >= 0 ? addressesIn(cells[to] ?? '') : [];
      const row: Row = { cells, recipients, entries: [] };
      rows.push(row);
      const outcomeCells = outcomeColumns.map((i) => cells[i] ?? '');
      // A column only failed rows fill (a rejection's type, a cleaned contact's clean time), when filled.
      const impliedBy = impliedColumns.filter((i) => stated(cells[i] ?? '')).map((i) => names[i] ?? '');
      const implied = impliedBy.map((n) => OUTCOME_OF_COLUMN[n]).find(Boolean);
      const outcome = outcomeOf(outcomeCells) ?? implied;
      if (!isEntry(outcome)) continue;
      const fields = reasonColumns.map((i): [string, string] => [names[i] ?? '', cells[i] ?? '']);
      const byColumn = impliedBy.map((n) => REASON_OF_COLUMN[n] ?? '').filter(Boolean);
      const reason = reasonOf(fields, [], [...outcomeCells, ...byColumn]);
      for (const recipient of recipients.length > 0 ? recipients : [undefined])
        row.entries.push({ recipient, reason, outcome });
    }
    if (rows.length > 0) return rows.some((r) => r.entries.length > 0) ? rows : undefined;
  }
  return undefined;
}

// A table copied one cell per line (a web console's grid selected and pasted into a plain-text box): a run of
// column names on their own lines, then each row's cells, one per line, in the same order.
const MAX_COLUMNS = 12;
const COLUMN_NAME = /^[A-Za-z][A-Za-z ()./_-]{0,29}$/;

/**
 * The lines with a one-cell-per-line table joined back into tab-separated rows, or the lines as they are when
 * they hold none. The column names are the last lines of a run of name-like lines (a title may stand above
 * them); a row is taken only while its recipient cell holds an address and its outcome cells an outcome word:
 * a cell left out of the copy (an empty one) ends the table rather than shifting every cell after it.
 */
function joinVerticalTable(lines: string[]): string[] {
  const cells = lines.map((l) => l.trim());
  for (let at = 0; at < cells.length; at++) {
    if (!COLUMN_NAME.test(cells[at] ?? '')) continue;
    let end = at + 1;
    while (end < cells.length && COLUMN_NAME.test(cells[end] ?? '')) end++;
    for (let head = Math.max(at, end - MAX_COLUMNS); head <= end - 3; head++) {
      const rows = rowsUnder(cells, head, end);
      if (rows.length > 0) {
        const after = end + rows.length * (end - head);
        return [...lines.slice(0, head), cells.slice(head, end).join('\t'), ...rows, ...lines.slice(after)];
      }
    }
    at = end - 1;
  }
  return lines;
}

/** The rows, tab-joined, under the column names cells[head..end), while each has an address and an outcome. */
function rowsUnder(cells: string[], head: number, end: number): string[] {
  const names = cells.slice(head, end).map(norm);
  const to = names.findIndex((n) => RECIPIENT.has(n));
  const outcomes = names.flatMap((n, i) => (OUTCOME.has(n) ? [i] : []));
  const rows: string[] = [];
  if (to < 0 || outcomes.length === 0) return rows;
  for (let next = end; next + names.length <= cells.length; next += names.length) {
    const row = cells.slice(next, next + names.length);
    if (addressesIn(row[to] ?? '').length === 0 || !outcomeOf(outcomes.map((i) => row[i] ?? ''))) break;
    rows.push(row.join('\t'));
  }
  return rows;
}
