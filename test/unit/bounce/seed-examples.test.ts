import { describe, expect, it } from 'vitest';
import { readBounceRecords } from '../../../src/diagnose/diagnose-bounce.js';
import type { BounceRecord } from '../../../src/report/types.js';

/**
 * Every example message of the five seed articles (/work/shared/seeds), verbatim (the articles' own
 * placeholders such as "[email protected]" and "x.xx.xx.xx" included), with the cause a mail admin expects.
 */

type Expected = Partial<
  Pick<BounceRecord, 'cause' | 'reason' | 'recipient' | 'replyCode' | 'status' | 'command'>
> &
  Partial<Pick<BounceRecord, 'remoteIp' | 'sender' | 'sendingIp' | 'side'>> & {
    provider?: RegExp;
    reference?: string;
    blocklist?: string;
  };

const SEED_000: [string, string, Expected][] = [
  [
    'Postfix NOQUEUE reject log line',
    'postfix/smtpd[28384]: NOQUEUE: reject: RCPT from mail-ie0-f171.google.com[209.85.223.171]: 550 5.1.1 <nosuchuser@example.com>: Recipient address rejected: User unknown in virtual mailbox table; from=<someuser@gmail.com> to=<nosuchuser@example.com> proto=ESMTP helo=<mail-ie0-f171.google.com>',
    {
      cause: 'user-unknown',
      recipient: 'nosuchuser@example.com',
      sender: 'someuser@gmail.com',
      sendingIp: '209.85.223.171',
      replyCode: 550,
      status: '5.1.1',
      command: 'RCPT',
    },
  ],
  [
    'Postfix response to sender',
    '550 5.1.1 <nosuchuser@example.com>: Recipient address rejected: User unknown in virtual mailbox table',
    { cause: 'user-unknown', recipient: 'nosuchuser@example.com', replyCode: 550, status: '5.1.1' },
  ],
  [
    'Gmail response lines (550-5.1.1 continuations)',
    [
      '550-5.1.1 The email account that you tried to reach does not exist. Please try',
      "550-5.1.1 double-checking the recipient's email address for typos or",
      '550-5.1.1 unnecessary spaces.',
    ].join('\n'),
    { cause: 'user-unknown', reason: 'userunknown', replyCode: 550, status: '5.1.1' },
  ],
  [
    'Previous (cached) callout verification failure',
    '550-Previous (cached) callout verification failure',
    { cause: 'sender-verify-failed', replyCode: 550, side: 'sender' },
  ],
  ['Sender verify failed', '550 Sender verify failed', { cause: 'sender-verify-failed', replyCode: 550 }],
  [
    'Verification failed for <sender> (the sender, never a recipient)',
    'Remote host said: 550-Verification failed for someuser@example.com',
    { cause: 'sender-verify-failed', recipient: null, replyCode: 550 },
  ],
  [
    'Cyberoam outbound filter, short',
    'Response: 550 Cyberoam Anti Spam Engine has identified',
    { cause: 'outbound-filter', side: 'sender', provider: /cyberoam/i },
  ],
];

