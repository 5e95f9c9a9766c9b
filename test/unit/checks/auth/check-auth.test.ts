import { createSocket, type Socket } from 'node:dgram';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAuthReport } from '../../../../src/checks/auth/auth-report.js';
import { checkAuth } from '../../../../src/checks/auth/check-auth.js';
import { treeWalkTargets } from '../../../../src/checks/auth/check-dmarc.js';
import { AUTH_CODES } from '../../../../src/checks/auth/codes.js';
import type { AuthInput } from '../../../../src/checks/auth/types.js';
import { createDeadline } from '../../../../src/dns/deadline.js';
import { createDnsClient } from '../../../../src/dns/resolver.js';
import { startDnsServer, type TestDnsServer } from '../../helpers/dns-server.js';
import { authZone } from './zone.js';

let server: TestDnsServer;
beforeAll(async () => {
  server = await startDnsServer(authZone());
});
afterAll(async () => {
  await server.close();
});

async function run(
  input: Partial<AuthInput> & { domain: string },
  servers = [server.address],
  deadlineMs = 5000,
  fetchMtaStsPolicy?: (domain: string) => Promise<string>,
) {
  const dns = createDnsClient({ servers, timeoutMs: 100, tries: 1 });
  const check = await checkAuth(
    { selectors: [], ...input },
    { dns, deadline: createDeadline(deadlineMs), fetchMtaStsPolicy },
  );
  const report = buildAuthReport(check, { servers: dns.servers() });
  const codes = check.findings.map((f) => `${f.severity} ${f.code}`);
  const text = (code: string) => check.findings.filter((f) => f.code === code).map((f) => f.message);
  return { check, report, codes, text };
}

describe('checkAuth: a good setup', () => {
  it('reads SPF, DMARC, DKIM, MTA-STS, TLS-RPT and MX into one headline', async () => {
    const { report, codes, text } = await run({ domain: 'good.test', selectors: ['mykey'] });
    expect(report.headline).toBe(
      'good.test: SPF ok, DMARC p=reject, DKIM found at 2 selectors, MTA-STS on, BIMI ok',
    );
    expect(codes).toEqual([
      'ok spf-ok',
      'info spf-lookups',
      'ok dmarc-policy-reject',
      'info dmarc-subdomain-policy',
      'info dmarc-alignment',
      'info dmarc-reporting',
      'ok dkim-ok',
      'ok dkim-ok',
      'ok mta-sts-ok',
      'ok tls-rpt-ok',
      'ok bimi-ok',
      'ok mx-summary',
      'ok ptr-summary',
    ]);
    expect(text('spf-lookups')[0]).toContain('1 of 10 DNS lookups, 0 of 2 void lookups');
    expect(text('dkim-ok')).toEqual([
      'DKIM selector "mykey": RSA 2048 bits',
      'DKIM selector "selector1": RSA 2048 bits',
    ]);
    expect(text('dmarc-subdomain-policy')[0]).toBe('Subdomain policy: subdomains sp=reject');
    expect(text('dmarc-alignment')[0]).toMatch(/^Alignment: DKIM strict, SPF relaxed/);
    expect(text('mx-summary')[0]).toBe('MX: good.test accepts mail at mx.good.test');
    expect(report.notes).toEqual([`DNS servers asked: ${server.address}`]);
  });
});

