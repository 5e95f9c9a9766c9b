import type { RealWorldCase } from './real-world-cases.js';
import { lines, RATE, RECIPIENT_RATE } from './real-world-expectations.js';

/*
 * A ninetieth held-out round: rate limits, throttling, volume and concurrency limits and "server busy" replies, on
 * both sides, and whether the answer gets the side and temporary/permanent right. Receivers throttling the sending
 * IP or domain (Microsoft's 451 4.7.500 "Server busy" from protection.outlook.com, 4.7.650/4.7.651 rate limits for
 * IP reputation, 421 "too many concurrent SMTP connections"; Gmail's 4.7.28 per SPF or DKIM domain and 4.7.0 per
 * IP; Yahoo's TSS04, TS01, TS02 and TS03; Comcast, Orange, GMX, Web.de, Mail.ru, Yandex, Sendmail, Postfix
 * anvil/postscreen, Exim's ratelimit ACL, a policy service, Barracuda); receivers' per-mailbox rates (Gmail 4.2.1,
 * Exchange Online's 5.2.121/5.2.122 and recipient thread limit); too many recipients (452 4.5.3, RecipLimit) and
 * too many errors; the sender's own limits (Microsoft 365's 5.7.705, 5.7.708, SubmissionQuotaExceeded, 5.1.90;
 * Gmail's and Workspace relay's 5.4.5; cPanel's max emails per hour; SES's throttling, SendGrid's 429 and its
 * pacing events); "server busy" with nothing more and Postfix's suspended destination, where two readings are
 * honest. As bare replies, Postfix and Exim log lines, Postfix and Exim notices, Microsoft 365 NDRs, Gmail's
 * notice and API errors, written from knowledge of the products (none from the corpus or the rules; Orange's
 * "OFR004_105" beside "Too many messages in the session" is from memory: Orange documents 105 as a refusal with
 * no reason given), measured before any rule was changed:
 *   round 90  63 cases, 54 right as written (86 %). No case corrections from the failures; on review one
 *             expectation was narrowed, right either way: Gmail's "454 4.7.0 Too many login attempts" no longer
 *             accepts auth-failed (that is SPF/DKIM/DMARC; the login family is auth-required, as round 65 reads
 *             it). The rules' 9 misses:
 *             - words not known (3): Exim's "421 mx: too many syntax or protocol errors" (unknown); Exim's
 *               ratelimit ACL text "451 4.7.1 Sender rate overlimit - 312.4 / 1h / per_rcpt" (security-error
 *               from its 4.7.1); Orange's "Too many messages in the session" lost to its code OFR_105, whose
 *               "no reason given" (unknown) came first as a strong provider code;
 *             - a sending service's own words (2): SendGrid v3's 429 body {"message":"too many requests"} after
 *               the client's "HTTP Error 429:" (unknown), and its deferral event "IPs reached ISP-suggested max
 *               connection limits" (no record at all);
 *             - too sure (3): Gmail's "421 4.7.0 Try again later, closing connection" (rate-limited is the
 *               likely reading, the words give none), Postfix's "421 4.7.0 Error: too many errors" (which errors
 *               it does not say) and "delivery temporarily suspended: lost connection … while receiving the
 *               initial server greeting" (a dropped connection: an overloaded or throttling receiver, a
 *               firewall), all read with high confidence;
 *             - the recipient lost (1): a Postfix notice line "<dev@x>: host … said: 450 4.7.1 <alice@y>: Sender
 *               address rejected: Rate limit exceeded …" was no recipient anchor, since it holds "sender address".
 *   fixed     as data: "too many syntax or protocol errors" (syntax-error), "rate overlimit" (rate-limited), "lost
 *             connection" and "error: too many errors" as wording that says what happened, not why
 *             (VAGUE_WORDING, one step less sure) (reply-phrases.ts); Orange's and La Poste's "no reason given"
 *             codes weak, so the reply's own words decide first (providers/isp-world.ts); Gmail's "try again
 *             later, closing connection" vague (providers/google.ts); SendGrid's 429 forms and pacing events
 *             (esp-api-errors.ts). In code, one pattern: a line's "Sender address rejected" no longer makes it a
 *             line that names no recipient (scan-text.ts NOT_AN_ANCHOR; the sender there is still passed over by
 *             its role). 63 of 63; whole suite green; corpus byte for byte the same (366/383, 261/274).
 *   then      a second batch of 15 (SECOND_BATCH_90: Microsoft 365's delay notice over Server busy, 4.7.652
 *             connections, 5.7.232 trial tenant; Yahoo's TSS09 as a 421; Workspace relay's "450 4.2.1 Peak SMTP
 *             relay limit" (the sender's, not Gmail's 4.2.1 receiving rate); cPanel's cap in exim_mainlog; Exim's
 *             own log of its ratelimit; SES throttling through a Postfix smarthost; Zoho; Exchange's message
 *             rate limit; Postfix's "452 4.5.3 Error: too many recipients"; Outlook.com's RefuseQuota; a Postfix
 *             delay notice and a Microsoft 365 NDR over Yahoo's TSS04; policyd-rate-limit), written after the
 *             fixes and measured before any change: 13 of 15 right as written. The misses: Exchange's "421 4.4.2
 *             Message submission rate for this client has exceeded the configured limit" read by its 4.4.2 as an
 *             unreachable server; Outlook.com's "OutboundSpamException … Actual verdict is RefuseQuota" (the
 *             account's sending quota) read as a suspended account. Fixed as data (reply-phrases.ts: "message
 *             submission rate", "verdict is refusequota" as rate-limited). 15 of 15; corpus unchanged.
 */

const FINAL = { permanent: true } as const;
const TEMPORARY = { permanent: false } as const;
const SURE = { confidence: 'high' } as const;
const NOT_SURE = { confidence: ['medium', 'low'] } as const;

