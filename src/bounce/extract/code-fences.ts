/**
 * A bounce pasted into chat inside a code block: "```" (maybe with a language, "```text") on its own line,
 * or glued to the first and last pasted lines ("```<bob@example.org>: host …"). Glued fences hide what the
 * readers look for at the start or end of a line, so fences are taken off; the pasted text stays as it was.
 */
const FENCE_LINE = /^[ \t]*```[\w.+-]{0,20}[ \t]*$/gm;
const FENCE_OPENING = /^([ \t]*)```/gm;
const FENCE_CLOSING = /```[ \t]*$/gm;

/** The text without chat code fences, or the text itself when it has none. */
export function withoutCodeFences(text: string): string {
  if (!text.includes('```')) return text;
  return text.replace(FENCE_LINE, '').replace(FENCE_OPENING, '$1').replace(FENCE_CLOSING, '');
}
