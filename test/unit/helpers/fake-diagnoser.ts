import type { BounceRecord, Report } from '../../../src/report/types.js';

/** A complete record with neutral values; tests override what they assert on. */
export function fakeRecord(overrides: Partial<BounceRecord> = {}): BounceRecord {
  return {
    recipient: 'bob@example.com',
    reason: 'userunknown',
    cause: 'user-unknown',
    title: 'No such mailbox',
    replyCode: 550,
    status: '5.1.1',
    permanent: true,
    side: 'sender',
    provider: null,
    diagnostic: 'User unknown',
    steps: ['Check the address for typos.', 'Remove it from your lists.'],
    explanation: 'The receiving server has no mailbox by that name.',
    confidence: 'high',
    evidence: ['status 5.1.1'],
    form: 'smtp-reply',
    sender: null,
    command: 'RCPT',
    remoteHost: null,
    remoteIp: null,
    reportingMta: null,
    sendingIp: null,
    referenceCodes: [],
    blocklists: [],
    suggestion: null,
    checks: [],
    feedbackType: null,
    ...overrides,
  };
}

/**
 * Stands in for the bounce reader so plumbing tests do not depend on its verdicts: every
 * "RCPT:<address>" line in the input becomes one record for that address; no such line, no record.
 */
export function recordsFromMarkers(input: string | Uint8Array): BounceRecord[] {
  const text = typeof input === 'string' ? input : Buffer.from(input).toString('utf8');
  return [...text.matchAll(/^RCPT:(\S+)$/gm)].map((m) => fakeRecord({ recipient: m[1] as string }));
}

export function fakeDiagnoser() {
  const seen: string[] = [];
  const diagnose = async (input: string | Uint8Array): Promise<Report> => {
    const text = typeof input === 'string' ? input : Buffer.from(input).toString('utf8');
    seen.push(text);
    const records = recordsFromMarkers(text);
    return records.length > 0
      ? { kind: 'bounce', headline: '', records, findings: [], notes: [], attachments: [] }
      : {
          kind: 'not-a-bounce',
          headline: 'This is not a bounce.',
          records,
          findings: [],
          notes: [],
          attachments: [],
        };
  };
  return { seen, diagnose };
}
