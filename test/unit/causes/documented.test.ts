import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REASONS } from '../../../src/bounce/types.js';
import { CAUSES } from '../../../src/causes/catalogue.js';

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

describe('README documents the stable ids', () => {
  it.each(CAUSES.map((c) => [c.id, c.reason]))('cause %s with its reason %s', (id, reason) => {
    // A table row, however the formatter pads it: | `id` | reason | side | title |
    expect(readme).toMatch(new RegExp(`\\| \`${id}\` +\\| ${reason} +\\|`));
  });

  it('lists every reason of the vocabulary', () => {
    for (const reason of REASONS) expect(readme).toContain(`\`${reason}\``);
  });
});
