import type { RealWorldCase } from './real-world-cases.js';
import { LOOP, lines, postfixNoticeHead, textEmail } from './real-world-expectations.js';

/*
 * A sixtieth held-out round: failures between servers at the connection and TLS level, and in the sending
 * server's own DNS and routing, as admins paste them: STARTTLS demanded or not offered (Postfix "TLS is
 * required, but was not offered", 530 5.7.0 "Must issue a STARTTLS command first", Exchange's 451 5.7.3, Exim's
 * "a TLS session is required", REQUIRETLS 5.7.30, 454 "TLS not available due to local problem"), handshake
 * failures (handshake failure, no shared cipher, wrong version number, alert protocol version, TLS 1.0/1.1
 * refused), certificate failures (expired, untrusted issuer, self-signed, hostname mismatch, Exchange Online's
 * 4.4.317/5.4.317 TlsCertValidation and SubjectMismatch, Gmail's "TLS Negotiation failed"), MTA-STS (5.4.8, MX
 * not in policy, policy fetch failed) and DANE (no TLSA records matched, TLSA records unusable, TLSA lookup
 * error, DNSSEC bogus), connections refused, timed out, reset, dropped at the greeting or end of data, IPv6
 * "Network is unreachable", Gmail's IPv6 PTR rule, loops (loops back to myself, Too many hops, 5.4.14), Exchange
 * and Microsoft 365 expiry (4.4.316, 4.4.7, SocketError), and the sender's DNS (Name service error "try again"
 * against "Host not found", SERVFAIL, Unrouteable address, MX to non-existent hosts, NonExistentDomain,
 * Sendmail's host map failures, a resolver's REFUSED), from Postfix, Exim, Sendmail, qmail, Exchange, Microsoft
 * 365, Gmail, PowerMTA and Haraka. The truths held: the sending MTA's TLS deferrals are not final; whose side
 * acts follows whose certificate or policy is wrong: a receiver demanding STARTTLS is the sender's to fix, a
 * receiver's bad certificate, TLSA records or MTA-STS policy the receiver's; ENETUNREACH is the sending host's
 * own routing. Written from knowledge of the programs' wording, none from the development corpus, measured
 * before any rule was changed:
 *   round 60  69 cases, 41 right as written (59 %). Case errors of ours (3): two PowerMTA accounting lines
 *             lacked the empty orcpt column (the recipient was taken from the wrong field), and a bare Postfix
 *             "Server certificate not verified" was held to be the receiver's (it is as often the sender's own
 *             missing smtp_tls_CAfile): those cases corrected. The 25 wrong:
 *             - side (19): every receiver demanding STARTTLS (530 5.7.0, Gmail's, Exchange's 451 5.7.3) was
 *               "either" side, not the sender's; every certificate, DANE, MTA-STS failure and 454 "TLS not
 *               available due to local problem" "either", not the receiver's; IPv6 "Network is unreachable"
 *               "either", not the sender's;
 *             - Exchange Online's 4.4.317 with "[Message=TlsCertValidation failed …]" read by its status alone
 *               (tls-required): the "[Message=…]" tag, which holds the remote's answer, was dropped as metadata;
 *             - Exim's "the server did not offer TLS support" read as a plain delay; "554 5.7.0 … unsupported
 *               protocol" as a refused connection; Postfix "Cannot start TLS: handshake failure" after "alert
 *               protocol version" as a generic security error (the x.7.5 status decided, not the words);
 *             - no record (2): Haraka's outbound log line, a resolver's REFUSED in an MTA's log line.
 *   fixed     three new causes: starttls-not-used (sender: the receiver demands STARTTLS, yours did not start
 *             it), recipient-tls-invalid (recipient: the receiving server's certificate, TLSA records, MTA-STS
 *             policy or TLS itself fails the sending server's checks, not final) and sender-network-unreachable
 *             (sender: ENETUNREACH, most often no IPv6 route). As data (reply-phrases.ts): the receiver's STARTTLS
 *             demands, the certificate/DANE/MTA-STS words (untrusted issuer, hostname mismatch, certificate
 *             doesn't match, TLSA records, "_25._tcp." owner names, TlsCertValidation, SubjectMismatch, "TLS not
 *             available due to local problem") and Exim's "did not offer TLS" apart; "unsupported protocol" as an
 *             outdated TLS version; "cannot start tls", "handshake failure", "no shared cipher" as a handshake
 *             failure before the status; Exchange Online's 4.7.322-4.7.325 (its outbound DANE codes) as the
 *             receiver's TLS; Gmail's "must issue a starttls command first" and "TLS required for RCPT domain"
 *             as the sender's. In code: Exchange's "[Message=…]" tag is read with the reply (classify.ts TAGS).
 *             Earlier rounds' TLS cases widened to the new ids (and "Postfix STARTTLS first" from either to the
 *             sender's side). 66 of 69 right; 3 stay knownWrong (see there).
 *   then      a second batch of 15 (SECOND_BATCH_60: Exim's 530 after MAIL FROM, Sendmail's deferred 454, Gmail's
 *             delay for a self-signed certificate, Exchange Online's 4.7.321 starttls-not-supported, Exim's
 *             GnuTLS handshake alert, Exim's IPv6 "defer (101): Network is unreachable", Sendmail's connection
 *             timeout, Postfix's lost connection at RCPT TO, "mail forwarding loop", Exim's too many Received
 *             headers and "all hosts … failing for a long time", Gmail's SERVFAIL delay and NXDOMAIN failure,
 *             Microsoft 365's 5.4.310, Exim's "Unrouteable mail domain"), written after the fixes and measured
 *             before any change: 13 of 15 right as written. Wrong: Gmail's "the certificate is self signed"
 *             (a TLS failure of either side) and a bare 4.7.321 with no Microsoft marker (unknown). Fixed as
 *             data: "certificate is self signed" is the receiver's certificate (Node's and OpenSSL's "self
 *             signed certificate" stays a client's), "starttls-not-supported" and "must support TLS" a TLS
 *             requirement. 15 of 15; whole suite green; corpus 366/383, reply codes 261/274.
 */

