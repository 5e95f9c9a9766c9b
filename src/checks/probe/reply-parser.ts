import type { SmtpReply } from './types.js';

/** RFC 5321 allows 512 octets per reply line; servers exceed it, so be lenient but bounded. */
export const MAX_LINE = 4096;
/** Lines in one multi-line reply; an EHLO answer has a dozen. */
export const MAX_REPLY_LINES = 200;

// "250-", "250 " or a bare "250"; then an optional RFC 2034 enhanced code of the same class.
const LINE = /^([2-5]\d\d)([ -]|$)(.*)$/s;
const ENHANCED = /^([245])\.(\d{1,3})\.(\d{1,3})(?: +|$)/;

/** A reply the probe cannot read: the peer is not speaking SMTP, or floods it. */
export class SmtpProtocolError extends Error {}

/**
 * Reads SMTP replies out of a byte stream: lines end with CRLF (a bare LF is tolerated), a `-` after
 * the code continues the reply, a space ends it. Bounded: no line or reply can grow without limit.
 */
export class ReplyParser {
  private buffer = '';
  private pending: string[] = [];
  private pendingCode = '';

  /** Feeds text; returns the replies completed by it, in order. Throws SmtpProtocolError. */
  push(chunk: string): SmtpReply[] {
    this.buffer += chunk;
    const done: SmtpReply[] = [];
    // Walk the lines by index and cut the buffer once: slicing per line would copy it per line.
    let start = 0;
    let eol = this.buffer.indexOf('\n', start);
    while (eol >= 0) {
      const line = this.buffer.slice(start, eol).replace(/\r$/, '');
      start = eol + 1;
      const reply = this.line(line);
      if (reply) done.push(reply);
      eol = this.buffer.indexOf('\n', start);
    }
    this.buffer = this.buffer.slice(start);
    if (this.buffer.length > MAX_LINE) throw new SmtpProtocolError(`a reply line is over ${MAX_LINE} bytes`);
    return done;
  }

  /** Bytes received after the last complete reply (e.g. plaintext injected after a STARTTLS reply). */
  get leftover(): string {
    return this.buffer + this.pending.join('\n');
  }

  reset(): void {
    this.buffer = '';
    this.pending = [];
    this.pendingCode = '';
  }

  private line(line: string): SmtpReply | null {
    if (line.length > MAX_LINE) throw new SmtpProtocolError(`a reply line is over ${MAX_LINE} bytes`);
    const m = LINE.exec(line);
    if (!m) throw new SmtpProtocolError(`not an SMTP reply line: "${printable(line).slice(0, 80)}"`);
    const code = m[1] as string;
    if (this.pending.length > 0 && code !== this.pendingCode) {
      throw new SmtpProtocolError(`a multi-line reply changed its code from ${this.pendingCode} to ${code}`);
    }
    this.pendingCode = code;
    this.pending.push(m[3] ?? '');
    if (this.pending.length > MAX_REPLY_LINES) {
      throw new SmtpProtocolError(`a reply has more than ${MAX_REPLY_LINES} lines`);
    }
    if (m[2] === '-') return null;
    const reply = toReply(Number(code), this.pending);
    this.pending = [];
    this.pendingCode = '';
    return reply;
  }
}

/** Splits the enhanced status off each line; it counts only when its class matches the reply code's. */
function toReply(code: number, rawLines: readonly string[]): SmtpReply {
  const first = ENHANCED.exec(rawLines[0] ?? '');
  const status = first && first[1] === String(code)[0] ? `${first[1]}.${first[2]}.${first[3]}` : null;
  const lines = rawLines.map((l) => {
    const m = status ? ENHANCED.exec(l) : null;
    // A peer's bytes never reach a chat or a terminal raw.
    return printable(m && `${m[1]}.${m[2]}.${m[3]}` === status ? l.slice(m[0].length) : l).trim();
  });
  return { code, status, lines, text: lines.filter((l) => l !== '').join(' ') };
}

/** The reply as the server wrote it, one line per line: `250-first`, `250 last`. */
export function replyLines(reply: SmtpReply): string[] {
  const prefix = reply.status ? `${reply.status} ` : '';
  return reply.lines.map((l, i) =>
    `${reply.code}${i < reply.lines.length - 1 ? '-' : ' '}${prefix}${l}`.trimEnd(),
  );
}

/** Control characters (other than tab) shown as "?": a peer's bytes never reach a chat or terminal raw. */
export function printable(s: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: replacing them is the point
  return s.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g, '?');
}
