import { AttachmentBuilder, type MessageCreateOptions, type MessageEditOptions } from 'discord.js';
import { handleMessage, type MessageContext } from '../../src/commands/index.js';
import { unreadableFileReport } from '../../src/commands/reports.js';
import type { Logger } from '../../src/logger.js';
import type { Report } from '../../src/report/types.js';
import { clip, LIMITS } from './discord-limits.js';
import { loggableError } from './loggable-error.js';
import { ProgressView } from './progress-view.js';
import type { AttachmentPolicy } from './read-attachment.js';
import { type DiscordAnswer, renderReport } from './render-embeds.js';
import { ThrottledEditor } from './throttled-editor.js';

/** What both the slash-command and the message paths need to answer. */
export interface AnswerDeps {
  /** Limiter, DNS client, blocklists, diagnoser: everything but the requester. */
  context: Omit<MessageContext, 'requester'>;
  logger: Logger;
  /** Give up after this long; well inside the 15 minutes an interaction token lasts. */
  giveUpMs: number;
  /** At most one progress edit per this many milliseconds. */
  editIntervalMs: number;
  /** Where text attachments (long pastes, .eml files) may be downloaded from, and how much. */
  attachments: AttachmentPolicy;
}

/** An interaction may be edited for 15 minutes; the bot stops waiting at 10 and says so. */
export const DEFAULT_GIVE_UP_MS = 10 * 60_000;
export const DEFAULT_EDIT_INTERVAL_MS = 1_000;

/** Mentions in echoed text (a bounce quoting "@everyone") must never ping anyone. */
const NO_PINGS = { parse: [], repliedUser: false } as const;

export function messagePayload(answer: DiscordAnswer): MessageCreateOptions & MessageEditOptions {
  const payload: MessageCreateOptions & MessageEditOptions = {
    embeds: answer.embeds,
    files: answer.files.map((f) => new AttachmentBuilder(f.data, { name: f.name })),
    allowedMentions: NO_PINGS,
  };
  if (answer.content !== '') payload.content = answer.content;
  return payload;
}

/** An attachment the bot could not read: said plainly, with what to do. */
export function unreadableReport(problems: readonly string[]): Report {
  return unreadableFileReport(problems, 'attached file', 'attach it again');
}

function gaveUpReport(giveUpMs: number): Report {
  const minutes = Math.max(1, Math.round(giveUpMs / 60_000));
  return {
    kind: 'error',
    headline: `Gave up: the checks did not finish within ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    records: [],
    findings: [],
    notes: [
      'Discord lets a bot edit its answer for 15 minutes only, so mailmedic stops waiting well before that.',
      'Try again in a moment; if it keeps happening, check fewer things at once (e.g. name the zones).',
    ],
    attachments: [],
  };
}

/**
 * Runs one message through the core while `edit` shows progress, and returns the final Report (or a
 * "gave up" Report at the deadline). Never throws: handleMessage answers failures as error Reports.
 */
export async function runWithProgress(
  text: string,
  requester: MessageContext['requester'],
  label: string,
  edit: ThrottledEditor | null,
  deps: AnswerDeps,
): Promise<Report> {
  const view = new ProgressView(label);
  const show = () => edit?.update(() => view.render());
  const ctx: MessageContext = {
    ...deps.context,
    requester,
    onError: (err) => deps.logger.error({ err, user: requester.user }, 'a Discord request failed'),
    onProgress: (p) => {
      view.step(p);
      show();
      deps.context.onProgress?.(p);
    },
    onZoneResult: (z) => {
      view.zone(z);
      show();
      deps.context.onZoneResult?.(z);
    },
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<Report>((resolve) => {
    timer = setTimeout(() => resolve(gaveUpReport(deps.giveUpMs)), deps.giveUpMs);
  });
  try {
    return await Promise.race([handleMessage(text, ctx), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

export function newEditor(
  edit: (answer: DiscordAnswer) => Promise<unknown>,
  deps: AnswerDeps,
): ThrottledEditor {
  return new ThrottledEditor(edit, deps.editIntervalMs, (err) =>
    deps.logger.warn({ err: loggableError(err) }, 'a Discord progress edit failed'),
  );
}

/** The headline alone, when Discord refused the full answer (so the user is never left without one). */
function shortAnswer(report: Report): DiscordAnswer {
  return {
    content: clip(
      `${report.headline} (the full answer could not be posted; please try again)`,
      LIMITS.content,
    ),
    embeds: [],
    files: [],
  };
}

/**
 * The full answer through `deliver`; when Discord refuses it, the headline alone through `fallback`
 * (see shortAnswer), logged with `fields`.
 */
export async function deliverOrShort(
  report: Report,
  deliver: (answer: DiscordAnswer) => Promise<unknown>,
  fallback: (answer: DiscordAnswer) => Promise<unknown>,
  deps: AnswerDeps,
  fields: Record<string, unknown> = {},
): Promise<void> {
  try {
    await deliver(renderReport(report));
  } catch (err) {
    deps.logger.error(
      { err: loggableError(err), ...fields },
      'Discord refused the answer; sending a short one instead',
    );
    await fallback(shortAnswer(report));
  }
}
