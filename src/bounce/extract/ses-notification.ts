/**
 * Amazon SES event notifications (JSON, often wrapped in an SNS envelope): admins paste these as often as
 * bounce emails. Bounce, Delivery and Complaint events become the same facts a bounce email gives.
 */
export interface SesRecord {
  kind: 'bounce' | 'delivery' | 'complaint';
  recipient?: string;
  sender?: string;
  action?: string;
  status?: string;
  diagnostic?: string;
  reportingMta?: string;
  remoteHost?: string;
  feedbackType?: string;
}

type Json = Record<string, unknown>;

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
    return asArray(bounce?.bouncedRecipients).map((r) => ({
      kind: 'bounce',
      sender,
      recipient: str(r.emailAddress),
      action: str(r.action) ?? 'failed',
      status: str(r.status),
      diagnostic: suppressed ?? str(r.diagnosticCode)?.replace(/^smtp;\s*/i, ''),
      reportingMta: str(bounce?.reportingMTA)?.replace(/^dsn;\s*/i, ''),
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

/** The first "{" to the last "}" as JSON; mail transport may have folded a long line, so retry unfolded. */
function parseObject(text: string): Json | undefined {
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start < 0 || end <= start || end - start > 1_000_000) return undefined;
  const body = text.slice(start, end + 1);
  for (const candidate of [body, body.replace(/\r?\n[ \t]?/g, '')]) {
    try {
      const value: unknown = JSON.parse(candidate);
      return asObject(value);
    } catch {
      // try the next form
    }
  }
  return undefined;
}

/** An SNS envelope carries the SES event as a JSON string in "Message". */
function unwrap(object: Json | undefined): Json | undefined {
  if (!object) return undefined;
  if (typeof object.Message === 'string') return parseObject(object.Message);
  return object;
}

function asObject(value: unknown): Json | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined;
}

function asArray(value: unknown): Json[] {
  return Array.isArray(value) ? (value as Json[]) : [];
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
