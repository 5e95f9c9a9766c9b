import { describe, expect, it } from 'vitest';
import { checkTargetAddress } from '../../../../src/checks/probe/target-policy.js';

describe('checkTargetAddress', () => {
  it.each([
    ['127.0.0.1', 'a loopback address'],
    ['10.0.0.1', 'a private address'],
    ['192.168.1.25', 'a private address'],
    ['100.64.0.1', 'a carrier-grade NAT address'],
    ['169.254.169.254', 'a link-local address'],
    ['224.0.0.1', 'a multicast address'],
    ['0.0.0.0', 'the unspecified address'],
    ['192.0.2.1', 'a reserved address (not routed on the internet)'],
    ['::1', 'a loopback address'],
    ['fd00::25', 'a private address'],
    ['fe80::1', 'a link-local address'],
    ['::ffff:10.0.0.1', 'a private address'],
    ['64:ff9b::a00:1', 'a private address behind a translation prefix (10.0.0.1)'],
    ['2002:7f00:1::1', 'a loopback address behind a translation prefix (127.0.0.1)'],
    // NAT64 for local use (RFC 8215): only the operator's own translator answers it.
    ['64:ff9b:1::506:708', 'a private address'],
    // Teredo (RFC 4380): server 10.0.0.1; client 192.0.2.45 stored bit-inverted (3fff:fdd2).
    ['2001:0:a00:1:8000:63bf:3fff:fdd2', 'a private address behind a Teredo tunnel (server 10.0.0.1)'],
    // Server 65.54.227.120 (public), client 127.0.0.1 inverted (80ff:fffe).
    ['2001:0:4136:e378:8000:63bf:80ff:fffe', 'a loopback address behind a Teredo tunnel (client 127.0.0.1)'],
  ])('refuses %s (%s)', (ip, what) => {
    const d = checkTargetAddress(ip, false);
    expect(d).toMatchObject({ ok: false, what });
    if (!d.ok) expect(d.why).toContain('MAILMEDIC_ALLOW_PRIVATE=true');
  });

  it('connects to an IPv4-mapped address as its IPv4, and says which it was', () => {
    expect(checkTargetAddress('::ffff:10.0.0.1', false)).toMatchObject({
      ip: '10.0.0.1',
      why: expect.stringMatching(/^::ffff:10\.0\.0\.1 is IPv4-mapped 10\.0\.0\.1, a private address/),
    });
    expect(checkTargetAddress('::ffff:10.0.0.1', true)).toEqual({ ok: true, ip: '10.0.0.1' });
  });

  it('lets public addresses through, and everything when private targets are allowed', () => {
    expect(checkTargetAddress('5.6.7.8', false)).toEqual({ ok: true, ip: '5.6.7.8' });
    expect(checkTargetAddress('2a01:4f8::25', false)).toEqual({ ok: true, ip: '2a01:4f8::25' });
    expect(checkTargetAddress('64:ff9b::506:708', false)).toEqual({ ok: true, ip: '64:ff9b::506:708' });
    // Teredo with a public server (65.54.227.120) and a public client (5.6.7.8, inverted faf9:f8f7).
    const teredo = '2001:0:4136:e378:8000:63bf:faf9:f8f7';
    expect(checkTargetAddress(teredo, false)).toEqual({ ok: true, ip: teredo });
    expect(checkTargetAddress('127.0.0.1', true)).toEqual({ ok: true, ip: '127.0.0.1' });
    expect(checkTargetAddress('nonsense', true)).toMatchObject({ ok: false });
  });
});

describe('addresses that carry an IPv4 address', () => {
  it('says which IPv4 address it judged and how the IPv6 address carries it', () => {
    const nat64 = checkTargetAddress('64:ff9b::a00:1', false);
    expect(nat64.ok || nat64.why).toMatch(
      /^64:ff9b::a00:1 is a translated address for 10\.0\.0\.1, a private address: /,
    );
    const teredo = checkTargetAddress('2001:0:4136:e378:8000:63bf:80ff:fffe', false);
    expect(teredo.ok || teredo.why).toMatch(
      /^2001:0:4136:e378:8000:63bf:80ff:fffe is a Teredo address whose client is 127\.0\.0\.1, a loopback address: /,
    );
  });
});
