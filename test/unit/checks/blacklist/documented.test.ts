import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BLACKLIST_CODES } from '../../../../src/checks/blacklist/codes.js';

const readme = readFileSync(new URL('../../../../README.md', import.meta.url), 'utf8');

describe('README documents /blacklist', () => {
  it.each(Object.entries(BLACKLIST_CODES))('%s with its severities', (code, info) => {
    expect(readme).toMatch(new RegExp(`\\| \`${code}\` +\\| ${info.severities.join(', ')} +\\| \\S`));
  });

  it('has its section, its variables, and no longer calls /blacklist "not available yet"', () => {
    expect(readme).toContain('### Live checks: /blacklist');
    expect(readme).toContain('`MAILMEDIC_DNSBL_FILE`');
    expect(readme).toContain('`MAILMEDIC_SPAMHAUS_DQS_KEY`');
    expect(readme).not.toMatch(/\/blacklist IP\\\|DOMAIN[^\n]*not available yet/);
    expect(readme).not.toMatch(/`blacklist`[^\n]*exit with code 3/);
  });
});