const SEED_001: [string, string, Expected][] = [
  ['550 Invalid recipient', '550 Invalid recipient', { cause: 'user-unknown', replyCode: 550 }],
  ['550 User account is unavailable', '550 User account is unavailable', { cause: 'user-unknown' }],
  [
    '<ip> does not like recipient - 550 Address rejected',
    '203.0.113.20 does not like recipient - 550 Address rejected',
    { cause: 'user-unknown', replyCode: 550, command: 'RCPT', remoteIp: '203.0.113.20' },
  ],
  ['550 No such user here', '550 No such user here', { cause: 'user-unknown' }],
  ['550 Not our Customer', '550 Not our Customer', { cause: 'user-unknown' }],
  ['550 Account not available', '550 Account not available', { cause: 'user-unknown' }],
  [
    'Mailbox Does Not Exist – Giving up',
    'Remote host said : 550 – Barack.Obama@ThisCompany.com, this THISCOMPANY.COM Mailbox Does Not Exist – Giving up',
    { cause: 'user-unknown', recipient: 'barack.obama@thiscompany.com', replyCode: 550 },
  ],
  [
    'anti-spam firewall: callout verification of the sender',
    [
      '240.240.240.240 does not like recipient.',
      'Remote host said: 550-Verification failed for',
      'John.Doe@YourDomain.com',
      '550-Previous (cached) callout verification failure',
      '550 Sender verify failed',
      'Giving up on 240.240.240.240.',
    ].join('\n'),
    { cause: 'sender-verify-failed', replyCode: 550, remoteIp: '240.240.240.240' },
  ],
  [
    'Cyberoam outbound filter transcript',
    [
      'The attached file had the following undeliverable recipient(s):',
      'John.Doe@comcast.net',
      '',
      'Transcript of session follows:',
      '',
      'Command: Data...',
      '',
      'Response: 550 Cyberoam Anti Spam Engine has identified this email as a spam. Ref-id:str=0001.0A0B0206.4BA7422C.01F5,ss=1,vtr=str,vl=0,p t=',
    ].join('\n'),
    { cause: 'outbound-filter', recipient: 'john.doe@comcast.net', replyCode: 550, side: 'sender' },
  ],
  [
    'qmail [SUSPEND] Mailbox currently suspended',
    "I'm afraid I wasn't able to deliver your message to the following addresses. This is a permanent error; I've given up. Sorry it didn't work out. <email-address@email-domain>: <ip-address-of-remote-server> does not like recipient. Remote host said: 550 [SUSPEND] Mailbox currently suspended - Please contact correspondent directly.",
    { cause: 'mailbox-disabled', reason: 'suspend', replyCode: 550 },
  ],
  [
    'qmail [SUSPEND], as qmail prints it',
    [
      "I'm afraid I wasn't able to deliver your message to the following addresses.",
      "This is a permanent error; I've given up. Sorry it didn't work out.",
      '',
      '<lena@example.org>:',
      '192.0.2.40 does not like recipient.',
      'Remote host said: 550 [SUSPEND] Mailbox currently suspended - Please contact correspondent directly.',
      'Giving up on 192.0.2.40.',
    ].join('\n'),
    {
      cause: 'mailbox-disabled',
      recipient: 'lena@example.org',
      replyCode: 550,
      command: 'RCPT',
      remoteIp: '192.0.2.40',
    },
  ],
  ['550 mailbox temporarily disabled', '550 mailbox temporarily disabled', { cause: 'mailbox-disabled' }],
  [
    'Unrouteable address / Sender verify failed',
    '550-Verification failed for my@exchangeserver.com - 550-Unrouteable address - 550 Sender verify failed (in reply to RCPT TO command)',
    { cause: 'sender-verify-failed', recipient: null, command: 'RCPT' },
  ],
  [
    'Unknown address error: Mailbox is inactive',
    "5.1.0 - Unknown address error 550-'Mailbox is inactive'",
    { cause: 'mailbox-inactive', status: '5.1.0', replyCode: 550 },
  ],
];

