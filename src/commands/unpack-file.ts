import { gunzipSync } from 'node:zlib';
import { looksLikeEmail } from '../bounce/email/header-block.js';
import { asMbox } from '../bounce/email/mbox.js';
import { isOutlookMsg, outlookMsgAsEmail } from '../bounce/email/outlook-msg.js';
import { formatBytes } from '../errors.js';
import { isZip, zipEntries } from './zip-entries.js';

/**
 * A shared file's bytes, unpacked when they are compressed: DMARC and TLS reports arrive as .xml.gz,
 * .json.gz or .zip; an Outlook .msg (an NDR dragged out of Outlook) as the email it holds. The unpacked size is bounded as the download is, so a small archive that inflates
 * to gigabytes is refused, not unpacked.
 */
export type Unpacked = { ok: true; bytes: Uint8Array; packed: boolean } | { ok: false; problem: string };

/** An Outlook item file, by its name (unpack reads it by its bytes). */
export const OUTLOOK_MSG = /\.msg$/i;

/** A DMARC or TLS report as receivers send it: XML or JSON, often gzipped, or zipped. */
export const REPORT_FILE = /\.(?:(?:xml|json)(?:\.gz)?|zip)$/i;

// The entries of a .zip worth reading: its text files (a report, bounces) and Outlook items (NDRs
// dragged out of Outlook and zipped to share them).
const TEXT_ENTRY = /\.(?:xml|json|txt|eml|log|msg)$/i;
const REPORT_ENTRY = /\.(?:xml|json)$/i;

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
  if (isOutlookMsg(bytes)) return asEmail(name, bytes);
  return { ok: true, bytes, packed: false };
}

/** An Outlook .msg file as the email it holds, or why it holds none. */
function asEmail(name: string, bytes: Uint8Array): Unpacked {
  const item = outlookMsgAsEmail(bytes);
  return item.ok
    ? { ok: true, bytes: Buffer.from(item.text), packed: true }
    : {
        ok: false,
        problem: `${name} is ${item.problem}: save it as .eml or as text (.txt), or paste its text`,
      };
}

// Entries a chat answer can cover: a folder of a day's bounces, not a mail archive (the CLI reads those).
const MAX_TEXT_ENTRIES = 20;

/**
 * A .zip's text files: its one file as it is; several saved emails joined as one mbox (each read as the
 * message it is, diagnose-bounce.ts), other texts as one text, byte for byte (latin1 keeps every byte).
 * The sum of their sizes is bounded, so a bomb stops at the limit.
 */
async function textEntries(
  name: string,
  bytes: Uint8Array,
  maxBytes: number,
  tooBig: Unpacked,
): Promise<Unpacked> {
  const texts: Buffer[] = [];
  const names: string[] = [];
  let size = 0;
  try {
    for await (const entry of zipEntries([Buffer.from(bytes)], maxBytes, (n) => TEXT_ENTRY.test(n))) {
      if (entry.bytes === null) return tooBig;
      const item = isOutlookMsg(entry.bytes) ? asEmail(entry.name, entry.bytes) : null;
      if (item && !item.ok) return item;
      const entryBytes = item ? Buffer.from(item.bytes) : entry.bytes;
      size += entryBytes.length;
      if (size > maxBytes) return tooBig;
      names.push(entry.name);
      if (texts.push(entryBytes) > MAX_TEXT_ENTRIES)
        return {
          ok: false,
          problem: `${name} holds more than ${MAX_TEXT_ENTRIES} text files, more than one answer covers: read it with the CLI (mailmedic diagnose ${name})`,
        };
    }
  } catch {
    return { ok: false, problem: `${name} is not a valid .zip file: paste its text instead` };
  }
  if (texts.length === 0)
    return {
      ok: false,
      problem: `${name} holds no text file (.xml, .json, .txt, .eml) or Outlook item (.msg): paste the bounce's text instead`,
    };
  if (texts.length === 1) return { ok: true, bytes: texts[0] as Buffer, packed: true };
  // A report answers alone: two reports read as one text would be read as neither.
  if (names.some((n) => REPORT_ENTRY.test(n)))
    return {
      ok: false,
      problem: `${name} holds ${texts.length} files, reports among them: share the reports one at a time`,
    };
  const latin1 = texts.map((t) => t.toString('latin1'));
  // Saved emails: one mbox, each read as the email it is. Log excerpts and pasted texts: one text.
  const joined = latin1.every((t) => looksLikeEmail(t.slice(0, 8192))) ? asMbox(latin1) : latin1.join('\n\n');
  return { ok: true, bytes: Buffer.from(joined, 'latin1'), packed: true };
}
