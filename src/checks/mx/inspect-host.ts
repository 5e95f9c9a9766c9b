import { isIP } from 'node:net';
import { isAnswered, type Lookup, type LookupFailed } from '../../dns/lookup-result.js';
import { addressScope } from '../../net/address-scope.js';
import { reverseDns } from './reverse-dns.js';
import type { HostAddress, MxCheckOptions, MxHost } from './types.js';

/** Addresses per host whose reverse DNS is checked; a host with more is unusual. */
const MAX_ADDRESSES = 8;

/** An exchange written as an address: `192.0.2.1`, `[192.0.2.1]`, `2001:db8::1`. */
function isIpLiteral(name: string): boolean {
  return isIP(name.replace(/^\[|\]$/g, '')) !== 0;
}

/**
 * One MX host: is the name an alias, what are its addresses, and their reverse DNS. The lookups that
 * do not depend on each other run in parallel.
 */
export async function inspectHost(
  name: string,
  priority: number,
  opts: MxCheckOptions,
  implicit = false,
): Promise<MxHost> {
  const host: MxHost = {
    name,
    priority,
    implicit,
    ipLiteral: isIpLiteral(name),
    cnameTarget: null,
    addresses: [],
    noAddress: false,
    nameMissing: false,
    failures: [],
  };
  if (host.ipLiteral) return host;
  const { dns, deadline } = opts;
  const [v4, v6, alias] = await Promise.all([
    dns.a(name, deadline),
    dns.aaaa(name, deadline),
    implicit ? Promise.resolve(null) : dns.cname(name, deadline),
  ]);
  if (alias?.status === 'ok') host.cnameTarget = alias.records[0] ?? null;
  const answered = [v4, v6, ...(alias ? [alias] : [])];
  host.failures.push(...answered.filter((l): l is LookupFailed => !isAnswered(l)));
  const ips = [...records(v4).map((ip) => [ip, 4] as const), ...records(v6).map((ip) => [ip, 6] as const)];
  host.noAddress = ips.length === 0 && isAnswered(v4) && isAnswered(v6);
  host.nameMissing = host.noAddress && (v4.status === 'nxdomain' || v6.status === 'nxdomain');
  host.addresses = await Promise.all(
    ips.slice(0, MAX_ADDRESSES).map(async ([ip, family]): Promise<HostAddress> => {
      const scope = addressScope(ip);
      const reverse =
        scope === 'public' ? await reverseDns({ ip, family }, opts) : ({ status: 'skipped' } as const);
      return { ip, family, scope, reverse };
    }),
  );
  return host;
}

function records(l: Lookup<string>): string[] {
  return l.status === 'ok' ? l.records : [];
}
