import { isIPv4, isIPv6 } from 'node:net';

/**
 * The sender's IP, only where a reply states it as the client's: "Client host [ip]", "your IP ip",
 * "from ip", "?ip=ip", "IP=ip", "ip is listed", Gmail's "[ip  15]", an SPF result ("does not designate ip
 * as permitted sender", "client-ip=ip", "Bad SPF records for [domain:ip]"), Exim's "H=host (helo) [ip]",
 * or an address that opens the reply.
 * Any other address in a reply is someone else's: the receiver naming itself, a DNS server, a URL's host,
 * an example in a help text. Each address found is judged by the few words either side of it.
 */

// Words just before the client's address, read backwards after brackets, quotes and a colon are dropped.
// Entries opening in a letter match on a word boundary ("ip" is not the end of "zip", "ip=" not of
// "lastattemptedip=").
const BEFORE = [
  'client host',
  'client',
  'from',
  'sender',
  'sending ip',
  // Microsoft over IPv6: "sending IPv6 address [ip] must have reverse DNS record", "message sent over IPv6 [ip]".
  'sending ipv6 address',
  'sent over ipv6',
  'sending host',
  'source ip',
  'source',
  'connecting ip',
  'connecting host',
  'your ip',
  'your ip address',
  'your host',
  'your server',
  'your mail server',
  'for host',
  'reverse dns for',
  'rdns for',
  'ptr for',
  'hostname',
  'ip',
  'ip address',
  'address of your server',
  'refused',
  // Charter/Spectrum: "554 5.7.1 - ERROR: Mail refused - <ip> - See https://www.spectrum.net/…".
  'refused -',
  // Google's SMTP relay: "Mail relay denied [ip]. Invalid credentials for relay …".
  'relay denied',
  'relaying denied',
  // Sendmail, when the client's PTR did not resolve back: "Relaying denied. IP name possibly forged [ip]",
  // "IP name lookup failed [ip]".
  'possibly forged',
  'ip name lookup failed',
  'rbl 521',
  // Comcast: "<mta> comcast <ip> …"; Sun Messaging Server: "(TCP|<local ip>|port|<remote ip>|port)".
  'comcast',
  'tcp|',
  'ip=',
  // SPF results: "domain of a@example.com does not designate 192.0.2.1 as permitted sender".
  'designate',
  'designates',
  'sender ip is',
  'client ip is',
  'your ip is',
  'ipr=',
  'ip_address=',
  '/ip/',
  // GMX and WEB.DE's explanation link: "…/case?c=r0301&i=ip&v=ip&r=…".
  'i=ip&v=',
  '?',
];

// Words just after the client's address (after "]", ")", ">", a port and "_" are dropped).
const AFTER = [
  'is listed',
  'listed',
  'is blocked',
  'blocked',
  'is blacklisted',
  'is black listed',
  'blacklisted',
  'is in ',
  'is on ',
  'found on',
  'is not permitted',
  'is not allowed',
  'is not authorized',
  'has been',
  'has poor',
  'has a poor',
  'has bad',
  'has a bad',
  'has a low',
  'has low',
  'is uceprotect',
  'rejected',
  'refused',
  'has sent',
  'has exceeded',
];

const IPV4_G = /(?<![\d.])(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}(?![\d.]?\d)/g;
// IPv6 ("2001:db8::7", "2001:db8:0:0:0:0:0:7"): groups of up to four hex digits joined by colons, checked by isIPv6.
const IPV6_G = /(?<![0-9a-f:])[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}/gi;
// A full IPv6 address, eight groups: what makes a text without "::" worth scanning for one.
const FULL_IPV6 = /(?<![0-9a-f:])[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){7}(?![0-9a-f:])/;
// What may open a reply before the address: its code and status ("550-5.7.25 [2001:db8::7] The IP …"),
// after the quote Exchange puts around a reply ("Remote Server returned '550 5.7.25 [ip] …'").
const REPLY_OPENING = /^['"]?(?:[245]\d\d[ -]?)?(?:[245]\.\d{1,3}\.\d{1,3})?$/;
// Gmail's "[198.51.100.9      15]": the client and a count.
const GMAIL_COUNT = /^ +\d{1,4}\]/;

const WINDOW = 40;

/** The IP the rejected message came from, when the reply names it as the client's. */
export function findSendingIp(diagnostic: string, remoteIp?: string): string | undefined {
  // "[IPv6:2001:db8::7]": the tag is dropped in place (same length) so the address stands alone.
  const lowered = diagnostic.toLowerCase();
  const lower = lowered.includes('ipv6:') ? lowered.replaceAll('ipv6:', 'ipv6 ') : lowered;
  const remote = remoteIp?.toLowerCase();
  // Read once, not per address: a text may hold many.
  const spf = lower.includes('spf') || lower.includes('sender policy framework');
  for (const { ip, at } of candidates(lower)) {
    if (ip !== remote && isClientIp(lower, at, at + ip.length, spf)) return ip;
  }
  return undefined;
}

