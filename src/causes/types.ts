import type { Reason, Side } from '../bounce/types.js';

/** Live checks a cause can be confirmed with (run by the checks modules once they exist). */
export type CheckName = 'mx' | 'blacklist' | 'auth' | 'ptr' | 'probe' | 'spf-ip';

/**
 * One entry of the catalogue of causes. Steps are templates: `{recipient}`, `{domain}` (recipient
 * domain), `{senderDomain}`, `{ip}` (sending IP), `{remoteHost}`, `{suggestion}` (likely intended
 * address), `{blocklist}`, `{provider}`, `{postmaster}` (provider postmaster page), `{newAddress}` (the address a moved or
 * retired recipient's reply names instead), `{messageId}` (a forged returned copy's Message-ID) are filled from the
 * facts; a step whose placeholder has no value uses the fallback wording in `fillStep`.
 */
export interface Cause {
  id: string;
  title: string;
  /** A sharper title naming the facts, used when every placeholder in it has a value. */
  headline?: string;
  reason: Reason;
  side: Side;
  permanent: boolean;
  /** Plain words: what happened, for a junior admin. */
  explanation: string;
  /**
   * What happens to the message, for causes whose records can be either: one sentence appended to the
   * explanation when the record is temporary (`deferred`: still queued, retried) or permanent (`final`:
   * returned, not retried), so a 554 is never told "the mail is retried".
   */
  outcome?: { deferred: string; final: string };
  steps: string[];
  checks: CheckName[];
}
