/**
 * Round 49, held out: /mx against the DNS setups admins actually meet, served by the loopback DNS server
 * (test/unit/helpers/dns-server.ts). Round 36 and test/unit/checks/mx covered preference ties, 12 MX hosts,
 * IPv6-only hosts, a CNAME target (one step) and a dead one, IPv4/IPv6 literals, null MX (alone, twice,
 * mixed), implicit MX, no mail host, NXDOMAIN with a suggestion, a target without address, missing and
 * unconfirmed PTRs, private hosts (all, some), SERVFAIL/REFUSED/timeouts for the domain or its only host,
 * punycode, capitals and a trailing dot. This round does not repeat them. Every case asserts what a
 * demanding admin expects: the right verdict, never "cannot receive mail" when DNS merely failed, a clear
 * reason and next step, bounded time.
 *
 * MEASURED as written, before any source change: 22 of 33 right. The misses:
 *  - an MX target that is a chain of two CNAMEs: the advice pointed at the first step, not at the name
 *    that has the address;
 *  - MX 10 localhost.: "does not exist (NXDOMAIN)", where resolvers answer localhost themselves (RFC 6761)
 *    and the real trouble is that senders would deliver to themselves;
 *  - an MX written without its trailing dot in a zone file (mail.example.org.example.org): "does not
 *    exist", without spotting the doubled name nor the missing dot;
 *  - a domain that is a CNAME to another domain: the other domain's MX hosts listed without a word that
 *    they are another domain's;
 *  - one host with a private address beside its public one (a split-horizon leak): not mentioned;
 *  - one host with 12 addresses: only 8 shown, silently;
 *  - no MX and only an IPv6 address (implicit MX): no warning that IPv4-only senders cannot reach it;
 *  - a missing PTR: not said that it matters for mail the host sends, not for mail it receives;
 *  - Google Workspace and Microsoft 365 MX hosts: not recognised nor named (three cases).
 * After the fixes: 33 of 33. One existing test changed with them: check-mx.test's IP-literal case listed
 * the queries exactly; it now allows the CNAME question for the domain itself (is it an alias?).
 *
 * Second batch (6 cases, the last describe), written after those fixes and measured as written: 5 of 6
 * right. Miss: a filtering gateway (Proofpoint) as first MX, with the own server as backup, not named
 * (the provider was named only when every host was its). Two cases passed as written with poor words,
 * found on reading the answers, and got an assertion each: a CNAME loop was called "a CNAME for" the
 * host itself, and MX localhost.localdomain got only "does not exist, correct the MX record". After the
 * fixes: 6 of 6.
 *
 * Third batch (3 cases), measured as written: 2 of 3. Miss: a domain that is an alias of a web host without
 * MX records (implicit MX through a CNAME): the alias not said. After the fix: 3 of 3 (check-mx.test's
 * implicit case now allows the one CNAME question for the domain).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkMx } from '../../../src/checks/mx/check-mx.js';
import { buildMxReport } from '../../../src/checks/mx/mx-report.js';
import { parseCommand } from '../../../src/commands/parse-command.js';
import { createDeadline } from '../../../src/dns/deadline.js';
import { createDnsClient } from '../../../src/dns/resolver.js';
import { reverseName } from '../../../src/dns/reverse-name.js';
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

const rev = (ip: string) => reverseName(ip) as string;

/** A host with one public-looking address and a PTR that confirms it. */
function host(name: string, ip: string): Zone {
  return { [name]: [ip.includes(':') ? aaaa(ip) : a(ip)], [rev(ip)]: [ptr(name)] };
}

const pool: Zone = {
  'pool.rr.example.org': Array.from({ length: 12 }, (_, i) => a(`5.6.49.${100 + i}`)),
};
for (let i = 0; i < 12; i++) pool[rev(`5.6.49.${100 + i}`)] = [ptr('pool.rr.example.org')];

