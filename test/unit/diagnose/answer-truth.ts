/**
 * The general checker of the answer-truth rounds (44, 93): everything false in one record's answer for the
 * bounce it answers (placeholders, permanence in the words, evidence not in the paste, IPs not in the paste,
 * links of lists or providers the paste does not name), plus the facts a case states.
 */
import { renderText } from '../../../adapters/console/render-text.js';
import type { Side } from '../../../src/bounce/types.js';
import type { BounceRecord, Confidence, Report } from '../../../src/report/types.js';
export interface TruthCase {
  name: string;
  text: string;
  permanent?: boolean;
  side?: Side | Side[];
  /** The IP the answer may name as the sender's; null: the answer names no IP as one to check or delist. */
  ip?: string | null;
  /** The list (words of its name or removal page) the answer may point at for removal; null: none. */
  blocklist?: RegExp | null;
  suggestion?: string | null;
  /** Words the answer (headline, title, explanation, steps, rendered text) must hold. */
  say?: RegExp[];
  /** Words it must not hold. */
  notSay?: RegExp[];
  confidence?: Confidence[];
  knownWrong?: string;
}

const IPV4 = /\b(?:\d{1,3}\.){3}\d{1,3}\b/g;
// Public resolvers the steps name as examples ("dig @1.1.1.1", "8.8.8.8, 1.1.1.1"): never the bounce's.
const EXAMPLE_IPS = new Set(['1.1.1.1', '8.8.8.8', '9.9.9.9']);
const PRIVATE = /^(?:10\.|127\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.|169\.254\.)/;

/** Fallback words of fill-steps.ts glued into a host name, an address or a DNS name: a half-filled template. */
const GLUED =
  /[@.=_/]\s?(?:your sending domain|the recipient domain|your sending IP|the recipient address|the receiving mail server)|(?:your sending domain|the recipient domain|the receiving mail server)[.:@]\w/;
const UNFILLED =
  /\{(?:recipient|domain|senderDomain|ip|remoteHost|suggestion|blocklist|delist|provider|postmaster|deferred|final|unnamed)\}|\bundefined\b|\bnull\b(?! MX)|""|''|\(\s*\)/;

// Unhedged words that say the message is still queued or will be retried.
const STILL_RETRYING =
  /\b(?:keeps retrying|is retried|will retry|is still retrying|still retrying|stays queued|waits until|only has to retry|delivery happens on a later retry|will keep going|retries on its own|the mail is retried)\b/i;
// Unhedged words that say the message was refused for good or returned.
const GIVEN_UP =
  /\b(?:retrying will not help|can never succeed|rejected for good|gave up|nothing retries it|the expired copy|was returned, not queued)\b/i;
// A sentence that speaks of one outcome among several is no claim about this record.
const HEDGED = /\b(?:4xx|5xx|temporary|permanent|if |once |after a |when |until )/i;

