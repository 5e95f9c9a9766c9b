import type { RealWorldCase } from './real-world-cases.js';
import {
  AUTH_REQUIRED,
  lines,
  MAILBOX_FULL,
  SPAM,
  SUPPRESSED,
  TOO_BIG,
  USER_UNKNOWN,
} from './real-world-expectations.js';

/*
 * A twenty-seventh held-out round: what applications, libraries and sending APIs print when mail fails, pasted
 * by a developer to their mail admin. Symfony Mailer, SwiftMailer and Laravel's log lines, PHPMailer forms round
 * 19 did not hold, JavaMail / Jakarta Mail and Spring Mail exceptions with their nested causes, .NET's SmtpClient
 * and MailKit, PowerShell's Send-MailMessage, Ruby's Net::SMTP errors, Python's smtplib tuples and dicts and
 * Django's traceback, Go's net/smtp, Rust's lettre, Nodemailer's error objects, cron / mailx / dead.letter
 * notices, and the HTTP APIs of Amazon SES, SendGrid, Mailgun, Postmark, Brevo, Mailjet and SparkPost. Where a
 * library quotes the server's reply, the reply decides; where it says it could not reach or log in to its own
 * server, or the sending service refuses the account, the fault is the sender's. A stack trace's line numbers
 * are no reply codes, and the addresses of a command line or a login are no failed recipients. Written from
 * knowledge of the libraries' wordings, none from the development corpus, measured before any rule was changed:
 *   round 27  70 cases (16 PHP, 8 Java, 10 .NET and PowerShell, 21 Ruby, Python, Go, Rust and Nodemailer, 4 cron
 *             and mailx, 11 sending APIs), 26 right as written (37 %). The 44 wrong: 31 gave no record (no client
 *             marker for Symfony's connection error, SwiftMailer's RFC refusal, JavaMail, .NET, MailKit,
 *             PowerShell, Ruby, Go, mailx and dead.letter, and none of the API JSON errors was read as a
 *             refusal: SES MessageRejected and quota, SendGrid 401/403/400, Mailgun domain and 'to', Postmark 300
 *             and 405, Brevo, Mailjet, SparkPost 1902); Symfony's 'Expected response code "250/251/252" but got
 *             code "550"' read the expected code as the reply's (252, 235, 250: 5 times); the login address of
 *             'with username "alice@…"' and PHPMailer's 'The following From address failed: info@…' taken as the
 *             recipient; lettre's 'permanent error (550): …' without its code; PHPMailer's '504 5.7.4
 *             Unrecognized authentication type' a security error; smtplib's two-recipient dict read as one
 *             record (the second's mailbox full); Gmail's unsolicited-mail 5.7.1 unwrapped from Python's bytes
 *             a security error; 'STARTTLS extension not supported by server' unknown.
 *             One expectation corrected to the catalogue's convention after measuring, not widened in meaning: Go's
 *             'unencrypted connection' (tls-required, 'either' in the catalogue) is checked for cause and reason
 *             only, as round 19 checks a client's TLS failures.
 *   fixed     by data (src/knowledge/client-errors.ts): the libraries' framing as client markers (Symfony and
 *             SwiftMailer, 'Mailer Error:', javax/jakarta/com.sun.mail, Spring, System.Net.Mail, MailKit,
 *             Send-MailMessage, Net::SMTP, OpenSSL::SSL, lettre's 'permanent/transient error (', Nodemailer's
 *             EMESSAGE/EPROTOCOL, Go's 'dial tcp' and 'x509: certificate', mailx's send-mail, 'message not sent'
 *             and dead.letter); their own sentences read first (Symfony's connection, PHP's mail(), Postfix's
 *             inet_interfaces, JavaMail's MailConnectException, .NET's remote server, MailKit's disconnect, Go's
 *             lookup: submission-unreachable; JavaMail's and MailKit's TLS and Go's certificate: tls-failed;
 *             Go's unencrypted connection and Python's missing STARTTLS: tls-required; the RFC 2822 refusals:
 *             syntax-error); 'with message "' and Ruby's 'Error (' as reply leads; Symfony's 'with username "'
 *             and PHPMailer's 'The following From address failed:' as the account. The sending APIs' refusals as
 *             data (src/knowledge/esp-api-errors.ts): SES's sending paused and quotas, credits, API keys,
 *             Mailgun's domain not found, the services' invalid-address errors, SparkPost's suppression, and
 *             framing that only marks a refusal (ESP_API_MARKERS: boto3's 'An error occurred (MessageRejected)').
 *             Reading (src/bounce/extract/client-error.ts, applied to API refusals too): Symfony's 'Expected
 *             response code "…" but got code' dropped, lettre's '(550): ' read as the code, smtplib's
 *             refused-recipients dict one recipient a line and its '\n5.7.1 ' continuations joined, the
 *             application's status lines (HTTP Error 401, Rails' 'Completed 500', PowerShell's position lines
 *             echoing '-To bob@…') dropped. Reply wording (reply-phrases.ts): Exchange's 504 5.7.4
 *             'Unrecognized authentication type' is auth-required; SES's 'Email address is not verified' is
 *             relay-not-authorised (the account's own settings, side sender, norelaying kept), so round 5's SES
 *             case accepts it too. 70 of 70 right. Corpus 365/383, reply codes 261/274; one corpus record changed
 *             cause, SES's unverified identity relayed by Postfix (relay-denied, either -> relay-not-authorised,
 *             sender; its reason norelaying unchanged).
 *   then      a second batch of 20 (SECOND_BATCH_27: Symfony's unresolvable host and STARTTLS certificate, Exchange
 *             Online's 5.7.54 through Symfony, JavaMail's 5.4.1 and bad greeting, .NET's timeout, MailKit's
 *             STARTTLS required, Send-MailMessage's net_io_connectionclosed, Rails' Net::OpenTimeout, Ruby's
 *             sender not owned, smtplib's 450 domain not found and 534 app password, gomail, lettre's refused
 *             connection, Nodemailer's size refusal and socket close, SES's InvalidParameterValue, SendGrid's
 *             base64 attachment, Brevo's account under validation, Mailjet's 401), written after the first
 *             batch's fixes and measured before any change: 10 of 20 right as written. Wrong: no record for
 *             Symfony's 'Unable to connect with STARTTLS', Rails' Net::OpenTimeout, lettre's '(os error 111)' and
 *             the three API errors; JavaMail's 'Got bad greeting from SMTP host', Send-MailMessage's
 *             net_io_connectionclosed and Nodemailer's 'Unexpected socket close' unknown; .NET's 'The operation
 *             has timed out' the recipient's server unreachable. Fixed as data (client-errors.ts: markers and
 *             submission-unreachable wording, read before a server's 'timed out', 'connection refused' and
 *             'execution expired'; esp-api-errors.ts: Mailjet's API key, Brevo's validation, SendGrid's base64
 *             content). 90 of 90 right.
 *   then      every record reviewed, not only the checked fields: mailx's '"/home/alice/dead.letter" 9/241' (its
 *             saved copy's lines and characters) gave the reply code 241. That line is now dropped with the
 *             application's other status lines, and the two dead.letter cases check that no code is given
 *             (replyCode: null, added after measuring). 90 of 90 right; nothing stays wrong. Corpus 365/383,
 *             reply codes 261/274.
 */

