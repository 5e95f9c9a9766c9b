/**
 * Round 48, held out: /auth and /blacklist against record shapes and resolver behaviours admins meet,
 * served by the loopback DNS server (test/unit/helpers/dns-server.ts). Round 36 (dns-live-round-36)
 * covered split SPF strings, version typos, Sender ID, include loops, redirect= (with and without all),
 * macros, ptr, mx over 10 hosts, sp/np, v= not first, multiple rua, tag case, invalid tags, _dmarc CNAME,
 * Ed25519, t=y, selector CNAME, "p= ;", Spamhaus .254, DBL errors, SERVFAIL/timeouts, IPv6 nibbles.
 * This round does not repeat them. Every case asserts what a demanding admin expects: the right verdict,
 * never "listed" or "broken" when it is not so, a clear reason and next step, bounded time.
 *
 * MEASURED as written, before any source change: 24 of 40 right. One miss was an error in this file,
 * corrected: the --ip case for an include without SPF used 192.0.2.7, which the record's own ip4: range
 * passes before the include is reached (pass is right); it now uses 198.51.100.7. So 25 of 40 right as
 * written, the real misses:
 *  - an include of a name that does not exist: "no SPF records found", without saying the name does not
 *    exist nor to remove the include;
 *  - mechanisms after "all" (never evaluated, RFC 7208 §5.1): "ok", not a word about the dead include;
 *  - an SPF record saved with its quote marks: "no SPF record", without quoting it;
 *  - "v=DMARC1 p=reject": "no DMARC record", blaming the tag order instead of the missing ";";
 *  - pct=0 (the RFC 7489 way to test): "remove it", which would enforce quarantine on all mail at once;
 *  - a selector CNAME whose target does not exist (Microsoft 365 before DKIM is enabled): the target
 *    not named;
 *  - a DKIM key limited to h=sha1: "ok", though receivers refuse rsa-sha1 (RFC 8301);
 *  - Spamhaus PBL, DROP and UCEPROTECT Level 2/3 listings: "find and stop what sent spam", wrong advice
 *    for policy listings and for listings of the provider's network;
 *  - DNSWL (an allowlist, --zone list.dnswl.org): 127.0.15.3 and its refusal 127.0.0.255 read as listings;
 *  - resolvers that lie (NXDOMAIN rewritten to an ad address, a catch-all answering 127.0.0.2, every
 *    list name NXDOMAIN): no listing (right), but one warning per list (13), and for the catch-all each
 *    list blamed ("remove it from mail server configurations") instead of the resolver.
 * After the fixes: 40 of 40. The "terms after all" case was split: its words are now given (in the
 * spf-lookups line), but "not ok" needs a warning code of its own (spf-after-all), whose README row is the
 * lead's, so that half stays `it.fails`.
 *
 * Second batch (7 cases, the last describe), written after those fixes and measured as written: 5 of 7
 * right. Misses: a DMARC record saved with its quote marks blamed on the tag order; and a rewriting
 * resolver that passes real listings on (only "no such name" is rewritten) got one warning per list
 * again, since the one-resolver-finding rule wanted every list to fail. After the fixes: 7 of 7.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAuthReport } from '../../../src/checks/auth/auth-report.js';
import { checkAuth } from '../../../src/checks/auth/check-auth.js';
import type { AuthInput } from '../../../src/checks/auth/types.js';
import { buildBlacklistReport } from '../../../src/checks/blacklist/blacklist-report.js';
import { checkBlacklist } from '../../../src/checks/blacklist/check-blacklist.js';
import { createDeadline } from '../../../src/dns/deadline.js';
import { createDnsClient } from '../../../src/dns/resolver.js';
import {
  a,
  cname,
  startDnsServer,
  type TestDnsServer,
  txt,
  type Zone,
  type ZoneEntry,
} from '../helpers/dns-server.js';
import { dkimRecord } from './auth/zone.js';
import { DNSBL_ZONE, RANDOM_LABEL } from './blacklist/zone.js';

const rev4 = (ip: string) => ip.split('.').reverse().join('.');

/** An include target that costs no lookup. */
const leaf = (range: string) => [txt(`v=spf1 ip4:${range} -all`)];

