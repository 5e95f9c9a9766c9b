import type { DmarcReport, DmarcRow } from '../bounce/extract/dmarc-report.js';

/**
 * The answer to a pasted DMARC aggregate report: how much of the domain's mail passed, which sources
 * failed and why (no DKIM signature of the domain, SPF for another domain, both failing), and what to do:
 * make your own sources pass, then move the policy towards reject.
 */

const MAX_SOURCES_SHOWN = 8;

export function dmarcAnswer(report: DmarcReport): { headline: string; notes: string[] } {
  const total = sum(report.rows);
  const failing = bySource(report.rows.filter((r) => r.dkim !== 'pass' && r.spf !== 'pass'));
  const failed = failing.reduce((n, s) => n + s.count, 0);
  const sources = new Set(report.rows.map((r) => r.sourceIp)).size;
  const when = period(report);
  const headline =
    `Not a bounce: a DMARC aggregate report from ${report.org} for ${report.domain}${when}: ` +
    `${total} message${total === 1 ? '' : 's'} from ${sources} source${sources === 1 ? '' : 's'}, ` +
    (failed === 0 ? 'all passed DMARC.' : `${failed} (${percent(failed, total)}) failed DMARC.`);
  const notes = [policyNote(report, failed > 0)];
  const passed = report.rows.filter((r) => r.dkim === 'pass' || r.spf === 'pass');
  if (passed.length > 0) {
    const dkim = sum(passed.filter((r) => r.dkim === 'pass'));
    const spfOnly = sum(passed.filter((r) => r.dkim !== 'pass'));
    notes.push(
      `Passed: ${sum(passed)} messages${spfOnly > 0 ? ` (${dkim} with aligned DKIM, ${spfOnly} with aligned SPF alone, which breaks when forwarded)` : ', all with aligned DKIM'}.`,
    );
  }
  for (const source of failing.slice(0, MAX_SOURCES_SHOWN)) notes.push(sourceNote(source, report.domain));
  if (failing.length > MAX_SOURCES_SHOWN)
    notes.push(`And ${failing.length - MAX_SOURCES_SHOWN} more failing sources, each smaller.`);
  notes.push(
    failed > 0
      ? `Next: for each failing source, decide whether it sends for you. Yours: add it to SPF and sign its mail with DKIM (d=${report.domain}); check with \`/auth ${report.domain} ip=${failing[0]?.sourceIp}\`. Not yours: a forgery, which a policy of reject stops.`
      : `Next: \`/auth ${report.domain}\` to see the records; with every source passing, the policy can move towards reject.`,
  );
  return { headline, notes };
}

interface Source {
  sourceIp: string;
  count: number;
  rows: DmarcRow[];
}

function bySource(rows: DmarcRow[]): Source[] {
  const map = new Map<string, Source>();
  for (const r of rows) {
    const s = map.get(r.sourceIp) ?? { sourceIp: r.sourceIp, count: 0, rows: [] };
    s.count += r.count;
    s.rows.push(r);
    map.set(r.sourceIp, s);
  }
  return [...map.values()].sort((a, b) => b.count - a.count);
}

/** Why one source failed, in words, with what the receiver did with its mail. */
function sourceNote(source: Source, domain: string): string {
  const row = source.rows[0] as DmarcRow;
  const dkim = row.dkimResults;
  const spf = row.spfResults;
  const dkimWords =
    dkim.length === 0
      ? 'no DKIM signature'
      : dkim.map((d) => `DKIM ${d.result} for ${d.domain || '?'}`).join(', ');
  const spfWords =
    spf.length === 0 ? 'no SPF result' : spf.map((s) => `SPF ${s.result} for ${s.domain || '?'}`).join(', ');
  const why = reasonOf(row, domain);
  const done = [...new Set(source.rows.map((r) => r.disposition))].join('/');
  return `Failed: ${source.sourceIp}, ${source.count} message${source.count === 1 ? '' : 's'} (${dkimWords}; ${spfWords}; the receiver applied ${done}): ${why}`;
}

function reasonOf(row: DmarcRow, domain: string): string {
  const aligned = (d: string) => d === domain || d.endsWith(`.${domain}`) || domain.endsWith(`.${d}`);
  const spfOther = row.spfResults.find((s) => s.result === 'pass' && !aligned(s.domain));
  const dkimOther = row.dkimResults.find((d) => d.result === 'pass' && !aligned(d.domain));
  if (dkimOther || spfOther)
    return `it passed for ${(dkimOther ?? spfOther)?.domain}, not for ${domain}: a service sending for you with its own domain; have it sign with DKIM for ${domain} (a CNAME or key it gives you).`;
  if (row.dkimResults.some((d) => d.result === 'pass' || d.result === 'fail'))
    return 'a signature for your domain that did not verify (a changed message: a footer, a forward, a mailing list) or a key that does not match.';
  return 'neither SPF nor DKIM for your domain: a server of yours not in SPF and not signing, or someone forging your domain.';
}

function policyNote(report: DmarcReport, anyFailed: boolean): string {
  const sp = report.subdomainPolicy ? `, sp=${report.subdomainPolicy}` : '';
  const pct = report.pct && report.pct !== '100' ? `, pct=${report.pct}` : '';
  const words = `Policy published: p=${report.policy}${sp}${pct}`;
  if (report.policy === 'none')
    return `${words}: monitoring only${anyFailed ? ', so the failing mail was delivered anyway' : ''}.`;
  return `${words}: receivers ${report.policy === 'reject' ? 'refuse' : 'file as spam'} mail that fails.`;
}

function sum(rows: DmarcRow[]): number {
  return rows.reduce((n, r) => n + r.count, 0);
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '0 %' : `${((100 * part) / whole).toFixed(part * 1000 < whole ? 2 : 1)} %`;
}

function period(report: DmarcReport): string {
  if (!report.begin) return '';
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const end = report.end ? day(report.end) : undefined;
  return end && end !== day(report.begin) ? ` (${day(report.begin)} to ${end})` : ` (${day(report.begin)})`;
}