/** A receiver slowing the sending IP or domain down: the sender acts (slow down, warm up, fix what drew it). */
const THROTTLED = { ...RATE, ...TEMPORARY } as const;
/** A throttle the receiver ties to reputation: either reading is honest. */
const REPUTATION_RATE = {
  cause: ['ip-reputation', 'rate-limited', 'ip-blocklisted'],
  reason: ['badreputation', 'speeding', 'blocked'],
  side: 'sender',
} as const;
const DOMAIN_RATE = {
  cause: ['domain-reputation', 'rate-limited', 'spam-filtered'],
  reason: ['badreputation', 'speeding', 'spamdetected', 'blocked'],
  side: 'sender',
} as const;
/** Too many connections or sessions at once from the sending server. */
const CONNECTIONS = {
  cause: ['too-many-connections', 'rate-limited'],
  reason: ['toomanyconn', 'speeding'],
  side: 'sender',
  ...TEMPORARY,
} as const;
/** The sender's own provider or service caps how much it may send (a quota, a rate, an hourly cap). */
const OWN_LIMIT = {
  cause: 'rate-limited',
  reason: ['speeding', 'exceedlimit', 'toomanyconn'],
  side: 'sender',
} as const;
/** Too many recipients in one message or one transaction: the sender splits it (or its MTA retries the rest). */
const TOO_MANY_RCPTS = {
  cause: ['rate-limited', 'too-many-connections', 'size-limit-exceeded'],
  reason: ['speeding', 'toomanyconn', 'exceedlimit'],
  side: 'sender',
} as const;
/** The sender's own tenant or account stopped from sending (spam-like volume): the sender acts, and it is final. */
const OWN_ACCOUNT_STOPPED = {
  cause: ['sender-account-blocked', 'outbound-filter', 'rate-limited', 'ip-reputation'],
  reason: ['rejected', 'blocked', 'spamdetected', 'speeding', 'securityerror', 'badreputation'],
  side: 'sender',
  ...FINAL,
} as const;
/** "Server busy" with nothing more: the receiver's own load, or a throttle on the sender; both are honest. */
const BUSY = {
  cause: ['server-unavailable', 'rate-limited', 'too-many-connections'],
  reason: ['systemerror', 'speeding', 'toomanyconn'],
  ...TEMPORARY,
} as const;
const RECIPIENT_BUSY = {
  cause: ['recipient-rate-limited', 'server-unavailable', 'system-full'],
  reason: ['speeding', 'systemerror', 'systemfull'],
  side: 'recipient',
} as const;
const MICROSOFT = /microsoft|outlook|office|exchange/i;
const GOOGLE = /google|gmail/i;
const YAHOO = /yahoo|aol/i;

