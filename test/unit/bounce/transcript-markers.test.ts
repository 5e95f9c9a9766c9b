import { describe, expect, it } from 'vitest';
import { readBounceRecords } from '../../../src/diagnose/diagnose-bounce.js';

/** swaks transcripts: the reply's code and status read through every marker, multi-line replies whole. */

const lines = (...l: string[]) => l.join('\n');

describe('swaks reply markers', () => {
  it("a multi-line '<~* 550-' DNSBL refusal inside TLS is read whole: code, status, list, client", async () => {
    const records = await readBounceRecords(
      lines(
        '=== Trying mx.example.org:25...',
        '=== Connected to mx.example.org.',
        '<-  220 mx.example.org ESMTP Postfix',
        ' -> STARTTLS',
        '<-  220 2.0.0 Ready to start TLS',
        '=== TLS started with cipher TLSv1.3:TLS_AES_256_GCM_SHA384:256',
        ' ~> MAIL FROM:<alice@example.com>',
        '<~  250 2.1.0 Ok',
        ' ~> RCPT TO:<bob@example.org>',
        '<~* 550-5.7.1 Service unavailable; Client host [198.51.100.9] blocked using',
        '<~* 550-5.7.1 zen.spamhaus.org; see',
        '<~* 550 5.7.1 https://www.spamhaus.org/query/ip/198.51.100.9',
        ' ~> QUIT',
        '<~  221 2.0.0 Bye',
      ),
    );
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      recipient: 'bob@example.org',
      replyCode: 550,
      status: '5.7.1',
      cause: 'ip-blocklisted',
      command: 'RCPT',
      sendingIp: '198.51.100.9',
    });
    expect(records[0]?.diagnostic).toBe(
      '550-5.7.1 Service unavailable; Client host [198.51.100.9] blocked using zen.spamhaus.org; see https://www.spamhaus.org/query/ip/198.51.100.9',
    );
    expect(records[0]?.blocklists).toContain('spamhaus');
  });

  it("'<** ' at connect, outside TLS, with 'Error:' in its words", async () => {
    const [r] = await readBounceRecords(
      lines(
        '=== Trying mx.example.org:25...',
        '=== Connected to mx.example.org.',
        '<** 554 5.7.1 Error: too many connections from your host',
        ' -> QUIT',
        '<-  221 2.0.0 Bye',
      ),
    );
    expect(r).toMatchObject({ replyCode: 554, status: '5.7.1' });
    expect(r?.diagnostic).toBe('554 5.7.1 Error: too many connections from your host');
  });
});
