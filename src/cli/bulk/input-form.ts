import { isOutlookMsg, outlookMsgAsEmail } from '../../bounce/email/outlook-msg.js';

/**
 * What a message's first bytes say about it, before it reaches the bounce reader: a compressed file or
 * an archive (refused with how to unpack it: reading it as text would give garbage; gzip and .zip are
 * unpacked when read, read-inputs.ts), an Outlook .msg (written out as the email it holds), or UTF-16
 * text with a byte order mark (turned into UTF-8). Knowledge as data; one switch on the first byte for the
 * common case, so it costs next to nothing per message.
 */

interface Packed {
  /** Leading bytes that identify the format. */
  magic: readonly number[];
  what: string;
  /** The shell command that writes the text to stdout, FILE standing for the path. */
  unpack: string | null;
  advice?: string;
}

const PACKED: readonly Packed[] = [
  { magic: [0x42, 0x5a, 0x68], what: 'bzip2-compressed', unpack: 'bzcat FILE' },
  { magic: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], what: 'xz-compressed', unpack: 'xzcat FILE' },
  { magic: [0x28, 0xb5, 0x2f, 0xfd], what: 'zstd-compressed', unpack: 'zstdcat FILE' },
  {
    magic: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c],
    what: 'a 7-Zip archive',
    unpack: null,
    advice: 'extract it (7z x FILE) and give the folder',
  },
  // Only inside another archive: a .zip given or piped is read as the folder it packs (read-inputs.ts).
  {
    magic: [0x50, 0x4b, 0x03, 0x04],
    what: 'a .zip archive',
    unpack: null,
    advice: 'unzip FILE and give the folder',
  },
];

const FIRST_BYTES = new Set(PACKED.map((p) => p.magic[0]));

/** Why these bytes are not diagnosed, or null. `path` is where they were read ("-": stdin). */
export function packedProblem(bytes: Uint8Array, path: string): string | null {
  if (bytes.length < 2 || !FIRST_BYTES.has(bytes[0] as number)) return null;
  const found = PACKED.find((p) => p.magic.length <= bytes.length && p.magic.every((b, i) => bytes[i] === b));
  if (!found) return null;
  const file = path === '-' ? 'FILE' : shellWord(path);
  const todo = found.unpack
    ? `decompress it first: ${found.unpack.replace('FILE', file)} | mailmedic diagnose`
    : (found.advice ?? '').replace('FILE', file);
  return `${found.what}, not text: ${todo}`;
}

/** An Outlook .msg as the email it holds, or why it cannot be read; other bytes as they are. */
export function fromOutlookMsg(
  bytes: Buffer,
): { bytes: Buffer; problem: null } | { bytes: null; problem: string } {
  if (!isOutlookMsg(bytes)) return { bytes, problem: null };
  const item = outlookMsgAsEmail(bytes);
  return item.ok
    ? { bytes: Buffer.from(item.text), problem: null }
    : {
        bytes: null,
        problem: `${item.problem}: save the message from Outlook as .eml or as text (.txt) and give that`,
      };
}

/** UTF-16 text with a byte order mark, as UTF-8 (the mark dropped); other bytes as they are. */
export function asUtf8(bytes: Buffer): Buffer {
  const a = bytes[0];
  if (a !== 0xff && a !== 0xfe) return bytes;
  const b = bytes[1];
  const encoding = a === 0xff && b === 0xfe ? 'utf-16le' : a === 0xfe && b === 0xff ? 'utf-16be' : null;
  if (!encoding) return bytes;
  return Buffer.from(new TextDecoder(encoding).decode(bytes), 'utf8');
}

/** A path as one shell word (quoted when it must be). */
export function shellWord(path: string): string {
  return /^[\w./:@+,=-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}
