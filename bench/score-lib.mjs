// Core of the accuracy scorer (bench/score.mjs): pairs predicted bounce records with the corpus
// labels and counts agreement. Kept free of I/O beyond reading JSONL so tests can call it directly.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

/** Sisimai 5.6 merged these reasons; --v56 rewrites both sides so either vocabulary compares. */
export const V56_MERGES = {
  toomanyconn: 'ratelimited',
  speeding: 'ratelimited',
  exceedlimit: 'emailtoolarge',
  mesgtoobig: 'emailtoolarge',
};

/** Reads a JSONL file into objects; blank lines are skipped, a bad line names its file and number. */
export function readJsonl(path) {
  const rows = [];
  const lines = readFileSync(path, 'utf8').split('\n');
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '') continue;
    try {
      rows.push(JSON.parse(line));
    } catch (err) {
      throw new Error(`${path}:${i + 1}: not JSON (${err.message})`);
    }
  }
  return rows;
}

const text = (v) => (v === null || v === undefined ? '' : String(v).trim());
const lower = (v) => text(v).toLowerCase();

function groupByFile(rows) {
  const groups = new Map();
  for (const row of rows) {
    // An email file that starts with an mbox "From " line is reported as "name#1": it is still that file.
    const key = basename(text(row.file)).replace(/#1$/, '');
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(row);
  }
  return groups;
}

/**
 * Pairs the labels of one file with its predictions: first by equal recipient (case-insensitive)
 * when both sides have one, then the rest in order. Returns [label, prediction | undefined][].
 */
export function pairFile(labels, predictions) {
  const sorted = [...labels].sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
  const used = new Set();
  const match = new Map();
  for (const label of sorted) {
    const rcpt = lower(label.recipient);
    if (rcpt === '') continue;
    const j = predictions.findIndex((p, k) => !used.has(k) && lower(p.recipient) === rcpt);
    if (j >= 0) {
      used.add(j);
      match.set(label, predictions[j]);
    }
  }
  const rest = predictions.filter((_, k) => !used.has(k));
  for (const label of sorted) {
    if (!match.has(label) && rest.length > 0) match.set(label, rest.shift());
  }
  return { pairs: sorted.map((label) => [label, match.get(label)]), extra: rest.length };
}

/** Scores predictions against labels. Unmatched labels count as wrong. */
export function score(predictions, labels, { v56 = false } = {}) {
  const norm = (r) => {
    const name = lower(r);
    return v56 ? (V56_MERGES[name] ?? name) : name;
  };
  const predsByFile = groupByFile(predictions);
  const labelsByFile = groupByFile(labels);

  const byReason = new Map(); // expected reason -> { count, correct, mistakes: Map<got, n> }
  const wrong = []; // { file, expected, got }
  let correct = 0;
  let extra = 0;
  const status = { agree: 0, total: 0 };
  const replyCode = { agree: 0, total: 0 };

  for (const [file, fileLabels] of labelsByFile) {
    const { pairs, extra: fileExtra } = pairFile(fileLabels, predsByFile.get(file) ?? []);
    extra += fileExtra;
    for (const [label, pred] of pairs) {
      const expected = norm(label.reason);
      const got = pred ? norm(pred.reason) : '(missing)';
      const row = byReason.get(expected) ?? { count: 0, correct: 0, mistakes: new Map() };
      byReason.set(expected, row);
      row.count++;
      if (got === expected) {
        row.correct++;
        correct++;
      } else {
        row.mistakes.set(got, (row.mistakes.get(got) ?? 0) + 1);
        wrong.push({ file, expected, got });
      }
      if (text(label.status) !== '') {
        status.total++;
        if (pred && text(pred.status) === text(label.status)) status.agree++;
      }
      if (text(label.replycode) !== '') {
        replyCode.total++;
        if (pred && text(pred.replyCode) === text(label.replycode)) replyCode.agree++;
      }
    }
  }
  // Predicted records of files that have no label at all.
  for (const [file, preds] of predsByFile) if (!labelsByFile.has(file)) extra += preds.length;

  const reasons = [...byReason.entries()]
    .map(([reason, r]) => {
      const top = [...r.mistakes.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
      return {
        reason,
        count: r.count,
        correct: r.correct,
        accuracy: r.correct / r.count,
        mistakenFor: top ? `${top[0]} (${top[1]})` : '',
      };
    })
    .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));

  return {
    labels: labels.length,
    predictions: predictions.length,
    correct,
    accuracy: labels.length === 0 ? 0 : correct / labels.length,
    reasons,
    status,
    replyCode,
    extra,
    wrong: wrong.sort((a, b) => a.file.localeCompare(b.file)),
  };
}

const pct = (n, d) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`);

/** Renders a score() result as the text report; the wrong-files list stops at 60 unless all. */
export function formatReport(result, { all = false, limit = 60 } = {}) {
  const out = [];
  out.push(`records scored: ${result.labels} labels, ${result.predictions} predicted records`);
  out.push(`reason accuracy: ${pct(result.correct, result.labels)} (${result.correct}/${result.labels})`);
  out.push('');
  out.push(
    `${'reason'.padEnd(18)} ${'labels'.padStart(6)} ${'correct'.padStart(7)} ${'acc'.padStart(7)}  mistaken for`,
  );
  for (const r of result.reasons) {
    out.push(
      `${r.reason.padEnd(18)} ${String(r.count).padStart(6)} ${String(r.correct).padStart(7)} ` +
        `${pct(r.correct, r.count).padStart(7)}  ${r.mistakenFor}`,
    );
  }
  out.push('');
  out.push(
    `status agreement: ${pct(result.status.agree, result.status.total)} (${result.status.agree}/${result.status.total})`,
  );
  out.push(
    `reply-code agreement: ${pct(result.replyCode.agree, result.replyCode.total)} ` +
      `(${result.replyCode.agree}/${result.replyCode.total})`,
  );
  out.push(`extra predicted records (not in labels): ${result.extra}`);
  out.push('');
  out.push(`wrong: ${result.wrong.length}`);
  const shown = all ? result.wrong : result.wrong.slice(0, limit);
  for (const w of shown) out.push(`  ${w.file.padEnd(28)} expected ${w.expected.padEnd(16)} got ${w.got}`);
  if (shown.length < result.wrong.length)
    out.push(`  ... ${result.wrong.length - shown.length} more (use --all)`);
  return out.join('\n');
}
