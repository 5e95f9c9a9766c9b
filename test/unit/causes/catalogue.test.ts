import { describe, expect, it } from 'vitest';
import { REASONS } from '../../../src/bounce/types.js';
import { CAUSE_IDS, CAUSES, getCause, hasCause } from '../../../src/causes/catalogue.js';
import { fillSteps, isPlaceholder, placeholdersIn, stepFor } from '../../../src/causes/fill-steps.js';
import type { CheckName } from '../../../src/causes/types.js';

const CHECK_NAMES: readonly CheckName[] = ['mx', 'blacklist', 'auth', 'ptr', 'probe', 'spf-ip'];

/** The ids the rest of the code base and the JSON contract rely on. */
const REQUIRED_IDS = [
  'port25-test-timeout',
  'sender-tls-setup',
  'starttls-not-used',
  'recipient-tls-invalid',
  'sender-network-unreachable',
  'private-relay-unregistered',
  'user-unknown',
  'recipient-not-in-tenant',
  'recipient-domain-typo',
  'mailbox-disabled',
  'mailbox-inactive',
  'mailbox-full',
  'domain-not-found',
  'no-mx',
  'null-mx',
  'not-accepting-mail',
  'recipient-server-unreachable',
  'no-route-to-host',
  'connection-refused',
  'server-unavailable',
  'delivery-expired',
  'delivery-delayed',
  'spam-filtered',
  'content-filtered',
  'outbound-filter',
  'auth-required',
  'relay-denied',
  'relay-not-authorised',
  'sender-verify-failed',
  'sender-rejected',
  'sender-domain-invalid',
  'from-not-permitted',
  'outside-domain-not-allowed',
  'external-forwarding-blocked',
  'ip-blocklisted',
  'ip-reputation',
  'domain-reputation',
  'helo-rejected',
  'reverse-dns-missing',
  'port25-blocked',
  'submission-unreachable',
  'client-send-failed',
  'own-filter-failed',
  'spf-fail',
  'dkim-fail',
  'dmarc-fail',
  'auth-failed',
  'rate-limited',
  'too-many-connections',
  'recipient-rate-limited',
  'greylisted',
  'tls-required',
  'tls-failed',
  'tls-outdated',
  'virus-found',
  'message-too-large',
  // The header section over the limit: a size refusal whose fix is not the attachments.
  'headers-too-large',
  'size-limit-exceeded',
  'policy-violation',
  'own-policy-violation',
  'content-error',
  'utf8-not-supported',
  'not-rfc-compliant',
  'recipient-moved',
  'mailer-error',
  'system-error',
  // The receiver's blocklist query refused (Spamhaus's open-resolver answers): not a listing.
  'blocklist-lookup-failed',
  // A private client address checked against a list: the receiver's setup, not a listing of the sender.
  'blocklist-checked-private-ip',
  'system-full',
  'mail-loop',
  'dns-failure',
  'syntax-error',
  'security-error',
  'suppressed',
  // A list manager's own stop for a member after bounces (Mailman, Sympa, phpList): not a sending service's list.
  'list-member-disabled',
  'auto-reply',
  'address-retired',
  'feedback-report',
  'delivered',
  'read-receipt',
  'unknown',
  // Added for the seeds and for providers' codes:
  'connection-rejected',
  'recipient-restricted',
  'blocked-by-recipient',
  'domain-blocklisted',
  'sender-account-blocked',
  // Round 79: the sender's own mailbox over its send quota (Exchange's STOREDRV.Submission).
  'sender-mailbox-full',
  // Round 17: a forward on the recipient's side failing SPF/DMARC at its destination.
  'forwarded-auth-failed',
  // Round 18: a forward's final address gone, disabled or full, and the forwarder's own IP refused.
  'forward-target-failed',
  'forwarder-ip-blocked',
  // A list naming the provider's whole network (UCEPROTECT levels 2 and 3), not the IP.
  'network-blocklisted',
  // A bounce whose returned copy failed its sender domain's SPF or DMARC where it was received.
  'backscatter',
  // A DMARC failure report (ARF Feedback-Type: auth-failure) is no complaint.
  'auth-failure-report',
];

