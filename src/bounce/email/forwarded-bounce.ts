import {
  FORWARD_SEPARATORS,
  FORWARDED_FROM_FIELDS,
  FORWARDED_SENT_FIELDS,
  FORWARDED_SUBJECT_FIELDS,
} from '../../knowledge/forward-separators.js';
import { firstAddress, isRobotAddress } from '../extract/addresses.js';
import { escapeRegex } from '../extract/escape-regex.js';
import { withoutQuoteMarks } from '../extract/quote-marks.js';
import { literalAlternation } from '../match-phrases.js';
import { isAutoReply, isFailureNotice, isFromMailRobot } from '../notice-kind.js';
import { decodedHeaderValue, findBlankLine, looksLikeEmail, splitHeaders } from './header-block.js';

/**
 * A bounce someone forwarded: as an attachment (message/rfc822 in the forwarder's own email), or inline
 * under a mail client's separator ("---------- Forwarded message ---------", "Begin forwarded message:",
 * Outlook's From:/Sent:/To:/Subject: block). Read from the forward, the bounce's returned message or the
 * forwarder's words would be taken for it; so the forwarded message is read instead, when it is a robot's.
 */

// Separators are plain text: escaped, the alternation matches literally and cannot backtrack.
const SEPARATOR = literalAlternation(FORWARD_SEPARATORS, 'gi');
const ATTACHED = /^content-type:[ \t]*message\/rfc822\b/im;
const TOP_FROM = /^from:([^\n]{0,500})/im;
const TOP_REPORT = /^content-type:[ \t]*multipart\/report\b/im;
const REPORT_PART =
  /^content-type:[ \t]*message\/(?:global-delivery-status|delivery-status|feedback-report)\b/im;
// Forward header fields: a short name (a word or two, "Sent", "Envoyé ", "보낸 사람"), a colon, the value.
const MAX_FIELD_NAME = 24;
const MAX_FIELDS = 12;
// How far a separator is looked for: a forward's header is near the top of what was pasted.
const SEARCHED = 100_000;

/** The forwarded bounce as text to read on its own (headers first), or undefined when there is none. */
export function forwardedBounce(text: string): string | undefined {
  const email = looksLikeEmail(text);
  // The top header block is only looked at, not parsed.
  const headersEnd = email ? findBlankLine(text, 0) : -1;
  // A report (DSN or ARF) or a robot's email is the bounce itself, its attachment the returned message and
  // any separator in it the returned message's own: nothing to look for (and most inputs end here).
  if (headersEnd >= 0 && isBounceItself(text.slice(0, headersEnd))) return undefined;
  return (
    (headersEnd >= 0 ? attachedBounce(text, headersEnd) : undefined) ??
    inlineBounce(text) ??
    (email ? undefined : unmarkedBounce(text))
  );
}

function isBounceItself(top: string): boolean {
  return isFromMailRobot(decodedHeaderValue(TOP_FROM.exec(top)?.[1] ?? '')) || TOP_REPORT.test(top);
}

/**
 * A bounce, or an automatic reply, attached as message/rfc822 to an email (whose headers end at `headersEnd`)
 * that is not a bounce.
 */
function attachedBounce(text: string, headersEnd: number): string | undefined {
  const body = text.slice(headersEnd);
  const part = ATTACHED.exec(body);
  if (!part) return undefined;
  if (REPORT_PART.test(body.slice(0, part.index))) return undefined;
  // A CRLF mail's blank line is "\r\n\r\n": a CR alone on a line is blank too.
  const blank = /\n[ \t\r]*\n/.exec(body.slice(part.index));
  if (!blank) return undefined;
  const start = part.index + blank.index + blank[0].length;
  const boundary = boundaryBefore(body, part.index);
  const end = boundary ? body.indexOf(`\n${boundary}`, start) : -1;
  const inner = body.slice(start, end < 0 ? body.length : end);
  if (!looksLikeEmail(inner)) return undefined;
  const own = splitHeaders(inner).headers;
  // An automatic reply attached by whoever got it (a list manager's "Uncaught bounce notification", an admin's
  // forward) is read as itself too: a leaver's reply asks the list owner to act.
  return isRobotMessage(own.get('from') ?? '', own.get('subject') ?? '') || isAutoReply(own)
    ? inner
    : undefined;
}

/** The boundary line that opens the part whose headers start at `at` ("--b"), if there is one. */
function boundaryBefore(body: string, at: number): string | undefined {
  const lineStart = body.lastIndexOf('\n--', at - 1);
  const from = lineStart < 0 ? (body.startsWith('--') ? 0 : -1) : lineStart + 1;
  if (from < 0) return undefined;
  const eol = body.indexOf('\n', from);
  const line = body.slice(from, eol < 0 ? body.length : eol).trimEnd();
  return line.length > 2 && line.length <= 202 ? line : undefined;
}

/** A forward header block under a separator line, whose sender is a mail robot: rebuilt as an email. */
function inlineBounce(text: string): string | undefined {
  const head = text.length > SEARCHED ? text.slice(0, SEARCHED) : text;
  SEPARATOR.lastIndex = 0;
  for (let m = SEPARATOR.exec(head); m; m = SEPARATOR.exec(head)) {
    if (!isOwnLine(head, m.index, m.index + m[0].length)) continue;
    const eol = text.indexOf('\n', m.index);
    if (eol < 0) return undefined;
    const forwarded = readForwardHeader(text, eol + 1);
    if (!forwarded) continue;
    const { from, subject } = forwarded;
    if (!isRobotMessage(from, subject ?? '')) continue;
    return asEmail(forwarded, text);
  }
  return undefined;
}

