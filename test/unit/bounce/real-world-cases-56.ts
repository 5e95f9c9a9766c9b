import type { RealWorldCase } from './real-world-cases.js';
import {
  LOOP,
  lines,
  MAILBOX_FULL,
  MS_NOT_FOUND,
  postfixNoticeHead,
  RESTRICTED,
  USER_UNKNOWN,
} from './real-world-expectations.js';

/*
 * A fifty-sixth held-out round: refusals and notices around GROUPS, DISTRIBUTION LISTS, SHARED MAILBOXES and
 * MAILING-LIST POSTING as admins see them. Microsoft 365 / Exchange delivery restrictions (5.7.1
 * RESOLVER.RST.AuthRequired and NotAuthorized, 5.7.124, 5.7.129, 5.7.133-5.7.136, RecipSizeLimit, DL expansion
 * failures and loops, moderator rejections, a shared mailbox without a licence over its quota, a full public
 * folder, a deleted Microsoft 365 group) as bare replies, whole NDRs, a Postfix log line and notices, a Sendmail
 * DSN and a Gmail DSN relaying them; Google Groups (the "may not exist, or you may not have permission to post"
 * notice, its SMTP reply, members only, banned, a Workspace group closed to outsiders); Mailman 2 and 3
 * (automatic and moderator rejections, membership disabled by bounce processing, an Exim log line of a list
 * server's refusal); Sympa, LISTSERV, Majordomo, ezmlm, Yahoo Groups, Zoho, Zimbra, a Postfix protected
 * destination; GitHub and GitLab reply-by-email refusals, Jira Service Management, Zendesk and Freshdesk. The
 * truths held: a group or list that takes posts only from members, its organisation or listed senders is the
 * recipient side's setting (recipient-restricted; the sender can only ask the owner), and Microsoft's
 * "authentication required" for a group or mailbox is that setting, not the sender's SMTP AUTH; a moderator's
 * refusal is final; a list's "membership disabled" notice is about the member's own bounces
 * (list-member-disabled); a post held for a moderator is no failure (NOT_FAILURE_56, real-world-56.test.ts:
 * no record, or none with a failure cause).
 * Written from knowledge of the products' wordings, none from the development corpus, measured before any
 * rule was changed:
 *   round 56  62 cases (54 with a record, 8 holds that must give none): 37 right as written (60 %), 29 of 54
 *             with a record, 8 of 8 holds. Our errors: Mailman 3's vette log was given a reason after
 *             "REJECT: <msgid>" it does not write (case dropped); an Exim ":fail:" alias saying "This list has
 *             been closed" read as a disabled mailbox, which an admin accepts (case widened); the GitHub reply
 *             address was expected in its mixed case, the reader lower-cases it (aligned). The rules' 23 misses:
 *             - Exchange 5.7.134/5.7.135/5.7.136 (SenderNotAuthenticatedForMailbox, …ForPublicFolder,
 *               …ForMailUser) read as the sender's missing SMTP AUTH (3); 5.7.129
 *               RestrictedToRecipientsPermission as a security error; "MODERATION.Reject" as a refused connection;
 *             - Google Groups: "Only members of the group … can post" (Message blocked) as a refused connection,
 *               a banned sender's notice gave no record, a Workspace group's "does not accept mail from outside its
 *               organization" read as the sender refused;
 *             - list managers' notices gave no record: Mailman 3's subscription disabled (sent from -owner@, no
 *               heading), Sympa's authorization denied, list-editor rejection and bounce removal, LISTSERV's
 *               closed list, Majordomo's non-member refusal, Yahoo Groups' "not a member"; LISTSERV's removal
 *               after delivery errors read as a failure of unknown cause;
 *             - Zoho's "not permitted to send mail to this group" and Zimbra's "not authorized to send to the
 *               distribution list" as security errors;
 *             - GitHub's unverified-address and GitLab's unknown-user replies and Jira's not-a-customer notice
 *               gave no record, Zendesk's not-registered notice no cause; GitHub's "550 5.1.1 Invalid reply
 *               address: this reply token has expired" read as delivery-expired.
 *   fixed     as data (reply-phrases.ts, recipient-restricted): 'sendernotauthenticatedfor' for all of
 *             5.7.133-5.7.136, 'restrictedtorecipientspermission', moderators' refusals ('moderation.reject',
 *             'rejected by a/the moderator', 'rejected by the list editor'), members-only and organisation-only
 *             groups ('only members of the group', 'only members may post', 'you are not a member of', 'posts from
 *             non-members', 'accepted from subscribers only', 'from outside its/the organization', 'send mail to
 *             this group', 'send to the distribution list', banned senders), help desks' registered customers
 *             only; sender-rejected: reply-by-email from an address no account has ('not a verified email
 *             address', 'what user corresponds to your email'); user-unknown: 'invalid reply address' (before
 *             "expired"). list-member-disabled (esp-api-errors.ts): LISTSERV's and Sympa's removals. Notice
 *             headings (notice-headings.ts): the list refusals and moderator rejections above, reply-by-email and
 *             help-desk refusals. In code: an email whose text holds a list manager's or service's refusal
 *             sentence (isApiRefusal) is a bounce, as the same text pasted alone already was (read-bounce.ts
 *             looksLikeBounceEmail). 53 of 53 right, 8 of 8 holds.
 *   then      a second batch of 14 (SECOND_BATCH_56: 11 with a record, 3 holds in NOT_FAILURE_SECOND_56: a Postfix
 *             log of a list's "only list members may send", Sympa in French, a Google Groups moderator
 *             rejection, ezmlm's "not accepted by the moderator", Exchange's "group's owner has restricted who can
 *             send", a German 5.7.133 NDR, a dynamic group's expansion failure, Yahoo Groups' "restricted to
 *             members", Mailman 2.1's owner bounce action notice, Freshservice, Zimbra's bare DL refusal; Mailman
 *             2's "Post to moderated list", Sympa's and Google Groups' German holds), written after the fixes and
 *             measured before any change: 8 of 14 right as written (5 of 11, 3 of 3). Wrong: "only list members
 *             may send" read as user unknown, Sympa's French refusal, the Google Groups moderator's and ezmlm's
 *             rejections gave no record, "posting to this group is restricted" no cause, "send to distribution
 *             list" a security error. Fixed as data: 'only list members may', "rejected by the group's
 *             moderator", 'not accepted by the moderator', 'posting to this group is restricted', 'send to
 *             distribution list', Sympa's French "pas autorisé à envoyer des messages à la liste" with its heading
 *             "n'a pas été distribué". 14 of 14.
 *   after     for consistency with the above, Mailman's own "not allowed to post to this mailing list" and
 *             "Post by non-member to a members-only list" pasted alone (sender-rejected until then) are the list's
 *             restriction too, after its DMARC refusal that holds the same sentence (real-world-56.test.ts).
 *             Whole suite green; corpus 366/383, reply codes 261/274.
 */

