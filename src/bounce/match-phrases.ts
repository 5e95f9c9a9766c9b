import type { PhraseRule } from '../knowledge/reply-phrases.js';
import { LiteralSet } from './extract/literal-set.js';
import type { SmtpCommand } from './types.js';

/**
 * Letters folded before matching, in the reply and in the phrases alike, so that one spelling in the tables
 * matches the others servers and keyboards write: Turkish dotless ı (a capital "ALICI" lower-cases to
 * "alici"; Turkish "İ" lower-cases to i + U+0307), Greek accents and final ς (capitals carry no accents),
 * Russian ё, Romanian ș/ț and the older cedilla ş/ţ, Hebrew points, Arabic and Persian letter variants
 * (ي ى ی ئ, ك ک, ة ۀ, the alef forms, ؤ; tatweel, short vowels and the zero-width non-joiner dropped),
 * full-width ASCII and the ideographic space, and decomposed accents composed (NFC).
 */
export function foldLetters(text: string): string {
  const combining = COMBINING.test(text);
  if (!combining && !FOLD_ONE.test(text)) return text;
  let out = text;
  if (combining) out = out.replace(DOTTED_I, 'i').normalize('NFC');
  return out.replace(FOLD_CHARS, foldChar);
}

const FOLDS: Record<string, string> = {
  '\u0131': 'i',
  ά: 'α',
  έ: 'ε',
  ή: 'η',
  ί: 'ι',
  ό: 'ο',
  ύ: 'υ',
  ώ: 'ω',
  ΐ: 'ι',
  ΰ: 'υ',
  ϊ: 'ι',
  ϋ: 'υ',
  ς: 'σ',
  ё: 'е',
  ș: 'ş',
  ț: 'ţ',
  '\u0622': '\u0627',
  '\u0623': '\u0627',
  '\u0625': '\u0627',
  '\u0671': '\u0627',
  '\u0624': '\u0648',
  '\u0626': '\u064a',
  '\u0649': '\u064a',
  '\u06cc': '\u064a',
  '\u06a9': '\u0643',
  '\u0629': '\u0647',
  '\u06c0': '\u0647',
  '\u3000': ' ',
};
const FOLD_CHARS =
  /[\u0131\u0390\u03ac-\u03af\u03b0\u03c2\u03ca-\u03ce\u0451\u0219\u021b\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u0622-\u0626\u0629\u0640\u064b-\u0652\u0649\u0670\u0671\u06a9\u06c0\u06cc\u200c\u3000\uff01-\uff5e]/g;
const FOLD_ONE = new RegExp(FOLD_CHARS.source);
const COMBINING = /[\u0300-\u036f]/;
const DOTTED_I = /i\u0307/g;

function foldChar(c: string): string {
  const folded = FOLDS[c];
  if (folded !== undefined) return folded;
  const code = c.charCodeAt(0);
  // Full-width ASCII to ASCII; what is left (Hebrew points, Arabic short vowels, tatweel, ZWNJ) is dropped.
  return code >= 0xff01 ? String.fromCharCode(code - 0xfee0) : '';
}

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
  // Rules in order, among those hit: most texts hit none or one. The pair words are looked for only when
  // no rule before the first pair rule matched (most replies are decided by then).
  const { firstPair } = compiled;
  let rule = nextRule(hits, -1);
  for (; rule >= 0 && (firstPair < 0 || rule < firstPair); rule = nextRule(hits, rule)) {
    const found = ruleMatch(compiled, rule, hits, text, command);
    if (found) return found;
  }
  if (firstPair < 0 || !compiled.pairs)
    return rule < 0 ? undefined : matchFrom(compiled, rule, text, command);
  pairWordsIn(compiled, text);
  return matchFrom(compiled, nextRule(HITS, firstPair - 1), text, command);
}

