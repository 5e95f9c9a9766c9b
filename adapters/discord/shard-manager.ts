import { fileURLToPath } from 'node:url';
import { REST, type RESTGetAPIGatewayBotResult, Routes, ShardingManager } from 'discord.js';
import { loadConfig } from '../../src/config.js';
import { isCodedError } from '../../src/errors.js';
import { createLogger } from '../../src/logger.js';
import { restBase } from './discord-bot.js';
import { loggableError } from './loggable-error.js';

/** Discord lets a bot start one session per 5 s per identify bucket; the manager spaces shards that far. */
const SPAWN_DELAY_MS = 5_500;

/** The environment of a shard process: Discord only, so a Slack adapter is not started once per shard. */
export function shardEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !key.startsWith('SLACK_')));
}

/** DISCORD_SHARDS: a number, or "auto" (Discord's recommendation, asked through DISCORD_API_URL). */
export async function shardCount(
  setting: number | 'auto',
  token: string,
  apiUrl: string | null,
): Promise<number> {
  if (setting !== 'auto') return setting;
  // discord.js's own "auto" always asks discord.com, with no timeout; this honours the REST base.
  const rest = new REST({ ...(apiUrl ? { api: restBase(apiUrl) } : {}), timeout: 15_000 }).setToken(token);
  const info = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  return Math.max(1, info.shards);
}

/**
 * `npm run discord:shards`: one process per shard (discord.js ShardingManager), each running the
 * normal app with Discord only; discord.js gives each its shard ids through the environment.
 */
export async function runShardManager(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(env);
  } catch (err) {
    if (!isCodedError(err)) throw err;
    process.stderr.write(`mailmedic: ${err.message}\n`);
    return 2;
  }
  const logger = createLogger({ level: config.logLevel, pretty: config.logPretty });
  const { token, apiUrl } = config.discord;
  if (!token || !config.discord.appId) {
    logger.error('set DISCORD_TOKEN and DISCORD_APP_ID to run Discord shards');
    return 2;
  }
  let total: number;
  try {
    total = await shardCount(config.discord.shards, token.reveal(), apiUrl);
  } catch (err) {
    logger.error(
      { err: loggableError(err) },
      'could not ask Discord for the shard count; set DISCORD_SHARDS to a number',
    );
    return 1;
  }
  const script = fileURLToPath(new URL('./shard.js', import.meta.url));
  const manager = new ShardingManager(script, {
    token: token.reveal(),
    totalShards: total,
    mode: 'process',
    respawn: true,
    execArgv: process.execArgv,
  });
  manager.on('shardCreate', (shard) => {
    logger.info({ shard: shard.id, of: total }, 'Discord shard started');
    shard.on('death', () => logger.warn({ shard: shard.id }, 'Discord shard process exited; respawning'));
  });
  const stop = () => {
    for (const shard of manager.shards.values()) shard.kill();
    process.exitCode = 0;
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await manager.spawn({ amount: total, delay: SPAWN_DELAY_MS, timeout: 60_000 });
  return 0;
}
