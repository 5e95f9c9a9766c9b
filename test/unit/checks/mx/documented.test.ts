import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MX_CODES } from '../../../../src/checks/mx/codes.js';

const readme = readFileSync(new URL('../../../../README.md', import.meta.url), 'utf8');

describe('README documents the /mx finding codes', () => {
  it.each(Object.entries(MX_CODES))('%s with its severities', (code, info) => {
    // A table row, however it is padded: | `code` | warn, fail | meaning |
    expect(readme).toMatch(new RegExp(`\\| \`${code}\` +\\| ${info.severities.join(', ')} +\\| \\S`));
  });

  it('no longer calls /mx "not available yet"', () => {
    expect(readme).not.toMatch(/\/mx DOMAIN`[^\n]*not available yet/);
  });
});
