/** `limit` checks per `windowSeconds`, refilled continuously (a burst of `limit` is allowed). */
export interface RateLimit {
  limit: number;
  windowSeconds: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * Token buckets keyed by user, channel or "global". Time comes from the caller, so there is no timer
 * and tests drive it with a fake clock. Idle buckets are dropped once the map grows, bounding memory.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;

  constructor(
    readonly rate: RateLimit,
    private readonly maxKeys = 10_000,
  ) {
    this.perMs = rate.limit / (rate.windowSeconds * 1000);
  }

  /** Seconds until `key` may take a token (0 when it may now). Does not take one. */
  waitSeconds(key: string, now: number): number {
    const tokens = this.tokensAt(key, now);
    if (tokens >= 1) return 0;
    const ms = ((1 - tokens) * this.rate.windowSeconds * 1000) / this.rate.limit;
    // The epsilon absorbs float error (1800.0000000000002 s must say 1800).
    return Math.max(1, Math.ceil(ms / 1000 - 1e-9));
  }

  take(key: string, now: number): void {
    this.buckets.set(key, { tokens: this.tokensAt(key, now) - 1, at: now });
    if (this.buckets.size > this.maxKeys) this.prune(now);
  }

  get size(): number {
    return this.buckets.size;
  }

  private tokensAt(key: string, now: number): number {
    const b = this.buckets.get(key);
    if (!b) return this.rate.limit;
    return Math.min(this.rate.limit, b.tokens + Math.max(0, now - b.at) * this.perMs);
  }

  private prune(now: number): void {
    for (const key of this.buckets.keys()) {
      if (this.tokensAt(key, now) >= this.rate.limit) this.buckets.delete(key);
    }
  }
}
