import type { QueuedMessage } from '../types.js';
import { isLogLine, type LogRecord, powerMtaInDefaultOrder, readLogLine } from './mta-log.js';
import { isEximId, queuedAs } from './queue-listing.js';

/**
 * The log lines of one paste, read as admins paste them: often `grep QUEUEID /var/log/maillog`, where one
 * message's lines belong together. The outcome line names the recipient; the sender is on another line
 * (Postfix qmgr and Sendmail "from=<s>, size=", Exim "<= s", qmail "info msg M: … from <s>"), qmail names the
 * recipient on its "starting delivery N" line, and a later line overrides an earlier one for the same
 * recipient (deferred, then sent or bounced; Postfix qmgr's "status=expired" and Sendmail's "DSN: Cannot send
 * message for 5 days" give up every deferral).
 */
export function readLogLines(lines: readonly string[]): LogRecord[] {
  const context = new LineContext();
  const read: { record: LogRecord; key?: string }[] = [];
  for (const line of powerMtaInDefaultOrder(lines)) {
    if (!isLogLine(line)) {
      context.learn(line);
      continue;
    }
    const record = readLogLine(line);
    if (!record) continue;
    const id = context.idOf(line);
    const key = context.complete(record, line, id);
    record.queued = queuedIn(line, id);
    read.push({ record, key });
    for (const recipient of record.moreRecipients ?? []) read.push({ record: { ...record, recipient }, key });
    record.moreRecipients = undefined;
  }
  return joined(read, context);
}

const MAX_LINE = 8192;
// Sendmail when a message outlived its queue timeout: "QID: NEWQID: DSN: Cannot send message for 5 days".
const SENDMAIL_EXPIRED = ': DSN: Cannot send message for ';
// A line that can say something of a message's other lines holds one of these; others are passed over.
const CONTEXT_MARKERS = [': from=<', ' <= ', ' info msg ', ' starting delivery ', SENDMAIL_EXPIRED];
// What follows each marker, matched in place (sticky).
const FROM_FIELD = /([^<>\s]{1,320})>, size=/y;
const ARRIVAL = /([^<>\s@]{1,64}@[^<>\s@]{1,255}) /y;
const QMAIL_INFO = /(\d{1,12}): bytes \d{1,12} from <([^<>\s]{1,320})> /y;
const QMAIL_START = /(\d{1,12}): msg (\d{1,12}) to (?:remote|local) (\S{1,320}@\S{1,255})/y;
// An Exim message id ("1vT2kL-000Di9-CP") at the end of the text before a marker.
const EXIM_ID_BEFORE = / ([0-9A-Za-z]{6}-[0-9A-Za-z]{6,11}-[0-9A-Za-z]{2,4})$/;

/** `sticky` matched right after the first `marker` in `line`: one search per marker, so long lines stay linear. */
function after(line: string, marker: string, sticky: RegExp): RegExpExecArray | undefined {
  const at = line.indexOf(marker);
  if (at < 0) return undefined;
  sticky.lastIndex = at + marker.length;
  return sticky.exec(line) ?? undefined;
}

/** What a message's other lines say: its sender by message id, qmail's recipient by delivery number. */
class LineContext {
  readonly senders = new Map<string, string>();
  readonly qmailDeliveries = new Map<string, { message: string; recipient: string }>();
  /** Messages given up (Postfix qmgr status=expired, Sendmail's expiry DSN), with the sender a line names. */
  readonly expired = new Map<string, string | undefined>();

  learn(line: string): void {
    if (line.length > MAX_LINE || !CONTEXT_MARKERS.some((m) => line.includes(m))) return;
    const id = this.idOf(line);
    // Postfix qmgr and Sendmail: "QID: from=<s>, size=1843, nrcpt=1"; the null sender of a bounce stays out.
    const from = id ? after(line, ': from=<', FROM_FIELD) : undefined;
    if (id && from?.[1]) this.senders.set(id, from[1]);
    if (id && line.includes(SENDMAIL_EXPIRED)) this.expired.set(id, this.senders.get(id));
    // Exim: "1vT2kL-000Di9-CP <= s H=…" (the "<=" line of the message's arrival).
    const arrival = after(line, ' <= ', ARRIVAL);
    const exim = arrival ? EXIM_ID_BEFORE.exec(line.slice(0, line.indexOf(' <= ')))?.[1] : undefined;
    if (exim && arrival?.[1]) this.senders.set(exim, arrival[1]);
    // qmail-send: "info msg 1048601: bytes 2211 from <s> qp 4242 uid 89" and "starting delivery 17: msg
    // 1048601 to remote r".
    const info = after(line, ' info msg ', QMAIL_INFO);
    if (info?.[1] && info[2]) this.senders.set(`qmail msg ${info[1]}`, info[2]);
    const start = after(line, ' starting delivery ', QMAIL_START);
    if (start?.[1] && start[2] && start[3])
      this.qmailDeliveries.set(start[1], { message: start[2], recipient: start[3].toLowerCase() });
  }

