import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { startConsole } from '../adapters/console/console-adapter.js';
import { createSlackBot } from '../adapters/slack/slack-app.js';
import { probeCapFrom, probeSettingsFrom } from './checks/probe/settings.js';
import type { MessageContext } from './commands/handle-message.js';
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
 * Starts every adapter whose credentials are set (Slack runs until a signal), and the console when none
 * is (or, while an adapter is not built, when stdin is a terminal). Resolves with the exit code.
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
  const slack = config.adapters.slackSocket || config.adapters.slackHttp;
  const chat = configuredAdapters(config).filter((name) => !name.startsWith('slack'));
  for (const name of chat) logger.warn(`${name} credentials are set, but that adapter is not built yet`);
  if (!slack && chat.length > 0 && io.stdin.isTTY !== true) {
    logger.error('no adapter can run: the chat adapters are not built yet and stdin is not a terminal');
    return 1;
  }
  // One DNS client for the whole process, so its cache serves every chat.
  const dns = createDnsClient({ servers: config.resolvers.map((r) => r.address) });
  const dnsbl = { zones: dnsblZones, dqsKey: config.dnsbl.dqsKey?.reveal() ?? null };
  const probe = { probe: probeSettingsFrom(config), probeCap: probeCapFrom(config) };
  if (slack) return runSlack(io, config, logger, { limiter, dns, dnsbl, ...probe });
  return runConsole(io, logger, limiter, dns, dnsbl, probe);
}

/** Slack until SIGINT/SIGTERM; a refused token or a busy port is one line naming the variable, exit 1. */
async function runSlack(
  io: AppIO,
  config: Config,
  logger: Logger,
  context: Parameters<typeof createSlackBot>[0]['context'],
): Promise<number> {
  const bot = createSlackBot({ slack: config.slack, adapters: config.adapters, logger, context });
  try {
    const { port } = await bot.start();
    logger.info({ mode: bot.mode, port }, 'slack adapter running');
  } catch (err) {
    if (!isCodedError(err)) throw err;
    io.stderr.write(`mailmedic: ${err.message}\n`);
    return 1;
  }
  const signals = io.signals ?? process;
  await new Promise<void>((resolve) => {
    const stop = () => {
      signals.off('SIGINT', stop);
      signals.off('SIGTERM', stop);
      resolve();
    };
    signals.on('SIGINT', stop);
    signals.on('SIGTERM', stop);
  });
  await bot.stop();
  return 0;
}

async function runConsole(
  io: AppIO,
  logger: Logger,
  limiter: ReturnType<typeof createRateLimiter>,
  dns: DnsClient,
  dnsbl: { zones: readonly DnsblZone[]; dqsKey: string | null },
  probe: Pick<MessageContext, 'probe' | 'probeCap'>,
): Promise<number> {
  const session = startConsole({
    input: io.stdin,
    output: io.stdout,
    context: { limiter, dns, dnsbl, ...probe, onError: (err) => logger.error({ err }, 'a message failed') },
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
