import type { LogRecord } from './mta-log.js';

/**
 * Policy daemons' log lines beside the MTA's: postgrey's "action=greylist, reason=new, client_name=h,
 * client_address=ip, sender=s, recipient=r" (the receiving server's side of a greylisting deferral; Postfix
 * answered the client "450 4.2.0 … Greylisted"). Its "action=pass" lines are no failure and are not read.
 */
export function isPolicyLogLine(line: string): boolean {
  return line.includes(' action=greylist, ');
}

export function readPolicyLogLine(line: string): LogRecord | undefined {
  const at = line.indexOf(' action=greylist, ');
  if (at < 0) return undefined;
  const fields = line.slice(at + 1);
  return {
    recipient: POLICY_FIELDS.recipient.exec(fields)?.[1]?.toLowerCase(),
    sender: POLICY_FIELDS.sender.exec(fields)?.[1],
    sendingIp: POLICY_FIELDS.client_address.exec(fields)?.[1],
    diagnostic: fields,
    command: 'RCPT',
    deferred: true,
  };
}

// Each field of the line, compiled once: "…, name=value, …".
const fieldPattern = (name: string) => new RegExp(`(?:^|, )${name}=([^,\\s]{1,320})`);
const POLICY_FIELDS = {
  recipient: fieldPattern('recipient'),
  sender: fieldPattern('sender'),
  client_address: fieldPattern('client_address'),
};
