import { AUTO_REPLY_PREFIXES, AUTO_REPLY_SUBJECT_WORDS } from '../knowledge/auto-reply-subjects.js';
import { CLIENT_ERROR_MARKERS } from '../knowledge/client-errors.js';
import { API_REFUSAL_PHRASES } from '../knowledge/esp-api-errors.js';
import { HELD_NOTICES, QUOTA_WARNINGS, SUCCESS_NOTICES } from '../knowledge/not-failure-notices.js';
import {
  GENERATED_NOTICE_WORDS,
  NOTICE_DELAY_WORDS,
  NOTICE_FINAL_WORDS,
  NOTICE_HEADING_PATTERNS,
  NOTICE_HEADINGS,
  RECIPIENT_GROUP_WORDS,
} from '../knowledge/notice-headings.js';
import { REPLY_PHRASES } from '../knowledge/reply-phrases.js';
import { findMarker } from './email/returned-message.js';
import { LiteralSet } from './extract/literal-set.js';
import { collapseWhitespace } from './extract/smtp-reply.js';
import { containsPhrase, firstMatch, foldLetters } from './match-phrases.js';
import { sectionOutcomes } from './notice-sections.js';
import { readOwnServerFailure } from './own-server-failure.js';

/** Telling bounces from auto-replies and from mail that is neither. */

// Every language's notice wording, in one set: a notice may mix languages (a heading and an English reply).
// One scan finds any of them, however many languages the list holds.
const FAILURE_WORDS = new LiteralSet(Object.values(NOTICE_HEADINGS).flat());

export function isFailureNotice(subject: string, body: string): boolean {
  const text = plainWords(`${subject}\n${body.slice(0, 6000)}`.toLowerCase());
  return (
    FAILURE_WORDS.occursIn(text) ||
    hasRecipientGroupHeading(text) ||
    NOTICE_HEADING_PATTERNS.some((p) => p.test(text))
  );
}

/**
 * The notice's words as the lists write them: straight apostrophes for the curly ones web mail and phones
 * type ("wasn’t delivered", "couldn’t be delivered"), and a plain space for a non-breaking one.
 */
function plainWords(lower: string): string {
  return lower.replace(CURLY_OR_NBSP, (c) => (c === '\u00a0' ? ' ' : "'"));
}

const CURLY_OR_NBSP = /[\u2018\u2019\u00a0]/g;

const GENERATED_WORDS = new LiteralSet(GENERATED_NOTICE_WORDS);

/** Whether the text holds a mail system's own notice template (Postfix's, Exim's, Gmail's…), not a person's retelling. */
export function isGeneratedNotice(text: string): boolean {
  return GENERATED_WORDS.occursIn(plainWords(text.toLowerCase()));
}

const DELAY_WORDS = new LiteralSet(NOTICE_DELAY_WORDS);
const FINAL_WORDS = new LiteralSet(NOTICE_FINAL_WORDS);

/**
 * What a notice without DSN fields says of the message, as a DSN's Action would: still queued and retried
 * (`delayed`), or given up and returned (`failed`); undefined when it says neither. A notice that gives the
 * message back (`returnedCopy`: attached or quoted; looked for in the body when not told) without a word of
 * trying again has given up: a warning says it is one ("THIS IS A WARNING MESSAGE ONLY", "will retry").
 */
export function noticeAction(
  subject: string,
  body: string,
  returnedCopy?: boolean,
): 'delayed' | 'failed' | undefined {
  // The returned copy's own words ("the job will retry at 02:00") are the sender's, not the notice's.
  const copyAt = findMarker(body.slice(0, MAX_COPY_SEARCH));
  const own = body.slice(0, copyAt >= 0 ? Math.min(copyAt, 6000) : 6000);
  // Notices wrap their sentences anywhere ("your message could not\nbe delivered to one or more recipients").
  const text = plainWords(collapseWhitespace(`${subject}\n${own}`.toLowerCase()));
  if (DELAY_WORDS.occursIn(text)) return 'delayed';
  if (FINAL_WORDS.occursIn(text)) return 'failed';
  return (returnedCopy ?? copyAt >= 0) ? 'failed' : undefined;
}

// How far into a notice its returned copy's marker line is looked for.
const MAX_COPY_SEARCH = 20_000;

/**
 * A notice's per-recipient outcome: the outcome of the list a recipient is named in (Sendmail's fatal and
 * non-fatal lists in one notice), else the notice's own (`noticeAction`).
 */
export function noticeOutcomes(
  subject: string,
  body: string,
  returnedCopy?: boolean,
): (recipient: string | undefined) => 'delayed' | 'failed' | undefined {
  const action = noticeAction(subject, body, returnedCopy);
  const bySection = sectionOutcomes(body);
  return bySection ? (recipient) => bySection(recipient) ?? action : () => action;
}

/**
 * What a notice without DSN fields says of a message that did not fail: held (for a list's moderator, in a
 * quarantine), delivered or relayed (a success report), or a warning that no message failed yet (a mailbox
 * nearly full). Undefined for anything else, and for a notice that also says delivery failed.
 */
