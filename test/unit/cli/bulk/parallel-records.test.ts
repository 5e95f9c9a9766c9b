import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Outcome, ParallelRecords } from '../../../../src/cli/bulk/parallel-records.js';
import { WorkerPool } from '../../../../src/cli/bulk/worker-pool.js';
import { MAX_BOUNCE_BYTES, readBounceRecords } from '../../../../src/diagnose/diagnose-bounce.js';
import { runCli } from '../run-cli.js';

// The workers run compiled code: `npm ci` builds dist/ (the prepare script), and CI builds before testing.
const COMPILED = new URL('../../../../dist/src/cli/bulk/bulk-worker.js', import.meta.url);
const EXITS = new URL('../../../fixtures/workers/exit-worker.mjs', import.meta.url);
const FIXTURES = fileURLToPath(new URL('../../../fixtures/bounces/', import.meta.url));

const root = mkdtempSync(join(tmpdir(), 'mailmedic-parallel-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Five copies of the fixture bounces, a blank file and one over the size limit among them. */
const tree = join(root, 'tree');
beforeAll(() => {
  if (!existsSync(fileURLToPath(COMPILED))) throw new Error('dist/ is not built: run `npm run build`');
  const names = readdirSync(FIXTURES).filter((n) => n.endsWith('.eml'));
  for (let c = 0; c < 5; c++) {
    mkdirSync(join(tree, String(c)), { recursive: true });
    for (const n of names) writeFileSync(join(tree, String(c), n), readFileSync(join(FIXTURES, n)));
  }
  writeFileSync(join(tree, '2', 'blank.eml'), '\n\n  \n');
  writeFileSync(join(tree, '3', 'huge.eml'), Buffer.alloc(MAX_BOUNCE_BYTES + 1, 0x61));
});

describe('bulk --jsonl on worker threads', () => {
  it('prints the same lines, in the same order, and the same summary as one thread', async () => {
    const one = await runCli(['diagnose', '--jsonl', '--jobs', '1', tree], { bulkWorkerUrl: COMPILED });
    const two = await runCli(['diagnose', '--jsonl', '--jobs', '2', tree], { bulkWorkerUrl: COMPILED });
    expect(one.stdout.split('\n').length).toBeGreaterThan(60);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    expect(two.code).toBe(1); // the file over the limit
    expect(two.stderr).toMatch(/huge\.eml: .*more than the 4\.0 MiB limit.*skipped/);
    expect(two.stderr).toMatch(/ 1 errors\n$/);
  });

  it('rejects a --jobs value that is not a small whole number', async () => {
    for (const bad of ['0', '-2', 'two', '1.5', '100']) {
      const r = await runCli(['diagnose', '--jsonl', `--jobs=${bad}`, tree]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/--jobs takes a whole number from 1 to 64/);
    }
  });
});

/** Reads messages through ParallelRecords; returns the lines and outcomes as the sink got them. */
async function readAll(pool: WorkerPool, inputs: Buffer[], readHere = readBounceRecords) {
  let text = '';
  const outcomes: [string, Outcome][] = [];
  const sink = {
    lines: (t: string) => {
      text += t;
      return undefined;
    },
    outcome: (label: string, o: Outcome) => void outcomes.push([label, o]),
  };
  const parallel = new ParallelRecords(pool, sink, readHere, 2);
  for (const [i, input] of inputs.entries()) {
    if (i === 7) parallel.decided('decided-7', { records: 0, error: 'too large' });
    const full = parallel.add(`m${i}`, input);
    if (full) await full;
  }
  await parallel.finish();
  await pool.close();
  return { text, outcomes };
}

function fixtureInputs(): Buffer[] {
  const names = readdirSync(FIXTURES).filter((n) => n.endsWith('.eml'));
  return Array.from({ length: 60 }, (_, i) =>
    readFileSync(join(FIXTURES, names[i % names.length] as string)),
  );
}

describe('ParallelRecords', () => {
  it('reads on the workers, and keeps the order of messages and of decided outcomes', async () => {
    const inputs = fixtureInputs();
    const pool = WorkerPool.create(2, COMPILED);
    if (!pool) throw new Error('no pool from the compiled worker');
    const notHere = async (): Promise<never> => {
      throw new Error('read in the main thread');
    };
    const { text, outcomes } = await readAll(pool, inputs, notHere);
    expect(outcomes.map(([label]) => label)).toEqual([
      ...inputs.slice(0, 7).map((_, i) => `m${i}`),
      'decided-7',
      ...inputs.slice(7).map((_, i) => `m${i + 7}`),
    ]);
    let expected = '';
    for (const [i, input] of inputs.entries()) {
      for (const r of await readBounceRecords(input))
        expected += `${JSON.stringify({ file: `m${i}`, ...r })}\n`;
    }
    expect(text).toBe(expected);
    const counted = outcomes.reduce((n, [, o]) => n + o.records, 0);
    expect(counted).toBe(expected.split('\n').length - 1);
  });

  it('reads a batch in this thread when its worker dies', async () => {
    const inputs = fixtureInputs();
    const pool = WorkerPool.create(2, EXITS);
    if (!pool) throw new Error('no pool from the test worker');
    const { text, outcomes } = await readAll(pool, inputs);
    expect(outcomes).toHaveLength(inputs.length + 1);
    expect(outcomes.filter(([, o]) => o.error !== null).map(([l]) => l)).toEqual(['decided-7']);
    const records = (await Promise.all(inputs.map((b) => readBounceRecords(b)))).flat();
    expect(text.split('\n').length - 1).toBe(records.length);
  });

  it('is not made when the worker script is missing (tests on the TypeScript sources)', () => {
    expect(WorkerPool.create(2, new URL('./no-such-worker.js', import.meta.url))).toBeNull();
  });
});
