import { describe, expect, it } from 'vitest';
import { readBounceRecords } from '../../../src/diagnose/diagnose-bounce.js';

const postfixDeferred = (relay: string, why: string) =>
  `Dec  5 10:00:01 mx postfix/smtp[123]: 4AB12: to=<bob@example.org>, relay=${relay}, delay=30, status=deferred (${why})`;

// A failure at a loopback hop is the sender's own content filter or local relay: its own cause and steps,
// never "tell the recipient's admin that 127.0.0.1 takes no connections".
describe('a failure at a loopback hop', () => {
  it('Postfix cannot reach amavis on 127.0.0.1:10024', async () => {
    const [r] = await readBounceRecords(
      postfixDeferred('none', 'connect to 127.0.0.1[127.0.0.1]:10024: Connection refused'),
    );
    expect(r?.cause).toBe('own-filter-failed');
    expect(r?.side).toBe('sender');
    expect(r?.permanent).toBe(false);
    expect(r?.steps.join('\n')).toMatch(/ss -ltnp/);
    expect(r?.steps.join('\n')).not.toMatch(/recipient's admin/);
    expect(r?.explanation).not.toMatch(/\{\w+\}/);
  });

  it('the same refusal from a remote MX stays the recipient server refusing', async () => {
    const [r] = await readBounceRecords(
      postfixDeferred('none', 'connect to mx.example.org[192.0.2.25]:25: Connection refused'),
    );
    expect(r?.cause).toBe('connection-refused');
  });
});
