import type { RealWorldCase } from './real-world-cases.js';
import {
  EXPIRED,
  IP_BLOCK,
  lines,
  MAILBOX_FULL,
  MS_NOT_FOUND,
  PTR,
  RELAY,
  RESTRICTED,
  SPAM,
  TOO_BIG,
  USER_UNKNOWN,
} from './real-world-expectations.js';

/*
 * An eighty-second held-out round: bounce notices as they look once COPIED out of a web mail client or a phone,
 * where the notice's layout (HTML tables, cards, buttons, icons) has fallen apart into text: labels and values
 * on separate lines or in tab-separated cells, table headers far from their values, one sentence wrapped over
 * lines, button texts ("Action Required", "LEARN MORE", "Retry"), image alt-texts ("[image: Error Icon]",
 * "Microsoft 365 logo"), bullets, mobile truncation ("…"), curly apostrophes and non-breaking spaces. Sources:
 * Microsoft 365 / Outlook.com NDRs from Outlook on the web, the new Outlook and Outlook mobile (the card's
 * "alice / Office 365 / bob / Action Required / Recipient / Unknown To address" cells, the details tables with
 * every label above its value), the classic Exchange layout as OWA copies it, Gmail's web and app cards
 * ("Address not found", "Message not delivered", "Message blocked", "Delivery incomplete"), Yahoo's "Failure
 * Notice", iCloud's, Proton's, Zoho's, GMX's and Web.de's notices, Google Workspace's Email Log Search (results
 * table and details pane) and Microsoft 365's message trace details pane; in the usual proportions of causes
 * (unknown users, full mailboxes, blocks and spam, SPF/DKIM/DMARC, unknown domains, size, restrictions,
 * expiry), with traps where words of different cells must not be read together ("Recipient" over "Unknown
 * sender", a contact card's "Unknown", a size NDR that also says "the recipient's mailbox is full"). Written
 * from knowledge of these layouts, none from the development corpus or the rules, measured before any rule was
 * changed:
 *   round 82  60 cases, 51 right as written (85 %). Three failures were case errors of ours: two `blocklist`
 *             expectations written as zone names (the field holds the list's id: spamhaus, spamcop), and an
 *             Email Log Search pane quoting two different replies (AOL's 521 and a DMARC 550) in one response
 *             field, which no log shows (now the DMARC reply alone). The known weak spot (Microsoft 365's
 *             "Action Required / Recipient / Unknown To address" cells) held in every card. The rules' misses:
 *             - Gmail's app card with curly apostrophes ("Your message wasn’t delivered to / p.quinn@gmail.com
 *               because the / address couldn’t be found") gave no record: the notice wording was matched with
 *               straight apostrophes only, so any copy of Gmail's card without a reply code was no notice;
 *             - Email Log Search's table copied with tabs, a "Bounced" row above the details pane's "SMTP
 *               response<tab>552 5.2.2 …": the row's outcome word became the reason (unknown, no code);
 *             - a Gmail card holding a two-column "Recipient<tab>Status" table ("Blocked") read the same way,
 *               the "550 5.7.1 … rejected as spam" below it left out;
 *             - a message trace table copied one cell a line (sender's address above the recipient's) read as a
 *               list of recipients sharing the reply below (Gmail's list rule): the sender became record 0;
 *             - Outlook mobile's "Status code" label without its colon: the bare "550 5.7.1" under it was taken
 *               for the server's words, and the card's "Unknown sender" cell decided (security-error, low), not
 *               the Spamhaus reply further down;
 *             - Gmail's own outbound block ("Message blocked" over "Message rejected. See
 *               https://support.google.com/mail/answer/69585") read as the recipient's content filter.
 *   fixed     in code: notice wording matched after curly apostrophes and non-breaking spaces are made plain
 *             (notice-kind.ts, isFailureNotice and noticeAction); a line holding only a code and status is a
 *             summary like Microsoft's "Status code:" line, the server's words only when no other line has them
 *             (diagnostic.ts); a console table's row whose reason is only its outcome takes the error reply the
 *             details pane or the text below quotes, when the table has one recipient (console-trace.ts); a reply
 *             below a list that names the list's last address is that address's own, not shared with the lines
 *             above (scan-text.ts). As data: Gmail's "message rejected. see support.google.com" as Gmail's own
 *             outbound filter (providers/google.ts). 60 of 60.
 *   then      a second batch of 14 (SECOND_BATCH_82: the OWA card in German, Outlook mobile's collapsed
 *             mailbox-full card, Outlook desktop's tab-separated cells with 5.4.300, Gmail's "Delivery incomplete"
 *             for a quota and its own size limit, Yahoo's relay denial after a non-breaking space, Zoho's labels
 *             for a full mailbox, GMX's "reason:" on its own line with a Barracuda listing, an Exchange copy with
 *             curly quotes around the reply, a trace pane's size limit, Email Log Search with 5.7.515, Web.de's
 *             German labels, an S3140 block under a "Learn more" button, a group restriction under "Recipient /
 *             Unknown group member" and a colon-less "Status code"), written after the fixes and measured before
 *             any change: 14 of 14 right as written. A 15th, from probing afterwards: a reply copied cell by
             cell ("550", "5.1.1", "<bob@x>: … User unknown" on three lines) lost its code (the code-only
             summary rule above took "5.1.1" alone for the reply); now a code line and a status line under it
             are read as one reply with the words after them, and only a line with both a code and a status
             is a summary. 15 of 15.
 */

const HIGH = { confidence: 'high' } as const;
const SURE = { confidence: ['high', 'medium'] } as const;
const UNSURE = { confidence: ['low', 'medium'] } as const;

const DMARC = { cause: ['dmarc-fail', 'auth-failed'], reason: 'authfailure', side: 'sender' } as const;
const SPF = { cause: ['spf-fail', 'auth-failed'], reason: 'authfailure', side: 'sender' } as const;
const AUTH_ANY = {
  cause: ['auth-failed', 'spf-fail', 'dkim-fail', 'dmarc-fail'],
  reason: 'authfailure',
  side: 'sender',
} as const;
const ACCOUNT_BLOCKED = {
  cause: ['sender-account-blocked', 'outbound-filter'],
  reason: ['rejected', 'spamdetected'],
  side: 'sender',
} as const;
const DOMAIN_TYPO = {
  cause: ['recipient-domain-typo', 'domain-not-found'],
  reason: 'hostunknown',
} as const;
const UNREACHABLE_NOW = {
  cause: ['delivery-delayed', 'recipient-server-unreachable'],
  reason: ['expired', 'networkerror'],
  permanent: false,
} as const;
const POLICY_VAGUE = {
  cause: ['policy-violation', 'spam-filtered', 'content-filtered'],
  reason: ['policyviolation', 'spamdetected', 'filtered', 'rejected'],
  side: 'sender',
} as const;
const IP_LISTED = {
  cause: ['ip-blocklisted', 'network-blocklisted', 'ip-reputation'],
  reason: ['blocked', 'badreputation'],
  side: 'sender',
} as const;

/** A non-breaking space, as web mail and phones put between words and around labels. */
const NB = '\u00a0';
const nb = (s: string) => s.replaceAll(' ', NB);

/**
 * A Microsoft 365 / Outlook.com NDR as copied out of Outlook on the web or the new Outlook: the card's three
 * cells (sender, Office 365, recipient), the "Action Required" badge and the role under the cell in error, the
 * issue's title, and every label of the details tables on its own line above its value.
 */
