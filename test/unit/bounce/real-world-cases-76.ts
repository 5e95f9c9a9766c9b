import type { RealWorldCase } from './real-world-cases.js';
import {
  DISABLED,
  IP_BLOCK,
  IP_REPUTATION,
  lines,
  MAILBOX_FULL,
  POLICY,
  postfixNoticeHead,
  RATE,
  TOO_BIG,
  textEmail,
  USER_UNKNOWN,
} from './real-world-expectations.js';

/*
 * A seventy-sixth held-out round: vague, terse and generic refusals, and whether the answer is honest about how
 * sure it is. Bare replies ("550 Rejected", "554 Transaction failed", Exim's "550 Administrative prohibition"
 * and "451 Temporary local problem", "554 5.7.1 Access denied", "421 Try again later", "500 Unknown error",
 * "550 5.0.0 ", "554 Denied [CS01]", "5.7.1 Message refused", RFC 5321's and RFC 3463's standard texts alone);
 * generic words beside a specific status ("550 5.1.1 Rejected", "552 5.2.2 Rejected", "550 5.7.26 Rejected")
 * and specific words beside a generic one ("550 5.0.0 … User unknown"); Exchange and Microsoft 365 NDRs that
 * carry only a code; Gmail, Yahoo, AOL and Outlook.com replies cut short; Mimecast's, Barracuda's and GMX's
 * generic refusals; Postfix, Exim and Sendmail log lines with almost nothing after "said:"; DSNs whose
 * diagnostic is empty or only "Unknown reason" / "Delivery failed"; and refusals that look specific but are
 * not ("550 Sorry, no", "550 Go away", "550 You are not welcome here"). Each case also sets the confidence a
 * careful admin would call honest (`confidence`, checked by the runner from this round on): low for words that
 * say nothing, medium where one specific signal stands beside generic words (a status, a provider's generic
 * code), high where the words name the cause. Written from knowledge of these texts, none from the development
 * corpus, measured before any rule was changed:
 *   round 76  70 cases, 43 right as written (61 %). Case errors of ours: six expectations too strict and
 *             widened: "5.7.1 Message refused" read as the receiver's filter at low confidence (the rules'
 *             deliberate reading of a refusal that names the message, round 72); a 554 "Service unavailable"
 *             read as the receiver's own failure (system-error, twice); Gmail's cut "unusual rate of" and its
 *             "Try again later, closing connection" (which Google documents as its rate protection) at high;
 *             a DSN with "Action: delayed" and "451 Unknown reason" as delivery-delayed at medium (the delay
 *             itself is certain). And the Microsoft 365 NDR pasted as text was written without its "Original
 *             Message Details" block; with it (as Microsoft prints it), it was read as an admin console's detail
 *             pane and its "Reported error:" lost (below). 47 right with the cases corrected. The rules' misses,
 *             all but one over-claims:
 *             - high confidence on words that say only that the server refused or failed (seven cases): "Administrative
 *               prohibition" (as a refused sender), "Temporary local problem", "Delivery not authorized, message
 *               refused", "Requested action not taken: mailbox unavailable" (as an unknown user), Outlook.com's
 *               cut "messages from [ip] weren't sent";
 *             - high on a provider's own generic words or codes (six): Yahoo's "not accepted for policy reasons", AOL's
 *               "will not accept delivery of this message", Mimecast's "rejected due to security policies",
 *               Barracuda's "(r:blocked)", GMX's "Reject due to policy restrictions", Apple's CS01;
 *             - medium on "Transaction failed", "Try again later", "Not allowed", "Service unavailable" (seven
 *               cases with the log lines);
 *             - a bare 5xx to RCPT TO ("550 Sorry, no", "550 5.0.0" in a Postfix log) read as an unknown user;
 *             - the Microsoft 365 NDR above read as a console pane: the "Status code: 550 5.7.1" line taken for the
 *               reply, its words lost (a Spamhaus listing under "Reported error:" read as a security refusal).
 *   fixed     as data: VAGUE_WORDING (reply-phrases.ts), the words that say only that a server refused or
 *             failed, and `vague` on provider phrases and codes (Yahoo/AOL, Mimecast, Barracuda, GMX, Apple
 *             CS01): a verdict resting on them is one step less sure (classify.ts byWording: high → medium,
 *             medium → low). In code: a refusal of RCPT TO without words is no longer an unknown user
 *             (causeFromCommand; the notice's own words, else unknown); a pasted text with Microsoft 365's
 *             "Reported error:" (or a localized one) is a notice, never a console pane (console-trace.ts).
 *             Gmail's cut 5.7.26 "This mail is unauthenticated" was medium from its status alone: 'mail is
 *             unauthenticated' added (auth-failed), high. 70 of 70.
 *   then      a second batch of 14 (SECOND_BATCH_76: a Microsoft 365 NDR pasted whole with a specific Reported
 *             error, "550 Not acceptable", "550 No", "554 5.7.0 Reject", RFC 5321's 450 and 421 texts, Exim's
 *             "550 Recipient rejected", a Sendmail transcript's "554 5.0.0 Message refused" after DATA, a DSN
 *             whose Diagnostic-Code is "smtp; 550", a Gmail notice quoting "550 Rejected", Exchange's "Local
 *             Policy Violation", "554 5.0.0 … Relay access denied", Cisco's "550 #5.1.0 Address rejected",
 *             Gmail's NoSuchUser cut after one line), written after the fixes and measured before any change:
 *             12 of 14 right as written. Wrong, both over-claims: "550 Recipient rejected" read as an unknown
 *             user at high, and "Local Policy Violation" at high. Fixed as data: 'recipient rejected' left to
 *             the weak words (an unknown user at low, as "address rejected"); 'policy violation', 'policy
 *             reasons' and 'security policies' in VAGUE_WORDING. 14 of 14; corpus 366/383, reply codes 261/274.
 *             Against the corpus output before the round: no cause, reason, recipient, code, status or
 *             permanence changed; ten records are one step less sure (nine high to medium: "not accepted for
 *             policy reasons" and "policy reasons", "Local Policy Violation", a "weren't sent" without its
 *             code; one medium to low: "Transaction failed"), 281/83/20 high/medium/low before, 272/91/21 after.
 *   and       two added after (the round's Microsoft 365 NDR as first written, cut before its Original Message
 *             Details, once with a Spamhaus listing and once with "550 5.7.1 Rejected" under "Reported error:"):
 *             both wrong, read as "Rejected" with no code (not final; the listing lost), because the generic
 *             marker "error:" of "mx.example.org gave this error:" came before "Reported error:". Fixed in
 *             diagnostic.ts: the localized "Reported error:" markers are tried before "reason:" and "error:".
 *             16 of 16; corpus output byte for byte unchanged.
 *   review    "550 Administrative prohibition" alone, though right by the round's expectations, was a refused
 *             sender (at medium after the fixes): Exim writes it for any ACL "deny" (a sender, recipient, host
 *             or content rule), so it is now the receiver's policy (policy-violation, general wording, low); the
 *             words after it still decide ("… - envelope blocked", "…: sender IP … is listed"). Two unit tests
 *             that pinned the refused sender changed with it (standard-reply-text, pasted-forms). Corpus output
 *             byte for byte unchanged.
 *   still     none knownWrong. Left as the rules read them: a 421 "Try again later" is the server being
 *             unavailable rather than greylisting or rate limiting (at low).
 */

