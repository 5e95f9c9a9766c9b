/**
 * MTA log lines: Postfix delivery results and NOQUEUE rejects, Exim "**" / "==" / "rejected RCPT", and
 * Sendmail "stat=". Each field is read on its own with a simple pattern, so long lines stay linear.
 */
export interface LogRecord {
  recipient?: string;
  sender?: string;
  diagnostic: string;
  remoteHost?: string;
  remoteIp?: string;
  /** For a reject logged by the receiving server: the client that tried to send. */
  sendingIp?: string;
  /** The enhanced status code the MTA logged apart from the reply (Postfix "dsn=5.2.2"). */
  status?: string;
  deferred: boolean;
}

const MAX_LINE = 8192;
const HOST_IP = /^([^\s[\]]{1,255})\[([0-9A-Fa-f:.]{2,45})\]/;

export function isLogLine(line: string): boolean {
  return (
    line.includes(' status=') ||
    line.includes('NOQUEUE:') ||
    line.includes(' ** ') ||
    line.includes(' == ') ||
    line.includes('rejected RCPT') ||
    line.includes(' stat=') ||
    line.includes(', reject=')
  );
}

export function readLogLine(line: string): LogRecord | undefined {
  if (line.length > MAX_LINE) return undefined;
  return (
    postfixReject(line) ??
    postfixDelivery(line) ??
    eximReject(line) ??
    eximDelivery(line) ??
    sendmail(line) ??
    sendmailReject(line)
  );
}

/** "postfix/smtp[..]: Q: to=<r>, relay=mx[ip]:25, ..., status=bounced (host mx[ip] said: 550 ...)" */
function postfixDelivery(line: string): LogRecord | undefined {
  const status = / status=(bounced|deferred|undeliverable|expired) \(/.exec(line);
  const to = / to=<([^>\s]{1,320})>/.exec(line);
  if (!status || !to) return undefined;
  const relay = / relay=([^\s,]{1,300})/.exec(line);
  const hostIp = relay ? HOST_IP.exec(relay[1] ?? '') : null;
  const diagnostic = line.slice(status.index + status[0].length).replace(/\)\s*$/, '');
  // "relay=local", "relay=virtual": a delivery agent, not a server (a server is always named host[ip]).
  const relayHost = relay?.[1]?.split(/[:[]/)[0];
  return {
    recipient: to[1]?.toLowerCase(),
    remoteHost: hostIp?.[1] ?? (relayHost?.includes('.') ? relayHost : undefined),
    remoteIp: hostIp?.[2],
    diagnostic,
    deferred: status[1] === 'deferred',
    status: / dsn=([245]\.\d{1,3}\.\d{1,3}),/.exec(line)?.[1],
  };
}

/** "NOQUEUE: reject: RCPT from client[ip]: 550 5.1.1 <r>: ...; from=<s> to=<r> proto=ESMTP helo=<h>" */
function postfixReject(line: string): LogRecord | undefined {
  const at = line.indexOf('NOQUEUE: reject: ');
  if (at < 0) return undefined;
  const rest = line.slice(at + 'NOQUEUE: reject: '.length);
  const from = / from ([^\s[\]]{1,255})\[([0-9A-Fa-f:.]{2,45})\](?::\d+)?: /.exec(rest);
  const envelope = rest.lastIndexOf('; from=<');
  const diagnostic = from
    ? rest.slice(from.index + from[0].length, envelope < 0 ? undefined : envelope)
    : rest;
  const tail = envelope < 0 ? '' : rest.slice(envelope);
  return {
    sendingIp: from?.[2],
    sender: /from=<([^>]{1,320})>/.exec(tail)?.[1],
    recipient: /to=<([^>]{1,320})>/.exec(tail)?.[1]?.toLowerCase(),
    diagnostic,
    deferred: /^4/.test(diagnostic),
  };
}

/** "H=(helo) host [ip] F=<s> rejected RCPT <r>: reason" */
function eximReject(line: string): LogRecord | undefined {
  const at = line.indexOf(' rejected RCPT <');
  if (at < 0) return undefined;
  const after = line.slice(at + ' rejected RCPT <'.length);
  const close = after.indexOf('>');
  if (close < 0) return undefined;
  const ip = / \[([0-9A-Fa-f:.]{2,45})\]/.exec(line.slice(0, at));
  return {
    sendingIp: ip?.[1],
    sender: / F=<([^>]{0,320})>/.exec(line.slice(0, at))?.[1] || undefined,
    recipient: after.slice(0, close).toLowerCase(),
    diagnostic: after.slice(close + 1).replace(/^:\s*/, ''),
    deferred: false,
  };
}

// An Exim delivery line's fields after the address: "R=router", "T=transport", "H=host", "F=<sender>".
const EXIM_FIELDS = /^[A-Z]{1,3}=/;

/** "1abc-000 ** r@example.org R=dnslookup T=remote_smtp: SMTP error from remote mail server after RCPT ..." */
function eximDelivery(line: string): LogRecord | undefined {
  const marker = / (\*\*|==) (\S{1,320}@\S{1,255})/.exec(line);
  if (!marker) return undefined;
  const rest = line.slice(marker.index + marker[0].length).trim();
  // "R=dnslookup T=remote_smtp H=mx [ip] X=TLS1.3:…:256 CV=yes: SMTP error …": the fields end at the first
  // ": " (X= holds colons without a space); the server's words follow.
  const fields = EXIM_FIELDS.test(rest) ? rest.indexOf(': ') : -1;
  const host = / H=([^\s[\]]{1,255}) \[([0-9A-Fa-f:.]{2,45})\]/.exec(
    fields < 0 ? '' : ` ${rest.slice(0, fields)}`,
  );
  return {
    recipient: marker[2]?.replace(/[<>:]/g, '').toLowerCase(),
    diagnostic: fields < 0 ? rest : rest.slice(fields + 2),
    remoteHost: host?.[1],
    remoteIp: host?.[2],
    deferred: marker[1] === '==',
  };
}

/** "sendmail[..]: Q: to=<r>, delay=..., relay=mx. [ip], dsn=5.1.1, stat=User unknown" */
function sendmail(line: string): LogRecord | undefined {
  const stat = / stat=/.exec(line);
  const to = / to=<?([^>,\s]{1,320})>?,/.exec(line);
  if (!stat || !to) return undefined;
  const text = line.slice(stat.index + stat[0].length);
  if (/^sent\b/i.test(text)) return undefined;
  // "relay=mx.example.org. [192.0.2.1]", or the host alone when no connection was made.
  const relay = / relay=([^\s,[]{1,255}?)\.?(?:\s{0,3}\[([0-9A-Fa-f:.]{2,45})\])?,/.exec(line);
  const dsn = / dsn=([245]\.\d{1,3}\.\d{1,3})/.exec(line)?.[1];
  return {
    recipient: to[1]?.toLowerCase(),
    diagnostic: dsn && !text.includes(dsn) ? `${dsn} ${text}` : text,
    remoteHost: relay?.[1]?.replace(/\.$/, ''),
    remoteIp: relay?.[2],
    deferred: /deferred/i.test(text),
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
    sendingIp: / relay=(?:[^\s,[]{1,255} )?\[([0-9A-Fa-f:.]{2,45})\]/.exec(line.slice(0, reject))?.[1],
    diagnostic,
    deferred: /^4/.test(diagnostic),
  };
}
