import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readBounceRecords } from '../../../src/diagnose/diagnose-bounce.js';

/** Forms a review found the reader missing: each gave no record, a wrong one, or lost the reply code. */

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/bounces/${name}`, import.meta.url), 'utf8');

describe('Exim 4.9x: host, command and reply on lines of their own', () => {
  it('keeps the reply code and status of each recipient', async () => {
    const records = await readBounceRecords(fixture('exim-49x-multiline.eml'));
    expect(
      records.map((r) => [r.recipient, r.cause, r.command, r.replyCode, r.status, r.remoteHost, r.remoteIp]),
    ).toEqual([
      ['bob@example.org', 'user-unknown', 'RCPT', 550, '5.1.1', 'mx.example.org', '192.0.2.9'],
      ['carol@example.net', 'spam-filtered', 'DATA', 550, '5.7.1', 'mx.example.net', '198.51.100.4'],
    ]);
    expect(records[0]?.diagnostic).toMatch(/^550 5\.1\.1 /);
  });
});

describe('Amazon SES event inside an SNS envelope', () => {
  const event = {
    notificationType: 'Bounce',
    bounce: {
      bounceType: 'Permanent',
      bounceSubType: 'General',
      bouncedRecipients: [
        {
          emailAddress: 'bob@example.org',
          action: 'failed',
          status: '5.1.1',
          diagnosticCode: 'smtp; 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown',
        },
      ],
      reportingMTA: 'dsn; a1-2.smtp-out.amazonses.com',
    },
    mail: { source: 'alice@example.com', destination: ['bob@example.org'] },
  };
  const envelope = JSON.stringify(
    {
      Type: 'Notification',
      TopicArn: 'arn:aws:sns:us-east-1:123456789012:bounces',
      Message: JSON.stringify(event),
    },
    null,
    2,
  );

  it('the escaped Message JSON is read as the SES event', async () => {
    expect(envelope).toContain('\\"notificationType\\"');
    const [r, ...rest] = await readBounceRecords(envelope);
    expect(rest).toEqual([]);
    expect(r).toMatchObject({
      recipient: 'bob@example.org',
      sender: 'alice@example.com',
      cause: 'user-unknown',
      status: '5.1.1',
      replyCode: 550,
    });
  });

  it('also when SNS mailed it (email-json subscription)', async () => {
    const email = `From: no-reply@sns.amazonaws.com\nTo: ops@example.com\nSubject: AWS Notification Message\nContent-Type: text/plain; charset=UTF-8\n\n${envelope}\n`;
    const [r, ...rest] = await readBounceRecords(email);
    expect(rest).toEqual([]);
    expect(r).toMatchObject({
      recipient: 'bob@example.org',
      sender: 'alice@example.com',
      cause: 'user-unknown',
    });
  });
});

describe('a bounce that summarises the message (To, CC, Date, Subject) before the reply', () => {
  it('the summary is not taken for the returned message', async () => {
    const email = [
      'From: "Postmaster" <postmaster@mail.example.com>',
      'To: <alice@example.com>',
      'Subject: Undeliverable Mail',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      'Save to the following Address Book:',
      '',
      'To: alice@example.com',
      'CC: ',
      'Date: Thursday, Apr 29, 2008 2:45:56 PM',
      'Subject: Undeliverable Mail',
      '',
      'undeliverable to bob@example.org',
      '',
      'Body of message generated response:',
      '550-REJECTED - Blacklisted URL in message. (example.net) in [black].',
      '550 See http://lookup.uribl.com. - Blacklisted Link',
      '',
    ].join('\n');
    const [r, ...rest] = await readBounceRecords(email);
    expect(rest).toEqual([]);
    expect(r).toMatchObject({ recipient: 'bob@example.org', replyCode: 550 });
    expect(r?.diagnostic).toContain('Blacklisted URL in message');
  });
});

describe('the reason stated only in the subject', () => {
  it('Sendmail "Returned mail: User unknown" without a quoted reply', async () => {
    const email = [
      'From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.org>',
      'To: alice@example.com',
      'Subject: Returned mail: User unknown',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      'The original message was received at Thu, 15 Oct 2015 15:22:22 +0900',
      '',
      '----- The following addresses had permanent fatal errors -----',
      '<bob@example.org>',
      '',
    ].join('\n');
    const [r, ...rest] = await readBounceRecords(email);
    expect(rest).toEqual([]);
    expect(r).toMatchObject({ recipient: 'bob@example.org', cause: 'user-unknown', confidence: 'low' });
  });
});

describe('a warning about a message still being retried', () => {
  it('a bare "421" with a vague 4.5.0 is a delay, not a syntax error', async () => {
    const text = [
      '   ----- Transcript of session follows -----',
      '... while talking to mx.example.org.:',
      '<<< 421',
      '<bob@example.org>... Deferred: 421',
      'Warning: message still undelivered after 4 hours',
      '',
      'Final-Recipient: RFC822; bob@example.org',
      'Action: delayed',
      'Status: 4.5.0',
      'Diagnostic-Code: SMTP; ',
    ].join('\n');
    const [r, ...rest] = await readBounceRecords(text);
    expect(rest).toEqual([]);
    expect(r).toMatchObject({ recipient: 'bob@example.org', cause: 'delivery-delayed', reason: 'expired' });
  });
});

describe('the coded reply stated before the recipient list', () => {
  it('Apache James: "Error message below:" then the reply, the recipient under "Message details"', async () => {
    const text = [
      'Error: Invalid user address',
      '',
      'Error message below:',
      '550 - Requested action not taken: no such user here',
      '',
      'Message details:',
      '  Subject: Test message',
      '  MAIL FROM: alice@example.com',
      '  RCPT TO: bob@example.org',
      '  Size (in bytes): 39',
    ].join('\n');
    const [r, ...rest] = await readBounceRecords(text);
    expect(rest).toEqual([]);
    expect(r).toMatchObject({ recipient: 'bob@example.org', replyCode: 550, cause: 'user-unknown' });
    expect(r?.diagnostic).toBe('550 - Requested action not taken: no such user here');
  });
});

describe('Postfix log lines: the status logged as dsn=', () => {
  it('is the record status, and a bounced 5.x.x is permanent', async () => {
    const [r, ...rest] = await readBounceRecords(
      'Dec  1 10:00:00 mx postfix/local[123]: ABC123: to=<bob@example.org>, relay=local, delay=0.1, delays=0/0/0/0.1, dsn=5.2.2, status=bounced (cannot update mailbox /var/mail/bob for user bob. cannot append message to file /var/mail/bob: File too large)',
    );
    expect(rest).toEqual([]);
    expect([r?.status, r?.permanent, r?.cause, r?.reason]).toEqual([
      '5.2.2',
      true,
      'mailbox-full',
      'mailboxfull',
    ]);
  });

  it('gives way to a status in the reply itself', async () => {
    const [r] = await readBounceRecords(
      'Dec  1 10:00:00 mx postfix/smtp[124]: DEF456: to=<carol@example.net>, relay=mx.example.net[198.51.100.7]:25, delay=1, dsn=5.0.0, status=bounced (host mx.example.net[198.51.100.7] said: 550 5.1.1 <carol@example.net>: Recipient address rejected: User unknown (in reply to RCPT TO command))',
    );
    expect([r?.status, r?.cause, r?.command]).toEqual(['5.1.1', 'user-unknown', 'RCPT']);
  });
});

describe('WEB.DE and GMX open most refusals with "mailbox unavailable"', () => {
  it("a later line naming the sender domain's null MX decides", async () => {
    const [r] = await readBounceRecords(
      '550-Requested action not taken: mailbox unavailable\n550-Sender address has null MX\n550 For explanation visit https://postmaster.web.de/en/case?c=r0701',
    );
    expect([r?.cause, r?.provider]).toEqual(['sender-domain-invalid', 'WEB.DE']);
  });
});

describe('a role address (abuse@, postmaster@) refused as the recipient', () => {
  it.each([
    [
      '550 5.1.1 <abuse@example.net>: Recipient address rejected: User unknown in virtual mailbox table',
      'abuse@example.net',
    ],
    ['RCPT TO:<postmaster@example.net>\n550 5.1.1 Mailbox unavailable', 'postmaster@example.net'],
    [
      '<abuse@example.org>: host mx.example.org[192.0.2.5] said: 550 5.1.1 <abuse@example.org>... User unknown (in reply to RCPT TO command)',
      'abuse@example.org',
    ],
  ])('%s', async (text, recipient) => {
    const records = await readBounceRecords(text);
    expect(records.map((r) => [r.recipient, r.cause])).toEqual([[recipient, 'user-unknown']]);
  });

  it('is not taken for the recipient where it is only a contact', async () => {
    const records = await readBounceRecords(
      'Please contact postmaster@example.net if this persists.\n550 5.7.1 Message rejected as spam',
    );
    expect(records.map((r) => r.recipient)).toEqual([null]);
  });
});

describe("a group that takes mail from its organisation only, in Microsoft 365's other wording", () => {
  it('is a restriction of the recipient group, not a security error', async () => {
    const records = await readBounceRecords(
      '550 5.7.1 The group sales@example.org only accepts messages from people inside the organization',
    );
    expect(records.map((r) => [r.cause, r.reason, r.side])).toEqual([
      ['recipient-restricted', 'rejected', 'recipient'],
    ]);
  });
});

describe("a rule of the sender's own organisation", () => {
  it.each([
    'Message blocked\nYour message to dave@example.com has been blocked. See technical details below for more information.\nThe response was:\nMessage rejected. For more information about the policy that rejects this message, please contact the administrator of your organization.',
    '550 5.7.1 Your email message conflicts with a policy in your organization.',
  ])("is told apart from the receiver's policy: %s", async (text) => {
    const records = await readBounceRecords(text);
    expect(records.map((r) => [r.cause, r.reason, r.side])).toEqual([
      ['own-policy-violation', 'policyviolation', 'sender'],
    ]);
  });

  it("leaves a receiver's custom text that says 'your administrator' to the receiver's policy", async () => {
    const records = await readBounceRecords(
      '550 5.7.1 Message rejected by your administrator: messages containing account numbers may not be sent to this domain. - gsmtp',
    );
    expect(records.map((r) => r.cause)).toEqual(['policy-violation']);
  });
});

describe('an MTA JSON record pasted pretty-printed (jq, a log viewer)', () => {
  const kumo = (recipient: string, type: string, code: number) =>
    JSON.stringify(
      {
        type,
        sender: 'noreply@example.com',
        recipient,
        response: {
          code,
          enhanced_code: { class: Math.floor(code / 100), subject: 1, detail: 1 },
          content: 'The email account that you tried to reach does not exist.',
        },
        peer_address: { name: 'mx.example.org', addr: '192.0.2.25' },
      },
      null,
      2,
    );

  it('reads one record as the log line it was', async () => {
    const records = await readBounceRecords(kumo('bob@example.org', 'Bounce', 550));
    expect(records.map((r) => [r.recipient, r.cause, r.replyCode, r.status, r.remoteIp])).toEqual([
      ['bob@example.org', 'user-unknown', 550, '5.1.1', '192.0.2.25'],
    ]);
  });

  it('reads an array of records, each with its own outcome', async () => {
    const text = `[\n${kumo('bob@example.org', 'Bounce', 550)},\n${kumo('carol@example.org', 'TransientFailure', 451)}\n]`;
    const records = await readBounceRecords(text);
    expect(records.map((r) => [r.recipient, r.permanent])).toEqual([
      ['bob@example.org', true],
      ['carol@example.org', false],
    ]);
  });
});

describe('a provider code known only from copies that disagree (QQ help-link numbers)', () => {
  const link = (no: string) => `http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=${no}`;

  it("yields to the reply's own decisive words", async () => {
    const records = await readBounceRecords(`550 Mailbox is frozen. ${link('1000726')}`);
    expect(records.map((r) => [r.cause, r.provider])).toEqual([['mailbox-disabled', 'QQ Mail / Tencent']]);
  });

  it('decides where the words say nothing', async () => {
    const records = await readBounceRecords(`550 ${link('1000728')}`);
    expect(records.map((r) => r.cause)).toEqual(['user-unknown']);
  });
});

describe('SMTPUTF8: an internationalised address the next server cannot take', () => {
  it('is its own cause, with steps about ASCII addresses and SMTPUTF8, not MIME repair', async () => {
    const [record] = await readBounceRecords(
      '<jörg@example.net>: host mx.example.net[203.0.113.5] said: 553 5.6.7 Non-ASCII addresses not permitted for ' +
        'that recipient (in reply to RCPT TO command)',
    );
    expect([record?.cause, record?.reason, record?.status, record?.recipient]).toEqual([
      'utf8-not-supported',
      'contenterror',
      '5.6.7',
      'jörg@example.net',
    ]);
    const steps = record?.steps.join('\n') ?? '';
    expect(steps).toContain('swaks --server mx.example.net --quit-after EHLO');
    expect(steps).toContain('/probe example.net');
    expect(steps).not.toMatch(/MIME/);
  });

  it('leaves other x.6.x content refusals as malformed content', async () => {
    const [record] = await readBounceRecords('554 5.6.0 Message is empty');
    expect(record?.cause).toBe('content-error');
  });
});

describe('X-Failed-Recipients naming several addresses, the text naming none', () => {
  const notice = (failed: string, reply: string) =>
    [
      'From: Mail Delivery System <MAILER-DAEMON@mail.example.com>',
      'To: alice@example.com',
      'Subject: Mail delivery failed: returning message to sender',
      `X-Failed-Recipients: ${failed}`,
      'Content-Type: text/plain',
      '',
      'A message that you sent could not be delivered to one or more of its',
      'recipients. This is a permanent error.',
      '',
      '  SMTP error from remote mail server after RCPT TO:',
      `    ${reply}`,
      '',
    ].join('\r\n');

  it('gives each failed address a record with the one reply', async () => {
    const records = await readBounceRecords(
      notice('bob@example.org, carol@example.net, alice@example.com', '550 5.1.1 User unknown'),
    );
    expect(records.map((r) => [r.recipient, r.cause, r.replyCode])).toEqual([
      ['bob@example.org', 'user-unknown', 550],
      ['carol@example.net', 'user-unknown', 550],
    ]);
  });

  it('keeps the one record when the reply itself names the recipient', async () => {
    const records = await readBounceRecords(
      notice('bob@example.org, carol@example.net', '550 5.1.1 <carol@example.net>: User unknown'),
    );
    expect(records.map((r) => r.recipient)).toEqual(['carol@example.net']);
  });
});

describe("PowerMTA accounting: the sending MTA's bounce category when the reply's words say nothing", () => {
  const HEADER =
    'type,timeLogged,timeQueued,orig,rcpt,orcpt,dsnAction,dsnStatus,dsnDiag,dsnMta,bounceCat,srcType,srcMta';
  const row = (status: string, diag: string, category: string) =>
    `b,2026-11-30 10:00:00+0000,2026-11-30 09:59:58+0000,alice@example.com,bob@example.org,,failed,${status},` +
    `smtp;${diag},mx.example.org (192.0.2.7),${category},smtp,app1.example.com (198.51.100.2)`;

  it.each([
    ['bad-mailbox', 'user-unknown'],
    ['inactive-mailbox', 'mailbox-disabled'],
    ['quota-issues', 'mailbox-full'],
    ['spam-related', 'spam-filtered'],
  ])('a vague 550 with category %s reads as %s, and says so', async (category, cause) => {
    const [record] = await readBounceRecords(
      `${HEADER}\n${row('5.0.0 (undefined status)', '550 Requested action not taken', category)}\n`,
    );
    expect(record?.cause).toBe(cause);
    expect(record?.confidence).toBe('medium');
    expect(record?.evidence).toContain(`sending MTA's category "${category}"`);
  });

  it("leaves the reply's own decisive words first", async () => {
    const [record] = await readBounceRecords(
      `${HEADER}\n${row('5.2.2', '552 5.2.2 Mailbox full', 'bad-mailbox')}\n`,
    );
    expect(record?.cause).toBe('mailbox-full');
  });

  it('reads no cause into the category "other"', async () => {
    const [record] = await readBounceRecords(
      `${HEADER}\n${row('5.0.0 (undefined status)', '550 Requested action not taken', 'other')}\n`,
    );
    expect(record?.cause).toBe('unknown');
  });
});

