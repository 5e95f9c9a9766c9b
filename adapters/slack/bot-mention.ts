import { parseCommand } from '../../src/commands/parse-command.js';
import { isLiveRequest, type Request } from '../../src/commands/request.js';
import { withoutMention } from '../shared/without-mention.js';
import { fromSlackText } from './mrkdwn.js';

// A line longer than this after the mention is a paste, not a request typed around a command.
const MAX_SCANNED_LINE = 500;
// A word that could start a command: "mx", "/probe", "dnsbl".
const COMMAND_LIKE = /^\/?[A-Za-z][\w-]{0,15}$/;

/**
 * The bot's mention in Slack's raw text: <@U123> or the older <@U123|name>. Matched on the raw text,
 * so a pasted "&lt;@U123&gt;" (a literal, escaped by Slack) never counts. Null for an odd user id.
 */
export function botMentionPattern(botUserId: string | undefined): RegExp | null {
  if (botUserId === undefined || !/^[A-Z0-9]+$/i.test(botUserId)) return null;
  return new RegExp(`<@${botUserId}(?:\\|[^<>]*)?>`, 'g');
}

/** The raw text with every mention of the bot removed ("hey <@UBOT> look" -> "hey look"). */
export function withoutBotMention(raw: string, botUserId: string | undefined): string {
  const pattern = botMentionPattern(botUserId);
  return pattern ? withoutMention(raw, pattern) : raw;
}

/**
 * The command asked for around a mention anywhere in the message, as Discord's adapter reads one:
 * "hey @mailmedic mx example.com", "@mailmedic can you check: mx example.com", "@mailmedic" then
 * "mx example.com" on the next line. Taken from the first non-blank line after the first mention;
 * within the mention's own line a command may follow a lead-in ("can you check:") but must then be a
 * complete live check. Null when there is none: the whole text is then the paste.
 */
export function commandAfterMention(raw: string, botUserId: string | undefined): Request | null {
  const pattern = botMentionPattern(botUserId);
  if (!pattern) return null;
  const first = pattern.exec(raw);
  if (!first) return null;
  const after = raw.slice(first.index + first[0].length).replace(pattern, ' ');
  const lines = after.split('\n');
  const sameLine = lines[0]?.trim() ?? '';
  const line = sameLine !== '' ? sameLine : lines.find((l) => l.trim() !== '')?.trim();
  if (line === undefined) return null;
  const whole = parse(line);
  if (whole && whole.kind !== 'bounce') return whole;
  if (sameLine === '' || line.length > MAX_SCANNED_LINE) return null;
  for (const word of line.matchAll(/\S+/g)) {
    if (word.index === 0 || !COMMAND_LIKE.test(word[0])) continue;
    const req = parse(line.slice(word.index));
    // Not help: "…need help" before a pasted bounce must stay a bounce.
    if (req && isLiveRequest(req)) return req;
  }
  return null;
}

function parse(slackText: string): Request | null {
  try {
    return parseCommand(fromSlackText(slackText));
  } catch {
    return null;
  }
}
