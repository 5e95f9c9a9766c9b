import type { FollowUpCheck } from '../../report/types.js';

/**
 * What the follow-up checks of a bounce look at, by cause (catalogue ids). Knowledge as data: adding a
 * cause that a check tests directly is adding an entry here.
 */

/**
 * Causes a check tests directly: its clean result contradicts the diagnosis ("not listed anywhere now").
 * For the other causes listing the check, it looks at a contributing factor, and a clean result only
 * rules that factor out.
 */
const TESTED_BY: Readonly<Record<string, FollowUpCheck>> = {
  'ip-blocklisted': 'blacklist',
  'domain-blocklisted': 'blacklist',
  'domain-not-found': 'mx',
  'no-mx': 'mx',
  'null-mx': 'mx',
  'recipient-domain-typo': 'mx',
  'dns-failure': 'mx',
  'sender-domain-invalid': 'mx',
  'spf-fail': 'auth',
  'dkim-fail': 'auth',
  'dmarc-fail': 'auth',
  'auth-failed': 'auth',
  'reverse-dns-missing': 'ptr',
};

/** Does the check test one of its causes directly (a clean result contradicts), or only a contributing factor? */
export function testsDirectly(c: { check: FollowUpCheck; causes: readonly string[] }): boolean {
  return c.causes.some((cause) => TESTED_BY[cause] === c.check);
}

/** Causes whose `/mx` is about the sender's domain (the receiver could not verify or route back to it). */
export const MX_OF_SENDER: ReadonlySet<string> = new Set([
  'sender-verify-failed',
  'sender-rejected',
  'sender-domain-invalid',
]);

/** Causes whose `/blacklist` is about the sender's domain (domain lists) rather than the sending IP. */
export const BLACKLIST_OF_SENDER_DOMAIN: ReadonlySet<string> = new Set([
  'domain-blocklisted',
  'domain-reputation',
]);

/** Which `/auth` findings speak to a cause: SPF causes look at SPF codes, and so on. */
export const AUTH_PARTS: Readonly<Record<string, readonly ('spf' | 'dkim' | 'dmarc')[]>> = {
  'spf-fail': ['spf'],
  'dkim-fail': ['dkim'],
  'dmarc-fail': ['spf', 'dkim', 'dmarc'],
  'auth-failed': ['spf', 'dkim', 'dmarc'],
};

/** Names of the blocklists a bounce may cite that are run by someone else's brand in our zone data. */
export const BLOCKLIST_ALIASES: Readonly<Record<string, string>> = { cbl: 'spamhaus' };

/**
 * Causes for which SPF passing for the sending IP alone would have let the message through, so SPF
 * passing now contradicts the diagnosis (the record was fixed since): an SPF failure, and "neither SPF
 * nor DKIM passed" (Gmail 5.7.26, Microsoft 5.7.515, Yahoo: either one suffices). Not DMARC: SPF must
 * also align with the From domain there.
 */
export const SPF_PASS_SUFFICES: ReadonlySet<string> = new Set(['spf-fail', 'auth-failed']);

/**
 * Replies that name the domain whose authentication failed, which may not be the envelope sender's (mail
 * sent through an ESP fails DMARC for the From domain): `/auth` looks at the domain named. Each pattern's
 * first group is the domain; all are linear (a character class, then literal text).
 */
export const AUTH_DOMAIN_IN_REPLY: readonly RegExp[] = [
  // Gmail 5.7.26: "Unauthenticated email from example.com is not accepted due to domain's DMARC policy".
  /\bemail from ([a-z0-9][a-z0-9.-]{0,252}) is not accepted due to domain'?s DMARC policy/i,
  // Microsoft 5.7.509: "sending domain [example.com] does not pass DMARC verification".
  /\bsending domain \[?([a-z0-9][a-z0-9.-]{0,252})\]? does not pass DMARC/i,
  // Gmail's authentication results: "SPF [example.com] with ip: [203.0.113.7] = did not pass".
  /\bSPF \[([a-z0-9][a-z0-9.-]{0,252})\] with ip:/i,
  // OpenDMARC and others: "rejected by DMARC policy for example.com", "Email rejected per DMARC policy for …".
  /\bDMARC policy for ([a-z0-9][a-z0-9.-]{0,252})/i,
];
