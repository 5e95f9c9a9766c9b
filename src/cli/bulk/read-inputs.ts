import { closeSync, createReadStream, fstatSync, openSync, readSync } from 'node:fs';
import { Readable } from 'node:stream';
import { createGunzip, gunzipSync } from 'node:zlib';
import {
  isMboxStart,
  MBOX_HEAD_BYTES,
  type MboxPart,
  MboxSplitter,
  splitMbox,
} from '../../bounce/email/mbox.js';
import { isZip, type ZipEntry, zipEntries } from '../../commands/zip-entries.js';
import { formatBytes } from '../../errors.js';
import { chunksOf, isLogStart, LOG_CHUNK_BYTES, LOG_HEAD_BYTES, streamChunks } from './log-chunks.js';
import { skipFile } from './skip-names.js';
import { describeFsError, type InputEntry } from './walk.js';

/** One message to diagnose; `bytes` is null when it was over the size cap (and so not kept). */
export interface Message {
  label: string;
  size: number;
  bytes: Buffer | null;
  /** Why `bytes` is null, when the size alone does not say it (an archive's entry that inflates too far). */
  problem?: string;
}

export type Loaded =
  | {
      kind: 'messages';
      label: string;
      /** Where it is read from, for commands a user may run on it ("-": stdin). */
      path: string;
      mbox: boolean;
      messages: Iterable<Message> | AsyncIterable<Message>;
    }
  | { kind: 'error'; label: string; message: string };

export interface ReadOptions {
  maxBytes: number;
  stdin: NodeJS.ReadableStream;
}

/**
 * Loads inputs in order. A file up to the cap is read whole; a bigger one is streamed when it is an
 * mbox (messages are read as they are consumed) or an MTA log (read in chunks of lines, log-chunks.ts),
 * and refused otherwise. Files are read synchronously:
 * measured on 10,000 small files, readFileSync costs ~20 µs each against ~85 µs for
 * fs.promises.readFile with 8 in flight (FileHandle bookkeeping dominates), and bulk speed is the goal.
 */
export async function* loadInputs(
  entries: Iterable<InputEntry>,
  options: ReadOptions,
): AsyncGenerator<Loaded> {
  for (const entry of entries) {
    const loaded = load(entry, options);
    yield loaded instanceof Promise ? await loaded : loaded;
  }
}

function load(entry: InputEntry, options: ReadOptions): Loaded | Promise<Loaded> {
  if (entry.kind === 'error') return entry;
  if (entry.kind === 'stdin') {
    return {
      kind: 'messages',
      label: entry.label,
      path: '-',
      mbox: false,
      messages: fromStream(entry.label, options),
    };
  }
  if (entry.kind === 'stream') {
    const source = createReadStream(entry.path, { highWaterMark: 256 * 1024 });
    return {
      kind: 'messages',
      label: entry.label,
      path: entry.path,
      mbox: false,
      messages: fromStream(entry.label, options, source),
    };
  }
  const { label, path } = entry;
  try {
    const file = readSmall(path, options.maxBytes);
    // A .zip is read as the folder it packs, streamed entry by entry (a big one is never read whole).
    if (file.zip)
      return fromZip(label, path, file.bytes ? [file.bytes] : createReadStream(path), options.maxBytes);
    // A gzipped file is read as a stream (fromStream unpacks it), its size bounded like stdin's.
    if (file.gzip) {
      const packed = file.bytes ? Readable.from([file.bytes]) : createReadStream(path);
      return {
        kind: 'messages',
        label,
        path,
        mbox: false,
        messages: fromStream(label, options, packed),
      };
    }
    if (file.bytes) return fromBuffer(label, path, file.bytes, options.maxBytes);
    if (file.mbox) {
      const stream = createReadStream(path, { highWaterMark: 256 * 1024 });
      return {
        kind: 'messages',
        label,
        path,
        mbox: true,
        messages: labelled(label, splitMbox(stream, options.maxBytes)),
      };
    }
    if (file.log) {
      const stream = createReadStream(path, { highWaterMark: LOG_CHUNK_BYTES });
      return { kind: 'messages', label, path, mbox: false, messages: streamChunks(label, stream) };
    }
    return {
      kind: 'messages',
      label,
      path,
      mbox: false,
      messages: [{ label, size: file.size, bytes: null }],
    };
  } catch (err) {
    return { kind: 'error', label, message: describeFsError(err) };
  }
}