const FINAL = { permanent: true } as const;
const TEMPORARY = { permanent: false } as const;
// How sure an honest answer is: bare words say nothing, so low; a specific status or provider code beside
// generic words is one piece of evidence, so medium; words that name the cause outright, high.
const LOW = { confidence: 'low' } as const;
const UNSURE = { confidence: ['low', 'medium'] } as const;
const MEDIUM = { confidence: 'medium' } as const;
const SURE = { confidence: ['high', 'medium'] } as const;
const HIGH = { confidence: 'high' } as const;

// A refusal that gives no reason ("550 Rejected", "550 Go away"): the generic readings only.
const REFUSED = {
  cause: ['unknown', 'connection-rejected', 'policy-violation'],
  reason: ['onhold', 'undefined', 'rejected', 'blocked', 'policyviolation'],
  ...LOW,
} as const;
// A refusal of the message itself, no reason given ("550 Message rejected", after DATA).
const MESSAGE_REFUSED = {
  ...REFUSED,
  cause: [...REFUSED.cause, 'content-filtered'],
  reason: [...REFUSED.reason, 'filtered'],
} as const;
// A failure that says nothing at all ("554 Transaction failed", "550 5.0.0", "Unknown reason").
const VAGUE = {
  cause: ['unknown', 'connection-rejected', 'policy-violation', 'system-error'],
  reason: ['onhold', 'undefined', 'rejected', 'blocked', 'policyviolation', 'systemerror'],
  ...LOW,
} as const;
// An x.7.x refusal in generic words ("554 5.7.1 Access denied"): a security or policy refusal of some kind.
const SECURITY_VAGUE = {
  cause: [
    'security-error',
    'policy-violation',
    'connection-rejected',
    'blocked-by-recipient',
    'recipient-restricted',
    'unknown',
  ],
  reason: ['securityerror', 'policyviolation', 'blocked', 'rejected', 'onhold', 'undefined'],
  ...UNSURE,
} as const;
// Exim's default ACL "Administrative prohibition": a local access rule, which one unsaid.
const PROHIBITED = {
  cause: [
    'blocked-by-recipient',
    'recipient-restricted',
    'sender-rejected',
    'policy-violation',
    'connection-rejected',
    'unknown',
  ],
  reason: ['rejected', 'policyviolation', 'blocked', 'onhold', 'undefined'],
  ...UNSURE,
} as const;
// A deferral that gives no reason ("421 Try again later").
const TEMP_VAGUE = {
  cause: ['server-unavailable', 'system-error', 'unknown', 'connection-rejected'],
  reason: ['systemerror', 'onhold', 'undefined', 'blocked'],
  ...TEMPORARY,
  ...LOW,
} as const;
// Exim's "Temporary local problem": the receiver's own trouble, for now.
const LOCAL_TEMP = {
  cause: ['system-error', 'server-unavailable'],
  reason: 'systemerror',
  side: 'recipient',
  ...TEMPORARY,
  ...UNSURE,
} as const;
// "Service unavailable" with a 5xx and no reason: the receiver refused, or is broken, or takes no mail.
const UNAVAILABLE_CAUSES = [
  'unknown',
  'connection-rejected',
  'server-unavailable',
  'system-error',
  'not-accepting-mail',
  'policy-violation',
] as const;
const HOST_UNKNOWN = { cause: ['domain-not-found', 'recipient-domain-typo'], reason: 'hostunknown' } as const;
const AUTH = {
  cause: ['auth-failed', 'spf-fail', 'dkim-fail', 'dmarc-fail'],
  reason: 'authfailure',
  side: 'sender',
} as const;

const postfixLog = (dsn: string, said: string, stage = 'RCPT TO', status = 'bounced') =>
  `Dec  5 07:41:09 mail postfix/smtp[28817]: 4Fq2Lm0XyTz3kWp: to=<bob@example.org>, relay=mx.example.org[192.0.2.25]:25, delay=0.9, delays=0.04/0.01/0.5/0.35, dsn=${dsn}, status=${status} (host mx.example.org[192.0.2.25] said: ${said} (in reply to ${stage} command))`;

