import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chunksOf, isLogStart, LOG_CHUNK_BYTES } from '../../../../src/cli/bulk/log-chunks.js';
import { runCli } from '../run-cli.js';

const root = mkdtempSync(join(tmpdir(), 'mailmedic-logs-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A Postfix mail.log of `n` messages: qmgr's from= line, a connect line, then the delivery; every 10th bounces. */
function postfixLog(n: number): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const q = `Q${i.toString(16).toUpperCase().padStart(9, '0')}`;
    lines.push(
      `Dec  3 09:12:01 mail postfix/qmgr[1100]: ${q}: from=<sender${i}@sender.example>, size=2048, nrcpt=1 (queue active)`,
      'Dec  3 09:12:03 mail postfix/smtpd[2213]: connect from unknown[203.0.113.50]',
      i % 10 === 0
        ? `Dec  3 09:12:05 mail postfix/smtp[2212]: ${q}: to=<user${i}@example.net>, relay=mx.example.net[198.51.100.6]:25, delay=1.2, delays=0.1/0/0.6/0.5, dsn=5.1.1, status=bounced (host mx.example.net[198.51.100.6] said: 550 5.1.1 <user${i}@example.net>: User unknown (in reply to RCPT TO command))`
        : `Dec  3 09:12:05 mail postfix/smtp[2212]: ${q}: to=<user${i}@example.net>, relay=mx.example.net[198.51.100.6]:25, delay=1.2, dsn=2.0.0, status=sent (250 2.0.0 Ok)`,
    );
  }
  return `${lines.join('\n')}\n`;
}

describe('telling a log from a message', () => {
  it.each([
    ['syslog', 'Dec  3 09:12:01 mail postfix/qmgr[1100]: 4Q1: removed'],
    [
      'ISO 8601 (journalctl -o short-iso, rsyslog)',
      '2026-12-03T09:12:01.123456+00:00 mail postfix/qmgr[1100]: 4Q1: removed',
    ],
    ['Exim mainlog', '2026-12-03 09:12:01 1vT2kL-000Di9-CP Completed'],
    ['RFC 5424', '<22>1 2026-12-03T09:12:01Z mail postfix 1100 - - 4Q1: removed'],
    ['TAI64N (qmail multilog)', '@400000006568a1f20b1e4a2c status: local 0/10 remote 1/20'],
    [
      'PowerMTA accounting CSV',
      'b,2026-12-03 09:12:01+0000,2026-12-03 09:12:00+0000,alice@example.com,bob@example.org',
    ],
  ])('%s', (_, line) => {
    expect(isLogStart(Buffer.from(`${line}\n${line}\n${line}\n`))).toBe(true);
  });

  it('a bounce email, an mbox, a pasted reply and two log lines are not logs to chunk', () => {
    for (const text of [
      'Return-Path: <>\nReceived: from mx.example.org\nDate: Thu, 3 Dec 2026 09:12:01 +0000\nSubject: Undelivered Mail\n\nbody\n',
      'From MAILER-DAEMON Thu Dec  3 09:12:01 2026\nReturn-Path: <>\n',
      '550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown\n',
      'Dec  3 09:12:01 mail postfix/qmgr[1100]: 4Q1: removed\nDec  3 09:12:02 mail postfix/qmgr[1100]: 4Q2: removed\n',
    ])
      expect(isLogStart(Buffer.from(text))).toBe(false);
  });
});

describe('chunks of a log', () => {
  const log = Buffer.from(postfixLog(6000));

  it('cuts at whole lines, numbers each chunk by its first line, and loses no line', () => {
    const chunks = chunksOf('mail.log', log);
    const original = log.toString('latin1').split('\n');
    expect(chunks.length).toBeGreaterThan(2);
    let line = 1;
    let seen = 0;
    for (const c of chunks) {
      expect(c.label).toBe(`mail.log:${line}`);
      const text = (c.bytes as Buffer).toString('latin1');
      expect(c.size).toBeLessThanOrEqual(LOG_CHUNK_BYTES + 64 * 1024);
      // The chunk's own lines start at its numbered line; what comes before was carried for context.
      const first = original[line - 1] as string;
      const own = text.slice(text.indexOf(`${first}\n`));
      expect(
        text
          .slice(0, text.length - own.length)
          .split('\n')
          .every((l) => l === '' || l.includes(': from=<')),
      ).toBe(true);
      expect(own.endsWith('\n')).toBe(true);
      seen += own.split('\n').filter((l) => l.includes('status=')).length;
      line += own.split('\n').length - 1;
    }
    expect(line).toBe(original.length);
    expect(seen).toBe(6000);
  });

  it('a small log stays one message under its own name', () => {
    const small = chunksOf('mail.log', Buffer.from(postfixLog(5)));
    expect(small.map((c) => c.label)).toEqual(['mail.log']);
  });
});

describe('mailmedic diagnose on a log larger than one message may be', () => {
  it('a 5 MiB mail.log is read whole, in chunks, every bounce with its sender', async () => {
    const path = join(root, 'mail.log');
    writeFileSync(path, postfixLog(14_000));
    const r = await runCli(['diagnose', '--jsonl', '--offline', path]);
    expect(r.code).toBe(0);
    const records = r.stdout
      .trim()
      .split('\n')
      .map(
        (l) => JSON.parse(l) as { file: string; recipient: string; sender: string | null; reason: string },
      );
    const bounced = records.filter((x) => x.reason === 'userunknown');
    expect(bounced).toHaveLength(1400);
    expect(bounced.every((x) => /^sender\d+@sender\.example$/.test(x.sender ?? ''))).toBe(true);
    expect(bounced.find((x) => x.recipient === 'user13990@example.net')?.sender).toBe(
      'sender13990@sender.example',
    );
    expect(new Set(records.map((x) => x.file)).size).toBeGreaterThan(10);
    expect(r.stderr).not.toMatch(/limit|skipped/);
  }, 120_000);

  it('the same log piped on stdin', async () => {
    const r = await runCli(['diagnose', '--jsonl', '--offline', '-'], { input: postfixLog(3000) });
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines.filter((l) => l.includes('"userunknown"'))).toHaveLength(300);
    expect(lines.every((l) => /"file":"-:\d+"/.test(l))).toBe(true);
  }, 60_000);
});
