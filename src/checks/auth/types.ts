import type { Deadline } from '../../dns/deadline.js';
import type { LookupFailed } from '../../dns/lookup-result.js';
import type { DnsClient } from '../../dns/resolver.js';
import type { MxCheck } from '../mx/types.js';
import type { AuthFinding } from './codes.js';

export interface AuthCheckOptions {
  dns: DnsClient;
  deadline: Deadline;
  /**
   * Fetches the MTA-STS policy file of a domain (`https://mta-sts.<domain>/.well-known/mta-sts.txt`)
   * and resolves with its text. Absent (the default): the policy is not fetched, only DNS is asked.
   */
  fetchMtaStsPolicy?: ((domain: string) => Promise<string>) | undefined;
}

export interface AuthInput {
  /** ASCII (punycode), lower case. */
  domain: string;
  /** DKIM selectors asked for; the common ones are always tried too. */
  selectors: readonly string[];
  /** Evaluate SPF for this sending IP. */
  ip?: string | undefined;
  /** MAIL FROM of that evaluation: an address or a domain (default: postmaster@DOMAIN). */
  from?: string | undefined;
}

/** What one part of the check found, and the word the headline uses for it. */
export interface PartResult {
  findings: AuthFinding[];
  /** "ok", "missing", "p=reject", "found at 2 selectors"... */
  summary: string;
  /** Lookups that went unanswered (SERVFAIL, timeouts...). */
  failures: LookupFailed[];
}

export interface SpfIpResult {
  ip: string;
  sender: string;
  result: 'pass' | 'fail' | 'softfail' | 'neutral' | 'none' | 'permerror' | 'temperror';
  /** The mechanism that decided, e.g. `include:_spf.example.net → ip4:192.0.2.0/24`; null when none did. */
  mechanism: string | null;
}

export interface AuthCheck {
  domain: string;
  spf: PartResult;
  dmarc: PartResult;
  dkim: PartResult;
  mtaSts: PartResult;
  /** Null when the domain publishes no BIMI record (it is optional). */
  bimi: PartResult | null;
  mx: MxCheck;
  ipResult: SpfIpResult | null;
  findings: AuthFinding[];
  notes: string[];
}