// Most bounces are a few KiB: one read into this buffer takes the whole file, without an fstat.
const SCRATCH = Buffer.allocUnsafe(64 * 1024);

/**
 * The whole file when within `max`, else only whether it starts as an mbox or a log. A file smaller than
 * SCRATCH costs one open, one read and a close (a short read of a regular file is its end); a bigger one
 * is sized with fstat and read whole (or its head).
 */
function readSmall(
  path: string,
  max: number,
): { size: number; bytes: Buffer | null; mbox: boolean; log: boolean; gzip: boolean; zip: boolean } {
  const fd = openSync(path, 'r');
  try {
    const first = readSync(fd, SCRATCH, 0, SCRATCH.length, 0);
    const gzip = first >= 2 && SCRATCH[0] === 0x1f && SCRATCH[1] === 0x8b;
    const zip = first >= 4 && isZip(SCRATCH);
    if (first < SCRATCH.length && first <= max)
      return {
        size: first,
        bytes: Buffer.from(SCRATCH.subarray(0, first)),
        mbox: false,
        log: false,
        gzip,
        zip,
      };
    if (gzip || zip) return { size: first, bytes: null, mbox: false, log: false, gzip, zip };
    const size = fstatSync(fd).size;
    const want = size <= max ? size : Math.max(MBOX_HEAD_BYTES, LOG_HEAD_BYTES);
    const buf = Buffer.allocUnsafe(want);
    let got = 0;
    while (got < want) {
      const n = readSync(fd, buf, got, want - got, got);
      if (n === 0) break;
      got += n;
    }
    if (size <= max)
      return { size, bytes: got === want ? buf : buf.subarray(0, got), mbox: false, log: false, gzip, zip };
    const head = buf.subarray(0, got);
    const mbox = isMboxStart(head);
    return { size, bytes: null, mbox, log: !mbox && isLogStart(head), gzip, zip };
  } finally {
    closeSync(fd);
  }
}

function fromBuffer(label: string, path: string, bytes: Buffer, maxBytes: number): Loaded {
  const mbox = isMboxStart(bytes);
  return { kind: 'messages', label, path, mbox, messages: messagesIn(label, bytes, maxBytes, mbox) };
}

/** The messages of a file read whole: one, or an mbox's, or a long log's chunks of lines. */
function messagesIn(
  label: string,
  bytes: Buffer,
  maxBytes: number,
  mbox = isMboxStart(bytes),
): Iterable<Message> {
  if (bytes.length > LOG_CHUNK_BYTES && !mbox && isLogStart(bytes)) return chunksOf(label, bytes);
  if (!mbox) return [{ label, size: bytes.length, bytes }];
  const splitter = new MboxSplitter(maxBytes);
  return [...splitter.push(bytes), ...splitter.end()].map((p) => toMessage(label, p));
}

/**
 * A .zip's files, each read as a file of a folder is ("report.zip:bounces/a.eml"). The first two entries
 * are read before answering: an archive of one file is answered like that file alone, one of several
 * like a folder.
 */
async function fromZip(
  label: string,
  path: string,
  source: AsyncIterable<Buffer | string> | Iterable<Buffer>,
  maxBytes: number,
): Promise<Loaded> {
  const entries = zipEntries(source, maxBytes, readsEntry);
  const first: ZipEntry[] = [];
  let damage: unknown = null;
  try {
    // next(), not a for-await loop: leaving that loop early would close the generator.
    for (let next = await entries.next(); !next.done; next = await entries.next()) {
      first.push(next.value);
      if (first.length === 2) break;
    }
  } catch (err) {
    if (first.length === 0) return { kind: 'error', label, message: describeFsError(err) };
    damage = err; // the entry before the damage is read, then the archive is named as damaged
  }
  if (first.length === 0)
    return { kind: 'error', label, message: 'a .zip archive with no file in it to read (only folders)' };
  const rest = first.length === 2 && damage === null ? entries : null;
  return {
    kind: 'messages',
    label,
    path,
    mbox: first.length === 2,
    messages: zipMessages(label, first, rest, maxBytes, damage),
  };
}

