import { describe, expect, it } from 'vitest';
import { readBounceRecords } from '../../../src/diagnose/diagnose-bounce.js';

/** How sure a verdict says it is: the status and the words together, or either alone. */

async function first(text: string) {
  const [record] = await readBounceRecords(text);
  return { cause: record?.cause, confidence: record?.confidence };
}

describe('a status and general words that say the same', () => {
  it('are sure together, and each alone is less so', async () => {
    expect(await first('552 5.3.4 Message too large')).toEqual({
      cause: 'message-too-large',
      confidence: 'high',
    });
    expect(await first('552 5.3.4 Requested action aborted')).toEqual({
      cause: 'message-too-large',
      confidence: 'medium',
    });
  });

  it('words that say something else leave the status alone at medium', async () => {
    expect((await first('552 5.3.4 Message refused by policy')).confidence).not.toBe('high');
  });
});

describe("Postfix's no valid recipients at DATA", () => {
  it('reports the earlier refusals: an unknown user, not a filter, and not sure of it', async () => {
    expect(
      await first(
        'host mx.example.org[198.51.100.20] said: 554 5.5.1 Error: no valid recipients (in reply to DATA command)',
      ),
    ).toEqual({ cause: 'user-unknown', confidence: 'medium' });
  });
});
