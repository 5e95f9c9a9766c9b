import { describe, expect, it } from 'vitest';
import {
  detectProvider,
  findBlocklists,
  findReferenceCodes,
  hostMatches,
  indexOfWord,
} from '../../../src/bounce/detect-provider.js';

const id = (hosts: string[], text = '') => detectProvider({ hosts, text })?.id;

describe('hostMatches', () => {
  it('matches on a label boundary only', () => {
    expect(hostMatches('google.com', 'google.com')).toBe(true);
    expect(hostMatches('gmail-smtp-in.l.google.com', 'google.com')).toBe(true);
    expect(hostMatches('evilgoogle.com', 'google.com')).toBe(false);
    expect(hostMatches('google.com.evil.example', 'google.com')).toBe(false);
    expect(hostMatches('com', 'google.com')).toBe(false);
  });
});

describe('detectProvider', () => {
  it('recognises MX and reporting hosts', () => {
    expect(id(['gmail-smtp-in.l.google.com'])).toBe('google');
    expect(id(['example-com.mail.protection.outlook.com'])).toBe('microsoft');
    expect(id(['mta6.am0.yahoodns.net'])).toBe('yahoo');
    expect(id(['mx-aol.mail.gm0.yahoodns.net'])).toBe('yahoo');
    expect(id(['mx0b-00190b01.pphosted.com'])).toBe('proofpoint');
    expect(id(['eu-smtp-inbound-1.mimecast.com'])).toBe('mimecast');
    expect(id(['smtp.secureserver.net'])).toBe('godaddy');
    expect(id(['mfsmax.docomo.ne.jp'])).toBe('docomo');
  });

  it('refuses look-alike hosts', () => {
    expect(id(['evilgoogle.com'])).toBeUndefined();
    expect(id(['google.com.attacker.example'])).toBeUndefined();
    expect(id(['notoutlook.com', 'mail.fakeyahoo.com', 'pphosted.com.example.net'])).toBeUndefined();
  });

  it('cleans host names as written in DSNs', () => {
    expect(id(['ASPMX.L.GOOGLE.COM.'])).toBe('google');
    expect(id(['mx1.comcast.net [96.114.157.80]'])).toBe('comcast');
  });

  it('lets hosts win over text markers, in the order given', () => {
    expect(id(['mx.zoho.com'], '550 5.1.1 something - gsmtp')).toBe('zoho');
    expect(id(['mx.example.org', 'mx01.mail.icloud.com'], '')).toBe('apple');
    expect(id(['mx.example.org'], 'see https://support.google.com/mail/?p=nosuchuser - gsmtp')).toBe(
      'google',
    );
  });

  it('prefers the longest matching suffix', () => {
    expect(id(['cxr.mx.a.cloudfilter.net'])).toBe('cox');
  });

  it('treats sending services as carriers of the receiver’s words', () => {
    const spectrum = {
      hosts: ['d217-29.smtp-out.amazonses.com'],
      text: '550 5.1.0 <x@amazonses.com> sender rejected. please see https://www.spectrum.net/support/internet/understanding-email-error-codes for more information. aup#in-1310',
    };
    expect(detectProvider(spectrum)?.id).toBe('spectrum');
    expect(id(['a8-50.smtp-out.amazonses.com'], 'amazon ses has suppressed sending to this address')).toBe(
      'amazonses',
    );
    expect(id(['d217-29.smtp-out.amazonses.com', 'charter.net'])).toBe('spectrum');
  });

  it('takes the marker that appears first', () => {
    expect(id([], 'reply from x.prod.protection.outlook.com, forwarded by mx.mimecast.com')).toBe(
      'microsoft',
    );
  });

  it('accepts upper-case text too', () => {
    expect(id([], '550 5.7.1 REJECTED - GSMTP')).toBe('google');
  });
});

describe('indexOfWord', () => {
  it('finds whole words only', () => {
    expect(indexOfWord('blocked using spamcop.', 'spamcop')).toBe(14);
    expect(indexOfWord('notspamcop spamcop', 'spamcop')).toBe(11);
    expect(indexOfWord('spamcopy', 'spamcop')).toBe(-1);
    expect(indexOfWord('anything', '')).toBe(-1);
  });
});

describe('linear time on hostile input', () => {
  const big = (unit: string) => unit.repeat(Math.ceil(2_000_000 / unit.length));

  it.each([
    ['brackets', '[[[[(((('],
    ['almost codes', '[ab12'],
    ['AS( runs', 'as(1234'],
    ['AUP runs', 'aup#aup#-'],
    ['France-like', 'ofr0_41'],
    ['markers', 'spamhau'],
    ['token runs', 'a-b_c-'],
  ])('%s', (_name, unit) => {
    const text = big(unit);
    const started = performance.now();
    findReferenceCodes(text);
    findBlocklists(text);
    detectProvider({ hosts: ['x'.repeat(10_000)], text });
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
