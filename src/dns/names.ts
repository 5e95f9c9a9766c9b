import { domainToASCII, domainToUnicode } from 'node:url';

/** A name as DNS sees it: ASCII (punycode), lower case, no trailing dot. '' when it cannot be one. */
export function toAsciiName(name: string): string {
  const s = name.trim().replace(/\.$/, '');
  if (s === '') return '';
  // IP literals and already-ASCII names pass through; domainToASCII rejects some of them.
  if (/^[\x21-\x7e]+$/.test(s) && !/xn--/i.test(s)) return s.toLowerCase();
  return domainToASCII(s);
}

/** How to show a name: the Unicode form, with the DNS form beside it when they differ. */
export function displayName(ascii: string): string {
  const unicode = /(^|\.)xn--/i.test(ascii) ? domainToUnicode(ascii) : '';
  return unicode && unicode !== ascii ? `${unicode} (${ascii})` : ascii;
}

/** The Unicode form alone, for headlines. */
export function unicodeName(ascii: string): string {
  const unicode = /(^|\.)xn--/i.test(ascii) ? domainToUnicode(ascii) : '';
  return unicode || ascii;
}
