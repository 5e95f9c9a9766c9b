/** Worker thread entry for bulk `diagnose --jsonl`: reads batches of messages into JSON lines. */
import { parentPort } from 'node:worker_threads';
import { readBounceRecords } from '../../diagnose/diagnose-bounce.js';
import { recordLine } from '../record-line.js';
import type { BulkJob, BulkResult } from './bulk-job.js';

async function run(job: BulkJob): Promise<BulkResult> {
  const lines: string[] = [];
  const records: number[] = [];
  const errors: (string | null)[] = [];
  const { buffer, byteOffset } = job.bytes;
  for (let i = 0; i < job.labels.length; i++) {
    const start = job.offsets[i] as number;
    const input = Buffer.from(buffer, byteOffset + start, (job.offsets[i + 1] as number) - start);
    try {
      const found = await readBounceRecords(input);
      for (const r of found) lines.push(`${recordLine(r, job.labels[i] as string)}\n`);
      records.push(found.length);
      errors.push(null);
    } catch (err) {
      records.push(0);
      errors.push(err instanceof Error ? err.message : String(err));
    }
  }
  return { id: job.id, lines: lines.join(''), records, errors };
}

parentPort?.on('message', (job: BulkJob) => {
  void run(job).then((result) => parentPort?.postMessage(result));
});