function matchFrom(
  compiled: CompiledRules,
  from: number,
  text: string,
  command: SmtpCommand | undefined,
): { rule: PhraseRule; phrase: string } | undefined {
  for (let rule = from; rule >= 0; rule = nextRule(HITS, rule)) {
    const found = ruleMatch(compiled, rule, HITS, text, command);
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
  /** The phrase's index in its rule; -1 for the first piece of a gapped phrase; SUBJECT or PREDICATE. */
  index: number;
  /** A pair word's group (its index in the rule's `pairs`) and the word as written in the data. */
  group?: number;
  word?: string;
  /** The language a pair word belongs to (reply-words-languages.ts), when its pair says. */
  language?: string;
}

const SUBJECT = -2;
const PREDICATE = -3;

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
  /** The first rule with word pairs (-1: none), and the set of all pair words, scanned apart and later. */
  firstPair: number;
  pairs: { set: LiteralSet; byText: Literal[][] } | null;
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
  const pairWords: Literal[] = [];
  const gapped: CompiledRules['gapped'] = [];
  rules.forEach((rule, ruleIndex) => {
    rule.phrases.forEach((written, index) => {
      const phrase = foldLetters(written);
      if (!phrase.includes(' … ')) {
        literals.push({ text: phrase, rule: ruleIndex, index });
        return;
      }
      const pieces = phrase.split(' … ');
      gapped[ruleIndex] = [...(gapped[ruleIndex] ?? []), { phrase: written, index, pieces }];
      literals.push({ text: pieces[0] as string, rule: ruleIndex, index: -1 });
    });
    rule.pairs?.forEach((pair, group) => {
      const { language } = pair;
      for (const word of pair.subjects)
        pairWords.push({ text: foldLetters(word), rule: ruleIndex, index: SUBJECT, group, word, language });
      for (const word of pair.predicates)
        pairWords.push({ text: foldLetters(word), rule: ruleIndex, index: PREDICATE, group, word });
    });
  });
  const phrases = literalSet(literals.filter((literal) => literal.text !== ''));
  const pairs = literalSet(pairWords.filter((literal) => literal.text !== ''));
  return {
    rules,
    set: phrases.set,
    byText: phrases.byText,
    always: literals.filter((literal) => literal.text === ''),
    gapped,
    firstPair: rules.findIndex((rule) => rule.pairs !== undefined),
    pairs: pairs.set ? { set: pairs.set, byText: pairs.byText } : null,
  };
}

/** One literal set of the literals' distinct texts, and per text the literals written so. */
function literalSet(literals: readonly Literal[]): { set: LiteralSet | null; byText: Literal[][] } {
  const texts: string[] = [];
  const byText: Literal[][] = [];
  const textIndex = new Map<string, number>();
  for (const literal of literals) {
    let index = textIndex.get(literal.text);
    if (index === undefined) {
      index = texts.push(literal.text) - 1;
      textIndex.set(literal.text, index);
      byText.push([]);
    }
    byText[index]?.push(literal);
  }
  return { set: texts.length > 0 ? new LiteralSet(texts) : null, byText };
}

// The literals found in the text being matched and where each starts (reused: firstMatch is never re-entered).
const HITS: Literal[] = [];
const HIT_AT: number[] = [];

let scanningBy: Literal[][] = [];

// Module-level, so no closure is made per scan.
function onLiteral(text: number, start: number): void {
  const written = scanningBy[text] as Literal[];
  for (let i = 0; i < written.length; i++) {
    HITS.push(written[i] as Literal);
    HIT_AT.push(start);
  }
}

/** Every occurrence of a literal (phrase or gapped phrase's first piece) in `text`, overlapping ones too. */
function literalsIn(compiled: CompiledRules, text: string): readonly Literal[] {
  HITS.length = 0;
  HIT_AT.length = 0;
  for (let i = 0; i < compiled.always.length; i++) {
    HITS.push(compiled.always[i] as Literal);
    HIT_AT.push(0);
  }
  scanningBy = compiled.byText;
  compiled.set?.scan(text, onLiteral);
  return HITS;
}

