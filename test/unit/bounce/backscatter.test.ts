import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRequest } from '../../../src/commands/run-request.js';
import { readBounceRecords } from '../../../src/diagnose/diagnose-bounce.js';
import { createDnsClient } from '../../../src/dns/resolver.js';
import { FOLLOW_UP_ZONE } from '../../helpers/zones.js';
import { startDnsServer, type TestDnsServer } from '../helpers/dns-server.js';

/**
 * Backscatter: bounces of messages the sender's domain never sent, told apart by what the returned copy's
 * own headers say of its authentication where it was received (forged-copy.ts). Each shape is how the MTA
 * really returns a copy: Postfix's text/rfc822-headers part, Exchange's "Original message headers", Exim's
 * "copy of the message", a pasted bounce with its returned headers below.
 */

const POSTFIX_HEAD = `From: MAILER-DAEMON@mx2.example.org (Mail Delivery System)
To: invoices@example.com
Subject: Undelivered Mail Returned to Sender
Message-Id: <20261204201402.5A1B2C0345@mx2.example.org>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="5A1B2C0345.1733343242/mx2.example.org"

--5A1B2C0345.1733343242/mx2.example.org
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<kdmwq@example.org>: unknown user: "kdmwq"

--5A1B2C0345.1733343242/mx2.example.org
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.example.org
X-Postfix-Sender: rfc822; invoices@example.com

Final-Recipient: rfc822; kdmwq@example.org
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Postfix; unknown user: "kdmwq"

--5A1B2C0345.1733343242/mx2.example.org
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <invoices@example.com>
`;
const POSTFIX_TAIL = `Received: from pc-77.dyn.example.net (unknown [203.0.113.77])
	by mx2.example.org (Postfix) with ESMTP id 5A1B2C0345
	for <kdmwq@example.org>; Fri,  4 Dec 2026 20:13:58 +0000 (UTC)
From: "Accounts" <invoices@example.com>
To: kdmwq@example.org
Subject: Your invoice #44821 is overdue
Message-ID: <7f3a9c01b2e44d@pc-77.dyn.example.net>

--5A1B2C0345.1733343242/mx2.example.org--
`;
const postfixDsn = (...results: string[]) => `${POSTFIX_HEAD}${results.join('\n')}\n${POSTFIX_TAIL}`;

const FORGED_RESULTS = [
  'Received-SPF: Fail (mailfrom) identity=mailfrom; client-ip=203.0.113.77; helo=pc-77.dyn.example.net; envelope-from=invoices@example.com',
  'Authentication-Results: mx2.example.org;',
  '\tdkim=none;',
  '\tdmarc=fail (p=none dis=none) header.from=example.com',
];

const EXCHANGE_NDR = `From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@contoso.example>
To: <info@example.com>
Subject: Undeliverable: Payment confirmation
Content-Type: text/plain; charset="us-ascii"
MIME-Version: 1.0

Delivery has failed to these recipients or groups:

j.smith@contoso.example
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.

Diagnostic information for administrators:

Generating server: EXCH01.contoso.example

j.smith@contoso.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Original message headers:

Received: from mail-gw.contoso.example (10.1.2.3) by EXCH01.contoso.example
 (10.1.2.10) with Microsoft SMTP Server id 15.2.1544.4; Fri, 4 Dec 2026 18:02:11 +0000
Authentication-Results: spf=fail (sender IP is 198.51.100.23)
 smtp.mailfrom=example.com; dkim=none (message not signed)
 header.d=none;dmarc=fail action=none header.from=example.com;compauth=fail
 reason=001
From: "Billing" <info@example.com>
To: <j.smith@contoso.example>
Subject: Payment confirmation
Message-ID: <GX8Q2N1@srv23.example.net>
Date: Fri, 4 Dec 2026 19:02:05 +0100
`;

const EXIM_BOUNCE = `From: Mail Delivery System <Mailer-Daemon@mail.example.org>
To: noreply@example.com
Subject: Mail delivery failed: returning message to sender
Auto-Submitted: auto-replied

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  sales@example.org
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

Return-path: <noreply@example.com>
Authentication-Results: mail.example.org;
	iprev=fail smtp.remote-ip=192.0.2.200;
	spf=fail smtp.mailfrom=example.com;
	dkim=none;
	dmarc=fail header.from=example.com
Received: from [192.0.2.200] (helo=user-PC)
	by mail.example.org with esmtp (Exim 4.96)
	id 1t9ZqA-0003xK-2c
	for sales@example.org; Fri, 04 Dec 2026 11:20:31 +0000
From: noreply@example.com
To: sales@example.org
Subject: Your parcel could not be delivered
Message-ID: <20261204112030.99A1@user-PC>

Open the attached label to arrange a new delivery.
`;

