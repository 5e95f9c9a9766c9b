import { describe, expect, it } from 'vitest';
import { readBounceRecords } from '../../../src/diagnose/diagnose-bounce.js';
import { ROUND_30, SENDING_IPS_30 } from './real-world-cases-30.js';

/** Round 30's blocklist refusals: the sending IP as the reply states it (null where it states none). */
const withIp = ROUND_30.filter(([name]) => name in SENDING_IPS_30);

describe('round 30: the sending IP a blocklist refusal states', () => {
  it('names only cases that exist', () => {
    expect(withIp.length).toBe(Object.keys(SENDING_IPS_30).length);
  });
  it.each(withIp)('%s', async (name, input) => {
    const [record] = await readBounceRecords(input);
    expect(record?.sendingIp ?? null).toBe(SENDING_IPS_30[name]);
  });
});
