import type { PhraseRule } from './reply-phrases.js';

/**
 * What mail clients and sending libraries say when they fail to hand a message to their own outgoing server
 * (lower case): Outlook's send/receive errors (and their hex codes), Thunderbird, Apple Mail and iOS, Windows
 * Mail, eM Client, mobile apps, PHPMailer, Nodemailer, Python's smtplib and the sendmail commands of Postfix,
 * ssmtp and msmtp. Users paste these to their admin as "the bounce". When the client quotes its server's
 * reply, the reply decides (these rules come after every server wording); when it only says it could not
 * reach or log in to its own server, the fault is on the sending side, between the client and that server.
 */

/**
 * A client's or library's own framing of a failure to send: its words alone make a pasted text a failure. "e-mail"
 * and "email" are one word here (isClientError reads both as "email"): write one.
 */
export const CLIENT_ERROR_MARKERS: readonly string[] = [
  // Outlook desktop: "Task 'alice@example.com - Sending' reported error (0x800CCC0E) : '…'".
  "' reported error (0x",
  "- sending' reported error",
  "- receiving' reported error",
  // Outlook Express / Windows Live Mail: "…, Protocol: SMTP, Server Response: '…', Error Number: 0x800CCC79".
  'error number: 0x800c',
  'socket error: 100',
  'error number: 0x8004',
  // Outlook's local non-delivery report (no server wrote it).
  'your message did not reach some or all of the intended recipients',
  // Thunderbird.
  'sending of the message failed',
  'sending of message failed',
  'an error occurred while sending mail',
  // Thunderbird's "Login to server smtp.x with username y failed."
  'login to server … failed',
  'outgoing server (smtp)',
  // Apple Mail and iOS: the alert's title, then what failed ("I cannot send mail to them" is chat).
  'cannot send mail … rejected by the server',
  'cannot send mail … the connection to the outgoing server',
  'in your outbox … rejected by the server',
  'cannot get mail … the connection to the server failed',
  'cannot send mail … the user name or password',
  'cannot be contacted on port',
  'cannot send message using the server',
  'refused to allow a connection on port',
  // eM Client.
  "sending of message '",
  // Windows Mail, Outlook mobile, Android mail apps.
  "we weren't able to do that. error code: 0x",
  "we couldn't send your message because",
  // Outlook and Outlook.com refusing to send from a mailbox over its send quota (the sender's own mailbox).
  "couldn't be sent because your mailbox is full",
  'not sent because your mailbox is full',
  'unable to send message … authentication failed',
  // swaks, the admin's test tool: "*** Error connecting to mx.example.org:25:" then the socket's words.
  '*** error connecting to',
  // Connection tests by hand: nc ("nc: connect to mx port 25 (tcp) failed: …", OpenBSD's "… (tcp) timed
  // out"), telnet, PowerShell's Test-NetConnection ("WARNING: TCP connect to (192.0.2.10 : 25) failed").
  ' (tcp) failed: ',
  ' (tcp) timed out',
  'telnet: unable to connect to remote host',
  'warning: tcp connect to (',
  // openssl s_client that got no connection: "connect:errno=110".
  'connect:errno=',
  // PHPMailer (and the WordPress SMTP plugins built on it).
  'smtp error:',
  'smtp connect() failed',
  'connection: opening to',
  // Nodemailer.
  "code: 'eauth'",
  "code: 'esocket'",
  "code: 'etimedout'",
  "code: 'edns'",
  "code: 'eenvelope'",
  "code: 'econnection'",
  'invalid login:',
  // Python's smtplib.
  'smtplib.smtp',
  'smtplib.py',
  'socket.gaierror:',
  'ssl.sslerror:',
  // The sendmail commands: Postfix's ("sendmail: fatal:"), ssmtp's and msmtp's.
  'sendmail: fatal:',
  'sendmail: cannot open',
  'sendmail: authorization failed',
  'msmtp: ',
  // Symfony Mailer, SwiftMailer (Laravel's log lines), PHPMailer's "Mailer Error:" and PHP's mail().
  'transportexception',
  'swift_',
  'expected response code',
  'connection could not be established with host',
  'failed to authenticate on smtp server',
  'mailer error:',
  // JavaMail / Jakarta Mail (and Angus Mail) and Spring's wrapper of it.
  'javax.mail.',
  'jakarta.mail.',
  'com.sun.mail.',
  'org.springframework.mail.',
  // .NET's SmtpClient, MailKit, PowerShell's Send-MailMessage.
  'system.net.mail.',
  'mailkit.',
  'send-mailmessage :',
  // Ruby's Net::SMTP and OpenSSL errors.
  'net::smtp',
  'openssl::ssl::sslerror',
  // Rust's lettre: "permanent error (550): …", "transient error (451): …".
  'permanent error (',
  'transient error (',
  // Nodemailer's other error codes.
  "code: 'emessage'",
  "code: 'eprotocol'",
  // Symfony Mailer's STARTTLS, Ruby's connection timeouts, Rust's I/O errors ("… (os error 111)").
  'unable to connect with starttls',
  'net::opentimeout',
  'net::readtimeout',
  '(os error ',
  // Go's network and TLS errors ("dial tcp: lookup x: no such host", "dial tcp 192.0.2.1:587: connect:
  // connection refused", "… i/o timeout"), and net/smtp's refusal to send a password in clear; in these
  // forms only, so chat that says "dial tcp timeouts" stays chat.
  'dial tcp: lookup ',
  ': connect: connection refused',
  ': i/o timeout',
  'x509: certificate',
  'send mail: unencrypted connection',
  // A sending API's HTTP error as HTTP clients print it: axios ("Request failed with status code 401"),
  // Guzzle ("Client error: `POST https://…` resulted in a `401 UNAUTHORIZED` response"), Python's requests
  // ("403 Client Error: Forbidden for url: …").
  'request failed with status code',
  'resulted in a `',
  ' client error: ',
  ' server error: ',
  // mailx / s-nail handing to the local sendmail: "send-mail: …", '"/root/dead.letter" 11/332',
  // ". . . message not sent." (not chat's "message not sent, anyone?").
  'send-mail: ',
  '. . . message not sent',
  '/dead.letter"',
  // Mailbox migration tools copying messages into the new mailbox: imapsync ("Host2 failure: Error trying to
  // append string: NO [OVERQUOTA] …", "msg INBOX/12 could not append"), MigrationWiz ("Your migration failed
  // while migrating items. Error: …"), a migration report's per-message line ("Failed to migrate message
  // …"): the destination server's words after them decide.
  'host1 failure:',
  'host2 failure:',
  'could not append',
  'your migration failed',
  'failed to migrate message',
  'migration error for',
  // Scanners, copiers and appliances that send mail (scan to e-mail, alerts): their panels' and job logs'
  // framing of a failed send to their configured SMTP server (HP, Konica Minolta, Ricoh, Canon, Xerox).
  'unable to connect to the smtp server',
  'smtp server connection error',
  'authentication with the smtp server has failed',
  'authentication failed with the smtp server',
  'smtp authentication failed',
  'check the smtp server name',
  // pfSense and other appliances' notifications: "Could not send the message to smtp.x -- Error: could not
  // start TLS connection encryption protocol".
  'could not start tls',
  'connection with the smtp server',
  // Round 78: more device framings. Panels and job logs (Canon #801/#752/#755, Xerox 016-7xx, Kyocera, Sharp
  // CE-0x, Lexmark, Epson, Brother, Konica Minolta, Hikvision, APC and Eaton cards, FortiGate), test buttons
  // and notification logs of NAS boxes and appliances (Synology, QNAP, TrueNAS, Sophos, Acronis, Veeam),
  // SQL Server Database Mail, monitoring tools (Zabbix's libcurl strings, PRTG's Indy socket errors, Monit).
  'connect to the smtp server',
  'connect to smtp server',
  'connecting to the smtp server',
  'connection to the smtp server',
  'connection to smtp server',
  'communicating with the smtp server',
  'smtp server name',
  'resolve smtp server',
  'resolve the smtp server',
  'smtp server disconnected',
  'smtp server is not responding',
  'smtp server not set up',
  'smtp server is not configured',
  'smtp server certificate',
  'connect to the mail server',
  'connect to mail server',
  'connecting to the mail server',
  'connection to the mail server',
  'mail server is not responding',
  'mail server or ftp server is not found',
  'mail server certificate',
  'connection to the mailserver',
  'from the mailserver',
  'email gateway not responding',
  'email gateway rejected',
  'tcp/ip is not working',
  'server authentication failed',
  'authentication error (smtp)',
  'smtp-auth error',
  'send mail error',
  'failed to send email:',
  'failed to send email via',
  'failed to send email alert',
  'failed to send notification email',
  'failed to send the test email',
  'failed to send test email',
  'failed to send email notification',
  'failed to send the e-mail notification',
  'failed to send test message',
  'email notification failed',
  'test email failed',
  'email test failed',
  'media type test failed',
  'error sending email:',
  'sending email failed',
  'the mail could not be sent to the recipients because of the mail server failure',
  'failure sending mail',
  'could not connect to smtp host',
  'invalid response code received from server',
  'failed to connect socket',
  'smtp-server: ',
  // libcurl's error strings (Zabbix, scripts) and Indy's (PRTG): "Socket Error # 10060".
  "couldn't resolve host name",
  'ssl peer certificate or ssh remote key was not ok',
  'login denied',
  'socket error # ',
  'alert protocol version',
  "couldn't connect to server",
  'timeout was reached',
  'failure when receiving data from the peer',
  'sending failed: ',
  // Second batch: more of the devices' words for their own server ("mail server" also holds "e-mail server").
  // "The" kept: a notice's "Remote SMTP server did not respond" is the receiving side's.
  'the mail server did not respond',
  'the email server did not respond',
  'the smtp server did not respond',
  'reach the mail server',
  'reach the email server',
  'connect to the email server',
  'reach the smtp server',
  'reach mail server',
  'reach smtp server',
  'find the smtp server',
  'find the mail server',
  'certificate of the smtp server',
  'certificate of the mail server',
  'smtp server rejected',
  'mail server rejected',
  'mail test failed',
  'login not possible',
  // Node.js's socket errors as applications log them ("connect ECONNREFUSED 192.0.2.10:587", "getaddrinfo
  // ENOTFOUND smtp.example.com").
  'connect econnrefused',
  'connect etimedout',
  'getaddrinfo enotfound',
  'getaddrinfo eai_again',
  'read econnreset',
  // Round 81: more devices' and applications' framings. MikroTik's log ("e-mail,error Error sending e-mail
  // <subject>: …"), Cisco IOS EEM ("%HA_EM-3-FMPD_SMTP: Error occurred when sending mail to SMTP server: …"),
  // iDRAC's RAC0225 ("Sending the test mail failed."), OpenSSL's record error for TLS spoken to a plain port
  // (Uptime Kuma, Node), Ruby's socket errors (GitLab, Rails), Odoo's connection test and mail queue, Python's
  // smtplib refusals by name.
  'error sending e-mail <',
  'e-mail,error ',
  'error occurred when sending mail to smtp server',
  'test mail failed',
  ':ssl3_get_record:wrong version number',
  'ssl routines::wrong version number',
  'errno::econnrefused',
  'errno::etimedout',
  'errno::ehostunreach',
  'socketerror: getaddrinfo',
  'connection test failed! here is what we got instead',
  'mail delivery failed via smtp server',
  'smtprecipientsrefused',
  'smtpsenderrefused',
  'smtpdataerror',
  // A device's test button that names no reason ("Email Test" above "Test failed. Please check the settings"),
  // and SAPconnect's status messages (SOST: "Message no. XS 812: No delivery to x, as recipient unknown").
  'email test … test failed',
  'message no. xs ',
  // A device's "sending the mail failed" in other languages, so that the reply it quotes is read as one.
  'e-mail konnte nicht gesendet werden',
  'e-mail konnte nicht versendet werden',
  'test-e-mail fehlgeschlagen',
  "échec de l'envoi du courriel",
  "échec de l'envoi de l'e-mail",
  "erreur lors de l'envoi de l'e-mail",
  'error al enviar el correo',
  'prueba de correo: fallida',
  'invio email non riuscito',
  'verzenden van e-mail mislukt',
  'testmail verzenden mislukt',
  'メール送信エラー',
  'メールの送信に失敗',
  'テストメールの送信に失敗',
  '邮件发送失败',
  '测试邮件发送失败',
  'falha ao enviar e-mail',
  // Second batch: Supermicro's and Asus's "Send email fail", Post SMTP's connectivity test, Korean.
  'send email fail',
  'send mail fail',
  'smtp connectivity test',
  '메일 전송 실패',
  // Round 83: Roundcube's line over its server's reply ("SMTP Error (550): Failed to add recipient …") in the
  // webmail's languages; Thunderbird's alert and its "an error occurred while sending mail", Outlook's
  // "Task '…' reported error (0x…)", as the localized clients word them.
  'smtp error (',
  'smtp-fout (',
  'erro smtp (',
  'errore smtp (',
  'błąd smtp (',
  'smtp hatası (',
  'chyba smtp (',
  'smtp-fehler (',
  'erreur smtp (',
  'error smtp (',
  'invio del messaggio non riuscito',
  "si è verificato un errore durante l'invio della posta",
  'wysyłanie wiadomości nie powiodło się',
  'wystąpił błąd podczas wysyłania poczty',
  'verzenden van bericht is mislukt',
  'er is een fout opgetreden bij het verzenden van e-mail',
  'falha no envio da mensagem',
  'ocorreu um erro ao enviar a mensagem',
  'det gick inte att skicka meddelandet',
  'ett fel uppstod när e-post skickades',
  "' relatou o erro (0x",
  "' relatou erro (0x",
  "' - errore segnalato (0x",
  "' heeft fout (0x",
  // Round 91: Roundcube's "SMTP Error (…):" in the long tail's languages (Vietnamese, Indonesian, Malay, Estonian,
  // Lithuanian, Latvian, Persian, Arabic, Hebrew, Bulgarian/Serbian, Ukrainian, Slovenian, Croatian, Basque,
  // Icelandic, Thai, Hindi); Thunderbird's alert and Outlook's "Task '…' reported error (0x…)" in them; Zimbra's
  // "Message not sent; one or more addresses were not accepted"; iOS Mail's "Cannot Send Mail" alert.
  'lỗi smtp (',
  'kesalahan smtp (',
  'ralat smtp (',
  'smtp viga (',
  'smtp klaida (',
  'smtp kļūda (',
  'خطای smtp (',
  'خطأ smtp (',
  'שגיאת smtp (',
  'smtp грешка (',
  'помилка smtp (',
  'napaka smtp (',
  'smtp greška (',
  'smtp errorea (',
  'smtp villa (',
  'ข้อผิดพลาด smtp (',
  'smtp त्रुटि (',
  'pošiljanje sporočila ni uspelo',
  "no s'ha pogut enviar el missatge",
  'не вдалося надіслати повідомлення',
  'изпращането на съобщението е неуспешно',
  'slanje poruke nije uspjelo',
  'gửi thư thất bại',
  'gagal mengirim pesan',
  "' đã báo cáo lỗi (0x",
  "' melaporkan kesalahan (0x",
  "' أبلغت عن خطأ (0x",
  "' ने त्रुटि (0x",
  "' דיווחה על שגיאה (0x",
  "' повідомило про помилку (0x",
  'one or more addresses were not accepted',
  'satu atau lebih alamat tidak diterima',
  'tidak dapat mengirim email … ditolak oleh server',
  'không thể gửi thư … bị máy chủ từ chối',
];

