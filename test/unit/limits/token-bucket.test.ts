import { describe, expect, it } from 'vitest';
import { TokenBuckets } from '../../../src/limits/token-bucket.js';

describe('TokenBuckets', () => {
  it('drops idle buckets once it tracks too many keys', () => {
    const b = new TokenBuckets({ limit: 1, windowSeconds: 1 }, 100);
    for (let i = 0; i < 100; i++) b.take(`k${i}`, 0);
    expect(b.size).toBe(100);
    b.take('late', 5000); // all earlier buckets are full again by now
    expect(b.size).toBe(1);
  });

  it('keeps buckets that are still draining', () => {
    const b = new TokenBuckets({ limit: 1, windowSeconds: 60 }, 10);
    for (let i = 0; i < 11; i++) b.take(`k${i}`, 0);
    expect(b.size).toBe(11);
    expect(b.waitSeconds('k0', 1000)).toBe(59);
  });
});
