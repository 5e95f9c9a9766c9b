import type { SmtpCommand } from '../types.js';
import { asObject, type Json, parseJsonSpan, str } from './json-values.js';
import type { LogRecord } from './mta-log.js';

/**
 * The log records of the MTAs hosting providers and ESPs run, beside the classic ones of mta-log.ts: KumoMTA's
 * and GreenArrow's JSON records, Postal's webhooks, Maddy's "module: message {json}" lines, Stalwart's "Title
 * (event.id) key = value, …" lines, chasquid's maillog, OpenSMTPD's older "relay: PermFail for …" and its "smtp
 * failed-command", Haraka's hook results and its outbound queue's "Temp failing" / "bouncing mail", amavis's
 * "Blocked SPAM" / "Passed CLEAN", Exchange's message tracking rows (the raw CSV file and Get-MessageTrackingLog's
 * table) and hMailServer's SMTPC and APPLICATION lines. Each says in its
 * own field whether the outcome was final, temporary or a delivery; the server's reply goes to `diagnostic`.
 * rspamd's task log ("rspamd_task_write_log: … (default: T (reject): [score] [symbols]) … rcpts: <r>") says
 * the action it asked of the MTA; what the client was told is rspamd's default text for that action.
 */

const MAX_JSON_LINE = 65_536;
const IP = '[0-9A-Fa-f:.]{2,45}';

export function isHostedLogLine(line: string): boolean {
  return (
    (line.includes('"response":{') && line.includes('"type":"')) ||
    (line.includes('"results":[') && line.includes('"recipient":"')) ||
    line.includes('"event_type":"') ||
    (line.includes('"payload":{') && POSTAL_STATUS.test(line)) ||
    MADDY.test(line) ||
    STALWART.test(line) ||
    CHASQUID.test(line) ||
    OPENSMTPD_OLD.test(line) ||
    line.includes(' smtp failed-command ') ||
    HARAKA_HOOK.test(line) ||
    HARAKA_OUTBOUND.test(line) ||
    AMAVIS.test(line) ||
    EXCHANGE_CSV.test(line) ||
    EXCHANGE_TABLE.test(line) ||
    line.startsWith('"SMTPC"\t') ||
    line.startsWith('"APPLICATION"\t') ||
    line.includes(RSPAMD)
  );
}

/**
 * A pretty-printed JSON record, or an array of them, as `jq .` or a log viewer shows KumoMTA's, MailerQ's and
 * GreenArrow's records: one compact line per record, as the MTA writes its log, when they are such records.
 */
export function compactJsonRecords(text: string): string[] | undefined {
  const start = text.trimStart();
  if (!(start.startsWith('{') || start.startsWith('[')) || !start.includes('\n')) return undefined;
  const value = parseJsonSpan(start, { arrays: true, unfold: false });
  const records = Array.isArray(value) ? value : [value];
  const lines = records.filter((r) => asObject(r)).map((r) => JSON.stringify(r));
  return lines.some(isHostedLogLine) ? lines : undefined;
}

export function readHostedLogLine(line: string): LogRecord | undefined {
  if (line.length > MAX_JSON_LINE) return undefined;
  return (
    kumoMta(line) ??
    mailerQ(line) ??
    greenArrow(line) ??
    postal(line) ??
    maddy(line) ??
    stalwart(line) ??
    chasquid(line) ??
    openSmtpdOld(line) ??
    openSmtpdFailedCommand(line) ??
    harakaHook(line) ??
    harakaOutbound(line) ??
    amavis(line) ??
    exchangeCsv(line) ??
    exchangeTable(line) ??
    hMailServer(line) ??
    rspamd(line)
  );
}

