import { CLIENT_ACCOUNT_LEADS, CLIENT_REPLY_LEADS } from '../../knowledge/client-errors.js';
import { escapeRegex } from './escape-regex.js';

/**
 * A mail client's or library's error made readable as a server's words: the reply it quotes put on its own
 * line (after "The server responded:"), Python's byte strings (`(535, b'5.7.8 …')`) and its dict of refused
 * recipients (`{'bob@x': (550, b'…')}`) unwrapped. Only for a text already known to be a client error.
 */
export function unwrapClientError(text: string): string {
  let out = text;
  if (out.includes("b'") || out.includes('b"')) {
    out = out.replace(PY_DICT_KEY, '$1:').replace(PY_BYTES_TUPLE, '$1 ').replace(PY_NEWLINE, '\n');
  }
  return out.replace(REPLY_LEAD, '$1\n');
}

/** The client's own account addresses (Outlook's "Task 'alice@x - Sending'"): never a failed recipient. */
export function clientAccounts(text: string): Set<string> {
  const found = new Set<string>();
  for (const m of text.matchAll(ACCOUNT)) if (m[1]) found.add(m[1].toLowerCase());
  return found;
}

// "The server responded: '550 …'" (a quote may open the reply): the reply starts on the next line.
const REPLY_LEAD = new RegExp(
  `(${CLIENT_REPLY_LEADS.map(escapeRegex).join('|')})[ \\t]{0,5}'?(?=[ \\t]{0,5}[245]\\d\\d\\b)`,
  'gi',
);
const ACCOUNT = new RegExp(
  `(?:${CLIENT_ACCOUNT_LEADS.map(escapeRegex).join('|')})([^\\s'"@<>]{1,64}@[\\w.-]{1,253}\\w)`,
  'gi',
);
// Python's repr of a refused-recipients dict: "{'bob@example.org': (550, b'…')}".
const PY_DICT_KEY = /[{,][ \t]{0,3}'([^\s'@]{1,64}@[\w.-]{1,253})':/g;
// "(535, b'5.7.8 …" → "535 5.7.8 …".
const PY_BYTES_TUPLE = /\(([245]\d\d),[ \t]{0,3}b['"]/g;
const PY_NEWLINE = /\\n/g;
