import type { Hop, Route } from '../bounce/extract/received-hops.js';

/**
 * How long a delivered message took and where it waited, from its Received hops: the answer to "why did it
 * arrive late?". A wait at a hop is the time between the server before it taking the message and this one
 * taking it, so it was spent in the queue of the server before.
 */

// A wait worth naming: mail normally crosses each hop in seconds.
const SLOW_MS = 5 * 60_000;
// Clocks disagree by a few seconds everywhere; past this one of them is wrong.
const SKEW_MS = 60_000;

export interface RouteAnswer {
  /** "arrived 2 h 14 min after it was written, 2 h 13 min of it waiting at mx1.example.net". */
  summary: string;
  notes: string[];
}

export function routeAnswer(route: Route): RouteAnswer {
  const { hops, written } = route;
  const first = hops[0] as Hop;
  const last = hops[hops.length - 1] as Hop;
  const start = written ?? first.at;
  const total = last.at - start;
  const waits = hops.map((hop, i) => hop.at - (i === 0 ? start : (hops[i - 1] as Hop).at));
  const longest = waits.reduce((at, wait, i) => (wait > (waits[at] ?? 0) ? i : at), 0);
  const slow = (waits[longest] ?? 0) >= SLOW_MS;
  const since = written === undefined ? 'the first server took it' : 'it was written (its Date header)';
  const summary =
    total < 0
      ? `stamped ${duration(-total)} earlier at its last hop than ${since}: a clock is wrong`
      : `arrived ${duration(total)} after ${since}${slow ? `, ${duration(waits[longest] ?? 0)} of it ${waitPlace(hops, longest, written !== undefined)}` : ''}`;
  const notes = [
    `Route: ${hops.length} hops, ${hops.map((h) => h.by ?? '?').join(' → ')}; ${duration(Math.max(total, 0))} in all.`,
  ];
  if (slow) notes.push(waitWhy(hops, longest, waits[longest] ?? 0, written !== undefined));
  const skewed = waits.findIndex((wait, i) => wait < -SKEW_MS && (i > 0 || written !== undefined));
  if (skewed >= 0) {
    const who = hops[skewed]?.by ?? 'a server';
    notes.push(
      `Clock skew: ${who} stamped it ${duration(-(waits[skewed] ?? 0))} before the hop below it did, so one of ` +
        'their clocks is wrong (check NTP on your own servers); times across that hop are not to be trusted.',
    );
  }
  return { summary, notes };
}

function waitPlace(hops: Hop[], i: number, written: boolean): string {
  if (i === 0 && written) return 'before the first server took it';
  return `waiting at ${hops[i - 1]?.by ?? 'the server before'}`;
}

function waitWhy(hops: Hop[], i: number, wait: number, written: boolean): string {
  if (i === 0 && written) {
    return (
      `The wait: ${duration(wait)} between the Date header and the first server (${hops[0]?.by ?? '?'}). The ` +
      "sender's client held it (offline, an outbox, a scheduled send, a large attachment uploading) or its " +
      'clock is wrong; no server delayed it.'
    );
  }
  const held = hops[i - 1]?.by ?? 'the server before';
  const next = hops[i]?.by ?? 'the next server';
  return (
    `The wait: ${duration(wait)} between ${held} taking it and ${next} taking it, so it sat in the queue of ` +
    `${held}: ${next} deferred it (greylisting, a rate limit, a 4xx) or could not be reached, or ${held} ` +
    `was backed up. That server's log for the message says which (Postfix: \`grep ${hops[i - 1]?.id ?? '<queue id>'} ` +
    '/var/log/mail.log`; Exim: `exigrep` with its id).'
  );
}

/** "4 s", "3 min 12 s", "2 h 14 min", "1 d 3 h". */
export function duration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return s % 60 ? `${m} min ${s % 60} s` : `${m} min`;
  const h = Math.floor(m / 60);
  if (h < 24) return m % 60 ? `${h} h ${m % 60} min` : `${h} h`;
  const d = Math.floor(h / 24);
  return h % 24 ? `${d} d ${h % 24} h` : `${d} d`;
}
