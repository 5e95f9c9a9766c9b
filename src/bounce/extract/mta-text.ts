import { MTA_TEXT_FORMS, type MtaTextForm } from '../../knowledge/mta-own-words.js';

// The MTA's own lines open a paste: a long text is looked at only this far.
const MAX_LOOK = 20_000;

function ownForm(text: string): MtaTextForm | undefined {
  const head = text.slice(0, MAX_LOOK);
  const lower = head.toLowerCase();
  return MTA_TEXT_FORMS.find(
    (form) =>
      form.line.test(head) &&
      (form.phrases.length === 0 || form.phrases.some((phrase) => lower.includes(phrase))),
  );
}

/** A text in the form and words an MTA writes when no server replied (see MTA_TEXT_FORMS). */
export function isMtaOwnText(text: string): boolean {
  return ownForm(text) !== undefined;
}

/** 'failed' when the MTA's own text says it gave the message up (its `final` words), else nothing. */
export function mtaOwnOutcome(text: string): 'failed' | undefined {
  const form = ownForm(text);
  if (!form?.final) return undefined;
  const lower = text.slice(0, MAX_LOOK).toLowerCase();
  return form.final.some((words) => lower.includes(words)) ? 'failed' : undefined;
}
