import { once } from 'node:events';
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  isEnvelopeLine,
  isMboxStart,
  type MboxPart,
  MboxSplitter,
  splitMbox,
  unescapeFrom,
} from '../../../../src/bounce/email/mbox.js';
import { main } from '../../../../src/cli/main.js';
import { fakeRecord } from '../../helpers/fake-diagnoser.js';

const MBOX = [
  'From MAILER-DAEMON Mon Nov 23 10:00:00 2026',
  'Subject: one',
  '',
  'first body',
  '>From the start of a quoted line',
  '>>From doubly quoted',
  'not From at line start',
  '',
  'From MAILER-DAEMON Mon Nov 23 10:01:00 2026',
  'Subject: two',
  '',
  'second body',
  '',
  'From someone@example.com Mon Nov 23 10:02:00 2026',
  'Subject: three',
  '',
  'Fromage is not a separator',
  '',
].join('\n');

function texts(parts: MboxPart[]): string[] {
  return parts.map((p) => (p.bytes ? p.bytes.toString('utf8') : `<too large ${p.size}>`));
}

function splitInChunks(input: Buffer, sizes: number[], max = 1 << 20): MboxPart[] {
  const s = new MboxSplitter(max);
  const out: MboxPart[] = [];
  let at = 0;
  let i = 0;
  while (at < input.length) {
    const n = sizes[i++ % sizes.length] as number;
    out.push(...s.push(input.subarray(at, at + n)));
    at += n;
  }
  return [...out, ...s.end()];
}

describe('MboxSplitter', () => {
  const expected = [
    'Subject: one\n\nfirst body\nFrom the start of a quoted line\n>From doubly quoted\nnot From at line start\n',
    'Subject: two\n\nsecond body\n',
    'Subject: three\n\nFromage is not a separator\n',
  ];

  it('splits at "From " lines, drops the envelope line and unescapes >From', () => {
    const parts = splitInChunks(Buffer.from(MBOX), [MBOX.length]);
    expect(parts.map((p) => p.index)).toEqual([1, 2, 3]);
    expect(texts(parts)).toEqual(expected);
  });

  it('gives the same messages whatever the chunk boundaries', () => {
    for (const sizes of [[1], [2, 3], [5], [7, 1, 13], [64]]) {
      expect(texts(splitInChunks(Buffer.from(MBOX), sizes)), String(sizes)).toEqual(expected);
    }
  });

  it('handles CRLF line ends and a last message without a final newline', () => {
    const crlf = 'From a@b Mon\r\nSubject: x\r\n\r\nbody\r\n\r\nFrom c@d Tue\r\nSubject: y\r\n\r\nend';
    expect(texts(splitInChunks(Buffer.from(crlf), [4]))).toEqual([
      'Subject: x\r\n\r\nbody\r\n',
      'Subject: y\r\n\r\nend',
    ]);
  });

  it('counts but does not keep a message over the limit', () => {
    const big = `From a Mon\n${'x'.repeat(5000)}\nFrom b Tue\nsmall\n`;
    const parts = splitInChunks(Buffer.from(big), [100], 1000);
    expect(parts[0]).toMatchObject({ index: 1, bytes: null });
    expect(parts[0]?.size).toBeGreaterThan(1000);
    expect(texts(parts.slice(1))).toEqual(['small\n']);
  });

  it('splits only at envelope lines after the first: an unquoted "From " line of prose stays', () => {
    const mbox = [
      'From - Mon Jan  1 00:00:00 2024',
      'Subject: a',
      '',
      'From what I can see, it failed.',
      'From me to you',
      '',
      'From MAILER-DAEMON  Thu Apr 29 23:34:45 2015',
      'Subject: b',
      '',
      'From bob@example.com 2024-01-01T00:00:00Z',
      'Subject: c',
      '',
    ].join('\n');
    expect(texts(splitInChunks(Buffer.from(mbox), [3]))).toEqual([
      'Subject: a\n\nFrom what I can see, it failed.\nFrom me to you\n',
      'Subject: b\n',
      'Subject: c\n',
    ]);
    expect(isEnvelopeLine(Buffer.from('From  Mon'), 0)).toBe(true);
    expect(isEnvelopeLine(Buffer.from('From x Monday'), 0)).toBe(true);
    expect(isEnvelopeLine(Buffer.from('From x'), 0)).toBe(false);
    expect(isEnvelopeLine(Buffer.from('From the logs'), 0)).toBe(false);
  });

  it('recognises an mbox by its first line', () => {
    expect(isMboxStart(Buffer.from('\r\n\nFrom x'))).toBe(true);
    expect(isMboxStart(Buffer.from('\nFrom:'))).toBe(false);
    expect(isMboxStart(Buffer.from('From x'))).toBe(true);
    expect(isMboxStart(Buffer.from('From:'))).toBe(false);
    expect(isMboxStart(Buffer.from('Fro'))).toBe(false);
    expect(unescapeFrom(Buffer.from('>From a\n>>>From b\n> From c')).toString()).toBe(
      'From a\n>>From b\n> From c',
    );
  });
});

