import { describe, expect, it } from 'vitest';
import {
  cleanToken,
  validateAddress,
  validateDomain,
  validateHost,
  validateIp,
  validateSelector,
} from '../../../src/commands/validate-target.js';

describe('validate-target', () => {
  it('undoes Slack link markup and quotes', () => {
    expect(cleanToken('<http://example.com|example.com>')).toBe('example.com');
    expect(cleanToken('<mailto:bob@example.com|bob@example.com>')).toBe('bob@example.com');
    expect(cleanToken('<https://example.com>')).toBe('example.com');
    expect(cleanToken('"example.com",')).toBe('example.com');
  });

  it('undoes curly quotes from phones, chat emphasis in pairs and brackets, never punycoding them', () => {
    for (const typed of [
      '“example.com”',
      '‘example.com’',
      '«example.com»',
      '*example.com*',
      '_example.com_',
    ]) {
      expect(cleanToken(typed), typed).toBe('example.com');
      expect(validateDomain(typed), typed).toEqual({ ok: true, value: 'example.com' });
    }
    expect(cleanToken('||203.0.113.7||')).toBe('203.0.113.7');
    expect(cleanToken('(203.0.113.7)')).toBe('203.0.113.7');
    expect(cleanToken('“*bob@example.com*”')).toBe('bob@example.com');
    // Unpaired marks are not markup: a selector may start or end with an underscore.
    expect(validateSelector('_s1')).toEqual({ ok: true, value: '_s1' });
    expect(cleanToken('_s1')).toBe('_s1');
  });

  it('validates domains, IDN included', () => {
    expect(validateDomain('Sub.Example.COM.')).toEqual({ ok: true, value: 'sub.example.com' });
    expect(validateDomain('münchen.de')).toEqual({ ok: true, value: 'xn--mnchen-3ya.de' });
    for (const bad of [
      '',
      'example',
      '-a.com',
      'a-.com',
      'a..com',
      'ex ample.com',
      `${'a'.repeat(64)}.com`,
      '1.2.3.4',
      'a.123',
    ]) {
      expect(validateDomain(bad).ok, bad).toBe(false);
    }
  });

  it('validates IPs with node:net', () => {
    expect(validateIp('192.0.2.1')).toEqual({ ok: true, value: '192.0.2.1' });
    expect(validateIp('[IPv6:2001:db8::1]')).toEqual({ ok: true, value: '2001:db8::1' });
    expect(validateIp('256.0.0.1').ok).toBe(false);
    expect(validateIp('example.com').ok).toBe(false);
    // A full stop typed after the address ends the sentence; two do not.
    expect(validateIp('203.0.113.7.')).toEqual({ ok: true, value: '203.0.113.7' });
    expect(validateIp('203.0.113.7..').ok).toBe(false);
    expect(validateIp('203.0.113.').ok).toBe(false);
  });

  it('validates addresses, keeping the local part', () => {
    expect(validateAddress('<Bob.Smith@Bücher.de>')).toEqual({
      ok: true,
      value: 'Bob.Smith@xn--bcher-kva.de',
    });
    for (const bad of ['bob', '@example.com', 'bob@', 'bob@localhost', 'a b@example.com']) {
      expect(validateAddress(bad).ok, bad).toBe(false);
    }
  });

  it('validates hosts and selectors', () => {
    expect(validateHost('mx.example.com').ok).toBe(true);
    expect(validateHost('::1').ok).toBe(true);
    expect(validateHost('nope').ok).toBe(false);
    expect(validateSelector('s1._x')).toEqual({ ok: true, value: 's1._x' });
    expect(validateSelector('a b').ok).toBe(false);
  });
});
