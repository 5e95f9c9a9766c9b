import type { InputForm, Reason, Side, SmtpCommand } from '../bounce/types.js';
import type { CheckName } from '../causes/types.js';
import type { ProbeResult } from '../checks/probe/types.js';

/** How sure the verdict is, and why: shown to the user, never hidden. */
export type Confidence = 'high' | 'medium' | 'low';

/** One diagnosed recipient: the JSON contract of DESIGN.md plus the detail the renderers show. */
export interface BounceRecord {
  file?: string;
  recipient: string | null;
  reason: Reason;
  cause: string;
  title: string;
  replyCode: number | null;
  status: string | null;
  permanent: boolean;
  side: Side;
  provider: string | null;
  diagnostic: string | null;
  steps: string[];
  explanation: string;
  confidence: Confidence;
  /** What the verdict rests on, e.g. 'status 5.1.1', 'phrase "user unknown"', 'provider Gmail'. */
  evidence: string[];
  form: InputForm;
  sender: string | null;
  command: SmtpCommand | null;
  remoteHost: string | null;
  remoteIp: string | null;
  reportingMta: string | null;
  sendingIp: string | null;
  referenceCodes: string[];
  blocklists: string[];
  /** A likely intended address when the recipient domain looks mistyped. */
  suggestion: string | null;
  /** Live checks that would confirm the verdict. */
  checks: CheckName[];
  feedbackType: string | null;
}

/** A live check's result line; codes are stable and documented in the README. */
export interface Finding {
  code: string;
  severity: 'ok' | 'info' | 'warn' | 'fail';
  message: string;
}

/**
 * One blocklist's answer about one target (`/blacklist`). `listed` is null when the list could not tell:
 * `status` says why in one word and `reason` in a sentence with what to do.
 */
export interface ZoneResult {
  /** The zone as listed (never the DQS query name, which holds the key). */
  zone: string;
  /** The list's name, e.g. "Spamhaus ZEN". */
  list: string;
  /** The IP address or domain asked about. */
  target: string;
  listed: boolean | null;
  status:
    | 'listed'
    | 'not-listed'
    | 'good-reputation'
    | 'neutral-reputation'
    | 'list-error'
    | 'not-a-code'
    | 'servfail'
    | 'refused'
    | 'timeout'
    | 'dns-error'
    | 'wildcard'
    | 'test-point-missing'
    | 'dead';
  /** The A records answered, comma-separated; null for NXDOMAIN and when nothing was asked. */
  answer: string | null;
  /** What the answer means (decoded return codes, bitmask lists by bit). */
  meaning: string | null;
  /** Why the list could not tell, and what to do; null when it could. */
  reason: string | null;
  /** Where to look the listing up and ask for removal, for listings. */
  delist: string | null;
}

/**
 * One step of a running request, for adapters that show progress while checks run (Slack edits its
 * progress reply, Discord edits the deferred answer). Steps are named by the check, e.g. "/mx example.com".
 */
export interface Progress {
  step: string;
  state: 'running' | 'done' | 'failed';
  /** A short outcome, e.g. "2 MX hosts, 1 warning" or "timed out". */
  detail?: string;
}

export type ReportKind = 'bounce' | 'check' | 'not-a-bounce' | 'help' | 'usage' | 'refused' | 'error';

/** The live checks a bounce's diagnosis runs. */
export type FollowUpCheck = 'blacklist' | 'mx' | 'auth' | 'ptr';

/**
 * One live check run for a bounce, and how its result bears on the diagnosis. `finding` is the line the
 * report's `findings` carries for it; `findings` are the check's own (the codes of `/mx`, `/blacklist`,
 * `/auth`, or the reverse-DNS codes).
 */
export interface FollowUp {
  check: FollowUpCheck;
  /** The check as a user would type it, e.g. "/blacklist 203.0.113.7". */
  step: string;
  /** The IP address or domain checked. */
  target: string;
  /** The causes (catalogue ids) it was run for. */
  causes: string[];
  /** `could-not-run`: DNS failures or timeouts left it without an answer; `skipped`: not asked. */
  status: 'done' | 'could-not-run' | 'skipped';
  /** Whether the live state agrees with the diagnosis; null when the check gave no answer. */
  bearing: 'confirms' | 'contradicts' | 'contributes' | 'rules-out' | 'inconclusive' | null;
  /** The check's verdict in one line (its headline), or why it did not run. */
  summary: string;
  /** Why it could not run or was skipped, in a few words; null when it ran. */
  reason: string | null;
  finding: Finding;
  findings: Finding[];
  /** `/blacklist` follow-ups: every list's answer. */
  zones?: ZoneResult[];
}

/** The platform-neutral answer. Renderers (console, Slack, Discord) turn it into messages. */
export interface Report {
  kind: ReportKind;
  /** The verdict in one line. */
  headline: string;
  records: BounceRecord[];
  findings: Finding[];
  /** Extra lines: what was noticed in text that is not a bounce, usage hints, error advice. */
  notes: string[];
  /** Long material (transcripts) that adapters attach as a file. */
  attachments: { name: string; content: string }[];
  /** `/blacklist`: every list's answer, target by target. */
  zones?: ZoneResult[];
  /** `/probe`: the verdict, reply, TLS, catch-all and transcript (the JSON contract of the probe). */
  probe?: ProbeResult;
  /** Bounces: the live checks the diagnosis called for, and what each found (absent when none ran). */
  followUps?: FollowUp[];
}
