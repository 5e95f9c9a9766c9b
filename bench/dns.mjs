#!/usr/bin/env node
// DNS benchmark: npm run bench:dns
// /blacklist of one IP against 40 zones served by a DNS server on loopback (dns2, started here):
// 1. cold: every zone and its RFC 5782 probes asked at once; the time should be about one round trip;
// 2. one zone that never answers: the check ends within the per-query timeout plus a small margin;
// 3. a cached repeat: no query is sent.
// Nothing leaves 127.0.0.1.
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const load = (path) => import(pathToFileURL(`${root}dist/src/${path}`).href);
const { checkBlacklist } = await load('checks/blacklist/check-blacklist.js');
const { createDeadline } = await load('dns/deadline.js');
const { createDnsClient } = await load('dns/resolver.js');
const { createServer, Packet } = createRequire(import.meta.url)('dns2');

const ZONES = Array.from({ length: 40 }, (_, i) => `z${String(i + 1).padStart(2, '0')}.bench.test`);
const SLOW = ZONES[39];
const TIMEOUT_MS = 300;
const listed = new Set([`8.7.6.5.${ZONES[0]}`, `8.7.6.5.${ZONES[7]}`]);
let queries = 0;

const server = createServer({
  udp: { type: 'udp4' },
  handle: (request, send) => {
    const q = request.questions[0];
    if (!q) return;
    queries++;
    const name = q.name.toLowerCase();
    if (slow && name.endsWith(`.${SLOW}`)) return; // never answers
    const response = Packet.createResponseFromRequest(request);
    if (name.startsWith('2.0.0.127.') || listed.has(name)) {
      response.answers.push({
        name: q.name,
        type: Packet.TYPE.A,
        class: Packet.CLASS.IN,
        ttl: 300,
        address: '127.0.0.2',
      });
    } else {
      response.header.rcode = 3; // NXDOMAIN
    }
    send(response);
  },
});
let slow = false;
await server.listen({ udp: { port: 0, address: '127.0.0.1' } });
const address = `127.0.0.1:${server.addresses().udp.port}`;

async function run(dns, label) {
  const before = queries;
  const started = performance.now();
  const check = await checkBlacklist('5.6.7.8', { dns, deadline: createDeadline(10_000), zones: ZONES });
  const ms = performance.now() - started;
  const count = (v) => check.results.filter((r) => r.listed === v).length;
  console.log(
    `${label.padEnd(34)} ${ms.toFixed(1).padStart(7)} ms  ${String(queries - before).padStart(3)} queries  ` +
      `listed ${count(true)}, clean ${count(false)}, could not tell ${count(null)}`,
  );
  return ms;
}

try {
  const client = () => createDnsClient({ servers: [address], timeoutMs: TIMEOUT_MS, tries: 1 });
  const warm = client();
  await run(warm, 'warm-up (JIT, sockets)');
  warm.clearCache();
  const dns = client();
  const cold = await run(dns, '40 zones, cold cache');
  await run(dns, '40 zones, cached repeat');
  slow = true;
  const withSlow = await run(client(), `40 zones, ${SLOW} silent`);
  console.log(
    `\ncold: ${cold.toFixed(1)} ms (target < 50 ms); one silent zone: ${withSlow.toFixed(0)} ms ` +
      `(per-query timeout ${TIMEOUT_MS} ms; c-ares adds up to ~200 ms of its own)`,
  );
  console.log(
    'The times include the test server: dns2 parses each packet in JavaScript, in this process, so 160 ' +
      'queries arrive spread over most of the cold time; a compiled server (NSD, Knot) answers faster.',
  );
} finally {
  await server.close();
}
