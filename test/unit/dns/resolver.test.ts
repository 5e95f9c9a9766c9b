import { createSocket } from 'node:dgram';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDeadline } from '../../../src/dns/deadline.js';
import { DEADLINE_DETAIL, describeFailure, type LookupFailed } from '../../../src/dns/lookup-result.js';
import { createDnsClient } from '../../../src/dns/resolver.js';
import {
  a,
  aaaa,
  cname,
  mx,
  ptr,
  startDnsServer,
  type TestDnsServer,
  txt,
  type Zone,
} from '../helpers/dns-server.js';

const ZONE: Zone = {
  'example.test': [mx(20, 'mx2.example.test'), mx(10, 'mx1.example.test'), txt('v=spf1 -all')],
  'mx1.example.test': [a('5.6.7.8', 120), a('5.6.7.9', 90), aaaa('2a01:4f8::25', 45)],
  'alias.example.test': [cname('mx1.example.test')],
  'empty.example.test': [],
  '8.7.6.5.in-addr.arpa': [ptr('mx1.example.test.')],
  // 2a01:4f8::25 in nibbles
  '5.2.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.f.4.0.1.0.a.2.ip6.arpa': [ptr('MX1.Example.Test')],
  '1.0.0.127.in-addr.arpa': [ptr('not-localhost.example.test')],
  'xn--bcher-kva.test': [mx(5, 'mail.xn--bcher-kva.test')],
  'broken.test': 'servfail',
  'closed.test': 'refused',
  'slow.test': 'drop',
  '*.slow.test': 'drop',
};

let server: TestDnsServer;
beforeAll(async () => {
  server = await startDnsServer({ ...ZONE });
});
afterAll(async () => {
  await server.close();
});

const client = (extra: Parameters<typeof createDnsClient>[0] = {}) =>
  createDnsClient({ servers: [server.address], timeoutMs: 2000, tries: 1, ...extra });

describe('DNS client: answers', () => {
  it('asks the configured server and returns records of each type', async () => {
    const dns = client();
    expect(dns.servers()).toEqual([server.address]);
    const m = await dns.mx('example.test');
    expect(m).toMatchObject({ status: 'ok', name: 'example.test', type: 'MX', ttl: 60 });
    expect(m.status === 'ok' && [...m.records].sort((x, y) => x.priority - y.priority)).toEqual([
      { exchange: 'mx1.example.test', priority: 10 },
      { exchange: 'mx2.example.test', priority: 20 },
    ]);
    // A and AAAA carry the records' TTL (the smallest of the set).
    expect(await dns.a('mx1.example.test')).toMatchObject({
      status: 'ok',
      records: ['5.6.7.8', '5.6.7.9'],
      ttl: 90,
    });
    expect(await dns.aaaa('mx1.example.test')).toMatchObject({
      status: 'ok',
      records: ['2a01:4f8::25'],
      ttl: 45,
    });
    expect(await dns.txt('example.test')).toMatchObject({ status: 'ok', records: [['v=spf1 -all']] });
    expect(await dns.cname('alias.example.test')).toMatchObject({
      status: 'ok',
      records: ['mx1.example.test'],
    });
    // An A query on an alias follows the CNAME, like a real resolver.
    expect(await dns.a('alias.example.test')).toMatchObject({
      status: 'ok',
      records: ['5.6.7.8', '5.6.7.9'],
    });
  });

  it('looks PTRs up with reversed names for IPv4 and IPv6, lower-cased, never from /etc/hosts', async () => {
    const dns = client();
    expect(await dns.ptr('5.6.7.8')).toMatchObject({
      status: 'ok',
      name: '8.7.6.5.in-addr.arpa',
      records: ['mx1.example.test'],
    });
    expect(await dns.ptr('2a01:4f8:0::25')).toMatchObject({ status: 'ok', records: ['mx1.example.test'] });
    // /etc/hosts says 127.0.0.1 is localhost; the configured server says otherwise, and it wins.
    expect(await dns.ptr('127.0.0.1')).toMatchObject({
      status: 'ok',
      records: ['not-localhost.example.test'],
    });
    expect(server.queries).toContain('PTR 1.0.0.127.in-addr.arpa');
    expect(await dns.ptr('not an ip')).toMatchObject({ status: 'error', type: 'PTR' });
  });

  it('asks for internationalised names in punycode', async () => {
    const dns = client();
    const m = await dns.mx('Bücher.test');
    expect(m).toMatchObject({ status: 'ok', name: 'xn--bcher-kva.test' });
    expect(server.queries).toContain('MX xn--bcher-kva.test');
  });

  it('works with an IPv6 loopback server given as [::1]:PORT', async () => {
    const v6 = await startDnsServer({ 'six.test': [a('5.6.7.10')] }, '::1');
    try {
      expect(v6.address).toMatch(/^\[::1\]:\d+$/);
      const dns = createDnsClient({ servers: [v6.address], timeoutMs: 2000, tries: 1 });
      expect(await dns.a('six.test')).toMatchObject({ status: 'ok', records: ['5.6.7.10'] });
      expect(v6.queries).toEqual(['A six.test']);
    } finally {
      await v6.close();
    }
  });

  it('refuses a malformed server with a configuration error', () => {
    expect(() => createDnsClient({ servers: ['dns.example'] })).toThrow(/resolver.*HOST\[:PORT\]/s);
  });
});

