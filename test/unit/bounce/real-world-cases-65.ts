import type { RealWorldCase } from './real-world-cases.js';
import { lines, SUPPRESSED, textEmail } from './real-world-expectations.js';

/*
 * A sixty-fifth held-out round: the sender's OWN provider or server refuses to send, as the user or admin sees
 * it: sending limits, quotas, suspensions and restrictions on the submitting side. Google Workspace and Gmail
 * (5.4.5 daily user sending limit and quota, "Daily SMTP relay limit exceeded for customer", the web notice "You
 * have reached a limit for sending mail", 454 too many login attempts, 534 5.7.14 web login, a disabled account,
 * SMTP relay's "Invalid credentials for relay" and "Mail relay denied"), Microsoft 365 and Outlook.com submission
 * (5.1.8 bad outbound sender, OutboundSpamException with WASCL verdicts Suspend and RefuseQuota, 5.2.252
 * SendAsDenied, 5.7.60, SendAsDeniedException in 554 5.2.0, a recipient rate limit, SubmissionQuotaExceeded, a
 * 4.4.7 expiry in the sender's own Outbox), Yahoo, AOL, iCloud, Zoho, GMX, Mail.ru and Yandex submission
 * refusals, hosting panels (cPanel's "max emails per hour" and "max defers and failures per hour" in a bounce
 * and in exim_mainlog, its suspended outgoing mail, DirectAdmin's daily limit, Plesk's outgoing limit milter,
 * Hostinger, GoDaddy), ESPs and APIs (Amazon SES quota, rate, unverified identities, sandbox, paused sending;
 * SendGrid credits, sender identity, review; Mailgun's free accounts and unverified domain; Postmark's inactive
 * recipient, pending approval and sender signature; Brevo, SparkPost), smarthosts and policy servers
 * (policyd-rate-limit, cbpolicyd, "Message rate exceeded", "Too many messages from this sender") and mail
 * clients' own framings (Outlook, Apple Mail, Thunderbird, Laravel, Nodemailer, smtplib).
 * Written from knowledge of these texts, none from the development corpus, measured before any rule was
 * changed:
 *   round 65  60 cases, 50 right as written (83 %). Our errors (4): Gmail's "Too many login attempts" and
 *             534 5.7.14's web-login demand read as auth-required is a right reading we had not listed (and
 *             we had listed auth-failed, which is SPF/DKIM/DMARC: removed); Amazon SES's "Email address is not
 *             verified … identities failed the check" read as relay-not-authorised (the relay service does not
 *             know the identity) is as fair as from-not-permitted, for the From and for a sandbox recipient
 *             (widened; the cause's steps now name SES's verified identities and the sandbox); Postmark's
 *             pending account read as outside-domain-not-allowed is exactly right (widened). The rules' misses:
 *             - Workspace's "Your account has been disabled. Please contact your administrator." read as the
 *               recipient's disabled mailbox; Yahoo's "your account is temporarily restricted from sending due
 *               to unusual activity" as a security error on either side;
 *             - Zoho's "553 Sender is not allowed to relay emails" as a relay refusal on either side: it is the
 *               From the signed-in account may not use;
 *             - no record: Postmark's 406 "You tried to send to a recipient that has been marked as inactive.
 *               Found inactive addresses: x", SendGrid's "Your account is under review", and a webmail's
 *               "Error 550: Sending limit exceeded" (a code after the word "Error" was no standing code).
 *             After measuring, the four cPanel and DirectAdmin cases were tightened to replyCode null, as the
 *             texts state no code: two were wrong besides (48 of 60 so tightened), cPanel's exim_mainlog "(250/250
 *             (100%))" and DirectAdmin's "limit of 500 emails" gave reply codes 250 and 500.
 *   fixed     as data: reply-phrases.ts sender-account-blocked "your account has been disabled", "your account
 *             is disabled", "restricted from sending"; from-not-permitted "sender is not allowed to relay";
 *             esp-api-errors.ts suppressed "found inactive addresses", "… marked as inactive",
 *             outside-domain-not-allowed "must share the same domain as the", sender-account-blocked "your
 *             account is under review". In code: read-bounce.ts's LEADING_CODE takes "Error 550: …";
 *             smtp-reply.ts's CODE_RE takes no count for a code (after a slash, or before "emails", "messages",
 *             "recipients" in lower case). 60 of 60.
 *   then      a second batch of 11 (SECOND_BATCH_65: Outlook.com's "temporarily blocked from sending" notice,
 *             cPanel's per-account hourly limit as a 550, a policy server's "Sending quota exceeded, try again in
 *             37 minutes", SES's "Sending suspended for this account", Mailgun's disabled domain, Mailjet's
 *             unvalidated sender, Yahoo's "Your account has been temporarily restricted", iCloud's daily recipient
 *             limit in Apple Mail, PHPMailer's "DATA END command failed Detail: … SMTP code: 550 Additional SMTP
 *             info: 5.4.5", the HipSend verdict, DirectAdmin's "daily sending limit of 200 messages"), written
 *             after the fixes and measured before any change: 6 of 11 right as written. Fixed: PHPMailer's
 *             Detail / SMTP code / Additional SMTP info put back together as the reply (client-error.ts), its own
 *             "SMTP Error: data not accepted." giving way; "Mailjet API 401:" is an HTTP status like "HTTP Error
 *             401:", no reply code; as data "your account has been (temporarily) restricted", "account has been
 *             (temporarily) blocked from sending" (also a notice heading), Mailgun's "not allowed to send: the
 *             domain is disabled", Mailjet's "is not authorized. please validate". 10 of 11; corpus 366/383,
 *             reply codes 261/274, no record changed.
 *   later     Outlook.com's notice gives its reason above the recipient's line ("Your message to x was not
 *             sent."): it was knownWrong (the record read that line alone and said unknown) until the text above
 *             a notice's recipients became the last place a reason is looked for (classify.ts, low confidence).
 */

