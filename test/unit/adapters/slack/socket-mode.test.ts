import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SlackStartError } from '../../../../adapters/slack/errors.js';
import { createSlackBot } from '../../../../adapters/slack/slack-app.js';
import { loadConfig } from '../../../../src/config.js';
import { createLogger } from '../../../../src/logger.js';
import {
  APP_TOKEN,
  BOT_TOKEN,
  eventPayload,
  type Harness,
  loopbackFetch,
  slashPayload,
  startHarness,
} from './helpers/bot-harness.js';
import { startSlackStandIn } from './helpers/slack-stand-in.js';

const BOUNCE = '550 5.1.1 <carol@example.com>: Recipient address rejected: User unknown';

let h: Harness;
beforeAll(async () => {
  h = await startHarness('socket');
});
afterAll(async () => {
  await h?.stop();
});

describe('Slack in Socket Mode', () => {
  it('opens the connection with the app-level token and the Web API with the bot token', () => {
    const open = h.standIn.calls.find((c) => c.method === 'apps.connections.open');
    expect(open?.token).toBe(APP_TOKEN);
    expect(h.standIn.calls.find((c) => c.method === 'auth.test')?.token).toBe(BOT_TOKEN);
    expect(h.standIn.connections).toBe(1);
    expect(h.bot.mode).toBe('socket');
  });

  it('acks a slash_commands envelope with the ephemeral note, then answers in a thread', async () => {
    const id = h.standIn.sendEnvelope('slash_commands', slashPayload(h.standIn, '/bounce', BOUNCE));
    const ack = await h.standIn.waitForAck(id);
    expect(ack.response_type).toBe('ephemeral');
    expect(String(ack.text)).toContain('Checking /bounce');
    await h.standIn.waitFor(
      () =>
        h.standIn.messages.some(
          (m) => m.threadTs !== null && JSON.stringify(m.blocks).includes('carol@example.com'),
        ),
      'the answer in the thread',
    );
    const parent = h.standIn.messages.find((m) => m.threadTs === null);
    expect(parent?.text).toContain('asked by <@U0ALICE>');
  });

  it('acks a malformed command with the usage hint and posts nothing', async () => {
    const before = h.standIn.messages.length;
    const id = h.standIn.sendEnvelope('slash_commands', slashPayload(h.standIn, '/auth', ''));
    const ack = await h.standIn.waitForAck(id);
    expect(ack.response_type).toBe('ephemeral');
    expect(JSON.stringify(ack.blocks)).toContain('usage: /auth DOMAIN');
    expect(h.standIn.messages.length).toBe(before);
  });

  it('acks an events_api envelope and its retry, and answers once', async () => {
    const payload = eventPayload(
      {
        type: 'message',
        channel: 'C0SOCK',
        channel_type: 'channel',
        user: 'U0ALICE',
        text: BOUNCE,
        ts: '1700000800.000100',
      },
      'EvSOCK1',
    );
    const first = h.standIn.sendEnvelope('events_api', payload);
    expect(await h.standIn.waitForAck(first)).toEqual({});
    const retry = h.standIn.sendEnvelope('events_api', payload, 1);
    expect(await h.standIn.waitForAck(retry)).toEqual({});
    await h.standIn.waitFor(() => h.standIn.messages.some((m) => m.channel === 'C0SOCK'), 'the answer');
    // One more event after the retry: once it is answered, the retry has surely been handled.
    const later = h.standIn.sendEnvelope(
      'events_api',
      eventPayload({
        type: 'message',
        channel: 'C0SOCK',
        channel_type: 'im',
        user: 'U0ALICE',
        text: 'help',
        ts: '1700000801.000100',
      }),
    );
    await h.standIn.waitForAck(later);
    await h.standIn.waitFor(
      () => h.standIn.messages.filter((m) => m.channel === 'C0SOCK').length >= 2,
      'help',
    );
    expect(h.standIn.messages.filter((m) => m.threadTs === '1700000800.000100')).toHaveLength(1);
  });
});

describe('Slack in Socket Mode: disconnect messages', () => {
  // Slack sends {type: 'disconnect', reason: 'warning'} ~10 s before it closes a connection, and
  // 'refresh_requested' when it rotates one; the client must open a new one and go on answering.
  // With setTimeout faked (never advanced), a reconnect that waits on any timer (the library's own
  // waits clientPingTimeout, 5 s) never comes: only an immediate one passes. Not a wall-clock bound.
  it.each(['refresh_requested', 'warning'])(
    'reconnects at once after "%s" and still answers',
    async (reason) => {
      const before = h.standIn.connections;
      const opens = h.standIn.calls.filter((c) => c.method === 'apps.connections.open').length;
      vi.useFakeTimers({ toFake: ['setTimeout'] });
      try {
        h.standIn.sendRaw({
          type: 'disconnect',
          reason,
          debug_info: {
            host: 'applink-1',
            started: '2026-12-01 21:00:00.000',
            build_number: 1,
            approximate_connection_time: 18060,
          },
        });
        await h.standIn.waitFor(() => h.standIn.connections > before, 'a new connection');
      } finally {
        vi.useRealTimers();
      }
      expect(h.standIn.calls.filter((c) => c.method === 'apps.connections.open').length).toBe(opens + 1);
      const ts = `1700000900.${String(before).padStart(6, '0')}`;
      const id = h.standIn.sendEnvelope(
        'events_api',
        eventPayload({
          type: 'message',
          channel: 'C0AFTER',
          channel_type: 'channel',
          user: 'U0ALICE',
          text: BOUNCE,
          ts,
        }),
      );
      expect(await h.standIn.waitForAck(id)).toEqual({});
      await h.standIn.waitFor(() => h.standIn.messages.some((m) => m.threadTs === ts), 'the answer');
    },
  );
});

describe('Slack start-up errors name the variable to fix', () => {
  async function startWith(standInTokens: { botToken: string; appToken: string } | null) {
    const standIn = standInTokens ? await startSlackStandIn(standInTokens) : null;
    const config = loadConfig({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_APP_TOKEN: APP_TOKEN,
      // A closed loopback port when there is no stand-in.
      SLACK_API_URL: standIn?.apiUrl ?? 'http://127.0.0.1:9/api/',
    });
    const bot = createSlackBot({
      slack: config.slack,
      adapters: config.adapters,
      logger: createLogger({ level: 'silent', pretty: false }),
      context: {},
      retries: 0,
      fetch: loopbackFetch,
    });
    try {
      await bot.start();
      await bot.stop();
      return null;
    } catch (err) {
      return err;
    } finally {
      await standIn?.close();
    }
  }

  it('a refused bot token names SLACK_BOT_TOKEN', async () => {
    const err = await startWith({ botToken: 'xoxb-other', appToken: APP_TOKEN });
    expect(err).toBeInstanceOf(SlackStartError);
    expect((err as SlackStartError).variable).toBe('SLACK_BOT_TOKEN');
    expect((err as Error).message).toContain('invalid_auth');
    expect((err as Error).message).not.toContain(BOT_TOKEN);
  });

  it('a refused app-level token names SLACK_APP_TOKEN', async () => {
    const err = await startWith({ botToken: BOT_TOKEN, appToken: 'xapp-other' });
    expect((err as SlackStartError).variable).toBe('SLACK_APP_TOKEN');
    expect((err as Error).message).not.toContain(APP_TOKEN);
  });

  it('an unreachable Web API names SLACK_API_URL', async () => {
    const err = await startWith(null);
    expect((err as SlackStartError).variable).toBe('SLACK_API_URL');
  });
});
