/**
 * What admin consoles and tracking tools call their fields and outcomes, for a record copied out of one
 * (extract/console-trace.ts): Google Workspace Email Log Search, Microsoft 365 message trace (EAC and
 * Get-MessageTraceV2 / Get-MessageTraceDetailV2), Exchange Get-MessageTrackingLog, Proofpoint, Mimecast,
 * Barracuda, Cisco, cPanel and Plesk, and sending services' activity views (SendGrid, Mailgun, Postmark,
 * SparkPost, Brevo, Mailjet, Customer.io, Braze, Iterable, HubSpot, Klaviyo, Mailchimp, Marketing Cloud).
 * Labels and outcomes are compared lower-case with spaces, dashes and underscores taken out.
 */

/** A field or column naming the recipient. */
export const RECIPIENT_LABELS: readonly string[] = [
  'recipient',
  'recipients',
  'recipientaddress',
  'to',
  'email',
  'emailaddress',
  'envelopeto',
  'enveloperecipients',
  'rcpt',
  // Marketing platforms and CRMs name the person mailed: HubSpot's and ActiveCampaign's "Contact:", Zoho
  // Campaigns' "Contact email:", Marketing Cloud's "Subscriber:", Klaviyo's "Profile:".
  'contact',
  'contactemail',
  'subscriber',
  'subscriberemail',
  'profile',
];

/** A field or column naming the message's outcome for that recipient. */
export const OUTCOME_LABELS: readonly string[] = [
  'status',
  'deliverystatus',
  'event',
  'eventid',
  'action',
  'finalaction',
  'type',
  'messagedeliverystatus',
  'recipientstate',
  'bouncetype',
  'bouncecategory',
  'severity',
  'result',
  'emailstatus',
  'messagestatus',
  // An exported event's name: Iterable's "eventName": "emailBounce", Braze's "event_type":
  // "users.messages.email.SoftBounce" (its last part is read).
  'eventname',
  'eventtype',
];

/** A field or column holding the reason: the server's reply or the console's own words. */
export const REASON_LABELS: readonly string[] = [
  'smtpreply',
  'smtpresponse',
  'remoteserverresponse',
  'response',
  'reply',
  'reason',
  'reasonextra',
  'detail',
  'details',
  'description',
  'deliverystatus',
  'error',
  'lasterror',
  'rawreason',
  'bouncemessage',
  'bouncereason',
  'smtpbouncereason',
  'diagnosticcode',
  'rejectiontype',
  'rejectioninformation',
  'rejectioninfo',
  'heldreason',
  'postdeliverymessagedetails',
  'replyfromremoteserver',
  'skipreason',
  'recipientstatus',
  'classification',
  'finalrule',
  'bouncesubcategory',
  'result',
  'message',
  // HubSpot's contact property "Email hard bounce reason" (UNKNOWN_USER, MAILBOX_FULL…); ActiveCampaign's
  // "Bounce code: 5.1.1 - Bad destination mailbox address".
  'emailhardbouncereason',
  'bouncecode',
];

/** Outcomes that say the message was not delivered and will not be. */
export const FAILED_OUTCOMES: readonly string[] = [
  'bounced',
  'bounce',
  'failed',
  'fail',
  'failure',
  'dropped',
  'drop',
  'rejected',
  'reject',
  'blocked',
  'hardbounce',
  'hardbounced',
  'hard',
  'blockbounce',
  'permanent',
  'failed(permanent)',
  'notdelivered',
  'undeliverable',
  'quarantined',
  'quarantine',
  'filteredasspam',
  'suppressed',
  'policyrejection',
  'emailbounce',
  'emailhardbounce',
  'dsn',
  'discard',
  'discarded',
  'bouncedemail',
  'emailnotsent',
  'notsent',
  'skipped',
  // Marketing platforms' headings and activity: "Hard bounces", HubSpot's "Email hard bounced", "Email
  // bounced", Mailchimp's "cleaned" contact (removed after hard bounces).
  'hardbounces',
  'emailhardbounced',
  'emailbounced',
  'cleaned',
];

