import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { createSocket, type Socket } from 'node:dgram';
import { promises as dns } from 'node:dns';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/types.js';
import { nsdConf, nsdZones, zoneFileName } from '../helpers/zone-file.js';
import { ZONE_SETS } from '../helpers/zones.js';
import { startDnsServer, type TestDnsServer, type Zone } from '../unit/helpers/dns-server.js';

/**
 * The zone data of the in-process tests served by Debian's NSD (installed by test/e2e/setup-dns.sh) on
 * loopback high ports, one server per data set, and the built CLI run against it end to end. Every
 * command is also run against the in-process server with the same data: both must give the same answer.
 */
const NSD = '/usr/sbin/nsd';
const CLI = fileURLToPath(new URL('../../bin/mailmedic.js', import.meta.url));
const run = promisify(execFile);

interface Served {
  nsd: string;
  inProcess: string;
}
const servers: Record<string, Served> = {};
const children: ChildProcess[] = [];
const inProcess: TestDnsServer[] = [];
let dir: string;
let silent: Socket;
let silentAddress: string;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts `nsd -d` on `zone`; resolves once it answers, with its address. */
async function startNsd(name: string, zone: Zone): Promise<string> {
  const here = join(dir, name);
  const { zones, unrepresentable } = nsdZones(zone, { empty: ['com', 'test'] });
  expect(unrepresentable.every((n) => zone[n] === 'drop')).toBe(true);
  const { mkdirSync } = await import('node:fs');
  mkdirSync(here);
  for (const z of zones) if (z.text !== null) writeFileSync(join(here, zoneFileName(z.apex)), z.text);
  const port = await freePort();
  writeFileSync(join(here, 'nsd.conf'), nsdConf(zones, here, port));
  const child = spawn(NSD, ['-d', '-c', join(here, 'nsd.conf')], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let output = '';
  child.stdout?.on('data', (c) => {
    output += String(c);
  });
  child.stderr?.on('data', (c) => {
    output += String(c);
  });
  const address = `127.0.0.1:${port}`;
  const resolver = new dns.Resolver({ timeout: 200, tries: 1 });
  resolver.setServers([address]);
  const probe = Object.keys(zone).find((n) => Array.isArray(zone[n]) && n.split('.').length === 2) as string;
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) break;
    try {
      await resolver.resolveSoa(probe.split('.').slice(-2).join('.'));
      return address;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const log = existsSync(join(here, 'nsd.log')) ? readFileSync(join(here, 'nsd.log'), 'utf8') : '';
  throw new Error(`nsd (${name}) did not start on ${address}:\n${output}\n${log}`);
}

beforeAll(async () => {
  if (!existsSync(NSD))
    throw new Error(`${NSD} is missing: run test/e2e/setup-dns.sh (npm run test:e2e does)`);
  dir = mkdtempSync(join(tmpdir(), 'mailmedic-nsd-'));
  for (const [name, zone] of Object.entries(ZONE_SETS)) {
    const server = await startDnsServer(zone);
    inProcess.push(server);
    servers[name] = { nsd: await startNsd(name, zone), inProcess: server.address };
  }
  silent = createSocket('udp4');
  await new Promise<void>((resolve) => silent.bind(0, '127.0.0.1', resolve));
  silentAddress = `127.0.0.1:${(silent.address() as { port: number }).port}`;
});

afterAll(async () => {
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          const kill = setTimeout(() => child.kill('SIGKILL'), 5000);
          child.once('exit', () => {
            clearTimeout(kill);
            resolve();
          });
          child.kill('SIGTERM');
        }),
    ),
  );
  await Promise.all(inProcess.map((s) => s.close()));
  silent?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function cli(args: string[], resolver: string, input?: string): Promise<Report> {
  const child = run(process.execPath, [CLI, ...args, '--json', '--resolver', resolver], {
    timeout: 30_000,
    env: { PATH: process.env.PATH ?? '' },
  });
  if (input !== undefined) {
    child.child.stdin?.end(input);
  }
  const { stdout } = await child.catch((err: { stdout?: string }) => ({ stdout: err.stdout ?? '' }));
  return JSON.parse(stdout) as Report;
}

