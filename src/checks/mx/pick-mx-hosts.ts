import type { MxRecord } from '../../dns/resolver.js';

/** Which of a domain's MX records a check looks at, and what the rest says. */
export interface MxHostPick {
  /** The hosts to look at: at most `limit`, in the order senders try them. */
  hosts: MxRecord[];
  /** Every distinct mail host in that order (the limit not applied), for listing and "first N of M" notes. */
  ordered: MxRecord[];
  /** A null MX ("MX 0 .", RFC 7505) is among the records; alone, the domain accepts no mail. */
  hasNullMx: boolean;
}

/**
 * The one rule for choosing MX hosts (RFC 5321 §5.1): the null MX left out, each exchange once at its
 * best (lowest) preference, lowest preference first, ties by name so the order is stable, then the
 * first `limit`.
 */
export function pickMxHosts(records: readonly MxRecord[], limit: number): MxHostPick {
  const best = new Map<string, MxRecord>();
  let hasNullMx = false;
  for (const r of records) {
    if (r.exchange === '') {
      hasNullMx = true;
      continue;
    }
    const seen = best.get(r.exchange);
    if (!seen || r.priority < seen.priority) best.set(r.exchange, r);
  }
  const ordered = [...best.values()].sort(
    (x, y) => x.priority - y.priority || x.exchange.localeCompare(y.exchange),
  );
  return { hosts: ordered.slice(0, limit), ordered, hasNullMx };
}