  /** The message a line belongs to: Postfix's or Sendmail's queue id, Exim's message id, qmail's delivery. */
  idOf(line: string): string | undefined {
    const head = line.slice(0, 160);
    const queue = /\[\d{1,10}\]: ([0-9A-Za-z]{5,20}): /.exec(head)?.[1];
    if (queue && queue !== 'NOQUEUE') return queue;
    const exim = / ([0-9A-Za-z]{6}-[0-9A-Za-z]{6,11}-[0-9A-Za-z]{2,4}) (?:\*\*|==|=>|->|<=) /.exec(head)?.[1];
    if (exim) return exim;
    const qmail = / (?:starting )?delivery (\d{1,12}): /.exec(head)?.[1];
    if (qmail) return `qmail delivery ${qmail}`;
    // Courier: "courieresmtp: id=00123456.6924A1B2.00004321,from=<s>,addr=<r>…".
    const courier = / courier[a-z]{0,12}: id=([^,\s]{1,100}),/.exec(head)?.[1];
    return courier ? `courier ${courier}` : undefined;
  }

  /**
   * Fills what the outcome line leaves open from the message's other lines; returns the message the line's
   * outcome belongs to (qmail's retries of one message get new delivery numbers: its message number).
   */
  complete(record: LogRecord, line: string, id: string | undefined): string | undefined {
    if (!id) return undefined;
    const qmail = id.startsWith('qmail delivery ')
      ? this.qmailDeliveries.get(id.slice('qmail delivery '.length))
      : undefined;
    if (qmail) {
      record.recipient ??= qmail.recipient;
      record.sender ??= this.senders.get(`qmail msg ${qmail.message}`);
      return `qmail msg ${qmail.message}`;
    }
    record.sender ??= this.senders.get(id);
    // Postfix qmgr: "QID: from=<s>, status=expired, returned to sender" gives up the message's deferrals.
    if (line.includes(', status=expired, returned to sender')) this.expired.set(id, record.sender);
    return id;
  }
}

/**
 * One record per recipient of a message, its last outcome; a deferral of an expired message becomes its
 * failure, and the expiry line itself is dropped once a recipient carries it.
 */
function joined(read: { record: LogRecord; key?: string }[], context: LineContext): LogRecord[] {
  const last = new Map<string, number>();
  read.forEach(({ record, key }, i) => {
    if (!key || !record.recipient) return;
    const id = `${key}\n${record.recipient}`;
    // A line that states only the outcome keeps the words of the line before it ("…: 550 …", then "status: failure").
    const before = last.get(id);
    const earlier = before === undefined ? undefined : read[before]?.record;
    if (record.outcomeOnly && earlier && !earlier.outcomeOnly) {
      record.diagnostic = earlier.diagnostic;
      record.remoteHost ??= earlier.remoteHost;
      record.remoteIp ??= earlier.remoteIp;
      record.status ??= earlier.status;
    }
    last.set(id, i);
  });
  const given = new Set<string>();
  const kept = read.filter(({ record, key }, i) => {
    if (!key || !record.recipient) return true;
    if (last.get(`${key}\n${record.recipient}`) !== i) return false;
    if (record.deferred && context.expired.has(key)) {
      record.deferred = false;
      record.sender ??= context.expired.get(key);
      given.add(key);
    }
    return true;
  });
  return kept.filter(({ record, key }) => !(key && given.has(key) && !record.recipient)).map((r) => r.record);
}

// The programs whose queue ids the steps may name: "postfix/smtp[123]:" (or "postfix-out/…"), "sm-mta[123]:".
const POSTFIX_PROGRAM = / postfix[\w-]{0,30}\/[\w/-]{1,40}\[\d/;
const SENDMAIL_PROGRAM = / (?:sendmail|sm-mta)\[\d/;

/** The message a line's queue commands can name: Postfix's or Sendmail's queue id, Exim's message id. */
function queuedIn(line: string, id: string | undefined): QueuedMessage | undefined {
  if (!id) return undefined;
  if (isEximId(id)) return queuedAs('exim', id);
  const head = line.slice(0, 160);
  if (POSTFIX_PROGRAM.test(head)) return queuedAs('postfix', id);
  return SENDMAIL_PROGRAM.test(head) ? queuedAs('sendmail', id) : undefined;
}

/** True when a line can tell other lines of its message their sender or recipient (see LineContext.learn). */
export function isContextLine(line: string): boolean {
  return line.length <= MAX_LINE && CONTEXT_MARKERS.some((m) => line.includes(m));
}
