import { asObject, type Json, parseJsonSpan, str, withoutSmtpType } from './json-values.js';
import type { SesRecord } from './ses-notification.js';

/**
 * Webhook events of SendGrid, Mailgun and Postmark (JSON): pasted as often as bounce emails. Each failed,
 * dropped or deferred recipient becomes the same facts a bounce gives; a drop because the address is on the
 * service's own suppression list says so in words the suppression rule knows.
 */

export function looksLikeEspEvent(text: string): boolean {
  return (
    text.includes('"sg_event_id"') ||
    text.includes('"sg_message_id"') ||
    (text.includes('"delivery-status"') && text.includes('"event"')) ||
    text.includes('"RecordType"')
  );
}

export function readEspEvents(text: string): SesRecord[] {
  return parseEvents(text).flatMap((event) => sendGrid(event) ?? mailgun(event) ?? postmark(event) ?? []);
}

function sendGrid(e: Json): SesRecord[] | undefined {
  if (e.sg_event_id === undefined && e.sg_message_id === undefined) return undefined;
  const event = str(e.event);
  const recipient = str(e.email);
  if (event === 'dropped') {
    return [
      {
        kind: 'bounce',
        recipient,
        diagnostic: `SendGrid suppression list: address is suppressed (${str(e.reason) ?? 'dropped'})`,
      },
    ];
  }
  if (event === 'bounce' || event === 'blocked' || event === 'deferred') {
    const deferred = event === 'deferred';
    return [
      {
        kind: 'bounce',
        recipient,
        action: deferred ? 'delayed' : 'failed',
        status: str(e.status),
        diagnostic: str(e.reason) ?? str(e.response),
      },
    ];
  }
  return [];
}

function mailgun(wrapper: Json): SesRecord[] | undefined {
  const e = asObject(wrapper['event-data']) ?? wrapper;
  const status = asObject(e['delivery-status']);
  if (!status) return undefined;
  if (str(e.event) !== 'failed') return [];
  const recipient = str(e.recipient);
  const sender = str(asObject(e.envelope)?.sender);
  if (/^suppress/i.test(str(e.reason) ?? '')) {
    return [
      {
        kind: 'bounce',
        recipient,
        sender,
        diagnostic: `Mailgun suppression list: address is suppressed (${str(e.reason)})`,
      },
    ];
  }
  const code = typeof status.code === 'number' ? status.code : undefined;
  const words = str(status.message) ?? str(status.description);
  const diagnostic = words && code && !words.startsWith(String(code)) ? `${code} ${words}` : words;
  return [
    {
      kind: 'bounce',
      recipient,
      sender,
      action: str(e.severity) === 'temporary' ? 'delayed' : 'failed',
      status: str(status['enhanced-code']),
      diagnostic,
      remoteHost: str(status['mx-host']),
    },
  ];
}

function postmark(e: Json): SesRecord[] | undefined {
  if (e.RecordType === undefined) return undefined;
  if (str(e.RecordType) !== 'Bounce') return [];
  const type = str(e.Type) ?? '';
  const details = withoutSmtpType(str(e.Details));
  return [
    {
      kind: 'bounce',
      recipient: str(e.Email),
      sender: str(e.From),
      action: /soft|transient|delay/i.test(type) ? 'delayed' : 'failed',
      diagnostic: details && /\d/.test(details) ? details : (str(e.Description) ?? details),
    },
  ];
}

/** One event, an array of them (SendGrid posts batches), or one wrapped by Mailgun in "event-data". */
function parseEvents(text: string): Json[] {
  const value = parseJsonSpan(text, { arrays: true, unfold: false });
  if (Array.isArray(value)) return value.map(asObject).filter((v): v is Json => v !== undefined);
  const one = asObject(value);
  return one ? [one] : [];
}