describe('cause catalogue', () => {
  it('has every required id, and nothing else', () => {
    expect([...CAUSE_IDS].sort()).toEqual([...REQUIRED_IDS].sort());
  });

  it('has unique kebab-case ids, and CAUSE_IDS follows CAUSES', () => {
    expect(new Set(CAUSE_IDS).size).toBe(CAUSES.length);
    expect(CAUSE_IDS).toEqual(CAUSES.map((c) => c.id));
    for (const id of CAUSE_IDS) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it.each(CAUSES.map((c) => [c.id, c] as const))('%s is complete and well-formed', (_id, cause) => {
    expect(REASONS).toContain(cause.reason);
    expect(['sender', 'recipient', 'either']).toContain(cause.side);
    expect(cause.title.length).toBeGreaterThan(10);
    expect(cause.title.length).toBeLessThanOrEqual(100);
    expect(cause.title).not.toMatch(/[\n{}]/);
    expect(cause.explanation).not.toMatch(/[{}]/);
    const sentences = cause.explanation.split(/[.!?](?:\s|$)/).filter((s) => s.trim().length > 0);
    expect(sentences.length).toBeGreaterThanOrEqual(2);
    expect(sentences.length).toBeLessThanOrEqual(3);
    // Counted as shown: a step for one outcome ({deferred}/{final}) stands in for its twin.
    for (const permanent of [true, false]) {
      const shown = cause.steps.filter((step) => stepFor(step, permanent) !== undefined);
      expect(shown.length).toBeGreaterThanOrEqual(3);
      expect(shown.length).toBeLessThanOrEqual(6);
    }
    for (const check of cause.checks) expect(CHECK_NAMES).toContain(check);
    expect(new Set(cause.checks).size).toBe(cause.checks.length);
  });

  it('uses only known placeholders, balanced backticks and no empty steps', () => {
    for (const cause of CAUSES) {
      for (const step of cause.steps) {
        expect(step.trim().length, `${cause.id}: ${step}`).toBeGreaterThan(10);
        expect(step.split('`').length % 2, `${cause.id}: unbalanced backticks in ${step}`).toBe(1);
        for (const name of placeholdersIn(step))
          expect(isPlaceholder(name), `${cause.id}: {${name}}`).toBe(true);
      }
    }
  });

  it('says "listed" only where the bounce named a list', () => {
    for (const cause of CAUSES) {
      const text = cause.steps.join(' ');
      // blocklist-lookup-failed names the list the receiver failed to query, and says it found nothing.
      if (text.includes('{blocklist}'))
        expect(['ip-blocklisted', 'network-blocklisted', 'blocklist-lookup-failed']).toContain(cause.id);
      if (text.includes('{delist}')) expect(['ip-blocklisted', 'domain-blocklisted']).toContain(cause.id);
      if (text.includes('{suggestion}')) expect(cause.id).toBe('recipient-domain-typo');
    }
  });

  it('puts the burden on the side that must act', () => {
    const side = (id: string) => getCause(id).side;
    expect(side('user-unknown')).toBe('sender');
    expect(side('recipient-domain-typo')).toBe('sender');
    expect(side('mailbox-full')).toBe('recipient');
    expect(side('mailbox-inactive')).toBe('recipient');
    expect(side('no-mx')).toBe('recipient');
    expect(side('recipient-server-unreachable')).toBe('recipient');
    expect(side('ip-blocklisted')).toBe('sender');
    expect(side('reverse-dns-missing')).toBe('sender');
    expect(side('outbound-filter')).toBe('sender');
    expect(side('dmarc-fail')).toBe('sender');
    expect(side('blocked-by-recipient')).toBe('recipient');
    expect(side('feedback-report')).toBe('sender');
  });

  it('offers the live checks that confirm a cause', () => {
    const checks = (id: string) => getCause(id).checks;
    expect(checks('ip-blocklisted')).toContain('blacklist');
    expect(checks('no-mx')).toContain('mx');
    expect(checks('null-mx')).toContain('mx');
    expect(checks('spf-fail')).toEqual(expect.arrayContaining(['auth', 'spf-ip']));
    expect(checks('reverse-dns-missing')).toContain('ptr');
    expect(checks('user-unknown')).toContain('probe');
    expect(checks('recipient-domain-typo')).toContain('mx');
    expect(checks('auto-reply')).toEqual([]);
  });

  it('marks temporary conditions and non-failures as not permanent', () => {
    for (const id of [
      'greylisted',
      'delivery-delayed',
      'rate-limited',
      'too-many-connections',
      'dns-failure',
    ]) {
      expect(getCause(id).permanent, id).toBe(false);
    }
    for (const id of ['auto-reply', 'feedback-report', 'delivered', 'read-receipt'])
      expect(getCause(id).permanent, id).toBe(false);
    for (const id of ['user-unknown', 'null-mx', 'domain-not-found', 'ip-blocklisted']) {
      expect(getCause(id).permanent, id).toBe(true);
    }
  });

  it('uses the Sisimai reasons the benchmark compares against', () => {
    const reason = (id: string) => getCause(id).reason;
    expect(reason('user-unknown')).toBe('userunknown');
    expect(reason('mailbox-full')).toBe('mailboxfull');
    expect(reason('null-mx')).toBe('notaccept');
    expect(reason('ip-blocklisted')).toBe('blocked');
    expect(reason('reverse-dns-missing')).toBe('requireptr');
    expect(reason('dmarc-fail')).toBe('authfailure');
    expect(reason('tls-required')).toBe('failedstarttls');
    expect(reason('recipient-moved')).toBe('hasmoved');
    expect(reason('auto-reply')).toBe('vacation');
    expect(reason('feedback-report')).toBe('feedback');
  });

  it('looks causes up by id and refuses unknown ids', () => {
    expect(getCause('mailbox-full').title).toMatch(/full/i);
    expect(hasCause('mailbox-full')).toBe(true);
    expect(hasCause('no-such-cause')).toBe(false);
    expect(() => getCause('no-such-cause')).toThrow(/unknown cause id: no-such-cause/);
  });

  it('never tells to retry the queue once the message was returned', () => {
    // A returned message is no longer queued: `postqueue -f` or "let your queue retry" would do nothing.
    const queueRetry = /postqueue -f|exim -qff|let your queue retry|queue retries on its own/i;
    for (const cause of CAUSES) {
      for (const step of fillSteps(cause, {}, true)) {
        if (/if the reply was temporary|after a temporary/i.test(step)) continue; // says when it holds
        expect(step, cause.id).not.toMatch(queueRetry);
      }
    }
  });
});
