import type { Socket as UdpSocket } from 'node:dgram';
import type { AddressInfo, Server as NetServer } from 'node:net';
import { createServer, Packet, type Resource } from 'dns2';
import ipaddr from 'ipaddr.js';

/** One record of a test zone; names are absolute, lower case, without the trailing dot. */
export type ZoneRecord =
  | { type: 'MX'; priority: number; exchange: string; ttl?: number }
  | { type: 'A' | 'AAAA'; address: string; ttl?: number }
  /** `data`: the record's text, split into 255-byte strings as needed, or its character-strings as given. */
  | { type: 'TXT'; data: string | readonly string[]; ttl?: number }
  | { type: 'PTR' | 'CNAME'; target: string; ttl?: number };

/**
 * A name's records, or how the server misbehaves for it: SERVFAIL, REFUSED, or no answer at all.
 * Names not in the zone are NXDOMAIN; a name without records of the asked type is NODATA. A key
 * `*.suffix` is a wildcard (RFC 4592): it answers for every name below `suffix` that is not in the zone.
 */
export type ZoneEntry = ZoneRecord[] | 'servfail' | 'refused' | 'drop';
export type Zone = Record<string, ZoneEntry>;

export interface TestDnsServer {
  /** `127.0.0.1:PORT` (or `[::1]:PORT`), ready for `servers`. */
  address: string;
  /** Every question received, in order, as `TYPE name`. */
  queries: string[];
  /** When each question arrived (performance.now()), beside `queries`. */
  times: number[];
  /** Replace the served data (e.g. to prove an answer came from the cache). */
  zone: Zone;
  close(): Promise<void>;
}

// RFC 1035 §4.1.1 response codes (dns2 has them at run time, its types do not).
const RCODE = { SERVFAIL: 2, NXDOMAIN: 3, REFUSED: 5 } as const;

const TYPE_NAMES: Record<number, string> = Object.fromEntries(
  Object.entries(Packet.TYPE).map(([name, code]) => [code, name]),
);

/**
 * An authoritative-style DNS server on loopback with an ephemeral port, serving `zone` over UDP and TCP on
 * the same port. Answers like a real one: CNAMEs are returned and followed inside the zone, an answer too
 * big for the client's UDP size comes back truncated (TC, by dns2) and is asked again over TCP, and TXT
 * data longer than 255 bytes is split into character-strings.
 */
export async function startDnsServer(
  zone: Zone,
  host: '127.0.0.1' | '::1' = '127.0.0.1',
): Promise<TestDnsServer> {
  const state: TestDnsServer = {
    address: '',
    queries: [],
    times: [],
    zone,
    close: async () => {
      await server.close();
    },
  };
  const handle: DnsHandle = (request, send) => {
    const question = request.questions[0];
    if (!question) return;
    const name = question.name.toLowerCase().replace(/\.$/, '');
    const type = TYPE_NAMES[question.type] ?? String(question.type);
    state.queries.push(`${type} ${name}`);
    state.times.push(performance.now());
    const entry = entryOf(state.zone, name);
    if (entry === 'drop') return;
    const response = Packet.createResponseFromRequest(request);
    response.header.aa = 1;
    if (entry === undefined) response.header.rcode = RCODE.NXDOMAIN;
    else if (entry === 'servfail') response.header.rcode = RCODE.SERVFAIL;
    else if (entry === 'refused') response.header.rcode = RCODE.REFUSED;
    else response.answers.push(...(answers(state.zone, name, type, 0) as Resource[]));
    void send(response);
  };
  const server = await listenUdpAndTcp(handle, host);
  const { port } = server.addresses().udp as AddressInfo;
  state.address = host === '::1' ? `[::1]:${port}` : `127.0.0.1:${port}`;
  return state;
}

type DnsServer = ReturnType<typeof createServer>;
type DnsHandle = NonNullable<Parameters<typeof createServer>[0]>['handle'];

/**
 * UDP on an ephemeral port, then TCP on the same number (a client falls back to TCP on the port it asked);
 * when another socket already holds that TCP port, both are opened again elsewhere.
 */
