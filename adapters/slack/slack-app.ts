import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, type AppOptions } from '@slack/bolt';
import type { Logger } from 'pino';
import { runRequest } from '../../src/commands/run-request.js';
import type { Config } from '../../src/config.js';
import { SlackStartError } from './errors.js';
import { httpReceiver } from './http-receiver.js';
import type { ListenerDeps } from './listener-deps.js';
import { registerMessageEvents } from './message-events.js';
import { registerMessageShortcuts } from './message-shortcut.js';
import { acknowledgeRateLimitNotices } from './rate-limit-notice.js';
import { defaultFilePolicy } from './read-files.js';
import type { BaseContext, Runner } from './run-support.js';
import { SeenEvents } from './seen-events.js';
import { slackErrorCode } from './slack-client.js';
import { boltLogger } from './slack-logger.js';
import { registerSlashCommands } from './slash-commands.js';
import { type SocketReceiver, socketReceiver } from './socket-receiver.js';
import { UpdatePacer } from './update-pacer.js';

export type SlackMode = 'socket' | 'http';

export interface SlackBotOptions {
  /** The validated Slack settings and which mode their presence selects. */
  slack: Config['slack'];
  adapters: Config['adapters'];
  logger: Logger;
  /** Limiter, DNS client, DNSBL zones… shared with the other adapters. */
  context: BaseContext;
  /** Default: the core's runRequest. */
  run?: Runner;
  /** Least time between two progress edits in one channel (Slack allows about one write a second). */
  progressIntervalMs?: number;
  /** Web API retries (default 3, backing off up to 10 s; tests use 0 so failures show at once). */
  retries?: number;
  /** Time limit of each Web API and response_url request. */
  requestTimeoutMs?: number;
  /** The fetch every Slack request goes through (tests pass one that refuses anything off loopback). */
  fetch?: typeof fetch;
}

export interface SlackBot {
  readonly app: App;
  readonly mode: SlackMode;
  /** Checks the bot token, then connects (Socket Mode) or listens (HTTP). Throws SlackStartError. */
  start(): Promise<{ port: number | null }>;
  stop(): Promise<void>;
}

const HEALTH_PATH = '/healthz';
const DEFAULT_API_URL = 'https://slack.com/api/';

/** Adds a time limit to every request, keeping the caller's own abort signal. */
function withTimeout(fetchFn: typeof fetch, ms: number): typeof fetch {
  return (input, init = {}) => {
    const limit = AbortSignal.timeout(ms);
    const signal = init.signal ? AbortSignal.any([init.signal, limit]) : limit;
    return fetchFn(input, { ...init, signal });
  };
}

function slackMode(adapters: Config['adapters']): SlackMode {
  if (adapters.slackSocket) return 'socket';
  if (adapters.slackHttp) return 'http';
  throw new SlackStartError(
    'SLACK_BOT_TOKEN',
    'missing: Slack needs SLACK_BOT_TOKEN with SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP)',
  );
}

/** The Bolt app in the mode the configuration selects, with mailmedic's listeners registered. */
export function createSlackBot(options: SlackBotOptions): SlackBot {
  const { slack, logger } = options;
  const mode = slackMode(options.adapters);
  const botToken = slack.botToken?.reveal() as string;
  const apiUrl = slack.apiUrl ? slack.apiUrl.replace(/\/?$/, '/') : DEFAULT_API_URL;
  const timeoutMs = options.requestTimeoutMs ?? 10_000;
  const clientOptions = {
    slackApiUrl: apiUrl,
    timeout: timeoutMs,
    fetch: withTimeout(options.fetch ?? globalThis.fetch, timeoutMs),
    // Bounded: the WebClient's own default keeps retrying for about half an hour.
    retryConfig:
      options.retries !== undefined
        ? { retries: options.retries }
        : { retries: 3, factor: 2, maxTimeout: 10_000 },
  };
  const boltLog = boltLogger(logger);
  const common: AppOptions = {
    token: botToken,
    logger: boltLog,
    // auth.test runs in start(), where a refused token becomes a clear error.
    deferInitialization: true,
    convoStore: false,
    clientOptions,
  };
  const socket: SocketReceiver | null =
    mode === 'socket'
      ? socketReceiver({
          appToken: slack.appToken?.reveal() as string,
          boltLogger: boltLog,
          logger,
          clientOptions,
        })
      : null;
  const app = socket
    ? new App({ ...common, receiver: socket.receiver })
    : new App({
        ...common,
        receiver: httpReceiver({
          signingSecret: slack.signingSecret?.reveal() as string,
          logger: boltLog,
          customRoutes: [
            {
              path: HEALTH_PATH,
              method: ['GET'],
              handler: (_req, res) => {
                res.writeHead(200, { 'Content-Type': 'application/json' });
                res.end(JSON.stringify({ ok: true, mode }));
              },
            },
          ],
        }),
      });
  app.error(async (err) => {
    logger.error({ err }, 'slack listener error');
  });
  acknowledgeRateLimitNotices(app, logger);
  const deps: ListenerDeps = {
    context: options.context,
    run: options.run ?? runRequest,
    logger,
    pacer: new UpdatePacer(options.progressIntervalMs ?? 1100),
    seen: new SeenEvents(),
    files: defaultFilePolicy(apiUrl, botToken, withTimeout(options.fetch ?? globalThis.fetch, timeoutMs)),
  };
  registerSlashCommands(app, deps);
  registerMessageEvents(app, deps);
  registerMessageShortcuts(app, deps);

  return {
    app,
    mode,
    async start() {
      try {
        await app.init();
      } catch (err) {
        throw startError(err, 'SLACK_BOT_TOKEN', 'the bot token (xoxb-…, OAuth & Permissions)', apiUrl);
      }
      try {
        if (mode === 'socket') {
          await app.start();
          return { port: null };
        }
        const server = (await app.start(slack.port)) as Server;
        return { port: (server.address() as AddressInfo).port };
      } catch (err) {
        if (
          (err as NodeJS.ErrnoException).code === 'EADDRINUSE' ||
          (err as NodeJS.ErrnoException).code === 'EACCES'
        ) {
          throw new SlackStartError(
            'PORT',
            `cannot listen on port ${slack.port} (${(err as Error).message})`,
            {
              cause: err,
            },
          );
        }
        throw startError(err, 'SLACK_APP_TOKEN', 'the app-level token (xapp-…, Basic Information)', apiUrl);
      }
    },
    async stop() {
      socket?.stopping();
      await app.stop();
    },
  };
}

function startError(err: unknown, variable: string, what: string, apiUrl: string): SlackStartError {
  const code = slackErrorCode(err);
  if (code) {
    return new SlackStartError(variable, `Slack refused ${what}: ${code}`, { cause: err });
  }
  return new SlackStartError(
    'SLACK_API_URL',
    `could not reach the Slack Web API at ${apiUrl}: ${err instanceof Error ? err.message : String(err)}`,
    { cause: err },
  );
}