describe('DNS client: failures stay apart', () => {
  it('tells NXDOMAIN, NODATA, SERVFAIL, REFUSED and timeout apart, each with its own sentence', async () => {
    const dns = client({ timeoutMs: 400 }); // slow.test is silent
    const results = [
      await dns.mx('missing.test'),
      await dns.mx('empty.example.test'),
      await dns.mx('broken.test'),
      await dns.mx('closed.test'),
      await dns.mx('slow.test'),
    ];
    expect(results.map((r) => r.status)).toEqual(['nxdomain', 'nodata', 'servfail', 'refused', 'timeout']);
    const sentences = results.map((r) => describeFailure(r as LookupFailed));
    expect(new Set(sentences).size).toBe(5);
    expect(sentences[0]).toBe('missing.test does not exist (NXDOMAIN)');
    expect(sentences[1]).toBe('empty.example.test exists but has no MX record');
    expect(sentences[2]).toMatch(/could not resolve MX broken\.test \(SERVFAIL\)/);
    expect(sentences[3]).toMatch(/refused to answer MX closed\.test \(REFUSED\).*--resolver/);
    expect(sentences[4]).toBe('the DNS server did not answer MX slow.test in time');
  });

  it('reports an unreachable server as an error, not as a missing domain', async () => {
    const socket = createSocket('udp4');
    await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
    const { port } = socket.address();
    await new Promise<void>((resolve) => socket.close(() => resolve()));
    const dns = createDnsClient({ servers: [`127.0.0.1:${port}`], timeoutMs: 50, tries: 1 });
    const r = await dns.a('example.test');
    expect(r).toMatchObject({ status: 'error', detail: 'ECONNREFUSED' });
    expect(describeFailure(r as LookupFailed)).toBe(
      'the lookup of A example.test failed: the DNS server could not be reached (connection refused)',
    );
  });
});