// The application could not reach its own outgoing server (host, port, firewall, TLS on the wrong port).
const SUBMISSION = {
  cause: 'submission-unreachable',
  reason: ['networkerror', 'blocked'],
  side: 'sender',
  recipient: null,
} as const;
const LOGIN = { ...AUTH_REQUIRED, recipient: null } as const;
// A relay refused to the application: it did not log in, or its server does not relay for it.
const OWN_RELAY = {
  cause: ['relay-denied', 'auth-required', 'relay-not-authorised'],
  reason: ['norelaying', 'securityerror'],
} as const;
const FROM_NOT_PERMITTED = {
  cause: ['from-not-permitted', 'sender-rejected'],
  reason: 'rejected',
  side: 'sender',
} as const;
const STARTTLS_FIRST = {
  cause: ['starttls-not-used', 'tls-required', 'auth-required'],
  reason: ['failedstarttls', 'securityerror'],
  recipient: null,
} as const;
const TLS = {
  cause: ['tls-failed', 'tls-outdated', 'submission-unreachable'],
  reason: ['securityerror', 'networkerror'],
  recipient: null,
} as const;
// The sending service refuses the account itself (sandbox, paused, unverified identity, no credits).
const ACCOUNT = {
  cause: ['sender-account-blocked', 'from-not-permitted', 'relay-not-authorised', 'relay-denied'],
  reason: ['rejected', 'norelaying'],
  side: 'sender',
} as const;
// The application handed over an address that is not one (the API's or library's own validation).
const BAD_ADDRESS = {
  cause: ['syntax-error', 'not-rfc-compliant'],
  reason: ['syntaxerror', 'notcompliantrfc'],
  side: 'sender',
} as const;
const API_KEY = {
  cause: ['auth-required', 'auth-failed'],
  reason: ['securityerror', 'authfailure'],
  side: 'sender',
  recipient: null,
} as const;

const PHP_27: RealWorldCase[] = [
  [
    'Symfony Mailer: 250/251/252 expected, 550 5.1.1 user unknown',
    'Symfony\\Component\\Mailer\\Exception\\TransportException: Expected response code "250/251/252" but got code "550", with message "550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual mailbox table".',
    { ...USER_UNKNOWN, recipient: 'bob@example.org', replyCode: 550, status: '5.1.1' },
  ],
  [
    'Laravel log: Symfony TransportException 550 5.1.1 with its stack frame',
    '[2026-12-02 10:15:02] production.ERROR: Expected response code "250/251/252" but got code "550", with message "550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in local recipient table". {"exception":"[object] (Symfony\\\\Component\\\\Mailer\\\\Exception\\\\TransportException(code: 550): Expected response code \\"250/251/252\\" but got code \\"550\\", with message \\"550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in local recipient table\\". at /var/www/app/vendor/symfony/mailer/Transport/Smtp/SmtpTransport.php:331)"}',
    { ...USER_UNKNOWN, recipient: 'bob@example.org', replyCode: 550, status: '5.1.1' },
  ],
  [
    'Symfony Mailer: connection could not be established (ssl on 465 timed out)',
    'Symfony\\Component\\Mailer\\Exception\\TransportException: Connection could not be established with host "ssl://smtp.example.com:465": stream_socket_client(): Unable to connect to ssl://smtp.example.com:465 (Connection timed out)',
    SUBMISSION,
  ],
  [
    'Symfony Mailer: failed to authenticate with LOGIN and PLAIN, 535 5.7.8',
    'Failed to authenticate on SMTP server with username "alice@example.com" using the following authenticators: "LOGIN", "PLAIN". Authenticator "LOGIN" returned "Expected response code "235" but got code "535", with message "535 5.7.8 Error: authentication failed: authentication failure".". Authenticator "PLAIN" returned "Expected response code "235" but got code "535", with message "535 5.7.8 Error: authentication failed: authentication failure".".',
    { ...LOGIN, replyCode: 535, status: '5.7.8' },
  ],
  [
    'SwiftMailer: 2 possible authenticators, Gmail BadCredentials',
    'Swift_TransportException: Failed to authenticate on SMTP server with username "alice@example.com" using 2 possible authenticators. Authenticator LOGIN returned Expected response code 235 but got code "535", with message "535-5.7.8 Username and Password not accepted. Learn more at\r\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials a1b2c3d4e5f6 - gsmtp\r\n". Authenticator PLAIN returned Expected response code 235 but got code "535", with message "535-5.7.8 Username and Password not accepted. Learn more at\r\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials a1b2c3d4e5f6 - gsmtp\r\n".',
    { ...LOGIN, replyCode: 535, status: '5.7.8' },
  ],
  [
    'SwiftMailer: 530 Must issue a STARTTLS command first',
    'Swift_TransportException: Expected response code 250 but got code "530", with message "530 5.7.0 Must issue a STARTTLS command first. a1b2c3d4e5 - gsmtp\r\n"',
    { ...STARTTLS_FIRST, replyCode: 530 },
  ],
  [
    'Laravel: Microsoft 365 SMTP AUTH disabled for the tenant, 535 5.7.139',
    'Failed to authenticate on SMTP server with username "alice@example.com" using the following authenticators: "LOGIN", "XOAUTH2". Authenticator "LOGIN" returned "Expected response code "235" but got code "535", with message "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. [AM0PR02CA0123.eurprd02.prod.outlook.com 2026-12-02T10:15:02.123Z 08DC1234ABCD5678]".".',
    { ...LOGIN, replyCode: 535, status: '5.7.139' },
  ],
  [
    'Symfony Mailer: 354 expected, SES unverified identity 554',
    'Expected response code "354" but got code "554", with message "554 Message rejected: Email address is not verified. The following identities failed the check in region US-EAST-1: alice@example.com".',
    { ...ACCOUNT, recipient: null, replyCode: 554 },
  ],
  [
    'SwiftMailer: an address that does not comply with RFC 2822',
    'Swift_RfcComplianceException: Address in mailbox given [bob@example..org] does not comply with RFC 2822, 3.6.2.',
    BAD_ADDRESS,
  ],
  [
    'PHPMailer: the following recipients failed, relay access denied',
    'Mailer Error: SMTP Error: The following recipients failed: bob@example.org: <bob@example.org>: Relay access denied',
    { ...OWN_RELAY, recipient: 'bob@example.org' },
  ],
  [
    'PHPMailer: data not accepted, message size with SMTP code 552',
    'Mailer Error: SMTP Error: data not accepted.SMTP server error: DATA END command failed Detail: Message size exceeds fixed maximum message size SMTP code: 552 Additional SMTP info: 5.3.4',
    { ...TOO_BIG, replyCode: 552, recipient: null },
  ],
  [
    'PHPMailer: could not instantiate mail function (no local sendmail)',
    'Message could not be sent. Mailer Error: Could not instantiate mail function.',
    {
      cause: ['submission-unreachable', 'mailer-error'],
      reason: ['networkerror', 'mailererror'],
      side: 'sender',
      recipient: null,
    },
  ],
  [
    'PHPMailer: AUTH command failed, 504 unrecognized authentication type',
    lines(
      'SMTP ERROR: AUTH command failed: 504 5.7.4 Unrecognized authentication type [VI1PR0102CA0012.eurprd01.prod.exchangelabs.com]',
      'SMTP Error: Could not authenticate.',
    ),
    { ...LOGIN, replyCode: 504 },
  ],
  [
    'PHPMailer: MAIL FROM command failed, Microsoft 365 send-as 5.7.60',
    lines(
      'SMTP ERROR: MAIL FROM command failed: 550 5.7.60 SMTP; Client does not have permissions to send as this sender [AM0PR02MB1234.eurprd02.prod.outlook.com 2026-12-02T10:15:02.123Z 08DC1234ABCD5678]',
      'The following From address failed: info@example.com : MAIL FROM command failed,SMTP; Client does not have permissions to send as this sender,550,5.7.60',
    ),
    { ...FROM_NOT_PERMITTED, replyCode: 550, status: '5.7.60', recipient: null },
  ],
];

