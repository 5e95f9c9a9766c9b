/**
 * Round 36, held out: /mx, /auth and /blacklist against real-world record shapes the earlier tests did
 * not cover, served by the loopback DNS server (test/unit/helpers/dns-server.ts). Every case asserts what
 * a demanding mail admin expects: the right finding, never "listed" or "fails" when it is not so,
 * "could not tell" when a lookup failed, clear words on what to fix, and bounded time.
 *
 * MEASURED as written, before any source change: 33 of 44 right. Two of the 11 misses were errors in
 * this file, corrected: the %{i} macro zone name was written reversed (%{i} is the address as written;
 * %{ir} reverses it), and a CNAME plus a 2048-bit DKIM key overflows a 512-byte UDP answer, which the
 * loopback server cannot repeat over TCP (the case now uses a 1024-bit key). So 35 of 44 right as
 * written, the real misses:
 *  - an MX host with only AAAA: no warning that IPv4-only senders cannot reach it;
 *  - SPF version typos ("v=spf1a", "v-spf1") and a lone Sender ID record (spf2.0/...): "no SPF record",
 *    without quoting the record that was meant to be SPF;
 *  - the "ptr" mechanism (RFC 7208 §5.5: do not use) not mentioned;
 *  - an "mx" term over 12 MX hosts (RFC 7208 §4.6.4: more than 10 is permerror) read as ok;
 *  - a subdomain under an organisational record with sp=none: headline "DMARC p=reject";
 *  - a DMARC record not starting with v=DMARC1: "no DMARC record", without quoting it;
 *  - a DKIM key in test mode (t=y): not mentioned.
 * After the fixes: 43 of 44 right; the IPv6-only MX warning stays `it.fails` (it needs a new finding
 * code, whose README row is the lead's), its words are in the host line (a 45th case checks them).
 *
 * Second batch (6 cases, the last describe), written after those fixes and measured as written: 3 of 6
 * right. Misses: an SPF record of 20 ranges over 255 bytes read as temperror (a test error: 30 ranges
 * overflowed the 512-byte UDP answer of the loopback server; now 20); np= for a subdomain that does
 * not exist ignored; and, serious, a SERVFAIL inside an include read as "no match", so --ip said
 * "SPF fail" (and the record "ok") where receivers say temperror. One more test error found while
 * fixing: the "existing" subdomain had no A/AAAA/MX, which RFC 9989 counts as non-existent (now has
 * an A). After the fixes: 6 of 6.
 */
import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAuthReport } from '../../../src/checks/auth/auth-report.js';
import { checkAuth } from '../../../src/checks/auth/check-auth.js';
import type { AuthInput } from '../../../src/checks/auth/types.js';
import { buildBlacklistReport } from '../../../src/checks/blacklist/blacklist-report.js';
import { checkBlacklist } from '../../../src/checks/blacklist/check-blacklist.js';
import { checkMx } from '../../../src/checks/mx/check-mx.js';
import { buildMxReport } from '../../../src/checks/mx/mx-report.js';
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
  type ZoneRecord,
} from '../helpers/dns-server.js';
import { dkimRecord } from './auth/zone.js';
import { DNSBL_ZONE, RANDOM_LABEL } from './blacklist/zone.js';

const rev = (ip: string) => reverseName(ip) as string;

/** One TXT record of several character-strings, as DNS carries long or split records. */
function strings(...parts: string[]): ZoneRecord {
  return { type: 'TXT', data: parts };
}

function ed25519Record(extra = ''): string {
  const { publicKey } = generateKeyPairSync('ed25519');
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return `v=DKIM1; k=ed25519;${extra} p=${der.subarray(der.length - 32).toString('base64')}`;
}

const manyMx: Zone = {};
for (let i = 1; i <= 12; i++) {
  manyMx[`mx${i}.many.example.org`] = [a(`5.6.8.${i}`)];
  manyMx[rev(`5.6.8.${i}`)] = [ptr(`mx${i}.many.example.org`)];
}