const spfZone: Zone = {};
// Nine includes and a redirect: exactly 10 lookups, the limit, still valid.
for (let i = 1; i <= 9; i++) spfZone[`i${i}.ten.example.com`] = leaf(`198.51.${i}.0/24`);
spfZone['ten.example.com'] = [
  txt(
    `v=spf1 ${Array.from({ length: 9 }, (_, i) => `include:i${i + 1}.ten.example.com`).join(' ')} ` +
      'redirect=_spf.ten.example.com',
  ),
];
spfZone['_spf.ten.example.com'] = leaf('203.0.113.0/24');
// Three includes, then a redirect to a record of seven more: 11, over the limit only through redirect=.
for (let i = 1; i <= 10; i++) spfZone[`j${i}.eleven.example.com`] = leaf(`198.51.${20 + i}.0/24`);
spfZone['eleven.example.com'] = [
  txt(
    'v=spf1 include:j1.eleven.example.com include:j2.eleven.example.com include:j3.eleven.example.com ' +
      'redirect=_spf.eleven.example.com',
  ),
];
spfZone['_spf.eleven.example.com'] = [
  txt(`v=spf1 ${Array.from({ length: 7 }, (_, i) => `include:j${i + 4}.eleven.example.com`).join(' ')} -all`),
];

const m365Key = dkimRecord(1024);

