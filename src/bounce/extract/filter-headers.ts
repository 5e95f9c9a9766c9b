import {
  BARRACUDA_LEVELS,
  COMPAUTH_REASONS,
  knownTest,
  MHA_LABELS,
  MICROSOFT_CAT,
  MICROSOFT_SFV,
  PROOFPOINT_HAM_RULE,
  PROOFPOINT_SPAM_RULE,
  sclWords,
  VERDICT_HEADERS,
} from '../../knowledge/filter-headers.js';
import { addressScope, isSeenByReceivers } from '../../net/address-scope.js';

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
  /** DMARC: what the receiver did with the failure (Google's dis=, Microsoft's action=), lower case. */
  disposition?: string;
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

const FIXED_NAMES = [
  'authentication-results',
  'arc-authentication-results',
  'received-spf',
  'received',
  'x-barracuda-connect',
  'x-spam-report',
  'x-ham-report',
  'x-spam-hits',
  'x-spam-source',
  'x-spam-score',
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
type Name = (typeof FIXED_NAMES)[number] | string;
const NAMES: string[] = [...FIXED_NAMES, ...VERDICT_HEADERS.map((h) => h.header)];

// A wanted header's first line: its name at a line start (the paste's own header block or a copy of one),
// or a row of a header table ("Authentication-Results<TAB>…", "12<TAB>Authentication-Results<TAB>…").
const HEADER_START = new RegExp(`^(?:\\d{1,3}\\t)?(${NAMES.join('|')})(?::|\\t)[ \\t]*`, 'gim');
// A quoted reply's "> " marks, and CR of CRLF line ends, taken off before reading.
const QUOTE_MARKS = /^[ \t]*(?:>[ \t]?)+/gm;
// Gmail's "Show original" summary above the headers: "SPF:  PASS with IP 198.51.100.7".
const GMAIL_SUMMARY =
  /^(SPF|DKIM|DMARC):[ \t]+'?(PASS|FAIL|SOFTFAIL|NEUTRAL|NONE|TEMPERROR|PERMERROR)'?(?:[ \t]+with (IP|domain) ([\w.:-]+))?/gim;
const MAX_SCAN = 256 * 1024;
const MAX_VALUE = 4096;

interface HeaderEntry {
  name: Name;
  value: string;
}

/** The first value of each wanted header, unfolded; a header's copy further down does not override it. */
function firstValues(entries: HeaderEntry[]): Map<Name, string> {
  const values = new Map<Name, string>();
  for (const e of entries) if (!values.has(e.name)) values.set(e.name, e.value);
  return values;
}

/** Every wanted header in the order of the paste, unfolded. */
function headerEntries(text: string): HeaderEntry[] {
  const entries: HeaderEntry[] = [];
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
    entries.push({
      name,
      value: text
        .slice(start, Math.min(stop, start + MAX_VALUE))
        .replace(/\s+/g, ' ')
        .trim(),
    });
    HEADER_START.lastIndex = stop;
  }
  return entries;
}

/** Reads the filter and authentication headers; undefined when the text holds none of them. */
export function readFilterHeaders(input: string): FilterHeaders | undefined {
  const text = (input.length > MAX_SCAN ? input.slice(0, MAX_SCAN) : input)
    .replace(/\r\n?/g, '\n')
    .replace(QUOTE_MARKS, '');
  const entries = headerEntries(text);
  const values = firstValues(entries);
  const out: FilterHeaders = { verdicts: [], auth: [] };
  readReceiverResults(entries, out);
  const spf = values.get('received-spf');
  if (spf) readReceivedSpf(spf, out);
  if (out.auth.length === 0) readGmailSummary(text, out);
  if (!values.has('x-forefront-antispam-report')) readAnalyzerTables(text, values);
  readMicrosoft(values, out);
  readSpamAssassin(values, out);
  readRspamd(values, out);
  readOthers(values, out);
  readVerdictHeaders(values, out);
  readFastmail(values, out);
  if (out.auth.length === 0) authFromTests(out);
  if (!out.sendingIp) out.sendingIp = connectingIp(values) ?? receivedIp(entries);
  const from = values.get('from');
  const domain = from ? /@([\w.-]+\.[a-z]{2,})/i.exec(from)?.[1] : undefined;
  const fallback = domain ?? identityDomain(out, 'dmarc') ?? identityDomain(out, 'spf');
  if (fallback) out.fromDomain = fallback.toLowerCase();
  return out.verdicts.length > 0 || out.auth.length > 0 ? out : undefined;
}

