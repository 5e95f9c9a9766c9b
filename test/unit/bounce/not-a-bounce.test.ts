import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnoseBounce, readBounceRecords } from '../../../src/diagnose/diagnose-bounce.js';
import type { Report } from '../../../src/report/types.js';

/** Bad input gets a clear Report: never a throw, never a record the text does not support. */

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/bounces/${name}`, import.meta.url), 'utf8');

async function notABounce(input: string | Uint8Array): Promise<Report> {
  const report = await diagnoseBounce(input);
  expect(report.kind).toBe('not-a-bounce');
  expect(report.records).toEqual([]);
  expect(report.headline.length).toBeGreaterThan(10);
  expect(report.notes.length).toBeGreaterThan(0);
  return report;
}

describe('text that is not a bounce', () => {
  it.each([
    'hey, can you check why mail to bob@example.org is slow today? thanks',
    'Can you look at the MX for example.org? dig says mx1.example.org 10',
    'Thanks! That fixed it. The mailbox full issue is gone.',
    '{"name":"mailmedic","version":"0.1.0"}',
    '<html><body><h1>Welcome</h1><p>Contact us at info@example.com</p></body></html>',
    'ping',
    'dmarc',
    'virus?',
    // Chat about a refusal, in the words a Sieve reject notice opens with (which ends them with a colon).
    'My mail to bob@example.org was automatically rejected by their server, any idea why?',
  ])('%s', async (text) => {
    await notABounce(text);
    expect(await readBounceRecords(text)).toEqual([]);
  });

  it('a dashboard notice from "Postmaster Tools" is no postmaster returning mail', async () => {
    const notice = [
      'From: Google Postmaster Tools <postmaster-tools-noreply@google.com>',
      'To: admin@example.com',
      'Subject: Postmaster Tools: delivery errors increased for example.com',
      'Content-Type: text/plain; charset=UTF-8',
      '',
      'The delivery errors dashboard for example.com shows an increase in rejected traffic on Nov 29.',
      'Messages were rejected or temporarily failed because of authentication (DKIM, SPF) errors.',
      'Spam rate: 0.4%. Domain reputation: Medium.',
    ].join('\n');
    expect(await readBounceRecords(notice)).toEqual([]);
    // The postmaster's own notice of the same failures is one.
    const returned = notice.replace(/^From: .*$/m, 'From: Postmaster <postmaster@example.com>');
    expect((await readBounceRecords(returned)).length).toBeGreaterThan(0);
  });

  it('says what it noticed: addresses and IPs', async () => {
    const report = await notABounce('The server at 192.0.2.10 is up again; ask bob@example.org to retry.');
    expect(report.notes.join('\n')).toContain('192.0.2.10');
    expect(report.notes.join('\n')).toContain('bob@example.org');
  });
});

describe('empty input', () => {
  it.each([
    ['empty string', ''],
    ['whitespace', ' \n\t \r\n  '],
    ['empty bytes', new Uint8Array(0)],
  ])('%s', async (_name, input) => {
    const report = await notABounce(input);
    expect(report.headline).toMatch(/empty/i);
  });
});

describe('binary and oversized input', () => {
  it('1 MiB of random bytes is binary, not a bounce', async () => {
    const bytes = randomBytes(1 << 20);
    const report = await notABounce(bytes);
    expect(report.headline).toMatch(/binary/i);
    expect(await readBounceRecords(bytes)).toEqual([]);
  });

  it.each([
    ['string', () => `550 5.1.1 <a@example.org>: User unknown\n${'y'.repeat(50 * 1024 * 1024)}`],
    ['bytes', () => new Uint8Array(50 * 1024 * 1024).fill(0x61)],
  ])('a 50 MiB %s is refused with a size message, fast', async (_name, make) => {
    const input = make();
    const started = performance.now();
    const report = await diagnoseBounce(input);
    const elapsed = performance.now() - started;
    expect(report.kind).toBe('error');
    expect(report.records).toEqual([]);
    expect(report.headline).toMatch(/too large/i);
    expect(report.headline).toContain('MiB');
    expect(report.notes.length).toBeGreaterThan(0);
    expect(elapsed).toBeLessThan(1000);
  });
});

describe('malformed MIME', () => {
  const dsn = fixture('postfix-dsn.eml');
  const recipients = async (input: string | Uint8Array) => {
    const report = await diagnoseBounce(input);
    expect(report.kind).toBe('bounce');
    return report.records.map((r) => [r.recipient, r.cause, r.status]);
  };
  const both = [
    ['bob@example.org', 'user-unknown', '5.1.1'],
    ['carol@example.net', 'mailbox-full', '5.2.2'],
  ];

  it('unterminated multipart (no closing boundary, last part missing)', async () => {
    const cut = dsn.slice(0, dsn.indexOf('Content-Description: Undelivered Message Headers'));
    expect(await recipients(cut)).toEqual(both);
  });

  it('a boundary that never appears in the body', async () => {
    const wrong = dsn.replace(/boundary="[^"]+"/, 'boundary="no-such-boundary"');
    expect(await recipients(wrong)).toEqual(both);
  });

  it('bogus base64 in the text part: the delivery-status part still answers', async () => {
    const broken = fixture('base64-part.eml').replace(
      /(Content-Transfer-Encoding: base64\n\n)[\s\S]*?\n(--9B0)/,
      '$1!!!***not base64 at all***%%%\n@@@@\n$2',
    );
    expect(broken).toContain('not base64 at all');
    expect(await recipients(broken)).toEqual([['tom@example.org', 'mailbox-disabled', '5.2.1']]);
  });

  it('bogus base64 as the only part: a failure notice whose reason cannot be read', async () => {
    const report = await diagnoseBounce(
      [
        'From: MAILER-DAEMON@mail.example.com',
        'To: uma@example.com',
        'Subject: Delivery Status Notification (Failure)',
        'MIME-Version: 1.0',
        'Content-Type: text/plain; charset=utf-8',
        'Content-Transfer-Encoding: base64',
        '',
        '!!!***not base64 at all***%%%',
        '',
      ].join('\n'),
    );
    for (const r of report.records) {
      expect(r).toMatchObject({ recipient: null, cause: 'unknown', confidence: 'low' });
    }
  });

  it.each(['8bit', 'quoted-printable'])('a broken charset name (%s)', async (encoding) => {
    const head = [
      'From: MAILER-DAEMON@mail.example.com',
      'To: uma@example.com',
      'Subject: Undelivered Mail Returned to Sender',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset="utf-9-broken"',
      `Content-Transfer-Encoding: ${encoding}`,
      '',
      '<tom@example.org>: host mx.example.org[192.0.2.61] said: 550 5.1.1 <tom@example.org>:',
      '    Benutzer unbekannt ',
    ].join('\n');
    const bytes = Buffer.concat([
      Buffer.from(head, 'latin1'),
      Buffer.from([0xe4, 0xf6, 0xfc, 0xff, 0xfe]),
      Buffer.from(' (in reply to RCPT TO command)\n'),
    ]);
    const report = await diagnoseBounce(bytes);
    expect(report.kind).toBe('bounce');
    expect(report.records.map((r) => [r.recipient, r.cause, r.replyCode])).toEqual([
      ['tom@example.org', 'user-unknown', 550],
    ]);
  });

  it('broken encoded words in the subject', async () => {
    const broken = dsn.replace(
      'Subject: Undelivered Mail Returned to Sender',
      'Subject: =?no-such-charset?B?!!!?= =?utf-8?Q?broken=ZZ?=',
    );
    expect(await recipients(broken)).toEqual(both);
  });

  it('thousands of nested multipart headers without content', async () => {
    const nested = `Content-Type: multipart/mixed; boundary="a"\nFrom: x@example.com\n\n${'--a\nContent-Type: multipart/mixed; boundary="a"\n\n'.repeat(2000)}`;
    await notABounce(nested);
  });
});

describe('a truncated DSN', () => {
  const dsn = fixture('postfix-dsn.eml');
  const upTo = (marker: string) => dsn.slice(0, dsn.indexOf(marker) + marker.length);

  it('cut inside the delivery-status part: what is there is read', async () => {
    const report = await diagnoseBounce(upTo('Final-Recipient: rfc822; carol@example.net'));
    expect(report.records.map((r) => [r.recipient, r.cause, r.replyCode, r.status])).toEqual([
      ['bob@example.org', 'user-unknown', 550, '5.1.1'],
      ['carol@example.net', 'mailbox-full', 552, '5.2.2'],
    ]);
  });

  it('cut inside the first recipient group: the text part still reports the others', async () => {
    const report = await diagnoseBounce(upTo('Final-Recipient: rfc822; bob@example.org'));
    expect(report.records.map((r) => [r.recipient, r.cause, r.status])).toEqual([
      ['bob@example.org', 'user-unknown', '5.1.1'],
      ['carol@example.net', 'mailbox-full', '5.2.2'],
    ]);
  });

  it('cut inside the top headers of a bounce marked Auto-Submitted: no vacation notice is made up', async () => {
    const head =
      'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nTo: alice@example.com\nAuto-Submitted: auto-replied\n\n';
    expect((await readBounceRecords(head)).map((r) => r.cause)).not.toContain('auto-reply');
  });

  it('cut in the middle of a reply: no cause is made up for the cut recipient', async () => {
    const report = await diagnoseBounce(
      upTo('<carol@example.net>: host mx.example.net[198.51.100.7] said: 552 5.2'),
    );
    const [bob, carol, ...rest] = report.records;
    expect(rest).toEqual([]);
    expect(bob).toMatchObject({ recipient: 'bob@example.org', cause: 'user-unknown', status: '5.1.1' });
    expect(carol).toMatchObject({ recipient: 'carol@example.net', replyCode: 552, confidence: 'low' });
    expect(['unknown', 'mailbox-full']).toContain(carol?.cause);
  });

  it('cut right after the headers: a failure without a reason, said plainly', async () => {
    const report = await diagnoseBounce(upTo('This is the mail system'));
    expect(report.kind).toBe('bounce');
    expect(report.records).toHaveLength(1);
    expect(report.records[0]).toMatchObject({ recipient: null, cause: 'unknown', confidence: 'low' });
  });

  it('cut inside the top headers: not a bounce yet', async () => {
    await notABounce(upTo('Content-Type: multipart/report; report-type=delivery-status;'));
  });
});

describe('numbers that only look like codes', () => {
  const email = (subject: string, body: string) =>
    ['From: Bob <bob@example.org>', 'To: alice@example.com', `Subject: ${subject}`, '', body, ''].join('\n');

  it.each([
    'we have 550 users on the new server, and 421 of them use IMAP',
    'we have 550 users; mail to bob@example.org works fine',
    'Hi, version 5.1.1 was released yesterday, see bob@example.org',
    'we have 550 users\nand version 5.1.1 was released',
  ])('pasted: %s', async (text) => {
    expect(await readBounceRecords(text)).toEqual([]);
  });

  it.each([
    ['numbers', 'we have 550 users on the new server.\nversion 5.1.1 was released'],
    ['release notes', '550 users upgraded last week.\nThe 5.2.2 release fixes the calendar.'],
  ])('an ordinary email: %s', async (subject, body) => {
    expect(await readBounceRecords(email(subject, body))).toEqual([]);
  });

  it.each([
    '550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown',
    'Status: 5.1.1',
    '<bob@example.org> 5.1.1 user unknown',
    'bob@example.org 5.1.1 user unknown',
  ])('a code that stands as one still counts: %s', async (text) => {
    const [record] = await readBounceRecords(text);
    expect(record?.status).toBe('5.1.1');
  });
});

describe('auto-replies in other languages', () => {
  it.each([
    'Automatische Antwort: Termin am Montag',
    'Abwesenheitsnotiz: Urlaub',
    'Réponse automatique : absent du bureau',
    'Respuesta automática: fuera de la oficina',
    'Out of Office: back on Monday',
    'AW: Automatische Antwort: Projekt',
    'Risposta automatica: fuori sede',
    '自動返信: 不在のお知らせ',
    'Автоматический ответ: в отпуске',
  ])('%s', async (subject) => {
    const records = await readBounceRecords(
      [
        'From: Hans <hans@example.de>',
        'To: bob@example.org',
        `Subject: ${subject}`,
        'Content-Type: text/plain; charset=utf-8',
        '',
        'Ich bin bis 5.1. nicht im Büro. / I am away until Monday.',
        '',
      ].join('\n'),
    );
    expect(records.map((r) => [r.cause, r.reason, r.recipient])).toEqual([
      ['auto-reply', 'vacation', 'hans@example.de'],
    ]);
  });
});
