import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordBot, type DiscordBot } from '../../../../adapters/discord/discord-bot.js';
import { shardCount, shardEnv } from '../../../../adapters/discord/shard-manager.js';
import { loadConfig } from '../../../../src/config.js';
import { createDnsClient } from '../../../../src/dns/resolver.js';
import { createRateLimiter } from '../../../../src/limits/rate-limiter.js';
import { createLogger } from '../../../../src/logger.js';
import {
  DiscordStandIn,
  HUMAN,
  IDS,
  type RestCall,
  slashCommand,
  TOKEN,
  userMessage,
} from './discord-stand-in.js';
import { guardSockets } from './loopback-sockets.js';

const logger = createLogger({ level: 'silent' });
const OTHER_USER = { ...HUMAN, id: '900000000000000501', username: 'hostmaster' };
let sockets: ReturnType<typeof guardSockets>;
beforeAll(() => {
  sockets = guardSockets();
});
afterAll(() => {
  expect(sockets.refused).toEqual([]);
  sockets.restore();
});

async function startBot(
  discord: DiscordStandIn,
  options: Partial<Parameters<typeof createDiscordBot>[0]> = {},
) {
  const bot = createDiscordBot({
    token: TOKEN,
    apiUrl: discord.apiUrl,
    rest: { cdn: `http://127.0.0.1:${discord.port}/cdn`, retries: 0 },
    // Follow-up checks of pasted bounces ask a loopback port where nothing answers.
    context: { dns: createDnsClient({ servers: ['127.0.0.1:9'], timeoutMs: 100, tries: 1 }) },
    logger,
    editIntervalMs: 0,
    ...options,
  });
  await bot.start();
  return bot;
}

const BOUNCE = [
  'This is the mail system at host mail.example.org.',
  '',
  '<bob@example.test>: host mx1.example.test[5.6.7.8] said: 550 5.1.1',
  '    <bob@example.test>: Recipient address rejected: User unknown (in reply to RCPT TO command)',
].join('\n');

describe('with Message Content and a bounce channel', () => {
  let discord: DiscordStandIn;
  let bot: DiscordBot;
  beforeAll(async () => {
    discord = await DiscordStandIn.start();
    bot = await startBot(discord, {
      messageContent: true,
      bounceChannels: [IDS.channel],
      context: {
        dns: createDnsClient({ servers: ['127.0.0.1:9'], timeoutMs: 100, tries: 1 }),
        limiter: createRateLimiter({ perUser: { limit: 1, windowSeconds: 3600 } }),
      },
    });
  });
  afterAll(async () => {
    await bot.stop();
    await discord.close();
  });

  it('asks for the privileged intent', () => {
    const identify = discord.received.find((o) => o.op === 2)?.d as { intents: number };
    expect(identify.intents & 32768).toBe(32768);
  });

  it('answers a bounce pasted without a mention in a thread, and leaves other chat alone', async () => {
    const chat = userMessage('anyone seen the outage?', 'channel', false);
    const command = userMessage('mx example.test', 'channel', false);
    const bounce = userMessage(BOUNCE, 'channel', false);
    for (const m of [chat, command, bounce]) discord.dispatch('MESSAGE_CREATE', m);
    const thread = await discord.waitForCall(
      (c) => c.path === `/channels/${IDS.channel}/messages/${bounce.id}/threads`,
    );
    expect(thread.body?.name).toBe('mailmedic: This is the mail system at host mail.example.org.');
    const answer = await discord.waitForCall(
      (c: RestCall) => c.method === 'POST' && c.path === `/channels/${thread.response?.id}/messages`,
    );
    expect((answer.body?.embeds as { title: string }[] | undefined)?.[0]?.title).toMatch(/bob@example\.test/);
    // Messages are handled in order, so the two before the bounce were already passed over.
    expect(discord.calls.some((c) => c.path.includes(chat.id) || c.path.includes(command.id))).toBe(false);
  });
  it('shows a rate-limit refusal only to the one who asked: the deferred reply is replaced by a private one', async () => {
    // A private address: no DNS query, but a live check all the same, so the limiter counts it.
    // Another user than the one whose pasted bounce above ran live checks: a budget of its own.
    const first = slashCommand('blacklist', { target: '192.168.1.1' }, undefined, OTHER_USER);
    const second = slashCommand('blacklist', { target: '192.168.1.1' }, undefined, OTHER_USER);
    discord.dispatch('INTERACTION_CREATE', first);
    await discord.waitForCall((c) => c.path.includes(first.token) && c.method === 'PATCH');
    discord.dispatch('INTERACTION_CREATE', second);
    const followUp = await discord.waitForCall(
      (c) => c.path === `/webhooks/${IDS.app}/${second.token}` && c.method === 'POST',
    );
    expect(followUp.body?.flags).toBe(64);
    expect(JSON.stringify(followUp.body?.embeds)).toMatch(/try again in/i);
    const calls = discord.calls.filter((c) => c.path.includes(second.token)).map((c) => c.method);
    expect(calls).toEqual(['POST', 'DELETE', 'POST']);
  });

  it('replies to the message when no thread can be started (missing permission)', async () => {
    discord.failNext('POST', /\/threads$/, 403);
    const message = userMessage(`<@${IDS.bot}> help`, 'channel', true);
    discord.dispatch('MESSAGE_CREATE', message);
    const reply = await discord.waitForCall(
      (c) => c.method === 'POST' && c.path === `/channels/${IDS.channel}/messages` && c.status === 200,
    );
    expect(reply.body?.message_reference).toMatchObject({ message_id: message.id });
  });
});

