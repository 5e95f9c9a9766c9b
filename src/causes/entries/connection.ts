import type { Cause } from '../types.js';

/** Refusals of the sending host itself, when no blocklist or other reason is named. */
export const CONNECTION_CAUSES: readonly Cause[] = [
  {
    id: 'connection-rejected',
    title: 'Refused: the receiving server would not accept mail from your server',
    reason: 'blocked',
    side: 'sender',
    permanent: false,
    explanation:
      'The receiving server refused the connection or the session before looking at this message: it does ' +
      'not want mail from your sending IP or host name right now. It did not say why, which usually means a ' +
      'local block, a reputation system or a connection policy.',
    steps: [
      'Check whether {ip} is on a public blocklist: `/blacklist {ip}`.',
      'Check that {ip} has a reverse DNS name that resolves back to it: `dig -x {ip} +short`, then look the ' +
        'name up with `dig +short A <name>`.',
      'Make sure your server greets with a real, resolvable host name (Postfix: `postconf smtp_helo_name`).',
      'Try the conversation yourself to see the full refusal: ' +
        '`swaks --to {recipient} --server {remoteHost} --quit-after RCPT`.',
      "If it persists, contact the recipient's mail administrator (postmaster@{domain}) with the exact reply.",
    ],
    checks: ['blacklist', 'ptr', 'probe'],
  },
  {
    id: 'submission-unreachable',
    title: 'Not sent: your mail program could not reach your own outgoing server',
    reason: 'networkerror',
    side: 'sender',
    permanent: false,
    explanation:
      'The mail program, website or script never handed the message over: it could not connect to (or ' +
      'lost the connection with) its own outgoing server, the one in its account settings, so no server ' +
      'has seen the message yet and the recipient is not involved. Usual causes: a wrong server name or ' +
      'port, a port the network blocks (many ISPs, hotels and cloud hosts block 25 and some block 587 or ' +
      '465), TLS set up for the wrong port, a firewall or antivirus "mail shield" that intercepts the ' +
      'connection, or the server being down. The message waits in the Outbox, or the script stopped without sending it.',
    steps: [
      "Check the outgoing server settings against the provider's: the exact host name (for example " +
        'smtp.<your-provider>), port 587 with STARTTLS or port 465 with SSL/TLS (not 25), and "my outgoing ' +
        'server requires authentication" turned on.',
      'Test the port from the same computer or web server: `nc -vz -w 10 <your-smtp-server> 587` (and 465); ' +
        'on Windows `Test-NetConnection <your-smtp-server> -Port 587`. A time-out means something blocks it.',
      'If the name does not resolve, fix the typo: `dig +short <your-smtp-server>`.',
      'Turn off the antivirus e-mail scanning (Avast/AVG "Mail Shield", ESET, Norton) or the firewall for a ' +
        'test; if sending works then, exclude the mail program or the port in it.',
      'From a web host or cloud server, ask the host whether outgoing SMTP ports are blocked, or send through ' +
        "the provider's HTTP API instead.",
      'Once it connects, send the message waiting in the Outbox again.',
    ],
    checks: [],
  },
  {
    id: 'own-filter-failed',
    title: 'Deferred: a service on your own mail server (content filter or local relay) failed',
    reason: 'systemerror',
    side: 'sender',
    permanent: false,
    explanation:
      'The failing hop is on your own machine (127.0.0.1, ::1 or localhost): the message has not left your server ' +
      'yet and the recipient is not involved. Your MTA hands mail to a local service first (amavis on port 10024, ' +
      'rspamd, a milter, a re-injection listener on 10025, a local relay) and that service refused the connection, ' +
      'timed out or answered with an error. Mail to every recipient is held up until it works again.',
    steps: [
      'See whether the service runs and listens: `ss -ltnp` must list the port named in the evidence on ' +
        '{remoteHost} (amavis 10024, its return path 10025, rspamd 11332).',
      'Read its status and log: `systemctl status amavis` (or rspamd, spamassassin, clamav-daemon) and ' +
        '`journalctl -u amavis -n 50`; out of memory and a virus-database update are the usual culprits.',
      'Check that the MTA points where the service listens: `postconf content_filter smtpd_milters ' +
        'non_smtpd_milters` and the 127.0.0.1:10025 entry in `postconf -M` (Postfix).',
      '{deferred} Once it answers again, retry the queue now: `postqueue -f` (Postfix) or `exim -qff` (Exim).',
    ],
    checks: [],
  },
  {
    id: 'client-send-failed',
    title: 'Not sent: your mail program or device reports a failure but not why',
    reason: 'onhold',
    side: 'sender',
    permanent: true,
    explanation:
      'The mail program, device or script says sending failed ("Test e-mail failed", "Sending failed", "The ' +
      'message was rejected by the server") and quotes no reply from a server, so nothing here says why: ' +
      'whether it reached its own outgoing server at all, or what that server objected to. The reason is in ' +
      'its log or in the longer error it shows, and usually in its SMTP settings: server name, port, ' +
      'encryption or login.',
    steps: [
      "Open the full error: the device's or application's mail log, or the details button of the message. Paste " +
        "that here: the server's reply or the connection error decides.",
      "Check the outgoing server settings against the provider's: host name, port 587 with STARTTLS or 465 with " +
        'SSL/TLS, authentication on, the full address as user name.',
      'Send a test from the same network with the same settings: `swaks --to <your-address> --server ' +
        '<your-smtp-server> --port 587 --tls --auth-user <user>` shows each step of the conversation.',
      "Look in your outgoing server's log for the device's IP at that time: a refusal there names the reason.",
    ],
    checks: [],
  },
];
