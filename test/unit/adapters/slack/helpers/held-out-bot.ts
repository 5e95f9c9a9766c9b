import { afterAll, beforeAll, expect } from 'vitest';
import { diagnoseBounce } from '../../../../../src/diagnose/diagnose-bounce.js';
import { createDnsClient } from '../../../../../src/dns/resolver.js';
import { a, mx, startDnsServer, type TestDnsServer } from '../../../helpers/dns-server.js';
import { eventPayload, type Harness, postEvent, startHarness } from './bot-harness.js';
import { PLAIN } from './postfix-paste.js';
import type { StoredMessage } from './slack-stand-in.js';

type HarnessOptions = NonNullable<Parameters<typeof startHarness>[1]>;

/**
 * The setup the held-out Slack payload rounds share: a DNS server on loopback for example.com, the bot
 * behind the signed HTTP receiver with the Slack stand-in, and the headline the plain Postfix paste
 * gets, which every other reading of it must give. Fields are set once the file's tests run.
 */
export interface HeldOutSlackBot {
  h: Harness;
  /** The headline of PLAIN's diagnosis. */
  expected: string;
  inChannel(channel: string): StoredMessage[];
  /** Posts an event (signed, as Slack does) and expects 200. */
  deliver(
    event: Record<string, unknown>,
    eventId?: string,
    envelope?: Record<string, unknown>,
    retryNum?: number,
  ): Promise<void>;
  /** The first answer in `channel` (waits for it). */
  firstAnswer(channel: string): Promise<StoredMessage>;
  /** Silence proven by a sentinel: a plain paste after the events is the only thing answered. */
  onlySentinelAnswered(channel: string, before?: number): Promise<void>;
}

/** `nextTs` gives each file its own message timestamps. */
export function useHeldOutSlackBot(
  nextTs: () => string,
  options: Pick<HarnessOptions, 'refuse'> = {},
): HeldOutSlackBot {
  let dns: TestDnsServer | undefined;
  const held = {
    inChannel: (channel: string) => held.h.standIn.messages.filter((m) => m.channel === channel),
    async deliver(event: Record<string, unknown>, eventId?: string, envelope = {}, retryNum?: number) {
      const payload = { ...eventPayload(event, eventId), ...envelope };
      const res = await postEvent(held.h.port as number, payload, retryNum === undefined ? {} : { retryNum });
      expect(res.status).toBe(200);
    },
    async firstAnswer(channel: string) {
      await held.h.standIn.waitFor(() => held.inChannel(channel).length > 0, `an answer in ${channel}`);
      return held.inChannel(channel)[0] as StoredMessage;
    },
    async onlySentinelAnswered(channel: string, before = 0) {
      const ts = nextTs();
      await held.deliver({
        type: 'message',
        channel,
        channel_type: 'channel',
        user: 'U0ALICE',
        text: PLAIN,
        ts,
      });
      await held.h.standIn.waitFor(
        () => held.inChannel(channel).some((m) => m.threadTs === ts),
        'the sentinel answer',
      );
      expect(
        held
          .inChannel(channel)
          .slice(before)
          .map((m) => m.threadTs),
      ).toEqual([ts]);
    },
  } as HeldOutSlackBot;

  beforeAll(async () => {
    dns = await startDnsServer({
      'example.com': [mx(10, 'mx.example.com')],
      'mx.example.com': [a('192.0.2.10')],
    });
    held.h = await startHarness('http', {
      context: { offline: true, dns: createDnsClient({ servers: [dns.address], timeoutMs: 2000, tries: 1 }) },
      ...options,
    });
    held.expected = (await diagnoseBounce(PLAIN)).headline;
  });

  afterAll(async () => {
    await held.h?.stop();
    await dns?.close();
  });
  return held;
}
