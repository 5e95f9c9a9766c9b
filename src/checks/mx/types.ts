import type { Deadline } from '../../dns/deadline.js';
import type { LookupFailed } from '../../dns/lookup-result.js';
import type { DnsClient } from '../../dns/resolver.js';
import type { AddressScope } from '../../net/address-scope.js';
import type { MxFinding } from './codes.js';

export interface MxCheckOptions {
  dns: DnsClient;
  deadline: Deadline;
}

/** What reverse DNS says about one address. */
export type ReverseDns =
  | { status: 'confirmed'; names: string[]; confirmedBy: string }
  | { status: 'not-confirmed'; names: string[] }
  | { status: 'missing' }
  /** Not looked up: the address is not public, so its PTR says nothing about mail from the internet. */
  | { status: 'skipped' }
  | { status: 'unknown'; failures: LookupFailed[] };

export interface HostAddress {
  ip: string;
  family: 4 | 6;
  scope: AddressScope;
  reverse: ReverseDns;
}

export interface MxHost {
  /** The exchange as published (ASCII); the domain itself for an implicit MX. */
  name: string;
  priority: number;
  /** The domain's own address used as an implicit MX (RFC 5321 §5.1). */
  implicit: boolean;
  /** The exchange is an IP address rather than a host name. */
  ipLiteral: boolean;
  /** Where the name points when it is a CNAME: the last name of the chain, the one holding the address. */
  cnameTarget: string | null;
  /** The names between the host and `cnameTarget` when the CNAME chain has more than one step. */
  cnameVia?: string[];
  /** The CNAME chain comes back to a name already in it, so it never reaches an address. */
  cnameLoop?: boolean;
  /** How many addresses the host has, when more than `addresses` holds (only the first few are checked). */
  addressCount?: number;
  /** The name is `localhost` or under `.localhost`: resolvers answer it with loopback (RFC 6761 §6.3). */
  localhost?: boolean;
  addresses: HostAddress[];
  /** Both A and AAAA answered that there is no address. */
  noAddress: boolean;
  /** The name itself does not exist (NXDOMAIN), typically a typo in the MX record. */
  nameMissing: boolean;
  /** Lookups about this host that got no usable answer (SERVFAIL, timeouts...). */
  failures: LookupFailed[];
}

/** The one-line answer, from which the headline is written. */
export type MxVerdict =
  | { kind: 'accepts'; hosts: string[] }
  | { kind: 'implicit'; addresses: string[] }
  | { kind: 'null-mx' }
  | { kind: 'no-mail-host' }
  | { kind: 'not-found'; suggestion: string | null }
  | { kind: 'no-usable-host'; hosts: number }
  | { kind: 'private' }
  | { kind: 'unresolved'; hosts: number }
  | { kind: 'lookup-failed'; failure: LookupFailed };

export interface MxCheck {
  /** ASCII (punycode) form. */
  domain: string;
  /** The domain is an alias (CNAME) of this name, whose MX records senders use (RFC 5321 §5.1). */
  aliasOf?: string;
  /** The well-known provider every MX host belongs to (knowledge/providers), when they all do. */
  provider?: { id: string; name: string };
  verdict: MxVerdict;
  /** In preference order. */
  hosts: MxHost[];
  findings: MxFinding[];
  /** Things left out to stay bounded (e.g. "only the first 10 of 14 MX hosts were checked"). */
  notes: string[];
}
