import {
  BARRACUDA_LEVELS,
  MHA_LABELS,
  MICROSOFT_CAT,
  MICROSOFT_SFV,
  PROOFPOINT_HAM_RULE,
  PROOFPOINT_SPAM_RULE,
  sclWords,
  VERDICT_HEADERS,
} from '../../knowledge/filter-headers.js';
import type { FilterHeaders, Name } from './filter-headers.js';

/** The spam filters' verdicts in a delivered message's headers, each filter in its own format. */

/** "CIP:198.51.100.7;CTRY:US;SCL:6;SFV:SPM;CAT:SPM;…" and the organisation SCL and BCL headers. */
export function readMicrosoft(values: Map<Name, string>, out: FilterHeaders): void {
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
export function readSpamAssassin(values: Map<Name, string>, out: FilterHeaders): void {
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
export function readFastmail(values: Map<Name, string>, out: FilterHeaders): void {
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
export function readRspamd(values: Map<Name, string>, out: FilterHeaders): void {
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

export function readOthers(values: Map<Name, string>, out: FilterHeaders): void {
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
export function readVerdictHeaders(values: Map<Name, string>, out: FilterHeaders): void {
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

export function readAnalyzerTables(text: string, values: Map<Name, string>): void {
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