/** The domain of a check's identity ("bob@example.net", "example.net"), when it names one. */
function identityDomain(out: FilterHeaders, method: AuthResult['method']): string | undefined {
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
function readReceiverResults(entries: HeaderEntry[], out: FilterHeaders): void {
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
function siteOf(host: string): string {
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
function readReceivedSpf(value: string, out: FilterHeaders): void {
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
  // The organisation's SCL header alone is Exchange's (on-premises or Online), without the EOP report.
  if (words.length > 0)
    out.verdicts.push({
      filter: report ? 'Microsoft 365' : 'Exchange',
      spam,
      words: words.join(', '),
      tests: [],
    });
}

/** "Yes, score=7.4 required=5.0 tests=BAYES_80,RDNS_NONE autolearn=no version=3.4.6". */
function readSpamAssassin(values: Map<Name, string>, out: FilterHeaders): void {
  const status = values.get('x-spam-status');
  const flag = values.get('x-spam-flag');
  if (!status && !flag) return;
  const answer = /^(yes|no)\b/i.exec(status ?? flag ?? '')?.[1]?.toLowerCase();
  // cPanel's and SpamAssassin's report: "Content analysis details: (3.2 points, 5.0 required)" and a
  // "pts rule name description" table.
  const report = values.get('x-spam-report') ?? values.get('x-ham-report') ?? '';
  const reported = /\((-?\d+(?:\.\d+)?) points?, (-?\d+(?:\.\d+)?) required\)/i.exec(report);
  const score = /(?:score|hits)=(-?[\d.]+)/i.exec(status ?? '')?.[1] ?? reported?.[1];
  const required = /required=(-?[\d.]+)/i.exec(status ?? '')?.[1] ?? reported?.[2];
  const tests = testsIn(status ?? '');
  out.verdicts.push({
    filter: 'SpamAssassin',
    spam: answer === undefined ? null : answer === 'yes',
    words:
      score && required
        ? `score ${score}, ${Number(score) >= Number(required) ? 'at or over' : 'under'} the ${required} threshold`
        : score
          ? `score ${score}, ${answer === 'yes' ? 'flagged as spam' : 'not flagged as spam'}`
          : answer === 'yes'
            ? 'flagged as spam'
            : 'not flagged as spam',
    tests: tests.length > 0 ? tests : reportTests(report),
  });
}

/** The rule names of a report's "pts rule name description" lines ("1.3 RDNS_NONE Delivered to …"). */
function reportTests(report: string): string[] {
  const tests: string[] = [];
  for (const m of report.matchAll(/(?:^|\s)-?\d{1,3}\.\d{1,4} ([A-Z][A-Z0-9_]{2,60})\b/g)) {
    if (m[1] && !tests.includes(m[1])) tests.push(m[1]);
  }
  return tests;
}

/**
 * Fastmail: "X-Spam-score: 5.3", "X-Spam-hits: BAYES_50 0.8, RDNS_NONE 1.274, LANGUAGES en, …" and
 * "X-Spam-source: IP='198.51.100.7', Host='unk', …". It files a message in Junk at the threshold the
 * account's spam protection sets, so the score alone gives no verdict.
 */
function readFastmail(values: Map<Name, string>, out: FilterHeaders): void {
  const hits = values.get('x-spam-hits');
  const source = values.get('x-spam-source');
  if (!hits && !source) return;
  const score = /^-?\d+(?:\.\d+)?/.exec(values.get('x-spam-score') ?? '')?.[0];
  const tests: string[] = [];
  for (const m of (hits ?? '').matchAll(/(?:^|,)\s*([A-Z][A-Z0-9_]{2,60}) -?\d+(?:\.\d+)?(?=,|$)/g))
    if (m[1]) tests.push(m[1]);
  const ip = /\bIP='([0-9a-f.:]+)'/i.exec(source ?? '')?.[1];
  if (ip && !out.sendingIp) out.sendingIp = ip;
  out.verdicts.push({
    filter: 'Fastmail',
    spam: null,
    words: score
      ? `score ${score} (Fastmail files mail in Junk at the threshold set in the account's spam protection)`
      : '',
    tests,
  });
}

/** "tests=A,B, C autolearn=no": the names up to the next "name=" field; Amavis's "tests=[A=0.8, B=-0.1]". */
function testsIn(status: string): string[] {
  const at = status.search(/tests=/i);
  if (at < 0) return [];
  const rest = status.slice(at + 6);
  if (rest.startsWith('[')) {
    const close = rest.indexOf(']');
    return rest
      .slice(1, close < 0 ? undefined : close)
      .split(',')
      .map((t) => t.trim().split('=')[0] ?? '')
      .filter((t) => t && t.toLowerCase() !== 'none');
  }
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
      spam: rule ? !PROOFPOINT_HAM_RULE.test(rule) && PROOFPOINT_SPAM_RULE.test(rule) : null,
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
    const levels = BARRACUDA_LEVELS.flatMap((l) => {
      const at = new RegExp(`\\b${l.name}=(-?[\\d.]+)`, 'i').exec(barracuda)?.[1];
      return at ? [`${l.words} at ${at}`] : [];
    });
    out.verdicts.push({
      filter: 'Barracuda',
      spam: answer === undefined ? null : answer === 'yes',
      words: [
        score ? `score ${score}` : answer === 'yes' ? 'flagged as spam' : 'not flagged as spam',
        levels.length > 0 ? `(${levels.join(', ')})` : '',
      ]
        .filter(Boolean)
        .join(' '),
      tests: testsIn(barracuda.replace(/,\s+/g, ',')),
    });
  }
  const xSpam = values.get('x-spam');
  if (xSpam && !out.verdicts.some((v) => v.filter === 'rspamd' || v.filter === 'SpamAssassin')) {
    const yes = /^yes\b/i.test(xSpam);
    out.verdicts.push({ filter: 'the receiving filter', spam: yes, words: `X-Spam: ${xSpam}`, tests: [] });
  }
}

/** The filters that write one verdict header of their own (VERDICT_HEADERS). */
function readVerdictHeaders(values: Map<Name, string>, out: FilterHeaders): void {
  for (const h of VERDICT_HEADERS) {
    const value = values.get(h.header);
    if (!value || out.verdicts.some((v) => v.filter === h.filter)) continue;
    const spam = h.spam.test(value) ? true : h.ham?.test(value) ? false : null;
    const score = h.score?.exec(value);
    const words = [
      spam === true ? h.spamWords : spam === false ? h.hamWords : `${h.header}: ${value.slice(0, 60)}`,
      score?.[1]
        ? `${(h.scoreWords ?? 'score {score}').replace('{score}', score[1])}${score[2] ? ` against the ${score[2]} threshold` : ''}`
        : '',
    ]
      .filter(Boolean)
      .join(', ');
    out.verdicts.push({ filter: h.filter, spam, words, tests: [] });
  }
}

/**
 * The Message Header Analyzer's tables ("Spam Confidence Level<TAB>5", "Spam Filtering Verdict<TAB>SPM"):
 * read as the X-Forefront-Antispam-Report and X-Microsoft-Antispam fields they show.
 */
// One optional colon, then blanks: unambiguous, so a run of tabs is scanned in linear time.
const MHA_ROW = new RegExp(
  `^(${Object.keys(MHA_LABELS).join('|')})(?=[ \\t:])(?:[ \\t]*:)?[ \\t]*([^\\s;]+)`,
  'gim',
);

function readAnalyzerTables(text: string, values: Map<Name, string>): void {
  const fields: string[] = [];
  MHA_ROW.lastIndex = 0;
  for (let m = MHA_ROW.exec(text); m; m = MHA_ROW.exec(text)) {
    const field = MHA_LABELS[(m[1] as string).toLowerCase()];
    if (field === 'BCL') {
      if (!values.has('x-microsoft-antispam')) values.set('x-microsoft-antispam', `BCL:${m[2]};`);
    } else if (field && !fields.some((f) => f.startsWith(`${field}:`))) fields.push(`${field}:${m[2]}`);
  }
  if (fields.some((f) => f.startsWith('SCL:') || f.startsWith('SFV:')))
    values.set('x-forefront-antispam-report', fields.join(';'));
}

/** Barracuda's "X-Barracuda-Connect: mail.example.net[198.51.100.7]". */
function connectingIp(values: Map<Name, string>): string | undefined {
  return /\[([0-9a-f.:]+)\]/i.exec(values.get('x-barracuda-connect') ?? '')?.[1];
}

// "from mail.example.net (mail.example.net [198.51.100.7]) by …", "from unknown (HELO pc) (198.51.100.7)",
// "from mail.example.net ([198.51.100.7]) by …", "[IPv6:2001:db8::1]".
const RECEIVED_IP = /[[(](?:IPv6:)?((?:\d{1,3}\.){3}\d{1,3}|[0-9a-f]{0,4}:[0-9a-f:.]{2,45})[\])]/i;

/**
 * Without a filter's or an SPF check's client address, the Received lines: the topmost hop from an address
 * receivers can see (not the receiver's private or loopback relays, nor a sender's submission from its
 * LAN), preferring a hop between different sites over the receiver's own internal relays.
 */
function receivedIp(entries: HeaderEntry[]): string | undefined {
  let internal: string | undefined;
  for (const e of entries) {
    if (e.name !== 'received') continue;
    const by = e.value.search(/\sby\s/i);
    const fromPart = by < 0 ? '' : e.value.slice(0, by);
    const fromHost = /^from\s+(\S+)/i.exec(fromPart)?.[1];
    if (!fromHost) continue;
    // Yahoo: "from 198.51.100.7 (EHLO mail.example.net) by …".
    const ip =
      RECEIVED_IP.exec(fromPart)?.[1] ?? (addressScope(fromHost) === 'invalid' ? undefined : fromHost);
    if (!ip || !isSeenByReceivers(addressScope(ip))) continue;
    const byHost = /^\s*by\s+(\S+)/i.exec(e.value.slice(by))?.[1] ?? '';
    if (siteOf(fromHost.replace(/[[\]()]/g, '')) !== siteOf(byHost)) return ip;
    internal ??= ip;
  }
  return internal;
}

/** Without Authentication-Results, the filter's own SPF, DKIM and DMARC tests stand for the results. */
function authFromTests(out: FilterHeaders): void {
  for (const test of out.verdicts.flatMap((v) => v.tests)) {
    const auth = knownTest(test)?.auth;
    if (auth && !out.auth.some((a) => a.method === auth.method)) out.auth.push({ ...auth });
  }
  if (out.auth.length > 0) out.checkedBy = "the filter's tests";
}
