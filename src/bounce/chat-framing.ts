import {
  CHAT_PHRASES_AFTER,
  CHAT_WORDS,
  CODE_DETERMINERS,
  CODE_FOLLOWERS,
  QUESTION_OPENERS,
} from '../knowledge/chat-words.js';
import { REPLY_PHRASES } from '../knowledge/reply-phrases.js';
import { firstMatch, foldLetters } from './match-phrases.js';

/**
 * Chat that talks about a reply code or a reply ("is a 550 5.1.1 always a typo?", "fyi the 421 4.7.0 errors
 * stopped", "can someone explain 'Recipient address rejected: Access denied'?") rather than pasting one. Each
 * code the text mentions is judged where it stands:
 *   pasted   when it opens a line, follows a quote mark, or its sentence goes on with an address, a bracket, a
 *            web address or a server's reply phrase right after it ("why do I get this? 550 5.7.1 Relaying
 *            denied"), or anywhere in a reply of six words or more that neither asks nor comments;
 *   talked about when a word right before makes it a noun ("the 550 5.7.1"), a word right after talks about it
 *            ("550 5.1.1 bounces", "421 4.7.28 from google", "… mean"), or its sentence asks or comments
 *            (chat-words.ts).
 * The text is chat only when no code in it is pasted and at least one is talked about; a code fence, a
 * blockquote or more than a few lines are a paste. Short texts only: chat is a line or two. With no code at
 * all, a reply's words quoted mid-sentence in a question are chat too.
 */
export function isChatAboutReply(text: string): boolean {
  if (text.length > MAX_CHAT || text.includes('```') || BLOCKQUOTE.test(text)) return false;
  if (lineCount(text) > MAX_LINES) return false;
  let talked = 0;
  let codes = 0;
  for (const m of text.matchAll(MENTION)) {
    const lone = !m[1] && !m[2];
    codes++;
    const verdict = judge(text, m.index, m.index + m[0].length, lone);
    if (verdict === 'pasted') return false;
    if (verdict === 'talked') talked++;
    // A code and status standing as a reply, with nothing that talks about it, is left to the reader.
    else if (!lone) return false;
  }
  return codes > 0 ? talked > 0 : isQuotedInQuestion(text);
}

