import { describe, expect, it } from 'vitest';
import { createConcurrencyCap } from '../../../src/limits/concurrency-cap.js';

const alice = { platform: 'slack', user: 'U1' };
const bob = { platform: 'slack', user: 'U2' };
const carol = { platform: 'discord', user: 'U1' };

describe('createConcurrencyCap', () => {
  it('caps runs per user and overall, and frees a slot on release (once)', () => {
    const cap = createConcurrencyCap({ perUser: 1, overall: 2, what: 'SMTP probe' });
    const first = cap.acquire(alice);
    expect(first.ok).toBe(true);
    expect(cap.acquire(alice)).toMatchObject({ ok: false, scope: 'user' });
    expect(cap.acquire(bob).ok).toBe(true);
    expect(cap.acquire(carol)).toMatchObject({
      ok: false,
      scope: 'concurrency',
      reason: '2 SMTP probes are running already. Please try again in 10 seconds.',
    });
    if (first.ok) {
      first.release();
      first.release();
    }
    expect(cap.active).toBe(1);
    expect(cap.acquire(alice).ok).toBe(true);
  });

  it('has no cap where null is given', () => {
    const cap = createConcurrencyCap({ perUser: null, overall: null, what: 'probe' });
    for (let i = 0; i < 50; i++) expect(cap.acquire(alice).ok).toBe(true);
  });
});
