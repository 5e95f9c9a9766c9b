import type { types } from '@slack/bolt';
import { escapeMrkdwn, truncate } from './mrkdwn.js';
import { SLACK_LIMITS } from './slack-limits.js';

export type Block = types.KnownBlock;

// Kept free for the closing "the rest is in the file" note.
const RESERVED_BLOCKS = 2;
const RESERVED_TEXT = 400;
// A context element is small print: long evidence is cut, the full text goes to the file.
const CONTEXT_TEXT = 1500;

/**
 * Collects blocks while they fit Slack's limits: 50 blocks, 3,000 characters per section, and a total
 * text budget well under the ~12k where Slack rejects a message. Whatever does not fit is refused and
 * `overflow` is set, so the caller can attach the whole report as a file instead.
 */
export class BlockBudget {
  readonly blocks: Block[] = [];
  overflow = false;
  #text = 0;
  readonly #maxBlocks: number;
  readonly #budget: number;

  constructor(maxBlocks: number = SLACK_LIMITS.blocks, budget: number = SLACK_LIMITS.blockTextBudget) {
    this.#maxBlocks = maxBlocks - RESERVED_BLOCKS;
    this.#budget = budget - RESERVED_TEXT;
  }

  get textSize(): number {
    return this.#text;
  }

  /** Adds mrkdwn (already escaped) as one or more sections, split at line breaks; false if it did not fit. */
  section(mrkdwn: string): boolean {
    const parts = splitLines(mrkdwn, SLACK_LIMITS.sectionText);
    const size = parts.reduce((n, p) => n + p.length, 0);
    if (!this.#fits(parts.length, size)) return this.#refuse();
    for (const text of parts) this.blocks.push({ type: 'section', text: { type: 'mrkdwn', text } });
    this.#text += size;
    return true;
  }

  /**
   * Adds `head` and as many of `lines` as fit, in sections of up to 3,000 characters; returns how many
   * lines went in (overflow is set when not all did). `lines` may be only the first of `total`: the
   * ones `linesRoom` says could never fit need not be formatted.
   */
  sectionLines(head: string, lines: string[], total: number = lines.length): number {
    const sections: string[] = [];
    let current = head;
    let size = head.length;
    let taken = 0;
    for (const raw of lines) {
      const line = truncate(raw, SLACK_LIMITS.sectionText);
      const joined = current === '' ? line : `${current}\n${line}`;
      const opensSection = joined.length > SLACK_LIMITS.sectionText;
      const blocksNeeded = sections.length + 1 + (opensSection ? 1 : 0);
      if (!this.#fits(blocksNeeded, size + line.length + 1)) break;
      if (opensSection) {
        sections.push(current);
        current = line;
      } else current = joined;
      size += line.length + 1;
      taken++;
    }
    if (current.trim() !== '') sections.push(current);
    if (taken < total) this.overflow = true;
    if (sections.length === 0) return 0;
    if (!this.#fits(sections.length, size)) {
      this.#refuse();
      return 0;
    }
    for (const text of sections) this.blocks.push({ type: 'section', text: { type: 'mrkdwn', text } });
    this.#text += size;
    return taken;
  }

  /** At most how many lines of at least `minLength` characters could still go in (each with its line break). */
  linesRoom(minLength: number): number {
    return Math.max(0, Math.floor((this.#budget - this.#text) / (minLength + 1)));
  }

  /** Adds a context block of up to 10 small mrkdwn elements (already escaped). */
  context(elements: string[]): boolean {
    const texts = elements
      .filter((e) => e.trim() !== '')
      .slice(0, SLACK_LIMITS.contextElements)
      .map((e) => truncate(e, CONTEXT_TEXT));
    if (texts.length === 0) return true;
    const size = texts.reduce((n, t) => n + t.length, 0);
    if (!this.#fits(1, size)) return this.#refuse();
    this.blocks.push({ type: 'context', elements: texts.map((text) => ({ type: 'mrkdwn', text })) });
    this.#text += size;
    return true;
  }

  divider(): boolean {
    if (!this.#fits(1, 0)) return this.#refuse();
    this.blocks.push({ type: 'divider' });
    return true;
  }

  /** The closing note, which uses the reserved room. */
  closing(mrkdwn: string): void {
    const text = truncate(mrkdwn, RESERVED_TEXT);
    this.blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text }] });
    this.#text += text.length;
  }

  #fits(blocks: number, size: number): boolean {
    return this.blocks.length + blocks <= this.#maxBlocks && this.#text + size <= this.#budget;
  }

  #refuse(): false {
    this.overflow = true;
    return false;
  }
}

/** Splits text into pieces of at most `max` characters, at line breaks where it can. */
function splitLines(text: string, max: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const raw of text.split('\n')) {
    const line = truncate(raw, max);
    if (current === '') current = line;
    else if (current.length + 1 + line.length <= max) current += `\n${line}`;
    else {
      out.push(current);
      current = line;
    }
  }
  if (current.trim() !== '') out.push(current);
  return out;
}

/** Escapes and bolds one line of text. */
export function bold(text: string): string {
  const t = escapeMrkdwn(text).replace(/\*/g, '∗');
  return t === '' ? t : `*${t}*`;
}
