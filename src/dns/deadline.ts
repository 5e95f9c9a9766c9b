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

/**
 * Who waits on each deadline. Every waiting lookup shares one 'abort' listener per signal, which fans
 * out to them: a check with hundreds of lookups in flight adds one listener, not hundreds (which would
 * trip Node's MaxListenersExceededWarning, a leak warning, at 11).
 */
const waiting = new WeakMap<AbortSignal, Set<() => void>>();

function onExpiry(signal: AbortSignal, expire: () => void): () => void {
  let set = waiting.get(signal);
  if (!set) {
    const fresh = new Set<() => void>();
    waiting.set(signal, fresh);
    signal.addEventListener(
      'abort',
      () => {
        const due = [...fresh];
        fresh.clear();
        for (const fn of due) fn();
      },
      { once: true },
    );
    set = fresh;
  }
  const own = set;
  own.add(expire);
  return () => own.delete(expire);
}

/** Settles with `promise`, or with `onExpired()` as soon as the deadline passes (or has passed). */
export function withinDeadline<T>(promise: Promise<T>, deadline: Deadline | undefined, onExpired: () => T) {
  const signal = deadline?.signal;
  if (!signal) return promise;
  if (signal.aborted) return Promise.resolve(onExpired());
  return new Promise<T>((resolve, reject) => {
    const stopWaiting = onExpiry(signal, () => resolve(onExpired()));
    promise.then(
      (value) => {
        stopWaiting();
        resolve(value);
      },
      (err: unknown) => {
        stopWaiting();
        reject(err);
      },
    );
  });
}
