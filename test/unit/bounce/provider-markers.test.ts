import { describe, expect, it } from 'vitest';
import { detectProvider, findReferenceCodes } from '../../../src/bounce/detect-provider.js';
import { PROVIDERS, type Provider } from '../../../src/knowledge/providers.js';

/** The plain reading: each marker's first occurrence, the earliest wins, the first provider on a tie. */
function earliest(text: string, providers: readonly Provider[]): Provider | undefined {
  let best: Provider | undefined;
  let bestAt = Number.POSITIVE_INFINITY;
  for (const provider of providers) {
    for (const marker of provider.markers) {
      const at = text.indexOf(marker);
      if (at >= 0 && at < bestAt) {
        best = provider;
        bestAt = at;
      }
    }
  }
  return best;
}

function reference(text: string): Provider | undefined {
  const receivers = PROVIDERS.filter((p) => p.kind !== 'sending-service');
  const services = PROVIDERS.filter((p) => p.kind === 'sending-service');
  return earliest(text, receivers) ?? earliest(text, services);
}

describe('provider markers in one scan', () => {
  it('agrees with marker-by-marker search on texts made of the real markers', () => {
    const markers = PROVIDERS.flatMap((p) => p.markers);
    let seed = 11;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let i = 0; i < 3000; i++) {
      const words = Array.from({ length: random(4) }, () => {
        const m = markers[random(markers.length)] ?? '';
        return random(3) === 0 ? m.slice(random(m.length)) : m;
      });
      const text = words.join(random(2) ? ' ' : '');
      expect(detectProvider({ hosts: [], text })?.id).toBe(reference(text)?.id);
    }
  });

  it('reads whole code tokens only', () => {
    expect(findReferenceCodes('blocked (S3150) see 550-bl23.html and [CS01]')).toEqual(['S3150', 'CS01']);
  });
});
