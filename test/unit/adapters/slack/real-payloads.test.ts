import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diagnoseBounce } from '../../../../src/diagnose/diagnose-bounce.js';
import {
  BOT_TOKEN,
  eventPayload,
  type Harness,
  postEvent,
  postSigned,
  postSlash,
  slashPayload,
  startHarness,
} from './helpers/bot-harness.js';
import { BOT_USER_ID, type StoredMessage } from './helpers/slack-stand-in.js';

/**
 * Events shaped like the ones Slack really sends (Events API docs, bolt-js and SDK issue threads):
 * pasted text arrives HTML-escaped with mailto links, often inside ``` fences; app_mention comes
 * with rich_text blocks and again, with `edited`, when its message is edited; bots, joins, edits
 * and deletions come as subtypes; Slack Connect adds user_team; snippets come as file_share.
 */
const PLAIN = `Your message wasn't delivered to mia@example.net because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <mia@example.net>: Recipient address rejected: User unknown in virtual mailbox table`;

/** What Slack's `text` holds for PLAIN: &<> escaped, the address a mailto link. */
const slackEncoded = (t: string) =>
  t
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/mia@example\.net/g, '<mailto:mia@example.net|mia@example.net>');

let h: Harness;
let expected: string;
let seq = 0;
const nextTs = () => `1700001${String(++seq).padStart(3, '0')}.000100`;

beforeAll(async () => {
  h = await startHarness('http', { context: { offline: true } });
  expected = (await diagnoseBounce(PLAIN)).headline;
});

afterAll(async () => {
  await h?.stop();
});

const inChannel = (channel: string) => h.standIn.messages.filter((m) => m.channel === channel);
const body = (m: StoredMessage) => JSON.stringify(m.blocks) + m.text;

/** Posts an event and waits until `channel` holds `count` bot messages. */
async function deliver(event: Record<string, unknown>, eventId?: string, headers = {}) {
  const res = await postEvent(h.port as number, eventPayload(event, eventId), headers);
  expect(res.status).toBe(200);
}

/**
 * Proves silence: a bounce sent after the silent events is answered, and is the only new answer in
 * the channel (the silent events need no network, so they are done before the sentinel's answer).
 */
async function onlySentinelAnswered(channel: string, before = 0) {
  const ts = nextTs();
  await deliver({ type: 'message', channel, channel_type: 'channel', user: 'U0ALICE', text: PLAIN, ts });
  await h.standIn.waitFor(
    () => inChannel(channel).some((m) => m.threadTs === ts),
    `the sentinel answer in ${channel}`,
  );
  expect(
    inChannel(channel)
      .slice(before)
      .map((m) => m.threadTs),
  ).toEqual([ts]);
}

