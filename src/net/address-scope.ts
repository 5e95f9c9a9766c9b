import type ipaddr from 'ipaddr.js';
import { parseIp } from '../dns/reverse-name.js';

/** Where an address can be reached from: only `public` addresses are reachable from the internet. */
export type AddressScope =
  | 'public'
  | 'private'
  | 'loopback'
  | 'link-local'
  | 'shared'
  | 'multicast'
  | 'unspecified'
  | 'reserved'
  | 'invalid';

// ipaddr.js range names -> scope. IPv6 transition ranges (6to4, Teredo, NAT64) carry public traffic; ::/8 and
// NAT64's local-use prefix are judged apart (isInReservedV6Block, isLocalUseNat64).
const SCOPE_OF_RANGE: Record<string, AddressScope> = {
  unicast: 'public',
  '6to4': 'public',
  teredo: 'public',
  rfc6052: 'public',
  private: 'private',
  uniqueLocal: 'private',
  loopback: 'loopback',
  linkLocal: 'link-local',
  carrierGradeNat: 'shared',
  multicast: 'multicast',
  broadcast: 'reserved',
  unspecified: 'unspecified',
};

/** The scope of an IPv4 or IPv6 address; documentation and other special ranges are `reserved`. */
export function addressScope(ip: string): AddressScope {
  const addr = parseIp(ip);
  if (!addr) return 'invalid';
  const range = addr.range();
  if (isInReservedV6Block(addr, range)) return 'reserved';
  if (isLocalUseNat64(addr, range)) return 'private';
  return SCOPE_OF_RANGE[range] ?? 'reserved';
}

/**
 * 64:ff9b:1::/48 (RFC 8215) is NAT64 for local use: only an operator's own translator answers it, and where in
 * the address that translator reads the IPv4 is its own choice, so it is judged like a unique local address.
 * ipaddr.js names it rfc6052 with the well-known 64:ff9b::/96.
 */
function isLocalUseNat64(addr: NonNullable<ReturnType<typeof parseIp>>, range: string): boolean {
  return range === 'rfc6052' && addr.kind() === 'ipv6' && (addr as ipaddr.IPv6).parts[2] === 1;
}

/**
 * ::/8 is reserved (RFC 4291) and not routed, apart from ::, ::1, IPv4-mapped addresses and the NAT64 prefix,
 * which have ranges of their own. ipaddr.js calls the rest "unicast" or "rfc6145": the deprecated
 * IPv4-compatible ::127.0.0.1 (::7f00:1), which a kernel with automatic tunnels may still route to its IPv4,
 * and the IPv4-translated ::ffff:0:10.0.0.1.
 */
function isInReservedV6Block(addr: NonNullable<ReturnType<typeof parseIp>>, range: string): boolean {
  return (
    (range === 'unicast' || range === 'rfc6145') &&
    addr.kind() === 'ipv6' &&
    (addr.toByteArray()[0] ?? 0) === 0
  );
}

/**
 * Could a receiver or a blocklist have seen this address as a mail client? Public ones, and reserved ones
 * (documentation ranges, as in labs); never private, loopback, link-local, shared or invalid ones.
 */
export function isSeenByReceivers(scope: AddressScope): boolean {
  return scope === 'public' || scope === 'reserved';
}

export function isPublicAddress(ip: string): boolean {
  return addressScope(ip) === 'public';
}

const SCOPE_WORDS: Record<AddressScope, string> = {
  public: 'a public address',
  private: 'a private address',
  loopback: 'a loopback address',
  'link-local': 'a link-local address',
  shared: 'a carrier-grade NAT address',
  multicast: 'a multicast address',
  unspecified: 'the unspecified address',
  reserved: 'a reserved address (not routed on the internet)',
  invalid: 'not a valid address',
};

/** "a private address", for sentences. */
export function describeScope(scope: AddressScope): string {
  return SCOPE_WORDS[scope];
}
