import { domainToASCII } from 'node:url';

/**
 * Where a bounce says the failed address was reached through another one: an alias, a forward, a Sieve
 * redirect. Postfix writes "<final> (expanded from <alias>)", Sendmail "(expanded from: <alias>)", Exim
 * "(generated from alias)"; a returned copy that was delivered or redirected on the way carries the first
 * address in X-Sieve-Redirected-From (Pigeonhole) or Delivered-To (Postfix, qmail, Exim's local delivery).
 */
const EXPANDED_FROM = /\((?:expanded|generated) from:? <?([^\s<>()@]{1,64}@[^\s<>()]{1,255}?)>?\)/i;

/** The alias named in "(expanded from <x>)" / "(generated from x)" in a recipient's part of a bounce. */
export function expandedFrom(context: string | undefined): string | undefined {
  return context ? EXPANDED_FROM.exec(context)?.[1]?.toLowerCase() : undefined;
}

/**
 * For a bounce's text, the alias named right after each recipient: Sendmail puts "(expanded from: <x>)" two
 * lines below the address, after its "(reason: …)", where the recipient's own segment may not reach.
 * Undefined when the text names no alias (most do not); the text is lower-cased once, not per recipient.
 */
export function aliasesAfter(
  text: string,
): ((recipient: string | undefined) => string | undefined) | undefined {
  const head = text.slice(0, 65_536);
  if (!EXPANDED_FROM.test(head)) return undefined;
  const lower = head.toLowerCase();
  return (recipient) => {
    const at = recipient ? lower.indexOf(recipient.toLowerCase()) : -1;
    if (at < 0) return undefined;
    return expandedFrom(ownBlock(head, at));
  };
}

/**
 * A listed recipient's own lines from `at`: up to a blank line or the next entry, a line indented no deeper
 * than the recipient's own (Sendmail's next "<addr>" or bare local user at column 0, Exim's next "  addr"),
 * so the next entry's "(expanded from: …)" is not taken for this one's.
 */
function ownBlock(head: string, at: number): string {
  const lineStart = head.lastIndexOf('\n', at) + 1;
  const indent = head.slice(lineStart, at).search(/\S|$/);
  const block = head.slice(at, at + 800);
  let end = block.length;
  for (let nl = block.indexOf('\n'); nl >= 0 && nl < end; nl = block.indexOf('\n', nl + 1)) {
    const next = block.indexOf('\n', nl + 1);
    const line = block.slice(nl + 1, next < 0 ? block.length : next);
    const depth = line.search(/\S/);
    if (depth < 0 || depth <= indent) end = nl;
  }
  return block.slice(0, end);
}

/**
 * The returned copy's X-Sieve-Redirected-From or Delivered-To; none for a mailing list's own copy (List-Id,
 * List-Post…): a list delivered to its address and sent the post out again, and a member's failure is the
 * list's to handle, not a forward of the recipient's.
 */
export function forwardInHeaders(headers: ReadonlyMap<string, string>): string | undefined {
  if (headers.has('list-id') || headers.has('list-post') || headers.has('list-unsubscribe')) return undefined;
  return headers.get('x-sieve-redirected-from') ?? headers.get('delivered-to');
}

/** `from` when it is another address than `recipient` (case aside): a forward, not the same mailbox. */
export function otherAddress(from: string | undefined, recipient: string | undefined): string | undefined {
  if (!from?.includes('@')) return undefined;
  const a = from.toLowerCase();
  // Exchange's encapsulated forms ("IMCEAEX-_o=…@tenant.prod.outlook.com") are the same recipient, not an alias.
  if (a.startsWith('imcea')) return undefined;
  if (!recipient) return a;
  const b = recipient.toLowerCase();
  // The same address with its domain in Unicode and in punycode (info@bücher.example, info@xn--bcher-kva.example).
  return a === b || asciiDomain(a) === asciiDomain(b) ? undefined : a;
}

/** The address with its domain in punycode (as is when it is ASCII already or no valid domain). */
function asciiDomain(address: string): string {
  const at = address.lastIndexOf('@');
  const domain = address.slice(at + 1);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range is the point
  if (at < 0 || /^[\x00-\x7f]*$/.test(domain)) return address;
  return `${address.slice(0, at)}@${domainToASCII(domain) || domain}`;
}

/**
 * Whether a forward leaves the organisation: the alias's domain and the final address's differ and neither
 * is a subdomain of the other (bob@example.org to bob.smith@mail.example.org is the same organisation's own
 * routing, to a local or internal mailbox; so is a host name without a dot).
 */
export function leavesDomain(from: string | undefined, recipient: string | undefined): boolean {
  const a = domainPart(from);
  const b = domainPart(recipient);
  // A host name without a dot is an internal route (Messaging Server's "@smtp.x:user@server"), not a domain.
  if (!a?.includes('.') || !b?.includes('.')) return false;
  return a !== b && !a.endsWith(`.${b}`) && !b.endsWith(`.${a}`);
}

function domainPart(address: string | undefined): string | undefined {
  const at = address?.lastIndexOf('@') ?? -1;
  return address && at >= 0 ? address.slice(at + 1).toLowerCase() : undefined;
}
