import type { XMLParser } from 'fast-xml-parser';
import { asObject } from './json-values.js';

/**
 * A DMARC aggregate report (RFC 7489 appendix C, and DMARCbis' namespaced form): the XML a receiver sends to
 * a domain's `rua=` address, pasted or shared as a file. Read with fast-xml-parser; entities are not expanded
 * (a report's values need none, and no DOCTYPE trick can then blow it up).
 */
export interface DmarcRow {
  sourceIp: string;
  count: number;
  /** What the receiver did: none, quarantine, reject. */
  disposition: string;
  /** DMARC's own verdicts: pass when the check passed and aligned with the From domain. */
  dkim: string;
  spf: string;
  headerFrom: string;
  /** The raw results, before alignment: domain and result of each DKIM signature, and of SPF. */
  dkimResults: { domain: string; result: string }[];
  spfResults: { domain: string; result: string }[];
}

export interface DmarcReport {
  /** Who sent the report (org_name). */
  org: string;
  /** The reporting period, in ms since the epoch. */
  begin?: number;
  end?: number;
  /** The policy as the receiver saw it published. */
  domain: string;
  policy: string;
  subdomainPolicy?: string;
  pct?: string;
  rows: DmarcRow[];
}

const MAX_XML = 8 * 1024 * 1024;
const MAX_ROWS = 10_000;
// Elements that may repeat: one record per source, one result per signature.
const LISTS = new Set([
  'feedback.record',
  'feedback.record.auth_results.dkim',
  'feedback.record.auth_results.spf',
]);

// The parser is loaded on the first report: bulk runs and the bot's start-up never pay for it.
let parser: XMLParser | undefined;
async function xmlParser(): Promise<XMLParser> {
  if (!parser) {
    const { XMLParser } = await import('fast-xml-parser');
    parser = new XMLParser({
      removeNSPrefix: true,
      parseTagValue: false,
      processEntities: false,
      htmlEntities: false,
      ignoreDeclaration: true,
      ignorePiTags: true,
      isArray: (_name, jpath) => LISTS.has(String(jpath)),
    });
  }
  return parser;
}

/** The report in a text, or undefined when the text holds none (or it cannot be parsed). */
export async function readDmarcReport(text: string): Promise<DmarcReport | undefined> {
  const start = text.search(/<(?:\w+:)?feedback[\s>]/);
  if (start < 0 || text.length > MAX_XML || !/<(?:\w+:)?record[\s>]/.test(text)) return undefined;
  const xml = await xmlParser();
  let doc: unknown;
  try {
    doc = xml.parse(text.slice(start));
  } catch {
    return undefined;
  }
  const feedback = field(doc, 'feedback');
  const published = field(feedback, 'policy_published');
  const records = field(feedback, 'record');
  if (!Array.isArray(records) || records.length === 0) return undefined;
  const meta = field(feedback, 'report_metadata');
  const range = field(meta, 'date_range');
  const rows = records
    .slice(0, MAX_ROWS)
    .map(rowOf)
    .filter((r): r is DmarcRow => r !== undefined);
  if (rows.length === 0) return undefined;
  return {
    org:
      (typeof field(meta, 'org_name') === 'string' ? (field(meta, 'org_name') as string).trim() : '') ||
      'the receiver',
    begin: epochMs(field(range, 'begin')),
    end: epochMs(field(range, 'end')),
    domain: str(field(published, 'domain')) || rows[0]?.headerFrom || '',
    policy: str(field(published, 'p')) || 'unknown',
    subdomainPolicy: str(field(published, 'sp')) || undefined,
    pct: str(field(published, 'pct')) || undefined,
    rows,
  };
}

function rowOf(record: unknown): DmarcRow | undefined {
  const row = field(record, 'row');
  const evaluated = field(row, 'policy_evaluated');
  const sourceIp = str(field(row, 'source_ip'));
  if (!sourceIp) return undefined;
  const auth = field(record, 'auth_results');
  return {
    sourceIp,
    count: Number.parseInt(str(field(row, 'count')), 10) || 0,
    disposition: str(field(evaluated, 'disposition')) || 'none',
    dkim: str(field(evaluated, 'dkim')) || 'none',
    spf: str(field(evaluated, 'spf')) || 'none',
    headerFrom: str(field(field(record, 'identifiers'), 'header_from')),
    dkimResults: results(field(auth, 'dkim')),
    spfResults: results(field(auth, 'spf')),
  };
}

function results(list: unknown): { domain: string; result: string }[] {
  return (Array.isArray(list) ? list : []).map((r) => ({
    domain: str(field(r, 'domain')),
    result: str(field(r, 'result')) || 'none',
  }));
}

function field(node: unknown, name: string): unknown {
  return asObject(node)?.[name];
}

function str(value: unknown): string {
  return typeof value === 'string' ? value.trim().toLowerCase() : '';
}

function epochMs(value: unknown): number | undefined {
  const n = Number.parseInt(str(value), 10);
  return Number.isFinite(n) && n > 0 ? n * 1000 : undefined;
}
