import { findAddresses, isRobotAddress } from './addresses.js';

/** A failed recipient found in free text, with the part of the text that speaks about it. */
export interface TextRecord {
  recipient?: string;
  /** The lines about this recipient (anchor line to the next anchor), one entry per mention. */
  segments: string[];
  /** The text before the first recipient: some MTAs state the reason before listing recipients. */
  preamble: string;
}

// Lines that carry envelope or header addresses, never a failed recipient.
const NOT_AN_ANCHOR =
  /^\s*(?:>*\s*)?(?:final-recipient|original-recipient|x-actual-recipient|x-failed-recipients|from|return-path|reply-to|sender|x-postfix-sender|original-mail-from|received|by|message-id|in-reply-to|references|x-[\w-]+|dkim-signature|authentication-results|mail from|envelope-from|errors-to|list-[\w-]+|cc|subject|date)\b\s*:?|^\s*<<<|^\s*>>>\s*(?:mail|data|helo|ehlo)|\bfor\s+<[^>]{1,300}>;|^\s*(?:mail from|envelope-from|smtp\.mailfrom)\b|\bsender\s*(?:address|is|:)/i;

// Text before an address that says the address is the recipient.
const RECIPIENT_LEAD =
  /(?:\bto|\bfor|generated (?:by|from)|recipients?|rcpt to|addressee|address(?:es)?|destinataire|empfänger|destinatario|destinatário|получател[ья]|宛先)[\s:;<"'(]{0,8}$/i;

const MAX_LINES = 4000;

/**
 * Splits bounce text into one part per failed recipient. An address counts as a recipient when it stands
 * alone on its line, starts a "<addr>: ..." line, or follows recipient wording ("to", "recipient").
 */
export function scanText(body: string, ignore: ReadonlySet<string>): TextRecord[] {
  const lines = body.split('\n', MAX_LINES);
  const anchors: { line: number; recipient: string }[] = [];
  lines.forEach((line, i) => {
    const recipient = anchorRecipient(line, ignore);
    if (recipient) anchors.push({ line: i, recipient });
  });
  if (anchors.length === 0) return [{ segments: [body], preamble: '' }];

  const preamble = lines.slice(0, anchors[0]?.line ?? 0).join('\n');
  const byRecipient = new Map<string, string[]>();
  anchors.forEach((a, k) => {
    const end = anchors[k + 1]?.line ?? lines.length;
    const parts = byRecipient.get(a.recipient) ?? [];
    parts.push(lines.slice(a.line, end).join('\n'));
    byRecipient.set(a.recipient, parts);
  });
  return [...byRecipient].map(([recipient, segments]) => ({ recipient, segments, preamble }));
}

function anchorRecipient(line: string, ignore: ReadonlySet<string>): string | undefined {
  if (!line.includes('@') || line.length > 1000 || NOT_AN_ANCHOR.test(line)) return undefined;
  const found = findAddresses(line).filter((a) => !isRobotAddress(a.address) && !ignore.has(a.address));
  const first = found[0];
  if (!first) return undefined;
  const before = line.slice(0, first.index);
  const after = line.slice(first.index + first.address.length);
  let rest = line.toLowerCase();
  for (const a of findAddresses(line)) rest = rest.replace(a.address, '');
  rest = rest.replace(/[\s<>:;,()[\]"'.*-]|mailto/g, '');
  if (rest.length <= 2) return first.address;
  if (/^[\s<"]*$/.test(before) && /^>?\s*(?:[:(]|\.\.\.|<mailto:|\son\s)/.test(after)) return first.address;
  if (RECIPIENT_LEAD.test(before)) return first.address;
  // "mikeneko@example.co.jp Invalid Address, ERROR_CODE :550" or "Invalid final delivery userid: x@y"
  if (/^\s*$/.test(before) && /^\s+\S/.test(after)) return first.address;
  if (/:\s*<?$/.test(before)) return first.address;
  // Sendmail's summary: "554 <kijitora@example.ed.jp>... 550 Host unknown"
  if (/^\s*[45]\d\d[ -]\s*<?$/.test(before)) return first.address;
  return undefined;
}
