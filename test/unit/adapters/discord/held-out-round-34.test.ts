import { describe, expect, it } from 'vitest';
import {
  BOT_USER,
  HUMAN,
  IDS,
  messagePayload,
  slashCommand,
  snowflake,
  userMessage,
} from './discord-stand-in.js';
import { dm, embedsOf, PLAIN, shown, useHeldOutBot } from './held-out-bot.js';

/**
 * Held-out round 34: Discord gateway payloads in 2025-2026 shapes earlier rounds did not cover
 * (@everyone, replies to the bot with a command, binary and mislabelled attachments, a UTF-16 text
 * file, forwards of an embed, autocomplete and button interactions, slash options with newlines lost
 * or links typed in, voice-channel chat, forum posts, announcement channels, sticker-only mentions).
 * Written from Discord's API docs (message, snapshot, attachment, interaction and channel objects)
 * before any source was changed; each is dispatched by the loopback gateway to a real discord.js
 * Client running the adapter.
 *
 * Figures: 16 of 20 right as written. The misses: "`mx example.com`" (inline code) in a DM was read
 * as a bounce; a .txt saved as UTF-16 with a BOM was "binary data"; a forward of an alert embed
 * (snapshot with embeds, no content) was "the message is empty"; /mx domain:bob@example.com was
 * refused with "is not a domain". After the fixes: 20 of 20.
 */
const held = useHeldOutBot();

/** The answer in the thread started from `message` (in the guild's text channel). */
async function answerInNewThread(message: { id: string }) {
  const thread = await held.discord.waitForCall(
    (c) => c.path === `/channels/${IDS.channel}/messages/${message.id}/threads`,
  );
  return held.discord.waitForCall(
    (c) => c.method === 'POST' && c.path === `/channels/${thread.response?.id as string}/messages`,
  );
}

/** The last edit of an interaction's reply that is no longer the progress view. */
function finalEdit(token: string) {
  return held.discord.waitForCall(
    (c) =>
      c.path.includes(`/${token}`) &&
      c.method === 'PATCH' &&
      !String(embedsOf(c)[0]?.title ?? '').startsWith('Checking'),
  );
}

/** A final (non-progress) message posted in `channelId` since call `after`. */
function finalPostedIn(channelId: string, after: number) {
  return held.discord.waitForCall(
    (c) =>
      held.discord.calls.indexOf(c) >= after &&
      (c.method === 'POST' || c.method === 'PATCH') &&
      c.path.startsWith(`/channels/${channelId}/messages`) &&
      !String(embedsOf(c)[0]?.title ?? '').startsWith('Checking'),
  );
}

