import { describe, expect, it } from 'vitest';
import { readBounceRecords } from '../../../src/diagnose/diagnose-bounce.js';
import { FIELDS_42, ROUND_42 } from './real-world-cases-42.js';

/** Round 42's MTA log lines and accounting records: one record per recipient, and the remote server a row names. */
const checked = ROUND_42.filter(([name]) => name in FIELDS_42);

describe('round 42: records and remote server of MTA log rows', () => {
  it('names only cases that exist', () => {
    expect(checked.length).toBe(Object.keys(FIELDS_42).length);
  });
  it.each(checked)('%s', async (name, input, want) => {
    const records = await readBounceRecords(input);
    const field = FIELDS_42[name] ?? {};
    if (field.records !== undefined) expect(records.length).toBe(field.records);
    const record = records[want.index ?? 0];
    if (field.remoteHost !== undefined) expect(record?.remoteHost ?? null).toBe(field.remoteHost);
    if (field.remoteIp !== undefined) expect(record?.remoteIp ?? null).toBe(field.remoteIp);
  });
});
