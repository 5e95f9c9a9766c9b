import type { Side } from '../../bounce/types.js';

/**
 * Whose words a bounce carries. `mailbox`: hosts people's mailboxes; `gateway`: a filtering service in front
 * of someone's mail (inbound or outbound); `appliance`: a box in the sender's own network; `sending-service`:
 * relays mail for senders, so the words it returns are usually the receiver's, not its own; `forwarder`: an
 * alias or forwarding service in front of the recipient's real mailbox, whose refusals are its own or, quoted,
 * that mailbox provider's.
 */
export type ProviderKind = 'mailbox' | 'gateway' | 'appliance' | 'sending-service' | 'forwarder';

/** A provider's own reference code and what it means, in our cause ids. */
export interface ProviderCode {
  cause: string;
  note: string;
  /**
   * Written so that only this provider writes it, though short or without digits (Daum's "CCRT", NetEase's
   * "HL:ICC"): found in any reply, it names the provider as a long lettered-and-numbered code does (S3150).
   */
  identifies?: boolean;
  /**
   * Known only from copies that disagree (QQ's help-link numbers): the reply's own decisive words come first,
   * and the code decides only where they say nothing.
   */
  weak?: boolean;
  /** The blocklists the code stands for (ids of knowledge/blocklist-names.ts): Comcast's BL000010 is Cloudmark. */
  lists?: readonly string[];
  /** Documented only as a refusal "due to local policy" or the like: the cause it gives is the generic one. */
  vague?: boolean;
}

/** Provider-specific wording (lower case, literal substring) that decides a cause over the status code. */
export interface ProviderPhrase {
  text: string;
  cause: string;
  /** Whose side must act, where the wording says it more precisely than its cause does. */
  side?: Side;
  /**
   * The provider's words say it refused, not why ("not accepted for policy reasons"): they name the provider's
   * generic refusal, so the verdict on them is one step less sure.
   */
  vague?: boolean;
}

export interface Provider {
  id: string;
  name: string;
  kind: ProviderKind;
  /** Host name suffixes of its MX or reporting hosts, matched on a label boundary. */
  hosts: readonly string[];
  /** Lower-case literal substrings that identify it in a bounce when no host does. */
  markers: readonly string[];
  /** Its page for senders (postmaster, error-code list, delisting). */
  postmaster?: string;
  /** Reference codes, upper case, as `findReferenceCodes` returns them. */
  codes?: Readonly<Record<string, ProviderCode>>;
  /** Enhanced status codes this provider uses with its own meaning, e.g. Microsoft 5.4.1. */
  statusOverrides?: Readonly<Record<string, string>>;
  /** Checked in order, before `statusOverrides`: the first phrase found in the reply wins. */
  phrases?: readonly ProviderPhrase[];
}

/** Builds one code table entry per number in [from, to] by `step`, for providers that document ranges. */
export function codeRange(
  prefix: string,
  from: number,
  to: number,
  step: number,
  meaning: ProviderCode,
): Record<string, ProviderCode> {
  const out: Record<string, ProviderCode> = {};
  for (let n = from; n <= to; n += step) out[`${prefix}${n}`] = meaning;
  return out;
}

/** Builds status overrides for a documented range such as Microsoft's 5.7.606-649. */
export function statusRange(prefix: string, from: number, to: number, cause: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (let n = from; n <= to; n++) out[`${prefix}${n}`] = cause;
  return out;
}