const ZONE: Zone = {
  ...DNSBL_ZONE,
  ...spfZone,
  // ---- SPF
  // An include of a domain that publishes no SPF (the provider dropped it): permerror (RFC 7208 §5.2).
  'oldesp.example.com': [txt('v=spf1 ip4:192.0.2.0/24 include:spf.oldesp.example.net -all')],
  'spf.oldesp.example.net': [txt('google-site-verification=abc123')],
  // An include of a name that does not exist.
  'goneesp.example.com': [txt('v=spf1 mx include:_spf.gone-provider.example.net -all')],
  // Exactly two void lookups: allowed.
  'twovoid.example.com': [
    txt('v=spf1 a:old1.twovoid.example.com a:old2.twovoid.example.com ip4:192.0.2.1 -all'),
  ],
  // Terms after "all" are never evaluated: the include at the end is dead.
  'afterall.example.com': [txt('v=spf1 ip4:192.0.2.1 ~all include:_spf.afterall.example.net')],
  '_spf.afterall.example.net': leaf('198.51.100.0/24'),
  // A DNS panel that kept the quote marks the admin typed: the TXT data starts with a quote.
  'quoted.example.com': [txt('"v=spf1 mx include:_spf.quoted.example.net -all"')],
  // A comma between two ranges: "ip4:a,b" is not an address, so permerror.
  'comma.example.com': [txt('v=spf1 ip4:192.0.2.0/24,198.51.100.0/24 -all')],
  // ---- DMARC
  'nosemi.example.net': [txt('v=spf1 -all')],
  '_dmarc.nosemi.example.net': [txt('v=DMARC1 p=reject; rua=mailto:d@nosemi.example.net')],
  'pctzero.example.net': [txt('v=spf1 -all')],
  '_dmarc.pctzero.example.net': [txt('v=DMARC1; p=quarantine; pct=0; rua=mailto:d@pctzero.example.net')],
  'wildauth.example.net': [txt('v=spf1 -all')],
  '_dmarc.wildauth.example.net': [txt('v=DMARC1; p=reject; rua=mailto:agg@dmarc-reports.example.org')],
  '*._report._dmarc.dmarc-reports.example.org': [txt('v=DMARC1')],
  'parent.example.net': [txt('v=spf1 -all')],
  '_dmarc.parent.example.net': [txt('v=DMARC1; p=reject; rua=mailto:d@parent.example.net')],
  'news.parent.example.net': [txt('v=spf1 include:_spf.parent.example.net -all')],
  '_dmarc.news.parent.example.net': [txt('v=DMARC1; p=none; rua=mailto:d@parent.example.net')],
  '_spf.parent.example.net': leaf('192.0.2.0/24'),
  'mail.shop.example.co.uk': [txt('v=spf1 -all')],
  '_dmarc.example.co.uk': [txt('v=DMARC1; p=quarantine; rua=mailto:d@example.co.uk')],
  'caps.example.net': [txt('v=spf1 -all')],
  '_dmarc.caps.example.net': [
    txt('v=DMARC1; p=reject; rua=MAILTO:Agg@Caps.example.net, mailto:second@caps.example.net'),
  ],
  // ---- DKIM
  'm365.example.org': [txt('v=spf1 include:spf.protection.example.net -all')],
  'spf.protection.example.net': leaf('192.0.2.0/24'),
  // Microsoft 365 style: selector1/selector2 are CNAMEs to the tenant; selector2's target does not
  // exist yet (DKIM not enabled in the Microsoft 365 portal).
  'selector1._domainkey.m365.example.org': [
    cname('selector1-m365-example-org._domainkey.contoso.example.net'),
  ],
  'selector1-m365-example-org._domainkey.contoso.example.net': [txt(m365Key)],
  'selector2._domainkey.m365.example.org': [
    cname('selector2-m365-example-org._domainkey.contoso.example.net'),
  ],
  'dk.example.org': [txt('v=spf1 -all')],
  'sha1only._domainkey.dk.example.org': [txt(dkimRecord(2048).replace('k=rsa;', 'k=rsa; h=sha1;'))],
  'both._domainkey.dk.example.org': [txt(dkimRecord(2048).replace('k=rsa;', 'k=rsa; h=sha1:sha256;'))],
  'mismatch._domainkey.dk.example.org': [txt(dkimRecord(2048).replace('k=rsa;', 'k=ed25519;'))],
  'nov._domainkey.dk.example.org': [txt(dkimRecord(2048).replace('v=DKIM1; ', ''))],
  // ---- DNSBL (IP lists): 198.51.100.x
  [`${rev4('198.51.100.2')}.zen.spamhaus.org`]: [a('127.255.255.252')],
  [`${rev4('198.51.100.3')}.zen.spamhaus.org`]: [a('127.0.0.10')],
  [`${rev4('198.51.100.4')}.zen.spamhaus.org`]: [a('127.0.0.9')],
  [`${rev4('198.51.100.5')}.zen.spamhaus.org`]: [a('127.0.0.3')],
  [`${rev4('198.51.100.6')}.dnsbl-2.uceprotect.net`]: [a('127.0.0.2')],
  [`${rev4('198.51.100.6')}.dnsbl-3.uceprotect.net`]: [a('127.0.0.2')],
  [`${rev4('198.51.100.7')}.zen.spamhaus.org`]: [a('127.0.0.11')],
  [`${rev4('198.51.100.7')}.bl.spamcop.net`]: [a('127.0.0.2')],
  // A list that never answers anything (all its queries dropped), beside a listing elsewhere.
  [`${rev4('198.51.100.8')}.bl.spamcop.net`]: [a('127.0.0.2')],
  [`${rev4('198.51.100.8')}.psbl.surriel.com`]: 'drop',
  '2.0.0.127.psbl.surriel.com': 'drop',
  '1.0.0.127.psbl.surriel.com': 'drop',
  [`${RANDOM_LABEL}.psbl.surriel.com`]: 'drop',
  // DNSWL, an allowlist asked with --zone: 127.0.<category>.<trust>; 127.0.0.255 = query refused.
  '2.0.0.127.list.dnswl.org': [a('127.0.10.0')],
  [`${rev4('198.51.100.9')}.list.dnswl.org`]: [a('127.0.15.3')],
  [`${rev4('198.51.100.10')}.list.dnswl.org`]: [a('127.0.0.255')],
  // IPv6 on s5h (a list that holds IPv6) only.
  '1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.5.5.0.0.8.b.d.0.1.0.0.2.all.s5h.net': [a('127.0.0.2')],
  // ---- Domain lists
  'bulk.example.net.multi.uribl.com': [a('127.0.0.4')],
  'blackred.example.net.multi.uribl.com': [a('127.0.0.10')],
  'phishmal.example.net.multi.surbl.org': [a('127.0.0.24')],
  'spam.example.net.dbl.spamhaus.org': [a('127.0.1.2')],
  'typo.example.net.dbl.spamhaus.org': [a('127.255.255.252')],
  // ---- Second batch (written after the fixes of the first; see its describe).
  'incdouble.example.com': [txt('v=spf1 include:_spf.double.example.net -all')],
  '_spf.double.example.net': [txt('v=spf1 ip4:192.0.2.0/24 -all'), txt('v=spf1 ip4:198.51.100.0/24 -all')],
  'cnamespf.example.com': [txt('v=spf1 include:_spf.cnamespf.example.com -all')],
  '_spf.cnamespf.example.com': [cname('spf.sender.example.net')],
  'spf.sender.example.net': leaf('203.0.113.0/24'),
  'quoteddmarc.example.net': [txt('v=spf1 -all')],
  '_dmarc.quoteddmarc.example.net': [txt('"v=DMARC1; p=reject; rua=mailto:d@quoteddmarc.example.net"')],
  'sfauth.example.net': [txt('v=spf1 -all')],
  '_dmarc.sfauth.example.net': [txt('v=DMARC1; p=reject; rua=mailto:agg@sfreports.example.org')],
  'sfauth.example.net._report._dmarc.sfreports.example.org': 'servfail',
  [`${rev4('198.51.100.40')}.zen.spamhaus.org`]: [a('127.0.0.4'), a('127.0.0.10')],
  'public.example.net': [],
  'public.example.net.dbl.spamhaus.org': [a('127.255.255.254')],
};

