import { describe, expect, it } from 'vitest';
import { diagnoseBounce } from '../../../src/diagnose/diagnose-bounce.js';

/** Connection tests to port 25 that got no connection, as admins paste them. */
const NO_CONNECTION: [string, string, { remoteHost?: string; remoteIp?: string }][] = [
  [
    'swaks',
    '$ swaks --to bob@example.org --server mx.example.org\n=== Trying mx.example.org:25...\n' +
      '*** Error connecting to mx.example.org:25:\n***\tIO::Socket::INET6: connect: timeout',
    { remoteHost: 'mx.example.org' },
  ],
  [
    'swaks, "timed out"',
    '=== Trying 192.0.2.10:25...\n*** Error connecting to 192.0.2.10:25:\n***\tIO::Socket::INET: connect: Connection timed out',
    { remoteIp: '192.0.2.10' },
  ],
  [
    'nc (GNU)',
    'nc: connect to mx.example.org (192.0.2.10) port 25 (tcp) failed: Connection timed out',
    { remoteHost: 'mx.example.org' },
  ],
  [
    'nc (OpenBSD)',
    'nc: connect to mx.example.org port 25 (tcp) timed out: Operation now in progress',
    { remoteHost: 'mx.example.org' },
  ],
  [
    'telnet',
    '$ telnet mx.example.org 25\nTrying 192.0.2.10...\ntelnet: Unable to connect to remote host: Connection timed out',
    { remoteIp: '192.0.2.10' },
  ],
  [
    'Test-NetConnection',
    'PS C:\\> Test-NetConnection mx.example.org -Port 25\nWARNING: TCP connect to (192.0.2.10 : 25) failed\n\n\n' +
      'ComputerName           : mx.example.org\nRemoteAddress          : 192.0.2.10\nRemotePort             : 25\n' +
      'InterfaceAlias         : Ethernet\nSourceAddress          : 10.0.0.15\nTcpTestSucceeded       : False',
    { remoteHost: 'mx.example.org', remoteIp: '192.0.2.10' },
  ],
  [
    'openssl s_client',
    '$ openssl s_client -starttls smtp -connect mx.example.org:25\nconnect: Connection timed out\nconnect:errno=110',
    {},
  ],
];

describe('a connection test to port 25 that got no connection', () => {
  for (const [name, text, where] of NO_CONNECTION)
    it(`${name}: blocked outbound port 25 or a server down, either side`, async () => {
      const [record] = (await diagnoseBounce(text)).records;
      expect(record).toMatchObject({
        cause: 'port25-test-timeout',
        side: 'either',
        permanent: false,
        ...where,
      });
      expect(record?.steps.join(' ')).toMatch(/another network/);
    });

  it('a refused connection in nc or telnet is a refusal, not a timeout', async () => {
    for (const text of [
      'nc: connect to mx.example.org (192.0.2.10) port 25 (tcp) failed: Connection refused',
      '$ telnet mx.example.org 25\nTrying 192.0.2.10...\ntelnet: Unable to connect to remote host: Connection refused',
    ]) {
      const [record] = (await diagnoseBounce(text)).records;
      expect(record?.cause).toBe('connection-refused');
    }
  });

  it("a mail server's own log of a timeout stays its delivery to the recipient's server", async () => {
    const log =
      'Dec  5 10:00:31 mail postfix/smtp[1234]: 4F3A21: to=<bob@example.org>, relay=none, delay=60, ' +
      'dsn=4.4.1, status=deferred (connect to mx.example.org[192.0.2.10]:25: Connection timed out)';
    const [record] = (await diagnoseBounce(log)).records;
    expect(record?.cause).toBe('recipient-server-unreachable');
  });

  it('a test of the submission port is your own outgoing server', async () => {
    const text =
      '=== Trying smtp.example.com:587...\n*** Error connecting to smtp.example.com:587:\n***\tIO::Socket::INET6: connect: timeout';
    const [record] = (await diagnoseBounce(text)).records;
    expect(record?.cause).toBe('submission-unreachable');
  });
});
