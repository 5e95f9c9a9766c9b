import { parseIp } from '../../dns/reverse-name.js';

/**
 * The DNSBL query name of an IP address: the reversed octets for IPv4 (`7.113.0.203.<zone>`), the 32
 * reversed nibbles of the expanded address for IPv6 (RFC 5782 §2.4). IPv4-mapped IPv6 is asked as IPv4.
 */
export function reversedIp(ip: string): string | null {
  const addr = parseIp(ip);
  if (!addr) return null;
  if (addr.kind() === 'ipv4') return addr.toByteArray().reverse().join('.');
  return addr
    .toByteArray()
    .flatMap((b) => [(b >> 4).toString(16), (b & 15).toString(16)])
    .reverse()
    .join('.');
}

export function isIpv6(ip: string): boolean {
  return parseIp(ip)?.kind() === 'ipv6';
}