describe('backscatter: a bounce of a copy that failed its sender domain where it was received', () => {
  it("reads Postfix's DSN with the returned headers as backscatter, keeping the failure's reason", async () => {
    const [r, ...more] = await readBounceRecords(postfixDsn(...FORGED_RESULTS));
    expect(more).toEqual([]);
    expect(r?.cause).toBe('backscatter');
    expect(r?.reason).toBe('userunknown');
    expect(r?.side).toBe('sender');
    expect(r?.recipient).toBe('kdmwq@example.org');
    expect(r?.title).toContain('example.com');
    expect(r?.steps[0]).toContain("grep -F '7f3a9c01b2e44d@pc-77.dyn.example.net'");
    expect(r?.evidence.join(' ')).toContain('spf=fail, dkim=none, dmarc=fail for example.com');
    expect(r?.evidence.join(' ')).toContain('203.0.113.77');
    expect(r?.checks).toContain('auth');
  });

  it("reads Exchange's NDR with its original message headers", async () => {
    const [r] = await readBounceRecords(EXCHANGE_NDR);
    expect(r?.cause).toBe('backscatter');
    expect(r?.reason).toBe('userunknown');
    expect(r?.evidence.join(' ')).toContain('198.51.100.23');
    expect(r?.steps[0]).toContain('GX8Q2N1@srv23.example.net');
  });

  it("reads Exim's bounce with the copy of the message", async () => {
    const [r] = await readBounceRecords(EXIM_BOUNCE);
    expect(r?.cause).toBe('backscatter');
    expect(r?.reason).toBe('mailboxfull');
    expect(r?.evidence.join(' ')).toContain('at mail.example.org');
  });

  it('reads a pasted bounce with the returned headers below it', async () => {
    const pasted = EXIM_BOUNCE.slice(EXIM_BOUNCE.indexOf('This message was created'));
    const [r] = await readBounceRecords(pasted);
    expect(r?.cause).toBe('backscatter');
  });
});

describe('backscatter: genuine bounces stay what they are', () => {
  it('a copy signed by the domain (a forward broke its SPF) is the failure itself', async () => {
    const [r] = await readBounceRecords(
      postfixDsn(
        'Authentication-Results: mx2.example.org; spf=fail smtp.mailfrom=example.com;',
        '\tdkim=pass header.d=example.com header.s=s1; dmarc=pass header.from=example.com',
      ),
    );
    expect(r?.cause).toBe('user-unknown');
  });

  it('a copy without authentication results is the failure itself', async () => {
    const [r] = await readBounceRecords(postfixDsn('X-Mailer: Thunderbird'));
    expect(r?.cause).toBe('user-unknown');
    expect(r?.evidence.join(' ')).not.toContain('returned copy');
  });

  it("Exchange's stamp on your own outbound copy (no SPF result, DMARC none) is no forgery", async () => {
    const own = EXCHANGE_NDR.replace(
      /Authentication-Results:[\s\S]*?reason=001\n/,
      'Authentication-Results: dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=example.com;\n',
    );
    const [r] = await readBounceRecords(own);
    // The organisation's own Exchange (Generating server: EXCH01.contoso.example): no such mailbox there.
    expect(r?.cause).toBe('user-unknown');
  });

  it('a copy forwarded on to another domain is the broken forward', async () => {
    const forwarded = postfixDsn(...FORGED_RESULTS, 'Delivered-To: kim@example.net');
    const [r] = await readBounceRecords(forwarded);
    expect(r?.cause).toBe('forward-target-failed');
  });

  it('an authentication refusal stays that refusal (its steps tell your mail from a forgery)', async () => {
    const dmarc = postfixDsn(...FORGED_RESULTS)
      .replace(
        'unknown user: "kdmwq"\n\n--',
        "550 5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy\n\n--",
      )
      .replace('Status: 5.1.1', 'Status: 5.7.26')
      .replace(
        'Diagnostic-Code: X-Postfix; unknown user: "kdmwq"',
        "Diagnostic-Code: smtp; 550 5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy",
      );
    const [r] = await readBounceRecords(dmarc);
    expect(r?.cause).toBe('dmarc-fail');
  });
});

describe("backscatter's live check: does the domain ask receivers to refuse forgeries?", () => {
  let server: TestDnsServer;
  beforeAll(async () => {
    server = await startDnsServer(FOLLOW_UP_ZONE);
  });
  afterAll(() => server.close());

  async function authFollowUp(domain: string) {
    const dns = createDnsClient({ servers: [server.address], timeoutMs: 3000, tries: 1 });
    try {
      const text = postfixDsn(...FORGED_RESULTS).replaceAll('example.com', domain);
      const report = await runRequest(
        { kind: 'bounce', text },
        { requester: { platform: 'test', user: 'b' }, dns },
      );
      expect(report.records[0]?.cause).toBe('backscatter');
      return report.followUps?.find((f) => f.check === 'auth');
    } finally {
      dns.close();
    }
  }

  it('DMARC p=none lets forgeries through: move to enforcement', async () => {
    const auth = await authFollowUp('none.test');
    expect(auth?.target).toBe('none.test');
    expect(auth?.bearing).toBe('contributes');
    expect(auth?.finding.message).toContain('not asked to refuse mail forged in the name of none.test');
  });

  it('DMARC p=reject already asks for refusal: nothing to change but filtering', async () => {
    const auth = await authFollowUp('good.test');
    expect(auth?.bearing).toBe('rules-out');
    expect(auth?.finding.message).toContain('good.test already asks receivers to refuse forgeries');
  });
});