const JAVA_27: RealWorldCase[] = [
  [
    'JavaMail: SendFailedException, nested SMTPAddressFailedException 550 5.1.1',
    lines(
      'javax.mail.SendFailedException: Invalid Addresses;',
      '  nested exception is:',
      '\tcom.sun.mail.smtp.SMTPAddressFailedException: 550 5.1.1 <bob@example.org>... User unknown',
      '',
      '\tat com.sun.mail.smtp.SMTPTransport.rcptTo(SMTPTransport.java:2064)',
      '\tat com.sun.mail.smtp.SMTPTransport.sendMessage(SMTPTransport.java:1286)',
      '\tat javax.mail.Transport.send0(Transport.java:254)',
      '\tat javax.mail.Transport.send(Transport.java:124)',
    ),
    { ...USER_UNKNOWN, recipient: 'bob@example.org', replyCode: 550, status: '5.1.1' },
  ],
  [
    'Jakarta Mail: AuthenticationFailedException 535 5.7.8 Gmail',
    lines(
      'jakarta.mail.AuthenticationFailedException: 535-5.7.8 Username and Password not accepted. For more information, go to',
      '535 5.7.8  https://support.google.com/mail/?p=BadCredentials a1b2c3d4e5f6 - gsmtp',
      '',
      '\tat org.eclipse.angus.mail.smtp.SMTPTransport$Authenticator.authenticate(SMTPTransport.java:954)',
      '\tat org.eclipse.angus.mail.smtp.SMTPTransport.authenticate(SMTPTransport.java:865)',
    ),
    { ...LOGIN, replyCode: 535, status: '5.7.8' },
  ],
  [
    'JavaMail: SMTPSendFailedException 554 5.2.0 SendAsDenied',
    lines(
      'com.sun.mail.smtp.SMTPSendFailedException: 554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception with message Cannot submit message. 0.35250:0E00C886, 1.36674:01000000 [Hostname=AM0PR02MB1234.eurprd02.prod.outlook.com]',
      '',
      '\tat com.sun.mail.smtp.SMTPTransport.issueSendCommand(SMTPTransport.java:2374)',
      '\tat com.sun.mail.smtp.SMTPTransport.finishData(SMTPTransport.java:2095)',
    ),
    { ...FROM_NOT_PERMITTED, replyCode: 554, status: '5.2.0', recipient: null },
  ],
  [
    'JavaMail: could not connect to SMTP host, connection timed out',
    lines(
      'javax.mail.MessagingException: Could not connect to SMTP host: smtp.example.com, port: 25;',
      '  nested exception is:',
      '\tjava.net.ConnectException: Connection timed out: connect',
      '\tat com.sun.mail.smtp.SMTPTransport.openServer(SMTPTransport.java:1972)',
    ),
    SUBMISSION,
  ],
  [
    'JavaMail: could not convert socket to TLS, no appropriate protocol',
    lines(
      'javax.mail.MessagingException: Could not convert socket to TLS;',
      '  nested exception is:',
      '\tjavax.net.ssl.SSLHandshakeException: No appropriate protocol (protocol is disabled or cipher suites are inappropriate)',
      '\tat com.sun.mail.smtp.SMTPTransport.startTLS(SMTPTransport.java:1907)',
    ),
    TLS,
  ],
  [
    'Spring Mail: MailSendException, nested 550 5.7.1 unable to relay',
    lines(
      'org.springframework.mail.MailSendException: Failed messages: javax.mail.SendFailedException: Invalid Addresses;',
      '  nested exception is:',
      '\tcom.sun.mail.smtp.SMTPAddressFailedException: 550 5.7.1 Unable to relay for bob@example.org',
      '; message exception details (1) are:',
      'Failed message 1:',
      'javax.mail.SendFailedException: Invalid Addresses;',
      '  nested exception is:',
      '\tcom.sun.mail.smtp.SMTPAddressFailedException: 550 5.7.1 Unable to relay for bob@example.org',
    ),
    { ...OWN_RELAY, recipient: 'bob@example.org', replyCode: 550, status: '5.7.1' },
  ],
  [
    'Spring Mail: MailAuthenticationException, Microsoft 365 535 5.7.3',
    'org.springframework.mail.MailAuthenticationException: Authentication failed; nested exception is javax.mail.AuthenticationFailedException: 535 5.7.3 Authentication unsuccessful [BN9PR03CA0123.namprd03.prod.outlook.com 2026-12-02T10:15:02.123Z 08DC1234ABCD5678]',
    { ...LOGIN, replyCode: 535, status: '5.7.3' },
  ],
];

