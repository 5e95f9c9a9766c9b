import { PassThrough } from 'node:stream';
import type { CliIO } from '../../../src/cli/io.js';
import { main } from '../../../src/cli/main.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured streams; stdin gets `input` (or nothing). */
export async function runCli(
  argv: string[],
  options: Partial<CliIO> & { input?: string | Buffer } = {},
): Promise<CliResult> {
  const { input, ...overrides } = options;
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => {
    out += String(c);
  });
  stderr.on('data', (c) => {
    err += String(c);
  });
  stdin.end(input ?? '');
  const code = await main(argv, { stdin, stdout, stderr, env: {}, ...overrides });
  await new Promise((r) => setImmediate(r));
  return { code, stdout: out, stderr: err };
}
