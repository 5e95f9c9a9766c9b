import type { DnsblZone } from '../../knowledge/dnsbl-zones.js';
import type { ZoneResult } from '../../report/types.js';
import { type BlacklistFinding, finding } from './codes.js';
import { decodeAnswer } from './decode-answer.js';
import type { BlacklistCheck } from './types.js';

const SEVERITY_RANK = { fail: 0, warn: 1, ok: 2, info: 3 } as const;

/** The findings of the lists' answers: listings first, then what could not be told, then the clean. */
export function resultFindings(check: BlacklistCheck, zones: readonly DnsblZone[]): BlacklistFinding[] {
  const zoneOf = new Map(zones.map((z) => [z.zone, z]));
  const who = (target: string) => {
    const host = check.mailHosts.find((a) => a.ip === target);
    return host ? `Mail host ${target} (${host.host})` : target;
  };
  const out: BlacklistFinding[] = [];
  for (const r of check.results) {
    if (r.status === 'listed') {
      const z = zoneOf.get(r.zone);
      const note = z?.note && !z.note.startsWith('Spamhaus does not answer') ? ` ${z.note}` : '';
      const removal = z ? removalWords(z, r) : genericRemoval(r);
      out.push(
        finding(
          'listed',
          'fail',
          `${who(r.target)} is listed on ${r.list} (${r.zone}): ${r.answer} — ${r.meaning}.${note}${removal}`,
        ),
      );
    } else if (r.status === 'good-reputation') {
      out.push(
        finding(
          'good-reputation',
          'ok',
          `${who(r.target)} has a good reputation on ${r.list} (${r.answer}: ${r.meaning}).`,
        ),
      );
    }
  }
  // Lists that could not tell because of the resolver: one finding for them all.
  const byResolver = resolverFault(check.results);
  if (byResolver) out.push(finding('could-not-check', 'warn', byResolver.message));
  // Lists that could not tell: one finding per list and kind of failure, naming the targets.
  const groups = new Map<string, ZoneResult[]>();
  for (const r of check.results) {
    if (r.listed !== null || r.status === 'dead') continue;
    if (byResolver?.statuses.has(r.status)) continue;
    const key = `${r.zone} ${r.status}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  for (const rs of groups.values()) {
    const first = rs[0] as ZoneResult;
    const targets = rs.map((r) => r.target).join(', ');
    if (first.status === 'wildcard') {
      out.push(
        finding('wildcard-zone', 'warn', `Not trusted: ${first.zone} (${first.list}) — ${first.reason}`),
      );
    } else {
      out.push(
        finding('could-not-check', 'warn', `Could not check ${targets} on ${first.zone}: ${first.reason}`),
      );
    }
  }
  for (const r of check.results.filter((x) => x.status === 'dead')) {
    out.push(finding('dead-zone', 'info', `${r.zone} (${r.list}) was not asked: ${r.reason}`));
  }
  const targets = [...new Set(check.results.map((r) => r.target))];
  for (const t of targets) {
    const clean = check.results.filter(
      (r) => r.target === t && (r.status === 'not-listed' || r.status === 'neutral-reputation'),
    );
    if (clean.length === 0) continue;
    const names = clean.map((r) => (r.status === 'neutral-reputation' ? `${r.list} (neutral)` : r.list));
    out.push(
      finding(
        'not-listed',
        'ok',
        `${who(t)} is not listed on ${clean.length === 1 ? '1 list' : `${clean.length} lists`}: ${names.join(', ')}`,
      ),
    );
  }
  return out;
}

function genericRemoval(r: ZoneResult): string {
  return r.delist
    ? ` Find and stop what sent spam first, then ask for removal at ${r.delist}.`
    : ' Find and stop what sent spam first, then ask the list for removal.';
}

/**
 * What to do about a listing: the listing codes' own advice (a policy list, a listing of the whole
 * network), and "stop the spam, then ask for removal" for the codes without one.
 */
function removalWords(zone: DnsblZone, r: ZoneResult): string {
  const codes =
    r.answer === null ? [] : decodeAnswer(zone, r.answer.split(', ')).filter((c) => c.kind === 'listed');
  const advice = [...new Set(codes.map((c) => c.advice).filter((a): a is string => a !== null))];
  if (advice.length === 0) return genericRemoval(r);
  const rest = codes.some((c) => c.advice === null)
    ? genericRemoval(r)
    : r.delist
      ? ` Look it up at ${r.delist}.`
      : '';
  return ` ${advice.join(' ')}${rest}`;
}

/** Answers that say more about the resolver than about the list when every list gives them. */
const RESOLVER_STATUSES: ReadonlySet<ZoneResult['status']> = new Set([
  'not-a-code',
  'wildcard',
  'test-point-missing',
]);
/** Fewer lists than this failing alike may be the lists' own trouble. */
const RESOLVER_MIN_LISTS = 3;

/**
 * When every list asked (at least 3) failed in a way a resolver causes (answers outside 127.0.0.0/8,
 * "listed" for names no list lists, no answer for the lists' own test points), the resolver is the fault,
 * not the lists: one finding says so and what to do, instead of one per list blaming each list.
 */
function resolverFault(
  results: readonly ZoneResult[],
): { message: string; statuses: ReadonlySet<ZoneResult['status']> } | null {
  // A listing passed on unchanged does not clear the resolver: rewriting resolvers touch only "no such
  // name" answers. Every other answer must have failed alike.
  const asked = results.filter((r) => r.status !== 'dead' && r.listed !== true);
  const zones = new Set(asked.map((r) => r.zone));
  if (zones.size < RESOLVER_MIN_LISTS || !asked.every((r) => RESOLVER_STATUSES.has(r.status))) return null;
  const statuses = new Set(asked.map((r) => r.status));
  const someListed = results.some((r) => r.listed === true);
  const count = `${zones.size} lists`;
  const noListing = someListed
    ? 'The listings above came through as real list answers.'
    : 'Nothing here says the address is listed.';
  const fix =
    'Use a resolver that passes DNS answers through unchanged: your own recursive resolver (unbound, BIND, ' +
    'or the mail server’s own), with --resolver or MAILMEDIC_RESOLVERS, then check again.';
  let why: string;
  if (statuses.size === 1 && statuses.has('not-a-code')) {
    const answers = [...new Set(asked.map((r) => r.answer).filter((a): a is string => a !== null))].slice(
      0,
      3,
    );
    why =
      `The DNS resolver answered ${someListed ? 'the other' : 'every'} blocklist question with an address outside 127.0.0.0/8 (${answers.join(', ')}), ` +
      'which no list ever answers: it rewrites "no such name" into an address of its own (ISP ad or search ' +
      `redirection, or a filtering DNS service), so ${count} could not be read. ${noListing}`;
  } else if (statuses.size === 1 && statuses.has('wildcard')) {
    why =
      `Every one of the ${count} answered "listed" for names no list lists (its test point 127.0.0.1, a random ` +
      'name): the lists are not all broken at once, the DNS resolver answers every name itself (a catch-all, ' +
      `a sinkhole or a filtering DNS), so none of their answers can be trusted. ${noListing}`;
  } else if (statuses.size === 1 && statuses.has('test-point-missing')) {
    why =
      `None of the ${count} answered for its own test point (127.0.0.2 or the list's test name, always ` +
      'listed): the DNS resolver does not pass blocklist questions on (it filters them, or the lists refuse ' +
      'it), so "not listed" cannot be trusted from any of them.';
  } else {
    why =
      `None of the ${count} gave a usable answer through this DNS resolver (answers outside 127.0.0.0/8, ` +
      '"listed" for names no list lists, or no answer for their test points): the resolver rewrites or filters ' +
      'blocklist answers, so none of them can be trusted.';
  }
  return { message: `${why} ${fix}`, statuses };
}

/** Failures first, then warnings, the clean lists, and details last (stable within a severity). */
export function ordered(findings: BlacklistFinding[]): BlacklistFinding[] {
  return [...findings].sort((x, y) => SEVERITY_RANK[x.severity] - SEVERITY_RANK[y.severity]);
}