// The receiver demands TLS and the sender did not use it: the sending server must start TLS.
const MUST_TLS = {
  cause: ['starttls-not-used', 'tls-required', 'tls-failed'],
  reason: ['failedstarttls', 'securityerror'],
  side: 'sender',
} as const;
// The sending server's policy demands TLS (or a verified certificate) and the receiver cannot give it: queued.
const TLS_DEFER = {
  cause: ['tls-required', 'tls-failed', 'security-error', 'recipient-tls-invalid'],
  reason: ['failedstarttls', 'securityerror'],
  permanent: false,
} as const;
// The receiver's certificate (or its TLSA/MTA-STS policy) is what is wrong: the receiving side must act.
const THEIR_CERT = { ...TLS_DEFER, side: 'recipient' } as const;
const OUTDATED = {
  cause: ['tls-outdated', 'tls-failed'],
  reason: 'securityerror',
  side: 'sender',
} as const;
// No TCP connection to the receiver (refused, timed out, reset): retried.
const UNREACHABLE = {
  cause: ['recipient-server-unreachable', 'delivery-delayed', 'connection-refused', 'no-route-to-host'],
  reason: ['expired', 'networkerror', 'blocked'],
  permanent: false,
} as const;
const REFUSED = {
  cause: ['connection-refused', 'recipient-server-unreachable', 'delivery-delayed'],
  reason: ['blocked', 'expired', 'networkerror'],
  permanent: false,
} as const;
// The receiver dropped the session part-way (greeting, end of data): retried.
const DROPPED = {
  cause: [
    'recipient-server-unreachable',
    'delivery-delayed',
    'connection-rejected',
    'server-unavailable',
    'connection-refused',
  ],
  reason: ['expired', 'networkerror', 'blocked', 'systemerror'],
  permanent: false,
} as const;
// Final after the retry time ran out.
const GAVE_UP = {
  cause: ['delivery-expired', 'recipient-server-unreachable', 'connection-refused'],
  reason: ['expired', 'networkerror', 'blocked'],
  permanent: true,
} as const;
const DNS_TEMP = { cause: 'dns-failure', reason: 'networkerror', permanent: false } as const;
const NO_DOMAIN = {
  cause: ['domain-not-found', 'recipient-domain-typo'],
  reason: 'hostunknown',
  permanent: true,
} as const;
const NO_MAIL_HOST = {
  cause: ['no-mx', 'domain-not-found', 'not-accepting-mail'],
  reason: ['hostunknown', 'notaccept'],
  permanent: true,
} as const;
const LOOPED = {
  ...LOOP,
  cause: ['mail-loop'],
  reason: ['networkerror', 'mailererror', 'systemerror'],
} as const;

const postfixLog = (to: string, relay: string, dsn: string, status: string, why: string) =>
  `Dec  4 09:12:44 mail postfix/smtp[28311]: 6F2A41C0D3: to=<${to}>, relay=${relay}, delay=2.1, delays=0.02/0.01/2/0, dsn=${dsn}, status=${status} (${why})`;

const postfixBounce = (to: string, why: string) =>
  lines(
    'From: MAILER-DAEMON@mail.example.com (Mail Delivery System)',
    'To: alice@example.com',
    'Subject: Undelivered Mail Returned to Sender',
    'Date: Fri, 4 Dec 2026 09:30:00 +0000',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    ...postfixNoticeHead(),
    `<${to}>: ${why}`,
    '',
  );

const postfixDelay = (to: string, why: string) =>
  lines(
    'From: MAILER-DAEMON@mail.example.com (Mail Delivery System)',
    'To: alice@example.com',
    'Subject: Delayed Mail (still being retried)',
    'Date: Fri, 4 Dec 2026 13:30:00 +0000',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    'This is the mail system at host mail.example.com.',
    '',
    '####################################################################',
    '# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #',
    '####################################################################',
    '',
    'Your message could not be delivered for more than 4 hour(s).',
    'It will be retried until it is 5 day(s) old.',
    '',
    'For further assistance, please send mail to postmaster.',
    '',
    '                   The mail system',
    '',
    `<${to}>: ${why}`,
    '',
  );

const exchangeNdr = (to: string, remote: string, reply: string) =>
  lines(
    'From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com>',
    `To: Alice <alice@example.com>`,
    'Subject: Undeliverable: Quarterly figures',
    'Date: Fri, 4 Dec 2026 09:30:00 +0000',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    'Delivery has failed to these recipients or groups:',
    '',
    `${to} (${to})`,
    "Your message couldn't be delivered. Despite repeated attempts to deliver your message, the recipient's email system refused to accept a connection from your email system.",
    '',
    'Diagnostic information for administrators:',
    '',
    'Generating server: AM0PR01MB1234.eurprd01.prod.outlook.com',
    '',
    to,
    `${remote}`,
    `Remote Server returned '${reply}'`,
    '',
  );