let server: TestDnsServer;
/** A resolver that rewrites every "no such name" into an address of its own (ISP ad redirection). */
let adResolver: TestDnsServer;
/** A resolver that answers 127.0.0.2 for every name (a catch-all local DNS, a sinkhole). */
let sinkResolver: TestDnsServer;
/** A resolver that says "no such name" for everything under the lists (it filters DNSBL queries). */
let nxResolver: TestDnsServer;

function everything(entry: ZoneEntry): Zone {
  return new Proxy({} as Zone, { get: (_t, name) => (typeof name === 'string' ? entry : undefined) });
}

beforeAll(async () => {
  [server, adResolver, sinkResolver, nxResolver] = await Promise.all([
    startDnsServer(ZONE),
    startDnsServer(everything([a('198.51.100.80')])),
    startDnsServer(everything([a('127.0.0.2')])),
    startDnsServer({}),
  ]);
});
afterAll(async () => {
  await Promise.all([server, adResolver, sinkResolver, nxResolver].map((s) => s.close()));
});

const dnsClient = (address = server.address, timeoutMs = 1000) =>
  createDnsClient({ servers: [address], timeoutMs, tries: 1 });

async function authRun(input: Partial<AuthInput> & { domain: string }, deadlineMs = 8000) {
  const dns = dnsClient();
  const check = await checkAuth({ selectors: [], ...input }, { dns, deadline: createDeadline(deadlineMs) });
  const report = buildAuthReport(check, { servers: dns.servers() });
  const codes = check.findings.map((f) => `${f.severity} ${f.code}`);
  const text = (code: string) => check.findings.filter((f) => f.code === code).map((f) => f.message);
  return { check, report, codes, text, all: check.findings.map((f) => f.message).join('\n') };
}

async function blRun(target: string, o: { zones?: string[]; resolver?: string; deadlineMs?: number } = {}) {
  const dns = dnsClient(o.resolver ?? server.address, 800);
  const check = await checkBlacklist(target, {
    dns,
    deadline: createDeadline(o.deadlineMs ?? 6000),
    randomLabel: RANDOM_LABEL,
    ...(o.zones ? { zones: o.zones } : {}),
  });
  const report = buildBlacklistReport(check, { servers: dns.servers() });
  const codes = check.findings.map((f) => `${f.severity} ${f.code}`);
  const text = (code: string) => check.findings.filter((f) => f.code === code).map((f) => f.message);
  const zone = (name: string, about = check.target) =>
    check.results.find((r) => r.zone === name && r.target === about);
  const all = check.findings.map((f) => f.message).join('\n');
  return { check, report, codes, text, zone, all };
}