const owaCard = (o: {
  to: string;
  head: string[];
  who: 'Sender' | 'Recipient';
  issue: string;
  fix: string[];
  status: string;
  error: string;
  by?: string;
  remote?: string;
}) =>
  lines(
    'Microsoft 365 logo',
    ...o.head,
    '',
    'alice',
    'Office 365',
    o.to.split('@')[0] ?? o.to,
    '',
    'Action Required',
    o.who,
    '',
    o.issue,
    '',
    'How to Fix It',
    ...o.fix,
    '',
    'Was this helpful? Send feedback to Microsoft.',
    '',
    'More Info for Email Admins',
    `Status code: ${o.status}`,
    '',
    'Original Message Details',
    'Created Date:',
    '12/3/2026 8:12:40 AM',
    'Sender Address:',
    'alice@example.com',
    'Recipient Address:',
    o.to,
    'Subject:',
    'Q1 plan',
    '',
    'Error Details',
    'Error:',
    o.error,
    ...(o.remote ? ['Message rejected by:', o.remote] : []),
    'Notification Details',
    'Sent by:',
    o.by ?? 'DM6PR11MB4321.namprd11.prod.outlook.com',
    '',
    'Message Hops',
    'HOP',
    'TIME (UTC)',
    'FROM',
    'TO',
    'WITH',
    'RELAY TIME',
    '1',
    '12/3/2026',
    '8:12:40 AM',
    'DM6PR11MB4321.namprd11.prod.outlook.com',
    'DM6PR11MB4321.namprd11.prod.outlook.com',
    'mapi',
    '*',
    '',
  );

/** The classic Exchange layout ("Delivery has failed to these recipients or groups:") as copied from OWA. */
const classicCopy = (to: string, user: string, generating: string, server: string, remote: string) =>
  lines(
    'Delivery has failed to these recipients or groups:',
    '',
    `${to} (${to})`,
    user,
    '',
    '',
    '',
    'Diagnostic information for administrators:',
    '',
    'Generating server:',
    generating,
    '',
    to,
    server,
    remote,
    '',
    'Original message headers:',
    '',
    `Received: from ${generating} (10.0.0.12) by ${generating}`,
    ' (10.0.0.12) with Microsoft SMTP Server (version=TLS1_2,',
    ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1258.12; Thu, 3 Dec 2026',
    ' 09:14:03 +0100',
    'From: Alice Example <alice@example.com>',
    `To: ${to}`,
    'Subject: Angebot 2027',
    '',
  );

/** Gmail's bounce card as copied from the web client: icon alt-text, title, sentence, button, response. */
const gmailCard = (title: string, sentence: string, label: string, response: string[]) =>
  lines(
    '[image: Error Icon]',
    '',
    title,
    '',
    sentence,
    '',
    'LEARN MORE',
    '',
    label,
    '',
    ...response,
    '',
    '',
    '---------- Forwarded message ----------',
    'From: Alice Example <alice@example.com>',
    'To: the recipient',
    'Date: Thu, Dec 3, 2026 at 9:02 AM',
    'Subject: Q1 plan',
    '',
    'Hi, please find the plan attached.',
  );

/** Yahoo Mail's notice as seen in the web client. */
const yahooNotice = (to: string, said: string[]) =>
  lines(
    'Yahoo Mail',
    '',
    'Failure Notice',
    '',
    'Sorry, we were unable to deliver your message to the following address.',
    '',
    `<${to}>:`,
    ...said,
    '',
    '--- Below this line is a copy of the message.',
    '',
    'Received: from 127.0.0.1 by sonic310.consmr.mail.ne1.yahoo.com with HTTP; Thu, 3 Dec 2026 09:10:02 +0000',
    'Date: Thu, 3 Dec 2026 09:10:01 +0000 (UTC)',
    'From: Alice <alice@example.com>',
    `To: ${to}`,
    'Subject: Q1 plan',
  );

/** Google Workspace admin console, Email Log Search: the results table and the message details pane. */
const emailLogSearch = (to: string, status: string, details: string[]) =>
  lines(
    'Email log search',
    'Search results',
    'Date',
    'Subject',
    'Event',
    'Sender',
    'Recipient',
    'Sender IP',
    'Status',
    'Dec 3, 2026, 9:02:11 AM',
    'Q1 plan',
    'Send',
    'alice@example.com',
    to,
    '192.0.2.17',
    status,
    '',
    'Message details',
    'Message ID',
    '<CAF1x2y3z4=AbCdEf@mail.gmail.com>',
    'Subject',
    'Q1 plan',
    'Sender',
    'alice@example.com',
    'Recipient',
    to,
    ...details,
  );

