import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startConsole } from '../../../../adapters/console/console-adapter.js';
import { createDnsClient } from '../../../../src/dns/resolver.js';
import { a, mx, ptr, startDnsServer, type TestDnsServer } from '../../helpers/dns-server.js';
import { fakeDiagnoser } from '../../helpers/fake-diagnoser.js';

// /mx asks this loopback server, never the system's resolvers.
let dnsServer: TestDnsServer;
beforeAll(async () => {
  dnsServer = await startDnsServer({
    'example.com': [mx(10, 'mx.example.com')],
    'mx.example.com': [a('5.6.7.8')],
    '8.7.6.5.in-addr.arpa': [ptr('mx.example.com')],
  });
});
afterAll(async () => {
  await dnsServer.close();
});

async function until(check: () => boolean, what: string, ms = 3000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

function harness(interactive = true) {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (c) => {
    text += String(c);
  });
  const fake = fakeDiagnoser();
  const session = startConsole({
    input,
    output,
    interactive,
    pasteIdleMs: 40,
    context: {
      diagnose: fake.diagnose,
      dns: createDnsClient({ servers: [dnsServer.address], timeoutMs: 2000, tries: 1 }),
    },
  });
  return { input, output, session, fake, text: () => text };
}

const BOUNCE = [
  'From: Mail Delivery Subsystem <mailer-daemon@example.org>',
  'Subject: Undelivered Mail Returned to Sender',
  '',
  'The following address failed:',
  'RCPT:bob@example.com',
  '',
  '550-5.1.1 The email account that you tried to reach does not exist.',
].join('\n');

describe('console adapter (interactive)', () => {
  it('sends a multi-line paste as one message, runs commands at once, answers help and garbage', async () => {
    const h = harness();
    await until(() => h.text().includes('mailmedic> '), 'the prompt');

    h.input.write(`${BOUNCE}\n`);
    await until(() => h.fake.seen.length === 1, 'the paste');
    expect(h.fake.seen[0]).toBe(BOUNCE);
    await until(() => h.text().includes('No such mailbox: bob@example.com'), 'the bounce answer');

    h.input.write('/mx example.com\n');
    await until(() => h.text().includes('example.com accepts mail at mx.example.com'), 'the mx answer');
    expect(h.text()).toContain('MX 10 mx.example.com: 5.6.7.8 (PTR mx.example.com, confirmed)');
    expect(dnsServer.queries).toContain('MX example.com');

    h.input.write('help\n');
    await until(() => h.text().includes('/blacklist IP|DOMAIN'), 'help');

    h.input.write('/frobnicate\n');
    await until(() => h.text().includes('Unknown command "/frobnicate"'), 'unknown');

    h.input.write('\u0000\u0001garbage ###\n');
    await until(() => h.fake.seen.length === 2, 'the garbage');
    await until(() => h.text().includes('This is not a bounce.'), 'not-a-bounce');

    h.input.write('quit\n');
    await h.session.done;
    expect(h.fake.seen).toHaveLength(2); // commands never reach the diagnoser
  });

  it('collects a hand-typed bounce after /bounce until an empty line after a pause', async () => {
    const h = harness();
    h.input.write('/bounce\n');
    await until(() => h.text().includes('empty line'), 'the /bounce hint');
    h.input.write('line one\n\nRCPT:eve@example.net\n'); // a blank line inside a fast paste stays
    await new Promise((r) => setTimeout(r, 100));
    expect(h.fake.seen).toHaveLength(0);
    h.input.write('\n');
    await until(() => h.fake.seen.length === 1, 'the typed bounce');
    expect(h.fake.seen[0]).toBe('line one\n\nRCPT:eve@example.net');
    h.input.end();
    await h.session.done;
  });

  it('sends what is pending when input ends, and answers it before finishing', async () => {
    const h = harness();
    h.input.end('RCPT:zed@example.com\n');
    await h.session.done;
    expect(h.fake.seen).toEqual(['RCPT:zed@example.com']);
    expect(h.text()).toContain('No such mailbox: zed@example.com');
  });

  it('keeps going after the diagnoser throws', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (c) => {
      text += String(c);
    });
    const session = startConsole({
      input,
      output,
      interactive: true,
      pasteIdleMs: 20,
      context: {
        diagnose: async () => {
          throw new Error('boom');
        },
      },
    });
    input.write('some bounce text\n');
    await until(() => text.includes('Something went wrong: boom'), 'the error answer');
    input.write('help\n');
    await until(() => text.includes('/mx DOMAIN'), 'help after the error');
    session.close();
    await session.done;
  });
});

describe('console adapter (piped input)', () => {
  it('reads all of stdin as one message', async () => {
    const h = harness(false);
    h.input.write('mx example.com\n');
    h.input.end('RCPT:bob@example.com\n');
    await h.session.done;
    expect(h.fake.seen).toEqual(['mx example.com\nRCPT:bob@example.com']);
    expect(h.text()).not.toContain('mailmedic> ');
  });

  it('answers a single command line', async () => {
    const h = harness(false);
    // A private address: the target policy answers without DNS or a connection.
    h.input.end('/probe 10.0.0.1\n');
    await h.session.done;
    expect(h.text()).toContain('10.0.0.1: not probed — 10.0.0.1 is a private address');
  });

  it('says so for empty input', async () => {
    const h = harness(false);
    h.input.end();
    await h.session.done;
    expect(h.text()).toContain('the message is empty');
  });

  it('refuses input over the size cap without holding it', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (c) => {
      text += String(c);
    });
    const session = startConsole({ input, output, interactive: false, maxBytes: 1000 });
    input.end(Buffer.alloc(5000, 0x41));
    await session.done;
    expect(text).toMatch(/4\.9 KiB, more than the 1000 bytes limit/);
  });
});
