/**
 * Node 20's TextDecoder reads windows-1252 (the encoding WHATWG gives the labels windows-1252, latin1,
 * iso-8859-1 and us-ascii) as ISO-8859-1: bytes 0x80-0x9F come out as C1 control characters instead of
 * Outlook's typographic punctuation (=92 is ’ in "couldn’t be delivered"). This puts the punctuation back;
 * on a runtime that decodes them right there is nothing to change.
 */
const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
// The five bytes windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to themselves.
const C1 = /[\u0080-\u009f]/g;

/** The text a windows-1252 decoder gave, with bytes 0x80-0x9F as windows-1252 reads them. */
export function windows1252Punctuation(text: string): string {
  C1.lastIndex = 0;
  if (!C1.test(text)) return text;
  return text.replace(C1, (c) => HIGH[c.charCodeAt(0) - 0x80] ?? c);
}
