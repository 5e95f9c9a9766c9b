/**
 * The words a bounce is wrapped in when it reaches the admin second-hand: a helpdesk ticket's fields that name
 * the people of the ticket (Zendesk, Freshdesk, Jira Service Management, ServiceNow, osTicket, Help Scout), and
 * the labels of the phone numbers in the signatures of the people who forward it. Their addresses are the
 * ticket's requester, agent or watchers, never the failed recipient. Adding a helpdesk's field is adding an entry.
 */

/** Ticket fields naming a person (lower case, before a colon): "Requester: Priya <priya@…>", "Reporter: x". */
export const TICKET_PEOPLE_FIELDS: readonly string[] = [
  'requester',
  'requested by',
  'requested for',
  'reporter',
  'reported by',
  'caller',
  'customer',
  'assignee',
  'assigned to',
  'agent',
  'submitter',
  'submitted by',
  'opened by',
  'created by',
  'watchers',
  "cc'd",
];

/** Labels before a phone number in a signature ("T: +44 …", "Tel 029 …", "ext. 4400", "Mobile: 07700 …"). */
export const PHONE_LABELS: readonly string[] = [
  'tel',
  'tél',
  'phone',
  'mobile',
  'mob',
  'cell',
  'fax',
  'direct',
  'ext',
  'switchboard',
  'office',
  'handy',
  'telefon',
  'telefone',
  'telefono',
  't',
  'm',
  'p',
  'f',
];

/**
 * Labels before the address in a signature's contact lines ("E: maria@…", "Email: bob@…"). Such a line is
 * a signature's only beside its phone or web line or under a sign-off: a sending service's event lists the
 * failed recipient as "Email: bob@…" too.
 */
export const CONTACT_LABELS: readonly string[] = [
  'e',
  'email',
  'e-mail',
  'mail',
  'email address',
  'e-mail address',
  'courriel',
  'correo',
  'e-post',
];

/** Sign-offs on a line of their own above a signature (lower case, without the comma). */
export const SIGN_OFFS: readonly string[] = [
  'regards',
  'kind regards',
  'best regards',
  'warm regards',
  'many thanks',
  'thanks',
  'thank you',
  'thanks in advance',
  'best',
  'cheers',
  'sincerely',
  'yours sincerely',
  'yours faithfully',
  'mit freundlichen grüßen',
  'mit freundlichen grüssen',
  'viele grüße',
  'beste grüße',
  'gruß',
  'cordialement',
  'bien cordialement',
  'bien à vous',
  'saludos',
  'un saludo',
  'atentamente',
  'cordiali saluti',
  'distinti saluti',
  'met vriendelijke groet',
  'groeten',
  'atenciosamente',
  'med vänlig hälsning',
  'med venlig hilsen',
  'med vennlig hilsen',
  'pozdrawiam',
];
