/**
 * What chat apps and mail clients add to a bounce on its way into a paste, and are not the bounce: characters a
 * copy carries that readers must not see, list bullets, and the lines a client's "show original" page puts above
 * the raw message. Adding a client's mark is adding an entry.
 */

/** Invisible characters from web pages, rich-text copies and chat apps (zero-width spaces, byte-order mark, soft hyphen): removed. */
export const INVISIBLE_CHARACTERS: readonly string[] = [
  '\u200b', // zero-width space (web pages breaking long words, Slack and Teams copies)
  '\u200c', // zero-width non-joiner
  '\u200d', // zero-width joiner
  '\u2060', // word joiner
  '\ufeff', // byte-order mark / zero-width no-break space (a Windows clipboard, Outlook)
  '\u00ad', // soft hyphen (HTML mail copied as text)
];

/** Space characters a rich-text or HTML copy puts for ordinary spaces (&nbsp; indentation, French spacing): a space. */
export const SPACE_CHARACTERS: readonly string[] = [
  '\u00a0', // no-break space
  '\u2007', // figure space
  '\u202f', // narrow no-break space
];

/** List bullets chat apps and word processors put before pasted lines ("• 550 5.1.1 …"): taken off a line's start. */
export const LINE_BULLETS: readonly string[] = ['•', '◦', '▪', '‣', '●', '○', '■'];

/**
 * The last line a webmail's "show original" page prints above the raw message (lower case, spaces and tabs
 * collapsed): what follows it is the message itself, read as an email.
 */
export const RAW_MESSAGE_PREAMBLE_ENDS: readonly string[] = [
  // Gmail: "Original Message" summary table (Message ID, Created at, From, To, Subject, SPF, DKIM, DMARC).
  'download original copy to clipboard',
];
