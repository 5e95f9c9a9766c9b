import { describe, expect, it } from 'vitest';
import { escapeMrkdwn, fromSlackText, truncate } from '../../../../adapters/slack/mrkdwn.js';
import { SeenEvents } from '../../../../adapters/slack/seen-events.js';
import { scrubTokens } from '../../../../adapters/slack/slack-logger.js';
import { UpdatePacer } from '../../../../adapters/slack/update-pacer.js';
import { parseCommand } from '../../../../src/commands/parse-command.js';

describe('fromSlackText', () => {
  it("turns Slack's markup of a pasted bounce back into the text that was pasted", () => {
    const slack =
      '550 5.1.1 &lt;<mailto:bob@example.com|bob@example.com>&gt;: see <https://example.com/help|https://example.com/help> &amp; <#C123|ops>';
    expect(fromSlackText(slack)).toBe('550 5.1.1 <bob@example.com>: see https://example.com/help & #ops');
  });

  it('keeps a leading mention so the command parser can strip it', () => {
    const text = fromSlackText('<@UBOT> mx <http://example.com|example.com>');
    expect(text).toBe('<@UBOT> mx example.com');
    expect(parseCommand(text)).toEqual({ kind: 'mx', domain: 'example.com' });
  });

  it('names special mentions without re-creating them, and reads bare links', () => {
    expect(fromSlackText('<!here> <!subteam^S1|@mail-admins> <http://example.org>')).toBe(
      '@here @mail-admins http://example.org',
    );
  });

  it('stays linear on hostile input', () => {
    const hostile = `${'<'.repeat(50_000)}${'|'.repeat(50_000)}`;
    expect(fromSlackText(hostile).length).toBe(100_000);
  });
});

describe('escapeMrkdwn and truncate', () => {
  it("escapes Slack's three control characters and nothing else", () => {
    expect(escapeMrkdwn('<!channel> & "quotes" *bold*')).toBe('&lt;!channel&gt; &amp; "quotes" *bold*');
  });
  it('cuts at a line break near the end, with an ellipsis, within the limit', () => {
    const t = truncate(`${'a'.repeat(90)}\n${'b'.repeat(50)}`, 100);
    expect(t).toBe(`${'a'.repeat(90)}…`);
    expect(truncate('short', 100)).toBe('short');
  });
});

describe('SeenEvents', () => {
  it('answers true once per key set and forgets the oldest beyond its bound', () => {
    const seen = new SeenEvents(3);
    expect(seen.firstTime('event:E1', 'message:C:1')).toBe(true);
    expect(seen.firstTime('event:E2', 'message:C:1')).toBe(false);
    expect(seen.firstTime('event:E1')).toBe(false);
    seen.firstTime('a');
    seen.firstTime('b');
    expect(seen.size).toBe(3);
    expect(seen.firstTime('event:E1')).toBe(true);
  });
});

describe('UpdatePacer', () => {
  it('spaces edits in one channel by the interval, channels apart, and forgets idle ones', () => {
    let now = 1000;
    const pacer = new UpdatePacer(1000, () => now);
    expect(pacer.delayFor('C1')).toBe(0);
    pacer.mark('C1');
    now = 1300;
    expect(pacer.delayFor('C1')).toBe(700);
    expect(pacer.delayFor('C2')).toBe(0);
    now = 2500;
    expect(pacer.delayFor('C1')).toBe(0);
    pacer.mark('C2');
    expect(pacer.tracked).toBe(1);
  });
});

describe('scrubTokens', () => {
  it('cuts Slack tokens out of log text', () => {
    expect(scrubTokens('Bearer xoxb-1-2-abcDEF and xapp-1-A1-xyz, xoxp-9')).toBe(
      'Bearer xoxb-[redacted] and xapp-[redacted], xoxp-[redacted]',
    );
  });
});
