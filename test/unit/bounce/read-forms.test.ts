import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readBounce } from '../../../src/bounce/read-bounce.js';
import { diagnoseBounce, readBounceRecords } from '../../../src/diagnose/diagnose-bounce.js';
import type { BounceRecord } from '../../../src/report/types.js';

/** Whole bounce emails, one fixture per form of issue 2 ("Reading any bounce", form 1). */

const fixture = (name: string): Buffer =>
  readFileSync(new URL(`../../fixtures/bounces/${name}`, import.meta.url));

async function records(name: string): Promise<BounceRecord[]> {
  return readBounceRecords(fixture(name));
}

/** The fields a mail admin reads, so a failure shows every difference at once. */
function fields(r: BounceRecord | undefined) {
  return (
    r && {
      recipient: r.recipient,
      reason: r.reason,
      cause: r.cause,
      replyCode: r.replyCode,
      status: r.status,
      command: r.command,
      remoteHost: r.remoteHost,
      remoteIp: r.remoteIp,
      reportingMta: r.reportingMta,
      sender: r.sender,
    }
  );
}

describe('RFC 3464 multipart/report DSN from Postfix', () => {
  it('gives one record per recipient: 5.1.1 user unknown and 5.2.2 mailbox full', async () => {
    const [bob, carol, ...rest] = await records('postfix-dsn.eml');
    expect(rest).toEqual([]);
    expect(fields(bob)).toEqual({
      recipient: 'bob@example.org',
      reason: 'userunknown',
      cause: 'user-unknown',
      replyCode: 550,
      status: '5.1.1',
      command: 'RCPT',
      remoteHost: 'mx1.example.org',
      remoteIp: '192.0.2.25',
      reportingMta: 'mail.example.com',
      sender: 'alice@example.com',
    });
    expect(fields(carol)).toEqual({
      recipient: 'carol@example.net',
      reason: 'mailboxfull',
      cause: 'mailbox-full',
      replyCode: 552,
      status: '5.2.2',
      command: 'RCPT',
      remoteHost: 'mx.example.net',
      remoteIp: '198.51.100.7',
      reportingMta: 'mail.example.com',
      sender: 'alice@example.com',
    });
    expect(bob?.form).toBe('dsn');
    expect(bob?.permanent).toBe(true);
    expect(bob?.side).toBe('sender');
    expect(bob?.diagnostic).toBe(
      '550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in local recipient table',
    );
    expect(carol?.diagnostic).toContain('Mailbox full: quota exceeded');
    expect(bob?.steps.length).toBeGreaterThan(0);
  });

  it('reads the same from a string as from bytes, and from CRLF line ends', async () => {
    const bytes = await records('postfix-dsn.eml');
    const text = await readBounceRecords(fixture('postfix-dsn.eml').toString('utf8'));
    const crlf = await readBounceRecords(fixture('postfix-dsn.eml').toString('utf8').replace(/\n/g, '\r\n'));
    expect(text.map(fields)).toEqual(bytes.map(fields));
    expect(crlf.map(fields)).toEqual(bytes.map(fields));
  });

  it('is answered by diagnoseBounce as a bounce report with both records', async () => {
    const report = await diagnoseBounce(fixture('postfix-dsn.eml'));
    expect(report.kind).toBe('bounce');
    expect(report.records.map((r) => r.recipient)).toEqual(['bob@example.org', 'carol@example.net']);
    expect(report.headline.length).toBeGreaterThan(0);
  });
});

