import ipaddr from 'ipaddr.js';
import { parseIp } from '../../dns/reverse-name.js';
import { addressScope, describeScope } from '../../net/address-scope.js';

/** The address to connect to, or why the probe will not. */
export type PolicyDecision =
  | { ok: true; ip: string }
  /** `what`: "a loopback address"; `why`: the whole explanation, with how an operator allows it. */
  | { ok: false; ip: string; what: string; why: string };

const ALLOW_HINT =
  'the probe only connects to public addresses, so that it cannot be pointed at hosts inside its own ' +
  'network. An operator can allow it with MAILMEDIC_ALLOW_PRIVATE=true (or --allow-private on the command line).';

/**
 * The probe's target policy, applied to every address it is about to connect to — after DNS, on the
 * very address handed to connect(), so a name that resolves to 127.0.0.1 or a metadata service is
 * caught. An IPv4-mapped IPv6 address (::ffff:10.0.0.1) is judged, and connected to, as its IPv4; a
 * NAT64 (64:ff9b::/96), 6to4 (2002::/16) or Teredo (2001::/32) address is judged by the IPv4 addresses it
 * carries too.
 */
export function checkTargetAddress(raw: string, allowPrivate: boolean): PolicyDecision {
  const addr = parseIp(raw);
  if (!addr) return { ok: false, ip: raw, what: 'not an IP address', why: `${raw} is not an IP address` };
  const ip = addr.toString();
  if (allowPrivate) return { ok: true, ip };
  const scope = addressScope(ip);
  if (scope !== 'public') {
    const mapped = raw.includes(':') && !ip.includes(':');
    const what = (scope === 'reserved' && ipv4InReservedV6(addr)) || describeScope(scope);
    return {
      ok: false,
      ip,
      what,
      why: `${mapped ? `${raw} is IPv4-mapped ${ip}, ` : `${ip} is `}${what}: ${ALLOW_HINT}`,
    };
  }
  for (const { inner, via, role } of embeddedIpv4(addr)) {
    const innerScope = addressScope(inner);
    if (innerScope === 'public') continue;
    return {
      ok: false,
      ip,
      what: `${describeScope(innerScope)} behind a ${via} (${role}${inner})`,
      why: `${ip} is ${role ? `a Teredo address whose ${role}is` : 'a translated address for'} ${inner}, ${describeScope(innerScope)}: ${ALLOW_HINT}`,
    };
  }
  return { ok: true, ip };
}

/**
 * The IPv4 addresses inside a NAT64 (RFC 6052 well-known prefix), 6to4 or Teredo address, which routers and
 * tunnel clients unwrap. A Teredo address (RFC 4380) holds its server's IPv4 and, bit-inverted, its client's
 * mapped IPv4, which a host running a Teredo client sends to directly.
 */
function embeddedIpv4(addr: ipaddr.IPv4 | ipaddr.IPv6): { inner: string; via: string; role: string }[] {
  if (addr.kind() !== 'ipv6') return [];
  const v6 = addr as ipaddr.IPv6;
  const p = v6.parts;
  const v4 = (hi: number, lo: number) => new ipaddr.IPv4([hi >> 8, hi & 255, lo >> 8, lo & 255]).toString();
  const range = v6.range();
  const prefix = { via: 'translation prefix', role: '' };
  if (range === 'rfc6052') return [{ inner: v4(p[6] ?? 0, p[7] ?? 0), ...prefix }];
  if (range === '6to4') return [{ inner: v4(p[1] ?? 0, p[2] ?? 0), ...prefix }];
  if (range !== 'teredo') return [];
  return [
    { inner: v4(p[2] ?? 0, p[3] ?? 0), via: 'Teredo tunnel', role: 'server ' },
    { inner: v4(~(p[6] ?? 0) & 0xffff, ~(p[7] ?? 0) & 0xffff), via: 'Teredo tunnel', role: 'client ' },
  ];
}

/**
 * The IPv4 address a reserved ::/8 address spells (address-scope.ts), named: the deprecated IPv4-compatible
 * ::127.0.0.1 (::7f00:1) and the IPv4-translated ::ffff:0:10.0.0.1; null for another address.
 */
function ipv4InReservedV6(addr: ipaddr.IPv4 | ipaddr.IPv6): string | null {
  if (addr.kind() !== 'ipv6') return null;
  const p = (addr as ipaddr.IPv6).parts;
  const hi = p[6] ?? 0;
  const lo = p[7] ?? 0;
  const v4 = new ipaddr.IPv4([hi >> 8, hi & 255, lo >> 8, lo & 255]).toString();
  if (p.slice(0, 6).every((x) => x === 0)) {
    return `a reserved address (the deprecated IPv4-compatible form of ${v4}, not routed on the internet)`;
  }
  if (p.slice(0, 4).every((x) => x === 0) && p[4] === 0xffff && p[5] === 0) {
    return `a reserved address (the IPv4-translated form of ${v4}, not routed on the internet)`;
  }
  return null;
}