const ZONE: Zone = {
  ...DNSBL_ZONE,
  ...manyMx,
  // ---- MX
  'tie.example.org': [mx(10, 'b.tie.example.org'), mx(10, 'a.tie.example.org'), mx(20, 'c.tie.example.org')],
  'a.tie.example.org': [a('5.6.9.1')],
  'b.tie.example.org': [a('5.6.9.2')],
  'c.tie.example.org': [a('5.6.9.3')],
  [rev('5.6.9.1')]: [ptr('a.tie.example.org')],
  [rev('5.6.9.2')]: [ptr('b.tie.example.org')],
  [rev('5.6.9.3')]: [ptr('c.tie.example.org')],
  'many.example.org': Array.from({ length: 12 }, (_, i) => mx(i + 1, `mx${i + 1}.many.example.org`)),
  'v6only.example.org': [mx(10, 'mx.v6only.example.org')],
  'mx.v6only.example.org': [aaaa('2a01:4f8::77')],
  [rev('2a01:4f8::77')]: [ptr('mx.v6only.example.org')],
  'deadcname.example.org': [mx(10, 'mail.deadcname.example.org')],
  'mail.deadcname.example.org': [cname('gone.hosting.example.net')],
  'v6literal.example.org': [mx(10, '2a01:4f8::25')],
  'twonull.example.org': [mx(0, '.'), mx(0, '.')],
  // ---- SPF
  'split.example.com': [
    strings('v=spf1 ip4:192.0.2.0/24 ip4:198.51.100.0/24 ', 'include:_spf.split.example.com -all'),
    mx(10, 'mx.split.example.com'),
  ],
  '_spf.split.example.com': [txt('v=spf1 ip4:203.0.113.0/24 -all')],
  'typo.example.com': [txt('v=spf1a mx -all')],
  'typo2.example.com': [txt('v-spf1 mx -all')],
  'senderid.example.com': [txt('spf2.0/pra ip4:192.0.2.1 -all'), txt('v=spf1 ip4:192.0.2.1 -all')],
  'senderidonly.example.com': [txt('spf2.0/mfrom,pra ip4:192.0.2.1 -all')],
  'loop.example.com': [txt('v=spf1 include:loop2.example.com -all')],
  'loop2.example.com': [txt('v=spf1 include:loop.example.com -all')],
  'redir.example.com': [txt('v=spf1 redirect=_spf.redir.example.com')],
  '_spf.redir.example.com': [txt('v=spf1 ip4:192.0.2.0/24 -all')],
  'redirnone.example.com': [txt('v=spf1 redirect=_spf.redirnone.example.com')],
  '_spf.redirnone.example.com': [txt('not an spf record')],
  'redirall.example.com': [txt('v=spf1 ip4:192.0.2.1 redirect=_spf.redir.example.com -all')],
  'macro.example.com': [txt('v=spf1 exists:%{i}._spf.macro.example.com -all')],
  '192.0.2.10._spf.macro.example.com': [a('127.0.0.2')],
  'ptrspf.example.com': [txt('v=spf1 ptr -all')],
  'mxspf.example.com': [
    txt('v=spf1 mx -all'),
    ...Array.from({ length: 12 }, (_, i) => mx(i + 1, `mx${i + 1}.many.example.org`)),
  ],
  'v6spf.example.com': [txt('v=spf1 ip6:2001:db8::/32 -all')],
  'upper.example.com': [txt('v=spf1 IP4:192.0.2.0/24 -ALL')],
  // ---- DMARC
  'corp.example.net': [txt('v=spf1 -all')],
  '_dmarc.corp.example.net': [txt('v=DMARC1; p=reject; sp=none; rua=mailto:d@corp.example.net')],
  'shop.corp.example.net': [txt('v=spf1 -all')],
  'order.example.net': [txt('v=spf1 -all')],
  '_dmarc.order.example.net': [txt('p=reject; v=DMARC1; rua=mailto:d@order.example.net')],
  'multirua.example.net': [txt('v=spf1 -all')],
  '_dmarc.multirua.example.net': [
    txt('v=DMARC1; p=quarantine; rua=mailto:d@multirua.example.net,mailto:agg@reports.example.org!10m'),
  ],
  'casing.example.net': [txt('v=spf1 -all')],
  '_dmarc.casing.example.net': [txt('v=DMARC1; p=Reject; adkim=S; rua=mailto:d@casing.example.net')],
  'badtags.example.net': [txt('v=DMARC1; p=none')],
  '_dmarc.badtags.example.net': [txt('v=DMARC1; p=quarantine; adkim=x; sp=block; rua=d@badtags.example.net')],
  'aliased.example.net': [txt('v=spf1 -all')],
  '_dmarc.aliased.example.net': [cname('aliased.example.net.dmarc.provider.example.org')],
  'aliased.example.net.dmarc.provider.example.org': [
    txt('v=DMARC1; p=reject; rua=mailto:agg@provider.example.org'),
  ],
  'aliased.example.net._report._dmarc.provider.example.org': [txt('v=DMARC1')],
  // ---- DKIM
  'keys.example.org': [txt('v=spf1 -all')],
  'ed._domainkey.keys.example.org': [txt(ed25519Record())],
  'trial._domainkey.keys.example.org': [txt(dkimRecord(2048).replace('v=DKIM1;', 'v=DKIM1; t=y;'))],
  'm365._domainkey.keys.example.org': [cname('m365-keys.tenant.example.net')],
  // 1024 bits: a CNAME and a 2048-bit key overflow 512 bytes, and the loopback server has no TCP.
  'm365-keys.tenant.example.net': [txt(dkimRecord(1024))],
  'gone._domainkey.keys.example.org': [txt('v=DKIM1; k=rsa; p= ; n=retired 2024')],
  // ---- MTA-STS, TLS-RPT
  'sts.example.org': [txt('v=spf1 -all')],
  '_mta-sts.sts.example.org': [txt('v=STSv1; id=20240101'), txt('v=STSv1; id=20250601')],
  '_smtp._tls.sts.example.org': [
    txt('v=TLSRPTv1; rua=mailto:tls@sts.example.org'),
    txt('v=TLSRPTv1; rua=mailto:tls2@sts.example.org'),
  ],
  'longid.example.org': [txt('v=spf1 -all')],
  '_mta-sts.longid.example.org': [txt(`v=STSv1; id=${'a'.repeat(33)}`)],
  // ---- DNSBL
  '7.113.0.203.bl.spamcop.net': [
    a('127.0.0.2'),
    txt('Blocked - see https://www.spamcop.net/bl.shtml?203.0.113.7'),
  ],
  '8.113.0.203.zen.spamhaus.org': [a('127.255.255.254')],
  '9.113.0.203.zen.spamhaus.org': [a('127.0.0.2'), a('127.255.255.254')],
  '10.113.0.203.zen.spamhaus.org': 'servfail',
  '10.113.0.203.bl.spamcop.net': 'drop',
  'phish.example.net.dbl.spamhaus.org': [a('127.0.1.4')],
  'abused.example.net.dbl.spamhaus.org': [a('127.0.1.102')],
  'queriedip.example.net.dbl.spamhaus.org': [a('127.0.1.255')],
  'resolver.example.net.dbl.spamhaus.org': [a('127.255.255.254')],
  '5.2.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.zen.spamhaus.org': [a('127.0.0.2')],
  // ---- Second batch (written after the fixes of the first, measured as written: see its describe).
  'longspf.example.com': [
    txt(`v=spf1 ${Array.from({ length: 20 }, (_, i) => `ip4:198.51.${i + 1}.0/24`).join(' ')} -all`),
  ],
  'corp2.example.net': [txt('v=spf1 -all')],
  '_dmarc.corp2.example.net': [txt('v=DMARC1; p=reject; sp=reject; np=none; rua=mailto:d@corp2.example.net')],
  'real.corp2.example.net': [txt('v=spf1 -all'), a('5.6.9.20')],
  'sfmx.example.org': 'servfail',
  'sfinc.example.com': [txt('v=spf1 include:_spf.sfinc.example.com -all')],
  '_spf.sfinc.example.com': 'servfail',
  'spaced._domainkey.keys.example.org': [txt(dkimRecord(1024).replace(/p=(.{40})(.{40})/, 'p=$1 $2 '))],
};

