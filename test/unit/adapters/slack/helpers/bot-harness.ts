import { createHmac } from 'node:crypto';
import { PassThrough } from 'node:stream';
import type { BaseContext, Runner } from '../../../../../adapters/slack/run-support.js';
import { createSlackBot, type SlackBot } from '../../../../../adapters/slack/slack-app.js';
import { loadConfig } from '../../../../../src/config.js';
import { createLogger } from '../../../../../src/logger.js';
import { type SlackStandIn, type StandInOptions, startSlackStandIn, TEAM_ID } from './slack-stand-in.js';

export const BOT_TOKEN = 'xoxb-1111-2222-Z9BOTTOKEN';
export const APP_TOKEN = 'xapp-1-A0APP-3333-Z9APPTOKEN';
export const SIGNING_SECRET = 'Z9SIGNINGSECRET0123456789abcdef';

/** fetch that refuses anything but loopback, so no test can reach Slack by mistake. */
export const loopbackFetch: typeof fetch = (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  if (!['127.0.0.1', '[::1]'].includes(url.hostname)) {
    return Promise.reject(new Error(`test fetch refused a request off loopback: ${url.hostname}`));
  }
  return fetch(input, init);
};

export interface Harness {
  standIn: SlackStandIn;
  bot: SlackBot;
  /** HTTP mode: the receiver's port. */
  port: number | null;
  /** Everything logged so far (trace level, JSON lines). */
  log(): string;
  stop(): Promise<void>;
}

export interface HarnessOptions {
  context?: BaseContext;
  run?: Runner;
  notInChannel?: string[];
  refuse?: StandInOptions['refuse'];
  progressIntervalMs?: number;
}

export async function startHarness(mode: 'http' | 'socket', options: HarnessOptions = {}): Promise<Harness> {
  const standIn = await startSlackStandIn({
    botToken: BOT_TOKEN,
    appToken: APP_TOKEN,
    ...(options.notInChannel ? { notInChannel: options.notInChannel } : {}),
    ...(options.refuse ? { refuse: options.refuse } : {}),
  });
  const env: NodeJS.ProcessEnv = {
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_API_URL: standIn.apiUrl,
    ...(mode === 'socket' ? { SLACK_APP_TOKEN: APP_TOKEN } : { SLACK_SIGNING_SECRET: SIGNING_SECRET }),
  };
  const config = loadConfig(env);
  let logged = '';
  const sink = new PassThrough();
  sink.on('data', (c) => {
    logged += String(c);
  });
  const logger = createLogger({ level: 'trace', pretty: false, destination: sink });
  const bot = createSlackBot({
    slack: { ...config.slack, port: 0 },
    adapters: config.adapters,
    logger,
    context: options.context ?? {},
    ...(options.run ? { run: options.run } : {}),
    progressIntervalMs: options.progressIntervalMs ?? 0,
    retries: 0,
    requestTimeoutMs: 5000,
    fetch: loopbackFetch,
  });
  const { port } = await bot.start();
  return {
    standIn,
    bot,
    port,
    log: () => logged,
    async stop() {
      await bot.stop().catch(() => {});
      await standIn.close();
    },
  };
}

let triggerSeq = 0;

export function slashPayload(
  standIn: SlackStandIn,
  command: string,
  text: string,
  where: { user?: string; channel?: string } = {},
): Record<string, string> {
  const id = `r${++triggerSeq}`;
  return {
    token: 'legacy-verification-token',
    team_id: TEAM_ID,
    team_domain: 'example',
    channel_id: where.channel ?? 'C0GENERAL',
    channel_name: 'general',
    user_id: where.user ?? 'U0ALICE',
    user_name: 'alice',
    command,
    text,
    api_app_id: 'A0APP',
    is_enterprise_install: 'false',
    response_url: standIn.responseUrl(id),
    trigger_id: `trigger-${id}`,
  };
}

/** A message shortcut's interaction payload, as Slack sends it (form-encoded, in `payload`). */
export function shortcutPayload(
  standIn: SlackStandIn,
  message: Record<string, unknown>,
  where: { user?: string; channel?: string; callbackId?: string } = {},
): Record<string, string> {
  const id = `s${++triggerSeq}`;
  return {
    payload: JSON.stringify({
      type: 'message_action',
      token: 'legacy-verification-token',
      action_ts: '1700000200.000200',
      team: { id: TEAM_ID, domain: 'example' },
      user: { id: where.user ?? 'U0ALICE', name: 'alice', team_id: TEAM_ID },
      channel: { id: where.channel ?? 'C0OPS', name: 'ops' },
      is_enterprise_install: false,
      callback_id: where.callbackId ?? 'diagnose_message',
      trigger_id: `trigger-${id}`,
      response_url: standIn.responseUrl(id),
      message_ts: message.ts,
      message: { type: 'message', team: TEAM_ID, ...message },
    }),
  };
}

let eventSeq = 0;

export function eventPayload(
  event: Record<string, unknown>,
  eventId = `Ev${++eventSeq}`,
): Record<string, unknown> {
  return {
    token: 'legacy-verification-token',
    team_id: TEAM_ID,
    api_app_id: 'A0APP',
    event: { event_ts: event.ts, ...event },
    type: 'event_callback',
    event_id: eventId,
    event_time: 1_700_000_000,
    authorizations: [{ team_id: TEAM_ID, user_id: 'UBOT', is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
  };
}

/** POSTs to the bot's HTTP receiver, signed like Slack signs (v0:{timestamp}:{body}, HMAC-SHA256). */
export async function postSigned(
  port: number,
  body: string,
  contentType: string,
  options: { secret?: string; retryNum?: number; timestamp?: number } = {},
): Promise<{ status: number; body: string; ms: number }> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', options.secret ?? SIGNING_SECRET)
    .update(`v0:${timestamp}:${body}`)
    .digest('hex')}`;
  const headers: Record<string, string> = {
    'content-type': contentType,
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': signature,
  };
  if (options.retryNum !== undefined) {
    headers['x-slack-retry-num'] = String(options.retryNum);
    headers['x-slack-retry-reason'] = 'http_timeout';
  }
  const started = performance.now();
  const res = await loopbackFetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST', headers, body });
  const text = await res.text();
  return { status: res.status, body: text, ms: performance.now() - started };
}

export function postSlash(port: number, payload: Record<string, string>, options = {}) {
  return postSigned(
    port,
    new URLSearchParams(payload).toString(),
    'application/x-www-form-urlencoded',
    options,
  );
}

export function postEvent(port: number, payload: Record<string, unknown>, options = {}) {
  return postSigned(port, JSON.stringify(payload), 'application/json', options);
}