// The sender's own provider or server stops the message for a sending limit: the sender waits or raises it.
const LIMIT = {
  cause: ['rate-limited', 'sender-account-blocked'],
  reason: ['speeding', 'toomanyconn', 'rejected'],
  side: 'sender',
} as const;
// The sender's account is suspended, disabled or blocked from sending by its own provider.
const SUSPENDED = {
  cause: ['sender-account-blocked', 'outbound-filter'],
  reason: ['rejected', 'securityerror', 'blocked', 'spamdetected'],
  side: 'sender',
} as const;
// The account may not send as that From address (send-as rights, an unverified identity or sender signature).
const FROM_DENIED = {
  cause: ['from-not-permitted', 'sender-not-verified'],
  reason: ['rejected', 'securityerror'],
  side: 'sender',
} as const;
// A relay that does not recognise the sending server or domain as its customer.
const RELAY_UNKNOWN = {
  cause: ['relay-not-authorised', 'relay-denied', 'from-not-permitted'],
  reason: ['norelaying', 'rejected', 'securityerror'],
  side: 'sender',
} as const;
// Amazon SES's unverified identity: the account's own settings at its relay service (a From it may not use).
const SES_IDENTITY = {
  cause: ['from-not-permitted', 'relay-not-authorised'],
  reason: ['rejected', 'norelaying'],
  side: 'sender',
} as const;
// A trial or sandbox account that may only send to verified or authorised recipients.
const SANDBOX = {
  cause: ['sender-account-blocked', 'from-not-permitted', 'outside-domain-not-allowed'],
  reason: ['rejected', 'securityerror'],
  side: 'sender',
} as const;
const FINAL = { permanent: true } as const;
const TEMPORARY = { permanent: false } as const;
const GOOGLE = /google|gmail/i;
const MS = /microsoft|outlook|office|exchange/i;

/** Exim's own bounce (cPanel, DirectAdmin): "A message that you sent could not be delivered …". */
function eximBounce(host: string, to: string, why: string): string {
  return textEmail(
    `Mail Delivery System <Mailer-Daemon@${host}>`,
    'Mail delivery failed: returning message to sender',
    [
      'This message was created automatically by mail delivery software.',
      '',
      'A message that you sent could not be delivered to one or more of its',
      'recipients. This is a permanent error. The following address(es) failed:',
      '',
      `  ${to}`,
      `    ${why}`,
    ],
  );
}

