import { Resolver } from 'node:dns/promises';
import { describe, expect, it } from 'vitest';
import { aaaa, startDnsServer, txt } from './dns-server.js';

// The test DNS server must serve what a zone says: tests of address policies rest on it.
describe('the loopback test DNS server', () => {
  it('serves AAAA records written in any IPv6 form as those addresses', async () => {
    const server = await startDnsServer({
      'mapped.example.org': [aaaa('::ffff:127.0.0.1')],
      'compat.example.org': [aaaa('::7f00:1')],
      'plain.example.org': [aaaa('2001:db8::25')],
    });
    try {
      const resolver = new Resolver({ timeout: 2000, tries: 1 });
      resolver.setServers([server.address]);
      expect(await resolver.resolve6('mapped.example.org')).toEqual(['::ffff:127.0.0.1']);
      // Node writes the IPv4-compatible form with its dotted tail.
      expect(await resolver.resolve6('compat.example.org')).toEqual(['::127.0.0.1']);
      expect(await resolver.resolve6('plain.example.org')).toEqual(['2001:db8::25']);
    } finally {
      await server.close();
    }
  });

  it('splits TXT data into 255-byte strings and answers over TCP what UDP cannot carry', async () => {
    const long = `v=spf1 ${'ip4:192.0.2.1 '.repeat(150)}-all`; // 2,111 bytes
    const server = await startDnsServer({ 'long.example.org': [txt(long)] });
    try {
      const resolver = new Resolver({ timeout: 2000, tries: 1 });
      resolver.setServers([server.address]);
      const [record] = await resolver.resolveTxt('long.example.org');
      expect(record?.map((s) => s.length)).toEqual([255, 255, 255, 255, 255, 255, 255, 255, 71]);
      expect(record?.join('')).toBe(long);
      expect(server.queries).toEqual(['TXT long.example.org', 'TXT long.example.org']);
    } finally {
      await server.close();
    }
  });
});
