import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PTR_CODES } from '../../../src/checks/ptr/codes.js';
import { FOLLOW_UP_CODES } from '../../../src/diagnose/follow-up/codes.js';

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

describe('README documents the codes of the checks bounces run', () => {
  it.each(Object.entries({ ...FOLLOW_UP_CODES, ...PTR_CODES }))('%s with its severities', (code, info) => {
    expect(readme).toMatch(new RegExp(`\\| \`${code}\` +\\| ${info.severities.join(', ')} +\\| \\S`));
  });

  it('documents --offline', () => {
    expect(readme).toMatch(/`--offline`/);
  });
});
