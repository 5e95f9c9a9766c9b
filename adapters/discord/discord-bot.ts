import { once } from 'node:events';
import {
  Client,
  type ClientOptions,
  Events,
  GatewayIntentBits,
  type Message,
  Partials,
  RESTEvents,
} from 'discord.js';
import type { MessageContext } from '../../src/commands/index.js';
import type { Logger } from '../../src/logger.js';
import { answerInteraction, answerMessageCommand } from './answer-interaction.js';
import { answerMessage } from './answer-message.js';
import { loggableError } from './loggable-error.js';
import { type AttachmentPolicy, attachmentPolicy } from './read-attachment.js';
import { type AnswerDeps, DEFAULT_EDIT_INTERVAL_MS, DEFAULT_GIVE_UP_MS } from './run-answer.js';

export interface DiscordBotOptions {
  token: string;
  /** REST base URL including "/api" (a proxy, or a stand-in in tests); default Discord's. */
  apiUrl?: string | null;
  /** Extra REST options, e.g. a loopback `cdn` in tests. */
  rest?: ClientOptions['rest'];
  context: Omit<MessageContext, 'requester'>;
  logger: Logger;
  /** The privileged Message Content intent is enabled for this bot in the developer portal. */
  messageContent?: boolean;
  bounceChannels?: readonly string[];
  giveUpMs?: number;
  editIntervalMs?: number;
  /** Where attachments may be downloaded from; default Discord's CDN (plus the DISCORD_API_URL host). */
  attachments?: AttachmentPolicy;
}

export interface DiscordBot {
  client: Client;
  /** Logs in and resolves when the gateway is ready. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** The intents the bot needs; Message Content only when the admin enabled it (it is privileged). */
function intentsFor(messageContent: boolean): GatewayIntentBits[] {
  const base = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages];
  return messageContent ? [...base, GatewayIntentBits.MessageContent] : base;
}

/** A REST base from DISCORD_API_URL: @discordjs/rest appends "/v10/…" itself. */
export function restBase(apiUrl: string): string {
  return apiUrl.replace(/\/+$/, '');
}

/**
 * The Discord adapter: slash commands, mentions and DMs through the core. Works unchanged under a
 * ShardingManager (discord.js reads the shard ids from the environment the manager sets).
 */
export function createDiscordBot(options: DiscordBotOptions): DiscordBot {
  const { logger } = options;
  const client = new Client({
    intents: intentsFor(options.messageContent ?? false),
    // DM channels are not cached before their first message: without this, DMs never arrive.
    partials: [Partials.Channel],
    allowedMentions: { parse: [], repliedUser: false },
    rest: {
      ...(options.apiUrl ? { api: restBase(options.apiUrl) } : {}),
      timeout: 15_000,
      ...options.rest,
    },
  });
  const deps: AnswerDeps = {
    context: options.context,
    logger,
    giveUpMs: options.giveUpMs ?? DEFAULT_GIVE_UP_MS,
    editIntervalMs: options.editIntervalMs ?? DEFAULT_EDIT_INTERVAL_MS,
    attachments: options.attachments ?? attachmentPolicy(options.apiUrl),
  };
  const bounceChannels = new Set(options.bounceChannels ?? []);
  if (bounceChannels.size > 0 && !options.messageContent) {
    logger.warn('bounce channels are set but Message Content is off: only mentions will be answered there');
  }

  client.on(Events.InteractionCreate, (interaction) => {
    if (interaction.isMessageContextMenuCommand()) {
      answerMessageCommand(interaction, deps).catch((err: unknown) =>
        logger.error(
          { err: loggableError(err), command: interaction.commandName },
          'could not answer a Discord message command',
        ),
      );
      return;
    }
    if (!interaction.isChatInputCommand()) return;
    answerInteraction(interaction, deps).catch((err: unknown) =>
      logger.error(
        { err: loggableError(err), command: interaction.commandName },
        'could not answer a Discord command',
      ),
    );
  });
  client.on(Events.MessageCreate, (message: Message) => {
    const botId = client.user?.id;
    if (!botId) return;
    answerMessage(message, deps, {
      botId,
      bounceChannels,
      messageContent: options.messageContent ?? false,
    }).catch((err: unknown) =>
      logger.error(
        { err: loggableError(err), channel: message.channelId },
        'could not answer a Discord message',
      ),
    );
  });
  watch(client, logger);

  return {
    client,
    async start() {
      const ready = once(client, Events.ClientReady);
      // A failed login leaves this waiting; its rejection (on an 'error' event) is the login's to report.
      ready.catch(() => undefined);
      await client.login(options.token);
      await ready;
      logger.info(
        {
          user: client.user?.tag,
          guilds: client.guilds.cache.size,
          shards: client.ws.shards.map((s) => s.id),
        },
        'Discord connected',
      );
    },
    async stop() {
      await client.destroy();
    },
  };
}

/** Logs what the gateway and REST layers go through; discord.js reconnects and resumes on its own. */
function watch(client: Client, logger: Logger): void {
  client.on(Events.Error, (err) => logger.error({ err: loggableError(err) }, 'Discord client error'));
  client.on(Events.Warn, (message) => logger.warn({ message }, 'Discord warning'));
  client.on(Events.ShardError, (err, shard) =>
    logger.warn({ err: loggableError(err), shard }, 'Discord gateway error'),
  );
  client.on(Events.ShardDisconnect, (event, shard) =>
    logger.error(
      { code: event.code, shard },
      'Discord gateway closed for good (check the token and intents)',
    ),
  );
  client.on(Events.ShardReconnecting, (shard) => logger.info({ shard }, 'Discord gateway reconnecting'));
  client.on(Events.ShardResume, (shard, replayed) =>
    logger.info({ shard, replayed }, 'Discord gateway resumed'),
  );
  client.on(Events.ShardReady, (shard) => logger.debug({ shard }, 'Discord shard ready'));
  client.rest.on(RESTEvents.RateLimited, (info) =>
    logger.warn(
      { route: info.route, retryAfter: info.retryAfter, global: info.global },
      'Discord rate limit hit',
    ),
  );
}
