import type { Reason } from '../bounce/types.js';
import type { BounceRecord } from '../report/types.js';

export const SIDE_WORDS = {
  sender: 'your side must act',
  recipient: "the recipient's side must act",
  either: 'either side may need to act',
};

// Sisimai reasons of outcomes that are not failures: the message was delivered (a delivery report or a read
// receipt, an out-of-office reply, a spam complaint about a delivered message).
const NOT_FAILURES: ReadonlySet<Reason> = new Set<Reason>(['delivered', 'vacation', 'feedback']);

/** True when the record reports a delivered message, not a failure. */
export function isNotAFailure(r: Pick<BounceRecord, 'reason'>): boolean {
  return NOT_FAILURES.has(r.reason);
}

/**
 * True when some record needs someone to act: a failure, or a complaint the sender must act on. An
 * auto-reply or a delivery report mailed into a bounce mailbox asks nothing of anyone.
 */
export function asksForAction(records: readonly Pick<BounceRecord, 'reason' | 'side'>[]): boolean {
  return records.some((r) => !isNotAFailure(r) || r.side === 'sender');
}

// Reports about a message that may well have been refused (a DMARC failure report): never "delivered".
const REPORTS_NOT_DELIVERED: ReadonlySet<string> = new Set(['auth-failure-report']);

/**
 * For an outcome that is not a failure, the words shown instead of permanence and side: delivered, and
 * nothing needs fixing, unless the cause asks the sender to act (a complaint report: `senderMustAct`).
 * Undefined for a failure.
 */
export function deliveredWords(
  r: Pick<BounceRecord, 'reason' | 'side' | 'cause'>,
  senderMustAct: string,
): string | undefined {
  if (!isNotAFailure(r)) return undefined;
  const what = REPORTS_NOT_DELIVERED.has(r.cause) ? 'a report' : 'delivered';
  return `${what} · ${r.side === 'sender' ? senderMustAct : 'nothing needs fixing'}`;
}

// Failures no sending server queues: a connection test's, or a mail program's with its own outgoing server
// (which it could not reach, which reports a failure without a reason, or which refuses to take mail from a
// mailbox over its send quota).
const NOT_QUEUED: ReadonlySet<string> = new Set([
  'port25-test-timeout',
  'submission-unreachable',
  'client-send-failed',
  'sender-mailbox-full',
]);

/**
 * How long a failure lasts, in words: "permanent", else "temporary (will retry)" where a sending server
 * queues the message, and "temporary" where nothing does (a typed SMTP session or a test tool). A 4xx that
 * says its retries are in vain says so.
 */
export function lastingWords(r: Pick<BounceRecord, 'permanent' | 'form' | 'cause' | 'diagnostic'>): string {
  if (r.permanent) return 'permanent';
  if (r.form === 'transcript' || NOT_QUEUED.has(r.cause)) return 'temporary';
  return saysRetryIsFutile(r.diagnostic)
    ? 'temporary, but the receiver says retries will not succeed'
    : 'temporary (will retry)';
}

// A 4xx whose words say retrying is pointless (Yahoo's TSS09: "will be permanently deferred; Retrying will
// NOT succeed"): the sending server retries, in vain, until the message expires.
const FUTILE_RETRY = /retrying will not succeed|permanently deferred|retries will not succeed/i;

function saysRetryIsFutile(diagnostic: string | null | undefined): boolean {
  return !!diagnostic && FUTILE_RETRY.test(diagnostic);
}

/**
 * The verdict in one line: the cause, permanence and whose side must act; several recipients summarised.
 * Only failures are counted as failed: recipients delivered (relayed, expanded, read, auto-replied) are
 * named as delivered, and a report where none failed says so.
 */
export function headlineFor(records: BounceRecord[]): string {
  const first = records[0];
  if (!first) return 'No bounce found.';
  const failed = records.filter((r) => !isNotAFailure(r));
  if (failed.length === 0) return allDelivered(records, first);
  const kinds = new Set(failed.map((r) => r.cause));
  const head = failed[0] as BounceRecord;
  const delivered = records.length - failed.length;
  if (kinds.size === 1) {
    const lasting = head.permanent ? 'permanent' : 'temporary';
    return `${head.title}${howMany(head, failed.length, records.length)} · ${lasting} · ${SIDE_WORDS[head.side]}`;
  }
  const of = delivered > 0 ? ` of ${records.length}` : '';
  const reached = delivered > 0 ? `, ${delivered} delivered` : '';
  return `${failed.length}${of} recipients failed for ${kinds.size} different reasons${reached}; first: ${head.title}${aboutRecipient(head)}`;
}

/** Who failed for the one reason: the recipient alone, all N of them, or K of N with the rest delivered. */
function howMany(head: BounceRecord, failed: number, total: number): string {
  if (failed < total) {
    const who = failed === 1 ? aboutRecipient(head) : '';
    return `${who} — ${failed} of ${total} recipients, ${total - failed} delivered`;
  }
  return total > 1 ? ` — ${total} recipients` : aboutRecipient(head);
}

/** Every recipient's outcome is a delivery (a report, a read receipt, an out-of-office, a complaint). */
function allDelivered(records: BounceRecord[], first: BounceRecord): string {
  // A complaint among them still asks the sender to act.
  const complaint = records.find((r) => r.side === 'sender') ?? first;
  const outcome = deliveredWords(complaint, SIDE_WORDS.sender) as string;
  const kinds = new Set(records.map((r) => r.cause));
  if (records.length === 1 || kinds.size === 1) {
    const count = records.length > 1 ? ` — ${records.length} recipients` : aboutRecipient(first);
    return `${first.title}${count} · ${outcome}`;
  }
  return `None of the ${records.length} recipients failed (${kinds.size} kinds of report); first: ${first.title}${aboutRecipient(first)} · ${outcome}`;
}

/** " (bob@…)" when the title does not name the recipient already. */
function aboutRecipient(r: BounceRecord): string {
  return r.recipient && !r.title.includes(r.recipient) ? ` (${r.recipient})` : '';
}
