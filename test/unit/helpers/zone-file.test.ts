import { describe, expect, it } from 'vitest';
import { nsdConf, nsdZones } from '../../helpers/zone-file.js';
import { ZONE_SETS } from '../../helpers/zones.js';
import { a, mx, ptr, txt } from './dns-server.js';

describe('zone files for NSD from the shared test data', () => {
  it('cuts zones at two labels and writes every record in RFC 1035 syntax', () => {
    const { zones, unrepresentable } = nsdZones(
      {
        'example.test': [mx(10, 'mx.example.test'), mx(0, '.')],
        'mx.example.test': [a('5.6.7.8', 60)],
        '8.7.6.5.in-addr.arpa': [ptr('mx.example.test')],
        '*.wild.list.test': [a('127.0.0.2')],
        'quote.example.test': [txt('say "hi" \\ bye')],
        'empty.example.test': [],
        'sf.example.test': 'servfail',
        'no.example.test': 'refused',
        'slow.example.test': 'drop',
      },
      { empty: ['com'] },
    );
    expect(zones.map((z) => [z.apex, z.text === null, z.refused])).toEqual([
      ['com', false, false],
      ['example.test', false, false],
      ['in-addr.arpa', false, false],
      ['list.test', false, false],
      ['no.example.test', false, true],
      ['sf.example.test', true, false],
    ]);
    const text = zones.find((z) => z.apex === 'example.test')?.text ?? '';
    expect(text).toContain('example.test. 300 IN SOA ');
    expect(text).toContain('example.test. 300 IN MX 10 mx.example.test.');
    expect(text).toContain('example.test. 300 IN MX 0 .');
    expect(text).toContain('mx.example.test. 60 IN A 5.6.7.8');
    expect(text).toContain('quote.example.test. 300 IN TXT "say \\"hi\\" \\\\ bye"');
    expect(text).toContain('empty.example.test. 300 IN HINFO');
    expect(zones.find((z) => z.apex === 'list.test')?.text).toContain('*.wild.list.test. 300 IN A 127.0.0.2');
    expect(unrepresentable).toEqual(['slow.example.test']);
  });

  it('splits long TXT records into 255-byte strings', () => {
    const long = 'x'.repeat(600);
    const { zones } = nsdZones({ 'k.test': [txt(long)] });
    const line = zones[0]?.text?.split('\n').find((l) => l.includes(' TXT ')) ?? '';
    expect(line).toBe(`k.test. 300 IN TXT "${'x'.repeat(255)}" "${'x'.repeat(255)}" "${'x'.repeat(90)}"`);
  });

  it('configures NSD for loopback only: refused zones blocked, unloadable zones without a file', () => {
    const { zones } = nsdZones({ 'a.test': [a('5.6.7.8')], 'b.test': 'refused', 'c.test': 'servfail' });
    const conf = nsdConf(zones, '/tmp/x', 15353);
    expect(conf).toContain('ip-address: 127.0.0.1@15353');
    expect(conf).toMatch(
      /name: "b\.test"\n {2}zonefile: "b\.test\.zone"\n {2}allow-query: 0\.0\.0\.0\/0 BLOCKED/,
    );
    expect(conf).toMatch(/name: "c\.test"\n {2}zonefile: "c\.test\.missing"/);
  });

  it('can write every shared data set; only names that never answer are left out', () => {
    for (const zone of Object.values(ZONE_SETS)) {
      const { unrepresentable } = nsdZones(zone);
      expect(unrepresentable.every((n) => zone[n] === 'drop')).toBe(true);
    }
  });
});