/**
 * Client sentences no server writes, read before any server wording: their words would otherwise hit a
 * server's phrase ("not trusted", "rejected by the server", "connection refused") that means something else
 * there. Addresses are already replaced by a space when these are matched.
 */
export const CLIENT_WORDING_FIRST: readonly PhraseRule[] = [
  {
    // The TLS set up with its own server failed: Thunderbird's untrusted certificate and STARTTLS not offered
    // (often an antivirus or firewall in between), Outlook's 0x800CCC7D (SSL asked of a port without it).
    cause: 'tls-failed',
    phrases: [
      'is not trusted because it is self-signed',
      "using starttls since it doesn't advertise that feature",
      'does not support the connection encryption type',
    ],
  },
  // Apple Mail and iOS: "The sender address x was rejected by the server.", "The recipient "x" was rejected
  // by the server." (an outgoing server that relays only after a login answers so), "The message was
  // rejected by the server." (no reason given: the server's log says why).
  { cause: 'from-not-permitted', phrases: ['the sender address … was rejected by the server'] },
  {
    cause: 'relay-denied',
    phrases: [
      'cannot send mail … the recipient … was rejected by the server',
      'in your outbox … the recipient … was rejected by the server',
      // Round 91: the same alert in Indonesian and Vietnamese.
      'penerima … ditolak oleh server',
      'người nhận … bị máy chủ từ chối',
    ],
  },
  // The message refused with no reason: the device's own failure to send, its server's log says why.
  { cause: 'client-send-failed', phrases: ['cannot send mail … the message was rejected by the server'] },
  // Apple Mail's alert when its outgoing server did not take the message, without the server's words ("The
  // message "x" could not be sent with the server "smtp.x". … click Try Later to leave the message in your
  // Outbox"): its own server, not a receiver's "try later". Its other form quotes "The server response was:",
  // whose words decide.
  { cause: 'client-send-failed', phrases: ['could not be sent with the server'] },
  // Python's requests on a sending API's bare 403 ("403 Client Error: Forbidden for url: https://api…"): the
  // key lacks the right to send (its "Forbidden" is no receiver's policy).
  { cause: 'auth-required', phrases: ['403 client error: forbidden for url'] },
  // swaks refused at TCP by a host's port 25 (an MX, or one's own server tested from outside): nothing listens
  // there or a firewall refuses; at the submission ports it is one's own outgoing server that cannot be reached.
  {
    cause: 'connection-refused',
    phrases: [
      '*** error connecting to … :25: … connection refused',
      'port 25 (tcp) failed: connection refused',
      'telnet … 25 … unable to connect to remote host: connection refused',
    ],
  },
  // A test of port 25 that got no connection at all: outbound port 25 blocked where it ran (the usual
  // cause at home and on cloud machines), or the host down. Test-NetConnection says "failed" either way.
  {
    cause: 'port25-test-timeout',
    phrases: [
      '*** error connecting to … :25: … timeout',
      '*** error connecting to … :25: … timed out',
      'port 25 (tcp) failed: connection timed out',
      'port 25 (tcp) timed out',
      'telnet … 25 … unable to connect to remote host: connection timed out',
      'warning: tcp connect to ( … : 25) failed',
      '-connect … :25 … connection timed out',
    ],
  },
  {
    cause: 'submission-unreachable',
    phrases: ['*** error connecting to … :587:', '*** error connecting to … :465:'],
  },
  {
    // Python's exception for a refused TCP connection, and Outlook's local report when no account of the
    // profile could hand the message to its server.
    cause: 'submission-unreachable',
    phrases: [
      'connectionrefusederror',
      // PHPMailer's own framing, whatever the network said under it ("Network is unreachable (101)").
      'could not connect to smtp host',
      // Python's resolver errors for its own server's name.
      '[errno -2] name or service not known',
      '[errno -3] temporary failure in name resolution',
      // Python's message for it (Linux errno 111), and Windows' (WSAECONNREFUSED).
      '[errno 111] connection refused',
      'target machine actively refused it',
      'none of your e-mail accounts could send to this recipient',
      // Symfony Mailer and SwiftMailer: "Connection could not be established with host "ssl://x:465": …".
      'connection could not be established with host',
      // PHP's mail() found no local sendmail to hand the message to (PHPMailer's "Could not instantiate
      // mail function"); Postfix's sendmail (mailx's send-mail) that cannot start ("no local interface found").
      'could not instantiate mail function',
      'no local interface found for',
      // JavaMail's "Could not connect to SMTP host: x, port: 25" and MailConnectException's "Couldn't
      // connect to host, port: x, 25"; .NET's WebException; MailKit's early disconnect.
      "couldn't connect to host, port",
      'unable to connect to the remote server',
      'the smtp server has unexpectedly disconnected',
      // Go: the name of its own SMTP server did not resolve, or the connection failed.
      'dial tcp: lookup',
      'send-mail: cannot open',
      // JavaMail's "Got bad greeting from SMTP host: x, port: 465, response: [EOF]" (often plain SMTP spoken to
      // the implicit-TLS port), .NET's timeout, Rust's refused connection (read before a server's "timed out"
      // and "connection refused", which are the receiving side's).
      'got bad greeting from smtp host',
      'smtpexception: the operation has timed out',
      'connection refused (os error',
      // Ruby's timeouts to its own server ("Net::OpenTimeout (execution expired)": no message expired).
      'net::opentimeout',
      'net::readtimeout',
    ],
  },
  {
    // The TLS set up with its own server failed: JavaMail's STARTTLS, MailKit's handshake, Go's certificate
    // check (a name mismatch), Python's server that offers no STARTTLS; a device's certificate check of its
    // own server (Epson's "Mail server certificate error … invalid or has expired": no message expired).
    cause: 'tls-failed',
    phrases: [
      'mail server certificate',
      'smtp server certificate',
      'server certificate is invalid',
      'certificate of the smtp server',
      'certificate of the mail server',
      'could not convert socket to tls',
      'unable to connect with starttls',
      'error occurred while attempting to establish an ssl or tls connection',
      'x509: certificate',
      // Ruby's OpenSSL on its own connection (GitLab): "SSL_connect returned=1 errno=0 … state=error:
      // certificate verify failed (self-signed certificate)": not the recipient's certificate.
      'ssl_connect returned=1 … certificate verify failed',
      'ssl_connect returned=1 … wrong version number',
    ],
  },
  {
    // The library will not send a password without TLS (Go's net/smtp PlainAuth), or the server offers no
    // STARTTLS to a client configured to require it (Python's starttls()).
    cause: 'tls-required',
    phrases: ['send mail: unencrypted connection', 'starttls extension not supported by server'],
  },
  {
    // An address the library refused before sending (SwiftMailer's and Symfony's RFC 2822 check).
    cause: 'syntax-error',
    phrases: ['does not comply with rfc 2822', 'does not comply with addr-spec of rfc 2822'],
  },
  // Round 78: devices and appliances whose own server (the one they are set up to send through) could not be
  // reached or its name not resolved: read before a server's "timed out", "host not found" or "could not be
  // resolved", which are the receiving side's. Monit's "Cannot open a connection to the mailserver x:587 --
  // Connection timed out", Xerox's "The SMTP server name could not be resolved", APC's "Unable to resolve SMTP
  // server name", curl's (Zabbix) "Couldn't resolve host name", Windows' "No such host is known" (.NET: SQL
  // Server Database Mail, Veeam), Indy's socket errors (PRTG: 10060 timed out, 10061 refused, 11001 host not
  // found).
  {
    cause: 'submission-unreachable',
    phrases: [
      'connection to the mailserver',
      'from the mailserver',
      'smtp server name could not be resolved',
      'resolve smtp server',
      'resolve the smtp server',
      'smtp server name or the dns server',
      "couldn't resolve host name",
      'no such host is known',
      'socket error # 10054',
      'socket error # 10060',
      '[errno 110] connection timed out',
      '[errno 104] connection reset by peer',
      '[errno 113] no route to host',
      '[errno 101] network is unreachable',
      'find the smtp server',
      'find the mail server',
      'smtp server not found',
      'smtp server was not found',
      'smtp server could not be found',
      'test e-mail … connection refused',
      'test email … connection refused',
      'notification email … connection refused',
      'test e-mail … connection reset',
      'test email … connection reset',
      'socket error # 10061',
      'socket error # 11001',
      'socket error # 11004',
      'notification email … timed out',
      'test email … timed out',
      'test e-mail … timed out',
      'email notification … timed out',
      'connect to the mail server … timed out',
      'connect to the smtp server … timed out',
      'connection to smtp server … timed out',
      'connection to the smtp server … timed out',
      'communicating with the smtp server',
      // Round 81: JavaMail's "Unknown SMTP host: x" (Jira), MikroTik's "could not resolve dns name", Ruby's
      // "SocketError: getaddrinfo", Go's "dial tcp 192.0.2.1:587: i/o timeout" in an application's log
      // (Grafana), read before a server's "unknown host" or "timeout".
      'unknown smtp host',
      'java.net.unknownhostexception',
      'could not resolve dns name',
      'socketerror: getaddrinfo',
      'dial tcp … : i/o timeout',
      'connectivity test … connection refused',
    ],
  },
  // Postfix's sendmail -t with no To, Cc or Bcc in the message: nothing was sent.
  { cause: 'not-rfc-compliant', phrases: ['no recipient addresses found in message header'] },
];

