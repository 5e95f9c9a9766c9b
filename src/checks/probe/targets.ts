import { isIP } from 'node:net';
import type { Deadline } from '../../dns/deadline.js';
import type { LookupFailed } from '../../dns/lookup-result.js';
import type { DnsClient, MxRecord } from '../../dns/resolver.js';
import { sameIp } from '../../dns/reverse-name.js';
import { pickMxHosts } from '../mx/pick-mx-hosts.js';
import type { ProbeHost } from './types.js';

/** MX hosts tried at most, and addresses per host: enough for any sane setup, bounded for the odd one. */
export const MAX_HOSTS = 5;
const MAX_ADDRESSES_PER_HOST = 2;

/**
 * The IPv4 address a legacy numeric host denotes, as inet_aton() and so ping, curl and getaddrinfo
 * read it: `127.1`, `2130706433`, `0x7f.0.0.1`, `0177.0.0.1` are all 127.0.0.1. The probe connects to
 * (and judges) that address, rather than asking DNS about a name no TLD can hold. null: not numeric.
 */
export function legacyIpv4(host: string): string | null {
  const parts = host.split('.');
  if (parts.length > 4) return null;
  const values: number[] = [];
  for (const part of parts) {
    if (/^0x[0-9a-f]{1,8}$/i.test(part)) values.push(Number.parseInt(part.slice(2), 16));
    else if (/^0[0-7]{0,11}$/.test(part)) values.push(Number.parseInt(part, 8));
    else if (/^[1-9]\d{0,9}$/.test(part)) values.push(Number(part));
    else return null;
  }
  const last = values.pop() as number;
  if (values.some((v) => v > 255) || last >= 256 ** (4 - values.length)) return null;
  const bytes = [...values];
  for (let i = 3 - values.length; i >= 0; i--) bytes.push(Math.floor(last / 256 ** i) % 256);
  return bytes.join('.');
}

/** `HOST[:PORT]` split: `[2001:db8::1]:2525`, `192.0.2.1:25`, `mx.example.org`, a bare IPv6 address. */
function parseHostPort(raw: string): { host: string; port: number | null } {
  const split = splitHostPort(raw);
  return { ...split, host: legacyIpv4(split.host) ?? split.host };
}

function splitHostPort(raw: string): { host: string; port: number | null } {
  const s = raw.trim();
  const v6 = /^\[([^\]]+)\](?::(\d{1,5}))?$/.exec(s);
  if (v6) return { host: (v6[1] as string).toLowerCase(), port: v6[2] ? Number(v6[2]) : null };
  if (isIP(s) === 6) return { host: s.toLowerCase(), port: null };
  const m = /^([^:]+):(\d{1,5})$/.exec(s);
  if (m) return { host: (m[1] as string).toLowerCase(), port: Number(m[2]) };
  return { host: s.toLowerCase(), port: null };
}

/** What the probe asks for and where: the RCPT TO address, and either a host or a domain's MX. */
export interface ProbePlan {
  /** As the user gave it (for the JSON `target`). */
  target: string;
  recipient: string;
  /** A host given by the user (`--host`, or a HOST[:PORT]/IP target); null: the domain's MX hosts. */
  host: { host: string; port: number | null } | null;
  /** The domain whose MX hosts are tried when no host is given. */
  domain: string;
  /** The host came from --host: an acceptance of a foreign domain there is an open relay. */
  viaHostOption: boolean;
}

/**
 * An address probes that mailbox; a domain probes postmaster@domain (every domain must have one,
 * RFC 5321 §4.5.1); an IP or HOST:PORT target probes postmaster at that host.
 */
export function planProbe(target: string, host: string | undefined): ProbePlan {
  const given = host !== undefined ? parseHostPort(host) : null;
  if (target.includes('@')) {
    const domain = target.slice(target.lastIndexOf('@') + 1);
    return { target, recipient: target, host: given, domain, viaHostOption: given !== null };
  }
  const asHost = parseHostPort(target);
  const isHostTarget = isIP(asHost.host) !== 0 || asHost.port !== null;
  if (isHostTarget && !given) {
    const domain = isIP(asHost.host) !== 0 ? `[${asHost.host}]` : asHost.host;
    return { target, recipient: `postmaster@${domain}`, host: asHost, domain, viaHostOption: false };
  }
  return {
    target,
    recipient: `postmaster@${asHost.host}`,
    host: given,
    domain: asHost.host,
    viaHostOption: given !== null,
  };
}

