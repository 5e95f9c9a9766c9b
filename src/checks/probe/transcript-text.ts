import type { TranscriptEntry } from './types.js';

// swaks' markers: "->" sent, "<-" received, "~>"/"<~" once TLS is on, "===" what the client did.
function marker(e: TranscriptEntry): string {
  if (e.dir === 'info') return '===';
  if (e.dir === 'send') return e.tls ? ' ~>' : ' ->';
  return e.tls ? '<~ ' : '<- ';
}

/** The transcript as swaks prints it, with the time since the start and each reply's wait. */
export function transcriptText(entries: readonly TranscriptEntry[]): string {
  const width = String(entries[entries.length - 1]?.at ?? 0).length;
  return entries
    .map((e) => {
      const wait = e.ms !== undefined ? `  (${e.ms} ms)` : '';
      return `[${String(e.at).padStart(width)} ms] ${marker(e)} ${e.text}${wait}`;
    })
    .join('\n')
    .concat('\n');
}
