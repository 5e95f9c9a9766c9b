import { describe, expect, it } from 'vitest';
import {
  detectProvider,
  findBlocklists,
  findReferenceCodes,
  hostMatches,
} from '../../../src/bounce/detect-provider.js';
import { BLOCKLIST_NAMES } from '../../../src/knowledge/blocklist-names.js';
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

/** The plain reading of host names: per host in order, the provider with the longest matching suffix. */
function longestSuffix(hosts: readonly string[], providers: readonly Provider[]): Provider | undefined {
  for (const host of hosts) {
    let best: Provider | undefined;
    let bestLength = 0;
    for (const provider of providers) {
      for (const suffix of provider.hosts) {
        if (suffix.length > bestLength && hostMatches(host, suffix)) {
          best = provider;
          bestLength = suffix.length;
        }
      }
    }
    if (best) return best;
  }
  return undefined;
}

function reference(text: string, hosts: readonly string[] = []): Provider | undefined {
  const receivers = PROVIDERS.filter((p) => p.kind !== 'sending-service' && p.kind !== 'forwarder');
  const forwarders = PROVIDERS.filter((p) => p.kind === 'forwarder');
  const services = PROVIDERS.filter((p) => p.kind === 'sending-service');
  return (
    longestSuffix(hosts, receivers) ??
    earliest(text, receivers) ??
    longestSuffix(hosts, forwarders) ??
    earliest(text, forwarders) ??
    longestSuffix(hosts, services) ??
    earliest(text, services)
  );
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

  it('agrees with suffix-by-suffix matching on host names made of the real suffixes', () => {
    const suffixes = PROVIDERS.flatMap((p) => p.hosts);
    const labels = ['mx1', 'a', 'evil', '', 'mail-', 'com', 'jp'];
    let seed = 13;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let i = 0; i < 3000; i++) {
      const hosts = Array.from({ length: 1 + random(3) }, () => {
        const suffix = suffixes[random(suffixes.length)] ?? '';
        const label = labels[random(labels.length)] ?? '';
        return (
          [`${label}.${suffix}`, `${label}${suffix}`, suffix, suffix.slice(random(suffix.length))][
            random(4)
          ] ?? ''
        );
      });
      expect(detectProvider({ hosts, text: '' })?.id).toBe(reference('', hosts)?.id);
    }
  });

  it('finds the same blocklists as before when any marker is present, and none without', () => {
    const markers = BLOCKLIST_NAMES.flatMap((b) => [...b.markers, ...(b.broadMarkers ?? [])]);
    expect(findBlocklists('550 5.7.1 rejected: listed at zen.spamhaus.org and in spamcop')).toEqual(
      expect.arrayContaining(['spamhaus']),
    );
    for (const marker of markers)
      expect(findBlocklists(`blocked: ${marker} (see link)`).length).toBeGreaterThan(0);
    expect(findBlocklists('550 5.1.1 user unknown')).toEqual([]);
  });

  it('reads whole code tokens only', () => {
    expect(findReferenceCodes('blocked (S3150) see 550-bl23.html and [CS01]')).toEqual(['S3150', 'CS01']);
  });
});
