import { getDomain } from 'tldts';
import { toAsciiName } from '../../dns/names.js';
import { parseIp } from '../../dns/reverse-name.js';
import {
  DNSBL_ZONES,
  type DnsblZone,
  findZone,
  REQUEST_ONLY_ZONES,
  unknownZone,
} from '../../knowledge/dnsbl-zones.js';
import { type AddressScope, addressScope, describeScope } from '../../net/address-scope.js';
import type { ZoneResult } from '../../report/types.js';
import { type BlacklistFinding, finding } from './codes.js';
import { ordered, resultFindings } from './findings.js';
import { mailHostAddresses } from './mail-hosts.js';
import { isIpv6, reversedIp } from './query-name.js';
import { createZoneQuerier } from './query-zone.js';
import type { BlacklistCheck, BlacklistCheckOptions, MailHostAddress } from './types.js';

/**
 * `/blacklist IP|DOMAIN`: an IP on the IP lists; a domain on the domain lists, and its mail hosts'
 * addresses on the IP lists. Every list is asked in parallel under one deadline, each result reported
 * through `onResult` as it comes. An answer is a listing only when the list's own codes say so: error
 * codes, answers outside 127.0.0.0/8, failures and lists that list everything give `listed: null`.
 */
export async function checkBlacklist(
  rawTarget: string,
  opts: BlacklistCheckOptions,
): Promise<BlacklistCheck> {
  const ip = parseIp(rawTarget);
  const kind = ip ? 'ip' : 'domain';
  const target = ip
    ? rawTarget
        .trim()
        .replace(/^\[|\]$/g, '')
        .toLowerCase()
    : toAsciiName(rawTarget);
  const known = opts.known ?? DNSBL_ZONES;
  const explicit = opts.zones !== undefined && opts.zones.length > 0;
  const selected: DnsblZone[] = explicit
    ? [...new Set((opts.zones ?? []).map((z) => z.toLowerCase().replace(/\.$/, '')))].map(
        (z) => findZone(known, z) ?? findZone(REQUEST_ONLY_ZONES, z) ?? unknownZone(z, kind),
      )
    : known.filter((z) => z.dead === undefined);
  const results: ZoneResult[] = [];
  const emit = (raw: ZoneResult) => {
    // One key order for every result, as the README shows it.
    const { zone, list, target: about, listed, status, answer, meaning, reason, delist } = raw;
    const r: ZoneResult = { zone, list, target: about, listed, status, answer, meaning, reason, delist };
    results.push(r);
    opts.onResult?.(r);
  };
  const check: BlacklistCheck = {
    target,
    kind,
    public: true,
    mailHosts: [],
    results,
    findings: [],
    notes: [],
  };

  for (const z of selected.filter((e) => e.dead !== undefined)) {
    emit({
      zone: z.zone,
      list: z.name,
      target,
      listed: null,
      status: 'dead',
      answer: null,
      meaning: null,
      reason: z.dead ?? 'a dead list',
      delist: null,
    });
  }
  const live = selected.filter((e) => e.dead === undefined);
  const querier = createZoneQuerier(opts);
  const ask = (zone: DnsblZone, about: string, label: string) => querier.query(zone, about, label).then(emit);
  const extra: BlacklistFinding[] = [];

  if (ip) {
    const scope = addressScope(target);
    if (!askable(scope)) {
      check.public = false;
      extra.push(
        finding(
          'not-public',
          'info',
          `${target} is ${describeScope(scope)}: blocklists list only public addresses, so asking them is ` +
            'pointless. If mail is refused because of this address, look at the public address your mail ' +
            'leaves from (the first "Received:" header added outside your network).',
        ),
      );
    } else {
      if (scope === 'reserved') extra.push(reservedFinding(target));
      const zones = live.filter((z) => explicit || z.kind === 'ip');
      await askIp(target, zones, explicit, ask, check);
    }
  } else {
    const domainZones = live.filter((z) => z.kind === 'domain');
    const ipZones = live.filter((z) => z.kind === 'ip');
    // Domain lists hold registered domains (SURBL and URIBL only those): a host name is asked as its
    // registered domain too, or "not listed" would be said of a name the lists never hold.
    const registered = registeredDomainOf(target);
    if (registered !== target) check.registeredDomain = registered;
    const domainTargets = check.registeredDomain ? [check.registeredDomain, target] : [target];
    const domainAsked = Promise.all(
      domainZones.flatMap((z) => domainTargets.map((name) => ask(z, name, name))),
    );
    if (ipZones.length > 0) {
      const hosts = await mailHostAddresses(target, opts.dns, opts.deadline);
      check.mailHosts = hosts.addresses;
      extra.push(...mailHostFindings(target, hosts));
      const asked = hosts.addresses.filter((a) => askable(a.scope));
      await Promise.all(asked.map((a) => askIp(a.ip, ipZones, explicit, ask, check)));
    }
    await domainAsked;
  }
  // Results arrive in any order; report them in the lists' order, target by target.
  const order = new Map(selected.map((z, i) => [z.zone, i]));
  const targets = [target, check.registeredDomain, ...check.mailHosts.map((a) => a.ip)];
  results.sort(
    (x, y) =>
      targets.indexOf(x.target) - targets.indexOf(y.target) ||
      (order.get(x.zone) ?? 0) - (order.get(y.zone) ?? 0),
  );
  check.findings = ordered([...resultFindings(check, selected), ...extra]);
  return check;
}

