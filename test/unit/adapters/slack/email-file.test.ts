import { describe, expect, it } from 'vitest';
import { emailFileText } from '../../../../adapters/slack/email-file.js';
import { readSlackFile } from '../../../../adapters/slack/read-files.js';
import { diagnoseBounce } from '../../../../src/diagnose/diagnose-bounce.js';

// The fields of a file Slack makes from mail sent to a channel's email address (mode "email").
const OUT_OF_OFFICE = {
  mode: 'email',
  filetype: 'email',
  subject: 'Automatic reply: Quarterly report',
  from: [{ address: 'bob@example.org', name: 'Bob Jones', original: 'Bob Jones <bob@example.org>' }],
  to: [
    { address: 'alice@example.net', name: 'Alice', original: 'Alice <alice@example.net>' },
    { address: 'mail-ops@example.slack.com', name: 'mail-ops', original: 'mail-ops@example.slack.com' },
  ],
  cc: [],
  headers: { date: 'Fri, 08 Mar 2024 09:12:00 +0000', in_reply_to: null, reply_to: null },
  plain_text:
    'I am out of the office until March 18 with limited access to email.\nFor urgent matters please contact carol@example.org.\n',
};

describe('mail sent into Slack is read with its headers', () => {
  it("gives the reader From, To (without the channel's own address), Subject and Date before the body", () => {
    expect(emailFileText(OUT_OF_OFFICE)).toBe(
      [
        'From: Bob Jones <bob@example.org>',
        'To: Alice <alice@example.net>',
        'Subject: Automatic reply: Quarterly report',
        'Date: Fri, 08 Mar 2024 09:12:00 +0000',
        '',
        OUT_OF_OFFICE.plain_text,
      ].join('\n'),
    );
  });

  it('an auto-reply told apart by its subject alone is answered as one, not as "not a bounce"', async () => {
    const policy = { hosts: new Set<string>(), maxBytes: 1 << 20, timeoutMs: 1000, token: 'x', fetch };
    const read = await readSlackFile(OUT_OF_OFFICE, policy);
    expect(read.ok).toBe(true);
    const report = await diagnoseBounce(read.ok ? read.text : '');
    expect(report.records[0]?.reason).toBe('vacation');
    // The body alone says nothing a reader could place.
    expect((await diagnoseBounce(OUT_OF_OFFICE.plain_text)).kind).toBe('not-a-bounce');
  });

  it('a field holding a line break cannot start a header line of its own', () => {
    const text = emailFileText({ subject: 'Undeliverable\nX-Injected: yes', plain_text: 'body' });
    expect(text).toBe('Subject: Undeliverable X-Injected: yes\n\nbody');
  });

  it('without a From or Subject, or with fields of the wrong type, the body is read as pasted', () => {
    expect(emailFileText({ plain_text: 'body', to: [{ address: 'a@example.net' }] })).toBe('body');
    expect(emailFileText({ plain_text: 'body', subject: 42, from: 'x', headers: null })).toBe('body');
  });
});
