import { type Dirent, lstatSync, readdirSync, readlinkSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { skipDir, skipFile } from './skip-names.js';

/** One input to read: `label` is what the `file` field says (relative to a directory given, else as given). */
export type InputEntry =
  | { kind: 'stdin'; label: string }
  | { kind: 'file'; path: string; label: string }
  /** A pipe or character device named on the command line (`<(zcat log.gz)`, /dev/null): read as a stream. */
  | { kind: 'stream'; path: string; label: string }
  | { kind: 'error'; label: string; message: string };

/**
 * Expands the paths given on the command line, lazily and in a deterministic order: directories
 * recursively, entries sorted by name (byte order, not locale), skipping what is not mail or copies it
 * (dotfiles, editor backups, mail-store index files, a Maildir's tmp/; see skip-names.ts) but reading a
 * Maildir's Maildir++ folders (.Sent/, .Bounces/). Symlinks to files are followed; symlinks to
 * directories are not (no cycles), as `grep -r` does. A pipe or device is read only when named.
 */
export function* expandInputs(paths: readonly string[]): Generator<InputEntry> {
  const directories = paths.filter(isDirectory).length;
  for (const given of paths) {
    if (given === '-') {
      yield { kind: 'stdin', label: '-' };
      continue;
    }
    let stat: ReturnType<typeof statSync>;
    try {
      stat = statSync(given);
    } catch (err) {
      yield { kind: 'error', label: given, message: describeLinkError(given, err) };
      continue;
    }
    if (stat.isDirectory()) {
      const root = given.endsWith(sep) ? given.slice(0, -1) || sep : given;
      // Several directories: labels keep the directory given, so two folders' "x.eml" stay apart.
      yield* walkDir(root, '', directories > 1 ? `${root}${root.endsWith(sep) ? '' : '/'}` : '');
    } else if (stat.isFile()) yield { kind: 'file', path: given, label: given };
    else if (stat.isFIFO() || stat.isCharacterDevice()) yield { kind: 'stream', path: given, label: given };
    else yield { kind: 'error', label: given, message: 'not a regular file or directory' };
  }
}

/** True when `path` names a directory (stdin's "-" and what cannot be read do not). */
export function isDirectory(path: string): boolean {
  try {
    return path !== '-' && statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function byName(a: Dirent, b: Dirent): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/**
 * `rel` is the path below the given directory ('' at the top); labels are `prefix` and `rel`, built by
 * concatenation (cheap).
 */
function* walkDir(root: string, rel: string, prefix: string): Generator<InputEntry> {
  const dir = rel === '' ? root : join(root, rel);
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true }).sort(byName);
  } catch (err) {
    yield { kind: 'error', label: rel === '' ? root : prefix + rel, message: describeFsError(err) };
    return;
  }
  // Undefined until a tmp/ or a dot-folder asks: most directories never need to know.
  let maildir: boolean | undefined;
  for (const entry of entries) {
    const name = entry.name;
    if (entry.isDirectory()) {
      if ((name === 'tmp' || name.charCodeAt(0) === 0x2e) && maildir === undefined)
        maildir = isMaildir(entries);
      if (skipDir(name, maildir === true)) continue;
      yield* walkDir(root, rel === '' ? name : `${rel}/${name}`, prefix);
      continue;
    }
    if (skipFile(name)) continue;
    const label = prefix + (rel === '' ? name : `${rel}/${name}`);
    const path = `${dir}${dir.endsWith(sep) ? '' : sep}${name}`;
    if (entry.isFile()) {
      // No stat here: the reader learns the size from the open file (one syscall fewer per file).
      yield { kind: 'file', path, label };
      continue;
    }
    if (!entry.isSymbolicLink()) continue; // sockets, fifos, devices
    try {
      if (statSync(path).isFile()) yield { kind: 'file', path, label };
    } catch (err) {
      yield { kind: 'error', label, message: describeLinkError(path, err) };
    }
  }
}

/** A Maildir (or a Maildir++ folder) has cur/ and new/ folders. */
function isMaildir(entries: Dirent[]): boolean {
  let found = 0;
  for (const e of entries) if ((e.name === 'cur' || e.name === 'new') && e.isDirectory()) found++;
  return found === 2;
}

/** Why `path` could not be opened, naming a broken or looping symbolic link as such. */
function describeLinkError(path: string, err: unknown): string {
  const code = (err as { code?: string }).code;
  if (code === 'ELOOP') return 'a symbolic link that loops (it leads back to itself); skipped';
  if (code === 'ENOENT') {
    try {
      if (lstatSync(path).isSymbolicLink())
        return `a broken symbolic link: its target ${readlinkSync(path)} does not exist`;
    } catch {
      // not there at all
    }
  }
  return describeFsError(err);
}

export function describeFsError(err: unknown): string {
  const code = (err as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'ELOOP') return 'a symbolic link that loops (it leads back to itself)';
  // zlib's codes: a .gz cut short or damaged.
  if (code?.startsWith('Z_')) return `not a valid gzip file (${err instanceof Error ? err.message : code})`;
  return err instanceof Error ? err.message : String(err);
}
