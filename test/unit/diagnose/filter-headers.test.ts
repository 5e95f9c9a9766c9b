import { describe, expect, it } from 'vitest';
import { readFilterHeaders } from '../../../src/bounce/extract/filter-headers.js';
import { diagnoseBounce } from '../../../src/diagnose/diagnose-bounce.js';

// A delivered message's headers, pasted to ask "why did it go to Junk?", in the receivers' own formats.
const SPAMASSASSIN =
  'Received: from mail.example.net (mail.example.net [198.51.100.7])\n        by mx.example.org with ESMTPS id 4A1B2C3D\n        for <bob@example.org>; Fri, 08 Mar 2024 09:12:01 +0000\nAuthentication-Results: mx.example.org;\n       spf=softfail (example.org: domain of transitioning alice@example.net does not designate 198.51.100.7 as permitted sender) smtp.mailfrom=alice@example.net;\n       dkim=none;\n       dmarc=fail (p=NONE sp=NONE dis=NONE) header.from=example.net\nX-Spam-Status: Yes, score=7.4 required=5.0 tests=BAYES_80,HTML_MESSAGE,\n        RDNS_NONE,SPF_SOFTFAIL,URIBL_BLOCKED autolearn=no version=3.4.6\nX-Spam-Flag: YES\nFrom: Alice <alice@example.net>\nTo: bob@example.org\nSubject: Quarterly report\nDate: Fri, 08 Mar 2024 09:12:00 +0000\nMessage-ID: <20240308091200.1A2B3C@mail.example.net>\n';
const MICROSOFT_BULK =
  "Received: from DM6PR11MB1234.namprd11.prod.outlook.com (2603:10b6:5:1::1) by\n SN6PR11MB5678.namprd11.prod.outlook.com with HTTPS; Fri, 8 Mar 2024 09:12:03 +0000\nAuthentication-Results: spf=pass (sender IP is 203.0.113.25)\n smtp.mailfrom=news.example.net; dkim=pass (signature was verified)\n header.d=news.example.net;dmarc=pass action=none\n header.from=news.example.net;compauth=pass reason=100\nReceived-SPF: Pass (protection.outlook.com: domain of news.example.net designates\n 203.0.113.25 as permitted sender) receiver=protection.outlook.com;\n client-ip=203.0.113.25; helo=mta1.news.example.net; pr=C\nX-MS-Exchange-Organization-SCL: 6\nX-Forefront-Antispam-Report:\n CIP:203.0.113.25;CTRY:US;LANG:en;SCL:6;SRV:BULK;IPV:NLI;SFV:SPM;H:mta1.news.example.net;PTR:mta1.news.example.net;CAT:BULK;SFS:(13230031)(4636009);DIR:INB;\nX-Microsoft-Antispam: BCL:8;\nFrom: Example News <offers@news.example.net>\nSubject: This week's offers\n";
const GMAIL_SHOW_ORIGINAL =
  "Original message\nMessage ID\t<20240308091200.1A2B3C@mail.example.net>\nCreated at:\tFri, Mar 8, 2024 at 9:12 AM (Delivered after 2 seconds)\nFrom:\tAlice <alice@example.net>\nTo:\tbob@gmail.com\nSubject:\tQuarterly report\nSPF:\tSOFTFAIL with IP 198.51.100.7 Learn more\nDKIM:\t'FAIL' with domain example.net Learn more\nDMARC:\t'FAIL' Learn more\n";
const RSPAMD =
  'Received: from mail.example.net (mail.example.net [198.51.100.7])\n\tby mx.example.org (Postfix) with ESMTPS id 4A1B2C3D4E\n\tfor <bob@example.org>; Fri,  8 Mar 2024 09:12:01 +0000 (UTC)\nX-Spamd-Result: default: False [6.20 / 15.00];\n\tR_SPF_SOFTFAIL(0.60)[~all:c];\n\tHFILTER_HOSTNAME_UNKNOWN(2.50)[];\n\tBAYES_SPAM(3.10)[92.50%];\n\tMIME_GOOD(-0.10)[text/plain]\nX-Rspamd-Action: add header\nX-Rspamd-Server: mx.example.org\nX-Spam: Yes\nFrom: Alice <alice@example.net>\nTo: bob@example.org\nSubject: Quarterly report\n';

