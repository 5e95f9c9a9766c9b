import { describe, expect, it } from 'vitest';
import { isOutlookMsg, outlookMsgAsEmail } from '../../../../src/bounce/email/outlook-msg.js';
import { diagnoseBounce } from '../../../../src/diagnose/diagnose-bounce.js';
import { exchangeNdr, type MsgItem, outlookMsgFile } from '../../../helpers/outlook-msg-file.js';

// An on-premises Exchange NDR as Outlook keeps it: the report's headers as it arrived (a multipart/report,
// whose boundary the text written out must not keep), the NDR text as its body.
const EXCHANGE_NDR: MsgItem = {
  ...exchangeNdr('bob@example.org', '550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown'),
  headers: [
    'Received: from EX01.corp.example.com (10.0.0.5) by EX01.corp.example.com (10.0.0.5)',
    'From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@corp.example.com>',
    'To: <alice@corp.example.com>',
    'Subject: Undeliverable: Quarterly figures',
    'Content-Type: multipart/report; report-type=delivery-status;',
    '\tboundary="_000_0123456789ABCDEF_"',
    'MIME-Version: 1.0',
    '',
  ].join('\r\n'),
};

describe('Outlook .msg files', () => {
  it('knows a compound file by its first bytes', () => {
    expect(isOutlookMsg(outlookMsgFile(EXCHANGE_NDR))).toBe(true);
    expect(isOutlookMsg(Buffer.from('Return-Path: <>\r\n'))).toBe(false);
  });

  it('writes a saved NDR out as the email it holds, without the travelled MIME fields', () => {
    const read = outlookMsgAsEmail(outlookMsgFile(EXCHANGE_NDR));
    expect(read.ok).toBe(true);
    const text = read.ok ? read.text : '';
    expect(text).toMatch(/^Received: from EX01/);
    expect(text).toContain('Subject: Undeliverable: Quarterly figures');
    expect(text).toContain('Content-Type: text/plain; charset=utf-8');
    expect(text).not.toContain('multipart/report');
    expect(text).not.toContain('boundary=');
    expect(text).toContain("Remote Server returned '550 5.1.1");
  });

  it('is diagnosed as the bounce it holds', async () => {
    const read = outlookMsgAsEmail(outlookMsgFile(EXCHANGE_NDR));
    const report = await diagnoseBounce(read.ok ? read.text : '');
    expect(
      report.records,
      JSON.stringify(report.records.map((r) => [r.recipient, r.cause, r.diagnostic])),
    ).toHaveLength(1);
    expect(report.records[0]).toMatchObject({
      recipient: 'bob@example.org',
      cause: 'user-unknown',
      replyCode: 550,
      status: '5.1.1',
    });
  });

  it("reads a report's per-recipient diagnostics when its body holds none", async () => {
    const bare: MsgItem = {
      messageClass: 'REPORT.IPM.Note.NDR',
      subject: 'Undeliverable: Invoice 2291',
      senderName: 'Microsoft Outlook',
      senderEmail: 'postmaster@corp.example.com',
      recipients: [
        {
          email: 'carol@partner.example',
          supplementaryInfo:
            "Remote Server returned '550 5.7.1 Service unavailable; Client host [192.0.2.5] blocked using zen.spamhaus.org'",
        },
      ],
    };
    const read = outlookMsgAsEmail(outlookMsgFile(bare));
    const text = read.ok ? read.text : '';
    // A report's recipients are the failed ones, not whom the report went to.
    expect(text).not.toMatch(/^To:/m);
    expect(text).toContain('From: Microsoft Outlook <postmaster@corp.example.com>');
    const [record] = (await diagnoseBounce(text)).records;
    expect(record).toMatchObject({
      recipient: 'carol@partner.example',
      cause: 'ip-blocklisted',
      replyCode: 550,
    });
    expect(record?.blocklists).toContain('spamhaus');
  });

  it('reads an HTML-only body (Exchange Online) as text', async () => {
    const html: MsgItem = {
      messageClass: 'REPORT.IPM.Note.NDR',
      subject: 'Undeliverable: Contract',
      bodyHtml:
        "<html><body><p>Your message to <b>dave@example.net</b> couldn't be delivered.</p>" +
        "<p>dave wasn't found at example.net.</p><p>Remote Server returned '550 5.1.10 " +
        "RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</p>" +
        '<p>Generating server: BN6PR11MB1234.namprd11.prod.outlook.com</p></body></html>',
      recipients: [{ email: 'dave@example.net' }],
    };
    const read = outlookMsgAsEmail(outlookMsgFile(html));
    expect(read.ok && read.text).not.toContain('<p>');
    const [record] = (await diagnoseBounce(read.ok ? read.text : '')).records;
    expect(record).toMatchObject({ recipient: 'dave@example.net', status: '5.1.10' });
    expect(['user-unknown', 'recipient-not-in-tenant']).toContain(record?.cause);
  });

  it('adds the returned message’s headers from an attached item when the body does not quote them', () => {
    const withOriginal: MsgItem = {
      ...EXCHANGE_NDR,
      attachedMessage: {
        messageClass: 'IPM.Note',
        subject: 'Quarterly figures',
        headers:
          'From: Alice <alice@corp.example.com>\r\nTo: <bob@example.org>\r\nMessage-ID: <q4@corp.example.com>\r\n',
      },
    };
    const read = outlookMsgAsEmail(outlookMsgFile(withOriginal));
    expect(read.ok && read.text).toMatch(
      /Original message headers:\n\nFrom: Alice <alice@corp\.example\.com>/,
    );
  });

  it('names an Office file that is no message, and a damaged one, instead of reading them', () => {
    const document = outlookMsgFile({ messageClass: '' });
    expect(outlookMsgAsEmail(document)).toEqual({
      ok: false,
      problem: 'an Office file (not an Outlook message)',
    });
    const damaged = new Uint8Array(600);
    damaged.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const read = outlookMsgAsEmail(damaged);
    expect(read.ok).toBe(false);
  });
});
