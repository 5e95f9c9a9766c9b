import { describe, expect, it } from 'vitest';
import { withoutBotMention } from '../../../../adapters/slack/bot-mention.js';
import { fromSlackText } from '../../../../adapters/slack/mrkdwn.js';
import { parseCommand } from '../../../../src/commands/parse-command.js';
import { readBounceRecords } from '../../../../src/diagnose/diagnose-bounce.js';
import type { Expect, RealWorldCase } from '../../bounce/real-world-cases.js';
import { IP_BLOCK, IP_REPUTATION, MAILBOX_FULL, USER_UNKNOWN } from '../../bounce/real-world-expectations.js';

/**
 * Round 10's chat forms that Slack changes before the core sees them: its `text` escapes & < > as
 * entities and turns addresses and URLs into <mailto:…|…> and <https://…|…> links, inside ``` fences
 * and "&gt; " quotes too. A case goes the way a pasted message goes in adapters/slack/message-events.ts
 * (bot mention out, fromSlackText, parseCommand), and the bounce text that comes out is read as the
 * held-out rounds read theirs. Written and measured with round 10 (test/unit/bounce/real-world-cases-10.ts).
 */
const BOT = 'U0MAILMED1';
const link = (address: string) => `<mailto:${address}|${address}>`;

const SLACK_10: RealWorldCase[] = [
  [
    'Slack: Postfix reply in a ``` fence, the address as a mailto link inside &lt; &gt;',
    `\`\`\`550 5.1.1 &lt;${link('bob@example.org')}&gt;: Recipient address rejected: User unknown in virtual mailbox table\`\`\`\nany idea?`,
    { ...USER_UNKNOWN, recipient: 'bob@example.org', replyCode: 550, status: '5.1.1' },
  ],
  [
    'Slack: Postfix notice quoted with "&gt; " on every line',
    [
      `&gt; &lt;${link('bob@example.org')}&gt;: host mx.example.org[192.0.2.25] said: 550 5.1.1`,
      `&gt;     &lt;${link('bob@example.org')}&gt;: Recipient address rejected: User unknown in virtual`,
      '&gt;     mailbox table (in reply to RCPT TO command)',
      "what's wrong here?",
    ].join('\n'),
    { ...USER_UNKNOWN, recipient: 'bob@example.org', replyCode: 550, status: '5.1.1' },
  ],
  [
    'Slack: Gmail reply with its help URL turned into a <https://…|…> link',
    [
      '552-5.2.2 The email account that you tried to reach is over quota. Please direct',
      '552-5.2.2 the recipient to',
      '552 5.2.2  <https://support.google.com/mail/?p=OverQuotaPerm|https://support.google.com/mail/?p=OverQuotaPerm> h3si1234567qtb.88 - gsmtp',
    ].join('\n'),
    { ...MAILBOX_FULL, replyCode: 552, status: '5.2.2', provider: /google|gmail/i },
  ],
  [
    "Slack: Microsoft S3150 with its host names linkified and '&amp;' in the text",
    "550 5.7.1 Unfortunately, messages from [198.51.100.7] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to <http://mail.live.com/mail/troubleshooting.aspx#errors|mail.live.com/mail/troubleshooting.aspx#errors>. [<http://DB5EUR03FT012.eop-EUR03.prod.protection.outlook.com|DB5EUR03FT012.eop-EUR03.prod.protection.outlook.com> 2026-01-10T10:00:00.000Z 08DD2F4C3C1A9B31]\nR&amp;D newsletter only, any idea?",
    { ...IP_REPUTATION, replyCode: 550, status: '5.7.1', provider: /microsoft|outlook/i },
  ],
  [
    'Slack: the bot mentioned first, then a fenced Postfix notice with a linkified host and blocklist',
    `<@${BOT}> can you check this one?\n\`\`\`&lt;${link('carol@example.net')}&gt;: host <http://mx.example.net|mx.example.net>[192.0.2.40] said: 554 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using <http://bl.spamcop.net|bl.spamcop.net>; Blocked - see <https://www.spamcop.net/bl.shtml?198.51.100.7> (in reply to RCPT TO command)\`\`\``,
    { ...IP_BLOCK, recipient: 'carol@example.net', replyCode: 554, blocklist: 'spamcop' },
  ],
];

/** Still wrong, with why: a fix makes the case fail here, and it moves up. */
const STILL_WRONG: Record<string, string> = {};

const oneOf = (want: string | readonly string[]) => (typeof want === 'string' ? [want] : want);

async function check(raw: string, want: Expect): Promise<void> {
  const req = parseCommand(fromSlackText(withoutBotMention(raw, BOT)));
  expect(req.kind).toBe('bounce');
  const records = req.kind === 'bounce' ? await readBounceRecords(req.text) : [];
  const r = records[want.index ?? 0];
  expect(r).toBeDefined();
  if (!r) return;
  expect(oneOf(want.cause)).toContain(r.cause);
  expect(oneOf(want.reason)).toContain(r.reason);
  if (want.side) expect(r.side).toBe(want.side);
  if (want.provider) expect(r.provider ?? '').toMatch(want.provider);
  if (want.blocklist) expect(r.blocklists).toContain(want.blocklist);
  if (want.recipient !== undefined) expect(r.recipient).toBe(want.recipient);
  if (want.replyCode !== undefined) expect(r.replyCode).toBe(want.replyCode);
  if (want.status !== undefined) expect(r.status).toBe(want.status);
}

describe('bounces pasted into Slack, as the adapter hands them to the core', () => {
  const right = SLACK_10.filter(([name]) => !STILL_WRONG[name]);
  const wrong = SLACK_10.filter(([name]) => STILL_WRONG[name]);
  it.each(right)('%s', async (_name, raw, want) => {
    await check(raw, want);
  });
  it.runIf(wrong.length > 0).fails.each(wrong)('%s', async (_name, raw, want) => {
    await check(raw, want);
  });
});