const ZONE: Zone = {
  ...pool,
  // A CNAME chain of two steps: the MX should point at the last name, the one with the address.
  'chain.example.org': [mx(10, 'mail.chain.example.org')],
  'mail.chain.example.org': [cname('mx.hoster.example.net')],
  'mx.hoster.example.net': [cname('edge7.hoster.example.net')],
  ...host('edge7.hoster.example.net', '5.6.49.1'),
  // An IP address written as the MX host name, beside a working MX.
  'litmix.example.org': [mx(10, '198.51.100.25'), mx(20, 'mx.litmix.example.org')],
  ...host('mx.litmix.example.org', '5.6.49.2'),
  // MX 10 localhost. (no such name in the zone: resolvers answer it themselves, RFC 6761).
  'lo.example.org': [mx(10, 'localhost')],
  // The old template: localhost.<domain> with 127.0.0.1, named as the MX.
  'lo2.example.org': [mx(10, 'localhost.lo2.example.org')],
  'localhost.lo2.example.org': [a('127.0.0.1')],
  // A parked domain: the mail host "resolves" to 0.0.0.0.
  'parked.example.org': [mx(10, 'mx.parked.example.org')],
  'mx.parked.example.org': [a('0.0.0.0')],
  // No MX, the domain's own address private / IPv6 only.
  'implpriv.example.org': [a('10.1.2.3'), txt('v=spf1 -all')],
  'impl6.example.org': [aaaa('2a01:4f8::49'), txt('v=spf1 -all')],
  [rev('2a01:4f8::49')]: [ptr('impl6.example.org')],
  // Two load-balanced hosts at 10, a backup at 50 that does not exist.
  'lb.example.org': [
    mx(10, 'mx1.lb.example.org'),
    mx(10, 'mx2.lb.example.org'),
    mx(50, 'backup.lb.example.org'),
  ],
  ...host('mx1.lb.example.org', '5.6.49.3'),
  ...host('mx2.lb.example.org', '5.6.49.4'),
  // A typo in the second host's domain (exmaple), so NXDOMAIN.
  'typohost.example.org': [mx(10, 'mx1.typohost.example.org'), mx(20, 'mx2.typohost.exmaple.org')],
  ...host('mx1.typohost.example.org', '5.6.49.5'),
  // The zone file's MX written without its trailing dot: the origin was appended.
  'dot.example.org': [mx(10, 'mail.dot.example.org.dot.example.org')],
  ...host('mail.dot.example.org', '5.6.49.6'),
  // One of two hosts gets SERVFAIL (lame delegation of the hoster's zone), or no answer at all.
  'sfone.example.org': [mx(10, 'mx1.sfone.example.org'), mx(20, 'mx2.sfone.example.net')],
  ...host('mx1.sfone.example.org', '5.6.49.7'),
  'mx2.sfone.example.net': 'servfail',
  'slowbackup.example.org': [mx(10, 'mx1.slowbackup.example.org'), mx(20, 'mx2.slowbackup.example.net')],
  ...host('mx1.slowbackup.example.org', '5.6.49.8'),
  'mx2.slowbackup.example.net': 'drop',
  // The domain itself is a CNAME to another domain that holds the MX records.
  'alias.example.org': [cname('mailhost.example.net')],
  'mailhost.example.net': [mx(10, 'mx.mailhost.example.net')],
  ...host('mx.mailhost.example.net', '5.6.49.9'),
  // IDN: Unicode domain (capitals) and a Unicode MX host.
  'xn--bcher-kva.example': [mx(10, 'mail.xn--mnchen-3ya.example')],
  ...host('mail.xn--mnchen-3ya.example', '5.6.49.10'),
  // Wildcard MX for every name under wild.example.org.
  '*.wild.example.org': [mx(10, 'mx.wild.example.org')],
  ...host('mx.wild.example.org', '5.6.49.11'),
  // TTL 0 everywhere.
  'ttl0.example.org': [mx(10, 'mx.ttl0.example.org', 0)],
  'mx.ttl0.example.org': [a('5.6.49.12', 0)],
  [rev('5.6.49.12')]: [ptr('mx.ttl0.example.org')],
  // Google Workspace, the classic five records, and the single record of 2023.
  'gw.example.org': [
    mx(1, 'aspmx.l.google.com'),
    mx(5, 'alt1.aspmx.l.google.com'),
    mx(5, 'alt2.aspmx.l.google.com'),
    mx(10, 'alt3.aspmx.l.google.com'),
    mx(10, 'alt4.aspmx.l.google.com'),
  ],
  ...host('aspmx.l.google.com', '5.6.50.1'),
  ...host('alt1.aspmx.l.google.com', '5.6.50.2'),
  ...host('alt2.aspmx.l.google.com', '5.6.50.3'),
  ...host('alt3.aspmx.l.google.com', '5.6.50.4'),
  ...host('alt4.aspmx.l.google.com', '5.6.50.5'),
  'gw2.example.org': [mx(1, 'smtp.google.com')],
  ...host('smtp.google.com', '5.6.50.6'),
  // Microsoft 365: one MX at the tenant's protection host.
  'm365.example.org': [mx(0, 'm365-example-org.mail.protection.outlook.com')],
  ...host('m365-example-org.mail.protection.outlook.com', '5.6.50.7'),
  // A mail host without PTR.
  'noptr49.example.org': [mx(10, 'mx.noptr49.example.org')],
  'mx.noptr49.example.org': [a('5.6.49.13')],
  // One MX host with 12 addresses (round robin).
  'rr.example.org': [mx(10, 'pool.rr.example.org')],
  // A real host at preference 0 is not a null MX.
  'zero.example.org': [mx(0, 'mx.zero.example.org')],
  ...host('mx.zero.example.org', '5.6.49.14'),
  // One host with a private and a public address (internal address leaked into public DNS).
  'leak.example.org': [mx(10, 'mx.leak.example.org')],
  'mx.leak.example.org': [a('10.0.0.25'), a('5.6.49.15')],
  [rev('5.6.49.15')]: [ptr('mx.leak.example.org')],
  // The same host at two preferences, in different case.
  'caseh.example.org': [mx(10, 'MX.Caseh.Example.ORG'), mx(20, 'mx.caseh.example.org')],
  ...host('mx.caseh.example.org', '5.6.49.16'),
  // A shared (CGNAT) address as the only mail host.
  'cgnat.example.org': [mx(10, 'mx.cgnat.example.org')],
  'mx.cgnat.example.org': [a('100.64.12.7')],
  // ---- Second batch (written after the fixes of the first, measured as written: see its describe).
  // An MX target whose CNAMEs loop.
  'cloop.example.org': [mx(10, 'mail.cloop.example.org')],
  'mail.cloop.example.org': [cname('mail2.cloop.example.org')],
  'mail2.cloop.example.org': [cname('mail.cloop.example.org')],
  // cPanel's old default: MX localhost.localdomain.
  'cpanel.example.org': [mx(0, 'localhost.localdomain')],
  // The domain is an alias of a domain that publishes a null MX.
  'aliasnull.example.org': [cname('nomail.example.net')],
  'nomail.example.net': [mx(0, '.')],
  // Mail through a filtering gateway (Proofpoint), with the own server as a backup.
  'gateway.example.org': [mx(10, 'mx0a-001.pphosted.com'), mx(20, 'mail.gateway.example.org')],
  ...host('mx0a-001.pphosted.com', '5.6.50.8'),
  ...host('mail.gateway.example.org', '5.6.49.17'),
  // A host name that only looks like Google's.
  'fakegoogle.example.org': [mx(10, 'aspmx.l.google.com.evil.example.net')],
  ...host('aspmx.l.google.com.evil.example.net', '5.6.49.18'),
  // Two hosts, each IPv6 only: accepted, one warning for the domain, not one per host.
  'v6pair.example.org': [mx(10, 'mx1.v6pair.example.org'), mx(20, 'mx2.v6pair.example.org')],
  ...host('mx1.v6pair.example.org', '2a01:4f8::491'),
  ...host('mx2.v6pair.example.org', '2a01:4f8::492'),
  // ---- Third batch.
  // The domain is an alias of a web host without MX: the implicit MX is the web host's address.
  'webalias.example.org': [cname('sites.hoster.example.net')],
  ...host('sites.hoster.example.net', '5.6.49.19'),
  // A public IPv4 and a unique local IPv6 (fd00::/8) on one host.
  'ula.example.org': [mx(10, 'mx.ula.example.org')],
  'mx.ula.example.org': [a('5.6.49.20'), aaaa('fd12:3456::25')],
  [rev('5.6.49.20')]: [ptr('mx.ula.example.org')],
  // The MX target is a CNAME into Microsoft 365's protection hosts.
  'cnm365.example.org': [mx(10, 'mail.cnm365.example.org')],
  'mail.cnm365.example.org': [cname('cnm365-example-org.mail.protection.outlook.com')],
  ...host('cnm365-example-org.mail.protection.outlook.com', '5.6.50.9'),
};