let server: TestDnsServer;
beforeAll(async () => {
  server = await startDnsServer(ZONE);
});
afterAll(async () => {
  await server.close();
});

const dnsClient = (timeoutMs = 1500) => createDnsClient({ servers: [server.address], timeoutMs, tries: 1 });

async function mxRun(domain: string) {
  const dns = dnsClient();
  const check = await checkMx(domain, { dns, deadline: createDeadline(8000) });
  const report = buildMxReport(check, { servers: dns.servers() });
  const codes = check.findings.map((f) => `${f.severity} ${f.code}`);
  const text = (code: string) => check.findings.filter((f) => f.code === code).map((f) => f.message);
  return { check, report, codes, text, all: check.findings.map((f) => f.message).join('\n') };
}

async function authRun(input: Partial<AuthInput> & { domain: string }, deadlineMs = 8000) {
  const dns = dnsClient(1000);
  const check = await checkAuth({ selectors: [], ...input }, { dns, deadline: createDeadline(deadlineMs) });
  const report = buildAuthReport(check, { servers: dns.servers() });
  const codes = check.findings.map((f) => `${f.severity} ${f.code}`);
  const text = (code: string) => check.findings.filter((f) => f.code === code).map((f) => f.message);
  return { check, report, codes, text, all: check.findings.map((f) => f.message).join('\n') };
}

