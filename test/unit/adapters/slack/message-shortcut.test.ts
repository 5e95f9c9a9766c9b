import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, postSlash, shortcutPayload, startHarness } from './helpers/bot-harness.js';

/**
 * "Diagnose with mailmedic" from a message's menu, through the HTTP receiver (signed like Slack signs)
 * against the loopback Web API stand-in: the message is read as a pasted bounce and answered in its
 * thread, or to the asker alone where the bot is not a member.
 */

const BOUNCE =
  '550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in virtual mailbox table';

let h: Harness;
beforeAll(async () => {
  h = await startHarness('http', { notInChannel: ['C0OUTSIDE'] });
});
afterAll(async () => {
  await h?.stop();
});

type Response = { response_type: string; text: string; blocks?: unknown[] };
const responses = () => h.standIn.responses.map((r) => r.body as Response);

describe('Slack: the "Diagnose with mailmedic" message shortcut', () => {
  it("answers the message's bounce in its thread, with a private note while it works", async () => {
    const res = await postSlash(
      h.port as number,
      shortcutPayload(h.standIn, { user: 'U0BOB', text: BOUNCE, ts: '1700000300.000300' }),
    );
    expect(res.status).toBe(200);
    await h.standIn.waitFor(
      () => h.standIn.messages.some((m) => m.threadTs === '1700000300.000300'),
      'the answer in the thread',
    );
    const answer = h.standIn.messages.find((m) => m.threadTs === '1700000300.000300');
    expect(answer?.channel).toBe('C0OPS');
    expect(JSON.stringify(answer?.blocks)).toContain('bob@example.com');
    expect(answer?.text).toMatch(/does not exist|unknown/i);
    expect(responses().some((r) => r.response_type === 'ephemeral' && r.text.startsWith(':hourglass'))).toBe(
      true,
    );
  });

  it('answers in the thread the message is in, and reads a message in a thread as it is', async () => {
    await postSlash(
      h.port as number,
      shortcutPayload(h.standIn, {
        user: 'U0BOB',
        text: BOUNCE.replace('bob@', 'carol@'),
        ts: '1700000400.000400',
        thread_ts: '1700000350.000350',
      }),
    );
    await h.standIn.waitFor(
      () => h.standIn.messages.some((m) => m.threadTs === '1700000350.000350'),
      'the answer in the parent thread',
    );
    const answer = h.standIn.messages.find((m) => m.threadTs === '1700000350.000350');
    expect(JSON.stringify(answer?.blocks)).toContain('carol@example.com');
  });

  it('a command in the message is not run: the message is read as a paste', async () => {
    const before = h.standIn.messages.length;
    await postSlash(
      h.port as number,
      shortcutPayload(h.standIn, { user: 'U0BOB', text: '/mx example.com', ts: '1700000500.000500' }),
    );
    await h.standIn.waitFor(() => h.standIn.messages.length > before, 'an answer');
    const answer = h.standIn.messages.find((m) => m.threadTs === '1700000500.000500');
    expect(answer?.text).toMatch(/not a bounce|does not look like a bounce/i);
    expect(h.standIn.calls.some((c) => c.method === 'chat.update')).toBe(false);
  });

  it('where the bot is not a member, the answer goes to the asker through response_url', async () => {
    const before = h.standIn.messages.length;
    await postSlash(
      h.port as number,
      shortcutPayload(
        h.standIn,
        { user: 'U0BOB', text: BOUNCE, ts: '1700000600.000600' },
        { channel: 'C0OUTSIDE' },
      ),
    );
    await h.standIn.waitFor(
      () => responses().some((r) => JSON.stringify(r.blocks ?? []).includes('/invite @mailmedic')),
      'the private answer',
    );
    const answer = responses().find((r) => JSON.stringify(r.blocks ?? []).includes('/invite @mailmedic'));
    expect(answer?.response_type).toBe('ephemeral');
    expect(JSON.stringify(answer?.blocks)).toContain('bob@example.com');
    expect(h.standIn.messages.length).toBe(before);
  });

  it('a message without text says so, privately', async () => {
    await postSlash(
      h.port as number,
      shortcutPayload(h.standIn, { user: 'U0BOB', text: '', ts: '1700000700.000700' }),
    );
    await h.standIn.waitFor(
      () => responses().some((r) => r.text.startsWith('That message has no text')),
      'the private note',
    );
  });
});