let server: TestDnsServer;
beforeAll(async () => {
  server = await startDnsServer(ZONE);
});
afterAll(async () => {
  await server.close();
});

async function mxRun(domain: string) {
  const dns = createDnsClient({ servers: [server.address], timeoutMs: 1500, tries: 1 });
  const check = await checkMx(domain, { dns, deadline: createDeadline(8000) });
  const report = buildMxReport(check, { servers: dns.servers() });
  const codes = check.findings.map((f) => `${f.severity} ${f.code}`);
  const text = (code: string) => check.findings.filter((f) => f.code === code).map((f) => f.message);
  return { check, report, codes, text, all: check.findings.map((f) => f.message).join('\n') };
}

describe('round 49: /mx, aliases and names', () => {
  it('an MX target that is a chain of two CNAMEs: a warning, accepted, pointing at the last name', async () => {
    const { check, codes, text } = await mxRun('chain.example.org');
    expect(check.verdict.kind).toBe('accepts');
    expect(codes).toContain('warn mx-target-cname');
    expect(codes.some((c) => c.startsWith('fail '))).toBe(false);
    expect(text('mx-target-cname')[0]).toMatch(/Point the MX at edge7\.hoster\.example\.net/);
  });

  it('an IP address as MX host name beside a working MX: the domain accepts mail, the literal is named', async () => {
    const { check, codes, text, report } = await mxRun('litmix.example.org');
    expect(check.verdict).toEqual({ kind: 'accepts', hosts: ['mx.litmix.example.org'] });
    expect(codes.some((c) => c.endsWith(' mx-target-ip-literal'))).toBe(true);
    expect(text('mx-target-ip-literal')[0]).toContain('198.51.100.25');
    expect(report.headline).toMatch(/^litmix\.example\.org accepts mail at mx\.litmix\.example\.org, with/);
  });

  it('MX 10 localhost.: mail would loop to the sender itself, never "does not exist"', async () => {
    const { check, codes, all, report } = await mxRun('lo.example.org');
    expect(check.verdict.kind).not.toBe('accepts');
    expect(codes.some((c) => c.startsWith('fail '))).toBe(true);
    expect(all).toMatch(/localhost/);
    expect(all).toMatch(/loopback/i);
    expect(all).not.toMatch(/does not exist/);
    expect(report.headline).toMatch(/cannot receive mail/);
  });

  it('an MX host localhost.<domain> with 127.0.0.1: cannot receive mail from the internet', async () => {
    const { check, text, report } = await mxRun('lo2.example.org');
    expect(check.verdict.kind).toBe('private');
    expect(text('mx-private-address')[0]).toMatch(/127\.0\.0\.1 \(loopback\)/);
    expect(report.headline).toMatch(/cannot receive mail from the internet/);
  });

  it('a parked domain whose mail host is 0.0.0.0: cannot receive mail, the address named', async () => {
    const { check, text } = await mxRun('parked.example.org');
    expect(check.verdict.kind).toBe('private');
    expect(text('mx-private-address')[0]).toContain('0.0.0.0');
  });

  it('a CGNAT (100.64/10) address as the only mail host is not reachable from the internet', async () => {
    const { check, codes } = await mxRun('cgnat.example.org');
    expect(check.verdict.kind).toBe('private');
    expect(codes).toContain('fail mx-private-address');
  });

  it('an MX written without its trailing dot in the zone file: the doubled name is spotted', async () => {
    const { check, text } = await mxRun('dot.example.org');
    expect(check.verdict.kind).toBe('no-usable-host');
    const msg = text('mx-target-no-address')[0] ?? '';
    expect(msg).toContain('mail.dot.example.org.dot.example.org');
    expect(msg).toMatch(/trailing dot/);
    expect(msg).toMatch(/mail\.dot\.example\.org\./);
  });

  it('the domain is a CNAME to another domain: its MX hosts are used, and the alias is said', async () => {
    const { check, all } = await mxRun('alias.example.org');
    expect(check.verdict).toEqual({ kind: 'accepts', hosts: ['mx.mailhost.example.net'] });
    expect(all).toMatch(/alias\.example\.org is an alias \(CNAME\) (of|for) mailhost\.example\.net/);
  });

  it('a Unicode domain in capitals, and a Unicode MX host, shown readably', async () => {
    const { check, text } = await mxRun('BÜCHER.example');
    expect(check.domain).toBe('xn--bcher-kva.example');
    expect(check.verdict.kind).toBe('accepts');
    expect(text('mx-ok')[0]).toContain('mail.münchen.example (mail.xn--mnchen-3ya.example)');
  });

  it('a name under a wildcard MX is answered by the wildcard', async () => {
    const { check } = await mxRun('anything.wild.example.org');
    expect(check.verdict).toEqual({ kind: 'accepts', hosts: ['mx.wild.example.org'] });
  });

  it('TTL 0 answers work, twice in a row', async () => {
    const first = await mxRun('ttl0.example.org');
    const second = await mxRun('ttl0.example.org');
    expect(first.check.verdict).toEqual({ kind: 'accepts', hosts: ['mx.ttl0.example.org'] });
    expect(second.check.verdict).toEqual(first.check.verdict);
    expect(second.codes).toEqual(first.codes);
  });

  it('a real host at preference 0 is not a null MX', async () => {
    const { check, codes } = await mxRun('zero.example.org');
    expect(check.verdict.kind).toBe('accepts');
    expect(codes.join(' ')).not.toMatch(/null-mx/);
  });

  it('the same host at two preferences in different case is one host', async () => {
    const { check, text } = await mxRun('caseh.example.org');
    expect(check.verdict).toEqual({ kind: 'accepts', hosts: ['mx.caseh.example.org'] });
    expect(text('mx-ok')[0]).toMatch(/has 1 MX host: 10 mx\.caseh\.example\.org$/);
  });
});