const MS_CASES: RealWorldCase[] = [
  [
    'Microsoft 365 inbound: 451 4.7.500 Server busy (S77719), the sending IP throttled',
    '451 4.7.500 Server busy. Please try again later from [203.0.113.7]. (S77719) [DB5PEPF00014B9E.eurprd02.prod.outlook.com]',
    { ...THROTTLED, replyCode: 451, status: '4.7.500', provider: MICROSOFT, sendingIp: '203.0.113.7' },
  ],
  [
    'Microsoft 365 inbound: Server busy as a Postfix deferral log line',
    'Dec  5 09:14:22 mail postfix/smtp[21877]: 7A3C12E0451: to=<dana@contoso-example.com>, relay=contoso-example-com.mail.protection.outlook.com[52.101.68.12]:25, delay=3.1, delays=0.1/0/0.4/2.6, dsn=4.7.500, status=deferred (host contoso-example-com.mail.protection.outlook.com[52.101.68.12] said: 451 4.7.500 Server busy. Please try again later from [203.0.113.7]. (S77719) [AM4PEPF00027A6C.eurprd04.prod.outlook.com] (in reply to RCPT TO command))',
    {
      ...THROTTLED,
      recipient: 'dana@contoso-example.com',
      replyCode: 451,
      status: '4.7.500',
      provider: MICROSOFT,
    },
  ],
  [
    'Outlook.com: 451 4.7.650 rate limited due to IP reputation',
    '451 4.7.650 The mail server [203.0.113.7] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S775) [Name=Protocol Filter Agent][AGT=PFA][MxId=11BA9C3E12F4A501] [BN1NAM02FT023.eop-nam02.prod.protection.outlook.com]',
    { ...REPUTATION_RATE, ...TEMPORARY, replyCode: 451, status: '4.7.650', provider: MICROSOFT, ...SURE },
  ],
  [
    'Outlook.com: 4.7.651 in an Exim defer line',
    '2026-12-05 09:20:41 1tJk2L-0004Qh-7Z == erin@hotmail.com R=dnslookup T=remote_smtp defer (-46) H=hotmail-com.olc.protection.outlook.com [52.101.41.3]: SMTP error from remote mail server after RCPT TO:<erin@hotmail.com>: 451 4.7.651 The mail server [203.0.113.7] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S775) [Name=Protocol Filter Agent][AGT=PFA][MxId=11BB67A0D1C44E21] [CO1NAM11FT054.eop-nam11.prod.protection.outlook.com]',
    {
      ...REPUTATION_RATE,
      ...TEMPORARY,
      recipient: 'erin@hotmail.com',
      replyCode: 451,
      status: '4.7.651',
      provider: MICROSOFT,
    },
  ],
  [
    'Microsoft 365 outbound: 550 5.7.705 tenant has exceeded threshold',
    lines(
      "Your message to kim@fabrikam-example.com couldn't be delivered.",
      "Your organization has exceeded its sending limits and can't send email right now.",
      '',
      'Diagnostic information for administrators:',
      'Generating server: SN6PR04MB4012.namprd04.prod.outlook.com',
      'kim@fabrikam-example.com',
      "Remote Server returned '550 5.7.705 Access denied, tenant has exceeded threshold. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653 AS(2300)'",
    ),
    { ...OWN_ACCOUNT_STOPPED, recipient: 'kim@fabrikam-example.com', status: '5.7.705', provider: MICROSOFT },
  ],
  [
    'Microsoft 365 outbound: 550 5.7.708 traffic not accepted from this IP',
    "Remote Server returned '550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653 AS(7230) [SA1PR12MB7224.namprd12.prod.outlook.com]'",
    { ...OWN_ACCOUNT_STOPPED, replyCode: 550, status: '5.7.708', provider: MICROSOFT },
  ],
  [
    'Microsoft 365: 5.2.0 SubmissionQuotaExceededException (the sender over its submission quota)',
    lines(
      'Delivery has failed to these recipients or groups:',
      '',
      'team-all@example.com',
      "Your message wasn't delivered because you've exceeded your sending limit. Try again later.",
      '',
      'Diagnostic information for administrators:',
      '',
      'Generating server: PH0PR11MB5046.namprd11.prod.outlook.com',
      '',
      'team-all@example.com',
      "Remote Server returned '554 5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException; Failed to process message due to a permanent exception with message Cannot submit message. 0.35250:0A000000, 1.36674:0A000000, 1.61250:00000000'",
    ),
    { ...OWN_LIMIT, ...FINAL, recipient: 'team-all@example.com', status: '5.2.0', provider: MICROSOFT },
  ],
  [
    'Microsoft 365: 5.1.90 daily limit for message recipients',
    lines(
      "Your message couldn't be delivered",
      "You've reached your daily limit for message recipients. Your message wasn't sent.",
      '',
      'Diagnostic information for administrators:',
      'Generating server: BY5PR17MB3923.namprd17.prod.outlook.com',
      'vendors@partner-example.net',
      "Remote Server returned '550 5.1.90 Your message can't be sent because you've reached your daily limit for message recipients. For more information, go to https://go.microsoft.com/fwlink/?linkid=2100000'",
    ),
    { ...OWN_LIMIT, ...FINAL, status: '5.1.90', provider: MICROSOFT },
  ],
  [
    'Microsoft 365: 550 5.5.3 RESOLVER.ADR.RecipLimit (too many recipients in one message)',
    lines(
      'Delivery has failed to these recipients or groups:',
      '',
      'Your message has too many recipients. Please try to resend with fewer recipients.',
      '',
      'Diagnostic information for administrators:',
      'Generating server: CH2PR05MB6871.namprd05.prod.outlook.com',
      "Remote Server returned '550 5.5.3 RESOLVER.ADR.RecipLimit; too many recipients'",
    ),
    { ...TOO_MANY_RCPTS, ...FINAL, status: '5.5.3', provider: MICROSOFT },
  ],
  [
    'Exchange Online: 452 4.5.3 Too many recipients in a Postfix log',
    'Dec  5 10:02:11 relay postfix/smtp[3311]: 3F2A11C0B8: to=<p.ortiz@contoso-example.com>, relay=contoso-example-com.mail.protection.outlook.com[52.101.8.44]:25, delay=0.9, delays=0.01/0/0.3/0.6, dsn=4.5.3, status=deferred (host contoso-example-com.mail.protection.outlook.com[52.101.8.44] said: 452 4.5.3 Too many recipients (AS780090) [MW2NAM12FT011.eop-nam12.prod.protection.outlook.com] (in reply to RCPT TO command))',
    {
      ...TOO_MANY_RCPTS,
      ...TEMPORARY,
      recipient: 'p.ortiz@contoso-example.com',
      replyCode: 452,
      status: '4.5.3',
      provider: MICROSOFT,
    },
  ],
  [
    'Exchange Online: 5.2.122 recipient per-hour receive limit exceeded',
    lines(
      'Delivery has failed to these recipients or groups:',
      '',
      'helpdesk@contoso-example.com',
      "The recipient has received too many messages in the last hour and can't accept more right now.",
      '',
      'Diagnostic information for administrators:',
      'helpdesk@contoso-example.com',
      "Remote Server returned '550 5.2.122 The recipient has exceeded their limit for the number of messages they can receive per hour. For more information, go to https://go.microsoft.com/fwlink/?LinkId=526653'",
    ),
    { ...RECIPIENT_RATE, ...FINAL, recipient: 'helpdesk@contoso-example.com', status: '5.2.122' },
  ],
  [
    'Exchange Online: 5.2.121 recipient per-hour limit from one sender (both sides honest)',
    "Remote Server returned '550 5.2.121 The recipient's per hour message receive limit from specific sender has been exceeded. For more information, go to https://go.microsoft.com/fwlink/?LinkId=526653'",
    {
      cause: ['recipient-rate-limited', 'rate-limited'],
      reason: 'speeding',
      ...FINAL,
      replyCode: 550,
      status: '5.2.121',
    },
  ],
  [
    'Exchange on-premises: 421 4.3.2 maximum number of concurrent connections',
    'host mail.fabrikam-example.com[198.51.100.20] refused to talk to me: 421 4.3.2 The maximum number of concurrent server connections has exceeded a limit, closing transmission channel',
    { ...CONNECTIONS, replyCode: 421, status: '4.3.2' },
  ],
  [
    'Exchange on-premises: 452 4.3.1 Insufficient system resources (back pressure: the receiver)',
    'host mail.fabrikam-example.com[198.51.100.20] said: 452 4.3.1 Insufficient system resources (UsedDiskSpace[C:\\Program Files\\Microsoft\\Exchange Server\\V15\\TransportRoles\\data\\Queue]) (in reply to MAIL FROM command)',
    {
      cause: ['system-full', 'server-unavailable'],
      reason: ['systemfull', 'systemerror'],
      side: 'recipient',
      ...TEMPORARY,
      replyCode: 452,
      status: '4.3.1',
    },
  ],
  [
    'Exchange Online: 4.2.0 recipient thread limit exceeded (the mailbox takes too much at once)',
    "Remote Server returned '432 4.2.0 STOREDRV.Deliver; recipient thread limit exceeded'",
    { ...RECIPIENT_BUSY, ...TEMPORARY, replyCode: 432, status: '4.2.0' },
  ],
  [
    'Microsoft inbound: 421 4.7.0 too many concurrent SMTP connections from this IP',
    '421 4.7.0 Too many concurrent SMTP connections from this IP address; please try again later. [AM6EUR05FT012.eop-eur05.prod.protection.outlook.com]',
    { ...CONNECTIONS, replyCode: 421, status: '4.7.0', provider: MICROSOFT },
  ],
];

