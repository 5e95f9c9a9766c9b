import { describe, expect, it } from 'vitest';
import { readBounceRecords } from '../../../src/diagnose/diagnose-bounce.js';
import type { BounceRecord } from '../../../src/report/types.js';
import { FIELD_CASES, type FieldCase, type FieldExpect } from './field-cases.js';

/**
 * The facts an admin acts on, read off real-world bounce forms (see field-cases.ts): only the fields each
 * case names are compared, as one object so a failure shows every wrong field at once.
 */

/** The record's fields the expectation names; provider is matched as a pattern. */
function picked(r: BounceRecord, want: FieldExpect): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(want) as (keyof FieldExpect)[]) {
    if (key === 'provider') {
      const p = want.provider;
      out.provider = p ? (p.test(r.provider ?? '') ? p : r.provider) : r.provider;
    } else out[key] = r[key];
  }
  return out;
}

async function check([, input, want]: FieldCase): Promise<void> {
  const records = await readBounceRecords(input);
  const wants = Array.isArray(want) ? want : [want];
  if (Array.isArray(want)) expect(records.map((r) => r.recipient)).toHaveLength(want.length);
  else expect(records.length).toBeGreaterThan(0);
  wants.forEach((w, i) => {
    const r = records[i] as BounceRecord;
    expect(picked(r, w)).toEqual({ ...w });
  });
}

const right = FIELD_CASES.filter((c) => !c[3]);
const wrong = FIELD_CASES.filter((c) => c[3]);

describe('bounce fields an admin acts on', () => {
  it.each(right)('%s', async (...c) => {
    await check(c);
  });
});

// Listed with the reason they are still wrong; a fix makes these fail, and the case moves up.
describe.runIf(wrong.length > 0)('bounce fields still read wrongly', () => {
  it.fails.each(wrong)('%s', async (...c) => {
    await check(c);
  });
});
