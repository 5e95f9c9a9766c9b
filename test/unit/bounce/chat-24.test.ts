import { describe, expect, it } from 'vitest';
import { isChatAboutReply } from '../../../src/bounce/chat-framing.js';
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

describe('every round-24 chat line that names a status code gets the explainer', () => {
  const withStatus = CHAT_24.filter(([, text, wrong]) => !wrong && /\b[245]\.\d{1,3}\.\d{1,3}\b/.test(text));
  it.each(withStatus)('%s', async (_name, text) => {
    const report = await diagnoseBounce(text);
    expect(report.kind).toBe('not-a-bounce');
    expect(report.headline).toMatch(/codes it mentions mean/);
    expect(report.notes[0]).toMatch(/[245]\.\d{1,3}\.\d{1,3}/);
  });
});

describe('the chat test stays cheap', () => {
  it('reads a long paste and many codes quickly', async () => {
    const codes = 'is a 550 5.1.1 or '.repeat(30);
    const start = performance.now();
    expect(isChatAboutReply(`${codes}?`)).toBe(true);
    expect(isChatAboutReply(`why ${'x'.repeat(2_000_000)} 550 5.1.1?`)).toBe(false);
    expect(isChatAboutReply(`${'- '.repeat(299)}550 5.1.1 ${'a, '.repeat(60)}`)).toBe(false);
    expect(performance.now() - start).toBeLessThan(500);
  });
});

describe('a word after a code is a whole word', () => {
  it("Yahoo's 'VS1-IP' tag after a reply's code is no 'vs': the reply is pasted", async () => {
    const reply =
      'host mta5.am0.yahoodns.net[98.136.96.74] said: 421 4.7.1 VS1-IP Excessive unknown recipients - possible Open Relay (#4.1.8) (in reply to RCPT TO command)';
    expect(isChatAboutReply(reply)).toBe(false);
    expect((await readBounceRecords(reply)).map((r) => r.provider)).toEqual(['Yahoo / AOL']);
    expect(isChatAboutReply('is it 421 4.7.0 vs 550 5.7.1 here?')).toBe(true);
  });
});
