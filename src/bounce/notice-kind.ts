/** Telling bounces from auto-replies and from mail that is neither. */

// Subject words of delivery failure notices (lower case).
const FAILURE_WORDS = [
  'undeliver',
  'undelivered',
  'delivery status notification',
  'delivery failure',
  'delivery failed',
  'delivery has failed',
  'failure notice',
  'returned mail',
  'mail delivery',
  'could not be delivered',
  "couldn't be delivered",
  'was not delivered',
  'non remis',
  'non-remise',
  'unzustellbar',
  'nicht zugestellt',
  'no entregado',
  'no se pudo entregar',
  'não entregue',
  'non recapitato',
  'не доставлено',
  'недоставлен',
  'エラー',
  '配信',
  'delivery notification',
  'mail system error',
  'rejected',
  'permanent error',
  'permanent failure',
  'delayed mail',
  'delivery delayed',
  'warning: message',
  'message not delivered',
  'nondeliverable',
  'non-delivery',
  'bounce',
];

export function isFailureNotice(subject: string, body: string): boolean {
  const text = `${subject}\n${body.slice(0, 6000)}`.toLowerCase();
  return FAILURE_WORDS.some((w) => text.includes(w));
}

const AUTO_SUBJECT =
  /^(?:auto(?:matic)?[ -]?(?:reply|response|antwort)|auto:|out of (?:the )?office|abwesenheit|r[ée]ponse automatique|absence|respuesta autom[aá]tica|fuori sede|автоответ|自動応答|vacation|on vacation|away from)/i;

/** RFC 3834 auto-replies (vacation, out of office): never a bounce. */
export function isAutoReply(headers: Map<string, string>): boolean {
  const subject = headers.get('subject') ?? '';
  if (/undeliver|deliver|failure|fail|returned mail|mail system|delayed|warning|error/i.test(subject))
    return false;
  const auto = (headers.get('auto-submitted') ?? '').toLowerCase();
  if (auto.startsWith('auto-replied')) return true;
  if (
    headers.has('x-autoreply') ||
    headers.has('x-autorespond') ||
    (headers.has('x-auto-response-suppress') && AUTO_SUBJECT.test(subject))
  )
    return true;
  if ((headers.get('precedence') ?? '').toLowerCase() === 'auto_reply') return true;
  return AUTO_SUBJECT.test(subject.replace(/^(?:re|aw|fw):\s*/i, ''));
}
