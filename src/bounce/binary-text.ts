/**
 * Control characters (NUL and the C0 controls other than tab, LF and CR) in a text's sample: over 5 % of it
 * is binary data (a file's bytes, UTF-16 without its byte order mark), never a pasted bounce. Random bytes
 * hold about 11 %; a terminal paste's colour escapes stay far below 5 %.
 */
export function controlCount(sample: string): number {
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13) control++;
  }
  return control;
}

export function looksBinary(sample: string): boolean {
  // Runs of NUL are padding (a log file cut short by a crash), not data; UTF-16's single NULs count.
  const text = withoutAnsiEscapes(sample).replace(NUL_RUN, '');
  return text.length > 0 && controlCount(text) / text.length > 0.05;
}

const NUL_RUN = /\0{2,}/g;

// A terminal's colour and cursor codes (ESC [ 1;31 m), kept by `grep --color=always` or `script` output, and its
// OSC commands (ESC ] 0;title BEL), which retitle a window or write the clipboard when echoed to a terminal.
// The OSC body excludes ESC, so scans from different starts never overlap (linear on any input).
const TERMINAL_ESCAPE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the escape character is the point
  /\x1b\[[0-9;?]{0,32}[ -/]{0,4}[@-~]|\x1b\][^\x07\x1b]{0,4096}(?:\x07|\x1b\\)/g;

/** The text without a terminal's escape codes: "\x1b[31m550 5.1.1 …\x1b[0m" is the reply it shows. */
export function withoutAnsiEscapes(text: string): string {
  return text.includes('\x1b') ? text.replace(TERMINAL_ESCAPE, '') : text;
}

// C0 controls other than tab and line feed, DEL and the C1 controls (U+009B is a one-character CSI).
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: replacing them is the point
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * Text fit to show in a terminal or chat: escape codes dropped, any other control character shown as "?"
 * (a quoted-printable "=00" decodes to NUL; a lone CR would let the text overwrite its own line).
 */
export function printableText(text: string): string {
  return CONTROL.test(text) ? withoutAnsiEscapes(text).replace(CONTROLS, '?') : text;
}
