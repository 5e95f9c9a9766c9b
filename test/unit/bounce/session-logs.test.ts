import { describe, expect, it } from 'vitest';
import { diagnoseBounce } from '../../../src/diagnose/diagnose-bounce.js';

/** Mail servers' own session logs: the remote's reply is quoted without the log's prefix, its command found. */
const POSTFIX_VERBOSE = [
  'Dec  5 10:00:01 mail postfix/smtp[1234]: > mx.example.org[203.0.113.25]:25: RCPT TO:<bob@example.org>',
  'Dec  5 10:00:01 mail postfix/smtp[1234]: < mx.example.org[203.0.113.25]:25: 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual mailbox table',
].join('\n');

const POSTFIX_VERBOSE_DATA = [
  'Dec  5 10:00:01 mail postfix/smtp[1234]: > gmail-smtp-in.l.google.com[142.250.27.26]:25: MAIL FROM:<alice@example.com> SIZE=2048',
  'Dec  5 10:00:01 mail postfix/smtp[1234]: > gmail-smtp-in.l.google.com[142.250.27.26]:25: RCPT TO:<bob@gmail.com>',
  'Dec  5 10:00:01 mail postfix/smtp[1234]: > gmail-smtp-in.l.google.com[142.250.27.26]:25: DATA',
  'Dec  5 10:00:02 mail postfix/smtp[1234]: < gmail-smtp-in.l.google.com[142.250.27.26]:25: 250 2.1.0 OK',
  'Dec  5 10:00:02 mail postfix/smtp[1234]: < gmail-smtp-in.l.google.com[142.250.27.26]:25: 250 2.1.5 OK',
  'Dec  5 10:00:02 mail postfix/smtp[1234]: < gmail-smtp-in.l.google.com[142.250.27.26]:25: 354  Go ahead',
  "Dec  5 10:00:03 mail postfix/smtp[1234]: < gmail-smtp-in.l.google.com[142.250.27.26]:25: 550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's",
  'Dec  5 10:00:03 mail postfix/smtp[1234]: < gmail-smtp-in.l.google.com[142.250.27.26]:25: 550-5.7.26 DMARC policy. Please contact the administrator of example.com domain',
  'Dec  5 10:00:03 mail postfix/smtp[1234]: < gmail-smtp-in.l.google.com[142.250.27.26]:25: 550 5.7.26 if this was a legitimate mail. - gsmtp',
].join('\n');

const EXCHANGE_SEND_LOG = [
  '2026-12-05T10:00:01.123Z,Outbound to Internet,08DC1234ABCD,3,192.0.2.5:12345,203.0.113.25:25,<,220 mx.example.org ESMTP Postfix,',
  '2026-12-05T10:00:01.234Z,Outbound to Internet,08DC1234ABCD,4,192.0.2.5:12345,203.0.113.25:25,>,EHLO mail.corp.example.com,',
  '2026-12-05T10:00:01.345Z,Outbound to Internet,08DC1234ABCD,11,192.0.2.5:12345,203.0.113.25:25,>,MAIL FROM:<alice@corp.example.com> SIZE=2048,',
  '2026-12-05T10:00:01.456Z,Outbound to Internet,08DC1234ABCD,12,192.0.2.5:12345,203.0.113.25:25,>,RCPT TO:<bob@example.org>,',
  '2026-12-05T10:00:01.567Z,Outbound to Internet,08DC1234ABCD,13,192.0.2.5:12345,203.0.113.25:25,<,550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual mailbox table,',
].join('\n');

