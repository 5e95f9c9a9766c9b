import { escapeRegex } from './escape-regex.js';

/**
 * A fixed set of literal strings, found in a text in one pass (Aho–Corasick over UTF-16 code units).
 *
 * It replaces a regex alternation of escaped literals: past ~20 KB V8 no longer optimises such a pattern
 * and tries many alternatives at every position. Hand-written because the maintained library
 * (modern-ahocorasick) matches whole grapheme clusters only: "e" is not found in "e\u0301", nor "👍" in
 * "👍🏽", which the regex (no `u` flag: code units) finds.
 *
 * Layout, in typed arrays. Code units map to classes: 0 for units in no literal, then the ASCII units of
 * the literals, then their other units. States are numbered shallowest first. Each keeps its edges as a
 * first-child/next-sibling list (one or two children for most) and a failure link. The states nearest the
 * root, where a scan spends nearly all its time, also get a complete row of next states over the ASCII
 * classes, so most steps are one table read; a small set gets a row for every state. Not all rows for a
 * big set: each costs time to build, which the single-paste CLI and the bot start-up pay.
 */

/** Called for each occurrence: the literal's index in the list and where it starts. */
export type OnLiteral = (literal: number, start: number) => void;

// Table cells (4 bytes each) for rows, given shallowest state first until used up: every state of a set
// of a hundred literals; the first ~2,600 of the 13,100 states of the 1,065 decisive reply phrases (about
// their first six units). Twice as many scanned 3 % faster; half as many, 5-10 % slower.
const ROW_CELLS = 1 << 17;
const DENSE_BELOW = 0x80;

// A small set answers occursIn with a regex alternation of its literals instead: irregexp's native code
// reads a text for a few dozen literals in well under half the instructions of the scan loop (measured on
// the notice words and blocklist markers, 28-79 literals: 16.5 M against 39 M instructions a 1 M-character
// pass). Past these sizes the alternation slows down (see above), so big sets keep the trie.
const REGEX_MAX_LITERALS = 200;
const REGEX_MAX_UNITS = 4096;

export class LiteralSet {
  /** Per code unit, its class: 0 for units in no literal. */
  private readonly classOf = new Uint16Array(0x10000);
  /** Classes below this (ASCII units, and 0) have a column in the rows. */
  private readonly denseClasses: number;
  /** States below this have a row. */
  private readonly rowed: number;
  /**
   * state * denseClasses + class → the next state, for the states with a row; stored as ~state (negative)
   * when a literal ends at that state, so that the scan tells it from the same read.
   */
  private readonly next: Int32Array;
  /** Per class, the root's child on it (0: none): the root has many children, other states one or two. */
  private readonly rootNext: Int32Array;
  private readonly firstChild: Int32Array;
  private readonly sibling: Int32Array;
  /** Per state, the class of the edge into it. */
  private readonly label: Uint16Array;
  private readonly fail: Int32Array;
  /** Per state: the literal (index + 1) ending there, else 0; repeats of it chain through `sameText`. */
  private readonly ends: Int32Array;
  /** Per state: the first state to report from (itself or `suffixEnd`), 0 when no literal ends here. */
  private readonly report: Int32Array;
  /** Per state: the longest proper suffix state where a literal ends, else 0. */
  private readonly suffixEnd: Int32Array;
  /** Per literal: the next literal (index + 1) with the same text, else 0. */
  private readonly sameText: Int32Array;
  private readonly lengths: Int32Array;
  /** For a small set: the literals as one alternation (no `u` flag: code units, like the scan), else null. */
  private readonly anyOf: RegExp | null;

  /** Builds the matcher once (at module load); an empty literal is refused: it is in every text. */
  constructor(literals: readonly string[]) {
    const classes = assignClasses(literals, this.classOf);
    this.denseClasses = classes.dense;
    this.rootNext = new Int32Array(classes.count);
    this.lengths = new Int32Array(literals.length);
    let units = 0;
    for (let i = 0; i < literals.length; i++) {
      this.lengths[i] = (literals[i] as string).length;
      units += this.lengths[i] as number;
    }
    this.firstChild = new Int32Array(units + 1);
    this.sibling = new Int32Array(units + 1);
    this.label = new Uint16Array(units + 1);
    this.ends = new Int32Array(units + 1);
    this.sameText = new Int32Array(literals.length);
    const states = this.buildTrie(literals);
    this.fail = new Int32Array(states);
    this.report = new Int32Array(states);
    this.suffixEnd = new Int32Array(states);
    this.rowed = Math.min(states, Math.max(1, Math.floor(ROW_CELLS / this.denseClasses)));
    this.next = new Int32Array(this.rowed * this.denseClasses);
    this.link(states);
    this.anyOf =
      literals.length <= REGEX_MAX_LITERALS && units <= REGEX_MAX_UNITS
        ? new RegExp(literals.map(escapeRegex).join('|'))
        : null;
  }

