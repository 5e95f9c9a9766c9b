import {
  ESP_API_REFUSALS,
  HUBSPOT_DROP_REASONS,
  MAILJET_ERROR_STATUS,
  MAILJET_ERROR_WORDS,
  MANDRILL_BOUNCE_DESCRIPTIONS,
  POSTMARK_BOUNCE_TYPES,
} from '../../knowledge/esp-api-errors.js';
import { firstAddress } from './addresses.js';
import { asObject, type Json, parseJsonFields, parseJsonSpan, str, withoutSmtpType } from './json-values.js';
import type { SesRecord } from './ses-notification.js';

/**
 * Webhook events of SendGrid, Mailgun, Postmark, Brevo, Mailjet, Resend, SparkPost, Mandrill, HubSpot and
 * Mailchimp: pasted as
 * often as bounce emails, whole or as a few fields copied from a dashboard. Each failed, dropped or deferred recipient becomes the same facts a bounce gives; a drop
 * because the address is on the service's own suppression list says so in words the suppression rule knows,
 * and a recipient's spam complaint becomes a complaint.
 */

export function looksLikeEspEvent(text: string): boolean {
  return (
    text.includes('"sg_event_id"') ||
    text.includes('"sg_message_id"') ||
    (text.includes('"delivery-status"') && (text.includes('"event"') || text.includes('"severity"'))) ||
    text.includes('"RecordType"') ||
    (text.includes('"message-id"') && text.includes('"event"')) ||
    text.includes('"mj_contact_id"') ||
    text.includes('"mj_campaign_id"') ||
    text.includes('"msys"') ||
    (text.includes('"camp_id"') && text.includes('"event"')) ||
    text.includes('"bounce_description"') ||
    (text.includes('"portalId"') && text.includes('"recipient"')) ||
    /"type"\s*:\s*"email\./.test(text) ||
    MAILCHIMP_FORM.test(text)
  );
}

export function readEspEvents(text: string): SesRecord[] {
  if (MAILCHIMP_FORM.test(text)) return mailchimp(text);
  return parseEvents(text).flatMap(
    (event) =>
      sendGrid(event) ??
      mailgun(event) ??
      postmark(event) ??
      mailjet(event) ??
      resend(event) ??
      sparkPost(event) ??
      brevo(event) ??
      mandrill(event) ??
      hubSpot(event) ??
      [],
  );
}

