import { asArray, asObject, type Json, parseJsonSpan, str } from './json-values.js';

/**
 * An SMTP TLS report (RFC 8460): the JSON a sending server mails to a domain's TLS-RPT `rua=` address,
 * pasted or shared as a file: how many TLS sessions to the domain's MX hosts succeeded and which failed, why.
 */
export interface TlsFailure {
  resultType: string;
  mxHost?: string;
  sendingIp?: string;
  sessions: number;
  detail?: string;
}

export interface TlsPolicyResult {
  /** sts, tlsa or no-policy-found. */
  type: string;
  domain: string;
  /** MTA-STS: the policy's mode (enforce, testing, none), from the policy text the report quotes. */
  mode?: string;
  succeeded: number;
  failed: number;
  failures: TlsFailure[];
}

export interface TlsReport {
  org: string;
  begin?: number;
  end?: number;
  policies: TlsPolicyResult[];
}

const MAX_FAILURES = 1000;

/** The report in a text, or undefined when the text is not one. */
export function readTlsReport(text: string): TlsReport | undefined {
  if (!text.includes('"policies"') || !text.includes('"summary"')) return undefined;
  const doc = asObject(parseJsonSpan(text, { arrays: false, unfold: false }));
  const policies = asArray(doc?.policies);
  if (!doc || policies.length === 0) return undefined;
  const range = asObject(doc['date-range']);
  return {
    org: words(doc['organization-name']) || 'a sending server',
    begin: dateMs(range?.['start-datetime']),
    end: dateMs(range?.['end-datetime']),
    policies: policies.map(policyOf),
  };
}

function policyOf(entry: Json): TlsPolicyResult {
  const policy = asObject(entry.policy);
  const summary = asObject(entry.summary);
  return {
    type: words(policy?.['policy-type']) || 'unknown',
    domain: words(policy?.['policy-domain']).toLowerCase(),
    mode: modeOf(policy?.['policy-string']),
    succeeded: count(summary?.['total-successful-session-count']),
    failed: count(summary?.['total-failure-session-count']),
    failures: asArray(entry['failure-details'])
      .slice(0, MAX_FAILURES)
      .map((d) => ({
        resultType: words(d['result-type']).toLowerCase() || 'unknown',
        mxHost: words(d['receiving-mx-hostname']).replace(/\.$/, '') || undefined,
        sendingIp: words(d['sending-mta-ip']) || undefined,
        sessions: count(d['failed-session-count']),
        detail: words(d['additional-information']) || words(d['failure-reason-code']) || undefined,
      })),
  };
}

function modeOf(lines: unknown): string | undefined {
  if (!Array.isArray(lines)) return undefined;
  for (const line of lines) {
    const m = typeof line === 'string' ? /^\s*mode\s*:\s*(\w+)/i.exec(line) : null;
    if (m) return (m[1] as string).toLowerCase();
  }
  return undefined;
}

/** A string value, trimmed and bounded ('' when there is none). */
function words(value: unknown): string {
  return (str(value) ?? '').trim().slice(0, 500);
}

function count(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : 0;
}

function dateMs(value: unknown): number | undefined {
  const ms = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  return Number.isNaN(ms) ? undefined : ms;
}