describe('non-standard bounces', () => {
  it('Exim: "The following address(es) failed", SMTP error after RCPT TO', async () => {
    const [erin, ...rest] = await records('exim.eml');
    expect(rest).toEqual([]);
    expect(fields(erin)).toMatchObject({
      recipient: 'erin@example.org',
      reason: 'userunknown',
      cause: 'user-unknown',
      replyCode: 550,
      status: '5.1.1',
      command: 'RCPT',
      remoteHost: 'mail.example.org',
      remoteIp: '192.0.2.44',
      sender: 'dave@example.com',
    });
    expect(erin?.form).toBe('mta-bounce');
    expect(erin?.diagnostic).toContain('User unknown in virtual mailbox table');
  });

  it('qmail: "does not like recipient", "Remote host said:"', async () => {
    const [grace, ...rest] = await records('qmail.eml');
    expect(rest).toEqual([]);
    expect(fields(grace)).toEqual({
      recipient: 'grace@example.net',
      reason: 'userunknown',
      cause: 'user-unknown',
      replyCode: 550,
      status: '5.1.1',
      command: 'RCPT',
      remoteHost: null,
      remoteIp: '198.51.100.20',
      reportingMta: 'smtp.example.com',
      sender: 'frank@example.com',
    });
    expect(grace?.diagnostic).toBe('550 5.1.1 <grace@example.net>... No such user here');
  });

  it('Sendmail DSN with "----- Transcript of session follows -----" (pipelined RCPT)', async () => {
    const [ivan, ...rest] = await records('sendmail-dsn.eml');
    expect(rest).toEqual([]);
    expect(fields(ivan)).toEqual({
      recipient: 'ivan@example.org',
      reason: 'userunknown',
      cause: 'user-unknown',
      replyCode: 550,
      status: '5.1.1',
      command: 'RCPT',
      remoteHost: 'mx.example.org',
      remoteIp: null,
      reportingMta: 'relay.example.com',
      sender: 'heidi@example.com',
    });
    expect(ivan?.diagnostic).toBe('550 5.1.1 <ivan@example.org>... User unknown');
  });

  it('Exchange / Microsoft 365 NDR: RESOLVER.ADR.RecipientNotFound', async () => {
    const [judy, ...rest] = await records('exchange-ndr.eml');
    expect(rest).toEqual([]);
    expect(fields(judy)).toEqual({
      recipient: 'judy@example.org',
      reason: 'userunknown',
      cause: 'recipient-not-in-tenant',
      replyCode: 550,
      status: '5.1.10',
      command: null,
      remoteHost: null,
      remoteIp: null,
      reportingMta: 'AM6PR04MB1234.eurprd04.prod.outlook.com',
      sender: 'kim@example.com',
    });
    expect(judy?.provider).toMatch(/microsoft/i);
    expect(judy?.diagnostic).toBe(
      '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup',
    );
  });

  it('Gmail DSN: "Address not found", the remote server response', async () => {
    const [mia, ...rest] = await records('gmail.eml');
    expect(rest).toEqual([]);
    expect(fields(mia)).toMatchObject({
      recipient: 'mia@example.net',
      reason: 'userunknown',
      cause: 'user-unknown',
      replyCode: 550,
      status: '5.1.1',
      reportingMta: 'googlemail.com',
      sender: 'leo@gmail.com',
    });
    expect(mia?.provider).toMatch(/google/i);
  });

  it('Yahoo: "Sorry, we were unable to deliver", [RCPT_TO]', async () => {
    const [paul, ...rest] = await records('yahoo.eml');
    expect(rest).toEqual([]);
    expect(fields(paul)).toMatchObject({
      recipient: 'paul@example.org',
      reason: 'userunknown',
      cause: 'user-unknown',
      replyCode: 550,
      status: '5.1.1',
      command: 'RCPT',
      sender: 'olivia@yahoo.com',
    });
  });

  it('Amazon SES bounce email', async () => {
    const [quinn, ...rest] = await records('ses-bounce.eml');
    expect(rest).toEqual([]);
    expect(fields(quinn)).toMatchObject({
      recipient: 'quinn@example.net',
      reason: 'userunknown',
      cause: 'user-unknown',
      replyCode: 550,
      status: '5.1.1',
      reportingMta: 'a8-12.smtp-out.amazonses.com',
      sender: 'newsletter@example.com',
    });
    expect(quinn?.provider).toMatch(/amazon ses/i);
  });

  it('Amazon SES bounce event (JSON) with two recipients', async () => {
    const [rachel, sam, ...rest] = await records('ses-event.json');
    expect(rest).toEqual([]);
    expect(fields(rachel)).toMatchObject({
      recipient: 'rachel@example.org',
      reason: 'userunknown',
      cause: 'user-unknown',
      replyCode: 550,
      status: '5.1.1',
      reportingMta: 'a8-12.smtp-out.amazonses.com',
      sender: 'news@example.com',
    });
    expect(fields(sam)).toMatchObject({
      recipient: 'sam@example.net',
      reason: 'mailboxfull',
      cause: 'mailbox-full',
      replyCode: 552,
      status: '5.2.2',
      sender: 'news@example.com',
    });
    expect(rachel?.sendingIp).toBeNull();
  });
});