/** "www.shop.example.co.uk" → "example.co.uk" by the public suffix list; undefined for an IP or a suffix. */
function registeredDomainOf(name: string): string | undefined {
  return getDomain(name) ?? undefined;
}

/**
 * Public addresses are asked; so are reserved ones (documentation ranges such as 203.0.113.0/24), which
 * real lists never hold but test and lab lists do. Private, loopback and the like are not.
 */
function askable(scope: AddressScope): boolean {
  return scope === 'public' || scope === 'reserved';
}

function reservedFinding(what: string): BlacklistFinding {
  return finding(
    'not-public',
    'info',
    `${what} is ${describeScope('reserved')}: public blocklists do not list such addresses; asked anyway.`,
  );
}

async function askIp(
  ip: string,
  zones: readonly DnsblZone[],
  explicit: boolean,
  ask: (zone: DnsblZone, about: string, label: string) => Promise<void>,
  check: BlacklistCheck,
): Promise<void> {
  const label = reversedIp(ip) as string;
  const v6 = isIpv6(ip);
  const asked = v6 && !explicit ? zones.filter((z) => z.ipv6 === true) : zones;
  const skipped = zones.length - asked.length;
  if (skipped > 0) {
    const note = `${skipped} of the lists hold IPv4 addresses only and were not asked about IPv6 addresses.`;
    if (!check.notes.includes(note)) check.notes.push(note);
  }
  await Promise.all(asked.map((z) => ask(z, ip, label)));
}

function mailHostFindings(domain: string, hosts: Awaited<ReturnType<typeof mailHostAddresses>>) {
  if (hosts.nullMx) {
    return [
      finding(
        'mail-hosts',
        'info',
        `${domain} publishes a null MX (MX 0 .): it has no mail hosts, so only the domain lists were asked.`,
      ),
    ];
  }
  if (hosts.problem !== null) {
    return [
      finding(
        'mail-hosts-unknown',
        'warn',
        `The IP lists were not asked about ${domain}'s mail hosts: ${hosts.problem}.`,
      ),
    ];
  }
  const byHost = new Map<string, MailHostAddress[]>();
  for (const a of hosts.addresses) byHost.set(a.host, [...(byHost.get(a.host) ?? []), a]);
  const listed = [...byHost].map(([host, as]) => `${host} (${as.map((a) => a.ip).join(', ')})`).join('; ');
  const out = [
    finding(
      'mail-hosts',
      'info',
      `${domain}'s mail ${hosts.implicit ? 'host (no MX records: its own address)' : byHost.size === 1 ? 'host' : 'hosts'}, ` +
        `checked on the IP lists: ${listed}`,
    ),
  ];
  for (const a of hosts.addresses) {
    if (a.scope === 'reserved') out.push(reservedFinding(`${a.ip} (${a.host})`));
    else if (!askable(a.scope)) {
      out.push(
        finding(
          'not-public',
          'info',
          `${a.ip} (${a.host}) is ${describeScope(a.scope)}: blocklists do not list it, so it was not asked.`,
        ),
      );
    }
  }
  return out;
}