export const ROUND_65: RealWorldCase[] = [
  // --- Google Workspace / Gmail
  [
    'Gmail 550 5.4.5 Daily user sending limit exceeded',
    lines(
      '550-5.4.5 Daily user sending limit exceeded. For more information on Gmail',
      '550-5.4.5 sending limits go to',
      '550 5.4.5  https://support.google.com/a/answer/166852 d2-20020a05600c4b8200b0040c1e4f5sm1234567wmq.10 - gsmtp',
    ),
    { ...LIMIT, ...FINAL, replyCode: 550, status: '5.4.5', provider: GOOGLE },
  ],
  [
    'Gmail web notice: you have reached a limit for sending mail',
    textEmail(
      'Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
      'Delivery Status Notification (Failure)',
      [
        '** Message not delivered **',
        '',
        'You have reached a limit for sending mail. Your message was not sent.',
        '',
        'Learn more here: https://support.google.com/mail/answer/22839',
      ],
    ),
    { ...LIMIT, ...FINAL, provider: GOOGLE },
  ],
  [
    'Workspace SMTP relay: Daily SMTP relay limit exceeded for customer (Postfix log)',
    'Dec  5 00:41:07 app1 postfix/smtp[18234]: 3F2A81C0123: to=<bob@example.org>, relay=smtp-relay.gmail.com[142.250.102.28]:587, delay=0.92, delays=0.01/0.02/0.41/0.48, dsn=5.4.5, status=bounced (host smtp-relay.gmail.com[142.250.102.28] said: 550-5.4.5 Daily SMTP relay limit exceeded for customer. For more information on SMTP relay sending limits please contact your administrator or visit https://support.google.com/a/answer/166852 a1-20020a056a000a0100b006d9b1c2b3c4sm123456pfb.88 - gsmtp (in reply to end of DATA command))',
    { ...LIMIT, ...FINAL, recipient: 'bob@example.org', replyCode: 550, status: '5.4.5' },
  ],
  [
    'Gmail via Nodemailer: Daily user sending quota exceeded',
    "Error: Message failed: 550-5.4.5 Daily user sending quota exceeded. ce12-20020a0564021a0c00b0055f1e2d3sm2345678edb.61 - gsmtp\n    at SMTPConnection._formatError (/srv/app/node_modules/nodemailer/lib/smtp-connection/index.js:798:19) {\n  code: 'EMESSAGE',\n  response: '550-5.4.5 Daily user sending quota exceeded. ce12-20020a0564021a0c00b0055f1e2d3sm2345678edb.61 - gsmtp',\n  responseCode: 550,\n  command: 'DATA'\n}",
    { ...LIMIT, ...FINAL, replyCode: 550, status: '5.4.5' },
  ],
  [
    'Gmail 454 4.7.0 Too many login attempts',
    '454 4.7.0 Too many login attempts, please try again later. x7-20020a17090a8b0700b0028e1f2a3sm1234567pjn.12 - gsmtp',
    {
      cause: ['rate-limited', 'auth-required', 'sender-account-blocked'],
      reason: ['speeding', 'toomanyconn', 'securityerror', 'rejected'],
      side: 'sender',
      ...TEMPORARY,
      replyCode: 454,
      status: '4.7.0',
    },
  ],
  [
    'Gmail 534 5.7.14 please log in via your web browser (sign-in blocked)',
    lines(
      '534-5.7.14 <https://accounts.google.com/signin/continue?sarp=1&scc=1&plt=AKgnsbtQ1f2g3h4>',
      '534-5.7.14 Please log in via your web browser and then try again.',
      '534-5.7.14  Learn more at',
      '534 5.7.14  https://support.google.com/mail/answer/78754 f4-20020a5d4c840000b00333a1b2c3sm1234567wrs.77 - gsmtp',
    ),
    {
      cause: ['sender-account-blocked', 'auth-required'],
      reason: ['securityerror', 'rejected'],
      side: 'sender',
      replyCode: 534,
      status: '5.7.14',
    },
  ],
  [
    'Workspace: account disabled, contact your administrator',
    '550 5.7.0 Your account has been disabled. Please contact your administrator. k9-20020a05620a0b0900b0077f1a2b3sm123456qkn.55 - gsmtp',
    { ...SUSPENDED, ...FINAL, replyCode: 550, status: '5.7.0', provider: GOOGLE },
  ],
  [
    'Workspace relay: Invalid credentials for relay, IP not registered',
    lines(
      "550-5.7.1 Invalid credentials for relay [203.0.113.7]. The IP address you've",
      "550-5.7.1 registered in your Workspace SMTP Relay service doesn't match domain of",
      '550-5.7.1 the account this email is being sent from. If you are trying to relay',
      "550-5.7.1 mail from a domain that isn't registered under your Workspace account",
      '550-5.7.1 or has empty envelope-from, you must configure your mail server',
      '550-5.7.1 either to use SMTP AUTH to identify the sending domain or to present',
      '550-5.7.1 one of your domain names in the HELO or EHLO command. For more',
      '550 5.7.1 information, please visit  https://support.google.com/a/answer/6140680 - gsmtp',
    ),
    { ...RELAY_UNKNOWN, ...FINAL, replyCode: 550, status: '5.7.1' },
  ],
  [
    'Workspace relay: Mail relay denied, domain not registered',
    lines(
      '550-5.7.0 Mail relay denied [203.0.113.7]. Invalid credentials for relay for',
      '550-5.7.0 one of the domains in: example.com (as obtained from HELO and MAIL',
      "550-5.7.0 FROM). Email is being sent from a domain or IP address which isn't",
      '550-5.7.0 registered in your Workspace account. Please login to your Workspace',
      '550 5.7.0 account and verify that your domain is registered. - gsmtp',
    ),
    { ...RELAY_UNKNOWN, ...FINAL, replyCode: 550, status: '5.7.0' },
  ],
  // --- Microsoft 365 / Outlook.com submission
  [
    'Exchange Online 550 5.1.8 bad outbound sender (NDR text)',
    lines(
      'Delivery has failed to these recipients or groups:',
      '',
      'bob@example.org',
      "Your message couldn't be delivered because you weren't recognized as a valid sender. The most common reason for this is that your email address is suspected of sending spam and it's no longer allowed to send email. Contact your email admin for assistance.",
      '',
      'Diagnostic information for administrators:',
      '',
      'Generating server: AM6PR01MB1234.eurprd01.prod.exchangelabs.com',
      '',
      'bob@example.org',
      "Remote Server returned '550 5.1.8 Access denied, bad outbound sender AS(42004)'",
    ),
    { ...SUSPENDED, ...FINAL, recipient: 'bob@example.org', replyCode: 550, status: '5.1.8', provider: MS },
  ],
  [
    'Outlook.com OutboundSpamException, verdict Suspend',
    '554 5.2.0 STOREDRV.Submission.Exception:OutboundSpamException; Failed to process message due to a permanent exception with message WASCL UserAction verdict is not None. Actual verdict is Suspend, ShowTierUpgrade. OutboundSpamException: WASCL UserAction verdict is not None. Actual verdict is Suspend, ShowTierUpgrade.[Hostname=DM6PR11MB4321.namprd11.prod.outlook.com]',
    { ...SUSPENDED, ...FINAL, replyCode: 554, status: '5.2.0', provider: MS },
  ],
  [
    'Outlook.com OutboundSpamException, verdict RefuseQuota (smtplib)',
    "smtplib.SMTPDataError: (554, b'5.2.0 STOREDRV.Submission.Exception:OutboundSpamException; Failed to process message due to a permanent exception with message WASCL UserAction verdict is not None. Actual verdict is RefuseQuota, ShowTierUpgrade. OutboundSpamException: WASCL UserAction verdict is not None. Actual verdict is RefuseQuota, ShowTierUpgrade.[Hostname=PH0PR19MB5555.namprd19.prod.outlook.com]')",
    { ...LIMIT, cause: [...LIMIT.cause, 'outbound-filter'], ...FINAL, replyCode: 554, status: '5.2.0' },
  ],
  [
    'Exchange Online 554 5.2.252 SendAsDenied',
    '554 5.2.252 SendAsDenied; alice@example.com not allowed to send as sales@example.com; STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception with message Cannot submit message. 0.35250:0A000000, 1.36674:0A000000, 1.61250:00000000 [Hostname=BN8PR04MB6123.namprd04.prod.outlook.com]',
    { ...FROM_DENIED, ...FINAL, replyCode: 554, status: '5.2.252', provider: MS },
  ],
  [
    'Exchange NDR: 550 5.7.60 Client does not have permissions to send as this sender',
    lines(
      'Delivery has failed to these recipients or groups:',
      '',
      'bob@example.org',
      "You can't send a message on behalf of this user unless you have permission to do so. Please make sure you're sending on behalf of the correct sender, or request the necessary permission. If the problem continues, please contact your helpdesk.",
      '',
      'Diagnostic information for administrators:',
      '',
      'Generating server: mail.example.com',
      '',
      'bob@example.org',
      "Remote Server returned '550 5.7.60 SMTP; Client does not have permissions to send as this sender'",
    ),
    { ...FROM_DENIED, ...FINAL, recipient: 'bob@example.org', replyCode: 550, status: '5.7.60' },
  ],
  [
    'Laravel: Expected response code 250 but got 550 5.7.60',
    'Expected response code "250" but got code "550", with message "550 5.7.60 SMTP; Client does not have permissions to send as this sender".',
    { ...FROM_DENIED, ...FINAL, replyCode: 550, status: '5.7.60' },
  ],
  [
    'Outlook desktop: cannot send on behalf of this user',
    lines(
      'Your message did not reach some or all of the intended recipients.',
      '',
      '      Subject:\tInvoice 2211',
      '      Sent:\t12/5/2026 9:02 AM',
      '',
      'The following recipient(s) cannot be reached:',
      '',
      "      'bob@example.org' on 12/5/2026 9:02 AM",
      "            You can't send a message on behalf of this user unless you have permission to do so. Please make sure you're sending on behalf of the correct sender, or request the necessary permission. If the problem continues, please contact your helpdesk.",
      '            <AM6PR01MB1234.eurprd01.prod.exchangelabs.com #5.2.252 smtp;554 5.2.252 SendAsDenied; alice@example.com not allowed to send as ceo@example.com; STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied>',
    ),
    { ...FROM_DENIED, ...FINAL, recipient: 'bob@example.org', status: '5.2.252' },
  ],
  [
    'SMTP AUTH to Office 365: SendAsDeniedException in 554 5.2.0',
    '554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception with message Cannot submit message. 16.55847:CC000000, 17.43559:0000000094000000000000000000000000000000, 20.52176:140FC4890F00001000000000 [Hostname=SN6PR08MB4000.namprd08.prod.outlook.com]',
    { ...FROM_DENIED, ...FINAL, replyCode: 554, status: '5.2.0' },
  ],
  [
    'Exchange Online: sender exceeded the recipient rate limit',
    lines(
      "Your message to bob@example.org couldn't be delivered.",
      "You've exceeded the number of recipients you can send to in a day. Try again later.",
      '',
      'More Info for Email Admins',
      'Status code: 550 5.4.5',
      '',
      'The sender has exceeded the recipient rate limit (10,000 recipients per day) or the message rate limit of the mailbox. The block is lifted automatically after 24 hours.',
      '',
      'Original Message Details',
      'Sender Address:\talice@example.com',
      'Recipient Address:\tbob@example.org',
      '',
      'Error Details',
      'Reported error:\t550 5.4.5 Recipient rate limit exceeded. The sender has exceeded its daily recipient limit.',
      'DSN generated by:\tAM6PR01MB1234.eurprd01.prod.exchangelabs.com',
    ),
    { ...LIMIT, ...FINAL, recipient: 'bob@example.org', replyCode: 550, status: '5.4.5' },
  ],
  [
    'Exchange Online: sending quota exceeded (5.2.2 submission)',
    "Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Submission.Exception:SubmissionQuotaExceededException; Failed to process message due to a permanent exception with message Sending quota exceeded. The sender's mailbox has reached its send limit.'",
    {
      cause: ['rate-limited', 'sender-account-blocked', 'sender-mailbox-full'],
      reason: ['speeding', 'rejected', 'mailboxfull'],
      side: 'sender',
      ...FINAL,
      replyCode: 554,
      status: '5.2.2',
    },
  ],
  [
    "Exchange delay: message sits in the sender's own Outbox (4.4.7)",
    lines(
      'Delivery has failed to these recipients or groups:',
      '',
      'bob@example.org',
      "The message couldn't be sent because it stayed in your Outbox too long and expired. Check your sending settings and try again.",
      '',
      'Diagnostic information for administrators:',
      '',
      'Generating server: mail.example.com',
      '',
      'bob@example.org',
      "Remote Server returned '550 4.4.7 QUEUE.Expired; message expired in sender's outbox'",
    ),
    {
      cause: ['delivery-expired', 'recipient-server-unreachable', 'system-error'],
      reason: ['expired'],
      ...FINAL,
      recipient: 'bob@example.org',
      status: '4.4.7',
    },
  ],
  // --- Yahoo / AOL / iCloud / Zoho / GMX / Mail.ru / Yandex
  [
    'Yahoo: account temporarily restricted for unusual activity',
    '554 5.7.1 Message not sent: your account is temporarily restricted from sending due to unusual activity. Sign in at https://login.yahoo.com to review recent activity.',
    { ...SUSPENDED, ...FINAL, replyCode: 554, status: '5.7.1' },
  ],
  [
    'Yahoo web: daily sending limit reached',
    lines(
      "We're sorry, your message wasn't sent.",
      "You've reached the maximum number of messages you can send in a day. Please try again in 24 hours.",
      'Error 550: Sending limit exceeded',
    ),
    { ...LIMIT, replyCode: 550 },
  ],
  [
    'AOL: too many recipients, sending paused',
    '421 4.7.0 [TS04] Your account has temporarily reached its sending limit. Please wait and try again later.',
    { ...LIMIT, ...TEMPORARY, replyCode: 421, status: '4.7.0' },
  ],
  [
    'Apple Mail + iCloud: From address is not one of your addresses',
    lines(
      'Cannot send message using the server smtp.mail.me.com.',
      '',
      'The server response was: From address is not one of your addresses',
      '',
      'Select a different outgoing mail server from the list below or click Try Later to leave the message in your Outbox until it can be sent.',
    ),
    { ...FROM_DENIED },
  ],
  [
    'iCloud SMTP reply 550 5.7.0 From address is not one of your addresses',
    '550 5.7.0 From address is not one of your addresses',
    { ...FROM_DENIED, ...FINAL, replyCode: 550, status: '5.7.0' },
  ],
  [
    'Zoho 554 5.1.8 Email Outgoing Blocked',
    '554 5.1.8 Email Outgoing Blocked.',
    { ...SUSPENDED, ...FINAL, replyCode: 554, status: '5.1.8' },
  ],
  [
    'Zoho unusual sending activity detected',
    '550 5.4.6 Unusual sending activity detected. Please try after sometime.',
    { ...LIMIT, cause: [...LIMIT.cause, 'outbound-filter'], replyCode: 550, status: '5.4.6' },
  ],
  [
    'Zoho 553 Sender is not allowed to relay emails',
    '553 Sender is not allowed to relay emails',
    {
      ...FROM_DENIED,
      cause: [...FROM_DENIED.cause, 'relay-denied', 'relay-not-authorised'],
      reason: ['rejected', 'securityerror', 'norelaying'],
      replyCode: 553,
    },
  ],
  [
    'GMX: sender address is not allowed',
    '550 5.7.0 Sender address is not allowed.',
    { ...FROM_DENIED, ...FINAL, replyCode: 550, status: '5.7.0' },
  ],
  [
    'Mail.ru: 451 Ratelimit exceeded for mailbox',
    '451 Ratelimit exceeded for mailbox alice@mail.ru. Try again later.',
    { ...LIMIT, ...TEMPORARY, replyCode: 451 },
  ],
  [
    'Yandex: 553 5.7.1 Sender address rejected: not owned by auth user',
    '553 5.7.1 Sender address rejected: not owned by auth user.',
    { ...FROM_DENIED, ...FINAL, replyCode: 553, status: '5.7.1' },
  ],
  // --- Hosting panels
  [
    'cPanel: Domain has exceeded the max emails per hour, message discarded',
    eximBounce(
      'server1.example.net',
      'bob@example.org',
      'Domain example.com has exceeded the max emails per hour (100/100 (100%)) allowed.  Message discarded.',
    ),
    { ...LIMIT, ...FINAL, recipient: 'bob@example.org', replyCode: null },
  ],
  [
    'cPanel: max defers and failures per hour',
    eximBounce(
      'server1.example.net',
      'carol@example.org',
      'Domain example.com has exceeded the max defers and failures per hour (5/5 (100%)) allowed.  Message discarded.',
    ),
    { ...LIMIT, ...FINAL, recipient: 'carol@example.org', replyCode: null },
  ],
  [
    'cPanel exim_mainlog: enforce_mail_permissions',
    '2026-12-05 00:12:44 1tQxYz-0007Ab-2C ** bob@example.org R=enforce_mail_permissions: Domain example.com has exceeded the max emails per hour (250/250 (100%)) allowed.  Message discarded.',
    { ...LIMIT, ...FINAL, recipient: 'bob@example.org', replyCode: null },
  ],
  [
    'cPanel: Outgoing mail from user has been suspended',
    '550 Outgoing mail from "alice@example.com" has been suspended.',
    { ...SUSPENDED, ...FINAL, replyCode: 550 },
  ],
  [
    'DirectAdmin: daily email limit reached',
    eximBounce(
      'da1.example.net',
      'bob@example.org',
      'You (alice) have reached your daily email limit of 500 emails. Mail is no longer allowed to be sent.',
    ),
    { ...LIMIT, ...FINAL, recipient: 'bob@example.org', replyCode: null },
  ],
  [
    'Plesk: outgoing mail limit exceeded (maillog)',
    'Dec  5 01:02:11 plesk1 postfix/cleanup[22810]: 9B1C22A0F4: milter-reject: END-OF-MESSAGE from localhost[127.0.0.1]: 4.7.1 Outgoing mail limit exceeded for mailbox alice@example.com: 100 messages per hour. Try again later; from=<alice@example.com> to=<bob@example.org> proto=ESMTP helo=<plesk1.example.net>',
    { ...LIMIT, ...TEMPORARY, recipient: 'bob@example.org', status: '4.7.1' },
  ],
  [
    'Hostinger: hourly sending limit exceeded',
    '451 4.7.1 Hourly sending limit exceeded for alice@example.com, please try again later',
    { ...LIMIT, ...TEMPORARY, replyCode: 451, status: '4.7.1' },
  ],
  [
    'GoDaddy: daily relay quota exceeded',
    '550 5.7.1 Message rejected: daily relay quota exceeded for this account. Upgrade your plan or wait 24 hours.',
    { ...LIMIT, ...FINAL, replyCode: 550, status: '5.7.1' },
  ],
  // --- ESPs and APIs
  [
    'Amazon SES SMTP: Daily message quota exceeded',
    '454 Throttling failure: Daily message quota exceeded.',
    { ...LIMIT, ...TEMPORARY, replyCode: 454 },
  ],
  [
    'Amazon SES API: Maximum sending rate exceeded (AWS CLI)',
    'An error occurred (Throttling) when calling the SendEmail operation (reached max retries: 4): Maximum sending rate exceeded.',
    { ...LIMIT },
  ],
  [
    'Amazon SES: From identity not verified',
    '554 Message rejected: Email address is not verified. The following identities failed the check in region EU-WEST-1: alice@example.com',
    { ...SES_IDENTITY, ...FINAL, replyCode: 554 },
  ],
  [
    'Amazon SES sandbox: recipient identity not verified',
    lines(
      'MessageRejected: Email address is not verified. The following identities failed the check in region US-EAST-1: bob@example.org',
      '(Your account is still in the Amazon SES sandbox: you can only send to verified addresses.)',
    ),
    {
      ...SANDBOX,
      cause: [...SANDBOX.cause, 'relay-not-authorised'],
      reason: [...SANDBOX.reason, 'norelaying'],
    },
  ],
  [
    'Amazon SES: sending paused for the account',
    'An error occurred (AccountSendingPausedException) when calling the SendEmail operation: Sending paused for this account. For more information, please check the AWS Management Console.',
    { ...SUSPENDED },
  ],
  [
    'SendGrid: 451 Authentication failed: Maximum credits exceeded',
    '451 Authentication failed: Maximum credits exceeded',
    { ...LIMIT, ...TEMPORARY, replyCode: 451 },
  ],
  [
    'SendGrid: from address does not match a verified Sender Identity',
    '550 The from address does not match a verified Sender Identity. Mail cannot be sent until this error is resolved. Visit https://sendgrid.com/docs/for-developers/sending-email/sender-identity/ to see the Sender Identity requirements',
    { ...FROM_DENIED, ...FINAL, replyCode: 550 },
  ],
  [
    'SendGrid API: account under review',
    '{"errors":[{"message":"Your account is under review. Sending is disabled until the review is complete. Contact support for details.","field":null,"help":null}]}',
    { ...SUSPENDED },
  ],
  [
    'Mailgun: Free accounts are for test purposes only',
    '{"message": "Domain sandbox3f2a1b.mailgun.org is not allowed to send: Free accounts are for test purposes only. Please upgrade or add the address to authorized recipients in Account Settings."}',
    { ...SANDBOX },
  ],
  [
    'Mailgun: domain is not allowed to send, unverified',
    'Mailgun API 403: Domain mg.example.com is not allowed to send: The domain is unverified and requires DNS configuration. Log in to your control panel to view required DNS records.',
    { ...FROM_DENIED, cause: [...FROM_DENIED.cause, 'sender-account-blocked'] },
  ],
  [
    'Postmark 406: recipient marked as inactive',
    '{"ErrorCode":406,"Message":"You tried to send to a recipient that has been marked as inactive. Found inactive addresses: bob@example.org. Inactive recipients are ones that have generated a hard bounce, a spam complaint, or a manual suppression."}',
    { ...SUPPRESSED, recipient: 'bob@example.org' },
  ],
  [
    'Postmark 412: account pending approval',
    '{"ErrorCode":412,"Message":"Account is pending approval. While your account is pending, all recipient addresses must share the same domain as the \'From\' address."}',
    { ...SANDBOX },
  ],
  [
    'Postmark 400: From address is not a Sender Signature',
    '{"ErrorCode":400,"Message":"The \'From\' address you supplied (alice@example.com) is not a Sender Signature on your account. Please add and confirm this address in order to be able to use it in the \'From\' field of your messages."}',
    { ...FROM_DENIED },
  ],
  [
    'Brevo: SMTP account not yet activated',
    '502 5.7.0 Your SMTP account is not yet activated. Please contact us at contact@sendinblue.com to request activation',
    { ...SUSPENDED, replyCode: 502, status: '5.7.0' },
  ],
  [
    'SparkPost: Exceed Sending Limit (daily)',
    '{"errors":[{"message":"Exceed Sending Limit (daily)","code":"2102"}]}',
    { ...LIMIT },
  ],
  [
    'SparkPost: 550 5.7.1 Unconfigured Sending Domain',
    '550 5.7.1 Unconfigured Sending Domain <example.com>',
    { ...FROM_DENIED, ...FINAL, replyCode: 550, status: '5.7.1' },
  ],
  // --- smarthosts and policy servers
  [
    'policyd-rate-limit: Rate limit reach, retry later',
    '450 4.7.1 <alice@example.com>: Sender address rejected: Rate limit reach, retry later',
    { ...LIMIT, ...TEMPORARY, replyCode: 450, status: '4.7.1' },
  ],
  [
    'cbpolicyd: Message count quota exceeded',
    'Dec  5 01:05:33 relay postfix/smtpd[3321]: NOQUEUE: reject: RCPT from app1.example.com[192.0.2.10]: 450 4.7.1 <alice@example.com>: Sender address rejected: Policy rejection; Message count quota exceeded; from=<alice@example.com> to=<bob@example.org> proto=ESMTP helo=<app1.example.com>',
    { ...LIMIT, ...TEMPORARY, recipient: 'bob@example.org', replyCode: 450, status: '4.7.1' },
  ],
  [
    'Postfix via smarthost: 450 4.7.1 Message rate exceeded',
    'Dec  5 01:07:02 app1 postfix/smtp[4455]: 7C1D0E2F3A: to=<bob@example.org>, relay=smtp.example.net[198.51.100.25]:587, delay=1.2, delays=0.01/0/0.6/0.59, dsn=4.7.1, status=deferred (host smtp.example.net[198.51.100.25] said: 450 4.7.1 Message rate exceeded, slow down (in reply to end of DATA command))',
    { ...LIMIT, ...TEMPORARY, recipient: 'bob@example.org', replyCode: 450, status: '4.7.1' },
  ],
  [
    'Exim via smarthost: Too many messages from this sender',
    '2026-12-05 01:09:17 1tQyAb-0002Cd-4E == bob@example.org R=smarthost T=remote_smtp_smarthost defer (-46) H=relay.example.net [198.51.100.25]: SMTP error from remote mail server after MAIL FROM:<alice@example.com> SIZE=2345: 421 4.7.0 Too many messages from this sender, try again later',
    { ...LIMIT, ...TEMPORARY, recipient: 'bob@example.org', replyCode: 421, status: '4.7.0' },
  ],
  [
    'Thunderbird: server responded 5.4.5 daily user sending limit',
    lines(
      'Sending of the message failed.',
      'An error occurred while sending mail. The mail server responded:',
      '5.4.5 Daily user sending limit exceeded. For more information on Gmail sending limits go to https://support.google.com/a/answer/166852 - gsmtp.',
      'Please check the message and try again.',
    ),
    { ...LIMIT, status: '5.4.5' },
  ],
];

