import type { BounceRecord } from '../../report/types.js';
import { recordLine } from '../record-line.js';
import { type BulkResult, packJob } from './bulk-job.js';
import type { WorkerPool } from './worker-pool.js';

/** What became of one message: how many records it gave, or why it was not read (for stderr). */
export type Outcome = { records: number; error: null } | { records: 0; error: string };

export interface ParallelSink {
  /** The JSON lines of a batch, in message order; a promise when the output is full (await it). */
  lines(text: string): Promise<void> | undefined;
  /** One message's outcome, in message order. */
  outcome(label: string, outcome: Outcome): void;
}

interface Entry {
  label: string;
  /** Null: decided here (too large, blank), with `decided` as its outcome. */
  bytes: Buffer | null;
  decided?: Outcome;
}

interface Batch {
  entries: Entry[];
  result: Promise<BulkResult | Error>;
}

// About 100 KiB of bounces per job: few messages cross threads each time, and a batch still comes back
// within ~20 ms, so the output flows steadily.
const BATCH_MESSAGES = 24;
const BATCH_BYTES = 256 * 1024;

/**
 * Bulk --jsonl reading on worker threads, with output in the order the messages were read. Batches go to
 * the pool as they fill; at most `inFlight` wait, so memory stays bounded whatever the input's size.
 * A batch whose worker died is read here, in this thread.
 */
export class ParallelRecords {
  private entries: Entry[] = [];
  private inputs: Buffer[] = [];
  private bytes = 0;
  private readonly queue: Batch[] = [];
  private nextId = 0;

  constructor(
    private readonly pool: WorkerPool,
    private readonly sink: ParallelSink,
    private readonly readHere: (input: Uint8Array) => Promise<BounceRecord[]>,
    private readonly inFlight: number,
  ) {}

  /** A message to read; a promise when the queue is full (await it before adding more). */
  add(label: string, bytes: Buffer): Promise<void> | undefined {
    this.entries.push({ label, bytes });
    this.inputs.push(bytes);
    this.bytes += bytes.byteLength;
    return this.inputs.length >= BATCH_MESSAGES || this.bytes >= BATCH_BYTES ? this.send() : undefined;
  }

  /** A message already decided (too large, blank): reported in its place in the order. */
  decided(label: string, outcome: Outcome): void {
    this.entries.push({ label, bytes: null, decided: outcome });
  }

  /** Sends what is left and writes every batch's output. */
  async finish(): Promise<void> {
    if (this.entries.length > 0) this.submit();
    while (this.queue.length > 0) await this.emitOldest();
  }

  private send(): Promise<void> | undefined {
    this.submit();
    return this.queue.length > this.inFlight ? this.emitOldest() : undefined;
  }

  private submit(): void {
    const entries = this.entries;
    const labels = entries.filter((e) => e.bytes !== null).map((e) => e.label);
    const job = packJob(this.nextId++, labels, this.inputs);
    const result =
      labels.length > 0 ? this.pool.run(job).catch((err: Error) => err) : Promise.resolve(empty(job.id));
    this.queue.push({ entries, result });
    this.entries = [];
    this.inputs = [];
    this.bytes = 0;
  }

  private async emitOldest(): Promise<void> {
    const batch = this.queue.shift();
    if (!batch) return;
    let result = await batch.result;
    if (result instanceof Error) result = await this.readInThread(batch.entries);
    let k = 0;
    for (const e of batch.entries) {
      if (e.decided) {
        this.sink.outcome(e.label, e.decided);
        continue;
      }
      const error = result.errors[k];
      const records = result.records[k] ?? 0;
      k++;
      this.sink.outcome(
        e.label,
        error ? { records: 0, error: `something went wrong: ${error}` } : { records, error: null },
      );
    }
    const full = result.lines ? this.sink.lines(result.lines) : undefined;
    if (full) await full;
  }

  private async readInThread(entries: Entry[]): Promise<BulkResult> {
    const out = empty(-1);
    const lines: string[] = [];
    for (const e of entries) {
      if (e.bytes === null) continue;
      try {
        const records = await this.readHere(e.bytes);
        for (const r of records) lines.push(`${recordLine(r, e.label)}\n`);
        out.records.push(records.length);
        out.errors.push(null);
      } catch (err) {
        out.records.push(0);
        out.errors.push(err instanceof Error ? err.message : String(err));
      }
    }
    out.lines = lines.join('');
    return out;
  }
}

function empty(id: number): BulkResult {
  return { id, lines: '', records: [], errors: [] };
}
