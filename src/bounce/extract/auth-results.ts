import { COMPAUTH_REASONS, knownTest } from '../../knowledge/filter-headers.js';
import type { AuthResult, FilterHeaders, HeaderEntry } from './filter-headers.js';

/**
 * The authentication results in a delivered message's headers: the receiver's Authentication-Results
 * (RFC 8601), Received-SPF (RFC 7208), Gmail's "Show original" summary, or the filter's own tests.
 */

// Gmail's "Show original" summary above the headers: "SPF:  PASS with IP 198.51.100.7".
const GMAIL_SUMMARY =
  /^(SPF|DKIM|DMARC):[ \t]+'?(PASS|FAIL|SOFTFAIL|NEUTRAL|NONE|TEMPERROR|PERMERROR)'?(?:[ \t]+with (IP|domain) ([\w.:-]+))?/gim;

/** The domain of a check's identity ("bob@example.net", "example.net"), when it names one. */
export function identityDomain(out: FilterHeaders, method: AuthResult['method']): string | undefined {
  const subject = out.auth.find((a) => a.method === method && a.subject)?.subject;
  const domain = subject ? /(?:^|@)([\w-]+(?:\.[\w-]+)*\.[a-z]{2,})$/i.exec(subject)?.[1] : undefined;
  return domain && !/^helo /i.test(subject ?? '') ? domain : undefined;
}

/**
 * The receiver's Authentication-Results: the topmost header and those written with it (further ones above
 * the next Received line, by the same site: iCloud writes one per check, OpenDKIM, OpenDMARC and SPF
 * milters one each). Lower hops' results (a list or forwarder that checked it first) are not the
 * receiver's. Without any, the topmost ARC-Authentication-Results (the receiver's own seal, as Zoho writes
 * it) stands in.
 */
export function readReceiverResults(entries: HeaderEntry[], out: FilterHeaders): void {
  const first = entries.findIndex((e) => e.name === 'authentication-results');
  const group: string[] = [];
  if (first >= 0) {
    const site = siteOf(authservId(entries[first]?.value ?? ''));
    for (let i = first; i < entries.length; i++) {
      const e = entries[i] as HeaderEntry;
      if (e.name === 'received') break;
      if (e.name !== 'authentication-results') continue;
      if (i === first || siteOf(authservId(e.value)) === site) group.push(e.value);
    }
  } else {
    const arc = entries.find((e) => e.name === 'arc-authentication-results')?.value;
    if (arc) group.push(arc.replace(/^\s*i\s*=\s*\d+\s*;\s*/i, ''));
  }
  const ids = new Set<string>();
  for (const value of group) {
    const read: FilterHeaders = { verdicts: [], auth: [] };
    readAuthenticationResults(value, read);
    if (read.sendingIp && !out.sendingIp) out.sendingIp = read.sendingIp;
    if (read.checkedBy) ids.add(read.checkedBy);
    const have = new Set(out.auth.map((a) => a.method));
    out.auth.push(...read.auth.filter((a) => !have.has(a.method)));
  }
  const [only] = ids;
  if (ids.size === 1 && only) out.checkedBy = only;
  else if (ids.size > 1) out.checkedBy = siteOf([...ids][0] ?? '');
}

function authservId(value: string): string {
  const first = value.split(';')[0]?.trim() ?? '';
  return first.includes('=') ? '' : (first.split(/\s/)[0] ?? '');
}

/** "dkim-verifier.icloud.com" -> "icloud.com": the last two labels, enough to tell hops apart. */
export function siteOf(host: string): string {
  return host.toLowerCase().split('.').slice(-2).join('.');
}

function withoutComments(value: string): string {
  let out = value;
  // Comments nest at most a level or two in practice; each pass removes the innermost.
  for (let i = 0; i < 3 && out.includes('('); i++) out = out.replace(/\([^()]*\)/g, ' ');
  return out;
}

// Microsoft's "(sender IP is 198.51.100.7)", Gmail's and SPF's "does not designate 198.51.100.7 as permitted sender".
const SENDER_IP = /sender IP is ([0-9a-f.:]+)|designates? ([0-9a-f.:]+) as permitted sender/i;

const METHODS = new Set(['spf', 'dkim', 'dmarc', 'compauth']);

