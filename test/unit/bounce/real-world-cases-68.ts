import type { RealWorldCase } from './real-world-cases.js';
import { lines, postfixNoticeHead, RESTRICTED, TOO_BIG, textEmail } from './real-world-expectations.js';

/*
 * A sixty-eighth held-out round: refusals by an organisation's own mail policy, in the words of the systems that
 * enforce it. Exchange and Microsoft 365 transport (mail flow) rules (the default "Delivery not authorized,
 * message refused", "5.7.1 TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy",
 * custom texts and custom codes 5.7.900-5.7.999), Purview DLP ("conflicts with a policy in your organization",
 * sensitive information), Google Workspace DLP and content compliance ("the user or domain … has a policy that
 * prohibited the mail", "Message rejected by your administrator", "blocked by a rule that your administrator set
 * up"), attachment filtering (Exchange Edge's "unacceptable attachments", EOP's common attachment filter,
 * Gmail's 552 5.7.0 "potential security issue" and "illegal attachment", encrypted archives, Mimecast, Proofpoint,
 * Barracuda, Sophos, Cisco Secure Email, Exim ACLs, Postfix mime_header_checks), TLS required by policy (Postfix,
 * Exchange Online's 451 5.7.3, 530 5.7.0, Gmail's "TLS required for RCPT domain", 5.7.3 "must be secured", Exim),
 * sending restrictions (RESOLVER.RST.AuthRequired and NotAuthorized, 5.7.124, 5.7.133-5.7.136, internal-only
 * accounts, Google Groups' "permission to post"), size limits by policy (RecipSizeLimit, SendSizeLimit.Sender,
 * ROUTING.SizeLimit, Mimecast), moderation (Exchange, Mailman), a journal report refused by the archive, and
 * more vendors' policy wordings (Sophos, Trend Micro, Mimecast, Proofpoint, an Outlook NDR).
 * Written from knowledge of these texts, none from the development corpus, measured before any rule was
 * changed:
 *   round 68  62 cases, 47 right as written (76 %). Four case errors of ours: Exchange's default "Delivery not
 *             authorized, message refused" read as recipient-restricted is round 11's accepted reading (widened);
 *             a rule's custom text about attachments "larger than 5 MB" read as too large is right (widened);
 *             a bare "Message rejected by content filter" may be a spam verdict (widened); Mailman's "awaits
 *             moderator approval" is a held post, no failure (round 15's reading: case removed). 51 of 61.
 *             The rules' misses:
 *             - "TRANSPORT.RULES.RejectMessage" with a custom text read by its words ("Sending to this domain
 *               is blocked by company policy" as domain reputation, "must be marked Confidential" as a security
 *               error); Proofpoint's "Rejected by the recipient organization policy" as the recipient blocking
 *               the sender;
 *             - Google's "blocked by a data protection rule set by your administrator", "Message rejected by your
 *               administrator", "blocked by a rule that your administrator set up" read as a refused connection;
 *             - EOP's "file type .exe is not allowed by the anti-malware policy" read as a virus;
 *             - "Access denied: this account may only send to local recipients" read as the recipient's
 *               restriction (Postfix's access(5) words);
 *             - Exchange's "Moderator rejected the message" read as a refused connection;
 *             - a Cisco log line with no address nor code ("TLS required by policy … deferred") gave no record.
 *   fixed     as data: reply-phrases.ts, an organisation-policy rule before "rejected by the recipient"
 *             ("transport.rules.rejectmessage", "organization policy", "company policy", "data protection rule",
 *             "dlp policy", "rule that your administrator", "rejected/blocked by your administrator"); "file type
 *             … not allowed" and "unacceptable attachment" with the attachment policy words, before the virus
 *             words; "only send to local/internal" as an internal-only account, before Postfix's access words;
 *             "moderator rejected" with the moderators' refusals. 60 of 61.
 *   then      a second batch of 14 (SECOND_BATCH_68: "delivery to this address is restricted" with AuthRequired,
 *             a custom 5.7.901 rule text, Microsoft Purview's "sensitive data detected", Google's attachment
 *             compliance rule, Barracuda's blocked .iso, Proofpoint's "recipient's security policy" on a macro
 *             document, password-protected archives, RFC 5248's 5.7.10 "Encryption needed", Postfix's TLS policy
 *             deferral, a Microsoft 365 group's "not approved by a moderator", "does not permit sending messages
 *             to external domains", a size limit "set by your administrator", Cisco's encrypted attachment,
 *             Sophos UTM's blocked file extension), written after the fixes and measured before any change: 8 of
 *             14 right as written. Wrong: 5.7.901 with "is not permitted" (no rule, unknown); "rejected by
 *             recipient's security policy" as the recipient blocking the sender; "Password-protected archives are
 *             not accepted" and "file extension .vbs is blocked" as refused connections; "not approved by a
 *             moderator" as a security error; "sending messages to external domains" as a security error.
 *             Fixed: status-codes.ts, 5.7.900-5.7.999 (Exchange's codes reserved for transport rules) are a
 *             policy refusal when the words say no more; reply-phrases.ts, "recipient's security policy" with
 *             the organisation's policy, "file extension", "password-protected/encrypted archive", "encrypted
 *             attachment" with the attachment policy, "not approved by a/the moderator", "sending (messages) to
 *             external" with the internal-only account. 14 of 14; corpus 366/383, reply codes 261/274.
 *   still     knownWrong: the Cisco log line naming neither an address nor a reply code gives no record (a
 *             TLS policy's own words are no failure marker, and the format is the appliance's own).
 */

