import type { Deadline } from '../../dns/deadline.js';
import type { DnsClient } from '../../dns/resolver.js';
import type { DnsblZone } from '../../knowledge/dnsbl-zones.js';
import type { AddressScope } from '../../net/address-scope.js';
import type { ZoneResult } from '../../report/types.js';
import type { BlacklistFinding } from './codes.js';

export type { ZoneResult };

export interface BlacklistCheckOptions {
  dns: DnsClient;
  deadline: Deadline;
  /** The lists known (curated, or from MAILMEDIC_DNSBL_FILE); default the curated ones. */
  known?: readonly DnsblZone[];
  /** Only these zones (`--zone`), instead of every live list of the right kind. */
  zones?: readonly string[];
  /** Spamhaus DQS key: lists with a `dqsZone` are asked at `<key>.<dqsZone>`. */
  dqsKey?: string | null;
  /** Called with each list's answer as soon as it is known (results stream to the adapter). */
  onResult?: (result: ZoneResult) => void;
  /** The label of the wildcard probe; random by default (tests fix it). */
  randomLabel?: string;
}

/** A mail host address of a domain target, checked on the IP lists. */
export interface MailHostAddress {
  ip: string;
  host: string;
  /** Public and reserved addresses are asked; private, loopback and the like are not. */
  scope: AddressScope;
}

export interface BlacklistCheck {
  /** The IP (as typed, lower case) or the domain (ASCII). */
  target: string;
  kind: 'ip' | 'domain';
  /** False for a private, loopback or link-local IP: nothing was asked. */
  public: boolean;
  /**
   * For a host name below a registered domain (www.shop.example.co.uk): that domain (example.co.uk), which
   * the domain lists are asked about too.
   */
  registeredDomain?: string;
  /** For a domain: its mail hosts' addresses, when they could be found. */
  mailHosts: MailHostAddress[];
  results: ZoneResult[];
  findings: BlacklistFinding[];
  notes: string[];
}