/** Adds every occurrence of a pair word in `text` to the hits. */
function pairWordsIn(compiled: CompiledRules, text: string): void {
  if (!compiled.pairs) return;
  scanningBy = compiled.pairs.byText;
  compiled.pairs.set.scan(text, onLiteral);
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
  if (found) return { rule, phrase: found.phrase };
  const pair = rule.pairs && pairIn(index, hits, text);
  return pair ? { rule, phrase: pair } : undefined;
}

/** How far apart (in code units) a pair's subject and predicate may be: a short clause of one sentence. */
const PAIR_WINDOW = 40;

/**
 * A subject word and a predicate word of the same group of the rule, in either order, at most PAIR_WINDOW
 * apart with no sentence end between, as "subject … predicate" in the order found (side by side: the two as
 * written in the text); undefined if none. A
 * subject word inside a longer subject word found ("メール" in "メールボックス") does not count.
 */
function pairIn(rule: number, hits: readonly Literal[], text: string): string | undefined {
  for (let s = 0; s < hits.length; s++) {
    const subject = hits[s] as Literal;
    if (subject.rule !== rule || subject.index !== SUBJECT) continue;
    const sAt = HIT_AT[s] as number;
    const sEnd = sAt + subject.text.length;
    if (!startsWord(text, sAt) || insideLongerSubject(hits, s, sAt, sEnd)) continue;
    for (let p = 0; p < hits.length; p++) {
      const predicate = hits[p] as Literal;
      if (predicate.rule !== rule || predicate.index !== PREDICATE || predicate.group !== subject.group)
        continue;
      const pAt = HIT_AT[p] as number;
      const pEnd = pAt + predicate.text.length;
      const [from, to] = sEnd <= pAt ? [sEnd, pAt] : pEnd <= sAt ? [pEnd, sAt] : [-1, -1];
      if (from < 0 || to - from > PAIR_WINDOW || !startsWord(text, pAt) || endsSentence(text, from, to))
        continue;
      // Side by side they read as one phrase ("宛先不明", "utilisateur inconnu"), as a literal phrase would.
      if (text.slice(from, to).trim() === '') return text.slice(Math.min(sAt, pAt), Math.max(sEnd, pEnd));
      const words = [subject.word, predicate.word];
      return (sAt < pAt ? words : words.reverse()).join(' … ');
    }
  }
  return undefined;
}

function insideLongerSubject(hits: readonly Literal[], s: number, at: number, end: number): boolean {
  // Only a longer subject word of the same language hides it: German "adresse" does not hide Swedish
  // "adress" in "adressen".
  const { language } = hits[s] as Literal;
  for (let o = 0; o < hits.length; o++) {
    const other = hits[o] as Literal;
    if (o === s || other.index !== SUBJECT) continue;
    if (language && other.language && other.language !== language) continue;
    const oAt = HIT_AT[o] as number;
    if (oAt <= at && oAt + other.text.length >= end && other.text.length > end - at) return true;
  }
  return false;
}

// Letters of the scripts that space their words (Latin, Greek, Cyrillic): a word there starts after none.
const SPACED_LETTER = /[a-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u1e00-\u1eff]/;
const WORD_PART = /[0-9a-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u1e00-\u1eff-]/;

/** A word of a spaced script must start a word ("vol" is not in "involved", "adresse" not in "ip-adresse"). */
function startsWord(text: string, at: number): boolean {
  return at === 0 || !SPACED_LETTER.test(text[at] as string) || !WORD_PART.test(text[at - 1] as string);
}

/** A sentence ends between `from` and `to`: ". " (not a domain's dot), "!", "?", ";" or their CJK forms. */
function endsSentence(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (
      c === '.' ? i + 1 >= text.length || text[i + 1] === ' ' : c !== undefined && '!?;。！？；\n'.includes(c)
    )
      return true;
  }
  return false;
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
  const written = gapped?.find((g) => g.index < first && text.includes(g.pieces.join(' … ')));
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
