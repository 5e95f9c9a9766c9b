import { describe, expect, it } from 'vitest';
import { parseIp, reverseName, sameIp } from '../../../src/dns/reverse-name.js';

describe('reverseName', () => {
  it('reverses IPv4 octets under in-addr.arpa', () => {
    expect(reverseName('203.0.113.7')).toBe('7.113.0.203.in-addr.arpa');
  });

  it('reverses the 32 nibbles of an IPv6 address under ip6.arpa', () => {
    expect(reverseName('2001:db8::567:89ab')).toBe(
      'b.a.9.8.7.6.5.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa',
    );
    expect(reverseName('[2001:DB8::567:89AB]')).toBe(reverseName('2001:db8::567:89ab'));
  });

  it('treats an IPv4-mapped IPv6 address as IPv4 and refuses non-addresses', () => {
    expect(reverseName('::ffff:192.0.2.1')).toBe('1.2.0.192.in-addr.arpa');
    expect(reverseName('example.com')).toBeNull();
    expect(reverseName('300.1.1.1')).toBeNull();
  });
});

describe('sameIp / parseIp', () => {
  it('compares addresses however they are written', () => {
    expect(sameIp('2001:db8::1', '2001:DB8:0:0::1')).toBe(true);
    expect(sameIp('192.0.2.1', '::ffff:192.0.2.1')).toBe(true);
    expect(sameIp('192.0.2.1', '192.0.2.2')).toBe(false);
    expect(sameIp('x', 'x')).toBe(false);
    expect(parseIp('[::1]')?.kind()).toBe('ipv6');
  });
});
