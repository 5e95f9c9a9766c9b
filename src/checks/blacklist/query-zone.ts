import { randomBytes } from 'node:crypto';
import type { Deadline } from '../../dns/deadline.js';
import { DEADLINE_DETAIL, type Lookup } from '../../dns/lookup-result.js';
import type { DnsClient } from '../../dns/resolver.js';
import type { DnsblZone } from '../../knowledge/dnsbl-zones.js';
import type { ZoneResult } from '../../report/types.js';
import { type DecodedCode, decodeAnswer, verdictOf } from './decode-answer.js';

/** What the RFC 5782 test points say about a zone. */
export interface ZoneHealth {
  /** The zone answers "listed" for a name it must not list (127.0.0.1, a random label). */
  wildcard: string | null;
  /** The zone says its own positive test point is not listed (dead, or not answering this resolver). */
  testPointMissing: string | null;
}

export interface ZoneQuerier {
  query(zone: DnsblZone, target: string, label: string): Promise<ZoneResult>;
}

/**
 * The wildcard probe's label: random, and the same for the whole process so that repeated checks are
 * answered from the DNS cache (a wildcard zone answers any label, so one is enough).
 */
const PROCESS_LABEL = `mailmedic-${randomBytes(6).toString('hex')}`;

/**
 * Asks the lists, one zone and target at a time, each zone's health probes sent once per run (beside
 * the first query, in parallel) and shared by every target.
 */
export function createZoneQuerier(opts: {
  dns: DnsClient;
  deadline: Deadline;
  dqsKey?: string | null | undefined;
  randomLabel?: string | undefined;
}): ZoneQuerier {
  const health = new Map<string, Promise<ZoneHealth>>();
  const random = opts.randomLabel ?? PROCESS_LABEL;
  const base = (zone: DnsblZone) =>
    opts.dqsKey && zone.dqsZone ? `${opts.dqsKey}.${zone.dqsZone}` : zone.zone;

  function healthOf(zone: DnsblZone): Promise<ZoneHealth> {
    let h = health.get(zone.zone);
    if (!h) {
      h = probe(zone, base(zone), random, opts.dns, opts.deadline);
      health.set(zone.zone, h);
    }
    return h;
  }

  return {
    async query(zone, target, label) {
      const [lookup, h] = await Promise.all([
        opts.dns.a(`${label}.${base(zone)}`, opts.deadline),
        healthOf(zone),
      ]);
      return judge(zone, target, lookup, h);
    },
  };
}

async function probe(
  zone: DnsblZone,
  base: string,
  random: string,
  dns: DnsClient,
  deadline: Deadline,
): Promise<ZoneHealth> {
  const negatives = zone.kind === 'ip' ? ['1.0.0.127', random] : [`${random}.invalid`];
  const positive =
    zone.testPoint !== undefined
      ? zone.kind === 'ip'
        ? zone.testPoint.split('.').reverse().join('.')
        : zone.testPoint
      : zone.kind === 'ip'
        ? '2.0.0.127'
        : 'test';
  const [pos, ...negs] = await Promise.all(
    [positive, ...negatives].map((n) => dns.a(`${n}.${base}`, deadline)),
  );
  const says = (l: Lookup<string> | undefined) =>
    l?.status === 'ok' ? verdictOf(decodeAnswer(zone, l.records)) : null;
  const wildcardAt = negatives.find((_n, i) => {
    const v = says(negs[i]);
    return v === 'listed' || v === 'good' || v === 'neutral';
  });
  const shown = (n: string) =>
    n === '1.0.0.127' ? 'its test point 127.0.0.1' : `a random name (${n}.${zone.zone})`;
  const missing = pos?.status === 'nxdomain' || pos?.status === 'nodata';
  const testPoint = zone.kind === 'ip' ? (zone.testPoint ?? '127.0.0.2') : positive;
  return {
    wildcard: wildcardAt !== undefined ? shown(wildcardAt) : null,
    testPointMissing: missing ? testPoint : null,
  };
}