// Only the group's owner (or the recipient organisation's admin) can let this sender post: allowed senders,
// "allow external senders", "members only". The sender's part is only to ask.
const GROUP_RESTRICTED = { ...RESTRICTED, permanent: true } as const;
// Microsoft's "authentication required" for a group or mailbox: the RECIPIENT requires authenticated
// (internal) senders; it is no SMTP AUTH the sender's own server lacks.
const MS_AUTH_REQUIRED = { ...RESTRICTED, permanent: true } as const;
// "The group may not exist, or you may not have permission to post": either reading is fair.
const GROUP_GONE_OR_CLOSED = {
  cause: ['recipient-restricted', 'user-unknown', 'blocked-by-recipient'],
  reason: ['rejected', 'userunknown', 'securityerror'],
  permanent: true,
} as const;
// A moderator's rejection: a person refused this post (a list rule, or its content).
const MODERATOR_REJECTED = {
  cause: ['recipient-restricted', 'blocked-by-recipient', 'policy-violation', 'content-filtered'],
  reason: ['rejected', 'securityerror', 'policyviolation', 'filtered'],
  permanent: true,
} as const;
// The list manager's notice to a member whose own mailbox bounced the list's posts.
const LIST_MEMBER_DISABLED = { cause: 'list-member-disabled', reason: 'suppressed' } as const;
// A group's expansion failed on the receiving server: their directory or transport, not the sender.
const EXPANSION_FAILED = {
  cause: ['system-error', 'mailer-error', 'server-unavailable'],
  reason: ['systemerror', 'mailererror', 'onhold', 'undefined'],
  side: 'recipient',
} as const;
// A group's (or recipient's) own size limit.
const GROUP_SIZE = {
  cause: ['message-too-large', 'size-limit-exceeded'],
  reason: ['mesgtoobig', 'exceedlimit'],
  permanent: true,
} as const;
// A reply to a notification or a help desk from an address the service does not know: only accepted from
// the address registered with it (the sender re-sends from it, or the desk registers the sender).
const UNREGISTERED_SENDER = {
  cause: ['recipient-restricted', 'sender-rejected', 'from-not-permitted', 'blocked-by-recipient'],
  reason: ['rejected', 'securityerror'],
} as const;

const mail = (headers: string[], ...body: string[]) => lines(...headers, '', ...body);

const EXO = 'Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.org>';

/** An Exchange Online NDR: headers, the user part, then the diagnostic part with the remote reply. */
const exchangeNdr = (
  rcpt: string,
  userText: string[],
  reply: string,
  server = 'SA1PR12MB6789.namprd12.prod.outlook.com',
) =>
  mail(
    [`From: ${EXO}`, 'To: alice@example.com', 'Subject: Undeliverable: Q1 budget'],
    ...userText,
    '',
    'Diagnostic information for administrators:',
    '',
    `Generating server: ${server}`,
    '',
    rcpt,
    `Remote Server returned '${reply}'`,
    '',
    'Original message headers:',
    '',
    'Received: from DM6PR12MB1234.namprd12.prod.outlook.com (2603:10b6:5:1c0::12)',
    'From: Alice Example <alice@example.com>',
    `To: ${rcpt}`,
    'Subject: Q1 budget',
  );

