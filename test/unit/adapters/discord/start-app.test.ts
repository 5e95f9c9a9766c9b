import { EventEmitter, once } from 'node:events';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp } from '../../../../src/main.js';
import { startSlackStandIn } from '../slack/helpers/slack-stand-in.js';
import { DiscordStandIn, IDS, slashCommand, TOKEN } from './discord-stand-in.js';
import { guardSockets } from './loopback-sockets.js';

let discord: DiscordStandIn;
let sockets: ReturnType<typeof guardSockets>;
beforeAll(async () => {
  sockets = guardSockets();
  discord = await DiscordStandIn.start();
});
afterAll(async () => {
  await discord.close();
  sockets.restore();
});

function app(env: NodeJS.ProcessEnv) {
  const stderr = new PassThrough();
  let log = '';
  stderr.on('data', (c) => {
    log += String(c);
  });
  const signals = new EventEmitter();
  const stdin = Object.assign(new PassThrough(), { isTTY: false });
  const io = { env, stdin, stdout: new PassThrough(), stderr, signals };
  return { run: startApp(io), signals, stderr, log: () => log };
}

const env = (token: string) => ({
  DISCORD_TOKEN: token,
  DISCORD_APP_ID: IDS.app,
  DISCORD_API_URL: discord.apiUrl,
  LOG_PRETTY: 'false',
  LOG_LEVEL: 'info',
  MAILMEDIC_RESOLVERS: '127.0.0.1:9',
});

describe('startApp with Discord credentials', () => {
  it('starts the Discord adapter instead of the console, answers, and stops on SIGTERM', async () => {
    const before = discord.identifies;
    const h = app(env(TOKEN));
    await discord.waitForOp(2, discord.received.length);
    expect(discord.identifies).toBe(before + 1);
    const interaction = slashCommand('mailmedic');
    // The adapter is listening once READY went out; the command arrives after it on the same socket.
    discord.dispatch('INTERACTION_CREATE', interaction);
    await discord.waitForCall((c) => c.path.includes(interaction.token) && c.method === 'PATCH');
    h.signals.emit('SIGTERM');
    expect(await h.run).toBe(0);
    expect(h.log()).toContain('Discord connected');
    expect(h.log()).not.toContain(TOKEN);
  });

  it('runs Slack and Discord in one process, and stops both on SIGTERM', async () => {
    const slack = await startSlackStandIn({ botToken: 'xoxb-Z9VALUE', appToken: 'xapp-Z9VALUE' });
    try {
      const h = app({
        ...env(TOKEN),
        SLACK_BOT_TOKEN: 'xoxb-Z9VALUE',
        SLACK_APP_TOKEN: 'xapp-Z9VALUE',
        SLACK_API_URL: slack.apiUrl,
      });
      while (!h.log().includes('Discord connected')) await once(h.stderr, 'data');
      expect(h.log()).toContain('slack adapter running');
      expect(slack.connections).toBe(1);
      h.signals.emit('SIGTERM');
      expect(await h.run).toBe(0);
      expect(h.log()).toMatch(/"adapters":\["slack","discord"\].*"msg":"stopping"/);
      expect(h.log()).not.toContain('Z9VALUE');
    } finally {
      await slack.close();
    }
  });

  it('stops Slack and exits 1 when Discord cannot start beside it', async () => {
    const slack = await startSlackStandIn({ botToken: 'xoxb-Z9VALUE', appToken: 'xapp-Z9VALUE' });
    try {
      const h = app({
        ...env('wrong-token'),
        SLACK_BOT_TOKEN: 'xoxb-Z9VALUE',
        SLACK_APP_TOKEN: 'xapp-Z9VALUE',
        SLACK_API_URL: slack.apiUrl,
      });
      expect(await h.run).toBe(1);
      expect(h.log()).toContain('slack adapter running');
      expect(h.log()).toMatch(/Discord login failed/);
    } finally {
      await slack.close();
    }
  });

  it('exits 1 saying to enable the Message Content intent when Discord refuses it', async () => {
    discord.disallowedIntents = 32768;
    try {
      const h = app({ ...env(TOKEN), DISCORD_MESSAGE_CONTENT: 'true' });
      expect(await h.run).toBe(1);
      expect(h.log()).toMatch(/Discord login failed: .*enable the Message Content intent/);
    } finally {
      discord.disallowedIntents = 0;
    }
  });

  it('exits 1 saying to check DISCORD_TOKEN when Discord refuses it, without showing it', async () => {
    const h = app(env('wrong-token-Z9SECRET'));
    expect(await h.run).toBe(1);
    expect(h.log()).toMatch(/Discord login failed: .*check DISCORD_TOKEN/);
    expect(h.log()).not.toContain('Z9SECRET');
    expect(sockets.refused).toEqual([]);
  });
});