const GOOGLE_CASES: RealWorldCase[] = [
  [
    'Gmail: 421 4.7.28 unusual rate of unsolicited mail from your SPF domain',
    lines(
      '421-4.7.28 Gmail has detected an unusual rate of unsolicited mail originating',
      '421-4.7.28 from your SPF domain [example.com       3]. To protect our users from',
      '421-4.7.28 spam, mail sent from your domain has been temporarily rate limited.',
      '421-4.7.28 For more information, go to',
      '421-4.7.28  https://support.google.com/mail/?p=UnsolicitedRateLimitError to',
      '421 4.7.28 review our Bulk Email Senders Guidelines. d9443c01a7336-2a1b3c4d5e6sm123456ad.45 - gsmtp',
    ),
    { ...DOMAIN_RATE, ...TEMPORARY, replyCode: 421, status: '4.7.28', provider: GOOGLE, ...SURE },
  ],
  [
    'Gmail: 4.7.28 from your DKIM domain, as a Postfix bounce line',
    lines(
      '<lee@gmail.com>: host gmail-smtp-in.l.google.com[142.250.102.27] said:',
      '    421-4.7.28 Gmail has detected an unusual rate of unsolicited mail originating',
      '    421-4.7.28 from your DKIM domain [news.example.com       7]. To protect our',
      '    421-4.7.28 users from spam, mail sent from your domain has been temporarily',
      '    421-4.7.28 rate limited. For more information, go to 421-4.7.28',
      '    https://support.google.com/mail/?p=UnsolicitedRateLimitError to review our',
      '    421 4.7.28 Bulk Email Senders Guidelines. 5b1f17b1804b1-43e1a2b3c4dsi123.7 -',
      '    gsmtp (in reply to end of DATA command)',
    ),
    {
      ...DOMAIN_RATE,
      ...TEMPORARY,
      recipient: 'lee@gmail.com',
      replyCode: 421,
      status: '4.7.28',
      provider: GOOGLE,
    },
  ],
  [
    'Gmail: 450 4.2.1 the user is receiving mail too quickly',
    lines(
      '450-4.2.1 The user you are trying to contact is receiving mail too quickly.',
      '450-4.2.1 Please resend your message at a later point. If the user is able to',
      '450-4.2.1 receive mail at that time, your message will be delivered. For more',
      '450-4.2.1 information, go to',
      '450 4.2.1  https://support.google.com/mail/?p=ReceivingRatePerm a640c23a62f3a-ab7c1d2e3f4si55.12 - gsmtp',
    ),
    { ...RECIPIENT_RATE, ...TEMPORARY, replyCode: 450, status: '4.2.1', provider: GOOGLE, ...SURE },
  ],
  [
    'Gmail: 4.2.1 receiving at a rate, gave up after five days (Postfix notice)',
    lines(
      'This is the mail system at host mail.example.com.',
      '',
      "I'm sorry to have to inform you that your message could not",
      "be delivered to one or more recipients. It's attached below.",
      '',
      '                   The mail system',
      '',
      '<busy.person@gmail.com>: delivery temporarily suspended: host',
      '    gmail-smtp-in.l.google.com[142.250.102.26] said: 450-4.2.1 The user you',
      '    are trying to contact is receiving mail at a rate that 450-4.2.1 prevents',
      '    additional messages from being delivered. Please resend your 450-4.2.1',
      '    message at a later point. (in reply to RCPT TO command)',
    ),
    {
      cause: ['delivery-expired', 'recipient-rate-limited'],
      reason: ['expired', 'speeding'],
      ...FINAL,
      recipient: 'busy.person@gmail.com',
      replyCode: 450,
      status: '4.2.1',
    },
  ],
  [
    'Gmail: 421 4.7.0 unusual rate of unsolicited mail from your IP, Exim defer',
    '2026-12-05 11:42:07 1tJlFa-0007Zx-2C == max@gmail.com R=dnslookup T=remote_smtp defer (-45) H=gmail-smtp-in.l.google.com [142.250.102.27]: SMTP error from remote mail server after end of data: 421-4.7.0 [203.0.113.7      15] Our system has detected an unusual rate of\\n421-4.7.0 unsolicited mail originating from your IP address. To protect our\\n421-4.7.0 users from spam, mail sent from your IP address has been temporarily\\n421-4.7.0 rate limited. Please visit\\n421-4.7.0  https://support.google.com/mail/?p=UnsolicitedIPError to review our\\n421 4.7.0 Bulk Email Senders Guidelines. 41be03b00d2f7-7fe1a2b3c4dsi88.301 - gsmtp',
    { ...THROTTLED, recipient: 'max@gmail.com', replyCode: 421, status: '4.7.0', provider: GOOGLE },
  ],
  [
    'Google Workspace outbound: 550 5.4.5 Daily user sending limit exceeded',
    lines(
      '550-5.4.5 Daily user sending limit exceeded. For more information on Gmail',
      '550-5.4.5 sending limits go to',
      '550 5.4.5  https://support.google.com/a/answer/166852 d2e1a72fcca58-73c1a2b3sm4.12 - gsmtp',
    ),
    { ...OWN_LIMIT, ...FINAL, replyCode: 550, status: '5.4.5', provider: GOOGLE, ...SURE },
  ],
  [
    'Gmail web notice: You have reached a limit for sending mail',
    lines(
      'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
      'To: alice@example.com',
      'Subject: Delivery Status Notification (Failure)',
      '',
      'Message not delivered',
      'You have reached a limit for sending mail. Your message was not sent.',
      'Learn more here: https://support.google.com/mail/answer/22839',
      '',
      'The response was:',
      '',
      'Daily user sending quota exceeded.',
    ),
    { ...OWN_LIMIT, ...FINAL, provider: GOOGLE },
  ],
  [
    'Google Workspace SMTP relay: 550 5.4.5 Daily SMTP relay limit exceeded for customer',
    'host smtp-relay.gmail.com[142.250.27.28] said: 550 5.4.5 Daily SMTP relay limit exceeded for customer. For more information on SMTP relay sending limits please contact your administrator or visit https://support.google.com/a/answer/166852 3f1490d57ef6-e5b1a2b3c4sm9.33 - gsmtp (in reply to MAIL FROM command)',
    { ...OWN_LIMIT, ...FINAL, replyCode: 550, status: '5.4.5', provider: GOOGLE },
  ],
  [
    'Gmail: 452 4.5.3 Your message has too many recipients',
    lines(
      '452-4.5.3 Your message has too many recipients. For more information regarding',
      "452-4.5.3 Google's sending limits, go to",
      '452 4.5.3  https://support.google.com/mail/?p=TooManyRecipientsError 98e67ed59e1d1-2ff1a2b3c4si77.5 - gsmtp',
    ),
    { ...TOO_MANY_RCPTS, ...TEMPORARY, replyCode: 452, status: '4.5.3', provider: GOOGLE },
  ],
  [
    'Gmail submission: 454 4.7.0 Too many login attempts (a login throttle, not the mail)',
    '454 4.7.0 Too many login attempts, please try again later. 5b1f17b1804b1-43e1a2b3sm6.2 - gsmtp',
    {
      // The login family (auth-required holds "authentication failed" too; auth-failed is SPF/DKIM/DMARC).
      cause: ['rate-limited', 'auth-required'],
      reason: ['speeding', 'securityerror', 'toomanyconn'],
      side: 'sender',
      ...TEMPORARY,
      replyCode: 454,
      status: '4.7.0',
    },
  ],
  [
    'Gmail: 421 4.7.0 Try again later, closing connection (vague)',
    '421 4.7.0 Try again later, closing connection. (EHLO) a1-20020a05600c000100b0043b1a2b3c4dsi1.9 - gsmtp',
    {
      cause: ['rate-limited', 'too-many-connections', 'ip-reputation', 'server-unavailable'],
      reason: ['speeding', 'toomanyconn', 'badreputation', 'blocked', 'systemerror'],
      ...TEMPORARY,
      replyCode: 421,
      status: '4.7.0',
      ...NOT_SURE,
    },
  ],
];

