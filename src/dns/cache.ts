/**
 * A bounded cache whose entries expire: least recently used entries go first when it is full.
 * The clock is injectable so tests can move time instead of waiting.
 */
export interface TtlCacheOptions {
  /** Most entries kept; the least recently used is dropped beyond it. */
  maxEntries: number;
  /** Milliseconds, like Date.now. */
  now?: () => number;
}

interface Entry<V> {
  value: V;
  expiresAt: number;
}

export class TtlCache<V> {
  private readonly entries = new Map<string, Entry<V>>();
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(options: TtlCacheOptions) {
    this.maxEntries = Math.max(1, options.maxEntries);
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The value and the seconds it has left, or undefined when absent or expired. */
  get(key: string): { value: V; secondsLeft: number } | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    const left = entry.expiresAt - this.now();
    if (left <= 0) {
      this.entries.delete(key);
      return undefined;
    }
    // Re-insert: Map order is the recency order.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return { value: entry.value, secondsLeft: Math.ceil(left / 1000) };
  }

  /** Keeps `value` for `ttlSeconds`; a TTL of 0 or less stores nothing. */
  set(key: string, value: V, ttlSeconds: number): void {
    if (!(ttlSeconds > 0)) return;
    this.entries.delete(key);
    this.entries.set(key, { value, expiresAt: this.now() + ttlSeconds * 1000 });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  clear(): void {
    this.entries.clear();
  }
}