const dsnEmail = (human: string[], status: string, diagnostic: string, action = 'failed') =>
  lines(
    'From: MAILER-DAEMON@mail.example.com (Mail Delivery System)',
    'To: alice@example.com',
    'Subject: Undelivered Mail Returned to Sender',
    'Date: Sat, 5 Dec 2026 07:41:10 +0000',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="R76.1733384470/mail.example.com"',
    '',
    '--R76.1733384470/mail.example.com',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    ...human,
    '',
    '--R76.1733384470/mail.example.com',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mail.example.com',
    'Arrival-Date: Sat, 5 Dec 2026 07:41:08 +0000',
    '',
    'Final-Recipient: rfc822; bob@example.org',
    'Original-Recipient: rfc822;bob@example.org',
    `Action: ${action}`,
    `Status: ${status}`,
    diagnostic,
    '',
    '--R76.1733384470/mail.example.com--',
    '',
  );

const BARE: RealWorldCase[] = [
  ['R76 bare "550 Rejected"', '550 Rejected', { ...REFUSED, replyCode: 550, status: null, ...FINAL }],
  ['R76 bare "554 Transaction failed"', '554 Transaction failed', { ...VAGUE, replyCode: 554, ...FINAL }],
  [
    'R76 Exim bare "550 Administrative prohibition"',
    '550 Administrative prohibition',
    { ...PROHIBITED, ...FINAL },
  ],
  [
    'R76 bare "554 5.7.1 Access denied"',
    '554 5.7.1 Access denied',
    { ...SECURITY_VAGUE, replyCode: 554, status: '5.7.1', ...FINAL },
  ],
  ['R76 bare "421 Try again later"', '421 Try again later', { ...TEMP_VAGUE, replyCode: 421 }],
  ['R76 bare "550 Message rejected"', '550 Message rejected', { ...MESSAGE_REFUSED, ...FINAL }],
  [
    'R76 Exim bare "451 Temporary local problem - please try later"',
    '451 Temporary local problem - please try later',
    { ...LOCAL_TEMP, replyCode: 451 },
  ],
  [
    'R76 bare "500 Unknown error"',
    '500 Unknown error',
    {
      cause: ['unknown', 'system-error', 'syntax-error'],
      reason: ['onhold', 'undefined', 'systemerror', 'syntaxerror'],
      replyCode: 500,
      ...LOW,
    },
  ],
  [
    'R76 bare "550 5.0.0 " (code and status, no words)',
    '550 5.0.0 ',
    { ...VAGUE, replyCode: 550, status: '5.0.0' },
  ],
  [
    'R76 "554 Denied [CS01]": an Apple-like reference code with one word',
    '554 Denied [CS01]',
    {
      ...POLICY,
      cause: [...POLICY.cause, 'unknown', 'connection-rejected'],
      reason: [...POLICY.reason, 'onhold', 'blocked'],
      ...UNSURE,
    },
  ],
  [
    'R76 status alone: "5.7.1 Message refused"',
    '5.7.1 Message refused',
    {
      ...SECURITY_VAGUE,
      cause: [...SECURITY_VAGUE.cause, 'content-filtered'],
      reason: [...SECURITY_VAGUE.reason, 'filtered'],
      status: '5.7.1',
      replyCode: null,
    },
  ],
  [
    'R76 RFC 3463 standard text "550 5.7.1 Delivery not authorized, message refused"',
    '550 5.7.1 Delivery not authorized, message refused',
    { ...SECURITY_VAGUE, status: '5.7.1' },
  ],
  ['R76 "550 Go away"', '550 Go away', { ...REFUSED, ...FINAL }],
  ['R76 "550 Sorry, no"', '550 Sorry, no', { ...REFUSED, ...FINAL }],
  ['R76 "554 Not allowed"', '554 Not allowed', { ...REFUSED, ...FINAL }],
  [
    'R76 "550 Blocked" (says neither what nor why)',
    '550 Blocked',
    { ...REFUSED, cause: [...REFUSED.cause, 'blocked-by-recipient'], ...FINAL },
  ],
  [
    'R76 "450 4.7.1 Try again later" (greylisting, or some other temporary policy)',
    '450 4.7.1 Try again later',
    {
      cause: [...TEMP_VAGUE.cause, 'greylisted', 'rate-limited'],
      reason: [...TEMP_VAGUE.reason, 'speeding'],
      ...TEMPORARY,
      ...UNSURE,
    },
  ],
  ['R76 "554 Error"', '554 Error', { ...VAGUE, ...FINAL }],
  [
    'R76 "554 5.0.0 Service unavailable" (no reason)',
    '554 5.0.0 Service unavailable',
    {
      cause: UNAVAILABLE_CAUSES,
      reason: ['onhold', 'undefined', 'blocked', 'systemerror', 'notaccept', 'policyviolation'],
      ...LOW,
      ...FINAL,
    },
  ],
  [
    'R76 RFC 5321 standard text alone "550 Requested action not taken: mailbox unavailable"',
    '550 Requested action not taken: mailbox unavailable',
    {
      cause: ['user-unknown', 'unknown', 'mailbox-disabled', 'connection-rejected', 'policy-violation'],
      reason: ['userunknown', 'onhold', 'undefined', 'suspend', 'rejected', 'blocked', 'policyviolation'],
      ...UNSURE,
      ...FINAL,
    },
  ],
  [
    'R76 "550 Policy rejection"',
    '550 Policy rejection',
    { ...POLICY, cause: [...POLICY.cause, 'unknown'], reason: [...POLICY.reason, 'onhold'], ...UNSURE },
  ],
  [
    'R76 "550 You are not welcome here"',
    '550 You are not welcome here',
    { ...REFUSED, cause: [...REFUSED.cause, 'blocked-by-recipient'], ...FINAL },
  ],
];

