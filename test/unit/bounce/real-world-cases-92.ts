import type { RealWorldCase } from './real-world-cases.js';
import {
  DISABLED,
  IP_BLOCK,
  IP_REPUTATION,
  lines,
  MAILBOX_FULL,
  MS_NOT_FOUND,
  RATE,
  SPAM,
  SUPPRESSED,
  TOO_BIG,
  USER_UNKNOWN,
} from './real-world-expectations.js';

/*
 * A ninety-second held-out round: what marketers and their admins paste from email marketing and CRM platforms'
 * bounce reports, exports and activity logs (round 47 held the transactional APIs). Mailchimp (the contact's
 * activity with the remote reply, the campaign report's Bounced tab as a tab table and as a space-aligned grid,
 * the audience's cleaned-contacts CSV), HubSpot (timeline entries with Bounce category and Bounce reason, email
 * events JSON BOUNCE with MAILBOX_FULL and SPAM, DELIVERED and SPAMREPORT, a contact export with "Email hard
 * bounce reason"), Brevo (semicolon exports with and without a reply, a category-only report, a blocklisted
 * contact, a Yahoo deferral in its logs), Klaviyo (Bounced Email with and without a reply, Marked Email as Spam,
 * Received Email), Salesforce Marketing Cloud (the _Bounce data view with BounceCategory, BounceSubcategory,
 * SMTPCode and SMTPBounceReason, filled and empty; Email Studio's bounce detail), Constant Contact (its own
 * categories only), ActiveCampaign (a status code with its standard description), Campaign Monitor (API JSON
 * and report reasons "Soft Bounce - Mailbox Full", "Soft Bounce - Mail Block - General"), Zoho Campaigns,
 * Mautic (Do Not Contact notes, Symfony Mailer's send error), Mailjet's message CSV, Customer.io, Iterable's
 * and Braze's exported events, and hand-made CSVs (email, bounce type, reason, date). Where the platform quotes
 * the remote reply, the reply decides; where it gives only its own category, its honest reading at medium or low
 * confidence; the failed recipient is the contact, never the platform's or the sender's address; deliveries,
 * opens, clicks, unsubscribes and auto-replies give no failure (NO_FAILURE_92, marketing-activity-92.test.ts),
 * complaints a feedback report. Written from knowledge of the products' screens and exports, none from the
 * development corpus or the rules, measured before any rule was changed:
 *   round 92  64 cases, 29 right as written (45 %). Case corrections of ours (3): Klaviyo's "Received Email",
 *             Braze's Delivery event and Constant Contact's "Vacation / Auto-reply" listing expected a
 *             delivered or auto-reply record; with no reply quoted, no record is as honest (nothing failed), so
 *             they moved to the no-failure check (no record, or none that is a failure). The rules' 32 misses:
 *             - no record at all (17): category-only reports whose outcome word or layout the console reader
 *               did not know (Mailchimp's cleaned CSV and space-aligned grid, HubSpot's Timeout entry and
 *               contact export, Brevo's "Invalid domain" and blocklisted contact, Klaviyo's hard bounce,
 *               Marketing Cloud's detail pane, Constant Contact's listings (2), Campaign Monitor's JSON (2),
 *               Zoho's reports (2)); complaints as events (Klaviyo, Iterable, Braze: 3);
 *             - the recipient lost (6): a CRM's "Contact: x" read as "contact us at x" (Mailchimp, HubSpot,
 *               Constant Contact, ActiveCampaign x3);
 *             - the platform's own category read with high confidence (6): Marketing Cloud's "Mailbox Full" and
 *               "Spam Blocker", Campaign Monitor's "DNS Failure", Mailjet's "user unknown" and "mailbox full", a
 *               CSV's "Mailbox full";
 *             - a wrong reading (2): "Soft Bounce - Mail Block - General" as a delay, Mailjet's CSV "no mail
 *               host" as unknown;
 *             - Mautic's "Error: Expected response code … with message "550 5.7.1 …"" lost its code and status.
 *   fixed     in code: a record whose reason is a console's or platform's own words, no server reply, is never
 *             read with high confidence (types.ts platformWords, classify.ts); console-trace.ts reads exported
 *             JSON records that state a reason, a complaint outcome as a feedback report, an address-led listing
 *             line with its outcome word, a header aligned by spaces without a dash row, columns that imply a
 *             bounce only when filled (and CLEAN_TIME's reason), placeholder values ("--", "None provided") as
 *             none; scan-text.ts takes "Contact:", "Subscriber:", "Profile:" for the recipient; client-error.ts
 *             lets Symfony's quoted reply keep its code after a label. As data (knowledge/console-trace.ts): the
 *             CRM recipient labels, event-name outcome labels, "Bounce code" and "Email hard bounce reason" as
 *             reasons, marketing outcomes (hard bounces, email hard bounced, cleaned, soft bounces), complaint
 *             outcomes, the platforms' categories in words (HubSpot's, Marketing Cloud's, Campaign Monitor's,
 *             Constant Contact's, Zoho's, Mailjet's); Brevo's "Blocklisted for email campaigns" as a suppression
 *             (esp-api-errors.ts). 64 of 64; whole suite green; corpus 366/383, reply codes 261/274, byte for
 *             byte the same.
 *   then      a second batch of 15 (SECOND_BATCH_92: Mailchimp with Yahoo's reply, HubSpot's "Mailbox
 *             misconfiguration" and IP_REPUTATION with Comcast's reply, Brevo's semicolon export without a
 *             reply, Klaviyo with Libero's reply, Marketing Cloud's "Domain Unknown" and Outlook.com's reply,
 *             Constant Contact's "Other", ActiveCampaign's 5.2.2, Campaign Monitor's "Message Too Large", Zoho
 *             with Gmail's reply, Mailjet's "connection issue", Customer.io with Mimecast's anti-spoofing
 *             refusal, Iterable with a spam refusal, a CSV with Exim's "Unrouteable address"), written after the
 *             fixes and measured before any change: 12 of 15 right as written. One case correction of ours:
 *             Libero's "550 5.1.1 <x>: Recipient address rejected: libero.it" says only "rejected" in words, the
 *             status alone says unknown user, so medium is accepted beside high. The misses: Brevo's semicolon
 *             CSV without a reply (no record) and Constant Contact's "Bounce type: Other" (no record). Fixed: a
 *             CSV header split by semicolons (console-trace.ts, csvFields' separator), a stated bounce type as a
 *             failure (data). 15 of 15.
 */

