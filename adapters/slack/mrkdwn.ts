/**
 * Slack's text formats in both directions: escaping what we send as mrkdwn, and turning what users
 * type (with Slack's <…> markup and HTML entities) back into the plain text the core reads.
 */

/** Escapes Slack's three control characters, so pasted text can never ping @channel or forge a link. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Cuts to `max` characters (counting the ellipsis), preferring a line break near the end. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const nl = cut.lastIndexOf('\n');
  return `${nl > max * 0.8 ? cut.slice(0, nl) : cut}…`;
}

// One markup token: <…> with no nested angle brackets; linear, so it cannot backtrack badly.
const MARKUP = /<([^<>|]*)(?:\|([^<>]*))?>/g;

/**
 * A mailto link as text: its label when that shows the address (Slack's own links), else the label with the
 * address after it as Outlook writes one ("Bob Example<mailto:bob@…>"): rich text pasted from a mail client
 * may name the recipient only in a link's target.
 */
function mailtoText(address: string, label: string | undefined): string {
  if (label === undefined) return address;
  const bare = (address.split('?')[0] ?? address).toLowerCase();
  return label.toLowerCase().includes(bare) ? label : `${label}<mailto:${address}>`;
}

/**
 * Slack message text -> plain text: links and mailto links become their label (an address pasted
 * as `<bob@example.com>` arrives as `&lt;<mailto:bob@example.com|bob@example.com>&gt;`), channel
 * links become #name, user mentions stay as <@U…> so the command parser can strip a leading one,
 * then the entities &lt; &gt; &amp; are decoded.
 */
export function fromSlackText(text: string): string {
  const plain = text.replace(MARKUP, (whole, target: string, label: string | undefined) => {
    if (target.startsWith('@')) return whole;
    if (target.startsWith('#')) return label ? `#${label}` : target;
    if (target.startsWith('!')) {
      const name = label ?? target.slice(1).split('^')[0] ?? '';
      return name.startsWith('@') ? name : `@${name}`;
    }
    if (target.startsWith('mailto:')) return mailtoText(target.slice('mailto:'.length), label);
    return label ?? target;
  });
  return plain.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
