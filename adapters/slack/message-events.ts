import type { App } from '@slack/bolt';
import { unreadableFileReport } from '../../src/commands/reports.js';
import { isLiveRequest, type Request } from '../../src/commands/request.js';
import { withContext } from '../../src/commands/with-context.js';
import { asksForAction } from '../../src/diagnose/headline.js';
import type { Requester } from '../../src/limits/rate-limiter.js';
import { botMentionPattern, commandAfterMention } from './bot-mention.js';
import type { ListenerDeps } from './listener-deps.js';
import { isMailedIn, messageText, type SlackAttachment } from './message-text.js';
import { fromSlackText } from './mrkdwn.js';
import type { SlackFile } from './read-files.js';
import { renderBlocks } from './render-blocks.js';
import type { SlackBlock } from './rich-text.js';
import { parseSafely, runSafely, startRelayed, titleOf } from './run-support.js';
import type { SlackClient } from './slack-client.js';
import { answerInThread, postInThread, uploadFiles, type Where } from './thread-answer.js';
import { threadParent } from './thread-parent.js';

/** The fields of a message or app_mention event the bot reads. */
interface ChatMessage {
  channel: string;
  user?: string;
  text?: string;
  ts: string;
  thread_ts?: string;
  channel_type?: string;
  subtype?: string;
  bot_id?: string;
  /** Set when Slack re-delivers an app_mention because its message was edited. */
  edited?: { user?: string; ts?: string };
  /** file_share: a snippet or .eml forwarded instead of pasted. */
  files?: SlackFile[];
  /** A shared or forwarded message (is_share), or link unfurls. */
  attachments?: SlackAttachment[];
  /** rich_text blocks, read when text is empty. */
  blocks?: SlackBlock[];
}

// Message subtypes that are still a person writing; edits, joins, deletions and bot posts are not.
const PERSON_SUBTYPES = new Set(['thread_broadcast', 'file_share']);
// message.channels, message.groups and message.im arrive as channel types channel, group and im.
const SUBSCRIBED_CHANNEL_TYPES = new Set(['channel', 'group', 'im']);

export function registerMessageEvents(app: App, deps: ListenerDeps): void {
  app.event('app_mention', async ({ event, body, context, client }) => {
    await onChatMessage(event as ChatMessage, body.event_id, context.botUserId, true, client, deps);
  });
  app.event('message', async ({ event, body, context, client }) => {
    const msg = event as ChatMessage;
    if (msg.channel_type && !SUBSCRIBED_CHANNEL_TYPES.has(msg.channel_type)) return;
    await onChatMessage(msg, body.event_id, context.botUserId, false, client, deps);
  });
}

async function onChatMessage(
  msg: ChatMessage,
  eventId: string,
  botUserId: string | undefined,
  mentionEvent: boolean,
  client: SlackClient,
  deps: ListenerDeps,
): Promise<void> {
  if (msg.user !== undefined && msg.user === botUserId) return;
  if (!isMailedIn(msg) && (msg.bot_id || !msg.user)) return;
  if (msg.subtype && !PERSON_SUBTYPES.has(msg.subtype)) return;
  // An edit re-sends app_mention with the same ts (minutes or hours later): the original was answered.
  if (msg.edited) return;
  // A retry repeats the event_id; a mention in a channel comes as two events for one message.
  if (!deps.seen.firstTime(`event:${eventId}`, `message:${msg.channel}:${msg.ts}`)) return;
  try {
    await answerMessage(msg, botUserId, mentionEvent, client, deps);
  } catch (err) {
    deps.logger.error({ err, channel: msg.channel }, 'answering a message failed');
  }
}

async function answerMessage(
  msg: ChatMessage,
  botUserId: string | undefined,
  mentionEvent: boolean,
  client: SlackClient,
  deps: ListenerDeps,
): Promise<void> {
  const raw = msg.text ?? '';
  const mentioned = mentionEvent || botMentionPattern(botUserId)?.test(raw) === true;
  const addressed = mentioned || msg.channel_type === 'im';
  const req =
    commandAfterMention(raw, botUserId) ??
    (await pastedRequest(msg, raw, botUserId, addressed, client, deps));
  if (req === null) return;
  // In a channel, only a pasted bounce is answered unasked; commands need a mention.
  if (!addressed && req.kind !== 'bounce') return;
  // Mailed-in messages may come without a user: the rate limits then count them as Slackbot's.
  const user = msg.user ?? 'USLACKBOT';
  const where = threadOf(msg);
  const requester: Requester = { platform: 'slack', user, channel: msg.channel };
  const thread = { client, logger: deps.logger, pacer: deps.pacer };

  if (!addressed) {
    const report = await runSafely(deps.run, req, { ...deps.context, requester }, deps.logger);
    // Ordinary chat stays unanswered: only a real bounce earns a reply nobody asked for, and mail sent
    // into a bounce-mailbox channel only when someone must act (its auto-replies and receipts stay quiet).
    if (report.kind !== 'bounce') return;
    if (isMailedIn(msg) && !asksForAction(report.records)) return;
    const message = renderBlocks(report);
    await postInThread(client, where, message);
    await uploadFiles(thread, where, message);
    return;
  }

  const { early, attach } = await startRelayed(req, requester, deps);
  if (early?.kind === 'refused') {
    const message = renderBlocks(early);
    await client.chat.postEphemeral({
      channel: msg.channel,
      user,
      thread_ts: where.threadTs,
      text: message.text,
      blocks: message.blocks,
    });
    return;
  }
  await answerInThread(thread, where, titleOf(req), isLiveRequest(req) && early === null, attach);
}

/**
 * The whole message, bot mentions left out, with what it shares (files, forwarded messages): a paste,
 * or a command typed alone. An addressed message in a thread that holds no bounce of its own ("@bot
 * what happened here?") is read together with the thread's parent.
 */
async function pastedRequest(
  msg: ChatMessage,
  raw: string,
  botUserId: string | undefined,
  addressed: boolean,
  client: SlackClient,
  deps: ListenerDeps,
): Promise<Request | null> {
  const read = await messageText({ ...msg, text: raw }, botUserId, client, deps);
  if (!read.ok) {
    if (addressed)
      await postInThread(
        client,
        threadOf(msg),
        renderBlocks(unreadableFileReport(read.problems, 'shared file', 'share the file again')),
      );
    return null;
  }
  const where = threadOf(msg);
  const inThread = where.threadTs !== msg.ts;
  const text =
    addressed && inThread
      ? await withContext(read.text, () => parentText(where, botUserId, client, deps))
      : read.text;
  return parseSafely(text, deps.logger);
}

/** The text of the thread's parent, its files included when they can be read. */
async function parentText(
  where: Where,
  botUserId: string | undefined,
  client: SlackClient,
  deps: ListenerDeps,
): Promise<string | null> {
  const parent = await threadParent(client, where, botUserId, deps.logger);
  if (!parent) return null;
  const read = await messageText(parent, botUserId, client, deps);
  // Files that cannot be read leave the parent's own words.
  return read.ok ? read.text : fromSlackText(parent.text ?? '');
}

function threadOf(msg: ChatMessage): Where {
  return { channel: msg.channel, threadTs: msg.thread_ts ?? msg.ts };
}