const YAHOO_CASES: RealWorldCase[] = [
  [
    'Yahoo: 421 4.7.0 [TSS04] unexpected volume or user complaints',
    '421 4.7.0 [TSS04] Messages from 203.0.113.7 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes',
    { ...THROTTLED, replyCode: 421, status: '4.7.0', provider: YAHOO, sendingIp: '203.0.113.7' },
  ],
  [
    'Yahoo: [TSS04] in a Postfix deferral log line (AOL MX)',
    'Dec  5 12:01:55 mail postfix/smtp[4410]: 9B1D2E3F40: to=<sam@aol.com>, relay=mx-aol.mail.gm0.yahoodns.net[67.195.204.72]:25, delay=2, delays=0.1/0/1.4/0.5, dsn=4.7.0, status=deferred (host mx-aol.mail.gm0.yahoodns.net[67.195.204.72] refused to talk to me: 421 4.7.0 [TSS04] Messages from 203.0.113.7 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes)',
    { ...THROTTLED, recipient: 'sam@aol.com', replyCode: 421, status: '4.7.0', provider: YAHOO },
  ],
  [
    'Yahoo: 421 4.7.1 [TS01] deferred due to excessive user complaints',
    '421 4.7.1 [TS01] Messages from 203.0.113.7 temporarily deferred due to excessive user complaints - 4.16.56.1; see https://postmaster.yahooinc.com/error-codes',
    { ...REPUTATION_RATE, ...TEMPORARY, replyCode: 421, status: '4.7.1', provider: YAHOO },
  ],
  [
    'Yahoo: 421 4.7.0 [TS02] deferred due to user complaints',
    '421 4.7.0 [TS02] Messages from 203.0.113.7 temporarily deferred due to user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes',
    { ...REPUTATION_RATE, ...TEMPORARY, replyCode: 421, status: '4.7.0', provider: YAHOO },
  ],
  [
    'Yahoo: 553 5.7.2 [TS03] permanently deferred (no longer a throttle)',
    '553 5.7.2 [TS03] All messages from 203.0.113.7 will be permanently deferred; Retrying will NOT succeed. See https://postmaster.yahooinc.com/error-codes',
    {
      cause: ['ip-reputation', 'ip-blocklisted'],
      reason: ['badreputation', 'blocked'],
      side: 'sender',
      ...FINAL,
      replyCode: 553,
      status: '5.7.2',
      provider: YAHOO,
    },
  ],
  [
    'Yahoo: TSS04 that lasted until the queue gave up (Exim notice)',
    lines(
      'This message was created automatically by mail delivery software.',
      '',
      'A message that you sent could not be delivered to one or more of its',
      'recipients. This is a permanent error. The following address(es) failed:',
      '',
      '  chris@yahoo.com',
      '    retry timeout exceeded',
      '    host mta7.am0.yahoodns.net [98.136.96.77]',
      '    SMTP error from remote mail server after initial connection:',
      '    421 4.7.0 [TSS04] Messages from 203.0.113.7 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes',
    ),
    {
      cause: ['delivery-expired', 'rate-limited', 'ip-reputation'],
      reason: ['expired', 'speeding', 'badreputation'],
      ...FINAL,
      recipient: 'chris@yahoo.com',
      replyCode: 421,
    },
  ],
];

