import ipaddr from 'ipaddr.js';
import type { AnswerKind, DnsblZone, ReturnCode } from '../../knowledge/dnsbl-zones.js';

/** One A record of a DNSBL answer, read with the zone's table. */
export interface DecodedCode {
  answer: string;
  /** `outside`: not in 127.0.0.0/8, so not a DNSBL code at all. */
  kind: AnswerKind | 'outside';
  name: string | null;
  meaning: string;
  advice: string | null;
}

export type AnswerVerdict = 'listed' | 'good' | 'neutral' | 'error' | 'outside';

const LOOPBACK_8 = ipaddr.parseCIDR('127.0.0.0/8');
const LOW_24 = ipaddr.parseCIDR('127.0.0.0/24');

/** Decodes every A record of an answer; bitmask lists give one entry per set bit. */
export function decodeAnswer(zone: DnsblZone, records: readonly string[]): DecodedCode[] {
  return records.flatMap((r) => decodeOne(zone, r));
}

/** What the answer as a whole says: an error or a non-code anywhere makes it untrustworthy. */
export function verdictOf(codes: readonly DecodedCode[]): AnswerVerdict {
  for (const kind of ['outside', 'error', 'listed', 'good'] as const) {
    if (codes.some((c) => c.kind === kind)) return kind;
  }
  return 'neutral';
}

function decodeOne(zone: DnsblZone, record: string): DecodedCode[] {
  let addr: ipaddr.IPv4;
  try {
    const parsed = ipaddr.parse(record);
    if (parsed.kind() !== 'ipv4') throw new Error('not IPv4');
    addr = parsed as ipaddr.IPv4;
  } catch {
    return [outside(record)];
  }
  if (!addr.match(LOOPBACK_8)) return [outside(record)];
  const exact = zone.codes.find((c) => !c.answer.includes('/') && c.answer === record);
  if (exact) return [fromCode(record, exact)];
  const range = zone.codes.find((c) => c.answer.includes('/') && inRange(addr, c.answer));
  if (range) return [fromCode(record, range)];
  if (zone.bits && zone.bits.length > 0 && addr.match(LOW_24)) {
    const octet = addr.octets[3] ?? 0;
    const set = zone.bits.filter((b) => (octet & b.bit) !== 0);
    // An error bit (SURBL's 1: "blocked") voids the rest of the answer.
    const error = set.find((b) => b.kind === 'error');
    const used = error ? [error] : set;
    if (used.length > 0) {
      return used.map((b) => ({
        answer: record,
        kind: b.kind,
        name: b.name ?? null,
        meaning: b.meaning,
        advice: b.advice ?? null,
      }));
    }
  }
  return [
    {
      answer: record,
      kind: 'listed',
      name: null,
      meaning: `listed (return code ${record}, not documented here)`,
      advice: null,
    },
  ];
}

function fromCode(record: string, c: ReturnCode): DecodedCode {
  return { answer: record, kind: c.kind, name: c.name ?? null, meaning: c.meaning, advice: c.advice ?? null };
}

function outside(record: string): DecodedCode {
  return {
    answer: record,
    kind: 'outside',
    name: null,
    meaning: `${record} is not a blocklist code (outside 127.0.0.0/8)`,
    advice:
      'The resolver rewrites "does not exist" answers (ad or search redirection), or the list is gone and ' +
      'its domain parked: use a resolver that does not rewrite answers (--resolver or MAILMEDIC_RESOLVERS).',
  };
}

function inRange(addr: ipaddr.IPv4, cidr: string): boolean {
  try {
    const range = ipaddr.parseCIDR(cidr);
    return range[0].kind() === 'ipv4' && addr.match(range as [ipaddr.IPv4, number]);
  } catch {
    return false;
  }
}
