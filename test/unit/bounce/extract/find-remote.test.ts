import { describe, expect, it } from 'vitest';
import {
  findRemote,
  plainAddressLiterals,
  REMOTE_PATTERNS,
  remoteOf,
} from '../../../../src/bounce/extract/smtp-context.js';
import { randomTexts, realTexts } from './sample-texts.js';

// What findRemote stands in for: every pattern tried on the whole text, in order, with no literal gate
// (what a match names is read by the same remoteOf).
const QMAIL_REMOTE = /^[ \t]*(?:Connected to )?([\d.]{7,15}) (?:does not like|failed after|but )/m;
const QMAIL_GIVING_UP = /^[ \t]*Giving up on ([\d.]{7,15})/m;

function byEveryPattern(written: string): { host?: string; ip?: string } {
  const text = plainAddressLiterals(written);
  for (const { re } of REMOTE_PATTERNS) {
    re.lastIndex = 0;
    const m = re.exec(text);
    if (m?.[1]) return remoteOf(text, m);
  }
  const qmail = QMAIL_REMOTE.exec(text) ?? QMAIL_GIVING_UP.exec(text);
  return qmail?.[1] ? { ip: qmail[1] } : {};
}

const PIECES = [
  'host ',
  'HOST ',
  'Host\n',
  'mx.example.org',
  'MX1.Example.ORG.',
  '[192.0.2.1]',
  '[2001:db8::25]',
  '[IPv6:2001:db8::25]',
  '[fe80::1%eth0]',
  ':25',
  ' said: ',
  '\tresponded ',
  ' replied',
  ']: ',
  ':\n',
  '\n',
  '\n    ',
  ' ',
  '.',
  'Remote-MTA: dns; ',
  'remote server: ',
  'Receiving Server:',
  ' #550 ',
  '#421-',
  '(TCP|192.0.2.3|25|192.0.2.4|25)',
  '=== Trying ',
  'Trying ',
  '...',
  'connect to ',
  'Connected to ',
  'lost connection with ',
  'conversation with ',
  ' by ',
  'while talking to ',
  '192.0.2.9',
  ' does not like',
  ' failed after',
  ' but ',
  'Giving up on ',
  '550 5.1.1 ',
  ': timed out]',
  'server ',
  'Server ',
  ' returned',
  ' rejected',
  ' gave this error',
  'İ',
  'K',
  'ſ',
];

describe('findRemote', () => {
  it('names the server a notice names without its address, never a status code', () => {
    expect(findRemote('Remote server mx-in.t-online.de returned: 550 5.1.1 user unknown')).toEqual({
      host: 'mx-in.t-online.de',
      ip: undefined,
    });
    expect(findRemote('The server mx1.example.org rejected the message: 550 5.7.1 spam')).toMatchObject({
      host: 'mx1.example.org',
    });
    const exchange =
      "Your message to jan@example.nl couldn't be delivered.\nmx.kpnmail.nl gave this error:\nUser unknown";
    expect(findRemote(exchange)).toMatchObject({ host: 'mx.kpnmail.nl' });
    expect(findRemote('The server 5.7.1 rejected the message')).toEqual({});
    expect(findRemote('Remote server returned: 550 5.1.1 user unknown')).toEqual({});
  });

  it('keeps an internationalised host name whole, never its ASCII tail', () => {
    expect(findRemote('host mx.bücher.example[192.0.2.5] said: 550 5.1.1 User unknown')).toEqual({
      host: 'mx.bücher.example',
      ip: '192.0.2.5',
    });
    const long = findRemote(`${'ü'.repeat(100_000)}mx.example[192.0.2.9] said: 550 5.1.1 User unknown`);
    expect(long.host?.length).toBe(253);
    expect(findRemote('(delivery to xn--bcher-kva.example) mx.müller.example[192.0.2.7] said: 550')).toEqual({
      host: 'mx.müller.example',
      ip: '192.0.2.7',
    });
  });

  it('finds what every pattern tried in order finds, on real bounces and their lines', () => {
    for (const text of realTexts()) expect(findRemote(text), text).toEqual(byEveryPattern(text));
  });

  it('finds what every pattern tried in order finds, on random joins of the words it looks for', () => {
    for (const text of randomTexts(PIECES, 20000))
      expect(findRemote(text), text).toEqual(byEveryPattern(text));
    for (const text of randomTexts(PIECES, 3000, 40, 3))
      expect(findRemote(text), text).toEqual(byEveryPattern(text));
  });
});

describe("Exchange's LastAttempted tags", () => {
  it('name the server it last tried, with its IPv4 address and without the port', () => {
    expect(
      findRemote(
        '550 5.4.316 Message expired, connection refused(Socket error code 10061) [LastAttemptedServerName=mx1.example.org] [LastAttemptedIP=192.0.2.10:25]',
      ),
    ).toEqual({ host: 'mx1.example.org', ip: '192.0.2.10' });
  });

  it('name the server alone when no address follows', () => {
    expect(findRemote('451 4.4.0 DNS query failed [LastAttemptedServerName=mx1.example.org]')).toEqual({
      host: 'mx1.example.org',
    });
  });
});
