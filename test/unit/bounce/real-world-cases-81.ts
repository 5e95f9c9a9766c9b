import type { RealWorldCase } from './real-world-cases.js';
import {
  AUTH_REQUIRED,
  CERT,
  DEVICE_RELAY,
  lines,
  OLD_TLS,
  RELAY,
  SEND_AS,
  STARTTLS,
  TLS_CLIENT,
  USER_UNKNOWN,
} from './real-world-expectations.js';

/*
 * An eighty-first held-out round: what devices and applications that send mail through their own configured
 * SMTP server say when sending fails, in vendors and products round 78 did not have: multifunction printers
 * (Toshiba e-STUDIO, Panasonic, Samsung SyncThru, OKI, Fujifilm Apeos 016-503/016-506, Sindoh), cameras and
 * NVRs (Axis, Reolink, UniFi Protect's Node errors, Milestone), routers and firewalls (MikroTik's e-mail log,
 * Netgear, DrayTek, Cisco IOS EEM's %HA_EM-3-FMPD_SMTP, Palo Alto, WatchGuard, SonicWall), servers (Proxmox's
 * notification endpoints and its local Postfix, vCenter alarms, iDRAC RAC0225, iLO), applications (Home
 * Assistant, Grafana's Go errors, Uptime Kuma's OpenSSL string, Jenkins' and Jira's JavaMail, GitLab's Ruby
 * errors, Odoo's connection test and mail queue, SAPconnect's SOST messages, WP Mail SMTP, FluentSMTP,
 * PHPMailer, ssmtp and msmtp under cron, .NET's SmtpException, SharePoint's event log), the same failures in
 * German, French, Spanish, Italian, Dutch, Japanese and Chinese, and texts that are NOT the device's own server
 * failing (a remote server's refusal quoted in a notification log, a full mailbox quoted in a question, a
 * helpdesk's notice that the customer's server does not respond, a Spamhaus refusal in a Python dict), with
 * three chat texts (CHAT_81: questions and advice about a device's server, which must give no record).
 * Written from knowledge of how these products word their failures, none from the development corpus or the
 * rules (the own-server reader of the commit before was not read before measuring):
 *   round 81  70 cases, 49 right as written (70 %); chat 2 of 3. Case error of ours (1): iDRAC's RAC0225 says
 *             only "Sending the test mail failed" with advice to check the address and port; "unknown" at low
 *             is as honest as "could not reach its server" (both now accepted). The rules' 20 misses: 16 gave
 *             no record: framings not known (MikroTik's "Error sending e-mail <subject>: failed to connect to
 *             server / auth failed / could not resolve dns name", which name no server at all; Cisco EEM's
 *             "Error occurred when sending mail to SMTP server: … error in connecting to SMTP server"; OpenSSL's
 *             "ssl3_get_record:wrong version number" as Node prints it; Ruby's "Errno::ECONNREFUSED"; Odoo's
 *             "Connection Test Failed! Here is what we got instead:" over Python's "[Errno -2] Name or service
 *             not known" and "Connection unexpectedly closed"; SAP's "Message no. XS 812: No delivery to x, as
 *             recipient unknown"; a test button's bare "Test failed"), and words the own-server reader lacked
 *             (OKI's "SMTP Server Connection Failure", Sindoh's "requires an SSL/TLS connection", Italian
 *             "Impossibile risolvere il nome del server SMTP"; Japanese "SMTP認証に失敗しました" missed because
 *             a CJK word right after "smtp" counted as inside a Latin word); 2 were read as unknown at low
 *             (Grafana's "dial tcp 192.0.2.25:587: i/o timeout", JavaMail's "Unknown SMTP host" with
 *             java.net.UnknownHostException); 2 lost the reply code they quote (Odoo's SMTPRecipientsRefused
 *             dict, not known as a client error, so not unwrapped; "服务器返回：535 …" after a Chinese framing).
 *             The chat miss: "Does anyone know what happens if the SMTP server is not responding …? Does it
 *             retry?" was read as submission-unreachable: round 78's marker made it a client error, and the
 *             own-server reader's question test never saw the question mark (the sentence split drops it).
 *   fixed     as data: the framings as client-error markers (client-errors.ts: MikroTik, Cisco EEM, "test mail
 *             failed", OpenSSL's record error, Ruby's Errno:: and SocketError, Odoo's, Python's smtplib refusals
 *             by name, a test heading over "Test failed", SAPconnect's "Message no. XS", "sending the mail
 *             failed" in seven languages) and their meanings (MikroTik's "auth failed", Cisco's "error in
 *             connecting to SMTP server", Ruby's socket errors, "Connection unexpectedly closed", JavaMail's
 *             unknown host, Go's "dial tcp … i/o timeout" in an application's log, "could not resolve dns
 *             name"); the server's reply lead in seven languages ("服务器返回：", "Antwort des Servers:");
 *             own-server-words.ts: "connection failure", "error (in) connecting", "requires an SSL / a TLS /
 *             a secure …", the name-resolution words in German, French, Spanish, Italian, Portuguese, Dutch,
 *             Japanese and Chinese. In code: a word's boundary is checked only at a Latin word's own edges
 *             ("認証" stands whole in "smtp認証"); a question's sentence is skipped by its own mark; and a
 *             client's framing inside a sentence that asks is no client error (notice-kind.ts). 70 of 70,
 *             chat 3 of 3; whole suite green; corpus 366/383, reply codes 261/274, unchanged.
 *   then      a second batch of 15 (SECOND_BATCH_81: UniFi OS, Asus's "could not be reached", Aruba's "refused
 *             connection", vCenter quoting "550 5.7.1 Unable to relay", a Supermicro BMC's "refused the sender
 *             address", Jenkins quoting Gmail's 534 5.7.9, GitLab's Ruby "SSL_connect returned=1 … certificate
 *             verify failed (self-signed certificate)", Post SMTP's "Connection refused." with its hint put as a
 *             question, German, French, Spanish, Dutch, Chinese and Korean, and Jira's notice that the
 *             destination server is not responding), with one more chat question, written after the fixes and
 *             measured before any change: 7 of 15 right as written, chat 4 of 4. The misses: words still
 *             missing ("could not be reached", Spanish "no se pudo autenticar" and Dutch "geweigerd": the
 *             login group knew nouns and English verbs, few of the other languages' "could not" and "refused";
 *             Korean not at all), framings ("Send email fail", Post SMTP's connectivity test, whose question
 *             sentence rightly no longer counts), the From refused in "refused the sender address" (only
 *             "rejected" was known), Ruby's own certificate failure read as the recipient's TLS (a server's
 *             "self-signed certificate" phrase first), and an application's "Could not deliver the
 *             notification to x" not known as a notice. Fixed as data: those words and framings
 *             (own-server-words.ts: "could not be reached", the login verbs, "could not" and "refused" in seven
 *             languages, Korean nouns and words; client-errors.ts: the framings, Ruby's SSL_connect before a
 *             server's wording, "refused the sender/from address"; notice-headings.ts: "could not deliver the
 *             notification/message to"). 15 of 15, first batch still 70 of 70, chat 4 of 4; whole suite green;
 *             corpus 366/383, reply codes 261/274, its output byte for byte the same as after the first batch.
 *   still     none knownWrong.
 */

