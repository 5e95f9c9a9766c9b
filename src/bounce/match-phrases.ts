import type { PhraseRule } from '../knowledge/reply-phrases.js';
import type { SmtpCommand } from './types.js';

/** True when `text` contains the phrase; "a … b" needs "b" somewhere after "a". Linear, no regex. */
export function containsPhrase(text: string, phrase: string): boolean {
  return phrase.includes(' … ') ? piecesInOrder(text, phrase.split(' … ')) : text.includes(phrase);
}

/** The first rule (in order) with a phrase found in `text`, and that phrase. */
export function firstMatch(
  rules: readonly PhraseRule[],
  text: string,
  command?: SmtpCommand,
): { rule: PhraseRule; phrase: string } | undefined {
  const compiled = compiledFor(rules);
  const { present, gappedHeads } = rulesWithLiteral(compiled, text);
  for (let i = 0; i < rules.length; i++) {
    if (!present.has(i) && !gappedHeads.has(i)) continue;
    const rule = rules[i] as PhraseRule;
    if (rule.commands && (!command || !rule.commands.includes(command))) continue;
    // The phrase reported is the rule's first one found, in the rule's own order.
    if (present.has(i)) return { rule, phrase: rule.phrases.find((p) => text.includes(p)) ?? '' };
    const gapped = compiled.gapped[i]?.find((g) => piecesInOrder(text, g.pieces));
    if (gapped !== undefined) return { rule, phrase: gapped.phrase };
  }
  return undefined;
}

function piecesInOrder(text: string, pieces: readonly string[]): boolean {
  let at = 0;
  for (const piece of pieces) {
    const found = text.indexOf(piece, at);
    if (found < 0) return false;
    at = found + piece.length;
  }
  return true;
}

/**
 * A rule list compiled once: one alternation of all its literal phrases (escaped strings, no quantifiers,
 * so no backtracking) finds every position where some phrase starts in a single scan; the phrases are
 * indexed by first character to tell which ones start there. Scanning once instead of once per rule is
 * what makes classification cheap. A gapped phrase ("a … b") joins the scan by its first piece: only a
 * rule whose first piece was seen has its pieces looked for in order.
 */
interface CompiledRules {
  any: RegExp | null;
  byFirst: Map<string, { phrase: string; rule: number; gapped: boolean }[]>;
  /** Rules with an empty literal phrase, which is found in every text (and with an empty first piece). */
  always: number[];
  alwaysHeads: number[];
  /** Per rule, its "a … b" phrases split into their pieces (none for most). */
  gapped: ({ phrase: string; pieces: string[] }[] | undefined)[];
}

const COMPILED = new WeakMap<readonly PhraseRule[], CompiledRules>();

function compiledFor(rules: readonly PhraseRule[]): CompiledRules {
  let compiled = COMPILED.get(rules);
  if (compiled) return compiled;
  const byFirst: CompiledRules['byFirst'] = new Map();
  const always: number[] = [];
  const alwaysHeads: number[] = [];
  const literals: string[] = [];
  const gapped: CompiledRules['gapped'] = [];
  const scanFor = (literal: string, rule: number, isHead: boolean) => {
    if (literal === '') {
      (isHead ? alwaysHeads : always).push(rule);
      return;
    }
    literals.push(literal);
    const first = literal[0] as string;
    const list = byFirst.get(first) ?? [];
    list.push({ phrase: literal, rule, gapped: isHead });
    byFirst.set(first, list);
  };
  rules.forEach((rule, index) => {
    for (const phrase of rule.phrases) {
      if (!phrase.includes(' … ')) {
        scanFor(phrase, index, false);
        continue;
      }
      const pieces = phrase.split(' … ');
      gapped[index] = [...(gapped[index] ?? []), { phrase, pieces }];
      scanFor(pieces[0] as string, index, true);
    }
  });
  compiled = {
    any: literals.length > 0 ? literalAlternation(literals, 'g') : null,
    byFirst,
    always,
    alwaysHeads,
    gapped,
  };
  COMPILED.set(rules, compiled);
  return compiled;
}

/**
 * Indices of the rules with a literal phrase somewhere in `text` (`present`), and of those with a gapped
 * phrase whose first piece is there (`gappedHeads`: the rest of its pieces are still to be looked for).
 */
function rulesWithLiteral(
  compiled: CompiledRules,
  text: string,
): { present: Set<number>; gappedHeads: Set<number> } {
  const present = new Set(compiled.always);
  const gappedHeads = new Set(compiled.alwaysHeads);
  const any = compiled.any;
  if (!any) return { present, gappedHeads };
  any.lastIndex = 0;
  for (let m = any.exec(text); m; m = any.exec(text)) {
    // Every phrase starting here, not only the alternative the regex took; then look on from the next
    // character, so phrases overlapping this match are found too.
    const at = m.index;
    for (const candidate of compiled.byFirst.get(text[at] as string) ?? []) {
      if (text.startsWith(candidate.phrase, at))
        (candidate.gapped ? gappedHeads : present).add(candidate.rule);
    }
    any.lastIndex = at + 1;
  }
  return { present, gappedHeads };
}

/** Literal strings as one alternation of escaped text: no quantifiers, no backtracking; never matches if none. */
export function literalAlternation(literals: readonly string[], flags?: string): RegExp {
  const escaped = literals.map((literal) => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(escaped.length > 0 ? escaped.join('|') : '(?!)', flags);
}
