import { describe, expect, it } from 'vitest';
import { queuedAs } from '../../../src/bounce/extract/queue-listing.js';
import { readBounceRecords } from '../../../src/diagnose/diagnose-bounce.js';

const lines = (...l: string[]) => l.join('\n');
const postfix = (status: string, reply: string) =>
  `Dec  3 10:11:12 mx1 postfix/smtp[2000]: 4A1B2C3D4E: to=<bob@example.org>, relay=mx.example.org[198.51.100.4]:25, delay=3, delays=0.1/0/1/2, dsn=${reply.slice(4, 9)}, status=${status} (host mx.example.org[198.51.100.4] said: ${reply} (in reply to RCPT TO command))`;
const FULL = '452 4.2.2 <bob@example.org>: Mailbox full';
const UNKNOWN = '550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown';

async function only(text: string) {
  const records = await readBounceRecords(text);
  expect(records).toHaveLength(1);
  return records[0] as NonNullable<(typeof records)[0]>;
}

// A pasted log line or queue listing names the message: the answer gives the commands for that message.
describe('commands for the queued message a paste names', () => {
  it('Postfix deferral: the cause is fixed first, then the message is seen, retried or given up by its id', async () => {
    const r = await only(postfix('deferred', FULL));
    expect(r.cause).toBe('mailbox-full');
    expect(r.steps.at(-1)).toContain('Postfix queue as 4A1B2C3D4E');
    expect(r.steps.at(-1)).toContain('`postcat -vq 4A1B2C3D4E`');
    expect(r.steps.at(-1)).toContain('`postqueue -i 4A1B2C3D4E`');
    expect(r.steps.at(-1)).toContain('`postsuper -e 4A1B2C3D4E`');
  });

  it('a bounced or delivered recipient is no longer queued: no such step', async () => {
    const bounced = await only(postfix('bounced', UNKNOWN));
    expect(bounced.permanent).toBe(true);
    expect(bounced.steps.join(' ')).not.toContain('4A1B2C3D4E');
  });

  it("Exim's main log deferral names its message id", async () => {
    const r = await only(
      '2026-12-03 10:00:00 1vT2kL-000Di9-CP == bob@example.net R=dnslookup T=remote_smtp defer (-44) H=mx.example.net [198.51.100.5]: SMTP error from remote mail server after RCPT TO:<bob@example.net>: 451 4.7.1 Greylisted, please try again later',
    );
    expect(r.permanent).toBe(false);
    expect(r.steps.at(-1)).toContain('`exim -Mvl 1vT2kL-000Di9-CP`');
    expect(r.steps.at(-1)).toContain('`exim -M 1vT2kL-000Di9-CP`');
  });

  it('exim -bp gives no reason: looking at the message log by its id comes first', async () => {
    const r = await only(
      lines(' 25m  2.9K 1kSfvW-0004Xb-2N <alice@example.com>', '          bob@example.net', ''),
    );
    expect(r.cause).toBe('delivery-delayed');
    expect(r.steps[0]).toContain('`exim -Mvl 1kSfvW-0004Xb-2N`');
    // The listing's own command is not offered back: the message is named.
    expect(r.steps.join(' ')).not.toContain('See the waiting message');
  });

  it("exim -Mvl's lines carry no id (the file is named by it): no made-up id", async () => {
    const r = await only(
      '2026-12-03 09:14:03 bob@example.net R=dnslookup T=remote_smtp defer (110): Connection timed out',
    );
    expect(r.steps.join(' ')).not.toMatch(/000000|exim -Mvl \S/);
  });

  it('Postfix mailq and postqueue -j entries, each recipient with its own message', async () => {
    const mailq = await readBounceRecords(
      lines(
        '-Queue ID-  --Size-- ----Arrival Time---- -Sender/Recipient-------',
        '5D0E7B2C19     6402 Thu Dec  3 07:12:55  alice@example.com',
        '(connect to mx.example.net[198.51.100.25]:25: Connection timed out)',
        '                                         bob@example.net',
        '',
        'E7F1D3C5B2    12044 Wed Dec  2 22:50:31  billing@example.com',
        `(host mx1.example.org[192.0.2.31] said: ${FULL} (in reply to RCPT TO command))`,
        '                                         erin@example.org',
      ),
    );
    expect(mailq.map((r) => r.steps.join(' ').match(/postqueue -i (\w+)/)?.[1])).toEqual([
      '5D0E7B2C19',
      'E7F1D3C5B2',
    ]);
    const [json] = await readBounceRecords(
      '{"queue_name": "deferred", "queue_id": "7B1C0D2E3F", "arrival_time": 1764750851, "message_size": 4821, "forced_expire": false, "sender": "alice@example.com", "recipients": [{"address": "ivan@example.net", "delay_reason": "connect to mx.example.net[198.51.100.25]:25: Connection refused"}]}',
    );
    expect(json?.steps.join(' ')).toContain('`postqueue -i 7B1C0D2E3F`');
  });

  it('Sendmail: its log line and its mailq', async () => {
    const log = await only(
      'Dec  3 09:14:03 mx sendmail[1234]: 0B3K9f1c012345: to=<bob@example.net>, delay=00:00:02, xdelay=00:00:02, mailer=esmtp, pri=120437, relay=mx.example.net. [198.51.100.5], dsn=4.0.0, stat=Deferred: Connection refused by mx.example.net.',
    );
    expect(log.steps.join(' ')).toContain('`sendmail -v -qI0B3K9f1c012345`');
    const [queued] = await readBounceRecords(
      lines(
        '\t\t/var/spool/mqueue (1 request)',
        '-----Q-ID----- --Size-- -----Q-Time----- ------------Sender/Recipient-----------',
        '4B3A9f1c012345     2345 Thu Dec  3 09:14 <alice@example.com>',
        '                 (Deferred: Connection refused by mx.example.net.)',
        '\t\t\t\t\t <bob@example.net>',
        '\t\tTotal requests: 1',
      ),
    );
    expect(queued?.steps.join(' ')).toContain('`mailq -qI4B3A9f1c012345`');
  });

  it("Exchange's Get-Message | Format-List: the message by its identity, its queue by the queue's", async () => {
    const [r] = await readBounceRecords(
      lines(
        'Identity          : EX02\\22\\4810363129857',
        'Status            : Retry',
        'FromAddress       : alice@example.com',
        'Recipients        : {kim@example.net}',
        'LastError         : 451 4.4.0 Primary target IP address responded with: "421 4.4.316 Connection refused."',
        'Queue             : EX02\\22',
      ),
    );
    const step = r?.steps.at(-1) ?? '';
    expect(step).toContain('`Get-Message -Identity "EX02\\22\\4810363129857" | Format-List`');
    expect(step).toContain('`Retry-Queue -Identity "EX02\\22"`');
    expect(step).toContain('-WithNDR $true');
    // Get-Queue's identity names a queue, not a message; nothing else may enter the command.
    expect(queuedAs('exchange', 'EX01\\18')).toBeUndefined();
    expect(queuedAs('exchange', 'EX01\\3\\1"; Remove-Item')).toBeUndefined();
  });

  it("soft_bounce's queued 5xx: returned or deleted by its id", async () => {
    const r = await only(postfix('deferred', UNKNOWN));
    expect(r.steps[0]).toContain('`postsuper -e 4A1B2C3D4E`');
    expect(r.steps[0]).toContain('`postsuper -d 4A1B2C3D4E`');
    expect(r.steps.filter((s) => s.includes('4A1B2C3D4E'))).toHaveLength(1);
  });

  it('a log of another MTA (qmail) or an id of another shape gives no command', async () => {
    const qmail = await only(
      lines(
        '@400000006929a1b2 starting delivery 17: msg 1048601 to remote bob@example.net',
        '@400000006929a1b3 delivery 17: deferral: Connected_to_198.51.100.5_but_greeting_failed./',
      ),
    );
    expect(qmail.steps.join(' ')).not.toMatch(/queue as/);
    expect(queuedAs('postfix', '4A1B;rm -rf /')).toBeUndefined();
    expect(queuedAs('exim', '000000-000000-00')).toBeUndefined();
    expect(queuedAs('exim', '1vT2kL-000Di9-CP')).toEqual({ mta: 'exim', id: '1vT2kL-000Di9-CP' });
  });
});