const DOTNET_27: RealWorldCase[] = [
  [
    '.NET SmtpFailedRecipientException: mailbox unavailable, 5.7.1 unable to relay',
    lines(
      'System.Net.Mail.SmtpFailedRecipientException: Mailbox unavailable. The server response was: 5.7.1 Unable to relay for bob@example.org',
      '   at System.Net.Mail.SmtpTransport.SendMail(MailAddress sender, MailAddressCollection recipients, String deliveryNotify, Boolean allowUnicode, SmtpFailedRecipientException& exception)',
      '   at System.Net.Mail.SmtpClient.Send(MailMessage message)',
    ),
    { ...OWN_RELAY, recipient: 'bob@example.org', status: '5.7.1' },
  ],
  [
    '.NET SmtpException: requires a secure connection, 5.7.57 not authenticated',
    'System.Net.Mail.SmtpException: The SMTP server requires a secure connection or the client was not authenticated. The server response was: 5.7.57 Client not authenticated to send mail. [AM0PR02CA0001.eurprd02.prod.outlook.com 2026-12-02T10:15:02.123Z 08DC1234ABCD5678]',
    { ...LOGIN, status: '5.7.57' },
  ],
  [
    '.NET SmtpException: failure sending mail, target machine actively refused it',
    lines(
      'System.Net.Mail.SmtpException: Failure sending mail. ---> System.Net.WebException: Unable to connect to the remote server ---> System.Net.Sockets.SocketException: No connection could be made because the target machine actively refused it 203.0.113.25:587',
      '   at System.Net.Sockets.Socket.DoConnect(EndPoint endPointSnapshot, SocketAddress socketAddress)',
      '   at System.Net.ServicePoint.ConnectSocketInternal(Boolean connectFailure, Socket s4, Socket s6, Socket& socket, IPAddress& address, ConnectSocketState state, IAsyncResult asyncResult, Exception& exception)',
    ),
    SUBMISSION,
  ],
  [
    '.NET SmtpException: transaction failed, Microsoft 365 outbound spam block of the account',
    'System.Net.Mail.SmtpException: Transaction failed. The server response was: 5.2.0 STOREDRV.Submission.Exception:OutboundSpamException; Failed to process message due to a permanent exception with message WASCL UserAction verdict is not None. Actual verdict is Suspend, ShowTierUpgrade. OutboundSpamException: WASCL UserAction verdict is not None. Actual verdict is Suspend, ShowTierUpgrade.[Hostname=AM0PR02MB1234.eurprd02.prod.outlook.com]',
    {
      cause: ['sender-account-blocked', 'outbound-filter'],
      reason: ['rejected', 'spamdetected'],
      side: 'sender',
      recipient: null,
      status: '5.2.0',
    },
  ],
  [
    'MailKit: SmtpCommandException, recipient not accepted, 5.1.1',
    lines(
      'MailKit.Net.Smtp.SmtpCommandException: 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual mailbox table',
      '   at MailKit.Net.Smtp.SmtpClient.ProcessRcptToResponse(MimeMessage message, SmtpResponse response, MailboxAddress mailbox)',
      '   at MailKit.Net.Smtp.SmtpClient.SendAsync(FormatOptions options, MimeMessage message, MailboxAddress sender, IList`1 recipients, CancellationToken cancellationToken, ITransferProgress progress)',
    ),
    { ...USER_UNKNOWN, recipient: 'bob@example.org', status: '5.1.1' },
  ],
  [
    'MailKit: AuthenticationException 535: 5.7.139 basic authentication disabled',
    'MailKit.Security.AuthenticationException: 535: 5.7.139 Authentication unsuccessful, basic authentication is disabled. [AM0PR02CA0123.eurprd02.prod.outlook.com 2026-12-02T10:15:02.123Z 08DC1234ABCD5678]',
    { ...LOGIN, replyCode: 535, status: '5.7.139' },
  ],
  [
    'MailKit: SmtpProtocolException, the server unexpectedly disconnected',
    lines(
      'MailKit.Net.Smtp.SmtpProtocolException: The SMTP server has unexpectedly disconnected.',
      '   at MailKit.Net.Smtp.SmtpStream.ReadAheadAsync(Boolean doAsync, CancellationToken cancellationToken)',
      '   at MailKit.Net.Smtp.SmtpClient.ConnectAsync(String host, Int32 port, SecureSocketOptions options, Boolean doAsync, CancellationToken cancellationToken)',
    ),
    SUBMISSION,
  ],
  [
    'MailKit: SslHandshakeException, certificate not trusted',
    lines(
      'MailKit.Security.SslHandshakeException: An error occurred while attempting to establish an SSL or TLS connection.',
      '',
      "The server's SSL certificate could not be validated for the following reasons:",
      '\u2022 The server certificate has the following errors:',
      '  \u2022 The remote certificate is invalid according to the validation procedure.',
    ),
    TLS,
  ],
  [
    'PowerShell Send-MailMessage: requires a secure connection, 5.7.0 Authentication Required',
    lines(
      'Send-MailMessage : The SMTP server requires a secure connection or the client was not authenticated. The server response was: 5.7.0 Authentication Required. Learn more at',
      'At line:1 char:1',
      '+ Send-MailMessage -To bob@example.org -From alice@example.com -Subject "Report" -SmtpServer smtp.gmail.com -Port 587',
      '+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~',
      '    + CategoryInfo          : InvalidOperation: (System.Net.Mail.SmtpClient:SmtpClient) [Send-MailMessage], SmtpException',
      '    + FullyQualifiedErrorId : SmtpException,Microsoft.PowerShell.Commands.SendMailMessage',
    ),
    { ...LOGIN, status: '5.7.0' },
  ],
  [
    'PowerShell Send-MailMessage: mailbox unavailable, 5.7.1 not permitted to send as',
    lines(
      'Send-MailMessage : Mailbox unavailable. The server response was: 5.7.1 Client does not have permissions to send as this sender',
      'At C:\\Scripts\\report.ps1:14 char:1',
      '+ Send-MailMessage @params',
      '    + CategoryInfo          : InvalidOperation: (System.Net.Mail.SmtpClient:SmtpClient) [Send-MailMessage], SmtpFailedRecipientException',
      '    + FullyQualifiedErrorId : SmtpException,Microsoft.PowerShell.Commands.SendMailMessage',
    ),
    { ...FROM_NOT_PERMITTED, status: '5.7.1', recipient: null },
  ],
];

