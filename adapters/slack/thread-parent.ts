import type { Logger } from 'pino';
import type { TextParts } from './message-text.js';
import { type SlackClient, slackErrorCode } from './slack-client.js';

/**
 * The message a thread hangs from (conversations.replies, under the history scopes the bot already
 * has), or null: when it cannot be read (a group DM, no access) or it is the bot's own post, whose
 * text is an answer, not something to diagnose.
 */
export async function threadParent(
  client: SlackClient,
  where: { channel: string; threadTs: string },
  botUserId: string | undefined,
  logger: Logger,
): Promise<TextParts | null> {
  try {
    const res = await client.conversations.replies({
      channel: where.channel,
      ts: where.threadTs,
      limit: 1,
      inclusive: true,
    });
    const parent = res.messages?.[0] as (TextParts & { ts?: string; bot_id?: string }) | undefined;
    if (!parent || parent.ts !== where.threadTs) return null;
    if (parent.bot_id || (botUserId !== undefined && parent.user === botUserId)) return null;
    return parent;
  } catch (err) {
    logger.warn({ code: slackErrorCode(err), channel: where.channel }, 'could not read the thread parent');
    return null;
  }
}
