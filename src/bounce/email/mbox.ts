/**
 * Streaming mbox splitter. Messages start at envelope lines, "From SENDER DATE" (the line is dropped):
 * the first line of the mbox, then every line that starts "From " and reads as one, as mutt's is_from
 * does (SENDER is one word, DATE starts with a weekday or a digit: "From - Mon Jan  1 00:00:00 2024",
 * "From MAILER-DAEMON  Thu Apr 29 ..."). A body line a writer left unquoted ("From what I can see, ...")
 * stays in its message. Lines quoted as ">From " (mboxrd/mboxo) lose one ">". Memory holds one message
 * at a time, and a message over `maxBytes` is not kept at all, only counted, so any mbox size is fine.
 */
export type MboxPart =
  | { index: number; size: number; bytes: Buffer }
  /** Too large to diagnose: the bytes were not kept. */
  | { index: number; size: number; bytes: null };

const NL = 0x0a;
const FROM_ = Buffer.from('From ');
const NL_FROM_ = Buffer.from('\nFrom ');
const QUOTED = Buffer.from('>From ');
// A line longer than this without a newline is content, not a possible "From " line: stop carrying it.
const MAX_CARRY = 1 << 20;

/** Bytes to look at before deciding whether an input is an mbox (blank lines may come first). */
export const MBOX_HEAD_BYTES = 64;

/** An mbox starts with a "From " line, after blank lines at most (an export may begin with one). */
export function isMboxStart(head: Uint8Array): boolean {
  let i = 0;
  while (i < head.length && (head[i] === NL || head[i] === CR)) i++;
  if (head.length - i < FROM_.length) return false;
  for (let k = 0; k < FROM_.length; k++) if (head[i + k] !== FROM_[k]) return false;
  return true;
}

const CR = 0x0d;
const SP = 0x20;
const TAB = 0x09;
// "Mon".."Sun", as the three bytes of each packed into one number.
const WEEKDAYS = new Set(
  ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].map(
    (d) => (d.charCodeAt(0) << 16) | (d.charCodeAt(1) << 8) | d.charCodeAt(2),
  ),
);
const MAX_SENDER = 512;

/**
 * Whether the "From " line at `at` is an envelope line: "From ", one word (the sender, may be empty),
 * spaces, then a date starting with a weekday or a digit. A few dozen byte reads at most.
 */
export function isEnvelopeLine(data: Uint8Array, at: number): boolean {
  let p = at + FROM_.length;
  const end = Math.min(data.length, p + MAX_SENDER);
  while (p < end && data[p] !== SP && data[p] !== TAB && data[p] !== NL) p++;
  if (p >= end || data[p] === NL) return false;
  while (p < data.length && (data[p] === SP || data[p] === TAB)) p++;
  const c = data[p];
  if (c === undefined) return false;
  if (c >= 0x30 && c <= 0x39) return true;
  if (p + 3 > data.length) return false;
  return WEEKDAYS.has(((c << 16) | ((data[p + 1] as number) << 8) | (data[p + 2] as number)) >>> 0);
}

export class MboxSplitter {
  private carry: Buffer = Buffer.alloc(0);
  private carryAtLineStart = true;
  private parts: Buffer[] = [];
  private size = 0;
  private index = 0;
  private inMessage = false;
  private out: MboxPart[] = [];

  constructor(private readonly maxBytes: number) {}

  /** Feeds bytes; returns the messages completed by them. */
  push(chunk: Buffer): MboxPart[] {
    const data = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    const atLineStart = this.carryAtLineStart;
    const lastNl = data.lastIndexOf(NL);
    if (lastNl < 0) {
      this.carry = data;
      if (data.length > MAX_CARRY) {
        this.scan(data, atLineStart);
        this.carry = Buffer.alloc(0);
        this.carryAtLineStart = false;
      }
      return this.take();
    }
    this.scan(data.subarray(0, lastNl + 1), atLineStart);
    this.carry = data.subarray(lastNl + 1);
    this.carryAtLineStart = true;
    return this.take();
  }

  /** Ends the input; returns the last message. */
  end(): MboxPart[] {
    if (this.carry.length > 0) this.scan(this.carry, this.carryAtLineStart);
    this.carry = Buffer.alloc(0);
    this.finish();
    return this.take();
  }

  private take(): MboxPart[] {
    const out = this.out;
    this.out = [];
    return out;
  }

