import { createDeadline, DEFAULT_CHECK_DEADLINE_MS } from '../../dns/deadline.js';
import type { DnsClient } from '../../dns/resolver.js';
import type { Report } from '../../report/types.js';
import { checkMx } from './check-mx.js';
import { buildMxReport } from './mx-report.js';

/** `/mx DOMAIN` from request to Report: the check under one deadline, then the answer. */
export async function runMxCheck(
  domain: string,
  { dns, deadlineMs = DEFAULT_CHECK_DEADLINE_MS }: { dns: DnsClient; deadlineMs?: number },
): Promise<Report> {
  const check = await checkMx(domain, { dns, deadline: createDeadline(deadlineMs) });
  return buildMxReport(check, { servers: dns.servers() });
}
