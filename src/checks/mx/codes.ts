import { type CodeTable, type FindingOf, findingFactory } from '../../report/finding-codes.js';

/**
 * Every finding code `/mx` can give: stable ids, documented in the README (a test keeps the table
 * complete). `severities` lists what the code can carry, the usual one first.
 */
export const MX_CODES = {
  'mx-ok': { severities: ['ok'], meaning: 'MX records found; the hosts in preference order' },
  'mx-host': {
    severities: ['info'],
    meaning: 'one MX host: its addresses, their PTR names, whether confirmed',
  },
  'null-mx': { severities: ['fail'], meaning: 'null MX (`MX 0 .`, RFC 7505): the domain accepts no mail' },
  'null-mx-mixed': {
    severities: ['warn'],
    meaning: 'a null MX beside other MX records, which RFC 7505 forbids',
  },
  'implicit-mx': {
    severities: ['warn'],
    meaning: "no MX records: senders use the domain's own A/AAAA address (RFC 5321 §5.1)",
  },
  'no-mail-host': {
    severities: ['fail'],
    meaning: 'no MX records and no address: the domain cannot receive mail',
  },
  'domain-not-found': {
    severities: ['fail'],
    meaning: 'the domain does not exist (NXDOMAIN), with a suggestion when it looks like a typo',
  },
  'mx-target-cname': {
    severities: ['warn'],
    meaning: 'an MX target is a CNAME (or a chain, or a loop of them), not the host itself',
  },
  'mx-target-ip-literal': { severities: ['fail'], meaning: 'an MX target is an IP address, not a host name' },
  'mx-target-no-address': {
    severities: ['warn', 'fail'],
    meaning: 'an MX target has no A/AAAA address, or does not exist (fail when no MX host is left)',
  },
  'mx-ipv6-only': {
    severities: ['warn'],
    meaning: 'every MX host has only IPv6 addresses: senders with only IPv4 cannot deliver',
  },
  'ptr-missing': { severities: ['warn'], meaning: 'an MX host address has no PTR record' },
  'ptr-not-confirmed': {
    severities: ['warn'],
    meaning: 'forward-confirmed reverse DNS fails: the PTR name does not resolve back to the address',
  },
  'mx-private-address': {
    severities: ['fail'],
    meaning: 'every MX host is in private, loopback or reserved address space: unreachable from the internet',
  },
  'mx-partly-private': {
    severities: ['warn'],
    meaning: 'some MX hosts, or some addresses of one host, are private, loopback or reserved',
  },
  'dns-servfail': {
    severities: ['fail', 'warn'],
    meaning: 'a lookup got SERVFAIL (fail when it was the MX lookup itself)',
  },
  'dns-refused': {
    severities: ['fail', 'warn'],
    meaning: 'the DNS server refused a lookup (fail when it was the MX lookup itself)',
  },
  'dns-timeout': {
    severities: ['fail', 'warn'],
    meaning: 'a lookup got no answer in time, or the check ran out of time',
  },
  'dns-error': {
    severities: ['fail', 'warn'],
    meaning: 'a lookup failed otherwise (e.g. the DNS server is unreachable)',
  },
} as const satisfies CodeTable;

export type MxCode = keyof typeof MX_CODES;

export type MxFinding = FindingOf<MxCode>;

export const finding = findingFactory(MX_CODES);
