import { describe, expect, it } from 'vitest';
import { readBounceRecords } from '../../../src/diagnose/diagnose-bounce.js';

/**
 * Which SMTP stage a "user unknown" answered decides its Sisimai reason: at RCPT TO (or with an x.1.x
 * status) the address does not exist; relayed in a bounce without its stage, or after DATA, it may be a
 * recipient-side filter speaking ('filtered'). The cause shown to the admin stays what the words say.
 */

/** A minimal RFC 3464 bounce for one recipient, with the delivery-status fields given. */
function dsn(fields: string, reportingMta = 'mx.sender.example'): string {
  return [
    `From: Mail Delivery System <MAILER-DAEMON@${reportingMta}>`,
    'To: alice@sender.example',
    'Subject: Undelivered Mail Returned to Sender',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="B"',
    '',
    '--B',
    'Content-Type: text/plain',
    '',
    'Your message could not be delivered to one or more recipients.',
    '',
    '--B',
    'Content-Type: message/delivery-status',
    '',
    `Reporting-MTA: dns; ${reportingMta}`,
    '',
    'Final-Recipient: rfc822; bob@example.org',
    'Action: failed',
    fields,
    '',
    '--B--',
    '',
  ].join('\n');
}

async function only(text: string) {
  const [record, ...rest] = await readBounceRecords(text);
  expect(rest).toEqual([]);
  return record;
}

describe('a relayed "user unknown" without its SMTP stage', () => {
  it('is filtered when the status says nothing about the address', async () => {
    const r = await only(dsn('Status: 5.0.0\nDiagnostic-Code: smtp; 550 bob@example.org... No such user'));
    expect([r?.cause, r?.reason, r?.command]).toEqual(['user-unknown', 'filtered', null]);
  });

  it('is userunknown with an x.1.1 status', async () => {
    const r = await only(dsn('Status: 5.1.1\nDiagnostic-Code: smtp; 550 bob@example.org... No such user'));
    expect([r?.cause, r?.reason]).toEqual(['user-unknown', 'userunknown']);
  });

  it('is userunknown when the bounce says it answered RCPT TO', async () => {
    const r = await only(
      dsn(
        'Status: 5.0.0\nDiagnostic-Code: smtp; host mx.example.org said: 550 No such user (in reply to RCPT TO command)',
      ),
    );
    expect([r?.reason, r?.command]).toEqual(['userunknown', 'RCPT']);
  });

  it("is userunknown when the sending MTA classified it already (PowerMTA's bad-mailbox)", async () => {
    const r = await only(
      dsn(
        'Status: 5.2.1\nDiagnostic-Code: smtp;550 5.2.1 <bob@example.org>... User Unknown\nX-PowerMTA-BounceCategory: bad-mailbox',
      ),
    );
    expect([r?.reason, r?.status]).toEqual(['userunknown', '5.2.1']);
    expect(r?.evidence).toContain('sending MTA\'s category "bad-mailbox"');
  });

  it('stays userunknown when pasted on its own: its reader knows what it answered', async () => {
    const r = await only('550 <bob@example.org>: Benutzer unbekannt');
    expect([r?.cause, r?.reason]).toEqual(['user-unknown', 'userunknown']);
  });
});

describe('the Status field against the reply it reports', () => {
  it('takes the reply\'s specific code over a catch-all "Status: 5.0.0"', async () => {
    const r = await only(dsn('Status: 5.0.0\nDiagnostic-Code: smtp; 550 5.7.1 Message rejected as spam'));
    expect(r?.status).toBe('5.7.1');
  });

  it('keeps a specific Status field, and a class the reply does not share', async () => {
    const specific = await only(dsn('Status: 5.2.2\nDiagnostic-Code: smtp; 550 5.7.1 over quota'));
    expect(specific?.status).toBe('5.2.2');
    const otherClass = await only(dsn('Status: 5.0.0\nDiagnostic-Code: smtp; 451 4.7.1 try again later'));
    expect(otherClass?.status).toBe('5.0.0');
  });
});

describe('wordings that name their cause', () => {
  it('"No route to host" is a routing failure, not a down server', async () => {
    const r = await only(
      dsn(
        'Status: 4.4.1\nDiagnostic-Code: X-Postfix; connect to mx.example.org[192.0.2.2]:25: No route to host',
      ),
    );
    expect([r?.cause, r?.reason]).toEqual(['no-route-to-host', 'networkerror']);
  });

  it('"Network is unreachable" (no IPv6 route) likewise', async () => {
    const r = await only('connect to mx.example.org[2001:db8::25]:25: Network is unreachable');
    // ENETUNREACH is the sending host's own routing table: its side acts (round 60).
    expect([r?.cause, r?.side]).toEqual(['sender-network-unreachable', 'sender']);
  });

  it('a DNS lookup that found no such host is a domain that does not exist', async () => {
    const r = await only(
      [
        'From: MAILER-DAEMON@df.sender.example',
        'To: alice@sender.example',
        'Subject: Mail delivery failed',
        '',
        'This is the DragonFly Mail Agent v0.13 at df.sender.example.',
        '',
        'There was an error delivering your mail to <bob@example.org>.',
        '',
        'DNS lookup failure: host example.org not found',
        '',
      ].join('\n'),
    );
    expect([r?.cause, r?.reason]).toEqual(['domain-not-found', 'hostunknown']);
  });

  it("Gmail's broken 'Send mail as' identity is a From address the server will not send", async () => {
    const r = await only(
      "** Message not delivered **\nYou're sending this from a different address or alias using the 'Send mail as' feature. The settings for your 'Send mail as' account are misconfigured or out of date.\n<bob@example.org>",
    );
    expect([r?.cause, r?.reason]).toEqual(['from-not-permitted', 'rejected']);
  });

  it("Outlook.com's 'mailbox unavailable' is an address that does not exist there", async () => {
    const r = await only(
      dsn(
        'Status: 5.5.0\nDiagnostic-Code: smtp;550 Requested action not taken: mailbox unavailable (-1234567890:2222:-1234567890)',
        'BAY004-MC1F22.hotmail.com',
      ),
    );
    expect([r?.cause, r?.reason]).toEqual(['user-unknown', 'userunknown']);
  });

  it("au (KDDI): '550 <address>: User unknown' is an unknown user, '550 : User unknown' its reception filter", async () => {
    const known = await only(
      dsn(
        'Status: 5.0.0\nRemote-MTA: dns; lsean.ezweb.ne.jp\nDiagnostic-Code: smtp; 550 <bob@ezweb.ne.jp>: User unknown',
      ),
    );
    expect(known?.reason).toBe('userunknown');
    const filter = await only(
      dsn('Status: 5.0.0\nRemote-MTA: dns; lsean.ezweb.ne.jp\nDiagnostic-Code: smtp; 550 : User unknown'),
    );
    expect(filter?.reason).toBe('filtered');
  });
});