const FINAL = { permanent: true } as const;
const TEMPORARY = { permanent: false } as const;
const GOOGLE = /google|gmail/i;
const MS = /microsoft|outlook|office|exchange/i;

// Exchange's default transport-rule refusal, "Delivery not authorized, message refused": a rule of the
// receiving organisation, or (round 11's reading) delivery restricted to approved senders.
const NOT_AUTHORIZED = {
  cause: ['content-filtered', 'policy-violation', 'recipient-restricted'],
  reason: ['filtered', 'policyviolation', 'rejected'],
} as const;
// A rule of the receiving organisation (a transport rule, content compliance, a content filter) refused it.
const THEIR_RULE = {
  cause: ['content-filtered', 'policy-violation'],
  reason: ['filtered', 'policyviolation', 'rejected'],
} as const;
// The sender's own organisation stopped it on the way out (a DLP policy, an outbound rule).
const OWN_RULE = {
  cause: ['outbound-filter', 'policy-violation', 'own-policy-violation'],
  reason: ['policyviolation', 'filtered', 'spamdetected', 'rejected'],
  side: 'sender',
} as const;
// An attachment type (executable, script, encrypted archive, macro) refused by policy: not a virus finding.
const ATTACHMENT = {
  cause: ['content-filtered', 'policy-violation', 'security-error'],
  reason: ['filtered', 'policyviolation', 'securityerror', 'contenterror'],
} as const;
// Refused as a security risk (Gmail's "potential security issue", an attachment judged malicious).
const ATTACHMENT_RISK = {
  cause: ['content-filtered', 'policy-violation', 'security-error', 'virus-found'],
  reason: ['filtered', 'policyviolation', 'securityerror', 'virusdetected', 'contenterror'],
} as const;
const TLS = { cause: ['tls-required', 'starttls-not-used'], reason: 'failedstarttls' } as const;
// The account may only send inside its own organisation.
const INTERNAL_ONLY = {
  cause: ['outside-domain-not-allowed', 'outbound-filter', 'policy-violation'],
  reason: ['rejected', 'policyviolation', 'securityerror'],
  side: 'sender',
} as const;
// A group or mailbox that only takes mail from its own organisation or from listed senders.
const GROUP = { ...RESTRICTED } as const;
const MODERATED = {
  cause: ['recipient-restricted', 'content-filtered'],
  reason: ['rejected', 'filtered'],
  side: 'recipient',
} as const;

/** An Exchange Online / Microsoft 365 NDR with its diagnostic part. */
function exoNdr(
  rcpt: string,
  human: string[],
  remote: string,
  server = 'DB9PR02MB7210.eurprd02.prod.outlook.com',
) {
  return lines(
    'From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com>',
    'To: alice@example.com',
    'Subject: Undeliverable: Payroll December',
    'Date: Sat, 5 Dec 2026 08:14:02 +0000',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    ...human,
    '',
    'Diagnostic information for administrators:',
    '',
    `Generating server: ${server}`,
    '',
    rcpt,
    `Remote Server returned '${remote}'`,
    '',
    'Original message headers:',
    '',
    'Received: from DB9PR02MB7210.eurprd02.prod.outlook.com (2603:10a6:10:2b1::12)',
    'Subject: Payroll December',
    '',
  );
}

/** Exchange 2010-2016 on-premises NDR ("Delivery has failed to these recipients or groups"). */
function exchangeNdr(rcpt: string, human: string, remote: string, server = 'EXCH01.corp.example.com') {
  return lines(
    'From: Microsoft Exchange <MicrosoftExchange@example.com>',
    'To: alice@example.com',
    'Subject: Undeliverable: Contract draft',
    '',
    'Delivery has failed to these recipients or groups:',
    '',
    `${rcpt}`,
    human,
    '',
    'Diagnostic information for administrators:',
    '',
    `Generating server: ${server}`,
    '',
    `${rcpt}`,
    `${remote}`,
    '',
  );
}

/** Gmail's "Address not found"/"Message blocked" notice to a Workspace sender. */
function gmailNotice(rcpt: string, heading: string, human: string, response: string[]) {
  return textEmail(
    'Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
    'Delivery Status Notification (Failure)',
    [`** ${heading} **`, '', human, '', 'The response from the remote server was:', ...response],
  ).replace('To: alice@example.com', `To: alice@example.com\nX-Failed-Recipients: ${rcpt}`);
}

function postfixText(host: string, rcpt: string, why: string) {
  return textEmail(`MAILER-DAEMON@${host} (Mail Delivery System)`, 'Undelivered Mail Returned to Sender', [
    ...postfixNoticeHead(host),
    `<${rcpt}>: ${why}`,
  ]);
}

const pf = 'Dec  5 09:02:11 mx1 postfix/smtp[4412]: 3F1A02C0B7:';
const pfLine = (to: string, relay: string, dsn: string, status: string, text: string) =>
  `${pf} to=<${to}>, relay=${relay}, delay=1.2, delays=0.1/0/0.6/0.5, dsn=${dsn}, status=${status} (${text})`;

