import {
  ChannelType,
  type Message,
  type MessageCreateOptions,
  type MessageEditOptions,
  ThreadAutoArchiveDuration,
} from 'discord.js';
import { isLiveRequest, parseCommand } from '../../src/commands/index.js';
import { usageReport } from '../../src/commands/reports.js';
import { withContext } from '../../src/commands/with-context.js';
import { notTextProblem, withFiles } from '../../src/commands/with-files.js';
import type { Report } from '../../src/report/types.js';
import { clip, LIMITS } from './discord-limits.js';
import { loggableError } from './loggable-error.js';
import { messageParts, repliedToText } from './message-parts.js';
import { ProgressView } from './progress-view.js';
import { readAttachment } from './read-attachment.js';
import { type DiscordAnswer, renderReport } from './render-embeds.js';
import {
  type AnswerDeps,
  deliverOrShort,
  messagePayload,
  newEditor,
  runWithProgress,
  unreadableReport,
} from './run-answer.js';

/** Why a message is for the bot: it mentions the bot, it is a DM, or it sits in a listed bounce channel. */
export type Addressed = 'mention' | 'dm' | 'bounce-channel';

export interface MessageRouting {
  botId: string;
  /** Channels (and their threads) where bounces pasted without a mention are answered; needs Message Content. */
  bounceChannels: ReadonlySet<string>;
  /** The privileged Message Content intent is on: the bot sees messages that do not mention it. */
  messageContent?: boolean;
}

interface Place {
  send(payload: MessageCreateOptions): Promise<{ edit(payload: MessageEditOptions): Promise<unknown> }>;
}

/**
 * The bot's mention: <@id>, <@!id>, or <@&role> of its managed role, which Discord's mention picker
 * often offers first under the bot's name (the message then lists no user mention at all).
 */
function mentionPattern(message: Message, botId: string): RegExp {
  const roleId = message.inGuild() ? message.guild.roles.botRoleFor(botId)?.id : undefined;
  return new RegExp(`<@!?${botId}>${roleId ? `|<@&${roleId}>` : ''}`, 'g');
}

export function addressed(message: Message, routing: MessageRouting): Addressed | null {
  if (message.author.bot || message.system) return null;
  if (!message.inGuild()) return 'dm';
  // The content, not the mentions list: a reply to the bot's answer lists the bot there too ("reply ping").
  if (mentionPattern(message, routing.botId).test(message.content)) return 'mention';
  const channel = message.channel;
  const parent = channel.isThread() ? channel.parentId : null;
  if (routing.bounceChannels.has(channel.id) || (parent !== null && routing.bounceChannels.has(parent))) {
    return 'bounce-channel';
  }
  return null;
}

/**
 * A mention or DM ("@mailmedic mx example.com", "@mailmedic" + a pasted bounce) answered in a thread
 * started from the message, or in the thread or DM it was posted in. In a bounce channel only what the
 * core reads as a bounce with a failed recipient gets an answer, so chat there stays undisturbed.
 */
