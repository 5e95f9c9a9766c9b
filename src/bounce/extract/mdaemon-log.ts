/**
 * MDaemon's routing and remote-queue log as admins paste it when mail waits in the retry queue: lines
 * "Sat 2026-12-05 08:20:32.301: …", the message's "*  To: r" lines, the remote server's replies ("<-- 451 …")
 * or MDaemon's own words for a failed connection ("Socket connect timeout to [x : 25]"), and "Message moved to
 * retry queue". Each recipient of a message moved to the retry queue waits with the last failure before it;
 * a log that moved nothing to the retry queue is left to the other readers.
 */
export interface RetryEntry {
  recipient: string;
  reason?: string;
}

const LINE = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d{1,3})?: (.{0,4000})$/;
const TO = /^\*\s{1,4}To: <?([^\s<>@]{1,64}@[^\s<>@]{1,255}?)>?$/;
const PARSING = /^Parsing message </;
const REPLY = /^<-- ([45]\d\d[ -].{1,3000})$/;
const OWN_FAILURE = /\b(?:timeout|timed out|refused|failed|unable|cannot|error)\b/i;
const RETRY = /^Message moved to retry queue\b/i;

export function readMdaemonRetries(lines: readonly string[]): RetryEntry[] | undefined {
  const entries: RetryEntry[] = [];
  let recipients: string[] = [];
  let reason: string | undefined;
  let seen = false;
  for (const raw of lines) {
    const text = LINE.exec(raw.trim())?.[1]?.trim();
    if (text === undefined) continue;
    seen = true;
    if (PARSING.test(text)) [recipients, reason] = [[], undefined];
    const to = TO.exec(text)?.[1];
    if (to) recipients.push(to);
    const reply = REPLY.exec(text)?.[1];
    if (reply?.startsWith('4') || reply?.startsWith('5')) reason = reply;
    else if (!text.startsWith('-->') && !text.startsWith('*') && OWN_FAILURE.test(text) && !RETRY.test(text))
      reason = text;
    if (RETRY.test(text)) for (const recipient of recipients) entries.push({ recipient, reason });
  }
  return seen && entries.length > 0 ? entries : undefined;
}