async function blRun(target: string, deadlineMs = 6000) {
  const dns = dnsClient(800);
  const check = await checkBlacklist(target, {
    dns,
    deadline: createDeadline(deadlineMs),
    randomLabel: RANDOM_LABEL,
  });
  const report = buildBlacklistReport(check, { servers: dns.servers() });
  const codes = check.findings.map((f) => `${f.severity} ${f.code}`);
  const text = (code: string) => check.findings.filter((f) => f.code === code).map((f) => f.message);
  const zone = (name: string, about = check.target) =>
    check.results.find((r) => r.zone === name && r.target === about);
  return { check, report, codes, text, zone };
}

describe('round 36: /mx', () => {
  it('MX preference ties: both hosts at 10 are used, listed before the 20, in a stable order', async () => {
    const { check, text } = await mxRun('tie.example.org');
    expect(check.verdict).toEqual({
      kind: 'accepts',
      hosts: ['a.tie.example.org', 'b.tie.example.org', 'c.tie.example.org'],
    });
    expect(text('mx-ok')[0]).toContain('10 a.tie.example.org, 10 b.tie.example.org, 20 c.tie.example.org');
  });

  it('many MX hosts: checks the first 10, says so, and stays within time', async () => {
    const started = performance.now();
    const { check, report, text } = await mxRun('many.example.org');
    expect(performance.now() - started).toBeLessThan(8000);
    expect(check.hosts).toHaveLength(10);
    expect(report.notes?.join(' ')).toContain('first 10 of 12');
    expect(text('mx-ok')[0]).toMatch(/has 12 MX hosts/);
  });

  // The host line says "IPv6 only (no A record): …" as info; the warning came with its own code (mx-ipv6-only).
  it('an MX host with only an AAAA record: accepted, but IPv4-only senders cannot reach it', async () => {
    const { check, codes, all } = await mxRun('v6only.example.org');
    expect(check.verdict.kind).toBe('accepts');
    expect(codes.some((c) => c.startsWith('warn '))).toBe(true);
    expect(all).toMatch(/IPv4/);
    expect(all).toMatch(/only IPv6|IPv6 only|no A record/i);
  });

  // Added after the fix: the words the host line gives an IPv6-only host.
  it('an MX host with only an AAAA record: the host line says IPv4-only senders cannot reach it', async () => {
    const { text } = await mxRun('v6only.example.org');
    expect(text('mx-host')[0]).toMatch(/IPv6 only \(no A record\): senders with only IPv4 cannot reach/);
  });

  it('an MX host that is a CNAME to a name that does not exist: a failure, naming both', async () => {
    const { check, codes, all } = await mxRun('deadcname.example.org');
    expect(check.verdict.kind).toBe('no-usable-host');
    expect(codes).toContain('fail mx-target-no-address');
    expect(all).toContain('mail.deadcname.example.org');
    expect(codes).not.toContain('ok mx-ok');
  });

  it('an MX naming an IPv6 literal fails like an IPv4 literal', async () => {
    const { codes, check } = await mxRun('v6literal.example.org');
    expect(codes).toContain('fail mx-target-ip-literal');
    expect(check.verdict.kind).toBe('no-usable-host');
  });

  it('a null MX published twice is still "accepts no mail", not a mixed-null warning', async () => {
    const { codes, report } = await mxRun('twonull.example.org');
    expect(codes).toEqual(['fail null-mx']);
    expect(report.headline).toBe('twonull.example.org accepts no mail (null MX)');
  });

  it('upper case and a trailing dot in the asked name are the same domain', async () => {
    const { check } = await mxRun('TIE.Example.ORG.');
    expect(check.domain).toBe('tie.example.org');
    expect(check.verdict.kind).toBe('accepts');
  });
});

