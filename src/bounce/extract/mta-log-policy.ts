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
  const field = (name: string) => new RegExp(`(?:^|, )${name}=([^,\\s]{1,320})`).exec(fields)?.[1];
  return {
    recipient: field('recipient')?.toLowerCase(),
    sender: field('sender'),
    sendingIp: field('client_address'),
    diagnostic: fields,
    command: 'RCPT',
    deferred: true,
  };
}