export const ROUND_82: RealWorldCase[] = [
  // --- Microsoft 365 / Outlook.com, copied from Outlook on the web and the new Outlook ---
  [
    'OWA copy: 5.1.10 RecipientNotFound, labels above values, "Action Required / Recipient / Unknown To address"',
    owaCard({
      to: 'bob.smith@example.org',
      head: [
        'Your message to bob.smith@example.org couldn’t be delivered.',
        'bob.smith wasn’t found at example.org.',
      ],
      who: 'Recipient',
      issue: 'Unknown To address',
      fix: [
        'The address may be misspelled or may not exist. Try one or more of the following:',
        '•',
        'Retype the recipient’s address, then resend the message.',
        '•',
        'If you’re using the Auto-Complete List in Outlook, the cached entry may be out of date. Remove it and type the address again.',
      ],
      status: '550 5.1.10',
      error:
        '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient bob.smith@example.org not found by SMTP address lookup',
    }),
    {
      ...MS_NOT_FOUND,
      recipient: 'bob.smith@example.org',
      replyCode: 550,
      status: '5.1.10',
      permanent: true,
      ...HIGH,
    },
  ],
  [
    'new Outlook copy: recipient mailbox full (STOREDRV.Deliver), "Action Required / Recipient / Mailbox full"',
    owaCard({
      to: 'carla.ruiz@example.net',
      head: [
        'Your message to carla.ruiz@example.net couldn’t be delivered.',
        'carla.ruiz’s mailbox is full.',
      ],
      who: 'Recipient',
      issue: 'Mailbox full',
      fix: [
        'Try to resend your message later, or contact the recipient by other means (phone call for example) and ask them to free up some space in their mailbox.',
      ],
      status: '554 5.2.2',
      error:
        '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot open mailbox.[EndDiagnosticData]',
    }),
    {
      ...MAILBOX_FULL,
      recipient: 'carla.ruiz@example.net',
      replyCode: 554,
      status: '5.2.2',
      ...HIGH,
    },
  ],
  [
    'Outlook mobile: the whole card collapsed into one paragraph, truncated with …',
    lines(
      'Undeliverable: Q1 plan',
      'Microsoft Outlook',
      'To: Alice Example',
      '',
      'Your message to dan.lee@example.org couldn’t be delivered. dan.lee wasn’t found at example.org. alice Office 365 dan.lee Action Required Recipient Unknown To address How to Fix It The address may be misspelled or may not exist. Try one or more of the following: • Retype the recipient’s addr…',
    ),
    { ...MS_NOT_FOUND, recipient: 'dan.lee@example.org', ...SURE },
  ],
  [
    'OWA copy: group accepts only internal senders (5.7.133), "Action Required / Sender"',
    owaCard({
      to: 'all-staff@example.org',
      head: [
        'Your message to all-staff@example.org couldn’t be delivered.',
        'The group all-staff only accepts messages from people in its organization or on its allowed senders list, and your email address isn’t on the list.',
      ],
      who: 'Sender',
      issue: 'Sender not allowed',
      fix: [
        'It looks like the group’s owner has restricted who can send to it. If you think you should be able to send to this group, contact the group’s owner and ask them to add you to the allowed senders list.',
      ],
      status: '550 5.7.133',
      error:
        '550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed because the sender was not authenticated when sending to this group',
    }),
    { ...RESTRICTED, recipient: 'all-staff@example.org', replyCode: 550, status: '5.7.133', ...HIGH },
  ],
  [
    'OWA copy: 5.7.509 DMARC reject, the sentence wrapped over three lines',
    owaCard({
      to: 'orders@example.net',
      head: [
        'Your message to orders@example.net couldn’t be delivered.',
        'Your message couldn’t be delivered because the sending domain',
        'example.com does not pass DMARC verification and has a DMARC',
        'policy of reject.',
      ],
      who: 'Sender',
      issue: 'Security or policy issue',
      fix: [
        'Ask your email admin to set up SPF, DKIM and DMARC for the domain example.com so that messages sent from it pass DMARC verification.',
      ],
      status: '550 5.7.509',
      error:
        '550 5.7.509 Access denied, sending domain example.com does not pass DMARC verification and has a DMARC policy of reject. [BN8NAM11FT012.eop-nam11.prod.protection.outlook.com 2026-12-03T08:12:41.000Z 08DC1234ABCD5678]',
    }),
    { ...DMARC, recipient: 'orders@example.net', replyCode: 550, status: '5.7.509', ...HIGH },
  ],
  [
    'new Outlook copy: 5.1.8 outbound sender blocked, "Action Required / Sender"',
    owaCard({
      to: 'partner@example.net',
      head: [
        'Your message to partner@example.net couldn’t be delivered.',
        'Your message couldn’t be delivered because you weren’t recognized as a valid sender. The most common reason for this is that your email address is suspected of sending spam and it’s no longer allowed to send messages outside of your organization. Contact your email admin for assistance.',
      ],
      who: 'Sender',
      issue: 'Sender blocked',
      fix: [
        'Contact your email admin. Your account has been blocked from sending mail to external recipients.',
      ],
      status: '550 5.1.8',
      error: '550 5.1.8 Access denied, bad outbound sender',
    }),
    { ...ACCOUNT_BLOCKED, replyCode: 550, status: '5.1.8', ...HIGH },
  ],
  [
    'OWA copy: 5.4.310 domain does not exist, typo .ogr',
    owaCard({
      to: 'sales@example.ogr',
      head: [
        'Your message to sales@example.ogr couldn’t be delivered.',
        'The domain example.ogr doesn’t exist.',
      ],
      who: 'Recipient',
      issue: 'Domain not found',
      fix: [
        'Check the spelling of the domain in the recipient’s address (the part after the @), then resend the message.',
      ],
      status: '550 5.4.310',
      error:
        '550 5.4.310 DNS domain example.ogr does not exist [Message=InfoDomainNonexistent] [LastAttemptedServerName=example.ogr] [BN8NAM11FT034.eop-nam11.prod.protection.outlook.com 2026-12-03T08:12:41.000Z 08DC1234ABCD5679]',
    }),
    { ...DOMAIN_TYPO, recipient: 'sales@example.ogr', replyCode: 550, status: '5.4.310', ...HIGH },
  ],
  [
    'OWA copy: remote says message size exceeds its limit (552 5.3.4)',
    owaCard({
      to: 'tenders@example.net',
      head: [
        'Your message to tenders@example.net couldn’t be delivered.',
        'The message is too big for example.net.',
      ],
      who: 'Sender',
      issue: 'Message too large',
      fix: [
        'Send the message again with smaller or fewer attachments, or share the files through OneDrive instead.',
      ],
      status: '552 5.3.4',
      error: '552 5.3.4 Message size exceeds fixed maximum message size',
      remote: 'mx1.example.net',
    }),
    { ...TOO_BIG, recipient: 'tenders@example.net', replyCode: 552, status: '5.3.4', ...SURE },
  ],
  [
    'new Outlook copy: remote spam rejection relayed as 5.7.350',
    owaCard({
      to: 'info@example.net',
      head: [
        'Your message to info@example.net couldn’t be delivered.',
        'example.net suspects your message is spam and rejected it.',
      ],
      who: 'Sender',
      issue: 'Suspicious message',
      fix: [
        'Check the content of your message for words or links that can look like spam, then send it again. If the problem continues, contact the recipient’s email admin.',
      ],
      status: '550 5.7.350',
      error:
        '550 5.7.350 Remote server returned message detected as spam -> 554 5.7.1 The message from (<alice@example.com>) with the subject of (Q1 plan) matches a profile the Internet community may consider spam. Please revise your message before resending.',
      remote: 'mx.example.net',
    }),
    { ...SPAM, recipient: 'info@example.net', status: '5.7.350' },
  ],
  [
    'OWA copy: remote Spamhaus listing of the sending IP',
    owaCard({
      to: 'hr@example.net',
      head: [
        'Your message to hr@example.net couldn’t be delivered.',
        'A problem occurred while delivering your message to hr@example.net.',
      ],
      who: 'Sender',
      issue: 'Blocked',
      fix: ['Contact the recipient’s email admin and ask them about the block.'],
      status: '554 5.7.1',
      error:
        '554 5.7.1 Service unavailable; Client host [198.51.100.44] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/198.51.100.44',
      remote: 'mx.example.net',
    }),
    { ...IP_BLOCK, recipient: 'hr@example.net', replyCode: 554, blocklist: 'spamhaus', ...HIGH },
  ],
  [
    'OWA copy: delivery to this address is restricted (5.7.129)',
    owaCard({
      to: 'board@example.org',
      head: [
        'Your message to board@example.org couldn’t be delivered.',
        'Your message can’t be delivered because delivery to this address is restricted.',
      ],
      who: 'Recipient',
      issue: 'Restricted',
      fix: ['Contact the recipient by phone or other means and ask them to allow you to send to them.'],
      status: '550 5.7.129',
      error:
        "550 5.7.129 RESOLVER.RST.RestrictedToRecipientsPermission; not authorized to send to recipient because the sender isn't on the recipient's allowed senders list",
    }),
    { ...RESTRICTED, recipient: 'board@example.org', status: '5.7.129', ...SURE },
  ],
  [
    'OWA copy: delay notice with a "Retry" button text and no failure yet',
    lines(
      'Delivery is delayed to these recipients or groups:',
      '',
      'e.ng@example.net (e.ng@example.net)',
      '',
      'Subject: Q1 plan',
      '',
      'This message hasn’t been delivered yet. Delivery will continue to be attempted.',
      '',
      'The server will keep trying to deliver this message for the next 1 days, 19 hours and 52 minutes. You’ll be notified if the message can’t be delivered by that time.',
      '',
      'Retry',
      '',
      'Diagnostic information for administrators:',
      '',
      'Generating server:',
      'DM6PR11MB4321.namprd11.prod.outlook.com',
      '',
      'Receiving server:',
      'mx.example.net (203.0.113.25)',
      '',
      'e.ng@example.net',
      "12/3/2026 8:20:11 AM - Server at mx.example.net (203.0.113.25) returned '451 4.4.395 Target host responded with error. -> 421 4.4.2 Connection dropped due to ConnectionReset'",
      "12/3/2026 8:40:11 AM - Server at mx.example.net (203.0.113.25) returned '451 4.4.395 Target host responded with error. -> 421 4.4.2 Connection dropped due to ConnectionReset'",
    ),
    {
      cause: ['delivery-delayed', 'recipient-server-unreachable', 'connection-refused', 'server-unavailable'],
      reason: ['expired', 'networkerror', 'blocked', 'systemerror'],
      recipient: 'e.ng@example.net',
      permanent: false,
    },
  ],
  [
    'OWA copy: QUEUE.Expired after two days (550 4.4.7)',
    owaCard({
      to: 'f.ortiz@example.net',
      head: [
        'Your message to f.ortiz@example.net couldn’t be delivered.',
        'The recipient’s email system didn’t accept your message in time.',
      ],
      who: 'Recipient',
      issue: 'Message expired',
      fix: [
        'The recipient’s email server isn’t accepting messages right now. Try sending the message again later.',
      ],
      status: '550 4.4.7',
      error:
        '550 4.4.7 QUEUE.Expired; message expired [LastAttemptedServerName=mx.example.net] [LastAttemptedIP=203.0.113.25:25]',
    }),
    { ...EXPIRED, recipient: 'f.ortiz@example.net', status: '4.4.7', permanent: true },
  ],
  [
    'M365 message trace details pane: labels and values on separate lines, Fail event with LED',
    lines(
      'Message trace details',
      '',
      'Sender',
      'alice@example.com',
      'Recipient',
      'g.hall@example.org',
      'Subject',
      'Q1 plan',
      'Status',
      'Failed',
      'Message size',
      '48 KB',
      '',
      'How to fix',
      'The recipient address may not exist. Verify the address with the recipient.',
      '',
      'Message events',
      'Date (UTC+01:00)',
      'Event',
      'Detail',
      '12/3/2026, 9:12 AM',
      'Receive',
      'Message received by: DM6PR11MB4321.namprd11.prod.outlook.com',
      '12/3/2026, 9:12 AM',
      'Submit',
      'The message was submitted.',
      '12/3/2026, 9:12 AM',
      'Fail',
      'Reason: [{LED=550 5.1.1 RESOLVER.ADR.RecipNotFound; not found};{MSG=};{FQDN=};{IP=};{LRT=}]. OutboundProxyTargetIP: . OutboundProxyTargetHostName: .',
    ),
    { ...MS_NOT_FOUND, recipient: 'g.hall@example.org', status: '5.1.1', ...SURE },
  ],
  [
    'M365 message trace details pane: SPF failure at the receiver (5.7.23), tab-separated event rows',
    lines(
      'Message trace details',
      'Sender\talice@example.com',
      'Recipient\tinvoices@example.net',
      'Status\tFailed',
      '',
      'Message events',
      'Date\tEvent\tDetail',
      '12/3/2026, 10:04 AM\tReceive\tMessage received by: DM6PR11MB4321.namprd11.prod.outlook.com',
      '12/3/2026, 10:04 AM\tFail\tReason: [{LED=550 5.7.23 The message was rejected because of Sender Policy Framework violation};{MSG=};{FQDN=mx.example.net};{IP=203.0.113.30};{LRT=12/3/2026 9:04:55 AM}].',
    ),
    { ...SPF, recipient: 'invoices@example.net', replyCode: 550, status: '5.7.23', ...HIGH },
  ],
  [
    'M365 message trace summary table copied with the header row far above the values',
    lines(
      'Date (UTC+01:00)',
      'Sender',
      'Recipient',
      'Subject',
      'Status',
      '',
      '',
      '12/3/2026, 11:20 AM',
      'alice@example.com',
      'h.iqbal@example.net',
      'Q1 plan',
      'Failed',
      '',
      'Details',
      '550 5.2.2 <h.iqbal@example.net>: Recipient address rejected: Mailbox is full',
    ),
    { ...MAILBOX_FULL, recipient: 'h.iqbal@example.net', replyCode: 550, status: '5.2.2', ...HIGH },
  ],
  [
    'Outlook.com consumer NDR from the web: "mailbox unavailable" from the remote, recipient wasn’t found',
    lines(
      'Undeliverable: Q1 plan',
      '',
      'Microsoft Outlook',
      'Thu 12/3/2026 9:40 AM',
      'To:',
      'you',
      '',
      'Your message to ian@example.org couldn’t be delivered.',
      'ian wasn’t found at example.org.',
      '',
      'alice',
      'Outlook.com',
      'ian',
      'Action Required',
      'Recipient',
      '',
      'Unknown To address',
      '',
      'More Info for Email Admins',
      `Status${NB}code:${NB}550 5.5.0`,
      '',
      'The recipient’s email system doesn’t recognise the recipient’s address.',
      '',
      'Error Details',
      'Reported error:',
      '550 5.5.0 Requested action not taken: mailbox unavailable',
      'DSN generated by:',
      'PN3P287MB0123.INDP287.PROD.OUTLOOK.COM',
      'Remote server:',
      'mx.example.org',
    ),
    { ...USER_UNKNOWN, recipient: 'ian@example.org', replyCode: 550, status: '5.5.0' },
  ],

  // --- Exchange on-premises, classic layout copied from OWA ---
  [
    'Exchange 2019 copied: RecipNotFound for a leaver, generating server on its own line',
    classicCopy(
      'j.kowal@example.com',
      'The email address you entered couldn’t be found. Please check the recipient’s email address and try to resend the message. If the problem continues, please contact your helpdesk.',
      'EXCH01.corp.example.com',
      'EXCH01.corp.example.com',
      "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'",
    ),
    { ...MS_NOT_FOUND, recipient: 'j.kowal@example.com', replyCode: 550, status: '5.1.1', ...HIGH },
  ],
  [
    'Exchange 2016 copied: the partner’s quota reply',
    classicCopy(
      'k.nagy@example.net',
      'The recipient’s mailbox is full and can’t accept messages now. Please try resending your message later, or contact the recipient directly.',
      'EXCH02.corp.example.com',
      'mx.example.net',
      "Remote Server returned '552 5.2.2 <k.nagy@example.net>: Quota exceeded (mailbox for user is full)'",
    ),
    { ...MAILBOX_FULL, recipient: 'k.nagy@example.net', replyCode: 552, status: '5.2.2', ...HIGH },
  ],
  [
    'Exchange 2016 copied: group requires authentication (AuthRequired), bullets as •',
    lines(
      'Delivery has failed to these recipients or groups:',
      '',
      'Finance Team (finance-team@example.com)',
      'Your message can’t be delivered because delivery to this group is restricted to authenticated senders.',
      '',
      '•\tAsk the group’s owner to allow senders from outside the organization.',
      '•\tUse another way to reach the members.',
      '',
      'Diagnostic information for administrators:',
      '',
      'Generating server:',
      'EXCH01.corp.example.com',
      '',
      'finance-team@example.com',
      '#550 5.7.1 RESOLVER.RST.AuthRequired; authentication required ##',
    ),
    { ...RESTRICTED, recipient: 'finance-team@example.com', status: '5.7.1', ...SURE },
  ],
  [
    'Exchange 2013 copied: NotAuthorized to a restricted mailbox',
    lines(
      'Delivery has failed to these recipients or groups:',
      '',
      'CEO Office',
      'ceo.office@example.com',
      '',
      'Your message can’t be delivered because delivery to this address is restricted.',
      '',
      'Diagnostic information for administrators:',
      'Generating server: EXCH03.corp.example.com',
      '',
      'ceo.office@example.com',
      '#550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized ##',
    ),
    { ...RESTRICTED, recipient: 'ceo.office@example.com', status: '5.7.1', ...SURE },
  ],
  [
    'Exchange copied: nonexistent domain (SMTPSEND.DNS.NonExistentDomain), icon alt-text first',
    lines(
      'Warning icon',
      'Delivery has failed to these recipients or groups:',
      '',
      'l.meyer@exmaple.com',
      'The domain name in the email address is incorrect. Check the address.',
      '',
      'Diagnostic information for administrators:',
      '',
      'Generating server:',
      'EXCH01.corp.example.com',
      '',
      'l.meyer@exmaple.com',
      '#550 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain ##',
    ),
    { ...DOMAIN_TYPO, recipient: 'l.meyer@exmaple.com', status: '5.4.4', ...SURE },
  ],
  [
    'Exchange copied: QUEUE.Expired with the destination server not responding',
    classicCopy(
      'm.park@example.net',
      'The recipient’s email system didn’t respond to repeated attempts to deliver your message. The message couldn’t be delivered.',
      'EXCH02.corp.example.com',
      'EXCH02.corp.example.com',
      "Remote Server returned '550 4.4.7 QUEUE.Expired; message expired'",
    ),
    { ...EXPIRED, recipient: 'm.park@example.net', status: '4.4.7', permanent: true },
  ],
  [
    'Exchange 2010 copied: RecipSizeLimit whose text also says "the recipient’s mailbox is full"',
    lines(
      'Delivery has failed to these recipients or groups:',
      '',
      'n.osei@example.com',
      'This message is larger than the current system limit or the recipient’s mailbox is full. Create a shorter message body or remove attachments and try sending it again.',
      '',
      'Diagnostic information for administrators:',
      '',
      'Generating server: EXCH01.corp.example.com',
      '',
      'n.osei@example.com',
      '#550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient ##',
    ),
    { ...TOO_BIG, recipient: 'n.osei@example.com', status: '5.2.3' },
  ],

  // --- Gmail's cards, web and app ---
  [
    'Gmail web card: Address not found, with the Exchange reply and NBSP in the sentence',
    gmailCard(
      'Address not found',
      nb(
        'Your message wasn’t delivered to o.brien@example.org because the address couldn’t be found, or is unable to receive mail.',
      ),
      'The response from the remote server was:',
      [
        '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient o.brien@example.org not found by SMTP address lookup',
      ],
    ),
    { ...MS_NOT_FOUND, recipient: 'o.brien@example.org', replyCode: 550, status: '5.1.10', ...HIGH },
  ],
  [
    'Gmail app copy: Address not found, NoSuchUser text wrapped and truncated',
    lines(
      'Address not found',
      'Your message wasn’t delivered to',
      'p.quinn@gmail.com because the',
      'address couldn’t be found, or is',
      'unable to receive mail.',
      'Learn more',
      'The response was:',
      'The email account that you tried to reach does not exist. Please try double-checking the recipient’s email address for typos or unnecessar…',
    ),
    { ...USER_UNKNOWN, recipient: 'p.quinn@gmail.com', ...SURE },
  ],
  [
    'Gmail web card: Message not delivered, Yahoo mailbox full',
    gmailCard(
      'Message not delivered',
      'There was a problem delivering your message to r.silva@example.net. See the technical details below.',
      'The response from the remote server was:',
      ['552 1 Requested mail action aborted, mailbox full'],
    ),
    { ...MAILBOX_FULL, recipient: 'r.silva@example.net', replyCode: 552, ...SURE },
  ],
  [
    'Gmail web card: Gmail to Gmail over quota, the 5.2.2 text without codes',
    gmailCard(
      'Message not delivered',
      'Your message couldn’t be delivered to s.tan@gmail.com because the recipient’s inbox is full.',
      'The response was:',
      [
        'The email account that you tried to reach is over quota. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaPerm',
      ],
    ),
    { ...MAILBOX_FULL, recipient: 's.tan@gmail.com', ...SURE },
  ],
  [
    'Gmail web card: Message blocked by DMARC at Gmail (5.7.26), response wrapped like the phone shows it',
    lines(
      '[image: Error Icon]',
      'Message blocked',
      'Your message to t.ueda@gmail.com has been blocked. See technical details below for more information.',
      'LEARN MORE',
      'The response from the remote server was:',
      '550 5.7.26 Unauthenticated email from example.com is not',
      'accepted due to domain’s DMARC policy. Please contact the',
      'administrator of example.com domain if this was a legitimate',
      'mail. To learn about the DMARC initiative, go to',
      'https://support.google.com/mail/?p=DmarcRejection',
    ),
    { ...DMARC, recipient: 't.ueda@gmail.com', replyCode: 550, status: '5.7.26', ...HIGH },
  ],
  [
    'Gmail web card: Message blocked with an Outlook.com S3150 network block',
    gmailCard(
      'Message blocked',
      'Your message to u.vance@outlook.com has been blocked. See technical details below for more information.',
      'The response from the remote server was:',
      [
        '550 5.7.1 Unfortunately, messages from [192.0.2.77] weren’t sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [AM4PEPF00027A5C.eurprd04.prod.outlook.com 2026-12-03T09:01:44.000Z 08DC1111AAAA2222]',
      ],
    ),
    { ...IP_LISTED, recipient: 'u.vance@outlook.com', replyCode: 550, status: '5.7.1', ...SURE },
  ],
  [
    'Gmail web card: Address not found for a domain typo, NBSP everywhere',
    gmailCard(
      'Address not found',
      nb(
        'Your message wasn’t delivered to v.wu@example.cmo because the domain example.cmo couldn’t be found. Check for typos or unnecessary spaces and try again.',
      ),
      'The response was:',
      [
        nb(
          "DNS Error: DNS type 'mx' lookup of example.cmo responded with code NXDOMAIN Domain name not found: example.cmo",
        ),
      ],
    ),
    { ...DOMAIN_TYPO, recipient: 'v.wu@example.cmo', permanent: true },
  ],
  [
    'Gmail web card: Delivery incomplete, connection timed out, Gmail will retry',
    gmailCard(
      'Delivery incomplete',
      'There was a temporary problem delivering your message to w.xu@example.net. Gmail will retry for 47 more hours. You’ll be notified if the delivery fails permanently.',
      'The response was:',
      [
        'The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720 [mx.example.net. 203.0.113.25: timed out]',
      ],
    ),
    { ...UNREACHABLE_NOW, recipient: 'w.xu@example.net' },
  ],
  [
    'Gmail web card: Message not delivered after the retries ran out (connect timed out)',
    gmailCard(
      'Message not delivered',
      'There was a problem delivering your message to x.yang@example.net. Gmail will not retry. See technical details below.',
      'The response was:',
      [
        'The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720 [mx.example.net. 203.0.113.25: timed out]',
      ],
    ),
    { ...EXPIRED, recipient: 'x.yang@example.net', permanent: true },
  ],
  [
    'Gmail web card: remote size limit (552 5.3.4) with the attachment chip text',
    lines(
      '[image: Error Icon]',
      'Message not delivered',
      'Your message couldn’t be delivered to y.zhou@example.net because it’s too large for the recipient’s server.',
      'LEARN MORE',
      'The response from the remote server was:',
      '552 5.3.4 Message size exceeds fixed limit',
      '',
      'Q1-plan-final.pdf',
      '38 MB',
    ),
    { ...TOO_BIG, recipient: 'y.zhou@example.net', replyCode: 552, status: '5.3.4', ...SURE },
  ],
  [
    'Gmail web card: iCloud CS01 policy rejection (vague)',
    gmailCard(
      'Message not delivered',
      'Your message couldn’t be delivered to zoe@icloud.com because the remote server rejected it.',
      'The response from the remote server was:',
      [
        '554 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137',
      ],
    ),
    { ...POLICY_VAGUE, recipient: 'zoe@icloud.com', replyCode: 554, status: '5.7.1', ...UNSURE },
  ],
  [
    'Gmail app copy: Message blocked, outbound spam suspicion (69585), no reply code',
    lines(
      'Message blocked',
      'Your message to amir@example.net has been blocked. See technical details below for more information.',
      'Learn more',
      'The response was:',
      'Message rejected. See https://support.google.com/mail/answer/69585 for more information.',
    ),
    {
      cause: ['outbound-filter', 'spam-filtered', 'sender-account-blocked', 'policy-violation'],
      reason: ['spamdetected', 'rejected', 'policyviolation'],
      side: 'sender',
      recipient: 'amir@example.net',
    },
  ],
  [
    'Gmail web card: Gmail requires authentication (5.7.26 SPF or DKIM), NBSP in the code line',
    gmailCard(
      'Message blocked',
      'Your message to bea@gmail.com has been blocked. See technical details below for more information.',
      'The response from the remote server was:',
      [
        `550-5.7.26${NB}This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM.`,
        '550-5.7.26 Authentication results: DKIM = did not pass SPF [example.com] with ip: [192.0.2.17] = did not pass',
        '550 5.7.26 For instructions on setting up authentication, go to https://support.google.com/mail/answer/81126#authentication',
      ],
    ),
    { ...AUTH_ANY, recipient: 'bea@gmail.com', replyCode: 550, status: '5.7.26', ...HIGH },
  ],

  // --- Google Workspace admin console: Email Log Search ---
  [
    'Email Log Search: Bounced row and details pane, SMTP response on its own line',
    emailLogSearch('carl@example.net', 'Bounced', [
      'Delivery status',
      'Bounced',
      'Delivery attempts',
      '1',
      'SMTP response',
      '550 5.1.1 <carl@example.net>: Recipient address rejected: User unknown in virtual mailbox table',
    ]),
    { ...USER_UNKNOWN, recipient: 'carl@example.net', replyCode: 550, status: '5.1.1', ...HIGH },
  ],
  [
    'Email Log Search: Bounced with a SpamCop listing of the sending IP',
    emailLogSearch('dora@example.net', 'Bounced', [
      'Delivery status',
      'Bounced',
      'SMTP response',
      '554 5.7.1 Service unavailable; Client host [192.0.2.17] blocked using bl.spamcop.net; Blocked - see https://www.spamcop.net/bl.shtml?192.0.2.17',
    ]),
    { ...IP_BLOCK, recipient: 'dora@example.net', replyCode: 554, blocklist: 'spamcop', ...HIGH },
  ],
  [
    'Email Log Search: Deferred then Bounced for a full mailbox, table cells tab-separated',
    lines(
      'Date\tSubject\tEvent\tSender\tRecipient\tSender IP\tStatus',
      'Dec 3, 2026, 9:02:11 AM\tQ1 plan\tSend\talice@example.com\temil@example.org\t192.0.2.17\tBounced',
      '',
      'Message details',
      'Delivery status\tBounced',
      'SMTP response\t552 5.2.2 <emil@example.org>: Recipient address rejected: Mailbox quota exceeded',
    ),
    { ...MAILBOX_FULL, recipient: 'emil@example.org', replyCode: 552, status: '5.2.2', ...HIGH },
  ],
  [
    'Email Log Search: rejected per DMARC, labels above values',
    emailLogSearch('fay@example.net', 'Bounced', [
      'Delivery status',
      'Bounced',
      'SMTP response',
      '550 5.7.1 Email rejected per DMARC policy for example.com',
    ]),
    { ...DMARC, recipient: 'fay@example.net', replyCode: 550, status: '5.7.1', ...SURE },
  ],

  // --- Yahoo Mail web notices ---
  [
    'Yahoo web notice: remote user unknown [RCPT_TO]',
    yahooNotice('gus@example.net', [
      'Remote host said: 550 5.1.1 <gus@example.net>... User unknown [RCPT_TO]',
    ]),
    { ...USER_UNKNOWN, recipient: 'gus@example.net', replyCode: 550, status: '5.1.1', ...HIGH },
  ],
  [
    'Yahoo web notice: remote over quota, the said-line wrapped',
    yahooNotice('hana@example.net', [
      'Remote host said: 552 5.2.2 <hana@example.net>:',
      'Recipient address rejected: Over quota [RCPT_TO]',
    ]),
    { ...MAILBOX_FULL, recipient: 'hana@example.net', replyCode: 552, status: '5.2.2', ...SURE },
  ],
  [
    'Yahoo web notice: no MX or A records for a mistyped domain',
    yahooNotice('ivan@example.orgg', ['No MX or A records for example.orgg']),
    { ...DOMAIN_TYPO, recipient: 'ivan@example.orgg' },
  ],
  [
    'Yahoo web notice: remote Barracuda block (BRBL)',
    yahooNotice('jade@example.net', [
      'Remote host said: 554 Service unavailable; Client host [98.137.64.90] blocked using Barracuda Reputation, http://www.barracudanetworks.com/reputation/?r=1&ip=98.137.64.90 [RCPT_TO]',
    ]),
    { ...IP_LISTED, recipient: 'jade@example.net', replyCode: 554 },
  ],
  [
    'Yahoo web notice: message expired, could not connect',
    yahooNotice('kim@example.net', [
      'Connection timed out while connecting to mx.example.net (203.0.113.25). Message expired.',
    ]),
    { ...EXPIRED, recipient: 'kim@example.net', permanent: true },
  ],

  // --- iCloud, Proton, Zoho, GMX / Web.de web notices ---
  [
    'iCloud web: delivery software notice, indented with NBSP',
    lines(
      'Undelivered Mail Returned to Sender',
      'MAILER-DAEMON',
      'To: Alice',
      '',
      'This message was created automatically by mail delivery software.',
      '',
      'A message that you sent could not be delivered to one or more of its recipients. This is a permanent error. The following address(es) failed:',
      '',
      `${NB}${NB}${NB}${NB}leo@example.net`,
      `${NB}${NB}${NB}${NB}host mx.example.net [203.0.113.25]`,
      `${NB}${NB}${NB}${NB}SMTP error from remote mail server after RCPT TO:<leo@example.net>:`,
      `${NB}${NB}${NB}${NB}550 5.1.1 <leo@example.net>: Recipient address rejected: User unknown in local recipient table`,
    ),
    { ...USER_UNKNOWN, recipient: 'leo@example.net', replyCode: 550, status: '5.1.1', ...HIGH },
  ],
  [
    'iCloud as receiver: over quota, inside an Exchange classic copy',
    classicCopy(
      'mia@icloud.com',
      'The recipient’s mailbox is full and can’t accept messages now.',
      'EXCH02.corp.example.com',
      'mx01.mail.icloud.com',
      "Remote Server returned '552 5.2.2 <mia@icloud.com>: user is over quota'",
    ),
    { ...MAILBOX_FULL, recipient: 'mia@icloud.com', replyCode: 552, status: '5.2.2', ...HIGH },
  ],
  [
    'Proton web: Postfix notice copied with its headings, reply on continuation lines',
    lines(
      'Undelivered Mail Returned to Sender',
      'From: Mail Delivery System <MAILER-DAEMON@protonmail.ch>',
      '',
      'This is the mail system at host mail.protonmail.ch.',
      '',
      'I’m sorry to have to inform you that your message could not',
      'be delivered to one or more recipients. It’s attached below.',
      '',
      'The mail system',
      '',
      '<nina@example.net>: host mx.example.net[203.0.113.25] said: 550 5.1.1',
      `${NB}${NB}${NB}${NB}<nina@example.net>: Recipient address rejected: User unknown in virtual mailbox`,
      `${NB}${NB}${NB}${NB}table (in reply to RCPT TO command)`,
    ),
    { ...USER_UNKNOWN, recipient: 'nina@example.net', replyCode: 550, status: '5.1.1', ...HIGH },
  ],
  [
    'Proton web: message rejected for SPF at the receiver, reply wrapped',
    lines(
      'Undelivered Mail Returned to Sender',
      '',
      'This is the mail system at host mail.protonmail.ch.',
      '',
      '<omar@example.net>: host mx.example.net[203.0.113.25] said: 550 5.7.1',
      `${NB}${NB}${NB}${NB}<omar@example.net>: Recipient address rejected: Message rejected due to: SPF`,
      `${NB}${NB}${NB}${NB}fail - not authorized. Please see http://www.openspf.net/Why?s=mfrom;id=alice@example.com;ip=192.0.2.17;r=mx.example.net`,
      `${NB}${NB}${NB}${NB}(in reply to RCPT TO command)`,
    ),
    { ...SPF, recipient: 'omar@example.net', replyCode: 550, status: '5.7.1', ...HIGH },
  ],
  [
    'Zoho web notice: labels and values on separate lines',
    lines(
      'Zoho Mail',
      'Mail delivery failed',
      '',
      'Your message could not be delivered to one or more recipients.',
      '',
      'Recipient',
      'pia@example.net',
      'Reason',
      'Invalid address',
      'Remote server response',
      '550 5.1.1 <pia@example.net>: Recipient address rejected: User unknown',
      '',
      'View original message',
    ),
    { ...USER_UNKNOWN, recipient: 'pia@example.net', replyCode: 550, status: '5.1.1', ...HIGH },
  ],
  [
    'Zoho web notice: DMARC rejection by the receiver, table cells on one line with tabs',
    lines(
      'Mail delivery failed',
      'Recipient\tReason',
      'quentin@example.net\t550 5.7.1 Email rejected per DMARC policy for example.com',
      '',
      'Reply\tForward\tMore',
    ),
    { ...DMARC, recipient: 'quentin@example.net', replyCode: 550, status: '5.7.1', ...SURE },
  ],
  [
    'GMX web: "SMTP error from remote server for RCPT TO command" with host and reason labels',
    lines(
      'Mail delivery failed: returning message to sender',
      'mailer-daemon@gmx.net',
      '',
      'This message was created automatically by mail delivery software.',
      '',
      'A message that you sent could not be delivered to one or more of',
      'its recipients. This is a permanent error. The following address(es)',
      'failed:',
      '',
      'rosa@example.net',
      'SMTP error from remote server for RCPT TO command, host: mx.example.net (203.0.113.25) reason: 550 5.1.1 <rosa@example.net>: Recipient address rejected: User unknown in relay recipient table',
    ),
    { ...USER_UNKNOWN, recipient: 'rosa@example.net', replyCode: 550, status: '5.1.1', ...HIGH },
  ],
  [
    'Web.de web (German labels): mailbox full at the receiver',
    lines(
      'Mail delivery failed: returning message to sender',
      '',
      'Diese Nachricht wurde automatisch vom Mailsystem erstellt.',
      '',
      'Eine von Ihnen gesendete Nachricht konnte nicht an alle Empfänger zugestellt werden.',
      'Dies ist ein permanenter Fehler.',
      '',
      'Empfänger:',
      'sven@example.de',
      'Grund:',
      'SMTP error from remote server for RCPT TO command, host: mx.example.de (198.51.100.30) reason: 552 5.2.2 Mailbox full',
    ),
    { ...MAILBOX_FULL, recipient: 'sven@example.de', replyCode: 552, status: '5.2.2', ...HIGH },
  ],
  [
    'GMX as receiver: bad DNS PTR, copied out of a new-Outlook card',
    owaCard({
      to: 'tina@gmx.de',
      head: ['Your message to tina@gmx.de couldn’t be delivered.', 'gmx.de rejected your message.'],
      who: 'Sender',
      issue: 'Rejected',
      fix: ['Contact your email admin.'],
      status: '554',
      error:
        '554-gmx.net (mxgmx117) Nemesis ESMTP Service not available 554-No SMTP service 554-Bad DNS PTR resource record. 554 For explanation visit https://postmaster.gmx.net/en/case?c=r0601&i=ip&v=198.51.100.9&r=1ABCdE-1xYz',
      remote: 'mx00.emig.gmx.net',
      by: 'mail.example.com',
    }),
    { ...PTR, recipient: 'tina@gmx.de', replyCode: 554 },
  ],
  [
    'Web.de as receiver: IP address is block listed, response split into cells',
    lines(
      'Undeliverable: Angebot',
      '',
      'Recipient',
      'uwe@web.de',
      'Status',
      'Failed',
      'Server response',
      '554-web.de (mxweb112) Nemesis ESMTP Service not available',
      '554-No SMTP service',
      '554-IP address is block listed.',
      '554 For explanation visit https://postmaster.web.de/en/case?c=hi&i=ip&v=198.51.100.9&r=1MxYzA-1aBcD',
    ),
    { ...IP_LISTED, recipient: 'uwe@web.de', replyCode: 554 },
  ],

  // --- traps: words from different cells, buttons and headings that must not be read together ---
  [
    'OWA copy trap: "Action Required / Recipient" above a mailbox-full title, "Unknown" only in a contact card',
    lines(
      'Your message to vera@example.net couldn’t be delivered.',
      'vera’s mailbox is full.',
      '',
      'alice',
      'Office 365',
      'vera',
      'Action Required',
      'Recipient',
      '',
      'Mailbox full',
      '',
      'Contact card',
      'Unknown',
      'No recent messages',
      '',
      'More Info for Email Admins',
      'Status code:',
      '554 5.2.2',
      'Reported error:',
      '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded',
    ),
    { ...MAILBOX_FULL, recipient: 'vera@example.net', replyCode: 554, status: '5.2.2', ...HIGH },
  ],
  [
    'Outlook mobile trap: a blocklist NDR whose card reads "Recipient" above "Unknown sender"',
    lines(
      'Undeliverable: Q1 plan',
      'Microsoft Outlook',
      '',
      'Your message to walt@example.net couldn’t be delivered.',
      'alice',
      'Office 365',
      'walt',
      'Action Required',
      'Recipient',
      'Unknown sender',
      'Learn more',
      'Status code',
      '550 5.7.1',
      'Reported error',
      '550 5.7.1 Service unavailable, Client host [198.51.100.44] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/198.51.100.44 (AS3130). [BN8NAM11FT056.eop-nam11.prod.protection.outlook.com 2026-12-03T09:22:01.000Z]',
    ),
    { ...IP_BLOCK, recipient: 'walt@example.net', replyCode: 550, status: '5.7.1', ...SURE },
  ],
  [
    'Gmail web trap: a Message blocked card with a table header "Recipient Status" above "Unknown"-free rows',
    lines(
      '[image: Error Icon]',
      'Message blocked',
      'Your message to xena@example.net has been blocked. See technical details below for more information.',
      '',
      'Recipient\tStatus',
      'xena@example.net\tBlocked',
      '',
      'The response from the remote server was:',
      '550 5.7.1 Message rejected as spam by Content Filtering.',
    ),
    { ...SPAM, recipient: 'xena@example.net', replyCode: 550, status: '5.7.1' },
  ],
  [
    'Web client trap: the size NDR with a "Recipient / Mailbox" table header separated from its values',
    lines(
      'Undeliverable: Scans',
      '',
      'Recipient',
      'Mailbox',
      'Full name',
      'yara@example.com',
      'yara',
      'Yara Example',
      '',
      'Your message wasn’t delivered because it’s larger than the limit the recipient can receive.',
      '',
      'Status code: 550 5.2.3',
      'Reported error: 550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient',
    ),
    { ...TOO_BIG, recipient: 'yara@example.com', replyCode: 550, status: '5.2.3' },
  ],
];

