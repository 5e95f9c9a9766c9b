import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import { z } from 'zod';
import { validateDomain } from '../commands/validate-target.js';
import { ConfigError } from '../errors.js';
import { DNSBL_ZONES, type DnsblZone } from './dnsbl-zones.js';

/** The variable naming a JSON file of DNSBL zones (see the README, "Your own zones"). */
const DNSBL_FILE_VARIABLE = 'MAILMEDIC_DNSBL_FILE';

const zoneName = z.string().transform((v, ctx) => {
  const r = validateDomain(v, 'a DNSBL zone');
  if (r.ok) return r.value;
  ctx.issues.push({ code: 'custom', message: r.problem, input: v });
  return z.NEVER;
});

const answer = z.string().refine(
  (v) => {
    if (!v.includes('/')) return isIP(v) === 4;
    try {
      return ipaddr.parseCIDR(v)[0].kind() === 'ipv4';
    } catch {
      return false;
    }
  },
  { error: 'expected an IPv4 address (127.0.0.2) or range (127.255.255.0/24)' },
);

const answerKind = z.enum(['listed', 'good', 'neutral', 'error'], {
  error: 'expected listed, good, neutral or error',
});

const code = z.strictObject({
  answer,
  kind: answerKind.default('listed'),
  name: z.string().min(1).optional(),
  meaning: z.string().min(1),
  advice: z.string().min(1).optional(),
});

const bit = z.strictObject({
  bit: z
    .number()
    .int()
    .refine((n) => [1, 2, 4, 8, 16, 32, 64, 128].includes(n), { error: 'expected 1, 2, 4, ... or 128' }),
  kind: answerKind.default('listed'),
  name: z.string().min(1).optional(),
  meaning: z.string().min(1),
  advice: z.string().min(1).optional(),
});

const zone = z.strictObject({
  zone: zoneName,
  name: z.string().min(1).optional(),
  kind: z.enum(['ip', 'domain'], { error: 'expected "ip" or "domain"' }),
  lists: z.string().min(1).optional(),
  codes: z.array(code).default([]),
  bits: z.array(bit).optional(),
  delist: z.url({ protocol: /^https?$/, error: 'expected an http:// or https:// URL' }).optional(),
  ipv6: z.boolean().optional(),
  dqsZone: zoneName.optional(),
  needsKey: z.boolean().optional(),
  testPoint: z.string().min(1).optional(),
  dead: z.string().min(1).optional(),
  note: z.string().min(1).optional(),
});

/**
 * The file's shape: `{"mode": "extend" | "replace", "zones": [...]}`. `extend` (the default) adds the
 * zones to the curated list, an entry for a zone already there replacing it; `replace` uses only them.
 */
export const DnsblFileSchema = z.strictObject({
  mode: z.enum(['extend', 'replace'], { error: 'expected "extend" or "replace"' }).default('extend'),
  zones: z.array(zone).min(1, { error: 'expected at least one zone' }),
});

export type DnsblFile = z.output<typeof DnsblFileSchema>;

/** Curated zones, or those of `file` on top of (or instead of) them. Throws ConfigError on a bad file. */
export function loadDnsblZones(file: string | null | undefined): readonly DnsblZone[] {
  if (!file) return DNSBL_ZONES;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const why = (err as { code?: string }).code === 'ENOENT' ? 'no such file' : String(err);
    throw problem(`cannot read ${file}: ${why}`);
  }
  return mergeZones(parseDnsblFile(text, file));
}

/** Validates the JSON text of a zones file; `file` only names it in errors. */
export function parseDnsblFile(text: string, file = 'the zones file'): DnsblFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw problem(`${file} is not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  const r = DnsblFileSchema.safeParse(json);
  if (!r.success) {
    const issues = r.error.issues.slice(0, 5).map((i) => `${pathOf(i.path)}: ${i.message}`);
    throw problem(`${file}: ${issues.join('; ')}`);
  }
  return r.data;
}

function mergeZones(file: DnsblFile): readonly DnsblZone[] {
  const own: DnsblZone[] = file.zones.map((e) => {
    const out: DnsblZone = {
      zone: e.zone,
      name: e.name ?? e.zone,
      kind: e.kind,
      lists: e.lists ?? `entries of ${e.name ?? e.zone}`,
      codes: e.codes.map((c) => withoutUndefined(c)),
    };
    const rest = withoutUndefined({
      bits: e.bits?.map((b) => withoutUndefined(b)),
      delist: e.delist,
      ipv6: e.ipv6,
      dqsZone: e.dqsZone,
      needsKey: e.needsKey,
      testPoint: e.testPoint,
      dead: e.dead,
      note: e.note,
    });
    return { ...out, ...rest };
  });
  if (file.mode === 'replace') return own;
  const replaced = new Set(own.map((e) => e.zone));
  return [...DNSBL_ZONES.filter((e) => !replaced.has(e.zone)), ...own];
}

function problem(message: string): ConfigError {
  return new ConfigError([{ variable: DNSBL_FILE_VARIABLE, message }]);
}

function pathOf(path: readonly PropertyKey[]): string {
  let s = '';
  for (const p of path) s += typeof p === 'number' ? `[${p}]` : s === '' ? String(p) : `.${String(p)}`;
  return s || '(top level)';
}

function withoutUndefined<T extends object>(o: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
}