/**
 * What a client's own words mean when no server reply says more. Phrases written as the clients word them;
 * each names the client's own server (its outgoing or incoming server), never the recipient's.
 */
export const CLIENT_ERROR_RULES: readonly PhraseRule[] = [
  {
    // A sending API refused the application's key (HTTP 401): the key is wrong, revoked or lacks the right.
    cause: 'auth-required',
    phrases: [
      'request failed with status code 401',
      'resulted in a `401',
      '401 client error',
      'http 401',
      // Python's urllib and the clients built on it (SendGrid's): "HTTP Error 401: Unauthorized".
      'http error 401',
      'http/1.1 401',
      '401 unauthorized',
    ],
  },
  {
    // A sending API's rate limit (HTTP 429): the application sends faster than its plan allows.
    cause: 'rate-limited',
    phrases: [
      'request failed with status code 429',
      'resulted in a `429',
      '429 client error',
      'http 429',
      'http error 429',
      'http/1.1 429',
      '429 too many requests',
    ],
  },
  {
    // The client could not reach its own outgoing (or incoming) server: a wrong host name or port, a
    // firewall or antivirus mail shield in the way, a network that blocks the port.
    cause: 'submission-unreachable',
    phrases: [
      // Outlook (classic): 0x800CCC0E, 0x800CCC0F, 0x800CCC0D, 0x80042109, 0x8004210B, 0x8004210A.
      'cannot connect to the server',
      'the connection to the server was interrupted',
      'cannot locate the server',
      // Outlook 0x800CCC13, and Windows Live Mail's "Socket Error: 10060, Error Number: 0x800CCC0E" and
      // "The host 'x' could not be found. Please verify that you have entered the server name correctly."
      'cannot connect to the network',
      'the connection to the server has failed',
      'verify that you have entered the server name correctly',
      'cannot connect to your outgoing (smtp) e-mail server',
      'unable to connect to your outgoing (smtp) e-mail server',
      'timed out waiting for a response from the sending (smtp) server',
      'timed out waiting for a response from the receiving',
      // An antivirus mail shield (Avast, AVG) answering for the server it could not reach.
      'cannot connect to smtp server … connect error',
      // Thunderbird.
      'connection to outgoing server (smtp) … timed out',
      'connecting to outgoing server (smtp) … failed',
      'outgoing server (smtp) … is unknown',
      // Apple Mail and iOS.
      'the connection to the outgoing server',
      'the connection to the server failed',
      'refused to allow a connection on port',
      'cannot be contacted on port',
      // Mobile apps.
      "couldn't connect to the smtp server",
      // PHPMailer.
      'could not connect to smtp host',
      'smtp connect() failed',
      'failed to connect to server',
      // Nodemailer and Node's network errors.
      'connect econnrefused',
      "code: 'etimedout'",
      'getaddrinfo enotfound',
      'connect etimedout',
      'getaddrinfo eai_again',
      'read econnreset',
      // Python.
      'connectionrefusederror',
      'smtpserverdisconnected',
      'smtpconnecterror',
      // .NET (PowerShell's Send-MailMessage): the server closed the connection ("net_io_connectionclosed").
      'net_io_connectionclosed',
      'unable to read data from the transport connection',
      // Nodemailer's own words for a connection that closed.
      'unexpected socket close',
      // ssmtp and msmtp.
      'sendmail: cannot open',
      'msmtp: cannot connect to',
      // Scanners, copiers and appliances (HP, Konica Minolta, Canon's #75x codes).
      'unable to connect to the smtp server',
      'smtp server connection error',
      'check the smtp server name',
      // Round 78: more devices' words for their own server out of reach (see CLIENT_ERROR_MARKERS).
      'connect to the smtp server',
      'connect to smtp server',
      'connecting to the smtp server',
      'connection to the smtp server',
      'connection to smtp server',
      'smtp server disconnected',
      'smtp server is not responding',
      'smtp server not set up',
      'smtp server is not configured',
      'connect to the mail server',
      'connect to mail server',
      'connecting to the mail server',
      'connection to the mail server',
      'mail server is not responding',
      'mail server or ftp server is not found',
      'email gateway not responding',
      'e-mail gateway not responding',
      'tcp/ip is not working',
      'server timeout',
      'network timeout',
      // "The" kept: a notice's "Remote SMTP server did not respond" is the receiving side's.
      'the mail server did not respond',
      'the e-mail server did not respond',
      'the email server did not respond',
      'the smtp server did not respond',
      'reach the mail server',
      'reach the e-mail server',
      'reach the email server',
      'connect to the e-mail server',
      'connect to the email server',
      'reach the smtp server',
      'reach mail server',
      'reach smtp server',
      'failed to connect socket',
      "couldn't connect to server",
      'timeout was reached',
      'failure when receiving data from the peer',
      // Round 81: Cisco EEM, Ruby's socket errors, Python's SMTPServerDisconnected message (Odoo).
      'error in connecting to smtp server',
      'errno::econnrefused',
      'errno::etimedout',
      'errno::ehostunreach',
      'connection unexpectedly closed',
      // Round 83: Outlook's 0x800CCC0E and 0x800CCC0F, Thunderbird's unknown outgoing server, localized.
      'falha na conexão com o servidor',
      'a conexão com o servidor foi interrompida',
      'impossibile connettersi al server',
      'la connessione al server è stata interrotta',
      'kan geen verbinding maken met de server',
      'de verbinding met de server is verbroken',
      'servidor de envio (smtp) … é desconhecido',
      'server in uscita (smtp) … è sconosciuto',
      'server voor uitgaande e-mail (smtp) … is onbekend',
      // Round 91: Outlook's 0x800CCC0E, 0x800CCC0F and 0x8004210B in Indonesian, Arabic, Hindi, Vietnamese.
      'koneksi ke server telah terputus',
      'tidak dapat tersambung ke server',
      'tidak dapat terhubung ke server',
      'تعذر الاتصال بالخادم',
      'تعذّر الاتصال بالخادم',
      'انقطع الاتصال بالخادم',
      'सर्वर से प्रतिसाद की प्रतीक्षा',
      'सर्वर से कनेक्ट नहीं',
      'không thể kết nối với máy chủ',
      'kết nối với máy chủ đã bị gián đoạn',
    ],
  },
  {
    // The client's login to its own server was refused (or never offered).
    cause: 'auth-required',
    phrases: [
      'your e-mail server rejected your login',
      // Outlook 0x800CCC80: no login method in common (often a login offered only over TLS).
      'none of the authentication methods supported by this client',
      'the user name or password for … is incorrect',
      'login to server … failed',
      'unable to authenticate to outgoing server',
      'could not authenticate',
      'smtpauthenticationerror',
      'smtp auth extension not supported',
      'sendmail: authorization failed',
      'msmtp: authentication failed',
      'authentication failed. check your outgoing server',
      // Windows Mail's error for an account whose provider (Yahoo, AOL) wants an app password.
      'error code: 0x8019019a',
      // Scanners and copiers: Ricoh "Authentication with the SMTP server has failed.", Sharp "Authentication
      // failed with the SMTP server.", Kyocera "SMTP authentication failed".
      'authentication with the smtp server has failed',
      'authentication failed with the smtp server',
      'smtp authentication failed',
      // Round 78: Lexmark "E-mail server authentication failed", Hikvision "Server authentication failed",
      // FortiGate "SMTP server authentication failed", Konica Minolta "Authentication error (SMTP)", Brother
      // "SMTP-AUTH Error", libcurl's "Login denied" (Zabbix).
      'server authentication failed',
      'authentication error (smtp)',
      'smtp-auth error',
      'login denied',
      // Home Assistant's smtp notifier: "Login not possible. Please check your setting and/or your credentials".
      'login not possible',
      // MikroTik's "Error sending e-mail <subject>: auth failed".
      'auth failed',
      // Round 83: Thunderbird's "Login to server x with username y failed." in Dutch and Polish.
      'aanmelden bij server … is mislukt',
      'logowanie do serwera … nie powiodło się',
    ],
  },
  {
    // The device's server refused its From address (Xerox 016-768 "Invalid sender address. The SMTP server
    // rejected the From address.").
    cause: 'from-not-permitted',
    phrases: [
      'server rejected the from address',
      'server rejected the sender address',
      'server rejected the sender',
      'server refused the sender address',
      'server refused the from address',
    ],
  },
  {
    // The device's server wants TLS the device was not set to use (Hikvision "the SMTP server requires a
    // secure connection (SSL/TLS)"); a quoted reply decides first.
    cause: 'starttls-not-used',
    phrases: ['server requires a secure connection (ssl', 'server requires an encrypted connection'],
  },
  {
    // An old device or library that offers only TLS 1.0/1.1 to a server that wants 1.2 (OpenSSL's alert, as
    // PRTG's Indy and copiers print it).
    cause: 'tls-outdated',
    phrases: ['alert protocol version', 'unsupported protocol'],
  },
  {
    // HP's "Email gateway rejected job due to addressing info": the server refused the sender or a recipient
    // (a relay it does not allow, a sender it does not take).
    cause: 'relay-denied',
    phrases: ['email gateway rejected', 'e-mail gateway rejected'],
  },
  {
    // The certificate of the client's own server was not trusted.
    cause: 'tls-failed',
    // "wrong version number": TLS spoken to a port that expects plain SMTP first (implicit TLS on 587).
    // Scanners and copiers: "Failed to establish a secure (TLS) connection with the SMTP server".
    phrases: [
      'certificate verify failed',
      'wrong version number',
      'secure … connection with the smtp server',
      'could not start tls',
      // Round 78: appliances' and libraries' handshake and certificate failures with their own server.
      'ssl handshake failed',
      'tls handshake failed',
      'starttls negotiation failed',
      'could not initiate tls',
      'remote certificate is invalid',
      'ssl peer certificate or ssh remote key was not ok',
      'mail server certificate',
      'smtp server certificate',
      'server certificate is invalid',
    ],
  },
];