describe('checkAuth: SPF', () => {
  it.each([
    ['nospf.test', 'fail spf-missing', 'SPF missing'],
    ['twospf.test', 'fail spf-multiple', 'SPF multiple records'],
    ['plusall.test', 'fail spf-pass-all', 'SPF +all'],
    ['neutral.test', 'warn spf-neutral-all', 'SPF weak'],
    ['noall.test', 'warn spf-no-all', 'SPF weak'],
    ['syntax.test', 'fail spf-syntax', 'SPF broken'],
    ['badip.test', 'fail spf-syntax', 'SPF broken'],
  ])('%s: %s', async (domain, code, headline) => {
    const { codes, report } = await run({ domain });
    expect(codes).toContain(code);
    expect(codes).not.toContain('ok spf-ok');
    expect(report.headline).toContain(`${domain}: ${headline},`);
  });

  it('names the syntax error', async () => {
    expect((await run({ domain: 'syntax.test' })).text('spf-syntax')[0]).toMatch(/Unknown mechanism foo/);
  });

  it('counts 11 lookups through a chain of includes', async () => {
    const { codes, text } = await run({ domain: 'lookups.test' });
    expect(codes).toContain('fail spf-too-many-lookups');
    expect(text('spf-too-many-lookups')[0]).toMatch(/needs 11 DNS lookups .* the limit is 10/);
    expect(text('spf-too-many-lookups')[0]).toContain('c1.lookups.test, c2.lookups.test');
  });

  it('counts void lookups against the limit of 2', async () => {
    const { codes, text } = await run({ domain: 'void.test' });
    expect(codes).toContain('fail spf-too-many-void');
    expect(text('spf-too-many-void')[0]).toMatch(/makes 3 lookups that find nothing/);
  });
});

describe('checkAuth: SPF for a sending IP (--ip)', () => {
  it('passes an address listed through an include, naming the mechanism', async () => {
    const { check, text, report } = await run({ domain: 'good.test', ip: '198.51.100.7' });
    expect(check.ipResult).toMatchObject({
      result: 'pass',
      mechanism: 'include:_spf.good.test → ip4:198.51.100.0/24',
    });
    expect(text('spf-result-pass')[0]).toBe(
      'SPF pass: good.test allows 198.51.100.7 to send (matched include:_spf.good.test → ip4:198.51.100.0/24)',
    );
    expect(report.headline).toMatch(/; SPF for 198\.51\.100\.7: pass$/);
  });

  it('fails an address the record does not list, at -all', async () => {
    const { check, codes } = await run({ domain: 'good.test', ip: '203.0.113.9', from: 'bob@good.test' });
    expect(check.ipResult).toMatchObject({ result: 'fail', mechanism: '-all', sender: 'bob@good.test' });
    expect(codes).toContain('fail spf-result-fail');
  });

  it('reports none and permerror', async () => {
    expect((await run({ domain: 'nospf.test', ip: '192.0.2.1' })).codes).toContain('warn spf-result-none');
    expect((await run({ domain: 'twospf.test', ip: '192.0.2.1' })).codes).toContain(
      'fail spf-result-permerror',
    );
  });
});

