import { REPLY_PHRASES } from '../knowledge/reply-phrases.js';
import { firstMatch } from './match-phrases.js';

/** Telling bounces from auto-replies and from mail that is neither. */

// Wording of delivery failure notices (lower case). Only phrases a notice uses: "rejected" or "bounced"
// alone is everyday chat, not evidence of a bounce.
const FAILURE_WORDS = [
  'undeliverable',
  'undelivered mail',
  'delivery status notification',
  'delivery failure',
  'delivery failed',
  'delivery has failed',
  'delivery to the following recipient',
  'failure notice',
  'returned mail',
  'mail delivery failed',
  'mail delivery subsystem',
  'mail delivery system',
  'could not be delivered',
  "couldn't be delivered",
  'was not delivered',
  "wasn't delivered",
  'not be delivered',
  'unable to deliver',
  "wasn't able to deliver",
  'message not delivered',
  'non-delivery',
  'nondeliverable',
  'permanent error',
  'permanent failure',
  'temporary failure',
  'delivery delayed',
  'delayed mail',
  'has not yet been delivered',
  'did not reach the following recipient',
  'rejected your message',
  'message could not be delivered',
  // Sending services that refuse to try a suppressed address (Amazon SES, Postmark).
  'did not send the message to this address',
  'have been marked as inactive',
  'non remis',
  'non-remise',
  'unzustellbar',
  'fehler bei der zustellung',
  'zustellung fehlgeschlagen',
  'échec de la remise',
  'nicht zugestellt',
  'no entregado',
  'no se pudo entregar',
  'não entregue',
  'non recapitato',
  'не доставлено',
  'недоставлен',
  '配信エラー',
  '配信できません',
  '送信できません',
];

export function isFailureNotice(subject: string, body: string): boolean {
  const text = `${subject}\n${body.slice(0, 6000)}`.toLowerCase();
  return FAILURE_WORDS.some((w) => text.includes(w));
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

/**
 * A server reply pasted without code or status ("Mailbox is inactive", "192.0.2.1 does not like
 * recipient."): short, and mostly made of one decisive reply phrase. Chat that merely mentions one
 * ("the mailbox full issue is gone, thanks") has many more words around it.
 */
export function isBareReply(text: string | undefined): boolean {
  if (!text || text.length > MAX_BARE) return false;
  const lower = text.toLowerCase();
  const hit = firstMatch(DECISIVE, lower);
  // One word ("dmarc", "virus") is a topic, not a server's reply.
  if (!hit || hit.phrase.includes(' … ') || !hit.phrase.includes(' ')) return false;
  const letters = (s: string) => s.replace(/[^\p{L}]/gu, '').length;
  return letters(hit.phrase) >= 0.6 * letters(lower.replace(/\S+@\S+/g, ''));
}
