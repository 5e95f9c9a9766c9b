import { describe, expect, it } from 'vitest';
import { readBounceRecords } from '../../../src/diagnose/diagnose-bounce.js';

const line = (dsn: string, status: string, reply: string) =>
  `Dec  3 10:11:12 mx1 postfix/smtp[2000]: 4A1B2C3D4E: to=<bob@example.org>, relay=mx.example.org[198.51.100.4]:25, delay=3, delays=0.1/0/1/2, dsn=${dsn}, status=${status} (host mx.example.org[198.51.100.4] said: ${reply} (in reply to RCPT TO command))`;
const UNKNOWN = '550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown';

// Postfix's soft_bounce keeps a 5xx queued: the answer says the refusal is final and what keeps it queued.
describe('a permanent reply the sending server keeps queued', () => {
  it('soft_bounce log line (dsn=4.1.1, status=deferred, 550 reply): refused for good, still queued', async () => {
    const [r] = await readBounceRecords(line('4.1.1', 'deferred', UNKNOWN));
    expect(r?.cause).toBe('user-unknown');
    expect(r?.permanent).toBe(false);
    expect(r?.title).toMatch(/^Rejected: .*a permanent reply your server keeps queued/);
    expect(r?.steps[0]).toMatch(/refused for good \(550 5\.1\.1\).*soft_bounce = yes.*postsuper -d/);
  });

  it('a queue listing entry under a 550 reason gets the same first step', async () => {
    const text = [
      '-Queue ID-  --Size-- ----Arrival Time---- -Sender/Recipient-------',
      '4A1B2C3D4E     2210 Thu Dec  3 10:11:10  alice@example.com',
      `(host mx.example.org[198.51.100.4] said: ${UNKNOWN} (in reply to RCPT TO command))`,
      '                                         bob@example.org',
    ].join('\n');
    const [r] = await readBounceRecords(text);
    expect(r?.recipient).toBe('bob@example.org');
    expect(r?.steps[0]).toMatch(/soft_bounce/);
  });

  it('an ordinary 4xx deferral and a returned 5xx are not', async () => {
    const [deferred] = await readBounceRecords(line('4.2.2', 'deferred', '452 4.2.2 Mailbox full'));
    const [bounced] = await readBounceRecords(line('5.1.1', 'bounced', UNKNOWN));
    expect(deferred?.permanent).toBe(false);
    expect(bounced?.permanent).toBe(true);
    for (const r of [deferred, bounced]) {
      expect(r?.title).not.toMatch(/keeps queued/);
      expect(r?.steps.join(' ')).not.toMatch(/soft_bounce/);
    }
  });
});
