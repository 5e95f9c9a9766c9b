import { toAsciiName } from '../../dns/names.js';
import { checkMx } from '../mx/check-mx.js';
import { judgeBimi, lookupBimi } from './check-bimi.js';
import { checkDkim } from './check-dkim.js';
import { checkDmarc } from './check-dmarc.js';
import { checkSpf, evaluateSpf } from './check-spf.js';
import { checkTlsRecords } from './check-tls-records.js';
import type { AuthFinding } from './codes.js';
import { policyMxFindings } from './mta-sts-policy.js';
import { failureFindings, mxSummary } from './summaries.js';
import type { AuthCheck, AuthCheckOptions, AuthInput, PartResult } from './types.js';

/**
 * `/auth DOMAIN [SELECTOR...]`: SPF, DMARC, DKIM, MTA-STS, TLS-RPT, BIMI and the MX summary, all looked
 * up in parallel under one deadline; with an IP, the SPF verdict a receiver would give it. DNS trouble
 * never throws: it becomes findings.
 */
export async function checkAuth(input: AuthInput, opts: AuthCheckOptions): Promise<AuthCheck> {
  const domain = toAsciiName(input.domain);
  const sender = senderOf(input);
  const [spf, dmarc, dkim, mtaSts, mx, ip, bimiRecords] = await Promise.all([
    guarded(checkSpf(domain, opts)),
    guarded(checkDmarc(domain, opts)),
    guarded(checkDkim(domain, input.selectors, opts)),
    guardedTls(checkTlsRecords(domain, opts)),
    checkMx(domain, opts),
    input.ip ? evaluateSpf(input.ip, sender, opts).catch(() => null) : Promise.resolve(null),
    lookupBimi(domain, opts).catch(() => undefined),
  ]);
  const bimi = judgeBimi(bimiRecords, dmarc.summary);
  const findings: AuthFinding[] = [
    ...spf.findings,
    ...(ip ? [ip.finding] : []),
    ...dmarc.findings,
    ...dkim.findings,
    ...mtaSts.findings,
    ...(mtaSts.policy ? policyMxFindings(mtaSts.policy, mx) : []),
    ...bimi.findings,
    ...mxSummary(mx),
    ...failureFindings([
      ...spf.failures,
      ...(ip ? ip.failures : []),
      ...dmarc.failures,
      ...dkim.failures,
      ...mtaSts.failures,
    ]),
  ];
  return {
    domain,
    spf,
    dmarc,
    dkim,
    mtaSts,
    bimi: bimi.present ? bimi : null,
    mx,
    ipResult: ip?.result ?? null,
    findings,
    notes: [],
  };
}

/** MAIL FROM of the --ip evaluation: the address given, postmaster@ a domain given, or of DOMAIN. */
function senderOf(input: AuthInput): string {
  const from = input.from?.trim();
  if (!from) return `postmaster@${toAsciiName(input.domain)}`;
  return from.includes('@') ? from : `postmaster@${toAsciiName(from)}`;
}

async function guardedTls(part: ReturnType<typeof checkTlsRecords>) {
  try {
    return await part;
  } catch {
    return { findings: [], summary: 'unknown', failures: [], policy: null };
  }
}

/** A part that throws (a bug, or mailauth surprising us) is "unknown", not the end of the check. */
async function guarded(part: Promise<PartResult>): Promise<PartResult> {
  try {
    return await part;
  } catch {
    return { findings: [], summary: 'unknown', failures: [] };
  }
}