const FINAL = { permanent: true } as const;
const TEMPORARY = { permanent: false } as const;
const SURE = { confidence: 'high' } as const;
const NOT_SURE = { confidence: ['medium', 'low'] } as const;
const NO_CODE = { replyCode: null, status: null } as const;
const GOOGLE = /google|gmail/i;
const MICROSOFT = /microsoft|outlook|office|hotmail/i;
const YAHOO = /yahoo|aol/i;
const DELIVERED = { cause: 'delivered', reason: 'delivered', ...TEMPORARY } as const;
const FEEDBACK = { cause: 'feedback-report', reason: 'feedback', ...TEMPORARY } as const;
// The platform's "Hard bounce" and nothing more: most often a dead address, but the platform files blocks there too.
const HARD_ONLY = {
  cause: ['user-unknown', 'unknown', 'domain-not-found', 'recipient-domain-typo', 'suppressed'],
  reason: ['userunknown', 'onhold', 'undefined', 'hostunknown', 'suppressed'],
  ...NOT_SURE,
  ...NO_CODE,
} as const;
// The platform stopped mailing the contact after bounces (cleaned, blocklisted): its own suppression.
const STOPPED = {
  cause: ['suppressed', 'list-member-disabled', 'user-unknown', 'unknown'],
  reason: ['suppressed', 'userunknown', 'onhold', 'undefined'],
  ...NOT_SURE,
  ...NO_CODE,
} as const;
const FULL_SAID = { ...MAILBOX_FULL, ...NOT_SURE, ...NO_CODE } as const;
const UNKNOWN_SAID = { ...USER_UNKNOWN, ...NOT_SURE, ...NO_CODE } as const;
const DOMAIN = {
  cause: ['domain-not-found', 'recipient-domain-typo', 'no-mx', 'dns-failure'],
  reason: ['hostunknown', 'notaccept', 'networkerror'],
} as const;
const DMARC = { cause: ['dmarc-fail', 'auth-failed'], reason: 'authfailure', side: 'sender' } as const;
const BLOCK_SAID = {
  cause: [
    'ip-blocklisted',
    'ip-reputation',
    'spam-filtered',
    'connection-rejected',
    'policy-violation',
    'content-filtered',
    'domain-reputation',
  ],
  reason: ['blocked', 'badreputation', 'spamdetected', 'policyviolation', 'filtered'],
  ...NOT_SURE,
} as const;
const SOFT_ONLY = {
  cause: [
    'unknown',
    'delivery-delayed',
    'delivery-expired',
    'server-unavailable',
    'recipient-server-unreachable',
    'mailbox-full',
  ],
  reason: ['onhold', 'undefined', 'expired', 'systemerror', 'networkerror', 'mailboxfull'],
  ...NOT_SURE,
  ...NO_CODE,
} as const;
const UNREACHABLE_SAID = {
  cause: ['recipient-server-unreachable', 'delivery-expired', 'delivery-delayed', 'server-unavailable'],
  reason: ['expired', 'networkerror', 'systemerror'],
  ...NOT_SURE,
} as const;

const GMAIL_NO_SUCH_USER = lines(
  '550-5.1.1 The email account that you tried to reach does not exist. Please try',
  "550-5.1.1 double-checking the recipient's email address for typos or",
  '550-5.1.1 unnecessary spaces. For more information, go to',
  '550 5.1.1  https://support.google.com/mail/?p=NoSuchUser 6a1803df08f44-6e4d9a1b2c3si1234567qkb.101 - gsmtp',
);

// Mailchimp: the contact profile's activity feed, campaign reports, the audience's cleaned export.
const MAILCHIMP: RealWorldCase[] = [
  [
    'Mailchimp contact activity: hard bounce with Gmail NoSuchUser',
    lines(
      'olivia.brandt@gmail.com',
      'Cleaned · Added via Signup form on Apr 12, 2024',
      '',
      'Activity',
      'Mar 3, 2026 10:14 am',
      'Email bounced (hard) — Spring Collection Launch',
      'Bounce reason:',
      GMAIL_NO_SUCH_USER,
      'Sent from: news@shop-example.com',
    ),
    {
      ...USER_UNKNOWN,
      ...FINAL,
      ...SURE,
      recipient: 'olivia.brandt@gmail.com',
      replyCode: 550,
      status: '5.1.1',
      provider: GOOGLE,
    },
  ],
  [
    'Mailchimp campaign report: Bounced tab, hard bounce without a reason',
    lines(
      'Spring Collection Launch',
      'Recipient activity › Bounced',
      '',
      'Email Address\tBounce Type\tFirst Name\tLast Name',
      'j.mercer@example.co\tHard\tJames\tMercer',
    ),
    { ...HARD_ONLY, recipient: 'j.mercer@example.co' },
  ],
  [
    'Mailchimp cleaned contacts export (CSV): no reason, only the clean time and campaign',
    lines(
      'Email Address,First Name,Last Name,MEMBER_RATING,OPTIN_TIME,OPTIN_IP,CONFIRM_TIME,CONFIRM_IP,LATITUDE,LONGITUDE,GMTOFF,DSTOFF,TIMEZONE,CC,REGION,CLEAN_TIME,CLEAN_CAMPAIGN_TITLE,CLEAN_CAMPAIGN_ID,LEID,EUID,NOTES',
      'dmitri.k@examplemail.com,Dmitri,K,1,"2023-04-11 09:12:44",,"2023-04-11 09:13:02",,,,,,,,,"2026-02-19 16:40:11","February Newsletter",8f3c21ab7e,123456789,a1b2c3d4e5,',
    ),
    { ...STOPPED, recipient: 'dmitri.k@examplemail.com' },
  ],
  [
    'Mailchimp contact activity: soft bounce, Dovecot quota',
    lines(
      'anna.weber@example.de',
      'Subscribed',
      'Mar 3, 2026 10:14 am  Email bounced (soft) — März Newsletter',
      'Bounce reason: 552 5.2.2 <anna.weber@example.de> Quota exceeded (mailbox for user is full)',
    ),
    { ...MAILBOX_FULL, ...SURE, recipient: 'anna.weber@example.de', replyCode: 552, status: '5.2.2' },
  ],
  [
    'Mailchimp bounce detail: Outlook.com S3150 block of the shared IP',
    lines(
      'Bounced — hard bounce',
      'Contact: c.dubois@hotmail.fr',
      'Campaign: Webinar reminder (sent Mar 4, 2026 from events@brand-example.com)',
      "Reason: 550 5.7.1 Unfortunately, messages from [198.2.180.12] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [AM4PEPF00027A5C.eurprd04.prod.outlook.com 2026-03-04T08:02:11.000Z 08DC3A1B2C3D4E5F]",
    ),
    {
      cause: ['network-blocklisted', 'ip-blocklisted'],
      reason: 'blocked',
      side: 'sender',
      recipient: 'c.dubois@hotmail.fr',
      replyCode: 550,
      status: '5.7.1',
      provider: MICROSOFT,
      ...SURE,
    },
  ],
  [
    'Mailchimp campaign report: soft bounce row without a reason',
    lines(
      'Bounced (2)',
      'Email Address                 Bounce Type   Date',
      'r.okafor@example.ng           Soft          03/04/2026 08:02AM',
    ),
    { ...SOFT_ONLY, recipient: 'r.okafor@example.ng' },
  ],
];