export function notFailureKind(
  subject: string,
  body: string,
): 'held' | 'warning' | 'delivered' | 'relayed' | undefined {
  const text = `${subject}\n${body.slice(0, 6000)}`.toLowerCase();
  const kind = HELD_NOTICES.some((w) => text.includes(w))
    ? 'held'
    : isQuotaWarning(text)
      ? 'warning'
      : SUCCESS_NOTICES.find((n) => text.includes(n.text))?.action;
  // A receipt quotes the original's subject ("Subject: RE: Delivery failed"): its words are not the notice's.
  return kind && !isFailureNotice(subject, body.slice(0, 6000).replace(QUOTED_SUBJECT, ''))
    ? kind
    : undefined;
}

/** A mailbox nearly full, and no failure quoted (lower-case text; '%' or 'full' is looked for first, cheaply). */
function isQuotaWarning(text: string): boolean {
  return (
    (text.includes('%') || text.includes(' full')) &&
    QUOTA_WARNINGS.some((w) => w.test(text)) &&
    !FAILURE_SIGN.test(text)
  );
}

const QUOTED_SUBJECT = /^[ \t]*subject:[^\n]*/gim;
// A reply code, a status, or words of a failure: a quota warning holding one is a refusal quoting it.
const FAILURE_SIGN =
  /\b[245]\d\d[ -]|\b[245]\.\d{1,3}\.\d{1,3}\b|\b(?:fail|undeliver|rejected|bounced|returned to sender|could not be delivered)/;

const MAX_HEADING_TAIL = 60;

/** An Exchange heading line: "… these recipients or groups:" in any language, ending its line. */
function hasRecipientGroupHeading(lower: string): boolean {
  for (const word of RECIPIENT_GROUP_WORDS) {
    for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + word.length)) {
      // The heading ends with its colon, maybe after what happened ("… est retardée :", "…に失敗しました:");
      // only a bounded stretch after the words is looked at, so repeated words stay linear.
      const after = lower.slice(at + word.length, at + word.length + MAX_HEADING_TAIL);
      const end = after.indexOf('\n');
      const tail = end >= 0 ? after.slice(0, end) : after.length < MAX_HEADING_TAIL ? after : '';
      if (/[:：]\s*$/.test(tail)) return true;
    }
  }
  return false;
}

/**
 * A sending service's API error sentence refusing to send (Mailgun sandbox, Postmark sender signature), or a
 * list manager's notice that it stopped sending; its words may be wrapped over lines.
 */
export function isApiRefusal(text: string): boolean {
  const lower = text.slice(0, 6000).toLowerCase().replace(/\s+/g, ' ');
  return API_REFUSAL_PHRASES.some((phrase) => lower.includes(phrase));
}

/** A mail client's or sending library's own report of a failure to send (Outlook, Thunderbird, PHPMailer…). */
export function isClientError(text: string): boolean {
  const lower = sameEmailWord(text.slice(0, 6000).toLowerCase());
  // A person asking ("does it retry if the SMTP server is not responding?") reports nothing: a marker found
  // is looked for again without the sentences that ask (only then: most texts hold no marker).
  const hasMarker = (words: string) => CLIENT_MARKERS.some((marker) => containsPhrase(words, marker));
  if (hasMarker(lower)) {
    const asserted = withoutQuestions(lower);
    if (asserted === lower || hasMarker(asserted)) return true;
  }
  // A device's short message on its own server ("Mail server not responding"), with no reply quoted.
  return text.length <= MAX_DEVICE_MESSAGE && !REPLY_CODE.test(text) && !!readOwnServerFailure(text);
}
const MAX_DEVICE_MESSAGE = 2000;

// Devices and clients write "e-mail" and "email" alike ("Test e-mail failed"): both read as "email".
const sameEmailWord = (lower: string) =>
  lower.includes('e-mail') ? lower.replaceAll('e-mail', 'email') : lower;
const CLIENT_MARKERS = [...new Set(CLIENT_ERROR_MARKERS.map(sameEmailWord))];

