/**
 * Phishing dressed as a delivery or mailbox notice ("4 incoming messages are pending: release them here",
 * "your mailbox is full: verify your account"): the words that give it away. Matched on lower-case text with
 * runs of white space made one space; every pattern is linear (literal words, bounded gaps).
 */

/** Text a real bounce or delivery report quotes: a lure seldom does, and text holding one is read as a bounce. */
export const BOUNCE_MARKERS: readonly RegExp[] = [
  /\b[245]\d\d[ -][245]\.\d{1,3}\.\d{1,3}\b/, // "550 5.1.1", "421-4.7.0"
  /^[ \t]*(?:final-recipient|diagnostic-code|reporting-mta|action):/im,
  /\bsmtp; ?[245]\d\d\b/,
  /\b(?:remote server returned|host [\w.-]+ said|said: [245]\d\d|in reply to (?:rcpt to|end of data))/,
];

/** Asking the reader to act through the message: release or recover mail, click, verify an account. */
export const CALLS_TO_ACTION: readonly RegExp[] = [
  /\b(?:release|retrieve|restore|recover|unblock|receive|access)(?: (?:your|the|all|these|those))?(?: (?:pending|held|incoming|undelivered|blocked|queued|suspended|quarantined|missing|failed))? (?:messages|e-?mails|mails)\b/,
  /\b(?:click|tap) (?:here|below|on the (?:link|button)|the (?:link|button))\b/,
  /\b(?:upgrade|increase|expand|extend) (?:your )?(?:mailbox|quota|storage|e-?mail storage)\b/,
];

/** Asking for a login or the account's confirmation: what a mail server never asks in a notice. */
export const CREDENTIAL_ASKS: readonly RegExp[] = [
  /\b(?:verify|confirm|validate|re-?validate|reactivate|re-?activate|update|authenticate) (?:your )?(?:e-?mail|account|mailbox|identity|password|credentials|login)\b/,
  /\bkeep (?:using )?(?:your )?(?:current|same|existing) password\b/,
  /\b(?:sign|log) ?in (?:to|below to|here to) (?:release|restore|retrieve|recover|continue|keep|avoid|verify|confirm|receive|access)\b/,
  /\bpassword (?:expires|will expire|has expired) (?:today|soon|in \d{1,3})\b/,
];

/** A short deadline or a threat, which real notices do not set. */
export const PRESSURE: readonly RegExp[] = [
  /\bwithin (?:the next )?\d{1,2} ?(?:hours|hrs|h)\b/,
  /\b(?:24|48|72) hours\b/,
  /\bpermanently (?:deleted|lost|removed|closed|disabled|suspended|blocked)\b/,
  /\bfailure to (?:verify|confirm|comply|act|update|upgrade|validate|release)\b/,
  /\bto avoid (?:losing|loss|deactivation|suspension|termination|closure|interruption|deletion)\b/,
  /\b(?:account|mailbox|e-?mail) will be (?:suspended|deactivated|terminated|closed|disabled|blocked|deleted)\b/,
  /\bfinal (?:notice|warning|reminder)\b/,
];

/** A count of mail said to be waiting for the reader: "(4) incoming messages", "6 pending emails". */
export const WAITING_MAIL =
  /\(?\b\d{1,4}\)? (?:new |incoming |pending |held |undelivered |unreceived |blocked |queued |failed ){1,3}(?:messages|e-?mails|mails)\b/;

/**
 * Registrable domains whose links a genuine provider's or filter's notice carries (help pages, quarantine
 * portals): a notice whose every link points to one of them, or to the reader's own domain, is no lure.
 */
export const NOTICE_LINK_DOMAINS: ReadonlySet<string> = new Set([
  'microsoft.com',
  'office.com',
  'office365.com',
  'outlook.com',
  'live.com',
  'microsoftonline.com',
  'google.com',
  'gmail.com',
  'apple.com',
  'icloud.com',
  'yahoo.com',
  'aol.com',
  'zoho.com',
  'proton.me',
  'protonmail.com',
  'fastmail.com',
  'mimecast.com',
  'proofpoint.com',
  'pphosted.com',
  'barracudanetworks.com',
  'barracuda.com',
  'sophos.com',
  'trendmicro.com',
  'cisco.com',
  'iphmx.com',
  'messagelabs.com',
  'broadcom.com',
]);

/** Hosts of those domains where anyone can publish a page or a form: links there prove nothing. */
export const USER_CONTENT_HOSTS: readonly string[] = [
  'docs.google.com',
  'sites.google.com',
  'forms.gle',
  'storage.googleapis.com',
  'forms.office.com',
  'onedrive.live.com',
  '1drv.ms',
  'sharepoint.com',
];
