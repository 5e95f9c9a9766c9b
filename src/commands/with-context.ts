import { readBounceRecords } from '../diagnose/diagnose-bounce.js';
import { parseCommand } from './parse-command.js';

/**
 * The text to answer for a message that points at another one (a reply, a mention in a thread): its
 * own text when that is a command or holds a bounce, else the message it points at followed by its
 * own words, so "@bot what happened here?" under a pasted bounce diagnoses that bounce. `context` is
 * only fetched when needed; null or blank leaves the text as it is.
 */
export async function withContext(own: string, context: () => Promise<string | null>): Promise<string> {
  if (own.trim() !== '' && !(await needsContext(own))) return own;
  const pointed = await context();
  if (pointed === null || pointed.trim() === '') return own;
  return [pointed, own].filter((t) => t.trim() !== '').join('\n\n');
}

async function needsContext(own: string): Promise<boolean> {
  let kind: string;
  try {
    kind = parseCommand(own).kind;
  } catch {
    return false;
  }
  // Commands, help and usage mistakes answer themselves; only text that is no bounce looks further.
  if (kind !== 'bounce') return false;
  return (await readBounceRecords(own)).length === 0;
}
