import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBlacklistReport } from '../../../../src/checks/blacklist/blacklist-report.js';
import { checkBlacklist } from '../../../../src/checks/blacklist/check-blacklist.js';
import type { BlacklistCheckOptions } from '../../../../src/checks/blacklist/types.js';
import { createDeadline } from '../../../../src/dns/deadline.js';
import { createDnsClient } from '../../../../src/dns/resolver.js';
import { DNSBL_ZONES } from '../../../../src/knowledge/dnsbl-zones.js';
import type { ZoneResult } from '../../../../src/report/types.js';
import { a, startDnsServer, type TestDnsServer } from '../../helpers/dns-server.js';
import { DNSBL_ZONE, RANDOM_LABEL, withWildcard } from './zone.js';

let server: TestDnsServer;
beforeAll(async () => {
  server = await startDnsServer(withWildcard(DNSBL_ZONE, 'wild.list.test', [a('127.0.0.2')]));
});
afterAll(async () => {
  await server.close();
});

const IP_LISTS = DNSBL_ZONES.filter((z) => z.kind === 'ip' && !z.dead).length;

async function run(target: string, options: Partial<BlacklistCheckOptions> = {}, deadlineMs = 5000) {
  // Some lists' names are silent (timeouts): short enough to stay quick, long enough for answers under load.
  const dns = createDnsClient({ servers: [server.address], timeoutMs: 500, tries: 1 });
  const streamed: ZoneResult[] = [];
  const check = await checkBlacklist(target, {
    dns,
    deadline: createDeadline(deadlineMs),
    randomLabel: RANDOM_LABEL,
    onResult: (r) => streamed.push(r),
    ...options,
  });
  const report = buildBlacklistReport(check, { servers: dns.servers() });
  const codes = check.findings.map((f) => `${f.severity} ${f.code}`);
  const text = (code: string) => check.findings.filter((f) => f.code === code).map((f) => f.message);
  const zone = (name: string, about = check.target) =>
    check.results.find((r) => r.zone === name && r.target === about);
  return { check, report, codes, text, zone, streamed, dns };
}

