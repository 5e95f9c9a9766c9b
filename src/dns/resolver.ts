import { promises as dns, type RecordWithTtl } from 'node:dns';
import { ConfigError } from '../errors.js';
import { TtlCache } from './cache.js';
import { type Deadline, withinDeadline } from './deadline.js';
import { DEADLINE_DETAIL, failedLookup, type Lookup, type RecordType } from './lookup-result.js';
import { toAsciiName } from './names.js';
import { reverseName } from './reverse-name.js';

export interface MxRecord {
  /** Lower case, no trailing dot; '' for the root, i.e. a null MX (RFC 7505). */
  exchange: string;
  priority: number;
}

export interface DnsClientOptions {
  /** DNS servers as `HOST`, `HOST:PORT` or `[IPv6]:PORT`; empty or absent: the system's. */
  servers?: readonly string[];
  /** Milliseconds to wait for one try of one query (c-ares adds up to ~200 ms of its own). */
  timeoutMs?: number;
  /** Tries per query and server before it counts as a timeout. */
  tries?: number;
  /** Most answers kept in the cache. */
  cacheSize?: number;
  /** Cache lifetime of MX, TXT, PTR and CNAME answers, whose TTL node:dns does not expose. */
  defaultTtlSeconds?: number;
  /** Cache lifetime of "does not exist" and "no such record" answers. */
  negativeTtlSeconds?: number;
  /** No answer is kept longer than this, whatever its TTL. */
  maxTtlSeconds?: number;
  /** The cache's clock, in milliseconds; tests move it instead of waiting. */
  now?: () => number;
}

/**
 * The one way mailmedic asks DNS. Every method resolves (never rejects) with a Lookup that keeps
 * NXDOMAIN, NODATA, SERVFAIL, REFUSED and timeouts apart; all of them honour a check's deadline.
 */
export interface DnsClient {
  mx(name: string, deadline?: Deadline): Promise<Lookup<MxRecord>>;
  a(name: string, deadline?: Deadline): Promise<Lookup<string>>;
  aaaa(name: string, deadline?: Deadline): Promise<Lookup<string>>;
  /** Each record is its character-strings in order; join them for SPF, DKIM and DMARC. */
  txt(name: string, deadline?: Deadline): Promise<Lookup<string[]>>;
  /** PTR names of an IPv4 or IPv6 address, asked of the configured servers (never /etc/hosts). */
  ptr(ip: string, deadline?: Deadline): Promise<Lookup<string>>;
  cname(name: string, deadline?: Deadline): Promise<Lookup<string>>;
  /** The servers asked, as `HOST:PORT`. */
  servers(): string[];
  /** Queries sent and answers served from the cache, since creation. */
  readonly stats: { queries: number; cacheHits: number };
  clearCache(): void;
  /** Cancels the queries still running. */
  close(): void;
}

export const DNS_DEFAULTS = {
  timeoutMs: 2000,
  tries: 2,
  cacheSize: 5000,
  defaultTtlSeconds: 60,
  negativeTtlSeconds: 30,
  maxTtlSeconds: 3600,
} as const;

interface Answer<T> {
  records: T[];
  /** null: the record type carries no TTL here; use the default. */
  ttl: number | null;
}

