import { describe, expect, it } from 'vitest';
import { readBounceRecords } from '../../../src/diagnose/diagnose-bounce.js';

// A forward at another organisation whose final domain is gone or takes no mail is a broken forward, the
// recipient's to mend; the Sisimai reason stays the underlying failure's.
describe('a forward to a domain that is gone or takes no mail', () => {
  it('reads a Postfix "expanded from" to a domain that no longer exists as the forward failing', async () => {
    const [record] = await readBounceRecords(
      '<bob@gone-domain.example> (expanded from <alias@example.org>): Host or domain name not found. ' +
        'Name service error for name=gone-domain.example type=MX: Host not found',
    );
    expect(record).toMatchObject({
      recipient: 'bob@gone-domain.example',
      cause: 'forward-target-failed',
      reason: 'hostunknown',
      side: 'recipient',
    });
  });

  it("reads a Postfix log's orig_to to a null-MX domain as the forward failing", async () => {
    const [record] = await readBounceRecords(
      'Dec  2 10:00:00 mx postfix/smtp[123]: 4ABC: to=<bob@nullmx.example>, orig_to=<alias@example.org>, ' +
        'relay=none, delay=0.1, dsn=5.1.10, status=bounced (Domain nullmx.example does not accept mail (nullMX))',
    );
    expect(record).toMatchObject({ cause: 'forward-target-failed', reason: 'notaccept' });
  });

  it('leaves an alias within the same domain as the plain missing domain', async () => {
    const [record] = await readBounceRecords(
      '<bob@gone-domain.example> (expanded from <alias@gone-domain.example>): Host or domain name not found. ' +
        'Name service error for name=gone-domain.example type=MX: Host not found',
    );
    expect(record?.cause).toBe('domain-not-found');
  });
});