// HubSpot: the contact timeline, the email events API, contact exports with the bounce properties.
const HUBSPOT: RealWorldCase[] = [
  [
    'HubSpot timeline: hard bounce, Unknown user, with Postfix reason',
    lines(
      'Email hard bounced',
      'Marketing email: Q2 Webinar Invite',
      'Bounce category: Unknown user',
      'Bounce reason: 550 5.1.1 <p.nguyen@example.com>: Recipient address rejected: User unknown in local recipient table',
      'Mar 4, 2026 at 3:12 PM EST',
    ),
    {
      ...USER_UNKNOWN,
      ...FINAL,
      ...SURE,
      recipient: 'p.nguyen@example.com',
      replyCode: 550,
      status: '5.1.1',
    },
  ],
  [
    'HubSpot email event JSON: BOUNCE, MAILBOX_FULL, Gmail OverQuota',
    lines(
      '{',
      '  "appName": "Batch",',
      '  "emailCampaignId": 312948731,',
      '  "recipient": "r.silva@gmail.com",',
      '  "type": "BOUNCE",',
      '  "category": "MAILBOX_FULL",',
      '  "response": "552-5.2.2 The email account that you tried to reach is over quota. Please direct 552-5.2.2 the recipient to 552 5.2.2  https://support.google.com/mail/?p=OverQuotaPerm d2e1a72fcca58-6e2c3b4a5e1si987654pfb.12 - gsmtp",',
      '  "status": "5.2.2",',
      '  "portalId": 4410092,',
      '  "sentBy": { "id": "0f9d3c1e-4b2a-4c1d-9e7f-1a2b3c4d5e6f", "created": 1741100521000 },',
      '  "created": 1741100533000',
      '}',
    ),
    {
      ...MAILBOX_FULL,
      ...SURE,
      recipient: 'r.silva@gmail.com',
      replyCode: 552,
      status: '5.2.2',
      provider: GOOGLE,
    },
  ],
  [
    'HubSpot email event JSON: BOUNCE, SPAM, Gmail unsolicited',
    lines(
      '{"recipient":"m.hughes@gmail.com","type":"BOUNCE","category":"SPAM","status":"5.7.1","response":"550-5.7.1 [158.247.22.14      12] Our system has detected that this message is likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been blocked. For more information, go to https://support.google.com/mail/?p=UnsolicitedMessageError 98e67ed59e1d1-2f1a2b3c4d5si123456a91.77 - gsmtp","emailCampaignId":312948731,"portalId":4410092,"created":1741100600000}',
    ),
    { ...SPAM, ...SURE, recipient: 'm.hughes@gmail.com', replyCode: 550, status: '5.7.1', provider: GOOGLE },
  ],
  [
    'HubSpot timeline: POLICY bounce, Mimecast envelope blocked',
    lines(
      'Email bounced',
      'Bounce category: Policy',
      'Bounce reason: 550 Administrative prohibition - envelope blocked - https://community.mimecast.com/docs/DOC-1369#550 [aBcD3fGhIjKlMnOp-1.eu41]',
      'Recipient: t.walsh@example-law.co.uk',
      'Sent from: marketing@saas-example.io',
    ),
    {
      cause: ['blocked-by-recipient', 'policy-violation', 'recipient-restricted'],
      reason: ['rejected', 'policyviolation', 'blocked'],
      recipient: 't.walsh@example-law.co.uk',
      replyCode: 550,
      provider: /mimecast/i,
    },
  ],
  [
    'HubSpot timeline: DMARC bounce, Gmail 5.7.26',
    lines(
      'Email hard bounced',
      'Bounce category: DMARC',
      "Bounce reason: 550-5.7.26 Unauthenticated email from brand-example.com is not accepted due to domain's DMARC policy. Please contact the administrator of brand-example.com domain if this was a legitimate mail. To learn about the DMARC initiative, go to https://support.google.com/mail/?p=DmarcRejection 5b1f17b1804b1-43a1b2c3d4esi5678901f8.201 - gsmtp",
      'Contact: k.ito@gmail.com',
    ),
    { ...DMARC, ...SURE, recipient: 'k.ito@gmail.com', replyCode: 550, status: '5.7.26', provider: GOOGLE },
  ],
  [
    'HubSpot timeline: soft bounce, Timeout, no reason text',
    lines(
      'Email soft bounced',
      'Marketing email: March product update',
      'Bounce category: Timeout',
      'Bounce reason: --',
      'Contact: ops@example-logistics.com.au',
    ),
    { ...UNREACHABLE_SAID, ...NO_CODE, recipient: 'ops@example-logistics.com.au' },
  ],
  [
    'HubSpot contact export: Email hard bounce reason UNKNOWN_USER',
    lines(
      'Record ID,First Name,Last Name,Email,Email hard bounce reason,Marketing emails bounced,Last marketing email send date',
      '51234,Lena,Hoffmann,lena.hoffmann@example.de,UNKNOWN_USER,1,2026-03-02 10:14',
    ),
    { ...UNKNOWN_SAID, recipient: 'lena.hoffmann@example.de' },
  ],
  [
    'HubSpot email event JSON: DELIVERED',
    lines(
      '{"recipient":"j.carter@example.com","type":"DELIVERED","response":"250 2.0.0 OK  1741100533 d2e1a72fcca58-6e2c3b4a5e1si987654pfb.12 - gsmtp","smtpId":"<1741100521.abc123@hubspotemail.net>","emailCampaignId":312948731,"portalId":4410092,"created":1741100534000}',
    ),
    { ...DELIVERED, recipient: 'j.carter@example.com' },
  ],
  [
    'HubSpot email event JSON: SPAMREPORT',
    lines(
      '{"recipient":"angry.reader@yahoo.com","type":"SPAMREPORT","emailCampaignId":312948731,"portalId":4410092,"appName":"Batch","created":1741187000000,"sentBy":{"id":"0f9d3c1e-4b2a-4c1d-9e7f-1a2b3c4d5e6f"}}',
    ),
    { ...FEEDBACK, recipient: 'angry.reader@yahoo.com' },
  ],
];

