import { unicodeName } from '../../dns/names.js';
import type { Report } from '../../report/types.js';
import type { AuthCheck } from './types.js';

/** "example.org: SPF ok, DMARC p=reject, DKIM found at 2 selectors, MTA-STS on". */
export function authHeadline(check: AuthCheck): string {
  const parts = [
    `SPF ${check.spf.summary}`,
    `DMARC ${check.dmarc.summary}`,
    `DKIM ${check.dkim.summary}`,
    `MTA-STS ${check.mtaSts.summary}`,
    ...(check.bimi ? [`BIMI ${check.bimi.summary}`] : []),
  ];
  const ip = check.ipResult ? `; SPF for ${check.ipResult.ip}: ${check.ipResult.result}` : '';
  return `${unicodeName(check.domain)}: ${parts.join(', ')}${ip}`;
}

export interface AuthReportContext {
  servers?: string[];
}

/** The platform-neutral answer to `/auth`. */
export function buildAuthReport(check: AuthCheck, ctx: AuthReportContext = {}): Report {
  const notes = [...check.notes];
  if (ctx.servers && ctx.servers.length > 0) notes.push(`DNS servers asked: ${ctx.servers.join(', ')}`);
  return {
    kind: 'check',
    headline: authHeadline(check),
    records: [],
    findings: check.findings,
    notes,
    attachments: [],
  };
}
