/** Character classes read by code, for scans that would otherwise build a string to test a pattern. */

/** What the regex class \s matches (ECMAScript WhiteSpace and LineTerminator). */
export function isRegexSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Zero-width characters and direction marks (U+200B-U+200F, U+202A-U+202E, U+2060-U+206F, U+FEFF): typed
 * around addresses and words by right-to-left mail clients, they show nothing. */
export function isInvisibleMark(c: number): boolean {
  if (c < 0x200b) return false;
  return c <= 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2060 && c <= 0x206f) || c === 0xfeff;
}
