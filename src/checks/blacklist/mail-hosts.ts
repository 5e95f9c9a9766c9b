import type { Deadline } from '../../dns/deadline.js';
import { describeFailure, type Lookup } from '../../dns/lookup-result.js';
import type { DnsClient } from '../../dns/resolver.js';
import { addressScope } from '../../net/address-scope.js';
import { pickMxHosts } from '../mx/pick-mx-hosts.js';
import type { MailHostAddress } from './types.js';

/** MX hosts and addresses looked at; a domain with more is unusual, and the first ones matter most. */
const MAX_HOSTS = 5;
const MAX_ADDRESSES = 8;

export interface MailHosts {
  addresses: MailHostAddress[];
  /** Why no address could be checked, in a sentence; null when some were found. */
  problem: string | null;
  /** The domain publishes a null MX: it has no mail hosts, which is not a failure. */
  nullMx: boolean;
  /** No MX records: the domain's own address is its mail host (RFC 5321 §5.1). */
  implicit: boolean;
}

/**
 * The addresses of a domain's mail hosts, in MX preference order (or the domain's own, for an implicit
 * MX), for the IP lists. The same lookups /mx makes, through the same DNS client and its cache.
 */
export async function mailHostAddresses(
  domain: string,
  dns: DnsClient,
  deadline: Deadline,
): Promise<MailHosts> {
  const none = (problem: string | null, nullMx = false): MailHosts => ({
    addresses: [],
    problem,
    nullMx,
    implicit: false,
  });
  const mx = await dns.mx(domain, deadline);
  let hosts: string[];
  let implicit = false;
  if (mx.status === 'ok') {
    const picked = pickMxHosts(mx.records, MAX_HOSTS).hosts;
    if (picked.length === 0) return none(null, true);
    hosts = picked.map((r) => r.exchange);
  } else if (mx.status === 'nodata') {
    hosts = [domain];
    implicit = true;
  } else if (mx.status === 'nxdomain') {
    return none(`${domain} does not exist (NXDOMAIN), so it has no mail hosts`);
  } else {
    return none(`its MX records could not be looked up: ${describeFailure(mx)}`);
  }
  const lookups = await Promise.all(
    hosts.map(async (host) => {
      const [v4, v6] = await Promise.all([dns.a(host, deadline), dns.aaaa(host, deadline)]);
      return { host, v4, v6 };
    }),
  );
  const seen = new Set<string>();
  const addresses: MailHostAddress[] = [];
  for (const { host, v4, v6 } of lookups) {
    for (const ip of [...records(v4), ...records(v6)]) {
      if (seen.has(ip) || addresses.length >= MAX_ADDRESSES) continue;
      seen.add(ip);
      addresses.push({ ip, host, scope: addressScope(ip) });
    }
  }
  if (addresses.length > 0) return { addresses, problem: null, nullMx: false, implicit };
  const failures = lookups
    .flatMap(({ v4, v6 }) => [v4, v6])
    .filter((l) => l.status !== 'ok' && l.status !== 'nxdomain' && l.status !== 'nodata');
  const first = failures[0];
  if (first && first.status !== 'ok') {
    return none(`the addresses of its mail hosts could not be looked up: ${describeFailure(first)}`);
  }
  return none(
    implicit
      ? `${domain} has no MX records and no address, so it has no mail hosts`
      : `its mail hosts (${hosts.join(', ')}) have no address`,
  );
}

function records(l: Lookup<string>): string[] {
  return l.status === 'ok' ? l.records : [];
}
