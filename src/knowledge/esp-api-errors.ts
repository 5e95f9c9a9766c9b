/**
 * The error sentences a sending service's API answers with when it refuses to send at all (lower case): no
 * reply code, no bounce heading, yet a mail admin pastes them as the bounce. Each names one cause, and its
 * wording alone makes a pasted text a refusal.
 */
export interface ApiRefusal {
  service: string;
  cause: string;
  phrases: readonly string[];
}

export const ESP_API_REFUSALS: readonly ApiRefusal[] = [
  {
    // "Domain sandbox….mailgun.org is not allowed to send: Free accounts are for test purposes only. …"
    service: 'Mailgun',
    cause: 'sender-account-blocked',
    phrases: [
      'free accounts are for test purposes only',
      'sandbox subdomains are for test purposes only',
      'add the address to authorized recipients',
    ],
  },
  {
    // Mailgun: "Domain mg.example.com is not allowed to send: The domain is disabled. Please contact support."
    service: 'Mailgun',
    cause: 'sender-account-blocked',
    phrases: ['not allowed to send: the domain is disabled'],
  },
  {
    // Mailjet: "Sender alice@x is not authorized. Please validate it on …/account/sender": an unvalidated sender.
    service: 'Mailjet',
    cause: 'from-not-permitted',
    phrases: ['is not authorized. please validate'],
  },
  {
    // "The 'From' address you supplied (x) is not a Sender Signature on your account."
    service: 'Postmark',
    cause: 'from-not-permitted',
    phrases: ['is not a sender signature', 'sender signature not confirmed'],
  },
  {
    // "The from address does not match a verified Sender Identity. Mail cannot be sent until …"
    service: 'SendGrid',
    cause: 'from-not-permitted',
    phrases: ['does not match a verified sender identity'],
  },
  {
    // Event reasons of an address the service will not send to again: Brevo's "blocked : due to blacklist
    // user", Mailjet's "blocked" events with error "preblocked" or "spam reporter".
    service: 'Brevo / Mailjet',
    cause: 'suppressed',
    // Brevo's contact page: "Blocklisted for email campaigns" (after a hard bounce, a complaint, an unsubscribe).
    phrases: [
      'due to blacklist user',
      'preblocked',
      'spam reporter',
      'duplicate in campaign',
      'blocklisted for email campaigns',
    ],
  },
  {
    // Postmark's API (ErrorCode 412): "While your account is pending approval, all recipient addresses must
    // share the same domain as the 'From' address."
    service: 'Postmark',
    cause: 'outside-domain-not-allowed',
    phrases: ['while your account is pending approval', 'must share the same domain as the'],
  },
  {
    // Brevo's API: "Unable to send email. Your SMTP account is not yet activated. Please contact us …"
    service: 'Brevo',
    cause: 'sender-account-blocked',
    phrases: ['smtp account is not yet activated'],
  },
  {
    // Postmark's API (ErrorCode 10): "The Server Token you provided in the X-Postmark-Server-Token request
    // header was invalid."; the sender's own credentials.
    service: 'Postmark',
    cause: 'auth-required',
    phrases: ['server token you provided', 'account token you provided'],
  },
  {
    // Postmark's and Amazon SES's account-level stops: "Sending has been disabled for this account.",
    // "(AccountSendingPausedException) … Email sending is disabled for your entire Amazon SES account."
    service: 'Postmark / Amazon SES',
    cause: 'sender-account-blocked',
    phrases: [
      'sending has been disabled for this account',
      'accountsendingpausedexception',
      'email sending is disabled for your entire',
      'please activate your mailgun account',
      // Brevo: "Your account is under validation. Please contact our support team to get it activated."
      'your account is under validation',
      // SendGrid: "Your account is under review. Sending is disabled until the review is complete."
      'your account is under review',
    ],
  },
  {
    // Mailgun: "Domain x is not allowed to send: The domain is unverified and requires DNS configuration.";
    // Resend (403): "The example.com domain is not verified. Please, add and verify your domain on …".
    service: 'Mailgun / Resend',
    cause: 'from-not-permitted',
    phrases: ['domain is unverified and requires dns', 'add and verify your domain'],
  },
  {
    // SparkPost's API (2102): "Exceed Sending Limit (daily)", also hourly and per-sub-account.
    service: 'SparkPost',
    cause: 'rate-limited',
    phrases: ['exceed sending limit'],
  },
  {
    // SMTP2GO's API: {"data": {"error": "You have exceeded your sending rate limit …", "error_code":
    // "E_ApiResponseCodes.RATE_LIMIT_EXCEEDED"}}: the account's own rate at the service.
    service: 'SMTP2GO',
    cause: 'rate-limited',
    phrases: ['exceeded your sending rate limit', 'e_apiresponsecodes.rate_limit_exceeded'],
  },
  {
    // SMTP2GO's API: "The sender address x is not a verified sender on this account" (error_code
    // "E_ApiResponseCodes.NON_VALIDATED_SENDER"): the account has not verified the From address or domain.
    service: 'SMTP2GO',
    cause: 'from-not-permitted',
    phrases: ['is not a verified sender', 'e_apiresponsecodes.non_validated_sender'],
  },
  {
    // Brevo's API with authorised IPs on: "We have detected you are using an unrecognised IP address x".
    service: 'Brevo',
    cause: 'relay-not-authorised',
    phrases: ['using an unrecognised ip address', 'using an unrecognized ip address'],
  },
  {
    // SparkPost's API (7001): "Unconfigured Sending Domain <example.com>": the From domain is not set up.
    service: 'SparkPost',
    cause: 'from-not-permitted',
    phrases: ['unconfigured sending domain'],
  },
  {
    // Mandrill's send API: "reject_reason": "hard-bounce" (or "spam", "unsub"): the address is on its reject list.
    service: 'Mandrill',
    cause: 'suppressed',
    phrases: [
      '"reject_reason":"hard-bounce"',
      '"reject_reason": "hard-bounce"',
      '"reject_reason":"unsub"',
      '"reject_reason": "unsub"',
    ],
  },
  {
    // Amazon SES with sending paused after a review: "MessageRejected: Sending paused for this account."
    service: 'Amazon SES',
    cause: 'sender-account-blocked',
    phrases: ['sending paused for this account'],
  },
  {
    // The sending account's own quota or rate at the service: Amazon SES's "Throttling … Daily message
    // quota exceeded." and "Maximum sending rate exceeded.".
    service: 'Amazon SES',
    cause: 'rate-limited',
    phrases: ['daily message quota exceeded', 'maximum sending rate exceeded'],
  },
  {
    // An API refusing the account's calls for their rate: HTTP 429 as a client library words it (SendGrid's
    // Python client: "HTTP Error 429: Too Many Requests"; a raw status line "HTTP/1.1 429 Too Many Requests"),
    // and SendGrid v3's body for it: {"errors":[{"message":"too many requests",…}]}.
    service: 'SendGrid (any HTTP API)',
    cause: 'rate-limited',
    phrases: [
      'error 429: too many requests',
      'http/1.1 429 too many requests',
      '"message":"too many requests"',
    ],
  },
  {
    // SendGrid's deferral events for its own pacing per receiver ("Email was deferred due to the following
    // reason(s): [IPs reached ISP-suggested max connection limits …]", "… hourly limits", "IPs were throttled by
    // recipient server"): the service slows the sender's mail down; it retries for up to 72 hours.
    service: 'SendGrid',
    cause: 'too-many-connections',
    phrases: ['isp-suggested max connection limits'],
  },
  {
    service: 'SendGrid',
    cause: 'rate-limited',
    phrases: ['isp-suggested hourly limits', 'ips were throttled by recipient server'],
  },
  {
    // Out of credits: SendGrid's 401 "Maximum credits exceeded", Postmark's 405 "you have run out of credits".
    // SendGrid's drop "Recipient List over Package Quota": the plan's contact limit, not the recipient.
    service: 'SendGrid / Postmark',
    cause: 'sender-account-blocked',
    phrases: ['maximum credits exceeded', 'you have run out of credits', 'recipient list over package quota'],
  },
  {
    // The API key itself was refused: SendGrid's 401 "The provided authorization grant is invalid, expired, or
    // revoked" and 403 "access forbidden" (a key without the mail send permission), Brevo's 401 "Key not found".
    service: 'SendGrid / Brevo',
    cause: 'auth-required',
    phrases: [
      'the provided authorization grant is invalid',
      '"message":"access forbidden"',
      '"message": "access forbidden"',
      '"code":"unauthorized","message":"key not found"',
      // Mailjet's 401: "API key authentication/authorization failure. …".
      'api key authentication/authorization failure',
    ],
  },
  {
    // Mailgun: {"message": "Domain not found: mg.example.com"}: the sending domain is not set up on the account.
    service: 'Mailgun',
    cause: 'from-not-permitted',
    phrases: ['"message": "domain not found', '"message":"domain not found'],
  },
  {
    // An address the service refused before sending: SendGrid's 400 "Does not contain a valid address.",
    // Mailgun's "'to' parameter is not a valid address", Postmark's 300 "Invalid 'To' address", Brevo's
    // "email is not valid in to", Mailjet's send-0003 "… is an invalid email address.".
    service: 'SendGrid / Mailgun / Postmark / Brevo / Mailjet',
    cause: 'syntax-error',
    phrases: [
      'does not contain a valid address',
      'parameter is not a valid address',
      "invalid 'to' address",
      "invalid 'cc' address",
      "invalid 'bcc' address",
      "invalid 'from' address",
      'email is not valid in to',
      'is an invalid email address',
    ],
  },
  {
    // The message the application built was refused by the API: SendGrid's 400 "The attachment content must
    // be base64 encoded.".
    // A drop for the application's own X-SMTPAPI header: "Invalid SMTPAPI header".
    service: 'SendGrid',
    cause: 'content-error',
    phrases: ['content must be base64 encoded', 'invalid smtpapi header'],
  },
  {
    // SendGrid's own spam checker app dropping the message: "Spam Content (if spam checker app enabled)".
    service: 'SendGrid',
    cause: 'outbound-filter',
    phrases: ['spam content (if spam checker app enabled)'],
  },
  {
    // SendGrid's Invalid Emails list: "Mail domain mentioned in email address is unknown".
    service: 'SendGrid',
    cause: 'domain-not-found',
    phrases: ['mail domain mentioned in email address is unknown'],
  },
  {
    // SparkPost's 1902 "Message generation rejected": "recipient address suppressed due to customer policy".
    // Its global list: "554 5.7.1 recipient address was suppressed due to system policy".
    service: 'SparkPost',
    cause: 'suppressed',
    phrases: ['suppressed due to customer policy', 'suppressed due to system policy'],
  },
  {
    // Amazon SES's global suppression list: "Amazon SES has suppressed sending to this address because it has a
    // recent history of bouncing as an invalid address."; Postmark's SMTP answer for an inactive recipient ("…
    // has generated a hard bounce, a spam complaint, or was manually suppressed"), before 'spam complaint'.
    service: 'Amazon SES / Postmark',
    cause: 'suppressed',
    // Postmark's API (406): "You tried to send to recipient(s) that have been marked as inactive. Found inactive
    // addresses: x. …".
    phrases: [
      'has suppressed sending to this address',
      'was manually suppressed',
      'found inactive addresses',
      'that have been marked as inactive',
      'that has been marked as inactive',
    ],
  },
  {
    // A dashboard's or log view's copy of a drop: SendGrid's Email Activity "Reason: Bounced Address" (or
    // Unsubscribed, Spam Reporting Address), Mailgun's log "Not delivering to previously bounced address".
    service: 'SendGrid / Mailgun',
    cause: 'suppressed',
    phrases: [
      'reason: bounced address',
      'reason: unsubscribed address',
      'reason: spam reporting address',
      'not delivering to previously bounced address',
    ],
  },
  {
    // A list manager that stopped sending to a member after repeated bounces: the list's own side acts, no
    // receiver refused this message. Mailman 2's owner notice ("Reason: Excessive or fatal bounces.") and
    // member notice ("has been disabled due to excessive bounces"), Mailman 3's "… due to their bounce score
    // exceeding the mailing list's bounce_score_threshold", Sympa's "Because we received MANY non-delivery
    // reports" (in French too), phpList's "… over threshold (3), user marked unconfirmed".
    service: 'Mailman / Sympa / phpList',
    cause: 'list-member-disabled',
    phrases: [
      'excessive or fatal bounces',
      // Not "suspended due to excessive bounces": a sending account's suspension is no suppression.
      'has been disabled due to excessive bounces',
      'bounce_score_threshold',
      // Mailman 3's warning to the member: "Your subscription has been disabled on the … mailing list because
      // it has received a number of bounces …" (its probe says "has received a number of bounces from you").
      'because it has received a number of bounces',
      'received many non-delivery reports',
      // Sympa in French: "Parce que nous avons reçu BEAUCOUP de rapports de non-remise, les abonnés …".
      'reçu beaucoup de rapports de non-remise',
      // phpList's processbounces: "User x has consecutive bounces (3) over threshold (3), user marked
      // unconfirmed" (or ", user blacklisted" when so configured).
      'user marked unconfirmed',
      '), user blacklisted',
      // LISTSERV's and Sympa's notice to a member removed for bouncing: "… has been terminated because mail
      // sent to your address was consistently returned as undeliverable", "(bouncing address)".
      'consistently returned as undeliverable',
      'repeated delivery errors',
      'bouncing address',
    ],
  },
];

