import { gunzipSync } from 'node:zlib';
import type { UnzipFile } from 'fflate';
import { asMbox } from '../bounce/email/mbox.js';
import { formatBytes } from '../errors.js';

/**
 * A shared file's bytes, unpacked when they are compressed: DMARC and TLS reports arrive as .xml.gz,
 * .json.gz or .zip. The unpacked size is bounded as the download is, so a small archive that inflates
 * to gigabytes is refused, not unpacked.
 */
export type Unpacked = { ok: true; bytes: Uint8Array; packed: boolean } | { ok: false; problem: string };

/** A .zip archive's first bytes ("PK", a local file header). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** A DMARC or TLS report as receivers send it: XML or JSON, often gzipped, or zipped. */
export const REPORT_FILE = /\.(?:(?:xml|json)(?:\.gz)?|zip)$/i;

// The entries of a .zip worth reading: its text files (a report, bounces).
const TEXT_ENTRY = /\.(?:xml|json|txt|eml|log)$/i;

export async function unpack(name: string, bytes: Uint8Array, maxBytes: number): Promise<Unpacked> {
  const tooBig = {
    ok: false as const,
    problem: `${name} unpacks to more than the ${formatBytes(maxBytes)} limit`,
  };
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      return { ok: true, bytes: gunzipSync(bytes, { maxOutputLength: maxBytes }), packed: true };
    } catch (err) {
      return (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE'
        ? tooBig
        : { ok: false, problem: `${name} is not a valid .gz file: paste its text instead` };
    }
  }
  if (isZip(bytes)) return textEntries(name, bytes, maxBytes, tooBig);
  return { ok: true, bytes, packed: false };
}

// Entries a chat answer can cover: a folder of a day's bounces, not a mail archive (the CLI reads those).
const MAX_TEXT_ENTRIES = 20;

/**
 * A .zip's text files: its one file as it is, or several joined as one mbox (each read as the message it
 * is, diagnose-bounce.ts), byte for byte (quoted as latin1, which keeps every byte). The sum of their
 * sizes is bounded, so a bomb stops at the limit.
 */
async function textEntries(
  name: string,
  bytes: Uint8Array,
  maxBytes: number,
  tooBig: Unpacked,
): Promise<Unpacked> {
  // Loaded for the first .zip only: the bot's start-up never pays for it.
  const { Unzip, UnzipInflate } = await import('fflate');
  const entries: Uint8Array[][] = [];
  let size = 0;
  let count = 0;
  let overflow = false;
  let broken = false;
  const unzip = new Unzip((file: UnzipFile) => {
    if (!TEXT_ENTRY.test(file.name) || file.name.startsWith('__MACOSX/')) return;
    if (++count > MAX_TEXT_ENTRIES || overflow) return;
    const chunks: Uint8Array[] = [];
    entries.push(chunks);
    file.ondata = (err, chunk) => {
      if (err) {
        broken = true;
        return;
      }
      size += chunk.length;
      if (size > maxBytes) {
        overflow = true;
        file.terminate();
        return;
      }
      chunks.push(chunk);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    unzip.push(bytes, true);
  } catch {
    broken = true;
  }
  if (overflow) return tooBig;
  if (broken) return { ok: false, problem: `${name} is not a valid .zip file: paste its text instead` };
  if (count === 0)
    return {
      ok: false,
      problem: `${name} holds no text file (.xml, .json, .txt, .eml): paste the bounce's text instead`,
    };
  if (count > MAX_TEXT_ENTRIES)
    return {
      ok: false,
      problem: `${name} holds ${count} text files, more than the ${MAX_TEXT_ENTRIES} one answer covers: read it with the CLI (mailmedic diagnose ${name})`,
    };
  const texts = entries.map((chunks) => Buffer.concat(chunks));
  if (texts.length === 1) return { ok: true, bytes: texts[0] as Buffer, packed: true };
  return {
    ok: true,
    bytes: Buffer.from(asMbox(texts.map((t) => t.toString('latin1'))), 'latin1'),
    packed: true,
  };
}
