import { MAX_BOUNCE_BYTES } from '../../src/diagnose/diagnose-bounce.js';
import { formatBytes } from '../../src/errors.js';

/** The Discord hosts attachments are served from; the only ones the bot downloads from by default. */
export const DISCORD_CDN_HOSTS = ['cdn.discordapp.com', 'media.discordapp.net'] as const;

/** What the bot needs of a Discord attachment (a message's, or a slash command's `file` option). */
export interface AttachmentRef {
  url: string;
  name: string;
  size: number;
  contentType: string | null;
}

export interface AttachmentPolicy {
  /** Hosts (`host` or `host:port`) attachments may be fetched from. */
  hosts: ReadonlySet<string>;
  maxBytes: number;
  timeoutMs: number;
}

export type ReadResult = { ok: true; text: string } | { ok: false; problem: string };

/** The default policy: Discord's CDN, plus the REST host when DISCORD_API_URL points elsewhere (a proxy). */
export function attachmentPolicy(apiUrl: string | null | undefined): AttachmentPolicy {
  const hosts = new Set<string>(DISCORD_CDN_HOSTS);
  if (apiUrl) hosts.add(new URL(apiUrl).host);
  return { hosts, maxBytes: MAX_BOUNCE_BYTES, timeoutMs: 10_000 };
}

/**
 * Text attachments worth reading as a bounce: what Discord makes of a long paste ("message.txt"), a
 * saved email (.eml) or a log. Images and other binaries are left alone.
 */
export function isTextAttachment(a: AttachmentRef): boolean {
  const type = (a.contentType ?? '').toLowerCase();
  return type.startsWith('text/') || type.startsWith('message/rfc822') || /\.(?:txt|eml|log)$/i.test(a.name);
}

/** Downloads one attachment as UTF-8 text, within the size cap and the time limit, from an allowed host. */
export async function readAttachment(a: AttachmentRef, policy: AttachmentPolicy): Promise<ReadResult> {
  if (a.size > policy.maxBytes) {
    return {
      ok: false,
      problem: `${a.name} is ${formatBytes(a.size)}, more than the ${formatBytes(policy.maxBytes)} limit: attach only the bounce`,
    };
  }
  let url: URL;
  try {
    url = new URL(a.url);
  } catch {
    return { ok: false, problem: `${a.name} has no usable address` };
  }
  if (!policy.hosts.has(url.host) || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    return { ok: false, problem: `${a.name} is not on Discord's file servers, so it was not downloaded` };
  }
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(policy.timeoutMs), redirect: 'error' });
    if (!res.ok || !res.body)
      return { ok: false, problem: `${a.name} could not be downloaded (HTTP ${res.status})` };
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of res.body as AsyncIterable<Uint8Array>) {
      size += chunk.length;
      if (size > policy.maxBytes) {
        return { ok: false, problem: `${a.name} is more than the ${formatBytes(policy.maxBytes)} limit` };
      }
      chunks.push(chunk);
    }
    return { ok: true, text: Buffer.concat(chunks).toString('utf8') };
  } catch (err) {
    const timedOut = err instanceof Error && err.name === 'TimeoutError';
    return {
      ok: false,
      problem: `${a.name} could not be downloaded${timedOut ? ' in time' : ''}; try again`,
    };
  }
}
