import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ProgressView } from '../../../../adapters/discord/progress-view.js';
import { attachmentPolicy } from '../../../../adapters/discord/read-attachment.js';
import type { DiscordAnswer } from '../../../../adapters/discord/render-embeds.js';
import { runWithProgress } from '../../../../adapters/discord/run-answer.js';
import { ThrottledEditor } from '../../../../adapters/discord/throttled-editor.js';
import { createLogger } from '../../../../src/logger.js';
import type { ZoneResult } from '../../../../src/report/types.js';

const answer = (title: string): DiscordAnswer => ({ content: '', embeds: [{ title }], files: [] });

/** An edit function whose calls stay pending until the test settles them. */
function pendingEdits() {
  const sent: string[] = [];
  const settle: (() => void)[] = [];
  const edit = (a: DiscordAnswer) => {
    sent.push(a.embeds[0]?.title ?? '');
    return new Promise<void>((resolve) => settle.push(resolve));
  };
  return { sent, settle, edit };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('ThrottledEditor', () => {
  it('sends only the latest state, one edit at a time, at most one per interval, and nothing after the final', async () => {
    const { sent, settle, edit } = pendingEdits();
    const editor = new ThrottledEditor(
      edit,
      1000,
      () => {},
      () => Date.now(),
    );
    editor.update(() => answer('1'));
    editor.update(() => answer('2'));
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual(['2']);
    editor.update(() => answer('3'));
    editor.update(() => answer('4'));
    await vi.advanceTimersByTimeAsync(999);
    expect(sent).toEqual(['2']);
    await vi.advanceTimersByTimeAsync(1);
    // The interval has passed, but edit "2" is still in flight: "4" waits for it.
    expect(sent).toEqual(['2']);
    settle.shift()?.();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual(['2', '4']);
    editor.update(() => answer('5'));
    const done = editor.finish(answer('final'));
    editor.update(() => answer('6'));
    await vi.advanceTimersByTimeAsync(5000);
    expect(sent).toEqual(['2', '4']);
    settle.shift()?.();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual(['2', '4', 'final']);
    settle.shift()?.();
    await done;
  });

  it('logs a failed progress edit and still sends the final answer', async () => {
    const errors: unknown[] = [];
    const sent: string[] = [];
    const editor = new ThrottledEditor(
      async (a) => {
        sent.push(a.embeds[0]?.title ?? '');
        if (a.embeds[0]?.title === 'progress') throw new Error('429');
      },
      0,
      (err) => errors.push(err),
    );
    editor.update(() => answer('progress'));
    await vi.advanceTimersByTimeAsync(0);
    await editor.finish(answer('final'));
    expect(sent).toEqual(['progress', 'final']);
    expect(errors).toHaveLength(1);
  });
});

describe('ProgressView', () => {
  it('shows each step with its state and the blocklists that answered so far', () => {
    const view = new ProgressView('/blacklist 192.0.2.1');
    view.step({ step: 'DNS blocklists', state: 'running' });
    view.step({ step: 'mail hosts', state: 'done', detail: '2 hosts' });
    view.step({ step: 'DNS blocklists', state: 'failed', detail: 'timed out' });
    const zone = (list: string, listed: boolean | null) => ({ list, listed }) as ZoneResult;
    view.zone(zone('Spamhaus ZEN', true));
    view.zone(zone('SpamCop', false));
    const [embed] = view.render().embeds;
    expect(embed?.title).toBe('Checking /blacklist 192.0.2.1…');
    expect(embed?.description).toBe(
      [
        '❌ DNS blocklists — timed out',
        '✅ mail hosts — 2 hosts',
        '📋 2 blocklist answers so far; listed on Spamhaus ZEN',
      ].join('\n'),
    );
  });
});

describe('runWithProgress', () => {
  it('gives up at the deadline and says so, well before the interaction token expires', async () => {
    const deps = {
      context: { diagnose: () => new Promise<never>(() => {}) },
      logger: createLogger({ level: 'silent' }),
      giveUpMs: 10 * 60_000,
      editIntervalMs: 0,
      attachments: attachmentPolicy(null),
    };
    const run = runWithProgress(
      '550 5.1.1 user unknown',
      { platform: 'discord', user: 'u' },
      'bounce',
      null,
      deps,
    );
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    const report = await run;
    expect(report.kind).toBe('error');
    expect(report.headline).toBe('Gave up: the checks did not finish within 10 minutes.');
    expect(report.notes[0]).toMatch(/15 minutes/);
  });
});
