import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  isBareMention,
  mentionRole,
  scanText,
  sharedListReasons,
  type TextRecord,
} from '../../../../src/bounce/extract/scan-text.js';

// scanText reads lines in place; this is the split-and-join reading it replaced, kept as the reference.
function byLines(body: string, anchorOf: (line: string) => string | undefined): TextRecord[] {
  const lines = body.split('\n', 4000);
  const anchors: { line: number; recipient: string }[] = [];
  lines.forEach((line, i) => {
    const recipient = anchorOf(line);
    if (!recipient) return;
    const folded = /^[ \t]/.test(line) && (lines[i - 1] ?? '').trim() !== '';
    if (folded && anchors.at(-1)?.recipient === recipient) return;
    anchors.push({ line: i, recipient });
  });
  if (anchors.length === 0) return [{ segments: [body], preamble: '' }];
  const preamble = lines.slice(0, anchors[0]?.line ?? 0).join('\n');
  const byRecipient = new Map<string, string[]>();
  anchors.forEach((a, k) => {
    const end = anchors[k + 1]?.line ?? lines.length;
    const parts = byRecipient.get(a.recipient) ?? [];
    parts.push(lines.slice(a.line, end).join('\n'));
    byRecipient.set(a.recipient, parts);
  });
  // The list rule works on the records, however they were split.
  return sharedListReasons(
    [...byRecipient].map(([recipient, segments]) => ({ recipient, segments, preamble })),
  );
}

// The anchor of one line, as scanText finds it: scanText on that line alone.
const anchorOf = (line: string) => (line.includes('@') ? scanText(line, IGNORE)[0]?.recipient : undefined);
const IGNORE = new Set(['sender@example.net']);

const PIECES = [
  'bob@example.org',
  '<carol@example.com>',
  'sender@example.net',
  ': ',
  '550 5.1.1 ',
  'User unknown',
  ' ',
  '\t',
  '\n',
  '\n\n',
  '\r\n',
  'To: ',
  'mailto:',
  '...',
  'Recipient address rejected',
  'é',
];

function randomText(seed: number, length: number): string {
  let s = seed;
  let out = '';
  for (let i = 0; i < length; i++) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    out += PIECES[s % PIECES.length];
  }
  return out;
}

describe('scanText', () => {
  it('splits a bounce into one part per recipient, with the text before them as preamble', () => {
    const body =
      'Delivery failed.\n\n<bob@example.org>: 550 User unknown\n   more\ncarol@example.com\n  552 full';
    expect(scanText(body, new Set())).toEqual([
      {
        recipient: 'bob@example.org',
        segments: ['<bob@example.org>: 550 User unknown\n   more'],
        preamble: 'Delivery failed.\n',
      },
      {
        recipient: 'carol@example.com',
        segments: ['carol@example.com\n  552 full'],
        preamble: 'Delivery failed.\n',
      },
    ]);
  });

  it('takes the address of a log field for the recipient, with or without brackets (to=bob@…, to=<bob@…>)', () => {
    const log = [
      'postfix/smtp[1]: A1: to=bob@example.org, dsn=5.1.1, status=bounced (host said: 550 5.1.1 unknown)',
      'postfix/smtp[1]: A2: to=<carol@example.com>, dsn=5.2.2, status=bounced (host said: 552 5.2.2 full)',
    ].join('\n');
    expect(scanText(log, IGNORE).map((r) => r.recipient)).toEqual(['bob@example.org', 'carol@example.com']);
  });

  it('shares at most the first 3,000 characters below a list of bare addresses with each of them', () => {
    const list = Array.from({ length: 2000 }, (_, i) => `user${i}@example.org`).join('\n');
    const body = `Delivery to the following recipients failed permanently:\n\n${list}\n\n550 5.1.1 user unknown\n${'x '.repeat(500_000)}`;
    const records = scanText(body, IGNORE);
    expect(records).toHaveLength(2000);
    const first = records[0] as TextRecord;
    expect(first.segments.join('\n')).toContain('550 5.1.1 user unknown');
    // Each of 2,000 addresses reading the 1 MB after the list made a 2 MB paste take 23 s.
    for (const r of records.slice(0, -1)) expect(r.segments.join('').length).toBeLessThan(3100);
  });

  it("never takes a message id for a recipient, however the field is spelled (PowerShell's MessageId)", () => {
    for (const field of ['Message-ID: ', 'MessageId         : ', 'InternetMessageId : ']) {
      const body = `${field}<CAB12345@mail.example.com>\nLastError : 550 5.1.1 User unknown`;
      expect(scanText(body, new Set()).map((r) => r.recipient)).not.toContain('cab12345@mail.example.com');
    }
  });

  it('reads the same as splitting into lines and joining them back, on random texts', () => {
    for (let seed = 1; seed <= 1500; seed++) {
      const text = randomText(seed, 5 + (seed % 60));
      expect(scanText(text, IGNORE), text).toEqual(byLines(text, anchorOf));
    }
  });

  it('reads the same on the bounce fixtures, and stops at the 4000th line as the split did', () => {
    const dir = new URL('../../../fixtures/bounces/', import.meta.url);
    const texts = readdirSync(dir).map((n) => readFileSync(new URL(n, dir), 'utf8'));
    texts.push(`${'<bob@example.org>: 550 no\n'.repeat(2500)}carol@example.com\n${'x\n'.repeat(3000)}`);
    for (const text of texts) expect(scanText(text, IGNORE)).toEqual(byLines(text, anchorOf));
  });
});

