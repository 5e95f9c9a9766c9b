import { type DestinationStream, type Logger, pino } from 'pino';
import pretty from 'pino-pretty';
import type { LogLevel } from './config.js';

export type { Logger } from 'pino';

/**
 * Paths pino blanks out. Tokens normally travel as `Secret` objects (which print as "[redacted]"), so
 * these catch the raw strings: env dumps, HTTP headers, SDK option objects.
 */
const REDACT_PATHS = [
  'token',
  '*.token',
  '*.*.token',
  'botToken',
  '*.botToken',
  '*.*.botToken',
  'appToken',
  '*.appToken',
  '*.*.appToken',
  'signingSecret',
  '*.signingSecret',
  '*.*.signingSecret',
  'SLACK_BOT_TOKEN',
  'SLACK_APP_TOKEN',
  'SLACK_SIGNING_SECRET',
  'DISCORD_TOKEN',
  '*.SLACK_BOT_TOKEN',
  '*.SLACK_APP_TOKEN',
  '*.SLACK_SIGNING_SECRET',
  '*.DISCORD_TOKEN',
  'authorization',
  '*.authorization',
  'headers.authorization',
  'headers.cookie',
  '*.headers.authorization',
  '*.headers.cookie',
  '*.headers["x-slack-signature"]',
  'password',
  '*.password',
];

export interface LoggerOptions {
  level: LogLevel;
  /** true/false forces the format; null: readable when stdout is a terminal. */
  pretty?: boolean | null;
  /** Where log lines go; stderr by default so logs never mix with CLI output or the console chat. */
  destination?: DestinationStream | NodeJS.WritableStream;
  /** Whether stdout is a terminal (injectable for tests). */
  isTTY?: boolean;
}

export function createLogger(options: LoggerOptions): Logger {
  const isTTY = options.isTTY ?? process.stdout.isTTY === true;
  const readable = options.pretty ?? isTTY;
  const base = {
    name: 'mailmedic',
    level: options.level,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
  };
  if (readable) {
    // In-process and synchronous (no transport worker thread): nothing is lost when we exit.
    const stream = pretty({
      colorize: isTTY,
      sync: true,
      translateTime: 'HH:MM:ss',
      ignore: 'pid,hostname,name',
      destination: options.destination ?? 2,
    });
    return pino(base, stream);
  }
  return pino(
    base,
    (options.destination as DestinationStream | undefined) ?? pino.destination({ dest: 2, sync: true }),
  );
}
