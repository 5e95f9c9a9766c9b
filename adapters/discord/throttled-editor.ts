import type { DiscordAnswer } from './render-embeds.js';

/**
 * Edits one message as progress comes in without flooding Discord: at most one edit per `intervalMs`,
 * always the latest state, one edit at a time and in order, and nothing after the final answer.
 */
export class ThrottledEditor {
  private chain: Promise<void> = Promise.resolve();
  private pending: (() => DiscordAnswer) | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastAt = Number.NEGATIVE_INFINITY;
  private closed = false;

  constructor(
    private readonly edit: (answer: DiscordAnswer) => Promise<unknown>,
    private readonly intervalMs: number,
    /** Progress edits that fail are only logged: the final answer still comes. */
    private readonly onError: (err: unknown) => void,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Schedules a progress edit; `render` is called when the edit is sent, so it shows the latest state. */
  update(render: () => DiscordAnswer): void {
    if (this.closed) return;
    this.pending = render;
    if (this.timer) return;
    const wait = Math.max(0, this.lastAt + this.intervalMs - this.now());
    this.timer = setTimeout(() => this.flush(), wait);
    this.timer.unref?.();
  }

  /** Sends the final answer after any edit in flight; rejects when that edit fails. */
  async finish(answer: DiscordAnswer): Promise<void> {
    await this.stop();
    await this.edit(answer);
  }

  /** No more edits; resolves when the one in flight (if any) is done. */
  async stop(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pending = null;
    await this.chain;
  }

  private flush(): void {
    this.timer = null;
    const render = this.pending;
    this.pending = null;
    if (!render || this.closed) return;
    this.lastAt = this.now();
    this.chain = this.chain
      .then(() => this.edit(render()))
      .then(
        () => undefined,
        (err: unknown) => this.onError(err),
      );
  }
}
