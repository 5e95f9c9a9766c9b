/** Reading SMTP replies out of free text: reply codes, enhanced status codes, continuation lines. */

export interface SmtpReply {
  code?: number;
  status?: string;
  text: string;
}

// Enhanced status code, not part of a dotted IP or version number (RFC 3463: class.subject.detail).
const STATUS_RE = /(?<![\w.])([245])\.(\d{1,3})\.(\d{1,3})(?![\w.]?\d)/;
// Reply code at a word start followed by space, dash, end or a status code; never inside numbers. Or followed
// by a colon and space (Yahoo's "554: delivery error: dd …"), then not after a colon (IPv6's "fe80::250: ").
// A count is no code: one after a slash (cPanel's "max emails per hour (250/250 (100%))") or one that counts
// mails, messages or recipients in lower case (DirectAdmin's "daily email limit of 500 emails"; a reply's own
// "554 Email rejected …" opens with a capital).
// Nor is a piece of a phone number in a signature ("+351 21 555 0133", "555-0166", "+46 8 555 012 34").
// An HTTP status is no reply code either: a sending API's, as HTTP clients print it ("HTTP 401", "HTTP/1.1 403",
// axios's "Request failed with status code 422", Guzzle's "resulted in a `401 UNAUTHORIZED` response",
// requests' "403 Client Error: Forbidden for url", Python's "HTTP Error 429: Too Many Requests", HTTP's own "429
// Too Many Requests"). Nor the milliseconds of a log4j or Python log time stamp
// ("2026-12-05 08:14:22,456 WARN", Zimbra's mailbox.log).
const CODE_RE =
  /(?<![\w.#/-])(?<!:\d\d,)(?<!\b(?:HTTP(?:\/\d(?:\.\d)?)?|HTTP Error|with status code) |resulted in an? `)([245][0-5]\d)(?=[ \t-]|$|['"\]])(?![ \t-](?:\d{4}|\d{2,3}[ \t-]\d{2,4})(?![.\d]))(?![ \t](?:emails|messages|recipients)\b)(?! (?:Client|Server) Error\b| Too Many Requests\b)|(?<![\w.#:/-])(?<!\bHTTP Error )([245][0-5]\d)(?=:[ \t])/;
// Amazon SES quotes the remote reply after its own guess: "5.1.0 - Unknown address error 550-'5.7.1 <a@b>...
// Access denied' (delivery attempts: 0)". The quoted reply is the first-hand account.
const SES_QUOTED_REPLY =
  /^([245]\.\d{1,3}\.\d{1,3}) [-–] [^'‘\n]{1,100}?\b([245]\d\d)-['‘]([^'’\n]{1,2000})['’]/;
// A code its bounce labels as one, whatever punctuation follows (Zoho: "ERROR_CODE :550, ERROR_CODE :5.2.1");
// Stalwart's rendering of a reply: "Code: 554, Enhanced code: 5.7.1, Message: …" (not HTTP's "status code: 403").
const LABELLED_CODE_RE = /\b(?:error_code|(?<!status )code)[ \t]{0,3}:[ \t]{0,3}([245][0-5]\d)\b/i;
// A continuation prefix such as "550-5.1.1 " or "550 " at the start of a folded reply line, after the
// transcript marker a client may print before each line of a reply ("<** 550-5.7.1 ").
const PREFIX_RE = /^[ \t]*(?:(?:<<<|<\*\*|<~\*|<~|<-)[ \t]+)?[245]\d\d[ -](?:[245]\.\d{1,3}\.\d{1,3}[ \t]+)?/;

// What a transcript prints before a line the server sent: sendmail "<<< ", swaks "<- " (received), "<~ "
// (received inside TLS), "<** " and "<~* " (an error reply, outside and inside TLS), MDaemon's session log
// "Mon 2026-11-30 10:15:02.610: <-- " (its timestamp first).
const REPLY_MARKER =
  /^[ \t]*(?:[A-Z][a-z]{2} \d{4}-\d\d-\d\d [\d:.]{8,12}: )?(?:<<<|<\*\*|<~\*|<~|<--|<-)[ \t]+/;

// What a client library's debug log prints before each line the server sent: PHPMailer's SMTPDebug
// "2026-12-04 10:15:03 SERVER -> CLIENT: ", Nodemailer's "[2026-12-04 10:15:03] DEBUG [smtp/a1b2] S: ".
const CLIENT_LOG_MARKER =
  /^[ \t]*(?:(?:\d{4}-\d\d-\d\d [\d:.]{8,12}[ \t]+)?SERVER -> CLIENT:|\[[^\]\n]{1,40}\] [A-Z]{4,5} \[[^\]\n]{1,60}\] S:)[ \t]+/;

// What a mail server's own session log prints before each line of the dialogue: Postfix's smtp client with -v
// ("Dec  5 10:00:01 mail postfix/smtp[1234]: < mx.example.org[192.0.2.1]:25: ", "<": the remote's reply, ">":
// the command sent), Exchange's protocol logs, CSV rows ("2026-12-05T10:00:01.567Z,Outbound to Internet,
// 08DC1234ABCD,13,192.0.2.5:12345,192.0.2.1:25,<,") with the local and remote endpoints and the direction.
const SESSION_LOG_PREFIX =
  /^[ \t]*(?:[^\n]{0,80}?\/smtp\[\d{1,10}\]: ([<>]) [\w.-]{1,253}\[[0-9a-fA-F:.]{2,45}\]:\d{1,5}: |\d{4}-\d\d-\d\dT[\d:.]{8,16}Z?,[^,\n]{0,100},[0-9A-Fa-f]{8,16},\d{1,6},[0-9a-fA-F:.[\]]{0,60}?:(\d{1,5}),[0-9a-fA-F:.[\]]{2,60}?:(\d{1,5}),([<>]),)/;
const SMTP_PORTS = new Set(['25', '465', '587', '2525']);

interface SessionLine {
  /** The prefix's length. */
  length: number;
  /** The line is the reply of the server that answered, not a command. */
  reply: boolean;
  /** Exchange's CSV row, whose data field is followed by an empty context field ("…,<,550 5.1.1 …,"). */
  csv: boolean;
}

/**
 * A session-log line's prefix and direction. Exchange logs both ways: its SmtpSend log (the remote endpoint at
 * an SMTP port) has the remote's replies as "<", its SmtpReceive log (the local endpoint at one) its own
 * replies as ">".
 */
function sessionLine(line: string): SessionLine | undefined {
  // Every syslog line holds "]: "; only a dialogue line has its direction right after it.
  const maybe =
    line.includes(']: <') || line.includes(']: >') || line.includes(',<,') || line.includes(',>,');
  if (!maybe) return undefined;
  const m = SESSION_LOG_PREFIX.exec(line);
  if (!m) return undefined;
  if (m[1]) return { length: m[0].length, reply: m[1] === '<', csv: false };
  const [local = '', remote = '', direction] = [m[2], m[3], m[4]];
  const replyMark = SMTP_PORTS.has(remote) ? '<' : SMTP_PORTS.has(local) ? '>' : undefined;
  return replyMark ? { length: m[0].length, reply: direction === replyMark, csv: true } : undefined;
}

/** A session-log line as a transcript's ("<- 550 …", "-> RCPT TO:<…>"); other lines as they are. */
export function asTranscriptLine(line: string): string {
  const session = sessionLine(line);
  if (!session) return line;
  const data = line.slice(session.length);
  const field = session.csv && data.endsWith(',') ? data.slice(0, -1) : data;
  return `${session.reply ? '<-' : '->'} ${field}`;
}

/** The length of the reply marker the line opens with, 0 without one (looked for only where it can be). */
function markerLength(line: string): number {
  const m =
    (line.indexOf('<') >= 0 ? REPLY_MARKER.exec(line) : null) ??
    (line.includes('SERVER -> CLIENT:') || line.includes('] S: ') ? CLIENT_LOG_MARKER.exec(line) : null);
  if (m) return m[0].length;
  const session = sessionLine(line);
  return session?.reply ? session.length : 0;
}

/** The line without the transcript marker before a reply (" -> RCPT" and other lines are left alone). */
export function withoutReplyMarker(line: string): string {
  const length = markerLength(line);
  if (length === 0) return line;
  const reply = line.slice(length);
  // Exchange's CSV row ends in an empty context field.
  return line.charCodeAt(length - 1) === 0x2c && reply.endsWith(',') ? reply.slice(0, -1) : reply;
}

/** True when the line opens with a transcript's reply marker. */
export function hasReplyMarker(line: string): boolean {
  return markerLength(line) > 0;
}

// A status code that stands as one: opening the text or a line, after punctuation ("Status: 5.1.1",
// "(#5.1.1)"), after a reply code or a word that names it. "version 5.1.1 was released" is not one.
const STANDING_STATUS =
  /(?:^|\n|[:;([#=>]|@[\w-]{1,63}(?:\.[\w-]{1,63}){1,10}[ \t]|\b(?:status|code|error|dsn|smtp|[245]\d\d)[ \t:-])[ \t]{0,3}[#(]?[245]\.\d{1,3}\.\d{1,3}(?![\w.]?\d)/i;

export function hasStandingStatus(text: string): boolean {
  return STANDING_STATUS.test(text);
}

export function findStatus(text: string): string | undefined {
  const m = STATUS_RE.exec(text);
  return m ? `${m[1]}.${m[2]}.${m[3]}` : undefined;
}

// Exchange 2010 and 2007 NDRs: "mx.example.org #550 5.1.1 … ##" (a "#" before a code and its status).
const HASHED_CODE_RE = /(?<![\w.])#([245][0-5]\d)[ \t]{1,3}[245]\.\d{1,3}\.\d{1,3}/;
// Webmail's own line over the server's reply, the code in parentheses after "SMTP" and its word for error in the
// reader's language (Roundcube: "SMTP Error (550): Failed to add recipient …", "SMTP-fout (550):", "Erro SMTP
// (535):", "Błąd SMTP (552):", "SMTP Hatası (550):").
const PARENTHESISED_CODE_RE = /\bSMTP\b[^\n()]{0,20}\(([245][0-5]\d)\)[ \t]{0,2}:/i;

export function findReplyCode(text: string): number | undefined {
  const m =
    CODE_RE.exec(text) ??
    LABELLED_CODE_RE.exec(text) ??
    (text.includes('(') ? PARENTHESISED_CODE_RE.exec(text) : null) ??
    (text.includes('#') ? HASHED_CODE_RE.exec(text) : null);
  return m ? Number(m[1] ?? m[2]) : undefined;
}

/** Parses "550-5.1.1 The email account ...\n550-5.1.1 ... more" or "smtp; 550 5.1.1 ..." into one reply. */
export function parseReply(raw: string): SmtpReply {
  const quoted = SES_QUOTED_REPLY.exec(raw);
  if (quoted) {
    const reply = parseReply(`${quoted[2]} ${quoted[3]}`);
    // Built field by field, as below: one shape for every reply.
    return { code: reply.code, status: reply.status ?? quoted[1], text: reply.text };
  }
  // Most replies are one line: nothing to split, and the first line is the whole reply.
  const folded = raw.includes('\n');
  const first = folded ? raw.slice(0, raw.search(/\r?\n/)) : raw;
  // "<~* 535 5.7.8 …" pasted alone: the reply is what follows swaks's marker.
  if (hasReplyMarker(first)) return parseReply(withoutReplyMarker(raw));
  const code = findReplyCode(first) ?? (folded ? findReplyCode(raw) : undefined);
  const found = findStatus(raw);
  // A failure reply never carries a success status: "550 … (see RFC 5322 2.1.1)" cites a section.
  const status = code && code >= 400 && found?.startsWith('2.') ? undefined : found;
  const joined = folded ? unfoldReply(raw) : raw;
  return { code, status, text: withoutRepeatedPrefix(collapseSpace(joined)) };
}

/** The lines of a folded reply joined by spaces, each after the first without its "550-5.1.1 " prefix. */
function unfoldReply(raw: string): string {
  return raw
    .split(/\r?\n/)
    .map((line, i) => (i === 0 ? line : line.replace(PREFIX_RE, '')))
    .join(' ');
}

/** Removes a leading "550-5.1.1 " / "550 5.1.1 " from every line and collapses whitespace. */
export function stripReplyPrefixes(raw: string): string {
  return collapseSpace(raw.includes('\n') ? unfoldReply(raw) : raw);
}

/** "550-5.7.1 Messages with multiple 550 5.7.1 addresses": a folded prefix left inside the text. */
function withoutRepeatedPrefix(text: string): string {
  const lead = /^([245]\d\d)[ -]([245]\.\d{1,3}\.\d{1,3})\s/.exec(text);
  if (!lead) return text;
  const repeat = ` ${lead[1]} ${lead[2]} `;
  const rest = text.slice(lead[0].length).split(repeat).join(' ').split(` ${lead[1]}-${lead[2]} `).join(' ');
  return `${lead[0]}${rest}`;
}

export function collapseSpace(text: string): string {
  return collapseWhitespace(text).trim();
}

// What collapsing changes: a run of two or more whitespace characters, or one that is not a space. A lone
// space is left alone rather than replaced by itself (most of a text's runs: one piece of the copy each).
const OTHER_WHITESPACE = /\s{2,}|[^\S ]/g;

/**
 * Every run of whitespace as one space. Most texts have only single spaces: a global replace that finds
 * nothing returns the text itself (no copy). One regex pass: a JS loop over the characters looking for
 * other whitespace first cost more (~25 instructions a character against a few for the regex).
 */
export function collapseWhitespace(text: string): string {
  return text.replace(OTHER_WHITESPACE, ' ');
}