describe('round 49: /mx, several hosts', () => {
  it('two load-balanced hosts and a backup that does not exist: accepted, the backup named', async () => {
    const { check, codes, text, report } = await mxRun('lb.example.org');
    expect(check.verdict).toEqual({ kind: 'accepts', hosts: ['mx1.lb.example.org', 'mx2.lb.example.org'] });
    expect(codes).toContain('warn mx-target-no-address');
    expect(text('mx-target-no-address')[0]).toMatch(/MX 50 backup\.lb\.example\.org does not exist/);
    expect(text('mx-ok')[0]).toContain(
      '10 mx1.lb.example.org, 10 mx2.lb.example.org, 50 backup.lb.example.org',
    );
    expect(report.headline).toBe('lb.example.org accepts mail at 2 MX hosts, with 1 problem');
  });

  it('a typo in one MX host name among working ones: a warning naming it, with what to do', async () => {
    const { check, text } = await mxRun('typohost.example.org');
    expect(check.verdict.kind).toBe('accepts');
    const msg = text('mx-target-no-address')[0] ?? '';
    expect(msg).toContain('mx2.typohost.exmaple.org');
    expect(msg).toMatch(/Correct the MX record/);
  });

  it('SERVFAIL for one host while the other answers: accepted, the failure named, never "no address"', async () => {
    const { check, codes, text, all } = await mxRun('sfone.example.org');
    expect(check.verdict).toEqual({ kind: 'accepts', hosts: ['mx1.sfone.example.org'] });
    expect(codes).toContain('warn dns-servfail');
    expect(text('dns-servfail')[0]).toContain('mx2.sfone.example.net');
    expect(codes).not.toContain('warn mx-target-no-address');
    expect(all).not.toMatch(/mx2\.sfone\.example\.net does not exist/);
  });

  it('a backup host whose DNS does not answer: accepted in bounded time, the timeout named', async () => {
    const started = performance.now();
    const { check, codes, text } = await mxRun('slowbackup.example.org');
    expect(performance.now() - started).toBeLessThan(8000);
    expect(check.verdict).toEqual({ kind: 'accepts', hosts: ['mx1.slowbackup.example.org'] });
    expect(codes).toContain('warn dns-timeout');
    expect(text('dns-timeout')[0]).toContain('mx2.slowbackup.example.net');
  });

  it('one host with a private and a public address: accepted, the private address warned about', async () => {
    const { check, all, codes } = await mxRun('leak.example.org');
    expect(check.verdict).toEqual({ kind: 'accepts', hosts: ['mx.leak.example.org'] });
    expect(codes.some((c) => c.startsWith('warn '))).toBe(true);
    expect(all).toMatch(/10\.0\.0\.25[^\n]*private/);
  });

  it('one host with 12 addresses: says how many, and that only some were checked', async () => {
    const { check, report, all } = await mxRun('rr.example.org');
    expect(check.verdict.kind).toBe('accepts');
    expect(`${all}\n${report.notes.join('\n')}`).toMatch(/12 addresses/);
  });
});

