#!/usr/bin/env node
// Accuracy benchmark: npm run bench:accuracy -- [DIR] [--v56] [--all]
// Runs the built CLI over DIR/emails (default ../shared/corpus/sisimai) and scores the JSONL
// against DIR/labels.jsonl with bench/score-lib.mjs.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatReport, readJsonl, score } from './score-lib.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const flags = args.filter((a) => a.startsWith('--'));
const positional = args.filter((a) => !a.startsWith('--'));
// npm runs scripts from the package root; INIT_CWD is where the user typed the command.
const dir = positional[0]
  ? resolve(process.env.INIT_CWD ?? process.cwd(), positional[0])
  : resolve(root, '../shared/corpus/sisimai');
const emails = join(dir, 'emails');
const labelsFile = join(dir, 'labels.jsonl');

class BenchError extends Error {}
const fail = (message) => {
  throw new BenchError(message);
};

function check() {
  if (!existsSync(emails) || !existsSync(labelsFile)) fail(`${dir} needs emails/ and labels.jsonl`);
  if (!existsSync(join(root, 'dist/src/cli/main.js'))) {
    fail('dist/src/cli/main.js is missing: the CLI is not built (npm run build) or not written yet');
  }
}

let tmp;
try {
  check();
  tmp = mkdtempSync(join(tmpdir(), 'mailmedic-accuracy-'));
  const out = join(tmp, 'predictions.jsonl');
  const fd = openSync(out, 'w');
  const started = Date.now();
  // stdin ignored and a time limit, so a CLI that waits for input or loops cannot hang the bench.
  const run = spawnSync(process.execPath, [join(root, 'bin/mailmedic.js'), 'diagnose', '--jsonl', emails], {
    stdio: ['ignore', fd, 'inherit'],
    timeout: 10 * 60 * 1000,
  });
  closeSync(fd);
  if (run.error) fail(`could not run the CLI: ${run.error.message}`);
  if (run.signal) fail(`the CLI was stopped by ${run.signal} (time limit 10 min)`);
  const predictions = readJsonl(out);
  if (predictions.length === 0) {
    fail(`\`mailmedic diagnose --jsonl\` printed no records (exit ${run.status}); is bulk mode implemented?`);
  }
  if (run.status !== 0) console.error(`bench:accuracy: note: the CLI exited ${run.status}`);
  console.log(`diagnosed ${emails} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const result = score(predictions, readJsonl(labelsFile), { v56: flags.includes('--v56') });
  console.log(formatReport(result, { all: flags.includes('--all') }));
} catch (err) {
  if (!(err instanceof BenchError)) throw err;
  console.error(`bench:accuracy: ${err.message}`);
  process.exitCode = 1;
} finally {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
}
