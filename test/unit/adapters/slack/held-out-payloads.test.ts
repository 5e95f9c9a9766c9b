import { describe, expect, it } from 'vitest';
import { exchangeNdr, outlookMsgFile } from '../../../helpers/outlook-msg-file.js';
import { BOT_TOKEN, postSigned, postSlash, slashPayload } from './helpers/bot-harness.js';
import { useHeldOutSlackBot } from './helpers/held-out-bot.js';
import { escaped, linkified, PLAIN } from './helpers/postfix-paste.js';
import { BOT_ID, BOT_USER_ID, type StoredMessage, TEAM_ID } from './helpers/slack-stand-in.js';

/**
 * Held-out audit: Slack payloads in shapes the other Slack tests do not use, each checked against
 * Slack's documentation or payloads captured from real workspaces (Slack's file_share and message
 * docs; the golden events of MercuryTechnologies/slack-web: email_message, forwarded_message,
 * share_with_message, message_file_share_slack_connect; bolt-js types). Each goes through the real
 * HTTP receiver (signed), Bolt, the adapter and the core, against the loopback Slack stand-in.
 *
 * Audit figures: 16 of 24 right as written (20 cases, then 4 more found in later rounds), 24 after.
 * The 8 that failed say why in a comment.
 */

let seq = 0;
const nextTs = () => `1710000${String(++seq).padStart(3, '0')}.000200`;
// Real Slack file ids, channel ids and user ids are upper-case alphanumerics.
const fileId = () => `F0HELD${String(++seq).padStart(4, '0')}`;
const held = useHeldOutSlackBot(nextTs, {
  // A slash command in a DM between two people: the bot is no member, Slack says channel_not_found.
  refuse: (method, args) => {
    if (method === 'chat.postMessage' && args.channel === 'D0TWOPEOPLE') return 'channel_not_found';
    // An app installed without the optional files:read scope.
    if (method === 'files.info' && args.file === 'F0NOSCOPE') return 'missing_scope';
    return null;
  },
});
const { inChannel, deliver, firstAnswer, onlySentinelAnswered } = held;
const shown = (m: StoredMessage | undefined) => `${m?.text ?? ''}${JSON.stringify(m?.blocks ?? [])}`;

/** A file object as Slack puts it in a file_share event (fields from the file_share docs). */
function fileObject(id: string, url: string, fields: Record<string, unknown>) {
  return {
    id,
    created: 1_710_000_000,
    timestamp: 1_710_000_000,
    user: 'U0ALICE',
    user_team: TEAM_ID,
    editable: false,
    mode: 'hosted',
    is_external: false,
    external_type: '',
    is_public: false,
    public_url_shared: false,
    display_as_bot: false,
    username: '',
    url_private: url,
    url_private_download: url,
    permalink: `https://example.slack.com/files/U0ALICE/${id}/file`,
    permalink_public: `https://slack-files.com/${TEAM_ID}-${id}-0a1b2c3d4e`,
    has_rich_preview: false,
    file_access: 'visible',
    ...fields,
  };
}