/** Outcomes that say it is still being retried or held. */
export const DELAYED_OUTCOMES: readonly string[] = [
  'deferred',
  'defer',
  'pending',
  'delayed',
  'delay',
  'softbounce',
  'softbounced',
  'soft',
  'emailsoftbounce',
  'temporary',
  'failed(temporary)',
  'held',
  'hold',
  'softbounces',
  'emailsoftbounced',
];

/**
 * Outcomes that say the recipient complained (marked the message as spam): a feedback report, no failure.
 * Klaviyo's "Marked Email as Spam", Braze's "users.messages.email.MarkAsSpam", Iterable's "emailComplaint".
 */
export const COMPLAINT_OUTCOMES: readonly string[] = [
  'markedemailasspam',
  'markedasspam',
  'markasspam',
  'spamcomplaint',
  'emailcomplaint',
  'spamreport',
  'complaint',
  'complained',
];

/** Outcomes that say it arrived: such a row or record gives no failure. */
export const DELIVERED_OUTCOMES: readonly string[] = [
  'delivered',
  'delivery',
  'deliver',
  'sent',
  'allowed',
  'accepted',
  'processed',
  'receive',
  'submit',
  'send',
  'expanded',
  'relayed',
];

/**
 * An outcome or a platform's category that is itself the reason when nothing else says why, in words the phrase
 * rules read: HubSpot's bounce categories (UNKNOWN_USER, MAILBOX_FULL, TIMEOUT…), Marketing Cloud's and Campaign
 * Monitor's and Constant Contact's own reasons. A platform's reading of a reply it does not show: never sure.
 */
export const OUTCOME_WORDS: Readonly<Record<string, string>> = {
  filteredasspam: 'message classified as spam',
  unknownuser: 'user unknown',
  nonexistentaddress: 'user unknown',
  mailboxfull: 'mailbox full',
  softbouncemailboxfull: 'mailbox full',
  timeout: 'connection timed out',
  dnsfailure: 'DNS lookup failed for the recipient domain',
  softbouncednsfailure: 'DNS lookup failed for the recipient domain',
  throttled: 'rate limited, too many messages',
  greylisting: 'greylisted, try again later',
  spam: 'message rejected as spam',
  spamblocker: 'message rejected as spam',
  softbouncemailblockgeneral: 'message blocked by the receiving server as spam',
  policy: "rejected by the receiver's policy",
  dmarc: 'rejected by the DMARC policy of the From domain',
  content: 'message content rejected',
  domainreputation: "rejected for the sending domain's poor reputation",
  ipreputation: "rejected for the sending IP's poor reputation",
  inactiveaccount: 'mailbox inactive',
  closedaccount: 'mailbox disabled',
  domainunknown: 'recipient domain not found',
  invaliddomain: 'recipient domain not found',
  domaindoesntexist: 'recipient domain not found',
  nomailhost: 'the recipient domain has no MX (no mail host)',
  cleaned: 'address is suppressed: the list cleaned it after hard bounces',
};

/** A column that is there only in a view of failed or held messages (Mimecast's rejected and held views). */
export const OUTCOME_OF_COLUMN: Readonly<Record<string, 'failed' | 'delayed'>> = {
  rejectiontype: 'failed',
  rejectioninformation: 'failed',
  heldreason: 'delayed',
  // A bounce's reason, type or category stated at all says it bounced (Constant Contact's "Bounce reason:
  // Mailbox full" and "Bounce type: Other", HubSpot's "Bounce category: Timeout", its "Email hard bounce reason").
  bouncereason: 'failed',
  bouncetype: 'failed',
  bouncecategory: 'failed',
  bouncesubcategory: 'failed',
  smtpbouncereason: 'failed',
  emailhardbouncereason: 'failed',
  // Mailchimp's export of cleaned contacts (CLEAN_TIME): removed after hard bounces.
  cleantime: 'failed',
};

/** A column only an export of such contacts has, read as their reason when no other field gives one. */
export const REASON_OF_COLUMN: Readonly<Record<string, string>> = {
  cleantime: 'cleaned',
};
