import {
  describeFailure,
  type FailureStatus,
  isAnswered,
  type LookupFailed,
} from '../../dns/lookup-result.js';
import { describeScope } from '../../net/address-scope.js';
import { finding, type MxCode, type MxFinding } from './codes.js';
import type { HostAddress, MxHost } from './types.js';
import { capitalise, hostLabel, list } from './wording.js';

/** How a host is named in a sentence: "MX 10 mx1.example.org", or the domain for an implicit MX. */
function hostTitle(h: MxHost): string {
  return h.implicit ? `${hostLabel(h.name)} (implicit MX)` : `MX ${h.priority} ${hostLabel(h.name)}`;
}

function describeAddress(a: HostAddress): string {
  switch (a.reverse.status) {
    case 'confirmed':
      return `${a.ip} (PTR ${list(a.reverse.names.map(hostLabel))}, confirmed)`;
    case 'not-confirmed':
      return `${a.ip} (PTR ${list(a.reverse.names.map(hostLabel))}, not confirmed)`;
    case 'missing':
      return `${a.ip} (no PTR)`;
    case 'skipped':
      return `${a.ip} (${describeScope(a.scope)})`;
    case 'unknown':
      return `${a.ip} (PTR unknown: lookup failed)`;
  }
}

/** The info line for one host: what it is and where it points. */
function hostLine(h: MxHost): MxFinding {
  const title = h.cnameLoop
    ? `${hostTitle(h)} (CNAME loop)`
    : h.cnameTarget
      ? `${hostTitle(h)} → ${hostLabel(h.cnameTarget)}`
      : hostTitle(h);
  let what: string;
  if (h.ipLiteral) what = 'an IP address, not a host name';
  else if (h.addresses.length > 0) {
    what = list(h.addresses.map(describeAddress));
    if (h.addressCount) {
      what += ` (${h.addressCount} addresses; the first ${h.addresses.length} checked)`;
    }
    if (h.localhost) what += ' — localhost: every sender would deliver to itself';
    if (h.addresses.every((a) => a.family === 6)) {
      what += ' — IPv6 only (no A record): senders with only IPv4 cannot reach this host';
    }
  } else if (h.nameMissing) what = 'does not exist';
  else if (h.noAddress) what = 'no address';
  else what = 'addresses unknown (lookup failed)';
  return finding('mx-host', 'info', `${title}: ${what}`);
}

/**
 * The findings about one host. `noneLeft`: no MX host of the domain is usable, so a host without an
 * address is a failure rather than a warning.
 */
export function hostFindings(h: MxHost, { noneLeft }: { noneLeft: boolean }): MxFinding[] {
  const out: MxFinding[] = [];
  const name = hostLabel(h.name);
  if (h.ipLiteral) {
    out.push(
      finding(
        'mx-target-ip-literal',
        'fail',
        `MX ${h.priority} names the IP address ${h.name}, not a host name: senders look it up as a name ` +
          'and fail. Give the server a name with an A/AAAA record and point the MX at that name.',
      ),
    );
  }
  if (h.cnameLoop) {
    const chain = [h.name, ...(h.cnameVia ?? []), h.cnameTarget ?? ''].map(hostLabel).join(' → ');
    out.push(
      finding(
        'mx-target-cname',
        'warn',
        `MX ${h.priority} ${name} is a CNAME loop (${chain}): the chain never reaches an address, so senders ` +
          'cannot use this host. Replace the CNAMEs with an A/AAAA record, and point the MX at that name.',
      ),
    );
  } else if (h.cnameTarget) {
    const target = hostLabel(h.cnameTarget);
    out.push(
      finding(
        'mx-target-cname',
        'warn',
        `MX ${h.priority} ${name} is a CNAME for ${target}${
          h.cnameVia ? ` (through ${list(h.cnameVia.map(hostLabel))})` : ''
        }: an MX must name the host itself (RFC 5321 §5.1, ` +
          `RFC 2181 §10.3). Most senders cope, some defer or refuse. Point the MX at ${target}.`,
      ),
    );
  }
  if (h.noAddress && !h.ipLiteral) {
    const meant = h.nameMissing ? originAppended(h.name) : null;
    const fix = meant
      ? `The name ends in its zone twice: the zone file most likely lacks the trailing dot after ` +
        `${hostLabel(meant)}, so the zone's name was appended. Write the MX target as "${meant}." (with the final dot)`
      : h.name.startsWith('localhost.')
        ? `${name} names each sender's own machine (localhost), never a mail server on the internet: point the MX ` +
          "at the public name of the domain's mail server"
        : h.nameMissing
          ? 'Correct the MX record, or create the host'
          : 'Add its address, or remove the MX record';
    out.push(
      finding(
        'mx-target-no-address',
        noneLeft ? 'fail' : 'warn',
        `MX ${h.priority} ${name} ${h.nameMissing ? 'does not exist (NXDOMAIN)' : 'has no A or AAAA record'}: senders ${
          noneLeft ? 'cannot deliver mail at all' : 'skip it and try the other MX hosts'
        }. ${fix}.`,
      ),
    );
  }
  for (const a of h.addresses) out.push(...reverseFindings(h, a));
  out.push(hostLine(h));
  return out;
}

