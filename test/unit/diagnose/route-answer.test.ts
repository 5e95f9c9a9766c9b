import { describe, expect, it } from 'vitest';
import { diagnoseBounce } from '../../../src/diagnose/diagnose-bounce.js';
import { duration } from '../../../src/diagnose/route-answer.js';

/** "Why did it arrive late?": a delivered message's headers, its Received hops read for where it waited. */

const received = (from: string, by: string, id: string, date: string) =>
  `Received: from ${from} (${from} [198.51.100.20])\n\tby ${by} with ESMTPS id ${id}\n\tfor <anna@example.com>; ${date}`;

const headers = (hops: string[], date: string) =>
  [
    'Delivered-To: anna@example.com',
    ...hops,
    'From: Orders <orders@example.net>',
    'To: anna@example.com',
    'Subject: Your order has shipped',
    `Date: ${date}`,
    'Message-ID: <ord-88812@app01.example.net>',
  ].join('\n');

describe('a delivered message that arrived late', () => {
  it('names the hop where it waited, and the waiting server’s id to look for in its log', async () => {
    const text = headers(
      [
        'Received: by 2002:a05:7300:1234:b0:1a2:3b4c:5d6e with SMTP id abc123;\n        Fri, 4 Dec 2026 14:27:41 -0800 (PST)',
        received(
          'mx1.example.net',
          'mx.google.com',
          'x12si3456789abc.123',
          'Fri, 04 Dec 2026 14:27:40 -0800 (PST)',
        ),
        received(
          'app01.example.net',
          'mx1.example.net',
          '4Gk2Lm0Xyz',
          'Fri,  4 Dec 2026 20:12:03 +0000 (UTC)',
        ),
      ],
      'Fri, 4 Dec 2026 20:12:01 +0000',
    );
    const report = await diagnoseBounce(text);
    expect(report.kind).toBe('not-a-bounce');
    expect(report.records).toEqual([]);
    expect(report.headline).toBe(
      'Not a bounce: the headers of a delivered message, which arrived 2 h 15 min after it was written (its Date header), 2 h 15 min of it waiting at mx1.example.net.',
    );
    const notes = report.notes.join('\n');
    expect(notes).toContain('Route: 3 hops, mx1.example.net → mx.google.com');
    expect(notes).toContain('sat in the queue of mx1.example.net');
    expect(notes).toContain('`grep 4Gk2Lm0Xyz /var/log/mail.log`');
  });

  it('a wait before the first server is the sending client’s', async () => {
    const text = headers(
      [
        received('mx1.example.net', 'mx.example.com', 'A1B2C3D4E5', 'Fri, 4 Dec 2026 10:00:05 +0100'),
        received('[192.0.2.44]', 'mx1.example.net', '9F8E7D6C5B', 'Fri, 4 Dec 2026 10:00:02 +0100'),
      ],
      'Fri, 4 Dec 2026 07:40:00 +0000',
    );
    const report = await diagnoseBounce(text);
    expect(report.headline).toContain('arrived 1 h 20 min after it was written');
    expect(report.headline).toContain('before the first server took it');
    expect(report.notes.join('\n')).toContain("The sender's client held it");
  });

  it('a quick delivery is said in seconds, with no wait named', async () => {
    const text = headers(
      [
        received('mx1.example.net', 'mx.example.com', 'A1B2C3D4E5', 'Fri, 4 Dec 2026 10:00:05 +0100'),
        received('app01.example.net', 'mx1.example.net', '9F8E7D6C5B', 'Fri, 4 Dec 2026 09:00:02 +0000'),
      ],
      'Fri, 4 Dec 2026 09:00:01 +0000',
    );
    const report = await diagnoseBounce(text);
    expect(report.headline).toContain('arrived 4 s after it was written');
    expect(report.notes.join('\n')).not.toContain('The wait');
  });

  it('a hop stamped long before the one below it is a wrong clock', async () => {
    const text = headers(
      [
        received('mx1.example.net', 'mx.example.com', 'A1B2C3D4E5', 'Fri, 4 Dec 2026 08:50:00 +0000'),
        received('app01.example.net', 'mx1.example.net', '9F8E7D6C5B', 'Fri, 4 Dec 2026 09:00:02 +0000'),
      ],
      'Fri, 4 Dec 2026 09:00:01 +0000',
    );
    const notes = (await diagnoseBounce(text)).notes.join('\n');
    expect(notes).toContain('Clock skew: mx.example.com stamped it 10 min 2 s before the hop below it did');
  });

  it('Exchange\'s version after "id" is no message id', async () => {
    const text = headers(
      [
        'Received: from EX02.example.com (10.0.0.3) by EX01.example.com (10.0.0.2) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.4; Fri, 4 Dec 2026 11:30:00 +0000',
        'Received: from gw.example.com (10.0.0.9) by EX02.example.com (10.0.0.3) with Microsoft SMTP Server id 15.2.1544.4; Fri, 4 Dec 2026 10:00:00 +0000',
      ],
      'Fri, 4 Dec 2026 09:59:58 +0000',
    );
    const notes = (await diagnoseBounce(text)).notes.join('\n');
    expect(notes).toContain('sat in the queue of EX02.example.com');
    expect(notes).toContain('`grep <queue id> /var/log/mail.log`');
  });

  it('junk headers with a slow hop get both answers', async () => {
    const text = headers(
      [
        'Authentication-Results: mx.example.com; spf=fail smtp.mailfrom=example.net; dkim=none; dmarc=fail header.from=example.net',
        received('mx1.example.net', 'mx.example.com', 'A1B2C3D4E5', 'Fri, 4 Dec 2026 11:00:05 +0000'),
        received('app01.example.net', 'mx1.example.net', '9F8E7D6C5B', 'Fri, 4 Dec 2026 09:00:02 +0000'),
      ],
      'Fri, 4 Dec 2026 09:00:01 +0000',
    );
    const report = await diagnoseBounce(text);
    expect(report.headline).toMatch(/^Not a bounce: the message was delivered, but SPF fail/);
    expect(report.notes.join('\n')).toContain('The wait: 2 h between mx1.example.net taking it');
  });

  it('one Received header is no route', async () => {
    const text = headers(
      [received('app01.example.net', 'mx1.example.net', '9F8E7D6C5B', 'Fri, 4 Dec 2026 09:00:02 +0000')],
      'Fri, 4 Dec 2026 09:00:01 +0000',
    );
    expect((await diagnoseBounce(text)).notes.join('\n')).not.toContain('Route:');
  });
});

describe('duration', () => {
  it.each([
    [4_000, '4 s'],
    [192_000, '3 min 12 s'],
    [180_000, '3 min'],
    [8_040_000, '2 h 14 min'],
    [97_200_000, '1 d 3 h'],
  ])('%i ms is %s', (ms, words) => {
    expect(duration(ms)).toBe(words);
  });
});