describe('round 36: /auth SPF', () => {
  it('an SPF record split over two TXT strings is joined without a space and read as one', async () => {
    const { codes, text } = await authRun({ domain: 'split.example.com' });
    expect(codes).toContain('ok spf-ok');
    expect(text('spf-lookups')[0]).toContain('include:_spf.split.example.com -all');
    expect(text('spf-lookups')[0]).toContain('1 of 10 DNS lookups');
  });

  it('a split SPF record still passes an address listed in its second half (through the include)', async () => {
    const { check } = await authRun({ domain: 'split.example.com', ip: '203.0.113.5' });
    expect(check.ipResult).toMatchObject({ result: 'pass' });
  });

  it.each([
    ['typo.example.com', 'v=spf1a'],
    ['typo2.example.com', 'v-spf1'],
  ])(
    '%s: a typo in the version (%s) is missing SPF, and the answer quotes the broken record',
    async (domain, bad) => {
      const { codes, text } = await authRun({ domain });
      expect(codes).toContain('fail spf-missing');
      expect(text('spf-missing')[0]).toContain(bad);
      expect(text('spf-missing')[0]).toMatch(/v=spf1/);
    },
  );

  it('a Sender ID record (spf2.0/pra) beside SPF is not a second SPF record', async () => {
    const { codes } = await authRun({ domain: 'senderid.example.com' });
    expect(codes).not.toContain('fail spf-multiple');
    expect(codes).toContain('ok spf-ok');
  });

  it('a Sender ID record alone is not SPF: missing, and the answer says spf2.0 is not SPF', async () => {
    const { codes, text } = await authRun({ domain: 'senderidonly.example.com' });
    expect(codes).toContain('fail spf-missing');
    expect(text('spf-missing')[0]).toMatch(/spf2\.0/);
  });

  it('an include loop is broken (never ok), named, and answered in bounded time', async () => {
    const started = performance.now();
    const { codes, report } = await authRun({ domain: 'loop.example.com' });
    expect(performance.now() - started).toBeLessThan(8000);
    expect(codes).not.toContain('ok spf-ok');
    expect(codes.some((c) => /^fail spf-(syntax|too-many-lookups)$/.test(c))).toBe(true);
    expect(report.headline).toContain('SPF broken');
  });

  it('redirect= to a valid record is ok, with no "no all" warning', async () => {
    const { codes, text } = await authRun({ domain: 'redir.example.com' });
    expect(codes).toContain('ok spf-ok');
    expect(codes).not.toContain('warn spf-no-all');
    expect(text('spf-ok')[0]).toMatch(/redirect/);
  });

  it('redirect= to a domain without SPF is a permerror (RFC 7208 §6.1), not ok', async () => {
    const { codes, report, all } = await authRun({ domain: 'redirnone.example.com' });
    expect(codes).not.toContain('ok spf-ok');
    expect(report.headline).toContain('SPF broken');
    expect(all).toContain('_spf.redirnone.example.com');
  });

  it('redirect= beside an all is ignored: the all decides, the record is ok', async () => {
    const { codes, check } = await authRun({ domain: 'redirall.example.com', ip: '192.0.2.200' });
    expect(codes).toContain('ok spf-ok');
    expect(check.ipResult).toMatchObject({ result: 'fail', mechanism: '-all' });
  });

  it('a macro (exists:%{i}) is valid syntax and passes the address it lists', async () => {
    const { codes, check } = await authRun({ domain: 'macro.example.com', ip: '192.0.2.10' });
    expect(codes).not.toContain('fail spf-syntax');
    expect(check.ipResult).toMatchObject({ result: 'pass' });
    const other = await authRun({ domain: 'macro.example.com', ip: '192.0.2.11' });
    expect(other.check.ipResult).toMatchObject({ result: 'fail' });
  });

  it('the ptr mechanism is flagged as one RFC 7208 says not to use', async () => {
    const { all } = await authRun({ domain: 'ptrspf.example.com' });
    expect(all).toMatch(/"?ptr"?[^\n]*(RFC 7208|should not|slow|deprecated)/i);
  });

  it('an "mx" term over a domain with 12 MX hosts is over the limit of 10 addresses lookups', async () => {
    const { codes, report } = await authRun({ domain: 'mxspf.example.com' });
    expect(codes).not.toContain('ok spf-ok');
    expect(report.headline).toContain('SPF broken');
  });

  it('ip6: ranges pass an IPv6 sender', async () => {
    const { check } = await authRun({ domain: 'v6spf.example.com', ip: '2001:db8::25' });
    expect(check.ipResult).toMatchObject({ result: 'pass' });
  });

  it('mechanisms in upper case are valid (SPF terms are case-insensitive)', async () => {
    const { codes } = await authRun({ domain: 'upper.example.com' });
    expect(codes).toContain('ok spf-ok');
  });
});

