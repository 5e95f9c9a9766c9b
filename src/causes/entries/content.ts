import type { Cause } from '../types.js';

/** The message itself: spam score, filters, malware, size, policy, format. */
export const CONTENT_CAUSES: readonly Cause[] = [
  {
    id: 'spam-filtered',
    title: "Rejected: the receiver's spam filter judged this message as spam",
    reason: 'spamdetected',
    side: 'sender',
    permanent: true,
    explanation:
      "The receiving server's spam filter scored this message as spam, from its content, its links, your " +
      'sending reputation or failed authentication, and refused it. The sender has to make the mail look and ' +
      "behave like legitimate mail; the recipient's admin can also allow-list you.",
    steps: [
      'Check the technical basics: `/auth {senderDomain}` (SPF, DKIM, DMARC), `/blacklist {ip}` and ' +
        '`/blacklist {senderDomain}`.',
      'Review the content: remove link shorteners, links to listed domains, image-only bodies and pushy ' +
        'wording; a plain-text test message shows whether the content is the trigger.',
      'For bulk mail, send only to people who asked for it and include a working unsubscribe link.',
      'Ask the recipient to allow-list your address or domain, or their admin to release the message.',
      "Read {provider}'s sender guidance: {postmaster}",
    ],
    checks: ['auth', 'blacklist'],
  },
  {
    id: 'content-filtered',
    title: "Rejected by a filter or rule on the recipient's side",
    reason: 'filtered',
    side: 'recipient',
    permanent: true,
    explanation:
      "After receiving the message, the recipient's system refused it because of a filter or setting of the " +
      "recipient or their organisation: a content rule, a blocked-senders setting, or a mobile carrier's " +
      'reception filter. It is their configuration, so they have to change it.',
    steps: [
      'Tell the recipient (by phone or another channel) that their filter refused your message, and send ' +
        'them the bounce text.',
      'Ask them to allow your address or domain in their filter settings, or their admin to adjust the rule.',
      'For mobile-carrier addresses (docomo, au, SoftBank in Japan), the recipient must allow your domain in ' +
        "the phone's mail reception settings.",
      'Resend once they confirm.',
    ],
    checks: [],
  },
  {
    id: 'virus-found',
    title: 'Rejected: a virus or malware was found in the message',
    reason: 'virusdetected',
    side: 'sender',
    permanent: true,
    explanation:
      "The receiver's scanner found (or believes it found) malware in the message, usually in an attachment, " +
      'and refused it. It is either a real infection on the sending side or a false alarm on a macro ' +
      'document or archive.',
    steps: [
      'Scan the attachment and the computer that sent it with up-to-date antivirus (on a Linux server: ' +
        '`clamscan -r <path>`).',
      'If the computer or account is infected, clean it and change the password before sending anything else.',
      'If the file is clean, share it another way (a link from a trusted storage service), or without macros ' +
        'or archives, and tell the recipient about the false alarm.',
      'Resend only once the file and the computer are clean.',
    ],
    checks: [],
  },
  {
    id: 'message-too-large',
    title: 'Rejected: the message is larger than the receiving server accepts',
    reason: 'mesgtoobig',
    side: 'sender',
    permanent: true,
    explanation:
      "The message with its attachments is bigger than the receiver's maximum size (5.3.4). Attachments grow " +
      'by about a third when encoded for mail, so a 20 MB file travels as roughly 27 MB.',
    steps: [
      "Read the receiver's limit: `swaks --to {recipient} --server {remoteHost} --quit-after EHLO` and look " +
        'for `SIZE` in its EHLO answer.',
      'Send large files as a link from a file-sharing service instead of attachments, or compress or split them.',
      'If your own server refused it, check your limit: `postconf message_size_limit`.',
      'Resend the smaller message.',
    ],
    checks: ['probe'],
  },
  {
    id: 'headers-too-large',
    title: "Rejected: the message's headers are larger than the receiver accepts",
    // Sisimai counts a header-size refusal as a message too big.
    reason: 'mesgtoobig',
    side: 'sender',
    permanent: true,
    explanation:
      'Not the attachments: the header section (To, Cc, Received, DKIM-Signature and the rest) is over the ' +
      "receiver's limit, in size or in number of lines. The usual causes are a very long To or Cc list, a " +
      'long chain of Received headers from a forwarding loop or many relays, or headers a script, list or ' +
      'signing step adds again and again.',
    steps: [
      "Look at the returned copy's headers: count the Received, DKIM-Signature and ARC lines and the addresses " +
        'in To and Cc.',
      'Many recipients: send through a mailing list, or in batches with Bcc, instead of one huge To or Cc.',
      'Many Received or signature headers: find the loop or the relay that adds them again (`grep -c ' +
        "'^Received:'` on the saved message) and stop it; if your own server refused it, check " +
        '`postconf header_size_limit`.',
      'Resend with the smaller header.',
    ],
    checks: [],
  },
  {
    id: 'size-limit-exceeded',
    title: 'Rejected: the message exceeds an administrative size limit for this recipient',
    reason: 'exceedlimit',
    side: 'sender',
    permanent: true,
    explanation:
      "The recipient's system has an administrative limit (5.2.3), such as a per-mailbox or per-organisation " +
      "maximum message size, often lower than the server's own maximum. A smaller message, or the " +
      "recipient's admin raising the limit, gets it through.",
    steps: [
      'Send the attachments as a download link, or split them over several messages.',
      "If the recipient needs large attachments, ask their admin to raise the limit (Exchange: the mailbox's " +
        'MaxReceiveSize).',
      'Resend the smaller message.',
    ],
    checks: [],
  },
  {
    id: 'policy-violation',
    title: "Rejected by the receiver's mail policy",
    reason: 'policyviolation',
    side: 'sender',
    permanent: true,
    explanation:
      'The receiver has a local policy this message broke, such as blocked attachment types, a content rule, ' +
      'an anti-spoofing rule or a limit on who may write to this recipient. The bounce text or reference ' +
      'code usually names the policy.',
    steps: [
      'Read the bounce text for the rule or reference code.',
      'Look that reference up on the provider page: {postmaster}',
      'Remove what commonly breaks policies: executable or macro attachments, password-protected archives, ' +
        "link shorteners, a From address using the recipient's own domain.",
      "If the mail is legitimate, send the full bounce to the recipient's admin and ask them to allow it.",
      'Resend after the change.',
    ],
    checks: [],
  },
  {
    id: 'own-policy-violation',
    title: "Stopped by your own organisation's mail policy",
    reason: 'policyviolation',
    side: 'sender',
    permanent: true,
    explanation:
      'A rule your own organisation set refused this message on its way out: a Microsoft 365 or Exchange mail ' +
      'flow rule, a data loss prevention (DLP) policy or a Google Workspace compliance rule. The ' +
      "recipient's server never saw it; only your mail admin can change the rule or make an exception.",
    steps: [
      "Read the bounce for the rule's name or its custom text: your admin wrote both.",
      'Ask your mail admin which rule matched: Microsoft 365 shows it in the message trace for {recipient} ' +
        '(Exchange admin center > Mail flow > Message trace), Google Workspace in Email Log Search (Admin ' +
        'console > Reporting).',
      'If the rule is right (confidential data, a recipient outside the organisation), send the content the ' +
        'way your organisation approves, or without what the rule flags.',
      'If the rule should not apply to this message, ask the admin for an exception, then resend.',
    ],
    checks: [],
  },
  {
    id: 'content-error',
    title: 'Rejected: the message is malformed (headers, encoding or MIME structure)',
    reason: 'contenterror',
    side: 'sender',
    permanent: true,
    explanation:
      'The receiver could not accept the message because its structure is broken: invalid MIME parts or ' +
      'encodings, bare line feeds, 8-bit data where 7-bit is required, or overlong lines. This almost always ' +
      'comes from the program that generated the message.',
    steps: [
      'Save the message as sent (.eml) and look for broken MIME boundaries, missing Content-Type or ' +
        'Content-Transfer-Encoding headers, and bare LF line endings.',
      'If an application or script builds the message, use a maintained mail library instead of hand-made ' +
        'MIME: CRLF line endings, lines under 998 characters.',
      'Test the corrected message through your server: `swaks --to {recipient} --server <your-mta> --data <message.eml>`.',
      'Resend after fixing the generator.',
    ],
    checks: [],
  },
  {
    id: 'utf8-not-supported',
    title: 'Rejected: the message needs UTF-8 mail (SMTPUTF8), which the next server does not support',
    reason: 'contenterror',
    side: 'either',
    permanent: true,
    explanation:
      'An address in the envelope (sender or recipient) or a header contains non-ASCII characters, such as ' +
      'jörg@… or a Unicode domain, and the server that had to take the message does not offer SMTPUTF8 ' +
      '(RFC 6531). Either the text is made plain ASCII on the sending side, or that server learns SMTPUTF8.',
    steps: [
      'Ask the recipient for an ASCII alias of {recipient}: most providers that give out internationalised ' +
        'addresses also give one in plain ASCII.',
      'If only the domain is non-ASCII, write it in its ASCII (punycode, xn--…) form; if your own sender ' +
        'address is non-ASCII, send from an ASCII address.',
      'If the reply names the headers (8-bit data in a header, x.6.9), the program that wrote the message ' +
        'must encode non-ASCII header text (RFC 2047, as every mail library does) instead of sending it raw.',
      'See whether the receiving server offers SMTPUTF8: `/probe {domain}` here, or ' +
        '`swaks --server {remoteHost} --quit-after EHLO` and look for SMTPUTF8 in the EHLO answer.',
      "If that server is yours: enable SMTPUTF8 (Postfix `smtputf8_enable = yes`; Exim's " +
        '`smtputf8_advertise_hosts`), for every hop the mail passes.',
    ],
    checks: [],
  },
  {
    id: 'not-rfc-compliant',
    title: 'Rejected: the message headers break the email standard (RFC 5322)',
    reason: 'notcompliantrfc',
    side: 'sender',
    permanent: true,
    explanation:
      'The receiver refused the message because its headers are not valid under RFC 5322: a missing or ' +
      'repeated From, Date or Subject, several addresses in From, a missing or malformed Message-ID, or ' +
      'unencoded non-ASCII text in headers. Gmail and others enforce this strictly.',
    steps: [
      'Look at the headers of the sent message: exactly one From (with one address), one Date, one Subject ' +
        'and a Message-ID such as <unique-id@{senderDomain}>.',
      'Fix the application or script that builds the message; do not add a second Subject or From on top of ' +
        "the mail library's own.",
      'Encode non-ASCII header text (RFC 2047); mail libraries do this for you.',
      'Send a test to a mailbox you control, check its headers, then resend.',
    ],
    checks: [],
  },
];
