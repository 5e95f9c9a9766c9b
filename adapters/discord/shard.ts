import { startApp } from '../../src/main.js';
import { shardEnv } from './shard-manager.js';

// One shard process under ShardingManager: the usual app, with Discord only (see shardEnv).
process.on('unhandledRejection', (reason) => {
  process.stderr.write(
    `mailmedic shard: unexpected error: ${reason instanceof Error ? reason.message : String(reason)}\n`,
  );
});
const code = await startApp({
  env: shardEnv(process.env),
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
// The IPC channel to the manager would keep this process alive after the bot stopped.
process.exit(code);
