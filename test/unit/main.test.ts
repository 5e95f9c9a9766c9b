import { EventEmitter } from 'node:events';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { startApp } from '../../src/main.js';
import { a, mx, startDnsServer } from './helpers/dns-server.js';

function io(env: NodeJS.ProcessEnv, isTTY = false) {
  const stdin = Object.assign(new PassThrough(), { isTTY });
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out = { stdout: '', stderr: '' };
  stdout.on('data', (c) => {
    out.stdout += String(c);
  });
  stderr.on('data', (c) => {
    out.stderr += String(c);
  });
  const signals = new EventEmitter();
  return { io: { env, stdin, stdout, stderr, signals }, out, stdin, signals };
}

describe('startApp', () => {
  it('exits 2 with a message naming the bad variable, without the token', async () => {
    const h = io({ MAILMEDIC_SMTP_PORT: 'nope', SLACK_BOT_TOKEN: 'bad Z9VALUE' });
    expect(await startApp(h.io)).toBe(2);
    expect(h.out.stderr).toContain('MAILMEDIC_SMTP_PORT');
    expect(h.out.stderr).toContain('SLACK_BOT_TOKEN');
    expect(h.out.stderr).not.toContain('Z9VALUE');
  });

  it('answers piped input on the console with no chat tokens, asking MAILMEDIC_RESOLVERS', async () => {
    const dns = await startDnsServer({
      'example.com': [mx(10, 'mx.example.com')],
      'mx.example.com': [a('5.6.7.8')],
    });
    try {
      const h = io({ LOG_LEVEL: 'silent', MAILMEDIC_RESOLVERS: dns.address });
      h.stdin.end('/mx example.com\n');
      expect(await startApp(h.io)).toBe(0);
      expect(h.out.stdout).toContain('example.com accepts mail at mx.example.com');
      expect(dns.queries).toContain('MX example.com');
    } finally {
      await dns.close();
    }
  });

  it('says the chat adapters are not built and exits when stdin is not a terminal', async () => {
    const h = io({ SLACK_BOT_TOKEN: 'xoxb-Z9VALUE', SLACK_APP_TOKEN: 'xapp-Z9VALUE', LOG_PRETTY: 'false' });
    expect(await startApp(h.io)).toBe(1);
    expect(h.out.stderr).toMatch(
      /slack \(socket mode\) credentials are set, but that adapter is not built yet/,
    );
    expect(h.out.stderr).not.toContain('Z9VALUE');
  });

  it('keeps the console when stdin is a terminal and stops on SIGTERM', async () => {
    const h = io({ SLACK_BOT_TOKEN: 'xoxb-abc', SLACK_APP_TOKEN: 'xapp-abc', LOG_LEVEL: 'error' }, true);
    const done = startApp(h.io);
    await new Promise((r) => setTimeout(r, 20));
    expect(h.out.stdout).toContain('mailmedic console');
    h.signals.emit('SIGTERM');
    expect(await done).toBe(0);
  });
});
