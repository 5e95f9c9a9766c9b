import type { Logger } from 'pino';
import type { TextParts } from './message-text.js';
import { type SlackClient, slackErrorCode } from './slack-client.js';

type ThreadMessage = TextParts & { ts?: string; bot_id?: string };

// Enough to see whether the bot already answered; Slack caps non-Marketplace apps at 15 a call.
const LOOK_AT = 15;
// Those apps may also make one call a minute: the WebClient would wait out a rate limit, the user not.
const WAIT_MS = 3000;

/**
 * The message a thread hangs from (conversations.replies, under the history scopes the bot already
 * has), or null: when it cannot be read (a group DM, no access, a rate limit), when it is the bot's own
 * post, or when the bot already answered in the thread, where "thanks" is talk, not a new request.
 */
export async function threadParent(
  client: SlackClient,
  where: { channel: string; threadTs: string },
  botUserId: string | undefined,
  logger: Logger,
): Promise<TextParts | null> {
  const isBot = (m: ThreadMessage) => Boolean(m.bot_id) || (botUserId !== undefined && m.user === botUserId);
  try {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const res = await Promise.race([
      client.conversations.replies({
        channel: where.channel,
        ts: where.threadTs,
        limit: LOOK_AT,
        inclusive: true,
      }),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${WAIT_MS} ms`)), WAIT_MS);
      }),
    ]).finally(() => clearTimeout(timer));
    const [parent, ...replies] = (res.messages ?? []) as ThreadMessage[];
    if (!parent || parent.ts !== where.threadTs || isBot(parent)) return null;
    return replies.some(isBot) ? null : parent;
  } catch (err) {
    logger.warn(
      { code: slackErrorCode(err) ?? (err as Error).message, channel: where.channel },
      'could not read the thread parent',
    );
    return null;
  }
}
