import { describe, expect, it } from 'vitest';
import { containsPhrase, firstMatch, foldLetters } from '../../../src/bounce/match-phrases.js';
import type { SmtpCommand } from '../../../src/bounce/types.js';
import { type PhraseRule, REPLY_PHRASES, WEAK_PHRASES } from '../../../src/knowledge/reply-phrases.js';

/** The plain reading of the rules, one rule at a time: what the one-scan matcher must agree with. */
function reference(rules: readonly PhraseRule[], text: string, command?: SmtpCommand) {
  for (const rule of rules) {
    if (rule.commands && (!command || !rule.commands.includes(command))) continue;
    const phrases = foldedPhrases(rule);
    const literal = phrases.some(({ folded }) => !folded.includes(' … ') && text.includes(folded));
    const phrase = literal
      ? phrases.find(({ folded }) => text.includes(folded))?.p
      : phrases.find(({ folded }) => folded.includes(' … ') && containsPhrase(text, folded))?.p;
    if (phrase !== undefined) return { rule, phrase };
    if (rule.pairs && pairReference(rules, rule, text)) return { rule, phrase: PAIR };
  }
  return undefined;
}

// Each rule's phrases folded once (the reference is read for thousands of texts).
const FOLDED = new WeakMap<PhraseRule, { p: string; folded: string }[]>();
function foldedPhrases(rule: PhraseRule): { p: string; folded: string }[] {
  let folded = FOLDED.get(rule);
  if (!folded) {
    folded = rule.phrases.map((p) => ({ p, folded: foldLetters(p) }));
    FOLDED.set(rule, folded);
  }
  return folded;
}

const FOLDED_WORDS = new Map<string, string>();
function fold(word: string): string {
  let folded = FOLDED_WORDS.get(word);
  if (folded === undefined) {
    folded = foldLetters(word);
    FOLDED_WORDS.set(word, folded);
  }
  return folded;
}

const PAIR = '(a pair of words)';
const occurrences = (text: string, word: string) => {
  const at: number[] = [];
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) at.push(i);
  return at;
};
const SPACED = /[a-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u1e00-\u1eff]/;
const PART = /[0-9a-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u1e00-\u1eff-]/;
const startsWord = (text: string, at: number) =>
  at === 0 || !SPACED.test(text[at] as string) || !PART.test(text[at - 1] as string);
const sentenceEnd = (gap: string, after: string) =>
  /[!?;。！？；\n]|\. /.test(gap + after.slice(0, 1)) || (gap.endsWith('.') && after === '');

/**
 * A subject and a predicate of one group at most 40 apart in one sentence, the longest subject of the same
 * language counting (Romanian "adresa" does not hide Czech "adres").
 */
function pairReference(rules: readonly PhraseRule[], rule: PhraseRule, text: string): boolean {
  const subjectWords = rules.flatMap(
    (r) => r.pairs?.flatMap((p) => p.subjects.map((w) => ({ word: fold(w), language: p.language }))) ?? [],
  );
  const covered = (at: number, word: string, language: string | undefined) =>
    subjectWords.some(
      (other) =>
        !(language && other.language && other.language !== language) &&
        other.word.length > word.length &&
        occurrences(text, other.word).some((o) => o <= at && o + other.word.length >= at + word.length),
    );
  return (rule.pairs ?? []).some((pair) =>
    pair.subjects.map(fold).some((s) =>
      occurrences(text, s).some(
        (sAt) =>
          startsWord(text, sAt) &&
          !covered(sAt, s, pair.language) &&
          pair.predicates.map(fold).some((p) =>
            occurrences(text, p).some((pAt) => {
              const [from, to] =
                sAt + s.length <= pAt
                  ? [sAt + s.length, pAt]
                  : pAt + p.length <= sAt
                    ? [pAt + p.length, sAt]
                    : [-1, -1];
              return (
                from >= 0 &&
                to - from <= 40 &&
                startsWord(text, pAt) &&
                !sentenceEnd(text.slice(from, to), text.slice(to))
              );
            }),
          ),
      ),
    ),
  );
}