describe('held-out Slack: files', () => {
  it('an uploaded .eml (message/rfc822, filetype email) in a DM is read and diagnosed', async () => {
    const id = fileId();
    const url = held.h.standIn.hostFile('Undelivered Mail Returned to Sender.eml', PLAIN);
    await deliver({
      type: 'message',
      subtype: 'file_share',
      text: '',
      files: [
        fileObject(id, url, {
          name: 'Undelivered Mail Returned to Sender.eml',
          title: 'Undelivered Mail Returned to Sender.eml',
          mimetype: 'message/rfc822',
          filetype: 'email',
          pretty_type: 'Email',
          size: Buffer.byteLength(PLAIN),
        }),
      ],
      upload: true,
      user: 'U0ALICE',
      display_as_bot: false,
      ts: nextTs(),
      channel: 'D0EML',
      channel_type: 'im',
    });
    const answer = await firstAnswer('D0EML');
    expect(answer.text).toContain(held.expected);
    expect(held.h.standIn.downloads.find((d) => url.endsWith(d.path))?.token).toBe(BOT_TOKEN);
  });

  it('a long paste Slack turned into a snippet ("Untitled", no extension) in a thread is answered there', async () => {
    const id = fileId();
    const url = held.h.standIn.hostFile('Untitled', PLAIN);
    await deliver({
      type: 'message',
      subtype: 'file_share',
      text: 'bounce from this morning',
      files: [
        fileObject(id, url, {
          name: 'Untitled',
          title: 'Untitled',
          mimetype: 'text/plain',
          filetype: 'text',
          pretty_type: 'Plain Text',
          mode: 'snippet',
          editable: true,
          size: Buffer.byteLength(PLAIN),
          lines: 8,
          lines_more: 3,
          preview_is_truncated: true,
        }),
      ],
      upload: false,
      user: 'U0ALICE',
      ts: nextTs(),
      thread_ts: '1710000000.000001',
      parent_user_id: 'U0BOB',
      channel: 'C0SNIPTHREAD',
      channel_type: 'channel',
    });
    const answer = await firstAnswer('C0SNIPTHREAD');
    expect(answer.threadTs).toBe('1710000000.000001');
    expect(answer.text).toContain(held.expected);
  });

  it('a file over the size cap in a DM is not downloaded; the DM says why', async () => {
    const id = fileId();
    const url = held.h.standIn.hostFile('maillog.txt', PLAIN);
    await deliver({
      type: 'message',
      subtype: 'file_share',
      text: '',
      files: [
        fileObject(id, url, {
          name: 'maillog.txt',
          title: 'maillog.txt',
          mimetype: 'text/plain',
          filetype: 'text',
          size: 48 * 1024 * 1024,
        }),
      ],
      user: 'U0ALICE',
      ts: nextTs(),
      channel: 'D0BIGFILE',
      channel_type: 'im',
    });
    const answer = await firstAnswer('D0BIGFILE');
    expect(shown(answer)).toMatch(/maillog\.txt is 48(\.0)? MiB/);
    expect(held.h.standIn.downloads.some((d) => url.endsWith(d.path))).toBe(false);
  });

  // Slackbot posts mail sent to a channel's email address (user USLACKBOT, bot_id, mode "email", the
  // body in plain_text). Failed as written: every message with a bot_id was dropped.
  it("a bounce mailed to the channel's email address (Slackbot's email file_share) is answered in a thread", async () => {
    const id = fileId();
    const ts = nextTs();
    await deliver({
      type: 'message',
      text: '',
      files: [
        fileObject(
          id,
          held.h.standIn.hostFile('email.html', `<html><body><pre>${PLAIN}</pre></body></html>`),
          {
            name: 'Undelivered Mail Returned to Sender',
            title: 'Undelivered Mail Returned to Sender',
            mimetype: 'text/html',
            filetype: 'email',
            pretty_type: 'Email',
            user: 'USLACKBOT',
            editable: true,
            size: 6212,
            mode: 'email',
            is_public: true,
            display_as_bot: true,
            username: 'Email',
            subject: 'Undelivered Mail Returned to Sender',
            to: [
              {
                address: 'mail-ops@example.slack.com',
                name: 'mail-ops',
                original: 'mail-ops@example.slack.com',
              },
            ],
            from: [
              {
                address: 'MAILER-DAEMON@mail.example.org',
                name: 'Mail Delivery System',
                original: 'Mail Delivery System <MAILER-DAEMON@mail.example.org>',
              },
            ],
            cc: [],
            attachments: [],
            original_attachment_count: 0,
            plain_text: PLAIN,
            preview: PLAIN.slice(0, 120),
            preview_plain_text: PLAIN.slice(0, 120),
            headers: {
              date: 'Fri, 08 Mar 2024 09:12:00 +0000',
              in_reply_to: null,
              reply_to: null,
              message_id: '<20240308091200.1A2B3C@mail.example.org>',
            },
            has_more: false,
            sent_to_self: false,
            bot_id: 'B0EMAILAPP',
          },
        ),
      ],
      upload: true,
      user: 'USLACKBOT',
      display_as_bot: true,
      bot_id: 'B0EMAILAPP',
      ts,
      channel: 'C0MAILBOX',
      subtype: 'file_share',
      channel_type: 'channel',
    });
    const answer = await firstAnswer('C0MAILBOX');
    expect(answer.threadTs).toBe(ts);
    expect(answer.text).toContain(held.expected);
  });

  // A channel used as a bounce mailbox also receives the auto-replies its mail draws: read with the email
  // file's Subject they are auto-replies, and nobody needs telling that nothing needs fixing.
  it('an auto-reply mailed to the channel stays unanswered; a bounce beside it is answered', async () => {
    const mailed = (subject: string, from: string, body: string) => ({
      type: 'message',
      text: '',
      files: [
        fileObject(fileId(), held.h.standIn.hostFile('email.html', `<pre>${body}</pre>`), {
          mimetype: 'text/html',
          filetype: 'email',
          mode: 'email',
          user: 'USLACKBOT',
          subject,
          from: [{ address: from, name: '', original: from }],
          to: [{ address: 'bounces@example.slack.com', name: '', original: 'bounces@example.slack.com' }],
          plain_text: body,
        }),
      ],
      upload: true,
      user: 'USLACKBOT',
      bot_id: 'B0EMAILAPP',
      ts: nextTs(),
      channel: 'C0BOUNCEBOX',
      subtype: 'file_share',
      channel_type: 'channel',
    });
    await deliver(
      mailed(
        'Automatic reply: Quarterly report',
        'bob@example.org',
        'I am out of the office until March 18 with limited access to email.\nFor urgent matters please contact carol@example.org.\n',
      ),
    );
    await deliver(mailed('Undelivered Mail Returned to Sender', 'MAILER-DAEMON@mail.example.org', PLAIN));
    const answer = await firstAnswer('C0BOUNCEBOX');
    expect(answer.text).toContain(held.expected);
    expect(inChannel('C0BOUNCEBOX')).toHaveLength(1);
  });

  it('an email file a person shares (mode "email", text/html) in a DM is diagnosed like its plain text', async () => {
    const id = fileId();
    const html = `<html><body><div>${escaped(PLAIN).replace(/\n/g, '<br>')}</div></body></html>`;
    await deliver({
      type: 'message',
      subtype: 'file_share',
      text: 'this came back',
      files: [
        fileObject(id, held.h.standIn.hostFile('bounce-email', html), {
          name: 'Undelivered Mail Returned to Sender',
          title: 'Undelivered Mail Returned to Sender',
          mimetype: 'text/html',
          filetype: 'email',
          pretty_type: 'Email',
          mode: 'email',
          size: html.length,
          subject: 'Undelivered Mail Returned to Sender',
          plain_text: PLAIN,
          preview_plain_text: PLAIN.slice(0, 120),
          has_more: false,
        }),
      ],
      user: 'U0ALICE',
      ts: nextTs(),
      channel: 'D0EMAILFILE',
      channel_type: 'im',
    });
    const answer = await firstAnswer('D0EMAILFILE');
    expect(answer.text).toContain(held.expected);
  });

  // Slack Connect events carry only {id, mode: "file_access", file_access: "check_file_info"}; Slack's
  // docs say to call files.info for the rest. Failed as written: the user was told to paste the text.
  it('a Slack Connect file (check_file_info) is looked up with files.info, then read', async () => {
    const id = fileId();
    const url = held.h.standIn.hostFile('bounce.txt', PLAIN);
    held.h.standIn.fileInfo(
      fileObject(id, url, {
        name: 'bounce.txt',
        title: 'bounce.txt',
        mimetype: 'text/plain',
        filetype: 'text',
        user: 'U0PARTNER',
        user_team: 'T0PARTNER',
        size: Buffer.byteLength(PLAIN),
      }),
    );
    await deliver({
      type: 'message',
      text: 'the bounce our customer got',
      files: [
        { id, mode: 'file_access', file_access: 'check_file_info', created: 0, timestamp: 0, user: '' },
      ],
      upload: true,
      user: 'U0PARTNER',
      user_team: 'T0PARTNER',
      source_team: 'T0PARTNER',
      display_as_bot: false,
      ts: nextTs(),
      client_msg_id: 'a5a11822-d14e-4621-992b-32d561648aa0',
      channel: 'D0CONNECT',
      subtype: 'file_share',
      channel_type: 'im',
    });
    const answer = await firstAnswer('D0CONNECT');
    expect(answer.text).toContain(held.expected);
    expect(held.h.standIn.calls.some((c) => c.method === 'files.info' && c.args.file === id)).toBe(true);
  });

  it('its own upload (the report file it shares in a thread) is not answered', async () => {
    const channel = 'C0OWNFILE';
    const id = fileId();
    await deliver({
      type: 'message',
      subtype: 'file_share',
      text: '',
      files: [
        fileObject(id, held.h.standIn.hostFile('mailmedic-report.txt', PLAIN), {
          name: 'mailmedic-report.txt',
          title: 'mailmedic-report.txt',
          mimetype: 'text/plain',
          filetype: 'text',
          user: BOT_USER_ID,
          size: Buffer.byteLength(PLAIN),
        }),
      ],
      user: BOT_USER_ID,
      bot_id: BOT_ID,
      app_id: 'A0APP',
      ts: nextTs(),
      thread_ts: '1710000000.000002',
      channel,
      channel_type: 'channel',
    });
    await onlySentinelAnswered(channel);
  });
});

