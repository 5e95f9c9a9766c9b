import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkMx } from '../../../../src/checks/mx/check-mx.js';
import { MX_CODES } from '../../../../src/checks/mx/codes.js';
import { buildMxReport } from '../../../../src/checks/mx/mx-report.js';
import { createDeadline } from '../../../../src/dns/deadline.js';
import { createDnsClient, type DnsClientOptions } from '../../../../src/dns/resolver.js';
import { startDnsServer, type TestDnsServer } from '../../helpers/dns-server.js';
import { MX_ZONE } from './zone.js';

let server: TestDnsServer;
beforeAll(async () => {
  server = await startDnsServer(MX_ZONE);
});
afterAll(async () => {
  await server.close();
});

// Tests that wait on a silent name: its timeout, short so they stay quick, long enough for answers under load.
const SILENT_OK = { timeoutMs: 400 };

async function run(domain: string, options: DnsClientOptions = {}, deadlineMs = 5000) {
  const dns = createDnsClient({ servers: [server.address], timeoutMs: 2000, tries: 1, ...options });
  const check = await checkMx(domain, { dns, deadline: createDeadline(deadlineMs) });
  const report = buildMxReport(check, { servers: dns.servers() });
  const codes = check.findings.map((f) => `${f.severity} ${f.code}`);
  const text = (code: string) => check.findings.filter((f) => f.code === code).map((f) => f.message);
  return { check, report, codes, text };
}

describe('checkMx: what the domain publishes', () => {
  it('lists MX hosts in preference order with addresses, PTRs and forward confirmation', async () => {
    const { check, report, codes, text } = await run('example.test');
    expect(check.verdict).toEqual({ kind: 'accepts', hosts: ['mx1.example.test', 'mx2.example.test'] });
    expect(report).toMatchObject({ kind: 'check', headline: 'example.test accepts mail at 2 MX hosts' });
    expect(codes).toEqual(['ok mx-ok', 'info mx-host', 'info mx-host']);
    expect(text('mx-ok')).toEqual([
      'example.test has 2 MX hosts, in the order senders try them: 10 mx1.example.test, 20 mx2.example.test',
    ]);
    expect(text('mx-host')).toEqual([
      'MX 10 mx1.example.test: 5.6.7.8 (PTR mx1.example.test, confirmed), ' +
        '2a01:4f8::25 (PTR mx1.example.test, confirmed)',
      'MX 20 mx2.example.test: 5.6.7.9 (PTR mx2.example.test, confirmed)',
    ]);
    expect(check.hosts.map((h) => [h.priority, h.name, h.addresses.map((x) => x.reverse.status)])).toEqual([
      [10, 'mx1.example.test', ['confirmed', 'confirmed']],
      [20, 'mx2.example.test', ['confirmed']],
    ]);
    expect(report.notes).toEqual([`DNS servers asked: ${server.address}`]);
  });

  it('reads a lone null MX as "accepts no mail", and a mixed one as a warning', async () => {
    const nul = await run('nullmx.test');
    expect(nul.codes).toEqual(['fail null-mx']);
    expect(nul.report.headline).toBe('nullmx.test accepts no mail (null MX)');
    expect(nul.text('null-mx')[0]).toMatch(/RFC 7505.*556 5\.1\.10/);
    const mixed = await run('mixednull.test');
    expect(mixed.codes).toEqual(['ok mx-ok', 'warn null-mx-mixed', 'info mx-host']);
    expect(mixed.check.hosts.map((h) => h.name)).toEqual(['mx1.example.test']);
  });

  it('falls back to the A record when there is no MX (implicit MX), and fails with neither', async () => {
    const imp = await run('implicit.test');
    expect(imp.check.verdict).toEqual({ kind: 'implicit', addresses: ['5.6.7.20'] });
    expect(imp.codes).toEqual(['warn implicit-mx', 'info mx-host']);
    expect(imp.report.headline).toBe(
      'implicit.test has no MX records; mail goes to its own address 5.6.7.20',
    );
    expect(imp.text('mx-host')).toEqual([
      'implicit.test (implicit MX): 5.6.7.20 (PTR implicit.test, confirmed)',
    ]);
    // The domain's CNAME is asked once (is it an alias?, round 49), but the implicit host is not judged as an MX
    // target that is a CNAME (the codes above).
    expect(server.queries.filter((q) => q === 'CNAME implicit.test').length).toBeLessThanOrEqual(1);
    const none = await run('nomail.test');
    expect(none.codes).toEqual(['fail no-mail-host']);
    expect(none.report.headline).toBe('nomail.test cannot receive mail: no MX records and no address');
  });

  it('says a domain does not exist, suggesting the well-known domain it looks like', async () => {
    const typo = await run('gmial.com');
    expect(typo.codes).toEqual(['fail domain-not-found']);
    expect(typo.check.verdict).toEqual({ kind: 'not-found', suggestion: 'gmail.com' });
    expect(typo.report.headline).toBe('gmial.com does not exist — did you mean gmail.com?');
    expect(typo.text('domain-not-found')[0]).toMatch(/NXDOMAIN.*Did you mean gmail\.com\?/);
    const plain = await run('nothing-here.test');
    expect(plain.report.headline).toBe('nothing-here.test does not exist');
    expect(plain.text('domain-not-found')[0]).not.toContain('Did you mean');
  });
});

