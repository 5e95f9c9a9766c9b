import { getDomain } from 'tldts';
import { isAnswered } from '../../dns/lookup-result.js';
import { parseTags } from './check-dmarc.js';
import { recordsOf } from './check-tls-records.js';
import { type AuthFinding, finding } from './codes.js';
import type { AuthCheckOptions, PartResult } from './types.js';

/**
 * BIMI (the brand logo beside a message in Gmail, Apple Mail, Yahoo): the record at
 * `default._bimi.<domain>` (or its organisational domain's), its logo and certificate URLs, and the
 * DMARC enforcement it depends on. The logo and certificate themselves are not fetched. BIMI is
 * optional: a domain without it, or a lookup that fails, adds nothing to the answer.
 */
export function judgeBimi(
  found: BimiRecords | undefined,
  dmarcSummary: string,
): PartResult & { present: boolean } {
  if (!found) return { findings: [], summary: 'none', failures: [], present: false };
  const { name, records } = found;
  if (records.length > 1) {
    return result('invalid', [
      finding(
        'bimi-invalid',
        'fail',
        `${name} has ${records.length} BIMI records: receivers show no logo. Keep one.`,
      ),
    ]);
  }
  const record = records[0] as string;
  const tags = parseTags(record);
  const logo = tags.get('l') ?? '';
  const certificate = tags.get('a') ?? '';
  if (logo === '' && certificate === '') {
    return result('declined', [
      finding(
        'bimi-declined',
        'info',
        `${name} declines BIMI (an empty l=): receivers show no logo, as intended.`,
      ),
    ]);
  }
  const findings: AuthFinding[] = [];
  if (!/^https:\/\/\S+$/i.test(logo)) {
    findings.push(
      finding(
        'bimi-invalid',
        'fail',
        `The BIMI record "${record}" has ${logo ? `a logo URL that is not HTTPS ("${logo}")` : 'no logo (l=)'}: use l=https://…/logo.svg (SVG Tiny Portable/Secure).`,
      ),
    );
  } else if (!/\.svg(?:[?#]\S*)?$/i.test(logo)) {
    findings.push(
      finding(
        'bimi-invalid',
        'warn',
        `The BIMI logo ${logo} does not end in .svg: receivers take only an SVG Tiny Portable/Secure file.`,
      ),
    );
  }
  if (certificate !== '' && !/^https:\/\/\S+$/i.test(certificate)) {
    findings.push(
      finding(
        'bimi-invalid',
        'fail',
        `The BIMI certificate URL "${certificate}" is not HTTPS: point a= at the .pem of your VMC or CMC.`,
      ),
    );
  }
  const enforced = /=(?:reject|quarantine)$/.test(dmarcSummary);
  if (!enforced) {
    findings.push(
      finding(
        'bimi-dmarc-not-enforced',
        'fail',
        `BIMI needs DMARC at enforcement (p=quarantine or p=reject, not in test mode); DMARC here is ${dmarcSummary}: receivers show no logo until it is.`,
      ),
    );
  }
  if (certificate === '') {
    findings.push(
      finding(
        'bimi-no-certificate',
        'warn',
        'The BIMI record has no certificate (a=): Gmail and Apple Mail show a logo only with a Verified Mark Certificate or Common Mark Certificate; others may show it without.',
      ),
    );
  }
  if (findings.length === 0) {
    findings.push(
      finding(
        'bimi-ok',
        'ok',
        `BIMI record: logo ${logo}, certificate ${certificate} (neither file was fetched)`,
      ),
    );
  }
  const worst = findings.some((f) => f.severity === 'fail')
    ? 'invalid'
    : certificate === ''
      ? 'without certificate'
      : 'ok';
  return result(worst, findings);
}

function result(summary: string, findings: AuthFinding[]): PartResult & { present: boolean } {
  return { findings, summary, failures: [], present: true };
}

export interface BimiRecords {
  name: string;
  records: string[];
}

/**
 * The BIMI records of the domain, else of its organisational domain; undefined when neither has any. Looked
 * up beside the other parts; judged once DMARC's policy is known (judgeBimi).
 */
export async function lookupBimi(domain: string, opts: AuthCheckOptions): Promise<BimiRecords | undefined> {
  const org = getDomain(domain) ?? domain;
  for (const owner of org === domain ? [domain] : [domain, org]) {
    const name = `default._bimi.${owner}`;
    const answer = await opts.dns.txt(name, opts.deadline);
    if (!isAnswered(answer) || answer.status !== 'ok') continue;
    const records = recordsOf(answer.records, 'BIMI1');
    if (records.length > 0) return { name, records };
  }
  return undefined;
}
