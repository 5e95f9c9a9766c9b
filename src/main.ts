import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { startConsole } from '../adapters/console/console-adapter.js';
import { type RunningAdapter, startDiscord } from '../adapters/discord/start-discord.js';
import { createSlackBot } from '../adapters/slack/slack-app.js';
import { probeCapFrom, probeSettingsFrom } from './checks/probe/settings.js';
import { createOffThreadDiagnoser } from './commands/diagnose-off-thread.js';
import type { MessageContext } from './commands/handle-message.js';
import { type Config, loadConfig } from './config.js';
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
 * Starts every chat adapter whose credentials are set (Slack, Discord; they run until a signal), and the
 * console when none is. Resolves with the exit code.
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
  // One DNS client for the whole process, so its cache serves every chat.
  const dns = createDnsClient({ servers: config.resolvers.map((r) => r.address) });
  const dnsbl = { zones: dnsblZones, dqsKey: config.dnsbl.dqsKey?.reveal() ?? null };
  const probe = { probe: probeSettingsFrom(config), probeCap: probeCapFrom(config) };
  const context: ChatContext = {
    limiter,
    dns,
    dnsbl,
    // Large pastes are diagnosed in a worker thread, so other users' acks are not held up.
    diagnose: createOffThreadDiagnoser().diagnose,
    ...probe,
    onError: (err) => logger.error({ err }, 'a message failed'),
  };
  const chats: (() => Promise<RunningAdapter>)[] = [];
  if (slack) chats.push(() => startSlack(config, logger, context));
  if (config.adapters.discord) chats.push(() => startDiscord(config, logger, context));
  if (chats.length > 0) return runChats(io, logger, chats);
  return runConsole(io, logger, limiter, dns, dnsbl, probe);
}

type ChatContext = Omit<MessageContext, 'requester'>;

async function startSlack(config: Config, logger: Logger, context: ChatContext): Promise<RunningAdapter> {
  const bot = createSlackBot({ slack: config.slack, adapters: config.adapters, logger, context });
  const { port } = await bot.start();
  logger.info({ mode: bot.mode, port }, 'slack adapter running');
  return { name: 'slack', stop: () => bot.stop() };
}

/**
 * Every configured chat until SIGINT/SIGTERM. One that cannot start (a refused token, a busy port) is one
 * line naming what to fix, and exit 1 after stopping the others.
 */
async function runChats(
  io: AppIO,
  logger: Logger,
  chats: (() => Promise<RunningAdapter>)[],
): Promise<number> {
  // Listening before the adapters start: a signal that comes while they connect is not lost.
  const signals = io.signals ?? process;
  let received: (name: string) => void = () => {};
  const signal = new Promise<string>((resolve) => {
    received = resolve;
  });
  const onInt = () => received('SIGINT');
  const onTerm = () => received('SIGTERM');
  signals.on('SIGINT', onInt);
  signals.on('SIGTERM', onTerm);
  const running: RunningAdapter[] = [];
  try {
    for (const start of chats) running.push(await start());
    logger.info({ signal: await signal, adapters: running.map((a) => a.name) }, 'stopping');
    return 0;
  } catch (err) {
    io.stderr.write(`mailmedic: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  } finally {
    signals.off('SIGINT', onInt);
    signals.off('SIGTERM', onTerm);
    await Promise.allSettled(running.map((a) => a.stop()));
  }
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