// How sure an honest answer is: a device's words that name the failure outright (cannot connect to the SMTP
// server, SMTP authentication failed) are high or medium; a bare "test failed" is low.
const SURE = { confidence: ['high', 'medium'] } as const;
const HIGH = { confidence: 'high' } as const;

// The device could not reach its own outgoing server (wrong name or port, server down, firewall).
const SUBMISSION = {
  cause: 'submission-unreachable',
  reason: 'networkerror',
  side: 'sender',
  ...SURE,
} as const;
// ...on port 25, where the device's network may block it.
const SUBMISSION_25 = {
  cause: ['submission-unreachable', 'port25-blocked'],
  reason: ['networkerror', 'blocked'],
  side: 'sender',
  ...SURE,
} as const;
// The device could not resolve its server's name.
const SUBMISSION_DNS = {
  cause: ['submission-unreachable', 'dns-failure'],
  reason: 'networkerror',
  side: 'sender',
  ...SURE,
} as const;
const AUTH = { ...AUTH_REQUIRED, ...SURE } as const;
// A device that says only that sending failed: nothing says why.
const VAGUE = {
  cause: ['unknown', 'client-send-failed', 'submission-unreachable'],
  reason: ['onhold', 'networkerror'],
  confidence: 'low',
} as const;

// ---------------------------------------------------------------------------------------------------------
// Multifunction printers: Toshiba, Panasonic, Samsung, OKI, Fujifilm, Sindoh, Develop.
const MFP: RealWorldCase[] = [
  [
    '[mfp] Toshiba e-STUDIO scan log: cannot connect to the SMTP server',
    lines(
      'LOG  > Scan',
      'Date Time            To                     Result',
      '2026/12/05 08:41     bob@example.net        Error 2C10',
      '2C10: Scan to E-mail failed. Unable to connect to the SMTP server.',
    ),
    SUBMISSION,
  ],
  [
    '[mfp] Panasonic communication journal: SMTP server not found',
    lines(
      'COMMUNICATION JOURNAL',
      'NO.  STATION NAME/EMAIL          MODE     RESULT',
      '012  bob@example.net             E-MAIL   ERROR 872',
      '872: SMTP server not found. Check the SMTP server name and the DNS server address.',
    ),
    SUBMISSION_DNS,
  ],
  [
    '[mfp] Samsung SyncThru email test: SMTP connection failed',
    lines('SyncThru Web Service', 'Test Result: SMTP Server Connection Failed.'),
    SUBMISSION,
  ],
  [
    '[mfp] Samsung panel: authentication failure with the quoted 535',
    lines(
      'Scan to Email: Send Failed',
      'Authentication Failure (SMTP). Server said: 535 5.7.3 Authentication unsuccessful [DU2PR04CA0123.eurprd04.prod.outlook.com]',
    ),
    { ...AUTH, replyCode: 535, status: '5.7.3' },
  ],
  [
    '[mfp] OKI panel: network error, SMTP server connection failure',
    lines(
      'Scan To E-mail',
      'Network Error',
      'SMTP Server Connection Failure. Please check the SMTP server settings.',
    ),
    SUBMISSION,
  ],
  [
    '[mfp] Fujifilm Apeos 016-503 name resolution',
    lines(
      'Job Status: Failed',
      'Error Code: 016-503',
      'Unable to resolve the SMTP server name. Check the DNS settings and the SMTP server address.',
    ),
    SUBMISSION_DNS,
  ],
  [
    '[mfp] Fujifilm Apeos transmission report with 5.7.57',
    lines(
      'Transmission Report (E-mail)',
      'Result: Failed (016-506)',
      'SMTP server response: 530 5.7.57 Client not authenticated to send mail. Error: 535 5.7.139 Authentication unsuccessful, the request did not meet the criteria to be authenticated successfully. [AM0PR10CA0099.EURPRD10.PROD.OUTLOOK.COM]',
    ),
    { ...AUTH, replyCode: 530 },
  ],
  [
    '[mfp] Sindoh: the SMTP server requires SSL',
    lines(
      'E-mail Send Error',
      'The SMTP server requires an SSL/TLS connection. Enable SSL/TLS in the SMTP settings.',
    ),
    { ...STARTTLS, cause: [...STARTTLS.cause, 'tls-failed'], reason: [...STARTTLS.reason] },
  ],
  [
    '[mfp] Toshiba quotes 5.7.60 send as',
    lines(
      'Scan to E-mail failed. Error 2C13',
      'SMTP server returned: 550 5.7.60 SMTP; Client does not have permissions to send as this sender [VI1PR08MB1234.eurprd08.prod.outlook.com]',
    ),
    { ...SEND_AS, replyCode: 550, status: '5.7.60' },
  ],
];