describe('transfer encodings and charsets', () => {
  it('decodes a base64 text part', async () => {
    const [tom, ...rest] = await records('base64-part.eml');
    expect(rest).toEqual([]);
    expect(fields(tom)).toMatchObject({
      recipient: 'tom@example.org',
      reason: 'suspend',
      cause: 'mailbox-disabled',
      replyCode: 550,
      status: '5.2.1',
      remoteIp: '192.0.2.61',
      reportingMta: 'mail.example.com',
      sender: 'uma@example.com',
    });
    expect(tom?.diagnostic).toContain('Mailbox disabled, not accepting messages');
  });

  it('decodes quoted-printable with soft line breaks and UTF-8 escapes', async () => {
    const [wendy, ...rest] = await records('quoted-printable.eml');
    expect(rest).toEqual([]);
    expect(fields(wendy)).toEqual({
      recipient: 'wendy@example.org',
      reason: 'mailboxfull',
      cause: 'mailbox-full',
      replyCode: 552,
      status: '5.2.2',
      command: 'RCPT',
      remoteHost: 'mx.example.org',
      remoteIp: '192.0.2.90',
      reportingMta: 'relay.example.net',
      sender: 'victor@example.net',
    });
  });

  it('decodes an ISO-2022-JP Japanese bounce, body and encoded-word subject', async () => {
    const subject = '配信エラー';
    const text = [
      'このメールは自動的に送信されています。',
      '以下の宛先へのメール配信に失敗しました。',
      '',
      '<hanako@example.jp>',
      '550 5.1.1 <hanako@example.jp>... 宛先のメールアドレスは存在しません',
      '',
    ].join('\n');
    const head = [
      'Return-Path: <>',
      'From: MAILER-DAEMON@mail.example.jp',
      'To: ichiro@example.jp',
      `Subject: =?ISO-2022-JP?B?${Buffer.from(iso2022jp(subject)).toString('base64')}?=`,
      'Date: Wed, 24 Apr 2024 09:00:00 +0900',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=ISO-2022-JP',
      'Content-Transfer-Encoding: 7bit',
      '',
      '',
    ].join('\n');
    const bytes = Buffer.concat([Buffer.from(head, 'ascii'), Buffer.from(iso2022jp(text))]);
    expect(bytes.includes(Buffer.from([0x1b, 0x24, 0x42]))).toBe(true);
    expect(bytes.every((b) => b < 0x80)).toBe(true);

    const [hanako, ...rest] = await readBounceRecords(bytes);
    expect(rest).toEqual([]);
    expect(fields(hanako)).toMatchObject({
      recipient: 'hanako@example.jp',
      reason: 'userunknown',
      cause: 'user-unknown',
      replyCode: 550,
      status: '5.1.1',
      sender: 'ichiro@example.jp',
    });
    expect(hanako?.diagnostic).toContain('宛先のメールアドレスは存在しません');
    const [facts] = await readBounce(bytes);
    expect(facts?.subject).toBe(subject);
  });
});

describe('reports that are not failures', () => {
  it('ARF feedback report: a complaint, never a bounce cause', async () => {
    const [xena, ...rest] = await records('arf.eml');
    expect(rest).toEqual([]);
    expect(xena).toMatchObject({
      recipient: 'xena@yahoo.com',
      reason: 'feedback',
      cause: 'feedback-report',
      form: 'feedback-report',
      feedbackType: 'abuse',
      sendingIp: '192.0.2.150',
      sender: 'bounces@news.example.com',
      replyCode: null,
      status: null,
    });
  });

  it('RFC 3834 auto-reply (Out of Office): a vacation notice, not a failed delivery', async () => {
    const [reply, ...rest] = await records('auto-reply.eml');
    expect(rest).toEqual([]);
    expect(reply).toMatchObject({
      recipient: 'yvonne@example.org',
      reason: 'vacation',
      cause: 'auto-reply',
      form: 'auto-reply',
      permanent: false,
      replyCode: null,
      status: null,
    });
  });

  it('success DSN (Action: delivered)', async () => {
    const [bob, ...rest] = await records('delivered-dsn.eml');
    expect(rest).toEqual([]);
    expect(bob).toMatchObject({
      recipient: 'bob@example.org',
      reason: 'delivered',
      cause: 'delivered',
      permanent: false,
      replyCode: 250,
      status: '2.0.0',
      remoteHost: 'mx1.example.org',
      reportingMta: 'mail.example.com',
      sender: 'alice@example.com',
    });
  });
});

/**
 * ISO-2022-JP encoder for the test: JIS X 0208 pairs found by asking the platform's decoder, so the
 * bytes are what a Japanese mailer sends (ESC $ B … ESC ( B), without an encoding library.
 */
function iso2022jp(text: string): Uint8Array {
  const out: number[] = [];
  let kanji = false;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) {
      if (kanji) out.push(0x1b, 0x28, 0x42);
      kanji = false;
      out.push(code);
      continue;
    }
    const pair = jisTable().get(ch);
    if (!pair) throw new Error(`no JIS X 0208 code for ${ch}`);
    if (!kanji) out.push(0x1b, 0x24, 0x42);
    kanji = true;
    out.push(...pair);
  }
  if (kanji) out.push(0x1b, 0x28, 0x42);
  return Uint8Array.from(out);
}

let table: Map<string, [number, number]> | undefined;
function jisTable(): Map<string, [number, number]> {
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder('iso-2022-jp');
  for (let a = 0x21; a <= 0x7e; a++) {
    for (let b = 0x21; b <= 0x7e; b++) {
      const ch = decoder.decode(Uint8Array.from([0x1b, 0x24, 0x42, a, b, 0x1b, 0x28, 0x42]));
      if (ch.length === 1 && ch !== '\uFFFD' && !table.has(ch)) table.set(ch, [a, b]);
    }
  }
  return table;
}
