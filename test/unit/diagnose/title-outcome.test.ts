import { describe, expect, it } from 'vitest';
import { readBounceRecords } from '../../../src/diagnose/diagnose-bounce.js';

/** The title's opening verb agrees with `permanent`: the server's class, not the cause's usual outcome. */
async function only(text: string) {
  const records = await readBounceRecords(text);
  expect(records).toHaveLength(1);
  return records[0] as (typeof records)[number];
}

describe('a title names the outcome the record has', () => {
  it('a permanent reply under a cause that is usually a deferral says Failed', async () => {
    const r = await only(
      '<bob@example.net>: host mx.example.net[192.0.2.25] said: 552 Too many recipients (in reply to RCPT TO command)',
    );
    expect(r).toMatchObject({ cause: 'too-many-connections', permanent: true });
    expect(r.title).toMatch(/^Failed: too many connections/);
  });

  it('a temporary reply under a cause that is usually final says Deferred or Temporarily …', async () => {
    const full = await only(
      '<bob@example.net>: host mx.example.net[192.0.2.25] said: 452 4.2.2 <bob@example.net>: Mailbox full (in reply to RCPT TO command)',
    );
    expect(full).toMatchObject({ cause: 'mailbox-full', permanent: false });
    expect(full.title).toMatch(/^Deferred: the recipient's mailbox is full/);
    const ptr = await only('450 4.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.7]');
    expect(ptr).toMatchObject({ permanent: false });
    expect(ptr.title).toMatch(/^Temporarily rejected: your sending IP/);
  });

  it('a title that already agrees is kept', async () => {
    const r = await only(
      '550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown in virtual mailbox table',
    );
    expect(r.title).toBe('Rejected: the recipient address does not exist');
  });
});
