import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../../src/errors.js';
import { DNSBL_ZONES, findZone } from '../../../../src/knowledge/dnsbl-zones.js';
import { loadDnsblZones, parseDnsblFile } from '../../../../src/knowledge/dnsbl-zones-file.js';

const dir = mkdtempSync(join(tmpdir(), 'mailmedic-dnsbl-'));
function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

function errorOf(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('the curated DNSBL zones', () => {
  it('hold the lists the issue names, and the dead ones marked dead', () => {
    const live = DNSBL_ZONES.filter((z) => !z.dead).map((z) => z.zone);
    expect(live).toEqual([
      'zen.spamhaus.org',
      'dbl.spamhaus.org',
      'bl.spamcop.net',
      'b.barracudacentral.org',
      'dnsbl-1.uceprotect.net',
      'dnsbl-2.uceprotect.net',
      'dnsbl-3.uceprotect.net',
      'psbl.surriel.com',
      'bl.mailspike.net',
      'rep.mailspike.net',
      'dyna.spamrats.com',
      'noptr.spamrats.com',
      'spam.spamrats.com',
      'all.s5h.net',
      'multi.surbl.org',
      'multi.uribl.com',
    ]);
    for (const dead of [
      'dnsbl.sorbs.net',
      'dnsbl.ahbl.org',
      'dnsbl.njabl.org',
      'list.dsbl.org',
      'relays.ordb.org',
    ]) {
      expect(findZone(DNSBL_ZONES, dead)?.dead, dead).toMatch(/\S/);
    }
    expect(findZone(DNSBL_ZONES, 'zen.spamhaus.org')?.dqsZone).toBe('zen.dq.spamhaus.net');
    expect(findZone(DNSBL_ZONES, 'dbl.spamhaus.org')?.dqsZone).toBe('dbl.dq.spamhaus.net');
    // Delisting pages come from the blocklist names bounces use.
    expect(findZone(DNSBL_ZONES, 'bl.spamcop.net')?.delist).toBe('https://www.spamcop.net/bl.shtml');
  });
});

describe('MAILMEDIC_DNSBL_FILE', () => {
  const own = {
    zone: 'dnsbl.example.net',
    name: 'Example DNSBL',
    kind: 'ip',
    codes: [{ answer: '127.0.0.5', name: 'Example proxies', meaning: 'open proxy' }],
    delist: 'https://dnsbl.example.net/remove',
  };

  it('extends the curated list by default, an entry for a known zone replacing it', () => {
    const zones = loadDnsblZones(
      file('extend.json', {
        zones: [own, { zone: 'bl.spamcop.net', kind: 'ip', name: 'SpamCop (ours)', codes: [] }],
      }),
    );
    expect(zones).toHaveLength(DNSBL_ZONES.length + 1);
    expect(findZone(zones, 'dnsbl.example.net')).toEqual({
      zone: 'dnsbl.example.net',
      name: 'Example DNSBL',
      kind: 'ip',
      lists: 'entries of Example DNSBL',
      codes: [{ answer: '127.0.0.5', kind: 'listed', name: 'Example proxies', meaning: 'open proxy' }],
      delist: 'https://dnsbl.example.net/remove',
    });
    expect(findZone(zones, 'bl.spamcop.net')?.name).toBe('SpamCop (ours)');
  });

  it('replaces the curated list with mode "replace"', () => {
    const zones = loadDnsblZones(file('replace.json', { mode: 'replace', zones: [own] }));
    expect(zones.map((z) => z.zone)).toEqual(['dnsbl.example.net']);
  });

  it('without a file, is the curated list', () => {
    expect(loadDnsblZones(undefined)).toBe(DNSBL_ZONES);
    expect(loadDnsblZones('')).toBe(DNSBL_ZONES);
  });

  it('refuses a bad file with a message naming the variable, the file and the field', () => {
    const missing = errorOf(() => loadDnsblZones(join(dir, 'nope.json')));
    expect(missing.message).toMatch(/MAILMEDIC_DNSBL_FILE: cannot read .*nope\.json: no such file/);
    const notJson = errorOf(() => loadDnsblZones(file('bad.json', '{ zones: ')));
    expect(notJson.message).toMatch(/bad\.json is not valid JSON/);
    const badKind = errorOf(() =>
      parseDnsblFile(JSON.stringify({ zones: [{ ...own, kind: 'url' }] }), 'z.json'),
    );
    expect(badKind.message).toContain('z.json: zones[0].kind: expected "ip" or "domain"');
    const badAnswer = errorOf(() =>
      parseDnsblFile(JSON.stringify({ zones: [{ ...own, codes: [{ answer: '1.2.3', meaning: 'x' }] }] })),
    );
    expect(badAnswer.message).toContain('zones[0].codes[0].answer: expected an IPv4 address');
    const badZone = errorOf(() =>
      parseDnsblFile(JSON.stringify({ zones: [{ ...own, zone: 'not a zone' }] })),
    );
    expect(badZone.message).toMatch(/zones\[0\]\.zone: .*not a DNSBL zone/);
    const stray = errorOf(() => parseDnsblFile(JSON.stringify({ zones: [{ ...own, colour: 'red' }] })));
    expect(stray.message).toMatch(/zones\[0\]: .*colour/);
    const empty = errorOf(() => parseDnsblFile(JSON.stringify({ zones: [] })));
    expect(empty.message).toContain('zones: expected at least one zone');
    const bit = errorOf(() =>
      parseDnsblFile(JSON.stringify({ zones: [{ ...own, bits: [{ bit: 3, meaning: 'x' }] }] })),
    );
    expect(bit.message).toContain('zones[0].bits[0].bit: expected 1, 2, 4, ... or 128');
  });
});