const STATUS_SPECIFIC: RealWorldCase[] = [
  [
    'R76 "550 5.1.1 Rejected": the status says no such user',
    '550 5.1.1 Rejected',
    { ...USER_UNKNOWN, status: '5.1.1', ...MEDIUM },
  ],
  [
    'R76 "552 5.2.2 Rejected": the status says full',
    '552 5.2.2 Rejected',
    { ...MAILBOX_FULL, status: '5.2.2', ...MEDIUM },
  ],
  [
    'R76 "550 5.2.1 Rejected": the status says disabled',
    '550 5.2.1 Rejected',
    { ...DISABLED, status: '5.2.1', ...MEDIUM },
  ],
  [
    'R76 "550 5.1.2 Rejected": the status says bad domain',
    '550 5.1.2 Rejected',
    { ...HOST_UNKNOWN, status: '5.1.2', ...MEDIUM },
  ],
  [
    'R76 "550 5.7.26 Rejected": the status says authentication',
    '550 5.7.26 Rejected',
    { ...AUTH, status: '5.7.26', ...MEDIUM },
  ],
  [
    'R76 "552 5.3.4 Rejected": the status says too big',
    '552 5.3.4 Rejected',
    { ...TOO_BIG, status: '5.3.4', ...MEDIUM },
  ],
  [
    'R76 "550 5.7.1 Rejected": the status says only "not authorized"',
    '550 5.7.1 Rejected',
    { ...SECURITY_VAGUE, status: '5.7.1' },
  ],
  [
    'R76 Postfix log: 550 5.1.1 Rejected',
    postfixLog('5.1.1', '550 5.1.1 Rejected'),
    { ...USER_UNKNOWN, recipient: 'bob@example.org', ...FINAL, ...MEDIUM },
  ],
  [
    'R76 "550 5.0.0 <bob@example.org>: User unknown": the words say it, the status does not',
    '550 5.0.0 <bob@example.org>: User unknown',
    { ...USER_UNKNOWN, recipient: 'bob@example.org', ...SURE },
  ],
  [
    'R76 "552 5.0.0 Mailbox quota exceeded"',
    '552 5.0.0 Mailbox quota exceeded',
    { ...MAILBOX_FULL, ...SURE },
  ],
  [
    'R76 "554 5.0.0 Client host [203.0.113.7] blocked using zen.spamhaus.org"',
    '554 5.0.0 Client host [203.0.113.7] blocked using zen.spamhaus.org',
    { ...IP_BLOCK, blocklist: 'spamhaus', ...SURE },
  ],
  [
    'R76 control: Postfix virtual "User unknown in virtual mailbox table"',
    '550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual mailbox table',
    { ...USER_UNKNOWN, ...HIGH },
  ],
  [
    'R76 control: Postfix RBL "Service unavailable; Client host blocked using"',
    '554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/203.0.113.7',
    { ...IP_BLOCK, ...HIGH },
  ],
  ['R76 control: "550 Invalid recipient"', '550 Invalid recipient', { ...USER_UNKNOWN, ...SURE }],
  [
    'R76 T-Online: "A problem occurred" with its (BL) code',
    '554 IP=203.0.113.7 - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.) (BL)',
    {
      cause: [...IP_REPUTATION.cause, 'blocked-by-recipient', 'connection-rejected'],
      reason: ['blocked', 'badreputation'],
      ...SURE,
    },
  ],
];