export async function answerMessage(
  message: Message,
  deps: AnswerDeps,
  routing: MessageRouting,
): Promise<void> {
  const why = addressed(message, routing);
  if (why === null) return;
  const { typed, files, others } = messageParts(message, mentionPattern(message, routing.botId));
  const requester = { platform: 'discord', user: message.author.id, channel: message.channelId };
  const label = clip(firstLine(typed) || files[0]?.name || 'your message', LIMITS.title);
  if (why === 'bounce-channel') {
    if (files.length === 0 && parseCommand(typed).kind !== 'bounce') return;
    const read = await withFiles(typed, files, (f) => readAttachment(f, deps.attachments));
    if (!read.ok) return;
    const text = read.text;
    const report = await runWithProgress(text, requester, label, null, deps);
    if (report.kind !== 'bounce' || report.records.length === 0) return;
    const place = await placeFor(message, label, deps);
    await place.send(messagePayload(renderReport(report)));
    return;
  }
  if (typed === '' && files.length === 0 && others.length > 0) {
    // Only files that are not text (a .msg, a screenshot): say so rather than "the message is empty".
    const problems = others.map((a) => notTextProblem(a.name, a.contentType));
    await sendOrShort(await placeFor(message, label, deps), unreadableReport(problems), deps);
    return;
  }
  const read = await withFiles(typed, files, (f) => readAttachment(f, deps.attachments));
  if (!read.ok) {
    await sendOrShort(await placeFor(message, label, deps), unreadableReport(read.problems), deps);
    return;
  }
  // A reply holding no bounce of its own ("@mailmedic what is this?") is about the message it answers.
  const text = await withContext(read.text, () => repliedToText(message, routing.botId, deps.attachments));
  // The thread is named after what is answered: the replied-to bounce rather than "your message".
  const place = await placeFor(
    message,
    typed === '' && files.length === 0 ? clip(firstLine(text) || label, LIMITS.title) : label,
    deps,
  );
  const repliedToOther = message.reference !== null && message.mentions.repliedUser?.id !== routing.botId;
  if (text.trim() === '' && repliedToOther && message.inGuild() && !routing.messageContent) {
    // Without the intent Discord blanks the message replied to: say so, not "the message is empty".
    await sendOrShort(place, unseenReplyReport(), deps);
    return;
  }
  const request = parseCommand(text);
  if (!isLiveRequest(request)) {
    // Bounces and help need no network: one message, no progress.
    const report = await runWithProgress(text, requester, label, null, deps);
    await sendOrShort(place, report, deps);
    return;
  }
  const progress = await place.send(messagePayload(new ProgressView(label).render()));
  const editor = newEditor((answer) => progress.edit(messagePayload(answer)), deps);
  const report = await runWithProgress(text, requester, label, editor, deps);
  await deliverOrShort(
    report,
    (answer) => editor.finish(answer),
    (answer) => progress.edit(messagePayload(answer)),
    deps,
  );
}

function unseenReplyReport(): Report {
  return usageReport(
    'bounce',
    [
      'The message you replied to cannot be seen here: Discord shows a bot only the messages that mention it (the Message Content intent is off).',
      'Paste the bounce after the mention, or forward the message to mailmedic in a DM.',
    ].join('\n'),
  );
}

async function sendOrShort(place: Place, report: Report, deps: AnswerDeps) {
  const send = (answer: DiscordAnswer) => place.send(messagePayload(answer));
  await deliverOrShort(report, send, send, deps);
}

/** The thread to answer in: the one the message is in, or a new one started from it; else a reply. */
async function placeFor(message: Message, label: string, deps: AnswerDeps): Promise<Place> {
  const channel = message.channel;
  if (!channel.isSendable()) throw new Error(`cannot send messages in channel ${channel.id}`);
  if (!message.inGuild()) return { send: (p) => channel.send(p) };
  if (channel.isThread()) return { send: (p) => channel.send(p) };
  if (channel.type === ChannelType.GuildText || channel.type === ChannelType.GuildAnnouncement) {
    try {
      const thread = await message.startThread({
        name: clip(`mailmedic: ${label}`, LIMITS.threadName),
        autoArchiveDuration: ThreadAutoArchiveDuration.OneDay,
      });
      return { send: (p) => thread.send(p) };
    } catch (err) {
      deps.logger.warn(
        { err: loggableError(err), channel: channel.id },
        'could not start a thread; replying in the channel',
      );
    }
  }
  return { send: (p) => message.reply(p) };
}

/** The first line of text, without the chat markup around pastes: ``` fences, "> " and ">>> " quotes. */
function firstLine(text: string): string {
  for (const line of text.split('\n')) {
    const bare = line
      .replace(/^\s*>(?:>>)?\s?/, '')
      .replace(/^\s*```[\w.+-]*/, '')
      .replace(/```\s*$/, '')
      .trim();
    if (bare !== '') return bare;
  }
  return '';
}
