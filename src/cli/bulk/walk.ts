import { type Dirent, readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';

/** One input to read: `label` is what the `file` field says (relative to a directory given, else as given). */
export type InputEntry =
  | { kind: 'stdin'; label: string }
  | { kind: 'file'; path: string; label: string }
  | { kind: 'error'; label: string; message: string };

/**
 * Expands the paths given on the command line, lazily and in a deterministic order: directories
 * recursively, entries sorted by name (byte order, not locale), dotfiles and dot-directories skipped.
 * Symlinks to files are followed; symlinks to directories are not (no cycles).
 */
export function* expandInputs(paths: readonly string[]): Generator<InputEntry> {
  for (const given of paths) {
    if (given === '-') {
      yield { kind: 'stdin', label: '-' };
      continue;
    }
    let stat: ReturnType<typeof statSync>;
    try {
      stat = statSync(given);
    } catch (err) {
      yield { kind: 'error', label: given, message: describeFsError(err) };
      continue;
    }
    if (stat.isDirectory()) yield* walkDir(given.endsWith(sep) ? given.slice(0, -1) || sep : given, '');
    else if (stat.isFile()) yield { kind: 'file', path: given, label: given };
    else yield { kind: 'error', label: given, message: 'not a regular file or directory' };
  }
}

function byName(a: Dirent, b: Dirent): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** `rel` is the path below the given directory ('' at the top); labels are built by concatenation (cheap). */
function* walkDir(root: string, rel: string): Generator<InputEntry> {
  const dir = rel === '' ? root : join(root, rel);
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true }).sort(byName);
  } catch (err) {
    yield { kind: 'error', label: rel === '' ? root : rel, message: describeFsError(err) };
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const label = rel === '' ? entry.name : `${rel}/${entry.name}`;
    const path = `${dir}${dir.endsWith(sep) ? '' : sep}${entry.name}`;
    if (entry.isDirectory()) {
      yield* walkDir(root, label);
      continue;
    }
    if (entry.isFile()) {
      // No stat here: the reader learns the size from the open file (one syscall fewer per file).
      yield { kind: 'file', path, label };
      continue;
    }
    if (!entry.isSymbolicLink()) continue; // sockets, fifos, devices
    try {
      if (statSync(path).isFile()) yield { kind: 'file', path, label };
    } catch (err) {
      yield { kind: 'error', label, message: describeFsError(err) };
    }
  }
}

export function describeFsError(err: unknown): string {
  const code = (err as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return err instanceof Error ? err.message : String(err);
}