// ---------------------------------------------------------------------------------------------------------
// Cameras and NVRs: Axis, Reolink, UniFi Protect (Node), Milestone.
const CAMERAS: RealWorldCase[] = [
  [
    '[cam] Axis recipient test: could not connect to SMTP server',
    lines('Test failed', 'Could not connect to SMTP server smtp.example.com on port 587.'),
    SUBMISSION,
  ],
  [
    '[cam] Axis system log: email action failed, authentication',
    '2026-12-05T09:12:44.118+01:00 axis-b8a44f0c1d2e [ ERR ] notification[812]: Failed to send email: SMTP authentication failed',
    AUTH,
  ],
  [
    '[cam] Reolink: test failed without reason',
    lines('Email Test', 'Test failed. Please check the settings and try again.'),
    VAGUE,
  ],
  [
    '[cam] UniFi Protect: ECONNREFUSED',
    'Failed to send email notification: Error: connect ECONNREFUSED 192.0.2.25:587',
    SUBMISSION,
  ],
  [
    '[cam] UniFi Protect: nodemailer invalid login with Gmail reply',
    'Failed to send email notification: Error: Invalid login: 535-5.7.8 Username and Password not accepted. For more information, go to 535 5.7.8  https://support.google.com/mail/?p=BadCredentials d9443c01a7336-2162a1b2c3dsm123456ad.12 - gsmtp',
    { ...AUTH, replyCode: 535 },
  ],
  [
    '[cam] Milestone XProtect event: mail server not responding',
    lines(
      'Event server: Failed to send e-mail notification "Motion front door".',
      'Mail server not responding. (smtp.example.com:25)',
    ),
    SUBMISSION_25,
  ],
];