describe('round 36: /auth DMARC', () => {
  it('a subdomain under an org record with sp=none is not protected: the headline must not say p=reject', async () => {
    const { codes, report } = await authRun({ domain: 'shop.corp.example.net' });
    expect(codes).toContain('info dmarc-inherited');
    expect(report.headline).not.toMatch(/DMARC p=reject/);
    expect(codes).toContain('warn dmarc-policy-none');
  });

  it('a record that does not start with v=DMARC1 is ignored by receivers, and the answer says why', async () => {
    const { codes, text } = await authRun({ domain: 'order.example.net' });
    expect(codes).toContain('fail dmarc-missing');
    expect(text('dmarc-missing')[0]).toMatch(/v=DMARC1/);
    expect(text('dmarc-missing')[0]).toContain('p=reject; v=DMARC1');
  });

  it('several rua addresses with a size limit: only the outside one without authorisation is named', async () => {
    const { codes, text } = await authRun({ domain: 'multirua.example.net' });
    expect(text('dmarc-reporting')[0]).toContain('d@multirua.example.net, agg@reports.example.org');
    expect(codes.filter((c) => c === 'warn dmarc-rua-unauthorised')).toHaveLength(1);
    expect(text('dmarc-rua-unauthorised')[0]).toContain(
      'multirua.example.net._report._dmarc.reports.example.org',
    );
  });

  it('tag values are case-insensitive: p=Reject and adkim=S are valid', async () => {
    const { codes, text } = await authRun({ domain: 'casing.example.net' });
    expect(codes).toContain('ok dmarc-policy-reject');
    expect(codes).not.toContain('fail dmarc-invalid');
    expect(text('dmarc-alignment')[0]).toMatch(/DKIM strict/);
  });

  it('invalid tag values are each named', async () => {
    const { text } = await authRun({ domain: 'badtags.example.net' });
    const msg = text('dmarc-invalid').join(' ');
    expect(msg).toContain('adkim=x');
    expect(msg).toContain('sp=block');
    expect(msg).toContain('rua=d@badtags.example.net');
  });

  it('a _dmarc CNAME to a provider is followed', async () => {
    const { codes, report } = await authRun({ domain: 'aliased.example.net' });
    expect(codes).toContain('ok dmarc-policy-reject');
    expect(codes).not.toContain('warn dmarc-rua-unauthorised');
    expect(report.headline).toContain('DMARC p=reject');
  });
});