// Brevo (Sendinblue): campaign report exports, the contact's blocklist, the logs.
const BREVO: RealWorldCase[] = [
  [
    'Brevo hard bounces export (semicolons) with Postfix reason',
    lines(
      'EMAIL;BOUNCE TYPE;REASON;DATE',
      'kowalski.p@example.pl;Hard bounce;550 5.1.1 <kowalski.p@example.pl>: Recipient address rejected: User unknown in virtual mailbox table;2026-03-05 08:14:09',
    ),
    { ...USER_UNKNOWN, ...SURE, recipient: 'kowalski.p@example.pl', replyCode: 550, status: '5.1.1' },
  ],
  [
    'Brevo soft bounces export: cPanel mailbox full',
    lines(
      'EMAIL;BOUNCE TYPE;REASON;DATE',
      'info@example-hotel.gr;Soft bounce;452 4.2.2 <info@example-hotel.gr>: Mailbox is full / Blocks limit exceeded / Inode limit exceeded;2026-03-05 08:14:31',
    ),
    { ...MAILBOX_FULL, ...SURE, recipient: 'info@example-hotel.gr', replyCode: 452, status: '4.2.2' },
  ],
  [
    'Brevo campaign report: hard bounce, reason "Invalid domain" only',
    lines(
      'Hard bounces',
      'Email: sales@example-tradng.com',
      'Reason: Invalid domain',
      'Date: 05/03/2026 09:14',
    ),
    { ...DOMAIN, ...NOT_SURE, ...NO_CODE, recipient: 'sales@example-tradng.com' },
  ],
  [
    'Brevo contact: blocklisted after a hard bounce',
    lines(
      'm.rossi@example.it',
      'Blocklisted for email campaigns',
      'Reason: Hard bounce',
      'Blocklisted on 05/03/2026 09:14 (Campaign #142 "Saldi di primavera")',
    ),
    { ...STOPPED, recipient: 'm.rossi@example.it' },
  ],
  [
    'Brevo logs: deferred by Yahoo TSS04',
    lines(
      'Deferred',
      'To: l.martin@yahoo.fr',
      'From: newsletter@shop-example.fr',
      'Reason: 421 4.7.0 [TSS04] Messages from 185.41.28.109 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes',
    ),
    { ...RATE, ...TEMPORARY, recipient: 'l.martin@yahoo.fr', replyCode: 421, provider: YAHOO },
  ],
];

// Klaviyo: the profile's activity feed (Bounced Email, Marked Email as Spam, Received Email).
const KLAVIYO: RealWorldCase[] = [
  [
    'Klaviyo profile activity: Bounced Email, hard, no reason',
    lines(
      'Profile: sofia.lopez@example.es',
      'Bounced Email',
      'Mar 5, 2026 at 11:02 AM',
      'Campaign Name: Spring Drop — Early Access',
      'Subject: Your early access starts now',
      'Bounce Type: Hard',
      'Email Domain: example.es',
    ),
    { ...HARD_ONLY, recipient: 'sofia.lopez@example.es' },
  ],
  [
    'Klaviyo profile activity: Bounced Email, soft, with Microsoft reply',
    lines(
      'Profile: nate.b@outlook.com',
      'Bounced Email',
      'Bounce Type: Soft',
      'Reason: 451 4.7.650 The mail server [168.119.33.7] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S775) [Name=Protocol Filter Agent][AGT=PFA][MxId=11B9E5A1C2D3E4F5] [BL02EPF0001A0FB.namprd09.prod.outlook.com 2026-03-05T11:02:44.000Z 08DC3B1C2D3E4F50]',
    ),
    {
      ...IP_REPUTATION,
      ...TEMPORARY,
      ...SURE,
      recipient: 'nate.b@outlook.com',
      replyCode: 451,
      provider: MICROSOFT,
    },
  ],
  [
    'Klaviyo profile activity: Marked Email as Spam',
    lines(
      'Profile: gus.h@aol.com',
      'Marked Email as Spam',
      'Mar 6, 2026 at 7:41 AM',
      'Campaign Name: Weekly Deals #10',
      'Subject: 48 hours only: 30% off',
    ),
    { ...FEEDBACK, recipient: 'gus.h@aol.com' },
  ],
];

// Salesforce Marketing Cloud: the _Bounce data view queried into a data extension, Email Studio tracking.
const SFMC_HEAD =
  'SubscriberKey\tEmailAddress\tEventDate\tBounceCategory\tBounceSubcategory\tBounceType\tSMTPCode\tSMTPBounceReason';
const MARKETING_CLOUD: RealWorldCase[] = [
  [
    'Marketing Cloud _Bounce: Hard bounce, User Unknown, Sendmail reply',
    lines(
      SFMC_HEAD,
      '0035g00000AbCdEAAZ\th.tanaka@example.jp\t3/6/2026 4:12:33 AM\tHard bounce\tUser Unknown\timmediate\t550\tsmtp;550 5.1.1 <h.tanaka@example.jp>... User unknown',
    ),
    { ...USER_UNKNOWN, ...FINAL, ...SURE, recipient: 'h.tanaka@example.jp', replyCode: 550, status: '5.1.1' },
  ],
  [
    'Marketing Cloud _Bounce: Block bounce, Spamhaus',
    lines(
      SFMC_HEAD,
      '0035g00000XyZaBAAV\tfinance@example-corp.nl\t3/6/2026 4:13:02 AM\tBlock bounce\tSpam Blocker\timmediate\t554\tsmtp;554 5.7.1 Service unavailable; Client host [13.111.4.56] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/13.111.4.56',
    ),
    { ...IP_BLOCK, ...SURE, recipient: 'finance@example-corp.nl', replyCode: 554, status: '5.7.1' },
  ],
  [
    'Marketing Cloud _Bounce: Technical/Other bounce, message too large',
    lines(
      SFMC_HEAD,
      '0035g00000LmNoPAAV\tarchive@example-media.com\t3/6/2026 4:14:10 AM\tTechnical/Other bounce\tData format error\timmediate\t552\tsmtp;552 5.3.4 Message size exceeds fixed limit',
    ),
    { ...TOO_BIG, ...SURE, recipient: 'archive@example-media.com', replyCode: 552, status: '5.3.4' },
  ],
  [
    'Marketing Cloud _Bounce: Soft bounce, Mailbox Full, no SMTP reason',
    lines(
      SFMC_HEAD,
      '0035g00000QrStUAAV\tb.moreau@example.fr\t3/6/2026 4:15:45 AM\tSoft bounce\tMailbox Full\tdelayed\t\t',
    ),
    { ...FULL_SAID, recipient: 'b.moreau@example.fr' },
  ],
  [
    'Marketing Cloud _Bounce: Block bounce, Spam Blocker, no SMTP reason',
    lines(
      SFMC_HEAD,
      '0035g00000VwXyZAAV\tpurchasing@example-steel.com\t3/6/2026 4:16:02 AM\tBlock bounce\tSpam Blocker\timmediate\t\t',
    ),
    { ...BLOCK_SAID, ...NO_CODE, recipient: 'purchasing@example-steel.com' },
  ],
  [
    'Marketing Cloud Email Studio: bounce detail, Inactive Account',
    lines(
      'Subscriber: g.schmidt@example.at',
      'Job ID: 1184392   Email Name: DACH_Newsletter_2026_03',
      'Bounce Category: Hard bounce',
      'Bounce Subcategory: Inactive Account',
      'Bounce Date: 3/6/2026 5:01 AM',
    ),
    { ...DISABLED, ...NOT_SURE, ...NO_CODE, recipient: 'g.schmidt@example.at' },
  ],
];

