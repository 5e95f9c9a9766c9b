import { createDeadline, DEFAULT_CHECK_DEADLINE_MS } from '../../dns/deadline.js';
import type { DnsClient } from '../../dns/resolver.js';
import type { Report } from '../../report/types.js';
import { buildAuthReport } from './auth-report.js';
import { checkAuth } from './check-auth.js';
import type { AuthInput } from './types.js';

/** `/auth DOMAIN` from request to Report: the check under one deadline, then the answer. */
export async function runAuthCheck(
  input: AuthInput,
  {
    dns,
    deadlineMs = DEFAULT_CHECK_DEADLINE_MS,
    fetchMtaStsPolicy,
  }: {
    dns: DnsClient;
    deadlineMs?: number;
    /** Fetches the MTA-STS policy file; absent (the default), it is not fetched. */
    fetchMtaStsPolicy?: (domain: string) => Promise<string>;
  },
): Promise<Report> {
  const check = await checkAuth(input, { dns, deadline: createDeadline(deadlineMs), fetchMtaStsPolicy });
  return buildAuthReport(check, { servers: dns.servers() });
}
