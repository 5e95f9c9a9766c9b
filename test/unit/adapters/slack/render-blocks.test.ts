import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlockBudget } from '../../../../adapters/slack/block-budget.js';
import { FULL_REPORT_FILE, renderBlocks } from '../../../../adapters/slack/render-blocks.js';
import { handleMessage } from '../../../../src/commands/handle-message.js';
import { diagnoseBounce } from '../../../../src/diagnose/diagnose-bounce.js';
import { createDnsClient } from '../../../../src/dns/resolver.js';
import type { Report } from '../../../../src/report/types.js';
import { DNSBL_ZONE } from '../../checks/blacklist/zone.js';
import { DELIVERED_DSN, READ_RECEIPT } from '../../diagnose/not-failure-samples.js';
import { a, mx, startDnsServer, type TestDnsServer } from '../../helpers/dns-server.js';
import { fakeRecord } from '../../helpers/fake-diagnoser.js';
import { limitError } from './helpers/slack-stand-in.js';

const requester = { platform: 'test', user: 'u1' };
const blockText = (r: ReturnType<typeof renderBlocks>) => JSON.stringify(r.blocks);

/** Slack would accept it: the stand-in's independent check of Slack's limits. */
function expectAccepted(m: ReturnType<typeof renderBlocks>): void {
  expect(limitError(m.text, m.blocks)).toBeNull();
  expect(m.blocks.length).toBeLessThanOrEqual(50);
}

function postfixLog(n: number): string {
  return Array.from({ length: n }, (_, i) => {
    const host = `mx.example${i % 7}.com[192.0.2.${i % 200}]`;
    return (
      `Dec  1 10:00:${String(i % 60).padStart(2, '0')} mx postfix/smtp[123]: ABC${i}: ` +
      `to=<user${i}@example${i % 7}.com>, relay=${host}:25, delay=1, dsn=5.1.1, status=bounced ` +
      `(host ${host} said: 550 5.1.1 <user${i}@example${i % 7}.com>: Recipient address rejected: ` +
      'User unknown (in reply to RCPT TO command))'
    );
  }).join('\n');
}