describe('round 48: /auth SPF limits and broken references', () => {
  it('nine includes and a redirect are exactly 10 lookups: at the limit, still valid', async () => {
    const { codes, text } = await authRun({ domain: 'ten.example.com' });
    expect(codes).toContain('ok spf-ok');
    expect(codes).not.toContain('fail spf-too-many-lookups');
    expect(text('spf-lookups')[0]).toContain('10 of 10 DNS lookups');
  });

  it('a redirect= whose record brings the count to 11 is over the limit, and the answer says 11', async () => {
    const { codes, text, report } = await authRun({ domain: 'eleven.example.com' });
    expect(codes).toContain('fail spf-too-many-lookups');
    expect(codes).not.toContain('ok spf-ok');
    expect(text('spf-too-many-lookups')[0]).toMatch(/needs 11 DNS lookups/);
    expect(text('spf-too-many-lookups')[0]).toContain('_spf.eleven.example.com');
    expect(report.headline).toContain('SPF broken');
  });

  it('an include of a domain without an SPF record is a permerror, naming that domain', async () => {
    const { codes, text, report } = await authRun({ domain: 'oldesp.example.com' });
    expect(codes).toContain('fail spf-syntax');
    expect(text('spf-syntax')[0]).toContain('spf.oldesp.example.net');
    expect(text('spf-syntax')[0]).toMatch(/no SPF record|does not publish|without an SPF/i);
    expect(report.headline).toContain('SPF broken');
  });

  it('an include of a domain that does not exist is a permerror, naming it and saying to remove it', async () => {
    const { codes, all } = await authRun({ domain: 'goneesp.example.com' });
    expect(codes).not.toContain('ok spf-ok');
    expect(codes.some((c) => c.startsWith('fail spf-'))).toBe(true);
    expect(all).toContain('_spf.gone-provider.example.net');
    expect(all).toMatch(/does not exist|NXDOMAIN|no such/i);
  });

  it('--ip against a record whose include has no SPF: permerror, never pass or fail', async () => {
    const { check, codes } = await authRun({ domain: 'oldesp.example.com', ip: '198.51.100.7' });
    expect(check.ipResult).toMatchObject({ result: 'permerror' });
    expect(codes).toContain('fail spf-result-permerror');
  });

  it('exactly two void lookups are allowed: no void failure, the count shown', async () => {
    const { codes, text } = await authRun({ domain: 'twovoid.example.com' });
    expect(codes).not.toContain('fail spf-too-many-void');
    expect(codes).toContain('ok spf-ok');
    expect(text('spf-lookups')[0]).toContain('2 of 2 void lookups');
  });

  it('terms after "all" are never evaluated: the answer says the include at the end is ignored', async () => {
    const { all } = await authRun({ domain: 'afterall.example.com' });
    expect(all).toMatch(/after[^\n]*all[^\n]*(ignored|never|not evaluated|no effect)/i);
    expect(all).toContain('include:_spf.afterall.example.net');
  });

  // Split from the case above while fixing; it.fails until the lead added the warning code spf-after-all.
  it('terms after "all": the record is not "ok" while an include it lists is dead', async () => {
    const { codes } = await authRun({ domain: 'afterall.example.com' });
    expect(codes).not.toContain('ok spf-ok');
    expect(codes).toContain('warn spf-after-all');
  });

  it('terms after "all": an address only the dead include lists softfails, as receivers judge it', async () => {
    const { check } = await authRun({ domain: 'afterall.example.com', ip: '198.51.100.20' });
    expect(check.ipResult).toMatchObject({ result: 'softfail' });
  });

  it('an SPF record saved with its quote marks is not SPF: the answer quotes it and says to drop the quotes', async () => {
    const { codes, text } = await authRun({ domain: 'quoted.example.com' });
    expect(codes).toContain('fail spf-missing');
    expect(text('spf-missing')[0]).toContain('v=spf1 mx include:_spf.quoted.example.net -all');
    expect(text('spf-missing')[0]).toMatch(/quote/i);
  });

  it('a comma between two ranges is a syntax error that names the term', async () => {
    const { codes, text } = await authRun({ domain: 'comma.example.com' });
    expect(codes).toContain('fail spf-syntax');
    expect(text('spf-syntax')[0]).toContain('192.0.2.0/24,198.51.100.0/24');
  });
});

describe('round 48: /auth DMARC', () => {
  it('"v=DMARC1 p=reject" (no semicolon) is ignored by receivers, and the answer says a ";" is missing', async () => {
    const { codes, text } = await authRun({ domain: 'nosemi.example.net' });
    expect(codes).toContain('fail dmarc-missing');
    expect(text('dmarc-missing')[0]).toContain('v=DMARC1 p=reject');
    expect(text('dmarc-missing')[0]).toMatch(/semicolon|";"/i);
  });

  it('p=quarantine; pct=0: the answer says pct=0 was test mode and t=y replaces it, not just "remove"', async () => {
    const { codes, text } = await authRun({ domain: 'pctzero.example.net' });
    expect(codes).toContain('info dmarc-obsolete-tag');
    const msg = text('dmarc-obsolete-tag')[0] ?? '';
    expect(msg).toMatch(/pct=0/);
    expect(msg).toMatch(/t=y/);
  });

  it('a report address authorised by a wildcard *._report._dmarc record is authorised', async () => {
    const { codes } = await authRun({ domain: 'wildauth.example.net' });
    expect(codes).not.toContain('warn dmarc-rua-unauthorised');
    expect(codes).toContain('ok dmarc-policy-reject');
  });

  it("a subdomain with its own record p=none: its own record applies, not the parent's p=reject", async () => {
    const { codes, report } = await authRun({ domain: 'news.parent.example.net' });
    expect(codes).not.toContain('info dmarc-inherited');
    expect(codes).toContain('warn dmarc-policy-none');
    expect(report.headline).not.toMatch(/p=reject/);
  });

  it('a subdomain under a two-label public suffix (co.uk) finds the record of its registered domain', async () => {
    const { codes, text } = await authRun({ domain: 'mail.shop.example.co.uk' });
    expect(codes).toContain('info dmarc-inherited');
    expect(text('dmarc-inherited')[0]).toContain('the record of example.co.uk applies');
    expect(codes).toContain('ok dmarc-policy-quarantine');
  });

  it('MAILTO: in upper case and a space after the comma are valid report addresses', async () => {
    const { codes, text } = await authRun({ domain: 'caps.example.net' });
    expect(codes).not.toContain('fail dmarc-invalid');
    expect(text('dmarc-reporting')[0]).toContain('agg@caps.example.net, second@caps.example.net');
  });
});