describe('held-out Slack: shared and forwarded messages', () => {
  /** A message attachment as Slack builds it for a shared or forwarded message. */
  const shared = (text: string) => ({
    ts: '1710000050.000100',
    author_id: 'U0BOB',
    channel_id: 'C0ALERTS',
    channel_team: TEAM_ID,
    is_msg_unfurl: true,
    message_blocks: [
      {
        team: TEAM_ID,
        channel: 'C0ALERTS',
        ts: '1710000050.000100',
        message: {
          blocks: [
            {
              type: 'rich_text',
              block_id: 'nXUog',
              elements: [{ type: 'rich_text_section', elements: [{ type: 'text', text: PLAIN }] }],
            },
          ],
        },
      },
    ],
    color: 'D0D0D0',
    from_url: 'https://example.slack.com/archives/C0ALERTS/p1710000050000100',
    is_share: true,
    fallback: `[March 9th, 2024 10:24 AM] bob: ${text.slice(0, 40)}`,
    text,
    author_name: 'bob',
    author_link: 'https://example.slack.com/team/U0BOB',
    author_subname: 'bob',
    mrkdwn_in: ['text'],
    footer: 'Slack Conversation',
  });

  // A forwarded message arrives with text "" and the original in attachments[] (is_share). Failed as
  // written: only `text` was read, so the DM got "the message is empty".
  it('a bounce forwarded to the bot in a DM (empty text, attachments[].is_share) is diagnosed', async () => {
    await deliver({
      user: 'U0ALICE',
      type: 'message',
      ts: nextTs(),
      text: '',
      team: TEAM_ID,
      attachments: [shared(linkified(PLAIN))],
      channel: 'D0FORWARD',
      channel_type: 'im',
    });
    const answer = await firstAnswer('D0FORWARD');
    expect(answer.text).toContain(held.expected);
  });

  // Same shape with a comment that mentions the bot. Failed as written: only the comment was read.
  it('a shared message with "@mailmedic what happened here?" is diagnosed from the shared bounce', async () => {
    const ts = nextTs();
    const event = {
      user: 'U0ALICE',
      type: 'app_mention',
      ts,
      text: `<@${BOT_USER_ID}> what happened here?`,
      team: TEAM_ID,
      attachments: [shared(linkified(PLAIN))],
      channel: 'C0SHARED',
    };
    await deliver(event);
    await deliver({ ...event, type: 'message', channel_type: 'channel' });
    const answer = await firstAnswer('C0SHARED');
    expect(answer.threadTs).toBe(ts);
    expect(answer.text).toContain(held.expected);
  });

  it('a link unfurl (an attachment that is no shared message) is not read as a paste', async () => {
    const channel = 'C0UNFURL';
    await deliver({
      type: 'message',
      user: 'U0ALICE',
      text: '<https://status.example.org/incidents/42>',
      attachments: [
        {
          from_url: 'https://status.example.org/incidents/42',
          service_name: 'Example status',
          title: 'Mail delays',
          text: PLAIN,
          fallback: 'Example status: Mail delays',
          id: 1,
          original_url: 'https://status.example.org/incidents/42',
        },
      ],
      ts: nextTs(),
      channel,
      channel_type: 'channel',
    });
    await onlySentinelAnswered(channel);
  });
});

