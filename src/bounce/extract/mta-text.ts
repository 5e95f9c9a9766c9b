import { MTA_TEXT_FORMS } from '../../knowledge/mta-own-words.js';

// The MTA's own lines open a paste: a long text is looked at only this far.
const MAX_LOOK = 20_000;

/** A text in the form and words an MTA writes when no server replied (see MTA_TEXT_FORMS). */
export function isMtaOwnText(text: string): boolean {
  const head = text.slice(0, MAX_LOOK);
  const lower = head.toLowerCase();
  return MTA_TEXT_FORMS.some(
    (form) =>
      form.line.test(head) &&
      (form.phrases.length === 0 || form.phrases.some((phrase) => lower.includes(phrase))),
  );
}
