import { describe, expect, it } from 'vitest';
import { readBounceRecords } from '../../../src/diagnose/diagnose-bounce.js';

// A bare reply that names its own server where its words end (round 75): that server names the provider,
// after the words' own markers; a host that belongs to no provider names none.
describe('the server a bare reply names at its end', () => {
  it.each([
    ['552 Requested mail action aborted: exceeded storage allocation {mx-ha-002.gmx.net}', 'GMX'],
    [
      '554 delivery error: dd Not a valid recipient - atlas-production.v2-mail-prod1-gq1.omega.yahoo.com',
      'Yahoo / AOL',
    ],
    ['550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown - mx.example.org', undefined],
    ['550 5.1.1 User unknown - see https://mx.example.org/help', undefined],
  ])('%s', async (reply, provider) => {
    const [record] = await readBounceRecords(reply);
    expect(record?.provider ?? undefined).toBe(provider);
  });
});