const SCRIPTING_27: RealWorldCase[] = [
  [
    'Ruby Net::SMTPFatalError: 550 5.1.1 user unknown',
    lines(
      'Net::SMTPFatalError: 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in local recipient table',
      "/usr/lib/ruby/3.2.0/net/smtp.rb:1071:in `check_response'",
      "/usr/lib/ruby/3.2.0/net/smtp.rb:1040:in `getok'",
      "/usr/lib/ruby/3.2.0/net/smtp.rb:958:in `rcptto'",
    ),
    { ...USER_UNKNOWN, recipient: 'bob@example.org', replyCode: 550, status: '5.1.1' },
  ],
  [
    'Ruby Net::SMTPAuthenticationError: 535-5.7.8 Gmail',
    'Net::SMTPAuthenticationError (535-5.7.8 Username and Password not accepted. For more information, go to\n):',
    { ...LOGIN, replyCode: 535, status: '5.7.8' },
  ],
  [
    'Rails log: ActionMailer Net::SMTPSyntaxError 501 5.1.3 bad recipient syntax',
    lines(
      'Delivered mail 6566a1b2c3d4e_1a2b3c4d5e6f@app.example.com (1503.2ms)',
      'Completed 500 Internal Server Error in 1622ms (ActiveRecord: 12.4ms | Allocations: 41522)',
      '',
      'Net::SMTPSyntaxError (501 5.1.3 Bad recipient address syntax):',
      '',
      "app/controllers/invitations_controller.rb:18:in `create'",
    ),
    {
      cause: ['syntax-error', 'user-unknown'],
      reason: ['syntaxerror', 'userunknown'],
      replyCode: 501,
      status: '5.1.3',
    },
  ],
  [
    'Ruby: OpenSSL wrong version number (TLS on port 587)',
    'OpenSSL::SSL::SSLError: SSL_connect returned=1 errno=0 peeraddr=203.0.113.25:587 state=error: wrong version number',
    TLS,
  ],
  [
    'Python smtplib: SMTPRecipientsRefused with two recipients, the first',
    "smtplib.SMTPRecipientsRefused: {'bob@example.org': (550, b'5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual mailbox table'), 'carol@example.net': (552, b'5.2.2 <carol@example.net>: Recipient address rejected: Mailbox full')}",
    { ...USER_UNKNOWN, recipient: 'bob@example.org', replyCode: 550, status: '5.1.1' },
  ],
  [
    'Python smtplib: SMTPRecipientsRefused with two recipients, the second',
    "smtplib.SMTPRecipientsRefused: {'bob@example.org': (550, b'5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual mailbox table'), 'carol@example.net': (552, b'5.2.2 <carol@example.net>: Recipient address rejected: Mailbox full')}",
    { ...MAILBOX_FULL, recipient: 'carol@example.net', replyCode: 552, status: '5.2.2', index: 1 },
  ],
  [
    'Python smtplib: SMTPDataError 550 5.7.1 Gmail unsolicited',
    "smtplib.SMTPDataError: (550, b'5.7.1 [203.0.113.7      12] Our system has detected that this message is\\n5.7.1 likely unsolicited mail. To reduce the amount of spam sent to Gmail,\\n5.7.1 this message has been blocked. For more information, go to\\n5.7.1  https://support.google.com/mail/?p=UnsolicitedMessageError a1b2c3d4e5 - gsmtp')",
    {
      ...SPAM,
      cause: ['spam-filtered', 'ip-reputation'],
      reason: ['spamdetected', 'badreputation'],
      replyCode: 550,
      status: '5.7.1',
      recipient: null,
    },
  ],
  [
    'Python smtplib: SMTPDataError 554 SES duplicate header',
    'smtplib.SMTPDataError: (554, b"Transaction failed: Duplicate header \'Message-ID\'.")',
    {
      cause: ['not-rfc-compliant', 'content-error'],
      reason: ['notcompliantrfc', 'contenterror'],
      side: 'sender',
      replyCode: 554,
      recipient: null,
    },
  ],
  [
    'Django traceback: SMTPDataError 552 message too large',
    lines(
      'Traceback (most recent call last):',
      '  File "/srv/app/venv/lib/python3.11/site-packages/django/core/mail/backends/smtp.py", line 128, in send_messages',
      '    sent = self._send(message)',
      '  File "/srv/app/venv/lib/python3.11/site-packages/django/core/mail/backends/smtp.py", line 146, in _send',
      '    self.connection.sendmail(from_email, recipients, message.as_bytes(linesep="\\r\\n"))',
      '  File "/usr/lib/python3.11/smtplib.py", line 908, in sendmail',
      '    raise SMTPDataError(code, resp)',
      "smtplib.SMTPDataError: (552, b'5.3.4 Message size exceeds fixed maximum message size')",
    ),
    { ...TOO_BIG, replyCode: 552, status: '5.3.4', recipient: null },
  ],
  [
    'Python smtplib: STARTTLS extension not supported by server',
    'smtplib.SMTPNotSupportedError: STARTTLS extension not supported by server.',
    {
      cause: ['tls-required', 'tls-failed', 'submission-unreachable'],
      reason: ['failedstarttls', 'securityerror', 'networkerror'],
      recipient: null,
    },
  ],
  [
    'Go net/smtp: 535 5.7.8 in an application error',
    lines(
      'level=error msg="failed to send email" error="535 5.7.8 Username and Password not accepted. For more information, go to\\n5.7.8  https://support.google.com/mail/?p=BadCredentials a1b2c3d4e5 - gsmtp"',
    ),
    { ...LOGIN, replyCode: 535, status: '5.7.8' },
  ],
  [
    'Go net/smtp: dial tcp lookup, no such host (its own SMTP server)',
    'failed to send email: dial tcp: lookup smtp.exmaple.com on 127.0.0.53:53: no such host',
    SUBMISSION,
  ],
  [
    'Go: x509 certificate is valid for another name',
    'failed to send email: tls: failed to verify certificate: x509: certificate is valid for mail.example.net, not smtp.example.com',
    TLS,
  ],
  [
    'Go net/smtp: PlainAuth refuses an unencrypted connection',
    'send mail: unencrypted connection',
    {
      // tls-required is 'either' in the catalogue: checked for cause and reason only, as round 19 does.
      cause: ['tls-required', 'auth-required'],
      reason: ['failedstarttls', 'securityerror'],
      recipient: null,
    },
  ],
  [
    'Rust lettre: permanent error (550) user unknown',
    'Could not send email: permanent error (550): 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in local recipient table',
    { ...USER_UNKNOWN, recipient: 'bob@example.org', replyCode: 550, status: '5.1.1' },
  ],
  [
    'Nodemailer: EMESSAGE, 550 content restrictions at DATA',
    "Error: Message failed: 550 5.7.1 Message rejected due to content restrictions\n    at SMTPConnection._formatError (/app/node_modules/nodemailer/lib/smtp-connection/index.js:798:19) {\n  code: 'EMESSAGE',\n  response: '550 5.7.1 Message rejected due to content restrictions',\n  responseCode: 550,\n  command: 'DATA'\n}",
    {
      cause: ['content-filtered', 'policy-violation', 'spam-filtered'],
      reason: ['filtered', 'policyviolation', 'spamdetected'],
      replyCode: 550,
      status: '5.7.1',
      recipient: null,
    },
  ],
  [
    'Nodemailer: EENVELOPE, sender not logged in refused at RCPT',
    "Error: Can't send mail - all recipients were rejected: 553 5.7.1 <alice@example.com>: Sender address rejected: not logged in\n    at SMTPConnection._formatError (/app/node_modules/nodemailer/lib/smtp-connection/index.js:798:19) {\n  code: 'EENVELOPE',\n  response: '553 5.7.1 <alice@example.com>: Sender address rejected: not logged in',\n  responseCode: 553,\n  command: 'RCPT TO',\n  rejected: [ 'bob@example.org' ],\n  rejectedErrors: [ [Error] ]\n}",
    { ...AUTH_REQUIRED, recipient: 'bob@example.org', replyCode: 553, status: '5.7.1' },
  ],
  [
    'Nodemailer: EAUTH, Gmail application-specific password required',
    "Error: Invalid login: 534-5.7.9 Application-specific password required. For more information, go to\n534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor a1b2c3d4e5 - gsmtp\n    at SMTPConnection._formatError (/app/node_modules/nodemailer/lib/smtp-connection/index.js:798:19) {\n  code: 'EAUTH',\n  responseCode: 534,\n  command: 'AUTH PLAIN'\n}",
    { ...LOGIN, replyCode: 534, status: '5.7.9' },
  ],
];

