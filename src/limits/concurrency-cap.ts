import { type Acquired, lease, type Refused, type Requester, refusal } from './rate-limiter.js';

export interface ConcurrencyCapOptions {
  /** Runs at once per user; null: no per-user cap. */
  perUser: number | null;
  /** Runs at once overall; null: no overall cap. */
  overall: number | null;
  /** What is being counted, for the refusal: "SMTP probe". */
  what: string;
}

export interface ConcurrencyCap {
  acquire(who: Requester): Acquired | Refused;
  readonly active: number;
}

// Probes finish within their deadline; a few seconds is the honest retry hint.
const RETRY_SECONDS = 10;

/**
 * Caps long-running work (SMTP probes hold a connection for seconds) per user and overall, on top of
 * the rate limiter's buckets, which count starts, not runs.
 */
export function createConcurrencyCap(options: ConcurrencyCapOptions): ConcurrencyCap {
  const byUser = new Map<string, number>();
  let active = 0;
  const refuse = (scope: Refused['scope'], reason: string) => refusal(scope, RETRY_SECONDS, reason);
  return {
    get active() {
      return active;
    },
    acquire(who) {
      const key = `${who.platform}:${who.user}`;
      const mine = byUser.get(key) ?? 0;
      if (options.perUser !== null && mine >= options.perUser) {
        return refuse(
          'user',
          options.perUser === 1
            ? `Your previous ${options.what} is still running.`
            : `You already have ${options.perUser} ${options.what}s running.`,
        );
      }
      if (options.overall !== null && active >= options.overall) {
        return refuse('concurrency', `${options.overall} ${options.what}s are running already.`);
      }
      byUser.set(key, mine + 1);
      active++;
      return lease(() => {
        active--;
        const left = (byUser.get(key) ?? 1) - 1;
        if (left > 0) byUser.set(key, left);
        else byUser.delete(key);
      });
    },
  };
}