/**
 * A sending service's API framing of an error whose words decide the cause elsewhere (an SDK's exception
 * name, a JSON error envelope): it makes a pasted text a refusal, as the phrases above do.
 */
export const ESP_API_MARKERS: readonly string[] = [
  // Amazon SES through boto3 and the JavaScript SDK: "An error occurred (MessageRejected) when calling the
  // SendEmail operation: …", "MessageRejected: …".
  'an error occurred (messagerejected)',
  'messagerejected: ',
  'when calling the sendemail operation',
  'when calling the sendrawemail operation',
];

/**
 * Amazon SES bounce notifications name the kind of bounce (bounceSubType) and often give no SMTP text: the
 * status and sentence each documented subtype stands for, in words the reply rules read.
 */
export const SES_BOUNCE_SUBTYPES: Readonly<Record<string, { status?: string; diagnostic: string }>> = {
  NoEmail: { status: '5.1.1', diagnostic: 'Amazon SES: the recipient address does not exist (NoEmail)' },
  MailboxFull: { status: '5.2.2', diagnostic: 'Amazon SES: mailbox full (MailboxFull)' },
  MessageTooLarge: { status: '5.3.4', diagnostic: 'Amazon SES: message too large (MessageTooLarge)' },
  ContentRejected: { diagnostic: "Amazon SES: content refused by the receiver's policy (ContentRejected)" },
  AttachmentRejected: {
    diagnostic: "Amazon SES: attachment refused by the receiver's policy (AttachmentRejected)",
  },
};