/**
 * Where a client quotes its server's reply (lower case, each ending where the reply begins): the reply is
 * read from there, as if the server had written it on its own line.
 */
export const CLIENT_REPLY_LEADS: readonly string[] = [
  // Outlook, Windows Live Mail, Thunderbird, Apple Mail, eM Client, msmtp, PHPMailer.
  'the server responded:',
  'server response:',
  'the mail server responded:',
  'the server response was:',
  'server message:',
  // Symfony Mailer and SwiftMailer: '… but got code "550", with message "550 5.1.1 …"'.
  'with message "',
  // Ruby's Net::SMTP exceptions in a Rails log: "Net::SMTPSyntaxError (501 5.1.3 …):".
  'error (',
  'authentication failed:',
  'command failed:',
  'all recipients were rejected:',
  // Round 81: the same lead in other languages ("服务器返回：535 Error: authentication failed").
  'antwort des servers:',
  'serverantwort:',
  'réponse du serveur :',
  'réponse du serveur:',
  'respuesta del servidor:',
  'risposta del server:',
  'antwoord van de server:',
  'サーバーの応答：',
  'サーバーからの応答：',
  '服务器返回：',
  '服务器响应：',
  '服务器返回:',
];

/**
 * Where a client names its own account (lower case, each ending where the address begins): Outlook's task
 * name, Thunderbird's login. That address sends; it is never the failed recipient.
 */
export const CLIENT_ACCOUNT_LEADS: readonly string[] = [
  "task '",
  'with username ',
  // Symfony Mailer and SwiftMailer: 'Failed to authenticate on SMTP server with username "alice@x" …'.
  'with username "',
  // PHPMailer: "The following From address failed: info@x : MAIL FROM command failed, …".
  'the following from address failed: ',
  "account: '",
  // Round 83: Thunderbird's login failure in Dutch, Polish, Italian, Portuguese ("met gebruikersnaam alice@x").
  'met gebruikersnaam ',
  'z nazwą użytkownika ',
  'con nome utente ',
  'com o nome de usuário ',
  // Round 83: Outlook's account in its localized error ("Conta: 'alice@x', Servidor: …", "Konto: 'alice@x'").
  "conta: '",
  "konto: '",
  "compte : '",
  "cuenta: '",
  // msmtp: "envelope from address alice@x not accepted by the server".
  'envelope from address ',
];
