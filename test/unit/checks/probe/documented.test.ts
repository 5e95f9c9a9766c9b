import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROBE_CODES } from '../../../../src/checks/probe/codes.js';
import { PROBE_VERDICTS } from '../../../../src/checks/probe/types.js';

const readme = readFileSync(new URL('../../../../README.md', import.meta.url), 'utf8');

describe('README documents /probe', () => {
  it.each(Object.entries(PROBE_CODES))('finding code %s with its severities', (code, info) => {
    expect(readme).toMatch(new RegExp(`\\| \`${code}\` +\\| ${info.severities.join(', ')} +\\| \\S`));
  });

  it('has its section, every verdict, its variables, and no longer calls /probe "not available yet"', () => {
    expect(readme).toContain('### Live checks: /probe');
    for (const v of PROBE_VERDICTS) expect(readme).toContain(`\`${v}\``);
    for (const name of [
      'MAILMEDIC_PROBE_TIMEOUT',
      'MAILMEDIC_PROBE_DEADLINE',
      'MAILMEDIC_PROBE_MAX_CONCURRENT',
      'MAILMEDIC_PROBE_MAX_PER_USER',
    ]) {
      expect(readme).toContain(`\`${name}\``);
    }
    expect(readme).not.toMatch(/\/probe[^\n]*not available yet/);
  });
});
