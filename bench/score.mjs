#!/usr/bin/env node
// Accuracy scorer: node bench/score.mjs PREDICTIONS.jsonl LABELS.jsonl [--v56] [--all]
// Predictions are `mailmedic diagnose --jsonl` lines; labels are corpus/sisimai/labels.jsonl.
import { formatReport, readJsonl, score } from './score-lib.mjs';

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
const files = args.filter((a) => !a.startsWith('--'));
const unknown = [...flags].filter((f) => f !== '--v56' && f !== '--all');

if (files.length !== 2 || unknown.length > 0) {
  console.error('usage: node bench/score.mjs PREDICTIONS.jsonl LABELS.jsonl [--v56] [--all]');
  process.exit(2);
}

try {
  const [predictions, labels] = files.map((f) => readJsonl(f));
  const result = score(predictions, labels, { v56: flags.has('--v56') });
  console.log(formatReport(result, { all: flags.has('--all') }));
} catch (err) {
  console.error(`score: ${err.message}`);
  process.exit(2);
}
