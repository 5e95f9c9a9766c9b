import type { CommandName } from '../../src/commands/request.js';

/**
 * What the Slack app registers: its slash commands, the bot events it listens to, and the scopes those
 * need. manifest.yml at the repository root must say the same; a test compares the two.
 */
export interface SlashCommand {
  command: string;
  /** The core command it runs; null for /mailmedic, which takes a whole chat message (default: help). */
  runs: CommandName | null;
  description: string;
  usageHint: string;
}

export const SLASH_COMMANDS: readonly SlashCommand[] = [
  {
    command: '/bounce',
    runs: 'bounce',
    description: 'Explain a pasted bounce: what happened, whose side must act, how to fix it',
    usageHint: '[paste the bounce, the SMTP reply or the log line]',
  },
  {
    command: '/mx',
    runs: 'mx',
    description: "Check a domain's MX records, their addresses and reverse DNS",
    usageHint: 'DOMAIN',
  },
  {
    command: '/probe',
    runs: 'probe',
    description: 'Talk SMTP to the MX hosts (or HOST) and see how they answer, without sending mail',
    usageHint: 'ADDRESS|DOMAIN|HOST[:PORT] [HOST[:PORT]]',
  },
  {
    command: '/blacklist',
    runs: 'blacklist',
    description: 'Look an IP or domain up on DNS blocklists',
    usageHint: 'IP|DOMAIN [ZONE...]',
  },
  {
    command: '/auth',
    runs: 'auth',
    description: 'Check SPF, DKIM, DMARC and MTA-STS of a domain',
    usageHint: 'DOMAIN [SELECTOR...] [ip=IP] [from=ADDRESS]',
  },
  {
    command: '/mailmedic',
    runs: null,
    description: 'mailmedic help, or any command: /mailmedic mx example.com',
    usageHint: '[help | COMMAND ARGS]',
  },
];

/** A message shortcut: "Diagnose with mailmedic" in any message's menu (needs the `commands` scope). */
export interface MessageShortcutSpec {
  name: string;
  callbackId: string;
  description: string;
}

export const MESSAGE_SHORTCUTS: readonly MessageShortcutSpec[] = [
  {
    name: 'Diagnose with mailmedic',
    callbackId: 'diagnose_message',
    description: 'Explain the bounce, SMTP reply or log line in this message, in its thread',
  },
];

/** Event -> the bot scope Slack requires for it. */
export const EVENT_SCOPES = {
  app_mention: 'app_mentions:read',
  'message.channels': 'channels:history',
  'message.groups': 'groups:history',
  'message.im': 'im:history',
} as const;

export const BOT_EVENTS = Object.keys(EVENT_SCOPES) as (keyof typeof EVENT_SCOPES)[];

/** Web API method the bot calls -> the scope it needs (auth.test and response_url need none). */
const METHOD_SCOPES = {
  'chat.postMessage': 'chat:write',
  'chat.update': 'chat:write',
  'chat.postEphemeral': 'chat:write',
  // A mention in a thread reads the thread's parent (groups:history / im:history in those channels).
  'conversations.replies': 'channels:history',
  'files.getUploadURLExternal': 'files:write',
  'files.completeUploadExternal': 'files:write',
} as const;

/**
 * Every bot scope the manifest asks for: slash commands, the events above, the methods above, no more.
 * `files:read` (reading a bounce shared as a file, and files.info for Slack Connect files;
 * adapters/slack/read-files.ts, message-text.ts) is an optional addition.
 */
export const BOT_SCOPES: readonly string[] = [
  ...new Set(['commands', ...Object.values(EVENT_SCOPES), ...Object.values(METHOD_SCOPES)]),
].sort();
