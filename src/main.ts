import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { startConsole } from '../adapters/console/console-adapter.js';
import { type RunningAdapter, startDiscord } from '../adapters/discord/start-discord.js';
import { type Config, configuredAdapters, loadConfig } from './config.js';
import { createDnsClient, type DnsClient } from './dns/resolver.js';
import { isCodedError } from './errors.js';
import type { DnsblZone } from './knowledge/dnsbl-zones.js';
import { loadDnsblZones } from './knowledge/dnsbl-zones-file.js';
import { createRateLimiter } from './limits/rate-limiter.js';
import { createLogger, type Logger } from './logger.js';

export interface AppIO {
  env: NodeJS.ProcessEnv;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  /** Signals to stop on; tests pass an EventEmitter instead of the process. */
  signals?: NodeJS.EventEmitter;
}

/**
 * Starts every adapter whose credentials are set, and the console when none is (or, while the chat
 * adapters are not built, when stdin is a terminal). Resolves with the exit code.
 */
export async function startApp(io: AppIO = defaultIO()): Promise<number> {
  let config: Config;
  let dnsblZones: readonly DnsblZone[];
  try {
    config = loadConfig(io.env);
    dnsblZones = loadDnsblZones(config.dnsbl.file);
  } catch (err) {
    if (!isCodedError(err)) throw err;
    io.stderr.write(`mailmedic: ${err.message}\n`);
    return 2;
  }
  const logger = createLogger({ level: config.logLevel, pretty: config.logPretty, destination: io.stderr });
  const limiter = createRateLimiter(config.rateLimits);
  const chat = configuredAdapters(config).filter((name) => name !== 'discord');
  for (const name of chat) logger.warn(`${name} credentials are set, but that adapter is not built yet`);
  // One DNS client for the whole process, so its cache serves every chat.
  const dns = createDnsClient({ servers: config.resolvers.map((r) => r.address) });
  const dnsbl = { zones: dnsblZones, dqsKey: config.dnsbl.dqsKey?.reveal() ?? null };
  if (config.adapters.discord) {
    const context = {
      limiter,
      dns,
      dnsbl,
      onError: (err: unknown) => logger.error({ err }, 'a message failed'),
    };
    try {
      return runAdapters(io, logger, [await startDiscord(config, logger, context)]);
    } catch (err) {
      logger.error(err instanceof Error ? err.message : String(err));
      return 1;
    }
  }
  if (chat.length > 0 && io.stdin.isTTY !== true) {
    logger.error('no adapter can run: the chat adapters are not built yet and stdin is not a terminal');
    return 1;
  }
  return runConsole(io, logger, limiter, dns, dnsbl);
}

async function runConsole(
  io: AppIO,
  logger: Logger,
  limiter: ReturnType<typeof createRateLimiter>,
  dns: DnsClient,
  dnsbl: { zones: readonly DnsblZone[]; dqsKey: string | null },
): Promise<number> {
  const session = startConsole({
    input: io.stdin,
    output: io.stdout,
    context: { limiter, dns, dnsbl, onError: (err) => logger.error({ err }, 'a message failed') },
  });
  const signals = io.signals ?? process;
  const stop = (signal: string) => {
    logger.debug({ signal }, 'stopping');
    session.close();
  };
  signals.on('SIGINT', stop);
  signals.on('SIGTERM', stop);
  try {
    await session.done;
    return 0;
  } finally {
    signals.off('SIGINT', stop);
    signals.off('SIGTERM', stop);
  }
}

/** Keeps the chat adapters running until SIGINT or SIGTERM, then stops them. */
async function runAdapters(io: AppIO, logger: Logger, adapters: RunningAdapter[]): Promise<number> {
  const signals = io.signals ?? process;
  const signal = await new Promise<string>((resolve) => {
    signals.once('SIGINT', () => resolve('SIGINT'));
    signals.once('SIGTERM', () => resolve('SIGTERM'));
  });
  logger.info({ signal }, 'stopping');
  await Promise.allSettled(adapters.map((a) => a.stop()));
  return 0;
}

function defaultIO(): AppIO {
  return { env: process.env, stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
}

function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(script)).href;
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  // A stray rejection must not take the bot down; each message is already answered on failure.
  process.on('unhandledRejection', (reason) => {
    process.stderr.write(
      `mailmedic: unexpected error: ${reason instanceof Error ? reason.message : String(reason)}\n`,
    );
  });
  process.exitCode = await startApp();
  // stdin may keep the loop alive after the console closes.
  process.stdin.destroy();
}