export const ROUND_68: RealWorldCase[] = [
  // ---- Exchange / Microsoft 365 transport (mail flow) rules ----
  [
    'Exchange Online: transport rule reject, default text (Delivery not authorized, message refused)',
    exoNdr(
      'bob@example.net',
      [
        "Your message to bob@example.net couldn't be delivered.",
        "The recipient's email system rejected your message because of a policy set by its administrator.",
      ],
      '550 5.7.1 Delivery not authorized, message refused',
    ),
    {
      ...NOT_AUTHORIZED,
      recipient: 'bob@example.net',
      replyCode: 550,
      status: '5.7.1',
      ...FINAL,
      confidence: ['low', 'medium'],
    },
  ],
  [
    'Exchange Online: TRANSPORT.RULES.RejectMessage, rejected by organization policy',
    exoNdr(
      'bob@example.net',
      [
        "Your message wasn't delivered because the recipient's email provider rejected it.",
        '',
        'bob@example.net',
        'Remote Server returned: the message was rejected by organization policy',
      ],
      '550 5.7.1 TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy',
    ),
    { ...THEIR_RULE, recipient: 'bob@example.net', replyCode: 550, status: '5.7.1', provider: MS, ...FINAL },
  ],
  [
    'Exchange Online: transport rule with a custom rejection text and code 5.7.900',
    exoNdr(
      'carol@example.org',
      [
        "Your message to carol@example.org couldn't be delivered.",
        'Messages with attachments larger than 5 MB cannot be sent to the finance department.',
      ],
      '550 5.7.900 Messages with attachments larger than 5 MB cannot be sent to the finance department.',
    ),
    {
      cause: [...THEIR_RULE.cause, ...TOO_BIG.cause],
      reason: [...THEIR_RULE.reason, ...TOO_BIG.reason],
      recipient: 'carol@example.org',
      replyCode: 550,
      status: '5.7.900',
      ...FINAL,
    },
  ],
  [
    "Exchange Online: the sender's own rule forbids mail to this external domain (5.7.1 custom text)",
    exoNdr(
      'dave@example.net',
      [
        "Your message to dave@example.net couldn't be delivered.",
        "Your organization's email policy doesn't allow messages to be sent to this recipient.",
      ],
      '550 5.7.1 TRANSPORT.RULES.RejectMessage; Sending to this domain is blocked by company policy',
    ),
    { ...OWN_RULE, recipient: 'dave@example.net', status: '5.7.1', ...FINAL },
  ],
  [
    'Exchange 2016: transport rule rejected, seen in the Outlook NDR',
    exchangeNdr(
      'erin@example.org',
      'Your message was rejected by the recipient organization because of a transport rule.',
      "Remote Server returned '550 5.7.1 TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy'",
    ),
    { ...THEIR_RULE, recipient: 'erin@example.org', replyCode: 550, status: '5.7.1', ...FINAL },
  ],
  [
    'Bare reply: 550 5.7.1 Delivery not authorized, message refused',
    '550 5.7.1 Delivery not authorized, message refused',
    { ...NOT_AUTHORIZED, replyCode: 550, status: '5.7.1', ...FINAL, confidence: ['low', 'medium'] },
  ],
  [
    'Postfix log: the receiving Exchange Online refuses by organization policy',
    pfLine(
      'frank@example.net',
      'example-net.mail.protection.outlook.com[52.101.68.12]:25',
      '5.7.1',
      'bounced',
      'host example-net.mail.protection.outlook.com[52.101.68.12] said: 550 5.7.1 TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy [DB1PEPF00039231.eurprd03.prod.outlook.com 2026-12-05T09:02:11.123Z 08DD12AB34CD56EF] (in reply to end of DATA command)',
    ),
    { ...THEIR_RULE, recipient: 'frank@example.net', replyCode: 550, status: '5.7.1', ...FINAL },
  ],
  [
    'Exchange transport rule: message must carry a classification (custom text, 5.7.1)',
    exchangeNdr(
      'gina@corp.example.com',
      'Your message could not be delivered because it violates our email policy.',
      '#550 5.7.1 TRANSPORT.RULES.RejectMessage; Messages to the Board must be marked Confidential ##',
    ),
    { ...THEIR_RULE, recipient: 'gina@corp.example.com', status: '5.7.1', ...FINAL },
  ],

  // ---- Data Loss Prevention (Purview DLP) ----
  [
    'Purview DLP: blocked, sensitive information (credit card numbers)',
    exoNdr(
      'harry@example.net',
      [
        "Your message to harry@example.net couldn't be delivered.",
        'Your message was blocked because it contains sensitive information (Credit Card Number) that is not allowed to be sent outside your organization.',
      ],
      '550 5.7.1 TRANSPORT.RULES.RejectMessage; Message blocked by DLP policy: Credit Card Number',
    ),
    { ...OWN_RULE, recipient: 'harry@example.net', status: '5.7.1', ...FINAL },
  ],
  [
    'Purview DLP: conflicts with a policy in your organization',
    exoNdr(
      'ivy@example.org',
      [
        'Delivery has failed to these recipients or groups:',
        '',
        'ivy@example.org',
        'Your email message conflicts with a policy in your organization.',
      ],
      '550 5.7.1 Your email message conflicts with a policy in your organization.',
    ),
    { ...OWN_RULE, recipient: 'ivy@example.org', replyCode: 550, status: '5.7.1', ...FINAL },
  ],
  [
    'DLP: a message with a U.S. Social Security Number blocked',
    '550 5.7.1 Message rejected: DLP policy "U.S. PII" detected sensitive content (U.S. Social Security Number)',
    { ...OWN_RULE, replyCode: 550, status: '5.7.1', ...FINAL },
  ],
  [
    'Google Workspace DLP: message blocked by a data protection rule',
    gmailNotice(
      'jack@example.net',
      'Message blocked',
      'Your message to jack@example.net has been blocked. See technical details below for more information.',
      [
        '',
        'This message was blocked by a data protection rule set by your administrator (contains: Passport number).',
      ],
    ),
    { ...OWN_RULE, recipient: 'jack@example.net', provider: GOOGLE, ...FINAL },
  ],
  [
    'Symantec / Broadcom DLP: blocked at the gateway',
    '554 5.7.1 Message blocked by Symantec DLP: policy "Confidential Documents" violated',
    { ...OWN_RULE, replyCode: 554, status: '5.7.1', ...FINAL },
  ],

  // ---- attachment filtering ----
  [
    'Exchange Edge attachment filter: unacceptable attachments',
    '550 5.7.1 Message rejected due to unacceptable attachments',
    { ...ATTACHMENT, replyCode: 550, status: '5.7.1', ...FINAL },
  ],
  [
    'EOP common attachment filter: file type not allowed (Microsoft 365 NDR)',
    exoNdr(
      'kate@example.net',
      [
        "Your message to kate@example.net couldn't be delivered.",
        "The message contained an attachment with a file type that isn't allowed by the recipient's organization (setup.exe).",
      ],
      '550 5.7.1 Attachment blocked: file type .exe is not allowed by the anti-malware policy',
    ),
    { ...ATTACHMENT, recipient: 'kate@example.net', status: '5.7.1', ...FINAL },
  ],
  [
    'Gmail: 552-5.7.0 content presents a potential security issue',
    lines(
      '552-5.7.0 This message was blocked because its content presents a potential',
      '552-5.7.0 security issue. Please visit',
      '552-5.7.0  https://support.google.com/mail/?p=BlockedMessage to review our',
      '552 5.7.0 message content and attachment content guidelines. d9443c01a7336-2a1b3c4d5e6f.12 - gsmtp',
    ),
    { ...ATTACHMENT_RISK, replyCode: 552, status: '5.7.0', provider: GOOGLE, ...FINAL },
  ],
  [
    'Gmail notice: the .exe attachment is blocked (potential security issue)',
    gmailNotice(
      'luke@gmail.com',
      'Message not delivered',
      'Your message to luke@gmail.com has been blocked. See technical details below for more information.',
      [
        '552-5.7.0 This message was blocked because its content presents a potential',
        '552-5.7.0 security issue. Please visit',
        '552-5.7.0  https://support.google.com/mail/?p=BlockedMessage to review our',
        '552 5.7.0 message content and attachment content guidelines. a640c23a62f3a-b7c8d9e0.51 - gsmtp',
      ],
    ),
    { ...ATTACHMENT_RISK, recipient: 'luke@gmail.com', replyCode: 552, provider: GOOGLE, ...FINAL },
  ],
  [
    'Gmail (older): illegal attachment',
    '552-5.7.0 Our system detected an illegal attachment on your message. Please visit 552 5.7.0 http://mail.google.com/support/bin/answer.py?answer=6590 to review our attachment guidelines. n7si1234567wiw.9 - gsmtp',
    { ...ATTACHMENT_RISK, replyCode: 552, status: '5.7.0', provider: GOOGLE, ...FINAL },
  ],
  [
    'Gmail: an encrypted (password-protected) archive is refused',
    lines(
      '552-5.7.0 This message was blocked because its content presents a potential',
      '552-5.7.0 security issue. Encrypted or password-protected archives are not',
      '552 5.7.0 allowed. https://support.google.com/mail/?p=BlockedMessage 6a1803df08f44-88d1e2f3.7 - gsmtp',
    ),
    { ...ATTACHMENT_RISK, replyCode: 552, provider: GOOGLE, ...FINAL },
  ],
  [
    'Mimecast: attachment management policy',
    '554 Message rejected due to attachment policy (Attachment Management: blocked file type .js) - https://community.mimecast.com/docs/DOC-1369#554 [bXp1Z2h0ZXN0aW5n.us231]',
    { ...ATTACHMENT, replyCode: 554, provider: /mimecast/i, ...FINAL },
  ],
  [
    'Mimecast: email rejected due to security policies',
    '554 Email rejected due to security policies - https://community.mimecast.com/docs/DOC-1369#554 [hQ3kP2x9TwCk1vVb8tW2eQ.uk87]',
    { ...ATTACHMENT_RISK, replyCode: 554, provider: /mimecast/i, ...FINAL },
  ],
  [
    'Proofpoint: message contains prohibited attachment',
    postfixText(
      'mail.example.com',
      'mike@example.org',
      'host mx0a-00123456.pphosted.com[148.163.150.30] said: 554 5.7.1 Message contains prohibited attachment (invoice.scr) (in reply to end of DATA command)',
    ),
    { ...ATTACHMENT, recipient: 'mike@example.org', replyCode: 554, status: '5.7.1', ...FINAL },
  ],
  [
    'Barracuda: Attachment Filter block',
    '550 permanent failure for one or more recipients (nina@example.net:blocked by Attachment Filter)',
    { ...ATTACHMENT, replyCode: 550, ...FINAL },
  ],
  [
    'Sophos: macro-enabled Office document blocked',
    '550 5.7.1 Message blocked by Sophos Email: attachment contains macros (report.docm) and is not permitted by policy',
    { ...ATTACHMENT, replyCode: 550, status: '5.7.1', ...FINAL },
  ],
  [
    'Cisco Secure Email (IronPort): rejected by content filter',
    '554 5.7.1 Message rejected by content filter: attachment type not allowed',
    { ...ATTACHMENT, replyCode: 554, status: '5.7.1', ...FINAL },
  ],
  [
    'Cisco IronPort: message refused, content filter (no attachment named)',
    '550 5.7.1 Message rejected by content filter',
    {
      cause: [...THEIR_RULE.cause, 'spam-filtered'],
      reason: [...THEIR_RULE.reason, 'spamdetected'],
      replyCode: 550,
      status: '5.7.1',
      ...FINAL,
    },
  ],
  [
    'Exim ACL: executable attachments not accepted',
    '550 5.7.1 This message contains an attachment of a type which we do not accept (.exe). Please zip it and resend.',
    { ...ATTACHMENT, replyCode: 550, ...FINAL },
  ],
  [
    'Postfix mime_header_checks: attachment name rejected',
    pfLine(
      'olga@example.org',
      'mx.example.org[203.0.113.25]:25',
      '5.7.1',
      'bounced',
      'host mx.example.org[203.0.113.25] said: 550 5.7.1 Attachment type not allowed: "payment.vbs" (in reply to end of DATA command)',
    ),
    { ...ATTACHMENT, recipient: 'olga@example.org', replyCode: 550, status: '5.7.1', ...FINAL },
  ],

  // ---- Google Workspace content compliance and administrator rules ----
  [
    'Gmail: the user or domain has a policy that prohibited the mail',
    lines(
      '550-5.7.1 The user or domain that you are sending to (or from) has a policy that',
      '550-5.7.1 prohibited the mail that you sent. Please contact your domain',
      '550-5.7.1 administrator for further details. For more information, visit',
      '550 5.7.1  https://support.google.com/a/answer/172179 4fb4d7f45d1cf-1a2b3c.9 - gsmtp',
    ),
    { ...THEIR_RULE, replyCode: 550, status: '5.7.1', provider: GOOGLE, ...FINAL },
  ],
  [
    'Google Workspace content compliance: custom rejection text',
    '550 5.7.1 Message rejected by your administrator: messages containing account numbers may not be sent to this domain. - gsmtp',
    { ...THEIR_RULE, replyCode: 550, status: '5.7.1', provider: GOOGLE, ...FINAL },
  ],
  [
    'Gmail notice: blocked by a rule that your administrator set up',
    gmailNotice(
      'pat@example.net',
      'Message blocked',
      'Your message to pat@example.net has been blocked. See technical details below for more information.',
      ['', 'The message was blocked by a rule that your administrator set up.'],
    ),
    { ...OWN_RULE, recipient: 'pat@example.net', provider: GOOGLE, ...FINAL },
  ],
  [
    'Google Workspace: restrict delivery (external recipients not allowed)',
    gmailNotice(
      'quinn@gmail.com',
      'Message blocked',
      'Your message to quinn@gmail.com has been blocked. See technical details below for more information.',
      ['', 'Your organization does not allow sending to external recipients. Contact your administrator.'],
    ),
    { ...INTERNAL_ONLY, recipient: 'quinn@gmail.com', ...FINAL },
  ],

  // ---- TLS required by policy ----
  [
    'Postfix: TLS is required, but was not offered',
    pfLine(
      'rob@example.org',
      'mx.example.org[198.51.100.20]:25',
      '4.7.4',
      'deferred',
      'TLS is required, but was not offered by host mx.example.org[198.51.100.20]',
    ),
    { ...TLS, recipient: 'rob@example.org', ...TEMPORARY },
  ],
  [
    'Exchange Online: 451 5.7.3 STARTTLS is required to send mail',
    exoNdr(
      'sara@example.net',
      [
        "Your message to sara@example.net couldn't be delivered.",
        "The recipient's server requires a secure (TLS) connection.",
      ],
      '451 5.7.3 STARTTLS is required to send mail [AM6PR02MB4421.eurprd02.prod.outlook.com]',
    ),
    { ...TLS, recipient: 'sara@example.net', status: '5.7.3' },
  ],
  [
    'Sendmail/Postfix: 530 5.7.0 Must issue a STARTTLS command first',
    '530 5.7.0 Must issue a STARTTLS command first',
    { ...TLS, side: 'sender', replyCode: 530, status: '5.7.0', ...FINAL },
  ],
  [
    'Cisco Secure Email: TLS required by policy, delivery deferred',
    'Sat Dec  5 09:30:12 2026 Info: Delivery start DCID 44821 MID 991203 to RID [0] Domain example.net: TLS required by policy for example.net but the receiving host did not offer STARTTLS; message deferred',
    {
      ...TLS,
      ...TEMPORARY,
      knownWrong:
        'no record: an appliance log line that names no address and no reply code, only the domain; a TLS policy of its own words ("TLS required by policy") is not read as a failure marker',
    },
  ],
  [
    'Gmail: 421 4.7.0 TLS required for RCPT domain',
    '421-4.7.0 TLS required for RCPT domain, closing connection. For more information, go to 421 4.7.0  https://support.google.com/a/answer/2520500 t12si9988776pgb.44 - gsmtp',
    { ...TLS, replyCode: 421, status: '4.7.0', provider: GOOGLE, ...TEMPORARY },
  ],
  [
    'Exchange: 5.7.3 the message must be secured with TLS',
    '550 5.7.3 Message must be secured: this connector requires TLS and the remote server did not offer it',
    { ...TLS, replyCode: 550, status: '5.7.3', ...FINAL },
  ],
  [
    'Exim: 451 4.7.5 TLS required for this domain',
    '2026-12-05 09:41:10 1sTBb2-0004cd-1R == tom@example.org R=dnslookup T=remote_smtp defer (-37) H=mx.example.org [203.0.113.40]: TLS session required for this domain: 451 4.7.5 TLS required by policy',
    { ...TLS, recipient: 'tom@example.org', ...TEMPORARY },
  ],

  // ---- sending restrictions (internal-only senders, groups that take internal mail only) ----
  [
    'Exchange Online: 5.7.1 RESOLVER.RST.AuthRequired (group accepts internal senders only)',
    exoNdr(
      'allstaff@example.net',
      [
        "Your message to allstaff@example.net couldn't be delivered.",
        "The group allstaff only accepts messages from people in its organization or on its allowed senders list, and your email address isn't on the list.",
      ],
      '550 5.7.1 RESOLVER.RST.AuthRequired; authentication required [Stage: CreateMessage]',
    ),
    { ...GROUP, recipient: 'allstaff@example.net', status: '5.7.1', ...FINAL },
  ],
  [
    'Exchange: #550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized',
    exchangeNdr(
      'board@corp.example.com',
      'You do not have permission to send to this recipient. For assistance, contact your system administrator.',
      "Remote Server returned '#550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized ##'",
    ),
    { ...GROUP, recipient: 'board@corp.example.com', status: '5.7.1', ...FINAL },
  ],
  [
    'Exchange Online: 5.7.133 SenderNotAuthenticatedForGroup',
    '550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Sender was not authenticated by organization [AM7PR02MB1234.eurprd02.prod.outlook.com]',
    { ...GROUP, replyCode: 550, status: '5.7.133', ...FINAL },
  ],
  [
    'Exchange Online: 5.7.134 SenderNotAuthenticatedForMailbox',
    exoNdr(
      'ceo@example.net',
      [
        "Your message to ceo@example.net couldn't be delivered.",
        "The recipient's mailbox is set to accept messages only from senders in its organization.",
      ],
      '550 5.7.134 RESOLVER.RST.SenderNotAuthenticatedForMailbox; authentication required; Sender was not authenticated by organization',
    ),
    { ...GROUP, recipient: 'ceo@example.net', replyCode: 550, status: '5.7.134', ...FINAL },
  ],
  [
    'Exchange Online: 5.7.136 SenderNotAuthenticatedForMailUser',
    '550 5.7.136 RESOLVER.RST.SenderNotAuthenticatedForMailUser; authentication required; Sender was not authenticated by organization',
    { ...GROUP, replyCode: 550, status: '5.7.136', ...FINAL },
  ],
  [
    'Exchange Online: 5.7.124 sender not in the allowed-senders list of the group',
    '550 5.7.124 RESOLVER.RST.DeliveryRestrictedToSenders; Sender is not in the allowed-senders list [Stage: CreateMessage]',
    { ...GROUP, replyCode: 550, status: '5.7.124', ...FINAL },
  ],
  [
    "Exchange Online: sender's own rule blocks external recipients for this user",
    exoNdr(
      'vera@gmail.com',
      [
        "Your message to vera@gmail.com couldn't be delivered.",
        'You are not allowed to send messages to recipients outside your organization.',
      ],
      '550 5.7.1 TRANSPORT.RULES.RejectMessage; Sending to external recipients is not allowed for this account',
    ),
    { ...INTERNAL_ONLY, recipient: 'vera@gmail.com', status: '5.7.1', ...FINAL },
  ],
  [
    'Zimbra/Postfix: sender restricted to local domains',
    '554 5.7.1 <walt@example.net>: Recipient address rejected: Access denied: this account may only send to local recipients',
    { ...INTERNAL_ONLY, recipient: 'walt@example.net', replyCode: 554, status: '5.7.1', ...FINAL },
  ],
  [
    'Google Groups: no permission to post',
    textEmail(
      'Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
      'Delivery Status Notification (Failure)',
      [
        '** Address not found **',
        '',
        "Your message wasn't delivered to sales@example.net because the address couldn't be found, or is unable to receive mail.",
        '',
        'The response was:',
        '',
        "We're writing to let you know that the group you tried to contact (sales) may not exist, or you may not have permission to post messages to the group. A few more details on why you weren't able to post:",
        '',
        ' * You might have spelled or formatted the group name incorrectly.',
        ' * The owner of the group may have removed this group.',
        ' * You may need to join the group before receiving permission to post.',
        ' * This group may not be open to posting.',
      ],
    ),
    {
      cause: ['recipient-restricted', 'user-unknown'],
      reason: ['rejected', 'userunknown'],
      provider: GOOGLE,
      ...FINAL,
    },
  ],

  // ---- size limits set by policy ----
  [
    'Exchange: RESOLVER.RST.RecipSizeLimit (message too large for this recipient)',
    '550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient',
    { ...TOO_BIG, replyCode: 550, status: '5.2.3', ...FINAL },
  ],
  [
    'Exchange: RESOLVER.RST.SendSizeLimit.Sender (the sender may not send this much)',
    exchangeNdr(
      'xena@example.org',
      'Your message is too large to be sent. The maximum size for messages you send is 10 MB.',
      "Remote Server returned '550 5.2.3 RESOLVER.RST.SendSizeLimit.Sender; message too large for this sender'",
    ),
    { ...TOO_BIG, recipient: 'xena@example.org', status: '5.2.3', ...FINAL },
  ],
  [
    'Exchange: ROUTING.SizeLimit for the route',
    '550 5.3.4 ROUTING.SizeLimit; message size exceeds fixed maximum size for route',
    { ...TOO_BIG, replyCode: 550, status: '5.3.4', ...FINAL },
  ],
  [
    'Mimecast: message size exceeds the policy limit',
    '552 Message size exceeds fixed limit (Max size policy 20 MB) - https://community.mimecast.com/docs/DOC-1369#552',
    { ...TOO_BIG, replyCode: 552, ...FINAL },
  ],

  // ---- moderation ----
  [
    'Exchange: the moderator rejected your message',
    exchangeNdr(
      'announce@corp.example.com',
      'Your message wasn\'t delivered because the group\'s moderator rejected it. Reason given: "Please post via the intranet form."',
      "Remote Server returned '550 5.7.1 Moderator rejected the message'",
    ),
    { ...MODERATED, recipient: 'announce@corp.example.com', ...FINAL },
  ],
  [
    'Exchange: moderation request expired (no moderator approved it)',
    exchangeNdr(
      'announce@corp.example.com',
      "Your message wasn't delivered because the moderator didn't approve it in time.",
      "Remote Server returned '550 5.2.12 Moderation request expired, message rejected'",
    ),
    {
      cause: ['recipient-restricted', 'content-filtered', 'delivery-expired'],
      reason: ['rejected', 'filtered', 'expired'],
      recipient: 'announce@corp.example.com',
      ...FINAL,
    },
  ],
  [
    'Mailman: request rejected by the list moderator',
    textEmail('sales-owner@lists.example.org', 'Request to mailing list Sales rejected', [
      'Your request to the Sales mailing list',
      '',
      '    Posting of your message titled "Price list 2027"',
      '',
      'has been rejected by the list moderator.  The moderator gave the',
      'following reason for rejecting your request:',
      '',
      '"Non-members may not post to this list."',
      '',
      'Any questions or comments should be directed to the list administrator',
      'at:',
      '',
      '    sales-owner@lists.example.org',
    ]),
    { ...MODERATED, ...FINAL },
  ],

  // ---- journaling / archiving ----
  [
    'Exchange Online: journal report to the archive could not be delivered (archive refuses)',
    exoNdr(
      'journal@archive.example.net',
      [
        "Your message to journal@archive.example.net couldn't be delivered.",
        "The journal report couldn't be delivered to the journaling mailbox.",
      ],
      '550 5.7.1 Journal reports are not accepted from this tenant: sender not authorized by archiving policy',
    ),
    {
      cause: [
        'recipient-restricted',
        'blocked-by-recipient',
        'content-filtered',
        'policy-violation',
        'sender-rejected',
      ],
      reason: ['rejected', 'filtered', 'policyviolation', 'securityerror'],
      recipient: 'journal@archive.example.net',
      ...FINAL,
    },
  ],

  // ---- more vendor wordings of a policy block ----
  [
    'Sophos Central: blocked by a content control policy',
    '550 5.7.1 Message blocked by content control policy',
    { ...THEIR_RULE, replyCode: 550, status: '5.7.1', ...FINAL },
  ],
  [
    'Trend Micro: message rejected by policy',
    '550 5.7.1 Message rejected by Trend Micro Email Security policy',
    { ...THEIR_RULE, replyCode: 550, status: '5.7.1', ...FINAL },
  ],
  [
    'Mimecast: content policy violation',
    '550 Rejected by content policy - https://community.mimecast.com/docs/DOC-1369#550 [Xy7-aB1cD2eF3gH4iJ5kLm.us129]',
    { ...THEIR_RULE, replyCode: 550, provider: /mimecast/i, ...FINAL },
  ],
  [
    'Proofpoint: message rejected by the organization rules',
    '554 5.7.1 Rejected by the recipient organization policy (rule: block-external-financial)',
    { ...THEIR_RULE, replyCode: 554, status: '5.7.1', ...FINAL },
  ],
  [
    'Outlook NDR: the recipient organization does not accept messages with this content',
    lines(
      'Your message did not reach some or all of the intended recipients.',
      '',
      '      Subject:\tInvoice 4471',
      '      Sent:\t12/5/2026 9:12 AM',
      '',
      'The following recipient(s) cannot be reached:',
      '',
      '      yuri@example.org on 12/5/2026 9:12 AM',
      "            Server error: '550 5.7.1 Message rejected as it violates the recipient organization's email policy'",
    ),
    { ...THEIR_RULE, recipient: 'yuri@example.org', replyCode: 550, status: '5.7.1', ...FINAL },
  ],
];

