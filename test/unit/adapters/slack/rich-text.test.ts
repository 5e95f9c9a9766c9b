import { describe, expect, it } from 'vitest';
import { richTextOf } from '../../../../adapters/slack/rich-text.js';

describe('richTextOf (round 34 guard)', () => {
  it('reads sections, lists, quotes and code as plain text, the bot mention left out', () => {
    const text = richTextOf(
      [
        { type: 'section', elements: [] },
        {
          type: 'rich_text',
          elements: [
            {
              type: 'rich_text_section',
              elements: [
                { type: 'user', user_id: 'UBOT' },
                { type: 'text', text: ' ask ' },
                { type: 'user', user_id: 'U0BOB' },
                { type: 'broadcast', range: 'here' },
              ],
            },
            {
              type: 'rich_text_list',
              style: 'ordered',
              elements: [
                { type: 'rich_text_section', elements: [{ type: 'text', text: 'first' }] },
                { type: 'rich_text_section', elements: [{ type: 'link', url: 'mailto:a@example.com' }] },
              ],
            },
            { type: 'rich_text_quote', elements: [{ type: 'text', text: '550 5.1.1 <a@example.com>' }] },
          ],
        },
      ] as never,
      'UBOT',
    );
    expect(text).toBe(' ask @U0BOB@here\n1. first\n2. a@example.com\n550 5.1.1 <a@example.com>'.trim());
  });

  it('stops at a bounded depth on a hostile nesting', () => {
    let el: Record<string, unknown> = { type: 'text', text: 'deep' };
    for (let i = 0; i < 10_000; i++) el = { type: 'rich_text_list', elements: [el] };
    expect(() => richTextOf([{ type: 'rich_text', elements: [el] }] as never, undefined)).not.toThrow();
  });
});
