import { describe, expect, it } from 'vitest';
import { renderText } from '../../../adapters/console/render-text.js';
import { renderReport } from '../../../adapters/discord/render-embeds.js';
import { renderBlocks } from '../../../adapters/slack/render-blocks.js';
import { diagnoseBounce } from '../../../src/diagnose/diagnose-bounce.js';
import type { Report } from '../../../src/report/types.js';

/**
 * A pasted log excerpt is mostly deliveries ("status=sent") with a few bounces among them: every answer
 * puts the failures first, one answer each, and lists the delivered recipients in one line instead of
 * an answer apiece that says nothing needs fixing.
 */
const line = (n: number, to: string, tail: string) =>
  `Dec  3 09:12:0${n % 10} mail postfix/smtp[2212]: Q${n}ABC: to=<${to}>, relay=mx.example.net[198.51.100.6]:25, delay=1.2, ${tail}`;
const SENT = 'dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 4Q1)';
const excerpt = [
  ...Array.from({ length: 6 }, (_, i) => line(i, `ok${i}@example.net`, SENT)),
  line(
    7,
    'gone@example.net',
    'dsn=5.1.1, status=bounced (host mx.example.net[198.51.100.6] said: 550 5.1.1 <gone@example.net>: User unknown (in reply to RCPT TO command))',
  ),
  ...Array.from({ length: 12 }, (_, i) => line(i + 10, `fine${i}@example.net`, SENT)),
  line(
    30,
    'full@example.net',
    'dsn=4.2.2, status=deferred (host mx.example.net[198.51.100.6] said: 452 4.2.2 <full@example.net>: Mailbox full (in reply to RCPT TO command))',
  ),
].join('\n');

let report: Report;
const read = async () => {
  report ??= await diagnoseBounce(excerpt);
  return report;
};

describe('delivered recipients beside failures', () => {
  it('the report lists the failures first, in the order read, then the deliveries', async () => {
    const r = await read();
    expect(r.records.map((x) => x.recipient).slice(0, 3)).toEqual([
      'gone@example.net',
      'full@example.net',
      'ok0@example.net',
    ]);
    expect(r.records).toHaveLength(20);
    expect(r.headline).toMatch(/2 of 20 recipients failed .*18 delivered/);
  });

  it('text: an answer per failure, one line for the 18 delivered', async () => {
    const text = renderText(await read());
    expect(text).toContain('1/2. ');
    expect(text).toContain('2/2. ');
    expect(text).not.toMatch(/Not an error: the message was delivered/);
    expect(text).toMatch(
      /Delivered, nothing to fix \(18\): ok0@example\.net, ok1@example\.net, .*, and 8 more\./,
    );
    expect(text.indexOf('gone@example.net')).toBeLessThan(text.indexOf('Delivered, nothing to fix'));
  });

  it('Slack: the same, the delivered line in a context block', async () => {
    const { blocks } = renderBlocks(await read());
    const all = JSON.stringify(blocks);
    expect(all).not.toMatch(/Not an error: the message was delivered/);
    expect(all).toMatch(/Delivered, nothing to fix \(18\)/);
    expect(all.indexOf('gone@example.net')).toBeLessThan(all.indexOf('Delivered, nothing to fix'));
  });

  it('Discord: the overview counts the failures; the details are the failures only', async () => {
    const { embeds } = renderReport(await read());
    expect(embeds[0]?.description).toMatch(/^1\. .*gone@example\.net[\s\S]*^2\. .*full@example\.net/m);
    expect(embeds[0]?.description).toMatch(/Delivered, nothing to fix \(18\)/);
    expect(embeds.slice(1).map((e) => e.title)).toEqual([
      expect.stringMatching(/^1\/2\. .*gone@example\.net/),
      expect.stringMatching(/^2\/2\. .*full@example\.net/),
    ]);
  });

  it('when nothing failed, every recipient is still answered', async () => {
    const r = await diagnoseBounce(
      [line(1, 'a@example.net', SENT), line(2, 'b@example.net', SENT)].join('\n'),
    );
    expect(renderText(r)).toMatch(/1\/2\. Not an error: the message was delivered/);
  });
});
