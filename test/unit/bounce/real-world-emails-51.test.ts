import type { Expect } from './real-world-cases.js';
import { encodedWord } from './real-world-cases-20.js';
import { bWord, qWord } from './real-world-cases-37.js';
import { arf, ls, notice, report } from './real-world-emails-51-build.js';
import {
  DISABLED,
  IP_BLOCK,
  IP_REPUTATION,
  MAILBOX_FULL,
  MS_NOT_FOUND,
  RESTRICTED,
  SPAM,
  USER_UNKNOWN,
  VIRUS,
} from './real-world-expectations.js';
import { describeWholeEmails } from './whole-email-cases.js';

/*
 * A fifty-first held-out round: WHOLE bounce emails (headers and MIME body, as they arrive) from mailbox providers,
 * filtering appliances and sending services, measured first of all by the Sisimai reason, then cause, recipient,
 * reply code, status, provider and permanence where the text states them. Amazon SES's bounce email (5.1.1, its
 * suppression-list refusal, 4.4.7 expiry, a full mailbox), Amazon WorkMail, SendGrid, Mailgun and PowerMTA's
 * "Recipient address: / Reason: / Diagnostic code:" report (failed and delayed); Gmail's "Message blocked",
 * "Message not delivered", "Delivery incomplete" and sending-limit notices, Google Groups' "permission to post"
 * and "the group you tried to contact", Gmail as a receiver (5.2.2 storage, 5.2.1 disabled, 4.7.28); Microsoft
 * 365 new-style NDRs built by one helper (5.4.1, 5.7.606, 5.7.708, RST.NotAuthorized, 5.2.2, 4.4.7 QUEUE.Expired,
 * 5.7.509, 5.7.133), an HTML-only old-style NDR without a DSN (5.1.10), Outlook.com's S2017062302 and RP-001;
 * Yahoo and AOL as senders ("Failure Notice") and receivers (5.7.9, 5.2.1), Zoho ("ERROR CODE :550 -", 5.7.7),
 * Mail.ru, Yandex (bilingual base64 notice), WEB.DE, IONOS (PTR), GMX, iCloud (HM08), Comcast, AT&T, GoDaddy,
 * Cox, Orange, Free, SFR, La Poste, QQ, Exmail, docomo, au (ISO-2022-JP); Mimecast, Proofpoint, MessageLabs (as a
 * qmail relay and as a 553 relay refusal), MX Logic, Barracuda, Trend Micro (ERS and IMSS), Sophos, IronPort
 * (SBRS and LDAP), FortiMail, m-FILTER (ISO-2022-JP), MailFoundry, MailMarshal, Websense; fml, Facebook,
 * Bigfoot; ARF abuse, fraud, auth-failure, opt-out and not-spam reports, and four auto-replies (Exchange
 * "Automatic reply:", Gmail's responder, French and Japanese absence notices). Written from knowledge of how
 * those systems word them, with example domains and invented names; none from the development corpus or from
 * Sisimai's own test emails. Emails are built by real-world-emails-51-build.ts on round 37's and round 20's
 * encoders (multipart/report with text and HTML alternatives, quoted-printable, base64, ISO-2022-JP 7bit,
 * message/rfc822 and text/rfc822-headers returned parts).
 *   round 51  83 cases, measured as written: 78 of 83 right (94 %). Two errors were our own: Cox's AUP#CXSNDR
 *             (its refusal of the sender's domain) expected as a plain sender refusal, while Cox's table
 *             (knowledge/providers/isp-us.ts) reads it as the sender domain failing SPF/DKIM, which is how Cox
 *             documents it: authfailure is a right reading, added; Facebook's RCP-P1 (no such address) written
 *             with RCP-P2's words ("Refused due to recipient preferences"), corrected to RCP-P2 (a recipient's
 *             preference, content-filtered is right). 80 of 83 then. The 3 wrong: Gmail's "Message blocked" for
 *             "rejected due to content restrictions: attachment type not allowed" read as spam (Exchange's
 *             content filter phrase, a general spam word, came before the general "attachment"); Mail.ru's
 *             "invalid mailbox. Local mailbox x is unavailable: account is blocked" read as user unknown (its
 *             "invalid mailbox" phrase came first); fml's "You are not a member of this mailing list <x>" gave no
 *             record at all (no notice wording), and once read, its help address ("send mail with the body
 *             "# guide" to the address x") was taken as the recipient.
 *   fixed     reply-phrases.ts: an attachment refused for its type ("attachment type not allowed", "file type
 *             not allowed", "prohibited/blocked/banned attachment") is policy-violation before the general words;
 *             providers/mailbox.ts: Mail.ru's "account is blocked" is mailbox-disabled before "invalid mailbox";
 *             notice-headings.ts: fml's "you are not a member of this mailing list" is a notice's wording;
 *             scan-text.ts: "member of this mailing list <x>" names the list that refused (the recipient), and a
 *             list manager's help instruction ("the body … to the address x") names a contact. 83 of 83.
 *   then      a second batch of 15 (SECOND_BATCH_51: M365 5.7.64 TenantAttribution, a M365 delay with 4.7.500
 *             S77719, Gmail on a null MX domain, Zoho's own outgoing block, SoftBank's domain restriction, a
 *             Biglobe ISO-2022-JP notice, an ARF virus report, a Spanish auto-reply with X-Autoreply only, a
 *             gateway notice with no reason at all, Yahoo TSS09 in a delay, Cox AUP#CXDNS in Exim, Mimecast's
 *             header-based Blocked Senders, Forcepoint's prohibited file type, Proofpoint requiring STARTTLS, SES
 *             with 5.7.25 no PTR), written after the fixes and measured before any change: 14 of 15 (93 %). The
 *             one wrong: SoftBank's "Message refused by the recipient's domain restriction settings" read as a
 *             refused connection (the bare "refused"). Fixed in reply-phrases.ts: the recipient's domain
 *             restriction / receive settings (Japanese carriers' 指定受信) are blocked-by-recipient. 15 of 15.
 *   third     5 shapes (THIRD_BATCH_51: an SES email with two recipients, the second read by index; M365 5.7.57 for
 *             its own unauthenticated client; an Exchange 2016 HTML-only "#550 5.4.300 Message expired" without a
 *             DSN; a virus behind Gmail's "Message blocked" in base64; Yahoo's notice of a 552 5.3.4 size refusal):
 *             4 of 5 as written; the one wrong was our builder's (a second DSN group lost its Final-Recipient, so
 *             only one record), corrected: 5 of 5, no rule changed.
 *   provider  4 cases named no provider (not asserted as written): Amazon WorkMail (awsapps.com), FortiMail (its
 *             "FortiGuard" words) and Facebook (facebook.com) are now provider entries (providers/mailbox.ts,
 *             providers/filters.ts; hosts and markers only) and those 3 cases assert them. McAfee MX Logic stays
 *             unnamed: its hosts carry the customer's domain ("charter.net.inbound10.mxlogic.net"), and naming
 *             the gateway by its suffix took round 9's Charter reply from Spectrum. In the corpus only 1 record's
 *             provider changed (a Facebook one, named now), no reason or cause.
 *   in all    103 of 103 right; corpus 366/383, reply codes 261/274; of all 384 corpus records only 1 provider
 *             changed (named now), every reason, cause, status, code, recipient and diagnostic as before.
 *   note      "onhold" and "undefined" are both accepted for a notice that gives no reason at all: we never say
 *             "undefined" (3 corpus records expect it and read onhold); not changed here.
 */

type Case = [name: string, input: string, want: Expect];

const GMAIL_FROM = 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>';
const GMAIL_DSN = 'Delivery Status Notification (Failure)';
const MS_FROM = 'Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com>';
const POSTFIX_FROM = 'MAILER-DAEMON@mail.example.com (Mail Delivery System)';
const POSTFIX_SUBJECT = 'Undelivered Mail Returned to Sender';
const postfixText = (rcpt: string, said: string) =>
  ls(
    'This is the mail system at host mail.example.com.',
    '',
    "I'm sorry to have to inform you that your message could not",
    "be delivered to one or more recipients. It's attached below.",
    '',
    'For further assistance, please send mail to postmaster.',
    '',
    '                   The mail system',
    '',
    `<${rcpt}>: ${said}`,
  );

const FEEDBACK = { cause: 'feedback-report', reason: 'feedback', permanent: false } as const;
const VACATION = { cause: 'auto-reply', reason: 'vacation', permanent: false } as const;
const EXPIRED = {
  cause: ['delivery-expired', 'recipient-server-unreachable', 'connection-refused', 'dns-failure'],
  reason: ['expired', 'networkerror'],
} as const;
const MS = /microsoft|outlook|office|exchange/i;

// ---- Amazon SES, Amazon WorkMail, SendGrid, Mailgun, PowerMTA ----