describe('checkBlacklist: an IP address', () => {
  it('decodes a ZEN listing into SBL, XBL and PBL, with the delisting page', async () => {
    const { report, codes, text, zone, streamed, check } = await run('5.6.7.8');
    expect(zone('zen.spamhaus.org')).toEqual({
      zone: 'zen.spamhaus.org',
      list: 'Spamhaus ZEN',
      target: '5.6.7.8',
      listed: true,
      status: 'listed',
      answer: '127.0.0.2, 127.0.0.4, 127.0.0.10',
      meaning:
        '127.0.0.2: SBL: known spam source or spam operation; 127.0.0.4: XBL: infected or exploited host ' +
        '(malware, open proxy); 127.0.0.10: PBL (set by the ISP): end-user address that should not send mail directly',
      reason: null,
      delist: 'https://check.spamhaus.org/',
    });
    expect(report.headline).toBe(
      `5.6.7.8 is listed on 1 of ${IP_LISTS} lists (Spamhaus SBL, Spamhaus XBL, Spamhaus PBL)`,
    );
    expect(codes).toEqual(['fail listed', 'ok not-listed']);
    expect(text('listed')[0]).toMatch(
      /^5\.6\.7\.8 is listed on Spamhaus ZEN \(zen\.spamhaus\.org\): 127\.0\.0\.2/,
    );
    expect(text('listed')[0]).toContain('https://check.spamhaus.org/');
    expect(text('not-listed')[0]).toMatch(
      new RegExp(`^5\\.6\\.7\\.8 is not listed on ${IP_LISTS - 1} lists: SpamCop`),
    );
    // Every list's answer streamed as it came, and the report carries them all, in the lists' order.
    expect(streamed).toHaveLength(IP_LISTS);
    expect(report.zones?.map((r) => r.zone)).toEqual(
      DNSBL_ZONES.filter((z) => z.kind === 'ip' && !z.dead).map((z) => z.zone),
    );
    expect(check.results.every((r) => r.target === '5.6.7.8')).toBe(true);
    expect(server.queries).toContain('A 8.7.6.5.zen.spamhaus.org');
    // Domain lists are not asked about an IP.
    expect(server.queries).not.toContain('A 8.7.6.5.dbl.spamhaus.org');
  });

  it('says "clean" when every list answers NXDOMAIN', async () => {
    const { report, codes, check } = await run('5.6.7.9');
    expect(report.headline).toBe(`5.6.7.9 is clean on ${IP_LISTS} lists`);
    expect(codes).toEqual(['ok not-listed']);
    expect(check.results.every((r) => r.listed === false && r.status === 'not-listed')).toBe(true);
  });

  it('never reads a Spamhaus error code as a listing, and says to use another resolver or DQS', async () => {
    for (const [ip, answer, words] of [
      ['5.6.7.10', '127.255.255.254', /public or open resolver/],
      ['5.6.7.11', '127.255.255.255', /too many queries/],
    ] as const) {
      const { zone, report, codes, text } = await run(ip);
      expect(zone('zen.spamhaus.org')).toMatchObject({ listed: null, status: 'list-error', answer });
      expect(zone('zen.spamhaus.org')?.reason).toMatch(words);
      expect(zone('zen.spamhaus.org')?.reason).toMatch(
        /--resolver or MAILMEDIC_RESOLVERS.*MAILMEDIC_SPAMHAUS_DQS_KEY/,
      );
      expect(codes).toEqual(['warn could-not-check', 'ok not-listed']);
      expect(text('could-not-check')[0]).toMatch(
        new RegExp(`^Could not check ${ip} on zen\\.spamhaus\\.org`),
      );
      expect(report.headline).toBe(`${ip} is clean on ${IP_LISTS - 1} lists; 1 could not be checked`);
    }
  });

  it('does not trust an answer outside 127.0.0.0/8', async () => {
    const { zone } = await run('5.6.7.12');
    expect(zone('bl.spamcop.net')).toMatchObject({ listed: null, status: 'not-a-code', answer: '192.0.2.1' });
    expect(zone('bl.spamcop.net')?.reason).toMatch(/outside 127\.0\.0\.0\/8.*rewrites/);
  });

  it('keeps SERVFAIL, REFUSED and timeouts apart, none of them a listing', async () => {
    const { zone, report, text } = await run('5.6.7.13');
    const psbl = zone('psbl.surriel.com');
    const uce = zone('dnsbl-1.uceprotect.net');
    const barracuda = zone('b.barracudacentral.org');
    expect([psbl?.status, uce?.status, barracuda?.status]).toEqual(['servfail', 'refused', 'timeout']);
    expect([psbl?.listed, uce?.listed, barracuda?.listed]).toEqual([null, null, null]);
    expect(psbl?.reason).toMatch(/SERVFAIL/);
    expect(uce?.reason).toMatch(/REFUSED.*use a resolver that does/i);
    expect(barracuda?.reason).toMatch(/did not answer in time/);
    expect(text('could-not-check')).toHaveLength(3);
    expect(report.headline).toBe(`5.6.7.13 is clean on ${IP_LISTS - 3} lists; 3 could not be checked`);
  });

  it('reports a good Mailspike reputation as good, not as a listing', async () => {
    const { zone, report, codes, text } = await run('5.6.7.14');
    expect(zone('rep.mailspike.net')).toMatchObject({
      listed: false,
      status: 'good-reputation',
      answer: '127.0.0.18',
      meaning: 'good reputation: a good reputation, not a listing',
    });
    expect(zone('bl.mailspike.net')).toMatchObject({ listed: false, status: 'good-reputation' });
    expect(codes).toEqual(['ok good-reputation', 'ok good-reputation', 'ok not-listed']);
    expect(text('good-reputation')[0]).toBe(
      '5.6.7.14 has a good reputation on Mailspike BL (127.0.0.18: good reputation: a good reputation, not a listing).',
    );
    expect(report.headline).toBe(`5.6.7.14 is clean on ${IP_LISTS} lists`);
  });

  it('asks IPv6 addresses as 32 reversed nibbles, and only lists that hold IPv6', async () => {
    const { zone, check, report } = await run('2A01:4F8::25');
    expect(server.queries).toContain(
      'A 5.2.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.f.4.0.1.0.a.2.zen.spamhaus.org',
    );
    expect(zone('zen.spamhaus.org', '2a01:4f8::25')).toMatchObject({ listed: true, answer: '127.0.0.3' });
    expect(check.results.map((r) => r.zone)).toEqual(['zen.spamhaus.org', 'all.s5h.net']);
    expect(report.headline).toBe('2a01:4f8::25 is listed on 1 of 2 lists (Spamhaus CSS)');
    expect(check.notes[0]).toMatch(/IPv4 addresses only/);
  });

  it('gives private and loopback addresses an info finding and asks nothing', async () => {
    const before = server.queries.length;
    for (const ip of ['10.1.2.3', '127.0.0.1', '169.254.1.1', 'fd00::1']) {
      const { codes, report, check } = await run(ip);
      expect(codes, ip).toEqual(['info not-public']);
      expect(report.headline).toBe(`${ip} is not a public address: blocklists do not list it`);
      expect(check.results).toEqual([]);
    }
    expect(server.queries.length).toBe(before);
  });

  it('asks about a reserved (documentation) address, saying real lists never hold one', async () => {
    const { codes, report, text, check } = await run('203.0.113.7');
    expect(codes).toEqual(['ok not-listed', 'info not-public']);
    expect(text('not-public')[0]).toMatch(/^203\.0\.113\.7 is a reserved address .*asked anyway/);
    expect(report.headline).toBe(`203.0.113.7 is clean on ${IP_LISTS} lists`);
    expect(check.results).toHaveLength(IP_LISTS);
  });

  it('sends the health probes once per zone, beside the query, under one deadline', async () => {
    const { dns } = await run('5.6.7.9');
    const probes = server.queries.filter((q) => q === 'A 2.0.0.127.bl.spamcop.net');
    expect(probes.length).toBeGreaterThanOrEqual(1);
    expect(server.queries).toContain(`A ${RANDOM_LABEL}.bl.spamcop.net`);
    expect(server.queries).toContain('A 1.0.0.127.bl.spamcop.net');
    // A repeat is served by the DNS cache.
    const asked = dns.stats.queries;
    await checkBlacklist('5.6.7.9', { dns, deadline: createDeadline(5000), randomLabel: RANDOM_LABEL });
    expect(dns.stats.queries).toBe(asked);
  });

  it('repeats without a single query: the random probe label is fixed for the process', async () => {
    const dns = createDnsClient({ servers: [server.address], timeoutMs: 2000, tries: 1 });
    await checkBlacklist('5.6.7.9', { dns, deadline: createDeadline(5000) });
    const asked = dns.stats.queries;
    expect(asked).toBe(IP_LISTS * 4);
    await checkBlacklist('5.6.7.9', { dns, deadline: createDeadline(5000) });
    expect(dns.stats.queries).toBe(asked);
  });

  it('answers within the deadline when a list never answers', async () => {
    const dns = createDnsClient({ servers: [server.address], timeoutMs: 5000, tries: 1 });
    const started = performance.now();
    const check = await checkBlacklist('5.6.7.13', {
      dns,
      deadline: createDeadline(150),
      randomLabel: RANDOM_LABEL,
    });
    expect(performance.now() - started).toBeLessThan(1500);
    const barracuda = check.results.find((r) => r.zone === 'b.barracudacentral.org');
    expect(barracuda).toMatchObject({ listed: null, status: 'timeout' });
    expect(barracuda?.reason).toMatch(/ran out of time/);
    expect(check.results.find((r) => r.zone === 'bl.spamcop.net')?.listed).toBe(false);
  });
});

