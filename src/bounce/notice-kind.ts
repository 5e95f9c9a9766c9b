import { API_REFUSAL_PHRASES } from '../knowledge/esp-api-errors.js';
import { NOTICE_HEADINGS, RECIPIENT_GROUP_WORDS } from '../knowledge/notice-headings.js';
import { REPLY_PHRASES } from '../knowledge/reply-phrases.js';
import { LiteralSet } from './extract/literal-set.js';
import { firstMatch } from './match-phrases.js';

/** Telling bounces from auto-replies and from mail that is neither. */

// Every language's notice wording, in one set: a notice may mix languages (a heading and an English reply).
// One scan finds any of them, however many languages the list holds.
const FAILURE_WORDS = new LiteralSet(Object.values(NOTICE_HEADINGS).flat());

export function isFailureNotice(subject: string, body: string): boolean {
  const text = `${subject}\n${body.slice(0, 6000)}`.toLowerCase();
  return FAILURE_WORDS.occursIn(text) || hasRecipientGroupHeading(text);
}

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

/** A sending service's API error sentence refusing to send (Mailgun sandbox, Postmark sender signature). */
export function isApiRefusal(text: string): boolean {
  const lower = text.slice(0, 6000).toLowerCase();
  return API_REFUSAL_PHRASES.some((phrase) => lower.includes(phrase));
}

const AUTO_SUBJECT =
  /^(?:auto(?:matic)?[ -]?(?:reply|response|antwort)|automatische antwort|automatisch antwoord|auto:|out of (?:the )?office|abwesenheit|r[ée]ponse automatique|absence|absent|respuesta autom[aá]tica|resposta autom[aá]tica|risposta automatica|fuori sede|autosvar|automaattinen vastaus|автоматический ответ|автоответ|自動応答|自動返信|不在|vacation|on vacation|away from)/i;

// The From of a delivery report: the mail system's own robot.
const MAIL_ROBOT = /mailer-daemon|postmaster|mail delivery|delivery subsystem/i;

export function isFromMailRobot(from: string): boolean {
  return MAIL_ROBOT.test(from);
}

/** RFC 3834 auto-replies (vacation, out of office): never a bounce. */
export function isAutoReply(headers: Map<string, string>): boolean {
  const subject = headers.get('subject') ?? '';
  if (/undeliver|deliver|failure|fail|returned mail|mail system|delayed|warning|error/i.test(subject))
    return false;
  // Exim and Gmail mark their bounces "Auto-Submitted: auto-replied" too: a mail robot sends no vacation notice.
  if (isFromMailRobot(headers.get('from') ?? '')) return false;
  const auto = (headers.get('auto-submitted') ?? '').toLowerCase();
  if (auto.startsWith('auto-replied')) return true;
  if (
    headers.has('x-autoreply') ||
    headers.has('x-autorespond') ||
    (headers.has('x-auto-response-suppress') && AUTO_SUBJECT.test(subject))
  )
    return true;
  if ((headers.get('precedence') ?? '').toLowerCase() === 'auto_reply') return true;
  return AUTO_SUBJECT.test(subject.replace(/^(?:re|aw|fw|wg|sv|tr|rv|fwd?):[ \t]*/i, '').trimStart());
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
  const lower = text.toLowerCase();
  const hit = firstMatch(DECISIVE, lower);
  // One word ("dmarc", "virus") is a topic, not a server's reply; Chinese, Japanese and Korean write a whole
  // reply without a space ("邮箱地址不存在"), so four of their letters make more than a word.
  if (!hit || hit.phrase.includes(' … ')) return false;
  if (!hit.phrase.includes(' ') && !CJK_RUN.test(hit.phrase)) return false;
  const letters = (s: string) => s.replace(/[^\p{L}]/gu, '').length;
  return letters(hit.phrase) >= 0.6 * letters(lower.replace(/\S+@\S+/g, ''));
}