const SENDING_SERVICES: Case[] = [
  [
    'Amazon SES bounce email: "An error occurred while trying to deliver the mail", DSN from amazonses.com, 5.1.1',
    report({
      from: 'MAILER-DAEMON@amazonses.com',
      subject: 'Delivery Status Notification (Failure)',
      text: ls(
        'An error occurred while trying to deliver the mail to the following recipients:',
        'oliver.grant@example.org',
      ),
      headers: ['X-SES-Outgoing: 2026.12.03-54.240.8.97', 'Feedback-ID: 1.us-east-1.Xy12abc:AmazonSES'],
      dsn: {
        recipient: 'oliver.grant@example.org',
        status: '5.1.1',
        reporting: 'a8-97.smtp-out.amazonses.com',
        remote: 'mx1.example.org',
        diag: '550 5.1.1 <oliver.grant@example.org>: Recipient address rejected: User unknown in virtual mailbox table',
      },
    }),
    {
      ...USER_UNKNOWN,
      recipient: 'oliver.grant@example.org',
      status: '5.1.1',
      replyCode: 550,
      provider: /amazon|ses/i,
    },
  ],
  [
    'Amazon SES bounce email: suppressed recipient ("on the suppression list for your account"), 5.1.1 without a remote server',
    report({
      from: 'MAILER-DAEMON@amazonses.com',
      subject: 'Delivery Status Notification (Failure)',
      text: ls(
        'An error occurred while trying to deliver the mail to the following recipients:',
        'harper.cole@example.net',
      ),
      dsn: {
        recipient: 'harper.cole@example.net',
        status: '5.1.1',
        reporting: 'a27-12.smtp-out.us-west-2.amazonses.com',
        diag: 'Amazon SES did not send the message to this address because it is on the suppression list for your account. For more information about removing addresses from the suppression list, see the Amazon SES Developer Guide',
        diagType: 'smtp',
      },
    }),
    {
      cause: ['suppressed', 'user-unknown'],
      reason: ['suppressed', 'userunknown'],
      recipient: 'harper.cole@example.net',
      provider: /amazon|ses/i,
    },
  ],
  [
    'Amazon SES bounce email: 4.4.7 message expired after 840 minutes, DNS lookup failing',
    report({
      from: 'MAILER-DAEMON@amazonses.com',
      subject: 'Delivery Status Notification (Failure)',
      text: ls(
        'An error occurred while trying to deliver the mail to the following recipients:',
        'orders@shop.example.net',
      ),
      dsn: {
        recipient: 'orders@shop.example.net',
        status: '4.4.7',
        reporting: 'a48-110.smtp-out.amazonses.com',
        diag: '554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.0 Unable to lookup DNS for shop.example.net>',
      },
    }),
    { ...EXPIRED, recipient: 'orders@shop.example.net', permanent: true },
  ],
  [
    'Amazon SES bounce email: receiving side says 552 5.2.2 mailbox full',
    report({
      from: 'MAILER-DAEMON@amazonses.com',
      subject: 'Delivery Status Notification (Failure)',
      text: ls(
        'An error occurred while trying to deliver the mail to the following recipients:',
        'ruth.meyer@example.de',
      ),
      dsn: {
        recipient: 'ruth.meyer@example.de',
        status: '5.2.2',
        reporting: 'a9-31.smtp-out.amazonses.com',
        remote: 'mx.example.de',
        diag: '552 5.2.2 <ruth.meyer@example.de>: Mailbox quota exceeded - account has reached its storage limit',
      },
    }),
    { ...MAILBOX_FULL, recipient: 'ruth.meyer@example.de', status: '5.2.2', replyCode: 552 },
  ],
  [
    'Amazon WorkMail notice: "Your message could not be delivered" to a recipient the receiver refuses as spam',
    report({
      from: 'MAILER-DAEMON@us-west-2.awsapps.com',
      subject: 'Delivery Status Notification (Failure)',
      text: ls(
        'Your message could not be delivered to one or more recipients.',
        '',
        'theo.nash@example.org',
        'Reason: 554 5.7.1 Message rejected as spam by content filter',
      ),
      dsn: {
        recipient: 'theo.nash@example.org',
        status: '5.7.1',
        reporting: 'smtp.mail.us-west-2.awsapps.com',
        remote: 'mx.example.org',
        diag: '554 5.7.1 Message rejected as spam by content filter',
      },
    }),
    {
      ...SPAM,
      recipient: 'theo.nash@example.org',
      replyCode: 554,
      status: '5.7.1',
      provider: /workmail/i,
    },
  ],
  [
    'SendGrid bounce email: "This is an automatically generated message from SendGrid", 550 user unknown',
    notice({
      from: 'MAILER-DAEMON@sendgrid.net',
      subject: POSTFIX_SUBJECT,
      text: ls(
        'This is an automatically generated message from SendGrid.',
        '',
        'We were unable to deliver your message to one of its intended recipients.',
        'If you need help with this, please contact SendGrid support.',
        '',
        'Recipient: <ivy.lawson@example.org>',
        'Remote server: mx.example.org [198.51.100.25]',
        'Reply: 550 5.1.1 <ivy.lawson@example.org>: mailbox does not exist',
      ),
      attach: 'ivy.lawson@example.org',
    }),
    { ...USER_UNKNOWN, recipient: 'ivy.lawson@example.org', replyCode: 550, status: '5.1.1' },
  ],
  [
    'Mailgun bounce email: "Delivery to the following recipient failed permanently", 554 sender domain DMARC reject',
    report({
      from: 'Mailgun <mailer-daemon@mailgun.org>',
      subject: 'Delivery Status Notification (Failure)',
      text: ls(
        'Delivery to the following recipient failed permanently:',
        '',
        '    nina.park@example.net',
        '',
        'Technical details of permanent failure:',
        "The recipient server rejected the message: 550 5.7.1 Unauthenticated email from example.com is not accepted due to domain's DMARC policy.",
      ),
      dsn: {
        recipient: 'nina.park@example.net',
        status: '5.7.1',
        reporting: 'so254-33.mailgun.net',
        remote: 'mx.example.net',
        diag: "550 5.7.1 Unauthenticated email from example.com is not accepted due to domain's DMARC policy.",
      },
    }),
    {
      cause: ['dmarc-fail', 'auth-failed'],
      reason: ['authfailure', 'policyviolation'],
      side: 'sender',
      recipient: 'nina.park@example.net',
      replyCode: 550,
    },
  ],
  [
    'PowerMTA DSN text: "Recipient address:", "Reason: Remote SMTP server has rejected address", 550 no such user',
    report({
      from: 'MAILER-DAEMON@bulk.example.com',
      subject: 'Delivery report',
      text: ls(
        'This report relates to a message you sent with the following header fields:',
        '',
        '  Message-id: <51.a9f3c2@mail.example.com>',
        `  Date: ${'Thu, 3 Dec 2026 09:40:51 +0000'}`,
        '  From: Alice Example <alice@example.com>',
        '  To: felix.ortiz@example.net',
        '  Subject: Order 4471 confirmation',
        '',
        'Your message cannot be delivered to the following recipients:',
        '',
        '  Recipient address: felix.ortiz@example.net',
        '  Reason: Remote SMTP server has rejected address',
        '  Diagnostic code: smtp;550 No such user here',
        '  Remote system: dns;mx.example.net (TCP|192.0.2.44|49502|198.51.100.7|25) (mx.example.net ESMTP)',
      ),
      dsn: {
        recipient: 'felix.ortiz@example.net',
        status: '5.0.0',
        reporting: 'bulk.example.com',
        remote: 'mx.example.net',
        diag: '550 No such user here',
        extra: ['X-PowerMTA-BounceCategory: bad-mailbox'],
      },
    }),
    { ...USER_UNKNOWN, recipient: 'felix.ortiz@example.net', replyCode: 550 },
  ],
  [
    'PowerMTA delay report: "Reason: Remote SMTP server is busy", 421 too many connections from your IP',
    report({
      from: 'MAILER-DAEMON@bulk.example.com',
      subject: 'Delivery delayed',
      text: ls(
        'This report relates to a message you sent with the following header fields:',
        '',
        '  Message-id: <51.a9f3c2@mail.example.com>',
        '  To: lena.voss@example.org',
        '',
        'Your message has not been delivered to the following recipients yet; delivery will be retried:',
        '',
        '  Recipient address: lena.voss@example.org',
        '  Reason: Remote SMTP server is busy',
        '  Diagnostic code: smtp;421 4.7.0 Too many concurrent connections from your IP, try again later',
      ),
      dsn: {
        recipient: 'lena.voss@example.org',
        status: '4.7.0',
        action: 'delayed',
        reporting: 'bulk.example.com',
        remote: 'mx.example.org',
        diag: '421 4.7.0 Too many concurrent connections from your IP, try again later',
        extra: ['X-PowerMTA-BounceCategory: policy-related'],
      },
    }),
    {
      cause: ['too-many-connections', 'rate-limited'],
      reason: ['toomanyconn', 'speeding'],
      recipient: 'lena.voss@example.org',
      permanent: false,
    },
  ],
];

// ---- Google ----

const GOOGLE: Case[] = [
  [
    'Gmail "Message blocked": the remote server refused on content policy (550 5.7.1 content restrictions)',
    report({
      from: GMAIL_FROM,
      subject: GMAIL_DSN,
      html: true,
      te: 'quoted-printable',
      text: ls(
        '** Message blocked **',
        '',
        'Your message to lucas.brandt@example.org has been blocked. See technical details below for more information.',
        '',
        'The response from the remote server was:',
        '550 5.7.1 Message rejected due to content restrictions: attachment type not allowed',
      ),
      dsn: {
        recipient: 'lucas.brandt@example.org',
        status: '5.7.1',
        reporting: 'googlemail.com',
        remote: 'mx.example.org',
        diag: '550 5.7.1 Message rejected due to content restrictions: attachment type not allowed',
      },
    }),
    {
      cause: ['policy-violation', 'content-filtered'],
      reason: ['policyviolation', 'filtered', 'contenterror'],
      recipient: 'lucas.brandt@example.org',
      replyCode: 550,
      status: '5.7.1',
    },
  ],
  [
    'Gmail "Message not delivered": the recipient server did not accept connections, given up (timed out)',
    report({
      from: GMAIL_FROM,
      subject: GMAIL_DSN,
      html: true,
      te: 'quoted-printable',
      text: ls(
        '** Message not delivered **',
        '',
        'There was a problem delivering your message to sofia.lind@example.net. See the technical details below.',
        '',
        'The response was:',
        '',
        'The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720 [mx.example.net. 192.0.2.61: timed out]',
      ),
      dsn: {
        recipient: 'sofia.lind@example.net',
        status: '4.4.1',
        reporting: 'googlemail.com',
        diag: 'The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720 [mx.example.net. 192.0.2.61: timed out]',
      },
    }),
    { ...EXPIRED, recipient: 'sofia.lind@example.net', permanent: true },
  ],
  [
    'Gmail "Delivery incomplete": a temporary problem, Gmail will retry (451 4.3.0 temporarily rejected)',
    report({
      from: GMAIL_FROM,
      subject: 'Delivery Status Notification (Delay)',
      html: true,
      te: 'quoted-printable',
      text: ls(
        '** Delivery incomplete **',
        '',
        "There was a temporary problem delivering your message to marco.ricci@example.it. Gmail will retry for 44 more hours. You'll be notified if the delivery fails permanently.",
        '',
        'The response was:',
        '451 4.3.0 Mail server temporarily rejected message.',
      ),
      dsn: {
        recipient: 'marco.ricci@example.it',
        status: '4.3.0',
        action: 'delayed',
        reporting: 'googlemail.com',
        remote: 'mx.example.it',
        diag: '451 4.3.0 Mail server temporarily rejected message.',
      },
    }),
    {
      cause: ['server-unavailable', 'system-error', 'delivery-delayed'],
      reason: ['systemerror', 'onhold', 'expired'],
      recipient: 'marco.ricci@example.it',
      permanent: false,
    },
  ],
  [
    "Postfix notice for a gmail.com recipient: 552-5.2.2 the recipient's inbox is out of storage space (folded reply)",
    report({
      from: POSTFIX_FROM,
      subject: POSTFIX_SUBJECT,
      text: postfixText(
        'kai.jensen@gmail.com',
        ls(
          'host gmail-smtp-in.l.google.com[142.250.153.27] said:',
          "    552-5.2.2 The recipient's inbox is out of storage space. Please direct the",
          '    552-5.2.2 recipient to',
          '    552 5.2.2  https://support.google.com/mail/?p=OverQuotaTemp 5a1b2c3d4e5f.77 - gsmtp (in',
          '    reply to end of DATA command)',
        ),
      ),
      dsn: {
        recipient: 'kai.jensen@gmail.com',
        status: '5.2.2',
        remote: 'gmail-smtp-in.l.google.com',
        diag: "552-5.2.2 The recipient's inbox is out of storage space. Please direct the 552-5.2.2 recipient to 552 5.2.2  https://support.google.com/mail/?p=OverQuotaTemp 5a1b2c3d4e5f.77 - gsmtp",
      },
    }),
    {
      ...MAILBOX_FULL,
      recipient: 'kai.jensen@gmail.com',
      status: '5.2.2',
      replyCode: 552,
      provider: /google|gmail/i,
    },
  ],
  [
    'Postfix notice for a gmail.com recipient: 550-5.2.1 the account is disabled',
    report({
      from: POSTFIX_FROM,
      subject: POSTFIX_SUBJECT,
      text: postfixText(
        'ava.morris@gmail.com',
        ls(
          'host gmail-smtp-in.l.google.com[142.250.153.27] said:',
          '    550-5.2.1 The email account that you tried to reach is disabled. For more',
          '    550-5.2.1 information, go to',
          '    550 5.2.1  https://support.google.com/mail/?p=DisabledUser 9z8y7x6w5v.12 - gsmtp (in',
          '    reply to RCPT TO command)',
        ),
      ),
      dsn: {
        recipient: 'ava.morris@gmail.com',
        status: '5.2.1',
        remote: 'gmail-smtp-in.l.google.com',
        diag: '550-5.2.1 The email account that you tried to reach is disabled. For more 550-5.2.1 information, go to 550 5.2.1  https://support.google.com/mail/?p=DisabledUser 9z8y7x6w5v.12 - gsmtp',
      },
    }),
    { ...DISABLED, recipient: 'ava.morris@gmail.com', status: '5.2.1', replyCode: 550 },
  ],
  [
    'Google Groups: "You do not have permission to post messages to this group" (Message blocked)',
    report({
      from: GMAIL_FROM,
      subject: GMAIL_DSN,
      html: true,
      te: 'quoted-printable',
      text: ls(
        '** Message blocked **',
        '',
        'Your message to board@lists.example.com has been blocked. See technical details below for more information.',
        '',
        'The response was:',
        'You do not have permission to post messages to this group. If you believe this is an error, contact the group owner.',
      ),
      dsn: {
        recipient: 'board@lists.example.com',
        status: '5.7.0',
        reporting: 'googlemail.com',
        diag: 'You do not have permission to post messages to this group. If you believe this is an error, contact the group owner.',
      },
    }),
    {
      cause: ['recipient-restricted', 'blocked-by-recipient', 'outside-domain-not-allowed'],
      reason: ['rejected', 'securityerror'],
      recipient: 'board@lists.example.com',
    },
  ],
  [
    'Google Groups / Workspace: the group you tried to contact may not exist ("Address not found")',
    report({
      from: GMAIL_FROM,
      subject: GMAIL_DSN,
      html: true,
      te: 'quoted-printable',
      text: ls(
        '** Address not found **',
        '',
        "Your message wasn't delivered to events@example.com because the address couldn't be found, or is unable to receive mail.",
        '',
        'The response was:',
        '',
        "We're writing to let you know that the group you tried to contact (events) may not exist, or you may not have permission to post messages to the group. A few more details on why you weren't able to post:",
        '',
        ' * You might have spelled or formatted the group name incorrectly.',
        ' * The owner of the group may have removed this group.',
      ),
      dsn: {
        recipient: 'events@example.com',
        status: '5.1.1',
        reporting: 'googlemail.com',
        diag: '550 5.1.1 The group you tried to contact (events) may not exist, or you may not have permission to post messages to the group.',
      },
    }),
    {
      cause: ['user-unknown', 'recipient-restricted'],
      reason: ['userunknown', 'rejected'],
      recipient: 'events@example.com',
    },
  ],
  [
    'Google Workspace: outbound sending limit ("You have reached a limit for sending mail"), 550 5.4.5',
    report({
      from: GMAIL_FROM,
      subject: GMAIL_DSN,
      html: true,
      te: 'quoted-printable',
      text: ls(
        '** You have reached a limit for sending mail **',
        '',
        'Your message was not sent to pia.kruger@example.org because you have reached a limit for sending mail. Please try again later.',
        '',
        'Learn more at https://support.google.com/a/answer/166852',
        '',
        'The response was:',
        '550 5.4.5 Daily user sending limit exceeded. For more information on Gmail sending limits go to https://support.google.com/a/answer/166852',
      ),
      dsn: {
        recipient: 'pia.kruger@example.org',
        status: '5.4.5',
        reporting: 'googlemail.com',
        diag: '550 5.4.5 Daily user sending limit exceeded.',
      },
    }),
    {
      cause: ['rate-limited', 'outbound-filter', 'size-limit-exceeded'],
      reason: ['speeding', 'exceedlimit', 'toomanyconn'],
      side: 'sender',
      recipient: 'pia.kruger@example.org',
    },
  ],
  [
    'Postfix notice for a Workspace recipient: 421-4.7.28 unusual rate of unsolicited mail from the IP, deferred',
    report({
      from: POSTFIX_FROM,
      subject: 'Delayed Mail (still being retried)',
      text: postfixText(
        'ben.archer@example.org',
        ls(
          'host aspmx.l.google.com[142.250.153.26] said: 421-4.7.28',
          '    Gmail has detected an unusual rate of unsolicited mail originating from your',
          '    IP address. To protect our users from spam, mail sent from your IP address',
          '    has been temporarily rate limited. 421 4.7.28 For more information, go to',
          '    https://support.google.com/mail/answer/188131 1a2b3c.9 - gsmtp (in reply to end of DATA command)',
        ),
      ),
      dsn: {
        recipient: 'ben.archer@example.org',
        status: '4.7.28',
        action: 'delayed',
        remote: 'aspmx.l.google.com',
        diag: '421-4.7.28 Gmail has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily rate limited. 421 4.7.28 For more information, go to https://support.google.com/mail/answer/188131 1a2b3c.9 - gsmtp',
      },
    }),
    {
      cause: ['ip-reputation', 'rate-limited'],
      reason: ['badreputation', 'blocked', 'speeding'],
      side: 'sender',
      recipient: 'ben.archer@example.org',
      permanent: false,
      provider: /google|gmail/i,
    },
  ],
];

