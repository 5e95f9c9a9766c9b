import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromReverseName, mailauthResolver } from '../../../../src/checks/auth/mailauth-resolver.js';
import { createDeadline } from '../../../../src/dns/deadline.js';
import { createDnsClient } from '../../../../src/dns/resolver.js';
import { reverseName } from '../../../../src/dns/reverse-name.js';
import { a, mx, ptr, startDnsServer, type TestDnsServer, txt } from '../../helpers/dns-server.js';

let server: TestDnsServer;
beforeAll(async () => {
  server = await startDnsServer({
    'r.test': [txt('v=spf1 -all'), mx(10, 'mx.r.test'), a('192.0.2.1')],
    [reverseName('192.0.2.1') as string]: [ptr('r.test')],
    [reverseName('2001:db8::1') as string]: [ptr('r.test')],
    'bad.r.test': 'servfail',
    'no.r.test': 'refused',
    'slow.r.test': 'drop',
  });
});
afterAll(async () => {
  await server.close();
});

function resolver() {
  const dns = createDnsClient({ servers: [server.address], timeoutMs: 500, tries: 1 }); // slow.r.test is silent
  return mailauthResolver(dns, createDeadline(2000));
}

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (err) {
    return (err as { code: string }).code;
  }
}

describe('mailauthResolver: our DNS layer in the shape mailauth expects', () => {
  it('answers TXT, MX, A and PTR like node:dns, PTR by reverse name', async () => {
    const r = resolver();
    expect(await r.resolve('r.test', 'TXT')).toEqual([['v=spf1 -all']]);
    expect(await r.resolve('r.test', 'MX')).toEqual([{ exchange: 'mx.r.test', priority: 10 }]);
    expect(await r.resolve('r.test', 'A')).toEqual(['192.0.2.1']);
    expect(await r.resolve('1.2.0.192.in-addr.arpa', 'PTR')).toEqual(['r.test']);
    expect(await r.resolve(reverseName('2001:db8::1') as string, 'PTR')).toEqual(['r.test']);
    expect(r.asked).toEqual([
      'TXT r.test',
      'MX r.test',
      'A r.test',
      'PTR 1.2.0.192.in-addr.arpa',
      expect.any(String),
    ]);
  });

  it('throws the error codes mailauth reads, keeping void answers apart from failures', async () => {
    const r = resolver();
    expect(await code(r.resolve('missing.r.test', 'TXT'))).toBe('ENOTFOUND');
    expect(await code(r.resolve('r.test', 'AAAA'))).toBe('ENODATA');
    expect(await code(r.resolve('bad.r.test', 'TXT'))).toBe('ESERVFAIL');
    expect(await code(r.resolve('no.r.test', 'TXT'))).toBe('EREFUSED');
    expect(await code(r.resolve('slow.r.test', 'TXT'))).toBe('ETIMEOUT');
    expect(await code(r.resolve('r.test', 'SRV'))).toBe('ENOTIMP');
    expect(r.voids).toEqual(['TXT missing.r.test', 'AAAA r.test']);
    expect(r.failures.map((f) => f.status)).toEqual(['servfail', 'refused', 'timeout']);
  });

  it('reads reverse names back into addresses', () => {
    expect(fromReverseName('4.3.2.1.in-addr.arpa.')).toBe('1.2.3.4');
    expect(fromReverseName(reverseName('2001:db8::25') as string)).toBe(
      '2001:0db8:0000:0000:0000:0000:0000:0025',
    );
    expect(fromReverseName('not-a-reverse.test')).toBe('not-a-reverse.test');
  });
});
