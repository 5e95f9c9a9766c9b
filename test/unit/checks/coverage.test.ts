import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAuth } from '../../../src/checks/auth/check-auth.js';
import { AUTH_CODES } from '../../../src/checks/auth/codes.js';
import { checkBlacklist } from '../../../src/checks/blacklist/check-blacklist.js';
import { BLACKLIST_CODES } from '../../../src/checks/blacklist/codes.js';
import { checkMx } from '../../../src/checks/mx/check-mx.js';
import { MX_CODES } from '../../../src/checks/mx/codes.js';
import { createDeadline } from '../../../src/dns/deadline.js';
import { createDnsClient } from '../../../src/dns/resolver.js';
import type { Finding } from '../../../src/report/types.js';
import { ZONE_SETS } from '../../helpers/zones.js';
import { startDnsServer, type TestDnsServer } from '../helpers/dns-server.js';
import { RANDOM_LABEL } from './blacklist/zone.js';

/**
 * The shared test zones (test/helpers/zones.ts, also served by NSD in test:e2e) hold a case for every
 * finding code of /mx, /blacklist and /auth: each check is run over every target of its data set and
 * the codes seen must be all the codes documented, severity by severity.
 */
const servers: Record<string, TestDnsServer> = {};
beforeAll(async () => {
  for (const [name, zone] of Object.entries(ZONE_SETS)) servers[name] = await startDnsServer(zone);
  // A port nobody listens on: bound, read, and closed again.
  const probe = await startDnsServer({});
  closedPort = Number(probe.address.split(':')[1]);
  await probe.close();
});
afterAll(async () => {
  await Promise.all(Object.values(servers).map((s) => s.close()));
});

const client = (set: string) =>
  createDnsClient({ servers: [(servers[set] as TestDnsServer).address], timeoutMs: 600, tries: 1 });
/** A DNS client whose server port is closed: every lookup fails with "connection refused". */
let closedPort = 0;
const unreachable = () => createDnsClient({ servers: [`127.0.0.1:${closedPort}`], timeoutMs: 300, tries: 1 });
const seen = (findings: Finding[][]) => new Set(findings.flat().map((f) => `${f.severity} ${f.code}`));
const all = (codes: Record<string, { severities: readonly string[] }>) =>
  Object.entries(codes).flatMap(([code, { severities }]) => severities.map((s) => `${s} ${code}`));

describe('the test zones cover every finding', () => {
  it('/mx', async () => {
    const dns = client('mx');
    const domains = Object.keys(ZONE_SETS.mx).filter((n) => n.split('.').length === 2);
    const checks = await Promise.all([
      ...[...domains, 'gmial.com'].map((d) =>
        checkMx(d, { dns, deadline: createDeadline(d === 'slowptr.test' ? 120 : 3000) }),
      ),
      checkMx('example.test', { dns: unreachable(), deadline: createDeadline(3000) }),
    ]);
    // A lookup failing otherwise than SERVFAIL/REFUSED/timeout while the MX lookup works needs a server
    // that breaks mid-check; the unreachable server above gives it for the MX lookup itself.
    const missing = all(MX_CODES)
      .filter((c) => c !== 'warn dns-error')
      .filter((c) => !seen(checks.map((c) => c.findings)).has(c));
    expect(missing, missing.join('; ')).toEqual([]);
  });

  it('/blacklist', async () => {
    const dns = client('blacklist');
    const targets = ['5.6.7.8', '5.6.7.9', '5.6.7.10', '5.6.7.12', '5.6.7.13', '5.6.7.14', '2a01:4f8::25'];
    const domains = [
      'spammy.test',
      'refused.test',
      'blocked.test',
      'example.test',
      'nomx.test',
      'ghost.test',
    ];
    const run = (t: string, extra = {}) =>
      checkBlacklist(t, { dns, deadline: createDeadline(3000), randomLabel: RANDOM_LABEL, ...extra });
    const checks = await Promise.all([
      ...[...targets, ...domains, '10.0.0.1'].map((t) => run(t)),
      run('5.6.7.8', {
        zones: ['own.list.test', 'wild.list.test', 'testpoint.list.test', 'dnsbl.sorbs.net'],
      }),
    ]);
    const missing = all(BLACKLIST_CODES).filter((c) => !seen(checks.map((c) => c.findings)).has(c));
    expect(missing, missing.join('; ')).toEqual([]);
  });

  it('/auth', async () => {
    const dns = client('auth');
    const domains = Object.keys(ZONE_SETS.auth).filter(
      (n) => n.split('.').length === 2 && !n.startsWith('_'),
    );
    const run = (domain: string, selectors: string[] = [], ip?: string) =>
      checkAuth({ domain, selectors, ...(ip ? { ip } : {}) }, { dns, deadline: createDeadline(3000) });
    const checks: Awaited<ReturnType<typeof checkAuth>>[] = [];
    for (const d of [...domains, 'sub.org.test']) checks.push(await run(d));
    checks.push(await run('keys.test', ['k2048', 'k1024', 'k512', 'old', 'junk', 'gone']));
    // SPF for an address: pass, fail, softfail, neutral, none, permerror, temperror.
    for (const domain of [
      'good.test',
      'soft.test',
      'neutral.test',
      'nospf.test',
      'twospf.test',
      'tempspf.test',
    ]) {
      checks.push(await run(domain, [], '5.6.7.9'));
    }
    checks.push(await run('good.test', ['mykey'], '192.0.2.10'));
    checks.push(
      await checkAuth(
        { domain: 'good.test', selectors: [] },
        { dns: unreachable(), deadline: createDeadline(3000) },
      ),
    );
    // The MTA-STS policy file is fetched over HTTPS, not looked up: check-auth.test.ts gives a fetcher.
    const notDns = ['mta-sts-policy', 'mta-sts-mx-mismatch'];
    const missing = all(AUTH_CODES)
      .filter((c) => !notDns.includes(c.split(' ')[1] as string))
      .filter((c) => !seen(checks.map((c) => c.findings)).has(c));
    expect(missing, missing.join('; ')).toEqual([]);
  });
});
