import {
  COMPAUTH_REASONS,
  knownTest,
  MICROSOFT_CAT,
  MICROSOFT_SFV,
  sclWords,
} from '../../knowledge/filter-headers.js';

/**
 * The spam verdicts and authentication results in a delivered message's headers (pasted from "Show
 * original" or "View source"): what a receiver decided and why, read from wherever the header lines sit
 * in the paste.
 */

export interface FilterVerdict {
  /** Who decided: "Microsoft 365", "SpamAssassin", "rspamd", … */
  filter: string;
  /** True when it filed the message as spam, false when not, null when the header gives no verdict. */
  spam: boolean | null;
  /** The verdict in words: "SCL 6 (spam: delivered to Junk by default), SFV:SPM (…)". */
  words: string;
  /** SpamAssassin tests or rspamd symbols, as named in the header. */
  tests: string[];
}

export interface AuthResult {
  method: 'spf' | 'dkim' | 'dmarc' | 'compauth';
  /** Lower case: pass, fail, softfail, neutral, none, temperror, permerror, … */
  result: string;
  /** The identity checked (smtp.mailfrom, header.d, header.from), or compauth's reason in words. */
  subject?: string;
}

export interface FilterHeaders {
  verdicts: FilterVerdict[];
  auth: AuthResult[];
  /** The receiver that wrote the authentication results (authserv-id), or "the filter's tests". */
  checkedBy?: string;
  /** The address the receiver saw the message come from (client-ip, CIP, "sender IP is"). */
  sendingIp?: string;
  /** The From header's domain. */
  fromDomain?: string;
}

const NAMES = [
  'authentication-results',
  'received-spf',
  'x-spam-status',
  'x-spam-flag',
  'x-spam',
  'x-spamd-result',
  'x-rspamd-action',
  'x-forefront-antispam-report',
  'x-ms-exchange-organization-scl',
  'x-microsoft-antispam',
  'x-proofpoint-spam-details',
  'x-mimecast-spam-score',
  'x-barracuda-spam-status',
  'from',
] as const;
type Name = (typeof NAMES)[number];

// A wanted header's first line: its name at a line start (the paste's own header block or a copy of one).
const HEADER_START = new RegExp(`^(${NAMES.join('|')}):[ \\t]*`, 'gim');
// Gmail's "Show original" summary above the headers: "SPF:  PASS with IP 198.51.100.7".
const GMAIL_SUMMARY =
  /^(SPF|DKIM|DMARC):[ \t]+'?(PASS|FAIL|SOFTFAIL|NEUTRAL|NONE|TEMPERROR|PERMERROR)'?(?:[ \t]+with (IP|domain) ([\w.:-]+))?/gim;
const MAX_SCAN = 256 * 1024;
const MAX_VALUE = 4096;

/** The first value of each wanted header, unfolded; a header's copy further down does not override it. */
function headerValues(text: string): Map<Name, string> {
  const values = new Map<Name, string>();
  HEADER_START.lastIndex = 0;
  for (let m = HEADER_START.exec(text); m; m = HEADER_START.exec(text)) {
    const name = (m[1] as string).toLowerCase() as Name;
    let end = text.indexOf('\n', HEADER_START.lastIndex);
    // Folded lines start with a space or tab.
    while (end >= 0 && end + 1 < text.length && (text[end + 1] === ' ' || text[end + 1] === '\t')) {
      if (end - HEADER_START.lastIndex > MAX_VALUE) break;
      end = text.indexOf('\n', end + 1);
    }
    const start = HEADER_START.lastIndex;
    const stop = end < 0 ? text.length : end;
    // Bounded, so every pattern below runs on at most MAX_VALUE characters.
    if (!values.has(name))
      values.set(
        name,
        text
          .slice(start, Math.min(stop, start + MAX_VALUE))
          .replace(/\s+/g, ' ')
          .trim(),
      );
    HEADER_START.lastIndex = stop;
  }
  return values;
}

/** Reads the filter and authentication headers; undefined when the text holds none of them. */
export function readFilterHeaders(input: string): FilterHeaders | undefined {
  const text = input.length > MAX_SCAN ? input.slice(0, MAX_SCAN) : input;
  const values = headerValues(text);
  const out: FilterHeaders = { verdicts: [], auth: [] };
  const ar = values.get('authentication-results');
  if (ar) readAuthenticationResults(ar, out);
  const spf = values.get('received-spf');
  if (spf) readReceivedSpf(spf, out);
  if (out.auth.length === 0) readGmailSummary(text, out);
  readMicrosoft(values, out);
  readSpamAssassin(values, out);
  readRspamd(values, out);
  readOthers(values, out);
  if (out.auth.length === 0) authFromTests(out);
  const from = values.get('from');
  const domain = from ? /@([\w.-]+\.[a-z]{2,})/i.exec(from)?.[1] : undefined;
  if (domain) out.fromDomain = domain.toLowerCase();
  return out.verdicts.length > 0 || out.auth.length > 0 ? out : undefined;
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
      const subject = /(?:smtp\.mailfrom|header\.from|header\.d|header\.i)=([^\s;]+)/i.exec(part)?.[1];
      if (subject) result.subject = subject.replace(/^@/, '');
    }
    out.auth.push(result);
  }
}