describe('round 34 Discord: who the message is for', () => {
  it('@everyone with a pasted bounce, no mention of the bot, stays unanswered', async () => {
    const before = held.discord.calls.length;
    const message = userMessage(`@everyone who broke mail again?\n${PLAIN}`, 'channel', false);
    Object.assign(message, { mention_everyone: true });
    held.discord.dispatch('MESSAGE_CREATE', message);
    await held.onlySentinelAnswered(before);
  });

  it('a mention of the bot beside a team role mention and a bounce is answered once, in a thread', async () => {
    const before = held.discord.calls.length;
    const message = userMessage(
      `<@&${IDS.teamRole}> <@${IDS.bot}> can you read this?\n${PLAIN}`,
      'channel',
      true,
    );
    Object.assign(message, { mention_roles: [IDS.teamRole] });
    held.discord.dispatch('MESSAGE_CREATE', message);
    const answer = await answerInNewThread(message);
    expect(embedsOf(answer)[0]?.title).toBe(held.plainTitle);
    await held.onlySentinelAnswered(held.discord.calls.length);
    expect(
      held.discord.calls.slice(before).filter((c) => c.method === 'POST' && c.path.endsWith('/threads')),
    ).toHaveLength(1);
  });

  it('a reply to the bot\'s answer saying "@mailmedic mx example.com" runs /mx there', async () => {
    const after = held.discord.calls.length;
    const botAnswer = messagePayload(snowflake(), IDS.existingThread, BOT_USER, {
      content: '',
      embeds: [{ title: held.plainTitle }],
    });
    const reply = userMessage(`<@${IDS.bot}> mx example.com`, 'thread', true);
    Object.assign(reply, {
      type: 19,
      message_reference: {
        type: 0,
        message_id: botAnswer.id,
        channel_id: IDS.existingThread,
        guild_id: IDS.guild,
      },
      referenced_message: { ...botAnswer, guild_id: IDS.guild },
    });
    held.discord.dispatch('MESSAGE_CREATE', reply);
    const answer = await finalPostedIn(IDS.existingThread, after);
    expect(shown(answer)).toContain('mx.example.com');
  });

  it('"`mx example.com`" in a DM (the command in inline code) runs /mx', async () => {
    const after = held.discord.calls.length;
    held.discord.dispatch('MESSAGE_CREATE', dm('`mx example.com`'));
    const answer = await finalPostedIn(IDS.dm, after);
    expect(shown(answer)).toContain('mx.example.com');
  });

  it('a mention with only a sticker gets a clear answer (what to send), not silence or a crash', async () => {
    const after = held.discord.calls.length;
    const message = userMessage(`<@${IDS.bot}>`, 'channel', true);
    Object.assign(message, { sticker_items: [{ id: snowflake(), name: 'wave', format_type: 1 }] });
    held.discord.dispatch('MESSAGE_CREATE', message);
    const answer = await answerInNewThread(message);
    expect(held.discord.calls.indexOf(answer)).toBeGreaterThanOrEqual(after);
    expect(shown(answer)).toMatch(/paste|\/bounce|\/mx|help/i);
  });

  it('a mention with a link whose preview embed is marketing text does not read the embed as a bounce', async () => {
    const message = userMessage(`<@${IDS.bot}> https://status.example.com/incident/42`, 'channel', true);
    Object.assign(message, {
      embeds: [
        {
          type: 'link',
          url: 'https://status.example.com/incident/42',
          title: 'Incident 42',
          description:
            'Delivery delays: 550 5.7.1 Service unavailable, client host blocked using zen.example',
        },
      ],
    });
    held.discord.dispatch('MESSAGE_CREATE', message);
    const answer = await answerInNewThread(message);
    expect(shown(answer)).not.toMatch(/zen\.example|blocklist/i);
  });
});

describe('round 34 Discord: attachments', () => {
  it('a mention with only a .zip says the file cannot be read and names it, without downloading', async () => {
    const zip = held.discord.hostFile('bounces.zip', 'PK\u0003\u0004', 'application/zip');
    const message = userMessage(`<@${IDS.bot}>`, 'channel', true, [zip]);
    held.discord.dispatch('MESSAGE_CREATE', message);
    const answer = await answerInNewThread(message);
    expect(shown(answer)).toContain('bounces.zip');
    expect(shown(answer)).toMatch(/paste|text/i);
  });

  it('an .eml Discord labelled application/octet-stream is read by its name and diagnosed', async () => {
    const before = held.discord.calls.length;
    const eml = held.discord.hostFile('returned.eml', PLAIN, 'application/octet-stream');
    held.discord.dispatch('MESSAGE_CREATE', dm('', { attachments: [eml] }));
    const answer = await held.postedIn(IDS.dm, before);
    expect(embedsOf(answer)[0]?.title).toBe(held.plainTitle);
  });

  it('a .txt saved by Windows as UTF-16 (BOM FF FE) is decoded and diagnosed', async () => {
    const before = held.discord.calls.length;
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(PLAIN.replace(/\n/g, '\r\n'), 'utf16le'),
    ]);
    const txt = held.discord.hostFile('ndr.txt', utf16, 'text/plain; charset=utf-16');
    held.discord.dispatch('MESSAGE_CREATE', dm('', { attachments: [txt] }));
    const answer = await held.postedIn(IDS.dm, before);
    expect(embedsOf(answer)[0]?.title).toBe(held.plainTitle);
  });

  it('a forward of an alert embed (snapshot with embeds only) is read from the embed', async () => {
    const before = held.discord.calls.length;
    held.discord.dispatch(
      'MESSAGE_CREATE',
      dm('', {
        message_reference: { type: 1, channel_id: IDS.channel, message_id: snowflake(), guild_id: IDS.guild },
        message_snapshots: [
          {
            message: {
              type: 0,
              content: '',
              embeds: [{ type: 'rich', title: 'Bounce received', description: PLAIN, color: 15158332 }],
              attachments: [],
              timestamp: new Date(Date.now() - 60_000).toISOString(),
              edited_timestamp: null,
              flags: 0,
              mentions: [],
              mention_roles: [],
              components: [],
            },
          },
        ],
      }),
    );
    const answer = await held.postedIn(IDS.dm, before);
    expect(embedsOf(answer)[0]?.title).toBe(held.plainTitle);
  });
});

