import { createSocket, type Socket } from 'node:dgram';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Runner } from '../../../../adapters/slack/run-support.js';
import { runRequest } from '../../../../src/commands/run-request.js';
import { createDnsClient } from '../../../../src/dns/resolver.js';
import type { Report, ZoneResult } from '../../../../src/report/types.js';
import {
  eventPayload,
  type Harness,
  postEvent,
  postSlash,
  slashPayload,
  startHarness,
} from './helpers/bot-harness.js';
import type { StoredMessage } from './helpers/slack-stand-in.js';

const TRANSCRIPT = `${Array.from({ length: 400 }, (_, i) => `S: 250-line ${i} of the EHLO answer`).join('\n')}\n`;

let silent: Socket;
let h: Harness;

/** Stands in for the probe: reports two steps, each after the stand-in has seen the previous edit. */
const slowProbe: Runner = async (req, ctx) => {
  if (req.kind === 'blacklist' && req.target === '192.0.2.99') return slowBlacklist(ctx);
  if (req.kind !== 'probe') return runRequest(req, ctx);
  const edited = (s: string) => () =>
    h.standIn.calls.some((c) => c.method === 'chat.update' && JSON.stringify(c.args).includes(s));
  ctx.onProgress?.({ step: 'connect mx.example.com', state: 'running' });
  await h.standIn.waitFor(edited('connect mx.example.com'), 'the first progress edit');
  ctx.onProgress?.({ step: 'connect mx.example.com', state: 'done', detail: '220 banner in 12 ms' });
  await h.standIn.waitFor(edited('220 banner in 12 ms'), 'the second progress edit');
  const report: Report = {
    kind: 'check',
    headline: 'mx.example.com accepts bob@example.com',
    records: [],
    findings: [{ code: 'probe-rcpt-ok', severity: 'ok', message: 'RCPT TO:<bob@example.com> answered 250' }],
    notes: [],
    attachments: [{ name: 'smtp-transcript.txt', content: TRANSCRIPT }],
  };
  return report;
};

/** Stands in for /blacklist: two lists answer, one listing, each seen in the progress reply. */
async function slowBlacklist(ctx: Parameters<Runner>[1]): Promise<Report> {
  const zone = (list: string, listed: boolean): ZoneResult => ({
    zone: `${list.toLowerCase()}.example`,
    list,
    target: '192.0.2.99',
    listed,
    status: listed ? 'listed' : 'not-listed',
    answer: listed ? '127.0.0.2' : null,
    meaning: listed ? 'spam source' : null,
    reason: null,
    delist: listed ? 'https://delist.example/' : null,
  });
  const results = [zone('ListA', true), zone('ListB', false)];
  for (const [i, r] of results.entries()) {
    ctx.onZoneResult?.(r);
    await h.standIn.waitFor(
      () =>
        h.standIn.calls.some(
          (c) =>
            c.method === 'chat.update' &&
            JSON.stringify(c.args).includes(`${i === 0 ? '1 list' : '2 lists'} answered so far`),
        ),
      `the progress edit after ${i + 1} lists`,
    );
  }
  return {
    kind: 'check',
    headline: '192.0.2.99 is listed on 1 of 2 lists (ListA)',
    records: [],
    findings: [],
    notes: [],
    attachments: [],
    zones: results,
  };
}

beforeAll(async () => {
  // A DNS server that never answers: every check against it runs into its deadline.
  silent = createSocket('udp4');
  await new Promise<void>((r) => silent.bind(0, '127.0.0.1', () => r()));
  h = await startHarness('http', {
    run: slowProbe,
    context: {
      dns: createDnsClient({ servers: [`127.0.0.1:${silent.address().port}`], timeoutMs: 100, tries: 1 }),
      checkDeadlineMs: 400,
    },
  });
});

afterAll(async () => {
  await h?.stop();
  silent?.close();
});

const body = (m: StoredMessage) => JSON.stringify(m.blocks) + m.text;

async function finalAnswer(title: string): Promise<{ parent: StoredMessage; answer: StoredMessage }> {
  await h.standIn.waitFor(
    () => h.standIn.messages.some((m) => m.text.startsWith(title)),
    `the parent of ${title}`,
  );
  const parent = h.standIn.messages.find((m) => m.text.startsWith(title)) as StoredMessage;
  const inThread = () =>
    h.standIn.messages.find((m) => m.threadTs === parent.ts && !m.text.startsWith('Checking'));
  await h.standIn.waitFor(() => inThread() !== undefined, `the answer to ${title}`);
  return { parent, answer: inThread() as StoredMessage };
}

