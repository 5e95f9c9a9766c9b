import { describe, expect, it } from 'vitest';
import { forgedCopyIn } from '../../../../src/bounce/extract/forged-copy.js';

// The returned copy's header lines as the receiver that bounced it had them.
const block = (...lines: string[]) =>
  [...lines, 'From: Accounts <invoices@example.com>', 'Subject: Invoice overdue'].join('\n');

describe('forgedCopyIn: a returned copy that failed its sender domain', () => {
  it('reads a hard SPF fail with no DKIM from Received-SPF and Authentication-Results', () => {
    const forged = forgedCopyIn(
      block(
        'Received-SPF: Fail (mailfrom) identity=mailfrom; client-ip=203.0.113.77; envelope-from=invoices@example.com',
        'Authentication-Results: mx2.example.org; dkim=none; dmarc=fail (p=none dis=none) header.from=example.com',
      ),
      'example.com',
    );
    expect(forged).toEqual({
      domain: 'example.com',
      results: 'spf=fail, dkim=none, dmarc=fail',
      checkedBy: 'mx2.example.org',
      sendingIp: '203.0.113.77',
    });
  });

  it("reads Microsoft 365's results with compauth and the sender IP", () => {
    const forged = forgedCopyIn(
      block(
        'Authentication-Results: spf=fail (sender IP is 198.51.100.23)',
        ' smtp.mailfrom=example.com; dkim=none (message not signed)',
        ' header.d=none;dmarc=fail action=none header.from=example.com;compauth=fail reason=001',
      ),
    );
    expect(forged?.domain).toBe('example.com');
    expect(forged?.results).toBe('spf=fail, dkim=none, dmarc=fail');
    expect(forged?.sendingIp).toBe('198.51.100.23');
  });

  it('takes a DMARC fail alone (SPF softfail, no DKIM)', () => {
    const forged = forgedCopyIn(
      block(
        'Authentication-Results: mx.example.org; spf=softfail smtp.mailfrom=example.com; dkim=none; dmarc=fail header.from=example.com',
      ),
      'example.com',
    );
    expect(forged?.results).toBe('spf=softfail, dkim=none, dmarc=fail');
  });

  it.each([
    [
      'a DKIM signature of the domain passed (a forward broke SPF)',
      'Authentication-Results: mx.example.org; spf=fail smtp.mailfrom=example.com; dkim=pass header.d=example.com; dmarc=pass header.from=example.com',
    ],
    [
      'a DKIM pass of a subdomain of it',
      'Authentication-Results: mx.example.org; spf=fail smtp.mailfrom=example.com; dkim=pass header.d=mail.example.com',
    ],
    [
      'only a softfail and no DMARC verdict',
      'Authentication-Results: mx.example.org; spf=softfail smtp.mailfrom=example.com; dkim=none',
    ],
    [
      "another domain's SPF failed",
      'Authentication-Results: mx.example.org; spf=fail smtp.mailfrom=bounces.example.net; dkim=none',
    ],
    [
      'only the HELO name failed SPF',
      'Authentication-Results: mx.example.org; spf=fail smtp.helo=pc-77.example.net',
    ],
    [
      'everything passed',
      'Authentication-Results: mx.example.org; spf=pass smtp.mailfrom=example.com; dkim=none',
    ],
    [
      'no results at all',
      'Received: from mail.example.com (mail.example.com [192.0.2.25]) by mx.example.org',
    ],
  ])('is nothing when %s', (_why, line) => {
    expect(forgedCopyIn(block(line), 'example.com')).toBeUndefined();
  });

  it('is nothing for an empty block', () => {
    expect(forgedCopyIn('', 'example.com')).toBeUndefined();
  });
});
