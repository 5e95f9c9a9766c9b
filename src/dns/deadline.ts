/**
 * A check's total time budget, passed down to every lookup. When it passes, lookups still waiting
 * answer 'timeout' at once, and lookups not started yet are not sent.
 */
export interface Deadline {
  readonly signal: AbortSignal;
  /** The budget in milliseconds, for messages ("within 10 s"). */
  readonly ms: number;
}

export const DEFAULT_CHECK_DEADLINE_MS = 10_000;

export function createDeadline(ms: number = DEFAULT_CHECK_DEADLINE_MS): Deadline {
  // AbortSignal.timeout's timer does not keep the process alive.
  return { signal: AbortSignal.timeout(ms), ms };
}

/** Settles with `promise`, or with `onExpired()` as soon as the deadline passes (or has passed). */
export function withinDeadline<T>(promise: Promise<T>, deadline: Deadline | undefined, onExpired: () => T) {
  const signal = deadline?.signal;
  if (!signal) return promise;
  if (signal.aborted) return Promise.resolve(onExpired());
  return new Promise<T>((resolve, reject) => {
    const expire = () => resolve(onExpired());
    signal.addEventListener('abort', expire, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', expire);
        resolve(value);
      },
      (err: unknown) => {
        signal.removeEventListener('abort', expire);
        reject(err);
      },
    );
  });
}
