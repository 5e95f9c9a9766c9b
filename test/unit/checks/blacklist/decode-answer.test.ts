import { describe, expect, it } from 'vitest';
import { decodeAnswer, verdictOf } from '../../../../src/checks/blacklist/decode-answer.js';
import { reversedIp } from '../../../../src/checks/blacklist/query-name.js';
import { DNSBL_ZONES, findZone, unknownZone } from '../../../../src/knowledge/dnsbl-zones.js';

const zone = (name: string) => {
  const z = findZone(DNSBL_ZONES, name);
  if (!z) throw new Error(name);
  return z;
};
const verdict = (name: string, ...records: string[]) => verdictOf(decodeAnswer(zone(name), records));

describe('decodeAnswer', () => {
  it('reads every Spamhaus 127.255.255.x as an error, never a listing', () => {
    for (const last of [252, 253, 254, 255])
      expect(verdict('zen.spamhaus.org', `127.255.255.${last}`)).toBe('error');
    expect(verdict('dbl.spamhaus.org', '127.0.1.255')).toBe('error');
    expect(verdict('dbl.spamhaus.org', '127.255.255.254')).toBe('error');
    // An error beside a listing still makes the whole answer untrustworthy.
    expect(verdict('zen.spamhaus.org', '127.0.0.4', '127.255.255.254')).toBe('error');
  });

  it('decodes bitmask lists bit by bit; SURBL bit 1 and URIBL 127.0.0.1 void the answer', () => {
    expect(decodeAnswer(zone('multi.uribl.com'), ['127.0.0.14']).map((c) => c.name)).toEqual([
      'URIBL black',
      'URIBL grey',
      'URIBL red',
    ]);
    expect(verdict('multi.uribl.com', '127.0.0.1')).toBe('error');
    expect(verdict('multi.surbl.org', '127.0.0.1')).toBe('error');
    expect(verdict('multi.surbl.org', '127.0.0.217')).toBe('error');
    expect(decodeAnswer(zone('multi.surbl.org'), ['127.0.0.136']).map((c) => c.name)).toEqual([
      'SURBL PH',
      'SURBL CR',
    ]);
  });

  it('keeps Mailspike good and neutral reputations apart from listings', () => {
    expect(verdict('rep.mailspike.net', '127.0.0.10')).toBe('listed');
    expect(verdict('rep.mailspike.net', '127.0.0.14')).toBe('neutral');
    for (const n of [17, 18, 19, 20]) expect(verdict('rep.mailspike.net', `127.0.0.${n}`)).toBe('good');
  });

  it('never reads an answer outside 127.0.0.0/8 as a listing', () => {
    expect(verdict('bl.spamcop.net', '192.0.2.1')).toBe('outside');
    expect(verdict('bl.spamcop.net', '128.0.0.2')).toBe('outside');
    expect(verdict('bl.spamcop.net', '127.0.0.2', '10.0.0.1')).toBe('outside');
  });

  it('reads an undocumented code of a known list as listed, and 127.0.0.1 of an unknown list as an error', () => {
    expect(decodeAnswer(zone('bl.spamcop.net'), ['127.0.0.9'])[0]?.meaning).toBe(
      'listed (return code 127.0.0.9, not documented here)',
    );
    expect(verdictOf(decodeAnswer(unknownZone('my.list.test', 'ip'), ['127.0.0.1']))).toBe('error');
    expect(verdictOf(decodeAnswer(unknownZone('my.list.test', 'ip'), ['127.0.0.2']))).toBe('listed');
  });
});

describe('reversedIp', () => {
  it('reverses IPv4 octets and the 32 nibbles of an expanded IPv6 address', () => {
    expect(reversedIp('203.0.113.7')).toBe('7.113.0.203');
    expect(reversedIp('2001:db8::1')).toBe('1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2');
    expect(reversedIp('::ffff:192.0.2.1')).toBe('1.2.0.192');
    expect(reversedIp('nope')).toBeNull();
  });
});
