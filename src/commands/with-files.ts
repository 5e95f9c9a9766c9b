import { isChatAboutReply } from '../bounce/chat-framing.js';
import { looksLikeEmail } from '../bounce/email/header-block.js';
import { asMbox, isMboxText, mboxMessages } from '../bounce/email/mbox.js';
import { formatBytes } from '../errors.js';
import { unpack } from './unpack-file.js';

/** One file read for a chat adapter: its text, or why it could not be read (a sentence for the user). */
export type FileText = { ok: true; text: string } | { ok: false; problem: string };

/**
 * The typed text followed by the text of the files shared with it (a long paste, a .eml), blank parts
 * left out; or every problem when a file could not be read.
 */
export async function withFiles<File>(
  typed: string,
  files: readonly File[],
  read: (file: File) => Promise<FileText>,
): Promise<{ ok: true; text: string } | { ok: false; problems: string[] }> {
  if (files.length === 0) return { ok: true, text: typed };
  const reads = await Promise.all(files.map(read));
  const problems = reads.flatMap((r) => (r.ok ? [] : [r.problem]));
  if (problems.length > 0) return { ok: false, problems };
  // An mbox among them (a zip of bounces comes as one) counts as the messages it holds.
  const texts = reads.flatMap((r) => (r.ok ? messagesOf(r.text) : []));
  // Several saved emails (three bounces shared at once): one mbox, so that each is read as the email it
  // is, not the first with the others as its body. The typed words are a message of their own.
  if (texts.filter(looksLikeEmail).length > 1)
    return { ok: true, text: asMbox([...texts, typed].filter((t) => t.trim() !== '')) };
  // A saved email (.eml) must start the text for its headers and MIME parts to be read as an email;
  // words typed with it ("fwd from a user") are a comment on it and go after. A bounce pasted as the
  // message, with the original email attached, stays first: it is what failed.
  const emailFirst = texts.some(looksLikeEmail) && !holdsPastedReply(typed);
  const parts = emailFirst ? [...texts, typed] : [typed, ...texts];
  return { ok: true, text: parts.filter((t) => t.trim() !== '').join('\n\n') };
}

/** An mbox's messages, or the text alone. */
function messagesOf(text: string): string[] {
  if (!isMboxText(text)) return [text];
  const parts = mboxMessages(Buffer.from(text), Number.POSITIVE_INFINITY);
  return parts && parts.length > 1 ? parts.flatMap((p) => (p ? [p.toString()] : [])) : [text];
}

// A reply code with its enhanced status ("550 5.1.1", "550-5.7.26"), as servers write them.
const FULL_REPLY = /(?<![\w.])[45]\d\d[ -][45]\.\d{1,3}\.\d{1,3}(?![\w.]?\d)/;

/** True when the typed words hold a server's reply as pasted, not one talked about ("what does 550 5.1.1 mean?"). */
function holdsPastedReply(typed: string): boolean {
  return FULL_REPLY.test(typed) && !isChatAboutReply(typed);
}

/** Where and how a chat file may be downloaded; the size and time bounds hold for every platform. */
export interface DownloadLimits {
  /** Hosts (`host` or `host:port`) the file may be fetched from. */
  hosts: ReadonlySet<string>;
  /** Whose file servers `hosts` are, for the refusal ("Slack's"). */
  servers: string;
  maxBytes: number;
  timeoutMs: number;
  headers?: Record<string, string>;
  fetch?: typeof fetch;
  /** A note on a response that may not be the file (a sign-in page); `refuse` when it surely is not. */
  inspect?: (res: Response) => { note: string; refuse: boolean } | null;
}

/**
 * Downloads one shared file as UTF-8 text from an allowed host, within the size cap and the time
 * limit, unpacked when it is a .gz or a .zip (unpack-file.ts). A redirect is refused, so headers such as
 * a bot token never follow it.
 */
export async function downloadText(name: string, address: string, limits: DownloadLimits): Promise<FileText> {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return { ok: false, problem: `${name} has no usable address` };
  }
  if (!limits.hosts.has(url.host) || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    return {
      ok: false,
      problem: `${name} is not on ${limits.servers} file servers, so it was not downloaded`,
    };
  }
  const tooBig = `${name} is more than the ${formatBytes(limits.maxBytes)} limit`;
  try {
    const res = await (limits.fetch ?? fetch)(url, {
      ...(limits.headers ? { headers: limits.headers } : {}),
      signal: AbortSignal.timeout(limits.timeoutMs),
      redirect: 'error',
    });
    const seen = limits.inspect?.(res) ?? null;
    if (!res.ok || !res.body || seen?.refuse) {
      await res.body?.cancel().catch(() => {});
      return {
        ok: false,
        problem: `${name} could not be downloaded (HTTP ${res.status}${seen?.note ?? ''})`,
      };
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of res.body as AsyncIterable<Uint8Array>) {
      size += chunk.length;
      if (size > limits.maxBytes) return { ok: false, problem: tooBig };
      chunks.push(chunk);
    }
    const file = await unpack(name, Buffer.concat(chunks), limits.maxBytes);
    if (!file.ok) return file;
    // A packed file's content type is the archive's, which says nothing of the text's charset.
    return { ok: true, text: decodeText(file.bytes, file.packed ? null : res.headers.get('content-type')) };
  } catch (err) {
    const timedOut = err instanceof Error && err.name === 'TimeoutError';
    return { ok: false, problem: `${name} could not be downloaded${timedOut ? ' in time' : ''}; try again` };
  }
}

/**
 * Why a file that is not text was not read, and what to send instead: said when such files are all a
 * message to the bot carries (a screenshot of the bounce, a PDF).
 */
export function notTextProblem(name: string, type: string | null | undefined): string {
  if (/^image\//i.test(type ?? '') || /\.(?:png|jpe?g|gif|webp|heic|bmp)$/i.test(name)) {
    return `${name} is an image: paste the text of the bounce instead`;
  }
  return `${name} is not a text file: attach the bounce as .eml or .txt, or paste its text`;
}

/**
 * A text file's bytes as a string: UTF-8 by default; UTF-16 when the file starts with its byte order
 * mark or the server names that charset (Windows "Unicode" text, Outlook's "Save as" .txt). TextDecoder
 * drops the byte order mark.
 */
export function decodeText(bytes: Uint8Array, contentType: string | null = null): string {
  return new TextDecoder(textEncoding(bytes, contentType)).decode(bytes);
}

function textEncoding(bytes: Uint8Array, contentType: string | null): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const charset = /charset="?([\w-]+)/i.exec(contentType ?? '')?.[1]?.toLowerCase();
  if (charset === 'utf-16be') return 'utf-16be';
  return charset === 'utf-16le' || charset === 'utf-16' ? 'utf-16le' : 'utf-8';
}
