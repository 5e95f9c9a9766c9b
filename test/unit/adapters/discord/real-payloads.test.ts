import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordBot, type DiscordBot } from '../../../../adapters/discord/discord-bot.js';
import { createLogger } from '../../../../src/logger.js';
import {
  DiscordStandIn,
  HUMAN,
  IDS,
  type RestCall,
  slashCommand,
  snowflake,
  TOKEN,
  userMessage,
} from './discord-stand-in.js';
import { guardSockets } from './loopback-sockets.js';

/**
 * MESSAGE_CREATE and INTERACTION_CREATE shaped like Discord's real ones (gateway docs, discord.js and
 * bot issue threads): <@!id> and managed-role mentions, code-fenced pastes, replies, threads the bot
 * has not seen created, system messages, and a slash command in a DM (user instead of member).
 */
const PLAIN = `Your message wasn't delivered to mia@example.net because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <mia@example.net>: Recipient address rejected: User unknown in virtual mailbox table`;

type Embed = { title?: string; description?: string };
const embedsOf = (c: RestCall) => (c.body?.embeds ?? []) as Embed[];

let discord: DiscordStandIn;
let bot: DiscordBot;
let sockets: ReturnType<typeof guardSockets>;
let plainTitle: string;

beforeAll(async () => {
  sockets = guardSockets();
  discord = await DiscordStandIn.start();
  bot = createDiscordBot({
    token: TOKEN,
    apiUrl: discord.apiUrl,
    rest: { cdn: `http://127.0.0.1:${discord.port}/cdn`, retries: 0 },
    context: { offline: true },
    logger: createLogger({ level: 'warn', pretty: false, destination: new PassThrough() }),
    editIntervalMs: 0,
  });
  await bot.start();
  // The same bounce, pasted plainly in a DM: the answer every other form must match.
  discord.dispatch('MESSAGE_CREATE', userMessage(PLAIN, 'dm', false));
  const answer = await discord.waitForCall(
    (c) => c.method === 'POST' && c.path === `/channels/${IDS.dm}/messages`,
  );
  plainTitle = embedsOf(answer)[0]?.title as string;
});

afterAll(async () => {
  await bot?.stop();
  await discord?.close();
  sockets?.restore();
});

/** The thread started from `messageId` and the first message posted in it. */
async function threadAnswer(messageId: string) {
  const thread = await discord.waitForCall(
    (c) => c.path === `/channels/${IDS.channel}/messages/${messageId}/threads`,
  );
  const threadId = thread.response?.id as string;
  return discord.waitForCall((c) => c.method === 'POST' && c.path === `/channels/${threadId}/messages`);
}

