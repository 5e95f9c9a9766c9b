import {
  ADVICE_OPENINGS,
  OTHER_SERVER_WORDS,
  OWN_SERVER_FAILURES,
  OWN_SERVER_NOUNS,
  type OwnServerFailure,
  PERSON_WORDS,
} from '../knowledge/own-server-words.js';

/**
 * A device's or application's own account of failing to send through its server, read as a noun for that
 * server and a failure word in one sentence ("Mail server not responding", "SMTP login failed: wrong
 * password", "Impossibile connettersi al server SMTP"), not as whole sentences (own-server-words.ts).
 * Only texts without a server's reply are read so: a quoted reply says more.
 */
export interface OwnServerReading {
  cause: string;
  /** The noun and the failure word it rests on, for the evidence. */
  noun: string;
  word: string;
}

// Sentences end at a full stop, question or exclamation mark (before a space or the end), a semicolon, a
// line break or a CJK full stop; "smtp.example.com" and "0x800CCC0E" stay whole.
const SENTENCE_END = /[.!?;](?:\s|$)|[\n。！？；]/;
const QUESTION_MARKS = '?？';
const MAX_TEXT = 2000;
const MAX_SENTENCES = 40;

export function readOwnServerFailure(text: string): OwnServerReading | undefined {
  let rest = text.slice(0, MAX_TEXT).toLowerCase();
  for (let n = 0; n < MAX_SENTENCES && rest.length > 0; n++) {
    const end = SENTENCE_END.exec(rest);
    const sentence = end ? rest.slice(0, end.index) : rest;
    rest = end ? rest.slice(end.index + end[0].length) : '';
    // A question is a person asking ("is the mail server down?", "does it retry if the SMTP server is not
    // responding?"), not a device reporting: its mark ends the sentence, so it is looked for in the end.
    if (end && QUESTION_MARKS.includes(end[0].charAt(0))) continue;
    const found = readSentence(sentence);
    if (found) return found;
  }
  return undefined;
}

function readSentence(raw: string): OwnServerReading | undefined {
  const sentence = raw.trim();
  if (!sentence || isAdvice(sentence)) return undefined;
  if (PERSON_WORDS.some((w) => hasWord(sentence, w))) return undefined;
  const noun = ownNoun(sentence);
  for (const failure of OWN_SERVER_FAILURES) {
    const found = failure.subjects
      ? subjectFailure(sentence, failure, failure.subjects, noun)
      : noun && failureWord(sentence, failure, noun);
    if (found) return { cause: failure.cause, noun: noun ?? 'smtp', word: found };
  }
  return undefined;
}

// "SMTP" standing alone or as SMTP-AUTH, not inside a name ("smtp-tls-reporting@…", "smtp.example.com").
const BARE_SMTP = /(?<![\w.@-])smtp(?:-auth)?(?![\w.@-])/;

/**
 * A login or TLS word and a failure word in one clause ("SMTP login failed"; not a settings listing's
 * "Secure(SSL): No, Socket Error: 10060"), the server named anywhere in the sentence; "smtp" alone names it
 * beside such a word ("SMTP-AUTH error").
 */
function subjectFailure(
  sentence: string,
  failure: OwnServerFailure,
  subjects: readonly string[],
  noun: string | undefined,
): string | undefined {
  if (!noun && !BARE_SMTP.test(sentence)) return undefined;
  for (const clause of sentence.split(',')) {
    if (!subjects.some((s) => hasWord(clause, s))) continue;
    const word = failureWord(clause, failure, noun ?? 'smtp');
    if (word) return word;
  }
  return undefined;
}

/** The first noun for the device's own server, unless a word such as "remote" stands just before it. */
function ownNoun(sentence: string): string | undefined {
  for (const noun of OWN_SERVER_NOUNS) {
    const at = wordAt(sentence, noun);
    if (at < 0) continue;
    const before = sentence.slice(Math.max(0, at - 16), at);
    if (OTHER_SERVER_WORDS.some((w) => hasWord(before, w))) return undefined;
    // "The mail server for example.net could not be reached": a domain's server, the recipient's.
    if (DOMAINS_SERVER.test(sentence.slice(at + noun.length, at + noun.length + 80))) return undefined;
    return noun;
  }
  // "Server smtp.office365.com:587 did not respond": a submission host's name or port names it too; not a
  // host on port 25 or with its address ("connect to smtp.example.net[192.0.2.1]:25"), a server's relay.
  return SUBMISSION_HOST.exec(sentence)?.[0];
}
const DOMAINS_SERVER = /^[ \t]+(?:for|of|für|von)[ \t]+(?:the[ \t]+domain[ \t]+)?[\w-]{1,63}\.[\w.-]{2,}/;
const SUBMISSION_HOST =
  /(?<![\w.-])smtp[\w-]{0,20}(?:\.[\w-]{1,63}){2,5}(?![\w.[-]|:25\b|\s\[)|[\w-]\.[a-z]{2,24}:(?:587|465)\b/;

function failureWord(sentence: string, failure: OwnServerFailure, noun: string): string | undefined {
  // The noun's own letters are no failure word ("smtp connection" is not "connection failed").
  const others = sentence.replace(noun, ' ');
  return failure.words.find((w) => hasWord(others, w));
}

function isAdvice(sentence: string): boolean {
  return ADVICE_OPENINGS.some((w) => sentence.startsWith(w) && !/[a-z]/.test(sentence.charAt(w.length)));
}

function hasWord(text: string, word: string): boolean {
  return wordAt(text, word) >= 0;
}

/** Where `word` stands in `text` not inside a longer Latin word ("tls" in "atlas" is no TLS word). */
function wordAt(text: string, word: string): number {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = text.charAt(at - 1);
    const after = text.charAt(at + word.length);
    // Only a Latin word's own edges need a boundary: "認証" stands whole in "smtp認証に失敗".
    const startsInside = isLatinLetter(word.charAt(0)) && isLatinLetter(before);
    const endsInside = isLatinLetter(word.charAt(word.length - 1)) && isLatinLetter(after);
    if (!startsInside && !endsInside) return at;
  }
  return -1;
}

function isLatinLetter(c: string): boolean {
  return c !== '' && /[a-zà-ÿ]/.test(c);
}
