import type { BounceRecord, Report } from '../report/types.js';

/** Largest paste we read; bigger input gets a clear refusal instead of a slow parse. */
export const MAX_BOUNCE_BYTES = 4 * 1024 * 1024;

/** Reads any pasted bounce form and returns one record per failed recipient (empty when not a bounce). */
export async function readBounceRecords(_input: string | Uint8Array): Promise<BounceRecord[]> {
  return []; // STUB: the bounce reader lands here
}

/** Diagnoses pasted text: a Report with records, or a not-a-bounce / error answer. */
export async function diagnoseBounce(input: string | Uint8Array): Promise<Report> {
  const records = await readBounceRecords(input);
  return { kind: 'bounce', headline: '', records, findings: [], notes: [], attachments: [] };
}
