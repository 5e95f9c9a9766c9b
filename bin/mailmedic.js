#!/usr/bin/env node
// CLI entry: the CLI itself is compiled TypeScript in dist/ (see src/cli/main.ts).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/src/cli/main.js', import.meta.url);

if (existsSync(entry)) {
  const { main } = await import(entry.href);
  process.exitCode = await main(process.argv.slice(2));
} else {
  console.error('mailmedic: dist/src/cli/main.js not found; run `npm run build` first.');
  process.exitCode = 1;
}
