import { FAILED_OUTCOMES } from '../../knowledge/console-trace.js';
import type { QueuedMessage } from '../types.js';
import { readMdaemonRetries } from './mdaemon-log.js';

/**
 * Mail queue listings, as admins paste them when mail is stuck: Postfix `mailq` / `postqueue -p` and
 * `postqueue -j`, Sendmail `mailq`, Exim `exim -bp` / `exiqgrep`, qmail `qmail-qread` and `qmHandle -l`,
 * Exchange `Get-Queue` / `Get-Message | Format-List`, a queue manager's table copied with its header row
 * (Plesk, cPanel, Zimbra's admin console), and Exim's `exim -bt` when an address cannot be routed now.
 * Each waiting recipient is one entry with the reason the listing gives for it (none when the listing gives
 * none: Exim and qmail show no reasons); a recipient already delivered ("D", "done") or being delivered
 * without a reason (Postfix's and Sendmail's active entries) is none. An empty queue, the header and trailer
 * lines and a summary with counts only are a listing with no entries.
 * Exim's message log (`exim -Mvl`) is its main log without the message id: `asEximMainLog` gives it one.
 * MDaemon's log of a message moved to its retry queue is read in mdaemon-log.ts.
 */
export interface QueueEntry {
  recipient?: string;
  sender?: string;
  /** The listing's reason for the deferral, as written (the server's reply or the MTA's own words). */
  reason?: string;
  /** The message's queue id, for the listings whose MTA has commands that take one. */
  queued?: QueuedMessage;
  /** The listing says the message is expired (`postqueue -j`'s forced_expire): it is returned, not retried. */
  expired?: boolean;
}

const MAX_LINES = 20_000;
// Exim's message id ("1vQaZx-000Fg1-3Q"), in its listings, logs and commands.
const EXIM_ID = '[0-9A-Za-z]{6}-[0-9A-Za-z]{6,11}-[0-9A-Za-z]{2,4}';
const WHOLE_EXIM_ID = new RegExp(`^${EXIM_ID}$`);
// Queue ids as the MTAs write them; anything else is not put into a command.
const QUEUE_ID = new RegExp(`^[0-9A-Za-z]{5,20}$|^${EXIM_ID}$`);
// Exchange's message identity: server, queue number, message number ("EX02\22\4810363129857").
const EXCHANGE_ID = /^[0-9A-Za-z-]{1,63}\\\d{1,10}\\\d{1,20}$/;

export function isEximId(id: string): boolean {
  return WHOLE_EXIM_ID.test(id);
}

/** The message `id` in `mta`'s queue, when the id has the shape that MTA gives (never Exim's stand-in id). */
export function queuedAs(mta: QueuedMessage['mta'], id: string | undefined): QueuedMessage | undefined {
  const shape = mta === 'exchange' ? EXCHANGE_ID : QUEUE_ID;
  return id && shape.test(id) && id !== EXIM_MSGLOG_ID ? { mta, id } : undefined;
}

const ADDRESS = /^<?([^\s<>@]{1,64}@[^\s<>@]{1,255}?)>?,?$/;
const WEEKDAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)';
const MONTH_DAY = '[A-Z][a-z]{2} {1,2}\\d{1,2}';

