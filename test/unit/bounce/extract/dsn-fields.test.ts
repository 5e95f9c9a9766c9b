import { describe, expect, it } from 'vitest';
import { readDisposition, readDsnFields } from '../../../../src/bounce/extract/dsn-fields.js';

describe('readDisposition (RFC 8098, RFC 2298 MDN Disposition field)', () => {
  it.each([
    ['automatic-action/MDN-sent-automatically; displayed', 'displayed', false],
    ['manual-action/MDN-sent-manually; Deleted', 'deleted', false],
    ['automatic-action/MDN-sent-automatically; processed', 'processed', false],
    ['manual-action/MDN-sent-manually; dispatched', 'dispatched', false],
    ['automatic-action/MDN-sent-automatically; denied', 'denied', false],
    ['automatic-action/MDN-sent-automatically; deleted/expired', 'deleted', false],
    ['automatic-action/MDN-sent-automatically; processed/error', 'processed', true],
    ['manual-action/MDN-sent-manually; displayed/warning, error', 'displayed', true],
    ['automatic-action/MDN-sent-automatically; failed', 'failed', true],
    ['automatic-action/MDN-sent-automatically;\n displayed', 'displayed', false],
  ])('%s', (value, type, failed) => {
    expect(readDisposition(value)).toEqual({ type, failed });
  });

  it('gives nothing for a field without a type', () => {
    expect(readDisposition(undefined)).toBeUndefined();
    expect(readDisposition('automatic-action/MDN-sent-automatically;')).toBeUndefined();
    expect(readDisposition('; 42')).toBeUndefined();
  });
});

describe('readDsnFields on a read receipt', () => {
  it("reads the MDN's fields per message and its Final-Recipient as the one recipient", () => {
    const report = readDsnFields(
      [
        'Reporting-UA: mail.example.org; Microsoft Outlook 16.0',
        'Final-Recipient: rfc822;bob@example.org',
        'Original-Message-ID: <20260110100000.abc@example.com>',
        'Disposition: automatic-action/MDN-sent-automatically; displayed',
      ].join('\r\n'),
    );
    expect(report.recipients).toHaveLength(1);
    expect(report.recipients[0]?.get('final-recipient')).toBe('rfc822;bob@example.org');
    expect(report.message.get('original-message-id')).toBe('<20260110100000.abc@example.com>');
    expect(report.message.get('disposition')).toBe('automatic-action/MDN-sent-automatically; displayed');
    expect(report.message.get('reporting-ua')).toBe('mail.example.org; Microsoft Outlook 16.0');
  });
});
