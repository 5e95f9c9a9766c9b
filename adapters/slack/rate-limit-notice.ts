import type { App, ReceiverEvent } from '@slack/bolt';
import type { Logger } from 'pino';

/**
 * Slack's app_rate_limited notice (more than 30,000 events an hour from one workspace) is a request of
 * its own, with no inner event, so Bolt finds no listener type for it and answers 404 after 3 s. Slack
 * counts that as a failed delivery, and enough of those disable the app's event subscriptions: the
 * notice is acknowledged at once and logged.
 */
export function acknowledgeRateLimitNotices(app: App, logger: Logger): void {
  const processEvent = app.processEvent.bind(app);
  app.processEvent = async (event: ReceiverEvent) => {
    const body = event.body as { type?: unknown; team_id?: unknown; minute_rate_limited?: unknown };
    if (body.type !== 'app_rate_limited') return processEvent(event);
    await event.ack();
    logger.warn(
      { team: body.team_id, since: body.minute_rate_limited },
      'Slack is rate-limiting the events it sends this app (over 30,000 an hour from one workspace)',
    );
  };
}
