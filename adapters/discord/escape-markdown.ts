/**
 * Shows text literally in Discord markdown. discord.js's own escapeMarkdown takes time quadratic in the
 * length (about 0.3 s for 8,000 characters), too slow for pasted bounces; this one is a single linear pass:
 * inline markers anywhere, block markers (quote, heading, list) at the start of a line.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\*_~`|[\]]/g, '\\$&')
    .replace(/^([ \t]*)([>#-])(?=\s)/gm, '$1\\$2')
    .replace(/^([ \t]*\d+)\.(?=\s)/gm, '$1\\.');
}
