/**
 * The route of a delivered message, read from its Received headers (RFC 5321 §4.4: each server that takes
 * the message adds one on top, ending in "; date"): who handed it to whom and when, oldest first, for
 * "why did it arrive late?".
 */
export interface Hop {
  /** The name the sending side gave, or its address ("from x"). */
  from?: string;
  /** The server that received it ("by y"). */
  by?: string;
  /** That server's id for the message ("id 4Gk2Lm0Xyz": Postfix's queue id, Exim's message id). */
  id?: string;
  /** When that server received it, in ms since the epoch. */
  at: number;
}

export interface Route {
  hops: Hop[];
  /** The Date header: when the sender's client says it was written (ms), when it has one. */
  written?: number;
}

const RECEIVED = /^[ \t>]*received:[ \t]*/gim;
const DATE_HEADER = /^[ \t>]*date:[ \t]*([^\n]{8,80})/im;
// A time zone, numeric or named: a date without one would be read in this machine's zone.
const ZONE = /[+-]\d{4}\b|\b(?:GMT|UTC?|[ECMP][SD]T|CES?T|BST)\b/;
const MAX_VALUE = 2048;
const MAX_HOPS = 40;
const MAX_SCAN = 256 * 1024;

/** The dated hops of the headers in a text, oldest first; undefined when fewer than two carry a date. */
export function readRoute(input: string): Route | undefined {
  const text = (input.length > MAX_SCAN ? input.slice(0, MAX_SCAN) : input).replace(/\r\n?/g, '\n');
  const hops: Hop[] = [];
  RECEIVED.lastIndex = 0;
  for (let m = RECEIVED.exec(text); m && hops.length < MAX_HOPS; m = RECEIVED.exec(text)) {
    const value = unfolded(text, RECEIVED.lastIndex);
    const hop = hopOf(value);
    if (hop) hops.push(hop);
  }
  if (hops.length < 2) return undefined;
  hops.reverse();
  const date = DATE_HEADER.exec(text)?.[1];
  const written = date ? dateOf(date) : undefined;
  return written === undefined ? { hops } : { hops, written };
}

/** The header's value from `start`, its folded lines joined, bounded. */
function unfolded(text: string, start: number): string {
  let end = text.indexOf('\n', start);
  while (end >= 0 && end - start < MAX_VALUE && /[ \t]/.test(text[end + 1] ?? ''))
    end = text.indexOf('\n', end + 1);
  const stop = end < 0 ? text.length : end;
  return text.slice(start, Math.min(stop, start + MAX_VALUE)).replace(/\s+/g, ' ');
}

function hopOf(value: string): Hop | undefined {
  const semicolon = value.lastIndexOf(';');
  if (semicolon < 0) return undefined;
  const at = dateOf(value.slice(semicolon + 1));
  if (at === undefined) return undefined;
  const from = /^from ([^\s;()]{1,255})/i.exec(value)?.[1];
  const by = /\bby ([^\s;()]{1,255})/i.exec(value)?.[1];
  const found = /\bid <?([A-Za-z0-9._-]{4,64})\b/.exec(value)?.[1];
  // Exchange writes its version there ("id 15.20.8207.17"), which names no message.
  const id = found && !/^[\d.]+$/.test(found) ? found : undefined;
  return { at, ...(from ? { from } : {}), ...(by ? { by } : {}), ...(id ? { id } : {}) };
}

function dateOf(text: string): number | undefined {
  const trimmed = text.trim();
  if (!ZONE.test(trimmed)) return undefined;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : at;
}
