import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../src/commands/parse-command.js';
import { RequestSchema } from '../../../src/commands/request.js';

describe('parseCommand: command forms', () => {
  it.each([
    ['/mx example.com'],
    ['mx example.com'],
    ['MX Example.COM'],
    ['/MX example.com.'],
    ['@bot mx example.com'],
    ['<@U123ABC> mx example.com'],
    ['<@U123ABC|mailmedic> /mx example.com'],
    ['<@!123456789012345678> mx example.com'],
    ['<@123456789012345678>: mx example.com'],
    ['/mailmedic mx example.com'],
    ['  /mx   example.com  '],
    ['/mx <http://example.com|example.com>'],
    ['/mx `example.com`'],
  ])('%s -> mx example.com', (text) => {
    expect(parseCommand(text)).toEqual({ kind: 'mx', domain: 'example.com' });
  });

  it('converts an IDN domain to punycode', () => {
    expect(parseCommand('/mx bücher.de')).toEqual({ kind: 'mx', domain: 'xn--bcher-kva.de' });
    expect(parseCommand('/mx 例え.テスト')).toEqual({ kind: 'mx', domain: 'xn--r8jz45g.xn--zckzah' });
  });

  it('does not accept "!" as a command prefix', () => {
    expect(parseCommand('!mx example.com')).toEqual({ kind: 'bounce', text: '!mx example.com' });
  });

  it('parses /blacklist with an IP, a domain and zones', () => {
    expect(parseCommand('/blacklist 203.0.113.7')).toEqual({ kind: 'blacklist', target: '203.0.113.7' });
    expect(parseCommand('/blacklist 2001:DB8::1')).toEqual({ kind: 'blacklist', target: '2001:db8::1' });
    expect(parseCommand('/blacklist [203.0.113.7]')).toEqual({ kind: 'blacklist', target: '203.0.113.7' });
    expect(parseCommand('/blacklist example.com')).toEqual({ kind: 'blacklist', target: 'example.com' });
    expect(
      parseCommand(
        '/blacklist 203.0.113.7 zen.spamhaus.org --zone bl.spamcop.net zone=b.barracudacentral.org',
      ),
    ).toEqual({
      kind: 'blacklist',
      target: '203.0.113.7',
      zones: ['zen.spamhaus.org', 'bl.spamcop.net', 'b.barracudacentral.org'],
    });
    expect(parseCommand('/blocklist 203.0.113.7')).toMatchObject({ kind: 'blacklist' });
  });

  it('parses /probe with an address, a domain and a host', () => {
    expect(parseCommand('/probe bob@Example.com')).toEqual({ kind: 'probe', target: 'bob@example.com' });
    expect(parseCommand('/probe <mailto:bob@example.com|bob@example.com>')).toEqual({
      kind: 'probe',
      target: 'bob@example.com',
    });
    expect(parseCommand('/probe example.com mx1.example.com')).toEqual({
      kind: 'probe',
      target: 'example.com',
      host: 'mx1.example.com',
    });
    expect(parseCommand('/probe bob@example.com --host=127.0.0.1')).toEqual({
      kind: 'probe',
      target: 'bob@example.com',
      host: '127.0.0.1',
    });
  });

  it('parses /probe of a server as HOST:PORT or an IP, and --host with a port', () => {
    expect(parseCommand('/probe mx.example.com:2525')).toEqual({
      kind: 'probe',
      target: 'mx.example.com:2525',
    });
    expect(parseCommand('/probe 192.0.2.25')).toEqual({ kind: 'probe', target: '192.0.2.25' });
    expect(parseCommand('/probe [2001:db8::25]:587')).toEqual({
      kind: 'probe',
      target: '[2001:db8::25]:587',
    });
    expect(parseCommand('/probe 2001:DB8::25')).toEqual({ kind: 'probe', target: '2001:db8::25' });
    expect(parseCommand('probe bob@example.com --host mx.Example.com:2525')).toEqual({
      kind: 'probe',
      target: 'bob@example.com',
      host: 'mx.example.com:2525',
    });
    expect(parseCommand('/probe bob@example.com mx.example.com:99999')).toMatchObject({
      kind: 'usage',
      problem: expect.stringMatching(/bad port/),
    });
    expect(parseCommand('/probe example.com:x')).toMatchObject({ kind: 'usage' });
  });

  it('parses /auth with selectors, ip and from', () => {
    expect(parseCommand('/auth example.com')).toEqual({ kind: 'auth', domain: 'example.com', selectors: [] });
    expect(parseCommand('/auth example.com google s1 ip=203.0.113.7 from=bob@example.com')).toEqual({
      kind: 'auth',
      domain: 'example.com',
      selectors: ['google', 's1'],
      ip: '203.0.113.7',
      from: 'bob@example.com',
    });
    // Positional IP and address sort themselves out.
    expect(parseCommand('auth example.com selector1 203.0.113.7 bob@example.com')).toEqual({
      kind: 'auth',
      domain: 'example.com',
      selectors: ['selector1'],
      ip: '203.0.113.7',
      from: 'bob@example.com',
    });
  });

  it('parses help forms', () => {
    expect(parseCommand('help')).toEqual({ kind: 'help' });
    expect(parseCommand('/help')).toEqual({ kind: 'help' });
    expect(parseCommand('HELP')).toEqual({ kind: 'help' });
    expect(parseCommand('?')).toEqual({ kind: 'help' });
    expect(parseCommand('<@U1> help')).toEqual({ kind: 'help' });
    expect(parseCommand('help mx')).toEqual({ kind: 'help', topic: 'mx' });
    expect(parseCommand('/help /probe')).toEqual({ kind: 'help', topic: 'probe' });
  });

  it('parses /bounce with text, keeping the lines', () => {
    const text = '/bounce 550-5.1.1 The email account does not exist.\n550 5.1.1 Please try again';
    expect(parseCommand(text)).toEqual({
      kind: 'bounce',
      text: '550-5.1.1 The email account does not exist.\n550 5.1.1 Please try again',
    });
  });
});

