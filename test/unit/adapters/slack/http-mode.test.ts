import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDnsClient } from '../../../../src/dns/resolver.js';
import { DNSBL_ZONES } from '../../../../src/knowledge/dnsbl-zones.js';
import { createRateLimiter } from '../../../../src/limits/rate-limiter.js';
import { DNSBL_ZONE } from '../../checks/blacklist/zone.js';
import { a, mx, startDnsServer, type TestDnsServer, txt } from '../../helpers/dns-server.js';
import {
  APP_TOKEN,
  BOT_TOKEN,
  eventPayload,
  type Harness,
  loopbackFetch,
  postEvent,
  postSlash,
  SIGNING_SECRET,
  slashPayload,
  startHarness,
} from './helpers/bot-harness.js';
import { BOT_USER_ID, type StoredMessage } from './helpers/slack-stand-in.js';

const BOUNCE =
  '550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in virtual mailbox table';

let dns: TestDnsServer;
let h: Harness;

beforeAll(async () => {
  dns = await startDnsServer({
    ...DNSBL_ZONE,
    'example.com': [mx(10, 'mx.example.com'), txt('v=spf1 mx -all')],
    'mx.example.com': [a('5.6.7.8')],
    'example.net': [mx(10, 'mx.example.net')],
    'mx.example.net': [a('5.6.7.9')],
    '_dmarc.example.com': [txt('v=DMARC1; p=reject')],
  });
  h = await startHarness('http', {
    context: {
      dns: createDnsClient({ servers: [dns.address], timeoutMs: 2000, tries: 1 }),
      dnsbl: { zones: DNSBL_ZONES.filter((z) => ['zen.spamhaus.org', 'bl.spamcop.net'].includes(z.zone)) },
      checkDeadlineMs: 3000,
    },
  });
});

afterAll(async () => {
  await h?.stop();
  await dns?.close();
});

const text = (m: StoredMessage | undefined) => JSON.stringify(m?.blocks ?? []) + (m?.text ?? '');
const threadOf = (parent: StoredMessage) => h.standIn.messages.filter((m) => m.threadTs === parent.ts);

/** The parent message "/… — asked by <@user>" and, once it is final, its thread's answer. */
async function answerTo(title: string): Promise<{ parent: StoredMessage; answer: StoredMessage }> {
  await h.standIn.waitFor(
    () => h.standIn.messages.some((m) => m.threadTs === null && m.text.startsWith(title)),
    `the parent of ${title}`,
  );
  const parent = h.standIn.messages.find(
    (m) => m.threadTs === null && m.text.startsWith(title),
  ) as StoredMessage;
  await h.standIn.waitFor(
    () => threadOf(parent).some((m) => !m.text.startsWith('Checking')),
    `the final answer to ${title}`,
  );
  return { parent, answer: threadOf(parent).find((m) => !m.text.startsWith('Checking')) as StoredMessage };
}