describe('renderBlocks', () => {
  it('puts verdict, side, numbered steps and evidence of one bounce into blocks', async () => {
    const report = await handleMessage(
      '550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in virtual mailbox table',
      { requester },
    );
    const m = renderBlocks(report);
    expectAccepted(m);
    const body = blockText(m);
    expect(m.text).toContain(report.headline.slice(0, 20));
    expect(body).toContain('must act');
    expect(body).toMatch(/1\. /);
    expect(body).toContain('*Evidence:*');
    expect(body).toContain('status 5.1.1');
    expect(m.files).toEqual([]);
  });

  it('keeps a 150-recipient paste inside the limits and attaches every recipient as a file', async () => {
    const report = await handleMessage(postfixLog(150), { requester });
    expect(report.records.length).toBe(150);
    const m = renderBlocks(report);
    expectAccepted(m);
    const file = m.files.find((f) => f.name === FULL_REPORT_FILE);
    expect(file).toBeDefined();
    for (const i of [0, 77, 149]) expect(file?.content).toContain(`user${i}@example${i % 7}.com`);
    expect(blockText(m)).toContain(FULL_REPORT_FILE);
    expect(blockText(m)).toContain('…and 149 more');
  });

  it('a paste of 20,000 recipients: the blocks list as many as fit, the count and the file cover all', () => {
    const records = Array.from({ length: 20_000 }, (_, i) => fakeRecord({ recipient: `u${i}@example.com` }));
    const m = renderBlocks({
      kind: 'bounce',
      headline: '',
      records,
      findings: [],
      notes: [],
      attachments: [],
    });
    expectAccepted(m);
    const body = blockText(m);
    expect(body).toContain('…and 19999 more:');
    const listed = body.match(/• No such mailbox: u\d+@example\.com/g) ?? [];
    expect(listed.length).toBeGreaterThan(100);
    expect(listed.at(-1)).toBe(`• No such mailbox: u${listed.length}@example.com`);
    const file = m.files.find((f) => f.name === FULL_REPORT_FILE);
    expect(file?.content).toContain('20000/20000. No such mailbox: u19999@example.com');
    // The same steps for every recipient: written once, then pointed at.
    expect(file?.content).toContain('What happened and what to do: as for 1/20000 above.');
  });

  it('BlockBudget.linesRoom bounds the lines that can go in; a shortened list still overflows', () => {
    const budget = new BlockBudget();
    const room = budget.linesRoom(3);
    const taken = budget.sectionLines(
      '',
      Array.from({ length: room + 100 }, () => '• x'),
    );
    expect(taken).toBeLessThanOrEqual(room);
    const other = new BlockBudget();
    expect(other.sectionLines('head', ['a', 'b'], 10)).toBe(2);
    expect(other.overflow).toBe(true);
  });

  it('survives the worst case: huge diagnostics, many findings, notes and zones', () => {
    const long = 'x'.repeat(10_000);
    const report: Report = {
      kind: 'check',
      headline: `H${'e'.repeat(5000)}`,
      records: Array.from({ length: 60 }, (_, i) =>
        fakeRecord({
          cause: `cause-${i}`,
          diagnostic: long,
          explanation: long,
          steps: [long, long],
          evidence: [long],
        }),
      ),
      findings: Array.from({ length: 80 }, (_, i) => ({
        code: `c${i}`,
        severity: 'warn' as const,
        message: long,
      })),
      notes: Array.from({ length: 40 }, () => long),
      attachments: [{ name: 'smtp-transcript.txt', content: long }],
      zones: Array.from({ length: 500 }, (_, i) => ({
        zone: `z${i}.example`,
        list: `List ${i}`,
        target: `192.0.2.${i % 5}`,
        listed: i % 3 === 0 ? true : i % 3 === 1 ? false : null,
        status: 'listed' as const,
        answer: '127.0.0.2',
        meaning: long,
        reason: long,
        delist: 'https://delist.example/',
      })),
    };
    const m = renderBlocks(report);
    expectAccepted(m);
    expect(m.text.length).toBeLessThanOrEqual(3000);
    expect(m.files.map((f) => f.name)).toEqual(['smtp-transcript.txt', FULL_REPORT_FILE]);
  });

  it('escapes pasted text, so a bounce cannot ping @channel or forge a link', () => {
    const report: Report = {
      kind: 'bounce',
      headline: 'Rejected <!channel>',
      records: [fakeRecord({ diagnostic: '550 <!channel> see <http://evil.example|your bank> & more' })],
      findings: [],
      notes: [],
      attachments: [],
    };
    const body = blockText(renderBlocks(report));
    expect(body).not.toContain('<!channel>');
    expect(body).not.toContain('<http://evil');
    expect(body).toContain('&lt;!channel&gt;');
    expect(body).toContain('&amp; more');
  });

  it('says which transcript is attached', () => {
    const report: Report = {
      kind: 'check',
      headline: 'mx.example.com accepts the recipient',
      records: [],
      findings: [{ code: 'probe-ok', severity: 'ok', message: 'RCPT TO accepted' }],
      notes: [],
      attachments: [{ name: 'smtp-transcript.txt', content: 'S: 220 mx.example.com ESMTP\nC: EHLO x\n' }],
    };
    const m = renderBlocks(report);
    expect(m.files).toEqual([{ name: 'smtp-transcript.txt', content: report.attachments[0]?.content }]);
    expect(blockText(m)).toContain('Attached in this thread: smtp-transcript.txt');
  });
});

describe('renderBlocks on /blacklist of a domain on every curated list', () => {
  let dns: TestDnsServer;
  beforeAll(async () => {
    dns = await startDnsServer({
      ...DNSBL_ZONE,
      'big.test': [mx(10, 'mx1.big.test'), mx(20, 'mx2.big.test')],
      'mx1.big.test': [a('5.6.7.8'), a('5.6.7.9')],
      'mx2.big.test': [a('5.6.7.13'), a('5.6.7.14')],
    });
  });
  afterAll(async () => {
    await dns.close();
  });

  it('names the listings and the lists that could not tell, inside the limits', async () => {
    const report = await handleMessage('/blacklist big.test', {
      requester,
      dns: createDnsClient({ servers: [dns.address], timeoutMs: 500, tries: 1 }), // some lists are silent
      checkDeadlineMs: 3000,
    });
    expect((report.zones ?? []).length).toBeGreaterThan(50);
    const m = renderBlocks(report);
    expectAccepted(m);
    const body = blockText(m);
    expect(body).toContain(':red_circle: *Spamhaus ZEN*');
    expect(body).toContain(':grey_question:');
    expect(body).toMatch(/clean on \d+/);
  });
});

describe('renderBlocks: outcomes that are not failures', () => {
  it.each([
    ['a delivery report', DELIVERED_DSN],
    ['a read receipt', READ_RECEIPT],
  ])('%s shows delivered and nothing to fix in the headline and the facts', async (_name, input) => {
    const m = renderBlocks(await diagnoseBounce(input));
    expect(m.text).toMatch(/ · delivered · nothing needs fixing$/);
    expect(blockText(m)).toContain('*delivered · nothing needs fixing*');
    expect(blockText(m)).not.toMatch(/temporary|may need to act/);
    expectAccepted(m);
  });
});
