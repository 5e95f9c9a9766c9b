import { describe, expect, it } from 'vitest';
import { readBounceRecords } from '../../../src/diagnose/diagnose-bounce.js';
import type { BounceRecord } from '../../../src/report/types.js';
import type { Expect, RealWorldCase } from './real-world-cases.js';

const oneOf = (want: string | readonly string[]): readonly string[] =>
  typeof want === 'string' ? [want] : want;

function check(r: BounceRecord | undefined, want: Expect): void {
  expect(r).toBeDefined();
  if (!r) return;
  expect(oneOf(want.reason)).toContain(r.reason);
  expect(oneOf(want.cause)).toContain(r.cause);
  if (want.side) expect(r.side).toBe(want.side);
  if (want.permanent !== undefined) expect(r.permanent).toBe(want.permanent);
  if (want.provider) expect(r.provider ?? '').toMatch(want.provider);
  if (want.blocklist) expect(r.blocklists).toContain(want.blocklist);
  if (want.recipient !== undefined) expect(r.recipient).toBe(want.recipient);
  if (want.replyCode !== undefined) expect(r.replyCode).toBe(want.replyCode);
  if (want.status !== undefined) expect(r.status).toBe(want.status);
}

/**
 * The held-out rounds of whole bounce emails (43, 50, 51): each email read as the bulk CLI reads it, its
 * record (`index`, else the first) checked against what the case expects; a knownWrong case must stay wrong.
 */
export function describeWholeEmails(title: string, cases: readonly RealWorldCase[]): void {
  describe(title, () => {
    for (const [name, input, want] of cases) {
      const run = want.knownWrong ? it.fails : it;
      run(name, async () => {
        const records = await readBounceRecords(input);
        check(records[want.index ?? 0], want);
      });
    }
  });
}
