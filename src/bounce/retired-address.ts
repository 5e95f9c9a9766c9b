import { RETIRED_ADDRESS_PHRASES } from '../knowledge/retired-address-words.js';
import { collapseWhitespace } from './extract/smtp-reply.js';
import { literalAlternation } from './match-phrases.js';

const RETIRED = literalAlternation(RETIRED_ADDRESS_PHRASES);

/**
 * The words of an automatic reply that say its address is dead, moving or unread (retired-address-words.ts),
 * or undefined. `text` is the reply's subject and own words, not an original it quotes.
 */
export function retiredAddressPhrase(text: string): string | undefined {
  return RETIRED.exec(collapseWhitespace(text.toLowerCase()).replace(/\u2019/g, "'"))?.[0];
}
