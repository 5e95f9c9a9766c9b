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
    for (const phrase of rule.phrases) if (containsPhrase(text, phrase)) return { rule, phrase };
  }
  return undefined;
}