describe('round 36: /auth DKIM, MTA-STS, TLS-RPT', () => {
  it('an Ed25519 key is read as Ed25519 and accepted', async () => {
    const { text } = await authRun({ domain: 'keys.example.org', selectors: ['ed'] });
    expect(text('dkim-ok')).toContain('DKIM selector "ed": Ed25519');
  });

  it('a key in test mode (t=y) is found, and the answer says receivers treat it as testing', async () => {
    const { codes, all } = await authRun({ domain: 'keys.example.org', selectors: ['trial'] });
    expect(codes).toContain('ok dkim-ok');
    expect(all).toMatch(/"trial"[^\n]*t=y/);
  });

  it('a selector that is a CNAME to the provider (Microsoft 365 style) is followed', async () => {
    const { text } = await authRun({ domain: 'keys.example.org', selectors: ['m365'] });
    expect(text('dkim-weak-key')[0]).toMatch(/^DKIM selector "m365": RSA 1024 bits/);
  });

  it('a revoked key written "p= ;" is revoked, not invalid', async () => {
    const { codes } = await authRun({ domain: 'keys.example.org', selectors: ['gone'] });
    expect(codes).toContain('info dkim-revoked');
    expect(codes).not.toContain('fail dkim-invalid');
  });

  it('two MTA-STS records (an old and a new id) and two TLS-RPT records are both invalid', async () => {
    const { codes, text } = await authRun({ domain: 'sts.example.org' });
    expect(codes).toContain('fail mta-sts-invalid');
    expect(text('mta-sts-invalid')[0]).toMatch(/2 MTA-STS records/);
    expect(codes).toContain('fail tls-rpt-invalid');
  });

  it('an MTA-STS id of 33 characters is invalid', async () => {
    const { codes } = await authRun({ domain: 'longid.example.org' });
    expect(codes).toContain('fail mta-sts-invalid');
  });
});