describe('held-out Slack: how pasted text is encoded', () => {
  it('a paste in a rich_text_preformatted block (text fenced, escaped, links inside) reads like the plain text', async () => {
    await deliver({
      type: 'message',
      user: 'U0ALICE',
      client_msg_id: '9d2f3c4a-0000-4000-8000-00000000a001',
      text: `can someone look at this\n\`\`\`${linkified(PLAIN)}\`\`\``,
      blocks: [
        {
          type: 'rich_text',
          block_id: 'pre1',
          elements: [
            { type: 'rich_text_section', elements: [{ type: 'text', text: 'can someone look at this\n' }] },
            {
              type: 'rich_text_preformatted',
              border: 0,
              elements: [
                { type: 'text', text: PLAIN.split('mail.example.org')[0] },
                { type: 'link', url: 'http://mail.example.org', text: 'mail.example.org' },
                { type: 'text', text: PLAIN.split('mail.example.org').slice(1).join('mail.example.org') },
              ],
            },
          ],
        },
      ],
      ts: nextTs(),
      team: TEAM_ID,
      channel: 'C0PRE',
      channel_type: 'channel',
    });
    const answer = await firstAnswer('C0PRE');
    expect(answer.text).toContain(held.expected);
    expect(shown(answer)).not.toContain('mailto:');
  });

  it('a paste quoted with ">" (a Slack blockquote, escaped as &gt;) reads like the plain text', async () => {
    const quoted = linkified(PLAIN)
      .split('\n')
      .map((l) => `&gt; ${l}`)
      .join('\n');
    await deliver({
      type: 'message',
      user: 'U0ALICE',
      text: `<@${BOT_USER_ID}>\n${quoted}`,
      ts: nextTs(),
      channel: 'D0QUOTE',
      channel_type: 'im',
    });
    const answer = await firstAnswer('D0QUOTE');
    expect(answer.text).toContain(held.expected);
  });

  it('"@mailmedic mx <http://example.com|example.com>" (Slack linkified the domain) runs /mx example.com', async () => {
    await deliver({
      type: 'message',
      user: 'U0ALICE',
      text: `<@${BOT_USER_ID}> mx <http://example.com|example.com>`,
      ts: nextTs(),
      channel: 'D0MXLINK',
      channel_type: 'im',
    });
    await held.h.standIn.waitFor(
      () => inChannel('D0MXLINK').some((m) => !m.text.startsWith('Checking')),
      'the /mx answer',
    );
    const all = inChannel('D0MXLINK').map(shown).join('\n');
    expect(all).toContain('example.com');
    expect(all).not.toContain('http://example.com');
    expect(all).toContain('mx.example.com');
  });
});

