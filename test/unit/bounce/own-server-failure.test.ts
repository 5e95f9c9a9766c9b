import { describe, expect, it } from 'vitest';
import { readOwnServerFailure } from '../../../src/bounce/own-server-failure.js';
import { readBounceRecords } from '../../../src/diagnose/diagnose-bounce.js';

/**
 * A device's or application's own words on failing to send through its own server, with no reply quoted: read
 * by a noun for that server and a failure word in one sentence, in wordings no phrase list held before.
 */

const DEVICE_MESSAGES: [text: string, cause: string][] = [
  ['Error 0x1234: Mail server not responding. Check the server address and port.', 'submission-unreachable'],
  ['Scan to Email: Failed. Reason: SMTP server unreachable', 'submission-unreachable'],
  [
    'Notification failed: the outgoing mail server refused the connection on port 587',
    'submission-unreachable',
  ],
  ['Sending report e-mail failed: connection to mail gateway lost', 'submission-unreachable'],
  ['Email Test: Failed (SMTP server timeout)', 'submission-unreachable'],
  [
    'Failed to deliver alert email. Server smtp.office365.com:587 did not respond within 30 seconds.',
    'submission-unreachable',
  ],
  ['Report distribution failed: mail host smtp.example.com is unreachable', 'submission-unreachable'],
  [
    'Job result: Failed (SMTP server connection error: timed out connecting to smtp.example.com:25)',
    'submission-unreachable',
  ],
  [
    'E-mail alert could not be sent: unable to resolve the host name of the SMTP server',
    'submission-unreachable',
  ],
  ['Email send error: SMTP host smtp.example.com not found', 'submission-unreachable'],
  ['E-Mail-Versand fehlgeschlagen: SMTP-Server nicht erreichbar', 'submission-unreachable'],
  ["Échec de l'envoi de l'e-mail : le serveur SMTP ne répond pas", 'submission-unreachable'],
  ['Invio e-mail non riuscito: impossibile connettersi al server SMTP', 'submission-unreachable'],
  ['Error al enviar correo: no se pudo conectar con el servidor SMTP', 'submission-unreachable'],
  ['メール送信エラー：SMTPサーバーに接続できません', 'submission-unreachable'],
  ['Test mail result: NG (SMTP login failed: wrong user name or password)', 'auth-required'],
  ['Alarm e-mail failed - SMTP authentication rejected by server', 'auth-required'],
  ['Error: The e-mail server rejected the login credentials.', 'auth-required'],
  ['Email action failed: Authentication unsuccessful for SMTP relay', 'auth-required'],
  ['Mail delivery failed: SSL handshake with the SMTP server failed', 'tls-failed'],
  ['Unable to send: the certificate presented by the outgoing mail server is not trusted', 'tls-failed'],
  ['Mail job 1042 failed: The SMTP server requires a secure connection (STARTTLS)', 'tls-required'],
];

describe("a device's own server, read by noun and failure word", () => {
  it.each(DEVICE_MESSAGES)('%s', async (text, cause) => {
    const records = await readBounceRecords(text);
    expect(records).toHaveLength(1);
    expect(records[0]?.cause).toBe(cause);
    expect(records[0]?.side).toBe('sender');
    expect(records[0]?.confidence).toBe('medium');
  });
});

describe('what is not a device reporting on its own server', () => {
  it.each([
    // Someone else's server.
    'The remote mail server did not respond',
    "The recipient's mail server timed out",
    '连接对方邮件服务器超时',
    'The mail server for example.net could not be reached',
    'Der Mailserver von example.de ist nicht erreichbar',
    // A person asking, or writing about their own server in chat.
    'Is the SMTP server down?',
    'We think our mail server is down since this morning',
    // Advice, and a settings listing beside a failure of another kind.
    'Please verify the SMTP server name, user name and password.',
    "Account: 'mail.example.com', Server: 'smtp.example.com', Secure(SSL): No, Socket Error: 10060",
    // A server's relay to another server on port 25.
    'Connection refused: connect to smtp.example.net[192.0.2.1]:25 from residential customer',
    'mail server upgrade completed without errors',
  ])('%s', (text) => {
    expect(readOwnServerFailure(text)).toBeUndefined();
  });

  it('a quoted reply decides over the words around it', async () => {
    const records = await readBounceRecords(
      'Scan to e-mail failed: SMTP server error 550 5.7.60 Client does not have permissions to send as this sender',
    );
    expect(records[0]?.cause).toBe('from-not-permitted');
  });
});