function reverseFindings(h: MxHost, a: HostAddress): MxFinding[] {
  const name = hostLabel(h.name);
  if (a.reverse.status === 'missing') {
    return [
      finding(
        'ptr-missing',
        'warn',
        `${a.ip} (${name}) has no PTR record: receivers that check reverse DNS refuse mail this host ` +
          `sends ("cannot find your reverse hostname"). Ask whoever runs the address (often the hosting ` +
          `provider) to set its PTR to ${name}. It does not affect mail this host receives.`,
      ),
    ];
  }
  if (a.reverse.status === 'not-confirmed') {
    const ptr = hostLabel(a.reverse.names[0] ?? '');
    const record = a.family === 4 ? 'an A' : 'an AAAA';
    return [
      finding(
        'ptr-not-confirmed',
        'warn',
        `${a.ip} (${name}) has PTR ${list(a.reverse.names.map(hostLabel))}, which does not resolve back to ` +
          `${a.ip}: forward-confirmed reverse DNS fails, and receivers that check it defer or refuse mail ` +
          `this host sends ("cannot find your hostname", 4.7.25). Give ${ptr} ${record} record with ` +
          `${a.ip}, or set the PTR to a name that has one. It does not affect mail this host receives.`,
      ),
    ];
  }
  return [];
}

/**
 * "mail.example.org.example.org" → "mail.example.org": a name whose last labels repeat the labels before them
 * (at least two, a zone's name), as a zone file line without its trailing dot makes. Null when none repeat.
 */
export function originAppended(name: string): string | null {
  const labels = name.split('.');
  for (let k = 2; 2 * k <= labels.length; k++) {
    const tail = labels.slice(-k).join('.');
    const before = labels.slice(-2 * k, -k).join('.');
    if (tail === before) return labels.slice(0, -k).join('.');
  }
  return null;
}

const FAILURE_CODE: Record<FailureStatus, MxCode> = {
  nxdomain: 'dns-error',
  nodata: 'dns-error',
  servfail: 'dns-servfail',
  refused: 'dns-refused',
  timeout: 'dns-timeout',
  error: 'dns-error',
};

const ADVICE: Record<FailureStatus, string> = {
  nxdomain: '',
  nodata: '',
  servfail:
    "Senders see the same and keep the mail queued until it is fixed: check the domain's name servers " +
    'and its DNSSEC signatures.',
  refused: '',
  timeout: "Try again; if it keeps happening, the domain's name servers (or the resolver) are down.",
  error: 'Check the resolver setting (--resolver or MAILMEDIC_RESOLVERS) and the network.',
};

/** The check could not even start: the MX lookup (or the implicit-MX address lookup) failed. */
export function lookupFailedFinding(domain: string, l: LookupFailed, prefix?: string): MxFinding {
  const sentence = describeFailure(l);
  const lead = capitalise(prefix ? `${prefix}: ${sentence}` : sentence);
  return finding(
    FAILURE_CODE[l.status],
    'fail',
    `${lead}. Whether ${hostLabel(domain)} can receive mail is unknown. ${ADVICE[l.status]}`.trim(),
  );
}

/** Lookups below the MX records that got no answer: one warning per kind, naming what is unknown. */
export function failureFindings(hosts: MxHost[]): MxFinding[] {
  const failures = hosts.flatMap((h) => [
    ...h.failures,
    ...h.addresses.flatMap((a) => (a.reverse.status === 'unknown' ? a.reverse.failures : [])),
  ]);
  const byCode = new Map<MxCode, LookupFailed[]>();
  for (const f of failures) {
    if (isAnswered(f)) continue;
    const code = FAILURE_CODE[f.status];
    byCode.set(code, [...(byCode.get(code) ?? []), f]);
  }
  return [...byCode].map(([code, fs]) => {
    const shown = fs.slice(0, 4).map(describeFailure);
    const more = fs.length > shown.length ? ` (and ${fs.length - shown.length} more)` : '';
    const first = fs[0] as LookupFailed;
    return finding(
      code,
      'warn',
      `Part of this check is incomplete: ${shown.join('; ')}${more}. ${ADVICE[first.status]}`.trim(),
    );
  });
}
