import type { App, MessageShortcut, RespondFn } from '@slack/bolt';
import { unreadableFileReport } from '../../src/commands/reports.js';
import type { Requester } from '../../src/limits/rate-limiter.js';
import { MESSAGE_SHORTCUTS } from './app-features.js';
import type { ListenerDeps } from './listener-deps.js';
import { messageText, type TextParts } from './message-text.js';
import { renderBlocks, type SlackMessage } from './render-blocks.js';
import { parseSafely, runSafely } from './run-support.js';
import { type SlackClient, slackErrorCode } from './slack-client.js';
import { CANNOT_POST } from './slash-commands.js';
import { postInThread, uploadFiles, type Where } from './thread-answer.js';

/**
 * "Diagnose with mailmedic" from a message's menu: the message (its text, shared messages and files) is
 * read as a pasted bounce, whatever it looks like, and answered in its thread; where the bot is not a
 * member, to the one who asked alone. Someone else's message is never run as a command for them.
 */
export function registerMessageShortcuts(app: App, deps: ListenerDeps): void {
  for (const spec of MESSAGE_SHORTCUTS) {
    app.shortcut<MessageShortcut>(
      { type: 'message_action', callback_id: spec.callbackId },
      async ({ shortcut, ack, respond, client, context }) => {
        await ack();
        try {
          await onShortcut(shortcut, respond, client, context.botUserId, deps);
        } catch (err) {
          deps.logger.error({ err, shortcut: spec.callbackId }, 'a message shortcut failed');
          await respond({
            response_type: 'ephemeral',
            text: ':x: Something went wrong; please try again.',
          }).catch(() => {});
        }
      },
    );
  }
}

async function onShortcut(
  shortcut: MessageShortcut,
  respond: RespondFn,
  client: SlackClient,
  botUserId: string | undefined,
  deps: ListenerDeps,
): Promise<void> {
  const msg = shortcut.message as MessageShortcut['message'] & TextParts & { thread_ts?: string };
  const read = await messageText(msg, botUserId, client, deps);
  if (!read.ok) {
    await respond(
      ephemeral(renderBlocks(unreadableFileReport(read.problems, 'shared file', 'share it again'))),
    );
    return;
  }
  if (read.text.trim() === '') {
    await respond({
      response_type: 'ephemeral',
      text: 'That message has no text to diagnose: use the shortcut on the message that holds the bounce.',
    });
    return;
  }
  const req = parseSafely(`/bounce ${read.text}`, deps.logger);
  const requester: Requester = { platform: 'slack', user: shortcut.user.id, channel: shortcut.channel.id };
  await respond({
    response_type: 'ephemeral',
    text: ':hourglass_flowing_sand: Diagnosing that message… the answer will be in its thread.',
  });
  const report = await runSafely(deps.run, req, { ...deps.context, requester }, deps.logger);
  const message = renderBlocks(report);
  if (report.kind === 'refused') {
    await respond(ephemeral(message));
    return;
  }
  const where: Where = { channel: shortcut.channel.id, threadTs: msg.thread_ts ?? msg.ts };
  try {
    await postInThread(client, where, message);
  } catch (err) {
    if (!CANNOT_POST.has(slackErrorCode(err) ?? '')) throw err;
    // Not a member here: the answer goes to the asker alone, through the shortcut's response_url.
    message.blocks.push({
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: 'Only you can see this: invite me to the channel (`/invite @mailmedic`) to get answers in its thread.',
        },
      ],
    });
    await respond(ephemeral(message));
    return;
  }
  await uploadFiles({ client, logger: deps.logger, pacer: deps.pacer }, where, message);
}

function ephemeral(message: SlackMessage) {
  return { response_type: 'ephemeral' as const, text: message.text, blocks: message.blocks };
}
