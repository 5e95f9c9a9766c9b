import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DNSBL_ZONES } from '../../../src/knowledge/dnsbl-zones.js';
import type { Report } from '../../../src/report/types.js';
import { DNSBL_ZONE } from '../checks/blacklist/zone.js';
import { startDnsServer, type TestDnsServer } from '../helpers/dns-server.js';
import { runCli } from './run-cli.js';

let server: TestDnsServer;
beforeAll(async () => {
  server = await startDnsServer(DNSBL_ZONE);
});
afterAll(async () => {
  await server.close();
});

const IP_LISTS = DNSBL_ZONES.filter((z) => z.kind === 'ip' && !z.dead).length;
const dir = mkdtempSync(join(tmpdir(), 'mailmedic-cli-dnsbl-'));

describe('mailmedic blacklist', () => {
  it('prints the verdict, the listing first, and exits 0', async () => {
    const r = await runCli(['blacklist', '5.6.7.8', '--resolver', server.address]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(
      `5.6.7.8 is listed on 1 of ${IP_LISTS} lists (Spamhaus SBL, Spamhaus XBL, Spamhaus PBL)`,
    );
    expect(lines[2]).toMatch(
      /^FAIL 5\.6\.7\.8 is listed on Spamhaus ZEN \(zen\.spamhaus\.org\): 127\.0\.0\.2, /,
    );
    expect(lines[3]).toMatch(/^ok {3}5\.6\.7\.8 is not listed on \d+ lists: SpamCop, Barracuda/);
    expect(r.stdout).toContain(`DNS servers asked: ${server.address}`);
  });

  it('prints every zone with --json: listed true, false or null with the reason', async () => {
    const r = await runCli(['blacklist', '5.6.7.10', '--json', '--resolver', server.address]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.kind).toBe('check');
    expect(report.headline).toBe(`5.6.7.10 is clean on ${IP_LISTS - 1} lists; 1 could not be checked`);
    expect(report.zones?.[0]).toMatchObject({
      zone: 'zen.spamhaus.org',
      target: '5.6.7.10',
      listed: null,
      status: 'list-error',
      answer: '127.255.255.254',
    });
    expect(report.zones?.[1]).toMatchObject({ zone: 'bl.spamcop.net', listed: false, answer: null });
    expect(report.findings.map((f) => f.code)).toEqual(['could-not-check', 'not-listed']);
  });

  it('asks only the --zone lists given (repeatable)', async () => {
    const r = await runCli([
      'blacklist',
      '5.6.7.8',
      '--zone',
      'own.list.test',
      '--zone',
      'dnsbl.sorbs.net',
      '--json',
      '--resolver',
      server.address,
    ]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.zones?.map((z) => [z.zone, z.listed, z.status])).toEqual([
      ['own.list.test', true, 'listed'],
      ['dnsbl.sorbs.net', null, 'dead'],
    ]);
    expect(report.headline).toBe('5.6.7.8 is listed on 1 of 1 list (own.list.test); 1 dead list not asked');
  });

  it('asks Spamhaus through DQS with MAILMEDIC_SPAMHAUS_DQS_KEY, never printing the key', async () => {
    const r = await runCli(['blacklist', '5.6.7.8', '--zone', 'zen.spamhaus.org', '--json'], {
      env: { MAILMEDIC_RESOLVERS: server.address, MAILMEDIC_SPAMHAUS_DQS_KEY: 'k3y' },
    });
    expect(r.code).toBe(0);
    expect(server.queries).toContain('A 8.7.6.5.k3y.zen.dq.spamhaus.net');
    expect(r.stdout).not.toContain('k3y');
    const report = JSON.parse(r.stdout) as Report;
    expect(report.zones?.[0]).toMatchObject({ zone: 'zen.spamhaus.org', listed: true, answer: '127.0.0.4' });
    const bad = await runCli(['blacklist', '5.6.7.8'], { env: { MAILMEDIC_SPAMHAUS_DQS_KEY: 'not a key!' } });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('MAILMEDIC_SPAMHAUS_DQS_KEY: expected the DQS key');
    expect(bad.stderr).not.toContain('not a key!');
  });

  it('reads the lists from MAILMEDIC_DNSBL_FILE, and refuses a bad file with exit code 2', async () => {
    const file = join(dir, 'zones.json');
    writeFileSync(
      file,
      JSON.stringify({
        mode: 'replace',
        zones: [
          {
            zone: 'own.list.test',
            name: 'Our list',
            kind: 'ip',
            codes: [{ answer: '127.0.0.3', name: 'Our list (proxies)', meaning: 'open proxy' }],
          },
        ],
      }),
    );
    const r = await runCli(['blacklist', '5.6.7.8', '--json'], {
      env: { MAILMEDIC_RESOLVERS: server.address, MAILMEDIC_DNSBL_FILE: file },
    });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.headline).toBe('5.6.7.8 is listed on 1 of 1 list (Our list (proxies))');
    expect(report.zones).toMatchObject([{ zone: 'own.list.test', list: 'Our list', meaning: 'open proxy' }]);
    const badFile = join(dir, 'bad.json');
    writeFileSync(badFile, JSON.stringify({ zones: [{ zone: 'x.test', kind: 'both' }] }));
    const bad = await runCli(['blacklist', '5.6.7.8'], {
      env: { MAILMEDIC_RESOLVERS: server.address, MAILMEDIC_DNSBL_FILE: badFile },
    });
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain(
      `MAILMEDIC_DNSBL_FILE: ${badFile}: zones[0].kind: expected "ip" or "domain"`,
    );
  });

  it('says a private address is not worth asking, and exits 0', async () => {
    const r = await runCli(['blacklist', '192.168.1.10', '--resolver', server.address]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('192.168.1.10 is not a public address: blocklists do not list it');
    expect(r.stdout).toMatch(/^info 192\.168\.1\.10 is a private address: blocklists list only public/m);
  });
});
