import { describe, expect, it } from 'vitest';
import { diagnoseBounce, readBounceRecords } from '../../../src/diagnose/diagnose-bounce.js';
import { CHAT_24, CHAT_CODES_24 } from './real-world-cases-24.js';

// Chat around a bounce (round 24): talk about a code gives no record; the codes it names get their meaning.
describe('chat that talks about a code or a reply is not a bounce (round 24)', () => {
  const [chatRight, chatWrong] = [CHAT_24.filter((c) => !c[2]), CHAT_24.filter((c) => c[2])];
  it.each(chatRight)('%s', async (_name, text) => {
    expect(await readBounceRecords(text)).toEqual([]);
  });
  it.runIf(chatWrong.length > 0).fails.each(chatWrong)('%s', async (_name, text) => {
    expect(await readBounceRecords(text)).toEqual([]);
  });
});

describe('a question about a code gets what the code means', () => {
  it.each(CHAT_CODES_24)('%s', async (text, mentions) => {
    const report = await diagnoseBounce(text);
    expect(report.kind).toBe('not-a-bounce');
    expect(report.headline).toMatch(/codes it mentions mean/);
    expect(report.notes.join('\n')).toMatch(mentions);
  });
});