// ---- Microsoft ----

const msNdr = (rcpt: string, heading: string, lines: string[], diag: string, status: string): string =>
  report({
    from: MS_FROM,
    subject: 'Undeliverable: Order 4471 confirmation',
    html: true,
    te: 'quoted-printable',
    text: ls(
      `Your message to ${rcpt} couldn't be delivered.`,
      heading,
      '',
      `alice    Office 365    ${rcpt.split('@')[0]}`,
      'Action Required    Recipient',
      '',
      ...lines,
      '',
      'More Info for Email Admins',
      `Status code: ${diag.slice(0, 3)} ${status}`,
      '',
      'Original Message Details',
      `Created Date: ${'12/3/2026 9:40:51 AM'}`,
      'Sender Address: alice@example.com',
      `Recipient Address: ${rcpt}`,
      'Subject: Order 4471 confirmation',
      '',
      'Error Details',
      `Error: ${diag}`,
      'Message rejected by: AM0PR01MB1234.eurprd01.prod.exchangelabs.com',
      '',
      'Notification Details',
      'Sent by: DB9PR01MB5678.eurprd01.prod.exchangelabs.com',
    ),
    dsn: {
      recipient: rcpt,
      status,
      reporting: 'DB9PR01MB5678.eurprd01.prod.exchangelabs.com',
      diag,
      extra: [`X-Display-Name: ${rcpt.split('@')[0]}`],
    },
  });

const MICROSOFT: Case[] = [
  [
    'M365 NDR: 550 5.4.1 Recipient address rejected: Access denied. AS(201806281) (directory-based edge blocking)',
    msNdr(
      'jack.hale@example.net',
      "jack.hale wasn't found at example.net.",
      ['Unknown To address'],
      '550 5.4.1 Recipient address rejected: Access denied. For more information see https://aka.ms/EXOSmtpErrors [AM0PR01MB1234.eurprd01.prod.exchangelabs.com 2026-12-03T09:41:05.512Z 08DD1234ABCD5678]',
      '5.4.1',
    ),
    { ...MS_NOT_FOUND, recipient: 'jack.hale@example.net', status: '5.4.1', replyCode: 550, provider: MS },
  ],
  [
    "M365 NDR: 550 5.7.606 Access denied, banned sending IP (the sending IP is on Microsoft's list)",
    msNdr(
      'mia.fox@example.org',
      "Your message wasn't delivered because the recipient's email provider rejected it.",
      ['Your IP address is on the block list'],
      '550 5.7.606 Access denied, banned sending IP [203.0.113.45]. To request removal from this list please visit https://sender.office.com/ and follow the directions. For more information please go to http://go.microsoft.com/fwlink/?LinkID=526655 AS(1430)',
      '5.7.606',
    ),
    { ...IP_BLOCK, recipient: 'mia.fox@example.org', status: '5.7.606', replyCode: 550 },
  ],
  [
    "M365 NDR: 550 5.7.708 Service unavailable, traffic not accepted from this IP (a new tenant's outbound)",
    msNdr(
      'noah.quinn@example.org',
      "Your message wasn't delivered because the recipient's email provider rejected it.",
      [],
      '550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653 AS(7230) [DB9PR01MB5678.eurprd01.prod.exchangelabs.com]',
      '5.7.708',
    ),
    {
      cause: ['ip-reputation', 'ip-blocklisted', 'sender-account-blocked'],
      reason: ['badreputation', 'blocked', 'rejected'],
      side: 'sender',
      recipient: 'noah.quinn@example.org',
      status: '5.7.708',
    },
  ],
  [
    'M365 NDR: 550 5.7.1 RESOLVER.RST.NotAuthorized, delivery to this group is restricted',
    msNdr(
      'finance-team@example.net',
      "Your message can't be delivered because delivery to this address is restricted.",
      ['Delivery restricted'],
      '550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized [Stage: CreateMessage]',
      '5.7.1',
    ),
    { ...RESTRICTED, recipient: 'finance-team@example.net', status: '5.7.1' },
  ],
  [
    'M365 NDR: 554 5.2.2 mailbox full, "The recipient\'s mailbox is full and can\'t accept messages now"',
    msNdr(
      'zoe.hart@example.net',
      "The recipient's mailbox is full and can't accept messages now. Please try resending your message later, or contact the recipient directly.",
      ['Mailbox full'],
      '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception',
      '5.2.2',
    ),
    { ...MAILBOX_FULL, recipient: 'zoe.hart@example.net', status: '5.2.2' },
  ],
  [
    'M365 NDR: 550 4.4.7 QUEUE.Expired; the destination never answered, message expired',
    msNdr(
      'leo.ward@example.org',
      "Delivery of your message to leo.ward@example.org has failed because the receiving server didn't respond for too long.",
      [],
      '550 4.4.7 QUEUE.Expired; message expired [Message=451 4.4.0 DNS query failed. The error was: DNS query failed with error: ErrorRetry] [LastAttemptedServerName=example.org]',
      '4.4.7',
    ),
    { ...EXPIRED, recipient: 'leo.ward@example.org', permanent: true },
  ],
  [
    'M365 NDR: 550 5.7.509 sending domain does not pass DMARC verification (reject policy)',
    msNdr(
      'eva.sand@example.net',
      "Your message wasn't delivered because the recipient's email provider rejected it.",
      [],
      '550 5.7.509 Access denied, sending domain example.com does not pass DMARC verification and has a DMARC policy of reject. [DB9PR01MB5678.eurprd01.prod.exchangelabs.com 2026-12-03T09:41:05.512Z 08DD1234ABCD5678]',
      '5.7.509',
    ),
    {
      cause: 'dmarc-fail',
      reason: ['authfailure', 'policyviolation'],
      side: 'sender',
      recipient: 'eva.sand@example.net',
    },
  ],
  [
    'M365 NDR: 550 5.7.133 sender not authenticated for group',
    msNdr(
      'all-staff@example.org',
      "Your message can't be delivered because the group only accepts messages from people in its organization or on its allowed senders list.",
      [],
      '550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed as sender not authenticated',
      '5.7.133',
    ),
    { ...RESTRICTED, recipient: 'all-staff@example.org', status: '5.7.133' },
  ],
  [
    'Outlook.com consumer: 550 5.5.0 mailbox unavailable (S2017062302) in a Postfix notice for an outlook.com recipient',
    report({
      from: POSTFIX_FROM,
      subject: POSTFIX_SUBJECT,
      text: postfixText(
        'grace.dunn@outlook.com',
        ls(
          'host outlook-com.olc.protection.outlook.com[52.101.40.5] said: 550',
          '    5.5.0 Requested action not taken: mailbox unavailable (S2017062302)',
          '    [CO1PEPF000012345.namprd05.prod.outlook.com 2026-12-03T09:41:00.100Z',
          '    08DD9A1B2C3D4E5F] (in reply to RCPT TO command)',
        ),
      ),
      dsn: {
        recipient: 'grace.dunn@outlook.com',
        status: '5.5.0',
        remote: 'outlook-com.olc.protection.outlook.com',
        diag: '550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302) [CO1PEPF000012345.namprd05.prod.outlook.com 2026-12-03T09:41:00.100Z 08DD9A1B2C3D4E5F]',
      },
    }),
    { ...USER_UNKNOWN, recipient: 'grace.dunn@outlook.com', replyCode: 550, provider: MS },
  ],
  [
    'Outlook.com: 421 RP-001 hourly and daily limits, deferred in a Postfix delay notice',
    report({
      from: POSTFIX_FROM,
      subject: 'Delayed Mail (still being retried)',
      text: postfixText(
        'owen.price@hotmail.com',
        ls(
          'host hotmail-com.olc.protection.outlook.com[52.101.8.33] said: 421 RP-001',
          "    (BN1PEPF00001234) Unfortunately, some messages from 203.0.113.45 weren't sent.",
          '    Please try again. We have limits for how many messages can be sent per hour',
          '    and per day. You can also refer to https://go.microsoft.com/fwlink/?LinkId=526653',
          '    (in reply to MAIL FROM command)',
        ),
      ),
      dsn: {
        recipient: 'owen.price@hotmail.com',
        status: '4.0.0',
        action: 'delayed',
        remote: 'hotmail-com.olc.protection.outlook.com',
        diag: "421 RP-001 (BN1PEPF00001234) Unfortunately, some messages from 203.0.113.45 weren't sent. Please try again. We have limits for how many messages can be sent per hour and per day.",
      },
    }),
    {
      cause: ['rate-limited', 'too-many-connections'],
      reason: ['speeding', 'toomanyconn'],
      side: 'sender',
      recipient: 'owen.price@hotmail.com',
      permanent: false,
      provider: MS,
    },
  ],
  [
    'M365 NDR: 550 5.1.10 for a tenant recipient, no DSN part, HTML only ("Diagnostic information for administrators")',
    notice({
      from: MS_FROM,
      subject: 'Undeliverable: Order 4471 confirmation',
      html: true,
      te: 'quoted-printable',
      text: ls(
        'Delivery has failed to these recipients or groups:',
        '',
        'ella.stone@example.net',
        "The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.",
        '',
        'Diagnostic information for administrators:',
        '',
        'Generating server: DB9PR01MB5678.eurprd01.prod.exchangelabs.com',
        '',
        'ella.stone@example.net',
        "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient ella.stone@example.net not found by SMTP address lookup'",
        '',
        'Original message headers:',
        '',
        'From: Alice Example <alice@example.com>',
        'To: ella.stone@example.net',
      ),
    }),
    { ...MS_NOT_FOUND, recipient: 'ella.stone@example.net', status: '5.1.10', replyCode: 550 },
  ],
];

// ---- Yahoo, AOL, national and ISP providers ----