export const ROUND_56: RealWorldCase[] = [
  // --- Microsoft 365 / Exchange: bare replies ---
  [
    'M365 5.7.1 RESOLVER.RST.AuthRequired (group accepts only internal senders)',
    '550 5.7.1 RESOLVER.RST.AuthRequired; authentication required [Stage: CreateMessage] [BN8NAM11FT045.eop-nam11.prod.protection.outlook.com 2026-12-01T09:12:44.123Z 08DE1A2B3C4D5E6F]',
    { ...MS_AUTH_REQUIRED, replyCode: 550, status: '5.7.1' },
  ],
  [
    'M365 5.7.1 RESOLVER.RST.NotAuthorized',
    '550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized [Stage: CreateMessage]',
    { ...GROUP_RESTRICTED, replyCode: 550, status: '5.7.1' },
  ],
  [
    'M365 5.7.133 SenderNotAuthenticatedForGroup',
    '550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Sender was not authenticated [Stage: CreateMessage] [CO1PEPF000044F3.namprd21.prod.outlook.com 2026-12-01T10:01:02.345Z 08DE1A2B3C4D5E70]',
    { ...MS_AUTH_REQUIRED, replyCode: 550, status: '5.7.133' },
  ],
  [
    'M365 5.7.134 SenderNotAuthenticatedForMailbox',
    '550 5.7.134 RESOLVER.RST.SenderNotAuthenticatedForMailbox; authentication required; Sender was not authenticated',
    { ...MS_AUTH_REQUIRED, status: '5.7.134' },
  ],
  [
    'M365 5.7.135 SenderNotAuthenticatedForPublicFolder',
    '550 5.7.135 RESOLVER.RST.SenderNotAuthenticatedForPublicFolder; authentication required; Sender was not authenticated',
    { ...MS_AUTH_REQUIRED, status: '5.7.135' },
  ],
  [
    'M365 5.7.136 SenderNotAuthenticatedForMailUser',
    '550 5.7.136 RESOLVER.RST.SenderNotAuthenticatedForMailUser; authentication required; Sender was not authenticated',
    { ...MS_AUTH_REQUIRED, status: '5.7.136' },
  ],
  [
    'M365 5.7.129 RestrictedToRecipientsPermission',
    "550 5.7.129 RESOLVER.RST.RestrictedToRecipientsPermission; not authorized to send to recipient because the sender isn't on the recipient's list of senders to accept mail from [Stage: CreateMessage]",
    { ...GROUP_RESTRICTED, status: '5.7.129' },
  ],
  [
    "M365 5.7.124 sender not in the group's allowed senders list",
    "550 5.7.124 Delivery not authorized, message refused: sender isn't in the allowed-senders list of the distribution group staff@example.org",
    { ...GROUP_RESTRICTED, status: '5.7.124' },
  ],
  [
    'M365 5.2.3 RecipSizeLimit on a group',
    '550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient [Stage: CreateMessage]',
    { ...GROUP_SIZE, status: '5.2.3' },
  ],
  [
    'Exchange on-premises: the sender is not allowed to send to a DL (Exchange 2010 style, #-wrapped)',
    '#550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized ##',
    GROUP_RESTRICTED,
  ],
  // --- Microsoft 365 / Exchange: whole NDRs ---
  [
    'M365 NDR: group accepts only from its organisation or allowed senders',
    exchangeNdr(
      'staff@example.org',
      [
        "Your message to staff@example.org couldn't be delivered.",
        "The group staff only accepts messages from people in its organization or on its allowed senders list, and your email address isn't on the list.",
        '',
        'alice        Office 365        staff',
        'Action Required                  Recipient',
        '',
        'Not authorized to send to group',
        '',
        'How to Fix It',
        'Ask the owner of the group to add you to the allowed senders list, or to allow messages from people outside the organization.',
      ],
      '550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Sender was not authenticated',
    ),
    { ...MS_AUTH_REQUIRED, recipient: 'staff@example.org', status: '5.7.133' },
  ],
  [
    'M365 NDR: "You don\'t have permission to send to this group" (internal sender, restricted DL)',
    mail(
      [`From: ${EXO}`, 'To: alice@example.org', 'Subject: Undeliverable: All-hands agenda'],
      'Delivery has failed to these recipients or groups:',
      '',
      'All Company (allcompany@example.org)',
      "You don't have permission to send to this group. Ask the group owner to add you to the list of people who can send to it.",
      '',
      'Diagnostic information for administrators:',
      '',
      'Generating server: MW4PR12MB7000.namprd12.prod.outlook.com',
      '',
      'allcompany@example.org',
      "Remote Server returned '550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized'",
    ),
    { ...GROUP_RESTRICTED, recipient: 'allcompany@example.org' },
  ],
  [
    'M365 NDR: moderator rejected the message',
    mail(
      [`From: ${EXO}`, 'To: alice@example.com', 'Subject: Rejected: Q1 budget'],
      'Your message to Staff (staff@example.org) was rejected by a moderator.',
      '',
      'Comments from the moderator:',
      'This group is for announcements only. Please write to carol@example.org.',
      '',
      'Diagnostic information for administrators:',
      '',
      'staff@example.org',
      "Remote Server returned '550 5.2.0 MODERATION.Reject; message was rejected by the moderator'",
    ),
    { ...MODERATOR_REJECTED, recipient: 'staff@example.org' },
  ],
  [
    'M365 NDR: distribution group could not be expanded (5.2.4)',
    exchangeNdr(
      'allsales@example.org',
      [
        'Delivery has failed to these recipients or groups:',
        '',
        'All Sales (allsales@example.org)',
        "The distribution group couldn't be expanded, so your message wasn't delivered to its members. Contact your email admin.",
      ],
      '550 5.2.4 RESOLVER.ADR.DLExpansionFailed; distribution list expansion failed',
    ),
    { ...EXPANSION_FAILED, recipient: 'allsales@example.org', status: '5.2.4' },
  ],
  [
    'Exchange dynamic distribution group, DL expansion loop (5.4.6)',
    exchangeNdr(
      'everyone@example.org',
      [
        'Delivery has failed to these recipients or groups:',
        '',
        'Everyone (everyone@example.org)',
        'A routing loop was detected while expanding this group: it contains itself.',
      ],
      '554 5.4.6 Routing loop detected',
    ),
    { ...LOOP, recipient: 'everyone@example.org', status: '5.4.6' },
  ],
  [
    'M365: shared mailbox without a licence over its 50 GB quota',
    exchangeNdr(
      'info@example.org',
      [
        'Delivery has failed to these recipients or groups:',
        '',
        'Info (info@example.org)',
        "The recipient's mailbox is full and can't accept messages now. Please try resending this message later, or contact the recipient directly.",
      ],
      '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot open mailbox.',
    ),
    { ...MAILBOX_FULL, recipient: 'info@example.org', status: '5.2.2' },
  ],
  [
    'M365: mail-enabled public folder full',
    '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionQuotaExceeded; Failed to process message due to a permanent exception with message The public folder mailbox is full',
    MAILBOX_FULL,
  ],
  [
    'M365: a deleted Microsoft 365 group',
    exchangeNdr(
      'project-x@example.org',
      [
        "Your message to project-x@example.org couldn't be delivered.",
        "project-x wasn't found at example.org.",
      ],
      '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient project-x@example.org not found by SMTP address lookup',
    ),
    { ...MS_NOT_FOUND, recipient: 'project-x@example.org' },
  ],
  [
    'Postfix log line: M365 group refuses an unauthenticated sender',
    'Dec  1 10:01:02 mx1 postfix/smtp[20811]: 4F1A22C0E3B: to=<staff@example.org>, relay=example-org.mail.protection.outlook.com[198.51.100.36]:25, delay=1.9, delays=0.02/0.01/0.6/1.3, dsn=5.7.133, status=bounced (host example-org.mail.protection.outlook.com[198.51.100.36] said: 550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Sender was not authenticated [Stage: CreateMessage] (in reply to end of DATA command))',
    { ...MS_AUTH_REQUIRED, recipient: 'staff@example.org', status: '5.7.133', replyCode: 550 },
  ],
  [
    'Postfix bounce notice: Exchange hybrid DL with AuthRequired',
    lines(
      ...postfixNoticeHead('mail.example.com'),
      '',
      '<allstaff@example.net>: host mail.example.net[203.0.113.25] said: 550 5.7.1',
      '    RESOLVER.RST.AuthRequired; authentication required (in reply to RCPT TO',
      '    command)',
    ),
    { ...MS_AUTH_REQUIRED, recipient: 'allstaff@example.net', replyCode: 550, status: '5.7.1' },
  ],
  // --- Google Groups ---
  [
    'Google Groups: "may not exist, or you may not have permission to post"',
    mail(
      [
        'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
        'To: alice@example.com',
        'Subject: Delivery Status Notification (Failure)',
      ],
      "We're writing to let you know that the group you tried to contact (staff) may not exist, or you may not have permission to post messages to the group. A few more details on why you weren't able to post:",
      '',
      ' * You might have spelled or formatted the group name incorrectly.',
      ' * The owner of the group may have removed this group.',
      ' * You may need to join the group before receiving permission to post.',
      ' * This group may not be open to posting.',
      '',
      'If you have questions related to this or any other Google Group, visit the Help Center at https://groups.google.com/support/.',
      '',
      'Thanks,',
      '',
      'example.org admins',
    ),
    GROUP_GONE_OR_CLOSED,
  ],
  [
    'Google Groups: SMTP reply "doesn\'t exist or you don\'t have permission to post"',
    "550 5.7.0 Your message wasn't delivered because the group staff@example.org doesn't exist or you don't have permission to post to it. Learn more at https://support.google.com/a/answer/9249520 d2e1a0b9c8f7.12 - gsmtp",
    { ...GROUP_GONE_OR_CLOSED, status: '5.7.0', provider: /google|gmail/i },
  ],
  [
    'Google Groups: Message blocked, only members may post',
    mail(
      [
        'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
        'To: alice@example.com',
        'Subject: Delivery Status Notification (Failure)',
      ],
      '** Message blocked **',
      '',
      'Your message to staff@example.org has been blocked. See technical details below for more information.',
      '',
      'The response was:',
      '',
      'Only members of the group staff@example.org can post to it. You are not a member. Ask a group manager to add you, or to let anyone post.',
    ),
    { ...GROUP_RESTRICTED, recipient: 'staff@example.org' },
  ],
  [
    'Google Groups: banned from posting',
    mail(
      [
        'From: Google Groups <noreply@googlegroups.com>',
        'To: alice@example.com',
        'Subject: Message rejected',
      ],
      'Your message to staff@googlegroups.com was rejected because you have been banned from this group by a group manager.',
    ),
    { ...GROUP_RESTRICTED, recipient: 'staff@googlegroups.com' },
  ],
  [
    'Google Workspace: group does not accept external senders (Gmail DSN with the reply)',
    mail(
      [
        'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
        'To: alice@example.com',
        'Subject: Delivery Status Notification (Failure)',
      ],
      '** Message not delivered **',
      '',
      "Your message couldn't be delivered to support@example.org because the group only accepts messages from people in its organization.",
      '',
      'The response from the remote server was:',
      '550 5.7.1 This group does not accept mail from outside its organization. Contact the group owner. - gsmtp',
    ),
    { ...GROUP_RESTRICTED, recipient: 'support@example.org', status: '5.7.1' },
  ],
  // --- Mailman 2 / 3 ---
  [
    'Mailman 2: automatic reject of a non-member post',
    mail(
      [
        'From: staff-owner@lists.example.org',
        'To: alice@example.com',
        'Subject: Request to mailing list Staff rejected',
      ],
      'Your request to the Staff mailing list',
      '',
      '    Posting of your message titled "Q1 budget"',
      '',
      'has been rejected by the list moderator.  The moderator gave the',
      'following reason for rejecting your request:',
      '',
      '"You are not allowed to post to this mailing list, and your message has',
      'been automatically rejected.  If you think that your messages are',
      'being rejected in error, contact the mailing list owner at',
      'staff-owner@lists.example.org."',
      '',
      'Any questions or comments should be directed to the list administrator',
      'at:',
      '',
      '    staff-owner@lists.example.org',
    ),
    GROUP_RESTRICTED,
  ],
  [
    'Mailman 2: moderator rejected for off-topic content',
    mail(
      [
        'From: staff-owner@lists.example.org',
        'To: alice@example.com',
        'Subject: Request to mailing list Staff rejected',
      ],
      'Your request to the Staff mailing list',
      '',
      '    Posting of your message titled "Great offer"',
      '',
      'has been rejected by the list moderator.  The moderator gave the',
      'following reason for rejecting your request:',
      '',
      '"Off-topic advertising is not allowed on this list."',
    ),
    MODERATOR_REJECTED,
  ],
  [
    'Mailman 2: membership disabled due to excessive bounces',
    mail(
      [
        'From: staff-bounces@lists.example.org',
        'To: bob@example.net',
        'Subject: Your Staff mailing list membership has been disabled',
      ],
      'Your membership in the mailing list Staff has been disabled due to',
      'excessive bounces The last bounce received from you was dated',
      '28-Nov-2026.  You will not get any more messages from this list until',
      'you re-enable your membership.  You will receive 3 more reminders like',
      'this before your membership in the list is deleted.',
      '',
      'To re-enable your membership, you can simply respond to this message',
      '(leaving the Subject: line intact), or visit the confirmation page at',
      '',
      '    https://lists.example.org/mailman/confirm/staff/f00dfeed1234',
    ),
    { ...LIST_MEMBER_DISABLED, permanent: true },
  ],
  [
    'Mailman 3: subscription disabled (bounce processing)',
    mail(
      [
        'From: staff-owner@lists.example.org',
        'To: bob@example.net',
        'Subject: Your subscription for the Staff mailing list has been disabled',
      ],
      'Your subscription has been disabled on the staff@lists.example.org mailing list',
      'because it has received a number of bounces indicating that there may',
      'be a problem delivering messages to bob@example.net.  You may want to',
      'check that address for problems.',
      '',
      'You will receive 2 more reminders like this before your membership in the list is deleted.',
    ),
    LIST_MEMBER_DISABLED,
  ],
  [
    'Mailman 3: post rejected, "message has implicit destination"',
    mail(
      [
        'From: staff-owner@lists.example.org',
        'To: alice@example.com',
        'Subject: Your message to staff@lists.example.org was rejected',
      ],
      'Your message entitled',
      '',
      '    Q1 budget',
      '',
      'was rejected by the list moderators.  Their comments follow:',
      '',
      'Message has implicit destination: please put the list address in To: or Cc:, not Bcc:.',
    ),
    MODERATOR_REJECTED,
  ],
  [
    'Exim log line: list server refuses a non-member at DATA',
    '2026-12-01 10:20:11 1vQxYz-000Abc-7K ** staff@lists.example.org R=dnslookup T=remote_smtp H=lists.example.org [203.0.113.44] X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes: SMTP error from remote mail server after end of data: 550 5.7.1 Non-members are not allowed to post to staff@lists.example.org',
    { ...GROUP_RESTRICTED, recipient: 'staff@lists.example.org', replyCode: 550 },
  ],
  // --- Sympa, LISTSERV, Majordomo, ezmlm ---
  [
    'Sympa: authorization denied',
    mail(
      [
        'From: SYMPA <sympa@lists.example.org>',
        'To: alice@example.com',
        'Subject: Message distribution: Authorization denied',
      ],
      'Your message for list staff has been rejected.',
      '',
      'The message you sent to staff@lists.example.org was rejected because you are not allowed to send messages to this list. Only subscribers may post.',
      '',
      'For further information, please contact staff-request@lists.example.org',
    ),
    GROUP_RESTRICTED,
  ],
  [
    'Sympa: rejected by the list editor (moderator)',
    mail(
      [
        'From: SYMPA <sympa@lists.example.org>',
        'To: alice@example.com',
        'Subject: Your message to list staff has been rejected',
      ],
      "Your message to list 'staff' has been rejected by the list editor (moderator).",
      '',
      'Reason given: duplicate of an earlier post.',
    ),
    MODERATOR_REJECTED,
  ],
  [
    'Sympa: removed after too many bounces',
    mail(
      [
        'From: SYMPA <sympa@lists.example.org>',
        'To: bob@example.net',
        'Subject: Your subscription to list staff',
      ],
      'Your address bob@example.net has been removed from list staff@lists.example.org',
      'because too many messages sent to it were returned (bouncing address).',
    ),
    LIST_MEMBER_DISABLED,
  ],
  [
    'LISTSERV: list closed to non-subscribers',
    mail(
      [
        'From: L-Soft list server at LISTSERV.EXAMPLE.ORG (1.8e) <LISTSERV@LISTSERV.EXAMPLE.ORG>',
        'To: alice@example.com',
        'Subject: Message ("Q1 budget")',
      ],
      'You are not authorized to post to the STAFF-L list. Contributions are',
      'accepted from subscribers only. Your message has been rejected and',
      'returned below.',
    ),
    GROUP_RESTRICTED,
  ],
  [
    'LISTSERV: subscription terminated after delivery errors',
    mail(
      [
        'From: L-Soft list server at LISTSERV.EXAMPLE.ORG (1.8e) <LISTSERV@LISTSERV.EXAMPLE.ORG>',
        'To: bob@example.net',
        'Subject: Your subscription to the STAFF-L list',
      ],
      'Your subscription to the STAFF-L list has been terminated because mail',
      'sent to your address bob@example.net was consistently returned as',
      'undeliverable (automatic deletion after repeated delivery errors).',
    ),
    LIST_MEMBER_DISABLED,
  ],
  [
    'ezmlm: only subscribers may post (qmail bounce)',
    mail(
      ['From: MAILER-DAEMON@lists.example.org', 'To: alice@example.com', 'Subject: failure notice'],
      'Hi. This is the qmail-send program at lists.example.org.',
      "I'm afraid I wasn't able to deliver your message to the following addresses.",
      "This is a permanent error; I've given up. Sorry it didn't work out.",
      '',
      '<staff@lists.example.org>:',
      'Sorry, only subscribers may post. If you are a subscriber, please forward this message to staff-owner@lists.example.org to get your new address included (#5.7.2)',
    ),
    { ...GROUP_RESTRICTED, recipient: 'staff@lists.example.org' },
  ],
  [
    'Majordomo 2: posting refused for a non-member',
    mail(
      ['From: Majordomo@lists.example.org', 'To: alice@example.com', 'Subject: Majordomo results: Q1 budget'],
      'Your message to staff@lists.example.org was not accepted:',
      'The address alice@example.com is not a member of the staff list, and',
      'the list is configured to deny posts from non-members.',
    ),
    GROUP_RESTRICTED,
  ],
  [
    'Yahoo Groups era: not a member',
    mail(
      [
        'From: Yahoo! Groups <notify@yahoogroups.com>',
        'To: alice@example.com',
        'Subject: Message rejected by staff group',
      ],
      'Hello alice@example.com,',
      '',
      'You are not a member of the staff group, so your message was not posted.',
      'Only members may post messages to this group. To join, visit the group home page.',
    ),
    GROUP_RESTRICTED,
  ],
  [
    'Zoho Mail: group set to members only',
    '550 5.7.1 Sender is not permitted to send mail to this group: staff@example.org accepts mail from group members only',
    { ...GROUP_RESTRICTED, status: '5.7.1' },
  ],
  [
    'Zimbra: distribution list with a sender restriction (RCPT refusal in a Postfix notice)',
    lines(
      ...postfixNoticeHead('mail.example.com'),
      '',
      '<board@example.net>: host mail.example.net[198.51.100.61] said: 550 5.7.1',
      '    <board@example.net>: Recipient address rejected: You are not authorized',
      '    to send to the distribution list board@example.net (in reply to RCPT TO',
      '    command)',
    ),
    { ...GROUP_RESTRICTED, recipient: 'board@example.net', replyCode: 550 },
  ],
  [
    'Postfix protected destination (internal-only list)',
    '554 5.7.1 <all@example.net>: Recipient address rejected: Access denied',
    {
      cause: ['recipient-restricted', 'blocked-by-recipient', 'policy-violation', 'recipient-not-in-tenant'],
      reason: ['rejected', 'securityerror', 'policyviolation', 'userunknown'],
      status: '5.7.1',
    },
  ],
  [
    'Exim: list alias that failed on purpose (:fail:)',
    '550 5.1.1 <oldstaff@example.net>: This list has been closed; write to staff@example.net instead',
    {
      cause: ['user-unknown', 'mailbox-disabled'],
      reason: ['userunknown', 'suspend'],
      permanent: true,
    },
  ],
  // --- Notification replies and help desks ---
  [
    'GitHub: reply from an unverified address',
    mail(
      [
        'From: GitHub <noreply@github.com>',
        'To: alice@example.com',
        'Subject: Re: [example-org/widgets] Crash on start (#42)',
      ],
      'Hi there,',
      '',
      "We couldn't post your reply to example-org/widgets#42 because alice@example.com is not a verified",
      'email address on any GitHub account. Verify this address in your email settings, or reply from',
      'the address your GitHub account uses.',
    ),
    { ...UNREGISTERED_SENDER, side: 'sender' },
  ],
  [
    'GitHub reply address gone (reply token expired) in a Postfix log',
    'Dec  1 11:00:00 mx1 postfix/smtp[1234]: 7B2C1D0A9: to=<reply+AAB2KQ3MUXXYYZZ@reply.github.com>, relay=in1-smtp.github.com[198.51.100.88]:25, delay=0.8, delays=0.01/0/0.3/0.5, dsn=5.1.1, status=bounced (host in1-smtp.github.com[198.51.100.88] said: 550 5.1.1 Invalid reply address: this reply token has expired (in reply to RCPT TO command))',
    { ...USER_UNKNOWN, recipient: 'reply+aab2kq3muxxyyzz@reply.github.com' },
  ],
  [
    'GitLab: incoming email, user not found',
    mail(
      [
        'From: GitLab <gitlab@example.org>',
        'To: alice@example.com',
        'Subject: [GitLab] Your email could not be processed',
      ],
      'Unfortunately, your email message to GitLab could not be processed.',
      '',
      "We couldn't figure out what user corresponds to your email. Please use the email address associated with your account.",
    ),
    { ...UNREGISTERED_SENDER, side: 'sender' },
  ],
  [
    'Jira Service Management: email not associated with a customer',
    mail(
      [
        'From: Jira <jira@example.atlassian.net>',
        'To: alice@example.com',
        'Subject: Your request could not be created',
      ],
      "We couldn't create a request from your email to support@example.atlassian.net.",
      'Your email address alice@example.com is not registered as a customer of this service project,',
      "and the project doesn't let anyone raise requests by email. Contact the project's admin to be added.",
    ),
    UNREGISTERED_SENDER,
  ],
  [
    'Zendesk: closed help center, address not registered',
    mail(
      [
        'From: Example Support <support@example.zendesk.com>',
        'To: alice@example.com',
        'Subject: Your email was not delivered',
      ],
      'Your email to support@example.zendesk.com could not be delivered because your address is not registered with this help desk.',
      'Only registered users may submit requests. Please ask the support team to add you.',
    ),
    UNREGISTERED_SENDER,
  ],
  [
    'Freshdesk: sender blocked by the help desk',
    '550 5.7.1 Email rejected: sender alice@example.com is blocked in this Freshdesk helpdesk',
    {
      cause: ['blocked-by-recipient', 'recipient-restricted', 'sender-rejected'],
      reason: ['rejected', 'securityerror'],
      status: '5.7.1',
    },
  ],
  // --- Other MTA renderings of group refusals ---
  [
    'Sendmail DSN: group refuses at RCPT (Diagnostic-Code)',
    mail(
      [
        'From: Mail Delivery Subsystem <MAILER-DAEMON@mail.example.com>',
        'To: alice@example.com',
        'Subject: Returned mail: see transcript for details',
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
      ],
      '--b1',
      'Content-Type: text/plain',
      '',
      'The original message was received at Tue, 1 Dec 2026 10:00:00 GMT',
      '',
      '   ----- The following addresses had permanent fatal errors -----',
      '<staff@example.org>',
      '    (reason: 550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized)',
      '',
      '--b1',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mail.example.com',
      '',
      'Final-Recipient: RFC822; staff@example.org',
      'Action: failed',
      'Status: 5.7.1',
      'Remote-MTA: DNS; example-org.mail.protection.outlook.com',
      'Diagnostic-Code: SMTP; 550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized',
      '',
      '--b1--',
    ),
    { ...GROUP_RESTRICTED, recipient: 'staff@example.org', status: '5.7.1' },
  ],
  [
    'Gmail relaying a group refusal from Exchange (Gmail DSN text)',
    mail(
      [
        'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
        'To: alice@example.com',
        'Subject: Delivery Status Notification (Failure)',
      ],
      '** Message not delivered **',
      '',
      "Your message couldn't be delivered to staff@example.org because the remote server is misconfigured. See technical details below for more information.",
      '',
      'The response from the remote server was:',
      '550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Sender was not authenticated [DM6NAM11FT011.eop-nam11.prod.protection.outlook.com 2026-12-01T11:00:00.000Z]',
    ),
    { ...MS_AUTH_REQUIRED, recipient: 'staff@example.org', status: '5.7.133' },
  ],
  [
    'Exchange 2013 NDR: "delivery to this address is restricted"',
    mail(
      [`From: ${EXO}`, 'To: alice@example.com', 'Subject: Undeliverable: Q1 budget'],
      'Delivery has failed to these recipients or groups:',
      '',
      'Board (board@example.org)',
      "Your message can't be delivered because delivery to this address is restricted.",
      '',
      'Diagnostic information for administrators:',
      '',
      'Generating server: EX01.example.org',
      '',
      'board@example.org',
      '#550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized ##',
    ),
    { ...GROUP_RESTRICTED, recipient: 'board@example.org', status: '5.7.1' },
  ],
  [
    'Exchange 2007: "Delivery not authorized, message refused"',
    '550 5.7.1 Delivery not authorized, message refused',
    { ...GROUP_RESTRICTED, status: '5.7.1', confidence: ['low', 'medium'] },
  ],
];

