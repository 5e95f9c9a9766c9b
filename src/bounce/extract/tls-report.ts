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

const MAX_JSON = 8 * 1024 * 1024;
const MAX_FAILURES = 1000;

/** The report in a text, or undefined when the text is not one. */
export function readTlsReport(text: string): TlsReport | undefined {
  if (text.length > MAX_JSON || !text.includes('"policies"') || !text.includes('"summary"')) return undefined;
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start < 0 || end <= start) return undefined;
  let doc: unknown;
  try {
    doc = JSON.parse(text.slice(start, end + 1));
  } catch {
    return undefined;
  }
  const policies = field(doc, 'policies');
  if (!Array.isArray(policies) || policies.length === 0) return undefined;
  const range = field(doc, 'date-range');
  return {
    org: str(field(doc, 'organization-name')) || 'a sending server',
    begin: dateMs(field(range, 'start-datetime')),
    end: dateMs(field(range, 'end-datetime')),
    policies: policies.map(policyOf),
  };
}

function policyOf(entry: unknown): TlsPolicyResult {
  const policy = field(entry, 'policy');
  const summary = field(entry, 'summary');
  const details = field(entry, 'failure-details');
  return {
    type: str(field(policy, 'policy-type')) || 'unknown',
    domain: str(field(policy, 'policy-domain')).toLowerCase(),
    mode: modeOf(field(policy, 'policy-string')),
    succeeded: num(field(summary, 'total-successful-session-count')),
    failed: num(field(summary, 'total-failure-session-count')),
    failures: (Array.isArray(details) ? details.slice(0, MAX_FAILURES) : []).map((d) => ({
      resultType: str(field(d, 'result-type')).toLowerCase() || 'unknown',
      mxHost: str(field(d, 'receiving-mx-hostname')).replace(/\.$/, '') || undefined,
      sendingIp: str(field(d, 'sending-mta-ip')) || undefined,
      sessions: num(field(d, 'failed-session-count')),
      detail: str(field(d, 'additional-information')) || str(field(d, 'failure-reason-code')) || undefined,
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

function field(node: unknown, name: string): unknown {
  return node && typeof node === 'object' ? (node as Record<string, unknown>)[name] : undefined;
}

function str(value: unknown): string {
  return typeof value === 'string' ? value.trim().slice(0, 500) : '';
}

function num(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : 0;
}

function dateMs(value: unknown): number | undefined {
  const ms = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  return Number.isNaN(ms) ? undefined : ms;
}
