import { type Attempt, type DialogueInput, runDialogue } from './dialogue.js';

/**
 * Whether an attempt ended in a failed TLS handshake after the server said "220 Ready to start TLS":
 * opportunistic senders (Postfix smtp_tls_security_level = may, Exim) then try again in plain text.
 * A host that requires TLS it cannot give (530 after a refused STARTTLS) is not retried: its answer is known.
 */
export function wantsPlainRetry(a: Attempt): boolean {
  return a.kind === 'tls-failed' && a.starttls === 'failed' && a.reply === null;
}

/**
 * The plain-text retry: a second connection to the very address already checked by the target policy,
 * under the same deadline and step timeouts, without STARTTLS. Its answer is the verdict, the TLS
 * failure rides along (`tlsFallback`). When the retry itself gives no answer, the TLS failure stands.
 */
export async function retryWithoutTls(first: Attempt, input: DialogueInput): Promise<Attempt> {
  if (input.signal.aborted) return first;
  input.transcript.add({
    dir: 'info',
    tls: false,
    text: 'the TLS handshake failed; retrying without STARTTLS on a new connection, as opportunistic senders do',
  });
  const plain = await runDialogue({ ...input, skipStartTls: true });
  const roundTrips = first.roundTrips + plain.roundTrips;
  if (plain.kind === 'failed') return { ...first, roundTrips, slow: [...first.slow, ...plain.slow] };
  return {
    ...plain,
    starttls: 'failed',
    tlsFallback: first.error,
    roundTrips,
    slow: [...first.slow, ...plain.slow],
  };
}
