import type { FailureStatus } from '../../dns/lookup-result.js';
import { unicodeName } from '../../dns/names.js';
import type { Report } from '../../report/types.js';
import type { MxCheck } from './types.js';
import { plural } from './wording.js';

const COULD_NOT: Record<FailureStatus, string> = {
  nxdomain: 'the name does not exist',
  nodata: 'no such record',
  servfail: 'the DNS lookup failed (SERVFAIL)',
  refused: 'the DNS server refused the query',
  timeout: 'the DNS server did not answer in time',
  error: 'the DNS lookup failed',
};

/** The verdict in one line. */
export function mxHeadline(check: MxCheck): string {
  const d = unicodeName(check.domain);
  const v = check.verdict;
  switch (v.kind) {
    case 'accepts': {
      const where = v.hosts.length === 1 ? unicodeName(v.hosts[0] ?? '') : `${v.hosts.length} MX hosts`;
      const problems = check.findings.filter((f) => f.severity === 'warn' || f.severity === 'fail').length;
      const by = check.provider ? ` of ${check.provider.name}` : '';
      return `${d} accepts mail at ${where}${by}${problems > 0 ? `, with ${plural(problems, 'problem')}` : ''}`;
    }
    case 'implicit': {
      const more = v.addresses.length > 1 ? ` (and ${v.addresses.length - 1} more)` : '';
      return `${d} has no MX records; mail goes to its own address ${v.addresses[0]}${more}`;
    }
    case 'null-mx':
      return `${d} accepts no mail (null MX)`;
    case 'no-mail-host':
      return `${d} cannot receive mail: no MX records and no address`;
    case 'not-found':
      return `${d} does not exist${v.suggestion ? ` — did you mean ${v.suggestion}?` : ''}`;
    case 'no-usable-host':
      return v.hosts === 1
        ? `${d} cannot receive mail: its only MX host has no usable address`
        : `${d} cannot receive mail: none of its ${v.hosts} MX hosts has a usable address`;
    case 'private':
      return `${d} cannot receive mail from the internet: its mail hosts have only private addresses`;
    case 'unresolved':
      return v.hosts === 1
        ? `${d} has 1 MX host, but its address could not be looked up`
        : `${d} has ${v.hosts} MX hosts, but their addresses could not be looked up`;
    case 'lookup-failed':
      return `Could not check ${d}: ${COULD_NOT[v.failure.status]}`;
  }
}

export interface MxReportContext {
  /** The DNS servers asked, for the note that says so. */
  servers?: string[];
}

/** The platform-neutral answer to `/mx`. */
export function buildMxReport(check: MxCheck, ctx: MxReportContext = {}): Report {
  const notes = [...check.notes];
  if (ctx.servers && ctx.servers.length > 0) notes.push(`DNS servers asked: ${ctx.servers.join(', ')}`);
  return {
    kind: 'check',
    headline: mxHeadline(check),
    records: [],
    findings: check.findings,
    notes,
    attachments: [],
  };
}
