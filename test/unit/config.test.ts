import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { ConfigError, ErrorCode } from '../../src/errors.js';

function problemsOf(env: Record<string, string>, overrides = {}): ConfigError {
  try {
    loadConfig(env, overrides);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return err as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('has safe defaults with an empty environment', () => {
    const c = loadConfig({});
    expect(c.resolvers).toEqual([]);
    expect(c.allowPrivate).toBe(false);
    expect(c.smtpPort).toBe(25);
    expect(c.probeFrom).toBe('');
    expect(c.helo).toBeNull();
    expect(c.logLevel).toBe('info');
    expect(c.adapters).toEqual({ slackSocket: false, slackHttp: false, discord: false });
    expect(c.rateLimits).toEqual({
      perUser: { limit: 5, windowSeconds: 60 },
      perChannel: { limit: 20, windowSeconds: 60 },
      global: { limit: 60, windowSeconds: 60 },
      maxConcurrent: 4,
    });
    expect(c.slack.port).toBe(3000);
  });

  it('parses every variable', () => {
    const c = loadConfig({
      MAILMEDIC_RESOLVERS: '127.0.0.1:5353, [::1]:53,192.0.2.53,::1',
      MAILMEDIC_ALLOW_PRIVATE: 'TRUE',
      MAILMEDIC_SMTP_PORT: '2525',
      MAILMEDIC_PROBE_FROM: 'probe@Example.org',
      MAILMEDIC_HELO: 'probe.example.org',
      MAILMEDIC_RATE_USER: '3/30s',
      MAILMEDIC_RATE_CHANNEL: '100/1h',
      MAILMEDIC_RATE_GLOBAL: 'off',
      MAILMEDIC_MAX_CONCURRENT: '2',
      LOG_LEVEL: 'DEBUG',
      LOG_PRETTY: 'false',
      SLACK_API_URL: 'http://127.0.0.1:9999/api/',
      DISCORD_API_URL: 'http://127.0.0.1:9998/api',
    });
    expect(c.resolvers).toEqual([
      { host: '127.0.0.1', port: 5353, address: '127.0.0.1:5353' },
      { host: '::1', port: 53, address: '[::1]:53' },
      { host: '192.0.2.53', port: 53, address: '192.0.2.53:53' },
      { host: '::1', port: 53, address: '[::1]:53' },
    ]);
    expect(c.allowPrivate).toBe(true);
    expect(c.smtpPort).toBe(2525);
    expect(c.probeFrom).toBe('probe@example.org');
    expect(c.helo).toBe('probe.example.org');
    expect(c.rateLimits).toEqual({
      perUser: { limit: 3, windowSeconds: 30 },
      perChannel: { limit: 100, windowSeconds: 3600 },
      global: null,
      maxConcurrent: 2,
    });
    expect(c.logLevel).toBe('debug');
    expect(c.logPretty).toBe(false);
    expect(c.slack.apiUrl).toBe('http://127.0.0.1:9999/api/');
  });

  it('reads the probe timeouts and caps, with their defaults', () => {
    expect(loadConfig({}).probe).toEqual({
      stepTimeoutMs: 30_000,
      deadlineMs: 60_000,
      maxConcurrent: 2,
      maxPerUser: 1,
    });
    const c = loadConfig({
      MAILMEDIC_PROBE_TIMEOUT: '2.5',
      MAILMEDIC_PROBE_DEADLINE: '20',
      MAILMEDIC_PROBE_MAX_CONCURRENT: 'off',
      MAILMEDIC_PROBE_MAX_PER_USER: '3',
    });
    expect(c.probe).toEqual({ stepTimeoutMs: 2500, deadlineMs: 20_000, maxConcurrent: null, maxPerUser: 3 });
  });

  it('treats an empty variable as unset and an empty probe sender as the null sender', () => {
    const c = loadConfig({ MAILMEDIC_SMTP_PORT: '', MAILMEDIC_PROBE_FROM: '<>' });
    expect(c.smtpPort).toBe(25);
    expect(c.probeFrom).toBe('');
  });

  it.each([
    ['MAILMEDIC_SMTP_PORT', 'abc', /port number from 1 to 65535.*"abc"/],
    ['MAILMEDIC_SMTP_PORT', '0', /port number from 1 to 65535/],
    ['MAILMEDIC_SMTP_PORT', '70000', /port number from 1 to 65535/],
    ['MAILMEDIC_RESOLVERS', 'dns.example.com', /IP address/],
    ['MAILMEDIC_RESOLVERS', '127.0.0.1:99999', /bad port/],
    ['MAILMEDIC_ALLOW_PRIVATE', 'maybe', /true or false/],
    ['MAILMEDIC_PROBE_FROM', 'not-an-address', /email address/],
    ['MAILMEDIC_HELO', 'bad helo', /host name/],
    ['MAILMEDIC_PROBE_TIMEOUT', '0', /seconds from 0.1 to 600/],
    ['MAILMEDIC_PROBE_DEADLINE', 'forever', /seconds from 0.1 to 600/],
    ['MAILMEDIC_RATE_USER', 'lots', /COUNT\/WINDOW/],
    ['MAILMEDIC_MAX_CONCURRENT', '-1', /whole number/],
    ['LOG_LEVEL', 'loud', /one of fatal, error/],
    ['PORT', 'http', /port number/],
    ['SLACK_API_URL', 'ftp://x', /http/],
    ['DISCORD_API_URL', 'not a url', /http/],
  ])('%s=%s gives a message naming the variable', (name, value, expected) => {
    const err = problemsOf({ [name]: value });
    expect(err.code).toBe(ErrorCode.ConfigError);
    expect(err.problems).toHaveLength(1);
    expect(err.problems[0]?.variable).toBe(name);
    expect(err.problems[0]?.message).toMatch(expected);
    expect(err.message).toContain(name);
  });

  it('reports every bad variable at once, one message each', () => {
    const err = problemsOf({
      MAILMEDIC_SMTP_PORT: 'x',
      LOG_LEVEL: 'y',
      MAILMEDIC_RESOLVERS: 'a.example,b.example',
    });
    expect(err.problems.map((p) => p.variable).sort()).toEqual([
      'LOG_LEVEL',
      'MAILMEDIC_RESOLVERS',
      'MAILMEDIC_SMTP_PORT',
    ]);
  });

  it('tells which Slack or Discord credential is missing', () => {
    expect(problemsOf({ SLACK_APP_TOKEN: 'xapp-1' }).problems[0]?.variable).toBe('SLACK_BOT_TOKEN');
    expect(problemsOf({ SLACK_BOT_TOKEN: 'xoxb-1' }).problems[0]?.variable).toBe('SLACK_APP_TOKEN');
    expect(problemsOf({ DISCORD_TOKEN: 'abc' }).problems[0]?.variable).toBe('DISCORD_APP_ID');
    expect(problemsOf({ DISCORD_APP_ID: '123456789012345678' }).problems[0]?.variable).toBe('DISCORD_TOKEN');
  });

  it('detects which adapters are configured', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }).adapters.slackSocket).toBe(
      true,
    );
    const http = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's3cret', PORT: '8080' });
    expect(http.adapters).toEqual({ slackSocket: false, slackHttp: true, discord: false });
    expect(http.slack.port).toBe(8080);
    const discord = loadConfig({ DISCORD_TOKEN: 'abc.def', DISCORD_APP_ID: '123456789012345678' });
    expect(discord.adapters.discord).toBe(true);
  });

  it('never shows a token, in errors or when the config is printed', () => {
    const token = 'not-a-slack-token-SECRET123';
    const err = problemsOf({ SLACK_BOT_TOKEN: token, SLACK_APP_TOKEN: 'also SECRET456' });
    expect(err.message).toContain('SLACK_BOT_TOKEN');
    expect(err.message).not.toContain('SECRET123');
    expect(err.message).not.toContain('SECRET456');
    const c = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-SECRET789', SLACK_APP_TOKEN: 'xapp-SECRET000' });
    expect(c.slack.botToken?.reveal()).toBe('xoxb-SECRET789');
    const shown = [
      JSON.stringify(c),
      inspect(c, { depth: 5 }),
      String(c.slack.botToken),
      `${c.slack.appToken}`,
    ];
    for (const s of shown) expect(s).not.toMatch(/SECRET/);
  });

  it('lets CLI flags override the environment, naming the flag when bad', () => {
    const c = loadConfig(
      { MAILMEDIC_SMTP_PORT: '2525', MAILMEDIC_RESOLVERS: '192.0.2.1' },
      { smtpPort: '587', resolvers: ['127.0.0.1:53'], allowPrivate: true },
    );
    expect(c.smtpPort).toBe(587);
    expect(c.resolvers.map((r) => r.address)).toEqual(['127.0.0.1:53']);
    expect(c.allowPrivate).toBe(true);
    const err = problemsOf({}, { smtpPort: 'abc' });
    expect(err.problems[0]?.variable).toBe('--smtp-port');
  });
});
