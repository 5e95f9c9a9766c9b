import ipaddr from 'ipaddr.js';

/**
 * The PTR query name of an IP address: `7.113.0.203.in-addr.arpa` for IPv4, the 32 reversed nibbles
 * under `ip6.arpa` for IPv6. An IPv4-mapped IPv6 address (::ffff:192.0.2.1) is looked up as IPv4.
 * Returns null for something that is not an IP address.
 */
export function reverseName(ip: string): string | null {
  const addr = parseIp(ip);
  if (!addr) return null;
  if (addr.kind() === 'ipv4') return `${addr.toByteArray().reverse().join('.')}.in-addr.arpa`;
  const nibbles = addr
    .toByteArray()
    .flatMap((b) => [(b >> 4).toString(16), (b & 15).toString(16)])
    .reverse();
  return `${nibbles.join('.')}.ip6.arpa`;
}

/** Parses an IPv4 or IPv6 address (brackets allowed); IPv4-mapped IPv6 becomes IPv4. */
export function parseIp(ip: string): ipaddr.IPv4 | ipaddr.IPv6 | null {
  const s = ip.trim().replace(/^\[|\]$/g, '');
  if (!ipaddr.isValid(s)) return null;
  const addr = ipaddr.parse(s);
  if (addr.kind() === 'ipv6' && (addr as ipaddr.IPv6).isIPv4MappedAddress()) {
    return (addr as ipaddr.IPv6).toIPv4Address();
  }
  return addr;
}

/** True when both strings are the same address, however written (2001:db8::1 = 2001:DB8:0::1). */
export function sameIp(a: string, b: string): boolean {
  const x = parseIp(a);
  const y = parseIp(b);
  return x !== null && y !== null && x.kind() === y.kind() && x.toString() === y.toString();
}