describe('checkAuth: DMARC', () => {
  it('fails without a record and warns for p=none', async () => {
    const missing = await run({ domain: 'nospf.test' });
    expect(missing.codes).toContain('fail dmarc-missing');
    expect(missing.report.headline).toContain('DMARC missing');
    const none = await run({ domain: 'none.test' });
    expect(none.codes).toContain('warn dmarc-policy-none');
    expect(none.codes).toContain('warn dmarc-no-rua');
    expect(none.report.headline).toContain('DMARC p=none');
  });

  it('warns when an external rua has no authorisation record, and not when it has one', async () => {
    const ext = await run({ domain: 'ext.test' });
    expect(ext.codes).toContain('warn dmarc-rua-unauthorised');
    expect(ext.text('dmarc-rua-unauthorised')[0]).toContain('ext.test._report._dmarc.reports.test');
    expect(ext.text('dmarc-reporting')[0]).toBe(
      'Reports: aggregate (rua) to agg@reports.test; failure (ruf) to f@ext.test',
    );
    const ok = await run({ domain: 'extok.test' });
    expect(ok.codes).not.toContain('warn dmarc-rua-unauthorised');
    expect(server.queries).toContain('TXT extok.test._report._dmarc.reports.test');
  });

  it('notes the tags RFC 9989 dropped', async () => {
    const { codes, text } = await run({ domain: 'pct.test' });
    expect(codes).toContain('info dmarc-obsolete-tag');
    expect(text('dmarc-obsolete-tag')[0]).toMatch(
      /pct \(partial enforcement\)=50, ri \(report interval\)=3600/,
    );
  });

  it('warns about a subdomain policy weaker than p, and fails an invalid policy', async () => {
    expect((await run({ domain: 'weaksp.test' })).codes).toContain('warn dmarc-subdomain-policy');
    const bad = await run({ domain: 'badp.test' });
    expect(bad.codes).toContain('fail dmarc-invalid');
    expect(bad.report.headline).toContain('DMARC invalid');
  });

  it('warns about test mode (t=y, RFC 9989)', async () => {
    const { codes, text, report } = await run({ domain: 'testing.test' });
    expect(codes).toContain('warn dmarc-testing');
    expect(text('dmarc-testing')[0]).toMatch(/receivers apply p=quarantine instead of p=reject/);
    expect(report.headline).toContain('DMARC p=reject (t=y)');
  });

  it("applies the organisational domain's record to a subdomain", async () => {
    const { codes, report } = await run({ domain: 'sub.org.test' });
    expect(codes).toContain('info dmarc-inherited');
    expect(report.headline).toContain('DMARC p=reject');
  });

  it('walks the DNS tree (RFC 9989): a deep name shortened to 4 labels, never the TLD', async () => {
    const before = server.queries.length;
    const { text, report } = await run({ domain: 'a.b.c.d.e.deep.test' });
    expect(report.headline).toContain('DMARC p=quarantine');
    expect(text('dmarc-inherited')[0]).toMatch(
      /^a\.b\.c\.d\.e\.deep\.test has no DMARC record of its own; the record of deep\.test applies/,
    );
    const asked = server.queries.slice(before).filter((q) => q.startsWith('TXT _dmarc.'));
    expect(asked).toEqual([
      'TXT _dmarc.a.b.c.d.e.deep.test',
      'TXT _dmarc.d.e.deep.test',
      'TXT _dmarc.e.deep.test',
      'TXT _dmarc.deep.test',
    ]);
    const none = server.queries.length;
    await run({ domain: 'nospf.test' });
    expect(server.queries.slice(none)).not.toContain('TXT _dmarc.test');
  });

  it('names a public suffix policy (psd=y) found by the walk', async () => {
    const { text } = await run({ domain: 'shop.psd.test' });
    expect(text('dmarc-inherited')[0]).toMatch(
      /the record of psd\.test applies .*public suffix policy \(psd=y\)/,
    );
  });

  it('lists the tree walk targets', () => {
    expect(treeWalkTargets('a.b.c.d.e.example.com')).toEqual([
      'd.e.example.com',
      'e.example.com',
      'example.com',
    ]);
    expect(treeWalkTargets('mail.example.co.uk')).toEqual(['example.co.uk', 'co.uk']);
    expect(treeWalkTargets('example.com')).toEqual([]);
  });
});

describe('checkAuth: DKIM', () => {
  it('judges key sizes, revoked and broken keys, and missing selectors', async () => {
    const { codes, text, report } = await run({
      domain: 'keys.test',
      selectors: ['k2048', 'k1024', 'k512', 'old', 'junk', 'nosuch'],
    });
    expect(codes.filter((c) => c.includes(' dkim-'))).toEqual([
      'ok dkim-ok',
      'warn dkim-weak-key',
      'fail dkim-weak-key',
      'info dkim-revoked',
      'fail dkim-invalid',
      'warn dkim-selector-missing',
    ]);
    expect(text('dkim-weak-key')).toEqual([
      expect.stringMatching(/^DKIM selector "k1024": RSA 1024 bits: accepted today, but weak/),
      expect.stringMatching(/^DKIM selector "k512": RSA 512 bits, too short/),
    ]);
    expect(report.headline).toContain('DKIM found at 4 selectors (with problems)');
  });

  it('reads a TXT set too big for UDP over TCP, and a 3072-bit key behind a CNAME', async () => {
    const { codes, text } = await run({ domain: 'bigtxt.test', selectors: ['esp'] });
    expect(codes).toContain('ok spf-ok');
    expect(text('dkim-ok')).toEqual(['DKIM selector "esp": RSA 3072 bits']);
    // The truncated UDP answer, then the same question over TCP.
    expect(server.queries.filter((q) => q === 'TXT bigtxt.test').length).toBeGreaterThanOrEqual(2);
  });

  it('says where to find the selector when no common one has a key', async () => {
    const { codes, report } = await run({ domain: 'nospf.test' });
    expect(codes).toContain('info dkim-none-found');
    expect(report.headline).toContain('DKIM not found');
  });
});