const PROVIDERS: RealWorldCase[] = [
  [
    'R76 Exchange 2010 NDR: "The following organization rejected your message" over #550 5.0.0 Rejected',
    lines(
      'Delivery has failed to these recipients or groups:',
      '',
      'bob@example.org',
      'A problem occurred during the delivery of this message to this e-mail address. Try sending this message again. If the problem continues, please contact your helpdesk.',
      '',
      'The following organization rejected your message: mx.example.org.',
      '',
      '',
      '',
      '',
      '',
      'Diagnostic information for administrators:',
      '',
      'Generating server: MAIL01.corp.example.com',
      '',
      'bob@example.org',
      'mx.example.org #550 5.0.0 Rejected ##',
    ),
    { ...REFUSED, recipient: 'bob@example.org', replyCode: 550, status: '5.0.0', ...FINAL },
  ],
  [
    'R76 Microsoft 365 NDR, Error Details with only "550 5.7.1 Rejected"',
    lines(
      "Your message to bob@example.org couldn't be delivered.",
      '',
      'mx.example.org gave this error:',
      'Rejected',
      '',
      'How to Fix It',
      'Contact the recipient by some other means (by phone, for example) and ask them to tell their email admin that it appears that their email system is rejecting your message.',
      '',
      'More Info for Email Admins',
      'Status code: 550 5.7.1',
      '',
      'Original Message Details',
      'Created Date:    12/5/2026 7:41:02 AM',
      'Sender Address:  alice@example.com',
      'Recipient Address:       bob@example.org',
      'Subject: Quarterly figures',
      '',
      'Error Details',
      'Reported error:  550 5.7.1 Rejected',
      'DSN generated by:        AM9PR01MB7123.eurprd01.prod.exchangelabs.com',
      'Remote server:   mx.example.org',
    ),
    { ...SECURITY_VAGUE, recipient: 'bob@example.org', status: '5.7.1', ...FINAL },
  ],
  [
    'R76 Exchange: Remote Server returned a code and nothing else',
    lines(
      'Delivery has failed to these recipients or groups:',
      '',
      'bob@example.org',
      "Your message couldn't be delivered. The following organization rejected your message: mx.example.org.",
      '',
      'Diagnostic information for administrators:',
      '',
      'Generating server: EX2016.corp.example.com',
      'bob@example.org',
      "Remote Server returned '550 5.0.0'",
    ),
    { ...REFUSED, recipient: 'bob@example.org', status: '5.0.0', ...FINAL },
  ],
  [
    'R76 Exchange 2003: "5.1.0 - Unknown address error" is its generic label for any RCPT refusal',
    lines(
      'Your message did not reach some or all of the intended recipients.',
      '',
      '      Subject:  Quarterly figures',
      '      Sent:     05/12/2026 07:40',
      '',
      'The following recipient(s) cannot be reached:',
      '',
      '      bob@example.org on 05/12/2026 07:41',
      "            There was a SMTP communication problem with the recipient's email server.  Please contact your system administrator.",
      '            <mail.example.com #5.5.0 smtp;550 Rejected>',
    ),
    {
      ...REFUSED,
      cause: [...REFUSED.cause, 'user-unknown'],
      reason: [...REFUSED.reason, 'userunknown'],
      recipient: 'bob@example.org',
      ...UNSURE,
    },
  ],
  [
    'R76 Gmail 5.7.1 cut short after "this message is"',
    '550-5.7.1 [203.0.113.7      12] Our system has detected that this message is',
    {
      cause: [
        'spam-filtered',
        'not-rfc-compliant',
        'policy-violation',
        'content-filtered',
        'security-error',
        'unknown',
      ],
      reason: ['spamdetected', 'notcompliantrfc', 'policyviolation', 'filtered', 'securityerror', 'onhold'],
      ...UNSURE,
    },
  ],
  [
    'R76 Gmail 4.7.0 cut short after "an unusual rate of"',
    '421-4.7.0 [203.0.113.7      15] Our system has detected an unusual rate of',
    { cause: [...RATE.cause, 'ip-blocklisted'], reason: RATE.reason, ...TEMPORARY, ...SURE },
  ],
  [
    'R76 Gmail "Try again later, closing connection"',
    lines(
      '421-4.7.0 Try again later, closing connection. (EHLO)',
      '421 4.7.0  For more information, go to https://support.google.com/mail/?p=ReceivingRate b9-20020a170902c18900b001d0c9a7e2f1si4912345plc.112 - gsmtp',
    ),
    {
      cause: [...TEMP_VAGUE.cause, ...RATE.cause, 'recipient-rate-limited'],
      reason: [...TEMP_VAGUE.reason, ...RATE.reason],
      provider: /google|gmail/i,
      ...TEMPORARY,
      ...SURE,
    },
  ],
  [
    'R76 Gmail 5.7.26 cut short: the status and "unauthenticated" still say it',
    '550-5.7.26 This mail is unauthenticated, which poses a security risk to the',
    { ...AUTH, ...SURE },
  ],
  [
    'R76 Yahoo "dd" reply cut before its reason',
    '554 delivery error: dd Sorry, your message to bob@yahoo.com cannot be delivered.',
    { ...VAGUE, recipient: 'bob@yahoo.com', ...FINAL },
  ],
  [
    'R76 Yahoo 5.7.9 "not accepted for policy reasons"',
    '554 5.7.9 Message not accepted for policy reasons.  See https://postmaster.yahooinc.com/error-codes',
    {
      cause: [...POLICY.cause, 'security-error', 'ip-reputation', 'unknown'],
      reason: [...POLICY.reason, 'securityerror', 'badreputation', 'onhold'],
      ...UNSURE,
    },
  ],
  [
    'R76 Yahoo TSS04 cut short: the code still says volume or complaints',
    '421 4.7.0 [TSS04] Messages from 203.0.113.7 temporarily deferred',
    { ...RATE, cause: [...RATE.cause, 'ip-blocklisted'], ...TEMPORARY, ...SURE },
  ],
  [
    'R76 AOL "will not accept delivery of this message" (its 5.2.1 is no disabled mailbox)',
    '521 5.2.1 :  AOL will not accept delivery of this message.',
    {
      cause: [
        'policy-violation',
        'spam-filtered',
        'content-filtered',
        'connection-rejected',
        'ip-reputation',
        'unknown',
      ],
      reason: [
        'policyviolation',
        'spamdetected',
        'filtered',
        'blocked',
        'badreputation',
        'rejected',
        'onhold',
      ],
      ...UNSURE,
    },
  ],
  [
    'R76 Outlook.com S3150 cut before the code: "messages from [ip] weren\'t sent"',
    "550 5.7.1 Unfortunately, messages from [203.0.113.7] weren't sent.",
    {
      cause: [...IP_REPUTATION.cause, 'network-blocklisted', 'connection-rejected', 'blocked-by-recipient'],
      reason: ['blocked', 'badreputation'],
      ...UNSURE,
    },
  ],
  [
    'R76 Mimecast "Email rejected due to security policies"',
    '554 Email rejected due to security policies - https://community.mimecast.com/docs/DOC-1369#554 [Xq2VbC7pN1uQ4eR0kTz8Aw.uk102]',
    {
      cause: [...POLICY.cause, 'security-error', 'connection-rejected', 'ip-reputation', 'unknown'],
      reason: [...POLICY.reason, 'securityerror', 'blocked', 'badreputation', 'onhold'],
      provider: /mimecast/i,
      ...UNSURE,
    },
  ],
  [
    'R76 Barracuda "(bob@example.org:blocked)"',
    '550 permanent failure for one or more recipients (bob@example.org:blocked)',
    {
      cause: [
        'blocked-by-recipient',
        'policy-violation',
        'connection-rejected',
        'content-filtered',
        'spam-filtered',
        'unknown',
      ],
      reason: ['rejected', 'policyviolation', 'blocked', 'filtered', 'spamdetected', 'onhold'],
      recipient: 'bob@example.org',
      ...UNSURE,
    },
  ],
  [
    'R76 GMX "Reject due to policy restrictions"',
    lines(
      '554-Transaction failed',
      '554-Reject due to policy restrictions.',
      '554 For explanation visit https://postmaster.gmx.net/en/case?c=r0301&i=ip&v=203.0.113.7&r=1MqK7a-1rXyZa30bB-00aBcD',
    ),
    {
      cause: [...POLICY.cause, 'connection-rejected', 'ip-reputation', 'ip-blocklisted', 'unknown'],
      reason: [...POLICY.reason, 'blocked', 'badreputation', 'onhold'],
      ...UNSURE,
    },
  ],
];

