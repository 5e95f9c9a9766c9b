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

/** An outcome that is itself the reason when nothing else says why, in words the phrase rules read. */
export const OUTCOME_WORDS: Readonly<Record<string, string>> = {
  filteredasspam: 'message classified as spam',
};

/** A column that is there only in a view of failed or held messages (Mimecast's rejected and held views). */
export const OUTCOME_OF_COLUMN: Readonly<Record<string, 'failed' | 'delayed'>> = {
  rejectiontype: 'failed',
  rejectioninformation: 'failed',
  heldreason: 'delayed',
};
