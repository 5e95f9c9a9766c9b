/** A block of a message as Slack sends it; only rich_text blocks are read. */
export interface SlackBlock {
  type?: string;
  elements?: RichElement[];
}

interface RichElement {
  type?: string;
  elements?: RichElement[];
  text?: string;
  url?: string;
  user_id?: string;
  usergroup_id?: string;
  channel_id?: string;
  name?: string;
  range?: string;
  fallback?: string;
  value?: string;
  style?: string;
  offset?: number;
}

// Lists nest sections, quotes nest nothing deeper in practice: a bound keeps hostile payloads cheap.
const MAX_DEPTH = 6;

/**
 * The words of a message's rich_text blocks as plain text, with raw characters (rich text carries
 * no entities): sections, preformatted and quoted parts, lists; links as their text, mailto: dropped;
 * mentions of the bot left out. What Slack's composer stores when a client sends blocks and leaves
 * the top-level text empty.
 */
export function richTextOf(blocks: readonly SlackBlock[] | undefined, botUserId: string | undefined): string {
  const parts: string[] = [];
  for (const block of blocks ?? []) {
    if (block.type !== 'rich_text') continue;
    for (const el of block.elements ?? []) parts.push(containerText(el, botUserId, 0));
  }
  return parts
    .filter((p) => p.trim() !== '')
    .join('\n')
    .trim();
}

function containerText(el: RichElement, bot: string | undefined, depth: number): string {
  if (depth > MAX_DEPTH) return '';
  if (el.type === 'rich_text_list') {
    const start = el.offset ?? 0;
    return (el.elements ?? [])
      .map((item, i) => {
        const mark = el.style === 'ordered' ? `${start + i + 1}. ` : '- ';
        return `${mark}${containerText(item, bot, depth + 1)}`;
      })
      .join('\n');
  }
  return (el.elements ?? []).map((inline) => inlineText(inline, bot, depth + 1)).join('');
}

function inlineText(el: RichElement, bot: string | undefined, depth: number): string {
  switch (el.type) {
    case 'text':
      return el.text ?? '';
    case 'link':
      return el.text ?? (el.url ?? '').replace(/^mailto:/i, '');
    case 'user':
      return el.user_id === bot ? '' : `@${el.user_id ?? 'someone'}`;
    case 'usergroup':
      return `@${el.usergroup_id ?? 'group'}`;
    case 'channel':
      return `#${el.channel_id ?? 'channel'}`;
    case 'broadcast':
      return `@${el.range ?? 'here'}`;
    case 'emoji':
      return el.name ? `:${el.name}:` : '';
    case 'date':
      return el.fallback ?? '';
    case 'color':
      return el.value ?? '';
    default:
      // A nested container (a section inside a quote) reads like one at the top.
      return el.elements ? containerText(el, bot, depth) : (el.text ?? '');
  }
}
