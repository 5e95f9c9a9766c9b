import {
  type ChatInputCommandInteraction,
  type MessageContextMenuCommandInteraction,
  MessageFlags,
} from 'discord.js';
import { parseCommand, runRequest } from '../../src/commands/index.js';
import { usageReport } from '../../src/commands/reports.js';
import { notTextProblem, withFiles } from '../../src/commands/with-files.js';
import type { Report } from '../../src/report/types.js';
import { commandText, isSlashCommand } from './command-definitions.js';
import { clip, LIMITS } from './discord-limits.js';
import { loggableError } from './loggable-error.js';
import { messageParts } from './message-parts.js';
import { readAttachment } from './read-attachment.js';
import { renderReport } from './render-embeds.js';
import {
  type AnswerDeps,
  deliverOrShort,
  messagePayload,
  newEditor,
  runWithProgress,
  unreadableReport,
} from './run-answer.js';
import type { ThrottledEditor } from './throttled-editor.js';

/** Reports that concern only the one who asked: shown to them alone. */
const PRIVATE_KINDS: ReadonlySet<Report['kind']> = new Set(['usage', 'refused']);

/**
 * One slash command: usage problems answered at once and only to the user; everything else deferred
 * (Discord wants a first response within 3 s), progress edited in, then the final answer.
 */
export async function answerInteraction(
  interaction: ChatInputCommandInteraction,
  deps: AnswerDeps,
): Promise<void> {
  const requester = { platform: 'discord', user: interaction.user.id, channel: interaction.channelId };
  const name = interaction.commandName;
  const text = isSlashCommand(name)
    ? commandText(name, (option) => interaction.options.getString(option))
    : `/${name.replace(/\s+/g, '')}`;
  const file = name === 'bounce' ? interaction.options.getAttachment('file') : null;
  if (file) {
    await interaction.deferReply();
    const read = await readAttachment(file, deps.attachments);
    const report = read.ok
      ? await runWithProgress(`${text}\n${read.text}`, requester, file.name, null, deps)
      : unreadableReport([read.problem]);
    await finish(
      interaction,
      report,
      newEditor((answer) => interaction.editReply(messagePayload(answer)), deps),
      deps,
    );
    return;
  }
  const request = parseCommand(text);
  if (request.kind === 'usage' || request.kind === 'unknown') {
    const report = await runRequest(request, { ...deps.context, requester });
    await interaction.reply({ ...messagePayload(renderReport(report)), flags: MessageFlags.Ephemeral });
    return;
  }
  await interaction.deferReply();
  const editor = newEditor((answer) => interaction.editReply(messagePayload(answer)), deps);
  const report = await runWithProgress(text, requester, clip(text, LIMITS.title), editor, deps);
  await finish(interaction, report, editor, deps);
}

/**
 * "Diagnose bounce" from a message's Apps menu: the message (its words, a forward, its text files) read as
 * a pasted bounce whatever it looks like (someone else's command is never run for them), answered in the
 * channel as the command's reply. Discord sends the message's content with the command even without the
 * Message Content intent.
 */
export async function answerMessageCommand(
  interaction: MessageContextMenuCommandInteraction,
  deps: AnswerDeps,
): Promise<void> {
  const requester = { platform: 'discord', user: interaction.user.id, channel: interaction.channelId };
  const mention = new RegExp(`<@!?${interaction.client.user.id}>`, 'g');
  const { typed, files, others } = messageParts(interaction.targetMessage, mention);
  if (typed.trim() === '' && files.length === 0) {
    const report =
      others.length > 0
        ? unreadableReport(others.map((a) => notTextProblem(a.name, a.contentType)))
        : usageReport(
            'bounce',
            'That message has no text to diagnose: use the command on the message that holds the bounce.',
          );
    await interaction.reply({ ...messagePayload(renderReport(report)), flags: MessageFlags.Ephemeral });
    return;
  }
  await interaction.deferReply();
  const read = await withFiles(typed, files, (f) => readAttachment(f, deps.attachments));
  const label = clip(typed.split('\n', 1)[0]?.trim() || files[0]?.name || 'the message', LIMITS.title);
  const report = read.ok
    ? await runWithProgress(`/bounce ${read.text}`, requester, label, null, deps)
    : unreadableReport(read.problems);
  await finish(
    interaction,
    report,
    newEditor((answer) => interaction.editReply(messagePayload(answer)), deps),
    deps,
  );
}

/** The final answer: private kinds replace the public deferred reply; a refused answer gets a short one. */
async function finish(
  interaction: ChatInputCommandInteraction | MessageContextMenuCommandInteraction,
  report: Report,
  editor: ThrottledEditor,
  deps: AnswerDeps,
): Promise<void> {
  const name = interaction.commandName;
  if (PRIVATE_KINDS.has(report.kind)) {
    // A deferred reply cannot turn ephemeral: replace it with a private follow-up.
    await editor.stop();
    await interaction
      .deleteReply()
      .catch((err: unknown) => deps.logger.warn({ err: loggableError(err) }, 'could not delete a reply'));
    await interaction.followUp({ ...messagePayload(renderReport(report)), flags: MessageFlags.Ephemeral });
    return;
  }
  await deliverOrShort(
    report,
    (answer) => editor.finish(answer),
    (answer) => interaction.editReply(messagePayload(answer)),
    deps,
    { command: name },
  );
}
