/**
 * Phishing dressed as a delivery or mailbox notice ("4 incoming messages are pending: release them here",
 * "your mailbox is full: verify your account"): the words that give it away. Matched on lower-case text with
 * runs of white space made one space; every pattern is linear (literal words, bounded gaps).
 */

import {
  CALLS_TO_ACTION_LANGUAGES,
  CREDENTIAL_ASKS_LANGUAGES,
  PRESSURE_LANGUAGES,
  WAITING_MAIL_LANGUAGES,
} from './lure-phrases-languages.js';

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
  // "Re-send undelivered messages", "Release to Inbox".
  /\bre-?send (?:the |your |all )?(?:undelivered |failed |pending |held )?(?:messages|e-?mails|mails)\b/,
  /\brelease (?:them |it |messages |e-?mails )?(?:to|into) (?:your )?inbox\b/,
  ...CALLS_TO_ACTION_LANGUAGES,
];

/** Asking for a login or the account's confirmation: what a mail server never asks in a notice. */
export const CREDENTIAL_ASKS: readonly RegExp[] = [
  /\b(?:verify|confirm|validate|re-?validate|reactivate|re-?activate|update|authenticate) (?:your )?(?:e-?mail|account|mailbox|identity|password|credentials|login)\b/,
  /\bkeep (?:using )?(?:your )?(?:current|same|existing) password\b/,
  /\b(?:sign|log) ?in (?:to|below to|here to) (?:release|restore|retrieve|recover|continue|keep|avoid|verify|confirm|receive|access)\b/,
  /\bpassword (?:expires|will expire|has expired) (?:today|soon|in \d{1,3})\b/,
  // "Sign in with your email password", "Login with your email and password".
  /\b(?:sign|log) ?in with your (?:e-?mail|password|account|credentials)\b/,
  ...CREDENTIAL_ASKS_LANGUAGES,
];

/** A short deadline or a threat, which real notices do not set. */
export const PRESSURE: readonly RegExp[] = [
  /\bwithin (?:the next )?\d{1,2} ?(?:hours|hrs|h)\b/,
  /\b(?:24|48|72) hours\b/,
  /\bpermanently (?:deleted|lost|removed|closed|disabled|suspended|blocked)\b/,
  /\bfailure to (?:verify|confirm|comply|act|update|upgrade|validate|release)\b/,
  /\bavoid (?:losing|loss|deactivation|suspension|termination|closure|interruption|deletion)\b/,
  /\b(?:account|mailbox|e-?mail|mail) will be (?:suspended|deactivated|terminated|closed|disabled|blocked|deleted)\b/,
  /\bfinal (?:notice|warning|reminder)\b/,
  // Days, not a digest's weeks: "will be automatically deleted after 3 days".
  /\b(?:deleted|removed|returned to (?:the )?senders?) (?:after|in|within) (?:[1-7] days|\d{1,2} hours)\b/,
  ...PRESSURE_LANGUAGES,
];

/**
 * A count of mail said to be waiting for the reader: "(4) incoming messages", "6 pending emails", "11
 * messages on hold", "3 messages are pending".
 */
export const WAITING_MAIL: readonly RegExp[] = [
  /\(?\b\d{1,4}\)? (?:new |incoming |pending |held |undelivered |unreceived |blocked |queued |failed ){1,3}(?:messages|e-?mails|mails)\b/,
  /\b\d{1,4}\)? (?:new )?(?:messages|e-?mails|mails) (?:are |have been |were )?(?:on hold|pending|held|waiting|blocked|queued|undelivered)\b/,
  ...WAITING_MAIL_LANGUAGES,
];

/**
 * Registrable domains whose links a genuine provider's or filter's notice carries (help pages, quarantine
 * portals): a notice whose every link points to one of them, or to the reader's own domain, is no lure.
 */
export const NOTICE_LINK_DOMAINS: readonly string[] = [
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
  // More filters' quarantine portals, and the hosting panels and sending services whose notices link home.
  'proofpointessentials.com',
  'hornetsecurity.com',
  'spamtitan.com',
  'titanhq.com',
  'libraesva.com',
  'spamexperts.com',
  'mailchannels.net',
  'checkpoint.com',
  'forcepoint.com',
  'zix.com',
  'cpanel.net',
  'plesk.com',
  'zimbra.com',
  'mailgun.com',
  'sendgrid.com',
  'mailchimp.com',
];

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

/**
 * Free page, file and form hosting, and dynamic DNS: where a phishing page is put up in minutes. No mail
 * provider's notice links there, so a notice asking to act through such a link needs no other sign.
 */
export const PAGE_HOSTS: readonly string[] = [
  'r2.dev',
  'web.app',
  'firebaseapp.com',
  'pages.dev',
  'workers.dev',
  'netlify.app',
  'vercel.app',
  'glitch.me',
  'ipfs.io',
  'dweb.link',
  'weebly.com',
  'wixsite.com',
  'blogspot.com',
  '000webhostapp.com',
  'webflow.io',
  'square.site',
  'webnode.page',
  'azurewebsites.net',
  'onrender.com',
  'duckdns.org',
  'github.io',
  'herokuapp.com',
  'ngrok-free.app',
  'surge.sh',
  'replit.app',
  'godaddysites.com',
  'jimdosite.com',
  'yolasite.com',
  'jotform.com',
  'typeform.com',
];
