import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandAfterMention, withoutBotMention } from '../../../../adapters/slack/bot-mention.js';
import type { Request } from '../../../../src/commands/request.js';
import { isLiveRequest } from '../../../../src/commands/request.js';
import { runRequest } from '../../../../src/commands/run-request.js';
import { diagnoseBounce } from '../../../../src/diagnose/diagnose-bounce.js';
import type { Report } from '../../../../src/report/types.js';
import { eventPayload, type Harness, postEvent, startHarness } from './helpers/bot-harness.js';
import { BOT_USER_ID } from './helpers/slack-stand-in.js';

/**
 * A mention of the bot anywhere in a message, as Slack sends it (app_mention with rich_text blocks,
 * and its message.channels twin): the command is read from the line after the mention, otherwise
 * the whole text is the paste.
 */
const BOUNCE = `Your message wasn't delivered to mia@example.net because the address couldn't be found.

The response from the remote server was:
550 5.1.1 <mia@example.net>: Recipient address rejected: User unknown in virtual mailbox table`;

const slackEncoded = (t: string) =>
  t
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/mia@example\.net/g, '<mailto:mia@example.net|mia@example.net>');

// Live checks never leave loopback here: the runner records them and answers with a fixed report.
const asked: Request[] = [];
async function recordingRun(req: Request, ctx: Parameters<typeof runRequest>[1]): Promise<Report> {
  asked.push(req);
  if (!isLiveRequest(req)) return runRequest(req, { ...ctx, offline: true });
  return {
    kind: req.kind,
    headline: `checked ${req.kind}`,
    records: [],
    findings: [],
    notes: [],
    attachments: [],
  } as unknown as Report;
}

let h: Harness;
let bounceHeadline: string;
let seq = 0;
const nextTs = () => `1700002${String(++seq).padStart(3, '0')}.000100`;

beforeAll(async () => {
  h = await startHarness('http', { run: recordingRun });
  bounceHeadline = (await diagnoseBounce(BOUNCE)).headline;
});
afterAll(async () => {
  await h?.stop();
});

/** Sends the app_mention and its message.channels twin, as Slack does, and returns what the core got. */
async function mention(channel: string, text: string): Promise<{ req: Request; answer: string }> {
  const ts = nextTs();
  const event = {
    type: 'app_mention',
    user: 'U0ALICE',
    ts,
    client_msg_id: `5f1c7c2e-0000-4000-8000-${String(seq).padStart(12, '0')}`,
    text,
    team: 'T0TEAM',
    blocks: [
      {
        type: 'rich_text',
        block_id: 'Kvco',
        elements: [{ type: 'rich_text_section', elements: [{ type: 'user', user_id: BOT_USER_ID }] }],
      },
    ],
    channel,
  };
  const before = asked.length;
  for (const e of [event, { ...event, type: 'message', channel_type: 'channel' }]) {
    const res = await postEvent(h.port as number, eventPayload(e));
    expect(res.status).toBe(200);
  }
  await h.standIn.waitFor(
    () => h.standIn.messages.some((m) => m.threadTs === ts && !m.text.includes('Checking')),
    `the answer in ${channel}`,
  );
  // Answered once, though both events came.
  expect(asked.length).toBe(before + 1);
  const answer = h.standIn.messages
    .filter((m) => m.threadTs === ts)
    .map((m) => m.text + JSON.stringify(m.blocks))
    .join('\n');
  return { req: asked[asked.length - 1] as Request, answer };
}