// A forward header's first line with no separator above it: Outlook's "From:" / "Sent:" / "To:" / "Subject:"
// block as a copy of its HTML forward gives it (the rule above it is lost), maybe quoted ("> From: …").
const FROM_LINE = new RegExp(
  `^[ \\t>]{0,8}(?:${FORWARDED_FROM_FIELDS.map(escapeRegex).join('|')})[ \\t]{0,3}[:：]`,
  'gim',
);

/**
 * A robot's notice forwarded inline without a separator line: its header block below the forwarder's words
 * ("why does this keep bouncing?" above "From: Microsoft Outlook <…>" / "Sent: …" / "To: …" / "Subject: …").
 */
function unmarkedBounce(text: string): string | undefined {
  const head = text.length > SEARCHED ? text.slice(0, SEARCHED) : text;
  FROM_LINE.lastIndex = 0;
  for (let m = FROM_LINE.exec(head); m; m = FROM_LINE.exec(head)) {
    // The forwarder's words stand above it: a block opening the text is the message's own header.
    if (head.slice(0, m.index).trim() === '') continue;
    const forwarded = readForwardHeader(text, m.index);
    // Outlook's block names when it was sent ("Sent:"): a returned message's own headers say "Date:".
    if (!forwarded?.sent || forwarded.subject === undefined) continue;
    if (!isRobotMessage(forwarded.from, forwarded.subject)) continue;
    return asEmail(forwarded, text);
  }
  return undefined;
}

/** The forwarded message rebuilt as an email: its sender, subject and addressee, then its text. */
function asEmail(forwarded: ForwardHeader, text: string): string {
  const { from, subject, to, bodyStart, quoted } = forwarded;
  const fields = [`From: ${from}`];
  if (subject !== undefined) fields.push(`Subject: ${subject}`);
  if (to !== undefined) fields.push(`To: ${to}`);
  const body = text.slice(bodyStart);
  return `${fields.join('\n')}\n\n${quoted ? withoutQuoteMarks(body) : body}`;
}

/** True when only white space (and quote marks) stand around [from, to) on its line. */
function isOwnLine(text: string, from: number, to: number): boolean {
  const start = text.lastIndexOf('\n', from - 1) + 1;
  const eol = text.indexOf('\n', to);
  return (
    /^[\s>]*$/.test(text.slice(start, from)) && text.slice(to, eol < 0 ? text.length : eol).trim() === ''
  );
}

interface ForwardHeader {
  from: string;
  subject?: string;
  to?: string;
  /** Where the forwarded message's own text begins. */
  bodyStart: number;
  /** The block has Outlook's "Sent:" field (or its translation). */
  sent: boolean;
  /** The block's lines open with quote marks ("> From: …"): so does the text below it. */
  quoted: boolean;
}

/** The header fields after a separator (blank lines before them allowed), up to the blank line after them. */
function readForwardHeader(text: string, from: number): ForwardHeader | undefined {
  let at = from;
  for (let skipped = 0; skipped < 3 && lineAt(text, at).trim() === '' && at < text.length; skipped++)
    at = nextLine(text, at);
  const fields = new Map<string, string>();
  let quoted = false;
  for (let n = 0; n < MAX_FIELDS && at < text.length; n++) {
    const raw = lineAt(text, at);
    const line = raw.replace(QUOTE_MARK, '');
    if (line.length < raw.length) quoted = true;
    if (line.trim() === '') break;
    const colon = line.search(/[:：]/);
    const name = colon > 0 ? line.slice(0, colon).trim().toLowerCase() : '';
    if (name === '' || name.length > MAX_FIELD_NAME) return undefined;
    if (!fields.has(name)) fields.set(name, line.slice(colon + 1).trim());
    at = nextLine(text, at);
  }
  const sender = FORWARDED_FROM_FIELDS.map((f) => fields.get(f)).find((v) => v !== undefined);
  if (sender === undefined || fields.size < 2) return undefined;
  return {
    from: sender,
    subject: FORWARDED_SUBJECT_FIELDS.map((f) => fields.get(f)).find((v) => v !== undefined),
    to: fields.get('to'),
    // The blank line that ends the fields is not the body's.
    bodyStart: nextLine(text, at),
    sent: FORWARDED_SENT_FIELDS.some((f) => fields.has(f)),
    quoted,
  };
}

// A reply's quote marks before a forwarded header line ("> From: …", "> > Subject: …").
const QUOTE_MARK = /^(?:>[ \t]?){1,8}/;

function lineAt(text: string, at: number): string {
  const eol = text.indexOf('\n', at);
  return text.slice(at, eol < 0 ? text.length : eol).replace(/\r$/, '');
}

function nextLine(text: string, at: number): number {
  const eol = text.indexOf('\n', at);
  return eol < 0 ? text.length : eol + 1;
}

/** A message a mail system sent about a delivery: a robot's address or name, or a failure subject. */
function isRobotMessage(from: string, subject: string): boolean {
  const address = firstAddress(from);
  return (
    isFromMailRobot(from) ||
    (address !== undefined && isRobotAddress(address)) ||
    isFailureNotice(subject, '')
  );
}
