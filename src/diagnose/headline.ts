import type { BounceRecord } from '../report/types.js';

const SIDE_WORDS = {
  sender: 'your side must act',
  recipient: "the recipient's side must act",
  either: 'either side may need to act',
};

/** The verdict in one line: the cause, permanence and whose side must act; several recipients summarised. */
export function headlineFor(records: BounceRecord[]): string {
  const first = records[0];
  if (!first) return 'No bounce found.';
  const kinds = new Set(records.map((r) => r.cause));
  const lasting = first.permanent ? 'permanent' : 'temporary';
  const about = first.recipient && !first.title.includes(first.recipient) ? ` (${first.recipient})` : '';
  if (records.length === 1 || kinds.size === 1) {
    const count = records.length > 1 ? ` — ${records.length} recipients` : about;
    return `${first.title}${count} · ${lasting} · ${SIDE_WORDS[first.side]}`;
  }
  return `${records.length} recipients failed for ${kinds.size} different reasons; first: ${first.title}${about}`;
}
