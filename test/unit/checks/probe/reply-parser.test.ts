import { describe, expect, it } from 'vitest';
import { parseCapabilities } from '../../../../src/checks/probe/capabilities.js';
import {
  MAX_LINE,
  ReplyParser,
  replyLines,
  SmtpProtocolError,
} from '../../../../src/checks/probe/reply-parser.js';

describe('ReplyParser', () => {
  it('assembles multi-line replies across chunks and strips the enhanced code from each line', () => {
    const p = new ReplyParser();
    expect(p.push('550-5.7.1 first line\r\n550-5.7.1 sec')).toEqual([]);
    const [reply] = p.push('ond line\r\n550 5.7.1 last line\r\n');
    expect(reply).toEqual({
      code: 550,
      status: '5.7.1',
      lines: ['first line', 'second line', 'last line'],
      text: 'first line second line last line',
    });
    expect(replyLines(reply as never)).toEqual([
      '550-5.7.1 first line',
      '550-5.7.1 second line',
      '550 5.7.1 last line',
    ]);
  });

  it('takes an enhanced code only when its class matches the reply code', () => {
    const p = new ReplyParser();
    expect(p.push('250 5.1.1 odd but ok\r\n')[0]).toMatchObject({ status: null, text: '5.1.1 odd but ok' });
    expect(p.push('451 4.7.1 Try later\n')[0]).toMatchObject({
      code: 451,
      status: '4.7.1',
      text: 'Try later',
    });
    expect(p.push('220\r\n')[0]).toMatchObject({ code: 220, status: null, lines: [''] });
  });

  it('returns several replies from one chunk, in order', () => {
    const replies = new ReplyParser().push('250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n221 2.0.0 Bye\r\n');
    expect(replies.map((r) => r.code)).toEqual([250, 250, 221]);
  });

  it('refuses what is not SMTP, a code that changes mid-reply, and endless lines or replies', () => {
    expect(() => new ReplyParser().push('HTTP/1.1 400 Bad Request\r\n')).toThrow(SmtpProtocolError);
    expect(() => new ReplyParser().push('250-a\r\n550 b\r\n')).toThrow(/changed its code/);
    expect(() => new ReplyParser().push('2'.repeat(MAX_LINE + 10))).toThrow(/over 4096 bytes/);
    expect(() => new ReplyParser().push('250-x\r\n'.repeat(300))).toThrow(/more than 200 lines/);
  });

  it('reads a 1 MiB line without a newline in linear time and refuses it', () => {
    const p = new ReplyParser();
    expect(() => p.push(`250-${'a'.repeat(1 << 20)}`)).toThrow(SmtpProtocolError);
  });
});

describe('parseCapabilities', () => {
  it('reads EHLO keywords and the SIZE limit, skipping the greeting line', () => {
    const [reply] = new ReplyParser().push(
      '250-mx.example.org Hello\r\n250-SIZE 52428800\r\n250-starttls\r\n250-AUTH PLAIN LOGIN\r\n250 SMTPUTF8\r\n',
    );
    const caps = parseCapabilities(reply as never);
    expect([...caps.keywords.keys()]).toEqual(['SIZE', 'STARTTLS', 'AUTH', 'SMTPUTF8']);
    expect(caps.keywords.get('AUTH')).toBe('PLAIN LOGIN');
    expect(caps.sizeLimit).toBe(52428800);
  });
});

describe('ReplyParser on hostile input', () => {
  it('reads 10,000 short replies from one chunk without copying the buffer per line', () => {
    const replies = new ReplyParser().push('250 ok\r\n'.repeat(10_000));
    expect(replies).toHaveLength(10_000);
  });

  it('shows control characters in a reply as "?"', () => {
    const [reply] = new ReplyParser().push('550 5.1.1 bad\u001b[31m user\u0007\r\n');
    expect(reply?.text).toBe('bad?[31m user?');
  });
});
