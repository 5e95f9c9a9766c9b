import { describe, expect, it } from 'vitest';
import { readBounceRecords } from '../../../src/diagnose/diagnose-bounce.js';

const GOOGLE = 'Google (Gmail / Workspace)';
const MICROSOFT = 'Microsoft (Outlook.com / Microsoft 365)';

// A provider's own sentence names it, and means what its documentation says, when no host of its is quoted.
describe("a provider's own sentences", () => {
  it.each([
    [
      "Exchange's store: the recipient's mailbox over its quota",
      '554 5.2.0 STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message [BeginDiagnosticData]',
      { cause: 'mailbox-full', side: 'recipient', provider: MICROSOFT },
    ],
    [
      "Exchange's store: the sender's own mailbox over its quota",
      '554 5.2.2 mailbox full; STOREDRV.Submission.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded',
      { cause: 'sender-mailbox-full', side: 'sender', provider: MICROSOFT },
    ],
    [
      'Microsoft 365: a From domain the tenant has not registered',
      '550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains.',
      { cause: 'from-not-permitted', side: 'sender', provider: MICROSOFT },
    ],
    [
      "Outlook.com's high-volume sender rule",
      "550 5.7.515 Access denied, sending domain example.com doesn't meet the required authentication level.",
      { cause: 'auth-failed', side: 'sender', provider: MICROSOFT },
    ],
    [
      "Gmail's low domain reputation",
      '550-5.7.1 [192.0.2.1] Gmail has detected that this message is likely suspicious due to the very low reputation of the sending domain.',
      { cause: 'domain-reputation', side: 'sender', provider: GOOGLE },
    ],
  ])('%s', async (_name, text, want) => {
    const [record] = await readBounceRecords(text);
    expect(record).toMatchObject(want);
  });
});