// Constant Contact: the campaign's bounce report, by its own categories (it does not show the server's reply).
const CONSTANT_CONTACT: RealWorldCase[] = [
  [
    'Constant Contact bounce report: Non-existent address',
    lines('Bounces (3)', 'Non-existent address', 'e.vargas@example.mx    Bounced Mar 6, 2026'),
    { ...UNKNOWN_SAID, recipient: 'e.vargas@example.mx' },
  ],
  [
    'Constant Contact bounce report: Mailbox full',
    lines('Bounce reason: Mailbox full', 'Email address: h.olsen@example.no', 'Date: 3/6/2026'),
    { ...FULL_SAID, recipient: 'h.olsen@example.no' },
  ],
  [
    'Constant Contact bounce report: Undeliverable',
    lines(
      'Campaign: March Member Update',
      'Bounce type: Undeliverable',
      'Contact: frontdesk@example-dental.com',
    ),
    {
      cause: [
        'unknown',
        'domain-not-found',
        'no-mx',
        'recipient-server-unreachable',
        'server-unavailable',
        'delivery-expired',
        'not-accepting-mail',
      ],
      reason: ['onhold', 'undefined', 'hostunknown', 'notaccept', 'expired', 'systemerror', 'networkerror'],
      ...NOT_SURE,
      ...NO_CODE,
      recipient: 'frontdesk@example-dental.com',
    },
  ],
];

// ActiveCampaign: the campaign report's bounce list, with the status code and its standard description.
const ACTIVECAMPAIGN: RealWorldCase[] = [
  [
    'ActiveCampaign bounce: 5.1.1 Bad destination mailbox address',
    lines(
      'Contact: f.rossi@example.it',
      'Bounce type: Hard',
      'Bounce code: 5.1.1 - Bad destination mailbox address',
      'Campaign: Newsletter Marzo',
    ),
    {
      ...USER_UNKNOWN,
      ...FINAL,
      recipient: 'f.rossi@example.it',
      status: '5.1.1',
      confidence: ['high', 'medium'],
    },
  ],
  [
    'ActiveCampaign bounce: 4.4.1 No answer from host (soft)',
    lines(
      'Contact: admin@example-farm.co.za',
      'Bounce type: Soft',
      'Bounce code: 4.4.1 - No answer from host',
    ),
    { ...UNREACHABLE_SAID, recipient: 'admin@example-farm.co.za', status: '4.4.1' },
  ],
  [
    'ActiveCampaign bounce: 5.7.1 Delivery not authorized, message refused',
    lines(
      'Contact: hr@example-bank.ch',
      'Bounce type: Hard',
      'Bounce code: 5.7.1 - Delivery not authorized, message refused',
    ),
    {
      cause: [
        'policy-violation',
        'blocked-by-recipient',
        'recipient-restricted',
        'spam-filtered',
        'content-filtered',
        'ip-blocklisted',
        'security-error',
      ],
      reason: ['policyviolation', 'rejected', 'spamdetected', 'filtered', 'blocked', 'securityerror'],
      recipient: 'hr@example-bank.ch',
      status: '5.7.1',
      ...NOT_SURE,
    },
  ],
];

// Campaign Monitor: the API's bounce list and the report, its reasons its own ("Soft Bounce - Mailbox Full").
const CAMPAIGN_MONITOR: RealWorldCase[] = [
  [
    'Campaign Monitor API bounces: Soft Bounce - Mailbox Full',
    lines(
      '[',
      '  {',
      '    "EmailAddress": "w.zhang@example.cn",',
      '    "ListID": "a58ee1d3039b8bec838e6d1482a8a965",',
      '    "BounceType": "Soft",',
      '    "Date": "2026-03-06 09:12:00",',
      '    "Reason": "Soft Bounce - Mailbox Full"',
      '  }',
      ']',
    ),
    { ...FULL_SAID, recipient: 'w.zhang@example.cn' },
  ],
  [
    'Campaign Monitor API bounces: Hard Bounce',
    lines(
      '{"EmailAddress":"p.singh@example.in","ListID":"a58ee1d3039b8bec838e6d1482a8a965","BounceType":"Hard","Date":"2026-03-06 09:12:04","Reason":"Hard Bounce"}',
    ),
    { ...HARD_ONLY, recipient: 'p.singh@example.in' },
  ],
  [
    'Campaign Monitor report: Soft Bounce - General',
    lines(
      'Bounced',
      'Email: l.novak@example.si',
      'Bounce reason: Soft Bounce - General',
      'Date: 6 Mar 2026 9:12am',
    ),
    { ...SOFT_ONLY, recipient: 'l.novak@example.si' },
  ],
  [
    'Campaign Monitor report: Soft Bounce - Mail Block - General',
    lines(
      'Email: compliance@example-insure.com',
      'Bounce type: Soft',
      'Reason: Soft Bounce - Mail Block - General',
    ),
    { ...BLOCK_SAID, ...NO_CODE, recipient: 'compliance@example-insure.com' },
  ],
  [
    'Campaign Monitor report: Soft Bounce - DNS Failure',
    lines('Email: it@example-school.edu.au', 'Bounce type: Soft', 'Reason: Soft Bounce - DNS Failure'),
    { ...DOMAIN, ...NOT_SURE, ...NO_CODE, recipient: 'it@example-school.edu.au' },
  ],
];