/** What must not differ between the two servers: everything but the note naming the server. */
function comparable(r: Report) {
  return { ...r, notes: r.notes.filter((n) => !n.startsWith('DNS servers asked')) };
}

async function both(set: string, args: string[]) {
  const s = servers[set] as Served;
  const [nsd, own] = await Promise.all([cli(args, s.nsd), cli(args, s.inProcess)]);
  expect(comparable(nsd)).toEqual(comparable(own));
  return nsd;
}

const codes = (r: Report) => r.findings.map((f) => `${f.severity} ${f.code}`);

describe('NSD serves the test zones: mailmedic mx', () => {
  it.each([
    ['example.test', ['ok mx-ok', 'info mx-host', 'info mx-host']],
    ['nullmx.test', ['fail null-mx']],
    ['mixednull.test', ['ok mx-ok', 'warn null-mx-mixed', 'info mx-host']],
    ['implicit.test', ['warn implicit-mx', 'info mx-host']],
    ['nomail.test', ['fail no-mail-host']],
    ['cname.test', ['ok mx-ok', 'warn mx-target-cname', 'info mx-host']],
    ['literal.test', ['fail mx-target-ip-literal', 'info mx-host']],
    ['noaddr.test', ['fail mx-target-no-address', 'info mx-host']],
    ['noptr.test', ['ok mx-ok', 'warn ptr-missing', 'info mx-host']],
    ['badptr.test', ['ok mx-ok', 'warn ptr-not-confirmed', 'info mx-host']],
    ['private.test', ['fail mx-private-address', 'info mx-host', 'info mx-host']],
    ['servfail.test', ['fail dns-servfail']],
    ['refused.test', ['fail dns-refused']],
    ['gmial.com', ['fail domain-not-found']],
    ['sfhost.test', ['warn dns-servfail', 'info mx-host']],
    ['rfhost.test', ['warn dns-refused', 'info mx-host']],
    ['bücher.test', ['ok mx-ok', 'info mx-host']],
  ])('%s', async (domain, expected) => {
    const r = await both('mx', ['mx', domain]);
    expect(codes(r)).toEqual(expected);
  });
});

describe('NSD serves the test zones: mailmedic blacklist', () => {
  it.each([
    ['5.6.7.8', /is listed on 1 of \d+ lists \(Spamhaus SBL, Spamhaus XBL, Spamhaus PBL\)$/],
    ['5.6.7.9', /^5\.6\.7\.9 is clean on \d+ lists$/],
    ['5.6.7.10', /1 could not be checked$/],
    ['5.6.7.12', /1 could not be checked$/],
    ['5.6.7.14', /^5\.6\.7\.14 is clean on \d+ lists$/],
    ['2a01:4f8::25', /^2a01:4f8::25 is listed on 1 of \d+ lists \(Spamhaus CSS\)/],
    ['spammy.test', /^spammy\.test is listed on 2 of \d+ lists/],
    ['refused.test', /1 could not be checked/],
    ['example.test', /mail host addresses are listed/],
  ])('%s', async (target, headline) => {
    const r = await both('blacklist', ['blacklist', target]);
    expect(r.headline).toMatch(headline);
  });

  it('tells a list that lists its test point or everything from a healthy one', async () => {
    const r = await both('blacklist', [
      'blacklist',
      '5.6.7.8',
      '--zone',
      'own.list.test',
      '--zone',
      'testpoint.list.test',
      '--zone',
      'wild.list.test',
    ]);
    expect(r.zones?.map((z) => [z.zone, z.status])).toEqual([
      ['own.list.test', 'listed'],
      ['testpoint.list.test', 'wildcard'],
      ['wild.list.test', 'wildcard'],
    ]);
  });

  it('Spamhaus 127.255.255.254 is an error code, not a listing', async () => {
    const r = await both('blacklist', ['blacklist', '5.6.7.10']);
    expect(r.zones?.find((z) => z.zone === 'zen.spamhaus.org')).toMatchObject({
      listed: null,
      status: 'list-error',
      answer: '127.255.255.254',
    });
  });
});

