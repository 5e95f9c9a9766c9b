import { decodeWords } from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { parseHeaderBlock } from '../../../src/bounce/email/header-block.js';

/** The block read line by line with the header-line pattern: the reference for the in-place reading. */
function reference(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  let name = '';
  let value = '';
  const flush = () => {
    if (name) headers.set(name, value.includes('=?') ? decodeWords(value.trim()) : value.trim());
  };
  for (const line of block.split('\n')) {
    if (/^[ \t]/.test(line)) {
      if (name) value += ` ${line.trim()}`;
      continue;
    }
    flush();
    name = '';
    const m = /^([!-9;-~]+):[ \t]*(.*)$/.exec(line.endsWith('\r') ? line.slice(0, -1) : line);
    const key = m?.[1]?.toLowerCase();
    if (m && key && !headers.has(key)) {
      name = key;
      value = m[2] ?? '';
    }
  }
  flush();
  return headers;
}

describe('parseHeaderBlock', () => {
  it('keeps the first value of each name, unfolded and decoded', () => {
    const block = 'Subject: =?utf-8?Q?Undelivered_mail?=\nReceived: a\n b\nreceived: c\nTo: x@y.example';
    expect([...parseHeaderBlock(block)]).toEqual([
      ['subject', 'Undelivered mail'],
      ['received', 'a b'],
      ['to', 'x@y.example'],
    ]);
  });

  it('reads as the line-by-line pattern does, on random blocks', () => {
    const pieces = [
      'Subject',
      'FROM',
      'x-Id',
      ':',
      ': ',
      ' ',
      '\t',
      '\n',
      '\r\n',
      '\r',
      'value',
      '=?utf-8?Q?a=41?=',
      '=',
      '?',
      'Bad Name',
      '\u2028',
      'é',
    ];
    let seed = 21;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor((seed / 2147483648) * n);
    };
    for (let n = 0; n < 5000; n++) {
      let block = '';
      const count = random(24);
      for (let k = 0; k < count; k++) block += pieces[random(pieces.length)];
      expect([...parseHeaderBlock(block)], JSON.stringify(block)).toEqual([...reference(block)]);
    }
  });
});
