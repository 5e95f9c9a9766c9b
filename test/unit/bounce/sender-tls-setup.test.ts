import { describe, expect, it } from 'vitest';
import { diagnoseBounce } from '../../../src/diagnose/diagnose-bounce.js';

/** The sending server's own certificate or key cannot be used: its own admin acts, not the receiver's. */
const OWN_SETUP: [string, string][] = [
  [
    'Exchange queue',
    'LastError       : 454 4.7.5 The certificate specified in TlsCertificateName of the SendConnector could not be found.',
  ],
  [
    'Exim defer',
    '2026-12-04 10:00:00 1abc-000 == bob@example.org R=dnslookup T=remote_smtp defer (-1): TLS error on connection to mx.example.org [192.0.2.5] (cert/key setup: cert=/etc/exim4/exim.crt key=/etc/exim4/exim.key): Error while reading file.',
  ],
  [
    'Postfix delivery status',
    'Dec  4 10:00:01 mx postfix/smtp[123]: 4ABC: to=<bob@example.org>, relay=mx.example.org[192.0.2.5]:25, delay=1, dsn=4.7.5, status=deferred (cannot load certificate and private key: key values mismatch)',
  ],
];

describe('sender-tls-setup', () => {
  for (const [name, text] of OWN_SETUP)
    it(`${name}: the sender's own TLS setup, temporary`, async () => {
      const [record] = (await diagnoseBounce(text)).records;
      expect(record).toMatchObject({ cause: 'sender-tls-setup', side: 'sender', permanent: false });
    });

  it("a receiver's own TLS trouble stays the receiver's", async () => {
    const [record] = (await diagnoseBounce('454 4.7.0 TLS not available due to local problem')).records;
    expect(record?.cause).toBe('recipient-tls-invalid');
  });
});
