import type { SmtpReply } from './types.js';

/** The EHLO keywords the probe reports (RFC 1870, 3207, 2920, 6152, 6531, 8689). */
export const REPORTED_CAPABILITIES = [
  'SIZE',
  'STARTTLS',
  'PIPELINING',
  '8BITMIME',
  'SMTPUTF8',
  'REQUIRETLS',
] as const;

export interface Capabilities {
  /** Every keyword the server announced, upper case, with its parameters. */
  keywords: Map<string, string>;
  /** SIZE's limit in bytes; null when not announced or 0 (no fixed limit). */
  sizeLimit: number | null;
}

/** Reads the keywords of a 250 reply to EHLO; the first line is the server's greeting, not a keyword. */
export function parseCapabilities(reply: SmtpReply): Capabilities {
  const keywords = new Map<string, string>();
  for (const line of reply.lines.slice(1)) {
    const [word = '', ...params] = line.trim().split(/\s+/);
    if (/^[A-Za-z0-9][A-Za-z0-9-]*$/.test(word)) keywords.set(word.toUpperCase(), params.join(' '));
  }
  const size = Number(keywords.get('SIZE') ?? '');
  return { keywords, sizeLimit: Number.isFinite(size) && size > 0 ? size : null };
}

export function has(caps: Capabilities | null, keyword: string): boolean {
  return caps?.keywords.has(keyword) ?? false;
}
