import { describe, expect, it } from 'vitest';
import { blankLineEnd, findMarker, quotedHeaderBlock } from '../../../src/bounce/email/returned-message.js';

// The markers as the reading before the case-insensitive scan spelled them (kept here as the reference).
const MARKERS = [
  '--- below this line is a copy of the message',
  '------ this is a copy of the message',
  '------ this is a copy of your message',
  '----- original message -----',
  '----- unsent message follows -----',
  '----- message header follows -----',
  '--- the header of the original message is following',
  'original message headers:',
  '------ original message ------',
  '--- original message follows ---',
  'the original message was:',
  '----- the original message -----',
  '------ a copy of the original message',
  '----- original message follows -----',
  '-- original message --',
  '---------- original message ----------',
  'message headers follow',
  'original message follows',
  'original message:',
  'original message header',
  'returned message',
  'header of the original message',
  'copy of the message',
  'content-type: message/rfc822',
];

/** The first marker line in the lower-cased text, every marker searched with indexOf, or a quoted header block. */
function reference(text: string): number {
  const lower = text.toLowerCase();
  let best = quotedHeaderBlock(text);
  for (const marker of MARKERS) {
    for (let at = lower.indexOf(marker); at >= 0; at = lower.indexOf(marker, at + marker.length)) {
      if (best >= 0 && at > best) break;
      const window = lower.slice(Math.max(0, at - 200), at);
      const newline = window.lastIndexOf('\n');
      if (newline < 0 && at > 200) continue;
      if (/^[ \t>]*(?:[-=*_#]{2,}[^\n]*)?$/.test(window.slice(newline + 1))) {
        best = at;
        break;
      }
    }
  }
  return best;
}

describe('findMarker', () => {
  it('finds a marker line in any case, not one in running text', () => {
    expect(findMarker('Sorry.\n------ This is a copy of the message, including all the headers.\nx')).toBe(7);
    expect(findMarker('Delete your text from the attached RETURNED MESSAGE and send it again.')).toBe(-1);
    expect(findMarker('x\n> Original Message Follows\nFrom: a@b.c')).toBe(4);
  });

  it('reads as the lower-cased text would, whatever the case and characters around', () => {
    const pieces = [
      ...MARKERS,
      'ORIGINAL MESSAGE',
      'Copy Of',
      'MeSsAgE',
      'message',
      ' ',
      '\n',
      '-----',
      '> ',
      'x'.repeat(120),
      '\u0130',
      '\u212a',
      'é',
      'From: a@b.example\n',
      'Received: by x\n',
      'Subject: hi\n',
      'text ',
    ];
    let seed = 5;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor((seed / 2147483648) * n);
    };
    for (let n = 0; n < 4000; n++) {
      let text = '';
      for (let k = 0; k < 12; k++) {
        const piece = pieces[random(pieces.length)] ?? '';
        text += random(3) === 0 ? piece.toUpperCase() : piece;
      }
      expect(findMarker(text), JSON.stringify(text)).toBe(reference(text));
    }
  });
});

describe('blankLineEnd', () => {
  it('ends where the blank-line pattern ends, whatever the mix of blanks and line ends', () => {
    const pieces = ['\n', '\r\n', '\r', ' ', '\t', 'a', 'Subject: x', '\n \n', '\r\n\t\r\n', '\u2028'];
    let seed = 9;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor((seed / 2147483648) * n);
    };
    for (let n = 0; n < 5000; n++) {
      let text = '';
      const count = random(16);
      for (let k = 0; k < count; k++) text += pieces[random(pieces.length)];
      const from = random(text.length + 1);
      const pattern = /\r?\n[ \t]*\r?\n/g;
      pattern.lastIndex = from;
      const hit = pattern.exec(text);
      expect(blankLineEnd(text, from), JSON.stringify([text, from])).toBe(
        hit ? hit.index + hit[0].length : -1,
      );
    }
  });
});
