import type { MessageContext } from '../../src/commands/index.js';
import type { Config } from '../../src/config.js';
import type { Logger } from '../../src/logger.js';
import { createDiscordBot } from './discord-bot.js';

/** A started chat adapter, as the app holds it until a signal stops it. */
export interface RunningAdapter {
  name: string;
  stop(): Promise<void>;
}

/**
 * Starts the Discord bot from the configuration; rejects with an error that says what to fix when
 * Discord refuses the login (bad token, Message Content intent not enabled for the bot).
 */
export async function startDiscord(
  config: Config,
  logger: Logger,
  context: Omit<MessageContext, 'requester'>,
): Promise<RunningAdapter> {
  const { token, apiUrl, messageContent, bounceChannels } = config.discord;
  if (!token) throw new Error('DISCORD_TOKEN is not set');
  const bot = createDiscordBot({
    token: token.reveal(),
    apiUrl,
    context,
    logger: logger.child({ adapter: 'discord' }),
    messageContent,
    bounceChannels,
  });
  try {
    await bot.start();
  } catch (err) {
    await bot.stop().catch(() => undefined);
    throw new Error(`Discord login failed: ${explain(err)}`, { cause: err });
  }
  return { name: 'discord', stop: () => bot.stop() };
}

function explain(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  if (/disallowed intents/i.test(message)) {
    return `${message}: enable the Message Content intent for the bot in the developer portal, or unset DISCORD_MESSAGE_CONTENT`;
  }
  if (/invalid token|401|unauthori[sz]ed/i.test(message)) {
    return `${message}: check DISCORD_TOKEN (Bot page of the application in the developer portal)`;
  }
  return message;
}
