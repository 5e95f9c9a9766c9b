import { AUTHENTICATION_CAUSES } from './entries/authentication.js';
import { CONNECTION_CAUSES } from './entries/connection.js';
import { CONTENT_CAUSES } from './entries/content.js';
import { RECIPIENT_CAUSES } from './entries/recipient.js';
import { REMOTE_CAUSES } from './entries/remote.js';
import { REPUTATION_CAUSES } from './entries/reputation.js';
import { ROUTING_CAUSES } from './entries/routing.js';
import { SENDER_CAUSES } from './entries/sender.js';
import type { Cause } from './types.js';

/**
 * Every cause the bot can name. `permanent` is the usual nature of the cause (retrying the same message
 * unchanged keeps failing); a reply's own class (4xx vs 5xx) is the better evidence when there is one.
 */
export const CAUSES: readonly Cause[] = [
  ...RECIPIENT_CAUSES,
  ...ROUTING_CAUSES,
  ...SENDER_CAUSES,
  ...REPUTATION_CAUSES,
  ...CONNECTION_CAUSES,
  ...AUTHENTICATION_CAUSES,
  ...CONTENT_CAUSES,
  ...REMOTE_CAUSES,
];

export const CAUSE_IDS: readonly string[] = CAUSES.map((c) => c.id);

const BY_ID: ReadonlyMap<string, Cause> = new Map(CAUSES.map((c) => [c.id, c]));

export function hasCause(id: string): boolean {
  return BY_ID.has(id);
}

/** The cause with this id; throws on an unknown id, which is a programming error. */
export function getCause(id: string): Cause {
  const cause = BY_ID.get(id);
  if (!cause) throw new Error(`unknown cause id: ${id}`);
  return cause;
}
