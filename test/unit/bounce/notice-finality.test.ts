import { describe, expect, it } from 'vitest';
import { noticeAction, noticeOutcomes } from '../../../src/bounce/notice-kind.js';
import { sectionOutcomes } from '../../../src/bounce/notice-sections.js';
import { readBounceRecords } from '../../../src/diagnose/diagnose-bounce.js';

// A notice without DSN fields says in its own words whether the message was given up (final, whatever the
// code of the last attempt) or is still queued (a warning: nothing is final yet).
const notice = (from: string, subject: string, body: string) =>
  `From: ${from}\nTo: alice@example.net\nSubject: ${subject}\nDate: Mon, 2 Nov 2026 10:00:00 +0000\n` +
  `Message-ID: <n1@mx.example.org>\n\n${body}\n`;

describe('a notice without DSN fields: given up, or still being retried', () => {
  it('qmail\'s "permanent error; I\'ve given up" over a mailbox full is final', async () => {
    const [record] = await readBounceRecords(
      notice(
        'MAILER-DAEMON@mx.example.org',
        'failure notice',
        "Hi. This is the qmail-send program at mx.example.org.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<bob@example.org>:\nThe users mailfolder is over the allowed quota (size).\n\n--- Below this line is a copy of the message.\n",
      ),
    );
    expect(record).toMatchObject({ recipient: 'bob@example.org', cause: 'mailbox-full', permanent: true });
  });

  it('qmail\'s "not going to try again" after a temporary reply is final', async () => {
    const [record] = await readBounceRecords(
      notice(
        'MAILER-DAEMON@mx.example.org',
        'failure notice',
        "Hi. This is the qmail-send program at mx.example.org.\nI'm afraid I wasn't able to deliver your message to the following addresses.\n\n<bob@example.org>:\n192.0.2.25 does not like recipient.\nRemote host said: 451 4.3.0 Temporary local problem, please try later\nI'm not going to try again; this message has been in the queue too long.\n",
      ),
    );
    expect(record?.permanent).toBe(true);
  });

  it('the same notice pasted as text, without its headers, is final too', async () => {
    const [record] = await readBounceRecords(
      "Hi. This is the qmail-send program at mx.example.org.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<bob@example.org>:\nThe users mailfolder is over the allowed quota (size).\n",
    );
    expect(record).toMatchObject({ recipient: 'bob@example.org', cause: 'mailbox-full', permanent: true });
  });

  it("Exim's delay warning is not final", async () => {
    const [record] = await readBounceRecords(
      notice(
        'Mail Delivery System <Mailer-Daemon@mx.example.org>',
        'Warning: message 1xAbCd-000123-45 delayed 24 hours',
        'This message was created automatically by mail delivery software.\n\nA message that you sent has not yet been delivered to one or more of its\nrecipients after more than 24 hours on the queue on mx.example.org.\n\nThe message identifier is:     1xAbCd-000123-45\n\nThe address to which the message has not yet been delivered is:\n\n  bob@example.org\n    host mail.example.org [192.0.2.25]\n    Delay reason: SMTP error from remote mail server after RCPT TO:<bob@example.org>:\n    451 4.7.1 Greylisted, please try again later\n\nNo action is required on your part. Delivery attempts will continue for\nsome time, and this warning may be repeated at intervals if the message\nremains undelivered. Eventually the mail delivery software will give up,\nand when that happens, the message will be returned to you.\n',
      ),
    );
    expect(record).toMatchObject({ recipient: 'bob@example.org', permanent: false });
  });

  it('a warning without any code or status is a delay, not a failure', async () => {
    const [record] = await readBounceRecords(
      notice(
        'Mail Delivery Subsystem <MAILER-DAEMON@mx.example.org>',
        'Warning: could not send message for past 4 hours',
        '    **********************************************\n    **      THIS IS A WARNING MESSAGE ONLY      **\n    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n    **********************************************\n\nThe original message was received at Mon, 2 Nov 2026 06:00:00 +0000\nfrom localhost [127.0.0.1]\n\n   ----- Transcript of session follows -----\n<bob@example.org>... Deferred: Connection timed out with mail.example.org.\nWarning: message still undelivered after 4 hours\nWill keep trying until message is 5 days old\n',
      ),
    );
    expect(record).toMatchObject({ recipient: 'bob@example.org', permanent: false });
  });
});

