import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleMessage } from '../../../src/commands/handle-message.js';
import { parseCommand } from '../../../src/commands/parse-command.js';
import { runRequest } from '../../../src/commands/run-request.js';
import { MAX_BOUNCE_BYTES } from '../../../src/diagnose/diagnose-bounce.js';
import { createDnsClient } from '../../../src/dns/resolver.js';
import { createRateLimiter } from '../../../src/limits/rate-limiter.js';
import type { Report } from '../../../src/report/types.js';
import { a, mx, startDnsServer, type TestDnsServer } from '../helpers/dns-server.js';

const requester = { platform: 'test', user: 'u1', channel: 'c1' };

// Live checks ask this loopback server only.
let server: TestDnsServer;
beforeAll(async () => {
  server = await startDnsServer({
    'example.com': [mx(10, 'mx.example.com')],
    'mx.example.com': [a('5.6.7.8')],
    'slow.example': 'drop',
  });
});
afterAll(async () => {
  await server.close();
});
const loopbackDns = () => createDnsClient({ servers: [server.address], timeoutMs: 2000, tries: 1 });

describe('runRequest', () => {
  it('sends a bounce to the diagnoser', async () => {
    const seen: (string | Uint8Array)[] = [];
    const diagnose = async (input: string | Uint8Array): Promise<Report> => {
      seen.push(input);
      return { kind: 'not-a-bounce', headline: 'x', records: [], findings: [], notes: [], attachments: [] };
    };
    const r = await runRequest({ kind: 'bounce', text: '550 5.1.1 user unknown' }, { requester, diagnose });
    expect(seen).toEqual(['550 5.1.1 user unknown']);
    expect(r.kind).toBe('not-a-bounce');
  });

  it('uses the real diagnoser by default and returns a Report', async () => {
    const r = await runRequest({ kind: 'bounce', text: '550 5.1.1 user unknown' }, { requester });
    expect(typeof r.headline).toBe('string');
    expect(Array.isArray(r.records)).toBe(true);
  });

  it('refuses a bounce over the size cap with a clear message', async () => {
    const text = 'x'.repeat(MAX_BOUNCE_BYTES + 1);
    const r = await runRequest({ kind: 'bounce', text }, { requester });
    expect(r.kind).toBe('error');
    expect(r.headline).toMatch(/more than the .* limit/);
  });

  it('answers help with every command', async () => {
    const r = await runRequest({ kind: 'help' }, { requester });
    expect(r.kind).toBe('help');
    const text = r.notes.join('\n');
    for (const c of ['/bounce', '/mx', '/blacklist', '/probe', '/auth']) expect(text).toContain(c);
  });

  it('answers usage and unknown with a hint', async () => {
    const usage = await runRequest(parseCommand('/mx'), { requester });
    expect(usage.kind).toBe('usage');
    expect(usage.notes.join('\n')).toContain('usage: /mx DOMAIN');
    const unknown = await runRequest(parseCommand('/frob'), { requester });
    expect(unknown.kind).toBe('usage');
    expect(unknown.headline).toContain('/frob');
  });

  it('says that an address given to /mx or /auth stood for its domain, and how to ask about the mailbox', async () => {
    const mxReport = await runRequest(parseCommand('/mx bob@example.com'), { requester, dns: loopbackDns() });
    expect(mxReport.headline).toMatch(/^example\.com accepts mail/);
    expect(mxReport.notes[0]).toBe(
      'bob@example.com is an address: this checked its domain, example.com. ' +
        'To ask the receiving server about the mailbox itself, use /probe bob@example.com.',
    );
    const auth = await runRequest(parseCommand('/auth <mailto:bob@example.com|bob@example.com>'), {
      requester,
      dns: loopbackDns(),
    });
    expect(auth.notes[0]).toMatch(/^bob@example\.com is an address: this checked its domain, example\.com\./);
    const plain = await runRequest(parseCommand('/mx example.com'), { requester, dns: loopbackDns() });
    expect(plain.notes.join(' ')).not.toContain('is an address');
  });

  it('runs /mx against the configured DNS and answers with findings', async () => {
    const r = await runRequest(parseCommand('/mx Example.COM'), { requester, dns: loopbackDns() });
    expect(r).toMatchObject({
      kind: 'check',
      headline: 'example.com accepts mail at mx.example.com, with 1 problem',
    });
    // The zone has no PTR for 5.6.7.8.
    expect(r.findings.map((f) => `${f.severity} ${f.code}`)).toEqual([
      'ok mx-ok',
      'warn ptr-missing',
      'info mx-host',
    ]);
    expect(server.queries).toContain('MX example.com');
  });

  it('keeps /mx within the check deadline and answers a timeout as a finding', async () => {
    const started = Date.now();
    const r = await runRequest(parseCommand('/mx slow.example'), {
      requester,
      dns: createDnsClient({ servers: [server.address], timeoutMs: 5000, tries: 1 }),
      checkDeadlineMs: 80,
    });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(r.kind).toBe('check');
    expect(r.headline).toBe('Could not check slow.example: the DNS server did not answer in time');
    expect(r.findings).toMatchObject([{ code: 'dns-timeout', severity: 'fail' }]);
  });

  it('puts live commands through the rate limiter and releases the slot', async () => {
    let t = 0;
    const limiter = createRateLimiter({
      perUser: { limit: 2, windowSeconds: 60 },
      maxConcurrent: 1,
      now: () => t,
    });
    const dns = loopbackDns();
    const req = parseCommand('/mx example.com');
    const before = server.queries.length;
    expect((await runRequest(req, { requester, limiter, dns })).kind).toBe('check');
    expect(limiter.active).toBe(0);
    // A probe of a private address: refused by the target policy, so nothing is connected to.
    expect((await runRequest(parseCommand('/probe 10.0.0.1'), { requester, limiter, dns })).kind).toBe(
      'check',
    );
    const refused = await runRequest(req, { requester, limiter, dns });
    expect(refused.kind).toBe('refused');
    expect(refused.headline).toMatch(/try again in 30 seconds/);
    t += 30_000;
    expect((await runRequest(req, { requester, limiter, dns })).kind).toBe('check');
    // The refused request sent nothing; the repeat came from the cache.
    expect(server.queries.slice(before).filter((q) => q === 'MX example.com')).toHaveLength(1);
    // Help and bounces are not live checks: never refused.
    expect((await runRequest({ kind: 'help' }, { requester, limiter })).kind).toBe('help');
  });
});

describe('handleMessage', () => {
  it('turns a throwing diagnoser into "something went wrong"', async () => {
    const errors: unknown[] = [];
    const r = await handleMessage('550 5.1.1 nope', {
      requester,
      diagnose: async () => {
        throw new Error('parser exploded');
      },
      onError: (e) => errors.push(e),
    });
    expect(r.kind).toBe('error');
    expect(r.headline).toBe('Something went wrong: parser exploded');
    expect(r.notes[0]).toMatch(/^Try again/);
    expect(errors).toHaveLength(1);
  });
});
