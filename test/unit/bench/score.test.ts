import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { type LabelRow, type PredictionRow, pairFile, score } from '../../../bench/score-lib.mjs';

const scorer = fileURLToPath(new URL('../../../bench/score.mjs', import.meta.url));

const labels: LabelRow[] = [
  {
    file: 'a-01.eml',
    index: 1,
    reason: 'userunknown',
    status: '5.1.1',
    replycode: '550',
    recipient: 'x@a.test',
  },
  {
    file: 'a-01.eml',
    index: 2,
    reason: 'mailboxfull',
    status: '5.2.2',
    replycode: '',
    recipient: 'Y@a.test',
  },
  { file: 'b-01.eml', index: 1, reason: 'toomanyconn', status: '4.7.0', replycode: '421', recipient: null },
  { file: 'c-01.eml', index: 1, reason: 'blocked', status: '', replycode: '', recipient: 'z@c.test' },
];

const predictions: PredictionRow[] = [
  // Reversed order: must still pair by recipient, case-insensitively.
  { file: 'a-01.eml', recipient: 'y@a.test', reason: 'mailboxfull', status: '5.2.2', replyCode: null },
  { file: 'a-01.eml', recipient: 'X@A.test', reason: 'userunknown', status: '5.1.1', replyCode: 550 },
  { file: 'sub/b-01.eml', recipient: 'q@b.test', reason: 'ratelimited', status: '4.7.0', replyCode: 421 },
  // c-01.eml has no prediction; d-01.eml is not labelled.
  { file: 'd-01.eml', recipient: null, reason: 'blocked', status: null, replyCode: null },
];

describe('bench scorer', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mailmedic-score-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('pairs by recipient first, then by order', () => {
    const { pairs, extra } = pairFile(labels.slice(0, 2), predictions.slice(0, 2));
    expect(pairs.map(([l, p]) => [l.index, p?.reason])).toEqual([
      [1, 'userunknown'],
      [2, 'mailboxfull'],
    ]);
    expect(extra).toBe(0);
  });

  it('counts unmatched labels as wrong and extra predictions apart', () => {
    const result = score(predictions, labels);
    expect(result.correct).toBe(2);
    expect(result.accuracy).toBe(0.5);
    expect(result.extra).toBe(1);
    expect(result.status).toEqual({ agree: 3, total: 3 });
    expect(result.replyCode).toEqual({ agree: 2, total: 2 });
    expect(result.wrong).toEqual([
      { file: 'b-01.eml', expected: 'toomanyconn', got: 'ratelimited' },
      { file: 'c-01.eml', expected: 'blocked', got: '(missing)' },
    ]);
  });

  it('prints the accuracy from the command line, with --v56 merging renamed reasons', () => {
    const predFile = join(dir, 'pred.jsonl');
    const labelFile = join(dir, 'labels.jsonl');
    writeFileSync(predFile, `${predictions.map((p) => JSON.stringify(p)).join('\n')}\n`);
    writeFileSync(labelFile, `${labels.map((l) => JSON.stringify(l)).join('\n')}\n`);
    const run = (...flags: string[]) =>
      execFileSync(process.execPath, [scorer, predFile, labelFile, ...flags], { encoding: 'utf8' });

    const plain = run();
    expect(plain).toContain('reason accuracy: 50.0% (2/4)');
    expect(plain).toContain('extra predicted records (not in labels): 1');
    expect(plain).toMatch(/c-01\.eml\s+expected blocked\s+got \(missing\)/);

    expect(run('--v56')).toContain('reason accuracy: 75.0% (3/4)');
  });
});
