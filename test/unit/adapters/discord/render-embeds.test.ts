import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clip, fileData, joinLines, linesRoom } from '../../../../adapters/discord/discord-limits.js';
import {
  COLOUR,
  type DiscordAnswer,
  FULL_REPORT_FILE,
  renderReport,
} from '../../../../adapters/discord/render-embeds.js';
import { handleMessage } from '../../../../src/commands/handle-message.js';
import { diagnoseBounce } from '../../../../src/diagnose/diagnose-bounce.js';
import { createDnsClient } from '../../../../src/dns/resolver.js';
import { DNSBL_ZONES } from '../../../../src/knowledge/dnsbl-zones.js';
import type { Report } from '../../../../src/report/types.js';
import { DNSBL_ZONE } from '../../checks/blacklist/zone.js';
import { AUTO_REPLY, COMPLAINT } from '../../diagnose/not-failure-samples.js';
import { a, mx, startDnsServer, type TestDnsServer, type Zone } from '../../helpers/dns-server.js';
import { fakeRecord } from '../../helpers/fake-diagnoser.js';
import { messageProblems } from './discord-limits-check.js';

const requester = { platform: 'test', user: 'u1', channel: 'c1' };
const problems = (answer: DiscordAnswer) =>
  messageProblems(
    { content: answer.content, embeds: answer.embeds },
    answer.files.map((f) => f.data.length),
  );

/** Every curated list lists 5.6.7.8 with each of its listing codes at once, and spammy.test on every domain list. */
function everythingListed(): Zone {
  const zone: Zone = {
    // The lists' own test points, so that every list is trusted.
    ...DNSBL_ZONE,
    'example.test': [mx(10, 'mx1.example.test'), mx(20, 'mx2.example.test')],
    'mx1.example.test': [a('5.6.7.8')],
    'mx2.example.test': [a('5.6.7.8')],
  };
  for (const z of DNSBL_ZONES) {
    const codes = z.codes.filter((c) => c.kind === 'listed' && /^127\.\d+\.\d+\.\d+$/.test(c.answer));
    const answers = (codes.length > 0 ? codes.map((c) => c.answer) : ['127.0.0.2']).map((ip) => a(ip));
    zone[`${z.kind === 'ip' ? '8.7.6.5' : 'spammy.test'}.${z.zone}`] = answers;
  }
  return zone;
}

let server: TestDnsServer;
beforeAll(async () => {
  server = await startDnsServer(everythingListed());
});
afterAll(async () => {
  await server.close();
});

const live = (text: string) =>
  handleMessage(text, {
    requester,
    dns: createDnsClient({ servers: [server.address], timeoutMs: 2000, tries: 1 }),
  });