describe('round 48: /auth DKIM', () => {
  it('Microsoft 365 selector1 CNAME to the tenant is followed; its 1024-bit key gets the 2048 advice', async () => {
    const { text } = await authRun({ domain: 'm365.example.org', selectors: ['selector1'] });
    expect(text('dkim-weak-key')[0]).toMatch(/^DKIM selector "selector1": RSA 1024 bits/);
    expect(text('dkim-weak-key')[0]).toMatch(/2048/);
  });

  it('a selector CNAME whose target does not exist names the target (DKIM not enabled at the provider)', async () => {
    const { codes, text } = await authRun({ domain: 'm365.example.org', selectors: ['selector2'] });
    expect(codes).toContain('warn dkim-selector-missing');
    expect(text('dkim-selector-missing')[0]).toContain(
      'selector2-m365-example-org._domainkey.contoso.example.net',
    );
    expect(text('dkim-selector-missing')[0]).toMatch(/CNAME/);
  });

  it('a key limited to h=sha1 is not usable: receivers reject rsa-sha1 signatures (RFC 8301)', async () => {
    const { codes, all } = await authRun({ domain: 'dk.example.org', selectors: ['sha1only'] });
    expect(codes).not.toContain('ok dkim-ok');
    expect(all).toMatch(/sha1[^\n]*RFC 8301|RFC 8301[^\n]*sha1/i);
  });

  it('a key allowing h=sha1:sha256 is fine', async () => {
    const { codes } = await authRun({ domain: 'dk.example.org', selectors: ['both'] });
    expect(codes).toContain('ok dkim-ok');
  });

  it('k=ed25519 with an RSA key in p= cannot be used: invalid', async () => {
    const { codes } = await authRun({ domain: 'dk.example.org', selectors: ['mismatch'] });
    expect(codes).toContain('fail dkim-invalid');
    expect(codes).not.toContain('ok dkim-ok');
  });

  it('a key record without v=DKIM1 is valid (v= is optional)', async () => {
    const { codes } = await authRun({ domain: 'dk.example.org', selectors: ['nov'] });
    expect(codes).toContain('ok dkim-ok');
  });
});

describe('round 48: /blacklist return codes', () => {
  it('Spamhaus 127.255.255.252 is "could not tell", saying the query name is malformed (typo, DQS key)', async () => {
    const { zone, codes, text, report } = await blRun('198.51.100.2');
    expect(zone('zen.spamhaus.org')).toMatchObject({ listed: null, status: 'list-error' });
    expect(codes).not.toContain('fail listed');
    expect(text('could-not-check')[0]).toMatch(/malformed|typo/i);
    expect(report.headline).not.toMatch(/is listed/);
  });

  it('Spamhaus PBL (127.0.0.10) is a listing of end-user space: no "find what sent spam" advice', async () => {
    const { zone, text } = await blRun('198.51.100.3');
    expect(zone('zen.spamhaus.org')).toMatchObject({ listed: true });
    const msg = text('listed')[0] ?? '';
    expect(msg).toMatch(/PBL/);
    expect(msg).not.toMatch(/stop what sent spam/i);
    expect(msg).toMatch(/smarthost|relay|provider|ISP/i);
  });

  it('Spamhaus DROP (127.0.0.9): hijacked or criminal space, and the advice is the network owner, not "stop spam"', async () => {
    const { zone, text } = await blRun('198.51.100.4');
    expect(zone('zen.spamhaus.org')?.meaning).toMatch(/hijacked|criminal/i);
    const msg = text('listed')[0] ?? '';
    expect(msg).not.toMatch(/stop what sent spam/i);
    expect(msg).toMatch(/provider|network|owner|RIR|ISP/i);
  });

  it('Spamhaus CSS (127.0.0.3) is named in the headline with its meaning', async () => {
    const { report, zone } = await blRun('198.51.100.5');
    expect(report.headline).toContain('Spamhaus CSS');
    expect(zone('zen.spamhaus.org')?.meaning).toMatch(/snowshoe|low-reputation/i);
  });

  it("UCEPROTECT Level 2/3 list the provider's network, not this IP: the advice says so", async () => {
    const { zone, text } = await blRun('198.51.100.6');
    expect(zone('dnsbl-2.uceprotect.net')).toMatchObject({ listed: true });
    const msgs = text('listed');
    expect(msgs).toHaveLength(2);
    for (const m of msgs) {
      expect(m).toMatch(/provider|network|allocation|ASN/i);
      expect(m).not.toMatch(/stop what sent spam/i);
    }
  });

  it('PBL on ZEN and a SpamCop listing: both named, each with its own advice', async () => {
    const { report, text } = await blRun('198.51.100.7');
    expect(report.headline).toMatch(/is listed on 2 of/);
    expect(report.headline).toContain('Spamhaus PBL');
    expect(report.headline).toContain('SpamCop');
    expect(text('listed').join('\n')).toMatch(/SpamCop[^\n]*(stop|removal|expire)/i);
  });

  it('a list that never answers beside a listing elsewhere: the listing stands, 1 could not be checked, in time', async () => {
    const started = performance.now();
    const { report, zone } = await blRun('198.51.100.8', { deadlineMs: 5000 });
    expect(performance.now() - started).toBeLessThan(8000);
    expect(zone('bl.spamcop.net')).toMatchObject({ listed: true });
    expect(zone('psbl.surriel.com')).toMatchObject({ listed: null, status: 'timeout' });
    expect(report.headline).toMatch(/is listed on 1 of \d+ lists \(SpamCop\); 1 could not be checked/);
  });

  it('an IPv6 address listed on s5h is found there, and the IPv4-only lists are said to be skipped', async () => {
    const { zone, report } = await blRun('2001:db8:55::1');
    expect(zone('all.s5h.net')).toMatchObject({ listed: true });
    expect(report.notes?.join(' ')).toMatch(/IPv4 addresses only/);
  });
});

