/**
 * Worker thread entry: diagnoses large pastes off the main thread, so a 4 MiB log does not hold up
 * the chat adapters' acks (Slack and Discord want one within 3 s). See diagnose-off-thread.ts.
 */
import { parentPort } from 'node:worker_threads';
import { diagnoseBounce } from '../diagnose/diagnose-bounce.js';

parentPort?.on('message', async (job: { id: number; input: string | Uint8Array }) => {
  try {
    parentPort?.postMessage({ id: job.id, report: await diagnoseBounce(job.input) });
  } catch (err) {
    parentPort?.postMessage({ id: job.id, error: err instanceof Error ? err.message : String(err) });
  }
});