/** RFC 7208: "Received-SPF: SoftFail (comment) client-ip=198.51.100.7; envelope-from=…". */
function readReceivedSpf(value: string, out: FilterHeaders): void {
  const result = /^([a-z]+)/i.exec(value)?.[1]?.toLowerCase();
  const m = SENDER_IP.exec(value);
  const ip = /client-ip=([0-9a-f.:]+)/i.exec(value)?.[1] ?? m?.[1] ?? m?.[2];
  if (ip && !out.sendingIp) out.sendingIp = ip;
  if (!result || out.auth.some((a) => a.method === 'spf')) return;
  const subject = /envelope-from=<?([^\s;>]+)/i.exec(value)?.[1];
  out.auth.push({ method: 'spf', result, ...(subject ? { subject } : {}) });
}

function readGmailSummary(text: string, out: FilterHeaders): void {
  GMAIL_SUMMARY.lastIndex = 0;
  for (let m = GMAIL_SUMMARY.exec(text); m; m = GMAIL_SUMMARY.exec(text)) {
    const method = (m[1] as string).toLowerCase() as AuthResult['method'];
    if (m[3]?.toLowerCase() === 'ip' && m[4] && !out.sendingIp) out.sendingIp = m[4];
    const subject = m[3]?.toLowerCase() === 'domain' ? m[4] : undefined;
    if (!out.auth.some((a) => a.method === method))
      out.auth.push({ method, result: (m[2] as string).toLowerCase(), ...(subject ? { subject } : {}) });
  }
}

/** "CIP:198.51.100.7;CTRY:US;SCL:6;SFV:SPM;CAT:SPM;…" and the organisation SCL and BCL headers. */
function readMicrosoft(values: Map<Name, string>, out: FilterHeaders): void {
  const report = values.get('x-forefront-antispam-report');
  const fields = new Map<string, string>();
  for (const pair of (report ?? '').split(';')) {
    const colon = pair.indexOf(':');
    if (colon > 0) fields.set(pair.slice(0, colon).trim().toUpperCase(), pair.slice(colon + 1).trim());
  }
  const sclText = fields.get('SCL') ?? values.get('x-ms-exchange-organization-scl');
  const bcl = /BCL:(\d)/i.exec(values.get('x-microsoft-antispam') ?? '')?.[1];
  if (!report && sclText === undefined) return;
  const words: string[] = [];
  let spam: boolean | null = null;
  const scl = sclText !== undefined && /^-?\d$/.test(sclText.trim()) ? Number(sclText) : undefined;
  if (scl !== undefined) {
    const band = sclWords(scl);
    words.push(`SCL ${scl} (${band.words})`);
    spam = band.spam;
  }
  const sfv = fields.get('SFV')?.toUpperCase();
  const sfvMeaning = sfv ? MICROSOFT_SFV[sfv] : undefined;
  if (sfv && sfvMeaning) {
    words.push(`SFV:${sfv} (${sfvMeaning.words})`);
    spam = spam === true || sfvMeaning.spam;
  }
  const cat = fields.get('CAT')?.toUpperCase();
  const catMeaning = cat ? MICROSOFT_CAT[cat] : undefined;
  if (cat && catMeaning) words.push(`CAT:${cat} (${catMeaning})`);
  if (bcl !== undefined) words.push(`BCL ${bcl} (bulk complaint level, 0-9)`);
  const cip = fields.get('CIP');
  if (cip && !out.sendingIp) out.sendingIp = cip;
  if (words.length > 0)
    out.verdicts.push({ filter: 'Microsoft 365', spam, words: words.join(', '), tests: [] });
}

