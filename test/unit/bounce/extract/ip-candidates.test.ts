import { isIPv4, isIPv6 } from 'node:net';
import { describe, expect, it } from 'vitest';
import { candidates } from '../../../../src/bounce/extract/sending-ip.js';
import { randomTexts, realTexts } from './sample-texts.js';

// What candidates reads, with matchAll over every text: every IPv6 address, compressed or full, a full one
// only as a whole run of groups (candidates scans only texts with "::" or eight groups in a row).
const IPV4_G = /(?<![\d.])(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}(?![\d.]?\d)/g;
const IPV6_G = /(?<![0-9a-f:])[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}/gi;

function byMatchAll(lower: string): { ip: string; at: number }[] {
  const found = [...lower.matchAll(IPV4_G)].map((m) => ({ ip: m[0], at: m.index }));
  for (const m of lower.matchAll(IPV6_G)) {
    const whole = !/^[:0-9a-f]/i.test(lower.slice(m.index + m[0].length));
    if (!isIPv4(m[0]) && isIPv6(m[0]) && (m[0].includes('::') || whole))
      found.push({ ip: m[0], at: m.index });
  }
  return found.sort((a, b) => a.at - b.at);
}

describe('candidates', () => {
  it('finds the addresses matchAll finds, in order', () => {
    const pieces = [
      '198.51.100.9',
      '2001:db8::7',
      '::',
      ':',
      '.',
      '1',
      '256',
      ' ',
      'ipv6 ',
      'a',
      'ff:',
      '0:0:0:0:',
      '2001:db8:1:2:3:4:5:6',
    ];
    for (const text of [...realTexts().map((t) => t.toLowerCase()), ...randomTexts(pieces, 5000, 10)]) {
      expect(candidates(text), JSON.stringify(text)).toEqual(byMatchAll(text));
    }
  });

  it('finds a full IPv6 address, and no clock time or MAC address', () => {
    expect(candidates('client host [2001:db8:1:2:3:4:5:6] blocked')).toEqual([
      { ip: '2001:db8:1:2:3:4:5:6', at: 13 },
    ]);
    expect(candidates('at 10:22:14 from 00:1a:2b:3c:4d:5e')).toEqual([]);
  });
});
