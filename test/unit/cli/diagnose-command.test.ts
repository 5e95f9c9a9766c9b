import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_BOUNCE_BYTES } from '../../../src/diagnose/diagnose-bounce.js';
import { fakeDiagnoser, recordsFromMarkers } from '../helpers/fake-diagnoser.js';
import { runCli } from './run-cli.js';

const root = mkdtempSync(join(tmpdir(), 'mailmedic-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const dir = join(root, 'bounces');
mkdirSync(join(dir, 'a'), { recursive: true });
writeFileSync(join(dir, 'a', 'one.eml'), 'Subject: failure\n\nRCPT:a1@example.com\nRCPT:a2@example.com\n');
writeFileSync(join(dir, 'b.eml'), 'Hello, just a normal note.\n');
writeFileSync(
  join(dir, 'c.mbox'),
  'From x Mon\nSubject: 1\n\nRCPT:m1@example.com\n\nFrom y Tue\nSubject: 2\n\nnothing\n\nFrom z Wed\nSubject: 3\n\nRCPT:m3@example.com\n',
);
writeFileSync(join(dir, '.hidden.eml'), 'RCPT:hidden@example.com\n');

const readRecords = async (input: string | Uint8Array) => recordsFromMarkers(input);

function lines(stdout: string): Record<string, unknown>[] {
  return stdout
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('diagnose --jsonl (bulk)', () => {
  it('walks a directory: one line per record, file relative to it, mbox messages as path#N', async () => {
    const r = await runCli(['diagnose', '--jsonl', dir], { readRecords });
    expect(r.code).toBe(0);
    const out = lines(r.stdout);
    expect(out.map((l) => [l.file, l.recipient])).toEqual([
      ['a/one.eml', 'a1@example.com'],
      ['a/one.eml', 'a2@example.com'],
      ['c.mbox#1', 'm1@example.com'],
      ['c.mbox#3', 'm3@example.com'],
    ]);
    expect(Object.keys(out[0] as object)[0]).toBe('file');
    expect(out[0]).toMatchObject({ reason: 'userunknown', status: '5.1.1', replyCode: 550, permanent: true });
    expect(r.stderr).toBe('mailmedic: 3 files read, 5 messages, 4 records, 2 not a bounce, 0 errors\n');
  });

  it('labels files by the path as given', async () => {
    const given = [join(dir, 'a', 'one.eml'), join(dir, 'c.mbox')];
    const r = await runCli(['diagnose', '--jsonl', ...given], { readRecords });
    expect(lines(r.stdout).map((l) => l.file)).toEqual([
      given[0],
      given[0],
      `${given[1]}#1`,
      `${given[1]}#3`,
    ]);
  });

  it('reports an unreadable input on stderr, carries on, and exits 1', async () => {
    const r = await runCli(['diagnose', '--jsonl', join(root, 'missing.eml'), join(dir, 'a', 'one.eml')], {
      readRecords,
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`mailmedic: ${join(root, 'missing.eml')}: no such file or directory`);
    expect(lines(r.stdout)).toHaveLength(2);
    expect(r.stderr).toMatch(/1 files read, 1 messages, 2 records, 0 not a bounce, 1 errors/);
  });

  it('refuses a file over the size limit with a clear message', async () => {
    const big = join(root, 'big.eml');
    writeFileSync(big, Buffer.alloc(MAX_BOUNCE_BYTES + 10, 0x61));
    const r = await runCli(['diagnose', '--jsonl', big, join(dir, 'b.eml')], { readRecords });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/big\.eml: the input is 4\.0 MiB, more than the 4\.0 MiB limit.*skipped/);
    // A file that big is most often a mail log: say how to take its failed deliveries alone.
    expect(r.stderr).toContain(`grep -E 'status=(bounced|deferred)' ${big} | mailmedic diagnose`);
    expect(r.stderr).toMatch(/2 files read, 2 messages, 0 records, 1 not a bounce, 1 errors/);
  });

  it('streams an mbox bigger than the size limit, numbering every message', async () => {
    const path = join(root, 'large.mbox');
    const count = 6000;
    const filler = 'x'.repeat(800);
    const parts: string[] = [];
    for (let i = 1; i <= count; i++)
      parts.push(`From s Mon\nSubject: ${i}\n\n${filler}\nRCPT:user${i}@example.com\n\n`);
    writeFileSync(path, parts.join(''));
    const r = await runCli(['diagnose', '--jsonl', path], { readRecords });
    expect(r.code).toBe(0);
    const out = lines(r.stdout);
    expect(out).toHaveLength(count);
    expect(out[0]).toMatchObject({ file: `${path}#1`, recipient: 'user1@example.com' });
    expect(out[count - 1]).toMatchObject({ file: `${path}#${count}`, recipient: `user${count}@example.com` });
  });

  it('reads an mbox from stdin as "-#N"', async () => {
    const input = 'From a Mon\n\nRCPT:s1@example.com\n\nFrom b Tue\n\nRCPT:s2@example.com\n';
    const r = await runCli(['diagnose', '--jsonl', '-'], { readRecords, input });
    expect(lines(r.stdout).map((l) => l.file)).toEqual(['-#1', '-#2']);
  });

  it('prints nothing for a message that is not a bounce, but counts it', async () => {
    const r = await runCli(['diagnose', '--jsonl'], { readRecords, input: 'just a note\n' });
    expect(r).toMatchObject({ code: 0, stdout: '' });
    expect(r.stderr).toContain('1 not a bounce');
  });
});

describe('diagnose (one input)', () => {
  it('answers stdin with the text report', async () => {
    const fake = fakeDiagnoser();
    const r = await runCli(['diagnose'], { diagnose: fake.diagnose, input: 'RCPT:bob@example.com\n' });
    expect(r.code).toBe(0);
    expect(fake.seen).toEqual(['RCPT:bob@example.com\n']);
    expect(r.stdout.split('\n')[0]).toBe('No such mailbox: bob@example.com');
    expect(r.stdout).toContain('1. Check the address for typos.');
    expect(r.stderr).toBe('');
  });

  it('answers a file with one JSON report under --json', async () => {
    const fake = fakeDiagnoser();
    const r = await runCli(['diagnose', '--json', join(dir, 'a', 'one.eml')], { diagnose: fake.diagnose });
    const report = JSON.parse(r.stdout) as { kind: string; records: { recipient: string }[] };
    expect(report.kind).toBe('bounce');
    expect(report.records.map((x) => x.recipient)).toEqual(['a1@example.com', 'a2@example.com']);
  });

  it('says so for empty input', async () => {
    for (const input of ['', '  \n\n']) {
      const r = await runCli(['diagnose'], { input });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('The input is empty: nothing to diagnose.');
    }
  });

  it('refuses stdin over the size limit', async () => {
    const r = await runCli(['diagnose'], { input: Buffer.alloc(MAX_BOUNCE_BYTES + 1, 0x62) });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/more than the 4\.0 MiB limit/);
  });

  it('rejects --json with --jsonl', async () => {
    const r = await runCli(['diagnose', '--json', '--jsonl']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('either --json or --jsonl');
  });
});

describe('diagnose (several inputs, text and --json)', () => {
  it('writes one JSON document with a report per message and a summary', async () => {
    const fake = fakeDiagnoser();
    const r = await runCli(['diagnose', '--json', dir], { diagnose: fake.diagnose });
    const doc = JSON.parse(r.stdout) as {
      reports: { file: string; kind: string }[];
      summary: Record<string, unknown>;
    };
    expect(doc.reports.map((x) => [x.file, x.kind])).toEqual([
      ['a/one.eml', 'bounce'],
      ['b.eml', 'not-a-bounce'],
      ['c.mbox#1', 'bounce'],
      ['c.mbox#2', 'not-a-bounce'],
      ['c.mbox#3', 'bounce'],
    ]);
    expect(doc.summary).toEqual({
      files: 3,
      messages: 5,
      records: 4,
      notBounce: 2,
      errors: 0,
      causes: { 'user-unknown': 4 },
    });
  });

  it('writes a valid JSON document even when nothing was read', async () => {
    const empty = join(root, 'empty-dir');
    mkdirSync(empty);
    const r = await runCli(['diagnose', '--json', empty]);
    expect(JSON.parse(r.stdout)).toEqual({
      reports: [],
      summary: { files: 0, messages: 0, records: 0, notBounce: 0, errors: 0, causes: {} },
    });
  });

  it('heads each text answer with its file', async () => {
    const fake = fakeDiagnoser();
    const r = await runCli(['diagnose', dir], { diagnose: fake.diagnose });
    expect(r.stdout).toContain('==> a/one.eml <==\n2 recipients bounced:');
    expect(r.stdout).toContain('==> c.mbox#2 <==\nThis is not a bounce.');
    // Then what they come to, by cause, with the cause's own title.
    expect(
      r.stdout.endsWith(
        '==> 4 records by cause <==\n  4  user-unknown: Rejected: the recipient address does not exist\n',
      ),
    ).toBe(true);
  });
});

describe('diagnose with the real bounce reader (structure only)', () => {
  it('never crashes on random bytes', async () => {
    for (let i = 0; i < 5; i++) {
      const input = randomBytes(4096);
      const text = await runCli(['diagnose'], { input });
      expect(text.code).toBe(0);
      expect(text.stdout.length).toBeGreaterThan(0);
      const jsonl = await runCli(['diagnose', '--jsonl'], { input });
      expect(jsonl.code).toBe(0);
      for (const line of lines(jsonl.stdout)) expect(line.file).toBe('-');
      expect(jsonl.stderr).toMatch(/1 files read, 1 messages, \d+ records/);
    }
  });

  it('gives every record line a file label from the tree', async () => {
    const r = await runCli(['diagnose', '--jsonl', dir]);
    expect(r.code).toBe(0);
    const allowed = new Set(['a/one.eml', 'b.eml', 'c.mbox#1', 'c.mbox#2', 'c.mbox#3']);
    for (const line of lines(r.stdout)) {
      expect(allowed.has(line.file as string)).toBe(true);
      expect(typeof line.reason).toBe('string');
      expect(Array.isArray(line.steps)).toBe(true);
    }
    expect(r.stderr).toMatch(
      /^mailmedic: 3 files read, 5 messages, \d+ records, \d+ not a bounce, 0 errors\n$/,
    );
  });
});