function sendGrid(e: Json): SesRecord[] | undefined {
  if (e.sg_event_id === undefined && e.sg_message_id === undefined) return undefined;
  const event = str(e.event);
  const recipient = str(e.email);
  if (event === 'dropped') {
    // A drop is SendGrid refusing to send: for an address on a suppression list, or for a reason of its own
    // (its spam checker, a bad X-SMTPAPI header, the plan's quota) whose words then decide.
    const reason = str(e.reason) ?? 'dropped';
    return [
      {
        kind: 'bounce',
        recipient,
        diagnostic: isOwnRefusal(reason)
          ? `SendGrid dropped the message: ${reason}`
          : `SendGrid suppression list: address is suppressed (${reason})`,
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

/** A sending service's own refusal other than a suppression (ESP_API_REFUSALS), named in an event's reason. */
function isOwnRefusal(reason: string): boolean {
  const lower = reason.toLowerCase();
  return ESP_API_REFUSALS.some((r) => r.cause !== 'suppressed' && r.phrases.some((p) => lower.includes(p)));
}

function mailgun(wrapper: Json): SesRecord[] | undefined {
  const e = asObject(wrapper['event-data']) ?? wrapper;
  const status = asObject(e['delivery-status']);
  if (!status) return undefined;
  // A few fields copied from the log view may leave out "event": a severity says it failed.
  if (str(e.event) !== 'failed' && !(e.event === undefined && str(e.severity))) return [];
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
  // Postmark posts a recipient's spam complaint to the same hook, as RecordType "SpamComplaint".
  if (str(e.RecordType) === 'SpamComplaint') {
    return [{ kind: 'complaint', recipient: str(e.Email), sender: str(e.From), feedbackType: 'abuse' }];
  }
  if (str(e.RecordType) !== 'Bounce') return [];
  const type = str(e.Type) ?? '';
  const details = withoutSmtpType(str(e.Details));
  const known = POSTMARK_BOUNCE_TYPES[type];
  // Type AutoResponder (an out-of-office reply) or ChallengeVerification: no failure.
  if (known?.kind === 'auto-reply') {
    return [{ kind: 'auto-reply', recipient: str(e.Email), sender: str(e.From), diagnostic: details }];
  }
  const description = str(e.Description);
  return [
    {
      kind: 'bounce',
      recipient: str(e.Email),
      sender: str(e.From),
      // Soft, transient and delay types, and a type its Description calls temporary ("A temporary DNS error.").
      action:
        /soft|transient|delay/i.test(type) || /\btemporar/i.test(description ?? '') ? 'delayed' : 'failed',
      diagnostic:
        details && /\d/.test(details)
          ? known?.reading
            ? `${details} (${known.reading})`
            : details
          : (known?.diagnostic ?? description ?? details),
    },
  ];
}

/** Mailjet's events ("bounce", "blocked", "spam"): the error names the reason in a few words. */
function mailjet(e: Json): SesRecord[] | undefined {
  if (e.mj_contact_id === undefined && e.mj_campaign_id === undefined) return undefined;
  const event = str(e.event);
  const recipient = str(e.email);
  if (event === 'spam') return [{ kind: 'complaint', recipient, feedbackType: 'abuse' }];
  if (event !== 'bounce' && event !== 'blocked') return [];
  const error = str(e.error) ?? event;
  const words = MAILJET_ERROR_WORDS[error.toLowerCase()] ?? error;
  return [
    {
      kind: 'bounce',
      recipient,
      action: event === 'bounce' && e.hard_bounce === false ? 'delayed' : 'failed',
      status: event === 'bounce' ? mailjetStatus(error, e.hard_bounce !== false) : undefined,
      // A blocked event is Mailjet refusing to try the address, not a receiver's reply.
      diagnostic: event === 'blocked' ? `Mailjet blocked: ${words}` : words,
    },
  ];
}

function mailjetStatus(error: string, hard: boolean): string | undefined {
  const detail = MAILJET_ERROR_STATUS[error.toLowerCase()];
  return detail ? `${hard ? 5 : 4}.${detail}` : undefined;
}

/** Resend's events: "email.bounced" carries the receiver's reply in data.bounce, "email.complained" a complaint. */
function resend(e: Json): SesRecord[] | undefined {
  const type = str(e.type);
  const data = asObject(e.data);
  if (!type?.startsWith('email.') || !data) return undefined;
  const recipients = Array.isArray(data.to) ? data.to.map(str) : [str(data.to)];
  const sender = firstAddress(str(data.from) ?? '');
  if (type === 'email.complained') {
    return recipients.map((recipient) => ({ kind: 'complaint', recipient, sender, feedbackType: 'abuse' }));
  }
  if (type !== 'email.bounced' && type !== 'email.delivery_delayed') return [];
  const bounce = asObject(data.bounce);
  const delayed = type === 'email.delivery_delayed' || /transient|temporary/i.test(str(bounce?.type) ?? '');
  const diagnostic = str(bounce?.message) ?? str(bounce?.subType);
  return recipients.map((recipient) => ({
    kind: 'bounce',
    recipient,
    sender,
    action: delayed ? 'delayed' : 'failed',
    diagnostic,
  }));
}

/**
 * SparkPost's (Bird's) webhook batch: [{"msys": {"message_event": {"type": "bounce", "rcpt_to": …, "raw_reason":
 * "550 …", "bounce_class": "10"}}}]. "out_of_band" is a bounce that came back after the message was accepted,
 * "delay" a retry, "policy_rejection" SparkPost's own refusal; bounce class 60 is an auto-reply.
 */
function sparkPost(wrapper: Json): SesRecord[] | undefined {
  const msys = asObject(wrapper.msys);
  if (!msys) return undefined;
  const e = asObject(msys.message_event);
  if (!e) return [];
  const type = str(e.type) ?? '';
  const recipient = str(e.rcpt_to);
  const sender = str(e.friendly_from);
  const diagnostic = withoutSmtpType(str(e.raw_reason) ?? str(e.reason));
  if (type === 'spam_complaint')
    return [{ kind: 'complaint', recipient, sender, feedbackType: str(e.fbtype) ?? 'abuse' }];
  if (type !== 'bounce' && type !== 'out_of_band' && type !== 'delay' && type !== 'policy_rejection')
    return [];
  if (str(e.bounce_class) === '60') return [{ kind: 'auto-reply', recipient, sender, diagnostic }];
  return [{ kind: 'bounce', recipient, sender, action: type === 'delay' ? 'delayed' : 'failed', diagnostic }];
}

/** Brevo's (Sendinblue's) transactional webhook: "event" names what happened, "reason" the reply if any. */
function brevo(e: Json): SesRecord[] | undefined {
  // A marketing campaign's events carry its camp_id instead of a message-id.
  if ((e['message-id'] === undefined && e.camp_id === undefined) || e.event === undefined) return undefined;
  const event = str(e.event) ?? '';
  const recipient = str(e.email);
  if (event === 'spam') return [{ kind: 'complaint', recipient, feedbackType: 'abuse' }];
  const worded = BREVO_EVENTS[event];
  if (!worded) return [];
  return [
    {
      kind: 'bounce',
      recipient,
      action: event === 'soft_bounce' || event === 'deferred' ? 'delayed' : 'failed',
      diagnostic: str(e.reason) ?? worded,
    },
  ];
}

/**
 * Mandrill's (Mailchimp Transactional's) webhook events, [{"event": "hard_bounce", "msg": {"email": …, "diag":
 * "smtp;550 …", "bounce_description": "bad_mailbox"}}]: the receiver's reply in diag, else the description.
 * A deferral (its replies in smtp_events) is read as text.
 */
function mandrill(e: Json): SesRecord[] | undefined {
  const msg = asObject(e.msg);
  if (!msg || msg.bounce_description === undefined) return undefined;
  const event = str(e.event) ?? '';
  if (event !== 'hard_bounce' && event !== 'soft_bounce') return [];
  return [
    {
      kind: 'bounce',
      recipient: str(msg.email),
      sender: str(msg.sender),
      action: 'failed',
      diagnostic:
        withoutSmtpType(str(msg.diag)) ?? MANDRILL_BOUNCE_DESCRIPTIONS[str(msg.bounce_description) ?? ''],
    },
  ];
}

/**
 * HubSpot's email events API: a BOUNCE carries the receiver's reply in "response", a DROPPED event is HubSpot
 * refusing to send (dropReason PREVIOUSLY_BOUNCED, PREVIOUS_SPAM, PREVIOUSLY_UNSUBSCRIBED_…).
 */
function hubSpot(e: Json): SesRecord[] | undefined {
  if (e.portalId === undefined || e.recipient === undefined) return undefined;
  const type = str(e.type);
  const recipient = str(e.recipient);
  if (type === 'SPAMREPORT') return [{ kind: 'complaint', recipient, feedbackType: 'abuse' }];
  if (type === 'DROPPED') {
    const why = str(e.dropReason) ?? 'DROPPED';
    const diagnostic = HUBSPOT_DROP_REASONS[why] ?? `HubSpot did not send: address is suppressed (${why})`;
    return [{ kind: 'bounce', recipient, diagnostic }];
  }
  if (type !== 'BOUNCE' && type !== 'DEFERRED') return [];
  return [
    {
      kind: 'bounce',
      recipient,
      action: type === 'DEFERRED' ? 'delayed' : 'failed',
      diagnostic: str(e.response) ?? `HubSpot: ${type.toLowerCase()} (${str(e.category) ?? 'no category'})`,
    },
  ];
}

// What each failure event means when it carries no reason of its own, in words the reply rules read.
const BREVO_EVENTS: Readonly<Record<string, string>> = {
  hard_bounce: 'Brevo: hard bounce',
  soft_bounce: 'Brevo: soft bounce',
  blocked: 'Brevo: address is suppressed (blocked)',
  deferred: 'Brevo: delivery deferred',
  // The address is not a valid one: Brevo never tried it.
  invalid_email: 'Brevo: malformed address (invalid_email)',
};

// Mailchimp posts its list webhooks as form fields: "type=cleaned&…&data[email]=…&data[reason]=hard".
const MAILCHIMP_FORM = /^\s*type=(?:cleaned|unsubscribe|subscribe|profile|upemail|campaign)&/;

/** A "cleaned" event: Mailchimp removed the address from the list after hard bounces or a complaint. */
function mailchimp(text: string): SesRecord[] {
  const form = formFields(text.trim());
  if (form.get('type') !== 'cleaned') return [];
  const recipient = form.get('data[email]') ?? undefined;
  const reason = form.get('data[reason]') ?? '';
  if (reason === 'abuse') return [{ kind: 'complaint', recipient, feedbackType: 'abuse' }];
  return [
    {
      kind: 'bounce',
      recipient,
      diagnostic: `Mailchimp cleaned the address: address is suppressed (${reason})`,
    },
  ];
}

/** Form fields as pasted, decoded or not ("+" stays: a decoded address may hold one). */
function formFields(text: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const pair of text.split('&', 100)) {
    const at = pair.indexOf('=');
    if (at <= 0) continue;
    fields.set(decoded(pair.slice(0, at)), decoded(pair.slice(at + 1)));
  }
  return fields;
}

function decoded(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * One event, an array of them (SendGrid posts batches), one wrapped by Mailgun in "event-data", or a page of
 * Mailgun's Events API, its events in "items".
 */
function parseEvents(text: string): Json[] {
  const parsed = parseJsonFields(text) ?? parseJsonSpan(text, { arrays: true, unfold: false });
  const page = asObject(parsed);
  const value = page && Array.isArray(page.items) ? page.items : parsed;
  if (Array.isArray(value)) return value.map(asObject).filter((v): v is Json => v !== undefined);
  const one = asObject(value);
  return one ? [one] : [];
}
