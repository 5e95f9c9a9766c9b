import { isAnswered, type LookupFailed } from '../../dns/lookup-result.js';
import { parseTags } from './check-dmarc.js';
import { type AuthFinding, finding } from './codes.js';
import { type PolicyResult, readMtaStsPolicy } from './mta-sts-policy.js';
import type { AuthCheckOptions, PartResult } from './types.js';

/**
 * MTA-STS (RFC 8461) and TLS-RPT (RFC 8460) records: presence and syntax. The MTA-STS policy file
 * itself (HTTPS at mta-sts.<domain>) is not fetched: only DNS is asked.
 */
export async function checkTlsRecords(
  domain: string,
  opts: AuthCheckOptions,
): Promise<PartResult & { policy?: PolicyResult['policy'] }> {
  const [sts, rpt] = await Promise.all([
    opts.dns.txt(`_mta-sts.${domain}`, opts.deadline),
    opts.dns.txt(`_smtp._tls.${domain}`, opts.deadline),
  ]);
  const findings: AuthFinding[] = [];
  const failures: LookupFailed[] = [];
  let summary = 'unknown';
  let policy: PolicyResult['policy'] = null;
  if (!isAnswered(sts)) failures.push(sts as LookupFailed);
  else {
    const records = recordsOf(sts.status === 'ok' ? sts.records : [], 'STSv1');
    const name = `_mta-sts.${domain}`;
    if (records.length === 0) {
      summary = 'off';
      findings.push(
        finding(
          'mta-sts-missing',
          'info',
          `No MTA-STS record (${name}): senders deliver to ${domain} with TLS when offered, but without it an ` +
            'attacker on the path can strip TLS. Optional; publish it with a policy at ' +
            `https://mta-sts.${domain}/.well-known/mta-sts.txt to require TLS.`,
        ),
      );
    } else if (records.length > 1) {
      summary = 'invalid';
      findings.push(
        finding(
          'mta-sts-invalid',
          'fail',
          `${name} has ${records.length} MTA-STS records: senders ignore MTA-STS then (RFC 8461 §3.1). Keep one.`,
        ),
      );
    } else {
      const record = records[0] as string;
      const id = parseTags(record).get('id');
      if (id === undefined || !/^[A-Za-z0-9]{1,32}$/.test(id)) {
        summary = 'invalid';
        findings.push(
          finding(
            'mta-sts-invalid',
            'fail',
            `The MTA-STS record "${record}" has ${id === undefined ? 'no id' : `an invalid id "${id}"`}: the id ` +
              'must be 1 to 32 letters and digits (change it whenever the policy changes). Senders ignore the record.',
          ),
        );
      } else {
        summary = 'on';
        findings.push(
          finding(
            'mta-sts-ok',
            'ok',
            opts.fetchMtaStsPolicy
              ? `MTA-STS record: id=${id}`
              : `MTA-STS record: id=${id} (the policy at https://mta-sts.${domain}/.well-known/mta-sts.txt was not fetched)`,
          ),
        );
        if (opts.fetchMtaStsPolicy) {
          const read = await readMtaStsPolicy(domain, withDeadline(opts.fetchMtaStsPolicy, opts));
          findings.push(...read.findings);
          summary = read.summary;
          policy = read.policy;
        }
      }
    }
  }
  if (!isAnswered(rpt)) failures.push(rpt as LookupFailed);
  else {
    const records = recordsOf(rpt.status === 'ok' ? rpt.records : [], 'TLSRPTv1');
    const name = `_smtp._tls.${domain}`;
    if (records.length === 0) {
      findings.push(
        finding(
          'tls-rpt-missing',
          'info',
          `No TLS-RPT record (${name}): senders cannot report TLS failures to you. Optional; publish ` +
            `"v=TLSRPTv1; rua=mailto:tls-reports@${domain}".`,
        ),
      );
    } else if (records.length > 1) {
      findings.push(
        finding(
          'tls-rpt-invalid',
          'fail',
          `${name} has ${records.length} TLS-RPT records: keep one (RFC 8460 §3).`,
        ),
      );
    } else {
      const record = records[0] as string;
      const rua = parseTags(record).get('rua');
      const uris = (rua ?? '').split(',').map((u) => u.trim());
      const valid =
        rua !== undefined && uris.every((u) => /^mailto:[^\s@]+@[^\s@]+$|^https:\/\/\S+$/i.test(u));
      findings.push(
        valid
          ? finding('tls-rpt-ok', 'ok', `TLS-RPT record: reports to ${uris.join(', ')}`)
          : finding(
              'tls-rpt-invalid',
              'fail',
              `The TLS-RPT record "${record}" has ${rua === undefined ? 'no rua' : `an invalid rua "${rua}"`}: use ` +
                'rua=mailto:ADDRESS or rua=https://URL. Senders ignore the record.',
            ),
      );
    }
  }
  return { findings, summary, failures, policy };
}

/** The fetch gives up with the rest of the check when the deadline passes. */
function withDeadline(
  fetchPolicy: (domain: string) => Promise<string>,
  { deadline }: AuthCheckOptions,
): (domain: string) => Promise<string> {
  return (domain) =>
    new Promise<string>((resolve, reject) => {
      const expire = () => reject(new Error(`no answer within the check's ${deadline.ms / 1000} s`));
      if (deadline.signal.aborted) return expire();
      deadline.signal.addEventListener('abort', expire, { once: true });
      fetchPolicy(domain).then(
        (text) => {
          deadline.signal.removeEventListener('abort', expire);
          resolve(text);
        },
        (err: unknown) => {
          deadline.signal.removeEventListener('abort', expire);
          reject(err);
        },
      );
    });
}

/** The TXT records (their strings joined) that open with `v=VERSION`. */
export function recordsOf(txt: string[][], version: string): string[] {
  const v = new RegExp(`^v=${version}\\s*(;|$)`, 'i');
  return txt.map((parts) => parts.join('').trim()).filter((r) => v.test(r));
}