describe("a delivered message's headers: the filters' verdicts and what to fix", () => {
  it('SpamAssassin: its score against the threshold, the tests in words, the failed authentication to fix', async () => {
    const report = await diagnoseBounce(SPAMASSASSIN);
    expect(report.kind).toBe('not-a-bounce');
    expect(report.headline).toBe(
      'Not a bounce: the message was delivered, and SpamAssassin marked it as spam.',
    );
    const notes = report.notes.join('\n');
    expect(notes).toContain(
      'SpamAssassin: score 7.4, at or over the 5.0 threshold; tests: BAYES_80, HTML_MESSAGE, RDNS_NONE, SPF_SOFTFAIL, URIBL_BLOCKED.',
    );
    // URIBL_BLOCKED is the blocklist refusing the query, never a listing.
    expect(notes).toContain('URIBL_BLOCKED: the URI blocklist refused the query (no verdict, not a listing)');
    expect(notes).toContain(
      'Authentication (mx.example.org): SPF softfail (alice@example.net), DKIM none, DMARC fail (example.net).',
    );
    expect(notes).toMatch(/To fix SPF: the sending address 198\.51\.100\.7 is not in the SPF record/);
    expect(notes).toMatch(
      /To fix DKIM: the message carried no signature: sign outgoing mail for example\.net/,
    );
    expect(notes).toMatch(/To fix DMARC: .*\(example\.net\)/);
    expect(report.notes.at(-1)).toBe('Check live: /auth example.net and /blacklist 198.51.100.7.');
  });

  it('Microsoft 365: SCL, SFV and CAT in words; bulk mail that passed authentication is about complaints', async () => {
    const report = await diagnoseBounce(MICROSOFT_BULK);
    expect(report.headline).toBe(
      'Not a bounce: the message was delivered, and Microsoft 365 marked it as spam.',
    );
    expect(report.notes[0]).toBe(
      'Microsoft 365: SCL 6 (spam: delivered to Junk by default), SFV:SPM (marked as spam by spam filtering), CAT:BULK (bulk mail), BCL 8 (bulk complaint level, 0-9).',
    );
    const notes = report.notes.join('\n');
    expect(notes).toContain('DMARC pass (news.example.net), compauth pass');
    expect(notes).toMatch(/^Bulk mail: /m);
    expect(notes).not.toMatch(/To fix/);
    expect(notes).toContain('/blacklist 203.0.113.25');
  });

  it("Gmail's Show original summary: the results, the IP and the DKIM domain it names", async () => {
    const report = await diagnoseBounce(GMAIL_SHOW_ORIGINAL);
    expect(report.headline).toBe(
      'Not a bounce: the message was delivered, but SPF softfail, DKIM fail (example.net), DMARC fail.',
    );
    expect(report.notes.join('\n')).toMatch(/To fix DKIM: the signature did not verify/);
    expect(report.notes.at(-1)).toBe('Check live: /auth example.net and /blacklist 198.51.100.7.');
  });

  it('rspamd: its score and action; without Authentication-Results its own SPF test stands for the result', async () => {
    const report = await diagnoseBounce(RSPAMD);
    expect(report.headline).toBe('Not a bounce: the message was delivered, and rspamd marked it as spam.');
    const notes = report.notes.join('\n');
    expect(notes).toContain(
      'rspamd: score 6.20 of 15.00 to reject, action "add header"; tests: R_SPF_SOFTFAIL, HFILTER_HOSTNAME_UNKNOWN, BAYES_SPAM, MIME_GOOD.',
    );
    expect(notes).toContain("Authentication (the filter's tests): SPF softfail.");
    expect(notes).toMatch(/To fix SPF/);
  });

  it('compauth fail gives its documented reason; a private sending address is never offered to /blacklist', () => {
    const read = readFilterHeaders(
      'Authentication-Results: spf=none (sender IP is 10.1.2.3) smtp.mailfrom=example.net; dkim=none (message not signed) header.d=none;dmarc=none action=none header.from=example.net;compauth=fail reason=001\nX-MS-Exchange-Organization-SCL: 5\nFrom: <billing@example.net>\n',
    );
    expect(read?.auth.find((a) => a.method === 'compauth')?.subject).toMatch(/^reason 001: implicit failure/);
    expect(read?.sendingIp).toBe('10.1.2.3');
    expect(read?.verdicts[0]?.spam).toBe(true);
  });

  it('a message without filter or authentication headers is still answered as before', async () => {
    const report = await diagnoseBounce(
      'From: Alice <alice@example.net>\nTo: bob@example.org\nSubject: Lunch?\n\nAre you free on Friday?\n',
    );
    expect(report.kind).toBe('not-a-bounce');
    expect(report.headline).toMatch(/^This does not look like a bounce/);
    // A header named inside a sentence is not a header.
    expect(readFilterHeaders('we saw X-Spam-Status: Yes in the headers')).toBeUndefined();
  });

  it("a delivery-status part pasted with the returned message's spam headers is the bounce", async () => {
    const report = await diagnoseBounce(
      `Final-Recipient: rfc822; bob@example.org\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n\n${SPAMASSASSIN}`,
    );
    expect(report.kind).toBe('bounce');
    expect(report.records[0]?.cause).toBe('user-unknown');
  });
});
