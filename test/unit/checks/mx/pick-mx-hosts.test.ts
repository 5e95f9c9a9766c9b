import { describe, expect, it } from 'vitest';
import { pickMxHosts } from '../../../../src/checks/mx/pick-mx-hosts.js';

const mx = (priority: number, exchange: string) => ({ priority, exchange });

describe('pickMxHosts: which MX hosts a check looks at', () => {
  it('leaves the null MX out and says it was there', () => {
    expect(pickMxHosts([mx(0, '')], 5)).toEqual({ hosts: [], ordered: [], hasNullMx: true });
    const mixed = pickMxHosts([mx(0, ''), mx(10, 'mx.example.test')], 5);
    expect(mixed.hosts).toEqual([mx(10, 'mx.example.test')]);
    expect(mixed.hasNullMx).toBe(true);
    expect(pickMxHosts([mx(10, 'mx.example.test')], 5).hasNullMx).toBe(false);
  });

  it('orders by preference, lowest first, and equal preferences by name', () => {
    const picked = pickMxHosts([mx(20, 'b.test'), mx(10, 'z.test'), mx(20, 'a.test'), mx(5, 'm.test')], 5);
    expect(picked.hosts.map((r) => r.exchange)).toEqual(['m.test', 'z.test', 'a.test', 'b.test']);
  });

  it('keeps each host once, at its best preference', () => {
    const picked = pickMxHosts([mx(30, 'a.test'), mx(20, 'b.test'), mx(10, 'a.test'), mx(20, 'b.test')], 5);
    expect(picked.hosts).toEqual([mx(10, 'a.test'), mx(20, 'b.test')]);
  });

  it('looks at the first `limit` hosts but still lists them all', () => {
    const records = [
      mx(40, 'd.test'),
      mx(10, 'a.test'),
      mx(30, 'c.test'),
      mx(20, 'b.test'),
      mx(10, 'a.test'),
    ];
    const picked = pickMxHosts(records, 2);
    expect(picked.hosts.map((r) => r.exchange)).toEqual(['a.test', 'b.test']);
    expect(picked.ordered.map((r) => r.exchange)).toEqual(['a.test', 'b.test', 'c.test', 'd.test']);
    expect(pickMxHosts(records, 10).hosts).toHaveLength(4);
  });
});
