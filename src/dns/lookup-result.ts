/**
 * What one DNS lookup found. Failures keep their kind apart, because the reply to a user differs for
 * each: "the domain does not exist" (nxdomain) is not "the DNS server did not answer" (timeout).
 */
export type RecordType = 'MX' | 'A' | 'AAAA' | 'TXT' | 'PTR' | 'CNAME';

export type FailureStatus = 'nxdomain' | 'nodata' | 'servfail' | 'refused' | 'timeout' | 'error';

export interface LookupOk<T> {
  status: 'ok';
  /** The name queried, in ASCII (punycode), lower case. */
  name: string;
  type: RecordType;
  /** Never empty: an answer without records is `nodata`. */
  records: T[];
  /** Seconds the answer may be reused: the records' TTL for A/AAAA, a fixed short TTL for the others. */
  ttl: number;
}

export interface LookupFailed {
  status: FailureStatus;
  name: string;
  type: RecordType;
  /** Technical detail for logs and JSON: the resolver's error code, or why it timed out. */
  detail: string;
}

export type Lookup<T> = LookupOk<T> | LookupFailed;

/** NXDOMAIN and NODATA are answers about the name; the others mean the question went unanswered. */
function isNegativeAnswer(l: Lookup<unknown>): boolean {
  return l.status === 'nxdomain' || l.status === 'nodata';
}

/** Did the DNS give an answer (records or a definite "none")? False for server failures and timeouts. */
export function isAnswered(l: Lookup<unknown>): boolean {
  return l.status === 'ok' || isNegativeAnswer(l);
}

// c-ares error codes (node:dns) -> status. Everything not listed is 'error'.
const STATUS_OF_CODE: Record<string, FailureStatus> = {
  ENOTFOUND: 'nxdomain',
  ENODATA: 'nodata',
  ESERVFAIL: 'servfail',
  EREFUSED: 'refused',
  ETIMEOUT: 'timeout',
};

/** Turns what a `dns.promises.Resolver` method threw into a failed lookup. */
export function failedLookup(name: string, type: RecordType, err: unknown): LookupFailed {
  const code = typeof (err as { code?: unknown })?.code === 'string' ? (err as { code: string }).code : '';
  const message = err instanceof Error ? err.message : String(err);
  return { status: STATUS_OF_CODE[code] ?? 'error', name, type, detail: code || message };
}

// What an error code means to someone who has never read c-ares' source.
const ERROR_WORDS: Record<string, string> = {
  ECONNREFUSED: 'the DNS server could not be reached (connection refused)',
  EBADNAME: 'the name is not a valid DNS name',
  EFORMERR: 'the DNS server said the query was malformed',
  EBADRESP: 'the DNS server sent a malformed reply',
  ENOTIMP: 'the DNS server does not implement this query',
  ECANCELLED: 'the lookup was cancelled',
  EDESTRUCTION: 'the lookup was cancelled',
  EOF: 'the DNS server closed the connection',
  ECONNRESET: 'the connection to the DNS server was reset',
};

/** One sentence a user can act on, different for every status. */
export function describeFailure(l: LookupFailed): string {
  const what = `${l.type} ${l.name}`;
  switch (l.status) {
    case 'nxdomain':
      return `${l.name} does not exist (NXDOMAIN)`;
    case 'nodata':
      return `${l.name} exists but has no ${l.type} record`;
    case 'servfail':
      return (
        `the DNS server could not resolve ${what} (SERVFAIL): the domain's name servers are broken or ` +
        'unreachable, or its DNSSEC signatures do not validate'
      );
    case 'refused':
      return (
        `the DNS server refused to answer ${what} (REFUSED): it does not serve this client; ` +
        'use a resolver that does (--resolver or MAILMEDIC_RESOLVERS)'
      );
    case 'timeout':
      return l.detail === DEADLINE_DETAIL
        ? `the check ran out of time before ${what} was answered`
        : `the DNS server did not answer ${what} in time`;
    case 'error':
      return `the lookup of ${what} failed: ${ERROR_WORDS[l.detail] ?? l.detail}`;
  }
}

/** `detail` of a lookup cut short by the check's total deadline rather than by the server. */
export const DEADLINE_DETAIL = 'deadline passed';
