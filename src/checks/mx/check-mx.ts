import type { LookupFailed } from '../../dns/lookup-result.js';
import { toAsciiName } from '../../dns/names.js';
import type { MxRecord } from '../../dns/resolver.js';
import { isPublicAddress } from '../../net/address-scope.js';
import { finding, type MxFinding } from './codes.js';
import { failureFindings, hostFindings, lookupFailedFinding } from './host-findings.js';
import { inspectHost } from './inspect-host.js';
import { providerOfHosts, providerWords } from './mail-provider.js';
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
      return aliasAware(name, withMxRecords(name, mx.records, opts), opts);
    case 'nodata':
      return aliasAware(name, implicitMx(name, opts), opts);
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
  for (const h of hosts) {
    if (h.addressCount) {
      notes.push(
        `${hostLabel(h.name)} has ${h.addressCount} addresses; only the first ${h.addresses.length} were checked.`,
      );
    }
  }
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
  const provider = providerOfHosts(real.map((r) => r.exchange));
  const byWhom = providerWords(real);
  const lead =
    verdict.kind === 'accepts'
      ? [
          finding(
            'mx-ok',
            'ok',
            `${hostLabel(domain)} has ${plural(real.length, 'MX host')}${
              real.length > 1 ? ', in the order senders try them' : ''
            }: ${real.map((r) => `${r.priority} ${hostLabel(r.exchange)}`).join(', ')}${
              byWhom ? ` (${byWhom})` : ''
            }`,
          ),
        ]
      : [];
  return {
    domain,
    ...(provider ? { provider } : {}),
    hosts,
    notes,
    verdict,
    findings: ordered([...lead, ...findings]),
  };
}

/**
 * The check, told when the name is an alias: records that came through a CNAME at the name are another
 * domain's (RFC 5321 §5.1: senders use them). The CNAME is asked beside the check, not after it.
 */
async function aliasAware(name: string, pending: Promise<MxCheck>, opts: MxCheckOptions): Promise<MxCheck> {
  const [check, alias] = await Promise.all([pending, opts.dns.cname(name, opts.deadline)]);
  const aliasOf = alias.status === 'ok' ? alias.records[0] : undefined;
  return aliasOf ? withAlias(check, aliasOf) : check;
}

/** Says that the domain is an alias: in the lead finding when there is one, else in a note. */
function withAlias(check: MxCheck, aliasOf: string): MxCheck {
  const words = `${hostLabel(check.domain)} is an alias (CNAME) for ${hostLabel(aliasOf)}, whose MX records senders use`;
  const lead = check.findings[0];
  if (lead?.code === 'mx-ok') {
    const rest = lead.message.slice(hostLabel(check.domain).length);
    const findings = [
      { ...lead, message: `${words}; ${hostLabel(aliasOf)}${rest}` },
      ...check.findings.slice(1),
    ];
    return { ...check, aliasOf, findings };
  }
  const target = hostLabel(aliasOf);
  const note = `${hostLabel(check.domain)} is an alias (CNAME) for ${target}: senders use ${target}'s MX records, or its address when it has none.`;
  return { ...check, aliasOf, notes: [note, ...check.notes] };
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
      ...ipv6OnlyFindings(domain, [host]),
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
  const leaks = mixedScopeFindings(withAddresses);
  if (inside.length === 0) return leaks;
  const detail = inside.map(
    (h) => `${hostLabel(h.name)}: ${list(h.addresses.map((a) => `${a.ip} (${a.scope})`))}`,
  );
  if (inside.length === withAddresses.length) {
    return [
      finding(
        'mx-private-address',
        'fail',
        `${hostLabel(domain)}'s mail ${inside.length === 1 ? 'host has' : 'hosts have'} only private, loopback or ` +
          `reserved addresses (${detail.join('; ')}): mail from the internet cannot reach it.${loopbackWords(inside)} ` +
          'Publish the public address of the mail server.',
      ),
    ];
  }
  const partly = inside.map((h, i) =>
    finding(
      'mx-partly-private',
      'warn',
      `MX ${h.priority} ${detail[i]}: only private, loopback or reserved addresses, so senders on the ` +
        'internet skip it and try the other MX hosts (after a delay). Publish its public address or remove it.',
    ),
  );
  return [...partly, ...leaks];
}

/** A loopback MX makes a sender deliver to itself: Postfix bounces "mail for … loops back to myself". */
function loopbackWords(hosts: MxHost[]): string {
  if (!hosts.some((h) => h.addresses.some((a) => a.scope === 'loopback'))) return '';
  return (
    " A loopback address (localhost) is every sender's own machine: senders would deliver to themselves, and " +
    'refuse with "mail for … loops back to myself".'
  );
}

/**
 * A host with public addresses and private ones beside them, as when an internal address leaks into public DNS
 * (split horizon): senders that pick a private one wait for a timeout before trying the next address.
 */
function mixedScopeFindings(hosts: MxHost[]): MxFinding[] {
  return hosts
    .filter(
      (h) =>
        h.addresses.some((a) => isPublicAddress(a.ip)) && h.addresses.some((a) => !isPublicAddress(a.ip)),
    )
    .map((h) => {
      const inside = h.addresses.filter((a) => !isPublicAddress(a.ip)).map((a) => `${a.ip} (${a.scope})`);
      return finding(
        'mx-partly-private',
        'warn',
        `${h.implicit ? hostLabel(h.name) : `MX ${h.priority} ${hostLabel(h.name)}`} has ${list(inside)} beside its ` +
          'public address: senders that pick it wait for a timeout before trying the next address, which delays ' +
          'mail. Remove the private address from public DNS (an internal record leaked from a split-horizon setup).',
      );
    });
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
