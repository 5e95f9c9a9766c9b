import { CLIENT_ACCOUNT_LEADS, CLIENT_REPLY_LEADS } from '../../knowledge/client-errors.js';
import { escapeRegex } from './escape-regex.js';

/**
 * A mail client's, library's or sending API's error made readable as a server's words: the reply it quotes put
 * on its own line (after "The server responded:"), Python's byte strings (`(535, b'5.7.8 …')`) and its dict of
 * refused recipients (`{'bob@x': (550, b'…')}`) unwrapped, the application's own status lines dropped. Only for
 * a text already known to be a client error or an API refusal.
 */
export function unwrapClientError(text: string): string {
  // PHPMailer's own summary ("SMTP Error: data not accepted.") gives way to the server's reply it details.
  const phpDetail = text.includes(' SMTP code: ') && text.includes('Detail: ');
  let out = (phpDetail ? text.replace(PHPMAILER_SUMMARY, '') : text)
    .replace(HTTP_ERROR_LEAD, '')
    .replace(APP_STATUS_LINE, '')
    .replace(EXPECTED_CODE, '')
    .replace(CODE_IN_PARENS, '\n$1 ')
    .replace(NET_SMTP_CODE, ' $1 ')
    .replace(PHPMAILER_DETAIL, (_m, detail: string, code: string, status?: string) =>
      status ? `\n${code} ${status} ${detail}` : `\n${code} ${detail}`,
    );
  if (out.includes("b'") || out.includes('b"')) {
    out = out
      .replace(PY_DICT_KEY, '\n$1:')
      .replace(PY_BYTES_TUPLE, '$1 ')
      .replace(PY_CONTINUATION, ' ')
      .replace(PY_NEWLINE, '\n');
  }
  return out.replace(REPLY_LEAD, '$1\n');
}

/** The client's own account addresses (Outlook's "Task 'alice@x - Sending'"): never a failed recipient. */
export function clientAccounts(text: string): Set<string> {
  const found = new Set<string>();
  for (const m of text.matchAll(ACCOUNT)) if (m[1]) found.add(m[1].toLowerCase());
  return found;
}

// PHPMailer's server error: "SMTP server error: DATA END command failed Detail: Daily user sending quota
// exceeded. SMTP code: 550 Additional SMTP info: 5.4.5": the server's words, code and status, put back together
// as the reply they were ("550 5.4.5 Daily user sending quota exceeded.") on a line of their own.
const PHPMAILER_SUMMARY = /\bSMTP Error: [^\n]{0,200}?(?=SMTP server error:|\n)/g;
const PHPMAILER_DETAIL =
  /(?:\bSMTP server error: [^\n]{0,100}?)?\bDetail: ([^\n]{1,500}?) SMTP code: ([245]\d\d)(?: Additional SMTP info: ([245]\.\d{1,3}\.\d{1,3}))?/g;

// "The server responded: '550 …'" (a quote may open the reply): the reply starts on the next line.
const REPLY_LEAD = new RegExp(
  `(${CLIENT_REPLY_LEADS.map(escapeRegex).join('|')})[ \\t]{0,5}['"]?(?=[ \\t]{0,5}[245]\\d\\d\\b)`,
  'gi',
);
// Python's "HTTP Error 401: Unauthorized" holds no reply, but "HTTP Error 403: The from address does not
// match …" opens the service's own sentence: the lead goes, and the reason phrase only when it ends the line.
// An application's log names the service's API and its HTTP status the same way ("Mailjet API 401: Sender …").
const HTTP_ERROR_LEAD =
  /^[ \t]{0,8}(?:HTTP Error|[A-Z][A-Za-z]{1,20} API(?: error)?) [1-5]\d\d:[ \t]{0,3}(?:[A-Z][a-z]{1,20}(?: [A-Z][a-z]{1,20}){0,3}[ \t]*$)?/gm;
// Lines of the application around the error that hold no reply: an HTTP status line ("HTTP/1.1 403
// Forbidden"), Rails' "Completed 500 Internal Server Error in 1622ms", and
// PowerShell's position lines ("At line:1 char:1", "+ Send-MailMessage -To bob@x …", "+ CategoryInfo …"),
// which echo the command with its recipients, and mailx's saved copy ('"/root/dead.letter" 11/332': lines and
// characters, no reply code).
const APP_STATUS_LINE =
  /^[ \t]{0,8}(?:HTTP\/\d(?:\.\d)? [1-5]\d\d\b[^\n]*|Completed [1-5]\d\d [A-Z][^\n]*|At (?:line:\d{1,6}|[^\n]{1,300}:\d{1,6}) char:\d{1,6}|\+ [^\n]*|"[^"\n]{1,300}" \d{1,9}\/\d{1,12})$/gm;
// Symfony Mailer and SwiftMailer: 'Expected response code "250/251/252" but got code "550", with message
// "550 …"': the code it expected is no reply; the one it got opens the quoted message, which stands in their
// place (after a label such as Mautic's "Error:" too).
const EXPECTED_CODE =
  /expected response code "?[245]\d\d(?:\/[245]\d\d){0,5}"? but got (?:code )?"?[245]\d\d"?,?[ \t]{0,3}(?:with message[ \t]{0,3}"?(?=[245]\d\d\b))?/gi;
// Rust's lettre: "permanent error (550): 5.1.1 …" → "550 5.1.1 …" on its own line.
const CODE_IN_PARENS = /\b(?:permanent|transient) error \(([245]\d\d)\):[ \t]{0,3}/gi;
// PHP's Net_SMTP (pfSense's notifications): "Error: authentication failure [SMTP: Invalid response code received
// from server (code: 535, response: 5.7.139 …)]" → "Error: 535 5.7.139 …": the reply in place of the framing.
const NET_SMTP_CODE = /[^\n:]{0,60}\[SMTP: [^\n(\]]{0,100}\(code: ([245]\d\d), response: /g;
const ACCOUNT = new RegExp(
  `(?:${CLIENT_ACCOUNT_LEADS.map(escapeRegex).join('|')})([^\\s'"@<>]{1,64}@[\\w.-]{1,253}\\w)`,
  'gi',
);
// Python's repr of a refused-recipients dict: "{'bob@example.org': (550, b'…')}".
const PY_DICT_KEY = /[{,][ \t]{0,3}'([^\s'@]{1,64}@[\w.-]{1,253})':/g;
// "(535, b'5.7.8 …" → "535 5.7.8 …".
const PY_BYTES_TUPLE = /\(([245]\d\d),[ \t]{0,3}b['"]/g;
const PY_NEWLINE = /\\n/g;
// smtplib joins a multi-line reply's lines with "\n" and keeps each line's status: "…this message is\n5.7.1
// likely unsolicited mail": the lines of one reply, read as one.
const PY_CONTINUATION = /\\n[245]\.\d{1,3}\.\d{1,3}[ \t]/g;