describe('under a ShardingManager', () => {
  it('identifies as the shard the manager assigned through the environment', async () => {
    const discord = await DiscordStandIn.start();
    const saved = { SHARDS: process.env.SHARDS, SHARD_COUNT: process.env.SHARD_COUNT };
    process.env.SHARDS = '[1]';
    process.env.SHARD_COUNT = '2';
    let bot: DiscordBot | undefined;
    try {
      bot = await startBot(discord);
      const identify = discord.received.find((o) => o.op === 2)?.d as { shard: [number, number] };
      expect(identify.shard).toEqual([1, 2]);
      expect(bot.client.ws.shards.map((s) => s.id)).toEqual([1]);
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
      await bot?.stop();
      await discord.close();
    }
  });

  it('takes the shard count from DISCORD_SHARDS, or asks Discord (through DISCORD_API_URL) for "auto"', async () => {
    const discord = await DiscordStandIn.start();
    try {
      expect(await shardCount(4, TOKEN, discord.apiUrl)).toBe(4);
      expect(await shardCount('auto', TOKEN, discord.apiUrl)).toBe(1);
      expect(discord.calls.map((c) => `${c.method} ${c.path}`)).toEqual(['GET /gateway/bot']);
    } finally {
      await discord.close();
    }
  });

  it('runs shard processes with Discord only', () => {
    expect(
      shardEnv({ SLACK_BOT_TOKEN: 'x', SLACK_APP_TOKEN: 'y', DISCORD_TOKEN: 't', PATH: '/bin' }),
    ).toEqual({
      DISCORD_TOKEN: 't',
      PATH: '/bin',
    });
  });
});

describe('Discord configuration', () => {
  const base = { DISCORD_TOKEN: 'secret-Z9TOKEN', DISCORD_APP_ID: IDS.app };
  it('reads the optional settings', () => {
    const c = loadConfig({
      ...base,
      DISCORD_GUILD_IDS: `${IDS.guild}, 900000000000000999`,
      DISCORD_MESSAGE_CONTENT: 'true',
      DISCORD_BOUNCE_CHANNELS: IDS.channel,
      DISCORD_SHARDS: '3',
      DISCORD_API_URL: 'http://127.0.0.1:8080/api',
    });
    expect(c.discord).toMatchObject({
      appId: IDS.app,
      apiUrl: 'http://127.0.0.1:8080/api',
      guildIds: [IDS.guild, '900000000000000999'],
      messageContent: true,
      bounceChannels: [IDS.channel],
      shards: 3,
    });
    expect(loadConfig(base).discord).toMatchObject({ guildIds: [], messageContent: false, shards: 'auto' });
  });

  it('says what is wrong, variable by variable', () => {
    expect(() =>
      loadConfig({
        ...base,
        DISCORD_BOUNCE_CHANNELS: IDS.channel,
        DISCORD_SHARDS: 'many',
        DISCORD_GUILD_IDS: '12',
      }),
    ).toThrow(
      /DISCORD_GUILD_IDS: expected Discord server \(guild\) ids, comma-separated; not an id: 12[\s\S]*DISCORD_SHARDS: expected a number of shards, or auto[\s\S]*DISCORD_BOUNCE_CHANNELS: needs DISCORD_MESSAGE_CONTENT=true/,
    );
  });
});
