import { describe, expect, it } from 'vitest';
import { probeHeadline } from '../../../../src/checks/probe/probe-report.js';
import { runProbe } from '../../../../src/checks/probe/run-probe.js';
import type { SmtpReply } from '../../../../src/checks/probe/types.js';
import { diagnosticOf } from '../../../../src/checks/probe/verdict.js';
import { readBounceRecords } from '../../../../src/diagnose/diagnose-bounce.js';
import type { Progress } from '../../../../src/report/types.js';
import { a, mx } from '../../helpers/dns-server.js';
import { probeLoopback, settings } from './loopback-setup.js';
import {
  type RawPeer,
  type SmtpPeer,
  selfSignedCert,
  smtpError,
  startRawPeer,
  startSmtpPeer,
} from './peers.js';
import { verb } from './scripted-peer.js';

const loop = probeLoopback({
  'corpmail.test': [mx(20, 'mx2.corpmail.test'), mx(10, 'mx1.corpmail.test')],
  'mx1.corpmail.test': [a('127.0.0.1')],
  'mx2.corpmail.test': [a('127.0.0.2')],
  'sneaky.test': [mx(10, 'mx.sneaky.test')],
  'mx.sneaky.test': [a('127.0.0.1')],
  'metadata.test': [a('169.254.169.254')],
  'nullmx.test': [mx(0, '.')],
});

async function peer(o: Parameters<typeof startSmtpPeer>[0] = {}): Promise<SmtpPeer> {
  return loop.keep(await startSmtpPeer(o));
}
async function raw(...args: Parameters<typeof startRawPeer>): Promise<RawPeer> {
  return loop.keep(await startRawPeer(...args));
}

const commandsOf = (p: SmtpPeer | RawPeer) => ('commands' in p ? p.commands : p.lines.map(verb));

function expectNoData(p: SmtpPeer | RawPeer) {
  expect(commandsOf(p)).not.toContain('DATA');
  expect(commandsOf(p)).not.toContain('DATA-RECEIVED');
}

