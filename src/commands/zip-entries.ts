import type { UnzipFile } from 'fflate';
import { formatBytes } from '../errors.js';

/** One file of a .zip: its bytes, or why they were not kept (over the size cap). */
export type ZipEntry =
  | { name: string; bytes: Buffer; problem: null }
  | { name: string; bytes: null; problem: string };

/** A .zip archive's first bytes ("PK", a local file header). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

// An entry still inflating past this many times the cap is cut off: a zip bomb costs bounded time.
const BOMB_FACTOR = 16;
// The archive is pushed in slices of this size, and the entries each slice completes handed on before the
// next: what is held at once stays small (deflate inflates at most ~1,000 times) even when the whole
// archive came as one buffer.
const SLICE = 4 * 1024;

/**
 * The files of a .zip that `wanted` names, in archive order, unpacked as the archive streams in (an archive
 * of any size, the memory bounded by one entry): a folder of bounces zipped for sending, a DMARC report.
 * An entry over `maxBytes` is named with its size, never kept. A damaged archive throws, after the entries
 * read before the damage. Folders and macOS's copies of resource forks (`__MACOSX/`) are never wanted.
 */
export async function* zipEntries(
  source: AsyncIterable<Buffer | string> | Iterable<Buffer>,
  maxBytes: number,
  wanted: (name: string) => boolean,
): AsyncGenerator<ZipEntry> {
  // Loaded for the first .zip only: start-up and bulk runs of plain files never pay for it.
  const { Unzip, UnzipInflate } = await import('fflate');
  const ready: ZipEntry[] = [];
  let damage: string | null = null;
  const unzip = new Unzip((file: UnzipFile) => {
    if (file.name.endsWith('/') || file.name.startsWith('__MACOSX/') || !wanted(file.name)) return;
    collect(file, maxBytes, ready, (why) => (damage ??= why));
  });
  unzip.register(UnzipInflate);
  const push = (chunk: Uint8Array, final: boolean) => {
    try {
      unzip.push(chunk, final);
    } catch (err) {
      damage ??= err instanceof Error ? err.message : String(err);
    }
  };
  read: for await (const chunk of source) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    for (let at = 0; at < bytes.length; at += SLICE) {
      push(bytes.subarray(at, at + SLICE), false);
      yield* ready.splice(0);
      if (damage) break read;
    }
  }
  if (!damage) push(new Uint8Array(0), true);
  yield* ready.splice(0);
  if (damage) throw new Error(`not a valid .zip file (${damage})`);
}

function collect(file: UnzipFile, maxBytes: number, ready: ZipEntry[], broken: (why: string) => void): void {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let cut = false;
  file.ondata = (err, chunk, final) => {
    if (cut) return; // what was inflated before terminate() took effect
    if (err) {
      broken(`${file.name}: ${err.message}`);
      return;
    }
    size += chunk.length;
    if (size <= maxBytes) chunks.push(chunk);
    else chunks.length = 0;
    if (size > BOMB_FACTOR * maxBytes) {
      cut = true;
      file.terminate();
      const problem = `unpacks to more than ${formatBytes(BOMB_FACTOR * maxBytes)}, far over the ${formatBytes(maxBytes)} limit for one message; skipped`;
      ready.push({ name: file.name, bytes: null, problem });
      return;
    }
    if (!final) return;
    if (size <= maxBytes) ready.push({ name: file.name, bytes: Buffer.concat(chunks), problem: null });
    else
      ready.push({
        name: file.name,
        bytes: null,
        problem: `unpacks to ${formatBytes(size)}, more than the ${formatBytes(maxBytes)} limit for one message; skipped`,
      });
  };
  file.start();
}