describe("au (KDDI) EZweb's own notices", () => {
  it('"rejected by a remote mail server" is the recipient\'s reception filter', async () => {
    const r = await only(
      [
        'From: Postmaster@ezweb.ne.jp',
        'To: alice@sender.example',
        'Subject: Mail System Error - Returned Mail',
        '',
        '<hanako@ezweb.ne.jp>',
        '',
        'Each of the following recipients was rejected by a remote mail server.',
        '',
      ].join('\n'),
    );
    expect([r?.cause, r?.reason, r?.side]).toEqual(['content-filtered', 'filtered', 'recipient']);
  });
});

describe('replies quoted inside other words', () => {
  it('Amazon SES: the remote reply it quotes, not its own guess before it', async () => {
    const r = await only(
      dsn(
        "Status: 5.0.0 (permanent failure)\nDiagnostic-Code: smtp; 5.1.0 - Unknown address error 550-'5.7.1 <bounce@ses.example>... Access denied' (delivery attempts: 0)",
      ),
    );
    expect([r?.replyCode, r?.status, r?.diagnostic]).toEqual([
      550,
      '5.7.1',
      '550 5.7.1 <bounce@ses.example>... Access denied',
    ]);
    expect(r?.cause).not.toBe('user-unknown');
  });

  it('Zoho: "ERROR_CODE :550" is the reply code', async () => {
    const r = await only(
      [
        'From: mailer-daemon@mail.zoho.com',
        'To: alice@sender.example',
        'Subject: Undelivered Mail Returned to Sender',
        '',
        'This message was created automatically by mail delivery software.',
        'A message that you sent could not be delivered to one or more of its recipients.',
        '',
        'bob@example.org Invalid Address, ERROR_CODE :550, ERROR_CODE :5.1.1 <bob@example.org>... User Unknown',
        '',
      ].join('\n'),
    );
    expect([r?.replyCode, r?.status, r?.cause]).toEqual([550, '5.1.1', 'user-unknown']);
  });

  it('a Diagnostic-Code without a reply code is still the remote server speaking', async () => {
    const r = await only(
      dsn('Status: 5.0.0\nDiagnostic-Code: The email account that you tried to reach does not exist.'),
    );
    expect([r?.cause, r?.reason]).toEqual(['user-unknown', 'filtered']);
  });

  it("Gmail's own 'the address couldn't be found' bounce is an unknown user", async () => {
    const r = await only(
      dsn(
        "Status: 5.0.0\nDiagnostic-Code: smtp; Your message wasn't delivered to bob@example.org because the address couldn't be found. Check for typos or unnecessary spaces and try again.",
        'mail-sor-f41.google.com',
      ),
    );
    expect([r?.cause, r?.reason]).toEqual(['user-unknown', 'userunknown']);
  });
});

describe('a pipelined Sendmail transcript', () => {
  const bounce = (status: string, reply: string) =>
    [
      'From: Mail Delivery Subsystem <MAILER-DAEMON@relay.sender.example>',
      'To: alice@sender.example',
      'Subject: Returned mail: see transcript for details',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="B"',
      '',
      '--B',
      '',
      '   ----- The following addresses had permanent fatal errors -----',
      '<bob@example.org>',
      `    (reason: ${reply})`,
      '',
      '   ----- Transcript of session follows -----',
      '... while talking to mx.example.org.:',
      '>>> DATA',
      `<<< ${reply}`,
      '<<< 554 5.5.1 Error: no valid recipients',
      '',
      '--B',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; relay.sender.example',
      '',
      'Final-Recipient: RFC822; bob@example.org',
      'Action: failed',
      `Status: ${status}`,
      'Remote-MTA: DNS; mx.example.org',
      `Diagnostic-Code: SMTP; ${reply}`,
      '',
      '--B--',
      '',
    ].join('\n');

  it('shows the RCPT TO the reply answered; without x.1.x it is filtered, as seen after DATA', async () => {
    const r = await only(bounce('5.0.0', '550 5.0.0 <bob@example.org>... User unknown'));
    expect([r?.command, r?.cause, r?.reason]).toEqual(['RCPT', 'user-unknown', 'filtered']);
  });

  it('with 5.1.1 it is an unknown user', async () => {
    const r = await only(bounce('5.1.1', '550 5.1.1 <bob@example.org>... User unknown'));
    expect([r?.command, r?.reason]).toEqual(['RCPT', 'userunknown']);
  });
});
