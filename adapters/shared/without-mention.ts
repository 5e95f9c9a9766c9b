/**
 * A chat message's text with every mention of the bot (`pattern`) removed: "hey @bot look" -> "hey look".
 * Only the spaces beside a mention go with it: a pasted Postfix or Exim bounce keeps its indentation and
 * its columns.
 */
export function withoutMention(raw: string, pattern: RegExp): string {
  const pieces = raw.split(pattern);
  if (pieces.length === 1) return raw;
  let text = pieces[0] as string;
  for (const piece of pieces.slice(1)) {
    const left = text.slice(0, endOfText(text));
    const right = piece.slice(startOfText(piece));
    const joined =
      left === '' || left.endsWith('\n') || right === '' || right.startsWith('\n') || right.startsWith('\r');
    text = joined ? left + right : `${left} ${right}`;
  }
  return withoutBlankStart(text).trimEnd();
}

const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t';

// Loops, not /[ \t]+$/: an anchored pattern retried at every start of a long run of spaces is quadratic.
function endOfText(text: string): number {
  let end = text.length;
  while (end > 0 && isBlank(text[end - 1])) end--;
  return end;
}

function startOfText(text: string): number {
  let start = 0;
  while (start < text.length && isBlank(text[start])) start++;
  return start;
}

/** Without the blank lines above the first word (a mention on a line of its own), its line's indent kept. */
function withoutBlankStart(text: string): string {
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') lineStart = i + 1;
    else if (!isBlank(c) && c !== '\r') return text.slice(lineStart);
  }
  return '';
}
