import type { RealWorldCase } from './real-world-cases.js';
import {
  AUTH_REQUIRED,
  CERT,
  DEVICE_RELAY,
  IP_BLOCK,
  lines,
  OLD_TLS,
  RATE,
  SEND_AS,
  STARTTLS,
  TLS_CLIENT,
  TOO_BIG,
} from './real-world-expectations.js';

/*
 * A seventy-eighth held-out round: devices and appliances that send mail, and what their panels, job logs,
 * test buttons and event logs say when sending fails (round 77's weakest family).
 * Multifunction printers and scanners (Canon #801/#755/#752, Ricoh "Transmission failed." and its scanner
 * journal, Xerox fault codes 016-764/016-781, job sheets and confirmation reports, HP's EWS test and "Email
 * Gateway" messages, Brother, Kyocera 2101/3101, Konica Minolta, Sharp CE-02/CE-03, Lexmark, Epson), NAS boxes
 * (Synology, QNAP, TrueNAS's Python errors), UPS cards (APC, Eaton), cameras and NVRs (Hikvision, Dahua),
 * firewalls (pfSense's Net_SMTP errors, OPNsense's Monit, FortiGate's event log, Sophos, UniFi's JavaMail),
 * backup (Veeam's .NET SmtpClient, Acronis), monitoring (Zabbix's libcurl strings, Nagios via s-nail, PRTG's Indy
 * socket errors), Windows (SQL Server Database Mail, Send-MailMessage) and alarm panels; with the server replies
 * these devices quote (Microsoft 365's 5.7.139/5.7.57/5.7.3/5.2.252/5.7.60/5.7.708, Gmail's 5.7.8/5.7.14/5.4.5/
 * 5.7.1, Outlook.com's OutboundSpamException, Postfix's 5.1.8 and relay refusals, Spamhaus). The truths held:
 * a device that cannot reach, resolve or log in to the server it is set up to send through is the sender's
 * fault between the device and that server (submission-unreachable, auth-required), never the recipient's server
 * unreachable nor a domain that does not exist; TLS 1.0-only devices are tls-outdated; a quoted reply decides.
 * Written from knowledge of how these devices word their failures, none from the development corpus or the
 * rules, measured before any rule was changed:
 *   round 78  77 cases, 28 right as written (36 %): printers and scanners 10/30, NAS 4/9, UPS cards 0/3, cameras
 *             2/4, firewalls 3/10, backup 2/5, monitoring 1/8, Windows 4/5, alarm panels 2/3. Case errors of ours
 *             (2): a Spamhaus listing is named 'spamhaus' in the blocklists, not by its zone; Postfix's "454 4.7.0
 *             TLS not available due to local problem" quoted by a Xerox is the server's own TLS broken
 *             (recipient-tls-invalid, a reading we had not listed). The rules' 47 misses: 45 gave no record at
 *             all (a panel's or log's own words with no reply code: "A timeout error occurred while communicating
 *             with the SMTP server", "TCP/IP is not working", "Email Gateway Not Responding", "Server Timeout",
 *             "SMTP-AUTH Error", "Authentication error (SMTP)", "CE-02 The mail server or FTP server is not found",
 *             "SMTP server not set up", "Server authentication failed", "Could not connect to the mail server",
 *             "Mail server certificate error", "tlsv1 alert protocol version", "Failed to send email: [Errno -2]
 *             …", Monit's "Cannot open a connection to the mailserver", curl's "Couldn't resolve host name",
 *             "Login denied", "SSL peer certificate … was not OK", Indy's "Socket Error # 10060/11001", .NET's
 *             "Failure sending mail", SQL Server's "mail server failure … No such host is known"); Xerox's "The
 *             SMTP server name could not be resolved" was read as a domain that does not exist; pfSense's
 *             Net_SMTP reply lost its code ("(code: 535, response: 5.7.139 …)"). Once the framings were known,
 *             two more read the receiving side's words in them (Epson's certificate "invalid or has expired" as a
 *             message expired, Synology's "Connection to smtp.x:25 timed out" as the recipient's server
 *             unreachable).
 *   fixed     as data (client-errors.ts): the devices' framings as client-error markers (panels, job logs, test
 *             buttons, notification logs, libcurl's and Indy's error strings, .NET's "Failure sending mail",
 *             Database Mail's "mail server failure"); their words for their own server out of reach, not
 *             resolved, not logging in, an outdated TLS ("alert protocol version"), a handshake or certificate
 *             failure, HP's "Email gateway rejected job" as relay denied; those that a server's "timed out",
 *             "could not be resolved" or "has expired" would otherwise take read first. In code
 *             (extract/client-error.ts): Net_SMTP's "[SMTP: … (code: 535, response: …)]" unwrapped to the reply.
 *             77 of 77; whole suite green; corpus 366/383, reply codes 261/274, unchanged.
 *   then      a second batch of 15 (SECOND_BATCH_78: Xerox 016-768 invalid sender, HP's "The e-mail server did
 *             not respond", Kyocera 1101 "Cannot find the SMTP server", Konica Minolta's unverified certificate,
 *             Lexmark's "could not reach the e-mail server", Synology's bad credentials, QNAP's "Connection
 *             refused", TrueNAS's "[Errno 110] Connection timed out", Home Assistant's "Login not possible",
 *             Veeam quoting 5.7.606, Hikvision's "requires a secure connection (SSL/TLS)", Dahua's "Network
 *             timeout", Zabbix's "Timeout was reached", PRTG's "Socket Error # 10054", an Eaton card's sender
 *             refused), written after the fixes and measured before any change: 3 of 15 right as written. The
 *             first batch's phrases were too narrow for other wordings of the same failures: 8 gave no record
 *             (their framing unknown: "did not respond", "cannot find", "could not reach", "certificate of the
 *             SMTP server", "Login not possible", "Mail test failed", libcurl's "Timeout was reached" as a
 *             framing of its own), 4 read the device's own connection as the receiving side's (QNAP's and PRTG's
 *             refused or reset connection as a refused session, TrueNAS's errno 110 as the recipient's server
 *             unreachable, Dahua's "Network timeout" as unknown). Fixed as data (client-errors.ts): these
 *             framings, "mail server" phrases that hold "e-mail server" and "email server", Python's and
 *             Windows' socket errors for the device's own connection (errno 110/104/113/101, 10054) read first, a
 *             device's test framing before "connection refused" or "reset", "server rejected the From address"
 *             as a From not permitted, "server requires a secure connection (SSL" as STARTTLS not used.
 *             15 of 15, first batch still 77 of 77 (a first "smtp server did not respond" took round 23's Kerio
 *             notice, "Remote SMTP server did not respond in time", for a device's own server: the phrase keeps
 *             its "the"); whole suite green; corpus 366/383, reply codes 261/274, unchanged.
 */

