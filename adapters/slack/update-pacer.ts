/**
 * Slack allows about one message write per second per channel. Progress edits are best effort, so
 * they wait their turn per channel; the final answer is never held back. Bounded: channels idle for
 * longer than the interval are forgotten.
 */
export class UpdatePacer {
  readonly #last = new Map<string, number>();
  readonly #intervalMs: number;
  readonly #now: () => number;

  constructor(intervalMs: number, now: () => number = Date.now) {
    this.#intervalMs = intervalMs;
    this.#now = now;
  }

  /** Milliseconds to wait before the next progress edit in `channel` (0: go now). */
  delayFor(channel: string): number {
    const last = this.#last.get(channel);
    if (last === undefined) return 0;
    return Math.max(0, last + this.#intervalMs - this.#now());
  }

  /** Records a write in `channel` now. */
  mark(channel: string): void {
    const now = this.#now();
    this.#last.delete(channel);
    this.#last.set(channel, now);
    // Oldest first: drop the channels that would wait no more anyway.
    for (const [c, t] of this.#last) {
      if (t + this.#intervalMs > now) break;
      this.#last.delete(c);
    }
  }

  get tracked(): number {
    return this.#last.size;
  }
}