async function listenUdpAndTcp(handle: DnsHandle, host: string): Promise<DnsServer> {
  for (let attempt = 1; ; attempt++) {
    const server = createServer({ udp: { type: host === '::1' ? 'udp6' : 'udp4' }, tcp: true, handle });
    // dns2 keeps its sockets in `servers`; its types do not show it.
    const { udp, tcp } = (server as unknown as { servers: { udp: UdpSocket; tcp: NetServer } }).servers;
    await new Promise<void>((resolve) => udp.bind(0, host, resolve));
    const { port } = udp.address() as AddressInfo;
    const opened = await new Promise<boolean>((resolve) => {
      // dns2 passes its sockets' errors on to the server object, where an unheard one would be thrown.
      const refused = () => resolve(false);
      server.once('error', refused);
      tcp.listen(port, host, () => {
        server.off('error', refused);
        resolve(true);
      });
    });
    if (opened) return server;
    udp.close();
    if (attempt === 5) throw new Error(`test DNS server: no TCP port free beside UDP ${port}`);
  }
}

// dns2 encodes plain objects; its type for them also lists a toBuffer they do not need.
type Answer = Omit<Resource, 'toBuffer'>;

/** The name's own entry, or the closest wildcard above it. */
export function entryOf(zone: Zone, name: string): ZoneEntry | undefined {
  const own = zone[name];
  if (own !== undefined) return own;
  const labels = name.split('.');
  for (let i = 1; i < labels.length; i++) {
    const wild = zone[`*.${labels.slice(i).join('.')}`];
    if (wild !== undefined) return wild;
  }
  return undefined;
}

function answers(zone: Zone, name: string, type: string, depth: number): Answer[] {
  const entry = entryOf(zone, name);
  if (!Array.isArray(entry) || depth > 8) return [];
  const alias = entry.find((r) => r.type === 'CNAME');
  if (alias && alias.type === 'CNAME' && type !== 'CNAME') {
    return [resource(name, alias), ...answers(zone, alias.target, type, depth + 1)];
  }
  return entry.filter((r) => r.type === type).map((r) => resource(name, r));
}

function resource(name: string, r: ZoneRecord): Answer {
  const base = { name, type: Packet.TYPE[r.type], class: Packet.CLASS.IN, ttl: r.ttl ?? 300 };
  switch (r.type) {
    case 'MX':
      return { ...base, priority: r.priority, exchange: r.exchange };
    case 'A':
      return { ...base, address: r.address };
    case 'AAAA':
      // dns2 writes the text's groups as they stand: '::ffff:127.0.0.1' came out as ::255.255.1.39.
      return { ...base, address: ipaddr.parse(r.address).toNormalizedString() };
    case 'TXT':
      return { ...base, data: typeof r.data === 'string' ? characterStrings(r.data) : [...r.data] };
    case 'PTR':
    case 'CNAME':
      return { ...base, domain: r.target };
  }
}

/** A character-string holds at most 255 bytes (RFC 1035 §3.3); longer text is several, as zone files split it. */
function characterStrings(data: string): string[] {
  const bytes = Buffer.from(data, 'utf8');
  const strings: string[] = [];
  for (let at = 0; at < bytes.length; at += 255)
    strings.push(bytes.subarray(at, at + 255).toString('latin1'));
  return strings.length > 0 ? strings : [''];
}

/** Shorthands for zone data. */
export const mx = (priority: number, exchange: string, ttl?: number): ZoneRecord => ({
  type: 'MX',
  priority,
  exchange,
  ...(ttl !== undefined ? { ttl } : {}),
});
export const a = (address: string, ttl?: number): ZoneRecord => ({
  type: 'A',
  address,
  ...(ttl !== undefined ? { ttl } : {}),
});
export const aaaa = (address: string, ttl?: number): ZoneRecord => ({
  type: 'AAAA',
  address,
  ...(ttl !== undefined ? { ttl } : {}),
});
export const ptr = (target: string): ZoneRecord => ({ type: 'PTR', target });
export const cname = (target: string): ZoneRecord => ({ type: 'CNAME', target });
export const txt = (data: string): ZoneRecord => ({ type: 'TXT', data });