export const SECOND_BATCH_82: RealWorldCase[] = [
  [
    'b: OWA copy in German: "Aktion erforderlich / Empfänger / Unbekannte An-Adresse"',
    lines(
      'Ihre Nachricht an lena.koch@example.de konnte nicht zugestellt werden.',
      'lena.koch wurde bei example.de nicht gefunden.',
      '',
      'alice',
      'Office 365',
      'lena.koch',
      'Aktion erforderlich',
      'Empfänger',
      '',
      'Unbekannte An-Adresse',
      '',
      'So beheben Sie das Problem',
      'Die Adresse ist möglicherweise falsch geschrieben oder existiert nicht.',
      '',
      'Weitere Informationen für E-Mail-Administratoren',
      'Statuscode: 550 5.1.10',
      '',
      'Gemeldeter Fehler:',
      '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient lena.koch@example.de not found by SMTP address lookup',
    ),
    { ...MS_NOT_FOUND, recipient: 'lena.koch@example.de', replyCode: 550, status: '5.1.10', ...HIGH },
  ],
  [
    'b: Outlook mobile: mailbox-full card collapsed into one paragraph, no code',
    lines(
      'Undeliverable: Invoice 2026-114',
      'Microsoft Outlook',
      '',
      'Your message to marc.dubois@example.fr couldn’t be delivered. marc.dubois’s mailbox is full. alice Office 365 marc.dubois Action Required Recipient Mailbox full How to Fix It Try to resend your message later, or contact the recipient by other means (phone call for exa…',
    ),
    { ...MAILBOX_FULL, recipient: 'marc.dubois@example.fr', ...SURE },
  ],
  [
    'b: Outlook desktop copy: 5.4.300 message expired, card cells tab-separated',
    lines(
      'Your message to noor@example.net couldn’t be delivered.',
      'The recipient’s email system didn’t accept the message in time.',
      '',
      'alice\tOffice 365\tnoor',
      '\t\tAction Required',
      '\t\tRecipient',
      '',
      'Message expired',
      '',
      'More Info for Email Admins',
      'Status code: 550 5.4.300',
      '',
      'Reported error:\t550 5.4.300 Message expired -> 451 4.4.0 Primary target IP address responded with: "421 4.4.2 mx.example.net Error: timeout exceeded." Attempted failover to alternate host, but that did not succeed.',
      'DSN generated by:\tDM6PR11MB4321.namprd11.prod.outlook.com',
    ),
    { ...EXPIRED, recipient: 'noor@example.net', status: '5.4.300', permanent: true },
  ],
  [
    'b: Gmail web card: Delivery incomplete, Yahoo mailbox over quota (temporary)',
    gmailCard(
      'Delivery incomplete',
      'There was a temporary problem delivering your message to otto@example.net. Gmail will retry for 44 more hours. You’ll be notified if the delivery fails permanently.',
      'The response from the remote server was:',
      ['452 4.2.2 <otto@example.net>: Recipient address rejected: Mailbox over quota'],
    ),
    { ...MAILBOX_FULL, recipient: 'otto@example.net', replyCode: 452, status: '4.2.2', permanent: false },
  ],
  [
    'b: Gmail web card: Gmail’s own size limit (552 5.3.4 Google’s message size limits)',
    gmailCard(
      'Message not delivered',
      'Your message couldn’t be delivered because it’s too large. Try sending it again with fewer or smaller attachments, or share the files with Google Drive.',
      'The response was:',
      [
        '552 5.3.4 Your message exceeded Google’s message size limits. To view our size guidelines, go to https://support.google.com/mail/?p=MaxSizeError',
      ],
    ),
    { ...TOO_BIG, replyCode: 552, status: '5.3.4', ...SURE },
  ],
  [
    'b: Yahoo web notice: relay access denied by a remote MX, NBSP before the code',
    yahooNotice('pablo@example.org', [
      `Remote host said:${NB}554 5.7.1 <pablo@example.org>: Relay access denied [RCPT_TO]`,
    ]),
    { ...RELAY, recipient: 'pablo@example.org', replyCode: 554, status: '5.7.1', ...SURE },
  ],
  [
    'b: Zoho web notice: labels above values, mailbox full',
    lines(
      'Zoho Mail',
      'Mail delivery failed',
      '',
      'Recipient',
      'quinn@example.org',
      'Reason',
      'Mailbox is full',
      'Remote server response',
      '552 5.2.2 <quinn@example.org>: Recipient address rejected: Mailbox full (quota exceeded)',
      '',
      'Retry',
      'View original message',
    ),
    { ...MAILBOX_FULL, recipient: 'quinn@example.org', replyCode: 552, status: '5.2.2', ...HIGH },
  ],
  [
    'b: GMX web: remote Barracuda listing in the reason label',
    lines(
      'Mail delivery failed: returning message to sender',
      '',
      'This message was created automatically by mail delivery software.',
      '',
      'A message that you sent could not be delivered to one or more of its recipients. This is a permanent error. The following address(es) failed:',
      '',
      'rita@example.net',
      'SMTP error from remote server for RCPT TO command, host: mx.example.net (203.0.113.25)',
      'reason: 550 5.7.1 Mail rejected: your IP 212.227.15.18 is listed on b.barracudacentral.org',
    ),
    { ...IP_LISTED, recipient: 'rita@example.net', replyCode: 550, status: '5.7.1' },
  ],
  [
    'b: Exchange copy with curly quotes around the remote reply',
    lines(
      'Delivery has failed to these recipients or groups:',
      '',
      'sam.ortiz@example.net',
      'The email address you entered couldn’t be found.',
      '',
      'Diagnostic information for administrators:',
      '',
      'Generating server:',
      'EXCH01.corp.example.com',
      '',
      'sam.ortiz@example.net',
      'mx.example.net',
      'Remote Server returned ‘550 5.1.1 <sam.ortiz@example.net>... User unknown’',
    ),
    { ...USER_UNKNOWN, recipient: 'sam.ortiz@example.net', replyCode: 550, status: '5.1.1', ...HIGH },
  ],
  [
    'b: M365 message trace details pane: remote size limit in the Fail event',
    lines(
      'Message trace details',
      '',
      'Sender',
      'alice@example.com',
      'Recipient',
      'tenders@example.org',
      'Status',
      'Failed',
      '',
      'Message events',
      'Date',
      'Event',
      'Detail',
      '12/3/2026, 2:40 PM',
      'Fail',
      'Reason: [{LED=552 5.3.4 Message size exceeds fixed maximum message size};{MSG=};{FQDN=mx.example.org};{IP=203.0.113.40};{LRT=}].',
    ),
    { ...TOO_BIG, recipient: 'tenders@example.org', status: '5.3.4', ...SURE },
  ],
  [
    'b: Email Log Search: Outlook.com 5.7.515 authentication level, labels above values',
    emailLogSearch('uma@outlook.com', 'Bounced', [
      'Delivery status',
      'Bounced',
      'SMTP response',
      "550 5.7.515 Access denied, sending domain example.com doesn't meet the required authentication level. The sender's domain in the 5322.From address doesn't meet the authentication requirements defined for the sender.",
    ]),
    { ...AUTH_ANY, recipient: 'uma@outlook.com', replyCode: 550, status: '5.7.515', ...HIGH },
  ],
  [
    'b: Web.de app (German labels, values below): user unknown',
    lines(
      'Nachricht nicht zustellbar',
      '',
      'Ihre E-Mail konnte nicht zugestellt werden.',
      '',
      'Empfänger:',
      'viktor@example.de',
      'Fehler:',
      '550 5.1.1 <viktor@example.de>: Recipient address rejected: User unknown',
      '',
      'Erneut senden',
    ),
    { ...USER_UNKNOWN, recipient: 'viktor@example.de', replyCode: 550, status: '5.1.1', ...HIGH },
  ],
  [
    'b: Outlook.com S3140 spam block copied from a Gmail card with a "Learn more about blocked senders" button',
    gmailCard(
      'Message blocked',
      'Your message to wren@hotmail.com has been blocked. See technical details below for more information.',
      'The response from the remote server was:',
      [
        '550 5.7.1 Unfortunately, messages from [192.0.2.77] weren’t sent. Please contact your Internet service provider since part of their network is on our block list (S3140). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.',
        '',
        'Learn more about blocked senders',
      ],
    ),
    { ...IP_LISTED, recipient: 'wren@hotmail.com', replyCode: 550, status: '5.7.1' },
  ],
  [
    'b: Web client trap: OWA card for a group restriction whose card reads "Recipient" over "Unknown group member"',
    lines(
      'Your message to project-x@example.org couldn’t be delivered.',
      'project-x only accepts messages from people in its organization or on its allowed senders list.',
      '',
      'alice',
      'Office 365',
      'project-x',
      'Action Required',
      'Recipient',
      'Unknown group member',
      '',
      'More Info for Email Admins',
      'Status code',
      '550 5.7.133',
      'Error',
      '550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed because the sender was not authenticated when sending to this group',
    ),
    { ...RESTRICTED, recipient: 'project-x@example.org', status: '5.7.133', ...SURE },
  ],
  [
    'b: Gmail app card: the remote reply copied cell by cell (code, status and words each on a line)',
    lines(
      'Message not delivered',
      'Your message couldn’t be delivered to bob@example.org.',
      'The response from the remote server was:',
      '550',
      '5.1.1',
      '<bob@example.org>: Recipient address rejected: User unknown',
    ),
    { ...USER_UNKNOWN, recipient: 'bob@example.org', replyCode: 550, status: '5.1.1' },
  ],
];
