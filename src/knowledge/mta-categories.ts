/**
 * The sending MTA's own verdict on a failure, as its accounting log or DSN states it: PowerMTA's bounce
 * categories (the `bounceCat` accounting field, the DSN's X-PowerMTA-BounceCategory), lower case. PowerMTA
 * reads the receiver's reply with its bounce-category patterns, so the category only counts where the reply's
 * own words, its provider's codes and a specific status say nothing (classify.ts). "other" and the categories
 * that name no cause ("protocol-errors", "bad-configuration") are left out.
 */
export const MTA_CATEGORY_CAUSES: Readonly<Record<string, string>> = {
  'bad-mailbox': 'user-unknown',
  'inactive-mailbox': 'mailbox-disabled',
  'quota-issues': 'mailbox-full',
  'bad-domain': 'domain-not-found',
  'no-answer-from-host': 'recipient-server-unreachable',
  'bad-connection': 'recipient-server-unreachable',
  'routing-errors': 'dns-failure',
  'spam-related': 'spam-filtered',
  'policy-related': 'policy-violation',
  'content-related': 'content-filtered',
  'virus-related': 'virus-found',
  'relaying-issues': 'relay-denied',
  'invalid-sender': 'sender-rejected',
  'message-expired': 'delivery-expired',
};
