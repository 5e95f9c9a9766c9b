import type { Cause } from '../types.js';

/** The recipient address or mailbox itself is the problem. */
export const RECIPIENT_CAUSES: readonly Cause[] = [
  {
    id: 'user-unknown',
    title: 'Rejected: the recipient address does not exist',
    reason: 'userunknown',
    side: 'sender',
    permanent: true,
    explanation:
      'The receiving server says it has no mailbox with this address: it was mistyped, or the account was ' +
      'deleted. Retrying will not help; the address itself has to change.',
    steps: [
      'Check {recipient} for typos, extra spaces or the wrong domain form (user@mail.example.com instead of ' +
        'user@example.com); compare it with an address the person recently wrote from.',
      'Ask the receiving server yourself: `/probe {recipient}` here, or ' +
        '`swaks --to {recipient} --server {remoteHost} --quit-after RCPT` (250 = accepted, 550 = unknown).',
      'Ask the recipient by phone or another channel for their current address.',
      'Correct or remove {recipient} in your address book, CRM or mailing list: repeated mail to dead ' +
        'addresses hurts your sender reputation.',
    ],
    checks: ['probe'],
  },
  {
    id: 'recipient-not-in-tenant',
    title: 'Rejected by Microsoft 365: the recipient is not in the receiving organisation',
    reason: 'userunknown',
    side: 'either',
    permanent: true,
    explanation:
      'The receiving Microsoft 365 (Exchange Online) organisation has no mailbox or alias with this address, ' +
      'or does not accept mail for this domain (Exchange says so with "RecipientNotFound" or "Recipient ' +
      'address rejected: Access denied"; the status code is in the reply above). Either the address is wrong, ' +
      "or the recipient's admin has not set the address or domain up.",
    steps: [
      'Check {recipient} for typos and confirm the address with the recipient by phone or another channel.',
      'See where {domain} receives mail: `dig +short MX {domain}`; a domain really hosted by Microsoft 365 ' +
        'points at a host ending in mail.protection.outlook.com.',
      "If the address is right, ask the recipient's admin to check in the Exchange admin center that the " +
        'mailbox or alias exists and that {domain} is listed under Mail flow > Accepted domains (addresses ' +
        'from an on-premises directory must be synced to Microsoft 365).',
      'Resend once they confirm; retrying unchanged gets the same answer.',
    ],
    checks: ['probe', 'mx'],
  },
  {
    id: 'recipient-domain-typo',
    title: 'Rejected: the recipient domain looks mistyped',
    headline: 'Rejected: {recipient} looks mistyped; did you mean {suggestion}?',
    reason: 'hostunknown',
    side: 'sender',
    permanent: true,
    explanation:
      'The domain part of the address looks like a misspelling of a common mail domain. Misspelt domains ' +
      'usually have no mail server, or belong to someone else, so the message cannot reach the person.',
    steps: [
      'Did you mean {suggestion}? Confirm with the recipient before resending.',
      'The domain has letters of another alphabet that look Latin: {lookalike}. The address looks like ' +
        '{suggestion} but its domain is another one: type it by hand with a Latin keyboard layout instead of ' +
        'copying it, and ask where it came from (look-alike domains are also registered on purpose, for phishing).',
      'Compare `dig +short MX {domain}` with the MX records of the domain you meant: no answer, or an ' +
        'unrelated host, confirms the typo.',
      'Correct the address in your address book, CRM or list and resend.',
      'Catch typos at entry: confirm new addresses with a verification email before adding them to a list.',
    ],
    checks: ['mx'],
  },
  {
    id: 'mailbox-disabled',
    title: "Rejected: the recipient's mailbox is disabled or suspended",
    reason: 'suspend',
    side: 'recipient',
    permanent: false,
    explanation:
      'The address exists, but its provider has disabled or suspended the account, for example for an unpaid ' +
      'bill, abuse, long inactivity or an over-full mailbox. Only the recipient or their provider can ' +
      're-enable it; until then every message bounces.',
    steps: [
      'Tell the recipient by phone or another channel that {recipient} is disabled, and ask for another address.',
      'The recipient has to contact {provider} (or their mail admin) to re-activate the account, clear the ' +
        'quota or settle the bill.',
      'Check again later: `/probe {recipient}`.',
      'If it stays disabled for weeks, treat the account as closed and remove it from your lists.',
    ],
    checks: ['probe'],
  },
  {
    id: 'mailbox-inactive',
    title: "Rejected: the recipient's mailbox is inactive at their provider",
    reason: 'suspend',
    side: 'recipient',
    permanent: false,
    explanation:
      'The receiving provider reports the mailbox as inactive ("Mailbox is inactive"). This is almost always ' +
      "a problem at the recipient's hosting provider (an account not activated, closed, or a fault in their " +
      'system), not something your server can fix.',
    steps: [
      'Tell the recipient by phone or another address that mail to {recipient} bounces with "mailbox inactive".',
      'Ask them to raise it with their hosting provider ({provider}) so the mailbox is activated or restored.',
      'If several addresses at {domain} fail the same way, the provider has a wider fault: check ' +
        '`dig +short MX {domain}` and try again later.',
      'Resend once the recipient confirms the mailbox works.',
    ],
    checks: ['probe', 'mx'],
  },
  {
    id: 'mailbox-full',
    title: "Delivery failed: the recipient's mailbox is full",
    reason: 'mailboxfull',
    side: 'recipient',
    permanent: false,
    explanation:
      "The recipient's mailbox is over its storage quota, so their provider refuses new mail. It works again " +
      'as soon as the recipient frees space; nothing is wrong on your side.',
    steps: [
      'Tell the recipient by phone or another address that {recipient} is full and they must delete mail or ' +
        'buy more storage.',
      'After a temporary (4xx) reply your server keeps retrying on its own (`postqueue -p` shows it queued); ' +
        'after a permanent (5xx) reply, resend once they confirm.',
      'Keep the resend small: a large attachment is the first thing to hit the remaining quota.',
      'If the mailbox stays full for weeks it is probably abandoned: remove it from your lists.',
    ],
    checks: [],
  },
  {
    id: 'forward-target-failed',
    title: 'Failed after forwarding: the final address is gone, disabled or full',
    reason: 'userunknown',
    side: 'recipient',
    permanent: true,
    explanation:
      'The address you wrote to exists and accepted your mail, but it is an alias or forward (Postfix "expanded ' +
      'from", Exim "generated from", a Sieve or .qmail redirect, a mailbox forwarding rule) to another address, ' +
      'and that final address refused the copy: it (or its whole domain) no longer exists, is disabled, or is ' +
      "full. The forward is broken on the recipient's side; nothing you change will deliver through it, and the " +
      'address you used is not the one that failed.',
    steps: [
      'Tell the recipient (phone, another address) that their forward to {recipient} refuses the copy; the ' +
        'bounce names both addresses (the final one first, the one you wrote to after "expanded from" or ' +
        '"generated from", or as orig_to in a log).',
      'Their admin (or they, in their mail settings) must point the forward at a working address, empty the ' +
        'full mailbox, or remove the forward so mail is kept locally.',
      'Do not remove the address from your lists for this alone: it is the forward that failed, not the ' +
        'address you wrote to. Resend once they confirm the forward is fixed.',
      'If the final mailbox was only full, a temporary (4xx) refusal is retried on its own; a permanent one ' +
        'needs a resend.',
    ],
    checks: [],
  },
  {
    id: 'recipient-moved',
    title: 'Rejected: the recipient has moved to another address',
    reason: 'hasmoved',
    side: 'sender',
    permanent: true,
    explanation:
      'The receiving server says this address is no longer used (5.1.6) and it does not forward mail. Some ' +
      'organisations do this after changing their domain, to make senders update their address books.',
    steps: [
      'Write to {newAddress}, the new address the server gives, and put it in place of {recipient} in your address book, CRM or list.',
      'Read the full bounce: servers often name the new address.',
      'Ask the recipient for their current address by phone or another channel.',
      'Update your address book, CRM or list with the new address and resend.',
    ],
    checks: [],
  },
  {
    id: 'recipient-restricted',
    title: 'Rejected: the recipient only accepts mail from approved senders',
    reason: 'rejected',
    side: 'recipient',
    permanent: true,
    explanation:
      'The address is a group, list or mailbox set to accept mail only from its own organisation or from an ' +
      "allowed-senders list, and you are not on it. Only the group owner or the recipient's admin can change this.",
    steps: [
      'Ask the recipient or the group owner to add your address to the allowed senders or to allow external ' +
        "senders (Microsoft 365: the group's delivery management; Google Groups: who can post).",
      'If it is a mailing list or group that takes posts from members only, join it with the address you send ' +
        "from (the list's subscribe page or its -subscribe / -join address, e.g. `list-subscribe@…`), then post again.",
      'Meanwhile write to a person in that organisation directly instead of the group.',
      'Resend after they confirm; retrying unchanged gets the same rejection.',
    ],
    checks: [],
  },
  {
    id: 'blocked-by-recipient',
    title: "Rejected: the recipient's organisation blocks your address, domain or IP",
    reason: 'rejected',
    side: 'recipient',
    permanent: true,
    explanation:
      "The receiving organisation's own filter has a block rule for your sender address, your domain or your " +
      'sending IP (a blocked-senders entry or custom block list). It is their local decision, not a public ' +
      'blocklist, so only their mail admin can lift it.',
    steps: [
      'Contact the recipient by phone or another address and ask their mail admin to remove the block on your ' +
        'address, {senderDomain} or {ip} (Mimecast: Blocked Senders policy; Microsoft 365: Tenant Allow/Block ' +
        'List; Trend Micro and Barracuda: their sender block lists).',
      'Send them the full bounce text: it carries the rule or reference they need to find the entry.',
      'Make sure nobody is spoofing your domain, which can prompt such blocks: publish DMARC and read its ' +
        'reports (`dig +short TXT _dmarc.{senderDomain}`).',
      'Resend once they confirm the block is gone.',
    ],
    checks: [],
  },
];
