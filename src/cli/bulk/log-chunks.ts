import { isContextLine } from '../../bounce/extract/log-lines.js';
import type { Message } from './read-inputs.js';

/**
 * An MTA log (a mail.log, `journalctl -u postfix`, an Exim mainlog, a PowerMTA accounting file) is read in
 * chunks of whole lines, each one message: any size streams in bounded memory, where one message over the
 * size cap would be refused whole. The lines that tell a later line its sender (Postfix's "from=<…>",
 * Exim's "<=", qmail's "info msg") are carried into the next chunk, so a delivery logged across a chunk
 * boundary keeps its sender; they give no record themselves, so nothing is read twice.
 */

/** Bytes of a chunk (a bounce reader reads at most 20,000 lines of one message: ≥ 13 bytes a line here). */
export const LOG_CHUNK_BYTES = 256 * 1024;
/** Bytes of an input's head looked at to tell a log from one message. */
export const LOG_HEAD_BYTES = 4096;
const MAX_CARRY_BYTES = 64 * 1024;
const NL = 0x0a;

// A line of a log starts with its time: syslog ("Dec  3 09:12:03"), ISO 8601 and Exim ("2026-12-03
// 09:12:03", "2026-12-03T09:12:03.123Z", after an RFC 5424 "<22>1 "), TAI64N ("@4000…"), Unix time
// ("1701594723.123"); a CSV record (PowerMTA, Exchange message tracking) holds one in its first fields.
const LOG_TIME =
  /^(?:<\d{1,3}>\d?\s?)?(?:[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d\b|\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d|@4000[0-9a-f]{20}\b|\d{10}\.\d{1,9}\b)|^[^,\n]{0,24},\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d/;
const MIN_LOG_LINES = 3;
const HEAD_LINES = 20;

/** True when most of the first lines of `head` start with a log's time stamp (comments and blanks aside). */
export function isLogStart(head: Uint8Array): boolean {
  const text = Buffer.from(head.buffer, head.byteOffset, Math.min(head.byteLength, LOG_HEAD_BYTES)).toString(
    'latin1',
  );
  const lines = text.split('\n', HEAD_LINES + 1).slice(0, HEAD_LINES);
  // The last line of a cut head may be partial: it is not judged.
  if (text.length === LOG_HEAD_BYTES) lines.pop();
  let timed = 0;
  let other = 0;
  for (const line of lines) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    if (LOG_TIME.test(line)) timed++;
    else other++;
  }
  return timed >= MIN_LOG_LINES && timed >= 3 * other;
}

/** Splits a log into messages of whole lines; labels are `LABEL:LINE` (the chunk's first line) when there are several. */
export class LogChunker {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private carry: Buffer[] = [];
  private line = 1;
  private emitted = 0;

  constructor(private readonly label: string) {}

  push(data: Buffer): Message[] {
    this.pending.push(data);
    this.pendingBytes += data.length;
    const out: Message[] = [];
    while (this.pendingBytes >= LOG_CHUNK_BYTES) {
      const all = this.pending.length === 1 ? (this.pending[0] as Buffer) : Buffer.concat(this.pending);
      // Cut after the last whole line within the chunk; a line longer than a chunk is cut where it must be.
      const nl = all.lastIndexOf(NL, LOG_CHUNK_BYTES - 1);
      const cut = nl >= 0 ? nl + 1 : LOG_CHUNK_BYTES;
      out.push(this.chunk(all.subarray(0, cut), true));
      const rest = all.subarray(cut);
      this.pending = rest.length > 0 ? [rest] : [];
      this.pendingBytes = rest.length;
    }
    return out;
  }

  end(): Message[] {
    if (this.pendingBytes === 0) return [];
    const all = Buffer.concat(this.pending);
    this.pending = [];
    this.pendingBytes = 0;
    return all.toString('latin1').trim() === '' ? [] : [this.chunk(all, this.emitted > 0)];
  }

  private chunk(lines: Buffer, numbered: boolean): Message {
    const label = numbered ? `${this.label}:${this.line}` : this.label;
    const bytes = this.carry.length > 0 ? Buffer.concat([...this.carry, lines]) : lines;
    this.line += countLines(lines);
    this.carry = contextLines(lines);
    this.emitted++;
    return { label, size: bytes.length, bytes };
  }
}

function countLines(data: Buffer): number {
  let n = 0;
  for (let i = data.indexOf(NL); i >= 0; i = data.indexOf(NL, i + 1)) n++;
  return n;
}

/** The lines of `data` that tell other lines their sender, the newest up to MAX_CARRY_BYTES. */
function contextLines(data: Buffer): Buffer[] {
  const kept: Buffer[] = [];
  let bytes = 0;
  let end = data.length;
  while (end > 0) {
    const nl = end >= 2 ? data.lastIndexOf(NL, end - 2) : -1;
    const start = nl + 1;
    const line = data.subarray(start, end);
    if (isContextLine(line.toString('latin1'))) {
      if (bytes + line.length + 1 > MAX_CARRY_BYTES) break;
      kept.push(line[line.length - 1] === NL ? line : Buffer.concat([line, Buffer.from('\n')]));
      bytes += line.length + 1;
    }
    end = start;
  }
  return kept.reverse();
}

/** A log held whole, in chunks. */
export function chunksOf(label: string, data: Buffer): Message[] {
  const chunker = new LogChunker(label);
  return [...chunker.push(data), ...chunker.end()];
}

/** A log streamed, in chunks. */
export async function* streamChunks(
  label: string,
  source: AsyncIterable<Buffer | string>,
): AsyncGenerator<Message> {
  const chunker = new LogChunker(label);
  for await (const data of source) yield* chunker.push(typeof data === 'string' ? Buffer.from(data) : data);
  yield* chunker.end();
}
