import { isFoldedLine } from '../email/header-block.js';

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
  // RFC 8098 message disposition notification (a read receipt): its one recipient is the Final-Recipient.
  'reporting-ua',
  'mdn-gateway',
  'original-message-id',
  'disposition',
  'failure',
  'error',
]);

/** Collects DSN fields from text; a new recipient group starts where a field of the current one repeats. */
export function readDsnFields(text: string): DsnReport {
  const message: FieldMap = new Map();
  const recipients: FieldMap[] = [];
  let current: FieldMap | undefined;
  let last: { map: FieldMap; name: string } | undefined;

  // Lines are read in place by offset (no split into an array): this runs on every bounce body.
  for (let at = 0; at <= text.length; ) {
    const next = text.indexOf('\n', at);
    const eol = next < 0 ? text.length : next;
    const end = eol > at && text.charCodeAt(eol - 1) === 0x0d ? eol - 1 : eol;
    if (last && isFoldedLine(text, at, end)) {
      last.map.set(last.name, `${last.map.get(last.name) ?? ''}\n${text.slice(at, end).trim()}`);
    } else {
      last = undefined;
      const field = fieldAt(text, at, end);
      if (field) {
        const { name, value } = field;
        if (PER_RECIPIENT.has(name)) {
          // A field the group already holds starts the next one, and so does an Original-Recipient after a
          // whole group. Most MTAs write the recipient first (Original-, Final-Recipient, Action, Status);
          // Sun/Oracle Messaging Server writes Action and Status first, Amazon SES's inbound Action, Final-,
          // Original-Recipient, then Status: a recipient after an Action still belongs to that Action, and the
          // next Action starts the next recipient.
          const startsGroup =
            !current ||
            (name === 'final-recipient' && current.has('final-recipient')) ||
            (name === 'original-recipient' &&
              (current.has('original-recipient') ||
                (current.has('final-recipient') && current.has('action') && current.has('status')))) ||
            (name === 'action' && current.has('action'));
          if (startsGroup) {
            current = new Map();
            recipients.push(current);
          }
          if (current) {
            if (!current.has(name)) current.set(name, value);
            last = { map: current, name };
          }
        } else if (PER_MESSAGE.has(name)) {
          if (!message.has(name)) message.set(name, value);
          last = { map: message, name };
        }
      }
    }
    if (next < 0) break;
    at = next + 1;
  }
  return {
    message,
    recipients: recipients.filter((r) => r.has('final-recipient') || r.has('original-recipient')),
  };
}

/**
 * "Name: value" on the line [at, end), read as /^([A-Za-z][A-Za-z-]{1,40}):[ \t]*(.*)$/ would (the value may
 * hold no line break), with the name lower-cased and the value trimmed; undefined when it is no field line.
 * A scan by character code: most lines are text, and fail at their first word.
 */
function fieldAt(text: string, at: number, end: number): { name: string; value: string } | undefined {
  if (!isAsciiLetter(text.charCodeAt(at))) return undefined;
  let colon = at + 1;
  while (colon < end && colon - at <= 41 && isNameChar(text.charCodeAt(colon))) colon++;
  if (colon - at < 2 || colon - at > 41 || text.charCodeAt(colon) !== 0x3a || colon >= end) return undefined;
  const value = text.slice(colon + 1, end);
  if (LINE_BREAK.test(value)) return undefined;
  return { name: text.slice(at, colon).toLowerCase(), value: value.trim() };
}

// What "." does not match besides "\n" (the line's own end); a value holding one is no field.
const LINE_BREAK = /[\r\u2028\u2029]/;

function isNameChar(c: number): boolean {
  return c === 0x2d || isAsciiLetter(c);
}

/**
 * "rfc822; user@example.com" → "user@example.com"; "dns; mx.example.com" → "mx.example.com". RFC 6533's
 * "utf-8" addresses may escape characters as "\x{F8}": those are read back. `xtext`: the value is an
 * ORCPT as RFC 3461 encodes it ("rfc822;bob+2Bsales@example.org" is bob+sales@), as Original-Recipient is.
 */
export function fieldValue(value: string | undefined, xtext = false): string | undefined {
  if (!value) return undefined;
  const semi = value.indexOf(';');
  let v = (semi >= 0 ? value.slice(semi + 1) : value).trim().replace(/^<|>$/g, '');
  if (v.includes('\\x{')) v = v.replace(UNITEXT_ESCAPE, (m, hex: string) => codePoint(hex) ?? m);
  if (xtext && v.includes('+'))
    v = v.replace(XTEXT_ESCAPE, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  return v || undefined;
}

// RFC 6533 "\x{HEXPOINT}" (2 to 6 hex digits) and RFC 3461 xtext "+HH" (upper-case hex, as the RFC writes it).
const UNITEXT_ESCAPE = /\\x\{([0-9A-Fa-f]{2,6})\}/g;
const XTEXT_ESCAPE = /\+([0-9A-F]{2})/g;

function codePoint(hex: string): string | undefined {
  const n = Number.parseInt(hex, 16);
  return n <= 0x10ffff && (n < 0xd800 || n > 0xdfff) ? String.fromCodePoint(n) : undefined;
}

/** "smtp; 550 5.1.1 ..." → the reply text, and the diagnostic type (SMTP, X-Postfix, X-Unix...). */
export function diagnosticCode(value: string | undefined): { type?: string; text?: string } {
  if (!value) return {};
  // A value folded right after its name or after "smtp;" starts (or goes on) on the next line.
  const v = value.trimStart();
  const m = /^([A-Za-z][\w-]{0,20})[ \t]*;\s*/.exec(v);
  if (!m) return { text: v };
  return { type: (m[1] ?? '').toUpperCase(), text: v.slice(m[0].length) };
}

/** What an MDN's Disposition field reports ("automatic-action/MDN-sent-automatically; displayed/error"). */
export interface Disposition {
  /** displayed, deleted, dispatched, processed, denied, failed (RFC 8098, RFC 2298), lower case. */
  type: string;
  /** The recipient's system failed to process the message: type "failed" or an "error" modifier. */
  failed: boolean;
}

/** The disposition type and whether it reports a failure; undefined when the field holds no type. */
export function readDisposition(value: string | undefined): Disposition | undefined {
  if (!value) return undefined;
  const semi = value.indexOf(';');
  const [type = '', modifierList = ''] = value
    .slice(semi + 1)
    .trim()
    .toLowerCase()
    .split('/', 2);
  const kind = type.trim();
  if (!/^[a-z][a-z-]{0,30}$/.test(kind)) return undefined;
  const modifiers = modifierList.split(',').map((m) => m.trim());
  const failed = kind === 'failed' || modifiers.includes('error');
  return { type: kind, failed };
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