describe('Slack: pasted bounces as Slack encodes them', () => {
  it('a bounce pasted in ``` fences with entities and mailto links diagnoses like the plain text', async () => {
    const ts = nextTs();
    await deliver({
      type: 'message',
      channel: 'C0FENCE',
      channel_type: 'channel',
      user: 'U0ALICE',
      client_msg_id: '5f1c7c2e-0000-4000-8000-000000000001',
      team: 'T0TEAM',
      text: `\`\`\`${slackEncoded(PLAIN)}\`\`\``,
      blocks: [{ type: 'rich_text', block_id: 'x1', elements: [] }],
      ts,
    });
    await h.standIn.waitFor(() => inChannel('C0FENCE').length > 0, 'the answer');
    const [answer] = inChannel('C0FENCE') as [StoredMessage];
    expect(answer.threadTs).toBe(ts);
    expect(answer.text).toContain(expected);
    expect(body(answer)).not.toContain('mailto:');
    expect(body(answer)).not.toContain('&amp;lt;');
  });

  it('an app_mention in a thread, with rich_text blocks, is answered in that thread once', async () => {
    const ts = nextTs();
    const event = {
      user: 'U0ALICE',
      type: 'app_mention',
      ts,
      client_msg_id: '5f1c7c2e-0000-4000-8000-000000000002',
      text: `<@${BOT_USER_ID}> can you look?\n\`\`\`${slackEncoded(PLAIN)}\`\`\``,
      team: 'T0TEAM',
      thread_ts: '1700000999.000001',
      parent_user_id: 'U0BOB',
      blocks: [
        {
          type: 'rich_text',
          block_id: 'Kvco',
          elements: [{ type: 'rich_text_section', elements: [{ type: 'user', user_id: BOT_USER_ID }] }],
        },
      ],
      channel: 'C0MENTION',
    };
    await deliver(event);
    // The twin message.channels event of the same message.
    await deliver({ ...event, type: 'message', channel_type: 'channel' });
    await h.standIn.waitFor(() => inChannel('C0MENTION').length > 0, 'the answer');
    // Editing the message makes Slack send app_mention again, with `edited` and a new event_id.
    await deliver({ ...event, edited: { user: 'U0ALICE', ts: '1700009999.000000' } });
    await onlySentinelAnswered('C0MENTION', 1);
    const answers = inChannel('C0MENTION');
    expect(answers).toHaveLength(2);
    expect(answers[0]?.threadTs).toBe('1700000999.000001');
    expect(answers[0]?.text).toContain(expected);
  });

  it('an edited app_mention whose original was never seen (e.g. before a restart) gets no answer', async () => {
    await deliver({
      type: 'app_mention',
      user: 'U0ALICE',
      ts: '1600000000.000100',
      text: `<@${BOT_USER_ID}> ${slackEncoded(PLAIN)}`,
      channel: 'C0EDITED',
      edited: { user: 'U0ALICE', ts: '1700009999.000000' },
    });
    await onlySentinelAnswered('C0EDITED');
  });

  it('thread_broadcast and Slack Connect messages (user_team) are people writing: answered in the thread', async () => {
    await deliver({
      type: 'message',
      subtype: 'thread_broadcast',
      channel: 'C0BCAST',
      channel_type: 'channel',
      user: 'U0EXT',
      user_team: 'T0OTHERORG',
      source_team: 'T0OTHERORG',
      team: 'T0OTHERORG',
      text: slackEncoded(PLAIN),
      ts: nextTs(),
      thread_ts: '1700000777.000001',
      root: { ts: '1700000777.000001', user: 'U0BOB', text: 'mail to Mia bounces' },
    });
    await h.standIn.waitFor(() => inChannel('C0BCAST').length > 0, 'the answer');
    expect(inChannel('C0BCAST')[0]?.threadTs).toBe('1700000777.000001');
  });

  it('bots, apps, joins, /me, edits and deletions get no answer, even carrying a bounce', async () => {
    const channel = 'C0QUIET';
    const base = { type: 'message', channel, channel_type: 'channel' };
    const quiet: Record<string, unknown>[] = [
      { ...base, subtype: 'bot_message', bot_id: 'B0OTHER', username: 'alerts', text: PLAIN, ts: nextTs() },
      // An app posting with its bot token: no subtype, a user id, and bot_id / app_id / bot_profile.
      {
        ...base,
        user: 'U0OTHERBOT',
        bot_id: 'B0OTHER',
        app_id: 'A0OTHER',
        bot_profile: { id: 'B0OTHER', app_id: 'A0OTHER', name: 'postmaster-alerts', deleted: false },
        text: PLAIN,
        ts: nextTs(),
      },
      {
        ...base,
        subtype: 'channel_join',
        user: 'U0CAROL',
        text: '<@U0CAROL> has joined the channel',
        ts: nextTs(),
      },
      { ...base, subtype: 'me_message', user: 'U0ALICE', text: 'is looking at the bounce', ts: nextTs() },
      {
        ...base,
        subtype: 'message_changed',
        hidden: true,
        ts: nextTs(),
        message: {
          type: 'message',
          user: 'U0ALICE',
          text: PLAIN,
          ts: '1700000001.000001',
          edited: { user: 'U0ALICE', ts: '1' },
        },
        previous_message: { type: 'message', user: 'U0ALICE', text: 'typo', ts: '1700000001.000001' },
      },
      {
        ...base,
        subtype: 'message_deleted',
        hidden: true,
        deleted_ts: '1700000001.000001',
        ts: nextTs(),
        previous_message: { text: PLAIN },
      },
      // Its own answer, as Slack echoes it to the bot.
      { ...base, user: BOT_USER_ID, bot_id: 'BBOT', app_id: 'A0APP', text: PLAIN, ts: nextTs() },
    ];
    for (const event of quiet) await deliver(event);
    await onlySentinelAnswered(channel);
  });

  it('a group DM (mpim) message is not subscribed; a mention there is answered', async () => {
    await deliver({
      type: 'message',
      channel: 'G0MPIM',
      channel_type: 'mpim',
      user: 'U0ALICE',
      text: PLAIN,
      ts: nextTs(),
    });
    const ts = nextTs();
    await deliver({
      type: 'app_mention',
      channel: 'G0MPIM',
      user: 'U0ALICE',
      text: `<@${BOT_USER_ID}> ${slackEncoded(PLAIN)}`,
      ts,
    });
    await h.standIn.waitFor(() => inChannel('G0MPIM').length > 0, 'the answer');
    expect(inChannel('G0MPIM').map((m) => m.threadTs)).toEqual([ts]);
  });

  it('url_verification (HTTP mode) answers the challenge', async () => {
    const res = await postSigned(
      h.port as number,
      JSON.stringify({
        token: 'legacy',
        challenge: '3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P',
        type: 'url_verification',
      }),
      'application/json',
    );
    expect(res.status).toBe(200);
    expect(res.body).toContain('3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P');
  });
});