describe('checkBlacklist: a domain', () => {
  it('checks the domain on the domain lists and its mail hosts on the IP lists', async () => {
    const { check, report, codes, text, zone } = await run('example.test');
    expect(check.mailHosts).toEqual([
      { ip: '5.6.7.8', host: 'mx1.example.test', scope: 'public' },
      { ip: '5.6.7.9', host: 'mx2.example.test', scope: 'public' },
      { ip: '10.0.0.25', host: 'mx2.example.test', scope: 'private' },
      { ip: '2a01:4f8::25', host: 'mx2.example.test', scope: 'public' },
    ]);
    expect(zone('dbl.spamhaus.org')).toMatchObject({ listed: false, status: 'not-listed' });
    expect(zone('zen.spamhaus.org', '5.6.7.8')).toMatchObject({ listed: true });
    expect(zone('zen.spamhaus.org', '2a01:4f8::25')).toMatchObject({ listed: true });
    expect(server.queries).toContain('A example.test.dbl.spamhaus.org');
    expect(report.headline).toBe(
      'example.test is clean on 3 lists; 2 of its 3 mail host addresses are listed ' +
        '(Spamhaus SBL, Spamhaus XBL, Spamhaus PBL, Spamhaus CSS)',
    );
    expect(codes.slice(0, 2)).toEqual(['fail listed', 'fail listed']);
    expect(text('listed')[0]).toMatch(
      /^Mail host 5\.6\.7\.8 \(mx1\.example\.test\) is listed on Spamhaus ZEN/,
    );
    expect(text('mail-hosts')[0]).toBe(
      "example.test's mail hosts, checked on the IP lists: mx1.example.test (5.6.7.8); " +
        'mx2.example.test (5.6.7.9, 10.0.0.25, 2a01:4f8::25)',
    );
    expect(text('not-public')[0]).toMatch(/^10\.0\.0\.25 \(mx2\.example\.test\) is a private address/);
    // Each zone's test points were asked once, though three addresses were checked on it.
    expect(check.results.filter((r) => r.zone === 'zen.spamhaus.org')).toHaveLength(3);
  });

  it('asks the domain lists about the registered domain of a host name, which SURBL and URIBL list alone', async () => {
    const host = await run('www.shop.spammy.test');
    expect(server.queries).toContain('A spammy.test.multi.surbl.org');
    expect(host.zone('multi.surbl.org', 'spammy.test')).toMatchObject({ listed: true, answer: '127.0.0.72' });
    expect(host.zone('dbl.spamhaus.org', 'spammy.test')).toMatchObject({ listed: true });
    // The host name itself is asked too: Spamhaus DBL can list a host below a clean domain.
    expect(host.zone('dbl.spamhaus.org', 'www.shop.spammy.test')).toMatchObject({ listed: false });
    expect(host.check.registeredDomain).toBe('spammy.test');
    // One verdict per list, whichever name it listed.
    expect(host.report.headline).toMatch(
      /^www\.shop\.spammy\.test \(registered domain spammy\.test\) is listed on 2 of 3 lists \(Spamhaus DBL, SURBL PH, SURBL ABUSE\)/,
    );
    expect(host.text('listed')[0]).toMatch(/^spammy\.test is listed on Spamhaus DBL/);
    // A registered domain is asked once, as itself.
    const plain = await run('spammy.test');
    expect(plain.check.registeredDomain).toBeUndefined();
    expect(plain.check.results.filter((r) => r.zone === 'multi.surbl.org')).toHaveLength(1);
  });

  it('decodes DBL and the SURBL bitmask, and reads SURBL bit 1 and URIBL 127.0.0.1 as refusals', async () => {
    const spammy = await run('spammy.test');
    expect(spammy.zone('dbl.spamhaus.org')).toMatchObject({ listed: true, meaning: 'spam domain' });
    expect(spammy.zone('multi.surbl.org')).toMatchObject({
      listed: true,
      answer: '127.0.0.72',
      meaning: 'PH: phishing; ABUSE: spam and abuse',
    });
    expect(spammy.report.headline).toBe(
      'spammy.test is listed on 2 of 3 lists (Spamhaus DBL, SURBL PH, SURBL ABUSE); its mail hosts could not be found for the IP lists',
    );
    expect(spammy.text('mail-hosts-unknown')[0]).toMatch(/spammy\.test does not exist \(NXDOMAIN\)/);
    const blocked = await run('blocked.test');
    expect(blocked.zone('multi.surbl.org')).toMatchObject({
      listed: null,
      status: 'list-error',
      answer: '127.0.0.73',
    });
    expect(blocked.zone('multi.surbl.org')?.reason).toMatch(/blocked this query.*own recursive resolver/);
    const refused = await run('refused.test');
    expect(refused.zone('multi.uribl.com')).toMatchObject({
      listed: null,
      status: 'list-error',
      answer: '127.0.0.1',
    });
    expect(refused.zone('multi.uribl.com')?.reason).toMatch(/URIBL refused this query/);
  });

  it('says why the IP lists were not asked when the mail hosts cannot be found', async () => {
    const nomx = await run('nomx.test');
    expect(nomx.text('mail-hosts-unknown')[0]).toMatch(/no MX records and no address/);
    const ghost = await run('ghost.test');
    expect(ghost.text('mail-hosts-unknown')[0]).toMatch(/nowhere\.ghost\.test\) have no address/);
    expect(ghost.report.headline).toBe(
      'ghost.test is clean on 3 lists; its mail hosts could not be found for the IP lists',
    );
  });
});