/** seeds/002: one line per provider reply in its table. */
const SEED_002: [string, string, Expected][] = [
  [
    'Apple: user does not exist',
    'smtp;550 5.1.1 <[email protected]>: user does not exist',
    { cause: 'user-unknown', status: '5.1.1' },
  ],
  [
    'Apple: [CS01] local policy',
    'smtp;550 5.7.1 [CS01] Message rejected due to local policy. Please visit https://i737570706f7274o6170706c65o636f6dz.oszar.com/en-us/HT204137',
    { cause: 'policy-violation', provider: /apple/i, reference: 'CS01' },
  ],
  [
    'AT&T: Addressee unknown',
    'smtp;550 5.2.1 <[email protected]>... Addressee unknown, relay=[x.xx.xx.xx]',
    { cause: 'user-unknown', status: '5.2.1' },
  ],
  [
    'AT&T: blank mailhost - invalid address',
    'smtp;550 5.2.1 <[email protected]>... blank mailhost - invalid address, relay=[x.xx.xx.xx]',
    { cause: 'user-unknown' },
  ],
  [
    'Comcast: recipient mailbox unallocated',
    'smtp;550 5.1.1 <[email protected]> recipient mailbox unallocated',
    { cause: 'user-unknown' },
  ],
  [
    'Comcast: rejected due to DMARC',
    'smtp;550 5.2.0 Message rejected due to DMARC. Please see http://i706f73746d6173746572o636f6d63617374o6e6574z.oszar.com/smtp-error-codes.php#DM000001',
    { cause: 'dmarc-fail', reason: 'authfailure' },
  ],
  [
    'Google: NoSuchUser',
    "smtp;550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. Learn more at https://i737570706f7274o676f6f676c65o636f6dz.oszar.com/mail/?p=NoSuchUser - gsmtp",
    { cause: 'user-unknown', provider: /google/i },
  ],
  [
    'Google: DisabledUser',
    'smtp;550 5.2.1 The email account that you tried to reach is disabled. Learn more at https://i737570706f7274o676f6f676c65o636f6dz.oszar.com/mail/?p=DisabledUser - gsmtp',
    { cause: 'mailbox-disabled', reason: 'suspend', provider: /google/i },
  ],
  [
    'Google: ReceivingRatePerm',
    'smtp;550 5.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered. For more information, please visit https://i737570706f7274o676f6f676c65o636f6dz.oszar.com/mail/?p=ReceivingRatePerm - gsmtp',
    { cause: 'recipient-rate-limited', provider: /google/i },
  ],
  [
    'Google: low reputation of the sending domain',
    'smtp;550 5.7.1 [x.xx.xx.xx] Our system has detected that this message is likely suspicious due to the very low reputation of the sending domain. To best protect our users from spam, the message has been blocked. Please visit https://i737570706f7274o676f6f676c65o636f6dz.oszar.com/mail/answer/188131 for more information. - gsmtp',
    { cause: 'domain-reputation', reason: 'badreputation', side: 'sender' },
  ],
  [
    'Google: likely unsolicited mail',
    'smtp;550 5.7.1 [x.xx.xx.xx] Our system has detected that this message is likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been blocked. Please visit https://i737570706f7274o676f6f676c65o636f6dz.oszar.com/mail/?p=UnsolicitedMessageError for more information. - gsmtp',
    { cause: 'spam-filtered', reason: 'spamdetected' },
  ],
  [
    "Google: domain's DMARC policy",
    "smtp;550 5.7.1 Unauthenticated email from example.com is not accepted due to domain's DMARC policy. Please contact the administrator of example.com domain if this was a legitimate mail. Please visit https://i737570706f7274o676f6f676c65o636f6dz.oszar.com/mail/answer/2451690 to learn about the DMARC initiative. - gsmtp",
    { cause: 'dmarc-fail', reason: 'authfailure' },
  ],
  [
    'Mail.ru: account is disabled',
    'smtp;550 Message was not accepted -- invalid mailbox. Local mailbox [email protected] is unavailable: account is disabled',
    { cause: 'mailbox-disabled' },
  ],
  [
    'Mail.ru: spam message rejected',
    'smtp;550 spam message rejected. Please visit http://i68656c70o6d61696co7275z.oszar.com/notspam-support/id?c=7y4ytdHbuOGv3O50NYTwpz1F-TVIpnactxtFPeFQSDYMAAAAaKgAAOX_3hE~ or report details to [email protected]. Error code: ###. ID: #',
    { cause: 'spam-filtered', provider: /mail\.ru/i },
  ],
  [
    'Outlook: 5.5.0 mailbox unavailable',
    'smtp;550 5.5.0 Requested action not taken: mailbox unavailable. [#.eop-nam12.prod.protection.outlook.com]',
    { cause: 'user-unknown', provider: /microsoft/i },
  ],
  [
    'Outlook: MailFrom domain listed in Spamhaus (S8002)',
    'smtp;550 5.7.1 Service unavailable, MailFrom domain is listed in Spamhaus. To request removal from this list see https://i777777o7370616d68617573o6f7267z.oszar.com/query/lookup/ (S8002) [#.eop-nam02.prod.protection.outlook.com]',
    { cause: 'domain-blocklisted', reference: 'S8002', blocklist: 'spamhaus' },
  ],
  [
    'Outlook: network on our block list (S3150)',
    "smtp;550 5.7.1 Unfortunately, messages from [x.xx.xx.xx] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://i6d61696co6c697665o636f6dz.oszar.com/mail/troubleshooting.aspx#errors. [#.eop-nam02.prod.protection.outlook.com]",
    { cause: 'ip-blocklisted', reason: 'blocked', reference: 'S3150' },
  ],
  [
    'QQ: Mailbox not found',
    'smtp;550 Mailbox not found. http://i73657276696365o65786d61696co7171o636f6dz.oszar.com/cgi-bin/help?subtype=1&&id=20022&&no=1000728',
    { cause: 'user-unknown' },
  ],
  [
    'QQ: Mail content denied',
    'smtp;550 Mail content denied. http://i73657276696365o65786d61696co7171o636f6dz.oszar.com/cgi-bin/help?subtype=1&&id=20022&&no=1000726',
    { cause: 'spam-filtered' },
  ],
  [
    'Web.de: Reject due to SPF policy',
    'smtp;550 <[email protected]>: Reject due to SPF policy. The originating IP of the message is not permitted by the domain owner',
    { cause: 'spf-fail', reason: 'authfailure' },
  ],
  [
    'Web.de: Syntax error in parameters or arguments',
    'smtp;550 <[email protected]>: Syntax error in parameters or arguments',
    { cause: 'syntax-error' },
  ],
  [
    'Web.de: mailbox unavailable',
    'smtp;550 <[email protected]>: Requested action not taken: mailbox unavailable',
    { cause: 'user-unknown' },
  ],
  [
    'Web.de: Bad DNS PTR resource record',
    'smtp;550 <[email protected]>: Bad DNS PTR resource record',
    { cause: 'reverse-dns-missing', reason: 'requireptr' },
  ],
  [
    'Web.de: policy restrictions (header based)',
    'smtp;550 <[email protected]>: Reject due to policy restrictions (header based)',
    { cause: 'policy-violation' },
  ],
  [
    'Web.de: policy restrictions (domain based)',
    'smtp;550 <[email protected]>: Reject due to policy restrictions (domain based)',
    { cause: 'policy-violation' },
  ],
  [
    'Web.de: policy restrictions (IP based)',
    'smtp;550 <[email protected]>: Reject due to policy restrictions (IP based)',
    { cause: 'policy-violation' },
  ],
  [
    'Web.de: Quota exceeded',
    'smtp;550 <[email protected]>: Requested mail action aborted: exceeded storage allocation, Quota exceeded',
    { cause: 'mailbox-full', reason: 'mailboxfull' },
  ],
  [
    'Web.de: IP address is block listed',
    'smtp;550 <[email protected]>: IP address is block listed',
    { cause: 'ip-blocklisted' },
  ],
  [
    'Web.de: Invalid DNS MX or A/AAAA resource record',
    'smtp;550 <[email protected]>: Invalid DNS MX or A/AAAA resource record',
    { cause: 'sender-domain-invalid', side: 'sender' },
  ],
  [
    'Yahoo: relaying denied',
    'smtp;550 relaying denied for <[email protected]>',
    { cause: 'relay-denied', reason: 'norelaying' },
  ],
  ['Zoho: User unknown', 'smtp;550 5.1.1 <[email protected]> User unknown', { cause: 'user-unknown' }],
  [
    'Barracuda: permanent failure (…:blocked)',
    'smtp;550 permanent failure for one or more recipients ([email protected]:blocked)',
    { cause: 'content-filtered', provider: /barracuda/i },
  ],
  [
    'Email Security.cloud: Invalid recipient (#5.1.1)',
    'smtp;550 Invalid recipient <[email protected]> (#5.1.1)',
    { cause: 'user-unknown', status: '5.1.1' },
  ],
  [
    'Exchange Online: 5.4.1 Access denied, as Exchange Online writes it',
    '550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [DM3NAM02FT011.eop-nam02.prod.protection.outlook.com]',
    { cause: 'recipient-not-in-tenant', reason: 'userunknown', status: '5.4.1', provider: /microsoft/i },
  ],
  [
    'Exchange Online: client host blocked using Spamhaus (AS16012611)',
    'smtp;550 5.7.1 Service unavailable, Client host [x.xx.xx.xx] blocked using Spamhaus. To request removal from this list see https://i777777o7370616d68617573o6f7267z.oszar.com/query/ip/0.0.0.0 (AS16012611)',
    { cause: 'ip-blocklisted', reason: 'blocked', blocklist: 'spamhaus', reference: 'AS16012611' },
  ],
  [
    'Exchange Online: Helo domain listed in Spamhaus (S8001)',
    '550 5.7.1 Service unavailable, Helo domain is listed in Spamhaus. To request removal from this list see https://i777777o7370616d68617573o6f7267z.oszar.com/query/lookup/ (S8001) [#.prod.protection.outlook.com]',
    { cause: 'domain-blocklisted', reference: 'S8001' },
  ],
  [
    'Exchange Online: 5.7.606 banned sending IP',
    'smtp;550 5.7.606 Access denied, banned sending IP [x.xx.xx.xx]. To request removal from this list please visit https://i73656e646572o6f6666696365o636f6dz.oszar.com/ and follow the directions. For more information please go to http://i676fo6d6963726f736f6674o636f6dz.oszar.com/fwlink/?LinkID=526655 (AS16012609)',
    { cause: 'ip-blocklisted', status: '5.7.606', provider: /microsoft/i },
  ],
  [
    'FireEye: 5.7.26 ETP205 DMARC Failure',
    'smtp;550 5.7.26 <[email protected]>: ETP205 DMARC Failure for domain',
    { cause: 'dmarc-fail', reason: 'authfailure', provider: /fireeye/i },
  ],
  [
    'Mimecast: envelope blocked',
    'smtp;550 Administrative prohibition - envelope blocked - https://i636f6d6d756e697479o6d696d6563617374o636f6dz.oszar.com/docs/DOC-1369#550 [#]',
    { cause: 'blocked-by-recipient', provider: /mimecast/i },
  ],
  [
    'Mimecast: header based Anti-Spoofing policy',
    'smtp;550 Rejected by header based Anti-Spoofing policy: [email protected] - https://i636f6d6d756e697479o6d696d6563617374o636f6dz.oszar.com/docs/DOC-1369#550 [#]',
    { cause: 'policy-violation', provider: /mimecast/i },
  ],
  [
    'Mimecast: manually Blocked Senders',
    'smtp;550 Rejected by header based manually Blocked Senders: [email protected] - https://i636f6d6d756e697479o6d696d6563617374o636f6dz.oszar.com/docs/DOC-1369#550 [#]',
    { cause: 'blocked-by-recipient', provider: /mimecast/i },
  ],
  [
    'Proofpoint: nested user unknown',
    'smtp;550 5.1.1 <[email protected]>: Recipient address rejected: undeliverable address: host example.com[x.xx.xx.xx] said: 550 5.1.1 <[email protected]>: Recipient address rejected: user unknown',
    { cause: 'user-unknown', status: '5.1.1' },
  ],
  [
    'Proofpoint: not a valid email address',
    'smtp;550 5.1.1 - This is not a valid email address. Please verify that you have the correct email address for your recipient.',
    { cause: 'user-unknown' },
  ],
  [
    'Proofpoint: 5.1.8 Sender address rejected: Domain not found',
    'smtp;550 5.1.8 <[email protected]>: Sender address rejected: Domain not found (in reply to RCPT TO command)',
    { cause: 'sender-domain-invalid', command: 'RCPT', side: 'sender' },
  ],
  [
    'Proofpoint: 5.5.2 need fully-qualified address',
    'smtp;550 5.5.2 <[email protected]>: Sender address rejected: need fully-qualified address (in reply to RCPT TO command)',
    { cause: 'sender-rejected', command: 'RCPT' },
  ],
  [
    'Proofpoint: User email address is marked as invalid',
    'smtp;550 5.7.1 <[email protected]>: Recipient address rejected: User email address is marked as invalid.',
    { cause: 'user-unknown' },
  ],
  [
    'Trend Micro: ERS-Customized-Block',
    'smtp;550 5.7.1 <[email protected]>: Recipient address rejected: ERS-Customized-Block',
    { cause: 'blocked-by-recipient', provider: /trend micro/i },
  ],
];