// Zoho Campaigns, Mautic, Mailjet: bounce reports, Do Not Contact notes, message exports.
const OTHERS: RealWorldCase[] = [
  [
    'Zoho Campaigns bounce report: hard bounce, Exchange Online DBEB 5.4.1',
    lines(
      'Campaign: Product Launch – March',
      'Contact email: priya.menon@example.in',
      'Bounce type: Hard bounce',
      'Bounce reason: 550 5.4.1 Recipient address rejected: Access denied. For more information see https://aka.ms/EXOSmtpErrors [SG2PEPF000B66CB.apcprd03.prod.outlook.com 2026-03-06T03:14:55.123Z 08DC3C1D2E3F4A5B]',
    ),
    {
      ...MS_NOT_FOUND,
      ...FINAL,
      ...SURE,
      recipient: 'priya.menon@example.in',
      replyCode: 550,
      status: '5.4.1',
      provider: MICROSOFT,
    },
  ],
  [
    'Zoho Campaigns bounce report: soft bounce, Mailbox full',
    lines('Contact email: accounts@example-traders.ae', 'Bounce type: Soft bounce', 'Reason: Mailbox full'),
    { ...FULL_SAID, recipient: 'accounts@example-traders.ae' },
  ],
  [
    "Zoho Campaigns bounce report: hard bounce, Domain doesn't exist",
    lines('Contact email: sam@exmaple.com', 'Bounce type: Hard bounce', "Reason: Domain doesn't exist"),
    { ...DOMAIN, ...NOT_SURE, ...NO_CODE, recipient: 'sam@exmaple.com' },
  ],
  [
    'Mautic contact: Do Not Contact (Bounced) with the reply',
    lines(
      't.mulder@example.nl',
      'Do Not Contact: Bounced',
      'Hard bounce: 550 5.1.1 <t.mulder@example.nl>: Recipient address rejected: User unknown in virtual mailbox table',
      'Channel: Email · 06/03/2026 10:20',
    ),
    { ...USER_UNKNOWN, ...SURE, recipient: 't.mulder@example.nl', replyCode: 550, status: '5.1.1' },
  ],
  [
    'Mautic contact: Do Not Contact with Yahoo user unknown',
    lines(
      'Marked as Do Not Contact (Bounced)',
      'Email: j.park@yahoo.com',
      "554 delivery error: dd This user doesn't have a yahoo.com account (j.park@yahoo.com) [0] - mta4102.mail.gq1.yahoo.com",
    ),
    { ...USER_UNKNOWN, ...SURE, recipient: 'j.park@yahoo.com', replyCode: 554, provider: YAHOO },
  ],
  [
    "Mautic send failed: its own SMTP relay denies relaying (Symfony Mailer's wording)",
    lines(
      'Email failed to send',
      'Contact: v.petrova@example.bg',
      'Error: Expected response code "250/251/252" but got code "550", with message "550 5.7.1 Relaying denied".',
    ),
    {
      cause: ['relay-denied', 'relay-not-authorised'],
      reason: 'norelaying',
      recipient: 'v.petrova@example.bg',
      replyCode: 550,
      status: '5.7.1',
    },
  ],
  [
    'Mailjet message export (CSV): hard bounced, user unknown',
    lines(
      '"Date","Email","Status","Campaign","Error related to","Error"',
      '"2026-03-06 10:11:12","oskar.lind@example.se","hard bounced","March news","recipient","user unknown"',
    ),
    { ...UNKNOWN_SAID, recipient: 'oskar.lind@example.se' },
  ],
  [
    'Mailjet message export (CSV): soft bounced, mailbox full',
    lines(
      '"Date","Email","Status","Campaign","Error related to","Error"',
      '"2026-03-06 10:11:15","k.berg@example.dk","soft bounced","March news","recipient","mailbox full"',
    ),
    { ...FULL_SAID, recipient: 'k.berg@example.dk' },
  ],
  [
    'Mailjet message export (CSV): blocked, domain, no mail host',
    lines(
      '"Date","Email","Status","Campaign","Error related to","Error"',
      '"2026-03-06 10:11:19","info@example-nomail.fi","blocked","March news","domain","no mail host"',
    ),
    {
      cause: ['no-mx', 'domain-not-found', 'not-accepting-mail'],
      reason: ['notaccept', 'hostunknown'],
      ...NOT_SURE,
      ...NO_CODE,
      recipient: 'info@example-nomail.fi',
    },
  ],
];

// Customer.io, Iterable, Braze: delivery views, exported events, Currents.
const MESSAGING: RealWorldCase[] = [
  [
    'Customer.io delivery: Bounced with the failure message',
    lines(
      'Delivery 2c5e6f8a',
      'To: noah.f@gmail.com',
      'From: Acme Team <hello@acme-example.com>',
      'Status: Bounced',
      'Failure message:',
      GMAIL_NO_SUCH_USER,
    ),
    { ...USER_UNKNOWN, ...FINAL, ...SURE, recipient: 'noah.f@gmail.com', replyCode: 550, provider: GOOGLE },
  ],
  [
    'Customer.io delivery: Suppressed, previously bounced',
    lines(
      'To: old.account@example.org',
      'Status: Suppressed',
      'This message was not sent because the recipient’s email address previously bounced.',
    ),
    { ...SUPPRESSED, recipient: 'old.account@example.org', ...NO_CODE },
  ],
  [
    'Iterable emailBounce event (JSON): HardBounce with the bounce message',
    lines(
      '{',
      '  "email": "ana.costa@example.pt",',
      '  "eventName": "emailBounce",',
      '  "recipientState": "HardBounce",',
      '  "bounceMessage": "smtp;550 5.1.1 <ana.costa@example.pt>: Recipient address rejected: User unknown",',
      '  "campaignId": 9123456,',
      '  "templateId": 1234567,',
      '  "messageId": "a1b2c3d4e5f64a7b8c9d0e1f2a3b4c5d",',
      '  "createdAt": "2026-03-06 11:02:44 +00:00"',
      '}',
    ),
    { ...USER_UNKNOWN, ...SURE, recipient: 'ana.costa@example.pt', replyCode: 550, status: '5.1.1' },
  ],
  [
    'Iterable emailBounce event: SoftBounce, Orange mailbox full in French',
    lines(
      '{"email":"pierre.lefevre@orange.fr","eventName":"emailBounce","recipientState":"SoftBounce","bounceMessage":"smtp;552 5.2.2 Boite du destinataire pleine. Recipient mailbox full. OFR_417","campaignId":9123457,"createdAt":"2026-03-06 11:03:01 +00:00"}',
    ),
    { ...MAILBOX_FULL, ...SURE, recipient: 'pierre.lefevre@orange.fr', replyCode: 552, status: '5.2.2' },
  ],
  [
    'Iterable emailComplaint event',
    lines(
      '{"email":"tired.of.this@hotmail.com","eventName":"emailComplaint","campaignId":9123456,"templateId":1234567,"createdAt":"2026-03-07 08:15:00 +00:00"}',
    ),
    { ...FEEDBACK, recipient: 'tired.of.this@hotmail.com' },
  ],
  [
    'Braze Currents users.messages.email.Bounce: Barracuda blocklist',
    lines(
      '{"event_type":"users.messages.email.Bounce","id":"f3a9c2e1-7b6d-4e5f-8a9b-0c1d2e3f4a5b","time":1741259000,"user_id":"u_88213","email_address":"buyer@example-retail.com","sending_ip":"192.0.2.44","ip_pool":"marketing","campaign_name":"Spring Sale","bounce_reason":"554 5.7.1 Service unavailable; Client host [192.0.2.44] blocked using b.barracudacentral.org; http://www.barracudanetworks.com/reputation/?pr=1&ip=192.0.2.44"}',
    ),
    {
      ...IP_BLOCK,
      ...SURE,
      recipient: 'buyer@example-retail.com',
      replyCode: 554,
      status: '5.7.1',
      sendingIp: '192.0.2.44',
    },
  ],
  [
    'Braze Currents users.messages.email.SoftBounce: Gmail 4.7.28',
    lines(
      '{"event_type":"users.messages.email.SoftBounce","time":1741259100,"email_address":"zoe.m@gmail.com","sending_ip":"198.51.100.23","campaign_name":"Spring Sale","bounce_reason":"421-4.7.28 [198.51.100.23      15] Gmail has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily rate limited. For more information, go to https://support.google.com/mail/?p=UnsolicitedRateLimitError 41be03b00d2f7-7fd1a2b3c4dsi123456a12.301 - gsmtp"}',
    ),
    {
      cause: ['rate-limited', 'ip-reputation', 'spam-filtered'],
      reason: ['speeding', 'badreputation', 'blocked', 'spamdetected'],
      side: 'sender',
      ...TEMPORARY,
      ...SURE,
      recipient: 'zoe.m@gmail.com',
      replyCode: 421,
      status: '4.7.28',
      provider: GOOGLE,
    },
  ],
  [
    'Braze Currents users.messages.email.MarkAsSpam',
    lines(
      '{"event_type":"users.messages.email.MarkAsSpam","time":1741345000,"email_address":"no.more@yahoo.com","campaign_name":"Spring Sale","user_agent":"Yahoo"}',
    ),
    { ...FEEDBACK, recipient: 'no.more@yahoo.com' },
  ],
];

