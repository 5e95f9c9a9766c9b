import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AUTH_CODES } from '../../../../src/checks/auth/codes.js';

const readme = readFileSync(new URL('../../../../README.md', import.meta.url), 'utf8');
const start = readme.indexOf('### Live checks: /auth');
const section = readme.slice(start, readme.indexOf('\n## ', start));

describe('README documents the /auth finding codes', () => {
  it('has a "Live checks: /auth" section', () => {
    expect(start).toBeGreaterThan(0);
  });

  it.each(Object.entries(AUTH_CODES))('%s with its severities', (code, info) => {
    // A table row, however it is padded: | `code` | warn, fail | meaning |
    expect(section).toMatch(new RegExp(`\\| \`${code}\` +\\| ${info.severities.join(', ')} +\\| \\S`));
  });

  it('no longer calls /auth "not available yet"', () => {
    expect(readme).not.toMatch(/\/auth DOMAIN[^\n]*not available yet/);
  });
});
