import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../../../adapters/discord/escape-markdown.js';

describe('escapeMarkdown', () => {
  it('escapes inline markers anywhere and block markers at line starts', () => {
    expect(escapeMarkdown('_dmarc.example.com *bold* `code` ~~x~~ ||s|| [a](b) \\')).toBe(
      '\\_dmarc.example.com \\*bold\\* \\`code\\` \\~\\~x\\~\\~ \\|\\|s\\|\\| \\[a\\](b) \\\\',
    );
    expect(escapeMarkdown('> quoted\n# heading\n- item\n1. step\na - b > c # d')).toBe(
      '\\> quoted\n\\# heading\n\\- item\n1\\. step\na - b > c # d',
    );
  });

  it('handles a 1 MiB paste in one pass', () => {
    const big = '_*`'.repeat(350_000);
    expect(escapeMarkdown(big)).toHaveLength(big.length * 2);
  });
});
