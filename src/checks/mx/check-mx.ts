import type { LookupFailed } from '../../dns/lookup-result.js';
import { toAsciiName } from '../../dns/names.js';
import type { MxRecord } from '../../dns/resolver.js';
import { isPublicAddress } from '../../net/address-scope.js';
import { finding, type MxFinding } from './codes.js';
import { failureFindings, hostFindings, lookupFailedFinding } from './host-findings.js';
import { inspectHost } from './inspect-host.js';
import { pickMxHosts } from './pick-mx-hosts.js';
import { suggestDomain } from './suggest-domain.js';
import type { MxCheck, MxCheckOptions, MxHost, MxVerdict } from './types.js';
import { hostLabel, list, plural } from './wording.js';

/** MX hosts looked at; the rest are listed in a note. */
const MAX_HOSTS = 10;

/**
 * `/mx DOMAIN`: the MX records in preference order, each host's addresses, their reverse DNS and
 * forward confirmation, judged against RFC 5321 §5.1 and RFC 7505. Network trouble never throws: it
 * becomes findings. Every lookup runs under `deadline`.
 */
export async function checkMx(domain: string, opts: MxCheckOptions): Promise<MxCheck> {
  const name = toAsciiName(domain);
  const mx = await opts.dns.mx(name, opts.deadline);
  const base = { domain: name, hosts: [] as MxHost[], notes: [] as string[] };
  switch (mx.status) {
    case 'ok':
      return withMxRecords(name, mx.records, opts);
    case 'nodata':
      return implicitMx(name, opts);
    case 'nxdomain': {
      const suggestion = suggestDomain(name);
      return {
        ...base,
        verdict: { kind: 'not-found', suggestion },
        findings: [
          finding(
            'domain-not-found',
            'fail',
            `${hostLabel(name)} does not exist (NXDOMAIN): mail to it bounces with "Host or domain name ` +
              `not found" (5.1.2).${suggestion ? ` Did you mean ${suggestion}?` : ' Check the spelling of the address.'}`,
          ),
        ],
      };
    }
    default:
      return {
        ...base,
        verdict: { kind: 'lookup-failed', failure: mx },
        findings: [lookupFailedFinding(name, mx)],
      };
  }
}

async function withMxRecords(domain: string, records: MxRecord[], opts: MxCheckOptions): Promise<MxCheck> {
  const { hosts: checked, ordered: real, hasNullMx } = pickMxHosts(records, MAX_HOSTS);
  if (real.length === 0) {
    return {
      domain,
      hosts: [],
      notes: [],
      verdict: { kind: 'null-mx' },
      findings: [
        finding(
          'null-mx',
          'fail',
          `${hostLabel(domain)} publishes a null MX (MX 0 .): it accepts no mail (RFC 7505). Mail to it ` +
            "fails at once with 556 5.1.10, and mail from it is often refused with 550 5.7.27. This is the owner's choice; " +
            'if the domain should receive mail, replace it with MX records naming the mail servers.',
        ),
      ],
    };
  }
  const hosts = await Promise.all(checked.map((r) => inspectHost(r.exchange, r.priority, opts)));
  const notes =
    real.length > checked.length
      ? [`Only the first ${checked.length} of ${real.length} MX hosts were checked.`]
      : [];
  const findings: MxFinding[] = [];
  if (hasNullMx) {
    findings.push(
      finding(
        'null-mx-mixed',
        'warn',
        `${hostLabel(domain)} has a null MX (MX 0 .) beside other MX records: RFC 7505 allows it only alone, and ` +
          'senders may treat it as a broken record. Remove the null MX if the domain receives mail.',
      ),
    );
  }
  const verdict = verdictForHosts(hosts);
  const noneLeft = verdict.kind !== 'accepts';
  findings.push(...hosts.flatMap((h) => hostFindings(h, { noneLeft })));
  findings.push(...privacyFindings(domain, hosts), ...ipv6OnlyFindings(domain, hosts));
  findings.push(...failureFindings(hosts));
  const lead =
    verdict.kind === 'accepts'
      ? [
          finding(
            'mx-ok',
            'ok',
            `${hostLabel(domain)} has ${plural(real.length, 'MX host')}${
              real.length > 1 ? ', in the order senders try them' : ''
            }: ${real.map((r) => `${r.priority} ${hostLabel(r.exchange)}`).join(', ')}`,
          ),
        ]
      : [];
  return { domain, hosts, notes, verdict, findings: ordered([...lead, ...findings]) };
}

