import { type Embed, type Message, MessageReferenceType } from 'discord.js';
import { withFiles } from '../../src/commands/with-files.js';
import { withoutMention } from '../shared/without-mention.js';
import {
  type AttachmentPolicy,
  type AttachmentRef,
  isTextAttachment,
  readAttachment,
} from './read-attachment.js';

// Discord turns a long paste into one "message.txt"; a few files cover a bounce and its original message.
const MAX_FILES = 3;

/** What a person put in a message: their words (bot mentions taken out) and their text files. */
export interface MessageParts {
  typed: string;
  files: AttachmentRef[];
  /** Attachments that are not text (a .msg, a screenshot). */
  others: AttachmentRef[];
}

/**
 * The message's own words and text files; a forward (message_reference type 1) has empty content and
 * carries the forwarded message in message_snapshots, which is read as if pasted.
 */
export function messageParts(message: Message, mention: RegExp): MessageParts {
  const own = withoutMention(message.content, mention);
  const forwarded =
    message.reference?.type === MessageReferenceType.Forward ? message.messageSnapshots.first() : undefined;
  const typed = [own, forwarded?.content ?? '', ...embedTexts(forwarded?.embeds ?? [])]
    .filter((t) => t.trim() !== '')
    .join('\n\n');
  const attachments = [...message.attachments.values(), ...(forwarded?.attachments.values() ?? [])];
  return {
    typed,
    files: attachments.filter(isTextAttachment).slice(0, MAX_FILES),
    others: attachments.filter((a) => !isTextAttachment(a)),
  };
}

/** What a forwarded alert says: its rich embeds (a monitoring bot's bounce notice), not link previews. */
function embedTexts(embeds: readonly Embed[]): string[] {
  return embeds
    .filter((e) => e.data.type === undefined || e.data.type === 'rich')
    .map((e) =>
      [e.title, e.description, ...e.fields.map((f) => `${f.name}: ${f.value}`)]
        .filter((t): t is string => typeof t === 'string' && t.trim() !== '')
        .join('\n'),
    );
}

/**
 * The text of the message a reply answers (Discord sends it along as referenced_message, so it is
 * usually cached), with its text files; null for forwards, the bot's own messages, or when it cannot
 * be read. Without the Message Content intent its content is empty unless it mentioned the bot.
 */
export async function repliedToText(
  message: Message,
  botId: string,
  policy: AttachmentPolicy,
): Promise<string | null> {
  if (!message.reference || message.reference.type === MessageReferenceType.Forward) return null;
  let replied: Message;
  try {
    replied = await message.fetchReference();
  } catch {
    return null;
  }
  if (replied.author.id === botId) return null;
  const { typed, files } = messageParts(replied, /<@!?\d+>/g);
  const read = await withFiles(typed, files, (f) => readAttachment(f, policy));
  return read.ok ? read.text : typed;
}
