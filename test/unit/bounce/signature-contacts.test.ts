import { describe, expect, it } from 'vitest';
import { readBounceRecords } from '../../../src/diagnose/diagnose-bounce.js';

// A bounce pasted with the forwarder's signature under it: the signature's address ("E: maria@…", or the
// address alone under "Regards,") is the forwarder's, never a failed recipient, and the sign-off and name
// are no part of the server's words.
describe("a signature's address is not a failed recipient", () => {
  it.each([
    [
      'labelled address under a sign-off, over a phone line',
      'Hi team, this keeps bouncing:\n\n550 5.1.1 <orders@supplier.example>: Recipient address rejected: User unknown in virtual mailbox table\n\nKind regards,\nMaria Lopez\nOffice Manager\nE: maria.lopez@example.org\nT: 020 7946 0958',
      ['orders@supplier.example'],
    ],
    [
      'labelled address over a mobile number, no sign-off',
      "Delivery has failed to these recipients or groups:\n\njane@example.net\nThe email address you entered couldn't be found.\n\nBob Smith\nEmail: bob.smith@example.com\nMobile: 07700 900123",
      ['jane@example.net'],
    ],
    [
      'bare address under a sign-off and a name',
      "Your message to tom@example.com couldn't be delivered.\ntom wasn't found at example.com.\n\nRegards,\nAnna\nanna@ourco.example",
      ['tom@example.com'],
    ],
    [
      'German sign-off',
      '<kunde@example.de>: host mx.example.de[192.0.2.7] said: 550 5.1.1 User unknown (in reply to RCPT TO command)\n\nMit freundlichen Grüßen\nJens Bauer\nE-Mail: jens.bauer@example.org',
      ['kunde@example.de'],
    ],
  ])('%s', async (_name, text, recipients) => {
    const records = await readBounceRecords(text);
    expect(records.map((r) => r.recipient)).toEqual(recipients);
  });

  it('keeps the sign-off and the name out of the diagnostic', async () => {
    const [record] = await readBounceRecords(
      "Delivery has failed to these recipients or groups:\n\njane@example.net\nThe email address you entered couldn't be found.\n\nThanks\nBob Smith\nEmail: bob.smith@example.com",
    );
    expect(record?.diagnostic).toBe("The email address you entered couldn't be found.");
  });
});

describe('an address labelled "Email:" without a signature stays the recipient', () => {
  it('a sending service event lists the failed recipient as "Email:"', async () => {
    const records = await readBounceRecords(
      'Event: Bounce\nEmail: bob@example.org\nReason: 550 5.1.1 The email account that you tried to reach does not exist.',
    );
    expect(records.map((r) => r.recipient)).toEqual(['bob@example.org']);
  });

  it('a notice lists failed recipients one a line', async () => {
    const records = await readBounceRecords(
      "This is the mail system at host mail.example.org.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<ann@example.net>: host mx.example.net[192.0.2.9] said: 550 5.1.1 No such user (in reply to RCPT TO command)\n<dan@example.net>: host mx.example.net[192.0.2.9] said: 550 5.1.1 No such user (in reply to RCPT TO command)",
    );
    expect(records.map((r) => r.recipient)).toEqual(['ann@example.net', 'dan@example.net']);
  });
});