const SEED_003_004: [string, string, Expected][] = [
  ['550 5.1.1 User unknown', '550 5.1.1 User unknown', { cause: 'user-unknown', status: '5.1.1' }],
  ['550 Recipient address rejected', '550 Recipient address rejected', { cause: 'user-unknown' }],
  [
    'Mailbox Does Not Exist — Giving up',
    'Remote host said: 550 — user@sampleyourdomain.com, this domain [recipient’s domain] Mailbox Does Not Exist — Giving up',
    { cause: 'user-unknown', recipient: 'user@sampleyourdomain.com' },
  ],
  [
    'does not like recipient / Sender verification failed',
    [
      '231.231.231.231 does not like recipient',
      'Remote host said: 550-Verification failed for user@sampleyourdomain.com',
      '550-Previous (cached) callout verification failure',
      '550 Sender verification failed. Giving up on 231.231.231.231',
    ].join('\n'),
    { cause: 'sender-verify-failed', recipient: null, remoteIp: '231.231.231.231' },
  ],
  [
    '5.1.0 Unknown address error Mailbox is inactive',
    '5.1.0 – Unknown address error 550-‘Mailbox is inactive’',
    { cause: 'mailbox-inactive', status: '5.1.0' },
  ],
  ['550 reverse DNS', '550 reverse DNS', { cause: 'reverse-dns-missing', reason: 'requireptr' }],
];