// Bounce lists exported to CSV by hand or by a connector: headers email, bounce type, reason, date.
const CSV: RealWorldCase[] = [
  [
    'CSV export: email,bounce type,reason,date with a Postfix reply',
    lines(
      'email,bounce type,reason,date',
      'sam.taylor@example.com,hard,"550 5.1.1 <sam.taylor@example.com>: Recipient address rejected: User unknown in local recipient table",2026-03-06',
    ),
    { ...USER_UNKNOWN, ...SURE, recipient: 'sam.taylor@example.com', replyCode: 550, status: '5.1.1' },
  ],
  [
    'CSV export: soft bounce, reason only "Mailbox full"',
    lines(
      'email,bounce_type,bounce_reason,bounced_at',
      'maria.g@example.es,soft,Mailbox full,2026-03-06T09:12:00Z',
    ),
    { ...FULL_SAID, recipient: 'maria.g@example.es' },
  ],
  [
    'CSV export: Outlook.com 5.7.509 DMARC reject',
    lines(
      'Email,Bounce Type,Reason,Date',
      'finance@example-partner.com,Hard,"550 5.7.509 Access denied, sending domain BRAND-EXAMPLE.COM does not pass DMARC verification and has a DMARC policy of reject. [DU2PEPF00028D0C.eurprd03.prod.outlook.com 2026-03-06T09:15:02.117Z 08DC3D1E2F3A4B5C]",2026-03-06 09:15',
    ),
    {
      ...DMARC,
      ...SURE,
      recipient: 'finance@example-partner.com',
      replyCode: 550,
      status: '5.7.509',
      provider: MICROSOFT,
    },
  ],
  [
    'CSV export: several rows, the second a Gmail block of a spoofed-looking domain',
    lines(
      'email,bounce type,reason,date',
      'a.one@example.com,hard,"550 5.1.1 <a.one@example.com>: Recipient address rejected: User unknown in virtual alias table",2026-03-06',
      'b.two@gmail.com,hard,"550-5.7.1 [198.51.100.23      12] Our system has detected that this message is likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been blocked. https://support.google.com/mail/?p=UnsolicitedMessageError 41be03b00d2f7-7fd1a2b3c4dsi123456a12.55 - gsmtp",2026-03-06',
    ),
    {
      ...SPAM,
      ...SURE,
      index: 1,
      recipient: 'b.two@gmail.com',
      replyCode: 550,
      status: '5.7.1',
      provider: GOOGLE,
    },
  ],
];

export const ROUND_92: RealWorldCase[] = [
  ...MAILCHIMP,
  ...HUBSPOT,
  ...BREVO,
  ...KLAVIYO,
  ...MARKETING_CLOUD,
  ...CONSTANT_CONTACT,
  ...ACTIVECAMPAIGN,
  ...CAMPAIGN_MONITOR,
  ...OTHERS,
  ...MESSAGING,
  ...CSV,
];

/** Activity rows that are no failure and carry nothing a record could be made of: no record, or no failure. */
export const NO_FAILURE_92: [name: string, input: string][] = [
  [
    'Klaviyo profile activity: Received Email',
    lines(
      'Profile: eva.n@example.cz',
      'Received Email',
      'Mar 5, 2026 at 11:02 AM',
      'Campaign Name: Spring Drop — Early Access',
      'Subject: Your early access starts now',
    ),
  ],
  [
    'Braze Currents users.messages.email.Delivery',
    lines(
      '{"event_type":"users.messages.email.Delivery","time":1741259000,"email_address":"liam.r@example.com","sending_ip":"192.0.2.44","campaign_name":"Spring Sale"}',
    ),
  ],
  [
    'Constant Contact bounce report: Vacation/Auto-reply',
    lines('Bounces', 'Vacation / Auto-reply', 'd.kim@example.kr    Mar 6, 2026'),
  ],
  [
    'Mailchimp contact activity: opened and clicked',
    lines(
      'olivia.brandt@example.com',
      'Subscribed',
      'Mar 3, 2026 10:31 am  Opened email — Spring Collection Launch',
      'Mar 3, 2026 10:32 am  Clicked https://shop-example.com/spring in Spring Collection Launch',
    ),
  ],
  [
    'HubSpot timeline: unsubscribed from all email',
    lines(
      'Unsubscribed from all email',
      'Contact: p.garcia@example.com',
      'Source: Unsubscribe link in "Q2 Webinar Invite"',
      'Mar 5, 2026 at 9:02 AM EST',
    ),
  ],
  [
    'Mailchimp audience export of unsubscribed contacts',
    lines(
      'Email Address,First Name,Last Name,MEMBER_RATING,OPTIN_TIME,UNSUB_TIME,UNSUB_CAMPAIGN_TITLE,UNSUB_REASON,UNSUB_REASON_OTHER',
      'jo.beck@example.com,Jo,Beck,2,"2022-10-01 12:00:00","2026-03-04 08:30:12","March Newsletter","I no longer want to receive these emails",',
    ),
  ],
  [
    'Klaviyo profile activity: Opened Email and Clicked Email',
    lines(
      'Profile: eva.n@example.cz',
      'Opened Email  Mar 5, 2026 at 11:40 AM  Spring Drop — Early Access',
      'Clicked Email  Mar 5, 2026 at 11:41 AM  Spring Drop — Early Access',
    ),
  ],
];

