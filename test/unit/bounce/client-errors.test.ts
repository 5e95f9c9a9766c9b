import { describe, expect, it } from 'vitest';
import { readBounceRecords } from '../../../src/diagnose/diagnose-bounce.js';

// Round 19: a mail client's own error is read, but chat about sending problems is not a client's error.
describe("chat about a mail client's trouble is not a client's error", () => {
  it.each([
    'I cannot send mail to my clients since yesterday, can you look at it?',
    'Outlook is unable to send messages again, the outbox is full of stuff',
    "We couldn't send your message yesterday, sorry, the form was broken.",
  ])('%s', async (text) => {
    expect(await readBounceRecords(text)).toEqual([]);
  });
});

// A sending API's own error sentence names the service that refused (providers/filters.ts); one that several
// services share names none.
describe('a sending API error names its service', () => {
  it.each([
    [
      'An error occurred (MessageRejected) when calling the SendEmail operation: Email address is not verified. The following identities failed the check in region EU-WEST-1: alice@example.com',
      'Amazon SES',
    ],
    [
      "Postmark API error 400: The 'From' address you supplied (alice@example.com) is not a Sender Signature on your account.",
      'Postmark',
    ],
    [
      'HTTP Error 403: The from address does not match a verified Sender Identity. Mail cannot be sent until this error is resolved.',
      'SendGrid',
    ],
    [
      '{"code":"unauthorized","message":"Key not found"} while sending; Brevo says: We have detected you are using an unrecognised IP address 198.51.100.7',
      'Brevo (Sendinblue)',
    ],
    [
      'SparkPost API 422: {"errors":[{"message":"Unconfigured Sending Domain <example.com>","code":"7001"}]}',
      'SparkPost',
    ],
  ])('%s', async (text, provider) => {
    const [record] = await readBounceRecords(text);
    expect(record?.provider).toBe(provider);
  });

  it('an error several services share names none', async () => {
    const [record] = await readBounceRecords("API error 422: Invalid 'To' address: bob@@example.org");
    expect(record?.cause).toBe('syntax-error');
    expect(record?.provider).toBeNull();
  });
});

// A client's or device's "sending failed" that quotes no server points at its own sending setup, not at the
// recipient; "e-mail" and "email" are one word to the markers.
describe('a client failure with no reason quoted', () => {
  it.each([
    'Test e-mail failed',
    'Test email failed',
    'Failed to send test e-mail.',
    'E-Mail notification failed',
  ])('%s', async (text) => {
    const [record] = await readBounceRecords(text);
    expect(record?.cause).toBe('client-send-failed');
    expect(record?.side).toBe('sender');
    expect(record?.confidence).toBe('low');
  });

  it('reads iOS Mail\'s "rejected by the server" without a reason as the device\'s failure, not a delay', async () => {
    const [record] = await readBounceRecords('Cannot Send Mail\nThe message was rejected by the server.');
    expect(record?.cause).toBe('client-send-failed');
    expect(record?.side).toBe('sender');
    expect(record?.permanent).toBe(true);
  });

  it("keeps the server's reply when the client quotes one", async () => {
    const [record] = await readBounceRecords(
      'Test e-mail failed: 535 5.7.8 Authentication credentials invalid',
    );
    expect(record?.cause).toBe('auth-required'); // the login refused, not SPF/DKIM
    expect(record?.replyCode).toBe(535);
  });
});
