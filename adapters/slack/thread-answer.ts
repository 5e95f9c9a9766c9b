import type { Logger } from 'pino';
import type { Progress, Report, ZoneResult } from '../../src/report/types.js';
import { ProgressReply } from './progress-reply.js';
import { renderBlocks, type SlackMessage } from './render-blocks.js';
import type { SlackClient } from './slack-client.js';
import type { UpdatePacer } from './update-pacer.js';

export interface ThreadDeps {
  client: SlackClient;
  logger: Logger;
  pacer: UpdatePacer;
}

export interface Where {
  channel: string;
  /** The thread to answer in: the parent message's ts. */
  threadTs: string;
}

export interface ProgressHooks {
  onProgress?: (p: Progress) => void;
  onZoneResult?: (z: ZoneResult) => void;
}

/**
 * Answers in a thread. With `progress`, a "checking…" reply is posted first, edited as checks report,
 * then replaced by the answer; without, the answer is posted once. Files follow in the same thread.
 */
export async function answerInThread(
  deps: ThreadDeps,
  where: Where,
  title: string,
  progress: boolean,
  run: (hooks: ProgressHooks) => Promise<Report>,
): Promise<Report> {
  const reply = progress
    ? await ProgressReply.post(deps.client, where, title, deps.pacer, deps.logger)
    : null;
  const report = await run(reply ? { onProgress: reply.onProgress, onZoneResult: reply.onZoneResult } : {});
  const message = renderBlocks(report);
  try {
    if (reply) await reply.finish(message);
    else await postInThread(deps.client, where, message);
  } catch (err) {
    // Slack refused the answer (a limit we missed, a rate limit): say so rather than leave "Checking…".
    deps.logger.error({ err, channel: where.channel }, 'the answer was refused');
    const fallback: SlackMessage = {
      text: `${message.text}\n:warning: The full answer could not be shown here; please try again.`,
      blocks: [],
      files: message.files,
    };
    if (reply) await reply.finish(fallback);
    else await postInThread(deps.client, where, fallback);
  }
  await uploadFiles(deps, where, message);
  return report;
}

export async function postInThread(client: SlackClient, where: Where, message: SlackMessage): Promise<void> {
  await client.chat.postMessage({
    channel: where.channel,
    thread_ts: where.threadTs,
    text: message.text,
    ...(message.blocks.length > 0 ? { blocks: message.blocks } : {}),
    unfurl_links: false,
  });
}

/** Transcripts and overflow as files in the thread (files.uploadV2: get URL, upload, complete). */
export async function uploadFiles(deps: ThreadDeps, where: Where, message: SlackMessage): Promise<void> {
  if (message.files.length === 0) return;
  try {
    await deps.client.files.uploadV2({
      channel_id: where.channel,
      thread_ts: where.threadTs,
      file_uploads: message.files.map((f) => ({ filename: f.name, title: f.name, content: f.content })),
    });
  } catch (err) {
    deps.logger.warn({ err, channel: where.channel }, 'file upload failed');
    await deps.client.chat
      .postMessage({
        channel: where.channel,
        thread_ts: where.threadTs,
        text: `:warning: The attachment (${message.files.map((f) => f.name).join(', ')}) could not be uploaded; the answer above is shortened.`,
      })
      .catch(() => {});
  }
}