const EXCHANGE_SEND_LOG_GREYLIST = [
  '#Software: Microsoft Exchange Server',
  '#Version: 15.0.0.0',
  '#Log-type: SMTP Send Protocol Log',
  '#Fields: date-time,connector-id,session-id,sequence-number,local-endpoint,remote-endpoint,event,data,context',
  '2026-12-05T09:14:07.245Z,Outbound to Internet,08DD14A2B3C4D5E6,0,,198.51.100.20:25,*,,attempting to connect',
  '2026-12-05T09:14:07.401Z,Outbound to Internet,08DD14A2B3C4D5E6,1,192.0.2.5:52011,198.51.100.20:25,+,,',
  '2026-12-05T09:14:07.560Z,Outbound to Internet,08DD14A2B3C4D5E6,2,192.0.2.5:52011,198.51.100.20:25,<,220 mx.partner.example ESMTP,',
  '2026-12-05T09:14:07.561Z,Outbound to Internet,08DD14A2B3C4D5E6,3,192.0.2.5:52011,198.51.100.20:25,>,EHLO mail.corp.example.com,',
  '2026-12-05T09:14:07.720Z,Outbound to Internet,08DD14A2B3C4D5E6,4,192.0.2.5:52011,198.51.100.20:25,<,250-mx.partner.example Hello,',
  '2026-12-05T09:14:07.890Z,Outbound to Internet,08DD14A2B3C4D5E6,11,192.0.2.5:52011,198.51.100.20:25,>,MAIL FROM:<alice@corp.example.com> SIZE=18233,',
  '2026-12-05T09:14:07.891Z,Outbound to Internet,08DD14A2B3C4D5E6,12,192.0.2.5:52011,198.51.100.20:25,>,RCPT TO:<carol@partner.example>,',
  '2026-12-05T09:14:08.050Z,Outbound to Internet,08DD14A2B3C4D5E6,13,192.0.2.5:52011,198.51.100.20:25,<,250 2.1.0 Ok,',
  '2026-12-05T09:14:08.051Z,Outbound to Internet,08DD14A2B3C4D5E6,14,192.0.2.5:52011,198.51.100.20:25,<,450 4.2.0 <carol@partner.example>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/partner.example.html,',
  '2026-12-05T09:14:08.052Z,Outbound to Internet,08DD14A2B3C4D5E6,15,192.0.2.5:52011,198.51.100.20:25,>,QUIT,',
].join('\n');

const EXCHANGE_RECEIVE_LOG = [
  '2026-01-12T12:20:00.000Z,EX01\\Default Frontend EX01,08DE3A1B2C3D4E60,9,10.0.0.5:25,203.0.113.7:51234,<,MAIL FROM:<spam@example.net>,',
  '2026-01-12T12:20:00.000Z,EX01\\Default Frontend EX01,08DE3A1B2C3D4E60,10,10.0.0.5:25,203.0.113.7:51234,>,250 2.1.0 Sender OK,',
  '2026-01-12T12:20:00.000Z,EX01\\Default Frontend EX01,08DE3A1B2C3D4E60,11,10.0.0.5:25,203.0.113.7:51234,<,RCPT TO:<someone@elsewhere.example>,',
  '2026-01-12T12:20:00.000Z,EX01\\Default Frontend EX01,08DE3A1B2C3D4E60,12,10.0.0.5:25,203.0.113.7:51234,>,550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain,',
].join('\n');

async function first(text: string) {
  const [record] = (await diagnoseBounce(text)).records;
  return record;
}

describe('session logs of a mail server', () => {
  it("Postfix's smtp -v: the reply, its host and the RCPT it answered", async () => {
    expect(await first(POSTFIX_VERBOSE)).toMatchObject({
      cause: 'user-unknown',
      recipient: 'bob@example.org',
      remoteHost: 'mx.example.org',
      remoteIp: '203.0.113.25',
      command: 'RCPT',
      diagnostic:
        '550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual mailbox table',
    });
  });

  it("Postfix's smtp -v: a multi-line reply after DATA, put back together", async () => {
    const record = await first(POSTFIX_VERBOSE_DATA);
    expect(record).toMatchObject({
      cause: 'dmarc-fail',
      command: 'DATA',
      remoteHost: 'gmail-smtp-in.l.google.com',
    });
    expect(record?.diagnostic).toMatch(/^550-5\.7\.26 Unauthenticated email .* DMARC policy\. .* - gsmtp$/);
    expect(record?.diagnostic).not.toMatch(/postfix\/smtp/);
  });

  it("Exchange's SmtpSend protocol log: the reply field alone, the remote endpoint, the command", async () => {
    expect(await first(EXCHANGE_SEND_LOG)).toMatchObject({
      cause: 'user-unknown',
      recipient: 'bob@example.org',
      remoteIp: '203.0.113.25',
      command: 'RCPT',
      diagnostic:
        '550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual mailbox table',
    });
  });

  it("Exchange's protocol log with its header: a greylisting deferral after RCPT", async () => {
    expect(await first(EXCHANGE_SEND_LOG_GREYLIST)).toMatchObject({
      cause: 'greylisted',
      recipient: 'carol@partner.example',
      remoteIp: '198.51.100.20',
      command: 'RCPT',
      permanent: false,
    });
  });

  it('Exchange\'s SmtpReceive log: its own server\'s reply (">"), no remote named (that is the client)', async () => {
    const record = await first(EXCHANGE_RECEIVE_LOG);
    expect(record).toMatchObject({
      cause: 'relay-denied',
      recipient: 'someone@elsewhere.example',
      command: 'RCPT',
      diagnostic: '550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain',
    });
    expect(record?.remoteIp).toBeNull();
  });
});