describe('round 36: /blacklist', () => {
  it('127.0.0.2 on SpamCop is a listing, with what to do', async () => {
    const { zone, codes, text } = await blRun('203.0.113.7');
    expect(zone('bl.spamcop.net')).toMatchObject({ listed: true, status: 'listed', answer: '127.0.0.2' });
    expect(codes[0]).toBe('fail listed');
    expect(text('listed')[0]).toMatch(/SpamCop/);
    expect(text('listed')[0]).toMatch(/stop|removal|delist|expire/i);
  });

  it('127.255.255.254 from ZEN is never a listing: could not tell', async () => {
    const { zone, report, codes } = await blRun('203.0.113.8');
    expect(zone('zen.spamhaus.org')).toMatchObject({ listed: null });
    expect(codes).not.toContain('fail listed');
    expect(report.headline).not.toMatch(/is listed/);
    expect(report.headline).toMatch(/could not be checked/);
  });

  it('a listing mixed with 127.255.255.254 in one answer is not trusted as a listing', async () => {
    const { zone } = await blRun('203.0.113.9');
    expect(zone('zen.spamhaus.org')?.listed).toBeNull();
  });

  it('SERVFAIL on one list and a timeout on another: could not tell, in bounded time', async () => {
    const started = performance.now();
    const { zone, report, codes } = await blRun('203.0.113.10');
    expect(performance.now() - started).toBeLessThan(6000);
    expect(zone('zen.spamhaus.org')).toMatchObject({ listed: null, status: 'servfail' });
    expect(zone('bl.spamcop.net')).toMatchObject({ listed: null, status: 'timeout' });
    expect(codes).not.toContain('fail listed');
    expect(report.headline).toMatch(/2 could not be checked/);
  });

  it('an IPv6 address is asked in nibble form and its listing found', async () => {
    const { zone } = await blRun('2001:db8::25');
    expect(server.queries).toContain(
      'A 5.2.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.zen.spamhaus.org',
    );
    expect(zone('zen.spamhaus.org')).toMatchObject({ listed: true });
  });

  it('an IPv4-mapped IPv6 address is checked as the IPv4 address', async () => {
    const { check } = await blRun('::ffff:203.0.113.7');
    expect(check.results.find((r) => r.zone === 'bl.spamcop.net')?.listed).toBe(true);
    expect(server.queries).toContain('A 7.113.0.203.bl.spamcop.net');
  });

  it.each([
    ['phish.example.net', true, /phish/i],
    ['abused.example.net', true, /abused|compromised|legit/i],
  ])('a domain on the DBL (%s) is listed with its meaning', async (domain, listed, meaning) => {
    const { zone } = await blRun(domain);
    expect(zone('dbl.spamhaus.org')?.listed).toBe(listed);
    expect(zone('dbl.spamhaus.org')?.meaning).toMatch(meaning);
  });

  it.each(['queriedip.example.net', 'resolver.example.net'])(
    'DBL error answers for %s are never a listing',
    async (domain) => {
      const { zone, codes } = await blRun(domain);
      expect(zone('dbl.spamhaus.org')?.listed).toBeNull();
      expect(codes).not.toContain('fail listed');
    },
  );
});

describe('round 36, second batch (written after the first fixes)', () => {
  it('an SPF record of over 255 bytes in several strings is read whole: its last range passes', async () => {
    const { codes, check } = await authRun({ domain: 'longspf.example.com', ip: '198.51.20.9' });
    expect(codes).toContain('ok spf-ok');
    expect(check.ipResult).toMatchObject({ result: 'pass' });
  });

  it('np= applies to a subdomain that does not exist: np=none is not protection', async () => {
    const { codes, report } = await authRun({ domain: 'ghost.corp2.example.net' });
    expect(report.headline).not.toMatch(/DMARC (s?p)=reject/);
    expect(codes).toContain('warn dmarc-policy-none');
  });

  it('np= does not apply to a subdomain that exists: sp=reject does', async () => {
    const { codes } = await authRun({ domain: 'real.corp2.example.net' });
    expect(codes).toContain('ok dmarc-policy-reject');
    expect(codes).not.toContain('warn dmarc-policy-none');
  });

  it('a domain whose MX lookup gets SERVFAIL: the IP lists could not be asked, never "clean"', async () => {
    const { text, report } = await blRun('sfmx.example.org');
    expect(text('mail-hosts-unknown')[0]).toMatch(/SERVFAIL|could not/i);
    expect(report.headline).toMatch(/could not/);
  });

  it('an include that gets SERVFAIL makes --ip a temperror, never a fail', async () => {
    const { check, codes } = await authRun({ domain: 'sfinc.example.com', ip: '192.0.2.1' });
    expect(check.ipResult).toMatchObject({ result: 'temperror' });
    expect(codes).not.toContain('fail spf-result-fail');
    expect(codes).toContain('warn dns-servfail');
  });

  it('a DKIM key with spaces inside p= (as some DNS panels save it) is still read', async () => {
    const { codes } = await authRun({ domain: 'keys.example.org', selectors: ['spaced'] });
    expect(codes).toContain('warn dkim-weak-key');
    expect(codes).not.toContain('fail dkim-invalid');
  });
});