describe('round 49: /mx, implicit MX and reverse DNS', () => {
  it('no MX and a private own address: cannot receive mail from the internet, says there is no MX', async () => {
    const { check, report, all } = await mxRun('implpriv.example.org');
    expect(check.verdict.kind).toBe('private');
    expect(report.headline).toMatch(/cannot receive mail from the internet/);
    expect(all).toMatch(/no MX records/);
    expect(all).toContain('10.1.2.3');
  });

  it('no MX and only an IPv6 address: implicit MX, and IPv4-only senders cannot reach it', async () => {
    const { check, codes, all } = await mxRun('impl6.example.org');
    expect(check.verdict.kind).toBe('implicit');
    expect(codes).toContain('warn mx-ipv6-only');
    expect(all).toMatch(/only IPv4/);
  });

  it('a mail host without PTR: the warning says it matters for mail it sends, not mail it receives', async () => {
    const { check, text } = await mxRun('noptr49.example.org');
    expect(check.verdict.kind).toBe('accepts');
    const msg = text('ptr-missing')[0] ?? '';
    expect(msg).toMatch(/cannot find your reverse hostname/);
    expect(msg).toMatch(/(does not|doesn't) (stop|affect|block)[^.]*(mail to|receiv|incoming)/i);
  });
});

describe('round 49: /mx, well-known providers', () => {
  it('Google Workspace (five classic records) is recognised and named', async () => {
    const { check, text, report } = await mxRun('gw.example.org');
    expect(check.verdict.kind).toBe('accepts');
    expect(text('mx-ok')[0]).toMatch(/Google/);
    expect(report.headline).toMatch(/Google/);
  });

  it('Google Workspace (single smtp.google.com record) is recognised', async () => {
    const { text } = await mxRun('gw2.example.org');
    expect(text('mx-ok')[0]).toMatch(/Google/);
  });

  it('Microsoft 365 (tenant.mail.protection.outlook.com) is recognised and named', async () => {
    const { text, report } = await mxRun('m365.example.org');
    expect(text('mx-ok')[0]).toMatch(/Microsoft 365/);
    expect(report.headline).toMatch(/Microsoft/);
  });

  it('a domain of its own is not named after a provider', async () => {
    const { text, report } = await mxRun('lb.example.org');
    expect(`${text('mx-ok')[0]} ${report.headline}`).not.toMatch(/Google|Microsoft/);
  });
});

describe('round 49: what users paste after /mx', () => {
  it.each([
    ['/mx bob@example.com', 'example.com'],
    ['/mx <mailto:bob@example.com|bob@example.com>', 'example.com'],
    ['/mx https://example.com/', 'example.com'],
    ['/mx EXAMPLE.COM.', 'example.com'],
    ['/mx Bücher.Example', 'xn--bcher-kva.example'],
    ['/mx https://www.example.com/contact?x=1', 'www.example.com'],
    ['/mx example.com.', 'example.com'],
  ])('%s is /mx for %s', (typed, domain) => {
    expect(parseCommand(typed)).toMatchObject({ kind: 'mx', domain });
  });
});

describe('round 49, second batch (written after the first fixes)', () => {
  it('an MX target whose CNAMEs loop: no usable host, in bounded time, never "accepts"', async () => {
    const started = performance.now();
    const { check, text } = await mxRun('cloop.example.org');
    expect(performance.now() - started).toBeLessThan(8000);
    expect(check.verdict.kind).not.toBe('accepts');
    // Added after the batch was measured (it passed, but said "a CNAME for mail.cloop.example.org", itself).
    expect(text('mx-target-cname')[0]).toMatch(/CNAME loop/);
  });

  it('MX localhost.localdomain (an old panel default): loopback, never a public host', async () => {
    const { check, all, report } = await mxRun('cpanel.example.org');
    expect(check.verdict.kind).not.toBe('accepts');
    expect(all).toMatch(/localhost/);
    expect(report.headline).toMatch(/cannot receive mail/);
    // Added after the batch was measured (it passed, with only "does not exist, correct the MX record").
    expect(all).toMatch(/own machine/);
  });

  it('an alias of a domain with a null MX: accepts no mail, and the alias is said', async () => {
    const { check, report } = await mxRun('aliasnull.example.org');
    expect(check.verdict.kind).toBe('null-mx');
    expect(report.notes.join(' ')).toMatch(/alias \(CNAME\) for nomail\.example\.net/);
  });

  it('a filtering gateway as first MX (Proofpoint): named, though the backup is the own server', async () => {
    const { check, text } = await mxRun('gateway.example.org');
    expect(check.verdict.kind).toBe('accepts');
    expect(text('mx-ok')[0]).toMatch(/Proofpoint/);
  });

  it("a host name that only starts like Google's is not Google", async () => {
    const { text, report } = await mxRun('fakegoogle.example.org');
    expect(`${text('mx-ok')[0]} ${report.headline}`).not.toMatch(/Google/);
  });

  it('two hosts, each IPv6 only: one domain-wide warning', async () => {
    const { check, codes } = await mxRun('v6pair.example.org');
    expect(check.verdict.kind).toBe('accepts');
    expect(codes.filter((c) => c === 'warn mx-ipv6-only')).toHaveLength(1);
  });
});

describe('round 49, third batch', () => {
  it('an alias (CNAME) of a web host without MX: the implicit MX is its address, and the alias is said', async () => {
    const { check, all, report } = await mxRun('webalias.example.org');
    expect(check.verdict).toEqual({ kind: 'implicit', addresses: ['5.6.49.19'] });
    expect(`${all}\n${report.notes.join('\n')}`).toMatch(/alias \(CNAME\) for sites\.hoster\.example\.net/);
  });

  it('a unique local IPv6 address beside a public IPv4 one: accepted, the ULA named', async () => {
    const { check, all } = await mxRun('ula.example.org');
    expect(check.verdict.kind).toBe('accepts');
    expect(all).toMatch(/fd12:3456::25[^\n]*private/);
  });

  it('an MX CNAME into Microsoft 365: the CNAME warned about, the target named to point at', async () => {
    const { check, text } = await mxRun('cnm365.example.org');
    expect(check.verdict.kind).toBe('accepts');
    expect(text('mx-target-cname')[0]).toMatch(
      /Point the MX at cnm365-example-org\.mail\.protection\.outlook\.com/,
    );
  });
});
