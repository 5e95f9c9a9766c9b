import { describe, expect, it } from 'vitest';
import { detectProvider, findReferenceCodes } from '../../../src/bounce/detect-provider.js';
import { hasCause } from '../../../src/causes/catalogue.js';
import { findProvider, lookupCode, PROVIDERS } from '../../../src/knowledge/providers.js';

const REQUIRED = [
  'apple',
  'att',
  'comcast',
  'google',
  'microsoft',
  'yahoo',
  'zoho',
  'mailru',
  'tencent',
  'webde',
  'gmx',
  'orange',
  'yandex',
  'proofpoint',
  'mimecast',
  'barracuda',
  'trendmicro',
  'fireeye',
  'messagelabs',
  'cisco',
  'sophos',
  'amazonses',
  'sendgrid',
  'mailgun',
  'postmark',
  'fastmail',
  'cox',
  'spectrum',
  'verizon',
  'godaddy',
  'docomo',
  'kddi',
  'softbank',
  'biglobe',
  'free',
  'libero',
  'naver',
  'netease',
];

describe('provider data', () => {
  it('has every provider the product promises, once', () => {
    const ids = PROVIDERS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of REQUIRED) expect(findProvider(id)?.id, id).toBe(id);
    expect(findProvider('nope')).toBeUndefined();
  });

  it.each(PROVIDERS.map((p) => [p.id, p] as const))('%s is well-formed', (_id, p) => {
    expect(p.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(p.name.length).toBeGreaterThan(1);
    // Exchange Server is told from Microsoft 365 by detectProvider, from the generating server.
    if (p.id !== 'exchange-server') expect(p.hosts.length + p.markers.length).toBeGreaterThan(0);
    for (const host of p.hosts) expect(host).toMatch(/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/);
    for (const marker of p.markers) {
      expect(marker).toBe(marker.toLowerCase());
      expect(marker.trim().length).toBeGreaterThanOrEqual(5);
    }
    if (p.postmaster) expect(p.postmaster).toMatch(/^https:\/\/[a-z0-9.-]+\//);
    for (const [code, meaning] of Object.entries(p.codes ?? {})) {
      expect(code).toBe(code.toUpperCase());
      expect(hasCause(meaning.cause), `${code} → ${meaning.cause}`).toBe(true);
      expect(meaning.note.length).toBeGreaterThan(5);
    }
    for (const [status, cause] of Object.entries(p.statusOverrides ?? {})) {
      expect(status).toMatch(/^[245]\.\d{1,3}\.\d{1,3}$/);
      expect(hasCause(cause), `${status} → ${cause}`).toBe(true);
    }
    for (const phrase of p.phrases ?? []) {
      expect(phrase.text).toBe(phrase.text.toLowerCase());
      expect(hasCause(phrase.cause), `${phrase.text} → ${phrase.cause}`).toBe(true);
      if (phrase.side) expect(['sender', 'recipient', 'either']).toContain(phrase.side);
    }
  });

  it('records the codes providers overload', () => {
    expect(findProvider('microsoft')?.statusOverrides?.['5.4.1']).toBe('recipient-not-in-tenant');
    expect(findProvider('microsoft')?.statusOverrides?.['5.1.10']).toBe('user-unknown');
    expect(findProvider('microsoft')?.statusOverrides?.['5.7.620']).toBe('ip-blocklisted');
    expect(findProvider('google')?.statusOverrides?.['5.7.26']).toBe('auth-failed');
    expect(findProvider('google')?.statusOverrides?.['5.2.1']).toBe('mailbox-disabled');
    expect(findProvider('google')?.statusOverrides?.['4.7.23']).toBe('reverse-dns-missing');
    expect(findProvider('att')?.statusOverrides?.['5.2.1']).toBe('user-unknown');
  });

  it('looks a code up in its provider first, then in every provider', () => {
    const microsoft = findProvider('microsoft');
    expect(lookupCode('S3150', microsoft)?.code.cause).toBe('ip-blocklisted');
    expect(lookupCode('IB508', microsoft)?.provider.id).toBe('godaddy');
    expect(lookupCode('TSS04')?.provider.id).toBe('yahoo');
    expect(lookupCode('NOPE1')).toBeUndefined();
  });
});

/**
 * Real replies from seeds/002 (a table of provider replies), verbatim, including the page's
 * "[email protected]" address obfuscation and its rewritten links. `hosts` is the MX that would have sent
 * the reply, for lines whose words do not name the provider.
 */
const SEED_LINES: { id: string; line: string; hosts?: string[] }[] = [
  {
    id: 'apple',
    line: 'smtp;550 5.1.1 <[email protected]>: user does not exist',
    hosts: ['mx01.mail.icloud.com'],
  },
  {
    id: 'apple',
    line: 'smtp;550 5.7.1 [CS01] Message rejected due to local policy. Please visit https://i737570706f7274o6170706c65o636f6dz.oszar.com/en-us/HT204137',
  },
  {
    id: 'att',
    line: 'smtp;550 5.2.1 <[email protected]>... Addressee unknown, relay=[x.xx.xx.xx]',
    hosts: ['ff-ip4-mx-vip1.prodigy.net'],
  },
  {
    id: 'comcast',
    line: 'smtp;550 5.1.1 <[email protected]> recipient mailbox unallocated',
    hosts: ['mx2c1.comcast.net'],
  },
  {
    id: 'google',
    line: "smtp;550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. Learn more at https://i737570706f7274o676f6f676c65o636f6dz.oszar.com/mail/?p=NoSuchUser - gsmtp",
  },
  {
    id: 'google',
    line: 'smtp;550 5.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered. For more information, please visit https://i737570706f7274o676f6f676c65o636f6dz.oszar.com/mail/?p=ReceivingRatePerm - gsmtp',
  },
  {
    id: 'google',
    line: "smtp;550 5.7.1 Unauthenticated email from example.com is not accepted due to domain's DMARC policy. Please contact the administrator of example.com domain if this was a legitimate mail. Please visit https://i737570706f7274o676f6f676c65o636f6dz.oszar.com/mail/answer/2451690 to learn about the DMARC initiative. - gsmtp",
  },
  {
    id: 'mailru',
    line: 'smtp;550 spam message rejected. Please visit http://i68656c70o6d61696co7275z.oszar.com/notspam-support/id?c=7y4ytdHbuOGv3O50NYTwpz1F-TVIpnactxtFPeFQSDYMAAAAaKgAAOX_3hE~ or report details to [email protected]. Error code: ###. ID: #',
  },
  {
    id: 'mailru',
    line: 'smtp;550 Message was not accepted -- invalid mailbox. Local mailbox [email protected] is unavailable: account is disabled',
    hosts: ['mxs.mail.ru'],
  },
  {
    id: 'microsoft',
    line: 'smtp;550 5.5.0 Requested action not taken: mailbox unavailable. [#.eop-nam12.prod.protection.outlook.com]',
  },
  {
    id: 'microsoft',
    line: "smtp;550 5.7.1 Unfortunately, messages from [x.xx.xx.xx] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://i6d61696co6c697665o636f6dz.oszar.com/mail/troubleshooting.aspx#errors. [#.eop-nam02.prod.protection.outlook.com]",
  },
  {
    id: 'microsoft',
    line: 'smtp;550 5.7.606 Access denied, banned sending IP [x.xx.xx.xx]. To request removal from this list please visit https://i73656e646572o6f6666696365o636f6dz.oszar.com/ and follow the directions. For more information please go to http://i676fo6d6963726f736f6674o636f6dz.oszar.com/fwlink/?LinkID=526655 (AS16012609)',
  },
  {
    id: 'microsoft',
    line: 'smtp;550 5.4.1 [[email protected]]: Recipient address rejected: Access denied [example.com]',
    hosts: ['example-com.mail.protection.outlook.com'],
  },
  {
    id: 'tencent',
    line: 'smtp;550 Mailbox not found. http://i73657276696365o65786d61696co7171o636f6dz.oszar.com/cgi-bin/help?subtype=1&&id=20022&&no=1000728',
  },
  {
    id: 'webde',
    line: 'smtp;550 <[email protected]>: Reject due to SPF policy. The originating IP of the message is not permitted by the domain owner',
    hosts: ['mx-ha03.web.de'],
  },
  { id: 'yahoo', line: 'smtp;550 relaying denied for <[email protected]>', hosts: ['mta5.am0.yahoodns.net'] },
  { id: 'zoho', line: 'smtp;550 5.1.1 <[email protected]> User unknown', hosts: ['mx.zoho.com'] },
  {
    id: 'barracuda',
    line: 'smtp;550 permanent failure for one or more recipients ([email protected]:blocked)',
  },
  {
    id: 'messagelabs',
    line: 'smtp;550 Invalid recipient <[email protected]> (#5.1.1)',
    hosts: ['cluster1.eu.messagelabs.com'],
  },
  { id: 'fireeye', line: 'smtp;550 5.7.26 <[email protected]>: ETP205 DMARC Failure for domain' },
  {
    id: 'mimecast',
    line: 'smtp;550 Administrative prohibition - envelope blocked - https://i636f6d6d756e697479o6d696d6563617374o636f6dz.oszar.com/docs/DOC-1369#550 [#]',
  },
  {
    id: 'proofpoint',
    line: 'smtp;550 5.1.8 <[email protected]>: Sender address rejected: Domain not found (in reply to RCPT TO command)',
    hosts: ['mx0a-00123401.pphosted.com'],
  },
  {
    id: 'trendmicro',
    line: 'smtp;550 5.7.1 <[email protected]>: Recipient address rejected: ERS-Customized-Block.',
  },
  // seeds/000 and 001: the sender's own outbound appliance
  { id: 'cyberoam', line: 'Response: 550 Cyberoam Anti Spam Engine has identified this email as a spam.' },
];

describe('detectProvider on the seed replies', () => {
  it.each(SEED_LINES.map((s) => [s.id, s.line, s.hosts ?? []] as const))('%s: %s', (id, line, hosts) => {
    expect(detectProvider({ hosts, text: line.toLowerCase() })?.id).toBe(id);
  });

  it('does not guess a provider from generic wording alone', () => {
    expect(
      detectProvider({ hosts: [], text: 'smtp;550 5.1.1 <[email protected]> user unknown' }),
    ).toBeUndefined();
    expect(
      detectProvider({
        hosts: [],
        text: '550 5.1.1 <nosuchuser@example.com>: recipient address rejected: user unknown',
      }),
    ).toBeUndefined();
  });
});

describe('findReferenceCodes in real-looking replies', () => {
  const codes = (text: string, providerId?: string) =>
    findReferenceCodes(text, providerId ? findProvider(providerId) : undefined);

  it('finds Apple CS01', () => {
    expect(
      codes(
        '550 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137',
        'apple',
      ),
    ).toEqual(['CS01']);
  });

  it('finds Microsoft S3150, AS codes and AS(…)', () => {
    expect(
      codes(
        "550 5.7.1 Unfortunately, messages from [203.0.113.7] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). [AM4PEPF00027A6C.eurprd04.prod.protection.outlook.com]",
      ),
    ).toEqual(['S3150']);
    expect(
      codes('550 5.7.606 Access denied, banned sending IP [203.0.113.7]. (AS16012609)', 'microsoft'),
    ).toEqual(['AS16012609']);
    expect(
      codes('550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [x.prod.outlook.com]'),
    ).toEqual(['AS(201806281)']);
  });

  it('finds Yahoo TSS04 and BL21', () => {
    expect(
      codes(
        '421 4.7.0 [TSS04] Messages from 192.0.2.25 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes',
      ),
    ).toEqual(['TSS04']);
    expect(
      codes(
        "553 5.7.1 [BL21] Connections will not be accepted from 192.0.2.25, because the ip is in Spamhaus's list; see http://postmaster.yahoo.com/550-bl23.html",
        'yahoo',
      ),
    ).toEqual(['BL21']);
  });

  it('finds codes without brackets when they are known', () => {
    expect(
      codes(
        'smtp;550 5.2.0 Message rejected due to DMARC. Please see http://postmaster.comcast.net/smtp-error-codes.php#DM000001',
      ),
    ).toEqual(['DM000001']);
    expect(
      codes('550 5.1.1 <k@example.com>  - 203.0.113.222 has sent to too many recipients this hour. IB607'),
    ).toEqual(['IB607']);
    expect(
      codes(
        'smtp;550 Mailbox not found. http://service.exmail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000728',
        'tencent',
      ),
    ).toEqual(['1000728']);
    expect(
      codes('550 5.7.1 <a@example.com>: Recipient address rejected: ERS-Customized-Block.', 'trendmicro'),
    ).toEqual(['ERS-CUSTOMIZED-BLOCK']);
  });

  it('reads Cox, Spectrum and Orange code families', () => {
    expect(codes('550 5.1.0 <b@example.com> sender rejected. Refer to … AUP#CDRBL')).toEqual(['AUP#CDRBL']);
    expect(codes('550 5.1.0 <b@example.com> sender rejected. … AUP#In-1310')).toEqual(['AUP#IN-1310']);
    expect(codes('550 5.7.1 … AUP#O-1310 and AUP#1320')).toEqual(['AUP#OUT-1310', 'AUP#1320']);
    expect(
      codes('550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]'),
    ).toEqual(['OFR_416']);
    expect(codes('550 5.5.0 Adresse destinataire invalide. Invalid recipient. LPN007_416')).toEqual([
      'LPN_416',
    ]);
    expect(findProvider('spectrum')?.codes?.['AUP#1310']?.cause).toBe('too-many-connections');
    expect(findProvider('spectrum')?.codes?.['AUP#IN-1310']?.cause).toBe('too-many-connections');
    expect(findProvider('laposte')?.codes?.LPN_416?.cause).toBe('user-unknown');
  });

  it('ignores IP addresses, numbers, hosts and hex ids in brackets', () => {
    expect(
      codes(
        '550 5.7.1 [203.0.113.7] blocked [416] (#5.1.1) [AM4PEPF00027A6C.eurprd04.prod.protection.outlook.com] (in reply to RCPT TO command) [NG5X6YLY2QZK8T7B1]',
      ),
    ).toEqual([]);
  });
});
