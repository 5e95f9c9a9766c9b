import { describe, expect, it } from 'vitest';
import { createRateLimiter, type Refused } from '../../../src/limits/rate-limiter.js';

function fakeClock() {
  let t = 1_000_000;
  return { now: () => t, advance: (s: number) => (t += s * 1000) };
}

const alice = { platform: 'slack', user: 'U1', channel: 'C1' };
const bob = { platform: 'slack', user: 'U2', channel: 'C1' };

describe('createRateLimiter', () => {
  it('limits each user separately and refills over time', () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ perUser: { limit: 3, windowSeconds: 60 }, now: clock.now });
    for (let i = 0; i < 3; i++) {
      const slot = limiter.acquire(alice);
      expect(slot.ok).toBe(true);
      if (slot.ok) slot.release();
    }
    const refused = limiter.acquire(alice) as Refused;
    expect(refused).toMatchObject({ ok: false, scope: 'user', retryAfterSeconds: 20 });
    expect(refused.reason).toBe('You can run 3 live checks per minute. Please try again in 20 seconds.');
    expect(limiter.acquire(bob).ok).toBe(true); // bob has his own bucket
    clock.advance(19);
    expect(limiter.acquire(alice)).toMatchObject({ ok: false, retryAfterSeconds: 1 });
    clock.advance(1);
    expect(limiter.acquire(alice).ok).toBe(true);
  });

  it('keys users by platform too', () => {
    const limiter = createRateLimiter({ perUser: { limit: 1, windowSeconds: 60 }, now: fakeClock().now });
    expect(limiter.acquire({ platform: 'slack', user: 'X' }).ok).toBe(true);
    expect(limiter.acquire({ platform: 'discord', user: 'X' }).ok).toBe(true);
    expect(limiter.acquire({ platform: 'slack', user: 'X' }).ok).toBe(false);
  });

  it('limits a channel across its users', () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({
      perUser: { limit: 10, windowSeconds: 60 },
      perChannel: { limit: 2, windowSeconds: 10 },
      now: clock.now,
    });
    expect(limiter.acquire(alice).ok).toBe(true);
    expect(limiter.acquire(bob).ok).toBe(true);
    expect(limiter.acquire(alice)).toMatchObject({ ok: false, scope: 'channel', retryAfterSeconds: 5 });
    expect(limiter.acquire({ ...alice, channel: 'C2' }).ok).toBe(true);
  });

  it('limits everyone together', () => {
    const limiter = createRateLimiter({ global: { limit: 2, windowSeconds: 3600 }, now: fakeClock().now });
    expect(limiter.acquire(alice).ok).toBe(true);
    expect(limiter.acquire(bob).ok).toBe(true);
    const r = limiter.acquire({ platform: 'discord', user: 'Z' }) as Refused;
    expect(r.scope).toBe('global');
    expect(r.retryAfterSeconds).toBe(1800);
    expect(r.reason).toMatch(/2 per hour in all/);
  });

  it('does not charge a refused request', () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({
      perUser: { limit: 1, windowSeconds: 60 },
      global: { limit: 2, windowSeconds: 60 },
      now: clock.now,
    });
    expect(limiter.acquire(alice).ok).toBe(true);
    for (let i = 0; i < 5; i++) expect(limiter.acquire(alice).ok).toBe(false);
    expect(limiter.acquire(bob).ok).toBe(true); // the global bucket still had a token for bob
  });

  it('caps concurrency and frees the slot on release, once', () => {
    const limiter = createRateLimiter({ maxConcurrent: 2, now: fakeClock().now });
    const a = limiter.acquire(alice);
    const b = limiter.acquire(bob);
    expect(limiter.active).toBe(2);
    const c = limiter.acquire(alice) as Refused;
    expect(c).toMatchObject({ ok: false, scope: 'concurrency' });
    expect(c.retryAfterSeconds).toBeGreaterThan(0);
    expect(c.reason).toMatch(/already running 2 live checks at once/);
    if (a.ok) {
      a.release();
      a.release();
    }
    expect(limiter.active).toBe(1);
    expect(limiter.acquire(alice).ok).toBe(true);
    if (b.ok) b.release();
  });

  it('allows everything when no limit is set', () => {
    const limiter = createRateLimiter();
    for (let i = 0; i < 1000; i++) expect(limiter.acquire(alice).ok).toBe(true);
  });
});