async function check(input: string, expected: Expected): Promise<BounceRecord> {
  const records = await readBounceRecords(input);
  expect(records).toHaveLength(1);
  const r = records[0] as BounceRecord;
  const { provider, reference, blocklist, ...fields } = expected;
  expect(r).toMatchObject(fields);
  if (provider) expect(r.provider).toMatch(provider);
  if (reference) expect(r.referenceCodes).toContain(reference);
  if (blocklist) expect(r.blocklists).toContain(blocklist);
  expect(r.steps.length).toBeGreaterThan(0);
  return r;
}

describe('seeds/000: SMTP error 550', () => {
  it.each(SEED_000)('%s', async (_name, input, expected) => {
    await check(input, expected);
  });
});

describe('seeds/001: SMTP error codes', () => {
  it.each(SEED_001)('%s', async (_name, input, expected) => {
    await check(input, expected);
  });
});

describe('seeds/002: provider replies', () => {
  it.each(SEED_002)('%s', async (_name, input, expected) => {
    await check(input, expected);
  });

  it('Gmail 5.7.26 is an authentication failure', async () => {
    const r = await check(
      '550 5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM. Authentication results: DKIM = did not pass SPF [example.com] with ip: [203.0.113.7] = did not pass - gsmtp',
      { reason: 'authfailure', status: '5.7.26', provider: /google/i, side: 'sender' },
    );
    expect(['auth-failed', 'spf-fail', 'dkim-fail', 'dmarc-fail']).toContain(r.cause);
  });
});

describe('seeds/003 and 004: 550 fixes', () => {
  it.each(SEED_003_004)('%s', async (_name, input, expected) => {
    await check(input, expected);
  });
});

describe('an x.7.1 blocklist reply is never "user unknown"', () => {
  const blocklistReplies = [
    ...SEED_002.filter(([, , e]) => e.blocklist).map(([, line]) => line),
    '550 5.7.1 <bob@example.org>: Recipient address rejected: Your IP 203.0.113.7 is listed in zen.spamhaus.org',
    '554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using b.barracudacentral.org; http://www.barracudanetworks.com/reputation/?pr=1&ip=203.0.113.7',
    '550 5.7.1 Mail from 203.0.113.7 refused: listed at bl.spamcop.net',
  ];
  it.each(blocklistReplies)('%s', async (line) => {
    const [r] = await readBounceRecords(line);
    expect(r?.cause).toMatch(/blocklisted$/);
    expect(r?.reason).toBe('blocked');
    expect(r?.blocklists.length).toBeGreaterThan(0);
  });
});