const PROVIDERS: Case[] = [
  [
    'Yahoo as the sending MTA: "Failure Notice", "Sorry, we were unable to deliver your message", remote user unknown',
    notice({
      from: 'MAILER-DAEMON@yahoo.com',
      subject: 'Failure Notice',
      to: 'alice@yahoo.com',
      text: ls(
        'Sorry, we were unable to deliver your message to the following address.',
        '',
        '<max.weber@example.de>:',
        'Remote host said: 550 5.1.1 <max.weber@example.de>: Recipient address rejected: undeliverable address: no such mailbox [RCPT_TO]',
        '',
        '--- Below this line is a copy of the message.',
        '',
        'Received: from [203.0.113.80] by sonic310-21.consmr.mail.gq1.yahoo.com; Thu, 3 Dec 2026 09:40:51 +0000',
        'From: alice@yahoo.com',
        'To: max.weber@example.de',
      ),
    }),
    { ...USER_UNKNOWN, recipient: 'max.weber@example.de', replyCode: 550, status: '5.1.1' },
  ],
  [
    'AOL (Yahoo-run) notice: mailbox over quota at the remote host, 552 after DATA',
    notice({
      from: 'MAILER-DAEMON@aol.com',
      subject: 'Failure Notice',
      to: 'alice@aol.com',
      text: ls(
        'Sorry, we were unable to deliver your message to the following address.',
        '',
        '<claire.dubois@example.fr>:',
        'Remote host said: 552 5.2.2 <claire.dubois@example.fr>: user is over quota [DATA]',
        '',
        '--- Below this line is a copy of the message.',
      ),
    }),
    { ...MAILBOX_FULL, recipient: 'claire.dubois@example.fr', replyCode: 552 },
  ],
  [
    'Postfix notice for a yahoo.com recipient: 554 5.7.9 message not accepted for policy reasons',
    report({
      from: POSTFIX_FROM,
      subject: POSTFIX_SUBJECT,
      text: postfixText(
        'hugo.blake@yahoo.com',
        ls(
          'host mta7.am0.yahoodns.net[67.195.204.77] said: 554 5.7.9 Message not',
          '    accepted for policy reasons.  See https://senders.yahooinc.com/error-codes',
          '    (in reply to end of DATA command)',
        ),
      ),
      dsn: {
        recipient: 'hugo.blake@yahoo.com',
        status: '5.7.9',
        remote: 'mta7.am0.yahoodns.net',
        diag: '554 5.7.9 Message not accepted for policy reasons.  See https://senders.yahooinc.com/error-codes',
      },
    }),
    {
      cause: ['policy-violation', 'spam-filtered', 'ip-reputation'],
      reason: ['policyviolation', 'spamdetected', 'blocked', 'badreputation'],
      side: 'sender',
      recipient: 'hugo.blake@yahoo.com',
      provider: /yahoo/i,
    },
  ],
  [
    'Postfix notice for an aol.com recipient: 550 5.2.1 mailbox disabled, not accepting messages',
    report({
      from: POSTFIX_FROM,
      subject: POSTFIX_SUBJECT,
      text: postfixText(
        'dora.wells@aol.com',
        ls(
          'host mx-aol.mail.gm0.yahoodns.net[67.195.204.79] said: 550 5.2.1',
          '    Mailbox disabled, not accepting messages (in reply to RCPT TO command)',
        ),
      ),
      dsn: {
        recipient: 'dora.wells@aol.com',
        status: '5.2.1',
        remote: 'mx-aol.mail.gm0.yahoodns.net',
        diag: '550 5.2.1 Mailbox disabled, not accepting messages',
      },
    }),
    { ...DISABLED, recipient: 'dora.wells@aol.com', replyCode: 550 },
  ],
  [
    'Zoho Mail as the sending MTA: "ERROR CODE :550 - User does not exist"',
    notice({
      from: 'mailer-daemon@mail.zoho.com',
      subject: POSTFIX_SUBJECT,
      to: 'alice@zoho.example.com',
      text: ls(
        'This message was created automatically by mail delivery software.',
        'A message that you sent could not be delivered to one or more of its recipients. This is a permanent error.',
        '',
        'ian.reed@example.org, ERROR CODE :550 - 5.1.1 <ian.reed@example.org>: User does not exist',
      ),
      attach: 'ian.reed@example.org',
    }),
    { ...USER_UNKNOWN, recipient: 'ian.reed@example.org', replyCode: 550 },
  ],
  [
    'Postfix notice for a zoho.com recipient: 554 5.7.7 email policy violation detected',
    report({
      from: POSTFIX_FROM,
      subject: POSTFIX_SUBJECT,
      text: postfixText(
        'vera.lund@zoho.com',
        ls(
          'host mx.zoho.com[204.141.33.44] said: 554 5.7.7 Email policy',
          '    violation detected (in reply to end of DATA command)',
        ),
      ),
      dsn: {
        recipient: 'vera.lund@zoho.com',
        status: '5.7.7',
        remote: 'mx.zoho.com',
        diag: '554 5.7.7 Email policy violation detected',
      },
    }),
    {
      cause: ['policy-violation', 'spam-filtered', 'content-filtered'],
      reason: ['policyviolation', 'spamdetected', 'filtered'],
      recipient: 'vera.lund@zoho.com',
      replyCode: 554,
      provider: /zoho/i,
    },
  ],
  [
    'Mail.ru recipient in an Exim notice: "Local mailbox x is unavailable: account is blocked"',
    notice({
      from: 'Mail Delivery System <Mailer-Daemon@mail.example.com>',
      subject: 'Mail delivery failed: returning message to sender',
      text: ls(
        'This message was created automatically by mail delivery software.',
        '',
        'A message that you sent could not be delivered to one or more of its',
        'recipients. This is a permanent error. The following address(es) failed:',
        '',
        '  pavel.orlov@mail.ru',
        '    host mxs.mail.ru [94.100.180.104]',
        '    SMTP error from remote mail server after RCPT TO:<pavel.orlov@mail.ru>:',
        '    550 Message was not accepted -- invalid mailbox.  Local mailbox pavel.orlov@mail.ru is unavailable: account is blocked',
      ),
    }),
    {
      cause: ['mailbox-disabled', 'mailbox-inactive'],
      reason: 'suspend',
      recipient: 'pavel.orlov@mail.ru',
      replyCode: 550,
    },
  ],
  [
    'Yandex as the sending MTA: bilingual notice, remote host refused a spam-looking message after DATA',
    notice({
      from: 'mailer-daemon@yandex.ru',
      subject: bWord('Недоставленное сообщение', 'utf-8', 'UTF-8'),
      to: 'alice@yandex.ru',
      charset: 'utf-8',
      te: 'base64',
      text: ls(
        'Это письмо создано автоматически сервером Яндекс Почты.',
        'Ваше письмо не может быть доставлено одному или нескольким получателям.',
        '',
        'This message was created automatically by mail delivery software.',
        'A message that you sent could not be delivered to one or more of its recipients.',
        '',
        '<igor.sokolov@example.ru>: host mx.example.ru[198.51.100.90] said: 550 5.7.1',
        '    Message rejected: spam detected by content scanner (in reply to end of DATA command)',
      ),
    }),
    { ...SPAM, recipient: 'igor.sokolov@example.ru', replyCode: 550 },
  ],
  [
    'WEB.DE recipient in a Postfix notice: 550 Requested action not taken: mailbox unavailable',
    report({
      from: POSTFIX_FROM,
      subject: POSTFIX_SUBJECT,
      text: postfixText(
        'jana.vogel@web.de',
        ls(
          'host mx-ha02.web.de[212.227.17.8] said: 550 Requested action not taken:',
          '    mailbox unavailable (in reply to RCPT TO command)',
        ),
      ),
      dsn: {
        recipient: 'jana.vogel@web.de',
        status: '5.0.0',
        remote: 'mx-ha02.web.de',
        diag: '550 Requested action not taken: mailbox unavailable',
      },
    }),
    { ...USER_UNKNOWN, recipient: 'jana.vogel@web.de', replyCode: 550 },
  ],
  [
    'IONOS (1&1) recipient: 550 invalid DNS PTR resource record for the sending IP',
    report({
      from: POSTFIX_FROM,
      subject: POSTFIX_SUBJECT,
      text: postfixText(
        'tim.koch@example.de',
        ls(
          'host mx00.ionos.de[212.227.15.41] said: 554-IONOS (mxeue010)',
          '    Nemesis ESMTP Service not available 554-No SMTP service 554-invalid DNS',
          '    PTR resource record, IP=203.0.113.45 554 For explanation visit',
          '    https://www.ionos.de/hilfe/e-mail/ (in reply to MAIL FROM command)',
        ),
      ),
      dsn: {
        recipient: 'tim.koch@example.de',
        status: '5.0.0',
        remote: 'mx00.ionos.de',
        diag: '554-IONOS (mxeue010) Nemesis ESMTP Service not available 554-No SMTP service 554-invalid DNS PTR resource record, IP=203.0.113.45 554 For explanation visit https://www.ionos.de/hilfe/e-mail/',
      },
    }),
    {
      cause: 'reverse-dns-missing',
      reason: 'requireptr',
      side: 'sender',
      recipient: 'tim.koch@example.de',
      replyCode: 554,
    },
  ],
  [
    'GMX recipient: 452 mailbox full, later given up (Postfix DSN, action failed after retries)',
    report({
      from: POSTFIX_FROM,
      subject: POSTFIX_SUBJECT,
      text: postfixText(
        'lukas.beck@gmx.net',
        ls(
          'host mx01.emig.gmx.net[212.227.17.5] said: 452 4.2.2 Mailbox full',
          '    (in reply to RCPT TO command)',
        ),
      ),
      dsn: {
        recipient: 'lukas.beck@gmx.net',
        status: '4.2.2',
        remote: 'mx01.emig.gmx.net',
        diag: '452 4.2.2 Mailbox full',
      },
    }),
    { ...MAILBOX_FULL, recipient: 'lukas.beck@gmx.net', status: '4.2.2' },
  ],
  [
    'iCloud recipient: 550 5.1.1 user does not exist (mx01.mail.icloud.com), Exim notice',
    notice({
      from: 'Mail Delivery System <Mailer-Daemon@mail.example.com>',
      subject: 'Mail delivery failed: returning message to sender',
      text: ls(
        'This message was created automatically by mail delivery software.',
        '',
        'A message that you sent could not be delivered to one or more of its',
        'recipients. This is a permanent error. The following address(es) failed:',
        '',
        '  rosa.king@icloud.com',
        '    host mx01.mail.icloud.com [17.57.154.33]',
        '    SMTP error from remote mail server after RCPT TO:<rosa.king@icloud.com>:',
        '    550 5.1.1 <rosa.king@icloud.com>: user does not exist',
      ),
    }),
    { ...USER_UNKNOWN, recipient: 'rosa.king@icloud.com', replyCode: 550, provider: /apple|icloud/i },
  ],
  [
    'iCloud recipient: 554 5.7.1 [HM08] message rejected due to local policy',
    report({
      from: POSTFIX_FROM,
      subject: POSTFIX_SUBJECT,
      text: postfixText(
        'ada.burke@me.com',
        ls(
          'host mx02.mail.icloud.com[17.57.155.23] said: 554 5.7.1 [HM08] Message',
          '    rejected due to local policy. Please visit',
          '    https://support.apple.com/en-us/HT204137 (in reply to end of DATA command)',
        ),
      ),
      dsn: {
        recipient: 'ada.burke@me.com',
        status: '5.7.1',
        remote: 'mx02.mail.icloud.com',
        diag: '554 5.7.1 [HM08] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137',
      },
    }),
    {
      cause: ['policy-violation', 'spam-filtered', 'ip-reputation', 'ip-blocklisted'],
      reason: ['policyviolation', 'spamdetected', 'blocked', 'badreputation'],
      side: 'sender',
      recipient: 'ada.burke@me.com',
      provider: /apple|icloud/i,
    },
  ],
  [
    'Comcast recipient: 550 5.1.1 "Not our Customer" in a Sendmail-style DSN',
    report({
      from: 'Mail Delivery Subsystem <MAILER-DAEMON@mail.example.com>',
      subject: 'Returned mail: see transcript for details',
      text: ls(
        'The original message was received at Thu, 3 Dec 2026 09:40:51 GMT',
        'from localhost [127.0.0.1]',
        '',
        '   ----- The following addresses had permanent fatal errors -----',
        '<walt.cruz@comcast.net>',
        '    (reason: 550 5.1.1 <walt.cruz@comcast.net> Not our Customer)',
        '',
        '   ----- Transcript of session follows -----',
        '... while talking to mx1.comcast.net.:',
        '>>> RCPT To:<walt.cruz@comcast.net>',
        '<<< 550 5.1.1 <walt.cruz@comcast.net> Not our Customer',
        '550 5.1.1 <walt.cruz@comcast.net>... User unknown',
      ),
      dsn: {
        recipient: 'walt.cruz@comcast.net',
        status: '5.1.1',
        remote: 'mx1.comcast.net',
        diag: '550 5.1.1 <walt.cruz@comcast.net> Not our Customer',
      },
    }),
    { ...USER_UNKNOWN, recipient: 'walt.cruz@comcast.net', replyCode: 550, provider: /comcast/i },
  ],
  [
    'AT&T recipient: 550 5.2.1 mailbox disabled, Exim notice',
    notice({
      from: 'Mail Delivery System <Mailer-Daemon@mail.example.com>',
      subject: 'Mail delivery failed: returning message to sender',
      text: ls(
        'This message was created automatically by mail delivery software.',
        '',
        'A message that you sent could not be delivered to one or more of its',
        'recipients. This is a permanent error. The following address(es) failed:',
        '',
        '  earl.boyd@att.net',
        '    host ff-ip4-mx-vip1.prodigy.net [144.160.159.21]',
        '    SMTP error from remote mail server after RCPT TO:<earl.boyd@att.net>:',
        '    550 5.2.1 <earl.boyd@att.net>... Addressee unavailable, account is inactive',
      ),
    }),
    { ...DISABLED, recipient: 'earl.boyd@att.net', replyCode: 550 },
  ],
  [
    'GoDaddy (secureserver.net) recipient: 550 5.1.1 recipient not found with the x.co help link',
    report({
      from: POSTFIX_FROM,
      subject: POSTFIX_SUBJECT,
      text: postfixText(
        'sales@shop.example.net',
        ls(
          'host mx1.secureserver.net[68.178.213.37] said: 550 5.1.1',
          '    <sales@shop.example.net> Recipient not found.',
          '    <http://x.co/irbounce> (in reply to RCPT TO command)',
        ),
      ),
      dsn: {
        recipient: 'sales@shop.example.net',
        status: '5.1.1',
        remote: 'mx1.secureserver.net',
        diag: '550 5.1.1 <sales@shop.example.net> Recipient not found. <http://x.co/irbounce>',
      },
    }),
    {
      ...USER_UNKNOWN,
      recipient: 'sales@shop.example.net',
      replyCode: 550,
      provider: /godaddy|secureserver/i,
    },
  ],
  [
    "Cox recipient: 550 5.1.0 sender rejected (the sender's domain, AUP#CXSNDR)",
    report({
      from: POSTFIX_FROM,
      subject: POSTFIX_SUBJECT,
      text: postfixText(
        'nell.ross@cox.net',
        ls(
          'host cxr.mx.a.cloudfilter.net[35.162.106.154] said: 550 5.1.0',
          '    <alice@example.com> sender rejected AUP#CXSNDR (in reply to MAIL FROM command)',
        ),
      ),
      dsn: {
        recipient: 'nell.ross@cox.net',
        status: '5.1.0',
        remote: 'cxr.mx.a.cloudfilter.net',
        diag: '550 5.1.0 <alice@example.com> sender rejected AUP#CXSNDR',
      },
    }),
    {
      cause: ['sender-rejected', 'sender-domain-invalid', 'domain-blocklisted', 'auth-failed'],
      reason: ['rejected', 'blocked', 'authfailure'],
      side: 'sender',
      recipient: 'nell.ross@cox.net',
    },
  ],
  [
    'Orange recipient: 550 5.1.1 "Adresse d au moins un destinataire invalide" OFR_416 (Exim notice)',
    notice({
      from: 'Mail Delivery System <Mailer-Daemon@mail.example.com>',
      subject: 'Mail delivery failed: returning message to sender',
      text: ls(
        'This message was created automatically by mail delivery software.',
        '',
        'A message that you sent could not be delivered to one or more of its',
        'recipients. This is a permanent error. The following address(es) failed:',
        '',
        '  remy.girard@orange.fr',
        '    host smtp-in.orange.fr [80.12.242.11]',
        '    SMTP error from remote mail server after RCPT TO:<remy.girard@orange.fr>:',
        '    550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]',
      ),
    }),
    { ...USER_UNKNOWN, recipient: 'remy.girard@orange.fr', replyCode: 550, provider: /orange/i },
  ],
  [
    'Free.fr recipient: 421 too many spams from the sending IP (postmaster.free.fr), deferred',
    report({
      from: POSTFIX_FROM,
      subject: 'Delayed Mail (still being retried)',
      text: postfixText(
        'julie.martin@free.fr',
        ls(
          'host mx1.free.fr[212.27.48.6] said: 421 Too many spams from your IP',
          '    (203.0.113.45), please visit http://postmaster.free.fr/ (in reply to RCPT TO command)',
        ),
      ),
      dsn: {
        recipient: 'julie.martin@free.fr',
        status: '4.0.0',
        action: 'delayed',
        remote: 'mx1.free.fr',
        diag: '421 Too many spams from your IP (203.0.113.45), please visit http://postmaster.free.fr/',
      },
    }),
    {
      cause: ['ip-reputation', 'ip-blocklisted', 'rate-limited', 'spam-filtered'],
      reason: ['badreputation', 'blocked', 'speeding', 'spamdetected'],
      side: 'sender',
      recipient: 'julie.martin@free.fr',
      permanent: false,
    },
  ],
  [
    'SFR recipient: 550 5.7.1 "Message refusé pour suspicion de spam" after DATA',
    report({
      from: POSTFIX_FROM,
      subject: POSTFIX_SUBJECT,
      text: postfixText(
        'luc.petit@sfr.fr',
        ls(
          'host mx.sfr.fr[93.17.128.34] said: 550 5.7.1 Message refuse pour suspicion',
          '    de spam / Message refused, suspected spam (in reply to end of DATA command)',
        ),
      ),
      dsn: {
        recipient: 'luc.petit@sfr.fr',
        status: '5.7.1',
        remote: 'mx.sfr.fr',
        diag: '550 5.7.1 Message refuse pour suspicion de spam / Message refused, suspected spam',
      },
    }),
    { ...SPAM, recipient: 'luc.petit@sfr.fr', replyCode: 550 },
  ],
  [
    'La Poste recipient: 552 5.2.2 "boite aux lettres pleine" (quota dépassé)',
    report({
      from: POSTFIX_FROM,
      subject: POSTFIX_SUBJECT,
      text: postfixText(
        'anne.roux@laposte.net',
        ls(
          'host mx.laposte.net[160.92.124.66] said: 552 5.2.2 <anne.roux@laposte.net>:',
          '    boite aux lettres pleine / mailbox full (in reply to RCPT TO command)',
        ),
      ),
      dsn: {
        recipient: 'anne.roux@laposte.net',
        status: '5.2.2',
        remote: 'mx.laposte.net',
        diag: '552 5.2.2 <anne.roux@laposte.net>: boite aux lettres pleine / mailbox full',
      },
    }),
    { ...MAILBOX_FULL, recipient: 'anne.roux@laposte.net', replyCode: 552 },
  ],
  [
    'QQ Mail recipient: 550 "Mailbox not found" with the service.mail.qq.com help link',
    report({
      from: POSTFIX_FROM,
      subject: POSTFIX_SUBJECT,
      text: postfixText(
        '8842017@qq.com',
        ls(
          'host mx3.qq.com[203.205.219.57] said: 550 Mailbox not found.',
          '    http://service.mail.qq.com/detail/0/92. (in reply to RCPT TO command)',
        ),
      ),
      dsn: {
        recipient: '8842017@qq.com',
        status: '5.0.0',
        remote: 'mx3.qq.com',
        diag: '550 Mailbox not found. http://service.mail.qq.com/detail/0/92.',
      },
    }),
    { ...USER_UNKNOWN, recipient: '8842017@qq.com', replyCode: 550, provider: /qq|tencent/i },
  ],
  [
    'Tencent Exmail recipient: 550 "Mail is rejected by recipients" (the recipient blocked the sender)',
    report({
      from: POSTFIX_FROM,
      subject: POSTFIX_SUBJECT,
      text: postfixText(
        'chen.jun@example.cn',
        ls(
          'host mxbiz1.qq.com[183.3.235.78] said: 550 Mail is rejected by recipients',
          '    [MLVIpS3hgdLnR0uQ8mBklRbu4Z1R7BTnhpoMTWyK8p6x0uhA 198.51.100.7 ]. (in reply to end of DATA command)',
        ),
      ),
      dsn: {
        recipient: 'chen.jun@example.cn',
        status: '5.0.0',
        remote: 'mxbiz1.qq.com',
        diag: '550 Mail is rejected by recipients [MLVIpS3hgdLnR0uQ8mBklRbu4Z1R7BTnhpoMTWyK8p6x0uhA 198.51.100.7 ].',
      },
    }),
    {
      cause: ['blocked-by-recipient', 'recipient-restricted', 'content-filtered'],
      reason: ['rejected', 'filtered'],
      side: 'recipient',
      recipient: 'chen.jun@example.cn',
    },
  ],
  [
    'docomo recipient: 550 Unknown user in a Postfix notice',
    report({
      from: POSTFIX_FROM,
      subject: POSTFIX_SUBJECT,
      text: postfixText(
        'hana-k.0427@docomo.ne.jp',
        ls(
          'host mfsmax.docomo.ne.jp[203.138.180.112] said: 550 Unknown user',
          '    hana-k.0427@docomo.ne.jp (in reply to RCPT TO command)',
        ),
      ),
      dsn: {
        recipient: 'hana-k.0427@docomo.ne.jp',
        status: '5.0.0',
        remote: 'mfsmax.docomo.ne.jp',
        diag: '550 Unknown user hana-k.0427@docomo.ne.jp',
      },
    }),
    { ...USER_UNKNOWN, recipient: 'hana-k.0427@docomo.ne.jp', replyCode: 550 },
  ],
  [
    'au (KDDI) recipient: ISO-2022-JP notice, 552 mailbox size exceeded at the au MX',
    notice({
      from: 'MAILER-DAEMON@mail.example.jp',
      subject: encodedWord('配信エラー: Returned mail', 'ISO-2022-JP'),
      charset: 'ISO-2022-JP',
      te: '7bit',
      text: ls(
        'メールを配信できませんでした。',
        '以下の宛先への配信に失敗しました。',
        '',
        '宛先: sakura.ito@au.com',
        '理由: 552 5.2.2 <sakura.ito@au.com>: Mailbox size limit exceeded',
      ),
    }),
    { ...MAILBOX_FULL, recipient: 'sakura.ito@au.com', replyCode: 552 },
  ],
];

