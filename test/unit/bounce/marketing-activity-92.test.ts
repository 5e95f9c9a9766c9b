import { describe, expect, it } from 'vitest';
import { readBounceRecords } from '../../../src/diagnose/diagnose-bounce.js';
import { NO_FAILURE_92 } from './real-world-cases-92.js';

// Round 92: deliveries, opens, clicks, unsubscribes and auto-replies copied out of marketing platforms are no failure; none may be invented.
const NOT_FAILURES = ['delivered', 'feedback-report', 'read-receipt', 'auto-reply'];

describe('marketing activity that is not a failure', () => {
  it.each(NO_FAILURE_92)('%s', async (_name, text) => {
    const records = await readBounceRecords(text);
    for (const r of records) expect(NOT_FAILURES).toContain(r.cause);
  });
});