describe('held-out Slack: threads, edits, retries, subtypes', () => {
  // "@mailmedic" alone under a bounce someone pasted: the bounce is the thread's parent. Failed as
  // written: only the mention's own text was read ("the message is empty").
  it('a bare mention in the thread of a pasted bounce diagnoses the thread parent', async () => {
    const channel = 'C0THREADASK';
    const parentTs = '1710000100.000100';
    held.h.standIn.thread(channel, [
      {
        type: 'message',
        user: 'U0BOB',
        text: linkified(PLAIN),
        ts: parentTs,
        thread_ts: parentTs,
        reply_count: 1,
      },
      {
        type: 'message',
        user: 'U0ALICE',
        text: `<@${BOT_USER_ID}>`,
        ts: '1710000101.000100',
        thread_ts: parentTs,
      },
    ]);
    const event = {
      type: 'app_mention',
      user: 'U0ALICE',
      text: `<@${BOT_USER_ID}>`,
      ts: '1710000101.000100',
      thread_ts: parentTs,
      parent_user_id: 'U0BOB',
      channel,
    };
    await deliver(event);
    await deliver({ ...event, type: 'message', channel_type: 'channel' });
    const answer = await firstAnswer(channel);
    expect(answer.threadTs).toBe(parentTs);
    expect(answer.text).toContain(held.expected);
  });

  it('an edited paste (message_changed) after its answer gets no second answer', async () => {
    const channel = 'C0EDIT';
    const ts = nextTs();
    await deliver({
      type: 'message',
      channel,
      channel_type: 'channel',
      user: 'U0ALICE',
      text: linkified(PLAIN),
      ts,
    });
    await firstAnswer(channel);
    await deliver({
      type: 'message',
      subtype: 'message_changed',
      message: {
        type: 'message',
        user: 'U0ALICE',
        text: `${linkified(PLAIN)}\n(sent at 09:12)`,
        edited: { user: 'U0ALICE', ts: '1710000999.000000' },
        ts,
        source_team: TEAM_ID,
        user_team: TEAM_ID,
      },
      previous_message: { type: 'message', user: 'U0ALICE', text: linkified(PLAIN), ts },
      channel,
      hidden: true,
      ts: nextTs(),
      event_ts: nextTs(),
      channel_type: 'channel',
    });
    await onlySentinelAnswered(channel, 1);
  });

  it('a delivery Slack retries (X-Slack-Retry-Num 1 and 2, same event_id) is answered once', async () => {
    const channel = 'C0RETRY';
    const event = {
      type: 'message',
      channel,
      channel_type: 'channel',
      user: 'U0ALICE',
      text: linkified(PLAIN),
      ts: nextTs(),
    };
    await deliver(event, 'Ev0HELDRETRY');
    await deliver(event, 'Ev0HELDRETRY', {}, 1);
    await deliver(event, 'Ev0HELDRETRY', {}, 2);
    await firstAnswer(channel);
    await onlySentinelAnswered(channel, 1);
    expect(inChannel(channel).filter((m) => m.threadTs === event.ts)).toHaveLength(1);
  });

  it('topic, purpose, pins, reminders and channel renames stay unanswered even when they quote a bounce', async () => {
    const channel = 'C0SUBTYPES';
    const base = { type: 'message', channel, channel_type: 'channel', user: 'U0ALICE' };
    for (const event of [
      { ...base, subtype: 'channel_topic', topic: PLAIN, text: `set the channel topic: ${linkified(PLAIN)}` },
      {
        ...base,
        subtype: 'channel_purpose',
        purpose: PLAIN,
        text: `set the channel purpose: ${linkified(PLAIN)}`,
      },
      { ...base, subtype: 'pinned_item', item_type: 'C', text: `pinned a message: ${linkified(PLAIN)}` },
      { ...base, subtype: 'reminder_add', text: `set up a reminder “${linkified(PLAIN)}”` },
      { ...base, subtype: 'channel_name', old_name: 'mail', name: 'mail-ops', text: 'renamed the channel' },
      { ...base, subtype: 'channel_leave', text: `<@U0ALICE> has left the channel` },
    ]) {
      await deliver({ ...event, ts: nextTs() });
    }
    await onlySentinelAnswered(channel);
  });

  it('an Enterprise Grid mention (W user, enterprise_id, is_ext_shared_channel) is answered in its thread', async () => {
    const ts = nextTs();
    const grid = {
      enterprise_id: 'E0GRID',
      context_team_id: TEAM_ID,
      context_enterprise_id: 'E0GRID',
      is_ext_shared_channel: true,
      authorizations: [
        {
          enterprise_id: 'E0GRID',
          team_id: TEAM_ID,
          user_id: BOT_USER_ID,
          is_bot: true,
          is_enterprise_install: false,
        },
      ],
    };
    const event = {
      type: 'app_mention',
      user: 'W0ALICE',
      text: `<@${BOT_USER_ID}> ${linkified(PLAIN)}`,
      ts,
      team: TEAM_ID,
      user_team: 'E0GRID',
      source_team: TEAM_ID,
      user_profile: { real_name: 'Alice', display_name: 'alice', team: TEAM_ID, is_restricted: false },
      channel: 'C0GRID',
    };
    await deliver(event, undefined, grid);
    await deliver({ ...event, type: 'message', channel_type: 'channel' }, undefined, grid);
    const answer = await firstAnswer('C0GRID');
    expect(answer.threadTs).toBe(ts);
    expect(answer.text).toContain(held.expected);
    await onlySentinelAnswered('C0GRID', 1);
  });
});

