/**
 * Cisco Secure Email (AsyncOS) quotes the server's reply as a Python tuple after its own words: "Delivery not
 * authorized, message refused ('550', ['5.7.1 Relaying denied'])", one list item per line of a multi-line
 * reply. Written as the reply it is ("…: 550 5.7.1 Relaying denied"), it is read like any other.
 */
const REPLY_TUPLE =
  /\(\s{0,3}['"]([245]\d\d)['"],\s{0,3}\[((?:\s{0,3}(?:'[^'\n]{0,2000}'|"[^"\n]{0,2000}"),?){1,30})\s{0,3}\]\s{0,3}\)/g;
const ITEM = /'([^'\n]{0,2000})'|"([^"\n]{0,2000})"/g;

export function withReplyTuplesUnwrapped(text: string): string {
  if (!text.includes("', [") && !text.includes('", [') && !text.includes("',[")) return text;
  return text.replace(REPLY_TUPLE, (_whole, code: string, items: string) => {
    const lines = Array.from(items.matchAll(ITEM), (m) => m[1] ?? m[2] ?? '');
    return `: ${code} ${lines.join(' ')}`;
  });
}
