import {
  LOCALIZED_REPLY_MARKERS,
  NDR_STATUS_LABELS,
  QUEUE_PLACEHOLDER_REPLIES,
} from '../../knowledge/notice-headings.js';
import { isRegexSpace } from './char-class.js';
import { escapeRegex } from './escape-regex.js';
import { CODE_CELL, CODE_STATUS_CELL, STATUS_CELL } from './scan-text.js';
import { isSignOff } from './signature-line.js';
import { collapseSpace, hasReplyMarker, withoutReplyMarker } from './smtp-reply.js';

/** Choosing the server's own words out of the lines about one recipient. */

// Wording that introduces the server's reply (lower case). The reply is what follows on that line and below.
const REPLY_MARKERS = [
  'remote host said:',
  'said:',
  'the error that the other server returned was:',
  'remote server returned',
  // Exchange 2013 on: "Remote Server at mx.example.org (192.0.2.1) returned '550 …'".
  ") returned '",
  // Its delay notice when no server answered: "Server at example.net returned '451 4.4.0 DNS query failed …'".
  "returned '",
  'smtp error from remote mail server',
  'diagnostic-code:',
  // Exchange's and Microsoft 365's localized "Reported error:" quotes the whole reply, before the generic
  // "error:" that opens its summary "mx.example.org gave this error: Rejected" (the words without the code).
  ...LOCALIZED_REPLY_MARKERS,
  '(reason:',
  'reason:',
  'error:',
  'the reason for the problem:',
  'technical details of permanent failure:',
  'technical details of temporary failure:',
  'server replied:',
  'server response:',
  'response from remote server:',
  'host said:',
];

