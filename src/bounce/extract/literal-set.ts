/**
 * A fixed set of literal strings, found in a text in one pass (Aho–Corasick over UTF-16 code units).
 *
 * It replaces a regex alternation of escaped literals: past ~20 KB V8 no longer optimises such a pattern
 * and tries many alternatives at every position. Hand-written because the maintained library
 * (modern-ahocorasick) matches whole grapheme clusters only: "e" is not found in "e\u0301", nor "👍" in
 * "👍🏽", which the regex (no `u` flag: code units) finds.
 *
 * Layout, in typed arrays. Code units map to classes: 0 for units in no literal, then the ASCII units of
 * the literals, then their other units. States are numbered breadth first. Each keeps its edges as a
 * first-child/next-sibling list (one or two children for most) and a failure link. The states nearest the
 * root, where a scan spends nearly all its time, also get a complete row of next states over the ASCII
 * classes, so most steps are one table read; a small set gets a row for every state. Not all rows for a
 * big set: each costs time to build, which the single-paste CLI and the bot start-up pay.
 */

/** Called for each occurrence: the literal's index in the list and where it starts. */
export type OnLiteral = (literal: number, start: number) => void;

// Table cells (4 bytes each) for rows, given breadth first until used up: every state of a set of a hundred
// literals; the first ~1,300 of the 14,000 states of the 1,200 reply phrases (their first two or three units).
const ROW_CELLS = 1 << 16;
const DENSE_BELOW = 0x80;

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

  /** Builds the matcher once (at module load); an empty literal is refused: it is in every text. */
  constructor(literals: readonly string[]) {
    const classes = assignClasses(literals, this.classOf);
    this.denseClasses = classes.dense;
    const trie = breadthFirst(buildTrie(literals, this.classOf));
    const states = trie.label.length;
    this.firstChild = trie.firstChild;
    this.sibling = trie.sibling;
    this.label = trie.label;
    this.ends = trie.ends;
    this.sameText = trie.sameText;
    this.lengths = new Int32Array(literals.length);
    for (let i = 0; i < literals.length; i++) this.lengths[i] = (literals[i] as string).length;
    this.rootNext = new Int32Array(classes.count);
    for (let child = this.firstChild[0] as number; child !== 0; child = this.sibling[child] as number)
      this.rootNext[this.label[child] as number] = child;
    this.fail = new Int32Array(states);
    this.report = new Int32Array(states);
    this.suffixEnd = new Int32Array(states);
    this.rowed = Math.min(states, Math.max(1, Math.floor(ROW_CELLS / this.denseClasses)));
    this.next = new Int32Array(this.rowed * this.denseClasses);
    this.link();
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
   * Failure links, reports and rows in state order (breadth first): a state's failure state comes before
   * it, so it is complete, and a state's row starts as a copy of its failure state's row.
   */
  private link(): void {
    const { firstChild, sibling, label, fail, ends, suffixEnd, report, next, denseClasses } = this;
    next.set(this.rootNext.subarray(0, denseClasses));
    for (let state = 1; state < label.length; state++) {
      const failure = fail[state] as number;
      suffixEnd[state] = ends[failure] !== 0 ? failure : (suffixEnd[failure] as number);
      report[state] = ends[state] !== 0 ? state : (suffixEnd[state] as number);
      if (state < this.rowed)
        next.copyWithin(state * denseClasses, failure * denseClasses, (failure + 1) * denseClasses);
      for (let child = firstChild[state] as number; child !== 0; child = sibling[child] as number) {
        const unitClass = label[child] as number;
        fail[child] = this.step(failure, unitClass);
        if (state < this.rowed && unitClass < denseClasses) next[state * denseClasses + unitClass] = child;
      }
    }
    // Mark the targets where a literal ends (the root's row too: its children may be literals).
    for (let cell = 0; cell < next.length; cell++) {
      const to = next[cell] as number;
      if (report[to] !== 0) next[cell] = ~to;
    }
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

/** The trie of the literals: edges as first-child/next-sibling lists, literal ends. */
interface Trie {
  firstChild: Int32Array;
  sibling: Int32Array;
  label: Uint16Array;
  ends: Int32Array;
  sameText: Int32Array;
}

function buildTrie(literals: readonly string[], classOf: Uint16Array): Trie {
  let units = 0;
  for (const literal of literals) units += literal.length;
  const most = units + 1;
  const trie: Trie = {
    firstChild: new Int32Array(most),
    sibling: new Int32Array(most),
    label: new Uint16Array(most),
    ends: new Int32Array(most),
    sameText: new Int32Array(literals.length),
  };
  let states = 1;
  for (let index = 0; index < literals.length; index++) {
    const literal = literals[index] as string;
    let state = 0;
    for (let i = 0; i < literal.length; i++) {
      const unitClass = classOf[literal.charCodeAt(i)] as number;
      let child = trie.firstChild[state] as number;
      while (child !== 0 && trie.label[child] !== unitClass) child = trie.sibling[child] as number;
      if (child === 0) {
        child = states++;
        trie.label[child] = unitClass;
        trie.sibling[child] = trie.firstChild[state] as number;
        trie.firstChild[state] = child;
      }
      state = child;
    }
    // A repeated text: the earlier literal is reported first, then this one.
    let last = trie.ends[state] as number;
    if (last === 0) trie.ends[state] = index + 1;
    else {
      while (trie.sameText[last - 1] !== 0) last = trie.sameText[last - 1] as number;
      trie.sameText[last - 1] = index + 1;
    }
  }
  return {
    firstChild: trie.firstChild.subarray(0, states),
    sibling: trie.sibling.subarray(0, states),
    label: trie.label.subarray(0, states),
    ends: trie.ends.subarray(0, states),
    sameText: trie.sameText,
  };
}

/** The same trie with its states numbered breadth first (the root first), so shallower states come first. */
function breadthFirst(trie: Trie): Trie {
  const states = trie.label.length;
  const order = new Int32Array(states);
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    for (
      let child = trie.firstChild[order[head] as number] as number;
      child !== 0;
      child = trie.sibling[child] as number
    )
      order[tail++] = child;
  }
  const id = new Int32Array(states);
  for (let i = 0; i < states; i++) id[order[i] as number] = i;
  const numbered: Trie = {
    firstChild: new Int32Array(states),
    sibling: new Int32Array(states),
    label: new Uint16Array(states),
    ends: new Int32Array(states),
    sameText: trie.sameText,
  };
  for (let i = 0; i < states; i++) {
    const old = order[i] as number;
    numbered.firstChild[i] = id[trie.firstChild[old] as number] as number;
    numbered.sibling[i] = id[trie.sibling[old] as number] as number;
    numbered.label[i] = trie.label[old] as number;
    numbered.ends[i] = trie.ends[old] as number;
  }
  return numbered;
}
