import type { PhraseRule } from '../knowledge/reply-phrases.js';
import type { SmtpCommand } from './types.js';

/** True when `text` contains the phrase; "a … b" needs "b" somewhere after "a". Linear, no regex. */
export function containsPhrase(text: string, phrase: string): boolean {
  if (!phrase.includes(' … ')) return text.includes(phrase);
  let at = 0;
  for (const piece of phrase.split(' … ')) {
    const found = text.indexOf(piece, at);
    if (found < 0) return false;
    at = found + piece.length;
  }
  return true;
}

/** The first rule (in order) with a phrase found in `text`, and that phrase. */
export function firstMatch(
  rules: readonly PhraseRule[],
  text: string,
  command?: SmtpCommand,
): { rule: PhraseRule; phrase: string } | undefined {
  const compiled = compiledFor(rules);
  const present = rulesWithLiteral(compiled, text);
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i] as PhraseRule;
    if (rule.commands && (!command || !rule.commands.includes(command))) continue;
    // The phrase reported is the rule's first one found, in the rule's own order.
    if (present.has(i)) return { rule, phrase: rule.phrases.find((p) => text.includes(p)) ?? '' };
    const gapped = compiled.gapped[i]?.find((p) => containsPhrase(text, p));
    if (gapped !== undefined) return { rule, phrase: gapped };
  }
  return undefined;
}

/**
 * A rule list compiled once: one alternation of all its literal phrases (escaped strings, no quantifiers,
 * so no backtracking) finds every position where some phrase starts in a single scan; the phrases are
 * indexed by first character to tell which ones start there. Scanning once instead of once per rule is
 * what makes classification cheap.
 */
interface CompiledRules {
  any: RegExp | null;
  byFirst: Map<string, { phrase: string; rule: number }[]>;
  /** Rules with an empty literal phrase, which is found in every text. */
  always: number[];
  /** Per rule, its "a … b" phrases (none for most). */
  gapped: (string[] | undefined)[];
}

const COMPILED = new WeakMap<readonly PhraseRule[], CompiledRules>();

function compiledFor(rules: readonly PhraseRule[]): CompiledRules {
  let compiled = COMPILED.get(rules);
  if (compiled) return compiled;
  const byFirst = new Map<string, { phrase: string; rule: number }[]>();
  const always: number[] = [];
  const literals: string[] = [];
  const gapped: (string[] | undefined)[] = [];
  rules.forEach((rule, index) => {
    for (const phrase of rule.phrases) {
      if (phrase.includes(' … ')) {
        gapped[index] = [...(gapped[index] ?? []), phrase];
        continue;
      }
      if (phrase === '') {
        always.push(index);
        continue;
      }
      literals.push(phrase);
      const first = phrase[0] as string;
      const list = byFirst.get(first) ?? [];
      list.push({ phrase, rule: index });
      byFirst.set(first, list);
    }
  });
  compiled = {
    any: literals.length > 0 ? literalAlternation(literals, 'g') : null,
    byFirst,
    always,
    gapped,
  };
  COMPILED.set(rules, compiled);
  return compiled;
}

/** Indices of the rules with a literal phrase somewhere in `text`. */
function rulesWithLiteral(compiled: CompiledRules, text: string): Set<number> {
  const present = new Set(compiled.always);
  const any = compiled.any;
  if (!any) return present;
  any.lastIndex = 0;
  for (let m = any.exec(text); m; m = any.exec(text)) {
    // Every phrase starting here, not only the alternative the regex took; then look on from the next
    // character, so phrases overlapping this match are found too.
    const at = m.index;
    for (const candidate of compiled.byFirst.get(text[at] as string) ?? []) {
      if (text.startsWith(candidate.phrase, at)) present.add(candidate.rule);
    }
    any.lastIndex = at + 1;
  }
  return present;
}

/** Literal strings as one alternation of escaped text: no quantifiers, no backtracking; never matches if none. */
export function literalAlternation(literals: readonly string[], flags?: string): RegExp {
  const escaped = literals.map((literal) => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(escaped.length > 0 ? escaped.join('|') : '(?!)', flags);
}
