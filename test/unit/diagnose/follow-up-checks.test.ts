import { createSocket, type Socket } from 'node:dgram';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunContext, runRequest } from '../../../src/commands/run-request.js';
import { createDnsClient } from '../../../src/dns/resolver.js';
import { DNSBL_ZONES } from '../../../src/knowledge/dnsbl-zones.js';
import { createRateLimiter } from '../../../src/limits/rate-limiter.js';
import type { Progress, Report } from '../../../src/report/types.js';
import { FOLLOW_UP_ZONE } from '../../helpers/zones.js';
import { startDnsServer, type TestDnsServer } from '../helpers/dns-server.js';
import { fakeRecord } from '../helpers/fake-diagnoser.js';

let server: TestDnsServer;
let silent: Socket;
let silentAddress: string;
beforeAll(async () => {
  server = await startDnsServer(FOLLOW_UP_ZONE);
  // A DNS server that never answers: the network is down as far as the checks can tell.
  silent = createSocket('udp4');
  await new Promise<void>((resolve) => silent.bind(0, '127.0.0.1', resolve));
  silentAddress = `127.0.0.1:${(silent.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await server.close();
  silent.close();
});

const IP_LISTS = DNSBL_ZONES.filter((z) => z.kind === 'ip' && !z.dead).length;

async function answer(text: string, extra: Partial<RunContext> = {}, servers = [server.address]) {
  const progress: Progress[] = [];
  // The loopback server answers in a millisecond, but a loaded CI box can stall it past a short timeout,
  // which turns an answer into "could not tell": a long one here; the silent server's test has its deadline.
  const silentOnly = servers.length === 1 && servers[0] === silentAddress;
  const dns = createDnsClient({ servers, timeoutMs: silentOnly ? 100 : 2000, tries: 1 });
  const report = await runRequest(
    { kind: 'bounce', text },
    { requester: { platform: 'test', user: 'u' }, dns, onProgress: (p) => progress.push(p), ...extra },
  );
  dns.close();
  return { report, progress, live: liveOf(report) };
}

/** The follow-up findings as "severity code", and their messages. */
function liveOf(report: Report) {
  const findings = report.findings.filter((f) => f.code.startsWith('live-'));
  return {
    codes: findings.map((f) => `${f.severity} ${f.code}`),
    text: findings.map((f) => f.message).join('\n'),
  };
}

const BLOCKED = (ip: string) =>
  `550 5.7.1 Service unavailable; Client host [${ip}] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/${ip}`;

describe('bounces run their checks: blocklists', () => {
  it('folds a listing into the answer: the list, the sub-lists, where to ask for removal', async () => {
    const { report, progress, live } = await answer(BLOCKED('5.6.7.8'));
    expect(report.kind).toBe('bounce');
    expect(report.records[0]?.cause).toBe('ip-blocklisted');
    expect(live.codes).toEqual(['fail live-confirms']);
    expect(live.text).toMatch(
      /^5\.6\.7\.8 is listed on Spamhaus ZEN \(SBL, XBL, PBL: 127\.0\.0\.2, 127\.0\.0\.4, 127\.0\.0\.10\)/,
    );
    expect(live.text).toContain('ask for removal at https://check.spamhaus.org/');
    const [followUp] = report.followUps ?? [];
    expect(followUp).toMatchObject({
      check: 'blacklist',
      step: '/blacklist 5.6.7.8',
      target: '5.6.7.8',
      causes: ['ip-blocklisted'],
      status: 'done',
      bearing: 'confirms',
    });
    expect(followUp?.summary).toBe(
      `5.6.7.8 is listed on 1 of ${IP_LISTS} lists (Spamhaus SBL, Spamhaus XBL, Spamhaus PBL)`,
    );
    expect(followUp?.zones).toHaveLength(IP_LISTS);
    expect(followUp?.findings.map((f) => f.code)).toEqual(['listed', 'not-listed']);
    expect(progress).toEqual([
      { step: '/blacklist 5.6.7.8', state: 'running' },
      { step: '/blacklist 5.6.7.8', state: 'done', detail: followUp?.summary },
    ]);
    // The diagnosis is untouched: the check only adds to it.
    expect(report.records[0]?.steps.length).toBeGreaterThan(0);
  });

  it('says so when the IP is listed nowhere now: expired or a private list; retry', async () => {
    const { report, live } = await answer(BLOCKED('5.6.7.9'));
    expect(live.codes).toEqual(['warn live-contradicts']);
    expect(live.text).toMatch(
      new RegExp(
        `^5\\.6\\.7\\.9 is not listed on any of the ${IP_LISTS} lists asked now: the listing may have expired`,
      ),
    );
    expect(live.text).toContain('postqueue -f');
    expect(report.followUps?.[0]?.bearing).toBe('contradicts');
  });

  it('leaves it open when the list the receiver named could not tell (Spamhaus error code)', async () => {
    const { live } = await answer(BLOCKED('5.6.7.10'));
    expect(live.codes).toEqual(['warn live-inconclusive']);
    expect(live.text).toMatch(
      /Spamhaus ZEN, the list the receiver named, could not tell: .*127\.255\.255\.254/,
    );
  });

  it("a domain blocklisting: /blacklist of the sender's domain on the domain lists", async () => {
    const { report, live } = await answer(
      'From: MAILER-DAEMON@mx.example.org\nTo: alice@spammy.test\nSubject: Undelivered Mail Returned to Sender\n\n' +
        '<bob@example.org>: host mx.example.org[198.51.100.5] said: 554 5.7.1 Service unavailable; Sender address ' +
        '[alice@spammy.test] blocked using dbl.spamhaus.org',
    );
    expect(report.records[0]?.cause).toBe('domain-blocklisted');
    expect(report.followUps?.map((f) => f.step)).toEqual(['/blacklist spammy.test']);
    expect(live.codes).toEqual(['fail live-confirms']);
    expect(live.text).toMatch(
      /^spammy\.test is listed on Spamhaus DBL \(127\.0\.1\.2: [^)]*spam[^)]*\); SURBL \(PH, ABUSE: 127\.0\.0\.72\)/,
    );
  });

  it('checks an IP once however many records name it', async () => {
    const record = fakeRecord({
      cause: 'ip-blocklisted',
      reason: 'blocked',
      sendingIp: '5.6.7.8',
      checks: ['blacklist'],
    });
    const diagnose = async (): Promise<Report> => ({
      kind: 'bounce',
      headline: 'blocked',
      records: [
        { ...record, recipient: 'a@example.org' },
        { ...record, recipient: 'b@example.org' },
        {
          ...record,
          recipient: 'c@example.org',
          sendingIp: null,
          diagnostic: 'Client host [5.6.7.8] blocked',
        },
      ],
      findings: [],
      notes: [],
      attachments: [],
    });
    const before = server.queries.filter((q) => q === 'A 8.7.6.5.zen.spamhaus.org').length;
    const { report } = await answer('anything', { diagnose });
    expect(report.followUps?.map((f) => f.step)).toEqual(['/blacklist 5.6.7.8']);
    expect(
      server.queries.filter((q) => q === 'A 8.7.6.5.zen.spamhaus.org').length - before,
    ).toBeLessThanOrEqual(1);
  });
});

describe('bounces run their checks: domains, authentication, reverse DNS', () => {
  it('a mistyped recipient domain: /mx finds NXDOMAIN and suggests the real one', async () => {
    const { report, live } = await answer(
      '550 5.1.2 <bob@gmial.com>: Recipient address rejected: Domain not found',
    );
    expect(report.records[0]?.cause).toBe('recipient-domain-typo');
    expect(report.followUps?.map((f) => f.step)).toEqual(['/mx gmial.com']);
    expect(live.codes).toEqual(['fail live-confirms']);
    expect(live.text).toMatch(/^gmial\.com does not exist \(NXDOMAIN\).*Did you mean gmail\.com\?/);
  });

  it('an unroutable domain that accepts mail now: the failure was temporary or fixed', async () => {
    const { live } = await answer(
      'Final-Recipient: rfc822; bob@good.test\nAction: failed\nStatus: 5.1.2\n' +
        'Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error for name=good.test type=MX: Host not found',
    );
    expect(live.codes).toEqual(['warn live-contradicts']);
    expect(live.text).toMatch(/^good\.test accepts mail at mx\.good\.test now: the failure was temporary/);
  });

  it("a DMARC rejection: /auth of the sender's domain finds what is missing", async () => {
    const { report, live } = await answer(
      'From: MAILER-DAEMON@mx.example.org\nSubject: Undelivered Mail Returned to Sender\nTo: alice@nospf.test\n\n' +
        "<bob@example.org>: host mx.example.org[198.51.100.5] said: 550-5.7.26 Unauthenticated email from nospf.test is not accepted due to domain's DMARC policy (in reply to end of DATA command)",
    );
    expect(report.records[0]?.cause).toBe('dmarc-fail');
    expect(report.followUps?.map((f) => f.step)).toEqual(['/auth nospf.test']);
    expect(live.codes).toEqual(['fail live-confirms']);
    expect(live.text).toMatch(/nospf\.test has no SPF record/i);
    expect(live.text).toMatch(/nospf\.test has no DMARC record/);
    expect(report.followUps?.[0]?.findings.map((f) => f.code)).toContain('dmarc-missing');
  });

  it('an SPF rejection naming the sending IP: SPF is evaluated for that IP', async () => {
    const spf = (domain: string, ip: string) =>
      `From: MAILER-DAEMON@mail.sender.test\nTo: alice@${domain}\nSubject: Undelivered Mail\n\n` +
      `<bob@example.org>: host mx.example.org[198.51.100.5] said: 550 5.7.23 SPF validation failed for alice@${domain} from ${ip}`;
    const failing = await answer(spf('good.test', '5.6.7.9'));
    expect(failing.report.followUps?.map((f) => f.step)).toEqual([
      '/auth good.test ip=5.6.7.9 from=alice@good.test',
    ]);
    expect(failing.live.codes).toEqual(['fail live-confirms']);
    expect(failing.live.text).toMatch(/^SPF fail: good\.test does not allow 5\.6\.7\.9 to send/);
    const passing = await answer(spf('good.test', '192.0.2.10'));
    expect(passing.live.codes).toEqual(['warn live-contradicts']);
    expect(passing.live.text).toMatch(
      /^SPF pass: good\.test allows 192\.0\.2\.10 to send.* now: the record has been fixed since/,
    );
  });

  it('a reverse-DNS rejection: PTR and forward confirmation of the sending IP', async () => {
    const missing = await answer(
      '550 5.7.25 [5.6.7.30] The IP address sending this message does not have a PTR record setup',
    );
    expect(missing.report.followUps?.map((f) => f.step)).toEqual(['reverse DNS of 5.6.7.30']);
    expect(missing.live.codes).toEqual(['fail live-confirms']);
    expect(missing.live.text).toMatch(/^5\.6\.7\.30 has no PTR record/);
    const unconfirmed = await answer(
      '550 5.7.25 [5.6.7.31] The IP address sending this message does not have a PTR record setup',
    );
    expect(unconfirmed.live.text).toMatch(
      /^5\.6\.7\.31 has PTR other\.badptr\.test, which does not resolve back/,
    );
    const fine = await answer(
      '550 5.7.25 [5.6.7.9] The IP address sending this message does not have a PTR record setup',
    );
    expect(fine.live.codes).toEqual(['warn live-contradicts']);
    expect(fine.live.text).toMatch(
      /^5\.6\.7\.9 has PTR mx2\.example\.test, and mx2\.example\.test resolves back to it\. Reverse DNS is fine now/,
    );
  });
});

describe('bounces run their checks: when they cannot', () => {
  it('without DNS the diagnosis still comes, marked "live checks could not run" with why', async () => {
    const { report, progress, live } = await answer(BLOCKED('5.6.7.8'), { checkDeadlineMs: 400 }, [
      silentAddress,
    ]);
    expect(report.kind).toBe('bounce');
    expect(report.records[0]?.cause).toBe('ip-blocklisted');
    expect(live.codes).toEqual(['warn live-not-run']);
    expect(live.text).toMatch(
      /^Live check could not run: no blocklist answered about 5\.6\.7\.8 \(no answer in time\); whether it is listed is unknown/,
    );
    expect(report.notes.join('\n')).toMatch(
      /^Live checks could not run \(no blocklist answered about 5\.6\.7\.8 \(no answer in time\)\): the diagnosis rests on the bounce alone/m,
    );
    expect(report.followUps?.[0]).toMatchObject({ status: 'could-not-run', bearing: null });
    expect(progress.at(-1)).toMatchObject({ step: '/blacklist 5.6.7.8', state: 'failed' });
  });

  it('a refused rate-limit slot: the diagnosis is answered, its checks marked skipped', async () => {
    const limiter = createRateLimiter({ perUser: { limit: 1, windowSeconds: 3600 } });
    const requester = { platform: 'test', user: 'u' };
    expect(limiter.acquire(requester).ok).toBe(true);
    const before = server.queries.length;
    const { report, live } = await answer(BLOCKED('5.6.7.8'), { limiter });
    expect(report.records[0]?.cause).toBe('ip-blocklisted');
    expect(live.codes).toEqual(['info live-skipped']);
    expect(live.text).toMatch(
      /^\/blacklist 5\.6\.7\.8 not run, because of the rate limit: You can run 1 live checks? .*Please try again in \d+ seconds\.$/,
    );
    expect(server.queries.length).toBe(before);
  });

  it('a refused rate-limit slot still says how to run the checks the bounce gives no target for', async () => {
    const limiter = createRateLimiter({ perUser: { limit: 1, windowSeconds: 3600 } });
    expect(limiter.acquire({ platform: 'test', user: 'u' }).ok).toBe(true);
    const log = (to: string, said: string) =>
      `Dec  1 10:00:00 mx postfix/smtp[1]: A1: to=<${to}>, relay=mx.example.org[192.0.2.1]:25, delay=1, dsn=5.7.1, status=bounced (host mx.example.org[192.0.2.1] said: ${said} (in reply to RCPT TO command))`;
    const { live } = await answer(
      [
        log(
          'a@example.org',
          '554 5.7.1 Service unavailable; Client host [5.6.7.8] blocked using zen.spamhaus.org',
        ),
        log(
          'b@example.org',
          '550 5.7.25 The IP address sending this message does not have a PTR record setup',
        ),
      ].join('\n'),
      { limiter },
    );
    expect(live.text).toContain('/blacklist 5.6.7.8 not run, because of the rate limit');
    expect(live.text).toContain('reverse DNS check not run: the bounce names no sending IP');
  });

  it('offline: no live check at all', async () => {
    const before = server.queries.length;
    const { report } = await answer(BLOCKED('5.6.7.8'), { offline: true });
    expect(report.followUps).toBeUndefined();
    expect(report.findings).toEqual([]);
    expect(server.queries.length).toBe(before);
  });

  it('a cause whose check needs what the bounce does not say is told, not guessed', async () => {
    const { report, live } = await answer(
      '550 5.7.1 Service unavailable; client blocked using zen.spamhaus.org',
    );
    expect(report.records[0]?.cause).toBe('ip-blocklisted');
    expect(live.codes).toEqual(['info live-skipped']);
    expect(live.text).toBe(
      '/blacklist not run: the bounce names no sending IP — give the sending IP to run it: `/blacklist IP`.',
    );
  });
});