// The device could not reach its own outgoing server (wrong name or port, server down, firewall).
const SUBMISSION = { cause: 'submission-unreachable', reason: 'networkerror', side: 'sender' } as const;
// ...on port 25, where the device's network may block it.
const SUBMISSION_25 = {
  cause: ['submission-unreachable', 'port25-blocked'],
  reason: ['networkerror', 'blocked'],
  side: 'sender',
} as const;
// The device could not resolve its server's name (no DNS server set on the device, a typo in the name).
const SUBMISSION_DNS = {
  cause: ['submission-unreachable', 'dns-failure'],
  reason: 'networkerror',
} as const;
const AUTH = AUTH_REQUIRED;

// ---------------------------------------------------------------------------------------------------------
// Multifunction printers and scanners: panels, job logs, transmission reports, web page test buttons.
const MFP: RealWorldCase[] = [
  [
    '[mfp] Canon #801 timeout with the SMTP server',
    lines(
      'Job Log (Send)',
      'Job No.  Date/Time        Destination           Result',
      '0417     12/05 08:14      bob@example.net       NG  #801',
      '#801: A timeout error occurred while communicating with the SMTP server.',
    ),
    SUBMISSION,
  ],
  [
    '[mfp] Canon #755 TCP/IP not working',
    lines(
      'Error Code: #755',
      'Cannot send because TCP/IP is not working properly. Check the network cable and the IP address settings.',
    ),
    SUBMISSION,
  ],
  [
    '[mfp] Canon #752 with a DNS hint',
    lines(
      'Send: NG (#752)',
      'Cannot send e-mail. The SMTP server name or the DNS server setting may be incorrect, or the SMTP server is down.',
    ),
    SUBMISSION_DNS,
  ],
  [
    '[mfp] Canon #801 with the server reply quoted',
    lines(
      'Error Code: #801',
      'An error occurred while communicating with the SMTP server.',
      'SMTP response: 535 5.7.139 Authentication unsuccessful, the user credentials were incorrect. [BN9PR03CA0123.namprd03.prod.outlook.com 2026-12-05T08:20:11.012Z 08DD1A2B3C4D5E6F]',
    ),
    { ...AUTH, replyCode: 535, status: '5.7.139' },
  ],
  [
    '[mfp] Ricoh transmission failed, cannot connect',
    lines(
      'Transmission failed.',
      'Cannot connect to the SMTP server. Check the SMTP server name and port number.',
    ),
    SUBMISSION,
  ],
  [
    '[mfp] Ricoh scanner journal with Microsoft 365 5.7.57',
    lines(
      'Scanner Journal',
      'No.  Date     Time   Destination          Result',
      '012  12/05   08:31  bob@example.net      Error',
      'Transmission failed. SMTP server: 530 5.7.57 Client not authenticated to send mail. [AM6P193CA0021.EURP193.PROD.OUTLOOK.COM]',
    ),
    { ...AUTH, replyCode: 530, status: '5.7.57' },
  ],
  [
    '[mfp] Ricoh sender not allowed 5.2.252 SendAsDenied',
    lines(
      'Transmission failed.',
      '550 5.2.252 SendAsDenied; scanner@example.com not allowed to send as reception@example.com; STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot submit message.[EndDiagnosticData]',
    ),
    { ...SEND_AS, replyCode: 550, status: '5.2.252' },
  ],
  [
    '[mfp] Xerox 016-764 SMTP server connection error',
    lines('Job Status: Failed', 'Fault Code: 016-764', 'SMTP server connection error'),
    SUBMISSION,
  ],
  [
    '[mfp] Xerox 016-781 cannot resolve SMTP server',
    lines(
      'Fault 016-781',
      'Unable to connect to the SMTP server. The SMTP server name could not be resolved.',
    ),
    SUBMISSION_DNS,
  ],
  [
    '[mfp] Xerox job sheet with STARTTLS refused',
    lines(
      'Job Sheet',
      'Job Type: Email    Status: Job Failed',
      'Reason: SMTP server returned: 454 4.7.0 TLS not available due to local problem',
    ),
    {
      // Our case error: the server's own TLS is broken ("local problem"), recipient-tls-invalid's reading.
      cause: [
        'recipient-tls-invalid',
        'tls-failed',
        'tls-required',
        'starttls-not-used',
        'security-error',
        'sender-tls-setup',
      ],
      reason: ['securityerror', 'failedstarttls'],
      replyCode: 454,
    },
  ],
  [
    '[mfp] Xerox confirmation report message too large',
    lines(
      'Scan to Email Confirmation Report',
      'Result: Failed',
      'Error: 552 5.3.4 Message size exceeds fixed limit',
    ),
    { ...TOO_BIG, replyCode: 552 },
  ],
  [
    '[mfp] HP EWS test: could not connect to the server',
    lines(
      'Email Setup - Test',
      'Test failed. Could not connect to the SMTP server smtp.example.com on port 465. Verify the server address, port number and SSL setting.',
    ),
    SUBMISSION,
  ],
  [
    '[mfp] HP email gateway not responding',
    'Email Gateway Not Responding. Check the SMTP gateway address in the Embedded Web Server.',
    SUBMISSION,
  ],
  [
    '[mfp] HP email gateway rejected job due to addressing info',
    'Email gateway rejected job due to addressing info',
    {
      cause: [
        'relay-denied',
        'relay-not-authorised',
        'from-not-permitted',
        'sender-rejected',
        'user-unknown',
      ],
      reason: ['norelaying', 'rejected', 'userunknown'],
    },
  ],
  [
    '[mfp] HP digital sending log with Gmail 534 5.7.14',
    lines(
      'Digital Sending Job Log',
      'Status: Failed',
      'Server response: 534-5.7.14 <https://accounts.google.com/signin/continue?sarp=1&scc=1> Please log in via your web browser and',
      '534-5.7.14 then try again.',
      '534 5.7.14  Learn more at https://support.google.com/mail/answer/78754 a1b2c3d4e5f6.12 - gsmtp',
    ),
    { ...AUTH, replyCode: 534 },
  ],
  [
    '[mfp] Brother send mail error, server timeout',
    lines('Send Mail Error', 'Server Timeout. Check the SMTP server address and port, then try again.'),
    SUBMISSION,
  ],
  [
    '[mfp] Brother test send SMTP-AUTH error',
    lines('Test Send E-mail: Failed', 'SMTP-AUTH Error: check the SMTP-AUTH account name and password.'),
    AUTH,
  ],
  [
    '[mfp] Brother relay refused by the mail server',
    lines(
      'E-mail send result: Error',
      'The mail server refused the message: 554 5.7.1 <bob@example.net>: Relay access denied',
    ),
    { ...DEVICE_RELAY, replyCode: 554 },
  ],
  [
    '[mfp] Kyocera 2101 cannot connect to server',
    'Error 2101: Send failed. Cannot connect to the SMTP server. Check the host name and the network.',
    SUBMISSION,
  ],
  [
    '[mfp] Kyocera 3101 server response error with 5.7.3',
    lines(
      'Send Result Report',
      'Error Code 3101: SMTP server response error.',
      '535 5.7.3 Authentication unsuccessful [SN4PR0601CA0012.namprd06.prod.outlook.com]',
    ),
    { ...AUTH, replyCode: 535 },
  ],
  [
    '[mfp] Konica Minolta authentication error (SMTP)',
    'Job History: Scan to E-mail  Result: Failure  Detail: Authentication error (SMTP)',
    AUTH,
  ],
  [
    '[mfp] Konica Minolta server disconnected',
    lines('E-mail TX failed.', 'SMTP server disconnected during transmission (server connection error).'),
    SUBMISSION,
  ],
  [
    '[mfp] Sharp CE-02 mail server not found',
    lines('CE-02', 'The mail server or FTP server is not found.'),
    SUBMISSION_DNS,
  ],
  [
    '[mfp] Sharp CE-03 server not responding',
    lines('CE-03', 'The mail server is not responding. Check the SMTP server setting.'),
    SUBMISSION,
  ],
  [
    '[mfp] Lexmark SMTP server not set up',
    'SMTP server not set up. Contact system administrator.',
    SUBMISSION,
  ],
  [
    '[mfp] Lexmark e-mail server authentication failed',
    'E-mail server authentication failed. Check the user ID and password in the SMTP setup.',
    AUTH,
  ],
  [
    '[mfp] Epson could not connect to the mail server',
    lines('Scan to Email', 'Could not connect to the mail server. Check the mail server settings.'),
    SUBMISSION,
  ],
  [
    '[mfp] Epson mail server certificate error',
    lines(
      'Connection Check: Failed',
      'Mail server certificate error. The server certificate is invalid or has expired.',
    ),
    CERT,
  ],
  [
    '[mfp] old MFP TLS 1.0 against Microsoft 365 (handshake alert)',
    lines(
      'Scan to E-mail: Send failed',
      'SSL/TLS error: tlsv1 alert protocol version (smtp.office365.com:587)',
    ),
    OLD_TLS,
  ],
  [
    '[mfp] Gmail daily sending limit from a scanner account',
    lines(
      'Transmission failed.',
      '550-5.4.5 Daily user sending limit exceeded. For more information on Gmail',
      '550-5.4.5 sending limits go to',
      '550 5.4.5  https://support.google.com/a/answer/166852 z1a2b3c4d5.33 - gsmtp',
    ),
    {
      cause: ['rate-limited', 'sender-account-blocked', 'size-limit-exceeded'],
      reason: ['speeding', 'rejected', 'exceedlimit'],
      side: 'sender',
      replyCode: 550,
    },
  ],
];