describe('firstMatch', () => {
  it('finds a phrase hidden inside a longer phrase of a later rule', () => {
    const rules: PhraseRule[] = [
      { cause: 'a', phrases: ['user'] },
      { cause: 'b', phrases: ['unknown user'] },
    ];
    expect(firstMatch(rules, 'unknown user here')).toEqual({ rule: rules[0], phrase: 'user' });
  });

  it('finds phrases starting at the same place whichever the alternation took', () => {
    const rules: PhraseRule[] = [
      { cause: 'short', phrases: ['mailbox full'] },
      { cause: 'long', phrases: ['mailbox'] },
    ];
    expect(firstMatch(rules, 'mailbox is full')?.rule.cause).toBe('long');
    expect(firstMatch(rules, 'the mailbox full')?.rule.cause).toBe('short');
    expect(firstMatch([...rules].reverse(), 'the mailbox full')?.rule.cause).toBe('long');
  });

  it('keeps rule order, command limits and "a … b" phrases', () => {
    const rules: PhraseRule[] = [
      { cause: 'rcpt-only', phrases: ['rejected'], commands: ['RCPT'] },
      { cause: 'gap', phrases: ['sender … rejected'] },
      { cause: 'plain', phrases: ['rejected'] },
    ];
    expect(firstMatch(rules, 'sender was rejected', 'RCPT')?.rule.cause).toBe('rcpt-only');
    expect(firstMatch(rules, 'sender was rejected', 'DATA')).toEqual({
      rule: rules[1],
      phrase: 'sender … rejected',
    });
    expect(firstMatch(rules, 'was rejected')?.rule.cause).toBe('plain');
    expect(firstMatch(rules, 'nothing here')).toBeUndefined();
  });

  it('reports a gapped phrase written word for word ("…" included) before a later literal one', () => {
    const rules: PhraseRule[] = [{ cause: 'a', phrases: ['quota … full', 'over quota', 'full'] }];
    expect(firstMatch(rules, 'quota … full, over quota')).toEqual({ rule: rules[0], phrase: 'quota … full' });
    expect(firstMatch(rules, 'quota is full, over quota')).toEqual({ rule: rules[0], phrase: 'over quota' });
    expect(firstMatch(rules, 'quota is full')).toEqual({ rule: rules[0], phrase: 'full' });
  });

  it('finds phrases shorter than the index key, empty ones and repeated ones', () => {
    const rules: PhraseRule[] = [
      { cause: 'short', phrases: ['ab', 'x'], commands: ['RCPT'] },
      { cause: 'empty', phrases: ['zzz', ''], commands: ['DATA'] },
      { cause: 'twice', phrases: ['abc', 'abc'] },
    ];
    expect(firstMatch(rules, 'xabc', 'RCPT')).toEqual({ rule: rules[0], phrase: 'ab' });
    expect(firstMatch(rules, 'nothing', 'DATA')).toEqual({ rule: rules[1], phrase: '' });
    expect(firstMatch(rules, 'an abc', 'MAIL')).toEqual({ rule: rules[2], phrase: 'abc' });
  });

  it('gives the same answers for two arrays holding the same rules (compiled once)', () => {
    const decisive = REPLY_PHRASES.filter((r) => !r.general);
    const again = REPLY_PHRASES.filter((r) => !r.general);
    const text = 'mailbox unavailable or access denied';
    expect(firstMatch(again, text)).toEqual(firstMatch(decisive, text));
    expect(firstMatch(again, text)?.rule).toBe(reference(decisive, text)?.rule);
  });

  it('agrees with the rule-by-rule reading on texts made of the real phrases', () => {
    const lists = [
      REPLY_PHRASES.filter((r) => !r.general),
      REPLY_PHRASES.filter((r) => r.general),
      WEAK_PHRASES,
    ];
    const phrases = REPLY_PHRASES.flatMap((r) => [
      ...r.phrases,
      ...(r.pairs?.flatMap((p) => [...p.subjects, ...p.predicates]) ?? []),
    ]).map((p) => p.replace(' … ', ' xx '));
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let i = 0; i < 3000; i++) {
      const words = Array.from({ length: 1 + random(4) }, () => {
        const p = phrases[random(phrases.length)] ?? '';
        // Cut some phrases so near misses are tested too.
        return random(3) === 0 ? p.slice(random(p.length)) : p;
      });
      const text = foldLetters(words.join(random(2) ? ' ' : ''));
      const command = (['RCPT', 'MAIL', 'DATA', undefined] as const)[random(4)];
      for (const rules of lists) {
        const found = firstMatch(rules, text, command);
        const pair = found?.rule.pairs && !found.rule.phrases.includes(found.phrase);
        expect(found && { ...found, phrase: pair ? PAIR : found.phrase }).toEqual(
          reference(rules, text, command),
        );
      }
    }
    // 3,000 texts against the rule-by-rule reference: ~10 s alone, minutes on a machine busy with other
    // test runs (a bound against a hang, not a timing).
  }, 240_000);
});
