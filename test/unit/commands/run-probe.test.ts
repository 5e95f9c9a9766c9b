import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleMessage } from '../../../src/commands/handle-message.js';
import { createDnsClient } from '../../../src/dns/resolver.js';
import { createConcurrencyCap } from '../../../src/limits/concurrency-cap.js';
import type { Progress } from '../../../src/report/types.js';
import { type SmtpPeer, smtpError, startSmtpPeer } from '../checks/probe/peers.js';
import { startDnsServer, type TestDnsServer } from '../helpers/dns-server.js';

const requester = { platform: 'test', user: 'u1', channel: 'c1' };
const probe = {
  allowPrivate: true,
  from: 'probe@mailmedic.test',
  helo: 'probe.mailmedic.test',
  stepTimeoutMs: 2000,
  connectTimeoutMs: 2000,
};

let peer: SmtpPeer;
let dnsServer: TestDnsServer;
beforeAll(async () => {
  peer = await startSmtpPeer({
    onRcpt: (to) => (to === 'bob@corpmail.test' ? null : smtpError(550, '5.1.1 User unknown')),
  });
  dnsServer = await startDnsServer({});
});
afterAll(async () => {
  await peer.close();
  await dnsServer.close();
});
const dns = () => createDnsClient({ servers: [dnsServer.address], timeoutMs: 2000, tries: 1 });

describe('/probe in chat', () => {
  it('runs the probe through runRequest, streaming progress, with the transcript attached', async () => {
    const progress: Progress[] = [];
    const r = await handleMessage(`/probe bob@corpmail.test 127.0.0.1:${peer.port}`, {
      requester,
      dns: dns(),
      probe,
      onProgress: (p) => progress.push(p),
    });
    expect(r.kind).toBe('check');
    expect(r.headline).toBe(`bob@corpmail.test: accepted by 127.0.0.1:${peer.port} (250)`);
    expect(r.probe).toMatchObject({ verdict: 'accepted', catchAll: false, target: 'bob@corpmail.test' });
    expect(r.attachments).toEqual([
      { name: 'smtp-transcript.txt', content: expect.stringContaining(' -> RCPT TO:<bob@corpmail.test>') },
    ]);
    expect(r.attachments[0]?.content).toMatch(/^\[ *\d+ ms\] <- {2}220 /m);
    expect(progress.map((p) => p.state)).toEqual(['running', 'done', 'running', 'done']);
    expect(peer.commands).not.toContain('DATA');
  });

  it('reads a refusal with the bounce rules and carries the record with its steps', async () => {
    const r = await handleMessage(`/probe ghost@corpmail.test --host=127.0.0.1:${peer.port}`, {
      requester,
      dns: dns(),
      probe,
    });
    expect(r.headline).toBe(
      `ghost@corpmail.test: rejected by 127.0.0.1:${peer.port} — no such user (550 5.1.1)`,
    );
    expect(r.records).toMatchObject([
      { cause: 'user-unknown', reason: 'userunknown', recipient: 'ghost@corpmail.test' },
    ]);
    expect(r.records[0]?.steps.length).toBeGreaterThan(0);
  });

  it('refuses loopback targets unless the operator allowed private targets', async () => {
    const before = peer.connections;
    const r = await handleMessage(`/probe bob@corpmail.test 127.0.0.1:${peer.port}`, {
      requester,
      dns: dns(),
      probe: { ...probe, allowPrivate: false },
    });
    expect(r.probe?.verdict).toBe('refused-by-policy');
    expect(r.headline).toBe('bob@corpmail.test: not probed — 127.0.0.1 is a loopback address');
    expect(peer.connections).toBe(before);
  });

  it('caps probes running at once per user', async () => {
    const probeCap = createConcurrencyCap({ perUser: 1, overall: 5, what: 'SMTP probe' });
    const held = probeCap.acquire(requester);
    const r = await handleMessage(`/probe bob@corpmail.test 127.0.0.1:${peer.port}`, {
      requester,
      dns: dns(),
      probe,
      probeCap,
    });
    expect(r.kind).toBe('refused');
    expect(r.headline).toBe('Your previous SMTP probe is still running. Please try again in 10 seconds.');
    const other = await handleMessage(`/probe bob@corpmail.test 127.0.0.1:${peer.port}`, {
      requester: { ...requester, user: 'u2' },
      dns: dns(),
      probe,
      probeCap,
    });
    expect(other.kind).toBe('check');
    if (held.ok) held.release();
    expect(probeCap.active).toBe(0);
  });
});
