import type { Logger } from 'pino';
import type { Progress, ZoneResult } from '../../src/report/types.js';
import type { Block } from './block-budget.js';
import { bold } from './block-budget.js';
import { escapeMrkdwn, truncate } from './mrkdwn.js';
import type { SlackMessage } from './render-blocks.js';
import type { SlackClient } from './slack-client.js';
import type { UpdatePacer } from './update-pacer.js';

const STATE_EMOJI: Record<Progress['state'], string> = {
  running: ':hourglass_flowing_sand:',
  done: ':white_check_mark:',
  failed: ':x:',
};
// Steps shown in the progress reply; a long run keeps its latest ones.
const MAX_STEPS = 20;

/**
 * The reply a running request edits in its thread: each check's state as it changes (onProgress) and,
 * for /blacklist, how many lists have answered (onZoneResult). Edits are paced per channel; finish()
 * waits for the edit in flight, then replaces the reply with the answer.
 */
export class ProgressReply {
  readonly #steps = new Map<string, Progress>();
  readonly #zones = { answered: 0, listed: 0 };
  #timer: NodeJS.Timeout | null = null;
  #inFlight: Promise<void> = Promise.resolve();
  #closed = false;

  private constructor(
    private readonly client: SlackClient,
    private readonly channel: string,
    readonly ts: string,
    private readonly title: string,
    private readonly pacer: UpdatePacer,
    private readonly logger: Logger,
  ) {}

  /** Posts the first "checking…" reply in the thread. */
  static async post(
    client: SlackClient,
    where: { channel: string; threadTs: string },
    title: string,
    pacer: UpdatePacer,
    logger: Logger,
  ): Promise<ProgressReply> {
    const first = progressMessage(title, [], { answered: 0, listed: 0 });
    const res = await client.chat.postMessage({
      channel: where.channel,
      thread_ts: where.threadTs,
      ...first,
    });
    pacer.mark(where.channel);
    return new ProgressReply(client, where.channel, String(res.ts), title, pacer, logger);
  }

  readonly onProgress = (p: Progress): void => {
    this.#steps.delete(p.step);
    this.#steps.set(p.step, p);
    this.#schedule();
  };

  readonly onZoneResult = (z: ZoneResult): void => {
    this.#zones.answered++;
    if (z.listed === true) this.#zones.listed++;
    this.#schedule();
  };

  /** Replaces the progress reply with the answer. */
  async finish(message: SlackMessage): Promise<void> {
    this.#closed = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    await this.#inFlight;
    await this.client.chat.update({
      channel: this.channel,
      ts: this.ts,
      text: message.text,
      blocks: message.blocks,
    });
    this.pacer.mark(this.channel);
  }

  #schedule(): void {
    if (this.#closed || this.#timer) return;
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.#inFlight = this.#inFlight.then(() => this.#edit());
    }, this.pacer.delayFor(this.channel));
  }

  async #edit(): Promise<void> {
    if (this.#closed) return;
    this.pacer.mark(this.channel);
    const msg = progressMessage(this.title, [...this.#steps.values()], this.#zones);
    try {
      await this.client.chat.update({
        channel: this.channel,
        ts: this.ts,
        text: msg.text,
        blocks: msg.blocks,
      });
    } catch (err) {
      // A lost progress edit is harmless: the final answer replaces it anyway.
      this.logger.warn({ err, channel: this.channel }, 'progress edit failed');
    }
  }
}

function progressMessage(
  title: string,
  steps: Progress[],
  zones: { answered: number; listed: number },
): { text: string; blocks: Block[] } {
  const head = `:hourglass_flowing_sand: ${bold(`Checking ${title}…`)}`;
  const lines = steps
    .slice(-MAX_STEPS)
    .map(
      (s) =>
        `${STATE_EMOJI[s.state]} ${escapeMrkdwn(s.step)}${s.detail ? `: ${escapeMrkdwn(s.detail)}` : ''}`,
    );
  if (zones.answered > 0) {
    const lists = zones.answered === 1 ? '1 list' : `${zones.answered} lists`;
    const listings = zones.listed === 1 ? '1 listing' : `${zones.listed} listings`;
    lines.push(`:bar_chart: ${lists} answered so far, ${listings}`);
  }
  const blocks: Block[] = [{ type: 'section', text: { type: 'mrkdwn', text: head } }];
  if (lines.length > 0) {
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: truncate(lines.join('\n'), 2900) }] });
  }
  return { text: truncate(`Checking ${escapeMrkdwn(title)}…`, 3000), blocks };
}
