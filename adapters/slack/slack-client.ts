import type { webApi } from '@slack/bolt';

/** The Web API client Bolt hands to listeners. */
export type SlackClient = webApi.WebClient;

/** The Slack error code of a failed Web API call ("not_in_channel", "invalid_auth"…), if any. */
export function slackErrorCode(err: unknown): string | null {
  const data = (err as { data?: { error?: unknown } } | null)?.data;
  return typeof data?.error === 'string' ? data.error : null;
}