const OTHER_RECEIVERS: RealWorldCase[] = [
  [
    'Comcast: 421 too many sessions opened (RL000001)',
    '421 resimta-po-27v.sys.comcast.net comcast 203.0.113.7 Too many sessions opened. Please see https://postmaster.comcast.net/smtp-error-codes.php#RL000001',
    { ...CONNECTIONS, replyCode: 421, provider: /comcast/i },
  ],
  [
    'Orange: 421 Trop de connexions / Too many connections, slow down (OFR004_104)',
    '421 mwinf5c44 ME Trop de connexions, veuillez verifier votre configuration. Too many connections, slow down. OFR004_104 [104]',
    { ...CONNECTIONS, replyCode: 421, provider: /orange|wanadoo/i },
  ],
  [
    'Orange: too many messages in the session, Postfix log (OFR004_105)',
    'Dec  5 13:10:04 mail postfix/smtp[7100]: 0C2D3E4F50: to=<marie.dupont@orange.fr>, relay=smtp-in.orange.fr[193.252.22.65]:25, delay=1.5, delays=0.1/0/0.9/0.5, dsn=4.0.0, status=deferred (host smtp-in.orange.fr[193.252.22.65] said: 421 mwinf5c21 ME Trop de messages dans la session. Too many messages in the session. OFR004_105 [105] (in reply to MAIL FROM command))',
    { ...CONNECTIONS, recipient: 'marie.dupont@orange.fr', replyCode: 421, provider: /orange|wanadoo/i },
  ],
  [
    'GMX: 421 too many connections from your IP address',
    lines(
      '421-gmx.net (mxgmx116) Nemesis ESMTP Service not available',
      '421-Requested action aborted: too many connections from your IP address',
      '421 For explanation visit https://www.gmx.net/mail/senderguidelines',
    ),
    { ...CONNECTIONS, replyCode: 421, provider: /gmx|1&1|ionos|united/i },
  ],
  [
    'Web.de: too many connections, Exim defer',
    '2026-12-05 13:33:20 1tJm02-0001aB-5K == lena@web.de R=dnslookup T=remote_smtp defer (-44) H=mx-ha02.web.de [212.227.17.8]: SMTP error from remote mail server after initial connection: 421-web.de (mxweb012) Nemesis ESMTP Service not available\\n421-Requested action aborted: too many connections from your IP address\\n421 For explanation visit https://web.de/email/senderguidelines',
    { ...CONNECTIONS, recipient: 'lena@web.de', replyCode: 421, provider: /web\.de|gmx|1&1|ionos|united/i },
  ],
  [
    'Mail.ru: 421 ratelimit exceeded for the sending IP',
    '421 4.7.0 Try again later. Ratelimit exceeded for your IP 203.0.113.7. https://help.mail.ru/mail/error/ratelimit',
    { ...THROTTLED, replyCode: 421, status: '4.7.0', provider: /mail\.ru|vk/i },
  ],
  [
    'Yandex: 421 4.7.0 Too many connections',
    'host mx.yandex.ru[77.88.21.249] refused to talk to me: 421 4.7.0 mx.yandex.ru Too many connections, try again later 1733402001-aBcDeFgH1a2',
    { ...CONNECTIONS, replyCode: 421, status: '4.7.0', provider: /yandex/i },
  ],
  [
    'Sendmail receiver: 452 4.3.2 Connection rate limit exceeded',
    '<kijima@example.jp>: host mx.example.jp[198.51.100.33] said: 452 4.3.2 Connection rate limit exceeded. (in reply to MAIL FROM command)',
    { ...CONNECTIONS, recipient: 'kijima@example.jp', replyCode: 452, status: '4.3.2' },
  ],
  [
    'Sendmail receiver: 421 4.3.2 Too many open connections',
    'host mail.example.net[198.51.100.40] refused to talk to me: 421 4.3.2 Too many open connections.',
    { ...CONNECTIONS, replyCode: 421, status: '4.3.2' },
  ],
  [
    'Postfix receiver: 421 4.7.0 too many connections from (anvil), as the sender sees it',
    'Dec  5 14:00:12 out1 postfix/smtp[8812]: 1E2F3A4B5C: to=<ops@example.net>, relay=mx.example.net[198.51.100.9]:25, delay=0.4, delays=0.01/0/0.3/0, dsn=4.7.0, status=deferred (host mx.example.net[198.51.100.9] refused to talk to me: 421 4.7.0 mx.example.net Error: too many connections from 203.0.113.7)',
    { ...CONNECTIONS, recipient: 'ops@example.net', replyCode: 421, status: '4.7.0' },
  ],
  [
    'Postfix receiver: too many connections, as postscreen logs it',
    'Dec  5 14:00:12 mx postfix/postscreen[2210]: NOQUEUE: reject: CONNECT from [203.0.113.7]:49822: too many connections',
    { ...CONNECTIONS },
  ],
  [
    'Postfix receiver: 421 4.7.0 Error: too many errors (smtpd hard error limit)',
    'host mx.example.net[198.51.100.9] said: 421 4.7.0 mx.example.net Error: too many errors (in reply to RCPT TO command)',
    {
      cause: ['too-many-connections', 'rate-limited', 'syntax-error', 'user-unknown'],
      reason: ['toomanyconn', 'speeding', 'syntaxerror', 'userunknown'],
      ...TEMPORARY,
      replyCode: 421,
      status: '4.7.0',
      ...NOT_SURE,
    },
  ],
  [
    'Exim receiver: 421 too many syntax or protocol errors',
    'SMTP error from remote mail server after RCPT TO:<ann@example.org>: 421 mx.example.org: too many syntax or protocol errors',
    {
      cause: ['syntax-error', 'too-many-connections', 'rate-limited'],
      reason: ['syntaxerror', 'toomanyconn', 'speeding'],
      side: 'sender',
      ...TEMPORARY,
      replyCode: 421,
    },
  ],
  [
    'Exim receiver: ratelimit ACL, Sender rate overlimit (a 451 at RCPT)',
    'host mx.example.org [198.51.100.12]: SMTP error from remote mail server after RCPT TO:<ann@example.org>: 451 4.7.1 Sender rate overlimit - 312.4 / 1h / per_rcpt',
    { ...THROTTLED, recipient: 'ann@example.org', replyCode: 451, status: '4.7.1' },
  ],
  [
    'Exim receiver: ratelimit ACL with a custom message, 550',
    '550 Sender rate exceeds 100 messages per 1h. Try again later.',
    { ...RATE, ...FINAL, replyCode: 550 },
  ],
  [
    'Policy service throttle: 450 4.7.1 Sender address rejected: Rate limit exceeded',
    '<dev@example.org>: host mx.example.org[198.51.100.12] said: 450 4.7.1 <alice@example.com>: Sender address rejected: Rate limit exceeded, please try again later (in reply to RCPT TO command)',
    { ...THROTTLED, recipient: 'dev@example.org', replyCode: 450, status: '4.7.1' },
  ],
  [
    'Per-mailbox rate at a receiver: 450 4.2.1 recipient is receiving mail too quickly',
    '<support@example.org>: host mx.example.org[198.51.100.12] said: 450 4.2.1 <support@example.org>: Recipient address rejected: the recipient is receiving mail too quickly, try again later (in reply to RCPT TO command)',
    { ...RECIPIENT_RATE, ...TEMPORARY, recipient: 'support@example.org', replyCode: 450, status: '4.2.1' },
  ],
  [
    'Generic receiver: 451 Server busy, try again later (two honest readings)',
    'host mail.example.org[198.51.100.12] said: 451 Server busy, try again later (in reply to MAIL FROM command)',
    { ...BUSY, replyCode: 451, ...NOT_SURE },
  ],
  [
    'Generic receiver: 421 4.3.2 Service not available, server too busy',
    '421 4.3.2 mx.example.org Service not available, server too busy - try again later',
    { ...BUSY, replyCode: 421, status: '4.3.2', ...NOT_SURE },
  ],
  [
    'Barracuda: 421 Rate limit exceeded',
    'host mx.example.org[198.51.100.12] refused to talk to me: 421 Rate limit exceeded - please try again later (Barracuda)',
    { ...THROTTLED, replyCode: 421 },
  ],
];

