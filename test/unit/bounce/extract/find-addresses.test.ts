import { describe, expect, it } from 'vitest';
import {
  ADDRESS_SOURCE,
  CJK_LETTERS,
  cleanAddress,
  findAddresses,
  firstAddress,
  replaceAddresses,
  WIDE_LETTERS,
} from '../../../../src/bounce/extract/addresses.js';
import { randomTexts, realTexts } from './sample-texts.js';

// The pattern the scan from each "@" stands in for: an address not glued to local-part characters (its
// local part may start after CJK letters).
const PATTERN = new RegExp(ADDRESS_SOURCE, 'g');

function byPattern(text: string): { address: string; index: number }[] {
  return [...text.matchAll(PATTERN)].map((m) => {
    const address = cleanAddress(m[0]);
    return { address, index: m.index + m[0].toLowerCase().indexOf(address) };
  });
}

describe('findAddresses', () => {
  it('finds addresses as bounces write them', () => {
    const text = '550 5.1.1 <Bob.Smith@Example.org>: unknown; also "carol@mail.example.co.jp".';
    expect(findAddresses(text)).toEqual([
      { address: 'bob.smith@example.org', index: 11 },
      { address: 'carol@mail.example.co.jp', index: 50 },
    ]);
    expect(firstAddress(text)).toBe('bob.smith@example.org');
    expect(replaceAddresses(text, '_')).toBe('550 5.1.1 <_>: unknown; also "_".');
  });

  it('ends an address at CJK and full-width punctuation, as Chinese and Japanese notices write it', () => {
    expect(findAddresses('收件人：bob@example.org，因为对方拒收。').map((a) => a.address)).toEqual([
      'bob@example.org',
    ]);
    expect(firstAddress('宛先「carol@example.jp」へ')).toBe('carol@example.jp');
    expect(firstAddress('ｂｏｂ@例え.jp')).toBe('ｂｏｂ@例え.jp');
  });

  it('leaves typographic quotes and invisible direction marks out, as Word and right-to-left clients type them', () => {
    const text = '“bob@example.org” and \u200f\u200ecarol@example.co.il\u200e, \ufeffdan@example.ae';
    const want = ['bob@example.org', 'carol@example.co.il', 'dan@example.ae'];
    expect(findAddresses(text).map((a) => a.address)).toEqual(want);
    expect(byPattern(text).map((a) => a.address)).toEqual(want);
  });

  it('gives the offset where the address itself starts, past quotes, a field name or a printed dict', () => {
    expect(findAddresses("{'bob@example.com': (550, b'5.1.1 …')}")).toEqual([
      { address: 'bob@example.com', index: 2 },
    ]);
    expect(findAddresses("'alice@example.org' on 3/2/2026")).toEqual([
      { address: 'alice@example.org', index: 1 },
    ]);
    expect(findAddresses('to=carol@example.net, relay=x')).toEqual([
      { address: 'carol@example.net', index: 3 },
    ]);
    expect(firstAddress("{'dave@example.com'}")).toBe('dave@example.com');
  });

  it('ends an address where its final label changes script, as text glued to it after the TLD', () => {
    expect(firstAddress('kijitora@example.jp您好，')).toBe('kijitora@example.jp');
    expect(firstAddress('bob@example.org안녕하세요')).toBe('bob@example.org');
    expect(firstAddress('carol@example.co.jpです。')).toBe('carol@example.co.jp');
    expect(firstAddress('dave@example.ruпривет')).toBe('dave@example.ru');
    expect(firstAddress('kijitora@example.jp، مرحبا')).toBe('kijitora@example.jp');
    expect(replaceAddresses('kijitora@example.jp您好，', '_')).toBe('_您好，');
  });

  it('keeps internationalised domains whole, a final label in one script', () => {
    expect(firstAddress('bob@例え.jp')).toBe('bob@例え.jp');
    expect(firstAddress('bob@example.中国')).toBe('bob@example.中国');
    expect(firstAddress('bob@例え.テスト')).toBe('bob@例え.テスト');
    expect(firstAddress('bob@пример.рф')).toBe('bob@пример.рф');
    expect(firstAddress('bob@bücher.de')).toBe('bob@bücher.de');
    // A non-ASCII final label runs into ASCII the same way: it ends at the change.
    expect(firstAddress('bob@example.中国Thanks')).toBe('bob@example.中国');
  });

  it('starts a local part after the CJK words glued before it, unless it ends in CJK itself', () => {
    expect(firstAddress('宛先kijitora@example.jpは存在しません')).toBe('kijitora@example.jp');
    expect(firstAddress('收件人bob@example.org不存在')).toBe('bob@example.org');
    expect(firstAddress('받는사람bob@example.org')).toBe('bob@example.org');
    expect(firstAddress('山田@例え.jp')).toBe('山田@例え.jp');
    expect(firstAddress('josé@example.com')).toBe('josé@example.com');
    // The local part after the CJK run is what counts against 64, not the run.
    expect(firstAddress(`${'字'.repeat(70)}bob@example.org`)).toBe('bob@example.org');
  });

  it('CJK letters are wide letters: the local and domain classes agree on them', () => {
    const wide = new RegExp(`^[${WIDE_LETTERS}]$`);
    const cjk = new RegExp(`^[${CJK_LETTERS}]$`);
    for (let c = 0x80; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (cjk.test(ch)) expect(wide.test(ch), c.toString(16)).toBe(true);
    }
  });

  it('matches the pattern on awkward texts', () => {
    const pieces = [
      'a',
      'bob',
      '@',
      '.',
      'x.org',
      '-',
      ' ',
      'é',
      '<',
      '>',
      '"',
      'q'.repeat(70),
      '1',
      '..',
      '@@',
      'co',
      '收件人',
      '：',
      '，',
      '。',
      'ｂｏｂ',
      '\uff00',
      '\u303f',
      '\u3040',
      'jp',
      '您好',
      '안녕',
      'рф',
      '宛先',
      'は',
      '字'.repeat(60),
      'ｂ',
      '{',
      '}',
      '{bob@x.org}',
    ];
    let seed = 11;
    for (let n = 0; n < 3000; n++) {
      let text = '';
      for (let k = 0; k < 10; k++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        text += pieces[seed % pieces.length];
      }
      const want = byPattern(text);
      expect(findAddresses(text)).toEqual(want);
      expect(firstAddress(text)).toBe(want[0]?.address);
      expect(replaceAddresses(text, '#')).toBe(text.replace(PATTERN, '#'));
    }
  });

  it("starts an address after a URL's path and query, and after a log field's name", () => {
    expect(firstAddress('see https://mx.example.net/check?addr=alice@example.org now')).toBe(
      'alice@example.org',
    );
    expect(firstAddress('http://example.net/u?email=bob@example.com&x=1')).toBe('bob@example.com');
    expect(firstAddress('to=bob@example.com, delay=00:00:01')).toBe('bob@example.com');
    expect(firstAddress('rcpt=carol@example.org')).toBe('carol@example.org');
    // Authentication-Results and Received-SPF properties.
    expect(firstAddress('spf=softfail smtp.mailfrom=alice@example.net;')).toBe('alice@example.net');
    expect(firstAddress('dmarc=fail header.from=alice@example.net')).toBe('alice@example.net');
    expect(firstAddress('(envelope-from=bounce@example.net)')).toBe('bounce@example.net');
    // Other "=" belong to the local part: SRS and BATV addresses are real addresses.
    expect(firstAddress('SRS0=HHH=TT=example.com=bob@forwarder.example')).toBe(
      'srs0=hhh=tt=example.com=bob@forwarder.example',
    );
    expect(firstAddress('prvs=1234abcd=bob@example.com')).toBe('prvs=1234abcd=bob@example.com');
    expect(firstAddress('a/b=c@example.com')).toBe('a/b=c@example.com');
  });

  it("reads PowerShell's list brace around an address as the list's, not the local part's", () => {
    expect(findAddresses('Recipients      : {bob@example.org}')).toEqual([
      { address: 'bob@example.org', index: 19 },
    ]);
    expect(replaceAddresses('{bob@example.org}', '_')).toBe('{_}');
    expect(firstAddress('{{bob@example.org}}')).toBe('{bob@example.org');
    expect(firstAddress('{宛先@例え.jp}')).toBe('宛先@例え.jp');
    expect(firstAddress('收件人{bob@example.org}')).toBe('bob@example.org');
    // A brace that does not close right after the domain is the local part's.
    expect(firstAddress('{bob@example.org')).toBe('{bob@example.org');
    expect(firstAddress('{bob}@example.org')).toBe('{bob}@example.org');
    expect(firstAddress('{@example.org}')).toBe('{@example.org');
    expect(firstAddress(`{${'a'.repeat(63)}@example.org}`)).toBe(`${'a'.repeat(63)}@example.org`);
  });

  it('skips a local part longer than 64 characters, and what follows an address glued to it', () => {
    expect(findAddresses(`${'a'.repeat(65)}@example.org`)).toEqual([]);
    expect(findAddresses(`${'a'.repeat(64)}@example.org`)).toHaveLength(1);
    expect(findAddresses('a@b.com.x@y.com')).toEqual(byPattern('a@b.com.x@y.com'));
  });

  it("takes Exchange's long encapsulated addresses and address literals whole", () => {
    const imceaex = `IMCEAEX-_O=EXAMPLE_OU=EXCHANGE+20ADMINISTRATIVE+20GROUP_CN=RECIPIENTS_CN=${'J'.repeat(40)}@example.com`;
    expect(firstAddress(`Final-Recipient: rfc822;${imceaex}`)).toBe(imceaex.toLowerCase());
    expect(findAddresses(`x${imceaex}`)).toEqual([]);
    expect(findAddresses(`see ${imceaex} and x${imceaex}`)).toEqual(
      byPattern(`see ${imceaex} and x${imceaex}`),
    );
    expect(firstAddress('<postmaster@[192.0.2.1]>')).toBe('postmaster@[192.0.2.1]');
    expect(firstAddress('<bob@[IPv6:2001:db8::1]>: rejected')).toBe('bob@[ipv6:2001:db8::1]');
    expect(firstAddress('bob@[example.org]')).toBeUndefined();
  });

  it('matches the pattern on real bounces and their lines', () => {
    for (const text of realTexts()) {
      const want = byPattern(text);
      expect(findAddresses(text)).toEqual(want);
      expect(firstAddress(text)).toBe(want[0]?.address);
      expect(replaceAddresses(text, '#')).toBe(text.replace(PATTERN, '#'));
    }
  });

  it('cleans an address as trimming the patterns would', () => {
    for (const text of randomTexts(["'", '"', '=', '.', 'A', 'b@', 'x.org', '..'], 5000, 6)) {
      expect(cleanAddress(text)).toBe(
        text
          .replace(/^['"=]+/, '')
          .replace(/[.'"]+$/, '')
          .toLowerCase(),
      );
    }
  });
});
