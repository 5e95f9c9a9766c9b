import { describe, expect, it } from 'vitest';
import { findSendingIp } from '../../../../src/bounce/extract/sending-ip.js';

describe('findSendingIp: the client address only where the reply states it', () => {
  it.each([
    ['Client host [198.51.100.9] blocked using zen.spamhaus.org', '198.51.100.9'],
    ['Client host [IPv6:2001:db8:5::7] blocked', '2001:db8:5::7'],
    ['your IP: 198.51.100.9 is on our list', '198.51.100.9'],
    ['see https://ipcheck.example.net/?ip=198.51.100.9', '198.51.100.9'],
    ['https://www.spamhaus.org/query/ip/198.51.100.9', '198.51.100.9'],
    ['(IP=198.51.100.9) rejected', '198.51.100.9'],
    ['mail.example.com (198.51.100.9) listed in b.barracudacentral.org', '198.51.100.9'],
    ['Rejected because 2001:db8:5::7 is in a black list', '2001:db8:5::7'],
    ['421-4.7.28 [198.51.100.9      15] Our system has detected', '198.51.100.9'],
    ['550-5.7.25 [2001:db8:5::7] The IP address sending this message', '2001:db8:5::7'],
    ['[203.0.113.88]:45678 is in an RBL', '203.0.113.88'],
    ['The IP address of your server, 198.51.100.9, is deferred', '198.51.100.9'],
  ])('%s', (reply, ip) => {
    expect(findSendingIp(reply)).toBe(ip);
  });

  it.each([
    ['421 4.3.2 mx.example.org [192.0.2.10] Service not available'],
    ['Temporary DNS failure: lookup of example.com via 192.0.2.53 timed out'],
    ['blocked URL: http://192.0.2.77/login.php listed in multi.surbl.org'],
    ['run "dig -x 192.0.2.1" with your own address'],
    ['Microsoft SMTP Server id 15.20.8158.14'],
    ['10:22:14.123Z 2026-11-05'],
  ])('names nobody: %s', (reply) => {
    expect(findSendingIp(reply)).toBeUndefined();
  });

  it.each([
    ['550 5.7.1 SPF: example.com does not designate 192.0.2.1 as permitted sender', '192.0.2.1'],
    [
      'Received-SPF: softfail (mx.example.org: domain of a@example.com does not designate 2001:db8::1 as permitted sender) client-ip=2001:db8::1;',
      '2001:db8::1',
    ],
    ['spf=fail (sender IP is 192.0.2.1) smtp.mailfrom=example.com', '192.0.2.1'],
    ['SPF check failed; client-ip=198.51.100.9; envelope-from=a@example.com', '198.51.100.9'],
    ['550 Bad SPF records for [example.org:192.0.2.2], see http://spf.pobox.com/', '192.0.2.2'],
    ['550 5.7.23 Sender Policy Framework violation [example.com:192.0.2.1]', '192.0.2.1'],
    ['550 5.7.1 Client host [2001:db8:1:2:3:4:5:6] blocked using zen.spamhaus.org', '2001:db8:1:2:3:4:5:6'],
    [
      'Client host [IPv6:2001:0db8:0000:0000:0000:ff00:0042:8329] blocked',
      '2001:0db8:0000:0000:0000:ff00:0042:8329',
    ],
    ['550-H=mail.example.com [192.0.2.11] HELO=[mail.example.com]', '192.0.2.11'],
    [
      '550 Administrative prohibition: H=(client.example.com) [198.51.100.9] F=<a@example.com>',
      '198.51.100.9',
    ],
    [
      '550 rejected: H=client.example.com (helo.example.com) [198.51.100.9] F=<a@example.com>',
      '198.51.100.9',
    ],
    ['550 rejected: H=[198.51.100.9] F=<a@example.com>', '198.51.100.9'],
  ])('SPF results, full IPv6 and Exim H=: %s', (reply, ip) => {
    expect(findSendingIp(reply)).toBe(ip);
  });

  it.each([
    ['connection to [mx.example.org:192.0.2.10] timed out'],
    ['550 5.7.1 rejected, auth=plain [192.0.2.5] here'],
    ['message id 2001:db8:1:2:3:4:5:6:7 is unknown'],
  ])('names nobody: %s', (reply) => {
    expect(findSendingIp(reply)).toBeUndefined();
  });

  it('reads the client in IPv6 words and in a reply a log line quotes after the host', () => {
    expect(
      findSendingIp(
        '450 4.7.25 Service unavailable, sending IPv6 address [2001:db8:5::25] must have reverse DNS record.',
      ),
    ).toBe('2001:db8:5::25');
    expect(
      findSendingIp('450 4.7.26 Service unavailable, message sent over IPv6 [2001:db8:5::25] must pass'),
    ).toBe('2001:db8:5::25');
    expect(
      findSendingIp(
        'host mx.example.org[2001:db8::1] said: 550-5.7.1 [2001:db8:1::25] Our system has detected',
        '2001:db8::1',
      ),
    ).toBe('2001:db8:1::25');
    expect(
      findSendingIp('host mx.example.org[2001:db8::1] said: 550 5.1.1 user unknown', '2001:db8::1'),
    ).toBeUndefined();
    expect(
      findSendingIp(
        'SMTP error from remote mail server after end of data: 550-5.7.1 [2001:db8:1::25] Our system',
      ),
    ).toBe('2001:db8:1::25');
    expect(findSendingIp('Remote server: 192.0.2.1 gave this error')).toBeUndefined();
    expect(findSendingIp('Remote-MTA: 2001:db8::1')).toBeUndefined();
  });

  it("skips Exim's H= when it names the receiving server (a log line's remote host)", () => {
    expect(
      findSendingIp(
        'H=mx.example.org [192.0.2.10]: SMTP error from remote mail server: 550 No such user',
        '192.0.2.10',
      ),
    ).toBeUndefined();
  });

  it("skips the receiver's own address and reads on", () => {
    expect(findSendingIp('host mx[192.0.2.10] said: Client host [198.51.100.9] blocked', '192.0.2.10')).toBe(
      '198.51.100.9',
    );
    expect(findSendingIp('from 192.0.2.10', '192.0.2.10')).toBeUndefined();
  });
});