function judge(zone: DnsblZone, target: string, l: Lookup<string>, h: ZoneHealth): ZoneResult {
  const base = { zone: zone.zone, list: zone.name, target, delist: null };
  if (h.wildcard) {
    return {
      ...base,
      listed: null,
      status: 'wildcard',
      answer: l.status === 'ok' ? l.records.join(', ') : null,
      meaning: null,
      reason:
        `${zone.name} answers "listed" for ${h.wildcard}: it lists everything (a wildcard, or a dead ` +
        'list whose domain now answers every name), so its answers mean nothing. Remove it from mail server ' +
        'configurations.',
    };
  }
  switch (l.status) {
    case 'ok':
      return fromCodes(zone, base, l.records, decodeAnswer(zone, l.records));
    case 'nxdomain':
    case 'nodata':
      if (h.testPointMissing) {
        return {
          ...base,
          listed: null,
          status: 'test-point-missing',
          answer: null,
          meaning: null,
          reason:
            `${zone.name} does not list its own test point ${h.testPointMissing} (RFC 5782), so "not listed" ` +
            'cannot be trusted: the list is dead, or it does not answer this resolver.' +
            `${zone.note ? ` ${zone.note}` : ''} Try your own recursive resolver (--resolver or MAILMEDIC_RESOLVERS).`,
        };
      }
      return {
        ...base,
        listed: false,
        status: 'not-listed',
        answer: null,
        meaning: 'not listed',
        reason: null,
      };
    case 'servfail':
      return failed(
        base,
        'servfail',
        `the DNS server could not resolve the ${zone.name} query (SERVFAIL): the list's name servers are down ` +
          'or refuse this resolver. Try again later or use another resolver (--resolver or MAILMEDIC_RESOLVERS).',
      );
    case 'refused':
      return failed(
        base,
        'refused',
        `the DNS server refused the ${zone.name} query (REFUSED): it does not serve this client. Use a ` +
          'resolver that does (--resolver or MAILMEDIC_RESOLVERS).',
      );
    case 'timeout':
      return failed(
        base,
        'timeout',
        l.detail === DEADLINE_DETAIL
          ? `the check ran out of time before ${zone.name} answered. Try again.`
          : `${zone.name} did not answer in time: the list is slow, or ignores queries from this resolver ` +
              '(some lists drop queries from public resolvers). Try again, or use your own resolver.',
      );
    default:
      return failed(
        base,
        'dns-error',
        `the ${zone.name} lookup failed (${l.detail}): check the resolver setting (--resolver or ` +
          'MAILMEDIC_RESOLVERS) and the network.',
      );
  }
}

type Base = Pick<ZoneResult, 'zone' | 'list' | 'target' | 'delist'>;

function failed(base: Base, status: ZoneResult['status'], reason: string): ZoneResult {
  return { ...base, listed: null, status, answer: null, meaning: null, reason };
}

function fromCodes(zone: DnsblZone, base: Base, records: string[], codes: DecodedCode[]): ZoneResult {
  const answer = records.join(', ');
  const verdict = verdictOf(codes);
  // The answer is shown beside the meaning only when there are several to tell apart.
  const meaningOf = (cs: DecodedCode[]) =>
    [...new Set(cs.map((c) => (records.length > 1 ? `${c.answer}: ${c.meaning}` : c.meaning)))].join('; ');
  if (verdict === 'outside' || verdict === 'error') {
    const bad = codes.filter((c) => c.kind === verdict);
    const advice = [...new Set(bad.map((c) => c.advice).filter((a): a is string => a !== null))].join(' ');
    return {
      ...base,
      listed: null,
      status: verdict === 'outside' ? 'not-a-code' : 'list-error',
      answer,
      meaning: meaningOf(bad),
      reason: `${zone.name} answered ${answer}, which is not a listing: ${meaningOf(bad)}.${advice ? ` ${advice}` : ''}`,
    };
  }
  if (verdict === 'listed') {
    return {
      ...base,
      listed: true,
      status: 'listed',
      answer,
      meaning: meaningOf(codes.filter((c) => c.kind === 'listed')),
      reason: null,
      delist: zone.delist ?? null,
    };
  }
  return {
    ...base,
    listed: false,
    status: verdict === 'good' ? 'good-reputation' : 'neutral-reputation',
    answer,
    meaning: meaningOf(codes),
    reason: null,
  };
}

/** The sub-list names of a listing ("Spamhaus XBL"), for headlines; the list's name when none. */
export function listingNames(zone: DnsblZone, result: ZoneResult): string[] {
  if (result.answer === null) return [zone.name];
  const names = decodeAnswer(zone, result.answer.split(', '))
    .filter((c) => c.kind === 'listed')
    .map((c) => c.name ?? zone.name);
  return names.length > 0 ? [...new Set(names)] : [zone.name];
}

/** The advice of the listing codes in an answer (PBL, DROP...), each once; empty when none has its own. */
export function listingAdvice(zone: DnsblZone, result: ZoneResult): string[] {
  if (result.answer === null) return [];
  const advice = decodeAnswer(zone, result.answer.split(', '))
    .filter((c) => c.kind === 'listed')
    .map((c) => c.advice)
    .filter((a): a is string => a !== null);
  return [...new Set(advice)];
}
