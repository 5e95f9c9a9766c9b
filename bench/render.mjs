#!/usr/bin/env node
// Renderer benchmark: npm run bench:render
// A bulk paste of 20,000 bounced recipients (a Postfix log, four causes) rendered for Slack (blocks +
// the full report as a file) and Discord (embeds + the file), the work done on the event loop before an
// answer is sent. Prints the median of RUNS after a warm-up, and the size of the full-report file.
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const load = (path) => import(pathToFileURL(`${root}dist/${path}`).href);
const { diagnoseBounce } = await load('src/diagnose/diagnose-bounce.js');
const { renderBlocks } = await load('adapters/slack/render-blocks.js');
const { renderReport } = await load('adapters/discord/render-embeds.js');

const RECIPIENTS = Number(process.env.RECIPIENTS ?? 20_000);
const RUNS = Number(process.env.RUNS ?? 15);

// A Postfix log of RECIPIENTS bounces, four causes in turn, diagnosed as a paste would be.
const SAID = [
  (i) => `dsn=5.1.1, status=bounced (host said: 550 5.1.1 <user${i}@d${i % 97}.test>: User unknown)`,
  (i) => `dsn=5.2.2, status=bounced (host said: 552 5.2.2 <user${i}@d${i % 97}.test>: Mailbox full)`,
  () =>
    'dsn=5.7.1, status=bounced (host said: 554 5.7.1 Client host [203.0.113.9] blocked using zen.spamhaus.org)',
  () => 'dsn=4.4.1, status=deferred (connect to mx.example.net[192.0.2.26]:25: Connection timed out)',
];
const log = Array.from(
  { length: RECIPIENTS },
  (_, i) =>
    `postfix/smtp[1]: A${i}: to=<user${i}@d${i % 97}.test>, relay=mx.example.net[192.0.2.25]:25, ${SAID[i % SAID.length](i)}`,
).join('\n');
const report = await diagnoseBounce(log);
if (report.records.length !== RECIPIENTS)
  throw new Error(`${report.records.length} records from ${log.length} characters`);

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
  `${report.records.length} recipients (${new Set(report.records.map((r) => r.cause)).size} causes), median of ${RUNS} runs, wall (CPU):`,
);
console.log(
  `  Slack   renderBlocks  ${slack.ms.toFixed(0).padStart(5)} ms (${slack.cpu.toFixed(0)} ms)  ${slack.out.blocks.length} blocks, file ${(slackFile?.content.length ?? 0).toLocaleString('en')} chars`,
);
console.log(
  `  Discord renderReport  ${discord.ms.toFixed(0).padStart(5)} ms (${discord.cpu.toFixed(0)} ms)  ${discord.out.embeds.length} embeds, file ${(discord.out.files[0]?.data.length ?? 0).toLocaleString('en')} bytes`,
);
