import { notTextProblem, withFiles } from '../../src/commands/with-files.js';
import { withoutBotMention } from './bot-mention.js';
import type { ListenerDeps } from './listener-deps.js';
import { fromSlackText } from './mrkdwn.js';
import { MAX_FILES, readSlackFile, type SlackFile, textFilesOf } from './read-files.js';
import { richTextOf, type SlackBlock } from './rich-text.js';
import { type SlackClient, slackErrorCode } from './slack-client.js';

/** A legacy attachment; a shared or forwarded message comes as one with is_share / is_msg_unfurl. */
export interface SlackAttachment {
  is_share?: boolean;
  is_msg_unfurl?: boolean;
  text?: string;
}

/** The parts of a message (an event, or a thread parent from conversations.replies) that hold text. */
export interface TextParts {
  user?: string;
  text?: string;
  files?: SlackFile[];
  attachments?: SlackAttachment[];
  /** rich_text blocks: read when the top-level text is empty (some clients send blocks alone). */
  blocks?: SlackBlock[];
}

export type MessageText = { ok: true; text: string } | { ok: false; problems: string[] };

/**
 * Everything a person put in a message, as plain text: what they typed (bot mentions left out), the
 * messages they shared or forwarded with it, and their text files. Slack-encoded parts are decoded;
 * file content is raw.
 */
export async function messageText(
  msg: TextParts,
  botUserId: string | undefined,
  client: SlackClient,
  deps: Pick<ListenerDeps, 'files' | 'logger'>,
): Promise<MessageText> {
  const own = fromSlackText(withoutBotMention(msg.text ?? '', botUserId));
  // Rich text is raw (no entities, no <links>): it must not go through fromSlackText.
  const words = own.trim() !== '' ? own : richTextOf(msg.blocks, botUserId);
  const typed = [words, ...sharedTexts(msg.attachments).map(fromSlackText)]
    .filter((t) => t.trim() !== '')
    .join('\n\n');
  const shared = await withFileInfo(msg.files, client, deps);
  const files = textFilesOf(shared);
  if (typed.trim() === '' && files.length === 0) {
    // Only files that are not text (a .msg, a screenshot): say so rather than "the message is empty".
    const others = shared.filter((f) => f.name && f.url_private);
    if (others.length > 0) {
      return { ok: false, problems: others.map((f) => notTextProblem(f.name as string, f.mimetype)) };
    }
  }
  return withFiles(typed, files, (f) => readSlackFile(f, deps.files));
}

/**
 * The text of shared and forwarded messages, which Slack sends as attachments (mrkdwn, encoded like
 * message text). Link unfurls are attachments too, but are not the user's words: left out.
 */
function sharedTexts(attachments: readonly SlackAttachment[] | undefined): string[] {
  return (attachments ?? [])
    .filter((a) => (a.is_share === true || a.is_msg_unfurl === true) && typeof a.text === 'string')
    .map((a) => a.text as string);
}

/**
 * Slack Connect events name a file by id alone (file_access "check_file_info"); files.info (the
 * optional files:read scope, like downloads) gives the whole object. Without it, the file stays as it
 * is and read-files says what to do.
 */
async function withFileInfo(
  files: readonly SlackFile[] | undefined,
  client: SlackClient,
  deps: Pick<ListenerDeps, 'logger'>,
): Promise<SlackFile[]> {
  return Promise.all(
    (files ?? []).slice(0, MAX_FILES * 2).map(async (f) => {
      if (f.file_access !== 'check_file_info' || !f.id) return f;
      try {
        const info = await client.files.info({ file: f.id });
        return (info.file as SlackFile | undefined) ?? f;
      } catch (err) {
        const code = slackErrorCode(err);
        // Without the optional files:read scope this fails for every such file: not worth a warning.
        const level = code === 'missing_scope' ? 'debug' : 'warn';
        deps.logger[level]({ code, file: f.id }, 'files.info failed for a shared file');
        return f;
      }
    }),
  );
}

/**
 * Mail sent to a channel's email address: Slack posts it (as Slackbot, or its Email app) as a
 * file_share whose files are emails. It carries a bot_id, but it is mail, not a bot talking, and only
 * Slack's own mail intake makes email files, so no bot can loop with mailmedic through it.
 */
export function isMailedIn(msg: TextParts & { subtype?: string }): boolean {
  const files = msg.files ?? [];
  return msg.subtype === 'file_share' && files.length > 0 && files.every((f) => f.mode === 'email');
}
