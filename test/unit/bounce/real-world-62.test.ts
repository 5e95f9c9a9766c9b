import { describe, expect, it } from 'vitest';
import { diagnoseBounce, readBounceRecords } from '../../../src/diagnose/diagnose-bounce.js';
import {
  LURE_62,
  LURE_SECOND_62,
  type LureCase,
  NOTICE_62,
  NOTICE_SECOND_62,
  type NoticeCase,
} from './real-world-cases-62.js';

/**
 * Round 62: phishing dressed as a bounce or a mailbox notice gives no record and is called phishing; the
 * genuine notices it imitates (quarantine digests, quota warnings, an ESP's notice) are not. The round's
 * bounces (backscatter and its look-alikes) are in real-world-replies.test.ts.
 */
async function lure(text: string): Promise<void> {
  expect(await readBounceRecords(text)).toEqual([]);
  expect((await diagnoseBounce(text)).headline).toMatch(/^Not a bounce: this looks like phishing/);
}

async function notice(text: string, allow: readonly string[]): Promise<void> {
  for (const r of await readBounceRecords(text)) expect(allow).toContain(r.cause);
  const report = await diagnoseBounce(text);
  expect(report.headline).not.toMatch(/phishing/i);
  expect(report.notes.join('\n')).not.toMatch(/phishing/i);
}

describe('round 62: phishing dressed as a bounce', () => {
  const all: LureCase[] = [...LURE_62, ...LURE_SECOND_62];
  const [right, wrong] = [all.filter((c) => !c[2]), all.filter((c) => c[2])];
  it.each(right)('%s', async (_name, text) => {
    await lure(text);
  });
  it.runIf(wrong.length > 0).fails.each(wrong)('%s', async (_name, text) => {
    await lure(text);
  });
});

describe('round 62: genuine notices are not phishing', () => {
  const all: NoticeCase[] = [...NOTICE_62, ...NOTICE_SECOND_62];
  const [right, wrong] = [all.filter((c) => !c[3]), all.filter((c) => c[3])];
  it.each(right)('%s', async (_name, text, allow) => {
    await notice(text, allow);
  });
  it.runIf(wrong.length > 0).fails.each(wrong)('%s', async (_name, text, allow) => {
    await notice(text, allow);
  });
});