// Notices that are not failures (yet): a post held for a moderator.
export const NOT_FAILURE_56: [name: string, text: string, allow: readonly string[], knownWrong?: string][] = [
  [
    'Mailman 2 hold: too many recipients',
    mail(
      [
        'From: staff-bounces@lists.example.org',
        'To: alice@example.com',
        'Subject: Your message to Staff awaits moderator approval',
      ],
      "Your mail to 'Staff' with the subject",
      '',
      '    Q1 budget',
      '',
      'Is being held until the list moderator can review it for approval.',
      '',
      'The reason it is being held:',
      '',
      '    Too many recipients to the message',
      '',
      'Either the message will get posted to the list, or you will receive',
      "notification of the moderator's decision.",
    ),
    [],
  ],
  [
    'Mailman 3 hold: message larger than the maximum size',
    mail(
      [
        'From: staff-owner@lists.example.org',
        'To: alice@example.com',
        'Subject: Your message to staff@lists.example.org awaits moderator approval',
      ],
      'Your message to staff@lists.example.org with subject',
      '',
      '  Site photos',
      '',
      'is being held until the list moderator can review it for approval.',
      '',
      'The message is being held because:',
      '',
      '  The message is larger than the 40 KB maximum size',
      '',
      'Either the message will get posted to the list, or you will receive',
      "notification of the moderator's decision.",
    ),
    [],
  ],
  [
    'Google Groups: post pending moderation',
    mail(
      [
        'From: Google Groups <noreply@googlegroups.com>',
        'To: alice@example.com',
        'Subject: Your message is pending moderation',
      ],
      'Your message to the group staff@googlegroups.com has been received and is waiting for a manager to approve it.',
      'You will be notified if it is rejected.',
    ),
    [],
  ],
  [
    'LISTSERV: message submitted to the list editor',
    mail(
      [
        'From: L-Soft list server at LISTSERV.EXAMPLE.ORG (1.8e) <LISTSERV@LISTSERV.EXAMPLE.ORG>',
        'To: alice@example.com',
        'Subject: Message ("Q1 budget")',
      ],
      'Your message dated Tue, 1 Dec 2026 10:00:00 +0100 with subject "Q1 budget" has been',
      'submitted to the moderator of the STAFF-L list for approval. You will receive a copy',
      'of it when it is distributed.',
    ),
    [],
  ],
  [
    'Majordomo: owner asked to approve a non-member submission',
    mail(
      [
        'From: Majordomo@lists.example.org',
        'To: staff-approval@lists.example.org',
        'Subject: BOUNCE staff@lists.example.org: Non-member submission from [alice@example.com]',
      ],
      'Non-member submission from [alice@example.com]',
      '',
      'From: alice@example.com',
      'Subject: Q1 budget',
    ),
    [],
  ],
  [
    'Exchange: moderated group, message delivered to the moderator for approval',
    mail(
      [`From: ${EXO}`, 'To: alice@example.com', 'Subject: Delivered to moderator: Q1 budget'],
      'Your message to Staff (staff@example.org) is waiting for approval by a moderator.',
      'You will be notified if it is rejected. If it is approved, no further notification will be sent.',
    ),
    [],
  ],
  [
    'ezmlm: message awaiting moderator approval',
    mail(
      [
        'From: staff-help@lists.example.org',
        'To: alice@example.com',
        'Subject: Your post to staff is awaiting approval',
      ],
      "Hi! This is the ezmlm program. I'm managing the staff@lists.example.org mailing list.",
      '',
      'Your message has been sent to the list moderators for approval. It will be posted if a moderator accepts it.',
    ),
    [],
  ],
  [
    'Mailman 2 vette log: post held',
    'Dec 01 10:15:02 2026 (2211) staff post from alice@example.com held, message-id=<CAB7xx1234@mail.example.com>: Post by non-member to a members-only list',
    [],
  ],
];

