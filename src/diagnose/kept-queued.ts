import type { BounceFacts } from '../bounce/types.js';

/**
 * A permanent (5xx) reply that the sending server still holds in its queue: a Postfix log line or queue
 * listing with `status=deferred` under a "550 5.1.1 …" reply. Postfix does this with `soft_bounce = yes`,
 * which turns every 5xx into a deferral (meant for testing); the message is retried until the queue lifetime
 * runs out although the receiver has answered for good.
 */
export function keptQueuedAfterRefusal(facts: BounceFacts): boolean {
  if (facts.action !== 'delayed') return false;
  const code = facts.replyCode;
  return code !== undefined && code >= 500 && code < 600;
}

const KEPT_QUEUED_STEP =
  'The receiver refused for good ({code}), but your server kept the message queued instead of returning it: Postfix does that when `soft_bounce = yes` (see `postconf soft_bounce`; meant for testing only). Retrying will not change the answer: fix the cause below, then {remove} and set `soft_bounce = no` once testing is over.';
const REMOVE_ANY =
  'delete the queued copy (`postqueue -p` shows its queue ID, `postsuper -d QUEUEID` removes it)';

export function keptQueuedStep(facts: BounceFacts): string {
  // Named by its id when the paste gives it: return it to the sender (3.5+) or delete it.
  const id = facts.queued?.mta === 'postfix' ? facts.queued.id : undefined;
  const remove = id
    ? `return the queued copy to its sender (\`postsuper -e ${id}\`, Postfix 3.5+) or delete it (\`postsuper -d ${id}\`)`
    : REMOVE_ANY;
  return KEPT_QUEUED_STEP.replace(
    '{code}',
    [facts.replyCode, facts.status].filter(Boolean).join(' '),
  ).replace('{remove}', remove);
}