const OWN_SIDE: RealWorldCase[] = [
  [
    'cPanel/Exim: Domain has exceeded the max emails per hour, message discarded',
    'Domain example.com has exceeded the max emails per hour (100/100 (100%)) allowed.  Message discarded.',
    { ...OWN_LIMIT, ...FINAL },
  ],
  [
    'cPanel/Exim: max emails per hour, will be reattempted',
    'Domain example.com has exceeded the max emails per hour (250/250 (100%)) allowed.  Message will be reattempted later',
    { ...OWN_LIMIT, ...TEMPORARY },
  ],
  [
    'cPanel/Exim: max defers and failures per hour',
    'Domain example.com has exceeded the max defers and failures per hour (5/5 (100%)) allowed.  Message discarded.',
    { ...OWN_LIMIT, ...FINAL },
  ],
  [
    'Amazon SES SMTP: 454 Throttling failure: Maximum sending rate exceeded',
    '454 Throttling failure: Maximum sending rate exceeded.',
    { ...OWN_LIMIT, ...TEMPORARY, replyCode: 454, provider: /amazon|ses/i },
  ],
  [
    'Amazon SES SMTP: 454 Throttling failure: Daily message quota exceeded',
    '454 Throttling failure: Daily message quota exceeded.',
    { ...OWN_LIMIT, ...TEMPORARY, replyCode: 454, provider: /amazon|ses/i },
  ],
  [
    'Amazon SES API: Throttling, Maximum sending rate exceeded (AWS CLI)',
    'An error occurred (Throttling) when calling the SendEmail operation (reached max retries: 2): Maximum sending rate exceeded.',
    { ...OWN_LIMIT, ...TEMPORARY },
  ],
  [
    'SendGrid: 429 too many requests from the v3 API',
    'HTTP Error 429: Too Many Requests {"errors":[{"message":"too many requests","field":null,"help":null}]}',
    { ...OWN_LIMIT, ...TEMPORARY },
  ],
  [
    'SendGrid event: deferred, IPs reached ISP-suggested max connection limits',
    'Email was deferred due to the following reason(s): [IPs reached ISP-suggested max connection limits: http://send.gd/1uKnEBh]',
    { ...CONNECTIONS },
  ],
  [
    'Postfix sender: delivery temporarily suspended, lost connection (concurrency)',
    'Dec  5 15:22:40 mail postfix/smtp[9981]: 5D6E7F8A9B: to=<r.meyer@example.de>, relay=none, delay=812, delays=811/0.02/0/0, dsn=4.4.2, status=deferred (delivery temporarily suspended: lost connection with mx01.example.de[198.51.100.61] while receiving the initial server greeting)',
    {
      cause: [
        'server-unavailable',
        'recipient-server-unreachable',
        'too-many-connections',
        'rate-limited',
        'delivery-delayed',
      ],
      reason: ['systemerror', 'expired', 'networkerror', 'toomanyconn', 'speeding'],
      ...TEMPORARY,
      recipient: 'r.meyer@example.de',
      status: '4.4.2',
      ...NOT_SURE,
    },
  ],
  [
    'Postfix submission own policy: 452 4.7.1 Message rate limit for this sender',
    'Mail server responded: 452 4.7.1 <alice@example.com>: Sender address rejected: Throttling: Exceeded max messages per hour (200). Please try again later.',
    { ...OWN_LIMIT, ...TEMPORARY, replyCode: 452, status: '4.7.1' },
  ],
];

export const ROUND_90: RealWorldCase[] = [
  ...MS_CASES,
  ...GOOGLE_CASES,
  ...YAHOO_CASES,
  ...OTHER_RECEIVERS,
  ...OWN_SIDE,
];