describe('checkBlacklist: chosen zones (--zone)', () => {
  it('asks only the zones given; an unknown zone reads any 127.0.0.0/8 answer as listed', async () => {
    const before = server.queries.length;
    const { check, report, codes } = await run('5.6.7.8', { zones: ['own.list.test'] });
    expect(check.results).toEqual([
      {
        zone: 'own.list.test',
        list: 'own.list.test',
        target: '5.6.7.8',
        listed: true,
        status: 'listed',
        answer: '127.0.0.3',
        meaning: 'listed (return code 127.0.0.3, not documented here)',
        reason: null,
        delist: null,
      },
    ]);
    expect(codes).toEqual(['fail listed']);
    expect(report.headline).toBe('5.6.7.8 is listed on 1 of 1 list (own.list.test)');
    expect(server.queries.slice(before).every((q) => q.endsWith('.own.list.test'))).toBe(true);
  });

  it('does not trust a zone that lists everything or lists its test point 127.0.0.1', async () => {
    const { check, codes, text, report } = await run('5.6.7.9', {
      zones: ['wild.list.test', 'testpoint.list.test'],
    });
    expect(check.results.map((r) => [r.zone, r.listed, r.status])).toEqual([
      ['wild.list.test', null, 'wildcard'],
      ['testpoint.list.test', null, 'wildcard'],
    ]);
    expect(codes).toEqual(['warn wildcard-zone', 'warn wildcard-zone']);
    expect(text('wildcard-zone')[0]).toMatch(/answers "listed" for its test point 127\.0\.0\.1/);
    expect(text('wildcard-zone')[1]).toMatch(/its test point 127\.0\.0\.1/);
    expect(report.headline).toBe('5.6.7.9 could not be checked: none of the 2 lists could tell');
    expect(check.results[0]?.reason).toMatch(/lists everything/);
  });

  it('catches a wildcard by the random label alone', async () => {
    const { check } = await run('5.6.7.9', { zones: ['wild.list.test'], randomLabel: 'mailmedic-xyz' });
    expect(check.results[0]?.status).toBe('wildcard');
    expect(server.queries).toContain('A mailmedic-xyz.wild.list.test');
  });

  it('does not trust "not listed" from a zone that does not list its test point 127.0.0.2', async () => {
    const { check } = await run('5.6.7.9', { zones: ['empty.list.test'] });
    expect(check.results[0]).toMatchObject({ listed: null, status: 'test-point-missing' });
    expect(check.results[0]?.reason).toMatch(/does not list its own test point 127\.0\.0\.2 \(RFC 5782\)/);
  });

  it('tells why a dead list is not asked', async () => {
    const before = server.queries.length;
    const { check, codes, text, report } = await run('5.6.7.8', {
      zones: ['dnsbl.sorbs.net', 'dnsbl.ahbl.org'],
    });
    expect(check.results.map((r) => [r.zone, r.listed, r.status])).toEqual([
      ['dnsbl.sorbs.net', null, 'dead'],
      ['dnsbl.ahbl.org', null, 'dead'],
    ]);
    expect(codes).toEqual(['info dead-zone', 'info dead-zone']);
    expect(report.headline).toBe('5.6.7.8 was not checked: the 2 lists asked for are dead');
    expect(text('dead-zone')[0]).toMatch(/SORBS closed in June 2024/);
    expect(text('dead-zone')[1]).toMatch(/answers "listed" for every query/);
    expect(server.queries.length).toBe(before);
  });

  it('never asks the dead lists by default', async () => {
    await run('5.6.7.9');
    expect(server.queries.some((q) => /sorbs|ahbl|njabl|dsbl|ordb/.test(q))).toBe(false);
  });
});

describe('checkBlacklist: Spamhaus DQS', () => {
  it('asks <key>.zen.dq.spamhaus.net and never shows the key', async () => {
    const { zone, report } = await run('5.6.7.8', { dqsKey: 'k3y' });
    expect(server.queries).toContain('A 8.7.6.5.k3y.zen.dq.spamhaus.net');
    expect(server.queries).toContain('A 2.0.0.127.k3y.zen.dq.spamhaus.net');
    expect(zone('zen.spamhaus.org')).toMatchObject({ listed: true, answer: '127.0.0.4' });
    expect(JSON.stringify(report)).not.toContain('k3y');
  });
});