describe('Slack: a bounce forwarded as a file', () => {
  const snippet = (url: string, extra: Record<string, unknown> = {}) => ({
    id: 'F0SNIP',
    created: 1_700_000_000,
    name: 'bounce.txt',
    title: 'Untitled',
    mimetype: 'text/plain',
    filetype: 'text',
    pretty_type: 'Plain Text',
    user: 'U0ALICE',
    mode: 'snippet',
    editable: true,
    is_external: false,
    external_type: '',
    size: Buffer.byteLength(PLAIN),
    url_private: url,
    url_private_download: url,
    preview: PLAIN.slice(0, 100),
    preview_is_truncated: true,
    lines: 4,
    lines_more: 1,
    ...extra,
  });

  it('a text snippet in a channel is downloaded with the bot token and diagnosed', async () => {
    const url = h.standIn.hostFile('bounce.txt', PLAIN);
    const ts = nextTs();
    await deliver({
      type: 'message',
      subtype: 'file_share',
      channel: 'C0SNIPPET',
      channel_type: 'channel',
      user: 'U0ALICE',
      text: '',
      upload: false,
      display_as_bot: false,
      files: [snippet(url)],
      ts,
    });
    await h.standIn.waitFor(() => inChannel('C0SNIPPET').length > 0, 'the answer');
    const [answer] = inChannel('C0SNIPPET') as [StoredMessage];
    expect(answer.threadTs).toBe(ts);
    expect(answer.text).toContain(expected);
    expect(h.standIn.downloads.find((d) => url.endsWith(d.path))?.token).toBe(BOT_TOKEN);
  });

  it('a mention with only a snippet (app_mention carries files too, beside its file_share twin): one answer', async () => {
    const url = h.standIn.hostFile('ndr.eml', PLAIN);
    const ts = nextTs();
    const event = {
      type: 'app_mention',
      text: `<@${BOT_USER_ID}>`,
      files: [
        snippet(url, { name: 'ndr.eml', mimetype: 'message/rfc822', filetype: 'email', mode: 'hosted' }),
      ],
      upload: false,
      user: 'U0ALICE',
      display_as_bot: false,
      ts,
      channel: 'C0MENTIONFILE',
    };
    await deliver(event);
    await deliver({ ...event, type: 'message', subtype: 'file_share', channel_type: 'channel' });
    await h.standIn.waitFor(() => inChannel('C0MENTIONFILE').length > 0, 'the answer');
    await onlySentinelAnswered('C0MENTIONFILE', 1);
    expect(inChannel('C0MENTIONFILE')[0]?.text).toContain(expected);
    expect(inChannel('C0MENTIONFILE')[0]?.threadTs).toBe(ts);
  });

  it("a file elsewhere than Slack's file host is not fetched (the token stays home); a DM says why", async () => {
    const ts = nextTs();
    await deliver({
      type: 'message',
      subtype: 'file_share',
      channel: 'D0FILE',
      channel_type: 'im',
      user: 'U0ALICE',
      text: 'here it is',
      files: [snippet('https://files.example.org/files-pri/T0TEAM-F0X/bounce.txt')],
      ts,
    });
    await h.standIn.waitFor(() => inChannel('D0FILE').length > 0, 'the answer');
    expect(inChannel('D0FILE')[0]?.text).toContain("not on Slack's file servers");
    expect(h.standIn.downloads.some((d) => d.path.includes('F0X'))).toBe(false);
  });

  // Before, the files were joined into one text: the first email's MIME parts swallowed the others.
  it('several bounce emails shared at once are each read: every recipient is answered', async () => {
    const ndr = (rcpt: string, reply: string) =>
      [
        'From: Mail Delivery System <MAILER-DAEMON@mail.example.com>',
        `To: alice@example.com`,
        'Subject: Undelivered Mail Returned to Sender',
        '',
        `<${rcpt}>: host mx.example.net[192.0.2.25] said: ${reply} (in reply to RCPT TO command)`,
      ].join('\n');
    const files = [
      ndr('ada@example.net', '550 5.1.1 <ada@example.net>: Recipient address rejected: User unknown'),
      ndr('bo@example.net', '552 5.2.2 <bo@example.net>: Mailbox full'),
    ].map((text, i) =>
      snippet(h.standIn.hostFile(`bounce-${i}.eml`, text), {
        id: `F0EML${i}`,
        name: `bounce-${i}.eml`,
        mimetype: 'message/rfc822',
        filetype: 'email',
        mode: 'hosted',
        size: Buffer.byteLength(text),
      }),
    );
    const ts = nextTs();
    await deliver({
      type: 'message',
      subtype: 'file_share',
      channel: 'C0TWOFILES',
      channel_type: 'channel',
      user: 'U0ALICE',
      text: 'these two came back this morning',
      files,
      ts,
    });
    await h.standIn.waitFor(() => inChannel('C0TWOFILES').length > 0, 'the answer');
    const [answer] = inChannel('C0TWOFILES') as [StoredMessage];
    expect(answer.threadTs).toBe(ts);
    expect(answer.text).toContain('ada@example.net');
    const blocks = JSON.stringify(answer.blocks);
    expect(blocks).toContain('Rejected: the recipient address does not exist: ada@example.net');
    expect(blocks).toContain("Delivery failed: the recipient's mailbox is full: bo@example.net");
  });

  it('an image shared in a channel is left alone', async () => {
    await deliver({
      type: 'message',
      subtype: 'file_share',
      channel: 'C0IMAGE',
      channel_type: 'channel',
      user: 'U0ALICE',
      text: '',
      files: [
        snippet(h.standIn.hostFile('screenshot.png', 'PNG'), {
          name: 'screenshot.png',
          mimetype: 'image/png',
          filetype: 'png',
          mode: 'hosted',
        }),
      ],
      ts: nextTs(),
    });
    await onlySentinelAnswered('C0IMAGE');
    expect(h.standIn.downloads.some((d) => d.path.includes('screenshot.png'))).toBe(false);
  });
});

describe('Slack: slash commands as Slack sends them', () => {
  it('/bounce with an escaped paste and enterprise fields answers in a thread like the plain text', async () => {
    const payload = {
      ...slashPayload(h.standIn, '/bounce', slackEncoded(PLAIN), { channel: 'C0SLASH' }),
      enterprise_id: 'E0GRID',
      enterprise_name: 'Example Grid',
      is_enterprise_install: 'false',
    };
    const res = await postSlash(h.port as number, payload);
    expect(res.status).toBe(200);
    await h.standIn.waitFor(
      () => inChannel('C0SLASH').some((m) => m.threadTs !== null && m.text.includes(expected)),
      'the answer in the thread',
    );
    const parent = inChannel('C0SLASH').find((m) => m.threadTs === null) as StoredMessage;
    expect(inChannel('C0SLASH').filter((m) => m.threadTs === parent.ts)).toHaveLength(1);
  });
});