const MAX_CHAT = 600;
const MAX_LINES = 3;
const BLOCKQUOTE = /^[ \t]{0,3}>/m;
// A reply code with its status ("550 5.1.1", "550-5.7.26"), a status alone, or a reply code alone.
const MENTION =
  /(?<![\w.#=/-])(?:([245]\d\d)[ -][245]\.\d{1,3}\.\d{1,3}|([245]\.\d{1,3}\.\d{1,3})|[245]\d\d)(?![\w.,:/%]?\d|[\w%])/g;

type Verdict = 'pasted' | 'talked' | 'neither';

function judge(text: string, start: number, end: number, lone: boolean): Verdict {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(Math.max(lineStart, start - 200), start);
  if (LINE_OPENING.test(before) || QUOTE_BEFORE.test(before)) return 'pasted';
  const after = sentenceAfter(text, end);
  if (SERVER_SIGNS.test(after)) return 'pasted';
  const lowerAfter = after.toLowerCase();
  const next = FIRST_WORD.exec(lowerAfter)?.[1];
  // A comma right after a code and its status ends the mention ("on 421 4.7.0, it's temporary"); after a lone
  // number it may be data ("ErrorCode":412,).
  if (next === '?' || (next === ',' && !lone) || (next && FOLLOWERS.has(next))) return 'talked';
  const clause = clauseBefore(before).toLowerCase();
  const words = clause.match(WORD) ?? [];
  const previous = words[words.length - 1];
  const spaced = previous !== undefined && SPACE_BEFORE.test(before);
  // "is 554 5.7.1 …", "does 550 5.1.1 …": a verb put first asks a question.
  if (spaced && words.length === 1 && CLAUSE_OPENER.test(clause) && OPENERS.has(previous)) return 'talked';
  if (hasReplyPhrase(lowerAfter)) return 'pasted';
  // "the 550 5.7.1", "alert on 421 4.4.2": the code as a noun (after the reply's own phrase is ruled out).
  if (spaced && DETERMINERS.has(previous)) return 'talked';
  const sentence = sentenceBefore(before).toLowerCase();
  const sentenceWords = sentence.match(WORD) ?? [];
  const opener = CLAUSE_OPENER.exec(clause)?.[1];
  if ((opener && OPENERS.has(opener)) || sentenceWords.some((w) => CHAT.has(w))) return 'talked';
  if (after.trimEnd().endsWith('?') || CHAT_AFTER.some((p) => lowerAfter.includes(p))) return 'talked';
  return 'neither';
}

// Nothing before the code on its line but space, quote marks, list or transcript marks: a pasted reply line.
const LINE_OPENING = /^[\s>'"`\u201c\u2018\u00ab*_([-]*$/;
// A quote mark right before: "… gets '550 5.7.1 Relaying denied'" quotes the server.
const QUOTE_BEFORE = /['"`\u201c\u2018\u00ab]$/;
const SPACE_BEFORE = /\p{L}[ \t]{1,3}$/u;
// An address, a bracketed host or tag, or a web address in the reply: the server's words, not chat.
const SERVER_SIGNS = /[<[]|\S@\S|https?:\/\//;
// A whole word: "VS1-IP" (Yahoo's tag before its words) is no "vs".
const FIRST_WORD = /^[ \t]{0,3}([?,]|[\p{L}'-]{1,30}(?![\p{L}\p{N}_]))/u;
// The word that opens a clause (not one after a number or a host name: "192.0.2.1 does not like …").
const CLAUSE_OPENER = /^[\s\u00bf\u00a1"'(]{0,5}([\p{L}][\p{L}'-]{0,30})/u;
const WORD = /[\p{L}][\p{L}'-]{0,30}/gu;
const DETERMINERS = new Set(CODE_DETERMINERS);
const FOLLOWERS = new Set(CODE_FOLLOWERS);
const OPENERS = new Set(QUESTION_OPENERS);
const CHAT = new Set(CHAT_WORDS);
const CHAT_AFTER = CHAT_PHRASES_AFTER;
const DECISIVE = REPLY_PHRASES.filter((r) => !r.general);
// How far into the reply a server's phrase may start: "550 5.7.1 Relaying denied", "… Message rejected as spam".
const PHRASE_START = 24;
const LONG_REPLY_WORDS = 6;

/** The text after a code up to the end of its sentence ("?", "!", a full stop and space, a line end). */
function sentenceAfter(text: string, end: number): string {
  const rest = text.slice(end, end + 200);
  const stop = rest.search(/[?!\n]|\.\s/);
  return stop < 0 ? rest : rest.slice(0, stop + (rest[stop] === '?' ? 1 : 0));
}

/** The clause before a code: since the last sentence end, colon, semicolon or comma. */
function clauseBefore(before: string): string {
  return before.slice(lastIndexOfAny(before, CLAUSE_ENDS) + 1);
}

/** The sentence before a code: since the last sentence end or colon. */
function sentenceBefore(before: string): string {
  return before.slice(lastIndexOfAny(before, SENTENCE_ENDS) + 1);
}

const CLAUSE_ENDS = '?!:;,\u00bf\u00a1\n';
const SENTENCE_ENDS = '?!:;\u00bf\u00a1\n';
// A full stop or dash ends a sentence only before a space: "203.0.113.20 does not like recipient - 550 …".
const ENDS_BEFORE_SPACE = '.-\u2013\u2014';

function lastIndexOfAny(text: string, chars: string): number {
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text[i] as string;
    if (chars.includes(c)) return i;
    if (ENDS_BEFORE_SPACE.includes(c) && (i + 1 >= text.length || /\s/.test(text[i + 1] as string))) return i;
  }
  return -1;
}

/**
 * A server's own reply phrase in the sentence after the code: within its first words ("550 5.7.1 Relaying
 * denied"), or anywhere in a reply of more than a few words ("about 452 4.2.2 The email account that you tried
 * to reach is over quota") that neither asks nor comments.
 */
function hasReplyPhrase(after: string): boolean {
  const lower = foldLetters(after);
  const hit = firstMatch(DECISIVE, lower);
  // One word ("greylisting", "spam") is a topic, not a server's reply (as in isBareReply).
  if (!hit?.phrase.includes(' ')) return false;
  const first = hit.phrase.split(' … ')[0] as string;
  const at = lower.indexOf(first);
  if (at < 0) return false;
  if (at <= PHRASE_START) return true;
  // A long sentence that asks or comments ("… because our IP has a poor reputation, should we throttle?") is chat.
  const asks = after.trimEnd().endsWith('?') || CHAT_AFTER.some((p) => after.includes(p));
  return !asks && (after.match(WORD)?.length ?? 0) >= LONG_REPLY_WORDS;
}

function lineCount(text: string): number {
  let n = 0;
  for (const line of text.split('\n', MAX_LINES + 2)) if (line.trim()) n++;
  return n;
}

/**
 * A reply's words quoted in the middle of a question, with no code ("can someone explain 'Recipient address
 * rejected: Access denied' in plesk?"): the words are the topic. One line, words before the quote, and a
 * question or a chat word.
 */
function isQuotedInQuestion(text: string): boolean {
  const line = text.trim();
  if (line.includes('\n')) return false;
  const open = QUOTE_OPEN.exec(line);
  if (!open || !/\p{L}/u.test(line.slice(0, open.index))) return false;
  const lower = line.toLowerCase();
  const words = lower.match(WORD) ?? [];
  return (
    line.endsWith('?') || (words[0] !== undefined && OPENERS.has(words[0])) || words.some((w) => CHAT.has(w))
  );
}

const QUOTE_OPEN = /(?:^|\s)['"\u201c\u2018\u00ab]\p{L}/u;
