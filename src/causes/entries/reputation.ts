import type { Cause } from '../types.js';

/** How the receiver judges the sending IP, domain or server, and how fast it sends. */
export const REPUTATION_CAUSES: readonly Cause[] = [
  {
    id: 'ip-blocklisted',
    title: 'Rejected: your sending IP is on a blocklist',
    headline: 'Rejected: your sending IP {ip} is on {blocklist}',
    reason: 'blocked',
    side: 'sender',
    permanent: true,
    explanation:
      'The receiving server looked up your sending IP on a blocklist, found it listed, and refused the mail. ' +
      'Lists add IPs that sent spam, were infected, or belong to ranges that should not send directly; ' +
      'receivers that use the list keep refusing until it drops the listing.',
    steps: [
      'Find and stop what sent spam from {ip} first: a stolen password, an infected machine, an abused web ' +
        'form or script, or an open relay (a sudden jump in `postqueue -p | tail -n 1` is a sign).',
      'See which lists name {ip}: `/blacklist {ip}` here.',
      'Once the cause is fixed, request removal from {blocklist} at {delist}; some lists also drop a listing ' +
        'on their own some time after the spam stops.',
      '{deferred} Re-check with `/blacklist {ip}`; the queued message retries on its own, or now with `postqueue -f`.',
      '{final} Re-check with `/blacklist {ip}`, then resend what was returned: a refused message is not retried.',
    ],
    checks: ['blacklist'],
  },
  {
    id: 'network-blocklisted',
    title: "Rejected: your provider's network is on a blocklist, not only your IP",
    headline: 'Rejected: the network around {ip} is on {blocklist}',
    reason: 'blocked',
    side: 'sender',
    permanent: true,
    explanation:
      "The receiving server uses a list that names a whole address range or the provider's network (its ASN), " +
      "listed for spam from the provider's other customers, not for anything your IP sent. Fixing your own " +
      'server does not clear it: the listing ends when the network stops sending abuse, or when the provider ' +
      'acts; until then this receiver refuses everyone in that range.',
    steps: [
      'Check that {ip} itself is clean: `/blacklist {ip}` here. If it is listed on its own, fix that first.',
      'Send the refusal to your hosting provider or ISP: their network is listed on {blocklist} for abuse from ' +
        'other customers, and only they can clean it up.',
      "Ask the recipient's admin to accept your mail anyway (allow {ip}): many admins do not block on " +
        'network-wide listings, since they refuse innocent neighbours.',
      'Meanwhile send through a relay outside that network (a smarthost or your ESP), or move to an IP on a ' +
        'cleaner range; the listing drops on its own once the abuse stops.',
    ],
    checks: ['blacklist'],
  },
  {
    id: 'forwarder-ip-blocked',
    title: "Refused after forwarding: the forwarding server's IP is blocked, not yours",
    reason: 'blocked',
    side: 'recipient',
    permanent: true,
    explanation:
      'The address you wrote to forwards mail to another address (an alias, a forward, a redirect), and the ' +
      "final server refused the forwarded copy because of the forwarding server's IP: it is on a blocklist, or " +
      "its reputation or volume is judged poor. The IP in the refusal is the forwarder's, not your own; your " +
      'own sending is not what was refused.',
    steps: [
      'Check that the IP the refusal names is not one of yours (`/blacklist` on your own sending IP to be sure); ' +
        "if it is the forwarder's, there is nothing to delist on your side.",
      'Tell the recipient that their forward to {recipient} is refused by the final server for the ' +
        "forwarder's IP (a blocklist or poor reputation); their admin must get the IP delisted or route " +
        'forwarded mail through a relay with a clean reputation.',
      'Forwarding spam along with real mail is what lists punish: the forwarder should filter before ' +
        'forwarding, or the recipient should fetch the mail (POP/IMAP import) instead of forwarding it.',
      'Resend once the forward is fixed; a temporary (4xx) refusal is retried on its own.',
    ],
    checks: [],
  },
  {
    id: 'domain-blocklisted',
    title: 'Rejected: your domain is on a domain blocklist',
    headline: 'Rejected: your domain is on {blocklist}',
    reason: 'blocked',
    side: 'sender',
    permanent: true,
    explanation:
      'The receiving server found a domain from this message (your sender or HELO domain, or a domain linked ' +
      'in the body) on a domain blocklist such as Spamhaus DBL, and refused it. Domains are listed for spam, ' +
      'phishing or malware, or for links that lead there.',
    steps: [
      'Check your domains: `/blacklist {senderDomain}` here; check every domain linked in the message too ' +
        '(link shorteners and tracking domains included).',
      'Fix why it was listed: a hacked website or account sending spam or hosting phishing, or links to a ' +
        'listed domain (remove them from the message).',
      'Request removal at {delist} once the domain is clean.',
      '{deferred} Once the listing is gone the queued message retries on its own, or now with `postqueue -f`.',
      '{final} Resend what was returned after the listing is gone: a refused message is not retried.',
    ],
    checks: ['blacklist'],
  },
  {
    id: 'ip-reputation',
    title: "Refused: your sending IP's reputation is too poor",
    reason: 'badreputation',
    side: 'sender',
    permanent: false,
    explanation:
      "The receiver refused or throttled your mail because of your sending IP's reputation with it: its own " +
      'record of spam complaints, volume and bounces, not a named public blocklist. Reputation recovers only ' +
      'by sending wanted mail, steadily, from a properly set-up server.',
    steps: [
      'Make sure nothing is abusing {ip}: stolen passwords, infected machines, an open relay or abused web ' +
        'forms; watch the queue size with `postqueue -p | tail -n 1`.',
      'Check what weighs on reputation: `/blacklist {ip}`, `dig -x {ip} +short` (a PTR that resolves back), ' +
        'and SPF, DKIM and DMARC for {senderDomain} (`/auth {senderDomain}`).',
      "Read {provider}'s sender guidance and ask for mitigation there: {postmaster}",
      'For a while send less to that provider, only to engaged recipients, and stop mailing addresses that ' +
        'bounce; reputation recovers over days to weeks.',
    ],
    checks: ['blacklist', 'ptr', 'auth'],
  },
  {
    id: 'domain-reputation',
    title: "Refused: your sending domain's reputation is too poor",
    reason: 'badreputation',
    side: 'sender',
    permanent: false,
    explanation:
      "The receiver blocked the message because of your sending domain's reputation (the From, DKIM or SPF " +
      "domain), not a single IP. It comes from recipients' spam reports, list quality and authentication " +
      'history, and it follows the domain to any IP it sends from.',
    steps: [
      'Make sure SPF, DKIM and DMARC pass and align for {senderDomain}: `/auth {senderDomain}`.',
      'Add {senderDomain} to Google Postmaster Tools (https://postmaster.google.com/) to see its reputation ' +
        'and spam rate at Gmail.',
      "Read {provider}'s sender guidance: {postmaster}",
      'Send only to people who asked for your mail, add one-click unsubscribe, stop mailing bouncing or ' +
        'inactive addresses, and raise volume slowly; domain reputation improves over weeks.',
      'Check that {senderDomain} is not on a domain blocklist: `/blacklist {senderDomain}`.',
    ],
    checks: ['auth', 'blacklist'],
  },
  {
    id: 'helo-rejected',
    title: "Rejected: the receiver refused your server's HELO/EHLO name",
    reason: 'blocked',
    side: 'sender',
    permanent: true,
    explanation:
      'Your mail server introduces itself with a name in its HELO/EHLO greeting, and the receiver refused it: ' +
      "the name is not fully qualified, does not resolve, pretends to be the receiver's own domain, or is " +
      "listed. It should be the server's own host name, matching its PTR record.",
    steps: [
      'See what your server sends: `postconf myhostname smtp_helo_name` (Postfix) or the `helo_data` option ' +
        'of the smtp transport (Exim).',
      "Set a real, resolvable name of this server: `postconf -e 'smtp_helo_name = mail.{senderDomain}'` then " +
        '`postfix reload` (use the name your server really has).',
      'Make the name and your IP agree: `dig +short A mail.{senderDomain}` should return {ip}, and ' +
        '`dig -x {ip} +short` should return the name.',
      '{deferred} Queued mail retries on its own; retry now with `postqueue -f`.',
      '{final} Resend the returned message once the name is fixed: nothing retries it.',
    ],
    checks: ['ptr'],
  },
  {
    id: 'reverse-dns-missing',
    title: 'Rejected: your sending IP has no valid reverse DNS (PTR)',
    headline: 'Rejected: your sending IP {ip} has no valid reverse DNS (PTR)',
    reason: 'requireptr',
    side: 'sender',
    permanent: true,
    explanation:
      'The receiver looked up the PTR (reverse DNS) record of your sending IP and found none, or found a name ' +
      'that does not resolve back to the same IP. Most large providers refuse mail from such IPs.',
    steps: [
      'Check the PTR: `dig -x {ip} +short` must return a host name, for example mail.{senderDomain}.',
      'Check that it resolves back: `dig +short A <that-name>` (AAAA for IPv6) must return {ip}.',
      'The PTR is set by whoever owns the IP (your hosting or internet provider, often in their control ' +
        "panel), not in your domain's zone: ask them to point it at your mail server's name.",
      "Use the same name as your server's HELO: `postconf -e 'smtp_helo_name = <that-name>'`.",
      '{deferred} Once the PTR resolves, retry the queue now: `postqueue -f`.',
      '{final} Once the PTR resolves, resend what was returned: a refused message is not retried.',
    ],
    checks: ['ptr'],
  },
  {
    id: 'port25-blocked',
    title: "Refused: this network may not send mail directly; use your provider's relay",
    reason: 'blocked',
    side: 'sender',
    permanent: true,
    explanation:
      'Your internet provider, or the receiver, does not accept mail sent directly from this network: a ' +
      'residential or dynamic IP range, or outbound port 25 blocked by the ISP against spam. Mail has to go ' +
      "through your provider's (or a mail service's) authenticated outgoing server instead.",
    steps: [
      'Check whether {ip} is in a dynamic or residential range: `/blacklist {ip}` (a Spamhaus PBL listing ' +
        'means the range owner says it should not send directly).',
      'Test outbound port 25 from the server: `nc -vz -w 10 {remoteHost} 25`; a timeout to every destination ' +
        'means your provider blocks it.',
      'Send through a relay on the submission port: in Postfix ' +
        "`postconf -e 'relayhost = [smtp.your-provider.example]:587'` with SASL login " +
        '(`smtp_sasl_auth_enable = yes`, `smtp_sasl_password_maps`), then `postfix reload`.',
      'To send directly, ask your provider for a static IP with port 25 open and a proper PTR record.',
    ],
    checks: ['blacklist', 'ptr'],
  },
  {
    id: 'rate-limited',
    title: 'Deferred: you are sending faster than the receiver (or your provider) allows',
    reason: 'speeding',
    side: 'sender',
    permanent: false,
    explanation:
      'A server throttled you for sending too many messages or recipients in a short time from your IP, ' +
      'account or domain. Legitimate mail gets through once you slow down; a sudden surge can also mean a ' +
      'compromised account is sending spam.',
    steps: [
      'Make sure the volume is yours: look for a compromised account or script (`postqueue -p | tail -n 1`, ' +
        'and the busiest senders in /var/log/mail.log).',
      'Slow down to that destination: in Postfix a dedicated transport for {domain} with ' +
        '`slow_destination_concurrency_limit = 2` and `slow_destination_rate_delay = 1s`.',
      'If your own provider limits you (a daily sending quota), spread the sending over time or use a ' +
        'service meant for bulk mail.',
      '{deferred} Deferred mail retries on its own; watch it with `postqueue -p`.',
      '{final} The message was returned, not queued: resend it once the rate is lower (a daily quota resets after ' +
        '24 hours).',
    ],
    checks: [],
  },
  {
    id: 'too-many-connections',
    title: 'Deferred: too many connections or messages at once from your server',
    reason: 'toomanyconn',
    side: 'sender',
    permanent: false,
    explanation:
      'The receiver limits how many simultaneous connections, messages per connection or recipients per ' +
      'message it accepts from one sending IP, and your server went over it. Lowering concurrency stops the ' +
      'errors.',
    outcome: {
      deferred: 'The deferred message is retried automatically.',
      final: 'This refusal was permanent: the message was returned and is not retried.',
    },
    steps: [
      "Lower concurrency: `postconf -e 'smtp_destination_concurrency_limit = 5'` (default 20) and " +
        '`postfix reload`, or a dedicated transport for {domain}.',
      'If the reply mentions too many recipients, send fewer per message: ' +
        "`postconf -e 'smtp_destination_recipient_limit = 50'`.",
      "Check nothing else on {ip} opens connections (another mail server, a script): `ss -tnp '( dport = :25 )'`.",
      '{deferred} Deferred mail retries on its own; watch it with `postqueue -p`.',
      '{final} The message was returned, not queued: resend it once the rate is lower (a daily quota resets after ' +
        '24 hours).',
    ],
    checks: [],
  },
  {
    id: 'recipient-rate-limited',
    title: 'Deferred: the recipient is receiving more mail than their provider allows',
    reason: 'speeding',
    side: 'recipient',
    permanent: false,
    explanation:
      'The recipient\'s mailbox is getting too many messages in a short time (Gmail: "receiving mail at a ' +
      'rate that prevents additional messages"), so their provider holds new mail back for now. It is about ' +
      'the recipient, not your server; the message is usually accepted later.',
    steps: [
      'Let your server retry after a temporary (4xx) reply (`postqueue -p` shows it queued); after a ' +
        'permanent (5xx) reply, resend later.',
      'If you send this recipient many messages (alerts, notifications), batch them into fewer emails.',
      'If it persists, tell the recipient: a forwarding loop or a flood of mail to {recipient} may be using ' +
        'up their limit.',
    ],
    checks: [],
  },
];
