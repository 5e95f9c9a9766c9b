import { addressScope, isSeenByReceivers } from '../../net/address-scope.js';
import { siteOf } from './auth-results.js';
import type { HeaderEntry, Name } from './filter-headers.js';

/** The address a delivered message came from, when no filter or SPF check named it. */

/** Barracuda's "X-Barracuda-Connect: mail.example.net[198.51.100.7]". */
export function connectingIp(values: Map<Name, string>): string | undefined {
  return /\[([0-9a-f.:]+)\]/i.exec(values.get('x-barracuda-connect') ?? '')?.[1];
}

// "from mail.example.net (mail.example.net [198.51.100.7]) by …", "from unknown (HELO pc) (198.51.100.7)",
// "from mail.example.net ([198.51.100.7]) by …", "[IPv6:2001:db8::1]".
const RECEIVED_IP = /[[(](?:IPv6:)?((?:\d{1,3}\.){3}\d{1,3}|[0-9a-f]{0,4}:[0-9a-f:.]{2,45})[\])]/i;

/**
 * Without a filter's or an SPF check's client address, the Received lines: the topmost hop from an address
 * receivers can see (not the receiver's private or loopback relays, nor a sender's submission from its
 * LAN), preferring a hop between different sites over the receiver's own internal relays.
 */
export function receivedIp(entries: HeaderEntry[]): string | undefined {
  let internal: string | undefined;
  for (const e of entries) {
    if (e.name !== 'received') continue;
    const by = e.value.search(/\sby\s/i);
    const fromPart = by < 0 ? '' : e.value.slice(0, by);
    const fromHost = /^from\s+(\S+)/i.exec(fromPart)?.[1];
    if (!fromHost) continue;
    // Yahoo: "from 198.51.100.7 (EHLO mail.example.net) by …".
    const ip =
      RECEIVED_IP.exec(fromPart)?.[1] ?? (addressScope(fromHost) === 'invalid' ? undefined : fromHost);
    if (!ip || !isSeenByReceivers(addressScope(ip))) continue;
    const byHost = /^\s*by\s+(\S+)/i.exec(e.value.slice(by))?.[1] ?? '';
    if (siteOf(fromHost.replace(/[[\]()]/g, '')) !== siteOf(byHost)) return ip;
    internal ??= ip;
  }
  return internal;
}
