import dns from 'node:dns';
import { describe, expect, it } from 'vitest';

describe('the loopback-only guard of the test setup', () => {
  it('refuses a DNS query aimed outside loopback before it is sent', () => {
    const resolver = new dns.promises.Resolver();
    resolver.setServers(['192.0.2.53']);
    expect(() => resolver.resolveMx('example.com')).toThrow(/outside loopback: 192\.0\.2\.53/);
  });

  it('lets a loopback server through', async () => {
    const resolver = new dns.promises.Resolver({ timeout: 50, tries: 1 });
    resolver.setServers(['127.0.0.1:9']);
    // Nothing listens on the discard port: the query goes out on loopback and fails there.
    await expect(resolver.resolveMx('example.com')).rejects.toThrow();
  });
});