describe('probe against smtp-server peers on loopback', () => {
  it('accepts a known user, refuses a random one (not catch-all), and never sends DATA', async () => {
    const p = await peer({
      onRcpt: (to) => (to === 'bob@corpmail.test' ? null : smtpError(550, '5.1.1 User unknown')),
    });
    const run = await runProbe('bob@corpmail.test', `127.0.0.1:${p.port}`, {
      dns: loop.dns,
      settings: settings(),
    });
    const r = run.result;
    expect(r.verdict).toBe('accepted');
    expect(r.catchAll).toBe(false);
    expect(r.reply).toMatchObject({ code: 250 });
    expect(r.reason).toBeNull();
    expect(r.host).toBe(`127.0.0.1:${p.port}`);
    expect(r.findings.map((f) => f.code)).toEqual(
      expect.arrayContaining(['rcpt-accepted', 'capabilities', 'no-starttls']),
    );
    expect(p.commands).toEqual(['EHLO', 'MAIL', 'RCPT', 'RCPT', 'RSET', 'QUIT']);
    expect(p.recipients[0]).toBe('bob@corpmail.test');
    expect(p.recipients[1]).toMatch(/^mailmedic-probe-[0-9a-f]{12}@corpmail\.test$/);
    expectNoData(p);
    // swaks-style transcript with timings, JSON and text.
    const sent = r.transcript.filter((e) => e.dir === 'send').map((e) => e.text);
    expect(sent).toEqual([
      'EHLO probe.mailmedic.test',
      'MAIL FROM:<probe@mailmedic.test>',
      'RCPT TO:<bob@corpmail.test>',
      expect.stringMatching(/^RCPT TO:<mailmedic-probe-/),
      'RSET',
      'QUIT',
    ]);
    expect(r.transcript.find((e) => e.dir === 'recv' && e.text.startsWith('220'))?.ms).toBeTypeOf('number');
    expect(run.roundTrips).toBe(6);
  });

  it('reads 550 5.1.1 at RCPT like a pasted bounce: no such user (userunknown)', async () => {
    const p = await peer({
      onRcpt: (to) =>
        smtpError(550, `5.1.1 <${to}>: Recipient address rejected: User unknown in local recipient table`),
    });
    const run = await runProbe('ghost@corpmail.test', `127.0.0.1:${p.port}`, {
      dns: loop.dns,
      settings: settings(),
    });
    expect(run.result).toMatchObject({
      verdict: 'rejected',
      reason: 'userunknown',
      reply: { code: 550, status: '5.1.1' },
      catchAll: null,
    });
    expect(run.result.record).toMatchObject({
      cause: 'user-unknown',
      recipient: 'ghost@corpmail.test',
      command: 'RCPT',
    });
    expect(run.result.findings[0]).toMatchObject({ code: 'rcpt-rejected', severity: 'fail' });
    expect(run.result.findings[0]?.message).toContain('no such user');
    // After a refusal for good, postmaster@ is asked: does the server refuse everyone here?
    expect(p.commands).toEqual(['EHLO', 'MAIL', 'RCPT', 'RCPT', 'QUIT']);
    expect(run.result.transcript.filter((e) => e.dir === 'send').map((e) => e.text)).toContain(
      'RCPT TO:<postmaster@corpmail.test>',
    );
    expect(run.result.findings[0]?.message).toMatch(/refused postmaster@corpmail\.test too .*RFC 5321/);
    expectNoData(p);
  });

  it('reads a relay refusal as norelaying, not as an unknown user', async () => {
    const p = await peer({ onRcpt: (to) => smtpError(554, `5.7.1 <${to}>: Relay access denied`) });
    const run = await runProbe('someone@elsewhere.test', `127.0.0.1:${p.port}`, {
      dns: loop.dns,
      settings: settings(),
    });
    expect(run.result).toMatchObject({
      verdict: 'rejected',
      reason: 'norelaying',
      reply: { code: 554, status: '5.7.1' },
    });
    expect(run.result.record?.cause).toBe('relay-denied');
  });

  it('reads a 5.7.1 blocklist refusal as "your probe IP is blocked"', async () => {
    const p = await peer({
      onRcpt: () =>
        smtpError(550, '5.7.1 Service unavailable; Client host [127.0.0.1] blocked using zen.spamhaus.org'),
    });
    const run = await runProbe('bob@corpmail.test', `127.0.0.1:${p.port}`, {
      dns: loop.dns,
      settings: settings(),
    });
    expect(run.result).toMatchObject({ verdict: 'rejected', reason: 'blocked' });
    expect(run.result.record?.cause).toBe('ip-blocklisted');
    expect(run.result.findings[0]?.message).toContain('your probe IP is blocked');
  });

  it('calls a server that accepts a random address too a catch-all', async () => {
    const p = await peer();
    const run = await runProbe('bob@corpmail.test', `127.0.0.1:${p.port}`, {
      dns: loop.dns,
      settings: settings(),
    });
    expect(run.result).toMatchObject({ verdict: 'catch-all', catchAll: true });
    expect(run.result.findings[0]).toMatchObject({ code: 'catch-all', severity: 'warn' });
    expectNoData(p);
  });

  it('takes a greylisting 450 as deferred and falls back to the next MX host, which accepts', async () => {
    const first = await peer({
      host: '127.0.0.1',
      onRcpt: (to) =>
        smtpError(
          450,
          `4.2.0 <${to}>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/corpmail.test.html`,
        ),
    });
    const second = await peer({
      host: '127.0.0.2',
      port: first.port,
      onRcpt: (to) => (to === 'bob@corpmail.test' ? null : smtpError(550, '5.1.1 no')),
    });
    const progress: Progress[] = [];
    const run = await runProbe('bob@corpmail.test', undefined, {
      dns: loop.dns,
      settings: settings({ port: first.port }),
      onProgress: (e) => progress.push(e),
    });
    expect(run.result.verdict).toBe('accepted');
    expect(run.result.host).toBe(`mx2.corpmail.test [127.0.0.2]:${first.port}`);
    expect(run.result.findings.map((f) => f.code)).toContain('host-fallback');
    expect(run.result.findings.find((f) => f.code === 'host-fallback')?.message).toContain('450 4.2.0');
    expect(first.commands).toContain('RCPT');
    expect(progress.map((e) => `${e.state} ${e.step}`)).toEqual([
      'running MX hosts of corpmail.test',
      'done MX hosts of corpmail.test',
      `running probe MX 10 mx1.corpmail.test [127.0.0.1]:${first.port}`,
      `done probe MX 10 mx1.corpmail.test [127.0.0.1]:${first.port}`,
      `running probe MX 20 mx2.corpmail.test [127.0.0.2]:${first.port}`,
      `done probe MX 20 mx2.corpmail.test [127.0.0.2]:${first.port}`,
    ]);
    expectNoData(first);
    expectNoData(second);
  });

  it('reports deferred when every MX host greylists, with what it means', async () => {
    const greylist = () => smtpError(450, '4.7.1 Greylisted, please try again later');
    const first = await peer({ host: '127.0.0.1', onRcpt: greylist });
    await peer({ host: '127.0.0.2', port: first.port, onRcpt: greylist });
    const run = await runProbe('bob@corpmail.test', undefined, {
      dns: loop.dns,
      settings: settings({ port: first.port }),
    });
    expect(run.result).toMatchObject({ verdict: 'deferred', reply: { code: 450, status: '4.7.1' } });
    expect(run.result.record?.cause).toBe('greylisted');
    expect(run.result.findings[0]?.message).toMatch(/retries/);
  });

  it('uses STARTTLS when offered and reports a self-signed certificate without failing', async () => {
    const p = await peer({
      tls: selfSignedCert('mx.selfsigned.test'),
      onRcpt: (to) => (to.startsWith('bob') ? null : smtpError(550, '5.1.1 no')),
    });
    const run = await runProbe('bob@corpmail.test', `127.0.0.1:${p.port}`, {
      dns: loop.dns,
      settings: settings(),
    });
    const r = run.result;
    expect(r.verdict).toBe('accepted');
    expect(r.tls).toMatchObject({
      subject: 'CN=mx.selfsigned.test',
      altNames: ['mx.selfsigned.test'],
      issuer: 'CN=mx.selfsigned.test',
      selfSigned: true,
      trusted: false,
      hostnameMatches: false,
    });
    expect(r.tls?.protocol).toMatch(/^TLSv1\.[23]$/);
    expect(r.tls?.daysLeft).toBeGreaterThanOrEqual(29);
    expect(r.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['tls', 'cert-self-signed']));
    expect(p.commands).toEqual(['EHLO', 'STARTTLS', 'EHLO', 'MAIL', 'RCPT', 'RCPT', 'RSET', 'QUIT']);
    // TLS lines are marked in the transcript.
    expect(r.transcript.some((e) => e.tls && e.dir === 'send' && e.text.startsWith('MAIL FROM'))).toBe(true);
    expect(r.transcript.some((e) => !e.tls && e.dir === 'send' && e.text === 'STARTTLS')).toBe(true);
    expect(run.roundTrips).toBe(9);
    expectNoData(p);
  });

  it('asks for SMTPUTF8 when the address is not ASCII and the server offers it', async () => {
    const p = await peer({
      onRcpt: (to) => (to === 'jörg@corpmail.test' ? null : smtpError(550, '5.1.1 no')),
    });
    const run = await runProbe('jörg@corpmail.test', `127.0.0.1:${p.port}`, {
      dns: loop.dns,
      settings: settings(),
    });
    expect(run.result.verdict).toBe('accepted');
    expect(run.result.transcript.filter((e) => e.dir === 'send').map((e) => e.text)).toContain(
      'MAIL FROM:<probe@mailmedic.test> SMTPUTF8',
    );
  });

  it('checks the certificate against the host name it connected to', async () => {
    loop.server.zone['tls.test'] = [mx(10, 'mx.selfsigned.test')];
    loop.server.zone['mx.selfsigned.test'] = [a('127.0.0.1')];
    const p = await peer({ tls: selfSignedCert('mx.selfsigned.test') });
    const run = await runProbe('tls.test', undefined, {
      dns: loop.dns,
      settings: settings({ port: p.port }),
    });
    expect(run.result.tls?.hostnameMatches).toBe(true);
    expect(run.result.findings.map((f) => f.code)).not.toContain('cert-name-mismatch');
  });
});