/** Why no host could be found to talk to. */
export type HostsProblem =
  | { kind: 'null-mx' }
  | { kind: 'domain-not-found' }
  | { kind: 'no-mail-host' }
  | { kind: 'dns-failure'; failure: LookupFailed };

export type HostsFound =
  | { ok: true; hosts: ProbeHost[]; implicit: boolean }
  | { ok: false; problem: HostsProblem };

/** The hosts to try in order: the given host, or the domain's MX hosts by preference (RFC 5321 §5.1). */
export async function findHosts(
  plan: ProbePlan,
  defaultPort: number,
  dns: DnsClient,
  deadline: Deadline,
): Promise<HostsFound> {
  if (plan.host) {
    const port = plan.host.port ?? defaultPort;
    const addresses = await addressesOf(plan.host.host, dns, deadline);
    if (!Array.isArray(addresses)) return { ok: false, problem: addresses };
    return { ok: true, implicit: false, hosts: [{ name: plan.host.host, priority: null, addresses, port }] };
  }
  const mx = await dns.mx(plan.domain, deadline);
  let names: { name: string; priority: number }[];
  let implicit = false;
  if (mx.status === 'ok') {
    names = tried(mx.records).map((r) => ({ name: r.exchange, priority: r.priority }));
    if (names.length === 0) return { ok: false, problem: { kind: 'null-mx' } };
  } else if (mx.status === 'nodata') {
    // No MX: the domain's own address is its mail host (implicit MX).
    names = [{ name: plan.domain, priority: 0 }];
    implicit = true;
  } else if (mx.status === 'nxdomain') {
    return { ok: false, problem: { kind: 'domain-not-found' } };
  } else {
    return { ok: false, problem: { kind: 'dns-failure', failure: mx } };
  }
  const found = await Promise.all(names.map((n) => addressesOf(n.name, dns, deadline)));
  const hosts: ProbeHost[] = names.map((n, i) => {
    const addresses = found[i];
    return {
      name: n.name,
      priority: n.priority,
      addresses: Array.isArray(addresses) ? addresses : [],
      port: defaultPort,
    };
  });
  if (hosts.every((h) => h.addresses.length === 0)) {
    const failed = found.find(
      (f): f is Extract<HostsProblem, { kind: 'dns-failure' }> =>
        !Array.isArray(f) && f.kind === 'dns-failure',
    );
    return { ok: false, problem: failed ?? { kind: 'no-mail-host' } };
  }
  return { ok: true, implicit, hosts };
}

/** The MX hosts the probe tries: by preference, the null MX (".") left out, at most MAX_HOSTS. */
function tried(records: MxRecord[]): MxRecord[] {
  return pickMxHosts(records, MAX_HOSTS).hosts;
}

/** IPv4 first (more often reachable from a bot's network), then IPv6; an IP literal is itself. */
async function addressesOf(
  name: string,
  dns: DnsClient,
  deadline: Deadline,
): Promise<string[] | HostsProblem> {
  if (isIP(name) !== 0) return [name];
  const [v4, v6] = await Promise.all([dns.a(name, deadline), dns.aaaa(name, deadline)]);
  const ips = [...(v4.status === 'ok' ? v4.records : []), ...(v6.status === 'ok' ? v6.records : [])];
  if (ips.length > 0) return ips.slice(0, MAX_ADDRESSES_PER_HOST);
  const failure = [v4, v6].find(
    (l): l is LookupFailed => l.status !== 'ok' && l.status !== 'nodata' && l.status !== 'nxdomain',
  );
  if (failure) return { kind: 'dns-failure', failure };
  return v4.status === 'nxdomain' ? { kind: 'domain-not-found' } : { kind: 'no-mail-host' };
}

/**
 * Whether a host asked with --host is one of the domain's MX hosts (by name or address): then its
 * accepting mail for the domain is its job, not relaying. null when the MX hosts could not be found.
 */
export async function isMailHostOf(
  domain: string,
  host: { name: string; ip: string },
  dns: DnsClient,
  deadline: Deadline,
): Promise<boolean | null> {
  const mx = await dns.mx(domain, deadline);
  if (mx.status !== 'ok') return null;
  const names = tried(mx.records).map((r) => r.exchange);
  if (names.includes(host.name)) return true;
  const lookups = await Promise.all(names.flatMap((n) => [dns.a(n, deadline), dns.aaaa(n, deadline)]));
  return lookups.some((l) => l.status === 'ok' && l.records.some((ip) => sameIp(ip, host.ip)));
}
