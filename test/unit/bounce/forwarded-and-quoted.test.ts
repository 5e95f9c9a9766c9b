import { describe, expect, it } from 'vitest';
import { forwardedBounce } from '../../../src/bounce/email/forwarded-bounce.js';
import { withoutCodeFences } from '../../../src/bounce/extract/code-fences.js';
import { withoutQuoteMarks } from '../../../src/bounce/extract/quote-marks.js';
import { lines } from './real-world-expectations.js';

const ROBOT_NOTICE = lines(
  'This is the mail system at host mail.example.com.',
  '',
  '<bob@example.org>: host mx.example.org[192.0.2.25] said: 550 5.1.1 User unknown',
);

const attaching = (from: string, innerFrom: string, innerSubject = 'Undelivered Mail Returned to Sender') =>
  lines(
    `From: ${from}`,
    'To: it@example.com',
    'Subject: FW: see this',
    'Content-Type: multipart/mixed; boundary="OUT"',
    '',
    '--OUT',
    'Content-Type: text/plain',
    '',
    'see attached',
    '--OUT',
    'Content-Type: message/rfc822',
    '',
    `From: ${innerFrom}`,
    `Subject: ${innerSubject}`,
    '',
    ROBOT_NOTICE,
    '--OUT--',
  );

describe('forwardedBounce: the bounce inside a forward, and only a bounce', () => {
  it('takes a robot notice attached as message/rfc822 to a person’s email, up to the outer boundary', () => {
    const inner = forwardedBounce(attaching('Alice <alice@example.com>', 'MAILER-DAEMON@mail.example.com'));
    expect(inner?.startsWith('From: MAILER-DAEMON@mail.example.com\n')).toBe(true);
    expect(inner).not.toContain('--OUT');
  });

  it('leaves a bounce (from a robot) whose attachment is the returned message', () => {
    expect(forwardedBounce(attaching('MAILER-DAEMON@mail.example.com', 'Alice <alice@example.com>'))).toBe(
      undefined,
    );
  });

  it('leaves a bounce whose robot name is an encoded word, even when its returned message is a robot’s', () => {
    const outer = '=?utf-8?Q?Mail_Delivery_System?= <bounces@mail.example.com>';
    expect(forwardedBounce(attaching(outer, 'postmaster@example.com'))).toBe(undefined);
  });

  it('leaves an attached ordinary mail, and a delivery report before the attachment', () => {
    expect(forwardedBounce(attaching('Alice <alice@example.com>', 'Bob <bob@example.org>', 'lunch'))).toBe(
      undefined,
    );
    const withReport = attaching('Alice <alice@example.com>', 'MAILER-DAEMON@mail.example.com').replace(
      'Content-Type: text/plain',
      'Content-Type: message/delivery-status',
    );
    expect(forwardedBounce(withReport)).toBe(undefined);
  });

  it('rebuilds an inline forward of a robot notice as an email, the forwarder’s words left out', () => {
    const text = lines(
      'why??',
      '',
      '---------- Forwarded message ---------',
      'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
      'Date: Sat, Jan 10, 2026 at 10:00 AM',
      'Subject: Delivery Status Notification (Failure)',
      'To: <alice@gmail.com>',
      '',
      ROBOT_NOTICE,
    );
    expect(forwardedBounce(text)).toBe(
      lines(
        'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
        'Subject: Delivery Status Notification (Failure)',
        'To: <alice@gmail.com>',
        '',
        ROBOT_NOTICE,
      ),
    );
  });

  it('leaves an inline forward of a person’s mail, and a separator inside a line', () => {
    const person = lines(
      '-------- Forwarded Message --------',
      'Subject: \tlunch',
      'From: \tBob <bob@example.org>',
      '',
      'see you at noon',
    );
    expect(forwardedBounce(person)).toBe(undefined);
    expect(
      forwardedBounce(
        `I wrote "Begin forwarded message:" here\nFrom: MAILER-DAEMON@x.example\nSubject: x\n\nhi`,
      ),
    ).toBe(undefined);
  });
});

describe('withoutQuoteMarks: a quoted bounce loses its "> " marks, a transcript keeps its ">>>"', () => {
  it('takes off one or two levels of marks from a quoted block', () => {
    expect(withoutQuoteMarks('> a\n>\n> >     b\nc')).toBe('a\n\n    b\nc');
  });
  it('leaves sendmail transcript lines and a single quoted line', () => {
    const transcript = '>>> RCPT To:<bob@example.org>\n<<< 550 5.1.1 User unknown\n>>> QUIT';
    expect(withoutQuoteMarks(transcript)).toBe(transcript);
    expect(withoutQuoteMarks('> 550 5.1.1 user unknown\nwhat is this?')).toBe(
      '> 550 5.1.1 user unknown\nwhat is this?',
    );
  });
});

describe('withoutCodeFences: chat code fences come off, the pasted text stays', () => {
  it('drops fence lines (with a language) and fences glued to the first and last lines', () => {
    expect(withoutCodeFences('look:\n```text\n550 a\n```\nany idea?')).toBe('look:\n\n550 a\n\nany idea?');
    expect(withoutCodeFences('```<bob@example.org>: host x\n  said 550```')).toBe(
      '<bob@example.org>: host x\n  said 550',
    );
  });
  it('leaves text without fences as it is', () => {
    expect(withoutCodeFences('550 5.1.1 `inline` code')).toBe('550 5.1.1 `inline` code');
  });
});

describe('forwardedBounce leaves reports whose returned message a robot sent', () => {
  it('an ARF report (multipart/report) returning a message from abuse@', () => {
    const arf = lines(
      'From: fbl@example.net',
      'Subject: Email Feedback Report',
      'Content-Type: multipart/report; report-type=feedback-report; boundary="B"',
      '',
      '--B',
      'Content-Type: message/feedback-report',
      '',
      'Feedback-Type: abuse',
      '',
      '--B',
      'Content-Type: message/rfc822',
      '',
      'From: "Email Abuse" <abuse@example.org>',
      'Subject: hello',
      '',
      'hi',
      '--B--',
    );
    expect(forwardedBounce(arf)).toBe(undefined);
  });
});
