/**
 * Postfix `postcat -q ID` (or `postcat FILE`): the queue file's envelope records, then the message between
 * "*** MESSAGE CONTENTS queue/ID ***" and "*** HEADER EXTRACTED …" / "*** MESSAGE FILE END …". The message is
 * what is read (a bounce notice stuck in the queue is that notice); the envelope names no failure.
 */
const CONTENTS = /^\*\*\* MESSAGE CONTENTS \S{1,300} \*\*\*$/m;
const CONTENTS_END = /^\*\*\* (?:HEADER EXTRACTED|MESSAGE FILE END) \S{1,300} \*\*\*$/m;

export function postcatMessage(text: string): string | undefined {
  // Every input passes here: the literal is looked for before the line pattern.
  if (!text.includes('*** MESSAGE CONTENTS ')) return undefined;
  const start = CONTENTS.exec(text);
  if (!start) return undefined;
  const rest = text.slice(start.index + start[0].length).replace(/^\r?\n/, '');
  const end = CONTENTS_END.exec(rest);
  const message = end ? rest.slice(0, end.index) : rest;
  return message.trim() === '' ? undefined : message;
}
