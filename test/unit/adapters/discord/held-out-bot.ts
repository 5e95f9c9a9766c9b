import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, expect } from 'vitest';
import { createDiscordBot, type DiscordBot } from '../../../../adapters/discord/discord-bot.js';
import { createDnsClient } from '../../../../src/dns/resolver.js';
import { createLogger } from '../../../../src/logger.js';
import { a, mx, startDnsServer, type TestDnsServer } from '../../helpers/dns-server.js';
import { DiscordStandIn, IDS, type RestCall, TOKEN, userMessage } from './discord-stand-in.js';
import { guardSockets } from './loopback-sockets.js';

/**
 * The setup the held-out Discord payload rounds share: the loopback gateway and REST stand-in, a DNS
 * server on loopback for example.com, and a real discord.js Client running the adapter. Before the
 * cases, the bot is sent a plain Postfix notice in a DM; its answer's title is what every other reading
 * of the same notice must give.
 */
export const PLAIN = `This is the mail system at host mail.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<mia@example.net>: host mx.example.net[192.0.2.25] said: 550 5.1.1
    <mia@example.net>: Recipient address rejected: User unknown in virtual
    mailbox table (in reply to RCPT TO command)`;

export type Embed = { title?: string; description?: string; fields?: { name: string; value: string }[] };
export const embedsOf = (c: RestCall) => (c.body?.embeds ?? []) as Embed[];
export const shown = (c: RestCall) => `${String(c.body?.content ?? '')}${JSON.stringify(embedsOf(c))}`;

/** A DM from the person, with extra fields. */
export function dm(content: string, extra: Record<string, unknown> = {}) {
  return Object.assign(userMessage(content, 'dm', false), extra);
}

export interface HeldOutBot {
  discord: DiscordStandIn;
  /** The title of the answer to PLAIN sent as a DM. */
  plainTitle: string;
  /** The next message the bot posts in `channelId` after call number `after`. */
  postedIn(channelId: string, after: number): Promise<RestCall>;
  /**
   * Silence proven by a sentinel: "help" in a DM sent after the events is answered, and is the only
   * POST since `before` (gateway dispatches are handled in order).
   */
  onlySentinelAnswered(before: number): Promise<void>;
}

/** Starts the bot before the file's tests and stops it after; its fields are set once they run. */
export function useHeldOutBot(): HeldOutBot {
  let dns: TestDnsServer | undefined;
  let bot: DiscordBot | undefined;
  let sockets: ReturnType<typeof guardSockets> | undefined;
  const held = {
    postedIn(channelId: string, after: number) {
      const { discord } = held;
      return discord.waitForCall(
        (c) =>
          discord.calls.indexOf(c) >= after &&
          c.method === 'POST' &&
          c.path === `/channels/${channelId}/messages`,
      );
    },
    async onlySentinelAnswered(before: number) {
      held.discord.dispatch('MESSAGE_CREATE', dm('help'));
      await held.postedIn(IDS.dm, before);
      expect(held.discord.calls.slice(before).filter((c) => c.method === 'POST')).toHaveLength(1);
    },
  } as HeldOutBot;

  beforeAll(async () => {
    sockets = guardSockets();
    const discord = await DiscordStandIn.start();
    held.discord = discord;
    dns = await startDnsServer({
      'example.com': [mx(10, 'mx.example.com')],
      'mx.example.com': [a('192.0.2.10')],
    });
    bot = createDiscordBot({
      token: TOKEN,
      apiUrl: discord.apiUrl,
      rest: { cdn: `http://127.0.0.1:${discord.port}/cdn`, retries: 0 },
      context: { offline: true, dns: createDnsClient({ servers: [dns.address], timeoutMs: 2000, tries: 1 }) },
      logger: createLogger({ level: 'warn', pretty: false, destination: new PassThrough() }),
      editIntervalMs: 0,
    });
    await bot.start();
    discord.dispatch('MESSAGE_CREATE', userMessage(PLAIN, 'dm', false));
    const answer = await discord.waitForCall(
      (c) => c.method === 'POST' && c.path === `/channels/${IDS.dm}/messages`,
    );
    held.plainTitle = embedsOf(answer)[0]?.title as string;
  });

  afterAll(async () => {
    await bot?.stop();
    await held.discord?.close();
    await dns?.close();
    sockets?.restore();
  });
  return held;
}