describe('checkMx: broken MX targets', () => {
  it('warns about an MX target that is a CNAME, naming where it points', async () => {
    const { codes, text, check } = await run('cname.test');
    expect(codes).toEqual(['ok mx-ok', 'warn mx-target-cname', 'info mx-host']);
    expect(text('mx-target-cname')[0]).toMatch(
      /^MX 10 alias\.cname\.test is a CNAME for mx1\.example\.test: .*RFC 5321.*Point the MX at mx1\.example\.test\.$/,
    );
    expect(text('mx-host')[0]).toMatch(/^MX 10 alias\.cname\.test → mx1\.example\.test: 5\.6\.7\.8 /);
    expect(check.hosts[0]?.cnameTarget).toBe('mx1.example.test');
  });

  it('fails an MX that names an IP address, without looking it up as a name', async () => {
    const before = server.queries.length;
    const { codes, check, report } = await run('literal.test');
    expect(codes).toEqual(['fail mx-target-ip-literal', 'info mx-host']);
    expect(check.verdict).toEqual({ kind: 'no-usable-host', hosts: 1 });
    expect(report.headline).toBe('literal.test cannot receive mail: its only MX host has no usable address');
    // The domain's own CNAME is asked (is it an alias?); the literal is never asked as a name.
    expect(server.queries.slice(before).sort()).toEqual(['CNAME literal.test', 'MX literal.test']);
  });

  it('fails an MX target without address when it is the only one, warns when others remain', async () => {
    const only = await run('noaddr.test');
    expect(only.codes).toEqual(['fail mx-target-no-address', 'info mx-host']);
    expect(only.text('mx-host')).toEqual(['MX 10 ghost.noaddr.test: does not exist']);
    expect(only.text('mx-target-no-address')[0]).toBe(
      'MX 10 ghost.noaddr.test does not exist (NXDOMAIN): senders cannot deliver mail at all. ' +
        'Correct the MX record, or create the host.',
    );
    const half = await run('halfaddr.test');
    expect(half.text('mx-target-no-address')[0]).toBe(
      'MX 10 ghost.halfaddr.test has no A or AAAA record: senders skip it and try the other MX hosts. ' +
        'Add its address, or remove the MX record.',
    );
    expect(half.text('mx-host')[0]).toBe('MX 10 ghost.halfaddr.test: no address');
    expect(half.codes).toEqual(['ok mx-ok', 'warn mx-target-no-address', 'info mx-host', 'info mx-host']);
    expect(half.report.headline).toBe('halfaddr.test accepts mail at mx1.example.test, with 1 problem');
  });
});

describe('checkMx: reverse DNS and address space', () => {
  it('warns when an MX address has no PTR', async () => {
    const { codes, text } = await run('noptr.test');
    expect(codes).toEqual(['ok mx-ok', 'warn ptr-missing', 'info mx-host']);
    expect(text('ptr-missing')[0]).toMatch(
      /^5\.6\.7\.30 \(mx\.noptr\.test\) has no PTR record: .*reverse hostname/,
    );
    expect(text('mx-host')).toEqual(['MX 10 mx.noptr.test: 5.6.7.30 (no PTR)']);
  });

  it('warns when the PTR name does not resolve back to the address', async () => {
    const { codes, text, check } = await run('badptr.test');
    expect(codes).toEqual(['ok mx-ok', 'warn ptr-not-confirmed', 'info mx-host']);
    expect(text('ptr-not-confirmed')[0]).toMatch(
      /^5\.6\.7\.31 \(mx\.badptr\.test\) has PTR other\.badptr\.test, which does not resolve back to 5\.6\.7\.31: .*4\.7\.25.*an A record/,
    );
    expect(check.hosts[0]?.addresses[0]?.reverse).toEqual({
      status: 'not-confirmed',
      names: ['other.badptr.test'],
    });
  });

  it('fails when every MX host is in private, loopback or reserved space, without PTR lookups', async () => {
    const before = server.queries.length;
    const { codes, check, report, text } = await run('private.test');
    expect(check.verdict).toEqual({ kind: 'private' });
    expect(codes).toEqual(['fail mx-private-address', 'info mx-host', 'info mx-host']);
    expect(text('mx-private-address')[0]).toContain('10.0.0.5 (private)');
    expect(text('mx-private-address')[0]).toContain('127.0.0.1 (loopback), fd00::25 (private)');
    expect(report.headline).toMatch(/^private\.test cannot receive mail from the internet/);
    expect(server.queries.slice(before).filter((q) => q.startsWith('PTR'))).toEqual([]);
  });

  it('warns about a private host among public ones', async () => {
    const { codes, check } = await run('partly.test');
    expect(check.verdict.kind).toBe('accepts');
    expect(codes).toContain('warn mx-partly-private');
    expect(codes).not.toContain('fail mx-private-address');
  });
});

