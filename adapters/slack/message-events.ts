import type { App } from '@slack/bolt';
import { isLiveRequest } from '../../src/commands/request.js';
import type { RunContext } from '../../src/commands/run-request.js';
import type { Requester } from '../../src/limits/rate-limiter.js';
import type { ListenerDeps } from './listener-deps.js';
import { fromSlackText } from './mrkdwn.js';
import { renderBlocks } from './render-blocks.js';
import { HookRelay, parseSafely, runSafely, settledAtOnce, titleOf } from './run-support.js';
import type { SlackClient } from './slack-client.js';
import { answerInThread, postInThread, uploadFiles } from './thread-answer.js';

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
  if (msg.bot_id || !msg.user || msg.user === botUserId) return;
  if (msg.subtype && !PERSON_SUBTYPES.has(msg.subtype)) return;
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
  const mentioned = mentionEvent || (botUserId !== undefined && raw.includes(`<@${botUserId}`));
  const addressed = mentioned || msg.channel_type === 'im';
  const req = parseSafely(fromSlackText(raw), deps.logger);
  // In a channel, only a pasted bounce is answered unasked; commands need a mention.
  if (!addressed && req.kind !== 'bounce') return;
  const user = msg.user as string;
  const where = { channel: msg.channel, threadTs: msg.thread_ts ?? msg.ts };
  const requester: Requester = { platform: 'slack', user, channel: msg.channel };
  const thread = { client, logger: deps.logger, pacer: deps.pacer };

  if (!addressed) {
    const report = await runSafely(deps.run, req, { ...deps.context, requester }, deps.logger);
    // Ordinary chat stays unanswered: only a real bounce earns a reply nobody asked for.
    if (report.kind !== 'bounce') return;
    const message = renderBlocks(report);
    await postInThread(client, where, message);
    await uploadFiles(thread, where, message);
    return;
  }

  const relay = new HookRelay();
  const ctx: RunContext = {
    ...deps.context,
    requester,
    onProgress: relay.onProgress,
    onZoneResult: relay.onZoneResult,
  };
  const running = runSafely(deps.run, req, ctx, deps.logger);
  const early = await settledAtOnce(running);
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
  await answerInThread(thread, where, titleOf(req), isLiveRequest(req) && early === null, (hooks) => {
    relay.attach(hooks);
    return running;
  });
}
