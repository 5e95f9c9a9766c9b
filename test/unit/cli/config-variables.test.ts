import { describe, expect, it } from 'vitest';
import { hasConfigVariable, isConfigVariable } from '../../../src/cli/config-variables.js';
import { ENV_FIELDS } from '../../../src/config.js';
import { runCli } from './run-cli.js';

describe('configuration variables known to the CLI without loading the configuration', () => {
  it('covers every variable the configuration reads', () => {
    const missed = Object.keys(ENV_FIELDS).filter((name) => !isConfigVariable(name));
    expect(missed).toEqual([]);
  });

  it('tells an environment with a configuration variable from one without', () => {
    expect(hasConfigVariable({ HOME: '/root', PATH: '/bin' })).toBe(false);
    expect(hasConfigVariable({ HOME: '/root', MAILMEDIC_RESOLVERS: '127.0.0.1' })).toBe(true);
    expect(hasConfigVariable({ LOG_LEVEL: 'info' })).toBe(true);
  });

  it('still refuses a bad variable in a --jsonl or --offline diagnosis, which reads no setting', async () => {
    for (const flag of ['--jsonl', '--offline']) {
      const r = await runCli(['diagnose', flag, '-'], {
        env: { MAILMEDIC_ALLOW_PRIVATE: 'perhaps' },
        input: '',
      });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('MAILMEDIC_ALLOW_PRIVATE: expected true or false');
    }
  });
});
