import { describe, expect, it } from 'vitest';
import { keyOffset } from '../../../../src/bounce/extract/literal-gate.js';
import { COMMAND_WORDS, commandFromWords } from '../../../../src/bounce/extract/smtp-context.js';
import { collapseWhitespace } from '../../../../src/bounce/extract/smtp-reply.js';
import { randomTexts, realTexts } from './sample-texts.js';

// What commandFromWords stands in for: every wording tried in order, with no gate, on the text and then
// on the text unfolded.
function byEveryWording(lowerText: string): string | undefined {
  const first = (text: string) => COMMAND_WORDS.find(({ re }) => re.test(text))?.command;
  const unfolded = collapseWhitespace(lowerText);
  return first(lowerText) ?? (unfolded === lowerText ? undefined : first(unfolded));
}

const PIECES = [
  'in reply to ',
  'in\n    reply to ',
  'in  reply\tto ',
  'after ',
  'while sending ',
  'response\nto ',
  'during ',
  'the ',
  'rcpt',
  'rcpt to',
  ' rcpt to:<bob@example.org>',
  'mail from:<a@b.c>:',
  'mail\nfrom',
  '\n550 5.1.1 ',
  '\n',
  ' ',
  '  ',
  ':',
  'data',
  'end of\n data',
  'message body',
  'ehlo',
  'lhlo ',
  'starttls',
  'auth',
  'initial connection',
  'connect',
  'greeting',
  'banner',
  'does not like recipient',
  'does not\nlike sender',
  'sender was rejected',
  'failed after i sent the message',
  'did not like our ',
  'final ',
  'greeting failed',
  'connected but greeting',
  'refused to talk to me',
  'initial server greeting',
  'smtp:rcpt',
  '[rcpt_to]',
  'smtp:mail',
  '[mail_from]',
  'my name was\n rejected',
  'x',
];

describe('commandFromWords', () => {
  it('reads what every wording tried in order reads, on real bounces and their lines', () => {
    for (const text of realTexts()) {
      const lower = text.toLowerCase();
      expect(commandFromWords(lower), lower).toBe(byEveryWording(lower));
    }
  });

  it('reads what every wording tried in order reads, on random joins of the words it looks for', () => {
    for (const text of randomTexts(PIECES, 20000, 8)) {
      expect(commandFromWords(text), text).toBe(byEveryWording(text));
    }
  });
});

describe('keyOffset', () => {
  it('starts a literal at its least common character, leaving four characters or more', () => {
    expect(' server:'.slice(keyOffset(' server:'))).toBe('ver:');
    expect('[rcpt_to]'.slice(keyOffset('[rcpt_to]'))).toBe('[rcpt_to]');
    expect('by'.slice(keyOffset('by'))).toBe('by');
  });
});
