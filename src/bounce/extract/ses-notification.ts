import { SES_BOUNCE_SUBTYPES, SES_DELAY_TYPES, SES_REJECT_REASONS } from '../../knowledge/esp-api-errors.js';
import { asArray, asObject, type Json, parseJsonSpan, str, withoutSmtpType } from './json-values.js';

/**
 * Amazon SES event notifications (JSON, often wrapped in an SNS envelope): admins paste these as often as
 * bounce emails. Bounce, DeliveryDelay, Delivery and Complaint events become the same facts a bounce email
 * gives.
 */
export interface SesRecord {
  /** A sending service's event of an out-of-office reply (Postmark's AutoResponder) is an auto-reply. */
  kind: 'bounce' | 'delivery' | 'complaint' | 'auto-reply';
  recipient?: string;
  sender?: string;
  action?: string;
  status?: string;
  diagnostic?: string;
  reportingMta?: string;
  remoteHost?: string;
  feedbackType?: string;
}

/** Also inside an SNS envelope, where the event is an escaped string: \"notificationType\":\"Bounce\". */
export function looksLikeSesNotification(text: string): boolean {
  return text.includes('"notificationType') || text.includes('"eventType');
}

export function readSesNotification(text: string): SesRecord[] {
  const event = unwrap(parseObject(text));
  if (!event) return [];
  const type = String(event.notificationType ?? event.eventType ?? '');
  const mail = asObject(event.mail);
  const sender = typeof mail?.source === 'string' ? mail.source : undefined;
  if (type === 'Bounce') {
    const bounce = asObject(event.bounce);
    const subType = String(bounce?.bounceSubType ?? '');
    const suppressed = /suppress/i.test(subType)
      ? 'Amazon SES suppression list: address is suppressed'
      : undefined;
    const known = SES_BOUNCE_SUBTYPES[subType];
    return asArray(bounce?.bouncedRecipients).map((r) => ({
      kind: 'bounce',
      sender,
      recipient: str(r.emailAddress),
      action: str(r.action) ?? 'failed',
      status: str(r.status) ?? known?.status,
      diagnostic: suppressed ?? withoutSmtpType(str(r.diagnosticCode)) ?? known?.diagnostic,
      reportingMta: str(bounce?.reportingMTA)?.replace(/^dsn;\s*/i, ''),
    }));
  }
  if (type === 'DeliveryDelay') {
    // SES is still retrying: the delay type says why when the receiver's reply is not given.
    const delay = asObject(event.deliveryDelay);
    const delayType = String(delay?.delayType ?? '');
    const known = SES_DELAY_TYPES[delayType];
    return asArray(delay?.delayedRecipients).map((r) => ({
      kind: 'bounce',
      sender,
      recipient: str(r.emailAddress),
      action: 'delayed',
      status: str(r.status) ?? known?.status,
      diagnostic:
        withoutSmtpType(str(r.diagnosticCode)) ??
        known?.diagnostic ??
        `Amazon SES: delivery delayed, still retrying (${delayType || 'no delay type'})`,
      reportingMta: str(delay?.reportingMTA)?.replace(/^dsn;\s*/i, ''),
    }));
  }
  if (type === 'Delivery') {
    const delivery = asObject(event.delivery);
    return asArray(delivery?.recipients).map((r) => ({
      kind: 'delivery',
      sender,
      recipient: typeof r === 'string' ? r : undefined,
      action: 'delivered',
      status: '2.0.0',
      diagnostic: str(delivery?.smtpResponse),
      remoteHost: str(delivery?.remoteMtaIp),
      reportingMta: str(delivery?.reportingMTA),
    }));
  }
  if (type === 'Reject') {
    // SES refused to send at all (event publishing): "Bad content" is its virus scan.
    const reason = str(asObject(event.reject)?.reason) ?? 'rejected';
    const diagnostic = SES_REJECT_REASONS[reason] ?? `Amazon SES rejected the message: ${reason}`;
    const destination = Array.isArray(mail?.destination) ? mail.destination : [];
    return destination.map((r) => ({
      kind: 'bounce',
      sender,
      recipient: typeof r === 'string' ? r : undefined,
      action: 'failed',
      diagnostic,
    }));
  }
  if (type === 'Complaint') {
    const complaint = asObject(event.complaint);
    return asArray(complaint?.complainedRecipients).map((r) => ({
      kind: 'complaint',
      sender,
      recipient: str(r.emailAddress),
      feedbackType: str(complaint?.complaintFeedbackType) ?? 'abuse',
    }));
  }
  return [];
}

/** The event object; mail transport may have folded a long line of it. */
function parseObject(text: string): Json | undefined {
  return asObject(parseJsonSpan(text, { arrays: false, unfold: true }));
}

/** An SNS envelope carries the SES event as a JSON string in "Message". */
function unwrap(object: Json | undefined): Json | undefined {
  if (!object) return undefined;
  if (typeof object.Message === 'string') return parseObject(object.Message);
  return object;
}