/** No MX records: RFC 5321 §5.1 says the domain's own A/AAAA address is the mail host. */
async function implicitMx(domain: string, opts: MxCheckOptions): Promise<MxCheck> {
  const host = await inspectHost(domain, 0, opts, true);
  const ips = host.addresses.map((a) => a.ip);
  if (ips.length > 0) {
    const findings: MxFinding[] = [
      finding(
        'implicit-mx',
        'warn',
        `${hostLabel(domain)} has no MX records: senders fall back to its own address ${list(ips)} (RFC 5321 §5.1). ` +
          'That works only if a mail server listens there; publish an MX record if the domain receives ' +
          'mail, or a null MX (MX 0 .) if it does not.',
      ),
      ...hostFindings(host, { noneLeft: false }),
      ...privacyFindings(domain, [host]),
      ...failureFindings([host]),
    ];
    const verdict: MxVerdict = host.addresses.every((a) => !isPublicAddress(a.ip))
      ? { kind: 'private' }
      : { kind: 'implicit', addresses: ips };
    return { domain, hosts: [host], notes: [], verdict, findings: ordered(findings) };
  }
  if (host.noAddress) {
    return {
      domain,
      hosts: [],
      notes: [],
      verdict: { kind: 'no-mail-host' },
      findings: [
        finding(
          'no-mail-host',
          'fail',
          `${hostLabel(domain)} exists but has no MX records and no A/AAAA address: it cannot receive mail. Add MX ` +
            'records naming the mail servers, or a null MX (MX 0 .) to say it receives none.',
        ),
      ],
    };
  }
  const failure = host.failures[0] as LookupFailed;
  return {
    domain,
    hosts: [],
    notes: [],
    verdict: { kind: 'lookup-failed', failure },
    findings: [
      lookupFailedFinding(
        domain,
        failure,
        `${hostLabel(domain)} has no MX records, and looking up its address failed`,
      ),
    ],
  };
}

function usable(h: MxHost): boolean {
  return !h.ipLiteral && h.addresses.length > 0;
}

function verdictForHosts(hosts: MxHost[]): MxVerdict {
  const reachable = hosts.filter(usable);
  if (reachable.length > 0) {
    if (reachable.every((h) => h.addresses.every((a) => !isPublicAddress(a.ip)))) return { kind: 'private' };
    return { kind: 'accepts', hosts: reachable.map((h) => h.name) };
  }
  // No host has an address: either they have none, or lookups failed and we cannot tell.
  const unknown = hosts.filter((h) => !h.ipLiteral && !h.noAddress);
  if (unknown.length > 0) return { kind: 'unresolved', hosts: hosts.length };
  return { kind: 'no-usable-host', hosts: hosts.length };
}

/** Hosts reachable only on private, loopback or reserved addresses. */
function privacyFindings(domain: string, hosts: MxHost[]): MxFinding[] {
  const withAddresses = hosts.filter(usable);
  const inside = withAddresses.filter((h) => h.addresses.every((a) => !isPublicAddress(a.ip)));
  if (inside.length === 0) return [];
  const detail = inside.map(
    (h) => `${hostLabel(h.name)}: ${list(h.addresses.map((a) => `${a.ip} (${a.scope})`))}`,
  );
  if (inside.length === withAddresses.length) {
    return [
      finding(
        'mx-private-address',
        'fail',
        `${hostLabel(domain)}'s mail ${inside.length === 1 ? 'host has' : 'hosts have'} only private, loopback or ` +
          `reserved addresses (${detail.join('; ')}): mail from the internet cannot reach it. ` +
          'Publish the public address of the mail server.',
      ),
    ];
  }
  return inside.map((h, i) =>
    finding(
      'mx-partly-private',
      'warn',
      `MX ${h.priority} ${detail[i]}: only private, loopback or reserved addresses, so senders on the ` +
        'internet skip it and try the other MX hosts (after a delay). Publish its public address or remove it.',
    ),
  );
}

/**
 * Every MX host reachable on public IPv6 only: senders with only IPv4 (still many mail servers) cannot deliver.
 * Not said when a host's address lookup failed: its A record may exist.
 */
function ipv6OnlyFindings(domain: string, hosts: MxHost[]): MxFinding[] {
  const reachable = hosts.filter(usable);
  if (reachable.length === 0 || hosts.some((h) => h.failures.length > 0)) return [];
  const publicIps = reachable.flatMap((h) => h.addresses.map((a) => a.ip)).filter(isPublicAddress);
  if (publicIps.length === 0 || publicIps.some((ip) => !ip.includes(':'))) return [];
  return [
    finding(
      'mx-ipv6-only',
      'warn',
      `${hostLabel(domain)}'s mail ${reachable.length === 1 ? 'host has' : 'hosts have'} only IPv6 addresses (no A ` +
        'record): senders with only IPv4, still many mail servers, cannot deliver to it. Add an A record for the ' +
        'mail host.',
    ),
  ];
}

const SEVERITY_RANK = { fail: 0, warn: 1, ok: 2, info: 3 } as const;

/** The verdict's finding first, then failures, warnings, and the per-host details last. */
function ordered(findings: MxFinding[]): MxFinding[] {
  const lead = findings.filter((f) => f.severity === 'ok');
  const rest = findings.filter((f) => f.severity !== 'ok');
  return [...lead, ...rest.sort((x, y) => SEVERITY_RANK[x.severity] - SEVERITY_RANK[y.severity])];
}
