import type { BounceFacts, QueuedMessage } from '../bounce/types.js';

/**
 * The commands that act on one queued message, by its id: the admin who pasted a log line or a queue listing
 * can see why it waits, retry it now or give it up, without looking the id up again. Postfix's `postsuper -e`
 * needs Postfix 3.5 or later; Sendmail's `-qI` takes any part of the id; Exchange retries a queue, not one
 * message.
 */
const QUEUE_COMMANDS: Record<QueuedMessage['mta'], string> = {
  postfix:
    'This message waits in your Postfix queue as {id}: `postcat -vq {id}` shows it, `postqueue -i {id}` retries it now, `postsuper -e {id}` returns it to the sender now, `postsuper -d {id}` deletes it without telling anyone.',
  exim: 'This message waits in your Exim queue as {id}: `exim -Mvl {id}` shows every attempt and its reason, `exim -M {id}` retries it now, `exim -Mg {id}` returns it to the sender now, `exim -Mrm {id}` deletes it without telling anyone.',
  sendmail:
    'This message waits in your Sendmail queue as {id}: `mailq -qI{id}` shows it, `sendmail -v -qI{id}` retries it now and shows the conversation.',
  exchange:
    'This message waits in your Exchange queue as {id}: `Get-Message -Identity "{id}" | Format-List` shows it, `Retry-Queue -Identity "{queue}"` retries its queue now, `Remove-Message -Identity "{id}" -WithNDR $true` returns it to the sender (`-WithNDR $false` deletes it without telling anyone).',
};

/** The step naming the commands for the message still queued (not for one returned or delivered). */
export function queuedMessageStep(facts: BounceFacts, permanent: boolean): string | undefined {
  const queued = facts.queued;
  if (!queued || permanent || facts.action !== 'delayed') return undefined;
  const queue = queued.id.slice(0, queued.id.lastIndexOf('\\'));
  return QUEUE_COMMANDS[queued.mta].replaceAll('{id}', queued.id).replaceAll('{queue}', queue);
}
