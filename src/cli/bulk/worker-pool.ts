import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { BulkJob, BulkResult } from './bulk-job.js';

interface Slot {
  worker: Worker;
  pending: Map<number, { resolve: (r: BulkResult) => void; reject: (e: Error) => void }>;
}

/**
 * Bulk workers, each a thread with its own copy of the reader. A job goes to the least busy one. When a
 * worker dies, its jobs are rejected (the caller reads them itself) and a new one takes its place.
 */
export class WorkerPool {
  private readonly slots: (Slot | null)[];

  private constructor(
    private readonly url: URL,
    size: number,
  ) {
    this.slots = Array.from({ length: size }, () => null);
  }

  /** A pool of `size` workers, or null when the compiled worker script is missing (tests on the sources). */
  static create(size: number, url = new URL('./bulk-worker.js', import.meta.url)): WorkerPool | null {
    if (size < 1 || url.protocol !== 'file:' || !existsSync(fileURLToPath(url))) return null;
    return new WorkerPool(url, size);
  }

  run(job: BulkJob): Promise<BulkResult> {
    const slot = this.leastBusy();
    return new Promise((resolve, reject) => {
      slot.pending.set(job.id, { resolve, reject });
      slot.worker.postMessage(job, [job.bytes.buffer as ArrayBuffer]);
    });
  }

  async close(): Promise<void> {
    const workers = this.slots.map((s) => s?.worker).filter((w): w is Worker => w !== undefined);
    this.slots.fill(null);
    await Promise.all(workers.map((w) => w.terminate()));
  }

  private leastBusy(): Slot {
    let best = 0;
    for (let i = 0; i < this.slots.length; i++) {
      const slot = this.slots[i];
      if (!slot) {
        best = i;
        break;
      }
      if (slot.pending.size < (this.slots[best]?.pending.size ?? 0)) best = i;
    }
    const slot = this.slots[best] ?? this.start(best);
    return slot;
  }

  private start(index: number): Slot {
    const worker = new Worker(this.url);
    const slot: Slot = { worker, pending: new Map() };
    const fail = (err: Error) => {
      if (this.slots[index] === slot) this.slots[index] = null;
      for (const p of slot.pending.values()) p.reject(err);
      slot.pending.clear();
    };
    worker.on('message', (result: BulkResult) => {
      const p = slot.pending.get(result.id);
      slot.pending.delete(result.id);
      p?.resolve(result);
    });
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`a bulk worker stopped (exit code ${code})`)));
    this.slots[index] = slot;
    return slot;
  }
}
