import type { Cause } from '../types.js';

/** Faults inside the receiving system, and texts that are not failures at all. */
export const REMOTE_CAUSES: readonly Cause[] = [
  {
    id: 'mailer-error',
    title: "Failed: a delivery program on the recipient's server failed",
    reason: 'mailererror',
    side: 'recipient',
    permanent: false,
    explanation:
      "The recipient's server took the message, but the local program that delivers it to the mailbox (a " +
      'pipe, script, procmail or filter) failed. It is a fault on the receiving system; only its admin can fix it.',
    steps: [
      'Send the full bounce (it often holds the program\'s error, such as "command died with status 1") to ' +
        "the recipient's admin.",
      "If it is your own server, find the delivery agent's error with `grep -E 'status=(bounced|deferred)' " +
        '/var/log/mail.log | tail`. For an LMTP or LDA backend, check that it runs and listens where the MTA ' +
        'delivers (`systemctl status dovecot`, `postconf virtual_transport`, `ls -l ' +
        '/var/spool/postfix/private/dovecot-lmtp`); run a pipe or script by hand on a saved message.',
      'Resend after it is fixed.',
    ],
    checks: [],
  },
  {
    id: 'system-error',
    title: "Failed: the recipient's mail server had an internal error",
    reason: 'systemerror',
    side: 'recipient',
    permanent: false,
    explanation:
      'The receiving server reported a problem of its own (an I/O error, a misconfiguration or a temporary ' +
      'internal failure), not a problem with your message. It usually clears by itself or needs the ' +
      "recipient's admin.",
    steps: [
      'After a temporary (4xx) reply your server retries on its own: `postqueue -p` shows it queued.',
      "If it keeps failing, send the full bounce, the time and any reference ID to the recipient's admin or provider.",
      'Check that the server answers at all: `swaks --to {recipient} --server {remoteHost} --quit-after RCPT`.',
      'Resend once they report it fixed.',
    ],
    checks: ['probe'],
  },
  {
    id: 'blocklist-lookup-failed',
    title: "Refused: the recipient's server could not query its blocklist (you are probably not listed)",
    headline: "Refused: {domain}'s server could not query {blocklist} (you are probably not listed)",
    // Sisimai reads the refusal by its words; the fault is the receiver's DNS setup, as for a system error.
    reason: 'systemerror',
    side: 'recipient',
    permanent: false,
    explanation:
      'The receiving server looked your IP up on a blocklist, but the list refused to answer it: Spamhaus and ' +
      'others do not answer queries that come through public or shared DNS resolvers (8.8.8.8, 1.1.1.1, a ' +
      "cloud provider's resolver) or that exceed their free-use limits, and answer 127.255.255.x instead. The " +
      'receiving server took that error for a listing. Nothing says your IP is listed; only the ' +
      "recipient's admin can fix it.",
    steps: [
      'Confirm you are not listed: `/blacklist {ip}` here.',
      "Send the full refusal to the recipient's admin (the postmaster of {domain}): their server queries {blocklist} " +
        'through a public or shared resolver, which the list refuses; they should run their own recursive ' +
        'resolver on the mail server (unbound or bind) or use Spamhaus DQS with a free key.',
      'Also tell them to accept only real listing answers: in Postfix, for example, `reject_rbl_client zen.spamhaus.org=127.0.0.[2..255]` ' +
        'treats the 127.255.255.x error answers as not listed.',
      'Resend once they confirm the fix; until then, reach the recipient another way.',
    ],
    checks: ['blacklist'],
  },
  {
    id: 'blocklist-checked-private-ip',
    title: "Refused: the recipient's server checked a private address against a blocklist, not your IP",
    // Sisimai reads "blocked using" as blocked; the fault is the receiver's setup.
    reason: 'blocked',
    side: 'recipient',
    permanent: true,
    explanation:
      'The address the receiving server looked up on the blocklist is a private one (10.x, 172.16-31.x, ' +
      '192.168.x, 100.64.x, fc00::/7 or loopback). No public blocklist lists such addresses and no sender on ' +
      'the internet connects from one, so the receiver checked the wrong hop: an internal relay, proxy, load ' +
      'balancer or NAT in front of its mail server hides the real client address, or its DNS resolver answers ' +
      "every blocklist query. Your sending IP is not what was judged; only the recipient's admin can fix it.",
    steps: [
      'Rule out your own side anyway: `/blacklist {ip}` here.',
      "Send the full refusal to the recipient's admin (the postmaster of {domain}): their server looked up a " +
        'private address instead of the connecting client. The client address must reach the mail server ' +
        '(the PROXY protocol or a transparent relay in front of it), and their lists must skip their own ' +
        'internal hops.',
      'If that server is your own and the client one of your internal hosts, exempt your own networks from ' +
        'blocklist checks: in Postfix, `permit_mynetworks` before `reject_rbl_client`.',
      "Also ask them to look up the list's never-listed test entry (RFC 5782 §5: the loopback address): an " +
        'answer there means their resolver answers every lookup, and every sender looks listed.',
      'Resend once they confirm the fix; until then, reach the recipient another way.',
    ],
    checks: ['blacklist'],
  },
  {
    id: 'server-unavailable',
    title: "Deferred: the recipient's mail server is not taking mail right now",
    // Sisimai has no reason of its own for a server that is busy or restarting; it counts it a system error.
    reason: 'systemerror',
    side: 'recipient',
    permanent: false,
    explanation:
      'The receiving server is up but declined to take mail for now (421 "service not available", "too ' +
      'busy", "shutting down"): it is overloaded, restarting or in maintenance. Nothing is wrong with your ' +
      'message.',
    outcome: {
      deferred: 'Your server retries on its own.',
      final:
        'This refusal was final: the message was returned, so resend it once the server takes mail again.',
    },
    steps: [
      '{deferred} Let your server retry; the message stays queued (`postqueue -p` or `exim -bp`).',
      'See whether it answers again: `swaks --to {recipient} --server {remoteHost} --quit-after RCPT`.',
      "If it lasts for hours, tell the recipient's admin, with the time and the reply.",
      '{final} Resend the returned message once the server takes mail again: nothing retries it.',
    ],
    checks: ['probe'],
  },
  {
    id: 'system-full',
    title: "Deferred: the recipient's mail server is out of storage",
    reason: 'systemfull',
    side: 'recipient',
    permanent: false,
    explanation:
      'The receiving server has no room left to store incoming mail: its disk or queue is full. Every sender ' +
      'is affected until its admin frees space.',
    steps: [
      '{deferred} Let your server retry; the message stays queued (`postqueue -p`).',
      "Tell the recipient's admin that their server reports insufficient storage.",
      "If it is your own server: check `df -h`, the queue size (`postqueue -p | tail -n 1`) and Postfix's " +
        'free-space threshold `postconf queue_minfree`.',
      "{final} Resend the returned message once the recipient's admin has freed space: nothing retries it.",
    ],
    checks: [],
  },
  {
    id: 'unknown',
    title: 'Failed, but the text does not say why',
    reason: 'onhold',
    side: 'either',
    permanent: false,
    explanation:
      'The text shows that the message was not delivered, but has no reply code or reason that identifies the ' +
      "cause. The complete bounce with its headers, or your mail server's log, usually holds the real answer.",
    steps: [
      'Paste the complete bounce, including the Diagnostic-Code or "Remote host said" lines, if you pasted only part of it.',
      "Look in your mail server's log for this recipient: `grep '{recipient}' /var/log/mail.log | tail -n 20`.",
      'Check that the destination works: `dig +short MX {domain}` and `/probe {recipient}`.',
      "If nothing explains it, ask the recipient's admin, giving the time of sending and the Message-ID.",
    ],
    checks: ['mx', 'probe'],
  },
  {
    id: 'auto-reply',
    title: 'Not a bounce: an automatic reply (out of office)',
    reason: 'vacation',
    side: 'recipient',
    permanent: false,
    explanation:
      "This is an automatic reply from the recipient's mailbox, such as an out-of-office notice. Your message " +
      'was delivered; nothing needs fixing.',
    steps: [
      'No action needed: the message reached the mailbox.',
      'Read the reply for a return date or another contact if the matter is urgent.',
      'For bulk mail, add `Precedence: bulk` and a List-Id header: many auto-responders skip such mail.',
    ],
    checks: [],
  },
  {
    id: 'address-retired',
    title: 'Not a bounce, but act: the address is no longer read, or is being moved or retired',
    headline: 'Not a bounce, but act: {recipient} is no longer read, or is being moved or retired',
    reason: 'vacation',
    side: 'sender',
    permanent: false,
    explanation:
      'This is an automatic reply, so your message was delivered: it is not a failure. But the reply says the address ' +
      'is no longer read or will stop working (the person left or retired, the mailbox was retired or only sends, ' +
      'the domain changed), so mail sent there goes unread, or will soon bounce. Update or remove the address.',
    steps: [
      'Write to {newAddress} instead, the address the reply names, and put it in place of {recipient} in your address book, CRM or list.',
      'Nothing failed this time: the message was delivered to {recipient}, but nobody will read it there.',
      'Update or remove {recipient} in your address book, CRM and mailing lists (a list owner unsubscribes it, or replaces it with the new address); if the reply gives a date, do it before then, when the address starts to bounce.',
      'Where the reply names nobody to write to, ask the organisation (its main address or website) who now handles your matter.',
    ],
    checks: [],
  },
  {
    id: 'backscatter',
    title: 'Probably backscatter: a bounce of a message forged in your name',
    headline: 'Probably backscatter: a bounce of a message forged in the name of {senderDomain}',
    reason: 'userunknown',
    side: 'sender',
    permanent: true,
    explanation:
      'Servers that accept a message and only later find they cannot deliver it bounce it to its sender; ' +
      'spammers forge sender addresses, so such servers bounce mail to people who never sent it (backscatter). ' +
      "The copy returned here failed your domain's authentication where it was received (see the evidence), " +
      'which genuine mail of a domain seldom does. Most likely you did not send it, and there is nothing to resend.',
    steps: [
      "Check whether it was yours: look for the returned copy's Message-ID in your outbound logs " +
        "(`grep -F '{messageId}' /var/log/mail.log`; Microsoft 365: message trace by Message ID; Google " +
        'Workspace: Email Log Search). No match means someone else sent it in your name: nothing of yours failed.',
      'If it was yours, its receiver found it failing the SPF or DMARC of {senderDomain}: run `/auth ' +
        '{senderDomain}`, add the service that sent it to SPF and sign its mail with DKIM (d={senderDomain}).',
      'Make forgeries fail where they arrive instead of bouncing to you: SPF ending in `-all`, DKIM on all your ' +
        'mail, and DMARC at `p=reject` once your aggregate reports show every real source aligned.',
      'Against a flood of them: do not answer them; filter bounces (null sender `<>`) to addresses that never ' +
        'send mail, or sign your envelope senders (BATV/PRVS) and accept bounces only to signed addresses. The ' +
        'bouncing server accepted mail it should have refused during the SMTP dialogue: a persistent one can be ' +
        'reported to its postmaster.',
    ],
    checks: ['auth'],
  },
  {
    id: 'auth-failure-report',
    title: "Not a bounce: a DMARC failure report (mail in your domain's name failed authentication)",
    headline:
      'Not a bounce: a DMARC failure report: mail from {ip} in the name of {senderDomain} failed authentication',
    reason: 'feedback',
    side: 'sender',
    permanent: false,
    explanation:
      "This is a failure report (RFC 6591) that your DMARC record's `ruf=` address asked for: a receiver got " +
      'a message in the name of your domain that failed SPF, DKIM or DMARC, and sends you its details. It is ' +
      'no complaint and no bounce: it either shows a sending service of yours that is not set up, or somebody forging your domain.',
    steps: [
      'Look at the source ({ip}) and the reported headers: is it your server, your mail service or a tool ' +
        'that sends for you? `/auth {senderDomain}` evaluates SPF for it.',
      'If it is yours, make it pass: add it to the SPF record of {senderDomain} and sign its mail with DKIM ' +
        '(d={senderDomain}, or a subdomain of it, for alignment).',
      'If it is not yours, it is a forgery: nothing to fix in your setup; move DMARC to `p=quarantine`, then ' +
        '`p=reject`, once your aggregate reports show every real source passing, so receivers refuse it.',
      'These reports can hold personal data and arrive per message: keep `ruf=` only where you read them, ' +
        'and use the aggregate reports (`rua=`) for the overview.',
    ],
    checks: ['auth', 'spf-ip'],
  },
  {
    id: 'feedback-report',
    title: 'Not a bounce: a spam complaint (feedback-loop report)',
    reason: 'feedback',
    side: 'sender',
    permanent: false,
    explanation:
      'This is an ARF feedback report: a recipient marked one of your messages as spam (or a provider reports ' +
      'abuse), and their provider passed the complaint on. The message was delivered, but complaints hurt ' +
      'your reputation if you keep mailing that person.',
    steps: [
      'Stop mailing the complaining recipient: unsubscribe {recipient} from every list now.',
      'Find the reported message (its headers are attached to the report) and check that you really sent ' +
        'it; if not, an account or server of yours is compromised.',
      'Keep complaints low: mail only people who asked, add a one-click List-Unsubscribe header, and honour ' +
        'unsubscribes quickly (Gmail and Yahoo expect a spam rate under 0.3%).',
    ],
    checks: [],
  },
  {
    id: 'delivered',
    title: 'Not an error: the message was delivered',
    reason: 'delivered',
    side: 'either',
    permanent: false,
    explanation:
      "This reports success (a 2.x.x status, a delivery notification, or a log line such as Postfix's " +
      '"status=sent"): the receiving server accepted the message. Nothing needs fixing.',
    steps: [
      'No action needed: the receiving server accepted the message.',
      'If the recipient says it never arrived, ask them to look in their spam or junk folder and their filter rules.',
      'If this came as a delivery notification you did not ask for, turn off "request delivery receipt" in the mail client.',
    ],
    checks: [],
  },
  {
    id: 'read-receipt',
    title: 'Not a bounce: a read receipt (the message was delivered)',
    reason: 'delivered',
    side: 'either',
    permanent: false,
    explanation:
      'This is a message disposition notification (RFC 8098), the read receipt a sender asks for: the ' +
      "message was delivered, and the recipient's mail client reports what happened to it: displayed " +
      '(opened), deleted (possibly unread), dispatched (forwarded or printed) or processed (handled by a ' +
      'program without being shown). Nothing needs fixing.',
    steps: [
      'No action needed: the message reached the mailbox of {recipient}.',
      "Read the Disposition in the evidence for what the client did; receipts are sent at the recipient's " +
        'choice, so a missing one does not mean the message went unread.',
      'If you did not mean to ask for receipts, turn off "request read receipt" in the mail client (the Disposition-Notification-To header).',
    ],
    checks: [],
  },
];