// ---- Filtering appliances and gateways ----

const GATEWAYS: Case[] = [
  [
    'Mimecast: 451 internal resource temporarily unavailable, deferred (Postfix delay notice)',
    report({
      from: POSTFIX_FROM,
      subject: 'Delayed Mail (still being retried)',
      text: postfixText(
        'ops@example.org',
        ls(
          'host eu-smtp-inbound-1.mimecast.com[195.130.217.1] said: 451 Internal',
          '    resource temporarily unavailable -',
          '    https://community.mimecast.com/docs/DOC-1369#451 [kXbN3pQ7Rz2mYw.uk31] (in reply to RCPT TO command)',
        ),
      ),
      dsn: {
        recipient: 'ops@example.org',
        status: '4.0.0',
        action: 'delayed',
        remote: 'eu-smtp-inbound-1.mimecast.com',
        diag: '451 Internal resource temporarily unavailable - https://community.mimecast.com/docs/DOC-1369#451 [kXbN3pQ7Rz2mYw.uk31]',
      },
    }),
    {
      cause: ['server-unavailable', 'system-error', 'greylisted'],
      reason: ['systemerror', 'onhold', 'blocked'],
      recipient: 'ops@example.org',
      permanent: false,
      provider: /mimecast/i,
    },
  ],
  [
    'Mimecast: 554 Email rejected due to security policies',
    report({
      from: POSTFIX_FROM,
      subject: POSTFIX_SUBJECT,
      text: postfixText(
        'legal@example.org',
        ls(
          'host us-smtp-inbound-2.mimecast.com[205.139.110.242] said: 554 Email',
          '    rejected due to security policies -',
          '    https://community.mimecast.com/docs/DOC-1369#554 [aQ1w2E3r4T5y6U.us123] (in reply to end of DATA command)',
        ),
      ),
      dsn: {
        recipient: 'legal@example.org',
        status: '5.0.0',
        remote: 'us-smtp-inbound-2.mimecast.com',
        diag: '554 Email rejected due to security policies - https://community.mimecast.com/docs/DOC-1369#554 [aQ1w2E3r4T5y6U.us123]',
      },
    }),
    {
      cause: ['policy-violation', 'content-filtered', 'spam-filtered'],
      reason: ['policyviolation', 'filtered', 'spamdetected', 'securityerror'],
      recipient: 'legal@example.org',
      provider: /mimecast/i,
    },
  ],
  [
    'Proofpoint: 554 5.7.1 blocked using Proofpoint Dynamic Reputation (ipcheck link)',
    report({
      from: POSTFIX_FROM,
      subject: POSTFIX_SUBJECT,
      text: postfixText(
        'hr@example.net',
        ls(
          'host mx0a-00112233.pphosted.com[148.163.150.10] said: 554 5.7.1 [203.0.113.45]',
          '    blocked using Proofpoint Dynamic Reputation. To request removal visit',
          '    https://ipcheck.proofpoint.com/?ip=203.0.113.45 (in reply to MAIL FROM command)',
        ),
      ),
      dsn: {
        recipient: 'hr@example.net',
        status: '5.7.1',
        remote: 'mx0a-00112233.pphosted.com',
        diag: '554 5.7.1 [203.0.113.45] blocked using Proofpoint Dynamic Reputation. To request removal visit https://ipcheck.proofpoint.com/?ip=203.0.113.45',
      },
    }),
    { ...IP_REPUTATION, recipient: 'hr@example.net', replyCode: 554, provider: /proofpoint/i },
  ],
  [
    'Symantec MessageLabs as the sending relay: qmail-style notice, the remote host does not like the recipient',
    notice({
      from: 'MAILER-DAEMON@messagelabs.com',
      subject: 'failure notice',
      text: ls(
        'Hi. This is the qmail-send program at mail612.messagelabs.com.',
        "I'm afraid I wasn't able to deliver your message to the following addresses.",
        "This is a permanent error; I've given up. Sorry it didn't work out.",
        '',
        '<paul.engel@example.org>:',
        '198.51.100.12 does not like recipient.',
        'Remote host said: 550 5.1.1 <paul.engel@example.org>: Recipient address rejected: User unknown in relay recipient table',
        'Giving up on 198.51.100.12.',
      ),
    }),
    { ...USER_UNKNOWN, recipient: 'paul.engel@example.org', replyCode: 550, status: '5.1.1' },
  ],
  [
    'MessageLabs inbound: 553 "you are trying to use me as a relay" (the recipient domain is not set up on the cloud)',
    report({
      from: POSTFIX_FROM,
      subject: POSTFIX_SUBJECT,
      text: postfixText(
        'accounts@example.net',
        ls(
          'host cluster5.eu.messagelabs.com[85.158.136.3] said: 553-you are trying to use',
          '    me [server-9.tower-234.messagelabs.com] as a relay, but I have not been',
          '    configured to let you [203.0.113.45, mail.example.com] do this. 553-Please',
          '    visit www.symanteccloud.com/troubleshooting for more details about this',
          '    error message and instructions to resolve this issue. (#5.7.1) (in reply to RCPT TO command)',
        ),
      ),
      dsn: {
        recipient: 'accounts@example.net',
        status: '5.7.1',
        remote: 'cluster5.eu.messagelabs.com',
        diag: '553-you are trying to use me [server-9.tower-234.messagelabs.com] as a relay, but I have not been configured to let you [203.0.113.45, mail.example.com] do this. 553-Please visit www.symanteccloud.com/troubleshooting for more details about this error message and instructions to resolve this issue. (#5.7.1)',
      },
    }),
    {
      cause: ['relay-denied', 'relay-not-authorised'],
      reason: 'norelaying',
      recipient: 'accounts@example.net',
      replyCode: 553,
    },
  ],
  [
    'McAfee MX Logic: 550 denied by policy ("Mode: normal")',
    report({
      from: POSTFIX_FROM,
      subject: POSTFIX_SUBJECT,
      text: postfixText(
        'tom.baker@example.com',
        ls(
          'host mail.example.com.inbound10.mxlogic.net[208.65.145.2] said: 550 5.7.1',
          '    Message rejected: identified as spam. [s2B7c9D1e3F5] (Mode: normal) (in reply to end of DATA command)',
        ),
      ),
      dsn: {
        recipient: 'tom.baker@example.com',
        status: '5.7.1',
        remote: 'mail.example.com.inbound10.mxlogic.net',
        diag: '550 5.7.1 Message rejected: identified as spam. [s2B7c9D1e3F5] (Mode: normal)',
      },
    }),
    { ...SPAM, recipient: 'tom.baker@example.com', replyCode: 550 },
  ],
  [
    'Barracuda: 550 permanent failure for one or more recipients (x:blocked)',
    report({
      from: POSTFIX_FROM,
      subject: POSTFIX_SUBJECT,
      text: postfixText(
        'purchasing@example.net',
        ls(
          'host d12345.a.ess.barracudanetworks.com[209.222.82.1] said: 550 permanent',
          '    failure for one or more recipients (purchasing@example.net:blocked) (in reply to end of DATA command)',
        ),
      ),
      dsn: {
        recipient: 'purchasing@example.net',
        status: '5.0.0',
        remote: 'd12345.a.ess.barracudanetworks.com',
        diag: '550 permanent failure for one or more recipients (purchasing@example.net:blocked)',
      },
    }),
    {
      cause: ['content-filtered', 'spam-filtered', 'policy-violation', 'blocked-by-recipient'],
      reason: ['filtered', 'spamdetected', 'policyviolation', 'rejected'],
      recipient: 'purchasing@example.net',
      replyCode: 550,
    },
  ],
  [
    'Trend Micro Hosted Email Security: 550 5.7.1 sending IP listed on Trend Micro ERS',
    report({
      from: POSTFIX_FROM,
      subject: POSTFIX_SUBJECT,
      text: postfixText(
        'it@example.org',
        ls(
          'host in.hes.trendmicro.eu[150.70.226.147] said: 550 5.7.1 Service unavailable;',
          '    Client host [203.0.113.45] blocked by Trend Micro Email Reputation Service. Please see',
          '    https://servicecentral.trendmicro.com/en-US/ers/ip-lookup/ (in reply to RCPT TO command)',
        ),
      ),
      dsn: {
        recipient: 'it@example.org',
        status: '5.7.1',
        remote: 'in.hes.trendmicro.eu',
        diag: '550 5.7.1 Service unavailable; Client host [203.0.113.45] blocked by Trend Micro Email Reputation Service. Please see https://servicecentral.trendmicro.com/en-US/ers/ip-lookup/',
      },
    }),
    { ...IP_REPUTATION, recipient: 'it@example.org', replyCode: 550 },
  ],
  [
    'Trend Micro InterScan Messaging Security as the sending relay: "Undeliverable Mail", virus found in the message',
    notice({
      from: 'InterScan MSS <imss@gw.example.com>',
      subject: 'Undeliverable Mail',
      text: ls(
        'The message you sent was not delivered.',
        '',
        'Sent <<< RCPT TO:<dana.hill@example.net>',
        'Received >>> 554 5.7.1 Message rejected: virus Trojan.Win32.Agent found in attachment invoice.zip',
        '',
        'Unable to deliver message to <dana.hill@example.net>.',
      ),
    }),
    { ...VIRUS, recipient: 'dana.hill@example.net', replyCode: 554 },
  ],
  [
    'Sophos Email: 550 5.7.1 "Message rejected: contains a virus"',
    report({
      from: POSTFIX_FROM,
      subject: POSTFIX_SUBJECT,
      text: postfixText(
        'reception@example.org',
        ls(
          'host mx-01-eu-west-1.prod.hydra.sophos.com[35.158.20.1] said: 550 5.7.1',
          '    Message rejected because it contains malware (Mal/DocDl-B). (in reply to end of DATA command)',
        ),
      ),
      dsn: {
        recipient: 'reception@example.org',
        status: '5.7.1',
        remote: 'mx-01-eu-west-1.prod.hydra.sophos.com',
        diag: '550 5.7.1 Message rejected because it contains malware (Mal/DocDl-B).',
      },
    }),
    { ...VIRUS, recipient: 'reception@example.org', replyCode: 550 },
  ],
  [
    "Cisco IronPort (Secure Email): 554 access rejected due to the sending MTA's poor reputation",
    report({
      from: POSTFIX_FROM,
      subject: POSTFIX_SUBJECT,
      text: postfixText(
        'billing@example.com',
        ls(
          'host esa1.example.iphmx.com[68.232.140.5] said: 554 Your access to this mail',
          "    system has been rejected due to the sending MTA's poor reputation. If you",
          '    believe that this failure is in error, please contact the intended',
          '    recipient via alternate means. (in reply to MAIL FROM command)',
        ),
      ),
      dsn: {
        recipient: 'billing@example.com',
        status: '5.0.0',
        remote: 'esa1.example.iphmx.com',
        diag: "554 Your access to this mail system has been rejected due to the sending MTA's poor reputation. If you believe that this failure is in error, please contact the intended recipient via alternate means.",
      },
    }),
    { ...IP_REPUTATION, recipient: 'billing@example.com', replyCode: 554 },
  ],
  [
    'Cisco IronPort: 550 #5.1.0 Address rejected (LDAP recipient check)',
    report({
      from: POSTFIX_FROM,
      subject: POSTFIX_SUBJECT,
      text: postfixText(
        'former.employee@example.com',
        ls(
          'host esa2.example.iphmx.com[68.232.140.6] said: 550 #5.1.0 Address rejected',
          '    former.employee@example.com (in reply to RCPT TO command)',
        ),
      ),
      dsn: {
        recipient: 'former.employee@example.com',
        status: '5.1.0',
        remote: 'esa2.example.iphmx.com',
        diag: '550 #5.1.0 Address rejected former.employee@example.com',
      },
    }),
    { ...USER_UNKNOWN, recipient: 'former.employee@example.com', replyCode: 550 },
  ],
  [
    'FortiMail: 554 5.7.1 blocked because it contains FortiGuard AntiSpam blocked URL',
    report({
      from: POSTFIX_FROM,
      subject: POSTFIX_SUBJECT,
      text: postfixText(
        'contact@example.net',
        ls(
          'host fortimail.example.net[198.51.100.30] said: 554 5.7.1 This message has',
          '    been blocked because it contains FortiGuard - AntiSpam blocking URL(s). (in reply to end of DATA command)',
        ),
      ),
      dsn: {
        recipient: 'contact@example.net',
        status: '5.7.1',
        remote: 'fortimail.example.net',
        diag: '554 5.7.1 This message has been blocked because it contains FortiGuard - AntiSpam blocking URL(s).',
      },
    }),
    {
      cause: ['spam-filtered', 'domain-blocklisted', 'content-filtered'],
      reason: ['spamdetected', 'blocked', 'filtered'],
      recipient: 'contact@example.net',
      replyCode: 554,
      provider: /forti/i,
    },
  ],
  [
    'mFILTER (Digital Arts) as the sending gateway: Japanese notice, 550 5.1.1 unknown user',
    notice({
      from: 'm-FILTER <mfilter@gw.example.jp>',
      subject: encodedWord('配信エラー通知', 'ISO-2022-JP'),
      charset: 'ISO-2022-JP',
      te: '7bit',
      text: ls(
        'このメールはメールフィルタ製品が自動的に送信しています。',
        '以下の宛先への送信に失敗しました。',
        '',
        'ishikawa.jun@example.co.jp',
        '',
        '*** エラー内容 ***',
        '550 5.1.1 <ishikawa.jun@example.co.jp>... User unknown',
      ),
    }),
    { ...USER_UNKNOWN, recipient: 'ishikawa.jun@example.co.jp', replyCode: 550 },
  ],
  [
    'MailFoundry: "delivery failure notification", the problem appears to be a full mailbox',
    notice({
      from: 'MAILER-DAEMON@filter.example.com',
      subject: 'Message delivery has failed',
      text: ls(
        'This is a delivery failure notification message indicating that',
        'an email you addressed to email address :',
        '',
        ' -- dean.ford@example.org',
        '',
        'could not be delivered. The problem appears to be :',
        ' -- Recipient mailbox is full',
        '',
        'Additional information follows :',
        ' -- 552 5.2.2 <dean.ford@example.org>: Mailbox quota exceeded',
      ),
    }),
    { ...MAILBOX_FULL, recipient: 'dean.ford@example.org', replyCode: 552 },
  ],
  [
    'MailMarshal (Trustwave SEG) as the sending gateway: "could not be delivered because of", 550 user unknown',
    notice({
      from: 'MailMarshal <postmaster@gw.example.com>',
      subject: 'Undeliverable: Order 4471 confirmation',
      text: ls(
        'Your message:',
        '   From:    Alice Example <alice@example.com>',
        '   Subject: Order 4471 confirmation',
        '',
        'Could not be delivered because of',
        '',
        '550 5.1.1 <gina.lowe@example.net>: Recipient address rejected: User unknown',
        '',
        'The following recipients were affected:',
        '   gina.lowe@example.net',
      ),
    }),
    { ...USER_UNKNOWN, recipient: 'gina.lowe@example.net', replyCode: 550 },
  ],
  [
    'Websense/Forcepoint Email Security as the sending gateway: transcript of attempts, host unreachable for days',
    notice({
      from: 'Postmaster <postmaster@gw.example.com>',
      subject: 'Message could not be delivered',
      text: ls(
        'Your message could not be sent.',
        'A transcript of the attempts to send the message follows.',
        'The number of attempts made: 12',
        'Addressed To: uma.reyes@example.org',
        '',
        'Thu, 3 Dec 2026 09:40:51 +0000',
        'Failed to connect to mail server mx.example.org [192.0.2.80] for 5 days: Connection timed out.',
        'The message has expired and will not be retried.',
      ),
    }),
    { ...EXPIRED, recipient: 'uma.reyes@example.org', permanent: true },
  ],
];

