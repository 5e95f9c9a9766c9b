import type { Zone, ZoneRecord } from '../unit/helpers/dns-server.js';
import type { NsdZone } from './nsd-conf.mjs';

export { type NsdZone, nsdConf, zoneFileName } from './nsd-conf.mjs';

export interface NsdZones {
  zones: NsdZone[];
  /** Names the in-process server answers in a way NSD cannot: it never stays silent on purpose. */
  unrepresentable: string[];
}

/**
 * The same test data as the in-process server, for NSD. Records go in zones cut at the last two labels
 * (`example.test`, `spamhaus.org`, `in-addr.arpa`), so names outside every zone are REFUSED as by any
 * authoritative server; a name that SERVFAILs becomes a zone of its own without a file (NSD answers
 * SERVFAIL for a zone it could not load), one that is REFUSED a zone of its own that refuses everyone.
 * A name without records gets an HINFO record, so that every type the checks ask is NODATA, as in the
 * in-process server. Names the in-process server never answers ('drop') cannot be written: NSD answers
 * every query it accepts, so they are listed apart and left out. `empty` zones hold no names: below
 * them every name is NXDOMAIN (e.g. `com`, for a mistyped gmial.com).
 */
export function nsdZones(zone: Zone, options: { empty?: readonly string[] } = {}): NsdZones {
  const records = new Map<string, string[]>();
  const special: NsdZone[] = [];
  const unrepresentable: string[] = [];
  for (const name of Object.keys(zone)) {
    const entry = zone[name];
    if (entry === 'drop') unrepresentable.push(name);
    else if (entry === 'servfail') special.push({ apex: name, text: null, refused: false });
    else if (entry === 'refused') special.push({ apex: name, text: soa(name), refused: true });
    else if (entry !== undefined) {
      const apex = apexOf(name);
      const lines = records.get(apex) ?? [soa(apex)];
      const rrs = entry.length > 0 ? entry : [null];
      lines.push(...rrs.map((r) => `${name}. ${r ? rdata(r) : '300 IN HINFO "mailmedic" "no records"'}`));
      records.set(apex, lines);
    }
  }
  // Zones with no data of their own, so that names below them are NXDOMAIN rather than REFUSED.
  for (const apex of options.empty ?? []) if (!records.has(apex)) records.set(apex, [soa(apex)]);
  const zones: NsdZone[] = [...records].map(([apex, lines]) => ({
    apex,
    text: `${lines.join('\n')}\n`,
    refused: false,
  }));
  return { zones: [...zones, ...special].sort((x, y) => x.apex.localeCompare(y.apex)), unrepresentable };
}

function apexOf(name: string): string {
  const labels = name.split('.');
  return labels.slice(-2).join('.');
}

function soa(apex: string): string {
  return [
    `$TTL 300`,
    `${apex}. 300 IN SOA ns.mailmedic.invalid. hostmaster.mailmedic.invalid. 1 3600 600 86400 30`,
    `${apex}. 300 IN NS ns.mailmedic.invalid.`,
  ].join('\n');
}

function absolute(name: string): string {
  const n = name.replace(/\.$/, '');
  return n === '' ? '.' : `${n}.`;
}

/** A record's TTL, class, type and data in zone-file syntax. */
function rdata(r: ZoneRecord): string {
  const head = `${r.ttl ?? 300} IN ${r.type}`;
  switch (r.type) {
    case 'MX':
      return `${head} ${r.priority} ${absolute(r.exchange)}`;
    case 'A':
    case 'AAAA':
      return `${head} ${r.address}`;
    case 'PTR':
    case 'CNAME':
      return `${head} ${absolute(r.target)}`;
    case 'TXT': {
      // The helper's TXT data is one string, or (for long records) its 255-byte character-strings.
      const data = r.data as string | string[];
      const parts = Array.isArray(data) ? data : (data.match(/[\s\S]{1,255}/g) ?? ['']);
      return `${head} ${parts.map(quoted).join(' ')}`;
    }
  }
}

function quoted(s: string): string {
  return `"${s.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}
