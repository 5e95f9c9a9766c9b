import { describe, expect, it } from 'vitest';
import { diagnosticFor, isSeparatorRow, pickDiagnostic } from '../../../../src/bounce/extract/diagnostic.js';
import { parseReply } from '../../../../src/bounce/extract/smtp-reply.js';

const lines = (...l: string[]) => l.join('\n');

describe('pickDiagnostic through transcript markers', () => {
  it("keeps the code of a swaks error reply inside TLS ('<~* '), whose words hold 'Error:'", () => {
    const text = lines(
      ' ~> c2VjcmV0',
      '<~* 535 5.7.8 Error: authentication failed: authentication failure',
      '*** No authentication type succeeded',
      ' ~> QUIT',
      '<~  221 2.0.0 Bye',
    );
    const picked = pickDiagnostic(text);
    expect(picked).toBe('535 5.7.8 Error: authentication failed: authentication failure');
    expect(parseReply(picked ?? '')).toMatchObject({ code: 535, status: '5.7.8' });
  });

  it("reads a client library's debug log without its prefix (Nodemailer's '] S: ', PHPMailer's SERVER -> CLIENT)", () => {
    const nodemailer = lines(
      '[2026-12-04 10:15:02] DEBUG [smtp/a1b2] C: RCPT TO:<bob@example.org>',
      '[2026-12-04 10:15:03] DEBUG [smtp/a1b2] S: 550-5.7.1 <bob@example.org>: Recipient address rejected:',
      '[2026-12-04 10:15:03] DEBUG [smtp/a1b2] S: 550 5.7.1 Access denied',
    );
    expect(pickDiagnostic(nodemailer)).toBe(
      '550-5.7.1 <bob@example.org>: Recipient address rejected: Access denied',
    );
    const phpmailer = lines(
      '2026-12-04 10:15:02 CLIENT -> SERVER: RCPT TO:<bob@example.org>',
      '2026-12-04 10:15:03 SERVER -> CLIENT: 550 5.1.1 <bob@example.org>: User unknown',
    );
    expect(pickDiagnostic(phpmailer)).toBe('550 5.1.1 <bob@example.org>: User unknown');
  });

  it("joins a multi-line '<** 550-' reply, each line behind its marker, and stops at its last line", () => {
    const text = lines(
      ' -> RCPT TO:<bob@example.org>',
      '<** 550-5.7.1 Service unavailable; client host [192.0.2.1] blocked',
      '<** 550-5.7.1 using zen.spamhaus.org; see',
      '<** 550 5.7.1 https://www.spamhaus.org/query/ip/192.0.2.1',
      '<-  250 2.1.0 Ok',
    );
    expect(pickDiagnostic(text)).toBe(
      '550-5.7.1 Service unavailable; client host [192.0.2.1] blocked using zen.spamhaus.org; see https://www.spamhaus.org/query/ip/192.0.2.1',
    );
  });

  it('does not join the next marked reply to a complete one', () => {
    const text = lines('<** 550 5.1.1 <bob@example.org>: User unknown', '<-  221 2.0.0 Bye');
    expect(pickDiagnostic(text)).toBe('550 5.1.1 <bob@example.org>: User unknown');
  });

  it("reads sendmail's '<<< ' replies without the marker, and the code after 'said:' as before", () => {
    expect(diagnosticFor(['<<< 550 5.1.1 <bob@example.org>... User unknown'], '')).toBe(
      '550 5.1.1 <bob@example.org>... User unknown',
    );
    expect(
      pickDiagnostic('host mx.example.org said: 550 5.1.1 No such user (in reply to RCPT TO command)'),
    ).toBe('550 5.1.1 No such user (in reply to RCPT TO command)');
  });
});

describe('separator rows are never the diagnostic', () => {
  it("reads Seznam's reason under its heading, a row of dashes and a blank line", () => {
    const text = lines(
      'Your message for <bob@seznam.cz> from 2026/01/12 could not be delivered.',
      '',
      'Důvod / Reason:',
      '---------------',
      '',
      "5.1.1 szn; User hasn't got the service mapped",
      '',
      'Permanent Failure - Bad destination mailbox address',
    );
    const picked = pickDiagnostic(text, 'bob@seznam.cz');
    expect(picked).toBe("5.1.1 szn; User hasn't got the service mapped");
    expect(parseReply(picked ?? '')).toMatchObject({ status: '5.1.1' });
  });

  it('skips rows of =, _ and * after a marker that ends its line', () => {
    for (const row of ['=====', '________', '* * * *', '~~~~']) {
      expect(pickDiagnostic(lines('Reason:', row, '550 5.1.1 User unknown'))).toBe('550 5.1.1 User unknown');
    }
    expect(pickDiagnostic(lines('Reason: -----', '550 5.1.1 User unknown'))).toBe('550 5.1.1 User unknown');
  });

  it('tells a separator row from words and codes', () => {
    expect(isSeparatorRow('---------------')).toBe(true);
    expect(isSeparatorRow('  = = =  ')).toBe(true);
    expect(isSeparatorRow('--')).toBe(false);
    expect(isSeparatorRow('----- Transcript of session follows -----')).toBe(false);
    expect(isSeparatorRow('550-5.1.1')).toBe(false);
    expect(isSeparatorRow('')).toBe(false);
  });
});
