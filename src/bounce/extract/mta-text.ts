import { MTA_TEXT_FORMS } from '../../knowledge/mta-own-words.js';

// The MTA's own lines open a paste: a long text is looked at only this far.
const MAX_LOOK = 20_000;

/**
 * A text in the form and words an MTA writes when no server replied (see MTA_TEXT_FORMS), with `final` set
 * when its own words say it gave the message up (cPanel's "Message discarded"); undefined for other text.
 */
export function mtaOwnText(text: string): { final: boolean } | undefined {
  const head = text.slice(0, MAX_LOOK);
  const lower = head.toLowerCase();
  const form = MTA_TEXT_FORMS.find(
    (f) =>
      f.line.test(head) && (f.phrases.length === 0 || f.phrases.some((phrase) => lower.includes(phrase))),
  );
  if (!form) return undefined;
  return { final: form.final?.some((words) => lower.includes(words)) === true };
}