// Written after the fixes, measured before any further change.
export const SECOND_BATCH_92: RealWorldCase[] = [
  [
    'Mailchimp contact activity: hard bounce, Yahoo user unknown',
    lines(
      'tom.reyes@yahoo.com',
      'Cleaned',
      'Feb 27, 2026 2:40 pm  Email bounced (hard) — Winter Clearance',
      "Bounce reason: 554 delivery error: dd This user doesn't have a yahoo.com account (tom.reyes@yahoo.com) [0] - mta1087.mail.bf1.yahoo.com",
    ),
    { ...USER_UNKNOWN, ...SURE, recipient: 'tom.reyes@yahoo.com', replyCode: 554, provider: YAHOO },
  ],
  [
    'HubSpot timeline: Mailbox misconfiguration, no reply',
    lines(
      'Email hard bounced',
      'Bounce category: Mailbox misconfiguration',
      'Bounce reason: None provided',
      'Contact: billing@example-clinic.ca',
    ),
    {
      cause: ['no-mx', 'not-accepting-mail', 'unknown', 'domain-not-found', 'system-error', 'mailer-error'],
      reason: ['notaccept', 'onhold', 'undefined', 'hostunknown', 'systemerror', 'mailererror'],
      ...NOT_SURE,
      ...NO_CODE,
      recipient: 'billing@example-clinic.ca',
    },
  ],
  [
    'HubSpot email event JSON: BOUNCE, category IP_REPUTATION, Comcast reply',
    lines(
      '{"recipient":"d.owens@comcast.net","type":"BOUNCE","category":"IP_REPUTATION","status":"5.7.1","response":"554 5.7.1 resimta-h1p-028482.sys.comcast.net comcast 158.247.22.14 Comcast block for spam. Please see http://postmaster.comcast.net/smtp-error-codes.php#BL000000","emailCampaignId":312948799,"portalId":4410092,"created":1741200000000}',
    ),
    { ...IP_REPUTATION, ...SURE, recipient: 'd.owens@comcast.net', replyCode: 554, status: '5.7.1' },
  ],
  [
    'Brevo soft bounce export: reason "Mailbox full" only',
    lines(
      'EMAIL;BOUNCE TYPE;REASON;DATE',
      'n.ivanova@example.bg;Soft bounce;Mailbox full;2026-03-05 08:20:00',
    ),
    { ...FULL_SAID, recipient: 'n.ivanova@example.bg' },
  ],
  [
    'Klaviyo profile activity: Bounced Email with the remote reply',
    lines(
      'Profile: marco.b@libero.it',
      'Bounced Email',
      'Bounce Type: Hard',
      'Reason: 550 5.1.1 <marco.b@libero.it>: Recipient address rejected: libero.it',
    ),
    // The words only say "rejected"; the status alone says the address is unknown (a case correction of ours).
    {
      ...USER_UNKNOWN,
      confidence: ['high', 'medium'],
      recipient: 'marco.b@libero.it',
      replyCode: 550,
      status: '5.1.1',
    },
  ],
  [
    'Marketing Cloud _Bounce: Soft bounce, Domain Unknown, DNS reply',
    lines(
      SFMC_HEAD,
      '0035g00000AaBbCAAV\tjoe@example-gone.biz\t3/6/2026 6:01:00 AM\tHard bounce\tDomain Unknown\timmediate\t\t',
    ),
    { ...DOMAIN, ...NOT_SURE, ...NO_CODE, recipient: 'joe@example-gone.biz' },
  ],
  [
    'Marketing Cloud _Bounce: Hard bounce, User Unknown, Microsoft reply',
    lines(
      SFMC_HEAD,
      '0035g00000DdEeFAAV\tm.clarke@outlook.com\t3/6/2026 6:02:10 AM\tHard bounce\tUser Unknown\timmediate\t550\tsmtp;550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). [AM4PEPF00025F94.EURPRD83.prod.outlook.com 2026-03-06T06:02:10.000Z 08DC3D5E6F7A8B9C]',
    ),
    { ...USER_UNKNOWN, ...SURE, recipient: 'm.clarke@outlook.com', replyCode: 550, provider: MICROSOFT },
  ],
  [
    'Constant Contact bounce report: Other',
    lines('Bounce type: Other', 'Contact: events@example-venue.com', 'Campaign: Spring Gala Invite'),
    {
      cause: ['unknown', 'delivery-expired', 'server-unavailable', 'policy-violation'],
      reason: ['onhold', 'undefined', 'expired', 'systemerror', 'policyviolation'],
      ...NOT_SURE,
      ...NO_CODE,
      recipient: 'events@example-venue.com',
    },
  ],
  [
    'ActiveCampaign bounce: 5.2.2 Mailbox full',
    lines('Contact: s.ahmed@example.pk', 'Bounce type: Soft', 'Bounce code: 5.2.2 - Mailbox full'),
    { ...MAILBOX_FULL, recipient: 's.ahmed@example.pk', status: '5.2.2', confidence: ['high', 'medium'] },
  ],
  [
    'Campaign Monitor API bounces: Soft Bounce - Message Too Large',
    lines(
      '{"EmailAddress":"design@example-studio.com","ListID":"a58ee1d3039b8bec838e6d1482a8a965","BounceType":"Soft","Date":"2026-03-06 09:30:00","Reason":"Soft Bounce - Message Too Large"}',
    ),
    { ...TOO_BIG, ...NOT_SURE, ...NO_CODE, recipient: 'design@example-studio.com' },
  ],
  [
    'Zoho Campaigns bounce report: hard bounce with Gmail reply',
    lines(
      'Contact email: ravi.k@gmail.com',
      'Bounce type: Hard bounce',
      'Bounce reason:',
      GMAIL_NO_SUCH_USER,
    ),
    {
      ...USER_UNKNOWN,
      ...SURE,
      recipient: 'ravi.k@gmail.com',
      replyCode: 550,
      status: '5.1.1',
      provider: GOOGLE,
    },
  ],
  [
    'Mailjet message export (CSV): soft bounced, connection issue',
    lines(
      '"Date","Email","Status","Campaign","Error related to","Error"',
      '"2026-03-06 10:12:00","sales@example-down.de","soft bounced","March news","system","connection issue"',
    ),
    {
      cause: ['recipient-server-unreachable', 'connection-refused', 'delivery-delayed', 'server-unavailable'],
      reason: ['expired', 'networkerror', 'blocked', 'systemerror'],
      ...NOT_SURE,
      ...NO_CODE,
      recipient: 'sales@example-down.de',
    },
  ],
  [
    'Customer.io delivery: Bounced, Mimecast spam refusal',
    lines(
      'To: j.ward@example-firm.co.uk',
      'Status: Bounced',
      'Failure message: 550 Rejected by header based Anti-Spoofing policy: news@brand-example.com - https://community.mimecast.com/docs/DOC-1369#550 [Xy7AbCdEfGhIjKl.uk20]',
    ),
    {
      cause: ['policy-violation', 'spam-filtered', 'blocked-by-recipient', 'auth-failed', 'dmarc-fail'],
      reason: ['policyviolation', 'spamdetected', 'rejected', 'authfailure'],
      recipient: 'j.ward@example-firm.co.uk',
      replyCode: 550,
      provider: /mimecast/i,
    },
  ],
  [
    'Iterable emailBounce: HardBounce, Proofpoint block',
    lines(
      '{"email":"cfo@example-holdings.com","eventName":"emailBounce","recipientState":"HardBounce","bounceMessage":"smtp;554 5.7.1 Message blocked due to spam content in the message (in reply to end of DATA command)","campaignId":9123460}',
    ),
    { ...SPAM, ...SURE, recipient: 'cfo@example-holdings.com', replyCode: 554, status: '5.7.1' },
  ],
  [
    'Generic CSV: bounced_at, email, type, diagnostic with an Exim-style reply',
    lines(
      'bounced_at,email,type,diagnostic',
      '2026-03-06T10:15:00Z,pat@example.ie,hard,"550 Unrouteable address"',
    ),
    { ...DOMAIN, recipient: 'pat@example.ie', replyCode: 550 },
  ],
];
