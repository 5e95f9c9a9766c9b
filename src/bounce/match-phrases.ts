import type { PhraseRule } from '../knowledge/reply-phrases.js';
import { LiteralSet } from './extract/literal-set.js';
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
  const hits = literalsIn(compiled, text);
  // Rules in order, among those hit: most texts hit none or one.
  for (let rule = nextRule(hits, -1); rule >= 0; rule = nextRule(hits, rule)) {
    const found = ruleMatch(compiled, rule, hits, text, command);
    if (found) return found;
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

/** A phrase to look for: a rule's literal phrase (with its index in the rule) or a gapped one's first piece. */
interface Literal {
  text: string;
  rule: number;
  /** The phrase's index in its rule; -1 for the first piece of a gapped phrase. */
  index: number;
}

/**
 * A rule list compiled once: one literal set of all its literal phrases finds every place where some phrase
 * occurs in a single scan. Scanning once instead of once per rule is what makes classification cheap. A
 * gapped phrase ("a … b") joins the scan by its first piece: only a rule whose first piece was seen has its
 * pieces looked for in order.
 */
interface CompiledRules {
  rules: readonly PhraseRule[];
  /** The distinct non-empty literal texts; null when there are none. */
  set: LiteralSet | null;
  /** Per literal text of the set, the literals written so (several rules may share a phrase). */
  byText: Literal[][];
  /** Literals found in every text: the empty ones. */
  always: Literal[];
  /** Per rule, its "a … b" phrases (with their index in the rule) split into their pieces (none for most). */
  gapped: ({ phrase: string; index: number; pieces: string[] }[] | undefined)[];
}

const COMPILED = new WeakMap<readonly PhraseRule[], CompiledRules>();
// Every list compiled so far: two modules filtering the same rules get two arrays but share one compilation.
const ALL_COMPILED: CompiledRules[] = [];

function compiledFor(rules: readonly PhraseRule[]): CompiledRules {
  let compiled = COMPILED.get(rules);
  if (compiled) return compiled;
  compiled = ALL_COMPILED.find((c) => sameRules(c.rules, rules)) ?? compile(rules);
  if (!ALL_COMPILED.includes(compiled)) ALL_COMPILED.push(compiled);
  COMPILED.set(rules, compiled);
  return compiled;
}

function sameRules(a: readonly PhraseRule[], b: readonly PhraseRule[]): boolean {
  return a.length === b.length && a.every((rule, i) => rule === b[i]);
}

function compile(rules: readonly PhraseRule[]): CompiledRules {
  const literals: Literal[] = [];
  const gapped: CompiledRules['gapped'] = [];
  rules.forEach((rule, ruleIndex) => {
    rule.phrases.forEach((phrase, index) => {
      if (!phrase.includes(' … ')) {
        literals.push({ text: phrase, rule: ruleIndex, index });
        return;
      }
      const pieces = phrase.split(' … ');
      gapped[ruleIndex] = [...(gapped[ruleIndex] ?? []), { phrase, index, pieces }];
      literals.push({ text: pieces[0] as string, rule: ruleIndex, index: -1 });
    });
  });
  const texts: string[] = [];
  const byText: Literal[][] = [];
  const textIndex = new Map<string, number>();
  for (const literal of literals) {
    if (literal.text === '') continue;
    let index = textIndex.get(literal.text);
    if (index === undefined) {
      index = texts.push(literal.text) - 1;
      textIndex.set(literal.text, index);
      byText.push([]);
    }
    byText[index]?.push(literal);
  }
  return {
    rules,
    set: texts.length > 0 ? new LiteralSet(texts) : null,
    byText,
    always: literals.filter((literal) => literal.text === ''),
    gapped,
  };
}

// The literals found in the text being matched (reused: firstMatch is never re-entered).
const HITS: Literal[] = [];
let scanning: CompiledRules | undefined;

// Module-level, so no closure is made per scan.
function onLiteral(text: number): void {
  const written = (scanning as CompiledRules).byText[text] as Literal[];
  for (let i = 0; i < written.length; i++) HITS.push(written[i] as Literal);
}

/** Every occurrence of a literal (phrase or gapped phrase's first piece) in `text`, overlapping ones too. */
function literalsIn(compiled: CompiledRules, text: string): readonly Literal[] {
  HITS.length = 0;
  for (let i = 0; i < compiled.always.length; i++) HITS.push(compiled.always[i] as Literal);
  scanning = compiled;
  compiled.set?.scan(text, onLiteral);
  return HITS;
}

/** The lowest rule index above `after` among the hits, or -1. */
function nextRule(hits: readonly Literal[], after: number): number {
  let next = -1;
  for (let i = 0; i < hits.length; i++) {
    const rule = (hits[i] as Literal).rule;
    if (rule > after && (next < 0 || rule < next)) next = rule;
  }
  return next;
}

/** The rule's match, when it applies to `command` and one of its phrases is really there. */
function ruleMatch(
  compiled: CompiledRules,
  index: number,
  hits: readonly Literal[],
  text: string,
  command: SmtpCommand | undefined,
): { rule: PhraseRule; phrase: string } | undefined {
  const rule = compiled.rules[index] as PhraseRule;
  if (rule.commands && (!command || !rule.commands.includes(command))) return undefined;
  // Its first literal phrase found (in the rule's own order), else its first gapped one in order.
  let first = -1;
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i] as Literal;
    if (hit.rule === index && hit.index >= 0 && (first < 0 || hit.index < first)) first = hit.index;
  }
  const gapped = compiled.gapped[index];
  if (first >= 0) return { rule, phrase: firstPhrase(rule, first, gapped, text) };
  const found = gapped?.find((g) => piecesInOrder(text, g.pieces));
  return found && { rule, phrase: found.phrase };
}

/**
 * The rule's first phrase, in its own order, that the text contains as written: its first literal one found
 * (at `first`) unless a gapped phrase before it appears word for word, "…" included.
 */
function firstPhrase(
  rule: PhraseRule,
  first: number,
  gapped: CompiledRules['gapped'][number],
  text: string,
): string {
  const written = gapped?.find((g) => g.index < first && text.includes(g.phrase));
  return written ? written.phrase : (rule.phrases[first] as string);
}

/**
 * Literal strings as one alternation of escaped text: no quantifiers, no backtracking; never matches if
 * none. The tool for a few dozen literals (smtp-context's command words): V8 compiles such a pattern to
 * native code that skips ahead on the literals' first characters, faster there than a LiteralSet, which
 * reads every code unit. Past a few hundred literals V8 stops optimising it: use a LiteralSet.
 */
export function literalAlternation(literals: readonly string[], flags?: string): RegExp {
  const escaped = literals.map((literal) => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(escaped.length > 0 ? escaped.join('|') : '(?!)', flags);
}
