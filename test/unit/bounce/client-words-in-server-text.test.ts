import { describe, expect, it } from 'vitest';
import { readBounceRecords } from '../../../src/diagnose/diagnose-bounce.js';

const dsn = (diagnostic: string) =>
  [
    'From: MAILER-DAEMON@mail.example.com',
    'To: alice@example.com',
    'Subject: Delivery Status Notification (Failure)',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
    '',
    '--b1',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mail.example.com',
    '',
    'Final-Recipient: rfc822; bob@example.org',
    'Action: failed',
    'Status: 4.4.1',
    `Diagnostic-Code: smtp; ${diagnostic}`,
    '',
    '--b1--',
  ].join('\n');

// A mail client's own error words name its connection to its own server; a server's DSN or log is about the
// connection to the recipient's.
describe("a client's wording in what a server wrote", () => {
  it("a DSN's refused connection (Rust's os error) is the recipient server's, not a submission failure", async () => {
    const [r] = await readBounceRecords(
      dsn('Could not connect to mx.example.org: Connection refused (os error 111)'),
    );
    expect(r?.cause).toBe('connection-refused');
  });

  it('the same words pasted from an application are still its own submission failure', async () => {
    const [r] = await readBounceRecords(
      'Error: failed to send mail: Connection refused (os error 111) while connecting to smtp.example.com:587',
    );
    expect(r?.cause).toBe('submission-unreachable');
  });
});