// A second batch, written after the fixes and measured before any further change.
export const SECOND_BATCH_56: RealWorldCase[] = [
  [
    'Postfix log: list server refuses a non-member at RCPT ("only list members may send")',
    'Dec  2 08:11:09 mx1 postfix/smtp[4410]: 9C1D33A0F1: to=<staff@lists.example.org>, relay=lists.example.org[203.0.113.44]:25, delay=0.5, delays=0.01/0/0.2/0.3, dsn=5.7.1, status=bounced (host lists.example.org[203.0.113.44] said: 550 5.7.1 <staff@lists.example.org>: Recipient address rejected: only list members may send to this list (in reply to RCPT TO command))',
    { ...GROUP_RESTRICTED, recipient: 'staff@lists.example.org', replyCode: 550, status: '5.7.1' },
  ],
  [
    'Sympa in French: not allowed to send to the list',
    mail(
      ['From: SYMPA <sympa@listes.example.org>', 'To: alice@example.com', 'Subject: Message non distribué'],
      "Votre message pour la liste equipe@listes.example.org n'a pas été distribué.",
      '',
      "Vous n'êtes pas autorisé à envoyer des messages à la liste equipe@listes.example.org car vous n'y êtes pas abonné.",
    ),
    GROUP_RESTRICTED,
  ],
  [
    "Google Groups: rejected by the group's moderator",
    mail(
      [
        'From: Google Groups <noreply@googlegroups.com>',
        'To: alice@example.com',
        'Subject: Your message was rejected',
      ],
      "Your message to staff@googlegroups.com was rejected by the group's moderator and was not posted.",
      'Reason: Please keep discussion on topic.',
    ),
    MODERATOR_REJECTED,
  ],
  [
    'ezmlm: moderator did not accept the post',
    mail(
      [
        'From: staff-help@lists.example.org',
        'To: alice@example.com',
        'Subject: MODERATE for staff@lists.example.org',
      ],
      "Hi! This is the ezmlm program. I'm managing the staff@lists.example.org mailing list.",
      '',
      "I'm sorry, your message (enclosed) was not accepted by the moderator.",
      'If the moderator has made any comments, they are shown below.',
    ),
    MODERATOR_REJECTED,
  ],
  [
    'Exchange Online NDR: the group owner restricted who can send',
    mail(
      [`From: ${EXO}`, 'To: alice@example.com', 'Subject: Undeliverable: Partnership'],
      'Delivery has failed to these recipients or groups:',
      '',
      'Sales Team (sales-team@example.org)',
      "Your message wasn't delivered because the group's owner has restricted who can send messages to it.",
      '',
      'Diagnostic information for administrators:',
      '',
      'sales-team@example.org',
      "Remote Server returned '550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized'",
    ),
    { ...GROUP_RESTRICTED, recipient: 'sales-team@example.org' },
  ],
  [
    'M365 NDR in German: group accepts only its organisation (5.7.133)',
    exchangeNdr(
      'vertrieb@example.org',
      [
        'Ihre Nachricht an vertrieb@example.org konnte nicht übermittelt werden.',
        'Die Gruppe "Vertrieb" akzeptiert nur Nachrichten von Personen in ihrer Organisation.',
      ],
      '550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Sender was not authenticated',
    ),
    { ...MS_AUTH_REQUIRED, recipient: 'vertrieb@example.org', status: '5.7.133' },
  ],
  [
    'Exchange on-premises: dynamic distribution group expansion failed',
    '550 5.2.4 Dynamic distribution group expansion failed: the recipient filter could not be evaluated',
    { ...EXPANSION_FAILED, status: '5.2.4' },
  ],
  [
    'Yahoo Groups: posting restricted to members',
    mail(
      [
        'From: Yahoo Groups <notify@yahoogroups.com>',
        'To: alice@example.com',
        'Subject: Delivery to staff failed',
      ],
      'Your message to staff@yahoogroups.com could not be delivered because posting to this group is restricted to members.',
    ),
    GROUP_RESTRICTED,
  ],
  [
    'Mailman 2.1: owner bounce action notification',
    mail(
      [
        'From: staff-bounces@lists.example.org',
        'To: staff-owner@lists.example.org',
        'Subject: Bounce action notification',
      ],
      'This is a Mailman mailing list bounce action notice:',
      '',
      '    List:       Staff',
      '    Member:     bob@example.net',
      '    Action:     Subscription disabled.',
      '    Reason:     Excessive or fatal bounces.',
    ),
    { ...LIST_MEMBER_DISABLED, recipient: 'bob@example.net' },
  ],
  [
    'Freshservice: requester may not create tickets',
    mail(
      [
        'From: IT Helpdesk <helpdesk@example.freshservice.com>',
        'To: alice@example.com',
        'Subject: Your email could not be processed',
      ],
      'Your email to helpdesk@example.freshservice.com could not be processed because only registered users may raise tickets in this helpdesk.',
    ),
    UNREGISTERED_SENDER,
  ],
  [
    'Zimbra: sender not allowed to send to a distribution list (bare)',
    '550 5.7.1 <all@example.net>: sender alice@example.com is not permitted to send to distribution list all@example.net',
    { ...GROUP_RESTRICTED, status: '5.7.1' },
  ],
];

