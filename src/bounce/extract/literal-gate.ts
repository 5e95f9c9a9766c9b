/**
 * Gates in front of patterns: a pattern is tried only on a text holding the literals every match of it
 * holds. Looking for a literal (`includes`, which skips along with memchr) is far cheaper than a regex
 * that has to be tried at many places, and a literal several patterns need is looked for once per text.
 */

/** What a pattern needs: every entry, where a list is any one of its literals. */
export type Needs = readonly (string | readonly string[])[];

// Characters by how often they occur in bounce texts, most common first; any other is rarer still.
const COMMON = ' etaoinsrhldcumfpgwybvk';
const KEY_LENGTH = 4;

/**
 * Where in a literal to start looking for it: at its least common character among those that leave
 * KEY_LENGTH characters or more. The search stops at each occurrence of the first character it looks
 * for, so " server:" is found far faster from its "ver:", which every text that holds it holds too.
 */
export function keyOffset(literal: string): number {
  let best = 0;
  for (let i = 1; i <= literal.length - KEY_LENGTH; i++)
    if (rarity(literal[i]) > rarity(literal[best])) best = i;
  return best;
}

function rarity(ch: string | undefined): number {
  const rank = COMMON.indexOf(ch ?? ' ');
  return rank < 0 ? COMMON.length : rank;
}

const UNKNOWN = 0;
const HELD = 1;
const ABSENT = 2;

export class LiteralGate {
  private readonly literals: string[] = [];
  private readonly keys: string[] = [];
  private readonly gates: (readonly (readonly number[])[])[] = [];
  // Per literal: whether the text holds it, UNKNOWN until looked for.
  private seen = new Uint8Array(0);
  private text = '';

  /** Registers a pattern's needs (at module load); the number to ask `passes` with. */
  add(needs: Needs): number {
    const gate = needs.map((need) => (typeof need === 'string' ? [need] : need).map((l) => this.numberOf(l)));
    this.seen = new Uint8Array(this.literals.length);
    return this.gates.push(gate) - 1;
  }

  /** Starts on a new text: nothing looked for yet. */
  reset(text: string): void {
    this.text = text;
    this.seen.fill(UNKNOWN);
  }

  /** True when the text holds what gate `n` needs. */
  passes(n: number): boolean {
    for (const alternatives of this.gates[n] ?? []) if (!this.holdsAny(alternatives)) return false;
    return true;
  }

  private holdsAny(alternatives: readonly number[]): boolean {
    for (const i of alternatives) {
      if (this.seen[i] === UNKNOWN) this.seen[i] = this.holds(i) ? HELD : ABSENT;
      if (this.seen[i] === HELD) return true;
    }
    return false;
  }

  /** True when the text holds literal `i`: looked for from its key's first place (most texts: no key). */
  private holds(i: number): boolean {
    const literal = this.literals[i] as string;
    const key = this.keys[i] as string;
    const at = this.text.indexOf(key);
    if (at < 0) return false;
    return key.length === literal.length || this.text.includes(literal, at - (literal.length - key.length));
  }

  private numberOf(literal: string): number {
    const known = this.literals.indexOf(literal);
    if (known >= 0) return known;
    this.keys.push(literal.slice(keyOffset(literal)));
    return this.literals.push(literal) - 1;
  }
}