const COMMAND_LINE_27: RealWorldCase[] = [
  [
    'mailx: dead.letter after Postfix sendmail cannot find inet_interfaces',
    lines(
      'send-mail: fatal: parameter inet_interfaces: no local interface found for ::1',
      '"/root/dead.letter" 11/332',
      '. . . message not sent.',
    ),
    {
      cause: ['system-error', 'mailer-error', 'submission-unreachable'],
      reason: ['systemerror', 'mailererror', 'networkerror'],
      recipient: null,
      replyCode: null,
    },
  ],
  [
    'mailx: dead.letter after ssmtp cannot open its server',
    lines(
      'send-mail: Cannot open mail.example.com:25',
      "Can't send mail: sendmail process failed with error code 1",
      '"/home/alice/dead.letter" 9/241',
      '. . . message not sent.',
    ),
    { ...SUBMISSION, replyCode: null },
  ],
  [
    's-nail: STARTTLS required by its SMTP server',
    lines(
      's-nail: smtp-server: 530 5.7.0 Must issue a STARTTLS command first',
      's-nail: ... message not sent',
      '"/root/dead.letter" 12/345',
    ),
    { ...STARTTLS_FIRST, replyCode: 530 },
  ],
  [
    'cron: the output mail to root bounced as user unknown, the notice quoted',
    lines(
      'From: MAILER-DAEMON@web01.example.com (Mail Delivery System)',
      'To: root@web01.example.com',
      'Subject: Undelivered Mail Returned to Sender',
      '',
      'This is the mail system at host web01.example.com.',
      '',
      "I'm sorry to have to inform you that your message could not",
      "be delivered to one or more recipients. It's attached below.",
      '',
      '<ops@example.org>: host mx.example.org[198.51.100.25] said: 550 5.1.1',
      '    <ops@example.org>: Recipient address rejected: User unknown in virtual',
      '    mailbox table (in reply to RCPT TO command)',
      '',
      '--- original message: Subject: Cron <root@web01> /usr/local/bin/backup.sh',
    ),
    { ...USER_UNKNOWN, recipient: 'ops@example.org', replyCode: 550, status: '5.1.1' },
  ],
];

