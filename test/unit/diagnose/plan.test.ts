import { describe, expect, it } from 'vitest';
import { planFollowUps, sendingIpOf } from '../../../src/diagnose/follow-up/plan.js';
import { fakeRecord } from '../helpers/fake-diagnoser.js';

describe('which live checks a bounce runs, on what', () => {
  it('takes the sending IP from the facts, else from the reply, never the receiver’s own or a private one', () => {
    const none = { sendingIp: null, remoteIp: null };
    expect(sendingIpOf({ ...none, sendingIp: '203.0.113.7', diagnostic: 'x' })).toBe('203.0.113.7');
    expect(
      sendingIpOf({ ...none, diagnostic: 'Client host [203.0.113.7] blocked using zen.spamhaus.org' }),
    ).toBe('203.0.113.7');
    expect(
      sendingIpOf({
        sendingIp: null,
        remoteIp: '198.51.100.5',
        diagnostic: 'host mx.example.org[198.51.100.5] said: 550 client [203.0.113.9] blocked',
      }),
    ).toBe('203.0.113.9');
    expect(sendingIpOf({ ...none, diagnostic: 'from [10.1.2.3] and [2001:db8::25] at 12:30:45' })).toBe(
      '2001:db8::25',
    );
    expect(
      sendingIpOf({ ...none, diagnostic: 'connection from 192.168.1.4 refused at 10:20:30' }),
    ).toBeNull();
  });

  it('picks the target by cause, and dedupes records that share it', () => {
    const plan = planFollowUps([
      fakeRecord({ cause: 'ip-blocklisted', checks: ['blacklist'], sendingIp: '203.0.113.7' }),
      fakeRecord({
        cause: 'ip-blocklisted',
        checks: ['blacklist'],
        sendingIp: '203.0.113.7',
        blocklists: ['spamcop'],
      }),
      fakeRecord({ cause: 'domain-blocklisted', checks: ['blacklist'], sender: 'a@Sender.Example' }),
      fakeRecord({ cause: 'domain-not-found', checks: ['mx'], recipient: 'bob@nowhere.example' }),
      fakeRecord({ cause: 'sender-domain-invalid', checks: ['mx', 'auth'], sender: 'a@sender.example' }),
      fakeRecord({
        cause: 'spf-fail',
        checks: ['auth', 'spf-ip'],
        sender: 'a@sender.example',
        sendingIp: '203.0.113.7',
      }),
      fakeRecord({ cause: 'reverse-dns-missing', checks: ['ptr'], sendingIp: '203.0.113.8' }),
      fakeRecord({ cause: 'user-unknown', checks: ['probe'] }),
    ]);
    expect(plan.checks.map((c) => [c.step, c.causes.join(' ')])).toEqual([
      ['/blacklist 203.0.113.7', 'ip-blocklisted'],
      ['/blacklist sender.example', 'domain-blocklisted'],
      ['/mx nowhere.example', 'domain-not-found'],
      ['/mx sender.example', 'sender-domain-invalid'],
      // /auth sender.example without an IP folds into the one with the IP.
      ['/auth sender.example ip=203.0.113.7 from=a@sender.example', 'spf-fail sender-domain-invalid'],
      ['reverse DNS of 203.0.113.8', 'reverse-dns-missing'],
    ]);
    expect(plan.checks[0]?.named).toEqual(['spamcop']);
    expect(plan.unplanned).toEqual([]);
  });

  it('says which checks cannot run for want of an IP or a sender', () => {
    const plan = planFollowUps([
      fakeRecord({
        cause: 'ip-blocklisted',
        checks: ['blacklist'],
        diagnostic: 'blocked using zen.spamhaus.org',
      }),
      fakeRecord({ cause: 'dmarc-fail', checks: ['auth'], sender: null }),
    ]);
    expect(plan.checks).toEqual([]);
    expect(plan.unplanned.map((u) => `${u.check}: ${u.reason}`)).toEqual([
      'blacklist: the bounce names no sending IP',
      'auth: the bounce names no sender address',
    ]);
    expect(plan.unplanned.map((u) => u.howToRun)).toEqual([
      'give the sending IP to run it: `/blacklist IP`',
      'give your sender domain to run it: `/auth DOMAIN`',
    ]);
  });

  it('a reverse-DNS check without an IP is run by hand: there is no command for it', () => {
    const plan = planFollowUps([fakeRecord({ cause: 'reverse-dns-missing', checks: ['ptr'] })]);
    expect(plan.unplanned.map((u) => `${u.check}: ${u.reason}; ${u.howToRun}`)).toEqual([
      'ptr: the bounce names no sending IP; look the sending IP up by hand to run it: `dig -x IP`',
    ]);
  });

  it('names a local sending IP in the reason instead of "names no sending IP"', () => {
    const plan = planFollowUps([
      fakeRecord({
        cause: 'ip-blocklisted',
        checks: ['blacklist'],
        diagnostic: 'Client host [10.20.30.40] blocked using zen.spamhaus.org',
      }),
    ]);
    expect(plan.checks).toEqual([]);
    expect(plan.unplanned[0]?.reason).toMatch(
      /^the only sending IP the bounce names, 10\.20\.30\.40, is a private address/,
    );
    expect(plan.unplanned[0]?.howToRun).toBe('give that public address to run it: `/blacklist IP`');
  });

  it('runs /auth on the domain the reply says failed, with SPF for the stated IP', () => {
    const plan = planFollowUps([
      fakeRecord({
        cause: 'dmarc-fail',
        checks: ['auth'],
        sender: 'bounces@esp.example',
        sendingIp: '203.0.113.5',
        diagnostic:
          "550-5.7.26 Unauthenticated email from Brand.Example is not accepted due to domain's DMARC policy",
      }),
      fakeRecord({
        cause: 'spf-fail',
        checks: ['auth', 'spf-ip'],
        sender: 'a@shop.example',
        sendingIp: '203.0.113.6',
        diagnostic: 'SPF [shop.example] with ip: [203.0.113.6] = did not pass',
      }),
    ]);
    expect(plan.checks.map((c) => c.step)).toEqual([
      '/auth brand.example ip=203.0.113.5',
      '/auth shop.example ip=203.0.113.6 from=a@shop.example',
    ]);
  });
});
