import { EventEmitter } from 'node:events';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { startApp } from '../../src/main.js';
import { startSlackStandIn } from './adapters/slack/helpers/slack-stand-in.js';
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

  it('runs Slack when its tokens are set and stops on SIGTERM; the log never shows a token', async () => {
    const standIn = await startSlackStandIn({ botToken: 'xoxb-Z9VALUE', appToken: 'xapp-Z9VALUE' });
    try {
      const h = io({
        SLACK_BOT_TOKEN: 'xoxb-Z9VALUE',
        SLACK_APP_TOKEN: 'xapp-Z9VALUE',
        SLACK_API_URL: standIn.apiUrl,
        LOG_PRETTY: 'false',
        LOG_LEVEL: 'debug',
      });
      const done = startApp(h.io);
      await new Promise<void>((resolve) => {
        const check = () => {
          if (!h.out.stderr.includes('slack adapter running')) return;
          h.io.stderr.off('data', check);
          resolve();
        };
        h.io.stderr.on('data', check);
      });
      expect(standIn.connections).toBe(1);
      h.signals.emit('SIGTERM');
      expect(await done).toBe(0);
      expect(h.out.stderr).not.toContain('Z9VALUE');
      expect(h.out.stdout).not.toContain('mailmedic console');
    } finally {
      await standIn.close();
    }
  });

  it('exits 1 naming SLACK_BOT_TOKEN when Slack refuses it', async () => {
    const standIn = await startSlackStandIn({ botToken: 'xoxb-right', appToken: 'xapp-Z9VALUE' });
    try {
      const h = io({
        SLACK_BOT_TOKEN: 'xoxb-Z9VALUE',
        SLACK_APP_TOKEN: 'xapp-Z9VALUE',
        SLACK_API_URL: standIn.apiUrl,
        LOG_LEVEL: 'silent',
      });
      expect(await startApp(h.io)).toBe(1);
      expect(h.out.stderr).toContain('SLACK_BOT_TOKEN: Slack refused the bot token');
      expect(h.out.stderr).not.toContain('Z9VALUE');
    } finally {
      await standIn.close();
    }
  });

  it('opens the console when no chat is configured and stdin is a terminal, and stops on SIGTERM', async () => {
    const h = io({ LOG_LEVEL: 'error' }, true);
    const done = startApp(h.io);
    await new Promise((r) => setTimeout(r, 20));
    expect(h.out.stdout).toContain('mailmedic console');
    h.signals.emit('SIGTERM');
    expect(await done).toBe(0);
  });
});
