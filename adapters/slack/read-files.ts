import { OUTLOOK_MSG, REPORT_FILE } from '../../src/commands/unpack-file.js';
import { downloadText, type FileText } from '../../src/commands/with-files.js';
import { MAX_BOUNCE_BYTES } from '../../src/diagnose/diagnose-bounce.js';
import { formatBytes } from '../../src/errors.js';
import { emailFileText, type SlackEmailFields } from './email-file.js';

/** The fields of a file object in a `file_share` message event that the bot reads. */
export interface SlackFile extends SlackEmailFields {
  id?: string;
  name?: string;
  title?: string;
  mimetype?: string;
  filetype?: string;
  /** "snippet" for a text snippet; "tombstone" / "hidden_by_limit" when the content is gone. */
  mode?: string;
  size?: number;
  url_private?: string;
  url_private_download?: string;
  /** "check_file_info" on Slack Connect files: the event carries the id alone (see files.info). */
  file_access?: string;
  /** Mail sent into Slack (mode "email"): the body as text, so no download is needed. */
  plain_text?: string;
}

export interface FilePolicy {
  /** Hosts (`host` or `host:port`) the bot token may be sent to for a download. */
  hosts: ReadonlySet<string>;
  maxBytes: number;
  timeoutMs: number;
  token: string;
  fetch: typeof fetch;
}

// A bounce and the original message it returns are at most a few files.
export const MAX_FILES = 3;
// Slack's filetype of text snippets, saved emails and logs.
const TEXT_FILETYPES = new Set(['text', 'email', 'eml', 'log', 'txt', 'xml', 'json', 'gzip', 'zip']);
const GONE_MODES = new Set(['tombstone', 'hidden_by_limit']);

/** Files at Slack's file host (files.slack.com, or files.<host> of SLACK_API_URL) and the API host itself. */
function fileHosts(apiUrl: string): Set<string> {
  const api = new URL(apiUrl).host;
  return new Set(['files.slack.com', api, `files.${api}`]);
}

/** Text snippets, .eml, Outlook .msg, .txt and .log files (what a forwarded bounce arrives as), and .xml or .json (a DMARC or TLS report). Images and PDFs are left alone. */
export function textFilesOf(files: readonly SlackFile[] | undefined): SlackFile[] {
  return (files ?? [])
    .filter((f) => !GONE_MODES.has(f.mode ?? ''))
    .filter((f) => {
      // Not looked up (files.info refused): kept, so an addressed message says why it was not read.
      if (f.file_access === 'check_file_info') return true;
      const type = (f.mimetype ?? '').toLowerCase();
      return (
        type.startsWith('text/') ||
        type.startsWith('message/rfc822') ||
        TEXT_FILETYPES.has((f.filetype ?? '').toLowerCase()) ||
        type === 'application/xml' ||
        type === 'application/json' ||
        REPORT_FILE.test(f.name ?? '') ||
        OUTLOOK_MSG.test(f.name ?? '') ||
        type.startsWith('application/vnd.ms-outlook') ||
        /\.(?:txt|eml|log)$/i.test(f.name ?? '')
      );
    })
    .slice(0, MAX_FILES);
}

export function defaultFilePolicy(apiUrl: string, token: string, fetchFn: typeof fetch): FilePolicy {
  return { hosts: fileHosts(apiUrl), maxBytes: MAX_BOUNCE_BYTES, timeoutMs: 10_000, token, fetch: fetchFn };
}

/**
 * Downloads one shared file as UTF-8 text with the bot token (files:read), only from Slack's file
 * host, within the size cap and the time limit. A redirect is refused, so the token never follows it.
 */
export async function readSlackFile(file: SlackFile, policy: FilePolicy): Promise<FileText> {
  const name = file.name ?? file.title ?? 'the file';
  if (file.mode === 'email' && typeof file.plain_text === 'string')
    return { ok: true, text: emailFileText({ ...file, plain_text: file.plain_text }) };
  const address = file.url_private_download ?? file.url_private;
  if (file.file_access === 'check_file_info') {
    return {
      ok: false,
      problem: `${name} is shared from another organisation and could not be looked up (the app needs the files:read scope); paste its text instead`,
    };
  }
  if (!address) return { ok: false, problem: `${name} has no download link; paste its text instead` };
  if ((file.size ?? 0) > policy.maxBytes) {
    return {
      ok: false,
      problem: `${name} is ${formatBytes(file.size ?? 0)}, more than the ${formatBytes(policy.maxBytes)} limit: share only the bounce`,
    };
  }
  return downloadText(name, address, {
    ...policy,
    servers: "Slack's",
    headers: { Authorization: `Bearer ${policy.token}` },
    // Without files:read Slack answers with its HTML sign-in page instead of the file.
    inspect: (res) =>
      (res.headers.get('content-type') ?? '').startsWith('text/html')
        ? {
            note: ', a sign-in page: the app needs the files:read scope',
            refuse: !/html/i.test(file.mimetype ?? ''),
          }
        : null,
  });
}
