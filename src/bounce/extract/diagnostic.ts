import { collapseSpace } from './smtp-reply.js';

/** Choosing the server's own words out of the lines about one recipient. */

// Wording that introduces the server's reply (lower case). The reply is what follows on that line and below.
const REPLY_MARKERS = [
  'remote host said:',
  'said:',
  'the error that the other server returned was:',
  'remote server returned',
  'smtp error from remote mail server',
  'diagnostic-code:',
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

const REPLY_LINE =
  /(?<![\w.#-])[245]\d\d(?:[ -]|$)|(?<![\w.])[245]\.\d{1,3}\.\d{1,3}(?![\w.]?\d)|#[45]\.\d\.\d/;

const MAX_REPLY_LINES = 8;
const STARTS_WITH_CODE = /^[ \t]*[245]\d\d[ -]/;
const MAX_SEGMENT_LINES = 400;
const MAX_LINE = 1000;

// Decoration lines: "----- Transcript of session follows -----", "=======".
const SEPARATOR = {
  test: (line: string) => /^[-=*#_]{3}/.test(line.trim()) || /[-=*#_]{5}$/.test(line.trim()),
};

// DSN fields carry codes but are not the server's words ("Status: 5.0.0").
const DSN_FIELD =
  /^\s*(?:status|action|final-recipient|original-recipient|remote-mta|reporting-mta|last-attempt-date|arrival-date|will-retry-until|x-[\w-]+):/i;

/**
 * The server's words about one recipient: from the mention that carries a reply code, else the last
 * mention; when the mentions say nothing beyond the address, from the text before the recipient list.
 */
export function diagnosticFor(segments: string[], preamble: string, recipient?: string): string | undefined {
  const picked = segments.map((segment) => pickDiagnostic(segment, recipient));
  const coded = picked.find((d) => d && REPLY_LINE.test(d));
  if (coded) return coded;
  const before = preamble ? pickDiagnostic(preamble) : undefined;
  if (before && REPLY_LINE.test(before)) return before;
  // "Error: Invalid user address … Error message below: 550 - no such user here": the coded line wins.
  const codedBefore = preamble ? codedReply(preamble) : undefined;
  if (codedBefore) return codedBefore;
  return picked.filter((d) => d).at(-1) ?? before;
}

/** The reply lines of a segment: after a reply marker, else the first line with a reply code, else text. */
export function pickDiagnostic(segment: string, recipient?: string): string | undefined {
  const lines = segment
    .split('\n', MAX_SEGMENT_LINES)
    .map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l).slice(0, MAX_LINE));
  const lower = lines.map((l) => l.toLowerCase());
  // One indexOf per marker over the joined lines (markers hold no line break), not one per line.
  const lowerText = lower.join('\n');

  for (const marker of REPLY_MARKERS) {
    const i = lineOf(lowerText, lowerText.indexOf(marker));
    if (i < 0) continue;
    const line = lines[i] ?? '';
    // "554 delivery error: dd …", "421 4.7.0 host Error: too many …": the marker is inside the reply itself.
    const inside = STARTS_WITH_CODE.test(line);
    const after = inside ? line : line.slice((lower[i] ?? '').indexOf(marker) + marker.length);
    const text = joinContinuation(after, lines, i + 1);
    if (text.replace(/[\s:'"]/g, '').length > 2) return text;
  }
  const coded = codedReply(segment, lines);
  if (coded) return coded;

  // No code at all (qmail, Lotus, human text): the first lines after the recipient.
  const head = lines[0] ?? '';
  const first = SEPARATOR.test(head) ? '' : recipient ? stripAddress(head, recipient) : head;
  const rest = lines
    .slice(1)
    .filter((l) => l.trim() !== '' && !SEPARATOR.test(l) && !DSN_FIELD.test(l))
    .slice(0, 3);
  const text = collapseSpace([first, ...rest].join(' '));
  return text.length > 2 ? text : undefined;
}

/** The first line with a reply code (not a DSN field), with its continuation. */
function codedReply(text: string, split?: string[]): string | undefined {
  const lines =
    split ?? text.split('\n', MAX_SEGMENT_LINES).map((l) => l.replace(/\r$/, '').slice(0, MAX_LINE));
  const coded = lines.findIndex((l) => !DSN_FIELD.test(l) && REPLY_LINE.test(l));
  return coded >= 0 ? joinContinuation(lines[coded] ?? '', lines, coded + 1) : undefined;
}

/** The index of the line holding offset `at` of the joined text, or -1 for -1. */
function lineOf(text: string, at: number): number {
  if (at < 0) return -1;
  let line = 0;
  for (let nl = text.indexOf('\n'); nl >= 0 && nl < at; nl = text.indexOf('\n', nl + 1)) line++;
  return line;
}

/** The reply on its line plus the indented or prefixed lines that continue it, up to a blank line. */
function joinContinuation(head: string, lines: string[], from: number): string {
  // "The error that the other server returned was:" ends its line: the reply starts on the next one.
  let start = from;
  while (head.trim() === '' && start < lines.length && (lines[start] ?? '').trim() === '') start++;
  let opening = head.trim() === '' && start < lines.length ? (lines[start++] ?? '') : head;
  // Exim 4.9x: "SMTP error from remote mail server after RCPT TO:<x>:" with the reply on the next line.
  // The reply starts there; the words before it only name the command (read from the segment anyway).
  const next = lines[start] ?? '';
  if (!STARTS_WITH_CODE.test(opening) && /:\s*$/.test(opening) && STARTS_WITH_CODE.test(next)) {
    opening = next;
    start++;
  }
  const out = [opening.trim()];
  for (let i = start; i < lines.length && out.length < MAX_REPLY_LINES; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '') break;
    const continues =
      /^[ \t]/.test(line) || /^[245]\d\d-/.test(line) || /^[245]\d\d [245]\.\d/.test(line) || out[0] === '';
    // A separator, or the next command of a transcript (" -> QUIT", ">>> DATA"), ends the reply.
    if (!continues || /^\s*(?:-{3,}|={3,}|\*{3,}|->|~>|>>>)/.test(line)) break;
    out.push(line.trim());
  }
  return collapseSpace(out.join('\n').replace(/\n[245]\d\d[ -](?:[245]\.\d{1,3}\.\d{1,3}\s)?/g, ' '));
}

function stripAddress(line: string, address: string): string {
  const lower = line.toLowerCase();
  const at = lower.indexOf(address);
  return at < 0 ? line : `${line.slice(0, at)}${line.slice(at + address.length)}`.replace(/^[\s<>:]+/, '');
}
