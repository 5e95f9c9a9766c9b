import dns from 'node:dns';
import net from 'node:net';
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

describe('the loopback-only TCP guard', () => {
  it('refuses a connection to an address outside loopback before it is made', () => {
    expect(() => net.connect({ host: '192.0.2.25', port: 25 })).toThrow(/outside loopback: 192\.0\.2\.25/);
    expect(() => net.connect(25, '2001:db8::25')).toThrow(/outside loopback: 2001:db8::25/);
  });

  it('lets a loopback connection through', async () => {
    const socket = net.connect({ host: '127.0.0.1', port: 9 });
    await new Promise((resolve) => socket.once('error', resolve).once('connect', resolve));
    socket.destroy();
  });
});
