import { detectProvider } from '../../bounce/detect-provider.js';
import type { Provider } from '../../knowledge/providers.js';

/**
 * The well-known provider whose host names (knowledge/providers) cover `host`: the bounce reader's matching,
 * on a label boundary and by the longest suffix.
 */
export function providerOfHost(host: string): Provider | undefined {
  return detectProvider({ hosts: [host], text: '' });
}

/** The provider every one of `hosts` belongs to, or undefined when one is unknown or they differ. */
export function providerOfHosts(hosts: readonly string[]): { id: string; name: string } | undefined {
  const found = hosts.map(providerOfHost);
  const first = found[0];
  if (!first || found.some((p) => p?.id !== first.id)) return undefined;
  return { id: first.id, name: first.name };
}

/**
 * Words for the MX list naming who runs the mail hosts: "mail hosted by X" when every host is X's; else each
 * host of the best preference that belongs to a known provider or gateway ("10 mx0a-001.pphosted.com is
 * Proofpoint's"); '' when none is known.
 */
export function providerWords(records: readonly { exchange: string; priority: number }[]): string {
  const all = providerOfHosts(records.map((r) => r.exchange));
  if (all) return `mail hosted by ${all.name}`;
  const best = records[0]?.priority;
  const known = records
    .filter((r) => r.priority === best)
    .map((r) => [r, providerOfHost(r.exchange)] as const)
    .filter(([, p]) => p !== undefined)
    .map(([r, p]) => `MX ${r.priority} ${r.exchange} is ${p?.name}'s`);
  return known.join('; ');
}
