import { unicodeName } from '../../dns/names.js';
import { DNSBL_ZONES, type DnsblZone, findZone, unknownZone } from '../../knowledge/dnsbl-zones.js';
import type { Report, ZoneResult } from '../../report/types.js';
import { listingNames } from './query-zone.js';
import type { BlacklistCheck } from './types.js';

const lists = (n: number) => (n === 1 ? '1 list' : `${n} lists`);

interface Tally {
  listed: ZoneResult[];
  answered: number;
  /** Asked, but could not tell. */
  unknown: number;
  /** Known dead: not asked. */
  dead: number;
}

function tally(results: readonly ZoneResult[]): Tally {
  const listed = results.filter((r) => r.listed === true);
  const answered = results.filter((r) => r.listed !== null).length;
  const dead = results.filter((r) => r.status === 'dead').length;
  return { listed, answered, unknown: results.length - answered - dead, dead };
}

function names(t: Tally, known: readonly DnsblZone[]): string {
  const all = t.listed.flatMap((r) => listingNames(findZone(known, r.zone) ?? unknownZone(r.zone, 'ip'), r));
  return [...new Set(all)].join(', ');
}

const couldNot = (n: number) => (n > 0 ? `; ${n} could not be checked` : '');
const deadOnes = (n: number) => (n > 0 ? `; ${n === 1 ? '1 dead list' : `${n} dead lists`} not asked` : '');

/** "203.0.113.7 is listed on 1 of 12 lists (Spamhaus XBL)" / "... is clean on 12 lists; 2 could not be checked". */
function phrase(subject: string, t: Tally, known: readonly DnsblZone[]): string {
  const rest = `${couldNot(t.unknown)}${deadOnes(t.dead)}`;
  if (t.listed.length > 0) {
    return `${subject} is listed on ${t.listed.length} of ${lists(t.answered)} (${names(t, known)})${rest}`;
  }
  if (t.answered > 0) return `${subject} is clean on ${lists(t.answered)}${rest}`;
  if (t.unknown > 0)
    return `${subject} could not be checked: none of the ${lists(t.unknown)} could tell${deadOnes(t.dead)}`;
  return `${subject} was not checked: ${t.dead === 1 ? 'the list asked for is dead' : `the ${t.dead} lists asked for are dead`}`;
}

/**
 * One result per list when a list was asked about two names (a host name and its registered domain): the
 * listing if either is listed, else an answer if either answered, else the failure.
 */
function perList(results: readonly ZoneResult[]): ZoneResult[] {
  const rank = (r: ZoneResult) => (r.listed === true ? 0 : r.listed === false ? 1 : 2);
  const best = new Map<string, ZoneResult>();
  for (const r of results) {
    const seen = best.get(r.zone);
    if (!seen || rank(r) < rank(seen)) best.set(r.zone, r);
  }
  return [...best.values()];
}

/** The verdict in one line. */
export function blacklistHeadline(check: BlacklistCheck, known: readonly DnsblZone[] = DNSBL_ZONES): string {
  const own = tally(check.results.filter((r) => r.target === check.target));
  if (check.kind === 'ip') {
    if (!check.public) return `${check.target} is not a public address: blocklists do not list it`;
    if (check.results.length === 0) return `${check.target}: no blocklist to ask`;
    return phrase(check.target, own, known);
  }
  const registered = check.registeredDomain;
  const domain = registered
    ? `${unicodeName(check.target)} (registered domain ${unicodeName(registered)})`
    : unicodeName(check.target);
  const isDomain = (r: ZoneResult) => r.target === check.target || r.target === registered;
  const hostResults = check.results.filter((r) => !isDomain(r));
  const byList = registered ? tally(perList(check.results.filter(isDomain))) : own;
  const parts: string[] = [];
  if (byList.answered + byList.unknown + byList.dead > 0) parts.push(phrase(domain, byList, known));
  if (hostResults.length > 0) {
    const ips = [...new Set(hostResults.map((r) => r.target))];
    const listedIps = ips.filter((ip) => hostResults.some((r) => r.target === ip && r.listed === true));
    const hosts = tally(hostResults);
    if (listedIps.length === 1 && ips.length === 1) {
      const ip = listedIps[0] as string;
      parts.push(phrase(`its mail host ${ip}`, tally(hostResults.filter((r) => r.target === ip)), known));
    } else if (listedIps.length > 0) {
      parts.push(
        `${listedIps.length} of its ${ips.length} mail host addresses are listed (${names(hosts, known)})`,
      );
    } else {
      const subject = ips.length === 1 ? `its mail host ${ips[0]}` : `its ${ips.length} mail host addresses`;
      parts.push(
        hosts.answered > 0
          ? `${subject} ${ips.length === 1 ? 'is' : 'are'} clean${couldNot(hosts.unknown)}`
          : `${subject} could not be checked`,
      );
    }
  }
  if (check.findings.some((f) => f.code === 'mail-hosts-unknown')) {
    parts.push('its mail hosts could not be found for the IP lists');
  }
  if (parts.length === 0) return `${domain}: no blocklist to ask`;
  return parts.join('; ');
}

export interface BlacklistReportContext {
  servers?: string[];
  known?: readonly DnsblZone[];
  /** A DQS key was used for the Spamhaus lists (never shown). */
  dqs?: boolean;
}

/** The platform-neutral answer to `/blacklist`, with every list's answer in `zones`. */
export function buildBlacklistReport(check: BlacklistCheck, ctx: BlacklistReportContext = {}): Report {
  const notes = [...check.notes];
  if (ctx.dqs) notes.push('Spamhaus lists were asked through the Data Query Service (DQS key set).');
  if (ctx.servers && ctx.servers.length > 0) notes.push(`DNS servers asked: ${ctx.servers.join(', ')}`);
  return {
    kind: 'check',
    headline: blacklistHeadline(check, ctx.known),
    records: [],
    findings: check.findings,
    notes,
    attachments: [],
    zones: check.results,
  };
}