describe('Slack: a mention anywhere in the message', () => {
  it('"hey @bot mx example.com" runs /mx', async () => {
    const { req } = await mention('C0M1', `hey <@${BOT_USER_ID}> mx example.com`);
    expect(req).toEqual({ kind: 'mx', domain: 'example.com' });
  });

  it('"@bot can you check: mx example.com" runs /mx', async () => {
    const { req } = await mention('C0M2', `<@${BOT_USER_ID}> can you check: mx example.com`);
    expect(req).toEqual({ kind: 'mx', domain: 'example.com' });
  });

  it('a command on the line after a lone mention runs', async () => {
    const { req } = await mention('C0M3', `<@${BOT_USER_ID}>\n/auth example.org`);
    expect(req).toMatchObject({ kind: 'auth', domain: 'example.org' });
  });

  it('"hey @bot can you look at this?" then a pasted bounce is still a bounce', async () => {
    const { req, answer } = await mention(
      'C0M4',
      `hey <@${BOT_USER_ID}> can you look at this?\n\`\`\`${slackEncoded(BOUNCE)}\`\`\``,
    );
    expect(req.kind).toBe('bounce');
    expect((req as { text: string }).text).not.toContain(BOT_USER_ID);
    expect(answer).toContain(bounceHeadline);
  });

  it('a bounce pasted right after the mention, then a question, is a bounce', async () => {
    const { req, answer } = await mention(
      'C0M5',
      `<@${BOT_USER_ID}> ${slackEncoded(BOUNCE)}\nwhy? I need help`,
    );
    expect(req.kind).toBe('bounce');
    expect(answer).toContain(bounceHeadline);
  });
});

describe('commandAfterMention', () => {
  const cases: [string, Request | null][] = [
    [`<@${BOT_USER_ID}> mx example.com`, { kind: 'mx', domain: 'example.com' }],
    [`<@${BOT_USER_ID}|mailmedic> please run /mx example.com`, { kind: 'mx', domain: 'example.com' }],
    [`<@${BOT_USER_ID}> help`, { kind: 'help' }],
    // "help" after a lead-in is chat, not a request: the paste that follows decides.
    [`hey <@${BOT_USER_ID}> I need help\n550 5.1.1 User unknown`, null],
    [`<@${BOT_USER_ID}> why does the mx example.com reject us`, null],
    // A mention that is only a pasted literal (Slack escapes it) is no mention.
    [`&lt;@${BOT_USER_ID}&gt; mx example.com`, null],
    // Someone else's mention is not the bot's.
    ['<@U0BOB> mx example.com', null],
    [`mx example.com <@${BOT_USER_ID}>`, null],
  ];
  it.each(cases)('%j -> %j', (text, expected) => {
    expect(commandAfterMention(text, BOT_USER_ID)).toEqual(expected);
  });

  it('an odd bot user id matches nothing', () => {
    expect(commandAfterMention('<@U.*> mx example.com', 'U.*')).toBeNull();
  });
});

describe('withoutBotMention', () => {
  const B = `<@${BOT_USER_ID}>`;

  it('takes the mention and the spaces beside it, nothing else', () => {
    expect(withoutBotMention(`hey ${B}   look`, BOT_USER_ID)).toBe('hey look');
    expect(withoutBotMention(`${B} 550 5.1.1 unknown`, BOT_USER_ID)).toBe('550 5.1.1 unknown');
    expect(withoutBotMention(`<@${BOT_USER_ID}|mailmedic> help`, BOT_USER_ID)).toBe('help');
    expect(withoutBotMention('no mention   here', BOT_USER_ID)).toBe('no mention   here');
  });

  it("keeps a pasted bounce's indentation and column spacing", () => {
    const paste = [
      '<bob@example.net>: host mx.example.net[192.0.2.7] said: 550 5.1.1',
      '    <bob@example.net>: Recipient address rejected: User unknown (in reply to',
      '    RCPT TO command)',
      'Final-Recipient: rfc822;  bob@example.net',
    ].join('\n');
    expect(withoutBotMention(`${B}\n\n${paste}`, BOT_USER_ID)).toBe(paste);
    expect(withoutBotMention(`${B} can you look?\n${paste}\n${B}`, BOT_USER_ID)).toBe(
      `can you look?\n${paste}`,
    );
    expect(withoutBotMention(`${paste}\n  ${B}`, BOT_USER_ID)).toBe(paste);
  });

  it('a message that is only mentions is empty', () => {
    expect(withoutBotMention(` ${B} \n ${B}\n`, BOT_USER_ID)).toBe('');
  });
});