// Written after the first batch's fixes, measured before any further change.
export const SECOND_BATCH_90: RealWorldCase[] = [
  [
    'R90b Microsoft 365 delay notice: Server busy at the recipient, still retrying',
    lines(
      'Delivery is delayed to these recipients or groups:',
      '',
      'omar@northwind-example.com',
      '',
      'Subject: Quarterly figures',
      '',
      "This message hasn't been delivered yet. Delivery will continue to be attempted.",
      '',
      "The server will keep trying to deliver this message for the next 1 days, 19 hours and 53 minutes. You'll be notified if the message can't be delivered by that time.",
      '',
      'Diagnostic information for administrators:',
      '',
      'Generating server: PA4PR04MB7790.eurprd04.prod.outlook.com',
      'Receiving server: northwind-example-com.mail.protection.outlook.com',
      '',
      'omar@northwind-example.com',
      "Remote Server returned '451 4.7.500 Server busy. Please try again later from [40.107.22.91]. (S77719) [VI1EUR06FT041.eop-eur06.prod.protection.outlook.com]'",
    ),
    {
      cause: ['rate-limited', 'delivery-delayed', 'too-many-connections', 'ip-reputation'],
      reason: ['speeding', 'expired', 'toomanyconn', 'badreputation'],
      ...TEMPORARY,
      recipient: 'omar@northwind-example.com',
      status: '4.7.500',
    },
  ],
  [
    'R90b Outlook.com: 451 4.7.652 exceeded the maximum number of connections',
    '451 4.7.652 The mail server [203.0.113.7] has exceeded the maximum number of connections. (S3115) [DM6NAM12FT089.eop-nam12.prod.protection.outlook.com]',
    { ...CONNECTIONS, replyCode: 451, status: '4.7.652', provider: MICROSOFT },
  ],
  [
    'R90b Microsoft 365: 5.7.232 trial tenant over its daily external recipient limit',
    "Remote Server returned '550 5.7.232 Your message can't be sent because your trial tenant has exceeded its daily limit for sending email to external recipients (tenant external recipient rate limit). [BL1PR13MB5021.namprd13.prod.outlook.com]'",
    { ...OWN_LIMIT, ...FINAL, replyCode: 550, status: '5.7.232', provider: MICROSOFT },
  ],
  [
    'R90b Yahoo: 421 4.7.0 [TSS09] will be permanently deferred (a 4xx: still retried)',
    '421 4.7.0 [TSS09] All messages from 203.0.113.7 will be permanently deferred; Retrying will NOT succeed. See https://postmaster.yahooinc.com/error-codes',
    {
      cause: ['ip-reputation', 'ip-blocklisted'],
      reason: ['badreputation', 'blocked'],
      side: 'sender',
      ...TEMPORARY,
      replyCode: 421,
      provider: YAHOO,
    },
  ],
  [
    'R90b Google Workspace SMTP relay: 450 4.2.1 Peak SMTP relay limit exceeded (the sender, not the mailbox)',
    'host smtp-relay.gmail.com[142.250.27.28] said: 450-4.2.1 Peak SMTP relay limit exceeded for customer. For more information on SMTP relay sending limits please contact your administrator or visit 450 4.2.1  https://support.google.com/a/answer/6140680 a7-20020a05620a0d8700b007c5a1b2c3dsm12.55 - gsmtp (in reply to MAIL FROM command)',
    { ...OWN_LIMIT, ...TEMPORARY, replyCode: 450, status: '4.2.1', provider: GOOGLE },
  ],
  [
    'R90b cPanel/Exim: the max emails per hour in exim_mainlog',
    '2026-12-05 10:00:01 1tJk9A-0003Zt-1Q ** orders@shop-example.net R=dkim_lookuphost T=dkim_remote_smtp: Domain example.com has exceeded the max emails per hour (100/100 (100%)) allowed.  Message discarded.',
    { ...OWN_LIMIT, ...FINAL, recipient: 'orders@shop-example.net' },
  ],
  [
    "R90b Exim receiver's own log: temporarily rejected RCPT, Sender rate overlimit",
    '2026-12-05 10:04:19 H=(mail.bulk-example.biz) [203.0.113.7]:50122 F=<news@bulk-example.biz> temporarily rejected RCPT <ann@example.org>: Sender rate overlimit - 1205.3 / 1h / per_rcpt',
    { ...THROTTLED, recipient: 'ann@example.org' },
  ],
  [
    'R90b Postfix through the SES smarthost: 454 Throttling failure in the log',
    'Dec  5 10:11:02 app1 postfix/smtp[5120]: 8C9D0E1F2A: to=<member@example.org>, relay=email-smtp.eu-west-1.amazonaws.com[52.30.11.9]:587, delay=1.1, delays=0.02/0/0.6/0.5, dsn=4.0.0, status=deferred (host email-smtp.eu-west-1.amazonaws.com[52.30.11.9] said: 454 Throttling failure: Maximum sending rate exceeded. (in reply to end of DATA command))',
    { ...OWN_LIMIT, ...TEMPORARY, recipient: 'member@example.org', replyCode: 454 },
  ],
  [
    'R90b Zoho: 421 too many connections from your IP',
    'host mx.zoho.eu[185.230.214.164] refused to talk to me: 421 4.7.0 Too many connections from your IP, please slow down and try again later.',
    { ...CONNECTIONS, replyCode: 421, status: '4.7.0' },
  ],
  [
    'R90b Exchange on-premises: 421 4.4.2 Message submission rate for this client has exceeded the configured limit',
    'host mail.fabrikam-example.com[198.51.100.20] said: 421 4.4.2 Message submission rate for this client has exceeded the configured limit (in reply to MAIL FROM command)',
    { ...CONNECTIONS, replyCode: 421, status: '4.4.2' },
  ],
  [
    'R90b Postfix receiver: 452 4.5.3 Error: too many recipients',
    '<list-member-101@example.net>: host mx.example.net[198.51.100.9] said: 452 4.5.3 Error: too many recipients (in reply to RCPT TO command)',
    {
      ...TOO_MANY_RCPTS,
      ...TEMPORARY,
      recipient: 'list-member-101@example.net',
      replyCode: 452,
      status: '4.5.3',
    },
  ],
  [
    "R90b Outlook.com: OutboundSpamException with verdict RefuseQuota (the account's sending quota)",
    "Remote Server returned '554 5.2.0 STOREDRV.Submission.Exception:OutboundSpamException; Failed to process message due to a permanent exception with message WASCL UserAction verdict is not None. Actual verdict is RefuseQuota, OutboundSpamException: WASCL UserAction verdict is not None. Actual verdict is RefuseQuota.[Hostname=DM8PR19MB5520.namprd19.prod.outlook.com]'",
    { ...OWN_LIMIT, ...FINAL, status: '5.2.0', provider: MICROSOFT },
  ],
  [
    'R90b Postfix delay notice quoting Yahoo TSS04',
    lines(
      'This is the mail system at host mail.example.com.',
      '',
      '####################################################################',
      '# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #',
      '####################################################################',
      '',
      'Your message could not be delivered for more than 4 hour(s).',
      'It will be retried until it is 5 day(s) old.',
      '',
      '                   The mail system',
      '',
      '<pat@yahoo.com>: host mta5.am0.yahoodns.net[67.195.228.106] refused to talk',
      '    to me: 421 4.7.0 [TSS04] Messages from 203.0.113.7 temporarily deferred due',
      '    to unexpected volume or user complaints - 4.16.55.1; see',
      '    https://postmaster.yahooinc.com/error-codes',
    ),
    {
      cause: ['rate-limited', 'delivery-delayed', 'ip-reputation', 'too-many-connections'],
      reason: ['speeding', 'expired', 'badreputation', 'toomanyconn'],
      ...TEMPORARY,
      recipient: 'pat@yahoo.com',
      replyCode: 421,
    },
  ],
  [
    'R90b Microsoft 365 NDR: expired after Yahoo TSS04 deferrals',
    lines(
      'Delivery has failed to these recipients or groups:',
      '',
      'jo@yahoo.com',
      "The recipient's email system isn't accepting messages right now. Please try resending your message later.",
      '',
      'Diagnostic information for administrators:',
      'Generating server: AS8PR04MB8012.eurprd04.prod.outlook.com',
      '',
      'jo@yahoo.com',
      "Remote Server returned '550 4.4.7 QUEUE.Expired; message expired -> 421 4.7.0 [TSS04] Messages from 40.107.22.91 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes'",
    ),
    {
      cause: ['delivery-expired', 'rate-limited', 'ip-reputation'],
      reason: ['expired', 'speeding', 'badreputation'],
      ...FINAL,
      recipient: 'jo@yahoo.com',
    },
  ],
  [
    'R90b policyd-rate-limit: 450 4.7.1 Rate limit reach, retry later',
    '<sales@example.org>: host smtp.example.com[192.0.2.25] said: 450 4.7.1 <sales@example.org>: Recipient address rejected: Rate limit reach, retry later (in reply to RCPT TO command)',
    { ...OWN_LIMIT, ...TEMPORARY, recipient: 'sales@example.org', replyCode: 450, status: '4.7.1' },
  ],
];
