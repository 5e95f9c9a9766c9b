import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../../src/report/types.js';
import { authZone } from '../checks/auth/zone.js';
import { startDnsServer, type TestDnsServer } from '../helpers/dns-server.js';
import { runCli } from './run-cli.js';

let server: TestDnsServer;
beforeAll(async () => {
  server = await startDnsServer(authZone());
});
afterAll(async () => {
  await server.close();
});

describe('mailmedic auth', () => {
  it('prints the verdict and the findings, asking the --resolver given, and exits 0', async () => {
    const r = await runCli(['auth', 'good.test', 'mykey', '--resolver', server.address]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(
      'good.test: SPF ok, DMARC p=reject, DKIM found at 2 selectors, MTA-STS on, BIMI ok',
    );
    expect(lines[2]).toBe('ok   good.test has one valid SPF record ending in "-all": other hosts fail');
    expect(r.stdout).toContain('ok   DKIM selector "mykey": RSA 2048 bits');
    expect(r.stdout).toContain(`DNS servers asked: ${server.address}`);
    expect(server.queries).toContain('TXT mykey._domainkey.good.test');
  });

  it('evaluates SPF for --ip and --from, as JSON', async () => {
    const r = await runCli(['auth', 'good.test', '--ip', '203.0.113.9', '--from', 'good.test', '--json'], {
      env: { MAILMEDIC_RESOLVERS: server.address },
    });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.kind).toBe('check');
    expect(report.headline).toMatch(/; SPF for 203\.0\.113\.9: fail$/);
    expect(report.findings).toContainEqual({
      code: 'spf-result-fail',
      severity: 'fail',
      message: expect.stringMatching(
        /^SPF fail: good\.test does not allow 203\.0\.113\.9 to send \(matched -all\)/,
      ),
    });
  });

  it('reports broken SPF records as findings, not errors', async () => {
    const r = await runCli(['auth', 'lookups.test', '--resolver', server.address, '--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.findings.map((f) => f.code)).toContain('spf-too-many-lookups');
  });

  it('still exits 0 with findings when the DNS server cannot be reached', async () => {
    const r = await runCli(['auth', 'good.test', '--resolver', '127.0.0.1:9', '--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.headline).toBe('good.test: SPF unknown, DMARC unknown, DKIM unknown, MTA-STS unknown');
    expect(report.findings.map((f) => `${f.severity} ${f.code}`)).toContain('warn dns-error');
  });
});

describe('/auth in chat', () => {
  it('takes ip= and from= like the CLI', async () => {
    const { parseCommand } = await import('../../../src/commands/parse-command.js');
    expect(parseCommand('/auth good.test ip=198.51.100.7 from=good.test')).toEqual({
      kind: 'auth',
      domain: 'good.test',
      selectors: [],
      ip: '198.51.100.7',
      from: 'good.test',
    });
  });

  it('answers /auth through runRequest with a check report', async () => {
    const { parseCommand } = await import('../../../src/commands/parse-command.js');
    const { runRequest } = await import('../../../src/commands/run-request.js');
    const { createDnsClient } = await import('../../../src/dns/resolver.js');
    const report = await runRequest(parseCommand('/auth good.test ip=192.0.2.44 from=bob@good.test'), {
      requester: { platform: 'console', user: 'tester' },
      dns: createDnsClient({ servers: [server.address], timeoutMs: 2000, tries: 1 }),
    });
    expect(report.kind).toBe('check');
    expect(report.headline).toMatch(/^good\.test: SPF ok, .*; SPF for 192\.0\.2\.44: pass$/);
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        code: 'spf-result-pass',
        message: expect.stringContaining('ip4:192.0.2.0/24'),
      }),
    );
  });
});