// ---- List managers and others ----

const OTHERS: Case[] = [
  [
    'FML list manager: a post from a non-member is refused ("you are not a member of this mailing list")',
    notice({
      from: 'team-admin@lists.example.jp',
      subject: 'Not a member (team ML)',
      text: ls(
        'You are not a member of this mailing list <team@lists.example.jp>.',
        '',
        'If you know the general guide of this list, please send mail with',
        'the body "# guide"(without quotes) to the address',
        '   team-ctl@lists.example.jp',
        '',
        '--team@lists.example.jp, Be Seeing You!',
      ),
      headers: ['X-MLServer: fml [fml 4.0.3 release (20011202/4.0.3)]', 'X-ML-Name: team'],
    }),
    {
      cause: ['recipient-restricted', 'blocked-by-recipient', 'outside-domain-not-allowed'],
      reason: ['rejected', 'securityerror'],
    },
  ],
  [
    'Facebook mail: 550 5.7.1 RCP-P2 refused due to recipient preferences',
    report({
      from: 'Facebook <mailer-daemon@mx.facebook.com>',
      subject: 'Sorry, your message could not be delivered',
      text: ls(
        'This message was created automatically by Facebook.',
        '',
        'Your message to quentin.ray@facebook.com could not be delivered.',
      ),
      dsn: {
        recipient: 'quentin.ray@facebook.com',
        status: '5.7.1',
        reporting: 'mx.facebook.com',
        diag: '550 5.7.1 RCP-P2 http://www.facebook.com/postmaster/response_codes?ip=203.0.113.45#rcp Refused due to recipient preferences',
      },
    }),
    {
      cause: ['blocked-by-recipient', 'recipient-restricted', 'content-filtered'],
      reason: ['rejected', 'filtered'],
      recipient: 'quentin.ray@facebook.com',
      provider: /facebook/i,
    },
  ],
  [
    'Bigfoot forwarding service: the forwarded-to address has moved (551 user not local)',
    notice({
      from: 'Mail Delivery System <Mailer-Daemon@bigfoot.com>',
      subject: 'Mail delivery failed: returning message to sender',
      text: ls(
        'This message was created automatically by mail delivery software.',
        '',
        'A message that you sent could not be delivered to one or more of its',
        'recipients. This is a permanent error. The following address(es) failed:',
        '',
        '  will.shaw@bigfoot.com',
        '    SMTP error from remote mail server after RCPT TO:<will.shaw@bigfoot.com>:',
        '    551 5.1.6 User not local; the recipient has moved, please try <will.shaw@example.net>',
      ),
    }),
    { cause: 'recipient-moved', reason: 'hasmoved', recipient: 'will.shaw@bigfoot.com', replyCode: 551 },
  ],
];

