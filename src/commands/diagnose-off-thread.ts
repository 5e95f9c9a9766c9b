import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { diagnoseBounce } from '../diagnose/diagnose-bounce.js';
import type { Report } from '../report/types.js';

export interface OffThreadOptions {
  /** Pastes at least this large go to the worker (default 256 KiB, about 0.2 s of diagnosis). */
  minBytes?: number;
  /** The worker script; default the compiled diagnose-worker.js next to this module. */
  workerUrl?: URL;
  /** A diagnosis that takes longer fails, and the worker is restarted (default 60 s). */
  timeoutMs?: number;
}

export interface OffThreadDiagnoser {
  /** A RunContext.diagnose: small pastes in-thread, large ones in the worker. */
  diagnose(input: string | Uint8Array): Promise<Report>;
  /** Whether large pastes really leave the main thread (false when run from TypeScript sources). */
  readonly offThread: boolean;
  close(): Promise<void>;
}

interface Pending {
  worker: Worker;
  resolve: (r: Report) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
}

/**
 * Diagnosing a 4 MiB log of 20,000 bounced recipients takes ~3 s of synchronous work; in the chat
 * process that delays every other user's ack past Slack's 3 s. One worker thread takes those jobs in
 * turn. Without a compiled worker script (tests running the .ts sources) everything stays in-thread.
 */
export function createOffThreadDiagnoser(options: OffThreadOptions = {}): OffThreadDiagnoser {
  const minBytes = options.minBytes ?? 256 * 1024;
  const timeoutMs = options.timeoutMs ?? 60_000;
  const url = options.workerUrl ?? new URL('./diagnose-worker.js', import.meta.url);
  const offThread = url.protocol === 'file:' && existsSync(fileURLToPath(url));
  const pending = new Map<number, Pending>();
  let worker: Worker | null = null;
  let seq = 0;

  const failAll = (w: Worker, err: Error) => {
    for (const [id, p] of pending) {
      if (p.worker !== w) continue;
      clearTimeout(p.timer);
      pending.delete(id);
      p.reject(err);
    }
  };

  const start = (): Worker => {
    const w = new Worker(url);
    // Idle, the worker must not keep the process alive; busy, a pending timer does.
    w.unref();
    w.on('message', (m: { id: number; report?: Report; error?: string }) => {
      const p = pending.get(m.id);
      if (!p) return;
      clearTimeout(p.timer);
      pending.delete(m.id);
      if (m.report) p.resolve(m.report);
      else p.reject(new Error(m.error ?? 'the diagnosis failed'));
    });
    w.on('error', (err) => {
      if (worker === w) worker = null;
      failAll(w, err);
    });
    w.on('exit', (code) => {
      if (worker === w) worker = null;
      failAll(w, new Error(`the diagnosis worker stopped (exit code ${code})`));
    });
    return w;
  };

  const size = (input: string | Uint8Array) =>
    typeof input === 'string' ? Buffer.byteLength(input) : input.byteLength;

  return {
    offThread,
    diagnose(input) {
      if (!offThread || size(input) < minBytes) return diagnoseBounce(input);
      worker ??= start();
      const w = worker;
      const id = ++seq;
      return new Promise<Report>((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          reject(new Error(`the diagnosis took longer than ${Math.round(timeoutMs / 1000)} s`));
          // The job cannot be cancelled inside the worker: a fresh one serves the next paste.
          if (worker === w) worker = null;
          void w.terminate();
        }, timeoutMs);
        pending.set(id, { worker: w, resolve, reject, timer });
        w.postMessage({ id, input });
      });
    },
    async close() {
      const w = worker;
      worker = null;
      if (w) await w.terminate();
    },
  };
}
