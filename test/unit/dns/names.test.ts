import { describe, expect, it } from 'vitest';
import { displayName, toAsciiName, unicodeName } from '../../../src/dns/names.js';

describe('DNS names', () => {
  it('turns Unicode names into punycode, lower case, without a trailing dot', () => {
    expect(toAsciiName('Bücher.DE.')).toBe('xn--bcher-kva.de');
    expect(toAsciiName('Example.ORG.')).toBe('example.org');
    expect(toAsciiName('XN--BCHER-KVA.de')).toBe('xn--bcher-kva.de');
    expect(toAsciiName('')).toBe('');
  });

  it('shows punycode names readably, with the DNS form beside them', () => {
    expect(displayName('xn--bcher-kva.de')).toBe('bücher.de (xn--bcher-kva.de)');
    expect(unicodeName('mail.xn--bcher-kva.de')).toBe('mail.bücher.de');
    expect(displayName('example.org')).toBe('example.org');
  });
});
