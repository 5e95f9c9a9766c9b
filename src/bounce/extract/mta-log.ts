import type { QueuedMessage, SmtpCommand } from '../types.js';
import { addressList, csvFields, isHostedLogLine, readHostedLogLine } from './mta-log-hosted.js';
import { isPolicyLogLine, readPolicyLogLine } from './mta-log-policy.js';
import { plainAddressLiterals } from './smtp-context.js';

/**
 * MTA log lines: Postfix delivery results, qmgr expiries and smtpd/cleanup/milter rejects, Exim "**" / "==" /
 * "=>" / "rejected RCPT" / "rejected EHLO", Sendmail "stat=", OpenSMTPD "result=", qmail-send "delivery N:
 * failure:", Dovecot's "lmtp(r): save failed to", Cisco Secure Email's mail_logs "Bounced:" / "Delayed:", Courier's
 * "courieresmtp: id=…,from=<s>,addr=<r>: reply", Sun/Oracle Messaging Server's mail.log records and Haraka's
 * "[outbound] delivered", PowerMTA's accounting CSV records and policy daemons' lines (mta-log-policy.ts). A
 * delivery line ("status=sent", "stat=Sent", Exim's "=>", qmail's "success:") is read too: in a grep of one
 * message's lines it is the outcome that overrides the deferrals before it. Each field is read on its own with
 * a simple pattern, so long lines stay linear.
 */
export interface LogRecord {
  recipient?: string;
  /**
   * The other recipients the same line names (Sendmail "to=<r>,<r2>,", amavis "-> <r>,<r2>", Exchange
   * tracking "r;r2"): each had the same outcome, so each gets its own record.
   */
  moreRecipients?: string[];
  sender?: string;
  diagnostic: string;
  remoteHost?: string;
  remoteIp?: string;
  /** For a reject logged by the receiving server: the client that tried to send. */
  sendingIp?: string;
  /** The enhanced status code the MTA logged apart from the reply (Postfix "dsn=5.2.2"). */
  status?: string;
  /** The command a receiving server's reject answered, as its log names it ("reject: RCPT from …"). */
  command?: SmtpCommand;
  deferred: boolean;
  /** The line logs a delivery, not a failure. */
  delivered?: boolean;
  /**
   * The address the recipient was reached through (Postfix "orig_to=<alias>", Exim's "** final <alias>",
   * the mailbox whose Sieve script redirected): an alias or forward.
   */
  forwardedFrom?: string;
  /**
   * The line states only the outcome ("status: failure", Courier's second line): the words are the previous
   * line's for the same recipient of the message.
   */
  outcomeOnly?: boolean;
  /** The message's queue id, when the line's MTA has queue commands that take one. */
  queued?: QueuedMessage;
  /** The sending MTA's own category for the failure (PowerMTA's bounceCat "bad-mailbox"), lower case. */
  mtaCategory?: string;
}

const MAX_LINE = 8192;
const HOST_IP = /^([^\s[\]]{1,255})\[([0-9A-Fa-f:.]{2,45})\]/;

export function isLogLine(line: string): boolean {
  return (
    line.includes(' status=') ||
    POSTFIX_STATUS_ALONE.test(line) ||
    line.includes(': reject: ') ||
    line.includes(' ** ') ||
    line.includes(' == ') ||
    line.includes(' => ') ||
    line.includes('rejected RCPT') ||
    line.includes(' rejected EHLO from ') ||
    line.includes(' rejected HELO from ') ||
    line.includes(' rejected after DATA: ') ||
    EXIM_HOST_ERROR.test(line) ||
    line.includes(' stat=') ||
    line.includes(', reject=') ||
    line.includes(': milter-reject: ') ||
    line.includes(' result="') ||
    line.includes(': failure: ') ||
    line.includes(': deferral: ') ||
    line.includes(': success: ') ||
    line.includes(': save failed to ') ||
    line.includes(': saved mail to ') ||
    line.includes(': failed to store into mailbox ') ||
    line.includes(': rejected message from <') ||
    line.includes(': failed to redirect message to ') ||
    line.includes(' was aborted due to temporary failure') ||
    line.includes(': DCID ') ||
    line.includes(',addr=<') ||
    (line.includes(' rfc822;') && MESSAGING_SERVER_DATE.test(line)) ||
    line.includes('[outbound] delivered ') ||
    POWERMTA_ACCT.test(line) ||
    isPolicyLogLine(line) ||
    isHostedLogLine(line)
  );
}