export const SECOND_BATCH_65: RealWorldCase[] = [
  [
    'Outlook.com notice: account temporarily blocked from sending',
    lines(
      'Your account has been temporarily blocked from sending email.',
      "We've detected some activity on your Outlook.com account that looks like it might be spam. To unblock your account, sign in at https://outlook.live.com and verify your identity with a security code.",
      '',
      'Your message to bob@example.org was not sent.',
    ),
    { ...SUSPENDED, recipient: 'bob@example.org' },
  ],
  [
    'cPanel SMTP reply: Email account has exceeded the max emails per hour',
    '550 Email account alice@example.com has exceeded the max emails per hour (50/50 (100%)) allowed.  Message discarded.',
    { ...LIMIT, ...FINAL, replyCode: 550 },
  ],
  [
    'Policy server: Sending quota exceeded, try again in 37 minutes',
    '450 4.7.1 <alice@example.com>: Sender address rejected: Sending quota exceeded, try again in 37 minutes',
    { ...LIMIT, ...TEMPORARY, replyCode: 450, status: '4.7.1' },
  ],
  [
    'Amazon SES SMTP: Sending suspended for this account',
    '554 Message rejected: Sending suspended for this account. For more information, please check the inbox of the email address associated with your AWS account.',
    { ...SUSPENDED, ...FINAL, replyCode: 554 },
  ],
  [
    'Mailgun: domain is not allowed to send, the domain is disabled',
    '{"message": "Domain mg.example.com is not allowed to send: The domain is disabled. Please contact support."}',
    { ...SUSPENDED, cause: [...SUSPENDED.cause, 'from-not-permitted'] },
  ],
  [
    'Mailjet: sender is not authorized, validate it',
    'Mailjet API 401: Sender alice@example.com is not authorized. Please validate it on https://app.mailjet.com/account/sender before sending.',
    { ...FROM_DENIED },
  ],
  [
    'Yahoo: your account has been temporarily restricted',
    '554 5.7.1 Your account has been temporarily restricted. Please log in to Yahoo Mail and follow the instructions to restore sending.',
    { ...SUSPENDED, ...FINAL, replyCode: 554, status: '5.7.1' },
  ],
  [
    'Apple Mail + iCloud: daily limit of recipients exceeded',
    lines(
      'Cannot send message using the server smtp.mail.me.com.',
      '',
      'The server response was: 5.7.1 Your message was not sent: you have exceeded the daily limit of recipients.',
    ),
    { ...LIMIT, status: '5.7.1' },
  ],
  [
    'PHPMailer: DATA END failed, Daily user sending quota exceeded',
    lines(
      'SMTP Error: data not accepted.',
      'SMTP server error: DATA END command failed Detail: Daily user sending quota exceeded. SMTP code: 550 Additional SMTP info: 5.4.5',
    ),
    { ...LIMIT, ...FINAL, replyCode: 550, status: '5.4.5' },
  ],
  [
    'Outlook.com OutboundSpamException, verdict HipSend (verify the account)',
    "Remote Server returned '554 5.2.0 STOREDRV.Submission.Exception:OutboundSpamException; Failed to process message due to a permanent exception with message WASCL UserAction verdict is not None. Actual verdict is HipSend, ShowTierUpgrade.'",
    { ...SUSPENDED, ...FINAL, replyCode: 554, status: '5.2.0' },
  ],
  [
    'DirectAdmin SMTP reply: daily sending limit of 200 messages',
    '550 You have exceeded your daily sending limit of 200 messages. Please try again tomorrow.',
    { ...LIMIT, ...FINAL, replyCode: 550 },
  ],
];