// ---------------------------------------------------------------------------------------------------------
// Routers and firewalls: Netgear, Asus, MikroTik, DrayTek, Cisco IOS, Aruba, Palo Alto, WatchGuard, SonicWall.
const NETWORK: RealWorldCase[] = [
  [
    '[net] MikroTik: failed to connect to server',
    'dec/05 10:14:22 e-mail,error Error sending e-mail <RB4011 backup>: failed to connect to server',
    SUBMISSION,
  ],
  [
    '[net] MikroTik: auth failed',
    'dec/05 10:15:03 e-mail,error Error sending e-mail <RB4011 backup>: auth failed',
    AUTH,
  ],
  [
    '[net] MikroTik: could not resolve dns name',
    'dec/05 10:16:40 e-mail,error Error sending e-mail <RB4011 backup>: could not resolve dns name',
    SUBMISSION_DNS,
  ],
  [
    '[net] Netgear router log: SMTP server unreachable',
    '[Email sent failed] SMTP server unreachable, Saturday, Dec 05,2026 10:20:11',
    SUBMISSION,
  ],
  [
    '[net] DrayTek syslog: mail alert cannot connect',
    '2026-12-05 10:31:07 Vigor2927: [Mail Alert] Send mail fail: Cannot connect to SMTP server 198.51.100.25',
    SUBMISSION,
  ],
  [
    '[net] Cisco IOS EEM: error in connecting to SMTP server',
    'Dec  5 10:40:12.345: %HA_EM-3-FMPD_SMTP: Error occurred when sending mail to SMTP server: 192.0.2.25 : error in connecting to SMTP server',
    SUBMISSION,
  ],
  [
    '[net] Cisco IOS EEM: error in reply from SMTP server',
    'Dec  5 10:41:02.111: %HA_EM-3-FMPD_SMTP: Error occurred when sending mail to SMTP server: 192.0.2.25 : error in reply from SMTP server',
    {
      cause: ['unknown', 'client-send-failed', 'submission-unreachable', 'auth-required', 'relay-denied'],
      reason: ['onhold', 'networkerror', 'securityerror', 'norelaying'],
      confidence: ['low', 'medium'],
    },
  ],
  [
    '[net] Palo Alto system log: email server profile relay refused',
    'Dec 5 10:52:18 PA-3220 SYSTEM general: Failed to send email via server profile "alerts-mail": 554 5.7.1 <ops@example.net>: Relay access denied',
    { ...DEVICE_RELAY, replyCode: 554 },
  ],
  [
    '[net] WatchGuard: mail server not responding',
    lines('Notification Settings: Send Test Email', 'Failed to send the email: mail server not responding.'),
    SUBMISSION,
  ],
  [
    '[net] SonicWall log: email log failed, could not connect',
    'Log Email Failed: Could not connect to mail server (smtp.example.com)',
    SUBMISSION,
  ],
  [
    '[net] SonicWall: STARTTLS required by the server',
    lines('E-mail Log: Test failed', 'SMTP server response: 530 5.7.0 Must issue a STARTTLS command first'),
    { ...STARTTLS, replyCode: 530 },
  ],
];