const LOGS: RealWorldCase[] = [
  [
    'R76 Postfix log: "550 Rejected" at RCPT',
    postfixLog('5.0.0', '550 Rejected'),
    { ...REFUSED, recipient: 'bob@example.org', replyCode: 550, ...FINAL },
  ],
  [
    'R76 Postfix log: "554 Transaction failed" after DATA',
    postfixLog('5.0.0', '554 Transaction failed', 'end of DATA'),
    {
      ...VAGUE,
      cause: [...VAGUE.cause, 'content-filtered'],
      reason: [...VAGUE.reason, 'filtered'],
      recipient: 'bob@example.org',
      ...FINAL,
    },
  ],
  [
    'R76 Postfix log: host said "550 5.0.0" and nothing after',
    postfixLog('5.0.0', '550 5.0.0'),
    { ...VAGUE, recipient: 'bob@example.org', ...FINAL },
  ],
  [
    'R76 Postfix log: "554 5.7.1 Rejected" at MAIL FROM',
    postfixLog('5.7.1', '554 5.7.1 Rejected', 'MAIL FROM'),
    {
      ...SECURITY_VAGUE,
      cause: [...SECURITY_VAGUE.cause, 'sender-rejected'],
      recipient: 'bob@example.org',
      ...FINAL,
    },
  ],
  [
    'R76 Postfix log: deferred "421 Try again later"',
    postfixLog('4.0.0', '421 Try again later', 'RCPT TO', 'deferred'),
    { ...TEMP_VAGUE, recipient: 'bob@example.org' },
  ],
  [
    'R76 Exim log: "550 Message rejected" after end of data',
    '2026-12-05 07:41:09 1vRt5K-0007Qa-2m ** bob@example.org R=dnslookup T=remote_smtp H=mx.example.org [192.0.2.25] X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes: SMTP error from remote mail server after end of data: 550 Message rejected',
    { ...MESSAGE_REFUSED, recipient: 'bob@example.org', ...FINAL },
  ],
  [
    'R76 Exim log: defer "451 Temporary local problem"',
    '2026-12-05 07:41:09 1vRt5K-0007Qa-2m == bob@example.org R=dnslookup T=remote_smtp defer (-44) H=mx.example.org [192.0.2.25]: SMTP error from remote mail server after RCPT TO:<bob@example.org>: 451 Temporary local problem - please try later',
    { ...LOCAL_TEMP, recipient: 'bob@example.org' },
  ],
  [
    'R76 Sendmail log: dsn=5.0.0, stat=Service unavailable',
    'Dec  5 07:41:09 mail sm-mta[4321]: 4B57f8Qx012345: to=<bob@example.org>, delay=00:00:01, xdelay=00:00:01, mailer=esmtp, pri=120345, relay=mx.example.org. [192.0.2.25], dsn=5.0.0, stat=Service unavailable',
    {
      cause: UNAVAILABLE_CAUSES,
      reason: ['onhold', 'undefined', 'blocked', 'systemerror', 'notaccept', 'policyviolation'],
      recipient: 'bob@example.org',
      ...LOW,
    },
  ],
];

