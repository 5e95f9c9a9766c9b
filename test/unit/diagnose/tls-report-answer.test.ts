import { describe, expect, it } from 'vitest';
import { readTlsReport } from '../../../src/bounce/extract/tls-report.js';
import { diagnoseBounce, readBounceRecords } from '../../../src/diagnose/diagnose-bounce.js';
import { TLS_RESULT_TYPES } from '../../../src/knowledge/tls-report-results.js';

/** An SMTP TLS report (RFC 8460) pasted or shared as a file: read as the report it is, in words. */

const report = (mode: string, failures: object[], type = 'sts') =>
  JSON.stringify({
    'organization-name': 'Google Inc.',
    'date-range': { 'start-datetime': '2026-12-03T00:00:00Z', 'end-datetime': '2026-12-03T23:59:59Z' },
    'contact-info': 'smtp-tls-reporting@google.com',
    'report-id': '2026-12-03T00:00:00Z_example.com',
    policies: [
      {
        policy: {
          'policy-type': type,
          'policy-string': ['version: STSv1', `mode: ${mode}`, 'mx: mx1.example.com', 'max_age: 604800'],
          'policy-domain': 'example.com',
        },
        summary: {
          'total-successful-session-count': 1840,
          'total-failure-session-count': failures.reduce(
            (n, f) => n + (f as { 'failed-session-count': number })['failed-session-count'],
            0,
          ),
        },
        'failure-details': failures,
      },
    ],
  });

const expired = (count: number, host = 'mx2.example.com') => ({
  'result-type': 'certificate-expired',
  'sending-mta-ip': '209.85.220.41',
  'receiving-mx-hostname': host,
  'failed-session-count': count,
});

describe('SMTP TLS reports', () => {
  it('says how many sessions failed, where and why, with the fix and what the policy did', async () => {
    const text = report('enforce', [
      expired(20),
      expired(15),
      {
        'result-type': 'sts-webpki-invalid',
        'receiving-mx-hostname': 'backup.example.net',
        'failed-session-count': 2,
      },
    ]);
    expect(await readBounceRecords(text)).toEqual([]);
    const answer = await diagnoseBounce(text);
    expect(answer.headline).toBe(
      'Not a bounce: an SMTP TLS report from Google Inc. for example.com (2026-12-03): 1840 TLS sessions succeeded, 37 failed.',
    );
    expect(answer.notes).toContain('Checked against its MTA-STS policy: 1840 succeeded, 37 failed.');
    expect(answer.notes.join('\n')).toContain('enforce mode: senders that apply it deferred the mail');
    // The two rows of one failure at one host are summed, largest first.
    const failed = answer.notes.filter((n) => n.startsWith('Failed:'));
    expect(failed[0]).toMatch(/^Failed: 35 sessions at mx2\.example\.com, certificate-expired: .*Fix: renew/);
    expect(failed[1]).toMatch(/^Failed: 2 sessions at backup\.example\.net, sts-webpki-invalid/);
    expect(answer.notes.at(-1)).toContain('`/probe example.com`');
  });

  it('a testing policy delivered the mail anyway; a clean report says all succeeded', async () => {
    const testing = await diagnoseBounce(report('testing', [expired(3)]));
    expect(testing.notes.join('\n')).toContain('testing mode: the mail was delivered anyway');
    const clean = await diagnoseBounce(report('enforce', []));
    expect(clean.headline).toMatch(/all 1840 TLS sessions succeeded\.$/);
  });

  it('knows every failure type of RFC 8460, and reads an unknown one as written', () => {
    expect(Object.keys(TLS_RESULT_TYPES).sort()).toEqual(
      [
        'starttls-not-supported',
        'certificate-host-mismatch',
        'certificate-expired',
        'certificate-not-trusted',
        'validation-failure',
        'tlsa-invalid',
        'dnssec-invalid',
        'dane-required',
        'sts-policy-fetch-error',
        'sts-policy-invalid',
        'sts-webpki-invalid',
      ].sort(),
    );
    const r = readTlsReport(report('enforce', [{ 'result-type': 'new-kind', 'failed-session-count': 1 }]));
    expect(r?.policies[0]?.failures[0]?.resultType).toBe('new-kind');
  });

  it('JSON that is not a report is not read as one', () => {
    expect(readTlsReport('{"policies": [], "summary": {}}')).toBeUndefined();
    expect(readTlsReport('{"summary": 1, "policies": [')).toBeUndefined();
    expect(readTlsReport('{"eventType":"Bounce","bounce":{"bounceType":"Permanent"}}')).toBeUndefined();
  });
});
