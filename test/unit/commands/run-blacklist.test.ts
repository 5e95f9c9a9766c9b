import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleMessage } from '../../../src/commands/handle-message.js';
import { createDnsClient } from '../../../src/dns/resolver.js';
import { DNSBL_ZONES } from '../../../src/knowledge/dnsbl-zones.js';
import type { Progress, ZoneResult } from '../../../src/report/types.js';
import { DNSBL_ZONE } from '../checks/blacklist/zone.js';
import { startDnsServer, type TestDnsServer } from '../helpers/dns-server.js';

const requester = { platform: 'test', user: 'u1', channel: 'c1' };

let server: TestDnsServer;
beforeAll(async () => {
  server = await startDnsServer(DNSBL_ZONE);
});
afterAll(async () => {
  await server.close();
});

describe('/blacklist in chat', () => {
  it('checks the zones named after the target, streaming each answer', async () => {
    const streamed: ZoneResult[] = [];
    const r = await handleMessage('/blacklist 5.6.7.8 own.list.test zen.spamhaus.org', {
      requester,
      dns: createDnsClient({ servers: [server.address], timeoutMs: 2000, tries: 1 }),
      onZoneResult: (z) => streamed.push(z),
    });
    expect(r.kind).toBe('check');
    expect(r.headline).toBe(
      '5.6.7.8 is listed on 2 of 2 lists (own.list.test, Spamhaus SBL, Spamhaus XBL, Spamhaus PBL)',
    );
    expect(streamed.map((z) => z.zone).sort()).toEqual(['own.list.test', 'zen.spamhaus.org']);
    expect(r.zones?.map((z) => z.zone)).toEqual(['own.list.test', 'zen.spamhaus.org']);
  });

  it('uses the lists and the DQS key of the context', async () => {
    const r = await handleMessage('/blacklist 5.6.7.8', {
      requester,
      dns: createDnsClient({ servers: [server.address], timeoutMs: 2000, tries: 1 }),
      dnsbl: { zones: DNSBL_ZONES.filter((z) => z.zone === 'zen.spamhaus.org'), dqsKey: 'k3y' },
    });
    expect(r.headline).toBe('5.6.7.8 is listed on 1 of 1 list (Spamhaus XBL)');
    expect(server.queries).toContain('A 8.7.6.5.k3y.zen.dq.spamhaus.net');
  });
});

describe('progress of a live command', () => {
  it('announces the check when it starts and counts the problems when it ends', async () => {
    const progress: Progress[] = [];
    await handleMessage('/blacklist 5.6.7.8 own.list.test', {
      requester,
      dns: createDnsClient({ servers: [server.address], timeoutMs: 2000, tries: 1 }),
      onProgress: (p) => progress.push(p),
    });
    expect(progress).toEqual([
      { step: '/blacklist 5.6.7.8 own.list.test', state: 'running' },
      { step: '/blacklist 5.6.7.8 own.list.test', state: 'done', detail: '1 problem' },
    ]);
  });

  it('says "no problems found" when the check finds none', async () => {
    const progress: Progress[] = [];
    await handleMessage('/blacklist 192.0.2.200 own.list.test', {
      requester,
      dns: createDnsClient({ servers: [server.address], timeoutMs: 2000, tries: 1 }),
      onProgress: (p) => progress.push(p),
    });
    expect(progress.at(-1)).toMatchObject({ state: 'done', detail: 'no problems found' });
    expect(progress).toHaveLength(2);
  });
});
