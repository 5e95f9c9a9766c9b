#!/usr/bin/env node
// SMTP probe benchmark: npm run bench:probe
// 1. a full probe with STARTTLS (banner, EHLO, STARTTLS + handshake, EHLO, MAIL, RCPT, RCPT, RSET, QUIT)
//    against one smtp-server peer on 127.0.0.1, repeated: median time and round trips;
// 2. 20 probes at once to 20 such peers: the wall time should be about that of one probe.
// Nothing leaves 127.0.0.1.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SMTPServer } from 'smtp-server';
import { selfSignedCert } from '../test/helpers/self-signed-cert.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const load = (path) => import(pathToFileURL(`${root}dist/src/${path}`).href);
const { runProbe } = await load('checks/probe/run-probe.js');
const { PROBE_DEFAULTS } = await load('checks/probe/types.js');
const { createDnsClient } = await load('dns/resolver.js');

const RUNS = 30;
const PEERS = 20;

const tls = selfSignedCert('mx.bench.test');
async function startPeer() {
  const server = new SMTPServer({
    ...tls,
    authOptional: true,
    disableReverseLookup: true, // no DNS outside loopback, and the peer's own lookup is not ours to time
    disabledCommands: ['AUTH'],
    logger: false,
    onRcptTo(address, _session, cb) {
      if (address.address === 'bob@bench.test') return cb();
      cb(Object.assign(new Error('5.1.1 User unknown'), { responseCode: 550 }));
    },
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: server.server.address().port };
}

// DNS is not used for a HOST:PORT target; a closed loopback port keeps any stray query local.
const dns = createDnsClient({ servers: ['127.0.0.1:9'], timeoutMs: 200, tries: 1 });
const settings = {
  ...PROBE_DEFAULTS,
  allowPrivate: true,
  from: 'probe@bench.test',
  helo: 'probe.bench.test',
};
const probe = (port) => runProbe('bob@bench.test', `127.0.0.1:${port}`, { dns, settings });

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

const peers = await Promise.all(Array.from({ length: PEERS }, startPeer));
const [first] = peers;

// Warm-up: the first TLS handshake pays for loading the crypto code.
await probe(first.port);

const times = [];
const bannerWaits = [];
let roundTrips = 0;
let verdict = '';
for (let i = 0; i < RUNS; i++) {
  const started = performance.now();
  const run = await probe(first.port);
  times.push(performance.now() - started);
  roundTrips = run.roundTrips;
  bannerWaits.push(run.result.transcript.find((e) => e.dir === 'recv')?.ms ?? 0);
  verdict = `${run.result.verdict}, TLS ${run.result.tls?.protocol ?? 'none'}`;
}
const one = median(times);
console.log(
  `one probe with STARTTLS (${RUNS} runs)   median ${one.toFixed(1).padStart(6)} ms  ` +
    `(min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)})  ` +
    `${roundTrips} round trips (commands + TLS handshake)  ${verdict}`,
);
// smtp-server holds its banner 100 ms to catch early talkers (as Postfix postscreen does, longer).
const banner = median(bannerWaits);
console.log(
  `  of which the server's banner delay      median ${banner.toFixed(1).padStart(6)} ms; ` +
    `the probe's own dialogue ${(one - banner).toFixed(1)} ms`,
);

const walls = [];
for (let i = 0; i < 5; i++) {
  const started = performance.now();
  const runs = await Promise.all(peers.map((p) => probe(p.port)));
  walls.push(performance.now() - started);
  const bad = runs.filter((r) => r.result.verdict !== 'accepted');
  if (bad.length > 0) console.log(`  ${bad.length} probes did not end "accepted"`);
}
const together = median(walls);
console.log(
  `${PEERS} probes to ${PEERS} peers at once (5 runs) median ${together.toFixed(1).padStart(6)} ms  ` +
    `= ${(together / one).toFixed(1)}x one probe (sequentially it would be ~${(one * PEERS).toFixed(0)} ms)`,
);

dns.close();
await Promise.all(peers.map((p) => new Promise((resolve) => p.server.close(resolve))));