const API_27: RealWorldCase[] = [
  [
    'Amazon SES API: MessageRejected, sandbox recipient not verified',
    'botocore.errorfactory.MessageRejected: An error occurred (MessageRejected) when calling the SendEmail operation: Email address is not verified. The following identities failed the check in region US-EAST-1: bob@example.org',
    ACCOUNT,
  ],
  [
    'Amazon SES v2 (JavaScript SDK): MessageRejected, sending paused for the account',
    "MessageRejected: Sending paused for this account. For more information, please check the inbox of the email address associated with your AWS account.\n    at de_MessageRejectedRes (/app/node_modules/@aws-sdk/client-sesv2/dist-cjs/index.js:3054:21) {\n  '$fault': 'client',\n  '$metadata': {\n    httpStatusCode: 400,\n    requestId: '1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d'\n  }\n}",
    { ...ACCOUNT, recipient: null },
  ],
  [
    'Amazon SES API: daily message quota exceeded',
    'An error occurred (Throttling) when calling the SendRawEmail operation (reached max retries: 4): Daily message quota exceeded.',
    {
      cause: ['rate-limited', 'sender-account-blocked'],
      reason: ['speeding', 'rejected'],
      side: 'sender',
      recipient: null,
    },
  ],
  [
    'SendGrid v3 API: 401 authorization grant invalid',
    lines(
      'HTTP Error 401: Unauthorized',
      '{"errors":[{"message":"The provided authorization grant is invalid, expired, or revoked","field":null,"help":null}]}',
    ),
    API_KEY,
  ],
  [
    'SendGrid v3 API: 401 maximum credits exceeded',
    '{"errors":[{"message":"Maximum credits exceeded","field":null,"help":null}]}',
    {
      cause: ['sender-account-blocked', 'rate-limited'],
      reason: ['rejected', 'speeding'],
      side: 'sender',
      recipient: null,
    },
  ],
  [
    'SendGrid v3 API: 403 access forbidden (API key without mail send)',
    lines(
      'HTTP Error 403: Forbidden',
      'b\'{"errors":[{"field":null,"message":"access forbidden","help":null}]}\'',
    ),
    API_KEY,
  ],
  [
    'SendGrid v3 API: 400 does not contain a valid address',
    '{"errors":[{"message":"Does not contain a valid address.","field":"personalizations.0.to.0.email","help":"http://sendgrid.com/docs/API_Reference/Web_API_v3/Mail/errors.html#message.personalizations.to"}]}',
    BAD_ADDRESS,
  ],
  [
    'Mailgun API: free account, not allowed to send',
    '{"message": "Domain sandbox0123456789abcdef0123456789abcdef.mailgun.org is not allowed to send: Free accounts are for test purposes only. Please upgrade or add the address to authorized recipients in Account Settings."}',
    { ...ACCOUNT, recipient: null },
  ],
  [
    'Mailgun API: domain not found',
    '{"message": "Domain not found: mg.example.com"}',
    {
      cause: ['from-not-permitted', 'sender-domain-invalid', 'sender-account-blocked'],
      reason: 'rejected',
      side: 'sender',
      recipient: null,
    },
  ],
  [
    'Mailgun API: to parameter is not a valid address',
    '{"message": "\'to\' parameter is not a valid address. please check documentation"}',
    BAD_ADDRESS,
  ],
  [
    'Postmark API: ErrorCode 406, inactive recipient',
    '{"ErrorCode":406,"Message":"You tried to send to recipient(s) that have been marked as inactive. Found inactive addresses: bob@example.org. Inactive recipients are ones that have generated a hard bounce, a spam complaint, or a manual suppression."}',
    { ...SUPPRESSED, recipient: 'bob@example.org' },
  ],
  [
    'Postmark API: ErrorCode 300, invalid To address',
    '{"ErrorCode":300,"Message":"Invalid \'To\' address: \'bob@example\'."}',
    BAD_ADDRESS,
  ],
  [
    'Postmark API: ErrorCode 405, out of credits',
    '{"ErrorCode":405,"Message":"Not allowed to send: you have run out of credits."}',
    { ...ACCOUNT, recipient: null },
  ],
  ['Brevo API: 401 key not found', '{"code":"unauthorized","message":"Key not found"}', API_KEY],
  [
    'Brevo API: 400 email is not valid in to',
    '{"code":"invalid_parameter","message":"email is not valid in to"}',
    BAD_ADDRESS,
  ],
  [
    'Mailjet v3.1 API: send-0003 invalid email address',
    '{"Messages":[{"Status":"error","Errors":[{"ErrorIdentifier":"0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d","ErrorCode":"send-0003","StatusCode":400,"ErrorMessage":"\\"bob@example\\" is an invalid email address.","ErrorRelatedTo":["To[0].Email"]}]}]}',
    BAD_ADDRESS,
  ],
  [
    'SparkPost API: 1902 recipient suppressed due to customer policy',
    '{"errors":[{"message":"Message generation rejected","description":"recipient address suppressed due to customer policy","code":"1902"}]}',
    SUPPRESSED,
  ],
];

