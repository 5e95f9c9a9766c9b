import { describe, expect, it } from 'vitest';
import { TtlCache } from '../../../src/dns/cache.js';

describe('TtlCache', () => {
  it('expires entries by the injected clock and reports the seconds left', () => {
    let now = 0;
    const cache = new TtlCache<string>({ maxEntries: 10, now: () => now });
    cache.set('k', 'v', 10);
    expect(cache.get('k')).toEqual({ value: 'v', secondsLeft: 10 });
    now = 9_500;
    expect(cache.get('k')).toEqual({ value: 'v', secondsLeft: 1 });
    now = 10_000;
    expect(cache.get('k')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('stores nothing for a zero TTL and drops the least recently used beyond its size', () => {
    const cache = new TtlCache<number>({ maxEntries: 2, now: () => 0 });
    cache.set('zero', 0, 0);
    expect(cache.get('zero')).toBeUndefined();
    cache.set('a', 1, 60);
    cache.set('b', 2, 60);
    cache.get('a');
    cache.set('c', 3, 60);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')?.value).toBe(1);
    expect(cache.get('c')?.value).toBe(3);
    cache.clear();
    expect(cache.size).toBe(0);
  });
});
