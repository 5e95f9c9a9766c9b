/** Reading pasted JSON events (Amazon SES, SendGrid, Mailgun, Postmark) without trusting their shape. */

export type Json = Record<string, unknown>;

const MAX_JSON = 1_000_000;

/**
 * The JSON between the first opening and the last closing bracket of `text` (either "{" or "[" when
 * `arrays`); mail transport may have folded a long line, so with `unfold` a failed parse is retried unfolded.
 */
export function parseJsonSpan(text: string, options: { arrays: boolean; unfold: boolean }): unknown {
  const start = options.arrays ? text.search(/[[{]/) : text.indexOf('{');
  const end = options.arrays ? Math.max(text.lastIndexOf('}'), text.lastIndexOf(']')) : text.lastIndexOf('}');
  if (start < 0 || end <= start || end - start > MAX_JSON) return undefined;
  const body = text.slice(start, end + 1);
  for (const candidate of options.unfold ? [body, body.replace(/\r?\n[ \t]?/g, '')] : [body]) {
    try {
      return JSON.parse(candidate) as unknown;
    } catch {
      // try the next form
    }
  }
  return undefined;
}

/**
 * An object's fields copied without its braces ('"event": "failed",\n"recipient": "b@x",'), as a dashboard's JSON
 * view lets one copy a few lines: read as the object they came from, else undefined.
 */
export function parseJsonFields(text: string): Json | undefined {
  const fields = text.trim();
  if (!fields.startsWith('"') || fields.length > MAX_JSON) return undefined;
  try {
    return asObject(JSON.parse(`{${fields.replace(/,$/, '')}}`));
  } catch {
    return undefined;
  }
}

export function asObject(value: unknown): Json | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined;
}

export function asArray(value: unknown): Json[] {
  return Array.isArray(value) ? (value as Json[]) : [];
}

/** A non-empty string, else undefined. */
export function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** A DSN-style diagnostic without its "smtp;" type prefix. */
export function withoutSmtpType(diagnostic: string | undefined): string | undefined {
  return diagnostic?.replace(/^smtp;\s*/i, '');
}
