import type { BounceRecord, Report } from '../report/types.js';

/** Streams and collaborators of one CLI run; tests pass their own. */
export interface CliIO {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  readRecords: (input: string | Uint8Array) => Promise<BounceRecord[]>;
  diagnose: (input: string | Uint8Array) => Promise<Report>;
  /**
   * The compiled bulk worker script, or null: bulk --jsonl then reads in this thread. A test's own
   * readRecords keeps the reading here too (the workers run the real reader).
   */
  bulkWorkerUrl: URL | null;
}

type Core = typeof import('../diagnose/diagnose-bounce.js');
let core: Core | undefined;

/** The diagnosis core, loaded on first use: `--help`, `--version` and the live commands never need it. */
async function loadCore(): Promise<Core> {
  core ??= await import('../diagnose/diagnose-bounce.js');
  return core;
}

export function defaultIO(overrides: Partial<CliIO> = {}): CliIO {
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    readRecords: async (input) => (core ?? (await loadCore())).readBounceRecords(input),
    diagnose: async (input) => (core ?? (await loadCore())).diagnoseBounce(input),
    bulkWorkerUrl: overrides.readRecords ? null : new URL('./bulk/bulk-worker.js', import.meta.url),
    ...overrides,
  };
}

/** Exit codes, documented in `mailmedic --help`. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;
