import {
  CONTACT_LABELS,
  PHONE_LABELS,
  SIGN_OFFS,
  TICKET_PEOPLE_FIELDS,
} from '../../knowledge/helpdesk-words.js';
import { escapeRegex } from './escape-regex.js';

/**
 * The lines around a bounce pasted into a helpdesk ticket or forwarded with a question: the ticket's fields
 * that name its people, and the signatures of the people who forward it (an address beside a phone number or a
 * web address). An address there is the requester's, the agent's or the forwarder's, not the failed recipient.
 */

const alternation = (words: readonly string[]) => words.map(escapeRegex).join('|');

// "Requester: Priya Raman <priya@…>", "Status: Open   Reporter: billing@…": the field, then a name at most.
const TICKET_FIELD = new RegExp(
  `(?:^|[\\s|·,;])(?:${alternation(TICKET_PEOPLE_FIELDS)})[ \\t]{0,3}[:：][^:@\\n]{0,60}$`,
  'i',
);

/** True when the text before an address ends with a ticket field naming a person ("Requester: Jo <"). */
export function isTicketPerson(before: string): boolean {
  return TICKET_FIELD.test(before);
}

// A phone number: international ("+44 20 7946 0123", "+1 (562) 555-0147"), national with its leading 0
// ("029 2018 0000", "0212 555 01 77"), or North American local ("555-0166"); a label before digits ("T: +44",
// "Tel 029", "ext. 4400"); a web address. Digit groups only: an IP or a status has dots.
const PHONE =
  /(?:^|[\s|·,:;(])(?:\+\d{1,3}[ \t.-]{0,2}(?:\(\d{1,5}\)[ \t-]{0,2})?\d{1,5}(?:[ \t-]\d{2,5}){1,4}|\(?0\d{1,5}\)?(?:[ \t-]\d{2,6}){1,4}|\d{3}-\d{4})(?![\w@.-])/;
const PHONE_LABEL = new RegExp(
  `(?:^|[\\s|·,;])(?:${alternation(PHONE_LABELS)})\\.?[ \\t]{0,2}[:.]?[ \\t]{0,2}\\+?\\(?\\d`,
  'i',
);
const WEB = /(?:^|[\s|·,;])www\.[\w-]/i;
// What makes a line a bounce's own however it looks: an enhanced status, a reply marker or failure words.
const BOUNCE_WORDS =
  /(?<![\w.])[245]\.\d{1,3}\.\d{1,3}(?![\w.]?\d)|\bsaid:|\b(?:rejected|unknown|denied|failed|failure|undeliverable|not found|does not exist|full|quota|refused|blocked)\b/i;

/** True when the line is a signature's contact line: an address beside a phone number or a web address. */
export function isSignatureLine(line: string): boolean {
  if (!(PHONE.test(line) || PHONE_LABEL.test(line) || WEB.test(line))) return false;
  return !BOUNCE_WORDS.test(line);
}

// "E: maria@example.org", "> Email: <bob@…>": a labelled address alone on its line.
const CONTACT_LINE = new RegExp(
  `^[ \\t>|]{0,8}(?:${alternation(CONTACT_LABELS)})[ \\t]{0,2}[:：][ \\t]{0,3}<?(?:mailto:)?[^\\s@<>]{1,64}@[^\\s<>@]{1,255}>?[ \\t]{0,8}$`,
  'i',
);
// "anna@example.org" or "<anna@example.org>" alone on its line.
const ADDRESS_LINE = /^[ \t>|]{0,8}<?(?:mailto:)?[^\s@<>]{1,64}@[^\s<>@]{1,255}>?[ \t]{0,8}$/i;
const SIGN_OFF = new RegExp(`^[ \\t>|]{0,8}(?:${alternation(SIGN_OFFS)})[ \\t,.!]{0,4}$`, 'i');

/** A sign-off alone on its line ("Kind regards,", "Thanks", "Mit freundlichen Grüßen"). */
export function isSignOff(line: string): boolean {
  return SIGN_OFF.test(line);
}

/** A line of a signature's contact block that names no address: a phone number or a web address. */
function isContactDetail(line: string): boolean {
  return (PHONE.test(line) || PHONE_LABEL.test(line) || WEB.test(line)) && !BOUNCE_WORDS.test(line);
}

/**
 * True when the line is the address in a signature: labelled ("E: maria@…") beside a phone or web line
 * (within two lines) or under a sign-off ("Kind regards,") among the lines `above`; alone on its line
 * only under a sign-off (a notice lists its failed recipients one a line).
 */
export function isSignatureContact(
  line: string,
  above: readonly string[],
  below: readonly string[],
): boolean {
  if (CONTACT_LINE.test(line))
    return [...above.slice(-2), ...below.slice(0, 2)].some(isContactDetail) || above.some(isSignOff);
  return ADDRESS_LINE.test(line) && above.some(isSignOff);
}