describe('open-relay test with --host', () => {
  it('warns when the host accepts a domain whose MX hosts it is not', async () => {
    loop.server.zone['foreign.test'] = [mx(10, 'mx.foreign.test')];
    loop.server.zone['mx.foreign.test'] = [a('127.0.0.9')];
    const p = await peer();
    const run = await runProbe('someone@foreign.test', `127.0.0.1:${p.port}`, {
      dns: loop.dns,
      settings: settings(),
    });
    const relay = run.result.findings.find((f) => f.code === 'open-relay');
    expect(relay?.severity).toBe('warn');
    expect(relay?.message).toContain('not an MX host of foreign.test');
  });

  it("stays quiet when the host is one of the domain's MX hosts", async () => {
    const p = await peer();
    const run = await runProbe('bob@corpmail.test', `127.0.0.1:${p.port}`, {
      dns: loop.dns,
      settings: settings(),
    });
    expect(run.result.findings.map((f) => f.code)).not.toContain('open-relay');
  });
});

describe('known receivers', () => {
  it('notes that Microsoft 365 accepts unknown users at RCPT time', async () => {
    loop.server.zone['contoso.test'] = [mx(0, 'contoso-test.mail.protection.outlook.com')];
    loop.server.zone['contoso-test.mail.protection.outlook.com'] = [a('127.0.0.1')];
    const p = await peer({
      banner: 'BN8NAM12FT053.mail.protection.outlook.com Microsoft ESMTP MAIL Service ready',
    });
    const run = await runProbe('nobody@contoso.test', undefined, {
      dns: loop.dns,
      settings: settings({ port: p.port }),
    });
    expect(run.result.verdict).toBe('catch-all');
    const note = run.result.findings.find((f) => f.code === 'provider-note');
    expect(note?.message).toContain(
      'Microsoft 365 (Exchange Online Protection) accepts unknown recipients at RCPT TO',
    );
  });

  it('probes an IPv6 loopback peer given as [::1]:PORT', async () => {
    const p = await peer({
      host: '::1',
      onRcpt: (to) => (to.startsWith('bob@') ? null : smtpError(550, '5.1.1 no')),
    });
    const run = await runProbe('bob@corpmail.test', `[::1]:${p.port}`, {
      dns: loop.dns,
      settings: settings(),
    });
    expect(run.result).toMatchObject({ verdict: 'accepted', host: `[::1]:${p.port}` });
  });
});

