import { describe, expect, it } from 'vitest';
import { looksLikeEmail } from '../../../src/bounce/email/header-block.js';

const HEADER_LINE = /^([!-9;-~]+):[ \t]*(.*)$/;

/** The reading before lines were read in place: every CR removed, each line sliced and trimmed. */
function reference(text: string): boolean {
  const head = text.slice(0, 4096).replace(/\r/g, '');
  let headerish = 0;
  for (const line of head.split('\n').slice(0, 12)) {
    if (line.trim() === '') break;
    if (HEADER_LINE.test(line) || /^[ \t]/.test(line) || line.startsWith('From ')) headerish++;
    else return false;
  }
  return (
    headerish >= 2 &&
    /^(?:from|received|return-path|content-type|subject|date|to|message-id|mime-version|delivered-to|x-[\w-]+):/im.test(
      head,
    )
  );
}

describe('looksLikeEmail', () => {
  it('knows mail headers, with LF or CRLF line ends', () => {
    expect(looksLikeEmail('From: a@b.example\nSubject: x\n\nbody')).toBe(true);
    expect(looksLikeEmail('From: a@b.example\r\nSubject: x\r\n\r\nbody')).toBe(true);
    expect(looksLikeEmail('550 5.1.1 user unknown\nFrom: a@b.example')).toBe(false);
    expect(looksLikeEmail('Fr\rom: a@b.example\nSub\rject: x\n')).toBe(true);
  });

  it('reads as the line-by-line reading does, whatever the mix of line ends and characters', () => {
    const pieces = [
      'From: a@b.example',
      'Subject: hi',
      'X-Thing: 1',
      'From MAILER-DAEMON Mon',
      'Received: by x',
      'no header here',
      'Bad Name: x',
      ':',
      ' ',
      '\t',
      '\n',
      '\r\n',
      '\r',
      '\u2028',
      '\u00a0',
      'é',
      'to',
      'x'.repeat(500),
    ];
    let seed = 3;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor((seed / 2147483648) * n);
    };
    for (let n = 0; n < 5000; n++) {
      let text = '';
      const count = 1 + random(30);
      for (let k = 0; k < count; k++) text += pieces[random(pieces.length)];
      expect(looksLikeEmail(text), JSON.stringify(text)).toBe(reference(text));
    }
  });
});
