import dns from 'node:dns';
import net from 'node:net';

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

/**
 * The same for TCP: a connection to an IP address outside loopback (an SMTP probe that followed a
 * public MX record, say) fails the test before a packet leaves. Names and local sockets pass.
 */
const LOOPBACK_IP = /^(?:127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|::ffff:127\.\d{1,3}\.\d{1,3}\.\d{1,3})$/i;
const socketProto = net.Socket.prototype as unknown as { connect: (...args: unknown[]) => unknown };
const originalConnect = socketProto.connect;
socketProto.connect = function guardedConnect(this: net.Socket, ...args: unknown[]) {
  const first = args[0];
  const options = Array.isArray(first) ? first[0] : first;
  const host =
    typeof options === 'object' && options !== null
      ? (options as { host?: unknown }).host
      : typeof options === 'number' || (typeof options === 'string' && /^\d+$/.test(options))
        ? args[1]
        : undefined;
  if (typeof host === 'string' && net.isIP(host) !== 0 && !LOOPBACK_IP.test(host)) {
    throw new Error(`test tried to connect outside loopback: ${host}`);
  }
  return originalConnect.apply(this, args);
};