  /** `data` starts a line when `atLineStart`; a "From " line is complete unless it is the tail at end(). */
  private scan(data: Buffer, atLineStart: boolean): void {
    let segStart = 0;
    let boundary =
      atLineStart &&
      data.subarray(0, FROM_.length).equals(FROM_) &&
      (this.index === 0 || isEnvelopeLine(data, 0))
        ? 0
        : nextBoundary(data, 0, this.index === 0);
    while (boundary >= 0) {
      this.append(data.subarray(segStart, boundary));
      this.finish();
      const eol = data.indexOf(NL, boundary);
      segStart = eol < 0 ? data.length : eol + 1;
      this.inMessage = true;
      this.index++;
      boundary = eol < 0 ? -1 : nextBoundary(data, eol, false);
    }
    this.append(data.subarray(segStart));
  }

  private append(slice: Buffer): void {
    if (!this.inMessage || slice.length === 0) return;
    this.size += slice.length;
    if (this.size <= this.maxBytes) this.parts.push(slice);
    else this.parts = [];
  }

  private finish(): void {
    if (!this.inMessage) return;
    const size = this.size;
    const bytes = size <= this.maxBytes ? unescapeFrom(trimSeparator(Buffer.concat(this.parts))) : null;
    this.out.push(bytes ? { index: this.index, size, bytes } : { index: this.index, size, bytes: null });
    this.parts = [];
    this.size = 0;
    this.inMessage = false;
  }
}

/**
 * Offset of the next message start after `from` (which is a newline or 0), or -1: a "From " line at a
 * line start that is an envelope line, or any "From " line when it would be the first message.
 */
function nextBoundary(data: Buffer, from: number, first: boolean): number {
  let i = data.indexOf(NL_FROM_, from);
  while (i >= 0 && !first && !isEnvelopeLine(data, i + 1)) i = data.indexOf(NL_FROM_, i + 1);
  return i < 0 ? -1 : i + 1;
}

/** Drops the blank line mbox puts before the next "From " line (only an empty last line). */
function trimSeparator(b: Buffer): Buffer {
  const n = b.length;
  if (n >= 4 && b[n - 1] === NL && b[n - 2] === 0x0d && b[n - 3] === NL && b[n - 4] === 0x0d)
    return b.subarray(0, n - 2);
  if (n >= 2 && b[n - 1] === NL && b[n - 2] === NL) return b.subarray(0, n - 1);
  return b;
}

/** ">From " -> "From ", ">>From " -> ">From " at line starts (mboxrd); a fast path when absent. */
export function unescapeFrom(b: Buffer): Buffer {
  if (b.indexOf(QUOTED) < 0) return b;
  const pieces: Buffer[] = [];
  let copied = 0;
  let lineStart = 0;
  while (lineStart < b.length) {
    let p = lineStart;
    while (b[p] === 0x3e) p++;
    if (p > lineStart && b.subarray(p, p + FROM_.length).equals(FROM_)) {
      pieces.push(b.subarray(copied, lineStart));
      copied = lineStart + 1; // skip one '>'
    }
    const eol = b.indexOf(NL, lineStart);
    if (eol < 0) break;
    lineStart = eol + 1;
  }
  pieces.push(b.subarray(copied));
  return Buffer.concat(pieces);
}

/** Splits a stream of bytes; a for-await over a Readable pauses it while each message is processed. */
export async function* splitMbox(
  source: AsyncIterable<Buffer | string>,
  maxBytes: number,
): AsyncGenerator<MboxPart> {
  const splitter = new MboxSplitter(maxBytes);
  for await (const chunk of source) {
    yield* splitter.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  }
  yield* splitter.end();
}

// The envelope line asMbox writes before each message: a sender word and a date, as isEnvelopeLine wants.
const ENVELOPE = 'From mailmedic Thu Jan  1 00:00:00 1970';
// Body lines that a reader could take for an envelope line, or that are already quoted: quoted once more.
const FROM_LINE = /^(>*From )/gm;

/** Texts as one mboxrd: an envelope line before each, its "From " lines quoted (the splitter unquotes them). */
export function asMbox(texts: readonly string[]): string {
  return texts.map((t) => `${ENVELOPE}\n${t.replace(FROM_LINE, '>$1')}\n`).join('');
}

/** A text that starts as an mbox does (isMboxStart, for a string: blank lines, then "From "). */
export function isMboxText(text: string): boolean {
  return MBOX_TEXT.test(text.slice(0, MBOX_HEAD_BYTES));
}
const MBOX_TEXT = /^[\r\n]*From /;

/** The messages of an mbox held whole (those over `maxBytes` as null), or null when the input is no mbox. */
export function mboxMessages(input: Uint8Array, maxBytes: number): (Buffer | null)[] | null {
  if (!isMboxStart(input.subarray(0, MBOX_HEAD_BYTES))) return null;
  const splitter = new MboxSplitter(maxBytes);
  const bytes = Buffer.isBuffer(input)
    ? input
    : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  return [...splitter.push(bytes), ...splitter.end()].map((p) => p.bytes);
}
