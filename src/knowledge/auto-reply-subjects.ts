/**
 * How automatic replies open their subject. Outlook and Exchange put their localised "Automatic reply"
 * before a colon and the original subject after it (whatever that says: "Automatic reply: Payment failed"
 * is still an out-of-office); Sieve writes "Auto:", other responders "Auto-Reply:" or "Out of Office:".
 * Lower case; matched at the start of the subject, before a colon (ASCII or full-width, a space allowed
 * before it as French writes it).
 */
export const AUTO_REPLY_PREFIXES: readonly string[] = [
  'automatic reply',
  'auto reply',
  'auto-reply',
  'autoreply',
  'automatic response',
  'auto response',
  'auto-response',
  'autoresponse',
  'autoantwort',
  'automated reply',
  'auto',
  'out of office',
  'out of the office',
  'out-of-office',
  'ooo',
  'automatische antwort',
  'abwesenheitsnotiz',
  'automatisch antwoord',
  'réponse automatique',
  'respuesta automática',
  'respuesta automatica',
  'resposta automática',
  'resposta automatica',
  'risposta automatica',
  'autosvar',
  'automatisk svar',
  'automatisk besked',
  'automaattinen vastaus',
  'odpowiedź automatyczna',
  'automatická odpověď',
  'automatická odpoveď',
  'automatikus válasz',
  'răspuns automat',
  'otomatik yanıt',
  'otomatik cevap',
  'automatski odgovor',
  'samodejni odgovor',
  'αυτόματη απάντηση',
  'автоматический ответ',
  'автоматична відповідь',
  'автоответ',
  '自动回复',
  '自動回覆',
  '自動応答',
  '自動返信',
  'автоматичен отговор',
  'automātiskā atbilde',
  'automatinis atsakymas',
  'automaatvastus',
  'תשובה אוטומטית',
  'رد تلقائي',
  'پاسخ خودکار',
  'ตอบกลับอัตโนมัติ',
  '자동 회신',
  '자동 응답',
  'trả lời tự động',
  'balasan automatik',
  'balasan otomatis',
];

/**
 * Words a responder's own subject may open with, no colon needed ("Out of office", "Abwesenheit bis 19.1.").
 * Weaker than a prefix: a subject that also speaks of a failure ("Absence of DKIM caused delivery failure")
 * is not taken for an auto-reply.
 */
export const AUTO_REPLY_SUBJECT_WORDS: readonly string[] = [
  ...AUTO_REPLY_PREFIXES.filter((p) => p !== 'auto' && p !== 'ooo'),
  'auto:',
  'abwesenheit',
  'absence',
  'absent',
  'fuori sede',
  '不在',
  'vacation',
  'on vacation',
  'away from',
];
