import { reverseName } from '../../../../src/dns/reverse-name.js';
import { a, aaaa, cname, mx, ptr, txt, type Zone } from '../../helpers/dns-server.js';

const rev = (ip: string) => reverseName(ip) as string;

/**
 * One zone with a domain for every /mx finding. Addresses are public-looking so that only the domains
 * meant to be private are; nothing ever connects to them (the test server only answers DNS).
 */
export const MX_ZONE: Zone = {
  // Two hosts, IPv4 and IPv6, PTRs that confirm.
  'example.test': [mx(20, 'mx2.example.test'), mx(10, 'mx1.example.test')],
  'mx1.example.test': [a('5.6.7.8'), aaaa('2a01:4f8::25')],
  'mx2.example.test': [a('5.6.7.9')],
  [rev('5.6.7.8')]: [ptr('mx1.example.test')],
  [rev('2a01:4f8::25')]: [ptr('mx1.example.test')],
  [rev('5.6.7.9')]: [ptr('mx2.example.test')],
  // RFC 7505 null MX, alone and beside a real one.
  'nullmx.test': [mx(0, '.')],
  'mixednull.test': [mx(0, '.'), mx(10, 'mx1.example.test')],
  // No MX: the A record is the implicit MX; no MX and no address.
  'implicit.test': [a('5.6.7.20'), txt('v=spf1 -all')],
  [rev('5.6.7.20')]: [ptr('implicit.test')],
  'nomail.test': [txt('v=spf1 -all')],
  // MX target that is a CNAME, an IP literal, one without address.
  'cname.test': [mx(10, 'alias.cname.test')],
  'alias.cname.test': [cname('mx1.example.test')],
  'literal.test': [mx(10, '5.6.7.8')],
  'noaddr.test': [mx(10, 'ghost.noaddr.test')],
  'halfaddr.test': [mx(10, 'ghost.halfaddr.test'), mx(20, 'mx1.example.test')],
  'ghost.halfaddr.test': [txt('exists, but has no address')],
  // Reverse DNS: no PTR, a PTR that does not resolve back.
  'noptr.test': [mx(10, 'mx.noptr.test')],
  'mx.noptr.test': [a('5.6.7.30')],
  'badptr.test': [mx(10, 'mx.badptr.test')],
  'mx.badptr.test': [a('5.6.7.31')],
  [rev('5.6.7.31')]: [ptr('other.badptr.test')],
  'other.badptr.test': [a('5.6.7.99')],
  // Private address space: all hosts, some hosts.
  'private.test': [mx(10, 'mx.private.test'), mx(20, 'lo.private.test')],
  'mx.private.test': [a('10.0.0.5')],
  'lo.private.test': [a('127.0.0.1'), aaaa('fd00::25')],
  'partly.test': [mx(10, 'mx1.example.test'), mx(20, 'inside.partly.test')],
  'inside.partly.test': [a('192.168.1.5')],
  // The only MX host has an AAAA and no A record: IPv4-only senders cannot deliver.
  'v6only.test': [mx(10, 'mx.v6only.test')],
  'mx.v6only.test': [aaaa('2a01:4f8::26')],
  [rev('2a01:4f8::26')]: [ptr('mx.v6only.test')],
  // Servers that fail: for the domain itself, or only for its MX host.
  'servfail.test': 'servfail',
  'sfhost.test': [mx(10, 'mx.sfhost.test')],
  'mx.sfhost.test': 'servfail',
  'rfhost.test': [mx(10, 'mx.rfhost.test')],
  'mx.rfhost.test': 'refused',
  'refused.test': 'refused',
  'slow.test': 'drop',
  'slowhost.test': [mx(10, 'mx.slowhost.test')],
  'mx.slowhost.test': 'drop',
  'slowptr.test': [mx(10, 'mx1.slowptr.test'), mx(10, 'mx2.slowptr.test'), mx(10, 'mx3.slowptr.test')],
  'mx1.slowptr.test': [a('5.6.7.51')],
  'mx2.slowptr.test': [a('5.6.7.52')],
  'mx3.slowptr.test': [a('5.6.7.53')],
  [rev('5.6.7.51')]: 'drop',
  [rev('5.6.7.52')]: 'drop',
  [rev('5.6.7.53')]: 'drop',
  // Internationalised: bücher.test.
  'xn--bcher-kva.test': [mx(10, 'mail.xn--bcher-kva.test')],
  'mail.xn--bcher-kva.test': [a('5.6.7.40')],
  [rev('5.6.7.40')]: [ptr('mail.xn--bcher-kva.test')],
};
