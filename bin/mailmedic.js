#!/usr/bin/env node
// CLI entry: the CLI itself is compiled TypeScript in dist/ (see src/cli/main.ts).
import { existsSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';

// A CLI run is short, and a bulk run spends as much CPU in V8's optimising compiler as in reading
// bounces. Inlining less makes each compile cheaper for about the same optimised speed: measured with
// `npm run bench` pinned to one core, 10-13 % less CPU on Node 20 and ~6 % on Node 24. Set before any
// of our code is compiled; the long-running bot (npm start) keeps V8's defaults.
setFlagsFromString('--max-inlined-bytecode-size-cumulative=200');

const entry = new URL('../dist/src/cli/main.js', import.meta.url);

if (existsSync(entry)) {
  const { main } = await import(entry.href);
  process.exitCode = await main(process.argv.slice(2));
} else {
  console.error('mailmedic: dist/src/cli/main.js not found; run `npm run build` first.');
  process.exitCode = 1;
}
