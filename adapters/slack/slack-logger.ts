import { inspect } from 'node:util';
import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from 'pino';

// Slack tokens inside log text: pino's path redaction cannot see into strings, so they are cut here.
const TOKEN = /\b(xox[a-z]-|xapp-)[A-Za-z0-9-]+/g;

export function scrubTokens(text: string): string {
  return text.replace(TOKEN, '$1[redacted]');
}

function line(parts: unknown[]): string {
  return scrubTokens(
    parts
      .map((p) => (typeof p === 'string' ? p : p instanceof Error ? p.message : inspect(p, { depth: 3 })))
      .join(' '),
  );
}

const TO_BOLT: Record<string, LogLevel> = {
  trace: LogLevel.DEBUG,
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
  error: LogLevel.ERROR,
  fatal: LogLevel.ERROR,
  silent: LogLevel.ERROR,
};

/** Bolt's, the Web API's and Socket Mode's logs through our pino logger, tokens cut out. */
export function boltLogger(base: Logger): BoltLogger {
  const log = base.child({ component: 'slack' });
  return {
    // Formatting only when the level is on: the Web API logs every request at debug.
    debug: (...msg: unknown[]) => log.isLevelEnabled('debug') && log.debug(line(msg)),
    info: (...msg: unknown[]) => log.isLevelEnabled('info') && log.info(line(msg)),
    warn: (...msg: unknown[]) => log.isLevelEnabled('warn') && log.warn(line(msg)),
    error: (...msg: unknown[]) => log.isLevelEnabled('error') && log.error(line(msg)),
    // The level is ours (LOG_LEVEL); Bolt's own requests to change it are ignored.
    setLevel: () => {},
    getLevel: () => TO_BOLT[log.level] ?? LogLevel.INFO,
    setName: () => {},
  };
}