describe('DNS client: deadline', () => {
  it('answers timeout as soon as the check deadline passes, and sends nothing afterwards', async () => {
    const dns = client({ timeoutMs: 5000 });
    const deadline = createDeadline(60);
    const start = Date.now();
    const r = await dns.txt('slow.test', deadline);
    expect(Date.now() - start).toBeLessThan(1000);
    expect(r).toMatchObject({ status: 'timeout', detail: DEADLINE_DETAIL });
    expect(describeFailure(r as LookupFailed)).toBe(
      'the check ran out of time before TXT slow.test was answered',
    );
    const sent = server.queries.length;
    expect(await dns.a('mx1.example.test', deadline)).toMatchObject({ status: 'timeout' });
    expect(server.queries.length).toBe(sent);
    dns.close();
  });
  it('lets hundreds of lookups wait on one deadline without a MaxListenersExceededWarning', async () => {
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(`${w.name}: ${w.message}`);
    process.on('warning', onWarning);
    try {
      const dns = client({ timeoutMs: 5000 });
      // Long enough for the one answered lookup on a busy machine; the 200 dropped ones wait it out.
      const deadline = createDeadline(1500);
      // Distinct names, so none is shared in flight: 200 lookups wait on the deadline at once.
      const slow = Array.from({ length: 200 }, (_, i) => dns.a(`n${i}.slow.test`, deadline));
      const answered = await Promise.all([...slow, dns.a('mx1.example.test', deadline)]);
      expect(answered.slice(0, 200).every((r) => r.status === 'timeout')).toBe(true);
      expect(answered[200]).toMatchObject({ status: 'ok' });
      // Node emits the warning on the next tick after the 11th listener; give it the chance.
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings.filter((w) => w.startsWith('MaxListenersExceededWarning'))).toEqual([]);
      dns.close();
    } finally {
      process.off('warning', onWarning);
    }
  });
});

describe('DNS client: cache', () => {
  it('serves a repeat from the cache without a query, until the TTL runs out', async () => {
    let now = 1_000_000;
    const dns = client({ now: () => now });
    const count = (q: string) => server.queries.filter((x) => x === q).length;
    const before = count('A mx1.example.test');
    await dns.a('mx1.example.test');
    expect(await dns.a('mx1.example.test')).toMatchObject({ status: 'ok', ttl: 90 });
    expect(count('A mx1.example.test')).toBe(before + 1);
    expect(dns.stats).toEqual({ queries: 1, cacheHits: 1 });
    now += 60_000;
    expect(await dns.a('mx1.example.test')).toMatchObject({ ttl: 30 }); // the time it has left
    expect(count('A mx1.example.test')).toBe(before + 1);
    now += 31_000; // past the 90 s TTL
    await dns.a('mx1.example.test');
    expect(count('A mx1.example.test')).toBe(before + 2);
  });

  it('keeps types without a visible TTL for 60 s, negative answers for 30 s, failures not at all', async () => {
    let now = 0;
    const dns = client({ now: () => now });
    const count = (q: string) => server.queries.filter((x) => x === q).length;
    const base = {
      mx: count('MX example.test'),
      nx: count('MX gone.test'),
      sf: count('MX broken.test'),
    };
    await dns.mx('example.test');
    await dns.mx('gone.test');
    await dns.mx('broken.test');
    now += 29_000;
    await dns.mx('example.test');
    expect(await dns.mx('gone.test')).toMatchObject({ status: 'nxdomain' });
    await dns.mx('broken.test');
    expect(count('MX example.test') - base.mx).toBe(1);
    expect(count('MX gone.test') - base.nx).toBe(1);
    expect(count('MX broken.test') - base.sf).toBe(2); // SERVFAIL is asked again
    now += 2_000;
    await dns.mx('gone.test');
    expect(count('MX gone.test') - base.nx).toBe(2);
    now += 30_000;
    await dns.mx('example.test');
    expect(count('MX example.test') - base.mx).toBe(2);
  });

  it('shares one query between identical lookups in flight', async () => {
    const dns = client();
    const before = server.queries.length;
    const [x, y] = await Promise.all([dns.aaaa('mx1.example.test'), dns.aaaa('mx1.example.test')]);
    expect(x).toEqual(y);
    expect(server.queries.length - before).toBe(1);
  });

  it('stays within its size, dropping the least recently used answer', async () => {
    const dns = client({ cacheSize: 2 });
    const before = server.queries.length;
    await dns.a('mx1.example.test');
    await dns.aaaa('mx1.example.test');
    await dns.a('mx1.example.test'); // hit; AAAA is now the oldest
    await dns.mx('example.test'); // evicts AAAA
    await dns.a('mx1.example.test'); // still cached
    await dns.aaaa('mx1.example.test'); // asked again
    expect(server.queries.slice(before)).toEqual([
      'A mx1.example.test',
      'AAAA mx1.example.test',
      'MX example.test',
      'AAAA mx1.example.test',
    ]);
  });
});