// ---------------------------------------------------------------------------------------------------------
// Servers and hypervisors: Proxmox, vCenter, iDRAC, iLO, Supermicro IPMI.
const SERVERS: RealWorldCase[] = [
  [
    '[srv] Proxmox notification: connection refused (os error 111)',
    "notification endpoint 'smtp-ops' failed: could not send mail: could not connect to SMTP server: Connection refused (os error 111)",
    SUBMISSION,
  ],
  [
    '[srv] Proxmox via local Postfix smarthost: SASL authentication failed',
    'Dec  5 11:02:41 pve postfix/smtp[2218]: 7A1B21C02F: to=<root@example.com>, relay=smtp.example.com[198.51.100.5]:587, delay=1.2, delays=0.01/0.01/1.1/0, dsn=4.7.8, status=deferred (SASL authentication failed; server smtp.example.com[198.51.100.5] said: 535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6)',
    { ...AUTH, replyCode: 535, permanent: false },
  ],
  [
    '[srv] Proxmox local Postfix straight to the MX: port 25 times out (not the own server)',
    'Dec  5 11:05:12 pve postfix/smtp[2301]: 8B2C31D03A: to=<ops@example.net>, relay=none, delay=30, delays=0.01/0/30/0, dsn=4.4.1, status=deferred (connect to mx1.example.net[203.0.113.25]:25: Connection timed out)',
    {
      cause: ['port25-blocked', 'recipient-server-unreachable', 'delivery-delayed'],
      reason: ['blocked', 'expired', 'networkerror'],
      permanent: false,
    },
  ],
  [
    '[srv] vCenter alarm action: failed to connect to SMTP server',
    "Alarm 'Host connection and power state' on esx02.example.com: an email notification to ops@example.net could not be sent: Failed to connect to SMTP server smtp.example.com:25",
    SUBMISSION_25,
  ],
  [
    '[srv] iDRAC RAC0225 test mail failed',
    lines(
      'RAC0225: Sending the test mail failed.',
      'Check the SMTP (e-mail) server address and port settings.',
    ),
    // Our case error: RAC0225 says only that the test failed; the advice to check the address and port is no
    // finding, so "unknown" at low is as honest as "could not reach its server".
    {
      cause: ['submission-unreachable', 'unknown', 'client-send-failed'],
      reason: ['networkerror', 'onhold'],
      confidence: ['low', 'medium'],
    },
  ],
  [
    '[srv] iLO: unable to connect to the SMTP server',
    lines('AlertMail test', 'The test alert could not be sent. Unable to connect to the SMTP server.'),
    SUBMISSION,
  ],
];