// ---- Not failures: ARF feedback reports and auto-replies ----

const NOT_FAILURES: Case[] = [
  [
    "ARF abuse report from Yahoo's feedback loop",
    arf({
      from: 'Yahoo! Mail AntiSpam Feedback <feedback@arf.mail.yahoo.com>',
      subject: 'FW: December offers',
      text: 'This is an email abuse report for an email message received from IP 203.0.113.45 on Thu, 3 Dec 2026 09:40:51 +0000.',
      type: 'abuse',
      userAgent: 'Yahoo!-Mail-Feedback/2.0',
      mailFrom: 'news@example.com',
      rcptTo: 'yuki.tan@yahoo.com',
      sourceIp: '203.0.113.45',
    }),
    { ...FEEDBACK, recipient: 'yuki.tan@yahoo.com' },
  ],
  [
    'ARF fraud report (phishing), Reported-Domain given',
    arf({
      from: 'abuse-reports@example.net',
      subject: 'Fraud report',
      text: 'This is a fraud (phishing) report for a message received from 198.51.100.77.',
      type: 'fraud',
      userAgent: 'ExampleFBL/1.2',
      mailFrom: 'security@example.com',
      rcptTo: 'victim@example.net',
      sourceIp: '198.51.100.77',
      extra: ['Reported-Domain: example.com'],
    }),
    { ...FEEDBACK, recipient: 'victim@example.net' },
  ],
  [
    'ARF auth-failure (DMARC failure report, RFC 6591)',
    arf({
      from: 'dmarc-noreply@example.org',
      subject: 'DMARC Failure Report for example.com',
      text: 'This is an authentication failure report for an email message received from IP 198.51.100.23.',
      type: 'auth-failure',
      userAgent: 'ExampleDMARC/3.0',
      mailFrom: 'billing@example.com',
      rcptTo: 'ap@example.org',
      sourceIp: '198.51.100.23',
      extra: [
        'Auth-Failure: dmarc',
        'Authentication-Results: mx.example.org; dmarc=fail (p=reject) header.from=example.com',
        'Reported-Domain: example.com',
        'Identity-Alignment: dkim, spf',
      ],
    }),
    { ...FEEDBACK, cause: 'auth-failure-report', recipient: 'ap@example.org' },
  ],
  [
    'ARF opt-out report (an unsubscribe request through the feedback loop)',
    arf({
      from: 'fbl@isp.example.net',
      subject: 'Opt-out request',
      text: 'The recipient asked to be removed from your list.',
      type: 'opt-out',
      userAgent: 'ExampleFBL/1.2',
      mailFrom: 'news@example.com',
      rcptTo: 'carl.moss@isp.example.net',
      sourceIp: '203.0.113.45',
    }),
    { ...FEEDBACK, recipient: 'carl.moss@isp.example.net' },
  ],
  [
    'ARF not-spam report (the user moved the message out of the spam folder)',
    arf({
      from: 'fbl@isp.example.net',
      subject: 'Not spam report',
      text: 'A user marked a message from your system as not spam.',
      type: 'not-spam',
      userAgent: 'ExampleFBL/1.2',
      mailFrom: 'news@example.com',
      rcptTo: 'emma.fry@isp.example.net',
      sourceIp: '203.0.113.45',
    }),
    { ...FEEDBACK, recipient: 'emma.fry@isp.example.net' },
  ],
  [
    'Exchange Online out-of-office: "Automatic reply:" with Auto-Submitted and X-Auto-Response-Suppress',
    notice({
      from: 'Rita Nolan <rita.nolan@example.org>',
      subject: 'Automatic reply: Order 4471 confirmation',
      html: true,
      te: 'quoted-printable',
      text: ls(
        'Thank you for your message. I am out of the office until 14 December with limited access to email.',
        'For urgent matters please contact sales@example.org.',
      ),
      headers: [
        'Auto-Submitted: auto-generated',
        'X-Auto-Response-Suppress: All',
        'X-MS-Exchange-Inbox-Rules-Loop: rita.nolan@example.org',
        'In-Reply-To: <51.a9f3c2@mail.example.com>',
      ],
    }),
    { ...VACATION },
  ],
  [
    'Gmail vacation responder (Auto-Submitted: auto-replied), a custom subject',
    notice({
      from: 'Sam Hale <sam.hale@gmail.com>',
      subject: 'Away until Monday',
      text: ls('Hi, I am travelling this week and will reply when I am back on Monday.', '', 'Sam'),
      headers: ['Auto-Submitted: auto-replied', 'In-Reply-To: <51.a9f3c2@mail.example.com>'],
    }),
    { ...VACATION },
  ],
  [
    'French absence notice: "Réponse automatique : absent du bureau" (Q encoded subject, ISO-8859-1 QP)',
    notice({
      from: 'Marie Lefevre <marie.lefevre@example.fr>',
      subject: qWord('Réponse automatique : Absent(e) du bureau', 'windows-1252', 'iso-8859-1'),
      charset: 'windows-1252',
      te: 'quoted-printable',
      text: ls(
        'Bonjour,',
        "Je suis absente du bureau jusqu'au 10 décembre inclus. Votre message ne sera pas transféré.",
        "En cas d'urgence, contactez accueil@example.fr.",
      ),
      headers: ['Auto-Submitted: auto-replied', 'Precedence: auto_reply'],
    }),
    { ...VACATION },
  ],
  [
    'Japanese absence notice: "不在通知" (ISO-2022-JP), RFC 3834 headers',
    notice({
      from: 'Kenji Mori <kenji.mori@example.co.jp>',
      subject: encodedWord('不在通知: Order 4471 confirmation', 'ISO-2022-JP'),
      charset: 'ISO-2022-JP',
      te: '7bit',
      text: ls('ただいま出張のため不在にしております。', '12月8日以降に順次返信いたします。'),
      headers: ['Auto-Submitted: auto-replied'],
    }),
    { ...VACATION },
  ],
];

// ---- Second batch: written after the fixes, new wordings of the same area ----