describe('probe against raw peers', () => {
  it('takes a 554 banner as a refusal of the session', async () => {
    const p = await raw('554 5.7.1 mx.corpmail.test ESMTP not accepting connections from your IP', {});
    const run = await runProbe('bob@corpmail.test', `127.0.0.1:${p.port}`, {
      dns: loop.dns,
      settings: settings(),
    });
    expect(run.result).toMatchObject({ verdict: 'rejected', reply: { code: 554, status: '5.7.1' } });
    expect(run.result.record?.command).toBe('CONN');
    expect(run.result.findings[0]?.code).toBe('banner-refused');
    expect(p.lines).toEqual(['QUIT']);
  });

  it('reports a slow tarpit as slow, not failed', async () => {
    const p = await raw(
      { delayMs: 400, text: '220 tarpit.corpmail.test ESMTP' },
      {
        RCPT: { delayMs: 300, text: '250 2.1.5 Ok' },
      },
    );
    const run = await runProbe('bob@corpmail.test', `127.0.0.1:${p.port}`, {
      dns: loop.dns,
      settings: settings({ slowStepMs: 200 }),
    });
    expect(run.result.verdict).toBe('catch-all');
    const slow = run.result.findings.find((f) => f.code === 'slow-server');
    expect(slow?.severity).toBe('warn');
    expect(slow?.message).toMatch(/banner took \d+ ms, RCPT took \d+ ms/);
    expect(slow?.message).toContain('not a failure');
  });

  it('says so when the server hangs up in the middle of the dialogue', async () => {
    const p = await raw('220 flaky.corpmail.test ESMTP', { MAIL: 'close' });
    const run = await runProbe('bob@corpmail.test', `127.0.0.1:${p.port}`, {
      dns: loop.dns,
      settings: settings(),
    });
    expect(run.result.verdict).toBe('unreachable');
    expect(run.result.findings[0]).toMatchObject({ code: 'connection-lost', severity: 'fail' });
    expect(run.result.findings[0]?.message).toContain('closed the connection after EHLO');
    expect(p.lines.map((l) => l.split(':')[0])).toEqual(['EHLO probe.mailmedic.test', 'MAIL FROM']);
  });

  it('reports a server that stops answering at RCPT as timed out (a tarpit?), not as unreachable', async () => {
    const p = await raw('220 stuck.corpmail.test ESMTP', { RCPT: 'silence' });
    const run = await runProbe('bob@corpmail.test', `127.0.0.1:${p.port}`, {
      dns: loop.dns,
      settings: settings({ stepTimeoutMs: 300 }),
    });
    expect(run.result).toMatchObject({ verdict: 'timed-out', host: `127.0.0.1:${p.port}`, reply: null });
    expect(run.result.findings[0]).toMatchObject({ code: 'step-timeout', severity: 'warn' });
    expect(run.result.findings[0]?.message).toMatch(
      /No answer from 127\.0\.0\.1:\d+ to RCPT TO within 300 ms/,
    );
    expect(run.result.findings[0]?.message).toContain('a real sender waits up to 5 minutes');
  });

  it('reports a tarpit whose banner comes after the step timeout as timed out, with the wait it got', async () => {
    // A 20-60 s greeting delay, scaled down: the banner comes after the (small) configured step timeout.
    const p = await raw({ delayMs: 600, text: '220 tarpit.corpmail.test ESMTP' }, {});
    const run = await runProbe('bob@corpmail.test', `127.0.0.1:${p.port}`, {
      dns: loop.dns,
      settings: settings({ stepTimeoutMs: 250 }),
    });
    expect(run.result.verdict).toBe('timed-out');
    const codes = run.result.findings.map((f) => f.code);
    expect(codes).toContain('step-timeout');
    expect(codes).not.toContain('unreachable');
    expect(codes).not.toContain('connection-lost');
    const f = run.result.findings.find((x) => x.code === 'step-timeout');
    expect(f?.message).toMatch(/to its banner \(greeting\) within 250 ms/);
    expect(f?.message).toContain('tarpitting');
    expect(probeHeadline(run)).toContain('no answer from');
    expect(probeHeadline(run)).toContain('to its banner in time — it may be tarpitting');
    expect(p.lines).toEqual([]);
  });

  it('warns about a tarpit MX when the next MX host answers', async () => {
    const first = await raw({ delayMs: 600, text: '220 slow.corpmail.test ESMTP' }, {}, '127.0.0.1');
    const second = loop.keep(
      await startSmtpPeer({
        host: '127.0.0.2',
        port: first.port,
        onRcpt: (to) => (to.startsWith('bob') ? null : smtpError(550, '5.1.1 no')),
      }),
    );
    const run = await runProbe('bob@corpmail.test', undefined, {
      dns: loop.dns,
      settings: settings({ port: first.port, stepTimeoutMs: 250 }),
    });
    expect(run.result).toMatchObject({
      verdict: 'accepted',
      host: `mx2.corpmail.test [127.0.0.2]:${second.port}`,
    });
    const f = run.result.findings.find((x) => x.code === 'step-timeout');
    expect(f?.severity).toBe('warn');
    expect(f?.message).toContain('mx1.corpmail.test');
    expect(f?.message).toContain('answered instead');
  });

  it('joins a multi-line reply and keeps its enhanced code', async () => {
    const p = await raw('220-multi.corpmail.test ESMTP\r\n220 second greeting line', {
      EHLO: '250-multi.corpmail.test\r\n250-SIZE 35882577\r\n250-8BITMIME\r\n250-SMTPUTF8\r\n250 PIPELINING',
      RCPT:
        '550-5.7.1 [127.0.0.1] The IP you are using to send mail is not authorized\r\n' +
        '550-5.7.1 to send email directly to our servers. Please use the SMTP\r\n' +
        '550 5.7.1 relay at your service provider instead.',
    });
    const run = await runProbe('bob@corpmail.test', `127.0.0.1:${p.port}`, {
      dns: loop.dns,
      settings: settings(),
    });
    expect(run.result.reply).toEqual({
      code: 550,
      status: '5.7.1',
      text:
        '[127.0.0.1] The IP you are using to send mail is not authorized to send email directly to our ' +
        'servers. Please use the SMTP relay at your service provider instead.',
    });
    expect(run.result.verdict).toBe('rejected');
    // The same rules as the reply pasted into chat.
    const pasted = await readBounceRecords(diagnosticOf(run.result.reply as SmtpReply));
    expect(run.result.record).toMatchObject({ cause: pasted[0]?.cause, reason: pasted[0]?.reason });
    expect(run.result.findings.find((f) => f.code === 'capabilities')?.message).toContain(
      'SIZE 35882577 (34 MiB), PIPELINING, 8BITMIME, SMTPUTF8; not STARTTLS, REQUIRETLS',
    );
    // The target's refusal (postmaster@, asked next, got the same three lines).
    expect(
      run.result.transcript
        .filter((e) => e.dir === 'recv' && e.text.startsWith('550'))
        .map((e) => e.text)
        .slice(0, 3),
    ).toEqual([
      '550-5.7.1 [127.0.0.1] The IP you are using to send mail is not authorized',
      '550-5.7.1 to send email directly to our servers. Please use the SMTP',
      '550 5.7.1 relay at your service provider instead.',
    ]);
  });

  it('falls back to HELO when EHLO is not understood', async () => {
    const p = await raw('220 old.corpmail.test SMTP', {
      EHLO: '502 5.5.2 Command not recognized',
      HELO: '250 old.corpmail.test',
    });
    const run = await runProbe('bob@corpmail.test', `127.0.0.1:${p.port}`, {
      dns: loop.dns,
      settings: settings(),
    });
    expect(run.result.verdict).toBe('catch-all');
    expect(p.lines.slice(0, 3)).toEqual([
      'EHLO probe.mailmedic.test',
      'HELO probe.mailmedic.test',
      'MAIL FROM:<probe@mailmedic.test>',
    ]);
  });

  it('sends the null sender when the probe sender is empty', async () => {
    const p = await raw('220 x ESMTP', {});
    await runProbe('bob@corpmail.test', `127.0.0.1:${p.port}`, {
      dns: loop.dns,
      settings: settings({ from: '' }),
    });
    expect(p.lines).toContain('MAIL FROM:<>');
  });

  it('calls a peer that does not speak SMTP a protocol error', async () => {
    const p = await raw('HTTP/1.1 400 Bad Request', {});
    const run = await runProbe('bob@corpmail.test', `127.0.0.1:${p.port}`, {
      dns: loop.dns,
      settings: settings(),
    });
    expect(run.result.verdict).toBe('unreachable');
    expect(run.result.findings[0]?.code).toBe('protocol-error');
  });
});

