import {
  INVISIBLE_CHARACTERS,
  LINE_BULLETS,
  RAW_MESSAGE_PREAMBLE_ENDS,
  SPACE_CHARACTERS,
} from '../../knowledge/paste-marks.js';
import { looksLikeEmail } from '../email/header-block.js';
import { htmlToText } from '../email/plain-parts.js';
import { escapeRegex } from './escape-regex.js';

/**
 * What a bounce picks up on its way through chat apps and mail clients into a paste, taken off before it is
 * read (src/knowledge/paste-marks.ts): zero-width characters and odd spaces anywhere, a "show original" page's
 * summary above the raw message; and in a text that is no email, HTML source, list bullets and Discord's
 * spoiler bars. What the bounce itself says is left as it was.
 */

const oneOf = (chars: readonly string[]) => `[${chars.map(escapeRegex).join('')}]`;
const INVISIBLE = new RegExp(oneOf(INVISIBLE_CHARACTERS), 'g');
const SPACES = new RegExp(oneOf(SPACE_CHARACTERS), 'g');
const BULLET = new RegExp(`^([ \\t]*)${oneOf(LINE_BULLETS)}[ \\t]+`, 'gm');
// Discord's spoiler: ||text|| within one line.
const SPOILER = /\|\|([^|\n]{1,500})\|\|/g;
// HTML source, not a bounce's own angle brackets: a closing tag of a text element, or a line break.
const HTML_MARKUP = /<\/(?:p|div|span|font|b|strong|td|tr|li|a|body|html)>|<br[ \t]{0,5}\/?>/i;
// A mailto link and its label, written as Outlook's plain text writes one: "Bob Example<mailto:bob@…>".
const MAILTO_ANCHOR =
  /<a\b[^<>]{0,500}?href=["']?mailto:([^"'<>\s?]{1,254})(?=["'\s?>])[^<>]{0,500}>([^<]{0,300})<\/a>/gi;
// In HTML source a line break after a break tag is no second break.
const BREAK_THEN_NEWLINE = /(<(?:br|\/p|\/div|\/tr|\/li)\b[^<>]{0,200}>)[ \t]*\r?\n/gi;
// What a pasted text's own angle brackets hold, kept as text when its HTML tags are dropped: a '<' no tag opens
// with ('<<< 550' of a transcript) and an address in brackets (a bounce above a returned HTML message).
const NO_TAG = /<(?=[^A-Za-z/!])/g;
const BRACKETED_ADDRESS = /<((?:mailto:)?[^\s<>"'@]{1,64}@[^\s<>"'@]{1,255})>/gi;
const PREAMBLE_SEARCHED = 4096;
// HTML's character references; a text escaped by a ticket system or a web form has them without tags.
const ENTITY = /&(?:(nbsp|lt|gt|amp|quot|apos)|#(\d{1,7})|#x([\da-f]{1,6}));/gi;
const ESCAPED_MARKUP = /&(?:nbsp|lt|gt);/i;
const NAMED: Record<string, string> = { nbsp: ' ', lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** A text pasted whole (a message, a reply, a log), without the characters and summary a copy adds. */
export function withoutCopyMarks(text: string): string {
  const plain = withoutOddCharacters(text);
  return afterRawPreamble(plain) ?? plain;
}

/** The text without zero-width characters, its odd spaces as spaces (a saved paste read as a file, too). */
export function withoutOddCharacters(text: string): string {
  return text.replace(INVISIBLE, '').replace(SPACES, ' ');
}

// DSN fields pasted with an indent (a ticket's or a chat's quoted block: "  Final-Recipient: rfc822; bob@x").
const INDENTED_DSN_FIELD =
  /^([ \t]{1,8})(?:reporting-mta|final-recipient|original-recipient|action|status|remote-mta|diagnostic-code)[ \t]{0,3}:/gim;

/**
 * The text with a block of indented DSN fields moved to the line start (their folded lines keep the indent
 * beyond the block's): read as the fields they are. A block has a Final-Recipient and another field at one
 * indent; it ends at a blank line.
 */
export function withDsnFieldsDedented(text: string): string {
  if (!/^[ \t]{1,8}final-recipient[ \t]{0,3}:/im.test(text)) return text;
  INDENTED_DSN_FIELD.lastIndex = 0;
  const first = INDENTED_DSN_FIELD.exec(text);
  if (!first) return text;
  const indent = first[1] as string;
  const blank = /\n[ \t]*(?:\n|$)/.exec(text.slice(first.index));
  const end = blank ? first.index + blank.index : text.length;
  const block = text.slice(first.index, end).split('\n');
  let fields = 0;
  for (const line of block)
    if (line.startsWith(indent) && /^[\w-]{2,40}[ \t]{0,3}:/.test(line.slice(indent.length))) fields++;
  if (fields < 2 || !block.every((line) => line.startsWith(indent))) return text;
  const dedented = block.map((line) => line.slice(indent.length)).join('\n');
  return `${text.slice(0, first.index)}${dedented}${text.slice(end)}`;
}

/** A pasted text that is no email, read as plain text: HTML source as its text, bullets and spoiler bars off. */
export function asPlainPaste(text: string): string {
  let plain = text;
  if (HTML_MARKUP.test(plain)) {
    // A link's mailto target may be the only place the address is ("<a href="mailto:x">Bob</a>").
    plain = decodeEntities(
      htmlToText(
        plain
          .replace(NO_TAG, '&lt;')
          .replace(BRACKETED_ADDRESS, '&lt;$1&gt;')
          .replace(BREAK_THEN_NEWLINE, '$1')
          .replace(MAILTO_ANCHOR, '$2&lt;mailto:$1&gt;'),
      ),
    );
  } else if (ESCAPED_MARKUP.test(plain)) plain = decodeEntities(plain);
  if (plain.includes('||')) plain = plain.replace(SPOILER, '$1');
  return withDsnFieldsDedented(plain.replace(BULLET, '$1'));
}

function decodeEntities(text: string): string {
  return text.replace(
    ENTITY,
    (whole, name: string | undefined, dec: string | undefined, hex: string | undefined) => {
      if (name) return NAMED[name.toLowerCase()] ?? whole;
      const code = dec ? Number(dec) : Number.parseInt(hex ?? '', 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    },
  );
}

/** The raw message under a webmail's "show original" summary, or undefined when there is none. */
function afterRawPreamble(text: string): string | undefined {
  const head = text.slice(0, PREAMBLE_SEARCHED);
  let at = 0;
  for (const line of head.split('\n')) {
    at += line.length + 1;
    const words = line.trim().replace(/\s+/g, ' ').toLowerCase();
    if (RAW_MESSAGE_PREAMBLE_ENDS.includes(words)) {
      const rest = text.slice(at);
      return looksLikeEmail(rest) ? rest : undefined;
    }
  }
  return undefined;
}
