import { buildLiveRequest, COMMAND_SPECS } from './build-request.js';
import {
  COMMANDS,
  type CommandName,
  LIVE_COMMANDS,
  type LiveCommand,
  type Request,
  RequestSchema,
} from './request.js';
import { tokenize } from './tokenize.js';

/** Other words people type for a command. */
const ALIASES: Record<string, CommandName> = {
  blocklist: 'blacklist',
  dnsbl: 'blacklist',
  rbl: 'blacklist',
  diagnose: 'bounce',
  '?': 'help',
};

// A leading Slack (<@U123>, <@U123|name>) or Discord (<@123>, <@!123>) mention, or a typed "@bot".
const MENTION = /^(?:<@[!&]?[A-Za-z0-9]+(?:\|[^<>]*)?>|@[\w.-]+)[\s,:]*/;
// The command word: "/mx", "mx", "MX" — then a space, a line break or the end.
const COMMAND_WORD = /^(\/)?([A-Za-z][\w-]*|\?)(?=\s|$)/;
// Slack app-wide slash command, e.g. "/mailmedic mx example.com".
const PROGRAM_NAME = /^\/?mailmedic\s+/i;
// One line typed as inline code or a one-line fence: "`mx example.com`", "```mx example.com```".
const CODE_LINE = /^(`{1,3})([^`\n]+)\1$/;

function resolveWord(word: string): CommandName | undefined {
  const lower = word.toLowerCase();
  if ((COMMANDS as readonly string[]).includes(lower)) return lower as CommandName;
  return ALIASES[lower];
}

function isLive(name: CommandName): name is LiveCommand {
  return (LIVE_COMMANDS as readonly string[]).includes(name);
}

/**
 * Turns one chat message into a Request. A message starting with "/word" is always a command (an
 * unknown word gives `unknown`). A bare word ("mx example.com", "@bot mx example.com") counts as a
 * command only on a single line whose first argument fits, so a pasted bounce that happens to start
 * with "MX record..." is still read as a bounce. Anything else is a bounce paste.
 */
export function parseCommand(text: string): Request {
  return RequestSchema.parse(parseUnchecked(text));
}

function parseUnchecked(text: string): Request {
  const typed = text.trim().replace(MENTION, '').trim();
  const body = (CODE_LINE.exec(typed)?.[2] ?? typed).trim().replace(PROGRAM_NAME, '').trim();
  if (body === '') {
    return {
      kind: 'usage',
      command: 'bounce',
      problem: 'the message is empty: paste a bounce, or type "help"',
    };
  }
  const match = COMMAND_WORD.exec(body);
  if (!match) return { kind: 'bounce', text: body };
  const slash = match[1] === '/';
  const word = match[2] as string;
  const name = resolveWord(word);
  const rest = body.slice(match[0].length);
  if (slash) return name ? commandRequest(name, rest) : { kind: 'unknown', command: word.toLowerCase() };
  if (name === undefined || name === 'bounce' || rest.includes('\n')) return { kind: 'bounce', text: body };
  if (name === 'help') {
    const request = helpRequest(rest);
    return request.kind === 'help' ? request : { kind: 'bounce', text: body };
  }
  // Bare word: a command only when what follows looks like its arguments.
  const args = tokenize(rest, COMMAND_SPECS[name].options);
  const first = args.positionals[0];
  if (first !== undefined && !COMMAND_SPECS[name].first(first).ok) return { kind: 'bounce', text: body };
  if (args.positionals.length > COMMAND_SPECS[name].maxPositionals) return { kind: 'bounce', text: body };
  return buildLiveRequest(name, args);
}

function commandRequest(name: CommandName, rest: string): Request {
  if (name === 'help') return helpRequest(rest);
  if (name === 'bounce') {
    const pasted = rest.trim();
    return pasted === ''
      ? {
          kind: 'usage',
          command: 'bounce',
          problem: 'paste the bounce after /bounce (or paste it on its own)',
        }
      : { kind: 'bounce', text: pasted };
  }
  if (isLive(name)) return buildLiveRequest(name, tokenize(rest, COMMAND_SPECS[name].options));
  return { kind: 'unknown', command: name };
}

/** "help" or "help mx"; anything longer is not a help request. */
function helpRequest(rest: string): Request {
  const words = rest.split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return { kind: 'help' };
  const topic = words.length === 1 ? resolveWord((words[0] as string).replace(/^\//, '')) : undefined;
  if (topic) return { kind: 'help', topic };
  return { kind: 'usage', command: 'help', problem: `no help topic "${words.join(' ')}"; try "help"` };
}
