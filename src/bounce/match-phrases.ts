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
  for (const rule of rules) {
    if (rule.commands && (!command || !rule.commands.includes(command))) continue;
    const phrase = findPhrase(rule, text);
    if (phrase !== undefined) return { rule, phrase };
  }
  return undefined;
}

// Literal phrases of a rule as one alternation of escaped strings: no quantifiers, so no backtracking.
const LITERALS = new WeakMap<PhraseRule, RegExp | null>();

function findPhrase(rule: PhraseRule, text: string): string | undefined {
  let literals = LITERALS.get(rule);
  if (literals === undefined) {
    const plain = rule.phrases.filter((p) => !p.includes(' … '));
    literals = plain.length > 0 ? new RegExp(plain.map(escapeRegExp).join('|')) : null;
    LITERALS.set(rule, literals);
  }
  const hit = literals?.exec(text)?.[0];
  if (hit !== undefined) return rule.phrases.find((p) => text.includes(p)) ?? hit;
  return rule.phrases.find((p) => p.includes(' … ') && containsPhrase(text, p));
}

function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