describe('a notice read list by list (round 25)', () => {
  const SENDMAIL_MIXED = [
    '   ----- The following addresses had permanent fatal errors -----',
    '<carol@example.net>',
    '    (reason: 550 5.1.1 User unknown)',
    '',
    '   ----- The following addresses had transient non-fatal errors -----',
    '<bob@example.org>',
    '    (reason: 451 4.7.1 Please try again later)',
    '',
    '   ----- Transcript of session follows -----',
    '550 5.1.1 <carol@example.net>... User unknown',
    '<bob@example.org>... Deferred: 451 4.7.1 Please try again later',
  ].join('\n');

  it("gives each recipient its own list's outcome, whatever the notice's words", () => {
    const outcome = sectionOutcomes(SENDMAIL_MIXED);
    expect(outcome?.('carol@example.net')).toBe('failed');
    expect(outcome?.('Bob@Example.org')).toBe('delayed');
    expect(outcome?.('dave@example.org')).toBeUndefined();
    // Not the end of a longer address: "ob@example.org" is named nowhere.
    expect(outcome?.('ob@example.org')).toBeUndefined();
    expect(
      noticeOutcomes('Returned mail: see transcript for details', SENDMAIL_MIXED)('bob@example.org'),
    ).toBe('delayed');
  });

  it('ends a list at a rule line: a recipient named only in the transcript below keeps the notice outcome', () => {
    const body = [
      'THIS IS A WARNING MESSAGE ONLY',
      '   ----- The following addresses had permanent fatal errors -----',
      '<carol@example.net>',
      '   ----- Transcript of session follows -----',
      '<bob@example.org>... Deferred: Connection timed out with mx.example.org.',
    ].join('\n');
    const outcome = noticeOutcomes('Warning: could not send message for past 4 hours', body);
    expect(outcome('carol@example.net')).toBe('failed');
    expect(outcome('bob@example.org')).toBe('delayed');
  });

  it('has no list outcome without a list heading', () => {
    expect(sectionOutcomes('Your message to bob@example.org could not be delivered.')).toBeUndefined();
  });

  it('reads a notice that returns the message without retry words as given up', () => {
    const body = 'Your message to bob@example.org was refused.\nReason: 452 4.2.2 Mailbox full\n';
    expect(noticeAction('Mail delivery report', body)).toBeUndefined();
    expect(noticeAction('Mail delivery report', body, true)).toBe('failed');
    expect(
      noticeAction(
        'Mail delivery report',
        `${body}\n------ Original message follows ------\nFrom: a@b.example\n`,
      ),
    ).toBe('failed');
    expect(
      noticeAction('Delivery delayed', `${body}The server will retry delivery for 3 days.\n`, true),
    ).toBe('delayed');
  });

  it('reads a notice that says delivery failed as given up, unless it says it retries', () => {
    const body = 'Your message to bob@example.org could not be delivered.\nThe recipient mailbox is full.\n';
    expect(noticeAction('Mail delivery failed', body)).toBe('failed');
    expect(noticeAction('Mail delivery failed', `${body}The server will retry delivery for 3 days.\n`)).toBe(
      'delayed',
    );
  });

  it("does not read the returned copy's own words as the notice's", () => {
    const body = [
      'Your message to bob@example.org could not be delivered.',
      'Reason: 452 4.2.2 Mailbox full',
      '',
      '------ Original message follows ------',
      'From: alice@example.com',
      'Subject: nightly sync',
      '',
      'The sync failed; the job will retry at 02:00 and will try again until it succeeds.',
    ].join('\n');
    expect(noticeAction('Mail delivery failed', body)).toBe('failed');
    expect(noticeAction('Mail delivery failed', body, true)).toBe('failed');
  });

  it('reads the lists of a 2 MB paste in bounded time', () => {
    const parts = ['   ----- The following addresses had permanent fatal errors -----'];
    for (let i = 0; i < 2000; i++) parts.push(`<user${i}@example.org>`, 'x'.repeat(1000));
    const body = parts.join('\n');
    const outcome = noticeOutcomes('Returned mail', body);
    const started = performance.now();
    for (let i = 0; i < 2000; i++) outcome(`user${i}@example.org`);
    expect(outcome('user3@example.org')).toBe('failed');
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