// ---------------------------------------------------------------------------------------------------------
// NAS boxes, UPS cards, cameras and NVRs.
const NAS_UPS_CAM: RealWorldCase[] = [
  [
    '[nas] Synology notification test with 5.7.139 security defaults',
    lines(
      'Failed to send the test email.',
      "SMTP server response: 535 5.7.139 Authentication unsuccessful, user is locked by your organization's security defaults policy. Contact your administrator. [FR0P281CA0045.DEUP281.PROD.OUTLOOK.COM]",
    ),
    { ...AUTH, replyCode: 535, status: '5.7.139' },
  ],
  [
    '[nas] Synology log: connection timed out to port 25',
    'Failed to send notification email. Connection to smtp.example.com:25 timed out.',
    SUBMISSION_25,
  ],
  [
    '[nas] Synology outbound spam verdict at Outlook.com',
    lines(
      'Failed to send the test email.',
      '554 5.2.0 STOREDRV.Submission.Exception:OutboundSpamException; Failed to process message due to a permanent exception with message [BeginDiagnosticData]WASCL UserAction verdict is not None. Actual verdict is RefuseQuota, ShowTierUpgrade. OutboundSpamException: WASCL UserAction verdict is not None. Actual verdict is RefuseQuota, ShowTierUpgrade.[EndDiagnosticData]',
    ),
    {
      cause: ['sender-account-blocked', 'rate-limited', 'outbound-filter'],
      reason: ['rejected', 'speeding', 'spamdetected', 'blocked'],
      side: 'sender',
    },
  ],
  [
    '[nas] QNAP notification center SSL handshake failed',
    '[Notification Center] Failed to send email via SMTP server "smtp.example.com". Error: SSL handshake failed.',
    TLS_CLIENT,
  ],
  [
    '[nas] QNAP sender address rejected: domain not found',
    lines(
      'Failed to send the test e-mail.',
      'SMTP error: 553 5.1.8 <admin@nas.local>: Sender address rejected: Domain not found',
    ),
    {
      cause: ['sender-domain-invalid', 'sender-rejected'],
      reason: ['rejected'],
      side: 'sender',
      replyCode: 553,
    },
  ],
  [
    '[nas] TrueNAS name or service not known',
    'Failed to send email: [Errno -2] Name or service not known',
    SUBMISSION_DNS,
  ],
  [
    '[nas] TrueNAS SSL wrong version number on port 587',
    'Failed to send email: [SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1123)',
    TLS_CLIENT,
  ],
  [
    '[nas] TrueNAS SMTPAuthenticationError with Gmail',
    "Failed to send email: (535, b'5.7.8 Username and Password not accepted. For more information, go to\\n5.7.8  https://support.google.com/mail/?p=BadCredentials q1-20020a17090a0a0100b002c1234567sm1234567pjb.12 - gsmtp')",
    { ...AUTH, replyCode: 535 },
  ],
  [
    '[nas] TrueNAS SMTP AUTH extension not supported',
    'Failed to send email: SMTP AUTH extension not supported by server.',
    {
      cause: ['auth-required', 'starttls-not-used', 'tls-required', 'submission-unreachable'],
      reason: ['securityerror', 'failedstarttls', 'networkerror'],
    },
  ],
  [
    '[ups] APC NMC event log: could not connect to SMTP server',
    '12/05/2026  08:02:11  Email: Could not connect to SMTP server.',
    SUBMISSION,
  ],
  [
    '[ups] APC NMC event log: unable to resolve SMTP server',
    '12/05/2026  08:02:11  Email: Unable to resolve SMTP server name mail.example.com.',
    SUBMISSION_DNS,
  ],
  [
    '[ups] Eaton Network-M2 test email STARTTLS failed',
    'Test email failed: Connection to SMTP server failed (STARTTLS negotiation failed).',
    TLS_CLIENT,
  ],
  [
    '[cam] Hikvision email test: connecting to server failed',
    lines('Email Test', 'Test failed. Connecting to the mail server failed.'),
    SUBMISSION,
  ],
  [
    '[cam] Hikvision email test: authentication failed',
    lines('Email Test', 'Test failed. Server authentication failed.'),
    AUTH,
  ],
  [
    '[cam] Dahua NVR email test 535 from the server',
    'Email Test Failed! Error: 535 Incorrect authentication data',
    { ...AUTH, replyCode: 535 },
  ],
  [
    '[cam] NVR sending straight to Gmail MX from a home IP on Spamhaus',
    lines(
      'Email sending failed.',
      "550-5.7.1 [203.0.113.77] The IP you're using to send mail is not authorized to",
      '550-5.7.1 send email directly to our servers. Please use the SMTP relay at your',
      '550-5.7.1 service provider instead. For more information, go to',
      '550 5.7.1  https://support.google.com/mail/?p=NotAuthorizedError a1si1234567wra.123 - gsmtp',
    ),
    {
      cause: ['port25-blocked', 'ip-blocklisted', 'ip-reputation', 'connection-rejected'],
      reason: ['blocked', 'badreputation'],
      side: 'sender',
      replyCode: 550,
    },
  ],
];