function toMessage(label: string, part: MboxPart): Message {
  return { label: `${label}#${part.index}`, size: part.size, bytes: part.bytes };
}

async function* labelled(label: string, parts: AsyncIterable<MboxPart>): AsyncGenerator<Message> {
  for await (const part of parts) yield toMessage(label, part);
}

/**
 * stdin or a pipe: an mbox is split as it streams, a log read in chunks of lines; anything else is one
 * message, kept up to the cap.
 */
async function* fromStream(
  label: string,
  options: ReadOptions,
  source: NodeJS.ReadableStream = options.stdin,
): AsyncGenerator<Message> {
  const iterator = (source as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
  const chunks: Buffer[] = [];
  let size = 0;
  // Gather enough bytes to tell an mbox ("From ", perhaps after blank lines) or a log from a single message.
  while (size < LOG_HEAD_BYTES) {
    const next = await iterator.next();
    if (next.done) break;
    const buf = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
    chunks.push(buf);
    size += buf.length;
  }
  const rest: AsyncIterable<Buffer | string> = { [Symbol.asyncIterator]: () => iterator };
  const head = Buffer.concat(chunks);
  if (isZip(head)) {
    yield* zipMessages(
      label,
      [],
      zipEntries(prepend(chunks, rest), options.maxBytes, readsEntry),
      options.maxBytes,
    );
    return;
  }
  // Gzipped (a rotated mail.log.1.gz, a report .xml.gz, `cat x.gz |`): read as what it unpacks to.
  if (head[0] === 0x1f && head[1] === 0x8b) {
    yield* fromStream(label, options, Readable.from(prepend(chunks, rest)).pipe(createGunzip()));
    return;
  }
  if (isMboxStart(head)) {
    yield* labelled(label, splitMbox(prepend(chunks, rest), options.maxBytes));
    return;
  }
  if (isLogStart(head)) {
    yield* streamChunks(label, prepend(chunks, rest));
    return;
  }
  for await (const chunk of rest) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += buf.length;
    if (size <= options.maxBytes) chunks.push(buf);
  }
  yield { label, size, bytes: size <= options.maxBytes ? Buffer.concat(chunks) : null };
}

async function* zipMessages(
  label: string,
  first: ZipEntry[],
  rest: AsyncIterable<ZipEntry> | null,
  maxBytes: number,
  damage: unknown = null,
): AsyncGenerator<Message> {
  for (const entry of first) yield* entryMessages(label, entry, maxBytes);
  if (damage !== null) throw damage;
  if (rest) for await (const entry of rest) yield* entryMessages(label, entry, maxBytes);
}

/** An entry a folder walk would read as a file: not one it skips (a `._name` copy, .DS_Store; skip-names.ts). */
function readsEntry(name: string): boolean {
  return !skipFile(name.slice(name.lastIndexOf('/') + 1));
}

function entryMessages(label: string, entry: ZipEntry, maxBytes: number): Iterable<Message> {
  const named = `${label}:${entry.name}`;
  if (entry.bytes === null) return [{ label: named, size: 0, bytes: null, problem: entry.problem }];
  // A rotated log zipped with the others (mail.log.2.gz): read as what it unpacks to, as a file is.
  if (entry.bytes[0] === 0x1f && entry.bytes[1] === 0x8b) {
    try {
      return messagesIn(named, gunzipSync(entry.bytes, { maxOutputLength: maxBytes }), maxBytes);
    } catch (err) {
      const over = (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE';
      const problem = over
        ? `unpacks to more than the ${formatBytes(maxBytes)} limit for one message; skipped`
        : describeFsError(err);
      return [{ label: named, size: 0, bytes: null, problem }];
    }
  }
  return messagesIn(named, entry.bytes, maxBytes);
}

async function* prepend(
  first: Buffer[],
  rest: AsyncIterable<Buffer | string>,
): AsyncGenerator<Buffer | string> {
  yield* first;
  yield* rest;
}
