import { readdirSync, readFileSync } from 'node:fs';
import { FIELD_CASES } from '../field-cases.js';
import { CASES } from '../real-world-cases.js';

/**
 * Texts to compare a fast path with the plain code it stands in for: every fixture bounce and held-out
 * case whole, each of their lines, and random joins of `pieces` (the words the code looks for, cut
 * apart and shuffled, so near-misses and odd orders come up too).
 */
export function realTexts(): string[] {
  const dir = new URL('../../../fixtures/bounces/', import.meta.url);
  const whole = [
    ...readdirSync(dir).map((name) => readFileSync(new URL(name, dir), 'latin1')),
    ...CASES.map(([, input]) => input),
    ...FIELD_CASES.map(([, input]) => input),
  ];
  return [...whole, ...whole.flatMap((text) => text.split('\n'))];
}

export function randomTexts(pieces: readonly string[], count: number, length = 12, seed = 7): string[] {
  const out: string[] = [];
  let state = seed;
  for (let n = 0; n < count; n++) {
    let text = '';
    for (let k = 0; k < length; k++) {
      state = (state * 1103515245 + 12345) % 2147483648;
      text += pieces[state % pieces.length];
    }
    out.push(text);
  }
  return out;
}