describe('isBareMention', () => {
  const byPattern = (t: string) => t.replace(/[\s<>:;,()[\]"'.*-]|mailto/g, '').length <= 2;
  it('says what the pattern says', () => {
    const bits = [
      'mailto',
      'mail',
      'to',
      'ma',
      '<',
      '>',
      ' ',
      '\u00a0',
      '\u2028',
      'a',
      'é',
      ':',
      '.',
      '-',
      '*',
      'x',
    ];
    for (let seed = 1; seed <= 5000; seed++) {
      let s = seed;
      let text = '';
      for (let i = 0; i < seed % 9; i++) {
        s = (s * 1103515245 + 12345) & 0x7fffffff;
        text += bits[s % bits.length];
      }
      expect(isBareMention(text), JSON.stringify(text)).toBe(byPattern(text));
    }
  });
});

describe('mentionRole: words before an address that name the sender', () => {
  const roleOf = (text: string, address = 'alice@example.com') =>
    mentionRole(text, text.indexOf(address), address.length);

  it('casts the address after a sender word of the same clause as the sender, in every language read', () => {
    for (const text of [
      '550 5.7.1 Rejected by sender block list: alice@example.com',
      '550 Envelope sender alice@example.com is not allowed',
      '553 5.7.1 MAIL FROM alice@example.com rejected',
      '554 5.7.1 From: <alice@example.com>',
      '550 5.7.1 Absender alice@example.com ist gesperrt',
      '550 5.7.1 Expéditeur refusé : alice@example.com',
      '550 5.7.1 Remitente bloqueado: alice@example.com',
      '550 5.7.1 Mittente in lista nera: alice@example.com',
      '550 5.7.1 Remetente bloqueado: alice@example.com',
      '550 5.7.1 Отправитель заблокирован: alice@example.com',
      '550 差出人alice@example.comは拒否されました',
      '550 发件人：alice@example.com 被拒绝',
    ]) {
      expect(roleOf(text), text).toBe('sender');
    }
  });

  it('leaves the address to the recipient when recipient words, a code or another clause stand between', () => {
    for (const text of [
      '550 5.7.1 Message from sender block list rejected for recipient: alice@example.com',
      '550 5.7.1 Sender not authorized to send to alice@example.com',
      '550 5.7.1 Sender rejected. alice@example.com: user unknown',
      'Reply from mx.example.org [192.0.2.25]: 550 5.1.1 <alice@example.com>: user unknown',
      'SMTP error from remote mail server after end of data: alice@example.com',
      '    (expanded from: <alice@example.com>)',
      '    (generated from alice@example.com)',
      'Senders: alice@example.com',
    ]) {
      expect(roleOf(text), text).toBeUndefined();
    }
  });

  it('casts an account over a sending limit as the sender, and one over a receiving limit not', () => {
    for (const text of [
      '550 Email account alice@example.com has exceeded the max emails per hour (50/50 (100%)) allowed.',
      '550 5.7.1 alice@example.com exceeded sending limit',
      '451 4.7.1 alice@example.com has reached its daily sending quota',
      '550 5.4.6 Account (alice@example.com) has exceeded the outgoing mail limit',
    ]) {
      expect(roleOf(text), text).toBe('sender');
    }
    for (const text of [
      '452 4.2.2 alice@example.com has exceeded the maximum number of messages it can receive',
      '552 5.2.2 alice@example.com has exceeded its storage quota',
    ]) {
      expect(roleOf(text), text).toBeUndefined();
    }
  });

  it('reads only the address after the sender word as the sender', () => {
    const text = '550 5.1.1 Mail from alice@example.com to bob@example.org rejected: User unknown';
    expect(roleOf(text)).toBe('sender');
    expect(roleOf(text, 'bob@example.org')).toBeUndefined();
    expect(scanText(text, new Set())[0]?.recipient).toBe('bob@example.org');
  });
});
