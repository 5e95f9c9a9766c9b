import type { App, RespondFn, SlashCommand as SlackSlashCommand } from '@slack/bolt';
import { isLiveRequest, type Request } from '../../src/commands/request.js';
import type { Requester } from '../../src/limits/rate-limiter.js';
import { SLASH_COMMANDS, type SlashCommand } from './app-features.js';
import type { ListenerDeps } from './listener-deps.js';
import { escapeMrkdwn, fromSlackText } from './mrkdwn.js';
import { renderBlocks, type SlackMessage } from './render-blocks.js';
import { parseSafely, runSafely, startRelayed, titleOf } from './run-support.js';
import { type SlackClient, slackErrorCode } from './slack-client.js';
import { answerInThread } from './thread-answer.js';

// The bot cannot post in this conversation (not a member, or someone else's DM).
export const CANNOT_POST = new Set([
  'not_in_channel',
  'channel_not_found',
  'is_archived',
  'restricted_action',
]);

export function registerSlashCommands(app: App, deps: ListenerDeps): void {
  for (const spec of SLASH_COMMANDS) {
    app.command(spec.command, async ({ command, ack, respond, client }) => {
      let acked = false;
      const ackOnce = async (body: object) => {
        acked = true;
        await ack(body);
      };
      try {
        await onSlashCommand(spec, command, ackOnce, respond, client, deps);
      } catch (err) {
        deps.logger.error({ err, command: spec.command }, 'a slash command failed');
        const sorry = {
          response_type: 'ephemeral' as const,
          text: ':x: Something went wrong; please try again.',
        };
        // Unacked, Slack would show its own timeout error: the ack carries the apology instead.
        await (acked ? respond(sorry) : ack(sorry)).catch(() => {});
      }
    });
  }
}

/** What the user typed, as one line of the core's command language. */
function requestText(spec: SlashCommand, text: string): string {
  const args = fromSlackText(text).trim();
  if (spec.runs === null) return args === '' ? 'help' : args;
  return `${spec.command} ${args}`;
}

function ephemeral(message: SlackMessage) {
  return { response_type: 'ephemeral' as const, text: message.text, blocks: message.blocks };
}

async function onSlashCommand(
  spec: SlashCommand,
  command: SlackSlashCommand,
  ack: (body: object) => Promise<void>,
  respond: RespondFn,
  client: SlackClient,
  deps: ListenerDeps,
): Promise<void> {
  const req = parseSafely(requestText(spec, command.text ?? ''), deps.logger);
  const requester: Requester = { platform: 'slack', user: command.user_id, channel: command.channel_id };
  if (req.kind !== 'bounce' && !isLiveRequest(req)) {
    // help, usage problems, unknown words: answered privately in the ack itself.
    const report = await runSafely(deps.run, req, { ...deps.context, requester }, deps.logger);
    await ack(ephemeral(renderBlocks(report)));
    return;
  }
  const title = titleOf(req);
  await ack({
    response_type: 'ephemeral',
    text: `:hourglass_flowing_sand: Checking ${escapeMrkdwn(title)}… the answer will be in a thread.`,
  });
  // Let the acks of requests already waiting go out before this one's work starts.
  await new Promise((resolve) => setImmediate(resolve));
  await runInThread(req, title, command, requester, respond, client, deps);
}

async function runInThread(
  req: Request,
  title: string,
  command: SlackSlashCommand,
  requester: Requester,
  respond: RespondFn,
  client: SlackClient,
  deps: ListenerDeps,
): Promise<void> {
  const { running, early, attach } = await startRelayed(req, requester, deps);
  if (early?.kind === 'refused') {
    await respond(ephemeral(renderBlocks(early)));
    return;
  }
  let parentTs: string;
  try {
    const parent = await client.chat.postMessage({
      channel: command.channel_id,
      text: `${escapeMrkdwn(title)} — asked by <@${command.user_id}>`,
    });
    parentTs = String(parent.ts);
  } catch (err) {
    if (!CANNOT_POST.has(slackErrorCode(err) ?? '')) throw err;
    // Not a member here: the answer goes to the asker alone, through the command's response_url.
    const report = await running;
    const message = renderBlocks(report);
    message.blocks.push({
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text:
            'Only you can see this: invite me to the channel (`/invite @mailmedic`) to get answers in a thread' +
            (message.files.length > 0 ? ' and the attached files.' : '.'),
        },
      ],
    });
    await respond(ephemeral(message));
    return;
  }
  await answerInThread(
    { client, logger: deps.logger, pacer: deps.pacer },
    { channel: command.channel_id, threadTs: parentTs },
    title,
    early === null,
    attach,
  );
}
