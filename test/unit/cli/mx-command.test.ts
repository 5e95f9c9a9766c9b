import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../../src/report/types.js';
import { a, aaaa, mx, ptr, startDnsServer, type TestDnsServer } from '../helpers/dns-server.js';
import { runCli } from './run-cli.js';

let server: TestDnsServer;
beforeAll(async () => {
  server = await startDnsServer({
    'example.org': [mx(20, 'mx2.example.org'), mx(10, 'mx1.example.org')],
    'mx1.example.org': [a('5.6.7.8'), aaaa('2a01:4f8::25')],
    'mx2.example.org': [a('5.6.7.9')],
    '8.7.6.5.in-addr.arpa': [ptr('mx1.example.org')],
    '5.2.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.f.4.0.1.0.a.2.ip6.arpa': [ptr('mx1.example.org')],
    '9.7.6.5.in-addr.arpa': [ptr('elsewhere.example.net')],
    'elsewhere.example.net': [a('5.6.7.100')],
    'xn--bcher-kva.de': [mx(0, '.')],
  });
});
afterAll(async () => {
  await server.close();
});

describe('mailmedic mx', () => {
  it('prints the verdict and the findings, asking the --resolver given, and exits 0', async () => {
    const r = await runCli(['mx', 'example.org', '--resolver', server.address]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').slice(0, 6)).toEqual([
      'example.org accepts mail at 2 MX hosts, with 1 problem',
      '',
      'ok   example.org has 2 MX hosts, in the order senders try them: 10 mx1.example.org, 20 mx2.example.org',
      expect.stringMatching(
        /^warn 5\.6\.7\.9 \(mx2\.example\.org\) has PTR elsewhere\.example\.net, which does not resolve back/,
      ),
      'info MX 10 mx1.example.org: 5.6.7.8 (PTR mx1.example.org, confirmed), 2a01:4f8::25 (PTR mx1.example.org, confirmed)',
      'info MX 20 mx2.example.org: 5.6.7.9 (PTR elsewhere.example.net, not confirmed)',
    ]);
    expect(r.stdout).toContain(`DNS servers asked: ${server.address}`);
    expect(server.queries).toContain('MX example.org');
  });

  it('prints the report as JSON with --json, the resolver coming from MAILMEDIC_RESOLVERS', async () => {
    const r = await runCli(['mx', 'bücher.de', '--json'], { env: { MAILMEDIC_RESOLVERS: server.address } });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report).toMatchObject({
      kind: 'check',
      headline: 'bücher.de accepts no mail (null MX)',
      records: [],
      findings: [{ code: 'null-mx', severity: 'fail' }],
    });
    expect(server.queries).toContain('MX xn--bcher-kva.de');
  });

  it('takes --resolver more than once and moves on from a server that cannot be reached', async () => {
    const r = await runCli(['mx', 'example.org', '--resolver', '127.0.0.1:9', '--resolver', server.address]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('example.org accepts mail at 2 MX hosts, with 1 problem');
    expect(r.stdout).toMatch(/DNS servers asked: .*127\.0\.0\.1:9/);
  });

  it('still exits 0 with a finding when the DNS server cannot be reached', async () => {
    const r = await runCli(['mx', 'example.org', '--resolver', '127.0.0.1:9', '--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.headline).toBe('Could not check example.org: the DNS lookup failed');
    expect(report.findings).toMatchObject([{ code: 'dns-error', severity: 'fail' }]);
  });
});