// Postfix: "5D0E7B2C19*    6402 Thu Dec  3 07:12:55  alice@example.com" ('*' active, '!' on hold).
const POSTFIX_ENTRY = new RegExp(
  `^([0-9A-Za-z]{6,20})([*!]?) {1,12}\\d{1,12} ${WEEKDAY} ${MONTH_DAY} \\d\\d:\\d\\d:\\d\\d {1,4}(\\S{0,320})\\s*$`,
);
// Sendmail: "4B3A9f1c012345     2345 Thu Dec  3 09:14 <alice@example.com>" ('*' being processed, 'X', '-').
// The client queue (`mailq -Ac`) writes a local sender bare ("root").
const SENDMAIL_ENTRY = new RegExp(
  `^([0-9A-Za-z]{8,20})([*X-]?) {1,12}\\d{1,12} ${WEEKDAY} ${MONTH_DAY} \\d\\d:\\d\\d {1,4}(?:<([^<>\\s]{0,320})>|([^<>\\s]{1,320})$)`,
);
// exiqgrep -b: "1vAc11-000N2a-0C From: <alice@example.com> To: iris@example.com" (no reason).
const EXIQGREP_BRIEF = new RegExp(`^(${EXIM_ID}) From: <([^<>\\s]{0,320})> To: (\\S{1,2000})$`);
// Exim: " 25m  2.9K 1vQaZx-000Fg1-3Q <alice@example.com> *** frozen ***".
const EXIM_ENTRY = new RegExp(
  `^ {0,4}\\d{1,5}[smhdw] {1,4}[\\d.]{1,8}[KMG]? {1,4}(${EXIM_ID}) {1,4}<([^<>\\s]{0,320})>( \\*\\*\\* frozen \\*\\*\\*)?`,
);
const EXIM_RECIPIENT = /^ {2,16}(?:(\+?D) {1,4})?(\S{1,320})$/;
// qmail-qread: "3 Dec 2026 07:12:45 GMT  #3277841  4410  <alice@example.com> ", then "\tdone\tremote\tr".
const QREAD_ENTRY =
  /^\d{1,2} [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d GMT {1,4}#\d{1,12} {1,4}\d{1,12} {1,4}<([^<>\s]{0,320})>/;
const QREAD_RECIPIENT = /^\t(done\t)?(?:remote|local)\t(\S{1,320})$/;
// qmHandle -l: "3277912 (11, R)", then "  Return-path: s" and "  To: r".
const QMHANDLE_ENTRY = /^\d{1,12} \(\d{1,3}, [RL]\)$/;
const QMHANDLE_FIELD = /^ {1,4}(Return-path|To): (.{1,2000})$/;
// The lines around entries that say nothing of one: headers, trailers, an empty queue, counts.
const SUMMARY_LINES = [
  /^-Queue ID- /,
  /^-- \d{1,12} Kbytes in \d{1,12} Requests?\.$/,
  /^Mail queue is empty$/,
  /^\s*\/\S{1,200} \(\d{1,12} requests?\)$/,
  /^\s*\/\S{1,200} is empty$/,
  /^-{3,}Q-ID-{3,} /,
  /^\s*Total requests: \d{1,12}$/,
  /^Messages in (?:local|remote|todo) queue: \d{1,12}$/,
  /^messages in queue(?: but not yet preprocessed)?: \d{1,12}$/,
  /^(?:hold|corrupt|deferred|active|incoming)=\d{1,12}$/,
];
// A shell prompt before a queue tool: whatever the tool printed is a listing, perhaps a count only.
const QUEUE_COMMAND =
  /^\s{0,4}(?:\S{0,60}[#$%>] {1,4})(?:sudo {1,4})?(?:mailq|postqueue -[pj]|exim4? -bp[cra]?|exiqgrep|exiqsumm|qmail-qread|qmail-qstat|qmhandle -l|zmqstat|pmta show (?:queues?|topqueues))\b/i;

/** The entries of a queue listing, or undefined when the text is no queue listing. */
export function readQueueListing(text: string): QueueEntry[] | undefined {
  const lines = text.split('\n', MAX_LINES).map((l) => l.trimEnd());
  const json = postqueueJson(lines);
  if (json) return json;
  const table = queueTable(lines);
  if (table) return table;
  const formatList = exchangeFormatList(lines);
  if (formatList) return formatList;
  const readers = [
    postfixQueue,
    sendmailQueue,
    eximQueue,
    eximBrief,
    qmailQread,
    qmHandle,
    eximAddressTest,
    readMdaemonRetries,
  ];
  for (const read of readers) {
    const entries = read(lines);
    if (entries) return entries;
  }
  const command = lines.some((l) => QUEUE_COMMAND.test(l));
  if (command || lines.some((l) => QUEUE_SHAPE.test(l))) {
    const errors = lastErrors(lines);
    if (errors.length > 0) return errors;
  }
  const filled = lines.filter((l) => l.trim() !== '');
  const summary = filled.length > 0 && filled.every((l) => SUMMARY_LINES.some((p) => p.test(l)));
  if (summary || command) return summaryOnly(lines);
  return undefined;
}

// A domain queue's own lines (PowerMTA `show queue`): its recipient count, paused or retry state.
const QUEUE_SHAPE = /^\s{0,8}(?:recipients|rcpts|paused): /i;
const LAST_ERROR = /^\s{0,8}last (?:failure )?(?:error|reason): (.{1,4000})$/i;

/** A domain queue's "last error:" lines (PowerMTA): the queue's reason, no recipient named. */
function lastErrors(lines: string[]): QueueEntry[] {
  return lines.flatMap((l) => {
    const reason = LAST_ERROR.exec(l)?.[1]?.trim();
    return reason ? [{ reason }] : [];
  });
}

/**
 * Text after a queue tool's prompt that names no address is counts only; with an address it is read on. The
 * prompt's own user@host ("root@mx1:~# mailq") is no address under it.
 */
function summaryOnly(lines: string[]): QueueEntry[] | undefined {
  return lines.some((l) => !QUEUE_COMMAND.test(l) && /[^\s@]@[^\s@]/.test(l)) ? undefined : [];
}

/** Postfix `postqueue -j`: one JSON object per message, a delay_reason for each recipient not yet delivered. */
function postqueueJson(lines: string[]): QueueEntry[] | undefined {
  const objects = lines.filter((l) => l.startsWith('{"queue_name"'));
  if (objects.length === 0) return undefined;
  const entries: QueueEntry[] = [];
  for (const line of objects) {
    let message: { sender?: unknown; recipients?: unknown; queue_id?: unknown };
    try {
      message = JSON.parse(line);
    } catch {
      continue;
    }
    const sender = typeof message.sender === 'string' && message.sender ? message.sender : undefined;
    const queued = typeof message.queue_id === 'string' ? queuedAs('postfix', message.queue_id) : undefined;
    // postsuper -e: the message is returned at its next delivery attempt, its reason the last deferral's.
    const expired = (message as { forced_expire?: unknown }).forced_expire === true || undefined;
    for (const r of Array.isArray(message.recipients) ? message.recipients : []) {
      const { address, delay_reason: reason } = (r ?? {}) as { address?: unknown; delay_reason?: unknown };
      if (typeof address === 'string' && typeof reason === 'string' && reason)
        entries.push({ recipient: address, sender, reason, queued, expired });
    }
  }
  return entries;
}

/**
 * Postfix `mailq`: an entry line, then "(reason)" lines each followed by the recipients that share it. A
 * recipient under no reason (an active or held entry) is not waiting for a retry.
 */
function postfixQueue(lines: string[]): QueueEntry[] | undefined {
  if (!lines.some((l) => POSTFIX_ENTRY.test(l))) return undefined;
  return reasonedEntries(lines, POSTFIX_ENTRY, 'postfix');
}

/** Sendmail `mailq`: the same shape, its reason line indented, its addresses in angle brackets. */
function sendmailQueue(lines: string[]): QueueEntry[] | undefined {
  if (!lines.some((l) => SENDMAIL_ENTRY.test(l))) return undefined;
  return reasonedEntries(lines, SENDMAIL_ENTRY, 'sendmail');
}

/** An entry line's groups: 1 the queue id, 3 the sender. */
function reasonedEntries(lines: string[], entry: RegExp, mta: QueuedMessage['mta']): QueueEntry[] {
  const entries: QueueEntry[] = [];
  let sender: string | undefined;
  let queued: QueuedMessage | undefined;
  let reason: string | undefined;
  let open: string | undefined;
  for (const line of lines) {
    const m = entry.exec(line);
    if (m) {
      sender = m[3] || m[4] || undefined;
      if (!sender?.includes('@')) sender = undefined;
      queued = queuedAs(mta, m[1]);
      reason = undefined;
      continue;
    }
    const trimmed = line.trim();
    // A reason may be folded over several lines: it ends at its closing parenthesis.
    if (open !== undefined) {
      open = `${open} ${trimmed}`;
      if (trimmed.endsWith(')')) [reason, open] = [open.slice(1, -1), undefined];
      continue;
    }
    if (trimmed.startsWith('(')) {
      if (trimmed.endsWith(')')) reason = trimmed.slice(1, -1);
      else open = trimmed;
      continue;
    }
    const address = ADDRESS.exec(trimmed)?.[1];
    if (address && reason && /^\s/.test(line)) entries.push({ recipient: address, sender, reason, queued });
    if (trimmed === '') reason = undefined;
  }
  return entries;
}

/** Exim `exim -bp` / `exiqgrep`: no reasons; each recipient not marked delivered ("D") is waiting. */
function eximQueue(lines: string[]): QueueEntry[] | undefined {
  if (!lines.some((l) => EXIM_ENTRY.test(l))) return undefined;
  const entries: QueueEntry[] = [];
  let current: { sender?: string; frozen: boolean; queued?: QueuedMessage } | undefined;
  for (const line of lines) {
    const m = EXIM_ENTRY.exec(line);
    if (m) {
      current = { sender: m[2] || undefined, frozen: !!m[3], queued: queuedAs('exim', m[1]) };
      continue;
    }
    const r = current ? EXIM_RECIPIENT.exec(line) : null;
    if (!r || !current) {
      if (line.trim() === '') current = undefined;
      continue;
    }
    if (r[1] || !r[2]?.includes('@')) continue;
    entries.push({
      recipient: r[2],
      sender: current.sender,
      reason: current.frozen ? 'message frozen in the queue (*** frozen ***)' : undefined,
      queued: current.queued,
    });
  }
  return entries;
}

/** `exiqgrep -b`: one line per message, its recipients after "To:"; no reasons. */
function eximBrief(lines: string[]): QueueEntry[] | undefined {
  const entries: QueueEntry[] = [];
  for (const line of lines) {
    const m = EXIQGREP_BRIEF.exec(line.trim());
    if (!m?.[3]) continue;
    for (const recipient of m[3].split(/[,;]\s*/))
      if (recipient.includes('@'))
        entries.push({ recipient, sender: m[2] || undefined, queued: queuedAs('exim', m[1]) });
  }
  return entries.length > 0 ? entries : undefined;
}

/** qmail `qmail-qread`: each recipient not yet "done". */
function qmailQread(lines: string[]): QueueEntry[] | undefined {
  if (!lines.some((l) => QREAD_ENTRY.test(l))) return undefined;
  const entries: QueueEntry[] = [];
  let sender: string | undefined;
  for (const line of lines) {
    const m = QREAD_ENTRY.exec(line);
    if (m) sender = m[1] || undefined;
    const r = QREAD_RECIPIENT.exec(line);
    if (r?.[2] && !r[1]) entries.push({ recipient: r[2], sender });
  }
  return entries;
}

/** qmHandle `-l`: each message's To addresses. */
function qmHandle(lines: string[]): QueueEntry[] | undefined {
  if (!lines.some((l) => QMHANDLE_ENTRY.test(l))) return undefined;
  const entries: QueueEntry[] = [];
  let sender: string | undefined;
  for (const line of lines) {
    if (QMHANDLE_ENTRY.test(line)) sender = undefined;
    const m = QMHANDLE_FIELD.exec(line);
    if (m?.[1] === 'Return-path') sender = m[2]?.trim().replace(/^<|>$/g, '') || undefined;
    if (m?.[1] !== 'To') continue;
    for (const part of (m[2] ?? '').split(',')) {
      const address = /<([^<>\s@]{1,64}@[^<>\s@]{1,255})>|([^\s<>@]{1,64}@[^\s<>@,]{1,255})/.exec(part);
      const recipient = address?.[1] ?? address?.[2];
      if (recipient) entries.push({ recipient, sender });
    }
  }
  return entries;
}

/** `exim -bt r` when r cannot be routed now: "r cannot be resolved at this time:" and the reason below. */
function eximAddressTest(lines: string[]): QueueEntry[] | undefined {
  const at = lines.findIndex((l) => / cannot be resolved at this time:?$/.test(l));
  if (at < 0) return undefined;
  const entries: QueueEntry[] = [];
  lines.forEach((line, i) => {
    const m = /^(\S{1,320}@\S{1,255}) cannot be resolved at this time:?$/.exec(line);
    const reason = lines[i + 1]?.trim();
    if (m?.[1] && i >= at) entries.push({ recipient: m[1], reason: reason || undefined });
  });
  return entries.length > 0 ? entries : undefined;
}

// A queue manager's table copied with its header row: the columns named here, separated by tabs.
const TO_COLUMN = /^(?:to|recipients?|rcpt|destination)$/i;
const FROM_COLUMN = /^(?:from|sender|envelope sender)$/i;
const REASON_COLUMN =
  /^(?:reason|last ?error|error|delay reason|deferral reason|detail|last failure reason|failure reason)$/i;
const STATUS_COLUMN = /^status$/i;
// A count of attempts (hMailServer's delivery queue): a row tried at least once and still listed waits.
const RETRIES_COLUMN = /^(?:number of retries|retries|attempts|retry count)$/i;
// A row being delivered now (Kerio's "Delivering...", "Ready to deliver"): nothing failed yet.
const ACTIVE_STATUS = /^(?:delivering|sending|connecting|ready to deliver|in progress)\b/i;
// A status cell that is itself the error (Kerio: "Cannot connect to remote SMTP server x: Connection refused").
const ERROR_STATUS =
  /\b(?:error|cannot|can't|unable|refused|failed|failure|timed out|timeout|not found|rejected)\b|\b[45]\d\d[ -][45]\.\d{1,3}\.\d{1,3}\b/i;
const DELIVERED_STATUS = /^(?:delivered|sent|relayed|expanded)$/i;
// A row's status that says the message is still waiting; a delivered row is passed over, and a table with a
// failed one is a message trace of failures, no queue (read as such elsewhere).
const WAITING_STATUS =
  /^(?:deferred|frozen|retry|held|hold|on hold|pending|queued|active|suspended|waiting to retry|retrying)$/i;
// A console's action or event column (Barracuda's "Blocked", a trace's "Failed"): a table with a failed row in
// one is a message trace too, whatever its reason column says.
const OUTCOME_COLUMN = /^(?:action|event|result|delivery status)$/i;
const FAILED = new Set(FAILED_OUTCOMES);

/** A tab-separated table with a recipient column and a reason or waiting status; one entry per row. */
function queueTable(lines: string[]): QueueEntry[] | undefined {
  const head = lines.findIndex((l) => {
    const cells = l.split('\t').map((c) => c.trim());
    return (
      cells.length >= 3 &&
      cells.some((c) => TO_COLUMN.test(c)) &&
      cells.some((c) => REASON_COLUMN.test(c) || STATUS_COLUMN.test(c) || RETRIES_COLUMN.test(c))
    );
  });
  if (head < 0) return undefined;
  const names = (lines[head] ?? '').split('\t').map((c) => c.trim());
  const to = names.findIndex((c) => TO_COLUMN.test(c));
  const from = names.findIndex((c) => FROM_COLUMN.test(c));
  const why = names.findIndex((c) => REASON_COLUMN.test(c));
  const state = names.findIndex((c) => STATUS_COLUMN.test(c));
  const outcome = names.findIndex((c) => OUTCOME_COLUMN.test(c));
  const tries = names.findIndex((c) => RETRIES_COLUMN.test(c));
  // A status-only row with the message's log below it (cPanel's delivery log): the log's lines say why.
  if (why < 0 && lines.some((l) => msglogLine(l))) return undefined;
  // A reason given under the table ("Last Failure Reason: …", SmarterMail's spool) is its one row's.
  const below = lastErrors(lines.slice(head + 1))[0]?.reason;
  const entries: QueueEntry[] = [];
  for (const line of lines.slice(head + 1)) {
    const cells = line.split('\t').map((c) => c.trim());
    if (cells.length < names.length) continue;
    if (outcome >= 0 && FAILED.has((cells[outcome] ?? '').toLowerCase().replace(/[\s_-]+/g, '')))
      return undefined;
    const status = state >= 0 ? (cells[state] ?? '') : '';
    if (DELIVERED_STATUS.test(status) || ACTIVE_STATUS.test(status)) continue;
    // An outcome word alone ("Failed") is a trace's, not a queue's: a queue's error status is a sentence.
    const statusIsError =
      !WAITING_STATUS.test(status) &&
      /\S\s{1,20}\S{1,200}\s{1,20}\S/.test(status) &&
      ERROR_STATUS.test(status);
    if (status && !WAITING_STATUS.test(status) && !statusIsError) return undefined;
    const tried = tries >= 0 ? Number.parseInt(cells[tries] ?? '', 10) : Number.NaN;
    if (!status && tries >= 0 && !(tried > 0)) continue;
    const reason = (why >= 0 ? cells[why] : '') || below || status || undefined;
    const sender = from >= 0 ? ADDRESS.exec(cells[from] ?? '')?.[1] : undefined;
    for (const part of (cells[to] ?? '').split(/[,;]\s*/)) {
      const recipient = ADDRESS.exec(part.trim())?.[1];
      if (recipient && (reason || tried > 0)) entries.push({ recipient, sender, reason });
    }
  }
  return entries.length > 0 ? entries : undefined;
}

// Format-List's "Name   : value" lines, compiled once: a long log paste is tried against them line by line.
const formatListField = (name: string) => new RegExp(`^${name} {0,30}: (.{1,4000})$`);
const FORMAT_LIST = {
  status: formatListField('Status'),
  lastError: formatListField('LastError'),
  from: formatListField('FromAddress'),
  recipients: formatListField('Recipients'),
  identity: formatListField('Identity'),
};

/**
 * Exchange `Get-Message | Format-List` or `Get-Queue | Format-List`: "Status : Retry" and "LastError : …";
 * the recipients from "Recipients : {r;2;2;[…]…}" or "{r1, r2}" (Get-Queue names none).
 */
function exchangeFormatList(lines: string[]): QueueEntry[] | undefined {
  const field = (name: RegExp) => {
    for (const line of lines) {
      const value = name.exec(line)?.[1]?.trim();
      if (value) return value;
    }
    return undefined;
  };
  const status = field(FORMAT_LIST.status);
  if (!status || !/^(?:Retry|Suspended|Ready|Active|Locked)$/.test(status)) return undefined;
  const error = field(FORMAT_LIST.lastError);
  if (!error) return undefined;
  const sender = field(FORMAT_LIST.from);
  // Get-Message's identity names the message; Get-Queue's ("EX01\18") only the queue.
  const queued = queuedAs('exchange', field(FORMAT_LIST.identity));
  const list = field(FORMAT_LIST.recipients)?.replace(/^\{|\}$/g, '');
  const recipients = (list?.split(/,\s*(?=[^\s,;]{1,64}@)/) ?? [])
    .map((r) => /^([^\s;{}@]{1,64}@[^\s;{}]{1,255})/.exec(r.trim())?.[1])
    .filter((r): r is string => !!r);
  if (recipients.length === 0) return [{ sender, reason: error, queued }];
  return recipients.map((recipient) => ({ recipient, sender, reason: error, queued }));
}

// Exim's message log line: "2026-12-03 09:14:03 r R=dnslookup T=remote_smtp defer (-44) …", no message id.
const EXIM_MSGLOG =
  /^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d{1,6})?(?: [+-]\d{4})?) ([^\s@]{1,64}@[^\s@]{1,255})((?: <[^<>\s]{1,320}>)? [RT]=\S{1,200} .{1,8000})$/;
const NO_NEWS = /: retry time not reached\b/;
const EXIM_MSGLOG_BOUNCE =
  /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d{1,6})?(?: [+-]\d{4})? \*\* ([^\s@]{1,64}@[^\s@]{1,255}) /;
// The message log's lines name no message id (it is the file's name): they get this stand-in.
const EXIM_MSGLOG_ID = '000000-000000-00';

function msglogLine(line: string): RegExpExecArray | null {
  return line.includes(' defer (') ? EXIM_MSGLOG.exec(line) : null;
}

/**
 * Exim's message log (`exim -Mvl`) as its main log: each deferral line gets a message id and the "=="
 * flag. A later "retry time not reached" says nothing new of a recipient deferred before and is left out.
 */
export function asEximMainLog(lines: string[]): string[] {
  if (!lines.some((l) => msglogLine(l))) return lines;
  // A recipient that bounced later ("** r …: retry timeout exceeded") is that outcome, not its deferrals.
  const bounced = new Set(lines.flatMap((l) => EXIM_MSGLOG_BOUNCE.exec(l)?.[1] ?? []));
  const deferred = new Set<string>();
  const out: string[] = [];
  for (const line of lines) {
    const m = msglogLine(line);
    if (!m?.[1] || !m[2] || !m[3]) {
      out.push(line);
      continue;
    }
    if (bounced.has(m[2]) || (NO_NEWS.test(m[3]) && deferred.has(m[2]))) continue;
    deferred.add(m[2]);
    out.push(`${m[1]} ${EXIM_MSGLOG_ID} == ${m[2]}${m[3]}`);
  }
  return out;
}
