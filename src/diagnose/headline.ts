import type { Reason } from '../bounce/types.js';
import type { BounceRecord } from '../report/types.js';

const SIDE_WORDS = {
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
 * For an outcome that is not a failure, the words shown instead of permanence and side: delivered, and
 * nothing needs fixing, unless the cause asks the sender to act (a complaint report: `senderMustAct`).
 * Undefined for a failure.
 */
export function deliveredWords(
  r: Pick<BounceRecord, 'reason' | 'side'>,
  senderMustAct: string,
): string | undefined {
  if (!isNotAFailure(r)) return undefined;
  return `delivered · ${r.side === 'sender' ? senderMustAct : 'nothing needs fixing'}`;
}

/** The verdict in one line: the cause, permanence and whose side must act; several recipients summarised. */
export function headlineFor(records: BounceRecord[]): string {
  const first = records[0];
  if (!first) return 'No bounce found.';
  const kinds = new Set(records.map((r) => r.cause));
  const lasting = first.permanent ? 'permanent' : 'temporary';
  const outcome = deliveredWords(first, SIDE_WORDS.sender) ?? `${lasting} · ${SIDE_WORDS[first.side]}`;
  const about = first.recipient && !first.title.includes(first.recipient) ? ` (${first.recipient})` : '';
  if (records.length === 1 || kinds.size === 1) {
    const count = records.length > 1 ? ` — ${records.length} recipients` : about;
    return `${first.title}${count} · ${outcome}`;
  }
  return `${records.length} recipients failed for ${kinds.size} different reasons; first: ${first.title}${about}`;
}
