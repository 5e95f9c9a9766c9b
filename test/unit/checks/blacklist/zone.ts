import { DNSBL_ZONES } from '../../../../src/knowledge/dnsbl-zones.js';
import { a, aaaa, mx, type Zone, type ZoneEntry } from '../../helpers/dns-server.js';

/** The label the tests give the wildcard probe, so that zones can be written for it. */
export const RANDOM_LABEL = 'mailmedic-probe';

const rev = (ip: string) => ip.split('.').reverse().join('.');

/** RFC 5782 test points for every curated live list: 127.0.0.2 (or the list's own) is listed. */
function healthyLists(): Zone {
  const zone: Zone = {};
  for (const z of DNSBL_ZONES) {
    if (z.dead) continue;
    const first = z.codes.find((c) => c.kind === 'listed')?.answer ?? '127.0.0.2';
    if (z.kind === 'ip') zone[`${rev(z.testPoint ?? '127.0.0.2')}.${z.zone}`] = [a(first)];
    else zone[`${z.testPoint ?? 'test'}.${z.zone}`] = [a(z.bits ? '127.0.0.8' : first)];
  }
  return zone;
}

/**
 * Blocklists on loopback. Addresses: 5.6.7.8 listed on ZEN (SBL, XBL, PBL), 5.6.7.9 clean everywhere,
 * 5.6.7.10/.11 Spamhaus error codes, 5.6.7.12 an answer outside 127/8, 5.6.7.13 SERVFAIL, REFUSED and
 * no answer, 5.6.7.14 a good Mailspike reputation. Domains: spammy.test on DBL and SURBL, refused.test
 * refused by URIBL, blocked.test blocked by SURBL, example.test with two mail hosts.
 */
export const DNSBL_ZONE: Zone = {
  ...healthyLists(),
  '8.7.6.5.zen.spamhaus.org': [a('127.0.0.2'), a('127.0.0.4'), a('127.0.0.10')],
  '10.7.6.5.zen.spamhaus.org': [a('127.255.255.254')],
  '11.7.6.5.zen.spamhaus.org': [a('127.255.255.255')],
  '12.7.6.5.bl.spamcop.net': [a('192.0.2.1')],
  '13.7.6.5.psbl.surriel.com': 'servfail',
  '13.7.6.5.dnsbl-1.uceprotect.net': 'refused',
  '13.7.6.5.b.barracudacentral.org': 'drop',
  '14.7.6.5.rep.mailspike.net': [a('127.0.0.18')],
  '14.7.6.5.bl.mailspike.net': [a('127.0.0.18')],
  // IPv6 2a01:4f8::25 on ZEN, in nibble form.
  '5.2.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.f.4.0.1.0.a.2.zen.spamhaus.org': [a('127.0.0.3')],
  // Domains.
  'spammy.test.dbl.spamhaus.org': [a('127.0.1.2')],
  'spammy.test.multi.surbl.org': [a('127.0.0.72')],
  'refused.test.multi.uribl.com': [a('127.0.0.1')],
  'blocked.test.multi.surbl.org': [a('127.0.0.73')],
  'example.test': [mx(10, 'mx1.example.test'), mx(20, 'mx2.example.test')],
  'mx1.example.test': [a('5.6.7.8')],
  'mx2.example.test': [a('5.6.7.9'), a('10.0.0.25'), aaaa('2a01:4f8::25')],
  'nomx.test': [],
  'ghost.test': [mx(10, 'nowhere.ghost.test')],
  // Lists outside the curated ones (--zone): a healthy one, one listing everything, one listing
  // its negative test point 127.0.0.1, one without its positive test point.
  '2.0.0.127.own.list.test': [a('127.0.0.2')],
  '8.7.6.5.own.list.test': [a('127.0.0.3')],
  '2.0.0.127.testpoint.list.test': [a('127.0.0.2')],
  '1.0.0.127.testpoint.list.test': [a('127.0.0.2')],
  '8.7.6.5.testpoint.list.test': [a('127.0.0.2')],
  // A list that lists everything (a wildcard, as dead lists' parked domains do).
  '*.wild.list.test': [a('127.0.0.2')],
  // DQS.
  '2.0.0.127.k3y.zen.dq.spamhaus.net': [a('127.0.0.2')],
  '8.7.6.5.k3y.zen.dq.spamhaus.net': [a('127.0.0.4')],
};

/** A zone that answers `entry` for every name below `suffix` (a wildcard list), the rest from `zone`. */
export function withWildcard(zone: Zone, suffix: string, entry: ZoneEntry): Zone {
  return new Proxy(zone, {
    get(target, name) {
      if (typeof name === 'string' && name.endsWith(`.${suffix}`) && !(name in target)) return entry;
      return Reflect.get(target, name);
    },
  });
}
