import { describe, expect, it } from 'vitest';
import { diagnoseBounce, readBounceRecords } from '../../../src/diagnose/diagnose-bounce.js';

/**
 * DMARC failure reports (RFC 6591: ARF with Feedback-Type: auth-failure) are no complaint: the receiver
 * tells the domain's owner that mail in its name failed authentication. A complaint (abuse) stays one.
 */

const report = (type: string, extra = '') => `From: dmarc-noreply@receiver.example.org
To: dmarc-ruf@example.com
Subject: Report for example.com
MIME-Version: 1.0
Content-Type: multipart/report; report-type=feedback-report; boundary="frontier"

--frontier
Content-Type: text/plain; charset="US-ASCII"

This is a report for an email message received from IP 198.51.100.23 on Fri, 4 Dec 2026 09:12:44 +0000.

--frontier
Content-Type: message/feedback-report

Feedback-Type: ${type}
User-Agent: OpenDMARC/1.4.2
Version: 1
Original-Mail-From: <billing@example.com>
Arrival-Date: Fri, 4 Dec 2026 09:12:44 +0000
Source-IP: 198.51.100.23
Reported-Domain: example.com
${extra}
--frontier
Content-Type: text/rfc822-headers

From: Billing <billing@example.com>
To: someone@receiver.example.org
Subject: Invoice
Message-ID: <abc@srv.example.net>

--frontier--
`;

describe('DMARC failure reports', () => {
  it('an auth-failure report names the source and the domain, and is no complaint', async () => {
    const [r, ...more] = await readBounceRecords(
      report('auth-failure', 'Auth-Failure: dmarc\nDelivery-Result: reject\n'),
    );
    expect(more).toEqual([]);
    expect(r?.cause).toBe('auth-failure-report');
    expect(r?.reason).toBe('feedback');
    expect(r?.side).toBe('sender');
    expect(r?.title).toBe(
      'Not a bounce: a DMARC failure report: mail from 198.51.100.23 in the name of example.com failed authentication',
    );
    expect(r?.steps.join('\n')).toContain('`/auth example.com`');
    expect(r?.steps.join('\n')).not.toMatch(/unsubscribe/i);
    expect(r?.checks).toEqual(['auth', 'spf-ip']);
    const answer = await diagnoseBounce(report('auth-failure'));
    expect(answer.headline).toContain('· a report · your side must act');
    expect(answer.headline).not.toContain('delivered');
  });

  it('the report fields pasted alone read the same', async () => {
    const [r] = await readBounceRecords(
      'Feedback-Type: auth-failure\nVersion: 1\nUser-Agent: Mail.ru DMARC\nAuth-Failure: dkim\nSource-IP: 203.0.113.5\nReported-Domain: example.com\nOriginal-Mail-From: <news@example.com>\nOriginal-Rcpt-To: <x@mail.example.org>\n',
    );
    expect(r?.cause).toBe('auth-failure-report');
  });

  it('a complaint (abuse) stays a complaint', async () => {
    const [r] = await readBounceRecords(report('abuse'));
    expect(r?.cause).toBe('feedback-report');
    expect(r?.steps.join('\n')).toMatch(/unsubscribe/i);
  });
});
