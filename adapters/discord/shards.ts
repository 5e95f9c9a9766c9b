import { runShardManager } from './shard-manager.js';

// Entry of `npm run discord:shards` (built to dist/adapters/discord/shards.js).
const code = await runShardManager();
if (code !== 0) process.exitCode = code;
