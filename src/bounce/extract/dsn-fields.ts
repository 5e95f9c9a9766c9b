/** RFC 3464 delivery-status (and RFC 5965 feedback-report) fields, found wherever they appear in text. */

export type FieldMap = Map<string, string>;

export interface DsnReport {
  /** Per-message fields: reporting-mta, x-postfix-sender, arrival-date, feedback-type, source-ip... */
  message: FieldMap;
  /** One field map per recipient, in order. */
  recipients: FieldMap[];
}

const PER_RECIPIENT = new Set([
  'final-recipient',
  'original-recipient',
  'x-actual-recipient',
  'action',
  'status',
  'remote-mta',
  'diagnostic-code',
  'last-attempt-date',
  'will-retry-until',
  'final-log-id',
  'x-powermta-bouncecategory',
]);
const PER_MESSAGE = new Set([
  'reporting-mta',
  'received-from-mta',
  'arrival-date',
  'x-postfix-sender',
  'x-original-message-id',
  'original-envelope-id',
  'dsn-gateway',
  'feedback-type',
  'user-agent',
  'original-mail-from',
  'original-rcpt-to',
  'source-ip',
  'reported-domain',
  'reported-uri',
  'incidents',
  'authentication-results',
]);

const FIELD_LINE = /^([A-Za-z][A-Za-z-]{1,40}):[ \t]*(.*)$/;

/** Collects DSN fields from text; a new recipient group starts at each Final-Recipient (or a repeat). */
export function readDsnFields(text: string): DsnReport {
  const message: FieldMap = new Map();
  const recipients: FieldMap[] = [];
  let current: FieldMap | undefined;
  let last: { map: FieldMap; name: string } | undefined;

  for (const rawLine of text.split('\n')) {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    if (last && /^[ \t]+\S/.test(line)) {
      last.map.set(last.name, `${last.map.get(last.name) ?? ''}\n${line.trim()}`);
      continue;
    }
    last = undefined;
    // FIELD_LINE opens with a letter: other lines (blank, "--boundary", "<addr>", text) skip the pattern.
    if (!isAsciiLetter(line.charCodeAt(0))) continue;
    const m = FIELD_LINE.exec(line);
    if (!m) continue;
    const name = (m[1] ?? '').toLowerCase();
    const value = (m[2] ?? '').trim();
    if (PER_RECIPIENT.has(name)) {
      const startsGroup =
        !current ||
        (name === 'final-recipient' && current.has('final-recipient')) ||
        (name === 'original-recipient' && current.has('original-recipient')) ||
        (name === 'final-recipient' && current.has('action'));
      if (startsGroup) {
        current = new Map();
        recipients.push(current);
      }
      if (!current) continue;
      if (!current.has(name)) current.set(name, value);
      last = { map: current, name };
    } else if (PER_MESSAGE.has(name)) {
      if (!message.has(name)) message.set(name, value);
      last = { map: message, name };
    }
  }
  return {
    message,
    recipients: recipients.filter((r) => r.has('final-recipient') || r.has('original-recipient')),
  };
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** "rfc822; user@example.com" → "user@example.com"; "dns; mx.example.com" → "mx.example.com". */
export function fieldValue(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const semi = value.indexOf(';');
  const v = (semi >= 0 ? value.slice(semi + 1) : value).trim().replace(/^<|>$/g, '');
  return v || undefined;
}

/** "smtp; 550 5.1.1 ..." → the reply text, and the diagnostic type (SMTP, X-Postfix, X-Unix...). */
export function diagnosticCode(value: string | undefined): { type?: string; text?: string } {
  if (!value) return {};
  const m = /^([A-Za-z][\w-]{0,20})[ \t]*;[ \t]*/.exec(value);
  if (!m) return { text: value };
  return { type: (m[1] ?? '').toUpperCase(), text: value.slice(m[0].length) };
}
