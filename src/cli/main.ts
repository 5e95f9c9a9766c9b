import type { LiveCommand } from '../commands/request.js';
import type { Config } from '../config.js';
import { asCodedError, ConfigError, ErrorCode, UsageError } from '../errors.js';
import { type CliArgs, type CliCommand, parseCliArgs, unknownCommandMessage } from './args.js';
import { hasConfigVariable } from './config-variables.js';
import { COMMAND_HELP, PROGRAM_HELP } from './help.js';
import { type CliIO, defaultIO, EXIT } from './io.js';
import { packageVersion } from './version.js';

/** The `mailmedic` program: argv without node and the script; resolves with the exit code. */
export async function main(argv: string[], overrides: Partial<CliIO> = {}): Promise<number> {
  const io = defaultIO(overrides);
  try {
    return await dispatch(parseCliArgs(argv), io);
  } catch (err) {
    const coded = asCodedError(err);
    if (err instanceof UsageError) {
      io.stderr.write(`mailmedic: ${err.message}\nrun "mailmedic --help" for usage\n`);
      return EXIT.usage;
    }
    if (err instanceof ConfigError) {
      io.stderr.write(`mailmedic: ${err.message}\n`);
      return EXIT.usage;
    }
    const detail =
      coded.code === ErrorCode.UnknownError ? `something went wrong: ${coded.message}` : coded.message;
    io.stderr.write(`mailmedic: ${detail}\n`);
    return EXIT.failed;
  }
}

async function dispatch(args: CliArgs, io: CliIO): Promise<number> {
  if (args.version) {
    io.stdout.write(`${packageVersion()}\n`);
    return EXIT.ok;
  }
  if (args.unknownCommand !== null) {
    throw new UsageError(unknownCommandMessage(args.unknownCommand));
  }
  if (args.command === null) {
    // No command: help on stdout when asked for, otherwise on stderr as a usage error.
    (args.help ? io.stdout : io.stderr).write(PROGRAM_HELP);
    return args.help ? EXIT.ok : EXIT.usage;
  }
  if (args.command === 'help') return help(args.positionals, io);
  if (args.help) {
    io.stdout.write(COMMAND_HELP[args.command]);
    return EXIT.ok;
  }
  // Modules are loaded on use: zod (config) alone costs ~70 ms, a quarter of a bulk run's start.
  const config = needsConfig(args, io.env) ? await configFrom(args, io) : undefined;
  if (args.command === 'diagnose') {
    const { runDiagnose } = await import('./diagnose-command.js');
    return runDiagnose(args, io, config);
  }
  if (!config) throw new Error('no configuration for a live command');
  // Loaded on use: the live checks' modules would slow every bulk `diagnose` run's start.
  const { runLive } = await import('./live-command.js');
  return runLive(args.command as LiveCommand, args, io, config);
}

function help(topics: string[], io: CliIO): number {
  const [topic] = topics;
  if (topic === undefined) {
    io.stdout.write(PROGRAM_HELP);
    return EXIT.ok;
  }
  if (!Object.hasOwn(COMMAND_HELP, topic)) throw new UsageError(`no help for "${topic}": not a command`);
  io.stdout.write(COMMAND_HELP[topic as CliCommand]);
  return EXIT.ok;
}

/**
 * Live checks need the configuration; an offline or --jsonl diagnosis reads none of it, and validates it
 * only when a variable or flag is set (with nothing set it is the defaults, which are valid).
 */
function needsConfig(args: CliArgs, env: NodeJS.ProcessEnv): boolean {
  if (args.command !== 'diagnose' || (!args.offline && !args.jsonl)) return true;
  if (args.resolvers.length > 0 || args.smtpPort !== undefined || args.allowPrivate !== undefined)
    return true;
  return hasConfigVariable(env);
}

/** Environment first, then the global flags on top; a bad value names the flag or the variable. */
async function configFrom(args: CliArgs, io: CliIO): Promise<Config> {
  const { loadConfig } = await import('../config.js');
  return loadConfig(io.env, {
    resolvers: args.resolvers,
    ...(args.smtpPort !== undefined ? { smtpPort: args.smtpPort } : {}),
    ...(args.allowPrivate !== undefined ? { allowPrivate: args.allowPrivate } : {}),
  });
}