// ---------------------------------------------------------------------------------------------------------
// Applications: Home Assistant, Grafana, Uptime Kuma, Jenkins, GitLab, Jira, Odoo, SAP, WordPress, cron.
const APPS: RealWorldCase[] = [
  [
    '[app] Home Assistant smtp: temporary failure in name resolution',
    'ERROR (SyncWorker_3) [homeassistant.components.smtp.notify] Unable to connect to SMTP server: [Errno -3] Temporary failure in name resolution',
    SUBMISSION_DNS,
  ],
  [
    '[app] Grafana: dial tcp i/o timeout',
    'Failed to send test alert: failed to send notification to email addresses: ops@example.net: dial tcp 192.0.2.25:587: i/o timeout',
    SUBMISSION,
  ],
  [
    '[app] Grafana: no such host',
    'logger=ngalert.notifier.email level=error msg="Failed to send email" error="dial tcp: lookup smtp.example.com on 127.0.0.11:53: no such host"',
    SUBMISSION_DNS,
  ],
  [
    '[app] Uptime Kuma: wrong version number (SSL on the STARTTLS port)',
    'Error: Error: 40A7C2C1A87F0000:error:0A00010B:SSL routines:ssl3_get_record:wrong version number:../deps/openssl/openssl/ssl/record/ssl3_record.c:355:',
    TLS_CLIENT,
  ],
  [
    '[app] Jenkins: could not connect to SMTP host, connection timed out',
    lines(
      'javax.mail.MessagingException: Could not connect to SMTP host: smtp.example.com, port: 25;',
      '  nested exception is:',
      '\tjava.net.ConnectException: Connection timed out (Connection timed out)',
    ),
    SUBMISSION_25,
  ],
  [
    '[app] Jenkins: no appropriate protocol (TLS 1.0 disabled)',
    lines(
      'javax.mail.MessagingException: Could not convert socket to TLS;',
      '  nested exception is:',
      '\tjavax.net.ssl.SSLHandshakeException: No appropriate protocol (protocol is disabled or cipher suites are inappropriate)',
    ),
    { cause: [...OLD_TLS.cause, 'security-error'], reason: 'securityerror' },
  ],
  [
    '[app] GitLab Sidekiq: Net::SMTPAuthenticationError',
    'Net::SMTPAuthenticationError: 535 5.7.3 Authentication unsuccessful [LO4P123CA0456.GBRP123.PROD.OUTLOOK.COM 2026-12-05T11:20:01.000Z 08DD1A2B3C4D5E6F]',
    { ...AUTH, replyCode: 535, status: '5.7.3' },
  ],
  [
    '[app] GitLab: ECONNREFUSED to localhost port 25',
    'Errno::ECONNREFUSED: Connection refused - connect(2) for "localhost" port 25',
    SUBMISSION_25,
  ],
  [
    '[app] Jira: 5.7.139 SmtpClientAuthentication disabled',
    'An error has occurred with sending the test email: com.atlassian.mail.MailException: javax.mail.AuthenticationFailedException: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. [PA7P264CA0123.FRAP264.PROD.OUTLOOK.COM]',
    { ...AUTH, replyCode: 535, status: '5.7.139' },
  ],
  [
    '[app] Jira: UnknownHostException',
    lines(
      'An error has occurred with sending the test email:',
      'javax.mail.MessagingException: Unknown SMTP host: smtp.exmple.com;',
      '  nested exception is:',
      '\tjava.net.UnknownHostException: smtp.exmple.com',
    ),
    SUBMISSION_DNS,
  ],
  [
    '[app] Odoo: connection test, name or service not known',
    'Connection Test Failed! Here is what we got instead:\n [Errno -2] Name or service not known',
    SUBMISSION_DNS,
  ],
  [
    '[app] Odoo mail delivery failed: the recipient does not exist (not the own server)',
    lines(
      'Mail Delivery Failed',
      "Mail delivery failed via SMTP server 'smtp.example.com'.",
      "SMTPRecipientsRefused: {'bob@example.net': (550, b'5.1.1 <bob@example.net>: Recipient address rejected: User unknown in virtual mailbox table')}",
    ),
    { ...USER_UNKNOWN, replyCode: 550, status: '5.1.1', ...HIGH },
  ],
  [
    '[app] Odoo: server disconnected',
    'Connection Test Failed! Here is what we got instead:\n Connection unexpectedly closed',
    { ...TLS_CLIENT, confidence: ['medium', 'low'] },
  ],
  [
    '[app] SAP SOST: relay access denied from the SMTP server',
    lines(
      'Send Status: Error',
      'Message no. XS 803: SMTP server smtp.example.com reported: 554 5.7.1 <bob@example.net>: Relay access denied',
    ),
    { ...DEVICE_RELAY, replyCode: 554 },
  ],
  [
    '[app] SAP SOST: recipient unknown (not the own server)',
    'Message no. XS 812: No delivery to bob@example.net, as recipient unknown',
    { ...USER_UNKNOWN, recipient: 'bob@example.net' },
  ],
  [
    '[app] WP Mail SMTP: could not authenticate',
    lines('Mailer: Other SMTP', 'SMTP Error: Could not authenticate.'),
    AUTH,
  ],
  [
    '[app] WP Mail SMTP: could not connect to SMTP host',
    lines(
      'Mailer: Other SMTP',
      'SMTP Error: Could not connect to SMTP host. Failed to connect to server',
      'SMTP server error: Failed to connect to server SMTP code: 110 Additional SMTP info: Connection timed out',
    ),
    SUBMISSION,
  ],
  [
    '[app] FluentSMTP: certificate verify failed',
    'SMTP Error: Could not connect to SMTP host. Connection failed. stream_socket_enable_crypto(): SSL operation failed with code 1. OpenSSL Error messages: error:0A000086:SSL routines::certificate verify failed',
    CERT,
  ],
  [
    '[app] PHPMailer: the following recipients failed (not the own server)',
    'SMTP Error: The following recipients failed: bob@example.net: <bob@example.net>: Recipient address rejected: User unknown in local recipient table',
    { ...USER_UNKNOWN, recipient: 'bob@example.net' },
  ],
  ['[app] cron via ssmtp: cannot open mail:25', 'sendmail: Cannot open mail:25', SUBMISSION_25],
  [
    '[app] cron via msmtp: connection timed out',
    'msmtp: cannot connect to smtp.example.com, port 587: Connection timed out',
    SUBMISSION,
  ],
  [
    '[app] .NET app: Mailbox unavailable, unable to relay',
    'System.Net.Mail.SmtpException: Mailbox unavailable. The server response was: 5.7.1 Unable to relay for bob@example.net',
    { ...RELAY, cause: ['relay-denied', 'relay-not-authorised'] },
  ],
  [
    '[app] Windows event log: SharePoint outgoing mail failed, secure connection',
    lines(
      'Log Name: Application',
      'Source: SharePoint Foundation',
      'Event ID: 6858',
      'An error occurred while talking to SMTP host smtp.example.com.',
      'The SMTP server requires a secure connection or the client was not authenticated. The server response was: 5.7.57 Client not authenticated to send mail.',
    ),
    {
      cause: ['auth-required', 'starttls-not-used', 'tls-required'],
      reason: ['securityerror', 'failedstarttls'],
      side: 'sender',
    },
  ],
];

