import { describe, expect, it } from 'vitest';
import { addressScope, describeScope, isPublicAddress } from '../../../src/net/address-scope.js';

describe('addressScope', () => {
  it.each([
    ['5.6.7.8', 'public'],
    ['2a01:4f8::25', 'public'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['192.168.1.1', 'private'],
    ['fd12:3456::1', 'private'],
    ['127.0.0.1', 'loopback'],
    ['::1', 'loopback'],
    ['169.254.0.9', 'link-local'],
    ['fe80::1', 'link-local'],
    ['100.64.0.1', 'shared'],
    ['0.0.0.0', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['192.0.2.1', 'reserved'],
    ['2001:db8::1', 'reserved'],
    ['240.0.0.1', 'reserved'],
    ['::ffff:10.0.0.1', 'private'],
    // ::/8 beyond ::, ::1 and IPv4-mapped: the deprecated IPv4-compatible and the IPv4-translated forms.
    ['::7f00:1', 'reserved'],
    ['::808:808', 'reserved'],
    ['::ffff:0:a00:1', 'reserved'],
    ['64:ff9b:1::a00:1', 'private'],
    ['64:ff9b::a00:1', 'public'],
    ['64:ff9b::808:808', 'public'],
    ['mail.example.com', 'invalid'],
  ])('%s is %s', (ip, scope) => {
    expect(addressScope(ip)).toBe(scope);
  });

  it('calls only public addresses reachable and words the others', () => {
    expect(isPublicAddress('5.6.7.8')).toBe(true);
    expect(isPublicAddress('10.0.0.1')).toBe(false);
    expect(describeScope('private')).toBe('a private address');
  });
});