describe('Discord: real message shapes', () => {
  it('the plain paste is diagnosed (the reference answer)', () => {
    expect(plainTitle).toMatch(/mia@example\.net|does not exist/);
  });

  it('a <@!id> mention with the bounce in a ```txt fence diagnoses like the plain text', async () => {
    const message = userMessage(
      `<@!${IDS.bot}> bounce from Mia's server:\n\`\`\`txt\n${PLAIN}\n\`\`\``,
      'channel',
      true,
    );
    discord.dispatch('MESSAGE_CREATE', message);
    const answer = await threadAnswer(message.id);
    expect(embedsOf(answer)[0]?.title).toBe(plainTitle);
  });

  it("a mention of the bot's managed role (what the mention picker often gives) is a mention", async () => {
    const message = userMessage(`<@&${IDS.botRole}> ${PLAIN}`, 'channel', false);
    Object.assign(message, { mention_roles: [IDS.botRole] });
    discord.dispatch('MESSAGE_CREATE', message);
    const answer = await threadAnswer(message.id);
    expect(embedsOf(answer)[0]?.title).toBe(plainTitle);
    expect(JSON.stringify(answer.body)).not.toContain(IDS.botRole);
  });

  it('a reply (type 19, message_reference) that mentions the bot is answered in a thread from the reply', async () => {
    const original = userMessage('mail to Mia keeps bouncing', 'channel', false);
    const reply = userMessage(`<@${IDS.bot}>\n${PLAIN}`, 'channel', true);
    Object.assign(reply, {
      type: 19,
      message_reference: { type: 0, message_id: original.id, channel_id: IDS.channel, guild_id: IDS.guild },
      referenced_message: original,
      mentions: [{ ...HUMAN }, { id: IDS.bot, username: 'mailmedic', discriminator: '0', bot: true }],
    });
    discord.dispatch('MESSAGE_CREATE', reply);
    const answer = await threadAnswer(reply.id);
    expect(embedsOf(answer)[0]?.title).toBe(plainTitle);
  });

  it('a mention in a thread created while the bot was away (uncached, type 11) is answered in that thread', async () => {
    const threadId = snowflake();
    const message = userMessage(`<@${IDS.bot}> ${PLAIN}`, 'thread', true);
    Object.assign(message, { channel_id: threadId, channel_type: 11 });
    discord.dispatch('MESSAGE_CREATE', message);
    const answer = await discord.waitForCall(
      (c) => c.method === 'POST' && c.path === `/channels/${threadId}/messages`,
    );
    expect(embedsOf(answer)[0]?.title).toBe(plainTitle);
    expect(discord.calls.some((c) => c.path.includes(`/messages/${message.id}/threads`))).toBe(false);
  });

  it('team role mentions, system messages, webhooks and other bots stay unanswered', async () => {
    const before = discord.calls.length;
    const team = userMessage(`<@&${IDS.teamRole}> ${PLAIN}`, 'channel', false);
    Object.assign(team, { mention_roles: [IDS.teamRole] });
    const join = userMessage('', 'channel', false);
    Object.assign(join, { type: 7 });
    const webhook = userMessage(`<@${IDS.bot}> ${PLAIN}`, 'channel', true);
    Object.assign(webhook, {
      webhook_id: snowflake(),
      author: { id: snowflake(), username: 'Postfix alerts', discriminator: '0000', avatar: null, bot: true },
    });
    const otherBot = userMessage(`<@${IDS.bot}> ${PLAIN}`, 'channel', true);
    Object.assign(otherBot, {
      author: { id: snowflake(), username: 'otherbot', discriminator: '0', avatar: null, bot: true },
    });
    for (const m of [team, join, webhook, otherBot]) discord.dispatch('MESSAGE_CREATE', m);
    // Gateway events are handled in order: once the next one is answered, the ones before were seen.
    discord.dispatch('MESSAGE_CREATE', userMessage(`<@${IDS.bot}> help`, 'thread', true));
    await discord.waitForCall((c) => discord.calls.indexOf(c) >= before && c.method === 'POST');
    expect(discord.calls.slice(before).filter((c) => c.method === 'POST')).toHaveLength(1);
  });
});

describe('Discord: a slash command in a DM', () => {
  it('has user instead of member and no guild_id: deferred, then answered like the plain text', async () => {
    const interaction: Record<string, unknown> = slashCommand('bounce', { text: `\`\`\`\n${PLAIN}\n\`\`\`` });
    delete interaction.member;
    delete interaction.guild_id;
    delete interaction.guild_locale;
    Object.assign(interaction, {
      user: HUMAN,
      channel_id: IDS.dm,
      channel: { id: IDS.dm, type: 1, last_message_id: null, flags: 0, recipients: [HUMAN] },
      context: 1,
      authorizing_integration_owners: { '0': IDS.guild, '1': IDS.user },
      locale: 'de',
    });
    discord.dispatch('INTERACTION_CREATE', interaction);
    const token = interaction.token as string;
    const defer = await discord.waitForCall((c) =>
      c.path.includes(`/interactions/${interaction.id}/${token}/callback`),
    );
    expect(defer.body?.type).toBe(5);
    const final = await discord.waitForCall((c) => c.path.includes(`/${token}`) && c.method === 'PATCH');
    expect(embedsOf(final)[0]?.title).toBe(plainTitle);
  });
});
