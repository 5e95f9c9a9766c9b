import type { APIEmbed } from 'discord.js';

/** Discord's message limits (developer docs, "Embed Limits" and "Create Message"). */
export const LIMITS = {
  content: 2000,
  embeds: 10,
  /** Title, description, field names and values, footer text and author name across a message's embeds. */
  embedTotal: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  authorName: 256,
  files: 10,
  /** Bytes per file: Discord's default upload limit is 10 MiB (more only in boosted servers). */
  fileBytes: 10 * 1024 * 1024,
  threadName: 100,
} as const;

// Headroom under the upload limit for the request's other parts (embeds, multipart framing).
const FILE_BYTES_SENT = LIMITS.fileBytes - 512 * 1024;

/**
 * Characters of the full report worth rendering: a character is at least a byte, so text past this
 * would be cut by `fileData` anyway; the headroom keeps the report's closing parts (checks, notes) in.
 */
export const FULL_REPORT_CHARS = FILE_BYTES_SENT - 256 * 1024;

/**
 * A file's bytes within Discord's upload limit: a longer text (the full report of a 4 MiB bulk paste
 * runs to ~20 MB) is cut at a line end, never inside a UTF-8 character, and says so at the end.
 */
export function fileData(text: string, max = FILE_BYTES_SENT): Buffer {
  const data = Buffer.from(text, 'utf8');
  if (data.length <= max) return data;
  const note = `\n… cut here: Discord takes files up to ${Math.floor(LIMITS.fileBytes / 1048576)} MiB; this one was ${(data.length / 1048576).toFixed(1)} MiB. Run the mailmedic CLI on the paste for everything.\n`;
  let end = max - Buffer.byteLength(note);
  while (end > 0 && ((data[end] ?? 0) & 0xc0) === 0x80) end--;
  const nl = data.lastIndexOf(0x0a, end - 1);
  if (nl > end - 64 * 1024) end = nl;
  return Buffer.concat([data.subarray(0, end), Buffer.from(note, 'utf8')]);
}

/** Cuts `text` to `max` characters (code points, never a split surrogate pair), marking the cut with "…". */
export function clip(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  return `${chars
    .slice(0, Math.max(0, max - 1))
    .join('')
    .trimEnd()}…`;
}

/** Discord counts characters; code points are the safe reading (a surrogate pair never counts as one less). */
export function length(text: string | undefined): number {
  return text === undefined ? 0 : [...text].length;
}

/** Characters an embed adds to the message-wide 6,000 budget. */
function embedLength(embed: APIEmbed): number {
  let n = length(embed.title) + length(embed.description) + length(embed.footer?.text);
  n += length(embed.author?.name);
  for (const f of embed.fields ?? []) n += length(f.name) + length(f.value);
  return n;
}

function totalLength(embeds: readonly APIEmbed[]): number {
  return embeds.reduce((n, e) => n + embedLength(e), 0);
}

/**
 * Joins lines while they fit in `max`, ending with "…and N more" when some do not. `lines` may be only
 * the first of `total` lines (the rest never formatted, because they could not fit: see `linesRoom`).
 */
export function joinLines(
  lines: readonly string[],
  max: number,
  total: number = lines.length,
): { text: string; omitted: number } {
  const kept: string[] = [];
  let used = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = clip(lines[i] as string, max);
    const sep = kept.length > 0 ? 1 : 0;
    // Room for the "…and N more" that would follow if this were the last line kept.
    const tail = i === total - 1 ? 0 : length(`…and ${total - i - 1} more`) + 1;
    if (used + sep + length(line) + tail <= max) {
      kept.push(line);
      used += sep + length(line);
      continue;
    }
    const omitted = total - i;
    kept.push(`…and ${omitted} more`);
    return { text: clip(kept.join('\n'), max), omitted };
  }
  if (total > lines.length) {
    const omitted = total - lines.length;
    kept.push(`…and ${omitted} more`);
    return { text: clip(kept.join('\n'), max), omitted };
  }
  return { text: kept.join('\n'), omitted: 0 };
}

/** At most how many lines `joinLines` can keep in `max` characters: each takes a character and a line break. */
export function linesRoom(max: number): number {
  return Math.ceil(max / 2);
}

/** Clamps every part of one embed to its own limit. */
function clampEmbed(embed: APIEmbed): APIEmbed {
  const out: APIEmbed = { ...embed };
  if (out.title !== undefined) out.title = clip(out.title, LIMITS.title);
  if (out.description !== undefined) out.description = clip(out.description, LIMITS.description);
  if (out.footer) out.footer = { ...out.footer, text: clip(out.footer.text, LIMITS.footer) };
  if (out.author) out.author = { ...out.author, name: clip(out.author.name, LIMITS.authorName) };
  if (out.fields) {
    out.fields = out.fields.slice(0, LIMITS.fields).map((f) => ({
      ...f,
      name: clip(f.name, LIMITS.fieldName) || '\u200b',
      value: clip(f.value, LIMITS.fieldValue) || '\u200b',
    }));
  }
  return out;
}

/**
 * Makes a message's embeds fit: each part clamped, at most 10 embeds, and at most `budget` characters
 * across them — trailing embeds go first, then the last embed's fields, then its description is cut.
 * `cut` says whether anything was left out, so the caller can attach the full text.
 */
export function fitEmbeds(
  embeds: readonly APIEmbed[],
  budget: number = LIMITS.embedTotal,
): { embeds: APIEmbed[]; cut: boolean } {
  const out = embeds.map(clampEmbed);
  let cut =
    out.length > LIMITS.embeds || out.some((e, i) => embedLength(e) !== embedLength(embeds[i] as APIEmbed));
  out.splice(LIMITS.embeds);
  while (totalLength(out) > budget) {
    cut = true;
    if (out.length > 1) {
      out.pop();
      continue;
    }
    const only = out[0] as APIEmbed;
    if (only.fields && only.fields.length > 0) {
      only.fields = only.fields.slice(0, -1);
      continue;
    }
    const over = totalLength(out) - budget;
    only.description = clip(only.description ?? '', Math.max(0, length(only.description) - over));
    if (only.description === '') delete only.description;
    if (totalLength(out) > budget)
      only.title = clip(only.title ?? '', Math.max(1, budget - embedLength({ ...only, title: '' })));
    break;
  }
  return { embeds: out, cut };
}
