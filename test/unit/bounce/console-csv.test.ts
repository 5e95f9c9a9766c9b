import { describe, expect, it } from 'vitest';
import { readBounceRecords } from '../../../src/diagnose/diagnose-bounce.js';

const lines = (...l: string[]) => l.join('\n');

// A console's CSV download pasted as it is: one record per failed or held row, none for a delivered one.
describe('console CSV downloads', () => {
  it('Microsoft 365 message trace: the failed row only', async () => {
    const records = await readBounceRecords(
      lines(
        'Date (UTC),Sender,Recipient,Subject,Status,Size',
        '2026-12-04 09:12:44,alice@example.com,bob@example.org,Quarterly report,Delivered,48213',
        '2026-12-04 09:12:44,alice@example.com,carol@example.net,Quarterly report,Failed,48213',
      ),
    );
    expect(records.map((r) => r.recipient)).toEqual(['carol@example.net']);
    expect(records[0]?.permanent).toBe(true);
  });

  it('quoted fields: commas inside the subject and the reply stay in their column', async () => {
    const [r, ...rest] = await readBounceRecords(
      lines(
        '"Date","Message ID","Subject","Sender","Recipient","Status","Reason"',
        '"2026-12-04T09:12:44Z","<abc@example.com>","Invoice, December","alice@example.com","dave@example.org","Bounced","550 5.1.1 The email account that you tried to reach does not exist, please check"',
        '"2026-12-04T09:13:02Z","<abd@example.com>","Invoice, December","alice@example.com","erin@example.org","Delivered",""',
      ),
    );
    expect(rest).toEqual([]);
    expect(r?.recipient).toBe('dave@example.org');
    expect(r?.cause).toBe('user-unknown');
    expect(r?.replyCode).toBe(550);
  });

  it('a sending service export: a bounce is final, a deferral is not', async () => {
    const [full, deferred] = await readBounceRecords(
      lines(
        'email,status,reason',
        'frank@example.net,bounce,"552 5.2.2 Mailbox full, quota exceeded"',
        'gina@example.net,deferred,"421 4.7.0 Try again later, closing connection"',
      ),
    );
    expect(full?.cause).toBe('mailbox-full');
    expect(full?.permanent).toBe(true);
    expect(deferred?.recipient).toBe('gina@example.net');
    expect(deferred?.permanent).toBe(false);
  });

  it('chat with commas is no table', async () => {
    expect(await readBounceRecords('Hi team, status update, the recipient never got it')).toEqual([]);
  });
});
