/** A Postfix notice as pasted in the held-out payload tests, and how Slack's `text` encodes it. */
export const PLAIN = `This is the mail system at host mail.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<mia@example.net>: host mx.example.net[192.0.2.25] said: 550 5.1.1
    <mia@example.net>: Recipient address rejected: User unknown in virtual
    mailbox table (in reply to RCPT TO command)`;

/** Slack's encoding of message text: &<> escaped, addresses as mailto links, hosts as links. */
export const escaped = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const linkified = (t: string) =>
  escaped(t)
    .replace(/mia@example\.net/g, '<mailto:mia@example.net|mia@example.net>')
    .replace(/mail\.example\.org/g, '<http://mail.example.org|mail.example.org>');