/**
 * Amazon SES DeliveryDelay events name why SES is still retrying (delayType), often with no SMTP text: the
 * status and sentence each documented type stands for, in words the reply rules read.
 */
export const SES_DELAY_TYPES: Readonly<Record<string, { status?: string; diagnostic: string }>> = {
  MailboxFull: { status: '4.2.2', diagnostic: 'Amazon SES: mailbox full, still retrying (MailboxFull)' },
  // "The IP address that's sending the message is being blocked or throttled by the recipient's email provider."
  IPFailure: {
    diagnostic:
      "Amazon SES: the recipient's provider blocks or throttles the sending IP address, a reputation or rate limit (IPFailure)",
  },
  SpamDetected: {
    diagnostic:
      "Amazon SES: the recipient's server detected a large amount of unsolicited mail from the account (SpamDetected)",
  },
  TransientCommunicationFailure: {
    diagnostic:
      "Amazon SES: temporary communication failure with the recipient's server, still retrying (TransientCommunicationFailure)",
  },
  RecipientServerError: {
    diagnostic:
      "Amazon SES: the recipient's server has a temporary problem, still retrying (RecipientServerError)",
  },
};

/** Amazon SES Reject events (event publishing): SES itself refused to send, for the reason given. */
export const SES_REJECT_REASONS: Readonly<Record<string, string>> = {
  'Bad content': 'Amazon SES rejected the message: virus detected in the content (Bad content)',
};

