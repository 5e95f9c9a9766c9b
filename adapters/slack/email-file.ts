/**
 * Mail sent into Slack (a file of mode "email") carries its body in plain_text and its headers as fields.
 * The reader gets both as one email: the From (MAILER-DAEMON, postmaster), the Subject ("Undeliverable: …")
 * and the To (the sender the bounce returns to) tell a bounce notice and its sender, which the body
 * alone often does not.
 */

interface MailAddress {
  address?: unknown;
  name?: unknown;
  original?: unknown;
}

export interface SlackEmailFields {
  subject?: unknown;
  from?: unknown;
  to?: unknown;
  cc?: unknown;
  headers?: unknown;
  plain_text?: unknown;
}

// A channel's own address (…@….slack.com) is where the mail was sent in, not whom the bounce returns to.
const SLACK_INTAKE = /@[\w.-]*\.slack\.com$/i;

/** "Name <address>" lines of an address list field, without Slack's intake address; '' when none. */
function addressList(value: unknown): string {
  if (!Array.isArray(value)) return '';
  const shown: string[] = [];
  for (const item of value as MailAddress[]) {
    const address = typeof item?.address === 'string' ? item.address.trim() : '';
    if (!address || SLACK_INTAKE.test(address)) continue;
    const name = typeof item.name === 'string' ? item.name.trim() : '';
    shown.push(name && name !== address ? `${name} <${address}>` : `<${address}>`);
  }
  return shown.join(', ');
}

/** One header line's value: a field of the payload is never allowed to start a line of its own. */
function oneLine(value: unknown): string {
  return typeof value === 'string' ? value.replace(/[\r\n]+/g, ' ').trim() : '';
}

/** The email as text: the header fields Slack kept, a blank line, then its plain_text body. */
export function emailFileText(file: SlackEmailFields & { plain_text: string }): string {
  const date = oneLine((file.headers as { date?: unknown } | null | undefined)?.date);
  const fields: [string, string][] = [
    ['From', oneLine(addressList(file.from))],
    ['To', oneLine(addressList(file.to))],
    ['Cc', oneLine(addressList(file.cc))],
    ['Subject', oneLine(file.subject)],
    ['Date', date],
  ];
  const head = fields.filter(([, value]) => value).map(([name, value]) => `${name}: ${value}`);
  // Without a From or Subject there is nothing to tell the reader: the body alone, as pasted.
  if (!head.some((line) => line.startsWith('From:') || line.startsWith('Subject:'))) return file.plain_text;
  return `${head.join('\n')}\n\n${file.plain_text}`;
}
