import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runProbe } from '../../src/checks/probe/run-probe.js';
import { PROBE_DEFAULTS, type ProbeSettings } from '../../src/checks/probe/types.js';
import { createDnsClient, type DnsClient } from '../../src/dns/resolver.js';
import { type PostfixInstance, postfixPort, startPostfix } from './postfix.js';

let postfix: PostfixInstance;
let dns: DnsClient;
const settings: ProbeSettings = {
  ...PROBE_DEFAULTS,
  allowPrivate: true,
  from: 'probe@mailmedic.test',
  helo: 'probe.mailmedic.test',
  connectTimeoutMs: 5000,
  stepTimeoutMs: 10_000,
  deadlineMs: 30_000,
};

beforeAll(async () => {
  postfix = await startPostfix(await postfixPort());
  // Only the --host path is used; the MX lookup for the open-relay note goes to a silent loopback port.
  dns = createDnsClient({ servers: ['127.0.0.1:9'], timeoutMs: 200, tries: 1 });
});
afterAll(() => {
  dns?.close();
  postfix?.stop();
});

const probe = (target: string) => runProbe(target, `${postfix.host}:${postfix.port}`, { dns, settings });

describe("/probe against Debian's Postfix", () => {
  it('accepts the known virtual mailbox, refuses a random one, over STARTTLS with a self-signed certificate', async () => {
    const run = await probe(postfix.knownUser);
    expect(run.result).toMatchObject({
      verdict: 'accepted',
      catchAll: false,
      reply: { code: 250, status: '2.1.5' },
    });
    expect(run.result.tls).toMatchObject({ subject: 'CN=mx.e2e.test', selfSigned: true, trusted: false });
    expect(run.result.findings.map((f) => f.code)).toEqual(
      expect.arrayContaining(['rcpt-accepted', 'tls', 'cert-self-signed', 'capabilities']),
    );
    const sent = run.result.transcript.filter((e) => e.dir === 'send').map((e) => e.text.split(/[ :]/)[0]);
    expect(sent).toEqual(['EHLO', 'STARTTLS', 'EHLO', 'MAIL', 'RCPT', 'RCPT', 'RSET', 'QUIT']);
    expect(sent).not.toContain('DATA');
  });

  it("reads Postfix's own unknown-user refusal as no such user", async () => {
    const run = await probe('ghost@e2e.test');
    expect(run.result).toMatchObject({
      verdict: 'rejected',
      reason: 'userunknown',
      reply: { code: 550, status: '5.1.1' },
    });
    expect(run.result.reply?.text).toMatch(
      /^<ghost@e2e\.test>: Recipient address rejected: User unknown in virtual mailbox table$/,
    );
    expect(run.result.record?.cause).toBe('user-unknown');
  });

  it("reads Postfix's relay refusal for a foreign domain as relaying denied", async () => {
    const run = await probe('someone@elsewhere.test');
    expect(run.result).toMatchObject({
      verdict: 'rejected',
      reason: 'norelaying',
      reply: { code: 554, status: '5.7.1' },
    });
    expect(run.result.reply?.text).toContain('Relay access denied');
    expect(run.result.record?.cause).toBe('relay-denied');
  });
});
