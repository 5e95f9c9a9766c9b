/**
 * Remembers the events already answered, so a delivery Slack retries (same event_id, an
 * X-Slack-Retry-Num header or retry_attempt) and the twin events of one message (message.channels and
 * app_mention) get one answer. Bounded: the oldest keys go first.
 */
export class SeenEvents {
  readonly #keys = new Set<string>();
  readonly #max: number;

  constructor(max = 2000) {
    this.#max = max;
  }

  /** True the first time any of `keys` is offered; every key is remembered either way. */
  firstTime(...keys: string[]): boolean {
    const fresh = keys.every((k) => !this.#keys.has(k));
    for (const k of keys) {
      this.#keys.add(k);
      if (this.#keys.size > this.#max) {
        const oldest = this.#keys.values().next().value;
        if (oldest !== undefined) this.#keys.delete(oldest);
      }
    }
    return fresh;
  }

  get size(): number {
    return this.#keys.size;
  }
}