// A full collection before each sample, so the figure is what is still held, not garbage the collector
// has not got to yet (Node 24 collects later than Node 20).
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** Memory held now, beyond `base`, after a full collection. */
function heldSince(base: NodeJS.MemoryUsage): number {
  collectGarbage();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers - (base.heapUsed + base.arrayBuffers);
}

describe('splitMbox on a 100,000-message file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mailmedic-mbox-'));
  const path = join(dir, 'big.mbox');
  const COUNT = 100_000;
  const body = `${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(16)}\n`; // ~900 bytes

  beforeAll(async () => {
    const out = createWriteStream(path);
    for (let i = 1; i <= COUNT; i++) {
      const msg = `From sender@example.com Mon Nov 23 10:00:00 2026\nSubject: message ${i}\n\n${body}>From quoted ${i}\n\n`;
      if (!out.write(msg)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'close');
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('streams every message with bounded memory', async () => {
    collectGarbage();
    const base = process.memoryUsage();
    let peak = 0;
    let count = 0;
    let lastIndex = 0;
    let allOk = true;
    for await (const part of splitMbox(createReadStream(path, { highWaterMark: 256 * 1024 }), 1 << 20)) {
      count++;
      lastIndex = part.index;
      const text = part.bytes?.toString('latin1') ?? '';
      if (
        !text.startsWith(`Subject: message ${part.index}\n`) ||
        !text.endsWith(`From quoted ${part.index}\n`)
      )
        allOk = false;
      if (count % 5000 === 0) peak = Math.max(peak, heldSince(base));
    }
    expect(count).toBe(COUNT);
    expect(lastIndex).toBe(COUNT);
    expect(allOk).toBe(true);
    // The file is ~100 MB; holding it (or the messages) would show here. About 5 MB is held.
    expect(peak).toBeLessThan(32 * 1024 * 1024);
  }, 60_000);

  it('goes through `diagnose --jsonl` one message at a time, labelled path#N', async () => {
    collectGarbage();
    const base = process.memoryUsage();
    let peak = 0;
    let calls = 0;
    const readRecords = async (input: string | Uint8Array) => {
      if (++calls % 5000 === 0) peak = Math.max(peak, heldSince(base));
      // One record per message, so every message yields a line to check.
      return [
        fakeRecord({
          recipient: /^Subject: message (\d+)/.exec(Buffer.from(input).toString('latin1'))?.[1] ?? null,
        }),
      ];
    };
    const sink = new Writable({
      write(chunk, _enc, cb) {
        for (const line of String(chunk).split('\n')) {
          if (line === '') continue;
          const { file, recipient } = JSON.parse(line) as { file: string; recipient: string };
          if (file !== `${path}#${recipient}`) mismatches++;
          lines++;
        }
        cb();
      },
    });
    let lines = 0;
    let mismatches = 0;
    const stderr = new PassThrough();
    let err = '';
    stderr.on('data', (c) => {
      err += String(c);
    });
    const code = await main(['diagnose', '--jsonl', path], {
      stdout: sink,
      stderr,
      stdin: new PassThrough(),
      env: {},
      readRecords,
    });
    expect(code).toBe(0);
    expect(lines).toBe(COUNT);
    expect(mismatches).toBe(0);
    expect(err).toContain(`1 files read, ${COUNT} messages, ${COUNT} records`);
    expect(peak).toBeLessThan(32 * 1024 * 1024);
  }, 60_000);
});
