/** The quote marks a DNS panel may store around a record typed with them: straight and typographic. */
export const QUOTE = `["'\\u201c\\u201d]`;

/** `"v=spf1 mx -all"`, `“v=DMARC1; p=reject”`: a record that starts with a quote mark and then `tag`. */
export function startsQuoted(tag: string): RegExp {
  return new RegExp(`^${QUOTE}\\s*${tag}`, 'i');
}

/** Why a record stored with its quote marks is skipped, and the fix. */
export const QUOTED_RECORD_WORDS =
  'the DNS panel stored the quote marks typed around it, so the record starts with a quote and receivers ' +
  'skip it. Edit it and remove the quote marks (most panels add their own).';