export function readLogLine(line: string): LogRecord | undefined {
  // JSON records (KumoMTA's, with their headers and meta) may be longer than a classic log line.
  if (line.length > MAX_LINE) return readHostedLogLine(line);
  return (
    readHostedLogLine(line) ??
    postfixReject(line) ??
    postfixDelivery(line) ??
    postfixExpired(line) ??
    openSmtpd(line) ??
    dovecot(line) ??
    qmailSend(line) ??
    eximReject(line) ??
    eximDataReject(line) ??
    eximHeloReject(line) ??
    eximDelivery(line) ??
    eximHostError(line) ??
    sendmail(line) ??
    sendmailReject(line) ??
    ciscoMailLog(line) ??
    courier(line) ??
    messagingServer(line) ??
    harakaDelivered(line) ??
    powerMta(line) ??
    readPolicyLogLine(line)
  );
}

// Postfix's status copied without the rest of its line: "dsn=4.7.4, status=deferred (TLS is required, …)".
const POSTFIX_STATUS_ALONE =
  /^[ \t]{0,8}(?:dsn=[245]\.\d{1,3}\.\d{1,3},[ \t]{1,4})?status=(?:bounced|deferred|undeliverable|expired) \(\S/;
const NAMED_IN_REPLY = /<([^<>\s@]{1,64}@[^<>\s@]{1,255})>:/;

/** "postfix/smtp[..]: Q: to=<r>, relay=mx[ip]:25, ..., status=bounced (host mx[ip] said: 550 ...)" */
function postfixDelivery(line: string): LogRecord | undefined {
  const status = /(?:^| )status=(bounced|deferred|undeliverable|expired|sent) \(/.exec(line);
  // A quoted local part may hold spaces: to=<"john smith"@example.org>.
  const to = /(?:^| )to=<("[^"\n]{1,64}"@[^>\s]{1,255}|[^>\s]{1,320})>/.exec(line);
  if (!status || !(to || POSTFIX_STATUS_ALONE.test(line))) return undefined;
  const relay = / relay=([^\s,]{1,300})/.exec(line);
  const hostIp = relay ? HOST_IP.exec(plainAddressLiterals(relay[1] ?? '')) : null;
  const diagnostic = line.slice(status.index + status[0].length).replace(/\)\s*$/, '');
  // "relay=local", "relay=virtual": a delivery agent, not a server (a server is always named host[ip]).
  const relayHost = relay?.[1]?.split(/[:[]/)[0];
  return {
    // Without to=, a reply that names the address it refused ("<bob@x>: Recipient address rejected") tells it.
    recipient: (to?.[1] ?? NAMED_IN_REPLY.exec(diagnostic)?.[1])?.toLowerCase(),
    remoteHost: hostIp?.[1] ?? (relayHost?.includes('.') ? relayHost : undefined),
    remoteIp: hostIp?.[2],
    diagnostic,
    deferred: status[1] === 'deferred',
    delivered: status[1] === 'sent' || undefined,
    status: /(?:^| )dsn=([245]\.\d{1,3}\.\d{1,3}),/.exec(line)?.[1],
    forwardedFrom: / orig_to=<([^>\s]{1,320})>/.exec(line)?.[1]?.toLowerCase(),
  };
}

/**
 * Postfix qmgr when a message outlived maximal_queue_lifetime: "qmgr[..]: Q: from=<s>, status=expired,
 * returned to sender". The line names no recipient (the delivery agents' deferrals before it do).
 */
function postfixExpired(line: string): LogRecord | undefined {
  if (!line.includes(', status=expired, returned to sender')) return undefined;
  return {
    sender: / from=<([^>\s]{1,320})>,/.exec(line)?.[1],
    diagnostic: 'message expired: too long in the queue, returned to sender (status=expired)',
    deferred: false,
  };
}

/**
 * OpenSMTPD's delivery result: "mta delivery evpid=… from=<s> to=<r> rcpt=<-> source="ip" relay="ip (host)"
 * delay=2s result="PermFail" stat="550 5.1.1 …"". to= is the recipient that failed, from= the sender.
 */
function openSmtpd(line: string): LogRecord | undefined {
  const result = / result="(PermFail|TempFail|Loop|Ok)" stat="/.exec(line);
  const to = / to=<([^>\s]{1,320})>/.exec(line);
  if (!result || !to) return undefined;
  const relay = / relay="([0-9A-Fa-f:.]{2,45})(?: \(([^()\s]{1,255})\))?"/.exec(line);
  return {
    recipient: to[1]?.toLowerCase(),
    sender: / from=<([^>\s]{1,320})>/.exec(line)?.[1],
    diagnostic: line.slice(result.index + result[0].length).replace(/"\s*$/, ''),
    remoteIp: relay?.[1],
    remoteHost: relay?.[2],
    deferred: result[1] === 'TempFail',
    delivered: result[1] === 'Ok' || undefined,
  };
}

// "dovecot: lmtp(bob@example.org)<2412><kJ3m…>: " (2.3), "lmtp(2412, bob@example.org): " (2.2), "lda(bob): ",
// with the level 2.3 writes before errors ("…>: Error: msgid=<id>: save failed to INBOX: …").
const DOVECOT_HEAD =
  / (?:lmtp|lda)\((?:\d{1,10}, )?([^()\s,]{1,320})\)(?:<[^<>\s]{0,64}>){0,2}: (?:(?:Error|Warning|Info): )?(?:msgid=<[^<>\s]{0,998}>: )?/;

/**
 * Dovecot's own log of a delivery to a mailbox: "lmtp(r)<pid><session>: msgid=<id>: save failed to INBOX:
 * Quota exceeded (mailbox for user is full)", or "…: saved mail to INBOX" when it was delivered.
 */
function dovecot(line: string): LogRecord | undefined {
  const head = DOVECOT_HEAD.exec(line);
  if (!head) return undefined;
  const rest = line.slice(head.index + head[0].length);
  if (rest.startsWith('sieve: ')) return sieveRedirect(head[1], rest) ?? sieveOutcome(head[1], rest);
  const saved = rest.startsWith('saved mail to ');
  if (!saved && !rest.startsWith('save failed to ')) return undefined;
  return {
    recipient: head[1]?.includes('@') ? head[1].toLowerCase() : undefined,
    diagnostic: rest,
    deferred: false,
    delivered: saved || undefined,
  };
}

// Pigeonhole's own failures to file the message, and its reject action: "sieve: msgid=<id>: failed to store
// into mailbox 'INBOX': Quota exceeded (mailbox for user is full)", "sieve: msgid=<id>: rejected message from
// <s> (reject)". A store into another folder that fails falls back to INBOX, so only INBOX's failure counts.
const SIEVE_STORE = /^sieve: (?:msgid=<[^<>\s]{0,998}>: )?failed to store into mailbox 'INBOX': /;
const SIEVE_REJECT =
  /^sieve: (?:msgid=<[^<>\s]{0,998}>: )?rejected message from <[^<>\s]{0,320}> \((?:e?reject)\)/;
// "sieve: Execution of script /path was aborted due to temporary failure (user logfile … may reveal …)": the
// delivery is deferred (a script that failed "but implicit keep was successful" delivered the message).
const SIEVE_ABORTED =
  /^sieve: (?:msgid=<[^<>\s]{0,998}>: )?Execution of script \S{1,1000} was aborted due to temporary failure/;

function sieveOutcome(mailbox: string | undefined, rest: string): LogRecord | undefined {
  const store = SIEVE_STORE.exec(rest);
  const aborted = !store && SIEVE_ABORTED.test(rest);
  if (!store && !aborted && !SIEVE_REJECT.test(rest)) return undefined;
  return {
    recipient: mailbox?.includes('@') ? mailbox.toLowerCase() : undefined,
    diagnostic: store ? rest.slice(store[0].length) : rest.replace(/msgid=<[^<>\s]{0,998}>: /, ''),
    deferred: aborted,
  };
}

// Pigeonhole: "sieve: msgid=<id>: failed to redirect message to <r>: 550 5.1.1 … (permanent failure)", or
// "redirect action: failed to redirect message to <r> (refer to server log for more information)".
const SIEVE_REDIRECT =
  /^sieve: (?:msgid=<[^<>\s]{0,998}>: )?(?:redirect action: )?failed to redirect message to <([^<>\s]{1,320})>/;
const SIEVE_OUTCOME = / ?\((permanent|temporary) failure\)\s*$/;

/**
 * A Sieve redirect that failed: the failure of the final address, reached through the mailbox whose script
 * redirected. With the final server's reply, that reply is the diagnostic; without one, the line itself.
 */
function sieveRedirect(mailbox: string | undefined, rest: string): LogRecord | undefined {
  const redirect = SIEVE_REDIRECT.exec(rest);
  if (!redirect) return undefined;
  const tail = rest.slice(redirect[0].length);
  const outcome = SIEVE_OUTCOME.exec(tail);
  const reply = (outcome ? tail.slice(0, outcome.index) : tail).replace(/^:\s*/, '').trim();
  const said = /^[245]\d\d[\s-]/.test(reply);
  return {
    recipient: redirect[1]?.toLowerCase(),
    diagnostic: said ? reply : rest.slice('sieve: '.length),
    deferred: outcome?.[1] === 'temporary',
    forwardedFrom: mailbox?.includes('@') ? mailbox.toLowerCase() : undefined,
  };
}

/**
 * qmail-send's log: "delivery 42: failure: 192.0.2.25_does_not_like_recipient./Remote_host_said:_550_…/".
 * qmail writes the report's spaces as "_" and its line breaks as "/"; the recipient is named in the
 * "starting delivery" line, or else in the server's reply.
 */
function qmailSend(line: string): LogRecord | undefined {
  const head = / delivery \d{1,12}: (failure|deferral|success): /.exec(line);
  if (!head) return undefined;
  const text = line
    .slice(head.index + head[0].length)
    .replace(/_/g, ' ')
    .split('/')
    .filter((part) => part.trim() !== '')
    .join(' ');
  return {
    recipient: /<([^<>\s@]{1,64}@[^<>\s@]{1,255})>/.exec(text)?.[1]?.toLowerCase(),
    diagnostic: text,
    remoteIp: /^([0-9A-Fa-f:.]{2,45}) does not like /.exec(text)?.[1],
    deferred: head[1] === 'deferral',
    delivered: head[1] === 'success' || undefined,
  };
}

const REJECT = ': reject: ';
const MILTER_REJECT = ': milter-reject: ';
// The stage a Postfix reject names first ("reject: RCPT from", "reject: header Subject: … from").
const REJECT_STAGE: Record<string, SmtpCommand> = {
  rcpt: 'RCPT',
  mail: 'MAIL',
  data: 'DATA',
  'end-of-message': 'DATA',
  header: 'DATA',
  body: 'DATA',
  connect: 'CONN',
  ehlo: 'EHLO',
  helo: 'EHLO',
};

/**
 * Exim logs a multi-line reply on one line, each line break written as a backslash and "n" ("… didn't pass\\n550-5.7.27
 * for this message"): the breaks before a reply line are put back, so the continuations read as one reply.
 */
function eximLines(diagnostic: string): string {
  return diagnostic.includes('\\n') ? diagnostic.replace(EXIM_ESCAPED_BREAK, '\n') : diagnostic;
}

const EXIM_ESCAPED_BREAK = /\\n(?=[245]\d\d[ -])/g;

/**
 * Postfix smtpd, NOQUEUE or with a queue id: "reject: RCPT from client[ip]: 550 5.1.1 <r>: …; from=<s>
 * to=<r> proto=ESMTP helo=<h>"; cleanup: "reject: header Subject: … from client[ip]; from=<s> to=<r>
 * proto=ESMTP helo=<h>: 5.7.1 text". The client is the one that tried to send.
 */
function postfixReject(line: string): LogRecord | undefined {
  // A milter's reject ("milter-reject: END-OF-MESSAGE from …") is logged in the same shape.
  const plain = line.indexOf(REJECT);
  const milter = plain < 0 ? line.indexOf(MILTER_REJECT) : -1;
  if (plain < 0 && milter < 0) return undefined;
  const rest = plain >= 0 ? line.slice(plain + REJECT.length) : line.slice(milter + MILTER_REJECT.length);
  const from = / from ([^\s[\]]{0,255})\[([0-9A-Fa-f:.]{2,45})\](?::\d+)?(: |;)/.exec(rest);
  const envelope = rest.lastIndexOf('; from=<');
  const tail = envelope < 0 ? '' : rest.slice(envelope);
  const helo = from?.[3] === ';' ? /helo=<[^>]{0,255}>: /.exec(tail) : null;
  const diagnostic =
    from?.[3] === ': '
      ? rest.slice(from.index + from[0].length, envelope < 0 ? undefined : envelope)
      : helo
        ? tail.slice(helo.index + helo[0].length)
        : rest;
  return {
    sendingIp: from?.[2],
    sender: /from=<([^>]{1,320})>/.exec(tail)?.[1],
    recipient: /to=<([^>]{1,320})>/.exec(tail)?.[1]?.toLowerCase(),
    diagnostic,
    command: REJECT_STAGE[rest.slice(0, rest.indexOf(' ')).toLowerCase()],
    // postscreen's "reject: CONNECT from [ip]:port: all server ports busy" logs no code: it answered 421.
    deferred: /^4/.test(diagnostic) || (rest.startsWith('CONNECT ') && !/^[245]\d\d\b/.test(diagnostic)),
  };
}

const EXIM_CLIENT = / H=(?:[^\s[(]{1,255} )?(?:\([^)\s]{0,255}\) )?\[([0-9A-Fa-f:.]{2,45})\]/;

/** "H=(helo) host [ip] F=<s> rejected RCPT <r>: reason" */
function eximReject(line: string): LogRecord | undefined {
  const at = line.indexOf(' rejected RCPT <');
  if (at < 0) return undefined;
  const after = line.slice(at + ' rejected RCPT <'.length);
  const close = after.indexOf('>');
  if (close < 0) return undefined;
  // "H=name (helo) [ip]", "H=(helo) [ip]", "H=[ip]"; else the first bracketed address.
  const head = line.slice(0, at);
  const ip = EXIM_CLIENT.exec(head) ?? / \[([0-9A-Fa-f:.]{2,45})\]/.exec(head);
  return {
    sendingIp: ip?.[1],
    sender: / F=<([^>]{0,320})>/.exec(line.slice(0, at))?.[1] || undefined,
    recipient: after.slice(0, close).toLowerCase(),
    diagnostic: after.slice(close + 1).replace(/^:\s*/, ''),
    command: 'RCPT',
    // "temporarily rejected RCPT": the ACL deferred the recipient (a 4xx).
    deferred: head.endsWith(' temporarily'),
  };
}

/** "rejected EHLO from [ip]: syntactically invalid argument(s): name": the client's greeting refused. */
function eximHeloReject(line: string): LogRecord | undefined {
  const head =
    / rejected (?:EHLO|HELO) from (?:[^\s[]{1,255} )?\[([0-9A-Fa-f:.]{2,45})\](?::\d{1,5})?: /.exec(line);
  if (!head) return undefined;
  return {
    sendingIp: head[1],
    diagnostic: line.slice(head.index + head[0].length),
    command: 'EHLO',
    deferred: false,
  };
}

/** "H=host [ip] F=<s> rejected after DATA: reason": an ACL's refusal of the message; no recipient logged. */
function eximDataReject(line: string): LogRecord | undefined {
  const at = line.indexOf(' rejected after DATA: ');
  if (at < 0) return undefined;
  const head = line.slice(0, at);
  const ip = EXIM_CLIENT.exec(head) ?? / \[([0-9A-Fa-f:.]{2,45})\]/.exec(head);
  const diagnostic = line.slice(at + ' rejected after DATA: '.length);
  return {
    sendingIp: ip?.[1],
    sender: / F=<([^>]{0,320})>/.exec(head)?.[1] || undefined,
    diagnostic,
    command: 'DATA',
    // "temporarily rejected after DATA": the ACL deferred the message.
    deferred: head.endsWith(' temporarily'),
  };
}

// An Exim delivery line's fields after the address: "R=router", "T=transport", "H=host", "F=<sender>".
const EXIM_FIELDS = /^[A-Z]{1,3}=/;
const EXIM_HOST = / H=([^\s[\]]{1,255}) \[([0-9A-Fa-f:.]{2,45})\]/;

/**
 * The words of an Exim delivery line after its fields (`fields`: where they end, -1 when there are none),
 * keeping "defer (errno)" when it stands among them (`errno`: where it starts, -1 when absent).
 */
function eximWords(rest: string, fields: number, errno: number): string {
  if (fields < 0) return rest;
  if (errno < 0) return rest.slice(fields + 2);
  // "defer (-44) H=mx [ip] X=…: SMTP error …" (an SMTP 4xx): the fields between the errno and the words are left out.
  const errnoEnd = rest.indexOf(')', errno);
  if (errnoEnd + 1 < fields) return `${rest.slice(errno + 1, errnoEnd + 1)}: ${rest.slice(fields + 2)}`;
  return rest.slice(errno + 1);
}

/** "1abc-000 ** r@example.org R=dnslookup T=remote_smtp: SMTP error from remote mail server after RCPT ..." */
function eximDelivery(line: string): LogRecord | undefined {
  // A pipe or file the address led to ("** |/usr/local/bin/helpdesk <helpdesk@example.org> R=…"): the
  // address in angle brackets is the one that failed.
  const marker = / (\*\*|==|=>|->) (?:[|/][^\s<>]{0,300} <)?(\S{1,320}@\S{1,255})/.exec(line);
  if (!marker) return undefined;
  if (marker[1] === '=>' || marker[1] === '->') return eximDelivered(line, marker);
  // "** final@example.net <alias@example.org> R=…": the address after aliasing comes first, the one the
  // message was sent to in angle brackets.
  const after = line.slice(marker.index + marker[0].length).trim();
  const parent = /^<([^<>\s]{1,320})>\s+/.exec(after);
  const rest = parent ? after.slice(parent[0].length) : after;
  // "R=dnslookup T=remote_smtp H=mx [ip] X=TLS1.3:…:256 CV=yes: SMTP error …": the fields end at the first
  // ": " (X= holds colons without a space); the server's words follow.
  const fields = EXIM_FIELDS.test(rest) ? rest.indexOf(': ') : -1;
  // "defer (110): Connection timed out H=mx [ip]": a connection error names the host after its words.
  const host =
    EXIM_HOST.exec(fields < 0 ? '' : ` ${rest.slice(0, fields)}`) ??
    (rest.includes(' defer (') ? EXIM_HOST.exec(rest) : null);
  // "T=remote_smtp defer (111): Connection refused": the errno Exim gives says what the words alone do not
  // (111 is a refused TCP connection, not an SMTP refusal).
  const errno = fields < 0 ? -1 : rest.slice(0, fields).lastIndexOf(' defer (');
  return {
    recipient: marker[2]?.replace(/[<>:]/g, '').toLowerCase(),
    diagnostic: eximLines(eximWords(rest, fields, errno)),
    remoteHost: host?.[1],
    remoteIp: host?.[2],
    // "I=[ip]:port": the interface Exim sent from (log_selector +outgoing_interface).
    sendingIp: fields < 0 ? undefined : / I=\[([0-9A-Fa-f:.]{2,45})\]/.exec(` ${rest.slice(0, fields)}`)?.[1],
    deferred: marker[1] === '==',
    forwardedFrom: parent?.[1]?.toLowerCase(),
  };
}

// An Exim message id ("1vT2kL-000Di9-CP", "1sDkzA-000abc-12") right before a delivery marker.
const EXIM_ID_BEFORE = /\b[0-9A-Za-z]{6}-[0-9A-Za-z]{6,11}-[0-9A-Za-z]{2,4} $/;

/**
 * "1abc-000 => r@example.org R=dnslookup T=remote_smtp H=mx [ip] C="250 2.0.0 Ok: queued as X"": delivered.
 * An arrow is common in other text: the message id before it makes it Exim's.
 */
function eximDelivered(line: string, marker: RegExpExecArray): LogRecord | undefined {
  if (!EXIM_ID_BEFORE.test(line.slice(Math.max(0, marker.index - 24), marker.index + 1))) return undefined;
  const rest = line.slice(marker.index + marker[0].length);
  const host = / H=([^\s[\]]{1,255}) \[([0-9A-Fa-f:.]{2,45})\]/.exec(rest);
  return {
    recipient: marker[2]?.replace(/[<>:]/g, '').toLowerCase(),
    // C="…" is the server's reply to the message (log_selector +smtp_confirmation, on by default).
    diagnostic: / C="([^"]{1,1000})"/.exec(rest)?.[1] ?? 'delivered',
    remoteHost: host?.[1],
    remoteIp: host?.[2],
    deferred: false,
    delivered: true,
  };
}

// Exim's line when a host could not be reached (the "==" lines after it name the recipients deferred):
// "2026-12-05 01:02:03 1vAbCd-000123-Ab H=mx.example.org [2001:db8::1] Network is unreachable"; older
// Exim writes no "H=".
const EXIM_HOST_ERROR =
  /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d{1,6})? (?:[+-]\d{4} )?[\w-]{14,32} (?:H=)?([^\s[\]=]{1,255}) \[([0-9A-Fa-f:.]{2,45})\](?::\d{1,5})?:? ((?:Connection refused|Connection timed out|Network is unreachable|No route to host)\b[^\n]{0,200})$/;

function eximHostError(line: string): LogRecord | undefined {
  const m = EXIM_HOST_ERROR.exec(line);
  if (!m) return undefined;
  return { remoteHost: m[1], remoteIp: m[2], diagnostic: m[3] ?? '', deferred: true };
}

/** "sendmail[..]: Q: to=<r>, delay=..., relay=mx. [ip], dsn=5.1.1, stat=User unknown" */
function sendmail(line: string): LogRecord | undefined {
  const stat = / stat=/.exec(line);
  const to = / to=<?([^>,\s]{1,320})>?,/.exec(line);
  if (!stat || !to) return undefined;
  // Sendmail names every recipient it sent to one host in one line: "to=<r>,<r2>, delay=…".
  const list = / to=((?:<?[^<>,\s]{1,320}>?,){2,100}) /.exec(line)?.[1];
  const text = line.slice(stat.index + stat[0].length);
  const sent = /^sent\b/i.test(text);
  // "relay=mx.example.org. [192.0.2.1]", or the host alone when no connection was made.
  const relay = / relay=([^\s,[]{1,255}?)\.?(?:\s{0,3}\[(?:IPv6:)?([0-9A-Fa-f:.]{2,45})\])?,/.exec(line);
  const dsn = / dsn=([245]\.\d{1,3}\.\d{1,3})/.exec(line)?.[1];
  return {
    recipient: to[1]?.toLowerCase(),
    moreRecipients: list ? addressList(list).slice(1) : undefined,
    diagnostic: dsn && !text.includes(dsn) ? `${dsn} ${text}` : text,
    remoteHost: relay?.[1]?.replace(/\.$/, ''),
    remoteIp: relay?.[2],
    deferred: !sent && /deferred/i.test(text),
    // "stat=Sent (Q Message accepted for delivery)": the server's words are in the parentheses.
    delivered: sent || undefined,
  };
}

/**
 * A reject logged by a receiving Sendmail: "ruleset=check_rcpt, arg1=<r>, relay=host [ip], reject=550 …".
 * Here relay= is the client that tried to send; arg1 is the recipient (check_rcpt) or sender (check_mail).
 */
function sendmailReject(line: string): LogRecord | undefined {
  const reject = line.indexOf(', reject=');
  const rule = / ruleset=check_(rcpt|mail|relay), arg1=<?([^>,\s]{1,320})>?,/.exec(line);
  if (reject < 0 || !rule) return undefined;
  const diagnostic = line.slice(reject + ', reject='.length).trim();
  const arg = rule[2]?.includes('@') ? rule[2].toLowerCase() : undefined;
  return {
    recipient: rule[1] === 'rcpt' ? arg : undefined,
    sender: rule[1] === 'mail' ? arg : undefined,
    command: rule[1] === 'rcpt' ? 'RCPT' : rule[1] === 'mail' ? 'MAIL' : 'CONN',
    sendingIp: / relay=(?:[^\s,[]{1,255} )?\[([0-9A-Fa-f:.]{2,45})\]/.exec(line.slice(0, reject))?.[1],
    diagnostic,
    deferred: /^4/.test(diagnostic),
  };
}

const CISCO_HEAD = / (Bounced|Delayed): DCID \d{1,12} MID \d{1,12} to RID \[?\d{1,6}\]? - /;

/**
 * Cisco Secure Email (IronPort) mail_logs: "Info: Delayed: DCID 4712 MID 88124 to RID [0] - 4.4.0 - Other
 * network problem ('451', ['4.7.1 Greylisted', 'please retry'])". AsyncOS prints the server's reply as a
 * Python tuple: the code, then the reply's lines as a list. RID is an index: only the reply can name the
 * recipient.
 */
function ciscoMailLog(line: string): LogRecord | undefined {
  const head = CISCO_HEAD.exec(line);
  if (!head) return undefined;
  const rest = line.slice(head.index + head[0].length);
  const open = rest.lastIndexOf("('");
  const close = rest.lastIndexOf('])');
  const code = open < 0 ? '' : rest.slice(open + 2, open + 5);
  const listStart = open + "('550', [".length;
  const reply =
    /^[245]\d\d$/.test(code) && rest.startsWith("', [", open + 5) && close > listStart
      ? `${code} ${pythonStrings(rest.slice(listStart, close)).join(' ')}`
      : rest;
  return {
    // A reply that names an address ("5.1.1 <r>: Recipient address rejected") names the recipient.
    recipient: /<([^<>\s@]{1,64}@[^<>\s@]{1,255})>/.exec(reply)?.[1]?.toLowerCase(),
    diagnostic: reply,
    deferred: head[1] === 'Delayed',
  };
}

/** The items of a Python list of strings ("'a', "b's", 'c'"), quotes taken off. */
function pythonStrings(list: string): string[] {
  return list
    .split(/['"], ['"]/)
    .map((item) => item.replace(/^['"]|['"]$/g, '').trim())
    .filter((item) => item !== '');
}

// Courier: "courieresmtp: id=Q,from=<s>,addr=<r>: 550 5.1.1 …", "…,addr=<r>,status: deferred", and a delivery
// "courierlocal: id=Q,from=<s>,addr=<r>,size=2345,success: Message delivered.".
const COURIER_HEAD = / courier[a-z]{0,12}: id=[^,\s]{1,100},from=<([^<>\s]{0,320})>,addr=<([^<>\s]{1,320})>/;

function courier(line: string): LogRecord | undefined {
  const head = COURIER_HEAD.exec(line);
  if (!head) return undefined;
  const rest = line.slice(head.index + head[0].length);
  const success = /^(?:,size=\d{1,15})?,success: /.exec(rest);
  const status = /^,status: (deferred|failure)/.exec(rest);
  if (!success && !status && !rest.startsWith(': ')) return undefined;
  const diagnostic = success
    ? rest.slice(success[0].length)
    : status
      ? `status: ${status[1]}`
      : rest.slice(2);
  return {
    recipient: head[2]?.toLowerCase(),
    sender: head[1] || undefined,
    diagnostic,
    deferred: status?.[1] === 'deferred' || (!success && !status && /^4/.test(diagnostic)),
    delivered: success ? true : undefined,
    outcomeOnly: status ? true : undefined,
  };
}

/**
 * Sun Java System / Oracle Communications Messaging Server mail.log: "23-Nov-2026 10:02:11.42 tcp_local
 * R 5 s rfc822;orig r … smtp;550 5.1.1 …": date, channels, the entry's code (R returned, Q a temporary
 * failure, D dequeued: delivered), size, sender, original recipient, recipient, and the diagnostic.
 */
const MESSAGING_SERVER_DATE = /^\d{1,2}-[A-Za-z]{3}-\d{4} /;
const MESSAGING_SERVER =
  /^\d{1,2}-[A-Za-z]{3}-\d{4} [\d:.]{8,11} +[a-z0-9_-]{1,40} +(?:[a-z0-9_-]{1,40} +)?([RQD]) +\d{1,12} +(\S{0,320}) +rfc822;(\S{1,320}) +(\S{1,320})/;

function messagingServer(line: string): LogRecord | undefined {
  const head = MESSAGING_SERVER.exec(line);
  if (!head) return undefined;
  const rest = line.slice(head.index + head[0].length);
  const smtp = rest.indexOf(' smtp;');
  const recipient = (head[4]?.includes('@') ? head[4] : head[3])?.toLowerCase();
  return {
    recipient,
    sender: head[2] || undefined,
    diagnostic: smtp >= 0 ? rest.slice(smtp + ' smtp;'.length) : rest.trim() || 'delivered',
    remoteHost: / dns;([^\s;()]{1,255})/.exec(rest)?.[1],
    deferred: head[1] === 'Q',
    delivered: head[1] === 'D' || undefined,
  };
}

/** Haraka: "[outbound] delivered file=… domain=d host=h ip=a port=25 … response="250 …"": no recipient named. */
function harakaDelivered(line: string): LogRecord | undefined {
  const at = line.indexOf('[outbound] delivered ');
  if (at < 0) return undefined;
  const rest = line.slice(at);
  return {
    diagnostic: / response="([^"]{1,1000})"/.exec(rest)?.[1] ?? 'delivered',
    remoteHost: / host=([^\s=]{1,255})/.exec(rest)?.[1],
    remoteIp: / ip=([0-9A-Fa-f:.]{2,45})/.exec(rest)?.[1],
    deferred: false,
    delivered: true,
  };
}

/**
 * PowerMTA's accounting CSV, default fields: type (b bounce, t transient, d delivered, rb a bounce reported back
 * later by DSN, tq a transient queue record), timeLogged, timeQueued, orig, rcpt, orcpt, dsnAction, dsnStatus,
 * dsnDiag, dsnMta ("mx.example.org (192.0.2.25)", the server that answered), bounceCat, …. A "b" record of a
 * 4.4.7 is a message given up after its retries; a "t" record one still queued. A dsnStatus whose words hold a
 * comma ("5.7.1 (delivery not authorized, message refused)") is quoted.
 */
const POWERMTA_ACCT =
  /^(rb|rs|tq|[btd]),\d{4}-\d\d-\d\d [\d:]{8}[^,]{0,10},[^,]{0,40},([^,\s]{0,320}),([^,\s@]{1,200}@[^,\s]{1,255}),[^,]{0,330},(failed|delayed|relayed|delivered|expanded),"?([245]\.\d{1,3}\.\d{1,3})/;
const POWERMTA_MTA = /^([^\s()]{1,255})(?: \(([0-9A-Fa-f:.]{2,45})\))?$/;

// The default accounting fields up to bounceCat, lower case, as a header row names them.
const POWERMTA_FIELDS = [
  'type',
  'timelogged',
  'timequeued',
  'orig',
  'rcpt',
  'orcpt',
  'dsnaction',
  'dsnstatus',
  'dsndiag',
  'dsnmta',
  'bouncecat',
];
const POWERMTA_HEADER = /^type,timeLogged,/i;
const POWERMTA_ROW = /^(?:rb|rs|tq|[btd]),/;

const csvQuoted = (field: string): string =>
  /[",]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;

/**
 * An accounting file whose `record-fields` differ from the default: its header row ("type,timeLogged,orig,rcpt,
 * …") names the columns, and the rows under it are put back in the default order the reader knows. Rows under no
 * header, or under the default one, are left as they are.
 */
export function powerMtaInDefaultOrder(lines: readonly string[]): readonly string[] {
  if (!lines.some((l) => POWERMTA_HEADER.test(l))) return lines;
  let order: number[] | undefined;
  return lines.map((line) => {
    if (POWERMTA_HEADER.test(line)) {
      const names = csvFields(line.trim()).map((f) => f.trim().toLowerCase());
      const index = POWERMTA_FIELDS.map((n) => names.indexOf(n));
      const isDefault = index.every((j, i) => j === i);
      order = isDefault || (index[4] ?? -1) < 0 || (index[6] ?? -1) < 0 ? undefined : index;
      return line;
    }
    if (!order || !POWERMTA_ROW.test(line)) return line;
    const fields = csvFields(line.trim());
    return order.map((j) => csvQuoted(j < 0 ? '' : (fields[j] ?? ''))).join(',');
  });
}

function powerMta(line: string): LogRecord | undefined {
  const m = POWERMTA_ACCT.exec(line);
  if (!m) return undefined;
  const fields = csvFields(line);
  const diag = (fields[8] ?? '').replace(/^smtp;\s*/i, '').trim();
  const mta = POWERMTA_MTA.exec((fields[9] ?? '').trim());
  const bareIp = mta && !mta[2] && /^[0-9A-Fa-f:.]{2,45}$/.test(mta[1] ?? '') && /[.:]\d/.test(mta[1] ?? '');
  const done = m[4] === 'relayed' || m[4] === 'delivered' || m[4] === 'expanded';
  return {
    recipient: m[3]?.toLowerCase(),
    sender: m[2] || undefined,
    diagnostic: diag || `${m[5]} ${m[4]}`,
    status: m[5],
    remoteHost: bareIp ? undefined : mta?.[1],
    remoteIp: bareIp ? mta?.[1] : mta?.[2],
    deferred: m[1] === 't' || m[1] === 'tq' || m[4] === 'delayed',
    delivered: m[1] === 'd' || (m[1] === 'rs' && done) || undefined,
    mtaCategory: fields[10]?.trim().toLowerCase() || undefined,
  };
}
