/**
 * What MTAs write themselves when no server replied (a local delivery that failed, a host that never
 * answered): no reply code stands in these texts, so the form of the line and the MTA's own words, together,
 * are what make them a bounce. `line` is the shape of the line the MTA writes (bounded, anchored); `phrases`
 * (lower case) are its wording there, one of which must also be found (none listed: the line holds them).
 * Either alone is not enough: "<bob@x>: hi" is chat, and so is "the disk quota exceeded again".
 */
export interface MtaTextForm {
  mta: string;
  line: RegExp;
  phrases: readonly string[];
  /** Its words for a message given up, not retried (cPanel's "Message discarded"): the record is final. */
  final?: readonly string[];
}

export const MTA_TEXT_FORMS: readonly MtaTextForm[] = [
  {
    // "<bob@x> (expanded from <info@x>): cannot update mailbox /var/mail/bob for user bob. …"
    mta: 'Postfix',
    line: /^[ \t]{0,8}<[^<>\s@]{1,64}@[^<>\s@]{1,255}>(?: \(expanded from <[^<>\n]{0,320}>\))?:[ \t]/m,
    phrases: [
      'cannot update mailbox',
      'cannot append message to file',
      'cannot open file',
      'cannot access mailbox',
      'cannot write to',
      'error writing message',
      'maildir delivery failed',
      'unknown user:',
      'loops back to myself',
      'mail forwarding loop for',
      'command died with status',
      'delivery temporarily suspended',
      'host or domain name not found',
      'connect to',
      'lost connection with',
      'conversation with',
      // The next hop offered no SMTPUTF8 for a message that needs it.
      'smtputf8 is required',
      // RFC 7505: "Domain example.net does not accept mail (nullMX)".
      'does not accept mail (nullmx)',
    ],
  },
  {
    // Exim's failed-recipient block: the address indented two spaces, its reason four.
    // "  bob@x\n    mailbox is full (MTA-imposed quota exceeded while writing to file …):"
    mta: 'Exim',
    line: /^ {2}[^\s@]{1,64}@[^\s@]{1,255}\r?\n {4}\S/m,
    phrases: [
      'mailbox is full',
      'quota exceeded',
      'have been failing for a long time',
      'retry time not reached',
      'retry timeout exceeded',
      'unrouteable address',
      'all relevant mx records point to non-existent hosts',
      'smtp error from remote mail server',
      'unknown user',
      'no such user',
      'connection refused',
      'connection timed out',
      'delivery to file forbidden',
      'delivery to pipe forbidden',
      'too many "received" headers',
      'error in alias file',
      'message is frozen',
    ],
  },
  {
    // Sendmail's status when no host answered: "Deferred: Connection refused by mx.example.org.". Its words
    // follow the status word directly, so the line alone tells it.
    mta: 'Sendmail',
    line: /^[ \t]{0,8}(?:stat=)?Deferred: (?:Connection (?:refused|timed out|reset) (?:by|with) |Operation timed out with |Name server: |No route to host|Network is unreachable|remote protocol error|Service unavailable)/m,
    phrases: [],
  },
  {
    // Exim's main log when the TLS handshake with a server failed: no reply, the OpenSSL or GnuTLS error
    // follows ("H=mx [ip]: TLS error on connection to mx [ip] (SSL_connect): error:…certificate verify failed").
    mta: 'Exim',
    // Older Exim releases put the host first: "H=mx [ip] TLS error on connection (SSL_connect): …".
    line: /(?:^|: |\] )TLS error on connection (?:(?:to|from) [^\s()]{1,255}(?: \[[0-9A-Fa-f:.]{2,45}\])? )?\(/m,
    phrases: [],
  },
  {
    // Gmail's notice when DNS gave no host to deliver to: "DNS Error: DNS type 'mx' lookup of example.org
    // responded with code NXDOMAIN", "DNS Error: The domain x doesn't receive email according to the
    // administrator's returned NULL MX record".
    mta: 'Gmail',
    line: /^[ \t]{0,8}DNS Error: /m,
    phrases: ['null mx', "doesn't receive email", 'lookup of'],
  },
  {
    // Microsoft 365's message trace, copied from the Exchange admin center: "Status: Pending" (or "Failed")
    // above its events ("Defer  The message was deferred because …"); no reply when no server answered.
    mta: 'Microsoft 365',
    line: /^[ \t]{0,8}Status:[ \t]{0,8}(?:Pending|Failed)[ \t]*$/m,
    phrases: ['message trace', 'message was deferred'],
  },
  {
    // cPanel/WHM's own refusal when a domain or an email account passes its hourly cap (Exim's ratelimit ACL
    // in the WHM config): "Domain example.com has exceeded the max emails per hour (100/100 (100%)) allowed.
    // Message discarded." (or "… will be reattempted later"): no reply code, in its log and in the bounce.
    mta: 'cPanel',
    line: /^[ \t]{0,8}(?:Domain|Email account) [^\s]{1,255} has exceeded the max [a-z ]{1,40} per hour/m,
    phrases: [],
    final: ['message discarded'],
  },
  {
    // An MTA's or a sending platform's console line for one recipient ("delivery for bob@example.net deferred:
    // could not connect to mx (ip:25): Connection refused, next attempt in 600 seconds"): no server replied,
    // so only the words of a connection that failed make it a failure.
    mta: 'MTA log',
    line: /\bdelivery (?:to|for) <?[^\s<>@]{1,64}@[^\s<>@]{1,255}?>? (?:deferred|failed|bounced)[:,]/im,
    phrases: [
      'connection refused',
      'connection timed out',
      'could not connect',
      'no route to host',
      'network is unreachable',
    ],
  },
  {
    // swaks, the test client admins paste: its own "***" lines when TLS or the login failed, and its marker
    // of an error reply ("<** 521 …" in plain text, "<~* 535 5.7.8 …" inside TLS), even with no command
    // copied before it.
    mta: 'swaks',
    line: /^(?:\*\*\* (?:TLS startup failed|STARTTLS attempted but failed|No authentication type succeeded)|<[*~]\* [45]\d\d[ -])/m,
    phrases: [],
  },
];
