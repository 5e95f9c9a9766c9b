import { type RateLimit, TokenBuckets } from './token-bucket.js';

export type { RateLimit } from './token-bucket.js';

/** Who asked and where: all an adapter passes. `channel` is absent for the console and the CLI. */
export interface Requester {
  platform: string;
  user: string;
  channel?: string | null;
}

export interface RateLimiterOptions {
  /** null or absent: no limit at that level. */
  perUser?: RateLimit | null;
  perChannel?: RateLimit | null;
  global?: RateLimit | null;
  /** Live checks running at once across everyone; null or absent: no cap. */
  maxConcurrent?: number | null;
  /** Milliseconds clock; injectable for tests. */
  now?: () => number;
}

export type Acquired = { ok: true; release: () => void };
export type Refused = {
  ok: false;
  scope: 'user' | 'channel' | 'global' | 'concurrency';
  retryAfterSeconds: number;
  /** A polite sentence for the user. */
  reason: string;
};

export interface RateLimiter {
  acquire(who: Requester): Acquired | Refused;
  /** Live checks holding a slot right now. */
  readonly active: number;
}

// Retry hint when the concurrency cap is hit: running checks finish within seconds.
const BUSY_RETRY_SECONDS = 5;

function per(rate: RateLimit): string {
  const s = rate.windowSeconds;
  if (s === 60) return 'per minute';
  if (s === 3600) return 'per hour';
  if (s === 1) return 'per second';
  return `per ${s} seconds`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** A refusal: `reason` (a sentence) and when to try again. */
export function refusal(scope: Refused['scope'], retryAfterSeconds: number, reason: string): Refused {
  return {
    ok: false,
    scope,
    retryAfterSeconds,
    reason: `${reason} Please try again in ${plural(retryAfterSeconds, 'second')}.`,
  };
}

/** A slot whose release runs `free` once: a finally block and an error path may both release. */
export function lease(free: () => void): Acquired {
  let released = false;
  return {
    ok: true,
    release: () => {
      if (released) return;
      released = true;
      free();
    },
  };
}

/** Per-user, per-channel and overall limits plus a concurrency cap for live checks, shared by every adapter. */
export function createRateLimiter(options: RateLimiterOptions = {}): RateLimiter {
  const now = options.now ?? Date.now;
  const user = options.perUser ? new TokenBuckets(options.perUser) : null;
  const channel = options.perChannel ? new TokenBuckets(options.perChannel) : null;
  const global = options.global ? new TokenBuckets(options.global) : null;
  const maxConcurrent = options.maxConcurrent ?? null;
  let active = 0;

  return {
    get active() {
      return active;
    },
    acquire(who) {
      const t = now();
      const userKey = `${who.platform}:${who.user}`;
      const channelKey = who.channel ? `${who.platform}:${who.channel}` : null;
      // Check every level before taking from any, so a refusal costs the user nothing.
      if (maxConcurrent !== null && active >= maxConcurrent) {
        return refusal(
          'concurrency',
          BUSY_RETRY_SECONDS,
          `I am already running ${plural(maxConcurrent, 'live check')} at once.`,
        );
      }
      const userWait = user?.waitSeconds(userKey, t) ?? 0;
      if (user && userWait > 0) {
        return refusal(
          'user',
          userWait,
          `You can run ${plural(user.rate.limit, 'live check')} ${per(user.rate)}.`,
        );
      }
      const channelWait = channel && channelKey ? channel.waitSeconds(channelKey, t) : 0;
      if (channel && channelWait > 0) {
        return refusal(
          'channel',
          channelWait,
          `This channel can run ${plural(channel.rate.limit, 'live check')} ${per(channel.rate)}.`,
        );
      }
      const globalWait = global?.waitSeconds('global', t) ?? 0;
      if (global && globalWait > 0) {
        return refusal(
          'global',
          globalWait,
          `I am answering many live checks right now (${global.rate.limit} ${per(global.rate)} in all).`,
        );
      }
      user?.take(userKey, t);
      if (channelKey) channel?.take(channelKey, t);
      global?.take('global', t);
      active++;
      return lease(() => {
        active--;
      });
    },
  };
}
