import { createDeadline, DEFAULT_CHECK_DEADLINE_MS } from '../../dns/deadline.js';
import type { DnsClient } from '../../dns/resolver.js';
import type { DnsblZone } from '../../knowledge/dnsbl-zones.js';
import type { Report, ZoneResult } from '../../report/types.js';
import { buildBlacklistReport } from './blacklist-report.js';
import { checkBlacklist } from './check-blacklist.js';

export interface RunBlacklistOptions {
  dns: DnsClient;
  deadlineMs?: number;
  /** Only these zones (`--zone`). */
  zones?: readonly string[];
  /** The known lists (curated, or with MAILMEDIC_DNSBL_FILE applied). */
  known?: readonly DnsblZone[];
  /** Spamhaus DQS key (MAILMEDIC_SPAMHAUS_DQS_KEY). */
  dqsKey?: string | null;
  onResult?: (result: ZoneResult) => void;
}

/** `/blacklist IP|DOMAIN` from request to Report: every list under one deadline, then the answer. */
export async function runBlacklistCheck(target: string, o: RunBlacklistOptions): Promise<Report> {
  const check = await checkBlacklist(target, {
    dns: o.dns,
    deadline: createDeadline(o.deadlineMs ?? DEFAULT_CHECK_DEADLINE_MS),
    ...(o.zones ? { zones: o.zones } : {}),
    ...(o.known ? { known: o.known } : {}),
    ...(o.dqsKey ? { dqsKey: o.dqsKey } : {}),
    ...(o.onResult ? { onResult: o.onResult } : {}),
  });
  return buildBlacklistReport(check, {
    servers: o.dns.servers(),
    ...(o.known ? { known: o.known } : {}),
    dqs: Boolean(o.dqsKey),
  });
}