describe('documented provider codes the audit found unread (docs/provider-sources.md)', () => {
  it("reads Gmail's 5.7.32 in its 2026 words as DMARC alignment, not a bare authentication failure", async () => {
    const [record] = await readBounceRecords(
      '<bob@gmail.com>: host gmail-smtp-in.l.google.com[142.250.1.26] said: 550-5.7.32 Your email has been ' +
        'blocked because the sender is unauthenticated. Gmail requires that the sender domain aligns with the ' +
        'header from domain for either SPF or DKIM. 550 5.7.32 gsmtp (in reply to end of DATA command)',
    );
    expect([record?.cause, record?.provider]).toEqual(['dmarc-fail', 'Google (Gmail / Workspace)']);
  });

  it.each([
    ['550 5.7.1 Rejected (XGEMAIL_0011)', 'user-unknown'],
    ['550 5.7.1 Message rejected XGEMAIL_0004', 'ip-blocklisted'],
    ['451 4.7.1 Try again later XGEMAIL_0015', 'recipient-rate-limited'],
  ])("reads Sophos Email's own code in %j as %s, naming Sophos", async (reply, cause) => {
    const [record] = await readBounceRecords(reply);
    expect([record?.cause, record?.provider]).toEqual([cause, 'Sophos Email']);
  });

  it("reads Microsoft's 4.7.850-899 (an IP under evaluation) as the sending IP's reputation", async () => {
    const [record] = await readBounceRecords(
      '<bob@example.com>: host example-com.mail.protection.outlook.com[52.101.1.1] said: 451 4.7.852 Access ' +
        'denied, the sending IP is restricted while it is under evaluation (in reply to RCPT TO command)',
    );
    expect([record?.cause, record?.permanent]).toEqual(['ip-reputation', false]);
  });
});
