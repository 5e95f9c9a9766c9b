import type { Cause } from '../types.js';

/** The recipient domain, its DNS, or the path to its server. */
export const ROUTING_CAUSES: readonly Cause[] = [
  {
    id: 'domain-not-found',
    title: 'Rejected: the recipient domain does not exist',
    reason: 'hostunknown',
    side: 'either',
    permanent: true,
    explanation:
      'DNS has no such domain, so there is nowhere to deliver the mail. Either the domain part of the address ' +
      'is mistyped, or the domain has expired or been deleted by its owner.',
    steps: [
      'Check the spelling of {domain} in {recipient}.',
      'Confirm in DNS: `dig {domain} SOA` answering NXDOMAIN means the domain does not exist; ' +
        '`whois {domain}` shows whether it expired.',
      'If the address is right, tell the recipient by another channel that their domain has lapsed and must ' +
        'be renewed with their registrar.',
      'If the domain resolves for everyone but your server, test your resolver: compare ' +
        '`dig +short MX {domain}` with `dig @1.1.1.1 +short MX {domain}`.',
    ],
    checks: ['mx'],
  },
  {
    id: 'no-mx',
    title: 'Undeliverable: the recipient domain has no working mail server (MX)',
    // The domain exists but names no host that takes mail: Sisimai's "accepts no mail" (qmail's
    // "couldn't find a mail exchanger or IP address"), not a domain that does not exist.
    reason: 'notaccept',
    side: 'recipient',
    permanent: true,
    explanation:
      'The domain exists but publishes no usable mail exchanger: its MX records are missing, point to names ' +
      "without an address, or point to a CNAME or an IP literal. The recipient's DNS has to be fixed before " +
      'anyone can deliver to it.',
    steps: [
      'Look at the records: `dig +short MX {domain}`, then `dig +short A <each-mx-host>` for every host listed.',
      "With no MX at all, mail falls back to the domain's own address (`dig +short A {domain}`), which must " +
        'then run a mail server; MX targets must be host names with A/AAAA records, not CNAMEs or IPs.',
      "Tell the recipient's admin what is missing: only the owner of {domain} can fix its DNS.",
      'If the reply was temporary your queue retries on its own; push it with `postqueue -f` once the MX answers.',
    ],
    checks: ['mx'],
  },
  {
    id: 'null-mx',
    title: 'Undeliverable: the recipient domain declares it accepts no mail (null MX)',
    reason: 'notaccept',
    side: 'sender',
    permanent: true,
    explanation:
      'The domain publishes a "null MX" (`MX 0 .`, RFC 7505): its owner states that it never receives mail. ' +
      'No server will accept mail for it, so this address cannot work.',
    steps: [
      'Confirm: `dig +short MX {domain}` answers `0 .`.',
      'Ask the recipient for a working address on another domain, by phone or another channel.',
      'Remove {recipient} from your lists: retrying can never succeed.',
    ],
    checks: ['mx'],
  },
  {
    id: 'not-accepting-mail',
    title: 'Rejected: the receiving host accepts no mail',
    reason: 'notaccept',
    side: 'either',
    permanent: true,
    explanation:
      'The server for this domain answered that it accepts no mail at all (556, or 5.3.2 "system not ' +
      'accepting network messages"). Either the domain deliberately receives no mail, or its MX points at a ' +
      'host that is not a mail server.',
    steps: [
      'See where mail for {domain} goes: `dig +short MX {domain}`.',
      'Talk to that host yourself: `swaks --to {recipient} --server {remoteHost} --quit-after RCPT` and read ' +
        'its greeting and answers.',
      "Tell the recipient's admin that their MX {remoteHost} refuses mail: they must fix the MX or the server.",
      'Ask the recipient for another address in the meantime.',
    ],
    checks: ['mx', 'probe'],
  },
  {
    id: 'recipient-server-unreachable',
    title: "Delayed: the recipient's mail server cannot be reached",
    reason: 'expired',
    side: 'recipient',
    permanent: false,
    explanation:
      "Your server could not talk to the recipient's mail server: the connection was refused or timed out, or " +
      'the server is down. This is usually temporary.',
    outcome: {
      deferred: 'Your server keeps retrying until its queue lifetime runs out.',
      final: 'Your server stopped retrying and returned the message: resend it once the server answers.',
    },
    steps: [
      'See where mail for {domain} should go: `dig +short MX {domain}`.',
      'Test from your mail server: `nc -vz -w 10 {remoteHost} 25`, or ' +
        '`swaks --to {recipient} --server {remoteHost} --quit-after RCPT`.',
      '{deferred} If only {domain} fails, it is their outage: tell the recipient by another channel and let ' +
        'your queue retry (`postqueue -p`).',
      '{final} If only {domain} fails, it is their outage: tell the recipient by another channel.',
      'If every destination times out, look at your own network: firewall rules, and whether your provider ' +
        'blocks outbound port 25.',
      '{deferred} Once it answers again, retry now: `postqueue -f` (Postfix) or `exim -qff` (Exim).',
      '{final} Once it answers again, resend what was returned: your server no longer retries it.',
    ],
    checks: ['mx', 'probe'],
  },
  {
    id: 'connection-refused',
    title: "Deferred: the recipient's mail server refused the connection on port 25",
    // Sisimai files a refused TCP connection as 'blocked': a firewall that refuses one sender looks the same.
    reason: 'blocked',
    side: 'either',
    permanent: false,
    explanation:
      "Your server reached the address of the recipient's mail server, but nothing accepted a connection on " +
      'port 25: the mail service there is down, a firewall rejects the connection, or the MX points at a ' +
      'host that runs no mail server. A firewall that refuses only your IP looks the same from here.',
    outcome: {
      deferred: 'The mail stays queued and is retried.',
      final: 'Your server stopped retrying and returned the message: resend it once the server answers.',
    },
    steps: [
      'Test from your mail server: `nc -vz -w 10 {remoteHost} 25`, then from another network to compare.',
      'Check that the MX points at their mail server: `dig +short MX {domain}`.',
      "If it refuses everyone, tell the recipient's admin (by another channel) that {remoteHost} takes no " +
        'connections on port 25.',
      'If it refuses only your server, they block your IP: check `/blacklist {ip}` and write to ' +
        'postmaster@{domain} from another address.',
      '{deferred} Once it answers again, retry now: `postqueue -f` (Postfix) or `exim -qff` (Exim).',
      '{final} Once it answers again, resend what was returned: your server no longer retries it.',
    ],
    checks: ['mx', 'probe'],
  },
  {
    id: 'port25-test-timeout',
    title: 'Test failed: port 25 gave no connection from the machine you tested on',
    // Nothing was sent: a connection test that failed at the network, before any SMTP.
    reason: 'networkerror',
    side: 'either',
    permanent: false,
    explanation:
      'Your connection test (swaks, nc, telnet, Test-NetConnection) could not open port 25 on the ' +
      "recipient's server. Most often the network you tested from blocks outbound port 25 against spam (home " +
      'and office lines, and cloud machines at AWS, Azure and Google Cloud by default); otherwise that server ' +
      'is down or filtered, which the same test from another network tells apart.',
    steps: [
      'Test from another network: `/probe {remoteHost}` (the bot connects from its own), or ' +
        '`nc -vz -w 10 {remoteHost} 25` from a server that already delivers mail.',
      'If it answers from there, your network blocks outbound port 25: ask your provider to lift the block ' +
        '(AWS: the request to remove email sending limitations; Google Cloud never lifts it) or send through ' +
        'an authenticated relay on port 587.',
      'Check your own firewall too: `sudo iptables -S OUTPUT` or `sudo nft list ruleset`, and the outbound ' +
        'rules of a cloud security group.',
      'If it fails from everywhere, check that `dig +short MX {domain}` names the host you tested; if it does, ' +
        "that server is down or filtered: tell the recipient's admin by another channel.",
    ],
    checks: ['probe', 'mx'],
  },
  {
    id: 'no-route-to-host',
    title: "Deferred: no network route from your server to the recipient's server",
    reason: 'networkerror',
    side: 'either',
    permanent: false,
    explanation:
      'The connection failed before any SMTP: there is no route to that address. "Network is unreachable" ' +
      'comes from your own server (most often it has no working IPv6 but tries the IPv6 address of an MX); ' +
      '"No route to host" can also come from a router near the recipient whose server is down.',
    outcome: {
      deferred: 'The mail stays queued and is retried.',
      final: 'Your server stopped retrying and returned the message: resend it once the route is back.',
    },
    steps: [
      'Test from your mail server: `nc -vz -w 10 {remoteHost} 25`, and see whether you have a route at all: ' +
        '`ip route` (IPv4) and `ip -6 route` (IPv6).',
      'If the address is IPv6 and your server has no IPv6 connectivity, stop using it: ' +
        '`postconf -e inet_protocols=ipv4 && postfix reload` (Postfix) or `disable_ipv6 = true` (Exim).',
      'Check your own firewall and default route (`ip route`, `nft list ruleset`); a provider that blocks ' +
        'outbound port 25 can also answer this way.',
      '{deferred} Once the route is back, retry now: `postqueue -f` (Postfix) or `exim -qff` (Exim).',
      '{final} Once the route is back, resend what was returned: your server no longer retries it.',
    ],
    checks: ['mx', 'probe'],
  },
  {
    id: 'sender-network-unreachable',
    title: "Deferred: your server has no network route to the recipient's server (often IPv6)",
    reason: 'networkerror',
    side: 'sender',
    permanent: false,
    explanation:
      '"Network is unreachable" is your own server\'s kernel speaking: it has no route to that network at ' +
      'all, so nothing was sent. Most often the MX has an IPv6 address and your server has no working IPv6, ' +
      'or its default route or outbound firewall is broken.',
    outcome: {
      deferred: 'The mail stays queued and is retried (over IPv4 too, when the MX has an IPv4 address).',
      final: 'Your server stopped retrying and returned the message: resend it once the route is fixed.',
    },
    steps: [
      'See whether your server has a route: `ip -6 route` for an IPv6 address, `ip route` for IPv4, and ' +
        'test `nc -vz -w 10 {remoteHost} 25`.',
      'If your server has no IPv6 connectivity, stop it from trying IPv6: `postconf -e inet_protocols=ipv4 ' +
        '&& postfix reload` (Postfix) or `disable_ipv6 = true` (Exim); or fix IPv6 routing with your provider.',
      'Before sending over IPv6 to Gmail and others, give the IPv6 address a PTR record and authenticate ' +
        'the mail (SPF and DKIM): they refuse IPv6 mail without both.',
      '{deferred} Once the route is fixed, retry now: `postqueue -f` (Postfix) or `exim -qff` (Exim).',
      '{final} Once the route is fixed, resend what was returned: your server no longer retries it.',
    ],
    checks: ['mx', 'probe'],
  },
  {
    id: 'delivery-expired',
    title: 'Failed: delivery gave up after retrying for too long',
    reason: 'expired',
    side: 'either',
    permanent: true,
    explanation:
      "Your mail server kept retrying, but the recipient's server never accepted the message before the queue " +
      'lifetime ran out (often 5 days), so it gave up. The real cause is whatever stopped each attempt: an ' +
      'unreachable server, DNS trouble, or repeated temporary rejections.',
    steps: [
      "Find the last error of the attempts: `grep '{recipient}' /var/log/mail.log | tail -n 20` (the text " +
        'after `status=deferred` says why).',
      'Check the destination: `dig +short MX {domain}` and `nc -vz -w 10 {remoteHost} 25` from your mail server.',
      'If the last error was a 4xx rejection (greylisting, rate limit, reputation), fix that cause; if every ' +
        'attempt timed out, make sure your network allows outbound port 25.',
      'Resend the message once the destination answers: the expired copy is not retried. Postfix keeps mail ' +
        'for `postconf maximal_queue_lifetime`.',
    ],
    checks: ['mx', 'probe'],
  },
  {
    id: 'delivery-delayed',
    title: 'Delayed, not failed: your server is still retrying',
    reason: 'expired',
    side: 'either',
    permanent: false,
    explanation:
      'This is a warning, not a bounce: the message is not delivered yet, but your mail server is still ' +
      'retrying and will keep going until its queue lifetime runs out. Act only if the delay goes on or the ' +
      'same destination keeps failing.',
    steps: [
      'Read why it is delayed (the Diagnostic-Code or reason line) or look in the log: ' +
        "`grep '{recipient}' /var/log/mail.log | tail -n 5`.",
      '{unnamed} See the waiting message: `postqueue -p` (Postfix) or `exim -bp` (Exim).',
      'Check the destination answers: `dig +short MX {domain}` and `nc -vz -w 10 {remoteHost} 25`.',
      '{deferred} Once the cause is gone, retry now instead of waiting: `postqueue -f` or `exim -qff`.',
    ],
    checks: ['mx', 'probe'],
  },
  {
    id: 'dns-failure',
    title: 'Deferred: a DNS lookup for the recipient domain failed temporarily',
    reason: 'networkerror',
    side: 'either',
    permanent: false,
    explanation:
      'Your server got no usable answer from DNS for the recipient domain (SERVFAIL or a timeout), so it did ' +
      "not know where to deliver. Either the domain's name servers or your own resolver is at fault.",
    outcome: {
      deferred: 'The mail stays queued and is retried.',
      final: 'Your server stopped retrying and returned the message: resend it once DNS answers.',
    },
    steps: [
      'Ask the same question: `dig MX {domain}` and look at the status line (SERVFAIL, timeout).',
      'Compare with another resolver: `dig @1.1.1.1 MX {domain}`; if only yours fails, fix or restart your ' +
        'resolver (`resolvectl status` shows which one you use).',
      "If every resolver fails, the domain's name servers are broken (`dig NS {domain}`, " +
        "`dig +trace MX {domain}`): tell the recipient's admin.",
      '{deferred} The mail stays queued; retry with `postqueue -f` once DNS answers.',
      '{final} Resend the returned message once `dig MX {domain}` answers: nothing retries it.',
    ],
    checks: ['mx'],
  },
  {
    id: 'mail-loop',
    title: 'Failed: the message went round in a loop',
    reason: 'networkerror',
    side: 'either',
    permanent: true,
    explanation:
      'The message passed through too many mail servers (too many hops), which means it was forwarded in a ' +
      'circle: two mailboxes forwarding to each other, or a domain routed back to the server that relays it. ' +
      'Servers stop such messages after 20 to 50 hops.',
    steps: [
      'Look at the Received: headers of the returned copy to see which hosts repeat.',
      'Check forwarding on both sides: a forward from {recipient} to an address that forwards back, or an ' +
        'automatic forwarding rule.',
      'Check the routing of {domain}: its MX must not point at a server that relays the domain back ' +
        '(`dig +short MX {domain}`; in Postfix `postconf relay_domains transport_maps`).',
      'Fix the forward or the routing, then resend.',
    ],
    checks: ['mx'],
  },
  {
    id: 'greylisted',
    title: 'Temporarily deferred by greylisting: your server only has to retry',
    reason: 'blocked',
    side: 'sender',
    permanent: false,
    explanation:
      'The receiving server uses greylisting: it refuses mail from a sender and IP it has not seen before with ' +
      'a temporary error and accepts it when a real mail server retries a few minutes later. Nothing is ' +
      'wrong; delivery happens on a later retry.',
    steps: [
      '{deferred} Wait: your mail server retries on its own; the message shows in `postqueue -p` and usually leaves ' +
        'within 5 to 30 minutes.',
      'If it never gets through, make sure retries come from the same IP: sending pools that rotate IPs ' +
        'restart the greylist on every attempt.',
      "If the delay matters, ask the recipient's admin to allow-list {ip} or {senderDomain} in their greylisting.",
      '{deferred} To retry now: `postqueue -f` (Postfix) or `exim -qff` (Exim).',
      '{final} The message was returned: resend it; the greylist lets the next attempt from the same IP through.',
    ],
    checks: [],
  },
];
