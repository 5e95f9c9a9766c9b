import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expandInputs } from '../../../../src/cli/bulk/walk.js';

describe('expandInputs', () => {
  const root = mkdtempSync(join(tmpdir(), 'mailmedic-walk-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const tree = join(root, 'tree');
  for (const dir of ['b', 'a/z', 'a/.hidden', 'B']) mkdirSync(join(tree, dir), { recursive: true });
  for (const file of [
    'b/2.eml',
    'b/10.eml',
    'a/z/x.eml',
    'a/.hidden/skip.eml',
    'a/.dotfile',
    'top.eml',
    'B/up.eml',
  ]) {
    writeFileSync(join(tree, file), file);
  }
  symlinkSync(join(tree, 'b'), join(tree, 'link-to-dir'));
  symlinkSync(join(tree, 'top.eml'), join(tree, 'link.eml'));

  it('walks recursively in byte order, skipping dotfiles, with labels relative to the directory', () => {
    const labels = [...expandInputs([tree])].map((e) => e.label);
    expect(labels).toEqual(['B/up.eml', 'a/z/x.eml', 'b/10.eml', 'b/2.eml', 'link.eml', 'top.eml']);
  });

  it('labels a file by the path as given and reports what cannot be read', () => {
    const given = join(tree, 'b', '2.eml');
    const entries = [...expandInputs([given, join(root, 'missing'), '-'])];
    expect(entries[0]).toEqual({ kind: 'file', path: given, label: given });
    expect(entries[1]).toMatchObject({ kind: 'error', message: 'no such file or directory' });
    expect(entries[2]).toEqual({ kind: 'stdin', label: '-' });
  });

  it('several directories: labels keep the directory given, so equal names stay apart', () => {
    const labels = [...expandInputs([join(tree, 'a'), `${join(tree, 'b')}/`])].map((e) => e.label);
    expect(labels).toEqual([`${tree}/a/z/x.eml`, `${tree}/b/10.eml`, `${tree}/b/2.eml`]);
  });

  it('keeps the trailing-slash form out of the labels', () => {
    const labels = [...expandInputs([`${tree}/b/`])].map((e) => e.label);
    expect(labels).toEqual(['10.eml', '2.eml']);
  });
});
