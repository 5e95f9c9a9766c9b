import { VERDICT_HEADERS } from '../../knowledge/filter-headers.js';
import {
  authFromTests,
  identityDomain,
  readGmailSummary,
  readReceivedSpf,
  readReceiverResults,
} from './auth-results.js';
import { connectingIp, receivedIp } from './delivered-from.js';
import {
  readAnalyzerTables,
  readFastmail,
  readMicrosoft,
  readOthers,
  readRspamd,
  readSpamAssassin,
  readVerdictHeaders,
} from './filter-verdicts.js';

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
export type Name = (typeof FIXED_NAMES)[number] | string;
const NAMES: string[] = [...FIXED_NAMES, ...VERDICT_HEADERS.map((h) => h.header)];

// A wanted header's first line: its name at a line start (the paste's own header block or a copy of one),
// or a row of a header table ("Authentication-Results<TAB>…", "12<TAB>Authentication-Results<TAB>…").
const HEADER_START = new RegExp(`^(?:\\d{1,3}\\t)?(${NAMES.join('|')})(?::|\\t)[ \\t]*`, 'gim');
// A quoted reply's "> " marks, and CR of CRLF line ends, taken off before reading.
const QUOTE_MARKS = /^[ \t]*(?:>[ \t]?)+/gm;
const MAX_SCAN = 256 * 1024;
const MAX_VALUE = 4096;

export interface HeaderEntry {
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
