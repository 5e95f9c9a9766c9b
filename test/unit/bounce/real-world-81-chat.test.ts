import { describe, expect, it } from 'vitest';
import { readBounceRecords } from '../../../src/diagnose/diagnose-bounce.js';
import { CHAT_81 } from './real-world-cases-81.js';

// Round 81: a person asking about or advising on a device's mail settings, no failure pasted: no record.
describe("round 81: questions and advice about a device's own server are not bounces", () => {
  const [right, wrong] = [CHAT_81.filter((c) => !c[2]), CHAT_81.filter((c) => c[2])];
  it.each(right)('%s', async (_name, text) => {
    expect(await readBounceRecords(text)).toEqual([]);
  });
  it.runIf(wrong.length > 0).fails.each(wrong)('%s', async (_name, text) => {
    expect(await readBounceRecords(text)).toEqual([]);
  });
});
