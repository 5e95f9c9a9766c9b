import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../src/commands/parse-command.js';
import { decodeText, withFiles } from '../../../src/commands/with-files.js';
import { readBounceRecords } from '../../../src/diagnose/diagnose-bounce.js';

// Guards for the round 34 fixes (not part of its audit figures).
describe('round 34 guards', () => {
  it('a command typed as inline code or a one-line fence runs; a multi-line fence stays a paste', () => {
    expect(parseCommand('`mx example.com`')).toEqual({ kind: 'mx', domain: 'example.com' });
    expect(parseCommand('<@U0BOT> ```/mx example.com```')).toEqual({ kind: 'mx', domain: 'example.com' });
    expect(parseCommand('```\nmx example.com\n```').kind).toBe('bounce');
  });

  it('/mx and /auth take the domain of an address; a broken address is still refused', () => {
    expect(parseCommand('/mx bob@example.com')).toEqual({
      kind: 'mx',
      domain: 'example.com',
      address: 'bob@example.com',
    });
    expect(parseCommand('/auth <mailto:bob@example.com|bob@example.com>')).toMatchObject({
      kind: 'auth',
      domain: 'example.com',
      address: 'bob@example.com',
    });
    expect(parseCommand('/mx bob@').kind).toBe('usage');
    expect(parseCommand('/mx @example.com')).toEqual({ kind: 'mx', domain: 'example.com' });
  });

  it('decodes UTF-16 (either byte order, by BOM or charset) and drops a UTF-8 BOM', () => {
    const text = 'Delivery failed: 550 5.1.1';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    expect(decodeText(le)).toBe(text);
    expect(decodeText(be)).toBe(text);
    expect(decodeText(Buffer.from(text, 'utf16le'), 'text/plain; charset=UTF-16LE')).toBe(text);
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toBe(text);
    expect(decodeText(Buffer.from('plain é'))).toBe('plain é');
  });

  it('puts a saved email before the words typed with it, and plain files after them', async () => {
    const eml = 'From: a@example.com\nTo: b@example.com\nSubject: x\n\nbody';
    const read = async (t: string) => ({ ok: true as const, text: t });
    expect(await withFiles('look', [eml], read)).toEqual({ ok: true, text: `${eml}\n\nlook` });
    expect(await withFiles('look', ['a log line'], read)).toEqual({ ok: true, text: 'look\n\na log line' });
    const about = 'what does 550 5.1.1 mean here?';
    expect(await withFiles(about, [eml], read)).toEqual({ ok: true, text: `${eml}\n\n${about}` });
  });

  it('keeps a pasted bounce before the original email attached with it', async () => {
    const eml = 'From: alice@example.org\nTo: bob@example.net\nSubject: Quote 2291\n\nHello Bob';
    const typed =
      '<bob@example.net>: host mx.example.net[192.0.2.25] said: 550 5.1.1 <bob@example.net>: User unknown';
    const read = async (t: string) => ({ ok: true as const, text: t });
    const joined = await withFiles(typed, [eml], read);
    expect(joined).toEqual({ ok: true, text: `${typed}\n\n${eml}` });
    const [record] = joined.ok ? await readBounceRecords(joined.text) : [];
    expect(record).toMatchObject({ recipient: 'bob@example.net', cause: 'user-unknown', replyCode: 550 });
  });
});
