#!/usr/bin/env node
// DNS benchmark: npm run bench:dns
// /blacklist of one IP against 40 zones served on loopback:
// 1. cold: every zone and its RFC 5782 probes asked at once; the time should be about one round trip;
// 2. a cached repeat: no query is sent;
// 3. one zone that never answers: the check ends within the per-query timeout plus a small margin.
// Served twice: by dns2 (JavaScript) in a worker thread, so the server does not share the client's event
// loop, and by Debian's NSD when it is installed (test/e2e/setup-dns.sh installs it), a compiled server
// in its own process. Nothing leaves 127.0.0.1.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer as createTcpServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { nsdConf, zoneFileName } from '../test/helpers/nsd-conf.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const load = (path) => import(pathToFileURL(`${root}dist/src/${path}`).href);
const { checkBlacklist } = await load('checks/blacklist/check-blacklist.js');
const { createDeadline } = await load('dns/deadline.js');
const { createDnsClient } = await load('dns/resolver.js');
const DNS2 = createRequire(import.meta.url).resolve('dns2');
const NSD = process.env.NSD ?? '/usr/sbin/nsd';

const ZONES = Array.from({ length: 40 }, (_, i) => `z${String(i + 1).padStart(2, '0')}.bench.test`);
const SLOW = ZONES[39];
const LISTED = [`8.7.6.5.${ZONES[0]}`, `8.7.6.5.${ZONES[7]}`];
const TIMEOUT_MS = 300;
const RUNS = 5;

/** dns2 in a worker thread: answers test points and LISTED, NXDOMAIN otherwise; SLOW is silent on demand. */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { createServer, Packet } = require(workerData.dns2);
const listed = new Set(workerData.listed);
let slow = false;
let queries = 0;
const server = createServer({
  udp: { type: 'udp4' },
  handle: (request, send) => {
    const q = request.questions[0];
    if (!q) return;
    queries++;
    const name = q.name.toLowerCase();
    if (slow && name.endsWith('.' + workerData.slow)) return;
    const response = Packet.createResponseFromRequest(request);
    if (name.startsWith('2.0.0.127.') || listed.has(name)) {
      response.answers.push({ name: q.name, type: Packet.TYPE.A, class: Packet.CLASS.IN, ttl: 300, address: '127.0.0.2' });
    } else response.header.rcode = 3;
    send(response);
  },
});
parentPort.on('message', (m) => {
  if (m === 'slow') slow = true;
  if (m === 'count') parentPort.postMessage({ queries });
});
server.listen({ udp: { port: 0, address: '127.0.0.1' } }).then(() => parentPort.postMessage({ port: server.addresses().udp.port }));
`;

async function startDns2() {
  const worker = new Worker(WORKER, { eval: true, workerData: { dns2: DNS2, listed: LISTED, slow: SLOW } });
  const { port } = await new Promise((resolve) => worker.once('message', resolve));
  return { address: `127.0.0.1:${port}`, worker, stop: () => worker.terminate() };
}

async function freePort() {
  const server = createTcpServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** NSD with the same 40 zones, in a temp dir, on a loopback high port; null when it is not installed. */
async function startNsd() {
  if (!existsSync(NSD)) return null;
  const dir = mkdtempSync(join(tmpdir(), 'mailmedic-bench-nsd-'));
  const port = await freePort();
  const zones = ZONES.map((zone) => {
    const records = [`2.0.0.127.${zone}`, ...LISTED.filter((n) => n.endsWith(`.${zone}`))];
    const text = [
      '$TTL 300',
      `${zone}. IN SOA ns.invalid. hostmaster.invalid. 1 3600 600 86400 30`,
      `${zone}. IN NS ns.invalid.`,
      ...records.map((n) => `${n}. IN A 127.0.0.2`),
      '',
    ].join('\n');
    return { apex: zone, text, refused: false };
  });
  for (const z of zones) writeFileSync(join(dir, zoneFileName(z.apex)), z.text);
  writeFileSync(join(dir, 'nsd.conf'), nsdConf(zones, dir, port));
  const child = spawn(NSD, ['-d', '-c', join(dir, 'nsd.conf')], { stdio: 'ignore' });
  const address = `127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
    rmSync(dir, { recursive: true, force: true });
  };
  // Ready when it answers a test point.
  for (let i = 0; i < 50; i++) {
    const dns = createDnsClient({ servers: [address], timeoutMs: 100, tries: 1 });
    const answer = await dns.a(`2.0.0.127.${ZONES[0]}`);
    dns.close();
    if (answer.status === 'ok') return { address, stop };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  return null;
}

async function run(dns, label) {
  const started = performance.now();
  const check = await checkBlacklist('5.6.7.8', { dns, deadline: createDeadline(10_000), zones: ZONES });
  const ms = performance.now() - started;
  const count = (v) => check.results.filter((r) => r.listed === v).length;
  return { ms, label, listed: count(true), clean: count(false), unknown: count(null) };
}

function print(r, queries) {
  console.log(
    `${r.label.padEnd(40)} ${r.ms.toFixed(1).padStart(7)} ms  ${String(queries).padStart(3)} queries  ` +
      `listed ${r.listed}, clean ${r.clean}, could not tell ${r.unknown}`,
  );
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Cold runs (a fresh client each: empty cache, one round of 160 queries), then a cached repeat. */
async function measure(name, address) {
  const client = () => createDnsClient({ servers: [address], timeoutMs: TIMEOUT_MS, tries: 1 });
  print(await run(client(), `${name}: warm-up (JIT, sockets)`), 160);
  const cold = [];
  let dns;
  for (let i = 0; i < RUNS; i++) {
    dns = client();
    const r = await run(dns, `${name}: 40 zones, cold cache #${i + 1}`);
    print(r, dns.stats.queries);
    cold.push(r.ms);
  }
  const before = dns.stats.queries;
  const cached = await run(dns, `${name}: 40 zones, cached repeat`);
  print(cached, dns.stats.queries - before);
  return { cold, cachedQueries: dns.stats.queries - before };
}

const dns2 = await startDns2();
const nsd = await startNsd();
try {
  const a = await measure('dns2', dns2.address);
  const b = nsd ? await measure('nsd', nsd.address) : null;
  dns2.worker.postMessage('slow');
  const slowClient = createDnsClient({ servers: [dns2.address], timeoutMs: TIMEOUT_MS, tries: 1 });
  const withSlow = await run(slowClient, `dns2: 40 zones, ${SLOW} silent`);
  print(withSlow, slowClient.stats.queries);
  const range = (xs) =>
    `median ${median(xs).toFixed(1)} ms (min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)})`;
  console.log(`\ncold, 40 zones (160 queries, target < 50 ms):`);
  console.log(`  dns2 in a worker thread: ${range(a.cold)}`);
  console.log(
    nsd
      ? `  NSD:                     ${range(b.cold)}`
      : `  NSD: not installed (${NSD}); run test/e2e/setup-dns.sh`,
  );
  console.log(`cached repeat: ${a.cachedQueries} queries`);
  console.log(
    `one silent zone: ${withSlow.ms.toFixed(0)} ms (per-query timeout ${TIMEOUT_MS} ms; c-ares adds up to ~200 ms of its own)`,
  );
  console.log(
    'dns2 parses every packet in JavaScript (about 0.3 ms each), so its 160 answers come spread out; NSD ' +
      'shows what the client itself costs: about one round trip.',
  );
} finally {
  await dns2.stop();
  await nsd?.stop();
}
