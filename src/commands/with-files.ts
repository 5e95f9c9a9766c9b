/** One file read for a chat adapter: its text, or why it could not be read (a sentence for the user). */
export type FileText = { ok: true; text: string } | { ok: false; problem: string };

/**
 * The typed text followed by the text of the files shared with it (a long paste, a .eml), blank parts
 * left out; or every problem when a file could not be read.
 */
export async function withFiles<File>(
  typed: string,
  files: readonly File[],
  read: (file: File) => Promise<FileText>,
): Promise<{ ok: true; text: string } | { ok: false; problems: string[] }> {
  if (files.length === 0) return { ok: true, text: typed };
  const reads = await Promise.all(files.map(read));
  const problems = reads.flatMap((r) => (r.ok ? [] : [r.problem]));
  if (problems.length > 0) return { ok: false, problems };
  const texts = reads.flatMap((r) => (r.ok ? [r.text] : []));
  return { ok: true, text: [typed, ...texts].filter((t) => t.trim() !== '').join('\n\n') };
}