// ---------------------------------------------------------------------------------------------------------
// Firewalls and routers, backup software, monitoring, Windows applications, alarm panels.
const NET_APPS: RealWorldCase[] = [
  [
    '[fw] pfSense authentication failure in Net_SMTP form',
    'Could not send the message to smtp.office365.com -- Error: authentication failure [SMTP: Invalid response code received from server (code: 535, response: 5.7.139 Authentication unsuccessful, basic authentication is disabled. [MN2PR05CA0012.namprd05.prod.outlook.com])]',
    { ...AUTH, replyCode: 535 },
  ],
  [
    '[fw] pfSense failed to connect',
    'Could not send the message to smtp.example.com -- Error: Failed to connect to ssl://smtp.example.com:587 [SMTP: Failed to connect socket: Connection refused (code: -1, response: )]',
    {
      ...TLS_CLIENT,
      cause: [...TLS_CLIENT.cause, 'connection-refused'],
      reason: [...TLS_CLIENT.reason, 'blocked'],
    },
  ],
  [
    '[fw] OPNsense Monit cannot open a connection',
    'Cannot open a connection to the mailserver smtp.example.com:587 -- Connection timed out',
    SUBMISSION,
  ],
  [
    '[fw] OPNsense Monit error receiving data',
    "Sendmail: error receiving data from the mailserver 'smtp.example.com' -- Resource temporarily unavailable",
    SUBMISSION,
  ],
  [
    '[fw] FortiGate event log email alert failure',
    'date=2026-12-05 time=08:40:02 logid="0100022100" type="event" subtype="system" level="warning" logdesc="Email send failure" msg="Failed to send email alert: SMTP server authentication failed"',
    AUTH,
  ],
  [
    '[fw] Sophos test email connection timed out',
    'Failed to send test email: Unable to connect to the mail server smtp.example.com:25 (Connection timed out).',
    SUBMISSION_25,
  ],
  [
    '[fw] UniFi JavaMail could not connect to SMTP host',
    'Failed to send test email: Could not connect to SMTP host: smtp.example.com, port: 465; nested exception is: java.net.ConnectException: Connection timed out (Connection timed out)',
    SUBMISSION,
  ],
  [
    '[fw] UniFi JavaMail AuthenticationFailedException',
    'javax.mail.AuthenticationFailedException: 535-5.7.8 Username and Password not accepted. Learn more at 535 5.7.8  https://support.google.com/mail/?p=BadCredentials b12sm3456789pfa.10 - gsmtp',
    { ...AUTH, replyCode: 535 },
  ],
  [
    '[fw] JavaMail PKIX path building failed',
    'Failed to send email: javax.mail.MessagingException: Could not convert socket to TLS; nested exception is: javax.net.ssl.SSLHandshakeException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target',
    CERT,
  ],
  [
    '[fw] JavaMail SMTPSendFailedException STARTTLS first',
    'com.sun.mail.smtp.SMTPSendFailedException: 530 5.7.0 Must issue a STARTTLS command first. a1-20020a056402000100b005d1234567sm1234567edz.12 - gsmtp',
    { ...STARTTLS, replyCode: 530 },
  ],
  [
    '[backup] Veeam notification: .NET secure connection required',
    'Failed to send e-mail notification: The SMTP server requires a secure connection or the client was not authenticated. The server response was: 5.7.57 Client not authenticated to send mail. [SN6PR01CA0012.prod.exchangelabs.com]',
    { ...AUTH, status: '5.7.57' },
  ],
  [
    '[backup] Veeam unable to connect to the remote server',
    'Failed to send test message: Failure sending mail. Unable to connect to the remote server. A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed to respond 203.0.113.25:25',
    SUBMISSION_25,
  ],
  [
    '[backup] Veeam remote certificate invalid',
    'Failed to send e-mail notification: Failure sending mail. The remote certificate is invalid according to the validation procedure.',
    CERT,
  ],
  [
    '[backup] Acronis notification SendAs 5.7.60',
    'E-mail notification failed. The SMTP server returned: 550 5.7.60 SMTP; Client does not have permissions to send as this sender [DM6PR11MB1234.namprd11.prod.outlook.com]',
    { ...SEND_AS, replyCode: 550 },
  ],
  [
    '[backup] Acronis cannot connect to SMTP server',
    'Failed to send the e-mail notification. Error: Cannot connect to the SMTP server smtp.example.com:587.',
    SUBMISSION,
  ],
  [
    "[mon] Zabbix media type test: couldn't resolve host name",
    "Media type test failed. Couldn't resolve host name",
    SUBMISSION_DNS,
  ],
  ['[mon] Zabbix action log: login denied', 'Failed: Login denied', AUTH],
  [
    '[mon] Zabbix SSL peer certificate not OK',
    'Sending failed: SSL peer certificate or SSH remote key was not OK',
    CERT,
  ],
  [
    '[mon] Nagios mailx sender domain not found',
    lines(
      'Dec  5 08:50:01 monitor nagios: s-nail: SMTP server: 553 5.1.8 <nagios@monitor.localdomain>: Sender address rejected: Domain not found',
    ),
    {
      cause: ['sender-domain-invalid', 'sender-rejected'],
      reason: 'rejected',
      side: 'sender',
      replyCode: 553,
    },
  ],
  [
    '[mon] mailx could not initiate TLS: wrong version number',
    'smtp-server: could not initiate TLS connection: error:1408F10B:SSL routines:ssl3_get_record:wrong version number',
    TLS_CLIENT,
  ],
  [
    '[mon] PRTG socket error 10060',
    'Sending Email failed: Error sending email: Socket Error # 10060 Connection timed out.',
    SUBMISSION,
  ],
  [
    '[mon] PRTG socket error 11001 host not found',
    'Sending Email failed: Error sending email: Socket Error # 11001 Host not found.',
    SUBMISSION_DNS,
  ],
  [
    '[mon] PRTG Indy TLS protocol version alert',
    'Error sending email: Error connecting with SSL. error:1409442E:SSL routines:ssl3_read_bytes:tlsv1 alert protocol version',
    OLD_TLS,
  ],
  [
    '[win] SQL Server Database Mail not authenticated',
    'The mail could not be sent to the recipients because of the mail server failure. (Sending Mail using Account 1 (2026-12-05T08:00:01). Exception Message: Cannot send mails to mail server. (The SMTP server requires a secure connection or the client was not authenticated. The server response was: 5.7.0 Authentication Required. Learn more at). )',
    AUTH,
  ],
  [
    '[win] SQL Server Database Mail no such host',
    'The mail could not be sent to the recipients because of the mail server failure. (Sending Mail using Account 2 (2026-12-05T08:05:12). Exception Message: Could not connect to mail server. (No such host is known). )',
    SUBMISSION_DNS,
  ],
  [
    '[win] SQL Server Database Mail unable to relay',
    'The mail could not be sent to the recipients because of the mail server failure. (Sending Mail using Account 1 (2026-12-05T08:10:44). Exception Message: Cannot send mails to mail server. (Mailbox unavailable. The server response was: 5.7.1 Unable to relay for bob@example.net). )',
    DEVICE_RELAY,
  ],
  [
    '[win] Send-MailMessage STARTTLS required',
    'Send-MailMessage : The SMTP server requires a secure connection or the client was not authenticated. The server response was: 5.7.0 Must issue a STARTTLS command first. a1sm123456wmb.1 - gsmtp',
    STARTTLS,
  ],
  [
    '[win] Windows Server Backup script: connection actively refused',
    'Send-MailMessage : Unable to connect to the remote server. No connection could be made because the target machine actively refused it 198.51.100.20:587',
    {
      cause: ['submission-unreachable', 'connection-refused'],
      reason: ['networkerror', 'blocked'],
    },
  ],
  [
    '[iot] alarm panel email report blocked by Spamhaus',
    'Email report failed: 554 5.7.1 Service unavailable; Client host [198.51.100.77] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/198.51.100.77',
    { ...IP_BLOCK, cause: ['ip-blocklisted', 'port25-blocked'], replyCode: 554, blocklist: 'spamhaus' },
  ],
  [
    '[iot] thermostat hub mail rate limited by the provider',
    'Alert mail not sent: 421 4.7.0 Too many messages sent from this account, please try again later.',
    { ...RATE, cause: [...RATE.cause, 'sender-account-blocked'], permanent: false },
  ],
  [
    '[iot] Microsoft 365 5.7.708 to a device using direct send',
    'Notification failed: 550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653 AS(7230) [BN8NAM12FT045.eop-nam12.prod.protection.outlook.com]',
    {
      cause: ['ip-reputation', 'ip-blocklisted', 'connection-rejected'],
      reason: ['badreputation', 'blocked'],
      side: 'sender',
      replyCode: 550,
    },
  ],
];