export const SECOND_BATCH_68: RealWorldCase[] = [
  [
    'Outlook NDR: delivery to this address is restricted (5.7.1 RESOLVER.RST.AuthRequired)',
    exchangeNdr(
      'payroll@corp.example.com',
      "Your message can't be delivered because delivery to this address is restricted.",
      "Remote Server returned '#550 5.7.1 RESOLVER.RST.AuthRequired; authentication required ##'",
    ),
    { ...GROUP, recipient: 'payroll@corp.example.com', status: '5.7.1', ...FINAL },
  ],
  [
    'Exchange Online: transport rule with custom code 5.7.901 (external mail to payroll not permitted)',
    '550 5.7.901 External email to the payroll team is not permitted. Please use the supplier portal.',
    { ...THEIR_RULE, replyCode: 550, status: '5.7.901', ...FINAL },
  ],
  [
    'Microsoft Purview: sensitive data detected, message blocked',
    exoNdr(
      'kim@example.net',
      [
        "Your message to kim@example.net couldn't be delivered.",
        'Microsoft Purview blocked this message because it contains sensitive data (IBAN) and your organization does not allow it to be shared externally.',
      ],
      '550 5.7.1 Sensitive data detected: message blocked by Microsoft Purview policy "Financial data - external"',
    ),
    { ...OWN_RULE, recipient: 'kim@example.net', status: '5.7.1', ...FINAL },
  ],
  [
    'Google Workspace: attachment compliance rule',
    '552 5.7.0 Message blocked by an attachment compliance rule of the recipient domain. - gsmtp',
    { ...ATTACHMENT, replyCode: 552, status: '5.7.0', provider: GOOGLE, ...FINAL },
  ],
  [
    'Barracuda Cloud: blocked attachment type (.iso)',
    postfixText(
      'mail.example.com',
      'lena@example.org',
      'host d123456a.ess.barracudanetworks.com[209.222.82.252] said: 550 5.7.1 Message rejected: attachment type .iso is blocked by policy (in reply to end of DATA command)',
    ),
    { ...ATTACHMENT, recipient: 'lena@example.org', replyCode: 550, status: '5.7.1', ...FINAL },
  ],
  [
    "Proofpoint: recipient's security policy refuses a macro-enabled document",
    "550 5.7.0 Message rejected by recipient's security policy: macro-enabled documents are not accepted",
    { ...ATTACHMENT, replyCode: 550, status: '5.7.0', ...FINAL },
  ],
  [
    'Postfix mime_header_checks: password-protected archives are not accepted',
    "554 5.7.1 Password-protected archives are not accepted here; send the file through the company's file share",
    { ...ATTACHMENT, replyCode: 554, status: '5.7.1', ...FINAL },
  ],
  [
    'RFC 5248 5.7.10 Encryption needed',
    '550 5.7.10 Encryption needed: this domain accepts mail only over TLS',
    { ...TLS, replyCode: 550, status: '5.7.10', ...FINAL },
  ],
  [
    'Postfix: TLS required, the remote TLS handshake refused (smtp_tls_policy_maps encrypt)',
    pfLine(
      'nora@example.net',
      'mx.example.net[198.51.100.33]:25',
      '4.7.5',
      'deferred',
      'Cannot start TLS: handshake failure; TLS is required by policy for example.net',
    ),
    {
      cause: [...TLS.cause, 'tls-failed'],
      reason: ['failedstarttls', 'securityerror'],
      recipient: 'nora@example.net',
      ...TEMPORARY,
    },
  ],
  [
    "Microsoft 365 group: the message wasn't approved by the moderator",
    exoNdr(
      'announce@example.net',
      [
        "Your message to announce@example.net couldn't be delivered.",
        "The group announce is moderated, and your message wasn't approved by the moderator.",
      ],
      '550 5.7.1 Your message was not approved by a moderator of the group',
    ),
    { ...MODERATED, recipient: 'announce@example.net', status: '5.7.1', ...FINAL },
  ],
  [
    'Exchange Online: your organization does not permit sending to external domains',
    '550 5.7.1 Your organization does not permit sending messages to external domains. Contact your administrator.',
    { ...INTERNAL_ONLY, replyCode: 550, status: '5.7.1', ...FINAL },
  ],
  [
    'Google: message size over the limit set by your administrator',
    '552 5.3.4 Message size exceeds the limit set by your administrator (25 MB). - gsmtp',
    { ...TOO_BIG, replyCode: 552, status: '5.3.4', ...FINAL },
  ],
  [
    'Cisco Secure Email: rejected due to policy, encrypted attachment',
    '554 5.7.1 Message rejected due to policy: encrypted attachment could not be scanned',
    { ...ATTACHMENT, replyCode: 554, status: '5.7.1', ...FINAL },
  ],
  [
    'Sophos UTM: file extension blocked',
    '550 5.7.1 Message rejected: file extension .vbs is blocked on this system',
    { ...ATTACHMENT, replyCode: 550, status: '5.7.1', ...FINAL },
  ],
];