describe('held-out Slack: slash commands as form-encoded bodies', () => {
  it('/bounce typed in a DM between two people (the bot cannot post there) answers through response_url', async () => {
    const payload: Record<string, string> = {
      ...slashPayload(held.h.standIn, '/bounce', linkified(PLAIN), { channel: 'D0TWOPEOPLE' }),
      channel_name: 'directmessage',
      enterprise_id: 'E0GRID',
      enterprise_name: 'Example Grid',
    };
    const res = await postSlash(held.h.port as number, payload);
    expect(res.status).toBe(200);
    const id = String(payload.response_url).split('/').pop();
    await held.h.standIn.waitFor(
      () => held.h.standIn.responses.some((r) => r.id === id),
      'the response_url answer',
    );
    const body = held.h.standIn.responses.find((r) => r.id === id)?.body ?? {};
    expect(body.response_type).toBe('ephemeral');
    expect(String(body.text)).toContain(held.expected);
    expect(inChannel('D0TWOPEOPLE')).toHaveLength(0);
  });

  it('/mx with a domain Slack linkified (should_escape) posts "/mx example.com" and answers in its thread', async () => {
    const res = await postSlash(
      held.h.port as number,
      slashPayload(held.h.standIn, '/mx', '<http://example.com|example.com>', { channel: 'C0SLASHMX' }),
    );
    expect(res.status).toBe(200);
    expect(res.body).toContain('/mx example.com');
    await held.h.standIn.waitFor(
      () => inChannel('C0SLASHMX').some((m) => m.threadTs !== null && shown(m).includes('mx.example.com')),
      'the /mx answer',
    );
    const parent = inChannel('C0SLASHMX').find((m) => m.threadTs === null);
    expect(parent?.text).toMatch(/^\/mx example\.com — asked by <@U0ALICE>/);
  });
});