// A reply code opens a reply, or stands before its words ("said: 550 …"). A port is none: after a host and a
// colon ("smtp.example.com:587 -crlf"), or ending a line with a second digit no reply code has (0-5 only:
// "telnet smtp.example.com 587"); nor is a count of bytes ("… has read 5032 bytes and written 433 bytes"), nor
// a piece of a signature's phone number ("+351 21 555 0133", smtp-reply.ts), nor the milliseconds of a log
// time stamp ("08:14:22,456 WARN").
const REPLY_LINE =
  /(?<![\w.#-]|\w\.[\w-]{1,63}:|:\d\d,)(?:[245]\d\d(?![ \t-](?:\d{4}|\d{2,3}[ \t-]\d{2,4})(?![.\d]))(?:-| (?!bytes\b)|:[ \t])|[245][0-5]\d$)|(?<![\w.])[245]\.\d{1,3}\.\d{1,3}(?![\w.]?\d)|#[45]\.\d\.\d/;

// Gmail's authentication replies run to 9–10 lines (with empty "550-5.7.26" ones); 16 keeps them whole.
const MAX_REPLY_LINES = 16;
const STARTS_WITH_CODE = /^[ \t]*[245]\d\d(?:[ -]|:[ \t])/;
const MAX_SEGMENT_LINES = 400;
const MAX_LINE = 1000;

// Decoration lines: "----- Transcript of session follows -----", "=======". swaks's own lines ("=== Trying
// mx.example.org:25...", "*** Error connecting to mx.example.org:25:") open with three marks and a space and
// say what happened: no decoration.
const SEPARATOR = {
  test: (line: string) => {
    const trimmed = line.trim();
    if (SWAKS_LINE.test(trimmed)) return false;
    return /^[-=*#_]{3}/.test(trimmed) || /[-=*#_]{5}$/.test(trimmed);
  },
};
const SWAKS_LINE = /^(?:\*{3}|={3})[ \t]+\S.*[^-=*#_\s]$/;

// DSN fields carry codes but are not the server's words ("Status: 5.0.0").
const DSN_FIELD =
  /^\s*(?:status|action|final-recipient|original-recipient|remote-mta|reporting-mta|last-attempt-date|arrival-date|will-retry-until|x-[\w-]+):/i;
// Microsoft 365's summary "Status code: 550 5.1.10" (localized): the server's words only when nothing else has
// a code; its "Reported error:" line quotes the reply.
const NDR_STATUS_LINE = new RegExp(
  `^\\s*(?:${NDR_STATUS_LABELS.map(escapeRegex).join('|')})[ \\t\u00a0]?[:：]`,
  'i',
);

// A line holding a code and a status and no words ("550 5.7.1" under a "Status code" label whose colon a phone's
// copy lost, a card's cell): a summary like NDR_STATUS_LINE, the server's words only when no other line has them.
const BARE_CODE_LINE = CODE_STATUS_CELL;

/**
 * The server's words about one recipient: from the mention that carries a reply code, else the last
 * mention; when the mentions say nothing beyond the address, from the text before the recipient list.
 */
export function diagnosticFor(segments: string[], preamble: string, recipient?: string): string | undefined {
  const picked = segments.map((segment) => pickDiagnostic(segment, recipient));
  // A transcript's greeting ("<-- 220 …") in the recipient's first segment gives way to a later error
  // reply, and Microsoft 365's localized status summary to any other line with a code.
  const coded =
    picked.find((d) => d && !NDR_STATUS_LINE.test(d) && isErrorCode(REPLY_LINE.exec(d)?.[0] ?? '')) ??
    picked.find((d) => d && REPLY_LINE.test(d) && !NDR_STATUS_LINE.test(d)) ??
    picked.find((d) => d && REPLY_LINE.test(d));
  if (coded && !(isCommandComplaint(coded) && isTypedSession(`${preamble}\n${segments.join('\n')}`)))
    return coded;
  // "503 Error: need MAIL command" to the RCPT typed after a refused MAIL FROM: the refusal above decides.
  if (coded) {
    const above = preamble ? codedReply(preamble) : undefined;
    return above && isErrorCode(REPLY_LINE.exec(above)?.[0] ?? '') && !isCommandComplaint(above)
      ? above
      : coded;
  }
  const before = preamble ? pickDiagnostic(preamble) : undefined;
  if (before && REPLY_LINE.test(before)) return before;
  // "Error: Invalid user address … Error message below: 550 - no such user here": the coded line wins.
  const codedBefore = preamble ? codedReply(preamble) : undefined;
  if (codedBefore) return codedBefore;
  return picked.filter((d) => d).at(-1) ?? before;
}

/** The reply lines of a segment: after a reply marker, else the first line with a reply code, else text. */
export function pickDiagnostic(segment: string, recipient?: string): string | undefined {
  const lines = segmentLines(segment);
  // One indexOf per marker over the joined lines (markers hold no line break), not one per line; the
  // lines are lower-cased as one text (a line break ends every case context, so per line reads the same).
  const lowerText = lines.join('\n').toLowerCase();

  const firstAt = markerOffsets(lowerText);
  let placeholder: string | undefined;
  for (let m = 0; m < REPLY_MARKERS.length; m++) {
    const marker = REPLY_MARKERS[m] as string;
    const at = firstAt[m] ?? -1;
    const text = replyAfterMarker(lines, lowerText, marker, at);
    if (text === undefined) continue;
    // A complaint about a typed command ("502 5.5.2 Error: command not recognized") holds the marker "error:"
    // inside it: another error reply of the segment comes first.
    if (isCommandComplaint(text) && isTypedSession(segment)) {
      const other = codedReply(segment, lines);
      if (other && !isCommandComplaint(other)) return other;
    }
    if (!isQueuePlaceholder(text)) return text;
    // A queue's own placeholder ("400 4.4.7 Message delayed"): the same marker further down, or another
    // ("Remote Server returned '400 4.4.7 …'" above "Server at x returned '451 4.4.0 …'"), quotes the server.
    for (let next = at; next >= 0; ) {
      next = lowerText.indexOf(marker, next + marker.length);
      const later = next >= 0 ? replyAfterMarker(lines, lowerText, marker, next) : undefined;
      if (later !== undefined && !isQueuePlaceholder(later)) return later;
    }
    placeholder ??= text;
  }
  if (placeholder) return placeholder;
  const coded = codedReply(segment, lines);
  if (coded) return coded;

  // No code at all (qmail, Lotus, human text): the first lines after the recipient.
  const head = lines[0] ?? '';
  const first = SEPARATOR.test(head) ? '' : recipient ? stripAddress(head, recipient) : head;
  const rest: string[] = [];
  for (let i = 1; i < lines.length && rest.length < 3; i++) {
    const l = lines[i] as string;
    if (isSignOff(l)) break; // "Thanks," and the name under it are the forwarder's, not the server's
    if (l.trim() !== '' && !SEPARATOR.test(l) && !DSN_FIELD.test(l)) rest.push(l);
  }
  const text = collapseSpace([first, ...rest].join(' '));
  return text.length > 2 ? text : undefined;
}

/** A queue's placeholder reply (QUEUE_PLACEHOLDER_REPLIES) after its code and status. */
function isQueuePlaceholder(text: string): boolean {
  const words = text
    .replace(/^[\s'"]*[245]\d\d[ -]+(?:[245]\.\d{1,3}\.\d{1,3}\s+)?/, '')
    .replace(/[\s'".]+$/, '')
    .toLowerCase();
  return QUEUE_PLACEHOLDER_REPLIES.includes(words);
}

/** The reply after the occurrence of `marker` at offset `at` of the lower-cased lines, if it says anything. */
function replyAfterMarker(
  lines: string[],
  lowerText: string,
  marker: string,
  at: number,
): string | undefined {
  const i = lineOf(lowerText, at);
  if (i < 0) return undefined;
  const line = lines[i] ?? '';
  // "554 delivery error: dd …", "421 4.7.0 host Error: too many …": the marker is inside the reply itself,
  // also behind a transcript's marker ("<~* 535 5.7.8 Error: authentication failed").
  const inside = STARTS_WITH_CODE.test(withoutReplyMarker(line));
  // A logged reply ("postfix/smtp[…]: < mx.example.org[…]:25: 554 5.5.1 Error: no valid recipients"): a code
  // and status before the marker on its line open the reply the marker is inside.
  const markerAt = line.toLowerCase().indexOf(marker);
  const opening = inside || markerAt < 0 ? undefined : CODE_BEFORE_MARKER.exec(line.slice(0, markerAt));
  // Inside a reply's last line ("550 Error: open resolver" after "550-rejected because …"): from its first.
  const first = inside ? firstLineOfReply(lines, i) : i;
  const after = inside
    ? (lines[first] ?? line)
    : opening
      ? line.slice(opening.index + (opening[1]?.length ?? 0))
      : line.slice(markerAt + marker.length);
  const joined = joinContinuation(after, lines, first + 1);
  // A marker that opens a quote (") returned '") leaves its closing one, and in a localized NDR the words
  // after it ("Remote-Server hat '…' zurückgegeben", "リモート サーバーから '…' が返されました").
  const text = marker.endsWith("'") && !inside ? joined.replace(/'[^'\d]{0,30}$/, '') : joined;
  return text.replace(/[\s:'"]/g, '').length > 2 ? text : undefined;
}

// Most markers end with a colon: they are found by looking back from each colon of the text, one scan
// for all of them (one indexOf per marker costs ~0.5 ns a character each, and a segment can be long).
const AT_COLON = REPLY_MARKERS.flatMap((marker, m) => (marker.endsWith(':') ? [m] : []));
const ELSEWHERE = REPLY_MARKERS.flatMap((marker, m) => (marker.endsWith(':') ? [] : [m]));

/** Per marker (by index in REPLY_MARKERS), the offset of its first occurrence in `lower`, or -1. */
function markerOffsets(lower: string): number[] {
  const firstAt: number[] = REPLY_MARKERS.map(() => -1);
  for (const m of ELSEWHERE) firstAt[m] = lower.indexOf(REPLY_MARKERS[m] as string);
  let left = AT_COLON.length;
  for (let colon = lower.indexOf(':'); colon >= 0 && left > 0; colon = lower.indexOf(':', colon + 1)) {
    for (const m of AT_COLON) {
      const marker = REPLY_MARKERS[m] as string;
      const at = colon + 1 - marker.length;
      if (firstAt[m] === -1 && at >= 0 && lower.startsWith(marker, at)) {
        firstAt[m] = at;
        left--;
      }
    }
  }
  return firstAt;
}

/** The first MAX_SEGMENT_LINES lines, without their CR, each cut at MAX_LINE (copied only when changed). */
function segmentLines(text: string): string[] {
  const lines = text.split('\n', MAX_SEGMENT_LINES);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as string;
    const bare = l.charCodeAt(l.length - 1) === 0x0d ? l.slice(0, -1) : l;
    if (bare.length > MAX_LINE) lines[i] = bare.slice(0, MAX_LINE);
    else if (bare !== l) lines[i] = bare;
  }
  return lines;
}

/**
 * The first line with an error reply code (not a DSN field), with its continuation; else the first with any
 * code. A transcript's greeting and "250 Ok" lines come before the error that bounced the message.
 */
function codedReply(text: string, split?: string[]): string | undefined {
  const lines = split ?? segmentLines(text);
  let coded = -1;
  let summary = -1;
  let complaint = -1;
  // Whether the text is a typed session, looked for at its first complaint only (most texts have none).
  let typed: boolean | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (DSN_FIELD.test(line)) continue;
    if (NDR_STATUS_LINE.test(line) || BARE_CODE_LINE.test(line)) {
      if (summary < 0) summary = i;
      continue;
    }
    const m = REPLY_LINE.exec(line);
    if (!m) continue;
    if (coded < 0) coded = i;
    if (isErrorCode(m[0])) {
      // A transcript's answer to a mistyped or out-of-order command gives way to a later error reply.
      const complains = isCommandComplaint(line);
      if (complains) typed ??= isTypedSession(text);
      if (complains && typed) {
        if (complaint < 0) complaint = i;
        continue;
      }
      coded = i;
      complaint = -1;
      break;
    }
  }
  if (complaint >= 0) coded = complaint;
  if (coded < 0) coded = summary;
  if (coded < 0) return undefined;
  // A reply copied cell by cell: the code, the status and the words each on a line ("550", "5.1.1", "<bob@x>: …").
  const code = lines[coded] ?? '';
  const status = lines[coded + 1] ?? '';
  if (CODE_CELL.test(code) && STATUS_CELL.test(status))
    return joinContinuation(
      `${code.trim()} ${status.trim()} ${(lines[coded + 2] ?? '').trim()}`.trim(),
      lines,
      coded + 3,
    );
  // Or the code and status in one cell over the words that open with the recipient ("550 5.1.1" / "<bob@x>: …").
  const words = lines[coded + 1] ?? '';
  if (BARE_CODE_LINE.test(code) && ADDRESS_WORDS.test(words))
    return joinContinuation(`${code.trim()} ${words.trim()}`, lines, coded + 2);
  return joinContinuation(code, lines, coded + 1);
}

// A line opening with an address and a colon, then words ("<bob@x>: Recipient address rejected: …").
const ADDRESS_WORDS = /^[ \t\u00a0]{0,8}<?[^\s<>@:]{1,64}@[^\s<>@:]{1,253}>?[ \t]{0,4}:[ \t]{0,4}\p{L}/u;

/**
 * A server's answer to the command itself rather than to the mail: a syntax error, a command not recognised
 * or out of sequence (500-503, RFC 5321 4.2.2), or Postfix's "no valid recipients" to a DATA after every
 * RCPT failed. In a transcript typed by hand it follows a typo the admin then corrected, or a refusal that
 * came before it: another error reply of the same text is the cause, this one only when there is none.
 */
function isCommandComplaint(reply: string): boolean {
  const line = withoutReplyMarker(reply).trimStart();
  return COMPLAINT_CODE.test(line) || (STARTS_WITH_CODE.test(line) && line.includes(NO_VALID_RECIPIENTS));
}
const COMPLAINT_CODE = /^50[0-3][ -]/;
const NO_VALID_RECIPIENTS = 'no valid recipients';

/**
 * The text shows the client's side of a session: an EHLO/HELO with its name, a MAIL FROM or RCPT TO, on a line
 * of its own or after a tool's prefix ("-> ", "C: ", "CLIENT -> SERVER: ", smtplib's "send: '", a protocol
 * log's ">,"). A bounce that only names the command ("after RCPT TO:<x>", "in reply to RCPT TO command") is
 * none: there a 500 is the server's last word ("500 Remote server does not support TLS").
 */
function isTypedSession(text: string): boolean {
  return TYPED_COMMAND.test(text);
}
const TYPED_COMMAND =
  /(?:^|[>:,'][ \t]{0,3})(?:(?:ehlo|helo)[ \t]+[\w.[\]:-]{1,255}[ \t]*(?:\\r\\n'?)?$|(?:mail from|rcpt to)[ \t]*:)/im;

/** A REPLY_LINE match that is a 4xx/5xx reply or status ("550 ", "4.7.1", "#5.1.1"). */
function isErrorCode(code: string): boolean {
  const first = code.charAt(0) === '#' ? code.charAt(1) : code.charAt(0);
  return first === '4' || first === '5';
}

// A reply code with its status standing after a colon, bracket or space: where a logged reply opens.
const CODE_BEFORE_MARKER = /(^|[\s:>])[245][0-5]\d[ -][245]\.\d{1,3}\.\d{1,3}[ \t]/;

/** The index of the line holding offset `at` of the joined text, or -1 for -1. */
function lineOf(text: string, at: number): number {
  if (at < 0) return -1;
  let line = 0;
  for (let nl = text.indexOf('\n'); nl >= 0 && nl < at; nl = text.indexOf('\n', nl + 1)) line++;
  return line;
}

/** The first line of the multi-line reply whose line `i` is: back over the "550-" lines of the same code. */
function firstLineOfReply(lines: string[], i: number): number {
  const code = withoutReplyMarker(lines[i] ?? '')
    .trimStart()
    .slice(0, 3);
  let first = i;
  while (first > 0 && first > i - MAX_REPLY_LINES) {
    const previous = withoutReplyMarker(lines[first - 1] ?? '').trimStart();
    if (!previous.startsWith(`${code}-`)) break;
    first--;
  }
  return first;
}

/** The reply on its line plus the indented or prefixed lines that continue it, up to a blank line. */
function joinContinuation(head: string, lines: string[], from: number): string {
  // "The error that the other server returned was:" ends its line: the reply starts on the next one.
  // Seznam puts it under a heading, a row of dashes and a blank line ("Důvod / Reason:", "-----", ""): a
  // separator row is never the reply, so it is skipped like a blank line.
  const empty = (line: string) => line.trim() === '' || isSeparatorRow(line);
  let start = from;
  while (empty(head) && start < lines.length && empty(lines[start] ?? '')) start++;
  let opening = withoutReplyMarker(empty(head) && start < lines.length ? (lines[start++] ?? '') : head);
  // Exim 4.9x: "SMTP error from remote mail server after RCPT TO:<x>:" with the reply on the next line.
  // The reply starts there; the words before it only name the command (read from the segment anyway).
  // Older Exim puts "host mx.example.org [192.0.2.25]: " before the reply on that line.
  const next = withoutReplyMarker(lines[start] ?? '').replace(EXIM_HOST, '');
  if (!STARTS_WITH_CODE.test(opening) && /:\s*$/.test(opening) && STARTS_WITH_CODE.test(next)) {
    opening = next;
    start++;
  }
  const out = [opening.trim()];
  let previous = opening;
  for (let i = start; i < lines.length && out.length < MAX_REPLY_LINES; i++) {
    const raw = lines[i] ?? '';
    if (raw.trim() === '') break;
    // A transcript marks every line the server sent ("<** 550-5.7.1 …"): a marked line goes on the reply
    // only while the line before it announced more ("550-"); else it is the server's next reply.
    const marked = hasReplyMarker(raw);
    const line = marked ? withoutReplyMarker(raw) : raw;
    // RFC 5321 4.2.1: "550-" lines go on, and the reply's last line repeats the code with a space
    // ("550 For explanation visit …", "550 550 5.1.1 … User unknown" quoted by a callout): it ends it.
    const last = isLastLineOf(previous, line);
    const continues = marked
      ? CONTINUED_CODE.test(previous)
      : last ||
        /^[ \t]/.test(line) ||
        /^[245]\d\d-/.test(line) ||
        /^[245]\d\d [245]\.\d/.test(line) ||
        out[0] === '';
    // A separator, or the next command of a transcript (" -> QUIT", ">>> DATA"), ends the reply.
    if (!continues || /^\s*(?:-{3,}|={3,}|\*{3,}|->|~>|>>>)/.test(line)) break;
    out.push(line.trim());
    if (last) break;
    previous = line;
  }
  return collapseSpace(out.join('\n').replace(/\n[245]\d\d[ -](?:[245]\.\d{1,3}\.\d{1,3}\s)?/g, ' '));
}

/** A row of decoration marks only ("-----", "=====", "_____", "*****", "- - -"): at least three, and spaces. */
export function isSeparatorRow(line: string): boolean {
  let marks = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (SEPARATOR_MARKS.includes(c)) marks++;
    else if (!isRegexSpace(c)) return false;
  }
  return marks >= 3;
}
// - = _ * # ~
const SEPARATOR_MARKS = [0x2d, 0x3d, 0x5f, 0x2a, 0x23, 0x7e];

/** `line` is the closing "550 …" line of the multi-line reply whose line before it is "550-…". */
function isLastLineOf(previous: string, line: string): boolean {
  const open = CONTINUED_CODE.exec(previous);
  return !!open && line.startsWith(`${open[1]} `);
}

const CONTINUED_CODE = /^[ \t]*([245]\d\d)-/;
const EXIM_HOST = /^[ \t]*host[ \t]+[\w.-]{1,253}[ \t]+\[[\d.:a-f]{2,45}\]:[ \t]*/i;

function stripAddress(line: string, address: string): string {
  const lower = line.toLowerCase();
  const at = lower.indexOf(address);
  if (at < 0) return line;
  // The address heading its line ("<bob@example.org>: …", "bob@example.org (reason)") goes; in a sentence
  // ("Your message to bob@… has been blocked", "Could not be delivered to: <bob@…>") it stays, or the
  // sentence loses its object.
  return /^[\s<("']*$/.test(line.slice(0, at))
    ? line.slice(at + address.length).replace(/^[\s<>:]+/, '')
    : line;
}
