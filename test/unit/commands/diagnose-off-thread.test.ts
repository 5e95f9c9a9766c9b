import { threadId } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createOffThreadDiagnoser,
  type OffThreadDiagnoser,
} from '../../../src/commands/diagnose-off-thread.js';

const workerUrl = new URL('./fixtures/stand-in-diagnose-worker.mjs', import.meta.url);
let d: OffThreadDiagnoser | null = null;

afterEach(async () => {
  await d?.close();
  d = null;
});

describe('createOffThreadDiagnoser', () => {
  it('sends large pastes to the worker thread and keeps small ones in-thread', async () => {
    d = createOffThreadDiagnoser({ workerUrl, minBytes: 1000 });
    expect(d.offThread).toBe(true);
    const large = await d.diagnose('x'.repeat(2000));
    expect(large.headline).toMatch(/^thread \d+, 2000 chars$/);
    expect(large.headline).not.toBe(`thread ${threadId}, 2000 chars`);
    const small = await d.diagnose('550 5.1.1 <bob@example.com>: User unknown');
    expect(small.kind).toBe('bounce');
    expect(small.headline).not.toMatch(/^thread /);
  });

  it('queues pastes that arrive together on one worker and answers each', async () => {
    d = createOffThreadDiagnoser({ workerUrl, minBytes: 10 });
    const reports = await Promise.all(
      Array.from({ length: 5 }, (_, i) => d?.diagnose(`paste ${i} `.repeat(50 + i))),
    );
    expect(reports.map((r) => r?.headline.split(', ')[1])).toEqual(
      Array.from({ length: 5 }, (_, i) => `${`paste ${i} `.length * (50 + i)} chars`),
    );
    expect(new Set(reports.map((r) => r?.headline.split(',')[0])).size).toBe(1);
  });

  it('turns a failure, a crashed worker and a hung one into rejections, then serves the next paste', async () => {
    // The limit counts a fresh worker's start-up too: long enough for a loaded machine, short for the hang.
    d = createOffThreadDiagnoser({ workerUrl, minBytes: 1, timeoutMs: 3000 });
    await expect(d.diagnose('throw please')).rejects.toThrow('boom');
    await expect(d.diagnose('exit now')).rejects.toThrow(/exit code 3/);
    await expect(d.diagnose('hang forever')).rejects.toThrow(/longer than/);
    expect((await d.diagnose('fine')).headline).toMatch(/4 chars$/);
  });

  it('stays in-thread when there is no compiled worker script (running from sources)', async () => {
    d = createOffThreadDiagnoser({
      workerUrl: new URL('./fixtures/missing-worker.js', import.meta.url),
      minBytes: 1,
    });
    expect(d.offThread).toBe(false);
    expect((await d.diagnose('550 5.1.1 <bob@example.com>: User unknown')).kind).toBe('bounce');
  });
});