describe('round 34 Discord: interactions', () => {
  it('an autocomplete interaction (type 4) is no crash and answers nothing wrong', async () => {
    const before = held.discord.calls.length;
    const interaction = slashCommand('mailmedic', { command: 'm' }) as Record<string, unknown>;
    interaction.type = 4;
    const data = interaction.data as { options: Record<string, unknown>[] };
    data.options = [{ name: 'command', type: 3, value: 'm', focused: true }];
    held.discord.dispatch('INTERACTION_CREATE', interaction);
    await held.onlySentinelAnswered(before);
  });

  it('a button press on an old message (component interaction, type 3) is no crash', async () => {
    const before = held.discord.calls.length;
    const id = snowflake();
    const base = slashCommand('mx') as Record<string, unknown>;
    const interaction = {
      ...base,
      id,
      token: `interaction-token-${id}`,
      type: 3,
      message: messagePayload(snowflake(), IDS.channel, BOT_USER, { content: 'old' }, [], {
        guild_id: IDS.guild,
      }),
      data: { custom_id: 'recheck:example.com', component_type: 2 },
    };
    held.discord.dispatch('INTERACTION_CREATE', interaction);
    await held.onlySentinelAnswered(before);
  });

  it('/bounce text: a pasted bounce whose newlines Discord flattened to spaces is diagnosed the same', async () => {
    const interaction = slashCommand('bounce', { text: PLAIN.replace(/\s*\n\s*/g, ' ') });
    held.discord.dispatch('INTERACTION_CREATE', interaction);
    const final = await finalEdit(interaction.token);
    expect(embedsOf(final)[0]?.title).toBe(held.plainTitle);
  });

  it('/mx domain: "  https://example.com/  " (a link pasted in) checks example.com', async () => {
    const interaction = slashCommand('mx', { domain: '  https://example.com/  ' });
    held.discord.dispatch('INTERACTION_CREATE', interaction);
    const final = await finalEdit(interaction.token);
    expect(shown(final)).toContain('mx.example.com');
  });

  it('/mx domain: "EXAMPLE.COM." (capitals and the root dot) checks example.com', async () => {
    const interaction = slashCommand('mx', { domain: 'EXAMPLE.COM.' });
    held.discord.dispatch('INTERACTION_CREATE', interaction);
    const final = await finalEdit(interaction.token);
    expect(shown(final)).toContain('mx.example.com');
  });

  it('/mx domain: "bob@example.com" (an address) checks the domain of the address', async () => {
    const interaction = slashCommand('mx', { domain: 'bob@example.com' });
    held.discord.dispatch('INTERACTION_CREATE', interaction);
    const final = await finalEdit(interaction.token);
    expect(shown(final)).toContain('mx.example.com');
  });
});

