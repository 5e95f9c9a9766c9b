import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';

function sink() {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      chunks.push(String(chunk));
      cb();
    },
  });
  return { stream, text: () => chunks.join('') };
}

describe('createLogger', () => {
  it('writes JSON when not a terminal, at the configured level', () => {
    const out = sink();
    const log = createLogger({ level: 'warn', destination: out.stream, isTTY: false });
    log.info('hidden');
    log.warn({ user: 'U1' }, 'shown');
    const lines = out.text().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] as string)).toMatchObject({ level: 40, msg: 'shown', user: 'U1' });
  });

  it('redacts token fields, headers and secrets', () => {
    const out = sink();
    const log = createLogger({ level: 'info', destination: out.stream, isTTY: false });
    const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-SECRET1', SLACK_APP_TOKEN: 'xapp-SECRET2' });
    log.info(
      {
        token: 'SECRET3',
        client: { token: 'SECRET4', options: { token: 'SECRET5' } },
        env: { SLACK_BOT_TOKEN: 'SECRET6', DISCORD_TOKEN: 'SECRET7' },
        req: { headers: { authorization: 'Bearer SECRET8', 'x-slack-signature': 'SECRET9' } },
        config,
      },
      'start',
    );
    const text = out.text();
    expect(text).toContain('"msg":"start"');
    expect(text).not.toMatch(/SECRET/);
    expect(text).toContain('[redacted]');
  });

  it('writes readable lines when asked', () => {
    const out = sink();
    const log = createLogger({ level: 'info', pretty: true, destination: out.stream, isTTY: false });
    log.info('hello there');
    expect(out.text()).toMatch(/INFO.*hello there/);
    expect(() => JSON.parse(out.text())).toThrow();
  });
});