describe('checkAuth: MTA-STS and TLS-RPT', () => {
  it('fails malformed records and notes missing ones', async () => {
    const bad = await run({ domain: 'tlsbad.test' });
    expect(bad.codes).toContain('fail mta-sts-invalid');
    expect(bad.codes).toContain('fail tls-rpt-invalid');
    expect(bad.report.headline).toContain('MTA-STS invalid');
    const none = await run({ domain: 'none.test' });
    expect(none.codes).toContain('info mta-sts-missing');
    expect(none.codes).toContain('info tls-rpt-missing');
    expect(none.report.headline).toContain('MTA-STS off');
  });
});

describe('checkAuth: the MTA-STS policy file, through an injected fetcher', () => {
  const policy = (mode: string, mx: string) => `version: STSv1\nmode: ${mode}\nmx: ${mx}\nmax_age: 86400\n`;
  const serve = (text: string) => {
    const asked: string[] = [];
    const fetcher = async (domain: string) => {
      asked.push(domain);
      return text;
    };
    return { asked, fetcher };
  };
  const good = (fetcher: (domain: string) => Promise<string>) =>
    run({ domain: 'good.test' }, [server.address], 5000, fetcher);

  it('reads the mode and checks the MX hosts against it', async () => {
    const enforce = serve(policy('enforce', '*.good.test'));
    const ok = await good(enforce.fetcher);
    expect(enforce.asked).toEqual(['good.test']);
    expect(ok.codes).toContain('ok mta-sts-policy');
    expect(ok.codes).not.toContain('fail mta-sts-mx-mismatch');
    expect(ok.report.headline).toContain('MTA-STS enforce');
    const testing = await good(serve(policy('testing', 'mx.elsewhere.test')).fetcher);
    expect(testing.codes).toEqual(
      expect.arrayContaining(['warn mta-sts-policy', 'warn mta-sts-mx-mismatch']),
    );
    expect(testing.text('mta-sts-mx-mismatch')[0]).toMatch(/does not list mx\.good\.test/);
    expect(testing.report.headline).toContain('MTA-STS testing');
    const wrong = await good(serve(policy('enforce', 'mx.elsewhere.test')).fetcher);
    expect(wrong.codes).toContain('fail mta-sts-mx-mismatch');
  });

  it('fails a policy that cannot be fetched or read', async () => {
    const down = await good(async () => {
      throw new Error('connection refused');
    });
    expect(down.codes).toContain('fail mta-sts-policy');
    expect(down.text('mta-sts-policy')[0]).toContain('could not be fetched (connection refused)');
    expect(down.report.headline).toContain('MTA-STS policy broken');
    const junk = await good(serve('<html>not found</html>').fetcher);
    expect(junk.text('mta-sts-policy')[0]).toMatch(/is invalid \(invalid version field\)/);
  });

  it('gives up on a fetch that outlasts the check deadline', async () => {
    const started = performance.now();
    const slow = await run(
      { domain: 'good.test' },
      [server.address],
      600,
      () => new Promise<string>(() => {}),
    );
    expect(performance.now() - started).toBeLessThan(2000);
    expect(slow.text('mta-sts-policy')[0]).toContain(
      "could not be fetched (no answer within the check's 0.6 s)",
    );
  });

  it('is not fetched when there is no MTA-STS record', async () => {
    const none = serve(policy('enforce', '*.none.test'));
    const r = await run({ domain: 'none.test' }, [server.address], 5000, none.fetcher);
    expect(none.asked).toEqual([]);
    expect(r.codes).not.toContain('ok mta-sts-policy');
  });
});