describe('round 48: /blacklist allowlists (--zone)', () => {
  it('DNSWL 127.0.15.3 is an allowlist entry (good), never a listing', async () => {
    const { zone, codes, report } = await blRun('198.51.100.9', { zones: ['list.dnswl.org'] });
    expect(zone('list.dnswl.org')?.listed).toBe(false);
    expect(codes).not.toContain('fail listed');
    expect(report.headline).not.toMatch(/is listed/);
  });

  it('DNSWL 127.0.0.255 (query refused) is "could not tell"', async () => {
    const { zone, codes } = await blRun('198.51.100.10', { zones: ['list.dnswl.org'] });
    expect(zone('list.dnswl.org')?.listed).toBeNull();
    expect(codes).not.toContain('fail listed');
  });
});

describe('round 48: /blacklist domain lists', () => {
  it('URIBL grey (127.0.0.4) is a listing named "grey", with what it means', async () => {
    const { zone, report } = await blRun('bulk.example.net');
    expect(zone('multi.uribl.com')).toMatchObject({ listed: true });
    expect(zone('multi.uribl.com')?.meaning).toMatch(/grey/);
    expect(report.headline).toContain('URIBL grey');
  });

  it('URIBL 127.0.0.10 is black and red together', async () => {
    const { report } = await blRun('blackred.example.net');
    expect(report.headline).toContain('URIBL black');
    expect(report.headline).toContain('URIBL red');
  });

  it('SURBL 127.0.0.24 is phishing and malware together', async () => {
    const { zone } = await blRun('phishmal.example.net');
    expect(zone('multi.surbl.org')?.meaning).toMatch(/phishing/);
    expect(zone('multi.surbl.org')?.meaning).toMatch(/malware/);
  });

  it('a DBL 127.255.255.252 (malformed query) is never a listing', async () => {
    const { zone, codes } = await blRun('typo.example.net');
    expect(zone('dbl.spamhaus.org')?.listed).toBeNull();
    expect(codes).not.toContain('fail listed');
  });

  it('a domain on DBL: listed as a spam domain, with the delisting page', async () => {
    const { zone, text } = await blRun('spam.example.net');
    expect(zone('dbl.spamhaus.org')).toMatchObject({ listed: true, meaning: 'spam domain' });
    expect(text('listed')[0]).toMatch(/check\.spamhaus\.org|spamhaus/i);
  });
});