describe('parseCommand: problems', () => {
  it('gives usage for a missing argument', () => {
    for (const cmd of ['mx', 'blacklist', 'probe', 'auth']) {
      const r = parseCommand(`/${cmd}`);
      expect(r).toMatchObject({ kind: 'usage', command: cmd });
      if (r.kind === 'usage') expect(r.problem).toContain(`usage: /${cmd}`);
    }
    expect(parseCommand('mx')).toMatchObject({ kind: 'usage', command: 'mx' });
    expect(parseCommand('/bounce')).toMatchObject({ kind: 'usage', command: 'bounce' });
  });

  it('gives usage for bad arguments, saying what is wrong', () => {
    const cases: [string, string, RegExp][] = [
      ['/mx 203.0.113.7', 'mx', /IP address/],
      ['/mx exa_mple.com', 'mx', /not a domain/],
      ['/mx localhost', 'mx', /with a dot/],
      ['/mx a..b', 'mx', /not a domain/],
      ['/mx example.com extra', 'mx', /too many arguments/],
      ['/blacklist not_a_target', 'blacklist', /neither an IP address nor a domain/],
      ['/blacklist 203.0.113.7 --zone', 'blacklist', /--zone needs a value/],
      ['/blacklist 203.0.113.7 bad_zone', 'blacklist', /DNSBL zone/],
      ['/probe bob@', 'probe', /not an email address/],
      ['/probe bob@example.com bad_host!', 'probe', /host name or IP/],
      ['/probe bob@example.com a.example b.example', 'probe', /too many arguments/],
      ['/auth example.com ip=999.1.1.1', 'auth', /IPv4 or IPv6/],
      ['/auth example.com bad!selector', 'auth', /DKIM selector/],
      ['/mx example.com --zone x.org', 'mx', /no option "zone"/],
    ];
    for (const [text, command, problem] of cases) {
      const r = parseCommand(text);
      expect(r, text).toMatchObject({ kind: 'usage', command });
      if (r.kind === 'usage') expect(r.problem, text).toMatch(problem);
    }
  });

  it('gives unknown for a slash word that is not a command', () => {
    expect(parseCommand('/frobnicate example.com')).toEqual({ kind: 'unknown', command: 'frobnicate' });
    expect(parseCommand('/FOO')).toEqual({ kind: 'unknown', command: 'foo' });
  });

  it('says so for an empty message', () => {
    for (const text of ['', '   \n  ', '<@U123>']) {
      expect(parseCommand(text)).toMatchObject({ kind: 'usage', command: 'bounce' });
    }
  });
});

describe('parseCommand: pasted text is a bounce', () => {
  it.each([
    ['550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown'],
    ['MX record not found for example.com'],
    ['mx example.com\nsecond line of a paste'],
    ['probe failed for user'],
    ['help me with this bounce please'],
    ['/var/log/mail.log: status=bounced'],
    ['blacklist detected on your IP'],
    ['Delivery has failed to these recipients or groups:'],
  ])('%s', (text) => {
    expect(parseCommand(text)).toEqual({ kind: 'bounce', text });
  });

  it('strips a leading mention from a pasted bounce', () => {
    expect(parseCommand('<@U123> 550 5.7.1 blocked')).toEqual({ kind: 'bounce', text: '550 5.7.1 blocked' });
  });

  it('always returns a schema-valid request, even for random text', () => {
    let seed = 7;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const alphabet = ' /@<>|:.-_=abcXYZ019\n\t`"mxprobeauthblacklist';
    for (let i = 0; i < 2000; i++) {
      const len = Math.floor(rand() * 40);
      let s = '';
      for (let j = 0; j < len; j++) s += alphabet[Math.floor(rand() * alphabet.length)];
      const r = parseCommand(s);
      expect(RequestSchema.safeParse(r).success).toBe(true);
    }
  });

  it('parses adversarial 1 MiB input in linear time', () => {
    const inputs = [
      `/mx ${','.repeat(1 << 20)}a`,
      `/probe ${'<'.repeat(1 << 20)}`,
      `<@${'U'.repeat(1 << 20)}`,
      `/auth example.com ${'a.'.repeat(1 << 19)}`,
      `mx ${'a-'.repeat(1 << 19)}`,
    ];
    for (const input of inputs) {
      const t = performance.now();
      parseCommand(input);
      expect(performance.now() - t).toBeLessThan(1000);
    }
  });
});
