import { isIPv4, isIPv6 } from 'node:net';
import { describe, expect, it } from 'vitest';
import { candidates } from '../../../../src/bounce/extract/sending-ip.js';
import { randomTexts, realTexts } from './sample-texts.js';

// What candidates read with matchAll before it read with exec.
const IPV4_G = /(?<![\d.])(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}(?![\d.]?\d)/g;
const IPV6_G = /(?<![0-9a-f:])[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}/gi;

function byMatchAll(lower: string): { ip: string; at: number }[] {
  const found = [...lower.matchAll(IPV4_G)].map((m) => ({ ip: m[0], at: m.index }));
  if (lower.includes('::')) {
    for (const m of lower.matchAll(IPV6_G)) {
      if (m[0].includes('::') && !isIPv4(m[0]) && isIPv6(m[0])) found.push({ ip: m[0], at: m.index });
    }
    found.sort((a, b) => a.at - b.at);
  }
  return found;
}

describe('candidates', () => {
  it('finds the addresses matchAll finds, in order', () => {
    const pieces = ['198.51.100.9', '2001:db8::7', '::', ':', '.', '1', '256', ' ', 'ipv6 ', 'a', 'ff:'];
    for (const text of [...realTexts().map((t) => t.toLowerCase()), ...randomTexts(pieces, 5000, 10)]) {
      expect(candidates(text), text).toEqual(byMatchAll(text));
    }
  });
});