describe('renderReport on the largest reports the core makes', () => {
  it.each([
    ['/blacklist 5.6.7.8'],
    ['/blacklist spammy.test'],
    ['/blacklist example.test'],
    ['/mx example.test'],
    ['/auth example.test s1 s2 s3 s4 s5 s6 s7 s8 s9 s10 ip=5.6.7.8 from=bob@example.test'],
  ])('%s stays inside every Discord limit', async (command) => {
    const report = await live(command);
    const answer = renderReport(report);
    expect(problems(answer)).toEqual([]);
    expect(answer.embeds[0]?.title).toBe(clip(report.headline, 256));
  });

  it('a listing on every list: one field per listing with its removal link, the rest in the file', async () => {
    const report = await live('/blacklist 5.6.7.8');
    const listed = (report.zones ?? []).filter((z) => z.listed === true);
    expect(listed.length).toBeGreaterThan(10);
    const answer = renderReport(report);
    expect(answer.embeds[0]?.color).toBe(COLOUR.fail);
    const fields = answer.embeds[0]?.fields ?? [];
    expect(fields.length).toBeGreaterThan(0);
    expect(fields[0]?.name).toContain(listed[0]?.list);
    expect(problems(answer)).toEqual([]);
  });

  it('a blocklist bounce: its live checks in their own field, with the check as one would type it', async () => {
    const report = await live(
      '550 5.7.1 Service unavailable; Client host [5.6.7.8] blocked using zen.spamhaus.org',
    );
    expect(report.followUps?.length).toBeGreaterThan(0);
    const answer = renderReport(report);
    const fields = answer.embeds[0]?.fields ?? [];
    const liveChecks = fields.find((f) => f.name === 'Live checks');
    expect(liveChecks?.value).toContain('`/blacklist 5.6.7.8`: ');
    expect(problems(answer)).toEqual([]);
  });

  it('a clean /blacklist: the lists by name in one field', async () => {
    const answer = renderReport(await live('/blacklist 5.6.7.9'));
    const clean = answer.embeds[0]?.fields?.find((f) => f.name.startsWith('🟢 Clean on'));
    expect(clean?.value).toContain('Spamhaus');
    expect(answer.embeds[0]?.color).toBe(COLOUR.ok);
  });

  it('a bounce with 500 recipients: an overview, as many details as fit, and the full report as a file', async () => {
    const lines = Array.from(
      { length: 500 },
      (_, i) =>
        `<user${i}@example.test>: host mx1.example.test[5.6.7.8] said: 550 5.1.1 <user${i}@example.test>: ` +
        'Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)',
    );
    const report = await handleMessage(lines.join('\n\n'), {
      requester,
      dns: createDnsClient({ servers: [server.address], timeoutMs: 2000, tries: 1 }),
    });
    expect(report.records.length).toBeGreaterThan(100);
    const answer = renderReport(report);
    expect(problems(answer)).toEqual([]);
    expect(answer.embeds.length).toBeLessThanOrEqual(10);
    expect(answer.embeds[0]?.description).toMatch(/…and \d+ more$/);
    expect(answer.embeds[0]?.footer?.text).toContain(FULL_REPORT_FILE);
    expect(answer.files[0]?.name).toBe(FULL_REPORT_FILE);
    expect(answer.files[0]?.data.toString('utf8')).toContain('user499@example.test');
  });

  it('an adversarial report (huge headline, findings, notes, steps, 15 transcripts) still fits', () => {
    const long = (n: number, c = 'x') => c.repeat(n);
    const record = fakeRecord({
      title: long(500),
      explanation: long(5000),
      steps: Array.from({ length: 50 }, () => long(300, 's')),
      evidence: Array.from({ length: 50 }, () => long(100, 'e')),
      diagnostic: long(3000, 'd'),
      blocklists: Array.from({ length: 100 }, (_, i) => `list${i}.example`),
      referenceCodes: Array.from({ length: 100 }, (_, i) => `REF${i}`),
    });
    const report: Report = {
      kind: 'bounce',
      headline: long(10_000, 'h'),
      records: Array.from({ length: 30 }, () => record),
      findings: Array.from({ length: 1000 }, (_, i) => ({
        code: `c${i}`,
        severity: 'warn',
        message: long(2000, 'f'),
      })),
      notes: Array.from({ length: 100 }, () => long(1000, 'n')),
      attachments: Array.from({ length: 15 }, (_, i) => ({
        name: `../../etc/transcript-${i}.txt`,
        content: long(100_000, 't'),
      })),
    };
    const answer = renderReport(report);
    expect(problems(answer)).toEqual([]);
    expect(answer.files.length).toBe(10);
    expect(answer.files[0]?.name).toBe(FULL_REPORT_FILE);
    expect(answer.files[1]?.name).toBe('transcript-0.txt');
    // A headline longer than a title is cut there, and kept whole at the top of the description.
    expect(answer.embeds[0]?.title).toHaveLength(256);
  });

  it('one record: verdict colour, side, numbered steps, evidence fields', () => {
    const report: Report = {
      kind: 'bounce',
      headline: 'No such mailbox: bob@example.com',
      records: [fakeRecord({ remoteHost: 'mx.example.com', remoteIp: '192.0.2.1', provider: 'Gmail' })],
      findings: [],
      notes: [],
      attachments: [],
    };
    const [embed] = renderReport(report).embeds;
    expect(embed?.title).toBe('No such mailbox: bob@example.com');
    expect(embed?.color).toBe(COLOUR.fail);
    expect(embed?.description).toContain('**your side (the sender) must act** · permanent · confidence high');
    expect(embed?.description).toContain('1. Check the address for typos.\n2. Remove it from your lists.');
    expect(embed?.fields).toEqual(
      expect.arrayContaining([
        { name: 'Cause', value: '`user-unknown`', inline: true },
        { name: 'Reply', value: '550 5.1.1', inline: true },
        { name: 'Receiver', value: 'mx.example.com [192.0.2.1]', inline: true },
        { name: 'Provider', value: 'Gmail', inline: true },
        { name: 'Diagnostic', value: '```\nUser unknown\n```', inline: false },
      ]),
    );
    expect(renderReport(report).files).toEqual([]);
  });

  it('a check: findings with their severity, markdown in messages shown literally, colour of the worst', () => {
    const report: Report = {
      kind: 'check',
      headline: 'example.com: DMARC missing',
      records: [],
      findings: [
        { code: 'spf-ok', severity: 'ok', message: 'SPF: v=spf1 -all' },
        { code: 'dmarc-missing', severity: 'warn', message: 'no record at _dmarc.example.com *yet*' },
      ],
      notes: ['Meanwhile you can check by hand:', '  dig +short TXT _dmarc.example.com'],
      attachments: [],
    };
    const [embed] = renderReport(report).embeds;
    expect(embed?.color).toBe(COLOUR.warn);
    expect(embed?.description).toBe(
      [
        '✅ SPF: v=spf1 -all',
        '⚠️ no record at \\_dmarc.example.com \\*yet\\*',
        '',
        'Meanwhile you can check by hand:',
        '`dig +short TXT _dmarc.example.com`',
      ].join('\n'),
    );
  });

  it('a headline longer than a title: cut in the title, whole in the description, no file needed', () => {
    const headline = `example.com is listed on 12 of 40 lists (${'Spamhaus SBL, '.repeat(30)}SpamCop)`;
    const answer = renderReport({
      kind: 'check',
      headline,
      records: [],
      findings: [],
      notes: [],
      attachments: [],
    });
    expect(answer.embeds[0]?.title).toHaveLength(256);
    expect(answer.embeds[0]?.description).toBe(headline);
    expect(answer.files).toEqual([]);
  });

  it('never splits a character made of two UTF-16 units when cutting', () => {
    expect(clip('📮'.repeat(10), 5)).toBe('📮📮📮📮…');
  });

  it("a 4 MiB bulk paste: its ~20 MB full report stops at whole records within Discord's 10 MiB upload limit", async () => {
    let log = '';
    for (let i = 0; log.length < 4 * 1024 * 1024 - 300; i++) {
      log += `postfix/smtp[1]: A${i}: to=<user${i}@example.com>, relay=mx.example.net[192.0.2.1]:25, dsn=5.1.1, status=bounced (host said: 550 5.1.1 User ${i} unknown)\n`;
    }
    const report = await handleMessage(log, { requester, offline: true });
    const answer = renderReport(report);
    expect(problems(answer)).toEqual([]);
    const file = answer.files[0]?.data.toString('utf8') ?? '';
    expect(answer.files[0]?.name).toBe(FULL_REPORT_FILE);
    expect(file).toContain('user0@example.com');
    // Whole records up to the limit, then a count of the rest: the other ~10 MB are never rendered.
    expect(answer.files[0]?.data.length).toBeLessThanOrEqual(10 * 1024 * 1024);
    expect(file).toMatch(
      /\n\n… and \d+ more recipients, left out to keep this file within the upload limit\./,
    );
    expect(file).not.toContain('cut here');
  }, 30_000);

  it('joinLines over the first lines of many: the count covers the lines never formatted', () => {
    expect(joinLines(['a', 'b'], 100, 5)).toEqual({ text: 'a\nb\n…and 3 more', omitted: 3 });
    expect(joinLines(['a', 'b'], 100)).toEqual({ text: 'a\nb', omitted: 0 });
    // linesRoom is a true bound: even one-character lines never fill more of `max` than it says.
    const ones = Array.from({ length: 500 }, () => 'x');
    const kept = joinLines(ones, 100, 10_000).text.split('\n').length - 1;
    expect(kept).toBeLessThanOrEqual(linesRoom(100));
  });

  it('cuts a file inside neither a UTF-8 character nor a line', () => {
    const text = `${'📮 line\n'.repeat(1000)}`;
    const cut = fileData(text, 5000).toString('utf8');
    expect(cut).not.toContain('\uFFFD');
    expect(cut.split('\n… cut here')[0]?.endsWith('📮 line')).toBe(true);
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(5000);
    expect(fileData('short', 5000).toString('utf8')).toBe('short');
  });
});

describe('renderReport: outcomes that are not failures', () => {
  it('an out-of-office reply: delivered, nothing to fix, in green', async () => {
    const answer = renderReport(await diagnoseBounce(AUTO_REPLY));
    const embed = answer.embeds[0];
    expect(embed?.title).toMatch(/ · delivered · nothing needs fixing$/);
    expect(JSON.stringify(answer.embeds)).toContain('**delivered · nothing needs fixing**');
    expect(JSON.stringify(answer.embeds)).not.toMatch(/temporary|may need to act/);
    expect(embed?.color).toBe(COLOUR.ok);
    expect(problems(answer)).toEqual([]);
  });

  it('a complaint report: delivered, and the sender must act, in amber', async () => {
    const answer = renderReport(await diagnoseBounce(COMPLAINT));
    expect(JSON.stringify(answer.embeds)).toContain('**delivered · your side (the sender) must act**');
    expect(answer.embeds[0]?.color).toBe(COLOUR.warn);
  });
});
