import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exchangeNdr, outlookMsgFile } from '../../helpers/outlook-msg-file.js';
import { runCli } from './run-cli.js';

const root = mkdtempSync(join(tmpdir(), 'mailmedic-msg-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const jsonLines = (stdout: string) =>
  stdout
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as { file: string; recipient: string | null; cause: string });

describe('mailmedic diagnose on Outlook .msg files', () => {
  it('reads a saved NDR given, piped, or in a folder, and names an Office file that holds no message', async () => {
    const msg = outlookMsgFile(exchangeNdr('bob@example.org', '550 5.1.1 <bob@example.org>: User unknown'));
    const given = join(root, 'Undeliverable Quarterly figures.msg');
    writeFileSync(given, msg);
    const one = await runCli(['diagnose', '--offline', '--jsonl', given]);
    expect(one.code).toBe(0);
    expect(jsonLines(one.stdout).map((l) => [l.recipient, l.cause])).toEqual([
      ['bob@example.org', 'user-unknown'],
    ]);

    const piped = await runCli(['diagnose', '--offline', '--jsonl'], { input: Buffer.from(msg) });
    expect(jsonLines(piped.stdout).map((l) => l.recipient)).toEqual(['bob@example.org']);

    const tree = join(root, 'tree');
    const full = outlookMsgFile(
      exchangeNdr('carol@example.net', '552 5.2.2 <carol@example.net>: Mailbox full'),
    );
    mkdirSync(tree);
    writeFileSync(join(tree, 'a.msg'), full);
    writeFileSync(join(tree, 'b.doc'), outlookMsgFile({ messageClass: '' }));
    const r = await runCli(['diagnose', '--offline', '--jsonl', tree]);
    expect(jsonLines(r.stdout).map((l) => [l.recipient, l.cause])).toEqual([
      ['carol@example.net', 'mailbox-full'],
    ]);
    expect(r.stderr).toMatch(
      /b\.doc: an Office file \(not an Outlook message\): save the message from Outlook as \.eml/,
    );
    expect(r.code).toBe(1);
  });
});