const NOTICES: RealWorldCase[] = [
  [
    'R76 DSN with an empty Diagnostic-Code and "Delivery failed"',
    dsnEmail(
      [
        'Your message could not be delivered to one or more recipients.',
        '',
        '<bob@example.org>: Delivery failed',
      ],
      '5.0.0',
      'Diagnostic-Code: smtp;',
    ),
    { cause: 'unknown', reason: ['onhold', 'undefined'], recipient: 'bob@example.org', ...FINAL, ...LOW },
  ],
  [
    'R76 DSN whose diagnostic is "Unknown reason"',
    dsnEmail(
      [
        'Your message could not be delivered to one or more recipients.',
        '',
        '<bob@example.org>: Unknown reason',
      ],
      '5.0.0',
      'Diagnostic-Code: smtp; Unknown reason',
    ),
    { cause: 'unknown', reason: ['onhold', 'undefined'], recipient: 'bob@example.org', ...FINAL, ...LOW },
  ],
  [
    'R76 DSN with no Diagnostic-Code at all, Status 5.0.0',
    dsnEmail(
      ['This is the mail system at host mail.example.com.', '', 'Your message could not be delivered.'],
      '5.0.0',
      'Last-Attempt-Date: Sat, 5 Dec 2026 07:41:10 +0000',
    ),
    { cause: 'unknown', reason: ['onhold', 'undefined'], recipient: 'bob@example.org', ...FINAL, ...LOW },
  ],
  [
    'R76 delayed DSN, Status 4.0.0, "451 Unknown reason"',
    dsnEmail(
      [
        'Your message has not been delivered yet. The mail system will keep trying.',
        '',
        '<bob@example.org>: 451 Unknown reason',
      ],
      '4.0.0',
      'Diagnostic-Code: smtp; 451 Unknown reason',
      'delayed',
    ),
    {
      cause: ['unknown', 'delivery-delayed', 'server-unavailable', 'system-error'],
      reason: ['onhold', 'undefined', 'expired', 'systemerror'],
      recipient: 'bob@example.org',
      ...TEMPORARY,
      ...UNSURE,
    },
  ],
  [
    'R76 qmail: "does not like recipient" over "Remote host said: 550 Rejected"',
    textEmail('MAILER-DAEMON@mail.example.com', 'failure notice', [
      'Hi. This is the qmail-send program at mail.example.com.',
      "I'm afraid I wasn't able to deliver your message to the following addresses.",
      "This is a permanent error; I've given up. Sorry it didn't work out.",
      '',
      '<bob@example.org>:',
      '192.0.2.25 does not like recipient.',
      'Remote host said: 550 Rejected',
      'Giving up on 192.0.2.25.',
    ]),
    { ...REFUSED, recipient: 'bob@example.org', ...FINAL },
  ],
  [
    'R76 plain notice: "Delivery failed" and a recipient, nothing else',
    textEmail('Mail Delivery Subsystem <mailer-daemon@mail.example.com>', 'Delivery failure', [
      'Delivery to the following recipient failed:',
      '',
      '       bob@example.org',
      '',
      'Reason: Delivery failed',
    ]),
    { cause: 'unknown', reason: ['onhold', 'undefined'], recipient: 'bob@example.org', ...LOW },
  ],
  [
    'R76 Exim bounce: "550 Administrative prohibition" after RCPT',
    textEmail(
      'Mail Delivery System <Mailer-Daemon@mail.example.com>',
      'Mail delivery failed: returning message to sender',
      [
        'This message was created automatically by mail delivery software.',
        '',
        'A message that you sent could not be delivered to one or more of its',
        'recipients. This is a permanent error. The following address(es) failed:',
        '',
        '  bob@example.org',
        '    host mx.example.org [192.0.2.25]',
        '    SMTP error from remote mail server after RCPT TO:<bob@example.org>:',
        '    550 Administrative prohibition',
      ],
    ),
    { ...PROHIBITED, recipient: 'bob@example.org', ...FINAL },
  ],
  [
    'R76 Postfix bounce: "550 Sorry, no"',
    textEmail(
      'MAILER-DAEMON@mail.example.com (Mail Delivery System)',
      'Undelivered Mail Returned to Sender',
      [
        ...postfixNoticeHead(),
        '<bob@example.org>: host mx.example.org[192.0.2.25] said: 550 Sorry, no (in',
        '    reply to RCPT TO command)',
      ],
    ),
    { ...REFUSED, recipient: 'bob@example.org', ...FINAL },
  ],
  [
    'R76 Postfix bounce: "554 5.7.1 Access denied" after DATA',
    textEmail(
      'MAILER-DAEMON@mail.example.com (Mail Delivery System)',
      'Undelivered Mail Returned to Sender',
      [
        ...postfixNoticeHead(),
        '<bob@example.org>: host mx.example.org[192.0.2.25] said: 554 5.7.1 Access',
        '    denied (in reply to end of DATA command)',
      ],
    ),
    {
      ...SECURITY_VAGUE,
      cause: [...SECURITY_VAGUE.cause, 'content-filtered'],
      reason: [...SECURITY_VAGUE.reason, 'filtered'],
      recipient: 'bob@example.org',
      ...FINAL,
    },
  ],
];

export const ROUND_76: RealWorldCase[] = [...BARE, ...STATUS_SPECIFIC, ...PROVIDERS, ...LOGS, ...NOTICES];

