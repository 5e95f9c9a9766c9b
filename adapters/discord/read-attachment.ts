import { OUTLOOK_MSG, REPORT_FILE } from '../../src/commands/unpack-file.js';
import { downloadText, type FileText } from '../../src/commands/with-files.js';
import { MAX_BOUNCE_BYTES } from '../../src/diagnose/diagnose-bounce.js';
import { formatBytes } from '../../src/errors.js';

/** The Discord hosts attachments are served from; the only ones the bot downloads from by default. */
const DISCORD_CDN_HOSTS = ['cdn.discordapp.com', 'media.discordapp.net'] as const;

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

/** The default policy: Discord's CDN, plus the REST host when DISCORD_API_URL points elsewhere (a proxy). */
export function attachmentPolicy(apiUrl: string | null | undefined): AttachmentPolicy {
  const hosts = new Set<string>(DISCORD_CDN_HOSTS);
  if (apiUrl) hosts.add(new URL(apiUrl).host);
  return { hosts, maxBytes: MAX_BOUNCE_BYTES, timeoutMs: 10_000 };
}

/**
 * Text attachments worth reading as a bounce: what Discord makes of a long paste ("message.txt"), a
 * saved email (.eml, or Outlook's .msg), a log, or a DMARC or TLS report (.xml, .json). Images and other
 * binaries are left alone.
 */
export function isTextAttachment(a: AttachmentRef): boolean {
  const type = (a.contentType ?? '').toLowerCase();
  return (
    type.startsWith('text/') ||
    type.startsWith('message/rfc822') ||
    type.startsWith('application/xml') ||
    type.startsWith('application/json') ||
    REPORT_FILE.test(a.name) ||
    OUTLOOK_MSG.test(a.name) ||
    type.startsWith('application/vnd.ms-outlook') ||
    /\.(?:txt|eml|log)$/i.test(a.name)
  );
}

/** Downloads one attachment as UTF-8 text, within the size cap and the time limit, from an allowed host. */
export async function readAttachment(a: AttachmentRef, policy: AttachmentPolicy): Promise<FileText> {
  if (a.size > policy.maxBytes) {
    return {
      ok: false,
      problem: `${a.name} is ${formatBytes(a.size)}, more than the ${formatBytes(policy.maxBytes)} limit: attach only the bounce`,
    };
  }
  return downloadText(a.name, a.url, { ...policy, servers: "Discord's" });
}