// ---------------------------------------------------------------------------------------------------------
// The same failures in other languages.
const LANGUAGES: RealWorldCase[] = [
  [
    '[de] FRITZ!Box Push Service: mail server not reachable',
    lines(
      'Push Service: Die E-Mail konnte nicht versendet werden.',
      'Der Postausgangsserver (SMTP) smtp.example.com ist nicht erreichbar.',
    ),
    SUBMISSION,
  ],
  [
    '[de] NAS test: SMTP login failed',
    lines(
      'Test-E-Mail fehlgeschlagen',
      'Anmeldung am SMTP-Server fehlgeschlagen. Bitte Benutzername und Passwort prüfen.',
    ),
    AUTH,
  ],
  [
    '[fr] Box: impossible de se connecter au serveur SMTP',
    lines("Échec de l'envoi du courriel", 'Impossible de se connecter au serveur SMTP smtp.example.com.'),
    SUBMISSION,
  ],
  [
    '[es] cámara: no se pudo conectar con el servidor SMTP',
    lines(
      'Prueba de correo: fallida',
      'No se pudo conectar con el servidor SMTP. Compruebe la dirección y el puerto.',
    ),
    SUBMISSION,
  ],
  [
    '[it] impossibile risolvere il nome del server SMTP',
    lines('Invio e-mail non riuscito', 'Impossibile risolvere il nome del server SMTP smtp.example.com.'),
    SUBMISSION_DNS,
  ],
  [
    '[nl] geen verbinding met de SMTP-server',
    lines('Testmail verzenden mislukt', 'Kan geen verbinding maken met de SMTP-server smtp.example.com.'),
    SUBMISSION,
  ],
  [
    '[ja] SMTPサーバーに接続できません',
    lines(
      'メール送信エラー',
      'SMTPサーバーに接続できませんでした。サーバー名とポート番号を確認してください。',
    ),
    SUBMISSION,
  ],
  [
    '[ja] SMTP認証に失敗しました',
    lines(
      'テストメールの送信に失敗しました。',
      'SMTP認証に失敗しました。ユーザー名とパスワードを確認してください。',
    ),
    AUTH,
  ],
  [
    '[zh] 无法连接到SMTP服务器',
    lines('邮件发送失败', '无法连接到SMTP服务器，请检查服务器地址和端口。'),
    SUBMISSION,
  ],
  [
    '[zh] SMTP认证失败 quoting 535',
    lines('测试邮件发送失败：SMTP认证失败', '服务器返回：535 Error: authentication failed'),
    { ...AUTH, replyCode: 535 },
  ],
];

// ---------------------------------------------------------------------------------------------------------
// Not the device's own server: the recipient's server, a quoted remote reply, a user's question about one.
const NOT_OWN: RealWorldCase[] = [
  [
    '[not-own] device notification log: the remote server refused the recipient',
    lines(
      'Notification log',
      'Email to bob@example.net: delivery failed. Remote server mx.example.net replied: 550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown',
    ),
    { ...USER_UNKNOWN, replyCode: 550, status: '5.1.1', recipient: 'bob@example.net' },
  ],
  [
    "[not-own] a question quoting the relay's bounce of a full mailbox",
    lines(
      'Hi, our Toshiba scans to email fine for everyone except one customer. The scan goes out but we get this back:',
      '552 5.2.2 <carol@example.net>: Mailbox full - quota exceeded',
      'Is this something on our printer?',
    ),
    { cause: 'mailbox-full', reason: 'mailboxfull', side: 'recipient', replyCode: 552 },
  ],
  [
    "[not-own] Zendesk-style notice: the customer's server does not respond",
    lines(
      'We were unable to deliver your reply to bob@example.net.',
      "The recipient's mail server mx.example.net did not respond. We will keep trying for 48 hours.",
    ),
    {
      cause: ['recipient-server-unreachable', 'delivery-delayed'],
      reason: ['expired', 'networkerror'],
      permanent: false,
    },
  ],
  [
    '[not-own] an app quoting a blocklist refusal from the recipient',
    "Mail delivery failed: SMTPRecipientsRefused: {'bob@example.net': (554, b'5.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org')}",
    { cause: 'ip-blocklisted', reason: 'blocked', side: 'sender', replyCode: 554, blocklist: 'spamhaus' },
  ],
];

export const ROUND_81: RealWorldCase[] = [
  ...MFP,
  ...CAMERAS,
  ...NETWORK,
  ...SERVERS,
  ...APPS,
  ...LANGUAGES,
  ...NOT_OWN,
];