export const ROUND_60: RealWorldCase[] = [
  // --- STARTTLS required / not offered ---
  [
    'R60 Postfix log: TLS is required, but was not offered by host',
    postfixLog(
      'bob@example.org',
      'mx.example.org[203.0.113.25]:25',
      '4.7.4',
      'deferred',
      'TLS is required, but was not offered by host mx.example.org[203.0.113.25]',
    ),
    { ...TLS_DEFER, recipient: 'bob@example.org', status: '4.7.4' },
  ],
  [
    'R60 bare reply: 530 5.7.0 Must issue a STARTTLS command first',
    '530 5.7.0 Must issue a STARTTLS command first',
    { ...MUST_TLS, replyCode: 530, status: '5.7.0', confidence: 'high' },
  ],
  [
    'R60 Gmail submission: 530-5.7.0 Must issue a STARTTLS command first (gsmtp)',
    lines(
      '530-5.7.0 Must issue a STARTTLS command first. For more information, go to',
      '530-5.7.0  https://support.google.com/a/answer/3221692 and review RFC 3207',
      '530 5.7.0 specifications. a1b2c3d4e5f6 - gsmtp',
    ),
    { ...MUST_TLS, replyCode: 530, provider: /google|gmail/i },
  ],
  [
    'R60 Exchange receive connector: 451 5.7.3 STARTTLS is required to send mail',
    postfixLog(
      'carol@example.net',
      'mail.example.net[198.51.100.7]:25',
      '4.7.3',
      'deferred',
      'host mail.example.net[198.51.100.7] said: 451 5.7.3 STARTTLS is required to send mail [BN8PR12MB3456.namprd12.prod.outlook.com] (in reply to MAIL FROM command)',
    ),
    { ...MUST_TLS, permanent: false, recipient: 'carol@example.net', replyCode: 451 },
  ],
  [
    'R60 receiver TLS broken: 454 4.7.0 TLS not available due to local problem',
    postfixLog(
      'dan@example.org',
      'mx.example.org[203.0.113.25]:25',
      '4.7.0',
      'deferred',
      'host mx.example.org[203.0.113.25] said: 454 4.7.0 TLS not available due to local problem (in reply to STARTTLS command)',
    ),
    {
      cause: ['recipient-tls-invalid', 'tls-failed', 'tls-required', 'server-unavailable', 'security-error'],
      reason: ['securityerror', 'failedstarttls', 'systemerror'],
      side: 'recipient',
      permanent: false,
      replyCode: 454,
    },
  ],
  [
    'R60 Sendmail log: ruleset=tls_server reject=403 4.7.0 TLS handshake failed',
    'Dec  4 09:14:02 mail sm-mta[4410]: 0B49E1aQ004410: ruleset=tls_server, arg1=SOFTWARE, relay=mx.example.org., reject=403 4.7.0 TLS handshake failed.',
    { ...TLS_DEFER, recipient: null },
  ],
  [
    'R60 Exim log: a TLS session is required, but an attempt to start TLS failed',
    '2026-12-04 09:15:33 1wQx7a-000Bc1-2D == erin@example.org R=dnslookup T=remote_smtp defer (-38) H=mx.example.org [203.0.113.25]: a TLS session is required, but an attempt to start TLS failed',
    { ...TLS_DEFER, recipient: 'erin@example.org' },
  ],
  [
    'R60 Exim log: a TLS session is required, but the server did not offer TLS support',
    '2026-12-04 09:16:10 1wQx7b-000Bc4-5F == frank@example.net R=dnslookup T=remote_smtp defer (-37) H=mail.example.net [198.51.100.7]: a TLS session is required, but the server did not offer TLS support',
    { ...TLS_DEFER, recipient: 'frank@example.net' },
  ],
  [
    'R60 REQUIRETLS refused: 550 5.7.30 REQUIRETLS support required',
    postfixBounce(
      'gina@example.org',
      'host mx.example.org[203.0.113.25] said: 550 5.7.30 REQUIRETLS support required (in reply to MAIL FROM command)',
    ),
    {
      cause: ['tls-required', 'tls-failed'],
      reason: ['failedstarttls', 'securityerror'],
      permanent: true,
      recipient: 'gina@example.org',
      replyCode: 550,
      status: '5.7.30',
    },
  ],
  // --- TLS handshake failures ---
  [
    'R60 Postfix log: Cannot start TLS: handshake failure',
    postfixLog(
      'hank@example.org',
      'mx.example.org[203.0.113.25]:25',
      '4.7.5',
      'deferred',
      'Cannot start TLS: handshake failure',
    ),
    { ...TLS_DEFER, recipient: 'hank@example.org', status: '4.7.5' },
  ],
  [
    'R60 Postfix delay notice: lost connection while performing the TLS handshake (no shared cipher)',
    postfixDelay(
      'ivan@example.net',
      'lost connection with mail.example.net[198.51.100.7] while performing the TLS handshake: SSL routines::no shared cipher',
    ),
    { ...TLS_DEFER, recipient: 'ivan@example.net' },
  ],
  [
    'R60 Exim log: TLS error on connection (SSL_connect): wrong version number',
    lines(
      '2026-12-04 09:18:41 1wQx7c-000Bc9-1A H=mx.example.org [203.0.113.25]: TLS error on connection (SSL_connect): error:0A00010B:SSL routines::wrong version number',
      '2026-12-04 09:18:41 1wQx7c-000Bc9-1A == judy@example.org R=dnslookup T=remote_smtp defer (-38) H=mx.example.org [203.0.113.25]: a TLS session is required, but an attempt to start TLS failed',
    ),
    { ...TLS_DEFER, recipient: 'judy@example.org' },
  ],
  [
    'R60 Exim bounce: TLS session: (SSL_connect): certificate verify failed',
    textEmail(
      'Mail Delivery System <Mailer-Daemon@mail.example.com>',
      'Mail delivery failed: returning message to sender',
      [
        'This message was created automatically by mail delivery software.',
        '',
        'A message that you sent could not be delivered to one or more of its',
        'recipients. This is a permanent error. The following address(es) failed:',
        '',
        '  kate@example.org',
        '    host mx.example.org [203.0.113.25]',
        '    TLS session: (SSL_connect): error:0A000086:SSL routines::certificate verify failed',
      ],
    ),
    {
      ...THEIR_CERT,
      permanent: true,
      recipient: 'kate@example.org',
      knownWrong:
        "Exim's bounce keeps only OpenSSL's 'SSL routines::certificate verify failed' as the diagnostic, without " +
        "'TLS session: (SSL_connect)'; those bare words are also PHP's and mail clients' about their own server, " +
        'so they stay a TLS failure of either side',
    },
  ],
  [
    'R60 Postfix log: tlsv1 alert protocol version, then deferred',
    lines(
      'Dec  4 09:20:11 mail postfix/smtp[28400]: SSL_connect error to mx.example.org[203.0.113.25]:25: -1',
      'Dec  4 09:20:11 mail postfix/smtp[28400]: warning: TLS library problem: error:0A00042E:SSL routines::tlsv1 alert protocol version:ssl/record/rec_layer_s3.c:1584:SSL alert number 70:',
      postfixLog(
        'liam@example.org',
        'mx.example.org[203.0.113.25]:25',
        '4.7.5',
        'deferred',
        'Cannot start TLS: handshake failure',
      ),
    ),
    { ...TLS_DEFER, cause: ['tls-failed', 'tls-outdated', 'tls-required'], recipient: 'liam@example.org' },
  ],
  [
    'R60 Microsoft 365: 421 4.7.66 TLS 1.0 and 1.1 are not supported',
    '421 4.7.66 TLS 1.0 and 1.1 are not supported. Please upgrade/update your client to support TLS 1.2. Visit https://aka.ms/smtp_auth_tls. [BY5PR17CA0041.namprd17.prod.outlook.com]',
    { ...OUTDATED, permanent: false, replyCode: 421, status: '4.7.66', confidence: 'high' },
  ],
  [
    'R60 receiver refuses old protocol: 554 5.7.0 unsupported protocol TLSv1',
    '554 5.7.0 TLS protocol TLSv1 not accepted: unsupported protocol, use TLSv1.2 or later',
    { ...OUTDATED, permanent: true, replyCode: 554 },
  ],
  // --- certificate failures ---
  [
    'R60 Postfix log: Server certificate not verified',
    postfixLog(
      'mia@example.org',
      'mx.example.org[203.0.113.25]:25',
      '4.7.5',
      'deferred',
      'Server certificate not verified',
    ),
    { ...TLS_DEFER, recipient: 'mia@example.org', status: '4.7.5' },
  ],
  [
    'R60 Postfix log: certificate verification failed: certificate has expired',
    lines(
      'Dec  4 09:22:03 mail postfix/smtp[28412]: certificate verification failed for mx.example.org[203.0.113.25]:25: certificate has expired',
      postfixLog(
        'nina@example.org',
        'mx.example.org[203.0.113.25]:25',
        '4.7.5',
        'deferred',
        'Server certificate not verified',
      ),
    ),
    { ...THEIR_CERT, recipient: 'nina@example.org' },
  ],
  [
    'R60 Postfix log: untrusted issuer',
    lines(
      'Dec  4 09:23:40 mail postfix/smtp[28415]: certificate verification failed for mail.example.net[198.51.100.7]:25: untrusted issuer /C=US/O=Example Internal CA/CN=Example Root',
      postfixLog(
        'oscar@example.net',
        'mail.example.net[198.51.100.7]:25',
        '4.7.5',
        'deferred',
        'Server certificate not trusted',
      ),
    ),
    { ...THEIR_CERT, recipient: 'oscar@example.net' },
  ],
  [
    'R60 Postfix log: self-signed certificate, not trusted',
    lines(
      'Dec  4 09:24:12 mail postfix/smtp[28419]: certificate verification failed for mx2.example.org[203.0.113.26]:25: self-signed certificate',
      postfixLog(
        'paul@example.org',
        'mx2.example.org[203.0.113.26]:25',
        '4.7.5',
        'deferred',
        'Server certificate not trusted',
      ),
    ),
    { ...THEIR_CERT, recipient: 'paul@example.org' },
  ],
  [
    'R60 Postfix log: server certificate name mismatch',
    lines(
      'Dec  4 09:25:31 mail postfix/smtp[28422]: server certificate verification failed for mx.example.org[203.0.113.25]:25: hostname mismatch, certificate names: *.hosting.example.net',
      postfixLog(
        'quinn@example.org',
        'mx.example.org[203.0.113.25]:25',
        '4.7.5',
        'deferred',
        'Server certificate not verified',
      ),
    ),
    { ...THEIR_CERT, recipient: 'quinn@example.org' },
  ],
  [
    'R60 Microsoft 365 NDR: 5.4.317 TlsCertValidation SubjectMismatch',
    exchangeNdr(
      'rita@example.org',
      'mx.example.org',
      '550 5.4.317 Message expired -> 451 4.4.317 Cannot connect to remote server [Message=SubjectMismatch: Target host responded with certificate that did not match the target host name mx.example.org] [LastAttemptedServerName=mx.example.org] [LastAttemptedIP=203.0.113.25:25] [AM0PR01MB1234.eurprd01.prod.outlook.com]',
    ),
    {
      cause: ['recipient-tls-invalid', 'tls-failed', 'delivery-expired'],
      reason: ['securityerror', 'expired'],
      permanent: true,
      recipient: 'rita@example.org',
    },
  ],
  [
    'R60 Microsoft 365 delay: 4.4.317 TlsCertValidation failed',
    lines(
      'Delivery is delayed to these recipients or groups:',
      '',
      'sam@example.net (sam@example.net)',
      '',
      "This message hasn't been delivered yet. Delivery will continue to be attempted.",
      '',
      'Diagnostic information for administrators:',
      '',
      'Generating server: DM6PR11MB4321.namprd11.prod.outlook.com',
      '',
      'sam@example.net',
      "Remote Server returned '451 4.4.317 Cannot connect to remote server [Message=TlsCertValidation failed: RemoteCertificateChainErrors, certificate expired] [LastAttemptedServerName=mail.example.net] [LastAttemptedIP=198.51.100.7:25]'",
    ),
    {
      ...THEIR_CERT,
      cause: ['recipient-tls-invalid', 'tls-failed', 'delivery-delayed'],
      reason: ['securityerror', 'expired', 'failedstarttls'],
      recipient: 'sam@example.net',
    },
  ],
  [
    "R60 Gmail NDR: TLS Negotiation failed, the certificate doesn't match the host",
    textEmail(
      'Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
      'Delivery Status Notification (Failure)',
      [
        '** Message not delivered **',
        '',
        'There was a problem delivering your message to tina@example.org. See the technical details below.',
        '',
        'The response was:',
        '',
        "TLS Negotiation failed, the certificate doesn't match the host.",
      ],
    ),
    { ...THEIR_CERT, permanent: true, recipient: 'tina@example.org' },
  ],
  [
    'R60 Gmail NDR: recipient server did not accept our requests, TLS Negotiation failed',
    textEmail(
      'Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
      'Delivery Status Notification (Failure)',
      [
        "Your message wasn't delivered to uma@example.net because the remote server did not accept our requests to connect securely.",
        '',
        'The response from the remote server was:',
        '[mail.example.net. 198.51.100.7] TLS Negotiation failed, the certificate has expired.',
      ],
    ),
    { ...THEIR_CERT, permanent: true, recipient: 'uma@example.net' },
  ],
  // --- MTA-STS and DANE ---
  [
    'R60 Microsoft 365: 550 5.4.8 MX hosts failed MTA-STS validation',
    exchangeNdr(
      'victor@example.org',
      'mx.example.org',
      "550 5.4.8 MX hosts of 'example.org' failed MTA-STS validation.",
    ),
    {
      cause: ['recipient-tls-invalid', 'tls-failed', 'tls-required', 'no-mx'],
      reason: ['securityerror', 'failedstarttls'],
      side: 'recipient',
      permanent: true,
      recipient: 'victor@example.org',
    },
  ],
  [
    'R60 postfix-mta-sts-resolver: MX not in policy (enforce)',
    lines(
      'Dec  4 09:30:01 mail postfix/smtp[28501]: warning: TLS policy lookup for example.org/mx3.example.org: MTA-STS policy mode enforce: MX host not listed in policy',
      postfixLog(
        'walt@example.org',
        'mx3.example.org[203.0.113.27]:25',
        '4.7.5',
        'deferred',
        'Server certificate not verified',
      ),
    ),
    { ...THEIR_CERT, recipient: 'walt@example.org' },
  ],
  [
    'R60 MTA-STS policy fetch failed (enforce, cached)',
    '2026-12-04 09:31:12 warning: mta-sts policy fetch failed for example.net: https://mta-sts.example.net/.well-known/mta-sts.txt: certificate has expired; using cached policy mode=enforce; delivery to <xena@example.net> deferred: 4.7.5 MX mail.example.net does not match policy',
    { ...THEIR_CERT, cause: ['recipient-tls-invalid', 'tls-failed', 'tls-required', 'security-error'] },
  ],
  [
    'R60 Postfix DANE: no TLSA records matched',
    lines(
      'Dec  4 09:32:40 mail postfix/smtp[28520]: Untrusted TLS connection established to mx.example.org[203.0.113.25]:25: TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)',
      'Dec  4 09:32:40 mail postfix/smtp[28520]: server certificate verification failed for mx.example.org[203.0.113.25]:25: num=0:no TLSA records matched',
      postfixLog(
        'yusuf@example.org',
        'mx.example.org[203.0.113.25]:25',
        '4.7.5',
        'deferred',
        'Server certificate not verified',
      ),
    ),
    { ...THEIR_CERT, recipient: 'yusuf@example.org' },
  ],
  [
    'R60 Postfix DANE: TLSA records unusable',
    lines(
      'Dec  4 09:33:02 mail postfix/smtp[28524]: warning: mx.example.org[203.0.113.25]:25: TLSA records unusable: all records have unsupported parameters',
      postfixLog(
        'zara@example.org',
        'mx.example.org[203.0.113.25]:25',
        '4.7.5',
        'deferred',
        'TLSA records unusable',
      ),
    ),
    { ...THEIR_CERT, recipient: 'zara@example.org' },
  ],
  [
    'R60 Postfix DANE: TLSA lookup error',
    postfixLog('abby@example.org', 'none', '4.7.5', 'deferred', 'TLSA lookup error for mx.example.org:25'),
    {
      cause: ['recipient-tls-invalid', 'tls-failed', 'dns-failure', 'security-error'],
      reason: ['securityerror', 'networkerror', 'failedstarttls'],
      permanent: false,
      recipient: 'abby@example.org',
    },
  ],
  [
    'R60 Exim DANE: validation failed',
    '2026-12-04 09:34:50 1wQx8a-000Bd2-7C == ben@example.net R=dnslookup T=remote_smtp defer (-38) H=mail.example.net [198.51.100.7] DANE: a TLS session is required, but DANE validation failed: (SSL_connect): certificate verify failed',
    { ...THEIR_CERT, recipient: 'ben@example.net' },
  ],
  [
    "R60 DNSSEC bogus answer for the MX host's TLSA",
    postfixLog(
      'cleo@example.org',
      'none',
      '4.7.5',
      'deferred',
      'DNSSEC validation failed for _25._tcp.mx.example.org TLSA: answer is bogus',
    ),
    {
      cause: ['recipient-tls-invalid', 'tls-failed', 'dns-failure', 'security-error'],
      reason: ['securityerror', 'networkerror'],
      side: 'recipient',
      permanent: false,
      recipient: 'cleo@example.org',
    },
  ],
  // --- connection level ---
  [
    'R60 Postfix log: connect ... Connection refused',
    postfixLog(
      'dave@example.net',
      'none',
      '4.4.1',
      'deferred',
      'connect to mail.example.net[198.51.100.7]:25: Connection refused',
    ),
    { ...REFUSED, recipient: 'dave@example.net', status: '4.4.1' },
  ],
  [
    'R60 Postfix log: connect ... Connection timed out',
    postfixLog(
      'ella@example.org',
      'none',
      '4.4.1',
      'deferred',
      'connect to mx.example.org[203.0.113.25]:25: Connection timed out',
    ),
    { ...UNREACHABLE, recipient: 'ella@example.org' },
  ],
  [
    'R60 Postfix log: IPv6 Network is unreachable (sender has no IPv6 route)',
    postfixLog(
      'finn@gmail.com',
      'none',
      '4.4.1',
      'deferred',
      'connect to gmail-smtp-in.l.google.com[2607:f8b0:4004:c1b::1a]:25: Network is unreachable',
    ),
    {
      cause: ['sender-network-unreachable', 'no-route-to-host', 'recipient-server-unreachable'],
      reason: ['networkerror', 'expired'],
      side: 'sender',
      permanent: false,
      recipient: 'finn@gmail.com',
    },
  ],
  [
    'R60 Postfix log: No route to host',
    postfixLog(
      'gail@example.org',
      'none',
      '4.4.1',
      'deferred',
      'connect to mx.example.org[203.0.113.25]:25: No route to host',
    ),
    {
      cause: ['no-route-to-host', 'recipient-server-unreachable'],
      reason: ['networkerror', 'expired'],
      permanent: false,
    },
  ],
  [
    'R60 Gmail IPv6 PTR and authentication requirement',
    lines(
      '550-5.7.1 [2001:db8:1::25] This message does not meet IPv6 sending guidelines',
      '550-5.7.1 regarding PTR records and authentication. Please review',
      '550-5.7.1  https://support.google.com/mail/?p=IPv6AuthError for more information',
      '550 5.7.1 . x12si3456789qvb.101 - gsmtp',
    ),
    {
      cause: ['reverse-dns-missing', 'auth-failed'],
      reason: ['requireptr', 'authfailure'],
      side: 'sender',
      permanent: true,
      provider: /google|gmail/i,
    },
  ],
  [
    'R60 Postfix log: lost connection while receiving the initial server greeting',
    postfixLog(
      'hugo@example.net',
      'mail.example.net[198.51.100.7]:25',
      '4.4.2',
      'deferred',
      'lost connection with mail.example.net[198.51.100.7] while receiving the initial server greeting',
    ),
    { ...DROPPED, recipient: 'hugo@example.net', status: '4.4.2' },
  ],
  [
    'R60 Postfix log: conversation timed out while sending end of data',
    postfixLog(
      'iris@example.org',
      'mx.example.org[203.0.113.25]:25',
      '4.4.2',
      'deferred',
      'conversation with mx.example.org[203.0.113.25] timed out while sending end of data -- message may be sent more than once',
    ),
    { ...DROPPED, recipient: 'iris@example.org' },
  ],
  [
    'R60 Postfix log: 421 4.4.2 Error: timeout exceeded after end of data',
    postfixLog(
      'jack@example.org',
      'mx.example.org[203.0.113.25]:25',
      '4.4.2',
      'deferred',
      'host mx.example.org[203.0.113.25] said: 421 4.4.2 mx.example.org Error: timeout exceeded (in reply to end of DATA command)',
    ),
    { ...DROPPED, recipient: 'jack@example.org', replyCode: 421, status: '4.4.2' },
  ],
  [
    'R60 Sendmail: Deferred: Connection reset by mx.example.org.',
    'Dec  4 09:40:12 mail sm-mta[4520]: 0B49E2bR004520: to=<kyle@example.org>, delay=00:00:31, xdelay=00:00:31, mailer=esmtp, pri=120412, relay=mx.example.org. [203.0.113.25], dsn=4.0.0, stat=Deferred: Connection reset by mx.example.org.',
    { ...DROPPED, recipient: 'kyle@example.org' },
  ],
  [
    'R60 Exim log: Remote host closed connection in response to initial connection',
    '2026-12-04 09:41:30 1wQx9a-000Bd7-3E == lena@example.net R=dnslookup T=remote_smtp defer (-18): Remote host mail.example.net [198.51.100.7] closed connection in response to initial connection',
    { ...DROPPED, recipient: 'lena@example.net' },
  ],
  [
    'R60 Exim bounce: retry timeout exceeded after Connection timed out',
    textEmail(
      'Mail Delivery System <Mailer-Daemon@mail.example.com>',
      'Mail delivery failed: returning message to sender',
      [
        'This message was created automatically by mail delivery software.',
        '',
        'A message that you sent could not be delivered to one or more of its',
        'recipients. This is a permanent error. The following address(es) failed:',
        '',
        '  mark@example.org',
        '    retry timeout exceeded',
        '    host mx.example.org [203.0.113.25]: Connection timed out',
      ],
    ),
    { ...GAVE_UP, recipient: 'mark@example.org' },
  ],
  [
    'R60 Haraka log: connect ECONNREFUSED, temp fail',
    '[WARN] [B2C1D0E9-AB12-4C3D-8E7F-1A2B3C4D5E6F.1] [outbound] temp_fail_queue: Error: connect ECONNREFUSED 203.0.113.25:25 (delivering to nora@example.org via mx.example.org)',
    {
      ...REFUSED,
      knownWrong:
        "Haraka's outbound log line (temp_fail_queue, 'delivering to x') is no form the readers know, and a bare " +
        "'connect ECONNREFUSED' is read as a Node client's own submission server: no record",
    },
  ],
  [
    'R60 PowerMTA accounting: connection timed out, failed after retries',
    'b,2026-12-04 09:45:00+0000,2026-11-30 09:40:11+0000,alice@example.com,olga@example.org,,failed,5.4.7 (delivery time expired),smtp;421 4.4.1 connection to mx.example.org timed out,mx.example.org (203.0.113.25),routing-errors',
    { ...GAVE_UP, recipient: 'olga@example.org' },
  ],
  [
    'R60 Exchange on-prem: 451 4.4.0 Primary target IP address responded with 421 4.4.2 SocketError',
    lines(
      'Delivery is delayed to these recipients or groups:',
      '',
      'pete@example.net',
      '',
      'Subject: Contract',
      '',
      "This message hasn't been delivered yet. Delivery will continue to be attempted.",
      '',
      'Diagnostic information for administrators:',
      '',
      'Generating server: EXCH01.corp.example.com',
      '',
      'pete@example.net',
      'Remote Server returned \'451 4.4.0 Primary target IP address responded with: "421 4.4.2 Connection dropped due to SocketError." Attempted failover to alternate host, but that did not succeed. Either there are no alternate hosts, or delivery failed to all alternate hosts. The last endpoint attempted was 198.51.100.7:25\'',
    ),
    { ...DROPPED, recipient: 'pete@example.net' },
  ],
  [
    'R60 Microsoft 365 NDR: 5.4.316 Message expired, connection refused',
    exchangeNdr(
      'rosa@example.org',
      'mx.example.org',
      '550 5.4.316 Message expired, connection refused(Socket error code 10061)',
    ),
    { ...GAVE_UP, recipient: 'rosa@example.org' },
  ],
  [
    'R60 Microsoft 365 NDR: 4.4.7 Message expired, connection timed out',
    exchangeNdr(
      'saul@example.net',
      'mail.example.net',
      '550 4.4.7 QUEUE.Expired; message expired [Message=451 4.4.0 Error encountered while communicating with primary target IP address: "Failed to connect. Winsock error code: 10060, Win32 error code: 10060." Attempted failover to alternate host, but that did not succeed.] [LastAttemptedServerName=mail.example.net] [LastAttemptedIP=198.51.100.7:25]',
    ),
    { ...GAVE_UP, recipient: 'saul@example.net' },
  ],
  // --- loops ---
  [
    'R60 Postfix bounce: mail for example.org loops back to myself',
    postfixBounce('tara@example.org', 'mail for example.org loops back to myself'),
    { ...LOOPED, permanent: true, recipient: 'tara@example.org' },
  ],
  [
    'R60 Sendmail: 554 5.4.6 Too many hops',
    '554 5.4.6 Too many hops 26 (25 max): from <alice@example.com> via mx.example.org, to <ugo@example.org>',
    { ...LOOPED, permanent: true, replyCode: 554, status: '5.4.6' },
  ],
  [
    'R60 Microsoft 365: 554 5.4.14 Hop count exceeded - possible mail loop',
    exchangeNdr(
      'vera@example.org',
      'EX2.example.org',
      '554 5.4.14 Hop count exceeded - possible mail loop ATTR34 [DB8EUR05FT012.eop-eur05.prod.protection.outlook.com]',
    ),
    { ...LOOPED, permanent: true, recipient: 'vera@example.org', status: '5.4.14' },
  ],
  [
    'R60 Sendmail: config error: mail loops back to me (MX problem?)',
    '553 5.3.5 mail.example.com. config error: mail loops back to me (MX problem?)',
    { ...LOOPED, cause: ['mail-loop', 'system-error'], permanent: true, replyCode: 553 },
  ],
  // --- the sending server's DNS ---
  [
    'R60 Postfix log: Name service error ... Host not found, try again',
    postfixLog(
      'wade@example.org',
      'none',
      '4.4.3',
      'deferred',
      'Host or domain name not found. Name service error for name=example.org type=MX: Host not found, try again',
    ),
    { ...DNS_TEMP, recipient: 'wade@example.org', status: '4.4.3' },
  ],
  [
    'R60 Postfix bounce: Name service error ... Host not found (permanent)',
    postfixBounce(
      'xavi@example-shop.org',
      'Host or domain name not found. Name service error for name=example-shop.org type=A: Host not found',
    ),
    { ...NO_DOMAIN, recipient: 'xavi@example-shop.org' },
  ],
  [
    'R60 Postfix delay notice: SERVFAIL on the recipient domain',
    postfixDelay(
      'yana@example.net',
      'Host or domain name not found. Name service error for name=example.net type=MX: Host not found, try again',
    ),
    { ...DNS_TEMP, recipient: 'yana@example.net' },
  ],
  [
    'R60 Exim log: host lookup did not complete (SERVFAIL)',
    '2026-12-04 09:50:02 1wQxAa-000Be1-9B == zoe@example.org R=dnslookup defer (-1): host lookup did not complete',
    { ...DNS_TEMP, recipient: 'zoe@example.org' },
  ],
  [
    'R60 Exim bounce: Unrouteable address',
    textEmail(
      'Mail Delivery System <Mailer-Daemon@mail.example.com>',
      'Mail delivery failed: returning message to sender',
      [
        'This message was created automatically by mail delivery software.',
        '',
        'A message that you sent could not be delivered to one or more of its',
        'recipients. This is a permanent error. The following address(es) failed:',
        '',
        '  adam@examplle.org',
        '    Unrouteable address',
      ],
    ),
    {
      ...NO_DOMAIN,
      cause: ['domain-not-found', 'recipient-domain-typo', 'no-mx'],
      reason: ['hostunknown', 'notaccept'],
      recipient: 'adam@examplle.org',
    },
  ],
  [
    'R60 Exim bounce: all relevant MX records point to non-existent hosts',
    textEmail(
      'Mail Delivery System <Mailer-Daemon@mail.example.com>',
      'Mail delivery failed: returning message to sender',
      [
        'This message was created automatically by mail delivery software.',
        '',
        'A message that you sent could not be delivered to one or more of its',
        'recipients. This is a permanent error. The following address(es) failed:',
        '',
        '  bea@example.org',
        '    all relevant MX records point to non-existent hosts',
      ],
    ),
    { ...NO_MAIL_HOST, side: 'recipient', recipient: 'bea@example.org' },
  ],
  [
    'R60 PowerMTA: no MX or A records for domain',
    'b,2026-12-04 09:52:00+0000,2026-12-04 09:51:58+0000,alice@example.com,carl@example.invalid,,failed,5.1.2 (bad destination system: no such domain),smtp;550 5.1.2 [internal] no MX or A/AAAA records for example.invalid,,bad-domain',
    {
      ...NO_DOMAIN,
      cause: ['domain-not-found', 'no-mx', 'recipient-domain-typo'],
      recipient: 'carl@example.invalid',
    },
  ],
  [
    'R60 Exchange on-prem: 451 4.4.0 DNS query failed ErrorRetry',
    lines(
      'Delivery is delayed to these recipients or groups:',
      '',
      'dina@example.org',
      '',
      "This message hasn't been delivered yet. Delivery will continue to be attempted.",
      '',
      'Diagnostic information for administrators:',
      '',
      'Generating server: EXCH01.corp.example.com',
      '',
      'dina@example.org',
      "Remote Server returned '451 4.4.0 DNS query failed. The error was: DNS query failed with error ErrorRetry'",
    ),
    { ...DNS_TEMP, recipient: 'dina@example.org' },
  ],
  [
    'R60 Exchange: 550 5.4.4 SMTPSEND.DNS.NonExistentDomain',
    exchangeNdr(
      'emil@example-gone.org',
      'example-gone.org',
      '550 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain',
    ),
    { ...NO_DOMAIN, recipient: 'emil@example-gone.org', status: '5.4.4' },
  ],
  [
    'R60 Sendmail mailq: host map lookup deferred',
    'Dec  4 09:55:10 mail sm-mta[4601]: 0B49E3cS004601: to=<faye@example.net>, delay=00:00:05, xdelay=00:00:00, mailer=esmtp, pri=30412, relay=example.net., dsn=4.4.3, stat=Deferred: Name server: example.net.: host name lookup failure',
    { ...DNS_TEMP, recipient: 'faye@example.net' },
  ],
  [
    'R60 Sendmail: Host unknown (Name server: host not found)',
    'Dec  4 09:56:10 mail sm-mta[4605]: 0B49E3dT004605: to=<gus@examplee.com>, delay=00:00:01, xdelay=00:00:00, mailer=esmtp, pri=30412, relay=examplee.com, dsn=5.1.2, stat=Host unknown (Name server: examplee.com: host not found)',
    { ...NO_DOMAIN, recipient: 'gus@examplee.com', status: '5.1.2' },
  ],
  [
    "R60 PowerMTA: the sending server's own resolver REFUSED the query",
    '2026-12-04 09:57:31 error: example.org: DNS query for MX failed: query refused by 127.0.0.1 (REFUSED); message for <hana@example.org> queued for retry',
    {
      ...DNS_TEMP,
      side: 'sender',
      knownWrong:
        "a resolver's REFUSED in an MTA's own log line ('DNS query for MX failed: … (REFUSED)') gives no record, " +
        "and dns-failure is either side: the sending host's own resolver refusing is not told apart",
    },
  ],
  [
    'R60 Haraka: queryMx ESERVFAIL',
    '[ERROR] [-] [outbound] Temporary failure: DNS lookup failure: queryMx ESERVFAIL example.org (delivering to ivo@example.org)',
    DNS_TEMP,
  ],
  [
    'R60 qmail: Connected but connection died (#4.4.2)',
    lines(
      'Hi. This is the qmail-send program at mail.example.com.',
      "I'm afraid I wasn't able to deliver your message to the following addresses.",
      "This is a permanent error; I've given up. Sorry it didn't work out.",
      '',
      '<jane@example.net>:',
      'Connected to 198.51.100.7 but connection died. (#4.4.2)',
      "I'm not going to try again; this message has been in the queue too long.",
    ),
    { ...DROPPED, permanent: true, recipient: 'jane@example.net' },
  ],
  [
    "R60 qmail: Sorry, I wasn't able to establish an SMTP connection (#4.4.1)",
    lines(
      'Hi. This is the qmail-send program at mail.example.com.',
      "I'm afraid I wasn't able to deliver your message to the following addresses.",
      "This is a permanent error; I've given up. Sorry it didn't work out.",
      '',
      '<kurt@example.org>:',
      "Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)",
      "I'm not going to try again; this message has been in the queue too long.",
    ),
    { ...GAVE_UP, recipient: 'kurt@example.org' },
  ],
  [
    'R60 Postfix: MX host has no address (all MX point to non-existent hosts)',
    postfixBounce(
      'ines@example.org',
      'Host or domain name not found. Name service error for name=mx1.example.org type=A: Host not found',
    ),
    {
      ...NO_MAIL_HOST,
      cause: ['no-mx', 'domain-not-found', 'not-accepting-mail'],
      recipient: 'ines@example.org',
    },
  ],
];

