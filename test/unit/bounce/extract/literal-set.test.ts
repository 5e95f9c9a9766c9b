import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LiteralSet } from '../../../../src/bounce/extract/literal-set.js';
import { BLOCKLIST_NAMES } from '../../../../src/knowledge/blocklist-names.js';
import { PROVIDERS } from '../../../../src/knowledge/providers.js';
import { REPLY_PHRASES, WEAK_PHRASES } from '../../../../src/knowledge/reply-phrases.js';

/**
 * What the set replaces: one alternation of the escaped literals, run from every position where some
 * literal starts (leftmost match, then on from the next character), with every literal starting there.
 */
function byRegex(literals: readonly string[], text: string): string[] {
  const escaped = literals.map((literal) => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const any = new RegExp(escaped.join('|'), 'g');
  const hits: string[] = [];
  for (let m = any.exec(text); m !== null; m = any.exec(text)) {
    literals.forEach((literal, i) => {
      if (text.startsWith(literal, m.index)) hits.push(`${i}@${m.index}`);
    });
    any.lastIndex = m.index + 1;
  }
  return hits.sort();
}

function bySet(set: LiteralSet, text: string): string[] {
  const hits: string[] = [];
  set.scan(text, (literal, start) => hits.push(`${literal}@${start}`));
  return hits.sort();
}

/** A small seeded generator (mulberry32): the same strings on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Pieces random texts are made of: letters, blanks, non-ASCII (combining marks, a surrogate pair and a
// skin-tone modifier, CJK, Cyrillic), so literals end before combining marks and inside clusters.
const PIECES = [
  'a',
  'b',
  'ab',
  'ba',
  'aab',
  ' ',
  '\n',
  'é',
  'e\u0301',
  'e',
  '\u0301',
  '👍',
  '👍🏽',
  '\ud83c',
  '满',
  'я',
  'x',
];

function randomText(next: () => number, pieces: readonly string[], length: number): string {
  let text = '';
  while (text.length < length) text += pieces[Math.floor(next() * pieces.length)];
  return text;
}

const phraseLiterals = [
  ...new Set(
    [...REPLY_PHRASES, ...WEAK_PHRASES].flatMap((r) => r.phrases.map((p) => p.split(' … ')[0] as string)),
  ),
].filter((l) => l !== '');
const markerLiterals = PROVIDERS.flatMap((p) => p.markers);
const blocklistLiterals = BLOCKLIST_NAMES.flatMap((l) => [...l.markers, ...(l.broadMarkers ?? [])]).filter(
  (m) => m !== '',
);
const fixtureDir = join(import.meta.dirname, '../../../fixtures/bounces');
const fixtures = readdirSync(fixtureDir).map((name) => readFileSync(join(fixtureDir, name), 'latin1'));

describe('LiteralSet', () => {
  it('finds overlapping literals, prefixes of others and repeated ones', () => {
    const literals = ['he', 'she', 'his', 'hers', 'h', 'she', 'hershey'];
    const set = new LiteralSet(literals);
    expect(bySet(set, 'ushershey')).toEqual(byRegex(literals, 'ushershey'));
    expect(bySet(set, 'ushers')).toEqual(['0@2', '1@1', '3@2', '4@2', '5@1'].sort());
  });

  it('finds code units, not grapheme clusters: a literal ending before a combining mark or modifier', () => {
    const literals = ['cafe', 'e', '👍', '\ud83c', 'я'];
    const set = new LiteralSet(literals);
    const text = 'cafe\u0301 👍🏽 я\u0301';
    expect(bySet(set, text)).toEqual(byRegex(literals, text));
    expect(bySet(set, text)).toContain('0@0');
    expect(bySet(set, text)).toContain('2@6');
  });

  it('finds nothing in an empty text or one without literals, and refuses an empty literal', () => {
    const set = new LiteralSet(['abc', 'ü']);
    expect(bySet(set, '')).toEqual([]);
    expect(set.occursIn('')).toBe(false);
    expect(bySet(set, 'xyz ab bc u')).toEqual([]);
    expect(set.occursIn('xx ü')).toBe(true);
    expect(() => new LiteralSet(['a', ''])).toThrow(/empty/);
  });

  it('agrees with the alternation on random literal sets and random texts', () => {
    const next = random(7);
    for (let round = 0; round < 300; round++) {
      const count = 1 + Math.floor(next() * 12);
      const literals = Array.from({ length: count }, () =>
        randomText(next, PIECES, 1 + Math.floor(next() * 4)),
      );
      const set = new LiteralSet(literals);
      for (let t = 0; t < 10; t++) {
        const text = randomText(next, PIECES, Math.floor(next() * 60));
        expect(bySet(set, text), `${JSON.stringify(literals)} in ${JSON.stringify(text)}`).toEqual(
          byRegex(literals, text),
        );
        expect(set.occursIn(text)).toBe(byRegex(literals, text).length > 0);
      }
    }
  });

  it('answers occursIn alike from the trie, for a set too big for the regex', () => {
    const next = random(13);
    for (let round = 0; round < 20; round++) {
      // Over 200 literals: occursIn scans the trie (smaller sets ask a regex alternation).
      const literals = Array.from({ length: 201 + Math.floor(next() * 50) }, () =>
        randomText(next, PIECES, 2 + Math.floor(next() * 4)),
      );
      const set = new LiteralSet(literals);
      for (let t = 0; t < 10; t++) {
        const text = randomText(next, PIECES, Math.floor(next() * 60));
        expect(set.occursIn(text)).toBe(byRegex(literals, text).length > 0);
      }
    }
  });

  it('agrees with the alternation on the real phrase, marker and blocklist lists', () => {
    const next = random(11);
    // Texts built from the literals themselves, cut and glued with noise, so hits overlap and abut.
    const glued = (literals: readonly string[]) =>
      Array.from({ length: 40 }, () => {
        let text = '';
        while (text.length < 300) {
          const literal = literals[Math.floor(next() * literals.length)] as string;
          const from = Math.floor(next() * 3);
          text +=
            literal.slice(from, literal.length - Math.floor(next() * 2)) +
            randomText(next, PIECES, next() * 3);
        }
        return text;
      });
    for (const literals of [phraseLiterals, markerLiterals, blocklistLiterals]) {
      const set = new LiteralSet(literals);
      for (const text of [...fixtures, ...fixtures.map((f) => f.toLowerCase()), ...glued(literals)]) {
        expect(bySet(set, text)).toEqual(byRegex(literals, text));
      }
    }
  });
});
