import { isIP } from 'node:net';
import { isAnswered, type Lookup, type LookupFailed } from '../../dns/lookup-result.js';
import { addressScope } from '../../net/address-scope.js';
import { reverseDns } from './reverse-dns.js';
import type { HostAddress, MxCheckOptions, MxHost } from './types.js';

/** Addresses per host whose reverse DNS is checked; a host with more is unusual. */
const MAX_ADDRESSES = 8;

/** CNAME steps followed from an MX target; a longer chain is broken anyway. */
const MAX_CNAME_STEPS = 8;

/** `localhost` and names under `.localhost`: resolvers answer them with loopback themselves (RFC 6761 §6.3). */
export function isLocalhostName(name: string): boolean {
  return name === 'localhost' || name.endsWith('.localhost');
}

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
  if (isLocalhostName(name)) {
    host.localhost = true;
    host.addresses = [
      { ip: '127.0.0.1', family: 4, scope: 'loopback', reverse: { status: 'skipped' } },
      { ip: '::1', family: 6, scope: 'loopback', reverse: { status: 'skipped' } },
    ];
    return host;
  }
  const { dns, deadline } = opts;
  const [v4, v6, alias] = await Promise.all([
    dns.a(name, deadline),
    dns.aaaa(name, deadline),
    implicit ? Promise.resolve(null) : dns.cname(name, deadline),
  ]);
  if (alias?.status === 'ok' && alias.records[0]) {
    const { chain, loop } = await followCnames(name, alias.records[0], opts);
    host.cnameTarget = chain[chain.length - 1] ?? null;
    if (chain.length > 1) host.cnameVia = chain.slice(0, -1);
    if (loop) host.cnameLoop = true;
  }
  const answered = [v4, v6, ...(alias ? [alias] : [])];
  host.failures.push(...answered.filter((l): l is LookupFailed => !isAnswered(l)));
  const ips = [...records(v4).map((ip) => [ip, 4] as const), ...records(v6).map((ip) => [ip, 6] as const)];
  host.noAddress = ips.length === 0 && isAnswered(v4) && isAnswered(v6);
  host.nameMissing = host.noAddress && (v4.status === 'nxdomain' || v6.status === 'nxdomain');
  if (ips.length > MAX_ADDRESSES) host.addressCount = ips.length;
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

/**
 * The names a CNAME at `name` leads through, from its first target to the last: a further CNAME lookup per
 * step, ending at a name that is not an alias (or whose lookup failed, or after MAX_CNAME_STEPS). `loop`: a
 * name came back, so the chain never reaches an address.
 */
async function followCnames(
  name: string,
  first: string,
  { dns, deadline }: MxCheckOptions,
): Promise<{ chain: string[]; loop: boolean }> {
  const chain = [first];
  for (let step = 1; step < MAX_CNAME_STEPS; step++) {
    if (chain.slice(0, -1).includes(chain[chain.length - 1] as string) || chain.includes(name)) {
      return { chain, loop: true };
    }
    const next = await dns.cname(chain[chain.length - 1] as string, deadline);
    const target = next.status === 'ok' ? next.records[0] : undefined;
    if (!target) break;
    chain.push(target);
  }
  return { chain, loop: false };
}

function records(l: Lookup<string>): string[] {
  return l.status === 'ok' ? l.records : [];
}