// Read with exec, not matchAll: matchAll copies its regex on every call.
export function candidates(lower: string): { ip: string; at: number }[] {
  const found: { ip: string; at: number }[] = [];
  IPV4_G.lastIndex = 0;
  for (let m = IPV4_G.exec(lower); m; m = IPV4_G.exec(lower)) found.push({ ip: m[0], at: m.index });
  if (lower.includes('::') || FULL_IPV6.test(lower)) {
    IPV6_G.lastIndex = 0;
    // Every match holds two colons or more: none is empty, so exec always moves on. Without "::" only the
    // eight groups of a full address are one (isIPv6 says no to "10:22:14" and a MAC address).
    for (let m = IPV6_G.exec(lower); m; m = IPV6_G.exec(lower)) {
      if (isAddress6(m[0], lower.charCodeAt(m.index + m[0].length))) found.push({ ip: m[0], at: m.index });
    }
    found.sort((a, b) => a.at - b.at);
  }
  return found;
}

/** An IPv6 match is an address; a full one (no "::") only as a whole run, not eight groups of a longer one. */
function isAddress6(match: string, next: number): boolean {
  if (isIPv4(match) || !isIPv6(match)) return false;
  return match.includes('::') || !(next === 0x3a || isHexDigit(next));
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isHexDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

function isClientIp(lower: string, start: number, end: number, spf: boolean): boolean {
  let left = lower.slice(Math.max(0, start - WINDOW), start);
  // A URL's host ("http://192.0.2.77/…") is never the client.
  if (left.endsWith('://')) return false;
  if (left.endsWith('ipv6 ')) left = left.slice(0, -5);
  const before = trimEnd(left, ' \t[(<"\':,');
  if (BEFORE.some((word) => endsWithWord(before, word))) return true;
  if ((spf && isSpfPair(left)) || isEximHost(lower, start)) return true;
  const right = lower.slice(end, end + WINDOW);
  if (GMAIL_COUNT.test(right)) return true;
  const after = trimStart(right.replace(/^[\])>]?:\d{1,5}/, ''), ' \t])>_-').replaceAll('_', ' ');
  if (AFTER.some((word) => after.startsWith(word))) return true;
  // An address that opens the reply is the client the reply is about, also where a log quotes the reply
  // after a colon ("host mx[ip] said: 550-5.7.1 [2001:db8::25] Our system …", Exim's "SMTP error from
  // remote mail server after end of data: 550-5.7.1 [ip] …").
  // Looked for in the window only: a search of the whole text per address would be quadratic.
  const near = Math.max(0, start - WINDOW - 2);
  const colon = lower.slice(near, start).lastIndexOf(': ');
  // After a colon, only with the reply's code before the address ("Remote server: 192.0.2.1" is no client).
  const quoted = near + colon + 2;
  const opening = colon >= 0 && quoted < start && isDigit(lower.charCodeAt(quoted)) ? quoted : 0;
  return start - opening <= WINDOW && REPLY_OPENING.test(trimEnd(lower.slice(opening, start), ' \t[(<'));
}

// A domain as an SPF result names it, before the client's address: "[example.org:" of "[example.org:192.0.2.2]".
const DOMAIN = /^[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,10}$/;

/**
 * "550 Bad SPF records for [example.org:192.0.2.2]": the domain checked and the client, in one bracket (read
 * only in a text that speaks of SPF: elsewhere "[host:ip]" may name a server).
 */
function isSpfPair(left: string): boolean {
  if (!left.endsWith(':')) return false;
  const open = left.lastIndexOf('[');
  return open >= 0 && DOMAIN.test(left.slice(open + 1, -1));
}

// Exim's $sender_fullhost in a reply: "H=host [ip]", "H=(helo) [ip]", "H=host (helo) [ip]", "H=[ip]".
const EXIM_HOST = /(?:^|[^a-z])h=(?:[a-z0-9.-]{1,253})?(?:[ \t]?\([^()\n]{0,200}\))?[ \t]?\[$/;
const EXIM_REACH = 480;

/** The address is the client's in an Exim reply's "H=… [ip]" (the host that wrote the reply names its client). */
function isEximHost(lower: string, start: number): boolean {
  if (lower.charCodeAt(start - 1) !== 0x5b) return false; // "["
  const left = lower.slice(Math.max(0, start - EXIM_REACH), start);
  const h = left.lastIndexOf('h=');
  return h >= 0 && EXIM_HOST.test(left.slice(Math.max(0, h - 1)));
}

function endsWithWord(text: string, word: string): boolean {
  if (!text.endsWith(word)) return false;
  // A word opening in a letter opens a word of the text: Exchange's "LastAttemptedIP=ip" (the receiver it
  // tried) is no "ip=" of the client's.
  return !isLetter(word.charCodeAt(0)) || !isLetter(text.charCodeAt(text.length - word.length - 1));
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function trimEnd(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}

function trimStart(text: string, chars: string): string {
  let start = 0;
  while (start < text.length && chars.includes(text.charAt(start))) start++;
  return text.slice(start);
}