describe('Slack over HTTP: requests', () => {
  it('answers the health endpoint', async () => {
    const res = await loopbackFetch(`http://127.0.0.1:${h.port}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, mode: 'http' });
  });

  it('refuses a request with a bad signature (401) and runs nothing', async () => {
    const before = h.standIn.calls.length;
    const res = await postSlash(h.port as number, slashPayload(h.standIn, '/mx', 'example.com'), {
      secret: 'not-the-secret',
    });
    expect(res.status).toBe(401);
    const stale = await postSlash(h.port as number, slashPayload(h.standIn, '/mx', 'example.com'), {
      timestamp: Math.floor(Date.now() / 1000) - 600,
    });
    expect(stale.status).toBe(401);
    expect(h.standIn.calls.length).toBe(before);
  });
});

describe('Slack over HTTP: slash commands', () => {
  it('/mx: ephemeral ack, parent in channel, progress reply edited into the answer', async () => {
    const res = await postSlash(h.port as number, slashPayload(h.standIn, '/mx', 'example.com'));
    expect(res.status).toBe(200);
    const ack = JSON.parse(res.body) as { response_type: string; text: string };
    expect(ack.response_type).toBe('ephemeral');
    expect(ack.text).toContain('Checking /mx example.com');
    const { parent, answer } = await answerTo('/mx example.com');
    expect(parent.channel).toBe('C0GENERAL');
    expect(parent.text).toBe('/mx example.com — asked by <@U0ALICE>');
    expect(answer.versions[0]?.text).toContain('Checking /mx example.com');
    expect(answer.versions.length).toBeGreaterThanOrEqual(2);
    expect(text(answer)).toContain('example.com accepts mail at mx.example.com');
    expect(dns.queries).toContain('MX example.com');
  });

  it('/bounce: the diagnosis in the thread with cause, side and numbered steps', async () => {
    await postSlash(h.port as number, slashPayload(h.standIn, '/bounce', BOUNCE));
    const { answer } = await answerTo('/bounce (');
    const body = text(answer);
    expect(body).toContain('bob@example.com');
    expect(body).toMatch(/must act/);
    expect(body).toContain('1. ');
    expect(body).toContain('status 5.1.1');
  });

  it('/probe goes through the same path as the other checks', async () => {
    await postSlash(h.port as number, slashPayload(h.standIn, '/probe', 'bob@example.com'));
    const { answer } = await answerTo('/probe bob@example.com');
    expect(answer.text.length).toBeGreaterThan(0);
  });

  it('/blacklist: every list answered, listings named, progress from each list', async () => {
    await postSlash(h.port as number, slashPayload(h.standIn, '/blacklist', '5.6.7.8'));
    const { answer } = await answerTo('/blacklist 5.6.7.8');
    const body = text(answer);
    expect(body).toContain('Spamhaus ZEN');
    expect(body).toContain('listed on');
  });

  it('/auth: SPF and DMARC findings in the thread', async () => {
    await postSlash(h.port as number, slashPayload(h.standIn, '/auth', 'example.com'));
    const { answer } = await answerTo('/auth example.com');
    expect(text(answer)).toMatch(/SPF/);
    expect(text(answer)).toMatch(/DMARC/);
  });

  it('/mailmedic alone is the help, privately in the ack', async () => {
    const before = h.standIn.messages.length;
    const res = await postSlash(h.port as number, slashPayload(h.standIn, '/mailmedic', ''));
    const ack = JSON.parse(res.body) as { response_type: string; blocks: unknown[] };
    expect(ack.response_type).toBe('ephemeral');
    expect(JSON.stringify(ack.blocks)).toContain('/mx DOMAIN');
    expect(h.standIn.messages.length).toBe(before);
  });

  it('/mailmedic runs the command it is given', async () => {
    await postSlash(
      h.port as number,
      slashPayload(h.standIn, '/mailmedic', 'mx example.com', { user: 'U0BOB' }),
    );
    const { parent } = await answerTo('/mx example.com — asked by <@U0BOB>');
    expect(parent.channel).toBe('C0GENERAL');
  });

  it('a malformed command gets the usage hint, privately, and nothing is posted', async () => {
    const before = h.standIn.messages.length;
    for (const [command, args] of [
      ['/mx', ''],
      ['/mx', 'not a domain!'],
      ['/blacklist', ''],
    ] as const) {
      const res = await postSlash(h.port as number, slashPayload(h.standIn, command, args));
      const ack = JSON.parse(res.body) as { response_type: string; blocks: unknown[] };
      expect(ack.response_type).toBe('ephemeral');
      expect(JSON.stringify(ack.blocks)).toContain(`usage: ${command}`);
    }
    expect(h.standIn.messages.length).toBe(before);
  });

  it('in a channel the bot is not in, the answer goes to the asker through response_url', async () => {
    const own = await startHarness('http', { notInChannel: ['C0OUTSIDE'] });
    try {
      const payload = slashPayload(own.standIn, '/bounce', BOUNCE, { channel: 'C0OUTSIDE' });
      await postSlash(own.port as number, payload);
      await own.standIn.waitFor(() => own.standIn.responses.length > 0, 'a response_url answer');
      const r = own.standIn.responses[0]?.body as { response_type: string; blocks: unknown[] };
      expect(r.response_type).toBe('ephemeral');
      expect(JSON.stringify(r.blocks)).toContain('/invite @mailmedic');
      expect(JSON.stringify(r.blocks)).toContain('bob@example.com');
      expect(own.standIn.messages).toEqual([]);
    } finally {
      await own.stop();
    }
  });
});

describe('Slack over HTTP: messages', () => {
  it('a bounce pasted in a thread is answered in that thread; the event is acked at once', async () => {
    const res = await postEvent(
      h.port as number,
      eventPayload({
        type: 'message',
        channel: 'C0OPS',
        channel_type: 'channel',
        user: 'U0ALICE',
        text: BOUNCE.replace('<bob@example.com>', '&lt;<mailto:bob@example.com|bob@example.com>&gt;'),
        ts: '1700000100.000100',
        thread_ts: '1700000050.000050',
      }),
    );
    expect(res.status).toBe(200);
    await h.standIn.waitFor(
      () => h.standIn.messages.some((m) => m.channel === 'C0OPS'),
      'the answer in C0OPS',
    );
    const answer = h.standIn.messages.find((m) => m.channel === 'C0OPS') as StoredMessage;
    expect(answer.threadTs).toBe('1700000050.000050');
    expect(text(answer)).toContain('bob@example.com');
    expect(text(answer)).not.toContain('mailto:');
  });

  it('ordinary chat in a channel gets no answer; the same text mentioning the bot does', async () => {
    await postEvent(
      h.port as number,
      eventPayload({
        type: 'message',
        channel: 'C0CHAT',
        channel_type: 'channel',
        user: 'U0ALICE',
        text: 'lunch at noon? ping alice@example.org',
        ts: '1700000200.000100',
      }),
    );
    const mention = eventPayload({
      type: 'app_mention',
      channel: 'C0CHAT',
      user: 'U0ALICE',
      text: `<@${BOT_USER_ID}> lunch at noon? ping alice@example.org`,
      ts: '1700000201.000100',
    });
    await postEvent(h.port as number, mention);
    await h.standIn.waitFor(
      () => h.standIn.messages.some((m) => m.channel === 'C0CHAT'),
      'the mention answer',
    );
    const answers = h.standIn.messages.filter((m) => m.channel === 'C0CHAT');
    expect(answers).toHaveLength(1);
    expect(answers[0]?.threadTs).toBe('1700000201.000100');
    expect(text(answers[0])).toContain('alice@example.org');
    expect(text(answers[0])).toContain('/mx');
  });

  it('a mention in a channel comes as two events and a retry as a third: one answer', async () => {
    const msg = {
      channel: 'C0TWIN',
      user: 'U0ALICE',
      text: `<@${BOT_USER_ID}> ${BOUNCE}`,
      ts: '1700000300.000100',
    };
    const asMessage = eventPayload({ type: 'message', channel_type: 'channel', ...msg }, 'EvTWIN1');
    const asMention = eventPayload({ type: 'app_mention', ...msg }, 'EvTWIN2');
    await postEvent(h.port as number, asMessage);
    await postEvent(h.port as number, asMention);
    const retry = await postEvent(h.port as number, asMention, { retryNum: 1 });
    expect(retry.status).toBe(200);
    await h.standIn.waitFor(() => h.standIn.messages.some((m) => m.channel === 'C0TWIN'), 'the answer');
    // A later event proves the earlier ones were all handled before we count.
    await postEvent(
      h.port as number,
      eventPayload({
        type: 'app_mention',
        channel: 'C0TWIN',
        user: 'U0ALICE',
        text: `<@${BOT_USER_ID}> help`,
        ts: '1700000301.000100',
      }),
    );
    await h.standIn.waitFor(
      () => h.standIn.messages.filter((m) => m.channel === 'C0TWIN').length >= 2,
      'help',
    );
    expect(h.standIn.messages.filter((m) => m.threadTs === '1700000300.000100')).toHaveLength(1);
  });

  it('a DM is always answered, even when it is not a bounce', async () => {
    await postEvent(
      h.port as number,
      eventPayload({
        type: 'message',
        channel: 'D0ALICE',
        channel_type: 'im',
        user: 'U0ALICE',
        text: 'hello?',
        ts: '1700000400.000100',
      }),
    );
    await h.standIn.waitFor(() => h.standIn.messages.some((m) => m.channel === 'D0ALICE'), 'the DM answer');
    const dm = h.standIn.messages.find((m) => m.channel === 'D0ALICE') as StoredMessage;
    expect(dm.threadTs).toBe('1700000400.000100');
    expect(text(dm)).toContain('does not look like a bounce');
  });

  it('a DM with a live command gets the progress reply and the answer', async () => {
    await postEvent(
      h.port as number,
      eventPayload({
        type: 'message',
        channel: 'D0CMD',
        channel_type: 'im',
        user: 'U0ALICE',
        text: 'mx example.net',
        ts: '1700000450.000100',
      }),
    );
    await h.standIn.waitFor(
      () => h.standIn.messages.some((m) => m.channel === 'D0CMD' && text(m).includes('accepts mail')),
      'the /mx answer in the DM',
    );
    const reply = h.standIn.messages.find((m) => m.channel === 'D0CMD') as StoredMessage;
    expect(reply.threadTs).toBe('1700000450.000100');
    // Not in the DNS cache yet, so the check needs the network: a progress reply first.
    expect(reply.versions[0]?.text).toContain('Checking /mx example.net');
  });

  it("ignores its own messages, other bots' messages and edits", async () => {
    for (const event of [
      { user: BOT_USER_ID, text: BOUNCE },
      { user: 'U0OTHER', bot_id: 'B0OTHER', text: BOUNCE },
      { subtype: 'bot_message', bot_id: 'B0OTHER', text: BOUNCE },
      { subtype: 'message_changed', text: BOUNCE },
    ]) {
      await postEvent(
        h.port as number,
        eventPayload({
          type: 'message',
          channel: 'C0BOTS',
          channel_type: 'channel',
          ts: '1700000500.000100',
          ...event,
        }),
      );
    }
    await postEvent(
      h.port as number,
      eventPayload({
        type: 'message',
        channel: 'C0BOTS',
        channel_type: 'im',
        user: 'U0ALICE',
        text: 'help',
        ts: '1700000501.000100',
      }),
    );
    await h.standIn.waitFor(() => h.standIn.messages.some((m) => m.channel === 'C0BOTS'), 'the help answer');
    expect(h.standIn.messages.filter((m) => m.channel === 'C0BOTS')).toHaveLength(1);
  });
});

describe('Slack over HTTP: safety', () => {
  it('never writes a token or the signing secret to the log, even at trace level', () => {
    const log = h.log();
    expect(log.length).toBeGreaterThan(0);
    for (const secret of [BOT_TOKEN, APP_TOKEN, SIGNING_SECRET, 'Z9BOTTOKEN', 'Z9SIGNINGSECRET']) {
      expect(log).not.toContain(secret);
    }
  });

  it('only ever called the methods its scopes allow, with the bot token', () => {
    const methods = new Set(h.standIn.calls.map((c) => c.method));
    for (const m of methods) {
      expect([
        'auth.test',
        'chat.postMessage',
        'chat.update',
        'chat.postEphemeral',
        'files.getUploadURLExternal',
        'files.completeUploadExternal',
      ]).toContain(m);
    }
    expect(h.standIn.calls.every((c) => c.token === BOT_TOKEN)).toBe(true);
    expect(h.standIn.calls.filter((c) => c.error !== null)).toEqual([]);
  });
});

describe('Slack over HTTP: rate limits', () => {
  it("a refusal by the core's limiter is a polite ephemeral message, with nothing posted", async () => {
    const own = await startHarness('http', {
      context: {
        dns: createDnsClient({ servers: [dns.address], timeoutMs: 2000, tries: 1 }),
        limiter: createRateLimiter({ perUser: { limit: 1, windowSeconds: 3600 } }),
      },
    });
    try {
      await postSlash(own.port as number, slashPayload(own.standIn, '/mx', 'example.com'));
      await own.standIn.waitFor(
        () => own.standIn.messages.some((m) => text(m).includes('accepts mail')),
        'first',
      );
      const posted = own.standIn.messages.length;
      const res = await postSlash(own.port as number, slashPayload(own.standIn, '/mx', 'example.com'));
      expect(JSON.parse(res.body).response_type).toBe('ephemeral');
      await own.standIn.waitFor(() => own.standIn.responses.length > 0, 'the refusal');
      const refusal = own.standIn.responses[0]?.body as { response_type: string; text: string };
      expect(refusal.response_type).toBe('ephemeral');
      expect(refusal.text).toMatch(/try again in \d+ seconds?/i);
      expect(own.standIn.messages.length).toBe(posted);

      // The same limiter answers a mention with an ephemeral note in the thread.
      await postEvent(
        own.port as number,
        eventPayload({
          type: 'app_mention',
          channel: 'C0GENERAL',
          user: 'U0ALICE',
          text: `<@${BOT_USER_ID}> mx example.com`,
          ts: '1700000600.000100',
        }),
      );
      await own.standIn.waitFor(
        () => own.standIn.calls.some((c) => c.method === 'chat.postEphemeral'),
        'ephemeral',
      );
      const eph = own.standIn.calls.find((c) => c.method === 'chat.postEphemeral');
      expect(eph?.args.user).toBe('U0ALICE');
      expect(eph?.args.thread_ts).toBe('1700000600.000100');
      expect(own.standIn.messages.length).toBe(posted);
    } finally {
      await own.stop();
    }
  });
});
