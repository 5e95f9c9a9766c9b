import { isAnswered, type LookupFailed } from '../../dns/lookup-result.js';
import { sameIp } from '../../dns/reverse-name.js';
import type { HostAddress, MxCheckOptions, ReverseDns } from './types.js';

/** PTR names followed forward per address; more than this is misconfiguration anyway. */
const MAX_PTR_NAMES = 3;

/**
 * Forward-confirmed reverse DNS: the address's PTR names, and whether one of them has an A (or AAAA)
 * record with this very address. Postfix's "cannot find your reverse hostname" is a missing PTR,
 * "cannot find your hostname" a PTR that does not confirm.
 */
export async function reverseDns(
  address: Pick<HostAddress, 'ip' | 'family'>,
  { dns, deadline }: MxCheckOptions,
): Promise<ReverseDns> {
  const ptr = await dns.ptr(address.ip, deadline);
  if (ptr.status === 'nxdomain' || ptr.status === 'nodata') return { status: 'missing' };
  if (ptr.status !== 'ok') return { status: 'unknown', failures: [ptr] };
  const names = ptr.records.filter((n) => n !== '');
  if (names.length === 0) return { status: 'missing' };
  const forward = await Promise.all(
    names
      .slice(0, MAX_PTR_NAMES)
      .map((name) => (address.family === 4 ? dns.a(name, deadline) : dns.aaaa(name, deadline))),
  );
  const confirming = forward.find((f) => f.status === 'ok' && f.records.some((ip) => sameIp(ip, address.ip)));
  if (confirming) return { status: 'confirmed', names, confirmedBy: confirming.name };
  const failures = forward.filter((f): f is LookupFailed => !isAnswered(f));
  // A name that could not be looked up might still confirm: say "unknown", not "not confirmed".
  if (failures.length > 0) return { status: 'unknown', failures };
  return { status: 'not-confirmed', names };
}