describe('held-out Slack: second round', () => {
  // Slack for iOS sends typed quotes as curly ones, and linkifies the domain inside them. Failed as
  // written: the quotes became part of the name, punycoded (xn--example-…), and that was looked up.
  it('/mx ‘example.com’ (curly quotes from a phone, domain linkified) checks example.com', async () => {
    const res = await postSlash(
      held.h.port as number,
      slashPayload(held.h.standIn, '/mx', '‘<http://example.com|example.com>’', { channel: 'C0SLASHIOS' }),
    );
    expect(res.status).toBe(200);
    await held.h.standIn.waitFor(
      () => inChannel('C0SLASHIOS').some((m) => m.threadTs !== null && !m.text.startsWith('Checking')),
      'the /mx answer',
    );
    const all = inChannel('C0SLASHIOS').map(shown).join('\n');
    expect(all).toContain('mx.example.com');
    expect(all).not.toContain('xn--');
  });
});

describe('held-out Slack: third round', () => {
  // Outlook on Windows drags an NDR out as a .msg (binary), not .eml. Failed as written: the file was
  // skipped and the DM said "the message is empty". Then it was refused with what to send instead; now
  // it is read as the NDR it holds.
  it('a DM with only an Outlook .msg NDR is answered as the bounce it holds', async () => {
    const id = fileId();
    const ndr = outlookMsgFile(
      exchangeNdr('bob@example.org', '550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown'),
    );
    await deliver({
      type: 'message',
      subtype: 'file_share',
      text: '',
      files: [
        fileObject(id, held.h.standIn.hostFile('Undeliverable.msg', ndr), {
          name: 'Undeliverable: Quarterly report.msg',
          title: 'Undeliverable: Quarterly report.msg',
          mimetype: 'application/vnd.ms-outlook',
          filetype: 'binary',
          pretty_type: 'Binary',
          size: 48_640,
        }),
      ],
      user: 'U0ALICE',
      ts: nextTs(),
      channel: 'D0MSG',
      channel_type: 'im',
    });
    const answer = await firstAnswer('D0MSG');
    expect(shown(answer)).toContain('bob@example.org');
    expect(shown(answer)).toMatch(/does not exist/i);
    expect(shown(answer)).not.toMatch(/message is empty|cannot be read/i);
  });
});

describe('held-out Slack: fourth round, requests that are not messages', () => {
  // Slack's docs: the notice has no inner event and wants a 200, or the delivery counts as failed.
  // Failed as written: Bolt found no listener type and answered 404 after 3 s.
  it('app_rate_limited is acknowledged with 200 at once', async () => {
    const res = await postSigned(
      held.h.port as number,
      JSON.stringify({
        token: 'legacy-verification-token',
        type: 'app_rate_limited',
        team_id: TEAM_ID,
        minute_rate_limited: 1_710_000_060,
        api_app_id: 'A0APP',
      }),
      'application/json',
    );
    expect(res.status).toBe(200);
    expect(res.ms).toBeLessThan(2500);
    expect(held.h.log()).toContain('rate-limiting the events');
  });

  it("Slack's ssl_check to the command URL gets 200 and runs nothing", async () => {
    const before = held.h.standIn.calls.length;
    const res = await postSigned(
      held.h.port as number,
      'ssl_check=1&token=legacy-verification-token',
      'application/x-www-form-urlencoded',
    );
    expect(res.status).toBe(200);
    expect(held.h.standIn.calls.slice(before)).toEqual([]);
  });
});