const SECOND_BATCH_51: Case[] = [
  [
    'M365 NDR: 550 5.7.64 TenantAttribution; Relay Access Denied (a connector that does not match)',
    msNdr(
      'sam.young@example.net',
      "Your message wasn't delivered because the recipient's email provider rejected it.",
      [],
      '550 5.7.64 TenantAttribution; Relay Access Denied [DB9EUR01FT012.eop-EUR01.prod.protection.outlook.com 2026-12-03T09:41:05.512Z 08DD1234ABCD5678]',
      '5.7.64',
    ),
    {
      cause: ['relay-denied', 'relay-not-authorised'],
      reason: 'norelaying',
      recipient: 'sam.young@example.net',
      status: '5.7.64',
      provider: MS,
    },
  ],
  [
    'M365 delay DSN: 451 4.7.500 Server busy, please try again later from [ip] (S77719)',
    report({
      from: MS_FROM,
      subject: 'Delivery delayed: Order 4471 confirmation',
      text: ls(
        'Delivery is delayed to these recipients or groups:',
        '',
        'lily.evans@outlook.com',
        '',
        "This message hasn't been delivered yet. Delivery will continue to be attempted.",
        '',
        'The server will keep trying to deliver this message for the next 1 days, 19 hours and 49 minutes.',
        '',
        'Diagnostic information for administrators:',
        'Generating server: DB9PR01MB5678.eurprd01.prod.exchangelabs.com',
        'Receiving server: outlook-com.olc.protection.outlook.com (52.101.40.5)',
        '',
        'lily.evans@outlook.com',
        "Remote Server returned '451 4.7.500 Server busy. Please try again later from [203.0.113.45]. (S77719) [Name=Protocol Filter Agent][AGT=PFA][MxId=11BA4FF8BB3E9D12]'",
      ),
      dsn: {
        recipient: 'lily.evans@outlook.com',
        status: '4.7.500',
        action: 'delayed',
        reporting: 'DB9PR01MB5678.eurprd01.prod.exchangelabs.com',
        remote: 'outlook-com.olc.protection.outlook.com',
        diag: '451 4.7.500 Server busy. Please try again later from [203.0.113.45]. (S77719) [Name=Protocol Filter Agent][AGT=PFA][MxId=11BA4FF8BB3E9D12]',
      },
    }),
    {
      cause: ['rate-limited', 'too-many-connections', 'ip-reputation', 'server-unavailable'],
      reason: ['speeding', 'toomanyconn', 'badreputation', 'blocked', 'systemerror'],
      recipient: 'lily.evans@outlook.com',
      permanent: false,
    },
  ],
  [
    'Gmail "Address not found": the recipient domain publishes a null MX and takes no mail',
    report({
      from: GMAIL_FROM,
      subject: GMAIL_DSN,
      html: true,
      te: 'quoted-printable',
      text: ls(
        '** Address not found **',
        '',
        "Your message wasn't delivered to info@parked.example.net because the domain parked.example.net does not accept email.",
        '',
        'The response was:',
        '',
        'The recipient domain parked.example.net publishes a null MX record (RFC 7505) and does not accept mail.',
      ),
      dsn: {
        recipient: 'info@parked.example.net',
        status: '5.1.10',
        reporting: 'googlemail.com',
        diag: '556 5.1.10 The recipient domain parked.example.net publishes a null MX record and does not accept mail.',
      },
    }),
    {
      cause: ['null-mx', 'not-accepting-mail'],
      reason: 'notaccept',
      recipient: 'info@parked.example.net',
    },
  ],
  [
    'Zoho as the sending MTA: "Unusual sending activity detected", the sender\'s own account held back (554 5.4.6)',
    notice({
      from: 'mailer-daemon@mail.zoho.com',
      subject: POSTFIX_SUBJECT,
      to: 'alice@zoho.example.com',
      text: ls(
        'This message was created automatically by mail delivery software.',
        'A message that you sent could not be delivered to one or more of its recipients. This is a permanent error.',
        '',
        'omar.said@example.org, ERROR CODE :554 - 5.4.6 Unusual sending activity detected. Outgoing mail from your account has been blocked. Please contact your administrator.',
      ),
    }),
    {
      cause: ['sender-account-blocked', 'rate-limited', 'outbound-filter'],
      reason: ['rejected', 'speeding', 'spamdetected'],
      side: 'sender',
      recipient: 'omar.said@example.org',
    },
  ],
  [
    "SoftBank recipient: 553 refused by the recipient's receive (domain restriction) settings",
    report({
      from: POSTFIX_FROM,
      subject: POSTFIX_SUBJECT,
      text: postfixText(
        'riko.0815@i.softbank.jp',
        ls(
          'host mx.i.softbank.jp[126.240.66.10] said: 553 5.7.1',
          "    <riko.0815@i.softbank.jp>: Message refused by the recipient's domain",
          '    restriction settings (in reply to RCPT TO command)',
        ),
      ),
      dsn: {
        recipient: 'riko.0815@i.softbank.jp',
        status: '5.7.1',
        remote: 'mx.i.softbank.jp',
        diag: "553 5.7.1 <riko.0815@i.softbank.jp>: Message refused by the recipient's domain restriction settings",
      },
    }),
    {
      cause: ['content-filtered', 'blocked-by-recipient', 'recipient-restricted'],
      reason: ['filtered', 'rejected'],
      side: 'recipient',
      recipient: 'riko.0815@i.softbank.jp',
    },
  ],
  [
    "Biglobe as the sending MTA: Japanese notice (ISO-2022-JP), the recipient's mailbox is over capacity",
    notice({
      from: 'MAILER-DAEMON@biglobe.ne.jp',
      subject: encodedWord('メール配信エラーのお知らせ', 'ISO-2022-JP'),
      to: 'alice@kb3.biglobe.ne.jp',
      charset: 'ISO-2022-JP',
      te: '7bit',
      text: ls(
        'お客様が送信されたメールは、宛先のメールボックスが容量オーバーのため配信できませんでした。',
        '',
        '宛先: nozomi.sato@example.ne.jp',
        '',
        'エラー内容: 552 5.2.2 mailbox for nozomi.sato@example.ne.jp is over capacity',
      ),
    }),
    { ...MAILBOX_FULL, recipient: 'nozomi.sato@example.ne.jp', replyCode: 552 },
  ],
  [
    "ARF virus report (a user's provider found malware in the sender's message)",
    arf({
      from: 'fbl@isp.example.net',
      subject: 'Virus report',
      text: 'A message from your system was found to carry malware and was reported by our filter.',
      type: 'virus',
      userAgent: 'ExampleFBL/1.2',
      mailFrom: 'invoices@example.com',
      rcptTo: 'acct@isp.example.net',
      sourceIp: '203.0.113.45',
    }),
    { ...FEEDBACK, recipient: 'acct@isp.example.net' },
  ],
  [
    'Spanish auto-reply without Auto-Submitted: "Respuesta automática: Fuera de la oficina", X-Autoreply: yes',
    notice({
      from: 'Lucia Gomez <lucia.gomez@example.es>',
      subject: qWord('Respuesta automática: Fuera de la oficina', 'utf-8', 'UTF-8'),
      charset: 'utf-8',
      te: 'quoted-printable',
      text: ls(
        'Gracias por su mensaje. Estaré fuera de la oficina hasta el 9 de diciembre, sin acceso al correo.',
        'Para asuntos urgentes escriba a oficina@example.es.',
      ),
      headers: ['X-Autoreply: yes', 'Precedence: bulk'],
    }),
    { ...VACATION },
  ],
  [
    'Gateway notice with nothing to go on: "could not be delivered", no code, no reason given',
    notice({
      from: 'Postmaster <postmaster@gw.example.com>',
      subject: 'Undeliverable message',
      text: ls(
        'Your message could not be delivered to the following recipient:',
        '',
        '    yara.fox@example.org',
        '',
        'No further information is available. Please contact your system administrator.',
      ),
    }),
    {
      cause: 'unknown',
      reason: ['undefined', 'onhold'],
      recipient: 'yara.fox@example.org',
    },
  ],
  [
    'Yahoo recipient: 421 4.7.0 [TSS09] all messages from the IP will be permanently deferred (delay notice)',
    report({
      from: POSTFIX_FROM,
      subject: 'Delayed Mail (still being retried)',
      text: postfixText(
        'ned.crane@yahoo.com',
        ls(
          'host mta6.am0.yahoodns.net[67.195.228.106] said: 421 4.7.0 [TSS09] All',
          '    messages from 203.0.113.45 will be permanently deferred; Retrying will NOT',
          '    succeed. See https://senders.yahooinc.com/error-codes (in reply to MAIL FROM command)',
        ),
      ),
      dsn: {
        recipient: 'ned.crane@yahoo.com',
        status: '4.7.0',
        action: 'delayed',
        remote: 'mta6.am0.yahoodns.net',
        diag: '421 4.7.0 [TSS09] All messages from 203.0.113.45 will be permanently deferred; Retrying will NOT succeed. See https://senders.yahooinc.com/error-codes',
      },
    }),
    { ...IP_REPUTATION, recipient: 'ned.crane@yahoo.com', provider: /yahoo/i },
  ],
  [
    'Cox recipient: 554 reverse DNS of the sending IP failed (AUP#CXDNS) in an Exim notice',
    notice({
      from: 'Mail Delivery System <Mailer-Daemon@mail.example.com>',
      subject: 'Mail delivery failed: returning message to sender',
      text: ls(
        'This message was created automatically by mail delivery software.',
        '',
        'A message that you sent could not be delivered to one or more of its',
        'recipients. This is a permanent error. The following address(es) failed:',
        '',
        '  iris.hale@cox.net',
        '    host cxr.mx.a.cloudfilter.net [35.162.106.154]',
        '    SMTP error from remote mail server after initial connection:',
        '    554 cxr.mx.a.cloudfilter.net cmsmtp 203.0.113.45 rejected - no rDNS AUP#CXDNS',
      ),
    }),
    {
      cause: 'reverse-dns-missing',
      reason: 'requireptr',
      side: 'sender',
      recipient: 'iris.hale@cox.net',
      replyCode: 554,
    },
  ],
  [
    "Mimecast: 550 rejected by the recipient's blocked senders (Block policy for Header From)",
    report({
      from: POSTFIX_FROM,
      subject: POSTFIX_SUBJECT,
      text: postfixText(
        'procurement@example.org',
        ls(
          'host eu-smtp-inbound-2.mimecast.com[195.130.217.2] said: 550 Rejected by',
          '    header based Blocked Senders - Block policy for Header From -',
          '    https://community.mimecast.com/docs/DOC-1369#550 [pL9oK8iJ7uH6yG.uk42] (in reply to end of DATA command)',
        ),
      ),
      dsn: {
        recipient: 'procurement@example.org',
        status: '5.0.0',
        remote: 'eu-smtp-inbound-2.mimecast.com',
        diag: '550 Rejected by header based Blocked Senders - Block policy for Header From - https://community.mimecast.com/docs/DOC-1369#550 [pL9oK8iJ7uH6yG.uk42]',
      },
    }),
    {
      ...RESTRICTED,
      cause: ['blocked-by-recipient', 'recipient-restricted'],
      recipient: 'procurement@example.org',
      provider: /mimecast/i,
    },
  ],
  [
    'Forcepoint Email Security: 550 5.7.1 message refused, it contains a blocked file (.exe)',
    report({
      from: POSTFIX_FROM,
      subject: POSTFIX_SUBJECT,
      text: postfixText(
        'desk@example.net',
        ls(
          'host mx.example.net[198.51.100.40] said: 550 5.7.1 Message refused by',
          '    Forcepoint Email Security: the attachment setup.exe is of a prohibited file',
          '    type (in reply to end of DATA command)',
        ),
      ),
      dsn: {
        recipient: 'desk@example.net',
        status: '5.7.1',
        remote: 'mx.example.net',
        diag: '550 5.7.1 Message refused by Forcepoint Email Security: the attachment setup.exe is of a prohibited file type',
      },
    }),
    {
      cause: ['policy-violation', 'content-filtered'],
      reason: ['policyviolation', 'filtered'],
      recipient: 'desk@example.net',
      replyCode: 550,
    },
  ],
  [
    'Proofpoint: 530 5.7.0 the recipient requires TLS and the sender did not start it',
    report({
      from: POSTFIX_FROM,
      subject: POSTFIX_SUBJECT,
      text: postfixText(
        'secure@example.com',
        ls(
          'host mx0b-00112233.pphosted.com[148.163.150.11] said: 530 5.7.0',
          '    Encryption required: this recipient accepts mail over STARTTLS only',
          '    (in reply to MAIL FROM command)',
        ),
      ),
      dsn: {
        recipient: 'secure@example.com',
        status: '5.7.0',
        remote: 'mx0b-00112233.pphosted.com',
        diag: '530 5.7.0 Encryption required: this recipient accepts mail over STARTTLS only',
      },
    }),
    {
      cause: ['tls-required', 'tls-failed', 'security-error'],
      reason: ['failedstarttls', 'securityerror'],
      recipient: 'secure@example.com',
      replyCode: 530,
    },
  ],
  [
    'Amazon SES bounce email: the receiver asks for reverse DNS (450 4.7.25 no PTR), given up as 5.7.25',
    report({
      from: 'MAILER-DAEMON@amazonses.com',
      subject: 'Delivery Status Notification (Failure)',
      text: ls(
        'An error occurred while trying to deliver the mail to the following recipients:',
        'kurt.lamb@example.org',
      ),
      dsn: {
        recipient: 'kurt.lamb@example.org',
        status: '5.7.25',
        reporting: 'a8-12.smtp-out.amazonses.com',
        remote: 'mx.example.org',
        diag: '550 5.7.25 Client host rejected: the sending IP 203.0.113.45 has no PTR record; reverse DNS is required',
      },
    }),
    {
      cause: 'reverse-dns-missing',
      reason: 'requireptr',
      side: 'sender',
      recipient: 'kurt.lamb@example.org',
      status: '5.7.25',
    },
  ],
];

// ---- Third batch: written after the second batch's fix, shapes rather than wordings ----

const THIRD_BATCH_51: Case[] = [
  [
    "Amazon SES bounce email with two recipients: the second one's mailbox is full (index 1)",
    report({
      from: 'MAILER-DAEMON@amazonses.com',
      subject: 'Delivery Status Notification (Failure)',
      text: ls(
        'An error occurred while trying to deliver the mail to the following recipients:',
        'abe.lowry@example.org',
        'bea.lowry@example.org',
      ),
      dsn: [
        {
          recipient: 'abe.lowry@example.org',
          status: '5.1.1',
          reporting: 'a8-40.smtp-out.amazonses.com',
          remote: 'mx.example.org',
          diag: '550 5.1.1 <abe.lowry@example.org>: Recipient address rejected: User unknown',
        },
        {
          recipient: 'bea.lowry@example.org',
          status: '5.2.2',
          reporting: 'a8-40.smtp-out.amazonses.com',
          remote: 'mx.example.org',
          diag: '552 5.2.2 <bea.lowry@example.org>: Mailbox full',
        },
      ],
    }),
    { ...MAILBOX_FULL, recipient: 'bea.lowry@example.org', status: '5.2.2', index: 1 },
  ],
  [
    'M365 NDR to its own user: 5.7.57 client was not authenticated to send mail ("weren\'t recognized as a valid sender")',
    msNdr(
      'partner@example.net',
      "Your message wasn't delivered because you weren't recognized as a valid sender. The most common reason for this is that your email address is suspected of sending spam and it's no longer allowed to send email.",
      [],
      '530 5.7.57 Client not authenticated to send mail. Error: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.',
      '5.7.57',
    ),
    {
      cause: ['auth-required', 'auth-failed', 'sender-account-blocked'],
      reason: ['securityerror', 'authfailure', 'rejected'],
      side: 'sender',
      recipient: 'partner@example.net',
    },
  ],
  [
    'Exchange 2016 NDR, old style, no DSN: "#550 5.4.300 Message expired" after the primary target dropped the connection',
    notice({
      from: 'Microsoft Outlook <postmaster@example.com>',
      subject: 'Undeliverable: Order 4471 confirmation',
      html: true,
      te: 'quoted-printable',
      text: ls(
        'Delivery has failed to these recipients or groups:',
        '',
        'pat.greer@example.org (pat.greer@example.org)',
        "The message couldn't be delivered because the destination server didn't respond for too long. Please try resending it later.",
        '',
        'Diagnostic information for administrators:',
        '',
        'Generating server: EXCH01.example.com',
        '',
        'pat.greer@example.org',
        '#550 5.4.300 Message expired -> 451 4.4.0 Primary target IP address responded with: "421 4.4.2 Connection dropped due to SocketError." Attempted failover to alternate host, but that did not succeed. ##',
      ),
    }),
    { ...EXPIRED, recipient: 'pat.greer@example.org', permanent: true },
  ],
  [
    'Gmail "Message blocked": the receiver\'s filter found a virus in the attachment',
    report({
      from: GMAIL_FROM,
      subject: GMAIL_DSN,
      html: true,
      te: 'base64',
      text: ls(
        '** Message blocked **',
        '',
        'Your message to frontdesk@example.org has been blocked. See technical details below for more information.',
        '',
        'The response from the remote server was:',
        '554 5.7.1 Message blocked by content filter: virus W32/Emotet.A!tr detected in attachment',
      ),
      dsn: {
        recipient: 'frontdesk@example.org',
        status: '5.7.1',
        reporting: 'googlemail.com',
        remote: 'mx.example.org',
        diag: '554 5.7.1 Message blocked by content filter: virus W32/Emotet.A!tr detected in attachment',
      },
    }),
    { ...VIRUS, recipient: 'frontdesk@example.org', replyCode: 554 },
  ],
  [
    'Yahoo as the sending MTA: the remote host refused the size (552 5.3.4 after DATA)',
    notice({
      from: 'MAILER-DAEMON@yahoo.com',
      subject: 'Failure Notice',
      to: 'alice@yahoo.com',
      text: ls(
        'Sorry, we were unable to deliver your message to the following address.',
        '',
        '<studio@example.net>:',
        'Remote host said: 552 5.3.4 Message size exceeds fixed maximum message size (20971520 bytes) [DATA]',
        '',
        '--- Below this line is a copy of the message.',
      ),
    }),
    {
      cause: ['message-too-large', 'size-limit-exceeded'],
      reason: ['mesgtoobig', 'exceedlimit'],
      side: 'sender',
      recipient: 'studio@example.net',
      replyCode: 552,
    },
  ],
];

const CASES_51: Case[] = [
  ...SENDING_SERVICES,
  ...GOOGLE,
  ...MICROSOFT,
  ...PROVIDERS,
  ...GATEWAYS,
  ...OTHERS,
  ...NOT_FAILURES,
  ...SECOND_BATCH_51,
  ...THIRD_BATCH_51,
];

describeWholeEmails("round 51's whole bounce emails from providers, gateways and sending services", CASES_51);