describe('NSD serves the test zones: mailmedic auth', () => {
  it.each([
    [['good.test', 'mykey'], 'spf-ok'],
    [['nospf.test'], 'spf-missing'],
    [['twospf.test'], 'spf-multiple'],
    [['lookups.test'], 'spf-too-many-lookups'],
    [['void.test'], 'spf-too-many-void'],
    [['plusall.test'], 'spf-pass-all'],
    [['neutral.test'], 'spf-neutral-all'],
    [['noall.test'], 'spf-no-all'],
    [['syntax.test'], 'spf-syntax'],
    [['none.test'], 'dmarc-policy-none'],
    [['ext.test'], 'dmarc-rua-unauthorised'],
    [['pct.test'], 'dmarc-obsolete-tag'],
    [['weaksp.test'], 'dmarc-subdomain-policy'],
    [['testing.test'], 'dmarc-testing'],
    [['badp.test'], 'dmarc-invalid'],
    [['sub.org.test'], 'dmarc-inherited'],
    [['keys.test', 'k2048', 'k1024', 'k512', 'old', 'junk', 'gone'], 'dkim-weak-key'],
    [['tlsbad.test'], 'mta-sts-invalid'],
    [['good.test'], 'bimi-ok'],
    [['none.test'], 'bimi-dmarc-not-enforced'],
    [['broken.test'], 'dns-servfail'],
    [['refusing.test'], 'dns-refused'],
    [['a.b.c.d.e.deep.test'], 'dmarc-inherited'],
    [['shop.psd.test'], 'dmarc-inherited'],
    [['tempspf.test', '--ip', '5.6.7.9'], 'spf-result-temperror'],
    [['good.test', '--ip', '192.0.2.10'], 'spf-result-pass'],
    [['good.test', '--ip', '5.6.7.9'], 'spf-result-fail'],
  ])('%j', async (args, code) => {
    const r = await both('auth', ['auth', ...args]);
    expect(r.findings.map((f) => f.code)).toContain(code);
  });
});

describe('NSD serves the test zones: bounces run their checks', () => {
  it('a blocklisted bounce: the listing confirmed by the live check', async () => {
    const bounce = '550 5.7.1 Service unavailable; Client host [5.6.7.8] blocked using zen.spamhaus.org\n';
    const r = await cli(['diagnose'], (servers.blacklist as Served).nsd, bounce);
    expect(r.records[0]?.cause).toBe('ip-blocklisted');
    expect(codes(r)).toEqual(['fail live-confirms']);
    expect(r.findings[0]?.message).toMatch(/^5\.6\.7\.8 is listed on Spamhaus ZEN \(SBL, XBL, PBL/);
  });

  it('a mistyped domain: NXDOMAIN from the live /mx', async () => {
    const bounce = '550 5.1.2 <bob@gmial.com>: Recipient address rejected: Domain not found\n';
    const r = await cli(['diagnose'], (servers.mx as Served).nsd, bounce);
    expect(r.findings[0]?.message).toMatch(
      /^gmial\.com does not exist \(NXDOMAIN\).*Did you mean gmail\.com\?/,
    );
  });

  it("a DMARC rejection: /auth of the sender's domain finds no SPF and no DMARC record", async () => {
    const bounce =
      'From: MAILER-DAEMON@mx.example.org\nSubject: Undelivered Mail Returned to Sender\nTo: alice@nospf.test\n\n' +
      "<bob@example.org>: host mx.example.org[198.51.100.5] said: 550-5.7.26 Unauthenticated email from nospf.test is not accepted due to domain's DMARC policy\n";
    const r = await cli(['diagnose'], (servers.auth as Served).nsd, bounce);
    expect(r.records[0]?.cause).toBe('dmarc-fail');
    expect(codes(r)).toEqual(['fail live-confirms']);
    expect(r.followUps?.[0]?.findings.map((f) => f.code)).toEqual(
      expect.arrayContaining(['spf-missing', 'dmarc-missing']),
    );
  });

  it('no DNS answer: the diagnosis still comes, "live checks could not run"', async () => {
    const bounce = '550 5.7.1 Service unavailable; Client host [5.6.7.8] blocked using zen.spamhaus.org\n';
    const r = await cli(['diagnose'], silentAddress, bounce);
    expect(r.records[0]?.cause).toBe('ip-blocklisted');
    expect(codes(r)).toEqual(['warn live-not-run']);
    expect(r.notes.join('\n')).toMatch(/Live checks could not run/);
  });
});
