import { describe, expect, it } from 'vitest';
import { diagnoseBounce, readBounceRecords } from '../../../src/diagnose/diagnose-bounce.js';
import { textEmail } from './real-world-expectations.js';

/** RFC 8098 read receipts: delivered, and the client's disposition said; a failed one is not "delivered". */

const lines = (...l: string[]) => l.join('\r\n');

function receipt(disposition: string, extra: string[] = [], headers: string[] = []): string {
  return lines(
    'From: Bob <bob@example.org>',
    'To: alice@example.com',
    'Subject: Read: Quote',
    ...headers,
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=disposition-notification; boundary="MDN-B0UND"',
    '',
    '--MDN-B0UND',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'This is a receipt for the mail you sent to bob@example.org.',
    '',
    '--MDN-B0UND',
    'Content-Type: message/disposition-notification',
    '',
    'Reporting-UA: mail.example.org; Thunderbird 128.0',
    'Original-Recipient: rfc822;bob@example.org',
    'Final-Recipient: rfc822;bob@example.org',
    'Original-Message-ID: <20260110100000.abc@example.com>',
    `Disposition: ${disposition}`,
    ...extra,
    '',
    '--MDN-B0UND--',
    '',
  );
}

describe('read receipts (message/disposition-notification)', () => {
  it('a displayed receipt: delivered, cause read-receipt, with the disposition and the message id', async () => {
    const [r, ...rest] = await readBounceRecords(receipt('manual-action/MDN-sent-manually; displayed'));
    expect(rest).toEqual([]);
    expect(r).toMatchObject({
      recipient: 'bob@example.org',
      sender: 'alice@example.com',
      reason: 'delivered',
      cause: 'read-receipt',
      form: 'read-receipt',
      permanent: false,
      replyCode: null,
      status: null,
    });
    expect(r?.diagnostic).toContain('displayed');
    expect(r?.diagnostic).toContain('<20260110100000.abc@example.com>');
    expect(r?.evidence).toContain('read receipt: displayed');
  });

  it('a deleted (unread) receipt is still delivered, and says deleted', async () => {
    const [r] = await readBounceRecords(receipt('automatic-action/MDN-sent-automatically; deleted'));
    expect(r).toMatchObject({ cause: 'read-receipt', reason: 'delivered' });
    expect(r?.evidence).toContain('read receipt: deleted');
  });

  it('marked Auto-Submitted like an auto-reply, it is still a read receipt', async () => {
    const [r] = await readBounceRecords(
      receipt('automatic-action/MDN-sent-automatically; displayed', [], ['Auto-Submitted: auto-replied']),
    );
    expect(r).toMatchObject({ cause: 'read-receipt', reason: 'delivered' });
  });

  it.each([
    ['automatic-action/MDN-sent-automatically; failed', ['Failure: the MDN could not be generated']],
    ['automatic-action/MDN-sent-automatically; processed/error', ['Error: message could not be decoded']],
  ])('a failed one (%s) is never called delivered', async (disposition, extra) => {
    const records = await readBounceRecords(receipt(disposition, extra));
    expect(records).toHaveLength(1);
    expect(records[0]?.reason).not.toBe('delivered');
    expect(records[0]?.cause).not.toMatch(/^(?:delivered|read-receipt)$/);
    expect(records[0]?.diagnostic).toContain(extra[0]?.slice(extra[0].indexOf(':') + 2));
  });

  it('its fields pasted alone read the same', async () => {
    const [r] = await readBounceRecords(
      lines(
        'Final-Recipient: rfc822;bob@example.org',
        'Original-Message-ID: <20260110100000.abc@example.com>',
        'Disposition: automatic-action/MDN-sent-automatically; displayed',
      ),
    );
    expect(r).toMatchObject({ recipient: 'bob@example.org', cause: 'read-receipt', reason: 'delivered' });
  });

  it('read through the MIME parser too (8-bit Latin-1 in the headers and the text part)', async () => {
    const text = receipt('manual-action/MDN-sent-manually; displayed')
      .replace('charset=utf-8', 'charset=iso-8859-1')
      .replace('Subject: Read: Quote', 'Subject: Lu : Devis réponse')
      .replace('This is a receipt', 'Accusé de réception');
    const [r] = await readBounceRecords(Buffer.from(text, 'latin1'));
    expect(r).toMatchObject({ recipient: 'bob@example.org', cause: 'read-receipt', reason: 'delivered' });
    expect(r?.diagnostic).toContain('<20260110100000.abc@example.com>');
  });

  it('answers as a report: nothing to fix', async () => {
    const report = await diagnoseBounce(receipt('manual-action/MDN-sent-manually; displayed'));
    expect(report.headline).toContain('read receipt');
    expect(report.records[0]?.steps[0]).toContain('bob@example.org');
  });

  it('a Disposition line without a Final-Recipient is no receipt', async () => {
    expect(
      await readBounceRecords('Disposition: automatic-action/MDN-sent-automatically; displayed'),
    ).toEqual([]);
  });

  it('a receipt without a Disposition field claims no disposition', async () => {
    const [r] = await readBounceRecords(receipt('').replace(/^Disposition: \r\n/m, ''));
    expect(r).toMatchObject({ cause: 'read-receipt', reason: 'delivered' });
    expect(r?.evidence).toContain('read receipt: no disposition stated');
  });

  it('a delivery DSN with a Disposition-looking line stays a DSN', async () => {
    const [r] = await readBounceRecords(
      lines(
        'Final-Recipient: rfc822;bob@example.org',
        'Action: failed',
        'Status: 5.1.1',
        'Diagnostic-Code: smtp; 550 5.1.1 User unknown',
        'Disposition: automatic-action/MDN-sent-automatically; displayed',
      ),
    );
    expect(r).toMatchObject({ cause: 'user-unknown', form: 'dsn' });
  });
});

