import { parseArgs } from 'node:util';
import { editDistance } from '../edit-distance.js';
import { UsageError } from '../errors.js';

const CLI_COMMANDS = ['diagnose', 'mx', 'blacklist', 'probe', 'auth', 'help'] as const;
export type CliCommand = (typeof CLI_COMMANDS)[number];

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
  json: { type: 'boolean' },
  jsonl: { type: 'boolean' },
  offline: { type: 'boolean' },
  jobs: { type: 'string' },
  resolver: { type: 'string', multiple: true },
  'smtp-port': { type: 'string' },
  'allow-private': { type: 'boolean' },
  zone: { type: 'string', multiple: true },
  host: { type: 'string' },
  ip: { type: 'string' },
  from: { type: 'string' },
} as const;

const GLOBAL = ['help', 'version', 'json', 'resolver', 'smtp-port', 'allow-private'];
/** Options each command takes besides the global ones. */
const COMMAND_OPTIONS: Record<CliCommand, readonly string[]> = {
  diagnose: ['jsonl', 'offline', 'jobs'],
  mx: [],
  blacklist: ['zone'],
  probe: ['host'],
  auth: ['ip', 'from'],
  help: [],
};

export interface CliArgs {
  command: CliCommand | null;
  /** The word typed when it is not a command (reported as unknown). */
  unknownCommand: string | null;
  positionals: string[];
  help: boolean;
  version: boolean;
  json: boolean;
  jsonl: boolean;
  /** diagnose: no live follow-up checks. */
  offline: boolean;
  /** diagnose --jsonl: worker threads for bulk reading (undefined: one per core, at most 8). */
  jobs: number | undefined;
  resolvers: string[];
  smtpPort: string | undefined;
  allowPrivate: boolean | undefined;
  zones: string[];
  host: string | undefined;
  ip: string | undefined;
  from: string | undefined;
}

/** Global options may come before or after the command; a command's own options only after it. */
export function parseCliArgs(argv: string[]): CliArgs {
  let parsed: ReturnType<typeof rawParse>;
  try {
    parsed = rawParse(argv);
  } catch (err) {
    throw new UsageError(describeParseError(err));
  }
  const { values, positionals, tokens } = parsed;
  const [word, ...rest] = positionals;
  const command =
    word !== undefined && (CLI_COMMANDS as readonly string[]).includes(word) ? (word as CliCommand) : null;
  if (command) {
    const allowed = [...GLOBAL, ...COMMAND_OPTIONS[command]];
    const stray = tokens.find((t) => t.kind === 'option' && !allowed.includes(t.name));
    if (stray && stray.kind === 'option') throw new UsageError(`${command} has no option --${stray.name}`);
  }
  return {
    command,
    unknownCommand: command === null && word !== undefined ? word : null,
    positionals: command ? rest : positionals,
    help: values.help ?? false,
    version: values.version ?? false,
    json: values.json ?? false,
    jsonl: values.jsonl ?? false,
    offline: values.offline ?? false,
    jobs: values.jobs === undefined ? undefined : parseJobs(values.jobs),
    resolvers: values.resolver ?? [],
    smtpPort: values['smtp-port'],
    allowPrivate: values['allow-private'],
    zones: values.zone ?? [],
    host: values.host,
    ip: values.ip,
    from: values.from,
  };
}

function parseJobs(value: string): number {
  const n = Number(value);
  if (!/^\d{1,3}$/.test(value) || n < 1 || n > 64) {
    throw new UsageError(`--jobs takes a whole number from 1 to 64 (1 reads in one thread), not "${value}"`);
  }
  return n;
}

function rawParse(argv: string[]) {
  return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true, tokens: true });
}

function describeParseError(err: unknown): string {
  const code = (err as { code?: string }).code;
  const message = err instanceof Error ? err.message : String(err);
  const option = /'(-[^' ]+)/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const near = option?.startsWith('--') ? closest(option.slice(2), Object.keys(OPTIONS)) : null;
    return `unknown option ${option ?? message}${near ? ` (did you mean --${near}?)` : ''}`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return /argument missing/.test(message)
      ? `${option ?? 'an option'} needs a value`
      : `${option ?? 'an option'} takes no value`;
  }
  return message;
}

/** The word typed when it is no command, with the command it was probably meant to be. */
export function unknownCommandMessage(word: string): string {
  const near = closest(word, CLI_COMMANDS);
  if (near) return `unknown command "${word}" (did you mean "${near}"?)`;
  // A path typed without the command: `mailmedic bounce.eml`.
  if (word === '-' || /[./\\]/.test(word))
    return `unknown command "${word}" (to explain a bounce: mailmedic diagnose ${word})`;
  return `unknown command "${word}"`;
}

/** The candidate nearest to `typed` (a typo: at most 2 edits, and fewer than half its letters), or null. */
export function closest(typed: string, candidates: readonly string[]): string | null {
  const word = typed.toLowerCase();
  let best: string | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    // Only near lengths can be a typo, and the distance table is quadratic in the word.
    if (Math.abs(word.length - c.length) > 2 || word.length > 64) continue;
    const d = editDistance(word, c);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best !== null && bestDistance > 0 && bestDistance <= Math.min(2, Math.floor(word.length / 2))
    ? best
    : null;
}
