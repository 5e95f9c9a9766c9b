import { startApp } from '../../src/main.js';
import { shardEnv } from './shard-manager.js';

// One shard process under ShardingManager: the usual app, with Discord only (see shardEnv).
process.on('unhandledRejection', (reason) => {
  process.stderr.write(
    `mailmedic shard: unexpected error: ${reason instanceof Error ? reason.message : String(reason)}\n`,
  );
});
process.exitCode = await startApp({
  env: shardEnv(process.env),
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
