import { isIPv4, isIPv6 } from 'node:net';

/**
 * The sender's IP, only where a reply states it as the client's: "Client host [ip]", "your IP ip",
 * "from ip", "?ip=ip", "IP=ip", "ip is listed", Gmail's "[ip  15]", or an address that opens the reply.
 * Any other address in a reply is someone else's: the receiver naming itself, a DNS server, a URL's host,
 * an example in a help text. Each address found is judged by the few words either side of it.
 */

// Words just before the client's address, read backwards after brackets, quotes and a colon are dropped.
// Entries ending in a letter match on a word boundary ("ip" is not the end of "zip").
const BEFORE = [
  'client host',
  'client',
  'from',
  'sender',
  'sending ip',
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
  'rbl 521',
  // Comcast: "<mta> comcast <ip> …"; Sun Messaging Server: "(TCP|<local ip>|port|<remote ip>|port)".
  'comcast',
  'tcp|',
  'ip=',
  'ipr=',
  'ip_address=',
  '/ip/',
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
// Compressed IPv6 ("2001:db8::7"): groups of up to four hex digits joined by colons, checked by isIPv6.
const IPV6_G = /(?<![0-9a-f:])[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}/gi;
// What may open a reply before the address: its code and status ("550-5.7.25 [2001:db8::7] The IP …").
const REPLY_OPENING = /^(?:[245]\d\d[ -]?)?(?:[245]\.\d{1,3}\.\d{1,3})?$/;
// Gmail's "[198.51.100.9      15]": the client and a count.
const GMAIL_COUNT = /^ +\d{1,4}\]/;

const WINDOW = 40;

/** The IP the rejected message came from, when the reply names it as the client's. */
export function findSendingIp(diagnostic: string, remoteIp?: string): string | undefined {
  // "[IPv6:2001:db8::7]": the tag is dropped in place (same length) so the address stands alone.
  const lowered = diagnostic.toLowerCase();
  const lower = lowered.includes('ipv6:') ? lowered.replaceAll('ipv6:', 'ipv6 ') : lowered;
  const remote = remoteIp?.toLowerCase();
  for (const { ip, at } of candidates(lower)) {
    if (ip !== remote && isClientIp(lower, at, at + ip.length)) return ip;
  }
  return undefined;
}

// Read with exec, not matchAll: matchAll copies its regex on every call.
export function candidates(lower: string): { ip: string; at: number }[] {
  const found: { ip: string; at: number }[] = [];
  IPV4_G.lastIndex = 0;
  for (let m = IPV4_G.exec(lower); m; m = IPV4_G.exec(lower)) found.push({ ip: m[0], at: m.index });
  if (lower.includes('::')) {
    IPV6_G.lastIndex = 0;
    // Every match holds two colons or more: none is empty, so exec always moves on.
    for (let m = IPV6_G.exec(lower); m; m = IPV6_G.exec(lower)) {
      if (m[0].includes('::') && !isIPv4(m[0]) && isIPv6(m[0])) found.push({ ip: m[0], at: m.index });
    }
    found.sort((a, b) => a.at - b.at);
  }
  return found;
}

function isClientIp(lower: string, start: number, end: number): boolean {
  let left = lower.slice(Math.max(0, start - WINDOW), start);
  // A URL's host ("http://192.0.2.77/…") is never the client.
  if (left.endsWith('://')) return false;
  if (left.endsWith('ipv6 ')) left = left.slice(0, -5);
  const before = trimEnd(left, ' \t[(<"\':,');
  if (BEFORE.some((word) => endsWithWord(before, word))) return true;
  const right = lower.slice(end, end + WINDOW);
  if (GMAIL_COUNT.test(right)) return true;
  const after = trimStart(right.replace(/^[\])>]?:\d{1,5}/, ''), ' \t])>_-').replaceAll('_', ' ');
  if (AFTER.some((word) => after.startsWith(word))) return true;
  // An address that opens the reply is the client the reply is about.
  return start <= WINDOW && REPLY_OPENING.test(trimEnd(lower.slice(0, start), ' \t[(<'));
}

function endsWithWord(text: string, word: string): boolean {
  if (!text.endsWith(word)) return false;
  const last = word.charCodeAt(word.length - 1);
  if (!isLetter(last)) return true;
  return !isLetter(text.charCodeAt(text.length - word.length - 1));
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