describe("Outlook's read receipts in words, in other languages (no RFC 8098 fields)", () => {
  const outlookReceipt = (subject: string, said: string) =>
    textEmail('Bob Schmidt <bob@example.org>', subject, [
      said.split('|')[0] ?? '',
      '',
      '  An: Bob Schmidt',
      '  Betreff: Angebot',
      '  Gesendet: Mittwoch, 2. Dezember 2026 09:14:02 (UTC+01:00)',
      '',
      said.split('|')[1] ?? '',
    ]);

  it.each([
    [
      'Gelesen: Angebot',
      'Ihre Nachricht|wurde am Mittwoch, 2. Dezember 2026 09:31:17 (UTC+01:00) gelesen.',
      'displayed',
    ],
    [
      'Nicht gelesen: Angebot',
      'Ihre Nachricht|wurde am Donnerstag, 3. Dezember 2026 08:01:44 (UTC+01:00) ungelesen gelöscht.',
      'deleted',
    ],
    ['Lu : Devis', 'Votre message|a été lu le mercredi 2 décembre 2026 09:31:17 (UTC+01:00).', 'displayed'],
    [
      'Non lu : Devis',
      'Votre message|a été supprimé sans avoir été lu le jeudi 3 décembre 2026 08:01:44 (UTC+01:00).',
      'deleted',
    ],
    [
      'Gelezen: Offerte',
      'Uw bericht|is gelezen op woensdag 2 december 2026 09:31:17 (UTC+01:00).',
      'displayed',
    ],
    [
      'Letto: Preventivo',
      'Il messaggio|è stato letto il mercoledì 2 dicembre 2026 09:31:17 (UTC+01:00).',
      'displayed',
    ],
  ])('%s', async (subject, said, disposition) => {
    const [r, ...rest] = await readBounceRecords(outlookReceipt(subject, said));
    expect(rest).toEqual([]);
    expect(r?.cause).toBe('read-receipt');
    expect(r?.reason).toBe('delivered');
    expect(r?.evidence.join(' ')).toContain(disposition);
  });

  it('the words alone, under a subject that is no receipt, are not one', async () => {
    const text = textEmail('Bob <bob@example.org>', 'Protokoll', [
      'Das Protokoll wurde gelesen und freigegeben.',
    ]);
    const records = await readBounceRecords(text);
    expect(records.map((r) => r.cause)).not.toContain('read-receipt');
  });
});
