/**
 * How known receivers answer an SMTP probe, as data: what an acceptance or a refusal at RCPT TO does
 * and does not prove there. Keyed by provider id (knowledge/providers), matched on the MX host name
 * and the banner, like a pasted bounce is.
 */
export interface ProbeBehaviour {
  provider: string;
  /** The verdicts the note qualifies. */
  when: readonly ('accepted' | 'catch-all' | 'rejected' | 'deferred')[];
  note: string;
}

const GATEWAY_NOTE =
  'is a filtering gateway: unless the customer turned on recipient validation, it accepts every ' +
  'address of the domain and the mailbox server behind it refuses unknown ones later, with a bounce. ' +
  'An accepted RCPT TO here does not prove the mailbox exists.';

export const PROBE_BEHAVIOURS: readonly ProbeBehaviour[] = [
  {
    provider: 'microsoft',
    when: ['accepted', 'catch-all'],
    note:
      'Microsoft 365 (Exchange Online Protection) accepts unknown recipients at RCPT TO unless the tenant ' +
      'turned on Directory-Based Edge Blocking; the refusal (550 5.4.1 or 5.1.10) then comes as a bounce ' +
      'after the message is sent. An accepted RCPT TO does not prove the mailbox exists.',
  },
  {
    provider: 'yahoo',
    when: ['accepted', 'catch-all'],
    note:
      'Yahoo and AOL accept any recipient at RCPT TO and refuse unknown ones only after DATA ("554 ' +
      'delivery error: dd This user doesn\'t have a … account"): an accepted RCPT TO proves nothing there.',
  },
  {
    provider: 'google',
    when: ['rejected', 'deferred'],
    note:
      'Gmail refuses unknown users at RCPT TO (550 5.1.1) but rate-limits senders that ask about many ' +
      'addresses (421 4.7.28, 450 4.2.1): space repeated probes out.',
  },
  { provider: 'proofpoint', when: ['accepted', 'catch-all'], note: `Proofpoint ${GATEWAY_NOTE}` },
  { provider: 'mimecast', when: ['accepted', 'catch-all'], note: `Mimecast ${GATEWAY_NOTE}` },
  { provider: 'barracuda', when: ['accepted', 'catch-all'], note: `Barracuda ${GATEWAY_NOTE}` },
  { provider: 'messagelabs', when: ['accepted', 'catch-all'], note: `Symantec MessageLabs ${GATEWAY_NOTE}` },
];