// The second batch's notices that are no failure.
export const NOT_FAILURE_SECOND_56: [
  name: string,
  text: string,
  allow: readonly string[],
  knownWrong?: string,
][] = [
  [
    'Mailman 2 hold: "Post to moderated list"',
    mail(
      [
        'From: staff-bounces@lists.example.org',
        'To: alice@example.com',
        'Subject: Your message to Staff awaits moderator approval',
      ],
      "Your mail to 'Staff' with the subject",
      '',
      '    Offsite dates',
      '',
      'Is being held until the list moderator can review it for approval.',
      '',
      'The reason it is being held:',
      '',
      '    Post to moderated list',
    ),
    [],
  ],
  [
    'Sympa: message sent to the list moderators (other wording)',
    mail(
      [
        'From: SYMPA <sympa@lists.example.org>',
        'To: alice@example.com',
        'Subject: Your message for staff is awaiting moderation',
      ],
      'Your message for list staff@lists.example.org has been submitted to the list moderators. You will be informed if it is rejected.',
    ),
    [],
  ],
  [
    'Google Groups: German pending moderation',
    mail(
      [
        'From: Google Groups <noreply@googlegroups.com>',
        'To: alice@example.com',
        'Subject: Ihre Nachricht wartet auf Moderation',
      ],
      'Ihre Nachricht an die Gruppe team@googlegroups.com wurde empfangen und muss von einem Moderator genehmigt werden.',
    ),
    [],
  ],
];