describe('guards for the fixes (not part of the audit figures)', () => {
  it('a Slack Connect file without the files:read scope: the DM says which scope reads it', async () => {
    await deliver({
      type: 'message',
      subtype: 'file_share',
      text: '',
      files: [
        {
          id: 'F0NOSCOPE',
          mode: 'file_access',
          file_access: 'check_file_info',
          created: 0,
          timestamp: 0,
          user: '',
        },
      ],
      user: 'U0PARTNER',
      user_team: 'T0PARTNER',
      ts: nextTs(),
      channel: 'D0NOSCOPE',
      channel_type: 'im',
    });
    const answer = await firstAnswer('D0NOSCOPE');
    expect(shown(answer)).toContain('files:read');
  });

  it('"thanks" in a DM thread the bot already answered is not taken for the parent bounce again', async () => {
    const channel = 'D0THANKS';
    const parentTs = '1710000400.000100';
    held.h.standIn.thread(channel, [
      { type: 'message', user: 'U0ALICE', text: linkified(PLAIN), ts: parentTs, thread_ts: parentTs },
      {
        type: 'message',
        user: BOT_USER_ID,
        bot_id: BOT_ID,
        text: held.expected,
        ts: '1710000401.000100',
        thread_ts: parentTs,
      },
      { type: 'message', user: 'U0ALICE', text: 'thanks!', ts: '1710000402.000100', thread_ts: parentTs },
    ]);
    await deliver({
      type: 'message',
      user: 'U0ALICE',
      text: 'thanks!',
      ts: '1710000402.000100',
      thread_ts: parentTs,
      channel,
      channel_type: 'im',
    });
    const answer = await firstAnswer(channel);
    expect(answer.threadTs).toBe(parentTs);
    expect(answer.text).not.toContain(held.expected);
  });

  it('mail posted by an email bot without a user field is read from its plain_text too', async () => {
    const id = fileId();
    const ts = nextTs();
    await deliver({
      type: 'message',
      subtype: 'file_share',
      text: '',
      bot_id: 'B0EMAILAPP',
      username: 'Email',
      files: [
        fileObject(id, held.h.standIn.hostFile('mail.html', '<html></html>'), {
          name: 'Undelivered Mail Returned to Sender',
          mimetype: 'text/html',
          filetype: 'email',
          mode: 'email',
          plain_text: PLAIN,
          size: 6212,
        }),
      ],
      ts,
      channel: 'C0MAILBOT',
      channel_type: 'channel',
    });
    const answer = await firstAnswer('C0MAILBOT');
    expect(answer.threadTs).toBe(ts);
    expect(answer.text).toContain(held.expected);
  });

  it("a question under the bot's own parent message is not read as that parent's command", async () => {
    const channel = 'C0OWNPARENT';
    const parentTs = '1710000200.000100';
    held.h.standIn.thread(channel, [
      {
        type: 'message',
        user: BOT_USER_ID,
        bot_id: BOT_ID,
        text: '/mx example.com — asked by <@U0ALICE>',
        ts: parentTs,
      },
    ]);
    await deliver({
      type: 'message',
      user: 'U0ALICE',
      text: `<@${BOT_USER_ID}> what does this mean?`,
      ts: nextTs(),
      thread_ts: parentTs,
      channel,
      channel_type: 'channel',
    });
    const answer = await firstAnswer(channel);
    expect(answer.threadTs).toBe(parentTs);
    expect(shown(answer)).not.toContain('mx.example.com');
    expect(
      held.h.standIn.calls.some((c) => c.method === 'conversations.replies' && c.args.channel === channel),
    ).toBe(true);
  });

  it('a mention carrying its own bounce in a thread is answered from it, without reading the parent', async () => {
    const channel = 'C0OWNBOUNCE';
    const parentTs = '1710000300.000100';
    await deliver({
      type: 'message',
      user: 'U0ALICE',
      text: `<@${BOT_USER_ID}> ${linkified(PLAIN)}`,
      ts: nextTs(),
      thread_ts: parentTs,
      channel,
      channel_type: 'channel',
    });
    const answer = await firstAnswer(channel);
    expect(answer.text).toContain(held.expected);
    expect(
      held.h.standIn.calls.some((c) => c.method === 'conversations.replies' && c.args.channel === channel),
    ).toBe(false);
  });
});