  /** Every occurrence of every literal, overlapping ones included, by where it ends (longest first). */
  scan(text: string, onLiteral: OnLiteral): void {
    const { classOf, next, report, denseClasses, rowed } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const unitClass = classOf[text.charCodeAt(i)] as number;
      if (state < rowed && unitClass < denseClasses) {
        const to = next[state * denseClasses + unitClass] as number;
        if (to >= 0) {
          state = to;
          continue;
        }
        state = ~to;
      } else {
        state = this.step(state, unitClass);
        if (report[state] === 0) continue;
      }
      this.reportAt(state, i + 1, onLiteral);
    }
  }

  /** True when the text holds any of the literals. */
  occursIn(text: string): boolean {
    if (this.anyOf !== null) return this.anyOf.test(text);
    const { classOf, next, report, denseClasses, rowed } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const unitClass = classOf[text.charCodeAt(i)] as number;
      if (state < rowed && unitClass < denseClasses) {
        state = next[state * denseClasses + unitClass] as number;
        if (state < 0) return true;
      } else {
        state = this.step(state, unitClass);
        if (report[state] !== 0) return true;
      }
    }
    return false;
  }

  /** The state after reading a unit of `unitClass`: the edge from the state or its longest suffix with one. */
  private step(from: number, unitClass: number): number {
    if (unitClass === 0) return 0;
    const dense = unitClass < this.denseClasses;
    for (let state = from; ; state = this.fail[state] as number) {
      if (dense && state < this.rowed) {
        const to = this.next[state * this.denseClasses + unitClass] as number;
        return to < 0 ? ~to : to;
      }
      if (state === 0) return this.rootNext[unitClass] as number;
      let child = this.firstChild[state] as number;
      while (child !== 0 && this.label[child] !== unitClass) child = this.sibling[child] as number;
      if (child !== 0) return child;
    }
  }

  private reportAt(state: number, end: number, onLiteral: OnLiteral): void {
    for (let at = this.report[state] as number; at !== 0; at = this.suffixEnd[at] as number) {
      for (
        let literal = this.ends[at] as number;
        literal !== 0;
        literal = this.sameText[literal - 1] as number
      ) {
        onLiteral(literal - 1, end - (this.lengths[literal - 1] as number));
      }
    }
  }

  /**
   * The trie, one depth at a time over all literals (longest first, stable), so states are numbered
   * shallowest first: a state's failure state, always shallower, comes before it. Returns the state count.
   */
  private buildTrie(literals: readonly string[]): number {
    const { classOf, rootNext, firstChild, sibling, label, lengths } = this;
    const longestFirst = literals
      .map((_, i) => i)
      .sort((a, b) => (lengths[b] as number) - (lengths[a] as number));
    const at = new Int32Array(literals.length);
    let states = 1;
    for (let depth = 0, active = literals.length; active > 0; depth++) {
      while (active > 0 && (lengths[longestFirst[active - 1] as number] as number) <= depth) active--;
      for (let k = 0; k < active; k++) {
        const index = longestFirst[k] as number;
        const state = at[index] as number;
        const unitClass = classOf[(literals[index] as string).charCodeAt(depth)] as number;
        let child = state === 0 ? (rootNext[unitClass] as number) : (firstChild[state] as number);
        if (state !== 0) while (child !== 0 && label[child] !== unitClass) child = sibling[child] as number;
        if (child === 0) {
          child = states++;
          label[child] = unitClass;
          sibling[child] = firstChild[state] as number;
          firstChild[state] = child;
          if (state === 0) rootNext[unitClass] = child;
        }
        at[index] = child;
        if (depth === (lengths[index] as number) - 1) this.addEnd(child, index);
      }
    }
    return states;
  }

  /** Records that literal `index` ends at `state`; a repeated text is reported after the earlier literal. */
  private addEnd(state: number, index: number): void {
    let last = this.ends[state] as number;
    if (last === 0) {
      this.ends[state] = index + 1;
      return;
    }
    while (this.sameText[last - 1] !== 0) last = this.sameText[last - 1] as number;
    this.sameText[last - 1] = index + 1;
  }

  /**
   * Failure links, reports and rows in state order: a state's failure state comes before it, so it is
   * complete, and a state's row starts as a copy of its failure state's row. A child's failure link and
   * report are set when its parent is reached, so the row entry leading to it can carry its mark.
   */
  private link(states: number): void {
    const { firstChild, sibling, label, fail, next, denseClasses, rowed } = this;
    for (let child = firstChild[0] as number; child !== 0; child = sibling[child] as number) {
      this.linkChild(child, 0);
      this.setEntry(0, child);
    }
    for (let state = 1; state < states; state++) {
      const failure = fail[state] as number;
      if (state < rowed)
        next.copyWithin(state * denseClasses, failure * denseClasses, (failure + 1) * denseClasses);
      for (let child = firstChild[state] as number; child !== 0; child = sibling[child] as number) {
        this.linkChild(child, this.step(failure, label[child] as number));
        if (state < rowed) this.setEntry(state, child);
      }
    }
  }

  private linkChild(child: number, failure: number): void {
    this.fail[child] = failure;
    this.suffixEnd[child] = this.ends[failure] !== 0 ? failure : (this.suffixEnd[failure] as number);
    this.report[child] = this.ends[child] !== 0 ? child : (this.suffixEnd[child] as number);
  }

  /** The row entry of `state` on its child's class, when the class has a column: ~child when it reports. */
  private setEntry(state: number, child: number): void {
    const unitClass = this.label[child] as number;
    if (unitClass < this.denseClasses)
      this.next[state * this.denseClasses + unitClass] = this.report[child] !== 0 ? ~child : child;
  }
}

/** Classes for the literals' code units in `classOf`, ASCII ones first: how many have columns, how many in all. */
function assignClasses(literals: readonly string[], classOf: Uint16Array): { dense: number; count: number } {
  const others: number[] = [];
  let classes = 1;
  for (const literal of literals) {
    if (literal === '') throw new Error('LiteralSet: an empty literal matches everywhere');
    for (let i = 0; i < literal.length; i++) {
      const unit = literal.charCodeAt(i);
      if (classOf[unit] !== 0) continue;
      if (unit < DENSE_BELOW) classOf[unit] = classes++;
      else {
        classOf[unit] = 1; // taken; numbered below
        others.push(unit);
      }
    }
  }
  const dense = classes;
  for (const unit of others) classOf[unit] = classes++;
  return { dense, count: classes };
}