describe('round 34 Discord: channels of other kinds', () => {
  it("a mention in a voice channel's text chat (type 2, no threads there) is answered by a reply", async () => {
    const voiceId = snowflake();
    held.discord.dispatch('CHANNEL_CREATE', {
      id: voiceId,
      type: 2,
      guild_id: IDS.guild,
      name: 'Mail war room',
      position: 1,
      permission_overwrites: [],
      bitrate: 64000,
      user_limit: 0,
      parent_id: null,
      rtc_region: null,
    });
    const message = userMessage(`<@${IDS.bot}> ${PLAIN}`, 'channel', true);
    Object.assign(message, { channel_id: voiceId, channel_type: 2 });
    held.discord.dispatch('MESSAGE_CREATE', message);
    const answer = await held.discord.waitForCall(
      (c) => c.method === 'POST' && c.path === `/channels/${voiceId}/messages`,
    );
    expect(embedsOf(answer)[0]?.title).toBe(held.plainTitle);
  });

  it('a mention in a forum post (thread whose parent is a forum, type 15) is answered in the post', async () => {
    const forumId = snowflake();
    const postId = snowflake();
    held.discord.dispatch('CHANNEL_CREATE', {
      id: forumId,
      type: 15,
      guild_id: IDS.guild,
      name: 'mail-help',
      position: 2,
      permission_overwrites: [],
      parent_id: null,
      available_tags: [],
      default_reaction_emoji: null,
      flags: 0,
    });
    held.discord.dispatch('THREAD_CREATE', {
      id: postId,
      type: 11,
      guild_id: IDS.guild,
      parent_id: forumId,
      owner_id: IDS.user,
      name: 'Bounces to example.net',
      message_count: 1,
      member_count: 1,
      applied_tags: [],
      flags: 0,
      newly_created: true,
      thread_metadata: {
        archived: false,
        auto_archive_duration: 4320,
        archive_timestamp: new Date().toISOString(),
        locked: false,
      },
    });
    const message = userMessage(`<@${IDS.bot}> ${PLAIN}`, 'thread', true);
    Object.assign(message, { channel_id: postId, channel_type: 11 });
    held.discord.dispatch('MESSAGE_CREATE', message);
    const answer = await held.discord.waitForCall(
      (c) => c.method === 'POST' && c.path === `/channels/${postId}/messages`,
    );
    expect(embedsOf(answer)[0]?.title).toBe(held.plainTitle);
  });

  it('a mention in an announcement channel (type 5) is answered in a thread started from it', async () => {
    const newsId = snowflake();
    held.discord.dispatch('CHANNEL_CREATE', {
      id: newsId,
      type: 5,
      guild_id: IDS.guild,
      name: 'mail-status',
      position: 3,
      permission_overwrites: [],
      parent_id: null,
    });
    const message = userMessage(`<@${IDS.bot}> ${PLAIN}`, 'channel', true);
    Object.assign(message, { channel_id: newsId, channel_type: 5 });
    held.discord.dispatch('MESSAGE_CREATE', message);
    const thread = await held.discord.waitForCall(
      (c) => c.path === `/channels/${newsId}/messages/${message.id}/threads`,
    );
    const answer = await held.discord.waitForCall(
      (c) => c.method === 'POST' && c.path === `/channels/${thread.response?.id as string}/messages`,
    );
    expect(embedsOf(answer)[0]?.title).toBe(held.plainTitle);
  });

  it('a DM from a user the bot never saw before (uncached DM channel, author only) is answered', async () => {
    const stranger = { ...HUMAN, id: snowflake(), username: 'newadmin', global_name: 'New Admin' };
    const dmId = snowflake();
    const message = messagePayload(snowflake(), dmId, stranger, { content: PLAIN }, [], {
      channel_type: 1,
      mentions: [],
    });
    held.discord.dispatch('MESSAGE_CREATE', message);
    const answer = await held.discord.waitForCall(
      (c) => c.method === 'POST' && c.path === `/channels/${dmId}/messages`,
    );
    expect(embedsOf(answer)[0]?.title).toBe(held.plainTitle);
  });
});
