#!/usr/bin/env node
// Renderer benchmark: npm run bench:render
// A bulk paste of 20,000 bounced recipients (four causes, real diagnostics) rendered for Slack (blocks +
// the full report as a file) and Discord (embeds + the file), the work done on the event loop before an
// answer is sent. Prints the median of RUNS after a warm-up, and the size of the full-report file.
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const load = (path) => import(pathToFileURL(`${root}dist/${path}`).href);
const { diagnoseBounce } = await load('src/diagnose/diagnose-bounce.js');
const { renderBlocks } = await load('adapters/slack/render-blocks.js');
const { renderReport } = await load('adapters/discord/render-embeds.js');

const RECIPIENTS = Number(process.env.RECIPIENTS ?? 20_000);
const RUNS = Number(process.env.RUNS ?? 15);
const FIXTURES = ['postfix-dsn.eml', 'gmail.eml', 'exchange-ndr.eml', 'exim.eml'];

// One diagnosed record per fixture, then as many recipients as asked, each its own address.
const samples = [];
for (const name of FIXTURES) {
  const report = await diagnoseBounce(readFileSync(`${root}test/fixtures/bounces/${name}`));
  samples.push(...report.records);
}
const records = Array.from({ length: RECIPIENTS }, (_, i) => {
  const r = samples[i % samples.length];
  return { ...r, recipient: `user${i}@d${i % 97}.example.com` };
});
const report = {
  kind: 'bounce',
  headline: '',
  records,
  findings: [],
  notes: [],
  attachments: [],
};

/** Median wall time and median CPU time (less disturbed by other processes on a shared machine). */
function median(fn) {
  fn();
  const wall = [];
  const cpu = [];
  let out;
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    const c = process.cpuUsage();
    out = fn();
    const used = process.cpuUsage(c);
    wall.push(performance.now() - t);
    cpu.push((used.user + used.system) / 1000);
  }
  const mid = (xs) => xs.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
  return { ms: mid(wall), cpu: mid(cpu), out };
}

const slack = median(() => renderBlocks(report));
const discord = median(() => renderReport(report));
const slackFile = slack.out.files.find((f) => f.name === 'mailmedic-report.txt');
console.log(
  `${RECIPIENTS} recipients (${samples.length} kinds of record), median of ${RUNS} runs, wall (CPU):`,
);
console.log(
  `  Slack   renderBlocks  ${slack.ms.toFixed(0).padStart(5)} ms (${slack.cpu.toFixed(0)} ms)  ${slack.out.blocks.length} blocks, file ${(slackFile?.content.length ?? 0).toLocaleString('en')} chars`,
);
console.log(
  `  Discord renderReport  ${discord.ms.toFixed(0).padStart(5)} ms (${discord.cpu.toFixed(0)} ms)  ${discord.out.embeds.length} embeds, file ${(discord.out.files[0]?.data.length ?? 0).toLocaleString('en')} bytes`,
);