describe('Slack threads', () => {
  it('edits the progress reply as each step reports, then leaves the answer and uploads the transcript', async () => {
    await postSlash(h.port as number, slashPayload(h.standIn, '/probe', 'bob@example.com'));
    const { parent, answer } = await finalAnswer('/probe bob@example.com');
    const versions = answer.versions.map((v) => JSON.stringify(v.blocks));
    expect(versions[0]).toContain('Checking /probe bob@example.com');
    expect(versions.some((v) => v.includes(':hourglass_flowing_sand: connect mx.example.com'))).toBe(true);
    expect(
      versions.some((v) => v.includes(':white_check_mark: connect mx.example.com: 220 banner in 12 ms')),
    ).toBe(true);
    expect(body(answer)).toContain('mx.example.com accepts bob@example.com');
    expect(body(answer)).toContain('smtp-transcript.txt');

    await h.standIn.waitFor(
      () => h.standIn.calls.some((c) => c.method === 'files.completeUploadExternal'),
      'the upload to complete',
    );
    const getUrl = h.standIn.calls.find((c) => c.method === 'files.getUploadURLExternal');
    expect(getUrl?.args.filename).toBe('smtp-transcript.txt');
    expect(Number(getUrl?.args.length)).toBe(Buffer.byteLength(TRANSCRIPT));
    expect(h.standIn.uploads[0]?.body).toContain('S: 250-line 399 of the EHLO answer');
    const complete = h.standIn.calls.find((c) => c.method === 'files.completeUploadExternal');
    expect(complete?.args.channel_id).toBe(parent.channel);
    expect(complete?.args.thread_ts).toBe(parent.ts);
  });

  it('/blacklist edits the progress reply as each list answers', async () => {
    await postSlash(h.port as number, slashPayload(h.standIn, '/blacklist', '192.0.2.99'));
    const { answer } = await finalAnswer('/blacklist 192.0.2.99');
    const versions = answer.versions.map((v) => JSON.stringify(v.blocks));
    expect(versions.some((v) => v.includes('1 list answered so far, 1 listing'))).toBe(true);
    expect(versions.some((v) => v.includes('2 lists answered so far, 1 listing'))).toBe(true);
    expect(body(answer)).toContain(':red_circle: *ListA*');
    expect(body(answer)).toContain('clean on 1: ListB');
  });

  it('answers a check that times out with what could not be checked', async () => {
    await postSlash(h.port as number, slashPayload(h.standIn, '/mx', 'example.org'));
    const { answer } = await finalAnswer('/mx example.org');
    expect(body(answer)).toContain('did not answer');
    expect(body(answer)).toContain(':x:');
  });

  it('a pasted bulk bounce overflows into a file in the thread', async () => {
    // Under Slack's 40,000-character message size, and too many recipients for one message.
    const lines = Array.from(
      { length: 250 },
      (_, i) =>
        `postfix/smtp[1]: A${i}: to=<first.last${i}@mail.example-company.com>, dsn=5.1.1, status=bounced ` +
        '(host said: 550 5.1.1 User unknown)',
    ).join('\n');
    expect(lines.length).toBeLessThan(40_000);
    await postEvent(
      h.port as number,
      eventPayload({
        type: 'message',
        channel: 'C0BULK',
        channel_type: 'channel',
        user: 'U0ALICE',
        text: lines,
        ts: '1700000700.000100',
      }),
    );
    await h.standIn.waitFor(
      () =>
        h.standIn.calls.some(
          (c) => c.method === 'files.completeUploadExternal' && c.args.channel_id === 'C0BULK',
        ),
      'the full report upload',
    );
    const answer = h.standIn.messages.find((m) => m.channel === 'C0BULK') as StoredMessage;
    expect(answer.threadTs).toBe('1700000700.000100');
    expect(body(answer)).toContain('mailmedic-report.txt');
    expect(h.standIn.uploads.some((u) => u.body.includes('first.last249@mail.example-company.com'))).toBe(
      true,
    );
  });
});

describe('Slack refusing the answer', () => {
  it('replaces the progress reply with a short note instead of leaving "Checking…"', async () => {
    let refusedOnce = false;
    const own = await startHarness('http', {
      refuse: (method, args) => {
        const final = method === 'chat.update' && !String(args.text).startsWith('Checking');
        if (!final || refusedOnce) return null;
        refusedOnce = true;
        return 'ratelimited';
      },
      context: {
        dns: createDnsClient({ servers: [`127.0.0.1:${silent.address().port}`], timeoutMs: 100, tries: 1 }),
        checkDeadlineMs: 300,
      },
    });
    try {
      await postSlash(own.port as number, slashPayload(own.standIn, '/mx', 'example.org'));
      await own.standIn.waitFor(
        () => own.standIn.messages.some((m) => m.text.includes('could not be shown')),
        'the short note',
      );
      const reply = own.standIn.messages.find((m) => m.text.includes('could not be shown')) as StoredMessage;
      expect(reply.text).toContain('example.org');
      expect(reply.blocks).toEqual([]);
      expect(own.standIn.calls.some((c) => c.error === 'ratelimited')).toBe(true);
    } finally {
      await own.stop();
    }
  });
});

describe('Slack when rendering fails', () => {
  it('still acks the command, with an apology, and stays up', async () => {
    const broken = { kind: 'help', headline: 'help', records: null } as unknown as Report;
    const own = await startHarness('http', { run: async () => broken });
    try {
      const res = await postSlash(own.port as number, slashPayload(own.standIn, '/mailmedic', ''));
      expect(res.status).toBe(200);
      expect(JSON.parse(res.body)).toEqual({
        response_type: 'ephemeral',
        text: ':x: Something went wrong; please try again.',
      });
      expect(own.log()).toContain('a slash command failed');
      const again = await postSlash(own.port as number, slashPayload(own.standIn, '/mailmedic', ''));
      expect(again.status).toBe(200);
    } finally {
      await own.stop();
    }
  });
});
