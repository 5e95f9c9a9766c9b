import { describe, expect, it } from 'vitest';
import { commandFromWords } from '../../../src/bounce/extract/smtp-context.js';

// One text per wording rule: the one-scan pre-check in front of the rules must let every one through.
const CASES: [string, string | undefined][] = [
  ['550 5.1.1 user unknown (in reply to rcpt to command)', 'RCPT'],
  ['553 sender rejected (in reply to mail from command)', 'MAIL'],
  ['554 rejected after end of data', 'DATA'],
  ['501 bad name (in reply to ehlo command)', 'EHLO'],
  ['454 tls not available (in reply to starttls command)', 'STARTTLS'],
  ['535 bad credentials (in reply to auth command)', 'AUTH'],
  ['554 go away (in reply to initial connection)', 'CONN'],
  ['mx.example.net does not like recipient.', 'RCPT'],
  ['sender was rejected by mx.example.net', 'MAIL'],
  ['connected but greeting failed', 'CONN'],
  ['remote server did not like our rcpt', 'RCPT'],
  ['smtp:mail 553 no', 'MAIL'],
  ['>>> rcpt to:<kijitora@example.net>\n550 5.1.1 no such user', 'RCPT'],
  ['my name was rejected', 'HELO'],
  // Every alternative of a rule, so each literal the rules are gated on is seen to let its wording through.
  ['451 try later (while sending rcpt to)', 'RCPT'],
  ['550 bad (response to data)', 'DATA'],
  ['550 spam (during message body)', 'DATA'],
  ['421 closing (after banner)', 'CONN'],
  ['host does not like sender', 'MAIL'],
  ['rcpt to:<bob@example.org>:', 'RCPT'],
  ['mail from:<alice@example.com>', 'MAIL'],
  ['failed after i sent the message', 'DATA'],
  ['mx did not like our final data', 'DATA'],
  ['mx did not like our mail', 'MAIL'],
  ['server refused to talk to me', 'CONN'],
  ['smtp:rcpt 550 no', 'RCPT'],
  ['[rcpt_to] 550 no', 'RCPT'],
  ['[mail_from] 553 no', 'MAIL'],
  // Folded across lines as Postfix wraps its DSN text: in a literal, and after one.
  ['550 5.1.1 user unknown (in\n    reply to rcpt to command)', 'RCPT'],
  ['554 rejected (in reply to end of\n    data command)', 'DATA'],
  ['550 5.1.1 user unknown\n    try again later', undefined],
  ['550 5.1.1 user unknown', undefined],
  ['', undefined],
];

describe('commandFromWords', () => {
  it.each(CASES)('%j -> %s', (text, command) => {
    expect(commandFromWords(text)).toBe(command);
  });
});
