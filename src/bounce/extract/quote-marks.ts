/**
 * A bounce quoted in a reply or in chat: each line opens with "> " (or "> > " when quoted twice). The
 * marks hide what the readers look for at the start of a line (Postfix's folded continuation lines, Exim's
 * indented reply), so they are taken off. Sendmail's ">>> RCPT" transcript lines are not quote marks: a
 * mark is a ">" followed by a space or the end of the line.
 */
const QUOTE_MARKS = /^(?:>(?:[ \t]|$))+/;
// Helpdesks and some clients quote with a bar ("| 550-5.7.1 …", Help Scout, Jira's quote panel, mutt's
// indent_string): a mark too, when no barred line ends with one (a Markdown or console table's row does).
const BAR_MARKS = /^(?:\|(?:[ \t]|$))+/;
const TABLE_ROW = /\|[ \t]*$/;

// One quoted line is a chat quote of one reply, read as it is; a quoted block is two lines or more.
const MIN_QUOTED_LINES = 2;

/** The text with its reply quote marks taken off, or the text itself when it has no quoted block. */
export function withoutQuoteMarks(text: string): string {
  return withoutMarks(withoutMarks(text, '>', QUOTE_MARKS), '|', BAR_MARKS);
}

function withoutMarks(text: string, mark: string, marks: RegExp): string {
  // A quote mark opens a line: most texts (and every bounce's "<address>") fail this without a split.
  if (!text.startsWith(mark) && !text.includes(`\n${mark}`)) return text;
  const lines = text.split('\n');
  let quoted = 0;
  for (const line of lines) {
    if (!marks.test(line)) continue;
    if (mark === '|' && TABLE_ROW.test(line)) return text;
    quoted++;
  }
  if (quoted < MIN_QUOTED_LINES) return text;
  return lines.map((line) => line.replace(marks, '')).join('\n');
}