/**
 * Mailjet's bounce events name the failure in its own few words ("error") with no SMTP reply: the status
 * subject and detail each recipient-related error stands for (the class follows "hard_bounce").
 */
export const MAILJET_ERROR_STATUS: Readonly<Record<string, string>> = {
  'user unknown': '1.1',
  'invalid domain': '1.2',
  'mailbox inactive': '2.1',
  'quota exceeded': '2.2',
  // The domain has no MX (nor an address to fall back to).
  'no mail host': '4.4',
};

/**
 * Postmark's bounce Types whose Description misleads or says too little: what each stands for, in words the
 * reply rules read, or that it is no failure (a challenge-response system asking to verify the sender).
 * `diagnostic` stands in for a reply the event lacks; `reading` is added after the one it has (Yahoo's "554
 * 5.7.9 Message not accepted for policy reasons" that Postmark typed DMARCPolicy is the From domain's DMARC
 * policy).
 */
export const POSTMARK_BOUNCE_TYPES: Readonly<
  Record<string, { diagnostic?: string; reading?: string; kind?: 'auto-reply' }>
> = {
  AutoResponder: { kind: 'auto-reply' },
  ChallengeVerification: { kind: 'auto-reply' },
  ManuallyDeactivated: { diagnostic: 'Postmark: address is suppressed (ManuallyDeactivated)' },
  BadEmailAddress: { diagnostic: 'Postmark: malformed address (BadEmailAddress)' },
  AddressChange: { diagnostic: 'Postmark: the recipient has moved to a new address (AddressChange)' },
  DMARCPolicy: {
    diagnostic: "Postmark: rejected by the From domain's DMARC policy (DMARCPolicy)",
    reading: "Postmark: the From domain's DMARC policy (DMARCPolicy)",
  },
};

