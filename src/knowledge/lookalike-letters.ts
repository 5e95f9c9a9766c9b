/**
 * Letters of other alphabets that look like Latin ones in a domain name: typed with a Cyrillic or Greek
 * keyboard layout left on ("gmаil.com" with Cyrillic а), or registered on purpose to pass for a real domain.
 * Lower case only (domains are compared lower case); fullwidth Latin letters are folded by NFKC instead.
 * Each: the letter, the Latin letter it passes for, its alphabet.
 */
export const LOOKALIKE_LETTERS: Readonly<Record<string, readonly [latin: string, alphabet: string]>> = {
  // Cyrillic
  а: ['a', 'Cyrillic'],
  с: ['c', 'Cyrillic'],
  ԁ: ['d', 'Cyrillic'],
  е: ['e', 'Cyrillic'],
  һ: ['h', 'Cyrillic'],
  і: ['i', 'Cyrillic'],
  ј: ['j', 'Cyrillic'],
  к: ['k', 'Cyrillic'],
  ӏ: ['l', 'Cyrillic'],
  о: ['o', 'Cyrillic'],
  р: ['p', 'Cyrillic'],
  ԛ: ['q', 'Cyrillic'],
  ѕ: ['s', 'Cyrillic'],
  ԝ: ['w', 'Cyrillic'],
  х: ['x', 'Cyrillic'],
  у: ['y', 'Cyrillic'],
  ү: ['y', 'Cyrillic'],
  // Greek
  α: ['a', 'Greek'],
  ε: ['e', 'Greek'],
  ι: ['i', 'Greek'],
  κ: ['k', 'Greek'],
  ν: ['v', 'Greek'],
  ο: ['o', 'Greek'],
  ρ: ['p', 'Greek'],
  υ: ['u', 'Greek'],
  χ: ['x', 'Greek'],
  // Latin letters outside ASCII that pass for plain ones
  ı: ['i', 'Latin (dotless i)'],
  ɡ: ['g', 'Latin (script g)'],
  ɑ: ['a', 'Latin (alpha)'],
};