export const SECOND_BATCH_60: RealWorldCase[] = [
  [
    'R60b Exim bounce: 530 5.7.0 Must issue a STARTTLS command first after MAIL FROM',
    textEmail(
      'Mail Delivery System <Mailer-Daemon@mail.example.com>',
      'Mail delivery failed: returning message to sender',
      [
        'This message was created automatically by mail delivery software.',
        '',
        'A message that you sent could not be delivered to one or more of its',
        'recipients. This is a permanent error. The following address(es) failed:',
        '',
        '  lara@example.net',
        '    host mail.example.net [198.51.100.7]',
        '    SMTP error from remote mail server after MAIL FROM:<alice@example.com> SIZE=4512:',
        '    530 5.7.0 Must issue a STARTTLS command first',
      ],
    ),
    { ...MUST_TLS, permanent: true, recipient: 'lara@example.net', replyCode: 530 },
  ],
  [
    'R60b Sendmail log: Deferred: 454 4.7.0 TLS not available due to local problem',
    'Dec  4 10:02:11 mail sm-mta[4710]: 0B4A02aS004710: to=<milo@example.org>, delay=00:00:02, xdelay=00:00:02, mailer=esmtp, pri=120433, relay=mx.example.org. [203.0.113.25], dsn=4.0.0, stat=Deferred: 454 4.7.0 TLS not available due to local problem',
    {
      cause: ['recipient-tls-invalid', 'tls-failed', 'server-unavailable'],
      reason: ['securityerror', 'systemerror', 'failedstarttls'],
      side: 'recipient',
      permanent: false,
      recipient: 'milo@example.org',
    },
  ],
  [
    'R60b Gmail delay: TLS Negotiation failed, the certificate is self signed',
    textEmail(
      'Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
      'Delivery Status Notification (Delay)',
      [
        '** Message delayed **',
        '',
        "There was a temporary problem delivering your message to nell@example.org. Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.",
        '',
        'The response was:',
        '',
        'TLS Negotiation failed, the certificate is self signed.',
      ],
    ),
    { ...THEIR_CERT, recipient: 'nell@example.org' },
  ],
  [
    'R60b Microsoft 365: 451 4.7.321 starttls-not-supported',
    '451 4.7.321 starttls-not-supported: Destination mail server must support TLS to receive mail.',
    {
      cause: ['tls-required', 'recipient-tls-invalid'],
      reason: ['failedstarttls', 'securityerror'],
      permanent: false,
      replyCode: 451,
    },
  ],
  [
    'R60b Exim GnuTLS: (gnutls_handshake) fatal alert received',
    '2026-12-04 10:04:40 1wQxBa-000Bf2-4C H=mx.example.org [203.0.113.25]: TLS error on connection (gnutls_handshake): A TLS fatal alert has been received.\n2026-12-04 10:04:40 1wQxBa-000Bf2-4C == omar@example.org R=dnslookup T=remote_smtp defer (-38) H=mx.example.org [203.0.113.25]: a TLS session is required, but an attempt to start TLS failed',
    { ...TLS_DEFER, recipient: 'omar@example.org' },
  ],
  [
    'R60b Exim log: defer (101): Network is unreachable (IPv6)',
    '2026-12-04 10:05:02 1wQxBb-000Bf5-6D == pia@example.net R=dnslookup T=remote_smtp defer (101): Network is unreachable H=mail.example.net [2001:db8:5::25]',
    {
      cause: ['sender-network-unreachable', 'no-route-to-host'],
      reason: 'networkerror',
      side: 'sender',
      permanent: false,
      recipient: 'pia@example.net',
    },
  ],
  [
    'R60b Sendmail log: Deferred: Connection timed out with mx.example.org.',
    'Dec  4 10:06:15 mail sm-mta[4720]: 0B4A06bT004720: to=<quentin@example.org>, delay=00:05:02, xdelay=00:05:00, mailer=esmtp, pri=120433, relay=mx.example.org., dsn=4.0.0, stat=Deferred: Connection timed out with mx.example.org.',
    { ...UNREACHABLE, recipient: 'quentin@example.org' },
  ],
  [
    'R60b Postfix log: lost connection while sending RCPT TO',
    postfixLog(
      'rhea@example.net',
      'mail.example.net[198.51.100.7]:25',
      '4.4.2',
      'deferred',
      'lost connection with mail.example.net[198.51.100.7] while sending RCPT TO',
    ),
    { ...DROPPED, recipient: 'rhea@example.net' },
  ],
  [
    'R60b Postfix bounce: mail forwarding loop',
    postfixBounce('stan@example.org', 'mail forwarding loop for stan@example.org'),
    { ...LOOPED, permanent: true, recipient: 'stan@example.org' },
  ],
  [
    'R60b Exim: Too many "Received" headers - suspected mail loop',
    textEmail(
      'Mail Delivery System <Mailer-Daemon@mail.example.com>',
      'Mail delivery failed: returning message to sender',
      [
        'This message was created automatically by mail delivery software.',
        '',
        'A message that you sent could not be delivered to one or more of its',
        'recipients. This is a permanent error. The following address(es) failed:',
        '',
        '  theo@example.org',
        '    Too many "Received" headers - suspected mail loop',
      ],
    ),
    { ...LOOPED, permanent: true, recipient: 'theo@example.org' },
  ],
  [
    'R60b Exim bounce: all hosts have been failing for a long time',
    textEmail(
      'Mail Delivery System <Mailer-Daemon@mail.example.com>',
      'Mail delivery failed: returning message to sender',
      [
        'This message was created automatically by mail delivery software.',
        '',
        'A message that you sent could not be delivered to one or more of its',
        'recipients. This is a permanent error. The following address(es) failed:',
        '',
        '  ulla@example.net',
        "    all hosts for 'example.net' have been failing for a long time (and retry time not reached)",
      ],
    ),
    { ...GAVE_UP, recipient: 'ulla@example.net' },
  ],
  [
    'R60b Gmail delay: DNS type mx lookup responded with code SERVFAIL',
    textEmail(
      'Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
      'Delivery Status Notification (Delay)',
      [
        '** Message delayed **',
        '',
        "There was a temporary problem delivering your message to vito@example.org. Gmail will retry for 45 more hours. You'll be notified if the delivery fails permanently.",
        '',
        'The response was:',
        '',
        "DNS Error: 8123456 DNS type 'mx' lookup of example.org responded with code SERVFAIL",
      ],
    ),
    { ...DNS_TEMP, recipient: 'vito@example.org' },
  ],
  [
    'R60b Gmail failure: DNS Error: Domain name not found',
    textEmail(
      'Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
      'Delivery Status Notification (Failure)',
      [
        '** Address not found **',
        '',
        "Your message wasn't delivered to wes@example-closed.org because the domain example-closed.org couldn't be found. Check for typos or unnecessary spaces and try again.",
        '',
        'The response was:',
        '',
        "DNS Error: 2345678 DNS type 'mx' lookup of example-closed.org responded with code NXDOMAIN Domain name not found: example-closed.org",
      ],
    ),
    { ...NO_DOMAIN, recipient: 'wes@example-closed.org' },
  ],
  [
    'R60b Microsoft 365: 550 5.4.310 DNS domain does not exist',
    exchangeNdr(
      'yves@example-old.org',
      'example-old.org',
      '550 5.4.310 DNS domain example-old.org does not exist [Message=InfoDomainNonexistent] [LastAttemptedServerName=example-old.org] [DB8EUR05FT012.eop-eur05.prod.protection.outlook.com]',
    ),
    { ...NO_DOMAIN, recipient: 'yves@example-old.org' },
  ],
  [
    'R60b Exim: Unrouteable mail domain',
    '2026-12-04 10:09:44 1wQxBc-000Bf9-8E ** zack@example.invalid R=dnslookup: Unrouteable mail domain "example.invalid"',
    {
      ...NO_DOMAIN,
      cause: ['domain-not-found', 'recipient-domain-typo', 'no-mx'],
      recipient: 'zack@example.invalid',
    },
  ],
];