/** The text without its sentences that end in a question mark (a sentence ends at ". ", "! ", "? " or a line end). */
function withoutQuestions(text: string): string {
  if (!text.includes('?') && !text.includes('？')) return text;
  return text
    .split(SENTENCE_BREAK)
    .filter((s) => !QUESTION_END.test(s))
    .join('\n');
}
const SENTENCE_BREAK = /(?<=[.!?？])[ \t]+|\n/;
const QUESTION_END = /[?？]['"\u201d)]?[ \t]*$/;
const REPLY_CODE = /(?<![:\w.])[245]\d\d[ -]|\b[245]\.\d{1,3}\.\d{1,3}\b/;

// The From of a delivery report: the mail system's own robot. "Postmaster Tools" (Google's dashboards,
// postmaster-tools-noreply@) is a reporting service, not the postmaster returning mail.
const MAIL_ROBOT = /mailer-daemon|\bpostmaster\b(?![\s-]*tools)|mail delivery|delivery subsystem/i;

export function isFromMailRobot(from: string): boolean {
  return MAIL_ROBOT.test(from);
}

/** A mail robot, or a sender whose name says it sends bounces (MDaemon, "bounce@…"). */
export function isFromBounceSender(from: string): boolean {
  return isFromMailRobot(from) || /mdaemon|bounce/i.test(from);
}

/**
 * Mail a program sent on its own (RFC 3834 Auto-Submitted: a ticket system's acknowledgement, a
 * notifier) that is no mail system's robot.
 */
export function isFromProgram(headers: Map<string, string>): boolean {
  const auto = (headers.get('auto-submitted') ?? '').trim().toLowerCase();
  const from = headers.get('from') ?? '';
  return auto !== '' && auto !== 'no' && !isFromBounceSender(from);
}

// Reply and forward markers ("Re:", "AW:", "Fwd:"): what follows one is the original message's subject.
const REPLY_WORDS = '(?:re|aw|sv|wg|tr|rv|antw|fwd?):';
// Anywhere in the subject, and at its start (taken off before the subject's own words are read).
const REPLY_MARK = new RegExp(`(?:^|[\\s\\]])${REPLY_WORDS}`, 'i');
const LEADING_REPLY_MARK = new RegExp(`^${REPLY_WORDS}[ \\t]*`, 'i');
const FAILURE_SUBJECT = /undeliver|deliver|failure|fail|returned mail|mail system|delayed|warning|error/i;

/** "Automatic reply: …", "Réponse automatique : …", "自动回复: …": a responder's prefix before a colon. */
function hasAutoReplyPrefix(subject: string): boolean {
  const lower = subject.toLowerCase();
  return AUTO_REPLY_PREFIXES.some(
    (p) => lower.startsWith(p) && /^ ?[:：]/.test(lower.slice(p.length, p.length + 2)),
  );
}

/** A subject line that opens with a responder's own prefix ("Automatic reply: …"), after any "Re:". */
export function isAutoReplySubject(subject: string): boolean {
  return hasAutoReplyPrefix(subject.replace(LEADING_REPLY_MARK, '').trimStart());
}

/** RFC 3834 auto-replies (vacation, out of office): never a bounce. */
export function isAutoReply(headers: Map<string, string>): boolean {
  const subject = headers.get('subject') ?? '';
  const bare = subject.replace(LEADING_REPLY_MARK, '').trimStart();
  // The responder's own prefix says what the mail is, whatever the original subject after it says, and
  // whoever sends it (a postmaster mailbox has its out-of-office too), unless a mail robot's subject also
  // speaks of a failure (an appliance's "Auto-Reply: message undeliverable").
  const robot = isFromMailRobot(headers.get('from') ?? '');
  if (hasAutoReplyPrefix(bare) && !(robot && FAILURE_SUBJECT.test(bare))) return true;
  // Failure words count in the mail's own subject, not in the original one it replies to ("[Ticket#1] RE:
  // Delivery failed").
  // In any language a notice heading is written in ("Unzustellbar: Automatische Antwort: …" is the NDR of one).
  const mark = REPLY_MARK.exec(subject);
  const own = mark ? subject.slice(0, mark.index) : subject;
  if (FAILURE_SUBJECT.test(own) || FAILURE_WORDS.occursIn(own.toLowerCase())) return false;
  // Exim and Gmail mark their bounces "Auto-Submitted: auto-replied" too: a mail robot sends no vacation notice.
  if (robot) return false;
  const auto = (headers.get('auto-submitted') ?? '').toLowerCase();
  if (auto.startsWith('auto-replied')) return true;
  const lower = bare.toLowerCase();
  const autoSubject = AUTO_REPLY_SUBJECT_WORDS.some((w) => lower.startsWith(w));
  if (
    headers.has('x-autoreply') ||
    headers.has('x-autorespond') ||
    (headers.has('x-auto-response-suppress') && autoSubject)
  )
    return true;
  if ((headers.get('precedence') ?? '').toLowerCase() === 'auto_reply') return true;
  return autoSubject;
}

const DECISIVE = REPLY_PHRASES.filter((r) => !r.general);
const MAX_BARE = 300;
const CJK_RUN = /[\u3040-\u9fff\uac00-\ud7af]{4}/;

/**
 * A server reply pasted without code or status ("Mailbox is inactive", "192.0.2.1 does not like
 * recipient."): short, and mostly made of one decisive reply phrase. Chat that merely mentions one
 * ("the mailbox full issue is gone, thanks") has many more words around it.
 */
export function isBareReply(text: string | undefined): boolean {
  if (!text || text.length > MAX_BARE) return false;
  const lower = foldLetters(text.toLowerCase());
  const hit = firstMatch(DECISIVE, lower);
  // One word ("dmarc", "virus") is a topic, not a server's reply; Chinese, Japanese and Korean write a whole
  // reply without a space ("邮箱地址不存在"), so four of their letters make more than a word.
  if (!hit || hit.phrase.includes(' … ')) return false;
  if (!hit.phrase.includes(' ') && !CJK_RUN.test(hit.phrase)) return false;
  const letters = (s: string) => s.replace(/[^\p{L}]/gu, '').length;
  return letters(hit.phrase) >= 0.6 * letters(lower.replace(/\S+@\S+/g, ''));
}
