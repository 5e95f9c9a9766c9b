import dns from 'node:dns';

/**
 * Tests may talk only to servers they start on loopback. A DNS query aimed at any other server (the
 * system's resolvers included) fails the test at once instead of leaving the machine.
 */
const LOOPBACK = /^(?:127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|\[::1\])(?::\d+)?$/;
const QUERIES = [
  'resolve',
  'resolve4',
  'resolve6',
  'resolveAny',
  'resolveCaa',
  'resolveCname',
  'resolveMx',
  'resolveNaptr',
  'resolveNs',
  'resolvePtr',
  'resolveSoa',
  'resolveSrv',
  'resolveTxt',
  'reverse',
] as const;

for (const Resolver of [dns.Resolver, dns.promises.Resolver]) {
  const proto = Resolver.prototype as unknown as Record<string, (...args: unknown[]) => unknown> & {
    getServers(): string[];
  };
  for (const method of QUERIES) {
    const original = proto[method];
    if (typeof original !== 'function') continue;
    proto[method] = function guarded(this: typeof proto, ...args: unknown[]) {
      const servers = this.getServers();
      const outside = servers.filter((s) => !LOOPBACK.test(s));
      if (outside.length > 0) {
        throw new Error(`test tried to query DNS servers outside loopback: ${outside.join(', ')}`);
      }
      return original.apply(this, args);
    };
  }
}