/** "Yes, score=7.4 required=5.0 tests=BAYES_80,RDNS_NONE autolearn=no version=3.4.6". */
function readSpamAssassin(values: Map<Name, string>, out: FilterHeaders): void {
  const status = values.get('x-spam-status');
  const flag = values.get('x-spam-flag');
  if (!status && !flag) return;
  const answer = /^(yes|no)\b/i.exec(status ?? flag ?? '')?.[1]?.toLowerCase();
  const score = /(?:score|hits)=(-?[\d.]+)/i.exec(status ?? '')?.[1];
  const required = /required=(-?[\d.]+)/i.exec(status ?? '')?.[1];
  const tests = testsIn(status ?? '');
  out.verdicts.push({
    filter: 'SpamAssassin',
    spam: answer === undefined ? null : answer === 'yes',
    words:
      score && required
        ? `score ${score}, ${Number(score) >= Number(required) ? 'at or over' : 'under'} the ${required} threshold`
        : answer === 'yes'
          ? 'flagged as spam'
          : 'not flagged as spam',
    tests,
  });
}

/** "tests=A,B, C autolearn=no": the names up to the next "name=" field. */
function testsIn(status: string): string[] {
  const at = status.search(/tests=/i);
  if (at < 0) return [];
  const rest = status.slice(at + 6);
  const next = rest.search(/\s\w+=/);
  return (next < 0 ? rest : rest.slice(0, next))
    .split(/[,\s]+/)
    .filter((t) => t && t.toLowerCase() !== 'none');
}

/** "default: True [12.40 / 15.00]; R_SPF_SOFTFAIL(0.60)[~all]; …" and the action header. */
function readRspamd(values: Map<Name, string>, out: FilterHeaders): void {
  const result = values.get('x-spamd-result');
  const action = values.get('x-rspamd-action')?.toLowerCase();
  if (!result && !action) return;
  const m = /^\s*\w+:\s*(true|false)\s*\[\s*(-?[\d.]+)\s*\/\s*(-?[\d.]+)\s*\]/i.exec(result ?? '');
  const symbols: string[] = [];
  for (const s of (result ?? '').split(';').slice(1)) {
    const name = /^\s*([A-Z0-9_]+)\(/.exec(s)?.[1];
    if (name) symbols.push(name);
  }
  const spam = action
    ? action !== 'no action' && action !== 'greylist'
    : m
      ? m[1]?.toLowerCase() === 'true'
      : null;
  const words = [m ? `score ${m[2]} of ${m[3]} to reject` : '', action ? `action "${action}"` : '']
    .filter(Boolean)
    .join(', ');
  out.verdicts.push({ filter: 'rspamd', spam, words, tests: symbols });
}

function readOthers(values: Map<Name, string>, out: FilterHeaders): void {
  const proofpoint = values.get('x-proofpoint-spam-details');
  if (proofpoint) {
    const rule = /rule=(\S+)/i.exec(proofpoint)?.[1]?.toLowerCase();
    const score = /spamscore=(\d+)/i.exec(proofpoint)?.[1];
    out.verdicts.push({
      filter: 'Proofpoint',
      spam: rule ? rule.includes('spam') || rule.includes('bulk') : null,
      words: [rule ? `rule ${rule}` : '', score ? `spam score ${score} of 100` : '']
        .filter(Boolean)
        .join(', '),
      tests: [],
    });
  }
  const mimecast = values.get('x-mimecast-spam-score');
  if (mimecast && /^-?\d+$/.test(mimecast)) {
    out.verdicts.push({ filter: 'Mimecast', spam: null, words: `spam score ${mimecast}`, tests: [] });
  }
  const barracuda = values.get('x-barracuda-spam-status');
  if (barracuda) {
    const answer = /^(yes|no)\b/i.exec(barracuda)?.[1]?.toLowerCase();
    const score = /score=(-?[\d.]+)/i.exec(barracuda)?.[1];
    out.verdicts.push({
      filter: 'Barracuda',
      spam: answer === undefined ? null : answer === 'yes',
      words: score ? `score ${score}` : answer === 'yes' ? 'flagged as spam' : 'not flagged as spam',
      tests: [],
    });
  }
  const xSpam = values.get('x-spam');
  if (xSpam && !out.verdicts.some((v) => v.filter === 'rspamd' || v.filter === 'SpamAssassin')) {
    const yes = /^yes\b/i.test(xSpam);
    out.verdicts.push({ filter: 'the receiving filter', spam: yes, words: `X-Spam: ${xSpam}`, tests: [] });
  }
}

/** Without Authentication-Results, the filter's own SPF, DKIM and DMARC tests stand for the results. */
function authFromTests(out: FilterHeaders): void {
  for (const test of out.verdicts.flatMap((v) => v.tests)) {
    const auth = knownTest(test)?.auth;
    if (auth && !out.auth.some((a) => a.method === auth.method)) out.auth.push({ ...auth });
  }
  if (out.auth.length > 0) out.checkedBy = "the filter's tests";
}