/** Mailjet's errors that are its own decision or too terse for the reply rules, in their words. */
export const MAILJET_ERROR_WORDS: Readonly<Record<string, string>> = {
  // The contact is on the account's exclusion list: Mailjet did not send.
  blacklisted: 'address is suppressed (blacklisted)',
  // The domain looks like a misspelt one: Mailjet did not send.
  typofix: 'recipient domain not found, it looks like a typo (typofix)',
  'content blocked': 'message content rejected as spam (content blocked)',
  'relay/access denied': 'relay access denied (relay/access denied)',
};

/**
 * Mandrill's (Mailchimp Transactional's) bounce_description when its event carries no "diag" of the
 * receiver's, in words the reply rules read.
 */
export const MANDRILL_BOUNCE_DESCRIPTIONS: Readonly<Record<string, string>> = {
  bad_mailbox: 'Mandrill: the recipient mailbox does not exist (bad_mailbox)',
  invalid_domain: 'Mandrill: the recipient domain does not exist (invalid_domain)',
  mailbox_full: 'Mandrill: mailbox full (mailbox_full)',
  spam_related: 'Mandrill: rejected as spam (spam_related)',
  invalid_address: 'Mandrill: malformed address (invalid_address)',
};

/**
 * HubSpot's email events: why a DROPPED event was never sent (dropReason). Most are HubSpot refusing an address
 * that bounced, complained or unsubscribed before; the rest say what they are.
 */
export const HUBSPOT_DROP_REASONS: Readonly<Record<string, string>> = {
  INVALID_TO_ADDRESS: 'HubSpot did not send: malformed address (INVALID_TO_ADDRESS)',
};

/** The refusal wording of every service, in one list. */
export const API_REFUSAL_PHRASES: readonly string[] = [
  ...ESP_API_REFUSALS.flatMap((r) => r.phrases),
  ...ESP_API_MARKERS,
];