describe('round 48: /blacklist through resolvers that lie', () => {
  it('a resolver that rewrites "no such name" into an ad address: never listed, the resolver is named once', async () => {
    const { check, codes, report, all } = await blRun('198.51.100.30', { resolver: adResolver.address });
    expect(check.results.every((r) => r.listed !== true)).toBe(true);
    expect(codes).not.toContain('fail listed');
    expect(report.headline).toMatch(/could not be checked/);
    expect(all).toMatch(/resolver/i);
    // One explanation of the resolver, not the same paragraph once per list.
    expect(codes.filter((c) => c.startsWith('warn ')).length).toBeLessThanOrEqual(3);
  });

  it('a resolver that answers 127.0.0.2 for every name: no listing, and the blame is on the resolver, not the lists', async () => {
    const { check, codes, report, all } = await blRun('198.51.100.31', { resolver: sinkResolver.address });
    expect(check.results.every((r) => r.listed !== true)).toBe(true);
    expect(codes).not.toContain('fail listed');
    expect(report.headline).not.toMatch(/is listed/);
    expect(report.headline).toMatch(/could not be checked/);
    expect(all).toMatch(/resolver/i);
    expect(all).not.toMatch(/Remove it from mail server configurations/);
  });

  it('a resolver that says "no such name" for every list and test point: not "clean", the resolver named', async () => {
    const { check, report, all } = await blRun('198.51.100.32', { resolver: nxResolver.address });
    expect(check.results.every((r) => r.listed !== false)).toBe(true);
    expect(report.headline).not.toMatch(/clean/);
    expect(report.headline).toMatch(/could not be checked/);
    expect(all).toMatch(/resolver/i);
    expect(check.findings.filter((f) => f.severity === 'warn').length).toBeLessThanOrEqual(3);
  });
});

describe('round 48, second batch (written after the first fixes)', () => {
  it('an include of a domain with two SPF records is a permerror that names that domain', async () => {
    const { codes, text } = await authRun({ domain: 'incdouble.example.com' });
    expect(codes).toContain('fail spf-syntax');
    expect(text('spf-syntax')[0]).toContain('_spf.double.example.net');
    expect(text('spf-syntax')[0]).toMatch(/(two|2|multiple|more than one) SPF records/i);
  });

  it('an include whose name is a CNAME to the provider is followed and passes its ranges', async () => {
    const { codes, check } = await authRun({ domain: 'cnamespf.example.com', ip: '203.0.113.9' });
    expect(codes).toContain('ok spf-ok');
    expect(check.ipResult).toMatchObject({ result: 'pass' });
  });

  it('a DMARC record saved with its quote marks is ignored, and the answer says to drop the quotes', async () => {
    const { codes, text } = await authRun({ domain: 'quoteddmarc.example.net' });
    expect(codes).toContain('fail dmarc-missing');
    expect(text('dmarc-missing')[0]).toMatch(/quote/i);
    expect(text('dmarc-missing')[0]).not.toMatch(/Rewrite it in that order/);
  });

  it('a report authorisation lookup that gets SERVFAIL is unknown, never "has not agreed"', async () => {
    const { codes } = await authRun({ domain: 'sfauth.example.net' });
    expect(codes).not.toContain('warn dmarc-rua-unauthorised');
    expect(codes).toContain('warn dns-servfail');
    expect(codes).toContain('ok dmarc-policy-reject');
  });

  it('XBL and PBL in one ZEN answer: the XBL part says to stop the infection, the PBL part to use a relay', async () => {
    const { text } = await blRun('198.51.100.40');
    const msg = text('listed')[0] ?? '';
    expect(msg).toMatch(/XBL/);
    expect(msg).toMatch(/stop what sent spam|infect|malware/i);
    expect(msg).toMatch(/relay|smarthost/i);
  });

  it('a rewriting resolver that passes real listings on: the listing stands, the rest blamed on the resolver once', async () => {
    const hijackedButListed: Zone = new Proxy(
      {},
      {
        get: (_t, name) =>
          typeof name === 'string'
            ? name === `${rev4('198.51.100.41')}.bl.spamcop.net` || name.startsWith('2.0.0.127.')
              ? [a('127.0.0.2')]
              : [a('198.51.100.80')]
            : undefined,
      },
    );
    const resolver = await startDnsServer(hijackedButListed);
    try {
      const { zone, codes, report, all } = await blRun('198.51.100.41', { resolver: resolver.address });
      expect(zone('bl.spamcop.net')).toMatchObject({ listed: true });
      expect(report.headline).toMatch(/is listed on 1 of 1 list \(SpamCop\); 12 could not be checked/);
      expect(all).toMatch(/resolver/i);
      expect(codes.filter((c) => c.startsWith('warn ')).length).toBeLessThanOrEqual(2);
    } finally {
      await resolver.close();
    }
  });

  it('a domain on a public resolver: DBL 127.255.255.254 is "could not tell", with the resolver and DQS advice', async () => {
    const { zone, codes, text } = await blRun('public.example.net');
    expect(zone('dbl.spamhaus.org')).toMatchObject({ listed: null, status: 'list-error' });
    expect(codes).not.toContain('fail listed');
    expect(text('could-not-check').join(' ')).toMatch(/DQS/);
  });
});