/** Sentences of a text (steps hold several, "; " joins halves of one claim). */
export function sentences(text: string): string[] {
  return text.split(/(?<=[.;:])\s+(?=[A-Z(`])/);
}

/** URLs of lists and providers, and the words a paste must hold for the answer to point there. */
const URL_OWNERS: [RegExp, RegExp][] = [
  [/check\.spamhaus\.org|spamhaus/i, /spamhaus|zen\.|sbl|xbl|pbl|dbl/i],
  [/spamcop/i, /spamcop/i],
  [/barracuda/i, /barracuda|b\.barracudacentral/i],
  [/uceprotect/i, /uceprotect/i],
  [
    /sender\.office\.com|olcsupport\.office\.com|microsoft/i,
    // Microsoft's own codes name it too: its S-codes, 5.7.5xx/5.7.7xx and AS(nnnn) anti-spam codes.
    /microsoft|outlook|hotmail|office ?365|protection\.outlook|S3150|S3140|5\.7\.606|5\.7\.511|5\.7\.520|5\.7\.750|AS\(\d{3,}\)|live\.com/i,
  ],
  [/postmaster\.google\.com|support\.google\.com/i, /google|gmail/i],
  [/yahoo/i, /yahoo|aol/i],
  [/talosintelligence|senderbase/i, /talos|senderbase|cisco|ironport/i],
  [/proofpoint/i, /proofpoint|pphosted/i],
  [/trendmicro/i, /trend ?micro|ers\.|mail-abuse/i],
  [/cloudmark/i, /cloudmark/i],
  [/abusix/i, /abusix/i],
  [/mailspike/i, /mailspike/i],
  [/spamrats/i, /spamrats/i],
  [/manitu|nixspam/i, /manitu|nix ?spam/i],
  [/psbl/i, /psbl/i],
  [/spameatingmonkey/i, /spameatingmonkey|sem-/i],
  [/surbl/i, /surbl/i],
  [/uribl/i, /uribl/i],
];

/** Every part in the text, in order ("…" in an evidence phrase marks a gap). */
function inOrder(text: string, parts: string[]): boolean {
  let at = 0;
  for (const part of parts.map((p) => p.trim()).filter(Boolean)) {
    const found = text.indexOf(part, at);
    if (found < 0) return false;
    at = found + part.length;
  }
  return true;
}

function norm(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ');
}

/** Everything false in one record's answer, as short lines (empty when nothing is). */
export function lies(r: BounceRecord, report: Report, paste: string, c: TruthCase): string[] {
  const out: string[] = [];
  const answer = [report.headline, r.title, r.explanation, ...r.steps, ...report.notes];
  const all = answer.join('\n');
  const rendered = renderText(report);
  const pasteN = norm(paste);

  for (const line of answer) {
    if (UNFILLED.test(line)) out.push(`unfilled: ${line}`);
    if (GLUED.test(line)) out.push(`glued fallback: ${line}`);
  }

  // Title and permanence.
  if (r.permanent && /^(?:Deferred|Delayed|Temporarily)\b/.test(r.title))
    out.push(`title of a deferral: ${r.title}`);
  if (!r.permanent && /^(?:Failed|Delivery failed|Undeliverable|Rejected)\b/.test(r.title))
    out.push(`title of a failure: ${r.title}`);
  // The rendered words of one record (a report of several shows each record's own permanence).
  if (r.permanent && report.records.length === 1 && /temporary \(will retry\)/.test(rendered))
    out.push('rendered "temporary (will retry)"');
  if (r.permanent && /\btemporary\b/.test(report.headline))
    out.push(`headline temporary: ${report.headline}`);
  if (!r.permanent && / · permanent\b/.test(report.headline))
    out.push(`headline permanent: ${report.headline}`);

  // Explanation and steps against permanence.
  for (const text of [r.title, r.explanation, ...r.steps]) {
    for (const s of sentences(text)) {
      if (HEDGED.test(s)) continue;
      if (r.permanent && STILL_RETRYING.test(s)) out.push(`says it retries, but final: ${s}`);
      if (!r.permanent && GIVEN_UP.test(s)) out.push(`says it is final, but deferred: ${s}`);
    }
  }

  // Evidence quotes.
  for (const e of r.evidence) {
    const quoted = /"([^"]+)"/.exec(e)?.[1];
    if (quoted && !inOrder(pasteN, norm(quoted).split('…'))) out.push(`evidence not in paste: ${e}`);
  }

  // IPs.
  for (const ip of all.match(IPV4) ?? []) {
    if (!paste.includes(ip) && !EXAMPLE_IPS.has(ip)) out.push(`IP not in paste: ${ip}`);
  }
  if (r.sendingIp && r.remoteIp && r.sendingIp === r.remoteIp)
    out.push(`receiver IP as yours: ${r.sendingIp}`);
  for (const m of all.matchAll(/\/blacklist (\d[\d.]+\d)/g)) {
    const ip = m[1] as string;
    if (PRIVATE.test(ip)) out.push(`private IP to check: ${ip}`);
    if (r.remoteIp === ip) out.push(`receiver IP to check: ${ip}`);
    if (c.ip !== undefined && ip !== c.ip) out.push(`wrong IP to check: ${ip} (expected ${c.ip})`);
  }

  // Links of lists and providers the paste does not name.
  for (const url of all.match(/https?:\/\/[^\s`')]+/g) ?? []) {
    for (const [owner, named] of URL_OWNERS) {
      if (owner.test(url) && !named.test(paste)) out.push(`link of an unnamed list or provider: ${url}`);
    }
  }

  // The case's own facts.
  if (c.permanent !== undefined && r.permanent !== c.permanent) out.push(`permanent ${r.permanent}`);
  if (c.side !== undefined && !([] as Side[]).concat(c.side).includes(r.side)) out.push(`side ${r.side}`);
  if (c.ip !== undefined && c.ip !== null && /\{ip\}|your sending IP/.test(all) && !all.includes(c.ip))
    out.push(`IP ${c.ip} not named`);
  if (c.blocklist === null && /request removal|removal request|delist/i.test(all))
    out.push('delisting offered');
  if (c.blocklist && /request removal/i.test(all) && !c.blocklist.test(all))
    out.push('delisting of another list');
  if (c.suggestion !== undefined && r.suggestion !== c.suggestion) out.push(`suggestion ${r.suggestion}`);
  for (const re of c.say ?? []) if (!re.test(`${all}\n${rendered}`)) out.push(`does not say ${re}`);
  for (const re of c.notSay ?? []) {
    const hit = `${all}\n${rendered}`.match(re);
    if (hit) out.push(`says "${hit[0]}"`);
  }
  if (c.confidence && !c.confidence.includes(r.confidence)) out.push(`confidence ${r.confidence}`);
  return out;
}

export const lines = (...l: string[]) => l.join('\n');

// The pastes both rounds build their cases from: a Postfix notice around its recipients' lines, a Postfix
// delivery log line, and an RFC 3464 DSN (its readable part `notice`, the words above its fields).
export const postfixNotice = (...said: string[]) =>
  lines(
    'From: MAILER-DAEMON@mail.example.com (Mail Delivery System)',
    'To: alice@example.com',
    'Subject: Undelivered Mail Returned to Sender',
    '',
    'This is the mail system at host mail.example.com.',
    '',
    "I'm sorry to have to inform you that your message could not",
    "be delivered to one or more recipients. It's attached below.",
    '',
    'For further assistance, please send mail to postmaster.',
    '',
    '                   The mail system',
    '',
    ...said,
  );

export const postfixLog = (
  status: 'bounced' | 'deferred' | 'expired',
  dsn: string,
  said: string,
  to = 'bob@example.org',
  relay = 'mx.example.org[198.51.100.25]:25',
) =>
  `Dec  3 10:15:02 mail postfix/smtp[20417]: 4ChX2k1F9Qz9sWq: to=<${to}>, relay=${relay}, delay=1.2, delays=0.05/0.01/0.6/0.5, dsn=${dsn}, status=${status} (${said})`;

export const dsnReport = (
  action: string,
  status: string,
  diagnostic: string,
  recipient = 'bob@example.org',
  subject = 'Undelivered Mail Returned to Sender',
  notice = 'The mail system could not deliver your message.',
) =>
  lines(
    'From: MAILER-DAEMON@mail.example.com (Mail Delivery System)',
    'To: alice@example.com',
    `Subject: ${subject}`,
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="B1"',
    '',
    '--B1',
    'Content-Type: text/plain',
    '',
    notice,
    '',
    '--B1',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mail.example.com',
    '',
    `Final-Recipient: rfc822; ${recipient}`,
    `Original-Recipient: rfc822;${recipient}`,
    `Action: ${action}`,
    `Status: ${status}`,
    `Diagnostic-Code: ${diagnostic}`,
    '',
    '--B1--',
  );
