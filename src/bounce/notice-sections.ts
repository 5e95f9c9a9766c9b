import { NOTICE_SECTION_HEADINGS } from '../knowledge/notice-headings.js';
import { LiteralSet } from './extract/literal-set.js';

/**
 * A notice's lists of recipients under headings that give each list its own outcome (Sendmail's fatal and
 * non-fatal lists in one notice): which outcome a recipient's list gives it.
 */

const HEADINGS = new LiteralSet(NOTICE_SECTION_HEADINGS.map((h) => h.text));
// The lists are looked for in the notice's first stretch, and no more headings than this are kept: a long
// paste costs one bounded scan, and each recipient one search of that stretch.
const MAX_TEXT = 20_000;
const MAX_SECTIONS = 20;

type Outcome = 'failed' | 'delayed';
interface Section {
  at: number;
  end: number;
  action: Outcome;
}

/**
 * The outcome by recipient, from the list a recipient is first named in; undefined when the notice has no such
 * heading (then its own words decide for every recipient).
 */
export function sectionOutcomes(
  body: string,
): ((recipient: string | undefined) => Outcome | undefined) | undefined {
  const text = body.slice(0, MAX_TEXT).toLowerCase();
  // Most notices have no such heading: the set's quick test spares them the scan that places each one.
  if (!HEADINGS.occursIn(text)) return undefined;
  const sections: Section[] = [];
  HEADINGS.scan(text, (literal, start) => {
    const heading = NOTICE_SECTION_HEADINGS[literal];
    if (!heading || sections.length >= MAX_SECTIONS) return;
    const last = sections[sections.length - 1];
    if (last) last.end = start;
    sections.push({ at: start + heading.text.length, end: text.length, action: heading.action });
  });
  const first = sections[0];
  if (!first) return undefined;
  // A list ends at the next heading, or at a rule line ("----- Transcript of session follows -----", "------
  // This is a copy of the message"): a transcript below names the recipients of every list again.
  for (const s of sections) {
    RULE_LINE.lastIndex = s.at;
    const rule = RULE_LINE.exec(text);
    if (rule && rule.index < s.end) s.end = rule.index;
  }
  return (recipient) => {
    if (!recipient) return undefined;
    const wanted = recipient.toLowerCase();
    // Each occurrence after the first heading, in order: one pass over the stretch at most.
    for (let at = text.indexOf(wanted, first.at); at >= 0; at = text.indexOf(wanted, at + wanted.length)) {
      // The whole address, not the end of a longer one ("ob@x" inside "bob@x").
      if (at > 0 && LOCAL_PART_UNIT.test(text.charAt(at - 1))) continue;
      const section = sections.find((s) => at >= s.at && at < s.end);
      if (section) return section.action;
    }
    return undefined;
  };
}

const RULE_LINE = /\n[ \t]{0,8}-{3}/g;
const LOCAL_PART_UNIT = /[\w.!#$%&'*+/=?^`{|}~-]/;