function jsonObject(text: string): Json | undefined {
  try {
    return asObject(JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

/** "550 5.1.1 words" from a code, an enhanced status and the words, each left out when missing or repeated. */
function reply(code: unknown, enhanced: string | undefined, words: string | undefined): string {
  const text = (words ?? '').trim();
  const parts = [
    typeof code === 'number' && !text.startsWith(String(code)) ? String(code) : '',
    enhanced && !text.includes(enhanced) ? enhanced : '',
    text,
  ];
  return parts.filter((p) => p !== '').join(' ');
}

const lower = (s: string | undefined) => s?.toLowerCase();

// KumoMTA: {"type":"Bounce","sender":"s","recipient":"r","response":{"code":550,"enhanced_code":{"class":5,
// "subject":1,"detail":1},"content":"…"},"peer_address":{"name":"mx","addr":"ip"},…}. Types: Delivery,
// Bounce, TransientFailure, Expiration, AdminBounce, OOB (a bounce reported later), Rejection (refused on reception).
const KUMO_TYPES = new Set([
  'Delivery',
  'Bounce',
  'TransientFailure',
  'Expiration',
  'AdminBounce',
  'OOB',
  'Rejection',
]);

function kumoMta(line: string): LogRecord | undefined {
  if (!line.includes('"response":{') || !line.trimStart().startsWith('{')) return undefined;
  const e = jsonObject(line.trim());
  const type = str(e?.type);
  const response = asObject(e?.response);
  if (!e || !type || !response || !KUMO_TYPES.has(type)) return undefined;
  const ec = asObject(response.enhanced_code);
  const enhanced = ec ? `${ec.class}.${ec.subject}.${ec.detail}` : str(response.enhanced_code);
  const peer = asObject(e.peer_address);
  const rejection = type === 'Rejection';
  return {
    recipient: lower(str(e.recipient)),
    sender: str(e.sender),
    diagnostic: reply(response.code, enhanced, str(response.content)),
    status: enhanced && /^[245]\.\d{1,3}\.\d{1,3}$/.test(enhanced) ? enhanced : undefined,
    remoteHost: rejection ? undefined : str(peer?.name),
    remoteIp: rejection ? undefined : str(peer?.addr),
    sendingIp: rejection ? str(peer?.addr) : undefined,
    deferred:
      type === 'TransientFailure' ||
      (rejection && response.code !== undefined && Number(response.code) < 500),
    delivered: type === 'Delivery' || undefined,
  };
}

// MailerQ's result message (its results queue): {"envelope":"s","recipient":"r","results":[{"ip":"…","state":
// "rcpt"|"connect"|…,"result":"error","code":552,"extended":"5.2.2","description":"…","time":"…"},…]}: one
// entry per attempt, the last one the outcome.
function mailerQ(line: string): LogRecord | undefined {
  if (!line.includes('"results":[') || !line.trimStart().startsWith('{')) return undefined;
  const e = jsonObject(line.trim());
  const recipient = lower(str(e?.recipient));
  const results = Array.isArray(e?.results) ? (e.results as unknown[]) : [];
  const last = asObject(results[results.length - 1]);
  if (!e || !recipient || !last) return undefined;
  const code = typeof last.code === 'number' ? last.code : Number(str(last.code)) || undefined;
  const extended = str(last.extended);
  const words = str(last.description) ?? str(last.result) ?? str(last.state);
  if (!code && !words) return undefined;
  return {
    recipient,
    sender: str(e.envelope),
    diagnostic: reply(code, extended, words),
    status: extended && /^[245]\.\d{1,3}\.\d{1,3}$/.test(extended) ? extended : undefined,
    remoteIp: str(last.ip),
    deferred: code !== undefined && code >= 400 && code < 500,
    delivered: (code !== undefined && code >= 200 && code < 300) || undefined,
  };
}

// GreenArrow's event notifications: "delivery_attempt" (status success, deferral, failure, failure_toolong:
// given up after the retry time, connmaxout: deferred for a connection limit) and the bounce events.
const GREENARROW_DEFERRED = new Set(['deferral', 'connmaxout']);

function greenArrow(line: string): LogRecord | undefined {
  if (!line.includes('"event_type":"')) return undefined;
  const e = jsonObject(line.trim());
  const type = str(e?.event_type);
  if (!e || !type) return undefined;
  const recipient = lower(str(e.email));
  if (type === 'delivery_attempt') {
    const status = str(e.status) ?? '';
    return {
      recipient,
      sender: str(e.from_address),
      diagnostic: str(e.message) ?? status,
      remoteHost: str(e.mx_hostname),
      remoteIp: str(e.mx_ip),
      deferred: GREENARROW_DEFERRED.has(status),
      delivered: status === 'success' || undefined,
    };
  }
  if (!type.startsWith('bounce')) return undefined;
  return {
    recipient,
    sender: str(e.from_address),
    diagnostic: str(e.bounce_text) ?? str(e.message) ?? type,
    deferred: false,
  };
}

// Postal's webhooks: {"event":"MessageDeliveryFailed","payload":{"message":{"to":"r","from":"s",…},"status":"HardFail",
// "details":"Permanent SMTP delivery error when sending to mx (ip)","output":"550 …"}}; "SoftFail" (MessageDelayed)
// is retried, "Sent" (MessageSent) delivered. The output is the server's reply, or the error met connecting.
const POSTAL_STATUS = /"status":"(?:Sent|SoftFail|HardFail)"/;

function postal(line: string): LogRecord | undefined {
  if (!line.includes('"payload":{')) return undefined;
  const payload = asObject(jsonObject(line.trim())?.payload);
  const status = str(payload?.status);
  const message = asObject(payload?.message);
  if (!payload || !message || (status !== 'Sent' && status !== 'SoftFail' && status !== 'HardFail'))
    return undefined;
  return {
    recipient: lower(str(message.to)),
    sender: str(message.from),
    diagnostic: str(payload.output) || str(payload.details) || status,
    deferred: status === 'SoftFail',
    delivered: status === 'Sent' || undefined,
  };
}

// Maddy: 'remote: RCPT error {"rcpt":"r","smtp_code":550,"smtp_enchcode":"5.1.1","smtp_msg":"…",
// "remote_server":"mx",…}', 'queue: delivery attempt failed {…}', 'queue: not delivered, permanent error {…}'.
// Maddy writes a tab between its message and the JSON ("queue: delivered\t{…}"); a copy may hold a space.
const MADDY = /(?:^|\s)[a-z][\w.]{0,40}: [A-Za-z][\w ,]{0,60}[ \t]\{"[a-z_]{1,30}":/;

function maddy(line: string): LogRecord | undefined {
  const head = MADDY.exec(line);
  if (!head) return undefined;
  const open = head.index + head[0].lastIndexOf('{');
  const e = jsonObject(line.slice(open).trim());
  const recipient = lower(str(e?.rcpt));
  // "remote: cannot use MX {"domain":"d","reason":"x509: …"}": a failure for a whole domain names no recipient.
  if (!e || (!recipient && !(str(e.domain) && str(e.reason)))) return undefined;
  const message = head[0].slice(0, head[0].lastIndexOf('{')).trim();
  const code = typeof e.smtp_code === 'number' ? e.smtp_code : undefined;
  const words = code ? reply(code, str(e.smtp_enchcode), str(e.smtp_msg)) : (str(e.reason) ?? message);
  return {
    recipient,
    sender: str(e.from) ?? str(e.sender),
    diagnostic: words,
    status: code ? str(e.smtp_enchcode) : undefined,
    remoteHost: str(e.remote_server),
    // With no reply code field, a code opening the reason decides; else the message's words (an MX that could
    // not be used, for TLS or a connection, is retried).
    deferred: code
      ? code < 500
      : /^[45]\d\d\b/.test(words)
        ? words.startsWith('4')
        : !/permanent/.test(message) && /attempt failed|retry|temporary|cannot use mx/i.test(message),
    delivered: /\bdelivered\b/.test(message) && !/not delivered/.test(message) ? true : undefined,
  };
}

// Stalwart (0.10 on): '2026-11-30T10:15:02Z INFO Recipient rejected (delivery.rcpt-to-rejected) queueId = 1,
// from = "s", to = "r", hostname = "mx", code = 550, details = "5.1.1 …"'.
const STALWART = / \((delivery)\.([a-z-]{2,40})\) /;
const STALWART_FIELD =
  /(?:^|, )([a-zA-Z]{1,30}) = ("(?:[^"\\]|\\.){0,2000}"|\[[^\]]{0,2000}\]|[^,\s]{1,300})/g;

function stalwart(line: string): LogRecord | undefined {
  const head = STALWART.exec(line);
  if (!head) return undefined;
  const fields = new Map<string, string>();
  const rest = line.slice(head.index + head[0].length);
  for (const m of rest.matchAll(STALWART_FIELD)) {
    fields.set(m[1] ?? '', (m[2] ?? '').replace(/^["[]|["\]]$/g, '').replace(/\\"/g, '"'));
  }
  const to = /[^\s"',[\]]{1,64}@[^\s"',[\]]{1,255}/.exec(fields.get('to') ?? '')?.[0];
  const code = Number(fields.get('code') ?? 'NaN');
  const words = fields.get('details') ?? fields.get('reason') ?? fields.get('response') ?? head[2] ?? '';
  const event = head[2] ?? '';
  const delivered = event === 'delivered' || event === 'completed';
  // A connection-level event ("delivery.connect-error", "delivery.mx-lookup-failed") names the domain and its
  // host, not a recipient: every recipient of that domain waits on it.
  const domainWide = !!fields.get('domain') && !!(fields.get('details') ?? fields.get('reason'));
  if (!to && !delivered && !domainWide) return undefined;
  return {
    recipient: lower(to),
    sender: fields.get('from') || undefined,
    diagnostic: reply(Number.isNaN(code) ? undefined : code, undefined, words),
    remoteHost: fields.get('hostname') || fields.get('mx') || undefined,
    remoteIp: fields.get('remoteIp') || undefined,
    // A connection that failed (connect-error, a timeout, an MX lookup, TLS) is retried like a deferral.
    deferred: Number.isNaN(code) ? /temp|defer|retry|connect|timeout|lookup|tls/.test(event) : code < 500,
    delivered: delivered || undefined,
  };
}

// chasquid's maillog: "… from=s to=r failed (permanent): …", "failed (temporary): …", "… to=r sent".
const CHASQUID = / from=(\S{0,320}) to=(\S{1,320}@\S{1,255}) (?:failed \((permanent|temporary)\): |sent\b)/;

function chasquid(line: string): LogRecord | undefined {
  const m = CHASQUID.exec(line);
  if (!m) return undefined;
  return {
    recipient: lower(m[2]),
    sender: m[1] || undefined,
    diagnostic: m[3] ? line.slice(m.index + m[0].length) : 'delivered',
    deferred: m[3] === 'temporary',
    delivered: m[3] ? undefined : true,
  };
}

// OpenSMTPD 5.x to 6.0: "smtpd[..]: relay: PermFail for 9b2a…: session=…, from=<s>, to=<r>, rcpt=<->,
// source=ip, relay=ip (host), delay=2s, stat=550 …", and "delivery: TempFail for …: …, stat=words".
const OPENSMTPD_OLD = / (?:relay|delivery): (Ok|PermFail|TempFail|Loop) for [0-9a-f]{16}: /;

function openSmtpdOld(line: string): LogRecord | undefined {
  const head = OPENSMTPD_OLD.exec(line);
  if (!head) return undefined;
  const rest = line.slice(head.index + head[0].length);
  const stat = rest.indexOf(' stat=');
  const fields = stat < 0 ? rest : rest.slice(0, stat);
  const relay = new RegExp(` relay=(${IP})(?: \\(([^()\\s]{1,255})\\))?,`).exec(fields);
  return {
    recipient: lower(/ to=<([^<>\s]{1,320})>/.exec(fields)?.[1]),
    sender: / from=<([^<>\s]{1,320})>/.exec(fields)?.[1],
    diagnostic: stat < 0 ? (head[1] ?? '') : rest.slice(stat + ' stat='.length).trim(),
    remoteIp: relay?.[1],
    remoteHost: relay?.[2],
    deferred: head[1] === 'TempFail',
    delivered: head[1] === 'Ok' || undefined,
  };
}

const COMMANDS: Record<string, SmtpCommand> = {
  rcpt: 'RCPT',
  mail: 'MAIL',
  data: 'DATA',
  '.': 'DATA',
  ehlo: 'EHLO',
  helo: 'EHLO',
  starttls: 'STARTTLS',
  auth: 'AUTH',
  connect: 'CONN',
};

/** OpenSMTPD 6.4 on, receiving: 'smtp failed-command command="RCPT TO:<r>" result="550 Invalid recipient: <r>"'. */
function openSmtpdFailedCommand(line: string): LogRecord | undefined {
  const at = line.indexOf(' smtp failed-command ');
  if (at < 0) return undefined;
  const m = / command="([^"]{1,1000})" result="([^"]{1,2000})"/.exec(line.slice(at));
  if (!m) return undefined;
  const command = m[1] ?? '';
  const verb = command.split(/[\s:]/)[0]?.toLowerCase() ?? '';
  const address = /<([^<>\s]{1,320})>/.exec(command)?.[1];
  return {
    recipient: verb === 'rcpt' ? lower(address) : undefined,
    sender: verb === 'mail' ? address || undefined : undefined,
    diagnostic: m[2] ?? '',
    command: COMMANDS[verb],
    deferred: /^4/.test(m[2] ?? ''),
  };
}

// Haraka: "[core] hook=rcpt plugin=rcpt_to.in_host_list function=hook_rcpt params=<r> retval=DENY msg="…"".
const HARAKA_HOOK =
  / hook=([a-z_]{2,20}) plugin=\S{1,100} function=\S{1,100} params=(.{0,1000}?) retval=(DENY\w{0,20}) msg="/;

function harakaHook(line: string): LogRecord | undefined {
  const m = HARAKA_HOOK.exec(line);
  if (!m) return undefined;
  // "rcpt_ok" (the greylist plugin's hook), "data_post": the stage is the first word.
  const hook = (m[1] ?? '').replace(/_.*$/, '');
  const address = /<([^<>\s]{1,320})>/.exec(m[2] ?? '')?.[1];
  const words = line.slice(m.index + m[0].length).replace(/"\s*$/, '');
  return {
    recipient: hook === 'rcpt' ? lower(address) : undefined,
    sender: hook === 'mail' ? address || undefined : undefined,
    diagnostic: words || (m[3] ?? ''),
    command: COMMANDS[hook],
    // DENYSOFT answers 4xx: a temporary refusal.
    deferred: (m[3] ?? '').startsWith('DENYSOFT'),
  };
}

// Haraka's outbound queue: "[outbound] Temp failing <file> for 64 seconds: Upstream error: 451 …" (retried) and
// "[outbound] bouncing mail: <error>" (returned to the sender). Neither names the recipient; the reply may.
const HARAKA_OUTBOUND = /\[outbound\] (?:Temp failing \S{1,300} for \d{1,9} seconds|bouncing mail): /;

function harakaOutbound(line: string): LogRecord | undefined {
  const m = HARAKA_OUTBOUND.exec(line);
  if (!m) return undefined;
  const words = line
    .slice(m.index + m[0].length)
    .replace(/^Upstream error: /, '')
    .trim();
  if (!words) return undefined;
  return {
    recipient: lower(/<([^<>\s@]{1,64}@[^<>\s@]{1,255})>/.exec(words)?.[1]),
    diagnostic: words,
    deferred: m[0].includes('Temp failing'),
  };
}

// amavis: "amavis[pid]: (12345-07) Blocked SPAM {RejectedInbound}, [ip]:port [ip] <s> -> <r>,<r2>, Queue-ID: …".
const AMAVIS = / amavis\[\d{1,10}\]: \([\w-]{1,40}\) (Blocked|Passed) ([A-Z][A-Z-]{1,20}\d?)/;

function amavis(line: string): LogRecord | undefined {
  const m = AMAVIS.exec(line);
  if (!m) return undefined;
  const rest = line.slice(m.index + m[0].length);
  const route = /<([^<>\s]{0,320})> -> ((?:<[^<>\s]{1,320}>,?){1,100})/.exec(rest);
  const recipients = addressList(route?.[2] ?? '');
  return {
    recipient: recipients[0],
    moreRecipients: recipients.slice(1),
    sender: route?.[1] || undefined,
    // The verdict in amavis's words ("Blocked SPAM", "Blocked INFECTED (Eicar-Signature)").
    diagnostic: `${m[1]} ${m[2]}${/^ \([^()]{1,200}\)/.exec(rest)?.[0] ?? ''}`,
    sendingIp: new RegExp(`\\}, (?:[A-Z]{1,20} )?\\[(${IP})\\]`).exec(rest)?.[1],
    deferred: false,
    delivered: m[1] === 'Passed' || undefined,
  };
}

// Exchange's message tracking log file (2013 on, and 2010): date-time first, event-id the ninth field.
const EXCHANGE_CSV =
  /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,7})?Z,(?:[^,]{0,300},){7}(FAIL|DEFER|DSN|DELIVER|SEND),/;
const ADDRESS_LIST = /^[^<>\s@,;]{1,64}@[^<>\s@,;]{1,255}(?:;[^<>\s@,;]{1,64}@[^<>\s@,;]{1,255}){0,100}$/;

function exchangeCsv(line: string): LogRecord | undefined {
  const m = EXCHANGE_CSV.exec(line);
  if (!m) return undefined;
  const fields = csvFields(line);
  // The recipients are the first address list after message-id (field 10): recipient-address, then its status.
  const at = fields.findIndex((f, i) => i > 10 && ADDRESS_LIST.test(f));
  if (at < 0) return undefined;
  const recipients = addressList(fields[at] ?? '');
  return {
    ...trackingStatus(fields[at + 1] ?? ''),
    recipient: recipients[0],
    moreRecipients: recipients.slice(1),
    sender: ADDRESS_LIST.test(fields[at + 7] ?? '') ? fields[at + 7] : undefined,
    deferred: m[1] === 'DEFER',
    delivered: m[1] === 'DELIVER' || m[1] === 'SEND' || undefined,
  };
}

// Get-MessageTrackingLog | ft: "11/30/2026 10:15:02 AM FAIL SMTP s {r} {[{LRT=…};{LED=550 …};{FQDN=…};{IP=…}]}".
const EXCHANGE_TABLE =
  / (FAIL|DEFER|DELIVER|SEND)\s{1,40}[A-Z]{2,20}\s{1,40}(?:(\S{1,320}@\S{1,255})\s{1,40})?\{([^{}\s]{1,320}@[^{}]{1,3000})\}\s{1,40}\{/;

function exchangeTable(line: string): LogRecord | undefined {
  const m = EXCHANGE_TABLE.exec(line);
  if (!m) return undefined;
  const recipients = addressList(m[3] ?? '');
  const status = line
    .slice(m.index + m[0].length)
    .trim()
    .replace(/\}$/, '');
  return {
    ...trackingStatus(status),
    recipient: recipients[0],
    moreRecipients: recipients.slice(1),
    sender: m[2],
    deferred: m[1] === 'DEFER',
    delivered: m[1] === 'DELIVER' || m[1] === 'SEND' || undefined,
  };
}

/** A tracking row's recipient status: "[{LRT=…};{LED=550 …};{FQDN=mx};{IP=ip}]", or the reply alone. */
function trackingStatus(status: string): Pick<LogRecord, 'diagnostic' | 'remoteHost' | 'remoteIp'> {
  const led = /\{LED=([^{}]{1,3000})\}/.exec(status)?.[1];
  return {
    diagnostic: led ?? status,
    remoteHost: /\{FQDN=([^{}\s;]{1,255})\}/.exec(status)?.[1],
    remoteIp: new RegExp(`\\{IP=(${IP})\\}`).exec(status)?.[1],
  };
}

/** The fields of one CSV row, quotes ("a, b", "say ""x""") taken off. */
export function csvFields(line: string, separator = ','): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === separator) {
      fields.push(field);
      field = '';
    } else field += c;
  }
  fields.push(field);
  return fields;
}

// hMailServer's log: '"SMTPC"\t4712\t15\t"date"\t"192.0.2.25"\t"RECEIVED: 550 …"' (the remote server's reply in a
// session to it), and '"APPLICATION"\t4712\t"date"\t"SMTPDeliverer - Message 4711: …"'.
const HMAIL_SMTPC =
  /^"SMTPC"\t\d{1,10}\t\d{1,10}\t"[^"]{0,40}"\t"([^"]{2,45})"\t"RECEIVED: ([45]\d\d[ -].{0,3000})"\s*$/;
const HMAIL_SCHEDULED =
  /^"APPLICATION"\t\d{1,10}\t"[^"]{0,40}"\t"SMTPDeliverer - Message \d{1,20}: (Message could not be delivered\. Scheduling it for later delivery[^"]{0,200})"/;

function hMailServer(line: string): LogRecord | undefined {
  const smtpc = HMAIL_SMTPC.exec(line);
  if (smtpc) {
    const words = smtpc[2] ?? '';
    return {
      recipient: lower(/<([^<>\s@]{1,64}@[^<>\s@]{1,255})>/.exec(words)?.[1]),
      diagnostic: words,
      remoteIp: smtpc[1],
      deferred: words.startsWith('4'),
    };
  }
  const scheduled = HMAIL_SCHEDULED.exec(line);
  if (!scheduled) return undefined;
  return { diagnostic: scheduled[1] ?? '', deferred: true };
}

/** The addresses of a list such as "<r>,<r2>," or "r;r2", lower-cased, without brackets and empty items. */
export function addressList(text: string): string[] {
  return text
    .split(/[,;]/)
    .map((item) => item.trim().replace(/^<|>$/g, '').toLowerCase())
    .filter((item) => item.includes('@'));
}

// rspamd's task log: "… rspamd_task_write_log: id: <mid>, qid: <Q>, ip: 203.0.113.7, from: <s>, (default: T
// (reject): [17.83/15.00] [BAYES_SPAM(5.10){…},…]), len: 4211, …, rcpts: <r>,<r2>, mime_rcpts: …".
const RSPAMD = 'rspamd_task_write_log: ';
const RSPAMD_IP = new RegExp(`(?:^|, )ip: (${IP}),`);
const RSPAMD_ACTION = /\(default: [TF] \((reject|soft reject)\): \[(-?[\d.]{1,12}\/[\d.]{1,12})\] \[/;
/**
 * The symbol that forced the action, and what rspamd's module then told the client; else its default text
 * for the action ("Spam message rejected", "Try again later").
 */
const RSPAMD_FORCED: readonly [symbol: RegExp, text: string][] = [
  [/(?:^|,)GREYLIST\(/, 'greylisted, try again later'],
  [/(?:^|,)RATELIMITED?\(/, 'ratelimit exceeded'],
  [/(?:^|,)DMARC_POLICY_REJECT\(/, 'rejected due to DMARC policy'],
  [/(?:^|,)GTUBE\(/, 'Gtube pattern'],
  [/(?:^|,)[A-Z_]{0,30}VIRUS[A-Z_]{0,30}\(/, 'virus found'],
];

function rspamd(line: string): LogRecord | undefined {
  const at = line.indexOf(RSPAMD);
  if (at < 0) return undefined;
  const rest = line.slice(at + RSPAMD.length);
  const action = RSPAMD_ACTION.exec(rest);
  const rcpts = /, rcpts: ([^\s]{1,4000}?)(?:,? mime_rcpts: |,?\s*$)/.exec(rest);
  const recipients = rcpts ? addressList(rcpts[1] ?? '') : [];
  if (!action || recipients.length === 0) return undefined;
  const soft = action[1] === 'soft reject';
  const symbols = rest.slice(action.index + action[0].length, rest.indexOf('])', action.index));
  const forced = RSPAMD_FORCED.find(([symbol]) => symbol.test(symbols))?.[1];
  const text = forced ?? (soft ? 'try again later' : 'spam message rejected');
  return {
    recipient: recipients[0],
    moreRecipients: recipients.length > 1 ? recipients.slice(1) : undefined,
    sender: /(?:^|, )from: <([^<>\s]{1,320})>/.exec(rest)?.[1],
    sendingIp: RSPAMD_IP.exec(rest)?.[1],
    diagnostic: `rspamd ${action[1]}: ${text} (score ${action[2]})`,
    deferred: soft,
  };
}