describe('checkMx: DNS failures become findings', () => {
  it.each([
    ['servfail.test', 'dns-servfail', /SERVFAIL.*Whether servfail\.test can receive mail is unknown/],
    ['refused.test', 'dns-refused', /REFUSED.*--resolver/],
    ['slow.test', 'dns-timeout', /did not answer MX slow\.test in time/],
  ])('%s gives %s (fail), not "does not exist"', async (domain, code, message) => {
    const { codes, text, check, report } = await run(domain, SILENT_OK);
    expect(codes).toEqual([`fail ${code}`]);
    expect(text(code)[0]).toMatch(message);
    expect(check.verdict.kind).toBe('lookup-failed');
    expect(report.headline).toMatch(new RegExp(`^Could not check ${domain.replace('.', '\\.')}: `));
    expect(report.headline).not.toContain('does not exist');
  });

  it('keeps an unreachable DNS server apart from a missing domain', async () => {
    const dns = createDnsClient({ servers: ['127.0.0.1:9'], timeoutMs: 50, tries: 1 });
    const check = await checkMx('example.test', { dns, deadline: createDeadline(2000) });
    expect(check.findings.map((f) => `${f.severity} ${f.code}`)).toEqual(['fail dns-error']);
    expect(check.findings[0]?.message).toMatch(/could not be reached/);
  });

  it('says the addresses are unknown when the MX hosts do not answer', async () => {
    const { codes, check, report } = await run('slowhost.test', SILENT_OK);
    expect(check.verdict).toEqual({ kind: 'unresolved', hosts: 1 });
    expect(codes).toEqual(['warn dns-timeout', 'info mx-host']);
    expect(report.headline).toBe('slowhost.test has 1 MX host, but its address could not be looked up');
  });

  it('runs independent lookups in parallel: PTR questions for three hosts arrive together', async () => {
    const start = server.queries.length;
    const { codes, text } = await run('slowptr.test', { timeoutMs: 200 });
    expect(codes).toEqual(['ok mx-ok', 'warn dns-timeout', 'info mx-host', 'info mx-host', 'info mx-host']);
    expect(text('dns-timeout')[0]).toMatch(
      /^Part of this check is incomplete: .*PTR 51\.7\.6\.5\.in-addr\.arpa/,
    );
    const ptrTimes = server.queries
      .map((q, i) => [q, server.times[i] ?? 0] as const)
      .slice(start)
      .filter(([q]) => q.startsWith('PTR'))
      .map(([, t]) => t);
    expect(ptrTimes).toHaveLength(3);
    // Sequential lookups would be one timeout (≥ 200 ms) apart.
    expect(Math.max(...ptrTimes) - Math.min(...ptrTimes)).toBeLessThan(150);
  });

  it('stops at the check deadline, however long the per-query timeout', async () => {
    const started = Date.now();
    const { codes, text } = await run('slow.test', { timeoutMs: 10_000 }, 100);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(codes).toEqual(['fail dns-timeout']);
    expect(text('dns-timeout')[0]).toMatch(/ran out of time before MX slow\.test was answered/);
  });
});

describe('checkMx: internationalised domains', () => {
  it('accepts a Unicode domain, asks in punycode and shows it readably', async () => {
    const { check, report, text } = await run('Bücher.test');
    expect(check.domain).toBe('xn--bcher-kva.test');
    expect(server.queries).toContain('MX xn--bcher-kva.test');
    expect(report.headline).toBe('bücher.test accepts mail at mail.bücher.test');
    expect(text('mx-ok')).toEqual([
      'bücher.test (xn--bcher-kva.test) has 1 MX host: 10 mail.bücher.test (mail.xn--bcher-kva.test)',
    ]);
    expect(text('mx-host')[0]).toBe(
      'MX 10 mail.bücher.test (mail.xn--bcher-kva.test): 5.6.7.40 (PTR mail.bücher.test (mail.xn--bcher-kva.test), confirmed)',
    );
    const same = await run('xn--bcher-kva.test');
    expect(same.report.headline).toBe(report.headline);
  });
});

describe('finding codes', () => {
  it('are stable kebab-case ids, each used with a documented severity', () => {
    for (const [code, info] of Object.entries(MX_CODES)) {
      expect(code).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(info.severities.length).toBeGreaterThan(0);
    }
  });
});
