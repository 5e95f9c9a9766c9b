import { describe, expect, it } from 'vitest';
import {
  detectProvider,
  findBlocklists,
  findReferenceCodes,
  hostEnd,
  hostMatches,
  indexOfWord,
  withCodeLists,
} from '../../../src/bounce/detect-provider.js';
import { findProvider, PROVIDERS, type Provider } from '../../../src/knowledge/providers.js';

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
    // Hosted filters and the shared-hosting outbound relay.
    expect(id(['mx1-eu.antispamcloud.com'])).toBe('mailassure');
    expect(id(['cloud2.spamtitan.com'])).toBe('spamtitan');
    expect(id(['inbound.arsmtp.com'])).toBe('appriver');
    expect(id(['mailstream-east.mxrecord.io'])).toBe('cloudflare-email');
    expect(id(['relay.mailchannels.net'])).toBe('mailchannels');
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

  it('names the mailbox provider a forwarder quotes, else the forwarder', () => {
    const upstream =
      "550 5.7.1 upstream error: 550-5.7.26 unauthenticated email from example.com is not accepted due to domain's dmarc policy. 5.7.26 - gsmtp";
    expect(id(['route1.mx.cloudflare.net'], upstream)).toBe('google');
    expect(id(['route1.mx.cloudflare.net'], '550 5.1.1 address does not exist')).toBe('cloudflare-routing');
    expect(id([], 'the alias is disabled (simplelogin)')).toBe('simplelogin');
    // A forwarder's own host outranks a receiver the notice only reports for (its author, googlemail.com).
    expect(
      detectProvider({
        hosts: ['route1.mx.cloudflare.net'],
        text: '550 5.1.1 no such alias',
        later: ['googlemail.com'],
      })?.id,
    ).toBe('cloudflare-routing');
  });

  it('takes the marker that appears first', () => {
    expect(id([], 'reply from x.prod.protection.outlook.com, forwarded by mx.mimecast.com')).toBe(
      'microsoft',
    );
  });

  it('names Symantec Email Security.cloud by the troubleshooting link its replies carry', () => {
    expect(
      id(
        [],
        '553-SPF (Sender Policy Framework) domain authentication fail. Refer to the Troubleshooting page at http://www.symanteccloud.com/troubleshooting for more details. [cluster:44] 553 Message Filtered',
      ),
    ).toBe('messagelabs');
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

/** The plain reading: each kind of provider looked for on its own, hosts then text (what the code must match). */
function referenceProvider(hosts: readonly string[], rawText: string): Provider | undefined {
  const text = rawText.toLowerCase();
  const normalized = hosts
    .map((raw) => {
      let host = raw.trim().toLowerCase();
      const cut = host.search(/[\s[(]/);
      if (cut >= 0) host = host.slice(0, cut);
      while (host.endsWith('.')) host = host.slice(0, -1);
      return host;
    })
    .filter((h) => h.length > 0);
  const byHost = (providers: readonly Provider[]) => {
    for (const host of normalized) {
      const labels = host.split('.');
      for (let i = 0; i < labels.length; i++) {
        const suffix = labels.slice(i).join('.');
        const found = providers.find((p) => p.hosts.includes(suffix));
        if (found) return found;
      }
    }
    return undefined;
  };
  const byMarker = (providers: readonly Provider[]) => {
    let best: { at: number; provider: Provider } | undefined;
    for (const provider of providers) {
      for (const marker of provider.markers) {
        const at = text.indexOf(marker);
        if (at >= 0 && (!best || at < best.at)) best = { at, provider };
      }
    }
    return best?.provider;
  };
  const receivers = PROVIDERS.filter((p) => p.kind !== 'sending-service' && p.kind !== 'forwarder');
  const forwarders = PROVIDERS.filter((p) => p.kind === 'forwarder');
  const sending = PROVIDERS.filter((p) => p.kind === 'sending-service');
  return (
    byHost(receivers) ??
    byMarker(receivers) ??
    byHost(forwarders) ??
    byMarker(forwarders) ??
    byHost(sending) ??
    byMarker(sending)
  );
}

describe('detectProvider against the plain reading', () => {
  it('agrees on hosts and texts made of the real hosts and markers', () => {
    const hosts = PROVIDERS.flatMap((p) => p.hosts);
    const markers = PROVIDERS.flatMap((p) => p.markers);
    const noise = ['example.net', 'mx1.', 'smtp', ' [192.0.2.1]', 'EVIL', 'x', '', '. ', '(', 'MX.'];
    let seed = 11;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const pick = (list: readonly string[]) => list[random(list.length)] ?? '';
    for (let i = 0; i < 3000; i++) {
      const hostList = Array.from({ length: random(4) }, () => {
        const host = random(3) === 0 ? pick(noise) : pick(hosts);
        return `${random(2) ? pick(noise) : ''}${random(2) ? `${pick(noise)}.` : ''}${host}${random(4) === 0 ? pick(noise) : ''}`;
      });
      const text = Array.from({ length: random(5) }, () =>
        random(2) ? pick(markers).toUpperCase() : pick(noise),
      ).join(random(2) ? ' ' : '');
      expect(detectProvider({ hosts: hostList, text })?.id, JSON.stringify({ hostList, text })).toBe(
        referenceProvider(hostList, text)?.id,
      );
    }
  });

  it('cuts a host where /[\\s[(]/ would, on any characters', () => {
    const pieces = [
      'a',
      '.',
      '[',
      '(',
      ' ',
      '\t',
      '\u00a0',
      '\u2009',
      '\u3000',
      '\ufeff',
      'é',
      ')',
      ']',
      '\u200b',
    ];
    let seed = 5;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let i = 0; i < 5000; i++) {
      const host = Array.from({ length: random(8) }, () => pieces[random(pieces.length)]).join('');
      expect(hostEnd(host), JSON.stringify(host)).toBe(host.search(/[\s[(]/));
    }
    for (let c = 0; c < 0x10000; c++) {
      const host = `a${String.fromCharCode(c)}`;
      expect(hostEnd(host), c.toString(16)).toBe(host.search(/[\s[(]/));
    }
  });
});

describe('hosts that only report or stand for a receiver', () => {
  it('name a provider after the remote host and the text', () => {
    const later = (hosts: string[], text: string, after: string[]) =>
      detectProvider({ hosts, text, later: after })?.id;
    expect(later(['mx.example.org'], '550 5.1.1 user unknown', ['googlemail.com'])).toBe('google');
    expect(later([], '550 5.4.1 access denied. as(201806281)', ['googlemail.com'])).toBe('microsoft');
    expect(later(['mx0a-001.pphosted.com'], '550 5.1.1 - gsmtp', ['googlemail.com'])).toBe('proofpoint');
    // The reporting MTA before the recipient's domain, that before the notice's author.
    expect(later([], '550 user unknown', ['ezweb.ne.jp', 'yahoo.com'])).toBe('kddi');
    expect(later([], '550 user unknown', ['mail.example.com'])).toBeUndefined();
  });
});

describe('withCodeLists', () => {
  it('adds the lists a reference code stands for after the named ones, once each', () => {
    const comcast = findProvider('comcast');
    expect(withCodeLists([], ['BL000010'], comcast)).toEqual(['cloudmark']);
    expect(withCodeLists(['spamhaus'], ['BL000011'], comcast)).toEqual(['spamhaus', 'cloudmark']);
    const named = ['spamcop'];
    expect(withCodeLists(named, ['TSS04'], undefined)).toBe(named);
  });
});