// Written after the first batch's fixes, in the same theme, and measured before any change.
const SECOND_BATCH_27: RealWorldCase[] = [
  [
    'Symfony Mailer: connection could not be established, the SMTP host does not resolve',
    'Connection could not be established with host "smtp.exmaple.com:587": stream_socket_client(): php_network_getaddresses: getaddrinfo for smtp.exmaple.com failed: Name or service not known',
    SUBMISSION,
  ],
  [
    'Symfony Mailer: unable to connect with STARTTLS, certificate verify failed',
    lines(
      'Unable to connect with STARTTLS: stream_socket_enable_crypto(): SSL operation failed with code 1. OpenSSL Error messages:',
      'error:0A000086:SSL routines::certificate verify failed',
    ),
    TLS,
  ],
  [
    'Symfony Mailer: Exchange Online 5.7.54 unable to relay to a non-accepted domain',
    'Expected response code "250/251/252" but got code "550", with message "550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain".',
    { ...OWN_RELAY, replyCode: 550, status: '5.7.54', recipient: null },
  ],
  [
    'JavaMail: SMTPAddressFailedException 550 5.4.1 Microsoft 365 access denied',
    lines(
      'javax.mail.SendFailedException: Invalid Addresses;',
      '  nested exception is:',
      '\tcom.sun.mail.smtp.SMTPAddressFailedException: 550 5.4.1 Recipient address rejected: Access denied. For more information see https://aka.ms/EXOSmtpErrors [AM0PR02MB1234.eurprd02.prod.outlook.com 2026-12-02T10:15:02.123Z 08DC1234ABCD5678]',
    ),
    {
      cause: ['recipient-not-in-tenant', 'user-unknown'],
      reason: 'userunknown',
      replyCode: 550,
      status: '5.4.1',
      recipient: null,
    },
  ],
  [
    'Jakarta Mail: bad greeting from the SMTP host (plain SMTP spoken to port 465)',
    'jakarta.mail.MessagingException: Got bad greeting from SMTP host: smtp.example.com, port: 465, response: [EOF]',
    {
      ...SUBMISSION,
      cause: ['submission-unreachable', 'tls-failed'],
      reason: ['networkerror', 'securityerror'],
    },
  ],
  [
    '.NET SmtpException: the operation has timed out',
    lines(
      'System.Net.Mail.SmtpException: The operation has timed out.',
      '   at System.Net.Mail.SmtpClient.Send(MailMessage message)',
    ),
    SUBMISSION,
  ],
  [
    'MailKit: SmtpCommandException 5.7.3 STARTTLS is required',
    'MailKit.Net.Smtp.SmtpCommandException: 5.7.3 STARTTLS is required to send mail [AM0PR02CA0123.eurprd02.prod.outlook.com 2026-12-02T10:15:02.123Z 08DC1234ABCD5678]',
    { ...STARTTLS_FIRST, status: '5.7.3' },
  ],
  [
    'PowerShell Send-MailMessage: unable to read data, net_io_connectionclosed',
    lines(
      'Send-MailMessage : Unable to read data from the transport connection: net_io_connectionclosed.',
      'At line:1 char:1',
      '+ Send-MailMessage -To bob@example.org -From alice@example.com -Subject Test -SmtpServer smtp.office365.com -Port 587',
      '    + CategoryInfo          : InvalidOperation: (System.Net.Mail.SmtpClient:SmtpClient) [Send-MailMessage], SmtpException',
    ),
    SUBMISSION,
  ],
  [
    'Rails log: ActionMailer Net::OpenTimeout',
    lines(
      'Net::OpenTimeout (execution expired):',
      '',
      "app/mailers/application_mailer.rb:12:in `deliver_now'",
    ),
    SUBMISSION,
  ],
  [
    'Ruby Net::SMTPFatalError: 554 sender not owned by the login',
    'Net::SMTPFatalError (554 5.7.1 <alice@example.com>: Sender address rejected: not owned by user deploy@example.com)',
    { ...FROM_NOT_PERMITTED, replyCode: 554, status: '5.7.1', recipient: null },
  ],
  [
    'Python smtplib: SMTPRecipientsRefused, 450 recipient domain not found',
    "smtplib.SMTPRecipientsRefused: {'bob@example.invalid': (450, b'4.1.2 <bob@example.invalid>: Recipient address rejected: Domain not found')}",
    {
      cause: ['domain-not-found', 'dns-failure', 'recipient-domain-typo'],
      reason: ['hostunknown', 'networkerror'],
      recipient: 'bob@example.invalid',
      replyCode: 450,
      status: '4.1.2',
      permanent: false,
    },
  ],
  [
    'Django: SMTPAuthenticationError 534 application-specific password required',
    "smtplib.SMTPAuthenticationError: (534, b'5.7.9 Application-specific password required. For more information, go to\\n5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor a1b2c3d4e5 - gsmtp')",
    { ...LOGIN, replyCode: 534, status: '5.7.9' },
  ],
  [
    'Go gomail: could not send email, relaying denied',
    'gomail: could not send email 1: 550 5.7.1 <bob@example.org>... Relaying denied',
    { ...OWN_RELAY, recipient: 'bob@example.org', replyCode: 550, status: '5.7.1' },
  ],
  [
    'Rust lettre: connection refused (os error 111)',
    'Error: Connection error: Connection refused (os error 111)',
    SUBMISSION,
  ],
  [
    'Nodemailer: EMESSAGE 552 message size exceeds fixed limit',
    "Error: Message failed: 552 5.3.4 Message size exceeds fixed limit\n    at SMTPConnection._formatError (/app/node_modules/nodemailer/lib/smtp-connection/index.js:798:19) {\n  code: 'EMESSAGE',\n  response: '552 5.3.4 Message size exceeds fixed limit',\n  responseCode: 552,\n  command: 'DATA'\n}",
    { ...TOO_BIG, replyCode: 552, status: '5.3.4', recipient: null },
  ],
  [
    'Nodemailer: unexpected socket close',
    "Error: Unexpected socket close\n    at Timeout.<anonymous> (/app/node_modules/nodemailer/lib/smtp-transport/index.js:189:31) {\n  code: 'ESOCKET',\n  command: 'CONN'\n}",
    SUBMISSION,
  ],
  [
    'Amazon SES API: InvalidParameterValue, missing final @domain',
    "An error occurred (InvalidParameterValue) when calling the SendEmail operation: Missing final '@domain'",
    BAD_ADDRESS,
  ],
  [
    'SendGrid v3 API: 400 attachment content must be base64',
    '{"errors":[{"message":"The attachment content must be base64 encoded.","field":"attachments.0.content","help":"http://sendgrid.com/docs/API_Reference/Web_API_v3/Mail/errors.html#message.attachments.content"}]}',
    {
      cause: ['content-error', 'not-rfc-compliant', 'syntax-error'],
      reason: ['contenterror', 'notcompliantrfc', 'syntaxerror'],
      side: 'sender',
      recipient: null,
    },
  ],
  [
    'Brevo API: account under validation',
    '{"code":"account_under_validation","message":"Your account is under validation. Please contact our support team to get it activated."}',
    { ...ACCOUNT, recipient: null },
  ],
  [
    'Mailjet API: 401 API key authentication failure',
    '{"ErrorIdentifier":"1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d","StatusCode":401,"ErrorMessage":"API key authentication/authorization failure. You may be unauthorized to access the API or your API key may be expired. Visit API keys management section to check your keys."}',
    API_KEY,
  ],
];

// Still read wrongly, and what they got (round 27 as written); a fix moves the case out of this list.
const KNOWN_WRONG_27: Record<string, string> = {};

export const ROUND_27: RealWorldCase[] = [
  ...PHP_27,
  ...JAVA_27,
  ...DOTNET_27,
  ...SCRIPTING_27,
  ...COMMAND_LINE_27,
  ...API_27,
  ...SECOND_BATCH_27,
].map(([name, input, want]): RealWorldCase => {
  const why = KNOWN_WRONG_27[name];
  return why ? [name, input, { ...want, knownWrong: why }] : [name, input, want];
});