export function createDnsClient(options: DnsClientOptions = {}): DnsClient {
  const o = { ...DNS_DEFAULTS, ...withoutUndefined(options) };
  const resolver = new dns.Resolver({ timeout: o.timeoutMs, tries: o.tries });
  if (options.servers && options.servers.length > 0) setServers(resolver, options.servers);
  const cache = new TtlCache<Lookup<unknown>>({
    maxEntries: o.cacheSize,
    ...(options.now ? { now: options.now } : {}),
  });
  const inFlight = new Map<string, Promise<Lookup<unknown>>>();
  const stats = { queries: 0, cacheHits: 0 };

  function lookup<T>(
    type: RecordType,
    rawName: string,
    deadline: Deadline | undefined,
    query: (name: string) => Promise<Answer<T>>,
  ): Promise<Lookup<T>> {
    const name = toAsciiName(rawName);
    if (name === '') return Promise.resolve(failedLookup(rawName, type, { code: 'EBADNAME' }));
    const key = `${type} ${name}`;
    const cached = cache.get(key);
    if (cached) {
      stats.cacheHits++;
      const hit = cached.value as Lookup<T>;
      return Promise.resolve(hit.status === 'ok' ? { ...hit, ttl: cached.secondsLeft } : hit);
    }
    const expired = (): Lookup<T> => ({ status: 'timeout', name, type, detail: DEADLINE_DETAIL });
    if (deadline?.signal.aborted) return Promise.resolve(expired());
    let pending = inFlight.get(key) as Promise<Lookup<T>> | undefined;
    if (!pending) {
      pending = ask(type, name, query);
      inFlight.set(key, pending);
      void pending.finally(() => inFlight.delete(key));
    }
    return withinDeadline(pending, deadline, expired);
  }

  async function ask<T>(
    type: RecordType,
    name: string,
    query: (name: string) => Promise<Answer<T>>,
  ): Promise<Lookup<T>> {
    stats.queries++;
    let result: Lookup<T>;
    try {
      const answer = await query(name);
      const ttl = Math.min(Math.max(answer.ttl ?? o.defaultTtlSeconds, 0), o.maxTtlSeconds);
      result =
        answer.records.length > 0
          ? { status: 'ok', name, type, records: answer.records, ttl }
          : { status: 'nodata', name, type, detail: 'ENODATA' };
    } catch (err) {
      result = failedLookup(name, type, err);
    }
    const key = `${type} ${name}`;
    if (result.status === 'ok') cache.set(key, result, result.ttl);
    else if (result.status === 'nxdomain' || result.status === 'nodata') {
      cache.set(key, result, o.negativeTtlSeconds);
    }
    return result;
  }

  const withTtl = (rs: RecordWithTtl[]): Answer<string> => ({
    records: rs.map((r) => r.address.toLowerCase()),
    ttl: rs.length > 0 ? Math.min(...rs.map((r) => r.ttl)) : null,
  });
  const names = (rs: string[]): Answer<string> => ({ records: rs.map(canonical), ttl: null });

  return {
    mx: (name, deadline) =>
      lookup('MX', name, deadline, async (n) => ({
        records: (await resolver.resolveMx(n)).map((r) => ({
          exchange: canonical(r.exchange),
          priority: r.priority,
        })),
        ttl: null,
      })),
    a: (name, deadline) =>
      lookup('A', name, deadline, async (n) => withTtl(await resolver.resolve4(n, { ttl: true }))),
    aaaa: (name, deadline) =>
      lookup('AAAA', name, deadline, async (n) => withTtl(await resolver.resolve6(n, { ttl: true }))),
    txt: (name, deadline) =>
      lookup('TXT', name, deadline, async (n) => ({ records: await resolver.resolveTxt(n), ttl: null })),
    ptr: (ip, deadline) => {
      const rev = reverseName(ip);
      if (rev === null) return Promise.resolve(failedLookup(ip, 'PTR', { code: 'EBADNAME' }));
      return lookup('PTR', rev, deadline, async (n) => names(await resolver.resolvePtr(n)));
    },
    cname: (name, deadline) =>
      lookup('CNAME', name, deadline, async (n) => names(await resolver.resolveCname(n))),
    servers: () => resolver.getServers(),
    stats,
    clearCache: () => cache.clear(),
    close: () => resolver.cancel(),
  };
}

/** Host names as compared and shown: lower case, no trailing dot ('' stays '' — the root). */
function canonical(name: string): string {
  return name.replace(/\.$/, '').toLowerCase();
}

function setServers(resolver: dns.Resolver, servers: readonly string[]): void {
  try {
    resolver.setServers([...servers]);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    throw new ConfigError([
      {
        variable: 'resolver',
        message: `${message}: expected HOST[:PORT] with HOST an IP address (IPv6 as [::1]:53)`,
      },
    ]);
  }
}

function withoutUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