describe('probe without a server', () => {
  it('reports a refused connection as unreachable', async () => {
    const p = await raw('220 x', {});
    const port = p.port;
    await p.close();
    loop.forget(p);
    const run = await runProbe('bob@corpmail.test', `127.0.0.1:${port}`, {
      dns: loop.dns,
      settings: settings(),
    });
    expect(run.result.verdict).toBe('unreachable');
    expect(run.result.findings[0]).toMatchObject({ code: 'unreachable', severity: 'fail' });
    expect(run.result.findings[0]?.message).toContain('refused the connection');
  });

  it('answers a null MX and a missing domain from DNS without connecting', async () => {
    const nullMx = await runProbe('bob@nullmx.test', undefined, { dns: loop.dns, settings: settings() });
    expect(nullMx.result).toMatchObject({
      verdict: 'rejected',
      reason: 'notaccept',
      findings: [{ code: 'null-mx' }],
    });
    const missing = await runProbe('bob@nowhere.test', undefined, { dns: loop.dns, settings: settings() });
    expect(missing.result).toMatchObject({
      verdict: 'rejected',
      reason: 'hostunknown',
      findings: [{ code: 'domain-not-found' }],
    });
  });
});

describe('target policy', () => {
  it.each([
    ['127.0.0.1', 'a loopback address'],
    ['10.0.0.1', 'a private address'],
    ['::1', 'a loopback address'],
    ['::ffff:10.0.0.1', 'a private address'],
    ['169.254.169.254', 'a link-local address'],
  ])('refuses %s (%s) unless private targets are allowed', async (ip, what) => {
    const run = await runProbe(`postmaster@corpmail.test`, ip, {
      dns: loop.dns,
      settings: settings({ allowPrivate: false, port: 9 }),
    });
    expect(run.result.verdict).toBe('refused-by-policy');
    expect(run.attempts).toEqual([]);
    expect(run.result.findings[0]).toMatchObject({ code: 'target-refused', severity: 'fail' });
    expect(run.result.findings[0]?.message).toContain(what);
    expect(run.result.findings[0]?.message).toContain('MAILMEDIC_ALLOW_PRIVATE');
  });

  it('refuses a domain whose MX resolves to loopback, on the address it would connect to', async () => {
    const p = await peer();
    const run = await runProbe('bob@sneaky.test', undefined, {
      dns: loop.dns,
      settings: settings({ allowPrivate: false, port: p.port }),
    });
    expect(run.result.verdict).toBe('refused-by-policy');
    expect(run.result.findings[0]?.message).toContain('mx.sneaky.test [127.0.0.1]');
    expect(p.connections).toBe(0);
  });

  it('refuses a --host name that resolves to the metadata service', async () => {
    const run = await runProbe('bob@corpmail.test', 'metadata.test:80', {
      dns: loop.dns,
      settings: settings({ allowPrivate: false }),
    });
    expect(run.result.verdict).toBe('refused-by-policy');
    expect(run.result.findings[0]?.message).toContain('169.254.169.254 is a link-local address');
  });
});
