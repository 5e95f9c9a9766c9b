/**
 * What the main thread and a bulk worker exchange: a batch of messages packed into one transferable
 * buffer (no copy, and no pooled 8 KiB buffer cloned whole per message), and the batch's JSON lines.
 */
export interface BulkJob {
  id: number;
  labels: string[];
  /** Message i is bytes[offsets[i] .. offsets[i + 1]). */
  offsets: number[];
  bytes: Uint8Array;
}

export interface BulkResult {
  id: number;
  /** The batch's JSON lines, in message order, each ending in "\n". */
  lines: string;
  /** Per message: how many records it gave (0: not a bounce). */
  records: number[];
  /** Per message: why reading it failed, or null. */
  errors: (string | null)[];
}

/** Packs messages for a BulkJob. */
export function packJob(id: number, labels: string[], messages: Uint8Array[]): BulkJob {
  const offsets = [0];
  let total = 0;
  for (const m of messages) {
    total += m.byteLength;
    offsets.push(total);
  }
  const bytes = new Uint8Array(total);
  for (let i = 0; i < messages.length; i++) bytes.set(messages[i] as Uint8Array, offsets[i]);
  return { id, labels, offsets, bytes };
}