/** RFC 8601: "authserv-id; spf=pass smtp.mailfrom=…; dkim=none; dmarc=fail header.from=…". */
function readAuthenticationResults(value: string, out: FilterHeaders): void {
  const m = SENDER_IP.exec(value);
  const ip = m?.[1] ?? m?.[2];
  if (ip) out.sendingIp = ip;
  const parts = withoutComments(value).split(';');
  const first = parts[0]?.trim() ?? '';
  if (first && !first.includes('=')) out.checkedBy = first.split(/\s/)[0];
  for (const part of parts) {
    const m = /^\s*([a-z-]+)\s*=\s*([a-z]+)/i.exec(part);
    const method = m?.[1]?.toLowerCase();
    if (!m || !method || !METHODS.has(method)) continue;
    const result: AuthResult = {
      method: method as AuthResult['method'],
      result: (m[2] as string).toLowerCase(),
    };
    if (method === 'compauth') {
      const reason = /reason=(\d{3})/i.exec(part)?.[1];
      const words = reason ? COMPAUTH_REASONS[reason] : undefined;
      if (words) result.subject = `reason ${reason}: ${words}`;
    } else {
      const helo = /smtp\.helo=<?([^\s;>]+)/i.exec(part)?.[1];
      const subject = /(?:smtp\.mailfrom|smtp\.mail|header\.from|header\.d|header\.i)=<?([^\s;>]+)/i.exec(
        part,
      )?.[1];
      if (subject) result.subject = subject.replace(/^@/, '');
      else if (helo) result.subject = `HELO ${helo}`;
    }
    if (method === 'dmarc') {
      const disposition = dmarcDisposition(value);
      if (disposition) result.disposition = disposition;
    }
    out.auth.push(result);
  }
}

/** "dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE)", "dmarc=fail action=oreject": what was done. */
function dmarcDisposition(value: string): string | undefined {
  const at = value.search(/\bdmarc\s*=/i);
  if (at < 0) return undefined;
  const end = value.indexOf(';', at);
  const part = value.slice(at, end < 0 ? undefined : end);
  const found = /\b(?:dis|action)=([a-z.]+)/i.exec(part)?.[1]?.toLowerCase();
  return found && found !== 'none' ? found : undefined;
}

/** RFC 7208: "Received-SPF: SoftFail (comment) client-ip=198.51.100.7; envelope-from=…". */
export function readReceivedSpf(value: string, out: FilterHeaders): void {
  const result = /^([a-z]+)/i.exec(value)?.[1]?.toLowerCase();
  const m = SENDER_IP.exec(value);
  const ip = /client-ip=([0-9a-f.:]+)/i.exec(value)?.[1] ?? m?.[1] ?? m?.[2];
  if (ip && !out.sendingIp) out.sendingIp = ip;
  if (!result || out.auth.some((a) => a.method === 'spf')) return;
  const subject =
    /envelope-from=["<]*([^\s;>"]+)/i.exec(value)?.[1] ??
    /domain of (?:transitioning )?<?([^\s;>()]+)/i.exec(value)?.[1];
  out.auth.push({ method: 'spf', result, ...(subject ? { subject } : {}) });
}

export function readGmailSummary(text: string, out: FilterHeaders): void {
  GMAIL_SUMMARY.lastIndex = 0;
  for (let m = GMAIL_SUMMARY.exec(text); m; m = GMAIL_SUMMARY.exec(text)) {
    const method = (m[1] as string).toLowerCase() as AuthResult['method'];
    if (m[3]?.toLowerCase() === 'ip' && m[4] && !out.sendingIp) out.sendingIp = m[4];
    const subject = m[3]?.toLowerCase() === 'domain' ? m[4] : undefined;
    if (!out.auth.some((a) => a.method === method))
      out.auth.push({ method, result: (m[2] as string).toLowerCase(), ...(subject ? { subject } : {}) });
  }
}

/** Without Authentication-Results, the filter's own SPF, DKIM and DMARC tests stand for the results. */
export function authFromTests(out: FilterHeaders): void {
  for (const test of out.verdicts.flatMap((v) => v.tests)) {
    const auth = knownTest(test)?.auth;
    if (auth && !out.auth.some((a) => a.method === auth.method)) out.auth.push({ ...auth });
  }
  if (out.auth.length > 0) out.checkedBy = "the filter's tests";
}
