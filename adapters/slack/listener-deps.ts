import type { Logger } from 'pino';
import type { FilePolicy } from './read-files.js';
import type { BaseContext, Runner } from './run-support.js';
import type { SeenEvents } from './seen-events.js';
import type { UpdatePacer } from './update-pacer.js';

/** What the listeners share: the core's context and runner, the log, and the per-process state. */
export interface ListenerDeps {
  context: BaseContext;
  run: Runner;
  logger: Logger;
  pacer: UpdatePacer;
  seen: SeenEvents;
  /** How shared files (snippets, .eml) are downloaded. */
  files: FilePolicy;
}
