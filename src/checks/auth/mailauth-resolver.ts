import type { Deadline } from '../../dns/deadline.js';
import type { FailureStatus, Lookup, LookupFailed } from '../../dns/lookup-result.js';
import type { DnsClient } from '../../dns/resolver.js';

/** The resolver shape mailauth takes: `resolver(name, rrtype)`, throwing node:dns-style errors. */
export type MailauthResolver = (name: string, rrtype: string) => Promise<unknown[]>;

// The error codes mailauth reads (as node:dns throws them): void answers are ENOTFOUND/ENODATA,
// ETIMEOUT and EREFUSED are temperrors, anything else is passed on.
const CODE_OF_STATUS: Record<FailureStatus, string> = {
  nxdomain: 'ENOTFOUND',
  nodata: 'ENODATA',
  servfail: 'ESERVFAIL',
  refused: 'EREFUSED',
  timeout: 'ETIMEOUT',
  error: 'ECONNREFUSED',
};

export interface RecordingResolver {
  resolve: MailauthResolver;
  /** Every lookup asked, in order, as `TYPE name`. */
  asked: string[];
  /** Lookups that got no answer (SERVFAIL, REFUSED, timeouts, other errors). */
  failures: LookupFailed[];
  /** Lookups answered "no such name" or "no such record", as `TYPE name`. */
  voids: string[];
}

/**
 * mailauth's `resolver` option routed through our DNS layer: the same servers, timeouts, cache and
 * check deadline as every other lookup. A failed Lookup becomes the error node:dns would have thrown.
 */
export function mailauthResolver(dns: DnsClient, deadline: Deadline): RecordingResolver {
  const asked: string[] = [];
  const failures: LookupFailed[] = [];
  const voids: string[] = [];
  const lookup = (name: string, rrtype: string): Promise<Lookup<unknown>> | null => {
    switch (rrtype.toUpperCase()) {
      case 'TXT':
        return dns.txt(name, deadline);
      case 'A':
        return dns.a(name, deadline);
      case 'AAAA':
        return dns.aaaa(name, deadline);
      case 'MX':
        return dns.mx(name, deadline);
      case 'CNAME':
        return dns.cname(name, deadline);
      case 'PTR':
        return dns.ptr(fromReverseName(name), deadline);
      default:
        return null;
    }
  };
  const resolve: MailauthResolver = async (name, rrtype) => {
    asked.push(`${rrtype.toUpperCase()} ${name}`);
    const pending = lookup(name, rrtype);
    if (pending === null) throw dnsError('ENOTIMP', `${rrtype} lookups are not supported`);
    const result = await pending;
    if (result.status === 'ok') return result.records;
    if (result.status === 'nxdomain' || result.status === 'nodata') {
      voids.push(`${rrtype.toUpperCase()} ${name}`);
      throw dnsError(CODE_OF_STATUS[result.status], `${rrtype} ${name}: ${result.detail}`);
    }
    failures.push(result);
    // A lookup without an answer is a temperror (RFC 7208 §2.6.6), wherever it happens: mailauth reads
    // spfResult first, and without it treats a SERVFAIL inside an include as "no match" (then -all: fail).
    throw Object.assign(dnsError(CODE_OF_STATUS[result.status], `${rrtype} ${name}: ${result.detail}`), {
      spfResult: { error: 'temperror', text: `DNS lookup of ${rrtype} ${name} failed (${result.detail})` },
    });
  };
  return { resolve, asked, failures, voids };
}

function dnsError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

/**
 * mailauth asks PTR by the reverse name (`4.3.2.1.in-addr.arpa`); our client takes the address.
 * Converts back; a name it cannot read is passed as it is (and fails as not an address).
 */
export function fromReverseName(name: string): string {
  const n = name.toLowerCase().replace(/\.$/, '');
  const v4 = /^((?:\d{1,3}\.){3}\d{1,3})\.in-addr\.arpa$/.exec(n);
  if (v4) return (v4[1] as string).split('.').reverse().join('.');
  const v6 = /^((?:[0-9a-f]\.){32})ip6\.arpa$/.exec(n);
  if (v6) {
    const hex = (v6[1] as string).replace(/\./g, '').split('').reverse().join('');
    return (hex.match(/.{4}/g) as string[]).join(':');
  }
  return n;
}