export const ROUND_78: RealWorldCase[] = [...MFP, ...NAS_UPS_CAM, ...NET_APPS];

export const SECOND_BATCH_78: RealWorldCase[] = [
  [
    '[mfp] Xerox 016-768 invalid sender address',
    lines('Fault Code: 016-768', 'Invalid sender address. The SMTP server rejected the From address.'),
    {
      cause: ['from-not-permitted', 'sender-rejected', 'sender-domain-invalid'],
      reason: 'rejected',
      side: 'sender',
    },
  ],
  [
    '[mfp] HP FutureSmart e-mail server did not respond',
    'The e-mail server did not respond. Verify the SMTP gateway settings and try again.',
    SUBMISSION,
  ],
  [
    '[mfp] Kyocera 1101 cannot find the SMTP server',
    'Error 1101: Cannot find the SMTP server. Check the host name.',
    SUBMISSION_DNS,
  ],
  [
    '[mfp] Konica Minolta certificate of the SMTP server not verified',
    'Scan to E-mail failed: the certificate of the SMTP server could not be verified.',
    CERT,
  ],
  [
    '[mfp] Lexmark could not reach e-mail server',
    'Network error: could not reach the e-mail server. Check the primary SMTP gateway.',
    SUBMISSION,
  ],
  [
    '[nas] Synology authentication failed, check username and password',
    lines(
      'Failed to send the test email.',
      'Authentication failed. Please check your username and password.',
    ),
    AUTH,
  ],
  [
    '[nas] QNAP test email connection refused',
    'Failed to send the test e-mail. Connection refused.',
    {
      cause: ['submission-unreachable', 'connection-refused'],
      reason: ['networkerror', 'blocked'],
    },
  ],
  [
    '[nas] TrueNAS connection timed out (errno 110)',
    'Failed to send email: [Errno 110] Connection timed out',
    SUBMISSION_25,
  ],
  [
    '[iot] Home Assistant SMTP login not possible',
    'ERROR (SyncWorker_3) [homeassistant.components.smtp.notify] Login not possible. Please check your setting and/or your credentials',
    AUTH,
  ],
  [
    '[backup] Veeam banned sending IP 5.7.606',
    'Failed to send e-mail notification: Mailbox unavailable. The server response was: 5.7.606 Access denied, banned sending IP [203.0.113.9]. To request removal from this list please visit https://sender.office.com/ and follow the directions.',
    { cause: ['ip-blocklisted', 'ip-reputation'], reason: ['blocked', 'badreputation'], side: 'sender' },
  ],
  [
    '[cam] Hikvision server requires a secure connection',
    'Mail test failed: the SMTP server requires a secure connection (SSL/TLS). Enable SSL/TLS and try again.',
    {
      cause: ['starttls-not-used', 'tls-required', 'tls-failed', 'auth-required'],
      reason: ['failedstarttls', 'securityerror'],
    },
  ],
  ['[cam] Dahua email test network timeout', 'Email test failed: Network timeout.', SUBMISSION],
  ['[mon] Zabbix timeout was reached', 'Sending failed: Timeout was reached', SUBMISSION],
  [
    '[mon] PRTG socket error 10054 connection reset',
    'Sending Email failed: Error sending email: Socket Error # 10054 Connection reset by peer.',
    {
      cause: ['submission-unreachable', 'tls-failed', 'tls-outdated'],
      reason: ['networkerror', 'securityerror'],
    },
  ],
  [
    '[ups] Eaton card sender address rejected: access denied',
    'SMTP error: 554 5.7.1 <ups@example.com>: Sender address rejected: Access denied',
    {
      cause: ['sender-rejected', 'from-not-permitted', 'relay-not-authorised'],
      reason: ['rejected', 'norelaying'],
      side: 'sender',
      replyCode: 554,
    },
  ],
];