export const SECOND_BATCH_76: RealWorldCase[] = [
  [
    'R76b Microsoft 365 NDR pasted as text: its Reported error names the unknown user',
    lines(
      "Your message to bob@example.org couldn't be delivered.",
      '',
      "bob wasn't found at example.org.",
      '',
      'More Info for Email Admins',
      'Status code: 550 5.1.1',
      '',
      'Original Message Details',
      'Created Date:    12/5/2026 8:02:40 AM',
      'Sender Address:  alice@example.com',
      'Recipient Address:       bob@example.org',
      'Subject: Invoice 2291',
      '',
      'Error Details',
      'Reported error:  550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in local recipient table',
      'DSN generated by:        DB9PR02MB6931.eurprd02.prod.exchangelabs.com',
      'Remote server:   mx.example.org',
    ),
    { ...USER_UNKNOWN, recipient: 'bob@example.org', replyCode: 550, status: '5.1.1', ...HIGH },
  ],
  ['R76b "550 Not acceptable"', '550 Not acceptable', { ...REFUSED, ...FINAL }],
  ['R76b "550 No"', '550 No', { ...REFUSED, ...FINAL }],
  ['R76b "554 5.7.0 Reject"', '554 5.7.0 Reject', { ...SECURITY_VAGUE, status: '5.7.0', ...FINAL }],
  [
    'R76b RFC 5321 text with a 450: "Requested mail action not taken: mailbox unavailable"',
    '450 Requested mail action not taken: mailbox unavailable',
    {
      cause: [
        'user-unknown',
        'unknown',
        'server-unavailable',
        'mailbox-disabled',
        'greylisted',
        'connection-rejected',
      ],
      reason: ['userunknown', 'onhold', 'undefined', 'systemerror', 'suspend', 'blocked'],
      ...TEMPORARY,
      ...UNSURE,
    },
  ],
  [
    'R76b RFC 5321 text "421 Service not available, closing transmission channel"',
    '421 mx.example.org Service not available, closing transmission channel',
    { ...TEMP_VAGUE, replyCode: 421 },
  ],
  [
    'R76b Exim log: "550 Recipient rejected" after RCPT',
    '2026-12-05 08:02:41 1vRu0a-0008Zb-5c ** bob@example.org R=dnslookup T=remote_smtp H=mx.example.org [192.0.2.25]: SMTP error from remote mail server after RCPT TO:<bob@example.org>: 550 Recipient rejected',
    {
      ...REFUSED,
      cause: [...REFUSED.cause, 'user-unknown', 'recipient-restricted'],
      reason: [...REFUSED.reason, 'userunknown'],
      recipient: 'bob@example.org',
      ...FINAL,
    },
  ],
  [
    'R76b Sendmail notice: "554 5.0.0 Message refused" after DATA',
    textEmail(
      'Mail Delivery Subsystem <MAILER-DAEMON@mail.example.com>',
      'Returned mail: see transcript for details',
      [
        'The original message was received at Sat, 5 Dec 2026 08:02:40 GMT',
        'from localhost [127.0.0.1]',
        '',
        '   ----- The following addresses had permanent fatal errors -----',
        '<bob@example.org>',
        '    (reason: 554 5.0.0 Message refused)',
        '',
        '   ----- Transcript of session follows -----',
        '... while talking to mx.example.org.:',
        '>>> DATA',
        '<<< 554 5.0.0 Message refused',
        '554 5.0.0 Service unavailable',
      ],
    ),
    { ...MESSAGE_REFUSED, recipient: 'bob@example.org', ...FINAL },
  ],
  [
    'R76b DSN whose Diagnostic-Code is a bare "smtp; 550"',
    dsnEmail(['Your message could not be delivered.'], '5.0.0', 'Diagnostic-Code: smtp; 550'),
    { ...VAGUE, recipient: 'bob@example.org', ...FINAL },
  ],
  [
    'R76b Gmail notice quoting "550 Rejected" from the remote server',
    textEmail(
      'Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
      'Delivery Status Notification (Failure)',
      [
        '** Message not delivered **',
        '',
        'There was a problem delivering your message to bob@example.org. See the technical details below.',
        '',
        'The response from the remote server was:',
        '550 Rejected',
      ],
    ),
    { ...REFUSED, recipient: 'bob@example.org', ...FINAL },
  ],
  [
    'R76b Exchange "#550 5.7.0 Local Policy Violation ##"',
    lines(
      'Delivery has failed to these recipients or groups:',
      '',
      'bob@example.org',
      "Your message wasn't delivered because the recipient's email provider rejected it.",
      '',
      'Diagnostic information for administrators:',
      '',
      'Generating server: MAIL02.corp.example.com',
      '',
      'bob@example.org',
      'mx.example.org #550 5.7.0 Local Policy Violation ##',
    ),
    {
      ...POLICY,
      cause: [...POLICY.cause, 'security-error', 'unknown'],
      reason: [...POLICY.reason, 'securityerror', 'onhold'],
      recipient: 'bob@example.org',
      ...UNSURE,
    },
  ],
  [
    'R76b specific words, generic status: "554 5.0.0 <bob@example.org>: Relay access denied"',
    '554 5.0.0 <bob@example.org>: Relay access denied',
    { cause: 'relay-denied', reason: 'norelaying', ...SURE },
  ],
  [
    'R76b Cisco LDAP accept: "550 #5.1.0 Address rejected"',
    '550 #5.1.0 Address rejected bob@example.org',
    {
      ...REFUSED,
      cause: [...REFUSED.cause, 'user-unknown'],
      reason: [...REFUSED.reason, 'userunknown'],
      ...UNSURE,
    },
  ],
  [
    'R76b Gmail NoSuchUser cut after its first line: the words still say it',
    '550-5.1.1 The email account that you tried to reach does not exist. Please try',
    { ...USER_UNKNOWN, status: '5.1.1', ...HIGH },
  ],
  // Added after the second batch: the round's Microsoft 365 NDR as first written, cut before its Original
  // Message Details, where the summary "mx gave this error: Rejected" was taken over "Reported error: 550 …".
  [
    'R76b Microsoft 365 NDR cut before its Original Message Details: Reported error names a Spamhaus listing',
    lines(
      "Your message to bob@example.org couldn't be delivered.",
      '',
      'mx.example.org gave this error:',
      'Rejected',
      '',
      'More Info for Email Admins',
      'Status code: 550 5.7.1',
      '',
      'Error Details',
      'Reported error:  550 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org',
      'DSN generated by:        AM9PR01MB7123.eurprd01.prod.exchangelabs.com',
      'Remote server:   mx.example.org',
    ),
    { ...IP_BLOCK, recipient: 'bob@example.org', replyCode: 550, status: '5.7.1', ...FINAL, ...HIGH },
  ],
  [
    'R76b Microsoft 365 NDR cut before its Original Message Details: Reported error only "550 5.7.1 Rejected"',
    lines(
      "Your message to bob@example.org couldn't be delivered.",
      '',
      'mx.example.org gave this error:',
      'Rejected',
      '',
      'More Info for Email Admins',
      'Status code: 550 5.7.1',
      '',
      'Error Details',
      'Reported error:  550 5.7.1 Rejected',
      'DSN generated by:        AM9PR01MB7123.eurprd01.prod.exchangelabs.com',
      'Remote server:   mx.example.org',
    ),
    { ...SECURITY_VAGUE, recipient: 'bob@example.org', replyCode: 550, status: '5.7.1', ...FINAL },
  ],
];
