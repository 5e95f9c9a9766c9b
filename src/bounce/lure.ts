import {
  BOUNCE_MARKERS,
  CALLS_TO_ACTION,
  CREDENTIAL_ASKS,
  NOTICE_LINK_DOMAINS,
  PAGE_HOSTS,
  PRESSURE,
  USER_CONTENT_HOSTS,
  WAITING_MAIL,
} from '../knowledge/lure-phrases.js';

/**
 * Phishing dressed as a bounce or a mailbox notice: it asks the reader to act through it (release held
 * mail, click, upgrade the quota), and it either links off to a host that is neither the reader's own nor a
 * mail provider's, or asks for a login; and it sets a deadline, counts waiting mail, or does both of those.
 * It quotes no server reply, which every real bounce does.
 */
export interface Lure {
  /** What gives it away, in words. */
  signs: string[];
  /** The hosts its links point to that are neither the reader's domain nor a provider's. */
  foreignHosts: string[];
}

const MAX_TEXT = 64 * 1024;
const ANY_ASK = new RegExp([...CALLS_TO_ACTION, ...CREDENTIAL_ASKS].map((p) => `(?:${p.source})`).join('|'));
const MAX_LINKS = 50;
// A link in text or HTML ("https://host/…", href="http://host", quoted-printable's href=3D"…").
const LINK = /\bhttps?:\/\/([a-z0-9.-]{1,253})/gi;

/**
 * The lure in a text (a notice's subject and readable text), or undefined. `links` gives more text to read
 * links from (an email's raw HTML): asked for only when the words already ask the reader to act.
 */
export function lureIn(
  text: string,
  ownDomains: () => readonly string[],
  links: () => string = () => '',
): Lure | undefined {
  const raw = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
  const words = raw.toLowerCase().replace(/\s+/g, ' ');
  // One scan for any ask first: most texts read here are real bounces, which ask nothing of the reader.
  if (!ANY_ASK.test(words) || BOUNCE_MARKERS.some((m) => m.test(raw))) return undefined;
  const action = firstFound(CALLS_TO_ACTION, words);
  const login = firstFound(CREDENTIAL_ASKS, words);
  if (!action && !login) return undefined;
  const hosts = linkHosts(`${raw}\n${links()}`);
  const own = ownDomains();
  const foreign = hosts.filter((h) => isForeign(h, own));
  // Links, all to the reader's own server or a provider's portal: a genuine notice (a quarantine digest).
  if (hosts.length > 0 && foreign.length === 0) return undefined;
  if (foreign.length === 0 && !login) return undefined;
  const deadline = firstFound(PRESSURE, words);
  const waiting = firstFound(WAITING_MAIL, words);
  // A page anyone can put up (free hosting, a form, dynamic DNS): no provider's notice links there.
  const hosted = foreign.filter((h) => onHost(h, PAGE_HOSTS) || onHost(h, USER_CONTENT_HOSTS));
  if (!deadline && !waiting && !(login && foreign.length > 0) && hosted.length === 0) return undefined;
  const signs = [
    ...(action ? [`it asks you to act through it ("${action}")`] : []),
    ...(login ? [`it asks for your login or to confirm your account ("${login}")`] : []),
    ...(foreign.length > 0
      ? [`its links lead to ${foreign.slice(0, 3).join(', ')}, not to your mail provider`]
      : []),
    ...(hosted.length > 0 ? [`${hosted[0]} is free page hosting, where anyone can put up a login page`] : []),
    ...(deadline ? [`it sets a deadline or a threat ("${deadline}")`] : []),
    ...(waiting ? [`it counts mail said to be waiting for you ("${waiting}")`] : []),
    'it quotes no server reply or status code, which every real bounce does',
  ];
  return { signs, foreignHosts: foreign };
}

function firstFound(patterns: readonly RegExp[], text: string): string | undefined {
  for (const p of patterns) {
    const m = p.exec(text);
    if (m) return m[0];
  }
  return undefined;
}

/** The distinct hosts of the text's links, lower case. */
function linkHosts(text: string): string[] {
  const hosts = new Set<string>();
  LINK.lastIndex = 0;
  for (let m = LINK.exec(text); m && hosts.size < MAX_LINKS; m = LINK.exec(text))
    hosts.add((m[1] as string).toLowerCase().replace(/\.$/, ''));
  return [...hosts];
}

/**
 * A host neither under one of the reader's own domains (their address's domain, or above it) nor under a
 * provider's notice domains; user-content hosts are foreign. Matched by name, without the public suffix
 * list, so reading a paste does not load it.
 */
function isForeign(host: string, own: readonly string[]): boolean {
  if (onHost(host, USER_CONTENT_HOSTS)) return true;
  return (
    !own.some((d) => host === d || host.endsWith(`.${d}`) || d.endsWith(`.${host}`)) &&
    !onHost(host, NOTICE_LINK_DOMAINS)
  );
}

/** Whether a host is one of these hosts or under one of them. */
function onHost(host: string, hosts: readonly string[]): boolean {
  return hosts.some((h) => host === h || host.endsWith(`.${h}`));
}