// Written after the fixes, in other wordings of the same failures, measured before any further change.
export const SECOND_BATCH_81: RealWorldCase[] = [
  [
    '[2] UniFi OS: mail server connection failed',
    'Failed to send test email: Mail server connection failed: Connection timed out',
    SUBMISSION,
  ],
  [
    '[2] Asus router: SMTP server could not be reached',
    lines(
      'Send mail fail',
      'The SMTP server could not be reached. Please confirm the server address and port.',
    ),
    SUBMISSION,
  ],
  [
    '[2] Aruba Instant: server refused connection',
    'SMTP: Unable to send mail, server smtp.example.com refused connection on port 587',
    SUBMISSION,
  ],
  [
    '[2] vCenter alarm email: unable to relay',
    "Alarm 'Datastore usage on disk' on ds01: Failed to send email to ops@example.net: 550 5.7.1 Unable to relay",
    { ...DEVICE_RELAY, replyCode: 550 },
  ],
  [
    '[2] Supermicro BMC: the mail server refused the sender address',
    lines('Send Test Alert', 'Send email fail: the mail server refused the sender address.'),
    { ...SEND_AS, cause: ['from-not-permitted', 'sender-rejected'] },
  ],
  [
    '[2] Jenkins: 534 application-specific password required',
    'javax.mail.AuthenticationFailedException: 534-5.7.9 Application-specific password required. For more information, go to 534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor a1-20020a170902b1a100b001c1234567sm1234567plb.12 - gsmtp',
    { ...AUTH, replyCode: 534 },
  ],
  [
    '[2] GitLab: OpenSSL certificate verify failed (self-signed)',
    'OpenSSL::SSL::SSLError: SSL_connect returned=1 errno=0 peeraddr=192.0.2.25:587 state=error: certificate verify failed (self-signed certificate)',
    CERT,
  ],
  [
    '[2] Post SMTP: connection refused with a hint put as a question',
    lines(
      'Post SMTP connectivity test',
      'Connection refused. Is your hosting provider blocking outgoing port 587?',
    ),
    SUBMISSION,
  ],
  [
    '[2] de: Zeitüberschreitung bei der Verbindung zum SMTP-Server',
    'Fehler beim Senden der E-Mail: Zeitüberschreitung bei der Verbindung zum SMTP-Server smtp.example.com.',
    SUBMISSION,
  ],
  [
    "[2] fr: le serveur SMTP a refusé l'authentification",
    "Envoi du courriel de test impossible : le serveur SMTP a refusé l'authentification.",
    AUTH,
  ],
  [
    '[2] es: no se pudo autenticar en el servidor SMTP',
    'Error: no se pudo autenticar en el servidor SMTP. Revise el usuario y la contraseña.',
    AUTH,
  ],
  [
    '[2] nl: de SMTP-server heeft de aanmelding geweigerd',
    'Testbericht niet verzonden: de SMTP-server heeft de aanmelding geweigerd.',
    AUTH,
  ],
  ['[2] zh: SMTP服务器登录失败', 'SMTP服务器登录失败，请检查用户名和密码。', AUTH],
  [
    '[2] ko: SMTP 서버에 연결할 수 없습니다',
    lines('메일 전송 실패', 'SMTP 서버에 연결할 수 없습니다. 서버 주소와 포트를 확인하십시오.'),
    SUBMISSION,
  ],
  [
    "[2] not own: Jira's notice that the destination server does not respond",
    lines(
      'Could not deliver the notification to bob@example.net.',
      'The destination mail server mx.example.net is not responding; delivery will be retried.',
    ),
    {
      cause: ['recipient-server-unreachable', 'delivery-delayed'],
      reason: ['expired', 'networkerror'],
      permanent: false,
    },
  ],
];

/** A person asking about mail settings, no failure pasted: no record. */
export const CHAT_81: [name: string, text: string, knownWrong?: string][] = [
  [
    'a question about which port the printer should use',
    'Quick question: should the Toshiba use port 587 with STARTTLS or 465 with SSL for scan to email? Nothing failing yet, just setting it up.',
  ],
  [
    'a question whether the SMTP server can time out',
    'Does anyone know what happens if the SMTP server is not responding when Grafana fires an alert? Does it retry?',
  ],
  [
    'advice in a chat about an SMTP login',
    'Tip: if SMTP login fails on your camera after a password change, remember to update the app password too.',
  ],
  [
    'second batch: a question whether SMTP authentication fails for others too',
    'Has anyone got iDRAC alerts going through Microsoft 365? Does SMTP authentication fail for you too?',
  ],
];