describe('checkAuth: BIMI', () => {
  it('a full record on an enforced DMARC is ok, in the headline only when published', async () => {
    const good = await run({ domain: 'good.test' });
    expect(good.report.headline).toBe(
      'good.test: SPF ok, DMARC p=reject, DKIM found at 1 selector, MTA-STS on, BIMI ok',
    );
    expect(good.text('bimi-ok')).toEqual([
      'BIMI record: logo https://good.test/brand/logo.svg, certificate https://good.test/brand/vmc.pem (neither file was fetched)',
    ]);
    const without = await run({ domain: 'twospf.test' });
    expect(without.report.headline).not.toContain('BIMI');
    expect(without.codes.filter((c) => c.includes('bimi'))).toEqual([]);
    expect(without.check.bimi).toBeNull();
  });

  it('a PNG over HTTP without a certificate, on DMARC p=none: each problem said', async () => {
    const { codes, report, text } = await run({ domain: 'none.test' });
    expect(report.headline).toContain('BIMI invalid');
    expect(codes).toEqual(
      expect.arrayContaining([
        'fail bimi-invalid',
        'fail bimi-dmarc-not-enforced',
        'warn bimi-no-certificate',
      ]),
    );
    expect(text('bimi-invalid')[0]).toContain('a logo URL that is not HTTPS ("http://none.test/logo.png")');
    expect(text('bimi-dmarc-not-enforced')[0]).toContain('DMARC here is p=none');
  });

  it('a logo that is not SVG is a warning beside a full record', async () => {
    const { codes, text } = await run({ domain: 'ext.test' });
    expect(codes).toContain('warn bimi-invalid');
    expect(text('bimi-invalid')[0]).toContain('does not end in .svg');
  });

  it("an empty l= declines BIMI; a subdomain without a record gets its organisational domain's", async () => {
    expect((await run({ domain: 'soft.test' })).codes).toContain('info bimi-declined');
    const sub = await run({ domain: 'mail.bimiorg.test' });
    expect(sub.codes).toContain('warn bimi-no-certificate');
    expect(sub.report.headline).toContain('BIMI without certificate');
  });
});

describe('checkAuth: DNS failures', () => {
  it('turns a SERVFAIL into a finding, and the part into "unknown"', async () => {
    const { codes, report } = await run({ domain: 'broken.test' });
    expect(codes).toContain('warn dns-servfail');
    expect(report.headline).toContain('DMARC unknown');
  });

  it('finishes within the deadline when the DNS server never answers', async () => {
    const silent: Socket = createSocket('udp4');
    await new Promise<void>((resolve) => silent.bind(0, '127.0.0.1', resolve));
    const port = (silent.address() as AddressInfo).port;
    try {
      const started = performance.now();
      const { codes, report } = await run(
        { domain: 'good.test', ip: '192.0.2.5' },
        [`127.0.0.1:${port}`],
        1500,
      );
      expect(performance.now() - started).toBeLessThan(3000);
      expect(report.headline).toBe(
        'good.test: SPF unknown, DMARC unknown, DKIM unknown, MTA-STS unknown; SPF for 192.0.2.5: temperror',
      );
      expect(codes).toContain('warn dns-timeout');
      expect(codes).toContain('warn spf-result-temperror');
    } finally {
      silent.close();
    }
  });
});

describe('AUTH_CODES', () => {
  it('are kebab-case', () => {
    for (const code of Object.keys(AUTH_CODES)) expect(code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});
